"""Rewrite an OOXML zip so the same content gives the same bytes on every run (no churn in git)."""

from __future__ import annotations

import io
import re
import zipfile

# Zip entry time and the document's own created/modified stamps (docProps/core.xml), fixed.
FIXED_ZIP_TIME = (2020, 1, 1, 0, 0, 0)
FIXED_W3CDTF = "2020-01-01T00:00:00Z"
# e.g. <dcterms:modified xsi:type="dcterms:W3CDTF">2024-11-23T20:31:02Z</dcterms:modified>
CORE_DATE = re.compile(r"(<dcterms:(?:created|modified)\b[^>]*>)[^<]*(</dcterms:(?:created|modified)>)")


def deterministic_zip(data: bytes) -> bytes:
    """Same entries in the same order, with fixed times, fixed permissions and fixed core dates."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                blob = CORE_DATE.sub(rf"\g<1>{FIXED_W3CDTF}\g<2>", blob.decode("utf-8")).encode("utf-8")
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, blob)
    return out.getvalue()
