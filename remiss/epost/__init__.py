"""Remisser that come by e-mail: saved .eml and Outlook .msg files.

`ar_epost` is cheap (a file name or eight bytes); `tolka_epost` reads the mail (extract-msg only
for .msg) and finds the missiv among its attachments and its text.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from remiss.epost.meddelande import ar_epost

if TYPE_CHECKING:
    from remiss.domain import Remiss

__all__ = ["ar_epost", "tolka_epost"]


def tolka_epost(fil: str | Path, **options: Any) -> list[Remiss]:
    """Given a .eml or .msg path, return its remisser (see remiss.epost.tolka)."""
    from remiss.epost.tolka import tolka_epost as tolka

    return tolka(fil, **options)
