"""Bytes → str for text formats, saying which encoding was used.

Why: Chinese policy files arrive as UTF-8 (with or without BOM), GBK/GB18030 (older Windows
notepad and government sites) and Big5 (traditional-character regions). Strict UTF-8 first (it
almost never decodes other encodings by accident), then charset-normalizer; GB2312/GBK answers are
widened to GB18030, their superset, so no character of a valid file is lost.
"""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from rubrics.errors import UnsupportedFormat
from rubrics.messages import message

# Byte-order marks and the codec each implies. Example: b"\xef\xbb\xbf考核" is UTF-8 with BOM.
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Detector answers widened to the superset that decodes every file the subset does.
WIDER = {"gb2312": "gb18030", "gbk": "gb18030", "cp936": "gb18030", "hz": "gb18030", "big5": "big5hkscs",
         "ascii": "utf-8"}


def decode(data: bytes, path: str, declared: str | None = None) -> tuple[str, str]:
    """(text, encoding name). `declared` (e.g. an HTML meta charset) is tried after BOMs."""
    for bom, codec in BOMS:
        if data.startswith(bom):
            return data.decode(codec), codec
    candidates = []
    if declared:
        try:
            name = codecs.lookup(declared).name
        except LookupError:
            name = None
        if name:
            candidates.append(WIDER.get(name, name))
    candidates.append("utf-8")
    for codec in candidates:
        try:
            return data.decode(codec), codec
        except UnicodeDecodeError:
            continue
    best = from_bytes(data[:200_000]).best()
    if best is not None and best.encoding:
        codec = WIDER.get(best.encoding.lower().replace("_", ""), best.encoding)
        try:
            return data.decode(codec), codec
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError:
        raise UnsupportedFormat(path, message("parse.encoding")) from None
