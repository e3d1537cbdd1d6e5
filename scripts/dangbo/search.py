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
import json
import math
import struct
from collections import defaultdict

from .model import EVENTS, Article
import re

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
    text = exact_key(text)
    words = []
    previous_end = 0
    for match in WORD_CHARS.finditer(text):
        joined = bool(words) and not CLAUSE_BREAK.search(text, previous_end, match.start())
        words.append((fold(match.group()), match.group(), joined))
        previous_end = match.end()
    return words


def _document_terms(article: Article) -> tuple[dict, int]:
    """key → (count, exact forms counted) for unigrams and adjacent pairs."""
    terms: dict[str, list] = {}
    length = 0
    searchable = ((article.title, TITLE_WEIGHT), (article.body, 1),
                  ("\n".join(s.name for s in article.speakers), 1))
    for text, weight in searchable:
        words = tokens(text)
        if weight == 1:
            length += len(words)
        for index, (folded, exact, _) in enumerate(words):
            _count(terms, folded, exact, weight)
            if index + 1 < len(words) and words[index + 1][2]:
                nxt_folded, nxt_exact, _ = words[index + 1]
                _count(terms, f"{folded} {nxt_folded}", f"{exact} {nxt_exact}", weight)
    return terms, length


def _count(terms: dict, key: str, exact: str, weight: int) -> None:
    entry = terms.get(key)
    if entry is None:
        entry = terms[key] = [0, {}]
    entry[0] += weight
    entry[1][exact] = entry[1].get(exact, 0) + weight


def build_search_index(articles) -> dict[str, str | bytes]:
    """Every search file, relative to docs/, from the articles in id order."""
    articles = sorted(articles, key=lambda a: a.source_file)
    postings: dict[str, list] = defaultdict(list)  # key → [(doc, count, {exact: count})]
    lengths = []
    for doc, article in enumerate(articles):
        terms, length = _document_terms(article)
        lengths.append(length)
        for key in sorted(terms):
            count, forms = terms[key]
            postings[key].append((doc, count, forms))
    shards = _shard_count(postings)
    grouped: dict[int, dict] = defaultdict(dict)
    for key in sorted(postings):
        grouped[shard_of(key, shards)][key] = _encode_postings(postings[key])
    files: dict[str, str | bytes] = {}
    for number in range(shards):
        files[f"data/search/s/{number}.json"] = _json(grouped.get(number, {}))
    meta, facets = _facets(articles, lengths)
    meta["shards"] = shards
    files["data/search/meta.json"] = _json(meta)
    files["data/search/facets.bin"] = facets
    for doc, article in enumerate(articles):
        files[f"data/search/d/{doc}.json"] = _json(_result(article))
    return files


def _shard_count(postings: dict) -> int:
    estimate = sum(len(key) + 6 + 5 * len(items) for key, items in postings.items())
    wanted = max(1, math.ceil(estimate / TARGET_SHARD_BYTES))
    return 1 << (wanted - 1).bit_length()


def _encode_postings(items: list) -> list:
    """``[forms, doc-delta, count, (form-mask,) …]``; the mask (bit i for forms[i]) only with 2+ forms."""
    forms = sorted({form for _, _, f in items for form in f})
    encoded: list = [forms]
    previous = 0
    for doc, count, found in items:
        encoded += [doc - previous, min(count, 9999)]
        if len(forms) > 1:
            encoded.append(sum(1 << min(i, 30) for i, form in enumerate(forms) if form in found))
        previous = doc
    return encoded


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
