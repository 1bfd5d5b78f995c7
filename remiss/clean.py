"""Page furniture: drop page numbers, address footers and repeated page headers from lines."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from remiss.domain import Line, Page

FOOTER_LABEL = re.compile(
    r"^(?:postadress|besöksadress|besoksadress|hemsida|webbplats|webb|e-post|epost|telefon|telefax|fax|"
    r"organisationsnummer|org\.?\s?nr|bankgiro|plusgiro|växel|vxl)\b:?",
    re.IGNORECASE,
)
_PAGE_NO = r"\d{1,3}\s*(?:\(\s*\d{1,3}\s*\)|av\s+\d{1,3})"  # "2 (3)", "2(3)", "2 av 3"
PAGE_NUMBER = re.compile(rf"^(?:sida\s*)?(?:{_PAGE_NO}|\d{{1,3}}\s*/\s*\d{{1,3}})$|^sida$", re.IGNORECASE)


# a word a transcript keeps broken inside its line where the original's line ended ("tillstyrker flera av
# utred- ningens förslag", "Utbildnings- departementet"), read whole; not a word left open before a
# conjunction ("för- och nackdelar", "barn- och utbildningsnämnden")
# (nor a dash before an article that opens the rest of a title: 'Karenstak och högriskskydd- en översyn av …')
AVSTAVAT = re.compile(r"([a-zåäöé])- (?!(?:och|eller|samt|till|som|resp|respektive|en|ett)\b)([a-zåäöé])")


def las_avstavade(text: str) -> str:
    """Given a line's text, return it with each word broken inside the line (AVSTAVAT) read whole, and its
    ligatures as letters (LIGATURER); an abbreviation's hyphen stays ('4 kv- ledning': '4 kv-ledning',
    keeps_hyphen)."""
    text = text.translate(LIGATURER) if _holds_ligature(text) else text
    return _read_whole(text) if "- " in text else text


def _read_whole(text: str) -> str:
    """Return AVSTAVAT.sub(r"\\1\\2", text), with the hyphen kept after an abbreviation (keeps_hyphen), the
    pattern tried only on the letter before each '- ' (where every match begins: `fastsearch.matches_at`);
    `re` has no prefix to skip ahead by and tries a page's text at every character."""
    from remiss.fastsearch import matches_at

    pieces: list[str] = []
    end = 0
    for match in matches_at(AVSTAVAT, text, _before(text, "- ")):
        glue = "-" if keeps_hyphen(word_before(text, match.end(1))) else ""
        pieces += (text[end : match.start()], match.group(1), glue, match.group(2))
        end = match.end()
    return "".join((*pieces, text[end:])) if pieces else text


def avstavade_ord(text: str) -> tuple[str, ...]:
    """Given a line's text as written, return each word las_avstavade reads whole in it, as written
    ('… unika identitets- märkningar på …': 'identitets- märkningar'); () when it has none (titel36: a title
    keeps the document's words, `remiss.extract.titel.as_written`)."""
    if "- " not in text:
        return ()
    from remiss.fastsearch import matches_at

    words = []
    for match in matches_at(AVSTAVAT, text, _before(text, "- ")):
        start = match.end(1) - len(word_before(text, match.end(1)))
        end = match.start(2)
        while end < len(text) and text[end].isalpha():
            end += 1
        words.append(text[start:end])
    return tuple(words)


# (titel36) the letters before a hyphen at a break that no line break can have cut: a word of at most four
# letters without a vowel is an abbreviation ('kv', 'tv', 'p', 'sms'), and its hyphen is the compound's own
# ('4 kv-ledning', 'p-platser': Swedish writes a hyphen after an abbreviation in a compound); a hyphenated
# word's first part always holds a syllable ('utred-', 'identitets-')
ABBREVIATION_LETTERS = 4
VOWELS = frozenset("aeiouyåäöéAEIOUYÅÄÖÉ")


