"""Issue 15 in the browser: every tile and coverage cell leads to a list of exactly what it counts,
merged provinces as one history, the career timeline, the active tab, and the 404 page under a subpath."""
from __future__ import annotations

import shutil

import pytest
from axe_playwright_python.sync_playwright import Axe

from .conftest import screenshot, serve

pytestmark = pytest.mark.browser

# The article rows of each page fetched, or of the section an anchor opens (up to the next heading
# of its level or higher): each page fetched once and read by the browser's own HTML parser.
COUNT_LISTED = """async (targets) => {
  const isArticleTable = (t) => [...t.querySelectorAll('thead th')].some(th => th.textContent.trim() === 'Tiêu đề');
  const count = (doc, fragment) => {
    const root = doc.querySelector('article') || doc.body;
    if (!fragment) return [...root.querySelectorAll('table')].filter(isArticleTable)
      .reduce((n, t) => n + t.querySelectorAll('tbody tr').length, 0);
    const head = doc.getElementById(fragment);
    if (!head) return -1;
    const level = Number(head.tagName.slice(1));
    let n = 0;
    for (let el = head.nextElementSibling; el; el = el.nextElementSibling) {
      if (/^H[1-6]$/.test(el.tagName) && Number(el.tagName.slice(1)) <= level) break;
      const tables = el.tagName === 'TABLE' ? [el] : [...el.querySelectorAll('table')];
      for (const t of tables) if (isArticleTable(t)) n += t.querySelectorAll('tbody tr').length;
    }
    return n;
  };
  const out = {};
  for (const [address, fragments] of Object.entries(targets)) {
    const response = await fetch(address);
    const doc = new DOMParser().parseFromString(response.ok ? await response.text() : '', 'text/html');
    out[address] = fragments.map(f => response.ok ? count(doc, f) : -2);
  }
  return out;
}"""

LINKS = """(selector) => [...document.querySelectorAll(selector)].map(a => {
  const holder = a.closest('[data-count]');
  return [new URL(a.getAttribute('href'), document.baseURI).href, Number(holder.getAttribute('data-count'))];
})"""


def _check_links(page, url, selector):
    page.goto(url)
    links = page.evaluate(LINKS, selector)
    assert links, f"no link matches {selector} on {url}"
    targets: dict[str, list[str]] = {}
    for href, _ in links:
        address, _, fragment = href.partition("#")
        targets.setdefault(address, []).append(fragment)
    counted = page.evaluate(COUNT_LISTED, targets)
    listed = {address + ("#" + f if f else ""): n for address, fragments in targets.items()
              for f, n in zip(fragments, counted[address])}
    for href, shown in links:
        assert listed[href] == shown, (url, href, shown, listed[href])
    return links


def test_every_tile_and_coverage_cell_lists_what_it_counts(page, served_seed):
    base = served_seed["url"]
    cells = _check_links(page, base + "bao-phu/", "table.bv-coverage td a")
    assert any(shown > 1 for _, shown in cells)  # the check can fail: some cell counts more than one
    _check_links(page, base, ".bv-tilemap a.bv-tile")  # the 34 map on the home page
    tiles = _check_links(page, base + "tinh/", ".bv-tilemap a.bv-tile")  # both maps
    assert len(tiles) == 34 + 63
    assert not page.errors, page.errors


def test_a_province_lists_the_articles_of_the_provinces_merged_into_it(page, served_seed):
    page.goto(served_seed["url"] + "tinh/can-tho/")
    heading = page.locator("h2", has_text="Sóc Trăng (nay thuộc Cần Thơ)")
    assert heading.is_visible()
    assert page.locator("#bai-soc-trang ~ table a[href*='bai-viet/'], #bai-soc-trang ~ * a[href*='bai-viet/']").count() >= 1
    page.goto(served_seed["url"] + "tinh/")
    row = page.locator("tr", has=page.locator("td a", has_text="Huế")).first
    assert row.inner_text().count("Thừa Thiên Huế") == 1  # was "Thừa Thiên Huế (0), Thừa Thiên Huế (0)"
    cantho = page.locator("tr", has=page.get_by_role("link", name="Cần Thơ", exact=True)).first
    assert cantho.locator("td").nth(1).inner_text() == "4"  # 3 of Cần Thơ + 1 of Sóc Trăng, the number it sorts by


def test_person_page_opens_with_a_timeline_and_the_tab_is_marked(page, served_seed):
    page.goto(served_seed["url"] + "nhan-vat/huynh-viet-hoa/")
    timeline = page.locator("ol.timeline")
    assert timeline.is_visible()
    assert "Thiếu tướng" in timeline.inner_text() and "Cần Thơ" in timeline.inner_text()
    assert page.locator(".md-tabs__item--active").inner_text().strip() == "Nhân vật"
    assert page.locator("nav.bv-crumbs [aria-current='page']").inner_text() == "Huỳnh Việt Hòa"
    page.goto(served_seed["url"] + "bai-viet/dai-hoi-dang-bo-cong-an-tp-can-tho-lan-thu-1-nhiem-ky-2025-2030/")
    assert page.locator(".md-tabs__item--active").inner_text().strip() == "Tỉnh/thành"


def test_people_index_sorts_by_a_column(page, served_seed):
    page.goto(served_seed["url"] + "nhan-vat/")
    first = lambda: page.locator("table.bv-sortable tbody tr td:first-child").first.inner_text()  # noqa: E731
    page.get_by_role("button", name="Sắp xếp theo họ tên").click()
    names = page.locator("table.bv-sortable tbody tr td:first-child").all_inner_texts()
    assert first() == sorted(names, key=str.casefold)[0] or names == sorted(names)
    page.get_by_role("button", name="Sắp xếp theo họ tên").click()
    assert page.locator("table.bv-sortable th[aria-sort='descending']").count() == 1


@pytest.mark.parametrize("path", ["bao-phu/", "lanh-dao/", "tinh/", "nhan-vat/", "nhan-vat/huynh-viet-hoa/", "tinh/can-tho/"])
@pytest.mark.parametrize("width", [375, 1280])
def test_new_pages_are_accessible_and_fit_a_phone(page, served_seed, path, width):
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(served_seed["url"] + path)
    page.wait_for_load_state("networkidle")
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 1, f"{path} scrolls sideways by {overflow}px at {width}px"
    screenshot(page, f"{path.strip('/').replace('/', '-')}-{width}")
    if width == 1280:
        results = Axe().run(page)
        serious = [v for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
        assert not serious, [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3]) for v in serious]
    assert not page.errors, page.errors


def test_not_found_page_works_under_a_subpath_without_site_url(browser, seed_site_without_url, tmp_path):
    """GitHub Pages serves 404.html at whatever address was asked for, under the project's subpath."""
    root = tmp_path / "served"
    shutil.copytree(seed_site_without_url, root / "repo")
    deep = root / "repo" / "khong" / "co" / "trang-nay"
    deep.mkdir(parents=True)
    shutil.copy(root / "repo" / "404.html", deep / "index.html")
    server, base = serve(root)
    url = base + "/"
    try:
        tab = browser.new_page()
        tab.goto(url + "repo/khong/co/trang-nay/")
        assert tab.evaluate("document.baseURI") == url + "repo/"
        assert tab.evaluate("getComputedStyle(document.querySelector('.md-header')).position") == "sticky"  # styled
        tab.get_by_role("link", name="Về trang chủ").click()
        tab.wait_for_url(url + "repo/")
        assert "Công an các tỉnh" in tab.title()
        tab.close()
    finally:
        server.shutdown()
