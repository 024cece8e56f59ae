"""Turn each seed of the sample corpus into real office files, keeping the seed's text exactly.

    .venv/bin/python corpus/make_corpus.py [--seeds DIR] [--out corpus/sample] [--no-pdf]
    .venv/bin/python corpus/make_corpus.py --real [--real-dir DIR] [--real-out corpus/real] [--no-seeds]

Every seed NNN_hash.txt gives NNN_hash.docx (python-docx) and NNN_hash.pdf (LibreOffice from that
DOCX); seeds with scoring tables also give NNN_hash.xlsx. With --real (only when asked), each real
document of ../shared/corpus/real is rendered by LibreOffice too: a .doc to <stem>.docx, every one
to <stem>.pdf, into corpus/real. Re-running gives the same bytes (fixed dates, ids and zip times),
so regenerating does not churn git. Needs libreoffice-writer-nogui, libreoffice-calc-nogui and
fonts-noto-cjk (Debian) for the PDFs; `make corpus` runs it for the seeds, `make corpus-real` for
the real documents.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpusgen.appendix_tables import APPENDIX_TABLES, locate  # noqa: E402
from corpusgen.documents import (  # noqa: E402
    SCORING_TABLE_WIDTHS_MM,
    flattened_document,
    prose_document,
    tables_document,
)
from corpusgen.docx_writer import save_docx  # noqa: E402
from corpusgen.markdown_grid import grid_from_markdown  # noqa: E402
from corpusgen.pdf import convert_to_pdf  # noqa: E402
from corpusgen.real import render_real  # noqa: E402
from corpusgen.seeds import TABLE_LINE, read_seed, titled_tables  # noqa: E402
from corpusgen.xlsx_writer import write_xlsx  # noqa: E402

DEFAULT_SEEDS = HERE.parent.parent / "shared" / "corpus" / "seeds"
DEFAULT_OUT = HERE / "sample"
DEFAULT_REAL = HERE.parent.parent / "shared" / "corpus" / "real"
# Beside sample/, not in it: `rubrics demo` ingests sample/ whole, and the real renderings are a
# measuring corpus (a 98-page workbook print, a 46-page 办法), not the demo's showcase.
DEFAULT_REAL_OUT = HERE / "real"


def has_pipe_tables(text: str) -> bool:
    return any(TABLE_LINE.match(line) for line in text.split("\n"))


def make_seed(seed: Path, out: Path) -> list[Path]:
    """The DOCX (and XLSX where the seed has tables) of one seed; returns the DOCX path first."""
    text = read_seed(seed)
    stem = seed.stem
    docx_path, xlsx_path = out / f"{stem}.docx", out / f"{stem}.xlsx"
    appendix = APPENDIX_TABLES.get(stem)
    written = [docx_path]
    if has_pipe_tables(text):
        save_docx(tables_document(text, stem), docx_path)
        sheets = [(group.title, grid_from_markdown(group.tables, SCORING_TABLE_WIDTHS_MM))
                  for group in titled_tables(text) if group.tables]
        write_xlsx(sheets, xlsx_path)
        written.append(xlsx_path)
    elif appendix is not None:
        locate(text, appendix)  # fails loudly if the seed no longer holds the table's cells
        save_docx(flattened_document(text, stem, appendix), docx_path)
        write_xlsx([(appendix.caption, appendix.grid())], xlsx_path)
        written.append(xlsx_path)
    else:
        save_docx(prose_document(text, stem), docx_path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS, help="folder of NNN_hash.txt seeds")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where the files are written")
    parser.add_argument("--no-pdf", action="store_true", help="skip LibreOffice (DOCX/XLSX only)")
    parser.add_argument("--real", action="store_true", help="also render the real documents (LibreOffice)")
    parser.add_argument("--real-dir", type=Path, default=DEFAULT_REAL, help="folder of real .doc/.xlsx/.html")
    parser.add_argument("--real-out", type=Path, default=DEFAULT_REAL_OUT, help="where their renderings go")
    parser.add_argument("--no-seeds", action="store_true", help="leave the seeds' files as they are")
    args = parser.parse_args(argv)
    if not args.no_seeds:
        status = make_seeds(args)
        if status:
            return status
    if args.real:
        if not args.real_dir.is_dir():
            print(f"{args.real_dir}: no folder of real documents", file=sys.stderr)
            return 1
        for path in render_real(args.real_dir, args.real_out):
            print(f"real/{path.name}")
    return 0


def make_seeds(args: argparse.Namespace) -> int:
    """The seeds' DOCX/XLSX (and PDF unless --no-pdf) into --out."""
    seeds = sorted(args.seeds.glob("*.txt"))
    if not seeds:
        print(f"{args.seeds}: no seed .txt files", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    docx_files = []
    for seed in seeds:
        written = make_seed(seed, args.out)
        docx_files.append(written[0])
        print(" ".join(path.name for path in written))
    if not args.no_pdf:
        for pdf in convert_to_pdf(docx_files, args.out):
            print(pdf.name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
