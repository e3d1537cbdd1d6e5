"""Search round two (issue 13) in Chromium, on a small corpus written for it: ranking as behaviour,
marks typed mean marks, one key for spellings and abbreviations, facets, URL state and history."""
from __future__ import annotations

import json
import random
import unicodedata
from urllib.parse import quote

import pytest

from dangbo.search_text import clauses, occurrences, tokens

pytestmark = pytest.mark.browser


def _lead(province: str, date: str, police: str = "Công an tỉnh") -> str:
    return f"Ngày {date}, {police} {province} tổ chức hội nghị sơ kết công tác năm {date[-4:]}. "


FILLER = "Các đơn vị đã hoàn thành tốt nhiệm vụ được giao trong kỳ."
# name → text (our own wording). Each names its own province; the dates order them.
CORPUS = {
    "title.txt": "Công an tỉnh Lào Cai bàn giải pháp về an ninh mạng\n10/01/2023 08:00\n\n"
                 + _lead("Lào Cai", "10/1/2023") + "Hội nghị cũng nhắc đến an ninh mạng. " + FILLER,
    "body.txt": _lead("Yên Bái", "12/3/2024") + "Hội nghị cũng nhắc đến an ninh mạng. " + FILLER,
    "giam.txt": _lead("Hà Giang", "5/7/2024") + "Số vụ phạm pháp hình sự giảm 5,3% so với cùng kỳ. " + FILLER,
    "giamdoc.txt": _lead("Tuyên Quang", "6/7/2024") + "Đại tá Nguyễn Văn An, Giám đốc Công an tỉnh phát biểu chỉ đạo. " + FILLER,
    "phrase.txt": _lead("Nghệ An", "7/7/2024") + "Lực lượng đã triệt phá đường dây ma túy tổng hợp lớn. " + FILLER,
    "scatter.txt": _lead("Hà Tĩnh", "8/7/2024") + "Phòng tham mưu tổng hợp kết quả đấu tranh với tội phạm ma túy. " + FILLER,
    "hcm1.txt": _lead("Quảng Bình", "9/7/2024") + "Đoàn công tác của Công an TPHCM đến trao đổi kinh nghiệm. " + FILLER,
    "hcm2.txt": _lead("Quảng Trị", "10/7/2024") + "Đoàn công tác của Công an TP.HCM đến trao đổi kinh nghiệm. " + FILLER,
    "hcm3.txt": _lead("Bình Định", "11/7/2024") + "Đoàn công tác của Công an TP. HCM đến trao đổi kinh nghiệm. " + FILLER,
    "hcm4.txt": _lead("Phú Yên", "12/7/2024") + "Đoàn công tác của Công an Thành phố Hồ Chí Minh đến trao đổi kinh nghiệm. " + FILLER,
    "person.txt": _lead("Kon Tum", "13/7/2024") + "Cán bộ học tập và làm theo tư tưởng Hồ Chí Minh. " + FILLER,
    "ty1.txt": _lead("Gia Lai", "14/7/2024") + "Tỷ lệ điều tra khám phá án đạt 90%. " + FILLER,
    "ty2.txt": _lead("Đắk Lắk", "15/7/2024") + "Tỉ lệ điều tra khám phá án đạt 85%. " + FILLER,
    "nodate.txt": "Công an tỉnh Cao Bằng tổ chức hội nghị sơ kết công tác bảo đảm an ninh. " + FILLER,
    "soctrang.txt": _lead("Sóc Trăng", "16/7/2024") + FILLER,
    "cantho.txt": _lead("Cần Thơ", "17/7/2024", "Công an thành phố") + FILLER,
    "danang.txt": _lead("Đà Nẵng", "18/7/2024", "Công an thành phố") + FILLER,
    "tie1.txt": _lead("Lạng Sơn", "1/2/2024") + "Hội nghị bàn công tác phòng cháy rừng mùa khô. " + FILLER,
    "tie2.txt": _lead("Bắc Kạn", "1/3/2024") + "Hội nghị bàn công tác phòng cháy rừng mùa khô. " + FILLER,
}


@pytest.fixture(scope="module")
def served_rank(tmp_path_factory):
    from conftest import build_site, make_workspace, run_build
    from .conftest import serve
    work = make_workspace(tmp_path_factory.mktemp("rank"), articles_from=None)
    for name, text in CORPUS.items():
        (work / "articles" / name).write_text(text, encoding="utf-8")
    assert run_build(work / "articles", work / "docs").returncode == 0
    assert build_site(work).returncode == 0
    server, base = serve(work)
    url = f"{base}/site/"
    data = json.loads((work / "site" / "data" / "articles.json").read_text(encoding="utf-8"))
    yield {"url": url, "by_url": {url + a["url"]: a for a in data["articles"]}}
    server.shutdown()


