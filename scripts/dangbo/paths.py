"""The site's URL scheme, written once: the folders of the generated pages and data files.

The page writer, the search index, the site step, the MkDocs hook and the JavaScript read their
paths from here (the JavaScript from ``data/paths.js``, which the build writes from ``js_config``).
Every path is relative to the site root (and to ``docs/``), with no leading slash.
"""
from __future__ import annotations

import functools
import json

ARTICLE_DIR = "bai-viet"      # one page per article: bai-viet/<slug>/
PROVINCE_DIR = "tinh"         # one page per province
YEAR_DIR = "nam"              # one page per year
PERSON_DIR = "nhan-vat"       # one page per person
EVENT_DIR = "su-kien"         # one page per kind of event
FIGURE_DIR = "so-lieu"        # the figures, one page per indicator
SEARCH_PAGE = "tim-kiem/"     # the search page (hand-written), which reads its state from the URL
GENERATED_DIRS = (ARTICLE_DIR, PROVINCE_DIR, YEAR_DIR, PERSON_DIR, EVENT_DIR, FIGURE_DIR)  # pages: <dir>/<slug>/index.md
DATA_PAGE = "du-lieu/index.md"
COVERAGE_PAGE = "bao-phu/index.md"   # articles by province and year (issue 15)
LEADERS_PAGE = "lanh-dao/index.md"   # secretaries, committees and delegates by term (issue 15)
HOME_PAGE = "index.md"
DATA_DIR = "data"             # the dataset and the search index
SEARCH_DIR = f"{DATA_DIR}/search/"
SEARCH_META = f"{SEARCH_DIR}meta.json"
SEARCH_FACETS = f"{SEARCH_DIR}facets.bin"
SEARCH_SHARDS = f"{SEARCH_DIR}s/"   # s/<n>.json: the terms whose hash falls in shard n
SEARCH_DOCS = f"{SEARCH_DIR}d/"     # d/<id>.json: what one result shows
JS_CONFIG = f"{DATA_DIR}/paths.js"  # this module's paths for the site's scripts



def page(folder: str, slug: str) -> str:
    """The docs/ file of a generated page: ``bai-viet/<slug>/index.md``, whose address is ``bai-viet/<slug>/``.

    Every generated page is an ``index.md`` in a folder of its own, so that its folder in docs/ is
    its folder in the site: a relative link in a block of HTML then means the same to a renderer that
    resolves it from the page's address (MkDocs) and to one that resolves it from the source file
    and rewrites it (Zensical rewrites ``../x/`` in ``bai-viet/a.md`` to ``../../x/``).
    """
    return f"{folder}/{slug}/index.md"


@functools.lru_cache(maxsize=None)
def page_address(path: str) -> str:
    """The address (use_directory_urls, no trailing slash) of a docs/ Markdown file:
    ``tinh/can-tho/index.md`` and ``tinh/can-tho.md`` → ``tinh/can-tho``; ``index.md`` → ``""``."""
    stem = path[: -len(".md")]
    if stem == "index" or stem.endswith("/index"):
        stem = stem[: -len("index")]
    return stem.rstrip("/")


def output_of(path: str) -> str:
    """The site file a docs/ file becomes: a page's ``<address>/index.html``, any other file itself."""
    if not path.endswith(".md"):
        return path
    address = page_address(path)
    return f"{address}/index.html" if address else "index.html"


# Marks around a block of HTML that the page writer built (every text in it escaped). Any
# renderer passes the block through; MkDocs' hook (scripts/mkdocs_hooks.py) swaps it for a
# placeholder while Markdown runs, and fails the build when one does not come back.
RAW_START, RAW_END = "<!-- bv:html -->", "<!-- /bv:html -->"


def js_config() -> str:
    """``data/paths.js``: the paths the site's scripts use, as one global object."""
    values = {"searchPage": SEARCH_PAGE, "searchMeta": SEARCH_META, "searchFacets": SEARCH_FACETS,
              "searchShards": SEARCH_SHARDS, "searchDocs": SEARCH_DOCS}
    return f"window.bvPaths = {json.dumps(values, sort_keys=True)};\n"
