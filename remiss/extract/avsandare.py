"""The avsändare: the Instans header, the letterhead, or whom the answers go to."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from remiss.domain import Line
from remiss.extract.dnr import DNR_RE
from remiss.extract.personer import ASCII_FOLD, is_person
from remiss.extract.svarsdatum import OWN_ANSWER
from remiss.extract.svarsvag import (
    KOMMUN,
    KOMMUN_ORG,
    MAILBOX_UNIT,
    REPLY_UNIT,
    UNIT_HEAD,
    UTSKOTT,
    mailbox_unit,
    route_unit,
    spelled_body,
)
from remiss.extract.svarsvag import fold as _fold
from remiss.extract.svarsvag import same_place as _same_place
from remiss.extract.text import (
    LONGEST_FIRST_NAME,
    ORG_WORD,
    PHONE_RE,
    Found,
    LineText,
    Text,
    capitalised_words,
)
from remiss.instanser import EMAIL
from remiss.modelldata import fraser
from remiss.split import HEADER_DATUM, TITLE_MISSIV

# a label starts a line with a capital ('Från: …', 'AVSÄNDARE'); 'från Västra Götalands regionen.' is prose
# 'Från' is a label only with its colon or alone on its line: 'Från 1 juli till 31 juli 2014 …' is prose
INSTANS_LABEL = re.compile(
    r"^(?:(?:Instans|Avsändare|INSTANS|AVSÄNDARE)\b\s*:?|(?:Från|FRÅN)\s*(?::|$))\s*(?P<value>.*)$"
)
# a definite noun is no name of a sender: 'Kommunen har tagit fram nya avfallsföreskrifter'
GENERIC_ORG = frozenset(
    {"kommunen", "regionen", "staden", "nämnden", "förvaltningen", "myndigheten", "förbundet", "styrelsen"}
)
RECEIVER_PRONOUNS = frozenset({"oss", "mig", "er", "dig", "dem", "honom", "henne"})
# (samrad44) a receiver that names a role, not an organisation: the authority that will try the application
# in lower case ('Innan tillståndsansökan lämnas in till prövningsmyndigheten ska samråd genomföras …',
# prov42/sortera-materials-malmo-samrad), 'den som …', 'verksamhetsutövaren', 'sökanden'; or a sentence's rest
# with its finite verb ('… ska samråd genomföras'): a name holds no verb
NO_RECEIVER_NAME = re.compile(
    r"^(?:den\s+som\b|(?-i:[a-zåäö])[a-zåäö]*(?:myndighet(?:en)?|utövaren|sökanden)\b)"
    r"|\b(?-i:ska|skall|har|hade|är|blir|kan|bör|måste)\s+(?-i:[a-zåäö])",
    re.IGNORECASE,
)
# a kommun's unit named only by its kind, in lower case, without a name of its own: 'tekniska förvaltningen',
# 'miljökontoret', 'plan- och byggenheten' (not 'Stadsbyggnadskontoret', a letterhead's capital)
BARE_UNIT = re.compile(
    r"(?:[a-zåäö]+a\s+|[a-zåäö]+-\s+och\s+)?[a-zåäö]*(?:förvaltningen|kontoret|nämnden|enheten|avdelningen)"
)
# a picture's caption or alt text over a web notice: 'Karta över kommunen med texten översiktsplan Eksjö
# kommun', 'Flygbild över planområdet', 'Logotyp för Borås Stad' is the logo (clean_org)
CAPTION = re.compile(
    r"^(?:karta|kartbild|bild|foto|fotografi|flygbild|flygfoto|illustration|skiss|vy|vybild)\s+"
    r"(?:över|på|av|med|från|som|visar)\b",
    re.IGNORECASE,
)
# a line that says what someone does is a sentence or a heading, not a letterhead
FINITE_VERB = re.compile(r"\b(?:har|hade|är|blir|ska|vill|kan|bjuder|ställer|tar|tog|söker|planerar|inför)\b")
# a line that tells the reader to get in touch is a site's contact box, not a letterhead: 'Kontakta
# kommunen och lämna synpunkter' over its telephone and e-mail (Älvkarleby kommuns webbplats), 'Ring …';
# nor is a heading that asks the reader for views, also when a narrow layout wrapped it before its verb
# ('Lämna dina synpunkter på hur framtidens kommun' / 'ska byggas', missiv/s-jonkoping-… in webb)
READER_CALL = re.compile(r"^(?:kontakta|ring|mejla|maila|besök|följ|prenumerera\s+på|lämna|tyck\s+till|säg|"
                         r"skicka|var\s+med|delta|berätta|hjälp\s+oss)\b", re.IGNORECASE)
# 'ska ha kommit in till X senast', 'Åsikter ska lämnas in till miljöministeriet senast 10.9.2018'
# (missiv32: also the kungörelse's 'Den som vill yttra sig över ansökan ska göra det skriftligen till
# Länsstyrelsen i X län senast …')
# (missiv42: not folded with ANSWERS_REACH, which reads the same route with the answer's noun and other
# verbs: KOMMIT_IN is read before the fallbacks and goes over the letterhead, ANSWERS_REACH only when nothing
# else names the sender; read in KOMMIT_IN's place it took the receiver over the right sender in five
# documents of the corpus, the consultant over the company 'Sand och Grus AB Jehander', the
# kommunledningskontor before its kommun in Eslöv's, Skogsstyrelsen over Naturvårdsverket)
# (missiv42) also what one answers on between ('yttra sig över ansökan till …') and the body's postal address
# after it in place of the deadline ('… rätt att skriftligen yttra sig över ansökan till Ålands miljö- och
# hälsoskyddsmyndighet, Norragatan 17, 22100 Mariehamn', prov40/amhm-skogindustrier-miljotillstand-delgivning)
KOMMIT_IN = re.compile(
    r"(?:(?:kommit|komma|inkommit|vara|lämnas)\s+in|inkomna|tillhanda|(?:göra\s+det|yttra\s+sig)(?:\s+skriftligen)?"
    r"(?:\s+över\s+(?:ansökan|förslaget|planen|ärendet|programmet))?)"
    r"\s+(?:till|hos)\s+(?!och\s+med\b)"  # ('kan göra det till och med den 6 augusti': a date, no one)
    r"(?P<org>[A-ZÅÄÖ][^,.()]{2,80}?)(?:\s+(?:\(|senast|före|innan|\d|avseende|angående|gällande|rörande|om|på)\b"
    r"|(?P<postal>,\s+(?:[A-ZÅÄÖ][\wåäö]+(?:\s+[\wåäö]+)?\s+\d+\s?[A-Za-z]?,\s+|(?:Box|PB)\s+\d+,\s+)?"
    r"(?:AX-|FI-)?\d{3}\s?\d{2}\s+[A-ZÅÄÖ]))",
    re.IGNORECASE,
)
# (rest46) what came in, told after the fact: 'Här kan du ta del av de remissvar som kommit in till Klimat-
# och näringslivsdepartementet på …' names who holds the answers now (a department merged since), not whom
# the remiss asked them of ('Remissvaren ska ha kommit in till Miljödepartementet senast …'; g0vse's
# regeringen.se pages)
CAME_IN_BEFORE = re.compile(r"\b(?:remissvar(?:en)?|svar(?:en)?|yttranden(?:a)?|synpunkter(?:na)?|inspel)"
                            r"\s+som\s+(?:har\s+)?$", re.IGNORECASE)


def _asked_in(joined: str) -> re.Match[str] | None:
    """Given the joined text, return the first KOMMIT_IN match that asks for the answers, not one that tells
    what has come in ('de remissvar som kommit in till X'); that one when no other names a receiver by its
    name ('Remissvaren ska ha kommit in till departementet senast …')."""
    matches = list(KOMMIT_IN.finditer(joined))
    asked = (m for m in matches if not CAME_IN_BEFORE.search(joined[max(0, m.start() - 40) : m.start()])
             and m.group("org")[:1].isupper())
    return next(asked, matches[0] if matches else None)


# 'Region X, Box 517'; 'Ekerö kommun, Kommunstyrelsen, Box 205' (the kommun and the nämnd the answers go to)
POSTAL = re.compile(
    r"(?P<org>(?:[A-ZÅÄÖ][\wåäö-]+)(?:\s+(?:[A-ZÅÄÖ][\wåäö-]+|och|i|för|läns|kommun|stad|landskapsregering))"
    r"{0,5}),\s*"
    # (the office in lower case too: 'brev till Trafikverket, ärendemottagning, Box 810, 781 28 Borlänge')
    # (a routing number before the office: 'Sunne kommun, 1. Kommunkansliet, 686 80 Sunne')
    r"(?:(?:\d{1,2}\.\s*)?(?P<mid>[A-ZÅÄÖa-zåäö][\wåäö -]{2,40}),\s*)?"
    r"(?:(?:Box|Postbox|PB|Postadress:?)\s+\d+|(?:AX-|FI-)?\d{3}\s?\d{2}\s+[A-ZÅÄÖ])"
)  # … or the postcode right after: 'Krokoms kommun, Bygg och miljönämnden, 835 80 KROKOM' (an Åland box and
# postcode too: 'Ålands landskapsregering, PB 1060, AX-22111 Mariehamn')


# a Finnish kommun's postal address with its office after a slash, a street before the postcode (missiv25,
# missiv/narpes-planer-till-paseende: 'tillställas: Närpes stad/Enheten för mätning och planläggning,
# Kyrkvägen 2, 64200 Närpes'); an enhet is no unit of the sender (README, Facit), a nämnd is
POSTAL_SLASH = re.compile(
    r"(?P<org>[A-ZÅÄÖ][\wåäö-]+\s+(?:kommun|stad))\s*/\s*(?P<mid>[A-ZÅÄÖ][^,/.\d]{2,60}?)(?:\s*/\s*[^,]{1,30})?,\s*"
    r"(?:[A-ZÅÄÖ][\wåäö]+(?:\s+[\wåäö]+)?\s+\d+\s?[A-Za-z]?,\s*)?(?:(?:PB|Pb|Box)\s+\d+,?\s*)?"
    r"(?:AX-|FI-)?\d{3}\s?\d{2}\s+[A-ZÅÄÖ]"
)


# the address block's lines run together without commas by a transcript: the organisation, 'att.' and the
# person, the box ('skriftligen till: Sweco Sverige AB att. Klara Brännström Box 110 901 03 Umeå')
POSTAL_ATT = re.compile(
    r"(?P<org>[A-ZÅÄÖ][\wåäö-]+(?:\s+(?:[A-ZÅÄÖ][\wåäö-]+|och|i|för|läns|kommun|stad)){0,5})\s+"
    r"(?i:att)[.:]\s*[A-ZÅÄÖ][a-zåäö]+(?:\s+[A-ZÅÄÖ][a-zåäö-]+){1,2}\s+(?:Box|Postbox)\s+\d+"
)
# the block run into the sentence that gives it, no comma before the box: 'Skicka era synpunkter till: SMA
# Mineral Persberg AB Box 329 682 27 Filipstad' (also wrapped anywhere in the name)
POSTAL_SEND_TO = re.compile(
    r"\btill\s*:\s*(?P<org>[A-ZÅÄÖ][\wåäö-]+(?:\s+(?:[A-ZÅÄÖ][\wåäö-]+|AB|och|i|för|läns|kommun|stad)){0,5})"
    r"\s+(?:Box|Postbox)\s+\d+"
)


def find_avsandare(lines: Sequence[Line], text: Text, *, kommun: str | None = None,
                   svarsadress: Found | None = None) -> Found | None:
    """Given lines, return the sender: the 'Instans' header, else the organisation in the letterhead.

    Under the own kommun's letterhead ('Borås Stad' / 'Kommunstyrelsen') the nämnd is the sender; another
    kommun gets its unit from the reply route, or from the reply address (`svarsadress`, found first by
    extract_remiss) when it is the unit's mailbox. A word the text writes both with a hyphen inside and
    joined is given joined (see joined_spelling).
    """
    found = _sender(lines, text, kommun=kommun, svarsadress=svarsadress)
    if found is None:
        return None
    spelled = joined_spelling(found.value, text.joined)
    if spelled != found.value:
        found = Found(spelled, found.line, f"{found.skal}; ordet som texten också skriver utan bindestreck")
    of_kommun = UNIT_OF_KOMMUN.fullmatch(found.value)
    if of_kommun:  # 'Stadsbyggnadsförvaltningen i Västerås stad': the kommun with its unit, as facit names it
        value = f"{of_kommun.group('kommun')}, {of_kommun.group('unit')}"
        found = Found(value, found.line, f"{found.skal}; kommunen först, enheten efter")
    return found


DECIDES = re.compile(r"nämnden|styrelsen|fullmäktige", re.IGNORECASE)


def _body_of_mailbox(org: str, svarsadress: Found | None, text: Text) -> str | None:
    """Given a kommun or region and the reply address, return the nämnd or styrelse the mailbox is named
    after when it is the organisation's own: its styrelse by the organisation's kind
    ('regionstyrelsen@vgregion.se' for Västra Götalandsregionen: 'Regionstyrelsen'), or a nämnd the text
    names ('miljobyggnadsnamnden@…' and 'Miljö- och byggnadsnämnden' in the text); None for a förvaltning's
    box or another's (missiv35, missiv/bengtsfors-vgr-infrastruktur-synpunkter: the nämnd the answers go to
    over the office in the postal address, README Facit: the myndighet, the nämnd, first)."""
    if svarsadress is None:
        return None
    match = MAILBOX_UNIT.fullmatch(svarsadress.value)
    if match is None or not match.group("kind").startswith(("namnd", "styrelse")):
        return None
    kind = next((k for k in ("region", "kommun", "landsting") if k in org.lower()), None)
    if kind and match.group("stem") == kind and match.group("kind").startswith("styrelse"):
        return f"{kind.capitalize()}styrelsen"
    body = spelled_body(svarsadress.value)
    return body if body and body.casefold() in text.joined.casefold() else None


# a kommun's unit named with its kommun after 'i' ('Stadsbyggnadsförvaltningen i Västerås stad', missiv35)
UNIT_OF_KOMMUN = re.compile(
    r"(?P<unit>(?!Läns|Region|Skogs|Social|Förbunds)[A-ZÅÄÖ][\wåäö-]*(?:förvaltningen|kontoret|nämnden|styrelsen))"
    r"\s+i\s+(?P<kommun>[A-ZÅÄÖ][\wåäö-]+\s+(?:kommun|stad))"
)


# a hyphen inside a word, between two lower-case parts ('bygg-nämnden'), not a joined field's ('Miljö- och')
INNER_HYPHEN = re.compile(r"(?<![\wåäö-])(?P<first>[\wåäö]*[a-zåäö])-(?P<rest>[a-zåäö][\wåäö]*)(?![\wåäö-])")


def joined_spelling(name: str, joined: str) -> str:
    """Given a sender's name and the text, return the name with each word the text writes with a hyphen
    inside it and also joined as the text joins it (missiv35: 'Miljö- och bygg-nämnden' in the reply address,
    'Miljö- och byggnämnden' that decides: the nämnd has one name, the hyphen is a wrap's or a typo's)."""

    def joined_word(match: re.Match[str]) -> str:
        whole = match.group("first") + match.group("rest")
        pattern = rf"(?<![\wåäö-]){re.escape(whole)}(?![\wåäö-])"
        return whole if re.search(pattern, joined, re.IGNORECASE) else match.group(0)

    return INNER_HYPHEN.sub(joined_word, name)


def _sender(lines: Sequence[Line], text: Text, *, kommun: str | None = None,
            svarsadress: Found | None = None) -> Found | None:
    """Return the sender as find_avsandare reads it, before the joined spelling."""
    found = _find_avsandare(lines, text)
    if found and found.value == "Länsstyrelsen":  # 'Länsstyrelsen har tagit fram …' over its contact box
        found = replace(found, value=_full_name(found.value, lines, text))  # 'Länsstyrelsen i Jönköpings län'
    if found is None or found.value == "Länsstyrelsen":
        found = _county_board_answered(text, svarsadress) or found
    found = _principal(found, text) or _samrad_host(found, text) or found
    found = found or _we_at(text) or _host_at_meeting(text)
    found = _answer_domain_owner(found, text, svarsadress) or found
    found = _company_answered(found, text) or _company_host(found, text, svarsadress) or found
    found = (_body_over_its_office(found, text, svarsadress) if found else None) or found
    found = _signing_body_over_office(found, lines) or found
    if found and found.value == "Regeringskansliet":
        index = lines.index(found.line)
        for line in lines[index + 1 : index + 4]:
            department = re.search(r"\b[A-ZÅÄÖ][\wåäö-]*(?:\s+och\s+[\wåäö]+)?departementet\b", line.text)
            if department:
                return Found(department.group(0), line, "departementet under 'Regeringskansliet'")
    reply = reply_address(text)
    if reply and _reply_names_sender(reply, found):
        chosen = _body_over_its_office(reply, text, svarsadress) or reply
        shared_reply = SHARED_UNIT.fullmatch(chosen.value) and _in_named_kommun(chosen, text, kommun)
        return shared_reply or _signing_body_over_office(chosen, lines) or chosen
    if found and kommun and found.value.lower() == kommun.lower():
        index = lines.index(found.line)
        for line in lines[index + 1 : index + 3]:
            name = clean_org(line.text)
            if re.search(r"(?:nämnden|styrelsen|fullmäktige|revisionen)$", name, re.IGNORECASE):
                return Found(normal_case(name), line, "nämnden under den egna kommunens namn")
        return found
    # (missiv37) also a förvaltning several kommuner share, named after their region ('Samhällsbyggnads-
    # förvaltningen Bergslagen' in the answers' postal address on a page of the one kommun it names, 'I
    # Hällefors kommun utförs planarbetet tillsammans med Samhällsbyggnad Bergslagen': README, Facit, the
    # kommun with the förvaltning the answers go to; prov35/hellefors-halgsnas-detaljplan-samrad); named no
    # kommun, it stands alone (prov8/mora-fop-granskning, 'Stadsbyggnadsförvaltningen Mora Orsa')
    shared = found is not None and SHARED_UNIT.fullmatch(found.value) is not None
    if found and (BARE_BODY.fullmatch(found.value) or shared):
        kommuner = {m.group("kommun") for m in KOMMUN_I_TEXTEN.finditer(text.joined)}
        in_kommun = _in_named_kommun(found, text, kommun)
        if in_kommun:
            return in_kommun
        # a Finnish city's nämnd that never names its city but as the place of its addresses ('stadens
        # webbplats', '21600 Pargas', bygg-miljonamnden@pargas.fi): the kommun or city they spell
        # (the kommun named in the text, or a city that calls itself 'staden'; not a förvaltning under
        # 'kommunens hemsida' and a place, missiv/lysekil-fossa-granskning: the text names no kommun)
        place = None if kommuner or shared else _kommun_by_domain(text)
        named = place is not None and (_calls_itself_city(text.joined) or place.value in text.joined)
        if place and named and not (kommun and _same_place(place.value, kommun)):
            skal = f"{found.skal}, i kommunen som adressernas domän och ort namnger"
            return Found(f"{place.value}, {found.value}", found.line, skal)
    body = _protocol_body(lines, text, found, kommun)
    if body:
        return body
    other = found is not None and not (kommun and _same_place(found.value, kommun))
    route = route_unit(found, text) if found and other else None
    if found and route:  # the unit answers go to before a nämnd that decided ('Kommunstyrelsen beslutade')
        return Found(f"{found.value}, {route.value}", found.line, f"{found.skal}, med {route.skal}")
    whole = found is not None and found.skal == STYRELSENS_SKAL  # the landsting itself, not its styrelse
    if found and SELF_GOVERNED.search(found.value) and "," not in found.value and not whole:
        enhet = find_enhet(found.value, lines, text)
        named_box = _body_of_mailbox(found.value, svarsadress, text)
        if enhet and named_box and not DECIDES.search(enhet):  # the nämnd over its office (missiv35)
            return Found(f"{found.value}, {named_box}", found.line,
                         f"{found.skal}, med nämnden eller styrelsen som svarsadressen stavar")
        if enhet and not DECIDES.search(enhet) and _answers_to_section(found.value, enhet, text):
            return Found(found.value, found.line, f"{found.skal}; svaren går till en avdelning eller enhet")
        if enhet:
            return Found(f"{found.value}, {enhet}", found.line, f"{found.skal}, med nämnden eller enheten")
    # the mailbox answers go to ('kommunstyrelsen@ange.se') when nothing names the unit in words: a
    # förvaltning's box ('stadsledningskontoret@goteborg.se') is no sender over the nämnd that decided
    box = mailbox_unit(found, text, svarsadress) if found and other else None
    if found and box:
        return Found(f"{found.value}, {box.value}", found.line, f"{found.skal}, med {box.skal}")
    return found


def _in_named_kommun(found: Found, text: Text, kommun: str | None) -> Found | None:
    """Given a body without its kommun ('Kommunstyrelsen', a shared 'Samhällsbyggnadsförvaltningen
    Bergslagen'), return it with the one kommun the text names ('Göteborgs Stads riktlinje'), or None when
    the text names none, several, or the own kommun (whose bodies stay bare)."""
    kommuner = {m.group("kommun") for m in KOMMUN_I_TEXTEN.finditer(text.joined)}
    # (a shared förvaltning's own town named as a kommun, also without the genitive s: 'Orsa kommun' by
    # 'Stadsbyggnadsförvaltningen Mora Orsa')
    for place in re.findall(r"\s([A-ZÅÄÖ][a-zåäö]+)", found.value):
        kommuner |= set(re.findall(rf"\b{place}s? kommun\b", text.joined))
    own = kommun is not None and any(_same_place(named, kommun) for named in kommuner)
    if len(kommuner) != 1 or own:
        return None
    return Found(f"{_two_word_name(kommuner.pop(), text)}, {found.value}", found.line,
                 f"{found.skal}, i kommunen texten namnger")


# a kommun's avdelning, enhet or sektion, a unit under its förvaltning ('Planavdelningen', 'Mark- och
# planeringsenheten', 'samhällsbyggnadsavdelningen')
SECTION = re.compile(r"[\wåäö]+(?:-\s+och\s+[\wåäö]+)?(?:avdelningen|enheten|sektionen)", re.IGNORECASE)


def _answers_to_section(org: str, enhet: str, text: Text) -> bool:
    """Given a kommun or region and the förvaltning or kontor the missiv names (its letterhead's), return True
    when the answers' postal address names the organisation with an avdelning or enhet under it, not the
    förvaltning: the sender is the organisation alone (README, Facit: never an avdelning; the förvaltning
    only when the address names it; prov34/are-produkthusomradet: 'Samhällsbyggnadskontoret' / 'Planenheten'
    over 'till Åre kommun, Planavdelningen, Box 201, 830 05 Järpen')."""
    for match in POSTAL.finditer(text.joined):
        mid = (match.group("mid") or "").strip()
        named = match.group("org").strip()
        same = named.casefold() == org.casefold() or (
            not named.startswith("Region") and _same_place(named, org))
        if SECTION.fullmatch(mid) and same:
            return enhet.casefold() not in match.group(0).casefold()
    return False


# the one a consultant works for: 'På uppdrag av Umeå Energi ansvarar Sweco för samråd och tillståndsfrågor'
ON_BEHALF = re.compile(
    r"\b[Pp]å\s+uppdrag\s+av\s+(?P<org>[A-ZÅÄÖ][\wåäöé-]*(?:\s+(?:[A-ZÅÄÖ][\wåäöé-]*|AB)){0,4})"
    r"(?P<rest>[^.!?]{0,160})"
)


def _principal(found: Found | None, text: Text) -> Found | None:
    """Given the sender found (a consultant in the answers' address block, 'Sweco Sverige AB'), return the
    company it works for when the text says so in the same sentence ('På uppdrag av Umeå Energi ansvarar Sweco
    för samråd …'), or None."""
    if found is None:
        return None
    agent = found.value.split()[0]
    for match in ON_BEHALF.finditer(text.joined):
        sentence = text.joined[max(0, text.joined.rfind(".", 0, match.start()) + 1) : match.end()]
        org = match.group("org").strip()
        if agent not in org and re.search(r"\b" + re.escape(agent) + r"\b", sentence):
            return Found(org, text.line_at(match.start("org")),
                         f"bolaget som {found.value} arbetar för ('På uppdrag av X ansvarar …')")
    return None


# the one who holds a samråd, subject of its invitation: 'Skellefteå Kraft Elnät bjuder härmed in till samråd
# enligt 6 kap miljöbalken', 'Cementa bjuder därför in boende … till samråd', 'Umeå Energi går nu ut på ett
# fortsatt samråd', 'Cementa AB i Slite (Cementa) avser att ansöka om …', 'X har tidigare skickat ut en
# inbjudan till samråd'
SAMRAD_HOST = re.compile(
    # (or a company, its name ending in 'AB', after a heading a transcript ran into the sentence:
    # 'Samrådsmötena ställs in, men samrådet fortsätter Jämtkraft Elnät AB har tidigare skickat ut …')
    r"(?:^|[.!?]\s+|(?<=\n)|(?<=:\s)|(?<=[a-zåäö]\s)(?=(?:[A-ZÅÄÖ][\wåäöé-]*\s+){1,4}AB\s))"
    r"(?:[A-ZÅÄÖ][\wåäö]+\s+(?:har|är)\s+)?(?:nu\s+)?"
    # (a company's name with 'och' or '&' between its words: 'Sand och Grus AB Jehander', 'Ragn-Sells
    # Treatment & Detox AB')
    # (geta40: a kommun that calls to its own samråd, 'Geta kommun kallar härmed till samråd …')
    r"(?P<org>(?-i:[A-ZÅÄÖ])[\wåäöé-]*(?:\s+(?:(?-i:[A-ZÅÄÖ])[\wåäöé-]*|AB|&|och(?=\s+(?-i:[A-ZÅÄÖ])))){0,5}"
    r"(?:\s+kommun(?=\s+kallar\b))?)"
    r"(?:\s+i\s+[A-ZÅÄÖ][\wåäö-]+)?(?:\s+\((?P<short>[^()]{2,30})\))?\s+"
    # (also with a clause between the verb and its particle: 'X bjuder – i enlighet med 6 kap. 29 §
    # miljöbalken – in allmänheten till samråd', missiv33)
    r"(?:(?:in)?bjuder\s+(?:härmed\s+|därför\s+|nu\s+|också\s+)*(?:[-–]\s+(?:[^.!?\n–-]|\bkap\.){3,100}?\s+[-–]\s+)?"
    r"(?:in\s+)?(?:[^.!?]{0,80}?\s)?till\s+"
    # (samrad44) also a samråd of a kind, one word: 'Metsä bjuder nu in till avgränsningssamråd enligt
    # miljöbalken' (prov42/metsa-board-husum-avgransningssamrad)
    r"(?:ett\s+)?(?:nytt\s+|fortsatt\s+)?(?:[a-zåäö]{3,}s)?samråd"
    r"|går\s+(?:nu\s+)?ut\s+(?:på|med)\s+(?:ett\s+)?(?:nytt\s+|fortsatt\s+)?samråd"
    # (geta40) 'Geta kommun kallar härmed till samråd enligt 6 kap. 30 § …'
    r"|kallar\s+(?:härmed\s+|därför\s+|nu\s+)*till\s+(?:ett\s+)?(?:nytt\s+|fortsatt\s+)?samråd"
    # 'Jämtkraft Elnät AB har tidigare skickat ut en inbjudan till samråd med anledning av …'
    r"|har\s+(?:tidigare\s+|nu\s+|härmed\s+)?skickat\s+ut\s+(?:en\s+)?inbjudan\s+till\s+(?:ett\s+)?samråd"
    # 'OX2 samråder under hösten gällande elnätsanslutningen av Aurora'
    r"|samråder"
    # (samrad44) 'X AB anhåller om synpunkter på den planerade verksamheten'
    r"|anhåller\s+(?:härmed\s+|nu\s+)?om\s+(?:era\s+|dina\s+|eventuella\s+)?synpunkter"
    # (missiv33) 'Y Energi AB håller samråd om …', 'X anordnar ett samråd', 'X genomför nu samråd'
    r"|(?:håller|anordnar|genomför)\s+(?:nu\s+|härmed\s+|därför\s+)*(?:ett\s+)?(?:nytt\s+|fortsatt\s+)?"
    r"(?:[a-zåäö]+)?samråd"
    # 'X avser att hos länsstyrelsens Miljöprövningsdelegation ansöka om tillstånd', 'X planerar att ansöka om
    # tillstånd för en täkt', 'X planerar att söka tillstånd hos Y kommun för en vindkraftpark' (missiv33,
    # prov31/ljusdal-kolvallen-vindkraft-samrad): the applicant holds the samråd before its application
    r"|(?:avser|har\s+för\s+avsikt|planerar)\s+att\s+(?:hos\s+[^.!?]{0,80}?\s)?(?:an)?söka\s+(?:om|tillstånd)"
    # (missiv35) 'Vi välkomnar in till samråd måndagen den 19 september', 'X välkomnar er till samrådsmöte'
    # (missiv41: the meeting's word whole, 'samrådsmöte', as the comment above has it; the word boundary after
    # 'samråd' refused it)
    r"|välkomnar\s+(?:in\s+|er\s+|dig\s+|alla\s+)?till\s+(?:ett\s+)?[a-zåäö]*samråd(?:smöte(?:t|n)?)?)\b"
)
# (samrad44) the host after its verb, a sentence opened by an adverbial ('Med hänsyn till ovanstående anhåller
# BillerudKorsnäs Sweden AB om synpunkter på den planerade verksamheten', 'Med anledning av … genomför
# BillerudKorsnäs Sweden AB nu ett kompletterande samråd', prov42/billerud-karlsborg-bioslam-samrad): a name
# of capitalised words between the verb and what it asks or holds; also 'X anhåller om synpunkter' in straight
# order (the one who asks for the views on its planned work, SAMRAD_HOST)
SAMRAD_HOST_INVERTED = re.compile(
    r"(?-i:\b(?:anhåller|genomför|håller|anordnar|inbjuder|bjuder))\s+"
    r"(?P<org>(?-i:[A-ZÅÄÖ])[\wåäöé-]*(?:\s+(?:(?-i:[A-ZÅÄÖ])[\wåäöé-]*|AB|&)){0,5})"
    r"(?:\s+\((?P<short>[^()]{2,30})\))?\s+(?:nu\s+|härmed\s+|därför\s+|också\s+)*"
    r"(?:om\s+(?:era\s+|dina\s+|eventuella\s+)?synpunkter"
    r"|(?:in\s+)?till\s+(?:ett\s+)?(?:nytt\s+|fortsatt\s+)?(?:[a-zåäö]{3,}s)?samråd"
    r"|(?:ett\s+)?(?:nytt\s+|fortsatt\s+|kompletterande\s+)?(?:[a-zåäö]{3,}s)?samråd)\b"
)


def _samrad_hosts(joined: str) -> list[re.Match[str]]:
    """Given a text's lines joined by line breaks, return the matches of the samråd's host in both orders
    (SAMRAD_HOST, SAMRAD_HOST_INVERTED), in the order they stand."""
    both = [*SAMRAD_HOST.finditer(joined), *SAMRAD_HOST_INVERTED.finditer(joined)]
    return sorted(both, key=lambda match: match.start())


# (samrad44) the organisation the page's 'we' names itself as, opening a sentence: 'Vi på Svensk
# Plaståtervinning vill uppgradera vår verksamhet …' (prov42/svensk-plastatervinning-motala-samrad, a
# company's own samråd page that says 'planerar vi att ansöka om tillstånd'), 'Vi inom X AB …'
WE_AT = re.compile(
    r"(?:^|[.!?]\s+|(?<=\n))(?-i:Vi)\s+(?:på|inom|hos)\s+"
    r"(?P<org>(?-i:[A-ZÅÄÖ])[\wåäöé-]*(?:\s+(?:(?-i:[A-ZÅÄÖ])[\wåäöé-]*|AB|&)){0,4})\s+(?-i:[a-zåäö])"
)


def _we_at(text: Text) -> Found | None:
    """Given a text, return the organisation its 'we' names ('Vi på X vill …', WE_AT), or None."""
    rows = text.by_line(cells=False)  # a line starts a sentence (a web paragraph)
    match = WE_AT.search(rows.joined)
    if match is None or match.group("org").lower() in GENERIC_ORG:
        return None
    return Found(re.sub(r"\s+", " ", match.group("org")), rows.line_at(match.start("org")),
                 "organisationen som texten säger 'vi' om ('Vi på X …')")


# (samrad44) the one whose people meet the public at its samråd meeting, named nowhere else: 'Vid mötet
# kommer projektledningen från Stena samt miljökonsulter att finnas på plats och informera om projektet'
# (prov42/stena-renewable-horshaga-samrad, a wind power company's own notice; the consultants in the answers'
# address receive the views for it)
HOST_AT_MEETING = re.compile(
    r"\b(?:projektledningen|projektgruppen|representanter|företrädare)\s+(?:från|för)\s+"
    r"(?P<org>(?-i:[A-ZÅÄÖ])[\wåäöé-]*(?:\s+(?:(?-i:[A-ZÅÄÖ])[\wåäöé-]*|AB)){0,3})"
    r"(?:\s+(?:samt|och)\s+[^.!?]{0,60}?)?\s+(?:att\s+)?(?:finnas|vara)\s+på\s+plats\b"
)


def _host_at_meeting(text: Text) -> Found | None:
    """Given a text, return the organisation whose people are at its samråd meeting (HOST_AT_MEETING), or
    None."""
    match = HOST_AT_MEETING.search(text.joined)
    if match is None or match.group("org").lower() in GENERIC_ORG:
        return None
    return Found(match.group("org"), text.line_at(match.start("org")),
                 "organisationen vars projektledning finns på plats vid samrådsmötet")


# (missiv35) the one who says 'we' in the invitation ('Vi bjuder in till samråd …', 'Vi välkomnar in till
# samråd') is the organisation that opens another sentence of the page as its subject ('Boliden har hos
# domstolen ett pågående mål …', prov32/boliden-aitik-dammsakerhet-samrad; 'Ellevio planerar att bygga …'), a
# name the text never writes in lower case and names once more ('Bolidens huvudkontor') or spells in an
# address's domain
WE = frozenset({"Vi", "Vi nu"})
WE_SUBJECT = re.compile(
    r"(?:^|[.!?]\s+|(?<=\n))(?P<org>(?-i:[A-ZÅÄÖ])[\wåäöé-]+(?:\s+(?:(?-i:[A-ZÅÄÖ])[\wåäöé-]*|AB)){0,3})"
    r"\s+(?:har|planerar|avser|ska|kommer\s+att|ansöker|söker|bygger|driver|vill)\b"
)
NOT_SUBJECT_NAME = frozenset({"Vi", "Ni", "Du", "Jag", "Man", "Den", "Det", "De", "Denna", "Detta", "Dessa",
                              "Han", "Hon", "Här", "Nu", "Då", "Där", "Alla", "Ingen"})


def _we_named(text: Text) -> tuple[str, Line] | None:
    """Given the text of a page that invites as 'we', return the organisation another sentence has as its
    subject and the line it stands in, a name the text never writes in lower case ('Boliden har …'), or
    None."""
    rows = text.by_line()
    joined = rows.joined
    plain = EMAIL.sub(" ", joined)
    for match in WE_SUBJECT.finditer(joined):
        org = re.sub(r"\s+", " ", match.group("org"))
        first = org.split()[0]
        if first in NOT_SUBJECT_NAME or first in first_names() or org.lower() in GENERIC_ORG:
            continue
        if re.search(rf"(?<![\wåäöé-]){re.escape(org.lower())}(?![\wåäöé-])", plain) is not None:
            continue  # 'Planen ska …' and 'planen' elsewhere: a noun, no name
        again = len(re.findall(rf"(?<![\wåäöé-]){re.escape(org)}s?(?![\wåäöé-])", plain)) > 1
        domain = any(_fold(org) in address.split("@")[1] for address in EMAIL.findall(joined))
        if again or domain:
            return org, rows.line_at(match.start("org"))
    return None


# (missiv41) a company by its legal name, the subject opening a sentence: 'European Energy Tröjemåla PV AB
# undersöker möjligheten att bygga …'
COMPANY_SUBJECT = re.compile(
    r"(?:^|[.!?]\s+|(?<=\n))(?P<org>(?-i:[A-ZÅÄÖ])[\wåäöé-]*(?:\s+(?:(?-i:[A-ZÅÄÖ])[\wåäöé-]*|&)){0,5}\s+AB)"
    r"\s+(?-i:[a-zåäö])"
)


def _we_company(found: Found, rows: LineText, invitation: int) -> tuple[str, Line] | None:
    """Given the sender found (a letterhead's brand, 'European Energy'), the text's lines joined by line
    breaks and where its 'Vi bjuder in till samråd' stands, return the company by its legal name that opens a
    sentence before the invitation and begins with the found name ('European Energy Tröjemåla PV AB
    undersöker möjligheten att bygga …', the nearest before it when several do: the project's company, not the
    group's 'European Energy Sverige AB' further up), with its line; or None (missiv41,
    prov39/europeanenergy-trojemala-pv-samrad)."""
    names: list[tuple[str, Line]] = []
    for match in COMPANY_SUBJECT.finditer(rows.joined, 0, invitation):
        org, start = match.group("org"), match.start("org")
        # (a heading's line above the sentence taken into the name: 'Vindpark Storberget' / 'Nordvind Energi
        # Storberget AB planerar …'; the name from a line break on)
        for cut in (0, *(i + 1 for i, char in enumerate(org) if char == "\n")):
            name = re.sub(r"\s+", " ", org[cut:])
            if name.startswith(found.value + " "):
                names.append((name, rows.line_at(start + cut)))
                break
    return names[-1] if names else None


ON_TOP_SKAL = "första organisationen överst"


def _brand_over_company(found: Found, name: str, joined: str) -> bool:
    """Return True when the found is the brand over the page ('SCA', first on top, no public body) that the
    text never has as a sentence's subject, and the samråd's host a company by its legal name ('Östrands Elnät
    AB avser att ansöka om …'): the website's owner over its company's samråd, not the one holding it
    (missiv42, prov40/ostrands-elnat-bandsjon-kraftledning-samrad; a brand that acts, 'NVE bygger vindkraft
    …', stands)."""
    if found.skal != ON_TOP_SKAL or not name.endswith(" AB") or PUBLIC_BODY.search(found.value):
        return False
    acts = rf"(?:^|[.!?]\s+|(?<=\n)){re.escape(found.value)}\s+(?-i:[a-zåäö])"
    return re.search(acts, joined) is None


def _samrad_host(found: Found | None, text: Text) -> Found | None:
    """Given the sender found, return the company that invites to the samråd when nothing was found or the
    found is its group's shorter name ('Skellefteå Kraft' over 'Skellefteå Kraft Elnät bjuder härmed in till
    samråd'); the full name the text gives its short form ('Cementa AB i Slite (Cementa)': 'Cementa AB'), or
    None."""
    rows = text.by_line()  # a line starts a sentence (a web paragraph, a sub-heading over it)
    joined = rows.joined
    for match in _samrad_hosts(joined):
        # (a one-word heading run into the sentence: 'Renhållning Sörmland Vatten bjuder in …')
        org = _after_heading_word(re.sub(r"\s+", " ", _below_lines_of_its_own(match, joined)).strip())
        org = KIND_BEFORE_NAME.sub("", org)  # 'Företaget Nordic Sand AB': the kind is no part of the name
        fuller = None if org not in WE or found is None else _we_company(found, rows, match.start("org"))
        if fuller is not None and found is not None:
            return Found(fuller[0], fuller[1],
                         f"bolaget som säger 'vi' och bjuder in till samråd, fullare än {found.value}")
        we = _we_named(text) if org in WE else None
        if org in WE and we is None:
            continue  # 'Vi bjuder in …' on a page that names no one as 'we'
        if we is not None:
            why = "organisationen som säger 'vi' och bjuder in till samråd (subjekt i sidans andra meningar)"
            return Found(we[0], we[1], why) if found is None else None
        if org.lower() in GENERIC_ORG or org.split()[0] in first_names():  # "Anna Berg bjuder in …"
            continue
        # (samrad44: the short form in quotes too, 'Metsä Board Sverige AB (”Metsä”)')
        defined = re.search(r"\b(?P<full>[A-ZÅÄÖ][\wåäöé-]*(?:\s+[A-ZÅÄÖ][\wåäöé-]*){0,3}\s+AB)"
                            r"(?:\s+i\s+[A-ZÅÄÖ][\wåäö-]+)?\s+\([\"”“'’]?" + re.escape(org) + r"[\"”“'’]?\)",
                            text.joined)
        if match.group("short") and org.endswith(" AB"):
            name = org
        elif defined:
            name = defined.group("full")
        else:
            name = (_acronym_defined(org, text) or org) if ABBREVIATION.match(org) else org
        line = rows.line_at(match.start("org"))
        why = "bolaget som bjuder in till samrådet ('X bjuder härmed in till samråd …')"
        if found is None:
            return Found(name, line, why)
        # (a name the found lacks at its start on the same line: 'Sand och Grus AB Jehander' over 'Grus AB
        # Jehander'; not a heading's word above it, 'Renhållning' / 'Sörmland Vatten bjuder in …')
        longer = name.endswith(" " + found.value) and "\n" not in match.group("org")
        if name != found.value and (name.startswith(found.value + " ") or longer):
            return Found(name, line, f"{why}, fullare än {found.value}")
        if found.skal in (POSTAL_SKAL, POSTBOX_SKAL) and not PUBLIC_BODY.search(found.value):
            # 'Samrådet … Synpunkter skickas till: Sweco Energy AB, Att: …, Box 1': the consultant that
            # receives the views for the company holding the samråd, not the one who asks for them (missiv33;
            # README, Facit: missiv/vattenfall-gysinge-samrad-2019, missiv/nsva-rostanga-…-samrad)
            return Found(name, line, f"{why}, inte {found.value} som tar emot svaren åt det")
        if found.skal == KOMMUN_I_RUBRIKEN:
            # 'Lindvedens deponi i Trollhättans kommun': where the plant stands, not the one inviting
            return Found(name, line, f"{why}, inte kommunen där verksamheten ligger")
        if _brand_over_company(found, name, joined):
            return Found(name, line, f"{why}, inte {found.value} överst (webbplatsens ägare)")
        in_address = rf"\b{re.escape(found.value)},\s+{re.escape(name)},\s+(?:Box|\d)"
        if re.search(in_address, _with_next(found.line, text)):
            # 'via post till Aurora Nät AB, OX2, Box 2299, 103 17 Stockholm': the project's company in the
            # host's address, not the one that holds the samråd (also an address wrapped onto the next line)
            return Found(name, line, f"{why}, inte {found.value} i dess adress")
        return None
    return None


HEADING_LINE = 60  # a line this short over a sentence is a heading or a caption, no wrapped paragraph line


def _below_lines_of_its_own(match: re.Match[str], joined: str) -> str:
    """Given a SAMRAD_HOST match in lines joined by line breaks, return its 'org' without the lines above the
    sentence's that the name took in whole or that are short: a heading's or a picture caption's line
    ('Reningsverk' / 'Exempelby Energi AB håller samråd …', missiv33) is no part of the name; a name the
    layout wrapped in a paragraph's long line ('… i Kårböle. Kölvallen' / 'Vind AB bjuder …') stays."""
    org = match.group("org")
    if "\n" not in org:
        return org
    start = match.start("org") + org.rindex("\n")  # the last line break in the name
    above = joined[joined.rfind("\n", 0, start) + 1 : start]
    # (a line the name took in whole, or a short one, a heading's: 'Samråd om vindkraftpark vid Storberget' /
    # 'Bolaget Nordvind AB bjuder in …'; a paragraph's line wrapped in a name is long)
    whole = joined.rfind("\n", 0, match.start("org")) + 1 == match.start("org") or match.start("org") == 0
    if whole or len(above) < HEADING_LINE:
        return org.rsplit("\n", 1)[1]
    return org


def _with_next(line: Line, text: Text) -> str:
    """Return the line's text with the next line's after it (a sentence the layout wrapped)."""
    lines = list(text.lines)
    index = next((i for i, other in enumerate(lines) if other is line), None)
    following = lines[index + 1].text if index is not None and index + 1 < len(lines) else ""
    return f"{line.text} {following}"


POSTCODE = r"(?:Box\s+\d+|\d{3}\s?\d{2}\s+(?P<ort>[A-ZÅÄÖ][\wåäöÅÄÖ-]+))"
# 'Luleå kommun Stadsbyggnadsförvaltningen Avdelning stadsplanering … Bangårdsgatan 12 972 35 Luleå', the
# address block's lines joined; 'Enköpings kommun, samhällsbyggnadsförvaltningen 745 80 Enköping'; the enhet
# after a slash ('Simrishamns kommun, Samhällsbyggnadsförvaltningen/Planenheten, 272 80 SIMRISHAMN')
REPLY_BLOCK = re.compile(
    rf"(?P<org>{KOMMUN_ORG})[,\s]+(?P<unit>(?i:{REPLY_UNIT}))(?:(?:[,\s]+|\s*/\s*)[^.;:@]{{0,90}}?)?[,\s]+{POSTCODE}"
)
# 'Skicka dem skriftligt till: Miljö och stadsbyggnad, 451 81 Uddevalla'; 'Skriftligt till: Byggnadsnämnden,
# 291 80 Kristianstad'; 'skriva till oss på: Stadsbyggnadsförvaltningen Mora Orsa Fredsgatan 12 792 80 Mora'
# 'senast den 4 september 2019 till Tekniska kontoret, 574 80 Vetlanda' (a nämnd or kontor without the colon)
REPLY_UNIT_ONLY = re.compile(
    rf"\b(?:till|på)\s*:\s*(?P<unit>(?:{REPLY_UNIT}|[A-ZÅÄÖ][a-zåäö]+\s+och\s+[a-zåäö]+)"
    r"(?:\s+[A-ZÅÄÖ][a-zåäö]+){0,2}?)[,\s]+(?:[A-ZÅÄÖ][\wåäö]+\s+\d+[A-Z]?[,\s]+)?"
    + POSTCODE
    # (also on lines of their own over a box: 'ha inkommit till' / 'Miljö- och byggnadsförvaltningen' /
    # 'Box 88' / '362 22 TINGSRYD'; an avdelning of it between: 'till Kommunstyrelseförvaltningen, Plan- och
    # exploateringsavdelningen, 177 80 Järfälla')
    + rf"|\btill\s+(?P<unit2>(?=[A-ZÅÄÖ])(?!(?:Läns|Region|Förbunds|Riks)styrelsen){REPLY_UNIT})"
    + r"(?:,\s*[A-ZÅÄÖ][\wåäö-]*(?:\s+och\s+[\wåäö-]+)?(?:avdelningen|enheten|sektionen))?"
    + r"(?:,\s*|\s+(?=Box\s))(?:(?:Box|Postbox|PB|Pb)\s+\d+[,\s]+)?"  # (a Finnish box: 'Pb 13, 64101 …')
    + POSTCODE.replace("ort", "ort2")
)


# a unit's word a transcript broke inside its line where the original's line ended, without the space
# ('Västmanland-Dalarna miljö- och byggför-valtning, 774 81 Avesta'): read whole when whole it ends in a
# unit's head and its second part alone does not ('miljö-bygg@…' and 'bygg-förvaltningen' stay as written)
BROKEN_WORD = re.compile(r"(?<![\wåäö-])([a-zåäö]{2,})-([a-zåäö]{2,})(?![\wåäö@.-])")
UNIT_WORD = re.compile(rf"[a-zåäö]*{UNIT_HEAD}(?:en|et|n)?", re.IGNORECASE)


def _whole_unit_word(match: re.Match[str]) -> str:
    whole = match.group(1) + match.group(2)
    broken_head = UNIT_WORD.fullmatch(whole) and not UNIT_WORD.fullmatch(match.group(2))
    return whole if broken_head else match.group(0)


def reply_address(text: Text) -> Found | None:
    """Given the text, return the body the replies' postal address names with its organisation: 'Kalix
    kommun, Samhällsbyggnadsförvaltningen' (also written unit first), a kommun's unit with the kommun of the
    postal town ('Miljö och stadsbyggnad, 451 81 Uddevalla'), or a unit several kommuner share alone
    ('Stadsbyggnadsförvaltningen Mora Orsa'); None when no reply address names a unit. A unit's word broken
    inside its line ('byggför-valtning') is read whole."""
    whole = tuple(replace(line, text=BROKEN_WORD.sub(_whole_unit_word, line.text)) for line in text.lines)
    if whole == text.lines:
        return _reply_address(text)
    found = _reply_address(Text.of(whole))
    if found is None:
        return None
    return Found(found.value, text.lines[whole.index(found.line)], found.skal)


def _reply_address(text: Text) -> Found | None:
    """reply_address on the text as it stands."""
    joined = text.joined
    for match in POSTAL.finditer(joined):
        org, mid = match.group("org").strip(), (match.group("mid") or "").strip()
        line = text.line_at(match.start("org"))
        if mid and SELF_GOVERNED.search(org) and _reply_unit(mid, joined):
            return Found(f"{org}, {mid}", line, "kommunen och enheten i svarens postadress")
        # (nya25: also the förvaltning's short name, 'Adressen är: Samhällsbyggnad, Osby kommun, 283 80
        # Osby' with 'Samhällsbyggnadsförvaltningen på Osby kommun' in the text, as _reply_unit reads it
        # kommun first)
        unit_first = re.fullmatch(REPLY_UNIT, org) or _reply_unit(org, joined)
        if mid and unit_first and re.fullmatch(KOMMUN_ORG, mid):
            return Found(f"{mid}, {org}", line, "kommunen och enheten i svarens postadress (enheten först)")
    block = REPLY_BLOCK.search(joined)
    if block:
        return Found(f"{block.group('org')}, {block.group('unit')}", text.line_at(block.start("org")),
                     "kommunen och enheten i svarens adressblock")
    only = REPLY_UNIT_ONLY.search(joined)
    if only and (only.group("ort") or only.group("ort2")):
        unit = only.group("unit") or only.group("unit2")
        ort = only.group("ort") or only.group("ort2")
        ort = ort.capitalize() if ort.isupper() else ort  # '981 85 KIRUNA'
        line = text.line_at(only.start("unit") if only.group("unit") else only.start("unit2"))
        places = re.findall(r"\s([A-ZÅÄÖ][a-zåäö]+)", unit)
        if places and not re.search(REPLY_UNIT + r"$", unit):  # 'Stadsbyggnadsförvaltningen Mora Orsa'
            return Found(unit, line, "förvaltningen som flera kommuner delar, i svarens postadress")
        # the kommun as the text names the organisation in its genitive ('Mölndals stads hemsida' over
        # '… Planenheten, 431 82 Mölndal'); not a town the text only names ('för Kristianstads stad')
        stad = re.escape(_kommun_name(ort, city=True))
        city = re.search(rf"\b{stad}s\b", joined, re.IGNORECASE) is not None
        # ... or as a plan's maker after its name ('Detaljplan för …, Stattena, Helsingborgs stad', missiv33)
        # (the heading's end, before the next line's capital)
        city = city or re.search(rf",\s+{stad}(?=\s*$|\s+[A-ZÅÄÖ])", joined) is not None
        # ... or as it calls itself 'staden', never 'kommunen' ('stadens webbplats', a Finnish city's notice)
        city = city or _calls_itself_city(joined)
        return Found(f"{_kommun_name(ort, city=city)}, {unit}", line,
                     "enheten i svarens postadress, med kommunen på postorten")
    return None


def _reply_unit(unit: str, joined: str) -> bool:
    """Return True for a nämnd, styrelse, förvaltning or kontor in a reply address ('tekniska förvaltningen'),
    or its short name when the text names the förvaltning in full ('Samhällsbyggnad' with
    'samhällsbyggnadsförvaltningen'); not a person, an enhet or a section ('Mark- och planeringsenheten')."""
    if re.fullmatch(REPLY_UNIT, unit, re.IGNORECASE) or FINNISH_CENTRAL.fullmatch(unit):
        return True
    if KANSLI.fullmatch(unit):
        return True  # 'Sunne kommun, 1. Kommunkansliet, 686 80 Sunne': the styrelse's office
    if TWO_FIELD_SECTOR.fullmatch(unit):
        # (missiv28) a sector named by its two fields, as kommuner name them ('Åsele kommun, Miljö- och bygg,
        # 919 85 ÅSELE', 'Kultur och fritid'): indefinite, so no enhet or avdelning; when no nämnd is named
        # (missiv42) and the text does not send the views in words to the kommun alone ('ska du framföra dem
        # skriftligt till Umeå kommun med namn …' over 'Umeå kommun, Mark och exploatering, 901 84 Umeå',
        # missiv/umea-norrbyskar-samrad-miljoprovning-2016: the address's routing, an avdelning, README Facit)
        return not UNIT_NAMED.search(joined) and not VIEWS_TO_KOMMUN_ALONE.search(joined)
    if not re.fullmatch(r"[A-ZÅÄÖ][a-zåäö]{4,}", unit):
        return False
    if re.search(rf"\b{unit}s?(?:förvaltning|nämnd|kontor)", joined, re.IGNORECASE) is not None:
        return True
    # a sector named by its field of work, an activity noun in the indefinite form, as kommuner name their
    # förvaltningar ('Orust kommun, Samhällsutveckling, 473 80 Henån'; an enhet is definite,
    # 'Samhällsenheten'), when no nämnd is named to stand for the kommun
    sector = re.fullmatch(r"[A-ZÅÄÖ][a-zåäö]{4,}(?:ning|ling|nad)", unit) is not None
    return sector and not UNIT_NAMED.search(joined)


VIEWS_TO_KOMMUN_ALONE = re.compile(
    r"\b(?:framför|skicka|sänd|lämna)\w*\s+(?:[\wåäö]+\s+){0,4}?till\s+" + KOMMUN + r"(?!\s*[,:/])"
)
TWO_FIELD_SECTOR = re.compile(r"[A-ZÅÄÖ][a-zåäö]{2,}(?:-\s*|\s+)och\s+[a-zåäö]{3,}(?<!en)(?<!et)")


UNIT_NAMED = re.compile(r"\b[A-ZÅÄÖ][a-zåäö-]*(?:nämnden|styrelsen|fullmäktige)\b")
# the kommun's kansli in the answers' postal address, capitalised as a name ('Sunne kommun, 1. Kommunkansliet,
# 686 80 Sunne'): the office that works for the kommunstyrelse, as a kontor (README, Facit: the unit); not
# 'till kommunkansliet' in running text (prov14/jomala: where the answers may be handed in, the kommun alone)
KANSLI = re.compile(r"(?:Kommun|Stads|Kommunstyrelse|Stadsstyrelse)kansliet")
# a Finnish municipality's förvaltning is a 'central' ('Sibbo kommun, Utvecklings- och planläggningscentralen,
# PB 7, 04131 SIBBO'), as a Swedish kommun's is a förvaltning
FINNISH_CENTRAL = re.compile(r"[A-ZÅÄÖ][a-zåäö]*(?:-\s+och\s+[a-zåäö]+)?centralen")


def _reply_names_sender(reply: Found, found: Found | None) -> bool:
    """Return True when the reply address's 'Kommun, Enhet' names the sender better than what was found: no
    sender, a bare unit ('Samhällsbyggnadsförvaltningen'), or the same kommun without its unit ('Enköpings
    stad' read from 'översiktsplan för Enköpings stad'; 'Vimmerby kommun' from the letterhead)."""
    if found is None:
        return True
    value = found.value
    if "," in value:
        return False
    if re.fullmatch(REPLY_UNIT, value, re.IGNORECASE) or BARE_BODY.fullmatch(value):
        # the same unit, now with its kommun; a nämnd that decides stays ('Stadsbyggnadsnämnden' over the
        # address of its kontor)
        return "," in reply.value and reply.value.lower().endswith(value.lower())
    org = reply.value.split(",")[0]
    if "," in reply.value and re.fullmatch(KOMMUN_ORG, org) and ASSOCIATION.search(value):
        # an association's page over a kommun's samråd it passes on ('STÄKETS FASTIGHETSÄGARE FÖRENING SFF'
        # over 'till Kommunstyrelseförvaltningen, …, 177 80 Järfälla'): the answers, so the sender, are the
        # kommun's (README, Facit: the reply route decides)
        return True
    if not ("," in reply.value and re.fullmatch(KOMMUN_ORG, org) and re.fullmatch(KOMMUN_ORG, value)):
        return False
    if org.startswith("Region") or value.startswith("Region"):
        return org.lower() == value.lower()
    return _same_place(value, org)


# an association by its name: a förening, förbund or sällskap (also in capitals)
ASSOCIATION = re.compile(r"förening|förbund|sällskap|\bklubb", re.IGNORECASE)


# a nämnd, styrelse or förvaltning without its kommun ('Kommunstyrelsen', 'Kulturförvaltningen'), and the one
# kommun the text names ('Göteborgs Stads riktlinje', 'i Göteborgs Stad', 'Eslövs kommuns program')
BARE_BODY = re.compile(
    r"Kommunstyrelsen|Stadsdelsstyrelsen|(?!Läns|Region|Förbunds|Riks)[A-ZÅÄÖ][\wåäö-]*(?:nämnden|förvaltningen|kontoret)"
    # (a nämnd of two fields: 'Bygg- och miljönämnden', or named by an adjective: 'Samhällstekniska nämnden';
    # a nämnd's utskott: 'Kommunstyrelsens plan- och exploateringsutskott')
    r"|[A-ZÅÄÖ][a-zåäö]+-\s+och\s+[a-zåäö]+(?:nämnden|förvaltningen|kontoret)"
    r"|[A-ZÅÄÖ][a-zåäö]+a\s+(?:nämnden|förvaltningen)|" + UTSKOTT
)  # a kommun's own bodies; 'Socialstyrelsen', 'Länsstyrelsen', 'Regionstyrelsen' are no kommun's


# a förvaltning or nämnd several kommuner share, named after their region or their towns
# ('Samhällsbyggnadsförvaltningen Bergslagen', 'Stadsbyggnadsförvaltningen Mora Orsa')
SHARED_UNIT = re.compile(r"[A-ZÅÄÖ][\wåäö-]*(?:förvaltningen|kontoret|nämnden)(?:\s+[A-ZÅÄÖ][a-zåäö]+){1,2}")
KOMMUN_I_TEXTEN = re.compile(r"\b(?P<kommun>[A-ZÅÄÖ][a-zåäö]+s\s+(?:Stad|stad|kommun))s?\b")


# an external kommun or region is named with its nämnd or förvaltning:
# 'Alvesta kommun, Samhällsbyggnadsförvaltningen'
SELF_GOVERNED = re.compile(
    r"\b(?:kommun|region|regionen|landsting|landstinget|stad)\b|regionen$", re.IGNORECASE
)
UNIT = (  # a county's or the state's board is no unit of a kommun or region ('Region X, Länsstyrelsen Y')
    r"(?:(?!Länsstyrelsen|Socialstyrelsen|Skogsstyrelsen)[A-ZÅÄÖ][\wåäö-]*(?:nämnden|styrelsen|förvaltningen|kontoret|"
    r"fullmäktige)|"
    r"[A-ZÅÄÖ][a-zåäö]+a\s+nämnden|"  # 'Regionala nämnden', 'Tekniska nämnden'

    r"(?:Nämnden|Styrelsen|Förvaltningen)\s+för\s+[\wåäö-]+(?:\s+(?:och|för)\s+[\wåäö-]+)?)"
)
# a kommun's unit named by two fields ('Kultur- och fritidsförvaltningen', 'Miljö- och byggnadsnämnden'), its
# first letter in either case (after a comma, 'Exempelby kommun, kultur- och fritidsförvaltningen')
TWO_FIELD_REST = r"[a-zåäö]+-\s+och\s+[a-zåäö]+(?:nämnden|styrelsen|förvaltningen|kontoret)"
TWO_FIELD_UNIT = rf"[A-ZÅÄÖa-zåäö]{TWO_FIELD_REST}"
TWO_FIELD_HEAD = rf"[A-ZÅÄÖ]{TWO_FIELD_REST}"
# the nämnd in the address answers go to may be written in words: 'Bygg och miljönämnden' (as Krokom writes
# it), 'Miljö- och samhällsbyggnadsförvaltningen'
ADDRESS_UNIT = rf"(?:{UNIT}|[A-ZÅÄÖ][\wåäö-]*\s+och\s+[a-zåäö-]+(?:nämnden|styrelsen|förvaltningen|kontoret))"
UNIT_AFTER_SUBJECT = re.compile(
    # (missiv34: also a styrelse's utskott that decides, 'Regionstyrelsens tillväxtutskott har beslutat att
    # skicka ut förslag … på samråd', kalla34 missiv/regionhalland-infrastrukturplan-2018-samrad, as
    # BODY_DREW_UP reads it)
    rf"(?:^|[.:]\s+)(?P<unit>{UNIT}|{TWO_FIELD_HEAD}|{UTSKOTT})(?:\s+i\s+(?:Region\s+)?[A-ZÅÄÖ][\wåäö]*(?:\s+(?:kommun|stad|län))?)?"
    # 'Kommunstyrelsen har den 6 april 2021 § 94 beslutat att skicka': the decision's date and § between
    r"\s+(?:har\s+)?(?:den\s+\d{1,2}\s+[a-zåäö]+(?:\s+\d{4})?\s+(?:§\s*\d+\s+)?)?"
    # ('ger … möjlighet att … framställa anmärkningar': the stadsstyrelse of a Finnish city's request)
    # (missiv32: 'översänder', 'Kultur- och fritidsförvaltningen i Exempelby kommun översänder härmed …')
    r"(?:beslut\w*|remitterar|skickar|översänder|bjuder|önskar|ställer"
    r"|ger(?=\s+(?:[\wåäö]+\s+){0,12}?möjlighet\s+att))\b"
)
# the nämnd that drew up the documents: 'Plan- och miljönämnden har tagit fram samrådshandlingar …' (a
# förvaltning that drew them up is no sender's unit: 'Service- och teknikförvaltningen har tagit fram ett
# förslag …' under the kommun's kungörelse)
BODY_DREW_UP = re.compile(  # (also a nämnd of two fields: 'Plan- och miljönämnden')
    rf"(?:^|[.:]\s+)(?P<unit>{UNIT}|[A-ZÅÄÖ][a-zåäö]+-\s+och\s+[a-zåäö]*nämnden|{UTSKOTT})\s+(?:har\s+|hade\s+)?"
    r"(?:tagit\s+fram|tar\s+fram|upprättat)\b"
)  # (and a nämnd's utskott or section: 'Kommunstyrelsens plan- och exploateringsutskott har upprättat …')
DECIDING_UNIT = re.compile(r"(?:nämnden|styrelsen|utskott(?:et)?|sektion(?:en)?)$")
# the unit that asks for the views, the verb first: 'Nu önskar Regionala nämnden få in dina synpunkter'
UNIT_ASKS = re.compile(
    rf"(?:^|[.!?:]\s+)(?:Nu|Härmed)\s+(?:önskar|bjuder|remitterar|efterfrågar)\s+(?P<unit>{UNIT})\s"
)
# (missiv33) ... or after the time it decided, in lower case in a news item: 'Idag har regionala
# utvecklingsnämnden fattat beslut om granskning av regionplan för Skåne' (missiv/regionskane-…-nyhet)
UNIT_DECIDED_AFTER_TIME = re.compile(
    r"(?:^|[.!?:]\s+)(?:I\s*dag|Nu|Igår|I\s+går|Den\s+\d{1,2}\s+[a-zåäö]+(?:\s+\d{4})?)\s+(?:har|hade)\s+"
    r"(?P<unit>(?:[a-zåäö]+a\s+)?[a-zåäö]+(?:nämnden|styrelsen))\s+(?:fattat\s+beslut|beslutat)\b"
)
# ... or in the passive, the decision's maker after 'av': 'Beslutet om samråd fattades av
# Samhällsbyggnadsnämnden den 13 december 2016', 'Planen beslutades av Byggnadsnämnden …'
UNIT_BY_PASSIVE = re.compile(
    rf"\b(?:[Bb]eslut(?:et)?\s+(?:om\s+[^.]{{0,60}}?\s+)?(?:fattades|togs)|beslutades)\s+av\s+(?P<unit>{UNIT})"
)
GENITIVE_UNIT = r"\s+(?P<unit>[a-zåäö-]*(?:nämnd|styrelse|förvaltning)(?:en)?)\b"
SIGNED_FOR = r"(?:\s+genom\s+[A-ZÅÄÖ][\wåäö-]*)?"  # 'Nämnden för kultur och fritid genom Mia' (on its behalf)
SIGNED_UNIT = r"(?-i:\b(?P<unit>[A-ZÅÄÖ]{3,}(?:NÄMNDEN|STYRELSEN|FÖRVALTNINGEN|KONTORET)))\s+"


def _capitalised(name: str) -> str:
    """Return a unit's name with a capital first letter ('kultur- och …' → 'Kultur- och …')."""
    return name[:1].upper() + name[1:]


SIGNATURE_LINES = 8  # a notice's signature stands among its last lines
# a nämnd, styrelse or utskott that signs a notice: UNIT, a nämnd's utskott, an utskott by its one-word name
# ('Serviceutskottet', 'Planutskottet'); not a förvaltning's unit ('Planavdelningen', README Facit: Avsändare)
SIGNING_UNIT = rf"{UNIT}|{UTSKOTT}|(?-i:[A-ZÅÄÖ])[a-zåäö]+utskottet"


def find_enhet(org: str, lines: Sequence[Line], text: Text) -> str | None:
    """Given an external organisation, return its nämnd or förvaltning that the missiv names, or None.

    'Alvesta kommun, Samhällsbyggnadsförvaltningen' in the text, the logo's second line, 'Region Skånes
    kulturnämnd beslutade …', or 'Kommunstyrelsen beslutar …'; a nämnd or styrelse before a förvaltning.
    """
    joined = text.joined
    found: list[str] = []
    found += re.findall(rf"{re.escape(org)},\s+({UNIT})\b", joined)
    # (missiv32) a unit of two fields, also in lower case after the comma: 'Exempelby kommun, kultur- och
    # fritidsförvaltningen, översänder …'
    two_fields = re.findall(rf"{re.escape(org)},\s+({TWO_FIELD_UNIT})(?![\wåäö-])", joined)
    found += [_capitalised(unit) for unit in two_fields]
    index = next((i for i, line in enumerate(lines[:15]) if clean_org(line.text) == org), None)
    for line in lines[index + 1 : index + 4] if index is not None else ():
        second = clean_org(line.text)  # the logo's next lines: 'REMISS', 'Regionstyrelsen | 2023-10-08'
        if re.fullmatch(UNIT, second):
            found.append(second)
            break
    # the signature under a notice: 'GNOSJÖ KOMMUN' / 'Samhällsbyggnadsnämnden' (the name in any case)
    for number in range(max(len(lines) - SIGNATURE_LINES, 0), len(lines) - 1):
        if clean_org(lines[number].text).casefold() == org.casefold():
            unit_below = clean_org(lines[number + 1].text)
            found += [unit_below] if re.fullmatch(UNIT, unit_below) else []
    # (a transcript runs the signature onto one line, or onto the last sentence of the text: '… att anta
    # detaljplanen. GNOSJÖ KOMMUN Samhällsbyggnadsnämnden'; the nämnd or styrelse that signs, not an office
    # in an address block, 'Västra Götalandsregionen Koncernkontoret' / 'avdelningen för …' / 'Box 1091')
    signed_on = re.compile(rf"(?:^|[.!?]\s+)(?i:{re.escape(org)})\s+(?P<unit>{UNIT})$")
    found += [m.group("unit") for line in lines[-SIGNATURE_LINES:]
              if (m := signed_on.search(line.text.strip()))
              and re.search(r"nämnden|styrelsen|fullmäktige", m.group("unit"), re.IGNORECASE)]
    # (missiv29) the unit first on the signature's line, its kommun after a comma: 'Serviceutskottet, Eda
    # kommun' under a kungörelse, the nämnd or utskott that issues it (as 'GNOSJÖ KOMMUN' / 'Plannämnden')
    # (robust29: also run onto the text's last line after a sentence or the contact's phone number, '… tel.
    # 073-842 27 96 Serviceutskottet, Eda kommun', a transcript of one paragraph)
    signed_first = re.compile(rf"(?:^|(?<=[.!?\d])\s+)(?P<unit>{SIGNING_UNIT}),\s+(?i:{re.escape(org)})\.?$")
    found += [m.group("unit") for line in lines[-SIGNATURE_LINES:]
              if (m := signed_first.match(clean_org(line.text)) or signed_first.search(line.text.strip()))]
    # the address block: 'Askersunds kommun' / 'Kommunstyrelsen' / '696 82 Askersund'
    for number, line in enumerate(lines[:-2]):
        after = lines[number + 2].text.strip()
        unit = clean_org(lines[number + 1].text)
        if (clean_org(line.text) == org and re.fullmatch(UNIT, unit)
                and (POSTCODE_LINE.match(after) or POST_BOX_LINE.match(after))):
            found.append(unit)
    genitive = org if org.endswith("s") else org + "s"
    found += [definite(m.group("unit")) for m in re.finditer(re.escape(genitive) + GENITIVE_UNIT, joined)]
    # the chair's signature: 'Chef Ordförande' / 'Område kultur och ideell sektor Nämnden för kultur och
    # fritid' (the two signers' titles side by side, the nämnd the chair signs for ending the next line)
    for line, below in zip(lines, lines[1:], strict=False):
        # (a transcript runs the signature on: '… Nämnden för kultur och fritid genom Mia' / 'Eriksson …')
        signed = re.search(rf"(?P<unit>{UNIT}){SIGNED_FOR}\s*$", below.text)
        if signed and re.search(r"\b[Oo]rdförande\b", line.text):
            found.append(signed.group("unit"))
    # (the titles' line run into the one under it: 'Chef Ordförande Område … Nämnden för kultur och fritid')
    found += [m.group("unit") for line in lines
              if (m := re.search(rf"\b[Oo]rdförande\b.*\s(?P<unit>{UNIT}){SIGNED_FOR}\s*$", line.text))]
    # the signature: the förvaltning in capitals over the kommun's name ('SAMHÄLLSBYGGNADSFÖRVALTNINGEN' /
    # 'Alingsås kommun' under a notice)
    found += [m.group("unit").capitalize() for m in re.finditer(SIGNED_UNIT + re.escape(org) + r"\b", joined)]
    found += [m.group("unit") for m in UNIT_AFTER_SUBJECT.finditer(joined) if not _adopts(joined, m.end())]
    found += [m.group("unit") for m in UNIT_ASKS.finditer(joined)]
    found += [_capitalised(m.group("unit")) for m in UNIT_DECIDED_AFTER_TIME.finditer(joined)]
    # (not the body a decision on adopting the plan was taken by: 'Beslutet om att anta planen fattades av …';
    # nor the one that decided to start the plan, missiv41: 'Beslut om att påbörja planen togs av
    # Byggnadsnämnden' under 'Planbesked', missiv/umea-backen329-granskning-2017)
    found += [m.group("unit") for m in UNIT_BY_PASSIVE.finditer(joined)
              if not _adoption().search(m.group(0)) and not PLAN_START.search(m.group(0))]
    drew_up = [*BODY_DREW_UP.finditer(joined),
               *(m for line in lines if (m := BODY_DREW_UP.match(line.text.strip())))]
    found += [re.sub(r"\s+", " ", m.group("unit")) for m in drew_up if DECIDING_UNIT.search(m.group("unit"))]
    found += [m.group("unit") for line in lines if (m := UNIT_AFTER_SUBJECT.match(line.text.strip()))
              and not _adopts(line.text.strip(), m.end())]
    views = _views_body(text)  # 'Ev. synpunkter skall … vara stadsbyggnadsnämnden tillhanda'
    found += [views.value] if views else []
    if not found:
        adopting = _adopting_body(joined)  # last: nothing else names a unit
        found += [adopting] if adopting else []
    if not found:
        return None
    decides = re.compile(r"nämnden|styrelsen|fullmäktige", re.IGNORECASE)
    return min(found, key=lambda unit: (not decides.search(unit), found.index(unit)))


# (missiv41) a decision that starts the plan (planbesked, planuppdrag) is no decision on the plan itself
PLAN_START = re.compile(r"\b(?:planbesked|planuppdrag|påbörja|starta|inleda)\w*", re.IGNORECASE)
# (missiv41) the one nämnd the page names as the one that decides on adopting the plan, the sentence's
# subject: 'Byggnadsnämnden prövar förslaget efter granskning och fattar sedan eventuellt beslut om att anta
# planen' (under 'Vem fattar beslut?', missiv/umea-obbola191-granskning-2021); not fullmäktige, not one of two
# ('byggnadsnämnden/ kommunfullmäktige', 'I byggnadsnämnden eller kommunfullmäktige')
ADOPTING_NAMND = re.compile(
    r"(?:^|[.!?:]\s+|(?<=\n))(?P<unit>(?:(?!Läns|Region|Förbunds|Riks)[A-ZÅÄÖ][\wåäö-]*|[A-ZÅÄÖ][a-zåäö]+-\s+och\s+"
    r"[a-zåäö]*)(?:nämnden|styrelsen))\s+(?!och\b|eller\b)(?-i:[a-zåäö])[^.!?/]{0,120}?\bbeslut(?:ar|a)?\s+om\s+"
    r"(?:att\s+)?(?:anta|antagande)\b"
)


def _adopting_body(joined: str) -> str | None:
    """Given the text, return the nämnd or styrelse it names as the one that decides on adopting the plan,
    when it is the one such body the text names (see ADOPTING_NAMND), or None."""
    bodies = {re.sub(r"\s+", " ", m.group("unit")) for m in ADOPTING_NAMND.finditer(joined)}
    return bodies.pop() if len(bodies) == 1 else None


@lru_cache(maxsize=1)
def _adoption() -> re.Pattern[str]:
    """Return the pattern of a word for adopting the plan (modeller/kontakt.toml [antar_planen])."""
    from remiss.extract.personer import kontakt_modell

    words = kontakt_modell()["antar_planen"]["ord"]
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, words))})\b", re.IGNORECASE)


