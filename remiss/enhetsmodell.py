"""The sender's unit, learned: given the organisation found as the sender ('Lessebo kommun'), which of the
units the text names (a nämnd, styrelse, förvaltning, kontor, utskott, sektor …) the truth names with it
('Lessebo kommun, Kommunstyrelsen'), or none.

Each unit the text names is a candidate (never an enhet or avdelning under the nämnd or förvaltning, korpus
README Facit), described by where and how the text names it (in the reply sentence, over a postal address, in
the opening lines, on the line under the organisation, with the organisation before it, as the one that
decides, in a signature, in a mailbox, near a contact, how often, in which order, the kind of word); a
logistic regression trained on the corpus by `tests/korpus/trana_enhetsmodell.py` (the study:
`tests/korpus/studie_enhetsmodell.py`) scores them. The weights and the threshold are data
(modeller/enhetsmodell.json) read here in plain Python.

Built into `tolka` as a filling only (`fyll`): where the rules named the organisation alone ('Lessebo
kommun'), the model's best unit is added when its probability reaches the threshold. Left out one held-out
set at a time, on the sets' first runs (the rules on senders never seen) that made 43 → 50 of 90 senders
right (threshold from 0.4) and none wrong; on the informed folders, where the rules were fitted, it makes
1 right sender wrong (4 of 426 with each folder left out; the korpus README, 'Samma studie för avsändarens
enhet').
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from remiss.domain import Line
from remiss.extract.avsandare import definite
from remiss.modelldata import fraser

if TYPE_CHECKING:
    from remiss.extract.text import Found, Text

MODELLFIL = "enhetsmodell.json"
# an organisation that has nämnder and förvaltningar: a kommun, a stad, a region, a landsting, a förbund
ORG = re.compile(r"(?:\b(?:kommun|[Ss]tad|landsting|landstinget|förbund)"
                 r"|^Region\s+[A-ZÅÄÖ][\wåäö-]+(?:\s+län)?"
                 r"|regionen)$")

HEADS = ("nämnd", "styrelse", "förvaltning", "kontor", "utskott", "enhet", "sektor", "avdelning",
         "fullmäktige")
# a state's, a county's or another kind's board is no kommun's unit
NOT_UNIT = re.compile(r"^(?:läns|social|skogs|riks|jordbruks|sjöfarts|transport|förbunds|bolags|föreningens)"
                      r"(?:styrelse|verk|nämnd)", re.IGNORECASE)
_HEAD = r"(?:nämnd|styrelse|förvaltning|kontor|utskott|enhet|sektor|avdelning|fullmäktige)(?:en|et|n)?"
# a compound unit word with what may stand before it: 'Miljö- och samhällsbyggnadsförvaltningen', 'Tekniska
# kontoret', 'Kommunstyrelsens planutskott', 'Nämnden för kultur och fritid'
UNIT_MENTION = re.compile(
    r"(?<![\wåäöÅÄÖ@.-])(?P<unit>"
    r"(?:Nämnden|Styrelsen|Förvaltningen|nämnden|styrelsen|förvaltningen)\s+för\s+[a-zåäö-]+(?:\s+(?:och|för)\s+[a-zåäö-]+)?"
    r"|[A-ZÅÄÖ][\wåäö-]*(?:nämndens|styrelsens)\s+[a-zåäö-]*(?:utskott|kontor)(?:et)?"
    r"|[A-ZÅÄÖa-zåäö][a-zåäö]+a\s+(?:nämnden|förvaltningen|kontoret|utskottet|enheten|avdelningen)"
    rf"|(?:[\wåäöÅÄÖ]+-?\s+och\s+)?[\wåäöÅÄÖ-]*{_HEAD})(?![\wåäö-])"
)
SECTOR = r"[A-ZÅÄÖ][a-zåäö]{4,}(?:ning|ling|nad)"
# an area's name in the genitive right before a capitalised unit, an adjective before it or not: 'Västra
# Gästriklands ' before 'Samhällsbyggnadsförvaltning' (searched up to the unit's start)
SHARED_OWNER = re.compile(r"(?<![\wåäöÅÄÖ-])(?:[A-ZÅÄÖ][a-zåäö]+a\s+)?[A-ZÅÄÖ][a-zåäö]+s\s+$")
POSTCODE = re.compile(r"^[,\s]*(?:[A-ZÅÄÖ][\wåäö]+(?:\s+[\wåäö]+)?\s+\d+\s?[A-Za-z]?[,\s]+|Box\s+\d+[,\s]+)?"
                      r"\d{3}\s?\d{2}\s+[A-ZÅÄÖ]")
REPLY = re.compile(r"\b(?:synpunkter\w*|yttranden?|yttrandet|svaret|svaren|remissvar\w*|åsikter|invändningar|"
                   r"skriftligen|skickas|lämnas|sänds)\b", re.IGNORECASE)
DECIDES = re.compile(r"\b(?:beslut\w*|remitterar|har\s+godkänt|godkände|bjuder\s+in|skickar\s+ut|"
                     r"ställer\s+ut|antog|antagit|uppdrag\w*)\b", re.IGNORECASE)
CONTACT = re.compile(r"\b(?:kontakta|frågor|upplysningar|information\w*|telefon|tel\.?|handläggare|"
                     r"planarkitekt|planerare)\b", re.IGNORECASE)
SIGNER = re.compile(r"\b(?:ordförande|kommunchef|förvaltningschef|chef|kommunalråd|sekreterare)\b",
                    re.IGNORECASE)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])")


def fold(text: str) -> str:
    """Return a name casefolded without diacritics or spaces."""
    text = unicodedata.normalize("NFKD", text.casefold())
    return re.sub(r"[^a-z]", "", "".join(c for c in text if not unicodedata.combining(c)))


def kind(unit: str) -> str:
    """Return the unit's head word ('nämnd', 'förvaltning' …), 'sektor' for a field's name."""
    low = unit.lower()
    if low.startswith(("nämnden för", "styrelsen för", "förvaltningen för")):
        return low.split()[0][:-2] if low.startswith("nämnden") else low.split()[0].rstrip("n")
    for head in HEADS:
        if re.search(rf"{head}(?:en|et|n)?$", low):
            if head == "styrelse" and low.startswith("kommunstyrelse"):
                return "kommunstyrelse"
            return head
    return "sektor"


@dataclass
class Kandidat:
    """One unit the text names: its name as the truth would write it and its features."""

    text: str
    egenskaper: dict[str, float] = field(default_factory=dict)


def _same_org(org: str, name: str) -> bool:
    """Return True when `name` ('Lessebo kommun', 'Lessebos') names the same organisation as `org`."""
    a, b = fold(org.split()[0]), fold(name.split()[0]) if name.split() else ""
    return bool(a) and a.rstrip("s") == b.rstrip("s")


def kandidater(org: str, lines: Sequence[Line], joined: str) -> list[Kandidat]:
    """Given the organisation found as the sender, the part's lines and their joined text, return the units
    the text names, each once, with its features."""
    org_stem = re.escape(org.split()[0].rstrip("s"))
    mentions: list[tuple[str, int, str]] = []  # (unit, offset, how)
    for m in UNIT_MENTION.finditer(joined):
        unit = m.group("unit")
        if NOT_UNIT.match(unit) or len(unit) < 6:
            continue
        if re.fullmatch(r"(?i:nämnden|styrelsen|förvaltningen|kontoret|enheten|avdelningen|sektorn|"
                        r"utskottet|nämnd|styrelse|förvaltning|kontor|enhet|avdelning|sektor|utskott|"
                        r"fullmäktige)", unit):
            continue  # the bare head word names no unit
        if kind(unit) in ("enhet", "avdelning"):
            continue  # never a unit under the nämnd or förvaltning (korpus README, Facit: 'Planavdelningen')
        if _decides_later().search(joined, max(0, m.start("unit") - 40), m.start("unit")):
            continue  # 'tas upp för beslut i kommunstyrelsen': the body that adopts it later
        if _gave_the_assignment().match(joined, m.end("unit")):
            continue  # 'Regionstyrelsen har gett Region Halland i uppdrag …': the body that commissioned it
        owner = SHARED_OWNER.search(joined, 0, m.start("unit")) if unit[:1].isupper() else None
        if owner is not None and not _same_org(org, owner.group(0)):
            # a förvaltning several kommuner share, named by its area: 'Västra Gästriklands
            # Samhällsbyggnadsförvaltning' (Hofors, Ockelbo and Sandviken); the area is part of its name
            unit, start = f"{owner.group(0).strip()} {unit}", owner.start()
            mentions.append((unit, start, "ord"))
            continue
        mentions.append((unit, m.start("unit"), "ord"))
    # a sector named after its field under the organisation: 'Vårgårda kommun, Samhällsbyggnad'
    sector = rf"\b{org_stem}s?\s+(?:kommun|[Ss]tad)[,\s]+(?P<unit>{SECTOR})\b(?![\wåäö-])"
    for m in re.finditer(sector, joined):
        mentions.append((m.group("unit"), m.start("unit"), "sektor"))
    if not mentions:
        return []
    sentences = [(s.start(), s.end()) for s in _sentences(joined)]
    first_lines = _rows_chars(lines, HUVUD_RADER)
    last_start = len(joined) - _rows_chars(lines[::-1], SLUT_RADER)
    line_texts = [x.text.strip() for x in lines]
    org_lines = {i for i, t in enumerate(line_texts) if t and _same_org(org, t) and len(t.split()) <= 4}
    mailboxes = [fold(m.group(1)) for m in re.finditer(r"([\w.-]+)@[\w-]+\.\w+", joined)]
    out: dict[str, Kandidat] = {}
    order: list[str] = []
    antal: dict[str, int] = {}
    for unit, start, how in sorted(mentions, key=lambda x: x[1]):
        name = definite(unit)
        key = fold(name)
        if key not in out:
            out[key] = Kandidat(name)
            order.append(key)
        antal[key] = antal.get(key, 0) + 1
        f = out[key].egenskaper
        end = start + len(unit)
        sent = next(((a, b) for a, b in sentences if a <= start < b), (start, end))
        sentence = joined[sent[0]:sent[1]]
        before, after = joined[max(0, start - 60):start], joined[end:end + 80]
        if how == "sektor":
            f["satt=sektor"] = 1.0
        if unit[:1].isupper():
            f["versal"] = 1.0
        if unit.isupper():
            f["versaler"] = 1.0
        if POSTCODE.match(after) or re.match(rf"^[,\s]+{org_stem}s?\s+(?:kommun|[Ss]tad)[,\s]+", after) and \
                POSTCODE.match(re.sub(rf"^[,\s]+{org_stem}s?\s+(?:kommun|[Ss]tad)", "", after)):
            f["postadress"] = 1.0
        if REPLY.search(sentence):
            f["svarsmening"] = 1.0
            if re.search(r"\btill\s*:?\s*(?:[\wåäöÅÄÖ]+\s+(?:kommun|[Ss]tad)[,\s]+)?$", before):
                f["svar_till"] = 1.0
        if re.search(r"\b(?:till|adress|adressen|postadress)\s*:?\s*[\wåäöÅÄÖ ,]*$", before[-40:]):
            f["efter_till"] = 1.0
        if DECIDES.search(sentence):
            f["beslutsmening"] = 1.0
            if re.match(r"^\s+(?:har\s+)?(?:den\s+\d+\s+\w+\s+(?:\d{4}\s+)?(?:§\s*\d+\s+)?)?"
                        r"(?:beslut|remitter|"
                        r"bjuder|skickar|ställer|antog|godkän)", after):
                f["subjekt_beslutar"] = 1.0
            if re.search(r"\bav\s*$", before):
                f["av_enhet"] = 1.0
        if CONTACT.search(sentence):
            f["kontaktmening"] = 1.0
        if start < first_lines:
            f["huvud"] = 1.0
        if start >= last_start:
            f["slut"] = 1.0
        if re.search(rf"\b{org_stem}s?\s+(?:kommun|[Ss]tad|län)?\s*[,/|–-]\s*$", before):
            f["org_komma"] = 1.0
        if re.search(rf"\b{org_stem}s\s+(?:kommuns\s+|[Ss]tads\s+)?$", before) or \
                re.search(rf"\b{org_stem}\w*\s+(?:kommuns|[Ss]tads)\s+$", before):
            f["genitiv"] = 1.0
        if re.search(r"\b(?:i|inom|hos|på)\s+$", before):
            f["efter_i"] = 1.0
        if re.search(r"\b(?:för|från)\s+$", before):
            f["efter_for"] = 1.0
        if SIGNER.search(before[-40:]) or SIGNER.search(after[:40]):
            f["signatur"] = 1.0
        index = _line_index(lines, joined, start)
        if index is not None:
            if any(i in org_lines for i in (index - 1, index - 2)):
                f["under_org"] = 1.0
            if line_texts[index].strip(" .,:") == unit.strip():
                f["egen_rad"] = 1.0
        if any(box.startswith(key[:8]) for box in mailboxes):
            f["epostlada"] = 1.0
    n = len(order)
    result = []
    for rank, key in enumerate(order):
        k = out[key]
        f = k.egenskaper
        f[f"ordning={min(rank, 3)}"] = 1.0
        f[f"antal={min(antal[key], 4)}"] = 1.0
        f[f"slag={kind(k.text)}"] = 1.0
        f[f"kandidater={min(n, 4)}"] = 1.0
        if rank == n - 1 and n > 1:
            f["sist"] = 1.0
        if " och " in k.text:
            f["och"] = 1.0
        for name in [x for x in f if not x.startswith(("ordning", "antal", "slag", "kandidater"))]:
            f[f"{name}&{kind(k.text)}"] = 1.0
        result.append(k)
    return result


HUVUD_RADER = 6  # the opening lines: a unit named in them is named in the letter's head
SLUT_RADER = 8  # the closing lines: a unit named in them signs or closes the letter
RAD_TECKEN = 120  # a paragraph read as one line (a Word file) counts as the printed lines this long it makes


def _rows_chars(lines: Sequence[Line], rows: int) -> int:
    """Given lines in reading order (or reversed) and a number of printed lines, return how many characters of
    the joined text those lines hold, a long line counted as the printed lines it wraps to: the same stretch
    of text in a PDF whose lines wrap and in a Word file whose paragraphs are one line each ('huvud' in the
    first 350 characters of munkedal's DOCX, not its first six paragraphs' 680)."""
    chars = 0
    for line in lines:
        size = len(line.text) + 1
        wraps = max(1, math.ceil(len(line.text) / RAD_TECKEN))
        if wraps >= rows:
            return chars + min(size, rows * RAD_TECKEN)
        chars, rows = chars + size, rows - wraps
    return chars


@functools.cache
def _decides_later() -> re.Pattern[str]:
    """Return the pattern of the words before a body that decides on or adopts the proposal later ('för
    beslut i ', 'antas av '; modeller/kontakt.toml [antar_planen] sedan), up to the unit."""
    from remiss.extract.personer import kontakt_modell

    words = kontakt_modell()["antar_planen"]["sedan"]
    alternatives = fraser(words)
    return re.compile(rf"\b(?:{alternatives})\s+(?:\w+\s+){{0,2}}?(?:i|av)\s+$", re.IGNORECASE)


@functools.cache
def _gave_the_assignment() -> re.Pattern[str]:
    """Return the pattern of the words after a body that gave someone the assignment to draw up the proposal
    ('… har gett Region Halland i uppdrag', 'uppdrog åt …'; modeller/kontakt.toml [gav_uppdraget]): the
    commissioner, not the sender."""
    from remiss.extract.personer import kontakt_modell

    return re.compile(kontakt_modell()["gav_uppdraget"]["monster"], re.IGNORECASE)


def _sentences(joined: str) -> list[re.Match[str]]:
    return list(re.finditer(r"[^.!?]+(?:[.!?]+|$)", joined))


def _line_index(lines: Sequence[Line], joined: str, offset: int) -> int | None:
    pos = 0
    for i, line in enumerate(lines):
        text = line.text.strip().replace(" | ", " ")
        found = joined.find(text, pos) if text else -1
        if found < 0:
            continue
        if found <= offset < found + len(text) + 1:
            return i
        pos = found + len(text)
    return None


def dela(value: str | None) -> tuple[str, str | None] | None:
    """Split a sender into its organisation and unit when the organisation is one with units, else None."""
    if not value:
        return None
    org, _, unit = value.partition(", ")
    if not ORG.search(org.strip()):
        return None
    return org.strip(), (unit.strip() or None)


@dataclass(frozen=True)
class Modell:
    """The stored model: an intercept, a weight per feature name and the filling's threshold."""

    intercept: float
    vikter: dict[str, float]
    troskel: float


@functools.cache
def modell() -> Modell:
    """Return the stored model, read once per process (ConfigError for a broken file)."""
    from remiss.modelldata import las_modell

    return las_modell(MODELLFIL, lambda data: Modell(float(data["intercept"]),
                                                     {str(k): float(v) for k, v in data["vikter"].items()},
                                                     float(data["troskel"])))


def sannolikhet(f: dict[str, float], m: Modell) -> float:
    """Given a candidate's features, return the probability that it is the sender's unit."""
    z = m.intercept + sum(m.vikter.get(name, 0.0) * value for name, value in f.items())
    return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))


