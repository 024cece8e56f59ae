"""Every bad input gives one typed error naming the file and the reason; the CLI prints one line.

Also: a file whose extension lies is parsed by its content, and .doc goes through LibreOffice.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import docx
import openpyxl
import pytest

from rubrics.errors import (
    CorruptFile,
    EmptyFile,
    EncryptedFile,
    MissingTool,
    NeedsOCR,
    ParseError,
    UnsupportedFormat,
)
from rubrics.parsers import parse

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "parsers"
RUBRICS = Path(sys.executable).parent / "rubrics"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(40)


def _docx(path: Path, text: str = "一、考核内容") -> Path:
    document = docx.Document()
    document.add_paragraph(text)
    document.save(path)
    return path


def _xlsx(path: Path) -> Path:
    wb = openpyxl.Workbook()
    wb.active["A1"] = "分值"
    wb.save(path)
    return path


def _raises(path: Path, kind: type[ParseError]) -> ParseError:
    with pytest.raises(kind) as info:
        parse(path)
    message = str(info.value)
    assert path.name in message and "\n" not in message
    assert info.value.path == str(path)
    return info.value


def test_empty_file(tmp_path):
    path = tmp_path / "empty.docx"
    path.write_bytes(b"")
    assert "文件是空的" in _raises(path, EmptyFile).reason
    from rubrics.messages import set_lang

    set_lang("en")  # what --lang en / RUBRICS_LANG=en choose
    try:
        assert "the file is empty" in _raises(path, EmptyFile).reason
    finally:
        set_lang(None)


def test_whitespace_only_text_is_empty(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_bytes(b"  \n\r\n  ")
    _raises(path, EmptyFile)


@pytest.mark.parametrize("make, name", [(_docx, "cut.docx"), (_xlsx, "cut.xlsx")])
def test_truncated_office_file_is_corrupt(tmp_path, make, name):
    whole = make(tmp_path / f"whole{Path(name).suffix}").read_bytes()
    path = tmp_path / name
    path.write_bytes(whole[: len(whole) // 2])
    assert "zip" in _raises(path, CorruptFile).reason


def test_docx_with_damaged_xml_is_corrupt(tmp_path):
    import zipfile

    source = _docx(tmp_path / "ok.docx")
    path = tmp_path / "bad.docx"
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(path, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/document.xml":
                data = data[: len(data) // 2]
            zout.writestr(item, data)
    _raises(path, CorruptFile)


def test_pdf_extension_on_a_docx_is_parsed_as_docx(tmp_path):
    path = _docx(tmp_path / "policy.pdf", "第一条 本办法适用于各科室。")
    doc = parse(path)
    assert doc.format == "docx"
    assert doc.blocks[0].text == "第一条 本办法适用于各科室。"


def test_docx_extension_on_an_xlsx_is_parsed_as_xlsx(tmp_path):
    path = tmp_path / "table.docx"
    path.write_bytes(_xlsx(tmp_path / "t.xlsx").read_bytes())
    assert parse(path).format == "xlsx"


def test_docx_that_is_really_a_png(tmp_path):
    path = tmp_path / "scan.docx"
    path.write_bytes(PNG)
    assert "PNG" in _raises(path, UnsupportedFormat).reason


def test_unknown_binary_format(tmp_path):
    path = tmp_path / "data.bin"
    path.write_bytes(bytes(range(256)) * 4)
    _raises(path, UnsupportedFormat)


def test_zip_that_is_no_office_file(tmp_path):
    import zipfile

    path = tmp_path / "archive.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("readme.txt", "hello")
    _raises(path, UnsupportedFormat)


def test_encrypted_pdf():
    _raises(FIXTURES / "encrypted.pdf", EncryptedFile)


def test_encrypted_office_container(tmp_path):
    # a password-protected .docx is an OLE2 file holding an EncryptionInfo stream
    path = tmp_path / "locked.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + "EncryptionInfo".encode("utf-16-le") + bytes(64))
    _raises(path, EncryptedFile)


def test_image_only_pdf_needs_ocr():
    error = _raises(FIXTURES / "image_only.pdf", NeedsOCR)
    assert "1, 2" in error.reason


def test_truncated_pdf_is_corrupt(tmp_path):
    whole = (FIXTURES / "split_table.pdf").read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(whole[:900])
    with pytest.raises(ParseError) as info:
        parse(path)
    assert path.name in str(info.value)


def test_missing_file_names_it(tmp_path):
    _raises(tmp_path / "nowhere.docx", ParseError)


def test_cli_error_is_one_line_without_traceback(tmp_path):
    path = tmp_path / "bad.docx"
    path.write_bytes(b"PK\x03\x04" + bytes(30))
    result = subprocess.run([str(RUBRICS), "parse", str(path)], capture_output=True, text=True, timeout=120)
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "bad.docx" in lines[0] and "zip 容器已损坏" in lines[0]
    assert "Traceback" not in result.stderr + result.stdout
    english = subprocess.run([str(RUBRICS), "parse", str(path)], capture_output=True, text=True, timeout=120,
                             env={**os.environ, "RUBRICS_LANG": "en"})
    assert "broken zip container" in english.stderr and len(english.stderr.strip().splitlines()) == 1


def test_cli_prints_json_and_text(tmp_path):
    import json

    path = _docx(tmp_path / "ok.docx", "二、考核等次")
    out = subprocess.run([str(RUBRICS), "parse", str(path)], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0
    data = json.loads(out.stdout)
    assert data["format"] == "docx" and data["blocks"][0]["text"] == "二、考核等次"
    text = subprocess.run([str(RUBRICS), "parse", str(FIXTURES / "split_table.pdf"), "--format", "text"],
                          capture_output=True, text=True, timeout=120)
    assert text.returncode == 0
    assert "continues table 0" in text.stdout and "[" in text.stdout and "↑" in text.stdout


@pytest.mark.skipif(shutil.which("soffice") is None, reason="needs LibreOffice to make and read .doc")
def test_doc_converted_through_libreoffice(tmp_path):
    source = _docx(tmp_path / "src.docx", "一、考核对象为各乡镇。")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/profile", "--headless",
                    "--convert-to", "doc", "--outdir", str(tmp_path), str(source)],
                   check=True, capture_output=True, timeout=180)
    doc = parse(tmp_path / "src.doc")
    assert doc.format == "doc"
    assert doc.blocks[0].text == "一、考核对象为各乡镇。"


def test_doc_without_libreoffice_says_how_to_install(tmp_path, monkeypatch):
    path = tmp_path / "old.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + "WordDocument".encode("utf-16-le") + bytes(64))
    monkeypatch.setenv("PATH", str(tmp_path / "no-tools"))
    error = _raises(path, MissingTool)
    assert "LibreOffice" in error.reason and "apt-get install" in error.reason

