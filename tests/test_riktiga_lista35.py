"""Remissinstanser misread in real kommun documents added in session 35 (lista35), each as a named test
with the document's own lines (the id in each docstring, in tests/korpus/missiv/), and the same class in
other words."""

# ruff: noqa: E501  (the documents' own lines are kept as they stand)

from __future__ import annotations

from remiss.domain import Line
from remiss.instanser import find_instanser


def pdf(text: str, x0: float = 56.7, *, page: int = 1, size: float = 10.0) -> Line:
    """Given a PDF line's text, return the Line as the reader makes it."""
    return Line(text=text, page=page, number=0, size=size, x0=x0)


def namn(lines: list[Line]) -> list[str]:
    """Given a missiv's lines, return the names find_instanser reads."""
    return [instans.namn for instans in find_instanser(lines)[0]]


def test_omrostningens_ledamoter_ar_inga_remissinstanser() -> None:
    """goteborg-ks-remittering-forvarv-bolagsfastigheter: the members who voted, each with the party after the
    name, under a sentence on remitting the ärende, are no list; the decision names the one instans."""
    lines = [
        pdf("Enligt yrkande från S, V och MP:"),
        pdf("Ärendet remitteras till styrelsen för Förvaltnings AB Framtiden."),
        pdf("Ordföranden Jonas Attenius (S) ställer först propositioner på yrkandet från S, V och MP"),
        pdf("om att remittera ärendet och ärendets avgörande idag och finner att kommunstyrelsen"),
        pdf("beslutat remittera ärendet enligt yrkande från S, V och MP. Omröstning begärs."),
        pdf("Omröstning", size=11.0),
        pdf('Godkänd voteringsproposition: "Ja för att remittera ärendet enligt yrkande från'),
        pdf("S, V och MP och Nej för ärendets avgörande idag”."),
        pdf("Daniel Bernmar (V), Blerta Hoti (S), Jenny Broman (V), Marina Johansson (S),"),
        pdf("Karin Pleijel (MP), tjänstgörande ersättaren Johannes Hulter (S) och ordföranden"),
        pdf("Jonas Attenius (S) röstar Ja (7)."),
        pdf("Axel Josefson (M), Hampus Magnusson (M), Martin Wannholt (D),"),
        pdf("Jörgen Fogelklou (SD), Axel Darvik (L) och Elisabet Lann (KD) röstar Nej (6)."),
    ]
    assert namn(lines) == ["styrelsen för Förvaltnings AB Framtiden"]


def test_narvarolista_med_parti_i_andra_ord() -> None:
    """The same class in other words: the attending members (old style, party in lower case) after a
    sentence on the remiss are no list; the remiss's own sentence names the bodies."""
    lines = [
        pdf("Förslaget remitteras till tekniska nämnden och miljönämnden."),
        pdf("Nämnden beslutade att remittera ärendet enligt förslaget."),
        pdf("Agne Nilsson (c), Camilla Lindoff (s), Christer Jönsson (mp), Inge Hallabro (kd),"),
        pdf("Greger Johnsson (s), Kristina Berglund (m)"),
    ]
    assert namn(lines) == ["tekniska nämnden", "miljönämnden"]


def test_forkortning_efter_organisation_ar_ingen_ledamot() -> None:
    """A body with its abbreviation in parentheses ('Göteborgsregionen (GR)') stays a remissinstans."""
    lines = [
        pdf("Remissen skickas till följande:"),
        pdf("Göteborgsregionen (GR)"),
        pdf("Västra Götalandsregionen (VGR)"),
        pdf("Trafikverket Region Väst"),
        pdf("Länsstyrelsen i Västra Götalands län"),
        pdf("Västtrafik AB"),
    ]
    assert namn(lines) == ["Göteborgsregionen (GR)", "Västra Götalandsregionen (VGR)", "Trafikverket Region Väst",
                           "Länsstyrelsen i Västra Götalands län", "Västtrafik AB"]


def test_remitteras_for_att_inhamta_synpunkter() -> None:
    """goteborg-ks-remittering-doftpolicy: the purpose in the infinitive ends the bodies ('… för att inhämta
    synpunkter'), so the one body is read and the paragraph is the remiss it gets."""
    from remiss.split import classify

    lines = [
        pdf("§ 535 Ärendenummer SLK-2023-01047"),
        pdf("Redovisning av uppdrag att ta fram en doftpolicy för", size=13.0),
        pdf("Göteborgs Stads anställda i brukarnära verksamheter", size=13.0),
        pdf("Beslut", size=11.0),
        pdf("Enligt yrkande från V, S och MP:"),
        pdf("Ärendet remitteras till Göteborgs Stads råd för funktionsrätt för att inhämta synpunkter."),
        pdf("Handlingar", size=11.0),
        pdf("Stadsledningskontorets tjänsteutlåtande den 20 maj 2024."),
        pdf("Protokollsutdrag skickas till", size=11.0),
        pdf("Göteborgs Stads råd för funktionsrätt genom stadsledningskontoret"),
    ]
    assert namn(lines) == ["Göteborgs Stads råd för funktionsrätt"]
    assert classify(lines) == "missiv"


def test_remitteras_for_att_yttra_sig_i_andra_ord() -> None:
    """The same class in other words: 'för att yttra sig' and 'för att lämna synpunkter' end the list."""
    assert namn([pdf("Förslaget remitteras till kultur- och fritidsnämnden och pensionärsrådet för att yttra sig.")]) == [
        "kultur- och fritidsnämnden", "pensionärsrådet"]
    assert namn([pdf("Ärendet remitteras till socialnämnden för att lämna synpunkter senast 1 mars.")]) == [
        "socialnämnden"]
