"""Search relevance and cost, in headless Chromium, ours against Material's built-in search.

An article is relevant to a query when its headline or text contains the query as a
phrase after folding (marks stripped, đ→d, case and spacing ignored). Precision@10 is
the relevant share of the results shown in the top ten (fewer shown: only those count);
recall@10 is the relevant results in the top ten over min(10, number of relevant).

Example: python -m bench.search --synthetic 300
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import shutil
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import quote

from bench.run import ROOT, _env, workspace
from dangbo.normalize import fold

# Names, places and concepts; each with and without marks (đ included).
QUERIES = [
    "Cần Thơ", "can tho", "Sóc Trăng", "soc trang", "Hồ Chí Minh", "ho chi minh", "TPHCM", "tphcm",
    "Phan Văn Mãi", "phan van mai", "Lương Tam Quang", "luong tam quang", "Trần Văn Lâu", "tran van lau",
    "Huỳnh Việt Hòa", "huynh viet hoa", "Lê Hồng Nam", "le hong nam",
    "Đại hội", "dai hoi", "Đề án 06", "de an 06", "Đảng bộ Công an", "dang bo cong an",
    "an ninh trật tự", "an ninh trat tu", "tội phạm ma túy", "toi pham ma tuy", "tai nạn giao thông", "tai nan giao thong",
    "dịch vụ công trực tuyến", "dich vu cong truc tuyen", "công nghệ cao", "cong nghe cao",
    "định danh điện tử", "dinh danh dien tu", "Nghị quyết 12", "nghi quyet 12", "nhiệm kỳ 2020-2025", "nhiem ky 2020-2025",
    "Thứ trưởng Bộ Công an", "thu truong bo cong an", "Đắk Lắk", "dak lak", "Thừa Thiên Huế", "thua thien hue",
    "Bà Rịa - Vũng Tàu", "ba ria vung tau", "Đồng Tháp", "dong thap", "sơ kết", "so ket", "tổng kết", "tong ket",
]
SEPARATOR = r"(?:[\s\-–—/'\"“”‘’()]+|(?<=\w)\.(?=\w))"


def relevant(query: str, docs: dict[str, str]) -> set[str]:
    """The documents containing the query as a phrase after folding."""
    words = re.findall(r"\w+", fold(query))
    pattern = re.compile(r"(?<!\w)" + SEPARATOR.join(map(re.escape, words)) + r"(?!\w)")
    return {name for name, text in docs.items() if pattern.search(fold(text))}


def scores(shown: list[str], wanted: set[str]) -> tuple[float, float]:
    top = shown[:10]
    precision = sum(1 for s in top if s in wanted) / len(top) if top else (1.0 if not wanted else 0.0)
    recall = sum(1 for s in top if s in wanted) / min(10, len(wanted)) if wanted else 1.0
    return precision, recall


def build(work: Path, material: bool) -> Path:
    """Our site, or the same pages with Material's search plugin, into work/<name>."""
    import subprocess
    env = _env()
    target = work / ("site-material" if material else "site-ours")
    subprocess.run([sys.executable, "-m", "dangbo", "build", "--quiet"], cwd=work, env=env, check=True)
    config = work / "mkdocs.yml"
    if material:
        text = config.read_text(encoding="utf-8").replace("plugins: []", "plugins:\n  - search")
        config = work / "mkdocs-material-search.yml"
        config.write_text(text, encoding="utf-8")
    shutil.rmtree(target, ignore_errors=True)
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--quiet", "-f", str(config), "-d", str(target)],
                   cwd=work, env=env, check=True)
    return target


def _documents(site: Path) -> tuple[dict[str, str], dict[str, str]]:
    """source_file → headline and text; page URL → source_file."""
    data = json.loads((site / "data" / "articles.json").read_text(encoding="utf-8"))
    texts, urls = {}, {}
    for doc in (site / "data" / "search" / "d").glob("*.json"):
        record = json.loads(doc.read_text(encoding="utf-8"))
        urls[record["u"]] = record["u"]
        texts[record["u"]] = record["t"] + "\n" + record["x"]
    by_url = {a["url"]: a["source_file"] for a in data["articles"]}
    return {by_url[u]: t for u, t in texts.items()}, by_url


