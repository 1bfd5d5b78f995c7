"""Splitting: find each missiv (and other document types) in a Handling with its page range."""

from __future__ import annotations

from remiss.domain import Del, Handling


def find_missiv(handling: Handling) -> list[Del]:
    """Given a Handling, return the missiv parts in it (may be none)."""
    return []
