"""normalize.py: NFC, the tone-mark convention, folding, whitespace, boilerplate."""
import re
import unicodedata

import pytest
from hypothesis import given, strategies as st

from dangbo.normalize import (I_FOR_Y, I_FOR_Y_ONSETS, exact_key, fold, fold_words, normalize_name, normalize_text, normalize_tone,
                              spelling_key, split_boilerplate, strip_marks)

TONES = [
    ("Hoà", "Hòa"), ("Thuỷ", "Thủy"), ("Uỷ ban", "Ủy ban"), ("Huỳnh Việt Hoà", "Huỳnh Việt Hòa"),
    ("khoẻ", "khỏe"), ("Thanh Hoá", "Thanh Hóa"), ("HOÀ", "HÒA"), ("tuý", "túy"),
    # unchanged: "qu" is a consonant; a final consonant keeps the mark on the second vowel
    ("quý", "quý"), ("Quỷ", "Quỷ"), ("Hoàng", "Hoàng"), ("quyết", "quyết"), ("khuỷu", "khuỷu"),
    # vowels with a hat or horn are never moved
    ("Thuận", "Thuận"), ("Tuệ", "Tuệ"), ("hoặc", "hoặc"), ("thuở", "thuở"), ("Khuê", "Khuê"), ("Toản", "Toản"),
    ("Hòa", "Hòa"), ("Thủy", "Thủy"),
]


@pytest.mark.parametrize("text, expected", TONES)
def test_normalize_tone(text, expected):
    assert normalize_tone(text) == expected
    assert normalize_tone(unicodedata.normalize("NFD", text)) == expected  # decomposed input too


FOLDS = [
    ("Đại hội Đảng bộ", "dai hoi dang bo"), ("Cần Thơ", "can tho"), ("CAN THO", "can tho"),
    ("Đề án 06", "de an 06"), ("Đường", "duong"), ("Dương", "duong"), ("  Hoà   Bình ", "hoa binh"),
]


@pytest.mark.parametrize("text, expected", FOLDS)
def test_fold(text, expected):
    assert fold(text) == expected
    assert fold(unicodedata.normalize("NFD", text)) == expected


def test_fold_words_drops_punctuation():
    assert fold_words("TP.Cần Thơ, Bà Rịa-Vũng Tàu") == ["tp", "can", "tho", "ba", "ria", "vung", "tau"]


def test_exact_key_keeps_marks_in_one_convention():
    assert exact_key("Thanh Hoá") == exact_key("Thanh Hóa") == "thanh hóa"
    assert exact_key("Đường") != exact_key("Dương")


def test_normalize_text_cleans_invisible_and_spaces():
    raw = "Công\u00a0an\u200b tỉnh\r\n\r\n\r\n\r\nĐại\u2009hội\t lần th\u00adứ"
    assert normalize_text(raw) == "Công an tỉnh\n\nĐại hội lần thứ"


def test_normalize_text_makes_nfc():
    assert normalize_text(unicodedata.normalize("NFD", "Cần Thơ")) == unicodedata.normalize("NFC", "Cần Thơ")


def test_normalize_name():
    assert normalize_name("  Huỳnh  Việt Hoà ") == "Huỳnh Việt Hòa"


BOILERPLATE = [
    # the seed-004 tail: comment box, related news, imprint
    ("Đoạn một.\nĐoạn hai.\nĐoạn ba.\nĐoạn bốn.\nBình Luận\nÝ kiến bạn đọc\nTin cùng chuyên mục", "Đoạn một.\nĐoạn hai.\nĐoạn ba.\nĐoạn bốn."),
    ("A.\nB.\nC.\nD.\n>> Xem thêm\nCơ quan chủ quản: Tỉnh ủy", "A.\nB.\nC.\nD."),
    ("A.\nB.\nC.\nD.\nTổng số lượt truy cập: 123", "A.\nB.\nC.\nD."),
    ("A.\nB.\nC.\nD.\n© Bản quyền thuộc Báo Cần Thơ", "A.\nB.\nC.\nD."),
    # "Xem thêm" early in the article is the article's own text
    ("Xem thêm các giải pháp dưới đây.\nB.\nC.\nD.\nE.\nF.", "Xem thêm các giải pháp dưới đây.\nB.\nC.\nD.\nE.\nF."),
    ("Không có gì thêm.", "Không có gì thêm."),
]


