"""Splitting: cut a Handling into documents at their starts and find every missiv among them.

A meeting package holds kallelse, tjänsteskrivelser, yttranden, missiv, protokollsutdrag and
bilagor one after the other; a long PDF may hold one missiv among the pages of the program it
sends out. Boundaries are found on lines (titles, document labels, header blocks); a document
is a missiv when it has a remiss title or a remissinstans list and a deadline or reply phrase.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from remiss import fastsearch
from remiss.clean import PAGE_NUMBER, clean_pages, drop_furniture
from remiss.dates import KLOCKSLAG, MANAD_NAMN, MANADER_MONSTER, find_dates
from remiss.domain import Del, Dokumenttyp, Handling, Line
from remiss.modelldata import fraser, modell_toml

if TYPE_CHECKING:
    from remiss.extract.svarsdatum import Kandidat

# a link to a file is no title: 'Remissmissiv med sändlista 4.7-H21-02923, PDF 436 kB',
# 'Remissmissiv SOU 2018_88'
FILE_LINK = r"(?!.*\b(?:pdf|docx?|word)\b\s*,?\s*[\d.,]+\s*[km]b\b)(?!.*\b(?:19|20)\d\d_\d)"
TITLE_MISSIV = re.compile(
    FILE_LINK + r"^(?:remiss(?:er)?\s*[:–—-]\s*\S|remiss\s+av\s+\S|"
    r"remiss\s+(?:över|gällande|angående|om|rörande)\s+\S|"
    r"missiv\s+(?:till|för|gällande)\s+remiss|remissmissiv\b|"
    r"begäran\s+om\s+(?:yttrande|synpunkter)\s+(?:över|angående|gällande|om|på|rörande)\s+\S|"
    r"samrådsremiss\s*[:–—-]?\s*\S|"
    r"inbjudan\s+(?:till\s+[^.]{0,80}?)?att\s+(?:inkomma|lämna)\b|"
    r"inbjudan\s+att\s+yttra\s+sig\s+(?:om|över|angående|gällande|rörande|på)\s+\S)",
    re.IGNORECASE,
)
# 'Remiss SOU 2015:22 Rektorn …', 'Remittering av betänkandet …': a remiss title only where a document's
# title stands (its first lines); elsewhere 'Remiss X' may be an agenda item or a reference
# ('Remiss Svarsdag' over a table of remisser is its column headings, no title)
# (kalla39) a web page's category over its date, no title: 'Remisser 23 december 2020' over the
# heading 'Remiss gällande nya föreskrifter …' (missiv/hav-utsattning-fisk-foreskrifter-remiss-2020)
CATEGORY_DATE = rf"\d{{1,2}}\s+(?i:{'|'.join(MANAD_NAMN)})\b"
FIRST_TITLE = re.compile(
    r"^(?=[A-ZÅÄÖ])(?:(?i:remiss(?:er)?)\s+(?!(?i:svarsdag|svarsdatum|sista\s+svarsdag|status)\b)"
    rf"(?!{CATEGORY_DATE})"
    r"(?:[A-ZÅÄÖ0-9(]|(?i:för|promemori|pm\b|betänkande|rapport|förslag|utkast|gällande|angående|avseende|rörande|över))|"
    # 'Remissinstanser för PM Avgift för intyg …': regeringen.se's page of the remiss under its list's name
    r"(?i:(?:tilläggs)?remittering\s+av|remisslista|remisspromemoria|remissutskick|remissinstanser\s+(?:för|till))\s+\S)"
)
TITLE_LINES = 6  # a document's title stands within its first lines (after a letterhead)
TITLE_YTTRANDE = re.compile(
    r"^(?:\d+\.\s*)?(?:yttrande\s+(?:över\s+|angående\s+|gällande\s+)?remiss|"
    r"svar\s+på\s+remiss(?!\w*\s+(?:ska|skall|bör|lämnas|skickas|sänds|mejlas|önskas|emotses|välkomnas))|"
    r"(?:remissvar|remissyttrande)\b(?!\s+(?:ska|skall|bör|lämnas|skickas|sänds|mejlas|kan|blir|är|från|önskas"
    r"|emotses|välkomnas))|"
    r"yttrande\s+över\s+\S)",
    re.IGNORECASE,
)
# The document's kind in an answer's letterhead: 'YTTRANDE 1(6) Avdelning …', 'REMISSVAR16 november 2020',
# 'KEMISK TEKNISKA FÖRETAGEN | YTTRANDE' (capitals, as agencies set it): a yttrande, also when its title
# cites the remiss ('Remiss av Högskolestiftelser …'); not 'BEGÄRAN OM YTTRANDE' (a missiv).
YTTRANDE_LABEL = re.compile(
    r"^(?:\d{1,3}\s*\(\s*\d{1,3}\s*\)\s+)?(?:[A-ZÅÄÖ][A-ZÅÄÖ -]{2,40}(?<!\bOM)(?<!\bAV)(?<!\bTILL)\s*\|?\s+)?"
    r"(?:REMISSYTTRANDE|REMISSVAR|YTTRANDE)(?=$|[\s\d|(])"
)
# The same label inside a transcript's flattened letterhead, a line that also holds the Dnr ('1 (2) Sveriges
# universitets- 2015-10-27 och högskoleförbund Dnr 0041-15 Tryckerigatan 8 YTTRANDE 111 28 Stockholm'):
# capitals, as in the letterhead; not 'BEGÄRAN OM YTTRANDE'.
YTTRANDE_I_BREVHUVUD = re.compile(
    r"\b(?:Dnr|DNR|Diarienummer)\b.*?(?<!\bOM)(?<!\bLÄMNA)(?<!\bTILL)\s(?:REMISSYTTRANDE|REMISSVAR|YTTRANDE)(?=\s|$)"
)
# The kind alone on its line in the head, as a letter sets it in ordinary case over the remiss's title
# ('Jordbruksverket' / 'Dnr 3.4.16-08365/2018' / 'Yttrande' / 'Remiss om förslag till ändring av …'): the
# answer's label, not the title of the remiss it quotes.
# Also with a riksdag committee's designation of its yttrande after it ('Yttrande 2018/19:SfU1y').
ENSAM_YTTRANDEETIKETT = re.compile(
    r"^(?:remissyttrande|remissvar|yttrande)(?:\s+(?:19|20)\d{2}/\d{2}:[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,6}\d{1,3}y)?$",
    re.IGNORECASE,
)
DOC_LABEL = re.compile(
    r"^(?:MISSIV|TJÄNSTESKRIVELSE|PROTOKOLL(?:SUTDRAG)?|KALLELSE|ANMÄLNINGSÄRENDEN|"
    r"DELEGATIONSBESLUT|REMISS)\b(?!\s+[a-zåäö])"
)
ORGANISATION = re.compile(
    r"(?:nämnden|förvaltningen|kommun|styrelsen|departementet|länsstyrelsen|regionen|"
    r"\bstad\b|kansliet|förbund)$",
    re.IGNORECASE,
)
# '§ 20', 'KFN § 20', '§ 63/20 Fastställande …'; not a decision cited where a line break put it first ('KF' /
# '§15/2011. Det påverkar …')
PARAGRAPH_MARK = re.compile(r"^(?:[A-ZÅÄÖ]{2,6}\s+)?§\s*\d+\b(?!/\d{2,4}[.,;)])")
PROTOCOL_HEAD = re.compile(r"^(?:SAMMANTRÄDES)?PROTOKOLL")
# a law's paragraph cited in a sentence that a line break cut before the mark ('… enligt 22 kap. 1' / '§ 4
# miljöbalken. Målet är …'): no protocol's paragraph
CITED_LAW = re.compile(r"^§\s*\d+\s*[a-z]?\s+(?:st\.\s+)?[a-zåäö-]*(?:balken|lagen|förordningen|lag)\b")
# a decision's paragraph cited in a sentence that a line break cut before the mark ('… beslutade 2019-10-22
# PLAN' / '§ 9 att skicka rubricerade detaljplaneförslag på granskning', or the organ's code with it: '…
# beslutade 2019-10-22' / 'PLAN § 9 att skicka …'): the sentence goes on in lower case
CITED_DECISION = re.compile(r"^(?:[A-ZÅÄÖ]{2,6}\s+)?§\s*\d+\s+[a-zåäö]")
HEADER_DATUM = re.compile(r"^(?:datum|sammanträdesdatum)\b[:\s]*(?:\d{4}-\d{2}-\d{2})?", re.IGNORECASE)
HEADER_NEAR = re.compile(
    r"^(?:instans|dnr|diarienummer|ärendenummer|vår\s+beteckning|beteckning|sida)\b", re.IGNORECASE
)
HANDLAGGARE_LABEL = re.compile(r"^handläggare\b", re.IGNORECASE)
PHONE = re.compile(r"^(?:tel\.?\s*|telefon:?\s*)?(?:\+46\s?|0)\d[\d\s-]{5,14}\d$", re.IGNORECASE)

MISSIV_CUE = re.compile(
    r"remissinstanser|sändlista|remissvar|svarsdatum|sista dag att svara|ämnesraden|"
    r"ska ha kommit in|skall ha kommit in|bör ha kommit in|svar(?:et|en)? (?:lämnas|skickas|sänds)|"
    r"senast\s+(?:(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?\s+)?(?:den\s+)?\d",
    re.IGNORECASE,
)
DEADLINE_CUE = re.compile(
    r"senast|svarsdatum|sista dag|ska ha kommit in|skall ha kommit in|bör ha kommit in|"
    r"ämnesraden|skickas i elektronisk form|lämnas per e-post|svar lämnas",
    re.IGNORECASE,
)
INLINE_LIST_CUE = re.compile(
    r"(?i:(?:remissen\s+(?:skickas|sänds|har\s+skickats|går)|på\s+remiss)\s+(?:ut\s+)?"
    r"(?:för\s+yttrande\s+)?till\s+(?:[a-zåäö]+:\s*)?)[A-ZÅÄÖ]"
)
TRIM_CUE = re.compile(
    r"handläggare|kontaktperson|frågor (?:om|kan|besvaras|under|avseende|rörande)|era svar|"
    r"remissinstans|sändlista|"
    r"yttrandet ska|ställningstagande|med vänlig hälsning|"
    # (layout39) what the reader's answer must hold: 'När du lämnar synpunkter ska du ange följande
    # uppgifter:' first on a page of its own, over the plan's name and its diarienummer
    r"när (?:du|ni) lämnar (?:in )?(?:dina |era )?(?:synpunkter|yttranden?|svar|remissvar)\b",
    re.IGNORECASE,
)
LIST_CUE = re.compile(
    # a heading, not a sentence a line break cut: '… till berörda' / 'remissinstanser. Av remisskrivelsen …'
    # and capitalised: a line a break cut mid-sentence starts small ('… organisationer som' / 'remissinstanser
    # till välfärdsutredningen')
    r"^(?:(?-i:[A-ZÅÄÖ])\w*\s+remissinstanser|(?-i:R)emissinstanser)\b"
    r"(?![.,;]\s*\S)|"
    r"^sändlista\b|remissen (?:skickas|sänds) (?:till|ut)|"
    r"^(?:till\s*:?\s*)?enligt\s+(?:bifogad\s+)?sändlista\b|"
    r"(?:skickas|sänds) på remiss till:?$",
    re.IGNORECASE,
)


def split_documents(handling: Handling) -> list[Del]:
    """Given a Handling, return its documents in order, each typed, with cleaned lines and page range."""
    pages = [page.lines for page in handling.pages]
    lines = clean_pages(pages)
    starts = _document_starts(lines)
    first_pages = {lines[start].page for start in starts}
    opening = set(_opening_pages(lines, starts)) | set(_copied_pages(pages, first_pages))
    opening |= set(counted_first_pages(pages))
    if opening:
        restored = _restore_headers(pages, lines, opening)
        if len(restored) > len(lines):  # the starts found stay; only their indexes move
            where = {(line.page, line.number): index for index, line in enumerate(restored)}
            starts = [where[(lines[start].page, lines[start].number)] for start in starts]
        lines = restored
        starts = _page_top_starts(lines, starts, opening)
    parts = []
    ensam = len(starts) == 1 and len(handling.pages) <= MAX_SIDOR_TYPMODELL
    for index, start in enumerate(starts):
        end = starts[index + 1] if index + 1 < len(starts) else len(lines)
        chunk = lines[start:end]
        if chunk:
            dokumenttyp, bedomning = classify_scored(chunk, typmodell=ensam)
            parts.append(
                Del(
                    dokumenttyp=dokumenttyp,
                    forsta_sida=chunk[0].page,
                    sista_sida=chunk[-1].page,
                    lines=tuple(chunk),
                    bedomning=bedomning,
                )
            )
    return _bifogad_remiss(parts)


# the words of a remiss title that name its procedure, not its matter ('Remiss angående …')
TITELNS_FORFARANDE = frozenset({"remiss", "remissen", "angående", "avseende", "gällande", "rörande", "över",
                                "förslag", "förslaget", "yttrande", "begäran"})
SAMMA_ARENDE = 2 / 3  # this share of a remiss title's own words in the answer before it: the same matter


def _bifogad_remiss(parts: list[Del]) -> list[Del]:
    """Given a file's typed parts, return them with an uncertain missiv (under MISSIV_GRANS: no deadline, no
    address; a remiss cut short after its title) typed annat when a part before it answers a remiss
    (kontroll's reading of a remissvar: a tjänsteskrivelse with its decision) and names the matter of the
    missiv's title. It is the remiss that answer answers, attached after it as its beslutsunderlag: the file
    is the answer, the remiss its bilaga (korpus README, shared k09), not a remiss to answer."""
    out = []
    for index, part in enumerate(parts):
        bedomning = part.bedomning
        osaker = (part.dokumenttyp == "missiv" and bedomning is not None and bedomning.poang < MISSIV_GRANS
                  and not bedomning.av_typmodell)
        if osaker and any(_svarar_pa(tidigare, part) for tidigare in parts[:index]):
            part = replace(part, dokumenttyp="annat")
        elif osaker and any(_citerad_remiss(part, nasta) or _forord(part, nasta)
                            for nasta in parts[index + 1 : index + 2]):
            part = replace(part, dokumenttyp="annat")
        out.append(part)
    return out


# the words of a page's text that point on to the remiss it quotes under them ('Nedan återfinns den remiss som
# gått ut från Haninge Kommun …', 'Hela remissen består av följande delar:', 'Här nedan följer remissen i sin
# helhet')
PEKAR_FRAM = re.compile(r"\b(?:nedan|nedanför|nedanstående|här\s+under|följande\s+delar|i\s+sin\s+helhet)\b",
                        re.IGNORECASE)


def _forord(forord: Del, remiss: Del) -> bool:
    """Return True when an uncertain missiv is a page's own words over the remiss it quotes right under
    them: no date or address to answer of its own, the text pointing on to the remiss below ('Nedan
    återfinns den remiss som gått ut från Haninge Kommun …' / 'Hela remissen består av följande delar:', a
    third party's page that quotes a kommun's letter with its sändlista,
    prov41/vrakskydd-haninge-marint-kulturreservat-remiss), and the remiss a missiv that opens on the page
    where those words end. One remiss quoted with the words over it is one remiss, the one quoted."""
    bedomning, nasta = forord.bedomning, remiss.bedomning
    if remiss.dokumenttyp != "missiv" or nasta is None or nasta.poang < MISSIV_GRANS:
        return False
    if remiss.forsta_sida != forord.sista_sida or bedomning is None:
        return False
    if any(name in SVARSSIGNALER for name, _ in bedomning.signaler):
        return False
    return any(PEKAR_FRAM.search(line.text) for line in forord.lines)


def _svarar_pa(tidigare: Del, remiss: Del) -> bool:
    """Return True when an earlier part is an answer to the remiss part: a remissvar by kontroll's cues
    and structure that has most of the words of the remiss's title ('Remiss angående förfrågan om att få
    sälja skogsmark' under a tjänsteskrivelse 'Remiss förfrågan att sälja skogsmark')."""
    from remiss.kontroll.signaler import ar_remissvar

    titel = next((line.text.strip() for line in remiss.lines[: 2 * TITLE_LINES]
                  if TITLE_MISSIV.match(line.text.strip()) or FIRST_TITLE.match(line.text.strip())), None)
    if titel is None:
        return False
    ord_ = {w for w in re.findall(r"[a-zåäöé]{4,}", titel.lower()) if w not in TITELNS_FORFARANDE}
    text = " ".join(line.text for line in tidigare.lines).lower()
    funna = [w for w in ord_ if re.search(rf"\b{w}\b", text)]
    return len(ord_) >= 2 and len(funna) >= SAMMA_ARENDE * len(ord_) and ar_remissvar(list(tidigare.lines))


# a heading line of a remiss's head: capitalised, three words or more, no sentence and no label ('Förslag till
# förordning om elstöd till företag' under 'Diarienummer: KN2023/02353', not 'Klimat-och
# näringslivsdepartementet')
RUBRIKRAD = re.compile(r"^(?=[A-ZÅÄÖ])(?!\S+:)(?=(?:\S+\s+){2})[^.!?]{15,120}$")


def _citerad_remiss(remiss: Del, svar: Del) -> bool:
    """Return True when an uncertain missiv is the head of the answer right after it: the answer's page opens
    with the remiss it answers (its date, ministry, number and title: 'Remisslänk: Remiss 2023-02-20' /
    'Klimat-och näringslivsdepartementet' / 'Diarienummer: KN2023/02353' / 'Förslag till förordning om elstöd
    till företag' over 'Remissvar' / 'Srf konsulterna tillstyrker förslaget …'). The answer is a remissvar by
    kontroll's cues and structure and has most of the words of the head's title: a reply that quotes its
    remiss is no remiss (korpus README)."""
    from remiss.kontroll.signaler import ar_remissvar

    if svar.dokumenttyp != "yttrande":
        return False
    rubriker = (line.text.strip() for line in remiss.lines[: 2 * TITLE_LINES])
    titlar = (t for t in rubriker if TITLE_MISSIV.match(t) or FIRST_TITLE.match(t) or RUBRIKRAD.match(t))
    # the first title that names a matter ('Remiss 2024-01-15' names none)
    ord_ = next((o for o in map(_arendeord, titlar) if len(o) >= 2), set())
    text = " ".join(line.text for line in svar.lines).lower()
    funna = [w for w in ord_ if re.search(rf"\b{w}", text)]
    return len(ord_) >= 2 and len(funna) >= SAMMA_ARENDE * len(ord_) and ar_remissvar(list(svar.lines))


def _arendeord(titel: str) -> set[str]:
    """Given a title, return its words of four letters or more that name its matter, not its procedure."""
    return {w for w in re.findall(r"[a-zåäöé]{4,}", titel.lower()) if w not in TITELNS_FORFARANDE}


def _opening_pages(lines: Sequence[Line], starts: Sequence[int]) -> list[int]:
    """Given cleaned lines and the document starts in them, return the pages on which a later document
    opens the page (nothing but a short header run stands above its start on that page)."""
    opening = []
    for start in starts[1:]:
        top = _page_top(lines, start)
        if top > 0 and start - top <= 14 and _is_header_run(lines, top, start):
            opening.append(lines[start].page)
    return opening


# a page counter at a page's edge: '1(2)', '1 (16) REMISS', 'Sida 1 av 3', 'Näringsdepartementet | 1(2)'
PAGE_COUNTER = re.compile(
    r"(?:^|[\s|])(?:sida\s*)?(\d{1,3})\s*(?:\(\s*(\d{1,3})\s*\)|av\s+(\d{1,3}))(?=$|[\s|])", re.IGNORECASE
)
COUNTER_EDGE = (4, 3)  # a page counter stands in a page's first or last lines, on a short line
COUNTER_LINE = 80


def page_counter(page_lines: Sequence[Line]) -> tuple[int, int] | None:
    """Given a page's lines, return its page counter (page, of pages) from its head or foot, or None."""
    head, foot = COUNTER_EDGE
    edge = list(page_lines[:head]) + list(page_lines[max(head, len(page_lines) - foot) :])
    for line in edge:
        text = line.text.strip()
        if len(text) > COUNTER_LINE or not any(c.isdigit() for c in text):
            continue
        match = PAGE_COUNTER.search(text)
        if match:
            total = int(match.group(2) or match.group(3))
            number = int(match.group(1))
            if 1 <= number <= total:
                return number, total
    return None


def counted_first_pages(pages: Sequence[Sequence[Line]]) -> list[int]:
    """Given each page's lines, return the later pages whose page counters say they are a document's first:
    its own counter reads 1 ('1 (2)', '1(1)'), or after a finished page it has a bare '1' at its foot or a
    title set far larger than the body on top, or the page before was the last of its document ('2 (2)').
    In a meeting package or a bundled PDF each document counts its own pages, so its first page opens a
    document even where nothing on it reads as a title or the page has no counter of its own."""
    from remiss.layout import body_size

    out = []
    previous: tuple[int, int] | None = None
    ended = True  # the page before ended a sentence, with a short line or with its page number
    body = body_size([line for page_lines in pages for line in page_lines if line.size > 0])
    for index, page_lines in enumerate(pages):
        counter = page_counter(page_lines) if page_lines else None
        after_last = previous is not None and previous[0] == previous[1]
        own = counter is not None and counter[0] == 1
        own = own or ended and (_foot_number(page_lines) == 1 or _title_on_top(page_lines, body))
        if index and page_lines and (own or after_last and counter is None and not _list_page(page_lines)):
            out.append(page_lines[0].page)
        previous = counter
        last = page_lines[-1].text.strip() if page_lines else ""
        ended = last.isdigit() or last.endswith((".", "!", "?")) or counter is not None \
            or 0 < len(last) < ENDED_SHORT and not last.endswith((",", "-", "–"))
    return out


ENDED_SHORT = 40  # a page ending with a line shorter than this ends a heading, a link or a footer
TITLE_SCALE = 1.5  # a page's first line this many times the body size is a document's title (a web page's)


def _title_on_top(page_lines: Sequence[Line], body: float) -> bool:
    """Return True when a page's first line (past a page number) is set far larger than the body text: the
    title of a printed web page, which a later page of the same document does not repeat."""
    first = next((line for line in page_lines if not PAGE_NUMBER.match(line.text.strip())), None)
    return first is not None and body > 0 and first.size >= TITLE_SCALE * body


def _foot_number(page_lines: Sequence[Line]) -> int | None:
    """Return the bare page number a page ends with ('1' alone on its last line: a document numbering its
    pages at the foot, so a later page numbered 1 opens another document), or None."""
    last = page_lines[-1].text.strip() if page_lines else ""
    return int(last) if last.isdigit() and len(last) <= 3 else None


def _list_page(page_lines: Sequence[Line]) -> bool:
    """Return True for a page headed by a remissinstans list ('Sändlista', 'Remissinstanser') or opening with
    its items: after a missiv's last counted page, its list set as an uncounted bilaga belongs to it."""
    texts = [line.text for line in page_lines[:4]]
    # (the page's number a transcript ran into the heading: '2 Sändlista Dnr Remissinstans')
    cue = any(LIST_CUE.search(_PAGE_NUMBER_FIRST.sub("", t.strip())) for t in texts)
    return cue or _continues_list(texts)


_PAGE_NUMBER_FIRST = re.compile(r"^\d{1,3}\s+(?=[A-ZÅÄÖ])")


def _page_top(lines: Sequence[Line], index: int) -> int:
    """Return the index of the first line on the page of lines[index]."""
    while index > 0 and lines[index - 1].page == lines[index].page:
        index -= 1
    return index


def _copied_pages(pages: Sequence[Sequence[Line]], first_pages: set[int]) -> list[int]:
    """Given each page's lines and the pages a document opens, return the pages that repeat the first
    page of the document going on line for line: a second copy of the same letter bundled in the file."""
    copied = []
    first: tuple[str, ...] = ()
    for page_lines in pages:
        if not page_lines:
            continue
        texts = tuple(" ".join(line.text.split()) for line in page_lines if line.text.strip())
        if len(texts) >= 8 and texts == first:
            copied.append(page_lines[0].page)
        elif page_lines[0].page in first_pages or not first:
            first = texts
    return copied


def _restore_headers(pages: Sequence[Sequence[Line]], lines: Sequence[Line], opening: set[int]) -> list[Line]:
    """Given each page's lines, the cleaned lines and the pages a document opens, return the cleaned lines
    with the header block put back above each such page's first kept line: the block every copy or letter
    of a series repeats is that letter's own header, not furniture of the whole file (its date and dnr)."""
    kept = {(line.page, line.number) for line in lines}
    tops: dict[int, list[Line]] = {}
    for page_lines in pages:
        if page_lines and page_lines[0].page in opening:
            block = []
            for line in drop_furniture(page_lines):
                if (line.page, line.number) in kept:
                    break
                block.append(line)
            tops[page_lines[0].page] = block
    restored: list[Line] = []
    for line in lines:
        restored += tops.pop(line.page, [])
        restored.append(line)
    return restored


def _page_top_starts(lines: Sequence[Line], starts: Sequence[int], opening: set[int]) -> list[int]:
    """Given lines, their document starts and the pages a document opens, return the starts with one at the
    top of each such page: a start on it moves up over its header run, and a copy gets a start of its own."""
    moved = set(starts)
    for index, line in enumerate(lines):
        if line.page in opening and (index == 0 or lines[index - 1].page != line.page):
            on_page = {start for start in moved if lines[start].page == line.page}
            moved -= {start for start in on_page if _is_header_run(lines, index, start)}
            moved.add(index)
    return sorted(moved)


def find_missiv(handling: Handling) -> list[Del]:
    """Given a Handling, return the missiv parts in it (none, one or several), trimmed to the missiv."""
    from remiss import forklara

    parts = split_documents(handling)
    forklara.dokument(parts)
    near = [part for part in parts if part.dokumenttyp == "annat" and part.bedomning is not None
            and part.bedomning.poang >= NARA_MISSIV and _concrete(part.lines, part.bedomning)]
    _NARMAST.set(max(near, key=lambda part: part.bedomning.poang if part.bedomning else 0) if near else None)
    return [
        trim_missiv(replace(part, bedomning=part.bedomning or bedom_missiv(part.lines),
                            oppning=oppning(parts, index)))
        for index, part in enumerate(parts)
        if part.dokumenttyp == "missiv"
    ]


def oppning(parts: Sequence[Del], index: int) -> tuple[Line, ...]:
    """Given a file's typed parts and the index of a missiv, return the lines before it that belong to its
    page: the missiv parts directly before it that share a page with the next (a page that lists several
    remisser) and, of the part before them, the lines on the page where they start (the page's opening, 'På
    den här sidan listar X aktuella remisser').

    Nothing further back: in a meeting package the documents before are others', each on pages of its own
    (paket46: a company's samråd on page 1 gave its name to the department's remiss on page 6, and a
    listing page's opening to the two remisser on the pages after it)."""
    run = index
    while run > 0 and parts[run - 1].dokumenttyp == "missiv" and \
            parts[run - 1].sista_sida == parts[run].forsta_sida:
        run -= 1
    page = parts[run].forsta_sida
    opening = tuple(line for line in parts[run - 1].lines if line.page == page) if run > 0 else ()
    return opening + tuple(line for part in parts[run:index] for line in part.lines)


# a part that names a remiss and scores this much without being a missiv is named when no remiss is found
# ('Närmast en remiss: …'), so that a document just under the threshold is not dropped without a word
NARA_MISSIV = 3.0
_NARMAST: ContextVar[Del | None] = ContextVar("narmast_missiv", default=None)


def narmast_missiv() -> Del | None:
    """Return the part of the handling find_missiv read last that came closest to a missiv without being
    one (it names a remiss and scores at least NARA_MISSIV), or None."""
    return _NARMAST.get()


HEADER_BLOCK = 4  # a header block's labels and values: 'Datum' / 'Dnr' / '2015-08-14' / '016522-2015'


def _document_starts(lines: Sequence[Line]) -> list[int]:
    """Given cleaned lines, return the indexes where a new document starts (always 0 first)."""
    from remiss.layout import body_size

    starts = [0]
    header_dnr: str | None = None
    blocks: set[tuple[str, ...]] = set()  # the header blocks read so far, line by line
    smallest = body_size(lines) * 0.8  # a title is never in small print: a footer's line ('Inbjudan att …')
    for index in range(len(lines)):
        start = _start_kind(lines, index)
        if start is None or start == "title" and 0 < lines[index].size < smallest:
            continue
        if start == "header":
            dnr = _header_dnr(lines, index)
            same = dnr is not None and dnr == header_dnr
            header_dnr = header_dnr or dnr
            # the same block of labels and values again ('Datum' / 'Vår beteckning' / '2015-08-14' /
            # '016522-2015' under '2 (44)'): the page's running head, whatever its number is labelled
            block = tuple(" ".join(line.text.split()) for line in lines[index : index + HEADER_BLOCK])
            same = same or block in blocks
            blocks.add(block)
            if same or not _title_follows(lines, index):
                continue  # a running page header, or a header block inside the same document
            header_dnr = dnr
        begin = _with_preceding_signature(lines, index)
        if start == "title":
            begin = _with_preceding_letterhead(lines, starts[-1], begin)
        if begin - starts[-1] <= 14 and _is_header_run(lines, starts[-1], begin):
            continue  # the title belongs to the header block just before it
        if start == "title" and _missiv_in_progress(lines[starts[-1] : index]):
            continue  # Regeringskansliet puts the list first and the title after it
        if start == "title" and _answer_cites_remiss(lines, starts[-1], begin):
            continue  # 'YTTRANDE 1(6) …' then 'Remiss av Högskolestiftelser …': the answer's own title
        if start == "title" and _title_repeated(lines, starts[-1], index):
            continue  # a web page's title over its heading, broken over two lines or not: one document
        if start == "title" and _heading_restated(lines, starts[-1], index):
            continue  # the heading's words again opening a paragraph of the text under it (kalla41)
        if start == "title" and _title_in_footer(lines, starts[-1], index):
            continue  # the document's title again in the last page's footer (a Word template's), no new one
        if begin > starts[-1]:
            starts.append(begin)
            if start != "header":
                header_dnr = None
    return starts


def _title_repeated(lines: Sequence[Line], start: int, index: int) -> bool:
    """Return True when the title at `index` repeats, word for word, text in the few lines from the start
    of the document before it (the page's title over its heading, the first broken over lines or not)."""
    text = " ".join(lines[index].text.split())
    if index - start > 6 or len(text) < 20:
        return False
    return text in " ".join(" ".join(line.text.split()) for line in lines[start:index])


RESTATED_HEADING_LINES = 4  # the document's heading, broken over lines, stands in its first lines
RESTATED_WORDS = 5  # the words a paragraph must open with, as the heading over it does, to restate it


def _heading_restated(lines: Sequence[Line], start: int, index: int) -> bool:
    """Return True when the title at `index` opens a paragraph of running text that restates, word for word,
    the heading on top of the document before it, on its page and set smaller than the heading, the
    paragraph going on in lower case on the next line (kalla41, regeringen.se: heading 'Remiss av
    EU-kommissionens förslag till' / 'Europaparlamentets och rådets förordningar för' / 'perioden
    2028–2034…', and below the page's first paragraph 'Remiss av EU-kommissionens förslag till
    Europaparlamentets och rådets förordningar' / 'för perioden 2028–2034 om inrättande av …'): the matter
    spelled out in full, no second remiss."""
    line = lines[index]
    words = line.text.split()
    following = lines[index + 1] if index + 1 < len(lines) else None
    if len(words) < RESTATED_WORDS or following is None or not following.text.strip()[:1].islower():
        return False
    if following.page != line.page or abs(following.size - line.size) >= 0.5 or following.bold != line.bold:
        return False
    heading = [word for other in lines[start : min(index, start + RESTATED_HEADING_LINES)]
               if other.page == line.page and (other.size - line.size >= 1.0 or other.bold and not line.bold)
               for word in other.text.split()]
    same = 0  # the words the paragraph opens with as the heading does, in its order
    while same < min(len(words), len(heading)) and words[same] == heading[same]:
        same += 1
    # the paragraph's whole line within the heading, or the whole heading opening the paragraph
    return same >= RESTATED_WORDS and same in (len(words), len(heading))


FOOTER_TITLE_LINES = 2  # a title this near the file's end, with no text under it, stands in its footer


def _title_in_footer(lines: Sequence[Line], start: int, index: int) -> bool:
    """Return True when the title at `index` ends the file with no text under it and repeats, word for word,
    a line at the top of the document in progress (robust29: 'Inbjudan att lämna synpunkter på remiss' in a
    Word template's header and footer of a one-page letter, which no repetition marks as furniture)."""
    text = " ".join(lines[index].text.split())
    top = {" ".join(line.text.split()) for line in lines[start : start + 6]}
    return len(lines) - index <= FOOTER_TITLE_LINES and index - start > 6 and text in top


def _answer_cites_remiss(lines: Sequence[Line], start: int, begin: int) -> bool:
    """Return True when a remiss title stands right under a yttrande's letterhead ('YTTRANDE 1(6) …')."""
    return begin - start <= 14 and (
        any(YTTRANDE_LABEL.match(line.text.strip()) for line in lines[start:begin])
        or bool(YTTRANDE_I_BREVHUVUD.search(" ".join(line.text.strip() for line in lines[start:begin])))
    )


def _header_dnr(lines: Sequence[Line], index: int) -> str | None:
    """Given the index of a header block's Datum line, return the Dnr in the block, normalised."""
    for offset, line in enumerate(lines[index : index + 8]):
        match = re.search(r"(?<![a-zåäö])dnr\b[:\s]*(.*)$", line.text, re.IGNORECASE)
        if match:
            value = match.group(1).strip()
            if not value and index + offset + 1 < len(lines):
                value = lines[index + offset + 1].text.strip()
            return re.sub(r"\s+", "", value).lower() or None
    return None


# a remissinstans list's heading alone on its line ('Remissinstanser:', 'Externa remissinstanser')
LIST_HEADING = re.compile(r"^(?:\w+\s+)?remissinstanser:?$|^sändlista:?$", re.IGNORECASE)


def _missiv_in_progress(lines: Sequence[Line]) -> bool:
    """Return True when lines hold a remissinstans list but no deadline yet: a missiv still going on."""
    texts = [line.text.strip() for line in lines]
    # (a heading ends in 'r', 'a' or ':': the other lines are not tried)
    heading = any(t[-1:] in ":rRaA" and LIST_HEADING.match(t) for t in texts)
    if not heading or any(DEADLINE_CUE.search(t) for t in texts):
        return False
    return _typ_fore_poang(lines) is None  # a yttrande, protokoll or kallelse is no missiv going on


def _starts_heading(lines: Sequence[Line], index: int) -> bool:
    """Return True when the line at index can be a heading: capitalised, not the rest of a sentence."""
    text = lines[index].text.strip()
    if not text[:1].isupper() and not text[:1].isdigit():
        return False
    if index == 0:
        return True
    previous = lines[index - 1].text.strip()
    if len(previous) > 60 and previous[-1:].isalpha() and previous[-1:].islower():
        return False
    return not _named_after_colon(lines[index - 1], lines[index])


def _named_after_colon(previous: Line, line: Line) -> bool:
    """Return True when the line carries on the running text over it that ends with a colon, in its style at
    its line spacing: what the sentence names, wrapped to a line of its own ('… lämna synpunkter på Region
    Östergötlands webbplats för regional utveckling:' / 'Remiss av reviderad Utvecklingsstrategi för
    Östergötland', a link's text), not another document's title (layout39)."""
    text = previous.text.strip()
    if len(text) <= PROSA_RAD or not text.endswith(":") or previous.page != line.page:
        return False
    if previous.top is None or line.top is None or previous.bold != line.bold:
        return False
    size = max(previous.size, line.size)
    return abs(previous.size - line.size) < 0.5 and 0 < line.top - previous.top <= RUNNING_SPACING * size


def _title_missiv(text: str) -> bool:
    """Return True when TITLE_MISSIV matches text; its lookaheads run only where its first word can stand."""
    return fastsearch.can_match(TITLE_MISSIV, text) and TITLE_MISSIV.match(text) is not None


def _start_kind(lines: Sequence[Line], index: int) -> str | None:
    """Given lines and an index, return which kind of document start is there, or None."""
    text = lines[index].text.strip()
    if (_title_missiv(text) or TITLE_YTTRANDE.match(text) and _yttrande_title(
            [line.text for line in lines[index : index + 4]])) and _starts_heading(lines, index):
        return None if _bare_invitation(lines, index) or listed_link(lines, index) else "title"
    label = DOC_LABEL.match(text)
    if label and _introduced_item(lines, index):
        return None  # 'Nedanför hittar du UHR:s remiss:' over 'Missiv', 'Sändlista': links, no document
    if label and _subheading_label(lines, index):
        return None  # a web page's 'Remiss' section heading set in capitals between its paragraphs
    if label or "§" in text and PARAGRAPH_MARK.match(text) and not _cited_paragraph(lines, index):
        return "label"  # '§' in each match
    if len(text) < 40 and HEADER_DATUM.match(text):
        window = lines[index + 1 : index + 7]
        if any(HEADER_NEAR.match(other.text.strip()) for other in window) or "dnr" in text.lower():
            return "header"
    return None


def _cited_paragraph(lines: Sequence[Line], index: int) -> bool:
    """Return True when the paragraph mark opening the line at index is cited by a sentence (`cited_mark`)."""
    return cited_mark(lines[index].text.strip(), lines[index - 1].text.strip() if index else "")


def cited_mark(text: str, previous: str) -> bool:
    """Given a line opened by a paragraph mark and the line before it, return True when a sentence cites the
    mark: a law's paragraph, or a decision's where the line before runs on without a stop and the sentence
    goes on in lower case."""
    if CITED_LAW.match(text):
        return True
    return bool(CITED_DECISION.match(text)) and previous[-1:].isalnum()


SUBHEADING_AFTER = 8  # a label this many lines down its page, between paragraphs, is a section heading
# 'Inbjudan att lämna synpunkter' alone (no 'på X'): a notice's section heading over its deadline and address,
# also run by a transcript into its first sentence ('Inbjudan att lämna synpunkter Synpunkter lämnas …')
BARE_INVITATION = re.compile(
    r"^inbjudan\s+att\s+(?:inkomma\s+med|lämna)\s+synpunkter\s*(?::?$|\s+(?-i:[A-ZÅÄÖ])[a-zåäö])",
    re.IGNORECASE,
)


def listed_link(lines: Sequence[Line], index: int) -> bool:
    """Return True for a bare one-word 'Remissmissiv' under two or more short lines that are no sentences:
    a web page's list of its documents ('Plan för Enköpings stad', 'Bilaga 3, Uppföljning',
    'Markanvändningskarta', 'Remissmissiv'), a link to the file, not another document's title."""
    if len(lines[index].text.split()) != 1 or index < 2:
        return False
    above = [line.text.strip() for line in lines[index - 2 : index]]
    return all(0 < len(t) <= 60 and not t.endswith((".", "!", "?", ":")) for t in above)


def _bare_invitation(lines: Sequence[Line], index: int) -> bool:
    """Return True for a bare 'Inbjudan att lämna synpunkter' down its page after a finished paragraph: the
    section of a notice that says how to answer, not the title of another document."""
    if not BARE_INVITATION.match(lines[index].text.strip()):
        return False
    page = lines[index].page
    window = lines[max(0, index - SUBHEADING_AFTER) : index]
    above = [line.text.strip() for line in window if line.page == page]
    return len(above) >= SUBHEADING_AFTER and above[-1].endswith((".", "?", "!"))


def _subheading_label(lines: Sequence[Line], index: int) -> bool:
    """Return True when a bare 'REMISS' or 'MISSIV' line stands between paragraphs down its page.

    A notice's section heading 'Remiss' (set in capitals by the page's style) over the paragraph with
    its deadline and address belongs to the notice; a document's label stands at its page's top, in a
    letterhead with a date or dnr near it. Under a page break the paragraph running on from the page before
    counts as the text over it ('… på grund av sjukdom. Beviljas.' / 'REMISS' three lines down page 2 of a
    parliament's plenary protocol saved as PDF): a heading between paragraphs, not a document's label.
    """
    if lines[index].text.strip() not in ("REMISS", "MISSIV") or index == 0:
        return False
    page = lines[index].page
    window = lines[max(0, index - SUBHEADING_AFTER) : index]
    above = [line.text.strip() for line in window if line.page == page]
    below = [line.text.strip() for line in lines[index + 1 : index + 7] if line.page == page]
    if not above or not above[-1].endswith(".") or not below:
        return False
    if len(above) < SUBHEADING_AFTER and not (len(window) == SUBHEADING_AFTER and _prosa(above)):
        return False  # near its page's top: a document's label, unless the text over it is a paragraph
        # running on from the page before ('… på grund av sjukdom. Beviljas.' / 'REMISS' under a page break)
    letterhead = any(HEADER_NEAR.match(t) or HEADER_DATUM.match(t) for t in below)
    return not letterhead and len(below[0]) > 40


PROSA_RAD = 60  # characters: a line of running text, no letterhead's field
RUNNING_SPACING = 1.6  # a paragraph's next line stands at most this many font sizes under the line before


def _prosa(texts: list[str]) -> bool:
    """Return True when the lines are the end of a paragraph: at least two, one of them running text."""
    return len(texts) >= 2 and any(len(text) >= PROSA_RAD for text in texts)


def _introduced_item(lines: Sequence[Line], index: int) -> bool:
    """Return True when the line at index is an item of a list the line before introduces (ends with ':')."""
    before = (line.text.strip() for line in reversed(lines[max(0, index - 2) : index]))
    previous = next((text for text in before if text), "")
    return previous.endswith(":") and len(previous.split()) >= 3


def _title_follows(lines: Sequence[Line], index: int) -> bool:
    """Return True when a document title or label follows a header block within a few lines."""
    for at in range(index + 1, min(index + 12, len(lines))):
        text = lines[at].text.strip()
        paragraph = PARAGRAPH_MARK.match(text) and not _cited_paragraph(lines, at)
        if _title_missiv(text) or TITLE_YTTRANDE.match(text) or paragraph:
            return True
        if len(text) > 25 and not HEADER_NEAR.match(text) and not HEADER_DATUM.match(text):
            return _looks_like_title(text)
    return False


def _looks_like_title(text: str) -> bool:
    """Return True for a short line without a final full stop: a heading, not prose."""
    return len(text) < 110 and not text.endswith((".", ",", ";", ":", "?"))


def _with_preceding_signature(lines: Sequence[Line], index: int) -> int:
    """Given a start index, return it moved back over a 'Name / Handläggare / phone' block before it."""
    begin = index
    for back in range(1, 5):
        if index - back < 0:
            break
        text = lines[index - back].text.strip()
        if HANDLAGGARE_LABEL.match(text) and len(text) < 20:
            begin = max(0, index - back - 1)
        elif back == 1 and ORGANISATION.search(text) and len(text) < 60 and not text.endswith("."):
            begin = index - 1  # the sender's name above its header block
        elif not (PHONE.match(text) or _is_name(text) or DOC_LABEL.match(text)):
            break
    return begin


# a letterhead's number line ('Dnr KS 77/2011', 'Diarienummer: 2011/123', 'Vår beteckning …')
LETTERHEAD_NUMBER = re.compile(
    r"^(?:dnr|diarienummer|diarienr|ärendenummer|vår\s+(?:beteckning|referens|ref))\b", re.IGNORECASE
)
LETTERHEAD_LINES = 10  # a letterhead's lines over its title at most (sender, unit, date, dnr, handläggare)


def _with_preceding_letterhead(lines: Sequence[Line], start: int, begin: int) -> int:
    """Given the start of the document in progress and a title's start after it, return the title's start
    moved back over the letterhead right above it: short lines, none of them prose, one a number line
    ('Haninge kommun' / 'Kommunstyrelseförvaltningen' / '9 december 2011' / 'Dnr KS 77/2011' /
    'Samhällsutveckling' / 'Erik Josephson' / 'Enligt sändlista' over 'Remiss: …', a kommun's letter quoted
    under a third party's page). The letter's head belongs to the letter, not to the text before it."""
    top = begin
    while top > start and begin - top < LETTERHEAD_LINES:
        text = lines[top - 1].text.strip()
        if not text or len(text) > PROSA_RAD or text.endswith((".", ":", ";", ",")) or not text[:1].isalnum():
            break
        top -= 1
    if begin - top < 3 or not any(LETTERHEAD_NUMBER.match(line.text.strip()) for line in lines[top:begin]):
        return begin
    return top


def _is_name(text: str) -> bool:
    """Return True for a line that looks like a person's name (2–4 capitalised words)."""
    words = text.replace(",", "").split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() and w[1:].replace("-", "").isalpha() for w in words)


