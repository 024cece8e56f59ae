"""Facts files: the template written, filled and read back (XLSX, CSV, JSON), and every bad-facts case."""

from __future__ import annotations

import csv
import json
from contextlib import contextmanager
from pathlib import Path

import pytest
from openpyxl import load_workbook

from rubrics.errors import FactsError
from rubrics.extracted.models import Rubric
from rubrics.messages import set_lang
from rubrics.scoring.engine import score
from rubrics.scoring.facts_io import FACT_COLUMNS, _key, read_facts, write_template
from rubrics.scoring.plan import build_plan

FIXTURES = Path(__file__).parent / "fixtures" / "scoring"


def load(name):
    rubric = Rubric.model_validate_json((FIXTURES / name).read_text(encoding="utf-8"))
    return rubric, rubric.schemes[0]


def fill_xlsx(path: Path, values: dict[tuple[str, str], dict[str, object]], units_sheet=None) -> None:
    """Fill the template's facts sheet: values[(unit, rule or item id)] = {column key: value}."""
    book = load_workbook(path)
    sheet = book["facts"]
    keys = [_key(c.value) or c.value.split()[-1] for c in sheet[1]]
    col = {k: i + 1 for i, k in enumerate(keys)}
    for row in range(2, sheet.max_row + 1):
        unit = sheet.cell(row=row, column=col["unit"]).value
        ref = sheet.cell(row=row, column=col["rule"]).value or sheet.cell(row=row, column=col["item"]).value
        for key, value in values.get((unit, ref), {}).items():
            sheet.cell(row=row, column=col[key], value=value)
    if units_sheet is not None:
        units = book["units"]
        units.delete_rows(2, units.max_row)
        for row in units_sheet:
            units.append(list(row))
    book.save(path)


@contextmanager
def english():
    """What `--lang en` chooses, for the duration of a block."""
    set_lang("en")
    try:
        yield
    finally:
        set_lang(None)


def problems_of(exc) -> list[str]:
    return [str(p) for p in exc.value.problems]


def test_xlsx_template_lists_rules_and_judged_items_and_reads_back(tmp_path):
    rubric, scheme = load("seed001.rubric.json")
    path = tmp_path / "facts.xlsx"
    n = write_template(build_plan(scheme, rubric), path, ["办公室", "综合业务处"])
    book = load_workbook(path)
    assert set(book.sheetnames) == {"facts", "units", "scheme"}
    rows = list(book["facts"].iter_rows(values_only=True))
    assert len(rows) - 1 == n == 2 * (11 + 8)  # 10 counted rules + 1 veto, and 8 judged items, per unit
    texts = [r[FACT_COLUMNS.index("text")] for r in rows[1:]]
    assert "每次扣减0.5-1.5分" in texts and "实行一票否决" in texts
    judged = {"s0i0": 55, "s0i2": 9, "s0i3": 4, "s0i4": 3.5, "s0i5": 2, "s0i6": 5, "s0i8": 4.5, "s0i9": 9}
    values = {("办公室", k): {"score": v} for k, v in judged.items()}
    values |= {("综合业务处", k): {"score": v} for k, v in judged.items()}
    values[("办公室", "s0r7")] = {"count": 2, "amount": 0.8}
    values[("综合业务处", "s0r0")] = {"count": 1}
    fill_xlsx(path, values)
    run = score(scheme, read_facts(path), rubric)
    totals = {u.unit: u.total for u in run.units}
    assert totals == {"办公室": pytest.approx(92 - 1.6), "综合业务处": pytest.approx(102)}


def test_csv_template_round_trip_with_groups(tmp_path):
    rubric, scheme = load("seed003_library.rubric.json")
    path = tmp_path / "facts.csv"
    write_template(build_plan(scheme, rubric), path, ["甲", "乙"])
    with path.open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    head = [_key(h) or h for h in rows[0]]
    for row in rows[1:]:
        record = dict(zip(head, row, strict=True))
        if not record["rule"] and not record["item"]:
            row[head.index("group")] = "职能部门"
        if record["unit"] == "甲" and record["rule"] == "s0r54":
            row[head.index("count")] = "7"
        if record["unit"] == "乙" and record["rule"] == "s0r62":
            row[head.index("amount")] = "0.6"
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(rows)
    run = score(scheme, read_facts(path), rubric)
    totals = {u.unit: u.total for u in run.units}
    assert totals == {"甲": pytest.approx(99.86), "乙": pytest.approx(99.4)}
    assert {u.group for u in run.units} == {"职能部门"}


def test_gbk_csv_without_template_columns_is_read(tmp_path):
    rubric, scheme = load("seed003_library.rubric.json")
    path = tmp_path / "facts.csv"
    path.write_bytes("单位,规则编号,次数\n甲,s0r54,3\n".encode("gbk"))
    run = score(scheme, read_facts(path), rubric)
    assert run.units[0].total == pytest.approx(100 - 0.06)


