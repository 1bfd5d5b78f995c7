"""Finding ställningstaganden in a yttrande's sections with the spaCy pipeline, and judging them.

Reading rules (documented in the README): lemmas, not word forms; a negation in the same clause
("tillstyrker inte", "kan inte tillstyrka", "anser inte att … tillstyrkas") turns tillstyrker into avstyrker
and avstyrker into tillstyrker, and cancels avstår; text inside brackets, parentheses or quotation marks
is quoted (the missiv's "(tillstyrker, avstyrker, avstår från att yttra sig)") and does not count; nor does
a sentence whose subject is another nämnd or organisation than the yttrande's own. A pattern marked
`kraver_negation` ("… inte effekter av sådan betydelse att Regelrådet yttrar sig") counts only after a
negation in its sentence, and is not turned by it. A pattern's `utom_objekt` drops a match about that
object ("bifaller hans yrkande"), `utom_efter` one followed by a condition ("… är acceptabelt endast om
…"), `bara_objekt` keeps a match only about that object ("inga synpunkter på förslaget", not "… på
preciseringarna för detta mål"), and `bara_beslut` counts a match only in the beslut ("delar utredningens
bedömning").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from remiss.clean import las_avstavade
from remiss.domain import Line
from remiss.kontroll.typer import Fynd

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

VARDEN: dict[str, str] = {"TILLSTYRKER": "tillstyrker", "AVSTYRKER": "avstyrker", "AVSTAR": "avstar"}
VAND: dict[str, str | None] = {"tillstyrker": "avstyrker", "avstyrker": "tillstyrker", "avstar": None}
NEGATION = frozenset({"inte", "ej", "icke", "aldrig", "knappast", "varken"})
SATSGRANS = frozenset(
    {
        ",",
        ";",
        ":",
        "–",
        "—",
        "men",
        "utan",
        "eftersom",
        "emedan",
        "medan",
        "fast",
        "trots",
        "vilket",
        "som",
        "och",
        "samt",
        "dock",
        "däremot",
        "när",
        "då",
        "om",
    }
)
OPPNA = {"(": ")", "[": "]", "«": "»", "{": "}"}
CITAT = frozenset({'"', "”", "“", "„"})
# WordPress sets a closing quotation mark after a digit as a double prime ("”… 2018-2029″."): read as one, so
# that the sentence ends there and what follows is not quoted (one character for one: the offsets hold)
PRIM_SOM_CITAT = str.maketrans({"″": "”", "′": "’"})
ORG_SLUT = re.compile(
    r"(?:nämnden|styrelsen|fullmäktige|regionen|kommunen|länsstyrelsen|myndigheten|verket"
    r"|inspektionen|bolaget|förbundet|rådet|departementet|regeringen|riksdagen)$",
    re.IGNORECASE,
)
UNDERENHET = re.compile(r"^[A-ZÅÄÖ][a-zåäö-]+enheten$")
GENERISKA = frozenset({"nämnden", "styrelsen", "kommunen", "vi", "bolaget", "förbundet"})
# Bodies that never write a remissvar: a sentence with one of them as subject quotes a yrkande or a proposal;
# the remissinstanser as subject ("Remissinstanser som avstått från att yttra sig") report others' answers.
ALDRIG_AVSANDARE = frozenset(
    {"riksdagen", "regeringen", "remissinstanser", "remissinstanserna", "instanserna"}
)
# the remissinstanser anywhere in a stance's match or right after its verb ("Sammantaget tillstyrker
# remissinstanserna förslaget"); not the government, which a stance may name ("uppmanar regeringen att …")
REMISSINSTANSER = ALDRIG_AVSANDARE - {"riksdagen", "regeringen"}
# the government's members as the ones who support ("det finns ett uttalat stöd från statsrådet att förslagen
# ska genomföras", "socialministerns besked att …"): the minister's view told, never the sender's
STATSRAD = re.compile(r"^(?:[a-zåäö]*minister(?:n|ns)?|statsråd(?:et|ets)?)$")
# a ministry as subject ("Näringsdepartementet avslog vår ansökan om undantag …"): the government's office
# decides or proposes, it never answers a remiss; its decision told is no stance of the sender's
DEPARTEMENT = re.compile(r"^[a-zåäö-]*departementet$")
MAX_MENING = 240
INTE_NEGATION = frozenset({"minst", "bara", "enbart", "endast", "blott"})
KRAVORD = frozenset({"ange", "anges", "innehålla", "innehåller", "välj", "väljer", "alternativen"})


@dataclass(frozen=True)
class Block:
    """A run of text from a section with the line each character range came from."""

    text: str
    starts: tuple[int, ...]
    lines: tuple[Line, ...]

    def line_at(self, offset: int) -> Line:
        """Return the line the character at `offset` came from."""
        return self.lines[max(0, bisect.bisect_right(self.starts, offset) - 1)]


def make_blocks(lines: Iterable[Line], *, per_line: bool = False) -> list[Block]:
    """Given section lines, return text blocks: one per paragraph (DOCX) or the lines joined (PDF), a new
    block at each list item. A Word paragraph that breaks off inside a sentence goes on in the next (a PDF's
    lines pasted as paragraphs: '… detaljplan framförde vi att … upphävandet av' / 'strandskyddet inom …')."""
    lines = list(lines)
    if not lines:
        return []
    stycken: list[list[Line]] = [[]]
    for line in lines:
        word_break = per_line and bool(stycken[-1]) and not mid_sentence(stycken[-1][-1], line)
        if stycken[-1] and (LISTPUNKT.match(line.text) or word_break):
            stycken.append([])  # a list item is its own paragraph, as in Word: "• X stödjer …" is one point
        stycken[-1].append(line)
    return [_join(stycke) for stycke in stycken]


def mid_sentence(line: Line, follow: Line) -> bool:
    """Return True when line breaks off inside a sentence that follow goes on with (no stop, lower case)."""
    return not line.text.rstrip().endswith((".", "!", "?", ":", ";")) and follow.text.lstrip()[:1].islower()


def _join(lines: list[Line]) -> Block:
    """Given lines, return one Block, joining a word broken by a line-end hyphen (also one a transcript
    kept inside a line)."""
    text = ""
    starts = []
    for line in lines:
        part = las_avstavade(line.text.strip())
        if (
            text.endswith("-")
            and len(text) > 1
            and text[-2].isalpha()
            and part[:1].islower()
            and not re.match(r"(?:och|eller|samt|till)\b", part)
        ):
            text = text[:-1]
        elif text:
            text += " "
        starts.append(len(text))
        text += part.translate(PRIM_SOM_CITAT)
    return Block(text=text, starts=tuple(starts), lines=tuple(lines))


def find_fynd(
    blocks: list[Block], *, del_: str, namnd: str | None, titlar: Sequence[str] = ()
) -> list[Fynd]:
    """Given text blocks of one section (and the names the yttrande gives the remitted matter: its title, a
    head line naming it with its number), return the ställningstaganden in them, in order."""
    from remiss.nlp import load_nlp, may_match, pattern_by_id

    if not may_match(b.text for b in blocks):
        return []  # no block holds a word a pattern needs: no finding, and spaCy is not loaded
    nlp = load_nlp()
    patterns = pattern_by_id()
    found: list[Fynd] = []
    number = 0
    fore: list[str] = []  # the sentences before, in this section: what a "detta förslag" points back to
    for block, doc in zip(blocks, nlp.pipe(b.text for b in blocks), strict=True):
        for sent in doc.sents:
            number += 1
            fynd = _sentence_fynd(sent, block, del_=del_, namnd=namnd, patterns=patterns, number=number)
            fynd = _om_beskrivet_syfte(fynd, fore[-1] if fore else "")
            found.extend(_om_beskrivet_forslag(fynd, " ".join(fore)[-BESKRIVNING:], patterns))
            fore.append(str(sent))
    return listans_delar(omdomen_om_delar(titelns_sak(found, titlar, patterns)))


# The title's matter and a stance's object read for their head word: the last word before a preposition or
# a clause's word ("Framtidens Filmpolitik": "filmpolitik"; "en helstatlig filmpolitik med …": "filmpolitik")
HUVUDORDETS_SLUT = frozenset(
    {"för", "om", "av", "i", "till", "med", "på", "vid", "mot", "kring", "inom", "genom", "från", "under",
     "över", "hos", "enligt", "och", "samt", "som", "men", "eller", "där", "vilket", "vilken", "när"}
)
TITELNS_NUMMER = re.compile(r"\(.*?\)|\b(?:SOU|Ds|dnr)\s*[\d:/ -]+", re.IGNORECASE)
FORSLAG_TILL = re.compile(
    r"^(?:förslag(?:et)?|utkast(?:et)?)\s+(?:till|om|på)\s+(?:en\s+|ett\s+|ny\s+|nytt\s+|nya\s+)*"
)
ORD = re.compile(r"[a-zåäöéü]+(?:-[a-zåäöéü]+)*")
MINST_HUVUDORD = 6  # letters: a head word this long is the matter's own ("filmpolitik"), no "plan" or "lag"
BESTAMD_FORM = 3  # letters a definite form may add to the title's head word ("filmpolitiken", "strategierna")
OSPECIFIKA_HUVUDORD = frozenset(
    {"remiss", "remissen", "remissvar", "yttrande", "synpunkter", "kommentarer", "svar", "förslag",
     "förslaget", "förslagen", "ändring", "ändringar", "ändringarna", "översyn", "översynen", "utveckling",
     "utvecklingen", "framtiden", "diskussion", "dialog", "möjlighet", "satsning", "ökning", "förändring",
     "förändringar"}
)


def _huvudord(text: str) -> str | None:
    """Given a noun phrase (lower case), return its head word: the last word before a preposition or a
    clause's word ("en helstatlig filmpolitik med en egen myndighet": "filmpolitik"), or None."""
    words: list[str] = []
    for word in ORD.findall(text):
        if word in HUVUDORDETS_SLUT:
            break
        words.append(word)
    return words[-1] if words else None


