"""The site in headless Chromium, served under a subpath: navigation, accessibility, screenshots."""
from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

from .conftest import ARTIFACTS, screenshot

pytestmark = pytest.mark.browser


def test_home_province_article_speaker_and_back(page, served_seed):
    page.goto(served_seed["url"])
    assert "Công an các tỉnh" in page.title()
    page.get_by_role("link", name="Cần Thơ", exact=True).first.click()
    page.wait_for_url("**/tinh/can-tho/")
    assert page.locator("h1").inner_text() == "Công an Cần Thơ"
    # the 2025 reorganisation: Cần Thơ links its former provinces
    page.get_by_role("link", name="Sóc Trăng", exact=True).first.click()
    page.wait_for_url("**/tinh/soc-trang/")
    page.get_by_role("link", name="Cần Thơ", exact=True).first.click()
    page.wait_for_url("**/tinh/can-tho/")
    page.locator("table a[href*='bai-viet/']").first.click()
    page.wait_for_url("**/bai-viet/**")
    assert page.locator(".bv-meta").is_visible()
    page.locator(".bv-meta a[href*='nhan-vat/']").first.click()
    page.wait_for_url("**/nhan-vat/**")
    assert page.locator("ol.timeline").is_visible()
    page.get_by_role("link", name="Trang chủ", exact=True).first.click()
    page.wait_for_url(served_seed["url"])
    assert not page.errors, page.errors
    assert not page.foreign, page.foreign


PAGES = {
    "home": "",
    "province-index": "tinh/",
    "province": "tinh/can-tho/",
    "year": "nam/2023/",
    "person": "nhan-vat/tran-van-lau/",
    "article": "bai-viet/dai-hoi-dang-bo-cong-an-tp-can-tho-lan-thu-1-nhiem-ky-2025-2030/",
    "data": "du-lieu/",
    "figures": "so-lieu/",
    "indicator": "so-lieu/ty-le-kham-pha/",
    "search": "tim-kiem/?q=can%20tho",
    "about": "gioi-thieu/",
}


@pytest.mark.parametrize("name", sorted(PAGES))
@pytest.mark.parametrize("width", [375, 1280])
def test_pages_render_without_errors_and_are_kept_as_screenshots(page, served_seed, name, width):
    page.set_viewport_size({"width": width, "height": 800})
    response = page.goto(served_seed["url"] + PAGES[name])
    assert response.ok
    page.wait_for_load_state("networkidle")
    if name == "search":
        page.wait_for_selector(".bv-result")
    # nothing wider than the screen: readable at 375 px
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 1, f"{name} scrolls sideways by {overflow}px at {width}px"
    screenshot(page, f"{name}-{width}")
    assert not page.errors, page.errors
    assert not page.foreign, page.foreign


@pytest.mark.parametrize("name", ["home", "province", "article", "search", "indicator"])
def test_no_serious_accessibility_violations(page, served_seed, name):
    page.goto(served_seed["url"] + PAGES[name])
    page.wait_for_load_state("networkidle")
    results = Axe().run(page)
    serious = [v for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    assert not serious, [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3]) for v in serious]


def test_dark_palette_toggle(page, served_seed):
    page.goto(served_seed["url"])
    page.locator("label[for='__palette_1']").first.click()
    assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == "slate"
    screenshot(page, "home-dark-1280")
    page.goto(served_seed["url"] + PAGES["article"])  # the choice is kept (assets/palette.js)
    assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == "slate"
    assert page.locator("label[for='__palette_0']").first.is_visible()
    assert not page.errors, page.errors


def test_not_found_page_is_vietnamese(page, served_seed):
    page.goto(served_seed["url"] + "404.html")
    assert "Không tìm thấy trang" in page.locator("h1").inner_text()


def test_feed_is_linked_from_the_head(page, served_seed):
    page.goto(served_seed["url"])
    href = page.locator("link[type='application/atom+xml']").get_attribute("href")
    assert page.request.get(served_seed["url"] + href).ok


