"""Every repair extraction makes is listed in the rubric, so the printed text stays traceable."""

from pathlib import Path

from rubrics.parsers import parse
from rubrics.pipeline.extract import extract

SAMPLE = Path(__file__).resolve().parents[1] / "corpus" / "sample"


def test_names_repaired_from_the_document_are_listed_with_what_was_printed():
    rubric = extract(parse(SAMPLE / "003_2484aa2863b60ef9.docx"))
    names = [r for r in rubric.repairs if r.kind in ("name_ocr", "name_named")]
    assert names, "003 prints misread names that the same document spells right elsewhere"
    printed = {r.before for r in names}
    item_names = {i.name for s in rubric.schemes for i in s.items}
    for repair in names:
        assert repair.after in item_names  # the repaired name is what the item carries
    # the misread text is no item's name any more
    assert not (printed - {""}) & item_names


def test_text_repairs_keep_the_source_spelling():
    rubric = extract(parse(SAMPLE / "004_8bf266f19149a451.docx"))
    kinds = {r.kind for r in rubric.repairs}
    assert {"spacing"} <= kinds
    for repair in rubric.repairs:
        if repair.kind == "spacing":
            assert repair.before.replace(" ", "") == repair.after.replace(" ", "")
