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
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from dangbo.build import load_article  # noqa: E402
from dangbo.evidence import quote_in_file  # noqa: E402
from dangbo.extract.resolve import published_evidence  # noqa: E402

FIELDS = ("date", "published", "province", "province_now", "speaker", "speakers", "event", "term", "period", "source",
          "elected_secretary", "committee_size", "delegates")
CASES = Path(__file__).with_name("cases.yaml")
FIGURES = Path(__file__).with_name("figures.yaml")
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


def score_figures(texts: Path, held_out: bool | None = None) -> tuple[dict, list[str], list[str]]:
    """Figures found (labelled ones with the same value and unit), figures published that are right, and
    quotes that are not in their file; per labelled article whose text is present (only the held-out
    ones, or only the others, when ``held_out`` says so)."""
    data = yaml.safe_load(FIGURES.read_text(encoding="utf-8"))
    labelled = {k: v for k, v in data["articles"].items()
                if held_out is None or (k in data.get("held_out", [])) == held_out}
    totals = {"articles": 0, "labelled": 0, "found": 0, "published": 0, "right": 0, "kind right": 0}
    misses, bad_quotes = [], []
    for case_id, figures in labelled.items():
        path = texts / f"{case_id}.txt"
        if not path.exists():
            continue
        article = load_article(path, None)
        want = Counter((round(float(item[0]), 4), item[1]) for item in figures)
        targets = Counter((round(float(item[0]), 4), item[1]) for item in figures if len(item) > 2 and item[2].get("target"))
        got = Counter((round(f.value, 4), f.unit) for f in article.figures)
        got_targets = Counter((round(f.value, 4), f.unit) for f in article.figures if f.kind == "chi-tieu")
        matched = want & got
        totals["articles"] += 1
        totals["labelled"] += sum(want.values())
        totals["found"] += sum(matched.values())
        totals["published"] += sum(got.values())
        totals["right"] += sum(matched.values())
        totals["kind right"] += sum(matched.values()) - sum(((targets & matched) - got_targets).values()) - sum(
            ((got_targets & matched) - targets).values())
        misses += [f"{case_id}: figure not found: {v:g} {u}" for (v, u) in (want - got).elements()]
        misses += [f"{case_id}: figure not in the labels: {v:g} {u}" for (v, u) in (got - want).elements()]
        misses += [f"{case_id}: figure labelled a target, published a result: {v:g} {u}" for (v, u) in ((targets & matched) - got_targets).elements()]
        misses += [f"{case_id}: figure published a target, labelled a result: {v:g} {u}" for (v, u) in ((got_targets & matched) - targets).elements()]
        raw = path.read_bytes()
        bad_quotes += [f"{case_id}: figure quote not in the file: {f.quote!r}" for f in article.figures
                       if not quote_in_file(f.quote, raw)]
    return totals, misses, bad_quotes


def _print_figures(totals: dict, label: str = "") -> None:
    if not totals["articles"]:
        return
    found = 100 * totals["found"] / max(totals["labelled"], 1)
    right = 100 * totals["right"] / max(totals["published"], 1)
    kind = 100 * totals["kind right"] / max(totals["found"], 1)
    print(f"  figures{label}: {totals['articles']} labelled articles, {totals['labelled']} figures")
    print(f"    found (value and unit) {totals['found']:>4}/{totals['labelled']:<4} {found:5.1f}%")
    print(f"    published and right    {totals['right']:>4}/{totals['published']:<4} {right:5.1f}%")
    print(f"    result/target right    {totals['kind right']:>4}/{totals['found']:<4} {kind:5.1f}%")


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
    figure_totals, figure_misses, figure_quotes = score_figures(args.texts)
    misses += figure_misses
    bad_quotes += figure_quotes
    held = [c for c in cases if c[0].endswith("[held out]")]
    print(f"realworld: {len(real)} real articles from {args.texts} + {len(cases) - len(real)} seeds"
          f" ({len(held)} held out: collected after the rules, scored apart below)")
    _print_totals("all", totals)
    if held:
        _print_totals("held out", score(held)[0])
    _print_figures(figure_totals)
    _print_figures(score_figures(args.texts, held_out=True)[0], " held out")
    for line in misses + bad_quotes:
        print("  miss  " + line if line in misses else "  QUOTE " + line)
    return 1 if bad_quotes else 0


if __name__ == "__main__":
    sys.exit(main())
