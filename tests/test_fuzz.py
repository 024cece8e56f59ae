"""Property tests: normalisation and rule parsing never fail, never invent a number; parsers only
ever raise our typed errors.

Why properties: the seeds cannot show every way a notice is written or broken. Hypothesis builds
text from the genre's own pieces (numbers, 扣/加/得, units, brackets, OCR spacing) and bytes from
real sample files cut and flipped; each run is bounded (max_examples, no deadline) so CI stays
under a minute for the whole file.
"""

from __future__ import annotations

import os
import random
import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from rubrics.errors import RubricsError
from rubrics.parsers.dispatch import parse_bytes
from rubrics.parsers.document import Document
from rubrics.pipeline import numbers
from rubrics.pipeline.normalize import fold_char, normalize_text
from rubrics.pipeline.rules import parse_rules

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = sorted((ROOT / "corpus" / "sample").glob("*"))

# Pieces of assessment text (the genre's vocabulary, no seed's sentences) and noise around them.
PIECES = [
    "扣", "加", "得", "减", "分", "每", "次", "项", "人次", "个百分点", "%", "的", "未", "完成", "不",
    "按时", "报送", "一票否决", "最高", "不超过", "加满为止", "扣完为止", "以上", "以下", "低于", "达到",
    "优秀", "良好", "合格", "不合格", "等次", "(", ")", "（", "）", "、", "，", ";", "；", ":", "：", "。",
    "-", "~", "至", "/", " ", "  ", "\n", "\u3000", "0.", ". ", "半", "倍",
    "一", "二", "两", "三", "五", "十", "百", "〇", "零",
    "0", "1", "2", "5", "9", "0.5", "0.25", "1.5", "10", "100", "2020", "１", "０．５", "Ｏ", "l", "O",
]
VERBS = ["扣", "加", "得", "减", "扣除", "奖励", "每次扣", "每项扣", "最高加", "最多扣", "不超过", "低于", "达到"]
CONDITIONS = ["未按时报送", "资料缺失", "发生事故", "排名前三", "工作不力", "", "每发现一次"]
written_number = st.one_of(
    st.decimals(min_value=0, max_value=1000, places=2).map(lambda d: format(d.normalize(), "f")),
    st.integers(0, 120).map(str),
    st.sampled_from(["一", "二", "两", "三", "五", "十", "十五", "二十", "一百", "半", "0. 5", "０．２５", "1O"]),
)
statement = st.tuples(
    st.sampled_from(CONDITIONS), st.sampled_from(VERBS), written_number,
    st.sampled_from(["", "-", "~", "至"]), written_number,
    st.sampled_from(["分", "分/次", "分/人次", "%", "个百分点", "", "分。", "分;"]),
).map(lambda t: t[0] + t[1] + t[2] + ((t[3] + t[4]) if t[3] else "") + t[5])
assessment_text = st.lists(
    st.one_of(statement, st.sampled_from(PIECES), st.text(min_size=1, max_size=3)), min_size=0, max_size=30,
).map("".join)

FUZZ = settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _stated_numbers(text: str) -> set[float]:
    """Every number the text writes: Arabic ones after normalisation (width, `0. 25`), and every
    Chinese numeral inside a run of numerals (二十五 also states 二, 十五 …)."""
    norm = normalize_text(text).text
    found: set[float] = set()
    flat = unicodedata.normalize("NFKC", norm)
    for m in re.findall(numbers.ARABIC, flat):
        found.add(float(m))
    run = ""
    for ch in flat + "\0":
        if ch in numbers.CN_DIGITS:
            run += ch
            continue
        for i in range(len(run)):
            for j in range(i + 1, min(len(run), i + 8) + 1):
                value = numbers.to_number(run[i:j])
                if value is not None:
                    found.add(value)
        run = ""
    return found


