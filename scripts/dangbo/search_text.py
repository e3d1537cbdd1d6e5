"""How search reads text, written once (issue 13): ``search.py`` indexes with it, and ``meta.json``
carries it (``contract``) to ``assets/search.js``, which builds its patterns and tables from that
instead of keeping copies of its own.

A text is read as clauses of words: lower case, marks kept in the metadata tone convention
(``normalize.exact_key``), the i/y spellings written one way (``normalize.spelling_key``). No phrase
spans a clause break. Abbreviations and their full forms are one word: wherever one of the ways of
writing ``Thành phố Hồ Chí Minh`` stands (TPHCM, TP.HCM, TP HCM…), the index gets the term
``~tphcm`` beside the words written there, and pairs of it with its neighbours; a query that
contains one of those ways asks for ``~tphcm``. The words inside keep their own meaning: "Hồ Chí
Minh" alone does not find "TP.HCM".
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .normalize import I_FOR_Y, I_FOR_Y_ONSETS, WORD_CHARS, fold, normalize_tone, spelling_key

CONTRACT_VERSION = 2

# What breaks a phrase between two words: clause punctuation followed by a space, or a new line; not the
# period of "TP. Hồ Chí Minh" (a "tp" that starts a word). Written in the syntax Python and JavaScript
# share (search.js compiles it). Each branch starts with the character it needs: a pattern that opened
# with look-behinds was tried at every position of the text (4× slower, measured; same splits).
CLAUSE_BREAK_SOURCE = (r"[,;:!?…]\s|\n|\.(?<![^0-9A-Za-z\u00c0-\u024f\u1e00-\u1eff][tT][pP]\.)(?<!^[tT][pP]\.)\s")
CLAUSE_BREAK = re.compile(CLAUSE_BREAK_SOURCE)

# The ways the papers write one thing; the key is the index term's name (``~`` + key). Only these: a
# reader who types "an ninh trật tự" wants those words, and the measured queries count them so.
ABBREVIATIONS = {
    "tphcm": ("TPHCM", "TP.HCM", "TP HCM", "TP Hồ Chí Minh", "Thành phố Hồ Chí Minh"),
    "tp": ("TP", "Thành phố"),
    "catp": ("CATP", "Công an thành phố", "Công an TP"),
    "cat": ("CAT", "Công an tỉnh"),
    "ubnd": ("UBND", "Ủy ban nhân dân"),
    "hdnd": ("HĐND", "Hội đồng nhân dân"),
    "bch": ("BCH", "Ban Chấp hành"),
}
# Abbreviations that are also a word once folded ("cát"): one only when written in capitals.
CAPITALS_ONLY = frozenset({"CAT"})
# The key hash (FNV-1a, 32 bit), Python's shard_of and search.js's shardOf alike
FNV_OFFSET, FNV_PRIME = 0x811C9DC5, 0x01000193
TERM_MARK = "~"  # starts an abbreviation's term; no word does (words are letters and digits)
APPROXIMATE = "~"  # ends the form of an abbreviation written with other marks ("Cong an tinh")


@dataclass(frozen=True)
class Variant:
    """One way of writing an abbreviation's thing: its words folded and exact, and whether only capitals count."""

    term: str
    folded: tuple[str, ...]
    exact: tuple[str, ...]
    capitals: bool


def exact_words(text: str) -> list[str]:
    """The exact words of ``text`` (lower case, tone convention, i/y spelled with i), clause breaks ignored."""
    return WORD_CHARS.findall(spelling_key(normalize_tone(text).lower()))


def _variants() -> dict[str, list[Variant]]:
    by_first: dict[str, list[Variant]] = {}
    for key, ways in ABBREVIATIONS.items():
        for way in ways:
            exact = tuple(exact_words(way))
            variant = Variant(TERM_MARK + key, tuple(map(fold, exact)), exact, way in CAPITALS_ONLY)
            by_first.setdefault(variant.folded[0], []).append(variant)
    return by_first


VARIANTS = _variants()
# The exact first words of the capitals-only abbreviations: a clause with one of them is read with its case.
CAPITALS_FIRST = frozenset(v.exact[0] for variants in VARIANTS.values() for v in variants if v.capitals)


def shard_of(key: str, shards: int) -> int:
    """FNV-1a (32 bit) of the key's UTF-8, modulo the shard count; search.js does the same (``contract``)."""
    value = FNV_OFFSET
    for byte in key.encode("utf-8"):
        value = ((value ^ byte) * FNV_PRIME) & 0xFFFFFFFF
    return value % shards


@functools.lru_cache(maxsize=200_000)
def fold_word(word: str) -> str:
    """A word's index key: folded; an abbreviation's term without its approximate mark."""
    return word.rstrip(APPROXIMATE) if word.startswith(TERM_MARK) else fold(word)


