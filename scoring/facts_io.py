"""Facts files: the data-entry template (XLSX/CSV) and reading facts back (XLSX, CSV or JSON).

Why a template: office staff fill counts and scores only; everything else on the row (the rule's
text, kind, amount, per, the item's max) is shown so they can see what they are counting, and the
rule text is checked on the way back in, so facts made for another version of a scheme are caught.
Headers carry a Chinese label and the English key ("次数 count"); either one is enough to read.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from pydantic import ValidationError

from rubrics.errors import FactsError
from rubrics.messages import message
from rubrics.scoring.facts import FACTS_FORMAT, FactRow, Facts, Problem, SchemeRef, UnitRow, raise_problems
from rubrics.scoring.plan import COUNTED_KINDS, Plan

# Column keys and their Chinese labels. Keys marked `shown` are written for reading only and
# ignored when facts are read back (except `text`, which is checked against the rule).
COLUMNS: dict[str, str] = {
    "unit": "单位",
    "group": "类别",
    "grade": "等次",
    "item": "指标编号",
    "rule": "规则编号",
    "text": "规则原文",
    "count": "次数",
    "amount": "选定分值",
    "points": "扣加分",
    "score": "得分",
    "score_pct": "得分率",
    "note": "备注",
}
SHOWN: dict[str, str] = {  # read-only context columns (key → label), never read back
    "path": "指标",
    "kind": "类型",
    "rule_amount": "分值",
    "rule_amount_max": "分值上限",
    "per": "计量单位",
    "max": "满分",
    "fill": "填写说明",
}
KIND_LABELS = {"deduct": "扣分", "award": "得分", "bonus": "加分", "veto": "一票否决"}
FACT_COLUMNS = ("unit", "item", "path", "rule", "kind", "text", "rule_amount", "rule_amount_max", "per",
                "max", "fill", "count", "amount", "points", "score", "score_pct", "note")
UNIT_COLUMNS = ("unit", "group", "grade")
NUMERIC = ("count", "amount", "points", "score", "score_pct")
LABEL_TO_KEY = {label: key for key, label in COLUMNS.items()}
PLACEHOLDER_UNITS = ("单位1", "单位2", "单位3")


def header(key: str) -> str:
    label = COLUMNS.get(key) or SHOWN[key]
    return f"{label} {key}"


def _key(cell) -> str | None:
    """The column key a header cell names ("次数 count", "count" or "次数"); None for shown/unknown."""
    if cell is None:
        return None
    for token in str(cell).replace("(", " ").replace(")", " ").replace("（", " ").replace("）", " ").split():
        if token in COLUMNS:
            return token
        if token in LABEL_TO_KEY:
            return LABEL_TO_KEY[token]
    return None


# --- the template -----------------------------------------------------------------------------


def _fill_hint(plan: Plan, rule) -> str:
    per = rule.per or "次"
    if rule.kind == "veto":
        return "发生填1 (count=1 if it happened)"
    if rule.amount is None:
        return "填扣加分 (points: the rule states no amount)"
    if rule.amount_max is not None and rule.amount_max != rule.amount:
        return f"填次数和选定分值 (count and amount in {rule.amount:g}-{rule.amount_max:g})"
    if rule.per is None:
        return "发生填1 (count 0 or 1: charged once)"
    return f"填次数 (count of {per})"


def template_rows(plan: Plan) -> list[dict]:
    """One row per rule that takes facts and per judged item, for one unit (no unit filled in)."""
    rows = []
    judged_done = set()
    for rule in plan.scheme.rules:
        if rule.kind not in (*COUNTED_KINDS, "veto"):
            continue
        item = plan.items.get(rule.item) if rule.item else None
        rows.append({
            "item": rule.item, "path": "/".join(item.path) if item else "(全部 whole scheme)", "rule": rule.id,
            "kind": KIND_LABELS.get(rule.kind, rule.kind) + f" {rule.kind}", "text": rule.text,
            "rule_amount": rule.amount, "rule_amount_max": rule.amount_max, "per": rule.per,
            "max": _float(plan.max.get(rule.item)) if rule.item else None, "fill": _fill_hint(plan, rule),
        })
    for key in plan.order:
        block = plan.blocks.get(key) if plan.is_owner(key) else None
        if block is None or not block.judged or key in judged_done:
            continue
        judged_done.add(key)
        item = plan.items[key]
        hint = f"填得分 (score 0-{_float(block.max):g}, or score_pct 0-100)"
        if block.default_full:
            hint += "; 空=满分 (blank = full points, 扣分法)"
        rows.append({"item": key, "path": "/".join(item.path), "kind": "评分 judged",
                     "max": _float(block.max), "fill": hint})
    return rows


def _float(value):
    return None if value is None else float(value)


def write_template(plan: Plan, out: Path, units: list[str] | None = None) -> int:
    """Write the facts template (xlsx or csv by suffix); returns the number of fact rows written."""
    units = list(units or PLACEHOLDER_UNITS)
    rows = template_rows(plan)
    suffix = out.suffix.lower()
    scheme_info = _scheme_ref(plan)
    if suffix == ".xlsx":
        _write_xlsx(out, plan, units, rows, scheme_info)
    elif suffix == ".csv":
        _write_csv(out, units, rows)
    else:
        raise FactsError(message("facts.template_suffix", out=out, suffix=suffix or message("facts.no_suffix")))
    return len(rows) * len(units)


def _scheme_ref(plan: Plan) -> SchemeRef:
    doc_id = plan.rubric.document.id if plan.rubric is not None else None
    return SchemeRef(document_id=doc_id, scheme_id=plan.scheme.id, scheme_name=plan.scheme.name)


def _write_xlsx(out: Path, plan: Plan, units: list[str], rows: list[dict], ref: SchemeRef) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    book = Workbook()
    facts = book.active
    facts.title = "facts"
    facts.append([header(k) for k in FACT_COLUMNS])
    grey = PatternFill("solid", fgColor="EEEEEE")
    fill_cols = {FACT_COLUMNS.index(k) + 1 for k in ("count", "amount", "points", "score", "score_pct", "note")}
    for unit in units:
        for row in rows:
            facts.append([unit if k == "unit" else row.get(k) for k in FACT_COLUMNS])
            for col in range(1, len(FACT_COLUMNS) + 1):
                if col not in fill_cols and col != 1:
                    facts.cell(row=facts.max_row, column=col).fill = grey
    for cell in facts[1]:
        cell.font = Font(bold=True)
    facts.freeze_panes = "B2"
    widths = {"path": 40, "text": 50, "fill": 36, "unit": 14}
    for index, key in enumerate(FACT_COLUMNS, start=1):
        facts.column_dimensions[facts.cell(row=1, column=index).column_letter].width = widths.get(key, 11)

    sheet = book.create_sheet("units")
    sheet.append([header(k) for k in UNIT_COLUMNS])
    for unit in units:
        sheet.append([unit, None, None])
    info = book.create_sheet("scheme")
    info.append(["key", "value"])
    for key, value in ref.model_dump().items():
        info.append([key, value])
    info.append(["format", FACTS_FORMAT])
    info.append(["grades", "、".join(r.label for r in plan.grade_rules if r.label) or None])
    book.save(out)


def _write_csv(out: Path, units: list[str], rows: list[dict]) -> None:
    columns = (*FACT_COLUMNS[:1], "group", "grade", *FACT_COLUMNS[1:])
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([header(k) for k in columns])
    for unit in units:  # unit rows first: where the group (and a given grade) are entered
        writer.writerow([unit if k == "unit" else "" for k in columns])
    for unit in units:
        for row in rows:
            writer.writerow([unit if k == "unit" else _cell(row.get(k)) for k in columns])
    out.write_text(buffer.getvalue(), encoding="utf-8-sig")


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


# --- reading facts ----------------------------------------------------------------------------


def read_facts(path: Path, defer: bool = False) -> Facts:
    """Facts from .xlsx, .csv or .json; a FactsError naming every malformed cell.

    defer: keep malformed cells as problems on the Facts instead of raising, so that `validate`
    reports them together with the problems only the scheme reveals (one message for all).
    """
    suffix = path.suffix.lower()
    if not path.is_file():
        raise FactsError(message("facts.no_file", path=path))
    if suffix == ".json":
        return _read_json(path)
    if suffix in (".xlsx", ".csv"):
        facts = _read_xlsx(path) if suffix == ".xlsx" else _read_csv(path)
        if not defer:
            raise_problems(str(path), facts._problems)
        return facts
    raise FactsError(message("facts.suffix", path=path, suffix=suffix or message("facts.no_suffix")))


def _read_json(path: Path) -> Facts:
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise FactsError(message("facts.bad_json", path=path, reason=exc)) from None
    try:
        return Facts.model_validate(data)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            loc = list(err["loc"])
            sheet = str(loc[0]) if loc else "facts"
            row = loc[1] + 1 if len(loc) > 1 and isinstance(loc[1], int) else None
            column = ".".join(str(x) for x in loc[2:]) or None
            problems.append(Problem(sheet, row, column, message("facts.invalid", reason=err["msg"], value=repr(err.get("input")))))
        raise_problems(str(path), problems)
        raise  # unreachable


def _read_xlsx(path: Path) -> Facts:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for a broken file
        raise FactsError(message("facts.bad_xlsx", path=path, reason=f"{type(exc).__name__}: {exc}")) from None
    tables: dict[str, list[tuple]] = {ws.title: list(ws.iter_rows(values_only=True)) for ws in book.worksheets}
    book.close()
    problems: list[Problem] = []
    facts = Facts()
    if "scheme" in tables:
        values = {str(r[0]).strip(): r[1] for r in tables["scheme"][1:] if r and r[0] is not None}
        facts.scheme = SchemeRef(**{k: (str(values[k]) if values.get(k) is not None else None)
                                    for k in ("document_id", "scheme_id", "scheme_name")})
    fact_sheet = "facts" if "facts" in tables else next(iter(tables))
    _read_table(fact_sheet, tables[fact_sheet], facts, problems)
    if "units" in tables and fact_sheet != "units":
        _read_table("units", tables["units"], facts, problems, units_only=True)
    facts._problems = problems
    return facts


def _read_csv(path: Path) -> Facts:
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise FactsError(message("facts.bad_csv", path=path))
    rows = [tuple(r) for r in csv.reader(io.StringIO(text))]
    problems: list[Problem] = []
    facts = Facts()
    _read_table(path.stem, rows, facts, problems)
    facts._problems = problems
    return facts


def _read_table(sheet: str, rows: list[tuple], facts: Facts, problems: list[Problem], units_only: bool = False) -> None:
    """Rows of one sheet into facts: unit rows (no item/rule) declare units; the others are facts."""
    if not rows:
        problems.append(Problem(sheet, None, None, message("facts.empty_sheet")))
        return
    keys = [_key(cell) for cell in rows[0]]
    if "unit" not in keys:
        problems.append(Problem(sheet, 1, None, message("facts.no_unit_column")))
        return
    headers = {k: str(rows[0][i]) for i, k in enumerate(keys) if k}
    for offset, row in enumerate(rows[1:], start=2):
        values: dict[str, object] = {}
        for index, key in enumerate(keys):
            if key is None or index >= len(row):
                continue
            cell = row[index]
            if isinstance(cell, str):
                cell = cell.strip() or None
            if cell is not None:
                values[key] = cell
        if not values:
            continue
        bad = False
        for key in NUMERIC:
            if key in values:
                number = _number(values[key])
                if number is None:
                    problems.append(Problem(sheet, offset, headers[key], message("facts.not_number", value=repr(values[key]))))
                    bad = True
                elif number < 0:
                    problems.append(Problem(sheet, offset, headers[key], message("facts.negative", value=f"{number:g}")))
                    bad = True
                elif key == "score_pct" and number > 100:
                    problems.append(Problem(sheet, offset, headers[key], message("facts.above_100", value=f"{number:g}")))
                    bad = True
                else:
                    values[key] = number
        if bad:
            continue
        text_values = {k: (v if isinstance(v, str) else _cell(v)) for k, v in values.items() if k not in NUMERIC}
        is_fact = "item" in values or "rule" in values or any(k in values for k in NUMERIC)
        if units_only or not is_fact:
            if set(values) - {"unit", "group", "grade", "note"} - set(NUMERIC):
                continue
            unit = UnitRow(unit=text_values.get("unit", ""), group=text_values.get("group"),
                           grade=text_values.get("grade"))
            unit._at = (sheet, offset)
            facts.units.append(unit)
            continue
        fact = FactRow(unit=text_values.get("unit", ""), rule=text_values.get("rule"), item=text_values.get("item"),
                       text=text_values.get("text"), note=text_values.get("note"),
                       **{k: values[k] for k in NUMERIC if k in values})
        fact._at = (sheet, offset)
        facts.facts.append(fact)


def _number(value) -> float | None:
    if isinstance(value, bool):  # a ticked TRUE/FALSE cell, e.g. a veto that happened
        return float(value)
    if isinstance(value, int | float):
        return float(value)
    try:
        return float(str(value).replace(",", "").replace("，", "").strip())
    except ValueError:
        return None
