"""Extraction: the fields of a missiv, each with provenance, in small named steps.

Every step is a pure function over our own Line objects; `extract_remiss` assembles them and
adds a warning wherever the document contradicts itself.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from remiss.dates import DATE_RE, find_dates, parse_match
from remiss.domain import Del, Handlaggare, Kalla, Krav, Line, Remiss
from remiss.instanser import EMAIL, find_instanser
from remiss.split import HEADER_DATUM, TITLE_MISSIV

# Diarienummer forms: KS 2022-00304, FOFN 2023-00200, 2022-1430, S2023/01234, Fi2022/03456-1,
# 451-12345-2023, KS 2023/145, Dnr 2.3.4-1234/2023.
DNR_PATTERN = (
    r"(?:[A-ZÅÄÖ]{1,3}[a-zåäö]{0,2}\s?\d{4}/\d{2,6}(?:-\d{1,3})?)"  # S2023/01234, Fi2022/03456, KS 2023/145
    r"|(?:\d{3}-\d{2,7}-\d{4})"  # 451-12345-2023 (länsstyrelse)
    r"|(?:(?:[A-ZÅÄÖ]{2,6}[\s-])?(?:19|20)\d{2}-\d{2,6})"  # KS 2022-00304, 2022-1430, SLK-2024-00317
    r"|(?:(?:[A-ZÅÄÖ]{2,6}\s)?(?:19|20)\d{2}/\d{1,6})"  # 2024/12
    r"|(?:[A-ZÅÄÖ]{2,6}\s\d{1,5}/(?:19|20)?\d{2})"  # KS 145/2023
    r"|(?:\d{1,2}(?:\.\d{1,2}){1,3}-\d{2,7}/(?:19|20)\d{2})"  # 3.4-12345/2024 (statliga myndigheter)
)
DNR_RE = re.compile(
    rf"(?<![\w/-])(?P<dnr>{DNR_PATTERN})(?P<klass>\s*\d{{1,2}}(?:\.\d{{1,3}}){{2,4}})?(?![\w/]|-\d)"
)
DNR_LABEL = re.compile(
    r"\b(?:dnr|diarienummer|diarienr|vårt\s+dnr|vår\s+beteckning|beteckning|"
    r"ärendenummer)\b\.?:?",
    re.IGNORECASE,
)
ANGE_DNR = re.compile(
    r"(?:ange|uppge|märk|märks|ska märkas|skall märkas|hänvisa till|skriv|uppge)\b[^.]{0,40}?"
    r"(?:diarienummer|dnr|diarienr|beteckning|ärendenummer|\bmed)\s*:?\s*(?P<rest>.{0,60})",
    re.IGNORECASE,
)
INSTANS_LABEL = re.compile(r"^(?:instans|avsändare|från)\b\s*:?\s*(?P<value>.*)$", re.IGNORECASE)
KOMMIT_IN = re.compile(
    r"(?:kommit|komma|inkommit|vara)\s+in\s+till\s+(?P<org>[A-ZÅÄÖ][^,.]{2,80}?)\s+"
    r"(?:senast|före|innan|\d)",
    re.IGNORECASE,
)
DEADLINE = re.compile(
    r"(?:senast|sista\s+svarsdat(?:um|ag)|svarsdatum|sista\s+dag\s+(?:för\s+(?:att\s+)?svar|att\s+svara|för\s+yttrande)"
    r"[^.]{0,30}?|svar(?:et|en)?\s+(?:ska|skall|bör)\s+[^.]{0,60}?(?:senast|före|tillhanda)|"
    r"remisstid(?:en)?\s+(?:löper\s+ut|går\s+ut|pågår\s+till)|tillhanda\s+senast|besvaras\s+senast|"
    r"yttrande\s+(?:önskas|ska\s+lämnas)\s+senast|"
    r"(?:synpunkter|svar\w*|yttrande\w*|remissvar\w*)\b[^.]{0,80}?(?:till\s+och\s+med|t\.\s?o\.\s?m\.|före))"
    r"\s*:?\s*(?:är\s+)?"
    r"(?:(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?\s+)?(?:den\s+)*"
    r"(?=\*{0,2}\s*\d)",
    re.IGNORECASE,
)
SEND_TO = re.compile(
    r"(?:skicka\w*|lämnas|sänds|mejlas|mailas|e-postas|inkomma|inges|ges\s+in|till\s+e-post|"
    r"e-post\s+till|per\s+e-post|via\s+e-post|elektronisk\s+form|adress)",
    re.IGNORECASE,
)
KOPIA = re.compile(r"(?:med\s+)?kopia\s+(?:till|på)\s*:?\s*", re.IGNORECASE)
PHONE_RE = re.compile(
    r"(?<![\d-])(?:\+46\s?\(?0?\)?\s?|0)\d{1,3}\s?[-–]?\s?\d{2,3}(?:\s?\d{2,3}){1,3}(?![\d-])"
)
FORMAT_RE = re.compile(r"\b(word|pdf|docx|odt|rtf|tillgänglighetsanpassad)", re.IGNORECASE)
ROLE = re.compile(
    r"^(?:handläggare|departementssekreterare|kansliråd|departementsråd|rättssakkunnig|"
    r"ämnesråd|utredare|jurist|sekreterare|samordnare|strateg|planerare|enhetschef|"
    r"avdelningschef|förvaltningschef|kommunsekreterare|nämndsekreterare|utvecklingsledare|"
    r"[a-zåäö]*(?:handläggare|sekreterare|strateg|jurist|chef))\b",
    re.IGNORECASE,
)
TITLE_PREFIX = re.compile(
    r"^(?:missiv\s+(?:till|för|gällande)\s+remiss(?:en)?\s*(?:av|om|över|:)?\s*|"
    r"remiss(?:missiv)?\s*[:–—-]\s*|remiss\s+(?:av|över|gällande|angående|om|rörande)\s+|"
    r"begäran\s+om\s+(?:yttrande|synpunkter)\s+(?:över|angående|gällande|om|på|rörande)\s+|"
    r"samrådsremiss\s*[:–—-]?\s*)"
    r"(?:(?:departements)?promemorian|betänkandet|rapporten|slutbetänkandet|delbetänkandet)?\s*",
    re.IGNORECASE,
)
STOP_TITLE = re.compile(
    r"^(?:remissinstanser|sändlista|datum|dnr|bakgrund|ärendet|inledning|remisstid|"
    r"obligatoriska|valfria)\b",
    re.IGNORECASE,
)
MAX_DEADLINE_YEARS = 2


@dataclass(frozen=True)
class Found:
    """A field value and the line it came from."""

    value: str
    line: Line


@dataclass(frozen=True)
class Text:
    """The lines of a part joined by spaces, with each line's start offset for provenance."""

    joined: str
    starts: tuple[int, ...]
    lines: tuple[Line, ...]

    @classmethod
    def of(cls, lines: Sequence[Line]) -> Text:
        """Given lines, return them joined, hyphenated line ends rejoined."""
        parts: list[str] = []
        starts: list[int] = []
        offset = 0
        for line in lines:
            text = line.text.strip().replace(" | ", " ")
            starts.append(offset)
            parts.append(text)
            offset += len(text) + 1
        return cls(joined=" ".join(parts), starts=tuple(starts), lines=tuple(lines))

    def line_at(self, offset: int) -> Line:
        """Given an offset into joined, return the line it falls in."""
        index = 0
        for i, start in enumerate(self.starts):
            if start > offset:
                break
            index = i
        return self.lines[index]


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
        return found.value

    datum_found = find_datum(lines)
    datum = keep("datum", datum_found)
    dnr_header, dnr_text = find_diarienummer_header(lines), find_diarienummer_text(text)
    dnr_found = dnr_text or dnr_header
    diarienummer, klassificering = None, None
    if dnr_found:
        diarienummer, klassificering = split_klassificering(dnr_found.value)
        keep("diarienummer", dnr_found)
        if dnr_header and dnr_text:
            header_dnr = split_klassificering(dnr_header.value)
            klassificering = klassificering or header_dnr[1]
            if _dnr_key(header_dnr[0]) != _dnr_key(diarienummer):
                varningar.append(
                    f"Diarienumret i sidhuvudet ({header_dnr[0]}) skiljer sig från det i texten "
                    f"({diarienummer}); texten används. Kontrollera med avsändaren."
                )
    default_year = date.fromisoformat(datum).year if datum else None
    svarsdatum_found, more = find_svarsdatum(text, default_year=default_year)
    svarsdatum = keep("svarsdatum", svarsdatum_found)
    varningar.extend(more)
    varningar.extend(date_warnings(datum, svarsdatum))
    avsandare = keep("avsandare", find_avsandare(lines, text, kommun=kommun))
    titel = keep("titel", find_titel(lines))
    instanser, list_line = find_instanser(lines)
    svarsadress_found, kopia = find_svarsadress(text, [r.epost for r in instanser if r.epost])
    svarsadress = keep("svarsadress", svarsadress_found)
    if list_line is not None:
        kallor["remissinstanser"] = Kalla(sida=list_line.page, text=list_line.text.strip(), ocr=list_line.ocr)
    handlaggare, handl_line = find_handlaggare(lines)
    if handl_line is not None:
        kallor["handlaggare"] = Kalla(sida=handl_line.page, text=handl_line.text.strip(), ocr=handl_line.ocr)
    krav = find_krav(text, diarienummer)
    if not (svarsdatum or instanser) or not (titel or diarienummer or instanser):
        return None
    for name, value in (
        ("svarsdatum", svarsdatum),
        ("diarienummer", diarienummer),
        ("avsandare", avsandare),
        ("svarsadress", svarsadress),
    ):
        if value is None:
            varningar.append(f"Hittade inget {name_sv(name)} i missivet: fyll i det för hand.")
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