# a header row joined into one line ('Energimarknadsinspektionen MISSIVBREV 1(2) … Datum Diarienr'):
# a page counter beside a header label
# a header line closing with its dated label, wherever a layout breaks it ('Utdrag ur protokoll Kulturnämnden
# Sammanträdesdatum: 2021-12-16')
HEADER_DATE_END = re.compile(r"\b(?:sammanträdes)?datum:?\s*\d{4}-\d\d-\d\d\s*$", re.IGNORECASE)
HEADER_ROW = re.compile(
    r"\b\d{1,3}\s*\(\s*\d{1,3}\s*\)(?=.*\b(?:Datum|Diarienr|Dnr|Diarienummer|Vår\s+(?:referens|beteckning))\b)"
)


def _is_header_run(lines: Sequence[Line], start: int, end: int) -> bool:
    """Return True when lines[start:end] are only a document's header (labels, dates, dnr, names), or the
    header of a printed mail ('Från:', 'Till:', 'Ämne: Remiss av …') with the mailbox's name over it."""
    from remiss.extract.epostrubrik import body_lines, read_mail_header

    mail = read_mail_header(lines[start:end])
    run = body_lines(mail, lines[start:end]) if mail else lines[start:end]  # the mail's header is a header
    for line in run:
        text = line.text.strip()
        rubrik = line.bold and len(text) <= 2 * 60  # a heading on one line where another layout breaks it
        if len(text) > 60 and not rubrik and not HEADER_NEAR.match(text) and not HEADER_ROW.search(text) \
                and not HEADER_DATE_END.search(text):
            return False
        if text.endswith(".") and len(text) > 30:
            return False
    return True


