"""Read one input file: decode it safely, then split the header lines off the body.

``read_article(path)`` returns ``(body, header)`` like Pelican's readers: the
body is the article's own text (normalised, boilerplate removed) and the header
holds what the scraper put around it: the ` date` line, a section label, the
headline, publication timestamps and a "Nguồn:" line. A page saved from a browser
is read by webpage.py: its text, and its own metadata as the header.
"""
from __future__ import annotations

import codecs
import dataclasses
import itertools
import re
from dataclasses import dataclass, field
from pathlib import Path

import charset_normalizer
import ftfy

from .errors import ArticleError
from .normalize import normalize_text, split_boilerplate
from .webpage import is_page, read_page

MAX_BYTES = 5 * 1024 * 1024  # the longest real article is ~60 KB; 5 MB is not an article
MIN_LETTERS = 80

# File signatures of things that are not text: "an image saved as .txt".
BINARY_SIGNATURES = (
    (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"), (b"PK\x03\x04", "a ZIP/Office archive"),
    (b"RIFF", "a RIFF media file"), (b"\x7fELF", "an executable"), (b"\x1f\x8b", "a gzip archive"),
)
# Common Vietnamese words, to tell a right decoding from a wrong one.
# What UTF-8 read as Windows-1252 leaves behind ("CÃ´ng", "tá»‰nh", "â€œ"): only then is ftfy
# asked to repair the text (it is slow, and looks up codecs by import on every call).
MOJIBAKE_HINT = re.compile(
    "[ÃÂÄÅÆ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014"
    "\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]|á[º»¼½¾]|â€"
)
VIETNAMESE_WORDS = re.compile(
    r"\b(?:của|và|các|được|công|trong|những|người|năm|đồng|với|cho|tại|hội|đại|tỉnh|nghị|chức|thành|phố|"
    r"nhân|dân|lực|lượng|đảng|bộ|lần|thứ|kỳ|biểu|phát|chỉ|đạo)\b"
)

# " date 2023-06 Ngày 29-6, …": the scraper's month or day, sometimes glued to the text.
DATE_LINE = re.compile(r"^date\s+(\d{4}-\d{2}(?:-\d{2})?)\b\s*")
# "• Xây dựng Đảng": a section label.
SECTION_LINE = re.compile(r"^[•·▪►»]\s*(?!Nguồn)(\S.{0,60})$")
# "• Nguồn: Báo Sóc Trăng", "Nguồn: Báo Cần Thơ".
SOURCE_LINE = re.compile(r"^[•·▪]?\s*Nguồn\s*:\s*(.{2,80})$")
# "18/07/2025 17:24", "20/09/2023 04:20 GMT +7", "Thứ Tư, 20/09/2023 | 04:20",
# "Chủ nhật, 12/8/2025, 10:05 (GMT+7)", "Cập nhật: 14:30 12/08/2025".
_DAY_NAME = r"(?:(?:Thứ\s+(?:Hai|Ba|Tư|Năm|Sáu|Bảy|hai|ba|tư|năm|sáu|bảy|\d)|Chủ\s+[Nn]hật)\s*,?\s*)"
_CLOCK = r"\d{1,2}[:h]\d{2}(?::\d{2})?"
_DMY = r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})"
_GMT = r"(?:\s*\(?\s*GMT\s*[+-]?\s*\d{1,2}(?::\d{2})?\s*\)?)"
# "Cập nhật lúc19:55, Thứ Hai, 16/03/2020 (GMT+7)": the clock may come before the day's name.
TIMESTAMP = re.compile(
    rf"(?:(?:Cập nhật|Đăng|Ngày đăng|Đăng lúc|Thời gian)(?:\s*lúc)?\s*:?\s*)?(?:{_CLOCK}\s*[|,-]?\s*(?={_DAY_NAME}))?{_DAY_NAME}?"
    rf"(?:{_CLOCK}\s*[|,-]?\s*)?{_DMY}(?:\s*[|,-]?\s*{_CLOCK})?{_GMT}?"
)
TIMESTAMP_LINE = re.compile(rf"^(?:[•·▪]\s*)?{TIMESTAMP.pattern}\s*$")
# A headline with its timestamp glued on: "Công an TP Cần Thơ: … mô hình mới 18/07/2025 17:24".
GLUED_TIMESTAMP = re.compile(rf"^(.{{15,}}?)\s+{TIMESTAMP.pattern}\s*$")
# A line that ends like a sentence is body text, not a headline.
SENTENCE_END = re.compile(r"[.!?…;]['\"”’)]*(?:/\.)?$")
HEADER_SCAN_LINES = 12
HEADLINE_MAX = 300
HEADLINE_MIN_WORDS = 6


