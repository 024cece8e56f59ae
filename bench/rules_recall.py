"""Whole-document rule precision/recall of `parse_rules` on the seed texts, against the gold.

Why: the per-rule gold test feeds the parser one statement at a time; real input is whole
paragraphs and table cells full of numbers that are no rules (years, 不少于4次, item points).
This runs the parser over every paragraph and markdown table cell of each seed (normalised)
and compares the multiset of (kind, amount, amount_max, label, below, at_least, quota_pct)
with the gold's rules of that document. Prints precision and recall per seed.

    .venv/bin/python bench/rules_recall.py [--details] [--shared ../shared]
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

from rubrics.pipeline.normalize import normalize_text
from rubrics.pipeline.rules import parse_rules

KEYS = ("kind", "amount", "amount_max", "label", "below", "at_least", "quota_pct")


def _key(values: dict) -> tuple:
    out = []
    for k in KEYS:
        v = values.get(k)
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            v = round(float(v), 6)
        out.append(v)
    if out[2] is not None and out[2] == out[1]:
        out[2] = None  # an amount_max equal to amount counts as none (as the scorer does)
    return tuple(out)


def text_units(raw: str) -> list[str]:
    """Paragraphs (lines) and, for markdown table rows, each cell on its own."""
    units = []
    for line in raw.splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            if all(set(c) <= set("-: ") for c in cells):
                continue
            units.extend(c for c in cells if c)
        else:
            units.append(line)
    return units


def measure(seed: Path, gold: Path) -> dict:
    raw = seed.read_text(encoding="utf-8")
    gold_rules = [r for s in json.loads(gold.read_text(encoding="utf-8"))["schemes"] for r in s["rules"]]
    expected = Counter(_key(r) for r in gold_rules)
    found: Counter = Counter()
    examples: dict[tuple, list[str]] = {}
    started = time.perf_counter()
    for unit in text_units(raw):
        text = normalize_text(unit).text
        for hit in parse_rules(text):
            key = _key(hit.__dict__)
            found[key] += 1
            examples.setdefault(key, []).append(hit.text(text))
    elapsed = time.perf_counter() - started
    matched = sum((expected & found).values())
    return {
        "seed": seed.name,
        "gold": sum(expected.values()),
        "found": sum(found.values()),
        "matched": matched,
        "precision": matched / sum(found.values()) if found else 1.0,
        "recall": matched / sum(expected.values()) if expected else 1.0,
        "seconds": elapsed,
        "missed": expected - found,
        "extra": found - expected,
        "examples": examples,
        "chars": len(raw),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=str(Path(__file__).resolve().parents[2] / "shared"))
    parser.add_argument("--details", action="store_true", help="list missed and extra rules")
    args = parser.parse_args()
    shared = Path(args.shared)
    for gold in sorted((shared / "gold").glob("*.json")):
        seed = shared / "corpus" / "seeds" / (gold.stem + ".txt")
        if not seed.exists():
            continue
        r = measure(seed, gold)
        print(
            f"{r['seed']}: gold {r['gold']:4d} found {r['found']:4d} matched {r['matched']:4d} "
            f"precision {r['precision']:.3f} recall {r['recall']:.3f} "
            f"({r['seconds'] * 1000:.0f} ms, {r['chars'] / max(r['seconds'], 1e-9) / 1000:.0f}k chars/s)"
        )
        if args.details:
            for key, n in r["missed"].items():
                print(f"    missed x{n}: {key}")
            for key, n in r["extra"].items():
                print(f"    extra  x{n}: {key}  e.g. {r['examples'][key][:2]}")


if __name__ == "__main__":
    main()