def keeps_hyphen(word: str) -> bool:
    """Given the letters before a hyphen at a line break, return True when the hyphen is the word's own: an
    abbreviation's, no vowel in at most four letters ('kv' of 'kv- ledning'), else False ('utred')."""
    return 0 < len(word) <= ABBREVIATION_LETTERS and word.isalpha() and not VOWELS.intersection(word)


def word_before(text: str, end: int) -> str:
    """Given a text and a position, return the letters that end there (the word a hyphen follows)."""
    start = end
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return text[start:end]


def _before(text: str, string: str) -> list[int]:
    """Return the positions just before each occurrence of string in text (from the second character on)."""
    positions = []
    index = text.find(string, 1)
    while index >= 0:
        positions.append(index - 1)
        index = text.find(string, index + 1)
    return positions


# a typeset PDF's text layer (or text copied from one into Word or an e-mail) keeps a ligature as one
# character: 'ofﬁciell', 'kommun@ﬁnspang.se' ('ﬁ' U+FB01); read as the letters it joins
LIGATURER = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
                           "\ufb05": "st", "\ufb06": "st"})
LIGATUR = re.compile("[\ufb00-\ufb06]")


def _holds_ligature(text: str) -> bool:
    """Return True when LIGATUR stands in text, by seven substring tests (`fastsearch.safe_text`)."""
    return not text.isascii() and any(char in text for char in LIGATURER_TECKEN)


LIGATURER_TECKEN = "".join(map(chr, LIGATURER))  # LIGATUR's characters, the keys of LIGATURER


def drop_furniture(lines: Sequence[Line], first_page: Sequence[Line] = ()) -> list[Line]:
    """Given a page's lines, return them without page numbers and address-footer blocks; `first_page` is the
    document's first lines, the header a transcript may repeat after a page counter (split_page_counter)."""
    texts = [line.text.strip() for line in lines]
    footer = footer_indexes(texts)
    edge = {len(lines) - 2, len(lines) - 1}
    kept = [
        line for i, (line, text) in enumerate(zip(lines, texts, strict=True))
        if i not in footer and not PAGE_NUMBER.match(text) and not (i in edge and text == str(line.page))
    ]  # a bare '2' last on page 2 is its number ('… senast den 22' | '2' | 'februari 2017.')
    head = [*kept[:6], *first_page]
    kept = _without_counters(kept, head)
    # a row of header labels over its values stays two rows: remiss.huvud pairs them by where they stand
    out: list[Line] = []
    text_begun = False  # a section heading stood above: a lone 'Remiss' under it heads a section, no label
    for line in kept:
        text = line.text.strip()
        if _plain_line(text):
            out.append(line)  # what split_page_marker and split_glued_label return for it
        else:
            parts = split_page_marker(line, i_texten=text_begun)
            out.extend(glued for part in parts for glued in split_glued_label(part))
        text_begun = text_begun or bool(_SECTION_HEADING.match(text))
    return out


def _plain_line(text: str) -> bool:
    """Return True for a stripped line that split_page_marker and split_glued_label leave as it is, by the
    tests that decide it before any pattern is tried: no cell, too long to be a lone label
    (_DOC_LABEL_CELL), no page marker's or label's ending (_page_marker, _trailing_label), no dnr label
    word (_holds_label_word)."""
    return not (" | " in text or len(text) <= _LONGEST_LABEL or text.endswith(_MARKER_ENDINGS)
                or text[-1:].isdigit() and ("av" in text or "Sida" in text) or _holds_label_word(text))


# the text's own section headings: once one has stood on the page, the letterhead is over ('INLEDNING' over
# 'Remiss' over 'Regeringens proposition … : Ärendet har remitterats till grundlagsutskottet …', a riksdag
# committee's utlåtande: 'Remiss' heads the section on the request, it is not the document's kind)
_SECTION_HEADING = re.compile(
    r"^(?:inledning|bakgrund|ärendet|sammanfattning|beskrivning\s+av\s+ärendet)\s*:?$", re.IGNORECASE
)