@dataclass(frozen=True)
class Header:
    """What surrounds the article: scraper's date line, headline, timestamps, labels."""

    date_line: str | None = None
    headline: str | None = None
    timestamp: str | None = None  # first publication timestamp, as YYYY-MM-DD
    section: str | None = None
    source: str | None = None
    boilerplate: str = ""
    source_url: str | None = None  # a saved web page's own address (its canonical link)
    origin: str = "text"  # "page": a saved web page, whose metadata came from its head (webpage.py)
    date_line_text: str | None = None  # the date line as written ("date 2023-06"), for evidence
    timestamp_text: str | None = None  # the timestamp as written ("Thứ Tư, 20/09/2023 | 04:20")
    # The file's decoded text before normalisation: evidence quotes are copied from it, verbatim.
    raw: str = field(default="", compare=False, repr=False)


def read_article(path: Path) -> tuple[str, Header]:
    """Decode ``path`` and return its body and header; raise ``ArticleError`` if unusable.

    A saved web page (webpage.py) gives its article text and its own metadata instead."""
    raw = decode_file(path)
    if is_page(path.name, raw):
        return _read_web_page(path.name, raw)
    body, header = split_header(normalize_text(raw))
    body, boilerplate = split_boilerplate(body)
    _check_letters(path.name, body, "after the header")
    return body, dataclasses.replace(header, boilerplate=boilerplate, raw=raw)


def _check_letters(name: str, body: str, where: str, what: str = "no article text") -> None:
    if sum(1 for _ in itertools.islice(filter(str.isalpha, body), MIN_LETTERS)) < MIN_LETTERS:
        raise ArticleError(name, f"{what} (fewer than {MIN_LETTERS} letters {where})")


def _read_web_page(name: str, document: str) -> tuple[str, Header]:
    meta, text = read_page(name, document)
    body, boilerplate = split_boilerplate(normalize_text(text))
    _check_letters(name, body, "in its article text", "is an HTML page with no article text")
    raw = "\n".join(meta.lines) + "\n\n" + text  # what evidence quotes: the metadata used, then the text
    return body, Header(headline=meta.headline, timestamp=meta.published, timestamp_text=meta.published_text,
                        source=meta.source, source_url=meta.source_url, origin="page", boilerplate=boilerplate, raw=raw)


def decode_file(path: Path) -> str:
    """The file's text, decoded and repaired; ``ArticleError`` says why when it cannot be."""
    name = path.name
    try:
        if not path.is_file():
            raise ArticleError(name, "is not a regular file (a folder, device or pipe)")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ArticleError(name, f"too large to be an article ({size / 1048576:.1f} MB; the limit is {MAX_BYTES // 1048576} MB)")
        data = path.read_bytes()
    except OSError as error:
        raise ArticleError(name, f"cannot be read ({error.strerror or error})") from None
    if not data.strip():
        raise ArticleError(name, "is empty" if not data else "contains only whitespace")
    for signature, kind in BINARY_SIGNATURES:
        if data.startswith(signature):
            raise ArticleError(name, f"is {kind}, not text")
    text = decode_bytes(name, data)
    if not text.strip():
        raise ArticleError(name, "contains only whitespace")
    return text