def _adopts(joined: str, end: int) -> bool:
    """Given the end of a body's decision verb ('Kommunfullmäktige beslutar'), return True when the rest of
    its sentence is about adopting the plan ('… om att anta detaljplanen', '… att planen ska antas'): the body
    that adopts it afterwards, not the one that sends it out for views."""
    rest = re.split(r"[.!?](?:\s|$)", joined[end : end + 240], maxsplit=1)[0]
    return _adoption().search(rest) is not None


def definite(unit: str) -> str:
    """Given a unit as the text writes it, return it as the truth names one: definite, capitalised
    ('kulturnämnd' → 'Kulturnämnden', 'Kommunstyrelsens planutskott' stays)."""
    unit = re.sub(r"\s+", " ", unit).strip(" -,")
    last = unit.split()[-1]
    if re.search(r"\ws\s+\S+$", unit) and unit.split()[-2][:1].isupper():
        return unit[:1].upper() + unit[1:]  # after an owner's genitive: 'Kommunstyrelsens planutskott'
    for head, suffix in (("nämnd", "en"), ("styrelse", "n"), ("förvaltning", "en"), ("kontor", "et"),
                         ("utskott", "et"), ("enhet", "en"), ("sektor", "n"), ("avdelning", "en")):
        if last.lower().endswith(head):
            unit += suffix
            break
    return unit[:1].upper() + unit[1:]