# a source's page break a transcript left at the start of a line: the page number, the counter and the
# repeated page header run into the text ('2 2(3) Trafikavdelningen Remissinstanser', '3 (4) Vi anser …')
_COUNTER_FIRST = re.compile(r"^(?:\d{1,3}\s+)?\d{1,3}\s?\(\s?\d{1,3}\s?\)\s+(?P<rest>\S.*)$")


def split_page_counter(line: Line, header: Sequence[Line]) -> list[Line]:
    """Given a line and the page's and the document's first lines (its letterhead and title; none for a
    page's first two lines), return the line without a page counter a transcript left at its start, and
    without the repeated page header after the counter when it repeats one to three of the header's lines
    in a row (a title wrapped over two lines is repeated as one): what follows is a line of its own."""
    return _split_counter(line, header)[0]


def _split_counter(line: Line, header: Sequence[Line]) -> tuple[list[Line], str]:
    """Return split_page_counter's lines, and the rest of the repeated header when the line ends inside it
    (the header wrapped at another place than on the first page: '2 2(3) Utlåtande - Förslag till … för Vasa
    stad och Korsholms' over 'kommun Stadsstyrelsen i Vasa …'); the line is then the header's, all of it."""
    match = _COUNTER_FIRST.match(line.text.strip()) if header else None
    if not match:
        return [line], ""
    rest = match.group("rest")
    texts = [h.text.strip() for h in header]
    # each run of one to three header lines: joined, and joined without its last line
    heads = {(" ".join(texts[i : i + n]), " ".join(texts[i : i + n - 1]))
             for i in range(len(texts)) for n in (1, 2, 3) if i + n <= len(texts)}
    ordered = sorted((h for h in heads if len(h[0]) > 3 and not _COUNTER_FIRST.match(h[0])),
                     key=lambda h: len(h[0]), reverse=True)
    for head, before_last in ordered:  # the longest first: a head wrapped over lines before its first alone
        if rest.startswith(head + " "):
            return [replace(line, text=rest[len(head) :].strip())], ""
        if (len(rest.split()) >= WRAPPED_HEAD_WORDS and head.startswith(rest + " ")
                and len(rest) > len(before_last)):  # the line ends inside the head's last line
            return [], head[len(rest) :].strip()
    return [replace(line, text=rest)], ""


WRAPPED_HEAD_WORDS = 3  # a header's start this long, the whole line after the counter, is the header's


def _without_counters(lines: Sequence[Line], head: Sequence[Line]) -> list[Line]:
    """Given a page's lines and its header lines, return them split at the page counters a transcript left
    (split_page_counter), the rest of a header that wrapped onto the next line taken off its start."""
    out: list[Line] = []
    carry = ""
    for index, line in enumerate(lines):
        text = line.text.strip()
        if not carry and text and not text[0].isdecimal():
            out.append(line)  # no counter can open it (_COUNTER_FIRST opens with a digit): as _split_counter
            continue
        rest = _after_words(text, carry) if carry else text
        if not rest:
            continue
        line = line if rest == text else replace(line, text=rest)
        parts, carry = _split_counter(line, head if index > 1 else ())
        out += parts
    return out


def _after_words(text: str, carry: str) -> str:
    """Return text without the longest run of carry's first words it opens with (whole words)."""
    words = carry.split()
    for count in range(len(words), 0, -1):
        prefix = " ".join(words[:count])
        if text == prefix or text.startswith(prefix + " "):
            return text[len(prefix) :].strip()
    return text


def utan_sidraknare(pages: Sequence[Page]) -> tuple[Page, ...]:
    """Given a document's pages, return them with each page counter a transcript left at a line's start and
    the page header repeated after it split off (split_page_counter), nothing else cleaned: for a reading of
    every line as it stands (the yttrande check)."""
    first_page = list(pages[0].lines[:8]) if pages else []
    out = []
    for page in pages:
        head = [*page.lines[:6], *first_page]
        lines: list[Line] = [*page.lines[:2]]  # none on the page's first two lines, as drop_furniture
        for line in page.lines[2:]:
            lines += split_page_counter(line, head)
        out.append(replace(page, lines=tuple(lines)))
    return tuple(out)


