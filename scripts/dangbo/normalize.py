"""The one home of Vietnamese text normalisation.

Everything that rewrites text lives here: NFC, the tone-mark convention used
for metadata (``Hòa``/``Thủy``/``Ủy``), whitespace and invisible characters,
folding for search and matching (tone marks stripped, đ→d), and the split of
an article's trailing site boilerplate. Nobody else calls ``unicodedata``.
"""
from __future__ import annotations

import functools
import re
import unicodedata

# Invisible characters that scraped pages carry: zero-width space/joiners,
# word joiner, soft hyphen, BOM in the middle of text.
INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\u00ad\ufeff]")
# Every kind of horizontal space (NBSP, thin space, ideographic space…) → " ".
# (A run that is a single plain space is left alone: replacing each space by itself was
# a tenth of reading an article.)
SPACES = re.compile(r"(?:[^\S\n ]| (?=[^\S\n]))[^\S\n]*")
# Control characters other than newline and tab.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
BLANK_LINES = re.compile(r"\n{3,}")

_GRAVE, _ACUTE, _HOOK, _TILDE, _DOT = "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"
TONE_MARKS = frozenset((_GRAVE, _ACUTE, _HOOK, _TILDE, _DOT))
# "Hoà", "Hoè", "Thuỷ", "Uỷ" (new style) → "Hòa", "Hòe", "Thủy", "Ủy": the mark
# moves to the first vowel of oa/oe/uy when nothing follows in the syllable.
# "quý", "Hoàng", "quyết" keep their marks ("qu" is a consonant; a final
# consonant keeps the mark on the second vowel).
_TONE_MOVE = re.compile(
    r"(?<![qQ])([oOuU])([aAeEyY])([\u0300\u0301\u0309\u0303\u0323])(?![^\W\d_]|[\u0300-\u036f])"
)
# The same move on NFC text, where a/e/y and its mark are one character ("oà" → "òa"), ten times
# faster; equal to the rule above on text without combining marks left after NFC (the rule's
# marks can be reordered around others), which is almost all text (tests/test_normalize.py).
_TONED = {ch: (d[0], d[1]) for ch, d in ((chr(c), unicodedata.normalize("NFD", chr(c))) for c in range(0xC0, 0x2000))
          if len(d) == 2 and d[0] in "aAeEyY" and d[1] in TONE_MARKS}
# (The "q" before is checked in _move_tone_nfc: a pattern that starts with [oOuU] scans 4× faster.)
_TONE_MOVE_NFC = re.compile(r"([oOuU])([" + "".join(_TONED) + r"])(?![^\W\d_]|[\u0300-\u036f])")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def _move_tone_nfc(match: re.Match) -> str:
    first, toned = match.groups()
    start = match.start()
    if start and match.string[start - 1] in "qQ":
        return match.group()
    base, mark = _TONED[toned]
    return unicodedata.normalize("NFC", first + mark) + base


WORD_CHARS = re.compile(r"[^\W_]+")
# str.translate table: every combining mark dropped, đ/Đ to d/D (the fold's C-speed core).
_STRIP = {code: None for code in range(0x10000) if unicodedata.combining(chr(code))}
_STRIP.update({ord("đ"): "d", ord("Đ"): "D"})
_COMBINING = re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(_STRIP) if unicodedata.combining(chr(code))) + "]")
# The same for text not decomposed first: each character of the Basic Multilingual Plane to what
# its NFD becomes without marks ("ế" → "e"). Equal to NFD then _STRIP (NFD only reorders marks,
# which go), three times faster; a list, because a dict lookup that misses raises internally.
_STRIP_COMPOSED = list(range(0x10000))
for _code in range(0xC0, 0x10000):
    if unicodedata.combining(chr(_code)) or not unicodedata.is_normalized("NFD", chr(_code)):
        _STRIP_COMPOSED[_code] = unicodedata.normalize("NFD", chr(_code)).translate(_STRIP)
_STRIP_COMPOSED[ord("đ")], _STRIP_COMPOSED[ord("Đ")] = "d", "D"

# Trailing boilerplate starts at a line like these, in the last part of a page.
# "Bình Luận", "Ý kiến bạn đọc", "Tin cùng chuyên mục", ">> Xem thêm",
# "Cơ quan chủ quản: Tỉnh ủy Sóc Trăng", "Tổng số lượt truy cập:".
BOILERPLATE_START = re.compile(
    r"^\s*(?:>>\s*)?(?:bình luận|ý kiến bạn đọc|ý kiến của bạn|gửi bình luận|viết bình luận|"
    r"tin cùng chuyên mục|tin liên quan|bài liên quan|tin khác|các tin khác|xem thêm|"
    r"tin mới nhất|tin đọc nhiều|đọc nhiều nhất|cơ quan chủ quản|tổng biên tập|"
    r"giấy phép xuất bản|giấy phép số|bản quyền thuộc|©|copyright|tổng số lượt truy cập|"
    r"lượt truy cập|đang truy cập|chia sẻ bài viết|chia sẻ:|từ khóa:|tags?:)",
    re.IGNORECASE,
)
# A boilerplate block must begin within the last part of the text, so that a
# sentence starting "Xem thêm…" in the middle of an article is kept.
BOILERPLATE_TAIL_SHARE = 0.5


