"""search.py: tokens, pairs that never span a clause, postings that decode to what was indexed."""
import dataclasses
import json
import struct

import pytest
from hypothesis import given, strategies as st

from dangbo import search
from dangbo.model import Article, Speaker
from dangbo.search import FACET_LAYOUT, build_search_index, shard_of, tokens


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
    width = 2 * len(FACET_LAYOUT)
    assert len(facets) == 2 * width and struct.unpack(f"<{len(FACET_LAYOUT)}H", facets[:width])[FACET_LAYOUT.index("year")] == 2025
    assert json.loads(files["data/search/d/1.json"])["p"] == "Bình Dương"


def test_parallel_and_serial_indexes_are_identical():
    articles = [_article(f"{i:03d}.txt", f"Hội nghị số {i}", f"Công an tỉnh số {i} họp bàn an ninh trật tự {i % 7}.")
                for i in range(1200)]
    assert build_search_index(articles, workers=2) == build_search_index(articles, workers=1)


def test_i_and_y_spellings_are_one_word():
    for a, b in [("tỷ lệ", "tỉ lệ"), ("Kỹ thuật", "kĩ thuật"), ("lý luận", "lí luận"), ("quý", "quí"),
                 ("sỹ quan", "sĩ quan"), ("hy sinh", "hi sinh"), ("Thuỷ", "Thủy"), ("công ty", "công ti")]:
        assert tokens(a) == tokens(b), (a, b)
    for a, b in [("Thy", "thi"), ("Vy", "vi"), ("Huy", "hui"), ("tây", "tâi")]:  # names and other vowels stay apart
        assert tokens(a) != tokens(b), (a, b)


def test_the_period_of_tp_does_not_break_a_phrase():
    assert [joined for _, _, joined in tokens("TP. Hồ Chí Minh")] == [False, True, True, True]
    assert [joined for _, _, joined in tokens("tăng cường ATTP. Hồ sơ")][-2] is False  # "ATTP." ends a sentence


HCM = ["Công an TPHCM họp.", "Công an TP.HCM họp.", "Công an TP HCM họp.", "Công an TP. HCM họp.",
       "Công an Thành phố Hồ Chí Minh họp.", "Công an TP Hồ Chí Minh họp."]


def test_an_abbreviation_and_its_full_form_are_one_term():
    articles = [_article(f"{i}.txt", "Tin", text) for i, text in enumerate(HCM)]
    articles.append(_article("x.txt", "Tin", "Học tập tư tưởng Hồ Chí Minh."))
    files = build_search_index(articles)
    assert set(_decode(files, "~tphcm")) == set(range(len(HCM)))
    assert set(_decode(files, "an ~tphcm")) == set(range(len(HCM)))  # a phrase with the word before it
    assert set(_decode(files, "~tphcm hop")) == set(range(len(HCM)))
    assert len(HCM) in _decode(files, "ho chi") and set(_decode(files, "~tphcm")).isdisjoint({len(HCM)})


def test_capitals_only_abbreviations_and_approximate_forms():
    articles = [_article("a.txt", "Tin", "CAT đã họp."), _article("b.txt", "Tin", "Vườn Cát Tiên, bãi cát."),
                _article("c.txt", "Tin", "Công an tỉnh đã họp."), _article("d.txt", "Tin", "Cong an tinh da hop."),
                _article("e.txt", "Tin", "UBND và Ủy ban nhân dân, Uỷ ban nhân dân.")]
    files = build_search_index(articles)
    cat = _decode(files, "~cat")
    assert set(cat) == {0, 2, 3}  # not "Cát", not "cát"
    assert cat[0][1] == cat[2][1] == {"~cat"} and cat[3][1] == {"~cat~"}  # written without marks: approximate
    assert _decode(files, "~ubnd")[4][0] == 3


def test_the_contract_is_in_the_index_and_not_copied_into_the_javascript():
    from pathlib import Path
    files = build_search_index([_article("a.txt", "Tin", "Công an TPHCM.")])
    meta = json.loads(files["data/search/meta.json"])
    contract = meta["contract"]
    assert contract["version"] == 2 and contract["facets_bin"] == list(FACET_LAYOUT)
    assert contract["weights"] == {"title": 5, "bm25_k1": 1.2, "bm25_b": 0.5}
    assert contract["labels"]["events"]["dai-hoi"] == "Đại hội Đảng bộ"
    assert ["~tphcm", ["tp", "hcm"], ["tp", "hcm"], False] in contract["abbreviations"]
    script = (Path(__file__).resolve().parent.parent / "docs" / "assets" / "search.js").read_text(encoding="utf-8")
    for copied in ("Đại hội Đảng bộ", "Hội nghị sơ kết", "1.2", "2.2", "0x811c9dc5", "0x01000193", "TPHCM", "[.,;:!?…]",
                   "Chưa rõ", "PAGE_SIZE = 10", "ỳ"):
        assert copied.lower() not in script.lower(), copied


def test_result_documents_carry_the_date_as_the_site_writes_it():
    files = build_search_index([_article("a.txt", "Tin", "Công an họp.", date="2025-08-02"), _article("b.txt", "Tin", "Họp.", date=None)])
    assert json.loads(files["data/search/d/0.json"])["dd"] == "2/8/2025"
    assert json.loads(files["data/search/d/1.json"])["dd"] == ""


