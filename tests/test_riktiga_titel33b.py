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
