"""prov26's first-run title miss as a class (titel28, session 28): the sentence that presents the remitted document
gives its own name as an apposition after what it is ('Ett förslag till ny kommunvision, Vision 2030, är nu ute på
remiss'); the name is the title, not the description with it, also under a heading that names only the kind. And the
title model retrained on prov26 with the guards it needed: a statement ('Planen anger …') and a stretch that starts
with a conjunction ('och handlingar På webben') are no titles, the rules' description does not name more than the
model's apposition, and the raw line that the rules clean ('Framläggning av …') is marked for the model. Tried on the
reported pages as they stand and in other wording (paraphrases written for the test, another sender, another order;
sources in the '# source:' lines of the tests/korpus/*/*.txt files)."""

# ruff: noqa: E501  (the documents' own lines are kept as they stand)

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from remiss import titelmodell
from remiss.domain import Line
from remiss.extract.core import clean_title, extract_remiss
from remiss.extract.titel import appositive_name
from remiss.titelmodell import LEADING_CONJUNCTION, STATEMENT, no_title
from tests.test_riktiga_missiv15 import lines_of, part_of
from tests.test_riktiga_titel22 import titel
from tests.test_riktiga_titel27 import BORGBY_FOP, MASABY

PROV26 = Path(__file__).resolve().parent / "korpus" / "prov26"


def _sida(namn: str) -> str:
    """Return the page's text as tests/korpus/prov26 keeps it, without its '# source:' line."""
    return (PROV26 / f"{namn}.txt").read_text(encoding="utf-8").split("\n", 1)[1]


# prov26/munkfors-vision-2030-remiss (munkfors.se, the kommun's page 'Tyck till om Vision 2030')
MUNKFORS = _sida("munkfors-vision-2030-remiss")
MUNKFORS_RUBRIK = "Tyck till om Vision 2030"

# another kommun, another heading, the name before or after the verb (written for the test)
MORBY = """{rubrik}
{mening} Synpunkter vill vi ha senast den 15 mars 2025.
Kommunstyrelsen har skickat förslaget till föreningar, partier och grannkommuner.
Synpunkterna mejlas till kommunstyrelsen@morby.se eller skickas till Mörby kommun, Box 100, 123 45 Mörby."""


@pytest.mark.parametrize("storlek", [10.0, 20.0])
def test_namnet_som_apposition_pa_sidan(storlek: float) -> None:
    """The page's own: the heading 'Tyck till om Vision 2030' over 'Ett förslag till ny kommunvision, Vision 2030,
    är nu ute på remiss.' gives 'Vision 2030' (prov26/munkfors-vision-2030-remiss, first run 'Ett förslag till ny
    kommunvision, Vision 2030,': the sentence's subject as the document the notice names).
    source: https://www.munkfors.se/tyck-till-om-kommunvision-2030/"""
    assert titel(MUNKFORS, {MUNKFORS_RUBRIK: storlek}) == "Vision 2030"


@pytest.mark.parametrize(
    ("rubrik", "mening", "vantat"),
    [
        ("Tyck till!", "Nu är förslaget till ny översiktsplan, Översiktsplan Mörby 2040, ute på remiss.",
         "Översiktsplan Mörby 2040"),
        ("Remiss", "Förslaget till ny kulturplan, Kultur för alla, skickas nu på remiss.", "Kultur för alla"),
        ("Tyck till om kulturplanen", "Kommunens nya kulturplan, Kultur för alla, är nu ute på remiss.",
         "Kultur för alla"),
        ("Ny översiktsplan på remiss", "Förslaget till ny översiktsplan, ÖP 2040, är ute på remiss.", "ÖP 2040"),
    ],
)
def test_namnet_som_apposition_i_andra_ord(rubrik: str, mening: str, vantat: str) -> None:
    """Another sender and order: the name after the description, before the verb or after it ('Nu är förslaget
    till …, Översiktsplan Mörby 2040, ute på remiss'), under a heading that names nothing or names the matter only
    loosely ('Ny översiktsplan på remiss'): the document's own name is the title (extract.titel.appositive_name)."""
    page = MORBY.format(rubrik=rubrik, mening=mening)
    assert titel(page, {rubrik: 20.0}) == vantat


