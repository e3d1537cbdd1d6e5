"""read.py: header lines split off the body, decoding of whatever users drop in."""
import codecs
import unicodedata

import pytest
from hypothesis import given, settings, strategies as st

from conftest import cp1258
from dangbo.errors import ArticleError
from dangbo.read import decode_file, read_article, split_header

BODY = "Ngày 18-7, Công an TP Cần Thơ tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2025 với nhiều nội dung quan trọng."

HEADERS = [
    # date line glued to the first sentence (seed 001)
    (" date 2023-06 " + BODY, {"date_line": "2023-06", "headline": None}),
    ("date 2024-01-03\n" + BODY, {"date_line": "2024-01-03", "headline": None}),
    # headline with a glued timestamp (seed 002)
    ("Công an TP Cần Thơ: Phát huy vai trò nòng cốt trong mô hình mới 18/07/2025 17:24\n\n" + BODY,
     {"headline": "Công an TP Cần Thơ: Phát huy vai trò nòng cốt trong mô hình mới", "timestamp": "2025-07-18"}),
    # section label, two-line headline, timestamps and source line (seed 004)
    ("• Xây dựng Đảng\n\nHội nghị sơ kết giữa nhiệm kỳ:\n\nGiải pháp tham mưu bảo đảm an ninh trật tự\n\n"
     "20/09/2023 04:20 GMT +7\n  • Nguồn: Báo Sóc Trăng\n  • Thứ Tư, 20/09/2023 | 04:20\n\n" + BODY,
     {"section": "Xây dựng Đảng", "headline": "Hội nghị sơ kết giữa nhiệm kỳ: Giải pháp tham mưu bảo đảm an ninh trật tự",
      "timestamp": "2023-09-20", "source": "Báo Sóc Trăng"}),
    # headline then a timestamp line of another site's format
    ("Đại hội Đảng bộ Công an tỉnh Hà Tĩnh lần thứ XXII\nChủ nhật, 10/8/2025, 10:05 (GMT+7)\n" + BODY,
     {"headline": "Đại hội Đảng bộ Công an tỉnh Hà Tĩnh lần thứ XXII", "timestamp": "2025-08-10"}),
    ("Công an tỉnh Nghệ An tổng kết công tác năm 2023\nCập nhật: 14:30 05/01/2024\n" + BODY,
     {"headline": "Công an tỉnh Nghệ An tổng kết công tác năm 2023", "timestamp": "2024-01-05"}),
    # no headline: the text starts with a sentence (seeds 000, 003)
    (BODY + "\n\n" + BODY, {"headline": None, "timestamp": None}),
    # a short unconfirmed first line is body text (a photo caption), not a headline
    ("Quang cảnh hội nghị\n\n" + BODY, {"headline": None}),
    # a longer unconfirmed first line is a headline
    ("Công an tỉnh Long An tổ chức Đại hội đại biểu Đảng bộ lần thứ XV\n\n" + BODY,
     {"headline": "Công an tỉnh Long An tổ chức Đại hội đại biểu Đảng bộ lần thứ XV"}),
]


@pytest.mark.parametrize("text, expected", HEADERS)
def test_split_header(text, expected):
    from dangbo.normalize import normalize_text
    body, header = split_header(normalize_text(text))
    for field, value in expected.items():
        assert getattr(header, field) == value, field
    assert body.endswith(BODY)
    assert "GMT" not in body and "Nguồn:" not in body


def _write(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    return path


TEXT = "Ngày 12/8, Đại hội đại biểu Đảng bộ Công an tỉnh Hà Tĩnh lần thứ XXII, nhiệm kỳ 2025-2030 khai mạc. Đồng chí Hoà phát biểu."


@pytest.mark.parametrize("encoding, prefix", [
    ("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE),
])
def test_decode_unicode_encodings(tmp_path, encoding, prefix):
    path = _write(tmp_path, "a.txt", prefix + TEXT.encode(encoding))
    assert unicodedata.normalize("NFC", decode_file(path)).strip("\ufeff") == TEXT


def test_decode_windows_1258(tmp_path):
    path = _write(tmp_path, "a.txt", cp1258(TEXT))
    assert unicodedata.normalize("NFC", decode_file(path)) == TEXT


def test_decode_repairs_mojibake(tmp_path):
    # UTF-8 once read as Windows-1252 and saved again as UTF-8: "CÃ´ng an tá»‰nh…"
    path = _write(tmp_path, "a.txt", "CÃ´ng an tá»‰nh tá»• chá»©c há»™i nghá»‹. ".encode("utf-8"))
    assert decode_file(path).startswith("Công an tỉnh tổ chức hội nghị")


REFUSED = [
    ("empty.txt", b"", "is empty"),
    ("blank.txt", b" \n\t\n  ", "contains only whitespace"),
    ("photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(200), "PNG image"),
    ("photo2.txt", b"\xff\xd8\xff\xe0" + bytes(200), "JPEG image"),
    ("doc.txt", b"%PDF-1.7\n" + bytes(200), "PDF"),
    ("archive.txt", b"PK\x03\x04" + bytes(200), "ZIP"),
    ("nul.txt", b"abc\x00def" * 50, "binary"),
    ("page.txt", b"<!DOCTYPE html><html><head><title>x</title></head><body><nav>Trang ch\xe1\xbb\xa7</nav></body></html>",
     "HTML page with no article text"),
    ("garbage.txt", bytes(range(128, 256)) * 4, "legacy Vietnamese encoding"),
]


def test_html_saved_as_text_is_read_as_a_page(tmp_path):
    path = _write(tmp_path, "page.txt", b"<!DOCTYPE html><html><head><title>x</title></head><body><p>" + TEXT.encode()
                  + b"</p></body></html>")
    body, header = read_article(path)
    assert header.origin == "page" and header.headline is None and body.startswith(TEXT.split("\n")[0][:40])


@pytest.mark.parametrize("name, data, message", REFUSED)
def test_refused_files_name_the_file_and_say_why(tmp_path, name, data, message):
    path = _write(tmp_path, name, data)
    with pytest.raises(ArticleError) as error:
        read_article(path)
    assert str(error.value).startswith(name + ":")
    assert message in str(error.value)


def test_too_large(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as stream:
        stream.truncate(20 * 1024 * 1024)
    with pytest.raises(ArticleError, match=r"^huge.txt: too large .*20\.0 MB"):
        read_article(path)


def test_header_only_is_not_an_article(tmp_path):
    path = _write(tmp_path, "h.txt", "date 2024-01\nCông an tỉnh Nghệ An tổng kết công tác năm 2023 18/01/2024 10:00\n".encode())
    with pytest.raises(ArticleError, match="no article text"):
        read_article(path)


def test_fifo_is_refused_without_blocking(tmp_path):
    import os
    path = tmp_path / "pipe.txt"
    os.mkfifo(path)
    with pytest.raises(ArticleError, match="not a regular file"):
        read_article(path)


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=0, max_size=400))
def test_reader_never_crashes_on_arbitrary_text(tmp_path_factory, text):
    path = tmp_path_factory.mktemp("h") / "x.txt"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    try:
        body, header = read_article(path)
    except ArticleError as error:
        assert str(error).startswith("x.txt: ")
    else:
        assert unicodedata.is_normalized("NFC", body)