# a page that reports on remisser: news, a compilation of answers, a list of expired remisser
ABOUT_REMISSER = re.compile(
    r"^(?:nyheter|nyhet|pressmeddelande|nyhetsarkiv|tidigare\s+remisser|utgångna\s+remisser|"
    r"avslutade\s+remisser|remissammanställning|sammanställning\s+av\s+(?:inkomna\s+)?remiss\w*|"
    r"samrådsredogörelse|remissredogörelse|(?:remiss|samråds)(?:perioden|tiden)\s+(?:är\s+)?avslutad)\b",
    re.IGNORECASE,
)
COMPILATION = re.compile(
    r"^(?:remissammanställning|sammanställning\s+av\s+(?:inkomna\s+)?remiss\w*|samrådsredogörelse|"
    r"remissredogörelse)\b",
    re.IGNORECASE,
)
# ... or with the document's kind after the plan it reports on, last in the title ('YDRE KOMMUNS ÖVERSIKTSPLAN
# Samrådsredogörelse', a transcript's page counter before it; 'Detaljplan för X – samrådsredogörelse'); a
# sentence ending in the word ('… har sammanfattats i en samrådsredogörelse') is no title
COMPILATION_LAST = re.compile(
    r"^(?![^.]*\.\s)(?!.*\b(?:har|är|ska|skall|kan|finns|blir|kommer)\b)"
    r"\S.{2,100}?\s(?:[–-]\s*)?(?:samrådsredogörelse|remissredogörelse|remissammanställning)n?\s*$",
    re.IGNORECASE,
)
NEWS_LABEL = re.compile(r"^(?:nyheter|nyhet|pressmeddelande)\b", re.IGNORECASE)
# a request to the readers themselves: 'Kommunerna ombeds svara på remissen', 'inbjuds att lämna synpunkter',
# 'De får möjlighet att yttra sig över strategin fram till den 31 mars 2022' (as 'bereds möjlighet')
ASKS_READER = re.compile(
    r"\b(?:ombeds|uppmanas|inbjuds|(?:bereds|får)\s+(?:härmed\s+)?(?:möjlighet|tillfälle))\s+(?:att\s+)?"
    r"(?:svara|yttra|lämna|inkomma|komma\s+in)",
    re.IGNORECASE,
)
# the remitter's own news headline on a remiss it sends now, in the remitter's word: the proposal first and
# 'remitteras' last ('Departementspromemorian En moderniserad taltidningsverksamhet remitteras') or the
# remitter first ('Regeringen remitterar förordning för …', 'Finansdepartementet remitterar …'); counted
# only over a deadline of the page's own (bedom_missiv). Not the news words 'på remiss', 'ute på remiss', 'går
# ut på remiss', which a trade paper's or a firm's news on another's remiss also heads with ('Utredningen om
# jämlik tandhälsa ute på remiss', 'LSS-utredningen går ut på remiss': annat); nor 'Regeringen har beslutat
# om lagrådsremissen …'. (missiv30) The remitter's act in the passive is the same headline: 'Likvärdiga krav
# på mål och riktlinjer för alla utförare av kommunal verksamhet skickas på remiss', 'Förslag om eldning av
# trädgårdsavfall har skickats på remiss', 'Ny avfallsplan skickas ut på remiss', and the remitter first with
# 'skickar … på remiss', whoever it is ('Transportstyrelsen remitterar …', 'Region Exempel skickar
# kulturplanen på remiss'); a headline, never a sentence with its full stop ('Finansdepartementet skickar nu
# förslaget på remiss till den 1 februari 2023.' under 'Förslag om förstärkt FoU-avdrag på remiss')
REMISS_NEWS_TITLE = re.compile(
    r"^(?![^.!?]*[.!?]\s)(?!.*\.\s*$)(?:\S.{2,200}?\s(?:remitteras|(?:skickas|sänds)\s+(?:nu\s+)?(?:ut\s+)?på\s+remiss|"
    r"(?:har\s+(?:nu\s+)?)?(?:skickats|skickat|sänts|sänt)\s+(?:ut\s+)?på\s+remiss)|"
    r"(?-i:[A-ZÅÄÖ])[\wåäö-]*(?:\s+[\wåäö-]+){0,3}?\s+"
    r"(?:remitterar\s+\S.*|(?:skickar|sänder)\s+\S.*?\spå\s+remiss\b.*))"
    r"\s*$",
    re.IGNORECASE,
)
REMISS_NEWS_SIGNAL = "nyhetsrubrik om en remiss som skickas nu"
MISSIV_GRANS = 4.5  # a document scoring this much is a missiv
MISSIV_OSAKER = 3.5  # from here up to MISSIV_GRANS: a missiv, reported with a warning
# near the threshold a document is a missiv only when it also says when or where to answer
SVARSSIGNALER = ("svarsdatum", "svar_skickas_till", "synpunkter_senast")
# ... or when it asks the reader for views itself, without a date: a company's own invitation to the samråd
# it holds ('Cementa bjuder därför in boende … till samråd enligt 6 kap. miljöbalken'), an organisation that
# tells those with views whom to contact ('… som har synpunkter på förändringarna kan kontakta förbundet')
# (and an association that asks its members for views to its own answer: 'feedback på utkastet till
# remissvar', or invites its branches to take part in its own round: 'erbjuds därför att delta i
# remissarbetet')
# (and a Finnish-Swedish notice's 'Eventuella anmärkningar om förslaget ska tillställas nämnden …')
# (and an organisation that will write its own answer and asks the reader to contribute: 'planerar att skriva
# en inlaga om detta. Om du … är intresserad av att bidra …, skriv till ordförande@…')
BER_OM_SVAR = ("bjuder_in_till_samrad", "inbjudan_till_samrad", "synpunkter_kontakta",
               "synpunkter_till_eget_svar", "medverka_i_eget_svar", "medlemsremiss", "anmarkningar_lamnas",
               "bidrag_till_eget_svar")