# an extract of a protocol ('Utdrag ur protokoll Sammanträdesdatum: …'), and the body whose protocol it is
# on a line of its own: its running header ('Kommunfullmäktige' over each page) or its signature
# ('Kommunstyrelsen' / 'Vid protokollet Sekreterare …')
PROTOCOL_OPENING = re.compile(r"^(?:utdrag\s+ur\s+protokoll|protokollsutdrag)\b", re.IGNORECASE)
PROTOCOL_BODY = re.compile(rf"(?:{UNIT}|Kommunfullmäktige|Regionfullmäktige)")
PROTOCOL_BODY_RUN_IN = re.compile(
    rf"(?:[.:]\s+|\d\s+)(?P<body>{UNIT}|Kommunfullmäktige|Regionfullmäktige)\s+(?=Vid\s+protokollet|Omröstning|"
    r"Beslut\b|Yrkanden|Propositionsordning|Reservation|Protokollsanteckning|Justerande|Dag\s+för\s+justering)"
)


def _protocol_body(lines: Sequence[Line], text: Text, found: Found | None,
                   kommun: str | None) -> Found | None:
    """Given a protocol extract that names no unit of its sender, return the kommun the text names with the
    body whose protocol it is ('Göteborgs Stad, Kommunfullmäktige' for an extract that says 'Göteborgs Stads
    Parkerings AB' and has 'Kommunfullmäktige' on a line of its own), or None."""
    if not any(PROTOCOL_OPENING.match(line.text.strip()) for line in lines[:6]):
        return None
    if found is not None and ("," in found.value or not SELF_GOVERNED.search(found.value)):
        return None
    bodies = [(line.text.strip(), line) for line in lines if PROTOCOL_BODY.fullmatch(line.text.strip())]
    # (a transcript that runs the lines together: '… Dag för justering 2022-05-24 Kommunstyrelsen Vid
    # protokollet …', '… huvudvoteringen. Kommunfullmäktige Omröstning – huvudvotering …')
    bodies += [(m.group("body"), text.line_at(m.start("body")))
               for m in PROTOCOL_BODY_RUN_IN.finditer(text.joined)]
    kommuner = {m.group("kommun") for m in KOMMUN_I_TEXTEN.finditer(text.joined)}
    org = found.value if found else (kommuner.pop() if len(kommuner) == 1 else None)
    if not bodies or org is None:
        return None
    body, body_line = bodies[0]
    if kommun and _same_place(org, kommun):
        return Found(body, body_line, "den egna kommunens organ vars protokoll utdraget är")
    return Found(f"{org}, {body}", found.line if found else body_line,
                 "kommunen som texten namnger, med organet vars protokoll utdraget är (dess rad i huvudet "
                 "eller över 'Vid protokollet')")


# a notice signed with its place and date and then the organisation, its body on the line under it
# ('Karleby 13.8.2021' / 'Mellersta Österbottens förbund' / 'Landskapsstyrelsen'; 'Jomala den 4 mars 2019';
# avs47: a comma after the place too, 'Kotka, 12.3.2013')
_PLACE_DATE = (
    r"[A-ZÅÄÖ][a-zåäö]+,?(?:\s+den)?\s+(?:\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}\s+[a-zåäö]+\s+\d{4}|\d{4}-\d{2}-\d{2})"
)
PLACE_DATE = re.compile(rf"^{_PLACE_DATE}$")
PLACE_DATE_OPENS = re.compile(rf"(?:^|(?<=\n)|(?<=[.!?]\s)){_PLACE_DATE}(?=\s|$)")  # a line or sentence opens
# the same signature a transcript ran into the end of the text ('… E-post: kirjaamo@… Karleby 13.8.2021
# Mellersta Österbottens förbund Landskapsstyrelsen'): the organisation is the rest of the line
SIGNED_LAST = re.compile(rf"(?:^|\s){_PLACE_DATE}\s+(?P<org>[A-ZÅÄÖ][^.:;!?@]*)$")
# a kommun's own översiktsplan for the whole kommun: 'Ny översiktsplan för Sjöriket Kinda' over 'Den nya
# kommunövergripande översiktsplanen är nu ute på samråd' (the last word of the heading is the kommun)
WHOLE_KOMMUN_PLAN = re.compile(
    r"\bkommunövergripande\s+översiktsplan|\böversiktsplan\w*\s+för\s+hela\s+kommunen\b", re.IGNORECASE
)
PLAN_HEADING = re.compile(
    r"\böversiktsplan\s+(?:för|över)\s+(?:[A-ZÅÄÖ][a-zåäö]+\s+)?(?P<ort>[A-ZÅÄÖ][a-zåäö]+)$", re.IGNORECASE
)


NAME_SMALL_WORDS = frozenset({"i", "och", "för", "av", "läns"})


def _name_words(org: str) -> bool:
    """Return True when org reads as a name: each word capitalised, a small word or an organisation's
    word ('Mellersta Österbottens förbund'), not a label with its value ('Ansvarig för kungörelse …')."""
    return all(word[:1].isupper() or word in NAME_SMALL_WORDS or ORG_WORD.search(word)
               for word in org.split())


def _signed_place_date(lines: Sequence[Line]) -> Found | None:
    """Given lines, return the organisation signed under the place and date (with its body on the next line,
    'Mellersta Österbottens förbund, Landskapsstyrelsen'), or None."""
    for index, line in enumerate(lines):
        last = SIGNED_LAST.search(line.text.strip())
        if last:  # run into the line: the organisation (and its body) is the rest of it
            org_line, org, under = line, clean_org(last.group("org")), index + 1
        elif PLACE_DATE.match(line.text.strip()) and index + 1 < len(lines):
            org_line, org, under = lines[index + 1], clean_org(lines[index + 1].text), index + 2
        else:
            continue
        joined = re.fullmatch(rf"(?P<org>.+?)\s+(?P<unit>{UNIT})", org)  # 'X förbund Landskapsstyrelsen'
        unit = clean_org(lines[under].text) if under < len(lines) else ""
        org, unit = (joined["org"], joined["unit"]) if joined else (org, unit)
        indefinite = _indefinite_kind(org)  # ('Kymmenedalens avfallsnämnd': its kind in lower case last)
        named = _name_words(org.rsplit(" ", 1)[0] if indefinite else org)
        if not (ORG_WORD.search(org) or indefinite) or is_person(org) or len(org.split()) > 6 or not named:
            continue
        if re.fullmatch(UNIT, unit) and unit != org:
            return Found(f"{org}, {unit}", org_line, "organisationen och dess organ under ort och datum")
        return Found(org, org_line, "organisationen under ort och datum")
    return None


@lru_cache(maxsize=1)
def _signature_kinds() -> tuple[str, ...]:
    """Return the kinds of organisation in the indefinite form that a signature under place and date ends its
    name with (modeller/kontakt.toml [ortdatum_underskrift])."""
    from remiss.extract.personer import kontakt_modell

    return tuple(kontakt_modell()["ortdatum_underskrift"]["slag"])


KOMMUN_BODY = ("stads", "kommun", "lands", "region")


def _indefinite_kind(org: str) -> bool:
    """Return True for a name of two words or more, its first capitalised, whose last word is in lower case
    and ends in a kind of organisation in the indefinite form ('Kymmenedalens avfallsnämnd', 'Vasa
    sjukvårdsdistrikt'; avs47)."""
    words = org.split()
    # (a city's or kommun's own body, 'Vasa stadsstyrelse', is the kommun's, named by the kommun rules as
    # 'Vasa stad, Stadsstyrelsen': missiv/vasa-korsholm-sammanslagningsavtal-anmarkningar)
    return (len(words) >= 2 and words[0][:1].isupper() and words[-1].islower()
            and words[-1].endswith(_signature_kinds()) and not words[-1].startswith(KOMMUN_BODY))


# a group's name on its own line: a capital, at most six words ('Programkommittén för miljöfrågor')
GROUP_NAME = re.compile(r"^[A-ZÅÄÖ][\wåäöé-]*(?:\s+[\wåäöé-]+){1,5}$")


@lru_cache(maxsize=1)
def _group_signature() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """Return (a closing greeting alone on its line, the group words): modeller/kontakt.toml
    [gruppunderskrift]."""
    from remiss.extract.personer import kontakt_modell

    data = kontakt_modell()["gruppunderskrift"]
    greeting = fraser(data["halsningar"])
    return re.compile(rf"^(?:{greeting})\s*[,!.]?$", re.IGNORECASE), tuple(data["ord"])


@lru_cache(maxsize=1)
def _greeting_in_line() -> re.Pattern[str]:
    """Return the pattern of a closing greeting inside running text, with what follows it (a transcript
    that ran the paragraphs together: '… x@y.se Med vänlig hälsning, Regionalpolitiska arbetsgruppen …')."""
    from remiss.extract.personer import kontakt_modell

    greeting = fraser(kontakt_modell()["gruppunderskrift"]["halsningar"])
    return re.compile(rf"(?<![\wåäö])(?:{greeting})\s*[,!.]?\s+(?P<rest>(?-i:[A-ZÅÄÖ])[^.!?]{{0,120}})",
                      re.IGNORECASE)


def signed_group(lines: Sequence[Line]) -> Found | None:
    """Given lines, return the group that signs under the closing greeting ('Med vänlig hälsning,' /
    'Regionalpolitiska arbetsgruppen'): a name of two words or more with a group word of modeller/kontakt.toml
    [gruppunderskrift] (also ending a compound, 'Programkommittén'), no person's; else None."""
    greeting, words = _group_signature()
    for index, line in enumerate(lines[:-1]):
        if not greeting.match(line.text.strip()):
            continue
        below = lines[index + 1]
        name = below.text.strip()
        owner = board_owner(name)  # (missiv39) 'Styrelsen för Leader X': the organisation, not its board
        if owner is not None:
            return Found(owner, below, "organisationen vars styrelse skriver under efter hälsningen")
        name = name if _group_name(name, words) else _group_head(name, words)
        # the group word heads the name ('Regionalpolitiska arbetsgruppen', 'Programkommittén för …'), not
        # the end of a person's signature ('Anders på uppdrag av Styrelsen')
        if _group_name(name, words):
            return Found(name, below, "gruppen som skriver under efter hälsningen ('Med vänlig hälsning,')")
    text = Text.of(lines)
    joined = text.joined.replace("\n", " ")
    for match in _greeting_in_line().finditer(joined):
        owner = board_owner(match.group("rest"))
        if owner is not None:
            return Found(owner, text.line_at(match.start("rest")),
                         "organisationen vars styrelse skriver under efter hälsningen")
        name = _group_head(match.group("rest").strip(), words)
        if _group_name(name, words):
            return Found(name, text.line_at(match.start("rest")),
                         "gruppen som skriver under efter hälsningen ('Med vänlig hälsning,')")
    return None


def _group_name(name: str, words: tuple[str, ...]) -> bool:
    """Return True for a group's name: a group word among its first two words, no person's name."""
    return bool(GROUP_NAME.match(name)) and not is_person(name) \
        and any(word.lower().endswith(words) for word in name.split()[:2])


def _group_head(text: str, words: tuple[str, ...]) -> str:
    """Given the line under a closing greeting, return the group's name that opens it when a transcript ran
    the next paragraph into it ('Regionalpolitiska arbetsgruppen Programförslaget finns att hämta …': a group
    word among the first two words, the name ends where a capital opens the next sentence), else the line
    as it is."""
    parts = text.split()
    if not any(word.lower().endswith(words) for word in parts[:2]):
        return text
    for end in range(2, min(len(parts), 7)):
        if parts[end][:1].isupper():
            return " ".join(parts[:end])
    return text


# a group's one-word name alone on a line among the last, a compound of its kind ('Programgruppen.' under a
# party association's call for views, missiv25, missiv/s-planaden-valprogram-synpunkter), that the text names
# as the one the views go to ('maila synpunkter … till någon i den programgrupp som ska bearbeta inkomna
# synpunkter'); not 'Styrelsen' alone, which names no one
GROUP_ALONE = re.compile(
    r"^(?P<namn>[A-ZÅÄÖ][a-zåäö]{2,}(?P<slag>grupp|kommitt[eé]|råd|beredning|utskott)(?:en|et)?)\.?$"
)
GROUP_ALONE_LINES = 8


def _group_signed_alone(lines: Sequence[Line], text: Text) -> Found | None:
    """Given lines, return the group that signs alone under the text ('Programgruppen.') when the text sends
    the views to it by its kind ('till någon i den programgrupp som ska bearbeta inkomna synpunkter'), or
    None."""
    for line in lines[-GROUP_ALONE_LINES:]:
        match = GROUP_ALONE.match(line.text.strip())
        if match is None:
            continue
        stem = match.group("namn")[: match.end("slag")].lower()
        views = r"(?:synpunkter|förslag|svar|åsikter)\w*"
        if re.search(rf"{views}[^.!?]{{0,120}}?\b{stem}|\b{stem}\w*[^.!?]{{0,80}}?{views}", text.joined):
            return Found(match.group("namn"), line,
                         "gruppen som skriver under ensam och som synpunkterna går till ('den programgrupp "
                         "som ska bearbeta inkomna synpunkter')")
    return None


# (missiv38) a signature's organisation line under the signer's name after the closing greeting: 'Bästa
# hälsningar från arbetsgruppen genom' / 'Carina Aronsson, projektledare' / 'Logopedbyrån Dynamica Stockholm'
# (a forum post asking for views on a working group's proposal, prov36/logopedforum-riktlinjer-las-skriv-
# synpunkter): the organisation the signer writes for, named by a word of its kind ('…byrån', 'förening',
# 'AB')
CLOSING = re.compile(r"\bhälsning(?:ar)?\b|^mvh\b", re.IGNORECASE)
ORG_COMPOUND = re.compile(r"^[A-ZÅÄÖ][a-zåäö]+(?:byrån|byrå|bolaget|institutet|centret|centrum|"
                          r"sällskapet|stiftelsen|akademien|akademin)\b")
SIGNED_ORG_LINES = 6  # a signature that names its organisation (or its board) stands among the last lines


def _signed_organisation(lines: Sequence[Line]) -> Found | None:
    """Given lines, return the organisation on the line under the signer's name that follows the closing
    greeting among the last lines (the title may stand between, or before the name after a comma), named by
    its kind or, right under the name and its title, in capitalised words ('Leader Sydost'); or the
    organisation named by its kind on the line right under the greeting; else None."""
    tail = lines[-SIGNED_ORG_LINES:]
    for index in range(1, len(tail)):
        if not CLOSING.search(tail[index - 1].text):
            continue
        name, _ = _signing_org(tail[index].text)
        named = capitalised_words(name) and ORG_WORD.search(name) or ORG_COMPOUND.match(name)
        if named and name.lower() not in GENERIC_ORG and not is_person(name):
            return Found(name, tail[index], "organisationen som skriver under efter hälsningen ('Med vänlig "
                                            "hälsning' / 'Exempelby Hembygdsförening')")
        if not is_person(tail[index].text.strip()):
            continue
        for offset, below in enumerate(tail[index + 1 : index + 3]):
            name, titled = _signing_org(below.text)
            titled = titled or offset == 1 and _title_line(tail[index + 1].text)  # name, title, organisation
            if capitalised_words(name) and (ORG_WORD.search(name) or ORG_COMPOUND.match(name) or titled):
                return Found(name, below, "organisationen under namnet i underskriften efter hälsningen "
                             "('Bästa hälsningar' / 'Anna Berg, projektledare' / 'Logopedbyrån X')")
    return None


def _signing_org(text: str) -> tuple[str, bool]:
    """Given a signature's line, return its organisation, and whether the signer's title and a comma stood
    before it ('Ordförande, Exempelby Byalag': 'Exempelby Byalag', True); else the line without its end
    stop."""
    name = text.strip().rstrip(".,")
    head, comma, rest = name.partition(", ")
    if comma and _title_line(head) and rest[:1].isupper():
        return rest.strip(), True
    return name, False


# an association's officers, no job title's ending ('Ordförande', 'Kassör')
OFFICER = re.compile(r"(?:vice\s+)?(?:ordförande|kassör|ledamot|styrelseledamot)", re.IGNORECASE)


def _title_line(text: str) -> bool:
    """Return True for a signer's job title or office on its own ('Verksamhetsledare', 'tf
    verksamhetsledare', 'projektledare', 'Ordförande')."""
    from remiss.extract.personer import is_job_title

    title = re.sub(r"^(?:tf\.?|t\.f\.|biträdande)\s+", "", text.strip().rstrip(".,"), flags=re.IGNORECASE)
    return is_job_title(title[:1].upper() + title[1:]) or OFFICER.fullmatch(title) is not None


# (missiv39) the board that signs the page on a line of its own among its last lines names the organisation it
# is the board of: 'Styrelsen (LAG) för Leader Astrid Lindgrens Hembygd' (a leader area's page on the remiss
# version of its strategy, prov37/leader-alh-utvecklingsstrategi-remissversion), 'Styrelsen i X', 'X:s
# styrelse'; the organisation, not its board (README, Facit: the organisation the text names)
_BOARD_ORG = r"(?P<org>(?-i:[A-ZÅÄÖ])[\wåäöé-]*(?:\s+(?:(?-i:[A-ZÅÄÖ])[\wåäöé-]*|och|i|för|på)){0,6})"
BOARD_SIGNATURE = (
    re.compile(rf"^(?-i:Styrelsen)(?:\s*\([^()]{{1,30}}\))?\s*,?\s+"
               rf"(?:för|i|inom)\s+{_BOARD_ORG}$"),
    re.compile(rf"^{_BOARD_ORG}(?::s|s)\s+styrelse$"),
)


def _board_signature(lines: Sequence[Line]) -> Found | None:
    """Given lines, return the organisation whose board signs the page on a line of its own among its last
    lines ('Styrelsen (LAG) för Leader Astrid Lindgrens Hembygd': 'Leader Astrid Lindgrens Hembygd';
    'Exempelby Byalags styrelse': 'Exempelby Byalag'), named in capitals with its last word; else None."""
    for line in reversed(lines[-SIGNED_ORG_LINES:]):
        org = board_owner(line.text)
        if org is not None:
            return Found(org, line, "organisationen vars styrelse undertecknar sidan ('Styrelsen för X', "
                                    "'X:s styrelse')")
    return None


def board_owner(text: str) -> str | None:
    """Given a signature's line, return the organisation of the board it names ('Styrelsen (LAG) för Leader
    X': 'Leader X'; 'Exempelby Byalags styrelse': 'Exempelby Byalag'), its name in capitals, else None."""
    text = text.strip().rstrip(".")
    for pattern in BOARD_SIGNATURE:
        match = pattern.match(text)
        if match is None:
            continue
        org = re.sub(r"\s+(?:och|i|för|på)$", "", match.group("org"))
        if not (org.lower() in GENERIC_ORG or BARE_KIND.fullmatch(org)) and org.split()[-1][:1].isupper():
            return org
    return None


# an organisation's kind alone names no one ('Föreningens styrelse', 'Styrelsen för Föreningen')
BARE_KIND = re.compile(
    r"(?:förening|förbund|byalag|klubb|sällskap|organisation|kommun|region|stad)(?:en|et)?", re.IGNORECASE)


# the subject right before the verb of the sentence that sends out the proposal: one capitalised word or a
# genitive with its noun ('Organisationskommittén skickade …', 'Turvas arbetsgrupp har kommit med …')
PROPOSAL_SUBJECT = re.compile(r"(?:^|[.!?]\s+|(?<=\n))(?P<subj>(?-i:[A-ZÅÄÖ])[\wåäö-]+(?:\s+[a-zåäö]+)?)\s+$")


def _proposal_sender(text: Text) -> Found | None:
    """Given the text, return who sends out the proposal a page without a heading opens with
    (core.sent_proposal): a group whose name ends in a group word of kontakt.toml [gruppunderskrift]
    ('Organisationskommittén skickade i början av januari ut ett förslag på …'), or the organisation that owns
    the group or officer in the genitive ('Turvas arbetsgrupp har kommit med ett förslag på …': Turva); the
    group word alone ('Styrelsen har tagit fram …') or 'kommunen' names none."""
    from remiss.extract.core import sent_proposal

    # a line's start opens a sentence too: a printed mail's subject line ('Ämne: | Turvas arbetsgrupp har
    # kommit med …') repeats the opening sentence, which then stands on its own line under the header
    rows = text.by_line()
    for proposal in sent_proposal().finditer(rows.joined):
        subject = PROPOSAL_SUBJECT.search(rows.joined, 0, proposal.start())
        if subject is not None:
            return _proposing_group(subject.group("subj"), rows.line_at(subject.start("subj")))
    return None


# (missiv38) the owner in the genitive of the proposal the page asks views on: 'tycka till om Storkrikets
# förslag till Unescoansökan' (a biosphere initiative's remiss page, prov36/storkriket-biosfar-unescoansokan-
# remiss): one capitalised word right after the words asking for views, no first name, that the text also
# writes in the nominative ('etableringen av Storkriket'), when nothing else names a sender
VIEWS_ON_GENITIVE = re.compile(
    r"\b(?:tycka\s+till|tyck\s+till|synpunkter|kommentarer|yttra\s+sig|kommentera)\s+(?:om|på|över|kring)\s+"
    r"(?P<owner>(?-i:[A-ZÅÄÖ])[a-zåäöé-]{2,})s\s+(?:förslag|remiss|remissförslag|utkast|remissversion|"
    r"samrådsversion|samrådsförslag|granskningsförslag|remissutkast)\b",
    re.IGNORECASE,
)


def _genitive_owner(text: Text) -> Found | None:
    """Given the text, return the owner in the genitive of the proposal it asks views on ('tycka till om
    Storkrikets förslag …': Storkriket) when the text also names it in the nominative, else None."""
    for match in VIEWS_ON_GENITIVE.finditer(text.joined):
        owner = match.group("owner")
        nominative = re.compile(rf"(?<![\wåäö-]){re.escape(owner)}(?![\wåäö-])")
        if owner in first_names() or owner.lower() in GENERIC_ORG or not nominative.search(text.joined):
            continue
        why = "ägaren i genitiv till förslaget sidan ber om synpunkter på ('tycka till om Xs förslag')"
        return Found(owner, text.line_at(match.start("owner")), why)
    return None


@lru_cache(maxsize=1)
def _organ_of_owner() -> re.Pattern[str]:
    """Return the pattern of an organisation's organ in the genitive that decides or puts forward
    ('Vänsterpartiets kongress 2012 beslutade att …'), its owner as 'owner' (modeller/kontakt.toml
    [organets_agare])."""
    from remiss.extract.personer import kontakt_modell

    data = kontakt_modell()["organets_agare"]
    return re.compile(
        rf"(?<![\wåäö-])(?P<owner>(?-i:[A-ZÅÄÖ])[a-zåäöé-]{{2,}})s\s+(?:{fraser(data['organ'])})"
        rf"(?:\s+(?:19|20)\d{{2}})?\s+(?:nu\s+)?(?:{fraser(data['verb'])})\b", re.IGNORECASE)


def _organ_owner(text: Text) -> Found | None:
    """Given the text, return the organisation whose organ in the genitive decides or puts forward what the
    page asks views on ('Vänsterpartiets kongress 2012 beslutade att initiera …': Vänsterpartiet; avs47) when
    the text also names it in the nominative, else None; a first name or a word for the kommun names
    no one."""
    for match in _organ_of_owner().finditer(text.joined):
        owner = match.group("owner")
        nominative = re.compile(rf"(?<![\wåäö-]){re.escape(owner)}(?![\wåäö-])")
        if owner in first_names() or owner.lower() in GENERIC_ORG or not nominative.search(text.joined):
            continue
        return Found(owner, text.line_at(match.start("owner")),
                     "organisationen vars organ i genitiv beslutar eller lägger fram "
                     "('Xs kongress beslutade')")
    return None


# (missiv38) the body that extends the remiss's answering time owns the remiss: 'RCC i samverkan har hörsammat
# önskemålen och beslutat att förlänga svarstiden med en månad' (Regionala cancercentrums news on its own
# remissrunda, prov36/rcc-vardprogram-forlangd-svarstid); the subject opens the sentence, a name of capitals
# ('RCC i samverkan', 'Länsstyrelsen Skåne'), its verb of deciding may follow another predicate
_DEADLINE_ORG = (r"(?P<org>(?:[A-ZÅÄÖ][A-ZÅÄÖ]+|[A-ZÅÄÖ][a-zåäö]+)"
                 r"(?:[ ]+(?:i|för|och|[A-ZÅÄÖ][\wåäö-]*|samverkan)){0,3})")
_ANSWER_TIME = r"(?:svarstiden|remisstiden|remissperioden|samrådstiden|granskningstiden)"
DEADLINE_OWNER = (
    re.compile(rf"(?:^|[.!?]\s+|(?<=\n)){_DEADLINE_ORG}[ ]+"
               r"(?:har[ ]+(?:[\wåäö]+[ ]+){0,3}?(?:och[ ]+)?)?"
               rf"(?:beslutat[ ]+att[ ]+förlänga|förlänger|förlängt)[ ]+{_ANSWER_TIME}\b"),
    # (missiv39) in the passive with its agent: 'Remisstiden förlängs av Miljöförbundet till …'
    re.compile(rf"\b(?i:{_ANSWER_TIME})[ ]+(?:förlängs|har[ ]+förlängts)[ ]+av[ ]+{_DEADLINE_ORG}"
               r"(?=[ ]+(?:till|med|fram|för)\b|[.,!?]|$)"),
)


def _deadline_owner(text: Text) -> Found | None:
    """Given the text, return the body that extends the remiss's answering time ('X har … beslutat att
    förlänga svarstiden'), named by an abbreviation or an organisation's word, else None."""
    match = next((found for pattern in DEADLINE_OWNER if (found := pattern.search(text.joined))), None)
    if match is None:
        return None
    org = match.group("org")
    if org.lower() in GENERIC_ORG:
        return None  # 'Kommunen har beslutat att förlänga samrådstiden …' names no one
    if not (ABBREVIATION.match(org.split()[0]) or ORG_WORD.search(org) or AGENCY_END.search(org.split()[0])):
        return None
    return Found(org, text.line_at(match.start("org")),
                 "den som förlänger remissens svarstid ('X har beslutat att förlänga svarstiden')")


