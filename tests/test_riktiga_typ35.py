"""typ35 (session 35): the document type on a company's e-mailed comments, a press release on a new inquiry and
an association's meeting notes (prov33 reported).

1. A company's comments on a departementspromemoria, e-mailed to the ministry's registrator: "Per mail till
   Registrator Stockholm den 5 februari 2010 Finansdepartementet Kommentarer till Proposition Ds 2009:55 om
   F2010: …" (prov33/forsakringsmatematik-ds2009-55-kommentarer, facit yttrande) had no cue (the transcript
   runs the heading into the letter head and the sender, so it is no heading line) and was annat, with the
   learned type under its threshold (yttrande 0,63). The heading's comments on a remiss document named by its
   number, in the opening (`kommentarer-till-numrerat-remissdokument-i-inledningen`, +3, as 'Synpunkter på SOU
   2004:61'; the heading cue takes 'till' and a word before the number too) and the letter head saying it went
   by e-mail to the ministry's registrator (`skickat-till-departementets-registrator`, +1, where the missiv asks
   the answers to go) make it a yttrande by the rules.
2. A company's press release on an inquiry the week it was published: "Lantmännen välkomnar utredningen om
   Sveriges livsmedelsberedskap (”Utredningen om en ny livsmedelsberedskap”) som offentliggjordes under torsdagen
   1 februari." (prov33/lantmannen-livsmedelsberedskap-kommentar, facit annat) scored +5 on its stance words and
   was a yttrande. The inquiry published 'under torsdagen' (the news's weekday in the definite form, or 'i
   torsdags') dates the text to the publication, as 'i dag'/'i går' did (`utredningen-overlamnad-i-dag`, −6,
   ytt30): a comment before any remiss answers none.
3. An association's notes from a meeting where the kommun told of its samråd: "Minnesanteckningar från
   Mötestorg, Kullagården 2008-12-08 kl 19-21 / Närvarande från Bräcke kommun: …", "Underlaget är ute på samråd
   till den 7/1 2009." (prov33/nyhem-byarad-vindkraft-minnesanteckningar, facit annat) scored 7,5 (deadline,
   'ute på samråd', 'skicka in sina synpunkter till kommunen', samråd) and was a remiss. Notes headed as a
   meeting's, with who was there or its agenda (missiv.toml `motesanteckningar`, −5, as `dagordning`), report
   another's samråd: no missiv.

The first test of each class reads the corpus document or quotes it (tests/korpus/prov33/<id>.txt); the others
are the same class in other words; those marked 'was …' read otherwise before the change.
"""

# ruff: noqa: E501  (the documents' own lines are kept as they stand)

from __future__ import annotations

from pathlib import Path

import pytest

from remiss.kontroll.signaler import poang
from remiss.split import classify_scored
from tests.test_kontroll_riktiga import (  # noqa: F401 - the fixture
    REGLER_OCH_MODELL,
    _docx,
    _lines,
    _regler,
    igenkanda,
    korpus_stycken,
    utan_typmodell,
)
from tests.test_riktiga_missiv18 import styled

KORPUS = Path(__file__).resolve().parent / "korpus"


def _typ(text: str, *, typmodell: bool = False) -> tuple[str, tuple[str, ...]]:
    """Return the type and the missiv signals of a web print of text, its first line the heading."""
    typ, bedomning = classify_scored(styled(text, {0: 20.0}), typmodell=typmodell)
    return typ, bedomning.skal if bedomning else ()


# 1. a company's comments e-mailed to the ministry

FORSAKRINGSMATEMATIK = (
    "Per mail till Registrator Stockholm den 5 februari 2010 Finansdepartementet",
    "Kommentarer till Proposition Ds 2009:55 om F2010: sidor Inlämnad av fm Försäkringsmatematik AB, Stig "
    "Aggevall oberoende aktuarier. Box Stockholm",
    "Allmänna kommentarer.",
    "Propositionen fortsätter att cementera de avvikelser gentemot resten av EUs medlemsstater som gjordes redan 1 "
    "juli 1995 när det tredje livdirektivet 92/96EEG infördes. Sverige är enda land inom EG som ger såväl "
    "aktiebolag som ömsesidigt drivna livbolag rätt att använda livförsäkringstagarnas överskottsmedel som risk- "
    "och solvenskapital.",
    "Fel anser vi det vara att olika typer av försäkringar, enskilda försäkringar och privata tjänstepensioner "
    "till skillnad från kollektiva tjänstepensioner ska ha olika placeringsregler för skuldtäckningskapitalet.",
)


