"""The search index's postings kept between builds, so that a rebuild indexes only what changed.

Reading every document into words and pairs again is most of a rebuild's search step (10,000
articles: 24 s on one core, against 4 s to merge and encode the shards). The last build's postings
are kept with one key per document, a digest of what the document is indexed by; a document whose
key is unchanged keeps its postings, moved to its new id, and the others are read again. The
postings are then the ones a clean build makes (tests/test_search.py checks it). When the kept
postings cannot be used (other code, a damaged or foreign file, documents in another order, or most
of them changed) the index is built from nothing.
"""
from __future__ import annotations

import hashlib
import pickle
from array import array
from bisect import bisect_left, insort
from collections import defaultdict
from pathlib import Path

from .cache import EXTRACTION_CODE
from .model import Article
from .writer import write_atomic

# Runs of documents kept in order, above which reading everything again is as quick and simpler.
MAX_RUNS = 64


def document_key(article: Article) -> bytes:
    """What a document's postings depend on: its headline, text and speakers' names."""
    return hashlib.sha1(repr((article.title, article.body, [s.name for s in article.speakers])).encode("utf-8")).digest()


def load(path: Path | None) -> dict | None:
    """The last build's keys, postings and lengths, or None (no file, another code, not ours)."""
    if path is None:
        return None
    try:
        with open(path, "rb") as stream:
            kept = pickle.load(stream)
    except Exception:  # missing, truncated or foreign: build from nothing
        return None
    if not isinstance(kept, dict) or kept.get("code") != EXTRACTION_CODE:
        return None
    return kept


def save(path: Path, keys: list[bytes], postings: dict[str, array], lengths: list[int]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    kept = {"code": EXTRACTION_CODE, "keys": keys, "postings": postings, "lengths": lengths}
    write_atomic(path, pickle.dumps(kept, protocol=pickle.HIGHEST_PROTOCOL))


def reuse(kept: dict, keys: list[bytes], bits: int):
    """(postings of the documents whose key is unchanged, under their new ids; every document's
    length, None for those to read again; the ids to read again), or None to build from nothing.

    A posting is ``document id << bits | count``, each term's sorted by document: the kept
    documents move in runs (a run keeps its order and shifts by one amount), so each term's
    postings are cut at the runs' bounds by bisection and shifted run by run.
    """
    waiting: defaultdict[bytes, list[int]] = defaultdict(list)
    for old, key in enumerate(kept["keys"]):
        waiting[key].append(old)
    for ids in waiting.values():
        ids.reverse()  # pop() gives the first
    lengths: list[int | None] = [None] * len(keys)
    todo: list[int] = []
    runs: list[list[int]] = []  # [first old id, last old id + 1, new id - old id]
    last = -1
    for new, key in enumerate(keys):
        ids = waiting.get(key)
        if not ids:
            todo.append(new)
            continue
        old = ids.pop()
        if old <= last:
            return None  # documents in another order (a file renamed): not worth sorting out
        last = old
        lengths[new] = kept["lengths"][old]
        if runs and runs[-1][1] == old and runs[-1][2] == new - old:
            runs[-1][1] = old + 1
        else:
            runs.append([old, old + 1, new - old])
    if len(runs) > MAX_RUNS or 2 * len(todo) > len(keys):
        return None
    postings: dict[str, array] = {}
    for term, entries in kept["postings"].items():
        moved = array("Q")
        for first, stop, shift in runs:
            low = bisect_left(entries, first << bits)
            high = bisect_left(entries, stop << bits, low)
            if low == high:
                continue
            if shift:
                delta = shift << bits
                moved.extend([entry + delta for entry in entries[low:high]])
            else:
                moved.extend(entries[low:high])
        if moved:
            postings[term] = moved
    return postings, lengths, todo


def merge(postings: dict[str, array], part: dict[str, array]) -> None:
    """Add the postings of documents read in this build, keeping each term's sorted by document."""
    for term, entries in part.items():
        existing = postings.get(term)
        if existing is None:
            postings[term] = entries
        elif existing[-1] < entries[0]:  # all after: a clean build's shares, or documents added at the end
            existing.extend(entries)
        elif len(entries) <= 16:
            for entry in entries:
                insort(existing, entry)
        else:
            postings[term] = array("Q", sorted(existing + entries))
