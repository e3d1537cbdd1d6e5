"""One resolution step (resolve.py): every dependent field follows a curator's override as extraction would."""
import dataclasses

import pytest

from dangbo.extract import extract_article
from dangbo.overrides import apply_override, read_override
from dangbo.read import Header
from dangbo.extract.resolve import complete_period, published_evidence

SOC_TRANG = ("STO - Ngày 7/9, Công an tỉnh Sóc Trăng tổ chức hội nghị sơ kết công tác 6 tháng đầu năm.\n\n"
             "Phát biểu chỉ đạo, Chủ tịch UBND tỉnh Trần Văn Lâm ghi nhận kết quả. Đại tá Lê Văn Hùng, Giám đốc Công an tỉnh báo cáo.")


def soc_trang(**header):
    return extract_article("soc-trang.txt", SOC_TRANG, Header(**({"date_line": "2023-09"} | header)))


def test_extraction_itself_is_resolved():
    article = soc_trang()
    assert (article.date, article.province, article.province_now, article.period) == ("2023-09-07", "Sóc Trăng", "Cần Thơ", "2023-H1")
    assert article.title_composed and "Sóc Trăng" in article.title


def test_a_date_moved_after_the_merger_gives_the_successor_province(tmp_path):
    article = curate(tmp_path, 'date: "2025-08-12"\n')
    assert (article.province, article.province_now) == ("Cần Thơ", "Cần Thơ")
    assert article.evidence_for("province").rule.endswith("(bài ghi Sóc Trăng)")
    assert "Cần Thơ" in article.title and "12/8/2025" in article.title  # the composed title follows


def test_a_date_moved_changes_the_year_of_a_year_less_period():
    assert apply_override(soc_trang(), {"date": "2024-07-11"}).period == "2024-H1"


def test_a_province_set_by_hand_wins_and_its_successor_follows():
    article = apply_override(soc_trang(), {"province": "Bạc Liêu"})
    assert (article.province, article.province_now) == ("Bạc Liêu", "Cà Mau")
    assert article.evidence_for("province").quote is None  # a curator's value has no quote, it says so
    assert "người biên tập" in article.evidence_for("province").rule


def curate(tmp_path, text: str):
    """An override as a curator writes it, read and validated like the build does."""
    path = tmp_path / "soc-trang.yml"
    path.write_text(text, encoding="utf-8")
    return apply_override(soc_trang(), read_override(path))


def test_emptied_speakers_empty_the_speaker(tmp_path):
    article = curate(tmp_path, "speakers: []\n")
    assert article.speaker is None and article.speakers == ()
    assert ("speaker", "không ai được ghi nhận phát biểu") in article.review


def test_speakers_without_the_principal_give_the_first_of_them(tmp_path):
    article = curate(tmp_path, "speakers:\n  - {name: Lê Văn Hùng, role: Giám đốc}\n")
    assert article.speaker == "Lê Văn Hùng"
    kept = curate(tmp_path, "speakers: [Lê Văn Hùng, Trần Văn Lâm]\n")
    assert kept.speaker == "Trần Văn Lâm"  # still among them: kept


def test_event_and_term_shape_a_composed_title_but_not_a_headline():
    article = apply_override(soc_trang(), {"event": "tong-ket", "term": "2020-2025"})
    assert article.title.startswith("Hội nghị tổng kết")
    with_headline = extract_article("x.txt", SOC_TRANG, Header(date_line="2023-09", headline="Công an Sóc Trăng sơ kết 6 tháng"))
    assert apply_override(with_headline, {"event": "tong-ket"}).title == "Công an Sóc Trăng sơ kết 6 tháng"


def test_an_event_set_to_khac_reviews_no_period():
    assert apply_override(soc_trang(), {"event": "khac"}).period is None
    assert apply_override(soc_trang(), {"event": "khac", "period": "2023"}).period == "2023"


def test_a_title_set_by_hand_is_never_recomposed():
    article = apply_override(soc_trang(), {"title": "Tiêu đề của người biên tập", "date": "2025-08-12"})
    assert article.title == "Tiêu đề của người biên tập"


def test_curated_fields_leave_the_review_list():
    article = extract_article("x.txt", "Công an tỉnh tổ chức hội nghị. Ông Lê Văn An phát biểu.", Header())
    assert {field for field, _ in article.review} == {"date", "province"}
    fixed = apply_override(article, {"date": "2024-05-02", "province": "Hà Nam"})
    assert fixed.review == ()
    assert fixed.province_now == "Ninh Bình"


@pytest.mark.parametrize("hint, date, expected", [
    ("H1", "2024-07-11", "2024-H1"), ("9M", "2023-10", "2023-9M"),
    ("Y", "2025-01-08", "2024"), ("Y", "2024-12-26", "2024"), ("Y", "2024", None), ("H1", None, None),
])
def test_complete_period(hint, date, expected):
    assert complete_period(hint, date) == expected


def test_published_evidence_leaves_out_empty_fields_and_khac():
    article = extract_article("x.txt", "Công an tỉnh Hà Nam tổ chức lễ kỷ niệm 80 năm Ngày truyền thống.", Header())
    fields = {e.field for e in published_evidence(article)}
    assert article.event == "khac" and "event" not in fields and "speaker" not in fields and "province" in fields
    assert all(getattr(article, e.field) is not None for e in published_evidence(article))
    no_quote = dataclasses.replace(article, evidence=())
    assert published_evidence(no_quote) == []
