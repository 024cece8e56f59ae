"""python-docx documents with an explicit CJK font, real list numbering, merged tables, stable bytes."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

from .grid import GridTable
from .numbering import ListMark, ListStyle
from .zipfix import deterministic_zip

# The one font of every style, east-asian slot included, so LibreOffice embeds real CJK glyphs
# (with a ToUnicode map) instead of substituting; from Debian's fonts-noto-cjk.
FONT = "Noto Serif CJK SC"
FIXED_DATE = datetime(2020, 1, 1)
TWIPS_PER_MM = 1440 / 25.4


def new_document(landscape: bool = False, title: str = "") -> Document:
    """An empty A4 document whose styles all use FONT, with fixed core properties."""
    doc = Document()
    _use_font_everywhere(doc)
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)
    margin = Mm(15) if landscape else Mm(25)
    section.left_margin = section.right_margin = margin
    section.top_margin = section.bottom_margin = Mm(20)
    props = doc.core_properties
    props.author = props.last_modified_by = "rubrics corpus/make_corpus.py"
    props.title, props.revision = title, 1
    props.created = props.modified = props.last_printed = FIXED_DATE
    return doc


def _use_font_everywhere(doc: Document) -> None:
    """Explicit font names on every rFonts (theme fonts would win otherwise) and zh-CN language."""
    styles = doc.styles.element
    for rfonts in styles.iter(qn("w:rFonts")):
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            rfonts.attrib.pop(qn(attr), None)
        for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            rfonts.set(qn(attr), FONT)
    for lang in styles.iter(qn("w:lang")):
        lang.set(qn("w:eastAsia"), "zh-CN")
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FONT)
    for name in ("Heading 1", "Heading 2", "Title"):
        doc.styles[name].font.color.rgb = RGBColor(0, 0, 0)


class Numbering:
    """Adds Word list definitions: one abstractNum per style, one w:num per sequence (a restart)."""

    def __init__(self, doc: Document):
        self.root = doc.part.numbering_part.element
        self.abstract_ids: dict[str, int] = {}
        self.num_ids: dict[int, int] = {}
        self.next_abstract = 1 + max(
            (int(a.get(qn("w:abstractNumId"))) for a in self.root.iter(qn("w:abstractNum"))), default=-1
        )

    def num_id(self, mark: ListMark) -> int:
        if mark.sequence not in self.num_ids:
            abstract = self._abstract(mark.style)
            num_id = 1 + max((int(n.get(qn("w:numId"))) for n in self.root.iter(qn("w:num"))), default=0)
            self.root.append(parse_xml(
                f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract}"/>'
                f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
            ))
            self.num_ids[mark.sequence] = num_id
        return self.num_ids[mark.sequence]

    def _abstract(self, style: ListStyle) -> int:
        if style.name not in self.abstract_ids:
            aid = self.next_abstract
            self.next_abstract += 1
            element = parse_xml(
                f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{aid}">'
                f'<w:nsid w:val="{0x5EED0000 + aid:08X}"/><w:multiLevelType w:val="singleLevel"/>'
                f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{style.num_fmt}"/>'
                f'<w:suff w:val="nothing"/><w:lvlText w:val="{style.lvl_text}"/><w:lvlJc w:val="left"/>'
                f'<w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl></w:abstractNum>'
            )
            # schema order: every abstractNum before the first num
            first_num = self.root.find(qn("w:num"))
            if first_num is None:
                self.root.append(element)
            else:
                first_num.addprevious(element)
            self.abstract_ids[style.name] = aid
        return self.abstract_ids[style.name]


def add_paragraph(doc, text: str, numbering: Numbering | None = None, mark: ListMark | None = None,
                  style: str | None = None):
    """One paragraph; with a mark the seed's number text moves into Word numbering (numPr)."""
    paragraph = doc.add_paragraph(style=style)
    if mark is not None and numbering is not None:
        num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = 0
        num_pr.get_or_add_numId().val = numbering.num_id(mark)
        text = text[mark.prefix_len:]
    paragraph.add_run(text)
    return paragraph


def add_grid_table(doc, grid: GridTable, font_size: float = 9.0):
    """A ruled ("Table Grid") Word table: gridSpan for spans, vMerge for continuations, tblHeader rows."""
    ncols = len(grid.widths_mm)
    table = doc.add_table(rows=len(grid.rows), cols=ncols)
    table.style = doc.styles["Table Grid"]
    table.autofit = False
    for r, row in enumerate(grid.rows):
        for cell in row.cells:
            if cell.span > 1:
                table.cell(r, cell.col).merge(table.cell(r, cell.col + cell.span - 1))
    for r, row in enumerate(grid.rows):
        for cell in row.cells:
            if cell.text:
                _write_cell(table.cell(r, cell.col), cell.text, font_size)
    for col, span, first, last in grid.vertical_runs():
        table.cell(first, col).merge(table.cell(last, col + span - 1))
    for r, row in enumerate(grid.rows):
        if row.header:
            table.rows[r]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    _set_widths(table, grid.widths_mm)
    return table


def _write_cell(cell, text: str, font_size: float) -> None:
    """Each line of the text is a paragraph, so cell.text reads back exactly as given."""
    for i, line in enumerate(text.split("\n")):
        paragraph = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        paragraph.paragraph_format.space_after = Pt(0)
        paragraph.paragraph_format.line_spacing = 1.0
        run = paragraph.add_run(line)
        run.font.size = Pt(font_size)


def _set_widths(table, widths_mm: list[float]) -> None:
    """Grid column widths and every cell's tcW (the sum over its span), which LibreOffice reads."""
    twips = [round(w * TWIPS_PER_MM) for w in widths_mm]
    for grid_col, width in zip(table._tbl.tblGrid.iter(qn("w:gridCol")), twips, strict=True):
        grid_col.set(qn("w:w"), str(width))
    for tr in table._tbl.tr_lst:
        col = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            tc_pr = tc.get_or_add_tcPr()
            tc_w = tc_pr.get_or_add_tcW()
            tc_w.set(qn("w:type"), "dxa")
            tc_w.set(qn("w:w"), str(sum(twips[col:col + span])))
            col += span


def save_docx(doc, path: Path) -> None:
    buffer = io.BytesIO()
    doc.save(buffer)
    path.write_bytes(deterministic_zip(buffer.getvalue()))
