"""Browser fixtures: the seed site served under a subpath on 127.0.0.1, and headless Chromium.

Chromium comes from Debian (``apt-get install chromium``; ``make test`` installs it
when run as root). Without it these tests are skipped, loudly, and say how to get it.
"""
from __future__ import annotations

import functools
import os
import shutil
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from conftest import build_site, make_workspace, run_build  # tests/conftest.py

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")  # GitHub's runners: /usr/bin/google-chrome
SUBPATH = "repo"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"]
ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(directory: Path):
    """Serve ``directory`` on 127.0.0.1 (a free port); returns (server, base URL)."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def pytest_collection_modifyitems(config, items):
    if os.path.exists(CHROMIUM):
        return
    message = (f"Chromium is missing ({CHROMIUM}): BROWSER TESTS SKIPPED. "
               "Install it with `sudo apt-get install chromium` (make test does this when run as root).")
    print(f"\n*** {message} ***\n")
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(pytest.mark.skip(reason=message))


@pytest.fixture(scope="session")
def served_seed(seed_site, tmp_path_factory):
    """The seed site at http://127.0.0.1:PORT/repo/ (a subpath, as on GitHub Pages)."""
    root = tmp_path_factory.mktemp("www")
    shutil.copytree(seed_site / "site", root / SUBPATH)
    server, base = serve(root)
    home = (root / SUBPATH / "index.html").read_text(encoding="utf-8")
    renderer = "zensical" if 'name="generator" content="zensical' in home else "mkdocs"  # the tag tells
    yield {"url": f"{base}/{SUBPATH}/", "site": root / SUBPATH, "base": base, "renderer": renderer}
    server.shutdown()


@pytest.fixture(scope="session")
def seed_site_without_url(tmp_path_factory) -> Path:
    """The seeds built with MkDocs and no SITE_URL (the README's first command); returns its site/."""
    work = make_workspace(tmp_path_factory.mktemp("seed-no-url"))
    result = run_build(work / "articles", work / "docs", "--strict")
    assert result.returncode == 0, result.stderr
    result = build_site(work, "")
    assert result.returncode == 0, result.stderr
    return work / "site"


@pytest.fixture(scope="session")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.skip("Chromium is missing")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture
def page(browser, served_seed):
    """A fresh page that records console errors and requests to other hosts."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.errors, tab.foreign, tab.renderer = [], [], served_seed["renderer"]
    tab.on("console", lambda m: tab.errors.append(m.text) if m.type == "error" else None)
    tab.on("pageerror", lambda e: tab.errors.append(str(e)))
    tab.on("response", lambda r: tab.errors.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    tab.on("request", lambda r: tab.foreign.append(r.url) if not r.url.startswith(served_seed["base"]) and not r.url.startswith("data:") else None)
    yield tab
    context.close()


def screenshot(tab, name: str) -> None:
    """Keep a screenshot as a test artifact (tests/artifacts/)."""
    ARTIFACTS.mkdir(exist_ok=True)
    prefix = "" if getattr(tab, "renderer", "mkdocs") == "mkdocs" else f"{tab.renderer}-"
    tab.screenshot(path=str(ARTIFACTS / f"{prefix}{name}.png"), full_page=True)