# Words seen, by whether an abbreviation's way of writing may start with them: a text's words are
# sorted by set operations, and only words never seen before are folded and looked up.
_STARTS: set[str] = set()
_NOT_STARTS: set[str] = set()
_SEEN_LIMIT = 500_000  # words remembered at most (a hostile text of made-up words)


def abbreviation_starts(words) -> set[str]:
    """Those of ``words`` that one of the ways of writing an abbreviation's thing may start with:
    a clause with none of them has no ``occurrences``."""
    words = set(words)
    for word in words.difference(_STARTS, _NOT_STARTS):
        (_STARTS if fold_word(word) in VARIANTS else _NOT_STARTS).add(word)
    if len(_NOT_STARTS) > _SEEN_LIMIT:
        _NOT_STARTS.clear()
    return words & _STARTS


def clauses(text: str):
    """Per clause of ``text``: its exact words, and the words as written (case kept) when an
    abbreviation that counts only in capitals may be among them, else None."""
    toned = normalize_tone(text)
    lowered = spelling_key(toned.lower())
    parts = CLAUSE_BREAK.split(lowered)
    cased = None
    for index, part in enumerate(parts):
        words = WORD_CHARS.findall(part)
        if not words:
            continue
        written = None
        if not CAPITALS_FIRST.isdisjoint(words):
            if cased is None:
                cased = CLAUSE_BREAK.split(toned) if len(toned) == len(lowered) else []
            if len(cased) == len(parts):
                written = WORD_CHARS.findall(cased[index])
                written = written if len(written) == len(words) else None
        yield words, written


def occurrences(words: list[str], written: list[str] | None = None, starters: set[str] | None = None) -> list[tuple[int, int, str]]:
    """(start, end, form) of every abbreviation or full form among ``words`` (exact words of one clause);
    the form is the term, ending in ``~`` when the words have other marks than the table's. ``starters``:
    ``abbreviation_starts`` of the words, when the caller has it."""
    if starters is None:
        starters = abbreviation_starts(words)
    found: dict[tuple[int, int, str], str] = {}
    for start, word in enumerate(words):
        if word not in starters:
            continue
        for variant in VARIANTS[fold_word(word)]:
            end = start + len(variant.folded)
            if end > len(words) or tuple(map(fold_word, words[start + 1:end])) != variant.folded[1:]:
                continue
            if variant.capitals and not (written and all(w.isupper() for w in written[start:end])):
                continue
            exact = tuple(words[start:end]) == variant.exact
            place = (start, end, variant.term)
            if exact or place not in found:
                found[place] = variant.term + ("" if exact else APPROXIMATE)
    return [(start, end, form) for (start, end, _), form in sorted(found.items())]


def lattice_terms(words: list[str], found: list[tuple[int, int, str]]) -> list[str]:
    """The terms an abbreviation adds to a clause: itself, and pairs with the word or abbreviation on
    each side (so that "Công an TPHCM" is a phrase of "công an" and ``~tphcm``)."""
    terms = []
    ends_at: dict[int, list[str]] = {}
    for start, end, form in found:
        ends_at.setdefault(end, []).append(form)
    for start, end, form in found:
        terms.append(form)
        if start > 0:
            terms.append(f"{words[start - 1]} {form}")
        terms += [f"{left} {form}" for left in ends_at.get(start, ())]
        if end < len(words):
            terms.append(f"{form} {words[end]}")
    return terms


def tokens(text: str) -> list[tuple[str, str, bool]]:
    """(folded, exact, joined) words: ``Đường`` → (duong, đường, …); ``joined`` is False after a clause break."""
    out = []
    for words, _ in clauses(text):
        out.extend((fold_word(word), word, index > 0) for index, word in enumerate(words))
    return out


def contract(weights: dict) -> dict:
    """What assets/search.js needs to read text and the index as this module does."""
    return {
        "version": CONTRACT_VERSION,
        "clause_break": CLAUSE_BREAK_SOURCE,
        "fold": {"replace": {"đ": "d", "Đ": "D"}, "then": "NFD, combining marks removed, lower case"},
        "i_for_y": {"onsets": list(I_FOR_Y_ONSETS), "letters": I_FOR_Y},
        "abbreviations": [[v.term, list(v.folded), list(v.exact), v.capitals]
                          for first in sorted(VARIANTS) for v in VARIANTS[first]],
        "term_mark": TERM_MARK, "approximate": APPROXIMATE,
        "hash": {"name": "FNV-1a 32 bit of the key's UTF-8, modulo the shard count", "offset": FNV_OFFSET, "prime": FNV_PRIME},
        "weights": weights,
    }