# A browser's print band, first or last on a page: the date and time of printing (Chrome: over the page
# with the page title; Firefox: under it with 'Sida 1 av 3'), and the page's address with 'n/N' under it
# ('2026-12-03 08:15 | Remiss av …', 'https://www.regeringen.se/remisser/… | 1/3'). No letter prints
# a time of day beside a date at the very top or foot of a page.
_PRINT_TIME = re.compile(
    r"(?:^|\|\s)(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}),?\s+(?:kl\.?\s*)?\d{1,2}[:.]\d{2}"
    r"(?:\s*[AP]M)?(?:\s*\||$)",
    re.IGNORECASE,
)
_URL_COUNTER = re.compile(
    rf"^(?:(?:https?://|www\.)\S+(?:\s*\|)?\s*(?:sida\s*)?(?:{_PAGE_NO}|\d{{1,3}}\s*/\s*\d{{1,3}})|"
    rf"(?:sida\s*)?(?:{_PAGE_NO}|\d{{1,3}}\s*/\s*\d{{1,3}})(?:\s*\|)?\s*(?:https?://|www\.)\S+)$",
    re.IGNORECASE,
)


def band_indexes(texts: Sequence[str]) -> set[int]:
    """Given a page's line texts, return the indexes of its browser print band (first two, last two lines)."""
    edges = {0, 1, len(texts) - 2, len(texts) - 1} if len(texts) > 2 else set(range(len(texts)))
    return {i for i in edges if print_band(texts[i])}


def print_band(text: str) -> bool:
    """Return True for a line of a browser's print band (its date and time of printing, or its address
    with the page counter): '2026-12-03 08:15 | Remiss av …', 'https://… | 1/3', '12/3/26, 8:15 AM'."""
    if ":" not in text and "/" not in text and "." not in text:
        return False
    if _PRINT_TIME.match(text) or " | " in text and _PRINT_TIME.search(text):
        return True
    return bool(_URL_COUNTER.match(text))


# a web page's heading printed with its dnr glued on: '… (Ds 2025:9)Diarienummer: U2025/00797'
GLUED_LABEL = re.compile(r"^(?P<head>.*?[a-zåäö)\]])(?P<label>(?:Diarienummer|Dnr|Ärendenummer)\s*:\s*\S.*)$")

_GLUED_LABEL_WORDS = ("Diarienummer", "Dnr", "Ärendenummer")  # one of them is in every GLUED_LABEL match


def _holds_label_word(text: str) -> bool:
    """Return True when one of _GLUED_LABEL_WORDS stands in text (three substring tests: a pattern of
    them, called for every line of a file, cost more)."""
    return "Dnr" in text or "Diarienummer" in text or "Ärendenummer" in text


def split_glued_label(line: Line) -> list[Line]:
    """Given a line with a dnr label glued to the word before it, return the heading and the label apart."""
    text = line.text
    if not _holds_label_word(text):
        return [line]  # the pattern's slow scan of the line is spared where no label word stands
    match = GLUED_LABEL.match(text.strip())
    if not match:
        return [line]
    return [replace(line, text=match.group("head")), replace(line, text=match.group("label"))]


PAGE_MARKER = re.compile(
    r"^(?P<head>.*?)\s*(?P<label>\b(?:MISSIV|Missiv|TJÄNSTESKRIVELSE|Tjänsteskrivelse|REMISS|Remiss|PROTOKOLLSUTDRAG|"
    rf"YTTRANDE)\b)?\s*(?:\bSida\b(?:\s*{_PAGE_NO})?|(?<=\s){_PAGE_NO})$"
)


