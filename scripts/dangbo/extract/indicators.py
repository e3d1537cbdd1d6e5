"""The vocabulary of indicators: what a figure measures, as a key shared by the data, the pages and the docs.

Each key has a Vietnamese label, the words that name it (matched on the folded text of the figure's
indicator and the clause before it: no marks, "đ" as "d", lower case) and the units it can be counted
in. The first key that fits wins, so the narrow ones come first (the solve rate before crime, deaths
in traffic accidents before accidents, the serious cases solved before the solve rate). A figure that fits none has the key None: its words are
still published as written.
"""
from __future__ import annotations

import functools
import re
from typing import NamedTuple

PERCENT = frozenset({"%"})
MONEY = frozenset({"đồng", "nghìn đồng", "triệu đồng", "tỷ đồng", "tỉ đồng", "nghìn tỷ đồng", "USD", "triệu USD"})
WEIGHT = frozenset({"kg", "g", "gam", "gram", "tấn", "bánh", "viên", "lít", "cây"})


class Indicator(NamedTuple):
    key: str
    label: str
    pattern: re.Pattern
    units: frozenset | None = None  # None: any unit
    not_units: frozenset = frozenset()


def _i(key: str, label: str, words: str, units=None, not_units=()) -> Indicator:
    return Indicator(key, label, re.compile(words), frozenset(units) if units else None, frozenset(not_units))


