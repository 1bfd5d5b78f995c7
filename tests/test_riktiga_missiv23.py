"""Real documents the corpus read wrong (missiv23: the reported prov21, tolka's misses but the titles and the
typing of yttranden), each miss as a named test with the document's own wording (sources in the '# source:'
line of each tests/korpus/prov21/<id>.txt), then the same class in other wording (a paraphrase written for the
test, so the fix is not keyed to the document's words). The type tests run with the rules alone (fixture
`utan_typmodell`) and with the type model."""

# ruff: noqa: E501  (the documents' own lines are kept as they stand)

from __future__ import annotations

import pytest

from remiss.extract import extract_remiss
from remiss.split import bedom_missiv, classify_scored
from tests.test_kontroll_riktiga import REGLER_OCH_MODELL, _regler, utan_typmodell  # noqa: F401 - the fixture
from tests.test_riktiga_missiv15 import part_of
from tests.test_riktiga_missiv18 import styled

# prov21/pargas-norrby-detaljplan-paseende (pargas.fi, a Finnish city's notice 'TILL PÅSEENDE')
PARGAS = """TILL PÅSEENDE
Följande planförslag kommer att läggas fram offentligt:
- Ändring av detaljplanen för tomt 5 i kvarter 4 samt för en del av det intilliggande parkområdet i Norrby (21) stadsdel i Pargas. Planändringen kan komma att förutsätta ett markanvändningsavtal.
Förslaget finns offentligt framlagt under tiden 17.8 – 16.9.2019 på stadens webbplats (se nedanstående länkar). Samma material finns även att se på planläggningsenhetens anslagstavla i Pargas, adr. Strandvägen 28.
Eventuella anmärkningar om förslaget ska tillställas bygg- och miljönämnden, adr. Strandvägen 28, 21600 Pargas, eller elektroniskt till adressen bygg-miljonamnden@pargas.fi, före anslagstidens utgång.
16.8.2019
Bygg- och miljönämnden"""

# prov21/kristinestad-dagsmark-delgeneralplan-forslag (kristinestad.fi, 'Offentliga meddelanden')
KRISTINESTAD = """Planförslag gällande revidering av del av dagsmark delgeneralplan
26.04.2021
Ett planförslag gällande revidering av del av Dagsmark delgeneralplan har uppgjorts. Planområdet finns söder om Dagsmark bycentrum.
Planförslaget med därtill hörande planehandlingar är offentligt framlagt enligt markanvändnings- och byggförordningens 27 § och markanvändnings- och bygglagens 65 §, under tiden 28.4.–29.5.2021.
Planförslaget med därtill hörande planehandlingar är framlagt på stadens webbplats och vid Samhällsbyggnad.
Skriftliga anmärkningar kan inlämnas till Stadsstyrelsens planläggningssektion, Pb 13, 64101 Kristinestad, eller e-post: kristinestad@krs.fi före utgången av den tid under vilken planförslaget är framlagt.
Planläggningssektionen"""

# prov21/raseborg-skogtorp-stranddetaljplan (raseborg.fi, the page of a plan that has won legal force; annat)
RASEBORG = """Kort om planen
Planområdet omfattar insjöstrandområdena av fastigheterna Skogtorp I 710-712-1-116 och Skogtorp II 710-667-1-33 i Pojo Brödtorp, Raseborg. Planändringsområdets areal är ca 216 ha och dess korrigerade strandlinje till ca 5,7 km. Planområdets omfattning bedöms under planeringens gång. Målet med planändringen är att kunna anvisa ett antal nya fritidsbyggnadsplatser. Främst fokuseras nygyggande kring Sågsjön, som från tidigare har bebyggelse.
Tilläggsinformation ges av:
- Planläggningskonsult Sten Öhman / Lantmätare Öhman 044 253 0464, sten.ohman@netsten.fi
- Administrativa behandlingen i staden sköts av planläggningsingenjör Anne-May Sundström anne-may.sundstrom@raseborg.fi 019 289 3841
Projektets behandlingsskeden och planmaterial
Planen vinner lagakraft
Planen har vunnit lagakraft: 8.5.2024
Planens godkännande
Planen godkänd i fullmäktige: 26.2.2024 § 16
Planförslag
Till påseende: 20.3 – 19.4.2023
Planutkast
Till påseende: 2.8 – 31.8.2021
Planläggningens påbörjande och program för deltagande och bedömning (PDB)
Planen har kungjorts som anhängig: 5.7.2019.
Program för deltagande och bedömning
Annat material
Hur kan man påverka planläggningen?
Intressenter och även andra kommunmedlemmar har rätt att skriftligen framföra sina åsikter under planens framläggningstid till staden.
RSS uppföljning"""


@REGLER_OCH_MODELL
def test_finlandssvensk_kungorelse_till_paseende_ar_remiss(
        request: pytest.FixtureRequest, regler_ensamma: bool) -> None:
    """prov21/pargas-norrby-detaljplan-paseende (every field lost at the first run: missivpoäng 0): a plan put
    on view for a period with Finnish dates ('offentligt framlagt under tiden 17.8 – 16.9.2019', modeller/
    missiv.toml framlagt_under_period) whose anmärkningar the reader may send to a nämnd
    (anmarkningar_lamnas) is a remiss, also by the rules alone; the deadline is the period's end."""
    _regler(request, regler_ensamma)
    lines = styled(PARGAS, {0: 14.0})
    signaler = dict(bedom_missiv(lines).signaler)
    assert {"anmarkningar_lamnas", "framlagt_under_period", "svarsdatum"} <= set(signaler)
    assert classify_scored(lines, typmodell=True)[0] == "missiv"
    remiss = extract_remiss("x.docx", part_of(lines))
    assert remiss is not None
    assert remiss.svarsdatum == "2019-09-16"
    assert remiss.svarsadress == "bygg-miljonamnden@pargas.fi"


