"""Command line: connect the stages (read → extract → pages → indexes and dataset).

Exit codes: 0 built (warnings about bad input files are printed, one line
each, naming the file); 1 ``--strict`` and there were warnings; 2 the build
itself could not run (bad arguments, unwritable docs/).
"""
from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import gc
import json
import os
import shutil
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from contextlib import nullcontext
from pathlib import Path

from .cache import file_key, load_cache, save_cache
from .dataset import (build_citations, build_csv, build_feed, build_figures_csv, build_figures_json, build_json,
                      build_review, build_review_json, figure_records)
from .errors import ArticleError, BuildError
from .extract import extract_article
from .indexes import build_corpus
from .model import Article
from .overrides import apply_override, read_override
from .paths import DATA_DIR, JS_CONFIG, js_config
from .pages import write_pages
from .read import read_article
from .search import result_files, start_search_index
from .settings import Settings
from .site import PARALLEL_FROM as PARALLEL_SITE_FROM, RENDERERS, render_site
from .urls import assign_slugs, read_registry, write_registry
from .writer import Writer

PARALLEL_FROM = 200  # below this, starting worker processes costs more than it saves
CACHE_FILE = ".build/cache/articles.pickle"
SEARCH_CACHE_NAME = "search.pickle"  # beside it: the search index's postings (search_cache)


def load_article(path: Path, latest: dt.date | None) -> Article:
    """Read and extract one file (run in a worker process for large corpora)."""
    body, header = read_article(path)
    return extract_article(path.name, body, header, latest=latest)


def _load(job):
    """(article, None) or (None, warning); runs in a worker process."""
    path, latest = job
    try:
        return load_article(path, latest), None
    except ArticleError as error:
        return None, str(error)
    except Exception as error:  # a bug must not stop the rest of the corpus; it is reported by name
        return None, f"{path.name}: could not be processed ({type(error).__name__}: {error})"


class Progress:
    """A counter per stage on a terminal; silent in CI and when piped."""

    def __init__(self, enabled: bool):
        self.enabled = enabled
        self.label, self.total, self.done, self.started = "", 0, 0, time.monotonic()

    def stage(self, label: str, total: int = 0) -> None:
        self.finish_line()
        self.label, self.total, self.done, self.started = label, total, 0, time.monotonic()
        self._show()

    def step(self) -> None:
        self.done += 1
        if self.done % 100 == 0 or self.done == self.total:
            self._show()

    def _show(self) -> None:
        if self.enabled:
            count = f" {self.done}/{self.total}" if self.total else ""
            sys.stderr.write(f"\r{self.label}{count} ({time.monotonic() - self.started:.1f} s)\x1b[K")
            sys.stderr.flush()

    def finish_line(self) -> None:
        if self.enabled and self.label:
            self._show()
            sys.stderr.write("\n")


_CACHED: frozenset = frozenset()  # the keys the cache holds, set in each worker (_remember_cached)


def _remember_cached(keys: frozenset) -> None:
    global _CACHED
    _CACHED = keys


def _key_and_load(job):
    """(cache key, result): the result is None when the cache holds the file's extraction already.

    The workers hash the files: hashing 10,000 files in the main process before any extraction
    started was a serial second (measured)."""
    key = file_key(job[0], job[1]) if job[2] else None
    return key, (None if key in _CACHED else _load(job[:2]))


def collect_articles(settings: Settings, warnings: list[str], progress: Progress) -> list[Article]:
    """Every readable article, with overrides applied and duplicates removed."""
    paths = _input_paths(settings.articles_dir, warnings)
    cache = load_cache(settings.cache_path) if settings.cache_path else {}
    jobs = [(path, settings.build_date, bool(settings.cache_path)) for path in paths]
    progress.stage("Đọc và trích xuất", len(jobs))
    keys, results = [], []
    parallel = len(jobs) >= PARALLEL_FROM and settings.workers > 1
    cached = frozenset(cache)
    _remember_cached(cached)
    with ProcessPoolExecutor(settings.workers, initializer=_remember_cached, initargs=(cached,)) \
            if parallel else nullcontext() as pool:
        for key, result in (pool.map(_key_and_load, jobs, chunksize=64) if pool else map(_key_and_load, jobs)):
            keys.append(key)
            results.append(result if result is not None else (cache[key], None))
            progress.step()
    if settings.cache_path:
        save_cache(settings.cache_path, {key: article for key, (article, _) in zip(keys, results) if key and article})
    articles = []
    for article, warning in results:
        if warning:
            warnings.append(warning)
        else:
            articles.append(_with_override(article, settings, warnings))
    return _drop_duplicates(articles, warnings)


INPUT_SUFFIXES = (".txt", ".html", ".htm")  # text files, and pages saved from a browser (webpage.py)