def titelns_huvudord(titel: str | None, *, kort: bool = False) -> str | None:
    """Given a yttrande's title, return the head word of the matter it names, or None: the kind of document
    before it left out ("Remissvar Framtidens Filmpolitik (Ds 2015:31)": "filmpolitik"), none for a title with
    an opinion of its own ("Film Väst välkomnar …", a headline) or a head word too short or too general to be
    the matter's own ("Yttrande över remiss", "Förslag till ändringar i …"). With `kort`, only a head word too
    short to be the matter's own alone ("Promemoria Covid 19 lag": "lag"), or None."""
    if not titel:
        return None
    matter = TITELNS_NUMMER.sub(" ", TITELNS_SLAG.sub("", titel.strip(), count=1)).lower().strip(" -–:,.")
    if any(TITELNS_OMDOME.match(word) for word in ORD.findall(matter)):
        return None
    head = _huvudord(FORSLAG_TILL.sub("", matter))
    if head is None or head in OSPECIFIKA_HUVUDORD or (len(head) < MINST_HUVUDORD) != kort:
        return None
    return head


def titelns_sak(found: list[Fynd], titlar: Sequence[str], patterns: dict[str, Any]) -> list[Fynd]:
    """Return the findings without those of a pattern that holds only for the title's matter (`titelns_sak` in
    modeller/stallningstagande.jsonl) whose object's head word is none of the titles'.

    "Film Väst välkomnar en helstatlig filmpolitik." under "Framtidens Filmpolitik"
    (prov34/filmivast-framtidens-filmpolitik-yttrande) welcomes the remitted matter itself, support without
    the stance word as "välkomnar förslaget"; "välkomnar en bredare diskussion …" welcomes something else and
    is no finding. Compared on the whole head word, or its definite form (at most BESTAMD_FORM letters more);
    a negated finding is dropped too ("välkomnar inte en ny filmpolitik": the other "välkomna" patterns take
    no negation either)."""
    if not any(patterns.get(f.monster, {}).get("titelns_sak") for f in found):
        return found
    heads = {head for head in map(titelns_huvudord, titlar) if head}
    korta = {head for head in (titelns_huvudord(titel, kort=True) for titel in titlar) if head}

    def named(fynd: Fynd) -> bool:
        objekt = _huvudord(fynd.objekt)
        return bool(objekt and not fynd.negerad and (any(
            objekt.startswith(head) and len(objekt) - len(head) <= BESTAMD_FORM for head in heads
        ) or any(_sammansatt_med(objekt, head) for head in korta)))

    return [f for f in found if not patterns.get(f.monster, {}).get("titelns_sak") or named(f)]


FORLED = 4  # letters at least before a short head word in a compound ("pandemi|lag"): a kind of its own


def _sammansatt_med(objekt: str, kort: str) -> bool:
    """Return True for a compound whose last part is the title's short head word, in its definite form too
    ("en tillfällig pandemilag" under "Remissyttrande av Promemoria Covid 19 lag"): the same kind of thing as
    the remitted one, named by its own first part; the short word alone ("en lag") is no such compound."""
    match = re.fullmatch(rf"[a-zåäöéü-]{{{FORLED},}}?{re.escape(kort)}[a-zåäö]{{0,{BESTAMD_FORM}}}", objekt)
    return match is not None


# A head line that names the remitted document with its number, alone on the line: "A. Remissvar Framtidens
# Filmpolitik (Ds 2015:31)" (a plain Word or web print takes the letterhead's first line as the title)
NUMRERAT_NAMN = re.compile(
    r"^(?:(?:\d{1,2}|[A-H]|[IVX]{1,4})[.)]\s+)?(?P<namn>[^.:;]{3,150}?)[\s,(]+(?:SOU|Ds)\s*\d{4}\s*:\s*\d+\)?\s*$"
)


def remissens_namn(rader: Sequence[str]) -> list[str]:
    """Given a yttrande's first lines, return the names of the remitted document that stand alone with its
    number on a line ("A. Remissvar Framtidens Filmpolitik (Ds 2015:31)": "Remissvar Framtidens
    Filmpolitik")."""
    namn = [m.group("namn") for m in map(NUMRERAT_NAMN.match, (rad.strip() for rad in rader)) if m]
    return [n for n in namn if ARENDEORD.search(n.lower())]  # a word, not a date ("2015-06-18 Ds 2015:31")


# "Utredningen föreslår att statliga myndigheter årligen skall rapportera … Svenska Orienteringsförbundet
# stödjer detta förslag.": the stance points back, with a demonstrative, to the one proposal the sentences
# before describe
DEMONSTRATIVT_FORSLAG = re.compile(
    r"\b(?:detta|denna|dessa)\s+(?:\w+\s+)?förslag\w*|\bdet\s+(?:\w+\s+)?förslaget\b", re.IGNORECASE
)
BESKRIVET_FORSLAG = re.compile(
    r"\b(?:föreslår|föreslås|föreslog|föreslagits)\s+(?:\S+\s+){0,3}?att\b|\bförslaget\s+innebär\b",
    re.IGNORECASE,
)
BESKRIVNING = 700  # characters back (a DOCX line is a block of its own): the proposal's description


# a stance without an object of its own, or with a demonstrative for it ("Detta tycker vi är mycket positivt
# och ställer oss bakom", "… positiva till detta"): what the sentence before names
PEKANDE_OBJEKT = re.compile(r"^(?:(?:till|på|bakom|mot|för)\s+)?(?:detta|det|det\s+här)?$")


@lru_cache(maxsize=1)
def syfte_bakat() -> re.Pattern[str]:
    """Return the pattern of a sentence that states an aim (modeller/stallning.toml [syfte_bakat])."""
    from remiss.modelldata import modell_toml

    return re.compile(modell_toml(SYFTESFIL)["syfte_bakat"]["monster"], re.IGNORECASE)


def _om_beskrivet_syfte(found: list[Fynd], fore: str) -> list[Fynd]:
    """Return a sentence's findings with support that points back to an aim made a comment.

    "Direktivet har som mål att säkerställa att det finns rent vatten … Detta tycker vi är mycket positivt och
    ställer oss bakom." (prov23/hs-ostergotland-vattenmyndigheten-yttrande): the support has no object of its
    own, or a demonstrative ("till detta"), and the sentence just before says what something aims at
    (modeller/stallning.toml [syfte_bakat]): support for the aim, a comment (README: "välkomnar att …"), as
    "välkomnar syftet med förslaget" (`_om_syftet`).
    """
    from dataclasses import replace

    if not found or not fore or not syfte_bakat().search(fore):
        return found
    return [
        replace(f, bara_del=True) if f.varde == "tillstyrker" and PEKANDE_OBJEKT.match(f.objekt) else f
        for f in found
    ]


