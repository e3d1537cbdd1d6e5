"""Score the extractors against real articles: `make realworld`.

Reads tests/realworld/cases.yaml (facts only) and the texts in .build/realworld/<id>.txt (kept outside git:
they belong to their publishers), plus the seed articles with the gold answers beside this checkout. Prints
per-field accuracy and every miss, and checks that every evidence quote occurs in the input file. When the
texts are absent it says so and exits 0: there is nothing to score.

Example: PYTHONPATH=scripts python tests/realworld/score.py --texts .build/realworld
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from dangbo.build import load_article  # noqa: E402
from dangbo.evidence import quote_in_file  # noqa: E402
from dangbo.extract.resolve import published_evidence  # noqa: E402

FIELDS = ("date", "published", "province", "province_now", "speaker", "speakers", "event", "term", "period", "source")
CASES = Path(__file__).with_name("cases.yaml")
SEED_GOLD = ROOT.parent / "shared" / "gold" / "seeds.yaml"


def load_cases(texts: Path) -> list[tuple[str, Path, dict, dict]]:
    """(id, text path, expected, accepted alternatives) for every case whose text is present."""
    data = yaml.safe_load(CASES.read_text(encoding="utf-8"))
    found = []
    for case in data["cases"]:
        path = texts / f"{case['id']}.txt"
        if path.exists():
            found.append((case["id"] + (" [held out]" if case.get("held_out") else ""), path, case["expected"],
                          case.get("accept") or {}))
    if SEED_GOLD.exists():
        for name, expected in yaml.safe_load(SEED_GOLD.read_text(encoding="utf-8")).items():
            found.append((f"seed:{name}", ROOT / "articles" / name, expected, {}))
    return found


def _actual(article, field):
    value = getattr(article, field)
    if field == "speakers":
        return sorted(s.name for s in value)
    return value


def _expected(expected, field):
    value = expected[field]
    return sorted(value) if field == "speakers" else value


def score(cases) -> tuple[dict, list[str], list[str]]:
    """Per-field [right, total], the misses, and evidence quotes that are not in their file."""
    totals = {field: [0, 0] for field in FIELDS}
    misses, bad_quotes = [], []
    for case_id, path, expected, accept in cases:
        article = load_article(path, None)
        for field in FIELDS:
            if field not in expected:
                continue
            want, got = _expected(expected, field), _actual(article, field)
            ok = got == want or got in (accept.get(field) or [])
            totals[field][0] += ok
            totals[field][1] += 1
            if not ok:
                misses.append(f"{case_id}: {field}: expected {want!r}, got {got!r}")
        raw = path.read_bytes()
        for item in published_evidence(article):
            if not quote_in_file(item.quote, raw):
                bad_quotes.append(f"{case_id}: {item.field}: quote not in the file: {item.quote!r} ({item.rule})")
            elif item.quote is None and item.field not in article.curated and item.field != "period":
                bad_quotes.append(f"{case_id}: {item.field}: no quote for {getattr(article, item.field)!r} ({item.rule})")
    return totals, misses, bad_quotes


def _print_totals(label: str, totals: dict) -> None:
    print(f"  {label}:")
    for field, (right, total) in totals.items():
        if total:
            print(f"    {field:<13} {right:>3}/{total:<3} {100 * right / total:5.1f}%")


def main(argv=None) -> int:
    """Print the score; exit 1 when an evidence quote is not in its file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=Path, default=ROOT / ".build" / "realworld")
    args = parser.parse_args(argv)
    cases = load_cases(args.texts)
    real = [c for c in cases if not c[0].startswith("seed:")]
    if not real:
        print(f"realworld: no texts in {args.texts} (they are kept outside git); nothing to score, skipped.")
        return 0
    totals, misses, bad_quotes = score(cases)
    held = [c for c in cases if c[0].endswith("[held out]")]
    print(f"realworld: {len(real)} real articles from {args.texts} + {len(cases) - len(real)} seeds"
          f" ({len(held)} held out: collected after the rules, scored apart below)")
    _print_totals("all", totals)
    if held:
        _print_totals("held out", score(held)[0])
    for line in misses + bad_quotes:
        print("  miss  " + line if line in misses else "  QUOTE " + line)
    return 1 if bad_quotes else 0


if __name__ == "__main__":
    sys.exit(main())
