"""Is a document without a yttrande title a remissvar? Cues scored from modeller/yttrandesignaler.jsonl.

A remissvar letter of another organisation often has no "Yttrande över …" title: a web page titled by the
remitted matter ("Betänkandet Havet och människan"), an agency letter headed "REMISSVAR", a tjänsteskrivelse
titled by the remiss, a kanslisvar ("Rubricerade ärende har remitterats till Regelrådet"). Each cue in the
data file has a weight; the cues of a missiv (a "Remissinstanser" heading, "Svaret ska ha kommit in senast
…", "Ni bereds tillfälle …") weigh against. Each cue counts once per document.

Where a cue is looked for (`var`): `rubrik` in the first lines of the document (its heading zone), `text`
in the whole text (lines joined, so a phrase broken over two lines is found), `rad` as a whole line,
`topp` in the first lines of the document however long (a docplayer transcript's one paragraph opening
with the letter head: "1 YTTRANDE Dnr Adm 6107/04 AB 2 Justitiedepartementet … Utredningen presenterar …"),
`inledning` in the document's first characters, lines joined, and only when no heading cue was found: a
transcript runs the letter's title into its first paragraph ("PM 1 (9) Justitiedepartementet … Stockholm
Yttrande över slutbetänkandet Myndighetsdatalagen …"), broken over lines wherever the layout wraps it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from remiss.domain import Line
from remiss.kontroll.struktur import Strukturbedomning, sammanfogad
from remiss.modelldata import las_jsonl

SIGNALFIL = "yttrandesignaler.jsonl"
PLATSER = ("rubrik", "text", "rad", "topp", "inledning")
INLEDNING = 400  # characters: a transcript's letter head and title
RUBRIKZON = 14  # the heading zone: the first lines of a document
MAX_RUBRIKRAD = 200
KORT_RAD = 60  # a line this short can be a heading
# A longer line is a heading only when it opens a paragraph and reads as no sentence: no sentence break,
# no finite verb ("Myndigheter har möjlighet att hämta in ett yttrande …" is body text).
FINIT_VERB = re.compile(
    r"\b(?:har|hade|är|var|kan|ska|skall|bör|måste|får|blir|finns|gör|vill)\b", re.IGNORECASE
)
# a wrapped sentence going on with the number cut from its line ("… Rätt för klimatet SOU" / "2022:21, vilken
# …"), not a date or number under a heading ("10 maj 2014")
FORTSATT_NUMMER = re.compile(r"^\d[\d:./-]*[,;)]")
DOKUMENTORD = re.compile(
    r"^(?:\d+\s+)?(?:remissvar|remissyttrande|yttrande|svar\s+på|synpunkter\s+på|kommentarer\s+till|angående"
    r"|remiss|tjänsteskrivelse|tjänsteutlåtande)\b",
    re.IGNORECASE,
)
TROSKEL = 4  # a document whose cues score this much is read as one yttrande
# The structure of the whole document (`struktur`) recognises a remissvar whose wording no cue knows: a
# document of a remissvar's form (it answers a named remiss, with the sender's voice or a decision, and a
# tjänsteskrivelse's head or a decision) when no cue speaks against it (a tjänsteskrivelse with both a
# decision and a head also when a weak one does); a web notice in the sender's own
# voice about its answer when cues and structure together reach SAMMANLAGD_TROSKEL and no cue speaks
# against it. A text reporting others' answers is none, whatever its cues.
SAMMANLAGD_TROSKEL = 7
# A tjänsteskrivelse answering a remiss cites its deadline ("ska vara … tillhanda senast den 30 november",
# a missiv's cue); stronger cues against it (a missiv's "Svaret ska ha kommit in …") keep it a missiv.
SVAG_MOT = -3
MENINGSGRANS = re.compile(r"[a-zåäö]{2}[.!?]\s+[A-ZÅÄÖ]")  # "… syften. Myndigheten kan": a sentence
# cues of the genre, not of the content: a press release ("Pressmeddelande • Sep 08, 2008", "Presskontakt")
# is how an organisation publishes its own answer as well as anything else; they weigh against a remissvar
# only when the text is not the sender's own answer (its own name as the voice, or its own answer named)
GENRESIGNALER = frozenset({"pressmeddelande", "presskontakt"})
# cues of a member's own text (a party's 'Yrkande från MP, S och V', a note 'Om jag hade fått rösta hade jag
# bifallit …'): in a protocol or tjänsteskrivelse answering a remiss (a decision, its head, the remiss named)
# they are the protocol's parts, no cue against its answer
LEDAMOTSSIGNALER = frozenset({"jag-om-andras-svar", "ledamotens-handling-i-rubrik"})
# a politician quoted by office ('…, säger kommunalrådet NN'): a newspaper's account of a body's decision when
# no one speaks in the sender's own voice; the body's own page quotes its regionråd too ('Förbundsstyrelsen
# anser …' / '– Vi ställer oss bakom …, säger Erik Bergkvist, regionråd i Västerbotten')
POLITIKERSIGNALER = frozenset({"citerat-politiskt-rad"})
# cues of a page that collects answers ("Här finns Elevernas riksförbunds remissvar på statliga utredningar
# och lagförslag", "Inkomna remissvar"): a list or archive of answers is no answer, whatever the learned type
# says; so is a page about the body's answers in general ("Bris ges möjlighet att yttra sig över exempelvis
# statliga utredningar …", then a line on each answer: the learned type, retrained in session 43, read Bris's
# page as a yttrande at 0,73)
# (rest47: also a page that calls itself a list of the body's remisser or answers, "Nedan följer en
# sammanställning av remissgången …", "en förteckning över förbundets remissvar",
# prov45/srpf-remisser-forteckning)
SAMLINGSSIGNALER = frozenset({
    "samling-av-remissvar", "om-remissvar-i-allmanhet", "forteckning-over-egna-remissvar",
})
# headings that name the plan or proposal a letter comments on ("Synpunkter på detaljplan Årstafältet park",
# "Synpunkter på Trafikverkets förslag till …"): with the case's number or another head field under them
# (`struktur` family `huvud`: "Dnr 2011-03366") the letter is filed in that case, a private person's or a
# company's yttrande also without "Yttrande" as its heading; its "jag" is the writer's own voice, and the
# case's number weighs as one cue more (ARENDETS_NUMMER)
ARENDESRUBRIKER = frozenset({
    "synpunkter-pa-namngiven-plan-i-rubrik", "synpunkter-pa-annans-forslag-rubrik",
    "synpunkter-over-remissdokument-i-rubrik",
})
SKRIBENTSIGNALER = frozenset({"jag-om-andras-svar"})
MOTTAGARENS_NUMMER = "mottagarens-referens"  # "Er beteckning: KFKS 2019/345": the case's number too
ARENDETS_NUMMER = 1


@dataclass(frozen=True)
class Signal:
    """One cue: id, where it is looked for, its weight, its pattern and an example it matches."""

    id: str
    var: str
    vikt: int
    monster: re.Pattern[str]
    exempel: str


@lru_cache(maxsize=1)
def load_signaler() -> tuple[Signal, ...]:
    """Return the cues of modeller/yttrandesignaler.jsonl, checked (ConfigError names the bad line)."""
    return las_jsonl(SIGNALFIL, _signal, "Rätta signalfilen.")


def _signal(row: dict[str, Any]) -> Signal:
    """Given one line of the cue file, return its cue (ValueError when a field is wrong)."""
    if row["var"] not in PLATSER or not isinstance(row["vikt"], int) or not row["exempel"]:
        raise ValueError("var, vikt eller exempel saknas eller är fel")
    monster = re.compile(row["monster"], re.IGNORECASE)
    return Signal(row["id"], row["var"], row["vikt"], monster, row["exempel"])


# A printed e-mail opens with its header fields ("Från: | Formas", "Till:", "Ämne: | …", "Bifogade filer:"),
# under the name of the mailbox printed from: the document's heading zone begins after them.
EPOSTFALT = re.compile(
    r"^\s*(?:Från|Skickat|Till|Kopia|Ämne|Bifogade\s+filer|Datum|From|Sent|To|Cc|Subject)\s*:", re.IGNORECASE
)
MAX_EPOSTHUVUD = 9  # lines: the mailbox name and the header fields


def utan_eposthuvud(lines: list[Line] | tuple[Line, ...]) -> list[Line] | tuple[Line, ...]:
    """Given a document's lines, return them without a printed e-mail's header (at least two fields)."""
    falt = [i for i, line in enumerate(lines[:MAX_EPOSTHUVUD]) if EPOSTFALT.match(line.text)]
    if len(falt) < 2 or falt[0] > 1:
        return lines
    slut = falt[-1] + 1
    return lines[slut:] if slut < len(lines) else lines


def eposthuvudets_falt(lines: list[Line] | tuple[Line, ...], *namn: str) -> list[str]:
    """Return the values of a printed e-mail's header fields named ("Från", "Ämne"), or []."""
    if utan_eposthuvud(lines) is lines:
        return []
    out = []
    for line in lines[:MAX_EPOSTHUVUD]:
        etikett, _, varde = line.text.partition(":")
        if etikett.strip().lower() in {n.lower() for n in namn}:
            out.append(varde.strip(" |\t"))
    return out


