"""A static full-text index for Vietnamese, fetched in small pieces by the browser.

Why not Material's search or Pagefind: measured, neither folds đ→d nor ranks
a phrase above scattered syllables (see README, "Search"). This index keys
postings by *folded* syllables and syllable pairs ("can tho", "dai hoi"), so a
query of several syllables is matched as a phrase by intersecting its adjacent
pairs; every folded key also lists the exact (marked) forms it came from, so
that "Đường" ranks before "Dương" when the reader typed the marks.

Files (under data/search/):
- ``meta.json``: shard count, the lists that facet ids refer to, the contract;
- ``facets.bin``: per document, little-endian u16 × 7 (``FACET_LAYOUT``): province, province
  now, year, event, principal speaker, days since 1900-01-01 (0 = unknown), token count;
- ``s/<n>.json``: a shard of postings ``{key: [forms, postings…]}``;
- ``d/<id>.json``: what a result shows (title, url, date, province, text).

``meta.json`` carries the contract (``search_text.contract``: clause breaks, spelling variants,
abbreviations, hash, facet layout, labels, ranking weights); ``assets/search.js`` reads it
instead of keeping copies, and the browser tests check that both sides read text alike.
"""
from __future__ import annotations

import datetime as dt
import functools
import heapq
import json
import math
import multiprocessing
import re
import struct
from array import array
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from itertools import islice, repeat
from operator import and_, rshift, sub
from pathlib import Path

from . import paths, search_cache
from .extract.title import format_date_vi
from .indexes import UNKNOWN_PROVINCE, person_slug, province_slug
from .model import EVENT_LABELS, EVENTS, Article
from .normalize import fold
from .search_text import abbreviation_starts, clauses, contract, fold_word, lattice_terms, occurrences, shard_of, tokens  # noqa: F401 (tokens: tests)

TARGET_SHARD_BYTES = 12_000
DOC_TEXT_LIMIT = 60_000
EPOCH = dt.date(1900, 1, 1)
# Ranking, named once: a match in the headline counts as TITLE_WEIGHT matches in the text (applied here,
# in the counts); search.js scores a count with BM25's saturation (k1) and length normalisation (b).
TITLE_WEIGHT = 5
WEIGHTS = {"title": TITLE_WEIGHT, "bm25_k1": 1.2, "bm25_b": 0.5}
# facets.bin: per document, little-endian u16 in this order (0 = unknown for the lists and the day)
FACET_LAYOUT = ("province", "province_now", "year", "event", "speaker", "day", "length")
# The search page's filters: URL parameter, heading, the facets.bin field it reads
FACETS = (("tinh", "Tỉnh/thành", "province"), ("tinh-nay", "Tỉnh/thành hiện nay", "province_now"),
          ("nam", "Năm", "year"), ("su-kien", "Loại sự kiện", "event"), ("nguoi", "Người chỉ đạo", "speaker"))
UNKNOWN = {"value": "chua-ro", "province": UNKNOWN_PROVINCE, "province_now": UNKNOWN_PROVINCE, "year": "Chưa rõ",
           "speaker": "Chưa rõ"}
PAGE_SIZE = 10
FACET_SHOWN = 12  # values a facet lists before "Xem thêm"
LABELS = {
    "events": EVENT_LABELS,
    "gan-dung": "Kết quả gần đúng (khác dấu)",
    "roi-nhau": "Có đủ các từ nhưng rời nhau",
}


def document_terms(article: Article) -> tuple[Counter, int]:
    """Counts of exact (lower-case, marked) words and adjacent pairs, and of the abbreviations' terms
    (search_text), the headline counting more, and the length. Folding waits until the index is
    merged: once per distinct form instead of once per word (measured: half the indexing time)."""
    counts: Counter = Counter()
    length = 0
    searchable = ((article.title, TITLE_WEIGHT), (article.body, 1),
                  ("\n".join(s.name for s in article.speakers), 1))
    for text, weight in searchable:
        terms: list[str] = []
        read = list(clauses(text))
        # the words an abbreviation may start with, found once per text: most clauses have none
        starters = abbreviation_starts(set().union(*(words for words, _ in read)))
        for words, written in read:
            length += len(words) if weight == 1 else 0
            terms += words
            terms += map(" ".join, zip(words, islice(words, 1, None)))
            if starters and not starters.isdisjoint(words) and (found := occurrences(words, written, starters)):
                terms += lattice_terms(words, found)
        if weight == 1:
            counts.update(terms)
        else:
            counts.update({term: count * weight for term, count in Counter(terms).items()})
    return counts, length


def fold_term(term: str) -> str:
    """The index key of an exact word or pair: ``đồng chí`` → ``dong chi``."""
    return " ".join(map(fold_word, term.split(" ")))


COUNT_BITS = 14  # a posting is one integer: document id << 14 | count (at most 9,999)
COUNT_MAX = 9999
COUNT_MASK = (1 << COUNT_BITS) - 1


