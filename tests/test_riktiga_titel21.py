"""prov19's three first-run title misses as classes (titel21, session 21): a list page's heading over the post
that is the remiss, the plan's name spelt again below the heading with a space for its hyphen, and a call
heading that names the new document with 'den nya' and 'förslaget till'. Each class is tried on the reported
page as it stands and in other wording, set large and bold and at body size (sources in the '# source:' line of
each tests/korpus/prov19/<id>.txt)."""

# ruff: noqa: E501  (the documents' own lines are kept as they stand)

from __future__ import annotations

import tomllib
from dataclasses import replace
from pathlib import Path

import pytest

from remiss.extract import extract_remiss
from remiss.extract.core import generic_heading, list_heading
from tests.test_riktiga_missiv15 import part_of
from tests.test_riktiga_titel19 import page, titel

TITEL_TOML = Path(__file__).resolve().parent.parent / "modeller" / "titel.toml"

# prov19/lst-kronoberg-ekhorva-reservat (lansstyrelsen.se, the list of proposed and decided reserves; its first post)
EKHORVA = """Föreslagna och beslutade reservat
Här presenteras förslag till nya naturreservat samt utökningar, förändringar i föreskrifter och skötselplaner för befintliga naturreservat. Du hittar även nyligen beslutade naturreservat här.
Föreslagna reservat
Utökning av naturreservatet Ekhorva i Uppvidinge kommun
Länsstyrelsen planerar att utöka naturreservat Ekhorva enligt framtagna handlingar och kartor.
Förslag till beslut utökning av naturreservat Ekhorva Pdf, 1.4 MB.
Beslut och skötselplan för naturreservat Ekhorva 2014 Pdf, 11 MB.
Du har möjlighet att yttra dig över förslaget senast den 13 januari 2023.
Har du frågor får du gärna kontakta Love Eriksen via telefon 010-223 71 45 eller mejl love.eriksen@lansstyrelsen.se"""


@pytest.mark.parametrize("storlek", [20.0, 16.0])
@pytest.mark.parametrize(
    ("rubrik", "under", "post", "vantat"),
    [
        ("Föreslagna och beslutade reservat", "Föreslagna reservat",  # the page's own
         "Utökning av naturreservatet Ekhorva i Uppvidinge kommun",
         "Utökning av naturreservatet Ekhorva i Uppvidinge kommun"),
        ("Pågående och avslutade samråd", "Pågående samråd",
         "Bildande av naturreservatet Långhult i Ljungby kommun",
         "Bildande av naturreservatet Långhult i Ljungby kommun"),
        ("Planerade och antagna detaljplaner", "Planerade detaljplaner",
         "Detaljplan för Tallbacken 2:4 i Alvesta",
         "Detaljplan för Tallbacken 2:4 i Alvesta"),
    ],
)
def test_listsidans_rubrik(rubrik: str, under: str, post: str, vantat: str, storlek: float | None) -> None:
    """A list page's heading that only sorts its posts by where they stand ('Föreslagna och beslutade reservat')
    names no matter: the title is the post's heading (prov19/lst-kronoberg-ekhorva-reservat).
    source: https://www.lansstyrelsen.se/kronoberg/natur-och-landsbygd/skyddad-natur/sa-bildas-naturreservat/foreslagna-och-beslutade-reservat.html"""
    lines = EKHORVA.splitlines()
    text = "\n".join([lines[0], lines[1], under, post, *lines[4:]])
    rader = page(text, rubrik, storlek)
    # (the list's section and the post's heading bold, a size above the text, as the page sets them; at 14 pt
    # both alike, as the Word layouts of bench_layoutbyte set them)
    rader[2] = replace(rader[2], size=storlek - 4 if storlek > 16 else 14.0, bold=True)
    rader[3] = replace(rader[3], size=14.0, bold=True)
    remiss = extract_remiss("x.pdf", part_of(rader))
    assert remiss is not None
    assert remiss.titel == vantat


@pytest.mark.parametrize(
    ("rubrik", "vantat"),
    [
        ("Föreslagna och beslutade reservat", True),
        ("Pågående och avslutade samråd", True),
        ("Gällande detaljplaner", True),
        ("Antagna planer", True),
        ("Föreslagna reservat", True),
        ("Nya avfallsföreskrifter", False),  # 'ny' names a new document
        ("Föreslagna föreskrifter för naturreservatet Ekhorva", False),
        ("Beslutade reservat i Ljungby kommun", False),
        ("Reviderad taxa", False),
    ],
)
def test_listsidans_rubrik_namnger_inget_arende(rubrik: str, vantat: bool) -> None:
    """Only a heading that is where the posts stand ('föreslagna', 'beslutade', 'pågående') and a plural's one
    word is a list's heading; 'Nya …' and a heading with a name are not."""
    assert generic_heading(rubrik) is vantat


def test_listrubrikens_exempel() -> None:
    """modeller/titel.toml [listrubrik]: each example is a list's heading, each counterexample is not."""
    data = tomllib.loads(TITEL_TOML.read_text(encoding="utf-8"))["listrubrik"]
    for rubrik in data["exempel"]:
        assert list_heading(rubrik), rubrik
    for rubrik in data["motexempel"]:
        assert not list_heading(rubrik), rubrik


