"""The only code that writes into docs/: atomic, write-if-changed, owned paths only.

The build owns the files listed in its manifest. A path that exists and is not
in the manifest was written by a person, and is never overwritten or deleted
(the write is refused with a warning naming it). Each file is written to a
temporary name and renamed, so a killed build leaves every file whole; files
whose content did not change are not touched, so a rebuild after one article
changes rewrites only what depends on it.

Creating a file costs 0.1–0.5 ms on the disks measured here, and a build of
10,000 articles writes 25,000 of them: the writes run on a few threads (the
system calls release the GIL) while the caller renders the next page.
"""
from __future__ import annotations

import json
import os
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from .errors import BuildError


class Writer:
    """Writes generated files under ``root`` and keeps the manifest of what it owns."""

    def __init__(self, root: Path, manifest: Path):
        self.root = root
        self.manifest = manifest
        self.fingerprints = self._read_manifest()
        # Files a killed build created before it could save the manifest are the build's too.
        self.journal = manifest.with_name(manifest.name + ".pending")
        self.owned = set(self.fingerprints) | self._read_journal()
        self._journal_fd: int | None = None
        self.new_fingerprints: dict[str, str] = {}
        self.written: set[str] = set()
        self.changed = 0
        self.warnings: list[str] = []
        self._pool: ThreadPoolExecutor | None = None
        self._pending: list[Future] = []
        self._room = threading.BoundedSemaphore(BATCHES_IN_FLIGHT)
        self._batch: list[tuple[str, bytes, bool]] = []
        self._new: list[str] = []  # paths of the batch that did not exist: noted in the journal before it is written
        self._listings: dict[str, frozenset[str]] = {}

    def _read_manifest(self) -> dict[str, str]:
        try:
            files = json.loads(self.manifest.read_text(encoding="utf-8"))["files"]
            return dict(files) if isinstance(files, dict) else {name: "" for name in files}
        except (OSError, ValueError, KeyError, TypeError):
            return {}

    def _read_journal(self) -> set[str]:
        try:
            return set(self.journal.read_text(encoding="utf-8").splitlines())
        except (OSError, UnicodeDecodeError):
            return set()

    def _note_new(self, relatives: list[str]) -> None:
        """Record paths in the journal before creating them (one append; the page cache keeps it through a kill)."""
        if self._journal_fd is None:
            self.manifest.parent.mkdir(parents=True, exist_ok=True)
            self._journal_fd = os.open(self.journal, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        os.write(self._journal_fd, "".join(f"{relative}\n" for relative in relatives).encode("utf-8"))

    def _found(self, relative: str) -> bool:
        """True for anything at ``root/relative`` that the build did not write (a broken link
        included). Folders are listed once each, from the top: a clean build of 25,000 pages then
        costs a handful of system calls instead of one per file and its twin (0.1–0.3 ms each here)."""
        folder, _, name = relative.rpartition("/")
        return name in self._listing(folder)

    def _listing(self, folder: str) -> frozenset[str]:
        if folder not in self._listings:
            parent, _, name = folder.rpartition("/")
            names: frozenset[str] = frozenset()
            if not folder or name in self._listing(parent):
                try:
                    with os.scandir(self.root / folder if folder else self.root) as entries:
                        names = frozenset(entry.name for entry in entries)
                except FileNotFoundError:
                    pass
                except OSError:  # something there we cannot even look at: not ours to replace
                    return _EVERYTHING
            self._listings[folder] = names
        return self._listings[folder]

    def hand_written_twins(self, folders) -> dict[str, str]:
        """``{"tinh/x/index.md": "tinh/x.md"}`` for each page a person wrote in one of ``folders`` under
        the address of a generated page: the build links to the person's file and writes none there."""
        twins = {}
        for folder in folders:
            try:
                with os.scandir(self.root / folder) as entries:
                    names = [e.name for e in entries if e.name.endswith(".md") and e.name != "index.md"]
            except OSError:
                continue
            for name in names:
                relative = f"{folder}/{name}"
                if relative not in self.owned:
                    twins[_twin(relative)] = relative
        return twins

    def unchanged(self, relative: str, fingerprint: str) -> bool:
        """True (and the file counts as written) when it was built last time from the same inputs."""
        if self.fingerprints.get(relative) == fingerprint and relative not in self.written and (self.root / relative).exists():
            self.written.add(relative)
            self.new_fingerprints[relative] = fingerprint
            return True
        return False

    def write(self, relative: str, content: str | bytes, fingerprint: str = "") -> bool:
        """Write ``root/relative`` unless a person owns it (then warn); skip it if unchanged."""
        if relative in self.written:
            raise BuildError(f"{relative}: written twice in one build (two pages share an address)")
        path = self.root / relative
        if relative not in self.owned and self._found(relative):
            self.warnings.append(f"docs/{relative}: exists and was not written by the build; left as it is")
            return False
        twin = _twin(relative)  # a person's tinh/x.md holds the address of tinh/x/index.md
        if twin and twin not in self.owned and self._found(twin):
            self.warnings.append(f"docs/{twin}: exists and was not written by the build, and has the address of "
                                 f"docs/{relative}; left as it is, and that page not built")
            return False
        self.written.add(relative)
        self.new_fingerprints[relative] = fingerprint
        data = content.encode("utf-8") if isinstance(content, str) else content
        existed = relative in self.owned
        if not existed:
            self._new.append(relative)
        self._batch.append((str(path), data, existed))
        if len(self._batch) >= WRITE_BATCH:
            self._submit()
        return True

    def _submit(self) -> None:
        """Hand the files gathered so far to a writing thread (in batches: a task per file cost
        more in thread switching than the writes themselves)."""
        batch, self._batch = self._batch, []
        if not batch:
            return
        if self._new:
            self._note_new(self._new)
            self._new = []
        if self._pool is None:
            self._pool = ThreadPoolExecutor(WRITE_THREADS, thread_name_prefix="writer")
        self._room.acquire()  # bounds the memory held by writes not yet done
        self._pending.append(self._pool.submit(self._write_batch, batch))

    def _write_batch(self, batch: list[tuple[str, bytes, bool]]) -> int:
        try:
            return sum(write_if_changed(path, data) if existed else write_new(path, data) for path, data, existed in batch)
        finally:
            self._room.release()

    def flush(self) -> None:
        """Wait for every write so far; stop the threads (so that the process can fork safely)."""
        self._submit()
        pending, self._pending = self._pending, []
        try:
            for future in pending:
                self.changed += future.result()
        finally:
            if self._pool is not None:
                self._pool.shutdown()
                self._pool = None

    def finish(self) -> list[str]:
        """Delete owned files not written this time, save the manifest; return the deleted paths."""
        self.flush()
        removed = []
        for relative in sorted(self.owned - self.written):
            path = self.root / relative
            try:
                path.unlink()
                removed.append(relative)
            except FileNotFoundError:
                pass
            _remove_empty_parents(path.parent, self.root)
        files = {name: self.new_fingerprints.get(name, "") for name in sorted(self.written)}
        write_atomic(self.manifest, json.dumps({"files": files}, ensure_ascii=False, indent=0).encode("utf-8"))
        if self._journal_fd is not None:
            os.close(self._journal_fd)
            self._journal_fd = None
        self.journal.unlink(missing_ok=True)
        return removed


WRITE_THREADS = 2
WRITE_BATCH = 64
BATCHES_IN_FLIGHT = 8


def write_if_changed(path: Path | str, data: bytes) -> bool:
    """Write ``data`` atomically unless ``path`` already holds it; True when written."""
    try:
        with open(path, "rb") as stream:
            if stream.read() == data:
                return False
    except OSError:
        pass
    write_atomic(path, data)
    return True


def write_new(path: Path | str, data: bytes) -> bool:
    """Write ``data`` atomically to a path that did not exist a moment ago (nothing to compare)."""
    write_atomic(path, data)
    return True


def write_atomic(path: Path | str, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename (system calls only: this
    runs 25,000 times in a build of 10,000 articles)."""
    folder, name = os.path.split(os.fspath(path))
    temporary = os.path.join(folder, f".tmp-{os.getpid()}-{name}")
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_CLOEXEC", 0)
    try:
        descriptor = os.open(temporary, flags, 0o666)
    except FileNotFoundError:
        os.makedirs(folder, exist_ok=True)
        descriptor = os.open(temporary, flags, 0o666)
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(descriptor, view):]
        finally:
            os.close(descriptor)
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except FileNotFoundError:
            pass
        raise


def _twin(relative: str) -> str | None:
    """The other docs/ file with the same address: ``a/b.md`` for ``a/b/index.md`` and back (None for index pages)."""
    if relative.endswith("/index.md"):
        return relative[: -len("/index.md")] + ".md"
    if relative.endswith(".md") and not relative.endswith("index.md"):
        return relative[: -len(".md")] + "/index.md"
    return None


class _Everything(frozenset):
    def __contains__(self, name) -> bool:
        return True


_EVERYTHING = _Everything()


def _remove_empty_parents(directory: Path, root: Path) -> None:
    while directory != root and root in directory.parents:
        try:
            directory.rmdir()
        except OSError:
            return
        directory = directory.parent