def _launch():
    from playwright.sync_api import sync_playwright
    playwright = sync_playwright().start()
    browser = playwright.chromium.launch(executable_path=os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"), args=[
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"])
    return playwright, browser


def run_ours(browser, base: str, query: str, by_url: dict) -> tuple[list[str], int, int, float]:
    """Top ten of our search: source files, bytes of search data fetched, bytes in all, ms to results."""
    context = browser.new_context()
    page = context.new_page()
    responses = []
    page.on("response", lambda response: responses.append(response))
    started = time.perf_counter()
    page.goto(base + "tim-kiem/?q=" + quote(query))
    page.wait_for_selector("#bv-search[data-ready]")
    elapsed = (time.perf_counter() - started) * 1000
    hrefs = page.locator(".bv-result__title").evaluate_all("links => links.map(a => a.getAttribute('href'))")
    sizes = {"search": 0, "all": 0, "all_gzip": 0}
    for response in responses:
        body = response.body()
        sizes["all"] += len(body)
        sizes["all_gzip"] += len(gzip.compress(body, 6))  # what a gzipping server (GitHub Pages) sends
        if "/data/search/" in response.url or response.url.endswith("search.js"):
            sizes["search"] += len(body)
    context.close()
    return [by_url.get(h.split(base, 1)[-1], h) for h in hrefs], sizes, elapsed


def typing_latency(browser, base: str, queries: list[str]) -> list[float]:
    """ms from the last keystroke (an input event) to the results drawn, the 150 ms pause included."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(base + "tim-kiem/")
    page.wait_for_selector("#bv-search[data-ready]")
    times = []
    for query in queries:
        times.append(page.evaluate("""(q) => new Promise(resolve => {
            const box = document.getElementById('bv-search'), input = document.getElementById('bv-q');
            const before = box.getAttribute('data-ready');
            const start = performance.now();
            new MutationObserver((m, o) => { if (box.getAttribute('data-ready') !== before) { o.disconnect(); resolve(performance.now() - start); } })
              .observe(box, {attributes: true});
            input.value = q; input.dispatchEvent(new Event('input'));
        })""", query))
    context.close()
    return times


def run_material(browser, base: str, query: str, by_url: dict) -> list[str]:
    """Top ten article pages in Material's search for the query."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(base + "?q=" + quote(query))
    # the meta line says "Đang tìm…" until the index is loaded and the query has run
    page.wait_for_function("""() => { const m = document.querySelector('.md-search-result__meta');
        return m && /liên quan|Không|No matching|matching/i.test(m.textContent); }""", timeout=60000)
    hrefs = page.locator(".md-search-result__link").evaluate_all("links => links.map(a => a.href)")
    context.close()
    shown = []
    for href in hrefs:
        path = href.split(base, 1)[-1].split("#")[0]
        source = by_url.get(path)
        if source and source not in shown:
            shown.append(source)
    return shown


def serve(directory: Path):
    import functools
    import threading
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(directory)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def relevance(work: Path, with_material: bool = True) -> dict:
    """P@10 and R@10 of both engines over QUERIES, and our cost per first query."""
    ours = build(work, material=False)
    material = build(work, material=True) if with_material else None
    docs, by_url = _documents(ours)
    server, base = serve(work)
    playwright, browser = _launch()
    rows = []
    try:
        for query in QUERIES:
            wanted = relevant(query, docs)
            shown, sizes, ms = run_ours(browser, base + ours.name + "/", query, by_url)
            row = {"query": query, "relevant": len(wanted), "ours": scores(shown, wanted), "search_kb": sizes["search"] / 1024,
                   "all_kb": sizes["all"] / 1024, "all_gzip_kb": sizes["all_gzip"] / 1024, "ms": ms}
            if material:
                row["material"] = scores(run_material(browser, base + material.name + "/", query, by_url), wanted)
            rows.append(row)
        latency = typing_latency(browser, base + ours.name + "/", QUERIES)
    finally:
        browser.close()
        playwright.stop()
        server.shutdown()
    summary = {"queries": len(rows), "documents": len(docs)}
    for engine in ("ours", "material"):
        if engine in rows[0]:
            summary[f"{engine}_p10"] = statistics.mean(r[engine][0] for r in rows)
            summary[f"{engine}_r10"] = statistics.mean(r[engine][1] for r in rows)
    summary["first_query_search_kb_median"] = statistics.median(r["search_kb"] for r in rows)
    summary["first_query_all_kb_median"] = statistics.median(r["all_kb"] for r in rows)
    summary["first_query_all_gzip_kb_median"] = statistics.median(r["all_gzip_kb"] for r in rows)
    summary["typing_to_results_ms_median"] = statistics.median(latency)
    summary["typing_to_results_ms_max"] = max(latency)
    return {"summary": summary, "rows": rows}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--synthetic", type=int, default=300, help="synthetic articles beside the seeds")
    parser.add_argument("--no-material", action="store_true", help="skip Material's search (large corpora)")
    parser.add_argument("--dir", default="/tmp/dangbo-bench-search")
    parser.add_argument("--json")
    args = parser.parse_args(argv)
    base = Path(args.dir)
    work = workspace(base, args.synthetic) if args.synthetic else None
    for seed in sorted((ROOT / "articles").glob("*.txt"))[:5]:
        shutil.copy(seed, work / "articles" / seed.name)
    result = relevance(work, with_material=not args.no_material)
    for row in result["rows"]:
        material = f"  material P {row['material'][0]:.2f} R {row['material'][1]:.2f}" if "material" in row else ""
        print(f"{row['query']:28} rel {row['relevant']:4}  ours P {row['ours'][0]:.2f} R {row['ours'][1]:.2f}{material}"
              f"  {row['search_kb']:7.1f} KB  {row['ms']:6.0f} ms")
    print(json.dumps(result["summary"], indent=1))
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
