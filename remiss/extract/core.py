"""Extraction core: assemble a missiv's fields (dates, title, reply address, demands) into a Remiss.

Every step is a pure function over our own Line objects; `extract_remiss` assembles them and
adds a warning wherever the document contradicts itself.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Sequence
from datetime import date
from typing import Any

from remiss import forklara
from remiss.dates import find_dates
from remiss.domain import Del, Handlaggare, Kalla, Krav, Line, Remiss, Remissinstans
from remiss.extract.avsandare import (
    MATTER_FROM,
    find_avsandare,
    first_names,
    kommun_in_ordinary_case,
    navigation_line,
)
from remiss.extract.dnr import (
    ANSWER_FIELD,
    DNR_RE,
    find_diarienummer_header,
    find_diarienummer_text,
    remissens_nummer,
    same_digits,
    split_klassificering,
)
from remiss.extract.epostrubrik import Falt, body_lines, read_mail_header, recipients
from remiss.extract.etikett import label_heading, label_stripped
from remiss.extract.personer import ASCII_FOLD, find_handlaggare, is_person, name_spelled
from remiss.extract.svarsdatum import DEADLINE, find_svarsdatum
from remiss.extract.text import (
    DECISION_REFERENCE,
    LONGEST_FIRST_NAME,
    ORG_WORD,
    Found,
    Text,
    capitalised_words,
)
from remiss.extract.titel import (
    DRAFT_PREPARED,
    REQUEST_MATTER,
    SENT_ON_REMISS,
    TEXT_LINES,
    appositive_name,
    as_written,
    asked_about,
    bare_proposal,
    clause_matter,
    cover_stripped,
    form_matter,
    heading_rest,
    kind_spoken_of,
    maker_stripped,
    name_in_text,
    name_rest,
    page_number_stripped,
    project_place_stripped,
    remiss_label,
    stamp_stripped,
    stance_heading,
    statement_heading,
)
from remiss.instanser import EMAIL, find_instanser
from remiss.layout import HEADING_SIZE, body_size, gap_between
from remiss.modelldata import fras, fraser
from remiss.split import (
    CATEGORY_DATE,
    FIRST_TITLE,
    HEADER_DATUM,
    MISSIV_GRANS,
    TITLE_LINES,
    TITLE_MISSIV,
    listed_link,
)

SEND_TO = re.compile(
    r"(?:skicka\w*|lämnas|sänds|mejlas|mailas|e-postas|inkomm\w*|inkomna|kommit\s+in|inges|ges\s+in|till\s+e-post|"
    r"e-post\s+till|per\s+e-post|via\s+e-post|elektronisk\s+form|adress)",
    re.IGNORECASE,
)
KOPIA = re.compile(r"(?:med\s+)?kopia\s+(?:till|på)\s*:?\s*", re.IGNORECASE)
FORMAT_RE = re.compile(r"\b(word|pdf|docx|odt|rtf|redigerbar|bearbetningsbar|tillgänglighetsanpassa|"
                       r"tillgänglighetskrav)", re.IGNORECASE)
FORMAT_NAMES = {"word": "docx", "redigerbar": "docx", "bearbetningsbar": "docx",
                "tillgänglighetsanpassa": "pdf", "tillgänglighetskrav": "pdf"}
ANSWER_SENTENCE = re.compile(r"svar|yttrande", re.IGNORECASE)
FORMAT_SENTENCE = re.compile(r"version|format|fil|lämnas|skickas|sänds|bifoga", re.IGNORECASE)
TWO_VERSIONS = re.compile(r"\btvå\s+(?:versioner|format|filer)|\bbåda\s+formaten", re.IGNORECASE)
# (titel31) the inquiry in determinate form with its preposition ('utredningen om …', 'utredningen av …'):
# the document's kind, not its matter
INQUIRY = r"utredningen(?:\s+(?:av|avseende)(?=\s)|(?=\s+(?:om|angående|gällande|rörande)\s))"
TITLE_PREFIX = re.compile(
    r"^(?:missiv\s+(?:till|för|gällande)\s+remiss(?:en)?\s*(?:av|om|över|:)?\s*|"
    r"remiss(?:missiv|er)?\s*[:–—-]\s*|kungörelse\s*[:–—-]\s*|(?:remittering|kungörelse)\s+(?:av|om)\s+|"
    r"remiss\s+(?:av|över|gällande|angående|avseende|beträffande|om|rörande)\s+|"
    r"remissinstanser\s+(?:för|till)\s+|(?:tilläggs)?remittering\s+av\s+|"
    r"begäran\s+om\s+(?:yttrande|synpunkter)\s+(?:över|angående|gällande|om|på|rörande)\s+|"
    r"samrådsremiss\s*[:–—-]?\s*|öppen\s+remiss\s+(?:för|av|om|gällande)\s+|remiss\s+för\s+|"
    r"(?:förfrågan|begäran)\s+om\s+(?:yttrande|synpunkter)\s*[:–—-]?\s*|"
    r"inbjudan\s+att\s+lämna\s+synpunkter\s+(?:på|över|om)\s+|"
    # (samrad44: also 'avseende', 'angående', 'rörande', as after a round below)
    r"samråd\s+(?:om|kring|gällande|angående|avseende|rörande)\s+|"
    # (geta40) the meeting's day and hour before the matter: 'Samråd 23 november kl 14.00 gällande
    # förslag till …'
    r"samråd(?:smöte)?\s+(?:den\s+)?\d{1,2}\s+[a-zåäö]+(?:\s+\d{4})?(?:\s+(?:kl\.?|klockan)\s+\d{1,2}[.:]\d{2})?"
    r"\s+(?:om|kring|gällande|angående)\s+|"
    # the round of a samråd: 'Första samråd förslag till …', 'Kompletterande samråd om …'
    # (samrad44: 'Kompletterande samråd avseende muddring, …', prov42/billerud-karlsborg-bioslam-samrad: the
    # title starts after the preposition, as after 'om')
    # (samrad44: also 'Förlängt samråd i projekt Spjutåsberget', a vindkraft company's news; the preposition
    # 'i', 'för' goes with the round as 'om' does, 'Nytt samråd för Vindpark …' gives the project)
    r"(?:första|andra|tredje|nytt|förnyat|kompletterande|fördjupat|förlängt)\s+samråd\s+"
    r"(?:(?:om|kring|gällande|angående|avseende|rörande|av|för|i)\s+)?|"
    # 'Reviderad kungörelse KSRR för ny renhållningsordning': the sender's acronym before the matter
    r"(?:reviderad\s+|ny\s+)?kungörelse\s+(?:[A-ZÅÄÖ]{2,6}\s+)?(?:för|om|av|gällande)\s+|"
    # a question that asks for views on the matter: 'Vill du vara med och påverka den nya Biblioteksplanen …?'
    r"vill\s+(?:du|ni)\s+(?:vara\s+med\s+(?:och|att)\s+)?(?:påverka|tycka\s+till\s+om|lämna\s+synpunkter\s+på|"
    r"säga\s+(?:ditt|din\s+mening|er\s+mening)\s+om)\s+|"
    r"(?:utställning|granskning)\s+av\s+|utställning\s+(?=[a-zåäö])|"
    # 'Kungörelse Samråd och utställning Avfallsplan', 'Samråd och granskning av …'; 'Remissmöte om …'
    r"(?:kungörelse\s+(?:[-–—:]\s*)?)?(?:samråd|utställning|granskning)(?:\s+och\s+(?:utställning|granskning))"
    r"\s+(?:(?:av|om|för|gällande)\s+)?|kungörelse\s+(?:[-–—:]\s*)?(?:samråd|utställning|granskning)\s+"
    r"(?:(?:av|om|för|gällande)\s+)?|remissmöte\s+(?:om|kring|gällande)\s+|"
    # 'Förlängd samrådstid vattenskyddsområde …', 'Naturskydd, kungörelsedelgivning - naturreservatet …'; the
    # new last day before the matter ('Förlängd samrådstid till 14 oktober 2018 - Översiktsplan för …')
    # (nya25: also 'på': 'Förlängd granskningstid på förslag till "Ett levande centrum"')
    r"förlängd\s+(?:samråds|remiss|gransknings|utställnings)tid\s+(?:för\s+|om\s+|gällande\s+|på\s+|"
    r"(?:till(?:\s+och\s+med)?|t\.?\s?o\.?\s?m\.?|fram\s+till)\s+(?:den\s+)?"
    r"(?:\d{1,2}(?::e)?\s+[a-zåäö]+(?:\s+\d{4})?|\d{4}-\d{2}-\d{2})\s*[-–—:]\s*)?|"
    r"[^,]{0,40},\s*kungörelsedelgivning\s*[-–—]\s*|"
    # a notice's call to act: 'Lämna synpunkter på …', 'Glöm inte ge yttrande om …', 'Tyck till om …'
    # (titel41: also the time still open first, 'Fortfarande möjligt att lämna synpunkter om Biltema', a
    # kommun's news, missiv/ostersund-biltema-karlslund-granskning-2017; 'Nu är det möjligt att …', 'Sista
    # chansen att …')
    r"(?:(?:(?:(?:fortfarande|nu|ännu|än\s+så\s+länge)\s+(?:är\s+det\s+)?)?(?:glöm\s+inte|välkom(?:men|na)|"
    r"möjlighet|möjligt|sista\s+chansen)\s+(?:att\s+)?)?(?:lämna|ge|skicka\s+in)\s+(?:dina\s+|era\s+)?"
    r"(?:synpunkter|yttrande)|"
    r"tyck\s+till)\s+(?:på|om|över)\s+|"
    # (titel32) the remiss's sender before a colon or a dash, an e-mail's subject: 'Remiss från
    # Socialdepartementet: Förslag till …'
    r"remiss\s+från\s+(?:[\wåäöÅÄÖ.-]+\s+){0,4}?[\wåäöÅÄÖ.-]+\s*[:–—]\s*|"
    # a regeringen.se page's title: 'Remiss SOU 2015:22 …', 'Remisslista för Ds 2015:52 …'
    r"remiss\s+(?:av|över|om)\s*:\s*|remiss(?:lista|promemoria|utskick)?\s+(?:(?:för|till|av)\s+)?(?=\S))"
    # the kind, or two as regeringen.se joins them ('Remiss av promemorian/rapporten Slutna …')
    r"(?:(?:(?:departements)?promemorian|betänkandet|rapporten|slutbetänkandet|delbetänkandet)"
    r"(?:\s*/\s*(?:promemorian|betänkandet|rapporten))?"
    # (titel31) the inquiry as the kind before what it is about, determinate with its preposition: 'Remiss av
    # utredningen om partipolitiska lotterier' (prov29/rk-pm-2024-partipolitiska-lotterier), 'Remiss av
    # Slutbetänkandet av utredningen om …'; not 'Utredning om …' (an SOU's own name keeps it) and not after an
    # SOU number ('SOU 2020:25 Utredningen om …', the name the SOU is given)
    rf"(?:\s+(?:av|från)\s+{INQUIRY})?|{INQUIRY})?\s*",
    re.IGNORECASE,
)
STOP_TITLE = re.compile(
    r"^(?:remissinstanser|sändlista|datum|dnr|bakgrund|ärendet|inledning|remisstid|"
    r"praktisk\s+information\s*$|kontaktuppgifter|kontaktpersoner?\s*$|syfte\s*$|bilagor\s*$|"
    # a fact box's label under the heading ('Planfakta'; titel26: 'Grundläggande fakta', a samrådshandling's
    # box of the kommun's figures, prov24/vaggeryd-op-samradshandling-inledning), no rest of it
    r"(?:(?:grundläggande|allmänna|korta?|viktiga|några)\s+)?(?:plan|projekt|kommun)?fakta"
    r"(?:\s+(?:i\s+korthet|om\s+(?:kommunen|staden|planen|projektet|området)))?\s*:?\s*$|"
    r"(?:förslag\s+till\s+)?beslut\s*:?\s*$|"  # a protocol's section under the paragraph's heading
    r"(?:vid\s+)?frågor(?:\s+(?:och\s+svar|kontakta|om\s+remissen))?\s*:?\s*$|"
    # (titel26) the contact block's lead ('Frågor eller synpunkter kan ställas till:', missiv/ragnsells-…)
    r"(?:eventuella\s+)?frågor(?:\s+(?:eller|och)\s+(?:synpunkter|funderingar|kommentarer))?\s+(?:kan|ska|får)\s+"
    r"(?:ställas|riktas|skickas|lämnas|besvaras)\s+(?:till|av)(?=\s*:?\s*$)|"
    r"(?:obligatoriska|valfria)(?:\s+(?:remiss)?instanser|\s*:?\s*$)|"
    r"(?:i\s+)?(?:category|kategori)\s*:|.*\b\d+\s+min(?:uters)?\s+läsning|publicerad\b|senast\s+uppdaterad|"
    r"(?:artikeln|sidan|nyheten)\s+(?:publicerades|uppdaterades|är\s+publicerad)|"
    # the site's reading and navigation tools ('Lyssna på sidan Lyssna', a screen reader's button)
    r"lyssna(?:\s+på\s+(?:sidan|texten))?|läs\s+upp|talande\s+webb|hoppa\s+till\s+(?:huvud)?innehåll\w*|"
    r"gå\s+till\s+innehåll\w*|mobilmeny)\b",
    re.IGNORECASE,
)
MAX_DEADLINE_YEARS = 2


def extract_remiss(fil: str, part: Del, *, kommun: str | None = None) -> Remiss | None:
    """Given a missiv part, return its Remiss, or None when it holds no remiss fields."""
    lines = list(part.lines)
    if not lines:
        return None
    text = Text.of(lines)
    kallor: dict[str, Kalla] = {}
    varningar: list[str] = []

    def keep(name: str, found: Found | None) -> str | None:
        if found is None:
            return None
        kallor[name] = Kalla(sida=found.line.page, text=found.line.text.strip(), ocr=found.line.ocr)
        forklara.kandidat(name, found.value, found.skal, found.line, vald=True)
        return found.value

    datum_found = find_datum(lines)
    datum = keep("datum", datum_found)
    dnr_header, dnr_text = find_diarienummer_header(lines), find_diarienummer_text(text)
    dnr_found = dnr_text or dnr_header or remissens_nummer(text)
    if dnr_text and dnr_header and same_digits(dnr_text.value, dnr_header.value):
        # one number written two ways: the register's form has the slashes ('N2015-06917-PUB' in a subject
        # line or a file name is N2015/06917/PUB), else the header's form
        slashed = "/" in dnr_text.value and "/" not in dnr_header.value
        dnr_found = dnr_text if slashed else dnr_header
    diarienummer, klassificering = None, None
    if dnr_found:
        diarienummer, klassificering = split_klassificering(dnr_found.value)
        keep("diarienummer", dnr_found)
        for other in (dnr_header, dnr_text) if forklara.aktiv() else ():
            if other is not None and other is not dnr_found:
                forklara.kandidat("diarienummer", other.value, other.skal, other.line)
        if dnr_header and dnr_text:
            header_dnr = split_klassificering(dnr_header.value)
            klassificering = klassificering or header_dnr[1]
            if not same_digits(header_dnr[0], diarienummer):  # one number written two ways is no conflict
                varningar.append(
                    f"Diarienumret i sidhuvudet ({header_dnr[0]}) skiljer sig från det i texten "
                    f"({diarienummer}); texten används. Kontrollera med avsändaren."
                )
    default_year = date.fromisoformat(datum).year if datum else None
    svarsdatum_found, more = find_svarsdatum(
        text, default_year=default_year, datum=date.fromisoformat(datum) if datum else None
    )
    svarsdatum = keep("svarsdatum", svarsdatum_found)
    varningar.extend(more)
    varningar.extend(date_warnings(datum, svarsdatum))
    mail = read_mail_header(lines)
    # a printed mail's sender is read from its text with the name in 'Från:' over it as the letterhead (so
    # that 'NSVA' gets the name the text defines, 'Vattenfall' its company's, a kommun its unit), never
    # from the mailbox's name, the receiving address or the attached file's name over it
    text_lines = body_lines(mail, lines) if mail else list(lines)
    letterhead = None
    if "fran" in mail:
        letterhead = dataclasses.replace(mail["fran"].line, text=mail["fran"].value, cells_x=())
    sender_lines = [letterhead, *text_lines] if letterhead else text_lines
    instanser, list_line = find_instanser(lines)
    # 'Till:' and 'Kopia:' of a printed e-mail are us, never the reply address
    listed = [r.epost for r in instanser if r.epost] + sorted(recipients(mail))
    svarsadress_found, kopia = find_svarsadress(text, listed)  # first: another kommun's unit may be its box
    sender_lines, sender_text = _without_instans_addresses(sender_lines, text, instanser)
    avsandare_found = find_avsandare(sender_lines, sender_text, kommun=kommun, svarsadress=svarsadress_found)
    # a name like a person's in 'Från:' that the text speaks as ('Funktionsrätt Sverige har tagit del av …')
    # ('Funktionsrätt Sverige': a first word longer than any first name is an organisation's)
    fran_person = (letterhead is not None and is_person(letterhead.text)
                   and len(letterhead.text.split()[0]) <= LONGEST_FIRST_NAME
                   and not _speaks_as(letterhead.text, text_lines))
    if avsandare_found and fran_person and letterhead is not None and (
            avsandare_found.line is letterhead or avsandare_found.value == letterhead.text):
        avsandare_found = None  # 'Från: Christina Lindgren' is a person, not the sender organisation
    titel_found = _mail_subject(mail)
    # a printed mail's title is read from its text, never from the mailbox's name over the header; a mail
    # that carries the letter itself gives the letter's heading as in the letter (its kind and the call
    # around the matter stripped), not the subject line that repeats it
    repeated = titel_found is not None and _subject_is_heading(mail, text_lines)
    if titel_found is not None and (repeated or _subject_in_body(mail, lines)):
        # (layout39) the subject that repeats the letter's heading in full, however short ('Plasten 2'), is
        # read as the heading is, and is no title where the heading is none ('Detaljplanen är utställd för
        # granskning … Vi har förlängt granskningstiden.')
        titel_found = choose_titel(text_lines) or (None if repeated else titel_found)
    titel_found = titel_found or choose_titel(text_lines)
    if (avsandare_found and titel_found and not mail
            and titel_found.value.casefold() in (avsandare_found.value.casefold(),
                                                 avsandare_found.line.text.strip().casefold())
            and not _org_after_preposition(titel_found.value.split())):
        # the sender's name alone is never the title: 'Kammarkollegiet' set as large as the heading under it
        # ('Kammarkollegiet begär förtydligande') is the letterhead; the title is read without that line
        # (a heading that names the kommun after a preposition, 'Översiktsplan för Överkalix kommun', is one)
        passed = titel_found
        named = _name_lines(lines, passed)  # (with the rest of a name a narrow letterhead cell wrapped)
        titel_found = choose_titel([x for x in lines if x not in named]) or passed
        if titel_found is not passed:
            forklara.kandidat("titel", passed.value, f"{passed.skal}; avsändarens namn, ingen titel",
                              passed.line)
    # (rest46) also a printed mail whose subject repeats the page's heading: the heading is read as it is
    # ('Ämne: Svensk Plaståtervinning vill växa i Motala' over the same headline)
    if avsandare_found and titel_found and (not mail or repeated):
        titel_found = _matter_under_sender_news(lines, titel_found, avsandare_found) or titel_found
    if (avsandare_found and titel_found and avsandare_found.line == titel_found.line
            and avsandare_found.value.casefold() in (titel_found.value.casefold(),
                                                     titel_found.line.text.strip().casefold())):
        # the title's line is never the sender: a press release's headline 'Länets kommuner tillfrågas om
        # regionbildning' names whom it asks; the sender is found without it (a kommun the heading names,
        # '… i Österåkers kommun', still is)
        utan_titel = [x for x in sender_lines if x != titel_found.line]
        avsandare_found = find_avsandare(utan_titel, sender_text, kommun=kommun,
                                         svarsadress=svarsadress_found)
    from remiss import enhetsmodell  # the learned unit where the rules named the organisation alone

    # (layout39) a printed mail's unit is read from its letter: the header lines over it are none of its text
    unit_lines, unit_text = (text_lines, Text.of(text_lines)) if mail else (lines, text)
    avsandare_found = kommun_in_ordinary_case(enhetsmodell.fyll(avsandare_found, unit_lines, unit_text))
    avsandare = keep("avsandare", avsandare_found)
    titel_regler = titel_found is not None  # the rules' own: a learned title alone is no sign of a remiss
    # (rest45) a heading that labels the page a new remiss with the sender's stance after the label
    # ('Nyinkommen remiss – behov att …') names no matter, but is the rules' sign of a remiss all the same;
    # no line of it is a title the model may take ('sektor och säkerställa …', its wrapped rest)
    labelled = any(stance_heading(line.text) and remiss_label(line.text) for line in lines[:TITLE_LINES])
    if not labelled:
        titel_found = _learned_titel(lines, titel_found, avsandare_found)
    if titel_found is not None:  # (titel37) 'Samråd för detaljplan' / 'del av Hälgsnäs 1:1 Hällefors …'
        titel_found = kind_with_name_below(titel_found, lines) or titel_found
    if titel_found is not None:  # (titel33) '1 VÄGLEDNING …', a transcript's page number before the title
        unnumbered = page_number_stripped(titel_found.value, titel_found.line, lines)
        if unnumbered != titel_found.value:
            titel_found = Found(unnumbered, titel_found.line,
                                f"{titel_found.skal}; utan transkriptets sidnummer")
        uncovered = cover_stripped(titel_found.value)
        if uncovered != titel_found.value:  # (titel33) a report's cover run into one line
            titel_found = Found(uncovered, titel_found.line,
                                f"{titel_found.skal}; utan omslagets skede, datum och utgivare")
        written = as_written(titel_found.value, titel_found.line, lines)
        if written != titel_found.value:  # (titel36) 'identitets- märkningar' as the heading writes it
            titel_found = Found(written, titel_found.line,
                                f"{titel_found.skal}; orden som dokumentet skriver dem")
        # (rest45) 'förslaget till X' read from a sentence where the text names 'förslag till X'; a heading's
        # own form stands ('Berätta vad du tycker om förslaget till cykelplan')
        in_text = not _heading_line(titel_found.line, body_size(lines[:80]))
        bare = bare_proposal(titel_found.value, text.joined) if in_text else titel_found.value
        if bare != titel_found.value:
            titel_found = Found(bare, titel_found.line,
                                f"{titel_found.skal}; förslaget som texten också namnger utan bestämd form")
    titel = keep("titel", titel_found)
    if titel and forklara.aktiv():
        _report_titel_steps(lines, titel_found)
    svarsadress = keep("svarsadress", svarsadress_found)
    if list_line is not None:
        kallor["remissinstanser"] = Kalla(sida=list_line.page, text=list_line.text.strip(), ocr=list_line.ocr)
    handlaggare, handl_line = find_handlaggare(lines)
    if not handlaggare.namn and fran_person:
        handlaggare, handl_line = Handlaggare(namn=mail["fran"].value.strip(" '\"")), mail["fran"].line
    if handl_line is not None:
        kallor["handlaggare"] = Kalla(sida=handl_line.page, text=handl_line.text.strip(), ocr=handl_line.ocr)
    krav = find_krav(text, diarienummer)
    bedomning = part.bedomning
    # a missiv under the score's threshold, or one only the learned type made, is uncertain
    osaker = bedomning is not None and (bedomning.poang < MISSIV_GRANS or bedomning.av_typmodell)
    clear = bedomning is not None and not osaker
    if not (svarsdatum or instanser or svarsadress or (titel and titel_regler) or labelled or clear):
        # a clear missiv is registered even with every field empty (the warnings say so); a title only the
        # learned model gave ('Budgetuppföljning' over a budget line) makes no remiss of a text without one
        return None
    if bedomning is not None and osaker:
        varningar.append(
            f"Osäkert om dokumentet är en remiss (poäng {bedomning.poang:g}: "
            f"{', '.join(bedomning.skal) or 'inga tydliga signaler'}): kontrollera att det ska registreras."
        )
    for name, value in (
        ("svarsdatum", svarsdatum),
        ("diarienummer", diarienummer),
        ("avsandare", avsandare),
        ("svarsadress", svarsadress),
    ):
        if value is None:
            varningar.append(saknas_varning(name))
    return Remiss(
        fil=fil,
        sidor=(part.forsta_sida, part.sista_sida),
        diarienummer=diarienummer,
        klassificering=klassificering,
        avsandare=avsandare,
        titel=titel,
        datum=datum,
        svarsdatum=svarsdatum,
        svarsadress=svarsadress,
        kopia=tuple(kopia),
        remissinstanser=tuple(instanser),
        handlaggare=handlaggare,
        krav=krav,
        varningar=tuple(varningar),
        kallor=kallor,
    )


# a list of instanser with their addresses (a sändlista's E-POST column) holds at least this many
INSTANS_ADDRESSES = 2
MIN_NAME = 4  # a cell this long that is (part of) an instans's name is the list's row


def _without_instans_addresses(lines: list[Line], text: Text, instanser: Sequence[Remissinstans]
                               ) -> tuple[list[Line], Text]:
    """Given the lines the sender is read from and the instanser found, return them (and their Text) without
    the rows that hold an instans's own address: a sändlista's 'Fastighetskontoret |
    fastighetskontoret@fastighet.goteborg.se' says whom the remiss goes to, never who sends it (neither the
    name nor the address's domain is the sender's)."""
    addresses = {r.epost.lower() for r in instanser if r.epost}
    if len(addresses) < INSTANS_ADDRESSES:
        return lines, text
    # (fart40) the longest first, equals in their own order: the set's order changed with the hash seed, so
    # each run built a new pattern and stored it (son.diarium@boras.se, van.diarium@… in six orders)
    alternatives = "|".join(re.escape(a) for a in sorted(addresses, key=lambda a: (-len(a), a)))
    pattern = re.compile(alternatives, re.IGNORECASE)
    names = [r.namn for r in instanser]

    def row(line: Line) -> bool:  # the list's row: an instans's address, or its name (or part of it) alone
        cell = line.text.split(" | ")[0].strip()
        return ("@" in line.text and pattern.search(line.text) is not None) or (
            len(cell) >= MIN_NAME and any(_whole_words_in(cell, n) for n in names))

    def kept(rows: Sequence[Line]) -> list[Line]:
        return [line for line in rows if not row(line)]

    return kept(lines), Text.of(kept(text.lines))


def _whole_words_in(part: str, text: str) -> bool:
    r"""Return True when part stands in text with no word character just before or after it: what
    re.search(rf"(?<!\w){re.escape(part)}(?!\w)", text) finds, without compiling a pattern for each part
    (`re`'s \w is str.isalnum() and '_')."""
    index = text.find(part)
    while index >= 0:
        end = index + len(part)
        before = text[index - 1] if index else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_"):
            return True
        index = text.find(part, index + 1)
    return False


def _learned_titel(lines: Sequence[Line], found: Found | None,
                   avsandare: Found | None = None) -> Found | None:
    """Given a missiv's lines, the rules' title and the sender read, return the learned title model's best
    candidate when it is sure enough, well ahead of the rules' title and finds that unlikely (or they found
    none; `titelmodell.overrules`), else the rules' title. A title read from the heading that labels the
    remiss ('Remiss: …', 'Remiss av …') is not second-guessed, and the model's candidate is never the
    sender's name or the line it was read from (the letterhead), an organisation's name or a date line
    (`titelmodell.never_title`)."""
    from remiss import titelmodell

    if found is not None and found.skal.startswith("remissrubrik"):
        return found
    bedomning = titelmodell.bedom(lines)
    better = titelmodell.overrules(bedomning, found.value if found else None,
                                   avsandare.value if avsandare else None, found.line if found else None)
    if better is None or (avsandare is not None and better.line == avsandare.line):
        return found

    def tal(x: float) -> str:
        return f"{x:.2f}".replace(".", ",")

    p = tal(bedomning.sannolikhet(better.text))
    if found is not None:
        q = tal(bedomning.sannolikhet(found.value))
        forklara.kandidat("titel", found.value, f"{found.skal}; titelmodellen: {q}", found.line)
        return Found(better.text, better.line,
                     f"titelmodellen: {p} mot reglernas {q} (minst {tal(titelmodell.SAKER)} och "
                     f"{tal(titelmodell.FORSPRANG)} före, reglernas högst {tal(titelmodell.OSANNOLIK)})")
    return Found(better.text, better.line,
                 f"titelmodellen: {p}, reglerna fann ingen titel (minst {tal(titelmodell.FYLL)})")


SAKNAS_TEXT = {
    "svarsdatum": ("inget svarsdatum", "svarsdatum ÅÅÅÅ-MM-DD"),
    "diarienummer": ("inget diarienummer", "diarienummer DNR"),
    "avsandare": ("ingen avsändare", "avsandare NAMN"),
    "svarsadress": ("ingen svarsadress (e-post)", "svarsadress ADRESS"),
}


def saknas_varning(field_name: str) -> str:
    """Given a field the missiv lacks, return the Swedish warning that says how to fill it in."""
    what, flag = SAKNAS_TEXT[field_name]
    return f"Hittade {what} i missivet: läs missivet och fyll i med `remiss uppdatera ID --{flag}`."


# --- dates -------------------------------------------------------------------------------------


def find_datum(lines: Sequence[Line]) -> Found | None:
    """Given lines, return the missiv's date: after a 'Datum' label, else the first full date on top."""
    for index, line in enumerate(lines[:250]):
        if HEADER_DATUM.match(line.text.strip()) or re.match(r"^datum\b", line.text.strip(), re.IGNORECASE):
            for candidate in (line, lines[index + 1] if index + 1 < len(lines) else None):
                if candidate is None:
                    continue
                found = [d for d in find_dates(candidate.text) if d.year_given]
                if found:
                    return Found(found[0].value.isoformat(), candidate, "datumet vid etiketten Datum")
    for line in lines[:12]:
        found = [d for d in find_dates(line.text) if d.year_given]
        text = line.text.strip()
        if found and len(text) < 60 and not text.endswith(".") and not DEADLINE.search(text) \
                and not DECISION_REFERENCE.search(text):
            return Found(found[0].value.isoformat(), line, "första hela datum överst (ingen Datum-etikett)")
    return None


def date_warnings(datum: str | None, svarsdatum: str | None) -> list[str]:
    """Given the missiv date and deadline (ISO), return warnings where they cannot both be right."""
    warnings = []
    if datum and svarsdatum:
        d, s = date.fromisoformat(datum), date.fromisoformat(svarsdatum)
        if s < d:
            warnings.append(
                f"Svarsdatum {svarsdatum} ligger före missivets datum {datum}: kontrollera årtalet."
            )
        elif (s - d).days > 365 * MAX_DEADLINE_YEARS:
            warnings.append(
                f"Svarsdatum {svarsdatum} ligger mer än {MAX_DEADLINE_YEARS} år efter missivets "
                f"datum {datum}: kontrollera årtalet."
            )
    return warnings


DOC_KIND = re.compile(
    r"^(?:remiss(?:version(?:en)?)?(?:\s+av)?\s*[:–—-]?\s+(?=\S))?"
    # (titel29: 'promemorian' whole, no 'n' left on the name: 'Departementspromemorian En moderniserad …')
    r"(?:(?:(?:departements)?promemori(?:an|a)|(?:del|slut)?betänkande(?:t)?|"
    # 'Remiss PM Vaccinationsbevis …', 'Remiss Pm: Förslag …'; not the PM's number ('PM S2023:02147 …')
    r"pm\b(?!\s*:?\s*[A-ZÅÄÖ]{1,3}\d))"
    # (titel27) what the kind holds, after 'med': 'promemoria med hemställan från Arbetsmiljöverket …',
    # 'promemoria med förslag till …' (prov25/rk-li2025-parkering-yrkesutovande); only after the kind, so that
    # a title's own 'Med' stays ('Med undervisningsskicklighet i centrum – …')
    # (titel29: also 'för', 'Regeringen remitterar promemoria för sänkta reduktionsnivåer')
    r"(?:\s+(?-i:med|för)(?=\s))?|"
    r"(?:samråds|gransknings|utställnings)förslag(?:et)?(?:\s+(?:till|för)(?=\s))?|"
    # (titel31) the determinate kind with what it is about, first in a heading: 'Utredningen om …', 'Rapporten
    # av …', 'Remissen om …' (as 'Betänkandet om …'); 'Förslaget om/till …' stays (the facit rule keeps it)
    r"(?:utredningen|rapporten|remissen)(?:\s+(?:av|avseende)(?=\s)|(?=\s+(?:om|angående|gällande|rörande)\s)))?"
    r"\s*(?:(?:angående|om|gällande|rörande)\b|:)?\s*",
    re.IGNORECASE,
)


TITLE_MAX_LINES = 11  # a long title set large wraps over up to twelve lines on a printed web page or A5
# (robust27: a transcript that keeps the source's lines as paragraphs wraps each again in a narrow column)
TITLE_MAX_CHARS = 450  # two EU acts' names joined ('… (KOM (2016) 822 slutlig) och Meddelande från …')
# a web notice's heading that asks for views on the matter it names: the matter is the title
CALL_TITLE = re.compile(
    r"^(?:tyck\s+till\s+om|(?:(?:möjlighet|välkom(?:men|na))\s+att\s+)?(?:lämna|ge)\s+(?:dina\s+)?synpunkter\s+"
    r"(?:på|om|över)|förlängd\s+(?:samråds|remiss|gransknings|utställnings)tid|[^,]{2,40},\s*kungörelsedelgivning\s*[-–—])"
    r"\s+\S",
    re.IGNORECASE,
)
# the proposal referred to without its name: 'planförslaget', 'förslagen', 'planen', 'handlingarna'
REFERENCE_ONLY = re.compile(
    r"(?:plan|detaljplane|samråds|gransknings)?(?:förslag(?:et|en)?|handlingarna)|planen", re.IGNORECASE
)
CURRENT_REMISSER = re.compile(r"^(?:aktuella|pågående|öppna)\s+(?:remisser|samråd|remisser\s+och\s+samråd)$",
                              re.IGNORECASE)


# a heading that names what the page or the sender does, not the remitted matter: 'Svara på remisser',
# 'Samråd och dialog', 'Omarbetad remiss', 'Remiss Dm Enligt sändlista' (the addressee line)
GENERIC_WORDS = frozenset(
    "svara på remiss remisser remissen aktuella aktuell pågående öppna öppen samråd samrådet och dialog "
    "delaktighet inflytande lämna synpunkter tyck till om omarbetad ny nytt nya reviderad enligt sändlista "
    "dnr dm diarienummer kungörelse kungörelser delgivning delgivningar anslagstavlan anslagstavla "
    "information nyheter nyhet "
    # a notice's kind and its procedure alone ('Meddelande om Granskning' over the plan's name)
    "meddelande underrättelse granskning granskningen utställning utställningen "
    # (avs47) a request's label alone ('Begäran om utlåtande', 'Utlåtandebegäran', a Finnish body's heading)
    "begäran utlåtande utlåtandebegäran yttrandebegäran tillkännagivande "
    "remissvar remisslista utskick missiv inbjudan välkommen vecka att svarsdag svarsdatum remisstid "
    # a version's or a file's kind alone ('Remissversion' as a page's heading) names no matter
    "remissversion remissversionen remissutgåva remissutgåvan remissförslag remissförslaget remisshandling "
    "remisshandlingar remisshandlingarna samrådshandling samrådshandlingar samrådshandlingarna "
    "granskningshandling granskningshandlingar granskningshandlingarna "
    # the sender's own answer or its draft as a heading ('Förslag till yttrande:' over a byalag's draft for
    # its members) names its answer, not the remitted matter
    "förslag yttrande utkast".split()
)
# an invitation to a meeting names the matter after 'om': 'Välkommen till öppet samrådsmöte om fördjupad
# översiktsplan för centralorten 23 september'
EVENT_HEADING = re.compile(
    r"^(?:(?:välkom(?:men|na)\s+till|inbjudan\s+till|(?:[\wåäö]+\s+){0,2}(?:bjuds\s+in|inbjuds|välkomnas)\s+till)"
    r"\s+(?:ett\s+)?(?:öppet\s+|öppna\s+|digitalt\s+)?"
    r"(?:samråds|informations|dialog|remiss)?möte(?:t|n)?"
    # (titel19: the meeting alone as the heading, 'Öppet hus om översiktsplan 2045', 'Samrådsmöte om …';
    # titel20: any kind of meeting, 'Drop in-möte om förslag till fördjupad översiktsplan för Bro')
    r"|öppet\s+hus|(?:(?:drop|digitalt|allmänt|öppet)\s+)?[\wåäö-]*möte(?:t|n)?)"
    r"\s+(?:om|kring|gällande|för)\s+(?P<matter>.+?)"
    r"(?:\s+(?:den\s+)?\d{1,2}\s+(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[a-zåäö]*(?:\s+\d{4})?)?"
    r"\s*$",
    re.IGNORECASE,
)
# an event on a theme names the theme as its matter: 'Turné på temat Nyköping 2040' (the samråd's tour)
THEME_HEADING = re.compile(
    r"^(?:[\wåäö-]+\s+){0,2}(?:turné|möte|träff|dialog|workshop|kväll|dag)(?:en|n|et|ar|arna|er|erna)?"
    r"\s+på\s+temat?\s+(?P<matter>.{4,120})$",
    re.IGNORECASE,
)
# a press release's headline says who is asked about what: 'Länets kommuner tillfrågas om regionbildning'
ASKED_HEADING = re.compile(
    r"^(?:[\wåäöÅÄÖ-]+\s+){1,4}(?:tillfrågas|tillfrågades|ombeds\s+tycka\s+till|får\s+tycka\s+till)\s+"
    r"(?:om|kring|angående)\s+(?P<matter>.{6,160})$",
    re.IGNORECASE,
)
# a line that gives the remiss its name: 'Remissbehandling: Hållbarhetsprogram för Region Jönköpings län'
SUBJECT_LINE = re.compile(
    r"^remiss(?:behandling|utskick|ärende)?\s*:\s*(?P<doc>[A-ZÅÄÖ].{8,200})$", re.IGNORECASE
)
# the plan's formal name in a sentence: 'Just nu pågår en granskning av ett förslag till detaljplan för Del av
# Lägret, Dp 422.', up to the sentence's end or the verb that goes on ('…, Dp 422, var ute på samråd')
PLAN_IN_SENTENCE = re.compile(
    r"(?<![\wåäö-])(?P<doc>(?:förslag\s+till\s+)?(?:(?:ändring|upphävande)\s+av\s+|tillägg\s+till\s+)?"
    r"(?:detaljplan|stadsplan|byggnadsplan|planprogram|områdesbestämmelser|"
    r"fördjupad\s+översiktsplan)\s+(?:för|över|inom|vid)\s+(?:[^.!?]|\bm\.(?:fl|m)\.){5,160}?)"
    r"(?=\.\s|\.?$|,\s+(?:var|är|har|som|ska|skall|kommer|blir)\b)",
    re.IGNORECASE,
)
# the formal name of a plan on a line of its own: 'Detaljplan för verksamheter och kategoribostäder vid
# Smålandsgatan inom stadsdelen Heden', 'Program till detaljplan omfattande del av Kungsbäck 2:10 m.fl.'
PLAN_NAME = re.compile(
    r"^(?P<doc>(?:förslag\s+till\s+)?"
    # the measure on a plan before its kind: 'Tillägg till planbeskrivning/Ändring av detaljplan för …'
    # (kalla41: also 'Ändring av del av detaljplan för norra området …', Göteborg's formal names)
    r"(?:(?:tillägg\s+till|ändring\s+av|upphävande\s+av)(?:\s+del\s+av)?\s+(?:[\wåäö]+\s*/\s*)?)*"
    r"(?:detaljplan|planprogram|program\s+till\s+detaljplan|"
    r"områdesbestämmelser|fördjupad\s+översiktsplan|fördjupning\s+av\s+översiktsplanen|tematiskt\s+tillägg)"
    # (kalla38: also the part of a property right after the kind, 'Detaljplan del av Eskilshem 4:1, Idunplan,
    # Norr, Eskilstuna kommun' under 'Underrättelse om granskning av detaljplan')
    r"\s+(?:(?:för|till|omfattande|över|inom|vid)\s+|(?=del\s+av\s)).{5,160}?)"
    # the kommun after the name is the one that makes the plan, no part of its name ('…, Övertorneå kommun.'),
    # nor is its län after it ('…, Vindelns kommun, Västerbottens län'); also joined with 'i' (titel25:
    # '… m.fl. (Ballhusbyn) i Gnosjö kommun'; a place after 'i' stays, '…, i Älmhult')
    r"(?:,\s*(?-i:[A-ZÅÄÖ])[\wåäö-]+\s+kommun(?:,\s*(?-i:[A-ZÅÄÖ])[\wåäö-]+\s+län)?"
    r"|\s+i\s+(?-i:[A-ZÅÄÖ])[\wåäö-]+(?:\s+(?-i:[A-ZÅÄÖ])[\wåäö-]+)?\s+kommun)?\.?$",
    re.IGNORECASE,
)
# the remiss named in a sentence: 'skickade Spelinspektionen ut en remiss gällande förslag till föreskrifter
# och allmänna råd om dragningar utanför spelsystem med tillhörande konsekvensutredning'
REMISS_OF = re.compile(
    r"\bremiss\s+(?:gällande|angående|avseende|om|av|över)\s+(?P<doc>(?:ett\s+)?(?:förslag|promemorian|"
    r"betänkandet|rapporten)\b[^.]{8,200}?)(?:\s+med\s+tillhörande\b|\s*[.,;]|$)",
    re.IGNORECASE,
)
# (missiv39) the remiss the text says is under way, with its matter: 'Remissen om nya riktlinjer för bidrag
# pågår' under a heading on its time alone ('Förlängd remisstid', the kind of prov36's 'Förlängd svarstid på
# remissrundan för vårdprogram' without the matter)
REMISS_ONGOING = re.compile(
    r"\b(?:remissen|remissrundan|samrådet|granskningen)\s+"
    r"(?:om|av|gällande|angående|kring|för)\s+(?P<doc>[^.!?]{4,160}?)\s+"
    r"(?:pågår|är\s+(?:nu\s+)?(?:öppen|igång)|har\s+(?:nu\s+)?(?:startat|börjat|inletts))\b",
    re.IGNORECASE,
)

# (kalla35) the remiss's own label as a link's text in a page without a heading ('Läs mer … på Region
# Östergötlands webbplats för regional utveckling: Remiss av reviderad Utvecklingsstrategi för Östergötland',
# okiost.se's notice, missiv/regionostergotland-rus-revidering-remiss): 'Remiss av' with its capital, before
# a name (a version word first), as a remiss heading reads
REMISS_LABEL_OF = re.compile(
    r"(?-i:\bRemiss)\s+(?:av|över)\s+(?P<doc>(?:(?:ny|nytt|nya|reviderad|reviderat|reviderade|uppdaterad)\s+)?"
    r"(?-i:[A-ZÅÄÖ])[^.;:]{8,160}?)(?:\s*[.;]|$)",
    re.IGNORECASE,
)

# the version on remiss named with its matter: 'Nu finns det en remissversion av Utvecklingsstrategi för
# Östergötland som har arbetats fram …' (under a page's heading 'Remissversion')
VERSION_OF = re.compile(
    r"\b(?:remissversion|remissutgåva|remissförslag|samrådsversion|samrådsförslag|granskningsversion)"
    r"(?:en|n|et)?\s+(?:av|till|för)\s+(?P<doc>(?:(?:den|det|en|ett)\s+)?[\wåäöÅÄÖ][^.;:]{6,160}?)"
    r"(?=\s+(?:som|har|är|och\s+(?:är|har|kan|ska))\b|\s*[.,;:]|$)",
    re.IGNORECASE,
)

# (missiv39) a link's or a file's line of its own: the document's name, then the version word ('Strategi
# Leader Västra Småland remissversion', '… 2024–2027 – remissversion', '… (samrådsversion)'); no sentence
VERSION_AFTER = re.compile(
    r"(?P<doc>(?-i:[A-ZÅÄÖ])[^.!?:;]{3,120}?)\s*(?:[-–—,]\s*|\(\s*)?"
    r"(?:remissversion|remissutgåva|samrådsversion|granskningsversion|remissupplaga)(?:en)?\s*\)?"
    r"(?:\s*\((?:pdf|docx?)[^)]*\))?",
    re.IGNORECASE,
)
# (missiv39) a heading that is only a name and a period of years, no kind of document ('Leader 2023-2027', a
# leader area's page on its strategy for the period): the programme period, no remitted matter, when the text
# names the document
NAME_PERIOD = re.compile(r"(?-i:[A-ZÅÄÖ])[\wåäöé-]*(?:\s+(?-i:[A-ZÅÄÖ])[\wåäöé-]*){0,3}\s+"
                         r"(?:19|20)\d{2}\s*[-–—]\s*(?:19|20)?\d{2}")


def name_period_heading(title: str) -> bool:
    """Return True for a heading that is a name in capitals and a span of years with no word of a document's
    kind or a procedure ('Leader 2023-2027'; not 'Kulturplan 2024-2027', 'Vision 2030')."""
    return NAME_PERIOD.fullmatch(title.strip()) is not None and not _kind_in(title) \
        and not _frame_words()[0].search(title)


QUESTION = re.compile(
    r"^(?:vad|hur|vilka|vilken|vilket|varför|vem|när)\s+(?:är|kan|ska|vill|tycker|tror|behöver|bör|blir|gör)\b",
    re.IGNORECASE,
)
# a question to the reader as the whole heading ('Vilken klimatpolitik bör vi ha de närmaste fyra åren?'): it
# asks what the matter should be, it names none
WHOLE_QUESTION = re.compile(r"^(?:vad|hur|vilka|vilken|vilket|varför|vem|när)\b[^.!?]{4,120}\?$",
                            re.IGNORECASE)


# (kalla37) a place's development or future is what a call asks its reader to shape, no remitted document:
# 'Var med och påverka Huddinges utveckling' (a kommun's press release on the samråd for its new
# översiktsplan, the call stripped by titel.toml var_med_och_paverka): the matter is the one the sentence on
# the samråd names ('Kommunstyrelsen har nu beslutat att genomföra samråd för ny översiktsplan') even where it
# shares no word with the heading (_matter_in_sentence)
PLACE_FUTURE = re.compile(
    r"^(?-i:[A-ZÅÄÖ])[\wåäö-]+s\s+(?:utveckling|framtid)\s*[!.]?$",
    re.IGNORECASE,
)


def generic_heading(title: str) -> bool:
    """Return True for a heading that names an activity or a page, not a remitted matter, or that asks a
    question ('Vad är viktigast för Dalarnas fortsatta utveckling?')."""
    if QUESTION.match(title.strip()) or call_heading().match(title.strip()):
        return True  # or only says how to take part ('Så kan du påverka', titel.toml [uppmaningsrubrik])
    if reader_question().match(title.strip()):
        return True  # a yes/no question to the reader ('Har du synpunkter?', titel.toml [lasarfraga])
    if protest_call().match(title.strip()):
        return True  # a call to protest against a cause ('Skicka protester mot …', [protestrubrik])
    if definition_heading().match(title.strip()):
        return True  # what a kind of document is ('Det här är en översiktsplan', [definitionsrubrik])
    if notice_heading().match(title.strip()):
        return True  # a plan's kind laid out, no name ('UTKAST TILL DETALJPLANEÄNDRING FRAMLAGT (62 § …)')
    if news_column().match(title.strip()) and len(title.split()) <= NEWS_COLUMN_WORDS:
        return True  # the site's news column ('Händer på öarna', titel.toml [sektionsrubrik])
    if label_heading(title):
        return True  # a notice's label alone ('Kungörelse byggnadsnämnden den 10 oktober 2019', [etikett])
    if list_heading(title):
        return True  # a list's heading by where its posts stand ('Föreslagna och beslutade reservat')
    if process_heading(title):
        return True  # the procedure's course ('Detaljplanens olika steg', titel.toml [processrubrik])
    if step_heading().match(title.strip()):
        return True  # its next step or the contact ('Efter slutfört samråd', titel30, [stegrubrik])
    if procedure_to_heading(title):
        return True  # the procedure and whom it goes to ('Remissrunda till partikongressen', titel30)
    # a number is no matter: 'Kungörelser vecka 26'; (rest44) nor the region a list page sorts by after a
    # dash, 'Samrådshandlingar - Stockholms län' (NCC's page of samråd, its posts below)
    title = REGION_AFTER_DASH.sub("", title)
    words = [w for w in re.findall(r"[\wåäöÅÄÖ]+", title.lower()) if not w.isdigit()]
    # the activity of planning is no plan: a stegsida's section heading 'Pågående översiktsplanering'
    # ... nor is a kind of samråd with its day ('Avgränsningssamråd 06.03.2024', the meeting's date)
    page = _section_words("sidrubrik")  # a page's or section's heading's words
    # ... nor the work on a document ('Tidsplan för programarbetet', titel30)
    return bool(words) and all(word in GENERIC_WORDS or word in page
                               or word.endswith(("planering", "samråd", "arbetet")) for word in words)


# a county's or kommun's name after a dash at a heading's end (generic_heading)
REGION_AFTER_DASH = re.compile(r"\s+[-–—]\s+(?-i:[A-ZÅÄÖ])[\wåäö-]+\s+(?:län|kommun|region)$", re.IGNORECASE)


@functools.cache
def _decisions_pattern() -> re.Pattern[str]:
    """Return the pattern of a decisions page's heading (titel.toml [beslutsrubrik])."""
    return re.compile(_titel_modell()["beslutsrubrik"]["monster"], re.IGNORECASE)


def decisions_heading(title: str) -> bool:
    """Return True for a decisions page's heading, an organ's decisions or meeting with its day
    ('Stadsstyrelsens beslut 5.6.2023', titel25): it names the meeting, no matter."""
    return _decisions_pattern().match(title.strip()) is not None


def _sent_section(lines: Sequence[Line], found: Found) -> Found | None:
    """Given a decisions page's lines and its heading, return the sub-heading over the section whose text
    sends a matter out and asks for answers (the missiv signals of modeller/missiv.toml, most weight, at
    least SENT_SECTION): 'Klimat- och miljöprogram 2024–2027' over 'Stadsstyrelsen beslutade enhälligt
    skicka begäran på utlåtanden om utkastet till … Utlåtandena bör lämnas in senast 15.9.2023.'
    (prov23/borga); None when no section does."""
    from remiss.split import positive_signals

    index = lines.index(found.line) if found.line in lines else 0
    page = [line for line in lines if line.page == found.line.page]
    body = body_size(page)
    sections: list[tuple[Line, list[str]]] = []
    for line in lines[index + 1 : index + SENT_SECTION_LINES]:
        run_in = RUN_IN_DECISION.match(line.text.strip())
        if _heading_line(line, body) and len(line.text.split()) <= 12:
            sections.append((line, []))
        elif run_in and len(run_in.group("rubrik").split()) <= 12:
            # the sub-heading run into its decision ('Klimat- och miljöprogram 2024–2027 Stadsstyrelsen
            # beslutade enhälligt skicka …', a transcript that lost the paragraph breaks)
            rubrik = run_in.group("rubrik")
            sections.append((dataclasses.replace(line, text=rubrik), [line.text.strip()[len(rubrik) :]]))
        elif sections:
            sections[-1][1].append(line.text.strip())
    best: tuple[float, Line] | None = None
    for heading, texts in sections:
        text = " ".join(texts)
        weight = sum(signal.vikt for signal in positive_signals(text))
        if weight >= SENT_SECTION and (best is None or weight > best[0]):
            best = (weight, heading)
    if best is None or not clean_title(best[1].text):
        return None
    return Found(clean_title(best[1].text), best[1],
                 f"{found.skal}; rubriken namnger sammanträdets beslut, mellanrubriken över beslutet som "
                 "skickar ut ärendet och ber om svar")


# a decision item's sub-heading run into its first sentence, whose subject is the deciding body
RUN_IN_DECISION = re.compile(
    r"^(?P<rubrik>[A-ZÅÄÖ][^.!?]{2,100}?[\wåäö)])\s+(?=[A-ZÅÄÖ][\wåäö-]*(?:styrelsen|nämnden|fullmäktige)"
    r"\s+(?:beslutade|beslöt|beslutar)\b)"
)
SENT_SECTION = 1.5  # the signals' weight a section needs to send its matter out (a deadline alone will do)
SENT_SECTION_LINES = 120  # the lines under a decisions heading read for its sections


def list_heading(title: str) -> bool:
    """Return True for a list page's heading that only sorts its posts by where they stand: words of
    titel.toml [listrubrik] ('Föreslagna', 'beslutade', 'pågående'), joined by 'och', and one word for what
    is listed ('Föreslagna och beslutade reservat', 'Gällande detaljplaner'); not 'Nya …', which names a new
    document."""
    words = re.findall(r"[\wåäöÅÄÖ-]+", title.lower())
    status = _section_words("listrubrik")  # words that sort a list's posts by where they stand
    if words and words[0] in status and all(word in status or word in NOW_WORDS for word in words[1:]):
        return True  # (titel26) the posts' state alone with 'nu': 'Framlagda nu', a list page of the plans
        # laid out (prov24/kyrkslatt-hirsala-stranddetaljplan-framlagda-nu)
    return (len(words) >= 2 and words[0] in status and words[-1] not in status
            and all(word in status or word in {"och", "samt", "eller"} for word in words[:-1]))


NOW_WORDS = frozenset({"nu", "just", "för", "närvarande", "och", "samt", "eller"})
POST_LINES = 40  # the lines under a list page's heading where its first post's proposal stands
POST_WORDS = 25
POST_PROPOSAL = re.compile(r"^(?:förslag(?:et)?\s+(?:till|om)|utkast\s+till)\s+\S.*$", re.IGNORECASE)


def _first_post_proposal(lines: Sequence[Line], found: Found) -> Found | None:
    """Given a list page's lines and its heading that names several matters 'med mera' ('Förslag till nya
    naturreservat, ändring av föreskrifter för naturreservat mm.'), return the first post's proposal on a
    line of its own below ('Förslag till beslut om bildande av naturreservatet Boa i Falkenbergs kommun.',
    under the post's heading 'Boa Falkenbergs kommun'), as the page's other fields are read from the first
    post; else None."""
    index = lines.index(found.line) if found.line in lines else 0
    for line in lines[index + 1 : index + 1 + POST_LINES]:
        text = line.text.strip().rstrip(".")
        if (line is not found.line and POST_PROPOSAL.match(text) and len(text.split()) <= POST_WORDS
                and not re.search(r"[.!?:]\s", text) and not SENTENCE_VERB.search(text)
                and text not in found.value):
            why = "rubriken namnger flera ärenden 'med mera', titeln är den första postens förslag"
            return Found(text, line, f"{found.skal}; {why}")
    return None


# a heading that ends 'med mera' after a comma's list names several matters ('…, ändring av föreskrifter för
# naturreservat mm.'); 'med flera' names a plan's several properties and stays ('Sågtorp 2 med flera')
COLLECTIVE_END = re.compile(r",[^,]+\s(?:m\.\s?m|mm|med\s+mera|etc)\.?$", re.IGNORECASE)


@functools.cache
def process_heading(title: str) -> bool:
    """Return True for a heading that only describes the procedure's course ('Detaljplanens olika steg',
    'Planprocessen'): every word is one of titel.toml [processrubrik], but a first word that is a document's
    kind in the genitive ('Detaljplanens')."""
    words = _words_past_kind(title)
    allowed = _section_words("processrubrik")
    return bool(words) and all(word in allowed for word in words)


@functools.cache
def _section_words(section: str) -> frozenset[str]:
    """Return the words ('ord') of a titel.toml section ([sidrubrik], [listrubrik], [processrubrik],
    [syftesrubrik]), built once."""
    return frozenset(_titel_modell()[section]["ord"])


def _words_past_kind(title: str) -> list[str]:
    """Return a heading's words in lower case without a first word that is a document's kind in the genitive
    ('Detaljplanens', 'Planens', 'Översiktsplanens'): what process_heading and aspect_heading weigh."""
    words = re.findall(r"[\wåäöÅÄÖ]+", title.lower())
    if words and words[0].endswith("s") and _kind_word().fullmatch(words[0][:-1]):
        return words[1:]
    return words


def aspect_heading(title: str) -> bool:
    """Return True for a section heading on an aspect of the document ('Detaljplanens syfte och innehåll',
    'Syfte och bakgrund'): every word is one of titel.toml [syftesrubrik], but a first word that is a
    document's kind in the genitive; it names what the section tells, not the matter."""
    words = _words_past_kind(title)
    allowed = _section_words("syftesrubrik")
    return bool(words) and any(word != "och" for word in words) and all(word in allowed for word in words)


def choose_titel(lines: Sequence[Line]) -> Found | None:
    """Given a missiv's lines, return its title: the remiss heading or the largest heading, unless that
    names an activity ('Svara på remisser'), a meeting or a project's short name and the text names the
    remitted document itself; the frame around the matter (a call, a procedure, a time) stripped; a
    description before a quoted name ('planerad vindkraftsanläggning ”Duvhällen vindpark”') leaves the
    name."""
    found = _framed_titel(lines)
    if found is None:
        return None
    found = _appositive(lines, found)
    document = clause_matter(found.value, _heading_wrapped(lines, found.line))
    if document != found.value:
        found = Found(document, found.line, f"{found.skal}; dokumentet som rubriken sätter på förfarandet, "
                                            "inte temat före det")
    placed = project_place_stripped(found.value, _heading_block(lines, found))
    if placed != found.value:
        found = Found(placed, found.line, f"{found.skal}; utan kommunen projektet ligger i")
    quoted = QUOTED_NAME.fullmatch(found.value.strip())
    if quoted is None:
        return found
    return Found(quoted.group("name").strip(), found.line,
                 f"{found.skal}; beskrivningen före det citerade namnet hör inte till titeln")


def _heading_block(lines: Sequence[Line], found: Found) -> str:
    """Given a page's lines and a title read from a heading, return the heading's whole text: its line, and
    when the title runs past it, the lines under it set in the same face that the heading wrapped onto
    ('Vad tycker Sveriges tandläkare om utredningen jämlik' / 'tandhälsa?'; titel35: a narrower layout wraps
    the heading the page set on one line)."""
    text = found.line.text.strip()
    value = " ".join(found.value.split())
    if value in text:
        return text
    for follow in _lines_under_heading(lines, found.line, over_gaps=True):
        text = f"{text} {follow.text.strip()}"
        if value in text:
            return text
    return found.line.text.strip()


HEADING_BLOCK_LINES = 4  # a heading wraps over this many lines at most


def _heading_wrapped(lines: Sequence[Line], line: Line) -> str:
    """Given a page's lines and a heading's line, return the heading with the lines it wrapped onto: set in
    the same face right under it, no gap between ('Tyck till om Östersunds framtid, översiktsplanen är ute
    på' / 'granskning' in a narrower layout, layout38: what the heading puts on the procedure)."""
    under = _lines_under_heading(lines, line, over_gaps=False)
    return " ".join([line.text.strip(), *(follow.text.strip() for follow in under)])


def _lines_under_heading(lines: Sequence[Line], line: Line, *, over_gaps: bool) -> list[Line]:
    """Given a page's lines and a heading's line, return the lines under it that may be its wrapped rest: on
    its page, set in its face, not empty, at most HEADING_BLOCK_LINES with it; without over_gaps also up to an
    empty line's space (_heading_wrapped; _heading_block has the title's text to tell where the heading
    ends)."""
    if line not in lines:
        return []
    index = lines.index(line)
    out: list[Line] = []
    above = line
    for follow in lines[index + 1 : index + HEADING_BLOCK_LINES]:
        if (follow.page != line.page or not _same_face(line, follow) or not follow.text.strip()
                or (not over_gaps and gap_between(above, follow))):
            break
        out.append(follow)
        above = follow
    return out


HEADING_WORDS = 10  # a heading that names only a kind is short ('Ny kommunvision på remiss')


def _appositive(lines: Sequence[Line], found: Found) -> Found:
    """Given a missiv's lines and its title, return the document's own name when the title is a sentence's
    description of it with the name as an apposition ('Ett förslag till ny kommunvision, Vision 2030, är nu
    ute på remiss'), or a heading's that names only the kind when the text under it gives the name so
    ('Kommunvision på remiss' over '… ny kommunvision, Vision 2030, har tagits fram'), else the title
    (titel28)."""
    index = lines.index(found.line) if found.line in lines else len(lines)
    following = " ".join(line.text.strip() for line in lines[index + 1 : index + 3])
    name = appositive_name(found.value, found.line, following)
    if name is not None:
        why = "dokumentets namn, som meningen ger det efter vad det är"
        return Found(name, found.line, f"{found.skal}; {why}")
    if found.value not in found.line.text or len(found.line.text.split()) > HEADING_WORDS:
        return found  # (a heading's title: a sentence's is read by appositive_name)
    below = Text.of(lines[index + 1 : index + 1 + TEXT_LINES])
    named = name_in_text(found.value, below.joined)
    if named is None:
        return found
    return Found(named[0], below.line_at(named[1]),
                 f"{found.skal}; rubriken namnger bara slaget, texten ger dokumentets namn efter vad det är")


# a description in lower case before a quoted name, the whole title: 'planerad vindkraftsanläggning ”Duvhällen
# vindpark”' (what the named project is, then its name); the name is the title; not 'förslag till', which a
# title keeps (README, Facit; nya25: 'förslag till "Ett levande centrum"', missiv/osby-levande-centrum-…)
QUOTED_NAME = re.compile(r"(?!(?i:förslag(?:et)?\s+till\s))"
                         r"(?-i:[a-zåäö])[\wåäö-]*(?:\s+(?-i:[a-zåäö])[\wåäö-]*){0,3}\s+"
                         r"[”\"“»](?P<name>(?-i:[A-ZÅÄÖ0-9])[^”\"“»«]{2,80})[”\"“«]")


def _framed_titel(lines: Sequence[Line]) -> Found | None:
    """Given a missiv's lines, return its title as choose_titel finds it, before a quoted name is taken."""
    found = _choose_titel(lines)
    if found is None:
        return None
    named = _matter_in_sentence(lines, found)
    if named is not None:
        return named
    heading = found.line.text.strip() if found.value in found.line.text else None
    unframed = procedure_frame_stripped(found.value, heading)
    if unframed != found.value:
        why = "ärendet utan förfarandet runt det ('Granskning …', 'Utställning: …', '… inleds')"
        found = Found(unframed, found.line, f"{found.skal}; {why}")
    matter = frame_stripped(found.value)
    if matter == found.value:
        # an earlier step may have cut the procedure that marks the frame ('… är nu redo för granskning'
        # became '… är nu redo'): the heading's whole line decides, its matter taken when the title holds it
        whole = frame_stripped(found.line.text.strip())
        if (whole == found.line.text.strip() or whole not in found.value or len(whole) >= len(found.value)
                or found.value not in found.line.text):  # a title wrapped over lines: the line is not it
            return found
        matter = whole
    why = f"{found.skal}; ärendet utan ramen runt det (uppmaning, förfarande, tid)"
    return _plan_heading_below(lines, found, matter) or Found(matter, found.line, why)


def _form_matter(lines: Sequence[Line]) -> Found | None:
    """Given a page's lines, return the property a web form's heading names the views on (titel.form_matter:
    'Synpunkt Hästen 4 m.fl'), when nothing else names the matter; else None (rest45)."""
    named = form_matter(lines)
    if named is None:
        return None
    return Found(named[0], named[1], "fastigheten som formulärets rubrik namnger ('Synpunkt Hästen 4 m.fl')")


def _plan_heading_below(lines: Sequence[Line], found: Found, matter: str) -> Found | None:
    """Given a page's lines, its heading and the heading's matter when that is only an owner and a kind
    ('kommunens översiktsplan' out of 'Du kan lämna synpunkter på kommunens översiktsplan fram till 15
    augusti'), return a heading just below that names a plan of that kind ('Översiktsplan Bjuv 2040'), or
    None: the plan's own name, not the owner's word for it."""
    words = matter.split()
    kind = _kind_word().fullmatch(words[-1]) if words else None
    owners = OWNER_WORDS | {"den", "det", "vår", "vårt", "våra"}
    if (kind is None or not 2 <= len(words) <= 3 or re.search(r"\d", matter)
            or not all(w.lower() in owners or BARE_QUALIFIER.match(w) for w in words[:-1])):
        return None
    body = body_size([line for line in lines if line.page == found.line.page])
    index = lines.index(found.line) if found.line in lines else 0
    stem = re.escape(kind.group("stem"))
    for line in lines[index + 1 : index + 1 + PLAN_HEADING_BELOW]:
        text = line.text.strip()
        if text in found.value or not text[:1].isupper():
            continue  # the heading's own wrapped rest ('översiktsplan fram till 15 augusti')
        named = re.fullmatch(rf"(?i:{stem}){KIND_ENDINGS}\s+\S.*", text)
        if named and _heading_line(line, body) and len(text.split()) <= 8 and not SENTENCE_VERB.search(text):
            return Found(text, line, f"{found.skal}; rubriken namnger planen bara med ägare och slag, "
                                     "underrubriken med planens namn")
    return None


PLAN_HEADING_BELOW = 8  # the lines under a heading where its plan's named sub-heading stands


def _choose_titel(lines: Sequence[Line]) -> Found | None:
    """Given a missiv's lines, return its title as the steps of choose_titel find it, frame and all."""
    found = find_titel(lines) or title_from_layout(lines)
    if found is not None and aspect_heading(found.value):
        found = None  # (session 35) a section on the plan's purpose names no matter ([syftesrubrik])
    if found is None or generic_heading(found.value):
        # (titel30) a samråd's heading that names nothing ('Samråd') over a sub-heading on its next step
        # ('Efter slutfört samråd'): what the text says the samråd is held on
        samrad = _samrad_heading_matter(lines)
        if samrad is not None:
            return samrad
    if found is None:
        found = _first_heading_line(lines)
        if found is not None and aspect_heading(found.value):
            found = None
    if found is not None:
        found = _matter_under_activity(lines, found) or found
        samrad = _samrad_matter(lines, found)
        if samrad is not None:
            return samrad
    if found is None:
        return (_repeated_heading(lines) or _labelled_document(lines[:80]) or _remiss_of(lines[:80])
                or _remiss_on(lines[:80]) or _how_shaped(lines[:80])
                or _call_sentence(lines[:40]) or _version_of(lines[:80]) or _plan_line(lines, None)
                or _listed_proposal(lines) or _proposal_named(lines[:12])
                or _instans_for(lines[:12]) or _procedure_for_matter(lines[:12])
                or _sent_proposal(lines[:12]) or _matter_on_remiss(lines[:12])
                or _procedure_subject(lines[:80]) or _samrad_before(lines[:80])
                or _planned_measure(lines[:PLANNED_LINES]) or _form_matter(lines[:80])
                or _application_for(lines[:80]) or _requested_matter(lines[:80]))
    if COLLECTIVE_END.search(found.value.strip()):  # (titel34) a list page's heading over its posts
        post = _first_post_proposal(lines, found)
        if post is not None:
            return post
    if decisions_heading(found.value):  # (titel25) a decisions page: the section that sends the matter out
        sent = _sent_section(lines, found)
        if sent is not None:
            return sent
    event = EVENT_HEADING.match(found.value)
    if event:
        matter = clean_title(event.group("matter"))
        found = Found(matter, found.line, f"{found.skal}, ärendet som mötet gäller")
    theme = THEME_HEADING.match(found.value)
    if theme and clean_title(theme.group("matter")):
        found = Found(clean_title(theme.group("matter")), found.line, f"{found.skal}, temat som mötet gäller")
    asked = ASKED_HEADING.match(found.value)
    if asked and clean_title(asked.group("matter")):
        found = Found(clean_title(asked.group("matter")), found.line, f"{found.skal}, det de tillfrågas om")
    block = _heading_block(lines, found)  # (titel35) the heading's whole text when it wraps over lines
    whole = found.value.strip().rstrip("?") + "?" if block.rstrip().endswith("?") else ""
    # (the line may be a printed mail's 'Ämne: | Vilken … åren?')
    question = WHOLE_QUESTION.match(whole) and not _frame_words()[0].search(found.value)
    # (titel30) an interview's heading names the people asked, like a question no matter ('Hallå där NN, …')
    question = question or interview_heading(found.line.text)
    # (titel38) a greeting or addressee line names the readers, like a question no matter ('Till alla …')
    greeting = greeting_heading(found.line.text)
    question = question or greeting
    # (rest45) a whole sentence with its full stop (a press release's bold lead) or the sender's stance after
    # the remiss label ('Nyinkommen remiss – behov att …') states a view, like a question no matter
    question = question or statement_heading(block, found.line.text) or stance_heading(block)
    # (the heading's own line a notice's label alone, 'Kungörelse byggnadsnämnden den 10 oktober 2019', also
    # when a line open at its end was joined to it: '… 2019' / 'för förslag till'; not when the title is the
    # heading below, 'Meddelande om Granskning' / 'Detaljplan Fossa 1:116')
    label = label_heading(found.line.text) and found.line.text.strip() in found.value
    label = label or name_period_heading(found.value)  # (missiv39) 'Leader 2023-2027': the period, no matter
    about = asked_about(block) if question and found.value in block else None
    if about is not None:  # (titel32) 'Vad tycker … om utredningen jämlik tandhälsa?' names the document
        return Found(about, found.line, f"{found.skal}; dokumentet som frågerubriken frågar om")
    if generic_heading(found.value) or question or label:
        layout = title_from_layout(lines, skip_generic=True)
        if layout is not None and layout.line is found.line:
            layout = None  # the question itself, read again
        top = lines[:80]
        better = (_subject_line(top) or _labelled_document(top) or layout or _plan_line(lines, found)
                  or _listed_proposal(top) or _remiss_of(top) or _remiss_on(top) or _how_shaped(top)
                  or _call_sentence(lines[:40]) or _version_of(top) or _samrad_for(top)
                  or _procedure_subject(top) or _proposal_named(top[:12]) or _kind_with_year(top[:12], found)
                  or _samrad_subheading(top) or _invitation_line(top[:INVITATION_LINES], found)
                  or _requested_matter(top)
                  or (None if question else _kind_line_below(lines, found))
                  or (_kind_spoken_of(top) if greeting else None))
        if better is None and question:
            return None  # a question that names no document, and nothing below names the matter: no title
        if better is None or better is not layout:
            return better or found
        found = layout  # the next heading ('7. Översiktsplan ute på granskning') is read as a heading is
    index = lines.index(found.line) if found.line in lines else 0
    named = _named_document(lines[index + 1 : index + 16], found.value) if event else None
    named = named or (_event_plan(lines[index + 1 : index + 30], found) if event else None)
    plan = _plan_name(lines[index + 1 : index + 120], found.value)
    after = lines[index + 1 : index + 40]
    better = (_counted_matter(after[:12], found) or _name_below(after[:QUOTED_NAME_LINES], found)
              or _call_below(after, found) or _kind_in_subheading(after[:2], found) or plan or named
              or _plan_in_sentence(lines[index + 1 : index + 30], found)
              or _place_plan_in_sentence(lines[index + 1 : index + 30], found)
              or _owned_name(after, found) or _owner_kind_in_full(after, found)
              or _kind_named(lines, found) or _definite_kind_named(lines, found)
              or _news_named(after, found) or _stated(after, found) or _link_line(after, found)
              or _kind_for(after, found) or _link_in_text(after, found))
    return _completed(better or found, lines[:80])


def _kind_spoken_of(lines: Sequence[Line]) -> Found | None:
    """Given a post's lines under a greeting that names no matter ('Till alla logopeder i Sverige …'), return
    the document the text speaks of by its kind in the definite form, named in full where it first stands
    with what it is for (titel.kind_spoken_of: 'riktlinjer för logopediska läs-och skrivutredningar'), or
    None (titel38)."""
    text = Text.of(lines)
    named = kind_spoken_of(text.joined)
    if named is None:
        return None
    return Found(named[0], text.line_at(named[1]),
                 "hälsningsraden namnger inget ärende; dokumentet som texten talar om med sitt slag i "
                 "bestämd form, som den namnger det fullt ut")


def _kind_line_below(lines: Sequence[Line], found: Found) -> Found | None:
    """Given a page's lines and its heading that names only the page or its section ('Planer på samråd', set
    large), return the line right under it when that is a short heading-like line that names a document of a
    kind ('Detaljplan för Eken', in the body's face), else None (titel35: the plan's name under a list page's
    heading, read so in a layout that sets the name as text; in one that sets it as a heading it is the
    heading)."""
    if found.line not in lines:
        return None
    index = lines.index(found.line)
    for follow in lines[index + 1 : index + 3]:
        text = follow.text.strip()
        if not text:
            continue
        if (_looks_like_heading(text) or NAME_ABBREVIATION_END.search(text)) and not generic_heading(text) \
                and _frame_words()[0].search(text) and not SENTENCE_VERB.search(text):
            title = clean_title(text)
            if title:
                return Found(title, follow, f"{found.skal}; rubriken namnger bara sidan, raden under "
                                            "namnger dokumentet")
        return None
    return None


def _event_plan(lines: Sequence[Line], found: Found) -> Found | None:
    """Given the lines under a meeting's heading and the matter it names when that is no document ('Öppet
    hus om fler bostäder, skola och park på Öster Mälarstrand': what the plan will hold), return the plan a
    sentence below names for the same place ('Då pågår samrådet för detaljplan för del av Västerås 1:128,
    Öster Mälarstrand, dp 1876'), else None (titel34): the meeting is held in the plan's samråd, the plan is
    the matter."""
    if _frame_words()[0].search(found.value):
        return None  # the meeting names a document itself ('Öppet hus om översiktsplan 2045')
    names = [w for w in re.findall(r"[\wåäöÅÄÖ-]{3,}", found.value) if w[:1].isupper()]
    if not names:
        return None
    text = Text.of(lines)
    for match in PLAN_IN_SENTENCE.finditer(text.joined):
        doc = _before_predicate(match.group("doc")).strip(" ,;")
        if all(re.search(rf"(?<![\wåäö-]){re.escape(name)}(?![\wåäö-])", doc) for name in names):
            return Found(doc, text.line_at(match.start("doc")),
                         f"{found.skal}; mötet namnger vad planen ska rymma, meningen planen för samma plats")
    return None


# a name in quotes at the start of the lines under a heading, up to its closing quote ('”Förslag till
# byggnadsplan för Allgunnen, …, i Högsby kommun av Kalmar län” ställs ut för samråd …')
QUOTED_BELOW = re.compile(r"^[”\"“»„](?P<name>(?-i:[A-ZÅÄÖ0-9])[^”\"“»«]{2,400}?)[”\"“«]")
QUOTED_NAME_LINES = 8  # the lines a quoted name under its heading wraps over
# the kommun (and its län) that makes the plan, after the plan's name: ', i Högsby kommun av Kalmar län'
MAKER_AFTER_NAME = re.compile(r",?\s+(?:i\s+)?(?-i:[A-ZÅÄÖ])[\wåäö-]+\s+(?:kommun|stad)"
                              r"(?:\s*,?\s*(?:i\s+|av\s+)?(?-i:[A-ZÅÄÖ])[\wåäö-]+\s+län)?\s*$", re.IGNORECASE)
# the preposition a heading ends with when its name stands on the next line ('Detaljplan för' / 'Kvarnen 4
# m.fl.')
OPEN_END = frozenset({"för", "över", "gällande", "avseende", "angående", "rörande", "inom", "vid"})
NAME_LINE_WORDS = 14


def _kind_only(title: str) -> bool:
    """Return True for a heading that names a document's kind and what is done to it, no name: every word
    after the first in lower case, no figure, the last word a kind ('Ändring och upphävande av del av
    detaljplan', 'Detaljplan för' with its preposition)."""
    words = title.split()
    if words and words[-1].lower() in OPEN_END:
        words = words[:-1]
    if not words or re.search(r"\d", title) or any(not w[:1].islower() for w in words[1:]):
        return False
    return _kind_word().fullmatch(words[-1]) is not None


def _name_below(lines: Sequence[Line], found: Found) -> Found | None:
    """Given the lines under a heading that names only a kind ('Ändring och upphävande av del av
    detaljplan:') and its title, return the title with the name the next line gives: a name in quotes that
    opens it ('”Förslag till byggnadsplan för Allgunnen, …, i Högsby kommun av Kalmar län” ställs ut för
    samråd …', without the kommun that makes the plan), or after a heading that ends with its preposition
    ('Detaljplan för' / 'Kvarnen 4 m.fl.') the next line when it is a name and no sentence; else None
    (titel27)."""
    heading = found.line.text.strip()
    if not lines or heading.rstrip(" :") not in found.value.rstrip(" :") and found.value not in heading:
        return None
    if not _kind_only(found.value):
        return None
    start = next((i for i, line in enumerate(lines) if line.text.strip() not in found.value), len(lines))
    below = lines[start:]
    if not below:
        return None
    text = Text.of(below)
    quoted = QUOTED_BELOW.match(text.joined.lstrip())
    open_end = found.value.split()[-1].lower() in OPEN_END
    if quoted is not None:
        name = MAKER_AFTER_NAME.sub("", quoted.group("name").strip()).strip(" ,")
        if SENTENCE_VERB.search(name) or PRONOUN.search(name):
            return None  # a quote that says something ('”Vi vill skapa en levande kommun” säger …'), no name
        why = "namnet inom citattecken under den"
    elif open_end:
        name = below[0].text.strip().rstrip(".")
        if (not name[:1].isupper() or len(name.split()) > NAME_LINE_WORDS or SENTENCE_VERB.search(name)
                or SENTENCE_END.search(name) or ": " in name):
            return None
        name = MAKER_AFTER_NAME.sub("", name).strip(" ,")
        why = "namnet på raden under den"
    else:
        return None
    if len(name.split()) < 2 and not re.search(r"\d", name):
        return None
    title = f"{found.value} {name}" if open_end else f"{found.value}: {name}"
    return Found(title, found.line, f"{found.skal}; rubriken namnger bara slaget, {why}")


PLAN_LINE_BELOW = 4  # the lines under a notice's heading where the plan it announces stands
NOTICE_FIELDS = 6  # the fields a notice board sets under its heading (organ, the notice's dates, the meeting)
NOTICE_PROCEDURE = re.compile(r"^(?:granskning|samråd|utställning)\s+(?:av|om|för)\s+(?=\S)", re.IGNORECASE)
DOUBLED_START = re.compile(r"^(.{8,60}?)\s+\1(?=\s)", re.IGNORECASE)  # the same words twice at a line's start


@functools.cache
def _notice_field() -> re.Pattern[str]:
    """Return the pattern of a notice board's field line (titel.toml [anslagsfalt])."""
    labels = fraser(sorted(_titel_modell()["anslagsfalt"]["etikett"], key=len, reverse=True))
    return re.compile(rf"^(?:{labels})\s*:\s*\S", re.IGNORECASE)


def notice_field(text: str) -> bool:
    """Return True for a notice board's field under the notice's heading ('Organ: Samhällsbyggnadsnämnden',
    'Anslaget datum: 19 december 2022'; titel41): no title and no line of the text."""
    return _notice_field().match(text.strip()) is not None


def _plan_line(lines: Sequence[Line], found: Found | None) -> Found | None:
    """Given a page's lines and its heading that names no matter ('Kungörelse byggnadsnämnden den 10 oktober
    2019'; None: the page's first lines, no heading read), return a plan's formal name on a line of its own
    just below ('Detaljplan för Trönninge 11:6, Trönninge, Varbergs kommun', the kommun that makes it
    stripped), or None."""
    index = lines.index(found.line) if found is not None and found.line in lines else -1
    if found is not None and index < 0:
        return None
    # (titel41) a notice board's fields under the heading are no lines of the text ('Organ:
    # Samhällsbyggnadsnämnden', 'Anslaget datum: 19 december 2022',
    # missiv/botkyrka-hallunda-gard-granskning-2022)
    below = [line for line in lines[index + 1 : index + 1 + PLAN_LINE_BELOW + NOTICE_FIELDS]
             if not notice_field(line.text)]
    for at, line in enumerate(below[:PLAN_LINE_BELOW]):
        text = line.text.strip()
        if re.search(r"[.!?]\s", text) or SENTENCE_VERB.search(text):
            continue  # a sentence about the plan ('Förslag till … samråds på nytt 23 juni …'): no name's line
        rest = below[at + 1].text.strip() if at + 1 < len(below) else ""
        if _name_line_rest(text, rest):
            text = join_wrapped(text, rest)  # (titel41) the name's line wrapped by a narrower layout
        # (titel41) the notice's procedure before the plan's name, its words written twice by a slip
        # ('Granskning av detaljplan för Granskning av detaljplan för Hallunda gård, i stadsdelen
        # Hallunda-Norsborg, Botkyrka kommun.')
        text = NOTICE_PROCEDURE.sub("", DOUBLED_START.sub(r"\1", text))
        plan = PLAN_NAME.fullmatch(text)
        if plan is not None:
            why = f"{found.skal}; rubriken namnger inget ärende" if found else "ingen rubrik"
            return Found(plan.group("doc").strip(" ,;"), line, f"{why}, planens namn på egen rad")
    return None


NAME_LINE_REST = 6  # the words of a plan's name that a narrower layout wraps onto the next line


def _name_line_rest(text: str, rest: str) -> bool:
    """Given a line that may be a plan's name and the line under it, return True when that is the name's
    wrapped rest with the line's own full stop ('Granskning av detaljplan för Hallunda gård, i stadsdelen' /
    'Hallunda-Norsborg, Botkyrka kommun.'): the line has none, the rest is short, no sentence, and ends so."""
    return (not text.endswith((".", "!", "?", ":")) and rest.endswith(".")
            and len(rest.split()) <= NAME_LINE_REST and not re.search(r"[.!?]\s", rest)
            and SENTENCE_VERB.search(rest) is None)


LIST_ITEM = re.compile(r"^\s*(?:[•·▪◦*–-]|\d{1,2}[.)])\s+(?=\S)")
LISTED_LINES = 15  # the opening lines where a notice lists what it lays out
LIST_ITEM_LINES = 3  # the lines one list item's first sentence wraps over


def _listed_proposal(lines: Sequence[Line]) -> Found | None:
    """Given a page's lines, return the one proposal a notice lists under a sentence that ends with a colon
    ('Följande planförslag kommer att läggas fram offentligt:' over '• Ändring av detaljplanen för tomt 5 …
    i Pargas. Planändringen kan …'): the item's first sentence, when it names a document's kind; None when
    the list has more items (several plans name no one matter) or there is none."""
    from remiss import arende

    top = [line for line in lines[:LISTED_LINES] if line.text.strip()]
    for index, line in enumerate(top[:-1]):
        intro = line.text.strip()
        short = len(intro.split()) < 3 and not (index and _goes_on_from(top[index - 1], line))
        if not intro.endswith(":") or short or not LIST_ITEM.match(top[index + 1].text):
            continue  # (a label, 'Bilagor:'; not a sentence's end the page's width broke, '… ändring för:')
        text, end = LIST_ITEM.sub("", top[index + 1].text.strip()), index + 2
        while (end < len(top) and end < index + 1 + LIST_ITEM_LINES and not LIST_ITEM.match(top[end].text)
               and not re.search(r"\.(?:\s|$)", text)):
            text, end = join_wrapped(text, top[end].text.strip()), end + 1
        if any(LIST_ITEM.match(x.text) for x in top[index + 2 : index + 2 + LIST_ITEM_LINES + 1]):
            return None  # a list of several (the next item under the first's wrapped rest): no one matter
        first = re.split(r"\.\s+(?=[A-ZÅÄÖ])", text, maxsplit=1)[0].strip().rstrip(".")
        if FILE_MARK.search(first) or not arende.treffar(arende.tokens(first)) or len(first.split()) > 40:
            return None
        return Found(first, top[index + 1], "listans enda post under en mening som slutar med kolon "
                                            "('Följande planförslag kommer att läggas fram offentligt:')")
    return None


def kind_word(word: str) -> bool:
    """Return True for one word that is a document's kind ('Strategi', 'Handlingsplan'; titel.toml
    [arende])."""
    return _kind_word().fullmatch(word) is not None


def _kind_in(text: str) -> bool:
    """Return True when a word of text is a document's kind ('informeringsplan', titel.toml [arende] slag)."""
    return any(_kind_word().fullmatch(word) for word in re.findall(r"[\wåäö-]+", text))


def _kind_with_year(lines: Sequence[Line], found: Found) -> Found | None:
    """Given the first lines under a heading that names no remitted matter ('Skicka protester mot djuphamnen')
    and the heading, return the first document of a kind with its year that the text names ('angående
    skrivningen i kommunens översiktsplan 2022': 'översiktsplan 2022'), or None."""
    pattern = re.compile(rf"(?<![\wåäö-])[\wåäö-]*?(?:{_kinds()}){KIND_ENDINGS}\s+(?:19|20)\d{{2}}"
                         r"(?:\s*[-–]\s*(?:19|20)?\d{2})?(?![\wåäö-])", re.IGNORECASE)
    text = Text.of(lines)
    match = pattern.search(text.joined)
    if match is None:
        return None
    return Found(match.group(0), text.line_at(match.start()),
                 f"{found.skal}; rubriken namnger inget ärende, titeln är dokumentet med sitt år i texten")


# a heading that only counts the remisser it is about ('Sista svarsdag på två föreningsremisser'), and the
# text's phrase with the same count that names what went out ('… behandlades två rapporter från
# organisationsutredningen och Valkommittéutredningen.')
COUNT = r"(?:två|tre|fyra|fem|sex|sju|åtta|nio|tio|\d{1,2})"
COUNTED_REMISSER = re.compile(rf"\b(?P<count>{COUNT})\s+[\wåäö-]*remiss(?:er|erna)\s*$", re.IGNORECASE)


def _counted_matter(lines: Sequence[Line], found: Found) -> Found | None:
    """Given the lines under a heading that only counts remisser ('… två föreningsremisser') and its title,
    return the phrase with the same count that names what they are ('två rapporter från …'), or None."""
    counted = COUNTED_REMISSER.search(found.value)
    if counted is None:
        return None
    text = Text.of(lines)
    count = re.escape(counted.group("count"))
    pattern = (rf"(?<![\wåäö])(?P<doc>{count}\s+(?!\w*remiss)[a-zåäö]{{4,}}\s+(?:från|om|av|till|för)\s+"
               r"[^.!?]{4,150}?)(?=[.!?])")
    match = re.search(pattern, text.joined, re.IGNORECASE)
    if match is None:
        return None
    return Found(re.sub(r"\s+", " ", match.group("doc")), text.line_at(match.start("doc")),
                 f"{found.skal}; rubriken räknar bara remisserna, titeln är det texten räknar lika")


# the text states what the remiss is: 'Remissen gäller Förslag till regional plan för … och är från …'
STATED = re.compile(
    r"\b(?:remissen|samrådet|kungörelsen)\s+(?:gäller|avser)\s+(?P<doc>(?-i:[A-ZÅÄÖ])[^.]{8,200}?)"
    r"(?=\s+och\s+(?:är|har|kan|ska|kommer)\b|\.\s|\.?$)",
    re.IGNORECASE,
)
# the plan a news heading speaks of: 'Arbetet med kommunens klimat- och energiplan går vidare'
PLAN_NOUN = re.compile(
    r"(?:\b[\wåäö]+-\s+(?:och|eller)\s+)?\b[\wåäö]*(?:plan|program|strategi|policy|föreskrifter|ordning|taxa)\b",
    re.IGNORECASE,
)
PRONOUN = re.compile(r"\b(?:vi|du|ni|jag|man)\b", re.IGNORECASE)
SENTENCE_VERB = re.compile(r"\b(?:är|har|ska|skall|kan|kommer|finns|blir|var|hade|gäller)\b", re.IGNORECASE)


def _news_named(lines: Sequence[Line], found: Found) -> Found | None:
    """Given the lines under a news heading (a sentence: 'Arbetet med kommunens klimat- och energiplan går
    vidare', 'Kammarkollegiet begär förtydligande') and its title, return what the text names in full: the
    proposal for the heading's plan ('förslag till ny klimat- och energiplan'), else the verb's object with
    what it concerns ('förtydligande av ansökningarna vad gäller …'); None for a heading that is a name."""
    verb = news_verb().search(found.value)
    if verb is None:
        return None
    text = Text.of(lines)
    plan = PLAN_NOUN.search(found.value[: verb.start()])
    if plan is not None:
        # with the name or year the heading gives the plan ('Granskning Översiktsplan Ånge 2040 inleds': the
        # text's 'förslag till Översiktsplan Ånge 2040', not its first word)
        named = found.value[plan.end(): verb.start()].strip(" ,–—-")
        noun = fras(f"{plan.group(0)} {named}".strip())
        qualified = r"(?:(?:ny|nya|nytt|reviderad|reviderat|uppdaterad)\s+)?"
        match = re.search(r"\bförslag(?:et)?\s+(?:till|på|om)\s+" + qualified + noun + r"\b", text.joined,
                          re.IGNORECASE)
        if match is not None:
            return Found(match.group(0), text.line_at(match.start()),
                         f"{found.skal}; rubriken är en nyhetsmening, titeln är förslaget som texten namnger")
    words = found.value[verb.end():].split()
    if len(words) >= 2 and PLAN_NOUN.search(words[-1]):
        # 'Kommunen har tagit fram nya avfallsföreskrifter': the heading names what it produced
        return Found(clean_title(" ".join(words)) or " ".join(words), found.line,
                     f"{found.skal}; rubriken är en nyhetsmening, titeln är det den säger tagits fram")
    if len(words) == 1 and len(words[0]) >= 6:
        concerns = r"\s+(?:av|om|gällande|angående|kring|för)\s+[^.]{8,160}"
        match = re.search(r"\b" + re.escape(words[0]) + concerns, text.joined, re.IGNORECASE)
        if match is not None:
            return Found(clean_title(match.group(0)) or match.group(0), text.line_at(match.start()),
                         f"{found.skal}; rubriken är en nyhetsmening, titeln är det den gäller, som texten "
                         "namnger det")
    return None


def _stated(lines: Sequence[Line], found: Found) -> Found | None:
    """Given the lines under a short heading ('Regional infrastrukturplan') and its title, return what the
    text says the remiss is ('Remissen gäller Förslag till regional plan för …'), or None."""
    if len(found.value.split()) > 3:
        return None
    text = Text.of(lines[:12])
    match = STATED.search(text.joined)
    if match is None:
        return None
    title = clean_title(match.group("doc"))
    if not title:
        return None
    return Found(title, text.line_at(match.start("doc")),
                 f"{found.skal}; texten säger vad remissen gäller ('Remissen gäller …')")


def _link_line(lines: Sequence[Line], found: Found) -> Found | None:
    """Given the lines under a heading and its title, return a line of its own that names the document in
    full ('Förslag till nytt naturvårdsprogram för Åtvidabergs kommun', a link under the text), or None.

    The line starts with the title (a version word such as 'Remissversion' before it stripped) and goes on
    with what the document is for ('för …', 'i …', a year); it is no sentence: no end stop, no sentence
    verb, and the next line does not go on with it."""
    title = found.value.casefold()
    for index, line in enumerate(lines):
        text = line.text.strip()
        rest = lines[index + 1].text.strip() if index + 1 < len(lines) else ""
        if not _looks_like_heading(text) or SENTENCE_VERB.search(text) or rest[:1].islower():
            continue
        if re.search(r"\b(?:och|eller|samt|för|i|av|till|med|om|på|inom|vid|från)$", text):
            continue  # the line wraps on: '… Nynäshamn, Haninge och' / 'Huddinge kommun.'
        name = clean_title(text)
        more = name[len(title):].strip()
        if not name.casefold().startswith(title) or not re.match(r"(?:för|i|inom|till|på|\d)", more):
            continue
        return Found(name, line, f"{found.skal}; dokumentets hela namn på en egen rad under rubriken")
    return None


# where a name a transcript ran into the paragraph ends: a file link's kind ('… 2023-2026 (pdf)')
FILE_MARK = re.compile(r"\s*\((?:pdf|docx?|word)(?:\s*,\s*[\d.,]+\s*[km]b)?\)", re.IGNORECASE)
LINK_NAME_WORDS = 8  # what a name adds to the heading's title: 'för Västernorrland 2023-2026'


def _link_in_text(lines: Sequence[Line], found: Found) -> Found | None:
    """Given the lines under a heading and its title, return the document's full name that a transcript ran
    into a paragraph ('… fram till den 24 juni. Remissversion, Kulturplan för Västernorrland 2023-2026 (pdf)
    Vi kommer …', '… "Park och natur" Förslag till nytt naturvårdsprogram för Åtvidabergs kommun'), or None.

    The name is the title with its capital, after a sentence's or a quote's end, going on with what the
    document is for ('för …', a year) and ending at the file's kind or at its line's end before a new line
    that opens in capitals; no sentence verb, no pronoun."""
    title = found.value.strip()
    if len(title) < 4 or not title[:1].isalpha():
        return None
    text = Text.of(lines)
    capital = re.escape(title[:1].upper()) + re.escape(title[1:])
    start = re.compile(r"(?:^|(?<=[.!?\"”»]\s))(?:remiss(?:version|utgåva|förslag)(?:en|et)?\s*[-–—:,]\s*)?"
                       rf"(?P<name>{capital}\s+(?:för|i|inom|till|på|\d))", re.IGNORECASE)
    ends = {offset - 1 for offset in text.starts[1:]} | {len(text.joined)}
    for match in start.finditer(text.joined):
        if not match.group("name").startswith(title[:1].upper()):
            continue
        rest = text.joined[match.start("name") : match.start("name") + 200]
        mark = FILE_MARK.search(rest)
        stop = re.search(r"[.!?;:]", rest)
        end = mark.start() if mark and (stop is None or mark.start() < stop.start()) else None
        if end is None:
            end = next((e - match.start("name") for e in sorted(ends) if e > match.end("name")), None)
            following = text.joined[match.start("name") + end + 1 :][:1] if end is not None else ""
            if end is None or (stop is not None and stop.start() < end) or following.islower():
                continue
        name = rest[:end].strip()
        added = name[len(title):].split()
        if len(added) > LINK_NAME_WORDS or SENTENCE_VERB.search(name) or PRONOUN.search(name):
            continue
        return Found(clean_title(name), text.line_at(match.start("name")),
                     f"{found.skal}; dokumentets hela namn som transkriptet kört in i stycket")
    return None


CALL_BELOW = 3  # a call that names the matter a heading does not stands in the heading's next lines


def _call_below(lines: Sequence[Line], found: Found) -> Found | None:
    """Given the lines right under a heading that shares no word with them ('Stora torget, Sundsvall', a
    picture's caption set large) and the heading's title, return the matter a call line there names ('Nu kan
    du lämna synpunkter på översiktsplanen 2040'), or None (the first CALL_BELOW lines are tried; the line
    after them is read only to see whether their paragraph goes on)."""
    if PLAN_NOUN.search(found.value) or re.search(r"\d", found.value):
        return None  # 'Länstransportplan 2022-2033 - Remissförslag' names the matter itself
    stems = {w.lower()[:5] for w in re.findall(r"[\wåäöÅÄÖ]{4,}", found.value)}
    for number, line in enumerate(lines[:CALL_BELOW]):
        text = _call_wrapped(lines[:CALL_BELOW], number)
        if not (CALL_TITLE.match(text) or call_prefix(calls_only=True).match(text)) or text.endswith(":") or (
                text.endswith(".") and not line.bold) or _paragraph_goes_on(lines, number):
            continue  # a sentence of the running text, on one line or wrapped: set as a heading it may name
            # the matter ('Inbjudan till samråd för ansökan om …, Alingsås kommun.'), as text it goes on
            # about it ('Vi vill ha dina åsikter om föreskrifterna innan de tas upp för beslut …'), however
            # the page's width breaks it (robust28)
        text = text.removesuffix(".")
        matter = clean_title(text)
        words = {w.lower()[:5] for w in re.findall(r"[\wåäöÅÄÖ]{4,}", matter)}
        if matter and matter != text and not stems & words and not _addresses_reader(matter):
            return Found(matter, line, f"{found.skal}; rubriken nämner inte ärendet, raden under som ber om "
                                       "synpunkter gör det")
    return None


# (titel37) the name a line under a kind's heading goes on with, in lower case, up to the kommun that makes
# the plan or the sentence's verb ('del av Hälgsnäs 1:1 Hällefors kommun pågår under tiden …'): a name holds
# a capital or a figure
NAME_BELOW_VERB = r"(?:pågår|är|har|ska|skall|kan|kommer|finns|blir|ställs|hålls|genomförs|går|skickas)\b"
KIND_NAME_BELOW = re.compile(
    rf"^(?!{NAME_BELOW_VERB})(?P<name>(?-i:[a-zåäö])(?:[^.!?:;,]|(?<=\d)[:.,](?=\d)){{2,80}}?)"
    rf"(?=,?\s+(?-i:[A-ZÅÄÖ])[\wåäö-]+\s+(?:kommun|stad)\b|\s+{NAME_BELOW_VERB}|\s*[.!?:;,](?!\d)|\s*$)"
)


def kind_with_name_below(found: Found, lines: Sequence[Line]) -> Found | None:
    """Given a title that is only a document's kind, the last words of its line ('detaljplan' out of 'Samråd
    för detaljplan', by the rules or the title model), and the missiv's lines, return it with the name the
    next line goes on with ('detaljplan del av Hälgsnäs 1:1'), else None (titel37: a kind alone is no
    title)."""
    if found.line not in lines:
        return None
    if not found.line.text.strip().rstrip(".:").casefold().endswith(found.value.strip().casefold()):
        return None
    index = lines.index(found.line)
    name = _kind_name_below(lines, index, found.value.strip())
    if name is None:
        return None
    return Found(f"{found.value.strip()} {name}", found.line,
                 f"{found.skal}; slaget ensamt namnger inget ärende, namnet på raden under")


def _kind_name_below(lines: Sequence[Line], number: int, matter: str) -> str | None:
    """Given lines, the index of a heading-like line whose matter is only a document's kind ('Samråd för
    detaljplan': 'detaljplan') and that matter, return the name the next line goes on with in lower case
    ('del av Hälgsnäs 1:1 Hällefors kommun pågår under tiden 16 december 2019–13 januari 2020': 'del av
    Hälgsnäs 1:1'), without the kommun and the sentence after it; None when the matter names more than a
    kind, the line opens a sentence of its own or names nothing (no capital, no figure)."""
    if not _kind_only(matter) or len(matter.split()) > 2 or number + 1 >= len(lines):
        return None
    follow = lines[number + 1]
    if follow.page != lines[number].page:
        return None
    match = KIND_NAME_BELOW.match(follow.text.strip())
    if match is None:
        return None
    name = match.group("name").strip()
    if (len(name.split()) > NAME_LINE_WORDS or not re.search(r"(?-i:[A-ZÅÄÖ])|\d", name)
            or SENTENCE_VERB.search(name) or PRONOUN.search(name)):
        return None
    return name


def _paragraph_goes_on(lines: Sequence[Line], number: int) -> bool:
    """Return True when the line's sentence wraps onto the next line, set alike without a gap, and ends inside
    it, where another sentence begins: a paragraph wrapped by the page's width ('Remissvar ska vara
    Republikanska föreningens kansli (info@repf.se) tillhanda senast den 3 september' / '2018. Därefter
    kommer …', layout39), no call set as a heading."""
    text = lines[number].text.strip()
    if number + 1 >= len(lines) or text.endswith((".", "!", "?", ":")):
        return False
    line, follow = lines[number], lines[number + 1]
    if line.top is None or follow.top is None or not _same_face(line, follow) or gap_between(line, follow):
        return False
    return FULL_STOP_ON.search(follow.text.strip()) is not None


def _call_wrapped(lines: Sequence[Line], number: int) -> str:
    """Return the call line `number` with the line its sentence wraps onto when that line, set alike without
    a gap, ends the sentence ('Inbjudan till samråd för ansökan om inert deponi på fastigheterna' / 'Upplo
    1:1 …, Alingsås kommun.', positions known); else the line alone."""
    text = lines[number].text.strip()
    if number + 1 >= len(lines) or text.endswith((".", "!", "?", ":")):
        return text
    line, follow = lines[number], lines[number + 1]
    if line.top is None or follow.top is None:
        # a Word file's paragraph is never wrapped onto the next; one that breaks off mid-sentence goes on in
        # the next set alike that opens in lower case (a transcript's source lines pasted as paragraphs: 'Vi
        # vill ha dina åsikter om föreskrifterna innan de tas upp för beslut om' / 'antagande i fullmäktige.')
        if line.top is None and follow.top is None and _same_face(line, follow) and follow.text[:1].islower():
            return f"{text} {follow.text.strip()}"
        return text
    if _same_face(line, follow) and not gap_between(line, follow) and follow.text.strip().endswith("."):
        return f"{text} {follow.text.strip()}"
    return text


def _kind_in_subheading(lines: Sequence[Line], found: Found) -> Found | None:
    """Given the lines right under a heading whose matter is only a kind ('Kungörelse: Samråd om
    översiktsplan') and its title, return the sub-heading that names that kind more fully, without its own
    procedure ('Samråd av förslag till ny översiktsplan för Härryda kommun': 'förslag till ny översiktsplan
    för Härryda kommun'), or None."""
    matter = procedure_frame_stripped(found.value, found.line.text.strip())
    if not _bare_kind(matter):
        return None
    for line in lines:
        text = line.text.strip()
        if not _looks_like_heading(text) or SENTENCE_VERB.search(text):
            continue
        if not re.search(rf"(?<![\wåäö-]){re.escape(matter)}(?![\wåäö-])", text, re.IGNORECASE):
            continue
        sub = procedure_frame_stripped(text, text)
        if sub != text and len(sub) > len(matter):
            return Found(sub, line,
                         f"{found.skal}; rubriken namnger bara slaget, underrubriken det fulla ärendet")
    return None


def _kind_for(lines: Sequence[Line], found: Found) -> Found | None:
    """Given the lines under a heading that is only the document's kind ('Utställningsförslag
    renhållningsordning') and its title, return what the text says the kind is for ('renhållningsordning för
    Botkyrka, Salem, Nynäshamn, Haninge och Huddinge kommun'), or None."""
    if len(found.value.split()) != 1:
        return None
    text = Text.of(lines[:12])
    # a sentence that is only the name ('Utställningsförslag till renhållningsordning för Botkyrka, …'),
    # not one that says something of it ('VA-plan för Sjöbo kommun är framtaget och utskickat …')
    match = re.search(r"(?:^|[.!?]\s+)(?:[\wåäö]*förslag(?:et)?\s+till\s+)?(?P<name>" + re.escape(found.value)
                      + r"\s+(?:för|i|inom)\s+[^.;:!?]{3,120}?)(?=\.\s|\.?$|;)", text.joined, re.IGNORECASE)
    if match is None or SENTENCE_VERB.search(match.group("name")) or PRONOUN.search(match.group("name")):
        return None
    return Found(match.group("name"), text.line_at(match.start("name")),
                 f"{found.skal}; rubriken är bara dokumentets slag, titeln är namnet som en mening ger")


# what a bare kind's words may be besides the kind: 'Regional utvecklingsstrategi', 'Ny kulturplan'
BARE_QUALIFIER = re.compile(
    r"^(?:ny|nya|nytt|regional|regionala|regionalt|kommunal|kommunala|kommunalt|"
    r"gemensam|gemensamma|reviderad|reviderade|uppdaterad|uppdaterade)$",
    re.IGNORECASE,
)
ARTICLES = frozenset({"den", "det", "de", "en", "ett"})  # no genitive's noun phrase goes on with one
OWNER_WORDS = frozenset(
    {"dess", "vars", "hans", "hennes", "deras", "kommunens", "regionens", "länets", "statens"}
)


def _owned_name(lines: Sequence[Line], found: Found) -> Found | None:
    """Given the lines under a heading that names only a kind ('Regional utvecklingsstrategi på remiss') and
    its title, return the document as the text names it with its owner and name ('Skånes regionala
    utvecklingsstrategi – Det öppna Skåne 2030'), or None; a heading with a year, place or name is kept."""
    words = found.value.split()
    if not 1 <= len(words) <= 3 or re.search(r"\d", found.value):
        return None
    last = words[-1]
    if not _kind_word().fullmatch(last):
        return None
    if not all(BARE_QUALIFIER.match(w) for w in words[:-1]):
        return None
    stem = re.escape(last.lower()[: max(6, len(last) - 2)])
    pattern = re.compile(
        r"(?<![\wåäö-])(?P<doc>(?P<owner>(?:Region\s+)?[A-ZÅÄÖ][a-zåäö]+s)\s+(?:[a-zåäö-]+\s+){0,2}"
        rf"(?i:{stem})[\wåäö]*(?:\s+[–—-]\s+[A-ZÅÄÖ][^,.;:()]{{2,60}}?)?)"
        r"(?=\s*[,.;:]|\s+(?:har|är|som|ska|kommer|och|i|för)\b|$)"
    )
    text = Text.of(lines)
    for match in pattern.finditer(text.joined):
        owner = match.group("owner").split()[-1]
        if owner.lower() in OWNER_WORDS or owner in first_names():
            continue
        # the owner's genitive alone before the heading's own words ('Smedjebackens nya översiktsplan' under
        # 'Samråd om ny översiktsplan') names the sender, no fuller name: the heading's matter stands
        rest = match.group("doc")[match.end("owner") - match.start("doc"):].split()
        prefix = last.lower()[: max(6, len(last) - 2)]
        kind_at = next((i for i, w in enumerate(rest) if w.lower().startswith(prefix)), 0)
        if rest and (re.fullmatch(r"kommun|stad|län|region", rest[0]) or rest[0].lower() in ARTICLES
                     or kind_at > 0 and rest[kind_at][:1].isupper()):
            # (nya25: a place whose name ends in s, 'Torsås kommun' at the end of one line and
            # 'Översiktsplanen är digital …' opening the next: no owner's genitive, and a kind word in
            # capitals after other words opens a new sentence; missiv/torsas-oversiktsplan-samrad)
            # (titel38: no genitive takes an article after it: 'Läs den digitala översiktsplanen' is a call,
            # missiv/ystad-op2030-utstallning-2020)
            continue
        same = all(a.lower()[:2] == b.lower()[:2] for a, b in zip(rest, words, strict=False))
        if len(rest) == len(words) and same:
            continue
        return Found(match.group("doc").strip(), text.line_at(match.start("doc")),
                     f"{found.skal}; rubriken namnger bara slaget, titeln är dokumentet med ägare och "
                     "namn som texten ger")
    return None


PROPOSAL_LEAD = re.compile(r"^förslag(?:et)?\s+till\s+", re.IGNORECASE)  # 'Förslaget till Lidingös …'


def _owner_kind_in_full(lines: Sequence[Line], found: Found) -> Found | None:
    """Given the lines under a heading that names a place's document by its owner and kind alone ('Lidingös
    nya översiktsplan', from 'Förslaget till Lidingös nya översiktsplan ute för samråd') and its title, return
    the document as the text names it in full, its kind with its year and the place it is for ('Översiktsplan
    2050 för Lidingö stad'), or None; a heading with a year or a name of its own is kept. (titel38: the
    title keeps 'Förslaget till' before the owner now, README Facit; it is no part of the owner and kind.)"""
    words = PROPOSAL_LEAD.sub("", found.value).split()
    if not 2 <= len(words) <= 4 or re.search(r"\d", found.value):
        return None
    owner, kind = words[0], words[-1]
    if (not re.fullmatch(r"[A-ZÅÄÖ][a-zåäö]{2,}s", owner) or owner.lower() in OWNER_WORDS
            or not _kind_word().fullmatch(kind)
            or not all(BARE_QUALIFIER.match(w) for w in words[1:-1])):
        return None
    place = re.escape(owner[:-1])
    stem = re.escape(kind.lower()[: max(6, len(kind) - 2)])
    pattern = re.compile(rf"(?<![\wåäö-])(?P<doc>(?=(?-i:[A-ZÅÄÖ]))(?i:{stem})[\wåäö]*\s+(?:19|20)\d{{2}}"
                         rf"(?:\s*[–-]\s*(?:19|20)?\d{{2}})?\s+för\s+{place}(?:\s+(?:stad|kommun|län))?)\b")
    text = Text.of(lines)
    match = pattern.search(text.joined)
    if match is None:
        return None
    return Found(match.group("doc"), text.line_at(match.start("doc")),
                 f"{found.skal}; rubriken namnger planen med ägare och slag, titeln är planens namn med år "
                 "och ort som texten ger det")


def _completed(found: Found, lines: Sequence[Line]) -> Found:
    """Given a title cut inside a number at a line end ('… förordning (EU) nr 609/'), return it completed from
    the same words further on in the text ('… nr 609/2013'), or one cut after its last preposition where
    the text repeats it in a sentence of its own; else the title as it is."""
    if re.search(CUT_AFTER, found.value) and len(found.value.split()) >= 4:
        return _completed_sentence(found, lines)
    if not re.search(r"\w[/-]$", found.value):
        return found
    tail = r"\s+".join(re.escape(w) for w in found.value.split()[-3:])
    match = re.search(tail + r"(?P<rest>[\w/-]+)", Text.of(lines).joined)
    if match is None:
        return found
    return Found(found.value + match.group("rest"), found.line,
                 f"{found.skal}; numret som radslutet kapade, helt där texten upprepar det")


# a title that stops on a preposition or a conjunction was cut where its heading's last line went into
# the paragraph ('… och utlämnande av' / 'läkemedel och teknisk sprit Läkemedelsverket översänder …')
CUT_AFTER = r"\s(?:av|och|för|om|till|med|på|från|vid|över|inom|samt|i)$"
COMPLETION_WORDS = 8


def _completed_sentence(found: Found, lines: Sequence[Line]) -> Found:
    """Given a title cut after a preposition, return it with the rest the text gives where it repeats the
    title's last words in a sentence ('… översänder härmed förslag till … utlämnande av läkemedel och teknisk
    sprit.'): a few words to the sentence's end, no sentence verb; else the title as it is."""
    tail = r"\s+".join(re.escape(w) for w in found.value.split()[-4:])
    for match in re.finditer(tail + r"\s+(?P<rest>[^.!?;:]{2,120}?)\.(?:\s|$)", Text.of(lines).joined):
        rest = match.group("rest").strip()
        if len(rest.split()) > COMPLETION_WORDS or SENTENCE_VERB.search(rest) or PRONOUN.search(rest):
            continue
        whole = f"{found.value} {rest}"
        # (lista40) the procedure the sentence puts the document to is no part of it: '… godkänna Detaljplan
        # för del av Hammar 9:151 i' / 'Kristianstad för granskning.' (a printed web page's line break)
        cleaned = clean_title(whole)
        if cleaned and cleaned.startswith(found.value) and len(cleaned) > len(found.value):
            whole = cleaned
        return Found(whole, found.line,
                     f"{found.skal}; rubrikens sista ord kapade, hela där texten upprepar titeln")
    return found


def _report_titel_steps(lines: Sequence[Line], chosen: Found | None) -> None:
    """Report each title step's own reading as a candidate (only under `tolka --forklara`), with why the
    chosen one went before it: the steps are tried in order, and a heading that only names a call, a
    procedure or a news item gives way to the matter the text names."""
    seen = {chosen.value} if chosen is not None else set()
    for step in (find_titel, title_from_layout, _first_heading_line):
        found = step(lines)
        if found is None or found.value in seen:
            continue
        seen.add(found.value)
        forklara.kandidat("titel", found.value, f"{found.skal}; inte vald (se Därför och Ordning)",
                          found.line)


def _kind_named(lines: Sequence[Line], found: Found) -> Found | None:
    """Given a heading that is a plan's kind in its state ('Nytt förslag på översiktsplan nu för granskning'),
    return the kind as the text names it ('… samrådsförslaget för ny översiktsplan'), or None.

    The state words ('Nytt förslag på', 'nu för granskning') are no part of the title; the kind alone is none
    either, the text's own name for it is."""
    kind = STAGE_SUFFIX.sub("", STATE_PREFIX.sub("", found.value)).strip(" .")
    if kind == found.value or len(kind.split()) != 1:
        return None
    text = Text.of(lines[:60])
    # the plan's name is its kind with its year ('Översiktsplan 2023 är en revidering …'), else the kind
    # qualified ('… samrådsförslaget för ny översiktsplan')
    year = r"\s+(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2})?\b"
    match = (re.search(r"\b" + re.escape(kind) + year, text.joined, re.IGNORECASE)
             or re.search(QUALIFIED + re.escape(kind) + r"\b", text.joined, re.IGNORECASE))
    if match is None:
        return None
    return Found(match.group(0), text.line_at(match.start()),
                 f"{found.skal}; rubriken är planens slag i sitt skede, titeln som texten namnger den")


DEFINITE_ENDINGS = r"(?:en|et|n|t|na|men|met|erna|arna|orna|rna)"
# the words that qualify a kind in its full name ('Lokal Utvecklingsstrategi', 'regionala kulturplan'): no
# small word of a sentence before it
NEW_WORDS = frozenset({"ny", "nya", "nytt"})
NOT_QUALIFIER = frozenset("av till på om för och i en ett det den de att som med från är har nu finns vår er "
                          "din ny nya nytt detta denna dessa".split())


def _definite_kind_named(lines: Sequence[Line], found: Found) -> Found | None:
    """Given a heading that speaks of the matter only by its kind in the definite form ('Du kan påverka
    beredningen av landskapsprogrammet!', 'Ge synpunkter på utvecklingsstrategin') and the page's lines,
    return the matter as the text names it in full: the kind with its owner, qualifier, year or whom it is for
    ('Österbottens landskapsprogram 2018–2021', 'Lokal Utvecklingsstrategi för Leader Folkungaland'), or None.
    A heading with a year or a name of its own names the matter itself."""
    words = re.findall(r"[\wåäöÅÄÖ-]+", found.value)
    if not words or re.search(r"\d", found.value) or any(w[:1].isupper() for w in words[1:]):
        return None
    kinds = _kinds()
    last = re.fullmatch(rf"(?P<kind>[\w-]*?(?:{kinds})){DEFINITE_ENDINGS}", words[-1], re.IGNORECASE)
    if last is None or len(last.group("kind")) < 8:  # 'planen' alone is no matter's kind to look for
        return None
    if len(words) >= 2 and words[-2].lower() in NEW_WORDS:
        return None  # 'den nya cykelplanen' names the new document itself (README: 'den nya avfallsplanen')
    kind = re.escape(last.group("kind"))
    word = r"[\wåäöÅÄÖ-]+"
    pattern = re.compile(
        rf"(?<![\wåäöÅÄÖ-])(?P<doc>(?P<before>(?:{word}\s+){{0,2}})(?i:{kind})"
        rf"(?P<after>\s+(?:19|20)\d{{2}}(?:\s*[-–]\s*(?:19|20)?\d{{2}})?"
        # (the kommun a genitive names: 'för Nordmalings kommun')
        rf"|\s+för\s+[A-ZÅÄÖ]{word}(?:\s+[A-ZÅÄÖ]{word}){{0,3}}(?:\s+(?:kommun|stad|län|region))?)?)"
        r"(?![\wåäöÅÄÖ-])"
    )
    text = Text.of(lines[:60])
    for match in pattern.finditer(text.joined):
        before = match.group("before").split()
        # ('ny' right before the kind stays, README: 'ny översiktsplan för Nordmalings kommun')
        while before and before[0].lower() in NOT_QUALIFIER | OWNER_WORDS and before != before[-1:]:
            before = before[1:]
        if before and before[0].lower() in (NOT_QUALIFIER - NEW_WORDS) | OWNER_WORDS:
            before = []  # (one word left, right before the kind: only 'ny' stays)
        owner = bool(before) and before[0][:1].isupper()  # 'Österbottens', 'Lokal' (a name's own capital)
        if not (owner or match.group("after")):
            continue  # the kind alone or with a sentence's words before it: no fuller name
        if any(w.lower() in NOT_QUALIFIER - NEW_WORDS for w in before):
            continue
        doc = " ".join([*before, match.group("doc")[len(match.group("before")):]])
        return Found(re.sub(r"\s+", " ", doc).strip(), text.line_at(match.start("doc")),
                     f"{found.skal}; rubriken nämner ärendet bara med slaget i bestämd form, titeln är det "
                     "fulla namnet som texten ger")
    return None


def _first_heading_line(lines: Sequence[Line]) -> Found | None:
    """Given a notice's lines set without a larger heading, return its first heading-like line: short,
    capitalised, no full stop, not the sender's name, a date or a page's meta line ('Publicerad …'); a line
    cut before 'om …' is joined ('Välkommen till samrådsmöte' / 'om Trysslinge vindkraftpark')."""
    for index, line in enumerate(lines[:8]):
        text = line.text.strip()
        if len(text) > 100 and text.endswith((".", "!")):
            return None  # the body text has begun (a paragraph of sentences): a heading stands above it
        if index and BODY_SENTENCE_END.search(" ".join(above.text.strip() for above in lines[:index])):
            return None  # … also when it wraps over short lines ('… upp emot 400 personer deltagit i
            # detta arbete.'): a line under it is a link or a sub-heading ('Ladda ner remissversionen …')
        if BREADCRUMB.match(text) or PATH_END.search(text):
            continue  # 'Hem / Nyheter / Remissförslag - …', 'Årsstämma 2018 >': the page's path, the heading
            # follows
        if _looks_like_heading(text) and news_verb().search(text) and not SENTENCE_END.search(text):
            # a news heading at the top ('Kommunen har tagit fram nya avfallsföreskrifter'): what it names
            # is read from it (choose_titel)
            return Found(text, line, "nyhetsrubriken överst (ingen större rubrik)")
        if (not _looks_like_heading(text) or STOP_TITLE.match(text) or HEADER_DATUM.match(text)
                or notice_field(text)):  # (titel41) 'Anslaget: 3 mars 2025', a notice board's field
            continue
        if _org_name(text) or _name_like(text):
            continue
        if re.search(r"\d{4}-\d{2}-\d{2}", text):
            # a date line, unless the date is the procedure's in a heading that names the matter ('Granskning
            # av översiktsplan 2045, 2024-03-01', '2024-03-01 Samråd om …'): the heading without the date
            undated = re.sub(r"\s*\b\d{4}-\d{2}-\d{2}\b\s*:?\s*", " ", text).strip(" ,:–—-")
            if not (_frame_words()[0].search(undated) and _procedure_frame()[0].match(undated)):
                continue
            text = undated
        rest = lines[index + 1].text.strip() if index + 1 < len(lines) else ""
        if _wrapped_sentence(lines[index : index + 5]):
            continue  # 'Planen anger kommunernas viljeinriktning för' / 'vattenanvändningen … för att öka' /
            # '… till havs.': a long sentence set large, wrapped over lines, is no heading
        lead = rest[:1].islower() and (line.bold or line.size > body_size(lines))
        if lead and _inside_lead(lines, index + 1):
            continue  # a lead of sentences set bold or large opens the page ('Organisationskommittén skickade
            # i början av januari ut ett' / 'förslag på ny …'): no heading, the page has none
        if rest[:1].islower() and len(rest.split()) <= 8 and not rest.endswith((".", ",", ":")) \
                and not navigation_line(rest):  # 'Bygga, bo och miljö' over 'twitter': the page's share link
            text = f"{text} {rest}"
        elif name_rest(text, rest):
            text = f"{text} {rest}"  # (titel36) '… för handel på del av' / 'Produkthusområdet'
        elif rest[:1].islower() or rest[:1].isdigit() or SENTENCE_TAIL.match(rest) and text[-1:].isalpha():
            continue  # a sentence that goes on on the next line ('… till ny regional' / 'kulturplan …'), also
            # into a name's last word and its full stop ('… för Leader' / 'Folkungaland. Denna version …')
        if INSTRUCTION.match(text) and frame_stripped(text) == text:
            continue  # 'Märk svaret med: ”Remissvar kulturplan …”' tells what to do, names nothing; a call
            # around a matter names it ('Läs och lämna synpunkter på den nya översiktsplanen')
        title = _cleaned_or_word(text, text)
        if title and SENTENCE_VERB.search(frame_stripped(procedure_frame_stripped(title, text))):
            continue  # 'Regeringen har den 14 juni 2021 remitterat förslag …' is a sentence, no heading; a
            # call's verbs around the matter are its frame ('Du kan påverka arbetet med den nya …')
        event = EVENT_HEADING.match(text)
        if title and not _shares_word(title, lines[index + 1 : index + 25]):
            continue  # a news item or link from the site's list ('En annorlunda nationaldag - …'): the text
            # below never speaks of it
        if title and (event or not generic_heading(title)):
            return Found(title, line, "första rubrikliknande raden överst (ingen större rubrik)")
    return None


def _wrapped_sentence(lines: Sequence[Line]) -> bool:
    """Return True when the first line goes on, line after line each opening in lower case, into a sentence of
    more than twelve words that ends in a full stop."""
    words = lines[0].text.split() if lines else []
    for line in lines[1:]:
        text = line.text.strip()
        if not text[:1].islower():
            return False
        words += text.split()
        if text.endswith("."):
            return len(words) > WRAPPED_SENTENCE_WORDS
    return False


WRAPPED_SENTENCE_WORDS = 12
# a sentence's last words, capitalised, with its full stop at the start of a line and more text after it
SENTENCE_TAIL = re.compile(r"^(?-i:[A-ZÅÄÖ])[\wåäö-]*(?:\s+[\wåäö-]+){0,2}\.\s+\S")


# a sentence of twelve words or more that ends where a line ends: the body text has begun
BODY_SENTENCE_END = re.compile(r"(?:^|[.!?]\s)(?:[^\s.!?]+\s+){11,}[^\s.!?]+[.!]$")
SPOKEN_OF_WORDS = 60  # a text under a heading this long speaks of the heading's matter in its own words


def _shares_word(title: str, lines: Sequence[Line]) -> bool:
    """Return True when the text of lines holds a word of the title (its first five letters, words of five
    letters or more), or the title has no such word, or the text is too short to speak of anything (a
    regeringen.se page with only its deadline sentence under the heading): a heading is spoken of in the
    text under it."""
    stems = {w.lower()[:5] for w in re.findall(r"[\wåäöÅÄÖ]{5,}", title)}
    below = " ".join(line.text for line in lines).lower()
    return not stems or len(below.split()) < SPOKEN_OF_WORDS or any(stem in below for stem in stems)


def _repeated_heading(lines: Sequence[Line]) -> Found | None:
    """Given a page's lines with no heading found (no layout, a heading too long or ending in 'm.m.' to look
    like one), return its first line when the text below repeats it: 'Det nödvändiga ska vara tillåtet – en
    lag om …, Ds 2024:33' over '… har remitterat Ds 2024:33, Det nödvändiga ska vara tillåtet – en lag om …'
    (its first words, case aside); the repetition vouches for a long heading and for one word
    ('Cykelregler')."""
    for index, line in enumerate(lines[:4]):
        text = line.text.strip()
        starts = text[:1].isupper() or text[:1].isdigit()  # '2019 års Haagkonvention om …'
        if not starts or len(text) > TITLE_MAX_CHARS or SENTENCE_END.search(text):
            continue
        if _org_name(text) or _name_like(text):
            continue  # the sender's name over a text that names it again ('Folkhälsomyndigheten')
        bare = DOC_KIND.sub("", TITLE_PREFIX.sub("", text), count=1).strip(" .:")
        title = clean_title(text) or (bare if ONE_WORD_TITLE.fullmatch(bare) else "")
        below = re.sub(r"\s+", " ", " ".join(follow.text for follow in lines[index + 1 : index + 4])).lower()
        key = " ".join(title.rstrip(" .").split()[:6]).lower()
        if len(key) >= 8 and key in below and not generic_heading(title):
            return Found(title, line, "första raden, som texten under upprepar (ingen rubrik i layouten)")
    return None


BREADCRUMB = re.compile(r"^(?:hem|start|startsida|home)\s*[/›>»|]\s*\S", re.IGNORECASE)
# a path ending in its separator, the page itself left out ("Årsstämma 2018 >" over the page's heading)
PATH_END = re.compile(r"\S\s*[›>»]\s*$")
SENTENCE_END = re.compile(r"[.!?]\s+[A-ZÅÄÖ]")
# a line that tells the reader what to do: no heading ('Märk svaret med: …', 'Skicka remissvaret senast …')
INSTRUCTION = re.compile(r"^(?:märk|ange|skicka|svara|läs|kontakta|klicka|ring|mejla|maila|se)\b",
                         re.IGNORECASE)


def _subject_line(lines: Sequence[Line]) -> Found | None:
    """Given lines, return the remiss a 'Remissbehandling: X' line names, or None."""
    for line in lines:
        match = SUBJECT_LINE.match(line.text.strip())
        if match:
            title = clean_title(match.group("doc"))
            if title and not generic_heading(title):
                return Found(title, line, "raden som namnger remissen ('Remiss: …')")
    return None


def _name_lines(lines: Sequence[Line], found: Found) -> list[Line]:
    """Given lines and a title read from a name, return the line it came from and the lines under it that
    hold the rest of it ('Hästholmen-Ytteröns' / 'Samhällsförening', a narrow letterhead cell's wrap)."""
    named = [found.line]
    index = lines.index(found.line) if found.line in lines else len(lines)
    rest = found.value[len(found.line.text.strip()) :].strip() if found.value.startswith(
        found.line.text.strip()) else ""
    for line in lines[index + 1 : index + 3]:
        if not rest or not rest.startswith(line.text.strip()):
            break
        named.append(line)
        rest = rest[len(line.text.strip()) :].strip()
    return named


def _plan_in_sentence(lines: Sequence[Line], found: Found) -> Found | None:
    """Given the lines under a call heading that names a plan by a short name ('Tyck till om detaljplan för
    Lägret senast 8/12') and its title, return the plan's formal name as a sentence below names it when it
    holds every word of the short name ('förslag till detaljplan för Del av Lägret, Dp 422'); else None. A
    heading with the procedure before the plan ('Samråd av detaljplan för Ny skola, Filipstad') names it as
    shortly ('… för Ny skola F-6, Filipstad' in the sentence)."""
    line = found.line.text.strip()
    call = CALL_TITLE.match(line) is not None
    value = found.value if call else procedure_frame_stripped(found.value, line)
    # (the procedure may be stripped already: 'Utställning: detaljplan för …' read as 'detaljplan för …')
    framed = call or value != found.value or found.value in line and not line.startswith(found.value)
    if not framed or not PLAN_NAME.match(value):
        return None
    frame = _frame_words()[2]  # the time after the name is no part of it ('… senast 8/12')
    words = [w.lower() for w in re.findall(r"[\wåäöÅÄÖ]{4,}", value) if not frame.match(w)]
    short = re.split(r"\s+senast\b", value, maxsplit=1)[0]
    text = Text.of(lines)
    for match in PLAN_IN_SENTENCE.finditer(text.joined):
        # (without the sentence's verb: 'förslag till detaljplan för Kvarnen 4 är nu ute på samråd')
        doc = _before_predicate(match.group("doc")).strip(" ,;")
        if not call and not re.match(r"förslag", value, re.IGNORECASE):
            # (the procedure's heading names the plan, the sentence the proposal of it: the plan's name)
            doc = re.sub(r"^förslag(?:et)?\s+till\s+", "", doc, flags=re.IGNORECASE)
        if (len(doc) > len(short) and all(word[:5] in doc.lower() for word in words)
                and not _names_no_more(doc, short)):
            return Found(doc, text.line_at(match.start("doc")),
                         f"{found.skal}; uppmaningen namnger planen kort, texten namnger förslaget helt")
    return None


# what a sentence sets after a plan's name that names no more of the plan: the properties it lies on ('…,
# fastigheterna SJUKSTUGAN 1 med flera') and the kommun and län it lies in ('…, i Vindelns kommun,
# Västerbottens län'; the kommun after the name makes the plan, tests/korpus/README.md)
PROPERTY_APPOSITION = re.compile(r",\s*(?:på\s+|inom\s+)?fastighet(?:en|erna)\s+[^,]*", re.IGNORECASE)
PLACE_IN = re.compile(r"(?:,\s*(?:i\s+)?(?-i:[A-ZÅÄÖ])[\wåäö-]+\s+(?:kommun|län))+\s*$", re.IGNORECASE)


def _names_no_more(doc: str, title: str) -> bool:
    """Given a plan's name as a sentence below its heading gives it and the heading's title, return True when
    the sentence names nothing more than the heading once its property list and its place are struck: every
    word is the heading's, in other case or with a typo inside the word ('detaljplan för SJUKSTIÙGAN 1,
    fastigheterna SJUKSTUGAN 1 med flera, i Vindelns kommun, Västerbottens län' under 'Detaljplan för
    Sjukstugan 1': the heading's cleaner name is the title)."""
    bare = PLACE_IN.sub("", PROPERTY_APPOSITION.sub("", doc)).strip(" ,;")
    heading = PLACE_IN.sub("", title).strip(" ,;")
    if bare == doc.strip(" ,;"):
        return False  # nothing struck: the longer name is the sentence's own
    keys = {word.casefold()[:5] for word in re.findall(r"\w+", heading)}
    # (titel29: the preposition that joins the kind to the place is no more, 'Fördjupad översiktsplan för
    # Gustafs tätort, Säters kommun, Dalarnas län' under 'Fördjupad översiktsplan Gustafs tätort')
    return all(word.casefold()[:5] in keys for word in re.findall(r"\w+", bare)
               if word.casefold() not in NAME_LINKS)


NAME_LINKS = frozenset({"för", "över", "inom", "vid", "i", "av", "till", "omfattande"})


PLACE_WORDS = 5  # a heading that only names the plan's place is short ('Sulfitenområdet', 'Karta över X')


# (kalla35) a heading that is only a property's designation, its name and number ('Plasten 2', 'Hammar 9:151',
# Kristianstad's plan pages, missiv/kristianstad-hammar9151-dp-granskning): a place, as an area's name is
PROPERTY_HEADING = re.compile(r"(?-i:[A-ZÅÄÖ])[\wåäö-]+(?:\s+(?-i:[A-ZÅÄÖ])[\wåäö-]+)?\s+\d+(?::\d+)?")


# (kalla36) what the plan brings after the place and a comma, in lower case ('Forshälla Bräcke, bostäder',
# 'Västra Skogslyckan, förtätning', Uddevalla's plan pages): the project's name, more than the place
PURPOSE_AFTER_PLACE = re.compile(
    r",\s*(?-i:[a-zåäö])[\wåäö-]+(?:\s+(?:och|samt)\s+(?-i:[a-zåäö])[\wåäö-]+)?\s*$"
)


def _place_plan_in_sentence(lines: Sequence[Line], found: Found) -> Found | None:
    """Given the lines under a heading that only names a place ('Sulfitenområdet', a map's caption 'Karta över
    Sulfitenområdet') and its title, return the plan over that place as a sentence below names it ('att ett
    förslag till ändring av stadsplan över Sulfitenområdet kan gå ut på samråd': 'ändring av stadsplan över
    Sulfitenområdet'), or None. The place is the heading's names (its capitals after the first word)."""
    words = re.findall(r"[\wåäöÅÄÖ-]+", found.value)
    designation = PROPERTY_HEADING.fullmatch(found.value.strip())
    if (not 0 < len(words) <= PLACE_WORDS or not found.value[:1].isupper() or _kind_in(found.value)
            or PURPOSE_AFTER_PLACE.search(found.value)
            or generic_heading(found.value) or re.search(r"\d", found.value) and not designation):
        return None
    names = [w for w in words[1:] if w[:1].isupper()] or words[:1]
    keys = [w.lower()[:5] for w in names if len(w) >= 4]
    if designation:  # the property with its number ('Hammar 9:151'), not its name alone
        keys = [re.sub(r"\s+", " ", found.value.strip().lower())]
    text = Text.of(lines)
    for match in PLAN_IN_SENTENCE.finditer(text.joined):
        # (a relative clause after the name is no part of it: '… över Norra Strandängen som nu är ute …')
        doc = re.split(r"\s+som\s", _before_predicate(match.group("doc")), maxsplit=1)[0].strip(" ,;")
        doc = re.sub(r"^förslag(?:et)?\s+till\s+", "", doc, flags=re.IGNORECASE)  # the plan, as the heading
        # (the kind written twice: 'förslag till detaljplan för Detaljplan för Plasten 2 m.fl.')
        doc = re.sub(r"^(?P<kind>[\wåäö]+\s+(?:för|över)\s+)(?=(?P=kind))", "", doc, flags=re.IGNORECASE)
        if keys and all(key in doc.lower() for key in keys):
            return Found(doc, text.line_at(match.start("doc")),
                         f"{found.skal}; rubriken är bara platsens namn, texten namnger planen över den")
    return None


FORMAL_NAME_LABEL = re.compile(r"\bplanens\s+formella\s+namn\b", re.IGNORECASE)


def _plan_name(lines: Sequence[Line], title: str) -> Found | None:
    """Given the lines under a plan's short heading ('Heden - Verksamheter och bostäder vid Smålandsgatan')
    and the heading's title, return the plan's formal name when it holds every word of the heading."""
    words = [w.lower() for w in re.findall(r"[\wåäöÅÄÖ]{4,}", title)]
    names = re.findall(r"(?<![\wåäöÅÄÖ])[A-ZÅÄÖ][\wåäöÅÄÖ]{3,}", title)  # the heading's places, capitalised
    numbers = re.findall(r"\d+(?::\d+)?", title)  # a property's number is part of the name ('Matarengi 28:8')
    if not words:
        return None
    for index, line in enumerate(lines):
        text = line.text.strip()
        if index and _goes_on_from(lines[index - 1], line):
            continue  # the line opens inside the sentence above ('… att genomföra granskning av' /
            # 'detaljplan för …'): where the page's width breaks it, not a name of its own (robust28)
        rest = lines[index + 1].text.strip() if index + 1 < len(lines) else ""
        # (a name that opens inside the line after the fields run into it wraps a longer rest)
        inside = PLAN_KIND_INSIDE.search(text) is not None and not re.search(r"[.!?]\s", rest)
        joined = True
        # (kalla41: also at a parenthesis, '… för norra området' / '(Godvädersgatan) inom stadsdelen …')
        opens = rest[:1].islower() or inside and rest[:1] == "(" and rest[1:2].isupper()
        if opens and (len(rest) < 60 or inside and len(rest) < 100):
            text = f"{text} {rest}"  # the name wrapped: '… vid Smålandsgatan inom' / 'stadsdelen Heden'
        elif text.endswith(",") and rest or rest[:1].islower() and SENTENCE_VERB.search(
                re.split(r"[.!?](?:\s|$)", rest)[0]):
            # the sentence goes on to its verb: '…, Simrishamns kommun,' / 'Skåne län, är …', also broken
            # inside a place ('…, Simrishamns kommun, Skåne' / 'län, är föremål för …')
            text = f"{text} {rest}"
        else:
            joined = False
        # or wrapped before a name: '… inom stadsdelen' / 'Heden', or before a number: '… Matarengi' / '28:8
        # m.fl, Övertorneå kommun.' (tried when the line lacks a word or number; not joined twice, '…,
        # Vindelns kommun,' / 'Västerbottens län')
        kort_rest = rest[:1].isupper() and len(rest.split()) <= 2 and not re.search(r"[\d.!?:]", rest)
        nummer_rest = rest[:1].isdigit() and len(rest) < 60 and any(rest.startswith(n) for n in numbers)
        # or before the name the number belongs to: '… för Östra industriområdet' / 'Matarengi 28:8 m.fl,
        # Övertorneå kommun.' (a transcript's lines kept as paragraphs; robust28)
        nummer_rest = nummer_rest or (len(rest) < 60 and not re.search(r"[.!?:]$", text) and any(
            _number_in(n, rest) and not _number_in(n, text) for n in numbers))
        more = (kort_rest or nummer_rest) and not joined
        for candidate in (text, f"{text} {rest}") if more else (text,):
            match = PLAN_NAME.match(candidate) or _plan_name_after_label(candidate)
            if match is None:
                continue
            doc = _before_predicate(match.group("doc")).strip(" ,;")  # '… 28:8 m.fl,' / 'Övertorneå kommun.'
            name = doc.lower()
            # (kalla41) a name the page labels as the plan's formal one holds the heading's names, not its
            # description: 'Biskopsgården - utbyggnad av bostadshus vid Godvädersgatan' over '• Planens
            # formella namn Ändring av del av detaljplan för norra området (Godvädersgatan) inom stadsdelen
            # Biskopsgården'
            labelled = FORMAL_NAME_LABEL.search(candidate[: candidate.find(match.group("doc"))]) is not None
            needed = [w.lower() for w in names] if labelled and names else words
            if (len(doc) > len(title) and all(word[:5] in name for word in needed)
                    and all(_number_in(n, doc) for n in numbers)
                    and not _same_name(clean_title(doc), title) and not _names_no_more(doc, title)
                    and not _names_no_more(candidate.strip(" ,;."), title)):  # (its place struck, titel29)
                return Found(doc, line, "planens formella namn under rubrikens korta namn")
    return None


def _number_in(number: str, text: str) -> bool:
    """Return True when a property's number ('28:8') stands in text as a number of its own."""
    return re.search(rf"(?<![\d:]){re.escape(number)}(?![\d:])", text) is not None


def _goes_on_from(above: Line, line: Line) -> bool:
    """Return True when a line of a PDF opens in lower case inside the sentence of the line above, set alike
    (that line ends in a word, no full stop, colon or list mark): a line the page's width broke. A Word
    paragraph is never wrapped, but one that ends on a word no sentence ends on goes on in the next when that
    does not end the sentence either ('… att genomföra granskning av' / 'detaljplan för Öckerö nya
    Kretsloppspark på fastigheten Heden 1:300 vid Hönö' / 'Pinan.', a transcript's source lines pasted as
    paragraphs: a name cut short; one that runs to its full stop is read whole)."""
    text, before = line.text.strip(), above.text.strip()
    placed = above.top is not None and line.top is not None
    word = (above.top is None and line.top is None and re.search(CUT_AFTER, before) is not None
            and not text.endswith((".", "!", "?")))
    return (placed or word) and text[:1].islower() and before[-1:].isalpha() and _same_face(above, line)


def _same_name(name: str, title: str) -> bool:
    """Return True when name is title spelt otherwise: a space or a dash for a hyphen, other case
    ('Detaljplan för Bärstad Smörsoppsvägen' under 'Detaljplan för Bärstad-Smörsoppsvägen')."""
    def key(text: str) -> str:
        return re.sub(r"[\s\-‐–—]+", " ", text).strip(" ,;.").casefold()
    return key(TITLE_SUFFIX.sub("", name)) == key(title)


# the places a sentence sets after a plan's name before its verb: ', Skillinge, Simrishamns kommun, Skåne län'
PLACE_APPOSITION = re.compile(r"(?:,\s*(?-i:[A-ZÅÄÖ])[\wåäö-]+(?:\s+(?:kommun|län|stad))?)+\s*,?\s*$")


def _before_predicate(doc: str) -> str:
    """Given a plan's name read from a line, return it without the sentence it opens: the procedure it is
    sent on ('… på samråd'), the verb and what follows and the places set after the name before the verb
    ('Detaljplan för Kvarnby 15:217 (Skillinge skola), Skillinge, Simrishamns kommun, Skåne län, är föremål
    för granskning …' is 'Detaljplan för Kvarnby 15:217 (Skillinge skola)')."""
    ram = _titel_modell()["forfarande_ram"]
    # the procedure a sentence sends the plan on after its name ('… att skicka ut förslag till' / 'detaljplan
    # för del av Sunnanå 12:3 m.fl., väster om Stora Bernstorps gård på samråd.', a line opening at the name)
    omgang = "|".join(ram["fore_attribut"])
    # (titel32: with the passive verb that sends it, '… skickas nu ut på samråd', '… ställs ut för
    # granskning')
    sent = r"(?:\s+(?:skickas|sänds|ställs|läggs|går)(?:\s+(?:nu|härmed|därför))?\s+ut)?"
    target = rf"{sent}\s+(?:på|för)\s+(?:(?:{omgang})\s+)?(?:{'|'.join(ram['mal'])})\.?$"
    doc = re.sub(target, "", doc, flags=re.IGNORECASE)
    verb = SENTENCE_VERB.search(doc)
    if verb is None:
        return doc
    return PLACE_APPOSITION.sub("", doc[: verb.start()].rstrip(" ,"))


# the plan's kind with its capital inside a line, where a transcript ran the page's fields together
# ('Diarienummer SBK BN0545/19 Planens formella namn Detaljplan för verksamheter')
PLAN_KIND_INSIDE = re.compile(r"(?<=\s)(?:Förslag till|Tillägg till|Ändring av|Upphävande av|Detaljplan|"
                              r"Planprogram|Program till|Områdesbestämmelser|Fördjupad|Fördjupning av|"
                              r"Tematiskt)\b")


def _plan_name_after_label(text: str) -> re.Match[str] | None:
    """Given a line, return the plan's name that opens after the other fields run into it, or None."""
    for kind in PLAN_KIND_INSIDE.finditer(text):
        match = PLAN_NAME.match(text[kind.start() :])
        # the rest of the line is the name alone, no sentence ('… Falu tätort … är nu ute på samråd och vi …')
        doc = match.group("doc") if match is not None else ""
        if match is not None and not (SENTENCE_VERB.search(doc) or PRONOUN.search(doc)):
            return match
    return None


# a heading that names only the samråd, not what it is held on: 'Inbjudan till samråd i Kiruna', 'Fortsatt
# samråd Dåva-Sävar', 'Cementa bjuder in till samråd enligt miljöbalken samt öppet hus den 10 november' (a
# place, a project's short name or a date after the procedure, no 'om …'/'för …'); or a page on the process
# ('Tillstånds- och samrådsprocessen')
SAMRAD_HEADING = re.compile(
    # (titel30: also the samråd's kind in one word or its meeting, 'Avgränsningssamråd', 'Inbjudan till
    # undersökningssamråd', 'Inbjudan till samrådsmöte')
    # (titel32: also a welcome, 'Välkommen till samråd', and not when the lagrum comes before the matter,
    # 'Avgränsningssamråd enligt miljöbalken för kapacitetsökning av …': that heading names it)
    # (also 'Kallelse till samråd', 'Pågående samråd', 'Samrådsinbjudan', a bare 'Inbjudan')
    r"^(?:inbjudan$|(?:(?:inbjudan|kallelse|välkommen)\s+till\s+|fortsatt\s+|nytt\s+|förnyat\s+|"
    r"kompletterande\s+|utökat\s+|pågående\s+)?"
    r"(?:avgränsnings|undersöknings)?samråd(?:et|smöte(?:t|n)?|sinbjudan)?"
    r"|(?:[\wåäöé-]+\s+){1,4}(?:in)?bjuder\s+(?:in\s+)?till\s+(?:avgränsnings|undersöknings)?samråd)"
    r"(?!\s*(?:enligt\s+(?:[\w.§-]+\s+){0,4}?(?:miljöbalken|plan-\s+och\s+bygglagen|pbl)\s+)?"
    # (titel33: a topic in one word in lower case after the preposition names no matter either, 'Inbjudan till
    # samråd om vindkraft', 'Samråd om vattenverksamhet': the text names the project; a kind is caught by
    # _frame_words, a name has its capital, 'Samråd om Arvidsbo')
    r"(?::|(?:om|för|kring|gällande|angående|avseende|inför)(?!\s+(?-i:[a-zåäö])[\wåäö-]+\s*!?$)|av)\b)"
    r"!?(?:\s+.*)?$"
    r"|^.*\bsamrådsprocess(?:en)?$"
    # news of the samråd's meetings, not of its matter: 'Planerade samrådsmöten ställs in på grund av
    # coronaviruset' (the samråd goes on; the text names what it is held on)
    r"|^(?:[\wåäö]+\s+)?samrådsmöte(?:t|n|na)?\s+(?:ställs\s+in|flyttas|skjuts\s+upp|blir\s+digitala?|"
    r"hålls\s+digitalt|ersätts)\b.*$"
    # (rest44) the samråd's owner and that it has begun, no matter: 'Vattenmyndighetens samråd är igång' (a
    # water council passing the authority's samråd on, prov37/lygnerns-vattenrad-vattenmyndighetens-samrad)
    r"|^(?:[\wåäö-]+s\s+)?samråd(?:et)?\s+(?:är\s+(?:nu\s+)?(?:igång|öppet)|pågår|startar|inleds|öppnar|"
    r"har\s+(?:nu\s+)?(?:startat|börjat|inletts|öppnat))(?:\s+nu)?\s*!?$",
    re.IGNORECASE,
)
# the law a samråd is held by, its chapter too ('6 kap. miljöbalken', 'miljöbalken 6 kap 4 §'; titel32: the
# chapter's full stop ended the sentence before)
SAMRAD_LAW = (r"(?:[^.!?]|(?<=\bkap)\.){0,40}?(?:miljöbalken|plan-\s+och\s+bygglagen)"
              r"(?:\s+\d+\s+kap\.?(?:\s+\d+\s*§+)?)?")
# (titel37) the ones a samråd is held with after 'för' are no matter: 'inbjuder härmed till undersöknings- och
# avgränsningssamråd för myndigheter, organisationer, markägare, allmänheten och enskilda som …'
# (prov35/eon-kvillsfors-undersokningssamrad set with its paragraphs as lines)
SAMRAD_INVITED = (r"(?:alla\s+)?(?:myndigheter|organisationer|markägare|allmänheten|enskilda|berörda|"
                  r"sakägare|fastighetsägare|närboende|boende|intresserade|medborgare|kommuninvånare|grannar)\b")
# what the samråd concerns, as the text states it: a line 'Avseende ny 150 kV kraftledning mellan …',
# 'Samrådet gäller LKAB:s ansökan om nytt tillstånd …'; the sender's intention 'avser att ansöka om ett kort
# tillstånd … till … täktverksamhet i …, samt …' (its first object, up to ', samt'), 'planerar att utföra
# reparationsåtgärder på dammar …'; a sub-heading 'Samråd markkabel Hedensbyn' (the procedure and the
# project's name)
SAMRAD_MATTER = (
    re.compile(r"(?:^|(?<=[.!?:]\s))(?:avseende|angående|gällande)\s+(?P<doc>[^.!?]{8,240}?)(?=\.\s|\.?$)",
               re.IGNORECASE),
    re.compile(r"\bsamrådet\s+(?:gäller|avser)\s*:?\s+(?P<doc>[^.!?]{8,240}?)(?=\.\s|\.?$)", re.IGNORECASE),
    # (rest44) the one who holds it as the verb's subject, after it or before it: 'Den 1 november 2020 – 30
    # april 2021 samråder vattenmyndigheterna om förvaltningen av sjöar, vattendrag, grundvatten och kustnära
    # vatten 2021 – 2027.' (prov37/lygnerns-vattenrad-vattenmyndighetens-samrad)
    re.compile(r"\bsamråder\s+(?:nu\s+)?(?:[\wåäö-]+\s+){1,4}?(?:nu\s+)?om\s+(?P<doc>[^.!?]{8,240}?)(?=\.\s|\.?$)",
               re.IGNORECASE),
    # (titel30: also with the subject after the verb, 'planerar Norrvatten att söka tillstånd för …', and
    # 'söka tillstånd' without 'om'; up to the kommun it lies in or the clause that goes on, 'uppföra en ny
    # biogasanläggning söder om Fågelmyra i Borlänge kommun och inbjuder härmed till samråd …')
    # (titel42: also the application the sender is preparing, 'Inför saneringen av Norrbyskär håller Umeå
    # kommun på att ta fram en tillståndsansökan enligt miljöbalken' under 'Samråd för miljöprövning',
    # missiv/umea-norrbyskar-samrad-miljoprovning-2016: the application, as 'inför ansökan om tillstånd …')
    # (samrad44: also 'we' after the verb, 'planerar vi att ansöka om tillstånd enligt miljöbalken för …')
    re.compile(r"\b(?:avser|har\s+för\s+avsikt|planerar|håller\s+(?:[\wåäö-]+\s+){0,3}?på)\s+"
               r"(?:(?-i:[A-ZÅÄÖ])[\wåäö-]*\s+|(?-i:vi)\s+){0,3}att\s+"
               r"(?:(?:an)?söka\s+om|söka(?=\s+(?:nytt\s+|ändrat\s+|förnyat\s+)?[\wåäö]*tillstånd\b)|utföra|"
               r"bygga|anlägga|uppföra|ta\s+fram(?=\s+(?:en\s+)?[\wåäö]*ansökan\b))\s+(?:ett\s+|en\s+)?(?P<doc>[^.!?]{8,240}?)"
               r"(?=,\s+samt\b|\s+i\s+(?-i:[A-ZÅÄÖ])[\wåäö-]+\s+(?:kommun|stad)\b|"
               r"\s+och\s+(?:inbjuder|bjuder|kommer|vill|ska|avser|planerar)\b|\.\s|\.?$)", re.IGNORECASE),
    # (titel35) the new thing planned as the verb's object, without 'att bygga': 'Mörby Energi AB planerar en
    # ny 130 kV kraftledning mellan Eken och Björk och bjuder härmed in till samråd' ('ny' stays, as in
    # 'Avseende ny 150 kV kraftledning …')
    # (the planner named before the verb, 'AB' or a name in capitals, not 'när vi planerar en ny
    # elförbindelse'; the thing with its place, 'mellan …', 'vid …')
    re.compile(r"(?-i:\b(?:AB|[A-ZÅÄÖ][\wåäö&-]+))\s+planerar\s+(?:nu\s+)?(?:en|ett)\s+"
               r"(?P<doc>(?:ny|nytt)\s+[^.!?]{4,120}?\s(?:mellan|vid|i|på|från|till|inom|söder|norr|öster|väster)"
               r"\s[^.!?]{3,120}?)"
               r"(?=,\s+samt\b|\s+i\s+(?-i:[A-ZÅÄÖ])[\wåäö-]+\s+(?:kommun|stad)\b|"
               r"\s+och\s+(?:inbjuder|bjuder|kommer|vill|ska|avser)\b|\.\s|\.?$)", re.IGNORECASE),
    # the plans as a noun: 'samrådsmötena angående planerna att bygga en ny kraftledning från Krokom till
    # Föllinge' (not 'våra planer att bygga ut transmissionsnätet': no matter named, a particle verb)
    re.compile(r"\bplanerna\s+(?:på\s+)?att\s+(?:utföra|bygga|anlägga|uppföra)\s+(?!ut\b)(?:ett\s+|en\s+)?"
               r"(?P<doc>[^.!?]{8,240}?)(?=,\s+samt\b|\.\s|\.?$)", re.IGNORECASE),
    # the samråd held for a measure: '… hålls nu avgränsningssamråd enligt 6 kap 29-30 §§ miljöbalken för
    # dammsäkerhetshöjande åtgärder vid Brududdens vattenkraftverk'
    # (titel33: also with who holds it between, 'ett samråd av Arise AB gällande dess ansökan om …')
    re.compile(r"\b[\wåäö]*samråd\s+(?:av\s+(?-i:[A-ZÅÄÖ])[\wåäö&-]*"
               r"(?:\s+(?:(?-i:[A-ZÅÄÖ])[\wåäö&-]*|och|&)){0,4}\s+)?"
               rf"(?:enligt\s+{SAMRAD_LAW}\s+)?(?:för|avseende|gällande|angående)\s+"
               rf"(?!att\b|{SAMRAD_INVITED})"
               r"(?P<doc>[^.!?]{8,240}?)(?=\s+i\s+enlighet\b|\s+enligt\b|\.\s|\.?$)", re.IGNORECASE),
    # (titel27) the planned measure the invitation is made for: 'Inbjudan sker med anledning av planerad
    # ansökan om tillstånd för att täcka Lindvedens deponi i Trollhättans kommun.' (missiv/ragnsells-
    # lindveden-deponi-samrad), 'Samrådet hålls med anledning av planerat uppförande av …'; without the
    # kommun it lies in
    re.compile(r"\bmed\s+anledning\s+av\s+(?:en\s+|ett\s+|den\s+|det\s+|bolagets\s+|vår\s+|vårt\s+)?"
               r"(?:planerad|planerat|planerade|kommande|förestående)\s+(?P<doc>[^.!?]{8,240}?)"
               r"(?=\s+i\s+(?-i:[A-ZÅÄÖ])[\wåäö-]+\s+(?:kommun|stad)\b|\.\s|\.?$)", re.IGNORECASE),
    # (titel32) what the samråd or its meeting the reader is invited to is held on, after the ones it is held
    # with: 'inbjuder allmänhet och intresserade till samråd med utökad krets med anledning av
    # tillståndsansökan enligt miljöbalken, …' (prov30/kappala-miljotillstand-samrad), 'bjuder in till samråd
    # om ny detaljplan för …', 'till samrådsmöte inför byggandet av …' (not the application for a permit,
    # read below without its frame); not a sub-heading 'Samråd om sträckningsförslag …' run into the text
    # below it, nor a description of the procedure ('ska … hålla samråd om …')
    re.compile(r"\btill\s+(?:ett\s+|nytt\s+|öppet\s+|fortsatt\s+)?[\wåäö]*samråd(?:et|smöte(?:t)?)?\s+(?:med\s+(?!anledning\b)[\wåäö]+(?:\s+[\wåäö]+)?\s+)?"
               rf"(?:enligt\s+{SAMRAD_LAW}\s+)?"
               r"(?:med\s+anledning\s+av|om|kring|gällande|avseende|angående|för|"
               r"inför(?!\s+(?:en\s+|sin\s+|vår\s+|bolagets\s+)?ansökan\s+om\s+tillstånd\b))\s+"
               r"(?:en\s+|ett\s+)?(?!(?:detta|denna|dessa|hur|vad|att)\b|(?:det|den)\s+(?:som|här|där)\b"
               rf"|{SAMRAD_INVITED})"
               r"(?P<doc>[^.!?]{8,240}?)(?=\s+i\s+enlighet\b|\.\s|\.?$)", re.IGNORECASE),
    # (samrad44) the named applicant's application the samråd precedes, as the text names it: 'Enligt 6 kap.
    # miljöbalken och Sevesolagstiftningen inför Metsä Board Sverige AB:s ansökan om fortsatt och utökad
    # verksamhet i Husum, Örnsköldsviks kommun.' (prov42/metsa-board-husum-avgransningssamrad; the genitive
    # stays, as 'Samrådet gäller LKAB:s ansökan om …')
    re.compile(r"\binför\s+(?P<doc>(?-i:[A-ZÅÄÖ])[\wåäöé-]*(?:\s+(?:(?-i:[A-ZÅÄÖ])[\wåäöé-]*|AB)){0,4}:?s\s+"
               r"ansökan\s+om\s+[^.!?]{8,240}?)(?=\.\s|\.?$)", re.IGNORECASE),
    # the application the samråd precedes: 'Ena Energi AB bjuder in till samråd inför ansökan om tillstånd för
    # ny energiproduktion enligt 9 kap. Miljöbalken'
    re.compile(r"\b(?:inför|före)\s+(?:en\s+|sin\s+|vår\s+)?ansökan\s+om\s+tillstånd\s+"
               r"(?:enligt\s+[^.!?]{0,40}?miljöbalken\s+)?(?:för|till)\s+"
               r"(?!att\b)(?P<doc>[^.!?]{8,240}?)(?=\s+i\s+enlighet\b|\s+enligt\b|\.\s|\.?$)", re.IGNORECASE),
)
# (titel30) the court or authority a permit is sought from is no part of the matter: 'tillstånd för
# vattenverksamhet hos mark- och miljödomstolen för anläggningsarbeten …' is 'tillstånd för vattenverksamhet'
AUTHORITY_AFTER = re.compile(r"\s+hos\s+(?:mark-\s+och\s+miljö|länsstyrelsen|miljöprövnings|(?-i:[A-ZÅÄÖ])|"
                             r"[\wåäö]*(?:domstolen|delegationen|myndigheten|nämnden)\b).*$", re.IGNORECASE)
# (titel30) the permit the samråd precedes, its object named ('tillstånd för vattenverksamhet', 'kort
# tillstånd enligt miljöbalken till fortsatt … täktverksamhet'), not a reference back ('tillstånd för
# verksamheten')
NAMED_PERMIT = re.compile(r"^(?:[\wåäö]+\s+)?[\wåäö]*tillstånd\s+(?:för|till|enligt)\s+"
                          r"(?!(?:verksamheten|anläggningen|projektet|åtgärden|åtgärderna|detta|denna|dessa)\b)\S",
                          re.IGNORECASE)
# (titel33) an article or a pronoun that points back to the sender before the matter is no part of it: 'dess
# ansökan om etablering av …', 'en ansökan om tillstånd för …' (a name's genitive, 'LKAB:s ansökan', is, and
# as before 'bolagets ansökan om …')
POINTER_BEFORE = re.compile(r"^(?:dess|sin|sitt|deras|en|ett)\s+(?=\S)", re.IGNORECASE)
BUILD_VERB = re.compile(r"\b(?:utföra|bygga|anlägga|uppföra)\b", re.IGNORECASE)
BARE_PERMIT = re.compile(r"(?:ett\s+|en\s+|nytt\s+|ändrat\s+)*[\wåäö]*(?:tillstånd|dispens|koncession)",
                         re.IGNORECASE)
SAMRAD_SUBHEADING = re.compile(r"^samråd\s+(?P<doc>(?!om\b|för\b|kring\b|gällande\b|angående\b|enligt\b)"
                               r"[\wåäöÅÄÖ][^.!?:]{3,80})$", re.IGNORECASE)


# the procedure as the sub-heading's first word, not the subject of a sentence on it: 'Samråd pågår 19 mars–9
# april 2019' alone on a line is no heading of a project
SAMRAD_VERB = re.compile(
    r"^(?:pågår|pågick|startar|startade|inleds|inleddes|avslutas|avslutades|hålls|hölls)\b", re.IGNORECASE
)


def _subheading_project(line: Line) -> str | None:
    """Given a line, return the project it names when it is a sub-heading 'Samråd <project>' ('Samråd
    markkabel Hedensbyn': 'markkabel Hedensbyn'), else None."""
    text = line.text.strip()
    sub = SAMRAD_SUBHEADING.match(text)
    return sub.group("doc") if sub is not None and _looks_like_heading(text) else None


def _samrad_subheading(lines: Sequence[Line]) -> Found | None:
    """Given the lines under a heading that names only the page or its section ('Samhällsutveckling och
    planering'), return the project a sub-heading 'Samråd <project>' further down names ('Samråd gång- och
    cykelväg Grythyttan–Hällefors' over 'Samråd pågår 19 mars–9 april 2019 …', typ37,
    prov35/hellefors-gc-grythyttan-samrad: a kommun's planning page with its running samråd), or None."""
    for line in lines:
        project = _subheading_project(line)
        if project is None or SAMRAD_VERB.match(project):
            continue
        title = clean_title(project)
        if title and not generic_heading(title) and not SENTENCE_VERB.search(title):
            return Found(title, line, "rubriken namnger bara sidan; underrubriken namnger samrådets projekt")
    return None


# (rest44) a samråd's invitation on a line of its own under a list page's heading, what it is held on after
# 'om'/'för': 'Inbjudan till undersökningssamråd enligt 6 kap. 23-24 §§ miljöbalken om fortsatt
# terminalverksamhet i Älvnäs, Ekerö kommun.' under 'Samrådshandlingar - Stockholms län' (NCC's page)
INVITATION_LINE = re.compile(r"^(?:inbjudan|kallelse)\s+till\s+[\wåäö-]*samråd\b", re.IGNORECASE)
INVITATION_LINES = 12  # the opening lines where a list page's first post stands
INVITATION_WORDS = 30


def _invitation_line(lines: Sequence[Line], found: Found) -> Found | None:
    """Given the opening lines of a page whose heading names only the page ('Samrådshandlingar - Stockholms
    län'), return the matter a samråd's invitation on a line of its own names ('Inbjudan till
    undersökningssamråd … om fortsatt terminalverksamhet i Älvnäs, Ekerö kommun.'), or None."""
    for line in lines:
        text = line.text.strip()
        if line is found.line or not INVITATION_LINE.match(text):
            continue
        if line.size and line.bold:  # (rest46) a bold invitation wrapped in a narrower layout, its rest alike
            text = _heading_wrapped(lines, line)
        if len(text.split()) > INVITATION_WORDS:
            continue
        title = clean_title(text)
        if title and title != text.rstrip(".") and not generic_heading(title):
            return Found(title, line, "rubriken namnger bara sidan; inbjudan till samråd under den namnger "
                         "ärendet")
    return None


def _samrad_matter(lines: Sequence[Line], found: Found) -> Found | None:
    """Given a page's lines and a heading that names only a samråd ('Inbjudan till samråd i Kiruna', 'Fortsatt
    samråd Dåva-Sävar') or the process ('Tillstånds- och samrådsprocessen'), return what the samråd is held
    on as the text below states it first ('Avseende …', 'Samrådet gäller …', 'avser att ansöka om …', a
    sub-heading 'Samråd markkabel Hedensbyn'), else the project the heading names after 'samråd'; None for
    another heading, or one whose text states nothing."""
    heading = _heading_block(lines, found)  # (titel35) all of a heading wrapped over lines
    if not SAMRAD_HEADING.match(heading) or _frame_words()[0].search(heading):
        return None  # 'Samråd om förslag till avfallsplan' names the matter itself
    stated = _matter_stated_below(lines, found)
    if stated is not None:
        return Found(*stated,
                     f"{found.skal}; rubriken namnger bara samrådet, titeln är det samrådet gäller som "
                     "texten säger det ('Avseende …', 'Samrådet gäller …')")
    # (also after the samråd's lagrum: 'Inbjudan till samråd enligt 6 kap 4 Miljöbalken Flytt av del av
    # befintlig 4 kv- ledning', the letter's sub-heading run into its heading)
    named = re.match(r"^(?:inbjudan\s+till\s+)?"
                     r"(?:fortsatt\s+|nytt\s+|förnyat\s+|kompletterande\s+|utökat\s+)?"
                     r"(?:avgränsnings|undersöknings)?samråd(?:\s+enligt\s+[^.!?]{0,40}?miljöbalken)?\s*[:–—-]?\s+"
                     # (not the lagrum alone when the optional group gives it back: 'INBJUDAN TILL SAMRÅD
                     # ENLIGT MILJÖBALKEN –', a heading wrapped before what follows)
                     r"(?P<doc>(?!(?:enligt|om|för|inför)\b)(?-i:[A-ZÅÄÖ])[^.!?:]{3,80}?)\s*[–—-]?$",
                     heading, re.IGNORECASE)
    if named is not None:
        return Found(named.group("doc").strip(), found.line,
                     f"{found.skal}; projektet som rubriken namnger efter samrådet")
    topic = SAMRAD_TOPIC.search(heading)
    if topic is not None:  # (titel33) 'Samråd om vindkraft' over a text that names no project: the topic
        return Found(topic.group("doc"), found.line,
                     f"{found.skal}; ämnet som rubriken namnger efter samrådet")
    return None


# (samrad44) a news headline with the sender as its subject and a verb: 'Svensk Plaståtervinning vill växa i
# Motala' (prov42/svensk-plastatervinning-motala-samrad, a company's own samråd page)
SENDER_NEWS_VERB = re.compile(
    r"\s+(?:nu\s+)?(?:vill|planerar|avser|ska|skall|bygger|satsar|växer|utökar|söker|ansöker|tar|får)\b",
    re.IGNORECASE,
)


def _matter_under_sender_news(lines: Sequence[Line], titel: Found, avsandare: Found) -> Found | None:
    """Given a missiv's lines, its title and its sender, return what the text below states the samråd is held
    on or the sender plans to apply for (_matter_stated_below) when the title is a news headline with the
    sender as its subject ('Svensk Plaståtervinning vill växa i Motala', SENDER_NEWS_VERB): it names no
    matter; else None."""
    names = {avsandare.value, re.sub(r"\s+AB$", "", avsandare.value)}  # ('Nordvatten vill …': Nordvatten AB)
    if not any(titel.value.startswith(name) and SENDER_NEWS_VERB.match(titel.value[len(name):])
               for name in names):
        return None
    stated = _matter_stated_below(lines, titel)
    if stated is None:
        return None
    return Found(*stated,
                 f"{titel.skal}; rubriken är en nyhetsmening om avsändaren, titeln är det samrådet gäller "
                 "som texten säger det ('planerar vi att ansöka om …')")


def _matter_stated_below(lines: Sequence[Line], found: Found) -> tuple[str, Line] | None:
    """Given a page's lines and its heading, return what the text below states the samråd is held on or the
    sender plans to apply for ('Avseende …', 'Samrådet gäller …', 'avser att ansöka om …', SAMRAD_MATTER, a
    sub-heading 'Samråd markkabel Hedensbyn'), the first one, a permit with its object named before what is
    to be built, with its line; or None (the callers give the reason)."""
    index = lines.index(found.line) if found.line in lines else 0
    below = lines[index + 1 : index + 40]
    text = Text.of(below)
    matches = [match for pattern in SAMRAD_MATTER for match in pattern.finditer(text.joined)]
    stated = [(match.start("doc"), match.group("doc"), text.line_at(match.start("doc"))) for match in matches]
    built = {match.start("doc") for match in matches
             if BUILD_VERB.search(text.joined[match.start() : match.start("doc")])}
    labelled = LABELLED_DOCUMENT.search(text.joined)  # 'Samrådshandlingen heter: ”Viktiga vattenfrågor …”'
    if labelled is not None and clean_title(labelled.group("doc")):
        stated.append((labelled.start("doc"), clean_title(labelled.group("doc")),
                       text.line_at(labelled.start("doc"))))
    for line in below[:30]:
        project = _subheading_project(line)
        if project is not None:
            stated.append((text.joined.find(line.text.strip()), project, line))
            break
    # the authority asked cut; a bare permit left ('miljötillstånd' out of 'ansöka om miljötillstånd hos
    # mark- och miljödomstolen') names no matter; a permit with its object named is what the samråd is held
    # on, ahead of what the sender plans to build (titel30, prov28/norrvatten-gorvalnverket-
    # avgransningssamrad: 'bygga en kompletterande anläggning …' before 'söka tillstånd för vattenverksamhet')
    stated = [(start, POINTER_BEFORE.sub("", AUTHORITY_AFTER.sub("", re.sub(r"\s+", " ", doc))).strip(" ,;:"),
               where) for start, doc, where in stated]
    stated = [hit for hit in stated if not BARE_PERMIT.fullmatch(hit[1])]
    permit = any(NAMED_PERMIT.match(doc) for start, doc, _ in stated if start not in built)
    if not stated:
        return None
    _, doc, where = min(stated, key=lambda hit: (permit and hit[0] in built, hit[0]))
    return doc, where


# (titel33) the topic in one word in lower case after a samråd's preposition, a heading's end ('Inbjudan till
# samråd om vindkraft'): the title when the text names no project
SAMRAD_TOPIC = re.compile(r"samråd\w*\s+(?:om|för|kring|gällande|angående|avseende|inför)\s+"
                          r"(?P<doc>(?-i:[a-zåäö])[\wåäö-]+)\s*!?$", re.IGNORECASE)


SAMRAD_HEADING_LINES = 4  # the opening lines where a samråd's heading that names nothing else stands


PLAIN_HEADING_WORDS = 6  # an unstyled samråd heading's words at most ('Inbjudan till samråd enligt …')


def _samrad_heading_matter(lines: Sequence[Line]) -> Found | None:
    """Given a page's lines whose heading cleans to nothing ('Inbjudan till samråd' set large over the
    text), return what the samråd is held on as the text states it (_samrad_matter), or None (titel27,
    missiv/ragnsells-lindveden-deponi-samrad: the first heading-like line below, a sentence, was the
    title)."""
    body = body_size(lines[:80])
    # (titel35) a page read without styles (a web page's or a mail's text): its short first lines are its
    # heading as much as a large line is ('Inbjudan till samråd' over 'Mörby Energi AB planerar …')
    plain = not any(x.bold or (x.size and body and x.size > body) for x in lines[:80])
    for line in lines[:SAMRAD_HEADING_LINES]:
        text = line.text.strip()
        if line.size and line.bold:  # (rest46) with its wrapped rest ('… miljöbalken om' / 'fortsatt …')
            text = _heading_wrapped(lines, line)
        # (titel30: or cleans to a heading that names no matter, 'Avgränsningssamråd')
        if (SAMRAD_HEADING.match(text) and (not clean_title(text) or generic_heading(clean_title(text)))
                and (_heading_line(line, body) or plain and len(text.split()) <= PLAIN_HEADING_WORDS
                     and not text.endswith((".", ":")))):
            return _samrad_matter(lines, Found(text, line, "samrådets rubrik överst"))
    return None


# the organisation is remissinstans for a named proposal: 'Idéburna skolors riksförbund är nu remissinstans
# för Skolverkets förslag till förändringar i läroplanen om förskoleklass och fritidshem i enlighet med …'
INSTANS_FOR = re.compile(
    r"\b(?:är|blir|har\s+blivit)\s+(?:nu\s+|även\s+|också\s+)?remissinstans\s+(?:för|i|på|gällande|angående)\s+"
    r"(?P<doc>(?-i:[A-ZÅÄÖ])[^.!?]{8,200}?)(?=\s+i\s+enlighet\b|\s+enligt\b|\s*[.,;]\s|\.?$)",
    re.IGNORECASE,
)


def _instans_for(lines: Sequence[Line]) -> Found | None:
    """Given the opening lines of a text without a heading, return the proposal the sender says it is
    remissinstans for, or None."""
    text = Text.of(lines)
    match = INSTANS_FOR.search(text.joined)
    if match is None:
        return None
    return Found(match.group("doc").strip(), text.line_at(match.start("doc")),
                 "förslaget som avsändaren säger att den är remissinstans för (ingen rubrik)")


# 'tycka till om remissutgåvan av ny regional utvecklingsstrategi, Dalastrategin 2030 – Tillsammans för …'
# the project a samråd is held for: 'genomförde vi samråd för planerad luftledning mellan Grönviken och
# Fallviken i enlighet med 6 kap. miljöbalken'
SAMRAD_FOR = re.compile(
    r"\bsamråd\s+(?:för|om|kring|gällande)\s+"
    r"(?P<doc>(?:den\s+|en\s+|ett\s+)?(?:planerad|planerade|ny|nya|nytt)\s+"
    r"[^.]{8,120}?)(?:\s+i\s+enlighet\b|\s+enligt\b|\s*[.,;]|$)",
    re.IGNORECASE,
)
# the documents a samråd of some kind is about, up to the comma before its day or the sentence's end
# ('Landskapsregeringen ordnar ett avgränsningssamråd om medverkan- och informeringsplan (MIP) samt
# samrådsunderlag, 06.03.2024, kl.18:00-21:00.')
SAMRAD_ABOUT = re.compile(
    r"\b(?:ett|en)\s+[\wåäö]*samråd\s+(?:om|kring|gällande|angående)\s+(?P<doc>[^.,;]{8,120}?)(?=\s*[.,;]|$)",
    re.IGNORECASE,
)
CALL_SENTENCE = re.compile(
    r"\b(?:tycka\s+till|(?:lämna|ge|framföra)\s+(?:dina\s+|era\s+|sina\s+)?synpunkter|yttra\s+(?:dig|er|sig))\s+(?:om|på|över)\s+"
    r"(?:remissutgåvan|remissversionen|remissförslaget|förslaget|utkastet)\s+(?:av|till|om)\s+(?P<doc>[^.]{8,200})",
    re.IGNORECASE,
)

# (avs47: also the time after it, 'lämna synpunkter på utkastet till regional cykelstrategi för Västerbotten
# fram till den 12 mars 2024')
CALL_DOC_END = re.compile(r",\s+(?:som|vilket|vilken|vilka|där)\s|\s+senast\s|"
                          r"\s+(?:fram\s+till|till\s+och\s+med)\s+(?:den\s+)?\d", re.IGNORECASE)


def _call_sentence(lines: Sequence[Line]) -> Found | None:
    """Given lines, return the document a call for views names; its own name after a comma when the text
    gives both kind and name ('ny regional utvecklingsstrategi, Dalastrategin 2030 – …')."""
    text = Text.of(lines)
    match = CALL_SENTENCE.search(text.joined)
    if match is None:
        return None
    # (missiv39) the call's sentence goes on after the document: a relative clause on it, the deadline
    # ('förslaget till detaljplan för Exempelby 1:4, som gör det möjligt för IKEA att etablera sig, kan …')
    doc = CALL_DOC_END.split(match.group("doc"), maxsplit=1)[0]
    named = re.search(r",\s+(?P<name>[A-ZÅÄÖ][^,]{4,})$", doc)
    title = clean_title(named.group("name") if named else doc)
    if not title:
        return None
    return Found(title, text.line_at(match.start("doc")), "dokumentet som uppmaningen att tycka till namnger")


PROPOSAL_OF = re.compile(r"\bförslag(?:et)?\s+(?:till|på)\s+", re.IGNORECASE)


def _proposal_named(lines: Sequence[Line]) -> Found | None:
    """Given the opening lines of a text without a heading, return the document its first proposal names ('har
    nyligen presenterat sitt förslag till ny Översiktsplan 2040 som …': 'Översiktsplan 2040', a qualifier
    before a name dropped), or None."""
    text = Text.of(lines)
    phrase = _frame_words()[0]
    named: list[tuple[re.Match[str], str]] = []
    for proposal in PROPOSAL_OF.finditer(text.joined):
        plan = PLAN_IN_SENTENCE.match(text.joined, proposal.end())
        if plan is not None:  # a plan's formal name to the sentence's end ('… Partille 2:14 m.fl. …')
            named.append((proposal, _before_predicate(plan.group("doc")).strip(" ,;")))
            continue
        match = phrase.match(text.joined, proposal.end())
        if match is None:
            continue
        doc = re.sub(r"^(?:(?:ny|nya|nytt)\s+)(?=[A-ZÅÄÖ])", "", match.group(0).strip(" ,"))
        if not _bare_kind(doc):
            named.append((proposal, doc))
    if not named:
        return None
    proposal, doc = named[0]
    for later, fuller in named[1:]:
        owner = OWNER_BEFORE.search(text.joined[: later.start()])
        if owner is not None and len(fuller) > len(doc) and fuller.lower().startswith(doc.lower()):
            # a question's short name ('Vad tycker du om förslaget till nationell plan?'), then the text names
            # whose proposal it is in full ('Trafikverkets förslag till nationell plan för
            # transportinfrastrukturen 2022-2033'): the proposal with its owner ('Förslag till' stays, README)
            return Found(f"{owner.group('owner')} {later.group(0)}{fuller}", text.line_at(later.start()),
                         "förslaget med ägare som texten namnger helt (rubriken namnger det kort)")
    return Found(doc, text.line_at(proposal.start()),
                 "dokumentet som texten säger att förslaget gäller (ingen rubrik)")


# the owner's genitive right before a proposal: 'Trafikverkets förslag till …'
OWNER_BEFORE = re.compile(r"(?<![\wåäö-])(?P<owner>(?-i:[A-ZÅÄÖ])[\wåäö-]+s)\s+$")


def _samrad_for(lines: Sequence[Line]) -> Found | None:
    """Given lines, return the project a samråd is held for ('samråd för planerad luftledning …') or the
    documents of a kind it is about ('ordnar ett avgränsningssamråd om medverkan- och informeringsplan (MIP)
    samt samrådsunderlag, 06.03.2024'), or None."""
    text = Text.of(lines)
    match = SAMRAD_FOR.search(text.joined)
    if match is None:
        about = SAMRAD_ABOUT.search(text.joined)
        match = about if about and _kind_in(about.group("doc")) else None
    if match is None:
        return None
    title = clean_title(match.group("doc"))
    return Found(title, text.line_at(match.start("doc")), "projektet som samrådet gäller") if title else None


def _procedure_subject(lines: Sequence[Line]) -> Found | None:
    """Given lines under a heading that names no matter, return the matter a sentence puts on samråd or
    granskning as its subject ('Förslag till upphävande av del av detaljplan för Kv Sprinten samråds på nytt
    23 juni …', titel.toml [uppmaningsrubrik] sats_verb), or None."""
    text = Text.of(lines)
    pattern = procedure_subject()
    found = pattern.search(text.joined)
    spans = [(found.end("doc"), -found.start("doc"))] if found else []
    body = body_size(lines)
    for index, offset in enumerate(text.starts[1:], 1):
        # (titel26) a sentence starts on the line under a heading, which the joined text runs on from ('Så här
        # kan du delta i samrådet' over 'Översiktsplan för … finns tillgänglig för samråd …')
        under = pattern.match(text.joined[offset:]) if _heading_line(text.lines[index - 1], body) else None
        if under is not None:
            spans.append((offset + under.end("doc"), -offset - under.start("doc")))
    if not spans:
        return None
    end, start = min(spans)  # the first sentence's, from the heading over it when there is one
    # (titel30) the subject without a first predicate joined by 'och' ('Ett förslag till ändring av detaljplan
    # för … har upprättats och ställs ut för granskning', a kungörelse's formula), and without 'ett förslag
    # till', the kind with its indefinite article (README, Facit: missiv/partille-gymnasieomradet-granskning)
    subject = SUBJECT_ARTICLE.sub("", FIRST_PREDICATE.sub("", text.joined[-start:end]))
    title = clean_title(subject)
    return Found(title, text.line_at(-start), "ärendet som meningen sätter på samråd") if title else None


SUBJECT_ARTICLE = re.compile(r"^ett\s+förslag\s+(?:till|på|om)\s+", re.IGNORECASE)
FIRST_PREDICATE = re.compile(r"\s+(?:har|är)\s+(?:nu\s+)?(?:[\wåäö]+\s+)?(?:upprättats|tagits\s+fram|"
                             r"utarbetats|arbetats\s+fram|reviderats|bearbetats|omarbetats|ändrats)\s+och\s*$",
                             re.IGNORECASE)


def _matched_matter(lines: Sequence[Line], pattern: re.Pattern[str], skal: str) -> Found | None:
    """Given lines, a pattern whose group 'doc' is a matter, and the reason to give, return the first match's
    matter cleaned as a title, or None when nothing matches or nothing is left."""
    text = Text.of(lines)
    match = pattern.search(text.joined)
    if match is None:
        return None
    title = clean_title(match.group("doc"))
    return Found(title, text.line_at(match.start("doc")), skal) if title else None


# (titel37) the application a samråd is held before, as a sentence opens with it: 'Inför ansökan om förlängda
# tillstånd genomförs samråd enligt 6 kap. 4§ miljöbalken.' (prov35/eon-holsbybrunn-forlangning-samrad, a
# page whose only headings are the samrådsunderlag's sections)
SAMRAD_BEFORE = re.compile(
    r"(?-i:\b(?:Inför|Före))\s+(?:en\s+|sin\s+|vår\s+|bolagets\s+)?"
    r"(?P<doc>(?:ansökan|ansökningar)\s+om\s+[^.!?]{4,120}?)\s+(?:genomförs|hålls|sker|pågår)\s+(?:nu\s+)?"
    r"(?:ett\s+)?[\wåäö]*samråd\b",
    re.IGNORECASE,
)


def _samrad_before(lines: Sequence[Line]) -> Found | None:
    """Given the lines of a text without a heading that names the matter, return the application a sentence
    says the samråd is held before ('Inför ansökan om förlängda tillstånd genomförs samråd …': 'ansökan om
    förlängda tillstånd'), or None."""
    return _matched_matter(lines, SAMRAD_BEFORE,
                           "ansökan som samrådet hålls inför (ingen rubrik namnger ärendet)")


# (avs47) the measure an application is made for, that the views or the samråd are asked before: 'inbjuder
# berörda markägare … att inkomma med synpunkter inför en tillståndsansökan till Mark- och Miljödomstolen för
# åtgärder vid Alafors kvarn i Kungsbackaån.' (a consultant's samråd invitation without a heading,
# prov45/fiskevardsteknik-alafors-kvarn-samrad): what the permit is for, not the court it is sought at
APPLICATION_FOR = re.compile(
    r"\b(?:synpunkter|samråd|yttranden?|inspel|åsikter)\s+(?:[\wåäö]+\s+){0,2}?inför\s+"
    r"(?:(?:en|ett|sin|vår|bolagets|kommande|planerad)\s+)*"
    r"(?:tillståndsansökan|ansökan(?:\s+om\s+(?:tillstånd|nätkoncession|dispens))?)"
    r"(?:\s+(?:till|hos)\s+[^.!?,;]{3,60}?)?\s+(?:för|avseende|gällande|angående|rörande)\s+"
    r"(?P<doc>[^.!?;]{6,200}?)(?=\s*[.!?;](?:\s|$)|\s*,\s|$)",
    re.IGNORECASE,
)


def _application_for(lines: Sequence[Line]) -> Found | None:
    """Given the lines of a text without a heading that names the matter, return the measure the application
    that views are asked before is for ('synpunkter inför en tillståndsansökan … för åtgärder vid Alafors
    kvarn …'), or None."""
    return _matched_matter(lines, APPLICATION_FOR,
                           "det som ansökan gäller, som synpunkterna lämnas inför (ingen rubrik namnger "
                           "ärendet)")


def _requested_matter(lines: Sequence[Line]) -> Found | None:
    """Given the lines of a text without a heading that names the matter, return what its sender asks
    opinions on ('begär utlåtande om utkastet till …'), the draft it has prepared ('har berett ett utkast till
    …') or the proposal it sends on remiss ('skicka förslaget till … på remiss'; titel.REQUEST_MATTER,
    DRAFT_PREPARED, SENT_ON_REMISS), or None."""
    return (_matched_matter(lines, REQUEST_MATTER, "det avsändaren begär utlåtande om (ingen rubrik)")
            or _matched_matter(lines, DRAFT_PREPARED, "utkastet avsändaren har berett (ingen rubrik)")
            or _matched_matter(lines, SENT_ON_REMISS,
                               "förslaget avsändaren skickar på remiss (ingen rubrik)"))


# (titel37) a page without a heading that opens with what its sender plans to do, then holds a samråd on it:
# 'E.ON Energidistribution AB (E.ON) planerar att rasera del av en befintlig 40 kV-luftledning och
# markförlägga två nya ledningar om 40 kV vardera i Kvillsfors, Vetlanda kommun, Jönköpings län och för detta
# avser E.ON att ansöka om nätkoncession (tillstånd). Samråd genomförs nu enligt 6 kap miljöbalken avseende de
# planerade åtgärderna.' (prov35/eon-kvillsfors-undersokningssamrad): the planned measures, verbs and all, up
# to the clause that goes on to the permit; not an application the sender plans ('planerar att ansöka om …',
# read by SAMRAD_MATTER under a samråd's heading)
PLANNED_FIRST = re.compile(
    r"(?-i:[A-ZÅÄÖ])(?:[^.!?]|\.(?=\S)){1,80}?\s+planerar\s+(?:nu\s+)?att\s+"
    r"(?P<doc>(?!(?:an)?söka\b)(?-i:[a-zåäö])[\wåäö]+\s+[^.!?]{8,240}?)"
    r"(?=,?\s+och\s+(?:för\s+(?:detta|det|denna)|inbjuder|bjuder|kommer|vill|ska|avser)\b|\.\s|\.?$)",
    re.IGNORECASE,
)
# the samråd the next sentences hold on the measures: 'Samråd genomförs nu enligt 6 kap miljöbalken avseende
# de planerade åtgärderna', 'Nu inbjuder vi till samråd …'
PLANNED_SAMRAD = re.compile(r"\b(?:samråd\s+(?:genomförs|hålls|pågår)|(?:in)?bjuder\s+(?:\S+\s+){0,4}?till\s+"
                            r"(?:[\wåäö-]+\s+)?[\wåäö-]*samråd)\b", re.IGNORECASE)
PLANNED_LINES = 12  # the opening lines where such a page's first sentence stands
PLANNED_SENTENCES = 3  # the sentences after it where the samråd on the measures is held


def _planned_measure(lines: Sequence[Line]) -> Found | None:
    """Given the opening lines of a page without a heading, return the measures its first sentence says the
    sender plans ('… planerar att rasera del av en befintlig 40 kV-luftledning och markförlägga …'), when a
    sentence right after holds a samråd ('Samråd genomförs nu …'); else None. The sentence opens one of the
    first lines (a letterhead's name over it is no part of it)."""
    text = Text.of(lines)
    for start in text.starts[:3]:
        match = PLANNED_FIRST.match(text.joined, start)
        if match is None:
            continue
        after = re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])", text.joined[match.end("doc") :])
        if not any(PLANNED_SAMRAD.search(sentence) for sentence in after[:PLANNED_SENTENCES]):
            return None
        title = clean_title(match.group("doc"))
        if not title:
            return None
        return Found(title, text.line_at(match.start("doc")),
                     "det avsändaren planerar, som samrådet hålls om (sidan saknar rubrik)")
    return None