def test_the_scripts_take_their_paths_from_the_paths_module():
    """The URL scheme is written once (dangbo/paths.py); the JavaScript reads it from data/paths.js."""
    from pathlib import Path

    import yaml

    from dangbo import paths
    root = Path(__file__).resolve().parent.parent
    script = (root / "docs" / "assets" / "search.js").read_text(encoding="utf-8")
    for literal in (paths.SEARCH_DIR, paths.SEARCH_PAGE, paths.ARTICLE_DIR + "/"):
        assert f'"{literal}' not in script, literal
    config = json.loads(paths.js_config().split("=", 1)[1].rstrip().rstrip(";"))
    assert config["searchMeta"] == paths.SEARCH_META and config["searchPage"] == paths.SEARCH_PAGE
    for key in config:
        assert f"PATHS.{key}" in script, key
    loader = type("L", (yaml.SafeLoader,), {})
    loader.add_multi_constructor("!", lambda *_: None)
    loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda *_: None)
    scripts = yaml.load((root / "mkdocs.yml").read_text(encoding="utf-8"), Loader=loader)["extra_javascript"]
    assert scripts.index(paths.JS_CONFIG) < scripts.index("assets/search.js")


def _clause_breaks_by_hand(text: str) -> list[str]:
    """What CLAUSE_BREAK means, character by character: a new line; ",;:!?…" and a space; a period
    and a space, unless the period closes a "tp" that starts a word ("TP. Hồ Chí Minh")."""
    import re

    def letter_or_digit(c):  # the characters the pattern counts as ending a word before "tp"
        return re.fullmatch(r"[0-9A-Za-z\u00c0-\u024f\u1e00-\u1eff]", c) is not None
    parts, start, i = [], 0, 0
    while i < len(text):
        c, spaced = text[i], i + 1 < len(text) and re.fullmatch(r"\s", text[i + 1]) is not None
        tp_word = i >= 2 and text[i - 2:i].lower() == "tp" and (i == 2 or not letter_or_digit(text[i - 3]))
        width = 1 if c == "\n" else 2 if spaced and (c in ",;:!?…" or (c == "." and not tp_word)) else 0
        if width:
            parts.append(text[start:i])
            start = i = i + width
        else:
            i += 1
    return parts + [text[start:]]


@given(st.lists(st.sampled_from([*"tpTPa.,;:!?…\n Ωế1_", "TP.", "tp. ", "xTP. ", ". ", "\u00a0"]), max_size=12).map("".join))
def test_clause_break_matches_its_definition(text):
    from dangbo.search_text import CLAUSE_BREAK
    assert CLAUSE_BREAK.split(text) == _clause_breaks_by_hand(text)


def _corpus(count, changed=()):
    """Articles with words shared across documents and words of their own; ``changed`` rewrites some."""
    words = ["an ninh", "trật tự", "Cần Thơ", "Đại hội", "tội phạm", "giao thông", "Đường", "Dương", "phòng cháy"]
    return [_article(f"{i:04d}.txt", f"Hội nghị {words[i % 9]} số {i}",
                     f"Công an tỉnh họp bàn {words[i % 7]} và {words[(i * 5) % 9]} lần {i}."
                     + (" Thêm một câu mới về TP.HCM." if i in changed else ""),
                     speakers=("Nguyễn Văn An",) if i % 3 == 0 else ())
            for i in range(count)]


@pytest.mark.parametrize("workers, parallel_from", [(1, 1000), (2, 4)])
def test_kept_postings_give_the_index_of_a_clean_build(tmp_path, monkeypatch, workers, parallel_from):
    """Issue 14: a rebuild reads only the documents that changed, and its index is byte for byte a
    clean build's: after one changed, ones deleted and added (ids shift), speakers changed; and
    it builds from nothing when files are renamed (another order) or the kept file is damaged."""
    monkeypatch.setattr(search, "PARALLEL_FROM", parallel_from)
    kept = tmp_path / "search.pickle"
    first = _corpus(40)
    search.start_search_index(first, workers, kept)()
    read = []
    monkeypatch.setattr(search, "document_terms", lambda a, real=search.document_terms: read.append(a.source_file) or real(a))
    edited = _corpus(40, changed={7})
    edited = edited[:3] + edited[5:] + [_article("0001b.txt", "Bài mới xen giữa", "Công an Cần Thơ mới."),
                                        _article("9999.txt", "Bài cuối", "Dương và Đường.")]
    edited[20] = dataclasses.replace(edited[20], speakers=(Speaker("Trần Văn Bình", ""),))
    cases = [(edited, {"0007.txt", "0001b.txt", "9999.txt", edited[20].source_file}),
             (edited[:-1], set()),  # the last one deleted: nothing to read
             ([dataclasses.replace(a, source_file="z" + a.source_file) if a.source_file == "0010.txt" else a
               for a in edited], None)]  # renamed: another order, all read again
    for articles, expected in cases:
        read.clear()
        incremental = search.start_search_index(articles, workers, kept)()
        if workers == 1:  # what the forked workers read is not seen here
            assert set(read) == (expected if expected is not None else {a.source_file for a in articles})
        read.clear()
        assert incremental == search.start_search_index(articles, workers)(), articles[0].source_file
    kept.write_bytes(b"not a pickle")
    assert search.start_search_index(first, workers, kept)() == search.start_search_index(first, workers)()
