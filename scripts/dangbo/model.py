"""The data passed between stages: a frozen ``Article``, its ``Speaker``s and the ``Evidence`` for its fields."""
from __future__ import annotations

from dataclasses import dataclass, field

from .paths import ARTICLE_DIR

# Field names and order of METADATA.md (plus `period`, issue 10): front matter, JSON and CSV follow it.
METADATA_FIELDS = (
    "title", "date", "published", "province", "province_now", "speaker", "speakers",
    "event", "term", "period", "source_url", "source", "source_file",
    "elected_secretary", "committee_size", "delegates",  # issue 15: from congress articles
)
EVENTS = ("dai-hoi", "so-ket", "tong-ket", "khac")
# How the site names each kind of event (pages and search)
EVENT_LABELS = {"dai-hoi": "Đại hội Đảng bộ", "so-ket": "Hội nghị sơ kết", "tong-ket": "Hội nghị tổng kết", "khac": "Khác"}
# The fields whose answer is explained on the page and in the dataset (`evidence`).
EVIDENCE_FIELDS = ("date", "province", "speaker", "event", "term", "period", "source",
                   "elected_secretary", "committee_size", "delegates")


@dataclass(frozen=True, order=True)
class Speaker:
    """A named official reported speaking, directing or reporting."""

    name: str
    role: str = ""

    def as_dict(self) -> dict:
        """The dataset's ``{name, role}`` form."""
        return {"name": self.name, "role": self.role}


@dataclass(frozen=True)
class Evidence:
    """Why a field has its value: a quote copied from the input file, the rule in Vietnamese, and any doubt."""

    field: str
    quote: str | None  # verbatim from the file's text (line breaks as spaces); None for a curator's value
    rule: str
    weak: str | None = None  # why a person should check it (Vietnamese), or None

    def as_dict(self) -> dict:
        """The dataset's ``{quote, rule}`` form."""
        return {"quote": self.quote, "rule": self.rule}


@dataclass(frozen=True)
class Figure:
    """A quantity an article reports (issue 11): the number, what it counts, its period, result or target.

    ``paragraph`` and ``span`` locate the sentence it came from in the article's paragraphs (the page
    links the figure to it); ``quote`` is that sentence (or the clause of a long one) as the file has it.
    """

    value: float
    value_text: str
    unit: str
    indicator: str
    indicator_key: str | None
    direction: str | None  # tăng, giảm, đạt, vượt, or None for a plain count
    kind: str  # ket-qua (a result) or chi-tieu (a target)
    quote: str
    qualifier: str | None = None
    value_max: float | None = None  # the top of a range ("80 - 90%")
    denominator: float | None = None  # a ratio's ("87/92 xã")
    compared_to: str | None = None
    period: str | None = None  # the article's period codes: "2022", "2023-H1", "2015-2020"
    period_text: str | None = None  # the words that gave the period; None when it is the article's own
    paragraph: int = 0
    span: tuple[int, int] = (0, 0)

    @property
    def anchor(self) -> str:
        """The id of its sentence on the article's page (``so-lieu-<paragraph>-<offset>``), in the data too."""
        return f"so-lieu-{self.paragraph}-{self.span[0]}"

    @property
    def value_vnd(self) -> float | None:
        """A sum of money in đồng ("12,5 tỷ đồng" → 12,500,000,000); None for anything else."""
        if not self.unit.endswith("đồng"):
            return None
        from .extract.numbers import scale  # the one home of the scale words
        return self.value * scale(self.unit)


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
    period: str | None = None
    # Who leads after a congress (extract/leadership.py): the secretary chosen, the committee's size, the delegates.
    elected_secretary: str | None = None
    committee_size: int | None = None
    delegates: int | None = None
    # Not metadata: the cleaned text, the URL slug, what a curator set, what to check.
    body: str = field(default="", compare=False, repr=False)
    slug: str = ""
    curated: tuple[str, ...] = ()
    review: tuple[tuple[str, str], ...] = ()
    text_key: str = field(default="", compare=False, repr=False)  # digest of the folded text: duplicates
    evidence: tuple[Evidence, ...] = ()
    excerpt: bool = False  # the text stops mid-sentence: the page says it is an excerpt
    # What the resolution step derives the dependent fields from (resolve.py).
    place: str | None = None  # the province as the text names it, before the name at the event's date
    title_composed: bool = False  # the site composed the title: the text has no headline
    ordinal: str | None = None  # the congress's number as written ("I", "XXVI"), for a composed title
    period_hint: str | None = None  # a period written without its year ("H1"), completed from the date
    # the quantities it reports (extract/figures.py); left out of repr (page fingerprints hash them as tuples)
    figures: tuple[Figure, ...] = field(default=(), repr=False)

    def metadata(self) -> dict:
        """The METADATA.md fields in contract order, speakers as dicts."""
        values = {name: getattr(self, name) for name in METADATA_FIELDS}
        values["speakers"] = [s.as_dict() for s in self.speakers]
        return values

    def evidence_for(self, name: str) -> Evidence | None:
        """The evidence recorded for one field, or None."""
        return next((e for e in self.evidence if e.field == name), None)

    @property
    def url(self) -> str:
        """The page's address relative to the site root, e.g. ``bai-viet/slug/``."""
        return f"{ARTICLE_DIR}/{self.slug}/"