def _proposing_group(subject: str, line: Line) -> Found | None:
    """Given the subject of a sentence that sends out a proposal and its line, return the group or the
    organisation owning the group it names ('Organisationskommittén', 'Turvas arbetsgrupp': Turva), or
    None."""
    words = subject.split()
    group_words = tuple(_group_signature()[1])
    if len(words) == 2 and words[0].endswith("s") and len(words[0]) > 3:
        owner = words[0][:-1]  # 'Turvas arbetsgrupp': the organisation whose group it is
        if owner.lower() in GENERIC_ORG:
            return None
        return Found(owner, line,
                     "organisationen vars grupp skickat ut förslaget ('Turvas arbetsgrupp har kommit med')")
    name = words[0]
    if len(words) == 1 and name.lower().endswith(group_words) and name.lower() not in group_words:
        return Found(name, line,
                     "gruppen som har skickat ut förslaget ('Organisationskommittén skickade … ut')")
    return None


def _kommun_of_plan(lines: Sequence[Line], text: Text) -> Found | None:
    """Given a heading on the kommun's översiktsplan for the whole kommun ('Ny översiktsplan för Sjöriket
    Kinda' over '… kommunövergripande översiktsplanen …'), return the kommun, or None."""
    if not WHOLE_KOMMUN_PLAN.search(text.joined):
        return None
    for line in lines[:3]:
        match = PLAN_HEADING.search(line.text.strip().rstrip("!.?"))
        if match:
            return Found(_kommun_name(match.group("ort")), line,
                         "kommunen som den kommunövergripande översiktsplanen i rubriken gäller")
    return None


# the organisations that give their own diarienummer for the matter, one a line: 'Havs- och vattenmyndighetens
# dnr 2247-2020' / 'Energiföretagen Sveriges dnr 043/2020' on a page that forwards the remiss to its members
DNR_OWNER = re.compile(
    r"(?:^|(?<=\s))(?P<org>[A-ZÅÄÖ][\wåäö-]*(?:\s+(?:och\s+)?[\wåäöÅÄÖ-]+){0,4}?)s\s+(?:dnr|diarienummer)\b"
    r"\s*:?\s*\S*\d"
)


def _forwarding_dnr_owner(lines: Sequence[Line], text: Text) -> Found | None:
    """Given lines, return the one organisation that gives its own dnr for the matter and is not the one
    the answers go to ('… svaret ska vara Havs- och Vattenmyndigheten tillhanda'): the one that forwards the
    remiss ('Energiföretagen Sveriges dnr 043/2020'), or None."""
    # (one a line, or run together by a transcript: '… öppnas) Havs- och vattenmyndighetens dnr 2247-2020
    # Energiföretagen Sveriges dnr 043/2020')
    owners = [(m.group("org"), text.line_at(m.start("org"))) for m in DNR_OWNER.finditer(text.joined)]
    def answered(org: str) -> bool:  # 'till X', 'X tillhanda': the one the answers go to
        name = re.escape(org)
        pattern = rf"\btill\s+{name}\b|\b{name}\s+till\s*handa\b"
        return re.search(pattern, text.joined, re.IGNORECASE) is not None

    forwarding = [(org, line) for org, line in owners if not answered(org)]
    if len(owners) < 2 or len(forwarding) != 1:
        return None
    org, line = forwarding[0]
    return Found(org, line, "organisationen som för ärendet med eget dnr och för remissen vidare "
                            "('Xs dnr …' under myndighetens)")


# the answers' noun and the verbs that send or deliver them, one word list for SENT_TO_BODY and
# ANSWERS_REACH (missiv41: the two rules had lists of their own); also the answer called an anmärkning,
# erinran or invändning as the Finnish and Åland plans call it
ANSWER_NOUN = (r"(?i:remissvar(?:et|en)?|yttrande(?:na|n|t)?|synpunkter(?:na)?|svar(?:et|en)?"
               r"|anmärkning(?:en|ar|arna)?|erinring(?:en|ar|arna)?|invändning(?:en|ar|arna)?)")
DELIVERED_MODAL = r"(?i:ska|skall|bör|måste)\s+(?:ha\s+)?"
# the verb with 'till' after it, after the modal and without it; 'tillställas X' takes its body straight after
DELIVERED_TO = (r"(?i:inkommit|kommit\s+in|inkomma|levereras|lämnas(?:\s+in)?|sändas(?:\s+in)?"
                r"|skickas(?:\s+in)?|ges\s+in|inges|riktas)")
DELIVERED_PRESENT = (r"(?i:ställs|levereras|lämnas(?:\s+in)?|sänds(?:\s+in)?|skickas(?:\s+in)?|ges\s+in|inges"
                     r"|riktas)")
DELIVERED_STRAIGHT = r"(?i:tillställas|tillställs)"
DELIVERED_HOW = (r"(?:(?i:skriftligen|skriftligt|helst|gärna|digitalt|per\s+post|per\s+e-post|via\s+e-post)"
                 r"\s+)?")
# the answers sent or delivered to someone: the noun, a few words, the verb with or without the modal, how
# ('skriftligen'), 'till' ('Synpunkter på förslaget ska ha inkommit till …', 'Yttrandet sänds till …')
ANSWERS_SENT_TO = (rf"\b{ANSWER_NOUN}\s+(?:[\wåäö]+\s+){{0,4}}?"
                   rf"(?:{DELIVERED_MODAL}{DELIVERED_TO}|{DELIVERED_PRESENT})\s+{DELIVERED_HOW}(?i:till)")


# the nämnd the views are sent to in words, over the postal address of the förvaltning that works for it
# ('Synpunkter skickas till miljö- och byggnämnden' / 'E-post: … eller Älmhults kommun, Miljö- och
# byggförvaltningen, Box 500'): the nämnd is the myndighet, as a nämnd goes before a förvaltning (find_enhet);
# (kalla40) also the views that are to have reached the nämnd ('Synpunkter ska ha inkommit till
# miljöskyddsnämnden senast 30 april 2019', missiv/alingsas-naturvardsprogram-remiss-2019)
SENT_TO_BODY = re.compile(
    rf"{ANSWERS_SENT_TO}\s+(?P<body>(?i:(?:[\wåäö]+-\s+och\s+)?[\wåäö-]*(?:nämnden|styrelsen)))\b"
)


# ... or the nämnd the views are to reach ('Ev. synpunkter skall … vara stadsbyggnadsnämnden tillhanda')
BODY_TILLHANDA = re.compile(
    r"\bvara\s+(?P<body>(?:[\wåäö]+-\s+och\s+)?[\wåäö-]*(?:nämnden|styrelsen))\s+(?:tillhanda|till\s+handa)\b",
    re.IGNORECASE,
)


def _views_body(text: Text) -> Found | None:
    """Return the kommun's nämnd the text sends the views to in words (SENT_TO_BODY, BODY_TILLHANDA), or None;
    a county's, region's, förbund's or the state's board is none."""
    for pattern in (SENT_TO_BODY, BODY_TILLHANDA):
        match = pattern.search(text.joined)
        if match is None or re.search(r"^(?:läns|region|förbunds|riks)", match.group("body"), re.IGNORECASE):
            continue
        body = match.group("body")
        return Found(f"{body[:1].upper()}{body[1:]}", text.line_at(match.start("body")), "")
    return None


# a förvaltning or kontor named alone, in capitals ('Miljö- och stadsbyggnadsförvaltningen', 'Tekniska
# kontoret')
BARE_OFFICE = re.compile(
    r"[A-ZÅÄÖ][\wåäö-]*(?:\s+och\s+[\wåäö-]+)?(?:\s+[\wåäö-]+)?(?:förvaltningen|kontoret)"
)


def _body_over_its_office(reply: Found, text: Text, svarsadress: Found | None = None) -> Found | None:
    """Given the reply address's 'Kommun, Förvaltningen', return 'Kommun, Nämnden' when the text sends the
    views to the nämnd in words ('Synpunkter skickas till miljö- och byggnämnden', 'vara stadsbyggnadsnämnden
    tillhanda') or the reply address is the nämnd's mailbox at the kommun's domain
    ('miljobyggnadsnamnden@borgholm.se', `spelled_body`), or None."""
    org, _, unit = reply.value.partition(", ")
    if not unit and BARE_OFFICE.fullmatch(org):
        # (kalla40) the förvaltning alone at the top, its site's contact box, over a text that sends the
        # views to its nämnd ('Miljö- och stadsbyggnadsförvaltningen' / … / 'Synpunkterna skickas till Miljö-
        # och stadsbyggnadsnämnden', missiv/hassleholm-kyrkskolan-granskning-2019): the nämnd, its kommun
        # added as for any bare unit
        views = _views_body(text)
        return Found(views.value, views.line, "nämnden som synpunkterna skickas till, före förvaltningen "
                     "överst") if views else None
    if not unit or not re.search(r"förvaltning(?:en)?$|kontoret$", unit, re.IGNORECASE):
        return None
    views = _views_body(text)
    if views:
        return Found(f"{org}, {views.value}", views.line,
                     "kommunen med nämnden som synpunkterna skickas till ('Synpunkter skickas till "
                     "X-nämnden', 'vara X-nämnden tillhanda'), före förvaltningen i postadressen")
    # the mailbox named first, the postal address after it as the other way ('Skrivelsen skickas till:
    # miljobyggnadsnamnden@borgholm.se' / 'Vi tar företrädesvis emot synpunkter per e-post men du kan även
    # skicka synpunkterna till: Kommunledningsförvaltningen, …'); not the mailbox after the office's address
    box = svarsadress.value if svarsadress and "@" in svarsadress.value else ""
    first = box and -1 < text.joined.find(box) < text.joined.find(unit)
    same = box.partition("@")[2].startswith(_fold(org.split()[0]).rstrip("s"))
    body = spelled_body(box) if first and same else None
    if body is None or org == body:
        return None
    return Found(f"{org}, {body}", svarsadress.line if svarsadress else reply.line,
                 "kommunen med nämnden vars e-postlåda är svarsadressen, före förvaltningen i postadressen")


SIGNING_BODY_LINES = 20
POSTAL_SKAL = "organisationen i svarens postadress"
POSTBOX_SKAL = "organisationen ovanför svarens postbox eller postnummer"
REPLY_SKALS = (POSTAL_SKAL, "kommunen och enheten i svarens")


def _signing_body_over_office(found: Found | None, lines: Sequence[Line]) -> Found | None:
    """Given the sender found in the answers' postal address with a förvaltning ('Region Gotland,
    Samhällsbyggnadsförvaltningen, 621 81 Visby'), return the organisation with the nämnd or styrelse that
    signs the notice on a line of its own among its last lines ('Regionstyrelsen'; missiv33,
    missiv/gotland-op2040-granskning-kungorelse; README, Facit: the myndighet is the nämnd), else None."""
    if found is None or not found.skal.startswith(REPLY_SKALS) or "," not in found.value:
        return None
    org, _, office = (part.strip() for part in found.value.partition(","))
    if DECIDING_UNIT.search(office):
        return None
    texts = [clean_org(line.text.strip()) for line in lines]
    last = range(max(len(texts) - SIGNING_BODY_LINES, 0), len(texts))  # (a web page's footer under it)
    unit = re.compile(rf"{UNIT}|{TWO_FIELD_HEAD}")
    for index in last:
        alone = unit.fullmatch(texts[index]) and DECIDING_UNIT.search(texts[index])
        neighbours = texts[index - 1 : index] + texts[index + 1 : index + 2]
        if alone and not any(unit.fullmatch(other) for other in neighbours):  # (no list of bodies)
            return Found(f"{org}, {texts[index]}", lines[index],
                         "nämnden som undertecknar, före förvaltningen i svarens postadress")
    return None


def _find_avsandare(lines: Sequence[Line], text: Text) -> Found | None:
    """Given lines, return the sender: the 'Instans' header, else whom the answers go to."""
    for index, line in enumerate(lines[:60]):
        match = INSTANS_LABEL.match(line.text.strip())
        if not match:
            continue
        value = match.group("value").strip()
        source = line
        if not value and index + 1 < len(lines):
            source = lines[index + 1]
            value = source.text.strip()
        value = re.split(r"\s+dnr\b", value, flags=re.IGNORECASE)[0].strip(" :|")
        # 'Från: Christina Lindgren' of a printed e-mail is the person who sent it, not the organisation
        person = match.group(0).lower().startswith("från") and is_person(value)
        if value and not DNR_RE.match(value) and not person:
            return Found(normal_case(value), source, "värdet efter etiketten Instans/Avsändare/Från")
    organ = ORGAN_IN_TEXT.search(Text.of(lines[:60]).joined)
    if organ:  # an anslag run into one block: '… Organ Stadsbyggnadsnämnden Datum då anslaget sätts upp …'
        return Found(organ.group("org"), Text.of(lines[:60]).line_at(organ.start("org")),
                     "nämnden efter anslagets etikett Organ")
    before_header = _organisation_before_header(lines)
    if before_header:
        return Found(_full_name(normal_case(before_header.value), lines, text), before_header.line,
                     "organisationen ovanför sidhuvudets Datum")
    on_top = _organisation_on_top(lines)
    if on_top:
        on_top = Found(_full_name(on_top.value, lines, text), on_top.line, ON_TOP_SKAL)
    match = _asked_in(text.joined)
    if match and match.group("postal") and not match.group("org")[:1].isupper():
        match = None  # 'lämnas in till stadens registratur, Strengbergsgatan 1, 68600 Jakobstad': no name
    # 'ska ha kommit in till oss senast': a pronoun or 'kommunen' names no one; nor does a role in lower case
    # or a sentence's rest (NO_RECEIVER_NAME)
    if match and NO_RECEIVER_NAME.search(match.group("org").strip()):
        match = None
    if match and match.group("org").strip().lower() not in GENERIC_ORG | RECEIVER_PRONOUNS:
        receiver = match.group("org").strip()
        if on_top is None or receiver.lower() not in on_top.value.lower():
            named = _unit_in_address(receiver, text)
            # 'ska ha kommit in till tekniska förvaltningen senast …' on a page that never names its kommun:
            # a unit named by its kind in lower case says whose it is no more than 'kommunen' does
            if named is not None or not BARE_UNIT.fullmatch(receiver):
                return Found(named or _full_name(receiver, lines, text), text.line_at(match.start("org")),
                             "den svaren ska komma in till ('ska ha kommit in till …')")
    if on_top is None:
        by_text = (_organisation_by_post_address(text) or _indefinite_by_post_address(text)
                   or _department_named_early(lines))
        by_text = by_text or _signed_place_date(lines)
        return (by_text or _named_by_answer_address(text) or _views_to_public_body(text) or _forwarder(text)
                or _subject_remitting(text)
                or _document_maker(text) or _cleft_maker(text) or _members_asked(text)
                or _self_instans(text) or _answers_receiver(text) or _held_by(lines, text)
                or signed_group(lines) or _group_signed_alone(lines, text) or _signed_organisation(lines)
                or _board_signature(lines)
                or _proposal_sender(text)
                or (None if OWN_ANSWER_UNNAMED.search(text.joined) else _kommun_or_owner(lines, text))
                or _chair_finds_decided(text) or _genitive_owner(text) or _organ_owner(text)
                or _deadline_owner(text)
                or _answers_reach(text) or _office_owner(text))
    return on_top


# (missiv42) last, the organisation whose office the documents lie at or the answers go to, named in the
# genitive before it: 'Ansökan finns framlagd vid Ålands miljö- och hälsoskyddsmyndighets kansli under
# tiden …' (prov40/amhm-skogindustrier-miljotillstand-delgivning), 'hos X:s registratur', 'på Statens
# fastighetsverks kansli'; a name in capitals, its field words in lower case ('miljö- och
# hälsoskyddsmyndighet'), the genitive's s dropped (an ':s' too)
OFFICE_OWNER = re.compile(
    r"\b(?:vid|hos|på|till)\s+(?P<org>(?-i:[A-ZÅÄÖ])[\wåäö-]*"
    r"(?:\s+(?:(?-i:[A-ZÅÄÖ])[\wåäö-]*|[a-zåäö]+-\s+och|och|i|för)){0,4}(?:\s+[a-zåäö]+)??)(?::s|s)\s+"
    r"(?:kansli|registratur|diarium|expedition)\b"
)  # (not a registrator, the function answers are mailed to: 'till Näringsdepartementets registrator' on a
# regeringen.se page is read by the department rules, missiv/rk-n2015-5144)


def _office_owner(text: Text) -> Found | None:
    """Given the text, return the organisation at whose office the documents lie or the answers are registered
    ('framlagd vid X:s kansli'), or None; a person's name or a word for the kommun names no one."""
    match = OFFICE_OWNER.search(text.joined)
    if match is None:
        return None
    org = match.group("org")
    if org.lower() in GENERIC_ORG or is_person(org):
        return None
    return Found(org, text.line_at(match.start("org")),
                 "organisationen vid vars kansli eller registratur handlingarna finns ('vid Xs kansli')")


# (kalla39) last, when nothing else names the sender: the body the answers are to reach by the deadline, the
# verb written as one word ('Remissvar ska ha inkommit till Havs- och vattenmyndigheten senast den 22 februari
# 2021', missiv/hav-utsattning-fisk-foreskrifter-remiss-2020; KOMMIT_IN reads 'kommit in' apart); the answers
# the subject, a name in capitals ('synpunkter som inkommit till regionförbundet' names no one, and 'nytt
# förslag … ska inkomma till Länsstyrelsen två år innan …' is no answer); (missiv40) also the other verbs
# that deliver the answers, with or without the modal ('Anmärkningen ska levereras till Nylands förbund senast
# onsdagen 3.1.2018', prov38/nylandsforbund-ostersundom-landskapsplan-paseende; 'Synpunkter lämnas skriftligen
# till X senast', 'Yttrandet sänds till X senast', 'ska ges in/riktas till X', 'ska tillställas X'; the words
# in ANSWERS_SENT_TO)
ANSWER_BODY = r"(?![^\s]*@)(?P<org>[A-ZÅÄÖ][^,.()]{2,80}?)"
# the body's postal address between it and the deadline ('… till Kulturrådet, Box 27215, 102 53 Stockholm,
# senast …')
BODY_ADDRESS = r"(?:,\s+[^.]{0,60}?\d{3}\s?\d{2}\s+[A-ZÅÄÖ][\wåäö]+,?)?"
ANSWERS_REACH = re.compile(
    rf"(?:{ANSWERS_SENT_TO}|\b{ANSWER_NOUN}\s+(?:[\wåäö]+\s+){{0,4}}?(?:{DELIVERED_MODAL})?{DELIVERED_STRAIGHT})"
    rf"\s+{ANSWER_BODY}{BODY_ADDRESS}\s+(?i:senast)\b"
)
# ... and the deadline before the body, the body then ending the sentence or its clause ('Synpunkter ska
# lämnas senast den 3 maj 2024 till Miljönämnden.', 'Synpunkter ska senast den 3 maj 2024 lämnas till X.',
# '… senast 3.5.2024 till Österbottens förbund via e-post')
DEADLINE_DATE = (r"(?i:senast)\s+(?:den\s+)?(?:\d{1,2}\s+(?i:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)"
                 r"[a-zåäö]*(?:\s+\d{4})?|\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.(?:\d{4})?)")
ANSWERS_REACH_LATE = re.compile(
    rf"\b{ANSWER_NOUN}\s+(?:[\wåäö]+\s+){{0,4}}?(?:{DELIVERED_MODAL}{DEADLINE_DATE}\s+{DELIVERED_TO}"
    rf"|(?:{DELIVERED_MODAL}{DELIVERED_TO}|{DELIVERED_PRESENT})\s+{DEADLINE_DATE})"
    rf"\s+{DELIVERED_HOW}till\s+{ANSWER_BODY}(?=\s*[.,;:(]|\s*$|\s+(?i:via|per|på|eller|genom)\b)"
)


def _answers_reach(text: Text) -> Found | None:
    """Given the text, return the body the answers are to reach by the deadline ('Remissvar ska ha inkommit
    till X senast …'), or None; a pronoun or a word for the kommun names no one."""
    match = ANSWERS_REACH.search(text.joined) or ANSWERS_REACH_LATE.search(text.joined)
    if match is None or match.group("org").strip().lower() in GENERIC_ORG | RECEIVER_PRONOUNS:
        return None
    return Found(match.group("org").strip(), text.line_at(match.start("org")),
                 "den svaren ska komma till senast fristen "
                 "('Remissvar ska ha inkommit till X senast …', "
                 "'Anmärkningen ska levereras till X senast …')")


# the chair's finding in a protocol's propositionsordning names the body that decided: 'Ordföranden … ställer
# propositioner på … och finner att kommunstyrelsen beslutat bifalla yrkandet' (a nämnd's own by its name;
# 'finner att nämnden beslutat' names none)
CHAIR_FINDS = re.compile(
    r"\bfinner\s+att\s+(?P<body>(?:kommun|region|stads)(?:styrelsen|fullmäktige)|[a-zåäö]{3,}nämnden)"
    r"\s+(?:har\s+)?beslutat\b"
)


def _chair_finds_decided(text: Text) -> Found | None:
    """Given a protocol's paragraph that names no sender otherwise, return the body the chair finds has
    decided ('… och finner att kommunstyrelsen beslutat bifalla yrkandet från S, V och MP': 'Kommunstyrelsen',
    missiv/goteborg-ks-remittering-valfardslokaler; the kommun is added when the text names one), or None."""
    match = CHAIR_FINDS.search(text.joined)
    if match is None:
        return None
    return Found(definite(match.group("body")), text.line_at(match.start("body")),
                 "organet som ordföranden finner har beslutat ('finner att kommunstyrelsen beslutat …')")


# the organisation that has got the remiss and will answer it itself (missiv31,
# prov29/alvsala-naturreservat-remiss-extrastamma): 'Älvsala Nya Tomtägareförening har rätt att yttra sig om
# förslaget', 'Styrelsen för X kommer att utforma ett förslag till remissvar', 'X har fått en remiss från
# Trafikverket', 'X har fått Naturvårdsverkets förslag … på remiss', 'Kultur- och fritidsnämnden i Y kommun
# ska yttra sig över …'
_FORWARDER_NAME = (r"(?P<org>[A-ZÅÄÖ][\wåäöé-]*(?:[ ]+(?:och|i|för|kommun|stad|läns?|"
                   r"[a-zåäö-]+(?:nämnden|styrelsen)|[A-ZÅÄÖ][\wåäöé-]*)){0,5}?)")
FORWARDER = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:[Ss]tyrelsen\s+(?:för|i)\s+)?" + _FORWARDER_NAME + r"\s+(?:"
    r"har\s+(?:(?:nu\s+)?fått\s+|getts\s+|beretts\s+)?(?:rätt|möjlighet|tillfälle)\s+att\s+yttra\s+sig"
    r"|har\s+(?:nu\s+)?(?:fått|tagit\s+emot)\s+(?:en\s+|denna\s+)?remiss(?:en)?\b"
    r"|har\s+(?:nu\s+)?fått\s+(?:[\wåäö–-]+\s+){1,8}?på\s+remiss\b"
    r"|(?:ska|skall|kommer\s+att|avser\s+att)\s+(?:\w+\s+)?(?:yttra\s+sig|(?:utforma|skriva|ta\s+fram|lämna|"
    r"formulera)\s+(?:ett\s+|sitt\s+)?(?:förslag\s+till\s+)?(?:remissvar|remissyttrande|yttrande|svar)\b))"
)
# ... and asks the reader for views to that answer: to 'vårt remissvar' (the association's, the nämnd's), or
# to the association or the kommun by name or by the address's domain ('mejla dessa till kontakt@alvsala.se')
TO_OWN_ANSWER = re.compile(
    r"\b(?:i|till|inför|för|med\s+i)\s+(?:vårt|vår|föreningens|förbundets|styrelsens|nämndens|kommunens)\s+"
    r"(?:kommande\s+)?(?:remissvar|remissyttrande|yttrande|svar)\b",
    re.IGNORECASE,
)
NAMED_UNIT_OF = re.compile(
    r"^(?P<enhet>[\wåäö -]*?(?:nämnden|styrelsen|utskottet))\s+i\s+"
    r"(?P<org>[A-ZÅÄÖ][\wåäö-]+\s+(?:kommun|[Ss]tad)|Region\s+[A-ZÅÄÖ][\wåäö-]+)$"
)


KOMMUN_NAME_IN = re.compile(r"\b(?:kommun|stad)\b", re.IGNORECASE)


def _kommun_named(word: str, joined: str) -> bool:
    """Return True when the text names the kommun or city of that word ('Exempelby kommun', 'Exempelbys
    kommun')."""
    return re.search(rf"(?<![\wåäö-]){re.escape(word)}s?\s+(?:kommun|[Ss]tad)\b", joined) is not None


def _forwarder(text: Text) -> Found | None:
    """Given the text, return the organisation that has got a remiss and will answer it (FORWARDER), when the
    page asks its reader for views to that answer (TO_OWN_ANSWER, or an address its name spells): the one the
    reader answers, not the remitting body the page names first (README, Facit: a forwarded remiss's sender is
    on the reply route the document asks the reader to use); None otherwise."""
    domains = {m.group("domain") for m in VIEWS_TO_ADDRESS.finditer(text.joined)}
    own_answer = TO_OWN_ANSWER.search(text.joined) is not None
    rows = text.by_line(cells=False)  # a line opens a sentence too (a heading's)
    joined = rows.joined
    for match in FORWARDER.finditer(joined):
        name = re.sub(r"\s+(?:i|för|och)$", "", match.group("org").strip())
        if name.lower() in GENERIC_ORG or not (ORG_WORD.search(name) or OWNER_KIND.search(name)):
            continue
        # (a place's name spells the forwarder's own address only when the kommun of that name is not another:
        # 'Exempelby Hembygdsförening ska yttra sig' over views to kommun@exempelby.se answers the kommun)
        spelled = any(_fold(word) in domains for word in name.split() if word[:1].isupper()
                      and (KOMMUN_NAME_IN.search(name) or not _kommun_named(word, joined)))
        if not (own_answer or spelled):
            continue
        unit = NAMED_UNIT_OF.match(name)
        value = f"{unit['org']}, {normal_case(unit['enhet'].strip())}" if unit else name
        return Found(value, rows.line_at(match.start("org")),
                     "organisationen som fått remissen och ber läsaren om synpunkter till sitt svar")
    return None


# an association that asks for views to its own joint answer and names itself only by its kind ('Senast den 10
# oktober behöver vi ditt svar om du vill vara med i det gemensamma svaret från byalaget', missiv25,
# prov23/vastraharg-byalag-op-respons): the page is its own; the kommun it names ('översiktsplanen för Mjölby
# kommun') owns the plan and is no sender, so none is named (README, Facit)
OWN_ANSWER_UNNAMED = re.compile(
    r"\b(?:det|vårt|ert)\s+(?:gemensamma\s+)?(?:svaret|svar|yttrandet|yttrande|remissvaret|remissvar)\s+"
    r"från\s+(?:byalaget|föreningen|förbundet|klubben|sällskapet|styrelsen|gruppen|nätverket)\b"
    r"|\b(?:vårt|byalagets|föreningens)\s+gemensamma\s+(?:svar|yttrande|remissvar)\b",
    re.IGNORECASE,
)


def _kommun_or_owner(lines: Sequence[Line], text: Text) -> Found | None:
    """Given a text whose sender no letterhead, address or sentence names, return the kommun its heading,
    site, domain or house names, or the owner its domain, rules or opening name (in that order), or None."""
    return (_kommun_board(text)
            or _facility_owner(lines, text)
            or _kommun_in_heading(lines) or _kommun_by_domain(text) or _kommun_by_its_house(text)
            or _kommun_by_its_office(lines, text)
            or _kommun_of_plan(lines, text) or _name_by_domain(text)
            or _owner_of_rules(text)
            or _owner_by_domain(text)
            or _own_work_actor(text)
            or _agency_opening(text) or _we_inviting_named(text)
            or _acronym_by_domain(text) or _abbreviation_by_domain(text)
            or _only_body_named(text)
            or _one_kommun_self(text) or _town_of_own_plan(text)
            or _forwarding_dnr_owner(lines, text))


# (missiv34) an authority's own page about its remiss, without a letterhead, that sends it out in the passive
# ('Värmlands läns handlingsplan för grön infrastruktur har skickats ut på remiss.') and names itself as the
# actor of the work remitted in the body ('Länsstyrelsen Värmland har kartlagt den gröna infrastrukturen …',
# prov32/lst-varmland-gron-infrastruktur-remiss; 'Region X har tagit fram …', 'Vi på Y har arbetat fram …'):
# the one body so named is the sender; a sending by another ('… har skickats ut på remiss av Trafikverket')
# or two bodies at work name none
SENT_OUT_PASSIVE = re.compile(
    r"(?:\b(?:har|hade)\s+(?:nu\s+)?(?:skickats|sänts|gått)\s+ut|\b(?:skickas|sänds|går)\s+(?:nu\s+)?ut|"
    r"\bär\s+(?:nu\s+)?ute)\s+på\s+(?:bred\s+)?(?:remiss|samråd)\b(?!\s+av\s)"
    r"|\b(?:remitteras|har\s+remitterats)\b(?!\s+av\s)",
    re.IGNORECASE,
)
_OWN_ACTOR_NAME = (r"Länsstyrelsen(?:\s+i)?(?:\s+[A-ZÅÄÖ][\wåäö-]+){0,2}(?:\s+län)?|"
                   r"Region\s+[A-ZÅÄÖ][\wåäö-]+(?:\s+län)?|[A-ZÅÄÖ][\wåäö-]+\s+(?:kommun|[Ss]tad)|"
                   r"[A-ZÅÄÖ][\wåäö-]*(?:verket|myndigheten|inspektionen|kollegiet|ämbetet|institutet|rådet)")
OWN_WORK_ACTOR = re.compile(
    r"(?:^|[.!?]\s+|(?<=\n)|(?<=\soch\s)|(?<=\ssamt\s))(?:[Vv]i\s+på\s+)?"
    r"(?P<org>" + _OWN_ACTOR_NAME + r")\s+(?:har|hade)\s+"
    r"(?:[\wåäö,-]+\s+){0,6}?(?:kartlagt|tagit\s+fram|arbetat\s+fram|utarbetat|upprättat|sammanställt|"
    r"inventerat|reviderat|uppdaterat|utrett|formulerat|skrivit)\b"
)


def _own_work_actor(text: Text) -> Found | None:
    """Given a page that sends its remiss out in the passive, return the one public body it names as the
    actor of the work ('Länsstyrelsen Värmland har kartlagt …'), or None."""
    if SENT_OUT_PASSIVE.search(text.joined) is None:
        return None
    found = {m.group("org"): m for m in OWN_WORK_ACTOR.finditer(text.joined)}
    if len(found) != 1:
        return None
    org, match = found.popitem()
    return Found(org, text.line_at(match.start("org")),
                 "myndigheten som sidan namnger som den som gjort arbetet som skickats ut på remiss "
                 "('Länsstyrelsen X har kartlagt …')")


# the town a kommun's own plan is for, its bodies acting in the text: 'en fördjupad översiktsplan för staden
# Lidköping' under 'beslutade Samhällsbyggnadsnämnden', 'Det slutliga beslutet … tas av kommunfullmäktige'
# (missiv25, prov22/lidkoping-stadsutvecklingsplan-samrad): the kommun the town gives its name, as 'väster om
# Oskarshamn stad' on a page about 'Kommunen' (_town_named)
TOWN_OF_PLAN = re.compile(r"(?:plan|program|strategi)\w*\s+(?:för|över)\s+staden\s+"
                          r"(?P<ort>[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?)\b")


def _town_of_own_plan(text: Text) -> Found | None:
    """Given a text whose kommun's own bodies act ('kommunfullmäktige'), return the kommun of the town its
    plan is for ('… översiktsplan för staden Lidköping': 'Lidköpings kommun'), or None."""
    match = TOWN_OF_PLAN.search(text.joined)
    if match is None or not OWN_BODIES["kommun"].search(text.joined):
        return None
    return Found(_kommun_name(match.group("ort")), text.line_at(match.start("ort")),
                 "kommunen vars stad den egna planen gäller ('översiktsplan för staden Lidköping'), med "
                 "kommunens egna organ i texten")


# an anslag's label 'Organ' before a kommun's body, the label run into its value or its line
ORGAN_IN_TEXT = re.compile(r"(?-i:\bOrgan):?\s+(?P<org>" + BARE_BODY.pattern + r")(?![\wåäö-])")


def _named_by_answer_address(text: Text) -> Found | None:
    """Given the text, return the organisation it names whose name the address the answers go to spells, an
    organisation's box and no person's ('Mejla synpunkter till energiintelligent.dalarna@lansstyrelsen.se'
    under '… synpunkter från alla inom Energiintelligent Dalarna'), or None."""
    from remiss.extract.personer import ANSWER_TO_ADDRESS

    for address in ANSWER_TO_ADDRESS.finditer(text.joined):
        parts = re.split(r"[._]", address.group("lokal").lower())
        if len(parts[0]) <= LONGEST_FIRST_NAME:
            continue  # 'johan.matz': a person's
        for named in re.finditer(r"[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,3}", text.joined):
            if [w.lower().translate(ASCII_FOLD) for w in named.group(0).split()] == parts:
                return Found(named.group(0), text.line_at(named.start()),
                             "organisationen vars namn adressen för svaren stavar")
    return None


# (missiv34) the public body the views are given to, named in the sentence that asks for them: 'Sista dag
# att lämna synpunkter till Munkedals kommun är den 4 mars 2019' (a kommun's kungörelse of a company's
# application, kalla34:s munkedal-vattentakter-kungorelse-2018), 'Synpunkter lämnas skriftligen till
# Region X senast …': the receiver of the answers, not the applicant; a kommun, region or länsstyrelse by its
# full name only
_VIEWS_BODY = (r"(?-i:[A-ZÅÄÖ][\wåäö-]+s?\s+(?:kommun|[Ss]tad)|Region\s+[A-ZÅÄÖ][\wåäö-]+(?:\s+län)?|"
               r"Länsstyrelsen\s+(?:i\s+)?[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+)?(?:\s+län)?)")
