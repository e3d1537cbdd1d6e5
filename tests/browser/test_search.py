"""The Vietnamese search page in Chromium: folding, phrases, facets, URL state, header box."""
from __future__ import annotations

import json
import random
import unicodedata
from urllib.parse import quote

import pytest

from dangbo.normalize import fold
from dangbo.search import shard_of, tokens

pytestmark = pytest.mark.browser


def _search(page, served_seed, query: str, extra: str = "") -> list[str]:
    page.goto(served_seed["url"] + "tim-kiem/?q=" + quote(query) + extra)
    page.wait_for_selector("#bv-search[data-ready]")
    return page.locator(".bv-result__title").all_inner_texts()


def _titles_containing(served_seed, phrase: str) -> set[str]:
    """Articles whose headline or text contains the phrase, after folding."""
    wanted = " ".join(fold(phrase).split())
    found = set()
    for doc in (served_seed["site"] / "data" / "search" / "d").glob("*.json"):
        record = json.loads(doc.read_text(encoding="utf-8"))
        if wanted in " ".join(fold(record["t"] + " \n " + record["x"]).split()):
            found.add(record["t"])
    return found


@pytest.mark.parametrize("query", ["can tho", "Cần Thơ", "CAN THO", unicodedata.normalize("NFD", "Cần Thơ"), "  cần   thơ "])
def test_with_or_without_marks_finds_the_same(page, served_seed, query):
    titles = _search(page, served_seed, query)
    assert set(titles) == _titles_containing(served_seed, "Cần Thơ") and len(titles) == 3
    assert not page.errors, page.errors


@pytest.mark.parametrize("query, phrase", [("dai hoi", "Đại hội"), ("de an 06", "Đề án 06"), ("phan van mai", "Phan Văn Mãi"),
                                           ("Lương Tam Quang", "Lương Tam Quang"), ("soc trang", "Sóc Trăng")])
def test_phrases_are_found_by_folding(page, served_seed, query, phrase):
    titles = _search(page, served_seed, query)
    assert titles and set(titles) <= _titles_containing(served_seed, phrase)


@pytest.mark.parametrize("query", ["13,66%", "47.400", "86,95"])
def test_numbers_are_found_as_written(page, served_seed, query):
    """A figure typed as the papers write it (issue 11) finds the article that states it, and only it."""
    titles = _search(page, served_seed, query)
    written = {json.loads(p.read_text(encoding="utf-8"))["t"] for p in (served_seed["site"] / "data" / "search" / "d").glob("*.json")
               if query in json.loads(p.read_text(encoding="utf-8"))["x"]}
    assert titles and set(titles) == written, (titles, written)
    assert not page.errors, page.errors


def test_a_phrase_is_not_scattered_syllables(page, served_seed):
    # every seed has "Phan" or "Mãi"-like syllables somewhere; only one names Phan Văn Mãi
    titles = _search(page, served_seed, "Phan Văn Mãi")
    assert len(titles) == 1 and "Hồ Chí Minh" in titles[0]


def test_scattered_matches_are_labelled_when_no_phrase_exists(page, served_seed):
    titles = _search(page, served_seed, "Quang Lương")  # "Lương Tam Quang": both syllables, never in this order
    status = page.locator(".bv-search__status").inner_text()
    assert titles and "rời nhau" in status
    assert page.locator(".bv-result--scattered").count() == len(titles)


def test_results_show_title_date_province_and_highlighted_excerpt(page, served_seed):
    _search(page, served_seed, "Đề án 06")
    first = page.locator(".bv-result").first
    assert first.locator(".bv-result__info").inner_text().count("·") >= 2
    marks = first.locator("mark").all_inner_texts()
    assert marks and all(fold(m) == "de an 06" for m in marks)


@pytest.fixture(scope="module")
def served_marks(tmp_path_factory):
    """A small site where "Đường" and "Dương" fold alike: Bình Dương vs an "đường dây"."""
    from conftest import build_site, make_workspace, run_build
    from .conftest import serve
    work = make_workspace(tmp_path_factory.mktemp("marks"), articles_from=None)
    lead = "Ngày 10/7/2024, Công an tỉnh {p} tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2024. "
    texts = {
        "a.txt": lead.format(p="Bình Dương") + "Công an tỉnh Bình Dương đã triệt phá nhiều băng nhóm. " * 3,
        "b.txt": lead.format(p="Nghệ An") + "Công an tỉnh đã triệt phá đường dây ma túy lớn trên tuyến đường biên giới. " * 3,
        "c.txt": lead.format(p="Hà Tĩnh") + "Đồng chí Dương Văn Hòa phát biểu; Công an triệt phá đường dây đánh bạc. " * 3,
    }
    for name, text in texts.items():
        (work / "articles" / name).write_text(text, encoding="utf-8")
    assert run_build(work / "articles", work / "docs").returncode == 0
    assert build_site(work).returncode == 0
    server, base = serve(work)
    yield f"{base}/site/"
    server.shutdown()


@pytest.mark.parametrize("query, first", [("Dương", {"a.txt", "c.txt"}), ("Đường", {"b.txt", "c.txt"})])
def test_exact_marks_rank_first(page, served_marks, query, first):
    page.goto(served_marks + "tim-kiem/?q=" + quote(query))
    page.wait_for_selector("#bv-search[data-ready]")
    titles = page.locator(".bv-result__title").all_inner_texts()
    assert len(titles) == 3  # folded, all three match
    hrefs = page.locator(".bv-result__title").evaluate_all("links => links.map(a => a.href)")
    data = json.loads(page.request.get(served_marks + "data/articles.json").text())
    by_url = {served_marks + a["url"]: a["source_file"] for a in data["articles"]}
    ranked = [by_url[h] for h in hrefs]
    assert set(ranked[:2]) == first, ranked