def name_sv(field_name: str) -> str:
    """Given a field name, return it as Swedish words for messages."""
    return {
        "svarsdatum": "svarsdatum",
        "diarienummer": "diarienummer",
        "avsandare": "avsändare",
        "svarsadress": "svarsadress (e-post)",
    }.get(field_name, field_name)


# --- diarienummer ---------------------------------------------------------------------------------


def find_diarienummer_header(lines: Sequence[Line]) -> Found | None:
    """Given lines, return the diarienummer after a 'Dnr' label (same or next line)."""
    for index, line in enumerate(lines[:250]):
        label = DNR_LABEL.search(line.text)
        if not label:
            continue
        if re.search(r"\b(?:ange|uppge|hänvisa|märk)\w*\b", line.text[: label.start()], re.IGNORECASE):
            continue
        for candidate, source in (
            (line.text[label.end() :], line),
            (lines[index + 1].text if index + 1 < len(lines) else "", None),
        ):
            match = DNR_RE.search(candidate)
            if match and match.start() < 12:
                value = match.group("dnr") + (match.group("klass") or "")
                return Found(_fix_glued_klass(value), source or lines[index + 1])
    for line in lines[:15]:
        alone = DNR_RE.fullmatch(line.text.strip())
        if alone and not re.fullmatch(r"(?:19|20)\d{2}-\d{2}", alone.group("dnr")):
            return Found(_fix_glued_klass(line.text.strip()), line)
    return None