@REGLER_OCH_MODELL
def test_foretagets_kommentarer_till_departementet_ar_yttrande(
    request: pytest.FixtureRequest, regler_ensamma: bool
) -> None:
    """prov33/forsakringsmatematik-ds2009-55-kommentarer, the corpus file: one yttrande (was none), by the rules
    alone too."""
    _regler(request, regler_ensamma)
    kontroller = igenkanda(KORPUS / "prov33" / "forsakringsmatematik-ds2009-55-kommentarer.docx")
    assert len(kontroller) == 1
    assert kontroller[0].stallningstagande is None


def test_foretagets_kommentarer_ger_tecknen() -> None:
    """The letter's head and heading, as the transcript runs them: both cues, together at the threshold."""
    score, ids = poang(_lines(*FORSAKRINGSMATEMATIK))
    assert "skickat-till-departementets-registrator" in ids
    assert "kommentarer-till-numrerat-remissdokument-i-inledningen" in ids
    assert score >= 4


@pytest.mark.usefixtures("utan_typmodell")
@pytest.mark.parametrize(
    "stycken",
    [
        # the same letter in other words (was annat)
        ("Via e-post till Justitiedepartementet Göteborg den 3 maj 2016",
         "Synpunkter på SOU 2016:12 Ny lag om kameraövervakning Inlämnad av Bevakningsbolaget AB. Vi anser att "
         "utredningen inte har sett till de mindre företagens villkor.",
         "Vi menar att kravet på tillstånd bör finnas kvar för kameror på allmän plats."),
        ("Per e-post till registrator Miljödepartementet",
         "Kommentarer till promemorian Ds 2021:7 Skärpta krav på avfallshantering. Vi ser allvarligt på att "
         "promemorian inte tar upp de små kommunernas kostnader.",
         "Vi föreslår att övergångstiden förlängs till fem år."),
    ],
)
def test_kommentarer_till_departementet_i_andra_ord(tmp_path: Path, stycken: tuple[str, ...]) -> None:
    """Comments on a numbered remiss document, sent by e-mail to a ministry: a yttrande by the rules."""
    assert len(igenkanda(_docx(tmp_path / "k.docx", *stycken))) == 1


@pytest.mark.parametrize(
    "rader",
    [
        # the missiv's own address for the answers, not the letter's head
        ("Remiss av promemorian Ds 2009:55", "Svaren bör lämnas per e-post till fi.registrator@regeringskansliet.se"),
        ("Remissinstanser", "Per e-post till registrator@fi.se senast den 1 mars 2010"),
        # a wrapped sentence's rest, in lower case
        ("Remissvaren ska ha kommit in till Finansdepartementet senast den 1 mars och lämnas",
         "per e-post till registrator i Finansdepartementet."),
    ],
)
def test_missivets_svarsadress_ar_inget_skickat_brev(rader: tuple[str, ...]) -> None:
    """'per e-post till registrator@…' or a sentence's rest is no letter head sent to the ministry."""
    assert "skickat-till-departementets-registrator" not in poang(_lines(*rader))[1]


# 2. a company's press release on a new inquiry

LANTMANNEN = "prov33/lantmannen-livsmedelsberedskap-kommentar"


@REGLER_OCH_MODELL
def test_pressmeddelande_om_nyss_offentliggjord_utredning_ar_inget_yttrande(
    tmp_path: Path, request: pytest.FixtureRequest, regler_ensamma: bool
) -> None:
    """prov33/lantmannen-livsmedelsberedskap-kommentar, the page's words: no yttrande (was one, cues +5)."""
    from remiss.pipeline import tolka_fil

    _regler(request, regler_ensamma)
    fil = _docx(tmp_path / "l.docx", *korpus_stycken(LANTMANNEN)[:5])
    assert igenkanda(fil) == []
    assert tolka_fil(fil) == []


