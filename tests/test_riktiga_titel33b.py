"""kalla33's title misses from known senders as a class (titel33b, session 33): the kommun, stad, region or
landsting after a plan's name, set off by a comma, is who makes the plan and no part of its name (README, Facit:
'…, Trönninge, Varbergs kommun'), now also 'Region Gotland', 'Helsingborgs stad', 'X läns landsting' and after
any plan's kind ('översiktsplan Gotland 2040', 'regionplan'); a name after a preposition is the plan's area and
stays ('Översiktsplan för Region Gotland'). Tried on the pages as they stand and in other wording (paraphrases
written for the test, other senders; sources in the '# source:' lines of the tests/korpus/*/*.txt files)."""

# ruff: noqa: E501  (the documents' own lines are kept as they stand)

from __future__ import annotations

from pathlib import Path

import pytest

from remiss.extract.core import clean_title
from remiss.extract.titel import maker_stripped
from tests.test_riktiga_titel22 import titel

KORPUS = Path(__file__).resolve().parent / "korpus"


def _sida(namn: str) -> str:
    """Return the page's text as tests/korpus keeps it, without its '# source:' line."""
    return (KORPUS / f"{namn}.txt").read_text(encoding="utf-8").split("\n", 1)[1].strip()


# missiv/gotland-op2040-granskning-kungorelse (gotland.se, the region's kungörelse on its notice board)
GOTLAND = _sida("missiv/gotland-op2040-granskning-kungorelse")
# missiv/helsingborg-applet15-granskning (helsingborg.se, the plan's page)
HELSINGBORG = _sida("missiv/helsingborg-applet15-granskning")


def test_regionen_efter_oversiktsplanen_pa_sidan() -> None:
    """The page's own: 'Granskning – Förslag till översiktsplan Gotland 2040, Region Gotland' (before: the
    region kept after the plan's name)."""
    assert titel(GOTLAND, {"Granskning – Förslag till översiktsplan Gotland 2040, Region Gotland": 16.0}) == (
        "Förslag till översiktsplan Gotland 2040")


def test_staden_efter_detaljplanen_pa_sidan() -> None:
    """The page's own: 'Detaljplan för del av fastigheten Äpplet 15, Stattena, Helsingborgs stad' (before:
    ', Helsingborgs stad' kept; the district before it is where the plan lies and stays)."""
    assert titel(HELSINGBORG, {"Detaljplan för del av fastigheten Äpplet 15, Stattena, Helsingborgs stad": 16.0}) == (
        "Detaljplan för del av fastigheten Äpplet 15, Stattena")


@pytest.mark.parametrize(
    ("rubrik", "arende"),
    [
        # another region, a regional plan, its year (before: ', Region Mörby' kept)
        ("Samråd – Regionplan Mörby 2050, Region Mörby", "Regionplan Mörby 2050"),
        # a stad written with a capital, a program of a plan (before: ', Borås Stad' kept)
        ("Planprogram för Norrby centrum, Borås Stad", "Planprogram för Norrby centrum"),
        # a landsting after a transport plan (before: kept)
        ("Länstransportplan 2022–2033, Stockholms läns landsting", "Länstransportplan 2022–2033"),
        # a region in one word, with the län after it (before: kept)
        ("Förslag till havsplan för Kosterfjorden, Västra Götalandsregionen, Västra Götalands län",
         "Förslag till havsplan för Kosterfjorden"),
        # the kommun after an översiktsplan's name, which PLAN_NAME's kinds do not hold (before: kept)
        ("Översiktsplan Mörby 2040, Mörby kommun", "Översiktsplan Mörby 2040"),
    ],
)
def test_kommunen_efter_planens_namn_i_annan_ordalydelse(rubrik: str, arende: str) -> None:
    """Other senders and kinds of plan: the maker after the comma goes."""
    assert clean_title(rubrik) == arende


@pytest.mark.parametrize(
    "rubrik",
    [
        "Översiktsplan för Region Gotland",  # the region is the plan's area, after a preposition
        "Plan för Helsingborgs stad 2030",  # likewise, with a year after it
        "Kulturstrategi 2030, Region Gotland",  # no plan: the README's rule speaks of a plan's maker
        "Havsplan, Region Mörby",  # the kind alone would be left
    ],
)
def test_namnet_inne_i_titeln_star_kvar(rubrik: str) -> None:
    """A kommun or region inside the title, or after something that is no plan's name, stays."""
    assert maker_stripped(rubrik) == rubrik


# missiv/regionskane-regionplan-granskning-nyhet (skane.se, the region's news of the granskning)
SKANE = _sida("missiv/regionskane-regionplan-granskning-nyhet")


def test_steg_mot_planen_pa_sidan() -> None:
    """The page's own: the news heading 'Ännu ett steg mot regionplan för Skåne' names the plan after the
    step it takes (before: the body's paraphrase 'Skånes första regionplan'; README: the heading's name when the
    heading names the matter)."""
    assert titel(SKANE, {"Ännu ett steg mot regionplan för Skåne": 16.0}) == "regionplan för Skåne"


@pytest.mark.parametrize(
    ("rubrik", "arende"),
    [
        # 'närmare' and an article before the plan (before: the whole heading)
        ("Ett steg närmare en ny översiktsplan för Mörby", "ny översiktsplan för Mörby"),
        # another sender's next step (before: the whole heading)
        ("Nästa steg mot ny avfallsplan för Mörby kommun", "ny avfallsplan för Mörby kommun"),
        ("Ytterligare ett steg på vägen mot kulturplan 2030", "kulturplan 2030"),
    ],
)
def test_steg_mot_i_annan_ordalydelse(rubrik: str, arende: str) -> None:
    """Other wording: the step before the matter goes."""
    assert clean_title(rubrik) == arende


def test_steg_mot_med_text_under() -> None:
    """Another sender's news with a paraphrase in its text: the heading's name, not the text's."""
    text = """Nästa steg mot detaljplan för Norra hamnen
Mörby kommun har tagit fram ett förslag. Stadsbyggnadsnämnden har beslutat att ställa ut förslaget till ny stadsdel vid Norra hamnen för granskning.
Lämna dina synpunkter senast den 12 maj 2025 till plan@morby.se."""
    assert titel(text, {"Nästa steg mot detaljplan för Norra hamnen": 16.0}) == "detaljplan för Norra hamnen"
