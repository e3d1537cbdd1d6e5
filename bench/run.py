"""make bench: time the full `make site` path and its stages on synthetic corpora, against the naive setup.

Figures are medians of several runs; the naive setup (every article in the navigation,
Material's built-in search) is measured in the same run, on the same corpus, for ratios.
Corpora and sites live under $BENCH_DIR (default /tmp/dangbo-bench), never in articles/.

Example: python -m bench.run --sizes 1000,2000 --runs 3 --naive 1000
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

from bench.generate import generate

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
# Seconds to wait after deleting a previous build: on the disks measured here, creating files
# is up to 8 times slower for ~20 s after many were deleted (the file system's delayed work),
# which a fresh checkout does not pay. BENCH_SETTLE=0 to skip.
SETTLE = float(os.environ.get("BENCH_SETTLE", "30"))


def workspace(base: Path, count: int, people: int = 400) -> Path:
    """A corpus of ``count`` synthetic articles naming ``people`` distinct people (two in each lead),
    with the project's site configuration around it."""
    work = base / (f"n{count}" if people == 400 else f"n{count}-p{people}")
    if not (work / "articles" / f"syn_{count - 1:05d}.txt").exists():
        shutil.rmtree(work, ignore_errors=True)
        generate(count, work / "articles", ROOT / "articles", people_count=people)
    for name in ("mkdocs.yml",):
        shutil.copy(ROOT / name, work / name)
    shutil.rmtree(work / "overrides", ignore_errors=True)
    shutil.copytree(ROOT / "overrides", work / "overrides")
    if not (work / "scripts").exists():
        (work / "scripts").symlink_to(ROOT / "scripts")  # mkdocs.yml's hook lives there
    tracked = subprocess.run(["git", "ls-files", "docs"], capture_output=True, text=True, cwd=ROOT).stdout.split()
    for relative in tracked:
        (work / relative).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / relative, work / relative)
    return work


def _run(command: list[str], cwd: Path, env: dict) -> tuple[float, int, str]:
    """Wall seconds, peak memory (MB: the largest sum, sampled every 50 ms, of the proportional
    set sizes of the command and every process it started) and stderr of one command."""
    start = time.perf_counter()
    process = subprocess.Popen([PYTHON, *command], cwd=cwd, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True)
    peak = [0]
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.05):
            peak[0] = max(peak[0], _tree_memory(process.pid))
    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, stderr = process.communicate()
    wall = time.perf_counter() - start
    done.set()
    sampler.join()
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{stderr[-2000:]}")
    return wall, peak[0] // 1024, stderr


def _tree_memory(root: int) -> int:
    """KB of proportional set size (shared pages divided among their sharers) of a process tree."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", "rb") as stream:
                    parents[int(entry)] = int(stream.read().rsplit(b")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                pass
    tree, grew = {root}, True
    while grew:
        grew = False
        for pid, parent in parents.items():
            if parent in tree and pid not in tree:
                tree.add(pid)
                grew = True
    total = 0
    for pid in tree:
        try:
            with open(f"/proc/{pid}/smaps_rollup", "rb") as stream:
                for line in stream:
                    if line.startswith(b"Pss:"):
                        total += int(line.split()[1])
                        break
        except OSError:
            pass
    return total


def _env() -> dict:
    return {**os.environ, "PYTHONPATH": str(ROOT / "scripts"), "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1764288000"}


def _size_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


def _largest_article_kb(site: Path) -> float:
    return max(p.stat().st_size for p in (site / "bai-viet").rglob("index.html")) / 1024


def _clean(work: Path) -> None:
    """Everything a build makes, from the build's own list of its folders (dangbo.paths)."""
    from dangbo import paths
    pages = [f"docs/{folder}" for folder in paths.GENERATED_DIRS]
    pages += [f"docs/{Path(page).parent}" for page in (paths.DATA_PAGE, paths.COVERAGE_PAGE, paths.LEADERS_PAGE)]
    for generated in ("site", ".build", ".cache", *pages, f"docs/{paths.DATA_DIR}", f"docs/{paths.HOME_PAGE}",
                      "docs/feed.xml", "docs/.generated.json", "articles/urls.tsv"):
        target = work / generated
        if target.is_dir():
            shutil.rmtree(target)
        elif target.exists():
            target.unlink()


def clean_pages_build(work: Path, settle: float = SETTLE, python: tuple[str, ...] = ("-m", "dangbo")) -> tuple[float, int, dict]:
    """The pages step from nothing, ``settle`` seconds after the clean: wall seconds, peak MB, stage timings.
    ``python``: how the build is started (bench.figures_cost starts it with the figures off)."""
    _clean(work)
    os.sync()
    time.sleep(settle)
    wall, peak, log = _run([*python, "build", "--quiet", "--timings"], work, _env())
    return wall, peak, json.loads(re.search(r"timings (\{.*\})", log).group(1))


def full_build(work: Path, settle: float = SETTLE) -> dict:
    """One clean build by the `make site` path: pages (with stage timings), site (MkDocs on every
    core), swap. Starts from nothing, as on a fresh checkout."""
    pages_wall, pages_peak, stages = clean_pages_build(work, settle)
    env = _env()
    site_wall, site_peak, _ = _run(["-m", "dangbo", "render", "--out", ".build/site"], work, env)
    swap_wall, _, _ = _run(["-m", "dangbo", "swap", ".build/site", "site"], work, env)
    return {"total": pages_wall + site_wall + swap_wall, "pages_step": pages_wall, "mkdocs": site_wall,
            "peak_mb": max(pages_peak, site_peak), "site_mb": _size_mb(work / "site"),
            "article_kb_max": _largest_article_kb(work / "site"),
            **{f"stage:{k}": v for k, v in stages.items()}}