def find_diarienummer_text(text: Text) -> Found | None:
    """Given the joined text, return the diarienummer the missiv asks to be quoted ('Ange diarienummer …')."""
    for match in ANGE_DNR.finditer(text.joined):
        dnr = DNR_RE.search(match.group("rest"))
        if dnr and dnr.start() < 8:
            value = dnr.group("dnr") + (dnr.group("klass") or "")
            return Found(_fix_glued_klass(value), text.line_at(match.start("rest") + dnr.start()))
    return None


def _fix_glued_klass(value: str) -> str:
    """Given 'FOFN 2023-002002.3.1.0' (dnr glued to its code), return 'FOFN 2023-00200 2.3.1.0'."""
    glued = re.match(r"^(.*\d{4}-)(\d{5})(\d{1,2}(?:\.\d{1,3}){2,4})$", value)
    if glued:
        return f"{glued.group(1)}{glued.group(2)} {glued.group(3)}"
    return value


def split_klassificering(value: str) -> tuple[str, str | None]:
    """Given 'KS 2022-00304 1.1.1.1', return ('KS 2022-00304', '1.1.1.1')."""
    value = re.sub(r"\s+", " ", value.strip())
    match = re.match(r"^(?P<dnr>.+?)\s+(?P<klass>\d{1,2}(?:\.\d{1,3}){2,4})$", value)
    if match:
        return match.group("dnr"), match.group("klass")
    return value, None


def _dnr_key(value: str) -> str:
    """Return a diarienummer without spaces, case and leading zeros in its parts, for comparing."""
    return re.sub(r"(?<=[-/])0+(?=\d)", "", re.sub(r"\s+", "", value.lower()))


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
                    return Found(found[0].value.isoformat(), candidate)
    for line in lines[:12]:
        found = [d for d in find_dates(line.text) if d.year_given]
        text = line.text.strip()
        if found and len(text) < 60 and not text.endswith(".") and not DEADLINE.search(text):
            return Found(found[0].value.isoformat(), line)
    return None


