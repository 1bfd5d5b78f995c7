"""Extraction of the fields of a missiv."""

from __future__ import annotations

from remiss.domain import Del, Remiss


def extract_remiss(fil: str, part: Del) -> Remiss | None:
    """Given a missiv part, return its Remiss, or None when it holds no remiss."""
    return None
