"""Legacy .doc/.xls → convert with LibreOffice → the DOCX/XLSX parser (the format stays "doc"/"xls").

Why convert instead of reading the binary format: Word 97 and Excel 97 binaries have no maintained
pure-Python reader, and LibreOffice's import is the most faithful one. A private profile directory
keeps parallel conversions from fighting over one user profile, and a timeout stops a hung soffice.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from rubrics.errors import CorruptFile, MissingTool
from rubrics.messages import message
from rubrics.parsers.document import Document

CONVERT_TIMEOUT = 180  # seconds; a long .doc converts in a few seconds, a hung soffice never returns
TARGET = {"doc": "docx", "xls": "xlsx"}


def soffice_path() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert(data: bytes, path: str, fmt: str) -> bytes:
    """The bytes of the .docx/.xlsx LibreOffice makes from a .doc/.xls."""
    soffice = soffice_path()
    if soffice is None:
        raise MissingTool(path, message("parse.no_soffice", fmt=fmt))
    target = TARGET[fmt]
    with tempfile.TemporaryDirectory(prefix="rubrics-soffice-") as tmp:
        source = Path(tmp) / f"input.{fmt}"
        source.write_bytes(data)
        profile = Path(tmp) / "profile"
        cmd = [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
               "--convert-to", target, "--outdir", str(Path(tmp) / "out"), str(source)]
        try:
            subprocess.run(cmd, capture_output=True, timeout=CONVERT_TIMEOUT, check=False,
                           env={**os.environ, "HOME": tmp})
        except subprocess.TimeoutExpired:
            raise CorruptFile(path, message("parse.soffice_timeout", fmt=fmt, seconds=CONVERT_TIMEOUT)) from None
        out = Path(tmp) / "out" / f"input.{target}"
        if not out.exists() or out.stat().st_size == 0:
            raise CorruptFile(path, message("parse.soffice_failed", fmt=fmt))
        return out.read_bytes()


def parse_legacy_office(data: bytes, path: str, sha256: str, fmt: str = "doc") -> Document:
    converted = convert(data, path, fmt)
    if fmt == "xls":
        from rubrics.parsers.xlsx_parser import parse_xlsx

        return parse_xlsx(converted, path=path, sha256=sha256, fmt=fmt)
    from rubrics.parsers.docx_parser import parse_docx

    return parse_docx(converted, path=path, sha256=sha256, fmt=fmt)