@REGLER_OCH_MODELL
def test_finlandssvensk_kungorelse_i_andra_ord(request: pytest.FixtureRequest, regler_ensamma: bool) -> None:
    """The same class in other words: a municipality's notice that a stranddetaljplan 'hålls framlagd' with
    its beredningsmaterial, 'Åsikter om förslaget kan framföras skriftligen …' and the period's end as the
    only date: a remiss, its deadline the period's end."""
    _regler(request, regler_ensamma)
    text = """Kungörelse
Ändring av stranddetaljplan för Norrskata fritidsområde
Tekniska nämnden har godkänt förslaget till ändring av stranddetaljplanen. Förslaget hålls framlagt 3.2.–4.3.2025 i kommunens servicepunkt och på webbplatsen.
Åsikter om förslaget kan framföras skriftligen till tekniska nämnden, PB 22, 25701 Kimito, före framläggningstidens slut.
Kimito 31.1.2025
Tekniska nämnden"""
    lines = styled(text, {1: 14.0})
    assert classify_scored(lines, typmodell=True)[0] == "missiv"
    remiss = extract_remiss("x.docx", part_of(lines))
    assert remiss is not None
    assert remiss.svarsdatum == "2025-03-04"


def test_finlandssvenskt_datumintervall_med_punkt_ger_svarsdatum() -> None:
    """prov21/kristinestad-dagsmark-delgeneralplan-forslag (svarsdatum null at the first run): the period
    'under tiden 28.4.–29.5.2021' ends the first date in a full stop before the dash; the plan is put on view
    until the second date, the deadline ('före utgången av den tid under vilken planförslaget är framlagt')."""
    remiss = extract_remiss("x.docx", part_of(styled(KRISTINESTAD, {0: 14.0})))
    assert remiss is not None
    assert remiss.svarsdatum == "2021-05-29"


def test_datumintervall_med_punkt_i_andra_ord() -> None:
    """The same class in other words: 'Planutkastet läggs fram 2.9.–1.10.2024 …' with the answers due while it
    is on view: the range's end."""
    text = """Planutkast för Västra hamnen
Planutkastet läggs fram 2.9.–1.10.2024 på stadens webbplats. Skriftliga anmärkningar om utkastet kan inlämnas till stadens registratur, registratur@hamnstad.fi, under framläggningstiden."""
    remiss = extract_remiss("x.docx", part_of(styled(text, {0: 14.0})))
    assert remiss is not None
    assert remiss.svarsdatum == "2024-10-01"


@REGLER_OCH_MODELL
def test_plan_som_vunnit_laga_kraft_ar_annat(request: pytest.FixtureRequest, regler_ensamma: bool) -> None:
    """prov21/raseborg-skogtorp-stranddetaljplan (annat in the facit: 'Planen har vunnit lagakraft: 8.5.2024',
    the plan's old periods 'Till påseende: 20.3 – 19.4.2023' listed as finished steps, and the right to put
    forward views told in general): no open remiss; the plan's legal force weighs against it (modeller/
    missiv.toml plan_laga_kraft), and the labels of old periods are no plan put on view now."""
    _regler(request, regler_ensamma)
    lines = styled(RASEBORG, {0: 14.0})
    signaler = dict(bedom_missiv(lines).signaler)
    assert "plan_laga_kraft" in signaler
    assert "framlagt_under_period" not in signaler
    assert "anmarkningar_lamnas" not in signaler
    assert classify_scored(lines, typmodell=True)[0] == "annat"


@REGLER_OCH_MODELL
def test_plan_som_vunnit_laga_kraft_i_andra_ord(request: pytest.FixtureRequest, regler_ensamma: bool) -> None:
    """The same class in other words: a plan page that tells the plan was put on view and then won legal force
    ('Förslaget var framlagt 1.3.–31.3.2022 … Detaljplanen vann laga kraft den 2 juni 2023'), and a page on how
    anyone 'har rätt att framföra sina åsikter' during a plan's time on view in general: annat, both."""
    _regler(request, regler_ensamma)
    text = """Detaljplan för Kvarnbacken
Förslaget var framlagt 1.3.–31.3.2022 och anmärkningarna har besvarats. Stadsfullmäktige godkände planen 3.4.2023. Detaljplanen vann laga kraft den 2 juni 2023.
Mera information: planlaggning@hamnstad.fi"""
    assert classify_scored(styled(text, {0: 14.0}), typmodell=True)[0] == "annat"
    general = """Så här påverkar du planläggningen
Under planläggningens gång läggs planutkastet och planförslaget fram. Kommunmedlemmarna och andra intressenter har rätt att framföra sina åsikter om utkastet och lämna anmärkningar mot förslaget under framläggningstiden.
Mera information: planlaggning@hamnstad.fi"""
    assert classify_scored(styled(general, {0: 14.0}), typmodell=True)[0] == "annat"
