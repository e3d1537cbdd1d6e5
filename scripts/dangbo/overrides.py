"""A curator's corrections: ``articles/<name>.yml`` beside ``articles/<name>.txt``.

Any METADATA.md field may be set (``source_file`` excepted), plus ``slug`` to
fix a page's address. The override wins over the extracted value and the page
lists which fields a person set. A broken override is reported and ignored.
"""
from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import yaml

from .errors import OverrideError
from .model import EVENTS, METADATA_FIELDS, Article, Speaker
from .normalize import normalize_name, normalize_text
from .extract.resolve import resolve
from .vocab import ALL_PROVINCES

DATE_VALUE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
TERM_VALUE = re.compile(r"^\d{4}-\d{4}$")
# "2023", "2023-H1", "2023-9M", "2023-Q2", or a term "2020-2025".
PERIOD_VALUE = re.compile(r"^\d{4}(?:-(?:H1|H2|9M|Q[1-4]|\d{4}))?$")
SLUG_VALUE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
EDITABLE = tuple(f for f in METADATA_FIELDS if f != "source_file") + ("slug",)


def read_override(path: Path) -> dict:
    """The validated fields of one override file; ``OverrideError`` names the file and field."""
    name = path.name
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise OverrideError(name, f"cannot be read as YAML ({error})") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise OverrideError(name, "must be a mapping of field: value")
    unknown = sorted(set(map(str, data)) - set(EDITABLE))
    if unknown:
        raise OverrideError(name, f"unknown field(s) {', '.join(unknown)}; editable: {', '.join(EDITABLE)}")
    return {key: _validate(name, key, value) for key, value in data.items()}


def apply_override(article: Article, values: dict) -> Article:
    """The article with the curator's values, and every field that depends on them derived again (``resolve``)."""
    if not values:
        return article
    changes = dict(values)
    if "title" in values:
        changes["title_composed"] = False
    curated = tuple(sorted(set(values) - {"slug"}))
    return resolve(dataclasses.replace(article, **changes, curated=curated))


def _validate(name: str, key: str, value):
    def fail(reason: str):
        raise OverrideError(name, f"field {key!r}: {reason}")

    if value is None:
        if key in ("title", "event", "slug", "speakers"):
            fail("cannot be empty")
        return None
    if key in ("date", "published"):
        value = str(value)
        if not DATE_VALUE.match(value):
            fail("must be YYYY-MM-DD, YYYY-MM or YYYY (quote it in YAML)")
        return value
    if key in ("province", "province_now"):
        value = normalize_name(str(value))
        if value not in ALL_PROVINCES:
            fail(f"{value!r} is not a province name (e.g. 'Cần Thơ', 'Hồ Chí Minh')")
        return value
    if key == "event":
        if value not in EVENTS:
            fail(f"must be one of {', '.join(EVENTS)}")
        return value
    if key == "term":
        if not TERM_VALUE.match(str(value)):
            fail("must be YYYY-YYYY")
        return str(value)
    if key == "period":
        if not PERIOD_VALUE.match(str(value)):
            fail("must be YYYY, YYYY-H1, YYYY-9M, YYYY-Q1…Q4 or a term YYYY-YYYY (quote it in YAML)")
        return str(value)
    if key == "slug":
        if not SLUG_VALUE.match(str(value)):
            fail("must be lower-case ASCII words joined by '-'")
        return str(value)
    if key == "speakers":
        return _speakers(value, fail)
    if key in ("speaker", "elected_secretary"):
        return normalize_name(str(value))
    if key in ("committee_size", "delegates"):
        if isinstance(value, bool) or not isinstance(value, int) or not 0 < value < 100_000:
            fail("must be a whole number above 0")
        return value
    return normalize_text(str(value))


def _speakers(value, fail) -> tuple[Speaker, ...]:
    if not isinstance(value, list):
        fail("must be a list of names or of {name, role}")
    result = []
    for item in value:
        if isinstance(item, str):
            result.append(Speaker(normalize_name(item), ""))
        elif isinstance(item, dict) and isinstance(item.get("name"), str):
            result.append(Speaker(normalize_name(item["name"]), normalize_text(str(item.get("role") or ""))))
        else:
            fail("each speaker is a name or {name: …, role: …}")
    return tuple(result)
