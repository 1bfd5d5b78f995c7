"""yttr41 (session 41): eight real yttranden from known senders, three stances read where the truth has none
(korpus README, Facit: stallningstagande). Each was a stance on parts read as a stance on the whole: (1) 'avstyrker
således delar av förslaget' names no part (yttranden/svensktnaringsliv-direktinvesteringar-remissvar); (2) a summary
that lists its stances point by point, both ways (yttranden/riksarkivet-arkiv-for-alla-yttrande); (3) 'positiva
till remissförslaget om …' beside 'tror inte på utredningens förslag vad gäller …'
(yttranden/umea-kommunutredningen-remissvar-nyhet). The first case of each test quotes the document, the others
are the same class in other words, written here."""

# ruff: noqa: E501  (the documents' own lines are kept as they stand)

from __future__ import annotations

import pytest

from tests.test_kontroll_riktiga import _stallning


@pytest.mark.parametrize(
    ("meningar", "vantat"),
    [
        (("Svenskt Näringsliv avstyrker således delar av förslaget i sin nuvarande form.",), None),
        (("Förbundet tillstyrker delar av promemorians förslag.",), None),
        # a part named by a relative clause, and the whole, keep their value
        (("Förbundet avstyrker de delar av förslaget som rör vinstbegränsningen.",), "avstyrker"),
        (("Förbundet avstyrker förslaget.",), "avstyrker"),
    ],
)
def test_delar_av_forslaget_ar_ingen_stallning(meningar: tuple[str, ...], vantat: str | None) -> None:
    """'delar av förslaget' without naming them is a subset of the proposals, like 'vissa av förslagen' (README:
    Mängdord): a comment, no stance on the whole."""
    assert _stallning(*meningar) == vantat


@pytest.mark.parametrize(
    ("meningar", "vantat"),
    [
        (
            (
                "Riksarkivet",
                "• tillstyrker bildandet av en samlad myndighet som grundmodell men med bevarande av en linjeorganisation med tydliga och självständiga uppgifter,",
                "• avstyrker bildandet av ett Nationellt råd för arkivfrågor och förordar i stället en breddning av styrelsens uppdrag,",
                "• tillstyrker att Heraldiska nämnden finns kvar med hänsyn till dess specialreglerade uppgifter,",
                "• tillstyrker ett uppdrag att utreda avgiftsfrågorna och lämna ett samlat förslag till finansiering.",
            ),
            "blandat",
        ),
        (
            (
                "Kommunen",
                "• tillstyrker inrättandet av en ny nämnd,",
                "• avstyrker att avgiften höjs.",
            ),
            "blandat",
        ),
        # a point on the remitted matter itself stays the whole, with the other points as exceptions
        (
            (
                "Kommunen",
                "• tillstyrker i huvudsak förslaget,",
                "• avstyrker inrättandet av en ny nämnd.",
            ),
            "tillstyrker",
        ),
        (
            (
                "Kommunen",
                "• är positiv till utredningens förslag,",
                "• avstyrker inrättandet av en ny nämnd.",
            ),
            "tillstyrker",
        ),
        # points all one way are left as they were
        (
            (
                "Kommunen",
                "• tillstyrker inrättandet av en ny nämnd,",
                "• tillstyrker att avgiften höjs.",
            ),
            "tillstyrker",
        ),
    ],
)
def test_punktlista_at_bada_hallen_ar_delar(meningar: tuple[str, ...], vantat: str | None) -> None:
    """A list of stances point by point, both ways, takes none on the whole (README, Blandat: null; the check says
    blandat), not the last point's value."""
    assert _stallning(*meningar) == vantat


@pytest.mark.parametrize(
    ("meningar", "vantat"),
    [
        (
            (
                "Umeå kommun ställer sig positiv till Kommunutredningens förslag att förbättra kapaciteten i kommunerna. Detta enligt ett remissvar till Finansdepartementet.",
                "– Vi ställer oss positiva till remissförslaget om ökade incitament för kommunal samverkan, försök med asymmetrisk ansvarsfördelning och fortsatt utredning av vad en generell förändring av kommunernas ansvar och uppgifter kan medföra. Däremot tror vi inte på utredningens förslag vad gäller kommunsammanslagningar eftersom aktuell forskning på området faktiskt kullkastar utredningens slutsatser, säger Hans Lindberg (S), kommunstyrelsens ordförande.",
            ),
            None,
        ),
        (("Nämnden tror inte på förslaget.",), "avstyrker"),
        (("Förbundet tillstyrker remissförslaget om en ny tillsynsmyndighet. Vi avstyrker förslaget om avgifter.",), "blandat"),
        # a belief about something else is no stance
        (("Vi tror inte på att kommunerna klarar detta utan stöd.",), None),
    ],
)
def test_remissforslaget_om_och_tror_inte_pa(meningar: tuple[str, ...], vantat: str | None) -> None:
    """'remissförslaget om …' (a compound proposal word) names a part by its content like 'förslaget om …'; 'tror
    inte på förslaget' rejects it without the stance word, like 'är negativ till förslaget'. The page's opinions
    on parts both ways, without the stance word, are comments: no stance (on the page, beside its headline, the
    check says blandat; both are the truth's null)."""
    assert _stallning(*meningar) == vantat
