"""The index pages: years, kinds of event, the home page and the data page."""
from __future__ import annotations

import html

from ..chart import render_year_chart
from ..extract.indicators import INDICATORS
from ..indexes import UNKNOWN_YEAR, Corpus
from ..model import EVENTS
from ..paths import COVERAGE_PAGE, LEADERS_PAGE
from .figures import FIGURE_DIR
from .markup import (DATA_PAGE, EVENT_DIR, EVENT_LABELS, FIELD_LABELS, HOME_PAGE, PERSON_DIR, PROVINCE_DIR, YEAR_DIR,
                     _a, _date, _link, _page, _raw, _table, article_path, event_path, year_path)
from .tilemap import render_tile_map

HOME_NEWEST = 10


def render_year(year: str, corpus: Corpus) -> str:
    """A year's articles in month sections, newest first."""
    here = year_path(year)
    articles = corpus.by_year.get(year, [])
    if year == UNKNOWN_YEAR:
        return _page("Chưa rõ ngày", ["Những bài chưa xác định được ngày diễn ra.", "", *_table(articles, here)], here)
    lines = [f"{len(articles)} bài viết diễn ra trong năm.", ""]
    months: dict[str, list] = {}
    for a in articles:
        months.setdefault(a.date[5:7] or "00", []).append(a)
    for month, items in months.items():
        heading = f"Tháng {int(month)}" if month != "00" else "Không rõ tháng"
        lines += [f"## {heading}", "", *_table(items, here)]
    reviews = corpus.reviews_of_year.get(year, [])
    if reviews:
        lines += [f"## Tổng kết, sơ kết về năm {year} {{#tong-ket-ve-nam}}", "",
                  f"Những hội nghị tổng kết, sơ kết công tác năm {year} diễn ra vào năm khác (thường là đầu năm sau):", "",
                  *_table(reviews, here)]
    return _page(f"Năm {year}", lines, here)


def render_year_index(corpus: Corpus) -> str:
    """Years, newest first, with counts by kind of event."""
    here = f"{YEAR_DIR}/index.md"
    lines = ["| Năm | Số bài | " + " | ".join(EVENT_LABELS[e] for e in EVENTS) + " | Tổng kết, sơ kết về năm (diễn ra năm khác) |",
             "|---|---|" + "---|" * len(EVENTS) + "---|"]
    for year in sorted(set(corpus.by_year) | set(corpus.reviews_of_year), reverse=True):
        articles = corpus.by_year.get(year, [])
        label = year if year != UNKNOWN_YEAR else "Chưa rõ"
        counts = " | ".join(str(sum(1 for a in articles if a.event == e)) for e in EVENTS)
        lines.append(f"| [{label}]({_link(here, year_path(year))}) | {len(articles)} | {counts} | "
                     f"{len(corpus.reviews_of_year.get(year, ()))} |")
    return _page("Năm", lines, here)


def render_event(event: str, corpus: Corpus) -> str:
    """All articles of one kind of event."""
    articles = corpus.by_event.get(event, [])
    return _page(EVENT_LABELS[event], [f"{len(articles)} bài viết.", "", *_table(articles, event_path(event))], event_path(event))


def render_event_index(corpus: Corpus) -> str:
    """The kinds of event with counts."""
    here = f"{EVENT_DIR}/index.md"
    lines = ["| Loại sự kiện | Số bài |", "|---|---|"]
    lines += [f"| [{EVENT_LABELS[e]}]({_link(here, event_path(e))}) | {len(corpus.by_event.get(e, ()))} |" for e in EVENTS]
    return _page("Loại sự kiện", lines, here)