def basta(org: str, lines: Sequence[Line], joined: str) -> tuple[str | None, float]:
    """Given the organisation, the part's lines and their joined text, return the model's likeliest unit and
    its probability (None, 0 when the text names none)."""
    m = modell()
    scored = [(k.text, sannolikhet(k.egenskaper, m)) for k in kandidater(org, lines, joined)]
    return max(scored, key=lambda kp: kp[1]) if scored else (None, 0.0)


def fyll(found: Found | None, lines: Sequence[Line], text: Text) -> Found | None:
    """Given the rules' sender, the part's lines and text, return the sender with the model's unit added
    when the rules named an organisation with units alone ('Lessebo kommun') and the model's best unit
    reaches the threshold ('Lessebo kommun, Kommunstyrelsen'), else the rules' sender."""
    delad = dela(found.value) if found is not None else None
    if found is None or delad is None or delad[1] is not None:
        return found
    unit, prob = basta(delad[0], lines, text.joined)
    if unit is None or prob < modell().troskel:
        return found
    from remiss import forklara
    from remiss.extract.text import Found

    p = f"{prob:.2f}".replace(".", ",")
    forklara.kandidat("avsandare", found.value, f"{found.skal}; enhetsmodellen: {p} för '{unit}'", found.line)
    return Found(f"{delad[0]}, {unit}", found.line,
                 f"enhetsmodellen: {p} för enheten, reglerna gav organisationen ensam ({found.skal})")