@FUZZ
@given(assessment_text)
@example("未按时报送扣0分未按时报送扣0分①")  # a circled number stays a numbering mark, not a digit
def test_normalize_spans_and_round_trip(text):
    norm = normalize_text(text)
    assert norm.original == text
    assert len(norm.offsets) == len(norm.text)
    assert all(0 <= o < len(text) for o in norm.offsets)
    assert norm.offsets == sorted(norm.offsets)  # repairs never reorder the source
    for start, end in norm.repair_spans:
        assert 0 <= start <= end <= len(text)
    # a span of the repaired text that starts and ends on source-character boundaries (NFKC may
    # expand one character: ¼ → 1⁄4) maps back to the source slice behind it, and that slice is
    # the same text once widths are folded and layout spaces dropped, unless a contextual OCR
    # repair (0A → OA) lies inside it
    offs = norm.offsets
    bounds = [i for i in range(len(offs) + 1) if i in (0, len(offs)) or offs[i] != offs[i - 1]]
    ocr_spans = [span for (kind, _, _), span in zip(norm.repairs, norm.repair_spans, strict=True) if kind == "ocr"]
    for k in range(0, len(bounds) - 1, 2):
        start, end = bounds[k], bounds[min(k + 3, len(bounds) - 1)]
        source = norm.original_span(start, end)
        first, last = offs[start], offs[end - 1]
        assert source == text[first : last + 1]
        if any(a <= last and b > first for a, b in ocr_spans):
            continue
        folded = "".join("".join(fold_char(ch) for ch in source).split())
        assert folded == "".join(norm.text[start:end].split()), (source, norm.text[start:end])


@FUZZ
@given(assessment_text)
def test_rule_parser_invents_no_number(text):
    norm = normalize_text(text).text
    hits = parse_rules(norm)
    stated = _stated_numbers(text)
    for hit in hits:
        assert 0 <= hit.start <= hit.end <= len(norm)
        assert hit.kind in ("deduct", "award", "bonus", "cap", "veto", "grade")
        for value in (hit.amount, hit.amount_max, hit.below, hit.at_least, hit.quota_pct):
            if value is not None:
                assert value in stated, (value, hit, text)


# ------------------------------------------------------------------ parsers on hostile bytes

@pytest.fixture(scope="module", autouse=True)
def _no_ocr():
    """Fuzzed image pages must not send hundreds of pages through OCR (slow, and not the point)."""
    old = os.environ.get("RUBRICS_OCR")
    os.environ["RUBRICS_OCR"] = "0"
    yield
    if old is None:
        os.environ.pop("RUBRICS_OCR")
    else:
        os.environ["RUBRICS_OCR"] = old


def _parse_or_typed_error(data: bytes, name: str) -> None:
    try:
        doc = parse_bytes(data, name)
    except RubricsError as exc:
        assert name in str(exc) and "\n" not in str(exc)
        return
    assert isinstance(doc, Document)


@settings(max_examples=500, deadline=None)
@given(st.binary(max_size=2048), st.sampled_from(["a.docx", "a.pdf", "a.xlsx", "a.txt", "a.md", "a.html", "a.doc"]))
def test_random_bytes_give_a_document_or_a_typed_error(data, name):
    _parse_or_typed_error(data, name)


@settings(max_examples=500, deadline=None)
@given(st.sampled_from([b"%PDF-1.4\n", b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"<html><table>",
                        b"\xef\xbb\xbf", b"\xff\xfe"]), st.binary(max_size=1024))
def test_magic_prefix_then_garbage(prefix, rest):
    _parse_or_typed_error(prefix + rest, "magic.bin")


def _mutate(data: bytes, seed: int) -> bytes:
    """Cut, flip, drop or duplicate a few byte ranges of a real file (deterministic per seed)."""
    rng = random.Random(seed)
    out = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        op = rng.choice(("flip", "cut", "drop", "dup", "zero"))
        i = rng.randrange(len(out)) if out else 0
        n = rng.randint(1, 64)
        if op == "flip":
            for k in range(i, min(i + n, len(out))):
                out[k] ^= 1 << rng.randrange(8)
        elif op == "cut":
            del out[i:]
        elif op == "drop":
            del out[i : i + n]
        elif op == "dup":
            out[i:i] = out[i : i + n]
        else:
            out[i : i + n] = bytes(min(n, len(out) - i))
    return bytes(out)


ZIPS = [p for p in SAMPLES if p.suffix in (".docx", ".xlsx")]
SMALL_PDFS = sorted((p for p in SAMPLES if p.suffix == ".pdf"), key=lambda p: p.stat().st_size)[:2]


@pytest.mark.skipif(not ZIPS, reason="corpus/sample not generated")
@settings(max_examples=200, deadline=None)
@given(st.sampled_from(ZIPS or [Path(".")]), st.integers(0, 2**32))
def test_mutated_office_files(path, seed):
    _parse_or_typed_error(_mutate(path.read_bytes(), seed), path.name)


@pytest.mark.skipif(not SMALL_PDFS, reason="corpus/sample not generated")
@settings(max_examples=40, deadline=None)
@given(st.sampled_from(SMALL_PDFS or [Path(".")]), st.integers(0, 2**32))
def test_mutated_pdfs(path, seed):
    _parse_or_typed_error(_mutate(path.read_bytes(), seed), path.name)
