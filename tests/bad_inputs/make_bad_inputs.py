"""The bad-input corpus: broken, huge, oddly encoded and misnamed files, made from scratch.

Run `python tests/bad_inputs/make_bad_inputs.py` to (re)write the small committed files in
tests/bad_inputs/files/. The big ones (a 10,000-row table, a 500-page PDF) are not committed:
tests and bench/ call `big_xlsx`, `big_docx`, `big_markdown`, `long_pdf` into a temporary folder.

Why generated, not collected: every file states the one defect it carries, and no real
document's words are needed to carry it.
"""

from __future__ import annotations

import importlib.util
import io
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"
ROOT = HERE.parents[1]

RUBRIC_LINES = [  # a tiny rubric in words of the genre (not from any seed)
    "某单位年度目标考核细则",
    "一、基础工作(40分)",
    "1.制度建设(20分):未建立制度的扣5分;制度未执行的每次扣0.5分。",
    "2.档案管理(20分):资料缺失一项扣1分。",
    "二、重点工作(60分)",
    "完成全部任务得60分,每少一项扣10分。",
]


def _pdf(objects: list[bytes]) -> bytes:
    """Objects (1-based, in order) → a PDF with a correct xref table."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


# A Chinese font every PDF reader knows without embedding (Adobe-GB1, UCS-2 code points), so a
# generated page has a real Chinese text layer without shipping a font file.
CJK_FONT = (b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H "
            b"/DescendantFonts [<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
            b"/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /DW 1000 >>] >>")


def _show(text: str) -> str:
    return "<" + "".join(f"{ord(ch):04X}" for ch in text) + ">"


def table_page(page_number: int, rows: int = 8) -> bytes:
    """A page's content stream: a heading and a ruled 3-column scoring table of `rows` rows."""
    ops = [f"BT /F1 14 Tf 72 790 Td {_show(f'第{page_number}部分 考核指标')} Tj ET", "0.8 w"]
    xs, top, height = (60, 200, 260, 535), 760, 28
    for r in range(rows + 1):
        y = top - r * height
        ops.append(f"{xs[0]} {y} m {xs[-1]} {y} l S")
    for x in xs:
        ops.append(f"{x} {top} m {x} {top - rows * height} l S")
    for r in range(rows):
        y = top - r * height - 19
        n = page_number * rows + r
        cells = ("考核项目", "分值", "评分标准") if r == 0 else (
            f"指标{n}", f"{(n % 9) + 1}分", f"未完成的扣{(n % 4 + 1) * 0.5}分")
        for x, text in zip(xs, cells, strict=False):
            ops.append(f"BT /F1 10 Tf {x + 4} {y} Td {_show(text)} Tj ET")
    return "\n".join(ops).encode("ascii")


def long_pdf(pages: int = 500) -> bytes:
    """A `pages`-page PDF, each page a ruled Chinese scoring table (for time and memory bounds)."""
    n = pages
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(n)).encode()
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % n,
               CJK_FONT]
    for i in range(n):
        content = table_page(i + 1)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                       b"/Resources << /Font << /F1 3 0 R >> >> >>" % (5 + 2 * i))
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    return _pdf(objects)


def _docx_bytes(build) -> bytes:
    import docx

    document = docx.Document()
    build(document)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _table_rows(n: int) -> list[tuple[str, str, str]]:
    return [("考核项目", "分值", "评分标准")] + [
        (f"指标{i}", f"{i % 9 + 1}分", f"未完成的扣{(i % 4 + 1) * 0.5}分") for i in range(1, n)]


def big_docx(path: Path, rows: int = 10_000) -> Path:
    """A Word table of `rows` rows (built as XML: python-docx's add_row is quadratic)."""
    from docx.oxml import parse_xml

    def build(document):
        document.add_paragraph("大表考核细则")
        table = document.add_table(rows=1, cols=3)
        ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
        tbl = table._tbl
        tbl.remove(tbl.tr_lst[0])
        for row in _table_rows(rows):
            cells = "".join(f"<w:tc><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>" for text in row)
            tbl.append(parse_xml(f"<w:tr {ns}>{cells}</w:tr>"))

    path.write_bytes(_docx_bytes(build))
    return path


def big_xlsx(path: Path, rows: int = 10_000) -> Path:
    import openpyxl

    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("考核表")
    for row in _table_rows(rows):
        ws.append(list(row))
    wb.save(path)
    return path


def big_markdown(path: Path, rows: int = 10_000) -> Path:
    lines = ["# 大表考核细则", ""]
    table = _table_rows(rows)
    lines.append("| " + " | ".join(table[0]) + " |")
    lines.append("|---|---|---|")
    lines += ["| " + " | ".join(r) + " |" for r in table[1:]]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _fixture_module():
    spec = importlib.util.spec_from_file_location("parser_fixtures", ROOT / "tests" / "fixtures" / "parsers" / "make_fixtures.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _nested_docx(depth: int) -> bytes:
    def build(document):
        document.add_paragraph("嵌套表格")
        table = document.add_table(rows=1, cols=2)
        for level in range(depth):
            table.cell(0, 0).text = f"第{level}层扣1分"
            table = table.cell(0, 1).add_table(rows=1, cols=2)
        table.cell(0, 0).text = "最内层"

    return _docx_bytes(build)


def _broken_xml_docx(good: bytes) -> bytes:
    """The same package with word/document.xml cut in the middle of a tag (not well-formed)."""
    src = zipfile.ZipFile(io.BytesIO(good))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                data = data[: len(data) // 2] + b"<w:p><w:r"
            dst.writestr(item, data)
    return out.getvalue()


def _broken_xref_pdf() -> bytes:
    """A real one-page PDF whose xref offsets all point to the wrong place and whose startxref lies."""
    good = _fixture_module().text_pdf(["Scoring (total 100)", "Item A 10 points"])
    head, _, _ = good.partition(b"xref\n")
    return head + b"xref\n0 6\n" + b"0000000999 00000 n \n" * 6 + b"trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n99999\n%%EOF\n"


def small_files() -> dict[str, bytes]:
    """Name → bytes of every committed bad input; the name says the defect."""
    good_docx = _docx_bytes(lambda d: [d.add_paragraph(line) for line in RUBRIC_LINES])
    good_pdf = long_pdf(2)
    gbk_text = "\n".join(RUBRIC_LINES).encode("gbk")
    html_nested = ("<html><body>" + "<table><tr><td>扣1分" * 300 + "</td></tr></table>" * 300 + "</body></html>")
    files = {
        "empty.docx": b"",
        "blank.txt": b" \n\t\n  ",
        "truncated.docx": good_docx[: len(good_docx) // 2],
        "truncated.pdf": good_pdf[: len(good_pdf) // 2],
        "broken_xml.docx": _broken_xml_docx(good_docx),
        "broken_xref.pdf": _broken_xref_pdf(),
        "encrypted.pdf": _fixture_module().encrypted_pdf(),
        "考核细则_gbk.txt": gbk_text,
        "really_docx.pdf": good_docx,  # a lying extension: the content decides
        "really_pdf.xlsx": good_pdf,
        "image.docx": b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(40),
        "nested_tables.docx": _nested_docx(40),
        "nested_tables.html": html_nested.encode("utf-8"),
        "random.bin": bytes((i * 7919 + 13) % 256 for i in range(4096)),
    }
    return files


def main() -> int:
    FILES.mkdir(parents=True, exist_ok=True)
    for name, data in small_files().items():
        (FILES / name).write_bytes(data)
        print(f"{name}: {len(data)} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
