"""The headline: the article's own, or one composed in Vietnamese from the metadata."""
from __future__ import annotations

from ..read import Header
from ..vocab import CITIES

EVENT_LABELS = {
    "dai-hoi": "Đại hội Đảng bộ Công an",
    "so-ket": "Hội nghị sơ kết của Công an",
    "tong-ket": "Hội nghị tổng kết của Công an",
    "khac": "Hoạt động của Công an",
}


def extract_title(body: str, header: Header) -> str | None:
    """The article's own headline, without a glued timestamp; None when it has none."""
    return header.headline


def compose_title(event: str, province: str | None, date: str | None, term: str | None,
                  ordinal: str | None = None) -> str:
    """``Đại hội Đảng bộ Công an TP Cần Thơ lần thứ I, nhiệm kỳ 2025–2030``, from the metadata."""
    title = EVENT_LABELS[event]
    if province:
        title += f" {'TP' if province in CITIES else 'tỉnh'} {province}"
    if ordinal and event == "dai-hoi":
        title += f" lần thứ {ordinal}"
    if term:
        title += f", nhiệm kỳ {term.replace('-', '–')}"
    if date and (event != "dai-hoi" or not term):
        title += f" ({format_date_vi(date)})"
    return title


def format_date_vi(date: str) -> str:
    """``2025-08-12`` → ``12/8/2025``; ``2025-08`` → ``tháng 8/2025``; ``2025`` → ``năm 2025``."""
    parts = date.split("-")
    if len(parts) == 3:
        return f"{int(parts[2])}/{int(parts[1])}/{parts[0]}"
    if len(parts) == 2:
        return f"tháng {int(parts[1])}/{parts[0]}"
    return f"năm {parts[0]}"
