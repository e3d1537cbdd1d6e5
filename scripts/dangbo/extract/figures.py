"""The figures an article reports: every number with a unit or a counted noun, stated as a fact or a target.

A figure is a number (``numbers.find_quantities``) followed by a unit ("%", "kg", "tỷ đồng") or a
counted noun ("vụ", "đối tượng", "đảng viên", "tập thể"). Around it, in the same sentence: the direction
written just before it ("kéo giảm", "tăng", "đạt", "vượt"); what it measures, as written (the words after
a measure, "12,37% số vụ phạm pháp hình sự", or the subject before it, "tỷ lệ điều tra, khám phá án đạt
91,2%"; for a count, the verb and the noun, "bắt giữ … đối tượng truy nã"); what it is compared with
("so với năm 2015", "so với cùng kỳ"; one comparison closing a list of changes applies to each); the
period written in the sentence ("năm 2022", "6 tháng đầu năm 2023", "nhiệm kỳ 2015-2020"; a year-less
"6 tháng đầu năm" takes the article's year), else at the head of its paragraph ("Năm 2022, …"), else
the article's own (the year or term it reviews; a congress's targets, the new term); and whether it is a
target ("phấn đấu", "mục tiêu", "chỉ tiêu") or a result. Not figures: dates and times, durations and
anniversaries ("sau 2 ngày làm việc", "80 năm"), ordinals ("lần thứ 57", "hạng Nhì"), numbers of
documents ("Đề án 06", "Chỉ thị 12"), slogans ("6 rõ"), names with digits ("Covid-19"), phone numbers.
A figure repeated (same value, unit, direction and thing measured) is listed once, where first stated.
"""
from __future__ import annotations

import functools
import re
from bisect import bisect_left

from ..model import Figure
from ..normalize import fold, strip_marks
from ._text import Text, sentences
from .figure_periods import brackets, head_period, nearest_period, periods_in
from .indicators import MONEY, PERCENT, WEIGHT, classify
from .numbers import SCALES, find_quantities, number_starts

QUOTE_LIMIT = 320
# Counted nouns and units, as the papers write them after a number (longest first when matched).
NOUNS = (
    "vụ án", "vụ việc", "vụ", "đối tượng", "bị can", "bị cáo", "lượt người", "lượt", "người", "trường hợp",
    "đảng viên", "quần chúng", "đồng chí", "đại biểu", "ủy viên", "uỷ viên", "tập thể", "cá nhân", "đơn vị",
    "chi bộ", "đảng bộ", "tổ chức cơ sở đảng", "tổ chức đảng", "chỉ tiêu", "nhiệm vụ trọng tâm", "nhóm nhiệm vụ",
    "nhiệm vụ", "nhóm giải pháp", "giải pháp", "khâu đột phá", "đột phá", "tiêu chí", "chương trình", "phương hướng",
    "kg", "kilogam", "gam", "gram", "gr", "g", "tấn", "lít", "bánh", "viên", "cây", "khẩu súng", "khẩu", "khẩu trang",
    "quả", "kíp", "m3", "ha", "km", "đồng", "USD", "hồ sơ", "thẻ căn cước", "thẻ", "căn cước", "CCCD", "tài khoản", "giấy phép",
    "văn bản", "kế hoạch", "đề tài", "sáng kiến", "mô hình", "cuộc", "buổi", "lớp", "đợt", "tuyến", "băng nhóm",
    "ổ nhóm", "nhóm", "đường dây", "tụ điểm", "điểm", "cơ sở", "doanh nghiệp", "hộ gia đình", "hộ", "xã, phường",
    "xã", "phường", "thị trấn", "huyện", "xe mô tô", "mô tô", "ô tô", "xe", "phương tiện", "tin báo", "tin, bài",
    "tin bài", "bài viết", "tin", "đơn thư", "đơn", "công dân", "cán bộ, chiến sĩ", "cán bộ chiến sĩ", "chiến sĩ",
    "cán bộ", "CBCS", "học viên", "thanh niên", "camera", "dự án", "công trình", "nhà", "căn nhà", "con",
    "tổ", "đội", "khu dân cư", "thôn", "ấp", "bản", "tổ dân phố", "tiêu chuẩn", "thủ tục", "dịch vụ công",
    "bài", "ý kiến", "kiến nghị", "lá đơn", "trận", "hecta", "m2", "sản phẩm", "tổ chức", "điểm cầu",
    "ca", "trẻ em", "nạn nhân", "bị hại", "học sinh", "sinh viên", "lao động", "hội viên", "đoàn viên", "thành viên",
    "lần", "lượt xe", "chuyến", "tàu", "thuyền", "chiếc", "xe máy", "bao", "gói", "hộp", "chai", "tép", "lô",
    "cá thể", "điện thoại", "máy tính", "tài liệu", "phóng sự", "video", "clip", "phần quà", "suất quà", "suất",
    "huy chương", "bằng khen", "giấy khen", "cờ thi đua", "danh hiệu", "cơ quan", "trường học", "trường",
    "người nghiện", "phạm nhân", "trại viên", "hội nghị", "lớp học", "chuyên đề", "chuyên án", "tin tức", "cửa hàng",
    "báo cáo", "sự kiện", "luật", "lãnh đạo", "nguyên lãnh đạo", "đề án", "hội thảo", "tọa đàm",
    "đồng bào", "hộ chiếu", "tin nhắn", "bản án", "lượt truy cập", "bản cam kết", "băng, nhóm", "băng rôn", "băng", "ổ, nhóm", "ổ",
)
_NOUN = "|".join(re.escape(n) for n in sorted(NOUNS, key=len, reverse=True))
UNIT = re.compile(  # "giảm 3.009 số vụ": "số" before the noun is part of what is counted
    rf"\s*(?P<unit>%|phần trăm|(?:(?:nghìn|ngàn|triệu|tỷ|tỉ)\s+)+(?:{_NOUN})?|(?:số\s+)?(?:{_NOUN}))(?![^\W\d_])", re.IGNORECASE)
