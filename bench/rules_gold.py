"""Every gold rule of every gold document, parsed from its own text, as a multiset per text.

Why: it isolates the statement grammar from the table and outline stages, on the seeds and on
the real documents alike (a real document's gold has no .txt beside it; only the rule texts are
used). Gold rules are grouped by their text: a text stating two amounts is two gold rules with
the same text, so the hits of one text are compared with the gold rules of that text as
multisets. Reported per document:

- numbers: share of gold rules matched by a hit on (kind, amount, amount_max, label, below,
  at_least, quota_pct);
- per: share of gold rules matched with `per` right as well;
- extra: hits beyond the gold's (found minus matched); in brackets those beyond it even when
  award and bonus count as one kind (invented rules rather than a kind the reader decides);
- context: gold rules whose text alone states no rule (a bare `0.5` in an amount column, a grade
  label `优` in a grade column): the table reader gives them their kind, not this parser;
- kind-free: share matched when award and bonus count as one kind (which of the two is decided
  by the item's points, in the reader, not by the wording; see rule_patterns).

    .venv/bin/python bench/rules_gold.py [--details] [--doc STEM] [--documents] [--shared ../shared]

--documents also parses each real document (corpus/real) and runs the parser over every
paragraph and table cell, against the gold's rules: extra hits there are rules invented from
numbers that are none (dates, counts, formulas, names).
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import regex

sys.path.insert(0, str(Path(__file__).resolve().parent))
from rules_recall import _key as rule_key  # noqa: E402 — the gold rule's key, as the recall bench makes it

from rubrics.pipeline.normalize import normalize_text  # noqa: E402
from rubrics.pipeline.numbers import NUMBER  # noqa: E402
from rubrics.pipeline.rules import parse_rules  # noqa: E402

# A text that is only a number (with 分) or a word of at most two characters: no statement.
CONTEXT_ONLY = regex.compile(f"(?:[+-]?{NUMBER}分?|\\w{{1,2}})")


def per_key(value: str | None) -> str | None:
    """`per` compared as the scorer does: NFKC, no punctuation or space, no leading 每."""
    if value is None:
        return None
    text = unicodedata.normalize("NFKC", value).casefold()
    text = "".join(ch for ch in text if unicodedata.category(ch)[0] not in "PZC")
    return (text[1:] if text.startswith("每") else text) or None


def gold_by_text(gold: Path) -> dict[tuple, list[dict]]:
    """The gold rules of one document grouped by (item, text): one statement → its rules.

    The same text on several items (`不得分` in many rows) is one statement per item. A rule
    listed in several schemes (a closing paragraph that governs each) is counted once."""
    groups: dict[tuple, dict[tuple, list[dict]]] = {}
    for scheme in json.loads(gold.read_text(encoding="utf-8"))["schemes"]:
        per_scheme: dict[tuple, list[dict]] = {}
        for rule in scheme["rules"]:
            if rule.get("text"):
                per_scheme.setdefault((tuple(rule.get("item") or ()), rule["text"]), []).append(rule)
        for text, rules in per_scheme.items():
            seen = groups.setdefault(text, {})
            counted = Counter(rule_key(r) + (per_key(r.get("per")),) for r in rules)
            for r in rules:
                k = rule_key(r) + (per_key(r.get("per")),)
                if len(seen.get(k, [])) < counted[k]:
                    seen.setdefault(k, []).append(r)
    return {text: [r for rs in by_key.values() for r in rs] for text, by_key in groups.items()}


def _kind_free(key: tuple) -> tuple:
    return ("award",) + key[1:] if key[0] == "bonus" else key


def measure(gold: Path) -> dict:
    expected_n = matched = per_ok = extra = context = kind_free = invented = 0
    missed: list[tuple[str, tuple, list]] = []
    extras: list[tuple[str, tuple]] = []
    per_wrong: list[tuple[str, list, list]] = []
    for (_item, text), rules in gold_by_text(gold).items():
        norm = normalize_text(text).text
        hits = parse_rules(norm)
        want = Counter(rule_key(r) for r in rules)
        got = Counter(rule_key(h.__dict__) for h in hits)
        both = want & got
        want_per = Counter(rule_key(r) + (per_key(r.get("per")),) for r in rules)
        got_per = Counter(rule_key(h.__dict__) + (per_key(h.per),) for h in hits)
        expected_n += sum(want.values())
        matched += sum(both.values())
        per_ok += sum((want_per & got_per).values())
        extra += sum((got - want).values())
        want_free, got_free = Counter(map(_kind_free, want.elements())), Counter(map(_kind_free, got.elements()))
        kind_free += sum((want_free & got_free).values())
        invented += sum((got_free - want_free).values())
        if sum((want_per & got_per).values()) < sum(both.values()):
            per_wrong.append((text, [r.get("per") for r in rules], [h.per for h in hits]))
        if want - got:
            if CONTEXT_ONLY.fullmatch(norm):
                context += sum((want - got).values())
            else:
                missed.append((text, tuple((want - got).elements()), [rule_key(h.__dict__) for h in hits]))
        for k in (got - want).elements():
            extras.append((text, k))
    return {
        "doc": gold.stem,
        "gold": expected_n,
        "matched": matched,
        "per_ok": per_ok,
        "extra": extra,
        "context": context,
        "kind_free": kind_free,
        "invented": invented,
        "numbers": matched / expected_n if expected_n else 1.0,
        "per": per_ok / expected_n if expected_n else 1.0,
        "missed": missed,
        "extras": extras,
        "per_wrong": per_wrong,
    }


def measure_all(shared: Path) -> list[dict]:
    return [measure(g) for g in sorted((shared / "gold").glob("*.json"))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=str(Path(__file__).resolve().parents[2] / "shared"))
    parser.add_argument("--details", action="store_true", help="list missed and extra rules")
    parser.add_argument("--doc", help="only documents whose stem contains this")
    parser.add_argument("--documents", action="store_true", help="also run over every paragraph and cell of each real document")
    args = parser.parse_args()
    total = Counter()
    for r in measure_all(Path(args.shared)):
        if args.doc and args.doc not in r["doc"]:
            continue
        for k in ("gold", "matched", "per_ok", "extra", "context", "kind_free", "invented"):
            total[k] += r[k]
        n = max(r["gold"], 1)
        if args.documents:
            source = next((p for p in (Path(args.shared) / "corpus" / "real").glob(r["doc"] + ".*")), None)
            if source is not None:
                d = measure_document(source, Path(args.shared) / "gold" / (r["doc"] + ".json"))
                print(f"    whole document: found {d['found']} matched {d['matched']} of gold {d['gold']}")
                if args.details:
                    for key, times in d["extra"].items():
                        print(f"      extra x{times}: {key} e.g. {d['examples'][key][:2]}")
        print(
            f"{r['doc'][:40]:40s} gold {r['gold']:4d}  numbers {r['numbers']:.3f}  per {r['per']:.3f}  "
            f"kind-free {r['kind_free'] / n:.3f}  extra {r['extra']:3d} ({r['invented']})  context {r['context']:3d}"
        )
        if args.details:
            for text, keys, hits in r["missed"]:
                print(f"    missed {keys}\n        in {text!r}\n        hits {hits}")
            for text, key in r["extras"]:
                print(f"    extra  {key}  in {text!r}")
            for text, want, got in r["per_wrong"]:
                print(f"    per    gold {want} got {got}  in {text!r}")
    n = max(total["gold"], 1)
    print(
        f"{'ALL':40s} gold {total['gold']:4d}  numbers {total['matched'] / n:.3f}  "
        f"per {total['per_ok'] / n:.3f}  kind-free {total['kind_free'] / n:.3f}  extra {total['extra']:3d} "
        f"({total['invented']})  "
        f"context {total['context']:3d}"
    )



def document_units(path: Path) -> list[str]:
    """Every paragraph and table cell of a parsed document (merged cells once)."""
    from rubrics.parsers.dispatch import parse_file

    doc = parse_file(path)
    units: list[str] = []

    def cells(table) -> None:
        for cell in table.cells:
            if cell.text.strip():
                units.append(cell.text)
            for inner in cell.tables:
                cells(inner)

    for block in doc.blocks:
        if getattr(block, "table", None) is not None:
            cells(block.table)
        elif block.text.strip():
            units.append(block.text)
    return units


def measure_document(path: Path, gold: Path) -> dict:
    """parse_rules over a whole real document against its gold's rules (multisets of keys):
    precision shows rules invented from numbers that are none (dates, counts, formulas)."""
    expected = Counter(rule_key(r) for rules in gold_by_text(gold).values() for r in rules)
    found: Counter = Counter()
    examples: dict[tuple, list[str]] = {}
    for unit in document_units(path):
        text = normalize_text(unit).text
        for hit in parse_rules(text):
            key = rule_key(hit.__dict__)
            found[key] += 1
            examples.setdefault(key, []).append(hit.text(text))
    matched = sum((expected & found).values())
    return {
        "doc": path.name,
        "gold": sum(expected.values()),
        "found": sum(found.values()),
        "matched": matched,
        "extra": found - expected,
        "examples": examples,
    }


if __name__ == "__main__":
    main()
