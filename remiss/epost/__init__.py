"""Remisser that come by e-mail: saved .eml and Outlook .msg files.

`ar_epost` is cheap (a file name or eight bytes); `tolka_epost` reads the mail (extract-msg only
for .msg) and finds the missiv among its attachments and its text.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from remiss.domain import Remiss

__all__ = ["ar_epost", "tolka_epost"]

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
SUFFIXES = (".eml", ".msg")


def ar_epost(path: str | Path) -> bool:
    """Given a path, return True when it is a saved mail (.eml/.msg, or an Outlook file by content)."""
    import stat

    path = Path(path)
    if path.suffix.lower() in SUFFIXES:
        return True
    if path.suffix.lower() in (".doc", ".docx", ".dot", ".pdf"):
        return False  # an old Word file is OLE too: read_file tells the user to save it as .docx
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            return False  # a FIFO or device is never opened here (it would wait forever); read_file says so
        with path.open("rb") as handle:
            return handle.read(8) == OLE_MAGIC
    except OSError:
        return False


def tolka_epost(fil: str | Path, **options: Any) -> list[Remiss]:
    """Given a .eml or .msg path, return its remisser (see remiss.epost.tolka)."""
    from remiss.epost.tolka import tolka_epost as tolka

    return tolka(fil, **options)
