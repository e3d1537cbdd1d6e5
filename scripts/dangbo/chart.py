"""A stacked bar chart of articles per year and kind of event, as inline SVG."""
from __future__ import annotations

from html import escape

COLOURS = {"dai-hoi": "#b71c1c", "so-ket": "#1565c0", "tong-ket": "#2e7d32", "khac": "#6d4c41"}
BAR, GAP, HEIGHT, TOP, BOTTOM, LEFT = 28, 12, 180, 16, 40, 40


def render_year_chart(counts: dict[str, dict[str, int]], labels: dict[str, str]) -> str:
    """``counts[year][event]`` as an accessible SVG; readable without JavaScript."""
    years = sorted(counts)
    if not years:
        return ""
    peak = max(sum(c.values()) for c in counts.values()) or 1
    width = max(LEFT + len(years) * (BAR + GAP) + GAP, 560)
    total_height = TOP + HEIGHT + BOTTOM + 24
    summary = "; ".join(f"{y}: {sum(counts[y].values())} bài" for y in years)
    parts = [
        f'<svg class="bv-chart" viewBox="0 0 {width} {total_height}" role="img" '
        f'aria-labelledby="chart-title" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="chart-title">Số bài viết theo năm và loại sự kiện — {escape(summary)}</title>',
        f'<line x1="{LEFT - 4}" y1="{TOP + HEIGHT}" x2="{width}" y2="{TOP + HEIGHT}" class="bv-axis"/>',
        f'<text x="{LEFT - 8}" y="{TOP + 4}" text-anchor="end" class="bv-label">{peak}</text>',
        f'<text x="{LEFT - 8}" y="{TOP + HEIGHT}" text-anchor="end" class="bv-label">0</text>',
    ]
    for index, year in enumerate(years):
        x = LEFT + GAP + index * (BAR + GAP)
        y = TOP + HEIGHT
        for event, colour in COLOURS.items():
            value = counts[year].get(event, 0)
            if not value:
                continue
            h = HEIGHT * value / peak
            y -= h
            parts.append(f'<rect x="{x}" y="{y:.1f}" width="{BAR}" height="{h:.1f}" fill="{colour}">'
                         f'<title>{escape(year)} — {escape(labels[event])}: {value}</title></rect>')
        parts.append(f'<text x="{x + BAR / 2}" y="{TOP + HEIGHT + 16}" text-anchor="middle" class="bv-label">{escape(year[-2:] if len(years) > 12 else year)}</text>')
    legend_y = TOP + HEIGHT + BOTTOM
    x = LEFT
    for event, colour in COLOURS.items():
        parts.append(f'<rect x="{x}" y="{legend_y - 10}" width="12" height="12" fill="{colour}"/>'
                     f'<text x="{x + 16}" y="{legend_y}" class="bv-label">{escape(labels[event])}</text>')
        x += 24 + 8 * len(labels[event])
    parts.append("</svg>")
    return "".join(parts)
