"""`rubrics extract FILE`: parse and extract one file, print the rubric JSON or a tree; no database."""

from __future__ import annotations

from pathlib import Path

import typer

from rubrics.commands import fail
from rubrics.errors import RubricsError


def rubric_tree(rubric, sources: bool = False):
    """A rich Tree of a rubric: schemes, items with points, rules under their items, warnings.

    One item or rule a line, so it reads at 80 columns; with `sources`, each item says where it
    is in the file, in words counted from 1 (第3页 表2 第4行 第5列)."""
    from rich.markup import escape
    from rich.tree import Tree

    from rubrics.messages import message, warning_label
    from rubrics.where import describe_source

    doc = rubric.document
    unknown = message("show.unknown")
    root = Tree("[bold]" + escape(message("show.doc", title=doc.title or doc.source or unknown, org=doc.org or unknown,
                                                year=doc.year or unknown, scale=_g(doc.scale) or unknown)) + "[/]")
    for scheme in rubric.schemes:
        label = "[bold cyan]" + escape(message("show.scheme", name=scheme.name, total=_g(scheme.total) or unknown)) + "[/]"
        if scheme.needs_review:
            label += " [bold yellow]" + escape(message("show.needs_review")) + "[/]"
        node = root.add(label)
        nodes = {None: node}
        rules_by_item: dict = {}
        for rule in scheme.rules:
            rules_by_item.setdefault(rule.item, []).append(rule)
        if not scheme.items:
            node.add(f"[dim]{escape(message('show.no_items'))}[/]")
        for item in scheme.items:
            parent = nodes.get(item.parent, node)
            bits = [escape(item.name)]
            if item.points is not None:
                bits.append(f"[green]{item.points:g}分[/]")
            if item.weight_pct is not None:
                bits.append(f"[green]{item.weight_pct:g}%[/]")
            if item.assessor:
                bits.append(f"[dim]{escape(item.assessor)}[/]")
            if sources and item.source is not None:
                bits.append(f"[dim]· {escape(describe_source(item.source, fallback=''))}[/]")
            nodes[item.id] = parent.add(" ".join(b for b in bits if b))
            for rule in rules_by_item.get(item.id, []):
                nodes[item.id].add(_rule_line(rule))
        for rule in rules_by_item.get(None, []):
            node.add(_rule_line(rule))
        for warning in scheme.warnings:
            node.add(f"[yellow]⚠ {escape(warning_label(warning.code))}：{escape(warning.message)}[/]")
    return root


def summary_line(rubric) -> str:
    """One line for stderr: what was read and whether a person should look (needs review)."""
    items = sum(len(s.items) for s in rubric.schemes)
    rules = sum(len(s.rules) for s in rubric.schemes)
    warnings = sum(len(s.warnings) for s in rubric.schemes)
    review = [s.name for s in rubric.schemes if s.needs_review]
    if rubric.warnings:
        review.append("；".join(w.message for w in rubric.warnings))
    line = f"{rubric.document.source}：{len(rubric.schemes)} 个方案，{items} 项，{rules} 条规则，{warnings} 条警告"
    if review:
        line += f"；需人工核对：{'、'.join(review[:5])}" + ("…" if len(review) > 5 else "")
    return line


def explain_text(rubric, trace, settings) -> str:
    """How each table and section was read: header rows, column roles with their evidence, row fates,
    the readings with their scores, then the warnings — so a person sees why."""
    lines = [f"# {rubric.document.source}", "", "## 设置"]
    lines += [f"  {k} = {v}" for k, v in settings.as_dict().items()]
    lines += ["", "## 读取过程", trace.render() or "  （没有表格）", "", "## 结果"]
    for scheme in rubric.schemes:
        flag = "（需人工核对）" if scheme.needs_review else ""
        lines.append(f"  方案“{scheme.name}”：{len(scheme.items)} 项，{len(scheme.rules)} 条规则{flag}")
        for w in scheme.warnings:
            lines.append(f"    ⚠ {w.code}: {w.message}")
    return "\n".join(lines)


def _g(value) -> str:
    return "" if value is None else f"{value:g}"


def _rule_line(rule) -> str:
    from rich.markup import escape

    from rubrics.messages import has, message

    amount = "" if rule.amount is None else f"{rule.amount:g}"
    if rule.amount_max is not None:
        amount += f"-{rule.amount_max:g}"
    per = f"/{rule.per}" if rule.per else ""
    label = f" {rule.label}" if rule.label else ""
    kind = message(f"rule.{rule.kind}") if has(f"rule.{rule.kind}") else rule.kind
    return f"[magenta]{escape(kind)}[/] {escape(amount + per + label)}  [dim]{escape(rule.text)}[/]"


def register(app: typer.Typer) -> None:
    @app.command("extract")
    def extract_command(
        file: Path = typer.Argument(..., help="a .docx, .pdf, .xlsx, .doc, .txt, .md or .html file"),
        format: str = typer.Option("json", "--format", "-f", help="json (the rubric JSON) or tree"),
        explain: bool = typer.Option(False, "--explain", help="print how each table was read, instead of the rubric"),
    ) -> None:
        """Parse and extract one file; print the rubric JSON (default) or a tree. Touches no database."""
        from rubrics.parsers import parse
        from rubrics.pipeline.extract import extract

        if format not in ("json", "tree"):
            raise typer.BadParameter("format must be json or tree", param_hint="--format")
        from rubrics.pipeline.reader.settings import DEFAULT
        from rubrics.pipeline.reader.trace import Trace

        trace = Trace()
        try:
            rubric = extract(parse(file), DEFAULT, trace)
        except RubricsError as exc:
            fail(exc)
        if explain:
            typer.echo(explain_text(rubric, trace, DEFAULT))
            return
        typer.echo(summary_line(rubric), err=True)
        if format == "json":
            typer.echo(rubric.model_dump_json(indent=2))
        else:
            from rich.console import Console

            Console().print(rubric_tree(rubric))
