"""lead38 (session 38): the remissinstanser as the subject after the verb report how a round answered.

A text that sums up the answers of a remiss round ("Generellt sett är alla remissinstanser positiva till
remissförslagets syften och ambitioner", Västra Götalandsregionen's sammanställning av remissvar on
fossiloberoendevg.se, 2017) or says it with the verb first ("Sammanfattningsvis är remissinstanserna positiva
till förslaget", the sentence typ38 found read as tillstyrker) tells others' answers, never the sender's
stance: the remissinstanser named right after the stance verb are as much the subject as before it
(`stallning._foreign_subject`, REMISSINSTANSER; not the government, which a stance names as the one
called on: "uppmanar regeringen att agera i enlighet med utredningen", yttranden/downforeningen). The
sender's own stance with the verb first stays
("Sammantaget är kommunen positiv till förslaget", "Därför avstyrker Region Skåne förslaget").
"""

from __future__ import annotations

import pytest

from tests.test_kontroll_riktiga import _stallning


@pytest.mark.parametrize(
    "mening",
    [
        "Generellt sett är alla remissinstanser positiva till remissförslagets syften och ambitioner.",
        "Sammanfattningsvis är remissinstanserna positiva till förslaget.",  # was tillstyrker
        "Sammantaget tillstyrker remissinstanserna förslaget.",  # was tillstyrker
        "I huvudsak ställer sig remissinstanserna bakom förslaget.",  # was tillstyrker
        "Överlag är instanserna negativa till promemorians förslag.",  # was avstyrker
    ],
)
def test_remissinstanser_efter_verbet_ar_andras_svar(mening: str) -> None:
    assert _stallning(mening) is None


@pytest.mark.parametrize(
    ("mening", "stallning"),
    [
        ("Sammantaget är kommunen positiv till förslaget.", "tillstyrker"),
        ("Sammantaget är Region Kalmar län positiv till förslaget.", "tillstyrker"),
        ("Därför avstyrker Region Skåne förslaget.", "avstyrker"),
        ("Sammantaget tillstyrker nämnden förslaget.", "tillstyrker"),
        ("Kommunen delar remissinstansernas bedömning och tillstyrker förslaget.", "tillstyrker"),
        ("Nämnden avstyrker förslaget om att remissinstanserna ska höras.", "avstyrker"),
        ("Svenska Downföreningen uppmanar regeringen att agera i enlighet med utredningen och följa de "
         "förslag som utredningen föreslår.", "tillstyrker"),
    ],
)
def test_egen_stallning_med_verbet_forst_star_kvar(mening: str, stallning: str) -> None:
    assert _stallning(mening) == stallning
