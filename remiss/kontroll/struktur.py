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
* `eget_svar`: the sender names its own answer: "I vårt remissvar lyfter vi …", "Hyresgästföreningens
  remissvar om …" under its own name, "Det framgår av förbundets yttrande över en remiss …",
  "Byggnadsvårdsföreningen har skrivit ett remissyttrande över …" opening its own page. With the sender's
  voice or a named remiss it makes the text the answer (a web yttrande, a press release on the own answer).
* `publicerar`: the page is the sender's own publication: a press release's label over it ("Pressmeddelande
  • Sep 08, 2008"), a link line to the answer in full ("Läs hela dokumentet här", "SPF Seniorernas remissvar i
  sin helhet"). It adds nothing to the score; it lets a text of the sender in the third person count as its
  own
  (a newspaper writes of an organisation in the third person too: "det konstaterar Sportfiskarna i sitt
  remissvar"; a byline or a quoted chair tells nothing, the organisations' own news pages have them as well).
* `om_remiss` (against): a text about a remiss, not an answer: the body sends its own plan on remiss
  ("beslutar att skicka förslaget … på remiss") or delegates the yttrande ("uppdrar åt stadsarkitekten att
  upprätta förslag till yttrande"), or the writer's own appeal in a case ("Jag baserar mitt besvär på …", "Vi
  överklagar härmed nämndens beslut"), or the page is a riksdag document of another kind by its own label on a
  line ("Betänkande 2014/15:AU11": the committee's report, with its "Utskottets förslag till beslut"). It
  keeps the structure alone, and the learned type, from making such a text a remissvar.
* `referat` (against): the text reports others' answers: an organisation that the head does not name is
  the subject ("Ekonomistyrningsverket har svarat på …" under a magazine's headline), several outside
  organisations take positions ("Länsstyrelserna avstyrker … Arbetsförmedlingen anser"), it counts the
  answers received, or a source line under the headline ("Naturvårdsverket," / "2008-06-23") names the
  organisation the text attributes itself to ("Det skriver Naturvårdsverket i sitt yttrande över …": a
  portal's notice), or it attributes the answer to a named organisation by reported speech ("…, hävdar
  Sveriges Arkitekter i sitt remissvar") with no first person of its own, no link to the answer and the
  organisation no letterhead of the page, or its own "vi" tells the reader of another's yttrande ("Vi ger er i
  detalj Värnamo kommuns inskickade yttrande"). It weighs only when no one speaks in the sender's own voice,
  except a page that says an editorial staff published it ("Publicerat av: Redaktionen"): there the
  organisation that speaks is the one reported on.

Speech quoted and attributed to a person ("– Vi välkomnar förslaget …, säger Marie-Louise Forsberg-Fransson
(S), regionstyrelsens ordförande.") is no first person of the text: a newspaper quotes the organisation it
reports on, so "vi" and "vårt remissvar" are read in the text without such quotes (the organisation named in
a quote, "– Landstinget anser …, säger landstingsrådet", still speaks as itself). The sender is the
organisation the head names, with its abbreviation ("Sveriges Byggindustrier (BI)", "Kriminalvårdsstyrelsen,
KVS,"), its kind as a generic noun ("Föreningen anser" under "Hyresgästföreningens remissvar"), and on a page
without a name in its head the organisation that opens the text as the author of an answer
("Byggnadsvårdsföreningen har skrivit ett remissyttrande över …"), and the organisation whose remissvar a link
line publishes under a text that never names it ("Det är inte acceptabelt att … / Läs MRFs remissvar här":
the text argues in that organisation's voice; a paper names whose answer it reports before linking it). A
link that publishes the answer by its definite form alone ("Läs hela remissvaret här.", "Ladda ner
remissvaret") over a text whose one organisation told is the one that has answered ("Privattandläkarna har i
dag lämnat in remissvar … Privattandläkarna anser …" under "Remissvar på tandvårdsutredningen") makes that
organisation the sender too: the page publishes the answer it tells of (ytt37); several organisations told, or
a link naming the owner, stay a report.

`bedom(lines)` returns the families found with their cues, for the decision and for the explanation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from remiss.dates import KLOCKSLAG, MANADER_MONSTER
from remiss.domain import Line
from remiss.modelldata import las_jsonl

STRUKTURFIL = "yttrandestruktur.jsonl"
FAMILJER = ("rost", "svarar", "eget_svar", "beslut", "huvud", "publicerar", "referat", "om_remiss")
# the traits in which the sender speaks in the first person ("vi anser", "I vårt remissvar"), not of itself
FORSTA_PERSON = frozenset(
    {"vi-tar-stallning", "eget-yttrande", "vart-eget-svar", "egna-synpunkter-inlamnade",
     "vi-har-lamnat-in-svaret"}
)
PLATSER = ("text", "rad", "mening", "borjan", "logik")
# a sentence of the text: where a transcript runs a line of its own into the paragraph ("… betänkandet
# berör. Läs hela IFFS remissyttrande.")
MENINGSSLUT = re.compile(r"(?<=[a-zåäö)][.!?])\s+(?=[A-ZÅÄÖ])")
# the report of others' answers inferred from who the subjects are (an organisation the head does not name),
# which an own page under an unusual head gives too; the other report traits are the text's own words
HARLEDD_REFERAT = frozenset({"annans-rost"})
# the report traits that tell who publishes the page ("Publicerat av: Redaktionen", a magazine's article; a
# journalist's verdict on the organisation's answer in the headline, "SOF sågar vindkraftsförslag"): the
# organisation speaking in it ("Sveriges Skolledare förordar …") is the one reported on, no sender's voice;
# likewise a paper's kicker attributing its quoted headline to the organisation's answer ("Drivkraft Sverige
# (fd SPBI) i remissvar:" over "”Konsekvenserna för svenska företag behöver utredas”", typ43)
UTGIVARENS_REFERAT = frozenset(
    {"redaktionens-byline", "journalistens-dom-i-rubriken", "rubrikens-anforing-ur-svaret"}
)
# a spokesperson quoted by the organisation's kind in the third person ("säger föreningens ordförande NN",
# "NN, ordförande i byalaget"): a paper's article on the organisation's answer; the organisation speaking as
# subject in it ("Föreningen anser …") is the one reported on. Only without the first person outside quoted
# speech and without a link publishing the answer (`bedom`)
TALESPERSON = "talesperson-for-foreningen"
# the narrator telling what a named other put forward at a meeting ("Några av de synpunkter som KLYS
# förde fram vid mötet:"): the page is the meeting's report, also where its bullets make the other the
# subject ("KLYS anser …"); only the first person of the text's own ("Vi anser att planen bör omarbetas")
# makes it an own yttrande that cites another's views
MOTESREFERAT = "annans-synpunkter-vid-motet"
# a page of excerpts, each cut off ("… reduceras. […]", "… Läs mer"): a list of answers, the sender's own or
# others', no single answer; it counts also where the sender speaks in its own voice (its own list)
UTDRAG = "flera-utdrag"
UTDRAG_MINST = 3
FORTECKNINGSDRAG = frozenset({UTDRAG})
BORJAN = 600  # characters: a tjänsteskrivelse's head, also when a transcript runs it into one paragraph
HUVUDRADER = 6  # the head zone: at most this many short or larger-set lines before the body
KORT_HUVUDRAD = 70
TRANSKRIPTHUVUD = 160  # a transcript's first line opening the document: its head is its beginning
# An organisation as subject: a proper name of up to five words ("Stockholms Handelskammare",
# "Ekonomistyrningsverket (ESV)"), an acronym; inverted after the verb ("anser ESV att", "har Formas
# överlämnat"). Words that are no sender: the remitting side and the text's own generic subjects.
# A kommun's or region's name with its kind in lower case after it ("Fagersta kommun ställer sig starkt
# negativ till …", "Borås stad"): one name, the kind part of it.
KOMMUNSLAG = r"(?:kommun|stad|läns\s+landsting|landsting)"
NAMN = (r"(?-i:[A-ZÅÄÖ][\wåäö-]+(?:\s+(?:[A-ZÅÄÖ][\wåäö-]+|i|för|och)){0,4}?(?:\s+" + KOMMUNSLAG + r")?"
        r"|[A-ZÅÄÖ]{2,8})")
INTE_AVSANDARE = frozenset(
    "utredningen utredaren utredarens kommittén kommissionen regeringen departementet betänkandet "
    "promemorian förslaget förslagen rapporten delegationen vi det den detta denna man han hon de dessa "
    "många flera alla samtliga kommunen regionen landstinget förvaltningen nämnden nämnderna styrelsen "
    "staden myndigheten förbundet föreningen organisationen riksdagen remissinstanserna remissinstanser "
    "remissvaren remissvar remissyttrandena svaren yttrandena "
    "sverige även också "
    "dessutom vidare slutligen nu här där i om och men att som när tyvärr dock därför idag då så sedan "
    "samtidigt generellt sammantaget sammanfattningsvis avslutningsvis inledningsvis "
    "däremot därtill emellertid istället alltså sålunda följaktligen likaså".split()
)
# an organisation's kind, as it names itself in its own text ("Föreningen avstyrker förslaget …"): the sender
# when the organisation the head names is of that kind ("Hyresgästföreningen", "Riksidrottsförbundet")
GENERISKA = ("föreningen", "förbundet", "organisationen", "myndigheten", "verket", "institutet", "kollegiet",
             "akademien", "rådet", "sällskapet", "kommunen", "regionen", "nämnden", "styrelsen")
# the organisation's own organ after its name in the genitive ("Lunds universitets styrelse säger enhälligt ja
# till …", the name's lower-case word with it): the board speaks for the organisation the head names
ORGAN = (r"(?:(?:\s+(?-i:[a-zåäö]+))?s\s+"
         r"(?:styrelse|ledning|presidium|kansli|ledningsgrupp|förbundsstyrelse|arbetsutskott))?")
# an abbreviation the text gives a name ("Sveriges Byggindustrier (BI)", "Kriminalvårdsstyrelsen, KVS,")
FORKORTNING = re.compile(
    r"(?<![\wåäö])((?-i:[A-ZÅÄÖ][\wåäö-]+(?:\s+(?:[A-ZÅÄÖ][\wåäö-]+|och|för|i)){0,4}))"
    r"\s*(?:\(\s*|,\s+)((?-i:[A-ZÅÄÖ]{2,8}))(?:\s*\)|,)"
)
# the page's opening names its author as the one who has written an answer ("Byggnadsvårdsföreningen har
# skrivit ett remissyttrande över …"): on a page whose head names no one, that organisation is the sender
EGEN_FORFATTARE = re.compile(
    r"^\W*(?:\S+\s+){0,3}?((?-i:[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){0,3}))\s+har\s+(?:nu\s+|i\s*dag\s+)?"
    r"(?:skrivit|lämnat(?:\s+in)?|avgett|skickat(?:\s+in)?|sänt|överlämnat)\s+(?:ett|sitt|sina)\s+"
    r"(?:remissyttrande|remissvar|yttrande|synpunkter)\b",
    re.IGNORECASE,
)
# a link line's parts: its verb first ("Läs hela", "Ta del av"), the answer's word, and what may close the
# line after it ("i sin helhet", "här", "(pdf, 200 kB)")
LANK_FORST = r"^\W*(?:läs|ta\s+del\s+av|ladda\s+ner)\s+(?:hela\s+)?"
LANK_SVARSORD = r"(?:remissvar|remissyttrande|yttrande|svar)(?:et)?"
LANK_SIST = r"(?:\s+i\s+sin\s+helhet)?(?:\s+här)?(?:\s*\((?:pdf|word|docx?)\b[^)]{0,30}\))?\s*[.!>]*\s*$"
# a link line to a named organisation's answer, alone in its sentence ("Läs MRFs remissvar här", "Ta del av
# SAMI:s remissyttrande"): the page publishes that answer. No address of another site after it ("Läs hela
# Tågoperatörernas remissvar: www.tagoperatorerna.se" is a paper pointing to the organisation's own page)
LANK_TILL_SVAR = re.compile(
    rf"{LANK_FORST}((?-i:[A-ZÅÄÖ][\wåäö&-]*(?:\s+[A-ZÅÄÖ][\wåäö&-]*){{0,3}}))(?::s|s)\s+"
    rf"{LANK_SVARSORD}{LANK_SIST}",
    re.IGNORECASE,
)
# the last word of a date line the name's match may take before it ("Aug 24, 2007 15:06 CEST Sveriges …")
DATUMORD = re.compile(r"^(?:cest|cet|gmt|utc|est|pst|am|pm|\d[\d:.,]*)$")
OPPNING = 400  # characters of the text after the head: where a page names its author
# speech quoted and attributed ("– … , säger NN." / "”…”, skriver NN"): a quoted person's voice, not the
# text's
CITAT = re.compile(
    r"(?:(?<=\s)|^)[–-]\s+[^–]{1,700}?[,.]?\s+(?:säger|avslutar|fortsätter|framhåller|betonar|understryker|"
    r"konstaterar|påpekar|menar|tillägger|förklarar)\s+[^.]{0,120}?\.|"
    r"[”\"][^”\"]{1,700}[”\"],?\s+(?:säger|skriver|menar|anser|framhåller|betonar)\s+[^.]{0,120}?\.",
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
        """Return the structural score: the families for a remissvar (the own answer named only where it
        weighs, `eget_svar`; the own publication is a condition, no score), the report family against."""
        return sum(score for familj, (score, _) in self.familjer.items()
                   if familj != "publicerar" and (familj != "eget_svar" or self.eget_svar))

    def har(self, familj: str) -> bool:
        """Return True when the family was found."""
        return familj in self.familjer

    @property
    def referat(self) -> bool:
        """Return True when the text reports others' answers (and no one speaks in the sender's voice)."""
        return "referat" in self.familjer

    @property
    def referat_i_orden(self) -> bool:
        """Return True when the text says in its own words that it reports another's answer (reported speech,
        a narrator, the answers counted), not only by an organisation the head does not name as subject."""
        return any(i not in HARLEDD_REFERAT for i in self.familjer.get("referat", (0, ()))[1])

    @property
    def forsta_person(self) -> bool:
        """Return True when the sender speaks in the first person ("vi anser", "I vårt remissvar")."""
        ids = [i for familj in ("rost", "eget_svar") for i in self.familjer.get(familj, (0, ()))[1]]
        return any(i in FORSTA_PERSON for i in ids)

    @property
    def eget_svar(self) -> bool:
        """Return True when the sender names its own answer in the first person or on its own publication
        ("I vårt remissvar …", "Hyresgästföreningens remissvar …" under a press release's label, "Det tycker
        Vetenskapsrådet i sitt remissvar" under the site's name, `SIDANS_NAMN_OM_SVARET`)."""
        sidans = SIDANS_NAMN_OM_SVARET in self.familjer.get("eget_svar", (0, ()))[1]
        return self.har("eget_svar") and (self.forsta_person or self.har("publicerar") or sidans)

    @property
    def om_remiss(self) -> bool:
        """Return True when the text sends its own plan on remiss or delegates a yttrande (no answer)."""
        return "om_remiss" in self.familjer

    def forklaring(self) -> str:
        """Return the families found, readable: 'röst +2 (organet-foreslar), svarar på remiss +2 (…)'."""
        namn = {"rost": "egen röst", "svarar": "svarar på remiss", "eget_svar": "eget svar",
                "beslut": "beslut/förslag", "publicerar": "egen publicering",
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
    inlagg = _daterade_inlagg(lines)
    # a page of several dated posts (a blog's month): the first post's headline is no letterhead
    huvudzon = "" if len(inlagg) >= 2 else _huvudzon(lines)
    huvud = _egna_namn(joined, huvudzon, lines)
    utan_citat = CITAT.sub(" ", _utan_citatstycken(lines))
    hits: dict[str, list[Drag]] = {}
    for drag in load_drag():
        text = utan_citat if drag.id in FORSTA_PERSON else joined  # a quoted person's "vi" is the speaker's
        if drag.id == KALLANS_SVAR:
            hit = _kallans_svar_refererat(drag.monster.pattern, lines, joined)
        elif drag.id == ANFORING:
            hit = _anforing_om_annans_svar(drag.monster.pattern, lines, joined, utan_citat)
        elif drag.id == TALESPERSON:
            hit = bool(drag.monster.search(joined)) and not FORSTA_PERSON_ORD.search(utan_citat)
        elif drag.id == TALESPERSON_ANNAN:
            hit = not FORSTA_PERSON_ORD.search(utan_citat) and _talesperson_for_annan(
                drag.monster.pattern, joined, huvud
            )
        elif drag.id == INLAGG:
            hit = len(inlagg) >= 2
        elif drag.id == UTDRAG:
            hit = sum(1 for line in lines if drag.monster.search(line.text)) >= UTDRAG_MINST
        elif drag.id == LANKAT_REMISSVAR:
            hit = _lankat_eget_remissvar(drag.monster.pattern, lines, huvud)
        elif drag.id == FLERAS_EGNA_SVAR:
            hit = _flera_organisationers_egna_svar(drag.monster.pattern, joined, huvud)
        elif drag.id == SIDANS_NAMN_OM_SVARET:
            hit = _sidans_namn_om_sitt_svar(drag.monster.pattern, lines, joined)
        elif drag.id == FLERAS_STALLNINGAR:
            hit = _flera_andras_stallningar(drag.monster.pattern, joined, huvud, utan_citat)
        elif drag.id == FLERAS_SVAR:
            hit = _flera_organisationers_svar(drag.monster.pattern, joined, huvudzon, huvud)
        elif drag.id == BADAS_SVAR:
            hit = not FORSTA_PERSON_ORD.search(utan_citat) and _bada_organisationernas_svar(
                drag.monster.pattern, joined, lines
            )
        elif drag.var == "logik":
            hit = _logik(drag, text, huvud)
        elif drag.var == "rad":
            hit = any(drag.monster.search(line.text) for line in lines)
        elif drag.var == "mening":  # a line of its own, or a sentence a transcript ran into a paragraph
            hit = any(drag.monster.search(line.text) for line in lines) or any(
                drag.monster.search(mening) for mening in MENINGSSLUT.split(joined)
            ) or any(  # a sentence that ends its line after another's end ("regionen. Läs hela yttrandet
                # här" over a printed page's counter)
                drag.monster.search(mening) for line in lines for mening in MENINGSSLUT.split(line.text)[1:]
            )
        elif drag.var == "borjan":
            hit = bool(drag.monster.search(text[:BORJAN]))
        else:
            hit = bool(drag.monster.search(text))
        if hit:
            hits.setdefault(drag.familj, []).append(drag)
    if "rost" in hits:  # the sender speaks: a quoted other organisation is no report of answers …
        behalls = UTGIVARENS_REFERAT | FORTECKNINGSDRAG | {TALESPERSON, BADAS_SVAR}
        if not any(d.id in FORSTA_PERSON for d in hits["rost"]):  # … nor a meeting's report told in the
            behalls |= {MOTESREFERAT}  # third person
        hits["referat"] = [d for d in hits.get("referat", []) if d.id in behalls]
        if not hits["referat"]:  # … unless the page says it is a publication's (an editorial byline, a
            # spokesperson quoted by the organisation's kind), a list of answers (its excerpts) or tells two
            # bodies' answers apart (`BADAS_SVAR`: the voice is theirs, the head's name only in a headline),
            # or its narrator tells another's views at a meeting where no one says "vi" (`MOTESREFERAT`)
            del hits["referat"]
    # the sender names its own answer in the first person ("Vi har svarat på Boverkets remiss … Läs vårt
    # remissvar här"): an organisation as subject ("Boverket föreslår att …") is the remitting side told
    if "referat" in hits and any(d.id in FORSTA_PERSON for d in hits.get("eget_svar", [])):
        hits["referat"] = [d for d in hits["referat"] if d.id not in HARLEDD_REFERAT]
        if not hits["referat"]:
            del hits["referat"]
    if "beslut" in hits and "huvud" in hits and "referat" in hits:  # a tjänsteskrivelse or protocol: the
        # answers its committees gave ("Yttranden har inkommit från samtliga nämnder") prepare its own
        hits["referat"] = [d for d in hits["referat"] if d.id != FLERA_ORGAN]
        if not hits["referat"]:
            del hits["referat"]
    if "publicerar" in hits and "referat" in hits:  # the page publishes the answer: its own, told as news
        hits["referat"] = [d for d in hits["referat"] if d.id not in CITERADE_REFERAT]
        # … and the one organisation told as having answered is its sender when the link names no other
        # owner ("Privattandläkarna har i dag lämnat in remissvar … / Läs hela remissvaret här."): the page
        # publishes the answer it tells of; a paper's page names whose answer it links, and one about several
        # answers tells more than one organisation (`_en_svarande_med_eget_svar`)
        harledd = any(d.id in HARLEDD_REFERAT for d in hits["referat"])
        if harledd and _en_svarande_med_eget_svar(lines, joined, huvud):
            hits["referat"] = [d for d in hits["referat"] if d.id not in HARLEDD_REFERAT]
        if not hits["referat"]:
            del hits["referat"]
    familjer = {}
    for familj in FAMILJER:
        if familj in hits:
            starkast = max(hits[familj], key=lambda d: abs(d.vikt))
            familjer[familj] = (starkast.vikt, tuple(d.id for d in hits[familj]))
    return Strukturbedomning(familjer)


# a person quoted with an organisation ("…, säger Mattias Andersson, Svensk Kollektivtrafik, som …", "säger
# NN, vd för Svensk Handel", "enligt NN på Företagarna"): the organisation's name after the person, or after
# the person's title and its preposition, or before them in the genitive
TALESPERSON_ANNAN = "talesperson-for-annan-organisation"
PERSON = r"(?-i:[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?\s+[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?)"
MED_PREPOSITION = r"(?:,\s+(?:(?-i:[a-zåäö-]+)\s+){0,4}?(?:på|i|vid|för|hos|inom)\s+|\s+(?:på|vid|hos)\s+)"
# after a verb of speech also the name alone after the person's ("säger NN, Svensk Kollektivtrafik"); after
# "enligt" only with a preposition ("enligt Svensk Standard, SS-EN …" cites a rule)
ROLL = rf"(?:{MED_PREPOSITION}|,\s+)"
ORGANISATION = (r"(?-i:[A-ZÅÄÖ][\wåäö-]+(?:\s+(?:[A-ZÅÄÖ][\wåäö-]+|och|för|i)){0,4}"
                r"(?<!\soch)(?<!\sför)(?<!\si))")
# … or the organisation in the genitive before the person's title and name after a verb of speech ("säger
# Transportföretagens näringspolitiske chef Per Lind"; not after "enligt": "enligt Naturvårdsverkets
# anvisningar Postadress …" cites a rule)
I_GENITIV = (r"(?-i:([A-ZÅÄÖ][\wåäö-]+(?:\s+(?:[A-ZÅÄÖ][\wåäö-]+|och|för|i)){0,4}?)(?::s|s)"
             r"\s+(?:[a-zåäö-]+\s+){1,3}?)" + PERSON)


def _talesperson_for_annan(verb: str, joined: str, huvud: str) -> bool:
    """Return True when a person is quoted with an organisation the page's head does not name ("…, säger
    Mattias Andersson, Svensk Kollektivtrafik, som suttit med i utredningen som expert" under "Nytt förslag
    öppnar för ökad kamerabevakning i kollektivtrafiken"): an article on the organisation's view. Its own
    press release names itself in its head or headline ("Bilda välkomnar …" over "…, säger Samuel
    Gustafsson, förbundsrektor på Studieförbundet Bilda"): any word of the name whole in the head. A text that
    tells of the organisation's own answer ("Glasbranschföreningen håller i sitt remissvar med om …" over "…,
    säger Melinda Lemke, projektledare för Glasbranschföreningens fasadföretag", prov25/gbf-modernare-
    byggregler-remissvar, the association's own news) is left to the other traits: this one is a view quoted,
    no answer told."""
    talar = "|".join(v for v in verb.split("|") if v != "enligt")
    citerade = (rf"\b(?:(?:{talar})\s+(?:{PERSON}{ROLL}({ORGANISATION})|{I_GENITIV})"
                rf"|enligt\s+{PERSON}{MED_PREPOSITION}({ORGANISATION}))")
    for match in re.finditer(citerade, joined, re.IGNORECASE):
        namn = next(grupp for grupp in match.groups() if grupp)
        ord_ = [o.lower().removesuffix("s") for o in re.findall(r"[A-ZÅÄÖ][\wåäö-]+", namn)]
        ord_ = [o for o in ord_ if len(o) >= 3]
        if not ord_ or ord_[0] in INTE_AVSANDARE:
            continue
        if any(re.search(rf"(?<![\wåäö]){re.escape(o)}s?(?![\wåäö])", huvud) for o in ord_):
            continue
        namn_ = rf"(?<![\wåäö])(?:{'|'.join(map(re.escape, ord_))})s?(?![\wåäö])"
        eget_svar = rf"{namn_}{EGET_SVAR_EFTER}|{EGET_SVAR_FORE}{namn_}"
        if not re.search(eget_svar, joined, re.IGNORECASE):
            return True
    return False


# the organisation's own answer told after its name: "Glasbranschföreningen håller i sitt remissvar med om",
# "X:s remissvar", "X har lämnat ett yttrande" …
EGET_SVAR_EFTER = (r"(?::?s\s+|[^.]{0,60}?\b(?:sitt|sina|ett|i\s+ett)\s+(?:[a-zåäö]+\s+)?)"
                   r"(?:remissvar|remissyttrande|yttrande|samrådsyttrande|svar)\b")
# … or before it: "I sitt remissvar betonar Svensk Kollektivtrafik att …"
EGET_SVAR_FORE = r"\b(?:sitt|sina)\s+(?:[a-zåäö]+\s+)?(?:remissvar|remissyttrande|yttrande|svar)\b[^.]{0,60}?"


# A source line under a headline: the organisation quoted and the date, "Naturvårdsverket," / "2008-06-23" (a
# portal's notice of another's answer; an organisation's own page has its name as a letterhead, without them)
KALLANS_SVAR = "kallans-svar-refererat"
KALLRAD = re.compile(
    r"^\s*(?P<namn>(?-i:[A-ZÅÄÖ])[\wåäö-]+(?:\s+[\wåäö-]+){0,4}?)\s*,\s*"
    r"(?:\d{4}-\d{2}-\d{2}|\d{1,2}\s+[a-zåäö]+\s+\d{4})\s*$"
)


def _kallans_svar_refererat(verb: str, lines: list[Line] | tuple[Line, ...], joined: str) -> bool:
    """Return True when a source line in the head ("Naturvårdsverket, 2008-06-23") names the organisation the
    text attributes what it says to: "Det skriver Naturvårdsverket i sitt yttrande över …" (a notice quoting
    another's answer, not the answer)."""
    texts = [line.text.strip() for line in lines[: HUVUDRADER + 1]]
    for number, text in enumerate(texts):
        following = texts[number + 1] if number + 1 < len(texts) else ""
        kalla = KALLRAD.match(text) or (text.endswith(",") and KALLRAD.match(f"{text} {following}"))
        if not kalla:
            continue
        namn = re.escape(" ".join(kalla.group("namn").split()))
        if re.search(rf"\b(?:det|detta|så)\s+(?:{verb})\s+{namn}\s+(?:\w+\s+)?i\s+(?:sitt|ett|sin|en)\s+"
                     rf"(?:\w+\s+)?(?:remissvar|remissyttrande|yttrande|svar|utlåtande|skrivelse)\b",
                     joined, re.IGNORECASE):
            return True
    return False


# Reported speech that attributes the answer to a named organisation in the third person, the attribution
# after the words ("… tappas bort, hävdar Sveriges Arkitekter i sitt remissvar", "Det skriver Bankföreningen i
# sitt remissvar"): a newspaper's way, and an organisation's own news page's too. It tells a report only when
# nothing else makes the page the organisation's own: no first person outside quoted speech ("Vi är förvånade
# …"), the name not the page's letterhead or section ("Naturvårdsverket" alone over the page, "Aktuellt från
# Bankföreningen"), and no link publishing the answer (`publicerar`, in `bedom`).
ANFORING = "anforing-om-annans-svar"
# the report traits read from quoted speech and its attribution: a page that publishes the answer is the
# organisation's own, told as news
CITERADE_REFERAT = frozenset({ANFORING, TALESPERSON, TALESPERSON_ANNAN})
INLAGG = "flera-daterade-inlagg"
# the positions several bodies take in their answers ("Naturvårdsverket, Konsumentverket … och Svenska
# Kraftnät tillstyrker Energimyndighetens förslag i sina respektive remissvar")
STALLNINGSVERB = "tillstyrker|avstyrker|stöder|stödjer|välkomnar|avvisar|kritiserar|ifrågasätter"
FLERAS_SVAR = "flera-organisationers-svar"
# two or more organisations the head does not name, each told with its own answer ("Skogsstyrelsen skriver i
# sitt remissvar att … LRF skriver i sitt remissvar att …", "Naturvårdsverket har i sitt yttrande till
# domstolen påpekat … Länsstyrelsen har i sitt yttrande till domstolen föreslagit …"): a text about others'
# answers
FLERAS_EGNA_SVAR = "flera-organisationers-egna-svar"
# (typ41) two organisations each told with an answer of its own, "både X och Y" or "var sitt": "Nu har både
# Naturvårdsverket och Länsstyrelsen lämnat sitt yttrande till mark- och miljödomstolen" (prov39/bodenxt-h2-
# green-steel-yttranden, a local news site's page on the authorities' yttranden in a permit case). Two answers
# side by side are a report on them, not one organisation's own; only a page whose head has one of them as its
# letterhead line (`_brevhuvud`), or whose writer speaks in the first person, may still be an own page. It
# weighs also where one of them is the subject of the text's verbs (the headline's "Länsstyrelsen säger ja –
# …" made it the head's organisation): a joint answer ("ett gemensamt yttrande", "har tillsammans lämnat") is
# none of this, it is `FLERAS_SVAR`.
BADAS_SVAR = "bada-organisationernas-svar"
# answers given by several bodies of a kind ("hava yttranden nu avgivits av hovrätterna", "Samtliga hovrätter
# har avgett yttranden", "Nu har hovrätterna yttrat sig"): a report, except in a tjänsteskrivelse or protocol
# (`bedom`)
FLERA_ORGAN = "flera-organs-yttranden"
MANADER = MANADER_MONSTER
INLAGGETS_RADER = 3  # a post: its date line, its headline and at least a line of text
# a post's date line alone on its line, as a blog or a news list sets it over each post: "onsdag 15 maj
# 2013", "Onsdag den 1 maj 2013", "15 maj, 2013 kl. 10.22" (a weekday or the month's name: no letter's
# ISO date); after the list's label for it ("Publicerad: 28 augusti 2013", the labels are the INLAGG trait's
# pattern in modeller/yttrandestruktur.jsonl) also an ISO date ("Publicerad: 2013-08-28")
DATUM = (
    rf"(?:(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?\s*,?\s+(?:den\s+)?)?\d{{1,2}}\s+"
    rf"(?:{MANADER})\.?\s*,?\s+\d{{4}}"
)


@lru_cache(maxsize=4)
def _datumrad(etikett: str) -> re.Pattern[str]:
    """Return the pattern of a post's date line, with the labels (a regex of words) that may open it."""
    return re.compile(
        rf"^\W*(?:{DATUM}|(?:{etikett})\s*:?\s*(?:den\s+)?(?:{DATUM}|\d{{4}}-\d{{2}}-\d{{2}})){KLOCKSLAG}\W*$",
        re.IGNORECASE,
    )
# the same date line with its weekday that a transcript ran into the text, after the last post's closing
# sentence and before the next post's headline ("… Läs artikeln här. onsdag 1 maj 2013 Underkänner
# Byggkravsutredningens slutsatser Handisam, …")
INKORD_DATUMRAD = re.compile(
    rf"(?:^|[.!?]\s+)(?P<datum>(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?\s*,?\s+(?:den\s+)?"
    rf"\d{{1,2}}\s+(?:{MANADER})\.?\s*,?\s+\d{{4}})\s+(?=[A-ZÅÄÖ])",
    re.IGNORECASE,
)
# (annat39) a news list's post with its ISO date run into its first line before the post's own text
# ("2020-03-20 En särskild utredare har under 2018-2019 haft i uppdrag …", "2020-05-22 ”Gårdar anses för små
# …” FSF har tillsammans med …", prov37/fabodbrukarna-landsbygdspolitik-nyheter): two or more, the newest
# first as a news list sets them (a case's history in a tjänsteskrivelse runs the other way), each with its
# own text after the date
INKORD_ISODATUM = re.compile(
    r"^\W*(?P<datum>(?:19|20)\d\d-[01]\d-[0-3]\d)\s+(?=[A-ZÅÄÖ”\"«])(?P<text>.{40,})$"
)
INKORT_INLAGGS_RADER = 2  # a run-in post: its date line with text, and at least one line more before the next
SVARSORD = r"(?:remissvar|remissyttrande|yttrande|svar|skrivelse|utlåtande)"


def _anforing_om_annans_svar(
    verb: str, lines: list[Line] | tuple[Line, ...], joined: str, utan_citat: str
) -> bool:
    """Return True when the text attributes what it says to a named organisation's answer by reported speech
    ("…, hävdar Sveriges Arkitekter i sitt remissvar") and nothing makes the page that organisation's own."""
    if FORSTA_PERSON_ORD.search(utan_citat):
        return False
    anforing = rf"\b(?:{verb})\s+({NAMN})\s+i\s+(?:sitt|ett|sin)\s+(?:\w+\s+)?{SVARSORD}\b"
    for match in re.finditer(anforing, joined):
        namn = " ".join(match.group(1).split())
        if namn.split()[0].lower() in INTE_AVSANDARE or _brevhuvud(namn, lines):
            continue
        return True
    return False


def daterade_inlagg(lines: Sequence[Line]) -> list[str]:
    """Return the date lines that open a page's posts, when it is a list of them (`_daterade_inlagg`)."""
    return _daterade_inlagg(tuple(lines))


def _daterade_inlagg(lines: list[Line] | tuple[Line, ...], etikett: str | None = None) -> list[str]:
    """Return the distinct date lines that open posts ("onsdag 15 maj 2013" over "Handisam rapport"): a line
    that is a written-out date alone (or after a label of `etikett`: "Publicerad: 28 augusti 2013" under a
    post's headline), followed by a line of text that is no date, each post with lines of its own before the
    next. Two or more make the page a list of posts (a blog's month, a news archive, a topic page's notices),
    no single answer; a page's published and updated dates over one text ("07 maj 2014 17:01" / "07 jan 2015
    09:55"), or a timeline's dates in a row, are none. A date with its weekday that a transcript ran into the
    text between two posts (INKORD_DATUMRAD) opens one too. The labels are the INLAGG trait's pattern unless
    given."""
    if etikett is None:
        etikett = next(d.monster.pattern for d in load_drag() if d.id == INLAGG)
    datumrad = _datumrad(etikett)
    datum: list[str] = []
    forra = -INLAGGETS_RADER
    for number, line in enumerate(lines[:-1]):
        text = " ".join(line.text.split()).lower()
        nasta = " ".join(lines[number + 1].text.split()).lower()
        if (datumrad.match(text) and text not in datum and nasta and not datumrad.match(nasta)
                and number - forra >= INLAGGETS_RADER):
            datum.append(text)
            forra = number
    if len(datum) < 2:  # not yet a list of posts: look for dates a transcript ran into the text
        joined = " ".join(" ".join(line.text.split()) for line in lines)
        for match in INKORD_DATUMRAD.finditer(joined):
            if match.group("datum").lower() not in datum:
                datum.append(match.group("datum").lower())
    if len(datum) < 2:
        datum += _inkorda_isodatum(lines)
    return datum


def _inkorda_isodatum(lines: list[Line] | tuple[Line, ...]) -> list[str]:
    """Return the ISO dates that open a news list's posts run into their first line (INKORD_ISODATUM), when
    two or more do, each later post older than the one before it; else []."""
    datum: list[str] = []
    forra = -INKORT_INLAGGS_RADER
    for number, line in enumerate(lines):
        match = INKORD_ISODATUM.match(" ".join(line.text.split()))
        if match is None or number - forra < INKORT_INLAGGS_RADER:
            continue
        if datum and match.group("datum") >= datum[-1]:
            return []  # the same date again or a later one: a dated history or a table, no news list
        datum.append(match.group("datum"))
        forra = number
    return datum if len(datum) >= 2 else []


# several organisations, none of them the page's own, as the joint authors of an answer ("Svenska
# Jägareförbundet, Svenska Skyttesportförbundet … och Svenska Pistolskytteförbundet har författat ett
# gemensamt yttrande"): a club's or a portal's page on others' answer
# the list's open end: "Naturvårdsverket, Länsstyrelsen i Västra Götaland, Miljöförvaltningen i Göteborg och
# några fler har nu lämnat sina slutgiltiga yttranden" (an action group's page on a case, prov29), "… m.fl."
FLER = r"(?:\s+och\s+(?:några|flera|många)\s+(?:fler|andra|till)|\s*,?\s+(?:med\s+flera|m\.\s?fl\.?))"


def _flera_organisationers_svar(verb: str, joined: str, huvudzon: str, huvud: str) -> bool:
    """Return True when a list of two or more organisations the head does not name has written an answer, or
    takes a position in its answers ("… och Svenska Kraftnät tillstyrker … i sina respektive remissvar"); a
    transcript's head, its beginning, is read without the sentence itself."""
    lista = rf"((?:{NAMN}\s*,\s*)*{NAMN}(?:\s+och\s+{NAMN}|{FLER}))"
    monster = (rf"(?<![\wåäö]){lista}\s+(?:har\s+"
               rf"(?:(?:nu|i\s*dag|idag|tillsammans|alla|samtliga|också|även)\s+){{0,2}}(?:{verb})\s+(?:in\s+)?(?:(?:ett|sitt|en|sina)\s+)?(?:gemensamt\s+|gemensam\s+|egna\s+|(?-i:[a-zåäö]{{3,}}a\s+))?"
               rf"(?:remissvar|remissyttranden?|yttranden?|skrivelser?)\b"
               rf"|(?:{STALLNINGSVERB})\s+[^.]{{0,120}}?\bi\s+sina\s+(?:respektive\s+)?(?:remissvar|remissyttranden|yttranden)\b)")
    for match in re.finditer(monster, joined):
        lista_ = re.sub(FLER + "$", "", match.group(1))
        namn = [n.strip() for n in re.split(r"\s*,\s*|\s+och\s+", lista_) if n.strip()]
        if len(namn) < 2 or any(n.split()[0].lower() in INTE_AVSANDARE for n in namn):
            continue
        zon = huvud
        if huvudzon and joined.startswith(huvudzon):  # the head without the sentence that names them
            utan = joined[: match.start()] + " " * (match.end() - match.start()) + joined[match.end() :]
            zon = utan[: len(huvudzon)].lower() + huvud[len(huvudzon) :]
        if not any(_i_huvudet(n.lower(), zon) for n in namn):
            return True
    return False


def _bada_organisationernas_svar(verb: str, joined: str, lines: list[Line] | tuple[Line, ...]) -> bool:
    """Return True when two organisations are told as having given each its own answer ("har både X och Y
    lämnat sitt yttrande", "både X och Y har lämnat sina yttranden", "X och Y har lämnat var sitt yttrande")
    and no line of the page's head is either name alone (`_brevhuvud`)."""
    svar = (rf"(?:{verb})\s+(?:in\s+)?(?:var\s+)?(?:sitt|sina)\s+(?:(?-i:[a-zåäö]+)\s+)?"
            r"(?:remissvar|remissyttranden?|yttranden?|synpunkter|svar)\b")
    tid = r"(?:(?:nu|i\s*dag|idag|också|även)\s+)?"
    bada = (rf"\bhar\s+{tid}både\s+({NAMN})\s+och\s+({NAMN})\s+{tid}{svar}"
            rf"|\bbåde\s+({NAMN})\s+och\s+({NAMN})\s+har\s+{tid}{svar}"
            rf"|(?<![\wåäö])({NAMN})\s+och\s+({NAMN})\s+har\s+{tid}(?:{verb})\s+(?:in\s+)?var\s+(?:sitt|sina)\b")
    for match in re.finditer(bada, joined, re.IGNORECASE):
        namn = [" ".join(g.split()) for g in match.groups() if g]
        if any(n.split()[0].lower() in INTE_AVSANDARE for n in namn):
            continue
        if not any(_brevhuvud(n, lines) for n in namn):
            return True
    return False


def _flera_organisationers_egna_svar(verb: str, joined: str, huvud: str) -> bool:
    """Return True when two or more organisations the head does not name are each the subject of their own
    answer ("X skriver i sitt remissvar att …", "Y har i sitt yttrande till domstolen föreslagit …")."""
    monster = (rf"(?<![\wåäö])({NAMN})\s+(?:har\s+|hade\s+)?(?:(?:{verb})\s+)?(?:också\s+|även\s+)?"
               rf"i\s+sitt\s+(?:[a-zåäö]+\s+)?{SVARSORD}\b")
    andra = {
        " ".join(match.group(1).split())
        for match in re.finditer(monster, joined)
        if match.group(1).split()[0].lower() not in INTE_AVSANDARE
    }
    return len({n for n in andra if not _i_huvudet(n.lower(), huvud)}) >= 2


# (typ44) the stances of two or more organisations the head does not name, told in the third person with
# no one speaking in the page's own voice: "Justitieombudsmannen är kritisk mot … SKR avstyrker regeringens
# förslag …" (prov42/08nytt-coronalag-remisskritik), "Pensionsmyndigheten är positiv till … Även Sveriges
# Kommuner och Landsting (SKL) är i princip för …" (prov42/gp-pensionsmyndigheten-riktalder-nyhet): a report
# of others' answers in the text's own words, as the several organisations' answers told (`FLERAS_EGNA_SVAR`),
# so the learned type does not make it a yttrande. `annans-rost` reads the same subjects with the answer's
# verbs and is only inferred; this trait reads the stance's predicates ("är kritisk", "riktar skarp kritik",
# "är i princip för") and holds only without a first person outside quoted speech and without an
# organisation of the head.
FLERAS_STALLNINGAR = "flera-andras-stallningar"


def _flera_andras_stallningar(verb: str, joined: str, huvud: str, utan_citat: str) -> bool:
    """Return True when two or more organisations the head does not name take stances as subjects of the text
    (`_subjekt` with the stance predicates) and no one speaks in the first person outside quoted speech."""
    if FORSTA_PERSON_ORD.search(utan_citat):
        return False
    egna, andra = _subjekt(verb, joined, huvud)
    # one body named with and without its place ("Länsstyrelsen i Norrbotten är positiva … Länsstyrelsen är
    # också positiv", an own yttrande): the place is no second organisation
    platser = {
        plats for plats in andra for namn in andra
        if namn != plats
        and re.search(rf"\b{re.escape(namn)}\s+i\s+(?:\w+\s+){{0,2}}?{re.escape(plats)}", joined, re.I)
    }
    return not egna and len(andra - platser) >= 2


def _brevhuvud(namn: str, lines: list[Line] | tuple[Line, ...]) -> bool:
    """Return True when a line of the page's head is the name alone or the site's section of it
    ("Naturvårdsverket", "Aktuellt från Bankföreningen", "Nyheter från Svensk Försäkring")."""
    monster = re.compile(rf"^\W*(?:(?:\w+\s+){{0,3}}från\s+)?{re.escape(namn)}\W*$", re.IGNORECASE)
    return any(monster.match(line.text.strip()) for line in lines[: HUVUDRADER + 2])


def _logik(drag: Drag, joined: str, huvud: str) -> bool:
    """Return whether a trait computed from the text's subjects holds (`egen-avsandare…`, `annans-rost`)."""
    if drag.familj == "eget_svar":
        return _eget_svar(drag.monster.pattern, joined, huvud)
    egna, andra = _subjekt(drag.monster.pattern, joined, huvud)
    if drag.familj != "referat":
        return bool(egna)  # the head's organisation speaks ("Formas välkomnar") or has answered
    if egna:
        return False
    svarat = re.search(rf"\b{NAMN}(?:\s+\([A-ZÅÄÖ]{{2,8}}\))?\s+har\s+(?:\w+\s+)?svarat\s+på\b", joined)
    return len(andra) >= 2 or (bool(andra) and bool(svarat))


# an adverb opening a sentence before its subject, capitalised as a name's first word is ("Även SKL anser …")
ADVERB_FORE_NAMN = "även|också|dessutom|däremot|samtidigt"


# the remitted matter as the object right after an inverted subject ("avstyrker Naturskyddsföreningen
# förslaget")
REMITTERAT = (r"(?:förslag|betänkande|delbetänkande|slutbetänkande|promemori|utredningen|remissen|planförslag"
              r"|lagförslag)\w*")


def _subjekt(verb: str, joined: str, huvud: str) -> tuple[set[str], set[str]]:
    """Return the organisations that are subjects of the verbs: those the head names, and the others."""
    akronym = r"(?:\s+\([A-ZÅÄÖ]{2,8}\))?"  # "Ekonomistyrningsverket (ESV) har svarat"
    # … and inverted after a fronted adverbial, before its object ("I sitt remissvar avstyrker
    # Naturskyddsföreningen förslaget …"; not a genitive before it: "välkomnar ILO-utredningens betänkande")
    inverterad = rf"\s+({NAMN})\s+(?<![sS]\s){REMITTERAT}\b"
    efter = re.finditer(
        rf"\b(?:har|{verb})\s+({NAMN})\s+(?:att\b|{verb}\b|\w+s\s)|\b(?:{verb}){inverterad}", joined
    )
    # the adverbial's last name before such a verb is no subject ("I remissvaret till
    # Energimarknadsinspektionen avstyrker Villaägarnas Riksförbund förslaget …")
    fore = [
        m for m in re.finditer(
            rf"(?<![\wåäö])({NAMN}){akronym}{ORGAN}\s+(?:har\s+(?:nu\s+|i\s*dag\s+)?)?{verb}\b", joined
        )
        if not re.match(inverterad, joined[m.end() :])
    ]
    egna: set[str] = set()
    andra: set[str] = set()
    for generisk in _egna_generiska(huvud):  # "Föreningen avstyrker …" under "Hyresgästföreningens remissvar"
        if re.search(rf"(?<![\wåäö]){generisk}\s+(?:har\s+)?(?:\w+\s+)?{verb}\b", joined, re.IGNORECASE):
            egna.add(generisk)
    rubrikens: set[str] = set()  # subjects of the headline's own sentence, no letterhead's names
    for match in [*fore, *efter]:
        hela = next(g for g in match.groups() if g).strip().lower()
        if match in fore and re.search(r"\s+och$", hela):
            continue  # a verb joined to the sentence's own ("… vid Försvarshögskolan och anser att …"): the
            # name before "och" is an object, the subject came before it
        # a name the match ran on into a lower-case connector ("instämmer Privattandläkarna i utredningens
        # förslag"): the connector is no part of it
        hela = re.sub(r"(?:\s+(?:i|för|och))+$", "", hela)
        # … nor an adverb the match took before it at a sentence's start ("Även Sveriges Kommuner och
        # Landsting (SKL) är i princip för …")
        hela = re.sub(rf"^(?:{ADVERB_FORE_NAMN})\s+(?=\S)", "", hela)
        namn = _utan_slagord(hela)
        if namn != hela and re.search(rf"(?<![\wåäö]){hela.split()[0]}(?![\wåäö])", huvud):
            # the head speaks of the organisation by its kind ("Föreningen svarar på remiss om …" over
            # "Föreningen Sveriges Stadsbyggare har svarat på remissen …"): the one of that kind is the sender
            egna.add(namn.split()[-1].removesuffix("s"))
            continue
        if namn.split()[0] in INTE_AVSANDARE or len(namn) < 2:
            continue
        # "Svensk Kollektivtrafiks har svarat": the genitive the transcript kept; one organisation is one
        # voice however many words the match took before it ("Publicerad Konkurrensverket")
        kort = re.sub(rf"\s+{KOMMUNSLAG}$", "", namn).split()[-1].removesuffix("s")
        # the head is read without the headline's own sentence: a newspaper's "Regionfullmäktige säger ja
        # till …" names no letterhead ("Kriminalvården" over "Kriminalvården välkomnar nytt lagförslag" does)
        sats = " ".join(match.group(0).lower().split()[len(namn.split()) - 1 :])  # "kriminalvården välkomnar"
        if sats in huvud and not _i_huvudet(namn.split()[-1], huvud.replace(sats, " ")):
            rubrikens.add(kort)
            continue
        # two organisations answering together ("Järnvägshistoriska Riksförbundet och Museibanornas
        # Riksorganisation tillstyrker …" under the first one's letterhead): one voice, the sender's
        leden = [led for led in re.split(r"\s+och\s+", namn) if led]
        egen = _i_huvudet(namn, huvud) or (len(leden) > 1 and any(_i_huvudet(led, huvud) for led in leden))
        (egna if egen else andra).add(kort)
    # … unless the headline's subject speaks again in the text ("Riksantikvarieämbetet har svarat på …" /
    # "Riksantikvarieämbetet tillstyrker därför …"): the organisation's own page
    egna |= rubrikens & andra
    andra -= rubrikens
    # the remiss's addressee writes that it has been given the opportunity ("Skogsindustrierna har beretts
    # möjlighet att lämna synpunkter på ovanstående utredning och Skogsindustrierna ställer sig …"): the
    # sender, also when the head does not name it
    # … and likewise the one that has taken part of the remitted proposal ("Föreningen Gamla Lund har tagit
    # del av reviderat förslag till … detaljplan … Föreningen Gamla Lund ställer sig även positiv …")
    beredd = (rf"(?<![\wåäö])({NAMN}){akronym}\s+har\s+(?:(?:\w+\s+)?(?:beretts|getts|givits)\s+"
              r"(?:möjlighet|tillfälle)\b|(?:med\s+(?:stort\s+)?intresse\s+)?tagit\s+del\s+av\s+"
              r"(?:\S+\s+){0,3}?(?:förslag|planförslag|remiss|promemori|betänkande))")
    beredda = {
        _utan_slagord(m.group(1).strip().lower()).split()[-1].removesuffix("s")
        for m in re.finditer(beredd, joined)
    }
    egna |= andra & beredda
    andra -= beredda
    # an organ of the organisation the head names speaks for it ("Näringsutskottet anser …" in a press release
    # headed "Riksdagen", "Kommunstyrelsen anser …" under "Fagersta kommun"): the sender's own voice
    organ = _egna_organ(huvud)
    if organ:
        egna |= {namn for namn in andra if namn.endswith(organ)}
        andra = {namn for namn in andra if not namn.endswith(organ)}
    return egna, andra


def _egna_organ(huvud: str) -> tuple[str, ...]:
    """Return the endings of the organs of the organisation the head names by its kind ('riksdagen' →
    'utskottet', 'kommun' → 'kommunstyrelsen', 'nämnden'; modeller/stallning.toml [egna_organ]), or ()."""
    from remiss.modelldata import modell_toml

    tabell = modell_toml("stallning.toml")["egna_organ"]
    ord_i_huvud = set(re.findall(r"[\wåäö]+", huvud))
    out: list[str] = []
    for slag, organ in tabell.items():
        if slag != "exempel" and slag in ord_i_huvud:
            out.extend(organ)
    return tuple(out)


def _utan_slagord(namn: str) -> str:
    """Return a name (lower case) without an organisation's kind before its proper name ("föreningen gamla
    lund" → "gamla lund", "förbundet för delaktighet …"): the kind alone is no name ("föreningen anser")."""
    ord_ = namn.split()
    if len(ord_) > 1 and ord_[0] in GENERISKA and ord_[0] in INTE_AVSANDARE:
        return " ".join(ord_[1:])
    return namn


def _i_huvudet(namn: str, huvud: str) -> bool:
    """Return True when the name (lower case), or its end after a capitalised word the match took before it
    after a date line's last word the match took before it ("CEST Sveriges Kommuner och Landsting"), is a name
    in the head: a whole word there, in the genitive or not ("Region" is not "Regionfullmäktige", a
    newspaper's headline over "Region Örebro län säger ja till …")."""
    ord_ = namn.split()
    for i in range(len(ord_)):
        svans = " ".join(ord_[i:]).removesuffix("s")
        if re.search(rf"(?<![\wåäö]){re.escape(svans)}s?(?![\wåäö])", huvud):
            return True
        if not DATUMORD.match(ord_[i]):
            return False
    return False


# a paragraph of quoted speech: it opens with a dash or a quotation mark ("– Därför har vi i dag bestämt …")
CITATSTART = re.compile(r"^\s*(?:[–—•-]\s|[”\"])")  # a Word list may set the dash as a bullet
ATTRIBUTION = re.compile(r"\b(?:säger|sa|avslutar|fortsätter|framhåller|betonar|understryker|konstaterar|"
                         r"påpekar|"
                         r"menar|tillägger|förklarar|berättar|skriver|kommenterar)\b")
# "vår" is also the season: "i vår" at a sentence's end or before a preposition or conjunction ("beslutar i
# vår.", "i vår om planen") is this spring, not "our" ("i vår förening")
FORSTA_PERSON_ORD = re.compile(
    r"\b(?:vi|vårt|våra|oss|jag|mig|min|mitt)\b"
    r"|\bvår\b(?<!\bi\svår)|\bi\s+vår\b(?!\s*(?:[.,;:!?)]|$|(?:om|och|eller|men|när|då|att|för|på|med|till|"
    r"efter|inför|under|igen)\b))",
    re.IGNORECASE,
)
STYCKESLUCKA = 0.6  # a vertical gap of this many line heights between two lines starts a new paragraph
# a dash of quoted speech, no list's bullet or hyphen: an article sets each quote as a paragraph of its own
REPLIKSTRECK = re.compile(r"^\s*[–—]\s")
# a Word list's bullet where a writer typed a speech dash ('– Kollektivtrafikbranschen välkomnar …, säger
# Mattias Andersson, …' as a bullet list item): a speech dash only once a bullet has quoted a named person
PUNKTREPLIK = re.compile(r"^\s*•\s")
# a quote's speaker named by "säger"/"sa" and a person's name ("…, säger Mattias Andersson, Svensk …")
NAMNGIVEN_TALARE = re.compile(
    r"\b(?:säger|sa)\s+(?-i:[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?\s+[A-ZÅÄÖ][a-zåäö-]+)"
)


def _utan_citatstycken(lines: list[Line] | tuple[Line, ...]) -> str:
    """Return the text without its quoted speech: a paragraph opening with a dash or a quotation mark that
    names its speaker ("– …, säger Barbro Engman, förbundsordförande."), and a dash paragraph right after one
    (the same speaker going on). What follows the naming is the text's own ("… säger Barbro Engman,
    förbundsordförande. Hyresgästföreningen ogillar förslagen …") unless it speaks in the first person ("…,
    säger Birte Sandberg (C). Och då göra vårt yttrande …": still the quote). In a text that has quoted a
    person by name with a speech dash, a later paragraph opening with a speech dash is quoted speech too, its
    speaker named before or its attribution cut off ("– Vi anser att regeringen bör besluta utefter
    utredningens goda förslag." closing prov26/dagensinfrastruktur-kamerabevakning-forslag): no first person
    of the text."""
    out: list[str] = []
    citat = False  # the paragraph before was quoted speech
    namngivet = False  # … and named its speaker
    repliker = False  # a speech dash has quoted a person named by "säger NN" earlier in the text
    punkter = False  # … set as a Word list's bullet: the later bullets are its speech dashes (robust29)
    for stycke in _stycken(lines):
        text = sammanfogad(stycke)
        namn = ATTRIBUTION.search(text)
        punkt = PUNKTREPLIK.match(text) is not None
        replik = bool(REPLIKSTRECK.match(text)) or punkt and punkter
        if CITATSTART.match(text) and (namn or citat or (repliker and replik)):
            citat, namngivet = True, bool(namn) or namngivet
            talare = NAMNGIVEN_TALARE.search(text) is not None
            repliker = repliker or ((replik or punkt) and talare)
            punkter = punkter or (punkt and talare)
            if namn:
                slut = text.find(".", namn.end())
                rest = text[slut + 1 :] if slut >= 0 else ""
                if not FORSTA_PERSON_ORD.search(rest):
                    out.append(rest)
            continue
        forsta_meningen = text.split(".")[0]
        if citat and namngivet and FORSTA_PERSON_ORD.search(forsta_meningen) and not CITATSTART.match(text):
            citat = False  # the quote going on over a line break ("… (C). / Och då göra vårt yttrande …")
            continue
        citat = namngivet = False
        out.append(text)
    return " ".join(out)


def _stycken(lines: list[Line] | tuple[Line, ...]) -> list[list[Line]]:
    """Return the lines in paragraphs: a new one after a gap in the layout, on a new page, at a line opening
    with a dash or a quotation mark, and at a capital after a line ending a sentence (a Word file's lines,
    read without positions, are each a paragraph)."""
    stycken: list[list[Line]] = []
    for line in lines:
        if stycken and not _nytt_stycke(stycken[-1][-1], line):
            stycken[-1].append(line)
        else:
            stycken.append([line])
    return stycken


def _nytt_stycke(forra: Line, line: Line) -> bool:
    """Return True when `line` starts a new paragraph after `forra` (see `_stycken`)."""
    if line.page != forra.page or None in (forra.top, forra.bottom, line.top):
        return True
    if CITATSTART.match(line.text) or (forra.text.rstrip().endswith((".", "!", "?", "”", ":"))
                                       and line.text.strip()[:1].isupper()):
        return True
    if not forra.text.rstrip().endswith((".", "!", "?", "”", ":")) and line.text.strip()[:1].islower():
        return False  # the sentence goes on, over a gap too (a transcript kept the source's lines, robust29)
    hojd = (forra.bottom or 0.0) - (forra.top or 0.0)
    return hojd <= 0 or (line.top or 0.0) - (forra.bottom or 0.0) > STYCKESLUCKA * hojd


def _egna_generiska(huvud: str) -> list[str]:
    """Return the generic nouns that name the head's organisation: its kind ("föreningen" for
    "Hyresgästföreningen"), as the organisation names itself in its own text."""
    ord_i_huvud = re.findall(r"[\wåäö]+", huvud)
    return [g for g in GENERISKA
            if any(o.removesuffix("s").endswith(g) and len(o.removesuffix("s")) > len(g)
                   for o in ord_i_huvud)]


def _egna_namn(joined: str, huvudzon: str, lines: list[Line] | tuple[Line, ...] = ()) -> str:
    """Return the head's names, lower case, with the sender's other names the text gives: the abbreviation
    of a name in the head ("Sveriges Byggindustrier (BI)"), and on a page whose head names no organisation,
    the one that opens the text as the author of an answer ("Byggnadsvårdsföreningen har skrivit …")."""
    huvud = huvudzon.lower()
    namn = [huvud]
    for match in FORKORTNING.finditer(joined):
        fullt = match.group(1).lower()
        if fullt in huvud or fullt.removesuffix("s") in huvud:
            namn.append(match.group(2).lower())
    start = len(huvudzon) if joined.startswith(huvudzon) else 0
    oppning = joined[start : start + OPPNING]
    forfattare = EGEN_FORFATTARE.search(oppning.strip())
    if forfattare and forfattare.group(1).split()[0].lower() not in INTE_AVSANDARE:
        namn.append(forfattare.group(1).lower())
    agare = _lankens_agare(lines)
    if agare:
        namn.append(agare)
    return " ".join(namn)


# the link line names the sender's own answer to a remiss by its word ("Läs MRFs remissvar här" on MRF's page,
# "Läs vårt remissyttrande"): the remiss it answers, also where the text names no remitted document
LANKAT_REMISSVAR = "lankat-eget-remissvar"
VART_SVAR_LANK = re.compile(rf"{LANK_FORST}(?:vårt|vår)\s+(\w+){LANK_SIST}", re.IGNORECASE)

# the answer's word closing a link line ("… remissvar här", "… remissyttrande i sin helhet.")
SVARSORD_SIST = re.compile(rf"{LANK_SVARSORD}(?={LANK_SIST})", re.IGNORECASE)


def _lankat_eget_remissvar(ord_: str, lines: list[Line] | tuple[Line, ...], huvud: str) -> bool:
    """Return True when a link line publishes the sender's own answer named by a remiss word (`ord_`, the
    trait's pattern: "remissvar", "remissyttrande"): the organisation whose answer it is is the sender (in the
    head, or `_lankens_agare`), or the answer is "vårt"."""
    remissord = re.compile(rf"^(?:{ord_})(?:et)?$", re.IGNORECASE)
    for line in lines:
        for mening in MENINGSSLUT.split(line.text.strip()):
            vart = VART_SVAR_LANK.match(mening)
            if vart:
                if remissord.match(vart.group(1)):
                    return True
                continue
            lank = LANK_TILL_SVAR.match(mening)
            if not lank:
                continue
            svarsord = SVARSORD_SIST.search(mening)
            namn = " ".join(lank.group(1).split()).lower()
            if svarsord and remissord.match(svarsord.group(0)) and _i_huvudet(namn, huvud):
                return True
    return False


# a link line that publishes the answer by its definite form alone, naming no owner ("Ladda ner remissvaret",
# "Läs hela remissvaret här.", "Ta del av remissvaret (pdf, 300 kB)")
NAKEN_LANK = re.compile(
    LANK_FORST + r"(?:remissvaret|remissyttrandet|yttrandet|svaret)" + LANK_SIST, re.IGNORECASE
)


def _en_svarande_med_eget_svar(lines: list[Line] | tuple[Line, ...], joined: str, huvud: str) -> bool:
    """Return True when a link line publishes the answer without naming its owner ("Läs hela remissvaret
    här.") and one organisation only, not named in the head, is the subject of the text's verbs of answering
    and taking a stand ("Byggföretagen har svarat på remissen … Byggföretagen anser att …" under "Nej till
    sänkt skatt på …"): the organisation's own page on its answer, told in the third person. Not a page on
    several organisations' answers ("RIO anser … OFI anser … Ladda ner hela RIOs remissvar här", prov13/
    folkhogskolor-statligt-inflytande-remissvar) nor a link that names whose answer it is (`_lankens_agare`,
    ytt36)."""
    if not any(NAKEN_LANK.match(mening) for line in lines for mening in MENINGSSLUT.split(line.text.strip())):
        return False
    rost = next(d for d in load_drag() if d.id == "annans-rost")
    egna, andra = _subjekt(rost.monster.pattern, joined, huvud)
    return not egna and len(andra) == 1


def _lankens_agare(lines: list[Line] | tuple[Line, ...]) -> str | None:
    """Return the organisation (lower case) whose answer a link line publishes ("Läs MRFs remissvar här") when
    the text before the link never names it: a text that argues without saying whose view it is ("Det är
    inte acceptabelt att kvaliteten på vägarna försämras …", prov27/mrf-infrastruktur-inriktningsunderlag-
    remissvar, the association's own blog notice) is the voice of the one whose answer it links. A paper or
    portal tells whose answer it reports ("Branschföreningen Tågoperatörerna accepterar inte …", "SOF menar
    att …") before pointing to it; what follows the link (a page's list of other news) is not read. The link
    is a line of its own, or the last sentence of one ("… betänkandet berör. Läs hela IFFS
    remissyttrande.")."""
    fore: list[str] = []
    for line in lines:
        meningar = MENINGSSLUT.split(line.text.strip())
        for mening in meningar:
            lank = LANK_TILL_SVAR.match(mening)
            if lank:
                namn = " ".join(lank.group(1).split())
                if namn.split()[0].lower() in INTE_AVSANDARE:
                    return None
                text = " ".join(fore)
                ord_ = [o for o in namn.split() if len(o) >= 2]
                if any(re.search(rf"(?<![\wåäö]){re.escape(o)}(?![\wåäö])", text, re.IGNORECASE)
                       for o in ord_):
                    return None
                return namn.lower()
            fore.append(mening)
    return None


def _eget_svar(monster: str, joined: str, huvud: str) -> bool:
    """Return whether the sender names its own answer: its name (or kind) in the genitive before the answer
    ("Hyresgästföreningens remissvar", "förbundets yttrande över en remiss"), or as the subject that has
    written it ("Byggnadsvårdsföreningen har skrivit ett remissyttrande över …") or hands it in ("DHB
    överlämnar synpunkter på Myndigheten för delaktighets betänkande" under "Riksförbundet DHB"). Not "X … i
    sitt remissvar": a newspaper writes so of the organisation it reports on ("det konstaterar Sportfiskarna i
    sitt remissvar")."""
    # a link's verb opening the sentence is no word of the name ("Läs MRFs remissvar här"); an abbreviation's
    # genitive with a colon ("SFS:s remissvar")
    lank = r"(?:(?-i:Läs)\s+(?:hela\s+)?)?"
    for match in re.finditer(rf"(?<![\wåäö]){lank}({NAMN})(?::s|s)\s+(?:{monster})\b", joined):
        namn = match.group(1).lower()
        if namn.split()[0] not in INTE_AVSANDARE and _i_huvudet(namn, huvud):
            return True
    for generisk in _egna_generiska(huvud):
        if re.search(rf"(?<![\wåäö]){generisk}s\s+(?:{monster})\b", joined, re.IGNORECASE):
            return True
    subjekt = rf"(?<![\wåäö])({NAMN})\s+(?:har\s+(?:nu\s+|i\s*dag\s+)?" \
              rf"(?:skrivit|lämnat(?:\s+in)?|avgett|skickat(?:\s+in)?|överlämnat)" \
              rf"\s+(?:ett|sitt)\s+(?:{monster})\b|(?:lämnar|överlämnar|avger|skickar)\s+(?:in\s+)?" \
              rf"(?:sina\s+|sitt\s+|ett\s+)?(?:synpunkter|(?:{monster}))\s+(?:på|över|till|om|angående)\b)"
    for match in re.finditer(subjekt, joined):
        namn = match.group(1).lower()
        if namn.split()[0] not in INTE_AVSANDARE and _i_huvudet(namn, huvud):
            return True
        # the head's acronym as the subject after a heading a transcript ran into the sentence
        # ("Funktionshinderpolitik DHB överlämnar synpunkter på …" under "Riksförbundet DHB")
        sist = match.group(1).split()[-1]
        if re.fullmatch(r"[A-ZÅÄÖ]{2,8}", sist) and _i_huvudet(sist.lower(), huvud):
            return True
    return False


# (typ44) the page's first line is an organisation's name alone, its site's header over the headline, and the
# text tells that organisation's answer in the third person ("Vetenskapsrådet" / … / "Det tycker
# Vetenskapsrådet i sitt remissvar på Madelene Sandströms utredning",
# prov42/vetenskapsradet-forskningsfinansiering-remissvar-notis, the agency's own magazine): the
# organisation's own news about its answer (korpus README: a yttrande). A paper names the organisation it
# reports on in its headline or under it ("SOF sågar vindkraftsförslag" / "SOF"), never alone above the
# headline as the site's own name. Measured over the corpus's yttranden and annat as read: seven pages have
# the form, six yttranden and an organisation's own press release that mentions its earlier answer
# (prov6/riksidrottsforbundet-os-remissvar, annat by its other traits).
SIDANS_NAMN_OM_SVARET = "sidans-namn-om-sitt-svar"


def _sidans_namn_om_sitt_svar(monster: str, lines: list[Line] | tuple[Line, ...], joined: str) -> bool:
    """Return True when the first line with words is an organisation's name alone and the text tells that
    organisation's answer ('X … i sitt remissvar', the answer's words in `monster`)."""
    forsta = next((" ".join(line.text.split()) for line in lines if line.text.strip()), "")
    if not re.fullmatch(NAMN, forsta) or forsta.split()[0].lower() in INTE_AVSANDARE:
        return False
    return re.search(rf"(?<![\wåäö]){re.escape(forsta)}\s+(?:[\wåäö]+\s+){{0,2}}?i\s+(?:sitt|ett)\s+"
                     rf"(?:[a-zåäö]+\s+)?(?:{monster})\b", joined) is not None


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

    out: list[str] = []
    for line in lines[:HUVUDRADER]:
        text = line.text.strip()
        # the first line, a title however long ("Hyresgästföreningens remissvar om EU, allmännyttan och
        # hyrorna: - Dagens regler räcker" as one Word paragraph)
        titel = not out and not text.endswith(".")
        if len(text) > KORT_HUVUDRAD and not _storre_stil(line, lines) and not titel:
            break
        out.append(text)
    return " ".join(out)
