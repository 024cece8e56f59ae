"""One parser per file format, each returning the same `Document` (see document.py)."""

from rubrics.parsers.document import Block, Cell, Document, Table

__all__ = ["Block", "Cell", "Document", "Table", "parse"]


def parse(path) -> Document:
    """Parse any supported file into a Document; raises a ParseError naming the file and reason."""
    from rubrics.parsers.dispatch import parse_file

    return parse_file(path)
