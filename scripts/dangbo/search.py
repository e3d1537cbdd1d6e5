"""A static full-text index for Vietnamese, fetched in small pieces by the browser.

Why not Material's search or Pagefind: measured, neither folds đ→d nor ranks
a phrase above scattered syllables (see README, "Search"). This index keys
postings by *folded* syllables and syllable pairs ("can tho", "dai hoi"), so a
query of several syllables is matched as a phrase by intersecting its adjacent
pairs; every folded key also lists the exact (marked) forms it came from, so
that "Đường" ranks before "Dương" when the reader typed the marks.

Files (under data/search/):
- ``meta.json``: shard count, the lists that facet ids refer to, per-doc ids;
- ``facets.bin``: per document, little-endian u16 × 6: province, year, event,
  principal speaker, days since 1900-01-01 (0 = unknown), token count;
- ``s/<n>.json``: a shard of postings ``{key: [forms, postings…]}``;
- ``d/<id>.json``: what a result shows (title, url, date, province, text).

``assets/search.js`` mirrors ``fold``, ``shard_of`` and the tokenizer; the
browser tests check that both sides agree.
"""
from __future__ import annotations

import datetime as dt
import functools
import json
import math
import multiprocessing
import re
import struct
from array import array
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor

from .model import EVENTS, Article
from .normalize import WORD_CHARS, exact_key, fold

# What breaks a phrase between two words: clause punctuation followed by a space, or a new line.
CLAUSE_BREAK = re.compile(r"[.,;:!?…]\s|\n")

TARGET_SHARD_BYTES = 12_000
TITLE_WEIGHT = 5  # a match in the headline counts as five in the text
DOC_TEXT_LIMIT = 60_000
EPOCH = dt.date(1900, 1, 1)


def shard_of(key: str, shards: int) -> int:
    """FNV-1a (32 bit) of the key's UTF-8, modulo the shard count; search.js does the same."""
    value = 0x811C9DC5
    for byte in key.encode("utf-8"):
        value = ((value ^ byte) * 0x01000193) & 0xFFFFFFFF
    return value % shards


def tokens(text: str) -> list[tuple[str, str, bool]]:
    """(folded, exact, joined) syllables: ``Đường`` → (duong, đường, …).

    ``joined`` is False when punctuation ending a clause (". ", ", ", "; ")
    or a line break separates the word from the one before: no phrase spans it.
    """
    words = []
    for clause in CLAUSE_BREAK.split(exact_key(text)):
        words.extend((_fold_word(word), word, index > 0) for index, word in enumerate(WORD_CHARS.findall(clause)))
    return words


@functools.lru_cache(maxsize=200_000)
def _fold_word(word: str) -> str:
    return fold(word)


def document_terms(article: Article) -> tuple[Counter, set, int]:
    """Counts of syllables and adjacent pairs (the headline counts more), their exact forms, the length."""
    counts: Counter = Counter()
    forms: set = set()
    length = 0
    searchable = ((article.title, TITLE_WEIGHT), (article.body, 1),
                  ("\n".join(s.name for s in article.speakers), 1))
    for text, weight in searchable:
        words = tokens(text)
        folded = [w[0] for w in words]
        exact = [w[1] for w in words]
        pairs = [i for i in range(1, len(words)) if words[i][2]]
        keys = folded + [f"{folded[i - 1]} {folded[i]}" for i in pairs]
        exacts = exact + [f"{exact[i - 1]} {exact[i]}" for i in pairs]
        if weight == 1:
            length += len(words)
            counts.update(keys)
        else:
            counts.update({key: count * weight for key, count in Counter(keys).items()})
        forms.update(zip(keys, exacts))
    return counts, forms, length


class _Postings:
    """One key's postings in compact arrays: document ids, counts, and which exact forms each used."""

    __slots__ = ("forms", "docs", "counts", "masks")

    def __init__(self):
        self.forms: list[str] = []
        self.docs, self.counts, self.masks = array("I"), array("I"), array("I")

    def merge(self, other: "_Postings") -> None:
        """Append another share's postings (its documents all come after these)."""
        if other.forms != self.forms[: len(other.forms)]:
            remap = [self._form_bit(form) for form in other.forms]
            other.masks = array("I", (sum(1 << remap[i] for i in range(len(remap)) if mask >> i & 1) for mask in other.masks))
        self.docs.extend(other.docs)
        self.counts.extend(other.counts)
        self.masks.extend(other.masks)

    def _form_bit(self, form: str) -> int:
        if form not in self.forms:
            self.forms.append(form)
        return min(self.forms.index(form), 30)