# prov19/hammaro-barstad-granskning (hammaro.se, the plan's page; the sentence below spells the name with a space)
HAMMARO = """Detaljplan för Bärstad-Smörsoppsvägen
Detaljplan för Bärstad Smörsoppsvägen, granskningshandling 2018-09-28, finns utställt för granskning 2018-10-22 till 2018-11-12. Planen har under sommaren 2018 varit föremål för samråd (PBL 2010:900) och inkomna synpunkter finns sammanställda i en samrådsredogörelse.
Syftet med planen är att möjliggöra för befintliga bostadsfastigheter norr om Smörsoppsvägen att tillgodogöra sig ytterligare mark (i huvudsak mot norr) för bostadsändamål.
Den som har synpunkter på förslaget kan under granskningstiden framföra dessa skriftligen till Kommunstyrelsen, Hammarö kommun, Box 26, 663 21 Skoghall eller till kommunstyrelsen@hammaro.se.
Upplysningar lämnas av planhandläggare Anna Åhs på tel. 054-51 52 48."""


@pytest.mark.parametrize("storlek", [18.0, None])
@pytest.mark.parametrize(
    ("rubrik", "mening", "vantat"),
    [
        ("Detaljplan för Bärstad-Smörsoppsvägen",  # the page's own
         "Detaljplan för Bärstad Smörsoppsvägen, granskningshandling 2018-09-28, finns utställt för granskning 2018-10-22 till 2018-11-12.",
         "Detaljplan för Bärstad-Smörsoppsvägen"),
        ("Detaljplan för Norra Hagen-Ekbacken",
         "Detaljplan för Norra Hagen Ekbacken, samrådshandling 2019-03-01, finns utställd för samråd 2019-03-10 till 2019-04-12.",
         "Detaljplan för Norra Hagen-Ekbacken"),
        # (a fuller name below is still taken: the heading's words and more)
        ("Detaljplan för Bärstad-Smörsoppsvägen",
         "Detaljplan för Bärstad-Smörsoppsvägen, del av Bärstad 1:12, finns utställt för granskning 2018-10-22 till 2018-11-12.",
         "Detaljplan för Bärstad-Smörsoppsvägen, del av Bärstad 1:12"),
    ],
)
def test_planens_namn_samma_med_blanksteg(rubrik: str, mening: str, vantat: str, storlek: float | None) -> None:
    """The plan's name again below the heading with a space where the heading has a hyphen names nothing more:
    the heading's name is the title (prov19/hammaro-barstad-granskning, README: the heading's name when it
    names the matter).
    source: https://www.hammaro.se/Bo/Boendemiljo/markplan/samhallsplanering/Pagaende-planer/Detaljplaner/2018/detaljplan-for-barstad-smorsoppsvagen/"""
    lines = HAMMARO.splitlines()
    text = "\n".join([lines[0], mening, *lines[2:]])
    assert titel(text, rubrik, storlek) == vantat


# prov19/trollhattan-cykelplan-synpunkter (trollhattan.se, news; the contact box between heading and text)
TROLLHATTAN = """Lämna synpunkter på förslaget till den nya cykelplanen!
Kontaktcenter - en väg in
Öppettider
Måndag–fredag: 8:00–16:30
Nu finns ett förslag på ny cykelplan för Trollhättan och du är välkommen att lämna synpunkter senast den 7 oktober 2022. I vår cykelplan beskriver vi hur infrastrukturen för cykel bör förbättras för att fler ska kunna cykla i Trollhättan.
Synpunkter skickas till kontaktcenter@trollhattan.se, skriv Cykelplan i ämnesraden.
Du kan även skicka vanlig post till:
Trollhättans Stad
Samhällsbyggnadsförvaltningen
461 83 Trollhättan."""


@pytest.mark.parametrize("storlek", [18.0, None])
@pytest.mark.parametrize(
    ("rubrik", "mening", "vantat"),
    [
        ("Lämna synpunkter på förslaget till den nya cykelplanen!",  # the page's own
         "Nu finns ett förslag på ny cykelplan för Trollhättan och du är välkommen att lämna synpunkter senast den 7 oktober 2022.",
         "förslaget till den nya cykelplanen"),
        ("Tyck till om den nya trafikstrategin",
         "Nu finns ett förslag på ny trafikstrategi för Vänersborg och du är välkommen att lämna synpunkter senast den 7 oktober 2022.",
         "den nya trafikstrategin"),
        ("Lämna synpunkter på förslaget till det nya kulturprogrammet",
         "Nu finns ett förslag på nytt kulturprogram för Uddevalla och du är välkommen att lämna synpunkter senast den 7 oktober 2022.",
         "förslaget till det nya kulturprogrammet"),
    ],
)
def test_uppmaningen_namnger_det_nya_dokumentet(rubrik: str, mening: str, vantat: str, storlek: float | None) -> None:
    """A call heading that names the matter as 'den nya X' ('förslaget till den nya cykelplanen') names the
    matter: the heading's name is the title, not the text's 'ny X för Y' (prov19/trollhattan-cykelplan-synpunkter;
    README: 'den nya avfallsplanen' in prov7/nykvarn-avfallsplan-samrad). The kind alone ('översiktsplanen')
    still gives the text's full name (missiv/nordmaling-op-samrad-2017, test_riktiga_titel20).
    source: https://www.trollhattan.se/startsida/nyheter/aktuella-nyheter/cykelplan/"""
    lines = TROLLHATTAN.splitlines()
    text = "\n".join([lines[0], *lines[1:4], mening, *lines[5:]])
    assert titel(text, rubrik, storlek) == vantat
