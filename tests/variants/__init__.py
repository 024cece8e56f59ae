"""Generated layout variants: random rubric trees written as tables and prose, read back, compared.

Why: the pipeline is measured on documents nobody has seen. A seeded generator draws a rubric tree
(names, points that sum, criteria whose rules are known) and one layout per variant (column order,
header synonyms, merges, section rows, numbering …); the file is parsed and extracted through the
public path only, and `compare` says whether the tree came back. The generator knows nothing of the
reader's code, so it is a yardstick for it. `bench/variants.py` reports the pass rate per knob.
"""
