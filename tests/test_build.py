"""The whole build: reproducible, incremental, atomic, and the dataset equals the pages."""
from __future__ import annotations

import csv
import html
import hashlib
import io
import json
import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest
import yaml

from conftest import ARTICLES, FIXED_EPOCH, PYTHON, RENDERERS, ROOT, build_site, make_workspace, run_build
from dangbo.build import load_article
from dangbo.evidence import quote_in_file
from dangbo.model import METADATA_FIELDS


def _tree(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def _front_matter(path: Path) -> dict:
    """A page's front matter, its title and description unescaped (the writer stores them HTML-escaped,
    since themes print them as they are: pages/markup.py PRINTED_RAW)."""
    meta = yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1])
    for key in ("title", "description"):
        if isinstance(meta.get(key), str):
            meta[key] = html.unescape(meta[key])
    return meta


def test_two_builds_are_byte_identical(tmp_path):
    trees = []
    for attempt in ("a", "b"):
        (tmp_path / attempt).mkdir()
        work = make_workspace(tmp_path / attempt)
        assert run_build(work / "articles", work / "docs", "--site-url", "https://example.org/repo/").returncode == 0
        assert build_site(work, "https://example.org/repo/").returncode == 0
        trees.append(_tree(work / "site"))
    assert trees[0] == trees[1]


def test_front_matter_reads_back_as_extracted(seed_site):
    data = json.loads((seed_site / "docs" / "data" / "articles.json").read_text(encoding="utf-8"))
    for record in data["articles"]:
        page = seed_site / "docs" / (record["url"] + "index.md")
        meta = _front_matter(page)
        article = load_article(ARTICLES / record["source_file"], None)
        assert {k: meta[k] for k in METADATA_FIELDS} == article.metadata()
        assert list(meta)[: len(METADATA_FIELDS)] == list(METADATA_FIELDS)  # contract order


def test_dataset_equals_pages(seed_site):
    data = json.loads((seed_site / "site" / "data" / "articles.json").read_text(encoding="utf-8"))
    assert list(data) == ["articles"] and len(data["articles"]) == 5
    raw = (seed_site / "site" / "data" / "articles.csv").read_bytes()
    assert raw.startswith("\ufeff".encode("utf-8"))
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    for record, row in zip(data["articles"], rows):
        assert list(record) == list(METADATA_FIELDS) + ["url", "evidence", "excerpt"]
        source = (ROOT / "articles" / record["source_file"]).read_bytes()
        for field, evidence in record["evidence"].items():  # every answer traced to the words of its file
            assert record[field] is not None and evidence["rule"]
            assert evidence["quote"] and quote_in_file(evidence["quote"], source), (record["source_file"], field)
        assert not record["url"].startswith("/") and record["url"].startswith("bai-viet/")
        assert (seed_site / "site" / record["url"] / "index.html").exists()
        meta = _front_matter(seed_site / "docs" / (record["url"] + "index.md"))
        assert {k: meta[k] for k in METADATA_FIELDS} == {k: record[k] for k in METADATA_FIELDS}
        for field in METADATA_FIELDS:
            value = record[field]
            expected = "; ".join(s["name"] for s in value) if field == "speakers" else ("" if value is None else str(value))
            assert row[field] == expected, field
        assert row["url"] == record["url"]


def test_site_built_on_two_cores_equals_one_build(tmp_path):
    work = make_workspace(tmp_path)
    assert run_build(work / "articles", work / "docs", "--site-url", "https://example.org/repo/").returncode == 0
    assert build_site(work, "https://example.org/repo/", "--jobs", "1").returncode == 0
    single = _tree(work / "site")
    shutil.rmtree(work / "site")
    result = build_site(work, "https://example.org/repo/", "--jobs", "2", "--parallel-from", "1")
    assert result.returncode == 0, result.stderr
    assert _tree(work / "site") == single