def decode_bytes(name: str, data: bytes) -> str:
    """Text of a file's bytes: BOMs, UTF-8 (mojibake repaired), else a legacy Vietnamese encoding."""
    for bom, encoding in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                          (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return _repair(data.decode(encoding))
            except UnicodeDecodeError:
                raise ArticleError(name, f"starts with a {encoding.upper()} byte-order mark but is not valid {encoding.upper()}") from None
    if b"\x00" in data:
        raise ArticleError(name, "is binary (contains NUL bytes), not text")
    try:
        # Mis-decoded UTF-8 saved again as UTF-8 ("CÃ´ng an") is repaired here.
        return _repair(data.decode("utf-8"))
    except UnicodeDecodeError:
        return _decode_legacy(name, data)


def _repair(text: str) -> str:
    return ftfy.fix_encoding(text) if MOJIBAKE_HINT.search(text) else text


def _decode_legacy(name: str, data: bytes) -> str:
    """Windows-1258 and other legacy encodings: take the decoding that reads as Vietnamese."""
    candidates = []
    for encoding in ("cp1258", "cp1252", "latin-1"):
        try:
            candidates.append(data.decode(encoding))
        except UnicodeDecodeError:
            continue
    best = charset_normalizer.from_bytes(data).best()
    if best is not None:
        candidates.append(str(best))
    scored = sorted(((len(VIETNAMESE_WORDS.findall(normalize_text(c).lower())), i, c)
                     for i, c in enumerate(candidates)), key=lambda t: (-t[0], t[1]))
    if not scored or scored[0][0] < 3:
        raise ArticleError(name, "is not UTF-8 and no legacy Vietnamese encoding (Windows-1258, VISCII…) reads it; re-save it as UTF-8")
    return scored[0][2]


def split_header(text: str) -> tuple[str, Header]:
    """Split the leading date line, section label, headline and timestamps off ``text``."""
    lines = text.split("\n")
    fields: dict[str, str | None] = {}
    match = DATE_LINE.match(lines[0]) if lines else None
    if match:
        fields["date_line"] = match.group(1)
        fields["date_line_text"] = match.group(0).strip()
        lines[0] = lines[0][match.end():]
    headline: list[str] = []
    headline_start = 0
    confirmed = False
    index = 0
    while index < min(len(lines), HEADER_SCAN_LINES):
        line = lines[index]
        kind, value = _classify_header_line(line, fields, headline)
        if kind == "body":
            break
        if kind == "headline" and confirmed:
            break  # after the headline's timestamp, a line that does not end like a sentence is the text's first
        if kind == "headline":
            headline_start = headline_start if headline else index
            headline.append(value)
        elif kind == "glued":
            headline.append(value)
            confirmed = True
        elif kind == "timestamp":
            confirmed = True
        index += 1
    if headline and not confirmed and (len(headline) > 1 or len(headline[0].split()) < HEADLINE_MIN_WORDS):
        index = headline_start  # an unconfirmed short line is body text, not a headline
        headline = []
    if headline:
        fields["headline"] = " ".join(headline)
    body = "\n".join(lines[index:]).strip()
    return body, Header(**fields)


def _classify_header_line(line: str, fields: dict, headline: list[str]) -> tuple[str, str | None]:
    if not line:
        return "blank", None
    if m := SOURCE_LINE.match(line):
        fields.setdefault("source", m.group(1).strip())
        return "source", None
    if m := TIMESTAMP_LINE.match(line):
        if "timestamp" not in fields:
            fields["timestamp"], fields["timestamp_text"] = _iso(m), line.strip(" •·▪")
        return "timestamp", None
    if not headline and (m := SECTION_LINE.match(line)):
        fields.setdefault("section", m.group(1).strip())
        return "section", None
    if len(headline) < 3 and len(line) <= HEADLINE_MAX:
        if m := GLUED_TIMESTAMP.match(line):
            if "timestamp" not in fields:
                fields["timestamp"], fields["timestamp_text"] = _iso(m, offset=1), line[m.end(1):].strip()
            return "glued", m.group(1).strip()
        if not SENTENCE_END.search(line):
            return "headline", line
    return "body", None


def _iso(match: re.Match, offset: int = 0) -> str | None:
    day, month, year = (int(match.group(offset + i)) for i in (1, 2, 3))
    if 1 <= month <= 12 and 1 <= day <= 31:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return None
