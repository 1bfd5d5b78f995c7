"""Yttranden without a title in a meeting package or a bundled PDF: each document checked as if read alone.

`find_yttranden` finds a yttrande by its title; a document without one (an organisation's web notice on
its remissvar, an agency letter headed by the remitted matter) is found only when the file is that one
document (`find_remissvar`, the learned type). In a file of several documents, split at their starts and
page counters (`remiss.split.split_documents`), each document no titled yttrande covers is read the same
way on its own lines, so that a package finds what its documents give alone.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import groupby

from remiss.domain import Del, Handling, Page
from remiss.kontroll.typer import Yttrandedel

# parts that are no answer of their own: a missiv (a remiss is not its own answer), a package's kallelse, a
# protocol's paragraph (its decision is read with the yttrande it belongs to)
INGET_SVAR = ("missiv", "kallelse", "protokollsutdrag")


def i_paketet(handling: Handling, yttranden: list[Yttrandedel]) -> list[Yttrandedel] | None:
    """Given a Handling and the yttranden found in it by their titles, return them as a package of several
    documents gives them (each cut where the page counters say the next document opens, with the documents
    no yttrande covers that read as a remissvar alone), or None when the file is no such package or the
    package changes nothing (the file is then read as before)."""
    from remiss.split import NARA_MISSIV, counted_first_pages, split_documents

    if len(handling.pages) < 2:
        return None
    parts = split_documents(handling)
    if len({part.forsta_sida for part in parts}) < 2:
        return None  # one document (or several on one page): the file is read as a whole
    counted = set(counted_first_pages([page.lines for page in handling.pages]))
    cut = [_cut(y, counted) for y in yttranden]
    run = _runs(handling, counted)
    covered = {run[page] for y in cut for page in range(y.sidor[0], y.sidor[1] + 1)}
    added = []
    for part in parts:
        runs = {run[page] for page in range(part.forsta_sida, part.sista_sida + 1)}
        missiv = part.bedomning is not None and part.bedomning.poang >= NARA_MISSIV  # a copy of the missiv
        if part.dokumenttyp in INGET_SVAR or runs & covered or missiv or _eget_huvud(handling, part):
            continue  # a cover letter counted with the yttrande after it ('Sida 1(2)', 'Sida 2(2)'): one
        svar = _som_ensam(handling.fil, part)
        if svar is not None:
            added.append(svar)
    if not added and cut == yttranden:
        return None
    return sorted(cut + added, key=lambda y: y.sidor)


def _eget_huvud(handling: Handling, part: Del) -> bool:
    """Return True for a part opening with a header block of labels on their own lines ('Datum' over the date,
    'Instans', 'Dnr'): a tjänsteskrivelse of the package, which is a yttrande only under a yttrande's title
    (a delegationsbeslut that lists 'Yttrande över Remiss: …' among its items is none)."""
    from remiss.split import HEADER_DATUM, HEADER_NEAR

    head = [line.text.strip() for line in handling.pages[part.forsta_sida - 1].lines[:14]]  # as printed
    return any(HEADER_DATUM.fullmatch(t) for t in head) and any(
        HEADER_NEAR.match(t) and len(t) < 40 for t in head)


def _runs(handling: Handling, counted: set[int]) -> dict[int, int]:
    """Return each page's run: the pages one page counter counts together (a new run at each counted first
    page), one dispatch however many documents its titles open."""
    out, current = {}, 0
    for page in handling.pages:
        current += page.number in counted
        out[page.number] = current
    return out


def _cut(yttrande: Yttrandedel, counted: set[int]) -> Yttrandedel:
    """Given a yttrande found by its title and the pages a page counter opens, return it ending before the
    first such page after its title's page: a yttrande runs to the next title, not over other documents."""
    title_page = yttrande.lines[yttrande.titelindex].page
    after = [page for page in counted if title_page < page <= yttrande.sidor[1]]
    if not after:
        return yttrande
    return replace(yttrande, lines=tuple(line for line in yttrande.lines if line.page < min(after)))


def _som_ensam(fil: str, part: Del) -> Yttrandedel | None:
    """Given a part of a file, return it as a yttrande when its cues and structure make it a remissvar read
    alone, else None (not the learned type nor the check of a whole file: a package's kallelse items and
    bilagor are no answers)."""
    from remiss.kontroll.hitta import find_remissvar

    sub = Handling(fil=fil, pages=tuple(
        Page(number=number, lines=tuple(lines)) for number, lines in groupby(part.lines, key=lambda x: x.page)
    ))
    return find_remissvar(sub)