def _om_beskrivet_forslag(found: list[Fynd], fore: str, patterns: dict[str, Any]) -> list[Fynd]:
    """Return a sentence's findings with an opinion without the stance word (`omdome`) about "detta förslag"
    made a comment when the sentences just before describe one proposal ("Utredningen föreslår att …").

    An answer commenting on a report proposal by proposal (under its chapter headings, "Kommentar från …")
    supports the one just described, not the remitted matter: a comment on a part, as "stöder förslaget om
    …" (README: "texts with comments but no overall stance are null").
    """
    from dataclasses import replace

    if not found or not BESKRIVET_FORSLAG.search(fore):
        return found
    return [
        replace(f, bara_del=True)
        if patterns.get(f.monster, {}).get("omdome") and DEMONSTRATIVT_FORSLAG.search(f.mening)
        else f
        for f in found
    ]


def _sentence_fynd(
    sent: Span, block: Block, *, del_: str, namnd: str | None, patterns: dict[str, Any], number: int
) -> list[Fynd]:
    """Given a sentence Span, return its ställningstaganden (quoted, foreign and demand sentences skipped)."""
    ents = [e for e in sent.ents if not _quoted(sent, e)]
    if not ents or _is_demand(sent, ents) or _foreign_subject(sent, ents[0], namnd):
        return []
    out = []
    text = _sentence_text(sent)
    covered = -1  # the end of the last stance's object: a match inside it is that object's content
    for ent in ents:
        if ent.start < covered:
            continue  # "avstyrker förslaget att … möjlighet att avslå bygglov": the proposal's own words
        varde: str | None
        pattern = patterns.get(ent.ent_id_, {})
        if pattern.get("utom_fore") and re.search(pattern["utom_fore"], _fore(sent, ent)):
            continue  # "har inte haft möjlighet att yttra sig över …": a circumstance, no avstår
        if pattern.get("utom_efter") and re.search(pattern["utom_efter"], _efter(sent, ent)):
            continue  # "Förslaget är acceptabelt endast om …": support on a condition, no stance
        if pattern.get("kraver_negation"):
            if not _negation_before(sent, ent):
                continue  # "har beretts tillfälle att yttra sig": no stance without "inte … yttrar sig"
            negerad, varde = True, VARDEN[ent.label_]
        else:
            negerad = _negated(
                sent,
                ent,
                inbyggd=bool(pattern.get("inbyggd_negation")),
                fundament=bool(pattern.get("fundament_fore")),
            )
            varde = VAND[VARDEN[ent.label_]] if negerad else VARDEN[ent.label_]
        if varde is None or _varken_eller(sent, ent):
            continue  # "kan förbundet varken avstyrka eller tillstyrka": neither, no stance
        if _preteritum(pattern, sent, ent, del_):
            continue  # "Även IOGT-NTO avstyrkte förslaget i sitt remissvar": an earlier answer, history
        if _supinum_i_bisats(sent, ent):
            continue  # "den inriktning som Beredningen … ställt sig bakom": a relative clause, not the stance
        if _om_andra_som(sent, ent):
            continue  # "Andra som vill ställa sig bakom vår kamp är välkomna …": people invited
        if _motets_gang(sent, ent):
            continue  # "yrkar bifall till …", "finner att X:s yrkande bifallits": the meeting's procedure
        if del_ != "beslut" and _tidigare_svar(sent, ent):
            continue  # "Miljönämnden har i ett tidigare yttrande tillstyrkt …": an earlier answer, history
        if del_ != "beslut" and _annat_omdome(pattern, sent, ent):
            continue  # "har också välkomnat den nationella strategi som …": another opinion told
        if pattern.get("bara_beslut") and del_ != "beslut":
            continue  # "delar utredningens bedömning" in the body is a comment on one part
        objekt, object_end = _object_span(sent, ent)
        if not objekt:
            delat = _delat_objekt(sent, object_end) or _passivt_subjekt(sent, ent)
            objekt, object_end = delat or (objekt, object_end)
        covered = max(covered, _content_end(sent, objekt, object_end))
        if pattern.get("utom_objekt") and re.search(pattern["utom_objekt"], objekt):
            continue  # "bifaller hans yrkande": the meeting's procedure, not a stance on the remiss
        if pattern.get("bara_objekt") and not re.search(pattern["bara_objekt"], objekt):
            continue  # "inga synpunkter på preciseringarna för detta mål": about one part, not the remiss
        if varde == "avstar" and _avstar_om_del(sent, ent, objekt):
            continue  # "avstår från yttrande i de delar som avser …": a limit, no avstår for the whole
        out.append(
            Fynd(
                varde=varde,
                del_=del_,
                sida=block.line_at(ent.start_char).page,
                ocr=block.line_at(ent.start_char).ocr,
                mening=text,
                monster=ent.ent_id_,
                negerad=negerad,
                svag=bool(patterns.get(ent.ent_id_, {}).get("svag")),
                objekt=objekt,
                meningsnummer=number,
                bara_del=_bara_del(pattern, objekt)
                or _delmangd_objekt(pattern, sent, ent, object_end)
                or (varde == "tillstyrker" and _om_syftet(sent, ent, object_end)),
                foreslaget=_foreslaget(sent, ent, objekt, object_end),
            )
        )
    return out


# The meeting's procedure in a protocol, not the body's stance: a member's motion ("Axel Darvik (L) yrkar
# bifall till stadsledningskontorets förslag"), the chair's propositions ("ställer propositioner på bifall
# respektive avslag") and finding after a vote ("… och finner att Karin Pleijels yrkande bifallits", "… finner
# att nämnden beslutat bifalla förvaltningens förslag", "… från D och finner att det avslagits"). The headings
# that mark them ("Yrkanden", "Propositionsordning") are lost when a transcript runs them into the sentence;
# the procedure is told by the words themselves.
# The sender's own yrkande in an answer is its stance, no meeting's procedure ("Vi yrkar avslag på
# lagförslaget", "Föreningen har gått igenom förslaget … och yrkar att förslaget avstyrks i sin helhet"): the
# yrkande is about the remitted matter itself (not a body's proposal in the genitive, "bifall till
# kommunstyrelsens förslag", nor "punkt 2 och 3"), and the sentence names no member by party letters, no chair
# and no "hon"/"han".
YRKAT_REMITTERAT = re.compile(
    r"\b(?:yrkar|yrkade)\s+(?:\S+\s+){0,2}?(?:avslag\s+på|bifall\s+till|på\s+att|att)\s+"
    r"(?:(?:det|den|de)\s+)?(?:(?:föreslagna|remitterade|aktuella|framlagda)\s+)?"
    r"(?:[a-zåäö]*förslag(?:et|en)?|[a-zåäö]*plan(?:en|förslaget)?|[a-zåäö]*programmet|betänkandet|promemorian"
    r"|remissen|utredningen)\b"
)
MOTESLEDAMOT = re.compile(r"\([A-ZÅÄÖ]{1,3}\)|\bordförande|\b(?:hon|han)\b", re.IGNORECASE)
FINNER_ATT = re.compile(r"\bfinner\s+att\b(?:\s+\S+){0,6}$")
YRKAR = re.compile(r"\b(?:yrkar|yrkade|yrkat|yrkas)\b(?:\s+\S+){0,8}$|\bpropositioner?\s+på(?:\s+\S+){0,3}$")


def _motets_gang(sent: Span, ent: Span) -> bool:
    """Return True for a stance word in a protocol's procedure: a member moves it ("yrkar bifall"), the chair
    puts it to the vote, or the chair's finding after "finner att" in a sentence naming the chair or the
    proposition, or with the vote's outcome in the supine ("bifallits", "avslagits")."""
    fore = _fore(sent, ent)
    if YRKAR.search(fore):
        return not _eget_yrkande(sent, ent)
    if not FINNER_ATT.search(fore):
        return False
    verb = sent.doc[ent.end - 1].lower_
    return bool(re.search(r"\bordförande|\bproposition", fore)) or verb.endswith(("its", "ats"))


