"""One frozen ``Settings`` object, built once by ``build.py`` and passed down."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Settings:
    """Where things are and how to build."""

    articles_dir: Path
    docs_dir: Path
    site_url: str = ""
    strict: bool = False
    build_date: dt.date | None = None  # the latest plausible event date (SOURCE_DATE_EPOCH's day)
    workers: int = 1
    progress: bool = False
    cache_path: Path | None = None  # extraction results kept between builds (None: no cache)

    @property
    def data_dir(self) -> Path:
        """Published data files (JSON, CSV, feed, search index) inside docs/."""
        return self.docs_dir / "data"

    @property
    def registry_path(self) -> Path:
        """The committed table of page URLs, so a published page keeps its address."""
        return self.articles_dir / "urls.tsv"

    @property
    def manifest_path(self) -> Path:
        """The list of files in docs/ that the build wrote and owns."""
        return self.docs_dir / ".generated.json"
