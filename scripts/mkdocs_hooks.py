"""MkDocs hooks: speed-ups only. The pages are correct and safe without them (Zensical runs none).

The page writer makes every page safe for any renderer: titles and descriptions in the front
matter are already HTML-escaped (Material and Zensical print them unescaped), the head metadata
travels in the front matter (``bv_head``, printed by overrides/main.html), and its HTML blocks are
whole ``<div>``/``<ul>``/``<table>`` blocks that Markdown passes through unchanged. What is left
here makes MkDocs faster; ``BV_SPEEDUPS=0`` (``make site SPEEDUPS=0``) turns all of it off, and
tests/test_build.py checks that the site is the same either way.

1. Blocks of HTML that the page writer built, between ``<!-- bv:html -->`` and
   ``<!-- /bv:html -->``, skip Python-Markdown's HTML parser (most of the build's time at 10,000
   pages) and are put back after conversion. A block that did not come back (one that landed
   inside a paragraph or a list item) fails the build: a placeholder never ships.
2. The search index (data/search/, one file per article) is hard-linked into the site after the
   build instead of copied by MkDocs: 0.13 s instead of 1.5–4 s for 10,000 files here. (The page
   writer replaces files by renaming, so a linked file never changes.)
3. The pages of the generated folders that are not in the navigation (articles, people, provinces,
   years…) share their navigation, tabs, footer and configuration script (the same links from the
   same folder, nothing active but their tab): Material's templates render them once per folder and
   tab (measured: a third of MkDocs' time per article page, more on a person's).
4. Pages are compacted as MkDocs writes them (``compact_html``), instead of by the site step
   reading and writing each page again.
5. Sharded builds (``BV_SHARD``, see on_files): `python -m dangbo render` runs one per core; and
   builds of the changed files only (``BV_ONLY``, see _only), for an incremental site step.
"""
import os
import re
import secrets
import shutil

import sys

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import InclusionLevel

if os.path.dirname(os.path.abspath(__file__)) not in sys.path:  # a plain `mkdocs build`, without PYTHONPATH
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from dangbo import paths  # noqa: E402
from dangbo.site import compact_html, speedups_on  # noqa: E402

SPEEDUPS = speedups_on()
RAW_BLOCK = re.compile(r"^(<!-- bv:html -->\n.*?\n<!-- /bv:html -->)$", re.M | re.S)
# A placeholder no page can contain by chance: a token drawn for this process (it never reaches the site).
_TOKEN = secrets.token_hex(8)
_PLACED = re.compile(rf"<p>BV{_TOKEN}N(\d+)X</p>")
_blocks = {}
_linked = []  # (source, destination) of the search files, for on_post_build


def on_page_markdown(markdown, page, config, files):
    if not SPEEDUPS:
        return markdown
    stored = _blocks[page.file.src_uri] = []

    def stash(match):
        stored.append(match.group(1))
        return f"BV{_TOKEN}N{len(stored) - 1}X"

    return RAW_BLOCK.sub(stash, markdown)


def on_page_content(html, page, config, files):
    """Every placeholder back, in one pass (what a block brings in is never searched again)."""
    stored = _blocks.pop(page.file.src_uri, [])
    if not stored:
        return html
    found = [int(m.group(1)) for m in _PLACED.finditer(html)]
    if found != list(range(len(stored))):
        raise PluginError(f"{page.file.src_uri}: a block of HTML did not come through Markdown whole "
                          "(inside a paragraph or a list item?); build with BV_SPEEDUPS=0 to see it")

    def put_back(match):  # as Markdown leaves a block of HTML: a blank line after it, unless it ends the page
        block = stored[int(match.group(1))]
        return block if match.end() == len(html) else block + "\n"

    return _PLACED.sub(put_back, html)


def on_post_page(output, page, config):
    """The page without the templates' indentation (the site step does it otherwise: see compact_html)."""
    return compact_html(output) if SPEEDUPS else output


def on_post_template(output_content, template_name, config):
    """Static templates (404.html) the same way."""
    return compact_html(output_content) if SPEEDUPS and template_name.endswith(".html") else output_content


