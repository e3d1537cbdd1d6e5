"""Tile maps of Vietnam (grid cartograms) as inline SVG: one square per province at its approximate place.

The positions are the tables below: (column, row, short label), column 0 in the west, row 0 in the north,
placed by hand from the provinces' neighbours (each tile touches or faces the tiles of the provinces it
borders, as far as a grid allows), for the 34 provinces from 1 July 2025 and the 63 before. Each tile is
a link with an accessible name ("Cần Thơ: 12 bài") and a colour from the number of its articles; a
province with no article gets a tile too. On the 34 map a tile counts the province's page (its own
articles and those of the provinces merged into it); on the 63 map it counts that province's own list.
"""
from __future__ import annotations

import html

from ..indexes import Corpus, count_now, province_slug
from .markup import _href, province_path

TILES_34 = {
    "Lai Châu": (1, 0, "LCh"), "Lào Cai": (2, 0, "LCa"), "Tuyên Quang": (3, 0, "TQ"), "Cao Bằng": (4, 0, "CB"),
    "Điện Biên": (0, 1, "ĐB"), "Sơn La": (1, 1, "SL"), "Phú Thọ": (2, 1, "PT"), "Thái Nguyên": (3, 1, "TN"),
    "Lạng Sơn": (4, 1, "LS"),
    "Hà Nội": (2, 2, "HN"), "Bắc Ninh": (3, 2, "BN"), "Quảng Ninh": (4, 2, "QN"),
    "Ninh Bình": (2, 3, "NB"), "Hưng Yên": (3, 3, "HY"), "Hải Phòng": (4, 3, "HP"),
    "Thanh Hóa": (2, 4, "TH"), "Nghệ An": (2, 5, "NA"), "Hà Tĩnh": (3, 6, "HT"), "Quảng Trị": (3, 7, "QT"),
    "Huế": (4, 8, "Huế"), "Đà Nẵng": (4, 9, "ĐN"), "Quảng Ngãi": (4, 10, "QNg"), "Gia Lai": (4, 11, "GL"),
    "Đắk Lắk": (4, 12, "ĐL"), "Lâm Đồng": (3, 13, "LĐ"), "Khánh Hòa": (4, 13, "KH"),
    "Tây Ninh": (1, 14, "TNi"), "Hồ Chí Minh": (2, 14, "HCM"), "Đồng Nai": (3, 14, "ĐNa"),
    "An Giang": (0, 15, "AG"), "Đồng Tháp": (1, 15, "ĐT"), "Vĩnh Long": (2, 15, "VL"),
    "Cần Thơ": (1, 16, "CT"), "Cà Mau": (1, 17, "CM"),
}

TILES_63 = {
    "Lai Châu": (1, 0, "LCh"), "Lào Cai": (2, 0, "LCa"), "Hà Giang": (3, 0, "HG"), "Cao Bằng": (4, 0, "CB"),
    "Điện Biên": (0, 1, "ĐB"), "Yên Bái": (2, 1, "YB"), "Tuyên Quang": (3, 1, "TQ"), "Bắc Kạn": (4, 1, "BK"),
    "Lạng Sơn": (5, 1, "LS"),
    "Sơn La": (1, 2, "SL"), "Phú Thọ": (2, 2, "PT"), "Thái Nguyên": (3, 2, "TN"), "Bắc Giang": (4, 2, "BG"),
    "Quảng Ninh": (5, 2, "QN"),
    "Hòa Bình": (1, 3, "HB"), "Vĩnh Phúc": (2, 3, "VP"), "Hà Nội": (3, 3, "HN"), "Bắc Ninh": (4, 3, "BN"),
    "Hải Dương": (5, 3, "HD"), "Hải Phòng": (6, 3, "HP"),
    "Ninh Bình": (2, 4, "NB"), "Hà Nam": (3, 4, "HNa"), "Hưng Yên": (4, 4, "HY"), "Thái Bình": (5, 4, "TB"),
    "Thanh Hóa": (2, 5, "TH"), "Nam Định": (3, 5, "NĐ"),
    "Nghệ An": (2, 6, "NA"), "Hà Tĩnh": (3, 7, "HT"), "Quảng Bình": (3, 8, "QB"), "Quảng Trị": (4, 9, "QT"),
    "Thừa Thiên Huế": (4, 10, "TTH"), "Đà Nẵng": (5, 11, "ĐN"), "Quảng Nam": (5, 12, "QNa"),
    "Kon Tum": (4, 13, "KT"), "Quảng Ngãi": (5, 13, "QNg"), "Gia Lai": (4, 14, "GL"), "Bình Định": (5, 14, "BĐ"),
    "Đắk Lắk": (4, 15, "ĐL"), "Phú Yên": (5, 15, "PY"),
    "Đắk Nông": (3, 16, "ĐNô"), "Lâm Đồng": (4, 16, "LĐ"), "Khánh Hòa": (5, 16, "KH"),
    "Tây Ninh": (1, 17, "TNi"), "Bình Phước": (2, 17, "BP"), "Bình Dương": (3, 17, "BD"), "Đồng Nai": (4, 17, "ĐNa"),
    "Ninh Thuận": (5, 17, "NT"),
    "An Giang": (0, 18, "AG"), "Đồng Tháp": (1, 18, "ĐT"), "Long An": (2, 18, "LA"), "Hồ Chí Minh": (3, 18, "HCM"),
    "Bà Rịa - Vũng Tàu": (4, 18, "VT"), "Bình Thuận": (5, 18, "BTh"),
    "Kiên Giang": (0, 19, "KG"), "Cần Thơ": (1, 19, "CT"), "Vĩnh Long": (2, 19, "VL"), "Tiền Giang": (3, 19, "TG"),
    "Hậu Giang": (1, 20, "HGi"), "Trà Vinh": (2, 20, "TV"), "Bến Tre": (3, 20, "BT"),
    "Bạc Liêu": (1, 21, "BL"), "Sóc Trăng": (2, 21, "ST"), "Cà Mau": (1, 22, "CM"),
}