def test_facets_sort_and_url_state(page, served_seed):
    _search(page, served_seed, "can tho")
    year = page.locator("[data-facet='nam'] .bv-facet__value").first
    label = year.inner_text().split()[0]
    expected = int(year.locator(".bv-facet__count").inner_text())
    year.click()
    page.wait_for_function("new URLSearchParams(location.search).get('nam') !== null")
    page.wait_for_selector("#bv-search[data-ready]")
    url = page.url
    assert f"nam={label}" in url and "q=can+tho" in url.replace("%20", "+")
    count = page.locator(".bv-result").count()
    assert count == expected and count < 3  # the facet narrowed the three Cần Thơ results
    page.select_option("#bv-sort", "cu")
    page.wait_for_function("new URLSearchParams(location.search).get('sap-xep') === 'cu'")
    # the URL alone reproduces the search
    page.goto(page.url)
    page.wait_for_selector("#bv-search[data-ready]")
    assert page.locator(".bv-result").count() == count
    assert page.locator("#bv-sort").input_value() == "cu"


def test_sort_by_date(page, served_seed):
    _search(page, served_seed, "", "&sap-xep=moi")
    infos = page.locator(".bv-result__info").all_inner_texts()
    days = [info.split(" · ")[0] for info in infos]
    parsed = [tuple(int(x) for x in reversed(d.split("/"))) for d in days if d.count("/") == 2]
    assert parsed == sorted(parsed, reverse=True) and len(parsed) == 5


def test_header_box_leads_to_the_search_page(page, served_seed):
    page.goto(served_seed["url"] + "gioi-thieu/")
    box = page.locator(".bv-header-search input")
    box.fill("dai hoi")
    box.press("Enter")
    page.wait_for_url("**/tim-kiem/?q=dai+hoi")
    page.wait_for_selector(".bv-result")
    assert page.locator(".bv-result").count() >= 1


def test_javascript_and_python_fold_tokenise_and_hash_alike(page, served_seed):
    page.goto(served_seed["url"] + "tim-kiem/")
    page.wait_for_selector("#bv-search[data-ready]")
    rng = random.Random(7)
    alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ  .,-/0123456789Hoà Thuỷ Uỷ quý"
    samples = ["Đại hội Đảng bộ TP.Cần Thơ", "Huỳnh Việt Hoà", "Thừa Thiên - Huế", unicodedata.normalize("NFD", "Thuỷ Hoà")]
    samples += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40))) for _ in range(200)]
    keys = [" ".join(fold(s).split()) for s in samples]
    js = page.evaluate("""([samples, keys]) => samples.map((s, i) => ({
        tokens: bvSearch.tokens(s).map(t => [t.f, t.x, t.joined]),
        fold: bvSearch.fold(s).split(/\\s+/).filter(Boolean).join(" "),
        shard: bvSearch.shardOf(keys[i], 4096)}))""", [samples, keys])
    for sample, key, result in zip(samples, keys, js):
        assert [list(t) for t in tokens(sample)] == result["tokens"], sample
        assert key == result["fold"], sample
        assert shard_of(key, 4096) == result["shard"], sample


def test_search_works_without_other_hosts_under_a_subpath(page, served_seed):
    _search(page, served_seed, "Cần Thơ")
    assert not page.foreign and not page.errors


@pytest.fixture(scope="module")
def served_hostile(tmp_path_factory):
    """An article whose headline and text carry markup and script."""
    from conftest import build_site, make_workspace, run_build
    from .conftest import serve
    work = make_workspace(tmp_path_factory.mktemp("inject"), articles_from=None)
    text = ("<img src=x onerror=\"document.title='pwned'\"> Công an tỉnh Nghệ An tổ chức hội nghị sơ kết "
            "<script>document.title='pwned'</script> [liên kết](javascript:alert(1)) 15/07/2024 09:00\n\n"
            "Ngày 15/7/2024, Công an tỉnh Nghệ An tổ chức hội nghị sơ kết. <b>đậm</b> <iframe src=x></iframe> "
            "Đại tá Trần Văn B, Giám đốc Công an tỉnh phát biểu chỉ đạo hội nghị về an ninh trật tự.")
    (work / "articles" / "inject.txt").write_text(text, encoding="utf-8")
    assert run_build(work / "articles", work / "docs").returncode == 0
    assert build_site(work).returncode == 0
    server, base = serve(work)
    yield f"{base}/site/"
    server.shutdown()


def test_search_results_show_article_markup_as_text(page, served_hostile):
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(served_hostile + "tim-kiem/?q=" + quote("an ninh trật tự"))
    page.wait_for_selector(".bv-result")
    results = page.locator("#bv-search")
    assert results.locator("img, script, iframe, b").count() == 0
    assert "<img src=x" in page.locator(".bv-result__title").inner_text()
    assert page.title() != "pwned" and not dialogs
    page.goto(served_hostile + "tim-kiem/?q=" + quote("đậm"))
    page.wait_for_selector(".bv-result")
    assert "<b>" in page.locator(".bv-result__excerpt").inner_text()
    assert page.locator(".bv-result__excerpt b").count() == 0