def poang(lines: list[Line] | tuple[Line, ...]) -> tuple[int, tuple[str, ...]]:
    """Given a document's lines, return its remissvar score and the ids of the cues found."""
    lines = utan_eposthuvud(lines)
    head = [text for number, text in enumerate(_texts(lines[:RUBRIKZON])) if _rubrikrad(text, number, lines)]
    joined = sammanfogad(lines)
    found = []
    for signal in load_signaler():
        if signal.var == "inledning":
            continue  # below: only when the title was not read as a heading
        if signal.var == "rubrik":
            hit = any(signal.monster.search(text) for text in head)
        elif signal.var == "rad":
            hit = any(signal.monster.search(line.text) for line in lines)
        elif signal.var == "topp":
            hit = any(signal.monster.search(line.text) for line in lines[:RUBRIKZON])
        else:
            hit = bool(signal.monster.search(joined))
        if hit:
            found.append(signal)
    if not any(s.var == "rubrik" and s.vikt > 0 for s in found):
        found += [s for s in load_signaler() if s.var == "inledning" and s.monster.search(joined[:INLEDNING])]
    return sum(s.vikt for s in found), tuple(s.id for s in found)


def _texts(lines: list[Line] | tuple[Line, ...]) -> list[str]:
    return [line.text.strip() for line in lines]