def test_rebuild_after_one_change_rewrites_only_what_depends_on_it(tmp_path):
    work = make_workspace(tmp_path)
    assert run_build(work / "articles", work / "docs").returncode == 0
    before = {p: p.stat().st_mtime_ns for p in (work / "docs").rglob("*.md")}
    time.sleep(0.02)
    assert run_build(work / "articles", work / "docs").returncode == 0
    assert {p: p.stat().st_mtime_ns for p in (work / "docs").rglob("*.md")} == before  # nothing changed, nothing written
    target = work / "articles" / "003_f3711ef385e1cc4b.txt"
    target.write_text(target.read_text(encoding="utf-8") + "\n\nMột đoạn bổ sung về công tác năm 2023.\n", encoding="utf-8")
    assert run_build(work / "articles", work / "docs").returncode == 0
    changed = sorted(str(p.relative_to(work / "docs")) for p in before if p.stat().st_mtime_ns != before[p])
    assert changed == ["bai-viet/hoi-nghi-tong-ket-cua-cong-an-tp-can-tho-2-1-2023/index.md"]


def test_deleted_article_pages_are_removed_and_urls_are_stable(tmp_path):
    work = make_workspace(tmp_path)
    assert run_build(work / "articles", work / "docs").returncode == 0
    registry = (work / "articles" / "urls.tsv").read_text(encoding="utf-8")
    page = work / "docs" / "bai-viet" / "hoi-nghi-tong-ket-cua-cong-an-tp-can-tho-2-1-2023" / "index.md"
    assert page.exists()
    # a curator corrects the title: the address stays
    (work / "articles" / "003_f3711ef385e1cc4b.yml").write_text("title: Tổng kết công tác Công an TP Cần Thơ năm 2022\n", encoding="utf-8")
    assert run_build(work / "articles", work / "docs").returncode == 0
    assert _front_matter(page)["title"] == "Tổng kết công tác Công an TP Cần Thơ năm 2022"
    assert (work / "articles" / "urls.tsv").read_text(encoding="utf-8") == registry
    # the article is deleted: its page goes, the hand-written pages stay
    (work / "articles" / "003_f3711ef385e1cc4b.txt").unlink()
    assert run_build(work / "articles", work / "docs").returncode == 0
    assert not page.exists()
    assert (work / "docs" / "gioi-thieu.md").exists() and (work / "docs" / "tim-kiem" / "index.md").exists()


def test_curator_slug_wins(tmp_path):
    work = make_workspace(tmp_path)
    (work / "articles" / "000_7455b896e90c3382.yml").write_text("slug: dai-hoi-can-tho-2025\n", encoding="utf-8")
    assert run_build(work / "articles", work / "docs", "--strict").returncode == 0
    assert (work / "docs" / "bai-viet" / "dai-hoi-can-tho-2025" / "index.md").exists()


def test_missing_articles_folder_is_exit_code_2(tmp_path):
    result = run_build(tmp_path / "nowhere", tmp_path / "docs")
    assert result.returncode == 2 and "not a folder" in result.stderr


PIPELINE = ('"{py}" -m dangbo build --articles articles --docs docs --quiet && '
            '"{py}" -m dangbo render --out .build/site && "{py}" -m dangbo swap .build/site site')


@pytest.mark.slow
def test_killed_build_leaves_previous_output_usable(tmp_path):
    work = make_workspace(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "scripts"), "SOURCE_DATE_EPOCH": FIXED_EPOCH, "NO_MKDOCS_2_WARNING": "1"}
    command = PIPELINE.format(py=PYTHON)
    assert subprocess.run(["bash", "-c", command], cwd=work, env=env).returncode == 0
    old_site = _tree(work / "site")
    target = work / "articles" / "001_a393b3e8145c8cc7.txt"
    target.write_text(target.read_text(encoding="utf-8") + "\n\nĐoạn thêm để bản dựng mới khác bản cũ.\n", encoding="utf-8")
    outcomes = set()
    for delay in (0.05, 0.3, 0.8, 1.5, 2.5, 4.0):
        process = subprocess.Popen(["bash", "-c", command], cwd=work, env=env, start_new_session=True)
        time.sleep(delay)
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        site = work / "site" if (work / "site").exists() else work / "site.old"
        tree = _tree(site)
        assert (site / "index.html").exists() and (site / "data" / "articles.json").exists()
        outcomes.add("old" if tree == old_site else "new")
        json.loads((site / "data" / "articles.json").read_text(encoding="utf-8"))
        for page in (work / "docs" / "bai-viet").glob("*/index.md"):
            assert _front_matter(page)["source_file"]  # every generated page is whole
    # a normal run afterwards recovers whatever a kill left half done
    assert subprocess.run(["bash", "-c", command], cwd=work, env=env).returncode == 0
    assert (work / "site" / "index.html").exists() and not (work / "site.old").exists()