def split_page_marker(line: Line, *, i_texten: bool = False) -> list[Line]:
    """Given a running-header row ('Kommunstyrelsen MISSIV Sida 1(2)'), return its parts as lines.

    A row of columns holding a page marker or a header label is cut into one line per column. A lone
    'Remiss' or 'Missiv' is the document's kind in capitals, unless it stands `i_texten` (under a section
    heading of the text, where it heads a section).
    """
    text = line.text.strip()
    if " | " in text:
        cells = [c.strip() for c in text.split(" | ") if c.strip()]
        if any(_page_marker(c) or PAGE_NUMBER.match(c) or _HEADER_CELL.match(c) for c in cells):
            return [
                part
                for cell in _cell_lines(line)
                for part in split_page_marker(cell)
                if not PAGE_NUMBER.match(part.text)
            ]
        return [line]
    if _DOC_LABEL_CELL.match(text):
        return [line if i_texten else replace(line, text=text.upper())]
    match = _page_marker(text) or _trailing_label(text)
    if not match:
        return [line]
    parts = [match.group("head"), (match.group("label") or "").upper()]
    return [replace(line, text=part) for part in parts if part and part.strip()]


CELL_GAP = 6.0  # points between a cell's right end and the next cell's left edge


def _cell_lines(line: Line) -> list[Line]:
    """Given a row of ' | ' cells, return one line per non-empty cell, with the cell's own left and right
    edge when the row was read by position (a header label keeps where it stands above its value)."""
    texts = [c.strip() for c in line.text.strip().split(" | ")]
    edges = line.cells_x if len(line.cells_x) == len(texts) else ()
    out = []
    for index, text in enumerate(texts):
        if not text:
            continue
        if edges:
            right = edges[index + 1] - CELL_GAP if index + 1 < len(edges) else line.x1
            out.append(replace(line, text=text, cells_x=(), x0=edges[index], x1=right))
        else:
            out.append(replace(line, text=text, cells_x=()))
    return out


def _page_marker(text: str) -> re.Match[str] | None:
    """Return PAGE_MARKER's match of a stripped line.

    Only a line ending in 'Sida' or ')', or in a digit with 'Sida' or 'av' before it ('2 av 3'), can
    match: the pattern's slow backtracking over a line of prose (or one ending in a year) is skipped.
    """
    if not (text.endswith(("Sida", ")")) or text[-1:].isdigit() and ("av" in text or "Sida" in text)):
        return None
    return PAGE_MARKER.match(text)


def _trailing_label(text: str) -> re.Match[str] | None:
    """Return _TRAILING_LABEL's match of a stripped line; only a line ending in a document label can match."""
    return _TRAILING_LABEL.match(text) if text.endswith(_LABEL_ENDINGS) else None


_LABEL_ENDINGS = ("MISSIV", "REMISS", "TJÄNSTESKRIVELSE", "PROTOKOLLSUTDRAG")
_MARKER_ENDINGS = ("Sida", ")", *_LABEL_ENDINGS)  # every line _page_marker or _trailing_label reads ends so,
# or in a digit with 'av' or 'Sida' in it
_LONGEST_LABEL = len("tjänsteskrivelse")  # _DOC_LABEL_CELL's longest word: a longer line is none of them
_DOC_LABEL_CELL = re.compile(r"^(?:missiv|remiss|tjänsteskrivelse|protokollsutdrag)$", re.IGNORECASE)
_TRAILING_LABEL = re.compile(r"^(?P<head>.+?)\s+(?P<label>MISSIV|REMISS|TJÄNSTESKRIVELSE|PROTOKOLLSUTDRAG)$")
_HEADER_CELL = re.compile(
    r"^(?:datum|dnr|diarienummer|ärendenummer|instans|vår\s+beteckning|beteckning)\b", re.IGNORECASE
)