def _go(page, site, query: str = "", extra: str = ""):
    page.goto(site["url"] + "tim-kiem/?q=" + quote(query) + extra)
    page.wait_for_selector("#bv-search[data-ready]")


def _files(page, site, selector: str) -> list[str]:
    hrefs = page.locator(selector).evaluate_all("links => links.map(a => a.href)")
    return [site["by_url"][h]["source_file"] for h in hrefs]


MAIN = ".bv-search__results:not([data-kind] *) > .bv-result .bv-result__title"


def test_the_fixture_reads_as_intended(served_rank):
    by_file = {a["source_file"]: a for a in served_rank["by_url"].values()}
    assert by_file["title.txt"]["date"] == "2023-01-10" and by_file["body.txt"]["date"] == "2024-03-12"
    assert by_file["nodate.txt"]["date"] is None and by_file["soctrang.txt"]["province_now"] == "Cần Thơ"


def test_a_title_match_outranks_a_body_match(page, served_rank):
    _go(page, served_rank, "an ninh mạng")
    # the headline match is older: with no score, newer first would put the body match first
    assert _files(page, served_rank, MAIN) == ["title.txt", "body.txt"]


def test_ties_put_the_newer_first(page, served_rank):
    _go(page, served_rank, "phòng cháy rừng")
    assert _files(page, served_rank, MAIN) == ["tie2.txt", "tie1.txt"]
    _go(page, served_rank, "phòng cháy rừng", "&sap-xep=cu")
    assert _files(page, served_rank, MAIN) == ["tie1.txt", "tie2.txt"]


def test_marks_typed_mean_those_marks(page, served_rank):
    _go(page, served_rank, "giảm")
    assert _files(page, served_rank, MAIN) == ["giam.txt"]
    assert page.locator(".bv-search__status").inner_text().startswith("1 bài viết")
    group = page.locator("[data-kind='gan-dung']")
    assert "khác dấu" in group.locator("h2").inner_text()
    assert _files(page, served_rank, "[data-kind='gan-dung'] .bv-result__title") == ["giamdoc.txt"]
    assert page.locator(".bv-result").first.locator("mark").all_inner_texts() == ["giảm"]
    # the approximate result marks what it matched folded
    assert group.locator("mark").all_inner_texts() == ["Giám"]
    _go(page, served_rank, "giam")  # without marks: both are main results
    assert sorted(_files(page, served_rank, MAIN)) == ["giam.txt", "giamdoc.txt"]
    assert page.locator("[data-kind]").count() == 0


def test_a_phrase_outranks_scattered_words(page, served_rank):
    _go(page, served_rank, "ma túy tổng hợp")
    assert _files(page, served_rank, MAIN) == ["phrase.txt"]
    assert page.locator("[data-kind='roi-nhau']").count() == 0
    _go(page, served_rank, "tổng hợp ma túy đường dây")  # no article has it as a phrase
    assert _files(page, served_rank, MAIN) == []
    scattered = _files(page, served_rank, "[data-kind='roi-nhau'] .bv-result__title")
    assert scattered == ["phrase.txt"]  # the only one with all four words
    assert "rời nhau" in page.locator(".bv-search__status").inner_text()


@pytest.mark.parametrize("query", ["TPHCM", "tphcm", "TP.HCM", "TP HCM", "Thành phố Hồ Chí Minh", "thanh pho ho chi minh",
                                   "Công an TPHCM", "Công an Thành phố Hồ Chí Minh"])
def test_an_abbreviation_finds_every_way_of_writing_it(page, served_rank, query):
    _go(page, served_rank, query)
    assert sorted(_files(page, served_rank, MAIN)) == ["hcm1.txt", "hcm2.txt", "hcm3.txt", "hcm4.txt"]
    assert page.locator("[data-kind]").count() == 0
    marks = page.locator(".bv-result mark").all_inner_texts()
    assert len(marks) == 4 and all(m in ("TPHCM", "TP.HCM", "TP. HCM", "Thành phố Hồ Chí Minh") or m.startswith("Công an")
                                   for m in marks), marks


def test_a_name_inside_a_full_form_keeps_its_own_meaning(page, served_rank):
    _go(page, served_rank, "tư tưởng Hồ Chí Minh")
    assert _files(page, served_rank, MAIN) == ["person.txt"]


@pytest.mark.parametrize("query", ["tỷ lệ", "tỉ lệ", "ty le", "TỶ LỆ"])
def test_i_and_y_spellings_find_the_same(page, served_rank, query):
    _go(page, served_rank, query)
    assert sorted(_files(page, served_rank, MAIN)) == ["ty1.txt", "ty2.txt"]