def on_files(files, config):
    """The search files are taken out (on_post_build links them in). With BV_SHARD=k/n, build only
    the k-th of n slices of the sorted article pages (see _share): `python -m dangbo render` runs n
    builds side by side, one per core, and merges them. Shards after the first skip static files and do not build the
    other pages (which stay in the navigation, with their titles from mkdocs.yml), so that every
    article page comes out exactly as in a single build."""
    only = os.environ.get("BV_ONLY")
    if only:
        return _only(files, only)
    shard = os.environ.get("BV_SHARD")
    index, count = (int(part) for part in shard.split("/")) if shard else (0, 1)
    _take_search_files(files, link=not index)
    if count == 1:
        return files
    articles = sorted((f for f in files if f.src_uri.startswith(paths.ARTICLE_DIR + "/") and f.is_documentation_page()),
                      key=lambda f: f.src_uri)
    others = sum(1 for f in files if f.is_documentation_page()) - len(articles)
    start, stop = _share(len(articles), others, index, count)
    for file in articles[:start] + articles[stop:]:
        files.remove(file)
    if index:
        for file in [f for f in files if not f.is_documentation_page()]:
            files.remove(file)
        for file in files:
            if file.is_documentation_page() and not file.src_uri.startswith(paths.ARTICLE_DIR + "/"):
                file.inclusion = InclusionLevel.EXCLUDED  # in the navigation still, but not built
    return files


def _take_search_files(files, link: bool) -> None:
    """The search files out of MkDocs' copying (with the speed-ups on); on_post_build links them in
    when ``link`` (the first of several builds does it for all)."""
    search = [f for f in files if f.src_uri.startswith(paths.SEARCH_DIR) and f.abs_src_path] if SPEEDUPS else []
    for file in search:
        files.remove(file)
    _linked[:] = [(f.abs_src_path, f.abs_dest_path) for f in search] if link else []


def _only(files, listing):
    """BV_ONLY=<file listing docs/ paths>: build those pages and copy those files, nothing else (an
    incremental site step: dangbo/incremental.py). The other pages stay known, excluded from the
    build, so that links to them resolve as in a full build."""
    with open(listing, encoding="utf-8") as stream:
        wanted = set(stream.read().splitlines())
    for file in list(files):
        if file.src_uri in wanted:
            continue
        if file.is_documentation_page():
            file.inclusion = InclusionLevel.EXCLUDED
        else:
            files.remove(file)
    _take_search_files(files, link=True)
    return files


# The first build also builds the other pages (tables of articles) and copies the static files:
# measured at 10,000 articles, each other page costs about as much as 1.5 article pages.
OTHER_PAGE_COST = 1.5


def _share(articles, others, index, count):
    """The slice of the sorted article pages that build ``index`` of ``count`` makes: equal work for each."""
    first = max(0, round((articles + others * OTHER_PAGE_COST) / count - others * OTHER_PAGE_COST))
    first = min(first, articles)
    rest = articles - first
    bounds = [0] + [first + (rest * k) // max(1, count - 1) for k in range(count)]
    return bounds[index], bounds[index + 1]


def on_post_build(config):
    made = set()
    for source, destination in _linked:
        folder = os.path.dirname(destination)
        if folder not in made:
            os.makedirs(folder, exist_ok=True)
            made.add(folder)
        if os.path.lexists(destination):
            os.unlink(destination)  # mkdocs serve rebuilds into the same folder
        try:
            os.link(source, destination)
        except OSError:  # another file system, or links not allowed: copy
            shutil.copyfile(source, destination)


CACHED_PARTIALS = ("partials/nav.html", "partials/tabs.html", "partials/footer.html")
CACHED_BLOCKS = ("config", "scripts")  # blocks of Material's base.html


def on_env(env, config, files):
    if not SPEEDUPS:
        return env
    for name in CACHED_PARTIALS:
        template = env.get_template(name)
        template.root_render_func = _rendered_once(template.root_render_func)
    base = env.get_template("base.html")
    for name in CACHED_BLOCKS:
        base.blocks[name] = _rendered_once(base.blocks[name])
    return env


def _rendered_once(render):
    outputs = {}

    def cached(context):
        key = _shared_key(context.get("page"))
        if key is None:
            yield from render(context)
            return
        if key not in outputs:
            outputs[key] = "".join(render(context))
        yield outputs[key]
    return cached


def _shared_key(page):
    """Pages of the generated folders that are not in the navigation (articles, people, provinces…),
    with nothing hidden, render those parts alike in one folder and one tab (``bv_section``): a link
    is relative to the folder ("../" from tinh/x/ to tinh/, "../../tinh/" from bai-viet/x/)."""
    if (page is None or page.file.src_uri.split("/", 1)[0] not in paths.GENERATED_DIRS or page.previous_page
            or page.next_page or page.meta.get("hide")):
        return None
    return page.url.rstrip("/").rpartition("/")[0], page.meta.get("bv_section") or ""