def test_progress_is_quiet_when_piped(tmp_path):
    work = make_workspace(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "scripts"), "SOURCE_DATE_EPOCH": FIXED_EPOCH}
    result = subprocess.run([PYTHON, "-m", "dangbo", "build", "--articles", str(work / "articles"), "--docs", str(work / "docs")],
                            capture_output=True, text=True, env=env, cwd=ROOT)
    assert result.returncode == 0 and "\r" not in result.stderr and "\x1b" not in result.stderr


def test_site_step_counts_pages_on_a_terminal_only(tmp_path):
    import pty
    work = make_workspace(tmp_path)
    assert run_build(work / "articles", work / "docs").returncode == 0
    env = {**os.environ, "PYTHONPATH": str(ROOT / "scripts"), "NO_MKDOCS_2_WARNING": "1"}
    env.pop("CI", None)
    command = [PYTHON, "-m", "dangbo", "render", "--out", str(work / "out"), "--docs", str(work / "docs"),
               "--config", str(work / "mkdocs.yml")]
    piped = subprocess.run(command, capture_output=True, text=True, env=env, cwd=work)
    assert piped.returncode == 0 and "\r" not in piped.stderr
    main, secondary = pty.openpty()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=secondary, env=env, cwd=work)
    os.close(secondary)
    shown = b""
    while True:
        try:
            chunk = os.read(main, 4096)
        except OSError:  # the terminal closed with the process
            break
        if not chunk:
            break
        shown += chunk
    assert process.wait() == 0
    text = shown.decode("utf-8", "replace")
    assert "\r" in text and "Dựng trang web" in text
    assert f"{len(list((work / 'docs' / 'bai-viet').glob('*/index.md')))}/" in text


def test_progress_counts_on_a_terminal():
    from dangbo.build import Progress
    import io
    import sys
    stream, sys.stderr = sys.stderr, io.StringIO()
    try:
        progress = Progress(True)
        progress.stage("Đọc", 200)
        for _ in range(200):
            progress.step()
        progress.finish_line()
        shown = sys.stderr.getvalue()
    finally:
        sys.stderr = stream
    assert "Đọc 100/200" in shown and "Đọc 200/200" in shown


def test_extraction_cache_is_used_and_never_stale(tmp_path):
    work = make_workspace(tmp_path)
    assert run_build(work / "articles", work / "docs").returncode == 0
    cache = work / ".build" / "cache" / "articles.pickle"
    assert cache.exists()
    data = json.loads((work / "docs" / "data" / "articles.json").read_text(encoding="utf-8"))
    # the same bytes under another name are that file's own article (and a duplicate)
    shutil.copy(work / "articles" / "002_42ca8f6e8146770c.txt", work / "articles" / "zz-copy.txt")
    seed = work / "articles" / "003_f3711ef385e1cc4b.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace("chiều 2.1", "chiều 3.1"), encoding="utf-8")
    result = run_build(work / "articles", work / "docs")
    assert "zz-copy.txt: same text as 002_42ca8f6e8146770c.txt" in result.stderr
    again = json.loads((work / "docs" / "data" / "articles.json").read_text(encoding="utf-8"))
    changed = {a["source_file"]: a for a in again["articles"]}["003_f3711ef385e1cc4b.txt"]
    assert changed["date"] == "2023-01-03"  # the edited file was extracted again
    # the search index, its kept postings used for the unchanged articles, is a clean build's
    assert (work / ".build" / "cache" / "search.pickle").exists()
    (tmp_path / "clean").mkdir()
    clean = make_workspace(tmp_path / "clean")
    shutil.rmtree(clean / "articles")
    shutil.copytree(work / "articles", clean / "articles")
    assert run_build(clean / "articles", clean / "docs", "--no-cache").returncode == 0
    assert _tree(work / "docs" / "data" / "search") == _tree(clean / "docs" / "data" / "search")
    # a damaged cache is ignored
    cache.write_bytes(b"not a pickle")
    assert run_build(work / "articles", work / "docs").returncode == 0
    assert json.loads((work / "docs" / "data" / "articles.json").read_text(encoding="utf-8")) == again
    assert data["articles"][0]["source_file"] == again["articles"][0]["source_file"]


