"""Is a document without a yttrande title a remissvar? Its structure, scored over the whole (cut) document.

The phrase cues of `signaler` name what a remissvar often says; this module scores what a remissvar *is*,
so that a sender whose wording no cue has seen is still recognised. Four families count for it, each once
(its strongest hit), and one against it (data: modeller/yttrandestruktur.jsonl, with an example each):

* `rost`: the sender speaks in its own voice: "vi anser", "Förvaltningen föreslår", "Eslövs kommun är
  positiv till", or the organisation named in the document's head is the subject of the text's own verbs
  ("Formas" over the page, "Nu har Formas överlämnat sina synpunkter …").
* `svarar`: it answers a named remiss from another body: "på remiss", "Remissvar till
  Utbildningsdepartementet", "har givits tillfälle att lämna synpunkter", a betänkande, an SOU or Ds.
* `beslut`: a decision or proposal: the headings of a tjänsteskrivelse or protokollsparagraf ("Förslag till
  beslut", "Kommunstyrelsens beslut", "Ärendet"), or in a transcript the same words run into the text.
* `huvud`: a tjänsteskrivelse's head: TJÄNSTEUTLÅTANDE, Sammanträdesprotokoll, §, Dnr, Handläggare.
* `om_remiss` (against): a text about a remiss, not an answer: the body sends its own plan on remiss
  ("beslutar att skicka förslaget … på remiss") or delegates the yttrande ("uppdrar åt stadsarkitekten att
  upprätta förslag till yttrande"). It keeps the structure alone from making such a text a remissvar.
* `referat` (against): the text reports others' answers: an organisation that the head does not name is
  the subject ("Ekonomistyrningsverket har svarat på …" under a magazine's headline), several outside
  organisations take positions ("Länsstyrelserna avstyrker … Arbetsförmedlingen anser"), or it counts the
  answers received. It weighs only when no one speaks in the sender's own voice.

`bedom(lines)` returns the families found with their cues, for the decision and for the explanation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from remiss.domain import Line
from remiss.modelldata import las_jsonl

STRUKTURFIL = "yttrandestruktur.jsonl"
FAMILJER = ("rost", "svarar", "beslut", "huvud", "referat", "om_remiss")
PLATSER = ("text", "rad", "borjan", "logik")
BORJAN = 600  # characters: a tjänsteskrivelse's head, also when a transcript runs it into one paragraph
HUVUDRADER = 6  # the head zone: at most this many short or larger-set lines before the body
KORT_HUVUDRAD = 70
TRANSKRIPTHUVUD = 160  # a transcript's first line opening the document: its head is its beginning
# An organisation as subject: a proper name of up to five words ("Stockholms Handelskammare",
# "Ekonomistyrningsverket (ESV)"), an acronym; inverted after the verb ("anser ESV att", "har Formas
# överlämnat"). Words that are no sender: the remitting side and the text's own generic subjects.
NAMN = r"(?-i:[A-ZÅÄÖ][\wåäö-]+(?:\s+(?:[A-ZÅÄÖ][\wåäö-]+|i|för|och)){0,4}?|[A-ZÅÄÖ]{2,8})"
INTE_AVSANDARE = frozenset(
    "utredningen utredaren utredarens kommittén kommissionen regeringen departementet betänkandet "
    "promemorian förslaget förslagen rapporten delegationen vi det den detta denna man han hon de dessa "
    "många flera alla samtliga kommunen regionen landstinget förvaltningen nämnden nämnderna styrelsen "
    "staden myndigheten förbundet föreningen organisationen riksdagen remissinstanserna remissinstanser "
    "sverige även också "
    "dessutom vidare slutligen nu här där i om och men att som när tyvärr dock därför idag då så sedan "
    "samtidigt generellt sammantaget sammanfattningsvis avslutningsvis inledningsvis".split()
)


@dataclass(frozen=True)
class Drag:
    """One structural trait: id, family, where it is looked for, weight, pattern and example."""

    id: str
    familj: str
    var: str
    vikt: int
    monster: re.Pattern[str]
    exempel: str


@dataclass(frozen=True)
class Strukturbedomning:
    """The families found in a document: per family its score and the traits that gave it."""

    familjer: dict[str, tuple[int, tuple[str, ...]]]

    @property
    def poang(self) -> int:
        """Return the structural score: the families for a remissvar, the report family against."""
        return sum(score for score, _ in self.familjer.values())

    def har(self, familj: str) -> bool:
        """Return True when the family was found."""
        return familj in self.familjer

    @property
    def referat(self) -> bool:
        """Return True when the text reports others' answers (and no one speaks in the sender's voice)."""
        return "referat" in self.familjer

    @property
    def om_remiss(self) -> bool:
        """Return True when the text sends its own plan on remiss or delegates a yttrande (no answer)."""
        return "om_remiss" in self.familjer

    def forklaring(self) -> str:
        """Return the families found, readable: 'röst +2 (organet-foreslar), svarar på remiss +2 (…)'."""
        namn = {"rost": "egen röst", "svarar": "svarar på remiss", "beslut": "beslut/förslag",
                "huvud": "tjänsteskrivelsens huvud", "referat": "referat av andras svar",
                "om_remiss": "om en remiss, inget svar"}
        return ", ".join(
            f"{namn[familj]} {score:+d} ({', '.join(ids)})" for familj, (score, ids) in self.familjer.items()
        )


@lru_cache(maxsize=1)
def load_drag() -> tuple[Drag, ...]:
    """Return the traits of modeller/yttrandestruktur.jsonl, checked (ConfigError names the bad line)."""
    return las_jsonl(STRUKTURFIL, _drag, "Rätta strukturfilen.")


def _drag(row: dict[str, Any]) -> Drag:
    """Given one line of the structure file, return its trait (ValueError when a field is wrong)."""
    if row["familj"] not in FAMILJER or row["var"] not in PLATSER or not isinstance(row["vikt"], int):
        raise ValueError("familj, var eller vikt saknas eller är fel")
    if not row["exempel"]:
        raise ValueError("exempel saknas")
    monster = re.compile(row["monster"], re.IGNORECASE)
    return Drag(row["id"], row["familj"], row["var"], row["vikt"], monster, row["exempel"])


def sammanfogad(lines: list[Line] | tuple[Line, ...]) -> str:
    """Given a document's lines, return its text as one line with the words a line end broke joined again."""
    return re.sub(r"(?<=[a-zåäö])- (?=[a-zåäö])", "", " ".join(line.text.strip() for line in lines))


