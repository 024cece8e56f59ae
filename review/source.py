"""The source of a document as HTML: its paragraphs and tables (merged cells kept), in order.

Why from the stored parsed document (extractions.parsed) rather than the file: the file may have
moved or gone since the ingest, and the grid the reader used is what a person must check a number
against. Each element carries where it is (`data-block`, `data-para`, a cell's grid span and, for
PDFs, its page and box) so the page can highlight the one an item or rule came from.
"""

from __future__ import annotations

import json
from html import escape

# paragraphs and tables beyond this many blocks are not drawn (a person would not scroll them;
# the selected item's block is always drawn)
MAX_BLOCKS = 4000


def render_source(parsed_json: str | None) -> str:
    """The parsed document as HTML; a short note when it was not kept."""
    if not parsed_json:
        return '<p class="none">未保存此文档的解析结果（在本版本之前入库）；重新入库即可看到原文。</p>'
    document = json.loads(parsed_json)
    out: list[str] = []
    for block in document.get("blocks", [])[:MAX_BLOCKS]:
        if block.get("kind") == "table" and block.get("table"):
            out.append(_table(block["table"], block))
        else:
            tag = "h3" if block.get("kind") == "heading" else "p"
            attrs = _attrs(block=block.get("index"), para=block.get("paragraph"), page=block.get("page"),
                           bbox=block.get("bbox"))
            out.append(f"<{tag} class=\"src-p\"{attrs}>{escape(block.get('text') or '')}</{tag}>")
    return "\n".join(out)


def _attrs(**values) -> str:
    bits = []
    for name, value in values.items():
        if value is None:
            continue
        if isinstance(value, list | tuple):
            value = ",".join(f"{v:g}" if isinstance(v, float) else str(v) for v in value)
        bits.append(f' data-{name}="{escape(str(value))}"')
    return "".join(bits)


def _table(table: dict, block: dict) -> str:
    """A table with its merged cells as rowspan/colspan; each cell says which grid slots it covers."""
    cells = sorted(table.get("cells", []), key=lambda c: (c["row"], c["col"]))
    by_row: dict[int, list[dict]] = {}
    for cell in cells:
        by_row.setdefault(cell["row"], []).append(cell)
    caption = f"<caption>{escape(table['name'])}</caption>" if table.get("name") else ""
    rows = []
    for r in range(table.get("n_rows", 0)):
        tds = []
        for cell in by_row.get(r, []):
            span = ""
            if cell.get("rowspan", 1) > 1:
                span += f' rowspan="{cell["rowspan"]}"'
            if cell.get("colspan", 1) > 1:
                span += f' colspan="{cell["colspan"]}"'
            attrs = _attrs(r0=cell["row"], r1=cell["row"] + cell.get("rowspan", 1) - 1, c0=cell["col"],
                           c1=cell["col"] + cell.get("colspan", 1) - 1, page=cell.get("page"), bbox=cell.get("bbox"))
            tds.append(f"<td{span}{attrs}>{escape(cell.get('text') or '')}</td>")
        rows.append(f"<tr>{''.join(tds)}</tr>")
    attrs = _attrs(table=table.get("index"), block=block.get("index"), page=table.get("page"))
    label = f'<div class="src-tlabel">表{table.get("index", 0) + 1}</div>'
    return f'{label}<table class="src-t"{attrs}>{caption}{"".join(rows)}</table>'
