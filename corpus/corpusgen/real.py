"""The real documents of ../shared/corpus/real in the forms users send them, rendered by LibreOffice.

Why: a real .doc also reaches us saved as DOCX, and every real document as a PDF; the pipeline is
scored on each form. The originals stay in ../shared; only the renderings are committed (beside
the seeds' forms), so tests and CI never run LibreOffice.
"""

from __future__ import annotations

import io
import re
import subprocess
import tempfile
import zipfile
from pathlib import Path

from corpusgen.pdf import soffice, stable_pdf
from corpusgen.zipfix import deterministic_zip

# Which forms each original is rendered to (by its suffix): a .doc to DOCX and PDF, the others to PDF.
RENDERED_FORMS = {".doc": ("docx", "pdf"), ".xlsx": ("pdf",), ".html": ("pdf",)}
# LibreOffice gives each embedded OLE object a random id on every export,
# e.g. <o:OLEObject ... ObjectID="_962056375" r:id="rId2"/>; numbered in document order instead.
OLE_OBJECT_ID = re.compile(r'ObjectID="_\d+"')


def originals(real_dir: Path) -> list[Path]:
    """The real documents LibreOffice renders, sorted by name."""
    return sorted(p for p in real_dir.iterdir() if p.is_file() and p.suffix.lower() in RENDERED_FORMS)


def render_real(real_dir: Path, out_dir: Path) -> list[Path]:
    """Each original as out_dir/<stem>.<form> (same stem as its gold), run-dependent bytes fixed."""
    sources = originals(real_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory(prefix="lo-real-") as tmp:
        work = Path(tmp)
        for form in ("docx", "pdf"):
            wanted = [p for p in sources if form in RENDERED_FORMS[p.suffix.lower()]]
            if not wanted:
                continue
            _convert(wanted, form, work / "profile", work / form)
            for source in wanted:
                rendered = (work / form / f"{source.stem}.{form}").read_bytes()
                target = out_dir / f"{source.stem}.{form}"
                target.write_bytes(stable_pdf(rendered) if form == "pdf" else stable_docx(rendered))
                written.append(target)
    return written


def _convert(sources: list[Path], form: str, profile: Path, out_dir: Path) -> None:
    """One LibreOffice run for all sources; a private profile so parallel runs do not clash."""
    command = [soffice(), f"-env:UserInstallation=file://{profile}", "--headless",
               "--convert-to", form, "--outdir", str(out_dir), *map(str, sources)]
    subprocess.run(command, check=True, capture_output=True, timeout=600)
    missing = [p.name for p in sources if not (out_dir / f"{p.stem}.{form}").exists()]
    if missing:
        raise SystemExit(f"LibreOffice wrote no {form} for {', '.join(missing)}")


def stable_docx(data: bytes) -> bytes:
    """A LibreOffice DOCX with OLE object ids numbered in order, then fixed zip times and core dates."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename.startswith("word/") and info.filename.endswith(".xml"):
                blob = _number_ole_ids(blob.decode("utf-8")).encode("utf-8")
            dst.writestr(info, blob)
    return deterministic_zip(out.getvalue())


def _number_ole_ids(xml: str) -> str:
    """Each OLE ObjectID replaced by its position in the part, same width as Word writes them."""
    counter = iter(range(1, 1_000_000_000))
    return OLE_OBJECT_ID.sub(lambda _: f'ObjectID="_{next(counter):09d}"', xml)