def render_with(work: Path, renderer: str, settle: float = SETTLE) -> dict:
    """The site step alone with another renderer, on the pages a full build left in docs/, from no
    site and no renderer cache (Zensical keeps one in .cache/)."""
    for leftover in (work / ".build" / "site", work / ".cache"):
        shutil.rmtree(leftover, ignore_errors=True)
    os.sync()
    time.sleep(settle)
    wall, peak, _ = _run(["-m", "dangbo", "render", "--renderer", renderer, "--out", ".build/site"], work, _env())
    site = work / ".build" / "site"
    figures = {f"{renderer}:render": wall, f"{renderer}:peak_mb": peak, f"{renderer}:site_mb": _size_mb(site),
               f"{renderer}:article_kb_max": _largest_article_kb(site)}
    shutil.rmtree(site, ignore_errors=True)
    return figures


def incremental(work: Path) -> dict:
    """After one article changes: the page-writing step again (the site must be built already)."""
    target = sorted((work / "articles").glob("*.txt"))[len(list((work / "articles").glob("*.txt"))) // 2]
    original = target.read_text(encoding="utf-8")
    # a sentence added to the article's text (the end of a file may be site boilerplate)
    changed = original.replace(" đến dự và chỉ đạo.", " đến dự và chỉ đạo. Một câu bổ sung cho lần dựng lại.", 1)
    assert changed != original, target
    target.write_text(changed, encoding="utf-8")
    try:
        wall, _, log = _run(["-m", "dangbo", "build", "--quiet", "--timings"], work, _env())
    finally:
        target.write_text(original, encoding="utf-8")
        _run(["-m", "dangbo", "build", "--quiet"], work, _env())  # back to where the next run starts
    written = int(re.search(r"(\d+) file\(s\) written", log).group(1))
    stages = json.loads(re.search(r"timings (\{.*\})", log).group(1))
    return {"incremental_wall": wall, "incremental_files": written, "incremental_pages_stage": stages["pages"]}


NAIVE_NAV = "\n".join(["nav:", "  - Trang chủ: index.md", "  - Bài viết:"])


def naive_build(work: Path) -> dict:
    """The naive setup on the same pages: every article in the navigation, Material's search plugin."""
    config = (work / "mkdocs.yml").read_text(encoding="utf-8")
    articles = sorted((work / "docs" / "bai-viet").glob("*/index.md"))
    nav = NAIVE_NAV + "\n" + "\n".join(f"    - bai-viet/{p.parent.name}/index.md" for p in articles)
    config = re.sub(r"^nav:\n(?:  - .*\n)+", nav + "\n", config, flags=re.M)
    config = config.replace("enabled: false", "enabled: true")  # the theme's search
    naive = work / "mkdocs-naive.yml"
    naive.write_text(config, encoding="utf-8")
    shutil.rmtree(work / ".build" / "naive", ignore_errors=True)
    wall, peak, _ = _run(["-m", "mkdocs", "build", "--quiet", "-f", str(naive), "-d", ".build/naive"], work, _env())
    return {"naive_mkdocs": wall, "naive_peak_mb": peak, "naive_site_mb": _size_mb(work / ".build" / "naive")}


def median_of(runs: list[dict]) -> dict:
    return {key: statistics.median(r[key] for r in runs) for key in runs[0]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=os.environ.get("BENCH_SIZES", "1000,2000,5000,10000"))
    parser.add_argument("--runs", type=int, default=int(os.environ.get("BENCH_RUNS", "3")))
    parser.add_argument("--naive", default=os.environ.get("BENCH_NAIVE", "1000"), help="sizes for the naive baseline")
    parser.add_argument("--naive-runs", type=int, default=3)
    parser.add_argument("--dir", default=os.environ.get("BENCH_DIR", "/tmp/dangbo-bench"))
    parser.add_argument("--people", type=int, default=int(os.environ.get("BENCH_PEOPLE", "3000")),
                        help="distinct people in the corpus (issue 14's corpus: 3,000)")
    parser.add_argument("--renderers", default=os.environ.get("BENCH_RENDERERS", "zensical"),
                        help="renderers measured besides MkDocs, on the same pages (empty: none)")
    parser.add_argument("--renderer-runs", type=int, default=int(os.environ.get("BENCH_RENDERER_RUNS", "1")))
    parser.add_argument("--json", help="also write the figures here")
    args = parser.parse_args(argv)
    base = Path(args.dir)
    base.mkdir(parents=True, exist_ok=True)
    print(f"# machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    results = {}
    naive_sizes = {int(n) for n in args.naive.split(",") if n}
    for count in (int(n) for n in args.sizes.split(",")):
        work = workspace(base, count, args.people)
        figures = median_of([full_build(work) for _ in range(args.runs)])
        figures.update(median_of([incremental(work) for _ in range(args.runs)]))
        for renderer in (r for r in args.renderers.split(",") if r):
            figures.update(median_of([render_with(work, renderer) for _ in range(args.renderer_runs)]))
            figures[f"ratio_{renderer}_over_mkdocs"] = figures[f"{renderer}:render"] / figures["mkdocs"]
        if count in naive_sizes:
            runs = args.naive_runs if count <= 2000 else 1
            figures.update(median_of([naive_build(work) for _ in range(runs)]))
            figures["ratio_mkdocs_naive_over_ours"] = figures["naive_mkdocs"] / figures["mkdocs"]
            figures["ratio_size_naive_over_ours"] = figures["naive_site_mb"] / figures["site_mb"]
        results[count] = figures
        print(f"\n## {count} articles (median of {args.runs})")
        for key, value in figures.items():
            print(f"{key:32} {value:10.2f}")
        sys.stdout.flush()
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
