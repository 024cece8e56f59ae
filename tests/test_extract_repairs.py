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


# ---------------------------------------------------------------- OCR repairs of the general reader
# (pipeline/reader/ocr.py): run only on documents that read as recognised from a scan.

TABLES = Path(__file__).resolve().parent / "fixtures" / "tables"  # md_document.py
OCR_FIXTURES = Path(__file__).resolve().parent / "fixtures" / "ocr"  # our own OCR-like tables


def _document(name: str, scanned: bool):
    """A fixture as the txt parser reads it; `scanned` marks every cell as OCR'd, otherwise the
    spaces OCR leaves between Chinese characters are taken out (a born-digital print)."""
    import sys

    import regex

    sys.path.insert(0, str(TABLES))
    from md_document import document_from_markdown

    text = (OCR_FIXTURES / name).read_text(encoding="utf-8")
    if not scanned:
        text = regex.sub(r"(?<=\p{Han}) +(?=\p{Han})", "", text)
    doc = document_from_markdown(text)
    for block in doc.blocks:
        for cell in block.table.cells if block.table is not None else ():
            cell.ocr = scanned
    return doc


def _general(doc):
    """What the reader makes of a document, through `extract`."""
    return extract(doc)


def _paths(rubric):
    return {"/".join(i.path): i for s in rubric.schemes for i in s.items}


def test_a_numbered_task_spread_over_cells_is_read_back_as_one_item():
    rubric = _general(_document("ocr_spread_tasks.md", scanned=True))
    items = _paths(rubric)
    assert "发展目标/完善仓储台账管理制度" in items  # `1. 完善仓储 | 台账管理制度。`
    # two lines in each of two cells, read line by line across them
    assert "发展目标/按时开放阅览室,做好借阅登记,向读者每月推荐新书" in items
    assert items["发展目标/完善仓储台账管理制度"].assessor == "办公室"
    assert items["发展目标/日常巡查"].points == 10  # a label with points is no spread task
    spread = [r for r in rubric.repairs if r.kind == "task_spread"]
    assert len(spread) == 2 and all("|" in r.before for r in spread)


def test_born_digital_tables_get_no_ocr_repair():
    rubric = _general(_document("ocr_spread_tasks.md", scanned=False))
    assert not [r for r in rubric.repairs if r.kind.startswith(("task_", "name_"))]
    assert "发展目标/完善仓储" in _paths(rubric)


def test_names_misread_or_lost_are_proven_by_twin_rows_of_other_schemes():
    rubric = _general(_document("ocr_twin_rows.md", scanned=True))
    third = rubric.schemes[2]
    names = {"/".join(i.path): i for i in third.items}
    assert "保证目标/内部管理/安全管理" in names  # `安仝官埋 (2分)`: two other schemes print 安全管理 there
    assert names["保证目标/内部管理/设备维护"].points == 3  # `(3分)` alone: the same row printed elsewhere
    kinds = {(r.kind, r.after) for r in rubric.repairs}
    assert {("name_ocr", "安全管理"), ("name_named", "设备维护")} <= kinds
    assert not any("安仝官埋" in i.name for s in rubric.schemes for i in s.items)


def test_a_label_printed_again_more_fully_gives_the_item_its_full_spelling():
    rubric = _general(_document("ocr_variant_spelling.md", scanned=True))
    items = _paths(rubric)
    # `思想 想政治 (6分)` (the break's character read once), then `思想政治工作 (6分)` on the next page
    assert items["保证目标/思想政治工作"].points == 6
    assert {"保证目标/思想政治工作/理论学习", "保证目标/思想政治工作/意识形态"} <= set(items)
    assert ("name_ocr", "思想政治", "思想政治工作") in {(r.kind, r.before, r.after) for r in rubric.repairs}


def test_rows_above_a_label_ocr_centred_in_its_block_belong_to_it():
    rubric = _general(_document("ocr_centred_labels.md", scanned=True))
    parent = {i.path[-1]: "/".join(i.path[:-1]) for i in _paths(rubric).values()}
    assert parent["台账建设"] == "重点工作"  # nearer the label above
    assert parent["消防检查"] == "保证目标"  # nearer the label below it: OCR centred 保证目标 in its block
    assert parent["技能培训"] == "发展目标"
    # as near to both: the sums decide (保证目标 10 = 2 + 3 + 5; 发展目标 10 = 3 + 3 + 2 + 2)
    assert parent["成本核算"] == "发展目标"
    assert parent["车辆管理"] == "保证目标" and parent["客户回访"] == "发展目标"


