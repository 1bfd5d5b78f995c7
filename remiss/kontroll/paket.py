"""Yttranden without a title in a meeting package or a bundled PDF: each document checked as if read alone.

`find_yttranden` finds a yttrande by its title; a document without one (an organisation's web notice on
its remissvar, an agency letter headed by the remitted matter) is found only when the file is that one
document (`find_remissvar`, the learned type). In a file of several documents, split at their starts and
page counters (`remiss.split.split_documents`), each document no titled yttrande covers is read the same
way on its own lines, so that a package finds what its documents give alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from remiss.domain import Del, Handling, Line, Page
from remiss.kontroll.typer import Yttrandedel

# parts that are no answer of their own: a missiv (a remiss is not its own answer), a package's kallelse; a
# protocol's paragraph is one when its cues say so, as alone (a kommun's answer is often its
# protokollsutdrag), and a decision to send the nämnd's own proposal out on remiss is none
# (yttrandesignaler beslut-att-remittera)
INGET_SVAR = ("missiv", "kallelse")


def i_paketet(handling: Handling, yttranden: list[Yttrandedel]) -> list[Yttrandedel] | None:
    """Given a Handling and the yttranden found in it by their titles, return them as a package of several
    documents gives them (each cut where the page counters say the next document opens, with the documents
    no yttrande covers that read as a remissvar alone), or None when the file is no such package or the
    package changes nothing (the file is then read as before)."""
    from remiss.kontroll import remissvar_som_helhet
    from remiss.split import counted_first_pages, split_documents

    if len(handling.pages) < 2:
        return None
    parts = split_documents(handling)
    if len({part.forsta_sida for part in parts}) < 2:
        return None  # one document (or several on one page): the file is read as a whole
    counted = set(counted_first_pages([page.lines for page in handling.pages]))
    run = _runs(handling, counted)
    cut = [c for y in yttranden if _yttrande_i_sig(c := _cut(handling, y, counted, run))]
    cut, listor = _utan_forteckningar(cut, run)
    covered = {run[page] for y in cut for page in range(y.sidor[0], y.sidor[1] + 1)} | listor
    added = []
    for unit in _units(parts):
        first, last = unit[0].forsta_sida, max(part.sista_sida for part in unit)
        runs = {run[page] for page in range(first, last + 1)}
        pages = handling.pages[first - 1 : last]
        if any(part.dokumenttyp in INGET_SVAR for part in unit) or runs & covered \
                or any(_eget_huvud(page) for page in pages) or _kallelse(pages[0]):
            continue  # a cover letter counted with the yttrande after it ('Sida 1(2)', 'Sida 2(2)'): one
        svar, igenkant = remissvar_som_helhet(Handling(fil=handling.fil, pages=pages))
        if svar is not None and igenkant:  # as it is read alone, the learned type included (paket46)
            added.append(svar)
    if not added and cut == yttranden:
        return None
    return sorted(cut + added, key=lambda y: y.sidor)


def _yttrande_i_sig(yttrande: Yttrandedel) -> bool:
    """Given a titled yttrande cut to its own document, return True when it still reads as one there: a bare
    'Remissvar …' title over a news item or a page of received answers needs the cues of its own text, not
    of the documents after it in the file (`find_yttranden` judges it on the lines up to the next title)."""
    from remiss.kontroll.hitta import NYHETSORD_TITEL, _bar_titel
    from remiss.kontroll.signaler import ar_remissvar, poang

    lines, index = list(yttrande.lines), yttrande.titelindex
    if _bar_titel(lines, index) and not ar_remissvar(lines):
        return False
    return not (NYHETSORD_TITEL.match(lines[index].text) and poang(lines)[0] < 0)


def _utan_forteckningar(
    yttranden: list[Yttrandedel], run: dict[int, int]
) -> tuple[list[Yttrandedel], set[int]]:
    """Return the yttranden without those of a run that are a list of short answers one after another (a
    body's page of its remissvar: `forteckning`), as the file would be read alone (no yttrande of its own),
    and the runs that are such lists (not read again)."""
    from remiss.kontroll.hitta import forteckning

    listor = {number for number in set(run.values())
              if forteckning([y for y in yttranden if run[y.sidor[0]] == number],
                             sum(1 for value in run.values() if value == number))}
    return [y for y in yttranden if run[y.sidor[0]] not in listor], listor


def _units(parts: list[Del]) -> list[list[Del]]:
    """Given a file's parts in order, return them grouped where they share a page: the pages of a document
    as a user would save it alone (a web page's title and heading split in two parts are one page)."""
    units: list[list[Del]] = []
    for part in parts:
        if units and part.forsta_sida <= max(p.sista_sida for p in units[-1]):
            units[-1].append(part)
        else:
            units.append([part])
    return units


# a meeting's kallelse and its agenda: 'KALLELSE', 'Föredragningslista', 'Dagordning' opening its page
KALLELSE = re.compile(r"^(?:kallelse|föredragningslista|dagordning)\b", re.IGNORECASE)


def _kallelse(page: Page) -> bool:
    """Return True for a page whose first lines name it a kallelse or an agenda: its items ('9. Yttrande över
    remiss: …') name the package's yttranden, it answers nothing (the split may type it by those items)."""
    return any(KALLELSE.match(line.text.strip()) for line in page.lines[:8])


# the date's label alone on its line, the date below it (a tjänsteskrivelse's header block); an agency letter
# writes 'Datum: 2011-11-07' on one line
DATUM_ENSAM = re.compile(r"(?:datum|sammanträdesdatum)\s*:?", re.IGNORECASE)
# the document's kind in its letterhead, a yttrande's own label: 'REMISSYTTRANDE' over 'Datum', 'Vår
# beteckning' (an agency's letter), 'YTTRANDE Rättsavdelningen Datum Dnr'; a line of its own (hitta's
# ENSAMT_SLAG) or capitals opening the line
SVARETS_SLAG_VERSALER = re.compile(r"^(?:REMISSYTTRANDE|YTTRANDE|REMISSVAR)\b")


def _eget_huvud(page: Page) -> bool:
    """Return True for a page with a header block of labels on their own lines ('Datum' over the date,
    'Instans', 'Dnr'): a tjänsteskrivelse of the package, which is a yttrande only under a yttrande's title
    (a delegationsbeslut that lists 'Yttrande över Remiss: …' among its items is none). A letterhead that
    names its document a yttrande ('REMISSYTTRANDE' over 'Datum', 'Vår beteckning') is an answer's own."""
    from remiss.kontroll.hitta import ENSAMT_SLAG
    from remiss.split import HEADER_NEAR

    head = [line.text.strip() for line in page.lines[:14]]
    if any(ENSAMT_SLAG.match(t) or SVARETS_SLAG_VERSALER.match(t) for t in head):
        return False
    return any(DATUM_ENSAM.fullmatch(t) for t in head) and any(
        HEADER_NEAR.match(t) and len(t) < 40 for t in head)


def _runs(handling: Handling, counted: set[int]) -> dict[int, int]:
    """Return each page's run: the pages one page counter counts together (a new run at each counted first
    page), one dispatch however many documents its titles open."""
    out, current = {}, 0
    for page in handling.pages:
        current += page.number in counted
        out[page.number] = current
    return out


def _cut(handling: Handling, yttrande: Yttrandedel, counted: set[int], run: dict[int, int]) -> Yttrandedel:
    """Given a yttrande found by its title, the pages a page counter opens and each page's run, return it
    ending before the first such page after its title's page (a yttrande runs to the next title, not over
    other documents), with its diarienummer read again from its own lines when it was cut or when the number
    stands nowhere in its own run (it came from another document of the file)."""
    from remiss.kontroll.hitta import _yttrandets_dnr

    title_page = yttrande.lines[yttrande.titelindex].page
    after = [page for page in counted if title_page < page <= yttrande.sidor[1]]
    lines = tuple(line for line in yttrande.lines if not after or line.page < min(after))
    own_run = [line for line in handling.lines if run[line.page] == run[title_page]]
    if lines == yttrande.lines and _i_texten(yttrande.diarienummer, own_run):
        return yttrande
    title = yttrande.lines[yttrande.titelindex]
    at = next((i for i, line in enumerate(own_run) if line is title), 0)
    header = [line for line in own_run[max(0, at - 15) : at] if line.page == title_page]  # as find_yttranden
    before = [line for line in own_run if line.page < lines[0].page]  # a cover letter of the same dispatch
    dnr = _yttrandets_dnr(list(lines), 0, yttrande.titelindex, len(lines), header=header, before=before)
    return replace(yttrande, lines=lines, diarienummer=dnr)


def _i_texten(dnr: str | None, lines: list[Line]) -> bool:
    """Return True when a diarienummer (None counts) stands in the lines, spaces aside."""
    if dnr is None:
        return True
    squeezed = "".join(dnr.split()).casefold()
    return squeezed in "".join("".join(line.text.split()) for line in lines).casefold()