def render_home(corpus: Corpus) -> str:
    """What the archive holds, a chart per year, the newest articles."""
    articles = corpus.articles
    dates = sorted(a.date for a in articles if a.date)
    provinces = {a.province for a in articles if a.province}
    counts = {e: len(corpus.by_event.get(e, ())) for e in EVENTS}
    per_year: dict[str, dict[str, int]] = {}
    for a in articles:
        if a.date:
            per_year.setdefault(a.date[:4], {}).setdefault(a.event, 0)
            per_year[a.date[:4]][a.event] += 1
    lines = [
        "Kho tư liệu các bài báo về đại hội Đảng bộ Công an và các hội nghị sơ kết, tổng kết của Công an "
        "các tỉnh, thành phố: ai chỉ đạo, phát biểu gì, ở đâu, khi nào.", "",
        '<div class="bv-stats" markdown>', "",
        f"- **{len(articles)}** bài viết: " + ", ".join(f"[{EVENT_LABELS[e]}]({event_path(e)}) {counts[e]}" for e in EVENTS),
        f"- **{len(provinces)}** tỉnh/thành ([xem theo tỉnh]({PROVINCE_DIR}/index.md), "
        f"[bảng bao phủ theo năm]({COVERAGE_PAGE}))",
        f"- Từ **{_date(dates[0]) if dates else '—'}** đến **{_date(dates[-1]) if dates else '—'}** ([xem theo năm]({YEAR_DIR}/index.md))",
        f"- **{len(corpus.by_person)}** người phát biểu ([nhân vật]({PERSON_DIR}/index.md); "
        f"[ai lãnh đạo Đảng ủy Công an ở đâu]({LEADERS_PAGE}))",
        f"- **{sum(len(a.figures) for a in articles)}** số liệu các bài nêu, theo chỉ số, tỉnh và năm ([số liệu]({FIGURE_DIR}/index.md))",
        "", "</div>", "",
        "## Số bài theo năm", "", render_year_chart(per_year, EVENT_LABELS), "",
        "## Số bài theo tỉnh/thành {#ban-do}", "", *_raw(render_tile_map(corpus, HOME_PAGE, current=True)),
        "## Bài mới nhất", "", *_table(articles[:HOME_NEWEST], HOME_PAGE),
        "[Tải dữ liệu (JSON, CSV)](du-lieu/index.md) · [Tìm kiếm](tim-kiem/index.md)", "",
    ]
    return _page("Công an các tỉnh: đại hội và hội nghị", lines)


def _figures_doc() -> list[str]:
    """The data page's section on figures.json and figures.csv, and the vocabulary of indicators."""
    keys = "; ".join(f"`{i.key}` {i.label.lower()}" for i in INDICATORS)
    return [
        "## Số liệu {#so-lieu}", "",
        "Mỗi con số có đơn vị hoặc danh từ đếm mà bài viết nêu (kết quả hay chỉ tiêu), một dòng một số liệu:", "",
        "- [figures.json](../data/figures.json) — `{\"figures\": [...]}`",
        "- [figures.csv](../data/figures.csv) — cùng các cột, UTF-8 có BOM, ô trống là không có giá trị", "",
        "| Trường | Ý nghĩa |", "|---|---|",
        "| `source_file`, `url` | Tệp nguồn và trang của bài (tương đối so với gốc trang) |",
        "| `anchor` | `id` của câu chứa số liệu trên trang bài: `url` + `#` + `anchor` mở đúng câu đó |",
        "| `value` | Giá trị là số, theo đơn vị như viết: “12,5 tỷ đồng” là `12.5`, “1.346 đối tượng” là `1346`; "
        "một khoảng “80 - 90%” là `80`; một tỷ số “87/92 xã” là tử số `87` |",
        "| `value_text` | Con số như bài viết ghi, kèm đơn vị (“hơn 2.000 vụ”, “80 - 90%”) |",
        "| `qualifier` | Từ đi trước con số: `hơn`, `gần`, `trên`, `dưới`, `khoảng`, `hàng`, `từ`, `ít nhất`…; `null` khi không có |",
        "| `value_max` | Đầu trên của một khoảng (“80 - 90%” → `90`) |",
        "| `denominator` | Mẫu số của một tỷ số (“87/92 xã” → `92`); tỷ lệ phần trăm viết bên cạnh là một số liệu riêng |",
        "| `unit` | Đơn vị hoặc danh từ đếm: `%`, `vụ`, `đối tượng`, `kg`, `triệu đồng`, `tỷ đồng`, `triệu người`, "
        "`đảng viên`, `đại biểu`, `tiêu chí`…; chữ chỉ bậc (nghìn, triệu, tỷ) thuộc đơn vị |",
        "| `value_vnd` | Với số tiền: giá trị quy ra đồng (“12,5 tỷ đồng” → `12500000000`) |",
        "| `indicator` | Điều được đo, như bài viết ghi (“số vụ phạm pháp hình sự”, “tỷ lệ điều tra, khám phá án”) |",
        f"| `indicator_key` | Chỉ số trong bộ từ vựng chung, `null` khi không khớp chỉ số nào: {keys} |",
        "| `direction` | `tăng`, `giảm`, `đạt`, `vượt` như bài viết ghi ngay trước con số; `null` với một số đếm |",
        "| `compared_to` | Mốc so sánh như viết (“so với năm 2015”, “so với cùng kỳ”) |",
        "| `period` | Kỳ của số liệu, cùng mã với `period` của bài: `2022`, `2023-H1`, `2023-9M`, `2023-Q1`, `2015-2020`; "
        "khi câu và đoạn không ghi kỳ: kỳ bài tổng kết (với chỉ tiêu của đại hội: nhiệm kỳ mới); `null` khi không rõ |",
        "| `period_text` | Chữ đã cho kỳ (“6 tháng đầu năm 2023”, “Năm 2022”); `null` khi kỳ lấy từ bài |",
        "| `kind` | `ket-qua` (kết quả) hoặc `chi-tieu` (chỉ tiêu: “phấn đấu”, “mục tiêu”, “chỉ tiêu … là”) |",
        "| `quote` | Câu chứa số liệu (hoặc vế câu, với câu rất dài), chép nguyên văn từ tệp nguồn |",
        "| `province`, `province_now`, `date`, `event` | Của bài viết |", "",
        "Một số liệu nhắc lại trong cùng bài (cùng giá trị, cùng điều được đo) chỉ có một dòng. Trang "
        "[Số liệu](../so-lieu/index.md) xếp các số liệu theo chỉ số, tỉnh/thành và kỳ.", "",
    ]


