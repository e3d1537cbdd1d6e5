"""The data passed between stages: a frozen ``Article`` and its ``Speaker``s."""
from __future__ import annotations

from dataclasses import dataclass, field

# Field names and order of METADATA.md: front matter, JSON and CSV follow it.
METADATA_FIELDS = (
    "title", "date", "published", "province", "province_now", "speaker", "speakers",
    "event", "term", "source_url", "source", "source_file",
)
EVENTS = ("dai-hoi", "so-ket", "tong-ket", "khac")


@dataclass(frozen=True, order=True)
class Speaker:
    """A named official reported speaking, directing or reporting."""

    name: str
    role: str = ""

    def as_dict(self) -> dict:
        """The dataset's ``{name, role}`` form."""
        return {"name": self.name, "role": self.role}


@dataclass(frozen=True)
class Article:
    """One article: METADATA.md fields, then what later stages need."""

    title: str
    date: str | None
    published: str | None
    province: str | None
    province_now: str | None
    speaker: str | None
    speakers: tuple[Speaker, ...]
    event: str
    term: str | None
    source_url: str | None
    source: str | None
    source_file: str
    # Not metadata: the cleaned text, the URL slug, what a curator set, what to check.
    body: str = field(default="", compare=False, repr=False)
    slug: str = ""
    curated: tuple[str, ...] = ()
    review: tuple[tuple[str, str], ...] = ()
    text_key: str = field(default="", compare=False, repr=False)  # digest of the folded text: duplicates

    def metadata(self) -> dict:
        """The METADATA.md fields in contract order, speakers as dicts."""
        values = {name: getattr(self, name) for name in METADATA_FIELDS}
        values["speakers"] = [s.as_dict() for s in self.speakers]
        return values

    @property
    def url(self) -> str:
        """The page's address relative to the site root, e.g. ``bai-viet/slug/``."""
        return f"bai-viet/{self.slug}/"