# The first word a unit can start with: a number followed by anything else is no figure (most are dates).
UNIT_FIRST = frozenset({"%", "phần", "số", "nghìn", "ngàn", "triệu", "tỷ", "tỉ"} | {n.split()[0].rstrip(",").lower() for n in NOUNS})
_FIRST_WORD = re.compile(r"\s*([^\W\d_]+|%)")
# The unit as the vocabulary spells it ("tổ chức cơ sở Đảng" → "tổ chức cơ sở đảng"; "usd" → "USD").
CANONICAL = {noun.lower(): noun for noun in NOUNS}
# Not figures: time and age ("2 ngày làm việc", "80 năm", "75 tuổi"), or a number after a word that names
# an ordinal or a document ("lần thứ 57", "hạng 3", "Chỉ thị 12", "Nghị quyết số 12", "Điều 5").
TIME_WORDS = re.compile(r"\s*(?:năm|tháng|ngày|giờ|phút|tuần|quý|tuổi|kỳ|khóa|khoá|lần thứ|h\b|đêm)\b", re.IGNORECASE)
NOT_BEFORE = re.compile(
    r"(?:\bthứ|\bhạng|\bsố|\bkhóa|\bkhoá|\blần|\bĐiều|\bkhoản|\bmục|\bChỉ thị|\bNghị quyết|\bQuyết định|\bKế hoạch|"
    r"\bĐề án|\bThông tư|\bNghị định|\bCông văn|\bLuật|\bquý|\btháng|\bngày|\bnăm|\blúc|\bTop|\btop|\bPhòng|"
    r"\bKhoa|\bCụm|\bTổ|\bĐội|\bĐoàn|\bTrung đoàn|\bTiểu đoàn|\bQuốc lộ|\bQL|\btỉnh lộ|\bđường|\bphòng)\s*$")
# A dated day beside the number: "Ngày 12/8", "sáng 3/9".
DATE_LEAD = re.compile(r"(?:ngày|sáng|chiều|tối|trưa|đêm|hôm|từ|đến)\s*\(?\s*$", re.IGNORECASE)
DIRECTION = re.compile(
    r"(?P<dir>kéo giảm|giảm|tăng|đạt|vượt|hoàn thành)(?:\s+(?:và vượt|và|cả|được|còn|lần lượt|tương ứng|xuống|lên|"
    r"thêm|mạnh|sâu|tỷ lệ|tỉ lệ|chỉ tiêu|là|trung bình|bình quân|mức|ở mức|đến|tới|gần|hơn|trên|khoảng|so với))*\s*$")