def render_data_page(corpus: Corpus, review: list[dict], built) -> str:
    """Downloads, what each field means, the licences, the build date, and the review list (by title and link)."""
    here = DATA_PAGE
    lines = [
        f"Dựng ngày **{built.day}/{built.month}/{built.year}** (`{built.isoformat()}`; ngày lấy từ `SOURCE_DATE_EPOCH` khi "
        f"có), từ {len(corpus.articles)} bài.", "",
        "**Giấy phép.** Mã nguồn của trang: [MIT](https://opensource.org/license/mit). Dữ liệu trong `data/` "
        "(siêu dữ liệu, số liệu, danh sách cần kiểm tra, trích dẫn): [CC0 1.0](https://creativecommons.org/publicdomain/zero/1.0/deed.vi) "
        "(dùng tự do, không cần xin phép), trừ văn bản các bài báo và những câu trích nguyên văn từ đó (`quote`, "
        "`evidence`), vốn thuộc bản quyền của các báo đã đăng; khi dùng, xin ghi tên báo gốc.", "",
        "Toàn bộ siêu dữ liệu, cập nhật mỗi lần dựng trang:", "",
        "- [articles.json](../data/articles.json) — `{\"articles\": [...]}`, mỗi bài một đối tượng, kèm `evidence`",
        "- [articles.csv](../data/articles.csv) — UTF-8 có BOM, mở được bằng Excel; ô trống là không có giá trị; "
        "tên người phát biểu nối bằng `; ` (không có `evidence`)",
        "- [review.json](../data/review.json) — danh sách cần kiểm tra",
        "- [articles.bib](../data/articles.bib) (BibTeX/biblatex), [articles.ris](../data/articles.ris) (RIS, cho Zotero, "
        "EndNote, Mendeley) và [articles.csl.json](../data/articles.csl.json) (mảng CSL-JSON, kiểu `article-newspaper`, "
        "cho Zotero, Pandoc, citeproc) — mỗi bài một mục trích dẫn; khóa BibTeX là tên trang của bài, không đổi giữa "
        "các lần dựng; tiêu đề do trang soạn (bài không có tiêu đề) đặt trong [ngoặc vuông]; `url` là bài gốc khi biết, "
        "không thì là trang này; ngày truy cập là ngày dựng trang. Mỗi trang bài còn có nút tải trích dẫn của riêng bài đó",
        "- [feed.xml](../feed.xml) — bài mới (Atom)",
        "- `data/paths.js` — các đường dẫn của trang (thư mục bài viết, chỉ mục tìm kiếm…) cho mã JavaScript của "
        "trang; không phải dữ liệu về bài viết", "",
        "Trang mỗi bài mang sẵn siêu dữ liệu để phần mềm quản lý tài liệu (Zotero) và máy tìm kiếm đọc: thẻ `citation_*` "
        "(Highwire Press), Dublin Core (`DC.*`), Open Graph (`og:*`, `article:published_time`) và JSON-LD schema.org "
        "(`NewsArticle` về một `Event`). Địa chỉ tuyệt đối (`og:url`, `citation_public_url`, `url`) chỉ có khi trang "
        "được dựng với `SITE_URL`.", "",
        "## Các trường {#cac-truong}", "", "| Trường | Ý nghĩa |", "|---|---|",
        "| `title` | Tiêu đề bài báo (hoặc tiêu đề soạn từ siêu dữ liệu khi bài không có) |",
        "| `date` | Ngày diễn ra sự kiện (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`), không phải ngày đăng; chỉ ghi tháng "
        "(hoặc năm) khi bài không ghi ngày; `null` khi không rõ |",
        "| `published` | Ngày đăng, khi văn bản có |",
        "| `province` | Tỉnh/thành của lực lượng Công an được nói tới, theo tên tại thời điểm sự kiện |",
        "| `province_now` | Tỉnh/thành hiện nay (sau sắp xếp 2025, 34 tỉnh/thành) |",
        "| `speaker` | Người chỉ đạo chính (họ tên, không kèm cấp bậc, chức vụ) |",
        "| `speakers` | Mọi người được ghi nhận phát biểu, chỉ đạo, báo cáo: `{name, role}` theo thứ tự xuất hiện |",
        "| `event` | `dai-hoi` đại hội, `so-ket` sơ kết, `tong-ket` tổng kết, `khac` khác |",
        "| `term` | Nhiệm kỳ như văn bản ghi (`2020-2025`) |",
        "| `period` | Kỳ mà hội nghị tổng kết, sơ kết (hoặc nhiệm kỳ mà đại hội tổng kết): `2023` (năm), `2023-H1` "
        "(6 tháng đầu năm), `2023-9M` (9 tháng), `2023-Q1` (quý), `2020-2025` (nhiệm kỳ); `null` khi bài không nêu |",
        "| `source_url`, `source` | Địa chỉ và tên báo gốc, khi biết |",
        "| `source_file` | Tệp văn bản nguồn |",
        "| `elected_secretary` | Với bài đại hội: người được bầu (hoặc chỉ định, tái cử) giữ chức Bí thư Đảng ủy Công an "
        "tỉnh/thành nhiệm kỳ mới, khi bài viết ghi (“Đại tá X được bầu giữ chức Bí thư Đảng ủy Công an tỉnh”); không tính "
        "Phó Bí thư, Quyền Bí thư, Bí thư Đảng ủy Công an huyện hay Bí thư Tỉnh ủy; `null` khi bài không ghi |",
        "| `committee_size` | Với bài đại hội: số ủy viên Ban Chấp hành Đảng bộ Công an nhiệm kỳ mới (“Ban Chấp hành … gồm 15 "
        "đồng chí”), không tính Ban Thường vụ hay đoàn đại biểu; `null` khi bài không ghi |",
        "| `delegates` | Với bài đại hội: số đại biểu dự đại hội khi bài ghi một con số chính xác (“198 đại biểu chính thức”); "
        "“hơn 300 đại biểu” cho `null`; không tính đại biểu được bầu đi dự đại hội cấp trên |",
        "| `url` | Trang của bài trên trang này (tương đối so với gốc trang) |",
        "| `evidence` | Chỉ trong JSON: với mỗi trường có giá trị trong `date`, `province`, `speaker`, `event` (trừ `khac`), "
        "`term`, `period`, `source`, `elected_secretary`, `committee_size`, `delegates`: `{quote, rule}` — câu chữ chép nguyên văn từ tệp nguồn đã quyết định giá trị "
        "(với trang web đã lưu: từ văn bản bài và các dòng siêu dữ liệu của trang, như `og:site_name: …`; "
        "`null` khi người biên tập đặt) và quy tắc đã dùng |",
        "| `excerpt` | Chỉ trong JSON: `true` khi văn bản dừng giữa câu (trích đoạn, không phải toàn văn) |", "",
        *_figures_doc(),
        "## Cần kiểm tra {#can-kiem-tra}", "",
        f"{len(review)} mục: những bài thiếu hoặc chưa chắc chắn về ngày, tỉnh/thành, người chỉ đạo, loại sự kiện. "
        "Người biên tập sửa bằng tệp `articles/<tên>.yml` (xem README).", "",
    ]
    by_url = {a.url: a for a in corpus.articles}
    rows = []
    for item in review:
        article = by_url.get(item["url"])
        target = _a(here, article_path(article), item["title"]) if article else html.escape(item["title"], quote=False)
        rows.append(f"<tr><td>{target}</td><td>{FIELD_LABELS.get(item['field'], item['field'])}</td>"
                    f"<td>{html.escape(item['reason'], quote=False)}</td></tr>")
    head = "<thead><tr><th>Bài</th><th>Trường</th><th>Lý do</th></tr></thead>"
    return _page("Dữ liệu", lines + _raw(f"<table>{head}<tbody>{''.join(rows)}</tbody></table>"), here)
