"""Pass rate of the pipeline on generated layout variants, overall, per check and per layout knob.

Why: the variants are tables and prose the pipeline has never seen, each made from a known tree
(tests/variants). Per knob value the pass rate shows which layout feature the reader fails on;
failing examples are kept as files for inspection.

    .venv/bin/python bench/variants.py --n 300 --seed 1 [--only docx|xlsx|prose] [--show-fails 10]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from variants.compare import CHECKS  # noqa: E402
from variants.runner import run_one  # noqa: E402

MAX_REASONS = 6  # reasons printed per failing example

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--only", choices=("docx", "xlsx", "prose"))
    ap.add_argument("--show-fails", type=int, default=10, help="failing examples to print")
    ap.add_argument("--out", default="/tmp/rubrics-variants", help="folder the variant files are written to")
    ap.add_argument("--keep-all", action="store_true", help="keep passing files too")
    args = ap.parse_args(argv)

    out = Path(args.out)
    shutil.rmtree(out, ignore_errors=True)
    started = time.perf_counter()
    results = [run_one(args.seed, i, out, args.only) for i in range(args.n)]
    elapsed = time.perf_counter() - started
    if not args.keep_all:
        for r in results:
            if r.ok:
                r.path.unlink(missing_ok=True)

    passed = sum(r.ok for r in results)
    print(f"variants: {passed}/{len(results)} exact = {passed / len(results):.1%}  "
          f"(seed {args.seed}, {elapsed / len(results) * 1000:.0f} ms each)")
    failing = defaultdict(int)
    for r in results:
        for check in r.failed:
            failing[check] += 1
    errors = sum(any(x.startswith("error") for x in r.reasons) for r in results)
    print(f"pipeline errors: {errors}")
    print("each check alone passes on: " + ", ".join(
        f"{name} {1 - failing[name] / len(results):.0%}" for name in CHECKS))

    # per knob value: exact pass, then the pass rate of each check alone (which part of the reading fails)
    names = list(CHECKS)
    tally: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0] * (len(names) + 2))
    for r in results:
        bad = r.failed
        for knob, value in r.knobs.items():
            cell = tally[(knob, value or "''")]
            cell[0] += r.ok
            for i, name in enumerate(names, 1):
                cell[i] += name not in bad
            cell[-1] += 1
    print(f"\n{'knob':<16}{'value':<20}{'exact':>7}" + "".join(f"{n:>9}" for n in names) + f"{'n':>6}")
    for (knob, value), cell in sorted(tally.items()):
        n = cell[-1]
        print(f"{knob:<16}{value:<20}{cell[0] / n:>7.0%}" + "".join(f"{c / n:>9.0%}" for c in cell[1:-1]) + f"{n:>6}")

    fails = [r for r in results if not r.ok][: args.show_fails]
    if fails:
        print(f"\nfailing examples (files kept in {out}):")
    for r in fails:
        print(f"- {r.path}")
        print("  knobs: " + " ".join(f"{k}={v}" for k, v in r.knobs.items()))
        for reason in r.reasons[:MAX_REASONS]:
            print(f"  · {reason}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