VIEWS_TO_PUBLIC_BODY = re.compile(
    r"\b(?:lämna|lämnas|skicka|skickas|sända|sänds|framföra|framföras|ge|ges)\s+(?:in\s+)?"
    r"(?:(?:dina|era|sina|eventuella|skriftliga|era\s+skriftliga)\s+)?(?:synpunkter|yttranden?|remissvar)\s+"
    r"(?:på\s+[^.!?]{2,80}?\s+)?(?:skriftligen\s+)?till\s+"
    r"(?P<org>" + _VIEWS_BODY + r")(?![\wåäö-])",
    re.IGNORECASE,
)
# ... and the views' own sentence in the passive: 'Synpunkter lämnas till …' (the subject first)
VIEWS_SUBJECT_FIRST = re.compile(
    r"\b(?:synpunkter(?:na)?|yttranden(?:a)?|remissvar(?:en)?)\s+(?:ska\s+|skall\s+|kan\s+)?"
    r"(?:lämnas|skickas|sändas|sänds|framföras|ges)\s+(?:in\s+)?(?:skriftligen\s+)?till\s+"
    r"(?P<org>" + _VIEWS_BODY + r")(?![\wåäö-])",
    re.IGNORECASE,
)


def _views_to_public_body(text: Text) -> Found | None:
    """Given a text without a letterhead, return the kommun, region or länsstyrelse the views are given to,
    named in full in the sentence that asks for them ('lämna synpunkter till Munkedals kommun'), or None."""
    for pattern in (VIEWS_TO_PUBLIC_BODY, VIEWS_SUBJECT_FIRST):
        match = pattern.search(text.joined)
        if match is not None:
            org = re.sub(r"\s+", " ", match.group("org"))
            if org.split()[0] in NO_NAME_WORDS:
                continue  # 'till Den nya kommun…': no name
            return Found(org, text.line_at(match.start("org")),
                         "kommunen, regionen eller länsstyrelsen som synpunkterna lämnas till ('lämna "
                         "synpunkter till X kommun')")
    return None


# 'Du hittar dokumenten på Trosa kommuns digitala anslagstavla': the kommun's own notice board or site
KOMMUN_BOARD = re.compile(
    r"\b(?P<org>[A-ZÅÄÖ][\wåäö-]+)\s+kommuns\s+(?:digitala\s+)?(?:anslagstavla|webbplats|hemsida|kommunkontor)\b"
)
# 'Förslag till nya avfallsföreskrifter i Österåkers kommun': the kommun the notice's heading is for
KOMMUN_HEADING = re.compile(r"\b(?:i|för|inom)\s+(?P<org>[A-ZÅÄÖ][\wåäö-]+\s+kommun)\b")


def _kommun_board(text: Text) -> Found | None:
    """Given the text, return the kommun whose notice board or site holds the documents, or None."""
    match = KOMMUN_BOARD.search(text.joined)
    if match is None:
        return None
    return Found(f"{match.group('org')} kommun", text.line_at(match.start("org")),
                 "kommunen vars anslagstavla eller webbplats har handlingarna")


KOMMUN_I_RUBRIKEN = "kommunen som rubriken gäller ('… i X kommun')"

# (missiv32) the owner of the facility a samråd is about, as the page names it: 'Roslagsvatten äger
# avloppsreningsverket vid Margretelund' under 'Avgränsningssamråd … för kapacitetsökning av Margretelunds
# avloppsreningsverk i Österåkers kommun' (prov30/roslagsvatten-margretelund-samrad), or the one a consultant
# helps with the samråd ('Sweco … hjälper Roslagsvatten med samrådsprocessen'): the page's own company, not
# the kommun where the facility stands
FACILITY = (r"[a-zåäö]*(?:verk|anläggning|täkt|deponi|park|ledning|damm|station|gruva|hamn|terminal)"
            r"(?:en|et|n)?")
FACILITY_OWNER = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=\boch\s))"
    r"(?P<org>(?-i:[A-ZÅÄÖ])[\wåäöé-]*(?:\s+(?:(?-i:[A-ZÅÄÖ])[\wåäöé-]*|AB)){0,4}?)\s+"
    r"(?:äger|driver|äger\s+och\s+driver|är\s+(?:ägare|huvudman|verksamhetsutövare)\s+(?:för|till|av))\s+"
    rf"(?P<what>{FACILITY})\b"
    r"|\b(?:hjälper|bistår|biträder)\s+"
    r"(?P<client>(?-i:[A-ZÅÄÖ])[\wåäöé-]*(?:\s+(?:(?-i:[A-ZÅÄÖ])[\wåäöé-]*|AB)){0,4}?)\s+(?:med|i)\s+"
    r"(?:[\wåäö-]+\s+){0,3}?samråd\w*"
)


def _facility_owner(lines: Sequence[Line], text: Text) -> Found | None:
    """Given a page whose heading names a facility in a kommun, return the company the text names as its
    owner ('X äger avloppsreningsverket', the facility of the heading) or as the client a consultant helps
    with the samråd ('hjälper X med samrådsprocessen'), or None."""
    heading = " ".join(line.text for line in lines[:2]).lower()
    rows = text.by_line(cells=False)
    for match in FACILITY_OWNER.finditer(rows.joined):
        org = match.group("org") or match.group("client")
        if org.lower() in GENERIC_ORG or org.split()[0] in first_names() or KOMMUN_NAME_IN.search(org):
            continue
        what = match.group("what")
        if what and re.sub(r"(?:en|et|n)$", "", what.lower()) not in heading:
            continue  # a facility the heading does not name: no owner of the matter
        start = match.start("org") if match.group("org") else match.start("client")
        why = ("ägaren av anläggningen som rubriken gäller ('X äger avloppsreningsverket')" if what
               else "den som konsulten hjälper med samrådet ('hjälper X med samrådsprocessen')")
        return Found(org, rows.line_at(start), why)
    return None


def _kommun_in_heading(lines: Sequence[Line]) -> Found | None:
    """Given lines, return the kommun a notice's heading is for ('… i Österåkers kommun'), when nothing else
    names a sender."""
    for index, line in enumerate(lines[:4]):
        # a heading wrapped before its last word ('… i Österåkers' / 'kommun') is read as one
        rest = lines[index + 1].text.strip() if index + 1 < len(lines) else ""
        text = f"{line.text.strip()} {rest}" if rest[:1].islower() else line.text
        match = KOMMUN_HEADING.search(text)
        if match and match.start("org") < len(line.text.strip()):
            org = " ".join(match.group("org").split())
            return Found(org, line, KOMMUN_I_RUBRIKEN)
    return None


# an organisation that asks its own members: 'få inspel från dig som är medlem i Socialdemokraterna'
# (a party's, union's or association's request; an address at the kommun is its representative's)
MEMBERS_ASKED = re.compile(
    r"\b(?:dig|er|alla|de)\s+som\s+är\s+medlem(?:mar)?\s+i\s+"
    r"(?P<org>[A-ZÅÄÖ][\wåäöÅÄÖ-]+(?:\s+(?:i|för|och|[A-ZÅÄÖ][\wåäöÅÄÖ-]+)){0,3}?)(?=[\s.,;:!?]|$)"
)

# ... or tells the reader to join it to comment ('Vill du lämna kommentarer på planen? Bli medlem i
# Klimatriksdagen!'), sends the remiss to its own members ('skickas ut på remiss till Klimatriksdagens
# medlemmar'), or asks them for views to its own yttrande ('… underlag för yttrandet från Sjöskogens
# Villaförening', an association's news to its members)
MEMBERS_JOIN = re.compile(
    r"\b[Bb]li\s+medlem\s+i\s+(?P<org>[A-ZÅÄÖ][\wåäöÅÄÖ-]+(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]+){0,3})(?=[\s.,;:!?]|$)"
)
MEMBERS_SENT = re.compile(
    r"\bremiss\s+till\s+(?P<org>[A-ZÅÄÖ][\wåäöÅÄÖ-]+(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]+){0,3}?)s\s+medlemmar\b"
)
# ... or sends its request to its member kommuner, named after them ('Till medlemskommunerna inom Vasa
# sjukvårdsdistrikt har i maj 2019 skickats en utlåtandebegäran …', a Finnish samkommun's own page, prov45;
# modeller/kontakt.toml [medlemmar_tillfragas]): the organisation the members are of, a name with capitals,
# its kind in lower case last ('sjukvårdsdistrikt', 'förbund')
_MEMBERS_OF_NAME = (r"(?P<org>(?-i:[A-ZÅÄÖ])[\wåäö-]+(?:\s+(?:(?-i:[A-ZÅÄÖ])[\wåäö-]+|i|för|och|"
                    r"(?-i:[a-zåäö])[\wåäö]*(?:distrikt|förbund|förening|samkommun|region|kommun|område)))*)")


