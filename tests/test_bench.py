"""The benchmark harness and the corpus generator run (figures are for `make bench`, not tests)."""
import json

import pytest

from bench.generate import generate
from bench.run import full_build, incremental, naive_build, render_with, workspace
from bench.search import relevant, scores
from conftest import ARTICLES, build_site, make_workspace, run_build


def test_generator_is_deterministic_and_varied(tmp_path):
    first = generate(40, tmp_path / "a", ARTICLES, seed=3)
    second = generate(40, tmp_path / "b", ARTICLES, seed=3)
    assert first == second
    assert [p.read_bytes() for p in sorted((tmp_path / "a").iterdir())] == [p.read_bytes() for p in sorted((tmp_path / "b").iterdir())]
    assert len({t["province"] for t in first}) > 10 and len({t["event"] for t in first}) == 4
    assert len({t["speaker"] for t in first}) > 30


def test_harness_runs_on_a_small_corpus(tmp_path):
    work = workspace(tmp_path, 30)
    figures = full_build(work, settle=0)
    assert figures["total"] > 0 and figures["site_mb"] > 0 and figures["peak_mb"] > 0
    assert "stage:search index" in figures
    again = incremental(work)
    assert again["incremental_files"] >= 1
    naive = naive_build(work)
    assert naive["naive_site_mb"] > 0
    other = render_with(work, "zensical", settle=0)
    assert other["zensical:render"] > 0 and other["zensical:site_mb"] > 0 and other["zensical:article_kb_max"] > 0


def test_generator_names_as_many_people_as_asked(tmp_path):
    truths = generate(300, tmp_path / "a", ARTICLES, seed=4, people_count=3000)
    assert len({t["speaker"] for t in truths}) > 250  # nearly every article a new person
    assert workspace(tmp_path, 30, 3000).name == "n30-p3000"


def test_relevance_judgement_and_scores():
    docs = {"a": "Công an TP.Cần Thơ tổ chức", "b": "Cần, Thơ và thơ ca", "c": "Bà Rịa - Vũng Tàu"}
    assert relevant("can tho", docs) == {"a"}
    assert relevant("Bà Rịa Vũng Tàu", docs) == {"c"}
    assert scores(["a", "b"], {"a"}) == (0.5, 1.0)
    assert scores([], set()) == (1.0, 1.0)


@pytest.mark.slow
def test_article_pages_stay_small_with_600_articles(tmp_path):
    work = make_workspace(tmp_path, articles_from=None)
    generate(600, work / "articles", ARTICLES, seed=5)
    assert run_build(work / "articles", work / "docs").returncode == 0
    result = build_site(work)
    assert result.returncode == 0, result.stderr
    sizes = [p.stat().st_size for p in (work / "site" / "bai-viet").glob("*/index.html")]
    assert len(sizes) == 600
    # a navigation entry per article would grow every page with the corpus; the frame is kept light
    # (issue 14: measured at this commit, largest 32.9 KB, median 26.8 KB)
    assert max(sizes) < 36 * 1024, max(sizes)
    assert sorted(sizes)[len(sizes) // 2] < 28 * 1024, sorted(sizes)[len(sizes) // 2]
    data = json.loads((work / "site" / "data" / "articles.json").read_text(encoding="utf-8"))
    assert len(data["articles"]) == 600
