"""The newspaper and the original address, when the text names them."""
from __future__ import annotations

import re

from ..read import Header
from ._text import Finding, Text, analyse
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
    return find_source(analyse(body, header)).value


def find_source(text: Text) -> Finding:
    """The paper and the words that name it."""
    header, body = text.header, text.body
    if header.source and header.origin == "page":
        return Finding(header.source.strip(), header.source.strip(), "tên báo trong siêu dữ liệu của trang đã lưu")
    if header.source:
        return Finding(header.source.strip(), f"Nguồn: {header.source.strip()}", "dòng “Nguồn:” của trang")
    if paper := dateline_paper(body):
        return Finding(paper[1], paper[2], "mã của báo ở đầu bài")
    if match := PAPER_CREDIT.search(body[-400:]):
        return Finding(match.group(1).strip(), match.group(0).strip(), "dòng ghi nguồn cuối bài")
    if match := PAPER_IN_IMPRINT.search(header.boilerplate):
        return Finding(match.group(1).strip(), match.group(1).strip(), "tên báo ở chân trang")
    return Finding(None)


def extract_source_url(body: str, header: Header) -> str | None:
    """An article address on a credit line of the scraped page (header, last lines, imprint), else None."""
    if header.source_url:  # a saved page's canonical link
        return header.source_url
    for text in (header.source or "", body[-400:], header.boilerplate):
        if match := ARTICLE_URL.search(text):
            return match.group(1).rstrip(".,;")
    return None
