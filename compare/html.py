"""A comparison (or a matrix) as one self-contained HTML file: inline CSS and JS, no network.

Why self-contained: the report is mailed around and opened offline. The rows are rendered here;
the page's script only filters them (checkboxes by kind of change, a search box; a link ending in
`#hide=kind,kind` opens with those kinds unchecked). When the script
has run it sets `data-ready` on <body>; any script error is written into #js-errors, so a
headless browser test can assert both.
"""

from __future__ import annotations

from html import escape

from rubrics.compare.diff import CHANGE_KINDS, Comparison
from rubrics.compare.matrix import Matrix
from rubrics.compare.render import (
    COLUMNS,
    change_row,
    col_label,
    kind_label,
    matrix_rows,
    side_title,
    summary_lines,
)
from rubrics.messages import lang, message

_CSS = """
body{font-family:"Noto Sans CJK SC","Microsoft YaHei",system-ui,sans-serif;margin:24px;color:#222}
h1{font-size:20px;margin:0 0 8px}
.summary{margin:0 0 12px;padding:0;list-style:none;color:#444}
.filters{display:flex;flex-wrap:wrap;gap:6px 14px;margin:12px 0;padding:8px;background:#f4f4f4;border-radius:6px}
.filters label{white-space:nowrap;cursor:pointer}
.filters input[type=search]{min-width:220px}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{border:1px solid #ddd;padding:4px 6px;vertical-align:top;text-align:left}
th{background:#eee;position:sticky;top:0}
tr.added td{background:#e6f6e9} tr.dropped td{background:#fde8ea} tr.changed td{background:#fff5d6}
td.before{color:#a40000;text-decoration:line-through} tr.added td.before{text-decoration:none}
td.after{color:#006400;font-weight:600}
td.num{text-align:right;white-space:nowrap}
tr.differs td{background:#fff0b3;font-weight:600} tr.partial td{color:#555}
td.missing{background:#fafafa}
.badge{display:inline-block;min-width:18px;padding:0 5px;border-radius:8px;background:#555;color:#fff;font-size:11px;text-align:center}
#js-errors{color:#b00;white-space:pre-wrap}
.src{color:#666;font-size:12px;min-width:9em}
th,td.change,td.what,td.confidence{white-space:nowrap} td.path{min-width:12em}
"""

# Filters rows by the checked kinds and the search text; reports script errors into the page.
_JS = """
(function(){
  var errors = document.getElementById('js-errors');
  window.addEventListener('error', function(e){
    errors.textContent += (e.message || 'error') + '\\n';
    document.body.setAttribute('data-errors', errors.textContent.split('\\n').length - 1);
  });
  var boxes = Array.prototype.slice.call(document.querySelectorAll('.filters input[type=checkbox]'));
  var search = document.getElementById('search');
  var rows = Array.prototype.slice.call(document.querySelectorAll('tbody tr'));
  var counter = document.getElementById('shown');
  function apply(){
    var on = {};
    boxes.forEach(function(b){ on[b.value] = b.checked; });
    var q = (search.value || '').trim().toLowerCase();
    var shown = 0;
    rows.forEach(function(r){
      var ok = on[r.getAttribute('data-kind')] !== false &&
               (!q || r.textContent.toLowerCase().indexOf(q) >= 0);
      r.style.display = ok ? '' : 'none';
      if (ok) shown++;
    });
    counter.textContent = shown;
    document.body.setAttribute('data-shown', shown);
  }
  // a link may hide kinds: report.html#hide=item_added,rule_dropped
  var hide = /hide=([^&]*)/.exec(location.hash || '');
  if (hide) {
    var off = decodeURIComponent(hide[1]).split(',');
    boxes.forEach(function(b){ if (off.indexOf(b.value) >= 0) b.checked = false; });
  }
  boxes.forEach(function(b){ b.addEventListener('change', apply); });
  search.addEventListener('input', apply);
  apply();
  document.body.setAttribute('data-ready', '1');
})();
"""


