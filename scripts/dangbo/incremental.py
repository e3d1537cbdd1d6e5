"""Render only what changed since the last site, and reuse the rest of it (MkDocs).

After the site step, ``save_state`` records what the site was made from: every file of docs/
(size and modification time: the page writer rewrites a file only when its content changes), and a
key for everything else that shapes every page (mkdocs.yml, overrides/, the hook, the package's
code, the installed MkDocs and Material, SITE_URL, the speed-ups switch, the hand-written pages).
The next site step, given the previous site, compares: when the key is the same and the previous
site is the one recorded, only the docs/ files that changed are built (the hook's ``BV_ONLY``: the
other pages stay known to MkDocs, excluded from the build, so links to them still resolve), the
previous site is linked file by file into the new folder, the outputs of files gone are removed, the
new outputs put in, and the sitemap rewritten. Anything else builds from nothing. A test checks
that the result is byte-identical to a clean build.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from .cache import PACKAGE_CODE

STATE_FILE = "render.json"      # in .build/, beside the extraction cache
GENERATED = ".generated.json"   # the page writer's manifest in docs/: the files it owns
MOST_CHANGED = 0.5              # above this share of changed files, a clean build is as quick


@dataclass(frozen=True)
class Plan:
    """What an incremental build does: the docs/ files to build and those whose output goes."""
    changed: tuple[str, ...]
    removed: tuple[str, ...]


def docs_state(docs: Path) -> dict[str, list[int]]:
    """Every file of docs/ (relative path → [size, mtime in ns]), one stat each."""
    state = {}
    root = str(docs)
    for folder, dirs, names in os.walk(root):
        dirs.sort()
        for name in names:
            path = os.path.join(folder, name)
            info = os.stat(path)
            state[os.path.relpath(path, root).replace(os.sep, "/")] = [info.st_size, info.st_mtime_ns]
    return state


def render_key(docs: Path, config: Path, renderer: str, state: dict) -> str:
    """A digest of everything besides the generated pages that shapes the site."""
    digest = hashlib.sha1()
    root = config.resolve().parent
    for path in [config, Path(__file__).resolve().parent.parent / "mkdocs_hooks.py",
                 *sorted(p for p in (root / "overrides").rglob("*") if p.is_file())]:
        digest.update(str(path.name).encode() + b"\0" + path.read_bytes() + b"\0")
    for package in ("mkdocs", "mkdocs-material", "markdown", "pymdown-extensions", "jinja2"):
        try:
            digest.update(f"{package}={metadata.version(package)}\0".encode())
        except metadata.PackageNotFoundError:
            pass
    for name in ("SITE_URL", "BV_SPEEDUPS", "SOURCE_DATE_EPOCH", "SITE_DIR"):
        digest.update(f"{name}={os.environ.get(name, '')}\0".encode())
    digest.update(f"{renderer}\0{PACKAGE_CODE}\0".encode())
    generated = _generated(docs)
    for relative in sorted(state):  # the hand-written files, by content
        if relative not in generated:
            digest.update(relative.encode() + b"\0" + (docs / relative).read_bytes() + b"\0")
    return digest.hexdigest()


def _generated(docs: Path) -> set[str]:
    try:
        return set(json.loads((docs / GENERATED).read_text(encoding="utf-8"))["files"]) | {GENERATED}
    except (OSError, ValueError, KeyError, TypeError):
        return set()


def _site_mark(site: Path) -> list[int] | None:
    """The previous site's identity: its sitemap's inode and time (a swap renames, keeping both)."""
    try:
        info = os.stat(site / "sitemap.xml")
    except OSError:
        return None
    return [info.st_ino, info.st_mtime_ns]


def plan(state_file: Path, previous: Path | None, docs: Path, key: str, state: dict) -> Plan | None:
    """The incremental build to do, or None for a clean one."""
    if previous is None:
        return None
    try:
        recorded = json.loads(state_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if recorded.get("key") != key or recorded.get("site") != _site_mark(previous) or _site_mark(previous) is None:
        return None
    before = recorded.get("files", {})
    changed = tuple(sorted(name for name, stat in state.items() if before.get(name) != stat))
    removed = tuple(sorted(name for name in before if name not in state))
    if len(changed) + len(removed) > MOST_CHANGED * max(1, len(state)):
        return None
    return Plan(changed, removed)


def save_state(state_file: Path, out: Path, key: str, state: dict) -> None:
    state_file.parent.mkdir(parents=True, exist_ok=True)
    record = {"key": key, "site": _site_mark(out), "files": state}
    temporary = state_file.with_name(state_file.name + ".tmp")
    temporary.write_text(json.dumps(record, separators=(",", ":")), encoding="utf-8")
    os.replace(temporary, state_file)


def forget(state_file: Path) -> None:
    """No record: the next site step builds from nothing (called before any clean build)."""
    state_file.unlink(missing_ok=True)


def _files(source: Path, target: Path):
    """(relative path, file in ``source``, its place in ``target``) of every file, the folders made."""
    for folder, dirs, names in os.walk(source):
        dirs.sort()
        inner = os.path.relpath(folder, source)
        made = str(target) if inner == "." else os.path.join(target, inner)
        os.makedirs(made, exist_ok=True)
        for name in names:
            relative = name if inner == "." else f"{inner}/{name}".replace(os.sep, "/")
            yield relative, os.path.join(folder, name), os.path.join(made, name)


def link_tree(source: Path, target: Path, skip: set[str]) -> None:
    """``target`` as a copy of ``source`` made of hard links (a copy where links are not allowed),
    without the relative paths in ``skip``."""
    for relative, old, new in _files(source, target):
        if relative not in skip:
            try:
                os.link(old, new)
            except OSError:
                shutil.copy2(old, new)


def move_tree(source: Path, target: Path) -> None:
    """Every file of ``source`` renamed into ``target`` (replacing a link there, never writing through it)."""
    for _relative, old, new in _files(source, target):
        os.replace(old, new)