@pytest.mark.parametrize(
    ("mening", "traff"),
    [
        ("Lantmännen välkomnar utredningen om Sveriges livsmedelsberedskap (”Utredningen om en ny "
         "livsmedelsberedskap”) som offentliggjordes under torsdagen 1 februari.", True),
        # the same class in other words: the publication dated by this week's weekday
        ("Betänkandet, som presenterades i tisdags, får stöd av förbundet.", True),
        ("Förbundet välkomnar slutbetänkandet som lämnades på måndagen till kulturministern.", True),
        ("Utredningen publicerades under fredagen och förbundet har nu läst den.", True),
        # the publication dated as background, or another weekday word
        ("Utredningen överlämnades till regeringen den 1 februari 2024 och remitterades i mars.", False),
        ("Betänkandet som presenterades under hösten 2023 har nu remitterats.", False),
        ("Utredningen lämnades i höstas; remissvaren ska vara inne senast på torsdagen den 5 maj.", False),
    ],
)
def test_utredningen_offentliggjord_i_veckan(mening: str, traff: bool) -> None:
    """An inquiry published 'under torsdagen', 'på måndagen', 'i tisdags': the text is dated to the news."""
    assert ("utredningen-overlamnad-i-dag" in poang(_lines(mening))[1]) is traff


# 3. an association's meeting notes


def _nyhem() -> str:
    """Return prov33/nyhem-byarad-vindkraft-minnesanteckningar's text as the document cuts it."""
    rader = korpus_stycken("prov33/nyhem-byarad-vindkraft-minnesanteckningar")
    slut = next(i for i, rad in enumerate(rader) if rad.endswith("skicka in sina synpunkter till kommunen."))
    return "\n".join(rader[: slut + 1])


@pytest.mark.parametrize("typmodell", [False, True])
def test_byaradets_minnesanteckningar_ar_annat(typmodell: bool) -> None:
    """prov33/nyhem-byarad-vindkraft-minnesanteckningar, the page's words: annat (was a missiv, 7,5)."""
    typ, skal = _typ(_nyhem(), typmodell=typmodell)
    assert typ == "annat"
    assert any(s.startswith("motesanteckningar") for s in skal)


@pytest.mark.parametrize(
    "text",
    [
        # the same notes in other words (was missiv)
        "Mötesanteckningar från byamötet 2019-05-02 kl 19\nNärvarande: Anna Ek, Per Berg och Lisa Holm från "
        "Ånge kommun\nDetaljplan för Skolbacken\nLisa Holm berättade om planen. Förslaget är nu ute på samråd till den "
        "30 maj 2019. Synpunkter skickas till kommunen.",
        "Minnesanteckningar vid föreningens möte med kommunen\nDeltagare: styrelsen och planarkitekten\nKommunens "
        "förslag till översiktsplan är ute på samråd till och med den 15 juni 2021. Föreningen skickar in sina "
        "synpunkter till kommunen.",
    ],
)
def test_motesanteckningar_i_andra_ord_ar_annat(text: str) -> None:
    """A meeting's notes telling of a kommun's open samråd with its deadline: annat."""
    assert _typ(text)[0] == "annat"


def test_kommunens_kungorelse_med_minnesanteckningar_ar_remiss() -> None:
    """A kommun's own samråd notice that points to the notes of its meeting (no one listed as present, no
    agenda after them) stays a missiv."""
    text = ("Samråd om detaljplan för Skolbacken\nFörslaget till detaljplan är ute på samråd till och med den 30 "
            "maj 2019. Minnesanteckningar från samrådsmötet finns på kommunens webbplats. Synpunkter lämnas "
            "skriftligen till plan@ange.se senast den 30 maj 2019.")
    typ, skal = _typ(text)
    assert typ == "missiv"
    assert not any(s.startswith("motesanteckningar") for s in skal)