@dataclass(frozen=True)
class Signal:
    """A phrase that speaks for (or against) a document being a missiv, from modeller/missiv.toml."""

    namn: str
    vikt: float
    monster: re.Pattern[str]
    exempel: str
    ankare: re.Pattern[str] | None = None  # what every match holds, at most ankarfonster characters in
    ankarfonster: int = 0


@dataclass(frozen=True)
class Bedomning:
    """How much a document looks like a missiv: its score and the signals (name, weight) that gave it."""

    poang: float
    signaler: tuple[tuple[str, float], ...]

    @property
    def av_typmodell(self) -> bool:
        """Return True when the learned type, not the score, made the document a missiv (`med_typmodell`)."""
        return any(name.startswith(TYPMODELL_SIGNAL) for name, _ in self.signaler)

    @property
    def skal(self) -> tuple[str, ...]:
        """Return the signals as reasons to show: 'remissrubrik (+3)'."""
        return tuple(f"{name} ({weight:+g})" for name, weight in self.signaler)


@lru_cache(maxsize=1)
def signaler() -> tuple[Signal, ...]:
    """Return the missiv signals of modeller/missiv.toml.

    A signal with an `ankare` (and `ankarfonster`) is searched by it in `bedom_missiv` (fastsearch.anchor).
    """
    data = modell_toml("missiv.toml")
    found = tuple(
        Signal(
            namn=entry["namn"],
            vikt=float(entry["vikt"]),
            monster=re.compile(entry["monster"], re.IGNORECASE),
            exempel=entry["exempel"],
            ankare=re.compile(entry["ankare"], re.IGNORECASE) if "ankare" in entry else None,
            ankarfonster=int(entry.get("ankarfonster", 0)),
        )
        for entry in data["signal"]
    )
    for signal in found:
        if signal.ankare is not None:
            fastsearch.anchor(signal.monster, signal.ankare, signal.ankarfonster)
    return found


@lru_cache(maxsize=1)
def _ad_lines() -> frozenset[str]:
    """Return a newspaper's advertising labels that stand alone on a line (modeller/missiv.toml [tidning])."""
    data = modell_toml("missiv.toml")
    return frozenset(row.lower() for row in data["tidning"]["annonsrader"])


@lru_cache(maxsize=1)
def _ad_sections() -> frozenset[str]:
    """Return a site's advertising section headings that stand alone on a line anywhere on the page
    (modeller/missiv.toml [tidning] annonssektioner: 'Annonser')."""
    data = modell_toml("missiv.toml")
    return frozenset(row.lower() for row in data["tidning"]["annonssektioner"])


@lru_cache(maxsize=1)
def _signal_patterns() -> tuple[re.Pattern[str], ...]:
    """Return the patterns of the missiv signals, in signaler()'s order."""
    return tuple(s.monster for s in signaler())


def classify(lines: Sequence[Line]) -> Dokumenttyp:
    """Given a document's lines, return its type: missiv, yttrande, protokollsutdrag, kallelse or annat."""
    return classify_scored(lines)[0]


def classify_scored(
    lines: Sequence[Line], *, typmodell: bool = False
) -> tuple[Dokumenttyp, Bedomning | None]:
    """Given a document's lines, return its type and, when it was scored as a possible missiv, the score.

    A printed mail's header over the text ('Från:', 'Till:', 'Ämne:') is not read: the text's own opening
    (a 'REMISS' label, a title on its first lines) stands where the mail's header stood. With `typmodell`
    (a file that is one short document) the learned type has a say where the score decides
    (`med_typmodell`)."""
    from remiss.extract.epostrubrik import body_lines, read_mail_header

    mail = read_mail_header(lines)
    lines = body_lines(mail, lines) if mail else lines
    typ = _typ_fore_poang(lines)
    protocol = typ == "protokollsutdrag" or (typ is None and _protocol_extract(lines))
    if protocol and _remits(lines):
        # the paragraph's decision remits to named bodies: it is the remiss they get, whatever it scores
        return "missiv", bedom_missiv(lines)
    if typ is not None:
        return typ, None
    typ, bedomning = _poangtyp(lines)
    return med_typmodell(lines, typ, bedomning) if typmodell else (typ, bedomning)


ATERKALLAD = "aterkallad_remiss"  # missiv.toml: 'Denna remiss har återkallats', '… återkallar remissen'


def _poangtyp(lines: Sequence[Line]) -> tuple[Dokumenttyp, Bedomning]:
    """Given a document's lines (not typed by its opening), return missiv or annat by its missiv score."""
    bedomning = bedom_missiv(lines)
    if any(name == ATERKALLAD for name, _ in bedomning.signaler):
        return "annat", bedomning  # a recalled remiss: nothing to answer, whatever else it says (kalla41)
    if not _concrete(lines, bedomning):
        # (a page that names no date, address or list is no missiv, unless it sends its remiss out now and
        # asks its own reader for views on it, _skickar_ut_och_bjuder_in, or asks for views on its own
        # proposal in the first person, _fragar_om_eget_forslag)
        egen = _skickar_ut_och_bjuder_in(lines, bedomning) or _fragar_om_eget_forslag(bedomning)
        return ("missiv" if egen else "annat"), bedomning
    if bedomning.poang >= MISSIV_OSAKER and _nyhetslista_utan_fraga(lines):
        return "annat", bedomning  # a news list's post on another's remiss, nothing asked of its reader
    if bedomning.poang >= MISSIV_GRANS:
        return "missiv", bedomning
    if _bjuder_in_sjalv(bedomning) or _fragar_om_eget_forslag(bedomning):
        return "missiv", bedomning  # the sender's own invitation to its samråd or call for views, without a
        # date (a warning)
    actionable = any(name.startswith(SVARSSIGNALER + BER_OM_SVAR) for name, _ in bedomning.signaler)
    if not actionable and _titled_remiss(lines, bedomning) and _eget_svar(lines):
        return "annat", bedomning  # 'Remiss av betänkandet …' over the sender's own answer to it
    actionable = actionable or _titled_remiss(lines, bedomning)
    return ("missiv" if bedomning.poang >= MISSIV_OSAKER and actionable else "annat"), bedomning


def _nyhetslista_utan_fraga(lines: Sequence[Line]) -> bool:
    """Return True for a list of two or more dated news posts (`kontroll.struktur.daterade_inlagg`) that
    asks nothing of its reader itself (OWN_ASK, a reply address): its post on a remiss tells of another's
    ('… nu har remitterats av Miljödepartementet som önskar synpunkter senast 22 juni 2020', a society's news
    list, prov37/fabodbrukarna-landsbygdspolitik-nyheter, annat39); a kommun's own news list on its open
    samråd asks for views ('Maila dina synpunkter till …', prov34/varnamo-oversiktsplan-samrad-nyheter) and
    is the remiss."""
    from remiss.extract.core import find_svarsadress
    from remiss.extract.text import Text

    if not _kan_ha_daterade_inlagg(lines):
        return False
    text = Text.of(list(lines))
    if OWN_ASK.search(text.joined) is not None:
        return False
    from remiss.kontroll.struktur import daterade_inlagg  # the kontroll package: only when it can answer

    return len(daterade_inlagg(lines)) >= 2 and find_svarsadress(text)[0] is None


# (fart40) what kontroll.struktur's dated posts (daterade_inlagg) cannot do without, read here so that a tolka
# run imports the kontroll package (eleven modules, some 50 M instructions) only for a page that may be a
# list of posts: a date line ends with its date ('onsdag 15 maj 2013', 'Publicerad: 2013-08-28', its time
# after it; struktur.DATUM and _datumrad), a date run into the text has its weekday (INKORD_DATUMRAD), a post
# run in opens its line with its ISO date (INKORD_ISODATUM); the months and the time are struktur's own (from
# remiss.dates), and tests/test_fart40.py holds the rest to struktur's
INLAGG_MANADER = MANADER_MONSTER
INLAGG_KLOCKSLAG = KLOCKSLAG
INLAGG_DATUMSLUT = re.compile(
    rf"(?:\d{{1,2}}\s+(?:{INLAGG_MANADER})\.?\s*,?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}){INLAGG_KLOCKSLAG}\W*$",
    re.IGNORECASE,
)
INLAGG_VECKODAG = re.compile(r"måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag", re.IGNORECASE)
INLAGG_ISOSTART = re.compile(r"^\W*(?:19|20)\d\d-[01]\d-[0-3]\d\s")


def _kan_ha_daterade_inlagg(lines: Sequence[Line]) -> bool:
    """Return False when `kontroll.struktur.daterade_inlagg` surely finds fewer than two posts in lines: no
    two different lines (the last one aside) end with a date, no weekday stands in the text and no two lines
    open with an ISO date; True when it may find two."""
    texts = [" ".join(line.text.split()) for line in lines]
    if sum(INLAGG_ISOSTART.match(text) is not None for text in texts) >= 2:
        return True
    if any(INLAGG_VECKODAG.search(text) for text in texts):
        return True
    return len({text.lower() for text in texts[:-1] if INLAGG_DATUMSLUT.search(text.lower())}) >= 2


# the sender's own invitation to the samråd it holds ('Vi välkomnar in till samråd måndagen den 19
# september …', 'Gasum AB … inbjuder härmed till samråd enligt miljöbalken', 'Inbjudan till samrådsmöte'): the
# samråd asks for views, so the invitation is the remiss even without a deadline or a second signal (korpus
# README, Facit: a samråd invitation asking the public for views is a remiss; register it and warn), unless a
# signal speaks against it (a newspaper's article, a meeting reported afterwards, a news site's furniture)
SAMRADSINBJUDAN = ("bjuder_in_till_samrad", "inbjudan_till_samrad")


def _bjuder_in_sjalv(bedomning: Bedomning) -> bool:
    """Return True when the score holds the sender's own invitation to a samråd and nothing against a
    missiv."""
    return _egen_signal_utan_mot(bedomning, SAMRADSINBJUDAN)


def _egen_signal_utan_mot(bedomning: Bedomning, namn: tuple[str, ...]) -> bool:
    """Return True when the score holds one of the named signals of the sender's own act and no signal
    against a missiv."""
    signaler = bedomning.signaler
    return any(name in namn for name, _ in signaler) and all(weight >= 0 for _, weight in signaler)


# (typ46) the sender's own call for views on its own proposal or draft, in the first person ('Vi vill höra
# dina åsikter om vårt förslag!', 'Nu finns en skiss på ett förslag … Det vill vi gärna höra dina åsikter
# om!', an agency council's page inviting views at a hearing and on its site,
# prov44/samordningsradet-smarta-elnat-almedalen-synpunkter; missiv.toml synpunkter_pa_eget_forslag): the
# call is the remiss, with or without a deadline or an address (korpus README, Facit: the one who asks whom
# to answer), unless a signal speaks against it (another's news, a meeting reported afterwards); under the
# threshold it is registered with a warning
EGET_FORSLAG = "synpunkter_pa_eget_forslag"


def _fragar_om_eget_forslag(bedomning: Bedomning) -> bool:
    """Return True when the score holds the sender's own call for views on its own proposal and nothing
    against a missiv."""
    return _egen_signal_utan_mot(bedomning, (EGET_FORSLAG,))


# (kalla37) the remitter's own notice that its remiss goes out now ('Utvecklingsstrategi för Östergötland
# går ut på remiss till …', missiv.toml ute_pa_remiss) and invites its reader to give views on it ('nu bjuder
# vi in för ytterligare tankar och synpunkter', inbjudan): the remiss even where the page names no date,
# address or list (Region Östergötlands nyhet, cut before its deadline), as the sender's own samråd
# invitation is (_bjuder_in_sjalv); at the missiv's threshold and with nothing against it
# (the remiss itself going out, not a plan 'på samråd' in general: 'Handlingarna till planer som är på
# samråd …' on a kommun's page on taking part, missiv/hedemora-sa-kan-du-paverka-planfragor: no missiv)
GAR_UT_PA_REMISS = re.compile(r"\b(?:går|skickas|sänds)\s+(?:nu\s+)?ut\s+på\s+remiss\b", re.IGNORECASE)
LASARINBJUDAN = ("inbjudan", "tyck_till")