DIRECTIONS = {"kéo giảm": "giảm", "hoàn thành": "đạt"}
COMPARED = re.compile(
    r"\bs[oơ] với\s+(?:[^,;.()]{0,60}?)(?=\s*(?:[,;.()]|$|\s(?:và|giảm|tăng|đạt|trong đó)\s))|\b(?<!so với )cùng kỳ(?: năm (?:19|20)\d\d)?",
    re.IGNORECASE)
TARGET = re.compile(
    r"phấn đấu|mục tiêu|(?<!đạt )(?<!vượt )(?<!hoàn thành )(?<!đạt và vượt )chỉ tiêu(?!\s+(?:đề ra|được giao|Bộ giao|trên giao))|"
    r"(?<!đạt )(?<!vượt )(?<!chỉ tiêu )đề ra|đặt ra|phải đạt|cần đạt|bảo đảm đạt|đến năm 20\d\d|nhiệm kỳ tới|thời gian tới|sẽ\b",
    re.IGNORECASE)
# A target named as what a result is measured against, not stated: "vượt chỉ tiêu đề ra", "cao hơn chỉ
# tiêu Quốc hội đề ra 9,5%", "hoàn thành 100% chỉ tiêu được giao".
MET_TARGET = re.compile(
    r"(?:đạt|vượt|hoàn thành|cao hơn|thấp hơn|hơn|so với)(?:\s+(?:và vượt|mức|các|\d+(?:,\d+)?\s*%))*\s+(?:chỉ tiêu|mục tiêu)"
    r"(?:(?:\s+(?!là\b)[^\s,;.()]+){0,3}?\s+(?:đề ra|được giao|giao))?", re.IGNORECASE)
# "chỉ tiêu Bộ giao là 70%", "chỉ tiêu đề ra: 85%": the number is the target itself.
TARGET_VALUE = re.compile(r"chỉ tiêu[^;,.]{0,30}(?:\slà|:)\s*$", re.IGNORECASE)
# What ends the words a figure measures, after its unit.
AFTER_END = re.compile(
    r"\s*(?:[,;:.()/\"“”]|\s-\s|\bs[oơ] với\b|\btrong đó\b|\bgiảm\b|\btăng\b|\bđạt\b|\bvượt\b|\bchiếm\b|\bvà\b|(?<!đối )\bvới\b|"
    r"\b(?:hơn|gần|trên|khoảng)?\s*\d|"
    r"\bcùng kỳ\b|\bnăm (?:19|20)\d\d|\b(?:6|9) tháng\b|\btrong\b|\bbằng\b|\bthu\b|\btrị giá\b|\bliên quan\b|\bcó\b|\bđược\b|"
    r"\blà\b|\btại\b|\bcủa\b|\bđã\b|\bnhằm\b|\bgóp\b|\bthuộc\b|\bhoàn thành\b|\bcho\b|\bở\b|$)")
LEADING = re.compile(r"^(?:\s+(?:và|cùng với|cùng|gồm|đại diện cho|cho|tại|của|thuộc|ở|đến từ|đã|đồng thời|trong đó|riêng|còn|cùng với đó|qua đó|từ đó|các|đều|cũng|được|có|với|"
                     r"trở lên|nhất là|đặc biệt là|đặc biệt|nổi bật là|nổi bật|ngoài ra|bên cạnh đó|theo đó|kết quả|tổng số)\s*,?(?=\s))+",
                     re.IGNORECASE)
TRAILING = re.compile(r"(?:\s+(?:đều|cũng|được|đã|là|có|với|lần lượt|kéo|chỉ|còn|có tới|lên tới|xuống còn|trung bình|"
                      r"bình quân|luôn|ước|ước đạt|tới|lên|gần|trên|hơn|khoảng|từ|cả|tổng cộng|gồm|tổng|hiện|hiện có))+\s$", re.IGNORECASE)