def test_files_of_a_killed_first_build_are_still_the_builds(tmp_path):
    """A build killed before it saved its manifest created pages; the next build owns and rewrites them."""
    from dangbo.writer import Writer
    docs = tmp_path / "docs"
    manifest = docs / ".generated.json"
    first = Writer(docs, manifest)
    assert first.write("bai-viet/a.md", "phiên bản 1") and first.write("data/x.json", "{}")
    first.flush()  # the files are on disk, the manifest is not: as after kill -9
    assert not manifest.exists() and (docs / "bai-viet" / "a.md").exists()
    (docs / "tinh").mkdir()
    (docs / "tinh" / "b.md").write_text("viết tay", encoding="utf-8")
    second = Writer(docs, manifest)
    assert second.write("bai-viet/a.md", "phiên bản 2")
    assert not second.write("tinh/b.md", "của bản dựng")  # a person's file stays a person's
    second.finish()
    assert (docs / "bai-viet" / "a.md").read_text(encoding="utf-8") == "phiên bản 2"
    assert not (docs / "data" / "x.json").exists()  # built by the killed run, not this one: removed
    assert (docs / "tinh" / "b.md").read_text(encoding="utf-8") == "viết tay"
    assert second.warnings == ["docs/tinh/b.md: exists and was not written by the build; left as it is"]
    assert not (docs / ".generated.json.pending").exists()


def test_site_step_fails_on_any_mkdocs_warning(tmp_path):
    """--strict must see MkDocs' warnings: a hand-written page with a broken link stops the site step."""
    work = make_workspace(tmp_path)
    assert run_build(work / "articles", work / "docs").returncode == 0
    assert build_site(work).returncode == 0
    (work / "docs" / "ghi-chu.md").write_text("# Ghi chú\n\nXem [trang không có](khong-co.md).\n", encoding="utf-8")
    result = build_site(work)
    assert result.returncode != 0
    assert "khong-co.md" in result.stderr and "WARNING" in result.stderr
    assert "INFO" not in result.stderr


def test_hook_speedups_change_nothing(tmp_path, monkeypatch):
    """The MkDocs hook's speed-ups (HTML blocks kept out of Markdown, search files linked, Material's
    navigation, tabs, footer and config rendered once per folder of generated pages): the site must be the
    same byte for byte without them (BV_SPEEDUPS=0), as Zensical builds it with no hook at all."""
    work = make_workspace(tmp_path)
    assert run_build(work / "articles", work / "docs", "--site-url", "https://example.org/repo/").returncode == 0
    assert build_site(work, "https://example.org/repo/").returncode == 0
    cached = _tree(work / "site")
    shutil.rmtree(work / "site")
    monkeypatch.setenv("BV_SPEEDUPS", "0")
    assert build_site(work, "https://example.org/repo/").returncode == 0
    assert _tree(work / "site") == cached
    assert len([p for p in cached if str(p).startswith("bai-viet/")]) >= 5


def test_page_fingerprints_cover_all_the_code(tmp_path):
    """Reordering METADATA_FIELDS (model.py, not the page writer) rewrites the front matter on the next
    build, as it reorders the dataset: a page's fingerprint covers every module of the package."""
    work = make_workspace(tmp_path)
    code = tmp_path / "code"
    shutil.copytree(ROOT / "scripts", code, ignore=shutil.ignore_patterns("__pycache__"))
    env = {"PYTHONPATH": str(code)}
    assert run_build(work / "articles", work / "docs", env=env).returncode == 0
    page = next((work / "docs" / "bai-viet").glob("*/index.md"))
    assert list(_front_matter(page))[:2] == ["title", "date"]
    model = code / "dangbo" / "model.py"
    model.write_text(model.read_text(encoding="utf-8").replace('"title", "date",', '"date", "title",', 1), encoding="utf-8")
    assert run_build(work / "articles", work / "docs", env=env).returncode == 0
    assert list(_front_matter(page))[:2] == ["date", "title"]
    data = json.loads((work / "docs" / "data" / "articles.json").read_text(encoding="utf-8"))
    assert list(data["articles"][0])[:2] == ["date", "title"]


