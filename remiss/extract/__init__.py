"""Extraction: the fields of a missiv, each with provenance, in small named steps (a module per group)."""

from remiss.extract.core import extract_remiss, find_svarsdatum, title_from_headings
from remiss.extract.dnr import split_klassificering
from remiss.extract.text import Found, Text

__all__ = [
    "Found",
    "Text",
    "extract_remiss",
    "find_svarsdatum",
    "split_klassificering",
    "title_from_headings",
]