def _input_paths(articles_dir: Path, warnings: list[str]) -> list[Path]:
    paths = []
    for path in sorted(p for p in articles_dir.iterdir() if p.suffix.lower() in INPUT_SUFFIXES and not p.name.startswith(".")):
        if path.is_symlink() and not path.exists():
            warnings.append(f"{path.name}: is a broken or looping symbolic link")
        elif path.is_dir():
            warnings.append(f"{path.name}: is a folder, not a text file")
        else:
            paths.append(path)
    return paths


def _with_override(article: Article, settings: Settings, warnings: list[str]) -> Article:
    path = settings.articles_dir / (Path(article.source_file).stem + ".yml")
    if not path.exists():
        return article
    try:
        return apply_override(article, read_override(path))
    except ArticleError as error:
        warnings.append(f"{error} (override ignored)")
        return article


def _drop_duplicates(articles: list[Article], warnings: list[str]) -> list[Article]:
    """The same text under two names is published once, under the first name."""
    first: dict[str, str] = {}
    kept = []
    for article in articles:
        if article.text_key in first:
            warnings.append(f"{article.source_file}: same text as {first[article.text_key]}; published once, as {first[article.text_key]}")
            continue
        first[article.text_key] = article.source_file
        kept.append(article)
    return kept


@dataclasses.dataclass
class BuildReport:
    """What a build did: warnings, files rewritten, seconds per stage."""

    warnings: list[str]
    changed: int = 0
    removed: int = 0
    timings: dict = dataclasses.field(default_factory=dict)


def run_build(settings: Settings) -> BuildReport:
    """Build docs/ from articles/; report the warnings (bad files, refused writes) and timings."""
    warnings: list[str] = []
    timings: dict[str, float] = {}
    clock = time.perf_counter()
    progress = Progress(settings.progress)
    articles = collect_articles(settings, warnings, progress)
    # The articles live until the end: keep the cyclic garbage collector from walking them again
    # and again (measured: a tenth of the page-writing stage at 10,000 articles).
    gc.freeze()
    timings["read+extract"], clock = time.perf_counter() - clock, time.perf_counter()
    registry = read_registry(settings.registry_path)
    requested = {a.source_file: a.slug for a in articles if a.slug}
    articles, registry = assign_slugs(articles, registry, requested)
    corpus = build_corpus(articles)
    review = build_review(corpus.articles)
    _clean_temporaries(settings.docs_dir)
    writer = Writer(settings.docs_dir, settings.manifest_path)
    # The search index is built on the other cores while this process writes the pages.
    # Its postings are kept beside the extraction cache: a rebuild reads only the documents that changed.
    kept = settings.cache_path.with_name(SEARCH_CACHE_NAME) if settings.cache_path else None
    search_index = start_search_index(corpus.articles, settings.workers, kept)
    for relative, content in result_files(corpus.articles):
        writer.write(relative, content)
    timings["indexes"], clock = time.perf_counter() - clock, time.perf_counter()
    progress.stage("Ghi trang", len(articles))
    accessed = settings.build_date or dt.date.today()  # the citations' access date
    write_pages(corpus, writer, review, settings.site_url, accessed, progress.step)
    timings["pages"], clock = time.perf_counter() - clock, time.perf_counter()
    progress.stage("Dữ liệu và chỉ mục tìm kiếm")
    updated = _build_timestamp(settings)
    data = {
        f"{DATA_DIR}/articles.json": build_json(corpus.articles),
        f"{DATA_DIR}/articles.csv": build_csv(corpus.articles),
        f"{DATA_DIR}/review.json": build_review_json(review, warnings),
        "feed.xml": build_feed(corpus, settings.site_url, updated),
        JS_CONFIG: js_config(),
        **_figure_files(corpus.articles),
        **build_citations(corpus.articles, settings.site_url, accessed),
    }
    writer.flush()  # the search index forks next: no writer thread may be running then
    timings["data"], clock = time.perf_counter() - clock, time.perf_counter()
    search_files = search_index()
    timings["search index"], clock = time.perf_counter() - clock, time.perf_counter()
    for relative, content in {**data, **search_files}.items():
        writer.write(relative, content)
    removed = writer.finish()
    warnings.extend(writer.warnings)
    write_registry(settings.registry_path, registry)
    timings["data+write"] = time.perf_counter() - clock
    progress.finish_line()
    return BuildReport(warnings, writer.changed, len(removed), timings)


def _figure_files(articles) -> dict[str, str | bytes]:
    records = figure_records(articles)
    return {f"{DATA_DIR}/figures.json": build_figures_json(records), f"{DATA_DIR}/figures.csv": build_figures_csv(records)}


def _clean_temporaries(docs_dir: Path) -> None:
    """Remove temporary files a killed build may have left."""
    for leftover in docs_dir.rglob(".tmp-*"):
        leftover.unlink(missing_ok=True)


def _build_timestamp(settings: Settings) -> str:
    day = settings.build_date or dt.date(1970, 1, 1)
    return f"{day.isoformat()}T00:00:00Z"


