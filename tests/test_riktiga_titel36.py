"""prov34's first-run title misses as kinds (titel36, session 36): a heading that writes a word broken inside its
line ('unika identitets- märkningar på tobaksförpackningar', regeringen.se's own heading) gave the title the word
read whole, though a title keeps the document's words; an abbreviation's own hyphen ('4 kv-ledning') was lost
where a line break or a transcript set a space after it; a news heading about the work on a document ('På gång
med nya översiktsplanen') was read as the site's news column and the text's 'ny översiktsplan' became the title;
a heading-like line cut after its preposition ('… för handel på del av' / 'Produkthusområdet') was read without
its last line, and the text's other property became the title. Real lines from the corpus (the '# source:' lines
of the tests/korpus/*/*.txt files) and the same kinds in words written for the test (another sender, 'Mörby')."""

# ruff: noqa: E501  (the documents' own lines are kept as they stand)

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from remiss import clean, ocr
from remiss.domain import Line
from remiss.extract import extract_remiss
from remiss.extract.titel import as_written
from remiss.layout import Row, join_hyphenated
from remiss.read import clean_text
from tests.test_riktiga_missiv15 import lines_of, part_of
from tests.test_riktiga_titel22 import titel

# prov34/rk-2024-tobak-identitetsmarkning-avgifter (g0vse: regeringen.se's page for the hemställan)
TOBAK_RUBRIK = ("Remissinstanser för Hemställan om ändring av förordning (2019:224) om avgifter för unika identitets- "
                "märkningar på tobaksförpackningar")
TOBAK_TITEL = ("Hemställan om ändring av förordning (2019:224) om avgifter för unika identitets- märkningar på "
               "tobaksförpackningar")
TOBAK_TEXT = ("Här kan du ta del av till vilka instanser som regeringen har remitterat Folkhälsomyndighetens "
              "Hemställan om ändring av förordning (2019:224) om avgifter för unika identitets- märkningar på "
              "tobaksförpackningar.\nSista dag att svara på remissen är den 19 mars 2024.")


@pytest.mark.parametrize(
    ("rad", "skrivet", "last"),
    [
        (TOBAK_RUBRIK, ("identitets- märkningar",), "identitetsmärkningar"),
        # g0vse remisser/2021/04/remiss-sou-202114-…: a dash whose space was lost before the subtitle
        ("Remiss SOU 2021:14, Boende på (o)lika villkor- merkostnader i bostad med särskild service för vuxna enligt LSS",
         ("villkor- merkostnader",), "villkormerkostnader"),
        # a transcript's running text (tests/test_fart17): read whole for the text's sake
        ("tillstyrker flera av utred- ningens förslag", ("utred- ningens",), "utredningens"),
        # a compound left open before 'och' is no broken word
        ("avgifter för identitets- och spårbarhetsmärkningar", (), "identitets- och"),
    ],
)
def test_avstavade_ord_som_de_skrivs(rad: str, skrivet: tuple[str, ...], last: str) -> None:
    """Reading joins a word broken inside its line (the text is read whole) and tells each such word as the line
    writes it, so that a title can keep the document's words."""
    assert clean.avstavade_ord(rad) == skrivet
    assert last in clean.las_avstavade(rad)


def test_titeln_behaller_rubrikens_avstavning(tmp_path: Path) -> None:
    """A Word file with regeringen.se's heading: the title keeps 'identitets- märkningar' as the heading writes it
    (first run: 'identitetsmärkningar'); the text under it is read with the word whole."""
    from docx import Document

    from remiss.pipeline import tolka_fil
    from remiss.read import read_file

    document = Document()
    document.add_heading(TOBAK_RUBRIK, level=1)
    for stycke in TOBAK_TEXT.split("\n"):
        document.add_paragraph(stycke)
    fil = tmp_path / "hemstallan.docx"
    document.save(str(fil))
    assert [r.titel for r in tolka_fil(fil)] == [TOBAK_TITEL]
    assert "identitetsmärkningar" in read_file(fil).pages[0].lines[1].text