@pytest.mark.parametrize("text, article", BOILERPLATE)
def test_split_boilerplate(text, article):
    kept, dropped = split_boilerplate(text)
    assert kept == article
    assert (kept + ("\n" + dropped if dropped else "")).replace("\n", "") == text.replace("\n", "")  # nothing lost


@given(st.text())
def test_properties_of_normalisation(text):
    once = normalize_tone(text)
    assert normalize_tone(once) == once  # idempotent
    assert fold(once) == fold(text)  # the convention never changes what search sees
    cleaned = normalize_text(text)
    assert normalize_text(cleaned) == cleaned
    assert unicodedata.is_normalized("NFC", cleaned)


# The fast paths against their definitions: strip_marks is NFD then every combining mark dropped
# (đ→d); normalize_tone moves a mark only where an a/e/y carrying one follows o/u.
def _strip_reference(text):
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)).replace("đ", "d").replace("Đ", "D")


def _tone_reference(text):
    from dangbo.normalize import _TONE_MOVE, _move_tone
    return unicodedata.normalize("NFC", _TONE_MOVE.sub(_move_tone, unicodedata.normalize("NFD", text)))


def test_strip_marks_of_every_character():
    for code in range(0x110000):
        if not 0xD800 <= code <= 0xDFFF:
            assert strip_marks(chr(code)) == _strip_reference(chr(code)), hex(code)


MIXED = st.text(alphabet=st.sampled_from(list("oOuUqQaAeEyYđĐ hncàáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴặậệơư가\U0001d15e\u0958")
                                         + ["\u0300", "\u0301", "\u0309", "\u0303", "\u0323", "\u0302", "\u0306", "\u031b",
                                            "\u0316", "\u1dc0", "\u1dca", "\u0345"]))


@given(MIXED)
def test_fast_paths_equal_their_definitions(text):
    assert strip_marks(text) == _strip_reference(text)
    assert normalize_tone(text) == _tone_reference(text)


@given(st.text(alphabet=st.sampled_from(["a", "Đ", " ", "\t", "\u00a0", "\n", "\u2009", "\u3000", "\u200b"])))
def test_every_run_of_spaces_becomes_one_space(text):
    import re
    expected = "\n".join(line.strip() for line in re.sub(r"[^\S\n]+", " ", text.replace("\u200b", "")).split("\n"))
    assert normalize_text(text) == re.sub(r"\n{3,}", "\n\n", expected).strip()



def _is_word(c: str) -> bool:
    return re.fullmatch(r"[^\W_]", c) is not None


def _spelling_by_hand(text: str) -> str:
    """What spelling_key means, character by character: a y after an onset, the two a whole word
    (nothing alphanumeric before the onset or after the y), is written with i."""
    out = list(text)
    for i, c in enumerate(text):
        if c not in I_FOR_Y or (i + 1 < len(text) and _is_word(text[i + 1])):
            continue
        for onset in I_FOR_Y_ONSETS:
            start = i - len(onset)
            if start >= 0 and text[start:i] == onset and (start == 0 or not _is_word(text[start - 1])):
                out[i] = I_FOR_Y[c]
    return "".join(out)


PIECES = st.lists(st.sampled_from([*"quhktlmsvyýỳỷỹỵ_1aếĐ. ", "th", "qu", "tỷ", "Ω", "ly", "quý"]), max_size=10).map("".join)


@given(PIECES)
def test_spelling_key_matches_its_definition(text):
    assert spelling_key(text) == _spelling_by_hand(text)


def test_spelling_key_examples():
    assert spelling_key("tỷ lệ quý kỹ lý thy vy thủy _ly 1ky") == "tỉ lệ quí kĩ lí thy vy thủy _li 1ky"
