"""Helpers of `corpus/make_corpus.py`: turn the plain-text seeds into real office files.

Kept apart from the installed `rubrics.*` packages on purpose: this is a fixture generator that needs
LibreOffice, not part of the product. Every helper keeps the seed's text exactly (the gold quotes it).
"""