def _procedure_for_matter(lines: Sequence[Line]) -> Found | None:
    """Given the opening lines of a text without a heading, return the matter a sentence says a procedure is
    going on for ('pågår samråd för detaljplan gällande området Vadstena 4:44, med syfte …'), or None."""
    return _matched_matter(lines, procedure_for(), "ärendet som förfarandet pågår för (ingen rubrik)")


def _sent_proposal(lines: Sequence[Line]) -> Found | None:
    """Given the opening lines of a text without a heading, return what the sender's proposal proposes
    ('Turvas arbetsgrupp har kommit med ett förslag på ändringar i föreningens stadgar.', titel.toml
    [forslag_utskickat]), or None."""
    return _matched_matter(lines, sent_proposal(), "det föreslagna i avsändarens utskickade förslag")


def _matter_on_remiss(lines: Sequence[Line]) -> Found | None:
    """Given the opening lines of a text without a heading, return the matter a sentence opens with as out on
    remiss ('Förvaltningsplanen för fisk och fiske i Vättern är ute på remiss och vi påminner om …',
    titel.toml [ute_pa_remiss]), or None."""
    return _matched_matter(lines, on_remiss(), "ärendet som meningen säger är ute på remiss (ingen rubrik)")


@functools.cache
def on_remiss() -> re.Pattern[str]:
    """Return the pattern of a sentence opening with a matter that is out on remiss, the matter as 'doc': a
    document's kind ([arende] slag) in its first word or after its owner's genitive ('Regionens nya
    trafikstrategi'), with its name after (titel.toml [ute_pa_remiss])."""
    data = _titel_modell()["ute_pa_remiss"]
    verbs, goals = (fraser(sorted(data[key], key=len, reverse=True)) for key in ("verb", "mal"))
    doc = (rf"(?=(?-i:[A-ZÅÄÖ]))(?:förslag(?:et)?\s+(?:till|på)\s+)?(?:(?:den|det)\s+)?(?:[\wåäö-]+s\s+)?"
           rf"(?:(?:ny|nytt|nya)\s+)?"
           rf"[\wåäö-]*(?:{_kinds()})[\wåäö]*(?:\s+[^.,;!?]{{2,120}}?)?")
    return re.compile(rf"(?:^|(?<=[.!?]\s))(?P<doc>{doc})\s+(?:{verbs})\s+på\s+(?:{goals})\b", re.IGNORECASE)


