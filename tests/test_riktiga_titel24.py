"""prov22's first-run title miss as a class (titel24, session 24): a how-to lead-in before the matter ('Så här
tycker du till om den nya översiktsplanen'), the page's heading telling the reader how to take part. The class is
tried on the reported page as it stands and in other wording (a paraphrase written for the test), set large and
bold and in the body's size (source in the '# source:' line of tests/korpus/prov22/skara-op2040-samrad-tyck-till.txt)."""

# ruff: noqa: E501  (the documents' own lines are kept as they stand)

from __future__ import annotations

import pytest

from remiss.extract.core import clean_title
from tests.test_riktiga_titel22 import titel

# prov22/skara-op2040-samrad-tyck-till (skara.se, the plan's page on how to take part)
SKARA = """Så här tycker du till om den nya översiktsplanen
Översiktsplanen är ett vägledande dokument som tar sikte på år 2040 och ersätter en tidigare översiktsplan från 2005. Den omfattar all mark och fastigheter i kommunen och stakar ut markanvändning och utvecklingsinriktningen för de kommande decennierna.
Planförslaget skickas till berörda sakägare och myndigheter för möjlighet att lämna synpunkter.
Översiktsplanen presenterades för kommunstyrelsen den 10 november 2021 då mötet beslöt att sända planen på samråd.
Tyck till!
Planhandlingarna ligger på skara.se/oversiktsplan. Planförslaget presenteras också genom en utställning i Stadshusets kontaktcenter, öppet måndag-torsdag 08.00-16.30, fredag 08.00-16.00).
Vem som helst får lämna synpunkter, men om du bor eller verkar i kommunen räknas du som sakägare och har rätt att överklaga översiktsplanen.
Svara skriftligt senast 23 januari 2022
Synpunkter på översiktsplanen ska senast måndagen den 24 januari 2022 ha inkommit skriftligt till Skara kommun, Kommunstyrelsen, 532 88 SKARA eller via mail."""


@pytest.mark.parametrize("storlek", [10.0, 16.0])
@pytest.mark.parametrize(
    ("rubrik", "vantat"),
    [
        ("Så här tycker du till om den nya översiktsplanen", "den nya översiktsplanen"),  # the page's own
        ("Så tycker du till om den nya översiktsplanen", "den nya översiktsplanen"),
        ("Så lämnar du synpunkter på förslaget till ny avfallsplan", "förslaget till ny avfallsplan"),
        ("Så här kan du tycka till om översiktsplan 2040", "översiktsplan 2040"),
        ("Så här kan du påverka den nya kulturplanen", "den nya kulturplanen"),
        ("Här lämnar ni era synpunkter på Kulturmiljöprogram för Skara", "Kulturmiljöprogram för Skara"),
        ("Hur du kan tycka till om den nya översiktsplanen", "den nya översiktsplanen"),
        ("Så gör du för att tycka till om den nya översiktsplanen", "den nya översiktsplanen"),
        ("Så här säger du din mening om Skara 2040", "Skara 2040"),
    ],
)
def test_sa_har_tycker_du_till_om(rubrik: str, vantat: str, storlek: float) -> None:
    """A how-to lead-in before the matter ('Så här tycker du till om …', 'Så lämnar du synpunkter på …', 'Hur du
    kan tycka till om …') tells the reader how to take part; the title is the matter after it, with or without a
    document's kind (prov22/skara-op2040-samrad-tyck-till, first run the heading whole; titel.toml [[fore]]
    sa_gor_du).
    source: https://skara.se/bygga-bo--miljo/planer-och-projekt/planer-pa-gang/oversiktsplan/sa-har-tycker-du-till.html"""
    text = SKARA.replace(SKARA.splitlines()[0], rubrik, 1)
    assert titel(text, {rubrik: storlek}) == vantat


@pytest.mark.parametrize(
    "rubrik",
    [
        "Så kan du påverka",  # a plan page's section, no matter named (titel.toml [uppmaningsrubrik])
        "Så här lämnar du synpunkter",
        "Så här gör du",
        "Så kan vi minska avfallet tillsammans",  # no reader addressed: a news heading
        "Här kan du läsa handlingarna",
    ],
)
def test_sa_gor_du_utan_arende(rubrik: str) -> None:
    """A how-to heading that names no matter after its lead-in is not cut: there is nothing left to be a title."""
    assert clean_title(rubrik) == rubrik