def _skickar_ut_och_bjuder_in(lines: Sequence[Line], bedomning: Bedomning) -> bool:
    """Return True when the text sends its remiss out now ('går ut på remiss'), the score holds an invitation
    to its reader, the missiv's threshold and nothing against a missiv."""
    signaler = bedomning.signaler
    return (bedomning.poang >= MISSIV_GRANS and all(weight >= 0 for _, weight in signaler)
            and any(name == "ute_pa_remiss" for name, _ in signaler)
            and any(name in LASARINBJUDAN for name, _ in signaler)
            and GAR_UT_PA_REMISS.search(" ".join(line.text for line in lines[:400])) is not None)


TYPMODELL_SIGNAL = "typmodell"  # the name of the learned type's entry among a score's signals
# the learned type is asked only of a file that is one document of at most this many pages: it was trained on
# single letters, notices and answers, not on the parts of a meeting package
MAX_SIDOR_TYPMODELL = 6


def med_typmodell(
    lines: Sequence[Line], typ: Dokumenttyp, bedomning: Bedomning
) -> tuple[Dokumenttyp, Bedomning]:
    """Given a document typed by its missiv score, return its type with the learned type's say
    (`remiss.typmodell`).

    The model overrules the score when sure: a passed-on consultation ('Tyck till före den 30 april') that
    the rules score under the threshold is a missiv, reported with the uncertain missiv's warning, unless a
    signal speaks against it ('Nu har vi skickat in vårt [remissvar]': the page answers the remiss); a reply
    headed 'Remiss avseende …' that scores as a missiv is no missiv when the model reads a yttrande (the check
    reads it); a page on how to write a remissvar is no missiv when the model is very sure it is neither. Its
    probabilities go with the score's signals, for --forklara."""
    from remiss import typmodell as tm

    mot = any(weight < 0 for _, weight in bedomning.signaler)  # the rules' own evidence against a missiv
    # the rules' conditions first (the cheap ones before _asks_itself), the learned type only where it can
    # change the type: most documents are neither case, and reading the model costs its load and a pass
    fraga = (typ == "annat" and not mot and _speaks_of_views(lines) and _asks_itself(lines, bedomning)
             and not _remiss_intake(lines))
    if not fraga and (typ != "missiv" or _own_news(lines, bedomning)):
        return typ, bedomning
    tolkning = tm.bedom(lines)
    if fraga and tolkning.ar(tm.REMISS):
        typ = "missiv"
    elif typ == "missiv" and (tolkning.ar(tm.YTTRANDE) or tolkning.ar(tm.ANNAT, tm.MYCKET_SAKER)):
        typ = "annat"
    else:
        return typ, bedomning
    signal = (tolkning.forklaring(), 0.0)  # 'typmodell: remiss 0,81, …' (TYPMODELL_SIGNAL)
    return typ, replace(bedomning, signaler=(*bedomning.signaler, signal))


def _own_news(lines: Sequence[Line], bedomning: Bedomning) -> bool:
    """Return True when a missiv is the remitter's own news on the remiss it sends, which the learned type
    must not take away: its headline on the remiss with the date to answer by (however the model reads a
    press release's paragraphs on the proposal, 'I promemorian föreslås …', missiv29), or a page headed as
    the remiss that lists whom it was sent to ('Remiss av förslag till …' over 'Remissinstanser 1.
    Naturvårdsverket …'), even when it tells how many answered (typ30: a retrained model may read it as a
    report on the answers)."""
    names = {name for name, _ in bedomning.signaler}
    return (REMISS_NEWS_SIGNAL in names or _sends_now(lines)
            or (bool(names & set(REMISS_HEADED)) and "lista över remissinstanser" in names))


# the page asks for views itself: in its own voice ('Vi vill gärna ha synpunkter på förslaget', 'hoppas vi att
# du kan ge en återkoppling', 'Tyck till om …', 'Skicka dina synpunkter …') or by naming where or how they go
# ('Anmärkning riktas till stadsarkitektkansliet', 'Synpunkter lämnas skriftligen … till …', '… via
# e-tjänsten')
_VIEWS = (r"(?:synpunkter|kommentarer|åsikter|tankar|inspel|idéer|svar|yttranden?|återkoppling|"
          r"anmärkning(?:ar)?)")
OWN_ASK = re.compile(
    rf"\b(?:vi|oss)\b[^.!?]{{0,60}}\b{_VIEWS}\b"
    rf"|\b{_VIEWS}\b[^.!?]{{0,60}}\b(?:till\s+oss|vi\s+(?:vill|tar))\b"
    r"|(?:^|[.!?]\s+)(?:tyck|skicka|lämna|mejla|maila|berätta|säg)\b"
    rf"|\b{_VIEWS}\b[^.!?]{{0,80}}\b(?:lämnas|riktas|skickas|sänds|inlämnas|ställs)\b[^.!?]{{0,60}}\btill\b"
    # a way to answer named in the sentence: 'kan lämna synpunkter via e-tjänsten', '… i formuläret nedan'
    rf"|\b{_VIEWS}\b[^.!?]{{0,80}}\b(?:e-tjänst|webbformulär|formulär|enkät|kommentarsfält|dialogkarta)",
    re.IGNORECASE | re.MULTILINE,
)


# the sender's own act now, with the date the remiss runs to: 'Finansdepartementet skickar nu förslaget på
# remiss till den 18 januari 2023' (a press release on the remiss it sends, never an answer to one)
SENDS_NOW = re.compile(
    r"\b(?:skickar|sänder|remitterar)\s+(?:nu|i\s+dag|idag|härmed)\s+(?:\S+\s+){0,4}?på\s+remiss\s+"
    r"(?:fram\s+)?till(?:\s+och\s+med)?\s+(?:den\s+)?\d",
    re.IGNORECASE,
)


def _sends_now(lines: Sequence[Line]) -> bool:
    """Return True when the page's sender sends the remiss now until a date (SENDS_NOW)."""
    return SENDS_NOW.search(" ".join(line.text for line in lines[:80])) is not None


# the words of a remiss, a samråd or views on a proposal: a page with none of them (a press conference's
# registration 'Obligatorisk föranmälan senast …', a newsletter's sign-up) is no remiss whatever the learned
# type reads (missiv29); a notice's 'Underrättelse om samråd', not an intelligence centre ('Försvarsmaktens
# underrättelse- och säkerhetscentrum', a press conference of 2025 on regeringen.se, missiv31)
VIEWS_WORDS = re.compile(
    r"remiss|samråd|synpunkt|yttra|tyck\w*\s+till|granskning|utställ|ställs\s+ut|kungör|förslag|"
    r"åsikt|kommentera|inspel|medborgardialog|underrättelse(?:n)?\s+om\b|remitt",
    re.IGNORECASE,
)


def _speaks_of_views(lines: Sequence[Line]) -> bool:
    """Return True when the page has a word of a remiss, a samråd or views (VIEWS_WORDS). The lines are
    searched in one pass (`fastsearch`: the pattern without IGNORECASE over the lower-cased text), joined by
    a character no part of the pattern matches (NUL: no letter, no space), so a match stays within a line as
    when each line was searched alone: a line at a time cost ~6 ms of a 100-page package, this ~1 ms."""
    return fastsearch.search(VIEWS_WORDS, fastsearch.fold("\0".join(line.text for line in lines)))


# an organisation's instructions on how others send it their remisser: the remisser (plural) are what is sent
# to it ('Remisser och underrättelser i planärenden skickas till: registrator@…', 'Så skickar du remisser till
# oss'); a missiv sends one remiss out ('Remissen skickas till följande remissinstanser') and asks for
# answers; also one remiss, indefinite, that the reader sends in ('den tjänst du får om du skickar in en
# remiss till LFV', 'kan du skicka in en remissförfrågan': LFV's service page,
# prov38/lfv-flyghinderanalys-remiss-att-tanka-pa, annat40); a remissinstans sends in its answer
# ('remissvar', 'yttrande'), never 'en remiss'
REMISS_INTAKE = re.compile(
    r"\bremisser\b[^.!?:\n]{0,60}\b(?:skickas|sänds|lämnas)\s+(?:digitalt\s+)?till\b"
    r"|\b(?:skicka[rs]?|sänd[ae]?r?)\s+(?:du|ni|man|in\s+)?\s*(?:er[ae]?\s+|dina\s+)?remisser\s+till\s+oss\b"
    r"|\bskicka[rs]?\s+(?:du\s+|ni\s+|man\s+)?in\s+en\s+remiss(?:förfrågan)?\b",
    re.IGNORECASE)


def _remiss_intake(lines: Sequence[Line]) -> bool:
    """Return True when the page tells others how to send it their remisser (REMISS_INTAKE): an intake
    instruction, never a remiss however the type model reads its words of remisser and deadlines. The lines
    are read joined: a printed page breaks the sentence anywhere ('… om du skickar' / 'in en remiss till
    LFV')."""
    return REMISS_INTAKE.search(" ".join(line.text.strip() for line in lines)) is not None


def _asks_itself(lines: Sequence[Line], bedomning: Bedomning) -> bool:
    """Return True when a page asks for answers with a time or a way to answer (a deadline or a period with
    its dates, an address the answers go to) or in its own voice ('Vi vill gärna ha synpunkter på förslaget'):
    what the type model may read as a remiss when the rules score it under the threshold. A page that only
    reports another's consultation in the third person and lists its contacts ('Perstorps kommun har tagit
    fram ett förslag … Allmänheten med flera kan tycka till om den under tiden augusti – oktober', a portal's
    news, prov25/soderasportalen-perstorp-oversiktsplan, missiv27) asks nothing of its reader: annat (korpus
    README, Facit: another's news about a remiss is annat; a remiss asks with a time or a way)."""
    from remiss.extract.core import find_svarsadress
    from remiss.extract.text import Text

    if any(name.startswith(CONCRETE) for name, weight in bedomning.signaler if weight > 0):
        return True
    text = Text.of(list(lines))
    return OWN_ASK.search(text.joined) is not None or find_svarsadress(text)[0] is not None


def _eget_svar(lines: Sequence[Line]) -> bool:
    """Return True when the text under a remiss title is the sender's answer to it, not the remiss: an
    organisation's page headed 'Remiss av betänkandet SOU 2023:57 …' that goes on 'Dock avstyrker Sveriges
    Stadsmissioner samtliga förslag …' (the check's reading of a remissvar, `kontroll.signaler`)."""
    from remiss.kontroll.signaler import ar_remissvar

    return ar_remissvar(list(lines))


# signals that ask for answers to a named remiss by themselves: a remiss title, a list of instanser, a
# deadline with its date, a period with its dates ('pågår från 6 november 2023 till 12 januari 2024'), a
# procedure open now ('Nu har du möjlighet att tycka till om förslaget'), 'remitterar', 'aktuella
# remisser'; not the words 'ute på remiss' or 'är på samråd' alone, which a page on remisser in general
# also uses ('planer som är på samråd', 'skickar regeringen ut det på remiss')
CONCRETE = ("remissrubrik", "etiketten MISSIV", "etiketten REMISS", "lista över",
            "remissinstanser i en mening", "svarsdatum", "period_med_datum", "sista_dagen", "nu_oppet",
            "remitterat", "aktuella_remisser", "remitterar_for_yttrande", "bjuder_in_till_samrad",
            "inbjudan_till_samrad", "ar_remissinstans", "synpunkter_till_eget_svar", "medverka_i_eget_svar",
            "medlemsremiss", "bidrag_till_eget_svar",
            "framlagt_under_period", "begaran_om_utlatanden")


# an extract of a protocol: 'Utdrag ur protokoll …', 'Protokollsutdrag …', a paragraph ('… § 5, 1313/22')
PROTOCOL_EXTRACT = re.compile(r"^(?:utdrag\s+ur\s+protokoll|protokollsutdrag)\b|§\s*\d+", re.IGNORECASE)


def _protocol_extract(lines: Sequence[Line]) -> bool:
    """Return True when the opening lines say the document is an extract of a protocol."""
    return any(PROTOCOL_EXTRACT.search(line.text.strip()) for line in lines[:6])


def _remits(lines: Sequence[Line]) -> bool:
    """Return True for a protocol paragraph whose decision remits something to named bodies for yttrande
    ('Kommunstyrelsen remitterar … till nämnden för funktionsstöd, … för yttrande.')."""
    from remiss.instanser import remitting_decision

    return remitting_decision(" ".join(line.text.strip() for line in lines[:80]))


def _concrete(lines: Sequence[Line], bedomning: Bedomning) -> bool:
    """Return True when a document names a remiss, not only the way to comment in general.

    A page on how to comment on a detaljplan ('Under samrådet är de berörda välkomna att lämna
    synpunkter … senast under utställningstiden') invites views but names no remiss, no date and no
    address: it is no missiv however many invitation phrases it holds.
    """
    if any(name.startswith(CONCRETE) for name, weight in bedomning.signaler if weight >= 0):
        return True
    from remiss.instanser import EMAIL

    return any("@" in line.text and EMAIL.search(line.text) for line in lines[:400])  # '@' in each


# the sender in the genitive before the kind, an answer's title near the top: "Arvidsjaurs kommuns
# yttrande över remissen ”Starkare kommuner …”" (a name of capitalised words and an organisation's kind;
# not the rest of a sentence the line break cut, "… överlämnas till Regeringen som" / "Sollentuna kommuns
# yttrande över …")
EGEN_YTTRANDETITEL = re.compile(
    r"^(?-i:[A-ZÅÄÖ][\wåäö-]+)(?:\s+(?:(?-i:[A-ZÅÄÖ][\wåäö-]+)|kommun|stad|läns|region|landsting|och|för|i))"
    r"{0,3}?s\s+(?:yttrande|remissvar|remissyttrande)\s+(?:över|angående|gällande|avseende|rörande)\s+\S",
    re.IGNORECASE,
)


def fortsatter_meningen(lines: Sequence[Line], index: int) -> bool:
    """Return True when the line above runs on into line `index`: a long line ending in a word without a stop
    ("… överlämnas till Utbildningsdepartementet som" / "Huddinge kommuns yttrande över promemorian …")."""
    forra = lines[index - 1].text.strip() if index else ""
    return len(forra) > 40 and forra[-1:].isalpha() and forra[-1:].islower()


def _egen_yttrandetitel(lines: Sequence[Line]) -> bool:
    """Return True when a line among the first is the sender's own answer titled by it ('Arvidsjaurs kommuns
    yttrande över remissen …'), not a sentence going on over the line break or saying when answers are due."""
    texts = [line.text.strip() for line in lines]
    return any(EGEN_YTTRANDETITEL.match(t) and not fortsatter_meningen(lines, i)
               and not SENAST_DATUM.search(t) and not SVAR_SENAST.search(" ".join(texts[i : i + 3]))
               for i, t in enumerate(texts))


def _typ_fore_poang(lines: Sequence[Line]) -> Dokumenttyp | None:
    """Given a document's lines, return the type its first lines decide (yttrande, protokoll, kallelse)."""
    head = [line.text.strip() for line in lines[:16]]
    if any(_capitalised(t) and _yttrande_title(head[i : i + 4]) for i, t in enumerate(head)):
        return "yttrande"  # 'remissvar. Detta …' is prose
    leds = ((i, after_lead(t)) for i, t in enumerate(head))
    if any(rest and _yttrande_title([rest, *head[i + 1 : i + 4]]) for i, rest in leds):
        return "yttrande"  # 'Synpunkt på samråd Haga Station: Yttrande över …', a transcript's joined lines
    if _egen_yttrandetitel(lines[:16]):
        return "yttrande"
    etikett = any(YTTRANDE_LABEL.match(t)
                  or ENSAM_YTTRANDEETIKETT.match(t) and not _how_to_answer(head[i + 1 : i + 3])
                  for i, t in enumerate(head[:8]))
    if etikett or YTTRANDE_I_BREVHUVUD.search(" ".join(head[:8])):
        return "yttrande"  # the flattened letterhead wraps where the layout breaks it: its lines joined
    marks = (PARAGRAPH_MARK.match(t) and not cited_mark(t, head[i - 1] if i else "")
             for i, t in enumerate(head[:8]))
    if any(marks) \
            or any(PROTOCOL_HEAD.match(t) for t in head):
        return "protokollsutdrag"
    if any(t.startswith("KALLELSE") for t in head):
        return "kallelse"
    return None