@functools.cache
def sent_proposal() -> re.Pattern[str]:
    """Return the pattern of a sentence saying the sender has put forward or sent out a proposal, the proposed
    as 'doc' (titel.toml [forslag_utskickat]); a verb ending in the particle 'ut' may have a time between."""
    def verb(words: str) -> str:
        head, _, particle = words.rpartition(" ")
        if particle == "ut":
            return fras(head) + r"(?:\s+[^.!?]{1,40}?)?\s+ut"
        return fras(words)

    words = sorted(_titel_modell()["forslag_utskickat"]["verb"], key=len, reverse=True)
    verbs = "|".join(verb(w) for w in words)
    return re.compile(rf"\b(?:{verbs})\s+(?:ett|sitt|vårt|ett\s+nytt)\s+förslag\s+(?:på|till)\s+"
                      # (titel30: also up to the clause that asks for views, '… och önskar era synpunkter')
                      r"(?P<doc>[^.!?]{5,160}?)(?=\s*[.!?](?:\s|$)|\s*$|\s+till\s+(?:alla\s+|våra\s+|sina\s+)?"
                      r"(?:medlemm|förening|distrikt|lokalavdelning|klubb)|\s+och\s+(?:önskar|ber|vill|"
                      r"skickar|remitterar|välkomnar)\b)", re.IGNORECASE)


