"""The unit of another kommun that its answers go to, as the reply route names it (the sender's nämnd)."""

from __future__ import annotations

import functools
import re

from remiss.extract.text import Found, Text

KOMMUN_ORG = r"(?:[A-ZÅÄÖ][\wåäö-]+\s+(?:kommun|[Ss]tad)|Region\s+[A-ZÅÄÖ][\wåäö-]+(?:\s+län)?)"
KOMMUN = r"(?:[A-ZÅÄÖ][\wåäö-]+\s+(?:kommun|[Ss]tad))"

# A unit that answers go to, named by its compound's head word: 'Samhällsbyggnadsförvaltningen', 'Miljö- och
# samhällsbyggnadsförvaltningen', 'Bygg och miljönämnden' (the first part written out before 'och'). One
# stem and head for both readings below: the unit a reply route names for a kommun found as the sender
# (UNIT, definite, never a state's or a county's board) and the unit in a postal address with what stands
# before it (REPLY_UNIT, read by remiss.extract.avsandare).
UNIT_STEM = r"(?:[\wåäö-]+\s+och\s+)?"
UNIT_HEAD = r"(?:nämnd|styrelse|förvaltning|kontor)"
# a kommun's nämnd, styrelse, förvaltning or kontor as a reply route names it, in any case: 'kommunstyrelsen',
# 'Samhällsbyggnadsförvaltningen', 'Tekniska kontoret'; a county's, the state's, a region's or a förbund's
# board is none ('Länsstyrelsen', 'Socialstyrelsen', 'Regionstyrelsen'); 'socialnämnden' is a kommun's
UNIT = (
    rf"(?P<unit>{UNIT_STEM}(?!(?:läns|social|skogs|region|förbunds|riks|landstings)styrelsen)"
    r"[\wåäö-]*(?:nämnden|styrelsen|förvaltningen|kontoret)|[\wåäö]+a\s+(?:nämnden|förvaltningen|kontoret))"
    r"(?![\wåäö-])"
)
# the body a reply goes to in a postal address, written as a kommun writes its units, in any form, with an
# owner or an adjective before it: 'Västra Gästriklands samhällsbyggnadsförvaltning' (a förvaltning several
# kommuner share), 'Tekniska förvaltningen', 'Bygg och miljönämnden'; a region's board too ('Regionstyrelsen')
# ... or a nämnd's utskott, named with its nämnd or an adjective ('Kommunstyrelsens planutskott', 'Allmänna
# utskottet'), as the corpus names it with its kommun ('Ludvika kommun, Kommunstyrelsens arbetsutskott')
# ... a utskott of two fields ('Kommunstyrelsens plan- och exploateringsutskott'), and a Finnish board's
# section, its utskott ('Stadsstyrelsens planläggningssektion', missiv23)
UTSKOTT = (
    r"(?-i:[A-ZÅÄÖ])[\wåäö-]*(?:nämndens|styrelsens)\s+(?:[a-zåäö]+-\s+och\s+)?[a-zåäö-]*"
    r"(?:utskott(?:et)?|sektion(?:en)?)"
    r"|(?-i:[A-ZÅÄÖ])[a-zåäö]+a\s+utskottet"
)
REPLY_UNIT = (
    r"(?:(?:[A-ZÅÄÖ][\wåäö-]*\s+)?(?:[A-ZÅÄÖ][\wåäö-]*s\s+)?(?:[a-zåäö]+a\s+)?"
    rf"{UNIT_STEM}[\wåäö-]*{UNIT_HEAD}(?:en|et|n)?|{UTSKOTT})(?![\wåäö-])"
)
# a street and number, a box, or a building's name alone ('Samhällsbyggnadsförvaltningen' / 'Rådhuset' /
# '231 83 Trelleborg')
STREET = r"(?:[A-ZÅÄÖ][\wåäö]+(?:\s+[\wåäö]+)?\s+\d+\s?[A-Za-z]?|Box\s+\d+|[A-ZÅÄÖ][\wåäö]*huset)"
POSTCODE = r"\d{3}\s?\d{2}\s+[A-ZÅÄÖ]"
# the reply sentence: what is sent, then where it goes ('Eventuella synpunkter … ska lämnas skriftligen till
# kommunstyrelsen senast …', '… till info@vilhelmina.se alt. Kommunstyrelsen, Torget 6, 912 18 Vilhelmina.'),
# over an address's dots and an 'alt.' to the sentence's end
# (missiv25: also a sentence that sends the views the one before asked for, by a pronoun: 'Har du synpunkter
# på planförslaget …? Skicka in dessa skriftligen till samhällsbyggnadsförvaltningen senast 4 mars 2024')
SENTENCE = re.compile(
    r"\b(?:synpunkter\w*|yttranden?|yttrandet|svaret|svaren|remissvar\w*|åsikter|invändningar|brev|"
    r"(?:skicka|lämna|sänd|mejla|maila)\s+(?:gärna\s+)?(?:in\s+)?(?:dessa|dem))\b"
    r"(?:\b(?:alt|el|resp|ev)\.|[^.!?]|\.(?=[\w@])){0,240}",
    re.IGNORECASE,
)
# the unit after 'till' where a receiver ends: before 'senast', a comma, a postcode, 'i X kommun'
# ('till kommunstyrelsen senast', 'till: Krokoms kommun, Bygg och miljönämnden, 835 80 KROKOM')
UNIT_AFTER_TILL = re.compile(
    rf"\btill\s*:?\s*(?:[\w.-]+@[\w.-]+\s+(?:alt\.|eller|el\.)\s+)?(?:(?P<kommun>{KOMMUN}),?\s+)?{UNIT}"
    r"(?=\s*(?:[,;.]|$|(?:senast|före|innan|via|per|eller|på\s+adress)\b|\d{3}\s?\d{2}\s|(?-i:i\s+[A-ZÅÄÖ])))",
    re.IGNORECASE,
)
# the unit over its street and postcode, the kommun between or not: 'till Samhällsbyggnadsförvaltningen,
# Övertorneå kommun, Tingshusvägen 2, 957 32 Övertorneå', 'alt. Kommunstyrelsen, Torget 6, 912 18 Vilhelmina',
# 'brev (Samhällsbyggnadskontoret Storgatan 13, 915 81 Robertsfors)'
UNIT_OVER_ADDRESS = re.compile(
    r"(?<![\wåäö-])(?P<unit>(?-i:[A-ZÅÄÖ])[\wåäö-]*(?:\s+och\s+[\wåäö-]+)?"
    r"(?:nämnden|styrelsen|förvaltningen|kontoret))"
    rf"[,\s]+(?:(?P<kommun>{KOMMUN})[,\s]+)?(?:{STREET}[,\s]+)?{POSTCODE}"
)
# a sector under the kommun in the reply block, named by its field of work over an enhet: 'brev till Vårgårda
# kommun / Samhällsbyggnad Bygg och miljö / 447 80 Vårgårda' (README, Facit: 'Samhällsbyggnad', a sector)
SECTOR_IN_BLOCK = re.compile(
    rf"(?P<kommun>{KOMMUN})[,\s]+(?P<unit>[A-ZÅÄÖ][a-zåäö]{{4,}}(?:ning|ling|nad))"
    # (kalla40) the sector named with its kommun's place after it, the förvaltning's whole name ('Gävle
    # kommun / Samhällsbyggnad Gävle / 801 84 Gävle', missiv/gavle-gavletravet-samrad-2017): kept when the
    # place is the kommun's (route_unit)
    r"(?:\s+(?P<place>[A-ZÅÄÖ][a-zåäö]+)(?=[,\s]))?"
    rf"(?:[,\s]+[^.;:@\d]{{0,40}}?)?[,\s]+(?:{STREET}[,\s]+)?{POSTCODE}"
)
# (kalla36) the sector first in the address the letters go to, the kommun's name only in the town after the
# postcode: 'skriftliga synpunkter via brev till Samhällsbyggnad, Stadsbyggnad, 271 80 Ystad' (Ystad's page)
SECTOR_AFTER_TILL = re.compile(
    rf"\btill\s+(?P<unit>(?-i:[A-ZÅÄÖ])[a-zåäö]{{4,}}(?:ning|ling|nad))"
    rf"(?:,\s*(?-i:[A-ZÅÄÖ])[a-zåäö]+(?:\s+(?:och\s+)?[a-zåäö]+)?)?,\s*{POSTCODE}"
)
ROUTES = (
    (UNIT_AFTER_TILL, "enheten svaren ska till ('… till kommunstyrelsen senast')"),
    (UNIT_OVER_ADDRESS, "enheten i svarens postadress"),
    (SECTOR_IN_BLOCK, "sektorn i svarens postadress"),
    (SECTOR_AFTER_TILL, "sektorn först i svarens postadress ('brev till Samhällsbyggnad, …, 271 80 Ystad')"),
)
# a mailbox named after the unit: 'kommunstyrelsen@ange.se', 'socialnamnden@osthammar.se'
MAILBOX_UNIT = re.compile(
    r"(?P<stem>[a-z-]{3,}?)(?P<kind>namnden|namnd|styrelsen|styrelse|forvaltningen|forvaltning|kontoret|kontor)"
    r"@(?P<domain>[\w-]+)\.se"
)
KIND_SPELLED = {"namnd": "nämnden", "namnden": "nämnden", "styrelse": "styrelsen", "styrelsen": "styrelsen",
                "forvaltning": "förvaltningen", "forvaltningen": "förvaltningen", "kontor": "kontoret",
                "kontoret": "kontoret"}


