"""Typed errors a user sees as one clear line: the file and the reason, never a traceback."""

from __future__ import annotations


class RubricsError(Exception):
    """Base of every error the CLI turns into a one-line message and a non-zero exit."""


class ParseError(RubricsError):
    """A file could not be read as a document; says which file and why."""

    def __init__(self, path, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class UnsupportedFormat(ParseError):
    """The file's content is of no format we read (whatever its extension says)."""


class EmptyFile(ParseError):
    """The file has no bytes, or no text at all."""


class EncryptedFile(ParseError):
    """The file is password protected."""


class CorruptFile(ParseError):
    """The file claims a format but its structure is broken (truncated zip, bad xref …)."""


class NeedsOCR(ParseError):
    """Every page is an image: there is no text layer to read without OCR."""


class MissingTool(ParseError):
    """An external converter (LibreOffice for .doc) is not installed."""


class ExtractionError(RubricsError):
    """A parsed document could not be turned into a rubric."""


class WarehouseError(RubricsError):
    """The warehouse refused an operation (locked, read-only, unknown document …)."""


class FactsError(RubricsError):
    """A facts file is invalid; names the sheet, row and column."""