def footer_indexes(texts: Sequence[str]) -> set[int]:
    """Given a page's line texts, return the indexes of address-footer lines.

    A footer is a run of label lines (Postadress, Besöksadress, Telefon …), each bare label
    followed by its value line, holding at least three different labels; or one line holding
    three labels. A lone "Telefon: 033-…" in a handläggare block is not a footer.
    """
    found: set[int] = set()
    run: list[int] = []
    labels: set[str] = set()
    after_bare_label = False

    def close() -> None:
        if len(labels) >= 3:
            found.update(run)
        run.clear()
        labels.clear()

    labelled = _may_hold_labels(texts)
    pointed = _pointed_lines(texts) if labelled else set()
    for index, text in enumerate(texts):
        if not labelled and not after_bare_label and not FOOTER_LABEL.match(text):
            if run:
                close()  # a line no footer holds (as below: no inline label, no label first, no value)
            continue
        inline = {m.group(0).lower() for m in _INLINE_LABEL.finditer(text)} if labelled else set()
        footerish = len(inline) >= 3 or len(inline) == 2 and _ADDRESS.search(text)
        footer_line = footerish or FOOTER_LABEL.match(text) or after_bare_label and len(text) <= 45
        if (not footer_line or _prose(text) or index and _introduces(texts[index - 1])
                or footerish and (_opens_with_sentence(text) or index and _goes_on(texts[index - 1], text)
                                  or index in pointed)):
            close()  # prose, or a line no footer holds (prose is only looked for where it decides)
            after_bare_label = False
        elif footerish:
            close()
            found.add(index)
            if len(inline) >= 3 and index + 1 < len(texts) and _values_row(texts[index + 1]):
                found.add(index + 1)  # the values under a row of labels
            after_bare_label = False
        elif label := FOOTER_LABEL.match(text):
            run.append(index)
            labels.update(inline or {text.lower()})
            after_bare_label = len(text.rstrip(":")) == len(label.group(0).rstrip(":"))
        else:  # a value line after a bare label
            run.append(index)
            after_bare_label = False
    close()
    return found


# a sentence that points at the address below it: 'Eventuella synpunkter … ska framföras skriftligt till
# nedanstående postadress eller e-postadress.', 'skickas till adressen nedan'
_POINTS_BELOW = re.compile(
    r"\b(?:nedanstående|följande)\s+(?:(?:post|e-post|e-mail|mejl)?adress(?:er)?|(?:e-)?postadress)\b"
    r"|\b(?:(?:post|e-post)?adress(?:en|erna)?)\s+nedan\b",
    re.IGNORECASE,
)
# a label with its colon in a line ('… 665 23 Kil. E-post: kommun@kil.se'), not a word that holds one in the
# pointing sentence's own wrapped line ('e-postadress. Synpunkterna ska …')
_LABEL_COLON = re.compile(r"(?<![\w-])(?:postadress|besöksadress|e-post|epost|telefon|webbplats|hemsida)\s*:",
                          re.IGNORECASE)
POINTED_CHARS = 500  # the address the sentence points at stands within a paragraph's length below it


def _pointed_lines(texts: Sequence[str]) -> set[int]:
    """Given a page's line texts, return the index of the first line with a label (first, or with its colon)
    under each sentence that points at the address below it (_POINTS_BELOW, also wrapped over lines), within
    POINTED_CHARS of text: that address line is the text's own, no footer ('… till nedanstående' /
    'postadress eller e-postadress. …' over 'Postadress: Kils kommun, Box 88, 665 23 Kil. E-post:
    kommun@kil.se - ange', prov34/kil-kilslund)."""
    starts = [0]
    for text in texts:
        starts.append(starts[-1] + len(text) + 1)
    joined = " ".join(texts)
    found: set[int] = set()
    for match in _POINTS_BELOW.finditer(joined):
        below = next(i for i, start in enumerate(starts) if start > match.end())  # the pointer's next line
        while below < len(texts) and starts[below] - match.end() <= POINTED_CHARS:
            if FOOTER_LABEL.match(texts[below]) or _LABEL_COLON.search(texts[below]):
                found.add(below)
                break
            below += 1
    return found


