"""The article page: metadata panel with the evidence of each answer, the text, the citation, related articles."""
from __future__ import annotations

import base64
import datetime as dt
import functools
import hashlib
import html
import json

from ..extract._text import is_note, paragraphs
from ..indexes import UNKNOWN_PROVINCE, Corpus, person_slug, related
from ..model import Article
from ..cache import PACKAGE_CODE
from ..cite import Reference, bibtex, citation_parts, csl, lead, reference, ris
from ..extract.resolve import published_evidence
from ..urls import is_web_address
from .head import head_block
from .figures import figure_table, marked, sentence_marks
from .markup import (_HAND_WRITTEN, crumbs, EVENT_LABELS, FIELD_LABELS, _a, _date, _list, _raw, article_path, event_path,
                     front_matter, md_escape, period_label, person_path, province_path)


# The title's anchor: short, since the theme writes it twice more (its skip link and contents), not a
# slug of the whole title.
TITLE_ID = "tieu-de"


def render_article(article: Article, corpus: Corpus, site_url: str, accessed: dt.date) -> str:
    """The article's page: head metadata, metadata panel, text, citation, related articles."""
    here = article_path(article)
    ref, description = reference(article, site_url, accessed), lead(article)
    lines = [front_matter(article, description, head_block(article, ref, description)),
             *crumbs(here, article.title, (province_path(article.province or UNKNOWN_PROVINCE), article.province or UNKNOWN_PROVINCE)),
             f"# {md_escape(article.title)} {{#{TITLE_ID}}}", "", *_meta_panel(article, here, corpus), ""]
    lines += figure_table(article, here)
    lines += ["## Bài viết {#bai-viet}", ""] if article.figures else []
    lines += _raw(_text_block(article))
    lines += _citation(ref)
    same_province, same_speaker = related(corpus, article)
    # Related lists carry a class of their own: a printed article leaves them out (assets/site.css).
    if same_province:
        lines += [f"## Bài khác về {md_escape(article.province or 'tỉnh chưa xác định')} {{ .bv-related }}", ""]
        lines += _list(same_province, here, "bv-related")
    if same_speaker:
        lines += [f"## Bài khác có {md_escape(article.speaker)} {{ .bv-related }}", ""]
        lines += _list(same_speaker, here, "bv-related")
    return "\n".join(lines)


def _text_block(article: Article) -> str:
    """The article's text as one block of escaped HTML paragraphs.

    A raw HTML block is passed through by Markdown untouched: the text is inert
    (everything is escaped), reads the same in any Markdown renderer, and costs
    MkDocs no inline parsing (measured: the inline patterns were a third of the
    site build). Captions and subheadings get a class of their own; a text that
    stops mid-sentence says it is an excerpt.
    """
    parts = ['<div class="bv-text">']
    if article.excerpt:
        parts.append('<p class="bv-excerpt"><strong>Trích đoạn:</strong> văn bản dừng giữa câu; '
                     "đây không phải toàn văn bài báo.</p>")
    marks = sentence_marks(article)  # the sentences the figures come from get an id, for the table's links
    for index, paragraph in enumerate(paragraphs(article.body)):
        css = ' class="bv-note"' if is_note(paragraph) else ""
        text = marked(paragraph, marks[index]) if index in marks else html.escape(paragraph, quote=False)
        parts.append(f"<p{css}>{text}</p>")
    parts.append("</div>")
    return "\n".join(parts)


def _why(article: Article, field: str) -> str:
    """A "Vì sao?" disclosure with the words of the file that decided the field and the rule; works without JavaScript."""
    item = next((e for e in published_evidence(article) if e.field == field), None)
    if item is None:
        return ""
    esc = functools.partial(html.escape, quote=False)
    quote = f"<q>{esc(item.quote)}</q> " if item.quote else ""
    doubt = f' <span class="bv-weak">Cần kiểm tra: {esc(item.weak)}.</span>' if item.weak else ""
    return (f' <details class="bv-why"><summary>Vì sao?</summary><p>{quote}<span class="bv-rule">{esc(item.rule)}</span>'
            f"{doubt}</p></details>")


