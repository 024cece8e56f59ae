"""Pick a parser by what the bytes ARE, not by what the extension claims.

Why: documents reach 考核办 staff renamed, mis-saved and re-uploaded (a .pdf that is a Word file,
a .doc that is really .docx). The content decides; a file of no format we read is refused with a
clear reason. Every library failure is turned into a typed ParseError naming the file, so no
traceback ever reaches a user.
"""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

from rubrics.errors import (
    CorruptFile,
    EmptyFile,
    EncryptedFile,
    ParseError,
    RubricsError,
    UnsupportedFormat,
)
from rubrics.messages import message
from rubrics.parsers.document import Document

# Magic numbers of formats we do NOT read, so the error can say what the file really is.
# Each entry: (prefix bytes, kind). Example: a scanned page saved as "政策.docx" is a PNG.
FOREIGN_MAGIC: tuple[tuple[bytes, str], ...] = (  # (magic, kind); the kind in words is `parse.kind.KIND`
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
    (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"),
    (b"BM", "bmp"),
    (b"Rar!\x1a\x07", "rar"),
    (b"7z\xbc\xaf\x27\x1c", "7z"),
    (b"\x1f\x8b", "gzip"),
    (b"{\\rtf", "rtf"),
    (b"\x7fELF", "exe"),
    (b"MZ", "exe"),
)

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy Office (.doc/.xls) and encrypted OOXML
ZIP_MAGIC = b"PK\x03\x04"

# Stream names (UTF-16LE in the OLE2 directory) that tell what an OLE2 container holds.
OLE2_STREAMS: tuple[tuple[str, str], ...] = (
    ("EncryptionInfo", "encrypted"),  # a password-protected .docx/.xlsx is wrapped in OLE2
    ("WordDocument", "doc"),
    ("Workbook", "xls"),
    ("Book", "xls"),
)

# First tags that make decoded text an HTML page. Example: "<!DOCTYPE html><html><head>…".
HTML_SNIFF = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|table|div|p)\b",
                        re.IGNORECASE | re.DOTALL)

# Signs of markdown in a text file with an unknown extension: a pipe-table separator or an ATX heading.
MARKDOWN_SNIFF = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*\|.*$|^#{1,6}\s+\S", re.MULTILINE)


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sniff(data: bytes, path: str) -> str:
    """The real format of the bytes: docx, xlsx, pdf, doc, xls, html, md or txt; raise when none."""
    if data.startswith(ZIP_MAGIC) or data.startswith(b"PK\x05\x06"):
        return _sniff_zip(data, path)
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(OLE2_MAGIC):
        return _sniff_ole2(data, path)
    for magic, what in FOREIGN_MAGIC:
        if data.startswith(magic):
            raise UnsupportedFormat(path, message("parse.foreign", what=message(f"parse.kind.{what}")))
    if b"\x00" in data[:4096] and data[:2] not in (b"\xff\xfe", b"\xfe\xff"):
        raise UnsupportedFormat(path, message("parse.binary"))
    head = data[:4096].decode("utf-8", errors="ignore").lstrip("\ufeff")
    if HTML_SNIFF.match(head):
        return "html"
    suffix = Path(path).suffix.lower()
    if suffix in (".md", ".markdown"):
        return "md"
    if suffix in (".htm", ".html", ".xhtml") and "<" in head:
        return "html"
    if suffix == ".txt":
        return "txt"
    return "md" if MARKDOWN_SNIFF.search(head) else "txt"


def _sniff_zip(data: bytes, path: str) -> str:
    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise CorruptFile(path, message("parse.bad_zip", reason=exc)) from None
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "content.xml" in names:
        raise UnsupportedFormat(path, message("parse.opendocument"))
    raise UnsupportedFormat(path, message("parse.other_zip"))


def _sniff_ole2(data: bytes, path: str) -> str:
    for stream, kind in OLE2_STREAMS:
        if stream.encode("utf-16-le") in data:
            if kind == "encrypted":
                raise EncryptedFile(path, message("parse.office_password"))
            return kind
    raise UnsupportedFormat(path, message("parse.other_ole2"))


def _parser(fmt: str) -> Callable[..., Document]:
    if fmt == "docx":
        from rubrics.parsers.docx_parser import parse_docx as parse
    elif fmt == "pdf":
        from rubrics.parsers.pdf_parser import parse_pdf as parse
    elif fmt == "xlsx":
        from rubrics.parsers.xlsx_parser import parse_xlsx as parse
    elif fmt in ("doc", "xls"):
        from rubrics.parsers.doc_parser import parse_legacy_office as parse
    elif fmt == "html":
        from rubrics.parsers.html_parser import parse_html as parse
    else:
        from rubrics.parsers.text_parser import parse_text as parse
    return parse


def parse_bytes(data: bytes, path: str) -> Document:
    """Parse bytes that came from `path` (the name is used in errors and provenance only)."""
    if not data or not data.strip():
        raise EmptyFile(path, message("parse.empty"))
    fmt = sniff(data, path)
    parse = _parser(fmt)
    try:
        doc = parse(data, path=path, sha256=sha256_bytes(data), fmt=fmt)
        if not doc.blocks and not doc.pages_without_text:
            raise EmptyFile(path, message("parse.no_text", fmt=fmt))
        return doc
    except RubricsError:
        raise
    except Exception as exc:  # a library failure on a malformed file: one line, never a traceback
        reason = str(exc).splitlines()[0] if str(exc) else ""
        raise CorruptFile(path, message("parse.library", fmt=fmt, reason=type(exc).__name__ + (": " + reason if reason else ""))) from exc


def parse_file(path) -> Document:
    """Parse any supported file into a Document; raise a ParseError naming the file and reason."""
    path = str(path)
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise ParseError(path, message("parse.no_file")) from None
    except IsADirectoryError:
        raise ParseError(path, message("parse.directory")) from None
    except OSError as exc:
        raise ParseError(path, message("parse.os", reason=exc.strerror or exc)) from None
    return parse_bytes(data, path)