def _eget_yrkande(sent: Span, ent: Span) -> bool:
    """Return True for a yrkande about the remitted matter itself in a sentence naming no member or chair:
    the sender's own ("Vi yrkar avslag på lagförslaget"), not a meeting's procedure."""
    text = " ".join(str(sent).split())
    return bool(YRKAT_REMITTERAT.search(text.lower())) and not MOTESLEDAMOT.search(text)


def _preteritum(pattern: dict[str, Any], sent: Span, ent: Span, del_: str) -> bool:
    """Return True for a stance verb in the past tense outside a decision: a history of earlier answers.

    "I remissbehandlingen av departementsskrivelsen (Ds 2009:32) … avstyrkte Läkemedelsverket förslaget …
    Även IOGT-NTO avstyrkte förslaget i sitt remissvar." tells what was said to another remiss; the answer
    says its own stance in the present ("avstyrker"), or the decision does ("beslutade att avstyrka"). The
    past forms are data (`preteritum` in modeller/stallningstagande.jsonl, with `preteritum_exempel`).
    """
    form = pattern.get("preteritum")
    if not form or del_ == "beslut":
        return False
    if not any(token.lower_ == form for token in sent.doc[ent.start : ent.end]):
        return False
    return _historia(sent, ent)


ARTAL = re.compile(r"^(?:19|20)\d\d$")


def _historia(sent: Span, ent: Span) -> bool:
    """Return True when a sentence with a stance verb in the preterite tells history: a year in it ("i sitt
    remissvar 2009", "(Ds 2009:32)"), or "även", "också", "tidigare" before the verb ("Även IOGT-NTO
    avstyrkte förslaget i sitt remissvar"). The sender's own news about this answer tells it in the past
    without them ("I remissvaret välkomnade förbundet förslaget"): that is the stance."""
    fore = sent.doc[sent.start : ent.start]
    return any(ARTAL.match(t.text.split(":")[0]) for t in sent) or any(
        ADDITIV.fullmatch(t.text) or t.lower_ in TIDIGARE for t in fore
    )


HJALPVERB = frozenset({"har", "hade", "ha", "haft", "hava"})


def _supinum_i_bisats(sent: Span, ent: Span) -> bool:
    """Return True for a stance verb in the supine without 'har'/'hade' before it in its clause.

    Swedish drops the auxiliary only in a subordinate clause: "den inriktning som Beredningen för hållbar
    utveckling ställt sig bakom har beaktats" names what another body supported, while the sender's own
    perfect keeps it ("Nämnden har tillstyrkt förslaget"). The supine is the verb's form ending in -t
    that is not its lemma ("ställt" of "ställa", "tillstyrkt", "välkomnat").
    """
    verb = sent.doc[ent.start]
    if not verb.text.lower().endswith("t") or verb.text.lower() == verb.lemma_.lower():
        return False
    start = _clause(sent, ent)[0]
    return not any(token.lower_ in HJALPVERB for token in sent.doc[start : ent.start])


# People in general before a relative clause: "Andra som vill ställa sig bakom vår jämlikhetskamp är välkomna
# att … ansluta sig", "alla som stöder förslaget": the readers or members a text invites, never the sender
ANDRA_SOM = frozenset(
    {"andra", "alla", "de", "dem", "den", "var", "du", "ni", "fler", "flera", "många", "medlemmar"}
)


def _om_andra_som(sent: Span, ent: Span) -> bool:
    """Return True for a stance verb in a relative clause about people in general.

    "Andra som vill ställa sig bakom vår jämlikhetskamp är välkomna att som solidaritetsmedlemmar ansluta sig
    till förbundet" (an organisation's presentation of itself in its remissvar) says who may join, not what
    the organisation thinks of the remiss: 'som' opens the verb's clause and a word for people in general
    ('andra', 'alla', 'de', 'var och en' …) stands just before it.
    """
    start = _clause(sent, ent)[0]
    if start < sent.start + 2 or sent.doc[start - 1].lower_ != "som":
        return False
    return sent.doc[start - 2].lower_ in ANDRA_SOM or sent.doc[start - 3 : start - 1].text.lower() == "och en"


# Words that put a stance in the past before the stance verb's clause: "har tidigare ställt sig bakom".
TIDIGARE = frozenset({"tidigare", "förut", "ursprungligen", "då"})


def _forfluten(verb: Token) -> bool:
    """Return True for a verb in a past form: not its lemma and not ending in -r ("välkomnat", "såg")."""
    return not verb.lower_.endswith("r") and verb.lower_ != verb.lemma_.lower()


def _fore(sent: Span, ent: Span) -> str:
    """Return the sentence text before a match, lower case."""
    return " ".join(t.lower_ for t in sent.doc[sent.start : ent.start])


# "den regleringsteknik som utredningen föreslår", "den modell … som föreslås i betänkandet": the object is a
# thing the remiss proposes, named by itself
FORESLAGET_EFTER = re.compile(
    r"^som\s+(?:\w+\s+){0,3}?(?:föreslår|föreslås|föreslagits|föreslogs|föreslagit|läggs\s+fram"
    r"|rekommenderar|rekommenderas|förordar|förordas)\b"
)
# the same with the participle before the noun: "den av PTS rekommenderade bandplanen", "den av regeringen
# beslutade tidpunkten", "det i promemorian föreslagna systemet"
FORESLAGET_FORE = re.compile(
    r"^(?:den|det|de)\s+(?:av|i)\s+(?:\S+\s+){1,3}?(?:föreslagna|rekommenderade|förordade|beslutade)\s"
)
# the participle first in the object, with or without its article ("ställer sig starkt negativ till föreslagna
# permanenta hastighetsnedsättningar", "positiv till den föreslagna regleringen")
FORESLAGET_FORST = re.compile(
    r"^(?:(?:till|mot|på)\s+)?(?:(?:den|det|de)\s+)?(?:föreslagna|remitterade|framlagda)\s"
)
# "ställer sig bakom PTS:s slutsats att mobilt bredband … är den användning som …": one conclusion named by
# its content, as "förslaget att …"
SLUTSATS = frozenset({"slutsats", "slutsatsen"})
# the participle that ends a pattern's match ("är kritiskt till de två föreslagna scenarier"): a thing
# proposed, named by itself
FORESLAGNA = frozenset({"föreslagna", "rekommenderade", "förordade"})
# the proposal stated first in its sentence, the stance after a semicolon naming it back with a bare noun: a
# list of the proposals, each with the answer's stance ("Marknadsföring av kommersiella spel ska kombineras
# med varningstexter …; Sper avstyrker Kommissionens förslag", "Staten bör skapa ett riktat bidrag …; Sper
# bifaller Kommissionens rekommendation", prov35/sper-jamlikhetskommissionen-remissyttrande, typ37): the
# stance is on the proposal its item states, one thing the remiss proposes
ATERGIVET = re.compile(
    r"^(?:\S+s\s+)?(?:förslag(?:et)?|rekommendation(?:en)?|bedömning(?:en)?|slutsats(?:en)?|ställningstagande(?:t)?)$"
)
FORE_SEMIKOLON = 4  # words at least before the semicolon: the proposal's own statement
EFTER_SEMIKOLON = 3  # tokens at most between the semicolon and the stance: its subject ("Sper", "vi")


def _foreslaget(sent: Span, ent: Span, objekt: str, object_end: int) -> bool:
    """Return True when a stance's object is a thing the remiss proposes or concludes, named by itself: a
    relative clause after it says so ("… den regleringsteknik som utredningen föreslår"), a participle before
    the noun ("den av PTS rekommenderade bandplanen", or ending the match: "är kritiskt till de två
    föreslagna scenarier"), or one conclusion with its content ("PTS:s slutsats att …")."""
    doc = sent.doc
    if doc[ent.end - 1].lower_ in FORESLAGNA:
        return True
    if object_end < sent.end and doc[object_end].lower_ == "att" and doc[object_end - 1].lower_ in SLUTSATS:
        return True
    if FORESLAGET_FORST.match(objekt + " "):
        return True
    if ATERGIVET.match(objekt) and _forslaget_fore_semikolon(sent, ent):
        return True
    if not objekt or FORSLAGSORD.match(objekt.split()[0]):
        return False
    return bool(FORESLAGET_FORE.match(objekt + " ")) or bool(
        FORESLAGET_EFTER.match(" ".join(t.lower_ for t in sent.doc[object_end : sent.end]))
    )