# (titel30) what a remiss round is held on, as the text says it: 'Under perioden 3 december till 7 januari
# pågår en remissrunda på de två programtexter som ska behandlas på Socialdemokraternas partikongress i Örebro
# den 22 till 24 maj.' (the matter without its article and the meeting's days)
# (avs47) also the request a page without a heading says was sent: 'Till medlemskommunerna inom Vasa
# sjukvårdsdistrikt har i maj 2019 skickats en utlåtandebegäran gällande utkast till nytt grundavtal för …'
# (a Finnish samkommun's page, prov45/vasa-svd-grundavtal-utlatandebegaran), 'en begäran om yttrande över …'
REMISS_ON = re.compile(
    r"\b(?:en|ett)\s+(?:intern\s+)?(?:remiss(?:runda|omgång)?|medlemsremiss|samrådsrunda|synpunktsrunda|"
    r"(?:utlåtande|yttrande|remiss)s?begäran|begäran\s+om\s+(?:utlåtande|yttrande|remissvar))\s+"
    r"(?:på|om|av|kring|gällande|angående|över|beträffande|avseende|rörande)\s+(?:(?:de|den|det)\s+)?(?P<doc>[^.!?]{8,200}?)"
    r"(?=\s+den\s+\d{1,2}\b|\s+(?:som\s+pågår|till\s+och\s+med|fram\s+till)\b|"
    r"\s+och\s+(?:vill|ber|önskar|har|ska|kommer|skickar|tar)\b|[.!?](?:\s|$)|$)",
    re.IGNORECASE,
)