def test_titeln_ur_raden_den_lastes_fran() -> None:
    """as_written gives back only the words its own line and the lines under it write broken; a title without
    them, or from a line without them, is returned as it is."""
    rubrik = Line(text=clean.las_avstavade(TOBAK_RUBRIK), page=1, number=1,
                  avstavat=clean.avstavade_ord(TOBAK_RUBRIK))
    joined = clean.las_avstavade(TOBAK_TITEL)
    assert as_written(joined, rubrik, [rubrik]) == TOBAK_TITEL
    annan = Line(text="Avgifter för unika identitetsmärkningar", page=1, number=2)
    assert as_written(joined, annan, [rubrik, annan]) == joined
    assert as_written("Regional cykelplan", rubrik, [rubrik]) == "Regional cykelplan"


@pytest.mark.parametrize(
    ("skrivet", "last"),
    [
        # prov13/fortum-askim-ledning-samrad (docplayer's transcript: '… befintlig 4 kv- ledning')
        ("Flytt av del av befintlig 4 kv- ledning", "Flytt av del av befintlig 4 kv-ledning"),
        # the same kind in other words: an abbreviation before the hyphen, no syllable
        ("nya p- platser vid stationen", "nya p-platser vid stationen"),
        ("sms- tjänsten för felanmälan", "sms-tjänsten för felanmälan"),
        # a word's syllable is joined as before; 'tv- och radio' stays open before 'och'
        ("förslag till ny detalj- plan", "förslag till ny detaljplan"),
        ("tv- och radioprogram", "tv- och radioprogram"),
    ],
)
def test_forkortningens_bindestreck_star_kvar(skrivet: str, last: str) -> None:
    """A hyphen after an abbreviation (at most four letters, no vowel: 'kv', 'p', 'sms') is the compound's own:
    a break after it keeps the hyphen and drops only the space or the line end (before: '4 kvledning'), in a
    line (transcript, Word), at a PDF line's end (the text objects, pypdfium2's marked hyphen) and in OCR."""
    assert clean.las_avstavade(skrivet) == last
    head, _, tail = skrivet.partition("- ")
    if not tail or tail.startswith("och "):
        return
    rows = [Row(text=f"{head}-", cells_x=(), top=0, x0=0, size=10, bold=False),
            Row(text=tail, cells_x=(), top=12, x0=0, size=10, bold=False)]
    assert " ".join(row.text for row in join_hyphenated(rows)) == last  # (the word moves up a line)
    assert clean_text(f"{head}\ufffe{tail}") == last
    assert " ".join(text for text, _ in ocr.join_hyphenated([(f"{head}-", 1.0), (tail, 2.0)]) if text) == last


VARNAMO_TEXT = """Den nya översiktsplanen ska vara vägledande för kommunens utveckling och utbyggnad när det handlar om mark, vatten och bebyggelse. Här kan du läsa nyheter om förslaget till ny översiktsplan och om arbetet med att ta fram den.
Karttjänst för ny översiktsplan
Under perioden 15 januari till 6 april 2018 är förslaget till ny översiktsplan för Värnamo kommun ute på samråd. Maila dina synpunkter till samhallsbyggnad@varnamo.se"""

MORBY_TEXT = """Här kan du läsa nyheter om förslaget till ny avfallsplan och om arbetet med att ta fram den.
Under perioden 1 mars till 30 april 2025 är förslaget till avfallsplan för Mörby kommun ute på samråd. Lämna synpunkter till kommun@morby.se senast den 30 april 2025."""