def find_svarsdatum(text: Text, *, default_year: int | None) -> tuple[Found | None, list[str]]:
    """Given the joined text, return the deadline and warnings when several deadlines disagree."""
    found: list[Found] = []
    for match in DEADLINE.finditer(text.joined):
        tail = text.joined[match.end() : match.end() + 40].lstrip("* ")
        date_match = DATE_RE.match(tail)
        if not date_match:
            continue
        parsed = parse_match(date_match, default_year=default_year)
        if parsed is None:
            continue
        found.append(Found(parsed.value.isoformat(), text.line_at(match.start())))
    if not found:
        return None, []
    values = sorted({f.value for f in found})
    warnings = []
    if len(values) > 1:
        warnings.append(f"Missivet nämner flera svarsdatum ({', '.join(values)}); det första används.")
    return found[0], warnings


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


# --- avsändare, titel ------------------------------------------------------------------------------


def find_avsandare(lines: Sequence[Line], text: Text, *, kommun: str | None = None) -> Found | None:
    """Given lines, return the sender: the 'Instans' header, else the organisation in the letterhead.

    Under the own kommun's letterhead ('Borås Stad' / 'Kommunstyrelsen') the nämnd is the sender.
    """
    found = _find_avsandare(lines, text)
    if found and found.value == "Regeringskansliet":
        index = lines.index(found.line)
        for line in lines[index + 1 : index + 4]:
            department = re.search(r"\b[A-ZÅÄÖ][\wåäö-]*(?:\s+och\s+[\wåäö]+)?departementet\b", line.text)
            if department:
                return Found(department.group(0), line)
    if found and kommun and found.value.lower() == kommun.lower():
        index = lines.index(found.line)
        for line in lines[index + 1 : index + 3]:
            name = clean_org(line.text)
            if re.search(r"(?:nämnden|styrelsen|fullmäktige|revisionen)$", name, re.IGNORECASE):
                return Found(normal_case(name), line)
    return found


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
        if value and not DNR_RE.match(value):
            return Found(normal_case(value), source)
    before_header = _organisation_before_header(lines)
    if before_header:
        return Found(_full_name(normal_case(before_header.value), lines, text), before_header.line)
    on_top = _organisation_on_top(lines)
    if on_top:
        on_top = Found(_full_name(on_top.value, lines, text), on_top.line)
    match = KOMMIT_IN.search(text.joined)
    if match:
        receiver = match.group("org").strip()
        if on_top is None or receiver.lower() not in on_top.value.lower():
            return Found(_full_name(receiver, lines, text), text.line_at(match.start("org")))
    return on_top


def _full_name(name: str, lines: Sequence[Line], text: Text) -> str:
    """Given a short sender name from a logo ('Länsstyrelsen'), return its full form if the text has it."""
    index = next((i for i, line in enumerate(lines) if line.text.strip() == name), None)
    if index is not None:
        after = [line.text for line in lines[index + 1 : index + 3] if not line.text.strip().isupper()]
        county = _lansstyrelse(name, after[0]) if after else None
        if county:
            return county
        second = clean_org(after[0]) if after else ""
        if re.search(r"(?:kommunalförbund|förbund|stiftelse)$", second) and len(second.split()) <= 3:
            return f"{name} {second}"  # a two-line logo: 'Boråsregionen' / 'Sjuhärads kommunalförbund'
    longer = re.search(
        re.escape(name) + r"\s+i\s+(?:[A-ZÅÄÖ][\wåäö]+\s+){1,3}(?:län|kommun|region)\b", text.joined
    )
    return longer.group(0) if longer else name


def _organisation_before_header(lines: Sequence[Line]) -> Found | None:
    """Given lines, return the top-most organisation in the short lines just above a 'Datum' header line."""
    for index, line in enumerate(lines[:200]):
        if index and HEADER_DATUM.match(line.text.strip()) and len(line.text) < 40:
            found = None
            for back in lines[max(0, index - 4) : index][::-1]:
                text = back.text.strip()
                if ORG_WORD.search(text) and len(text) < 60 and not text.endswith("."):
                    found = Found(clean_org(text), back)
                elif found or not (_is_person(text) or EMAIL.search(text) or PHONE_RE.search(text)):
                    break
            if found:
                return found
    return None