# The verbs of a count: its indicator starts at the last of them ("bắt giữ … đối tượng").
VERB = re.compile(
    r"(?<!\w)(?:xảy ra|phát hiện|bắt giữ|bắt|khởi tố|điều tra|xử lý|xử phạt|thu giữ|thu hồi|triệt phá|triệt xóa|triệt xoá|"
    r"kết nạp|khen thưởng|tặng|trao|cấp|tiếp nhận|giải quyết|mở|tổ chức|vận động|tuần tra|lập biên bản|làm rõ|"
    r"truy bắt|thụ lý|giải cứu|phát động|ban hành|bầu|chỉ định|kiểm tra|tuyên truyền|xây dựng|duy trì|thành lập|"
    r"kiện toàn|triển khai|thu nạp|tiếp công dân|tiếp|đón|huy động|hỗ trợ|tặng quà|xét xử|đăng ký|thu|nộp|"
    r"ra quyết định|có)(?!\w)", re.IGNORECASE)
SUBJECT_START = re.compile(r"t[ỷỉ] lệ", re.IGNORECASE)
_PAST, _SO, _CLAUSE_END = re.compile(r"\bđã\b"), re.compile(r"^số\s+", re.IGNORECASE), re.compile(r"\s*(?:[,;.)]|$)")
_CASUALTY, _TRAFFIC = re.compile(r"\b(?:chet|tu vong|thiet mang|bi thuong)\b"), re.compile(r"tai nan|\btngt\b|giao thong|va cham")
_DIGIT, _PIECES = re.compile(r"\d"), re.compile(r"[,:]\s|\s-\s|\btrong đó\b|\bcòn\b")
MEASURES = PERCENT | MONEY | WEIGHT | {"phần trăm", "kilogam", "gram", "gr", "m3", "ha", "km", "hecta", "m2"}


def find_figures(text: Text, *, year: int | None = None, event: str = "khac", period: str | None = None,
                 term: str | None = None, quoted=lambda quote: quote) -> tuple[Figure, ...]:
    """Every figure of the running text, in order, each once.

    ``year`` completes a year-less period ("6 tháng đầu năm"); ``period`` is the article's (what its
    results cover) and ``term`` its term (what a congress's targets cover); ``quoted`` turns a quote of
    the normalised text into the file's own words (``evidence.locate``).
    """
    found: list[Figure] = []
    seen_words: set = set()
    seen_things: dict = {}
    running = set(text.running)  # the paragraphs that are not photo captions
    for index, paragraph in enumerate(text.paragraphs):
        if paragraph not in running:
            continue
        starts = [at for at in number_starts(paragraph) if _may_count(paragraph, at)]
        if not starts:  # no number that counts anything: most paragraphs of a report
            continue
        # a paragraph's head period, read only when one of its sentences has a figure
        head = functools.cache(lambda paragraph=paragraph: head_period(_head(paragraph), year, period, event, term))
        position = 0
        for sentence in sentences(paragraph):
            start = paragraph.find(sentence, position)
            if start < 0:
                continue
            position = start + len(sentence)
            inside = [at - start for at in starts[bisect_left(starts, start):bisect_left(starts, position)]]
            if not inside:
                continue
            place = (index, (start, position))
            for figure in _sentence_figures(sentence, year, event, period, term, head, place, quoted, inside):
                same = (figure.value, figure.value_max, figure.denominator, figure.unit, figure.direction, figure.kind)
                # the same thing: the same words, or the same indicator restated in another paragraph
                said, thing = (*same, fold(figure.indicator)), (*same, figure.indicator_key)
                if said in seen_words or (figure.indicator_key and seen_things.get(thing, index) != index):
                    continue
                seen_words.add(said)
                seen_things.setdefault(thing, index)
                found.append(figure)
    return tuple(found)


# "… giảm 43 (391/434)", "tăng 12, tương ứng 5%": a bare change right after a verb of change.
BARE_CHANGE = re.compile(r"(?:giảm|tăng)\s*$")
# The word after a number and what may stand between ("80 - 90%", "87/92 xã", "từ 80 đến 90%", "200kg").
_NEXT_WORD = re.compile(r"[\d.,/\s\-–]*(?:(?:đến|tới)[\d.,/\s\-–]*)?([^\W\d_]+|%)?")


