"""The lines of a missiv by kind (rubrik, etikett/värde, listpunkt, brödtext, sidhuvud/sidfot) and section.

Pure functions over our own Line objects: the part's cleaned lines (what the field steps read) and
the page lines the cleaning dropped (page furniture), in page order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from remiss.clean import FOOTER_LABEL, PAGE_NUMBER
from remiss.domain import Del, Handling, Line
from remiss.extract.avsandare import INSTANS_LABEL
from remiss.extract.dnr import DNR_LABEL
from remiss.instanser import GROUP, HEADING, ITEM, STOP, TABLE_HEAD
from remiss.layout import HEADING_SIZE, body_size
from remiss.split import DOC_LABEL, HEADER_DATUM, HEADER_NEAR, TITLE_MISSIV, TITLE_YTTRANDE

Sort = Literal["rubrik", "etikett/värde", "listpunkt", "brödtext", "sidhuvud/sidfot"]
SORTER: tuple[Sort, ...] = ("rubrik", "etikett/värde", "listpunkt", "brödtext", "sidhuvud/sidfot")
OVERST = "(överst)"  # the section before the first heading
EFTER_LISTAN = "(efter listan)"  # the text after a list that ends without a heading
LABEL_VALUE = re.compile(r"^[A-ZÅÄÖ][\wåäö./-]*(?:\s+[\wåäö./-]+){0,3}\s*:\s*\S")
BARE_LABEL = re.compile(
    r"^(?:datum|dnr|diarienummer|ärendenummer|instans|avsändare|från|handläggare|kontaktperson|"
    r"vår\s+(?:beteckning|referens)|er\s+(?:beteckning|referens)|sida|telefon|e-post)\s*:?$",
    re.IGNORECASE,
)
HANDLAGGARE = re.compile(r"^(?:handläggare|kontaktperson|kontakt)\b\s*:?", re.IGNORECASE)


@dataclass(frozen=True)
class Rad:
    """A line of a missiv with its kind and the heading of the section it stands in."""

    line: Line
    sort: Sort
    avsnitt: str


def missiv_rader(part: Del, handling: Handling, *, rubriker: Sequence[Line] = (),
                 varden: Sequence[Line] = ()) -> list[Rad]:
    """Given a missiv part and the Handling it was cut from, return every line of its pages by kind.

    `rubriker` are lines a field step read as a heading (the title's), `varden` short lines it read
    as a header value (the dnr's, the date's): they get that kind whatever they look like.
    """
    lines = _with_furniture(part, handling)
    body = body_size([line for line, _ in lines if line.size])
    out: list[Rad] = []
    section, in_list, after_label = OVERST, False, False
    for line, furniture in lines:
        text = line.text.strip()
        if furniture or DOC_LABEL.match(text) or PAGE_NUMBER.match(text):
            out.append(Rad(line, "sidhuvud/sidfot", section))
            continue
        sort = _sort(line, text, body, in_list=in_list, after_label=after_label)
        if line in rubriker:
            sort = "rubrik"
        elif line in varden and len(text) < 60 and sort == "brödtext":
            sort = "etikett/värde"
        if sort == "rubrik":
            in_list = bool(HEADING.match(text)) or (in_list and bool(GROUP.match(text)))
            if not (in_list and GROUP.match(text)):
                section = _short(text)
        elif in_list and sort in ("brödtext", "etikett/värde"):
            in_list, section = False, EFTER_LISTAN
        after_label = sort == "etikett/värde" and bool(BARE_LABEL.match(text))
        out.append(Rad(line, sort, section))
    return out


def _sort(line: Line, text: str, body: float, *, in_list: bool, after_label: bool) -> Sort:
    """Given a line of the missiv's text and what came before, return its kind."""
    if after_label and len(text) < 80:
        return "etikett/värde"  # the value under a bare label ('Dnr' / 'KS 2022-00304')
    if TITLE_MISSIV.match(text) or TITLE_YTTRANDE.match(text) or HEADING.match(text) and len(text) < 70:
        return "rubrik"
    if in_list and GROUP.match(text) and len(text) < 60 and not ITEM.match(text):
        return "rubrik"
    if (HEADER_DATUM.match(text) and len(text) < 40 or HEADER_NEAR.match(text) or INSTANS_LABEL.match(text)
            or HANDLAGGARE.match(text) or FOOTER_LABEL.match(text) or BARE_LABEL.match(text)
            or re.match(DNR_LABEL.pattern, text, re.IGNORECASE) or LABEL_VALUE.match(text) and len(text) < 80
            or " | " in text and _label_cells(text)):
        return "etikett/värde"
    if ITEM.match(text) or TABLE_HEAD.match(text.replace("|", " ").strip()):
        return "listpunkt"
    if in_list and _name_like(text) and not STOP.match(text):
        return "listpunkt"
    if _styled_heading(line, text, body):
        return "rubrik"
    return "brödtext"


def _label_cells(text: str) -> bool:
    """Return True for a row whose first cell is a header label ('Datum | 2024-03-15')."""
    first = text.split(" | ")[0].strip()
    return bool(BARE_LABEL.match(first) or HEADER_NEAR.match(first) or HEADER_DATUM.match(first))


def _name_like(text: str) -> bool:
    """Return True for a short line without sentence punctuation: a name in a list."""
    return len(text) <= 90 and not text.endswith((".", ":")) and not re.search(r"\.\s", text)


def _styled_heading(line: Line, text: str, body: float) -> bool:
    """Return True for a short line set larger or bolder than the body text, without a final full stop."""
    if len(text) > 110 or text.endswith((".", ",", ";")) or len(text.split()) > 16:
        return False
    larger = bool(body and line.size and line.size >= body * HEADING_SIZE)
    return larger or line.bold


def _short(text: str, width: int = 34) -> str:
    """Return text cut to width characters (with an ellipsis)."""
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _with_furniture(part: Del, handling: Handling) -> list[tuple[Line, bool]]:
    """Given a part and its Handling, return its pages' lines in order, each marked when it is furniture.

    A line the cleaning kept (or cut into cells, or paired with the values under it) is shown as the
    field steps read it; a page line the cleaning dropped is shown as it stands on the page.
    """
    kept: dict[tuple[int, int], list[Line]] = {}
    for line in part.lines:
        kept.setdefault((line.page, line.number), []).append(line)
    out: list[tuple[Line, bool]] = []
    for page in handling.pages:
        if not part.forsta_sida <= page.number <= part.sista_sida:
            continue
        previous: Sequence[Line] = ()
        for raw in page.lines:
            own = kept.get((raw.page, raw.number), [])
            if own:
                out.extend((line, False) for line in own)
            elif not _paired_into(raw, previous):
                out.append((raw, True))
            previous = own
        out.extend((line, True) for line in page.furniture)  # a Word file's footers and later headers
    return out


def _paired_into(raw: Line, previous: Sequence[Line]) -> bool:
    """Return True when a dropped row's cells were paired into the label lines before it."""
    cells = [cell.strip() for cell in raw.text.split(" | ") if cell.strip()]
    return len(previous) >= 2 and all(any(line.text.endswith(cell) for line in previous) for cell in cells)
