"""The site in headless Chromium, served under a subpath: navigation, accessibility, screenshots."""
from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

from .conftest import screenshot

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
    assert page.locator("h2", has_text="Chức vụ được ghi").is_visible()
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


@pytest.mark.parametrize("name", ["home", "province", "article", "search"])
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