def _meta_panel(article: Article, here: str, corpus: Corpus) -> list[str]:
    esc = functools.partial(html.escape, quote=False)
    rows = [("Ngày diễn ra", _date(article.date), "date")]
    province = article.province or UNKNOWN_PROVINCE
    place = _a(here, province_path(province), province)
    if article.province_now and article.province_now != article.province:
        place += f" (nay thuộc {_a(here, province_path(article.province_now), article.province_now)})"
    rows.append(("Tỉnh/thành", place, "province"))
    rows.append(("Sự kiện", _a(here, event_path(article.event), EVENT_LABELS[article.event]), "event"))
    if article.term:
        rows.append(("Nhiệm kỳ", esc(article.term.replace("-", "–")), "term"))
    if article.period:
        label = {"dai-hoi": "Nhiệm kỳ được tổng kết", "so-ket": "Kỳ được sơ kết"}.get(article.event, "Kỳ được tổng kết")
        rows.append((label, esc(period_label(article.period)), "period"))
    if article.speaker:
        rows.append(("Người chỉ đạo", _a(here, person_path(article.speaker), article.speaker), "speaker"))
    if article.speakers:
        people = [_a(here, person_path(s.name), s.name) + (f" — {esc(s.role)}" if s.role else "") for s in article.speakers]
        rows.append(("Phát biểu", "; ".join(people), None))
    if article.elected_secretary:
        name = article.elected_secretary  # a page only for people the articles report speaking
        shown = _a(here, person_path(name), name) if person_slug(name) in corpus.by_person else esc(name)
        rows.append(("Bí thư Đảng ủy (nhiệm kỳ mới)", shown, "elected_secretary"))
    if article.committee_size:
        rows.append(("Ban Chấp hành", f"{article.committee_size} đồng chí", "committee_size"))
    if article.delegates:
        rows.append(("Đại biểu dự đại hội", str(article.delegates), "delegates"))
    source = esc(article.source) if article.source else "không ghi"
    if is_web_address(article.source_url):
        source += f' · <a href="{html.escape(article.source_url, quote=True)}" rel="nofollow noopener">bài gốc</a>'
    rows.append(("Nguồn", source, "source"))
    if article.published:
        rows.append(("Ngày đăng", _date(article.published), None))
    rows.append(("Tệp nguồn", esc(article.source_file), None))
    if article.curated:
        rows.append(("Người biên tập đã sửa", ", ".join(FIELD_LABELS.get(f, f) for f in article.curated), None))
    items = "".join(f"<li><strong>{label}:</strong> {value}{_why(article, field) if field else ''}</li>"
                    for label, value, field in rows)
    return _raw(f'<div class="bv-meta"><ul>{items}</ul></div>')


# The per-article downloads are data: links built into the page: no file per article in the site.
DOWNLOADS = (("BibTeX", "bib", "application/x-bibtex", bibtex), ("RIS", "ris", "application/x-research-info-systems", ris),
             ("CSL-JSON", "csl.json", "application/vnd.citationstyles.csl+json",
              lambda ref: json.dumps([csl(ref)], ensure_ascii=False) + "\n"))


def _citation(ref: Reference) -> list[str]:
    """The citation as selectable text (a copy button appears with JavaScript), and its downloads.

    Without the site's address the page's own address is written relative; assets/cite.js
    puts the address the reader sees in its place.
    """
    esc = functools.partial(html.escape, quote=False)
    before, here, after = citation_parts(ref)
    here = esc(here) if ref.page_url.startswith(("http://", "https://")) else f'<span class="bv-here">{esc(here)}</span>'
    text = esc(before) + here + esc(after)
    links = []
    for label, extension, mime, render in DOWNLOADS:
        payload = base64.b64encode(render(ref).encode("utf-8")).decode("ascii")
        name = html.escape(f"{ref.key}.{extension}", quote=True)
        links.append(f'<a download="{name}" href="data:{mime};charset=utf-8;base64,{payload}">{label}</a>')
    block = (f'<div class="bv-cite">\n<p class="bv-cite-text">{text}</p>\n'
             f'<p class="bv-cite-tools"><button type="button" class="md-button bv-copy" hidden>Sao chép trích dẫn</button> '
             f'Tải về: {" · ".join(links)}</p>\n</div>')
    return ["## Trích dẫn", "", *_raw(block)]



def _fingerprint(article: Article, corpus: Corpus, site_url: str, accessed: dt.date) -> str:
    """A digest of everything an article's page shows: the article, its related lists, the code."""
    same_province, same_speaker = related(corpus, article)
    neighbours = [(a.slug, a.title, a.date, a.province) for a in same_province + same_speaker]
    figures = [tuple(vars(f).values()) for f in article.figures]  # plain tuples: a dataclass repr per figure was slow
    taken = sorted(_HAND_WRITTEN.items())  # a person's page that links now go to
    secretary_page = bool(article.elected_secretary) and person_slug(article.elected_secretary) in corpus.by_person
    digest = hashlib.sha1(repr((article, figures, neighbours, site_url, accessed, taken, secretary_page, PACKAGE_CODE)).encode("utf-8"))
    digest.update(article.body.encode("utf-8"))
    return digest.hexdigest()