def test_a_block_of_html_the_hook_cannot_put_back_fails_the_build(tmp_path):
    """A marked block that Markdown folds into a paragraph would ship as a placeholder: an error, named."""
    work = make_workspace(tmp_path)
    assert run_build(work / "articles", work / "docs").returncode == 0
    (work / "docs" / "ghi-chu.md").write_text(
        "# Ghi chú\n\nMột dòng chữ\n<!-- bv:html -->\n<div>khối</div>\n<!-- /bv:html -->\n", encoding="utf-8")
    result = build_site(work)
    assert result.returncode != 0 and "ghi-chu.md" in result.stderr and "did not come through" in result.stderr
    assert build_site(work, "", "--renderer", "zensical").returncode == 0  # no hook, no placeholder: shown as it is


@pytest.mark.parametrize("renderer", RENDERERS)
def test_theme_files_that_are_not_templates_never_become_content(tmp_path, renderer):
    work = make_workspace(tmp_path)
    assert run_build(work / "articles", work / "docs").returncode == 0
    (work / "overrides" / "ghi-chu.txt").write_text("ghi chú của người sửa giao diện\n", encoding="utf-8")
    result = build_site(work, "", "--renderer", renderer)  # both copy them as theme files: the site step refuses
    assert result.returncode != 0 and "overrides/" in result.stderr and "ghi-chu.txt" in result.stderr
    (work / "overrides" / "ghi-chu.txt").unlink()
    assert build_site(work, "", "--renderer", renderer).returncode == 0


def test_incremental_site_equals_a_clean_build(tmp_path):
    """One article changed, one deleted: the site step builds those pages only (the rest linked from the
    previous site), and the result is byte-identical to a clean build of the same docs/."""
    work = make_workspace(tmp_path)
    url, state = "https://example.org/repo/", str(work / ".build" / "render.json")

    def render(out, *extra):
        return build_site(work, url, "--state", state, *extra, out=out)

    assert run_build(work / "articles", work / "docs", "--site-url", url).returncode == 0
    first = render("site-1")
    assert first.returncode == 0 and "reused" not in first.stderr, first.stderr
    target = work / "articles" / "003_f3711ef385e1cc4b.txt"
    target.write_text(target.read_text(encoding="utf-8") + "\n\nMột đoạn bổ sung về công tác năm 2023.\n", encoding="utf-8")
    (work / "articles" / sorted(p.name for p in (work / "articles").glob("*.txt"))[0]).unlink()
    assert run_build(work / "articles", work / "docs", "--site-url", url).returncode == 0
    second = render("site-2", "--previous", str(work / "site-1"))
    assert second.returncode == 0 and "built the changed pages only" in second.stderr, second.stderr
    clean = build_site(work, url, out="site-clean")
    assert clean.returncode == 0
    assert _tree(work / "site-2") == _tree(work / "site-clean")
    assert _tree(work / "site-1") != _tree(work / "site-2")  # the previous site was not written through its links
    # a hand-written page changes: everything is built again, and still the same as a clean build
    (work / "docs" / "gioi-thieu.md").write_text((work / "docs" / "gioi-thieu.md").read_text(encoding="utf-8") + "\nThêm.\n",
                                                 encoding="utf-8")
    third = render("site-3", "--previous", str(work / "site-2"))
    assert third.returncode == 0 and "reused" not in third.stderr
    assert build_site(work, url, out="site-clean-2").returncode == 0
    assert _tree(work / "site-3") == _tree(work / "site-clean-2")
    # a previous site that is not the one recorded is never reused
    fourth = render("site-4", "--previous", str(work / "site-clean-2"))
    assert fourth.returncode == 0 and "reused" not in fourth.stderr