def bedom(lines: list[Line] | tuple[Line, ...]) -> Strukturbedomning:
    """Given a document's lines, return the structural families found in it."""
    joined = sammanfogad(lines)
    huvud = _huvudzon(lines).lower()
    hits: dict[str, list[Drag]] = {}
    for drag in load_drag():
        if drag.var == "logik":
            hit = _logik(drag, joined, huvud)
        elif drag.var == "rad":
            hit = any(drag.monster.search(line.text) for line in lines)
        elif drag.var == "borjan":
            hit = bool(drag.monster.search(joined[:BORJAN]))
        else:
            hit = bool(drag.monster.search(joined))
        if hit:
            hits.setdefault(drag.familj, []).append(drag)
    if "rost" in hits:
        hits.pop("referat", None)  # the sender speaks: a quoted other organisation is no report of answers
    familjer = {}
    for familj in FAMILJER:
        if familj in hits:
            starkast = max(hits[familj], key=lambda d: abs(d.vikt))
            familjer[familj] = (starkast.vikt, tuple(d.id for d in hits[familj]))
    return Strukturbedomning(familjer)


def _logik(drag: Drag, joined: str, huvud: str) -> bool:
    """Return whether a trait computed from the text's subjects holds (`egen-avsandare…`, `annans-rost`)."""
    egna, andra = _subjekt(drag.monster.pattern, joined, huvud)
    if drag.familj != "referat":
        return bool(egna)  # the head's organisation speaks ("Formas välkomnar") or has answered
    if egna:
        return False
    svarat = re.search(rf"\b{NAMN}(?:\s+\([A-ZÅÄÖ]{{2,8}}\))?\s+har\s+(?:\w+\s+)?svarat\s+på\b", joined)
    return len(andra) >= 2 or (bool(andra) and bool(svarat))


def _subjekt(verb: str, joined: str, huvud: str) -> tuple[set[str], set[str]]:
    """Return the organisations that are subjects of the verbs: those the head names, and the others."""
    akronym = r"(?:\s+\([A-ZÅÄÖ]{2,8}\))?"  # "Ekonomistyrningsverket (ESV) har svarat"
    fore = re.finditer(rf"(?<![\wåäö])({NAMN}){akronym}\s+(?:har\s+(?:nu\s+)?)?{verb}\b", joined)
    efter = re.finditer(rf"\b(?:har|{verb})\s+({NAMN})\s+(?:att\b|{verb}\b|\w+s\s)", joined)
    egna: set[str] = set()
    andra: set[str] = set()
    for match in [*fore, *efter]:
        namn = match.group(1).strip().lower()
        if namn.split()[0] in INTE_AVSANDARE or len(namn) < 2:
            continue
        # "Svensk Kollektivtrafiks har svarat": the genitive the transcript kept; one organisation is one
        # voice however many words the match took before it ("Publicerad Konkurrensverket")
        egen = namn in huvud or namn.removesuffix("s") in huvud
        (egna if egen else andra).add(namn.split()[-1].removesuffix("s"))
    return egna, andra


def _huvudzon(lines: list[Line] | tuple[Line, ...]) -> str:
    """Return the document's head: its letterhead and title lines, or a transcript's beginning."""
    if not lines:
        return ""
    from remiss.kontroll.signaler import eposthuvudets_falt, utan_eposthuvud

    falt = eposthuvudets_falt(lines, "Från", "From", "Ämne", "Subject")  # a printed e-mail: its sender
    if falt:
        return " ".join([*falt, _huvudzon(utan_eposthuvud(lines))])
    if len(lines[0].text) > 2 * KORT_HUVUDRAD:
        return lines[0].text[:TRANSKRIPTHUVUD]
    from remiss.kontroll.signaler import _storre_stil

    out = []
    for line in lines[:HUVUDRADER]:
        text = line.text.strip()
        if len(text) > KORT_HUVUDRAD and not _storre_stil(line, lines):
            break
        out.append(text)
    return " ".join(out)
