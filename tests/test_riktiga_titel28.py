"""prov26's first-run title miss as a class (titel28, session 28): the sentence that presents the remitted document
gives its own name as an apposition after what it is ('Ett förslag till ny kommunvision, Vision 2030, är nu ute på
remiss'); the name is the title, not the description with it. Tried on the reported page as it stands and in other
wording (paraphrases written for the test, another sender, another order; sources in the '# source:' lines of the
tests/korpus/prov26/*.txt files)."""

# ruff: noqa: E501  (the documents' own lines are kept as they stand)

from __future__ import annotations

from pathlib import Path

import pytest

from remiss.domain import Line
from remiss.extract.titel import appositive_name
from tests.test_riktiga_titel22 import titel

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
