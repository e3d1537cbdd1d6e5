"""Evidence quotes are copied from the input file as written, never from normalised text."""
import unicodedata

import pytest

from dangbo.build import load_article
from dangbo.evidence import locate, quote_in_file
from dangbo.extract.resolve import published_evidence

LEAD = "Ngày 12/8, Đảng bộ Công an thành phố Cần Thơ tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030."


@pytest.mark.parametrize("raw, quote, expected", [
    (LEAD, "Ngày 12/8, Đảng bộ", "Ngày 12/8, Đảng bộ"),  # as is
    ("Ngày 12/8,\u00a0Đảng  bộ", "Ngày 12/8, Đảng bộ", "Ngày 12/8,\u00a0Đảng  bộ"),  # the file's spaces
    ("Ngày 12/8,\nĐảng bộ", "Ngày 12/8, Đảng bộ", "Ngày 12/8, Đảng bộ"),  # a line break becomes a space
    (unicodedata.normalize("NFD", "Đảng bộ Công an"), "Đảng bộ Công an", unicodedata.normalize("NFD", "Đảng bộ Công an")),
    ("Đảng\u200b bộ Công an", "Đảng bộ Công an", "Đảng\u200b bộ Công an"),  # a zero-width space stays in the quote
    ("Thiếu tướng Huỳnh Việt Hoà", "Huỳnh Việt Hoà", "Huỳnh Việt Hoà"),  # tone marks as the file has them
    (LEAD, "not in the text", None),
    (LEAD, None, None),
])
def test_locate(raw, quote, expected):
    assert locate(quote, raw) == expected


def test_without_the_file_the_body_is_the_text():
    assert locate("Ngày 12/8", "") == "Ngày 12/8"


@pytest.mark.parametrize("transform", [
    lambda t: t,
    lambda t: unicodedata.normalize("NFD", t),
    lambda t: t.replace(" ", "\u00a0", 3).replace("Đảng bộ", "Đảng\u200b bộ"),
    lambda t: t.replace("\n", "\r\n"),
], ids=["nfc", "nfd", "nbsp-zero-width", "crlf"])
def test_every_published_quote_occurs_in_the_file(tmp_path, transform):
    text = (f" date 2025-08\n{LEAD}\n\nThượng tướng Lê Quốc Hùng, Thứ trưởng Bộ Công an, dự và chỉ đạo Đại hội.\n\n"
            "Phát biểu tại Đại hội, Chủ tịch UBND thành phố Trần Văn Lâu ghi nhận kết quả nhiệm kỳ 2020-2025.")
    path = tmp_path / "article.txt"
    path.write_bytes(transform(text).encode("utf-8"))
    article = load_article(path, None)
    quoted = {e.field: e.quote for e in published_evidence(article)}
    assert {"date", "province", "speaker", "event", "term", "period"} <= set(quoted)
    for field, quote in quoted.items():
        assert quote and quote_in_file(quote, path.read_bytes()), field


def test_a_windows_1258_file_is_quoted_in_its_decoded_text(tmp_path):
    from conftest import cp1258

    path = tmp_path / "legacy.txt"
    path.write_bytes(cp1258(LEAD + "\n\nĐồng chí Trần Văn Lâu phát biểu chỉ đạo."))
    article = load_article(path, None)
    for item in published_evidence(article):
        assert quote_in_file(item.quote, path.read_bytes()), item.field