def _may_hold_labels(texts: Sequence[str]) -> bool:
    """Return False when no line of a page can hold an _INLINE_LABEL (none of its words on the page)."""
    from remiss import fastsearch

    return fastsearch.possible(_INLINE_LABEL, fastsearch.fold("\n".join(texts)))


_PROSE_WORD = re.compile(r"(?<![\w@./-])[a-zåäö]{2,}(?![\w@./-])")
PROSE_WORDS = 12  # a footer row has a few lowercase words ('Box 123 … E-post: …'), a paragraph many


def _prose(text: str) -> bool:
    """Return True for a paragraph that names a phone and a web page ('Yttranden ska ha inkommit … senast
    2018-08-31. Förslaget … telefon 010-225 10 00 … på Länsstyrelsens hemsida https://…'): no footer."""
    return len(_PROSE_WORD.findall(text)) >= PROSE_WORDS and bool(re.search(r"[\w)]\.\s+[A-ZÅÄÖ]", text))


def _opens_with_sentence(text: str) -> bool:
    """Return True for a line whose labels follow a sentence of the text's own ('Om du har frågor kring
    planförslag eller samråd kan du kontakta: Rikard Sporre Planarkitekt … E-post: … Besöksadress: …', a
    transcript that ran the site's footer onto the paragraph before it): the line is the text's, no footer."""
    first = _INLINE_LABEL.search(text)
    return len(_PROSE_WORD.findall(text[: first.start()] if first else text)) >= OPENING_WORDS


OPENING_WORDS = 8  # a footer row's name and address before its first label has a few lowercase words


def _goes_on(previous: str, text: str) -> bool:
    """Return True for a line that goes on with the sentence of the line above it: the line above ends in a
    word or a comma, and this one opens with a word in lower case that is no label ('… per e-post till
    samhällstekniska' / 'utskottet senast 14.5.2018. Postadress: Grankulla stad, …', a paragraph wrapped
    where a wide page or a browser's print breaks it): the address is the text's, no footer."""
    first = re.match(r"[a-zåäö]+(?=[\s,])", text)
    return bool(first) and not FOOTER_LABEL.match(text) and bool(re.search(r"[\wåäö,]$", previous))


def _introduces(text: str) -> bool:
    """Return True for a sentence that introduces the lines under it ('… per post eller e-post till följande
    adresser:'): what follows is the text's own, no footer."""
    return text.endswith(":") and len(_PROSE_WORD.findall(text)) >= INTRO_WORDS


INTRO_WORDS = 5  # 'Skriftliga anmärkningar skall ges … till följande adresser:', not a bare label 'Kontakt:'


def _values_row(text: str) -> bool:
    """Return True for a row of footer values: a postcode, an address, e-mail or phone, no sentence."""
    return len(text) < 140 and not text.endswith(".") and bool(_ADDRESS.search(text) or "@" in text)


_ADDRESS = re.compile(r"\b\d{3}\s?\d{2}\s+[A-ZÅÄÖ]|www\.|\bbox\s+\d", re.IGNORECASE)
_INLINE_LABEL = re.compile(
    r"\b(?:postadress|besöksadress|hemsida|webbplats|e-post|telefon|telefax|"
    r"organisationsnummer|bankgiro)\b",
    re.IGNORECASE,
)


