"""`rubrics compare A B [--format …] [--out PATH]` and `rubrics compare A B C … --matrix`.

A, B …: scheme references as `resolve_scheme` reads them (a rubric JSON file, `FILE.json#scheme`,
or a warehouse document/scheme). With --matrix, a document (rubric JSON file or ingested document)
named without `#scheme` stands for all its schemes, so `rubrics compare 003.json --matrix` lines
up its departments.
"""

from __future__ import annotations

from pathlib import Path

import typer

from rubrics.commands import fail
from rubrics.errors import RubricsError

FORMATS = ("text", "table", "markdown", "json", "xlsx", "html")


def _load(refs: list[str], db: str | None, expand: bool):
    """(labels, rubrics, schemes) for the references, a multi-scheme JSON file expanded when asked."""
    from rubrics.warehouse.resolve import load_rubric_file, resolve_document, resolve_scheme, split_ref

    pairs = []
    for ref in refs:
        doc_ref, name = split_ref(ref)
        path = Path(doc_ref)
        if expand and name is None:
            if path.suffix.lower() == ".json" and path.is_file():
                rubric = load_rubric_file(path)
            else:
                try:  # a document of the warehouse: all its schemes
                    rubric = resolve_document(ref, db)
                except RubricsError:  # not a document (a scheme id prefix …): resolve_scheme says
                    rubric = None
            if rubric is not None:
                pairs.extend((rubric, scheme) for scheme in rubric.schemes)
                continue
        pairs.append(resolve_scheme(ref, db))
    names = [s.name for _, s in pairs]
    labels = []
    for rubric, scheme in pairs:
        label = scheme.name
        if names.count(scheme.name) > 1:
            doc = rubric.document
            label += f" {doc.year or doc.source or doc.id[:8]}"
        while label in labels:
            label += "'"
        labels.append(label)
    return labels, pairs


def _emit(text: str, out: Path | None) -> None:
    if out is None:
        typer.echo(text, nl=not text.endswith("\n"))
    else:
        out.write_text(text, encoding="utf-8")


def register(app: typer.Typer) -> None:
    @app.command("compare")
    def compare_command(
        refs: list[str] = typer.Argument(..., help="schemes: FILE.json, FILE.json#NAME, or a warehouse reference"),
        db: Path | None = typer.Option(None, "--db", help="warehouse file (default $RUBRICS_DB or ./rubrics.duckdb)"),
        format: str = typer.Option(
            "text", "--format", "-f",
            help="text (one change a block, fits 80 columns), table (wide terminals), markdown, json, xlsx or html"),
        out: Path | None = typer.Option(None, "--out", "-o", help="write here instead of stdout (needed for xlsx)"),
        matrix: bool = typer.Option(False, "--matrix", help="many schemes side by side: items as rows, units as columns"),
    ) -> None:
        """What changed between two schemes; or, with --matrix, many schemes side by side."""
        from rubrics.compare import html, render, xlsx
        from rubrics.compare.diff import compare_schemes
        from rubrics.compare.matrix import build_matrix
        from rubrics.messages import message

        if format not in FORMATS:
            raise typer.BadParameter(f"format must be one of {', '.join(FORMATS)}", param_hint="--format")
        try:
            if format == "xlsx" and out is None:
                raise RubricsError(message("compare.needs_out"))
            labels, pairs = _load(refs, str(db) if db else None, expand=matrix)
            if matrix:
                if len(pairs) < 2:
                    raise RubricsError(message("compare.matrix_two", refs=" ".join(refs)))
                result = build_matrix([s for _, s in pairs], labels)
                if format == "xlsx":
                    xlsx.write_matrix(result, out)
                elif format == "html":
                    _emit(html.matrix_html(result, " · ".join(labels)), out)
                elif format == "json":
                    _emit(render.matrix_json(result), out)
                elif format == "markdown":
                    _emit(render.matrix_markdown(result), out)
                else:
                    _print_rich(render.matrix_rich(result), out)
                return
            if len(pairs) != 2:
                raise RubricsError(message("compare.two", refs=" ".join(refs)))
            (ra, a), (rb, b) = pairs
            comparison = compare_schemes(a, b, ra.document, rb.document)
            if format == "xlsx":
                xlsx.write_comparison(comparison, out)
            elif format == "html":
                _emit(html.comparison_html(comparison), out)
            elif format == "json":
                _emit(render.to_json(comparison), out)
            elif format == "markdown":
                _emit(render.to_markdown(comparison), out)
            elif format == "table":
                _print_rich(render.to_rich(comparison), out)
            else:
                _print_rich(render.to_blocks(comparison), out, width=80)
        except RubricsError as exc:
            fail(exc)
        except OSError as exc:
            typer.echo(f"rubrics: {exc.filename or out}: {exc.strerror}", err=True)
            raise typer.Exit(1) from None


def _print_rich(renderable, out: Path | None, width: int = 200) -> None:
    """To the terminal at its width; to a file (or a pipe) at `width` columns."""
    from rich.console import Console

    if out is None:
        console = Console()
        if not console.is_terminal:
            console = Console(width=width)
        console.print(renderable)
    else:
        with out.open("w", encoding="utf-8") as fh:
            Console(file=fh, width=width).print(renderable)