def _remiss_on(lines: Sequence[Line]) -> Found | None:
    """Given lines under a heading that names no matter, return what the text says a remiss round is held on
    ('pågår en remissrunda på de två programtexter som …'), or None."""
    text = Text.of(lines)
    match = REMISS_ON.search(text.joined)
    title = clean_title(match.group("doc")) if match else ""
    if match is None or not title:
        return None
    return Found(title, text.line_at(match.start("doc")), "det som texten säger att remissrundan gäller")


# (titel30) the document whose shape the views are asked on: 'starta upp en dialog och diskussion om hur vårt
# valprogram inför valet 2018 ska se ut' (the owner's word dropped; the matter must hold a document's kind)
HOW_SHAPED = re.compile(
    # (titel31: not the decision on how it is to look, 'innan regeringen fattar beslut om hur den slutliga
    # nationella planen … ska se ut', a press release on Trafikverket's plan: no views asked)
    r"(?<!beslut\s)(?<!besluta\s)(?<!bestämma\s)\b(?:om|kring|på)\s+hur\s+(?:(?:vårt|vår|våra|det\s+nya|den\s+nya|de\s+nya|kommunens|regionens|"
    r"föreningens|partiets)\s+)?(?P<doc>[^.!?]{4,120}?)\s+(?:ska|skall|bör)\s+(?:se\s+ut|utformas)\b",
    re.IGNORECASE,
)


def _how_shaped(lines: Sequence[Line]) -> Found | None:
    """Given lines under a heading that names no matter, return the document the text asks how it should look
    ('om hur vårt valprogram inför valet 2018 ska se ut': 'valprogram inför valet 2018'), or None."""
    text = Text.of(lines)
    match = HOW_SHAPED.search(text.joined)
    title = clean_title(match.group("doc")) if match else ""
    if match is None or not title or not _kind_in(title):
        return None
    return Found(title, text.line_at(match.start("doc")), "dokumentet som texten frågar hur det ska se ut")


def _remiss_of(lines: Sequence[Line]) -> Found | None:
    """Given lines, return the proposal a sentence names as the remiss ('en remiss gällande förslag …'), or
    the matter of a remiss the text says is under way ('Remissen om nya riktlinjer för bidrag pågår')."""
    text = Text.of(lines)
    match = REMISS_OF.search(text.joined)
    ongoing = REMISS_ONGOING.search(text.joined) if match is None else None
    if ongoing is not None and clean_title(ongoing.group("doc")):
        return Found(clean_title(ongoing.group("doc")), text.line_at(ongoing.start("doc")),
                     "ärendet för remissen som texten säger pågår ('Remissen om X pågår')")
    if match is None:
        label = REMISS_LABEL_OF.search(text.joined)
        title = clean_title(label.group("doc")) if label else ""
        if label is None or not title:
            return None
        return Found(title, text.line_at(label.start("doc")),
                     "ärendet som remissens etikett i texten namnger "
                     "('…: Remiss av reviderad Utvecklingsstrategi för Östergötland')")
    return Found(clean_title(match.group("doc")), text.line_at(match.start("doc")),
                 "förslaget som meningen säger att remissen gäller")


def _version_of(lines: Sequence[Line]) -> Found | None:
    """Given lines, return the matter whose version is on remiss ('en remissversion av Utvecklingsstrategi för
    Östergötland som …', or a link's line of its own with the version word after the name, 'Strategi Leader
    Västra Småland remissversion'), or None."""
    text = Text.of(lines)
    match = VERSION_OF.search(text.joined)
    if match is None:
        linked = next(((line, named) for line in lines
                       if (named := VERSION_AFTER.fullmatch(line.text.strip())) is not None
                       and not SENTENCE_VERB.search(named["doc"]) and not PRONOUN.search(named["doc"])
                       and not re.search(r"\s(?:i|som|till|av|för|en|ett|på)$", named["doc"])), None)
        title = clean_title(linked[1]["doc"]) if linked else ""
        if linked is None or not title or generic_heading(title):
            return None
        line = linked[0]
        return Found(title, line, "dokumentet som en egen rad namnger med ordet för remissversionen efter "
                                  "namnet ('X remissversion', en länk)")
    title = clean_title(match.group("doc"))
    if not title or generic_heading(title):
        return None
    return Found(title, text.line_at(match.start("doc")), "ärendet vars remissversion texten namnger")


def find_titel(lines: Sequence[Line]) -> Found | None:
    """Given lines, return the remiss title without its 'Remiss:' prefix, joined when wrapped."""
    listed = _listed_remiss(lines)
    if listed is not None:
        return listed
    body = body_size(lines[:80])
    for index, line in enumerate(lines[:80]):
        text = line.text.strip()
        titled = TITLE_MISSIV.match(text) is not None and not text[:1].islower()  # 'remiss – hur och …' wraps
        titled = titled and not listed_link(lines, index)  # 'Remissmissiv' in a page's list of its files
        at_top = index < TITLE_LINES and FIRST_TITLE.match(text) is not None  # 'Remiss SOU 2015:22 …'
        call = CALL_TITLE.match(text) is not None and _heading_line(line, body)
        if not titled and not at_top and not call and not _remiss_heading(line, body):
            continue
        title = TITLE_PREFIX.sub("", text).strip()
        above = line
        for at, follow in enumerate(lines[index + 1 : index + 1 + TITLE_MAX_LINES], index + 1):
            nxt = follow.text.strip()
            if len(title) + len(nxt) > TITLE_MAX_CHARS:
                break
            if not nxt or STOP_TITLE.match(nxt):
                break
            # (also over a gap where the heading cannot end: a transcript's heading lines kept as paragraphs)
            apart = bool(line.size) and line.bold and _same_face(line, follow) and _open_end(title, nxt)
            wraps = _wraps(title, nxt) and not _small_print(follow, line)
            if _same_heading(line, follow, above) or apart or wraps:
                title, above = join_wrapped(title, nxt), follow
                continue
            # (titel34) the heading's rest on a line of its own in the body's face ('Remiss av kulturplan'
            # over 'för perioden 2025–2028' over the text)
            after = lines[at + 1] if at + 1 < len(lines) else None
            styled = _heading_line(line, body) and not _same_face(line, follow)
            if styled and heading_rest(title, above, follow, after):
                title = join_wrapped(title, nxt)
            break
        title = _cleaned_or_word(title, text)
        if title and call and (_addresses_reader(title) or REFERENCE_ONLY.fullmatch(title)):
            # 'Tyck till om din stad' asks about the reader's town, names no remitted matter; the text's
            # reference to the proposal alone ('Möjlighet att lämna synpunkter på planförslaget', a plan
            # page's section over the answer's way) names none either: the page's heading does
            continue
        if title:
            why = (
                "remissrubrik"
                if titled
                else "rubrik överst som börjar 'Remiss'"
                if at_top
                else "rubrik som ber om synpunkter på ärendet"
                if call
                else "fet eller stor rubrik som börjar 'Remiss'"
            )
            if not titled and not at_top:
                named = _named_document(lines[index + 1 : index + 16], title)
                if named is not None:
                    return named
            return Found(title, line, why)
    return None


def join_wrapped(text: str, nxt: str) -> str:
    """Given a heading's text so far and its next line, return them joined: 'själv-' 'körande' joins whole;
    'fordon -' and 'Miljö-' 'och energi…' keep the space."""
    hyphen = re.search(r"\w-$", text) and re.match(r"(?!(?:och|eller|samt|till)\b)[a-zåäö]", nxt)
    return (text + ("" if hyphen else " ") + nxt).strip()


def _cleaned_or_word(title: str, heading: str) -> str:
    """Given a title stripped of its heading's prefix, return it cleaned; a single word that clean_title
    drops is kept when the stripping vouches for it ('Kungörelse Samråd och utställning Avfallsplan')."""
    cleaned = clean_title(title)
    if cleaned:
        return cleaned
    word = TITLE_SUFFIX.sub("", title.strip()).strip(" .:?")
    # 'VA-plan ute på remiss': words stripped vouch for the word left; a full stop stripped does not
    # ('Mobilmeny.', a site's label read out to a screen reader)
    vouched = title.strip(" .:") != heading.strip(" .:") or word != title.strip()
    return word if vouched and (ONE_WORD_TITLE.fullmatch(word) or _remitted_word(word)) else ""


