"""MkDocs hooks: escaped page titles, and a pass-through for the HTML that the page writer built.

1. Page titles come from article text, and Material's templates print
   ``page.meta.title`` without escaping (``<title>{{ page.meta.title }}</title>``):
   a headline containing ``</title><script>`` would otherwise become markup.
2. Generated pages carry blocks of HTML that scripts/dangbo/pages.py built with every
   text escaped, between ``<!-- bv:html -->`` and ``<!-- /bv:html -->``. Any Markdown
   renderer shows them as they are; here they skip Python-Markdown's HTML parser, which
   was most of the build's time at 10,000 pages, and are put back after conversion.
"""
import os
import re
from html import escape

RAW_BLOCK = re.compile(r"^<!-- bv:html -->\n(.*?)\n<!-- /bv:html -->$", re.M | re.S)
PLACEHOLDER = "BVHTMLBLOCK{}X"
_blocks = {}


def on_page_markdown(markdown, page, config, files):
    if isinstance(page.meta.get("title"), str):
        page.meta["title"] = escape(page.meta["title"], quote=True)
    stored = _blocks[page.file.src_uri] = []

    def stash(match):
        stored.append(match.group(1))
        return PLACEHOLDER.format(len(stored) - 1)

    return RAW_BLOCK.sub(stash, markdown)


def on_page_content(html, page, config, files):
    stored = _blocks.pop(page.file.src_uri, [])
    for index, block in enumerate(stored):
        html = html.replace(f"<p>{PLACEHOLDER.format(index)}</p>", block, 1)
    return html


def on_files(files, config):
    """With BV_SHARD=k/n, build only every n-th article page (from the k-th): `python -m dangbo render`
    runs n builds side by side, one per core, and merges them. Shards after the first also skip
    static files; they keep the other pages, whose output is discarded, so that the navigation
    and every article page come out exactly as in a single build."""
    shard = os.environ.get("BV_SHARD")
    if not shard:
        return files
    index, count = (int(part) for part in shard.split("/"))
    articles = sorted((f for f in files if f.src_uri.startswith("bai-viet/") and f.is_documentation_page()),
                      key=lambda f: f.src_uri)
    for position, file in enumerate(articles):
        if position % count != index:
            files.remove(file)
    if index:
        for file in [f for f in files if not f.is_documentation_page()]:
            files.remove(file)
    return files