def _rad(text: str) -> Line:
    return Line(text=text, page=1, number=1, size=10.0)


@pytest.mark.parametrize(
    ("titeln", "rad"),
    [
        # the kind's abbreviation, and the sentence goes on with the description (prov18/upplandsbro-fop-bro-granskning)
        ("Ett förslag till fördjupad översiktsplan, FÖP, för Bro",
         "Ett förslag till fördjupad översiktsplan, FÖP, för Bro är ute på granskning."),
        # a heading's own text: the name is part of it (missiv/motala-op2040-granskning)
        ("Motalas nya översiktsplan, ÖP 2040", "Motalas nya översiktsplan, ÖP 2040"),
        # a place, who makes the plan or where it lies
        ("ny översiktsplan, Mörby kommun,", "Nu är ny översiktsplan, Mörby kommun, ute på samråd."),
        ("ny översiktsplan, Ånge,", "Förslag till ny översiktsplan, Ånge, är ute på samråd."),
        # a plan's formal name, not a description
        ("Detaljplan för Kvarnen 4, Storby,", "Detaljplan för Kvarnen 4, Storby, är ute på samråd."),
        # the apposition goes on with the sentence, no verb after it
        ("förslaget till ny kulturplan, Kultur för alla", "förslaget till ny kulturplan, Kultur för alla och dess bilagor."),
    ],
)
def test_ingen_apposition(titeln: str, rad: str) -> None:
    """No name in an apposition: the kind's abbreviation ('FÖP'), a heading's own text, a place, a plan's formal
    name, or no verb after it."""
    assert appositive_name(titeln, _rad(rad)) is None


@pytest.mark.parametrize(
    ("rubrik", "mening", "vantat"),
    [
        ("Kommunvision på remiss",
         "Ett förslag till ny kommunvision, Vision 2030, har tagits fram och skickas nu på remiss.", "Vision 2030"),
        ("Ny översiktsplan på samråd",
         "Kommunstyrelsen har tagit fram ett förslag till ny översiktsplan, Översiktsplan Mörby 2040, som nu skickas ut på samråd.",
         "Översiktsplan Mörby 2040"),
    ],
)
def test_rubrik_med_bara_slaget_och_namnet_i_texten(rubrik: str, mening: str, vantat: str) -> None:
    """A heading that names only the document's kind ('Kommunvision på remiss') over a text that gives a document
    of that kind its name as an apposition ('… ny kommunvision, Vision 2030, har tagits fram …'): the name is the
    title, as in the sentence that presents the document (extract.titel.name_in_text; written for the test after
    prov26/munkfors-vision-2030-remiss)."""
    page = MORBY.format(rubrik=rubrik, mening=mening)
    assert titel(page, {rubrik: 20.0}) == vantat


def test_rubrik_som_namnger_mer_an_slaget_star_kvar() -> None:
    """A heading that names more than the kind ('Kulturplan för Mörby kommun 2025–2028') keeps its title, whatever
    the text calls the plan."""
    rubrik = "Kulturplan för Mörby kommun 2025–2028"
    page = MORBY.format(rubrik=rubrik, mening="Förslaget till ny kulturplan, Kultur för alla, har tagits fram.")
    assert titel(page, {rubrik: 20.0}) == rubrik


@pytest.mark.parametrize(
    "kandidat",
    [
        # missiv/karlskrona-havsplan-utstallning (facit null): the page's first line, which the model retrained on
        # prov26 took as the title
        "Planen anger kommunernas viljeinriktning för vattenanvändningen inom planområdet för att öka förutsägbarheten för den som bedriver någon form av verksamhet till havs.",
        # other statements (written for the test)
        "Syftet med planen är att skapa förutsättningar för nya bostäder.",
        "Kommunen har tagit fram ett förslag till ny cykelplan",
        "Vi vill ha dina synpunkter på förslaget till ny renhållningsordning",
    ],
)
def test_pastaende_ar_ingen_titel(kandidat: str) -> None:
    """A statement with its subject and verb first ('Planen anger …', 'Kommunen har tagit fram …', 'Vi vill ha
    …') is no title for the model: no truth in the corpus starts so (titelmodell.no_title, STATEMENT); one
    whose verb stands later ('Syftet med planen är …') is left to the model."""
    assert no_title(kandidat) is (not kandidat.startswith("Syftet med"))


