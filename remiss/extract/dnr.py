"""Diarienummer and klassificering: in the header block and in the sentence that asks to quote it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from remiss.domain import Line
from remiss.extract.text import PHONE_RE, Found, Text, ends_in_number
from remiss.modelldata import fraser, modell_toml

_DNR_DATA = modell_toml("dnr.toml")
# Diarienummer forms (modeller/dnr.toml, each with examples): KS 2022-00304, S2023/01234, 451-12345-2023 …
DNR_PATTERN = "|".join(f"(?:{form['monster']})" for form in _DNR_DATA["form"])
DNR_RE = re.compile(
    rf"(?<![\w/-])(?P<dnr>{DNR_PATTERN})(?P<klass>\s*\d{{1,2}}(?:\.\d{{1,3}}){{2,4}})?(?![\w/]|-\d)"
)
KLASS_EFTER_LOPNUMMER = re.compile(_DNR_DATA["klass_efter_lopnummer"]["monster"])
# a plan's code and number alone on a line at the top ('Ak 218' over the plan's name; modeller/dnr.toml
# [plannummer]): the matter's number, as a dnr alone on its line
PLANNUMMER = re.compile(_DNR_DATA["plannummer"]["monster"])
# the forms that are a diarienummer without a label wherever they stand (modeller/dnr.toml [utan_etikett])
UTAN_ETIKETT = re.compile(
    "|".join(f"(?:{form['monster']})" for form in _DNR_DATA["form"]
             if form["namn"] in _DNR_DATA["utan_etikett"]["former"])
)
# a date with a mistyped year in the länsstyrelse's form ('212-07-13'): no number beside another (dnr.toml)
DATUMLIKT = re.compile(_DNR_DATA["utan_etikett"]["datumlikt"]["monster"])
_I_TEXT = next(f["i_text"] for f in modell_toml("huvud.toml")["familj"] if f["namn"] == "dnr")
# a dnr label in running text too (modeller/huvud.toml, the dnr family's i_text); never 'Er/Ert …'
DNR_LABEL = re.compile(
    r"(?<!\ber\s)(?<!\bert\s)(?<!\ber\.\s)\b(?:"
    + fraser(sorted(_I_TEXT, key=len, reverse=True))
    + r")\b\.?:?",
    re.IGNORECASE,
)
# a dnr of any form vouched for by its label; not "/2016" (a transcript that lost the digits)
# the agency's letters may stand before a series letter: "Dnr EBM A-2015/0728" (Ekobrottsmyndigheten)
LOOSE_DNR = re.compile(
    r"^\s*(?P<dnr>(?:(?-i:[A-ZÅÄÖ]{2,6})\s(?=[A-ZÅÄÖa-zåäö]{1,6}[\s/-]?\d))?"
    r"(?:[A-ZÅÄÖa-zåäö]{1,6}[\s/-]?)?\d[\w./:–-]*\d[\w/]*)"
)
ANGE_DNR = re.compile(
    # every form of the verb ('märka svaret med diarienummer', 'märkt med … eller 15KS255'), and 'ange' glued
    # to its noun by a PDF transcript ('(angediarienummer TS-2016-694)')
    # (kalla39) the present tense after a place, inverted: 'I ämnesraden märker du yttrandet med vårt
    # diarienummer 2168-23', 'anger du diarienumret'
    r"(?:(?:ange|anges|uppge|uppges|märk|märka|märks|märkas|märkt|märkta|hänvisa till|skriv|"
    r"(?:anger|uppger|märker)\s+(?:du|ni))\b"
    r"|ange(?=diarienum|dnr))[^.]{0,40}?"
    # (the noun misspelt, 'Ange diaruenummer: 511-24761-2012', is ANGE_FUZZY's)
    r"(?P<ord>diarienumret|diarienummer|dnr|diarienr|beteckningen|beteckning|"
    # ('med' a word of its own: 'Märk gärna meddelandet eller brevet med: KS 21/156' reads on to the real one)
    # (missiv43) 'Märk brevet med nummer PLAN.2017.1': the bare word 'nummer' labels the number after 'med'
    # (only there: 'ange ditt nummer' is a phone's)
    r"ärendenumret|ärendenummer|\bmed\s+(?:nummer|numret)\b|\bmed\b)"
    # where the number goes before it: 'Ange diarienumret i ämnesraden: 8664–2018'
    r"(?:\s+(?:i|på)\s+(?:ämnesrad(?:en)?|rubrik(?:en|raden)?|ämnesfält(?:et)?))?"
    # the rest reaches a number quoted after the answer's label: 'Märk svaret med "Remissvar energi- och
    # klimatstrategi 2020-2030, diarienummer 423-6990-2018"'
    r"\s*:?\s*(?P<rest>.{0,100})",
    re.IGNORECASE,
)


def find_diarienummer_header(lines: Sequence[Line]) -> Found | None:
    """Given lines, return the diarienummer after a 'Dnr' label (same or next line).

    The letter head's label/value fields (`remiss.huvud`: a value a dnr label vouches for, paired by
    where it stands; 'Er referens' is the recipient's and never taken) win; then a label on a short line
    or in a table row; then a number standing alone in the head; a label in running text
    ('filnamnet är … diarienummer (utan snedstreck), …') last.
    """
    from_head = _from_huvud(lines[:HEAD_LINES])
    if from_head:
        return from_head
    in_head, in_text = _labelled(lines)
    if in_head:
        return in_head
    after_paragraph = _after_paragraph(lines[:HEAD_LINES])
    if after_paragraph:
        return after_paragraph
    for index, line in enumerate(lines[:15]):
        for cell in line.text.split(" | "):  # alone on its line, or alone in a header cell
            alone = DNR_RE.fullmatch(cell.strip())
            if alone and not _year_month_or_span(alone.group("dnr")) \
                    and not (index and _paragraph_end(lines[index - 1], line)):
                letters = _BROKEN_LETTERS.search(lines[index - 1].text.rstrip()) if index else None
                if letters and re.fullmatch(r"[\d/-]+", cell.strip()):  # '… – TSF' / '2013-161': one number
                    return Found(f"{letters.group(0)} {cell.strip()}", line, _ALONE)
                return Found(_fix_glued_klass(cell.strip()), line, _ALONE)
        opening = head_row_dnr(line.text) if " | " not in line.text else None
        closing = None if opening or " | " in line.text else organ_row_dnr(line.text)
        if (opening or closing) and not (index and _paragraph_end(lines[index - 1], line)):
            return Found(opening, line, _HEAD_ROW) if opening else Found(closing, line, _ORGAN_ROW)  # type: ignore[arg-type]
    return (in_text or _opening_paragraph(lines[:8]) or _cited_after_name(lines[:HEAD_LINES])
            or _plan_number_alone(lines[:15]))


def _plan_number_alone(lines: Sequence[Line]) -> Found | None:
    """Given the opening lines, return a plan's code and number standing alone on a line ('Ak 218' over the
    plan's name, modeller/dnr.toml [plannummer]), the matter's number when no diarienummer stands there; not
    the number in the heading or in a sentence ('Dp 157 Södra Näs planändring')."""
    for index, line in enumerate(lines):
        for cell in line.text.split(" | "):
            if PLANNUMMER.fullmatch(cell.strip()) and not (index and _paragraph_end(lines[index - 1], line)):
                return Found(" ".join(cell.split()), line, _PLAN_ALONE)
    return None


# a case number the line break cut after its body's letters: the line above ends in them ('…
# parkeringstillstånd för rörelsehindrade – TSF' over '2013-161', a wrapped title); the digits stand alone
_BROKEN_LETTERS = re.compile(r"(?<=[\s–-])[A-ZÅÄÖ]{2,6}$")
_OPENS_SENTENCE = re.compile(r"\s+[A-ZÅÄÖ][a-zåäö]+\s+[a-zåäö]")
_OPENING = "ett diarienummer med bokstäver först i stycket under rubriken (ett transkript fogade dit det)"


def _opening_paragraph(lines: Sequence[Line]) -> Found | None:
    """Given the first lines, return a dnr with a letter prefix opening a paragraph under the title: a
    transcript ran the number that stood alone under the heading into the paragraph after it ('SBF 2020/1109
    Kommunstyrelsens arbetsutskott beslutade …'). Not on the first line, and only with letters and a
    slash or dash number, so a year or a date opening a sentence is never taken."""
    for index, line in enumerate(lines[1:], start=1):
        dnr = DNR_RE.match(line.text.strip())
        if dnr is None or not re.match(r"[A-ZÅÄÖ]{2,}[a-zåäö]*\s?\d{2,4}[/-]\d", dnr.group("dnr")):
            continue
        rest = line.text.strip()[dnr.end() :]
        if _OPENS_SENTENCE.match(rest) and not _paragraph_end(lines[index - 1], line):
            return Found(_fix_glued_klass(dnr.group("dnr")), line, _OPENING)
    return None


def _paragraph_end(previous: Line, line: Line) -> bool:
    """Return True for a line that is the wrapped end of the paragraph above it: the line above is running
    text in the same size and column that stops mid-sentence ('… Delredovisning av regeringsuppdrag' over
    'M2014/1900/Ke' in a narrower column: the number is the report's, in the sentence, no number alone)."""
    text = previous.text.strip()
    last = text.split()[-1] if text else ""
    same_column = previous.x0 is None or line.x0 is None or abs(previous.x0 - line.x0) < 3
    same_size = not previous.size or not line.size or abs(previous.size - line.size) <= 0.4
    # (robust29) or a line all in capitals ('KLICKA HÄR FÖR ATT SE DET PRELIMINÄRA
    # LOKALFÖRDELNINGSFÖRSLAGET' / 'FÖR 2023-2026', a link set in capitals that the page's width wrapped)
    word = re.fullmatch(r"[a-zåäöé]+", last) is not None or text.isupper() and last.isalpha()
    return (previous.page == line.page and len(text) >= 50 and " | " not in text and same_column and same_size
            and not text.endswith((".", ":", "!", "?", ";")) and word
            and len(text.split()) >= 6  # running text ('Bifogade filer: x.pdf' over the head row is none)
            and not re.search(r"(?:nr|nummer|beteckning)\.?$", last, re.IGNORECASE))  # '… dr. nr' over it



# a protocol paragraph's heading ends with its paragraph and the case's number, as a kommun writes them
# ('Remittering av Göteborgs Stads riktlinje för arbete med avhoppare § 973, 1370/21'): the paragraph
# vouches for the number after it, whatever its form
PARAGRAPH_DNR = re.compile(
    r"§\s*\d+\s*,\s*(?P<dnr>(?:[A-ZÅÄÖ]{1,6}[\s-]?)?\d{1,6}[/-]\d{2,6}(?:[/-]\d{1,6})?)\s*$"
)


def _after_paragraph(lines: Sequence[Line]) -> Found | None:
    """Given the opening lines, return the number after a paragraph at the end of a heading line (also
    when the heading wraps after the paragraph or its sign, the number on the next line: '… § 973,' /
    '1370/21', '… i Göteborg §' / '821, 1668/20')."""
    for index, line in enumerate(lines):
        found = PARAGRAPH_DNR.search(line.text.strip())
        source = line
        following = lines[index + 1] if index + 1 < len(lines) else None
        # (or before it: '… parallella samhällen i Göteborg §' / '821, 1668/20' in a narrow column)
        if found is None and following is not None and len(following.text.strip()) <= 20 \
                and re.search(r"(?:,|§|§\s*\d+\s*,?)$", line.text.rstrip()):
            found = PARAGRAPH_DNR.search(f"{line.text.strip()} {following.text.strip()}")
            source = following
        if found and not _year_month_or_span(found.group("dnr")):
            why = "numret efter protokollsparagrafen i rubriken ('§ 973, 1370/21')"
            return Found(found.group("dnr"), source, why)
    return None


# a department's number right after the remiss's name at the top of a web page or e-mail, the only place
# it stands there: '… kosmetiska solarier (M2013/1724/Ke).', '… höga levnadsomkostnader, S2023/02496'
_DEPARTEMENT = next(form["monster"] for form in _DNR_DATA["form"] if form["namn"] == "departement")
_CITED = re.compile(rf"(?:\((?P<inom>{_DEPARTEMENT})\)|,\s*(?P<sist>{_DEPARTEMENT})\s*$)")


def _cited_after_name(lines: Sequence[Line]) -> Found | None:
    """Given the opening lines, return a department's number cited after the remiss's name, when one
    number stands so (two different ones say nothing about which is the remiss's)."""
    found = [
        Found(match.group("inom") or match.group("sist"), line,
              "departementets nummer efter remissens namn överst ('… (M2013/1724/Ke)')")
        for line in lines
        for match in _CITED.finditer(line.text)
    ]
    return found[0] if len({dnr_key(f.value) for f in found}) == 1 else None


def _year_month_or_span(value: str) -> bool:
    """Return True for '2024-03', '2021-2024' or '1998/99': a month, a span of years or a riksmöte (the year
    and the next year's last two digits, riksdagens '1998/99:LU1y'), never a dnr alone."""
    riksmote = re.fullmatch(r"(?:19|20)(\d{2})/(\d{2})", value)
    if riksmote and (int(riksmote.group(1)) + 1) % 100 == int(riksmote.group(2)):
        return True
    return bool(re.fullmatch(r"(?:19|20)\d{2}-\d{2}", value)) or is_year_span(value)


_HUVUDRAD_ORD = re.compile(
    r"\b(?:" + "|".join(map(re.escape, _DNR_DATA["huvudrad"]["ord"])) + r")\b"
    r"|\d{1,3}\s?\(\s?\d{1,3}\s?\)|\b\d{1,3}\b",  # a page counter '1(10)', a § or page number
    re.IGNORECASE,
)
HEAD_ROW_LENGTH = 60
HEAD_VALUES_LENGTH = 140  # a head's values run into one row, the handläggare's names and numbers with them


def _after_leading_date(text: str) -> str:
    """Given a row, return it without the full date it opens with ('2024-03-01 KS 2024/123')."""
    from remiss.dates import find_dates

    dates = find_dates(text[:20])
    if dates and dates[0].start == 0 and dates[0].year_given:
        return text[dates[0].end :].lstrip()
    return text


# a department's number, the remiss's ('U2021/01271', 'Fi2022/01234', 'Ju 2017/01226'), as
# remiss/kontroll/hitta.py REMISS_FORM reads it: in a head row beside another number, the other is the
# sender's own (missiv27: the answering body's number wins over the number of the remiss it answers)
DEPARTEMENTETS_FORM = re.compile(r"^(?:[A-ZÅÄÖ][a-zåäö]?|UD|JU|FI|FÖ|SB)\s?\d{4}[/:]\d{2,6}")


# (missiv35) an attachment's head row naming the number of the letter or case it belongs to ('Bilaga 1 till
# Hk JR 714-2/2002 den 23 augusti 2002', Telia's comments to PTS printed without their letterhead): the number
# is the document's own, whatever follows it on the row
ATTACHMENT_OF = re.compile(r"^bilaga\s+(?:\d{1,2}\s+)?till\s+(?:(?:dnr|diarienummer|ärende)\s*:?\s*)?",
                           re.IGNORECASE)


def head_row_dnr(text: str) -> str | None:
    """Given a short row at the top, return the dnr it opens when the rest of the row is page furniture.

    'TSG 2011-486 M2011/1516/Ma Remissvar 1(10)' (the own dnr, then the recipient's, the kind and the page),
    a protocol's '28 KS 2012/172 51' (§ 28) and '2024-03-01 KS 2024/123' (date and dnr of a head whose
    label row is missing) give the dnr; the words allowed beside it are in modeller/dnr.toml ([huvudrad]). An
    attachment's row gives the number it is an attachment to ('Bilaga 1 till KS 2023/145 den 3 maj 2023').
    """
    text = text.strip()
    attachment = ATTACHMENT_OF.match(text)
    if attachment:  # whatever a transcript ran in after it ('… den 23 augusti 2002 Post- och telestyrelsen')
        number = DNR_RE.match(text, attachment.end())
        if number is None or _year_month_or_span(number.group("dnr")):
            return None
        return _fix_glued_klass(number.group("dnr") + (number.group("klass") or ""))
    rest = _after_leading_date(text)
    dated = rest != text
    if len(text) > (HEAD_VALUES_LENGTH if dated else HEAD_ROW_LENGTH):
        return None
    rest = rest[re.match(r"^(?:§\s*)?(?:\d{1,3}\s+)?", rest).end() :]  # type: ignore[union-attr]
    dnr = DNR_RE.match(rest)
    if dnr is None or _year_month_or_span(dnr.group("dnr")):
        return None
    after = rest[dnr.end() :]
    # the head's values in a row without their labels: date, page, dnr, then the handläggare with the
    # telephone ('2020-11-26 1 STY-2020/523 Johanna Jadstrand 010-473 58 49 Fredrik Malmberg 010-473 50 00')
    values = dated and PHONE_RE.search(after) is not None
    if not values and (len(text) > HEAD_ROW_LENGTH or _HUVUDRAD_ORD.sub(" ", DNR_RE.sub(" ", after)).strip()):
        return None
    own = DNR_RE.search(after) if DEPARTEMENTETS_FORM.match(dnr.group("dnr")) else None
    if own and not DEPARTEMENTETS_FORM.match(own.group("dnr")):
        dnr = own  # 'Fi2022/01234 HIG-2.3.1-00123-2022': the answering body's own number after the remiss's
    return _fix_glued_klass(dnr.group("dnr") + (dnr.group("klass") or ""))


# the sender's organ and unit named in a head row before its own number, no label ("Kommunstyrelsen
# Kommunledningskontoret Välfärd KSKF/2017:286", Eskilstuna's tjänsteskrivelse as a docplayer transcript;
# "Miljö- och samhällsbyggnadsförvaltningen Planenheten MSN 2021/145"): capitalised names only, one of them an
# organ's ('…nämnden', '…styrelsen', '…förvaltningen', '…kontoret', '…enheten', '…avdelningen')
_ORGANSLUT = r"(?:nämnden|styrelsen|förvaltningen|kontoret|enheten|avdelningen|kansliet|staben)"
# a name word: capitalised, also joined to the next by 'och' ('Miljö- och samhällsbyggnadsförvaltningen',
# 'Stab och stöd')
_NAMNORD = r"[A-ZÅÄÖ][a-zåäö][\wåäö]*(?:-?\s+och\s+[a-zåäö]+)?"
ORGAN_ROW = re.compile(
    rf"^(?P<namn>{_NAMNORD}\s+(?:(?:{_NAMNORD}|[a-zåäö]*{_ORGANSLUT})\s+){{0,4}})(?P<rest>.+)$"
)
ORGANORD = re.compile(rf"{_ORGANSLUT}$")
ORGAN_ROW_LENGTH = 90


def organ_row_dnr(text: str) -> str | None:
    """Given a short row at the top, return the number closing it when the words before it are the sender's
    organ and unit ("Kommunstyrelsen Kommunledningskontoret Välfärd KSKF/2017:286"); a page counter may
    follow."""
    text = text.strip()
    row = ORGAN_ROW.match(text) if len(text) <= ORGAN_ROW_LENGTH else None
    if row is None or not any(ORGANORD.search(word) for word in row.group("namn").split()):
        return None
    dnr = DNR_RE.match(row.group("rest"))
    if dnr is None or _year_month_or_span(dnr.group("dnr")):
        return None
    if re.sub(r"\d{1,3}\s?\(\s?\d{1,3}\s?\)", "", row.group("rest")[dnr.end() :]).strip():
        return None  # more words after the number: a sentence or another field, not the head row's end
    return _fix_glued_klass(dnr.group("dnr") + (dnr.group("klass") or ""))


HEAD_LINES = 40  # the letter head's label/value fields stand within a page's first lines


def _from_huvud(lines: Sequence[Line]) -> Found | None:
    """Given a head's lines, return the value of its first diarienummer label field."""
    from remiss.huvud import forsta, las_huvud

    falt = forsta(las_huvud(lines), "dnr")
    if falt is None:
        return None
    return Found(falt.varde, falt.rad, falt.forklaring())


SHORT_LINE = 60  # a label on a line this short, or in a table row, is a header label


# the label inside a web address: glued to the address before it ('?DiarieNummer=', '&dnr=')
IN_ADDRESS = re.compile(r"[?&/=_.%]$")


def _labelled(lines: Sequence[Line]) -> tuple[Found | None, Found | None]:
    """Return the first dnr after a label in the head (a short line or a table row) and the first
    after a label in running text, in one pass over the lines."""
    in_text: Found | None = None
    for index, line in enumerate(lines[:250]):
        label = DNR_LABEL.search(line.text)
        if not label:
            continue
        head = len(line.text) <= SHORT_LINE or " | " in line.text
        head = head or (index < 3 and _titelns_nummer(line.text, label))  # '… vattenkraft (dnr 2247-2020)'
        if not head and in_text is not None:
            continue
        if re.search(r"\b(?:ange|uppge|hänvisa|märk)\w*\b", line.text[: label.start()], re.IGNORECASE):
            continue
        if IN_ADDRESS.search(line.text[: label.start()]) or line.text[label.end() :].startswith("="):
            continue  # a web address's query ('…/Samradsyttrande.aspx?DiarieNummer=TRV%' / '202019%2F81539')
        if not head and _earlier_decision(lines[index - 1].text if index else "", line.text[: label.start()]):
            continue  # '… enligt beslut daterat 2018-02-14, dnr 551-12324-2017': the earlier decision's
        rest = line.text[label.end() :]
        following = lines[index + 1].text if index + 1 < len(lines) else ""
        # 'diarienummer KS-' + '2021-00442. När …', '511-9809-' + '2021.': a line break cut the number
        start = rest.strip()
        on_line = glued_at_break(start, following) or rest
        for candidate, source in ((on_line, line), (following, None)):
            value = dnr_after_label(candidate)
            if value:
                found = Found(value, source or lines[index + 1], _labelled_why(head))
                if head:
                    return found, in_text
                in_text = found
                break
    return None, in_text


EARLIER_DECISION = re.compile(_DNR_DATA["tidigare_beslut"]["monster"], re.IGNORECASE)
SENTENCE_BREAK = re.compile(r"[.!?](?:\s|$)")


def _earlier_decision(previous: str, before: str) -> bool:
    """Given the line before a label in running text and the label's line up to it, return True when the
    label's sentence cites an earlier decision, judgement or permit before it ('… enligt beslut daterat
    2018-02-14, dnr …', modeller/dnr.toml [tidigare_beslut]): the number is that decision's."""
    text = f"{previous} {before}"
    ends = list(SENTENCE_BREAK.finditer(text))
    sentence = text[ends[-1].end() :] if ends else text
    return EARLIER_DECISION.search(sentence) is not None


def _titelns_nummer(text: str, label: re.Match[str]) -> bool:
    """Return True when a label and its number in parentheses close a title line ('Vägledning om samverkan
    inför omprövning av vattenkraft (dnr 2247-2020)'): the number the document names itself by, as a
    head's label; a sentence's parenthesis ('… yttrade sig tidigare (dnr KS 2019/12).') is the text's."""
    return (
        text[: label.start()].rstrip().endswith("(")
        and text.rstrip().endswith(")")
        and not re.search(r"[.!?:]\s", text)
    )


PREFIX_ALONE = re.compile(r"[A-ZÅÄÖ]{1,5}[-/]?")


def glued_at_break(start: str, following: str) -> str | None:
    """Given the text after a dnr label at a line's end (stripped) and the next line, return the two as one
    when the line break cut the number there, else None.

    Cut means: the line ends in the number's prefix alone ('KS-', 'TKN') or inside the number at its dash
    or slash ('511-9809-', `ends_in_number`), and the next line goes on with a digit ('2021-00442').
    A dash or slash joins the parts as they are, a prefix without one gets a space ('TKN 2018/35'). The
    number may open a quote (layout39: 'diarienummer ”SB' / '0193/15” i rubriken …').
    """
    bare = start.lstrip("\"”“«»'’")
    if not following[:1].isdigit() or not (ends_in_number(bare) or PREFIX_ALONE.fullmatch(bare)):
        return None
    return start + ("" if start.endswith(("-", "/")) else " ") + following


_ALONE = "ett diarienummer ensamt på en rad eller i en cell överst"
_PLAN_ALONE = "planens beteckning ensam på en rad överst ('Ak 218' över planens namn)"
_ORGAN_ROW = "diarienumret som sluter en rad överst efter avsändarens organ och enhet, utan etikett"
_HEAD_ROW = ("diarienumret som öppnar en kort rad överst (resten är sidhuvud: ett till dnr, "
             "dokumentsort, sida)")


def _labelled_why(in_head: bool) -> str:
    """Return why a labelled dnr was taken (shown by `tolka --forklara`)."""
    where = "i sidhuvudet" if in_head else "i löptexten"
    return f"värdet efter en diarienummeretikett {where} (Dnr, Diarienummer, Vår referens …)"


# the owner's code between the label and its colon: "Diarienummer HaV: 2298-2020" (Havs- och
# vattenmyndighetens number): whose number it is, part of the label (the colon after it, not after the label,
# says so; a diarium's code stands after the colon, "Dnr: KS 2024/12"); two capitals in it, so no word
AGARKOD = r"(?-i:[A-ZÅÄÖ][a-zåäö]?[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,3})"
AGARKOD_FORE = re.compile(AGARKOD + r"\s*:\s*(?=[A-ZÅÄÖa-zåäö]{0,6}[\s/-]?\d)")


# (kalla41) the organ whose number it is, spelled out between the label and the number: 'Diarienummer
# Stadsbyggnadsförvaltningen SBF-2023-01341' (Göteborg's project pages, as 'Diarienummer SBK BN0545/19' gives
# its short form): one capitalised word that ends as an organ's name, the number after it
ORGAN_FORE = re.compile(rf"(?-i:[A-ZÅÄÖ][a-zåäö-]*{_ORGANSLUT})\s+(?=[A-ZÅÄÖa-zåäö]{{0,6}}[\s/-]?\d)")


def dnr_after_label(candidate: str) -> str | None:
    """Given the text after a 'Dnr' label, return the diarienummer it starts with (any form, vouched for)."""
    # "Ärendenr: | NV-05012-14": the value in the next cell; 'ange diarienummer; MBN 16-6433': a semicolon;
    # the number in quotes, straight or curly ('Ange diarienummer ”M-2020-1008”.')
    candidate = re.sub(r"^[\s|:;]+", "", candidate)
    quoted = re.match(r"[\"”“«»'’](?P<value>[^\"”“«»'’\s]{3,40})[\"”“«»'’]", candidate)
    candidate = quoted.group("value") + candidate[quoted.end() :] if quoted else candidate
    agare = AGARKOD_FORE.match(candidate)
    candidate = candidate[agare.end() :] if agare else candidate
    organ = ORGAN_FORE.match(candidate)  # 'Diarienummer Stadsbyggnadsförvaltningen SBF-2023-01341'
    candidate = candidate[organ.end() :] if organ else candidate
    # 'diarienummer (utan snedstreck), N2016-06713-PBB', 'Diarienummer (anges vid svar): KS 2021/12'
    candidate = re.sub(r"^\([^()]{1,40}\)[\s,:|]*", "", candidate)
    match = DNR_RE.search(candidate)
    if match and match.start() < 12:
        return _fix_glued_klass(_with_prefix(candidate, match) + (match.group("klass") or ""))
    loose = LOOSE_DNR.match(candidate.split(" | ")[0])
    if (
        loose
        and not _incomplete(candidate.split(" | ")[0][loose.start("dnr") :])
        and sum(c.isdigit() for c in loose.group("dnr")) >= 3
        and not re.fullmatch(r"(?:19|20)\d{2}-\d{2}-\d{2}", loose.group("dnr").rstrip(".,:"))
    ):
        return loose.group("dnr").rstrip(".,:")
    return None


INCOMPLETE = re.compile(r"^\S*[/:](?:\s|$)")


def _incomplete(value: str) -> bool:
    """Return True for a number cut off after its '/' or ':' ('RT 2014/', 'KS/2015:', 'KS-612/'): the
    transcript lost its last part, so it is no diarienummer (a wrong one is worse than none)."""
    return bool(INCOMPLETE.match(re.sub(r"^[A-ZÅÄÖa-zåäö]{1,6}\s", "", value)))


def unglue_klass(text: str) -> str:
    """Given 'Dnr FOFN 2023-002002.3.1.0' (a dnr glued to its klassificering), return them apart."""
    return re.sub(r"(\d{4}-\d{5})(\d{1,2}(?:\.\d{1,3}){2,4})(?!\d)", r"\1 \2", text)


def is_year_span(value: str) -> bool:
    """Return True for a span of years ('2021-2024', '2024–2030' in a plan's title), never a dnr alone."""
    span = re.fullmatch(r"((?:19|20)\d{2})\s?[-–]\s?((?:19|20)\d{2})", value.strip())
    return span is not None and 0 < int(span.group(2)) - int(span.group(1)) <= 30


def find_diarienummer_text(text: Text) -> Found | None:
    """Given the joined text, return the diarienummer the missiv asks to be quoted ('Ange diarienummer …')."""
    for match in _ange_matches(text.joined):
        rest = match.group("rest")
        dnr = DNR_RE.search(rest)
        label = DNR_LABEL.search(rest)
        if label and (dnr is None or dnr.start() >= 8):  # 'Märk svaret med: "… dnr 19RS792"'
            dnr = DNR_RE.search(rest, label.end())
            dnr = dnr if dnr and dnr.start() - label.end() < 4 else None
            if dnr:
                value = dnr.group("dnr") + (dnr.group("klass") or "")
                return Found(_fix_glued_klass(value), text.line_at(match.start("rest") + dnr.start()),
                             "numret texten ber att svaret märks med ('Märk svaret med … dnr …')")
            # 'Märk yttrandet med vårt diarienummer 666-19': a form the list lacks, vouched for by the label
            vouched = dnr_after_label(rest[label.end() :])
            if vouched and sum(c.isdigit() for c in vouched) >= 5:
                return Found(vouched, text.line_at(match.start("rest") + label.end()),
                             "numret texten ber att svaret märks med, i den form etiketten går i god för "
                             "('Märk yttrandet med vårt diarienummer …')")
        if dnr and (dnr.start() < 8 or _names_its_case(rest[: dnr.start()])):
            value = _with_prefix(rest, dnr) + (dnr.group("klass") or "")
            return Found(_fix_glued_klass(value), text.line_at(match.start("rest") + dnr.start()),
                         "numret texten ber att svaret märks med ('Ange diarienummer …')")
        # 'Ange ärendenummer: 18–03034', 'ange ärendenumret 20201-01195': any form the label vouches for,
        # but not '501-' cut at a line end
        vouched = dnr_after_label(rest) if match.group("ord").lower() != "med" else None
        if vouched and sum(c.isdigit() for c in vouched) >= 5:
            return Found(vouched, text.line_at(match.start("rest")),
                         "numret texten ber att svaret märks med, i den form etiketten går i god för "
                         "('Ange ärendenummer: …')")
    # (kalla36) 'Märk handlingen "BMK 2017-000234"': the marking quoted straight after what is marked
    for match in MARK_QUOTED.finditer(text.joined):
        dnr = DNR_RE.match(match.group("rest"))
        if dnr and not _year_month_or_span(dnr.group("dnr")):
            return Found(_fix_glued_klass(dnr.group("dnr") + (dnr.group("klass") or "")),
                         text.line_at(match.start("rest")),
                         "numret texten ber att svaret märks med, inom citattecken ('Märk handlingen \"…\"')")
    # 'Ange Nationell skötselstrategi: SKS 2020/3516 i rubrikraden'
    subject = (SUBJECT_LINE, SUBJECT_STANDS, SUBJECT_LABEL)
    for match in [m for pattern in subject for m in pattern.finditer(text.joined)]:
        dnr = DNR_RE.search(match.group("rest"))
        if dnr and not _year_month_or_span(dnr.group("dnr")):
            value = _with_prefix(match.group("rest"), dnr) + (dnr.group("klass") or "")
            return Found(_fix_glued_klass(value), text.line_at(match.start("rest") + dnr.start()),
                         "numret svaret ska ha i ämnesraden ('Ange … SKS 2020/3516 i rubrikraden')")
    return None


# 'Ange diaruenummer: 511-24761-2012': the label word misspelt; taken when it is close to one of the dnr
# family's words in running text (modeller/huvud.toml, i_text), never a word that is only similar in part
ANGE_FUZZY = re.compile(
    r"\b(?:ange|anges|uppge|uppges|märk|märk[ast])\s+(?P<ord>[a-zåäö]{7,16})\s*:?\s*(?P<rest>.{0,60})",
    re.IGNORECASE,
)
LABEL_WORDS = tuple(word for word in _I_TEXT if " " not in word and len(word) >= 7)
FUZZY_LABEL = 85  # rapidfuzz ratio: one letter wrong in 'diarienummer' gives 92, 'diarienumret' 83


def _ange_matches(joined: str) -> list[re.Match[str]]:
    """Given the joined text, return the 'Ange diarienummer …' sentences: exact, then label misspelt."""
    found = list(ANGE_DNR.finditer(joined))
    fuzzy = [m for m in ANGE_FUZZY.finditer(joined) if m.group("ord").lower() not in LABEL_WORDS]
    if fuzzy:
        from rapidfuzz import fuzz

        found += [m for m in fuzzy
                  if max(fuzz.ratio(m.group("ord").lower(), word) for word in LABEL_WORDS) >= FUZZY_LABEL]
    return found


# where the answer is to carry a marking: the e-mail's subject or address field, the letter's heading, the
# envelope ('skriv ”Samråd Grönprogram 2018/0153” i adressfältet', 'Ange … SKS 2020/3516 i rubrikraden')
# (also the answer itself: 'Ange 106-2013-2021 på yttrandet.')
ANSWER_FIELD = (r"(?:ämnesrad(?:en)?|rubrikrad(?:en)?|rubriken|ämnesfältet|adressfältet|ärendefältet|"
                r"ärenderaden|kuvertet|yttrandet|remissvaret|svaret)")
# a number the answer's subject line must carry, without the word diarienummer
SUBJECT_LINE = re.compile(
    r"\b(?:ange|anges|skriv|märk)\w*\b(?P<rest>[^.]{0,80}?)\s+(?:i|som|på)\s+" + ANSWER_FIELD + r"\b",
    re.IGNORECASE,
)

# the marking quoted, then where it must stand: 'Rubriken "Samråd översiktsplan KS 2018.1318” ska stå i
# ämnesraden.'
SUBJECT_STANDS = re.compile(
    r"(?P<rest>[\"”“][^\"”“]{4,80}[\"”“])\s+(?:ska|skall|måste|bör)\s+(?:stå|anges|finnas)\s+(?:i|på)\s+"
    + ANSWER_FIELD + r"\b",
    re.IGNORECASE,
)

# the field named as a label before what it must hold, in a list of what to give ('När du lämnar synpunkter
# … är det viktigt att du anger:' / '• Rubrik i ämnesraden: Granskning Översiktsplan 2018 SBN 2020-134')
SUBJECT_LABEL = re.compile(
    r"\b(?:rubrik\s+(?:i|på)\s+)?(?:ämnesrad(?:en)?|rubrikrad(?:en)?|ämnesfält(?:et)?)\s*:\s*(?P<rest>[^.•\n]{4,100})",
    re.IGNORECASE,
)


# (kalla36) the answer to be marked with a quoted number, without the word diarienummer or 'med': 'Märk
# handlingen "BMK 2017-000234"' (Knivsta's notice of the översiktsplan's utställning); only what the answer is
# sent as (the letter, the e-mail, the views), the number first inside the quotes
# (kalla40) also two ways to send it, joined by a slash or 'eller': 'Märk brevet/mejlet ”BN 2016-271”'
# (Hässleholm's plan page, missiv/hassleholm-kyrkskolan-granskning-2019)
MARKED = (r"(?:handlingen|handlingarna|svaret|svaren|yttrandet|yttrandena|remissvaret|brevet|skrivelsen|"
          r"e-posten|e-postmeddelandet|mejlet|mailet|kuvertet|synpunkterna|synpunkten|ditt\s+svar|dina\s+synpunkter|"
          r"era\s+synpunkter|ert\s+svar)")
MARK_QUOTED = re.compile(
    r"\bmärk(?:a|s|as)?\s+(?:(?:gärna|alltid)\s+)?" + MARKED + r"(?:\s*(?:/|\beller\b)\s*" + MARKED + r")?"
    r"\s*:?\s*[\"”“«„']\s*(?P<rest>[^\"”“»]{2,40})",
    re.IGNORECASE,
)


# between 'Ange diarienummer' and the number: whose it is or where it goes ('för Huddunge', 'i ämnesraden:',
# 'på yttrandet,', 'Läkemedelsverkets … ('); no sentence ends and no other number stands there
CASE_WORDS = re.compile(
    r"^(?:\s*(?:för|till|i|på|vid|av|ert|vårt|ärendets|remissens|enligt|nedan|svaret|svar|yttrandet|"
    r"er|era|ämnesraden|rubriken|e-postens|e-posten|mejlet|brevet|skrivelsen|eller|[A-ZÅÄÖ][\w-]*)[\s,:(]*){1,5}$"
)


def _names_its_case(between: str) -> bool:
    """Given the text between 'Ange diarienummer' and a number, return True when it only says whose number
    it is or where to put it ('för Huddunge', 'i ämnesraden:')."""
    return len(between) <= 40 and bool(CASE_WORDS.match(between))


# the letters a form does not know before the number the label vouches for: the diarium's code glued with a
# dot ('PLAN.2019.1613') or an office's code before the diarium's ('MK KS 2019/00366', Mora kommun's KS)
LETTER_PREFIX = re.compile(r"^[\s:;]*(?P<prefix>(?:[A-ZÅÄÖ]{1,6}[.\s]){1,2})$")


def _with_prefix(text: str, dnr: re.Match[str]) -> str:
    """Given a dnr match, return it with the part the form does not know glued before it ('581:' of the
    Läkemedelsverket number '581:2011/502100', 'PLAN.' of 'PLAN.2019.1613', 'MK ' of 'MK KS 2019/00366'):
    a label vouches for the whole token."""
    prefix = re.search(r"(?<![\w:./-])\d{1,6}[:.]$", text[: dnr.start()])
    # a number with its own letters glued to its digits is whole: 'Diarienummer SBK' / 'BN0545/19' run into
    # one line keeps the office's code with the label
    own = re.match(r"[A-ZÅÄÖa-zåäö]+\d", dnr.group("dnr")) is not None
    letters = LETTER_PREFIX.match(text[: dnr.start()]) if prefix is None and not own else None
    lead = prefix.group(0) if prefix else letters.group("prefix") if letters else ""
    return lead + dnr.group("dnr")


def _fix_glued_klass(value: str) -> str:
    """Given 'FOFN 2023-002002.3.1.0' (dnr glued to its code), return 'FOFN 2023-00200 2.3.1.0'."""
    glued = re.match(r"^(.*\d{4}-)(\d{5})(\d{1,2}(?:\.\d{1,3}){2,4})$", value)
    if glued:
        return f"{glued.group(1)}{glued.group(2)} {glued.group(3)}"
    return value


def split_klassificering(value: str) -> tuple[str, str | None]:
    """Given 'KS 2022-00304 1.1.1.1', return ('KS 2022-00304', '1.1.1.1'); the class as two digits after the
    serial ('KS2008/0120-51', modeller/dnr.toml [klass_efter_lopnummer]) too."""
    value = re.sub(r"\s+", " ", value.strip())
    efter = KLASS_EFTER_LOPNUMMER.match(value)
    if efter:
        return efter.group("dnr"), efter.group("klass")
    match = re.match(r"^(?P<dnr>.+?)\s+(?P<klass>\d{1,2}(?:\.\d{1,3}){2,4})$", value)
    if match:
        return match.group("dnr"), match.group("klass")
    return value, None


def same_digits(first: str, second: str) -> bool:
    """Return True when two diarienummer have the same digits, written two ways ('N2015-06917-PUB')."""
    digits = [re.sub(r"\D", "", split_klassificering(v)[0]) for v in (first, second)]
    return bool(digits[0]) and digits[0] == digits[1]


def dnr_key(value: str) -> str:
    """Return a diarienummer without spaces, case and leading zeros in its parts, for comparing."""
    return re.sub(r"(?<=[-/])0+(?=\d)", "", re.sub(r"\s+", "", value.lower()))


def utan_etikett_dnr(lines: Sequence[Line]) -> str | None:
    """Return the first number of a form that is a diarienummer without a label wherever it stands
    (modeller/dnr.toml [utan_etikett]: a länsstyrelse's "551-42517-2013", Naturvårdsverket's "NV-08573-15"):
    the case's number when the answer has no other, and only when it is the one such number: a yttrande over
    several reports names each one's number ("NV-05326-12 … NV-00841-12"), none of them the answer's. The
    lines are read joined: a narrow layout breaks a plan's number after its code ("… i stadsdelen Hässelby
    villastad, Dp" / "2017-09500, se bifogade filer")."""
    text = " ".join(line.text.strip() for line in lines)
    funna = {m.group("dnr") for m in DNR_RE.finditer(text) if UTAN_ETIKETT.fullmatch(m.group("dnr"))}
    if len(funna) > 1:  # (yttr42) a date with a mistyped year ('212-07-13') beside a real number is no number
        funna = {dnr for dnr in funna if not DATUMLIKT.fullmatch(dnr)}
    return funna.pop() if len(funna) == 1 else None


_REMISSENS = _DNR_DATA["remissens_nummer"]
DEPARTEMENT_I_TEXT = re.compile(rf"(?<![\w/-])(?P<dnr>{_DEPARTEMENT})(?![\w/]|-\d)")
REMISS_FORE = re.compile(_REMISSENS["fore"], re.IGNORECASE)
ANNAT_ARENDE = re.compile(_REMISSENS["annat_arende"], re.IGNORECASE)
_REMISSENS_WHY = ("Regeringskansliets nummer i löptexten efter ordet remiss ('svara på remissen "
                  "S2019/05353/FST …'), utan annat diarienummer")
_ENDA_WHY = ("det enda numret i departementets form i löptexten, i en mening som inte hänvisar till ett "
             "annat ärende, utan annat diarienummer")


MOTTAGARFONSTER = 60  # characters before a number where a head row's label for it stands


def remissens_nummer(text: Text) -> Found | None:
    """Given a missiv's joined text without a labelled diarienummer, return the government number it names
    the remiss by in running text (modeller/dnr.toml [remissens_nummer]): after the word remiss ('svara på
    remissen S2019/05353/FST …'), else the one number of the department's form when its sentence cites no
    other case (a regeringsuppdrag, a decision, a hemställan); two different numbers say nothing."""
    from remiss.huvud import efter_mottagaretikett

    joined = text.joined
    # (missiv40) not a number after the recipient's label ('… Ert datum Er referens 2024-01-18 KS 2024/455')
    found = [m for m in DEPARTEMENT_I_TEXT.finditer(joined)
             if not efter_mottagaretikett(joined[max(0, m.start() - MOTTAGARFONSTER) : m.start()])]
    for match in found:
        if REMISS_FORE.search(joined[max(0, match.start() - 50) : match.start()]):
            return Found(match.group("dnr"), text.line_at(match.start()), _REMISSENS_WHY)
    if len({dnr_key(m.group("dnr")) for m in found}) != 1:
        return None
    match = found[0]
    if ANNAT_ARENDE.search(_sentence_of(joined, match)):
        return None
    return Found(match.group("dnr"), text.line_at(match.start()), _ENDA_WHY)


def _sentence_of(joined: str, match: re.Match[str]) -> str:
    """Given a match in the joined text, return the sentence it stands in."""
    start = max(0, match.start() - 200)
    ends = list(SENTENCE_BREAK.finditer(joined, start, match.start()))
    start = ends[-1].end() if ends else start
    after = SENTENCE_BREAK.search(joined, match.end())
    return joined[start : after.start() if after else min(len(joined), match.end() + 200)]