# the sentence that says when the answers are due ('Remissvar över avsnitten 5.1, 5.3 … ska ha kommit in till
# Landsbygds- och infrastrukturdepartementet senast den 29 november 2024.'): a missiv's deadline, no title
SVAR_SENAST = re.compile(
    r"\b(?:ska|skall|bör|måste)\s+(?:ha\s+kommit\s+in|vara\s+\w+\s+(?:tillhanda|till\s+handa)|"
    r"(?:lämnas|skickas|sändas|mejlas)\b[^.]{0,80}?\bsenast)\b|"
    r"\b(?:önskas|emotses|välkomnas)\b[^.]{0,40}?\b(?:senast|före|tillhanda|till\s+handa)\b",
    re.IGNORECASE,
)
# a date due on the line itself ('Remissvar önskas senast den 13 augusti 2018 per e-post till'): an answer's
# title never says by when
SENAST_DATUM = re.compile(r"\bsenast\s+(?:(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?\s+)?(?:den\s+)?\d",
                          re.IGNORECASE)


# a notice's section on how to answer, under its heading 'Yttrande': 'Yttrande ställs skriftligen till Heby
# kommun, …', 'Yttrande ska ha inkommit senast den 1 november 2023.'
HOW_TO_ANSWER = re.compile(
    r"^(?:yttranden?|synpunkter(?:na)?|remissvar(?:et|en)?)\s+(?:ställs|skickas|lämnas|sänds|mejlas|ska|skall|bör|"
    r"kan|måste)\b",
    re.IGNORECASE,
)


def _how_to_answer(below: Sequence[str]) -> bool:
    """Return True when the lines under a lone 'Yttrande' say how the answer is to be given: the heading of a
    missiv's section, not the label of an answer."""
    return any(HOW_TO_ANSWER.match(t) for t in below)


def _yttrande_title(texts: Sequence[str]) -> bool:
    """Given a line and the lines after it, return True when the line starts a yttrande's title.

    'Remissvar över avsnitten … ska ha kommit in till … senast den 29 november 2024.' starts like an
    answer's title but its sentence (read on to its full stop, over line breaks) says when the
    answers are due: a missiv's deadline.
    """
    if not texts or not TITLE_YTTRANDE.match(texts[0].strip()):
        return False
    if SENAST_DATUM.search(texts[0]):
        return False
    sentence = []
    for text in texts:
        sentence.append(text.strip())
        if text.strip().endswith("."):
            break
    return not SVAR_SENAST.search(" ".join(sentence))


# a short heading run into the title after it with its colon, as a transcript joins them: 'Synpunkt på
# samråd Haga Station: Yttrande över …' (not a missiv's label: 'Remiss:', 'Begäran om yttrande:')
LEAD = re.compile(r"^(?![^:]*\b(?:remiss|begäran|inbjudan|missiv))[^\W\d][^:.!?]{2,60}:\s+(?=(?-i:[A-ZÅÄÖ]))",
                  re.IGNORECASE)


def after_lead(text: str) -> str:
    """Given a line, return its text after a short heading and its colon that open it (LEAD), else ''.

    A line without a colon is not tried: LEAD's lookahead would read it whole first (every part's opening
    lines pass here, `_typ_fore_poang`)."""
    lead = LEAD.match(text) if ":" in text else None
    return text[lead.end() :] if lead and len(lead.group(0).split()) <= 8 else ""


def _capitalised(text: str) -> bool:
    """Return True when the first letter of text is a capital (a heading, not a wrapped sentence)."""
    letter = re.search(r"[^\W\d_]", text)
    return letter is not None and letter.group(0).isupper()


def _titled_remiss(lines: Sequence[Line], bedomning: Bedomning) -> bool:
    """Return True for a document titled as a remiss in its first lines with nothing against it.

    'Remiss av promemorian Anvisade elavtal' over a page of answers received is still the remiss
    (register it and warn: no svarsdatum); a protocol's 'Remiss: X' item is not, as the decision
    about a yttrande weighs against it.
    """
    head = [line.text.strip() for line in lines[:TITLE_LINES]]
    titled = any(TITLE_MISSIV.match(t) or FIRST_TITLE.match(t) or REMISS_LABEL.match(t) for t in head)
    return titled and not any(weight < 0 for _, weight in bedomning.signaler)


# the document's kind in the letterhead, as agencies set it over a remiss promemoria: 'REMISS',
# '1 (16) REMISS', 'LIVSMEDELSVERKET REMISS 2 (11)' (capitals: a label, not the word in a sentence)
REMISS_LABEL = re.compile(
    r"^(?:\d{1,3}\s*\(\s*\d{1,3}\s*\)\s+)?(?:[A-ZÅÄÖ][A-ZÅÄÖ -]{2,40}\s+)?REMISS"
    r"(?:\s+\d{1,3}\s*\(\s*\d{1,3}\s*\))?$"
)
# the news section a kommun's site puts over its own notices ('Nyheter', 'Nyhet'), not a press release; also
# with the item's topics after a colon, each with its capital, joined by '&' or commas ('Nyheter: Bygga bo &
# miljö, Trafik & resor'), not a headline after it ('Nyheter: Ytterligare möjligheter att lämna synpunkter …')
_TOPIC = r"(?-i:[A-ZÅÄÖ])[\wåäö-]*(?:\s+[\wåäö-]+){0,2}?(?:\s+&\s+[\wåäö-]+(?:\s+[\wåäö-]+)?)*"
SECTION_NEWS = re.compile(
    rf"^(?:nyheter|nyhet)\b(?:(?!\s*[:–-]\s*\S)|\s*:\s*(?=[^,]*&|[^,]+,){_TOPIC}(?:\s*,\s*{_TOPIC})*\s*$)",
    re.IGNORECASE,
)
# a press release's own label, alone, with its date or with its sender ('Pressmeddelande 2013-03-08',
# 'Pressmeddelande · 8 mars 2013', 'Pressmeddelande   •   Mar 04, 2019 09:00 CET', 'Pressmeddelande från
# Svensk Scenkonst'): the sender speaks of itself, as a kommun's 'Nyheter' does (missiv31, prov29/utgivarna)
_RELEASE_DATE = (r"(?:\d{4}-\d{2}-\d{2}|\d{1,2}\s+[a-zåä]+\.?\s+\d{4}|[a-zåä]+\.?\s+\d{1,2},?\s+\d{4})"
                 r"(?:,?\s+(?:kl\.?\s*)?\d{1,2}[:.]\d{2}(?:\s+CES?T)?)?")
PRESS_RELEASE_LABEL = re.compile(
    rf"^pressmeddelande(?:\s*[·•|:,–-]?\s*{_RELEASE_DATE}|\s+från\s+(?-i:[A-ZÅÄÖ])[\wåäö-]*(?:\s+[\wåäö-]+){{0,4}})?"
    r"\s*$",
    re.IGNORECASE,
)
# a newspaper's article reports on a remiss, it never is one: a dateline opening a paragraph ('SKURUP.
# Kommunfullmäktige tog …'), a notis signed with the writer's initials ('… om kommunindelning. (hh)')
# (in the opening lines, a place name with two vowels, not an acronym opening a wrapped line 'GDPR. Läs …';
# the word after it may be the first half of a compound pair, 'TIBRO. Kultur- och fritidsnämnden …', missiv29)
_DATELINE = (
    r"(?=[A-ZÅÄÖ]*[AEIOUYÅÄÖ][A-ZÅÄÖ]*[AEIOUYÅÄÖ])[A-ZÅÄÖ]{4,}(?:[ -][A-ZÅÄÖ]{2,})?\.\s+[A-ZÅÄÖ][a-zåäö]+-?\s"
)
DATELINE = re.compile("^" + _DATELINE)
# the byline run into the dateline by a transcript: 'Av Emma Brännman SKURUP. Kommunfullmäktige tog …' inside
# the paragraph, or 'Av' / 'Emma Brännman SKURUP. …' with the name opening the line
BYLINE_DATELINE = re.compile(r"(?:^|\bAv\s+)[A-ZÅÄÖ][a-zåäö]+(?:\s+[A-ZÅÄÖ][a-zåäö-]+){1,2}\s+" + _DATELINE)
DATELINE_LINES = 15
SIGNED_INITIALS = re.compile(r"[.!?]\s*\((?:[a-zåäö]{2,3}|TT)\)$")
# a quote in a news item ('nyhetscitat') speaks against a missiv only where nothing asks the reader to answer:
# a newspaper's item on a nämnd's remiss to two other nämnder, not a kommun's own news quoting its chair
ASKS_READER_SIGNALS = ("inbjudan", "tyck_till", "svar_skickas_till", "synpunkter_senast", "amnesraden",
                       "anmarkningar_lamnas", "synpunkter_pa_eget_forslag")
MISSIV_SIDOR = 6  # a missiv says what it is within its first pages (a long list included)
# a meeting reported afterwards and a deadline told of others ('Cirka 30 personer kom till …', 'Nu har
# invånarna … fram till den 31/5 på sig att lämna in sina synpunkter'): a news item on another's samråd,
# unless the page itself asks its reader (typ34)
EFTERHANDSREFERAT = ("motesreferat", "frist_i_tredje_person")
# a news item that gives a press release as its source ('…, enligt ett pressmeddelande', missiv.toml)
PRESSMEDDELANDE_SOM_KALLA = "nyhet_ur_pressmeddelande"
# a pointer to the remitter's own information on the remiss ('Regeringens information om remissen hittar du
# här') speaks against a missiv only where the page invites its own readers to nothing: a member organisation
# that forwards the remiss asks for their views ('Vi vill ha dina synpunkter inför vårt remissvar'); the
# remitter's deadline for the remissinstanser ('Svaren ska vara regeringen tillhanda') invites no reader
INVITES_READER_SIGNALS = ("inbjudan", "tyck_till", "synpunkter_kontakta", "synpunkter_till_eget_svar",
                          "medverka_i_eget_svar", "medlemsremiss", "ar_remissinstans",
                          "bjuder_in_till_samrad", "inbjudan_till_samrad", "amnesraden",
                          "bidrag_till_eget_svar")


def bedom_missiv(lines: Sequence[Line]) -> Bedomning:
    """Given a document's lines, return its missiv score: structure (title, list, deadline) plus phrases.

    Only the document's first MISSIV_SIDOR pages are read: a missiv followed by the remitted
    text in the same part is judged by the letter, and a long bilaga costs no more than its start.
    """
    if lines:
        lines = [line for line in lines if line.page < lines[0].page + MISSIV_SIDOR]
    texts = [line.text for line in lines]
    joined = " ".join(texts)
    head = [t.strip() for t in texts[:16]]
    found: list[tuple[str, float]] = []
    # (a line opening in lower case is a wrapped sentence's rest, no title: '… skickade den 7 oktober ut på
    # remiss en' / 'begäran om yttrande om betänkandet …' where a web print breaks the line)
    if any(not texts[i].strip()[:1].islower() and _title_missiv(" ".join(texts[i : i + 3]).strip())
           for i in range(min(40, len(texts)))):
        found.append(("remissrubrik", 3.0))
    elif any(FIRST_TITLE.match(t) and not _report_sentence(t) for t in head[:TITLE_LINES]):
        found.append(("remissrubrik överst", 3.0))
    elif any(t == "MISSIV" for t in head):
        found.append(("etiketten MISSIV", 3.0))
    elif any(REMISS_LABEL.match(t) for t in head[:8]):
        found.append(("etiketten REMISS", 3.0))
    folded = fastsearch.fold(joined)
    if fastsearch.possible(LIST_CUE, folded) and any(LIST_CUE.search(t) for t in texts):  # lines: in joined
        found.append(("lista över remissinstanser", 2.5))
    elif fastsearch.search(INLINE_LIST_CUE, folded):
        found.append(("remissinstanser i en mening", 2.0))
    # the title is in the first lines, or under a letterhead of short lines (org, date, dnr, MISSIV)
    title_lines = head[:4] + [t for t in head[4:10] if len(t.split()) >= 3][:2]
    # a line opening in lower case is a wrapped sentence's rest, no heading ('samrådsredogörelse redan i det
    # här skedet.' where another layout breaks the line)
    title_lines = [t for t in title_lines if not t[:1].islower()]
    about = any(ABOUT_REMISSER.match(t) or COMPILATION_LAST.match(t) for t in title_lines)
    frister = _deadlines_now(joined)
    deadline_kind = _kind_of(frister)
    deadline = deadline_kind is not None
    news = any(NEWS_LABEL.match(t) for t in title_lines)
    if about and deadline and news and fastsearch.search(ASKS_READER, folded):
        # a press release that itself asks for answers by a date ('Kommunerna ombeds svara på remissen senast
        # den 30 juni'): the sender's own notice of its remiss, not a report on one
        found.append(("nyhet som själv ber om svar", -2.0))
    elif about and any(COMPILATION.match(t) or COMPILATION_LAST.match(t) for t in title_lines):
        # 'Sammanställning av remissvar': written after the remiss, it may quote its list, questions and
        # deadline ('Svar på remissen ska inkomma … senast den 30 oktober 2023') and still is none
        found.append(("sammanställning efter remissen, inte en remiss", -8.0))
    elif about:
        found.append(("sida om remisser, inte en remiss", -4.0))
    if deadline:
        found.append(("svarsdatum", 2.5))
        if not about and _remiss_news_title(head[:TITLE_LINES]):
            # the remitter's press release on the remiss it sends, with the date to answer by: the remiss
            # (korpus README, Facit: the sender's own news of an open remiss with a deadline is the remiss)
            found.append((REMISS_NEWS_SIGNAL, 3.0))
    extra = _cue_count(folded) - 1
    if extra > 0:
        found.append((f"{extra} andra remissord", min(1.5, 0.5 * extra)))
    hits = fastsearch.search_all(_signal_patterns(), folded)  # every signal in one go (shared look-ups)
    found.extend((s.namn, s.vikt) for s, hit in zip(signaler(), hits, strict=True) if hit)
    reader = any(name in ASKS_READER_SIGNALS for name, _ in found)
    if not (reader or any(name == "nu_oppet" for name, _ in found)):
        # a period with its dates asks for answers only on a page that addresses the reader: a nämnd's
        # minutes saying 'Remissperioden pågår mellan 21 maj och 1 oktober' report the remiss, ask nothing;
        # nor is a period's end alone a deadline where the remiss is with others ('Mellan 7-20 januari är
        # förslaget ute på remiss hos utsedda remissinstanser', a blog on a kommun's remiss, missiv.toml
        # remiss_hos_andra)
        others = deadline_kind == PERIOD_ONLY and any(name == "remiss_hos_andra" for name, _ in found)
        dropped = ("period_med_datum", "svarsdatum") if others else ("period_med_datum",)
        found = [(name, weight) for name, weight in found if name not in dropped]
    asks_now = any(name in (*INVITES_READER_SIGNALS, *REMISS_HEADED, "nu_oppet") for name, _ in found)
    if reader or asks_now or fastsearch.search(SO_FAR, folded):
        # answers counted on a page that asks its own reader now (a granskning telling how many came in to
        # the samråd before it: 'Under samrådet inkom 35 yttranden') or under the remiss's own title (the
        # remitter's page of the answers is the remiss) or counted so far ('Hittills har 230 personer tyckt
        # till'): no report after the remiss (inkomna_svar, typ30)
        found = [(name, weight) for name, weight in found if name != "inkomna_svar"]
    if reader:  # the sender's own news, quoting its chair
        found = [(name, weight) for name, weight in found if name != "nyhetscitat"]
    if reader or any(name in INVITES_READER_SIGNALS for name, _ in found):
        # how many came to the meeting, on a page that itself asks its reader now ('Ett 50-tal personer kom
        # till samrådsmötet … Du kan fortfarande lämna dina synpunkter senast …'): the sender's own news after
        # it, as is its deadline told of the residents ('Invånarna har till 31 maj på sig …') over the ask
        found = [(name, weight) for name, weight in found if name not in EFTERHANDSREFERAT]
    if any(name in INVITES_READER_SIGNALS for name, _ in found):  # forwarded to the page's own readers
        # (also 'Det är länsstyrelsen som samlar in yttranden' on a page that itself invites: annan_samlar_in)
        found = [(name, weight) for name, weight in found
                 if name not in ("annans_remissinformation", "annan_samlar_in", "anforing_om_annan",
                                 "skickade_pa_remiss")]
    if reader or any(name in INVITES_READER_SIGNALS for name, _ in found):
        # someone else's proposal told in the third person ('Nu har de tagit fram ett förslag som är ute på
        # remiss') on a page that itself asks its reader to answer: a forwarded remiss, not a report on one
        found = [(name, weight) for name, weight in found if name != "annans_forslag_i_tredje_person"]
    found = _nyhet_om_remissinstans(found, joined)
    if reader or any(name in INVITES_READER_SIGNALS and name not in SAMRADSINBJUDAN for name, _ in found):
        # a press release given as the source ('…, enligt ett pressmeddelande') on a page that itself asks
        # its reader: a forwarded remiss; 'X bjuder in till samråd' is no ask of the page's own (a news item
        # says it of X as X's own page does, typ45)
        found = [(name, weight) for name, weight in found if name != PRESSMEDDELANDE_SOM_KALLA]
    if reader and deadline and any(name == "avslutad" for name, _ in found) and _tidigare_skede(joined):
        found = [(name, weight) for name, weight in found if name != "avslutad"]
    if any(name == LAGA_KRAFT for name, _ in found) and _laga_kraft_fore(joined, [c.value for c in frister]):
        found = [(name, weight) for name, weight in found if name != LAGA_KRAFT]
    if any(name in ("bidrag_till_eget_svar", "synpunkter_till_eget_svar") for name, _ in found):
        # 'vårt yttrande' that the organisation is still to write, with the reader's help, is no answer given
        # ('synpunkter som du vill att vi beaktar i vårt remissvar'), nor 'har fått möjlighet att yttra sig'
        # an answer's opening where the page goes on to ask its reader for views to that answer
        found = [(name, weight) for name, weight in found
                 if name not in ("svarar_pa_remissen", "har_beretts_tillfalle")]
    if reader and deadline and any(SECTION_NEWS.match(t) for t in title_lines):
        # the site's 'Nyheter' over a notice that itself asks for synpunkter by a date: the sender's own news
        found = [(name, weight) for name, weight in found if name != "sida om remisser, inte en remiss"]
    elif deadline and any(PRESS_RELEASE_LABEL.match(t) for t in title_lines) \
            and _press_release_asks(found, joined):
        # a press release that itself asks its reader for views by a date ('Den som önskar inkomma med
        # synpunkter bör skriftligt redovisa dessa senast den 15 juni till Utgivarna, Box …'): its own call
        found = [(name, weight) for name, weight in found if name != "sida om remisser, inte en remiss"]
    own_heading = any(name in (REMISS_NEWS_SIGNAL, *REMISS_HEADED) for name, _ in found)
    if not own_heading and _annans_nyhet_utan_svarsvag(texts):
        # 'X skickar … på remiss' on a page never X's own (typ45); not under the remitter's own headline on
        # it ('Regeringen skickar förslag om … på remiss' over the minister's quote and the deadline); (typ46)
        # −4 as the score's other signs of another's page ('sida om remisser', nyhet_ur_pressmeddelande,
        # tidningsartikel), so that a deadline it tells twice (its end and its period) does not outweigh it
        found.append((ANNANS_NYHET, ANNANS_NYHET_VIKT))
    if any(t.strip().lower() in _ad_lines() for t in texts[:DATELINE_LINES]):
        found.append(("tidningens annonsmärkning", -7.0))  # 'Annons' over the item: a newspaper's page
    elif any(t.strip().lower() in _ad_sections() for t in texts):
        found.append(("webbplatsens annonser", -4.0))  # 'ANNONSER' on the page: a publication's, typ45
    newspaper = any(DATELINE.match(t) or BYLINE_DATELINE.search(t) for t in texts[:DATELINE_LINES])
    if newspaper or SIGNED_INITIALS.search(" ".join(t.strip() for t in texts[-6:])):  # '(hh)' wrapped alone
        found.append(("tidningsartikel", -4.0))
    return Bedomning(poang=round(sum(weight for _, weight in found), 2), signaler=tuple(found))