@pytest.mark.parametrize(
    "kandidat",
    [
        "och handlingar På webben",  # prov21/karlstad-op2050-granskning-nyhet: 'Utställning och handlingar' / 'På webben'
        "samt bilagor till planbeskrivningen",  # written for the test
    ],
)
def test_stycke_som_borjar_med_konjunktion_ar_ingen_titel(kandidat: str) -> None:
    """A stretch that starts with a conjunction is the rest of a heading whose first word the cleaning struck
    ('Utställning och handlingar' without its procedure): the model retrained on prov26 took it over the rules'
    right 'nya översiktsplanen' in the simulation over the first runs (prov21/karlstad-op2050-granskning-nyhet;
    titelmodell.no_title, LEADING_CONJUNCTION)."""
    assert no_title(kandidat)


@pytest.mark.parametrize(
    "titeln",
    ["Den nya översiktsplanen för Mörby kommun 2040", "Detaljplanen för Kvarnen 4 m.fl.", "Regionen söker synpunkter",
     "Planprogram för Hjälmsjön", "Ökad trygghet för studerande som blir sjuka (SOU 2018:9)"],
)
def test_rubriker_ar_inga_pastaenden(titeln: str) -> None:
    """Headings and names are no statements: no verb right after a definite subject, or too short to be one."""
    assert not no_title(titeln)


def test_inget_facit_i_korpusen_ar_ett_pastaende() -> None:
    """No title in the corpus's truths is a statement or a stretch that starts with a conjunction: the guards
    never stop a right title."""
    import json

    korpus = Path(__file__).resolve().parent / "korpus"
    titlar = []
    for fil in korpus.glob("*/*.json"):
        data = json.loads(fil.read_text(encoding="utf-8"))
        if isinstance(data, dict) and isinstance(data.get("titel"), str):
            titlar.append(data["titel"])
    assert len(titlar) > 500
    assert [t for t in titlar if STATEMENT.match(t) or LEADING_CONJUNCTION.match(t)] == []


@pytest.mark.parametrize(
    ("text", "radtext", "rensad"),
    [
        # prov24/kyrkslatt-masaby-delgeneralplan-framlaggning: the retrained model's top pick was the raw line
        (MASABY, "Framläggning av förslaget till delgeneralplan för Masaby (projekt 33000)",
         "förslaget till delgeneralplan för Masaby (projekt 33000)"),
        # another kommun's notice, the procedure after the matter (written for titel27's test)
        (BORGBY_FOP, "Fördjupning av översiktsplanen - Norra hamnen 2040 ställs ut för granskning",
         "Fördjupning av översiktsplanen - Norra hamnen 2040"),
    ],
)
def test_raden_som_reglerna_rensar_vags_som_sadan(text: str, radtext: str, rensad: str) -> None:
    """A span as it stands that the rules clean into another text ('Framläggning av …', '… ställs ut för
    granskning') is marked for the model (Kandidat.rensas, the feature 'rensas'): the retrained model weighs the
    raw line against its cleaned form and ranks the cleaned heading first (prov24/kyrkslatt-masaby-delgeneralplan-
    framlaggning: the raw line 0,71 before, the cleaned 0,65 after)."""
    rader = lines_of(text)
    rader[1] = replace(rader[1], size=14.0, bold=True)
    kandidater = {k.text: k for k in titelmodell.kandidater(rader)}
    assert kandidater[radtext].rensas and not kandidater[rensad].rensas
    assert "rensas" in titelmodell.egenskaper(kandidater[radtext], rader, 10.0)
    basta = titelmodell.bedom(rader).basta
    assert basta is not None and basta[0].text == rensad