def _forslaget_fore_semikolon(sent: Span, ent: Span) -> bool:
    """Return True when a stance follows a semicolon that ends the proposal's statement in its sentence
    ("En statligt administrerad spelportal skapas, …; Sper avstyrker …"), its subject alone between them."""
    tokens = list(sent.doc[sent.start : ent.start])
    semikolon = [i for i, token in enumerate(tokens) if token.text == ";"]
    if not semikolon:
        return False
    last = semikolon[-1]
    return (len(tokens) - last - 1 <= EFTER_SEMIKOLON
            and sum(token.is_alpha for token in tokens[:last]) >= FORE_SEMIKOLON)


def _efter(sent: Span, ent: Span) -> str:
    """Return the sentence text after a match, lower case."""
    return " ".join(t.lower_ for t in sent.doc[ent.end : sent.end])


def _annat_omdome(pattern: dict[str, Any], sent: Span, ent: Span) -> bool:
    """Return True for an opinion without the stance word (`omdome`) in a past form added to others
    ("Därför har föreningen också välkomnat den nationella strategi som …"): told, not this answer's stance;
    "har i sitt remissvar välkomnat förslaget" without "också" is the answer told in the perfect."""
    return bool(pattern.get("omdome")) and _forfluten(sent.doc[ent.start]) and _tillagd(sent, ent)


def _tillagd(sent: Span, ent: Span) -> bool:
    """Return True when "också", "även" … stand in the clause before a match: one more thing told."""
    start = _clause(sent, ent)[0]
    return any(ADDITIV.fullmatch(token.text) for token in sent.doc[start : ent.start])


def _tidigare_svar(sent: Span, ent: Span) -> bool:
    """Return True for a stance verb in a past form after "tidigare" in its clause: an earlier answer.

    "Miljönämnden har i ett tidigare yttrande tillstyrkt en liknande ordning", "Kommunstyrelsen har tidigare
    ställt sig bakom regionens trafikstrategi" tell what was said before; the answer says its own stance in
    the present ("tillstyrker"), which a "tidigare" beside it does not move ("tillstyrker, liksom tidigare,
    förslaget"). A past form is the verb not ending in -r (supine "tillstyrkt", preterite "ställde").
    """
    if not _forfluten(sent.doc[ent.start]):
        return False
    start = _clause(sent, ent)[0]
    return any(token.lower_ in TIDIGARE for token in sent.doc[start : ent.start])


def _bara_del(pattern: dict[str, Any], objekt: str) -> bool:
    """Return True for a finding about a part only: the pattern says so, or its object is no remitted matter.

    `helhet_objekt` lists what a whole object looks like ("till förslaget", "till planen"); "ställer sig
    skeptiskt till förlängd arbetsgivarperiod" names something else, a part.
    """
    if pattern.get("bara_del"):
        return True
    helhet = pattern.get("helhet_objekt")
    return bool(helhet) and not re.search(str(helhet), objekt)