ORG_WORD = re.compile(
    r"(?:departementet|nämnden|styrelsen|förvaltningen|kansliet|länsstyrelsen|kommun|"
    r"region|myndigheten|verket|inspektionen|kommunstyrelsen|förbund|\bAB\b|\bstad\b)",
    re.IGNORECASE,
)


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


def _organisation_on_top(lines: Sequence[Line]) -> Found | None:
    """Given lines, return the first organisation-like short line near the top."""
    for line in lines[:15]:
        text = line.text.strip()
        if TITLE_MISSIV.match(text) or re.match(r"^\w*\s*remissinstanser", text, re.IGNORECASE):
            break  # what follows is the title and the list, not the sender
        if ORG_WORD.search(text) and len(text) < 60 and not text.endswith("."):
            return Found(normal_case(clean_org(text)), line)
    return None


def clean_org(name: str) -> str:
    """Given an organisation line of a letterhead, return it without a trailing date, dnr or page marker."""
    name = re.split(r"\s+(?:datum|dnr|diarienummer|ärendenummer|sida)\b", name, flags=re.IGNORECASE)[0]
    return re.sub(r"[\s|]*\d{4}-\d{2}-\d{2}$", "", name).strip(" |,")


def normal_case(name: str) -> str:
    """Given a name in capitals ('SAMHÄLLSBYGGNADSNÄMNDEN'), return it in ordinary case."""
    if not name.isupper() or len(name) < 5:
        return name
    words = name.lower().split()
    keep_upper = {"ab", "ks", "skr", "eu"}
    return (
        " ".join(w.upper() if w in keep_upper else w for w in words)[:1].upper()
        + " ".join(w.upper() if w in keep_upper else w for w in words)[1:]
    )


def find_titel(lines: Sequence[Line]) -> Found | None:
    """Given lines, return the remiss title without its 'Remiss:' prefix, joined when wrapped."""
    for index, line in enumerate(lines[:80]):
        text = line.text.strip()
        if not TITLE_MISSIV.match(text):
            continue
        title = TITLE_PREFIX.sub("", text).strip()
        for follow in lines[index + 1 : index + 3]:
            nxt = follow.text.strip()
            if not nxt or STOP_TITLE.match(nxt) or len(title) < 25 or len(nxt) > 70:
                break
            if (
                nxt[:1].islower()
                or title.endswith(("-", "för", "och", "av", "om", "i", "till", "med", "mot"))
                or len(nxt) < 20
                and re.match(r"^[\d(]", nxt)
            ):
                title = (title + ("" if title.endswith("-") else " ") + nxt).strip()
            else:
                break
        title = title.strip(" .:")
        if title:
            return Found(title, line)
    return None


# --- svarsadress, handläggare, krav ----------------------------------------------------------------


ANSWER = re.compile(r"svar|yttrande|synpunkter|remissvar", re.IGNORECASE)


def find_svarsadress(text: Text, listed: Sequence[str] = ()) -> tuple[Found | None, list[str]]:
    """Given the joined text and the listed instansers' addresses, return reply and copy addresses."""
    joined = text.joined
    kopia: list[str] = []
    for match in KOPIA.finditer(joined):
        kopia.extend(
            e.lower().rstrip(".") for e in EMAIL.findall(joined[match.end() : match.end() + 120])[:2]
        )
    for match in EMAIL.finditer(joined):
        before = joined[max(0, match.start() - 160) : match.start()]
        address = match.group(0).lower().rstrip(".")
        if address in kopia:
            continue
        sentence = re.split(r"[.!?]\s", before)[-1]
        sent_here = re.search(r"(?:skickas|lämnas|sänds|skicka\w*|mejlas)\s+(?:\w+\s+){0,3}till\s*$", before)
        if address in listed and not sent_here:
            continue
        if (
            SEND_TO.search(before) or re.search(r"\btill\s*$", before) and ANSWER.search(sentence)
        ) and not re.search(r"(?:frågor|kontakta|upplysningar)[^.]*$", before, re.IGNORECASE):
            return Found(address, text.line_at(match.start())), kopia
    for match in EMAIL.finditer(joined):
        address = match.group(0).lower().rstrip(".")
        if (
            re.search(r"diarium|registrator|remissvar|registratur|kansli", address)
            and address not in kopia
            and address not in listed
        ):
            return Found(address, text.line_at(match.start())), kopia
    return None, kopia