def swap_site(new: Path, site: Path) -> None:
    """Replace ``site`` by the freshly built ``new`` with two renames; recover a half-done swap."""
    old = site.with_name(site.name + ".old")
    if not site.exists() and old.exists():
        old.rename(site)  # a previous swap was killed between its two renames
    if old.exists():
        shutil.rmtree(old)
    if site.exists():
        site.rename(old)
    new.rename(site)
    shutil.rmtree(old, ignore_errors=True)


def _interactive() -> bool:
    """Progress counters only on a terminal, and never in CI."""
    return sys.stderr.isatty() and not os.environ.get("CI")


def _settings_from(args: argparse.Namespace) -> Settings:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    build_date = dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc).date() if epoch else dt.date.today()
    interactive = _interactive()
    return Settings(
        articles_dir=Path(args.articles), docs_dir=Path(args.docs), site_url=args.site_url or "",
        strict=args.strict, build_date=build_date, workers=args.workers or (os.cpu_count() or 1),
        progress=interactive and not args.quiet,
        cache_path=None if args.no_cache else Path(args.cache) if args.cache else Path(args.docs).resolve().parent / CACHE_FILE,
    )


def command_build(args: argparse.Namespace) -> int:
    """Build the Markdown pages and the dataset. Example: python -m dangbo build --strict"""
    settings = _settings_from(args)
    if not settings.articles_dir.is_dir():
        print(f"error: {settings.articles_dir} is not a folder of articles", file=sys.stderr)
        return 2
    try:
        report = run_build(settings)
    except BuildError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    for warning in report.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    print(f"built pages in {settings.docs_dir}/: {report.changed} file(s) written, {report.removed} removed, "
          f"{len(report.warnings)} warning(s)", file=sys.stderr)
    if args.timings:
        print("timings " + json.dumps({k: round(v, 3) for k, v in report.timings.items()}), file=sys.stderr)
    return 1 if report.warnings and settings.strict else 0


def command_render(args: argparse.Namespace) -> int:
    """Render docs/ into a folder: MkDocs (--strict) on every core, or Zensical. Example: python -m dangbo render --out .build/site"""
    epoch = int(os.environ.get("SOURCE_DATE_EPOCH") or time.time())
    try:
        reused = render_site(Path(args.out), args.jobs or (os.cpu_count() or 1), Path(args.docs), Path(args.config), epoch,
                             args.parallel_from, progress=_interactive() and not args.quiet, renderer=args.renderer,
                             previous=Path(args.previous) if args.previous else None,
                             state_file=Path(args.state) if args.state else None)
        if reused and not args.quiet:
            print(f"built the changed pages only; the rest reused from {args.previous}", file=sys.stderr)
    except BuildError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return 0


def command_swap(args: argparse.Namespace) -> int:
    """Put a freshly built site in place. Example: python -m dangbo swap .build/site site"""
    swap_site(Path(args.new), Path(args.site))
    return 0


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``python -m dangbo``."""
    parser = argparse.ArgumentParser(prog="dangbo", description="Build the article pages and dataset.")
    commands = parser.add_subparsers(dest="command", required=True)
    build = commands.add_parser("build", help=command_build.__doc__)
    build.add_argument("--articles", default="articles", help="folder of input .txt, .html and .htm files")
    build.add_argument("--docs", default="docs", help="MkDocs docs folder to write into")
    build.add_argument("--site-url", default=os.environ.get("SITE_URL", ""), help="public address, for the feed")
    build.add_argument("--strict", action="store_true", help="exit 1 when any input file is rejected")
    build.add_argument("--workers", type=int, default=0, help="processes for reading (default: all cores)")
    build.add_argument("--quiet", action="store_true", help="no progress counter")
    build.add_argument("--timings", action="store_true", help="print seconds per stage (for make bench)")
    build.add_argument("--cache", help=f"extraction results kept between builds (default: beside docs/, {CACHE_FILE})")
    build.add_argument("--no-cache", action="store_true", help="extract every article again")
    build.set_defaults(handler=command_build)
    render = commands.add_parser("render", help=command_render.__doc__)
    render.add_argument("--out", default=".build/site", help="folder to build the site into")
    render.add_argument("--docs", default="docs")
    render.add_argument("--config", default="mkdocs.yml")
    render.add_argument("--jobs", type=int, default=0, help="MkDocs processes (default: all cores)")
    render.add_argument("--parallel-from", type=int, default=PARALLEL_SITE_FROM, help="articles needed for more than one")
    render.add_argument("--quiet", action="store_true", help="no progress counter")
    render.add_argument("--previous", help="the last site built (e.g. site): MkDocs then builds only what changed")
    render.add_argument("--state", help="what the last site was built from (e.g. .build/render.json); needed with --previous")
    render.add_argument("--renderer", choices=RENDERERS, default=os.environ.get("RENDERER") or "mkdocs",
                        help="mkdocs (MkDocs + Material, the default) or zensical")
    render.set_defaults(handler=command_render)
    swap = commands.add_parser("swap", help=command_swap.__doc__)
    swap.add_argument("new")
    swap.add_argument("site")
    swap.set_defaults(handler=command_swap)
    args = parser.parse_args(argv)
    return args.handler(args)