# Colour classes by number of articles (the legend says the same): 0, 1–2, 3–9, 10–29, 30–99, 100 and more.
BUCKETS = ((0, "0"), (1, "1–2"), (3, "3–9"), (10, "10–29"), (30, "30–99"), (100, "≥ 100"))
TILE, GAP = 40, 4


def bucket(count: int) -> int:
    """The colour class of a count: 0 for none, up to 5 for 100 and more."""
    return max(index for index, (low, _) in enumerate(BUCKETS) if count >= low)


def render_tile_map(corpus: Corpus, here: str, current: bool) -> str:
    """The 34-province map (``current``) or the 63-province one, as a figure with its legend."""
    tiles = TILES_34 if current else TILES_63
    columns = 1 + max(c for c, _, _ in tiles.values())
    rows = 1 + max(r for _, r, _ in tiles.values())
    width, height = columns * (TILE + GAP), rows * (TILE + GAP)
    name = "34 tỉnh, thành phố từ 1/7/2025" if current else "63 tỉnh, thành phố trước 1/7/2025"
    parts = [f'<figure class="bv-tilemap" data-map="{34 if current else 63}">',
             f'<svg viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="group" '
             f'aria-label="Bản đồ ô {html.escape(name, quote=True)}, tô màu theo số bài">']
    for province, (column, row, short) in sorted(tiles.items(), key=lambda item: (item[1][1], item[1][0])):
        if current:
            count, target = count_now(corpus, province), _href(here, province_path(province))
        else:
            count = len(corpus.by_province.get(province, ()))
            target = _href(here, province_path(province)) + f"#bai-{province_slug(province)}"
        x, y = column * (TILE + GAP), row * (TILE + GAP)
        label = html.escape(f"{province}: {count} bài", quote=True)
        parts.append(
            f'<a href="{target}" aria-label="{label}" data-count="{count}" class="bv-tile bv-c{bucket(count)}">'
            f"<title>{label}</title>"
            f'<rect x="{x}" y="{y}" width="{TILE}" height="{TILE}" rx="4"/>'
            f'<text x="{x + TILE / 2:g}" y="{y + 16}" class="bv-tile-code">{html.escape(short)}</text>'
            f'<text x="{x + TILE / 2:g}" y="{y + 32}" class="bv-tile-count">{count}</text></a>')
    parts.append("</svg>")
    legend = "".join(f'<li><span class="bv-swatch bv-c{index}"></span>{label}</li>' for index, (_, label) in enumerate(BUCKETS))
    parts.append(f'<figcaption>{html.escape(name)}: mỗi ô một tỉnh/thành ở vị trí gần đúng, số trong ô là số bài; '
                 f'bấm vào ô để xem các bài. <ul class="bv-legend" aria-label="Chú giải số bài">{legend}</ul></figcaption>')
    parts.append("</figure>")
    return "".join(parts)