@lru_cache(maxsize=1)
def avstar_om_del() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Return the patterns of modeller/stallning.toml [avstar_om_del]: a limit after an avstår (in the text
    after the match) and before it (in the sentence before the match)."""
    from remiss.modelldata import modell_toml

    data = modell_toml(SYFTESFIL)["avstar_om_del"]
    grans = f"{data['grans']}(?!{data['helhet']})"
    return re.compile(data["efter"] + grans), re.compile(rf"\b{grans}")


def _avstar_om_del(sent: Span, ent: Span, objekt: str) -> bool:
    """Return True for an avstår limited to parts: a limit after it ("avstår från yttrande i de delar som
    avser sanktionssystemen", prov43/kkrva-kex-utredningen-remissvar), before it in its sentence ("Vad gäller
    kapitel 5 avstår …", "I övrigt avstår …"), or an object naming a part ("… över förslaget om avgifter").
    The answer takes its stance on the rest, or says nothing on the whole: no avstår for the whole."""
    from remiss.kontroll.brister import pa_del

    efter, fore = avstar_om_del()
    return bool(efter.search(_efter(sent, ent)) or fore.search(_fore(sent, ent))) or pa_del(objekt)


DELMANGD_FIL = "delmangd.jsonl"
FORE_DELMANGD = 3  # words before a match read for a subset that runs into it ("många förslag är bra")


@lru_cache(maxsize=1)
def delmangder() -> tuple[re.Pattern[str], ...]:
    """Return the patterns of modeller/delmangd.jsonl: an object that is a subset of the proposals.

    "välkomnar generellt de förslag som syftar till att …", "är positiv till flera av utredningens förslag":
    some of the proposals, not the remitted matter. Each line's example must match and its counter-example
    not ("stödjer flertalet av de förslag som läggs fram": all that are put forward).
    """
    from remiss.modelldata import las_jsonl

    return las_jsonl(DELMANGD_FIL, _delmangd)


def _delmangd(row: dict[str, Any]) -> re.Pattern[str]:
    """Given one line of the subset file, return its pattern (ValueError when its examples do not hold)."""
    monster = re.compile(row["monster"], re.IGNORECASE)
    if not monster.search(row["exempel"]) or monster.search(row.get("motexempel", "")):
        raise ValueError(f"{row['id']}: exemplet eller motexemplet stämmer inte med mönstret")
    return monster


def _delmangd_objekt(pattern: dict[str, Any], sent: Span, ent: Span, object_end: int) -> bool:
    """Return True for an opinion whose object is a subset of the proposals.

    "välkomnar generellt de förslag som syftar till att …", "är positiv till flera av utredningens förslag"
    (modeller/delmangd.jsonl) is a comment on some of them, no stance (README: "välkomnar flera av
    förslagen"); so is the stance word itself with such an object ("tillstyrker flera av utredningens
    förslag", "ställer sig bakom flera av utredningens förslag"): supporting several proposals is not
    supporting the remiss. The match and its object, with the three words after it (a relative clause's
    "som …"), are read; not the rest of the sentence ("välkomnar utredningens förslag, men lämnar synpunkter
    på vissa av utredningens förslag" is about the whole).

    The words just before the match count when a subset runs into it: the quantifier of a subject
    ("många förslag är bra", "… är några andra välkomna förslag").
    """
    fore = " ".join(t.lower_ for t in sent.doc[max(sent.start, ent.start - FORE_DELMANGD) : ent.start])
    text = " ".join(t.lower_ for t in sent.doc[ent.start : min(sent.end, object_end + 3)])
    helt = f"{fore} {text}" if fore else text
    start = len(helt) - len(text)  # a subset before the match must run into it, not end before it
    return any(m.end() > start for monster in delmangder() for m in monster.finditer(helt))


SYFTESFIL = "stallning.toml"
# the remitted matter's word, not in the genitive: what the stance is about when it comes before an aim word
DET_REMITTERADE = re.compile(
    r"^(?:förslag(?:et|en)?|betänkande(?:t|n|na)?|promemori(?:a|an|or|orna)|remiss(?:en)?|rapport(?:en)?"
    r"|[a-zåäö]*förslag(?:et|en)?|[a-zåäö]*(?:plan(?:en)?|strategi(?:n)?|program(?:met)?))$"
)


@lru_cache(maxsize=1)
def syftesord() -> re.Pattern[str]:
    """Return the aim words of modeller/stallning.toml as one pattern of a whole word: the word's beginning
    and up to four letters of its inflection ("syftet", "ambitionerna")."""
    from remiss.modelldata import modell_toml

    ord_ = modell_toml(SYFTESFIL)["syfte"]["ord"]
    return re.compile(rf"^(?:{'|'.join(re.escape(o) for o in ord_)})[a-zåäöé]{{0,4}}$")


def _om_syftet(sent: Span, ent: Span, object_end: int) -> bool:
    """Return True for support of the proposal's aim, not of the proposal: an aim word (modeller/
    stallning.toml) comes before the remitted matter's word in the match after its verb and in its object.

    "Vi ställer oss positiva till det fokus som läggs på konst och kultur i hela landet"
    (prov19/lansteatrarna-aterstart-remissvar), "välkomnar syftet med förslaget", "ställer sig positiv till
    förslagets syfte" (the genitive names the owner) are comments on an aim (README: "ställer sig positiv
    till att …"); "välkomnar förslaget och dess syfte" supports the proposal.
    """
    syfte = syftesord()
    for token in sent.doc[ent.start + 1 : object_end]:
        if syfte.match(token.lower_):
            return True
        if DET_REMITTERADE.match(token.lower_):
            return False
    return False


# one more item told: "också", "dessutom", "Utöver detta är … positiva till förslaget på …"
# (prov24/ju-akademisk-frihet-remissyttrande)
ADDITIV = re.compile(
    r"\b(?:också|även|likaså|dessutom|vidare|därutöver|utöver\s+(?:detta|det|dessa))\b", re.IGNORECASE
)
LISTPUNKT = re.compile(r"^\s*(?:[•\-–*]|\d{1,2}[.)])\s")


def omdomen_om_delar(found: list[Fynd]) -> list[Fynd]:
    """Return the findings with an opinion without the stance word about one of several parts made a comment.

    Support or criticism without "tillstyrker"/"avstyrker" (`omdome` in the pattern file) about a named
    proposal ("välkomnar promemorians förslag till att demokrativillkor införs") is the stance when it is
    the answer's one opinion: the proposal is the remitted matter. Said of one of several parts it is a
    comment (README: "positiv till att …"): "ser också positivt på förslaget med en samhällsplanering …"
    (an added item), "• Folkbildningsrådet stödjer förslaget att …" (one point of a list), or two such
    opinions about different proposals the opposite ways. It then counts only beside a stance, as blandat.
    Two or more about different named proposals all the same way, and nothing else, are stances on named
    parts all one way, which is that value (korpus README, Blandat): "Vi stödjer därför förslaget att låta
    Tillväxtverket …" and "Svenskt Friluftsliv stödjer förslaget att regeringen ger Tillväxtverket i uppdrag
    …" in an answer limited to two chapters (yttranden/svensktfriluftsliv-ett-land-att-besoka-remissvar).
    """
    from dataclasses import replace

    from remiss.kontroll.brister import pa_del
    from remiss.nlp import pattern_by_id

    patterns = pattern_by_id()
    kandidater = [
        f for f in found if patterns.get(f.monster, {}).get("omdome") and not f.bara_del and pa_del(f.objekt)
    ]
    samma_hall = len({f.varde for f in kandidater}) == 1 and len(kandidater) == len(found)
    flera = len({f.objekt for f in kandidater}) >= 2 and not samma_hall
    return [
        replace(f, bara_del=True) if f in kandidater and (flera or _bland_flera(f)) else f for f in found
    ]


LISTPUNKTENS_PREPOSITIONER = frozenset({"till", "på", "mot", "bakom", "för", "om"})


def listans_delar(found: list[Fynd]) -> list[Fynd]:
    """Return the findings with the points of a list that take stances the opposite ways made parts.

    A summary that lists its stances proposal by proposal, "Riksarkivet • tillstyrker bildandet av en samlad
    myndighet … • avstyrker bildandet av ett Nationellt råd för arkivfrågor … • tillstyrker att inga nya
    landsarkiv inrättas" (yttranden/riksarkivet-arkiv-for-alla-yttrande, yttr41), takes a stance on each
    point and none on the whole: stances on parts both ways, blandat (korpus README, Blandat: null), not the
    last point's value. A point about the remitted matter itself ("• tillstyrker förslaget", "i huvudsak",
    the matter's name) stays the whole; points all one way are left as they are.
    """
    from dataclasses import replace

    from remiss.kontroll.brister import HELHET, pa_del

    punkter = [f for f in found if LISTPUNKT.match(f.mening) and not f.bara_del and f.varde != "avstar"]
    if len({f.varde for f in punkter}) < 2:
        return found

    def om_helheten(fynd: Fynd) -> bool:
        ord_ = fynd.objekt.lower().split()
        while ord_ and ord_[0] in LISTPUNKTENS_PREPOSITIONER:
            ord_ = ord_[1:]  # "är positiv till förslaget": the object after its preposition
        forsta = ord_[1] if len(ord_) > 1 and ord_[0].endswith("s") else (ord_[0] if ord_ else "")
        remitterat = bool(DET_REMITTERADE.match(forsta)) and not pa_del(fynd.objekt.lower())
        return fynd.remissens_namn or bool(HELHET.search(fynd.objekt.lower())) or remitterat

    return [replace(f, del_bland_flera=True) if f in punkter and not om_helheten(f) else f for f in found]


def _bland_flera(fynd: Fynd) -> bool:
    """Return True when a finding's sentence adds one item to others: "också" before its object, a list
    item."""
    mening = fynd.mening
    forsta = fynd.objekt.split()[0] if fynd.objekt else ""
    fore = mening[: mening.lower().find(forsta)] if forsta and forsta in mening.lower() else mening
    return bool(ADDITIV.search(fore) or LISTPUNKT.match(mening))


# The title's words before the remitted matter: "Remissyttrande: Målbilder för god miljöhänsyn" names it after
# the document's kind (and "över betänkandet", "avseende remiss av promemorian" …; yttr42: "Remissyttrande av
# Promemoria Covid 19 lag", the kind without its article).
TITELNS_SLAG = re.compile(
    r"^\W*(?:remissyttrande|remissvar|yttrande|svar\s+på\s+remiss(?:en)?)\b\W*"
    r"(?:(?:över|angående|avseende|gällande|rörande|om|på|kring|av)\s+)?(?:remiss(?:en)?\s+(?:av\s+)?)?"
    r"(?:(?:betänkandet|delbetänkandet|promemorian|departementspromemorian|rapporten|förslaget"
    r"|promemoria|betänkande|departementspromemoria)\s+)?",
    re.IGNORECASE,
)
ARENDEORD = re.compile(r"[a-zåäöéü]{4,}")
# A news title says the stance beside the matter ("Regeringens förslag om etablering av vårdgivare
# välkomnas"): the stance word is no word of the matter.
TITELNS_OMDOME = re.compile(r"^(?:välkomna|tillstyrk|avstyrk|stöd|bejak|kritiser|avvis|sågas|ifrågasätt)")


def helhet_enligt_titel(found: list[Fynd], titel: str) -> list[Fynd]:
    """Return the findings with a part-looking object that names the remitted matter of the title as whole.

    "vi ställer oss bakom Dialogens beskrivningar av Målbilder för god miljöhänsyn" under the title
    "Remissyttrande: Målbilder för god miljöhänsyn": the object is the remiss itself, not a part, though no
    word of `helhet_objekt` ("förslaget", "planen" …) says so. The matter's words (at least two of four
    letters or more, compared on their first five) must all stand in the object, or in its sentence with two
    of them in the object ("ser därför positivt på regeringens förslag om regler för etablering av
    vårdgivare" under "Regeringens förslag om etablering av vårdgivare välkomnas": the owner stands before
    the match). A pattern that marks a part by itself (`bara_del`) keeps it.
    """
    from dataclasses import replace

    from remiss.nlp import pattern_by_id

    arende = [
        ord_[:5]
        for ord_ in ARENDEORD.findall(TITELNS_SLAG.sub("", titel or "", count=1).lower())
        if not TITELNS_OMDOME.match(ord_)
    ]
    if len(arende) < 2:
        return found
    patterns = pattern_by_id()
    out = []
    for fynd in found:
        objektord = {ord_[:5] for ord_ in ARENDEORD.findall(fynd.objekt.lower())}
        meningsord = {ord_[:5] for ord_ in ARENDEORD.findall(fynd.mening.lower())}
        namnger = set(arende) <= objektord or (
            set(arende) <= meningsord and len((set(arende) - {"försl"}) & objektord) >= 2
        )
        if fynd.bara_del and not patterns.get(fynd.monster, {}).get("bara_del") and namnger:
            fynd = replace(fynd, bara_del=False)
        out.append(fynd)
    return out


# The remitted document named with its number in the head ("… Tel Fax Ett starkare skydd för den enskildes
# integritet vid kreditupplysning, DS 2008:34."): a transcript's title is its letterhead's first words, so the
# matter is read where the head names it
REMISSNAMN_MED_NUMMER = re.compile(
    r"(?P<namn>[^.:;]{0,200}?)[\s,(]+(?:SOU|Ds)\s*\d{4}\s*:\s*\d+", re.IGNORECASE
)
HUVUDTEXT = 800  # characters of the yttrande's beginning: its head, also a transcript's run into one line
MINST_NAMNORD = 3  # of the name's last words, at least this many restated: the matter, not a word or two
VOKALER = str.maketrans("äöå", "aoa")


def helhet_enligt_remissnamn(found: list[Fynd], huvud: str) -> list[Fynd]:
    """Return the findings whose sentence restates the remitted document the head names with its number
    ("Ett starkare skydd för den enskildes integritet vid kreditupplysning, DS 2008:34" / "tillstyrker
    förslaget att integritetsskyddet för enskilda ska stärkas när kreditupplysning tillhandahålls …") as about
    the whole, though the object reads as a named proposal: the name's last words (at least MINST_NAMNORD of
    four letters or more, up to one the sentence lacks) all stand in the sentence, two of them in the object,
    compared on their first five letters with the vowels' dots folded ("stärkas" for "starkare") and inside a
    compound ("integritetsskyddet" holds "skydd"). A pattern that marks a part by itself (`bara_del`) keeps
    it."""
    from dataclasses import replace

    from remiss.nlp import pattern_by_id

    match = REMISSNAMN_MED_NUMMER.search(huvud[:HUVUDTEXT])
    if match is None:
        return found
    namn = [_stam(ord_) for ord_ in ARENDEORD.findall(match.group("namn").lower())]
    patterns = pattern_by_id()
    out = []
    for fynd in found:
        if not patterns.get(fynd.monster, {}).get("bara_del"):
            mening = [o.translate(VOKALER) for o in ARENDEORD.findall(fynd.mening.lower())]
            objekt = [o.translate(VOKALER) for o in ARENDEORD.findall(fynd.objekt.lower())]
            atergivna = _sista_i(namn, mening)
            if len(atergivna) >= MINST_NAMNORD and len([s for s in atergivna if _har(s, objekt)]) >= 2:
                fynd = replace(fynd, bara_del=False, remissens_namn=True)
        out.append(fynd)
    return out


def _stam(ord_: str) -> str:
    """Return a word's first five letters with the vowels' dots folded ("stärkas", "starkare": "stark")."""
    return ord_.translate(VOKALER)[:5]


def _har(stam: str, ord_: list[str]) -> bool:
    """Return True when a word opens with the stem or holds it as a compound's part."""
    return any(o.startswith(stam) or (len(stam) == 5 and stam in o) for o in ord_)


def _sista_i(namn: list[str], ord_: list[str]) -> list[str]:
    """Return the name's stems from its end that all stand in the words, up to the first that does not."""
    out = []
    for stam in reversed(namn):
        if not _har(stam, ord_):
            break
        out.append(stam)
    return out


def _sentence_text(sent: Span) -> str:
    """Return the sentence text, shortened for the report."""
    text = " ".join(str(sent).split())
    return text if len(text) <= MAX_MENING else text[: MAX_MENING - 1].rstrip() + "…"


def _quoted(sent: Span, ent: Span) -> bool:
    """Return True when the match stands inside brackets, parentheses or quotation marks in its sentence."""
    depth = 0
    quotes = 0
    for token in sent:
        if token.i >= ent.start:
            break
        if token.text in OPPNA:
            depth += 1
        elif token.text in OPPNA.values():
            depth = max(0, depth - 1)
        elif token.text in CITAT:
            quotes += 1
    return depth > 0 or quotes % 2 == 1


def _is_demand(sent: Span, ents: list) -> bool:
    """Return True for a sentence that lists the choices ("ställningstagande (tillstyrker, avstyrker, …)")."""
    labels = {e.label_ for e in ents}
    words = {t.lower_ for t in sent}
    demand = any(w.startswith("ställningstagande") for w in words) or bool(KRAVORD & words)
    return len(labels) >= 2 and demand and any(t.text == "," for t in sent)


def _clause(sent: Span, ent: Span) -> tuple[int, int]:
    """Return the token range of the clause around a match (between commas, 'men', 'som', …)."""
    start = sent.start
    for token in sent:
        if token.i >= ent.start:
            break
        if token.lower_ in SATSGRANS:
            start = token.i + 1
    end = sent.end
    for token in sent.doc[ent.end : sent.end]:
        if token.lower_ in SATSGRANS or token.lower_ == "att":
            end = token.i
            break
    return start, end


def _negated(sent: Span, ent: Span, *, inbyggd: bool = False, fundament: bool = False) -> bool:
    """Return True when a negation stands in the clause of a match (inside it, unless "inget att erinra").

    A match in inverted order (`fundament_fore`: "… avstår Arbetsgivarverket från att …") opens its main
    clause with the verb: what stands before it is the fronted part, a subordinate clause without its comma
    ("Då förslaget inte bedöms ha några … konsekvenser … avstår Arbetsgivarverket från att lämna
    synpunkter"), whose negation does not negate the verb.
    """
    start, end = _clause(sent, ent)
    if fundament:
        start = ent.start
    doc = sent.doc
    inside_end = ent.start if inbyggd else ent.end
    tokens = [*doc[start:inside_end], *doc[ent.end : min(end, ent.end + 3)]]
    return any(t.lower_ in NEGATION and not _idiom(t) for t in tokens)


def _varken_eller(sent: Span, ent: Span) -> bool:
    """Return True for a match in "varken … eller …" in its clause: the sender takes neither stance."""
    start, _ = _clause(sent, ent)
    in_clause = {t.lower_ for t in sent.doc[start : ent.start]}
    in_sentence = {t.lower_ for t in sent.doc[sent.start : ent.start]}
    return "varken" in in_clause or ("eller" in in_clause and "varken" in in_sentence)


def _negation_before(sent: Span, ent: Span) -> bool:
    """Return True when a negation stands anywhere in the sentence before a match."""
    return any(t.lower_ in NEGATION and not _idiom(t) for t in sent.doc[sent.start : ent.start])


def _idiom(token: Token) -> bool:
    """Return True for a negation word that does not negate ("inte minst", "inte bara")."""
    following = token.nbor(1).lower_ if token.i + 1 < len(token.doc) else ""
    return following in INTE_NEGATION


FORSLAGSORD = re.compile(
    r"^(?:förslag(?:et|en)?|betänkande(?:t|n|na)?|promemori(?:a|an|or|orna)"
    r"|(?:utrednings|lag|remiss)förslag(?:et|en)?)$"
)


def _object(sent: Span, ent: Span) -> str:
    """Return the words after the match up to the clause end, lower case (what the stance is about)."""
    return _object_span(sent, ent)[0]


# adverbs between the stance and its object: "avstyrker dock förslaget om …" is about "förslaget om …"
MELLANORD = frozenset({"dock", "däremot", "emellertid", "också", "därför", "alltså", "således", "även"})


def _object_span(sent: Span, ent: Span) -> tuple[str, int]:
    """Return the words after the match up to the clause end, lower case, and the token index they end at.

    A proposal word that ends the match stays in front ("avvisar förslaget om en ny organisation": "förslaget
    om en ny organisation", a part), and "om"/"att" right after a proposal word do not end the clause;
    "till att"/"på att" is kept ("positiv till att utredningen lyfter fram …" is about that, not the remiss),
    and so is an "att" opening the object ("avstyrker dock att detta även ska gälla målgruppen …": that
    matter, a part). "mot att" goes on to the clause end ("inget att invända mot att frågan om dubbla examina
    utreds": "mot att frågan", that matter, unless it names the proposal). Adverbs right after the match
    ("dock", "däremot") do not end the clause.
    """
    doc = sent.doc
    last = doc[ent.end - 1]
    named = bool(FORSLAGSORD.match(last.lower_))
    end = ent.end
    opening = True
    for token in doc[ent.end : sent.end]:
        previous = doc[token.i - 1].lower_
        if opening and token.lower_ in MELLANORD:
            continue
        if opening and token.lower_ == "att" and last.lower_.startswith(("tillstyrk", "avstyrk")):
            end = token.i + 1
            opening = False
            continue
        opening = False
        if token.lower_ in ("om", "att") and FORSLAGSORD.match(previous):
            end = token.i + 1
            continue
        if token.lower_ == "att" and previous in ("till", "på"):
            end = token.i + 1
            break
        if token.lower_ == "att" and previous == "mot":
            end = token.i + 1  # "inget att invända mot att frågan … utreds": what it is, up to the clause end
            continue
        if token.lower_ in SATSGRANS or token.lower_ == "att":
            break
        end = token.i + 1
    words = [
        t.lower_ for t in doc[ent.end : end] if any(c.isalnum() for c in t.text) and t.lower_ not in MELLANORD
    ]
    return " ".join(([last.lower_] if named else []) + words), end


SAMORDNING = frozenset({"och", "samt"})
PARTIKLAR = frozenset({"in", "fram", "över", "ut", "upp", "vidare", "tillbaka", "med", "emot"})


def _delat_objekt(sent: Span, object_end: int) -> tuple[str, int] | None:
    """Return the object a stance verb shares with the verb coordinated after it, and where it ends.

    "ställa sig bakom och skicka in ett likalydande svar på Indelningskommitténs betänkande": the first verb
    has no object of its own ("och" ends its clause); what both verbs take is the second one's object, here
    the answer itself, not the betänkande. The word after "och" is read as that verb (a lower-case word),
    its particle ("in", "fram") skipped.
    """
    doc = sent.doc
    i = object_end
    if i + 2 >= sent.end or doc[i].lower_ not in SAMORDNING or not doc[i + 1].text.islower():
        return None
    if any(e.start == i + 1 for e in sent.ents):
        return None  # "har inget att erinra och avstår därmed från att …": the second verb is a stance itself
    i += 2
    while i < sent.end and doc[i].lower_ in PARTIKLAR:
        i += 1
    words = []
    for token in doc[i : sent.end]:
        if token.lower_ in SATSGRANS or token.lower_ == "att":
            break
        if any(c.isalnum() for c in token.text):
            words.append(token.lower_)
        i = token.i + 1
    return (" ".join(words), i) if words else None


def _passivt_subjekt(sent: Span, ent: Span) -> tuple[str, int] | None:
    """Return the subject of a stance verb in the passive as its object: what is "avstyrks" stands before it.

    "Förslaget att utforma en servicegaranti vid myndighetsutövning … avstyrks." is about that proposal, a
    part; the words from the sentence start (a list's bullet left out) to the verb, when the verb is a
    passive form ("avstyrks", "tillstyrks", "välkomnas": the form ends in -s, its lemma does not) and the
    subject names a proposal.
    """
    verb = sent.doc[ent.end - 1]
    if ent.end - ent.start != 1 or not verb.lower_.endswith("s") or verb.lemma_.lower().endswith("s"):
        return None
    words = [t.lower_ for t in sent.doc[sent.start : ent.start] if any(c.isalnum() for c in t.text)]
    if not words or not FORSLAGSORD.match(words[0]):
        return None
    return " ".join(words), ent.start


def _content_end(sent: Span, objekt: str, object_end: int) -> int:
    """Return where a stance's object ends, with the content of a named proposal ("förslaget att det ska
    finnas möjlighet att avslå bygglov") running on over its "att" to the next clause boundary, also when the
    content follows the proposal word ("delar motionärernas förslag som är att Riksdagen avslår regeringens
    förslag i den del …": what the shared proposal says, not the sender's own stance)."""
    if not objekt:
        return -1
    words = objekt.split()
    inne = len(words) >= 2 and FORSLAGSORD.match(words[0]) and words[1] in ("att", "om")
    if not inne and not (FORSLAGSORD.match(words[-1]) and _innehall_efter(sent, object_end)):
        return object_end
    for token in sent.doc[object_end : sent.end]:
        if token.lower_ in SATSGRANS - {"om", "som"}:
            return token.i
    return sent.end


# words between a subject and its verb: "Näringsdepartementet har nu avslagit …"
SUBJEKT_TILL_VERB = frozenset({"har", "hade", "nu", "också", "även", "därför", "dock", "sedan", "tidigare"})


def _departement_som_subjekt(sent: Span, ent: Span) -> bool:
    """Return True when a ministry is the subject right before the match ("Näringsdepartementet avslog vår
    ansökan …"), not a word earlier in the sentence ("Som departementet föreslår tillstyrker vi …"), nor the
    recipient closing a fronted adverbial ("I sitt remissvar till Klimat- och näringslivsdepartementet
    avstyrker Naturskyddsföreningen förslaget …": the subject comes after the verb)."""
    index = ent.start - 1
    while index > sent.start and sent.doc[index].lower_ in SUBJEKT_TILL_VERB:
        index -= 1
    if index < sent.start or not DEPARTEMENT.match(sent.doc[index].lower_):
        return False
    fore = index - 1  # back over the name's other parts ("Klimat- och")
    while fore > sent.start and (sent.doc[fore].text.endswith("-") or sent.doc[fore].lower_ in ("och", ",")):
        fore -= 1
    return not (fore >= sent.start and sent.doc[fore].lower_ in ("till", "hos", "från", "åt"))


def _statsrad(token: Token) -> bool:
    """Return True for a minister or "statsrådet" as a word of the sentence, lower case or opening it (not the
    Finnish government's postal address "00023 Statsrådet" a transcript ran into the answer's first line)."""
    return bool(STATSRAD.match(token.text) or (token.i == token.sent.start and STATSRAD.match(token.lower_)))


def _innehall_efter(sent: Span, object_end: int) -> bool:
    """Return True when a proposal's content follows its word: "att …", "om …", "som är att …"."""
    efter = [t.lower_ for t in sent.doc[object_end : min(object_end + 3, sent.end)]]
    return efter[:1] in (["att"], ["om"]) or efter[:3] == ["som", "är", "att"]


def _foreign_subject(sent: Span, ent: Span, namnd: str | None) -> bool:
    """Return True when only other organisations than the yttrande's own are named before the match.

    A named unit of the förvaltning ("Bygglovsenheten har inget att invända") reports its own view, not
    the organisation's stance; "riksdagen" or "regeringen" as subject ("att riksdagen avslår …", a motion's
    yrkande quoted in an utskott's yttrande) is never the sender's voice, nor a minister's support told ("det
    finns ett uttalat stöd från statsrådet att förslagen ska genomföras"), nor a ministry's decision
    ("Näringsdepartementet avslog vår ansökan om undantag …").
    """
    before = sent.doc[sent.start : ent.start]
    if any(UNDERENHET.match(t.text) for t in before):
        return True
    if _departement_som_subjekt(sent, ent):
        return True
    efter_verbet = sent.doc[ent.start : min(ent.end + 1, sent.end)]  # the match and the word after it
    if not any(t.lower_ in GENERISKA for t in before) and (
        # "att riksdagen avslår regeringens förslag": a motion's yrkande, not the sender's
        any(t.lower_ in ALDRIG_AVSANDARE or _statsrad(t) for t in before)
        # the remissinstanser as the subject after the verb ("Sammanfattningsvis är remissinstanserna
        # positiva till förslaget", "Sammantaget tillstyrker remissinstanserna förslaget"): told (lead38)
        or any(t.lower_ in REMISSINSTANSER for t in efter_verbet)
    ):
        return True
    own = namnd.split()[-1].lower() if namnd else None
    if own is None or own in GENERISKA:
        return False
    others = False
    for token in sent.doc[sent.start : ent.start]:
        word = token.lower_
        forra = sent.doc[token.i - 1] if token.i > sent.start else None
        if word in GENERISKA and forra is not None and forra.text[:1].isupper() and forra.is_alpha:
            others = True  # "Tekniska nämnden tillstyrker …" under Kommunstyrelsen's decision: a named other
            continue
        if word == own or word in GENERISKA:
            return False
        if ORG_SLUT.search(word) and not word.endswith("förvaltningen"):
            others = True
    return others