@lru_cache(maxsize=1)
def _members_of() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Return (the members of an organisation named after them, a request's word) from modeller/kontakt.toml
    [medlemmar_tillfragas]."""
    from remiss.extract.personer import kontakt_modell

    data = kontakt_modell()["medlemmar_tillfragas"]
    members = re.compile(rf"\b(?:{fraser(data['medlemmar'])})\s+(?:inom|i)\s+{_MEMBERS_OF_NAME}",
                         re.IGNORECASE)
    return members, re.compile(rf"\b(?:{fraser(data['begaran'])})", re.IGNORECASE)


def _members_requested(joined: str) -> re.Match[str] | None:
    """Given the joined text, return the match of the organisation whose members a sentence sends a request
    to ('Till medlemskommunerna inom X har … skickats en utlåtandebegäran'), or None."""
    members, request = _members_of()
    for sentence in re.finditer(r"[^.!?]+", joined):
        match = members.search(joined, sentence.start(), sentence.end())
        if match is not None and request.search(sentence.group(0)):
            return match
    return None


OWN_ANSWER_OF = re.compile(
    r"\b(?:yttrandet|remissvaret|skrivelsen|svaret)\s+från\s+"
    r"(?P<org>(?:[A-ZÅÄÖ][\wåäöÅÄÖ-]+\s+){0,3}[A-ZÅÄÖ][\wåäö-]*(?:förening|förbund|sällskap|klubb)(?:en|et)?)\b"
)
MEMBERS_WORD = re.compile(r"\bmedlem(?:mar|marna|men)?\b", re.IGNORECASE)
# ... or names its own answer by its genitive in a sentence where it speaks to or as its members ('utkastet på
# Swedtrains remissvar … ut till alla medlemmar', 'så att vi eventuellt kan ta upp dem i Byalagets yttrande'):
# the name without the genitive's s
# (missiv32: with the country's genitive that opens a national association's name, 'Sveriges Tandläkarförbunds
# remissvar', prov30/tandlakarforbundet-jamlik-tandhalsa-enkat)
OWN_ANSWER_GENITIVE = re.compile(
    r"(?<![\wåäö-])(?P<org>(?:(?:Sveriges|Svenska|Svensk|Finlands)\s+)?(?-i:[A-ZÅÄÖ])[\wåäö-]{2,})s\s+"
    r"(?:eget\s+|egna\s+|kommande\s+)?(?:remissvar|yttrande|remissyttrande)\b"
)
# ... or asks its members in a survey before its own answer (missiv32: 'Tandläkarförbundet har skickat ut en
# enkät för att ta reda på vad förbundets medlemmar tycker …', 'Klicka på länken och lämna dina synpunkter!'):
# the answer's owner named in the genitive anywhere on the page, else the one that sends out the survey or
# wants to know what its members think
SURVEY = re.compile(r"\b(?:medlems)?enkät(?:en|er|erna)?\b", re.IGNORECASE)
SURVEY_SENDER = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))"
    r"(?P<org>(?-i:[A-ZÅÄÖ])[\wåäöé-]*(?:\s+(?-i:[A-ZÅÄÖ])[\wåäöé-]*){0,3}?)\s+"
    r"(?:har\s+(?:nu\s+)?(?:skickat|sänt)\s+ut\s+en\s+(?:medlems)?enkät"
    r"|(?:genomför|gör)\s+(?:nu\s+)?en\s+(?:medlems)?enkät"
    r"|vill\s+(?:gärna\s+)?veta\s+vad\s+(?:du\s+som\s+medlem|medlemmarna|våra\s+medlemmar|dess\s+medlemmar))\b"
)
SPEAKS_TO_MEMBERS = re.compile(r"\b(?:vi|våra|vårt|oss|medlem(?:mar|marna|men)?)\b", re.IGNORECASE)
# ... or speaks as its members, 'vi i' before its abbreviation or an association's name, on a page that asks
# the reader for views to the answer it will write (missiv26: 'Vi i ÄEF är tveksamma till … och planerar att
# skriva en inlaga om detta. Om du som medlem … skriv till ordförande@…'); not a place ('Vi i Västra Harg',
# 'Vi i Sverige')
WE_IN = re.compile(
    r"(?<![\wåäö-])[Vv]i\s+i\s+(?P<org>[A-ZÅÄÖ]{2,6}(?![\wåäöÅÄÖ-])|(?:[A-ZÅÄÖ][\wåäöÅÄÖ-]+\s+){0,3}?"
    r"[A-ZÅÄÖ]?[\wåäö-]*(?:förening|förbund|sällskap|klubb|byalag|nätverk)(?:en|et)?(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]+){0,3})"
    r"(?=[\s.,;:!?]|$)"
)
# ... or says what it will bring up in its own answer, on a page to its members (nya24: 'Dessa är några av de
# centrala perspektiv som Famna kommer lyfta i sitt remissvar', a member news on a remiss it received): the
# subject before the reflexive 'i sitt remissvar'
OWN_ANSWER_SUBJECT = re.compile(
    r"(?<![\wåäö-])(?P<org>(?-i:[A-ZÅÄÖ])[\wåäö-]{2,}(?:\s+[\wåäö-]+){0,3}?)\s+"
    r"(?:kommer\s+(?:att\s+)?|ska\s+|skall\s+|avser\s+att\s+|tänker\s+)(?:[a-zåäö]+\s+){1,3}?"
    r"i\s+sitt\s+(?:kommande\s+)?(?:remissvar|remissyttrande|yttrande|svar)\b"
)

# the organisation that tells its members it is remissinstans: 'Idéburna skolors riksförbund är nu
# remissinstans för Skolverkets förslag …' (it asks them for views, remiss.split 'ar_remissinstans')
SELF_INSTANS = re.compile(
    r"(?:^|[.!?]\s+|(?<=\n))(?P<org>[A-ZÅÄÖ][\wåäöé-]*(?:[ ]+[\wåäöé-]+){0,4}?)\s+(?:är|har\s+blivit)\s+"
    r"(?:nu\s+|även\s+|också\s+)?remissinstans\b"
)


# ... or whose board says it: the organisation in the genitive before 'styrelse' ('Stockholms partidistrikts
# styrelse är remissinstans till partistyrelsen och …', a party district asking its branches for views)
BOARD_OF = re.compile(r"^(?P<owner>[A-ZÅÄÖ][\wåäö-]*(?:\s+[\wåäö-]+){0,3}?)s\s+styrelse(?:n)?$")
# an organisation named by its kind of association ('partidistrikt', 'idrottsförbund', 'Mellersta kretsen')
OWNER_KIND = re.compile(
    r"(?:distrikt|krets|avdelning|förening|förbund|parti|klubb|sällskap|organisation)(?:en|et)?$",
    re.IGNORECASE,
)


def _self_instans(text: Text) -> Found | None:
    """Given the text, return the organisation that says it is remissinstans ('X är nu remissinstans för …'),
    when its name is an organisation's (an organisation word, or capitalised words), or None."""
    # a line starts a sentence (a printed mail's header lines above the text)
    rows = text.by_line()
    match = SELF_INSTANS.search(rows.joined)
    if match is None:
        return None
    org = match.group("org").strip()
    board = BOARD_OF.match(org)
    if board and (OWNER_KIND.search(board["owner"]) or ORG_WORD.search(board["owner"])):
        org = board["owner"]  # 'Stockholms partidistrikts styrelse är remissinstans till partistyrelsen'
    if org.lower() in GENERIC_ORG or not (ORG_WORD.search(org) or OWNER_KIND.search(org)
                                          or capitalised_words(org)):
        return None
    return Found(org, rows.line_at(match.start("org")),
                 "organisationen som säger att den är remissinstans ('X är nu remissinstans för …')")


# an organisation named by its abbreviation, alone or after its place's genitive ('VSSF', 'Skånes FF'), or
# in two to four capitalised words ('Upplands Bandyförbund')
_SHORT_ORG = r"(?:[A-ZÅÄÖ][a-zåäö]+s\s+)?[A-ZÅÄÖ]{2,6}(?![\wåäöÅÄÖ-])"
_OPENS = r"(?:^|(?<=[.!?]\s)|(?<=\n))"  # a sentence's start, or a line's (a web paragraph)
_ANSWER_WORD = r"(?:svar\w*|synpunkter\w*|yttranden?\w*|remissvar\w*|kommentarer\w*|inspel)"
# the one who receives the answers (modeller/kontakt.toml [svarens_mottagare]): 'Svar ska vara VSSF
# tillhanda', 'VSSF vill få in yttrande angående …', 'Skånes FF:s styrelse kommer att ta del av inkomna
# synpunkter'
ANSWERS_RECEIVER = (
    re.compile(rf"(?i:\b{_ANSWER_WORD}\s+(?:ska|skall|bör|måste)\s+vara\s+)(?P<org>{_SHORT_ORG})"
               r"\s+(?i:tillhanda|till\s+handa)\b"),
    re.compile(rf"{_OPENS}(?P<org>{_SHORT_ORG})\s+(?i:vill|önskar)\s+(?i:få\s+in|ha\s+in|samla\s+in|"
               rf"inhämta|få|ha)\s+(?:(?i:[a-zåäö]+)\s+){{0,2}}?(?i:{_ANSWER_WORD}|förslag)\b"),
    re.compile(rf"{_OPENS}(?P<org>{_SHORT_ORG})(?::s|s)\s+(?i:styrelse|kansli|tävlingskommitté)\s+"
               r"(?i:(?:kommer\s+att|ska|skall)\s+)?(?i:ta\s+del\s+av|gå\s+igenom|behandla|sammanställa)\s+"
               rf"(?i:(?:alla\s+|de\s+)?(?:inkomna|inskickade)\s+)?(?i:{_ANSWER_WORD})"),
    # (nya24) the proposal the readers comment on goes to its board: 'utarbetar ett förslag om de nya
    # busslinjerna till HRT:s styrelse, som behandlar förslaget våren 2023' (a transport authority's survey)
    re.compile(rf"(?i:\bförslag\w*\s+(?:[^.!?]{{0,60}}?\s)?till\s+)(?P<org>{_SHORT_ORG})(?::s|s)\s+"
               r"(?i:styrelse)\s*,?\s+(?i:som\s+(?:ska\s+|skall\s+|kommer\s+att\s+)?(?:behandla|besluta)r?)\b"),
)


@lru_cache(maxsize=1)
def _not_senders() -> frozenset[str]:
    """Return the abbreviations of documents, laws and bodies that never send (kontakt.toml
    [svarens_mottagare] inte)."""
    from remiss.extract.personer import kontakt_modell

    return frozenset(kontakt_modell()["svarens_mottagare"]["inte"]) | NOT_AN_ACRONYM


# the organisation the answers are to reach, named in full ('Remissvar ska vara Republikanska föreningens
# kansli (info@repf.se) tillhanda senast …', a society's remiss to its members; 'Eventuella invändningar …
# ska göras skriftligen till Bergsstaten på … och ska vara Bergsstaten tillhanda senast …', an agency's
# kungörelse): the one who asks; its office ('kansli', 'styrelse') in the genitive names the organisation
HELD_BY_ORG = re.compile(
    r"\b(?i:svar\w*|synpunkter\w*|yttranden?\w*|remissvar\w*|invändningar\w*|erinringar\w*|kommentarer\w*)"
    r"(?:[^.!?\n]|\.(?!\s))*?\b(?i:ska|skall)\s+(?i:vara)\s+"
    r"(?P<org>[A-ZÅÄÖ][\wåäö-]*(?:\s+(?:[A-ZÅÄÖ][\wåäö-]*|[a-zåäö]+(?=[\wåäö]*\s)))"
    r"{0,3}?)(?:s\s+(?i:kansli|styrelse|expedition|registratur))?\s+(?:\([^()]*\)\s+)?(?i:tillhanda|till\s+handa)\b"
)


def _held_by(lines: Sequence[Line], text: Text) -> Found | None:
    """Given the text, return the organisation, named in full, that the answers are to be in the hands of
    ('Remissvar ska vara Republikanska föreningens kansli … tillhanda', '… ska vara Bergsstaten tillhanda'),
    or None; a bare nämnd, a pronoun or 'kommunen' names no sender by itself (the kommun's rules take those),
    and an organisation that forwards the remiss under its own dnr sends it ('… svaret ska vara Havs- och
    Vattenmyndigheten tillhanda' under 'Energiföretagen Sveriges dnr …', _forwarding_dnr_owner)."""
    if _forwarding_dnr_owner(lines, text) is not None:
        return None
    for match in HELD_BY_ORG.finditer(text.joined):
        org = " ".join(match.group("org").split())
        org = re.sub(r"s\s+(?:kansli|styrelse|expedition|registratur)$", "", org)  # 'föreningens kansli'
        if org.lower() in GENERIC_ORG | RECEIVER_PRONOUNS or BARE_UNIT.fullmatch(org):
            continue
        if len(org.split()) == 1 and re.search(r"(?:nämnden|styrelsen|förvaltningen|kontoret)$", org, re.I):
            continue
        if re.fullmatch(r"[A-ZÅÄÖ]{2,6}", org) or org.split()[-1] in _not_senders():
            continue  # an abbreviation is _answers_receiver's ('Svar ska vara KS tillhanda': a nämnd's, none)
        return Found(org, text.line_at(match.start("org")),
                     "organisationen som svaren ska vara tillhanda ('Remissvar ska vara X:s kansli "
                     "tillhanda')")
    return None


def _answers_receiver(text: Text) -> Found | None:
    """Given the text, return the organisation named by its abbreviation that the answers go to, in the role
    only ('Svar ska vara VSSF tillhanda', 'VSSF vill få in yttrande …', 'Skånes FF:s styrelse kommer att ta
    del av inkomna synpunkter'), or None; a document's or a law's abbreviation is none."""
    rows = text.by_line()
    for pattern in ANSWERS_RECEIVER:
        for match in pattern.finditer(rows.joined):
            org = match.group("org")
            if org.split()[-1] in _not_senders():
                continue
            return Found(org, rows.line_at(match.start("org")),
                         "organisationen svaren går till ('Svar ska vara X tillhanda', 'X vill få in "
                         "yttrande', 'X:s styrelse tar del av inkomna synpunkter')")
    return None


def _members_asked(text: Text) -> Found | None:
    """Given the text, return the organisation whose members it asks ('dig som är medlem i X', 'Bli medlem i
    X!', 'på remiss till X:s medlemmar', '… för yttrandet från X' or 'Vi i X …' to its members), or None."""
    match = MEMBERS_ASKED.search(text.joined) or MEMBERS_SENT.search(text.joined) \
        or MEMBERS_JOIN.search(text.joined) or _members_requested(text.joined)
    if match is None and MEMBERS_WORD.search(text.joined):
        match = OWN_ANSWER_OF.search(text.joined) or next(
            (own for own in OWN_ANSWER_SUBJECT.finditer(text.joined)
             if own.group("org").lower() not in GENERIC_ORG), None)
        match = match or next((own for own in WE_IN.finditer(text.joined)
                               if own.group("org").lower() not in GENERIC_ORG | {"föreningen", "byalaget"}
                               and own.group("org") not in _not_senders()), None)
    if match is None:
        match = next((own for sentence in re.finditer(r"[^.!?]+", text.joined)
                      if SPEAKS_TO_MEMBERS.search(sentence.group(0))
                      for own in OWN_ANSWER_GENITIVE.finditer(text.joined, sentence.start(), sentence.end())
                      if own.group("org").lower() not in GENERIC_ORG), None)
    if match is None and MEMBERS_WORD.search(text.joined) and SURVEY.search(text.joined):
        rows = text.by_line(cells=False)
        found = [*OWN_ANSWER_GENITIVE.finditer(rows.joined), *SURVEY_SENDER.finditer(rows.joined)]
        match = next((own for own in found if own.group("org").lower() not in GENERIC_ORG), None)
        if match is not None:
            return Found(match.group("org"), rows.line_at(match.start("org")),
                         "organisationen som frågar sina medlemmar i en enkät inför sitt eget remissvar")
    if match is None:
        return None
    org = re.sub(r"\s+(?:i|för|och)$", "", match.group("org"))
    return Found(org, text.line_at(match.start("org")),
                 "organisationen vars medlemmar texten ber om synpunkter ('dig som är medlem i X')")


# a kommun named in the text ('Den kulturplan som Skinnskattebergs kommun har nu …') whose name is the domain
# of the addresses the notice gives (birgitta.lovestedt@skinnskatteberg.se, www.salem.se): its own web notice
KOMMUN_NAMED = re.compile(r"\b(?P<org>(?P<namn>[A-ZÅÄÖ][\wåäö-]+)\s+(?P<typ>kommun|[Ss]tad))s?\b")
REGION_NAMED = re.compile(r"\b(?P<org>Region\s+[A-ZÅÄÖ][\wåäö-]+(?:\s+län)?)\b")
DOMAIN = re.compile(  # a Swedish or a Finland-Swedish kommun's (registraturen@jakobstad.fi)
    r"[\w.-]+@(?:[\w-]+\.)*(?P<domain>[\w-]+)\.(?:se|fi)\b"
    # a web address, also without 'www.' when a path follows ('handlingar finns på taby.se/husmodern6')
    r"|(?:https?://|\bwww\.|(?<![\w@./-])(?=[\w-]+\.(?:se|fi)/\w))(?:www\.)?(?P<web>[\w-]+)\.(?:se|fi)\b"
)
# the postal town of an address ('Strengbergsgatan 1, 68600 Jakobstad'; a Finnish postcode has five figures)
POSTAL_TOWN = re.compile(r"\b(?:\d{3}\s?\d{2})\s+(?P<ort>[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?)\b")
# the text speaks of its kommun as 'staden' ('stadens registratur'), never as 'kommunen': a 'X stad'
# (a word, not an address's part: 'Till: registrator@kommunen.se' of a printed mail)
CITY_SELF = re.compile(r"(?<![@.\w])staden(?:s)?\b(?!\.\w)", re.IGNORECASE)
KOMMUN_SELF = re.compile(r"(?<![@.\w])kommunen(?:s)?\b(?!\.\w)", re.IGNORECASE)
# (missiv34) 'staden' as the town a plan or samråd is about, not the body speaking of itself: 'översiktsplan
# för staden Kristianstad', 'Start för samråd om staden' (missiv/kristianstad-start-samrad-staden, a kommun's
# news that never says 'kommunen'); the body says 'stadens registratur', 'Staden initierar …'
TOWN_OBJECT = re.compile(r"\b(?:för|om|över)\s+$|(?:plan|program)\s+$", re.IGNORECASE)


def _city_self(joined: str) -> bool:
    """Return True when a text speaks of 'staden' other than as the town a plan is for, named after it
    ('staden Kristianstad') or in a web address."""
    for match in CITY_SELF.finditer(joined):
        if joined[match.start() - 1 : match.start()] in ("-", "/"):
            continue  # a web address's part ('…/start-for-samrad-om-staden/')
        named = re.match(r"\s+[A-ZÅÄÖ][a-zåäö]", joined[match.end() : match.end() + 3]) is not None
        if not named and TOWN_OBJECT.search(joined[max(0, match.start() - 8) : match.start()]) is None:
            return True
    return False
# ... the word as the text's own word for itself: in lower case, or opening a sentence ('stadens webbplats',
# 'Staden initierar …'), not a name's part ('ÄÖP Staden', the plan for the town)
CITY_SELF_WORD = re.compile(r"(?<![@.\w])stadens?\b(?!\.\w)|(?:^|(?<=[.!?]\s))Stadens?\b", re.MULTILINE)


def _calls_itself_city(joined: str) -> bool:
    """Return True when a text calls its kommun 'staden' and never 'kommunen' (a Finnish city's notice)."""
    return CITY_SELF_WORD.search(joined) is not None and KOMMUN_SELF.search(joined) is None


# the kommun's house named with the kommun's name ('Läs planhandlingarna i Täby kommunhus', 'Ovanåkers
# kommunhus'): a page that speaks of 'kommunen' names its kommun by it
KOMMUNHUS = re.compile(r"\b(?P<ort>[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?)\s+kommunhus(?:et)?\b")


def _kommun_by_its_house(text: Text) -> Found | None:
    """Given the text, return the kommun whose kommunhus it names ('Täby kommunhus') when it speaks of
    'kommunen' and names one such house only, or None."""
    if KOMMUN_SELF.search(text.joined) is None:
        return None
    found = {match.group("ort"): match for match in KOMMUNHUS.finditer(text.joined)}
    if len(found) != 1:
        return None
    ort, match = found.popitem()
    ort = ort.removesuffix("s") if ort.endswith("s") and len(ort) > 4 else ort  # 'Ovanåkers kommunhus'
    return Found(_kommun_name(ort), text.line_at(match.start("ort")),
                 "kommunen vars kommunhus texten namnger ('Täby kommunhus')")


# (missiv42) the kommun's own office named by its place ('vid kommunkansliet i Jomala', 'i kommunhuset i X')
KOMMUN_OFFICE_IN = re.compile(
    r"\b(?:kommun|stads)(?:kansliet|huset|kontoret)\s+i\s+(?P<ort>[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?)\b"
)


def _kommun_by_its_office(lines: Sequence[Line], text: Text) -> Found | None:
    """Given a notice that names the kommun's own office by its place ('samråd … vid kommunkansliet i
    Jomala') and is signed at that place ('Jomala den 4 mars 2019'), return the kommun of that place, or None:
    an office's place alone may be a village of another kommun's ('kommunhuset i Henån' is Orust's), the
    signature at it makes it the kommun's own (missiv42, prov14/jomala-kalmarnas-delgeneralplan-samrad); never
    when the text names a kommun (Orust's notice signed 'Henån den …' names 'Orust kommun')."""
    if KOMMUN_NAMED.search(text.joined):
        return None
    places = {match.group("ort"): match for match in KOMMUN_OFFICE_IN.finditer(text.joined)}
    signed = {line.text.strip().split()[0] for line in lines if PLACE_DATE.match(line.text.strip())}
    for ort, match in places.items():
        if ort in signed:
            city = re.search(r"\bstads(?:kansliet|huset|kontoret)\b", match.group(0)) is not None
            return Found(_kommun_name(ort, city=city), text.line_at(match.start("ort")),
                         "kommunen vars kansli eller kommunhus texten namnger på orten där den skrivs under")
    return None


def _town_named(match: re.Match[str]) -> bool:
    """Return True when KOMMUN_NAMED matched a town, not a kommun's name: 'Oskarshamn stad' (a place in a
    plan's description, 'väster om Oskarshamn stad') where the kommun writes its name in the genitive
    ('Oskarshamns kommun', 'Helsingborgs stad'); a name ending in a vowel or an s has no genitive s ('Malmö
    stad', 'Pargas stad', 'Borås Stad')."""
    namn = match.group("namn")
    return match.group("typ").lower() == "stad" and _kommun_name(namn) != f"{namn} kommun"


# where something lies: 'Samråd för detaljplan i Kramfors Stad' (missiv43)
LOCATED_IN = re.compile(r"\b(?:i|inom)\s+$", re.IGNORECASE)


def _only_where(match: re.Match[str], joined: str) -> bool:
    """Return True when KOMMUN_NAMED matched a 'stad' that the text names only as where something lies
    ('Samråd för detaljplan i Kramfors Stad', prov41/kramfors-braxen-detaljplan-samrad, missiv43): the town,
    which may share its name with the kommun, not the kommun's own name (the place and the addresses' domain
    give that, 'Kramfors kommun', as 'i Dorotea' does); not a kommun that calls itself 'stad' ('i Malmö
    stad', modeller/kontakt.toml [stadskommuner])."""
    if match.group("typ").lower() != "stad" or match.group("namn") in _stadskommuner():
        return False  # 'i Malmö stad': the kommun that calls itself so ([stadskommuner])
    org = re.escape(match.group("namn")) + r"\s+[Ss]tad"
    return all(LOCATED_IN.search(joined[max(0, other.start() - 8) : other.start()])
               for other in re.finditer(rf"(?<![\wåäöÅÄÖ-]){org}", joined))


# a company the kommun owns, named with the kommun in the genitive: 'Göteborgs stads bostadsaktiebolag' (the
# landowner on missiv/goteborg-biskopsgarden-godvadersgatan-samrad-2024, missiv43), 'Exempelby kommuns
# fastighetsbolag'
OWNED_COMPANY = re.compile(r"\s+[a-zåäö-]*(?:bolag|bolaget|aktiebolag|aktiebolaget)\b|\s+AB\b")


def _owns_company(match: re.Match[str], joined: str) -> bool:
    """Return True when KOMMUN_NAMED matched a kommun in the genitive as the owner in a company's name
    ('Göteborgs stads bostadsaktiebolag'): the company is named, the kommun not as a body (README, Facit:
    null when the page names none, as prov5/goteborg-heden-samrad)."""
    return match.group(0).endswith("s") and OWNED_COMPANY.match(joined, match.end()) is not None


@lru_cache(maxsize=1)
def _stadskommuner() -> frozenset[str]:
    """Return the names of the kommuner that call themselves 'stad' (kontakt.toml [stadskommuner])."""
    from remiss.extract.personer import kontakt_modell

    return frozenset(kontakt_modell()["stadskommuner"]["namn"])


# the place in the genitive before a plan or programme it owns: 'för Sollentunas översiktsplan', 'om Tierps
# nya trafikstrategi' (the kommun's own; not 'för Moras tätort', the town a shared förvaltning plans for)
GENITIVE_PLAN = re.compile(r"(?<![\wåäöÅÄÖ-])(?P<ort>[A-ZÅÄÖ][a-zåäöé]+)s\s+(?:nya\s+|egna\s+)?"
                           r"[a-zåäö-]*(?:plan|program|strategi|policy)")


def _domains(text: Text) -> set[str]:
    """Given the text, return the domains of its e-mail and web addresses ('lillaedet' of
    miljo@lillaedet.se)."""
    return {m.group("domain") or m.group("web") for m in DOMAIN.finditer(text.joined.lower())}


def _domain_name(name: str, domains: set[str]) -> bool:
    """Given a folded name and the text's domains, return True when the name, or its genitive without the 's'
    ('edets' of 'Lilla Edets kommun'), is one of them."""
    return name in domains or (name.endswith("s") and name[:-1] in domains)


def _two_word_name(kommun: str, text: Text) -> str:
    """Given a kommun named in the genitive form ('Edets kommun'), return it with the word before it when both
    run together are the addresses' domain ('Lilla Edets kommun', miljo@lillaedet.se), else as it is."""
    domains = _domains(text)
    before = rf"(?<![\wåäöÅÄÖ-])(?P<forsta>[A-ZÅÄÖ][a-zåäö]+)\s+{re.escape(kommun)}"
    for match in re.finditer(before, text.joined):
        name = _fold(match.group("forsta") + kommun.split()[0])
        if _domain_name(name, domains):
            return f"{match.group('forsta')} {kommun}"
    return kommun


FIRST_OF_TWO = re.compile(r"(?<![\wåäöÅÄÖ-])(?P<forsta>[A-ZÅÄÖ][a-zåäö]+)\s+$")


def _kommun_by_domain(text: Text) -> Found | None:
    """Given the text, return the kommun it names whose name is the domain of its e-mail or web addresses."""
    domains = _domains(text)
    if not domains:
        return None
    for match in KOMMUN_NAMED.finditer(text.joined):
        if _town_named(match) or _only_where(match, text.joined) or _owns_company(match, text.joined):
            continue  # 'väster om Oskarshamn stad och riksväg E22': the town, not the kommun's name
        name = _fold(match.group("namn"))
        if _domain_name(name, domains):
            return Found(match.group("org"), text.line_at(match.start("org")),
                         "kommunen som texten nämner och vars namn är adressernas domän (…@kommun.se)")
        # a name of two words, the domain both run together ('Östra Göinge kommun', kommun@ostragoinge.se)
        first = FIRST_OF_TWO.search(text.joined, max(0, match.start() - 40), match.start())
        name = _fold(first.group("forsta") + match.group("namn")) if first else ""
        if first and _domain_name(name, domains):
            return Found(f"{first.group('forsta')} {match.group('org')}", text.line_at(first.start()),
                         "kommunen som texten nämner och vars namn i två ord är adressernas domän "
                         "(…@ostragoinge.se)")
    for match in REGION_NAMED.finditer(text.joined):  # 'Region Örebro län' with kultur@regionorebrolan.se
        if _fold(match.group("org")) in domains:
            return Found(match.group("org"), text.line_at(match.start("org")),
                         "regionen som texten nämner, namnet som adressernas domän (…@regionorebrolan.se)")
    city = _city_self(text.joined) and KOMMUN_SELF.search(text.joined) is None
    # the postal town names the kommun only when the text speaks of its own kommun ('stadens registratur'),
    # not a förvaltning several kommuner share ('Stadsbyggnadsförvaltningen Mora Orsa, 792 80 Mora')
    own = city or KOMMUN_SELF.search(text.joined) is not None
    # the place the notice is signed at, before its date ('Pedersöre den 6 oktober 2015' over
    # 'Planläggningssektionen', anna-karin.pensar@pedersore.fi): the sender's own place
    # (also run into a line by a transcript: '… Planen har trätt i kraft. Pedersöre den 6 oktober 2015
    # Planläggningssektionen')
    for signed in PLACE_DATE_OPENS.finditer(text.joined):
        ort = signed.group(0).split()[0]
        if _fold(ort) in domains:
            return Found(_kommun_name(ort, city=city), text.line_at(signed.start()),
                         "orten i underskriftens ort och datum ('Pedersöre den 6 oktober 2015') som är "
                         "adressernas domän (…@pedersore.fi)")
    for match in GENITIVE_PLAN.finditer(text.joined) if own else ():
        if _fold(match.group("ort")) in domains:  # (missiv25) 'Förlängt samråd för Sollentunas översiktsplan'
            return Found(_kommun_name(match.group("ort"), city=city), text.line_at(match.start("ort")),
                         "orten i genitiv före sin plan ('Sollentunas översiktsplan') som är adressernas "
                         "domän (…@sollentuna.se)")
    for pattern in (PLACE_IN, POSTAL_TOWN) if own else (PLACE_IN,):  # 'hur vi i Kumla ska tänka …' (kumla.se)
        for match in pattern.finditer(text.joined):  # '…, 68600 Jakobstad' with registraturen@jakobstad.fi
            ort = match.group("ort")
            if _fold(ort) in domains:
                return Found(_kommun_name(ort, city=city), text.line_at(match.start("ort")),
                             "orten som texten nämner ('i Kumla', i svarens postadress) och som är "
                             "adressernas domän (…@kumla.se)")
    return None


# an organisation named in capitalised words ('… strategi för Leader Folkungaland') that its addresses' domain
# spells whole (jeanette@leaderfolkungaland.se): a kommun's own is found by _kommun_by_domain
NAME_WORDS = re.compile(r"(?<![\wåäöÅÄÖ-])[A-ZÅÄÖ][\wåäöé-]+(?:\s+[A-ZÅÄÖ][\wåäöé-]+){1,3}")


def _name_by_domain(text: Text) -> Found | None:
    """Given the text, return the organisation it names in two to four capitalised words whose name, folded,
    is its addresses' domain ('Leader Folkungaland' with …@leaderfolkungaland.se), or None."""
    from remiss.extract.core import kind_word

    domains = _domains(text)
    for match in NAME_WORDS.finditer(text.joined):
        words = match.group(0).split()
        starts = [match.start() + word.start() for word in re.finditer(r"\S+", match.group(0))]
        # 'Leader Folkungaland Och' is not read: the longest that fits; (missiv39) also after the document's
        # kind that opens a link's or heading's line before the name ('Strategi Leader Västra Småland
        # remissversion' with info@leadervastrasmaland.se, prov37/leader-vastrasmaland-strategi-remiss)
        spans = sorted(((start, end) for start in range(len(words))
                        for end in range(start + 2, len(words) + 1)),
                       key=lambda span: (span[0] - span[1], span[0]))
        for start, end in spans:
            name = " ".join(words[start:end])
            # a name inside the run only after a document's kind ('Strategi Leader Västra Småland'), not after
            # a word of the name the domain leaves out ('Leader Nedre Dalälven' with …@nedredalalven.se)
            if start and not kind_word(words[start - 1]):
                continue
            if _fold(name) in domains:
                return Found(name, text.line_at(starts[start]),
                             "organisationen som texten namnger och vars namn är adressernas domän")
    # an association named in one word, only in the text ('… beslutades att Sköldkörtelföreningen skulle ta
    # fram ett program', info@skoldkortelforeningen.se)
    for match in ONE_WORD_ASSOCIATION.finditer(text.joined):
        if _fold(match.group(0)) in domains:
            return Found(match.group(0), text.line_at(match.start()),
                         "föreningen som texten namnger och vars namn är adressernas domän")
    return None


# an organisation's abbreviation in running text, as the text writes it ('för att LRF ska kunna …')
# the domain of an e-mail address in a sentence about the views or answers ('Alla medlemmar är välkomna att
# mejla synpunkter och medskick till karin.madsen.wessman@lrf.se senast …')
VIEWS_TO_ADDRESS = re.compile(
    r"(?i:\b(?:synpunkter|svar|remissvar|yttranden?|inspel|åsikter|kommentarer)\b)[^.!?]{0,120}?"
    r"\btill\s*:?\s+[\w.-]+@(?:[\w-]+\.)*(?P<domain>[\w-]+)\.(?:se|fi|com|org|nu)\b"
)
ABBREVIATION_IN_TEXT = re.compile(r"(?<![\wåäöÅÄÖ@./-])(?P<org>[A-ZÅÄÖ]{2,6})(?![\wåäöÅÄÖ@-])")


def _abbreviation_by_domain(text: Text) -> Found | None:
    """Given the text, return the organisation it names only by its abbreviation when the abbreviation is the
    domain of the e-mail address the views are sent to ('… att LRF ska kunna …' with 'mejla synpunkter … till
    karin.madsen.wessman@lrf.se', kontakt30, missiv/lrf-sodermanland-folkrorelse-synpunkter), or None; a
    document's or a law's abbreviation is none (kontakt.toml [svarens_mottagare] inte)."""
    domains = {m.group("domain") for m in VIEWS_TO_ADDRESS.finditer(text.joined)}
    for match in ABBREVIATION_IN_TEXT.finditer(text.joined):
        org = match.group("org")
        if _fold(org) in domains and org not in _not_senders():
            return Found(org, text.line_at(match.start("org")),
                         "organisationen som texten namnger med sin förkortning och vars förkortning är "
                         "domänen i adressen synpunkterna skickas till")
    return None


ONE_WORD_ASSOCIATION = re.compile(
    r"(?<![\wåäöÅÄÖ-])[A-ZÅÄÖ][a-zåäöé]+(?:föreningen|förbundet|sällskapet|klubben|förening|förbund)(?![\wåäö-])"
)


def _answer_domain_owner(found: Found | None, text: Text, svarsadress: Found | None) -> Found | None:
    """Given the sender found, the text and the address the answers go to, return the organisation the text
    names whose name the address's domain spells (whole, or its last two words or more: 'Leader Nedre
    Dalälven' with info@nedredalalven.se) when no sender was found or it is a kommun whose own domain it is
    not: a kommun's news passing another's remiss on, where the answers and so the sender are the other's
    (README, Facit: the reply route decides); else None."""
    if svarsadress is None or "@" not in svarsadress.value:
        return None
    if found is not None and not re.search(r"\b(?:kommun|stad)\b", found.value, re.IGNORECASE):
        return None
    domain = svarsadress.value.lower().rsplit("@", 1)[1].split(".")[0]
    if found is not None and domain.rstrip("s") == _fold(found.value.split()[0]).rstrip("s"):
        return None  # the kommun's own address
    for match in NAME_WORDS.finditer(text.joined):
        words = match.group(0).split()
        for start in range(len(words) - 1):  # the whole name, then its last words ('Nedre Dalälven')
            if _fold(" ".join(words[start:])) == domain:
                return Found(match.group(0), text.line_at(match.start()),
                             "organisationen vars namn adressen för svaren stavar, inte kommunen som för "
                             "remissen vidare")
    return None


# (missiv32) the company the answers go to on a public body's page about the company's samråd: 'Synpunkter på
# samrådsunderlaget lämnas till bolaget senast …' after 'Vindkraft Höjden AB har lämnat in ett
# samrådsunderlag', or to the company by name (README, Facit: the reply route decides, as for a forwarded
# remiss)
COMPANY = r"(?-i:[A-ZÅÄÖ])[\wåäöé-]*(?:\s+(?-i:[A-ZÅÄÖ])[\wåäöé-]*){0,3}\s+(?-i:AB)"
ANSWERS_TO_COMPANY = re.compile(
    r"\b(?:synpunkter\w*|yttranden?|svaren|invändningar|erinringar)\b[^.!?]{0,120}?"
    r"\b(?:lämnas|skickas|sänds|mejlas|ska\s+(?:lämnas|skickas|sändas))\b(?:\s+(?:direkt|skriftligen|gärna))?"
    rf"\s+till\s+(?:(?P<kind>bolaget|företaget|sökanden|verksamhetsutövaren)\b|(?P<org>{COMPANY})(?![\wåäö]))",
    re.IGNORECASE,
)
PUBLIC_BODY = re.compile(r"\b(?:kommun|stad|region|länsstyrelse)|^Länsstyrelsen\b|^Region\s", re.IGNORECASE)


def _company_answered(found: Found | None, text: Text) -> Found | None:
    """Given the sender found (a länsstyrelse, kommun or region, or none) and the text, return the company the
    answers go to ('… lämnas till bolaget senast …' with one company named, or '… till X AB'), or None."""
    if found is not None and not PUBLIC_BODY.search(found.value):
        return None
    match = ANSWERS_TO_COMPANY.search(text.joined)
    if match is None:
        return None
    if match.group("org"):
        return Found(match.group("org"), text.line_at(match.start("org")),
                     "bolaget som svaren ska lämnas till, inte myndigheten som lägger ut samrådet")
    companies = {" ".join(m.group(0).split()): m for m in re.finditer(COMPANY, text.joined)}
    if len(companies) != 1:
        return None  # 'till bolaget' with no company named, or with several: whose is not said
    name, named = companies.popitem()
    return Found(name, text.line_at(named.start()),
                 "bolaget som svaren ska lämnas till ('… till bolaget'), inte myndigheten som lägger ut "
                 "samrådet")


def _company_host(found: Found | None, text: Text, svarsadress: Found | None) -> Found | None:
    """Given the sender found (a länsstyrelse, kommun or region) and the text, return the company that holds
    the samråd the page reproduces ('Bolaget X AB bjuder in till samråd om …', 'Y Energi AB håller samråd …'
    under the public body's letterhead) when the answers go to no address of the public body's own; else
    None (missiv33: README, Facit, the one who asks for the views and receives them is the sender)."""
    if found is None or not PUBLIC_BODY.search(found.value) or found.skal in (POSTAL_SKAL, POSTBOX_SKAL):
        return None  # (the public body in the answers' postal address receives them itself)
    if svarsadress is not None and "@" in svarsadress.value:
        domain = svarsadress.value.lower().rsplit("@", 1)[1].split(".")[0]
        if domain.rstrip("s") == _fold(found.value.split()[0]).rstrip("s"):
            return None  # the answers go to the public body's own address: its samråd, or its forwarding
    rows = text.by_line()
    for match in _samrad_hosts(rows.joined):
        host = _below_lines_of_its_own(match, rows.joined)
        org = KIND_BEFORE_NAME.sub("", re.sub(r"\s+", " ", host).strip())
        if re.fullmatch(COMPANY, org) and not PUBLIC_BODY.search(org):
            return Found(org, rows.line_at(match.start("org")),
                         "bolaget som håller samrådet sidan återger, inte myndigheten som lägger ut det")
    return None


# a region, landsting or kommun named in running text, its genitive too: 'Region Skånes regeringsuppdrag',
# 'hur Region Skåne hanterar personuppgifter', 'Västra Götalandsregionens fyra måldokument', 'hur Mörbylånga
# kommun utvecklas'
BODY_NAMED = re.compile(
    r"(?<![\wåäö-])(?P<org>Region\s+[A-ZÅÄÖ][\wåäö-]+(?:\s+(?:län|Härjedalen))?|"
    r"(?:[A-ZÅÄÖ][\wåäö-]+\s+)?[A-ZÅÄÖ][\wåäö-]*regionen|"
    r"Landstinget\s+(?:i\s+)?[A-ZÅÄÖ][\wåäö-]+(?:\s+län)?|[A-ZÅÄÖ][\wåäö-]+\s+läns\s+landsting|"
    r"[A-ZÅÄÖ][\wåäö-]+\s+(?:kommun|[Ss]tad))(?P<genitiv>s)?(?![\wåäö-])"
)
BODY_NAMED_TIMES = 2
# a determiner or adjective before 'kommun' or 'region' names none ('Varje kommun ska ha …', 'Den nya
# regionen')
NO_NAME_WORDS = frozenset({"Den", "Det", "En", "Ett", "Denna", "Nya", "Hela", "Varje", "Vår", "Er", "Din",
                           "Samma", "Annan", "Någon", "Ingen", "Vilken", "Egen", "Berörd", "Respektive"})


def _only_body_named(text: Text) -> Found | None:
    """Given a text that names no sender otherwise, return the one region, landsting or kommun it names, when
    it names it at least twice and names no other: a region's web notice that speaks of itself only in
    running text ('Inom Region Skånes regeringsuppdrag …', '… hur Region Skåne hanterar personuppgifter')."""
    names: dict[str, list[re.Match[str]]] = {}
    places: set[str] = set()  # named only as where something is ('i Trelleborgs kommun')
    for match in BODY_NAMED.finditer(text.joined):
        org = match.group("org")
        words = org.split()
        genitive = bool(match.group("genitiv"))
        if org.startswith("Region ") and len(words) == 2 and org.endswith("s") and not genitive:
            org, genitive = org[:-1], True  # 'Region Skånes' read as one word: the genitive of 'Region Skåne'
        if words[0] in NO_NAME_WORDS:
            continue
        before = text.joined[max(0, match.start() - 8) : match.start()]
        if not genitive and re.search(r"\b(?:i|inom|till)\s+$", before, re.IGNORECASE):
            places.add(org)
            continue  # 'nämnder och styrelser i Västra Götalandsregionen': where the answering bodies are
        names.setdefault(org, []).append(match)
    if len(names) != 1:
        return None
    org, found = next(iter(names.items()))
    if len(found) < BODY_NAMED_TIMES and not _own_bodies_act(org, text.joined):
        return None
    kommun = re.sub(r"\s+[Ss]tad$", " kommun", org)
    if kommun != org and kommun in places:
        # 'förslaget … inte gäller Trelleborgs stad, utan de orter …' on a page that also names 'Trelleborgs
        # kommun' ('byarna i Trelleborgs kommun'): the town; the kommun is the one that sends
        return Found(kommun, text.line_at(found[0].start("org")),
                     "kommunen som texten namnger, där 'X stad' är tätorten i den")
    return Found(org, text.line_at(found[0].start("org")),
                 "den enda region, landsting eller kommun som texten namnger, flera gånger eller med sina "
                 "egna organ som beslutar ('Regionala utvecklingsnämnden föreslår regionstyrelsen …')")


# (kalla40) a kommun's own page that never says 'kommunen' but closes with the site's contact box, the kommun
# over its address ('Kontakt' / 'Umeå kommun' / 'Skolgatan 31A' / '901 84 Umeå', a plan page under granskning
# whose views go by a form, missiv/umea-backen329-granskning-2017)
CONTACT_KOMMUN = re.compile(
    r"\bKontakt\s+[A-ZÅÄÖ][\wåäö-]+\s+(?:kommun|[Ss]tad)\s+(?:Box\s+\d+|[A-ZÅÄÖ][\wåäö.-]+(?:\s+[\wåäö.-]+){0,2}"
    r"\s+\d+\s?[A-Za-z]?)[,\s]+\d{3}\s?\d{2}\s+[A-ZÅÄÖ]"
)


def _one_kommun_self(text: Text) -> Found | None:
    """Given a text that speaks of its kommun as 'kommunen' ('Kommunens vision är …') and names one kommun
    only, once or as where something is ('… bo, leva och arbeta i Laholms kommun', its town 'Laholms stad'
    too), return that kommun: a kommun's own page under a site menu; else None."""
    if KOMMUN_SELF.search(text.joined) is None and CONTACT_KOMMUN.search(text.joined) is None:
        return None
    found: dict[str, re.Match[str]] = {}
    for match in BODY_NAMED.finditer(text.joined):
        org = match.group("org")
        if org.split()[0] in NO_NAME_WORDS:
            continue  # 'Varje kommun ska …': a kommun, none named
        if not re.search(r"\s(?:kommun|[Ss]tad)$", org):
            return None  # a region or landsting named beside it
        found.setdefault(re.sub(r"\s+[Ss]tad$", " kommun", org), match)
    if len(found) != 1:
        return None
    kommun, match = found.popitem()
    named = kommun if kommun in text.joined else match.group("org")  # 'Göteborgs Stad' named only so
    return Found(named, text.line_at(match.start("org")),
                 "den enda kommun texten namnger, på en sida som talar om 'kommunen' som sig själv")


# a region's or kommun's own bodies named by their kind, as only its own text names them: 'Regionala
# utvecklingsnämnden föreslår regionstyrelsen att skicka ut förslaget på remiss'; a city's ('Stadsstyrelsen
# beslutade …' under 'Borgå stads klimat- och miljöprogram', missiv25)
OWN_BODIES = {"region": re.compile(r"\bregion(?:styrelsen|fullmäktige)\b", re.IGNORECASE),
              "kommun": re.compile(r"\bkommun(?:styrelsen|fullmäktige)\b", re.IGNORECASE),
              "stad": re.compile(r"\bstads(?:styrelsen|fullmäktige)\b", re.IGNORECASE)}


def _own_bodies_act(org: str, joined: str) -> bool:
    """Return True when the one region, kommun or city the text names once is the one whose own styrelse or
    fullmäktige the text names by kind: a region's press release names itself once and its bodies so."""
    kind = ("region" if org.startswith("Region ") else "kommun" if re.search(r"\skommun$", org)
            else "stad" if re.search(r"\s[Ss]tad$", org) else None)
    return kind is not None and OWN_BODIES[kind].search(joined) is not None


# an organisation named in full whose initials are the domain of the page's addresses: 'Myndigheten för
# civilt försvar är sammanhållande …' with registrator@mcf.se; the small words do not count ('för', 'och')
ACRONYM_SKIP = frozenset({"för", "och", "i", "av", "om", "med", "till"})
ACRONYM_MAX_WORDS = 7


def _acronym_by_domain(text: Text) -> Found | None:
    """Given the text, return the organisation it names whose initials are its addresses' domain (mcf.se)."""
    found = (m.group("domain") or m.group("web") for m in DOMAIN.finditer(text.joined.lower()))
    domains = {domain for domain in found if 2 <= len(domain) <= 5}
    if not domains:
        return None
    for start in re.finditer(r"(?<![\wåäöÅÄÖ-])[A-ZÅÄÖ][a-zåäö]+", text.joined):
        clause = re.split(r"[.,;:()\n]", text.joined[start.start() : start.start() + 120])[0]
        words = re.findall(r"[\wåäöÅÄÖ-]+", clause)[:ACRONYM_MAX_WORDS]
        initials = ""
        for count, word in enumerate(words, 1):
            if word.lower() in ACRONYM_SKIP:
                continue
            initials += _fold(word[0])
            if initials in domains and count > 1:
                name = " ".join(words[:count])
                why = "organisationen som texten nämner och vars initialer är adressernas domän (…@mcf.se)"
                return Found(name, text.line_at(start.start()), why)
            if len(initials) >= 5:
                break
    return None


PLACE_IN = re.compile(r"\b(?:i|för|inom)\s+(?P<ort>[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?)\b")


def _kommun_name(ort: str, *, city: bool = False) -> str:
    """Given a place, return its kommun as the kommun writes it: 'Kumla kommun', 'Askersunds kommun'; a city
    that calls itself 'staden' as 'Jakobstads stad'."""
    genitive = ort if ort[-1:].lower() in "aeiouyåäös" else f"{ort}s"
    return f"{genitive} {'stad' if city else 'kommun'}"


# what the sender of a remiss does in its notice's opening sentences: 'MSB remitterar nu förslag …',
# 'Trafikverket skickar härmed ut …', 'Region Uppsala har tagit fram ett förslag …', 'Vattenmyndigheten …
# samråder …'
SENDING = (
    # (missiv27: the thing sent may be a few words longer, 'Villaägarföreningen Ekbacken skickar förslaget
    # till nya stadgar på remiss till medlemmarna')
    r"(?:remitterar|har\s+remitterat|skickar\s+(?:härmed\s+)?(?:ut\s+)?(?:[\wåäö–-]+\s+){0,7}?på\s+remiss|"
    # (kontakt30: also 'bjuder därför in', 'bjuder också in')
    r"bjuder\s+(?:härmed\s+|nu\s+|därför\s+|också\s+)*in|inbjuder\s+(?:härmed\s+|nu\s+|därför\s+)*(?:in|till)|"
    r"samråder|listar|"
    # the applicant whose samråd the notice is: 'Vattenfall Vindkraft AB kommer att ansöka om tillstånd …'
    # ('Arvika Kraft AB kommer att söka tillstånd enligt miljöbalken för att reparera …')
    # (with its intent: 'Björkvind AB har för avsikt att söka tillstånd …', '… avser att ansöka om tillstånd')
    r"(?:kommer\s+att\s+|ska\s+|avser\s+att\s+|har\s+för\s+avsikt\s+att\s+)?(?:an)?söka\s+(?:om\s+)?"
    r"(?:\w+\s+)?tillstånd|(?:an)?söker\s+(?:om\s+)?(?:\w+\s+)?tillstånd|"
    # 'Länsstyrelsen Gävleborgs län har i dialog med länets aktörer tagit fram ett förslag …'
    r"har\s+(?:tillsammans\s+|gemensamt\s+)?(?:i\s+(?:dialog|samverkan|samarbete)\s+med\s+(?:[\wåäö-]+\s+){1,4}?)?"
    r"(?:tagit\s+fram|upprättat|arbetat\s+fram)|"
    # (not one that plans its own answer: 'Styrelsen planerar att skicka in ett yttrande', a board passing a
    # kommun's samråd on to its members)
    r"tar\s+fram|planerar(?!\s+att\s+(?:skicka\s+in|lämna(?:\s+in)?|inkomma\s+med|ge)\s+"
    r"(?:ett\s+|sitt\s+|sina\s+|egna?\s+)?(?:yttrande|synpunkter|remissvar|svar)|\s+att\s+(?:yttra\s+sig|svara)\b)|"
    r"(?:har\s+)?beslut(?:ar|ade|at)\s+(?:\w+\s+){0,3}?(?:att\s+)?skicka\s+(?:\w+\s+){0,3}?på\s+remiss|"
    r"(?:har\s+)?beslut(?:ar|ade|at)\s+(?:\w+\s+){0,3}?att\s+remittera\b|"
    # (avs47) the body that prepares the matter in a Finnish notice: 'Kymmenedalens avfallsnämnd bereder i
    # enlighet med 91 § en fråga som berör …', 'X har berett ett utkast till nya
    # avfallshanteringsföreskrifter'
    r"(?:bereder|har\s+berett)\s+(?:[^.!?]{0,40}?\s)?(?:en\s+fråga|ett\s+ärende|ett\s+utkast|ett\s+förslag)|"
    # the one who collects the views: 'EU-kommissionen samlar feedback om fit-for-55'
    r"samlar\s+(?:nu\s+)?(?:in\s+)?(?:synpunkter|feedback|inspel)|"
    # a Finnish ministry's request in Swedish: 'Finansministeriet begär ert utlåtande om utkastet …'
    # (avs47: also without the pronoun, 'X begär utlåtande om …'; 'X ber om utlåtanden om …', 'X välkomnar
    # synpunkter på …', 'X önskar synpunkter', 'X tar gärna emot synpunkter')
    r"(?:begär|ber\s+om)\s+(?:härmed\s+|nu\s+)?(?:(?:ert|era|ditt|dina|in)\s+)?(?:skriftliga\s+)?"
    r"(?:utlåtanden?|yttranden?|synpunkter)\b|"
    r"(?:välkomnar|önskar|efterfrågar|tar\s+(?:gärna\s+)?emot)\s+(?:gärna\s+|nu\s+)?(?:in\s+)?"
    r"(?:(?:dina|era|allmänhetens|dina\s+och\s+andras)\s+)?(?:synpunkter|yttranden|utlåtanden|åsikter)\b|"
    # (avs47) a Finnish body's formula: 'Österbottens förbund ger härmed kommunerna tillfälle att yttra sig …'
    r"(?:ger|bereder|reserverar)\s+(?:härmed\s+|nu\s+)?(?:[\wåäö]+\s+){0,3}?(?:tillfälle|möjlighet)\s+att\s+"
    r"(?:yttra\s+sig|ge\s+utlåtande|lämna\s+(?:synpunkter|utlåtande|yttrande)|framföra\s+(?:sina\s+)?åsikter)|"
    # (kontakt30) the one who asks for the reader's views: 'Vi på Biokraft AB vill ha dina synpunkter på …'
    r"vill\s+(?:nu\s+|gärna\s+)?ha\s+(?:in\s+)?(?:dina|era|din|er|allmänhetens)\s+(?:synpunkter|åsikter|tankar|inspel))"
)
# a sentence starts at the text's start, after a full stop, or on a line of its own (a web paragraph)
SENTENCE_START = r"(?:^|[.!?]\s+|(?<=\n))"
# a decision after the proposal it follows ('Enligt stadsledningskontorets förslag: Kommunstyrelsen …')
REMITTING_START = r"(?:^|[.!?]\s+|(?<=\n)|(?<=\w:\s))"
REMITTING = re.compile(
    # (missiv35: a cleft's 'Det är X som tar fram …' is no subject 'Det är X som'; CLEFT_MAKER reads it)
    REMITTING_START + r"(?!Det\s+(?:är|var)\s)"
    r"(?P<org>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:,?[ ]+[\wåäöÅÄÖ-]+){0,7}?)[ ]+(?:nu\s+|härmed\s+)?"
    + SENDING + r"\b"
)
# the verb before its subject after an adverbial: 'På den här sidan listar Strålsäkerhetsmyndigheten …'
REMITTING_AFTER = re.compile(
    SENTENCE_START + r"(?:[A-ZÅÄÖ][\wåäö]*(?:[ ]+[\wåäö]+){0,4}[ ]+)?" + SENDING
    + r"[ ]+(?P<org>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:[ ]+(?:i|för|och|[A-ZÅÄÖ][\wåäöÅÄÖ-]*)){0,4})"
)
ABBREVIATION = re.compile(r"^[A-ZÅÄÖ]{2,6}$")  # 'MSB', 'SKR'
# an authority's name ends in its kind: 'Universitets- och högskolerådet', 'Strålsäkerhetsmyndigheten'
# (also a kommun's kontor that drew up the proposal: 'Samhällsbyggnadskontoret har upprättat ett förslag …')
AGENCY_END = re.compile(r"(?:rådet|verket|myndigheten|inspektionen|kollegiet|ämbetet|institutet|nämnden|"
                        r"ministeriet|"  # a Finnish ministry: 'Finansministeriet', 'Miljöministeriet'
                        r"kommissionen|kontoret|"
                        r"styrelsen|vattendistrikt|förbundet|kommuner)$")  # '… och Boxholms kommuner'
OPENING_LINES = 25  # the sender says what it does in the notice's opening sentences
# a national authority's name ends in its kind (not 'nämnden'/'styrelsen', which a kommun has too)
# (also several in the plural: 'Vattenmyndigheterna föreslår sextio åtgärder', a page passing their samråd on)
AUTHORITY = (r"[A-ZÅÄÖ][\wåäö-]*(?:verket|myndigheten|myndigheterna|inspektionen|kollegiet|ämbetet|"
             r"institutet|rådet)")
# an authority's name as the subject of the remitting verb where a transcript ran the page's fields into the
# sentence, without a sentence start before it: '… Ansvarig för kungörelse Länsstyrelsen Västernorrland
# Vattenmyndigheten i Bottenhavets vattendistrikt samråder inom vattenförvaltning …' (the name may wrap)
# (not in a clause that reports what it does: _reported_subject)
REMITTING_RUN_IN = re.compile(
    rf"(?<=\s)(?P<org>{AUTHORITY}(?:\s+(?:i|för)\s+[A-ZÅÄÖ][\wåäö-]+(?:\s+(?!nu\b|härmed\b)[a-zåäö]+)?)?)\s+"
    r"(?:nu\s+|härmed\s+)?" + SENDING + r"\b"
)
# the authority whose own föreskrifter are proposed: 'ett förslag till ändring av Statens Jordbruksverks
# föreskrifter (SJVFS 2016:28)', 'förslag till nya Skogsstyrelsens föreskrifter'
RULES_OWNER = re.compile(
    r"\bförslag\w*\s+(?:till\s+)?(?:(?:ändring|ändringar)\s+(?:av|i)\s+|nya\s+)?"
    r"(?P<org>(?:Statens\s+)?[A-ZÅÄÖ][\wåäö-]*(?:verk|myndighet|inspektion|kollegium|ämbete|institut|råd|styrelse))s"
    r"\s+(?:föreskrifter|allmänna\s+råd)"
)
# an authority that opens a sentence of the notice as its subject: 'Riksantikvarieämbetet bedriver sedan
# januari 2012 det tvååriga projektet …' on its own news page
# (what an actor does, not what a process does: 'Samrådet pågår fram till 12 maj' names no sender)
# (rest44: also named with its district and with an adverb before the verb, 'Vattenmyndigheten i Västerhavets
# vattendistrikt kommer dessutom att genomföra digitala möten …', a water council passing its samråd on)
AGENCY_OPENING = re.compile(
    SENTENCE_START + rf"(?P<org>{AUTHORITY}(?:\s+i\s+[A-ZÅÄÖ][\wåäö-]+\s+vattendistrikt)?)\s+"
    r"(?:(?:har|vill|ska|kommer)\s+(?:(?:dessutom|också|även|nu)\s+)?(?:att\s+)?)?"
    r"(?:bedriver|behandlar|begär|arbetar|genomför|föreslår|utreder|planerar|ansvarar|tar|ger|skickar|"
    r"tagit|arbetat|genomfört|föreslagit|utrett|fått|genomföra)\b"
)


# the organisation whose own rules or plan the notice puts out, named in the genitive, whose name is the
# domain of the address answers go to: 'Vafabmiljös Avfallsföreskrifter behöver revideras' with
# info@vafabmiljo.se
OWNER_GENITIVE = re.compile(
    r"\b(?P<org>(?-i:[A-ZÅÄÖ])[\wåäö-]{3,})s\s+(?:[\wåäö-]*föreskrifter|[\wåäö-]*taxa|renhållningsordning|"
    r"avfallsplan|[\wåäö-]*program|[\wåäö-]*policy)\b",
    re.IGNORECASE,
)


def _owner_by_domain(text: Text) -> Found | None:
    """Given the text, return the organisation whose own rules it puts out (genitive) and whose name is the
    domain of its addresses ('Vafabmiljös Avfallsföreskrifter' with info@vafabmiljo.se), or None."""
    domains = _domains(text)
    for match in OWNER_GENITIVE.finditer(text.joined):
        if _fold(match.group("org")) in domains:
            return Found(match.group("org"), text.line_at(match.start("org")),
                         "ägaren av föreskrifterna texten gäller, med namnet som adressens domän")
    return None


def _owner_of_rules(text: Text) -> Found | None:
    """Given the text, return the authority whose own föreskrifter the remiss proposes to change, or None."""
    match = RULES_OWNER.search(text.joined)
    if match is None:
        return None
    return Found(match.group("org"), text.line_at(match.start("org")),
                 "myndigheten vars föreskrifter förslaget ändrar ('ändring av X:s föreskrifter')")


def _agency_opening(text: Text) -> Found | None:
    """Given the text, return the national authority that opens a sentence among the opening lines as its
    subject ('Riksantikvarieämbetet bedriver …'), when nothing else names a sender."""
    opening = LineText.of(text.lines[:OPENING_LINES])
    match = AGENCY_OPENING.search(opening.joined)
    if match is None:
        return None
    return Found(match.group("org"), opening.line_at(match.start("org")),
                 "myndigheten som inleder en mening överst ('X bedriver …')")


# (rest44) 'we' who invite, with the company named later in the same sentence: 'Vi inbjuder nämligen till
# samråd enligt Miljöbalken, vilket HEMAB frivilligt låtit Länsstyrelsen påbörja.' (hemab.se, 'Inbjudan samråd
# vindkraft'); the name an acronym or a name with its legal form, in a clause on the samråd
WE_INVITE = re.compile(
    r"(?:^|[.!?]\s+|(?<=\n))Vi\s+(?:(?:nu|härmed|nämligen|därför|också)\s+)*(?:inbjuder|bjuder\s+"
    r"(?:(?:nu|härmed|nämligen|därför|också)\s+)*in)\b[^.!?\n]{0,120}?,\s+(?:vilket|som|där|och)\s+"
    r"(?P<org>[A-ZÅÄÖ]{2,6}|(?-i:[A-ZÅÄÖ])[\wåäö-]+(?:\s+(?-i:[A-ZÅÄÖ])[\wåäö-]+){0,3}\s+AB)\b"
)


def _we_inviting_named(text: Text) -> Found | None:
    """Given the text, return the company a sentence where 'we' invite to samråd names after a comma ('Vi
    inbjuder … till samråd …, vilket HEMAB frivilligt låtit Länsstyrelsen påbörja'), or None."""
    match = WE_INVITE.search(text.joined)
    if match is None:
        return None
    return Found(match.group("org"), text.line_at(match.start("org")),
                 "företaget som meningen där 'vi' bjuder in till samråd namnger")


# the subject in a clause that reports what it does, not the sentence's own subject: '… har ni fått
# information om att Trafikverket planerar att bygga ut E4:an' (a samfällighet's page asking its members for
# views to its own answer), 'Ni har säkert sett att Sjöfartsverket …'
REPORTED_CLAUSE = re.compile(r"\b(?:att|som|när|där)\s+(?-i:[A-ZÅÄÖ])[^.!?]*$")


def _reported_subject(joined: str, match: re.Match[str]) -> bool:
    """Return True when the name a remitting pattern matched is the subject of a clause that reports what it
    does: the clause word stands right before the name ('om att Trafikverket planerar …', a run-in match) or
    inside the words taken for it ('Ni har säkert sett att Sjöfartsverket planerar …')."""
    start = max(0, match.start("org") - len(" när "))
    return REPORTED_CLAUSE.search(joined[start : match.end("org")]) is not None


# (kontakt30) the subject of a sentence whose second predicate invites or remits: 'Gasum AB har för avsikt att
# uppföra en ny biogasanläggning söder om Fågelmyra i Borlänge kommun och inbjuder härmed till samråd …'
# (missiv/gasum-borlange-biogas-samrad): the company that invites, not the kommun where the plant will stand,
# which a wrapped line puts first ('Borlänge kommun och inbjuder …')
REMITTING_COORDINATED = re.compile(
    SENTENCE_START + r"(?P<org>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:[ ]+(?:[A-ZÅÄÖ][\wåäöÅÄÖ-]*|AB|&)){0,4})[ ]+"
    r"(?:har|hade|avser|planerar|ska|kommer|vill|tänker|söker|ansöker|bygger|driver|äger)\b[^.!?]{0,240}?"
    r"\s(?:och|samt)\s+(?:därför\s+|härmed\s+|nu\s+)?" + SENDING + r"\b"
)
# a company's kind before its name, no part of it: 'Företaget Nordic Sand AB har för avsikt att ansöka …'
# (and an association's board before its name: 'Styrelsen för Naturskyddsföreningen i Uppsala län vill ha dina
# synpunkter …' is the association's)
# (avs47: also a board named with its organisation after 'i', 'Förbundsstyrelsen i Svenska Exempelförbundet
# har tagit fram …': the organisation, README Facit; a kommun's or region's styrelse stays its unit,
# NAMED_UNIT_OF)
KIND_BEFORE_NAME = re.compile(r"^(?:Företaget|Bolaget|Koncernen|Styrelsen\s+för|"
                              r"(?:Förbunds|Förenings|Parti)?[Ss]tyrelsen\s+i)\s+(?=[A-ZÅÄÖ])")


def _company_in_full(name: str, text: Text) -> str:
    """Given a company's short name ('Gasum'), return its name with 'AB' when the text writes it so ('Gasum
    AB', 'Gasum Biogas AB'), else the name as it stands."""
    company = re.search(r"\b" + re.escape(name) + r"(?:\s+[A-ZÅÄÖ][\wåäö-]+){0,3}\s+AB\b", text.joined)
    return company.group(0) if company else name


# an adverbial of place or time that opens a sentence before its verb, not its subject: 'I Borlänge planerar
# Gasum att producera …'
ADVERBIAL_FIRST = re.compile(r"^(?:I|På|Vid|Från|Inom|Under|Efter|Inför|Enligt|Med|Utanför|Nära|Söder|Norr|"
                             r"Öster|Väster|Mellan|Kring|Runt|Hos|Sedan|Nu|Därför|Här)\s")


# (kalla36) a conjunction that opens a subordinate clause before its subject, no part of the name: 'När
# Katrineholms kommun tar fram ett förslag för en detaljplan får du …' (Katrineholm's plan news)
SUBORDINATOR_FIRST = re.compile(r"^(?:När|Om|Då|Eftersom|Innan|Medan|Ifall|Efter\s+att)\s+(?=[A-ZÅÄÖ])")


def _subject_remitting(text: Text) -> Found | None:
    """Given the text, return the organisation that says it remits ('MSB remitterar nu förslag …')."""
    opening = LineText.of(text.lines[:OPENING_LINES])
    joined = opening.joined
    for pattern in (REMITTING, REMITTING_AFTER, REMITTING_RUN_IN, REMITTING_COORDINATED):
        for match in pattern.finditer(joined):
            if _reported_subject(joined, match):
                continue  # 'Ni har säkert sett att Sjöfartsverket planerar …': what someone else does
            if pattern is REMITTING and re.search(r"\s(?:och|samt)$", match.group("org").strip()):
                continue  # 'i' / 'Borlänge kommun och inbjuder …': the subject opens the sentence above
            name = _after_run_in_heading(re.sub(r"\s+", " ", match.group("org").strip()))
            if pattern is REMITTING and ADVERBIAL_FIRST.match(name):
                continue  # 'I Borlänge planerar Gasum …': the place before the verb is no subject
            # (kalla36) 'När Katrineholms kommun tar fram ett förslag …': the clause's subject after 'När'
            name = SUBORDINATOR_FIRST.sub("", name)
            name = re.sub(r"\s+(?:i|för|och)$", "", name)
            name = KIND_BEFORE_NAME.sub("", name)  # 'Företaget Nordic Sand AB har för avsikt …'
            name = _drafter(name, text)
            if name.lower() in GENERIC_ORG:
                continue
            kind = (ORG_WORD.search(name) or ABBREVIATION.match(name) or AGENCY_END.search(name)
                    or _indefinite_kind(name))  # (avs47) 'Kymmenedalens avfallsnämnd bereder …'
            named = kind and not is_person(name)
            adverbial = ADVERBIAL_FIRST.match(match.group(0).lstrip(".!? \n"))
            if pattern is REMITTING_AFTER and not named and adverbial:
                # 'I Bräcke kommun planerar OX2 att …', 'I Borlänge planerar Gasum …': the one word after the
                # verb is its subject, a company whose full name the text may give ('Gasum AB')
                name = _company_in_full(name, text)
                one_word = re.fullmatch(r"[A-ZÅÄÖ][\wåäöÅÄÖ-]+", name) is not None
                named = name.split()[0] not in first_names() and (one_word or name.endswith(" AB"))
            # 'Nordisk Vindkraft planerar …': a capitalised name whose first word is no first name
            named = named or capitalised_words(name) and name.split()[0] not in first_names()
            if named:
                line = opening.line_at(match.start("org"))
                committee = COMMITTEE_OF_KOMMUN.fullmatch(name)
                if committee is not None:
                    return Found(committee.group("kommun"), line,
                                 "kommunen vars beredning eller utskott tar fram förslaget ('X i Y kommun')")
                whole = _styrelsens_organisation(name, text)
                if whole != name:
                    return Found(whole, line, STYRELSENS_SKAL)
                unit = NAMED_UNIT_OF.match(name)
                if unit is not None:  # 'Fritidsnämnden i Exempelby kommun skickar …': the kommun, its nämnd
                    return Found(f"{unit['org']}, {normal_case(unit['enhet'].strip())}", line,
                                 "nämnden i kommunen som remitterar ('X-nämnden i Y kommun skickar …')")
                return Found(_without_bare_sector(name, text.joined), line,
                             "den som remitterar eller tar fram förslaget ('X remitterar …')")
    return None


KOMMUN_AND_UNIT = re.compile(rf"(?P<org>{KOMMUN_ORG}),\s+(?P<unit>[A-ZÅÄÖ][a-zåäö]{{4,}})")
NAMND_IN_ANY_CASE = re.compile(r"(?<![\wåäö-])[\wåäö-]*nämnden\b", re.IGNORECASE)


def _without_bare_sector(name: str, joined: str) -> str:
    """Given 'Kommun, Unit' as the subject that drew up the proposal, return the kommun alone when the unit is
    an activity's name without a kind ('Umeå kommun, Detaljplanering har upprättat ett förslag …') on a page
    that names a nämnd, in any case ('prövar byggnadsnämnden/ kommunfullmäktige förslaget'): an avdelning's
    name, no förvaltning (README, Facit: avsandare, never an avdelning; _reply_unit reads a sector in the
    answers' address so; missiv41, missiv/umea-skuld2-granskning-2018); else the name as it stands."""
    match = KOMMUN_AND_UNIT.fullmatch(name)
    if match is None or _reply_unit(match.group("unit"), joined):
        return name
    return match.group("org") if NAMND_IN_ANY_CASE.search(joined) else name


# (missiv33) the organisation that made the document a remiss version is of, named in the passive or by its
# role (prov31/biogasost-vagledning-remissversion: 'har tagits fram av Biogas öst i samarbete med …', 'Biogas
# Öst (projektägare)'): 'är framtagen av X', 'utgiven av X', 'Utgivare: X'; partners and funders named after
# it ('i samarbete med', 'medfinansiärer') are not, and a consultant's principal is ('… av WSP på uppdrag av
# X')
_MAKER_NAME = (r"(?P<org>(?-i:[A-ZÅÄÖ])[\wåäöé-]*"
               r"(?:[ ]+(?!(?:i|med|och|samt|som|på|för|inom|under|till|tillsammans|gemensamt|genom|efter|"
               r"vid|hos|via|enligt|inför|år|den|det)\b)[\wåäöé-]+){0,4})")
DOCUMENT_MADE_BY = re.compile(
    r"\b(?:(?:har|har\s+nu)\s+(?:tagits|arbetats)\s+fram|(?:är|har\s+blivit)\s+(?:framtagen|framtaget|framtagna)"
    r"|(?:är\s+)?(?:utgiven|utgivet|utgivna|upprättad|upprättat)|sammanställd|sammanställt)\s+av\s+"
    + _MAKER_NAME + r"(?P<rest>[^.!?]{0,120})",
    re.IGNORECASE,
)
MAKER_LABEL = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?]\s))(?:Utgivare|Utgiven\s+av|Projektägare)\s*:\s*" + _MAKER_NAME, re.IGNORECASE
)
PRINCIPAL_AFTER = re.compile(r"^\s+på\s+uppdrag\s+av\s+" + _MAKER_NAME, re.IGNORECASE)
# 'LRF JTI Biogas Öst (projektägare) Energigas Sverige …': a list of the project's parties, its owner marked
OWNER_MARKED = re.compile(r"(?P<words>(?:[A-ZÅÄÖ][\wåäöé-]*[ ]+){1,4})\((?:projektägare|utgivare|huvudman)\)")