def fold(name: str) -> str:
    """Return a name spelt as a domain: 'Sölvesborg' → 'solvesborg', 'Upplands Väsby' → 'upplandsvasby'."""
    return re.sub(r"[\s-]", "", name.lower()).translate(str.maketrans("åäöé", "aaoe"))


def same_place(named: str, kommun: str) -> bool:
    """Return True when 'Göteborgs Stad' and 'Göteborgs kommun' (or 'Göteborg') name one place."""
    first, own = named.split()[0].lower(), kommun.split()[0].lower()
    return first.rstrip("s") == own.rstrip("s")


def route_unit(found: Found, text: Text) -> Found | None:
    """Given another kommun found as the sender ('Ånge kommun'), return the unit its answers go to as the
    reply route names it in words ('till kommunstyrelsen senast', a unit over its street and postcode, a
    sector over its enhet in the kommun's address block), or None."""
    if not re.fullmatch(KOMMUN, found.value):
        return None
    for sentence in SENTENCE.finditer(text.joined):
        for pattern, why in ROUTES:
            match = pattern.search(sentence.group(0))
            other = match is not None and match.groupdict().get("kommun") is not None
            if match is None or (other and not same_place(match.group("kommun"), found.value)):
                continue
            unit = re.sub(r"\s+", " ", match.group("unit"))
            place = match.groupdict().get("place")
            if place and other and same_place(place, match.group("kommun")):
                unit = f"{unit} {place}"  # 'Samhällsbyggnad Gävle' in Gävle kommun's address
            if pattern is SECTOR_IN_BLOCK and re.search(rf"\b{unit}s?enhet", text.joined, re.IGNORECASE):
                continue  # 'Lerums kommun, Renhållning, 443 80 Lerum' the text calls 'Renhållningsenheten'
            line = text.line_at(sentence.start() + match.start("unit"))
            return Found(unit[:1].upper() + unit[1:], line, why)
    return None