def _remitted_word(word: str) -> bool:
    """Return True for one word that names a steering document after the remiss's label ('Remiss stadgar':
    'stadgar', titel.toml [ensamt_ord] efter_remiss; titel28)."""
    return word.strip(" .:").lower() in _titel_modell()["ensamt_ord"]["efter_remiss"]


ONE_WORD_TITLE = re.compile(r"[A-ZÅÄÖ](?:[a-zåäö-]{7,}|[A-ZÅÄÖ]*-[a-zåäö]{3,})")  # 'Avfallsplan', 'VA-plan'


def _heading_line(line: Line, body: float) -> bool:
    """Return True for a line set as a heading: bold or large, or (without layout) short and capitalised."""
    text = line.text.strip()
    if text.endswith((".", "?", ":")):  # 'Tyck till om Översiktsplanen!' is a heading
        return False
    if line.size and body:
        return line.bold or line.size >= body * HEADING_SIZE
    return _looks_like_heading(text.rstrip("!"))


# the document a notice labels: 'Handling som delges: Förslag till beslut …', 'Samrådshandlingen heter:
# ”Viktiga vattenfrågor …”', 'Remissen avser: …'; found in the joined text (the label's line may wrap)
LABELLED_DOCUMENT = re.compile(
    r"(?:\b(?:samråds|remiss|gransknings|utställnings)?handling(?:en|ar(?:na)?)?\s+(?:som\s+delges|heter)|"
    r"\b(?:remissen|samrådet)\s+(?:avser|gäller))\s*:\s*[\"”“]?(?P<doc>[A-ZÅÄÖ][^\"”“]{8,240}?)[\"”“]?"
    r"(?:\.\s|\.?$|[\"”“])",
    re.IGNORECASE,
)


def _labelled_document(lines: Sequence[Line]) -> Found | None:
    """Given lines, return the document a label names ('Handling som delges: X.'), or None (also when the
    label names only a kind that cleaning leaves empty: 'Remissen avser: Remissversion.')."""
    return _matched_matter(lines, LABELLED_DOCUMENT,
                           "dokumentet som texten namnger ('Handling som delges: …')")


# the remitted document as a web notice names it: 'Förslag till X Pdf, 8.4 MB', 'Du hittar "X" …',
# 'Region Blekinges förslag till X är nu ute på remiss'
NAMED_DOCUMENT = (
    # a link to the file: 'Förslag till X Pdf, 8.4 MB', 'Ladda ner remissversionen av X (pdf, 2,6 mb)'; its
    # name starts with a capital (a line a sentence wrapped onto, 'tagit fram ett förslag … Pdf', is none);
    # not an answer form ('Remissvar Hallands kulturplan (pdf, 45 kB)', 'Svarsmall …')
    re.compile(r"^(?:(?:ladda\s+ner|läs)\s+)?(?:(?:remissversionen|remissutgåvan)\s+av\s+)?"
               r"(?!remissvar|svarsmall|svarsblankett|mall\b|blankett)(?P<doc>(?-i:[A-ZÅÄÖ])[^.\"(]{8,120}?)\.?\s*(?:\([^)]*\)\s*)?\(?(?:pdf|word|docx?)\s*,\s*[\d.,]+\s*[km]b\b",
               re.IGNORECASE),
    # 'en ny folkhälsopolicy som heter ”God hälsa och …”': the name of what the heading calls loosely
    re.compile(r"\b(?P<ref>[\wåäöÅÄÖ-]{4,})\s+(?:som\s+heter|med\s+(?:namnet|titeln))\s+"
               r"[\"”“](?P<doc>[^\"”“]{10,120})[\"”“]"),
    # a quoted name, not the label the answer is to carry ('Ange ”Remiss … KS/2020:439” i rubriken')
    re.compile(r"(?<![Aa]nge\s)(?<![Mm]ärk\s)(?<![Mm]ärks\s)(?<!\bmed\s)(?<![Mm]ärkt\s)(?<!kuvertet\s)(?<![Ss]kriv\s)"
               r"[\"”“](?P<doc>[^\"”“]{10,120})[\"”“](?!\s+(?:i|som|på)\s+" + ANSWER_FIELD + r")"),
    re.compile(r"(?:^|[.!?]\s+)(?P<doc>[A-ZÅÄÖ][^.]{8,120}?)\s+(?:är|går)\s+(?:nu\s+)?(?:ute\s+)?på\s+(?:öppen\s+)?remiss\b"),
    # 'Mellan 9 maj och 29 juni är Dalarnas regionala kultur- och bildningsplan ute på remiss.'
    re.compile(r"\b(?:är|går)\s+(?P<doc>[A-ZÅÄÖ][^.]{8,120}?)\s+(?:nu\s+)?ute\s+på\s+(?:öppen\s+)?remiss\b"),
)
STEM = 6  # a heading's word is in the document's name when its first letters are ('kulturpolitiska')
# the line before a quote ends with the words that ask the answer to carry it: the quote is that label
LABEL_VERB_END = re.compile(r"\b(?:ange|märk|märks|märkt|kuvertet|skriv|med)\s*:?\s*$", re.IGNORECASE)


# a kommun's or region's name in the genitive before the matter it owns: 'Örebro kommuns', 'Region Skånes'
OWNER_OF_MATTER = re.compile(r"(?:\b[A-ZÅÄÖ][\wåäö-]+\s+(?:kommuns|stads)|\bRegion\s+[A-ZÅÄÖ][\wåäö-]+s)\s+")


def _named_document(lines: Sequence[Line], title: str) -> Found | None:
    """Given the lines under a notice's heading and its title, return the document's fuller name, or None.

    A notice's heading names the matter loosely ('Tyck till om kulturen i Ljungby kommun'); the text
    names the remitted document ('verksamhetsplanen för kultur i Ljungby kommun 2018 - 2020'). The name
    is taken only when it holds every word of the heading's title (by stem) and says more.
    """
    # the heading's owner in the genitive ('Örebro kommuns idrottspolitiska program') and the procedure it is
    # on ('remissen av …') are the notice's words, not the document's: its name need not hold them
    owned = OWNER_OF_MATTER.sub("", title)
    stems = {w.lower()[:STEM] for w in re.findall(r"[\wåäöÅÄÖ-]{4,}", owned) if not _procedure_or_date(w)}
    stems -= {"detta", "denna", "dessa"}  # words of four letters and more
    if not stems:
        return None
    if owned != title:  # the name says more than the heading's own words, its owner and procedure aside
        title = " ".join(w for w in owned.split()
                         if not _procedure_or_date(w) and w.lower() not in ("av", "om"))
    for pattern in NAMED_DOCUMENT:  # the file's own name first, then a quoted name, then a sentence
        for index, line in enumerate(lines):
            text = line.text.strip()
            open_quote = len(re.findall(r"[\"”“]", text)) % 2 == 1  # '" Riktlinjer för … inom' / 'kultur … "'
            # a name wrapped onto the next line, or what the sentence says of the quote there ('skriv ”…” i'
            # / 'adressfältet': the label the answer carries, no name)
            wrapped = "ref" in pattern.groupindex or open_quote or re.search(r"[\"”“]\s+(?:i|som|på)$", text)
            if wrapped and index + 1 < len(lines):
                text = f"{text} {lines[index + 1].text.strip()}"
            for match in pattern.finditer(text):
                if match.start() < 2 and index > 0 and LABEL_VERB_END.search(lines[index - 1].text):
                    continue  # 'märk kuvertet' / '”Samråd Grönprogram 2018/0153”.': the label, wrapped
                doc = match.group("doc").strip()
                if pattern in NAMED_DOCUMENT[3:] and (verb := SENTENCE_VERB.search(doc)):
                    # (missiv39) the subject of '… är nu ute på remiss' ends before a predicate it is
                    # coordinated with ('Ett förslag till ny kommunvision, Vision 2030, har tagits fram och')
                    doc = doc[: verb.start()].rstrip(" ,")
                named = match.groupdict().get("ref") or doc  # the name given to a thing: the thing's word
                words = {w.lower()[:STEM] for w in re.findall(r"[\wåäöÅÄÖ-]{4,}", named)}
                heading_words = {s for s in stems if not any(w.startswith(s[:4]) and s.startswith(w[:4])
                                                             for w in words)}
                cleaned = clean_title(doc)
                # it says more than the heading's words, not only one of them in its definite form
                # ('Trafikplan' / 'Trafikplanen är nu ute på remiss'), nor only a procedure and a date (a file
                # link 'Granskning översiktsplan, 2022-05-19 (pdf)' under 'Granskning av ny översiktsplan')
                # a file link's year alone is the file's ('Översiktsplan 2022 (PDF) Pdf, 16.8 MB.' under
                # 'Samråd för ny översiktsplan'), as its date is; a year in the text's own name of a plan is
                # part of it
                link = pattern is NAMED_DOCUMENT[0]
                more = any(w.lower()[:STEM] not in stems and not _procedure_or_date(w)
                           and not (link and re.fullmatch(r"(?:19|20)\d{2}", w))
                           for w in re.findall(r"[\wåäöÅÄÖ-]{4,}", cleaned))
                if not heading_words and len(cleaned) > len(title) and more and len(doc.split()) <= 14:
                    return Found(cleaned, line, "dokumentet som notisen namnger under rubriken")
    return None


def _procedure_or_date(word: str) -> bool:
    """Return True for a word that names no part of a matter: a procedure or a call (titel.toml [arende]:
    'Granskning', 'samråd') or a full date ('2022-05-19'); a year ('2040') is part of a plan's name."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", word):
        return True
    return _frame_words()[1].match(word) is not None


def _listed_remiss(lines: Sequence[Line]) -> Found | None:
    """Given a web page's lines, return the heading under 'Aktuella remisser' (the page's one remiss)."""
    for index, line in enumerate(lines[:80]):
        if CURRENT_REMISSER.match(line.text.strip()):
            for follow in lines[index + 1 : index + 3]:
                text = follow.text.strip()
                if STOP_TITLE.match(text):
                    continue  # the page's date line under its heading ('Publicerad 1 mars 2024') is no remiss
                if text and _looks_like_heading(text):
                    return Found(clean_title(text), follow, "rubriken under 'Aktuella remisser'")
            return None
    return None


# a greeting at a letter's or an invitation's end ('Varmt välkomna!', 'Med vänlig hälsning'; titel32)
GREETING = re.compile(r"^(?:(?:varmt|hjärtligt)\s+)?välkomn(?:a|en)\s*!?$|^(?:med\s+vänlig\s+hälsning|"
                      r"vänliga\s+hälsningar)\b", re.IGNORECASE)


def _looks_like_heading(text: str) -> bool:
    """Return True for a short capitalised line without a final stop (a heading, not a sentence)."""
    if re.search(r"[a-zåäö0-9)]\.\s+[A-ZÅÄÖ]", text) or re.search(r"\bwww\.|https?://|@", text):
        return False  # a sentence ends inside ('… 2020-2023. Se'), or an address: no heading
    if GREETING.match(text):
        return False  # (titel32) 'Varmt välkomna!' under 'Pågående samråd
    if NAME_ABBREVIATION_END.search(text):
        text = text[:-1]  # (titel35) a plan's name ends in 'm.fl.' ('Samråd: Detaljplan för Mörby 3:4 m.fl.')
    return 2 <= len(text.split()) <= 15 and text[:1].isupper() and not text.endswith((".", ":", ","))


# the abbreviation that ends a plan's or a property's name ('Kvarnen 4 m.fl.', 'Hillerstorp 3:116 m.fl.'), no
# sentence's full stop
NAME_ABBREVIATION_END = re.compile(r"\bm\.\s?fl\.$")


@functools.cache
def _titel_modell() -> dict[str, Any]:
    """Return modeller/titel.toml: the call and procedure words before and after a title, a news verb."""
    from remiss.modelldata import modell_toml

    return modell_toml("titel.toml")


@functools.cache
def _kinds() -> str:
    """Return the document kinds of titel.toml [arende] slag as a pattern's alternation ('detaljplan|…')."""
    return "|".join(re.escape(k) for k in _titel_modell()["arende"]["slag"])


@functools.cache
def _kind_word() -> re.Pattern[str]:
    """Return the pattern of one word that is a document's kind with its endings ('Planprogram',
    'översiktsplanen'), its kind in the group 'stem'."""
    return re.compile(rf"(?P<stem>[\w-]*?(?:{_kinds()})){KIND_ENDINGS}", re.IGNORECASE)


@functools.cache
def call_prefix(calls_only: bool = False) -> re.Pattern[str]:
    """Return the pattern of a call or procedure before the matter ('Var med och påverka …', titel.toml); with
    calls_only, without a news heading's subject and verb ('Trafikverket har redovisat sitt …', entries marked
    `uppmaning = false`), which a line of running text also starts with."""
    entries = [e for e in _titel_modell()["fore"] if not calls_only or e.get("uppmaning", True)]
    return re.compile("^(?:" + "|".join(f"(?:{fore_pattern(e)})" for e in entries) + ")", re.IGNORECASE)


def fore_pattern(entry: dict[str, Any]) -> str:
    """Given a titel.toml [[fore]] entry, return its pattern with '{lag}' as the laws a procedure is held by
    ([etikett] lag, `etikett.laws`) and '{slag}' as the entry's own `slag` (titel42: one list each)."""
    from remiss.extract.etikett import laws

    pattern = entry["monster"].replace("{lag}", laws())
    return pattern.replace("{slag}", "|".join(re.escape(s) for s in entry.get("slag", ())))


@functools.cache
def call_heading() -> re.Pattern[str]:
    """Return the pattern of a heading that only says how to take part ('Så kan du påverka', titel.toml)."""
    return re.compile(_titel_modell()["uppmaningsrubrik"]["monster"], re.IGNORECASE)


@functools.cache
def procedure_subject() -> re.Pattern[str]:
    """Return the pattern of a sentence whose subject is put on samråd or granskning, the subject as 'doc'
    ('X samråds på nytt …', titel.toml [uppmaningsrubrik] sats_verb; the present only)."""
    verbs = sorted(_titel_modell()["uppmaningsrubrik"]["sats_verb"], key=len, reverse=True)
    alternatives = fraser(verbs)
    return re.compile(rf"(?:^|[.!?]\s+)(?P<doc>(?-i:[A-ZÅÄÖ])[^.]{{8,160}}?)\s+(?:{alternatives})(?!\w)",
                      re.IGNORECASE)


NEWS_COLUMN_WORDS = 5  # a news column's name is short ('Händer på öarna')


@functools.cache
def reader_question() -> re.Pattern[str]:
    """Return the pattern of a yes/no question to the reader about their views ('Har du synpunkter på
    förslaget?', titel.toml [lasarfraga])."""
    return re.compile(_titel_modell()["lasarfraga"]["monster"], re.IGNORECASE)


@functools.cache
def step_heading() -> re.Pattern[str]:
    """Return the pattern of a sub-heading on the procedure's next step or its contact ('Efter slutfört
    samråd', 'Nästa steg', 'Kontakt', titel.toml [stegrubrik]; titel30)."""
    return re.compile(_titel_modell()["stegrubrik"]["monster"], re.IGNORECASE)


def interview_heading(title: str) -> bool:
    """Return True for an interview's heading that names the people asked ('Hallå där Johan Lagerholm, …',
    'Fem frågor till …', titel.toml [intervjurubrik]; titel30)."""
    return _interview_pattern().match(title.strip()) is not None


@functools.cache
def _interview_pattern() -> re.Pattern[str]:
    """Return the pattern of titel.toml [intervjurubrik]."""
    return re.compile(_titel_modell()["intervjurubrik"]["monster"], re.IGNORECASE)


def greeting_heading(title: str) -> bool:
    """Return True for a greeting or addressee line at the top ('Till alla logopeder i Sverige som utreder …',
    'Hej alla medlemmar!', titel.toml [halsningsrad]; titel38): it names the readers, no matter."""
    return _greeting_pattern().match(title.strip()) is not None


@functools.cache
def _greeting_pattern() -> re.Pattern[str]:
    """Return the pattern of titel.toml [halsningsrad]."""
    return re.compile(_titel_modell()["halsningsrad"]["monster"], re.IGNORECASE)


def procedure_to_heading(title: str) -> bool:
    """Return True for a heading that names only the procedure and whom or which meeting it goes to
    ('Remissrunda till partikongressen', 'Remiss till kommunerna', titel.toml [forfarande_till]; titel30): the
    last word a noun in its definite form, no document's kind ('Remiss till detaljplanen' names one)."""
    match = _procedure_to_pattern().match(title.strip())
    return match is not None and _kind_word().fullmatch(match.group("sista")) is None


@functools.cache
def _procedure_to_pattern() -> re.Pattern[str]:
    """Return the pattern of titel.toml [forfarande_till]."""
    return re.compile(_titel_modell()["forfarande_till"]["monster"], re.IGNORECASE)


@functools.cache
def protest_call() -> re.Pattern[str]:
    """Return the pattern of a heading that calls the reader to protest against a cause ('Skicka protester mot
    djuphamnen', titel.toml [protestrubrik])."""
    return re.compile(_titel_modell()["protestrubrik"]["monster"], re.IGNORECASE)


@functools.cache
def notice_heading() -> re.Pattern[str]:
    """Return the pattern of a notice's heading that only says a plan of a kind is laid out, with its law and
    code ('UTKAST TILL DETALJPLANEÄNDRING FRAMLAGT (62 § i MarkByggL och 30 § i MarkByggF)', titel.toml
    [kungorelserubrik])."""
    return re.compile(_titel_modell()["kungorelserubrik"]["monster"], re.IGNORECASE)


@functools.cache
def definition_heading() -> re.Pattern[str]:
    """Return the pattern of a heading that says what a kind of document is ('Det här är en översiktsplan',
    titel.toml [definitionsrubrik])."""
    return re.compile(_titel_modell()["definitionsrubrik"]["monster"], re.IGNORECASE)


@functools.cache
def news_column() -> re.Pattern[str]:
    """Return the pattern of a site's news column as a heading ('Händer på öarna', titel.toml
    [sektionsrubrik])."""
    words = sorted(_titel_modell()["sektionsrubrik"]["borjan"], key=len, reverse=True)
    alternatives = fraser(words)
    return re.compile(rf"^(?:{alternatives})(?![\wåäö])", re.IGNORECASE)


@functools.cache
def procedure_for() -> re.Pattern[str]:
    """Return the pattern of a sentence that says a procedure is going on for a matter, the matter as 'doc'
    ('… pågår samråd för detaljplan gällande området Vadstena 4:44, med syfte …', titel.toml [pagar_for])."""
    data = _titel_modell()["pagar_for"]
    verbs, procedures, prepositions = (
        "|".join(re.escape(w) for w in sorted(data[key], key=len, reverse=True))
        for key in ("verb", "forfarande", "preposition"))
    kinds = _kinds()
    doc = (rf"(?:förslag(?:et)?\s+(?:till|på)\s+)?(?:(?:ny|nytt|nya)\s+)?[\wåäö-]*(?:{kinds})[\wåäö]*"
           r"(?:\s+[^.,;!?]{2,160}?)?")
    return re.compile(rf"\b(?:{verbs})\s+(?:nu\s+)?(?:ett\s+|en\s+)?(?:{procedures})\s+(?:{prepositions})\s+"
                      rf"(?P<doc>{doc})(?=\s*[.,;!?](?:\s|$)|\s*$)", re.IGNORECASE)


@functools.cache
def procedure_suffix() -> re.Pattern[str]:
    """Return the pattern of a procedure after the matter ('… – Allmänt samråd', '… för samråd')."""
    return re.compile("(?:" + "|".join(f"(?:{e['monster']})" for e in _titel_modell()["efter"]) + r")\s*$",
                      re.IGNORECASE)


# a month written out or cut short in a date ('15 juni', '1 mars', '3 sept')
MONTH_WORD = r"(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[a-zå]*"


@functools.cache
def page_metadata() -> re.Pattern[str]:
    """Return the pattern of a web page's date line run into a title ('… Publicerad den 15 juni 2024'):
    titel.toml [sidmetadata], a date or a colon after the word."""
    words = sorted(_titel_modell()["sidmetadata"]["ord"], key=len, reverse=True)
    alternatives = fraser(words)
    date = (rf"(?:(?:19|20)\d{{2}}-\d{{2}}-\d{{2}}|\d{{1,2}}\s+{MONTH_WORD}"
            rf"|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}})")
    # a full date after it, or a colon ('Publicerad: …'), or 'den': not 'uppdaterad 2030-strategi'
    return re.compile(rf"\s+(?:{alternatives})(?:\s*:|\s+den\b|\s+(?={date}))", re.IGNORECASE)


@functools.cache
def news_verb() -> re.Pattern[str]:
    """Return the pattern of a news heading's verb ('… går vidare', 'Kammarkollegiet begär …')."""
    verbs = sorted(_titel_modell()["nyhetsrubrik"]["verb"], key=len, reverse=True)
    alternatives = fraser(verbs)
    return re.compile(r"(?<!\w)(?:" + alternatives + r")(?!\w)", re.IGNORECASE)


# the inflections a document kind's word takes at the end of a compound ('översiktsplanen', 'Grönprogrammet')
KIND_ENDINGS = r"(?:en|et|n|t|er|erna|ar|arna|or|orna|na|ma|men|met|r|rna)?"


@functools.cache
def _frame_words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Return (the matter's noun phrase, a marker word, a frame word) from titel.toml [arende]."""
    data = _titel_modell()["arende"]
    kinds = "|".join(sorted((re.escape(k) for k in data["slag"]), key=len, reverse=True))
    markers = "|".join([re.escape(m) for m in data["tilltal"]]
                       + [re.escape(m) + r"\w*" for m in data["uppmaning"] + data["forfarande"]])
    not_kinds = "|".join(re.escape(k) for k in data["inte_slag"])
    frame = "|".join(re.escape(w) for w in data["ramord"])
    # ('ut' a particle: '… förslag till nationell plan för transportinfrastrukturen 2022-2033 ut till alla')
    # (titel35: the passive verb that sends the matter out ends it, 'Förslaget till översiktsplan för Mörby
    # kommun skickas nu ut på samråd', as in _before_predicate)
    stop = (rf"(?:{markers}|{frame}|och|eller|samt|som|att|i|inom|vid|mot|från|under|efter|hos|ut"
            r"|skickas|sänds|ställs|läggs|remitteras|skickades|sändes|ställdes|remitterades)\b")
    # '2021–2024' is one word, and so is a property's number ('Mörby 3:4', 'Hillerstorp 3:116'; titel35: a
    # frame before it, 'Samråd: Detaljplan för Mörby 3:4', cut the number at its colon)
    word = rf"(?!{stop})[\w-]+(?::\d+\b)?(?:\s*[–—]\s*\d{{2,4}}\b)?"
    phrase = re.compile(
        rf"(?<![\w-])(?:(?:(?:den|det|de|en|ett)\s+)?(?:{word}\s+){{0,2}}(?:förslag(?:et)?|utkast(?:et)?)\s+"
        r"(?:på|till|om)\s+)?"
        r"(?:(?:den|det|de|en|ett)\s+)?"
        rf"(?:{word}\s+){{0,3}}"
        # (kalla40: also the kind's proposal in one word with its link e, 'detaljplaneförslag för del av
        # Obbola 19:1'; not 'Planförslaget', which refers to a proposal named before)
        rf"(?![\w-]*?(?:{not_kinds}){KIND_ENDINGS}\b)[\w-]*?(?:{kinds})(?:eförslag(?:et)?|{KIND_ENDINGS})\b"
        rf"(?:\s+(?:\d{{4}}(?:\s*[-–]\s*\d{{2,4}})?(?![/:]?\d)|\([^)]{{1,40}}\))"
        # a place's name with the plan's year ('Översiktsplan Ånge 2040')
        rf"|\s+(?-i:[A-ZÅÄÖ])[\wåäö-]+\s+\d{{4}}(?:\s*[-–]\s*\d{{2,4}})?(?![/:]?\d)"
        rf"|\s+(?:för|i|inom|över|och)\s+{word}(?:\s+{word}){{0,3}}"
        # kinds in a row: 'förvaltningsplan, åtgärdsprogram och miljökvalitetsnormer för vattenarbetet …'
        rf"|(?:\s*,\s*|\s+och\s+)[\w-]*?(?:{kinds}){KIND_ENDINGS}\b)*",
        re.IGNORECASE,
    )
    return (phrase, re.compile(rf"^(?:{markers})$", re.IGNORECASE),
            re.compile(rf"^(?:{markers}|{frame}|\d[\d:./-]*)$", re.IGNORECASE))


def _matter_in_sentence(lines: Sequence[Line], found: Found) -> Found | None:
    """Given a page's lines and a call heading whose object names no document ('Var med och påverka
    framtiden i Falun', 'Tyck till och hjälp oss göra nytta för miljön'), or a procedure's heading whose
    object is a common noun ('Start för samråd om staden'), return the matter as the sentence that puts it
    on samråd, granskning or remiss names it ('Ett förslag till Fördjupad översiktsplan för Falu tätort och
    området runt Varpan är nu ute på samråd'), or the sentence before it names it when it only refers to the
    proposal ('… arbetat på ett nytt förslag till översiktsplan för Kristianstad stad. Förslaget är nu ute på
    en slutlig granskning …'; titel34), when it shares a word with the heading; or None."""
    phrase, marker, _frame = _frame_words()
    if phrase.search(found.value) or not _asks_about_no_document(found):
        return None  # a heading that asks the reader ('Tyck till om …'), not a remiss page's 'Remiss av …'
    stems = {w.lower()[:4] for w in re.findall(r"\w{4,}", found.value) if not marker.match(w)}
    index = lines.index(found.line) if found.line in lines else 0
    text = Text.of(lines[index + 1 : index + 30])
    before: re.Match[str] | None = None  # the sentence before's matter, with where it starts in the text
    before_at = 0
    for sentence in re.finditer(r"[^.!?]+", text.joined):
        said = sentence.group(0)
        match = phrase.search(said)
        if not any(marker.match(w) for w in re.findall(r"\w[\w-]*", said)):
            if match is not None and len(match.group(0).split()) > 1:  # not 'Planen innehåller …'
                before, before_at = match, sentence.start()
            continue
        at = sentence.start()
        if match is None and before is not None and PROPOSAL_REFERENCE.search(said):
            match, at = before, before_at  # 'Förslaget är nu ute på granskning': the one named before
        before = None
        if match is None:
            continue
        doc = _proposed_matter(match.group(0))
        words = {w.lower()[:4] for w in re.findall(r"\w{4,}", doc)}
        if (stems & words or PLACE_FUTURE.match(found.value.strip())) and not _bare_kind(doc):
            return Found(doc, text.line_at(at + match.start()),
                         f"{found.skal}; rubrikens föremål är inget dokument, titeln är ärendet som meningen "
                         "om samrådet eller remissen namnger")
    return None


# the proposal referred to without its name, the subject or object of the sentence that puts it on samråd
# ('Förslaget är nu ute på granskning', 'lämna in synpunkter på förslaget', 'planförslaget')
PROPOSAL_REFERENCE = re.compile(r"(?<![\w-])(?:plan)?(?:förslag(?:et|en)|utkastet)(?![\w-])", re.IGNORECASE)
# what goes before a proposal in a sentence: its article and a qualifier or two ('ett nytt förslag till …',
# 'det färdiga förslaget till …'); 'Förslag till' and 'Förslaget till' stay in a title (README, Facit)
PROPOSAL_BEFORE = re.compile(r"^(?:(?:den|det|de|en|ett)\s+)?(?:[\w-]+\s+){0,2}?"
                             r"(?=(?:förslag(?:et)?|utkast(?:et)?)\s)", re.IGNORECASE)
# the proposal before what it proposes, when that is a name ('förslag till Fördjupad översiktsplan …') or
# is described with an article ('förslaget till en fördjupad översiktsplan', 'förslag om en uppdaterad …') or
# the proposal is 'på' or 'om' it ('förslag på ny plan för …'): the matter is what is proposed (the corpus's
# facit: missiv/uddevalla-fop-tatort-samrad-2014, missiv/kristianstad-op-staden-samrad)
PROPOSAL_OF_NAME = re.compile(r"^(?:förslag(?:et)?|utkast(?:et)?)\s+(?:(?:på|om)\s+(?:(?:en|ett)\s+)?|"
                              r"till\s+(?:(?:en|ett)\s+|(?=(?-i:[A-ZÅÄÖ]))))", re.IGNORECASE)


def _proposed_matter(doc: str) -> str:
    """Given the matter a sentence names, return it as a title: without the article and qualifiers before a
    proposal ('ett nytt förslag till översiktsplan för Kristianstad stad': 'förslag till översiktsplan för
    Kristianstad stad', 'Förslag till' stays, README), and without the proposal before a name, an article or
    after 'på' and 'om' ('Ett förslag till Fördjupad översiktsplan för Falu tätort': 'Fördjupad översiktsplan
    för Falu tätort'; 'förslag på en ny plan för …': 'ny plan för …'), nor an article before the matter."""
    doc = PROPOSAL_BEFORE.sub("", doc.strip(" ,"), count=1)
    doc = PROPOSAL_OF_NAME.sub("", doc, count=1)
    return re.sub(r"^(?:en|ett)\s+", "", doc, flags=re.IGNORECASE).strip(" ,")


@functools.cache
def _call_and_procedure_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Return the patterns of one word of a heading that asks the reader (titel.toml [arende] tilltal,
    uppmaning) and of one that names a procedure ([arende] forfarande)."""
    data = _titel_modell()["arende"]
    call = re.compile("^(?:" + "|".join([re.escape(m) for m in data["tilltal"]]
                                        + [re.escape(m) + r"\w*" for m in data["uppmaning"]]) + ")$",
                      re.IGNORECASE)
    procedure = re.compile("^(?:" + "|".join(re.escape(m) + r"\w*" for m in data["forfarande"]) + ")$",
                           re.IGNORECASE)
    return call, procedure


def _asks_about_no_document(found: Found) -> bool:
    """Return True when found's heading asks the reader about its object (titel.toml [arende] tilltal,
    uppmaning: 'Tyck till om framtidens Kristianstad'), or puts on a procedure an object that is a common noun
    and no name ('Start för samråd om staden'; not 'Samråd om Norra hamnen', a place's name is a title)."""
    call, procedure = _call_and_procedure_words()
    words = re.findall(r"\w[\w-]*", found.line.text.strip())
    if any(call.match(w) for w in words):
        return True
    value = found.value.split()
    return (any(procedure.match(w) for w in words) and found.value in found.line.text
            and all(w[:1].islower() for w in value[1:]) and not re.search(r"\d", found.value))


def _addresses_reader(matter: str) -> bool:
    """Return True for a call's object that is the reader's own ('din stad', 'ditt område'): no remitted
    matter (titel.toml [arende] tilltal)."""
    words = matter.split()
    return bool(words) and words[0].lower() in _titel_modell()["arende"]["tilltal"]


def _matter_under_activity(lines: Sequence[Line], found: Found) -> Found | None:
    """Given a page's lines and a heading that starts with an activity and names no document kind ('Dialog
    om framtida Enköping'), return the first heading-like line below that is a matter's noun phrase whole
    ('Fördjupad översiktsplan för Enköpings stad'), or None (titel.toml [arende] verksamhet)."""
    words = found.value.split()
    phrase = _frame_words()[0]
    activity = bool(words) and words[0].lower() in _titel_modell()["arende"]["verksamhet"]
    if not activity or phrase.search(found.value):
        return None
    index = lines.index(found.line) if found.line in lines else 0
    for line in lines[index + 1 : index + 30]:
        text = line.text.strip()
        if _looks_like_heading(text) and not SENTENCE_VERB.search(text) and phrase.fullmatch(text):
            why = f"{found.skal} namnger en verksamhet; ärendet är underrubriken som namnger planen"
            return Found(text, line, why)
    return None


def _bare_kind(matter: str) -> bool:
    """Return True for one word in the indefinite form that is only a document's kind ('Avfallsplan'):
    'Avfallsplan på samråd' stays whole, the kind alone names no plan; 'Översiktsplanen' (definite) does."""
    if len(matter.split()) != 1:
        return False
    kinds = _kinds()
    return re.fullmatch(rf"[\w-]*?(?:{kinds})(?:er|ar|or)?", matter, re.IGNORECASE) is not None


def frame_stripped(title: str) -> str:
    """Given a heading's text, return the matter it names without the frame around it (titel.toml [arende]).

    The matter is the noun phrase whose head is a document kind ('den nya översiktsplanen', 'översiktsplan
    2040'); the words before and after it are the frame ('Vi vill ha dina synpunkter på …', '… förlängs
    till 1 mars') when every word of each side is a frame word and each side holds a marker (an address to
    the reader or a procedure). Otherwise the heading is returned as it is: its words belong to the matter.
    """
    phrase, marker, frame = _frame_words()
    match = phrase.search(title)
    if match is None or _bare_kind(match.group(0)):
        return title

    def is_frame(side: str, marked: bool = False) -> bool:
        words = re.findall(r"\w[\w-]*", side)
        return (bool(words) and all(frame.match(w) for w in words)
                and (marked or any(marker.match(w) for w in words)))

    def empty(side: str) -> bool:
        return not side.strip(" -–—:!?.,")

    before, after = title[: match.start()], title[match.end():]
    framed_before, framed_after = is_frame(before), is_frame(after)
    if not (framed_before or framed_after):
        return title
    # a side of frame words without a marker ('Nu är …') goes with a marked frame on the other side ('… ute
    # på samråd'); a side that is no frame belongs to the matter ('Underrättelse om Granskning: Detaljplan
    # för del av centrum, del av Öringen 6 och 7' keeps the plan's whole name after the frame)
    cut_before = framed_before or empty(before) or (framed_after and is_frame(before, marked=True))
    cut_after = framed_after or empty(after) or (framed_before and is_frame(after, marked=True))
    start = match.start() if cut_before else 0
    end = match.end() if cut_after else len(title)
    return title[start:end].strip(" -–—:!?,")


@functools.cache
def _procedure_frame() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], frozenset[str],
                                re.Pattern[str], re.Pattern[str]]:
    """Return (a procedure before the matter, its verb after it, a verb of start after it, the words no
    matter starts with, a procedure after a name's dash, its date or case number at the end) from titel.toml
    [forfarande_ram]."""
    data = _titel_modell()["forfarande_ram"]

    def words(key: str) -> str:
        return fraser(sorted(data[key], key=len, reverse=True))

    # (a renewed round first: 'Förnyad utställning - översiktsplan för Rättviks kommun 2030')
    procedure = (rf"(?:(?:{words('fore_attribut')})\s+)?(?:{words('fore')})"
                 rf"(?:\s+och\s+(?:{words('fore')}))?")
    sep = r"(?:\s*[:,–—-]\s*|\s+)"  # (a comma too: 'Kungörelse, Översiktsplan för Tomelilla kommun')
    # a heading's first word has its capital ('samråd som myndigheten har haft …' is a sentence's rest)
    head = re.compile(rf"^(?=[A-ZÅÄÖ]){procedure}(?:{sep}(?:{words('binder')}|{procedure})\b)*{sep}",
                      re.IGNORECASE)
    # (a new round before it: '… ute på ny granskning')
    goal = rf"(?:\s+nu)?\s+(?:för|på|till)\s+(?:(?:{words('fore_attribut')})\s+)?(?:{words('mal')})"
    # a heading's end, no sentence's full stop ('… som härmed ställs ut för samråd.' is a sentence)
    verb = rf"(?:(?:{words('efter')})(?:{goal})?|(?:{words('efter_med_mal')}){goal})"
    # the time the procedure runs, written in figures after it ('… framlagd till påseende 25.01-03.03.2023')
    period = (r"(?:(?:\s+under\s+(?:perioden|tiden))?"
              r"\s+\d{1,2}\.\d{1,2}\.?(?:\d{2,4})?\s*[-–]\s*\d{1,2}\.\d{1,2}\.\d{2,4})")
    # the law it is done by ('… framlägges offentligt i enlighet med markanvändnings- och bygglagen 895/1999
    # § 12')
    law = (r"(?:\s+(?:i\s+enlighet\s+med|enligt)\s+[\w\s-]{0,40}?(?:lag(?:en)?|balken)"
           r"(?:\s+\(?\d{1,4}[:/]\d{1,4}\)?)?(?:\s+§\s*\d+|\s+\d+\s*§)?)")
    # (after a comma too: 'Detaljplan för Del av Hallsbergs-Falla 1:9, förskolan i söder, utställd för
    # granskning')
    tail = re.compile(rf"(?:\s*,)?\s+{verb}(?:\s+nu)?{law}?{period}?\s*!?$", re.IGNORECASE)
    start = re.compile(rf"\s+(?:{words('borjar')})(?:\s+(?:nu|i\s*dag))?\s*!?$", re.IGNORECASE)
    # the procedure between a project's name and the matter, after a dash ('Framtid Finspång - samråd för ny
    # översiktsplan': the name and the plan stay, joined by the dash)
    mid = re.compile(rf"(?<=\w)(?P<sep>\s+[–—-]\s*){procedure}\s+(?:{words('binder')})\s+(?=\w)",
                     re.IGNORECASE)
    # the procedure's date or case number at the end of a heading that opens with the procedure ('Granskning
    # översiktsplan, 2022-05-19', 'Samråd översiktsplan 2045, 1 mars–15 april 2024', 'Samråd Grönprogram
    # 2018/0153'): its time and its number in the diarium, no part of the matter
    day = (rf"(?:(?:19|20)\d{{2}}-\d{{2}}-\d{{2}}|\d{{1,2}}\.\d{{1,2}}\.(?:\d{{2,4}})?"
           rf"|\d{{1,2}}\s+{MONTH_WORD}(?:\s+\d{{4}})?)")
    # (not a law's number: 'förordning (EU) 2019/1020' ends the name of what is remitted)
    stamp = re.compile(rf"(?:(?:\s*,\s*|\s+[-–—]\s+|\s+)(?:den\s+)?{day}(?:\s*[-–]\s*{day})?"
                       rf"|(?<!\))(?<!\bnr)(?<!\bnr\.)(?:\s*,\s*|\s+)(?:19|20)\d{{2}}/\d{{2,5}})\s*$",
                       re.IGNORECASE)
    return head, tail, start, frozenset(data["inte_arende"]), mid, stamp


def procedure_frame_stripped(title: str, heading: str | None = None) -> str:
    """Given a title and the heading line it came from, return the matter without the procedure around it
    (titel.toml [forfarande_ram]): 'Granskning Översiktsplan Ånge 2040 inleds' gives 'Översiktsplan Ånge
    2040', 'Utställning: Aktualisering av översiktsplanen' 'Aktualisering av översiktsplanen', '… ställs ut
    för granskning' the name before it. A verb that only says the procedure starts ('… inleds') goes when the
    title or its heading opens with the procedure (an earlier step may have cut it: 'Samråd om X startar'
    became 'X startar'). What is left must be a matter, else the title is returned as it is."""
    head, tail, start, no_matter, mid, stamp = _procedure_frame()
    between = mid.search(title)
    if between is not None and head.match(title) is None:
        rest = title[between.end():]
        words = rest.split()
        if len(words) >= 2 and words[0].lower() not in no_matter:
            return f"{title[: between.start()]}{between.group('sep').rstrip()} {rest}"
    opened = head.match(title)
    rest = title[opened.end():] if opened else title
    headed = opened is not None or (heading is not None and head.match(heading.strip()) is not None)
    cut = tail.sub("", rest)
    if headed:
        cut = start.sub("", stamp.sub("", cut))
    if opened is None and cut == rest:
        return title
    rest = cut.strip(" -–—:,")
    words = rest.split()
    # ('den nya översiktsplanen' is a matter, 'den 5 mars' none)
    named = len(words) > 1 and _frame_words()[0].fullmatch(rest) is not None
    if not words or words[0].lower() in no_matter and not named or words[0][:1].isdigit():
        return title
    if len(words) < 2 and not _one_word_document(rest):
        return title
    return rest


