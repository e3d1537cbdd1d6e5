"""Evidence quotes, copied verbatim from the input file.

An extractor decides on normalised text (NFC, invisible characters dropped, whitespace
collapsed); the reader must be able to find what it quotes in the file itself. ``locate``
turns a quote found in normalised text into the same words as the file has them (the same
characters, dashes and tone marks; only a line break becomes a space), or None when it
cannot be found, in which case no quote is published.
"""
from __future__ import annotations

import re

from .normalize import normalize_with_offsets
from .read import decode_bytes

LINE_BREAK = re.compile(r"\r\n|\r|\n")
WHITESPACE_RUN = re.compile(r"\s+")


def locate(quote: str | None, raw: str) -> str | None:
    """The file's own text for a quote found in normalised text; None when it is not there."""
    if not quote:
        return None
    if not raw:  # no file text known (a body given directly): the body is the text
        return quote
    if quote in raw:
        return quote
    # line breaks and runs of spaces where the quote has one space
    pattern = r"\s+".join(re.escape(part) for part in quote.split())
    if match := re.search(pattern, raw):
        return LINE_BREAK.sub(" ", match.group())
    shadow, spans = normalize_with_offsets(raw)
    wanted = WHITESPACE_RUN.sub(" ", quote).strip()
    position = shadow.find(wanted)
    if position < 0:
        return None
    start, end = spans[position][0], spans[position + len(wanted) - 1][1]
    return LINE_BREAK.sub(" ", raw[start:end]).strip()


def quote_in_file(quote: str | None, data: bytes) -> bool:
    """True when ``quote`` occurs in the file's text as decoded (line breaks may be spaces)."""
    if quote is None:
        return True
    text = decode_bytes("file", data)
    return quote in text or quote in LINE_BREAK.sub(" ", text)
