"""Shared fixtures: the repository's paths, and a built copy of the seed site."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "articles"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
PYTHON = sys.executable
FIXED_EPOCH = "1764288000"  # 2025-11-28: builds in tests are reproducible
RENDERERS = ("mkdocs", "zensical")  # the seed and hostile sites are built and checked with each


def cp1258(text: str) -> bytes:
    """Windows-1258: letters with hat/horn/breve are precomposed, tone marks are separate characters."""
    marks = "\u0300\u0301\u0303\u0309\u0323"
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", char)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in marks))
        out += base.encode("cp1258") + "".join(c for c in parts if c in marks).encode("cp1258")
    return bytes(out)


def run_build(articles: Path, docs: Path, *extra: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """``python -m dangbo build`` on a folder, as the Makefile runs it."""
    environment = {**os.environ, "PYTHONPATH": str(ROOT / "scripts"), "SOURCE_DATE_EPOCH": FIXED_EPOCH, **(env or {})}
    return subprocess.run([PYTHON, "-m", "dangbo", "build", "--articles", str(articles), "--docs", str(docs), "--quiet", *extra],
                          capture_output=True, text=True, env=environment, cwd=ROOT)


def make_workspace(tmp: Path, articles_from: Path | None = ARTICLES) -> Path:
    """A copy of the project's mkdocs.yml, overrides/ and hand-written docs/, with an articles/ folder."""
    work = tmp / "work"
    work.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", work / "mkdocs.yml")
    shutil.copytree(ROOT / "overrides", work / "overrides")
    (work / "scripts").symlink_to(ROOT / "scripts")  # mkdocs.yml's hook lives there
    shutil.copytree(ROOT / "docs", work / "docs", ignore=_only_hand_written)
    (work / "articles").mkdir()
    if articles_from is not None:
        for path in sorted(articles_from.glob("*.txt")):
            shutil.copy(path, work / "articles" / path.name)
    return work


def _only_hand_written(directory: str, names: list[str]) -> list[str]:
    tracked = set(subprocess.run(["git", "ls-files", "docs"], capture_output=True, text=True, cwd=ROOT).stdout.split())
    here = Path(directory).resolve().relative_to(ROOT)
    return [n for n in names if (Path(directory) / n).is_file() and str(here / n) not in tracked]


def build_site(work: Path, site_url: str = "", *extra: str, out: str = "site") -> subprocess.CompletedProcess:
    """``python -m dangbo render`` (mkdocs build --strict on every core, or ``--renderer zensical`` in
    ``extra``) of a workspace into work/<out>."""
    environment = {**os.environ, "SITE_URL": site_url, "NO_MKDOCS_2_WARNING": "1",
                   "SOURCE_DATE_EPOCH": FIXED_EPOCH, "PYTHONPATH": str(ROOT / "scripts")}
    return subprocess.run([PYTHON, "-m", "dangbo", "render", "--out", str(work / out), "--docs", str(work / "docs"),
                           "--config", str(work / "mkdocs.yml"), *extra],
                          capture_output=True, text=True, env=environment, cwd=work)


@pytest.fixture(scope="session", params=RENDERERS)
def seed_site(request, tmp_path_factory) -> Path:
    """The seeds built into a full site (pages, then MkDocs or Zensical); returns the workspace."""
    work = make_workspace(tmp_path_factory.mktemp(f"seed-{request.param}"))
    result = run_build(work / "articles", work / "docs", "--strict", "--site-url", "https://example.org/repo/")
    assert result.returncode == 0, result.stderr
    result = build_site(work, "https://example.org/repo/", "--renderer", request.param)
    assert result.returncode == 0, result.stderr
    return work
