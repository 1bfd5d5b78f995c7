"""typ37 (session 37): document type, ställningstagande and sammanfattning on real documents (prov35 reported).

1. A kommun's planning page ('Samhällsutveckling och planering') whose general paragraphs tell of an adopted
   översiktsplan ('… och planen vann laga kraft 29 maj 2018') over a running samråd further down ('Samråd pågår
   19 mars–9 april 2019', 'Eventuella synpunkter måste ha inkommit till stadsarkitektkontoret senast den 9
   april 2019', prov35/hellefors-gc-grythyttan-samrad, facit remiss) scored -1,5 and was annat: no remiss
   registered. A plan that won legal force on a day before the deadline the page asks by is no end of this
   remiss (`split._laga_kraft_fore`); the period after 'pågår' without 'från' is a running period
   (missiv.toml `period_med_datum`), and 'synpunkter måste ha inkommit' asks where answers go
   (`svar_skickas_till`).
   The page's heading names only its area ('Samhällsutveckling och planering', titel.toml [sidrubrik]): the
   sub-heading 'Samråd gång- och cykelväg Grythyttan–Hällefors' names the matter (`core._samrad_subheading`).
2. '… ; Sper bifaller Kommissionens rekommendation' and four '… ; Sper avstyrker Kommissionens förslag', one
   per proposal in a list (prov35/sper-jamlikhetskommissionen-remissyttrande, facit null): each stance is on the
   proposal its item states before the semicolon, one thing the remiss proposes (`stallning._foreslaget`), so
   support and rejection of different proposals are blandat (the truth's null), not the last item's avstyrker.
3. 'SAMMANFATTNING AV FÖRENINGEN SIE-GRUPPENS' / 'SYNPUNKTER', a heading broken over two lines
   (prov35/sie-gruppen-bfn-bokforing-remissvar, facit har_sammanfattning true): one summary heading
   (`avsnitt._brutna_rubriker`), not 'SAMMANFATTNING' over 'AV FÖRENINGEN SIE-GRUPPENS' and a body heading.

The first test of each class quotes the document (tests/korpus/<mapp>/<id>.txt); the others are the same class
in other words; those marked 'was …' read otherwise before the change.
"""

# ruff: noqa: E501  (the documents' own lines are kept as they stand)

from __future__ import annotations

from datetime import date

import pytest

from remiss.domain import Line
from remiss.kontroll.avsnitt import split_avsnitt
from remiss.kontroll.typer import Yttrandedel
from remiss.split import _laga_kraft_fore, bedom_missiv, signaler
from tests.test_kontroll_riktiga import (  # noqa: F401 - the fixture
    _lines,
    _stallning,
    korpus_stycken,
    utan_typmodell,
)
from tests.test_riktiga_titel22 import titel  # the title tolka reads, headings set bold
from tests.test_riktiga_typ35 import _typ  # the type and signals of a web print

# 1. a planning page with a running samråd further down

HELLEFORS = "prov35/hellefors-gc-grythyttan-samrad"


@pytest.mark.parametrize("typmodell", [False, True])
def test_planeringssida_med_pagaende_samrad_ar_remiss(typmodell: bool) -> None:
    """prov35/hellefors-gc-grythyttan-samrad, the page's words: a missiv by its own signals (was annat, -1,5)."""
    typ, skal = _typ("\n".join(korpus_stycken(HELLEFORS)), typmodell=typmodell)
    assert typ == "missiv"
    assert not any(s.startswith("plan_laga_kraft") for s in skal)
    assert not any(s.startswith("typmodell") for s in skal)  # the rules alone, no uncertain missiv


SAMRAD = ("Samråd gång- och cykelväg Grythyttan–Hällefors. Samråd pågår 19 mars–9 april 2019. Eventuella "
          "synpunkter måste ha inkommit till stadsarkitektkontoret senast den 9 april 2019.")


@pytest.mark.parametrize(
    "fore",
    [
        # the page's own background (was laga kraft against the samråd)
        "Kommunfullmäktige antog den 24 april 2018 Hällefors översiktsplan med LIS-tillägg och planen vann laga "
        "kraft 29 maj 2018.",
        "Den gällande detaljplanen för området antogs 2009. Detaljplanen vann laga kraft den 3 februari 2010.",
    ],
)
def test_laga_kraft_fore_fristen_ar_bakgrund(fore: str) -> None:
    """A plan that won legal force before the deadline the page asks by: background, no signal against."""
    text = f"{fore} {SAMRAD}"
    assert _laga_kraft_fore(text, [date(2019, 4, 9)])
    assert "plan_laga_kraft" not in dict(bedom_missiv(_lines(*text.split(". "))).signaler)


