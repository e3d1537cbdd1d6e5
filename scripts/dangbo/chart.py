"""A stacked bar chart of articles per year and kind of event, as inline SVG."""
from __future__ import annotations

from html import escape

COLOURS = {"dai-hoi": "#b71c1c", "so-ket": "#1565c0", "tong-ket": "#2e7d32", "khac": "#6d4c41"}
# Horizontal bars, one row per year: the chart's natural width fits a phone (375 px) unscaled, so its
# 13-unit labels stay above 11 px there; its height follows the number of years (no empty half).
WIDTH, ROW, BAR_H, LABEL_W, COUNT_W, FONT = 340, 24, 15, 44, 40, 13


def render_year_chart(counts: dict[str, dict[str, int]], labels: dict[str, str]) -> str:
    """``counts[year][event]`` as an accessible SVG with an HTML legend; readable without JavaScript."""
    years = sorted(counts, reverse=True)
    if not years:
        return ""
    peak = max(sum(c.values()) for c in counts.values()) or 1
    room = WIDTH - LABEL_W - COUNT_W
    height = len(years) * ROW + 4
    summary = "; ".join(f"{y}: {sum(counts[y].values())} bài" for y in years)
    parts = [
        '<figure class="bv-year-chart">',
        f'<svg class="bv-chart" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" role="img" '
        f'aria-labelledby="chart-title" xmlns="http://www.w3.org/2000/svg" style="font-size:{FONT}px">',
        f'<title id="chart-title">Số bài viết theo năm và loại sự kiện — {escape(summary)}</title>',
        f'<line x1="{LABEL_W}" y1="0" x2="{LABEL_W}" y2="{height}" class="bv-axis"/>',
    ]
    for index, year in enumerate(years):
        top = index * ROW + 4
        x = float(LABEL_W)
        parts.append(f'<text x="{LABEL_W - 6}" y="{top + BAR_H - 3}" text-anchor="end" class="bv-label">{escape(year)}</text>')
        for event, colour in COLOURS.items():
            value = counts[year].get(event, 0)
            if not value:
                continue
            w = room * value / peak
            parts.append(f'<rect x="{x:.1f}" y="{top}" width="{w:.1f}" height="{BAR_H}" fill="{colour}">'
                         f'<title>{escape(year)} — {escape(labels[event])}: {value}</title></rect>')
            x += w
        parts.append(f'<text x="{x + 4:.1f}" y="{top + BAR_H - 3}" class="bv-label">{sum(counts[year].values())}</text>')
    parts.append("</svg>")
    legend = "".join(f'<li><span class="bv-swatch" style="background:{colour}"></span>{escape(labels[event])}</li>'
                     for event, colour in COLOURS.items())
    parts.append(f'<figcaption>Số bài mỗi năm (năm diễn ra sự kiện), theo loại: <ul class="bv-legend">{legend}</ul></figcaption></figure>')
    return "".join(parts)


# Small multiples of figures over time: one panel per province (and unit, and kind of period).
PANEL_W, PANEL_H, PANEL_PAD, PANEL_TOP, PANEL_BOTTOM = 220, 120, 30, 28, 24
RESULT_COLOUR, TARGET_COLOUR = "#a31515", "#1565c0"


def _number(value: float) -> str:
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return text.replace(",", " ").replace(".", ",")  # 12 345,6: Vietnamese decimal comma, thin grouping


