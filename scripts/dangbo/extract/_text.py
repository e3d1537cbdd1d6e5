"""How extractors see a body: paragraphs, photo captions and sentences."""
from __future__ import annotations

import functools
import re

# A paragraph that does not end like a sentence and is short is a photo caption
# or a subheading ("Thiếu tướng Huỳnh Việt Hoà, Giám đốc Công an TP Cần Thơ").
CAPTION_MAX = 220
SENTENCE_END = re.compile(r"[.!?…:;]['\"”’)]*(?:/\.)?$")
# Sentence boundary: ". " before a capital letter or an opening quote.
# "TP. Cần Thơ", "PGS.TS. Nguyễn…" are abbreviations, not sentence ends.
SENTENCE_SPLIT = re.compile(
    r"(?<=[.!?…;])(?<!TP\.)(?<!Tp\.)(?<!TS\.)(?<!GS\.)(?<!ThS\.)(?<!\bT\.)(?<=\S)['\"”’]?\s+"
)


def paragraphs(body: str) -> list[str]:
    """The body's paragraphs (blank-line or line separated), stripped."""
    return [p.strip() for p in re.split(r"\n+", body) if p.strip()]


def is_caption(paragraph: str) -> bool:
    """True for a short line that is not a sentence: a photo caption or subheading."""
    return len(paragraph) <= CAPTION_MAX and not SENTENCE_END.search(paragraph)


@functools.lru_cache(maxsize=4)  # the date, event and speaker extractors read the same body
def text_paragraphs(body: str) -> tuple[str, ...]:
    """Paragraphs that are running text, captions and subheadings left out."""
    return tuple(p for p in paragraphs(body) if not is_caption(p))


@functools.lru_cache(maxsize=256)
def sentences(paragraph: str) -> tuple[str, ...]:
    """Split a paragraph into sentences (abbreviations like "TP.Cần Thơ" stay whole)."""
    pieces = [s.strip() for s in SENTENCE_SPLIT.split(paragraph) if s.strip()]
    merged: list[str] = []
    for piece in pieces:
        starts_lower = piece.lstrip("\"“'‘(")[:1].islower()
        if merged and starts_lower:  # "…đạt 80%. trong đó" is one sentence
            merged[-1] = f"{merged[-1]} {piece}"
        else:
            merged.append(piece)
    return tuple(merged)
