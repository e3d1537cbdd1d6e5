"""MkDocs hook: page titles come from article text, so they are escaped before templates see them.

Material's templates print ``page.meta.title`` and ``page.title`` without
escaping (``<title>{{ page.meta.title }}</title>``); a headline containing
``</title><script>`` would otherwise become markup.
"""
from html import escape


def on_page_markdown(markdown, page, config, files):
    if isinstance(page.meta.get("title"), str):
        page.meta["title"] = escape(page.meta["title"], quote=True)
    return markdown