def _may_count(paragraph: str, at: int) -> bool:
    """Whether the number starting at ``at`` can be a figure: a unit's first word follows it, or it is a
    number word, or a bare change ("giảm 43"). A cheap test before the full reading (most numbers are dates)."""
    if not paragraph[at].isdigit():
        return True
    word = _NEXT_WORD.match(paragraph, at)[1]
    return (word is not None and word.lower() in UNIT_FIRST) or bool(BARE_CHANGE.search(paragraph, max(0, at - 12), at))


def _head(paragraph: str) -> str:
    """The words opening a paragraph before its first comma: "Năm 2022", "Trong 6 tháng đầu năm"; not a comparison."""
    head = paragraph.split(",", 1)[0]
    return head if len(head) <= 40 and not COMPARED.search(head) else ""


def _sentence_figures(sentence: str, year, event, period, term, head_period, place, quoted, starts):
    quantities = []
    for quantity in find_quantities(sentence, starts):
        unit = _unit_after(sentence, quantity) or _implied_unit(sentence, quantity, quantities)
        if unit:
            quantities.append((quantity, unit))
    if not quantities:
        return
    compared = [(m.start(), m.end(), m[0].strip()) for m in COMPARED.finditer(sentence)]
    spans = brackets(sentence)
    flat = strip_marks(sentence).lower()  # folded once; a slice of it is the fold of the words there
    folded = (lambda a, b: flat[a:b]) if len(flat) == len(sentence) else (lambda a, b: fold(sentence[a:b]))
    periods = [p for p in periods_in(sentence, year, period, event, term)
               if not any(a <= p[0] < b for a, b, _ in compared)]
    last, previous_end = None, 0
    for number, ((quantity, (unit, unit_end)), nxt) in enumerate(zip(quantities, [*quantities[1:], (None, None)])):
        previous_end = min(previous_end, quantity.start)
        next_start = nxt[0].start if nxt[0] else len(sentence)
        before = sentence[previous_end:quantity.start]
        clause_start = max(sentence.rfind(";", 0, quantity.start) + 1, 0)
        direction_match = DIRECTION.search(before[-80:])  # anchored at the end: a tail is enough, and fast
        direction = DIRECTIONS.get(direction_match["dir"], direction_match["dir"]) if direction_match else None
        subject_end = quantity.start - len(direction_match[0]) if direction_match else quantity.start
        subject_start = max([previous_end, clause_start] + [b for a, b, _ in compared if b <= subject_end])
        indicator, previous_end = _indicator(sentence, unit, unit_end, subject_start, subject_end)
        if not indicator and last and number:  # "xảy ra 574 vụ, giảm 5,3%": the change of the figure before
            indicator, key = last
            if unit == "%" and key != "trong-an" and classify(folded(clause_start, quantity.start), unit) == "ty-le-kham-pha":
                key = "ty-le-kham-pha"  # "làm rõ 828 vụ, 1.585 đối tượng, đạt tỷ lệ 86%": the solve rate
        else:
            own = fold(f"{indicator} {direction_match[0] if direction_match else ''}")
            if _CASUALTY.search(own) and _TRAFFIC.search(folded(clause_start, _clause_end(sentence, quantity.end))):
                own += " tai nan"  # "… tai nạn giao thông, làm 38 người chết, 29 người bị thương": each its own
            key = (classify(own, unit) or classify(folded(max(previous_end, clause_start), quantity.start), unit)
                   or classify(folded(unit_end, next_start), unit)
                   or classify(folded(clause_start, _clause_end(sentence, quantity.end)), unit))
        last = (indicator, key)
        target = (TARGET.search(_masked(sentence, clause_start, quantity.start, quantities[:number]))
                  or TARGET_VALUE.search(before[-60:]) or _in_list_of_targets(sentence, clause_start, quantity.start, quantities[:number]))
        kind = "chi-tieu" if target else "ket-qua"
        compared_to = _compared(compared, quantity, next_start, direction, clause_start)
        found_period = nearest_period(periods, quantity.start, spans)
        if found_period:
            period_code, period_text = found_period
        elif head_period():
            period_code, period_text = head_period()
        else:
            period_code = term if (kind == "chi-tieu" and event == "dai-hoi") else (period if kind == "ket-qua" else None)
            period_text = None
        yield Figure(
            value=quantity.value, value_text=sentence[quantity.start:unit_end].strip(), unit=unit, indicator=indicator,
            indicator_key=key, direction=direction, kind=kind, quote=quoted(_quote(sentence, quantity.start, unit_end)),
            qualifier=quantity.qualifier, value_max=quantity.value_max, denominator=quantity.denominator,
            compared_to=compared_to, period=period_code, period_text=period_text, paragraph=place[0], span=place[1],
        )


