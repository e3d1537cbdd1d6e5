"""The newspaper and the original address, when the text names them."""
from __future__ import annotations

import re

from ..read import Header
from .province import dateline_paper

# "Báo Sóc Trăng giữ bản quyền…", "Báo Sóc Trăng Online - baosoctrang.org.vn".
PAPER_IN_IMPRINT = re.compile(r"^(Báo [A-ZĐÀ-Ỹ][^\n\-–|:]{1,40}?)(?:\s+Online|\s+điện tử|\s+giữ bản quyền|\s*[-–|:]|$)", re.MULTILINE)
# "Nguồn: Báo Sóc Trăng" / "Theo Báo Cần Thơ" at the end of the body.
PAPER_CREDIT = re.compile(r"^(?:Nguồn|Theo)\s*:?\s*((?:Báo|Tạp chí|Cổng thông tin)\s[^\n.]{2,50})\s*$", re.MULTILINE)
# The article's own address on a line of its own, or after "Nguồn:" / "Link bài gốc:":
# "Nguồn: https://baosoctrang.org.vn/xay-dung-dang/202309/bai-viet.html". A URL inside
# a sentence (or inside Markdown such as "![](http://…)") is text, not the source.
ARTICLE_URL = re.compile(
    r"^(?:(?:Nguồn|Link bài gốc|Bài gốc|Link gốc|URL)\s*:\s*)?(https?://[A-Za-z0-9.-]+\.[a-z]{2,}/[^\s<>\"'()\[\]]+)\s*$",
    re.MULTILINE | re.IGNORECASE,
)


def extract_source(body: str, header: Header) -> str | None:
    """The paper: a "Nguồn:" line, a dateline code, a credit line, the imprint; else None."""
    if header.source:
        return header.source.strip()
    if paper := dateline_paper(body):
        return paper[1]
    if match := PAPER_CREDIT.search(body[-400:]):
        return match.group(1).strip()
    if match := PAPER_IN_IMPRINT.search(header.boilerplate):
        return match.group(1).strip()
    return None


def extract_source_url(body: str, header: Header) -> str | None:
    """An article address on a credit line of the scraped page (header, last lines, imprint), else None."""
    for text in (header.source or "", body[-400:], header.boilerplate):
        if match := ARTICLE_URL.search(text):
            return match.group(1).rstrip(".,;")
    return None