def _page(title: str, head: str, filters: list[tuple[str, str, int]], table: str) -> str:
    boxes = "".join(
        f'<label><input type="checkbox" value="{escape(v)}" checked> {escape(label)} '
        f'<span class="badge">{count}</span></label>'
        for v, label, count in filters
    )
    return (
        f"<!DOCTYPE html>\n<html lang=\"{'en' if lang() == 'en' else 'zh-CN'}\"><head><meta charset=\"utf-8\">"
        f"<title>{escape(title)}</title><style>{_CSS}</style></head>\n<body>\n"
        f"<h1>{escape(title)}</h1>\n{head}\n"
        f'<div class="filters">{boxes}<input type="search" id="search" placeholder="{escape(message("compare.filter"))}">'
        f'<span>{escape(message("compare.shown"))}: <b id="shown"></b></span></div>\n'
        f'<div id="js-errors"></div>\n{table}\n<script>{_JS}</script>\n</body></html>\n'
    )


def _tone(kind: str) -> str:
    return "added" if kind.endswith("added") else "dropped" if kind.endswith("dropped") else "changed"


def comparison_html(comparison: Comparison) -> str:
    """The changes from A to B, coloured by kind, with filters; source text in each cell's tooltip."""
    title = f"{side_title(comparison.a)} → {side_title(comparison.b)}"
    head = '<ul class="summary">' + "".join(f"<li>{escape(x)}</li>" for x in summary_lines(comparison)) + "</ul>"
    counts = comparison.counts()
    filters = [(k, kind_label(k), counts[k]) for k in CHANGE_KINDS if k in counts]
    body = []
    for change in comparison.changes:
        row = change_row(change)
        cells = []
        for column in COLUMNS:
            cls = "src" if column.endswith("source") else column
            tip = ""
            side = change.a if column == "a_source" else change.b if column == "b_source" else None
            if side is not None and side.source and side.source.get("text"):
                tip = f' title="{escape(side.source["text"])}"'
            cells.append(f'<td class="{cls}"{tip}>{escape(row[column])}</td>')
        body.append(f'<tr class="{_tone(change.kind)}" data-kind="{change.kind}">{"".join(cells)}</tr>')
    header = "".join(f"<th>{escape(col_label(c))}</th>" for c in COLUMNS)
    table = f"<table><thead><tr>{header}</tr></thead><tbody>\n" + "\n".join(body) + "\n</tbody></table>"
    return _page(title, head, filters, table)


# Matrix rows fall in three groups a reader filters by (labels: `matrix.kind.<group>`).
MATRIX_KINDS = ("differs", "same", "partial")


def _row_kind(row) -> str:
    if not row.common:
        return "partial"
    return "differs" if row.differs else "same"


def matrix_html(matrix: Matrix, title: str | None = None) -> str:
    title = title or message("matrix.title")
    rows = matrix_rows(matrix)
    kinds = [_row_kind(r) for r in matrix.rows]
    filters = [(k, message(f"matrix.kind.{k}"), kinds.count(k)) for k in MATRIX_KINDS]
    body = []
    for text_row, row, kind in zip(rows[1:], matrix.rows, kinds, strict=True):
        cells = [f'<td>{"&nbsp;" * 2 * (len(row.path) - 1)}{escape(row.name)}</td>']
        for value, item in zip(text_row[1:-1], row.cells, strict=True):
            if item is None:
                cells.append('<td class="num missing"></td>')
                continue
            tip = escape(" / ".join(item.path) + (f" · {item.assessor}" if item.assessor else ""))
            cells.append(f'<td class="num" title="{tip}">{escape(value)}</td>')
        cells.append(f"<td>{escape(text_row[-1])}</td>")
        body.append(f'<tr class="{kind}" data-kind="{kind}">{"".join(cells)}</tr>')
    header = "".join(f"<th>{escape(c)}</th>" for c in rows[0])
    table = f"<table><thead><tr>{header}</tr></thead><tbody>\n" + "\n".join(body) + "\n</tbody></table>"
    summary = message("matrix.summary", rows=len(matrix.rows), schemes=len(matrix.labels))
    head = f'<ul class="summary"><li>{escape(summary)}</li></ul>'
    return _page(title, head, filters, table)