def render_panels(panels, caption: str) -> str:
    """``panels``: [(title, unit, [(position, value, kind, label, short label)])], two points or more each.

    One SVG per panel, in a wrapping figure: a value axis through zero (a change is signed: "giảm 8%" is
    −8), results as filled dots joined by a line when their periods differ, targets as hollow squares
    (never joined), every point titled with its value and period. Readable without JavaScript; the
    caller never mixes units, nor levels and changes, in a panel.
    """
    if not panels:
        return ""
    parts = [f'<figure class="bv-panels"><figcaption>{escape(caption)} '
             f'<span class="bv-legend"><svg width="12" height="12" aria-hidden="true"><circle cx="6" cy="6" r="4" fill="{RESULT_COLOUR}"/></svg> kết quả '
             f'<svg width="12" height="12" aria-hidden="true"><rect x="2" y="2" width="8" height="8" fill="none" stroke="{TARGET_COLOUR}" stroke-width="2"/></svg> chỉ tiêu</span>'
             "</figcaption>"]
    for title, unit, points in panels:
        parts.append(_panel(title, unit, points))
    parts.append("</figure>")
    return "".join(parts)


def _panel(title: str, unit: str, points) -> str:
    positions = [p[0] for p in points]
    low, high = min(positions), max(positions)
    span = (high - low) or 1.0
    bottom, top = min(0.0, *(p[1] for p in points)), max(0.0, *(p[1] for p in points))
    range_ = (top - bottom) or 1.0
    width, height = PANEL_W, PANEL_TOP + PANEL_H + PANEL_BOTTOM
    x = lambda pos: PANEL_PAD + (pos - low) / span * (PANEL_W - 2 * PANEL_PAD) if span else PANEL_W / 2  # noqa: E731
    y = lambda value: PANEL_TOP + (top - value) / range_ * PANEL_H  # noqa: E731
    summary = "; ".join(f"{label}: {_number(value)} {unit}" + (" (chỉ tiêu)" if kind == "chi-tieu" else "")
                        for _, value, kind, label, _ in points)
    out = [f'<svg class="bv-panel" viewBox="0 0 {width} {height}" role="img" xmlns="http://www.w3.org/2000/svg">',
           f"<title>{escape(title)} ({escape(unit)}): {escape(summary)}</title>",
           f'<text x="4" y="14" class="bv-label bv-panel__title">{escape(title)}</text>',
           f'<line x1="{PANEL_PAD - 6}" y1="{y(0):.1f}" x2="{PANEL_W - 4}" y2="{y(0):.1f}" class="bv-axis"/>',
           f'<text x="{PANEL_PAD - 8}" y="{PANEL_TOP + 4}" text-anchor="end" class="bv-label">{escape(_number(top))}</text>']
    if bottom < 0:
        out.append(f'<text x="{PANEL_PAD - 8}" y="{PANEL_TOP + PANEL_H}" text-anchor="end" class="bv-label">{escape(_number(bottom))}</text>')
    results = sorted((p for p in points if p[2] != "chi-tieu"), key=lambda p: p[0])
    if len(results) > 1 and len({p[0] for p in results}) == len(results):  # a line only through distinct periods
        path = " ".join(f"{x(p[0]):.1f},{y(p[1]):.1f}" for p in results)
        out.append(f'<polyline points="{path}" fill="none" stroke="{RESULT_COLOUR}" stroke-width="1.5"/>')
    labelled = set()
    for position, value, kind, label, short in sorted(points, key=lambda p: p[0]):
        tip = f"<title>{escape(label)}: {escape(_number(value))} {escape(unit)}{' (chỉ tiêu)' if kind == 'chi-tieu' else ''}</title>"
        if kind == "chi-tieu":
            out.append(f'<rect x="{x(position) - 4:.1f}" y="{y(value) - 4:.1f}" width="8" height="8" fill="none" '
                       f'stroke="{TARGET_COLOUR}" stroke-width="2">{tip}</rect>')
        else:
            out.append(f'<circle cx="{x(position):.1f}" cy="{y(value):.1f}" r="4" fill="{RESULT_COLOUR}">{tip}</circle>')
        if short not in labelled:
            labelled.add(short)
            out.append(f'<text x="{x(position):.1f}" y="{PANEL_TOP + PANEL_H + 16}" text-anchor="middle" class="bv-label">'
                       f"{escape(short)}</text>")
    out.append("</svg>")
    return "".join(out)