# the text is the remiss version itself, asking for views on itself: 'REMISSVERSION', 'Synpunkter på detta
# dokument skickas till …' (not a page about another's plan, 'Förvaltningsplanen är framtagen av X … är ute på
# remiss': who made that plan is not who sends its remiss,
# missiv/sportfiskarna-vattern-forvaltningsplan-remiss)
SELF_REMISS = re.compile(
    r"\bremiss(?:version|utgåva|upplaga)\b|\b(?:synpunkter|kommentarer|ändringsförslag|remissvar)\s+på\s+"
    r"(?:detta|denna|det\s+här|den\s+här)\s+[a-zåäö]+",
    re.IGNORECASE,
)


def _document_maker(text: Text) -> Found | None:
    """Given the text of a remiss version (SELF_REMISS), return the organisation that made the document ('har
    tagits fram av X', 'Utgivare: X', 'X (projektägare)'), written as the text writes it with most capitals
    ('Biogas öst' / 'Biogas Öst'), or None."""
    if not SELF_REMISS.search(text.joined):
        return None
    for match in (*DOCUMENT_MADE_BY.finditer(text.joined), *MAKER_LABEL.finditer(text.joined)):
        org, rest = match.group("org"), match.groupdict().get("rest") or ""
        principal = PRINCIPAL_AFTER.match(rest)
        if principal:  # 'har tagits fram av WSP på uppdrag av Exempelby Energi AB'
            org = principal.group("org")
        name = _most_capitals(org.strip(), text)
        # ('… av Anna Berg': a person, a first name opens it)
        if name and name.split()[0] not in first_names() and name.lower() not in GENERIC_ORG:
            return Found(name, text.line_at(match.start("org")),
                         "organisationen som tagit fram dokumentet ('har tagits fram av X', 'Utgivare: X')")
    for match in OWNER_MARKED.finditer(text.joined):
        words = match.group("words").split()
        at = match.start("words")
        for start in range(len(words)):  # the longest of its last words the text writes again elsewhere
            name = " ".join(words[start:])
            again = re.compile(rf"(?<![\wåäö-]){re.escape(name)}(?![\wåäö-])")
            offset = at + match.group("words").index(name)
            if len(name) > 2 and any(m.start() != offset for m in again.finditer(text.joined)):
                return Found(name, text.line_at(match.start()), "organisationen som står som projektägare")
    return None


# (missiv35) the kommun's office that makes its plans in a cleft sentence on a page that names no sender
# otherwise: 'Det är stadsbyggnadsförvaltningen i Västerås stad som arbetar med att ta fram detaljplaner'
CLEFT_MAKER = re.compile(
    SENTENCE_START + r"Det\s+är\s+(?P<unit>[\wåäö-]*(?:förvaltningen|kontoret|nämnden))\s+i\s+"
    r"(?P<kommun>[A-ZÅÄÖ][\wåäö-]+\s+(?:kommun|stad))\s+som\s+(?:arbetar\s+med\s+att\s+)?(?:tar|ta)\s+fram\b"
)


def _cleft_maker(text: Text) -> Found | None:
    """Given the text, return the kommun with its unit that a cleft sentence says makes the documents ('Det är
    stadsbyggnadsförvaltningen i Västerås stad som arbetar med att ta fram detaljplaner'), or None."""
    match = CLEFT_MAKER.search(text.joined)
    if match is None:
        return None
    unit = match.group("unit")
    return Found(f"{match.group('kommun')}, {unit[:1].upper()}{unit[1:]}", text.line_at(match.start("unit")),
                 "förvaltningen i kommunen som tar fram planerna ('Det är X i Y kommun som … tar fram')")


def _most_capitals(name: str, text: Text) -> str | None:
    """Given a name as one sentence writes it ('Biogas öst'), return the form of it in the text with the most
    capitals ('Biogas Öst') when that form is a name (capitalised words, or an organisation's word), else
    None."""
    forms = {m.group(0) for m in re.finditer(rf"(?<![\wåäö-]){re.escape(name)}(?![\wåäö-])", text.joined,
                                             re.IGNORECASE)}
    best = max(forms, key=lambda form: (sum(c.isupper() for c in form), form), default=name)
    named = (capitalised_words(best) or ORG_WORD.search(best) or AGENCY_END.search(best)
             or ABBREVIATION.match(best))
    return best if named else None


# a heading run into the sentence before its subject: 'Lämna ditt yttrande' / 'Lämna dina synpunkter på
# länsplanen' (a capital, then words in lower case), or a protocol's 'I kulturnämnden' over 'Kulturnämnden …'
RUN_IN_HEADING = re.compile(
    r"^(?:(?P<heading>[A-ZÅÄÖ][a-zåäö]+(?:\s+[a-zåäö]+){1,5})|I\s+(?P<where>[a-zåäö]+(?:nämnden|styrelsen)))"
    r"\s+(?P<rest>[A-ZÅÄÖ].*)$"
)


def _after_run_in_heading(name: str) -> str:
    """Given the words before a remitting verb ('Lämna ditt yttrande Mjölby, Tranås och Boxholms kommuner'),
    return them without a heading a transcript ran into the sentence ('Mjölby, Tranås och Boxholms kommuner'),
    or as they are: a heading has no organisation word and a protocol's 'I X' names the subject itself."""
    match = RUN_IN_HEADING.match(name)
    if match is None:
        return _after_heading_word(name)
    rest = match.group("rest")
    if match.group("where"):
        return rest if rest.lower() == match.group("where") else name
    named = ORG_WORD.search(rest) or AGENCY_END.search(rest) or capitalised_words(rest)
    if ORG_WORD.search(match.group("heading")) or not named:
        return name
    return rest


def _after_heading_word(name: str) -> str:
    """Given a name, return it without a one-word heading a transcript ran into it ('Inledning
    Finansministeriet', 'Renhållning Sörmland Vatten'; modeller/kontakt.toml [rubrik_i_meningen]) when the
    rest is a name, else as it is."""
    from remiss.extract.personer import kontakt_modell

    first, _, rest = name.partition(" ")
    if first.lower() not in kontakt_modell()["rubrik_i_meningen"]["ord"] or not rest[:1].isupper():
        return name
    named = ORG_WORD.search(rest) or AGENCY_END.search(rest) or capitalised_words(rest)
    return rest if named else name


def _drafter(name: str, text: Text) -> str:
    """Given the subject of 'X, Y och Z har tagit fram …', return the one of several organisations whose name
    the domain of the page's addresses spells ('Region Gävleborg', rg@regiongavleborg.se), else the first
    ('Länsstyrelsen i Örebro län och Region Örebro län har tagit fram …': its own notice); one name as it
    is."""
    parts = [p.strip() for p in re.split(r",\s+|\s+och\s+", name) if p.strip()]
    if len(parts) < 2 or not all(ORG_WORD.search(p) or capitalised_words(p) for p in parts):
        return name
    domains = _domains(text)
    for part in parts:
        if any(len(d) >= 6 and _fold(part).startswith(d) for d in domains):
            return part
    return parts[0]


# a committee of a kommun is no sender of its own: 'Miljö- och samhällsberedningen i Finspångs kommun har
# arbetat fram ett samrådsförslag …' sends the kommun's remiss (a beredning, an utskott or a råd is no nämnd,
# förvaltning or kontor that a reply route or a diarium names)
COMMITTEE_OF_KOMMUN = re.compile(
    r"(?i:(?:[\wåäö-]+\s+och\s+)?[\wåäö-]*(?:beredning|utskott|råd)(?:en|et)?)\s+i\s+"
    r"(?P<kommun>[A-ZÅÄÖ][\wåäö-]+\s+(?:kommun|[Ss]tad))"
)
# a landsting's or region's styrelse decides for it: 'Landstingsstyrelsen beslutar idag om att skicka
# frågan på remiss' is sent by the landsting the text names in full ('Landstinget i Uppsala län')
STYRELSENS_SKAL = "styrelsen som beslutar att remittera, för sitt landsting eller sin region"
# (missiv31: an association's board likewise, 'Förbundsstyrelsen har tagit fram ett förslag till ny vision för
# Svenska Exempelförbundet': the one förbund or förening the text names, as the corpus's association senders)
_NAMED_ASSOCIATION = r"(?:[A-ZÅÄÖ][\wåäö-]+\s+){{0,3}}[A-ZÅÄÖ][\wåäö-]*{kind}(?=s?(?![\wåäö-]))"
STYRELSENS = {"landstingsstyrelsen": r"Landstinget\s+i\s+(?:[A-ZÅÄÖ][\wåäö]+\s+){1,3}län\b",
              "regionstyrelsen": r"Region\s+[A-ZÅÄÖ][\wåäö]+(?:\s+län)?\b",
              "förbundsstyrelsen": _NAMED_ASSOCIATION.format(kind=r"förbund(?:et)?"),
              "föreningsstyrelsen": _NAMED_ASSOCIATION.format(kind=r"förening(?:en)?")}


def _styrelsens_organisation(name: str, text: Text) -> str:
    """Given 'Landstingsstyrelsen', return the landsting the text names ('Landstinget i Uppsala län'), given
    'Förbundsstyrelsen' the one förbund it names ('Svenska Exempelförbundet'), or the name as it stands."""
    pattern = STYRELSENS.get(name.lower())
    found = {m.group(0) for m in re.finditer(pattern, text.joined)} if pattern else set()
    return found.pop() if len(found) == 1 else name


def sender_in_opening(lines: Sequence[Line]) -> Found | None:
    """Given the lines of a page before one of its listed remisser, return the organisation its opening
    says lists or remits them ('På den här sidan listar Strålsäkerhetsmyndigheten aktuella remisser'),
    or None.
    Only that: a forwarding letter's own letterhead above a missiv is not the missiv's sender."""
    return _subject_remitting(Text.of(lines)) if lines else None


DEPARTMENT = re.compile(r"\b(?P<dep>[A-ZÅÄÖ][\wåäö]*(?:-\s+och\s+[\wåäö]+)?departement)(?:ets|et)\b")


EARLY_LINES, EARLY_CHARS = 6, 600  # the first lines, and no further into the text than a page's first lines


def _department_named_early(lines: Sequence[Line]) -> Found | None:
    """Given lines, return the department the first lines name ('Remiss av Utbildningsdepartementets …'), also
    one whose name the line break cuts ('… som har kommit till Miljö- och' / 'energidepartementet på …').

    The first lines are the first EARLY_LINES that start within EARLY_CHARS characters of the text: a Word
    file's line is a whole paragraph, and its fourth is far down the page (layout39: 'En promemoria … har
    tagits fram inom Utbildningsdepartementet' in the fourth paragraph of Regeringskansliet's remiss page)."""
    offset = 0
    for index, line in enumerate(lines[:EARLY_LINES]):
        if offset >= EARLY_CHARS:
            break
        offset += len(line.text.strip()) + 1
        own = line.text.rstrip()
        text = f"{own} {lines[index + 1].text.strip()}" if index + 1 < len(lines) else own
        match = DEPARTMENT.search(text)
        match = match if match and match.start() < len(own) else None  # one on the next line is its own
        before = text[: match.start()] if match else ""
        if match and re.search(r"\btill\s+$", before) and OWN_ANSWER.search(before):
            continue  # 'Vi kommer att avge yttrande … till Socialdepartementet': whom our own answer goes to
        if match:
            return Found(match.group("dep") + "et", line, "departementet som nämns på de första raderna")
    return None


# the sentence that sends the answers to the address after it: '… bör skriftligt redovisa dessa senast den 15
# juni till' (Utgivarna, Box 22500, …), 'Synpunkter lämnas senast … till', 'Vi tar gärna emot era synpunkter …
# till'
SENT_TO_ADDRESS = re.compile(
    r"(?:^|[.!?:]\s)(?=[^.!?]*\b(?:synpunkt\w*|yttrande\w*|yttra|svar\w*|kommentar\w*|åsikter\w*|inspel)\b)"
    r"[^.!?]*\b(?:redovisa|lämna|skicka|sänd|insänd|inkomm|mejla|posta|emot|inges|ställ)\w*\b[^.!?]*\btill\s+$",
    re.IGNORECASE,
)
BOX_IN = re.compile(r"\b(?:Box|Postbox|PB)\s+\d")  # an organisation's post box, not a person's street


def _named_receiver(name: str, joined: str, start: int) -> bool:
    """Return True when the name before a post box is whom the sentence sends the answers to (SENT_TO_ADDRESS)
    and the page names it again as itself ('Utgivarnas styrelse', 'Utgivarna uppmanar …'): an organisation,
    whatever its name lacks of an organisation's word, unless a first name opens it (missiv31,
    prov29/utgivarna-sjalvreglering-synpunkter; 'till Börje Karlsson, Skogsvägen 2, …' is a person's
    street)."""
    if not SENT_TO_ADDRESS.search(joined[max(0, start - 300) : start]) or name.split()[0] in first_names():
        return False
    again = re.compile(rf"(?<![\wåäö-]){re.escape(name)}s?(?![\wåäö-])")
    return any(m.start() != start for m in again.finditer(joined))


def _organisation_by_post_address(text: Text) -> Found | None:
    """Given the text, return the organisation whose post box answers go to ('Region X, Box 517').

    The box may also stand on a line of its own under the organisation, an office and 'att: Namn'.
    """
    for match in POSTAL.finditer(text.joined):
        name = match.group("org").strip()
        named = ORG_WORD.search(name) and not is_person(name)
        boxed = BOX_IN.search(match.group(0)) is not None  # 'Utgivarna, Box 22500, 104 22 Stockholm'
        if named or (boxed and _named_receiver(name, text.joined, match.start("org"))):
            unit = (match.group("mid") or "").strip()
            if re.fullmatch(ADDRESS_UNIT, unit) and SELF_GOVERNED.search(name):
                name = f"{name}, {unit}"  # 'Ekerö kommun, Kommunstyrelsen, Box 205'
            return Found(name, text.line_at(match.start("org")), POSTAL_SKAL)
    for match in (*POSTAL_ATT.finditer(text.joined), *POSTAL_SEND_TO.finditer(text.joined)):
        # 'Sweco Sverige AB att. Klara Brännström Box 110', 'till: SMA Mineral Persberg AB Box 329'
        name = re.sub(r"\s+", " ", match.group("org").strip())
        if ORG_WORD.search(name) and not is_person(name):
            return Found(name, text.line_at(match.start("org")), POSTAL_SKAL)
    slash = POSTAL_SLASH.search(text.joined)
    if slash:  # 'Närpes stad/Enheten för mätning och planläggning, Kyrkvägen 2, 64200 Närpes'
        unit = slash.group("mid").strip()
        name = f"{slash.group('org')}, {unit}" if re.fullmatch(ADDRESS_UNIT, unit) else slash.group("org")
        return Found(name, text.line_at(slash.start("org")),
                     "kommunen (och nämnden) i svarens postadress, skilda med snedstreck")
    lines = text.lines
    for index, line in enumerate(lines):
        sist = not POST_BOX_LINE.match(line.text.strip()) and BOX_SIST.search(line.text)
        if not (POST_BOX_LINE.match(line.text.strip()) or sist or _answers_postcode(lines, index)):
            continue
        for back_index in range(max(0, index - (2 if sist else 4)), index):  # run-in box: its line, one above
            back = lines[back_index]
            if sist and re.search(r"[.!?](?:\s|$)", back.text):
                continue  # '… brev till Regionstyrelsen. Ange diarienummer …': a sentence, no address line
            if back.text.rstrip().endswith(("?", "!")):
                continue  # 'Hur kan Tingsryds kommun skapa attraktiva boendemiljöer?': a question, no address
            labelled = POSTAL_LABEL.match(back.text.strip())
            name = clean_org(labelled.group("org") if labelled else back.text)
            named = bool(ORG_WORD.search(name) or (labelled and name[:1].isupper() and not is_person(name)))
            if named and len(name) < 60 and not is_person(name) and name[:1].isupper():
                office = re.search(rf"\s+{UNIT}$", name)  # 'Västra Götalandsregionen Koncernkontoret'
                name = name[: office.start()] if office else name
                unit = lines[back_index + 1].text.strip() if back_index + 1 < index else ""
                if re.fullmatch(UNIT, unit) and SELF_GOVERNED.search(name):
                    name = f"{name}, {unit}"  # 'Gävle kommun' / 'Kommunstyrelsen' / '801 84 Gävle'
                return Found(name, back, POSTBOX_SKAL)
    return None


@lru_cache(maxsize=1)
def _indefinite_postal() -> re.Pattern[str]:
    """Return the pattern of an organisation whose kind is in the indefinite form, with its post box or
    postcode after a comma ('Sydösterbottens avfallsnämnd, PB 25, 64701 ÖSTERMARK'; kontakt.toml
    [ortdatum_underskrift] slag)."""
    kinds = fraser(_signature_kinds())
    return re.compile(
        rf"(?<![\wåäö-])(?P<org>(?-i:[A-ZÅÄÖ])[\wåäö-]+(?:\s+(?-i:[A-ZÅÄÖ])[\wåäö-]+){{0,3}}\s+"
        rf"(?-i:[a-zåäö])[a-zåäö]*(?:{kinds})),\s*(?:adress\s+)?"
        r"(?:(?:Box|Postbox|PB|PL)\s+\d+|(?:AX-|FI-)?\d{3}\s?\d{2}\s+[A-ZÅÄÖ])"
    )


def _indefinite_by_post_address(text: Text) -> Found | None:
    """Given the text, return the organisation with its kind in the indefinite form whose post box or postcode
    the answers go to ('… eller Sydösterbottens avfallsnämnd, PB 25, 64701 ÖSTERMARK', 'per post till
    Kymmenedalens avfallsnämnd, adress PL 32, 45701 Kuusankoski'; avs47), or None."""
    match = _indefinite_postal().search(text.joined)
    if match is None or is_person(match.group("org")) or not _indefinite_kind(match.group("org")):
        return None
    return Found(match.group("org"), text.line_at(match.start("org")), POSTAL_SKAL)


# (also a Finnish or Åland box, 'PB 1060,' over 'AX-22111 Mariehamn')
POST_BOX_LINE = re.compile(r"^(?:Box|Postbox|PB|Postadress:?\s+(?:Box|PB))\s+\d+", re.IGNORECASE)
POSTCODE_LINE = re.compile(r"^\d{3}\s?\d{2}\s+[A-ZÅÄÖ][\wåäö]+$")  # '801 84 Gävle'
# the box closing a short line that a transcript ran the address's line before it into ('Registrator, dnr
# 2022/77 Box 1200')
BOX_SIST = re.compile(r"^.{2,50}\s(?:Box|Postbox)\s+\d+\s*$")
# 'Postadress: Svenska kraftnät' over 'Registrator, dnr 2022/77' and 'Box 1200': the label names the receiver
POSTAL_LABEL = re.compile(r"^(?:[•*-]\s*)?(?:post)?adress\s*:\s*(?P<org>[A-ZÅÄÖ][^,]{2,58})$", re.IGNORECASE)
SEND_TO_LINE = re.compile(r"(?:skickas|sänds|lämnas|skicka|sänd)\s+(?:in\s+)?till\s*:?\s*$", re.IGNORECASE)


# (kalla38) the deadline between the verb and 'till:', the sentence wrapped before the date: 'Om du har
# synpunkter på förslaget ska du lämna dem skriftligt, … senast' / '18 november 2019 till:' over 'Eskilstuna
# kommun' / 'Planavdelningen' / '631 86 Eskilstuna' (missiv/eskilstuna-nashulta-okna-samrad-2019)
SEND_BY_DEADLINE = re.compile(
    r"\b(?:skicka|sänd|lämna|mejla|maila)\w*\b[^.!?]{0,200}\bsenast\b[^.!?:]{0,40}\btill\s*:\s*$",
    re.IGNORECASE,
)


def _answers_postcode(lines: Sequence[Line], index: int) -> bool:
    """Return True for a postcode line in the block that answers are sent to ('skickas in till:' above, or
    '… lämna dem … senast 18 november 2019 till:')."""
    if not POSTCODE_LINE.match(lines[index].text.strip()):
        return False
    for at in range(max(0, index - 4), index):
        text = lines[at].text.strip()
        if SEND_TO_LINE.search(text):
            return True
        if text.endswith(":") and SEND_BY_DEADLINE.search(
                " ".join(line.text.strip() for line in lines[max(0, at - 2) : at + 1])):
            return True
    return False


def _unit_in_address(unit: str, text: Text) -> str | None:
    """Given the unit answers must reach ('kommit in till Samhällsbyggnad senast'), return it with its
    organisation when the text's postal address names both ('Östersunds kommun, Samhällsbyggnad, 831 82
    Östersund'), else None."""
    for match in POSTAL.finditer(text.joined):
        if match.group("mid") and match.group("mid").strip().lower() == unit.lower():
            return f"{match.group('org').strip()}, {match.group('mid').strip()}"
    return None