@pytest.mark.parametrize("stil", [True, False])
@pytest.mark.parametrize(
    ("rubrik", "text", "arende"),
    [
        # prov34/varnamo-oversiktsplan-samrad-nyheter (varnamo.se, the plan's news page)
        ("På gång med nya översiktsplanen", VARNAMO_TEXT, "nya översiktsplanen"),
        # the same kind in other words
        ("På gång med arbetet med nya avfallsplanen", MORBY_TEXT, "nya avfallsplanen"),
        ("Aktuellt om ny avfallsplan för Mörby", MORBY_TEXT, "ny avfallsplan för Mörby"),
        ("Senaste nytt om nya avfallsplanen", MORBY_TEXT, "nya avfallsplanen"),
    ],
)
def test_nyhetsrubrik_om_arbetet_med_arendet(rubrik: str, text: str, arende: str, stil: bool) -> None:
    """A news heading about the work on a document names it: the words of the news column before it are its
    frame (titel.toml [[fore]] pa_gang_med), and the heading's name is the title, not the text's (README, Facit:
    'den nya avfallsplanen' out of the heading, not the text's 'ny avfallsplan')."""
    assert titel(f"{rubrik}\n{text}", {rubrik: 18.0} if stil else {}) == arende


def test_nyhetsspalten_ensam_ar_ingen_titel() -> None:
    """The news column's name alone, or with a place ('På gång i byn'), names no matter: the text's is read."""
    assert titel(f"På gång i Mörby\n{MORBY_TEXT}", {"På gång i Mörby": 18.0}) != "På gång i Mörby"


ARE = """Dnr PLAN 2016.28
2017-03-09
Samhällsbyggnadskontoret
Planenheten
Samråd om förslag till detaljplan för handel på del av
Produkthusområdet
Åre kommun samråder nu om ett förslag till detaljplan för handel på fastigheten
Mörviken 2:91.
Syftet med detaljplanen är att möjliggöra en utökning av handelsytorna,
idag primärt nyttjade av Coop och Systembolaget, inom fastigheten
Mörviken 2:91. En utbyggnad är viktig för att fortsatt kunna bedriva
handelsverksamheterna på ett effektivt sätt.
Synpunkter på planförslaget ska lämnas skriftligt senast 2017-03-31 till Åre kommun,
Planavdelningen, Box 201, 830 05 Järpen."""

MORBY_PLAN = """Samhällsbyggnadsförvaltningen
Samråd om detaljplan för bostäder inom del av
Norra Mörby 3:14
Mörby kommun samråder nu om ett förslag till detaljplan för bostäder på fastigheten
Mörby 4:2 och 4:3.
Syftet med detaljplanen är att pröva nya bostäder i kvarteret.
Synpunkter ska lämnas skriftligt senast 2025-05-12 till Mörby kommun, Box 1, 123 45 Mörby."""


@pytest.mark.parametrize(
    ("text", "arende"),
    [
        # prov34/are-produkthusomradet-detaljplan-samrad (spotidoc's transcript, its lines kept)
        (ARE, "förslag till detaljplan för handel på del av Produkthusområdet"),
        # the same kind in other words: a property's name on the line under the preposition
        (MORBY_PLAN, "detaljplan för bostäder inom del av Norra Mörby 3:14"),
    ],
)
def test_rubrikrad_kapad_efter_prepositionen(text: str, arende: str) -> None:
    """A heading-like line cut after its preposition ('… på del av') goes on in the name on the line under it
    ('Produkthusområdet'): the heading is both lines, and the text's other property ('på fastigheten Mörviken
    2:91') is no fuller name of it (first run: the text's property became the title)."""
    remiss = extract_remiss("x.pdf", part_of(lines_of(text)))
    assert remiss is not None and remiss.titel == arende


def test_raden_under_en_hel_rubrik_hor_inte_till_den() -> None:
    """A heading that ends in its name, not in a preposition, takes no capitalised line under it."""
    text = MORBY_PLAN.replace("inom del av\nNorra Mörby 3:14", "inom Norra Mörby 3:14\nKvarteret Eken")
    remiss = extract_remiss("x.pdf", part_of(lines_of(text)))
    assert remiss is not None and remiss.titel == "detaljplan för bostäder inom Norra Mörby 3:14"


def test_linjer_utan_avstavning_jamfors_som_forut() -> None:
    """A line's written words are no part of its identity: two lines with the same text are equal."""
    line = Line(text="a", page=1, number=1)
    assert replace(line, avstavat=("x- y",)) == line
