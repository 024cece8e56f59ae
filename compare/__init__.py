"""Comparison of schemes: across years (what changed) and across units (side by side).

match.py pairs items and rules, diff.py names the changes, matrix.py lines many schemes up,
render.py / xlsx.py / html.py present them, sql.py gives analysts the same in DuckDB.
"""