def _rubrikrad(text: str, number: int, lines: list[Line] | tuple[Line, ...]) -> bool:
    """Return True for a line that can be a heading: short, or opening a paragraph, not a sentence.

    A line longer than MAX_RUBRIKRAD is a heading only when it opens with the document's kind and is set
    larger than the body (a web page's title "Remissvar avseende förslag till föreskrifter om … " of 260
    characters, one Word paragraph).

    A line whose sentence the line break carries on to the next line is body text, however short, unless
    it opens with the document's kind ("Remissyttrande gällande …" / "vattendistrikts …") or is set larger
    than the body (a title wraps the same way); a short line ending a sentence with a finite verb ("Här kan
    du ta del av Vattenfalls remissvar.") is body text too.
    """
    if len(text) > MAX_RUBRIKRAD and not (DOKUMENTORD.match(text) and _storre_stil(lines[number], lines)):
        return False  # a long title only as the document's kind set as a heading ("Remissvar avseende …")
    following = lines[number + 1].text.strip() if number + 1 < len(lines) else ""
    fortsatter = following[:1].islower() or bool(FORTSATT_NUMMER.match(following))
    if fortsatter and not DOKUMENTORD.match(text) and not _storre_stil(lines[number], lines):
        return False  # "I sitt remissvar ger … SOU" / "2022:21, vilken …": a paragraph's wrapped first line
    previous = lines[number - 1].text.strip() if number else ""
    if text[:1].islower() and len(previous) > KORT_RAD and not previous.endswith((".", ":", "!", "?")):
        return False  # a sentence's rest on a short line ('… att yttra sig med ett eget' / 'yttrande till …')
    if len(text) <= KORT_RAD:
        return not (text.endswith(".") and FINIT_VERB.search(text))
    if text.endswith(".") or text[:1].islower() or MENINGSGRANS.search(text):
        return False
    if FINIT_VERB.search(text) and not (number <= 2 and DOKUMENTORD.match(text)):
        return False  # a verb in a title opening with the document's kind is a relative clause's ("Remissvar
        # gällande Uppdraget att föreslå vilka bestämmelser … som bör omfattas av …", one Word paragraph)
    return not previous or len(previous) <= KORT_RAD or previous.endswith((".", ":", "!", "?"))