def _in_list_of_targets(sentence: str, clause_start: int, position: int, earlier) -> bool:
    """A clause of a list that a target opens: "Nhiệm kỳ tới, phấn đấu …; 80% đảng viên …; … đạt 100%"."""
    head_end = sentence.find(";")
    if head_end < 0 or clause_start <= head_end or _PAST.search(sentence, clause_start, position):
        return False
    return bool(TARGET.search(_masked(sentence, 0, head_end, earlier)))


def _masked(sentence: str, start: int, end: int, earlier) -> str:
    """The clause before a figure as the target words see it: the figures before it (their numbers and
    units: "15 chỉ tiêu") and the targets a result is measured against blanked out."""
    text = list(sentence[start:end])
    for quantity, (_, unit_end) in earlier:
        for i in range(max(quantity.start, start), min(unit_end, end)):
            text[i - start] = " "
    clause = "".join(text)
    return MET_TARGET.sub(lambda m: " " * len(m[0]), clause)


def _unit_after(sentence: str, quantity) -> tuple[str, int] | None:
    """(unit, where it ends) when the number counts something; None for dates, times, ordinals and codes."""
    before = sentence[max(0, quantity.start - 40):quantity.start]  # the patterns end at the number
    if NOT_BEFORE.search(before) or TIME_WORDS.match(sentence, quantity.end):
        return None
    if quantity.denominator is not None and (quantity.denominator < quantity.value or (
            quantity.value <= 31 and quantity.denominator <= 12 and DATE_LEAD.search(before))):
        return None  # "29/6", "ngày 12/8": a day and month
    first = _FIRST_WORD.match(sentence, quantity.end)
    if not first or first[1].lower() not in UNIT_FIRST:
        return None
    match = UNIT.match(sentence, quantity.end)
    if not match:
        return None
    written = _SO.sub("", " ".join(match["unit"].split()))
    scale_words = [w for w in written.split(" ") if w.lower() in SCALES]
    noun = written.split(" ", len(scale_words))[-1] if len(written.split(" ")) > len(scale_words) else ""
    unit = " ".join([w.lower() for w in scale_words] + ([CANONICAL.get(noun.lower(), noun)] if noun else []))
    if unit.lower() == "phần trăm":
        unit = "%"
    if unit.split(" ")[-1] in SCALES:  # "1,2 triệu" with no noun after it: a scale with nothing counted
        if not _CLAUSE_END.match(sentence, match.end()):
            return None
    if quantity.value_max is not None and unit != "%" and (
            not quantity.text.strip()[0].isdigit() or 1900 <= quantity.value <= 2100 <= quantity.value_max + 100):
        return None  # "2025-2030 tổ chức": a term, not a range of counts
    return unit, match.end()


BARE_END = re.compile(r"\s*(?:[(,;.]|$|\s(?:so với|tương ứng)\b)")


def _implied_unit(sentence: str, quantity, before) -> tuple[str, int] | None:
    """A change written without its unit counts what the figure before it counts ("391 vụ …, giảm 43")."""
    if not before or quantity.denominator is not None or not BARE_CHANGE.search(sentence, max(0, quantity.start - 20), quantity.start):
        return None
    unit = before[-1][1][0]
    if unit in MEASURES or not BARE_END.match(sentence, quantity.end):
        return None
    return unit, quantity.end