def test_facets_take_several_values_and_agree_with_the_results(page, served_rank):
    _go(page, served_rank, "", "&tinh=ha-giang&tinh=" + quote("Tuyên Quang"))
    assert sorted(_files(page, served_rank, MAIN)) == ["giam.txt", "giamdoc.txt"]
    assert "tinh=ha-giang&tinh=tuyen-quang" in page.url  # names written back as the pages' slugs
    assert page.locator("[data-facet='tinh'] [aria-pressed='true']").count() == 2
    # every year count is what choosing it gives
    _go(page, served_rank, "hội nghị")
    year = page.locator("[data-facet='nam'] .bv-facet__value").first
    expected = int(year.locator(".bv-facet__count").inner_text())
    year.click()
    page.wait_for_function("new URLSearchParams(location.search).getAll('nam').length === 1")
    page.wait_for_selector("#bv-search[data-ready]")
    shown = page.locator(".bv-search__status").inner_text()
    assert shown.startswith(f"{expected} bài viết")


def test_undated_articles_have_a_year_of_their_own(page, served_rank):
    _go(page, served_rank)
    unknown = page.locator("[data-facet='nam'] [data-value='chua-ro']")
    assert "Chưa rõ" in unknown.inner_text() and unknown.locator(".bv-facet__count").inner_text() == "1"
    _go(page, served_rank, "", "&nam=chua-ro")
    assert _files(page, served_rank, MAIN) == ["nodate.txt"]


def test_a_province_as_it_is_now_and_slugs_or_names_in_the_url(page, served_rank):
    _go(page, served_rank, "", "&tinh-nay=can-tho")
    assert sorted(_files(page, served_rank, MAIN)) == ["cantho.txt", "soctrang.txt"]
    for value in ("da-nang", quote("Đà Nẵng"), "Da+Nang"):
        _go(page, served_rank, "", "&tinh=" + value)
        assert _files(page, served_rank, MAIN) == ["danang.txt"], value


def test_every_value_is_reachable(page, served_rank):
    _go(page, served_rank)
    values = page.locator("[data-facet='tinh'] .bv-facet__value")
    total = values.count()
    assert total > 12 and page.locator("[data-facet='tinh'] .bv-facet__value:visible").count() == 12
    page.locator("[data-facet='tinh'] .bv-facet__more").click()
    assert page.locator("[data-facet='tinh'] .bv-facet__value:visible").count() == total


def test_one_history_entry_per_search(page, served_rank):
    _go(page, served_rank)
    start = page.evaluate("history.length")
    box = page.locator("#bv-q")
    box.fill("an ninh mạng")
    page.wait_for_function("new URLSearchParams(location.search).get('q') === 'an ninh mạng'")
    box.press("Enter")
    page.wait_for_selector("#bv-search[data-ready]")
    assert page.evaluate("history.length") == start + 1
    box.fill("ma túy")
    page.wait_for_function("new URLSearchParams(location.search).get('q') === 'ma túy'")
    box.press("Enter")
    assert page.evaluate("history.length") == start + 2
    page.go_back()
    page.wait_for_function("new URLSearchParams(location.search).get('q') === 'an ninh mạng'")
    page.wait_for_function("document.getElementById('bv-q').value === 'an ninh mạng'")


def test_an_out_of_range_page_is_corrected_in_the_url(page, served_rank):
    _go(page, served_rank, "", "&trang=99")
    page.wait_for_function("new URLSearchParams(location.search).get('trang') === '2'")
    assert "Trang 2/2" in page.locator(".bv-search__pager").inner_text()


@pytest.mark.parametrize("query", ["%", "…", " - "])
def test_a_query_of_only_symbols_says_why_it_found_nothing(page, served_rank, query):
    _go(page, served_rank, query)
    assert "không có chữ hay số" in page.locator(".bv-search__status").inner_text()
    assert page.locator(".bv-result").count() == 0


def test_javascript_reads_abbreviations_and_spellings_as_python_does(page, served_rank):
    _go(page, served_rank)
    rng = random.Random(13)
    pieces = ["TP.HCM", "TP. HCM", "TPHCM", "Thành phố Hồ Chí Minh", "Công an TP", "CAT", "Cát", "cat", "UBND", "Uỷ ban nhân dân",
              "HĐND", "hdnd", "tỷ lệ", "Quý", "Thy", "Kỹ", "Cong an tinh", ",", ".", " ", "\n", "đại hội", "TP", "Hoà"]
    samples = [" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))) for _ in range(150)]
    samples.append(unicodedata.normalize("NFD", "Công an Thành phố Hồ Chí Minh"))
    js = page.evaluate("""samples => samples.map(s => { const t = bvSearch.tokens(s);
        return {tokens: t.map(w => [w.f, w.x, w.joined]), occ: bvSearch.occurrences(t)}; })""", samples)
    for sample, result in zip(samples, js):
        assert [list(t) for t in tokens(sample)] == result["tokens"], sample
        expected, offset = [], 0
        for words, written in clauses(sample):
            expected += [[start + offset, end + offset, form] for start, end, form in occurrences(words, written)]
            offset += len(words)
        assert expected == result["occ"], sample
