"""Render the generated docs/ into one site folder, with MkDocs (on every core) or Zensical.

MkDocs builds one page after another. Article pages do not depend on each other (the
navigation holds index pages only), so ``render_site`` starts one ``mkdocs build
--strict`` per core, each building a share of the article pages (see
``scripts/mkdocs_hooks.py:on_files``), then moves the shares into the first build's folder
and writes the sitemap for all of them, sorted, so the result does not depend on how
many builds ran. Zensical (``renderer="zensical"``) reads the same mkdocs.yml and docs/ and
builds on every core by itself; it runs no hook, and needs none.

Either way the finished site is checked: a file of overrides/ that a renderer copied as content
fails the build.
"""
from __future__ import annotations

import gzip
import multiprocessing
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .writer import write_atomic
from . import incremental, paths
from .errors import BuildError

RENDERERS = ("mkdocs", "zensical")
# Where whitespace means something, or may: kept as it is by compact_html.
_VERBATIM = re.compile(r"(<(pre|textarea|script|style|code)\b.*?</\2>)", re.S | re.I)
PARALLEL_FROM = 1000  # below this, a second MkDocs start costs more than it saves
SITEMAP_URL = re.compile(r"<url>.*?</url>", re.S)
SITEMAP_LOC = re.compile(r"<loc>(.*?)</loc>")


def render_site(out: Path, jobs: int, docs: Path, config: Path, epoch: int, parallel_from: int = PARALLEL_FROM,
                progress: bool = False, renderer: str = "mkdocs", previous: Path | None = None,
                state_file: Path | None = None) -> bool:
    """Build the site into ``out`` with ``renderer``: MkDocs in up to ``jobs`` processes, or Zensical
    (``progress``: a counter on stderr), then check what came out. With ``state_file`` and the
    ``previous`` site it recorded, MkDocs builds only what changed (dangbo/incremental.py); returns
    True when it did."""
    if renderer not in RENDERERS:
        raise BuildError(f"unknown renderer {renderer!r} (one of: {', '.join(RENDERERS)})")
    job = key = state = None
    if state_file is not None:
        if renderer == "mkdocs":
            state = incremental.docs_state(docs)
            key = incremental.render_key(docs, config, renderer, state)
            job = incremental.plan(state_file, previous, docs, key, state)
        incremental.forget(state_file)  # until this build is whole
    if job is not None:
        _render_changed(out, job, previous, config, epoch)
    else:
        if renderer == "zensical":
            _render_zensical(out, config)
        else:
            _render_mkdocs(out, jobs, docs, config, epoch, parallel_from, progress)
        _check_site(out, config, compact=not compacted_by_hook(renderer))
    if not os.environ.get("SITE_URL"):
        portable_404(out / "404.html")
    if key is not None:
        incremental.save_state(state_file, out, key, state)
    return job is not None


# The page a host serves for any missing address, at any depth. Without SITE_URL the themes link it from
# the server's root ("/assets/…"), wrong under a subpath (user.github.io/repo/): its links are made
# relative and a script, first in the head, finds the site's root among the folders of the address
# (the first one holding data/paths.js) and makes it the page's base.
FIND_ROOT = (
    "<script>(function(){var p=location.pathname.replace(/[^/]*$/,''),c=[];"
    "while(p){c.push(p);if(p==='/')break;p=p.replace(/[^/]*\\/$/,'');}"
    "for(var i=0;i<c.length;i++){try{var x=new XMLHttpRequest();x.open('HEAD',c[i]+'" + paths.JS_CONFIG + "',false);"
    "x.send();if(x.status===200){document.write('<base href=\"'+c[i]+'\">');return;}}catch(e){}}"
    "document.write('<base href=\"/\">');})();</script>")
ROOT_ABSOLUTE = re.compile(r'((?:href|src)=")/(?!/)')


def portable_404(path: Path) -> None:
    """Make the 404 page work under any subpath without SITE_URL (see FIND_ROOT); idempotent."""
    try:
        page = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return
    if FIND_ROOT in page:
        return
    head = page.find("<head>")
    if head < 0:
        return
    charset = page.find('<meta charset="utf-8">', head)
    at = charset + len('<meta charset="utf-8">') if charset > 0 else head + len("<head>")
    fixed = page[:at] + FIND_ROOT + ROOT_ABSOLUTE.sub(r"\1", page[at:])
    write_atomic(path, fixed.encode("utf-8"))  # a new file: the previous site's copy may be a hard link to it