def test_born_digital_labels_cover_the_rows_below_them_only():
    rubric = _general(_document("ocr_centred_labels.md", scanned=False))
    parent = {i.path[-1]: "/".join(i.path[:-1]) for i in _paths(rubric).values()}
    assert parent["消防检查"] == "重点工作" and parent["成本核算"] == "保证目标"


def test_a_group_row_holding_a_lost_childs_text_gets_the_child_its_twin_names():
    rubric = _general(_document("ocr_lost_child.md", scanned=True))
    second = {"/".join(i.path): i for i in rubric.schemes[1].items}
    child = second["基础工作/内务管理/考勤管理"]  # named by the same text under 内务管理 in 一分店
    assert child.points == 3 and child.assessor == "人事科"
    on = {}
    for rule in rubric.schemes[1].rules:
        on.setdefault(rule.item, []).append(rule.amount)
    assert on.get(child.id) == [0.1]  # the row's rule hangs on the child, not on the group
    group = second["基础工作/内务管理"]
    assert group.points == 10 and group.id not in on and not group.task
    assert ("name_named", "考勤管理") in {(r.kind, r.after) for r in rubric.repairs}


def test_a_group_row_with_text_keeps_it_without_a_twin():
    rubric = _general(_document("ocr_lost_child.md", scanned=False))
    second = {"/".join(i.path) for i in rubric.schemes[1].items}
    assert "基础工作/内务管理/考勤管理" not in second


def test_method_and_assessor_printed_once_in_a_block_cover_its_rows():
    rubric = _general(_document("ocr_centred_method.md", scanned=True))
    items = {i.name: i for s in rubric.schemes for i in s.items}
    for name in ("考勤管理", "卫生管理", "物资管理"):  # one merged cell, printed on the middle row
        assert (items[name].method, items[name].assessor) == ("扣分法", "办公室")
    assert (items["技术革新"].method, items["技术革新"].assessor) == ("达标法", "人事科")  # its own group's
    born_digital = _general(_document("ocr_centred_method.md", scanned=False))
    assert {i.name: i for s in born_digital.schemes for i in s.items}["考勤管理"].method is None


def test_a_text_a_page_break_cut_mid_sentence_is_read_back_whole():
    rubric = _general(_document("ocr_page_cut_text.md", scanned=True))
    names = [i.name for i in rubric.schemes[0].items]
    assert "完成馆藏资料扫描,建立电子检索目录" in names  # the next page's first row is its bottom half
    assert "检索目录" not in names


def test_a_piece_of_a_label_beside_the_item_its_twins_named_is_that_item():
    rubric = _general(_document("ocr_label_piece.md", scanned=True))
    third = rubric.schemes[2]
    names = [i.name for i in third.items]
    assert "考勤工作(值班管理)" in names  # `(值班` named by the same row in the other two schemes
    assert not [n for n in names if n != "考勤工作(值班管理)" and "值班" in n]  # `(值班 管理)` is no item
    item = next(i for i in third.items if i.name == "考勤工作(值班管理)")
    assert sorted(r.amount for r in third.rules if r.item == item.id) == [0.2, 0.5]


def test_a_label_cut_at_a_page_break_and_printed_whole_on_the_next_is_one_item():
    rubric = _general(_document("ocr_label_piece_pointed.md", scanned=True))
    scheme = rubric.schemes[0]
    assert [i.name for i in scheme.items if "值班" in i.name] == ["考勤工作(值班管理)"]
    item = next(i for i in scheme.items if i.name == "考勤工作(值班管理)")
    assert item.points == 4
    assert sorted(r.amount for r in scheme.rules if r.item == item.id) == [0.2, 0.5]


def test_a_label_centred_below_a_page_break_covers_the_pages_first_rows():
    rubric = _general(_document("ocr_centred_across_pages.md", scanned=True))
    parent = {i.path[-1]: "/".join(i.path[:-1]) for i in _paths(rubric).values()}
    # nearer 发展目标 below it than 基础工作 on the page before
    assert parent["巡逻检查"] == "发展目标" and parent["卫生管理"] == "基础工作"
    born_digital = _general(_document("ocr_centred_across_pages.md", scanned=False))
    assert {i.path[-1]: i.path[0] for i in _paths(born_digital).values()}["巡逻检查"] == "基础工作"
