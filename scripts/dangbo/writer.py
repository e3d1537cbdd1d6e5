"""The only code that writes into docs/: atomic, write-if-changed, owned paths only.

The build owns the files listed in its manifest. A path that exists and is not
in the manifest was written by a person, and is never overwritten or deleted
(the write is refused with a warning naming it). Each file is written to a
temporary name and renamed, so a killed build leaves every file whole; files
whose content did not change are not touched, so a rebuild after one article
changes rewrites only what depends on it.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

from .errors import BuildError


class Writer:
    """Writes generated files under ``root`` and keeps the manifest of what it owns."""

    def __init__(self, root: Path, manifest: Path):
        self.root = root
        self.manifest = manifest
        self.fingerprints = self._read_manifest()
        self.owned = set(self.fingerprints)
        self.new_fingerprints: dict[str, str] = {}
        self.written: set[str] = set()
        self.changed = 0
        self.warnings: list[str] = []

    def _read_manifest(self) -> dict[str, str]:
        try:
            files = json.loads(self.manifest.read_text(encoding="utf-8"))["files"]
            return dict(files) if isinstance(files, dict) else {name: "" for name in files}
        except (OSError, ValueError, KeyError, TypeError):
            return {}

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
        if relative not in self.owned and (path.exists() or path.is_symlink()):
            self.warnings.append(f"docs/{relative}: exists and was not written by the build; left as it is")
            return False
        self.written.add(relative)
        self.new_fingerprints[relative] = fingerprint
        if write_if_changed(path, content.encode("utf-8") if isinstance(content, str) else content):
            self.changed += 1
        return True

    def finish(self) -> list[str]:
        """Delete owned files not written this time, save the manifest; return the deleted paths."""
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
        return removed


def write_if_changed(path: Path, data: bytes) -> bool:
    """Write ``data`` atomically unless ``path`` already holds it; True when written."""
    try:
        if path.read_bytes() == data:
            return False
    except OSError:
        pass
    write_atomic(path, data)
    return True


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename."""
    temporary = path.with_name(f".tmp-{os.getpid()}-{path.name}")
    try:
        stream = open(temporary, "wb")
    except FileNotFoundError:
        path.parent.mkdir(parents=True, exist_ok=True)
        stream = open(temporary, "wb")
    try:
        with stream:
            stream.write(data)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _remove_empty_parents(directory: Path, root: Path) -> None:
    while directory != root and root in directory.parents:
        try:
            directory.rmdir()
        except OSError:
            return
        directory = directory.parent