def normalize_text(text: str) -> str:
    """NFC, invisible characters removed, spaces and blank lines cleaned."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = INVISIBLE.sub("", text)
    text = CONTROL.sub("", text).replace("\t", " ")
    text = SPACES.sub(" ", text)
    lines = [line.strip() for line in text.split("\n")]
    return BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def _move_tone(match: re.Match) -> str:
    first, second, mark = match.groups()
    return first + mark + second


def normalize_tone(text: str) -> str:
    """Metadata convention: ``Hoà``→``Hòa``, ``Thuỷ``→``Thủy``, ``Uỷ``→``Ủy``; NFC."""
    composed = unicodedata.normalize("NFC", text)
    if _COMBINING.search(composed) or _ASTRAL.search(composed):
        decomposed = unicodedata.normalize("NFD", composed)
        # Only the tone mark moves: NFD also splits â/ơ/ư, but those never occur in oa/oe/uy.
        return unicodedata.normalize("NFC", _TONE_MOVE.sub(_move_tone, decomposed))
    return _TONE_MOVE_NFC.sub(_move_tone_nfc, composed)


# normalize_tone for one word, remembered: extractors look at the same words again and again.
normalize_word = functools.lru_cache(maxsize=1 << 16)(normalize_tone)


@functools.lru_cache(maxsize=1 << 16)  # names recur across articles
def normalize_name(text: str) -> str:
    """A person's or place's name: NFC, tone convention, single spaces."""
    return " ".join(normalize_tone(normalize_text(text)).split())


def strip_marks(text: str) -> str:
    """Remove every diacritic and map đ→d, keeping case: ``Đại hội`` → ``Dai hoi``."""
    if _ASTRAL.search(text):  # beyond the table (rare): character by character
        return "".join(c for c in unicodedata.normalize("NFD", text).translate(_STRIP) if not unicodedata.combining(c))
    return text.translate(_STRIP_COMPOSED)


def fold(text: str) -> str:
    """Search/match key: no diacritics, đ→d, lower case, single spaces."""
    return " ".join(strip_marks(text).lower().split())


def fold_words(text: str) -> list[str]:
    """The folded syllables of ``text``, punctuation dropped: ``TP.Cần Thơ`` → tp, can, tho."""
    return WORD_CHARS.findall(fold(text))


def exact_key(text: str) -> str:
    """Lower case with marks kept, in the metadata tone convention (for exact-match ranking)."""
    return normalize_tone(unicodedata.normalize("NFC", text)).lower()


# i and y are one letter after these onsets, each paper spelling the word its own way ("tỷ lệ"/"tỉ lệ",
# "kỹ"/"kĩ", "lý"/"lí", "quý"/"quí", "sỹ"/"sĩ", "hy"/"hi"): search writes them with i. Not after "th" or
# "v" ("Thy", "Vy" are names, "thi", "vi" other words), nor in "uy" ("Thủy").
I_FOR_Y_ONSETS = ("qu", "h", "k", "l", "m", "s", "t")
I_FOR_Y = dict(zip("yýỳỷỹỵ", "iíìỉĩị"))
# The y is matched first and its onset looked at behind it: a pattern that opened with a look-behind
# was tried at every position of the text (4× slower on an article, measured; the same replacements).
_Y_AFTER_ONSET = re.compile(f"[{''.join(I_FOR_Y)}](?:" + "|".join(
    rf"(?<=(?<![^\W_]){onset}.)" for onset in I_FOR_Y_ONSETS) + r")(?![^\W_])")


def spelling_key(text: str) -> str:
    """Lower-case text with the i/y variants written with i: ``tỷ lệ`` → ``tỉ lệ``, ``quý`` → ``quí``."""
    return _Y_AFTER_ONSET.sub(lambda m: I_FOR_Y[m[0]], text)


def split_boilerplate(text: str) -> tuple[str, str]:
    """Split normalised article text into (article, trailing site boilerplate)."""
    lines = text.split("\n")
    threshold = int(len(lines) * (1 - BOILERPLATE_TAIL_SHARE))
    for index, line in enumerate(lines):
        if index >= threshold and len(line) < 120 and BOILERPLATE_START.match(line):
            return "\n".join(lines[:index]).strip(), "\n".join(lines[index:]).strip()
    return text, ""



def normalize_with_offsets(raw: str) -> tuple[str, list[tuple[int, int]]]:
    """``raw`` as normalize_text sees it inside a line (NFC, invisibles dropped, every run of
    whitespace one space), with the span of ``raw`` each output character came from.

    Evidence quotes are found in normalised text but must be copied from the file as written;
    this is the slow path, for the files where the quote does not occur in the raw text as is
    (decomposed marks, zero-width characters, non-breaking spaces).
    """
    chars: list[str] = []
    spans: list[tuple[int, int]] = []
    index, size = 0, len(raw)
    while index < size:
        char = raw[index]
        if char.isspace():
            end = index
            while end < size and (raw[end].isspace() or _dropped(raw[end])):
                end += 1
            chars.append(" ")
            spans.append((index, end))
            index = end
            continue
        if _dropped(char):
            index += 1
            continue
        end = index + 1
        while end < size and unicodedata.combining(raw[end]):
            end += 1
        for composed in unicodedata.normalize("NFC", raw[index:end]):
            chars.append(composed)
            spans.append((index, end))
        index = end
    return "".join(chars), spans


def _dropped(char: str) -> bool:
    return bool(INVISIBLE.match(char) or (CONTROL.match(char) and char not in "\n\t"))
