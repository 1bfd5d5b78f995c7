"""Real documents the corpus reads wrong (missiv16: tests/korpus/kanda_fel.json), each miss as a named test with
the document's own wording (sources in the '# source:' line of each tests/korpus/<mapp>/<id>.txt)."""

# ruff: noqa: E501  (the documents' own lines are kept as they stand)

from __future__ import annotations

from remiss.domain import Del, Line
from remiss.extract import extract_remiss
from remiss.split import bedom_missiv


def lines_of(text: str) -> list[Line]:
    """Given text, return Line objects in 10 pt, one per non-empty line."""
    rows = [row.strip() for row in text.strip().splitlines() if row.strip()]
    return [Line(text=row, page=1, number=i, size=10.0) for i, row in enumerate(rows, 1)]


def part_of(lines: list[Line]) -> Del:
    """Given lines, return a missiv part scored as find_missiv scores it."""
    return Del(dokumenttyp="missiv", forsta_sida=1, sista_sida=1, lines=tuple(lines),
               bedomning=bedom_missiv(lines))


# missiv/goteborg-ks-remiss-reglementen-rattighetsbaserade-rad (DeArbetarForDig/dearbetarfordig.se,
# data/graf/kf-2023-03-23.json, utdrag ur kommunstyrelsens protokoll 2022-04-27 § 349)
GOTEBORG_KS = """Utdrag ur Protokoll Sammanträdesdatum: 2022-04-27
Översyn av reglementen för kommunstyrelsens rättighetsbaserade råd § 349, 0905/21
Beslut
Ärendet återremitteras enligt yrkande från M, L, C, V, MP, S och D:
Stadsledningskontorets förslag till reglementen skickas på remiss till Göteborgs Stads HBTQ-råd, Göteborgs Stads pensionärsråd, Göteborgs Stads råd för funktionshinderfrågor, Göteborgs Stads råd för den nationella minoriteten romer samt Göteborgs Stads samråd med den sverigefinska minoriteten för inhämtande av synpunkter. Synpunkterna ska redovisas i oktober 2022.
Protokollsutdrag skickas till
Stadsledningskontoret - Återremiss
Dag för justering 2022-05-24
Kommunstyrelsen
Vid protokollet Sekreterare Mathias Sköld"""

# missiv/goteborg-kf-remittering-batupplaggning-saltholmen (DeArbetarForDig/dearbetarfordig.se,
# data/graf/kf-2024-10-10.json, utdrag ur kommunfullmäktiges protokoll 2023-06-19 § 5; the body's running
# header stands between two sections)
GOTEBORG_KF = """Utdrag ur Protokoll Sammanträdesdatum: 2023-06-19
Redovisning av uppdrag gällande båtuppläggning på Saltholmen § 5, 1313/22
Beslut
Enligt kommunstyrelsens förslag:
1. Trafiknämndens utredning remitteras till Göteborgs Stads Parkerings AB och Grefab AB med begäran om att bolagen ska återkomma till kommunstyrelsen med beskrivning av sina respektive bedömningar av förslagen.
Propositionsordning Ordföranden ställer först propositioner på kommunstyrelsens förslag och finner att kommunstyrelsens förslag har bifallits.
Kommunfullmäktige
Omröstning – huvudvotering Godkänd voteringsproposition: ”Ja för bifall till kommunstyrelsens förslag.”"""


def test_protokollsutdrag_har_kommunen_med_organet_vars_protokoll_det_ar() -> None:
    """The two Göteborg extracts: 'Utdrag ur Protokoll' with the body on a line of its own (the signature over
    'Vid protokollet', or the running header between sections) and the kommun named in the text ('Göteborgs
    Stads HBTQ-råd', 'Göteborgs Stads Parkerings AB'): the kommun with the body that decided, as the facit
    rule has another kommun's sender."""
    for text, expected in ((GOTEBORG_KS, "Göteborgs Stad, Kommunstyrelsen"),
                           (GOTEBORG_KF, "Göteborgs Stad, Kommunfullmäktige")):
        remiss = extract_remiss("x.pdf", part_of(lines_of(text)))
        assert remiss is not None
        assert remiss.avsandare == expected
