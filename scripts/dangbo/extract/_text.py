"""How extractors see an article: one analysed ``Text`` (paragraphs, captions, sentences), and ``Finding``.

``analyse(body, header)`` is built once per article by ``extract_article``; every extractor reads the
same paragraphs and sentences from it and may remember per-sentence work in it (``Text.memo``),
instead of each keeping a cache keyed by the body.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from ..read import Header

CAPTION_MAX = 220
SENTENCE_END = re.compile(r"[.!?…:;]['\"”’)]*(?:/\.)?$")
# A photo credit closing a caption: "… tại đại hội (Ảnh: T.H.).", "… Ảnh: XUÂN MAI", "… ẢNH: Đ.X".
PHOTO_CREDIT = re.compile(r"(?:^|[\s(])(?:Ảnh|ẢNH|Ảnh minh họa|Ảnh minh hoạ|Nguồn ảnh)\s*:\s*[^()]{0,60}\)?\s*\.?$")
# A line that names a photo rather than saying something: "Toàn cảnh đại hội", "Các đại biểu dự Đại hội".
PHOTO_SCENE = re.compile(r"^(?:Toàn cảnh|Quang cảnh|Các đại biểu|Đại biểu|Hình ảnh|Ảnh\s*:)")
# Sentence boundary: ". " before a capital letter or an opening quote. Not ";": a list of people
# separated by ";" after "Dự và chỉ đạo có:" is one sentence. "TP. Cần Thơ", "PGS.TS. Nguyễn…" are
# abbreviations, not sentence ends.
SENTENCE_SPLIT = re.compile(
    r"(?<=[.!?…])(?<!TP\.)(?<!Tp\.)(?<!TS\.)(?<!GS\.)(?<!ThS\.)(?<!\bT\.)(?<=\S)['\"”’]?\s+"
)
# The end of an excerpt: the last paragraph stops mid-sentence ("…tinh thần đo", "(Ả").
EXCERPT_MIN_WORDS = 8
QUOTE_MAX = 180


class Finding(NamedTuple):
    """An extractor's answer, the words of the text that decided it, the rule in Vietnamese, any doubt."""

    value: Any
    quote: str | None = None
    rule: str = ""
    weak: str | None = None


@dataclass(frozen=True, eq=False)
class Text:
    """One article as the extractors read it."""

    body: str
    header: Header
    paragraphs: tuple[str, ...]
    running: tuple[str, ...]  # paragraphs that are running text: photo captions left out
    _memo: dict = field(default_factory=dict, repr=False)

    def sentences(self, limit: int | None = None):
        """(paragraph index, sentence) of the running text, in order; the first ``limit`` paragraphs."""
        for index, paragraph in enumerate(self.running[:limit]):
            for sentence in sentences(paragraph):
                yield index, sentence

    def lead(self, paragraphs: int) -> list[str]:
        """The headline (when there is one) and the first running paragraphs: where the event is named."""
        return ([self.header.headline] if self.header.headline else []) + list(self.running[:paragraphs])

    def memo(self, key, compute):
        """``compute()`` once per key and article (names in a sentence, the first event named…)."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]


def analyse(body: str, header: Header) -> Text:
    """The paragraphs and running text of an article, computed once."""
    all_paragraphs = tuple(paragraphs(body))
    return Text(body, header, all_paragraphs, tuple(p for p in all_paragraphs if not is_caption(p)))


def paragraphs(body: str) -> list[str]:
    """The body's paragraphs (blank-line or line separated), stripped."""
    return [p for p in (line.strip() for line in body.split("\n")) if p]  # str.split: a regex split cost 50 µs


def is_caption(paragraph: str) -> bool:
    """A photo caption: a short line closed by a photo credit ("Ảnh: …"), or one that names a photo.

    A short line without a final stop is not a caption by itself: papers style body text that way
    ("Thượng tướng X phát biểu chỉ đạo tại đại hội"), and an excerpt's last line stops mid-sentence.
    """
    if len(paragraph) > CAPTION_MAX:
        return False
    return bool(PHOTO_CREDIT.search(paragraph)) or (bool(PHOTO_SCENE.match(paragraph)) and not SENTENCE_END.search(paragraph))


def is_note(paragraph: str) -> bool:
    """Shown as a note on the page: a short line that does not end like a sentence (caption, subheading)."""
    return len(paragraph) <= CAPTION_MAX and not SENTENCE_END.search(paragraph)


def is_excerpt(body: str) -> bool:
    """True when the text stops mid-sentence or mid-word: the page says it is an excerpt."""
    last = paragraphs(body)[-1:] or [""]
    text = last[0].rstrip()
    if not text or SENTENCE_END.search(text) or text.endswith(("…", "...")):
        return False
    return text.endswith("(") or re.search(r"\([^()]{0,3}$", text) is not None or len(text.split()) >= EXCERPT_MIN_WORDS


@functools.lru_cache(maxsize=512)
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


def clip(text: str, start: int = 0, end: int | None = None, limit: int = QUOTE_MAX) -> str:
    """``text[start:end]`` cut at a word boundary to at most ``limit`` characters: a short quote."""
    piece = text[start:end].strip()
    if len(piece) <= limit:
        return piece
    cut = piece.rfind(" ", 0, limit)
    return piece[: cut if cut > limit // 2 else limit].rstrip(" ,;:")
