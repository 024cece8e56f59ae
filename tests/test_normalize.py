"""Normalisation keeps every character traceable to its source."""

from rubrics.pipeline.normalize import normalize_text


def test_cjk_spaces_are_joined_and_traceable():
    norm = normalize_text("区 发 改 局 、区 工 信 局")
    assert norm.text == "区发改局、区工信局"
    assert norm.original_span(0, len(norm.text)) == "区 发 改 局 、区 工 信 局"


def test_ocr_split_decimal_is_joined():
    norm = normalize_text("每少1次扣0. 25分")
    assert norm.text == "每少1次扣0.25分"
    start = norm.text.index("0.25")
    assert norm.original_span(start, start + 4) == "0. 25"
    assert ("decimal", "0. 2", "0.2") in norm.repairs


def test_latin_word_gap_stays():
    assert normalize_text("Open Source 平台").text == "Open Source平台"


def test_fullwidth_is_folded():
    assert normalize_text("目标考核（７００分，占７０％）").text == "目标考核(700分,占70%)"
