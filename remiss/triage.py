"""Triage: which pages of a PDF get the layout pass, judged from each page's plain text.

The layout pass (`remiss.layout`: every text object with its box, font size and weight) costs
about 3 ms a page; a page's plain text (pypdfium2 `get_text_range`) about 0.2 ms. Structure is
needed where a document may start and on the pages a missiv's fields and list run over; every
other page is read as plain text lines (no boxes), as a page whose text objects lack text is.

A page gets layout when
- its text is short (a cover, a signature page, a scan with only a stamp: OCR decides on it);
- a line could start a document (the split's title, label, § and header patterns, tried on each
  line; a title or label word anywhere in case the row starts elsewhere in the layout), and then
  also the page before it (a signature or sender line just before a start is read with it);
- it holds missiv words (remissinstanser, sändlista, svarsdatum, a remiss title …): then also the
  pages after it up to MISSIV_SIDOR, until a page that clearly starts another kind of document;
  a page in that window starting with list items keeps the window open (a long list).
The rules err towards layout: a page laid out needlessly only costs time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from remiss import fastsearch

BAKAT = 1  # pages before a start page that get layout too (decided at most this late)
KORT_SIDA = 400  # a page with fewer non-space characters than this gets layout (OCR and stamps judge it)

# A word that may begin a document title or label, anywhere on the page (its row may start elsewhere).
_STARTORD = re.compile(
    r"remiss\w*\s*(?:[:–—-]|av\b|över\b|gällande\b|angående\b|om\b|rörande\b)|missiv|"
    r"yttrande|svar\s+på\s+remiss|remissvar|begäran\s+om|inbjudan|samrådsremiss|"
    r"(?<![a-zåäö])(?:sammanträdes)?datum\b",
    re.IGNORECASE,
)
_ETIKETT = re.compile(r"MISSIV|REMISS|TJÄNSTESKRIVELSE|PROTOKOLL|KALLELSE|ANMÄLNINGSÄRENDEN|"
                      r"DELEGATIONSBESLUT")
_MISSIVETIKETT = re.compile(r"\b(?:MISSIV|REMISS)\b")
_ANNAN_ETIKETT = re.compile(r"\b(?:TJÄNSTESKRIVELSE|PROTOKOLL(?:SUTDRAG)?|KALLELSE|ANMÄLNINGSÄRENDEN|"
                            r"DELEGATIONSBESLUT)\b")
_LISTPUNKT = re.compile(r"^(?:\d{1,3}[.)]?|[-•–*])\s+\S")
_RADBRYTNING = re.compile(r"[-\ufffe\u00ad\x02]\r?\n(?=[a-zåäö])")
# what every _RADBRYTNING match opens with (a page without any is not searched: `re` tries every character)
_BRYTNINGAR = tuple(f"{mark}{end}" for mark in "-\ufffe\u00ad\x02" for end in ("\n", "\r\n"))


@dataclass(frozen=True)
class Sidbedomning:
    """What a page's plain text says: short, may start a document, has missiv words, starts another kind."""

    kort: bool
    start: bool
    missiv: bool
    annan_start: bool
    lista: bool


def bedom_sida(text: str) -> Sidbedomning:
    """Given a page's plain text (as pypdfium2 gives it), return what the triage needs to know about it."""
    from remiss import split

    joined = _RADBRYTNING.sub("", text) if any(brytning in text for brytning in _BRYTNINGAR) else text
    folded = fastsearch.fold(joined)
    lines = [line for line in map(str.strip, joined.splitlines()) if line]

    def on_a_line(pattern: re.Pattern[str], how: str = "match") -> bool:
        if not fastsearch.possible(pattern, folded):
            return False
        test = pattern.match if how == "match" else pattern.search
        return any(test(line) for line in lines)

    titel = on_a_line(split.TITLE_MISSIV)
    yttrande = on_a_line(split.TITLE_YTTRANDE)
    paragraf = "§" in joined and on_a_line(split.PARAGRAPH_MARK)
    start = (
        titel or yttrande or paragraf
        or on_a_line(split.DOC_LABEL) or on_a_line(split.HEADER_DATUM)
        or fastsearch.search(_STARTORD, folded)
        or fastsearch.search(_ETIKETT, folded)
    )
    missiv = (
        titel
        or fastsearch.search(split.MISSIV_CUE, folded)
        or fastsearch.search(_MISSIVETIKETT, folded)
        or on_a_line(split.LIST_CUE, "search")
    )
    return Sidbedomning(
        kort=_kort(joined),
        start=start,
        missiv=missiv,
        annan_start=yttrande or paragraf or fastsearch.search(_ANNAN_ETIKETT, folded),
        lista=any(_LISTPUNKT.match(line) for line in lines[:3]),
    )


def _kort(text: str) -> bool:
    """Return True when text has fewer than KORT_SIDA non-space characters (counted first in its start)."""
    if len("".join(text[: 3 * KORT_SIDA].split())) >= KORT_SIDA:
        return False  # a page's start already has enough: the rest is not counted
    return len("".join(text.split())) < KORT_SIDA


@dataclass
class Triage:
    """Chooses, page by page, which pages get the layout pass; a page is chosen at most BAKAT pages late."""

    fonster: int = 0  # pages after a missiv page still to lay out
    valda: set[int] = field(default_factory=set)

    def sida(self, index: int, text: str) -> list[int]:
        """Given the next page (index from 0) and its plain text, return the pages to lay out now."""
        from remiss.split import MISSIV_SIDOR

        bedomning = bedom_sida(text)
        nya: set[int] = set()
        if bedomning.kort or index == 0:
            nya.add(index)
        if bedomning.start:
            nya.update(i for i in range(index - BAKAT, index + 1) if i >= 0)
        if self.fonster > 0 and not (bedomning.annan_start and not bedomning.missiv):
            nya.add(index)
            self.fonster -= 1
            if bedomning.lista:
                self.fonster = max(self.fonster, 1)
        elif bedomning.annan_start:
            self.fonster = 0
        if bedomning.missiv:
            nya.add(index)
            self.fonster = MISSIV_SIDOR - 1
        nya -= self.valda
        self.valda |= nya
        return sorted(nya)


def layout_sidor(texts: Iterable[str]) -> set[int]:
    """Given the plain text of every page in order, return the indexes (from 0) of the pages to lay out."""
    triage = Triage()
    for index, text in enumerate(texts):
        triage.sida(index, text)
    return set(triage.valda)