def mailbox_unit(found: Found, text: Text, address: Found | None) -> Found | None:
    """Given another kommun found as the sender, the text and the reply address found in it, return the unit
    the address spells at the kommun's domain ('kommunstyrelsen@ange.se': 'Kommunstyrelsen'), its stem spelt
    as the text writes it, or None."""
    if not re.fullmatch(KOMMUN, found.value):
        return None
    match = MAILBOX_UNIT.fullmatch(address.value) if address else None
    if address is None or match is None:
        return None
    if match.group("domain").rstrip("s") != fold(found.value.split()[0]).rstrip("s"):
        return None  # another organisation's mailbox
    stem = match.group("stem")
    words = (word.group(0) for word in re.finditer(r"[\wåäöéÅÄÖ-]+", text.joined))
    spelled = next((word[: len(stem)] for word in words if fold(word).startswith(stem)), None)
    if spelled is None:
        return None
    unit = spelled.lower() + KIND_SPELLED[match.group("kind")]
    why = "nämnden eller förvaltningen som svarsadressen stavar"
    return Found(unit[:1].upper() + unit[1:], address.line, why)


def spelled_body(address: str) -> str | None:
    """Given a mailbox named after a nämnd or styrelse ('miljobyggnadsnamnden@borgholm.se'), return the body's
    name as a kommun writes it ('Miljö- och byggnadsnämnden'), its fields read with modeller/kontakt.toml
    [namndfalt] ('X- och Ynämnden' for two), or None when the fields do not spell the whole stem."""
    match = MAILBOX_UNIT.fullmatch(address.lower())
    if match is None or not match.group("kind").startswith(("namnd", "styrelse")):
        return None
    parts = _fields(match.group("stem").replace("-", ""))
    if not parts or len(parts) > 3:
        return None
    last = parts[-1] + KIND_SPELLED[match.group("kind")]
    name = last if len(parts) == 1 else f"{', '.join(part + '-' for part in parts[:-1])} och {last}"
    return name[:1].upper() + name[1:]


def _fields(stem: str) -> list[str] | None:
    """Given a folded stem ('miljobyggnads'), return the nämnd fields that spell it in order, longest first,
    or None."""
    if not stem:
        return []
    for field in _namndfalt():
        folded = fold(field)
        if stem.startswith(folded):
            rest = _fields(stem[len(folded) :])
            if rest is not None:
                return [field, *rest]
    return None


@functools.cache
def _namndfalt() -> tuple[str, ...]:
    """Return the fields kommuner name their nämnder after (kontakt.toml [namndfalt]), longest first."""
    from remiss.modelldata import modell_toml

    return tuple(sorted(modell_toml("kontakt.toml")["namndfalt"]["falt"], key=len, reverse=True))
