"""Realistic synthetic corpora: seed paragraphs recombined around varied provinces, dates, people and events.

Each article is written in one of the formats seen in the seeds (bare text, a ` date`
line glued to the lead, a headline with a glued timestamp, a section label with a
timestamp block and a "Nguồn:" line, a provincial paper's dateline code, trailing site
boilerplate), with a lead that names the event, the province and the day, and a
paragraph in which a visiting leader directs. ``generate`` also returns the metadata it
meant, so a benchmark can report how the extractors fare on text they have not seen.

Example: python -m bench.generate 1000 /tmp/corpus
"""
from __future__ import annotations

import random
import re
import sys
from pathlib import Path

from dangbo.extract.province import name_at
from dangbo.papers import PAPER_CODES
from dangbo.vocab import CITIES, LEGACY_PROVINCES, PROVINCE_NOW

SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
            "Dương", "Lý", "Đinh", "Trương", "Lương", "Mai", "Hà", "Tô", "Lâm", "Đoàn")
MIDDLES = ("Văn", "Thị", "Hồng", "Minh", "Quốc", "Thanh", "Đức", "Việt", "Hữu", "Ngọc", "Tam", "Xuân")
GIVENS = ("Lâu", "Hòa", "Nam", "Quang", "Thuận", "Mãi", "Hùng", "Dũng", "Long", "Phong", "Hải", "Sơn", "Tuấn", "Bình",
          "Thắng", "Cường", "Khánh", "Trung", "Hiếu", "Tâm", "Nghĩa", "Thủy", "Lan", "Hương")
VISITOR_ROLES = (
    "Thượng tướng {n}, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Công an",
    "Trung tướng {n}, Thứ trưởng Bộ Công an",
    "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh {p} {n}",
    "Bí thư Tỉnh ủy {p} {n}",
    "Chủ tịch UBND tỉnh {p} {n}",
)
HOST_ROLE = "Đại tá {n}, Giám đốc Công an tỉnh {p}"
EVENTS = {
    "dai-hoi": "Đại hội đại biểu Đảng bộ Công an tỉnh {p} lần thứ {o}, nhiệm kỳ {t}",
    "so-ket": "hội nghị sơ kết công tác 6 tháng đầu năm {y}",
    "tong-ket": "Hội nghị tổng kết công tác năm {py}, triển khai nhiệm vụ năm {y}",
    "khac": "lễ ra quân tấn công trấn áp tội phạm",
}
ORDINALS = ("XV", "XVI", "XX", "XXI", "XXII", "XXV")
BOILERPLATE = "\n\nBình Luận\n\nÝ kiến bạn đọc\nTin cùng chuyên mục\n>> Xem thêm\n\nCơ quan chủ quản: Tỉnh ủy\nTổng số lượt truy cập:"
CODES = {province: code for code, (province, _) in PAPER_CODES.items() if province}
SEED_PLACES = re.compile(r"TP\.? ?Cần Thơ|thành phố Cần Thơ|Cần Thơ|TPHCM|Sóc Trăng|Hậu Giang")


def people(count: int, rng: random.Random) -> list[str]:
    """``count`` distinct Vietnamese full names."""
    names = sorted({f"{s} {m} {g}" for s in SURNAMES for m in MIDDLES for g in GIVENS})
    rng.shuffle(names)
    return names[:count]


def seed_paragraphs(seeds: Path) -> list[str]:
    """Body paragraphs of the seeds that read as running text, places made neutral."""
    paragraphs = []
    for path in sorted(seeds.glob("*.txt"))[:5]:
        for paragraph in path.read_text(encoding="utf-8").split("\n"):
            paragraph = paragraph.strip()
            if len(paragraph) > 120 and paragraph.endswith((".", "…", "./.")) and not re.search(r"\d{1,2}[/.-]\d{1,2}", paragraph[:30]):
                paragraphs.append(paragraph)
    return paragraphs