@pytest.mark.parametrize(
    ("rubrik", "vantat"),
    [
        ("Detaljplan för Kvarnen 4. (nya bostäder vid ån)", "Detaljplan för Kvarnen 4"),  # titel24's test heading
        ("Ändring av detaljplan för kvarteret Eken 12. (förlängd genomförandetid)",
         "Ändring av detaljplan för kvarteret Eken 12"),
    ],
)
def test_anmarkning_efter_numrets_punkt(rubrik: str, vantat: str) -> None:
    """A remark in parentheses after the full stop of a heading that ends with a number ('Kvarnen 4. (nya
    bostäder vid ån)') is struck as after a word (titel24); the rules clean it so, so the raw line is no title the
    model can take over the cleaned one (REMARK_AFTER_STOP)."""
    assert clean_title(rubrik) == vantat


@pytest.mark.parametrize(
    ("regel", "modell", "vantat"),
    [
        ("Ett förslag till ny kommunvision, Vision 2030,", "Vision 2030", False),  # prov26/munkfors first run
        ("Förslaget till ny kulturplan, Kultur för alla,", "Kultur för alla", False),  # written for the test
        ("Motalas nya översiktsplan, ÖP 2040", "ÖP 2040", True),  # a heading's own text: missiv/motala-op2040
    ],
)
def test_reglernas_beskrivning_namnger_inte_mer_an_namnet(regel: str, modell: str, vantat: bool) -> None:
    """The rules' title read out of a sentence as a description with the model's text as its apposition, closed
    by its comma, names no more than the model's: the name is the document's own (the retrained model gave
    prov26/munkfors-vision-2030-remiss's 'Vision 2030' 1,00 and the guard kept the first run's description;
    titelmodell.rules_name_more, extract.titel.holds_as_apposition); a heading's own text still does."""
    assert titelmodell.rules_name_more(regel, modell) is vantat


# missiv/republikanska-stadgar-remiss (republikanskaforeningen.se, the association's page), its opening lines
REPUBLIKANSKA = """Remiss stadgar
Republikanska föreningens medlemmar kan lämna synpunkter på förslaget till nya stadgar.
Stadgegruppen har presenterat förslag till ny stadgar och medlemmar kan nu inkomma med synpunkter. Remissvar ska vara Republikanska föreningens kansli (info@repf.se) tillhanda senast den 3 september 2018."""

# another association and another document (written for the test)
SEGLARFORBUNDET = """Remiss reglemente
Förbundets klubbar kan lämna synpunkter på förslaget till nytt reglemente för kappseglingar.
Styrelsen har tagit fram ett förslag och klubbarna kan nu lämna synpunkter. Svaren ska vara kansliet (kansli@segla.se) tillhanda senast den 1 mars 2025."""


@pytest.mark.parametrize(
    ("text", "vantat"),
    [(REPUBLIKANSKA, "stadgar"), (SEGLARFORBUNDET, "reglemente")],
)
def test_remiss_och_ett_ord_som_namnger_dokumentet(text: str, vantat: str) -> None:
    """The remiss's label and one word that names a steering document ('Remiss stadgar', set larger than the lead
    under it) is the heading that names the matter: the title is the word (README, Facit: when the heading names
    the matter the title is the heading's name), not the lead sentence set large under it (missiv/republikanska-
    stadgar-remiss, before: 'Republikanska föreningens medlemmar kan lämna synpunkter på …'; titel.toml
    [ensamt_ord] efter_remiss).
    source: https://www.republikanskaforeningen.se/foreningen/remiss-stadgar/"""
    rader = lines_of(text)
    rader[0] = replace(rader[0], size=14.0, bold=True)
    rader[1] = replace(rader[1], size=13.0, bold=True)
    remiss = extract_remiss("x.docx", part_of(rader))
    assert remiss is not None and remiss.titel == vantat


@pytest.mark.parametrize("rubrik", ["Remiss 2", "Remiss", "Stadgar", "Remissen"])
def test_etikett_utan_dokument_ar_ingen_titel(rubrik: str) -> None:
    """The label with a number or alone and the word without the label stay no title (clean_title)."""
    assert clean_title(rubrik) == ""
