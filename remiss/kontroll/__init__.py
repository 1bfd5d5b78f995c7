"""Checking yttranden: each has one clear ställningstagande, a sammanfattning, and no placeholders left.

`kontrollera_fil(path)` reads a DOCX or PDF (a single yttrande or a whole meeting package), finds each
yttrande (by its title, or the whole file when it is a remissvar without one) and returns one
`Yttrandekontroll` per yttrande. A short file where nothing reads as a yttrande (and no missiv) is
checked as one all the same, marked `igenkant=False`, since the user asked for it to be checked.
spaCy is loaded only when a yttrande is found.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from remiss.clean import utan_sidraknare
from remiss.domain import Handling
from remiss.extract.dnr import utan_etikett_dnr
from remiss.kontroll.avsnitt import beslutande, split_avsnitt
from remiss.kontroll.brister import (
    BRISTKODER,
    FORSLAG_MARKERING,
    Bedomning,
    bedom,
    forslag_anmarkningar,
    on_whole,
    platshallare_brister,
    sammanfattning_brister,
    underforstadd_anmarkning,
)
from remiss.kontroll.hitta import HUVUDZON, find_remissvar, find_yttranden, forteckning, hela_som_yttrande
from remiss.kontroll.overlamning import med_beslutet, overlamnande
from remiss.kontroll.paket import i_paketet
from remiss.kontroll.registerkontroll import dnr_i_text, kontrollera_mot_register
from remiss.kontroll.signaler import igenkanning, om_remissen
from remiss.kontroll.stallning import (
    find_fynd,
    helhet_enligt_remissnamn,
    helhet_enligt_titel,
    make_blocks,
    remissens_namn,
)
from remiss.kontroll.typer import BLANDAT, Fynd, Yttrandedel, Yttrandekontroll
from remiss.modelldata import fraser, modell_toml

HUVUDRADER = 12  # the yttrande's first lines: its head, where it names the remitted document with its number
# (annat39) the words of a remiss, a consultation or an answer to one (its stance words, the remitted kinds of
# document): a text with none of them (a union's comment on the day a report is presented: 'Officersförbundet
# anser att satsningarna som föreslås … är nödvändiga och välkomnar …',
# prov37/officersforbundet-forsvarsberedningen-kommentar) answers no remiss, however much its words of opinion
# read as a yttrande to the learned type
SVARETS_ORD = re.compile(
    r"remiss|remitt|yttra|utlåtande|synpunkt|samråd|granskning|erinra|invändning|tillstyrk|avstyrk"
    r"|betänkande|promemori|\b(?:SOU|Ds)\s+\d{4}|\bsvar(?:et)?\s+(?:på|till|angående|avseende|över|gällande)\b"
    r"|\bförslag(?:et)?\s+till\s+(?:(?:ny|nya|ändrad|ändring\s+i)\s+)?(?:förordning|lag)(?:en|ar|arna)?\b",
    re.IGNORECASE,
)
# A press release's headline leaves out its verb: "Svenska Tecknare emot sammanslagning av kulturmyndigheter"
# (is against), "Förbundet positivt till ny lag" (is positive to), or rejects with "avvisar"/"nej till" what
# the stance patterns read only of a proposal ("Föreningen avvisar nedläggning av …"). The name, then the
# stance, then its object; a negation or another word between them is no such headline.
RUBRIKENS_STALLNING = re.compile(
    r"^(?P<namn>(?-i:[A-ZÅÄÖ])[\wåäö&.-]*(?:\s+(?:(?-i:[A-ZÅÄÖ])[\wåäö&.-]*|för|och|i)){0,4}?):?\s+"
    r"(?:(?P<nej>emot|avvisar|nej\s+till)|(?P<ja>(?:mycket\s+|väldigt\s+)?positiva?t?\s+till))\s+(?P<objekt>\S.*)$",
    re.IGNORECASE,
)
# subjects of a headline that tell another's stance, not the page's own organisation's
ANDRAS_STALLNING = frozenset(
    "regeringen utredningen utredaren remissinstanserna remissinstanser kritiker kritikerna många flera "
    "alla tunga experter myndigheter myndigheterna kommuner kommunerna regioner regionerna länsstyrelserna "
    "partier partierna oppositionen ministern riksdagen majoriteten".split()
)

# (yttr45) A page that publishes an answer may head it with its own headline and a lead that introduces it
# ("Akademien avvisar KEX-utredningen" / "Akademiens presidium har idag till Utrikesdepartementet inlämnat
# följande yttrande över KEX-utredningen." over "Remissvar – Skärpt exportkontroll av krigsmateriel (SOU
# 2015:72)", prov43/kkrva-kex-utredningen-remissvar): the headline over the answer's own title says the
# answer's stance as a press release's does (README: an own heading's stance applies to the whole). Only a
# short line that ends no sentence, with the lead's first sentence right under it naming the answer it
# introduces (`INGRESS`), and not a headline on another's stance ("Regeringen avvisar …").
SIDRUBRIK_MAX = 100  # characters: a headline, not a paragraph
INGRESS = re.compile(
    r"\b(?:följande|nedanstående|bifogade)\s+(?:remiss)?(?:yttrande|svar|skrivelse|utlåtande)\b"
    r"|\b(?:lämnat|inlämnat|skickat|avgett|avgivit|sänt|lämnar|skickar|avger)\b(?:\s+in)?[^.!?]{0,120}?"
    r"\b(?:remiss)?(?:yttrande|svar|remissvar|utlåtande)\b",
    re.IGNORECASE,
)

__all__ = ["BLANDAT", "BRISTKODER", "Yttrandekontroll", "ej_klart", "kontrollera_fil", "kontrollera_handling"]


def kontrollera_fil(
    path: str | Path, *, register: Any = None, idag: date | None = None, max_sidor: int = 2000
) -> list[Yttrandekontroll]:
    """Given a DOCX or PDF path, return the check of every yttrande in it (InputError for a bad file)."""
    from remiss.read import read_file

    return kontrollera_handling(read_file(path, max_sidor=max_sidor), register=register, idag=idag)


def ej_klart(path: str | Path) -> tuple[str, ...]:
    """Given a finished yttrande (DOCX or PDF), return what keeps it from being sent: brister and markings."""
    kontroller = kontrollera_fil(path)
    if not kontroller:
        return ("inget yttrande hittades i filen",)
    found: list[str] = []
    for kontroll in kontroller:
        for brist in kontroll.brister:
            found.append(brist.kod)
        if any(FORSLAG_MARKERING in note for note in kontroll.anmarkningar):
            found.append(f"{FORSLAG_MARKERING} kvar i sammanfattningen")
    return tuple(dict.fromkeys(found))


def kontrollera_handling(
    handling: Handling, *, register: Any = None, idag: date | None = None
) -> list[Yttrandekontroll]:
    """Given a read Handling, return the check of every yttrande in it, with register checks if given."""
    per_line = handling.fil.lower().endswith(".docx")
    handling = replace(handling, pages=utan_sidraknare(handling.pages))  # a transcript's "2 2(3) <header> …"
    out = []
    yttranden = find_yttranden(handling)
    igenkant = True
    paket = None if forteckning(yttranden, len(handling.pages)) else i_paketet(handling, yttranden)
    if paket is not None:  # a package: each yttrande ends where its document does, and the documents
        yttranden = paket  # without a title are read as if alone
    elif forteckning(yttranden, len(handling.pages)):  # a page listing the body's answers: checked as one
        skal = f"en förteckning över {len(yttranden)} korta svar efter varandra, inget enskilt yttrande"
        lista, igenkant = hela_som_yttrande(handling), False
        yttranden = [replace(lista, igenkanning=skal)] if lista is not None else []
    elif not yttranden:
        remissvar, igenkant = remissvar_som_helhet(handling)
        yttranden = [remissvar] if remissvar else []
    for yttrande in yttranden:
        kontroll = kontrollera_yttrande(handling.fil, yttrande, per_line=per_line)
        if not igenkant:
            kontroll = replace(kontroll, igenkant=False)
        if register is not None:
            kontroll = kontrollera_mot_register(
                kontroll, register, idag=idag or date.today(), andra_dnr=dnr_i_text(yttrande.lines)
            )
        out.append(kontroll)
    return out


def remissvar_som_helhet(handling: Handling) -> tuple[Yttrandedel | None, bool]:
    """Given a file (or a package's document on pages of its own) with no yttrande title, return it read as a
    whole and whether it was recognised as a remissvar: by its cues (`find_remissvar`), else by the learned
    type (`med_typmodell`) unless the text reports another's answer; a short text nothing recognises is
    returned all the same, unrecognised (it is checked as one)."""
    remissvar = find_remissvar(handling)  # a remissvar without a yttrande title, read as a whole
    if remissvar is not None:
        return remissvar, True
    remissvar = hela_som_yttrande(handling)  # nothing reads as a yttrande: a short file is checked as one
    if remissvar is None:
        return None, False
    tecken = igenkanning(handling.lines)  # say why not: the cues and the structure that fell short
    remissvar = replace(remissvar, igenkanning=tecken.forklaring())
    # the text says it reports another's answer, or it is about a case of its own (its plan sent on remiss,
    # its own appeal: "Jag baserar mitt besvär på …"), or it collects answers (an organisation's page of its
    # remissvar, each a few lines): the word counts do not see who speaks, nor in what case, nor how many
    # answers … or it is headed by the remiss and nothing in it answers (a notice of the open remiss)
    if (tecken.struktur.referat_i_orden or tecken.struktur.om_remiss or tecken.samling
            or om_remissen(handling.lines, tecken)):
        return remissvar, False
    return med_typmodell(handling, remissvar, False)


def med_typmodell(handling: Handling, remissvar: Yttrandedel, igenkant: bool) -> tuple[Yttrandedel, bool]:
    """Given a short file read as a whole and whether the cues recognised it, return it with the learned
    type's say (`remiss.typmodell`): a yttrande the cues missed (a transcript opening with the recipient's
    header, a body's short notice of its 'utlåtande') is recognised when the model is sure of it. One the
    cues took stays: they see who speaks, which word counts do not (on the held-out sets the model never
    rightly took a yttrande away, and once wrongly: an association's notice of its own skrivelse, mostly
    about the consultation meetings). A text with no word of a remiss or an answer stays unrecognised
    (`talar_om_svar`). The model's probabilities join the reasons."""
    from remiss import typmodell as tm
    from remiss.split import MAX_SIDOR_TYPMODELL

    if len(handling.pages) > MAX_SIDOR_TYPMODELL:
        return remissvar, igenkant
    tolkning = tm.bedom(handling.lines)
    if igenkant or not tolkning.ar(tm.YTTRANDE) or not talar_om_svar(handling):
        return remissvar, igenkant
    if eget_styrdokument("\n".join(line.text for line in handling.lines)):
        skal = f"{tolkning.forklaring()}, men ett eget styrdokument som inte svarar på någon remiss"
        return replace(remissvar, igenkanning="; ".join(s for s in (skal, remissvar.igenkanning) if s)), False
    skal = "; ".join(s for s in (tolkning.forklaring(), remissvar.igenkanning) if s)
    return replace(remissvar, igenkanning=skal), True


STYRDOKUMENTFIL = "styrdokument.toml"
STYRDOKUMENTETS_KANNETECKEN = 2  # its labels and its own name: at least this many of them


@functools.lru_cache(maxsize=1)
def _styrdokument() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Return modeller/styrdokument.toml's patterns: a label opening a line ('Fastställt av:'), the document's
    own name ('Detta styrdokument') and a word of an answer to a remiss ('remiss', 'yttrande över')."""
    data = modell_toml(STYRDOKUMENTFIL)["styrdokument"]
    etiketter = sorted(data["etiketter"], key=len, reverse=True)
    return (re.compile(rf"^[ \t]*({fraser(etiketter)})[ \t]*:", re.IGNORECASE | re.MULTILINE),
            re.compile(rf"\b(?:{fraser(data['beteckning'])})\b", re.IGNORECASE),
            re.compile(rf"\b(?:{fraser(data['svarar_pa'])})", re.IGNORECASE))


def eget_styrdokument(text: str) -> bool:
    """Given a document's text, return True when it is a body's own governing document (a policy, plan,
    program or riktlinje): it names itself so by two of its head's labels ('Fastställt av: Arbetslivsnämnden',
    'För revidering ansvarar: …') or by one and its own name ('Detta styrdokument bidrar till …'), and nothing
    in it answers a remiss (no 'remiss', 'yttrande över', 'betänkande' …). No yttrande, however the learned
    type reads its words of views and plans (paket47: a nämnd's riktlinje for its quality system in a meeting
    package, typmodell yttrande 0,86)."""
    etikett, beteckning, svar = _styrdokument()
    if svar.search(text):
        return False
    etiketter = {" ".join(match.group(1).lower().split()) for match in etikett.finditer(text)}
    return len(etiketter) + (beteckning.search(text) is not None) >= STYRDOKUMENTETS_KANNETECKEN


def talar_om_svar(handling: Handling) -> bool:
    """Return True when the text has a word of a remiss, a consultation or an answer (SVARETS_ORD), or is
    headed by the case's number (a private letter in a länsstyrelse's case: '551-42517-2013 Hedared …'):
    without either it answers nothing, and the learned type does not make it a yttrande."""
    lines = handling.lines
    return any(SVARETS_ORD.search(line.text) for line in lines) or bool(utan_etikett_dnr(lines[:HUVUDZON]))


def rubrikens_fynd(yttrande: Yttrandedel, namnd: str | None) -> list[Fynd]:
    """Given a yttrande, return the stances its title states as a headline sentence, or [].

    An organisation's notice of its own answer may say its stance only in the headline ("Hjärnkraft säger ja
    till statlig assistans" over "Hjärnkraft förordar ett statligt övertagande …" and a link to the answer):
    the headline is the page's own sentence, read when the text under it states no stance. A title naming
    the document's kind ("Yttrande över …", "Remissvar – …") is no such sentence.
    """
    from remiss.kontroll.hitta import NYHETSORD_TITEL, TITEL

    rader = yttrande.lines[yttrande.titelindex : yttrande.titelindex + yttrande.titelrader]
    text = " ".join(line.text.strip() for line in rader)
    if not rader or TITEL.match(text) or NYHETSORD_TITEL.match(text):
        return []
    under = " ".join(line.text for line in yttrande.lines[yttrande.titelindex + len(rader) :])
    sats = rubrikens_sats(text, under)
    if sats != text:
        rader = (replace(rader[0], text=sats),)
    # the headline comes before the body's first sentence: numbered 0, it is never one of the body's sentences
    return [replace(f, meningsnummer=0) for f in find_fynd(make_blocks(rader), del_="brodtext", namnd=namnd)]


def sidrubrikens_fynd(yttrande: Yttrandedel, namnd: str | None) -> list[Fynd]:
    """Given a yttrande, return the stances of the page's headline above it, or [].

    A page publishing an answer under its own headline and a lead introducing it ("Akademien avvisar
    KEX-utredningen" / "Akademiens presidium har idag … inlämnat följande yttrande över KEX-utredningen.")
    states the answer's stance there, as a press release's headline does (`rubrikens_fynd`). The headline is
    a short line that ends no sentence, the lead's first sentence right under it names the answer (`INGRESS`),
    and its first word names no other party (`ANDRAS_STALLNING`).
    """
    rader = yttrande.ovanfor
    for number in reversed(range(len(rader))):  # the headline nearest the lead ("Archive for …" above it)
        rad = rader[number]
        text = rad.text.strip()
        if not _sidrubrik(text):
            continue
        ingress = " ".join(line.text.strip() for line in rader[number + 1 :])
        if not INGRESS.search(re.split(r"(?<=[.!?])\s", ingress, maxsplit=1)[0]):
            continue
        under = " ".join([ingress, *(line.text for line in yttrande.lines)])
        rubrik = (replace(rad, text=rubrikens_sats(text, under)),)
        fynd = find_fynd(make_blocks(rubrik), del_="brodtext", namnd=namnd)
        return [replace(f, meningsnummer=0, mening=text) for f in fynd]  # the headline as it stands
    return []


def _sidrubrik(text: str) -> bool:
    """Return True for a line that reads as a page's headline: a few words opening with a capital, ending no
    sentence, its first word no other party's ("Regeringen avvisar …")."""
    ord_ = text.split()
    return (
        len(ord_) >= 2 and len(text) <= SIDRUBRIK_MAX and text[:1].isupper()
        and not text.endswith((".", ":", ";", ",")) and ord_[0].lower() not in ANDRAS_STALLNING
    )


def rubrikens_sats(rubrik: str, text: str) -> str:
    """Given a headline and the text under it, return the headline with the verb a press release leaves out
    ("Svenska Tecknare emot sammanslagning av kulturmyndigheter": "… säger nej till sammanslagning …";
    "Förbundet positivt till ny lag": "… är positivt till ny lag"), or the headline as it is. Only when the
    one taking the stance is the page's own organisation: named again in the text under it, and not one of
    the others a headline may report on ("Remissinstanserna emot …", "Regeringen positiv till …")."""
    match = RUBRIKENS_STALLNING.match(rubrik.strip())
    if match is None:
        return rubrik
    namn = match.group("namn")
    forsta = namn.split()[0]
    if forsta.lower() in ANDRAS_STALLNING or not re.search(rf"(?<![\wåäö]){re.escape(forsta)}", text):
        return rubrik
    if match.group("nej"):
        return f"{namn} säger nej till {match.group('objekt')}"
    return f"{namn} är {match.group('ja')} {match.group('objekt')}"


def bara_delar(bedomning: Bedomning, brodtext: list[Fynd]) -> bool:
    """Return True when the body's stance comes from stances on named parts only, none on the whole.

    The headline then says the main stance when it states one on the whole (korpus README, Blandat: a stance
    on the whole with exceptions for parts is the whole's value): "Bilda välkomnar folkbildningsutredningen
    men betonar …" over "Bilda välkomnar utredningens förslag om att bevara självförvaltningsmodellen …" and
    "Bilda avstyrker … förslaget att överföra anslagsfördelningen till …"
    (prov26/bilda-folkbildningsutredningen-remissvar) is tillstyrker with one part rejected, not blandat; over
    one rejected part alone it is tillstyrker too, not that part's avstyrker.
    """
    return bedomning.del_ == "brodtext" and not any(on_whole(f) for f in brodtext)


def kontrollera_yttrande(fil: str, yttrande: Yttrandedel, *, per_line: bool = False) -> Yttrandekontroll:
    """Given one found yttrande, return its check: ställningstagande, sammanfattning, brister."""
    avsnitt = split_avsnitt(yttrande)
    namnd = avsnitt.namnd or beslutande(avsnitt.beslut)  # "Kommunstyrelsen beslutar …": the deciding organ
    titlar = (yttrande.titel or "", *remissens_namn([line.text for line in yttrande.lines[:HUVUDRADER]]))
    beslut = find_fynd(
        make_blocks(avsnitt.beslut, per_line=per_line), del_="beslut", namnd=namnd, titlar=titlar
    )
    body_lines = list(avsnitt.text_i_ordning)  # the summary's and the body's lines as read
    brodtext = find_fynd(
        make_blocks(body_lines, per_line=per_line), del_="brodtext", namnd=namnd, titlar=titlar
    )
    plats = None if any(not f.bara_del for f in beslut) else overlamnande(yttrande.lines)
    if plats is not None:  # the decision hands over a yttrande: only a stance written with it counts
        i_beslutet = overlamnande(avsnitt.beslut) is not None  # under the decision's own heading
        brodtext = [] if i_beslutet else med_beslutet(brodtext, yttrande.lines, plats)
    huvud = " ".join(line.text.strip() for line in yttrande.lines[:HUVUDRADER])
    beslut = helhet_enligt_remissnamn(helhet_enligt_titel(beslut, yttrande.titel), huvud)
    brodtext = helhet_enligt_remissnamn(helhet_enligt_titel(brodtext, yttrande.titel), huvud)
    bedomning = bedom(beslut, brodtext, har_beslutsrubrik=avsnitt.har_beslutsrubrik)
    rubrikens: list[Fynd] = []
    if bedomning.stallningstagande is None or bara_delar(bedomning, brodtext):
        rubrikens = helhet_enligt_remissnamn(
            [*sidrubrikens_fynd(yttrande, namnd), *rubrikens_fynd(yttrande, namnd)], huvud
        )
        med_rubriken = bedom(beslut, [*rubrikens, *brodtext], har_beslutsrubrik=avsnitt.har_beslutsrubrik)
        if rubrikens and med_rubriken.stallningstagande not in (None, BLANDAT):
            bedomning = med_rubriken  # "Hjärnkraft säger ja till statlig assistans" over a short notice
    otydlig = underforstadd_anmarkning(bedomning, [*beslut, *brodtext, *rubrikens], namnd)
    har_sammanfattning, saknas = sammanfattning_brister(avsnitt, bedomning.stallningstagande)
    brister = bedomning.brister + saknas + platshallare_brister(yttrande.lines)
    return Yttrandekontroll(
        fil=fil,
        sidor=yttrande.sidor,
        diarienummer=yttrande.diarienummer,
        titel=yttrande.titel,
        stallningstagande=bedomning.stallningstagande,
        stallningstagande_kalla=bedomning.kalla,
        stallningstagande_del=bedomning.del_,
        delar=bedomning.delar if bedomning.stallningstagande == BLANDAT else (),
        har_sammanfattning=har_sammanfattning,
        brister=brister,
        expedieras_till=tuple(line.text.strip() for line in avsnitt.expedieras),
        anmarkningar=otydlig + forslag_anmarkningar(yttrande.lines),
        igenkanning=yttrande.igenkanning,
    )