def _storre_stil(line: Line, lines: list[Line] | tuple[Line, ...]) -> bool:
    """Return True when a line is set apart from the body: in a larger font than the document's most common
    size, or in bold at that size when the body is not bold (a template that sets headings in bold only)."""
    sized = [other for other in lines[:200] if other.size]
    if not line.size or not sized:
        return False
    rows: dict[float, tuple[int, int]] = {}
    for other in sized:  # the body: most rows, and of as many rows the most characters (a short notice
        count, chars = rows.get(round(other.size, 1), (0, 0))  # has three title rows and three of text)
        rows[round(other.size, 1)] = (count + 1, chars + len(other.text))
    body = max(rows, key=lambda size: rows[size])
    if round(line.size, 1) > body:
        return True
    if not line.bold or round(line.size, 1) != body:
        return False
    at_body = [other for other in sized if round(other.size, 1) == body]
    return 2 * sum(len(other.text) for other in at_body if other.bold) < sum(len(o.text) for o in at_body)


@dataclass(frozen=True)
class Igenkanning:
    """Why a document without a yttrande title is (or is not) a remissvar: its cues and its structure."""

    poang: int
    signaler: tuple[str, ...]
    struktur: Strukturbedomning

    @property
    def eget(self) -> bool:
        """Return True when the text is the sender's own publication speaking of itself: its press release
        (or a page linking its answer) in which it is the voice or names its own answer."""
        s = self.struktur
        egen_rost = s.har("rost") and "egen-avsandare-som-subjekt" in s.familjer["rost"][1]
        return s.har("publicerar") and (egen_rost or s.har("eget_svar"))

    @property
    def protokoll(self) -> bool:
        """Return True for a protocol or tjänsteskrivelse answering a named remiss: a decision, its head."""
        s = self.struktur
        return s.har("beslut") and s.har("huvud") and s.har("svarar") and not s.om_remiss

    @property
    def bortsedda(self) -> frozenset[str]:
        """Return the ids of the cues that do not count for this text: the press-release genre in the sender's
        own publication, a politician quoted by office where the sender speaks in its own voice, a member's
        parts in a protocol answering a remiss."""
        genre = GENRESIGNALER if self.eget else frozenset()
        politiker = POLITIKERSIGNALER if self.struktur.har("rost") else frozenset()
        skribent = SKRIBENTSIGNALER if self.brev_i_arende else frozenset()
        return genre | politiker | skribent | (LEDAMOTSSIGNALER if self.protokoll else frozenset())

    @property
    def brev_i_arende(self) -> bool:
        """Return True for a letter headed by the plan or proposal it comments on (ARENDESRUBRIKER), with the
        case's number or another head field under the heading, or the recipient's reference: a yttrande filed
        in that case."""
        nummer = self.struktur.har("huvud") or MOTTAGARENS_NUMMER in self.signaler
        return nummer and any(signal in ARENDESRUBRIKER for signal in self.signaler)

    @property
    def ar_remissvar(self) -> bool:
        """Return True when cues or structure make the document a remissvar, and it reports no one else's."""
        s = self.struktur
        if s.referat:
            return False
        bortsedda = self.bortsedda
        funna = [signal for signal in load_signaler() if signal.id in self.signaler]
        poang = self.poang - sum(signal.vikt for signal in funna if signal.id in bortsedda)
        poang += ARENDETS_NUMMER if self.brev_i_arende else 0
        if poang >= TROSKEL:
            return True
        # "I vårt remissvar lyfter vi …": the sender presents its own answer to a remiss; "Vi stödjer … Hela
        # remissvaret finns i nedanstående länk": it publishes its own answer
        eget_svar = s.eget_svar and (s.har("rost") or s.har("svarar"))
        publicerat = s.har("publicerar") and s.forsta_person and s.har("svarar")
        if (eget_svar or publicerat) and poang >= 0 and not s.om_remiss:
            return True
        if poang <= SVAG_MOT or not s.har("svarar") or s.om_remiss:
            return False
        if s.har("beslut") and s.har("huvud"):
            return True  # a tjänsteskrivelse or protokollsparagraf answering a remiss (its deadline cited)
        mot = any(signal.vikt < 0 for signal in funna if signal.id not in bortsedda)
        if mot or poang < 0:
            return False
        form = s.har("rost") and (s.har("beslut") or s.har("huvud"))
        return form or (s.har("rost") and poang + s.poang >= SAMMANLAGD_TROSKEL)

    @property
    def tyst(self) -> bool:
        """Return True when nothing of an answer was found beyond the remitted document named: the positive
        cues weigh at most NAMNGIVET together ("SOU 2024:12" in the heading), and no structural family but the
        weakest answering one (a betänkande or promemoria named, +1): no voice, no remiss answered, no
        decision, no head, no own answer."""
        for_svar = sum(s.vikt for s in load_signaler() if s.id in self.signaler and s.vikt > 0)
        familjer = self.struktur.familjer
        svag = all(familj == "svarar" and score <= NAMNGIVET for familj, (score, _) in familjer.items())
        return for_svar <= NAMNGIVET and svag

    @property
    def samling(self) -> bool:
        """Return True when the cues say the page collects answers (its own or others', SAMLINGSSIGNALER)."""
        return any(signal in SAMLINGSSIGNALER for signal in self.signaler)

    def forklaring(self) -> str:
        """Return the reasons, readable: the cue score with its cues, the structure with its families."""
        tecken = f"tecken {self.poang:+d} ({', '.join(self.signaler)})" if self.signaler else "inga tecken"
        bortsedda = [signal for signal in self.signaler if signal in self.bortsedda]
        if bortsedda:  # "tecken -1 (…), räknas inte: jag-om-andras-svar, ärendets nummer +1"
            tecken += f", räknas inte: {', '.join(bortsedda)}"
        if self.brev_i_arende:
            tecken += f", ärendets nummer {ARENDETS_NUMMER:+d}"
        struktur = self.struktur.forklaring() or "ingen struktur"
        return f"{tecken}; struktur {self.struktur.poang:+d}: {struktur}"


