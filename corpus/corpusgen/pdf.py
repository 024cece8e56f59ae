"""DOCX → PDF with LibreOffice (headless, private profile), then the run-dependent bytes fixed."""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

SOFFICE_CANDIDATES = ("soffice", "libreoffice", "/usr/bin/soffice")
# LibreOffice stamps the export time and a random file id; both are fixed to the same length so
# the xref offsets stay valid, e.g. /CreationDate(D:20241123203102+00'00') and /ID [ <..> <..> ].
PDF_DATE = re.compile(rb"\((D:\d{14}[^)]*)\)")
PDF_ID = re.compile(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]")
# LibreOffice's checksum covers the export time too: /DocChecksum /4BE7B49EC33C95804B777A7CA408A4AE
DOC_CHECKSUM = re.compile(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)")
XMP_DATE = re.compile(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)([^<]+)(</xmp:)")


def soffice() -> str:
    for name in SOFFICE_CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    raise SystemExit("LibreOffice not found: apt-get install libreoffice-writer-nogui fonts-noto-cjk")


def convert_to_pdf(docx_files: list[Path], out_dir: Path) -> list[Path]:
    """One PDF per DOCX in out_dir, same stem; a private profile so parallel runs do not clash."""
    with tempfile.TemporaryDirectory(prefix="lo-profile-") as profile:
        command = [soffice(), f"-env:UserInstallation=file://{profile}", "--headless",
                   "--convert-to", "pdf", "--outdir", str(out_dir), *map(str, docx_files)]
        subprocess.run(command, check=True, capture_output=True, timeout=600)
    pdfs = [out_dir / f"{path.stem}.pdf" for path in docx_files]
    for pdf in pdfs:
        pdf.write_bytes(stable_pdf(pdf.read_bytes()))
    return pdfs


def stable_pdf(data: bytes) -> bytes:
    """Export dates set to 2020-01-01, /ID and /DocChecksum derived from the content (same lengths)."""
    def fix_date(match: re.Match[bytes]) -> bytes:
        stamp = match.group(1)
        zone = re.sub(rb"\d", b"0", stamp[16:]).replace(b"-", b"+")
        fixed = b"D:20200101000000" + zone
        return b"(" + fixed + b")"

    data = PDF_DATE.sub(fix_date, data)
    data = XMP_DATE.sub(lambda m: m.group(1) + _same_length(b"2020-01-01T00:00:00", m.group(2)) + m.group(3),
                        data)
    digest = hashlib.md5(DOC_CHECKSUM.sub(b"", PDF_ID.sub(b"", data))).hexdigest().upper().encode()
    data = DOC_CHECKSUM.sub(lambda m: m.group(1) + digest[:len(m.group(2))], data)

    def fix_id(match: re.Match[bytes]) -> bytes:
        first, second = match.group(1), match.group(2)
        return match.group(0).replace(first, digest[:len(first)]).replace(second, digest[:len(second)])

    return PDF_ID.sub(fix_id, data)


def _same_length(fixed: bytes, original: bytes) -> bytes:
    return (fixed + original[len(fixed):])[:len(original)] if len(original) >= len(fixed) else original
