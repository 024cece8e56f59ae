"""The general table reader: grid → header → column roles → readings → the one the arithmetic prefers.

See reader.md in the shared folder for the shape; each step is a module here:
  grid.py      logical tables, lead/header rows, the kind of each row
  columns.py   column roles from content, header words as a prior
  tree.py      the item tree of one reading, and its score
  schemes.py   tables into named schemes and drafts
  settings.py  every threshold; trace.py  why each decision was taken
"""
