"""search.py: tokens, pairs that never span a clause, postings that decode to what was indexed."""
import json
import struct

from dangbo.model import Article, Speaker
from dangbo.search import build_search_index, shard_of, tokens


def _article(name, title, body, speakers=(), province="Cần Thơ", date="2025-08-12", event="dai-hoi"):
    return Article(title=title, date=date, published=None, province=province, province_now=province, speaker=None,
                   speakers=tuple(Speaker(s, "") for s in speakers), event=event, term=None, source_url=None,
                   source=None, source_file=name, body=body, slug=name.replace(".txt", ""))


def _decode(files, key):
    shards = json.loads(files["data/search/meta.json"])["shards"]
    entry = json.loads(files[f"data/search/s/{shard_of(key, shards)}.json"]).get(key)
    if entry is None:
        return {}
    forms, rest = entry[0], entry[1:]
    stride = 3 if len(forms) > 1 else 2
    doc, out = 0, {}
    for i in range(0, len(rest), stride):
        doc += rest[i]
        mask = rest[i + 2] if stride == 3 else 1
        out[doc] = (rest[i + 1], {f for b, f in enumerate(forms) if mask >> b & 1})
    return out


def test_tokens_fold_and_mark_clause_breaks():
    assert tokens("TP.Cần Thơ, Hoà Bình.\nĐại hội") == [
        ("tp", "tp", False), ("can", "cần", True), ("tho", "thơ", True), ("hoa", "hòa", False),
        ("binh", "bình", True), ("dai", "đại", False), ("hoi", "hội", True)]


def test_shard_hash_is_fnv1a():
    assert shard_of("", 1 << 32) == 0x811C9DC5
    assert shard_of("a", 1 << 32) == 0xE40C292C  # the published FNV-1a test vector


def test_postings_decode_to_the_documents_and_forms():
    articles = [
        _article("a.txt", "Đại hội Đảng bộ Công an TP Cần Thơ", "Công an thành phố Cần Thơ tổ chức Đại hội. Thơ, cần cù."),
        _article("b.txt", "Công an tỉnh Bình Dương", "Triệt phá đường dây; Dương và Đường.", province="Bình Dương"),
    ]
    files = build_search_index(articles)
    can_tho = _decode(files, "can tho")
    assert set(can_tho) == {0}
    assert can_tho[0] == (5 + 1, {"cần thơ"})  # once in the headline (weighs 5), once in the text
    duong = _decode(files, "duong")
    assert set(duong) == {1} and duong[1][1] == {"dương", "đường"}
    assert _decode(files, "tho can") == {}  # "Thơ, cần": a clause break, no pair
    facets = files["data/search/facets.bin"]
    assert len(facets) == 2 * 12 and struct.unpack("<6H", facets[:12])[1] == 2025
    assert json.loads(files["data/search/d/1.json"])["p"] == "Bình Dương"


def test_parallel_and_serial_indexes_are_identical():
    articles = [_article(f"{i:03d}.txt", f"Hội nghị số {i}", f"Công an tỉnh số {i} họp bàn an ninh trật tự {i % 7}.")
                for i in range(1200)]
    assert build_search_index(articles, workers=2) == build_search_index(articles, workers=1)