def test_why_disclosure_shows_the_quote_with_and_without_javascript(page, browser, served_seed):
    """Each stated value opens onto the words of the article that support it; a native
    <details>, so it works by keyboard and with scripts off."""
    url = served_seed["url"] + PAGES["article"]
    page.goto(url)
    why = page.locator(".bv-meta details.bv-why").first
    assert why.count() == 1
    quote = why.locator("q")
    assert not quote.is_visible()
    why.locator("summary").click()
    assert quote.is_visible()
    assert quote.inner_text().strip()
    # keyboard: focus the next summary and press Enter
    second = page.locator(".bv-meta details.bv-why").nth(1)
    second.locator("summary").focus()
    page.keyboard.press("Enter")
    assert second.locator("q").is_visible()
    assert not page.errors, page.errors
    context = browser.new_context(java_script_enabled=False, viewport={"width": 375, "height": 800})
    try:
        tab = context.new_page()
        tab.goto(url)
        plain = tab.locator(".bv-meta details.bv-why").first
        plain.locator("summary").click()
        assert plain.locator("q").is_visible()
        screenshot(tab, "article-why-nojs-375")
    finally:
        context.close()


def test_citation_copies_with_javascript_and_is_selectable_text_without(browser, served_seed):
    url = served_seed["url"] + PAGES["article"]
    allowed = browser.new_context()
    allowed.grant_permissions(["clipboard-read", "clipboard-write"], origin=served_seed["base"])
    page = allowed.new_page()
    page.goto(url)
    button = page.locator(".bv-cite .bv-copy")
    assert button.is_visible()
    button.click()
    page.wait_for_function("document.querySelector('.bv-cite .bv-copy').textContent === 'Đã sao chép'")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == page.locator(".bv-cite-text").inner_text().strip()
    assert "truy cập ngày" in copied and "Bản lưu: https://example.org/repo/bai-viet/" in copied
    allowed.close()
    context = browser.new_context(java_script_enabled=False)
    try:
        tab = context.new_page()
        tab.goto(url)
        assert not tab.locator(".bv-cite .bv-copy").is_visible()
        assert tab.locator(".bv-cite-text").is_visible()
        assert tab.locator(".bv-cite a[download$='.bib']").count() == 1
    finally:
        context.close()


def test_article_prints_as_metadata_text_and_citation(page, served_seed):
    page.goto(served_seed["url"] + PAGES["article"])
    assert page.locator(".bv-related").first.is_visible()
    page.emulate_media(media="print")
    for hidden in (".md-header", ".md-tabs", ".md-sidebar--primary", ".md-footer", ".bv-related", ".bv-cite-tools",
                   "details.bv-why"):
        assert all(not element.is_visible() for element in page.locator(hidden).all()), hidden
    for shown in (".bv-meta", ".bv-text", ".bv-cite-text"):
        assert page.locator(shown).is_visible(), shown
    assert "Bản lưu: https://example.org/repo/bai-viet/" in page.locator(".bv-cite-text").inner_text()
    width = page.evaluate("document.querySelector('.bv-text').getBoundingClientRect().width")
    assert width > 0.8 * page.viewport_size["width"], width  # the text takes the page, no empty sidebars
    pdf = page.pdf(format="A4")
    pages = pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages")
    assert 1 <= pages <= 4, pages  # about 1,000 words: no blank pages
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "article-print.pdf").write_bytes(pdf)
    screenshot(page, "article-print-1280")


def test_a_figure_leads_to_its_sentence_highlighted_with_and_without_javascript(browser, served_seed):
    """The article's "Số liệu" table: clicking a value scrolls to its sentence, which is marked; plain
    links and CSS, so it works with scripts off, at phone width too."""
    for scripts in (True, False):
        context = browser.new_context(java_script_enabled=scripts, viewport={"width": 375, "height": 800})
        try:
            tab = context.new_page()
            tab.goto(served_seed["url"] + PAGES["article"])
            link = tab.locator(".bv-figures td a[href^='#so-lieu-']").first
            value = link.inner_text()
            target = link.get_attribute("href")[1:]
            link.click()
            sentence = tab.locator(f"[id='{target}']")
            assert value in sentence.inner_text()
            assert tab.evaluate("location.hash") == "#" + target
            colour = sentence.evaluate("e => getComputedStyle(e).backgroundColor")
            assert colour not in ("rgba(0, 0, 0, 0)", "transparent"), colour
            box = sentence.bounding_box()
            assert box and 0 <= box["y"] < 800  # scrolled into view
            if not scripts:
                screenshot(tab, "article-figure-target-375")
        finally:
            context.close()
