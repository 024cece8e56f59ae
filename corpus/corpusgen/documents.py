"""The three shapes of seed as Word documents: numbered prose, OCR'd tables, flattened text + table."""

from __future__ import annotations

from .appendix_tables import AppendixTable, locate
from .docx_writer import Numbering, add_grid_table, add_paragraph, new_document
from .markdown_grid import grid_from_markdown
from .numbering import list_marks
from .seeds import seed_paragraphs, titled_tables

# Landscape A4 (267 mm between margins) for a 7-column scoring table: narrow key columns, wide
# task and criteria columns, so long criteria cells run over page breaks as in the scanned original.
SCORING_TABLE_WIDTHS_MM = [16, 24, 24, 78, 85, 20, 20]
# A numbered paragraph this short, at the outermost numbering level, with no sentence end, is a
# section heading (一、指导思想) and gets Heading 1.
HEADING_MAX_CHARS = 40
SENTENCE_ENDS = ("。", ";", "；", ":", "：", ",", "，")


def prose_document(text: str, title: str):
    """One paragraph per seed paragraph; consistent list numbers become Word numbering."""
    doc = new_document(title=title)
    numbering = Numbering(doc)
    paragraphs = seed_paragraphs(text)
    marks = list_marks(paragraphs)
    for index, paragraph in enumerate(paragraphs):
        mark = marks.get(index)
        heading = (mark is not None and mark.depth == 0 and len(paragraph) <= HEADING_MAX_CHARS
                   and not paragraph.endswith(SENTENCE_ENDS))
        add_paragraph(doc, paragraph, numbering, mark, style="Heading 1" if heading else None)
    return doc


def tables_document(text: str, title: str):
    """A title line (Heading 1, new page) and one real table per run of markdown tables after it."""
    doc = new_document(landscape=True, title=title)
    for index, group in enumerate(titled_tables(text)):
        heading = add_paragraph(doc, group.title, style="Heading 1" if group.tables else None)
        if index and group.tables:
            heading.paragraph_format.page_break_before = True
        if group.tables:
            add_grid_table(doc, grid_from_markdown(group.tables, SCORING_TABLE_WIDTHS_MM))
    return doc


def flattened_document(text: str, title: str, appendix: AppendixTable):
    """Paragraphs exactly as the seed has them (no numbering: its `2、` are chunk markers, not
    lists), except the flattened appendix, which becomes its caption and a real table."""
    doc = new_document(title=title)
    start, end = locate(text, appendix)
    before, after = text[:start], text[end:]
    for paragraph in seed_paragraphs(before):
        add_paragraph(doc, paragraph)
    add_paragraph(doc, appendix.caption)
    add_grid_table(doc, appendix.grid(), font_size=9.0)
    for paragraph in seed_paragraphs(after):
        add_paragraph(doc, paragraph)
    return doc