def _render_changed(out: Path, job: "incremental.Plan", previous: Path, config: Path, epoch: int) -> None:
    """The changed docs/ files built alone, put into a linked copy of the previous site."""
    partial = out.with_name(out.name + ".changed")
    for folder in (out, partial):
        shutil.rmtree(folder, ignore_errors=True)
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt", delete=False) as listing:
        listing.write("\n".join(job.changed) + "\n")
    try:
        env = {**os.environ, "BV_ONLY": listing.name}
        command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config), "-d", str(partial)]
        with tempfile.TemporaryFile() as log:
            code = subprocess.run(command, env=env, stderr=log).returncode
            _print_warnings([log])
    finally:
        os.unlink(listing.name)
    if code != 0:
        raise BuildError("mkdocs build failed (the changed pages)")
    _check_site(partial, config, compact=not compacted_by_hook("mkdocs"))
    sitemaps = {"sitemap.xml", "sitemap.xml.gz"}
    replaced = {paths.output_of(name) for name in job.changed + job.removed}
    incremental.link_tree(previous, out, replaced | sitemaps)
    base = (os.environ.get("SITE_URL") or "").rstrip("/") + "/"
    addresses = (paths.page_address(name) for name in job.changed + job.removed if name.endswith(".md"))
    gone = {base + (address + "/" if address else "") for address in addresses}
    urls = {u for u in _sitemap_urls(previous) if (m := SITEMAP_LOC.search(u)) is None or m.group(1) not in gone}
    urls |= _sitemap_urls(partial)
    incremental.move_tree(partial, out)  # its sitemap is rewritten below
    shutil.rmtree(partial)
    for name in job.removed:  # folders left empty by a page gone
        folder = (out / paths.output_of(name)).parent
        while folder != out and folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
            folder = folder.parent
    _write_sitemap(out, urls, epoch)


def _render_zensical(out: Path, config: Path) -> None:
    """``zensical build --strict`` with the site folder given through SITE_DIR (it takes no -d)."""
    out = out.resolve()
    shutil.rmtree(out, ignore_errors=True)
    env = {**os.environ, "SITE_DIR": str(out)}
    command = [sys.executable, "-m", "zensical", "build", "--strict", "-f", str(config.resolve())]
    result = subprocess.run(command, env=env, cwd=config.resolve().parent, capture_output=True, text=True)
    for line in (result.stdout + result.stderr).splitlines():
        if line.strip() and not line.startswith(("Build started", "Build finished", "No issues found")):
            print(line, file=sys.stderr)
    if result.returncode != 0:
        raise BuildError(f"zensical build failed (exit {result.returncode})")


def compact_html(page: str) -> str:
    """A page without the templates' indentation: every run of white space that holds a line break
    becomes one line break, outside pre, textarea, script, style and code. The browser shows the
    same (a line break between words is a space either way); an article page is a sixth lighter."""
    parts = _VERBATIM.split(page)
    out = []
    for index in range(0, len(parts), 3):  # split() gives text, whole verbatim element, its tag name
        out.append(_join_lines(parts[index]))
        if index + 1 < len(parts):
            out.append(parts[index + 1])
    return "".join(out).lstrip()


def _join_lines(text: str) -> str:
    """Each run of white space that holds a line break as one line break: the spaces and tabs before
    the break and all white space after it go (what ``[ \\t]*\\n\\s*`` → ``\\n`` does; that
    pattern was tried at every position of a page, six times slower, measured)."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    out = [lines[0].rstrip(" \t")]
    last = len(lines) - 1
    for number in range(1, last + 1):
        line = lines[number].lstrip()
        if number < last:
            if not line:  # nothing but white space: its break joins the run before it
                continue
            line = line.rstrip(" \t")
        out.append(line)
    return "\n".join(out)


def speedups_on() -> bool:
    """The MkDocs hook's speed-ups, on unless BV_SPEEDUPS=0 (``make site SPEEDUPS=0``)."""
    return os.environ.get("BV_SPEEDUPS", "1") != "0"


def compacted_by_hook(renderer: str) -> bool:
    """The MkDocs hook compacts each page as it is written (BV_SPEEDUPS=0 leaves it to the site step)."""
    return renderer == "mkdocs" and speedups_on()


def _compact_file(path: str) -> None:
    with open(path, encoding="utf-8") as stream:
        page = stream.read()
    compact = compact_html(page)
    if compact != page:
        with open(path, "w", encoding="utf-8") as stream:
            stream.write(compact)