def repeated_lines(pages: Sequence[Sequence[Line]], *, edge: int = 5) -> set[tuple[int, int]]:
    """Given the lines of consecutive pages, return (page, line number) of repeated page headers/footers.

    A line at the top or bottom edge of a page that also stood at an edge of the page before
    it is a running header when at least two such lines repeat together (a header block) or
    the line has repeated on three pages in a row. The first occurrence is kept, so a header
    block's values are still read once; a lone "Handläggare" at the foot of two missiv is not
    furniture. A lone line repeated at the very same place on later pages (`_running`) is a running
    header from the page after the letterhead that has it elsewhere.
    """
    found: set[tuple[int, int]] = set()
    previous: set[str] = set()
    runs: dict[str, int] = {}
    for lines in pages:
        edges = [line for line in [*lines[:edge], *lines[-edge:]] if not _ADDRESS_ONLY.match(line.text)]
        current = {_normalise(line.text) for line in edges if len(line.text) < 80}
        repeated = [line for line in dict.fromkeys(edges) if _normalise(line.text) in previous]
        runs = {key: runs.get(key, 0) + 1 for key in current & previous}
        values = [line for line in repeated if not _BARE_LABEL.match(_normalise(line.text))]
        for line in repeated:
            key = _normalise(line.text)
            if not key:
                continue
            if len(values) >= 2 or line in values and runs.get(key, 0) >= 2:
                found.add((line.page, line.number))  # a repeated block goes whole, its labels too
        previous = current
    return found | _running(pages, edge)


# a line that is only an e-mail address, or a transcript's '[email protected]' (every address alike): a
# sändlista's row under its name at a page's edge, never a running header
_ADDRESS_ONLY = re.compile(r"^\s*(?:\[email\s*protected\]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)\s*$")


def _running(pages: Sequence[Sequence[Line]], edge: int) -> set[tuple[int, int]]:
    """Given the lines of consecutive pages, return (page, line number) of running-header lines: a line at
    the same place (top and left within a point or two) at an edge of pages in a row. When its first such
    page follows a page that has the text at another edge place (the letterhead, with the sender over
    every later page), two pages in a row suffice and all go; else three, and the first is kept."""
    places: dict[tuple[str, int, int], list[Line]] = {}
    at_edge: dict[int, set[str]] = {}
    for lines in pages:
        for line in list(lines[:edge]) + list(lines[-edge:]):
            if line.top is None or line.x0 is None or not line.size or len(line.text) >= 80:
                continue
            key = _normalise(line.text)
            at_edge.setdefault(line.page, set()).add(key)
            if key and not _BARE_LABEL.match(line.text.strip()):
                places.setdefault((key, round(line.top / 3), round(line.x0 / 3)), []).append(line)
    found: set[tuple[int, int]] = set()
    for (key, _, _), lines in places.items():
        pages_at = sorted({line.page for line in lines})
        if len(pages_at) < 2:
            continue
        first = pages_at[0]
        if key in at_edge.get(first - 1, set()) and pages_at[1] == first + 1:
            found.update((line.page, line.number) for line in lines)  # the letterhead on the page before
        elif pages_at[1:3] == [first + 1, first + 2]:
            found.update((line.page, line.number) for line in lines if line.page > first)
    return found


_BARE_LABEL = re.compile(
    r"^(?:datum|dnr|diarienummer|instans|missiv|remiss|sida|handläggare|"
    r"tjänsteskrivelse|protokollsutdrag|yttrande)\s*:?$",
    re.IGNORECASE,
)


def _normalise(text: str) -> str:
    """Return a line's text with its page number blurred ('Sida 2 (3)'), for comparing page headers.

    Every page number _PAGE_NO reads holds '(' or 'av': a line without either is left as it is, unsearched.
    """
    text = text.strip().lower()
    return _PAGE_NO_RE.sub("#", text) if "(" in text or "av" in text else text


_PAGE_NO_RE = re.compile(_PAGE_NO)


def clean_pages(pages: Sequence[Sequence[Line]]) -> list[Line]:
    """Given the lines of consecutive pages, return one list without page furniture."""
    first_page = list(pages[0][:8]) if pages else []
    cleaned = [drop_furniture(lines, first_page if i else ()) for i, lines in enumerate(pages)]
    repeated = repeated_lines(cleaned)
    return [line for lines in cleaned for line in lines if (line.page, line.number) not in repeated]
