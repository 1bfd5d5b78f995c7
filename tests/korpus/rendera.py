"""Render a corpus document from its block spec to PDF (reportlab) or DOCX (python-docx), after checking it.

A spec (`tests/korpus/bygg/<id>.json`) is data:

    {"id": "rk-n2015-06917", "mapp": "missiv", "format": "pdf", "layout": "rk",
     "klipp": ["first words of the document", "last words"],   # cut of the source text (optional)
     "markdown": true,                                          # source is g0vse Markdown
     "bort": ["boilerplate line", ...],                         # site lines removed (optional)
     "dela": ["phrase that starts a new block", ...],           # extra block splits (optional)
     "typ": {"start of a block": "punkt", ...},                 # kind overrides (optional; 'tabellrad':
                                                                #  a row, cells split at 3+ spaces)
     "flytta": ["start of a block moved after the list", ...],  # order change as the sender writes
     "brevhuvud": "Näringsdepartementet", "huvud": ["N2015/06917/PUB"], "sidfot": "…",
     "etiketter": ["Dnr", ...],                                 # header labels, only if in the source
     "kolumner": 2, "sidbrytning": ["start of a block that opens a new page"],
     "lista": ["first item", "last item"]}                      # an unnumbered list's lines

Layouts: `rk` (letterhead left, header values right, page counter "n (N)"), `tabell` (header table at
the right), `vanster` (everything in the left column), `webb` (a printed web notice, "Sida n(N)"),
`epost` (a printed Outlook e-mail). Blocks are cut from the source text and never rewritten: sorted by
their place in the source they join back to the cut text (`kontrollera`), and every header value,
letterhead and footer is a substring of the stored page text. Used by the korpus and yttranden builders alike.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

KORPUS = Path(__file__).resolve().parent
BYGG = KORPUS / "bygg"
_LINK = re.compile(r"\[([^\]]*)\]\((?:mailto:)?([^)\s]*)(?:\s+\"[^\"]*\")?\)")


class SpecFel(ValueError):
    """A spec whose blocks do not join back to the source text."""


@dataclass(frozen=True)
class Block:
    """One rendered block: its kind, its text, and where it starts in the cut source text."""

    typ: str
    text: str
    plats: int


def kalltext(spec: dict[str, Any]) -> tuple[str, str]:
    """Given a spec, return (source address, the source text as stored, without the '# source:' line)."""
    rader = (KORPUS / spec["mapp"] / f"{spec['id']}.txt").read_text(encoding="utf-8").split("\n", 1)
    return rader[0].removeprefix("# source:").strip(), rader[1] if len(rader) > 1 else ""


def klipp(spec: dict[str, Any], text: str) -> str:
    """Return the document cut out of the source text: first to last phrase, boilerplate out."""
    if spec.get("klipp"):
        start, slut = spec["klipp"]
        i = text.index(start)
        j = text.index(slut, i) + len(slut)
        text = text[i:j]
    if spec.get("markdown"):
        text = _fran_markdown(text)
    for bort in spec.get("bort", []):
        if bort not in text:
            raise SpecFel(f"{spec['id']}: 'bort' saknas i texten: {bort!r}")
        text = text.replace(bort, "", 1)
    return text


def _fran_markdown(text: str) -> str:
    """Return Markdown as its visible text: heading marks off, a mailto link as 'text (address)'."""

    def lank(m: re.Match[str]) -> str:
        synlig, adress = m.group(1), m.group(2)
        if "@" not in adress or adress == synlig:
            return synlig
        return f"{synlig} ({adress})"

    text = _LINK.sub(lank, text)
    text = re.sub(r"^#+\s*", "", text, flags=re.M)
    return re.sub(r"\*\*([^*]+)\*\*", r"\1", text)


def block(spec: dict[str, Any], text: str) -> list[Block]:
    """Split the cut text into blocks (lines, then the spec's split phrases), with their kinds."""
    delar: list[tuple[int, str]] = []
    plats = 0
    for rad in text.split("\n"):
        if rad.strip():
            delar.append((plats + len(rad) - len(rad.lstrip()), rad.strip()))
        plats += len(rad) + 1
    for fras in spec.get("dela", []):
        delar = _dela(delar, fras, spec["id"])
    typer = spec.get("typ", {})
    i_lista = _listans_rader(delar, spec.get("lista"))
    out = []
    for i, (plats, rad) in enumerate(delar):
        typ = next((t for start, t in typer.items() if rad.startswith(start)), None)
        typ = typ or ("punkt" if i in i_lista else _gissa_typ(rad, i, spec))
        out.append(Block(typ, rad, plats))
    return out


def _listans_rader(delar: list[tuple[int, str]], lista: list[str] | None) -> range:
    """Return the block indexes of an unnumbered list given by its first and last item (spec 'lista')."""
    if not lista:
        return range(0)
    forsta = next(i for i, (_, rad) in enumerate(delar) if rad.startswith(lista[0]))
    sista = next(i for i, (_, rad) in enumerate(delar) if i >= forsta and rad.startswith(lista[1]))
    return range(forsta, sista + 1)


def _dela(delar: list[tuple[int, str]], fras: str, ident: str) -> list[tuple[int, str]]:
    """Split the one block that contains `fras` (not at its start) into two at the phrase."""
    for n, (plats, rad) in enumerate(delar):
        i = rad.find(fras)
        if i > 0:
            fore, efter = rad[:i].rstrip(), rad[i:]
            return delar[:n] + [(plats, fore), (plats + i, efter)] + delar[n + 1 :]
    raise SpecFel(f"{ident}: 'dela' hittar inte {fras!r} inne i ett block")


def _gissa_typ(rad: str, index: int, spec: dict[str, Any]) -> str:
    """Return the kind of a block from its form: title first, numbered or dashed items, short headings."""
    if index == 0:
        return "rubrik"
    if re.match(r"^(\d+[.)]?\s|[-•–*]\s)", rad):
        return "punkt"
    if rad in spec.get("rubriker", []) or re.fullmatch(r"Remissinstanser:?", rad):
        return "underrubrik"
    return "stycke"


def ordnade(spec: dict[str, Any], blocks: list[Block]) -> list[Block]:
    """Return the blocks in render order: the spec's moved blocks go after the last list item."""
    flytta = spec.get("flytta", [])
    if not flytta:
        return blocks
    flyttade = [b for b in blocks if any(b.text.startswith(f) for f in flytta)]
    kvar = [b for b in blocks if b not in flyttade]
    punkter = [i for i, b in enumerate(kvar) if b.typ == "punkt"]
    if not punkter:
        return blocks  # no list to move them after: the source's order stands
    return kvar[: punkter[-1] + 1] + flyttade + kvar[punkter[-1] + 1 :]


def kontrollera(spec: dict[str, Any], text: str, blocks: list[Block], kall: str | None = None) -> None:
    """Raise SpecFel unless the blocks in source order join back to the text and header values occur in it."""
    i = 0
    for b in sorted(blocks, key=lambda b: b.plats):
        j = text.find(b.text, i)
        if j < 0 or text[i:j].strip():
            raise SpecFel(f"{spec['id']}: blocket {b.text[:40]!r} följer inte källtexten")
        i = j + len(b.text)
    if text[i:].strip():
        raise SpecFel(f"{spec['id']}: källtext utan block: {text[i:i + 40]!r}")
    varden = [spec.get("brevhuvud"), spec.get("sidfot"), *spec.get("huvud", []), *spec.get("etiketter", [])]
    for varde in varden:
        if varde and varde not in (kall or text):
            raise SpecFel(f"{spec['id']}: {varde!r} finns inte i källtexten")


def bygg(spec: dict[str, Any]) -> Path:
    """Given a spec, check it and write the document into its folder; return the file path."""
    _, kall = kalltext(spec)
    text = klipp(spec, kall)
    blocks = block(spec, text)
    kontrollera(spec, text, blocks, kall)
    blocks = ordnade(spec, blocks)
    ut = KORPUS / spec["mapp"] / f"{spec['id']}.{spec.get('format', 'pdf')}"
    if ut.suffix == ".docx":
        from tests.korpus import rendera_docx

        rendera_docx.skriv(spec, blocks, ut)
    else:
        from tests.korpus import rendera_pdf

        rendera_pdf.skriv(spec, blocks, ut)
    return ut


def specs(mapp: str | None = None) -> list[dict[str, Any]]:
    """Return every spec in tests/korpus/bygg/ (optionally of one folder)."""
    out = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(BYGG.glob("*.json"))]
    return [s for s in out if mapp is None or s["mapp"] == mapp]


def main(argv: list[str]) -> int:
    """Render the specs named on the command line (ids), or all of them."""
    valda = [s for s in specs() if not argv or s["id"] in argv]
    for spec in valda:
        print(bygg(spec).relative_to(KORPUS))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(KORPUS.parents[1]))
    sys.exit(main(sys.argv[1:]))