ANNANS_NYHET = "annans_nyhet_utan_svarsvag"
ANNANS_NYHET_VIKT = -4.0
# quoted speech, where a news item's interviewee says 'vi' of the body it reports on: between quotation
# marks, or a line opened by a dash (a Word document sets the dash as a bullet) to the verb that says whose it
# is, over the lines a printed page wraps it onto ('– Landsbygdsfrågor ligger oss varmt om hjärtat …' /
# 'stort. De möten som vi genomförde … säger Bodil Hansson (S)'), else to the line's end
CITAT = re.compile(
    r"[”\"“][^”\"“\n]{0,600}[”\"“]"
    r"|^\s*[–•-]\s(?:[^\n]|\n(?!\s*[–•-]\s)){0,800}?\b(?:säger|sa|sade|berättar|menar|konstaterar|förklarar|"
    r"fortsätter|avslutar)\b"
    r"|^\s*[–•-]\s.*$",
    re.MULTILINE,
)


@lru_cache(maxsize=1)
def _annans_nyhet() -> tuple[re.Pattern[str], ...]:
    """Return (the act of a remitter in the third person, the remitter's own act now in the same sentence, the
    words of a page's own channel, the first person, the page's own call to its reader, the act that tells of
    another only on a page without a date): modeller/missiv.toml [annans_nyhet]."""
    data = modell_toml("missiv.toml")["annans_nyhet"]
    flags = re.IGNORECASE | re.MULTILINE  # a contact label ends its line ('Mer information:')
    keys = ("handling", "egen_handling", "egen_kanal", "forsta_person", "uppmaning", "handling_utan_datum")
    return tuple(re.compile(data[key], flags) for key in keys)


def _sentence_at(text: str, offset: int) -> str:
    """Given a text and an offset in it, return the sentence around the offset (to its stops)."""
    start = max(text.rfind(stop, 0, offset) for stop in (". ", "! ", "? ")) + 1
    ends = [i for i in (text.find(stop, offset) for stop in (". ", "! ", "? ")) if i >= 0]
    return text[start : min(ends, default=len(text))]


def _annans_nyhet_utan_svarsvag(texts: Sequence[str]) -> bool:
    """Return True when the text tells a remitter's act in the third person ('Social- och
    hälsovårdsministeriet skickar utkastet … på remiss den 18 augusti 2014', '… bjuder kommunen in till ett
    öppet möte') and never speaks as anyone: no first person outside quoted speech, no e-mail address, phone
    number or postal address, no word of an own contact, form or the remiss's documents (missiv.toml
    [annans_nyhet]). Another's news about the remiss (korpus README, Facit); the remitter's own page in the
    same words gives its contact and documents (typ45)."""
    from remiss.extract.text import PHONE_RE
    from remiss.instanser import EMAIL

    joined = "\n".join(texts)
    handling, egen_handling, egen_kanal, forsta_person, uppmaning, utan_datum = _annans_nyhet()
    if handling.search(joined) is None and utan_datum.search(joined) is None:
        return False  # (most pages: the cheap test first)
    if EMAIL.search(joined) or PHONE_RE.search(joined) or POSTAL_CODE.search(joined):
        return False
    if egen_kanal.search(joined) is not None:
        return False
    own_words = CITAT.sub(" ", joined)  # a minister's 'Vi … skickar utredningen' is the sender's
    if forsta_person.search(own_words) is not None or uppmaning.search(own_words) is not None:
        return False
    prose = " ".join(own_words.split())  # a sentence goes on over a printed page's line breaks
    acts = list(handling.finditer(prose))
    if not acts and not find_dates(joined, default_year=2000):
        acts = list(utan_datum.finditer(prose))  # 'X bjuder in till samråd', the page says nothing of when
    return any(egen_handling.search(_sentence_at(prose, m.start())) is None for m in acts)


# a postal address's code and town ('503 39 Borås', 'Box 123'): where letters to the page's sender go
POSTAL_CODE = re.compile(r"\b\d{3}\s?\d{2}\s+(?-i:[A-ZÅÄÖ])|\bBox\s+\d", re.IGNORECASE)


def _press_release_asks(found: list[tuple[str, float]], joined: str) -> bool:
    """Return True when a press release asks its own reader for views: an invitation among the signals other
    than a deadline for views alone (the remissinstanser's 'ska lämna sina synpunkter senast …', told in a
    press release on another's remiss, asks the reader nothing), or the page's own voice (OWN_ASK: 'Vi tar
    gärna emot era synpunkter …')."""
    asks = any(name in ASKS_READER_SIGNALS and name != "synpunkter_senast" for name, _ in found)
    return asks or OWN_ASK.search(joined) is not None


# answers counted while the remiss is still open: 'Hittills har 230 personer tyckt till om förslaget'
SO_FAR = re.compile(r"\b(?:hittills|än\s+så\s+länge|så\s+här\s+långt)\b", re.IGNORECASE)


def _remiss_news_title(head: Sequence[str]) -> bool:
    """Return True when a headline among the first lines (alone, or wrapped onto the next lines in lower case:
    'Departementspromemorian En moderniserad' / 'taltidningsverksamhet remitteras', also over three lines, a
    transcript's source lines: 'Likvärdiga krav … för alla utförare' / 'av kommunal verksamhet' / 'skickas på
    remiss') is REMISS_NEWS_TITLE."""
    for i, text in enumerate(head):
        if not text[:1].isupper():
            continue
        rest = list(itertools.takewhile(lambda t: t[:1].islower(), head[i + 1 : i + 1 + NEWS_TITLE_LINES]))
        if REMISS_NEWS_TITLE.match(" ".join([text, *rest])):
            return True
    return False


NEWS_TITLE_LINES = 3  # a headline's lines after its first that go on in lower case


# the page turns to its reader: the second person, an invitation or a contact ('Medlemsorganisationer som har
# synpunkter … kan kontakta förbundet', 'Ni är remissinstans', 'välkomna att lämna synpunkter')
ADDRESSES_READER = re.compile(
    r"\b(?:du|dig|din|dina|ditt|ni|er|era|ert)\b|\bvälkomn[ae]\s+att\b|\bkontakta\b|"
    r"\btar\s+(?:gärna\s+|tacksamt\s+)?emot\s+(?:\w+\s+){0,2}?(?:synpunkter|inspel|svar)",
    re.IGNORECASE,
)


REMISS_HEADED = ("remissrubrik", "remissrubrik överst", "etiketten MISSIV", "etiketten REMISS")


def _nyhet_om_remissinstans(found: list[tuple[str, float]], joined: str) -> list[tuple[str, float]]:
    """Given the signals found, return them with a third party's news of a remissinstans weighed
    (modeller/missiv.toml nyhet_om_remissinstans): on a page that turns to its reader (the second person, an
    invitation, 'kontakta') or is headed as a remiss ('Remiss av promemorian …') it is the sender's own word
    and is dropped; elsewhere it stands and 'är remissinstans' is no missiv's signal."""
    if not any(name == "nyhet_om_remissinstans" for name, _ in found):
        return found
    # (the reader asked for views by the page itself, not the remissinstanser's answers to the remitter:
    # 'Remissvaren ska ha kommit in till Justitiedepartementet' is told in the third person)
    asks = (*INVITES_READER_SIGNALS, *(name for name in ASKS_READER_SIGNALS if name != "svar_skickas_till"))
    invites = any(name in asks and name != "ar_remissinstans" for name, _ in found)
    headed = any(name in REMISS_HEADED for name, _ in found)  # 'Remiss av promemorian …': the sender's own
    own = invites or headed or ADDRESSES_READER.search(joined) is not None
    drop = "nyhet_om_remissinstans" if own else "ar_remissinstans"
    return [(name, weight) for name, weight in found if name != drop]


# (kalla40) a granskning open now ('Synpunkter på förslaget kan lämnas nu under granskningsskedet',
# 'Planförslaget är nu ute på granskning', 'Granskningen pågår'): the samråd before it is over
# ('Detaljplanen har varit ute på samråd under tiden 25 oktober 2018 - 21 november 2018',
# missiv/hassleholm-kyrkskolan-granskning-2019), the page's own stage is not
GRANSKNING_NU = re.compile(
    r"\bnu\s+under\s+granskning(?:s?skedet|stiden)?\b"
    r"|\b(?:är|finns)\s+(?:nu\s+)?(?:ute\s+på|utställd[a]?\s+för|tillgängligt?\s+för)\s+granskning\b"
    r"|\bgranskning(?:en|stiden)?\s+pågår\b",
    re.IGNORECASE,
)


def _tidigare_skede(joined: str) -> bool:
    """Return True when every ended stage the text tells of (missiv.toml avslutad) is a samråd and a
    granskning is open now (GRANSKNING_NU): the earlier stage is over, the remiss asks now."""
    if GRANSKNING_NU.search(joined) is None:
        return False
    monster = next(s.monster for s in signaler() if s.namn == "avslutad")
    traffar = [m.group(0) for m in monster.finditer(joined)]
    return bool(traffar) and all("samråd" in t.lower() for t in traffar)


# a paragraph under the heading 'Remiss' run into it (a Word paragraph): 'Remiss Avfallsplanen inklusive
# föreskrifter och bilagor har varit på remiss till: Barn- och utbildningsnämnden, …' tells what was done, no
# title
REPORT_VERB = re.compile(r"\b(?:har|hade)\s+(?:varit|[a-zåäö]+(?:ats|its|tts))\b")
REPORT_WORDS = 10


def _report_sentence(text: str) -> bool:
    """Return True for a line that is a sentence in the perfect tense over many words, no title."""
    return len(text.split()) > REPORT_WORDS and REPORT_VERB.search(text) is not None


PERIOD_ONLY = "period"  # _deadline_kind: the only deadline is a period's end ('under tiden 7-21.10. 2015')


def _has_deadline(joined: str) -> bool:
    """Return True when the text names a deadline: a deadline phrase followed by a date, in a sentence that
    asks now ('ska vara inne senast'), not one in the past tense ('skulle vara inne … senast 2010-09-24')."""
    return _deadline_kind(joined) is not None


def _deadline_kind(joined: str) -> str | None:
    """Return which deadline the text names (as _has_deadline): 'frist', or PERIOD_ONLY when every such date
    ends a period of a remiss or a plan on view and no phrase names it as the last day; None for none."""
    return _kind_of(_deadlines_now(joined))


def _kind_of(now: Sequence[Kandidat]) -> str | None:
    """Given the deadlines a text names for its reader now (`_deadlines_now`), return 'frist', PERIOD_ONLY
    when each ends a period and no phrase names it as the last day, or None for none."""
    from remiss.extract.svarsdatum import PERIOD_END_WHY, SCORE_DEADLINE_PHRASE

    if not now:
        return None
    if all(c.score < SCORE_DEADLINE_PHRASE and PERIOD_END_WHY in c.skal for c in now):
        return PERIOD_ONLY
    return "frist"


def _deadlines_now(joined: str) -> list[Kandidat]:
    """Return the dates the text asks answers by now (svarsdatum candidates scoring 1.5 or more), without
    those it speaks of in the past tense or tells as a period that has ended."""
    from remiss.extract.svarsdatum import PAST_PERIOD_WHY, PERIOD_END_WHY, kandidater

    every = kandidater(joined, default_year=2000)
    found = [c for c in every if c.score >= 1.5]
    past = {c.value for c in found if _past_deadline(joined, c.offset)}  # the same date again is as past
    # a period's end that the text also tells as an ended step ('Samrådet pågår mellan den 24 november och
    # 12 januari 2021' left standing over 'Planförslaget var ute på samråd 24 november 2020 - 12 januari 2021.
    # … Nu jobbar kommunen med att gå igenom inkomna yttranden', a project page written after the samråd,
    # prov34/haninge-aby-detaljplan-samrad-avslutat): the page is written after it, no deadline for the
    # reader; not a date the text asks the answers by ('Dina synpunkter ska ha inkommit senast den 18 juni
    # 2021' under 'Granskningstid 17 maj - 18 juni 2021', a label run into the next sentence on an earlier
    # samråd)
    asked = {c.value for c in found if PERIOD_END_WHY not in c.skal and not _past_deadline(joined, c.offset)}
    past |= {c.value for c in every if PAST_PERIOD_WHY in c.skal and PERIOD_END_WHY in c.skal} - asked
    return [c for c in found if c.value not in past]


