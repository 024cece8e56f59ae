"""Showing a ScoreRun: a rich table for the terminal, an XLSX workbook for the office, JSON for tools.

Why three: staff read the table, auditors keep the workbook (every rule line with its formula),
other systems read the JSON (described by extracted/results.schema.json).
"""

from __future__ import annotations

from pathlib import Path

from rubrics.scoring.results import ScoreRun


def _g(value) -> str:
    return "" if value is None else f"{value:g}"


def rich_tables(run: ScoreRun, detail: bool = True):
    """Renderables: the units table (total, grade, rank) and, with detail, each unit's applied rules."""
    from rich.markup import escape
    from rich.table import Table

    from rubrics.messages import message

    head = Table(title=f"{run.scheme.document_title or run.scheme.document_source or ''} · {run.scheme.scheme_name}",
                 show_lines=False)
    for column in ("unit", "group", "total", "grade", "rank", "vetoed", "why"):
        head.add_column(message(f"score.col.{column}"), justify="right" if column in ("total", "rank") else "left")
    for unit in run.units:
        head.add_row(escape(unit.unit), escape(unit.group or ""), _g(unit.total), escape(unit.grade or ""),
                     str(unit.rank), message("score.yes") if unit.vetoed else "", escape(unit.grade_reason or ""))
    out = [head]
    if detail:
        for unit in run.units:
            table = Table(title=message("score.unit_total", unit=unit.unit, total=f"{unit.total:g}"), show_header=True)
            for column in ("item", "max", "score", "rule", "formula", "points", "note"):
                table.add_column(message(f"score.col.{column}"),
                                 justify="right" if column in ("max", "score", "points") else "left")
            for item in unit.items:
                applied = [r for r in item.rules if r.raw_points]
                if item.score is None and not applied:
                    continue
                table.add_row(escape("/".join(item.path)), _g(item.max), _g(item.score), "", escape(item.basis), "",
                              escape("; ".join(item.notes)))
                for line in applied:
                    table.add_row("", "", "", escape(line.text[:40]), escape(line.formula), _g(line.points),
                                  escape("; ".join(line.notes)))
            for line in unit.scheme_rules:
                if line.raw_points:
                    table.add_row(message("score.whole_scheme"), "", "", escape(line.text[:40]), escape(line.formula),
                                  _g(line.points), escape("; ".join(line.notes)))
            for note in unit.notes:
                table.add_row(message("score.note"), "", "", "", "", "", escape(note))
            out.append(table)
    for note in run.warnings:  # what the scoring assumed (no facts entered …): in plain sight
        out.append(f"[yellow]⚠ {escape(note)}[/]")
    for note in run.grading:
        out.append(f"[dim]{escape(note)}[/]")
    return out


def write_json(run: ScoreRun, out: Path) -> None:
    text = run.model_dump_json(indent=2) + "\n"
    if str(out) == "-":
        import sys

        sys.stdout.write(text)
    else:
        out.write_text(text, encoding="utf-8")


def write_xlsx(run: ScoreRun, out: Path) -> None:
    """Three sheets: scores (one row per unit), breakdown (one row per rule applied), notes."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    scores = book.active
    scores.title = "scores"
    scores.append(["单位 unit", "类别 group", "总分 total", "等次 grade", "名次 rank", "一票否决 vetoed", "依据 reason"])
    for unit in run.units:
        scores.append([unit.unit, unit.group, unit.total, unit.grade, unit.rank, "是" if unit.vetoed else None,
                       unit.grade_reason])
    breakdown = book.create_sheet("breakdown")
    breakdown.append(["单位 unit", "指标编号 item", "指标 path", "满分 max", "得分 score", "依据 basis",
                      "规则编号 rule", "类型 kind", "规则原文 text", "次数 count", "分值 amount", "计算 formula",
                      "分数 points", "备注 notes"])
    for unit in run.units:
        for item in unit.items:
            breakdown.append([unit.unit, item.item, "/".join(item.path), item.max, item.score, item.basis,
                              None, None, None, None, None, None, None, "; ".join(item.notes) or None])
            for line in item.rules:
                breakdown.append([unit.unit, item.item, "/".join(item.path), None, None, None, line.rule, line.kind,
                                  line.text, line.count, line.amount, line.formula, line.points,
                                  "; ".join(line.notes) or None])
        for line in unit.scheme_rules:
            breakdown.append([unit.unit, None, "(全部 whole scheme)", None, None, None, line.rule, line.kind,
                              line.text, line.count, line.amount, line.formula, line.points,
                              "; ".join(line.notes) or None])
    notes = book.create_sheet("notes")
    notes.append(["note"])
    for text in [f"run {run.run_id}", f"facts sha256 {run.facts_sha256 or '-'}", *run.grading, *run.warnings]:
        notes.append([text])
    for unit in run.units:
        for text in unit.notes:
            notes.append([f"{unit.unit}: {text}"])
    for sheet in (scores, breakdown, notes):
        for cell in sheet[1]:
            cell.font = Font(bold=True)
    book.save(out)
