"""yttranden/iogtnto-serveringsforbud-alkohol-yttrande (kalla40; iogt.se): 'IOGT-NTO stöttar regeringens förslag
…' is support without the stance word, as 'stöder regeringens förslag' (README, Kontrollera yttrandena: support
stated without the word counts as tillstyrker). 'stötta' is 'stödja' in plainer words; the stance was null. The
first case quotes the page, the others are the same class in other words, written here."""

# ruff: noqa: E501  (the page's own line is kept as it stands)

from __future__ import annotations

import pytest

from tests.test_kontroll_riktiga import _stallning


@pytest.mark.parametrize(
    ("mening", "vantat"),
    [
        ("IOGT-NTO stöttar regeringens förslag till tillfälligt förbud mot servering av alkohol efter klockan 22.00. "
         "Men menar att ytterligare åtgärder bör tas mot bakgrund av alkoholkonsumtionens betydelse för smittspridningen.",
         "tillstyrker"),
        ("Förbundet stöttar förslaget i promemorian.", "tillstyrker"),
        ("Föreningen stöttade utredningens förslag om en ny myndighet.", "tillstyrker"),
        ("Förbundet stöttar inte förslaget.", "avstyrker"),
        # support for something else than the remitted proposal is no stance
        ("Förbundet stöttar kommunens arbete med folkhälsa.", None),
    ],
)
def test_stotta_forslaget_ar_tillstyrker(mening: str, vantat: str | None) -> None:
    """'stötta' the remitted proposal reads like 'stödja' it; with 'inte' avstyrker; other objects say nothing."""
    assert _stallning(mening) == vantat


@pytest.mark.parametrize(
    "mening",
    [
        # yttranden/st-regional-indelning-remissvar (a union's blog post on the regional reform)
        "Moderaterna har hela tiden motsatt sig den nya indelningen och igår sa Liberalerna att inte heller de "
        "stöttar förslaget.",
        "Partiet meddelade att de stöder förslaget.",
        "Ministern sa att hon stödjer förslaget.",
    ],
)
def test_tredje_persons_stod_ar_ingen_stallning(mening: str) -> None:
    """'de/han/hon stöder förslaget': someone else's position told in the third person is not the sender's stance
    (the new 'stötta' made this page's 'inte heller de stöttar förslaget' avstyrker; 'stöder' had the same gap)."""
    assert _stallning(mening) is None