@pytest.mark.parametrize(
    ("text", "frister"),
    [
        # after the plan won legal force: the page is written after its remiss (prov21/raseborg-skogtorp)
        ("Planen har vunnit lagakraft: 8.5.2024", [date(2023, 10, 2)]),
        ("Samrådet pågick till den 1 mars 2017. Detaljplanen vann laga kraft den 3 februari 2018.",
         [date(2017, 3, 1)]),
        # no day given, or no deadline at all
        ("Planen har vunnit laga kraft. Synpunkter lämnas senast den 9 april 2019.", [date(2019, 4, 9)]),
        ("Detaljplanen vann laga kraft den 3 februari 2017.", []),
    ],
)
def test_laga_kraft_efter_fristen_eller_utan_dag_star_kvar(text: str, frister: list[date]) -> None:
    """Not the class: legal force after the deadline, or on no day given, or without a deadline."""
    assert not _laga_kraft_fore(text, frister)


@pytest.mark.parametrize(
    ("namn", "text", "traff"),
    [
        ("period_med_datum", "Samråd pågår 19 mars–9 april 2019.", True),  # was no match
        ("period_med_datum", "Granskningen pågår 3 maj - 24 maj 2022 och synpunkter lämnas till kommunen.", True),
        ("period_med_datum", "Samrådet pågår från 6 november 2023 till 12 januari 2024.", True),
        ("period_med_datum", "Samrådet pågick 19 mars–9 april 2019.", False),  # ended
        ("svar_skickas_till", "Eventuella synpunkter måste ha inkommit till stadsarkitektkontoret senast den 9 "
         "april 2019.", True),  # was no match
        ("svar_skickas_till", "Synpunkterna måste skickas till kommunen senast den 1 juni.", True),
        ("svar_skickas_till", "Synpunkterna måste vara sakliga.", False),
    ],
)
def test_pagaende_period_och_inkomna_synpunkter(namn: str, text: str, traff: bool) -> None:
    """A period right after 'pågår' and 'synpunkter måste ha inkommit' are the missiv's words."""
    signal = next(s for s in signaler() if s.namn == namn)
    assert (signal.monster.search(text) is not None) is traff


@pytest.mark.parametrize("typmodell", [False, True])
def test_projektsida_efter_samradet_forblir_annat(typmodell: bool) -> None:
    """Not the class: prov34/haninge-aby-detaljplan-samrad-avslutat (its period in the present, then told as
    ended) stays annat."""
    typ, _ = _typ("\n".join(korpus_stycken("prov34/haninge-aby-detaljplan-samrad-avslutat")), typmodell=typmodell)
    assert typ == "annat"


# 2. a stance per proposal, after the proposal's statement and a semicolon

SPER = (
    "• Staten bör skapa ett riktat bidrag till primärkommuner och regioner; Sper bifaller Kommissionens rekommendation",
    "• Marknadsföring av kommersiella spel ska kombineras med varningstexter av samma slag som gäller alkohol och tobak; Sper avstyrker Kommissionens förslag",
    "• En statligt administrerad spelportal skapas, till vilken samtliga statliga och licensierade bolag är knutna; Sper avstyrker Kommissionens förslag",
    "• När en person loggar in för att spela, ska ett maximalt spelbelopp avsättas för de närmaste 24 timmarna; Sper avstyrker Kommissionens förslag",
    "• Tillgängligheten till spel begränsas genom begränsade öppettider; Sper avstyrker Kommissionens förslag",
)


def test_stallning_per_forslag_efter_semikolon_ar_blandat() -> None:
    """prov35/sper-jamlikhetskommissionen-remissyttrande, the summary's points: blandat, the truth's null (was
    avstyrker, the last point's)."""
    assert _stallning(*SPER) == "blandat"


@pytest.mark.parametrize(
    ("rader", "vantat"),
    [
        # the same class in other words (was the last point's value)
        (("Avgiften ska höjas till 500 kronor; förbundet tillstyrker utredningens förslag.",
          "Tillsynen ska flyttas till länsstyrelsen; förbundet avstyrker utredningens förslag."), "blandat"),
        (("Registret ska vara öppet för alla; vi avstyrker förslaget.",
          "En ny myndighet inrättas för tillsynen; vi tillstyrker förslaget."), "blandat"),
        # not the class: every point the same way, or one point alone (the whole when unopposed)
        (("Avgiften ska höjas till 500 kronor; förbundet avstyrker utredningens förslag.",
          "Tillsynen ska flyttas till länsstyrelsen; förbundet avstyrker utredningens förslag."), "avstyrker"),
        (("Staten bör skapa ett riktat bidrag till primärkommuner och regioner; Sper bifaller Kommissionens rekommendation",),
         "tillstyrker"),
        # a stance on the whole beside one on a part: the whole's value (was avstyrker, the last point's)
        (("Förbundet tillstyrker förslaget i sin helhet.",
          "Avgiften ska höjas till 500 kronor; förbundet avstyrker utredningens förslag."), "tillstyrker"),
    ],
)
def test_stallning_per_forslag_i_andra_ord(rader: tuple[str, ...], vantat: str) -> None:
    """A stance after a semicolon that ends the proposal's statement is on that proposal: one part."""
    assert _stallning(*rader) == vantat


# 3. a summary heading broken over two lines