# (typ43) a page headed by the remiss itself, the remiss frame and the remitted matter ("Remiss Ändrade
# regler för vattenskoter (SOU: 2022:49)", "Remiss av promemorian …", "Remiss: …"): an answer under such a
# heading says that it answers (a cue or a structural family), a notice of the open remiss tells the proposal
REMISSRUBRIK = re.compile(
    r"^\W*(?-i:Remiss|REMISS)(?:\s+(?:av|om|ang\.|angående|avseende|gällande|över)\b)?\s*[:–-]?\s+\S",
)


NAMNGIVET = 1  # the weight of a remitted document named, in a cue or the structure: no sign of an answer
REMISSRUBRIKENS_RADER = 3  # the heading's place: the first lines, under a site's or an organisation's name


def om_remissen(lines: list[Line] | tuple[Line, ...], tecken: Igenkanning) -> bool:
    """Return True for a page headed by a remiss ('Remiss X', REMISSRUBRIK) on which nothing of an answer was
    found (`Igenkanning.tyst`): a notice of the open remiss, no yttrande however its words read."""
    rader = [line.text.strip() for line in utan_eposthuvud(lines) if line.text.strip()]
    return tecken.tyst and any(REMISSRUBRIK.match(rad) for rad in rader[:REMISSRUBRIKENS_RADER])


def igenkanning(lines: list[Line] | tuple[Line, ...]) -> Igenkanning:
    """Given a document's lines, return its cue score and structure (`Igenkanning`)."""
    from remiss.kontroll.struktur import bedom

    score, ids = poang(lines)
    return Igenkanning(score, ids, bedom(lines))


def ar_remissvar(lines: list[Line] | tuple[Line, ...]) -> bool:
    """Return True when a document's cues or structure make it a remissvar (`Igenkanning.ar_remissvar`)."""
    return igenkanning(lines).ar_remissvar
