"""The page writer: the only package that knows docs/ paths, front matter and Markdown.

``markup`` escapes and links, ``article`` renders an article's page, ``lists`` the index pages;
``write_pages`` writes them all through the ``Writer``. Every piece of article text is escaped so
that it shows as text (see ``markup``).
"""
from __future__ import annotations

import datetime as dt

from ..indexes import Corpus, provinces_for_pages
from ..model import EVENTS
from ..paths import COVERAGE_PAGE, GENERATED_DIRS, LEADERS_PAGE, page
from ..writer import Writer
from .article import _fingerprint, render_article
from .figures import FIGURE_DIR, indicator_path, render_figures_index, render_indicator
from .coverage import render_coverage
from .leaders import render_leaders
from .lists import render_data_page, render_event, render_event_index, render_home, render_year, render_year_index
from .people import render_person, render_person_index
from .provinces import render_province, render_province_index
from .markup import (DATA_PAGE, EVENT_DIR, HOME_PAGE, PERSON_DIR, PROVINCE_DIR, YEAR_DIR, _fast_scalar, _href,  # noqa: F401
                     _yaml, article_path, event_path, front_matter, md_escape, province_path, use_hand_written, year_path)


def write_pages(corpus: Corpus, writer: Writer, review: list[dict], site_url: str, accessed: dt.date,
                progress=None) -> None:
    """Write every generated Markdown page through ``writer``; an article page whose inputs did not change is kept."""
    use_hand_written(writer.hand_written_twins(GENERATED_DIRS))
    for article in corpus.articles:
        path, fingerprint = article_path(article), _fingerprint(article, corpus, site_url, accessed)
        if not writer.unchanged(path, fingerprint):
            writer.write(path, render_article(article, corpus, site_url, accessed), fingerprint)
        if progress:
            progress()
    for province in provinces_for_pages():
        writer.write(province_path(province), render_province(province, corpus))
    writer.write(f"{PROVINCE_DIR}/index.md", render_province_index(corpus))
    for year in sorted(set(corpus.by_year) | set(corpus.reviews_of_year)):
        writer.write(year_path(year), render_year(year, corpus))
    writer.write(f"{YEAR_DIR}/index.md", render_year_index(corpus))
    for slug in corpus.by_person:
        writer.write(page(PERSON_DIR, slug), render_person(slug, corpus))
    writer.write(f"{PERSON_DIR}/index.md", render_person_index(corpus))
    for event in EVENTS:
        writer.write(event_path(event), render_event(event, corpus))
    writer.write(f"{EVENT_DIR}/index.md", render_event_index(corpus))
    for key in corpus.by_indicator:
        writer.write(indicator_path(key), render_indicator(key, corpus))
    writer.write(f"{FIGURE_DIR}/index.md", render_figures_index(corpus))
    writer.write(COVERAGE_PAGE, render_coverage(corpus))
    writer.write(LEADERS_PAGE, render_leaders(corpus))
    writer.write(HOME_PAGE, render_home(corpus))
    writer.write(DATA_PAGE, render_data_page(corpus, review, accessed))