def _avsnitt(*rader: tuple[str, float]) -> tuple[tuple[str, ...], tuple[str, ...], bool]:
    """Return the summary's and the body's lines and whether a summary heading was read, of a text under a
    title (each line with its font size)."""
    lines = tuple(Line(text=text, page=1, number=i + 1, size=size) for i, (text, size) in enumerate(rader))
    avsnitt = split_avsnitt(Yttrandedel(lines=lines, titel=lines[0].text, titelrader=1, titelindex=0))
    return (tuple(line.text for line in avsnitt.sammanfattning), tuple(line.text for line in avsnitt.brodtext),
            avsnitt.har_sammanfattningsrubrik)


def test_rubrik_bruten_over_tva_rader() -> None:
    """prov35/sie-gruppen-bfn-bokforing-remissvar, the PDF's lines: the heading's text is the summary (was
    'AV FÖRENINGEN SIE-GRUPPENS' under 'SAMMANFATTNING' and the text under a body heading 'SYNPUNKTER')."""
    sammanfattning, _, rubrik = _avsnitt(
        ("Föreningen SIE-gruppen", 12.0),
        ("och främjar teknisk utveckling av redovisningssystemen.", 10.5),
        ("SAMMANFATTNING AV FÖRENINGEN SIE-GRUPPENS", 13.0),
        ("SYNPUNKTER", 13.0),
        ("Den föreslagna normgivningen är alltför klåfingrig och detaljerad.", 10.5),
    )
    assert rubrik
    assert sammanfattning == ("Den föreslagna normgivningen är alltför klåfingrig och detaljerad.",)


@pytest.mark.parametrize(
    ("rader", "vantat"),
    [
        # the same class in other words (was the heading's rest as the summary)
        ((("Sammanfattning av Svenska Röda", 14.0), ("Korsets synpunkter", 14.0)), True),
        ((("SAMMANFATTNING AV", 14.0), ("REMISSVARET", 14.0)), True),
        # not the class: two headings, each whole; or the next line in body size
        ((("Sammanfattning", 14.0), ("Synpunkter", 14.0)), False),
        ((("SAMMANFATTNING AV FÖRENINGEN SIE-GRUPPENS", 13.0), ("SYNPUNKTER", 10.5)), False),
    ],
)
def test_rubrik_bruten_i_andra_ord(rader: tuple[tuple[str, float], ...], vantat: bool) -> None:
    """Two lines in the same size that read as one summary heading only together are that heading."""
    text = ("Vi delar utredningens bedömning i stora delar men har följande synpunkter.", 10.5)
    sammanfattning, _, _ = _avsnitt(("Remissvar", 16.0), *rader, text)
    assert (sammanfattning == (text[0],)) is vantat


# 4. the title: a page's area heading over the samråd's sub-heading


def _hellefors_sidan() -> str:
    """Return the Hällefors page's text from its heading (the site's logo and language links left out)."""
    stycken = korpus_stycken(HELLEFORS)
    return "\n".join(stycken[stycken.index("Samhällsutveckling och planering") :])


def test_samradets_underrubrik_under_sidans_omradesrubrik() -> None:
    """prov35/hellefors-gc-grythyttan-samrad: the samråd's sub-heading names the matter (was the page's heading
    'Samhällsutveckling och planering')."""
    assert titel(_hellefors_sidan(), {"Samhällsutveckling och planering": 13.0}) == (
        "gång- och cykelväg Grythyttan–Hällefors")


@pytest.mark.parametrize(
    ("rubrik", "underrubrik", "vantat"),
    [
        # the same class in other words
        ("Bygga, bo och miljö", "Samråd detaljplan Kvarnen", "detaljplan Kvarnen"),
        ("Samhällsutveckling", "Samråd ny cykelväg Norrby–Söderby", "ny cykelväg Norrby–Söderby"),  # was the heading
        # not the class: a heading that names the matter stays the title
        ("Detaljplan för Kvarnen", "Samråd gång- och cykelväg Norrby–Söderby", "Detaljplan för Kvarnen"),
    ],
)
def test_samradets_underrubrik_i_andra_ord(rubrik: str, underrubrik: str, vantat: str) -> None:
    """A sub-heading 'Samråd <project>' under a heading that names only the page is the title."""
    text = (f"{rubrik}\nI kommunen utförs planarbetet tillsammans med grannkommunerna.\n{underrubrik}\n"
            "Samråd pågår 19 mars–9 april 2024. Synpunkter skickas till plan@kommun.se senast den 9 april 2024.")
    assert titel(text, {rubrik: 13.0}) == vantat


def test_samradsmeningen_ensam_pa_raden_ar_ingen_underrubrik() -> None:
    """Not the class: 'Samråd pågår …' alone on its line (another layout's break) is no project's heading."""
    from remiss.extract.core import _samrad_subheading

    assert _samrad_subheading(_lines("Samråd pågår 19 mars–9 april 2019")) is None
    assert _samrad_subheading(_lines("Samråd och dialog")) is None


def test_brutna_rubriker_utan_rader() -> None:
    """A yttrande part with no content lines (a title alone in a meeting package, bench_paket session 45) has no
    heading to join: no lines back, no crash (zip with strict=True raised ValueError)."""
    from remiss.kontroll.avsnitt import _brutna_rubriker

    assert _brutna_rubriker([]) == []