def _index_docs(docs: list[int] | range):
    """Postings of the exact terms of the documents ``docs`` (ids, ascending) of ``_SHARED`` (run in a
    worker process): per term, an array of ``document id << 14 | count``; and their lengths."""
    postings: dict[str, array] = {}
    lengths = []
    get = postings.get
    for doc in docs:
        counts, length = document_terms(_SHARED[doc])
        lengths.append(length)
        base = doc << COUNT_BITS
        for term, count in counts.items():
            entry = get(term)
            if entry is None:
                entry = postings[term] = array("Q")
            entry.append(base | (count if count < COUNT_MAX else COUNT_MAX))
    return postings, lengths


_SHARED: list[Article] = []  # the articles, inherited by worker processes (fork) rather than sent
_MERGED: dict = {}  # the merged postings and forms, inherited by the encoding workers
_KEYS: list[str] = []
PARALLEL_FROM = 1000  # documents below which one process indexes faster than several


def _can_fork(workers: int, documents: int) -> bool:
    return workers > 1 and documents >= PARALLEL_FROM and "fork" in multiprocessing.get_all_start_methods()


def _fork_pool(workers: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"))


def start_search_index(articles, workers: int = 1, kept: Path | None = None):
    """Start indexing on other cores (while the caller writes pages); call the result for the index's
    files (postings shards, meta.json, facets.bin; ``result_files`` gives the rest).

    The documents to read are split in one contiguous share per core; each share's postings
    (compact arrays: a dict of Python tuples per document took 3.7 GB at 10,000
    articles) come back and are merged in document order, then encoded into shard
    files on every core again. With ``kept`` (a file), the last build's postings of the
    documents that did not change are used instead of reading them again (search_cache),
    and this build's are kept there.
    """
    global _SHARED
    articles = sorted(articles, key=lambda a: a.source_file)
    _SHARED = articles
    keys = [search_cache.document_key(a) for a in articles] if kept else []
    previous = search_cache.load(kept)
    reused = search_cache.reuse(previous, keys, COUNT_BITS) if previous else None
    postings, lengths, todo = reused or ({}, [None] * len(articles), list(range(len(articles))))
    same = reused is not None and not todo and previous["keys"] == keys  # the kept file is this build's already
    del previous
    save = functools.partial(search_cache.save, kept, keys) if kept and not same else None
    if not _can_fork(workers, len(todo)):
        return lambda: _finish(articles, postings, lengths, [(todo, _index_docs(todo))], workers, save)
    # One process fewer than cores: the caller writes pages meanwhile, on a core of its own.
    size = -(-len(todo) // max(1, workers - 1))
    shares = [todo[start:start + size] for start in range(0, len(todo), size)]
    pool = _fork_pool(max(1, workers - 1))
    futures = [pool.submit(_index_docs, share) for share in shares]

    def finish() -> dict[str, str | bytes]:
        try:
            parts = [(share, future.result()) for share, future in zip(shares, futures)]
        finally:
            pool.shutdown()  # before the encoding forks: no pool thread may be running then
        return _finish(articles, postings, lengths, parts, workers, save)
    return finish


def build_search_index(articles, workers: int = 1) -> dict[str, str | bytes]:
    """Every search file, relative to docs/, from the articles in id order (source file order)."""
    return {**dict(result_files(articles)), **start_search_index(articles, workers)()}


def result_files(articles):
    """(path, JSON) of what each result shows, ``data/search/d/<id>.json``; they do not need the index."""
    for doc, article in enumerate(sorted(articles, key=lambda a: a.source_file)):
        yield f"{paths.SEARCH_DOCS}{doc}.json", _json(_result(article))


def _finish(articles, postings: dict[str, array], lengths: list, parts, workers: int, save=None) -> dict[str, str | bytes]:
    """Merge the postings read in this build (``parts``: (document ids, (postings, lengths)), in
    document order) into those kept, keep them (``save``), and encode the files."""
    global _SHARED, _MERGED, _KEYS
    try:
        for docs, (part_postings, part_lengths) in parts:
            search_cache.merge(postings, part_postings)
            for doc, length in zip(docs, part_lengths):
                lengths[doc] = length
        if save:
            save(postings, lengths)
        forms: defaultdict[str, list[str]] = defaultdict(list)
        for term in postings:
            forms[fold_term(term)].append(term)
        shards = _shard_count(forms, postings)
        _MERGED = {"postings": postings, "forms": forms}
        _KEYS = sorted(forms)
        jobs = [(index, workers, shards) for index in range(workers)]
        if _can_fork(workers, len(articles)):
            with _fork_pool(workers) as pool:
                encoded = list(pool.map(_encode_keys, jobs))
        else:
            encoded = [_encode_keys((0, 1, shards))]
    finally:
        _SHARED, _MERGED, _KEYS = [], {}, []
    grouped: list[list[str]] = [[] for _ in range(shards)]
    for _key, shard, fragment in heapq.merge(*encoded):
        grouped[shard].append(fragment)
    files: dict[str, str | bytes] = {}
    for number in range(shards):
        files[f"{paths.SEARCH_SHARDS}{number}.json"] = "{" + ",".join(grouped[number]) + "}"
    meta, facets = _facets(articles, lengths)
    meta["shards"] = shards
    files[paths.SEARCH_META] = _json(meta)
    files[paths.SEARCH_FACETS] = facets
    return files


def _encode_keys(job: tuple[int, int, int]) -> list[tuple[str, int, str]]:
    """(key, shard, ``"key":postings`` JSON) for every ``count``-th key from ``index`` of ``_KEYS``, in key order."""
    index, count, shards = job
    return [(key, shard_of(key, shards), _json(key) + ":" + _encode_postings(key))
            for key in _KEYS[index::count]]


def _shard_count(forms: dict, postings: dict) -> int:
    """Shards of about TARGET_SHARD_BYTES (a power of two): the estimate counts a key's documents
    once per form, an upper bound."""
    estimate = sum(len(key) + 6 + sum(5 * len(postings[term]) for term in terms) for key, terms in forms.items())
    wanted = max(1, math.ceil(estimate / TARGET_SHARD_BYTES))
    return 1 << (wanted - 1).bit_length()


def _encode_postings(key: str) -> str:
    """JSON ``[forms, doc-delta, count, (form-mask,) …]``; the mask (bit i for forms[i]) only with 2+ forms."""
    forms = sorted(_MERGED["forms"][key])
    if len(forms) == 1:
        packed = _MERGED["postings"][forms[0]]
        docs = list(map(rshift, packed, repeat(COUNT_BITS)))
        flat = [0] * (2 * len(docs))
        flat[0::2] = _deltas(docs)
        flat[1::2] = map(and_, packed, repeat(COUNT_MASK))
    else:
        found: dict[int, list[int]] = {}  # document → [count, mask of the forms it used]
        for position, form in enumerate(forms):
            bit = 1 << min(position, 30)
            for value in _MERGED["postings"][form]:
                doc = value >> COUNT_BITS
                entry = found.get(doc)
                if entry is None:
                    found[doc] = [value & COUNT_MASK, bit]
                else:
                    entry[0] += value & COUNT_MASK
                    entry[1] |= bit
        docs = sorted(found)
        flat = [0] * (3 * len(docs))
        flat[0::3] = _deltas(docs)
        flat[1::3] = (min(found[doc][0], COUNT_MAX) for doc in docs)
        flat[2::3] = (found[doc][1] for doc in docs)
    return "[" + _json(forms) + "," + _json(flat)[1:]


def _deltas(docs: list[int]) -> list[int]:
    return [docs[0], *map(sub, islice(docs, 1, None), docs)]


def _facets(articles, lengths) -> tuple[dict, bytes]:
    lists = {"province": sorted({a.province for a in articles if a.province}),
             "province_now": sorted({a.province_now for a in articles if a.province_now}),
             "speaker": sorted({a.speaker for a in articles if a.speaker})}
    ids = {name: {value: i + 1 for i, value in enumerate(values)} for name, values in lists.items()}
    packed = bytearray()
    for article, length in zip(articles, lengths):
        year = int(article.date[:4]) if article.date else 0
        days = (_as_day(article.date) - EPOCH).days if article.date else 0
        packed += struct.pack("<7H", ids["province"].get(article.province, 0), ids["province_now"].get(article.province_now, 0),
                              year, EVENTS.index(article.event), ids["speaker"].get(article.speaker, 0),
                              max(0, min(days, 65535)), min(length, 65535))
    slugs = {**{p: province_slug(p) for p in lists["province"] + lists["province_now"]},
             **{s: person_slug(s) for s in lists["speaker"]}}
    meta = {"count": len(articles), "provinces": lists["province"], "provinces_now": lists["province_now"],
            "speakers": lists["speaker"], "events": list(EVENTS),
            # the pages' slugs that are not the name folded with dashes (search.js derives the rest)
            "slugs": {name: slug for name, slug in sorted(slugs.items()) if slug != plain_slug(name)},
            "contract": {**contract(WEIGHTS), "facets_bin": list(FACET_LAYOUT),
                         "facets": [list(f) for f in FACETS], "unknown": UNKNOWN, "labels": LABELS,
                         "page_size": PAGE_SIZE, "facet_shown": FACET_SHOWN}}
    return meta, bytes(packed)


def plain_slug(name: str) -> str:
    """A name folded, every run of other characters than a-z and 0-9 a dash: what search.js takes for a slug."""
    return re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")


def _as_day(date: str) -> dt.date:
    parts = [int(p) for p in date.split("-")] + [1, 1]
    return dt.date(parts[0], parts[1], parts[2])


def _result(article: Article) -> dict:
    return {"t": article.title, "u": article.url, "d": article.date, "dd": format_date_vi(article.date) if article.date else "",
            "p": article.province, "e": article.event, "s": article.speaker, "x": article.body[:DOC_TEXT_LIMIT]}


def _json(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
