"""What the figures (issue 11) cost the pages step: the same code built with and without them.

Each round builds the same synthetic corpus twice from a clean state, in turn: once as
`python -m dangbo build` does, once with the figure extractor answering "no figures" (so no
"Số liệu" tables, empty so-lieu/ pages, an empty figures.json). Both builds of a round run within
minutes of each other, so the machine's hour-to-hour speed cancels out of the ratio.

Example: python -m bench.figures_cost --size 10000 --rounds 3
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
from pathlib import Path

from bench.run import SETTLE, _clean, clean_pages_build, workspace

# Run in the build's process; the extraction workers are forked from it and inherit the change.
WITHOUT_FIGURES = (
    "import sys, dangbo.extract as e; e.find_figures = lambda *a, **k: (); "
    "from dangbo.build import main; sys.exit(main(sys.argv[1:]))"
)


def one_build(work: Path, figures: bool, settle: float) -> dict:
    wall, peak, stages = clean_pages_build(work, settle, ("-m", "dangbo") if figures else ("-c", WITHOUT_FIGURES))
    return {"pages_step": wall, "peak_mb": peak, **{f"stage:{k}": v for k, v in stages.items()}}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10000)
    parser.add_argument("--people", type=int, default=400)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    base = Path(os.environ.get("BENCH_DIR", "/tmp/dangbo-bench"))
    work = workspace(base, args.size, args.people)
    runs: dict[bool, list[dict]] = {True: [], False: []}
    for round_ in range(args.rounds):
        for figures in (False, True) if round_ % 2 == 0 else (True, False):
            result = one_build(work, figures, SETTLE)
            runs[figures].append(result)
            print(f"round {round_ + 1}, figures {'on' if figures else 'off'}: pages step {result['pages_step']:.1f} s "
                  + json.dumps({k[6:]: round(v, 1) for k, v in result.items() if k.startswith("stage:")}), flush=True)
    _clean(work)
    keys = runs[True][0].keys()
    on = {k: statistics.median(r[k] for r in runs[True]) for k in keys}
    off = {k: statistics.median(r[k] for r in runs[False]) for k in keys}
    ratios = [a["pages_step"] / b["pages_step"] for a, b in zip(runs[True], runs[False])]
    print(f"{args.size} articles, {args.rounds} rounds, medians: pages step {off['pages_step']:.1f} s without figures, "
          f"{on['pages_step']:.1f} s with them (×{on['pages_step'] / off['pages_step']:.3f}; per round "
          + ", ".join(f"×{r:.3f}" for r in ratios) + ")")
    for key in keys:
        print(f"  {key}: {off[key]:.2f} → {on[key]:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