def _check_site(out: Path, config: Path, compact: bool) -> None:
    """A file of the theme's custom folder copied as content is an error; with ``compact``, every page
    is compacted here (compact_html), on every core. (A block the MkDocs hook could not put back
    fails that build itself, naming the page.)"""
    custom = config.resolve().parent / "overrides"
    leaked = [name.relative_to(custom).as_posix() for name in custom.rglob("*")
              if name.is_file() and name.suffix != ".html" and (out / name.relative_to(custom)).exists()]
    if leaked:
        raise BuildError(f"files of overrides/ were copied into the site: {', '.join(sorted(leaked))}")
    if not compact:
        return
    pages = sorted(os.path.join(folder, name) for folder, _dirs, names in os.walk(out) for name in names
                   if name.endswith(".html"))
    with multiprocessing.get_context("fork").Pool(min(len(pages) // 500 + 1, os.cpu_count() or 1)) as pool:
        pool.map(_compact_file, pages, chunksize=64)


def _render_mkdocs(out: Path, jobs: int, docs: Path, config: Path, epoch: int, parallel_from: int,
                   progress: bool) -> None:
    articles = docs / paths.ARTICLE_DIR
    pages = sum(1 for _ in articles.glob("*/index.md")) if articles.is_dir() else 0
    jobs = max(1, jobs if pages >= parallel_from else 1)
    outputs = [out] + [out.with_name(f"{out.name}.part{k}") for k in range(1, jobs)]
    processes, logs = [], []
    for index, target in enumerate(outputs):
        shutil.rmtree(target, ignore_errors=True)
        env = {**os.environ, "BV_SHARD": f"{index}/{jobs}"} if jobs > 1 else dict(os.environ)
        # Not --quiet: it silences warnings before --strict can count them.
        command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config), "-d", str(target)]
        logs.append(tempfile.TemporaryFile())
        processes.append(subprocess.Popen(command, env=env, stderr=logs[-1]))
    if progress:
        _show_progress(outputs, pages, processes)
    failed = [p.args for p in processes if p.wait() != 0]
    _print_warnings(logs)
    if failed:
        raise BuildError(f"mkdocs build failed ({len(failed)} of {jobs} processes)")
    urls = _sitemap_urls(out)
    for part in outputs[1:]:
        urls |= _sitemap_urls(part)
        (out / paths.ARTICLE_DIR).mkdir(exist_ok=True)  # a build may have made no article page
        made = part / paths.ARTICLE_DIR
        for page in made.iterdir() if made.is_dir() else ():
            if not (out / paths.ARTICLE_DIR / page.name).exists():
                page.rename(out / paths.ARTICLE_DIR / page.name)
        shutil.rmtree(part)
    _write_sitemap(out, urls, epoch)


def _print_warnings(logs: list) -> None:
    """MkDocs' warnings and errors (with their continuation lines), each once; its INFO lines dropped."""
    shown: set[str] = set()
    for log in logs:
        log.seek(0)
        keep = False
        for line in log.read().decode("utf-8", "replace").splitlines():
            if not line[:1].isspace():  # a new message; indented lines continue the one before
                keep = not line.startswith("INFO") and line not in shown
                shown.add(line)
            if keep:
                print(line, file=sys.stderr)
        log.close()


def _show_progress(outputs: list[Path], pages: int, processes: list[subprocess.Popen]) -> None:
    """Article pages built so far (the folders MkDocs has made under bai-viet/), twice a second."""
    started = time.monotonic()
    while True:
        running = any(p.poll() is None for p in processes)
        done = sum(_count_entries(target / paths.ARTICLE_DIR) for target in outputs)
        sys.stderr.write(f"\rDựng trang web (MkDocs, {len(processes)} tiến trình): {min(done, pages)}/{pages} bài "
                         f"({time.monotonic() - started:.1f} s)\x1b[K")
        sys.stderr.flush()
        if not running:
            sys.stderr.write("\n")
            return
        time.sleep(0.5)


def _count_entries(folder: Path) -> int:
    try:
        with os.scandir(folder) as entries:
            return sum(1 for _ in entries)
    except OSError:
        return 0


def _sitemap_urls(site: Path) -> set[str]:
    try:
        return set(SITEMAP_URL.findall((site / "sitemap.xml").read_text(encoding="utf-8")))
    except FileNotFoundError:
        return set()


def _write_sitemap(site: Path, urls: set[str], epoch: int) -> None:
    if not (site / "sitemap.xml").exists():
        return
    ordered = sorted(urls, key=lambda u: (m.group(1) if (m := SITEMAP_LOC.search(u)) else u))
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            + "\n".join(f"    {u}" for u in ordered) + "\n</urlset>\n")
    (site / "sitemap.xml").write_text(text, encoding="utf-8")
    with open(site / "sitemap.xml.gz", "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", filename="", mtime=epoch) as stream:
        stream.write(text.encode("utf-8"))
