"""Write a corpus document's blocks as a DOCX with python-docx: header in a table, heading and list styles."""

from __future__ import annotations

from pathlib import Path
from typing import Any

_STIL = {"rubrik": "Heading 1", "underrubrik": "Heading 2", "grupp": "Heading 3"}


def skriv(spec: dict[str, Any], blocks: list[Any], ut: Path) -> None:
    """Write the blocks of a spec as a DOCX at `ut` (core properties fixed, so a rebuild is stable)."""
    import datetime

    from docx import Document

    dok = Document()
    _huvudtabell(dok, spec)
    tabell = spec.get("listtabell")  # the list as a Word table: {"huvud": "start of the header block"}
    rad: Any = None
    for b in blocks:
        if any(b.text.startswith(s) for s in spec.get("sidbrytning", [])):
            dok.add_page_break()
        arhuvud = tabell is not None and tabell.get("huvud") and b.text.startswith(tabell["huvud"])
        if tabell is not None and (b.typ == "punkt" or arhuvud):
            if rad is None:
                rad = dok.add_table(rows=0, cols=1)
                rad.style = "Table Grid"
            rad.add_row().cells[0].text = b.text
            continue
        rad = None
        if b.typ in _STIL:
            dok.add_paragraph(b.text, style=_STIL[b.typ])
        elif b.typ == "punkt":
            stil = "List Paragraph" if b.text[:1].isdigit() else "List Bullet"
            dok.add_paragraph(b.text.lstrip("-•–* ") if stil == "List Bullet" else b.text, style=stil)
        else:
            dok.add_paragraph(b.text)
    if spec.get("sidfot"):
        dok.sections[0].footer.paragraphs[0].text = spec["sidfot"]
    egenskaper = dok.core_properties
    egenskaper.author, egenskaper.title = "korpus", spec["id"]
    egenskaper.created = egenskaper.modified = datetime.datetime(2026, 1, 1)
    egenskaper.revision = 1
    dok.save(str(ut))


def _huvudtabell(dok: Any, spec: dict[str, Any]) -> None:
    """Put the letterhead and header values in a borderless two-column table at the top."""
    varden = spec.get("huvud", [])
    if not spec.get("brevhuvud") and not varden:
        return
    etiketter = spec.get("etiketter", [])
    rader = max(len(varden), 1)
    tabell = dok.add_table(rows=rader, cols=2)
    tabell.cell(0, 0).text = spec.get("brevhuvud") or ""
    for i, varde in enumerate(varden):
        tabell.cell(i, 1).text = f"{etiketter[i]} {varde}" if i < len(etiketter) else varde
    dok.add_paragraph("")