def _indicator(sentence: str, unit: str, unit_end: int, clause_start: int, subject_end: int) -> tuple[str, int]:
    """What the figure measures, as written (the words after a measure or a counted noun, or the subject
    before it), and where those words end."""
    after, after_end = _after(sentence, unit_end)
    measure = unit in MEASURES or unit.split(" ")[0] in SCALES
    if measure and after and not after.startswith("đối với"):
        return after, after_end
    subject = _subject(sentence, clause_start, subject_end, back=measure)
    if measure:
        return (_tidy(f"{subject} {after}") if after else subject), after_end
    noun = unit.split(" ", 1)[1] if unit.split(" ")[0] in SCALES and " " in unit else unit
    verbs = list(VERB.finditer(subject))
    if verbs:  # "Công an Cần Thơ đã mở 96 đợt", "Cần Thơ xảy ra 574 vụ": from the last verb
        subject = subject[verbs[-1].start():]
    verb = subject if len(subject.split()) <= 4 and not _DIGIT.search(subject) else ""
    return _tidy(" ".join(part for part in (verb, noun, after) if part)), after_end


def _after(sentence: str, start: int) -> tuple[str, int]:
    end = AFTER_END.search(sentence, start)
    stop = end.start() if end else len(sentence)
    words = sentence[start:stop].split()
    return _tidy(" ".join(words[:10])), stop


def _subject(sentence: str, start: int, end: int, back: bool = False) -> str:
    """The words before the number back to the clause's start, or from the last "tỷ lệ" before it; with
    ``back``, the words before the comma when nothing is left ("án đặc biệt nghiêm trọng được khám phá, đạt 100%")."""
    piece = sentence[start:end]
    rate = [m.start() for m in SUBJECT_START.finditer(piece)]
    if rate:
        piece = piece[rate[-1]:].split("(", 1)[0]
    else:
        pieces = _PIECES.split(piece)
        piece = pieces[-1]
        if back and not _tidy(piece) and len(pieces) > 1 and not _DIGIT.search(pieces[-2]):
            piece = pieces[-2]
        inner, _, bracketed = piece.rpartition("(")  # "vượt chỉ tiêu (đạt tỷ lệ 82,94%)": the words before
        piece = bracketed if _tidy(bracketed) or not inner else inner
    return _tidy(piece)


def _tidy(words: str) -> str:
    words = " " + words.strip(" ,;:-–()/\"“”") + " "
    words = LEADING.sub(" ", words)
    words = TRAILING.sub(" ", words)
    return words.strip(" ,;:-–")


def _clause_end(sentence: str, start: int) -> int:
    end = sentence.find(";", start)
    return len(sentence) if end < 0 else end


def _compared(compared, quantity, next_start, direction, clause_start) -> str | None:
    """The comparison after the figure and before the next one; one closing a list of changes, or opening
    the clause ("So với năm 2022, số vụ cháy giảm 12%")."""
    for start, _, words in compared:
        if quantity.end <= start < next_start:
            return words
    if direction not in ("tăng", "giảm"):
        return None
    for start, _, words in compared:
        if start >= quantity.end:
            return words
    for start, _, words in compared:
        if clause_start <= start < quantity.start and words.lower().startswith(("so với", "sơ với")):
            return words
    return None


def _quote(sentence: str, start: int, end: int) -> str:
    """The sentence, or for a long one the clause around the figure, cut at word boundaries."""
    if len(sentence) <= QUOTE_LIMIT:
        return sentence
    left = max(sentence.rfind(";", 0, start) + 1, sentence.rfind(". ", 0, start) + 1, 0)
    right = sentence.find(";", end)
    right = len(sentence) if right < 0 else right
    if right - left > QUOTE_LIMIT:
        left = max(left, start - QUOTE_LIMIT // 2)
        right = min(right, max(end + QUOTE_LIMIT // 2, left + QUOTE_LIMIT))
        while left > 0 and not sentence[left - 1].isspace():
            left += 1
        while right < len(sentence) and not sentence[right].isspace():
            right -= 1
    return sentence[left:right].strip(" ,;")
