"""The real-world set: its facts are complete, and `make realworld` runs (or says why it cannot) on any checkout."""
import subprocess
import sys

import yaml

from conftest import ROOT

CASES = yaml.safe_load((ROOT / "tests" / "realworld" / "cases.yaml").read_text(encoding="utf-8"))
FIELDS = {"date", "published", "province", "province_now", "speaker", "speakers", "event", "term", "period", "source"}
LEADERSHIP = {"elected_secretary", "committee_size", "delegates"}  # issue 15: labelled where the case's text states them
SCORE = ROOT / "tests" / "realworld" / "score.py"


def test_every_case_records_its_address_query_expectation_and_reason():
    ids = [case["id"] for case in CASES["cases"]]
    assert len(ids) == len(set(ids)) and len(ids) >= 60
    for case in CASES["cases"]:
        assert case["url"].startswith(("http://", "https://")), case["id"]
        assert case["query"] in CASES["queries"], case["id"]
        assert FIELDS <= set(case["expected"]) <= FIELDS | LEADERSHIP, case["id"]
        assert set(case["expected"]) == FIELDS or case["expected"]["event"] == "dai-hoi", case["id"]
        assert case["note"].strip(), case["id"]
        assert case["expected"]["event"] in ("dai-hoi", "so-ket", "tong-ket", "khac")


def test_the_set_spans_provinces_years_and_kinds():
    expected = [case["expected"] for case in CASES["cases"]]
    assert len({e["province"] for e in expected if e["province"]}) >= 30
    assert {e["event"] for e in expected} == {"dai-hoi", "so-ket", "tong-ket", "khac"}
    assert {e["date"][:4] for e in expected if e["date"]} >= {"2020", "2021", "2022", "2023", "2024", "2025"}


def test_scoring_without_the_texts_says_so_and_skips(tmp_path):
    result = subprocess.run([sys.executable, str(SCORE), "--texts", str(tmp_path)], capture_output=True, text=True,
                            env={"PYTHONPATH": str(ROOT / "scripts")}, cwd=ROOT)
    assert result.returncode == 0
    assert "no texts in" in result.stdout and "skipped" in result.stdout


def test_scoring_a_text_reports_fields_and_misses(tmp_path):
    case = next(c for c in CASES["cases"] if c["id"] == "baoquangnam-113781")
    # our own wording of that article's lead, enough to score it
    (tmp_path / "baoquangnam-113781.txt").write_text(
        " date 2021-06 (QNO) - Sáng nay 25.6, Công an tỉnh tổ chức hội nghị sơ kết công tác công an 6 tháng đầu năm.\n\n"
        "Phát biểu chỉ đạo tại hội nghị, Chủ tịch UBND tỉnh Lê Trí Thanh biểu dương kết quả.", encoding="utf-8")
    result = subprocess.run([sys.executable, str(SCORE), "--texts", str(tmp_path)], capture_output=True, text=True,
                            env={"PYTHONPATH": str(ROOT / "scripts")}, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 real articles" in result.stdout and "speaker" in result.stdout
    assert case["expected"]["speaker"] == "Lê Trí Thanh" and "miss  baoquangnam-113781: speaker" not in result.stdout


FIGURES = yaml.safe_load((ROOT / "tests" / "realworld" / "figures.yaml").read_text(encoding="utf-8"))


def test_figure_labels_cover_enough_real_articles_and_name_known_cases():
    known = {case["id"] for case in CASES["cases"]}
    labelled = FIGURES["articles"]
    assert len(labelled) >= 10 and sum(len(v) for v in labelled.values()) >= 100
    assert set(FIGURES["held_out"]) <= set(labelled)
    for case_id, figures in labelled.items():
        assert case_id in known or case_id in FIGURES["held_out"], case_id
        for figure in figures:
            assert isinstance(figure[0], (int, float)) and isinstance(figure[1], str) and figure[1].strip(), (case_id, figure)


def test_scoring_reports_figures_found_and_right(tmp_path):
    # our own wording, under the id of a labelled article: two of its labelled figures, one that is not labelled
    (tmp_path / "qrt-tongket-2023.txt").write_text(
        "Công an tỉnh tổ chức hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024.\n\n"
        "Năm 2023, khám phá 687/776 vụ xâm phạm trật tự xã hội (tỷ lệ 88,5%); tổ chức 12 buổi tuyên truyền.",
        encoding="utf-8")
    result = subprocess.run([sys.executable, str(SCORE), "--texts", str(tmp_path)], capture_output=True, text=True,
                            env={"PYTHONPATH": str(ROOT / "scripts")}, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    labelled = len(FIGURES["articles"]["qrt-tongket-2023"])
    assert f"found (value and unit)    2/{labelled}" in result.stdout
    assert "published and right       2/3" in result.stdout
    assert "figure not in the labels: 12 buổi" in result.stdout