def test_every_bad_fact_is_reported_at_once_with_sheet_row_and_column(tmp_path):
    rubric, scheme = load("seed003_library.rubric.json")
    path = tmp_path / "facts.xlsx"
    write_template(build_plan(scheme, rubric), path, ["甲", "乙"])
    fill_xlsx(path, {
        ("甲", "s0r54"): {"count": -1},  # negative count
        ("甲", "s0r62"): {"amount": 0.9},  # outside 0.2-0.6
        ("甲", "s0r55"): {"count": "三次"},  # not a number
        ("乙", "s0r68"): {"count": 2},  # one-off rule charged twice
        ("乙", "s0r0"): {"count": 1},  # 按比例扣分: no amount, points needed
        ("乙", "s0r1"): {"amount": 8},  # fixed amount 10, not 8
    })
    book = load_workbook(path)
    sheet = book["facts"]
    sheet.append(["甲", None, None, "s0r999"] + [None] * 7 + [1])  # unknown rule
    sheet.append(["甲", "s0i999"] + [None] * 12 + [5])  # unknown item
    sheet.append(["甲", None, None, "s0r29"] + [None] * 7 + [2])  # 甲 listed twice for s0r29
    sheet.append(["丙", None, None, "s0r29"] + [None] * 7 + [1])  # unit not in the units sheet
    book["units"].append(["甲", None, None])  # 甲 listed twice in units
    book.save(path)
    with pytest.raises(FactsError) as err:  # read alone: the malformed cells
        read_facts(path)
    assert len(err.value.problems) == 2
    with pytest.raises(FactsError) as err:  # read and validated: every problem in one error, Chinese by default
        score(scheme, read_facts(path, defer=True), rubric)
    got = problems_of(err)
    message = str(err.value)
    assert "处问题，未评分" in message and "\n" not in message
    for text in [
        "次数 count列：-1是负数",
        "0.9超出规则s0r62的分值范围0.2-0.6",
        "规则s0r1的分值固定为10，不是8",
        "未知规则“s0r999”",
        "单位“丙”不在单位表中",
        "单位“甲”重复列出（首次在units第2行）",
    ]:
        assert any(text in p for p in got), (text, got)
    assert any(p.startswith("工作表units 第4行 unit列") for p in got)

    with english():  # the same in English with --lang en
        with pytest.raises(FactsError) as err:
            score(scheme, read_facts(path, defer=True), rubric)
        got = problems_of(err)
    message = str(err.value)
    assert "nothing scored" in message and "\n" not in message
    for text in [
        "column 次数 count: -1 is negative",
        "column 次数 count: '三次' is not a number",
        "0.9 is outside rule s0r62's range 0.2-0.6",
        "rule s0r68 is charged once",
        "rule s0r0 states no amount",
        "rule s0r1's amount is fixed at 10, not 8",
        "unknown rule 's0r999'",
        "unknown item 's0i999'",
        "unit '甲' is listed twice for rule s0r29",
        "unit '丙' is not in the units list",
        "unit '甲' is listed twice (first at units row 2)",
    ]:
        assert any(text in p for p in got), (text, got)
    assert any(p.startswith("sheet facts row ") and "column amount" in p for p in got)
    assert any(p.startswith("sheet units row 4 column unit") for p in got)


def test_json_facts_errors_and_schema_checks(tmp_path):
    rubric, scheme = load("seed001.rubric.json")
    path = tmp_path / "facts.json"
    path.write_text(json.dumps({"units": [{"unit": "甲"}],
                                "facts": [{"unit": "甲", "rule": "s0r0", "count": -2},
                                          {"unit": "甲", "rule": "s0r5", "count": "many"}]}), encoding="utf-8")
    with pytest.raises(FactsError) as err:
        read_facts(path)
    got = problems_of(err)
    assert any(p.startswith("工作表facts 第1行 count列") and "（所填为 -2）" in p for p in got)
    with english():
        with pytest.raises(FactsError) as err:
            read_facts(path)
        got = problems_of(err)
    assert any(p.startswith("sheet facts row 1 column count") and "greater than or equal to 0" in p for p in got)
    assert any(p.startswith("sheet facts row 2 column count") for p in got)


def test_judged_score_above_max_and_item_with_rules_refused():
    rubric, scheme = load("seed003_library.rubric.json")
    from rubrics.scoring.facts import Facts

    facts = Facts.model_validate({"facts": [{"unit": "甲", "item": "s0i16", "score": 1},
                                            {"unit": "甲", "rule": "s0r70", "count": 1},
                                            {"unit": "甲", "rule": "s0r54", "count": 1, "text": "迟到扣1分"}]})
    with pytest.raises(FactsError) as err:
        score(scheme, facts, rubric)
    got = problems_of(err)
    assert any("按其规则计分" in p for p in got)
    assert any("是封顶规则：不需要填写事实" in p for p in got)
    assert any("事实表是按另一版方案制作的" in p for p in got)

    rubric, scheme = load("seed001.rubric.json")
    facts = Facts.model_validate({"facts": [{"unit": "甲", "item": "s0i0", "score": 61}]})
    with pytest.raises(FactsError) as err:
        score(scheme, facts, rubric)
    assert any("得分61超过指标“责任清单工作”的满分60" in p for p in problems_of(err))


def test_grade_given_where_grades_are_computed_is_refused():
    rubric, scheme = load("seed004.rubric.json")
    from rubrics.scoring.facts import Facts

    facts = Facts.model_validate({"units": [{"unit": "甲", "grade": "一等"}], "facts": []})
    with pytest.raises(FactsError) as err:
        score(scheme, facts, rubric)
    assert any("等次由分数线或名额计算得出" in p for p in problems_of(err))


def test_unreadable_files_are_one_line_errors(tmp_path):
    bad = tmp_path / "facts.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(FactsError, match="无法读取的 XLSX 文件"):
        read_facts(bad)
    with english(), pytest.raises(FactsError, match="not a readable XLSX"):
        read_facts(bad)
    other = tmp_path / "facts.txt"
    other.write_text("x", encoding="utf-8")
    with pytest.raises(FactsError, match=r"\.xlsx、\.csv 或 \.json"):
        read_facts(other)