def strip_call(title: str) -> str:
    """Given a heading's text, return it without a call before the matter ('Var med och påverka …')."""
    stripped = call_prefix().sub("", title.strip())
    return TITLE_PREFIX.sub("", stripped).strip() if stripped != title.strip() else stripped


def clean_title(title: str) -> str:
    """Given a heading's text, return the remitted matter: no 'Remiss av', document kind or end stop."""
    title = stamp_stripped(title)  # (titel41) '2020-02-19 …', '…, Dnr KS 2023/145'
    labelled = TITLE_PREFIX.match(title.strip()) is not None  # ('Remiss stadgar': the remiss's label)
    title = label_stripped(strip_call(label_stripped(TITLE_PREFIX.sub("", title.strip()))))
    title = re.sub(r"\b((?:19|20)\d{2})([-–])\s+((?:19|20)\d{2})\b", r"\1\2\3", title)  # '2022-' / '2033'
    doubled = DOUBLED.fullmatch(title)
    if doubled is not None:  # a heading joined with the sub-heading under it that repeats it word for word
        title = doubled.group(1)  # ('Utlåtande - Anvisning om …' / 'Anvisning om …', utlåtande.fi in Word)
    stripped = DOC_KIND.sub("", title, count=1).strip()
    if len(stripped) >= 8:
        title = stripped
    title = stamp_stripped(title)  # (titel41) the date after a label or kind ('Remissversion 2024-03-15 …')
    title = material_stripped(title)  # 'Planförslag gällande revidering av … delgeneralplan'
    title = answer_stripped(title)  # 'Respons på översiktsplanen'
    title = re.split(r"(?:diarienummer|dnr|datum)\s*:", title, maxsplit=1, flags=re.IGNORECASE)[0]
    title = page_metadata().split(title, maxsplit=1)[0]  # '… Skärgårdsprogram Publicerad den 15 juni 2024'
    title = REMARK_AFTER_STOP.sub(r"\g<word>", title.strip())  # '… delgeneralplan. (flyttning av …)'
    cited_end = title[-1:] if _cited_end(title) else ""
    title = TITLE_SUFFIX.sub("", title).strip(" .:?!")
    staged = STAGE_SUFFIX.sub("", title)
    place = staged != title and _place_name(staged)
    if len(staged.split()) >= 3 or place:
        title = staged  # 'Avfallsplan på samråd' stays whole: the plan's kind alone is no title; a place's
        # name is one (titel26: 'Billingegatan på samråd', prov24/aef-billingegatan-samrad-inlaga)
    title = procedure_suffix().sub("", title).strip(" .:?!")  # '… – Allmänt samråd', '… för samråd'
    # (titel32) the dash that set the procedure off, left at the end ('Förslag till ny översiktsplan – Mörby
    # 2050 – på samråd')
    title = re.sub(r"\s+[–—]$", "", title)
    plan = PLAN_NAME.fullmatch(title)
    if plan is not None:
        title = plan.group("doc").strip(" ,;")  # '… norr om Älgen, Avesta kommun': the kommun makes the plan
    title = maker_stripped(title)  # (titel33b) '… Gotland 2040, Region Gotland', '…, Helsingborgs stad'
    dnr = DNR_RE.search(title)
    if dnr and dnr.end() == len(title) and re.search(r",\s*$", title[: dnr.start()]):
        title = title[: dnr.start()].strip(" ,")  # '…levnadsomkostnader, S2023/02496'
    if cited_end and not title.endswith(cited_end):
        title += cited_end  # 'Föräldraledighet för statsråd?' as the SOU is named, 'm.m.' with its stop
    named = NUMBERED_NAME.fullmatch(title) is not None  # 'fit-for-55': a package's name with its number
    remitted = labelled and _remitted_word(title)  # (titel28)
    whole = (len(title.split()) >= 2 or len(title) >= 12 or _one_word_document(title) or named or place
             or remitted)
    return title if whole else ""


@functools.cache
def material_lead() -> re.Pattern[str]:
    """Return the pattern of the package's word and its preposition at a heading's start ('Planförslag
    gällande', 'Beredningsmaterialet för', 'Handlingar rörande'; titel.toml [materialram])."""
    data = _titel_modell()["materialram"]

    def words(key: str) -> str:
        return fraser(sorted(data[key], key=len, reverse=True))

    package = rf"(?:{words('forled')})(?:{words('slut')})|(?:{words('ensamt')})"
    return re.compile(rf"^(?:{package})\s+(?:{words('binder')})\s+"
                      rf"|^förslag(?:et|en)?\s+(?:{words('forslag_binder')})\s+", re.IGNORECASE)


def material_stripped(title: str) -> str:
    """Given a heading's text, return it without the package's word before the matter ('Planförslag gällande
    revidering av del av dagsmark delgeneralplan' gives 'revidering av …'): only when what follows names a
    document's kind (remiss.arende) in two words or more; else the heading as it is ('Lagförslag om reform av
    kommunstrukturen på Åland')."""
    from remiss import arende

    lead = material_lead().match(title)
    if lead is None:
        return title
    rest = title[lead.end():].strip()
    if len(rest.split()) < 2 or not arende.treffar(arende.tokens(rest)):
        return title
    return rest


@functools.cache
def answer_lead() -> re.Pattern[str]:
    """Return the pattern of an answer word and its preposition at a heading's start ('Respons på',
    'Synpunkter på', 'Svar på remissen om'; titel.toml [svarsram]), not before a matter that is itself an
    answer or a question ('Svar på motion om …')."""
    data = _titel_modell()["svarsram"]

    def words(key: str) -> str:
        return fraser(sorted(data[key], key=len, reverse=True))

    return re.compile(rf"^(?:(?:{words('agare')})\s+)?(?:{words('ord')})\s+(?:{words('binder')})\s+"
                      rf"(?:(?:{words('remiss')})\s+(?:{words('binder')})\s+)?(?!(?:{words('inte_fore')})\b)",
                      re.IGNORECASE)


def answer_stripped(title: str) -> str:
    """Given a heading's text, return it without an answer word before the matter ('Respons på
    översiktsplanen' gives 'översiktsplanen', titel25): only when what follows names a document's kind
    (remiss.arende) that is more than the kind alone ('Synpunkter på detaljplaner' is a page's section);
    else the heading as it is."""
    from remiss import arende

    lead = answer_lead().match(title)
    if lead is None:
        return title
    rest = title[lead.end():].strip()
    if not rest or _bare_kind(rest) or not arende.treffar(arende.tokens(rest)):
        return title
    return rest


DOUBLED = re.compile(r"(.{8,}?)\s+\1")  # the same words twice, one after the other
# a remark in parentheses after the heading's full stop, which ends a word of three letters or more or a
# number (not an abbreviation's: 'm.fl. (Lödde folkets park)' is the name's): 'Ändring av Nederpurmo
# delgeneralplan. (flyttning av byggrätter)' (titel24, prov22/pedersore), 'Detaljplan för Kvarnen 4. (nya
# bostäder vid ån)' (titel28)
REMARK_AFTER_STOP = re.compile(r"(?:^|(?<=\s))(?P<word>[^\s.]{3,}|\d{1,4})\.\s+\([^()]{3,80}\)$")
NUMBERED_NAME = re.compile(r"(?=[\w-]*\d)[A-ZÅÄÖa-zåäö]+(?:-[\wåäö]+){1,3}")


def _cited_end(title: str) -> bool:
    """Return True when a title's last mark belongs to its words: an abbreviation's stop ('… m.m.',
    '… m.fl.'), or the question or exclamation in a cited SOU's or Ds's name ('SOU 2016:20
    Föräldraledighet för statsråd?'), not a notice's call ('Kommentera utkastet till strategi!')."""
    last = title.rsplit(None, 1)[-1] if title.split() else ""
    if last.endswith(".") and "." in last[:-1] and len(last) <= 6:
        return True
    return title.endswith(("?", "!")) and bool(re.search(r"\b(?:SOU|Ds)\s?\d{4}:\d+", title, re.IGNORECASE))


def _place_name(text: str) -> bool:
    """Return True for a place's or a project's name of one or two capitalised words, no document's kind
    ('Billingegatan', 'Norra hamnen'; not 'Avfallsplan', 'Ny översiktsplan')."""
    words = text.split()
    return (0 < len(words) <= 2 and words[0][:1].isupper() and len(text) >= 6
            and not any(_kind_word().fullmatch(w.strip(",.")) for w in words)
            and not GENERIC_WORDS.intersection(w.lower() for w in words))


def _one_word_document(word: str) -> bool:
    """Return True for one word that names a steering document in the definite form ('Äldreplanen'),
    longer than its kind alone ('Planen'): titel.toml [ensamt_ord]."""
    ends = _titel_modell()["ensamt_ord"]["slut"]
    return any(word.lower().endswith(end) and len(word) > len(end) + 2 for end in ends)


# a heading that opens with 'Remiss' and names its matter ('Remiss SOU …', 'Remiss stadgar')
REMISS_FIRST = re.compile(r"^remiss(?:version(?:en)?)?\b(?!\s*(?:instanser|tid|svar|lista|och|samt|eller|,))"
                          rf"(?!\s+{CATEGORY_DATE})", re.IGNORECASE)  # ('Remiss 4 mars 2024', kalla39)


def _remiss_heading(line: Line, body: float) -> bool:
    """Given a line and the body size, return True for a heading starting with 'Remiss' ('Remiss SOU …')."""
    text = line.text.strip()
    if not REMISS_FIRST.match(text):
        return False
    return bool(line.bold or (body and line.size >= body * HEADING_SIZE)) and len(text.split()) >= 3


def _same_face(line: Line, other: Line) -> bool:
    """Return True when two lines are set in the same size and weight."""
    return other.size == line.size and other.bold == line.bold


def _same_heading(line: Line, follow: Line, above: Line | None = None) -> bool:
    """Return True when follow is set like line (same size and weight, both known) right under above.

    Not titelmodell._heading_wrapped_above, which is stricter for the model's feature: there the positions
    must be known and no sentence may end above; here a line without positions (DOCX) joins by its face."""
    same = bool(line.size) and _same_face(line, follow) and line.bold
    return same and not gap_between(above or line, follow)


# a date alone on the line under a title: a table's next column ('Remiss Svarsdag'), no part of the title
DATE_ONLY = re.compile(
    r"^(?:\d{4}-\d{2}-\d{2}|\d{1,2}\s+(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[a-zåäö]*\.?\s+\d{4})$",
    re.IGNORECASE,
)


def _small_print(follow: Line, line: Line) -> bool:
    """Return True when a line under a heading is set far smaller (a header value in 8 pt under an 18 pt
    title, '1370/21'): no rest of the heading, however short (a rest in lower case still is one)."""
    return 0 < follow.size < 0.7 * line.size and not follow.text.strip()[:1].islower()


def _wraps(title: str, nxt: str) -> bool:
    """Return True when nxt is the rest of a title cut at a line end (plain text without layout)."""
    if len(title) < 25 or len(nxt) > 70 or DATE_ONLY.match(nxt) or DNR_RE.fullmatch(nxt.strip()) \
            or re.fullmatch(r"[A-ZÅÄÖa-zåäö]{0,4}\d{2,4}/\d+/\S*", nxt.strip()):
        return False  # a date or a diarienummer alone under the title ('N2015/06917/PUB') is no rest of it
    return (
        nxt[:1].islower()
        or title.endswith(("-", "för", "och", "av", "om", "i", "till", "med", "mot"))
        or len(nxt) < 20
        and re.match(r"^[\d(]", nxt) is not None
    )


# --- svarsadress, krav ---------------------------------------------------------------------------


# what the reader sends: answers, views, opinions ('Lämna dina åsikter senast … Mejla till sociala@…')
# (a kungörelse asks for objections: 'Eventuella invändningar mot ansökan … ska göras skriftligen till …')
# (missiv26: also what the reader contributes to an organisation's own answer: 'Om du … är intresserad av att
# bidra i denna fråga, gör ett inlägg här nedan, eller skriv till ordförande@aef.nu')
ANSWER = re.compile(r"svar|yttra|synpunkter|remissvar|åsikter|inspel|invändning|erinring|\bbidra\b",
                    re.IGNORECASE)
HELD_BY = re.compile(r"\s*tillhanda\b", re.IGNORECASE)
AFTER_DEADLINE = re.compile(
    r"\b(?:lämna|skicka|sänd|mejla|maila)\w*\b[^.!?]*\bsenast\s+(?:den\s+)?\d{1,2}\s+[a-zåä]+(?:\s+\d{4})?,\s*$",
    re.IGNORECASE,
)
# the address given as the other way after 'eller', 'alt.', 'alternativt' (the postal address before it)
WHOLE_SENTENCE = 320  # how far back an address's sentence is read for the alternative to a postal address
OR_ADDRESS = re.compile(r"\b(?:eller|alternativt|alt\.|el\.)\s+(?:till\s+|via\s+|på\s+)?:?\s*$",
                        re.IGNORECASE)
# (missiv43) the postal address as a sentence of its own right after the one that asks for the views, then
# the address as the other way ('Synpunkter på planförslaget ska skriftligen vara tillhanda senast 18 mars
# 2019.' / 'Gnesta kommun' / 'Samhällsbyggnadsförvaltningen' / '646 80 Gnesta' / 'eller
# gnesta.kommun@gnesta.se'): the address's words (names, 'kommun', a unit's name, a street's number, a box)
# up to the postcode and its town, nothing else
POSTAL_THEN_OR = re.compile(
    r"^(?:(?:[A-ZÅÄÖ][\wåäö-]*|kommun|stad|och|\d{1,4}[A-Za-z]?|"
    r"[a-zåäö-]+(?:förvaltningen|nämnden|styrelsen|kontoret|enheten|avdelningen))[,\s]+){1,8}"
    r"\d{3}\s?\d{2}\s+[A-ZÅÄÖ][\wåäö-]*"
    r"[,\s]+(?:eller|alternativt|alt\.|el\.)\s+(?:till\s+|via\s+|på\s+)?:?\s*$"
)
# the sentence before it sends the views or says when they are due
VIEWS_DUE = re.compile(r"\b(?:tillhanda|senast|skickas|lämnas|sänds|inkomm\w*|kommit\s+in)\b", re.IGNORECASE)
# a sentence that sends what the sentence before named ('Senast den 3 maj vill vi ha dina synpunkter. Mejla
# dem till plan@…'): the views are the sentence before's (missiv27)
# (kalla36) a bare order to write that follows the sentence asking for the views: 'Vi behöver dina skriftliga
# synpunkter senast 5 februari 2023. Skriv till sbf@botkyrka.se eller till: …' (Botkyrka's anslag)
WRITE_TO = re.compile(r"^(?:skriv|mejla|maila|e-posta|skicka|sänd)\s+(?:gärna\s+)?till\s*:?\s*$",
                      re.IGNORECASE)
SENT_THEM = re.compile(
    r"^(?:\w+\s+){0,2}?(?:mejla|maila|skicka|sänd|e-posta|lämna)\s+(?:gärna\s+)?(?:dem|dessa)\b",
    re.IGNORECASE,
)


FUNCTIONAL_ADDRESS = re.compile(r"diarium|diariet|registrator|remissvar|registratur|kansli", re.IGNORECASE)
# words of a function's address that looks like 'förnamn.efternamn' ('region.vasternorrland', 'plan.bygg')
# (missiv42: also a samråd's or a permit project's box, 'njordr.samrad@ecogain.se',
# prov40/njordr-bothnia-offshore-omega-samrad; 'vindpark.storberget@', 'tillstand.hamnen@')
FUNCTION_WORD = re.compile(r"info|kontakt|post|kultur|plan|bygg|miljo|samhall|utveckling|forvaltning|namnd|"
                           r"remiss|synpunkt|yttrande|kommun|region|stad|lansstyrelsen|kontor|myndighet|verket|"
                           r"forbund|styrelse|samrad|tillstand|vindkraft|vindpark|solpark", re.IGNORECASE)
# 'johan.matz'; a first part longer than any first name is an organisation's ('energiintelligent.dalarna')
# (a double first name with its hyphen too: 'anna-carin.magnusson')
PERSONAL_LOCAL = re.compile(
    rf"^[a-zåäöé]{{1,{LONGEST_FIRST_NAME}}}(?:-[a-zåäöé]{{2,{LONGEST_FIRST_NAME}}})?[._][a-zåäöé]+"
    r"(?:[._-][a-zåäöé]+)?\d*$"
)
ADDRESS_LABEL = re.compile(r"(?:e-?post(?:adress)?|e-?mail|mejl|mail)\s*:?\s*$", re.IGNORECASE)
SEND_BEFORE_BLOCK = re.compile(
    r"(?:brev|e-post|post)\s+till\b|skickas\s+till|lämnas\s+till|svarsadress\s*:", re.IGNORECASE
)
# the letterhead's footer ('Telefonväxel: … E-post: u.registrator@…'): the office, not the reply
FOOTER_CONTACT = re.compile(
    r"telefonväxel|växel\s*:|besöksadress|org\.?\s?nr|organisationsnummer|fax\s*:", re.IGNORECASE
)
# (also an invitation to get in touch: 'Vill du komma i kontakt med någon av oss? … är du varmt välkommen att
# höra av dig till jeanette@…', a contact, not where the views go)
# (missiv27: the sentence ends at '?' too: 'Har du frågor eller synpunkter? Skriv till plan@…' asks, then says
# where to write)
QUESTIONS = re.compile(
    r"(?:frågor|kontakta|upplysningar|höra\s+av\s+(?:dig|er)|hör\s+av\s+(?:dig|er))[^.!?]*$", re.IGNORECASE
)
# questions sent together with the views ('lämna frågor och synpunkter till följande adress: …, eller
# miljoochbygg@…', prov25/hogsby-allgunnen-samrad): with a send phrase the sentence says where the views go,
# the questions are only sent along (missiv27)
VIEWS_AND_QUESTIONS = re.compile(
    r"\bfrågor\s+(?:och|eller|samt|&)\s+(?:\w+\s+)?(?:synpunkter|åsikter|yttranden?|invändningar|erinringar)\b"
    r"|\b(?:synpunkter|åsikter|yttranden?|invändningar|erinringar)\s+(?:och|eller|samt|&)\s+(?:\w+\s+)?frågor\b",
    re.IGNORECASE,
)
# (missiv32) the sign-up for a meeting, not where the views go: 'Anmäl därför gärna ditt deltagande senast den
# 24 april på telefon … eller via e-post kappala@kappala.se' (prov30/kappala-miljotillstand-samrad), 'Anmälan
# till samrådsmötet görs senast … till …', 'Föranmälan sker till …', 'OSA till …'; a sentence that also sends
# views is a reply route ('Anmäl dig till mötet och skicka dina synpunkter till …')
SIGN_UP = re.compile(
    r"\bföranmäl\w*|\banmäl(?:an|er|a)?\b[^.!?]*\b(?:deltagande|dig|er|\w*möte[nt]?|\w*träff(?:en)?|plats)\b"
    r"|\b(?:meddela|bekräfta)\s+(?:\w+\s+){0,3}deltagande\b|\bo\.?s\.?a\.?(?=\s|$)",
    re.IGNORECASE,
)
SCORE_SIGN_UP = -4.0
# the contact for personal data ('Vi behöver dina personuppgifter för att registrera dina synpunkter. …
# Kontakt genom registrator.ktf@…'): the controller's address, not where the answers go
PRIVACY = re.compile(r"personuppgift|dataskydd|\bgdpr\b", re.IGNORECASE)
SCORE_PRIVACY = -4.0
SCORE_SENT_TO = 3.0  # 'Remissvaren skickas till …' right before the address
SCORE_FUNCTIONAL = 2.0  # registrator@, diarium@, remissvar@: an address for answers
SCORE_ADDRESS_BLOCK = 2.0  # 'e-post: …' in the address block that answers go to
SCORE_ADDRESS_LABEL = 1.5  # 'Mejl: kommun@orust.se' alone: the only address the notice gives
SCORE_GENERIC = 0.5  # a function's address (ud-nis@) over a person's (johan.matz@)
SCORE_PERSONAL = -1.5  # 'Skicka synpunkter till mikael.klein@…': a person's address is no svarsadress
SCORE_QUESTIONS = -4.0  # 'Frågor … kontakta …'
SCORE_ANSWER_BOX = 0.5  # remissvar@: an address named for answers, over the registrator's
SCORE_FOOTER = -1.5  # an address in the letterhead's contact footer
# (missiv43) a contact's entry: a person's name, the role and the unit, 'Telefon …', then 'E-post …'
# (Göteborg's project page, missiv/goteborg-biskopsgarden-godvadersgatan-samrad-2024: 'Viveca Risberg' /
# 'Projektledare' / 'Stadsbyggnadsförvaltningen' / '• Telefon 031-368 16 45' / '• E-post stadsbyggnad@…'):
# the address the contact answers at, the förvaltning's box too, not where the views go unless a send phrase
# says so
CONTACT_ENTRY = re.compile(
    r"\btelefon\w*\s*:?\s*[\d\s()+–-]{6,}[•·\s]*(?:e-?post|e-?mail|mejl|mail)\s*:?\s*$", re.IGNORECASE
)
CONTACT_NAME = re.compile(r"(?<![\wåäöÅÄÖ-])(?=(?P<first>[A-ZÅÄÖ][a-zåäöéü]+)\s+[A-ZÅÄÖ][a-zåäöéü]+"
                          r"(?:-[A-ZÅÄÖ][a-zåäöéü]+)?\s+(?P<next>[\wåäöÅÄÖ-]+))")  # every pair, overlapping
CONTACT_REACH = 160  # the entry's name, role, unit and phone stand this close before its address
SCORE_CONTACT_ENTRY = -1.5
# a footer's address labels, no send phrase (missiv34)
FOOTER_ADDRESS_LABEL = re.compile(r"\b(?:besöks|post)adress\b", re.IGNORECASE)
MIN_ADDRESS_SCORE = 2.0


def _speaks_as(name: str, lines: Sequence[Line]) -> bool:
    """Return True when a mail's text names its 'Från:' in a sentence ('Funktionsrätt Sverige har tagit del
    av …'): an organisation whose name looks like a person's, not the person who sent the mail (whose name
    stands alone or with a title in the signature)."""
    words = name.split()
    pattern = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, words)) + r"(?!\w)")
    for index, line in enumerate(lines):
        # the name on the line, or broken over the line's end ('… Funktionsrätt' / 'Sverige har ambitionen …')
        following = lines[index + 1].text if index + 1 < len(lines) else ""
        both = f"{line.text} {following}"
        for match in pattern.finditer(both):
            if match.start() >= len(line.text):
                break  # on the next line: read with its own
            after = line.text[match.end():] if match.end() <= len(line.text) else both[match.end():]
            if len(after.split()) >= 4:
                return True
    return False


def _subject_in_body(mail: dict[str, Falt], lines: Sequence[Line]) -> bool:
    """Return True when a line of the mail's text begins with its subject (the letter's own heading)."""
    subject = re.sub(r"^(?:(?:vb|fw|fwd|sv|re)\s*:\s*)+", "", mail["amne"].value, flags=re.IGNORECASE)
    start = " ".join(subject.split())[:40].casefold()
    return len(start) >= 12 and any(
        " ".join(x.text.split()).casefold().startswith(start) for x in body_lines(mail, lines)[:60])


def _subject_is_heading(mail: dict[str, Falt], body: Sequence[Line]) -> bool:
    """Return True when the mail's text repeats its subject in full as a heading of its own, set in bold or
    larger than the text and wrapped or not (an Outlook print of a letter whose heading is the subject)."""
    subject = re.sub(r"^(?:(?:vb|fw|fwd|sv|re)\s*:\s*)+", "", mail["amne"].value, flags=re.IGNORECASE)
    subject = " ".join(subject.split()).casefold()
    size = body_size(body[:80])
    for index in range(min(60, len(body))):
        joined = ""
        for other in body[index : index + 4]:
            joined = f"{joined} {' '.join(other.text.split())}".strip()
            if not subject.startswith(joined.casefold()) or not (other.bold or other.size > size > 0):
                break
            if joined.casefold() == subject:
                return True
    return False


def _mail_subject(mail: dict[str, Falt]) -> Found | None:
    """Given a printed e-mail's header, return its 'Ämne:' as the title ('Remiss på …' stripped)."""
    if "amne" not in mail:
        return None
    subject = re.sub(r"^(?:(?:vb|fw|fwd|sv|re)\s*:\s*)+", "", mail["amne"].value, flags=re.IGNORECASE)
    subject = re.sub(r"^remiss\s+(?:på|angående|om|gällande|rörande)\s+", "", subject, flags=re.IGNORECASE)
    if WHOLE_QUESTION.match(subject.strip()) and not _frame_words()[0].search(subject):
        return None  # 'Vilken klimatpolitik bör vi ha …?': the subject asks, it names no matter
    title = clean_title(subject)
    title = procedure_frame_stripped(title, subject) if title else title  # 'Granskning X inleds': X
    if DATE_ONLY.match(subject.strip()):
        return None  # 'Ämne: 1 juli 2014': a date names no matter, the title is read from the text
    return Found(title, mail["amne"].line, "e-brevets 'Ämne:'") if title else None


# an address written to keep it from harvesters: 'byggnadsnamnd[a]vasteras.se', 'info(at)kommun.se'
OBFUSCATED_AT = re.compile(
    r"(?<=[\w.-])\s?(?:\[(?:a|at|snabel-a)\]|\((?:a|at)\))\s?(?=[\w-]+(?:\.[\w-]+)*\.[a-z]{2,4}\b)",
    re.IGNORECASE,
)


# (kalla40) its dots spelled out as well, between the address's words: 'miljo [at] alingsas [dot] se'
# (missiv/alingsas-naturvardsprogram-remiss-2019)
OBFUSCATED_DOT = re.compile(
    r"(?<=[\w-])\s?(?:\[(?:dot|punkt)\]|\((?:dot|punkt)\))\s?(?=[\w-])", re.IGNORECASE
)


def find_svarsadress(text: Text, listed: Sequence[str] = ()) -> tuple[Found | None, list[str]]:
    """Given the joined text and the listed instansers' addresses, return reply and copy addresses.

    Every address is a candidate scored by what stands before it (a send phrase, an 'e-post:' label
    in the block answers go to, a question sentence) and by its kind (a registrator's or a function's
    address over a person's); the best one wins, the earliest of equals.
    """
    # an address spelled out, its dots first ('miljo [at] alingsas [dot] se'), then its @
    # ('byggnadsnamnd[a]vasteras.se')
    for spelled, sign in ((OBFUSCATED_DOT, "."), (OBFUSCATED_AT, "@")):
        if spelled.search(text.joined):
            text = Text.of([dataclasses.replace(line, text=spelled.sub(sign, line.text))
                            for line in text.lines])
    joined = text.joined
    kopia: list[str] = []
    for match in KOPIA.finditer(joined):
        for address in EMAIL.findall(joined[match.end() : match.end() + 120])[:2]:
            if address.lower().rstrip(".") not in kopia:
                kopia.append(address.lower().rstrip("."))
    best: tuple[float, int] | None = None
    for match in EMAIL.finditer(joined):
        address = match.group(0).lower().rstrip(".")
        if address in kopia:
            _passed_over(text, match, "står efter 'kopia till'")
            continue
        why: list[str] | None = [] if forklara.aktiv() else None
        score = _address_score(joined, match.start(), address, listed, why)
        if why is not None:
            forklara.kandidat("svarsadress", address, "; ".join(why) or "–", text.line_at(match.start()),
                              poang=score)
        if score is not None and score >= MIN_ADDRESS_SCORE and (best is None or score > best[0]):
            best = (score, match.start())
    if best is None:
        return None, kopia
    found = EMAIL.match(joined, best[1])
    assert found is not None
    reason = f"högst poäng ({best[0]:g}) av adresserna med minst {MIN_ADDRESS_SCORE:g}; vid lika den första"
    return Found(found.group(0).lower().rstrip("."), text.line_at(best[1]), reason.replace(".", ",")), kopia


PRIVATE_NUMBERED = re.compile(r"^\d{2,}[a-zåäöé]{5,}$")


def _private_numbered(address: str) -> bool:
    """Return True for a member's own box at a public mail service, a number before a name
    ('5932johansson@telia.com'; modeller/kontakt.toml [privat_epost])."""
    from remiss.extract.personer import kontakt_modell

    lokal, _, doman = address.lower().partition("@")
    return doman in kontakt_modell()["privat_epost"]["domaner"] and PRIVATE_NUMBERED.match(lokal) is not None


def _address_score(joined: str, start: int, address: str, listed: Sequence[str],
                   why: list[str] | None = None) -> float | None:
    """Given an address and where it stands, return its score as the reply address (None: never).

    With a list `why` (under `tolka --forklara`) the reasons for the score are added to it.
    """
    why = why if why is not None else []
    before = joined[max(0, start - 160) : start]
    sentences = re.split(r"(?<=[.!?])\s", before)
    sentence = sentences[-1]
    if len(sentences) > 1 and (sentences[-2].endswith("?") or SENT_THEM.match(sentence)
                               or WRITE_TO.match(sentence)):
        # 'Har du frågor eller synpunkter? Skriv till plan@…'; '… vill vi ha dina synpunkter. Mejla dem till'
        sentence = f"{sentences[-2]} {sentence}"
    sent_here = re.search(r"(?:skickas|lämnas|sänds|skicka\w*|mejlas)\s+(?:\w+\s+){0,3}till\s*$", before)
    if address in listed and not sent_here:
        why.append("en remissinstans adress i listan")
        return None
    score = 0.0
    # '… remissvar så kan du maila x@'; 'synpunkter … ska framföras skriftligen till: Kommunstyrelsen, …,
    # Box 53, 232 21 ARLÖV, eller till: burlovs.kommun@burlov.se' (the label's colon after 'till')
    # ('… ska göras skriftligen till Bergsstaten på mineinspect@…': the receiver named before its box)
    # (kalla36: or named before a colon, 'Svar önskas senast den 9 februari 2018 med epost till Länsstyrelsen:
    # jonkoping@lansstyrelsen.se')
    sent_by = re.search(r"\b(?:till(?:\s+(?-i:[A-ZÅÄÖ])[\wåäö-]*(?:\s+[\wåäö-]+){0,3}?"
                        r"(?:\s+på|(?=\s*:\s*$)))?|maila|mejla|e-posta)\s*:?\s*$", before)
    # '… ska skriftligen vara Simrishamns kommun, … eller x@simrishamn.se tillhanda senast …': the answers are
    # to be in the hands of the address before 'tillhanda'
    held = HELD_BY.match(joined, start + len(address)) is not None and ANSWER.search(sentence) is not None
    # ('Lämna dina synpunkter till kommunen senast den 14 februari, ks@…': the address after the deadline, in
    # the sentence that sends the views, missiv31)
    after_deadline = AFTER_DEADLINE.search(sentence) is not None and ANSWER.search(sentence) is not None
    # ('… framföra dessa skriftligen till Miljö- och bygg-nämnden, Bjurholms kommun, 916 81 Bjurholm eller
    # kommunen@bjurholm.se': the address an alternative to the postal one the views are sent to, missiv35)
    # (kalla38: the sentence read whole, its opening word past the window when the postal address before is
    # long: 'Synpunkter på samrådshandlingarna framförs skriftligt till Falu kommun senast samrådstidens sista
    # dag: Falu kommun, Miljö- och samhällsbyggnadsförvaltningen, 791 83 Falun eller kontaktcenter@falun.se')
    sentences = re.split(r"(?<=[.!?])\s", joined[max(0, start - WHOLE_SENTENCE) : start])
    whole = sentences[-1]
    alternative = (OR_ADDRESS.search(before) is not None and re.search(r"\btill\b", whole) is not None
                   and ANSWER.search(whole) is not None) or _after_postal_sentence(sentences)
    sent = bool(SEND_TO.search(before) or sent_by and ANSWER.search(sentence) or held or after_deadline
                or alternative)
    if sent:
        score += SCORE_SENT_TO
        why.append("sändfras före adressen")
    elif ADDRESS_LABEL.search(before):
        block = SEND_BEFORE_BLOCK.search(joined[max(0, start - 320) : start])
        score += SCORE_ADDRESS_BLOCK if block else SCORE_ADDRESS_LABEL
        why.append("e-postrad i adressblocket svaren går till")
    if FUNCTIONAL_ADDRESS.search(address):
        score += SCORE_FUNCTIONAL
        why.append("diarium-, registrator- eller kansliadress")
        if "remissvar" in address:
            score += SCORE_ANSWER_BOX
            why.append("en adress för remissvar")
    elif (PERSONAL_LOCAL.match(address.split("@")[0]) and not FUNCTION_WORD.search(address.split("@")[0])
          and not _project_named(address.split("@")[0], joined)
          and not _common_word_part(address.split("@")[0], joined)):
        score += SCORE_PERSONAL
        why.append("en persons adress (svaren går till registratorn eller en funktionsadress)")
    elif _private_numbered(address):
        score += SCORE_PERSONAL
        why.append("en persons adress hos en e-posttjänst (nummer och namn)")
    elif _spells_name_before(address.split("@")[0], before):
        score += SCORE_PERSONAL
        why.append("en persons adress: namnet före adressen ihopskrivet")
    elif _initials_of_person_near(address.split("@")[0], joined[max(0, start - INITIALS_WINDOW) :
                                                               start + len(address) + INITIALS_WINDOW]):
        score += SCORE_PERSONAL
        why.append("en persons adress: början av för- och efternamnet på en person som nämns vid adressen")
    else:
        score += SCORE_GENERIC
        why.append("en funktionsadress")
    if QUESTIONS.search(VIEWS_AND_QUESTIONS.sub("synpunkter", before) if sent else before):
        score += SCORE_QUESTIONS
        why.append("i en mening om frågor")
    if SIGN_UP.search(sentence) and not ANSWER.search(sentence):
        score += SCORE_SIGN_UP
        why.append("anmälan till ett möte, inte svaren")
    if PRIVACY.search(joined[max(0, start - 300) : start]) and not SEND_TO.search(before[-80:]):
        score += SCORE_PRIVACY
        why.append("kontakten för personuppgifter, inte för svaren")
    if not sent and _contact_entry(before):
        score += SCORE_CONTACT_ENTRY
        why.append("e-posten i en kontaktpersons rad (namn, telefon, e-post), ingen sändfras")
    if FOOTER_CONTACT.search(before[-120:]):
        score += SCORE_FOOTER
        why.append("i sidfotens kontaktuppgifter")
    # (missiv34: the footer's own 'Besöksadress:'/'Postadress:' is no send phrase for its 'E-post: info@…')
    unlabelled = FOOTER_ADDRESS_LABEL.sub("", before)
    by_label = sent and not (SEND_TO.search(unlabelled) or sent_by and ANSWER.search(sentence) or held
                             or after_deadline)
    if (not sent or by_label) and _general_in_contact_box(address, joined[max(0, start - 200) : start]):
        why.append("kommunens allmänna adress i en kontaktruta, utan sändfras")
        return None
    return score


def _contact_entry(before: str) -> bool:
    """Given the text before an address, return True when it is a contact's entry's 'E-post' after its
    'Telefon …' under the person's name ('Viveca Risberg Projektledare Stadsbyggnadsförvaltningen • Telefon
    031-368 16 45 • E-post'): a common first name (modeller/fornamn.txt) or a job title after the name."""
    from remiss.extract.avsandare import first_names
    from remiss.extract.personer import is_job_title

    if not CONTACT_ENTRY.search(before):
        return False
    names = first_names()
    return any(match.group("first") in names or is_job_title(match.group("next"))
               for match in CONTACT_NAME.finditer(before[-CONTACT_REACH:]))


def _after_postal_sentence(sentences: Sequence[str]) -> bool:
    """Given the sentences before an address (the last one up to it), return True when the address is the
    other way after a postal address that stands as a sentence of its own right after the sentence asking
    for the views ('… ska skriftligen vara tillhanda senast 18 mars 2019. Gnesta kommun
    Samhällsbyggnadsförvaltningen 646 80 Gnesta eller gnesta.kommun@gnesta.se', missiv43)."""
    if len(sentences) < 2 or not POSTAL_THEN_OR.match(sentences[-1]):
        return False
    return ANSWER.search(sentences[-2]) is not None and VIEWS_DUE.search(sentences[-2]) is not None


# a project the text names after its kind ('vindparken Aurora', 'projektet Kustvind', 'parken Galatea')
PROJECT_NAMED = r"\b(?:vind|havs|sol)?(?:park|kraftpark|projekt|ledning)(?:en|et)?\s+"


def _project_named(local: str, joined: str) -> bool:
    """Return True when an address's first part is the name of the project the text names ('Synpunkter på
    projektet lämnas per e-post till aurora.grid@ox2.com' after 'Den havsbaserade vindparken Aurora …'): the
    project's address, not a person's though 'Aurora' is a first name."""
    first = re.split(r"[._]", local)[0]
    return re.search(PROJECT_NAMED + re.escape(first.capitalize()) + r"\b", joined) is not None


COMMON_PART = 7  # the least letters of an address's last part read as the text's common word, no surname


def _common_word_part(local: str, joined: str) -> bool:
    """Return True when an address's last part is a word the text writes in lower case ('fop.centralorten@'
    where the text speaks of 'de delar som rör centralorten', missiv/ornskoldsvik-fop-centralort-utstallning-
    2019, kalla40): a function's address named for the matter, not 'förnamn.efternamn', as a surname is
    written with a capital; a short word is left alone (a surname may be one: 'berg')."""
    last = re.split(r"[._]", local)[-1].lower()
    if len(last) < COMMON_PART or not last.isalpha():
        return False
    # (a word of the prose, not of an address: 'linus.sandberg@…' writes no common word 'sandberg'),
    # spelled as an address spells it (personer.ASCII_FOLD; the words hold no 'ü')
    words = re.findall(r"(?<![\wåäöé@./-])[a-zåäöé]+(?![\wåäöé@/-]|\.\w)", joined)
    return any(word.translate(ASCII_FOLD) == last for word in words)


# a person's name written out before the address ('… till Turvas ordförande Tuula Rusanen: tuularusanen@…')
_NAME_BEFORE = re.compile(r"\b([A-ZÅÄÖ][a-zåäöéü]+)\s+([A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?)\b")


def _spells_name_before(local: str, before: str) -> bool:
    """Return True when an address's first part is a name standing just before it, written together without a
    separator ('Tuula Rusanen: tuularusanen@rocketmail.com'): a person's address, as 'tuula.rusanen@' is; an
    organisation's words ('region', 'kommun', core.FUNCTION_WORD) are none."""
    plain = local.lower()
    if not plain.isalpha() or FUNCTION_WORD.search(plain):
        return False  # 'region.vasternorrland@' after 'Region Västernorrland': an organisation's
    for first, last in _NAME_BEFORE.findall(before[-120:]):
        pairs = ((first, last), (last, first))
        together = {name_spelled(f"{a} {b}") for a, b in pairs}
        if plain in together:
            return True
    return False


INITIALS_WINDOW = 160  # the person whose initials an address spells is named this near it, before or after


def _initials_of_person_near(local: str, near: str) -> bool:
    """Return True when an address's first part is the opening letters of the first and the last name, two
    or more of each, of a person named near it ('asli@cowi.se … Att. Åsa Lindbom', samrad44,
    prov42/stena-renewable-horshaga-samrad: a consultant's personal address, as 'asa.lindbom@' is); the first
    name must be a common one (modeller/fornamn.txt)."""
    from remiss.extract.avsandare import first_names

    plain = local.lower()
    if not plain.isalpha() or len(plain) > 8 or FUNCTION_WORD.search(plain):
        return False
    for first, last in _NAME_BEFORE.findall(near):
        if first not in first_names():
            continue
        a, b = name_spelled(first), name_spelled(last)
        if any(plain == a[:i] + b[: len(plain) - i] for i in range(2, len(plain) - 1)
               if len(plain) - i <= len(b) and i <= len(a)):
            return True
    return False