# a plan that won legal force on a day before the deadline the page asks answers by is no end of this remiss:
# another plan, or an earlier one, told as the background of a kommun's planning page ('Kommunfullmäktige
# antog den 24 april 2018 Hällefors översiktsplan … och planen vann laga kraft 29 maj 2018' over 'Samråd gång-
# och cykelväg Grythyttan–Hällefors … Eventuella synpunkter måste ha inkommit … senast den 9 april 2019',
# prov35/hellefors-gc-grythyttan-samrad, typ37); a page written after its plan won legal force asks nothing by
# a later day
LAGA_KRAFT = "plan_laga_kraft"  # missiv.toml
LAGA_KRAFT_DATUM = 40  # characters after 'vann laga kraft' where its day stands ('… den 3 februari 2017')


def _laga_kraft_fore(joined: str, frister: Sequence[date]) -> bool:
    """Return True when every plan the text says won legal force did so on a day it gives, before the first
    deadline the text asks answers by now."""
    if not frister:
        return False
    monster = next(s.monster for s in signaler() if s.namn == LAGA_KRAFT)
    dagar = []
    for match in monster.finditer(joined):
        found = [d for d in find_dates(joined[match.end() : match.end() + LAGA_KRAFT_DATUM]) if d.year_given]
        if not found:
            return False  # a plan in force without its day: no telling when
        dagar.append(found[0].value)
    return bool(dagar) and max(dagar) < min(frister)


@lru_cache(maxsize=1)
def _past_tense() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Return (a past-tense deadline phrase, a present-tense one, a phrase past whatever else the sentence
    says): missiv.toml [frist_i_preteritum]."""
    data = modell_toml("missiv.toml")
    table = data["frist_i_preteritum"]

    def words(key: str) -> re.Pattern[str]:
        alternatives = fraser(table[key])
        return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)

    return words("uttryck"), words("presens"), words("alltid")


@lru_cache(maxsize=1)
def _reported() -> re.Pattern[str]:
    """Return the pattern of a reporting verb in the past tense before 'att' (missiv.toml [frist_i_preteritum]
    anforing): a deadline after it in its sentence is told afterwards, none for the reader."""
    words = modell_toml("missiv.toml")["frist_i_preteritum"]["anforing"]
    alternatives = fraser(words)
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)


def _past_deadline(joined: str, offset: int) -> bool:
    """Return True when the sentence around offset speaks of its deadline in the past tense only, or tells
    it afterwards ('… och angav att synpunkter ska inges … senast den 23 juni 2014')."""
    start = max(joined.rfind(". ", 0, offset), joined.rfind("! ", 0, offset), 0)
    end = joined.find(". ", offset)
    sentence = joined[start : end if end >= 0 else len(joined)]
    past, present, always = _past_tense()
    if always.search(sentence) is not None:
        return True  # 'Yttranden skulle ha inkommit senast den 7 december'
    if _reported().search(joined, start, offset) is not None:
        return True  # 'Domstolen … angav att synpunkter … ska inges … senast den 23 juni 2014'
    # a present word inside a past phrase is past: 'Alla var välkomna att lämna synpunkter … senast 25 juni'
    return past.search(sentence) is not None and present.search(past.sub(" ", sentence)) is None


def _cue_count(folded: fastsearch.Folded) -> int:
    """Return how many distinct missiv cues the joined text holds."""
    return len({m.group(0).lower()[:10] for m in fastsearch.finditer(MISSIV_CUE, folded)})


# the deadline with a verb between 'senast' and the date: 'Synpunkter på planförslaget ska senast lämnas in
# 2022-08-26.' on the page after the heading 'Synpunkter' (a page of the missiv, not of the remitted text)
# , or where the answers go: 'Lämna in synpunkter på förslaget skriftligt till:' over the address
TRIM_DEADLINE = re.compile(
    r"\bsenast\s+(?:[a-zåäö]+\s+){1,3}?(?:den\s+)?\d{1,4}[-/ ]"
    r"|\b(?:synpunkter|yttrande\w*|svar\w*)\b[^.]{0,60}?\btill\s*:",
    re.IGNORECASE,
)


def trim_missiv(part: Del) -> Del:
    """Given a missiv document, return it cut after its last missiv page (the remitted text goes)."""
    lines = list(part.lines)
    pages = sorted({line.page for line in lines})
    last = pages[0]
    previous: list[str] = []
    previous_page: list[str] = []
    previous_lines: list[Line] = []
    signalled = False  # a kept page holds a missiv signal
    heads = frozenset(line.text.strip() for line in lines[:3] if line.page == pages[0])  # a running head
    for page in pages:
        page_lines = [line for line in lines if line.page == page]
        texts = [line.text for line in page_lines]
        joined = " ".join(texts)
        continues = _continues_list(texts, heads) or _numbering_continues(previous, texts)
        continues = continues or _names_continue(previous, texts)
        previous_page, previous = previous, texts
        page_before, previous_lines = previous_lines, page_lines
        folded = fastsearch.fold(joined)
        cue = fastsearch.search_any((MISSIV_CUE, TRIM_CUE, TRIM_DEADLINE), folded)
        # the pages kept so far say nothing of a remiss (a samrådshandling's first page of facts), this one
        # holds what makes the document a missiv ('… finns tillgänglig för samråd under perioden 10 juni till
        # 30 september 2022 …'): the missiv's own text, wherever the page broke
        signal = signalled or _missiv_signal(folded)  # searched once a page, until a kept page has one
        cue = cue or (signal and not signalled)
        if page == pages[0] or cue or continues:
            last = page
            signalled = signal
        elif _continues_sentence(texts, previous_page) or _heading_over_break(page_before, page_lines):
            last = page  # the text runs on over the page break: still the missiv
        elif any(HANDLAGGARE_LABEL.match(t.strip()) for t in texts[:12]) or _signature_tail(texts):
            last = page
            break
        elif page == pages[-1] and page == last + 1 and _overflow(texts):
            last = page  # the last lines of a printed page run over onto a last page of their own ('Planens
            # formella namn' / 'Detaljplan för …' / 'inom stadsdelen Heden' in A5): no remitted text
        else:
            break
    kept = tuple(line for line in lines if line.page <= last)
    return replace(part, sista_sida=last, lines=kept)


OVERFLOW_LINES = 3  # a last page with this few lines of text is the page before's overflow


def positive_signals(text: str) -> Iterator[Signal]:
    """Yield the missiv signals that speak for a missiv (vikt > 0, modeller/missiv.toml) and stand in text, in
    signaler()'s order (lazily: a caller that needs one stops at the first)."""
    return (signal for signal in _positive_signals() if signal.monster.search(text))


def _missiv_signal(folded: fastsearch.Folded) -> bool:
    """Return True when a missiv signal that speaks for a missiv (modeller/missiv.toml) stands in the folded
    text (`positive_signals`' first, searched the way bedom_missiv searches them: `fastsearch.search_any`)."""
    return fastsearch.search_any((signal.monster for signal in _positive_signals()), folded)


@lru_cache(maxsize=1)
def _positive_signals() -> tuple[Signal, ...]:
    """Return the missiv signals that speak for a missiv (vikt > 0), in signaler()'s order."""
    return tuple(signal for signal in signaler() if signal.vikt > 0)


HEADING_CHARS = 60  # a heading's line; a longer bold line is a paragraph set in bold
PROSE_WORDS = 6  # a first line of running text under a heading has this many words


def _heading_over_break(previous: Sequence[Line], page: Sequence[Line]) -> bool:
    """Return True for a page that opens with the text under the heading the page before ended with ('Har
    du frågor?' last on page 1 and 'Om du har några frågor är du välkommen att höra av dig till …' first on
    page 2, a web page printed on pages of another size): no document ends with a heading of its own, so
    the section goes on over the page break. The heading is a bold line alone under text in normal weight;
    the page's first line is running text in normal weight (a remitted document opens with its title)."""
    rows = [line for line in previous if not _page_mark(line.text)]
    first = next((line for line in page if not _page_mark(line.text)), None)
    if len(rows) < 2 or first is None:
        return False
    last, before = rows[-1], rows[-2]
    heading = (last.bold and not before.bold and len(last.text.strip()) <= HEADING_CHARS
               and not last.text.rstrip().endswith((".", ",")))
    return heading and not first.bold and len(first.text.split()) >= PROSE_WORDS


def _page_mark(text: str) -> bool:
    """Return True for an empty line, a page number alone ('2') or a page counter ('Sida 2 av 2')."""
    text = text.strip()
    return not text or text.isdigit() or bool(PAGE_NUMBER.match(text))


def _overflow(texts: Sequence[str]) -> bool:
    """Return True for a page of a few lines of text (a page number aside): the rest of the page before."""
    rows = [t for t in texts if t.strip() and not PAGE_NUMBER.match(t.strip())]
    return 0 < len(rows) <= OVERFLOW_LINES


# (with the comma or stop that ends it in a list of routes: 'Brev: Kommunstyrelsen, …' / 'E-post:
# kommunstyrelsen@gotene.se,' on the next page)
SIGNATURE_LINE = re.compile(r"^(?:(?:tel\.?|telefon|mobil|e-post|epost|mejl|mail)\s*:?\s*)?"
                            r"(?:[\w.+-]+@[\w.-]+\.\w+|(?:\+46\s?|0)\d[\d\s-]{5,14}\d)[,.;]?$", re.IGNORECASE)


def _signature_tail(texts: Sequence[str]) -> bool:
    """Return True for a short page that starts with the rest of a signature: title, phone or e-mail."""
    head = [t.strip() for t in texts[:4]]
    return len(texts) < 15 and any(PHONE.match(t) or SIGNATURE_LINE.match(t) for t in head)


def _continues_sentence(texts: Sequence[str], previous: Sequence[str] = ()) -> bool:
    """Return True for a page whose first line of body text (past a running header) starts in lower case.

    A short first line counts when the page before ends mid-sentence ('… senast den 22' over
    'februari 2017.'): the deadline may stand on the page after the list.
    """
    body = [t.strip() for t in texts[:12] if len(t.strip()) > 30]
    if body and body[0][:1].islower():
        return True
    last = previous[-1].strip() if previous else ""
    rest = (t.strip() for t in texts[:4] if t.strip() and " | " not in t and not PAGE_NUMBER.match(t.strip()))
    first = next(rest, "")
    if last and re.search(r"\s(?:till|av|och|samt|med|för|om)$", last):
        return bool(first)  # '… med kopia till' | 'Peter Kalliopuro (…)'
    if last and re.search(r"\b(?:till|adress|adressen|följande)\s*:$", last, re.IGNORECASE):
        return bool(first)  # 'Lämna in synpunkter … skriftligt till:' | 'Uddevalla kommun, …'
    return bool(last) and not last.endswith((".", "!", "?", ":")) and first[:1].islower()


def _numbering_continues(previous: Sequence[str], texts: Sequence[str]) -> bool:
    """Return True when a page starts with the item numbered one after the last item of the page before: in
    a list of two columns after the last row's first number (the columns run over the pages: '24 … | 81 …'
    over '25 …') or its highest (each page's columns run on: '30. KTH | 62. Eskilstuna' over '63. …'), also
    when a transcript ran the next item onto its line ('39 Malmö högskola 40 Mälardalens högskola')."""
    numbered = re.compile(r"^(\d{1,3})[.)]?\s+[^\d\s]")

    def numbers(text: str) -> list[int]:
        out: list[int] = []
        for cell in text.strip().split(" | "):
            if m := numbered.match(cell.strip()):
                out.append(int(m.group(1)))
                out.extend(_run_on_items(cell, out[-1]))
        return out

    last = next((found for t in reversed(previous) if (found := numbers(t))), None)
    first = next((found[0] for t in texts[:3] if (found := numbers(t))), None)
    if last is None or first is None:
        return False
    highest = max(n for t in previous[-40:] for n in numbers(t))  # the second column's foot: a wrapped rest
    return first - 1 in (last[0], max(last), highest)  # may stand beside the first column's last number


_RUN_ON_ITEM = re.compile(r"\s(\d{1,3})[.)]?\s+[A-ZÅÄÖ]")  # '… högskola 40 Mälardalens högskola'


def _run_on_items(cell: str, first: int) -> list[int]:
    """Return the numbers of the items a transcript ran onto a numbered item's line, each one more than the
    one before ('39 Malmö högskola 40 Mälardalens högskola': [40]); a number in a name ('3 Kvinnor') is
    not one."""
    found: list[int] = []
    for m in _RUN_ON_ITEM.finditer(cell):
        if int(m.group(1)) == (found[-1] if found else first) + 1:
            found.append(int(m.group(1)))
    return found


LIST_RUN = 8  # names in a row at a page's end that make a list (a signature block is shorter)


def _names_continue(previous: Sequence[str], texts: Sequence[str]) -> bool:
    """Return True when a page ends with a run of names and the next starts with names (a plain list)."""
    def names(run: Sequence[str], count: int) -> bool:
        run = [_UTAN_ADRESS.sub("", t).strip(" ;,") for t in run]  # a sändlista's addresses beside its names
        run = [c.strip() for t in run if t.strip() and not PAGE_NUMBER.match(t.strip())
               and not _POSTADRESS.match(t.strip())  # 'Box 3274, 103 65 Stockholm' under its name
               for c in (t.split(" | ") if _name_row(t) else [t])]  # a row of a two-column table: names
        rest = [t for t in run if (t[:1].islower() or t[:1] == "(") and len(t) < 40]  # a name's wrapped rest
        run = [t for t in run if " | " not in t and t not in rest]
        return len(run) >= count and all(_name_line(t) for t in run[:count])

    # page counters and wrapped name rests are dropped before the names are counted
    return names(list(reversed(previous))[: 3 * LIST_RUN], LIST_RUN) and names(texts[:12], 3)


_UTAN_ADRESS = re.compile(r"\[email\s*(?:protected\])?|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")  # an address (or a
# transcript's '[email protected]') beside or under a name in a sändlista
_POSTADRESS = re.compile(r"^(?:box\s+\d+|[^,]{2,40},\s*)?(?:,?\s*)?\d{3}\s?\d{2}\s+[A-ZÅÄÖ]", re.IGNORECASE)


def _name_row(text: str) -> bool:
    """Return True for a table row of two or three names ('Naturvårdsverket | Näringslivets regelnämnd')."""
    cells = [c.strip() for c in text.split(" | ")]
    return 2 <= len(cells) <= 3 and all(len(c) > 2 and _name_line(c) for c in cells)


def _name_line(text: str) -> bool:
    """Return True for a line that can be a list item: short, capitalised, no sentence end or date."""
    return (
        len(text) < 70
        and text[:1].isupper()
        and not text.endswith((".", ":", ";"))
        and re.search(r"\d{4}|@", text) is None
    )


def _continues_list(texts: Sequence[str], heads: frozenset[str] = frozenset()) -> bool:
    """Return True when a page starts with list items (a remissinstans list going on), under the page's
    running head if it has one ('Kulturförvaltningen 2(2)', the first page's letterhead, over
    '• Kommunstyrelsen')."""
    from remiss.instanser import TABLE_LABEL

    body = [t.strip() for t in texts[:3] if t.strip()]
    while body and (PAGE_NUMBER.match(body[0]) or RUNNING_HEAD.search(body[0]) or body[0] in heads):
        body = body[1:]
    if body and TABLE_LABEL.match(body[0].split(" | ")[0].strip()):
        return True  # the list table's header row ('Remissinstans | E-post') repeated over its next page
    return bool(body) and re.match(r"^(?:\d+[.)]|[-•–*])\s+\S", body[0]) is not None


RUNNING_HEAD = re.compile(r"\b\d{1,3}\s*\(\s*\d{1,3}\s*\)$")  # 'Kulturförvaltningen 2(2)', a page's head