def _article(index: int, rng: random.Random, names: list[str], paragraphs: list[str]) -> tuple[str, dict]:
    province = rng.choice(LEGACY_PROVINCES)
    event = rng.choices(list(EVENTS), weights=(3, 4, 3, 1))[0]
    year = rng.randint(2015, 2025)
    month = {"dai-hoi": rng.randint(6, 9), "so-ket": rng.randint(6, 7), "tong-ket": rng.choice((1, 12))}.get(event, rng.randint(1, 12))
    day = rng.randint(1, 28)
    if event == "dai-hoi":
        year = rng.choice((2015, 2020, 2025))
        month = min(month, 6) if (year == 2025 and province != PROVINCE_NOW[province]) else month
    term = f"{year}-{year + 5}" if event == "dai-hoi" else None
    if event == "tong-ket" and month == 1:
        review_year = year - 1
    else:
        review_year = year
    place = province if province not in CITIES else province
    unit = "TP" if province in CITIES else "tỉnh"
    what = EVENTS[event].format(p=place, o=rng.choice(ORDINALS), t=f"{year}-{year + 5}", y=year, py=review_year).replace("tỉnh " + place, f"{unit} {place}")
    visitor, host = rng.sample(names, 2)
    visitor_role = rng.choice(VISITOR_ROLES).format(n=visitor, p=place)
    lead_day = rng.choice((f"Ngày {day}-{month}", f"Sáng {day}/{month}", f"Chiều {day}.{month}", f"Ngày {day}/{month}"))
    lead = f"{lead_day}, Công an {unit} {place} tổ chức {what}."
    body = [lead, f"{visitor_role} đến dự và chỉ đạo.",
            f"{HOST_ROLE.format(n=host, p=place)} cho biết, lực lượng Công an đã hoàn thành tốt nhiệm vụ được giao."]
    for paragraph in rng.sample(paragraphs, k=min(len(paragraphs), rng.randint(5, 12))):
        body.append(SEED_PLACES.sub(f"{unit} {place}" if unit == "TP" else place, paragraph))
    body.append(f"Phát biểu chỉ đạo, đồng chí {visitor} đề nghị Công an {unit} {place} tiếp tục phát huy kết quả đạt được.")
    text, published, dated = _format(rng, "\n\n".join(body), lead, place, year, month, day, event)
    # without a year in the text (no timestamp, no term, no named year), the right answer is no date
    date = f"{year:04d}-{month:02d}-{day:02d}" if dated or event != "khac" else None
    # an undated article's province is the name as written
    truth = {"province": name_at(province, date), "date": date, "event": event, "speaker": visitor,
             "term": term, "published": published}
    return text, truth


def _format(rng, body, lead, place, year, month, day, event):
    style = rng.randint(0, 4)
    pub_day = min(day + 1, 28)
    stamp = f"{pub_day:02d}/{month:02d}/{year} {rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}"
    if style == 0:
        return body, None, False
    if style == 1:
        return f" date {year:04d}-{month:02d} {body}", f"{year:04d}-{month:02d}", True
    if style == 2:
        headline = f"Công an {place}: {lead.split(', ', 1)[1].rstrip('.')}"
        return f"{headline} {stamp}\n\n{body}", f"{year:04d}-{month:02d}-{pub_day:02d}", True
    if style == 3:
        return (f"• Xây dựng Đảng\n\n{lead.rstrip('.')}\n\n{stamp} GMT +7\n  • Nguồn: Báo {place}\n\n{body}{BOILERPLATE}",
                f"{year:04d}-{month:02d}-{pub_day:02d}", True)
    code = CODES.get(place)
    opener = f"{code} - " if code else ""
    return f"{opener}{body}{BOILERPLATE}", None, False


def generate(count: int, out: Path, seeds: Path, *, seed: int = 2025, people_count: int = 400) -> list[dict]:
    """Write ``count`` articles into ``out``; return what each one means."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    names = people(people_count, rng)
    paragraphs = seed_paragraphs(seeds)
    truths = []
    for index in range(count):
        text, truth = _article(index, rng, names, paragraphs)
        name = f"syn_{index:05d}.txt"
        (out / name).write_text(text, encoding="utf-8")
        truths.append({"source_file": name, **truth})
    return truths


def main(argv: list[str]) -> int:
    """python -m bench.generate COUNT OUT [SEEDS]"""
    count, out = int(argv[0]), Path(argv[1])
    seeds = Path(argv[2]) if len(argv) > 2 else Path(__file__).resolve().parent.parent / "articles"
    generate(count, out, seeds)
    print(f"{count} articles in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