@functools.lru_cache(maxsize=1)
def _allmanna_adresser() -> tuple[frozenset[str], re.Pattern[str]]:
    """Return modeller/kontakt.toml's general contact addresses (the part before @) and contact-box words."""
    from remiss.extract.personer import kontakt_modell

    data = kontakt_modell()["allmanna_adresser"]
    box = re.compile("|".join(re.escape(word) for word in data["ruta"]), re.IGNORECASE)
    return frozenset(data["lokal"]), box


def _general_in_contact_box(address: str, before: str) -> bool:
    """Return True for a kommun's general address ('medborgarservice@tierp.se') in a contact box ('Kontakta
    kommunen … Telefontider … E-post'): the office, not where the answers go."""
    lokal, box = _allmanna_adresser()
    return address.split("@")[0] in lokal and box.search(before) is not None


def _passed_over(text: Text, match: re.Match[str], why: str) -> None:
    """Report an e-mail address the reply-address step passed over (only under `tolka --forklara`)."""
    if forklara.aktiv():
        forklara.kandidat("svarsadress", match.group(0).lower().rstrip("."), why, text.line_at(match.start()))


def find_krav(text: Text, diarienummer: str | None) -> Krav:
    """Given the joined text, return what the missiv demands of the answer."""
    joined = text.joined.lower()
    amnesrad = None
    subject = re.search(r"[^.]*ämnesrad[^.]*", joined)
    if subject and diarienummer:
        named = re.search(r"namn|remissinstans|nämnd|organisation", subject.group(0))
        amnesrad = f"{diarienummer} {{remissinstans}}" if named else diarienummer
    return Krav(
        sammanfattning="sammanfattning" in joined,
        stallningstagande="ställningstagande" in joined,
        amnesrad=amnesrad,
        filformat=find_filformat(joined),
    )


def find_filformat(joined: str) -> tuple[str, ...]:
    """Given the missiv's text (lower case), return the file formats its sentences on the answer ask for.

    "Svaret bör lämnas i två versioner: den ena i ett bearbetningsbart format (t.ex. Word), den andra …
    tillgänglighetskraven" and "en redigerbar och en tillgänglighetsanpassad" both give ("docx", "pdf").
    """
    plain = re.sub(r"\b(t\.\s?ex|bl\.\s?a|m\.\s?m|s\.\s?k|dvs|jfr|resp|ca)\.", "", joined)
    formats: list[str] = []
    for sentence in re.split(r"(?<=[.!?])\s+", plain):
        if not (ANSWER_SENTENCE.search(sentence) and FORMAT_SENTENCE.search(sentence)):
            continue
        found = [FORMAT_NAMES.get(f.lower(), f.lower()) for f in FORMAT_RE.findall(sentence)]
        if TWO_VERSIONS.search(sentence):
            found = ["docx", "pdf", *found]
        formats += [f for f in dict.fromkeys(found) if f not in formats]
    return tuple(formats)


# the verb that sends a matter out, before its procedure at a heading's end ('… skickas på remiss', titel29)
SENT_VERB = (r"(?:är|går|skickas|sänds|lämnas|ställs|läggs|gick|skickades|sändes|"
             r"(?:har|hade)\s+(?:nu\s+)?(?:skickats|sänts|lämnats|gått))")
# a day with its month written out, and its year if given ('15 mars', '1 april 2025')
DAY_MONTH = r"\d{1,2}(?::?e)?\s+[a-zåäö]+(?:\s+\d{4})?"
TITLE_SUFFIX = re.compile(
    # (titel29: also as regeringen's press releases put it, '… lämnas på remiss', '… har skickats på remiss')
    rf"\s+(?:{SENT_VERB}\s+)?(?:nu\s+)?(?:ute\s+|ut\s+)?på\s+(?:(?:öppen|bred|extern|formell)\s+)?remiss"
    # (titel31) with the time it is out after it: '… ute på remiss till den 15 mars', '… på remiss 1 mars–15
    # april'
    rf"(?:\s+(?:till(?:\s+och\s+med)?|senast|fram\s+till|t\.?\s?o\.?\s?m\.?)\s+(?:den\s+)?{DAY_MONTH}"
    rf"|\s+(?:under\s+perioden\s+|mellan\s+)?{DAY_MONTH}\s*[-–—]\s*{DAY_MONTH})?\s*$|"

    r"\s+(?:innan|senast|före|till\s+och\s+med)\s+(?:den\s+)?\d{1,2}(?::?e)?\s+\w+(?:\s+\d{4})?\s*$|"
    # the version's label: 'Länstransportplan 2022-2033 - Remissförslag', '… remissunderlag', '(4 bilagor)'
    r"\s*(?:[-–—:]\s*|,\s*)?\(?(?:remiss(?:förslag|underlag|utgåva|version|handling)(?:en)?|"
    r"förslag\s+på\s+remiss)\)?\s*$|\s*\(\s*\d+\s+bilagor?\s*\)\s*$|"
    # the plan's stage after a comma or dash: 'Havsplaner för Sverige, granskningshandling', also with its
    # date ('…, granskningshandling 2018-09-28') or year (titel26: 'Översiktsplan för Vaggeryds kommun,
    # samrådshandling 2022', prov24/vaggeryd-op-samradshandling-inledning)
    r"\s*(?:[-–—:]|,)\s*\(?(?:gransknings|samråds|utställnings)(?:handling(?:en|ar(?:na)?)?|version(?:en)?)\)?"
    r"(?:\s+(?:19|20)\d{2}(?:-\d{2}-\d{2})?)?\s*$|"
    # the document's kind after a dash: 'Äldreplan 2018-2022 - Remiss', '… urval – konsekvensutredning'
    r"\s+[-–—]\s*(?:remiss(?:en)?|konsekvensutredning(?:en)?)\s*$|"
    # (titel26) a news clause after the procedure and a dash, its subject and a finite verb: 'Billingegatan på
    # samråd – grönområde ska bli tomter' (prov24/aef-billingegatan-samrad-inlaga); not a report's subtitle,
    # 'Äldre har aldrig varit yngre – allt fler kan och vill arbeta längre', '… – så kan avtalen genomföras'
    r"(?:(?<=samråd)|(?<=granskning)|(?<=utställning)|(?<=remiss))"
    r"\s+[–—-]\s+(?-i:[a-zåäö])[\wåäö-]+(?:\s+(?-i:[a-zåäö])[\wåäö-]+)?\s+"
    r"(?:ska|skall|blir|kan|får|måste|vill|hotas|försvinner|byggs|rivs)\s+[^–—]{2,60}$",
    re.IGNORECASE,
)
# the plan's stage after a named plan: '… i Olofströms kommun på utställning'
STAGE_SUFFIX = re.compile(
    # (titel31: also with the day it is out to, '… är ute på samråd till den 2 juni')
    rf"\s+(?:{SENT_VERB}\s+)?(?:nu\s+)?(?:ute?\s+(?:på|för)|på)\s+(?:utställning|samråd|granskning)"
    rf"(?:\s+(?:till(?:\s+och\s+med)?|senast|fram\s+till|t\.?\s?o\.?\s?m\.?)\s+(?:den\s+)?{DAY_MONTH})?\s*$|"
    # '… går ut på samråd' (the verb with its particle)
    rf"\s+{SENT_VERB}\s+(?:nu\s+)?ut\s+(?:på|för)\s+(?:utställning|samråd|granskning)\s*$|"
    # '… nu för granskning'
    r"\s+(?:är\s+)?nu\s+(?:ute\s+)?(?:för|på)\s+(?:utställning|samråd|granskning|remiss)\s*$|"
    # (samrad44) the stage's document after a project's name without a comma: 'Horshaga samrådshandling'
    # (prov42/stena-renewable-horshaga-samrad: the project, as 'Samråd om Arvidsbo' gives 'Arvidsbo'); not one
    # of two things named ('… (MIP) samt samrådsunderlag', prov17/sunnanvind-avgransningssamrad-mip)
    r"(?<=[\wåäö])(?<!\bsamt)(?<!\boch)(?<!\beller)\s+(?:gransknings|samråds|utställnings)(?:handling(?:en|ar(?:na)?)?|underlag(?:et)?)\s*$",
    re.IGNORECASE,
)
# the state before the plan's kind: 'Nytt förslag på översiktsplan nu för granskning'
# and a stegsida's step number: '7. Översiktsplan ute på granskning'
STATE_PREFIX = re.compile(
    r"^(?:\d{1,2}\.\s+|(?:nytt|nya|reviderat|omarbetat|uppdaterat)\s+förslag\s+(?:på|till)\s+)", re.IGNORECASE
)
QUALIFIED = r"\b(?:ny|nya|nytt|reviderad|reviderade|fördjupad|uppdaterad|gemensam)\s+"


HOW_TO = re.compile(r"^(?:så\s+(?:här|gör\s+(?:du|ni))|gör\s+så\s+här|hur\s+(?:du|ni|man))\b", re.IGNORECASE)


# a title wrapped after an abbreviation, no full stop: '… enligt 17 kap.' over 'miljöbalken'
ABBREVIATION_END = re.compile(r"\b(?:kap|st|p|nr|bl\.a|t\.ex|m\.m|m\.fl|resp|jfr|ca|prop|dir|s)\.$")


PROSE_WORDS = 20  # a heading of more words that runs on past a full stop is a paragraph set large
# a full stop, not a question mark: 'Äldreplanen på remiss: Vad … viktigt? Vad …' is a heading
FULL_STOP_ON = re.compile(r"(?<!\b[A-ZÅÄÖa-zåäö])\.\s+[A-ZÅÄÖ]")



# a line that is only a date ('21 december 2017', '2017-12-21'), as a news page sets it over its heading
DATE_ONLY_LINE = re.compile(rf"(?:(?:den\s+)?\d{{1,2}}\s+{MONTH_WORD}\.?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})"
                            r"(?:,?\s+(?:kl\.?\s*)?\d{1,2}[.:]\d{2})?", re.IGNORECASE)


def title_from_layout(lines: Sequence[Line], *, skip_generic: bool = False) -> Found | None:
    """Given a missiv's lines, return its title: the largest heading on its first page, joined if wrapped
    (with `skip_generic`, the largest that names a matter: 'Kungörelser vecka 26' names a page)."""
    first = [line for line in lines if line.page == lines[0].page]
    body = body_size(first)
    headings = [
        (index, line)
        for index, line in enumerate(first)
        if (body and line.size >= body * HEADING_SIZE) or (line.bold and line.size >= body * 0.95)
    ]
    for index, line in sorted(headings, key=lambda pair: (-pair[1].size, pair[0])):
        text = line.text
        plain = TITLE_PREFIX.sub("", text.strip()) == text.strip()  # 'Utställning LIS-plan' names no sender
        # a name whose heading goes on after a dash on the next line ('Framtid Finspång' / '- samråd för ny
        # översiktsplan'): the project's name, no sender, and one heading with its rest
        dashed = index + 1 < len(first) and dash_rest(line, first[index + 1])
        if ((_org_name(text) or _name_like(text)) and plain and index + 1 < len(first) and not dashed
                and not _kind_first(text) and not MATTER_FROM.match(text.strip())
                and not _plan_named_for(text, first[index + 1 : index + 1 + NAMED_BELOW])):
            continue  # the sender in the letterhead, set like the title ('Socialdepartementet'); a document's
            # kind first names a plan, no sender ('Planprogram Faxfjället'), nor does a place the text below
            # names a plan for ('Södra Otterbäcken' over 'planförslaget för Södra Otterbäcken'), nor a
            # protocol's matter by who asked ('Hemställan från exploateringsnämnden gällande', layout38)
        if index + 1 < len(first) and _letterhead_word(line, first[index + 1]):
            continue  # 'Kammarkollegiet' over a gap over 'Kammarkollegiet begär förtydligande', same style
        if index + 1 < len(first) and _kicker(line, first[index + 1]):
            continue  # 'Ledningsbloggen' over 'Förslag på ny näringslivsstrategi', both bold: the blog's name
        # (lista40) not under a line with room left for its first word: 'Bilaga 3 - Brev till remissinstanser'
        # over 'Remisshantering för Göteborgs Stads Plan …', both bold at the body's size in an e-mail's print
        cut_above = index > 0 and _continues_line_above(first[index - 1], line) \
            and not _room_for(first[index - 1], line, first)
        if cut_above or index > 0 and (_inside_lead(first, index) or _after_comma(first[index - 1], line)):
            continue  # 'har nyligen presenterat sitt förslag till ny' / 'Översiktsplan 2040 som …': the rest
            # of a sentence set large, no heading of its own; nor is a line inside a lead of sentences
        if _in_prose(first, index):
            continue  # nor a sentence of a bold paragraph whose lines the page's width ended at full stops
        if DATE_ONLY_LINE.fullmatch(text.strip()):
            continue  # (kalla36) a news item's date set like the heading under it ('21 december 2017' over
            # 'Detaljplan för Rådmannen 3 …' in a Word template): no part of it
        above = line
        if dashed:
            text, above = f"{text} {dash_heading(first[index + 1].text.strip())}", first[index + 1]
        for follow in first[first.index(above) + 1 : index + 1 + TITLE_MAX_LINES]:
            styled = _same_face(line, follow)
            if not styled:
                # (titel34) the heading's rest on a line of its own in the body's face ('… naturreservatet
                # Brajdgatskogen' over 'i Bäls socken' over the text)
                at = first.index(above) + 1
                after = first[at + 1] if at + 1 < len(first) else None
                if heading_rest(text, above, follow, after):
                    text, above = f"{text} {follow.text.strip()}", follow
                break
            if not styled or len(text) + len(follow.text) > TITLE_MAX_CHARS:
                break
            ended = text.endswith((".", "?", "!")) and not ABBREVIATION_END.search(text)
            # a capitalised procedure opens a heading of its own ('Risträsk i Vilhelmina, Södra Lappland' over
            # 'Inbjudan till samråd' in the same style)
            opening = follow.text.split()[:1]
            procedure = bool(opening) and opening[0][:1].isupper() and opening[0].lower() in PROCEDURE_FIRST
            # a whole question set alike opens a heading of its own: 'Förslag till ny översiktsplan' over
            # 'Hur kan Tingsryds kommun skapa attraktiva boendemiljöer?' (a news page's kicker and heading)
            question = WHOLE_QUESTION.match(follow.text.strip()) is not None
            # (layout39) so does a whole statement set alike, the lead under the heading: 'Remiss stadgar'
            # over 'Republikanska föreningens medlemmar kan lämna synpunkter på förslaget till nya stadgar.'
            # (a Word file whose heading and lead are both bold at the body's size)
            statement = _whole_statement(follow.text.strip()) and not _open_end(text, follow.text.strip())
            # lines read as page furniture stood between ('Telefon: …', 'E-post: …' of a contact box under the
            # heading): the heading does not run on across them into the next heading set alike
            skipped = bool(above.number and follow.number and follow.page == above.page
                           and follow.number - above.number > 1)
            gap = gap_between(above, follow) and not _open_end(text, follow.text.strip())
            # a section's heading in capitals under a heading in mixed case opens a heading of its own where
            # the layout sets them alike with no gap ('Detaljplan Döderhult förskola del av Oskarshamn 3:2'
            # over 'SYFTE OCH OMFATTNING' in an e-mail's print), unless the heading cannot end where it stands
            capitals = (_in_capitals(follow.text) and not _in_capitals(text)
                        and not _open_end(text, follow.text.strip()))
            # nor is a line with room left for the next line's first word wrapped ('Kongressprogramremiss
            # 2018' over 'Kongressen 2019', a heading and its sub-heading set alike in an e-mail's print)
            room = _room_for(above, follow, first) and not _open_end(text, follow.text.strip())
            # a list page's heading does not run on into its first post's heading set alike ('Föreslagna
            # reservat' over 'Utökning av naturreservatet Ekhorva …', titel.toml [listrubrik])
            listed = list_heading(text.strip())
            if (ended or gap or STOP_TITLE.match(follow.text.strip()) or procedure
                    or question or statement or skipped or listed or capitals or room):
                break  # a heading does not run on past a full stop ('… förslagen.' over 'Bakgrund'), nor into
                # a section's heading set alike ('… § 5, 1313/22' over 'Beslut', both bold at body size)
            text, above = f"{text} {follow.text}", follow
        sentence = (text.strip().endswith(".") and not ABBREVIATION_END.search(text.strip())
                    and SENTENCE_VERB.search(text) is not None)
        words = len(text.split())
        below = first[first.index(above) + 1].text.strip() if first.index(above) + 1 < len(first) else ""
        runs_on = (below[:1].islower() and not text.strip().endswith((".", "?", "!", ":"))
                   and (words > PROSE_WORDS or words > 8 and SENTENCE_VERB.search(text) is not None))
        # (also one long sentence with its full stop: 'Planen anger kommunernas viljeinriktning för … till
        # havs.' set large where a page's heading was lost)
        closed = text.strip().endswith(".") and not ABBREVIATION_END.search(text.strip())
        long_sentence = ((FULL_STOP_ON.search(text) or closed) and words > PROSE_WORDS
                         or sentence and words > 12) and not _framed_heading(text)
        if text.strip()[:1].islower() or long_sentence or runs_on:
            continue  # a paragraph set large (a blog's lead): prose that goes on past a full stop, a long
            # sentence with its verb and full stop, a long line whose sentence runs on into the text below,
            # or a wrapped sentence's rest, is no heading
        title = title_from_headings([text])
        short = clean_title(title) if title else ""
        if short and len(short.split()) <= 3 and not re.search(r"\d", short):
            # 'Trafikförsörjningsprogrammet ute på remiss': a loose name; the text may name the plan in full
            named = _named_document(first[index + 1 : index + 40], short)
            if named is not None:
                return named
        value = short or (_cleaned_or_word(title, text) if title else "")
        if (not value and title and ONE_WORD_TITLE.fullmatch(title) and not generic_heading(title)
                and not text.strip().endswith(".")):
            # the largest heading alone vouches for a one-word title ('Trafikplan'), not for one word with a
            # full stop: a site's label read out to a screen reader ('Mobilmeny.')
            value = title
        if value and (step_heading().match(value.strip()) or aspect_heading(value) or process_heading(value)):
            continue  # (titel30) a sub-heading on the next step or the contact is never a title ('Kontakt'),
            # nor one on the plan's purpose or the procedure's course ('Detaljplanens syfte och innehåll',
            # 'Planprocessen': session 35, [syftesrubrik], [processrubrik])
        if value and skip_generic and (generic_heading(value) or HOW_TO.match(value) or value[:1].islower()):
            continue  # a page's heading, a how-to ('Så här svarar man') or a fragment ('pågår till 22 april')
        if value:
            return Found(value, line, "största fetstilta eller stora rubriken på första sidan")
    return None




STATEMENT_WORDS = 6  # a line of a heading's rest is shorter than a whole sentence of this many words


def _whole_statement(text: str) -> bool:
    """Return True for a line that is one whole sentence: a capital first, a sentence verb, a full stop last
    and none before it, at least STATEMENT_WORDS words ('Republikanska föreningens medlemmar kan lämna
    synpunkter på förslaget till nya stadgar.')."""
    closed = text.endswith(".") and not ABBREVIATION_END.search(text)
    return (closed and text[:1].isupper() and len(text.split()) >= STATEMENT_WORDS
            and SENTENCE_VERB.search(text) is not None and FULL_STOP_ON.search(text) is None)


def _room_for(line: Line, follow: Line, page: Sequence[Line]) -> bool:
    """Return True when the next line's first word would have fit at the end of line (its right edge well
    short of the page's text margin, positions known): the line was not wrapped there, it ended."""
    words = follow.text.split()
    if line.x0 is None or line.x1 is None or not words or not line.text.strip():
        return False
    right = max((other.x1 for other in page if other.x1 is not None), default=line.x1)
    char = (line.x1 - line.x0) / len(line.text.strip())
    return right - line.x1 > ROOM_MARGIN * char * (len(words[0]) + 1)


ROOM_MARGIN = 1.5  # the room, in the line's own characters, a typesetter would have filled with the word


def _in_capitals(text: str) -> bool:
    """Return True for a line that opens with words in capitals, at least two, its first three ('SYFTE OCH
    OMFATTNING', 'UTKAST TILL DETALJPLANEÄNDRING FRAMLAGT (62 § i MarkByggL …)')."""
    words = text.split()[:3]
    letters = [char for char in " ".join(words) if char.isalpha()]
    return len(words) >= 2 and len(letters) >= 4 and all(char.isupper() for char in letters)


# a name's genitive at a heading's line end that the next line completes ('… revidering av Göteborgs' / 'Stads
# riktlinjer för …', the source's line break set as two paragraphs)
GENITIVE_END = re.compile(r"\s[A-ZÅÄÖ][a-zåäö]+s$")
GENITIVE_GOES_ON = re.compile(r"^(?:(?:Stads|stads|[Kk]ommuns|[Ll]äns|[Rr]egions)\b|[a-zåäö])")


def _open_end(text: str, follow: str) -> bool:
    """Given a heading's text so far and the next line set alike, return True when the heading cannot end
    there: on a preposition or conjunction ('… för'), or on a name's genitive the next line completes
    ('… Göteborgs' / 'Stads riktlinjer …'), or when the next line goes on with a preposition in lower case
    ('Anslutning till svenska elnätet' / 'av vindpark Aurora', a web page's heading lines set apart), or with
    any word in lower case ('Landsbygdsutveckling i strandnära' / 'läge', a transcript's heading lines kept as
    paragraphs), or inside a parenthesis the next line closes ('… (Lödde folkets' / 'park)'), or on a comma
    ('… till Europaparlamentet, rådet,' / 'Europeiska ekonomiska och sociala kommittén …': a list of names),
    or on a kind of place the next line names ('… inom stadsdelen' / 'Backa i Göteborg')."""
    if re.search(CUT_AFTER, text.rstrip()) or GOES_ON_WITH.match(follow) or LOWER_START.match(follow):
        return True
    if text.rstrip().endswith(",") or PLACE_KIND_END.search(text.rstrip()) and follow[:1].isupper():
        return True  # (or on a kind of place whose name the next line gives: '… inom stadsdelen' / 'Backa …')
    if text.count("(") > text.count(")") and ")" in follow:
        return True
    if CODE_GOES_ON.match(follow) and not text.rstrip().endswith((".", ":", "?", "!")):
        return True  # the number of what the heading names ('… ramdirektivet för vatten' / '2000/60/EC, …')
    return GENITIVE_END.search(text.rstrip()) is not None and GENITIVE_GOES_ON.match(follow) is not None


# a document's number that a heading's next line opens with, then goes on: an EU act's ('2000/60/EC,') or
# a series' ('SOU 2018:88', '(Ds 2021:5)', 'COM(2023) 155'), a transcript's heading lines as paragraphs
CODE_GOES_ON = re.compile(r"^\(?(?:\d{2,4}/\d{1,4}/(?:EC|EG|EU|EEG|EUT)\b"
                          r"|(?:SOU|Ds|COM|KOM)\s*\(?\d{4}\)?[:\s]\s*\d+)")
PLACE_KIND_END = re.compile(r"\s(?:inom|i|på|vid)\s+(?:stadsdelen|kommundelen|fastigheten|fastigheterna"
                            r"|kvarteret|tätorten|socknen|delområdet)$")
GOES_ON_WITH = re.compile(r"(?:av|för|till|i|om|med|på|vid|inom|mellan|och|samt)\s+\S")
LOWER_START = re.compile(r"\(?[a-zåäö]")  # also a parenthesis in lower case: '(område A), …' (layout38)


NAMED_BELOW = 12  # the lines under a name-like heading where the text names a plan for it


def _plan_named_for(name: str, lines: Sequence[Line]) -> bool:
    """Given a heading of capitalised words ('Södra Otterbäcken') and the lines under it, return True when the
    text names a plan or a proposal for it ('Kommunfullmäktige beslutade … att planförslaget för Södra
    Otterbäcken (Gallernäset 1:19) ska bli föremål för ett nytt granskningssamråd'): the heading is the plan's
    name, not the sender's: a sender sends, decides or proposes, no plan is for it."""
    if _org_name(name):
        return False  # 'Region Värmland' is an organisation also where a strategy is for it
    text = re.sub(r"\s+", " ", " ".join(line.text for line in lines))
    pattern = (rf"(?<![\wåäö-])(?i:[\wåäö-]*förslag(?:et)?|{_kind_word().pattern})"
               rf"\s+(?i:för|över|vid|inom)\s+{re.escape(name.strip())}(?![\wåäö-])")
    return re.search(pattern, text) is not None


def _framed_heading(text: str) -> bool:
    """Given a long heading that ends with a full stop, return True when its length is the procedure's frame
    around the matter, not prose: a notice's 'Kungörelse: Förslaget till etapplandskapsplan 5 för Mellersta
    Österbotten framlägges offentligt i enlighet med markanvändnings- och bygglagen 895/1999 § 12 under
    perioden 17.8.-15.9.2021.' (titel.toml [forfarande_ram]) set large over the notice's text."""
    bare = TITLE_PREFIX.sub("", text.strip()).strip(" .")
    matter = procedure_frame_stripped(bare)
    return matter != bare and len(matter.split()) <= PROSE_WORDS // 2


DASH_REST = re.compile(r"^[–—-]\s*[a-zåäö]")


# a sentence a transcript ran onto the dash's line ('- samråd för ny översiktsplan Just nu pågår arbetet med
# ny översiktsplan för Finspångs kommun.'): a capital after a word that ends no phrase, five words or more to
# a full stop; a name after a preposition is the heading's ('- samråd för Detaljplan för Kvarteret Eken.')
RUN_IN_SENTENCE = re.compile(
    r"(?<=[a-zåäö])(?<!\bför)(?<!\bav)(?<!\bom)(?<!\bi)(?<!\btill)(?<!\bpå)(?<!\bmed)(?<!\boch)(?<!\böver)"
    r"\s+(?=[A-ZÅÄÖ][a-zåäö]*(?:\s+\S+){4,}[.!?]$)"
)


def dash_heading(text: str) -> str:
    """Given a heading's rest after a dash, return it without a sentence a transcript ran onto its line."""
    match = RUN_IN_SENTENCE.search(text)
    return text[: match.start()] if match else text


def dash_rest(line: Line, follow: Line) -> bool:
    """Return True when follow is the rest of a short heading after a dash, on a line of its own ('Framtid
    Finspång' over '- samråd för ny översiktsplan'), whatever its style: a name's subtitle, no list item."""
    short = 0 < len(line.text.split()) <= 4 and not line.text.strip().endswith((".", ":", "?", "!"))
    return short and follow.page == line.page and DASH_REST.match(follow.text.strip()) is not None


def _kicker(line: Line, follow: Line) -> bool:
    """Return True for a short label over a heading set alike: the site's section or blog ('Ledningsbloggen'
    over 'Förslag på ny näringslivsstrategi', an Outlook print setting both bold at body size); one or two
    words that name no document and end no phrase, over a heading of three words or more that starts anew
    (a capital: 'Regional kulturplan' / 'för Västernorrland 2023-2026' is one heading wrapped)."""
    same = _same_face(line, follow) and follow.page == line.page
    words = line.text.split()
    # (robust29) nor 'Remiss stadgar': a remiss's heading with its matter, over a lead set alike (an A5 print)
    short = (len(words) <= 2 and not _frame_words()[0].search(line.text)
             and not (len(words) == 2 and REMISS_FIRST.match(line.text.strip()))
             and not re.search(r"(?:[:,–-]|\b(?:och|för|i|av|till|om|med|på))$", line.text.strip()))
    start = re.sub(r"^\d{1,2}\.\s+", "", follow.text.strip())  # a stegsida's step: '7. Översiktsplan …'
    anew = start[:1].isupper() and len(follow.text.split()) >= 3
    return same and short and anew


def _continues_line_above(above: Line, line: Line) -> bool:
    """Return True when line goes on with the line above it: the same style, no gap, and the line above ends
    in a word in lower case, cut mid-sentence ('… sitt förslag till ny' over 'Översiktsplan 2040 som …')."""
    cut = re.search(r"\b[a-zåäö]+$", above.text.strip()) is not None
    sender = _org_name(above.text) or _name_like(above.text)  # 'Myndigheten för samhällsskydd och beredskap'
    # a sentence cut at a line end is a long line ('Pågående översiktsplanering' over '7. Översiktsplan …' is
    # a label over a step's heading)
    long_above = len(above.text.split()) >= 4
    return _run_on(above, line) and cut and long_above and not sender


def _after_comma(above: Line, line: Line) -> bool:
    """Return True when line, set like the line above on its page, goes on with that line's sentence also over
    a gap: the line above, four words or more, ends with a comma ('Sänd in era synpunkter, …, till Börje
    Karlsson,' over 'Skogsvägen 2, 290 40 Kyrkhult senast den 8 mars. Använd gärna det', a transcript's source
    lines kept as paragraphs of a lead set large)."""
    return (above.page == line.page and _same_face(above, line) and above.text.rstrip().endswith(",")
            and len(above.text.split()) >= 4)


def _run_on(upper: Line, lower: Line) -> bool:
    """Return True when lower goes on from upper in one paragraph: the same page and style, no gap between."""
    return upper.page == lower.page and _same_face(upper, lower) and not gap_between(upper, lower)


def _inside_lead(first: Sequence[Line], index: int) -> bool:
    """Return True when the line at index goes on with a paragraph of several sentences set like it, with no
    gap: a lead (ingress) set bold or large ('… till Börje Karlsson,' over 'Skogsvägen 2, 290 40 Kyrkhult
    senast den 8 mars. Använd' in a bold lead of five sentences), no heading of its own, wherever the line
    above ends (a comma, a postcode's digits). A line above that ends a sentence, or a short one, may stand
    over a heading set alike; not one whose sentence goes on into the next line with no gap, positions known
    ('… KUS och KUM.' / 'Förslaget är sänt till medlemsföreningar, vängrupper,' / 'provinsombud …': a
    printed web page that set the whole lead large; a Word paragraph is one line and never wrapped)."""
    above, line = first[index - 1], first[index]
    if not _run_on(above, line) or len(above.text.split()) < 4:
        return False
    wraps = line.top is not None and index + 1 < len(first) and _run_on(line, first[index + 1])
    if above.text.strip().endswith((".", "?", "!", ":", ";")) and not wraps:
        return False
    start, end = index - 1, index
    while start > 0 and _run_on(first[start - 1], first[start]):
        start -= 1
    while end + 1 < len(first) and _run_on(first[end], first[end + 1]):
        end += 1
    text = " ".join(row.text.strip() for row in first[start : end + 1])
    return len(FULL_STOP_ON.findall(text)) >= LEAD_SENTENCES - 1 and len(text.split()) > PROSE_WORDS


LEAD_SENTENCES = 3  # a paragraph of this many sentences set like a heading is a lead, no heading


def _opens_prose(first: Sequence[Line], index: int) -> bool:
    """Return True when the line at index is a sentence with its verb and full stop that the lines set like
    it with no gap go on from into a paragraph a heading never is (more than PROSE_WORDS words, a second
    sentence, a full stop at its end): 'Turvas arbetsgrupp har kommit med ett förslag på ändringar i
    föreningens stadgar.' over 'Förslaget hittar du här …' in one bold paragraph that the page's width broke
    after the first sentence (positions known; a Word paragraph is never wrapped, and on one line the whole
    paragraph is prose already)."""
    line = first[index]
    text = line.text.strip()
    if (line.top is None or not text.endswith(".") or ABBREVIATION_END.search(text)
            or SENTENCE_VERB.search(text) is None):
        return False
    end = index
    while end + 1 < len(first) and _run_on(first[end], first[end + 1]):
        end += 1
    whole = " ".join(row.text.strip() for row in first[index : end + 1])
    return (end > index and whole.endswith(".") and FULL_STOP_ON.search(whole) is not None
            and len(whole.split()) > PROSE_WORDS)


def _in_prose(first: Sequence[Line], index: int) -> bool:
    """Return True when the line at index belongs to a paragraph that _opens_prose finds from its first line
    (the lines above it set alike with no gap)."""
    start = index
    while start > 0 and _run_on(first[start - 1], first[start]):
        start -= 1
    return _opens_prose(first, start)


def _letterhead_word(line: Line, follow: Line) -> bool:
    """Return True for a one-word name ('Riksantikvarieämbetet') set like the heading that follows it after an
    empty line's space, or a section's name over a heading: the letterhead, not a title ('Kulturstrategi' over
    body text)."""
    text = line.text.strip()
    return (len(text.split()) == 1 and text[:1].isupper() and not re.search(r"\d", text)
            and _same_face(line, follow)
            and (gap_between(line, follow) or _section_over_heading(text, follow.text.strip())))


def _section_over_heading(word: str, heading: str) -> bool:
    """Return True for a page's section or blog name in the definite form ('Ledningsbloggen', 'Nyheter') over
    a whole heading of its own, where no gap shows (a Word file, a mail's bold headings at body size)."""
    return (bool(re.search(r"(?:en|et|na|er)$", word)) and len(heading.split()) >= 3
            and heading[:1].isupper() and not TITLE_PREFIX.match(word))


def _kind_first(text: str) -> bool:
    """Return True for a line whose first word is a document's kind ('Planprogram Faxfjället', 'Detaljplan
    Fossa'): the capitalised words name a plan, not an organisation (titel.toml [arende] slag)."""
    words = text.split()
    return bool(words) and _kind_word().fullmatch(words[0]) is not None


def _name_like(text: str) -> bool:
    """Return True for a short line of capitalised words without digits: a name, not a title.

    Swedish titles capitalise only their first word ('Styrkraft i funktionshinderpolitiken'); a line
    like 'Funktionsrätt Sverige' or 'Region Jämtland Härjedalen' names an organisation.
    """
    return capitalised_words(text) and not re.search(r"\d", text) and not text.endswith((".", ":", "?", "!"))


# the verb of a news heading whose subject is the organisation ('Kommunen föreslår ny trafikstrategi')
ORG_SUBJECT_VERB = re.compile(r"föreslår|remitterar|skickar|presenterar|inleder|startar|öppnar|välkomnar",
                              re.IGNORECASE)


def _org_name(text: str) -> bool:
    """Return True for a short line naming an organisation ('Socialdepartementet', 'Region Värmland').

    A genitive is part of a title, not the sender: 'Ändring av Boverkets byggregler'.
    """
    from remiss.extract.avsandare import FINITE_VERB, unspaced

    words = unspaced(text).split()
    if words and words[0].lower() in PROCEDURE_FIRST:
        return False  # 'Samråd Brududdens vattenkraftverk' names a samråd on a plant, no agency ('-verk')
    if len(words) > 2 and (FINITE_VERB.fullmatch(words[1]) or ORG_SUBJECT_VERB.fullmatch(words[1])):
        return False  # (titel32) a news heading, the organisation its subject: 'Kommunen föreslår ny …'
    # (a steering document's compound on an organisation's word is the document: 'Regionprogram remiss')
    if len(words) <= 4 and any(ORG_WORD.search(w) and not w.endswith("s") and not _one_word_document(w)
                               for w in words):
        # 'Kulturmiljöprogram för Eskilstuna kommun': the organisation is what the titled plan is for
        return not _org_after_preposition(words)
    unit = re.search(r"(?:nämnd|styrelse|förvaltning|kontor)(?:en|n|et)?$", words[-1], re.IGNORECASE)
    if len(words) <= 4 and unit:
        return True  # 'Landstingets kulturnämnd'; a unit over a contact box, 'Plan- och markkontoret'
    if len(words) == 1 and re.search(r"\w{3}(?:sektionen|avdelningen|enheten)$", words[0]):
        return True  # a letterhead's unit alone, 'Planläggningssektionen' (set large in another layout)
    # 'Myndigheten för samhällsskydd och beredskap', 'Länsstyrelsen i Västra Götalands län'; not a heading's
    # sentence wrapped before its end stop ('Kommunen planerar för ett verksamhetsområde i' / 'Stäket.')
    return (len(words) <= 7 and ORG_WORD.match(words[0]) is not None and not _one_word_document(words[0])
            and not text.endswith((".", ":")) and FINITE_VERB.search(text) is None
            and SENDS_OUT.search(text) is None)


# (titel29) the verb of an organisation that sends a matter out makes its line a heading's sentence, no
# letterhead ('Länsstyrelsen remitterar förslag till åtgärdsprogram för miljömålen')
SENDS_OUT = re.compile(r"\b(?:remitterar|remitterat|skickar|sänder)\b", re.IGNORECASE)


TITLE_PREPOSITION = frozenset({"för", "i", "inom", "av", "till", "om"})
# a line that starts with a procedure names an event, never an organisation
PROCEDURE_FIRST = frozenset(
    {"samråd", "inbjudan", "granskning", "utställning", "underrättelse", "kungörelse"}
)


def _org_after_preposition(words: Sequence[str]) -> bool:
    """Return True when an organisation word stands after a preposition and the line starts with none:
    'Kulturmiljöprogram för Eskilstuna kommun' is a title, 'Länsstyrelsen i Skåne län' a sender."""
    if ORG_WORD.match(words[0]):
        return False
    for word in words[1:]:
        if word.lower() in TITLE_PREPOSITION:
            return True
        if ORG_WORD.search(word):
            return False
    return False


ONE_WORD_NO_TITLE = re.compile(
    r"^(?:tjänsteskrivelse|protokoll\w*|missiv|remiss\w*|yttrande|kallelse|beslut\w*|sammanfattning|"
    r"bakgrund|innehåll\w*|sändlista|bilag\w*|information|inledning|sammanträdesprotokoll|"
    r"delegationsbeslut|anmälningsärenden|handläggare|kontaktuppgifter)\W*$",
    re.IGNORECASE,
)


def title_from_headings(headings: Sequence[str]) -> str | None:
    """Given the bold or large lines of a missiv's first page, return the one that is its title."""
    for heading in headings:
        text = heading.strip()
        if len(text) > TITLE_MAX_CHARS or STOP_TITLE.match(text) or HEADER_DATUM.match(text) \
                or DATE_ONLY.match(text):
            continue  # a news date set large ('1 juli 2014') is no title; (missiv40) a heading as long as the
            # join allows is one (an EU act's full name with its COM number, 258 characters, was cut to its
            # first line and the next: prov38/rk-2022-com-2022-338-amnen-manskligt-ursprung)
        if len(text.split()) < 2 and (len(text) < 10 or ONE_WORD_NO_TITLE.match(text)):
            continue  # 'Kulturstrategi' is a title; 'Tjänsteskrivelse', 'Remissinstanser' are not
        label = re.match(r"^(?:missiv|remiss|sida|instans|dnr)\b\s*(\S{0,8})$", text, re.IGNORECASE)
        remitted = label is not None and _remitted_word(label.group(1))
        if label and not remitted or EMAIL.search(text):
            continue  # a label ('Remiss 2', 'Sida 1'), not a document's remiss ('Remiss stadgar', titel28)
        if _org_name(text) and not _kind_first(text):
            continue  # the sender's name in the letterhead; a document's kind first names a plan with its
            # owner, no sender ('Naturvårdsprogram Alingsås kommun 2020', kalla40, as title_from_layout
            # reads it)
        if text.endswith(".") and re.match(r"^(?:vi|du|ni|jag|här|det|den)\s", text, re.IGNORECASE):
            continue  # a sentence set large ('Vi är tacksamma för era synpunkter.'), no title
        return TITLE_PREFIX.sub("", text).strip(" .:") or None
    return None

