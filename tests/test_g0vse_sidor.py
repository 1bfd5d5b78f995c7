"""Titles of regeringen.se remiss pages (civictechsweden/g0vse, bench/bench_g0vse.py) the tool read wrong:
each test holds the page's real heading and opening, its file named in the docstring."""

from __future__ import annotations

import pytest

from remiss.extract import extract_remiss
from remiss.read import clean_text
from tests.test_riktiga_missiv import _styled, part_of


@pytest.mark.parametrize(
    ("rubrik", "stycke", "titel"),
    [
        # remisser/2023/04/remiss-av-promemorianrapporten-slutna-distributionssystem-och-interna-nat.md: two
        # kinds joined by a slash are both the document's kind
        ("Remiss av promemorian/rapporten Slutna distributionssystem och interna nät",
         "Här kan du ta del av svaren från de som ombetts svara på remissen av promemorian/rapporten Slutna "
         "distributionssystem och interna nät. Remissvaren ska ha kommit in till Klimat-och "
         "näringslivsdepartementet senast den 25 augusti 2023.",
         "Slutna distributionssystem och interna nät"),
        # remisser/2022/07/remiss-av-promemorian-fortydligande-av-bemyndigande-att-meddela-foreskrifter-om-
        # anmalan-for-samrad.md: 'anmälan för samråd' is the matter, no procedure after it
        ("Remiss av promemorian Förtydligande av bemyndigande att meddela föreskrifter om anmälan för"
         " samråd",
         "Här kan du ta del av till vilka instanser som regeringen har remitterat promemorian Förtydligande "
         "av bemyndigande att meddela föreskrifter om anmälan för samråd. Remissvaren ska ha kommit in till "
         "Miljödepartementet senast den 15 september 2022.",
         "Förtydligande av bemyndigande att meddela föreskrifter om anmälan för samråd"),
    ],
)
def test_regeringens_remissida_titel(rubrik: str, stycke: str, titel: str) -> None:
    remiss = extract_remiss("x.md", part_of(_styled(f"## {rubrik}\n{stycke}")))
    assert remiss is not None and remiss.titel == titel


def test_tankstreck_fore_en_artikel_ar_inget_avstavat_ord() -> None:
    """remisser/.../remiss-ds-202333-karenstak-och-hogriskskydd--en-oversyn-….md: 'högriskskydd- en översyn'
    is a dash before the title's second part, not a word a transcript broke ('högriskskydden')."""
    rad = "Remiss Ds 2023:33 Karenstak och högriskskydd- en översyn av karensavdraget"
    assert clean_text(rad) == rad
    brutet = "tillstyrker flera av utred- ningens förslag"
    assert clean_text(brutet) == "tillstyrker flera av utredningens förslag"