def _index_share(share: tuple[int, int]) -> tuple[dict[str, _Postings], list[int]]:
    """Postings and lengths of the documents ``start`` to ``stop`` of ``_SHARED`` (run in a worker process)."""
    start, stop = share
    postings: dict[str, _Postings] = {}
    lengths = []
    for doc in range(start, stop):
        counts, forms, length = document_terms(_SHARED[doc])
        lengths.append(length)
        by_key: dict[str, object] = {}
        for key, exact in forms:  # almost always one exact form per key: keep it unboxed
            seen = by_key.get(key)
            by_key[key] = exact if seen is None else (seen if isinstance(seen, list) else [seen]) + [exact]
        for key, count in counts.items():
            entry = postings.get(key)
            if entry is None:
                entry = postings[key] = _Postings()
            entry.docs.append(doc)
            entry.counts.append(count if count < 9999 else 9999)
            found = by_key[key]
            if isinstance(found, str):
                entry.masks.append(1 if entry.forms and entry.forms[0] == found else 1 << entry._form_bit(found))
            else:
                entry.masks.append(sum(1 << entry._form_bit(form) for form in found))
    return postings, lengths


_SHARED: list[Article] = []  # the articles, inherited by worker processes (fork) rather than sent
SHARE_SIZE = 500


def build_search_index(articles, workers: int = 1) -> dict[str, str | bytes]:
    """Every search file, relative to docs/, from the articles in id order (source file order).

    Shares of 500 documents are indexed on every core; their postings, compact arrays,
    are merged here (measured at 10,000 articles: a dict of Python tuples per document
    took 3.7 GB; the arrays a tenth of that).
    """
    global _SHARED
    articles = sorted(articles, key=lambda a: a.source_file)
    _SHARED = articles
    shares = [(start, min(start + SHARE_SIZE, len(articles))) for start in range(0, len(articles), SHARE_SIZE)]
    postings: dict[str, _Postings] = {}
    lengths: list[int] = []
    try:
        if workers > 1 and len(shares) > 1 and "fork" in multiprocessing.get_all_start_methods():
            with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
                parts = pool.map(_index_share, shares)
                for part, part_lengths in parts:
                    _merge(postings, part)
                    lengths.extend(part_lengths)
        else:
            for share in shares:
                part, part_lengths = _index_share(share)
                _merge(postings, part)
                lengths.extend(part_lengths)
    finally:
        _SHARED = []
    shards = _shard_count(postings)
    grouped: dict[int, dict] = defaultdict(dict)
    for key in sorted(postings):
        grouped[shard_of(key, shards)][key] = _encode_postings(postings.pop(key))
    files: dict[str, str | bytes] = {}
    for number in range(shards):
        files[f"data/search/s/{number}.json"] = _json(grouped.pop(number, {}))
    meta, facets = _facets(articles, lengths)
    meta["shards"] = shards
    files["data/search/meta.json"] = _json(meta)
    files["data/search/facets.bin"] = facets
    for doc, article in enumerate(articles):
        files[f"data/search/d/{doc}.json"] = _json(_result(article))
    return files


def _merge(postings: dict, part: dict) -> None:
    for key, entry in part.items():
        existing = postings.get(key)
        if existing is None:
            postings[key] = entry
        else:
            existing.merge(entry)


def _shard_count(postings: dict) -> int:
    estimate = sum(len(key) + 6 + 5 * len(entry.docs) for key, entry in postings.items())
    wanted = max(1, math.ceil(estimate / TARGET_SHARD_BYTES))
    return 1 << (wanted - 1).bit_length()


def _encode_postings(entry: _Postings) -> list:
    """``[forms, doc-delta, count, (form-mask,) …]``; the mask (bit i for forms[i]) only with 2+ forms."""
    docs = entry.docs
    deltas = [docs[0]] + [b - a for a, b in zip(docs, docs[1:])] if docs else []
    if len(entry.forms) > 1:
        # forms were numbered as met (set order varies between runs): number them sorted
        forms = sorted(entry.forms)
        bit = [forms.index(form) for form in entry.forms]
        masks = [sum(1 << min(bit[i], 30) for i in range(len(bit)) if mask >> i & 1) for mask in entry.masks]
        flat = [value for triple in zip(deltas, entry.counts, masks) for value in triple]
        return [forms, *flat]
    flat = [value for pair in zip(deltas, entry.counts) for value in pair]
    return [entry.forms, *flat]


def _facets(articles, lengths) -> tuple[dict, bytes]:
    provinces = sorted({a.province for a in articles if a.province})
    speakers = sorted({a.speaker for a in articles if a.speaker})
    province_id = {p: i + 1 for i, p in enumerate(provinces)}
    speaker_id = {s: i + 1 for i, s in enumerate(speakers)}
    packed = bytearray()
    for article, length in zip(articles, lengths):
        year = int(article.date[:4]) if article.date else 0
        days = (_as_day(article.date) - EPOCH).days if article.date else 0
        packed += struct.pack("<6H", province_id.get(article.province, 0), year, EVENTS.index(article.event),
                              speaker_id.get(article.speaker, 0), max(0, min(days, 65535)), min(length, 65535))
    meta = {"count": len(articles), "provinces": provinces, "speakers": speakers, "events": list(EVENTS)}
    return meta, bytes(packed)


def _as_day(date: str) -> dt.date:
    parts = [int(p) for p in date.split("-")] + [1, 1]
    return dt.date(parts[0], parts[1], parts[2])


def _result(article: Article) -> dict:
    return {"t": article.title, "u": article.url, "d": article.date, "p": article.province,
            "e": article.event, "s": article.speaker, "x": article.body[:DOC_TEXT_LIMIT]}


def _json(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