def find_handlaggare(lines: Sequence[Line]) -> tuple[Handlaggare, Line | None]:
    """Given lines, return the handläggare (name, phone, e-mail) and the line naming them."""
    texts = [line.text.strip() for line in lines]
    for index, text in enumerate(texts):
        label = re.match(
            r"^(?:handläggare|kontaktperson|kontakt|frågor\b[^:]*?(?:besvaras|ställas|ställs)\s+(?:av|till)"
            r"(?:\s+handläggare)?|"
            r"upplysningar[^:]*?lämnas\s+av|ansvarig\s+handläggare)\s*:?\s*(?P<rest>.*)$",
            text,
            re.IGNORECASE,
        )
        if not label:
            continue
        rest = re.sub(r"^(?:för\s+\w+\s+)?(?:är|:)\s+", "", label.group("rest").strip())
        if not rest and index > 0 and _is_person(texts[index - 1]):
            return _person_block(texts, index - 1, index + 1), lines[index - 1]
        start = index if rest else index + 1
        if start < len(texts):
            candidate = rest or texts[start]
            name = _person_name(candidate)
            if name:
                found = _person_block(texts, start, start + 1, name=name)
                return _contact_from_mentions(found, texts), lines[start]
    return _signature_with_phone(lines)


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
    """Given lines, return an unlabelled signature near the end: a name before a phone or a job title."""
    texts = [line.text.strip() for line in lines]
    for index in range(len(texts) - 1, max(0, len(texts) - 40), -1):
        if PHONE_RE.fullmatch(texts[index]) or ROLE.match(texts[index]):
            for back in (index - 1, index - 2):
                if back >= 0 and _is_person(texts[back]):
                    return _person_block(texts, back, index + 1), lines[back]
    return Handlaggare(), None


def _is_person(text: str) -> bool:
    """Return True for a line holding a person's name (2–4 capitalised words, maybe a comma)."""
    return _person_name(text) is not None


def _person_name(text: str) -> str | None:
    """Given a line, return the person's name it starts with, or None."""
    head = re.split(r",|\s[–-]\s|\s+tel|\s+telefon|\s+e-post", text, maxsplit=1, flags=re.IGNORECASE)[
        0
    ].strip()
    words = head.split()
    if not 2 <= len(words) <= 4:
        return None
    if all(
        w[:1].isupper() and re.fullmatch(r"[A-ZÅÄÖÉa-zåäöéüÜ-]+", w) for w in words
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
        if index >= after and _is_person(text) and index > name_index + 1:
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


def find_krav(text: Text, diarienummer: str | None) -> Krav:
    """Given the joined text, return what the missiv demands of the answer."""
    joined = text.joined.lower()
    amnesrad = None
    subject = re.search(r"[^.]*ämnesrad[^.]*", joined)
    if subject and diarienummer:
        named = re.search(r"namn|remissinstans|nämnd|organisation", subject.group(0))
        amnesrad = f"{diarienummer} {{remissinstans}}" if named else diarienummer
    formats: list[str] = []
    plain = re.sub(r"\b(t\.\s?ex|bl\.\s?a|m\.\s?m|s\.\s?k|dvs|jfr)\.", "", joined)
    for match in re.finditer(r"(?:version|format|form|fil)[^.]{0,160}", plain):
        for fmt in FORMAT_RE.findall(match.group(0)):
            value = {"word": "docx", "tillgänglighetsanpassad": "pdf"}.get(fmt.lower(), fmt.lower())
            if value not in formats:
                formats.append(value)
    return Krav(
        sammanfattning="sammanfattning" in joined,
        stallningstagande="ställningstagande" in joined,
        amnesrad=amnesrad,
        filformat=tuple(formats),
    )


def title_from_headings(headings: Sequence[str]) -> str | None:
    """Given the bold or large lines of a missiv's first page, return the one that is its title."""
    for heading in headings:
        text = heading.strip()
        if len(text.split()) < 2 or len(text) > 150 or STOP_TITLE.match(text) or HEADER_DATUM.match(text):
            continue
        if re.match(r"^(?:missiv|remiss|sida|instans|dnr)\b\s*\S{0,8}$", text, re.IGNORECASE) or EMAIL.search(
            text
        ):
            continue
        if ORG_WORD.search(text) and len(text.split()) <= 4:
            continue  # the sender's name in the letterhead
        return TITLE_PREFIX.sub("", text).strip(" .:") or None
    return None