_TRAFFIC = r"(?:tai nan|\btngt\b|giao thong|va cham)"
INDICATORS = (
    _i("trong-an", "Khám phá trọng án", r"\btrong an\b(?! ninh| toan)|an (?:dac biet |rat )+nghiem trong"),
    _i("ty-le-kham-pha", "Tỷ lệ điều tra, khám phá án",
       r"\bt[yi] le (?:\w+ ){0,3}(?:dieu tra|kham pha|pha an)|\b(?:dieu tra|kham pha|lam ro)\b.*\b(?:dat|t[yi] le)\b", PERCENT),
    # deaths and injuries of traffic accidents: the words of a traffic accident in the same context
    _i("tai-nan-chet", "Tai nạn giao thông: người chết",
       rf"{_TRAFFIC}[^;]*\b(?:chet|tu vong|thiet mang)\b|\b(?:chet|tu vong|thiet mang)\b[^;]*{_TRAFFIC}",
       not_units={"vụ", "tiêu chí"}),
    _i("tai-nan-bi-thuong", "Tai nạn giao thông: người bị thương",
       rf"{_TRAFFIC}[^;]*\bbi thuong\b|\bbi thuong\b[^;]*{_TRAFFIC}", not_units={"vụ", "tiêu chí"}),
    _i("tai-nan-giao-thong", "Tai nạn giao thông", r"tai nan giao thong|\btngt\b|va cham giao thong|\bvu tai nan\b"),
    _i("vi-pham-giao-thong", "Xử lý vi phạm giao thông",
       r"vi pham (?:[^;,]{0,30})?(?:giao thong|trat tu an toan giao thong|tat an toan giao thong)|\bttatgt\b|\bxu ly (?:\w+ ){0,3}(?:phuong tien|truong hop vi pham)"),
    _i("ma-tuy-thu-giu", "Ma túy thu giữ", r"ma tuy|heroin|thuoc lac|ketamin|can sa", WEIGHT),
    _i("ma-tuy", "Tội phạm ma túy (vụ, đối tượng)", r"ma tuy|heroin"),
    _i("truy-na", "Bắt, vận động đầu thú đối tượng truy nã", r"truy na"),
    _i("lua-dao", "Lừa đảo chiếm đoạt tài sản", r"lua dao"),
    _i("cong-nghe-cao", "Tội phạm sử dụng công nghệ cao", r"cong nghe cao|khong gian mang"),
    _i("toi-pham-kinh-te", "Tội phạm kinh tế, tham nhũng, buôn lậu",
       r"kinh te|tham nhung|chuc vu|buon lau|gian lan thuong mai|hang gia"),
    _i("moi-truong", "Tội phạm về môi trường", r"moi truong"),
    _i("chay-no", "Cháy, nổ", r"\bvu chay\b|chay,? no|\bso vu chay\b|\bvu no\b"),
    _i("vu-khi", "Thu hồi vũ khí, vật liệu nổ", r"vu khi|vat lieu no|cong cu ho tro|\bsung\b"),
    _i("toi-pham-ttxh", "Tội phạm về trật tự xã hội",
       r"pham phap hinh su|trat tu xa hoi|\bttxh\b|\btoi pham (?:hinh su|xam pham)|an hinh su|vu pham toi|toi pham giam"),
    _i("tin-bao", "Tin báo, tố giác tội phạm", r"tin bao|to giac"),
    _i("xu-phat", "Xử phạt vi phạm hành chính",
       r"xu phat|phat tien|nop (?:vao )?(?:ngan sach|kho bac)|vi pham hanh chinh", MONEY | {"trường hợp", "lượt", "vụ", "%"}),
    _i("can-cuoc", "Cấp căn cước, CCCD", r"can cuoc|\bcccd\b|\bcmnd\b"),
    _i("dinh-danh", "Định danh điện tử (VNeID)", r"dinh danh|vneid"),
    _i("dich-vu-cong", "Dịch vụ công trực tuyến", r"dich vu cong|ho so (?:\w+ ){0,3}truc tuyen|thu tuc hanh chinh"),
    _i("ket-nap-dang-vien", "Kết nạp đảng viên", r"ket nap", {"đảng viên", "quần chúng", "người", "đồng chí", "%"}),
    _i("ban-chap-hanh", "Ban Chấp hành được bầu", r"ban chap hanh|\bbch\b|ban thuong vu|dang uy khoa",
       {"đồng chí", "ủy viên", "người"}),
    _i("dai-bieu", "Đại biểu dự đại hội, hội nghị", r"dai bieu", {"đại biểu"}),
    _i("khen-thuong", "Khen thưởng", r"khen thuong|bang khen|giay khen|huan chuong|chien si thi dua|\btang (?:\w+ ){0,3}khen|\bkhen\b",
       {"tập thể", "cá nhân", "lượt", "đồng chí", "đơn vị", "cán bộ, chiến sĩ", "người"}),
    _i("chi-tieu-nghi-quyet", "Chỉ tiêu, nhiệm vụ, đột phá của nghị quyết",
       r"chi tieu|nhiem vu|giai phap|dot pha|chuong trinh|phuong huong|nghi quyet",
       {"chỉ tiêu", "nhiệm vụ", "nhiệm vụ trọng tâm", "giải pháp", "nhóm giải pháp", "đột phá", "khâu đột phá",
        "nhóm nhiệm vụ", "tiêu chí", "chương trình", "phương hướng"}),
    _i("dang-vien", "Đảng viên, tổ chức đảng", r"dang vien|chi bo|dang bo|to chuc (?:co so )?dang",
       {"đảng viên", "chi bộ", "đảng bộ", "tổ chức cơ sở đảng", "tổ chức đảng", "%"}),
)
LABELS = {indicator.key: indicator.label for indicator in INDICATORS}


@functools.lru_cache(maxsize=None)
def _admitting(unit: str) -> tuple[Indicator, ...]:
    """The indicators a unit can be counted in, in order."""
    return tuple(i for i in INDICATORS if (i.units is None or unit in i.units) and unit not in i.not_units)


@functools.lru_cache(maxsize=1 << 15)  # the figures of one clause ask about the same words
def classify(folded_context: str, unit: str) -> str | None:
    """The first indicator whose words occur in the folded context and that admits the unit; None when none."""
    for indicator in _admitting(unit):
        if indicator.pattern.search(folded_context):
            return indicator.key
    return None