# an acronym the text defines: 'Nordvästra Skånes Vatten och Avlopp AB, nedan kallat NSVA', '… (NSVA)'
ACRONYM_DEFINED = r"(?P<full>[A-ZÅÄÖ][\wåäö-]+(?:\s+(?:[A-ZÅÄÖ][\wåäö-]+|och|för|i|av|AB)){{1,8}})\s*" \
    r"(?:,\s*(?:nedan\s+|i\s+fortsättningen\s+)?(?:kallat|kallad|benämnt|benämnd|förkortat)\s+|\(\s*){acronym}\b"


def _acronym_defined(acronym: str, text: Text) -> str | None:
    """Given an acronym ('NSVA'), return the full name the text defines it as, when the name's initials
    spell it ('Nordvästra Skånes Vatten och Avlopp AB, nedan kallat NSVA'), else None."""
    for match in re.finditer(ACRONYM_DEFINED.format(acronym=re.escape(acronym)), text.joined):
        full = match.group("full")
        words = [w for w in full.split() if w.lower() not in ACRONYM_SKIP and w != "AB"]
        # a hyphenated name gives a letter for each part, and the company's 'AB' may end the acronym:
        # 'Luossavaara-Kirunavaara AB (LKAB)'
        parts = [p for w in words for p in w.split("-") if p]
        initials = {"".join(_fold(w[0]) for w in words), "".join(_fold(p[0]) for p in parts)}
        if full.endswith(" AB"):
            initials |= {i + "ab" for i in initials}
        if _fold(acronym.lower()) in initials:
            return full
    return None


def _same_style(first: Line, second: Line) -> bool:
    """Return True when two lines share a heading's style: same weight and size, left edges together."""
    return first.bold == second.bold and first.size > 0 and abs(first.size - second.size) < 0.5 \
        and first.x0 is not None and second.x0 is not None and abs(first.x0 - second.x0) < 6


def _full_name(name: str, lines: Sequence[Line], text: Text) -> str:
    """Given a short sender name from a logo ('Länsstyrelsen'), return its full form if the text has it."""
    if ABBREVIATION.match(name):
        defined = _acronym_defined(name, text)
        if defined:
            return defined
    company = re.search(r"\b" + re.escape(name) + r"(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,3}\s+AB\b", text.joined)
    if company and " " not in name:
        return company.group(0)  # the logo 'Vattenfall', the company the text names 'Vattenfall Vindkraft AB'
    spelled = _kommun_as_text_writes_it(name, text)
    if spelled:
        return spelled
    index = next((i for i, line in enumerate(lines) if line.text.strip() == name), None)
    if index is not None:
        after = [line.text for line in lines[index + 1 : index + 3] if not line.text.strip().isupper()]
        county = _lansstyrelse(name, after[0]) if after else None
        if county:
            return county
        second = clean_org(after[0]) if after else ""
        if re.search(r"\s(?:och|för|i|av|samt|med|&)$", name) and second and len(second.split()) <= 3:
            return f"{name} {second}"  # 'Myndigheten för samhällsskydd och' / 'beredskap'
        if re.search(r"(?:kommunalförbund|förbund|stiftelse)$", second) and len(second.split()) <= 3:
            return f"{name} {second}"  # a two-line logo: 'Boråsregionen' / 'Sjuhärads kommunalförbund'
        if second[:1].islower() and len(second.split()) <= 2 and index + 1 < len(lines) \
                and _same_style(lines[index], lines[index + 1]):
            return f"{name} {second}"  # broken in its cell: 'Föreningen för brandteknisk' / 'ingenjörs…'
    longer = re.search(
        re.escape(name) + r"\s+i\s+(?:[A-ZÅÄÖ][\wåäö]+\s+){1,3}(?:län|kommun|region)\b", text.joined
    )
    if longer:
        return longer.group(0)
    if name.lower() == "länsstyrelsen":
        return _county_board(text) or name
    return name


def _kommun_as_text_writes_it(name: str, text: Text) -> str | None:
    """Given a kommun's name from a logo ('Tjörn kommun' of 'Tjörn kommuns logga'), return the name as the
    text writes it when the text never writes it so ('Tjörns kommun har tagit fram …'), or None."""
    place = re.fullmatch(r"(?P<ort>[A-ZÅÄÖ][\wåäö-]+) (?P<typ>kommun|stad)", name)
    if place is None or re.search(rf"\b{re.escape(name)}\b", text.joined):
        return None
    genitive = f"{place.group('ort')}s {place.group('typ')}"
    return genitive if re.search(rf"\b{re.escape(genitive)}\b", text.joined) else None


# the 21 counties as their länsstyrelse is named: 'Länsstyrelsen i Kalmar län', '… i Västra Götalands län'
LAN = ("Stockholms", "Uppsala", "Södermanlands", "Östergötlands", "Jönköpings", "Kronobergs", "Kalmar",
       "Gotlands", "Blekinge", "Skåne", "Hallands", "Västra Götalands", "Värmlands", "Örebro",
       "Västmanlands", "Dalarnas", "Gävleborgs", "Västernorrlands", "Jämtlands", "Västerbottens",
       "Norrbottens")
LANSSTYRELSE_IN = re.compile(
    r"\bLänsstyrelse(?:n|rna)?\s+i\s+(?P<lan>[A-ZÅÄÖ][\wåäö]+(?:\s+[A-ZÅÄÖ][\wåäö]+)?)\s+län\b"
)


def _county_board(text: Text) -> str | None:
    """Given a text signed only 'Länsstyrelsen', return its full name when the text names the county with
    it in a looser form ('Länsstyrelserna i Örebro län har …'), or None (an address is not a name)."""
    for match in LANSSTYRELSE_IN.finditer(text.joined):
        if match.group("lan") in LAN:
            return f"Länsstyrelsen i {match.group('lan')} län"
    return None


COUNTY_NAMED = re.compile(r"\b(?P<lan>" + "|".join(LAN) + r")\s+län\b")


def _county_board_answered(text: Text, svarsadress: Found | None) -> Found | None:
    """(kalla36) Given a text that calls its sender only 'Länsstyrelsen' and the answers' address, return the
    board's full name when the address is the county's box at lansstyrelsen.se and the text names that county
    and no other ('Grön handlingsplan för Jönköpings län är resultatet av … Länsstyrelsens uppdrag',
    'med epost till Länsstyrelsen: jonkoping@lansstyrelsen.se'), or None. The address alone names no county
    (missiv/lst-jonkoping-vattnets-miljomal: 'Länsstyrelsen')."""
    if svarsadress is None or not re.search(r"\bLänsstyrelse(?:n|ns)?\b", text.joined):
        return None
    lokal, _, doman = svarsadress.value.lower().partition("@")
    if doman != "lansstyrelsen.se":
        return None
    counties = {match.group("lan") for match in COUNTY_NAMED.finditer(text.joined)}
    if len(counties) != 1:
        return None
    county = counties.pop()
    spelled = re.sub(r"[^a-z]", "", county.lower().translate(ASCII_FOLD))
    if lokal.translate(ASCII_FOLD) not in (spelled, spelled.removesuffix("s")):
        return None
    return Found(f"Länsstyrelsen i {county} län", svarsadress.line,
                 "länsstyrelsen som svaren går till, med länet som texten och adressen namnger")


def _organisation_before_header(lines: Sequence[Line]) -> Found | None:
    """Given lines, return the top-most organisation in the short lines just above a 'Datum' header line."""
    for index, line in enumerate(lines[:200]):
        if index and HEADER_DATUM.match(line.text.strip()) and len(line.text) < 40:
            found = None
            window = lines[max(0, index - 4) : index]
            for position, back in reversed(list(enumerate(window))):
                text = back.text.strip()
                above = window[position - 1].text.strip() if position else ""
                if re.search(r"\s(?:i|för|inom|av|till|om)$", above) or text[:1].islower():
                    break  # '… naturreservat i' / 'Strängnäs kommun', '… i Norrtäle' / 'kommun': a title
                if ORG_WORD.search(text) and len(text) < 60 and not text.endswith("."):
                    found = Found(clean_org(text), back)
                elif found or not (is_person(text) or EMAIL.search(text) or PHONE_RE.search(text)):
                    break
            if found:
                return found
    return None


LAN_GENITIV = {
    "Skåne": "Skåne",
    "Blekinge": "Blekinge",
    "Kalmar": "Kalmar",
    "Uppsala": "Uppsala",
    "Örebro": "Örebro",
    "Dalarna": "Dalarnas",
}


def _lansstyrelse(first: str, second: str) -> str | None:
    """Given a logo 'Länsstyrelsen' / 'Västra Götaland', return 'Länsstyrelsen i Västra Götalands län'."""
    if first.strip().lower() != "länsstyrelsen" or not re.fullmatch(
        r"[A-ZÅÄÖ][a-zåäö]+(?: [A-ZÅÄÖ][a-zåäö]+)?", second.strip()
    ):
        return None
    county = second.strip()
    genitive = LAN_GENITIV.get(county, county if county.endswith("s") else county + "s")
    return f"Länsstyrelsen i {genitive} län"


NOT_AN_ACRONYM = frozenset({"PM", "BESLUT", "NYHET", "INFO", "SVAR", "BILAGA", "KOPIA", "UTKAST", "OBS",
                            "FAKTA", "REMISS", "SAMRÅD", "MISSIV", "NOTIS"})  # a kind's word set in capitals


def _wrapped_tail(previous: Line) -> bool:
    """Return True when the line above is a sentence wrapped onto the next (eight words or more, no stop)."""
    text = previous.text.strip()
    return len(text.split()) >= 8 and not text.endswith((".", ":", "!", "?")) and " | " not in text


# a heading's line that ends open, on a word that binds what follows ('… sammanslagningsavtal för')
HEADING_OPEN_END = re.compile(r"\s(?:för|av|i|och|om|till|med|över|mellan|inom|vid|gällande|angående)$",
                              re.IGNORECASE)


LONG_HEADING = 6  # a bold line of this many words is a heading, never a letterhead's name


def _heading_wraps_on(line: Line) -> bool:
    """Return True when a bold line of several words ends mid-phrase, whose next line in the same style is its
    rest (a letterhead's short name does not end so): with a comma, a heading wrapped mid-enumeration, or at
    LONG_HEADING words on a word in lower case ('… norra delen av Svensgårdsområdet, fastigheten' / 'Edeforsen
    1med flera, Ödåkra, Helsingborgs stad', layout39)."""
    words = line.text.split()
    if not line.bold or len(words) < 4:
        return False
    last = words[-1]
    return last.endswith(",") or len(words) >= LONG_HEADING and last.isalpha() and last.islower()


# a line that ends with a full date after a name: a notice's signature ('Stadsstyrelsen i Nykarleby
# 20.12.2017', 'Tekniska nämnden i Nykarleby 1.11.2017'), which a short DOCX page puts within the top lines
SIGNATURE_DATE_END = re.compile(
    r"^[A-ZÅÄÖ][\wåäö-]*(?:\s+[\wåäö-]+){1,5}\s+(?:\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2})$"
)


# a protocol's matter by what a body or member asked for: 'Hemställan från exploateringsnämnden gällande …',
# 'Motion av …', 'Begäran från …'
MATTER_FROM = re.compile(
    r"^(?:hemställan|framställan|begäran|motion|initiativärende|yrkande)\s+(?:från|av)\b", re.IGNORECASE
)


# the line that names whom the letter is to, a kind of receivers ('Till alla medlemmar i föreningen',
# 'Till samtliga remissinstanser'; instanser.ADDRESSED_TO)
ADDRESSEE = re.compile(r"^Till:?\s+(?:alla|samtliga|berörda|våra)\s+[a-zåäö]")


def _organisation_on_top(lines: Sequence[Line]) -> Found | None:
    """Given lines, return the first organisation-like short line near the top.

    A first line that is an acronym alone is the letterhead ('HEMAB' over a notice's heading); a web page's
    menu line ('Sök Kontakt', `navigation_line`) is none.
    """
    for index, line in enumerate(lines[:15]):
        text = without_navigation(line.text.strip())
        if not text or navigation_line(text):
            continue
        if _names_a_matter(text):
            continue  # 'Täktansökan Gåsgruvan': the matter the page is about, not who sends it
        if _picture_caption(text):
            continue  # 'Siluett ÖP': a picture's caption over the news, not who sends it
        if BARE_KIND_NOUN.fullmatch(text.split()[0]) and not any(w[:1].isupper() for w in text.split()[1:]):
            continue  # 'Vindkraftverk', 'Vindkraftverk i solnedgång': a thing's or kind's common noun with
            # nothing capitalised after it (a picture's caption), no name
        if re.search(r"\bpåseende\b", text, re.IGNORECASE):
            continue  # a Finnish notice's heading 'TILL PÅSEENDE' (in capitals: no name), not the letterhead
        if SIGNATURE_DATE_END.search(text):
            continue  # (nya24) 'Stadsstyrelsen i Nykarleby 20.12.2017': the signature with its date under a
            # short notice, not the letterhead (the body that signs is read where the answers go)
        if index == 0 and ABBREVIATION.match(text) and text not in NOT_AN_ACRONYM:
            return Found(text, line, "förkortningen ensam överst (brevhuvudet)")
        if index == 0 and _capitalised_name(text) and text.split()[0] not in first_names():
            return Found(text, line, "namnet ensamt överst (brevhuvudet)")  # 'Funktionsrätt Sverige'
        wrapped = _wrapped_letterhead(lines) if index == 0 else None
        if wrapped:
            return Found(wrapped, line, "namnet överst, ombrutet i brevhuvudets cell")
        if index == 0 and _one_word_subject(text, lines):
            return Found(text, line, "ett ord överst som texten har som subjekt ('Riksarkivet arbetar …')")
        if TITLE_MISSIV.match(text) or re.match(r"^\w*\s*remissinstanser", text, re.IGNORECASE):
            break  # what follows is the title and the list, not the sender
        if re.match(r"^(?:ämne|till|kopia|bifogade\s+filer)\s*:", text, re.IGNORECASE):
            continue  # a printed mail's header: 'Ämne: | Länets kommuner tillfrågas om regionbildning'
        if ADDRESSEE.match(text):
            continue  # (missiv39) the letter's addressees ('Till alla medlemmar i föreningen'), not who sends
        if re.match(r"^(?:plats|lokal|tid|när|var|besöksadress)\s*:", text, re.IGNORECASE):
            continue  # a meeting's place: 'Plats: Nysunds Bygdegårdsförening, Höglunda 520, Åtorp'
        if text.endswith((".", ":")) and index and (
                len(text.split()) >= 8 or _wrapped_tail(lines[index - 1])):
            break  # the body text has begun: a name under it is a list's or the text's, not the letterhead
            # (also when the sentence's last line is short: '… kvaliteten på' / 'vattenmiljön.')
        above = lines[index - 1] if index else None
        if above is not None and HEADING_OPEN_END.search(above.text.strip()) and _same_style(above, line):
            continue  # a heading's wrapped rest after its open last word ('Utlåtande - Förslag till
            # sammanslagningsavtal för' / 'Vasa stad och Korsholms kommun'): what the proposal is for
        if above is not None and _heading_wraps_on(above) and _same_style(above, line):
            continue  # (layout38) a bold heading wrapped after a comma ('Svensgårdsområdet, fastigheten
            # Edeforsen 1med flera,' / 'Ödåkra, Helsingborgs stad') or a common noun (layout39: '…,
            # fastigheten' / 'Edeforsen 1med flera, Ödåkra, …'): the plan's place, not the letterhead
        if text[:1].islower() or re.search(r"§\s*\d", text):
            continue  # a heading's wrapped rest ('… handlingsplanen för Örebro' / 'kommun', '… chef i' /
            # 'Göteborgs Stad § 689, 1137/21' with the protocol's paragraph): no letterhead
        if re.search(r"\b(?:remiss|kungörelse|samråd|inbjudan|missiv)\b", text, re.IGNORECASE):
            continue  # a title ('Kungörelse remiss Regional infrastrukturplan'), not the letterhead
        if re.match(r"^(?:beslut\s+)?(?:enligt|på\s+förslag\s+av|i\s+enlighet\s+med)\b", text, re.IGNORECASE):
            continue  # 'Enligt kommunstyrelsens förslag:': whose proposal a decision follows, not the sender
            # (also with the heading 'Beslut' a transcript ran into it)
        if re.match(r"^(?:förslag|utkast|ändring|revidering|ny[at]?)\b", text, re.IGNORECASE):
            continue  # 'Förslag till nya avfallsföreskrifter i Österåkers kommun': the title names the kommun
        if _kind_first(text):
            continue  # (kalla40) 'Naturvårdsprogram Alingsås kommun 2020': the heading names a document with
            # the kommun whose it is, not the letterhead (missiv/alingsas-naturvardsprogram-remiss-2019)
        if MATTER_FROM.match(text):
            continue  # 'Hemställan från exploateringsnämnden gällande …': a protocol's matter, what a body
            # asked for, not the letterhead (missiv/goteborg-ks-remittering-forvarv-bolagsfastigheter in webb)
        if re.match(r"^(?:[-•–*·▪●○■]|\d{1,3}[.)]?\s)", text):
            break  # a list item ('• Brändö kommun'): the list has begun, the letterhead is above it
        if re.match(r"^(?:AB\s+)?(?:Box|Postbox)\s+\d", text):
            continue  # 'AB Box 329': the rest of an address wrapped after the company's name, no letterhead
        if ORG_WORD.search(text) and len(text) < 60 and not text.endswith(".") and not EMAIL.search(text):
            if _org_word_only_in_compounds(text):
                continue  # 'Ännu ett steg mot regionplan för Skåne': a heading about a plan, no organisation
            if FINITE_VERB.search(text) or READER_CALL.match(text):
                continue  # 'Kommunen har tagit fram nya avfallsföreskrifter': a heading, not the letterhead
            if _place_in_heading(text) or CAPTION.match(text):
                continue  # 'Fördjupad översiktsplan för Enköpings stad': what a plan is for, not who sends it
            return Found(normal_case(clean_org(text)), line)
    return None


@lru_cache(maxsize=1)
def _menu_words() -> re.Pattern[str]:
    """Return the pattern of one menu word or phrase of a web page (modeller/kontakt.toml [webbmeny] and
    [webbverktyg]), longest first."""
    from remiss.extract.personer import kontakt_modell

    data = kontakt_modell()
    # (sorted first: a set's order follows the hash seed; a pattern the same in every run is compiled once)
    words = sorted(sorted({*data["webbmeny"]["ord"], *data["webbverktyg"]["ord"]}), key=len, reverse=True)
    return re.compile(fraser(words), re.IGNORECASE)


def navigation_line(text: str) -> bool:
    """Return True for a line made only of a web page's menu words and tools ('Sök Kontakt', 'Meny Sök',
    'Hem / Kontakt'): navigation, never a sender's name."""
    rest = re.sub(r"[/|•›>»·]", " ", text).strip()
    if not rest:
        return False
    words = _menu_words()
    while rest:
        match = words.match(rest)
        if match is None or (match.end() < len(rest) and not rest[match.end()].isspace()):
            return False
        rest = rest[match.end():].lstrip()
    return True


@lru_cache(maxsize=1)
def _inline_menu() -> re.Pattern[str]:
    """Return the pattern of a menu phrase of several words (modeller/kontakt.toml [webbmeny] ord) standing
    inside a line between spaces: a link, never part of a name."""
    from remiss.extract.personer import kontakt_modell

    phrases = sorted((w for w in kontakt_modell()["webbmeny"]["ord"] if " " in w), key=len, reverse=True)
    alternatives = fraser(phrases)
    # (also the link closing the line with a stop: 'Svenljunga kommun logotyp, tillbaka till startsidan.')
    return re.compile(rf"(?<!\S)(?:{alternatives})(?=[.!]?(?:\s|$))", re.IGNORECASE)


def _kind_first(text: str) -> bool:
    """Return True for a line of two words or more whose first word is a document's kind ('Naturvårdsprogram
    Alingsås kommun 2020', 'Avfallsplan för …'; titel.toml [arende])."""
    from remiss.extract.core import kind_word

    words = text.split()
    return len(words) >= 2 and kind_word(words[0].strip(",:;"))


def _names_a_matter(text: str) -> bool:
    """Return True for a line that names a matter, a permit, a project or a block, its first word's last part
    one of their kinds ('Täktansökan Gåsgruvan', 'Kvarteret Ugglan'; modeller/kontakt.toml [arendets_namn]
    and modeller/arende_fras.toml [slag]), no organisation's word in it: what the page is about, not who sends
    it."""
    from remiss.arende import ar_slag
    from remiss.extract.personer import kontakt_modell

    words = text.split()
    if not words or ORG_WORD.search(text):
        return False
    first = words[0].lower().strip(",:;")
    data = kontakt_modell()["arendets_namn"]
    return first in data["plats"] or first.endswith(tuple(data["led"])) or ar_slag(first)


# one word that ends in an organisation's kind in its indefinite form names a thing or a kind, no one who
# sends anything (missiv33, prov31/ljusdal-kolvallen-vindkraft-samrad: the photo's caption 'Vindkraftverk'
# under the heading): a one-word name is definite ('Skatteverket', 'Kommunstyrelsen') or a proper name without
# the kind
BARE_KIND_NOUN = re.compile(
    r"(?=[A-ZÅÄÖ])(?i:[a-zåäö]*(?:verk|förbund|förening|kommun|region|landsting|stad))"
)


COMPOUND_BODY = re.compile(r"fullmäktige|nämnd|styrelse|förbund|förvaltning|kontor|kansli|råd", re.IGNORECASE)


def _org_word_only_in_compounds(text: str) -> bool:
    """Return True when every organisation word of a line (ORG_WORD) opens a longer word in lower case that
    names something else ('regionplan', 'kommunplan', 'landstingsområde'), or stands in the genitive before a
    noun ('Länsstyrelsens vapensköld'): the line names a matter or a thing, not an organisation (missiv33,
    missiv/regionskane-regionplan-granskning-nyhet); 'kommunfullmäktige' and 'regionförbundet' are bodies."""
    if LOGO.fullmatch(text.strip()):
        return False  # 'Tjörn kommuns logga, till startsidan': the logo, its name in the genitive (clean_org)
    hits = list(ORG_WORD.finditer(text))
    for hit in hits:
        start = text.rfind(" ", 0, hit.start()) + 1
        end = len(text) if text.find(" ", hit.end()) < 0 else text.find(" ", hit.end())
        word, rest = text[start:end], text[hit.end():end]
        body = COMPOUND_BODY.search(rest)
        compound = word[:1].islower() and start == hit.start() and rest.isalpha() and len(rest) > 2
        # ('Kronan på Länsstyrelsens vapensköld mot en blå bakgrund': the logo's alt text, a thing of the
        # organisation's in the genitive before a noun in lower case)
        following = text[end:].split()[:1]
        genitive = (rest == "s" or hit.group(0).endswith("s")) and following[:1] != [] \
            and following[0][:1].islower()
        if not (compound and not body or genitive):
            return False
    return bool(hits)


def _picture_caption(text: str) -> bool:
    """Return True for a picture's caption or alt text over a page, its first word a picture's kind ('Siluett
    ÖP', 'Flygbild Norra Hamnen'; modeller/kontakt.toml [bildtext]), no organisation's word in it."""
    from remiss.extract.personer import kontakt_modell

    words = text.split()
    if not words or ORG_WORD.search(text):
        return False
    return words[0].lower().strip(",:;") in kontakt_modell()["bildtext"]["ord"]


def without_navigation(text: str) -> str:
    """Given a letterhead line, return it without the web page's links run into it: 'Gullspångs kommun Till
    startsidan Gullspångs kommun' (the logo's text, its link, the logo again) is 'Gullspångs kommun', the name
    once (modeller/kontakt.toml [webbmeny] i_raden); a line without such a link is returned as it is."""
    pieces = _inline_menu().split(text)
    if len(pieces) == 1:
        return text
    parts = [part for piece in pieces if (part := piece.strip(" ,.!|/•›>»·–-"))]
    if not parts:
        return ""
    named = [part for part in parts if ORG_WORD.search(part)]
    return (named or parts)[0]


def _wrapped_letterhead(lines: Sequence[Line]) -> str | None:
    """Given lines, return the name a letterhead's narrow cell wrapped after its first word: one capitalised
    word alone on top that names nothing by itself ('Hästholmen-Ytteröns' / 'Samhällsförening', both in the
    letterhead's style), the two a name ('Hästholmen-Ytteröns Samhällsförening'); else None. A first line
    that is an organisation already ('Länsstyrelsen' / 'Västra Götaland') is read by _full_name."""
    if len(lines) < 2 or not _same_style(lines[0], lines[1]):
        return None
    first, second = lines[0].text.strip(), lines[1].text.strip()
    if not re.fullmatch(r"[A-ZÅÄÖ][\wåäöé-]+", first) or ORG_WORD.search(first) or first in first_names() \
            or first.upper() in NOT_AN_ACRONYM:
        return None
    joined = f"{first} {second}"
    kind = ORG_WORD.search(second) or ORG_KIND_END.search(second)
    return joined if kind and len(second.split()) <= 2 and _capitalised_name(joined) else None


# the kind an organisation's name ends with, which ORG_WORD does not hold: 'Samhällsförening', 'Hembygdsgille'
ORG_KIND_END = re.compile(r"(?:förening|sällskap|gille|klubb|råd|stiftelse|samfällighet|institut|akademi|"
                          r"församling|kår|lag|union|nätverk)(?:en|et)?$")


PLACE_AFTER = re.compile(r"\s(?:för|i|inom|om|av|till|på|med)\s+[A-ZÅÄÖ][\wåäö-]*(?:\s+[A-ZÅÄÖ][\wåäö-]*)*\s+"
                         r"(?:kommun|stad|region|län)\b")


def _place_in_heading(text: str) -> bool:
    """Return True for a line that names a kommun or town only after a preposition, nothing before it an
    organisation: a heading or sentence about the place ('Arbete med att ta fram en ny översiktsplan för Växjö
    kommun'), not a letterhead ('Kommunstyrelsen i Laxå kommun', 'Länsstyrelsen i Skåne län')."""
    match = PLACE_AFTER.search(text)
    return match is not None and not ORG_WORD.search(text[: match.start()])


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Return the common Swedish first names of modeller/fornamn.txt."""
    from remiss.modelldata import modell_text

    text = modell_text("fornamn.txt")
    return frozenset(row.strip() for row in text.splitlines() if row.strip() and not row.startswith("#"))


def _one_word_subject(word: str, lines: Sequence[Line]) -> bool:
    """Return True for one capitalised word alone at the top ('Riksarkivet') that the text below opens a
    sentence with as its subject, before a verb in the present ('Riksarkivet arbetar med …', 'Riksarkivet
    inbjuder nu till …'), also after a heading run into its line: the letterhead of an organisation with a
    one-word name."""
    if not re.fullmatch(r"[A-ZÅÄÖ][a-zåäöé]{3,}", word) or word in first_names():
        return False
    body = LineText.of(lines[1:OPENING_LINES], cells=False).joined
    verb = re.escape(word) + r"\s+(?:nu\s+)?[a-zåäö]+(?:ar|er|ir|är)\b"
    if re.search(SENTENCE_START + verb, body):
        return True
    # a one-word heading a transcript ran into the sentence's line ('Bakgrund Scanergy undersöker …')
    run_in = re.finditer(r"(?m)^(?P<rubrik>[A-ZÅÄÖ][a-zåäö]{3,})\s+" + verb, body)
    return any(m.group("rubrik") not in first_names() for m in run_in)


def _capitalised_name(text: str) -> bool:
    """Return True for two to four capitalised words without digits or stop: a name ('Funktionsrätt Sverige').

    Swedish titles and sentences capitalise only their first word.
    """
    return capitalised_words(text) and not re.search(r"[\d.:!?,|]", text)


def clean_org(name: str) -> str:
    """Given an organisation line of a letterhead, return it without a trailing date, dnr or page marker."""
    cells = [cell.strip() for cell in name.split(" | ") if cell.strip()]
    if len(cells) > 1:  # a letterhead row with the document label or date in another cell
        name = next((cell for cell in cells if ORG_WORD.search(cell)), cells[0])
    name = unspaced(name)
    # a web page's logo image read as text: 'Vimmerby Kommun logo', 'Logotyp för Borås Stad'
    logo = LOGO.fullmatch(name.strip())
    if logo:
        name = logo.group("org") or logo.group("org2")
        name = re.sub(r"(?<=[a-zåäö]) Kommun$", " kommun", name)
        name = re.sub(r"(?<=\S) (kommun|stad)s$", r" \1", name)  # 'Nykvarn kommuns logga': the kommun
    # an anslag's label run into its value: 'Organ Stadsbyggnadsnämnden' (the body whose protocol it is)
    name = re.sub(r"^(?:Organ|ORGAN)\s*:?\s+(?=[A-ZÅÄÖ])", "", name)
    # a report cover's publisher: 'Utgivare: Svensk Kretsloppsförening', 'Framtagen av Region X i samarbete
    # med länets kommuner' (the maker, not its partners; missiv33)
    maker = MAKER_ON_COVER.match(name)
    if maker:
        name = MAKER_PARTNERS.split(name[maker.end():])[0]
    where = re.match(r"^(?:Beslut\s+)?I\s+(?P<organ>[a-zåäö]+(?:nämnden|styrelsen))$", name)
    if where:  # 'Beslut I kulturnämnden': the body the decision was taken in
        name = where.group("organ")[:1].upper() + where.group("organ")[1:]
    name = re.split(r"\s+(?:datum|dnr|diarienummer|ärendenummer|sida)\b", name, flags=re.IGNORECASE)[0]
    name = re.sub(r"[\s|]*\d{4}-\d{2}-\d{2}$", "", name).strip(" |,")
    # 'Eksjö kommun, 575 80 Eksjö': the postal address after the name is no part of it
    name = re.sub(r",?\s*(?:Box\s+\d+,?\s*)?\d{3}\s?\d{2}\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]+$", "", name).strip(" |,")
    dnr = DNR_RE.search(name)
    # 'Landsbygds- och infrastrukturdepartementet LI2024/01086': the dnr is no part of the name
    if dnr and dnr.end() == len(name) and dnr.start() > 0:
        name = name[: dnr.start()].strip(" |,")
    return name


MAKER_ON_COVER = re.compile(r"^(?:(?:Utgivare|Projektägare|Huvudman)\s*:|(?:Utgiven|Utgivet|Framtagen|"
                            r"Framtaget|Upprättad|Upprättat|Sammanställd|Sammanställt)\s+av\s*:?)\s*(?=[A-ZÅÄÖ])")
MAKER_PARTNERS = re.compile(r"\s+(?:i\s+samarbete|i\s+samverkan|tillsammans|i\s+dialog)\s+med\b")
# (with the logo's link text after it: 'Tjörn kommuns logga, till startsidan')
LOGO = re.compile(r"(?i:logotyp(?:en)?\s+för\s+)(?P<org>.+)|(?P<org2>.+?)\s+(?:(?i:logo|logotyp|logga)"
                  r"(?:\s*[,–-]\s*(?i:(?:gå\s+|länk\s+)?till\s+startsidan?))?"
                  # the logo's link read as text: 'Filipstads kommun startsida' (the name, then the page)
                  r"|(?i:startsida|startsidan))")
# a letterhead's spaced capitals: 'A R B E T S M I L J Ö VERKET'
SPACED = re.compile(r"\b(?:[A-ZÅÄÖ] ){2,}[A-ZÅÄÖ]\b")
SUFFIX_WORD = re.compile(r"^(?:VERKET|STYRELSEN|NÄMNDEN|MYNDIGHETEN|INSPEKTIONEN|DEPARTEMENTET|KANSLIET)$")


def unspaced(name: str) -> str:
    """Given 'A R B E T S M I L J Ö VERKET', return 'ARBETSMILJÖVERKET': letters joined, the suffix too."""
    if not SPACED.search(name):
        return name
    words = SPACED.sub(lambda m: m.group(0).replace(" ", ""), name).split()
    out: list[str] = []
    for word in words:
        if out and SUFFIX_WORD.match(word) and out[-1].isupper():
            out[-1] += word
        else:
            out.append(word)
    return " ".join(out)


# a kommun's or city's name in capitals ('GNOSJÖ KOMMUN', 'ÖSTRA GÖINGE KOMMUN', 'UPPLANDS-BRO KOMMUN')
KOMMUN_IN_CAPITALS = re.compile(r"(?P<namn>[A-ZÅÄÖ-]{2,}(?:\s+[A-ZÅÄÖ-]{2,})?)\s+(?P<typ>KOMMUN|STAD)")


def kommun_in_ordinary_case(found: Found | None) -> Found | None:
    """Given the sender found, return it with a kommun's name in capitals written as the kommun writes it
    ('GNOSJÖ KOMMUN, Samhällsbyggnadsnämnden' → 'Gnosjö kommun, Samhällsbyggnadsnämnden'), else as it is.

    (Done last, after the learned unit: a letterhead in capitals read as it stands is no name the unit model
    fills, as before missiv25.)"""
    if found is None:
        return None
    org, comma, rest = found.value.partition(",")
    if not KOMMUN_IN_CAPITALS.fullmatch(org.strip()):
        return found
    return replace(found, value=f"{normal_case(org.strip())}{comma}{rest}")


def normal_case(name: str) -> str:
    """Given a name in capitals ('SAMHÄLLSBYGGNADSNÄMNDEN'), return it in ordinary case; a kommun's with each
    word of its name capitalised ('ÖSTRA GÖINGE KOMMUN' → 'Östra Göinge kommun')."""
    if not name.isupper() or len(name) < 5:
        return name
    kommun = KOMMUN_IN_CAPITALS.fullmatch(name)
    if kommun:
        named = " ".join("-".join(p.capitalize() for p in word.split("-")) for word in kommun["namn"].split())
        return f"{named} {kommun['typ'].lower()}"
    words = name.lower().split()
    keep_upper = {"ab", "ks", "skr", "eu"}
    return (
        " ".join(w.upper() if w in keep_upper else w for w in words)[:1].upper()
        + " ".join(w.upper() if w in keep_upper else w for w in words)[1:]
    )
