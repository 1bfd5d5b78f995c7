"""The handläggare: a name with phone and e-mail, labelled, in a sentence or as a signature."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Any

from remiss import forklara
from remiss.domain import Handlaggare, Line
from remiss.extract.text import LONGEST_FIRST_NAME, ORG_WORD, PHONE_RE, Text
from remiss.instanser import EMAIL
from remiss.modelldata import fraser, modell_toml

ROLE = re.compile(
    r"^(?:handläggare|departementssekreterare|kansliråd|departementsråd|rättssakkunnig|"
    r"ämnesråd|utredare|jurist|sekreterare|samordnare|strateg|planerare|enhetschef|"
    r"avdelningschef|förvaltningschef|kommunsekreterare|nämndsekreterare|utvecklingsledare|"
    r"[a-zåäö]*(?:handläggare|sekreterare|strateg|jurist|chef))\b",
    re.IGNORECASE,
)


def find_handlaggare(lines: Sequence[Line]) -> tuple[Handlaggare, Line | None]:
    """Given lines, return the handläggare (name, phone, e-mail) and the line naming them.

    When the lines as they stand name nobody, they are read once more cut into the parts a transcript ran
    together ('… levnadsvillkor. Kontaktperson: Ulrika Edlund, …', 'Beate Löfvenberg 0243-666 57',
    'Maud Ericson Strateg Infrastruktur E-post'): a label, a name, a title, a phone each on a line of its own.
    """
    found = _find_handlaggare(lines)
    if found[0].namn is None:
        delar = segmenterade(lines)
        if len(delar) > len(lines):
            again = _find_handlaggare(delar)
            if again[0].namn is not None:
                return again
    return found


@lru_cache(maxsize=1)
def _segment() -> re.Pattern[str]:
    """Return where a transcript ran a contact block into one line (see find_handlaggare): before a contact
    label inside the line ('782 21 Malung Ansvarig handläggare: …') or a fact box's label
    (modeller/kontakt.toml), before a phone number, a contact detail word, a postbox or a postcode, and
    after a number ('010-240 53 97 Liselotte Schmidt'), but not between a postcode and its town ('736 85
    Kungsör' stays one postal line)."""
    faktaruta = fraser(o.capitalize() for e in kontakt_modell()["etikett"] for o in e["ord"])
    return re.compile(
        r"(?<=\S)\s+(?="
        r"(?:Kontaktpersoner|Kontaktperson|Kontaktinfo|Kontaktuppgifter|Handläggare|Ansvarig\s+handläggare"
        r"|Kontakt\s+för\s+frågor"
        r"|Upplysningar|Frågor\s+besvaras)\b"
        rf"|Ansvarig(?=\s+{_TWO_WORDS}(?:\s|$))"
        r"|(?i:att)\s*[.:]\s+[A-ZÅÄÖ]"
        r"|(?:E-post|Epost|Mobil|Telefon|Tel|Tfn)\b|Box\s+\d|\d{3}\s?\d{2}\s+[A-ZÅÄÖ](?:[A-ZÅÄÖ]|[a-zåäö]+\b)"
        rf"|(?:{faktaruta})\s*:"
        r"|(?:\+46\s?\(?0?\)?\s?|0)\d{1,3}\s?[-–]\s?\d{2,3}"
        r")|(?<=\d\d)(?<!\d{3}\s\d{2})(?<!\d{5})\s+(?=[A-ZÅÄÖ][a-zåäö])"
        # a signature run into the last sentence ('… ring till oss! Jessica Raftsjö-Lindberg 072-588 50 58
        # jessica.raftsjolindberg@sweco.se'): after the sentence's end, and between the phone and the address;
        # also a name with its title after a comma ('… kontakta vår plan- eller stadsarkitekt. Lowe Kisiel,
        # planarkitekt')
        rf"|(?<=[.!?])\s+(?={_TWO_WORDS}(?:\s+(?:\+46|0)\d|,\s+[a-zåäö-]*(?:{_title_end()})))"
        r"|(?<=\d)\s+(?=[\w.-]+@[\w-]+\.)"
    )


_TWO_WORDS = r"[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?\s+[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?"
_NAME_THEN_MORE = re.compile(rf"^(?P<namn>{_TWO_WORDS})\s+(?P<rest>[A-ZÅÄÖ][a-zåäöé]+.*)$")
# a staff list's title run into the name after it ('Miljö- och byggchef Nicke Grahn')
_TITLE_THEN_NAME = re.compile(
    rf"^(?P<titel>[A-ZÅÄÖ][a-zåäö-]*(?:\s+och\s+[a-zåäö-]+)?)\s+(?P<namn>{_TWO_WORDS})$"
)
# an address block run together: the organisation, then the person ('Kungsörs kommun Anne Pettersson')
_ORG_THEN_NAME = re.compile(rf"^(?P<org>.*\b(?:kommun|stad|region|AB|län))\s+(?P<namn>{_TWO_WORDS})$")


# an e-mail address run into the name of the contact block after it ('… med kopia till
# maud.ericson@regionvasterbotten.se Maud Ericson Strateg Infrastruktur')
_EFTER_ADRESS = re.compile(r"(?<=@)([\w.-]+\.[a-z]{2,})\s+(?=[A-ZÅÄÖ][a-zåäö])")


def segmenterade(lines: Sequence[Line]) -> list[Line]:
    """Given lines, return them cut where a transcript ran a contact block together (see find_handlaggare);
    each part keeps its line's place, so what is found points at the line it came from."""
    out: list[Line] = []
    for line in lines:
        text = _EFTER_ADRESS.sub(r"\1\n", line.text.strip())  # 'maud.ericson@… Maud Ericson Strateg …'
        for part in (p for stycke in text.split("\n") for p in _segment().split(stycke)):
            named = _NAME_THEN_MORE.match(part)
            if named and is_person(named.group("namn")) and (
                _title_first().match(named.group("rest").split()[0]) or ORG_WORD.search(named.group("rest"))
                or re.match(r"[A-ZÅÄÖ][a-zåäö]+enheten\b", named.group("rest"))
            ):
                out += [replace(line, text=named.group("namn")), replace(line, text=named.group("rest"))]
            elif (titled := _TITLE_THEN_NAME.match(part)) and _job_title(titled.group("titel")) \
                    and is_person(titled.group("namn")):
                # 'Byggnadsinspektör Per Nilsson': the title line over the name, as a staff list sets it
                out += [replace(line, text=titled.group("titel")), replace(line, text=titled.group("namn"))]
            elif (org := _ORG_THEN_NAME.match(part)) and is_person(org.group("namn")):
                out += [replace(line, text=org.group("org")), replace(line, text=org.group("namn"))]
            elif part:
                out.append(replace(line, text=part))
    return out


def _find_handlaggare(lines: Sequence[Line]) -> tuple[Handlaggare, Line | None]:
    """Given lines, return the handläggare and the line naming them, reading each line as it stands."""
    texts = [line.text.strip() for line in lines]
    for index, text in enumerate(texts):
        label = _label(text)
        if label is None:
            continue
        rest, kind = label
        if not rest and kind != "rubrik" and index > 0 and is_person(texts[index - 1]):
            return _vald((_person_block(texts, index - 1, index + 1), lines[index - 1]), _LABEL)
        found = _name_under_label(texts, index, rest, heading=kind == "rubrik")
        if found is None and not rest and kind == "etikett":
            found = _person_lower_in_box(texts, index)
        if found is not None:
            return _vald((_contact_from_mentions(found[0], texts), lines[found[1]]), _LABEL)
    for finder, why in _fallbacks():
        hit = finder(lines)
        if hit is not None:
            return _vald(hit, why)
    return _vald(_signature_with_phone(lines), "underskrift nära slutet: ett namn före telefon eller titel")


_ETIKETT = re.compile(
    r"^(?:(?:handläggare(?:n|na)?|kontaktperson(?:er|en|erna)?|kontakt(?:uppgifter|info(?:rmation)?)?)"
    # (rest47: what the questions concern also after 'gällande', 'kring', 'angående', 'rörande':
    # 'Kontaktuppgifter för frågor gällande samrådet:' over the name,
    # prov45/fiskevardsteknik-alafors-kvarn-samrad; and the matter after 'för', 'Kontaktperson för samrådet:')
    r"(?:\s+(?:för|vid)\s+frågor(?:\s+(?:om|gällande|kring|angående|rörande|beträffande)\s+[^:]{0,60}?)?"
    r"(?=\s*:|\s*$|(?-i:\s+[A-ZÅÄÖ][a-zåäö]+\s+[A-ZÅÄÖ]))"
    r"|\s+(?:på|vid|hos|i|för)\s+[^:]{1,40}?(?=\s*:))?|frågor\b[^:]*?(?:besvaras|ställas|ställs)\s+(?:av|till)"
    r"(?:\s+handläggare)?|"
    r"upplysningar[^:]*?lämnas\s+av|ansvarig\s+handläggare|"
    # an anslag's field run onto its value without a colon ('Ansvarig Sandra Cornmark' / 'Kontakt')
    rf"(?P<anslag>ansvarig)(?=\s+(?-i:{_TWO_WORDS})(?:\s|$)))\s*:?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _kontaktrubrik() -> re.Pattern[str]:
    """Return the pattern of a contact block's heading without a verb ('För frågor:', 'Har du frågor?',
    modeller/kontakt.toml [kontaktrubrik]) at a line's start, before a colon, a question mark or the line's
    end."""
    monster = "|".join(f"(?:{m})" for m in kontakt_modell()["kontaktrubrik"]["monster"])
    return re.compile(rf"^(?:{monster})(?:\s*[:?]+|\s*$)\s*(?P<rest>.*)$", re.IGNORECASE)


def _label(text: str) -> tuple[str, str] | None:
    """Given a line, return what follows a contact label or heading on it and the label's kind ('etikett',
    'anslag', or 'rubrik' for a heading without a verb, 'För frågor:'), or None."""
    label, kind = _ETIKETT.match(text), "etikett"
    if label is None:
        label, kind = _kontaktrubrik().match(text), "rubrik"
    if not label or _about_the_website(text[: label.start("rest")]):
        return None  # ('Frågor om webbplatsen ställs till NN': the site's contact, not the matter's)
    rest = label.group("rest").strip().lstrip("| ").strip()  # 'Handläggare: | Robin Stenberg': two cells
    if kind == "etikett" and label.group("anslag"):  # the field's value is the name; the next may follow
        rest, kind = re.match(_TWO_WORDS, rest).group(0), "anslag"  # type: ignore[union-attr]  # (lookahead)
    if kind == "rubrik":  # 'Har du frågor? Kontakta Anna Berg, tfn …': the call to contact is not the name
        rest = _CALL_TO_CONTACT.sub("", rest)
    return re.sub(r"^(?:för\s+\w+\s+)?(?:är|:)\s+", "", rest), kind


# (rest47) the call to contact after a heading's question, before the name: 'Har du frågor? Kontakta NN, …'
_CALL_TO_CONTACT = re.compile(
    r"^(?:kontakta|ring(?:\s+till)?|maila|mejla|skriv\s+till|vänd\s+(?:dig|er)\s+till|hör\s+av\s+(?:dig|er)\s+till)"
    r"(?:\s+gärna)?\s*:?\s+",
    re.IGNORECASE,
)


def _name_under_label(
    texts: Sequence[str], index: int, rest: str, *, heading: bool
) -> tuple[Handlaggare, int] | None:
    """Given the index of a contact label's line and what follows the label on it, return the person the label
    names (after it, or on the next line, past a job title on a line of its own) and the index of their line.

    Under a heading without a verb (`heading`), a name is taken only when a common first name, a job title, a
    phone or the person's own e-mail vouches for it ('För frågor:' / 'Kommunens Kundcenter' names nobody)."""
    start = index if rest else index + 1
    if start >= len(texts):
        return None
    candidate = rest or texts[start]
    title = _title_line(candidate)
    if title and start + 1 < len(texts):
        # the title on a line of its own over the name ('Miljöchef' / 'Gunnar Rådberg', 'Utredare på X' / NN)
        start, candidate = start + 1, texts[start + 1]
    if _first_name_alone(candidate) and start + 1 < len(texts):
        # the name wrapped after the first name: 'Kontaktperson: Anna' / 'Karlsson, tel 0480-…'
        candidate = f"{candidate} {texts[start + 1]}"
    first = candidate.split()[0] if candidate.split() else ""
    # 'Projektutvecklare Petter Jonegård': the title before the name is no part of it
    titled = _titled_name(candidate) if _title_word().match(first) else None
    name = (titled or _person_name(candidate) or _titled_name(candidate) or _name_after_unit(candidate)
            or _after_titles(candidate) or _name_after_office(candidate))
    if not name:
        return None
    found = _person_block(texts, start, start + 1, name=name)
    if heading and not (title or titled or _first_name(name.split()[0]) or found.telefon or found.epost
                        or _title_after(candidate, texts[start + 1 : start + 2])):
        return None
    return found, start


BOX_LINES = 10  # how far under a bare 'Kontakt' label its box is read for the person at its end


def _person_lower_in_box(texts: Sequence[str], index: int) -> tuple[Handlaggare, int] | None:
    """Given the index of a bare contact label ('Kontakt') whose next line names no person, return the one
    person further down its box, a name over their job title ('Kontakt' / 'Planavdelningen' / 'Fysisk
    samhällsplanering - …' / 'Besöksadress' / … / 'Charlotte Bäckstrand' / 'Planarkitekt', kalla38,
    missiv/eskilstuna-nashulta-okna-samrad-2019), and the index of their line; None at a sentence, a second
    person or a box without one."""
    found = None
    for at in range(index + 1, min(len(texts) - 1, index + 1 + BOX_LINES)):
        text = texts[at]
        if re.search(r"[.!?]$", text) or _label(text) is not None:
            break  # the box ends at a sentence or the next label
        if is_person(text):
            if found is not None or not (_job_title(texts[at + 1]) or ROLE.match(texts[at + 1])):
                return None  # two people, or a name without a title under it
            found = at
    if found is None:
        return None
    return _person_block(texts, found, found + 2), found


def _title_line(text: str) -> bool:
    """Return True for a line that is a job title alone ('Miljöchef') or with its unit ('Utredare på
    miljöavdelningen', 'Miljöchef vid Exempel AB'): the line over a contact's name."""
    if _job_title(text):
        return True
    match = re.match(r"^(?P<titel>\S+)\s+(?:på|vid|hos|inom|i|för)\s+\S", text)
    return bool(match and _title_word().match(match.group("titel")) and not text.endswith(".")
                and len(text) <= 60 and not _person_name(text))


def _name_after_unit(text: str) -> str | None:
    """Given a contact line with the title and its unit before the name ('Miljöchef på Zinkgruvan Mining AB
    Gunnar Rådberg'), return the name: the last words, opening with a common first name."""
    match = re.match(
        rf"^(?P<titel>\S+)\s+(?:på|vid|hos|inom|i|för)\s+.+?\s+(?P<namn>{_TWO_WORDS})\s*(?:,.*)?$", text
    )
    if match and _title_word().match(match.group("titel")) and _first_name(match.group("namn").split()[0]):
        return match.group("namn")
    return None


# the office first, the person after a comma: 'miljö- och byggkontoret, Anna Berg, tfn …' (missiv35)
OFFICE_THEN_NAME = re.compile(
    r"^(?:[\wåäö]+-\s+och\s+)?[\wåäö-]*(?:kontoret|förvaltningen|enheten|avdelningen|sektionen)\s*,\s*(?P<rest>.+)$",
    re.IGNORECASE,
)


def _name_after_office(text: str) -> str | None:
    """Given a contact line that names the office before the person ('miljö- och byggkontoret, Anna Berg, tfn
    0932-141 88'), return the person's name after the comma, or None."""
    match = OFFICE_THEN_NAME.match(text)
    return _person_name(match.group("rest")) if match else None


def _after_titles(text: str) -> str | None:
    """Given a contact line with a title of more than one word before the name ('Ansvarig planarkitekt
    Anna Berg', 'Tf. miljöchef Per Holm', 'Kommunens planarkitekt Anna Berg'), return the name after it: the
    title word (modeller/kontakt.toml [titlar] led) with at most four words before it, each one of [titlar]
    fore, an organisation's genitive, or part of a title of two (missiv35: 'plan- och byggchef Per Holm',
    'projektledare och planarkitekt Per Holm'; two joined by a slash are one word, _title_word)."""
    words = text.split()
    fore = set(kontakt_modell()["titlar"]["fore"])

    def modifier(index: int) -> bool:
        word, previous = words[index], words[index - 1] if index else ""
        joined = word in ("och", "samt") and (previous.endswith("-") or _title_word().match(previous))
        return (word.lower() in fore or word.endswith(("s", "-")) or bool(joined)
                or _title_word().match(word.rstrip(",")) is not None)

    for index, word in enumerate(words[:5]):
        modifiers = all(modifier(before) for before in range(index))
        if modifiers and _title_word().match(word.rstrip(",")):
            name = _person_name(" ".join(words[index + 1 :]))
            if name:
                return name
    return None


def _title_after(text: str, below: Sequence[str]) -> bool:
    """Return True when a job title follows the name, after a comma or on the line below ('Anna Berg,
    planarkitekt', 'Anna Berg' / 'Planarkitekt')."""
    after = text.split(",", 1)[1].split()[:1] if "," in text else []
    heads = after + [b.split()[0].rstrip(",") for b in below if b.split()]
    return any(_title_word().match(w) for w in heads)


def _first_name_alone(text: str) -> bool:
    """Return True for a common first name alone ('Anna'): a name a line break cut after its first word."""
    return bool(re.fullmatch(r"[A-ZÅÄÖÉ][a-zåäöéü-]+", text.strip())) and _first_name(text.strip())


_LABEL = "namnet vid etiketten Handläggare, Kontaktperson eller 'Frågor besvaras av/ställs till'"


@lru_cache(maxsize=1)
def _title_word() -> re.Pattern[str]:
    """Return the pattern of a job title in one word, in any case ('Miljöchef', 'utredare', 'Kommunekolog'):
    a word ending in one of modeller/kontakt.toml [titlar] led; two titles joined by a slash are one
    ('projektledare/byggnadsinspektör', missiv35)."""
    title = rf"[a-zåäö-]*(?:{_title_end()})"
    return re.compile(rf"^(?i:{title}(?:/{title})*)$")


def _titled_name(text: str) -> str | None:
    """Given a contact line under a label, return the name after a title in it: 'Organisationsutredningen.
    Organisationsombudsman Claes Wennberg tel 070-…' (what the person answers for, the title, the name)."""
    for match in re.finditer(rf"(?<![\w-]){_WORD}\s+(?P<namn>{_WORD}(?:\s+{_WORD}){{1,2}})", text):
        title = match.group(0).split()[0]
        if _title_word().match(title):
            name = _person_name(match.group("namn"))
            if name:
                return name
    return None


def _fallbacks() -> tuple[tuple[Callable[[Sequence[Line]], tuple[Handlaggare, Line] | None], str], ...]:
    """Return where a handläggare is looked for when no label names one, in order, each with its reason."""
    return (
        (_contact_in_sentence, "personen i 'Frågor … ställs till NAMN' (eller som får kopia av svaret)"),
        (_first_name_at_address,
         "förnamnet ensamt före sin egen adress i meningen om frågor ('Ann-Christin på: ann-christin.x@…')"),
        (_contact_in_fact_box,
         "namnet vid faktarutans etikett ('Uppdragsledare: NAMN', modeller/kontakt.toml)"),
        (_person_answers_go_to, "personen vars egen adress svaren går till, namngiven i texten"),
        (_person_in_address_block, "personen i adressen svaren går till ('att: NAMN' ovanför postboxen)"),
        (_person_in_letterhead, "namnet vid enheten i brevhuvudet ('Enheten för teknik Stefan Nygård')"),
    )


def _vald(found: tuple[Handlaggare, Line | None], why: str) -> tuple[Handlaggare, Line | None]:
    """Given the handläggare found and why, report it to `tolka --forklara` and return it."""
    if found[1] is not None:
        forklara.kandidat("handlaggare", found[0].namn or "", why, found[1], vald=True)
    return found


def _person_in_address_block(lines: Sequence[Line]) -> tuple[Handlaggare, Line] | None:
    """Given lines, return the person in the postal address answers go to ('att: NAMN' above 'Box 1091').

    The name stands on its own line ('att: NAMN' or just NAMN) under the organisation, or last on the
    line after it (a block run into the sentence), within three lines above the post box or postcode.
    """
    texts = [line.text.strip() for line in lines]
    for index, text in enumerate(texts):
        attention = ATTENTION.match(text)
        name = attention.group("namn") if attention else None
        if name is None and index > 0 and _person_name(text) == text:
            name = text if ORG_WORD.search(texts[index - 1]) else None
        name = name or _addressee_run_in(text)
        if name is None and ATTENTION_AT_END.search(text) and index + 1 < len(texts):
            text = f"{text} {texts[index + 1]}"  # 'att:' last on a wrapped line, the name (or its rest) on
            # the next
        inline = ATTENTION_IN_ADDRESS.search(text) if name is None else None
        if inline and not ORG_WORD.search(inline.group("namn")):
            return _contact_from_mentions(Handlaggare(namn=inline.group("namn")), texts), lines[index]
        if name is None or ORG_WORD.search(name) or _answers_mark(name, texts):
            continue
        if any(POSTAL_LINE.match(t) for t in texts[index + 1 : index + 4]):
            return _contact_from_mentions(Handlaggare(namn=name), texts), lines[index]
    return None


QUOTES = "”\"“'‘’«»"
MARK_WITH = r"\bmärk\w*\s+(?:[\wåäö]+\s+){0,3}?med\s+"


def _answers_mark(name: str, texts: Sequence[str]) -> bool:
    """Return True when the text asks the answers to be marked with the name or writes it within quotation
    marks ('Märk yttrandet med ”Bothnia Offshore Omega”'): the project's mark on the address's line, no person
    (missiv42, prov40/njordr-bothnia-offshore-omega-samrad)."""
    joined = " ".join(texts)
    name = re.escape(name)
    quoted = rf"[{QUOTES}]\s*{name}\s*[{QUOTES}]"
    return re.search(rf"{quoted}|{MARK_WITH}[{QUOTES}]?{name}", joined, re.IGNORECASE) is not None


UNIT = re.compile(
    r"^(?:(?:Enheten|Avdelningen|Sektionen|Byrån|Staben|Kontoret)\s+för(?:\s+[a-zåäö-]+(?:\s+och)?){1,3}|"
    r"[A-ZÅÄÖ][a-zåäö]*(?:enheten|avdelningen|sektionen|byrån|staben|kontoret))\b"
)  # the sender's unit in the letterhead: 'Enheten för teknik', 'Rättsenheten'
LETTERHEAD_LINES = 12  # the letterhead stands in the first lines of the missiv


def _person_in_letterhead(lines: Sequence[Line]) -> tuple[Handlaggare, Line] | None:
    """Given lines, return the person the letterhead names with the sender's unit.

    'Enheten för teknik Stefan Nygård,' on one line, or 'Frida Nylén' on the line above or below
    'Rättsenheten': authorities put the handläggare under (or over) the unit in the sender's block.
    """
    texts = [line.text.strip() for line in lines[:LETTERHEAD_LINES]]
    for index, text in enumerate(texts):
        unit = UNIT.match(text)
        if unit is None:
            continue
        rest = text[unit.end() :].strip(" ,")
        name = _person_name(rest) if rest else None
        above = texts[index - 1] if index > 0 else ""
        if name and is_person(above) and _first_name(above.split()[0]):
            continue  # (missiv38) 'Carina Aronsson, projektledare' / 'Logopedbyrån Dynamica Stockholm': the
            # organisation line of a signature under the signer's name, no unit with its handläggare
        if name == rest.split(",")[0].strip() and name:
            return _contact_from_mentions(Handlaggare(namn=name), _texts(lines)), lines[index]
        if rest:
            continue
        for other in (index - 1, index + 1):
            if 0 <= other < len(texts) and _person_name(texts[other]) == texts[other].rstrip(","):
                found = Handlaggare(namn=texts[other].rstrip(","))
                return _contact_from_mentions(found, _texts(lines)), lines[other]
    return None


def _texts(lines: Sequence[Line]) -> list[str]:
    """Return the lines' stripped texts."""
    return [line.text.strip() for line in lines]


_WORD = r"[A-ZÅÄÖ][a-zåäöéüáíóúñàèç]+(?:-[A-ZÅÄÖ][a-zåäöéüáíóúñàèç]+)?"


def _name(surnames: str) -> str:
    """Return the pattern of a person's name (as 'namn'): initials, a first name and `surnames` more words."""
    return rf"(?P<namn>(?:[A-ZÅÄÖ]\.?\s+){{0,2}}{_WORD}(?:\s+{_WORD}){{{surnames}}})"


_NAME = _name("1,2")


# (missiv42) a first name alone right before the contact's own address, which spells it as its first part, in
# the sentence about questions: 'Har du frågor är du välkommen att skicka e-post eller ringa till:' over
# 'Ann-Christin på: ann-christin.abrahamsson@esem.se, telefon …'
# (prov40/sevab-strangnas-reningsverk-samrad-2018)
FIRST_NAME_AT_ADDRESS = re.compile(
    rf"(?<![\wåäö-])(?P<namn>{_WORD})\s*(?:(?:på|via)\s*:?|[:,])?\s*(?P<lokal>[\w-]+)[._][\w.-]*@"
)
QUESTIONS = re.compile(r"\bfrågor\b", re.IGNORECASE)
QUESTIONS_BEFORE = 200  # characters before the name that hold the sentence about questions


def _first_name_at_address(lines: Sequence[Line]) -> tuple[Handlaggare, Line] | None:
    """Given lines, return the contact for questions named by the first name alone before an address whose
    first part spells it ('Ann-Christin på: ann-christin.abrahamsson@…'), as the text writes the name, or
    None."""
    text = Text.of(lines)
    for match in FIRST_NAME_AT_ADDRESS.finditer(text.joined):
        name = match.group("namn")
        if name_spelled(name) != match.group("lokal").replace("-", "").lower():
            continue  # 'Kundtjänst: info@…': the address spells no word before it
        if not QUESTIONS.search(text.joined[max(0, match.start() - QUESTIONS_BEFORE) : match.start()]):
            continue
        tail = text.joined[match.end() : match.end() + 120]
        phone = PHONE_RE.search(tail)
        person = Handlaggare(namn=name, telefon=re.sub(r"\s+", " ", phone.group(0)) if phone else None)
        return _contact_from_mentions(person, _texts(lines)), text.line_at(match.start("namn"))
    return None

# a title of two words joined by 'och' whose first part is capitalised at a line's start ('Plan- och
# exploateringschef Ulrika Ljung', after 'kontakta:'), before the title's lower-case words
JOINED_TITLE = r"(?:[A-ZÅÄÖ][a-zåäö]+-\s+(?=och\s|eller\s))?"
# after an official's title ('planarkitekt Niklas Andersson vara på plats …'): one surname, no more
_NAME_ONE_SURNAME = _name("1")


# the address block run into the sentence that gives it, the name last after the organisation: '… skickas
# till: Ovanåkers kommun Kommunstyrelseförvaltningen Hanna Gäfvert' over '828 80 Edsbyn'
_ADDRESSEE_RUN_IN = re.compile(r"\btill:?\s+(?P<block>[A-ZÅÄÖ][^.!?:]*)$")


def _addressee_run_in(text: str) -> str | None:
    """Given a line, return the person that ends an address block run into the sentence after 'till'
    (an organisation before the name, a common first name first), or None."""
    match = _ADDRESSEE_RUN_IN.search(text)
    words = match.group("block").split() if match else []
    for size in (3, 2):  # 'Anna Maria Berg' whole
        name, org = " ".join(words[-size:]), " ".join(words[:-size])
        if len(words) > size and ORG_WORD.search(org) and _first_name(words[-size]) \
                and _person_name(name) == name:
            return name
    return None


CONTACT_SENTENCE = re.compile(
    # 'Eventuella frågor kan ställas till:' over the names: a colon may end the phrase
    # ('Har du frågor, maila Per Holm på …': the call to mail or ring a named person about questions)
    # (rest47: also 'För tilläggsuppgifter kontakta NN', Finland-Swedish)
    r"(?i:(?:frågor|upplysningar|information|tilläggsuppgifter|tilläggsinformation|veta\s+mer)[^.]{0,120}?(?:ställas\s+till|ställs\s+till|(?:skickas|riktas|mejlas|mailas)\s+till|kontakta\w*|maila|mejla|ring|besvaras\s+av|"
    # (a semicolon typed for the colon: 'För upplysningar kontakta; Tony Johansson, Byggnadsinspektör')
    r"lämnas\s+av|vänd\w*\s+(?:dig|er)\s+till|hänvisas\s+till)\s*[:;]?\s+(?:i\s+första\s+hand\s+)?)"
    # (missiv35: a title of two, 'planarkitekt/projektledare Per Holm', 'plan- och byggchef Per Holm')
    + JOINED_TITLE + r"(?:(?:[a-zåäö/-]+\s+){0,3}?)" + _NAME
)
COPY_TO_PERSON = re.compile(
    r"(?i:(?:registrator|diarium|registratur)\w*\s*(?:\([^()]{0,60}\)\s*)?"
    r"(?:samt|och)\s+(?:till\s+)?)" + _NAME
)
# the person the answers also go to: 'Svaren bör lämnas … per e-post … till Johan Matz (johan.matz@gov.se)'
ANSWER_TO_PERSON = re.compile(
    r"(?i:(?:svar\w*|yttrande\w*|synpunkter\w*)\b[^.]{0,120}?\b(?:lämnas|skickas|sändas|sänds|mejlas)\b[^.]{0,80}?"
    r"\btill\s+(?:handläggare\s+)?)" + _NAME + r"(?=\s*[(<,]|\s+\S+@)"
    r"|(?i:\bmed\s+kopia\s+till\s+|\banmälan\b[^.]{0,60}?\bgörs\s+till\s+)" + _NAME.replace("namn", "kopia")
    + r"(?=\s*[(<]|\s+\S+@)"
)
# the person named alone as where the views go, no address after: 'Synpunkter skickas till Johan Bladh och
# svaret ska vara Havs- och Vattenmyndigheten tillhanda den 30 november' (a member organisation's page)
# (missiv25: 'respons' too, 'Respons lämnas till Per Ek senast …')
# (missiv41: also the verb first, the reader's own errand, with the deadline between: 'Det går bra att lämna
# synpunkter fram till 2020-03-10 till Stefan Engberg, eller tel.nr: …', prov39/hargshamn-ny-kaj-samrad-2020;
# and a comma after the name, his title or phone following)
ANSWER_TO_NAMED = re.compile(
    r"(?i:(?:(?:synpunkter(?:na)?|svar(?:en)?|yttranden?|inspel|respons(?:en)?)\s+"
    r"(?:skickas|lämnas|mejlas|mailas|sänds)"
    r"|(?:lämna|skicka|sända|mejla|maila)\s+(?:in\s+)?(?:[a-zåäö]+\s+){0,2}?"
    r"(?:synpunkter(?:na)?|svar(?:et|en)?|yttranden?|yttrandet|inspel|respons)\b[^.@]{0,60}?)"
    r"\s+till\s+)"
    + _NAME
    + r"(?=\s+(?:och|senast|före)\b|\s*[.;,])"
)
# the person the answers go through: 'Synpunkter ska inkomma skriftligen till renhållningsavdelningen via Emma
# Gustafsson senast 25 oktober'
VIA_PERSON = re.compile(
    r"(?i:(?:svar\w*|yttrande\w*|synpunkter)\b[^.]{0,120}?\bvia\s+)" + _NAME
    + r"(?=\s+senast|\s*[(<,.]|\s+\S+@)"
)
# the official who takes the views in person, title and name before the errand: 'kommer planarkitekt Niklas
# Andersson vara på plats på Eköns camping 8-11 juli för att ställa ut förslaget, samt ta emot era tankar och
# idéer om planen' (the person the views go to, as README's facit has it)
RECEIVES_VIEWS = re.compile(
    r"(?i:\b[a-zåäö-]*(?:arkitekt|planerare|handläggare|strateg|ingenjör|samordnare|chef)\s+)"
    + _NAME_ONE_SURNAME
    + r"(?=[^.]{0,160}?\bta\s+emot\s+(?:era|dina|allmänhetens)\s+"
    r"(?:synpunkter|tankar|frågor|idéer|åsikter)\b)"
)
# (missiv27) the official who answers the questions, named first: 'Planarkitekt Nils Ek svarar gärna på
# frågor, tel. …', 'Nils Ek, planarkitekt, svarar på frågor om planen på telefon …'
ANSWERS_QUESTIONS = re.compile(
    r"(?:(?i:\b[a-zåäö-]*(?:arkitekt|planerare|handläggare|strateg|ingenjör|samordnare|chef)\s+))?"
    + _NAME_ONE_SURNAME
    + r"(?=(?:,\s*[a-zåäö-]+,)?\s+(?:som\s+)?svarar\s+(?:gärna\s+)?på\s+"
    r"(?:dina\s+|era\s+|eventuella\s+)?frågor\b)"
)
# (rest47) the official who gives more details, named first (Finland-Swedish): 'Planläggare Anna Berg ger
# tilläggsuppgifter, tfn …', 'Anna Berg ger vid behov närmare upplysningar'
GIVES_DETAILS = re.compile(
    r"(?:(?i:\b[a-zåäö-]*(?:läggare|arkitekt|planerare|handläggare|strateg|ingenjör|samordnare|chef|inspektör|"
    r"sekreterare|rådgivare)\s+))?"
    + _NAME_ONE_SURNAME
    + r"(?=(?:,\s*[a-zåäö-]+,)?\s+(?:ger|lämnar)\s+(?:gärna\s+|vid\s+behov\s+)?(?:tilläggsuppgifter|"
    r"tilläggsinformation|(?:närmare|ytterligare|mer|mera)\s+(?:uppgifter|upplysningar|information))\b)"
)
# the attention line of the address block answers go to: 'att: Georgia Larsson'
# ('att. Klara Brännström' under 'Sweco Sverige AB', with its stop)
# (missiv41: also 'c/o Evelina Steen' under the company, prov39/sveasolar-gullakra-solpark-samrad)
ATTENTION = re.compile(r"^(?i:att|attn|attention|c/o)\.?\s*:?\s+" + _NAME + r"\s*$")
POSTAL_LINE = re.compile(r"^(?:Box\s+\d+|\d{3}\s?\d{2}\s+[A-ZÅÄÖ])")
# (kalla34) the attention run into a one-line postal address, between the organisation and the post box:
# 'Västra Götalandsregionen, Koncernkontoret, …, att: Georgia Larsson, Box 1091, 405 23 Göteborg'; also
# opening the line the address wraps onto after the organisation (layout39: '…, avdelningen för
# kollektivtrafik och infrastruktur,' / 'att: Georgia Larsson, Box 1091, 405 23 Göteborg')
# (missiv41: also 'c/o' in the one-line address, a street before the postcode: 'Svea Solar AB, c/o Evelina
# Steen, Sankt Eriksgatan 117, 113 43 Stockholm')
STREET = r"(?:[A-ZÅÄÖ][\wåäö-]*(?:\s+[A-ZÅÄÖa-zåäö][\wåäö-]*){0,2}\s+\d{1,4}\s?[A-Za-z]?\s*,\s*)?"
ATTENTION_IN_ADDRESS = re.compile(
    r"(?:^|,)\s*(?:(?i:att|attn|attention)[.:]|(?i:c/o))\s*" + _NAME
    + r"\s*,\s*(?=" + STREET + r"(?:Box\s+\d+|\d{3}\s?\d{2}\s+[A-ZÅÄÖ]))"
)
# the same attention wrapped after its colon, the name opening the next line ('…, att:' / 'Georgia Larsson,
# Box 1091, …'), or inside the name (layout39: '…, att: Georgia' / 'Larsson, Box 1091, …')
ATTENTION_AT_END = re.compile(r",\s*(?i:att|attn|attention)[.:](?:\s*[A-ZÅÄÖ][\w-]*){0,2}$")


def _contact_in_sentence(lines: Sequence[Line]) -> tuple[Handlaggare, Line] | None:
    """Given lines, return the person named in 'Frågor … kan ställas till NAMN' (or copied on the reply)."""
    text = Text.of(lines)
    texts = [line.text.strip() for line in lines]
    needs_first_name = (ANSWER_TO_NAMED, contact_phrase(fornamn=True), ANSWERS_QUESTIONS, GIVES_DETAILS)
    for pattern in (CONTACT_SENTENCE, contact_phrase(), _contact_is(), COPY_TO_PERSON, ANSWER_TO_PERSON,
                    VIA_PERSON, ANSWER_TO_NAMED, contact_phrase(fornamn=True), RECEIVES_VIEWS,
                    ANSWERS_QUESTIONS, GIVES_DETAILS, contact_phrase_gemen()):
        for match in pattern.finditer(text.joined):
            name = (match.group("namn") or match.groupdict().get("kopia") or "").strip()
            where = match.start("namn") if match.group("namn") else match.start("kopia")
            name = _within_line(text, where, name)
            end = match.end()
            words = name.split()
            if len(words) == 3 and words[2] == words[0]:
                name = " ".join(words[:2])  # 'Peter Wretman Peter Wretman': a picture caption beside the name
            elif len(words) == 3 and _title_first().match(words[0]):
                name = " ".join(words[1:])  # 'Plantekniker Gunilla Heinrud': the title before the name
            elif len(words) == 3 and _title_word().match(words[2]):
                name = " ".join(words[:2])  # 'Lynn Joel Översiktsplanerare': the title on the line below
            if name and _kommun_service(name.split()[0]):
                # 'ställas till: Kontakt Simrishamn 0414-81 90 00. Planarkitekt David Tufvesson, …': the
                # kommun's contact service first, the official by their title after it
                after = text.joined[match.end() : match.end() + 160]
                titled = _titled_name(after)
                if titled is None:
                    continue
                name, where = titled, match.end() + after.find(titled)
                end = where + len(name)
            if not name or ORG_WORD.search(name) or name.split()[0].lower() in {"vid", "för", "om"}:
                continue
            if _about_the_website(text.joined[match.start() : where]):
                continue  # 'Upplysningar om hemsidan besvaras av NN': the site's contact, not the matter's
            if _about_a_meeting(text.joined, match.start()):
                continue  # 'Om du vill delta … hör av dig till NN': who takes a meeting's sign-ups (rest44)
            if pattern in needs_first_name and not _first_name(name.split()[0]) \
                    and not _address_vouches(text.joined[end : end + 80], name) \
                    and not _own_address_in_text(name, text.joined):
                continue  # 'Synpunkter skickas till Miljö Förvaltningen.': no person
            if pattern is contact_phrase_gemen() and not _lower_first_name(name.split()[0]):
                continue  # 'handläggs av planavdelningen Varberg': no person
            tail = text.joined[end : end + 120]
            phone = PHONE_RE.search(tail)
            person = Handlaggare(namn=name, telefon=re.sub(r"\s+", " ", phone.group(0)) if phone else None)
            return _contact_from_mentions(person, texts), text.line_at(where)
    return None


@lru_cache(maxsize=1)
def _contact_is() -> re.Pattern[str]:
    """Return the pattern of 'Kontaktpersoner i ärendet är Martin Carlsson (tfn …' in running text (a letter
    read as one line); also where the person works and what for ('Kontaktperson på Länsstyrelsen är …',
    'Kontaktperson för samrådet är …') and with the job title before the name ('Handläggare för ärendet är
    planarkitekt Anna Berg', modeller/kontakt.toml [titlar]), kontakt30."""
    return re.compile(
        r"(?i:\b(?:kontaktperson(?:er|en|erna)?|(?:ansvarig\s+)?handläggare(?:n)?)(?:\s+(?:i|för|på|vid|hos)\s+"
        r"(?:detta\s+|denna\s+)?[\wåäöÅÄÖ-]+(?:\s+[\wåäöÅÄÖ-]+)?)?\s+är\s+"
        # (missiv35: a title of two, 'plan- och bygglovsarkitekt', 'projektledare/planarkitekt')
        rf"(?:(?:[a-zåäö]+-\s+och\s+)?[a-zåäö-]*(?:{_title_end()})(?:en|n)?"
        rf"(?:/[a-zåäö-]*(?:{_title_end()}))?\s+)?)" + _NAME
    )


@lru_cache(maxsize=1)
def _website_topic() -> re.Pattern[str]:
    """Return the pattern of questions about the web site itself ('Upplysningar om hemsidan', modeller/
    kontakt.toml [webbplatsens_fragor])."""
    words = kontakt_modell()["webbplatsens_fragor"]["ord"]
    return re.compile(rf"\b(?:om|kring|angående|gällande|på)\s+(?:{fraser(words)})\b", re.IGNORECASE)


def _about_the_website(phrase: str) -> bool:
    """Given a contact phrase before a name ('Upplysningar om hemsidan besvaras av'), return True when the
    questions it sends to the person are about the web site, not the remiss (modeller/kontakt.toml
    [webbplatsens_fragor])."""
    return _website_topic().search(phrase) is not None


MEETING_SENTENCE = 200  # a sentence's characters before its contact phrase, at most (a line may break it)


@lru_cache(maxsize=1)
def _meeting_words() -> re.Pattern[str]:
    """Return the pattern of a sentence that asks to take part in a meeting (modeller/kontakt.toml
    [motesdeltagande])."""
    return re.compile(rf"\b(?:{fraser(kontakt_modell()['motesdeltagande']['ord'])})\b", re.IGNORECASE)


def _about_a_meeting(joined: str, start: int) -> bool:
    """Given a text and where a contact phrase starts in it, return True when its sentence, up to the phrase,
    asks the reader to take part in a meeting ('Om du vill delta men inte fått inbjudan så hör av dig
    till …'): the person takes the sign-ups, not the remiss."""
    opening = max([start - MEETING_SENTENCE] + [joined.rfind(mark, 0, start) for mark in (". ", "! ", "? ")])
    return _meeting_words().search(joined[max(0, opening) : start]) is not None


# a person's postal address or mailbox right after the name (', Skogsvägen 2, 290 40 Kyrkhult', ': anna@')
_STREET_AFTER = re.compile(r"^\s*,\s*[A-ZÅÄÖ][\wåäö-]+\s+\d{1,4}[A-Za-z]?\s*,\s*\d{3}\s?\d{2}\s+[A-ZÅÄÖ]")
_MAIL_AFTER = re.compile(r"^\s*[:,]?\s*(?P<lokal>[\w.-]+)@")
# the letters a mail address writes for å, ä, ö, é and ü (a name as a local part or a domain spells it)
ASCII_FOLD = str.maketrans("åäöéü", "aaoeu")


def _address_vouches(tail: str, name: str) -> bool:
    """Return True when the address right after a name vouches for a person whose first name the list lacks: a
    street with its number and a postcode (', Skogsvägen 2, 290 40 Kyrkhult'), or a mailbox that spells the
    name ('Tuula Rusanen: tuularusanen@…', 'tuula.rusanen@…')."""
    if _STREET_AFTER.match(tail):
        return True
    mail = _MAIL_AFTER.match(tail)
    if mail is None:
        return False
    local = re.sub(r"[._-]", "", mail.group("lokal").lower())
    return local == name_spelled(name)


# a person's own mailbox, first and last name with a dot, a hyphen or an underscore between
# ('Laura.Mansikka@')
OWN_MAILBOX = re.compile(
    r"(?<![\w.-])(?P<lokal>[A-Za-zåäöéüÅÄÖÉÜ]+(?:-[A-Za-zåäöéü]+)?[._][A-Za-zåäöéüÅÄÖÉÜ-]+)@[\w-]+\."
)


def _own_address_in_text(name: str, joined: str) -> bool:
    """Return True when the text gives the person's own mailbox anywhere, first and last name spelled with a
    separator ('Vänligen kontakta Laura Mansikka om …' and further down 'e-post: Laura.Mansikka@…',
    samrad44, prov42/billerud-karlsborg-bioslam-samrad): it vouches for a person whose first name the list
    lacks."""
    spelled = name_spelled(name)
    return any(re.sub(r"[._-]", "", m.group("lokal").lower()).translate(ASCII_FOLD) == spelled
               for m in OWN_MAILBOX.finditer(joined))


def name_spelled(name: str) -> str:
    """Given a person's name, return it as a mailbox spells it written together: lower case, no space or
    hyphen, å ä ö é ü as a a o e u ('Tuula Rusanen' → 'tuularusanen')."""
    return re.sub(r"[\s-]", "", name.lower()).translate(ASCII_FOLD)


def _kommun_service(word: str) -> bool:
    """Return True for the word a kommun's contact service is named with ('Kontakt Simrishamn',
    'Kontaktcenter', modeller/kontakt.toml [allmanna_adresser] lokal): no person's first name."""
    return word.lower().translate(_AAO) in _service_words() and not _first_name(word)


_AAO = str.maketrans("åäö", "aao")  # a word as an address's local part writes it


@lru_cache(maxsize=1)
def _service_words() -> frozenset[str]:
    """Return the local parts of a kommun's general addresses that name a service (not 'kommun', 'info')."""
    return frozenset(kontakt_modell()["allmanna_adresser"]["lokal"]) - {"kommun", "kommunen", "info"}


def _first_name(word: str) -> bool:
    """Return True for a common Swedish first name (modeller/fornamn.txt)."""
    from remiss.extract.avsandare import first_names

    return word in first_names()


@lru_cache(maxsize=1)
def _webbverktyg() -> frozenset[str]:
    """Return the words of a web page's buttons and tools, never part of a name (modeller/kontakt.toml)."""
    return frozenset(kontakt_modell()["webbverktyg"]["ord"])


@lru_cache(maxsize=1)
def kontakt_modell() -> dict[str, Any]:
    """Return modeller/kontakt.toml: the phrases before a contact's name and the fact-box labels."""
    return modell_toml("kontakt.toml")


@lru_cache(maxsize=2)
def contact_phrase(fornamn: bool = False) -> re.Pattern[str]:
    """Return the pattern of a contact phrase of modeller/kontakt.toml ('välkommen att kontakta:') before a
    name, with a job title between them ('… kontakta: Plantekniker Gunilla Heinrud'); with `fornamn`, the
    phrases whose name must open with a common first name ('Maila enklast era svar till Siv Holma')."""
    phrases = "|".join(f"(?:{fras['monster']})" for fras in kontakt_modell()["fras"]
                       if fras.get("fornamn", False) == fornamn)
    return re.compile(rf"(?i:(?:{phrases}))\s*:?\s*" + JOINED_TITLE + r"(?:[a-zåäö-]+\s+)?" + _NAME)


@lru_cache(maxsize=1)
def contact_phrase_gemen() -> re.Pattern[str]:
    """Return the pattern of a contact phrase of modeller/kontakt.toml before a name whose first name the page
    writes in lower case ('Detaljplanen handläggs av love Gartman.'): a short word, then a capitalised surname
    that ends the clause (`_lower_first_name` checks the word)."""
    phrases = "|".join(f"(?:{fras['monster']})" for fras in kontakt_modell()["fras"])
    return re.compile(rf"(?i:(?:{phrases}))\s*:?\s*"
                      r"(?P<namn>[a-zåäöé]{2,12}\s+[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?)"
                      r"(?=\s*[.,;(]|\s+(?i:tel|tfn|telefon|e-post|på|via)\b|\s*$)")


# a lower-case word that is no first name: a definite noun ('planavdelningen'), a job title ('planarkitekt'),
# a pronoun or a little word
NOT_LOWER_FIRST_NAME = re.compile(
    r"^(?:[a-zåäö]*(?:en|et|na|are|ör|chef|arkitekt|ingenjör|handläggare|strateg|ansvarig|ledare)|"
    r"och|eller|oss|dig|er|mig|dem|din|ditt|dina|vår|vårt|våra|sin|sitt|sina|kommunens|den|det|de)$"
)


def _lower_first_name(word: str) -> bool:
    """Return True for a first name written in lower case ('love'): a known first name, or a short word that
    is no noun's definite form, no title and no little word."""
    return _first_name(word.capitalize()) or not NOT_LOWER_FIRST_NAME.match(word)


@lru_cache(maxsize=1)
def _fact_box_label() -> re.Pattern[str]:
    """Return the pattern of a fact box's contact label ('Uppdragsledare: Joel Thölix')."""
    words = sorted((o for e in kontakt_modell()["etikett"] for o in e["ord"]), key=len, reverse=True)
    return re.compile(r"^(?i:" + "|".join(re.escape(o) for o in words) + r")\s*:\s*(?P<rest>\S.*)$")


@lru_cache(maxsize=1)
def _fact_box_label_alone() -> re.Pattern[str]:
    """Return the pattern of a fact box's contact label alone ('Planhandläggare', 'Ansvarig planarkitekt')."""
    words = sorted((o for e in kontakt_modell()["etikett"] for o in e["ord"]), key=len, reverse=True)
    return re.compile(r"(?i:" + fraser(words) + r")")


def _contact_in_fact_box(lines: Sequence[Line]) -> tuple[Handlaggare, Line] | None:
    """Given lines, return the person a fact box names under a label of modeller/kontakt.toml."""
    texts = _texts(lines)
    for index, text in enumerate(texts):
        alone = _fact_box_label_alone().fullmatch(text.rstrip(": "))
        if (text.endswith(":") or alone) and index + 1 < len(texts):
            # the label ends the line, its value opens the next; or the label stands alone on its line over
            # the name ('Planhandläggare' / 'Anna Berg', a fact box without colons)
            text = f"{text.rstrip(': ')}: {texts[index + 1]}"
        match = _fact_box_label().match(text)
        # the box's next label run onto the line ('Uppdragsledare: Joel Thölix Yta: Cirka 2,5 hektar')
        name = _person_name(re.split(r"\s+[A-ZÅÄÖ][\w-]*:\s", match.group("rest"))[0]) if match else None
        if name:
            return _contact_from_mentions(Handlaggare(namn=name), texts), lines[index]
    return None


# the answers sent to a person's own address: 'Du kan också lämna synpunkter via e-post till
# peter.molin@lycksele.se', 'Maila dina förslag, dina inspel och tankar till john.johansson@orebro.se',
# 'Synpunkter lämnas till: lisa.lindberg@wsp.com eller …'; the receiver's role before the address ('Skicka
# dina synpunkter till HYS sekreterare mats.svensson@tyrens.se', 'till vår ordförande …')
# (missiv25: also a mail offered to a person's own address after the sentence that asks, 'Du gör det enklast
# med ett mail till: fredrik.olofsson@yahoo.se', and 'respons' as the answer, 'Respons lämnas till …'; para25:
# the proposals and ideas asked for, 'Har du idéer … Enklast är att mejla till: sara.holm@…')
ANSWER_TO_ADDRESS = re.compile(
    r"(?i:\b(?:synpunkter|svar|yttrande|inspel|åsikter|respons|förslag|idéer)\b[^.!?]{0,120}?"
    r"\b(?:till|maila|mejla)\s*:?\s+|"
    r"\b(?:mail|mejl|maila|mejla|e-brev)\s+till\s*:?\s+)"
    r"(?:(?:(?-i:[A-ZÅÄÖ]{2,6})s?\s+|(?i:vår|föreningens|styrelsens|klubbens)\s+)?"
    r"(?i:[a-zåäö]*(?:sekreterare|ordförande|kassör|handläggare|ansvarig))\s+)?"
    r"(?P<lokal>[a-zåäöé]+[._][a-zåäöé]+)@[\w-]+(?:\.[\w-]+)+"
)
# the answers sent to the address given above: 'Om du vill lämna skriftliga synpunkter, lämnas dessa senast
# den 1 november 2010 på samma adress.' (the one personal address the text gives: 'Staffan.roos@…')
SAME_ADDRESS = re.compile(
    r"(?i:\b(?:synpunkter|svar|yttrande\w*)\b[^.!?]{0,120}?\b(?:på|till)\s+samma\s+adress)"
)
PERSONAL_ADDRESS = re.compile(r"(?P<lokal>[A-Za-zåäöéÅÄÖ]+[._][A-Za-zåäöéÅÄÖ]+)@[\w-]+(?:\.[\w-]+)+")


def _person_answers_go_to(lines: Sequence[Line]) -> tuple[Handlaggare, Line] | None:
    """Given lines, return the person whose own address ('förnamn.efternamn@') the answers go to, when the
    text names them ('via brev till Peter Molin', a signature 'John Johansson')."""
    text = Text.of(lines)
    texts = _texts(lines)
    locals_ = [m.group("lokal") for m in ANSWER_TO_ADDRESS.finditer(text.joined)]
    if not locals_ and SAME_ADDRESS.search(text.joined):
        personal = {m.group("lokal").lower() for m in PERSONAL_ADDRESS.finditer(text.joined)}
        locals_ = sorted(personal) if len(personal) == 1 else []
    for local in locals_:
        parts = re.split(r"[._]", local.lower())
        if len(parts[0]) > LONGEST_FIRST_NAME:
            continue  # 'energiintelligent.dalarna@': a network's box, no person's
        for named in re.finditer(_NAME, text.joined):
            words = named.group("namn").split()
            if ORG_WORD.search(named.group("namn")):
                continue  # 'via mejl till region.vasternorrland@rvn.se': the region's box, no person's
            if [w.lower().translate(ASCII_FOLD) for w in words] == parts:
                person = Handlaggare(namn=named.group("namn"))
                return _contact_from_mentions(person, texts), text.line_at(named.start())
    return None


def _within_line(text: Text, where: int, name: str) -> str:
    """Given a name found in the joined text, return the part on its own line when that part is a whole
    name ('Vid frågor kontakta' / 'Anna Andersson' / 'Planarkitekt': the title below is no name)."""
    line = text.line_at(where)
    end = text.starts[text.lines.index(line)] + len(line.text.strip().replace(" | ", " "))
    own = text.joined[where:end].strip()
    if text.joined.count(name) > 1:
        return name  # the whole name stands elsewhere too ('Gastón Fernández Palma' in the letterhead)
    return own if len(own) < len(name) and len(own.split()) >= 2 and name.startswith(own) else name


def _contact_from_mentions(person: Handlaggare, texts: Sequence[str]) -> Handlaggare:
    """Given a handläggare lacking phone or e-mail, return it completed from other lines that name them."""
    if person.telefon and person.epost or not person.namn:
        return person
    for index, text in enumerate(texts):
        if person.namn not in text:
            continue
        window = texts[index : index + 2]
        phone = next((m.group(0) for t in window for m in [PHONE_RE.search(t)] if m), None)
        email = _personal_email([e for t in window for e in EMAIL.findall(t)], person.namn)
        person = Handlaggare(
            namn=person.namn,
            telefon=person.telefon or (re.sub(r"\s+", " ", phone) if phone else None),
            epost=person.epost or email,
        )
    return person


def _signature_with_phone(lines: Sequence[Line]) -> tuple[Handlaggare, Line | None]:
    """Given lines, return an unlabelled signature near the end: a name before a phone or a job title.

    Between the name and the phone may stand its other contact lines ('E-post', the address,
    'Mobil'); of several such blocks in a row (three names, each with a phone) the first is taken.
    """
    texts = [line.text.strip() for line in lines]
    for index in range(len(texts) - 1, max(0, len(texts) - 40), -1):
        if PHONE_RE.fullmatch(texts[index]) or ROLE.match(texts[index]):
            back = _name_above(texts, index)
            if back is not None:
                if _staff_directory(texts, back):
                    return Handlaggare(), None  # a unit's staff list on a web page, no one for the matter
                while (earlier := _earlier_block(texts, back)) is not None:
                    back = earlier
                found = _person_block(texts, back, index + 1)
                if not (found.telefon or found.epost) and (back > 0 and _on_behalf(texts[back - 1])
                                                           or _head_of_organisation(texts[index])):
                    continue  # 'På uppdrag av förbundsstyrelsen' / NN / 'organisationssekreterare': a signer
                return found, lines[back]
    return Handlaggare(), None


def _on_behalf(text: str) -> bool:
    """Return True for the line over a signature that signs for a board or an authority ('På uppdrag av
    förbundsstyrelsen', 'Å tjänstens vägnar'): modeller/kontakt.toml [uppdragsunderskrift]."""
    phrases = kontakt_modell()["uppdragsunderskrift"]["fraser"]
    return text.strip().lower().startswith(tuple(phrases))


def _head_of_organisation(text: str) -> bool:
    """Return True for the title line under a signature of the one who leads the organisation
    ('generalsekreterare', 'förbundsordförande', 'kommundirektör'): modeller/kontakt.toml
    [uppdragsunderskrift] ledare."""
    words = kontakt_modell()["uppdragsunderskrift"]["ledare"]
    return re.fullmatch(rf"(?i:[a-zåäö-]*(?:{fraser(words)}))[.,]?", text.strip()) is not None


CONTACT_DETAIL = re.compile(
    r"^(?:(?:e-post|epost|mejl|mail|tel\.?|telefon|mobil|direkt)\s*:?\s*)+$", re.IGNORECASE
)


def _detail(text: str) -> bool:
    """Return True for a contact line under a name: a phone, an e-mail, a role or a label ('Mobil')."""
    return bool(
        PHONE_RE.fullmatch(text) or EMAIL.fullmatch(text) or ROLE.match(text) or CONTACT_DETAIL.match(text)
    )


def _name_above(texts: Sequence[str], index: int) -> int | None:
    """Given the index of a phone or role line, return the index of the name over its contact lines."""
    other = 0  # one line that is no contact line may stand between: the job title ('Regionutvecklare')
    for back in range(index - 1, max(-1, index - 6), -1):
        if is_person(texts[back]):
            return back
        if not _detail(texts[back]):
            other += 1
            if other > 1 or len(texts[back]) > 40 or texts[back].endswith("."):
                return None
    return None


# a contact block headed by the person's job title ('Miljöinspektör' / 'Jörgen Sikström' / 'Telefon: …'):
# of these, STAFF_BLOCKS in a row under each other's contact lines are a unit's staff directory on a web
# page (nya25, missiv/dorotea-domherren-plansamrad: 'Miljö- och byggchef' / NN / telefon / e-post,
# 'Byggnadsinspektör' / NN / …), not the handläggare of the matter the page is about
STAFF_BLOCKS = 3


def _staff_directory(texts: Sequence[str], name_index: int) -> bool:
    """Return True when the contact block at `name_index` is one of STAFF_BLOCKS or more in a row, each headed
    by a job title line right over the name and standing right under the contact lines of the one above."""
    count, index = 1, name_index
    while index >= 2 and _job_title(texts[index - 1]) and _contact_line(texts[index - 2]):
        above = _name_above_title(texts, index - 1)
        if above is None:
            break
        count, index = count + 1, above
    index = name_index
    while True:
        below = _next_titled_block(texts, index)
        if below is None:
            break
        count, index = count + 1, below
    return count >= STAFF_BLOCKS


def is_job_title(text: str) -> bool:
    """Return True for a line that is a job title alone ('Verksamhetsledare', 'Ordförande')."""
    return _job_title(text)


def _job_title(text: str) -> bool:
    """Return True for a line that is a job title alone ('Byggnadsinspektör', 'Miljö- och byggchef')."""
    return len(text) <= 40 and not text.endswith(".") and bool(
        ROLE.fullmatch(text) or _title_first().fullmatch(text)
        or re.fullmatch(r"[A-ZÅÄÖ][a-zåäö-]*(?:\s+och\s+[a-zåäö-]+)?"
                        r"(?:chef|inspektör|handläggare|ingenjör|arkitekt)", text))


def _contact_line(text: str) -> bool:
    """Return True for a phone or e-mail line of a contact block, also labelled ('Telefon: 0942 - 141 62')."""
    if _detail(text) and (PHONE_RE.search(text) or EMAIL.search(text)) or CONTACT_DETAIL.match(text):
        return True  # (the label alone where a contact block's line was cut: 'Telefon:' / '0942 - 141 62')
    label = re.match(r"(?:tel(?:efon)?|mobil|direkt|e-post|epost|mejl)\.?\s*:?\s*", text, re.IGNORECASE)
    rest = text[label.end():] if label else ""
    return bool(rest and (PHONE_RE.fullmatch(rest) or EMAIL.fullmatch(rest)))


def _name_above_title(texts: Sequence[str], title_index: int) -> int | None:
    """Given the index of a job title line under another block's contact lines, return that block's name."""
    for back in range(title_index - 1, max(-1, title_index - 5), -1):
        if is_person(texts[back]):
            return back if back > 0 and _job_title(texts[back - 1]) else None
        if not _contact_line(texts[back]):
            return None
    return None


def _next_titled_block(texts: Sequence[str], name_index: int) -> int | None:
    """Given a titled contact block's name line, return the name line of the titled block right under it."""
    index = name_index + 1
    while index < len(texts) and _contact_line(texts[index]):
        index += 1
    if index == name_index + 1 or index + 1 >= len(texts):
        return None
    return index + 1 if _job_title(texts[index]) and is_person(texts[index + 1]) else None


def _earlier_block(texts: Sequence[str], name_index: int) -> int | None:
    """Given a contact block's name line, return the name line of the block right above it, if any."""
    above = texts[name_index - 1] if name_index > 0 else ""
    if not _detail(above) or not (PHONE_RE.search(above) or EMAIL.search(above)):
        return None
    return _name_above(texts, name_index)


def is_person(text: str) -> bool:
    """Return True for a line holding a person's name (2–4 capitalised words, maybe a comma)."""
    return _person_name(text) is not None


@lru_cache(maxsize=1)
def _title_end() -> str:
    """Return the alternation of the endings of a job title (modeller/kontakt.toml [titlar] led), longest
    first."""
    led = sorted(kontakt_modell()["titlar"]["led"], key=len, reverse=True)
    return "|".join(re.escape(ord_) for ord_ in led)


@lru_cache(maxsize=1)
def _title_first() -> re.Pattern[str]:
    """Return the pattern of a capitalised job title in one word, before or after a name ('Miljöchef',
    'Utredare', 'Planarkitekt'; modeller/kontakt.toml [titlar])."""
    return re.compile(rf"^(?=[A-ZÅÄÖ])(?i:[a-zåäö-]*(?:{_title_end()}))$")


# a file's kind as a link to it writes it after the document's name ('Plankarta Pdf, 2.2 MB.'): no name's word
FILE_KINDS = frozenset({"pdf", "docx", "doc", "xlsx", "xls", "pptx", "odt", "rtf"})


def _person_name(text: str) -> str | None:
    """Given a line, return the person's name it starts with, or None."""
    head = re.split(r",|\s[–-]\s|\s+tel|\s+telefon|\s+e-post", text, maxsplit=1, flags=re.IGNORECASE)[
        0
    ].strip()
    head = re.sub(r"(?<=[a-zåäöéü]{2})\.$", "", head)  # 'Kontaktperson: Anna Berg.' (missiv35): a full stop
    words = head.split()
    half = len(words) // 2
    if len(words) in (4, 6) and words[:half] == words[half:]:
        words = words[:half]  # 'Peter Wretman Peter Wretman': a picture caption beside the name
        head = " ".join(words)
    if len(words) == 2 and _head_of_organisation(words[0]):
        return None  # 'Ordförande Utgivarna': the leader's title and the organisation under a name (missiv31)
    if words and _title_first().match(words[0]):
        if len(words) < 3:
            return None  # 'Strateg Infrastruktur': a job title and its field, no name
        words = words[1:]  # 'Projektutvecklare Petter Jonegård': the job title before the name
        head = " ".join(words)
    # (also a title of two words joined by 'och' after the name, 'Maria Andersson Plan- och bygglovschef' in a
    # contact block run together: no name ends in a hyphen)
    # (or an official's title in one capitalised word after it, 'Marie Bengtzon Planarkitekt Telefon: …')
    role = next((k for k in range(2, len(words)) if ROLE.match(words[k]) or _title_first().match(words[k])
                 or words[k].endswith("-") and words[k + 1 : k + 2] in (["och"], ["eller"])), None)
    if role is not None:
        words = words[:role]  # 'Maud Ericson Strateg Infrastruktur': the name before the job title
        head = " ".join(words)
    if not 2 <= len(words) <= 4 or any(w.lower() in _webbverktyg() for w in words):
        return None  # 'Dela Lyssna': a web page's buttons (modeller/kontakt.toml [webbverktyg])
    if any(w.lower() in FILE_KINDS for w in words):
        return None  # (kalla36) 'Dagvattenföroreningar Pdf, 198.6 kB.': a link to a file, its kind after it
    if all(
        w[:1].isupper() and re.fullmatch(r"[A-ZÅÄÖÉa-zåäöéüÜáíóúñàèç-]+", w) for w in words
    ) and not ORG_WORD.search(head):
        return head
    return None


def _person_block(
    texts: Sequence[str], name_index: int, after: int, *, name: str | None = None
) -> Handlaggare:
    """Given the index of a name line, return the Handlaggare with phone and e-mail from its block."""
    name = name or _person_name(texts[name_index])
    phone: str | None = None
    emails: list[str] = []
    for index in range(name_index, min(len(texts), after + 5)):
        text = texts[index]
        if index > name_index and (len(text) > 70 or text.endswith(".") and not EMAIL.search(text)):
            break
        if index >= after and is_person(text) and index > name_index + 1:
            break  # the next person's block
        found = PHONE_RE.search(text)
        if found and phone is None:
            phone = re.sub(r"\s+", " ", found.group(0)).strip()
        emails.extend(EMAIL.findall(text))
    return Handlaggare(namn=name, telefon=phone, epost=_personal_email(emails, name or ""))


def _personal_email(emails: Sequence[str], name: str) -> str | None:
    """Given e-mail addresses near a name, return the one that belongs to the person, if any."""
    parts = [p.lower() for p in re.split(r"[\s-]+", name) if len(p) > 1]
    for email in emails:
        local = email.split("@")[0].lower()
        if any(p[:4] in local for p in parts):
            return email.lower().rstrip(".")
    return None
