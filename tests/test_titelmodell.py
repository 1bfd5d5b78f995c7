# ruff: noqa: E501
"""The learned title (remiss.titelmodell): its arithmetic, what it was trained on, when it overrules the rules,
and real excerpts whose first-run titles the rules got wrong and the model gets right.

The excerpts are quoted from real documents in tests/korpus/prov9/ and prov12/ (source in each <id>.json's
`kalla`), held-out sets whose first runs (kanda_fel.json as trana_titelmodell.FORSTA_KORNINGEN's commits
wrote it, korpus README) had these titles wrong; they are reported now and the model was trained on them, so the tests pin how the model and
the rules work together, not how well the model does on senders it never saw (`trana_titelmodell.py
--utvardera` says that).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from remiss import titelmodell
from remiss.domain import Line
from remiss.extract.core import _learned_titel
from remiss.extract.text import Found

ROOT = Path(__file__).resolve().parents[1]


def _lines(*texts: str) -> list[Line]:
    return [Line(text=text, page=1, number=i + 1) for i, text in enumerate(texts)]


def _modellfil() -> dict:
    return json.loads((ROOT / "modeller" / titelmodell.MODELLFIL).read_text(encoding="utf-8"))


# prov12/ange-op2040-granskning-nyhet (Ånge kommuns nyhet, first run 'Granskning Översiktsplan Ånge 2040 inleds')
ANGE = _lines(
    "Ånge kommun",
    "Granskning Översiktsplan Ånge 2040 inleds",
    "Översiktsplanen Ånge kommun 2040 är inne i ett nytt skede. Under sommaren 2023",
    "hölls samråd med allmänheten, företag och myndigheter, som bjöds in att ta del av",
    "framarbetat material och lämna synpunkter. Nu inleds granskningsskede som pågår",
    "mellan 18 september till och med 20 november 2023.",
)
# prov9/morbylanga-op2045-samrad (first run 'Översiktsplan 2045 – samrådet är öppet')
MORBYLANGA = _lines(
    "Tyck till om Översiktsplan 2045 – samrådet är öppet!",
    "Genom att tycka till kan du vara med och påverka hur Mörbylånga kommun utvecklas",
    "på lång sikt. Samrådet är en viktig del av processen – det handlar både om att",
    "förbättra planen och om att skapa förankring inför kommande beslut.",
)


def test_modellen_raknar_som_scikit_learn() -> None:
    # the file holds candidates' features with the score scikit-learn gave them when it was trained
    data = _modellfil()
    assert len(data["kontroll"]) >= 3
    for prov in data["kontroll"]:
        assert titelmodell.poang(prov["egenskaper"], titelmodell.modell()) == pytest.approx(prov["poang"], abs=1e-4)


def test_modellen_tranades_inte_pa_den_oberoende_mangden() -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    import bench_korpus

    data = _modellfil()
    assert data["dokument"] > 300
    assert not set(data["mappar"]) & set(bench_korpus.OBERONDE)


def test_trasig_modellfil_ger_konfigurationsfel(monkeypatch: pytest.MonkeyPatch) -> None:
    from remiss import modelldata
    from remiss.errors import ConfigError

    titelmodell.modell.cache_clear()
    monkeypatch.setattr(modelldata, "modell_text", lambda fil: '{"vikter": {}}')
    try:
        with pytest.raises(ConfigError, match="titelmodell.json"):
            titelmodell.modell()
    finally:
        titelmodell.modell.cache_clear()


def test_korningen_lasar_inget_tungt() -> None:
    # the model is plain Python at run time: no numpy, no scikit-learn
    kod = "import sys, remiss.titelmodell as t; t.modell(); print(sorted({'numpy', 'sklearn'} & set(sys.modules)))"
    ut = subprocess.run([sys.executable, "-c", kod], capture_output=True, text=True, check=True, cwd=ROOT)
    assert ut.stdout.strip() == "[]"


def test_kandidaterna_ar_rader_ihopfogade_rensade_och_delar_av_meningar() -> None:
    texter = [k.text for k in titelmodell.kandidater(ANGE)]
    assert "Granskning Översiktsplan Ånge 2040 inleds" in texter  # the line as it stands
    assert "Översiktsplan Ånge 2040" in texter  # the procedure around the matter stripped, as the rules do
    assert len(texter) == len(set(texter))


def test_forfarandet_runt_arendet_ersatts_av_arendet() -> None:
    bedomning = titelmodell.bedom(ANGE)
    assert bedomning.basta is not None and bedomning.basta[0].text == "Översiktsplan Ånge 2040"
    ersatt = titelmodell.overrules(bedomning, "Granskning Översiktsplan Ånge 2040 inleds")
    assert ersatt is not None and ersatt.text == "Översiktsplan Ånge 2040"


def test_uppmaningen_runt_arendet_ersatts_av_arendet() -> None:
    ersatt = titelmodell.overrules(titelmodell.bedom(MORBYLANGA), "Översiktsplan 2045 – samrådet är öppet")
    assert ersatt is not None and ersatt.text == "Översiktsplan 2045"


def test_reglernas_ratta_titel_star_kvar() -> None:
    assert titelmodell.overrules(titelmodell.bedom(ANGE), "Översiktsplan Ånge 2040") is None


def test_en_titel_modellen_inte_kan_gora_bedoms_inte() -> None:
    # a matter the rules read out of a sentence further down is no candidate: the model cannot judge it
    assert titelmodell.overrules(titelmodell.bedom(ANGE), "granskningsskede för översiktsplanen") is None


def test_titel_ur_remissrubriken_provas_inte() -> None:
    rubrik = Found("Granskning Översiktsplan Ånge 2040 inleds", ANGE[1], "remissrubrik")
    assert _learned_titel(ANGE, rubrik) is rubrik


def test_modellens_titel_med_skal_nar_reglerna_ersatts() -> None:
    regel = Found("Granskning Översiktsplan Ånge 2040 inleds", ANGE[1], "största rubriken")
    fick = _learned_titel(ANGE, regel)
    assert fick is not None and fick.value == "Översiktsplan Ånge 2040"
    assert fick.skal.startswith("titelmodellen: ")


@pytest.mark.parametrize(
    ("regel", "modell", "vantat"),
    [
        # the corpus's titles the model would have cut or lengthened (missiv/, prov2/, prov4/, prov13/)
        ("Kulturplan för Västernorrland 2023-2026", "Kulturplan", True),
        ("Risträsk i Vilhelmina, Södra Lappland", "Risträsk i Vilhelmina, Södra Lappland Inbjudan", True),
        ("Region Blekinges förslag till Länstransportplan 2022-2033", "Region Blekinges Länstransportplan", True),
        ("dammsäkerhetshöjande åtgärder vid Brududdens vattenkraftverk", "Brududdens vattenkraftverk", True),
        ("Naturreservatet Heråmaden i Dals-Eds kommun", "Förslag till nya naturreservat", True),
        ("ny renhållningsordning", "Reviderad kungörelse KSRR för ny renhållningsordning", True),
        ("Förslag till idrottspolitiskt program", "Örebro kommuns idrottspolitiska program", True),
        ("ny regional kulturplan 2024-2027", "Inbjudan att lämna synpunkter", True),
        ("förslag till beslut om naturreservat i Strängnäs kommun", "Publicerings", True),
        ("Översiktsplan 2050 för Lidingö stad", "Lidingös nya översiktsplan", True),  # missiv/s-lidingo-op2050-samrad
        # g0vse (session 21, after the retraining with prov19): the model cut the matter's head off the rules'
        # repeated first line; a paraphrase, and a procedure before the part that the rules' cleaners strip
        ("Det nödvändiga ska vara tillåtet – en lag om internationellt hälso- och sjukvårdssamarbete, Ds 2024:33",
         "internationellt hälso- och sjukvårdssamarbete, Ds 2024:33", True),
        ("Bättre skydd för barn – en lag om tryggare skolskjutsar, Ds 2025:4", "tryggare skolskjutsar, Ds 2025:4", True),
        ("Samråd om detaljplan för kvarteret Eken", "detaljplan för kvarteret Eken", False),
        # the held-out sets' first runs the model got right (prov8, prov6, prov12, prov13, prov6)
        ("Översiktsplanen ute på granskning", "Översiktsplanen", False),
        ("Var med och påverka den nya Kulturplanen", "den nya Kulturplanen", False),
        ("Kungörelse översiktsplan och LISplan", "översiktsplan och LISplan", False),
        ("Förslag till generalplan framlagd till påseende 25.01-03.03.2023", "Förslag till generalplan", False),
        ("näringslivsstrategi", "Näringslivsstrategi för Kungälvs kommun 2035", False),
        ("Granskning översiktsplan, 2022-05-19", "ny översiktsplan", False),  # prov9: a date is no year of the name
    ],
)
def test_reglerna_namnger_arendet_fullare(regel: str, modell: str, vantat: bool) -> None:
    assert titelmodell.rules_name_more(regel, modell) is vantat


def _rader(*rader: tuple[str, bool, float]) -> list[Line]:
    return [Line(text=text, page=1, number=i + 1, bold=bold, size=size) for i, (text, bold, size) in enumerate(rader)]


# missiv/umea-landsbygdsprogram-2018 (Umeå kommuns nyhet) in a kommun's Word template with the letterhead at tab
# stops (bench_layoutbyte kommunflikar): the letterhead's 'Umeå kommun' bold over the heading, which the model
# took for the title over the rules' right one
UMEA = _rader(
    ("Umeå kommun", True, 11.0),
    ("Tyck till om hållbar landsbygdsutveckling", True, 14.0),
    ("Program för hållbar landsbygdsutveckling i Umeå kommun är ute på remiss. Samtidigt är två nya delar av "
     "översiktsplanen på utställning. Det har näringslivs- och planeringsutskottet beslutat. Läs mer och lämna "
     "synpunkter senast 25 februari respektive 26 januari 2018.", False, 11.0),
)
# missiv/vattenfall-gysinge-samrad-2019 (Vattenfall Eldistributions samrådssida), the same template
GYSINGE = _rader(
    ("Vattenfall Eldistribution AB", True, 11.0),
    ("Gysinge-Österfärnebo", True, 14.0),
    ("Vattenfall Eldistribution AB planerar att bygga om befintlig el-ledning mellan Gysinge och Österfärnebo "
     "och söka koncession (tillstånd) för ny sträckning.", False, 11.0),
    ("Undersökningssamråd", False, 11.0),
)


@pytest.mark.parametrize(
    ("rader", "regel", "avsandare"),
    [
        (UMEA, Found("Program för hållbar landsbygdsutveckling i Umeå kommun", UMEA[2], "dokumentet som notisen namnger under rubriken"), "Umeå kommun"),
        (GYSINGE, Found("Gysinge-Österfärnebo", GYSINGE[1], "största rubriken"), "Vattenfall Eldistribution AB"),
    ],
)
def test_brevhuvudets_organisation_ersatter_aldrig_reglernas_titel(
    rader: list[Line], regel: Found, avsandare: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a model as sure of the letterhead as an earlier trained one was (a retrained one may not be): the guard,
    # not the weights, must keep the rules' title
    kandidater = {k.text: k for k in titelmodell.kandidater(rader)}
    sakra = titelmodell.Titelbedomning(((kandidater[avsandare], 0.95), (kandidater[regel.value], 0.01)))
    monkeypatch.setattr(titelmodell, "bedom", lambda lines: sakra)
    assert _learned_titel(rader, regel, Found(avsandare, rader[0], "brevhuvudet")) is regel
    assert _learned_titel(rader, regel) is regel  # an organisation's name alone, without the sender read


@pytest.mark.parametrize(
    ("text", "vantat"),
    [
        # bench_layoutbyte's kommunflikar (missiv/regionostergotland-rus-remissversion, umea-…, vattenfall-…)
        ("Region Östergötland", True),
        ("Umeå kommun", True),
        ("Vattenfall Eldistribution AB", True),
        ("Kommunstyrelsen", True),
        ("Sammanträdesdatum: 2025-02-05", True),  # missiv/goteborg-ks-remittering-manskliga-rattigheter
        ("Publicerad 8 maj 2018", True),
        # titles that name an organisation
        ("Region Blekinges Länstransportplan", False),
        ("Översiktsplan för Umeå kommun", False),
        ("Kulturplan 2024-2027", False),
        ("Gysinge-Österfärnebo", False),
    ],
)
def test_en_organisation_eller_ett_datum_ar_ingen_titel(text: str, vantat: bool) -> None:
    assert titelmodell.never_title(text) is vantat


def test_avsandarens_namn_ar_ingen_titel() -> None:
    assert titelmodell.never_title("Göteborgs Stad", "Göteborgs Stad, Kommunstyrelsen")


@pytest.mark.parametrize(
    ("regel", "modell", "vantat"),
    [
        # missiv/bracke-foreningsbidrag-remiss in eight layouts (bench_layoutbyte): the notice's heading 'Tyck
        # till om nya riktlinjer för föreningsbidraget' and the document its text names, '"Riktlinjer för
        # bidrag till föreningslivet inom kultur och fritid", KF §15/2011'
        ("Riktlinjer för bidrag till föreningslivet inom kultur och fritid", "nya riktlinjer för föreningsbidraget", True),
        # missiv/goteborg-ks-remittering-manskliga-rattigheter with its headings run into the paragraphs
        # (bench_textfel rubrik_i_stycket): the heading wrapped over two lines, the model's cut at the first
        ("förslag till Göteborgs Stads riktlinje för arbetet med mänskliga rättigheter och likvärdig service",
         "förslag till Göteborgs Stads riktlinje för arbetet med mänskliga", True),
        # the model's right: the rules' carry a procedure (prov13/jakobstad-generalplan-paseende's first run,
        # cut at 50 characters as kanda_fel.json has it), or (constructed) a proposal's name around the same words
        ("Förslag till generalplan framlagd till påseende 2", "Förslag till generalplan", False),
        ("Förslag till detaljplan för Norrberget, granskning", "Detaljplanen för Norrberget", False),
    ],
)
def test_reglerna_namnger_rubrikens_arende_fullare(regel: str, modell: str, vantat: bool) -> None:
    assert titelmodell.rules_name_more(regel, modell) is vantat


# titel18 (tests/korpus/studie_titelpolicy.py): the model overrules from 0.2 when it leads the rules' title by
# 0.2; the guards the lower threshold needs are the corpus's titles it would otherwise have made wrong


def _bedomning(*kandidater: tuple[str, float]) -> titelmodell.Titelbedomning:
    rader = _lines(*(text for text, _ in kandidater))
    return titelmodell.Titelbedomning(tuple(
        (titelmodell.Kandidat(text, i, 1, "rad", rader[i]), p) for i, (text, p) in enumerate(kandidater)))


@pytest.mark.parametrize(
    ("basta", "regelns", "ersatts"),
    [
        (0.36, 0.00, True),  # sure enough and well ahead (prov7/lund-gronprogram-samrad's first run)
        (0.33, 0.11, True),  # 0.22 ahead (prov12/lessebo-lisplan-utstallning's first run)
        (0.30, 0.15, False),  # ahead by less than FORSPRANG
        (0.19, 0.00, False),  # below SAKER
        (0.60, 0.25, False),  # the rules' title above OSANNOLIK
    ],
)
def test_modellen_ersatter_nar_den_leder_med_forsprang(basta: float, regelns: float, ersatts: bool) -> None:
    bedomning = _bedomning(("Översiktsplan för Överkalix kommun", basta), ("Tidsplan för samrådsturné", regelns),
                           ("Samrådsmöten i byarna", 1 - basta - regelns))
    ersatt = titelmodell.overrules(bedomning, "Tidsplan för samrådsturné")
    assert (ersatt is not None and ersatt.text == "Översiktsplan för Överkalix kommun") is ersatts


def test_modellen_fyller_en_titel_reglerna_inte_fann_forst_vid_fyll() -> None:
    # a title where the rules found none only from FYLL (0.5): the lower threshold would read one out of any short
    # text (test_extract's budget line)
    ny = titelmodell.overrules(_bedomning(("detaljplan gällande området Vadstena 4:44", 0.6), ("Samråd", 0.4)), None)
    assert ny is not None and ny.text == "detaljplan gällande området Vadstena 4:44"
    assert titelmodell.overrules(_bedomning(("detaljplan gällande området Vadstena 4:44", 0.47), ("Samråd", 0.23),
                                            ("Samrådstid", 0.3)), None) is None
    assert titelmodell.overrules(_bedomning(("Konsekvensutredning", 0.81), ("Samråd", 0.19)), None) is None


@pytest.mark.parametrize(
    ("text", "vantat"),
    [
        ("ny klimat- och energistrategi för", True),  # prov6/uppvidinge-klimat-energistrategi: cut at 'för'
        ("Förslag till detaljplan för Östra Industriområde, Matarengi 28:8 m.fl. Filer (klicka på respektive fil "
         "för att läsa som pdf)", True),  # prov12/overtornea-matarengi-detaljplan-samrad: a file list
        ("Länsstyrelsens förslag till att inkludera gråsäl som art i Natura 2000-området Fjärdlång Pdf, 133.9 kB",
         True),  # prov6/lst-stockholm-grasal-fjardlang: a link's text
        ("Skip to content Sök", True),  # prov8/kalix-op-samrad: a web page's navigation
        ("Konsekvensutredning", True),  # prov3/fohm-covid-foreskrifter: one word that names no document
        ("Nyheter", True),
        ("Grönprogram", False),
        ("Planprogram Faxfjället", False),
        ("detaljplan gällande området Vadstena 4:44", False),
    ],
)
def test_ingen_titel_vad_reglerna_an_last(text: str, vantat: bool) -> None:
    assert titelmodell.no_title(text) is vantat


def test_ett_litet_ord_till_ar_inget_fullare_namn() -> None:
    # missiv/sormlandvatten-renhallningsordning-2019: the rules' title as the text has it stays
    assert titelmodell.rules_name_more("förslag reviderad renhållningsordning", "Förslag till reviderad renhållningsordning")


# prov16/malung-salen-faxfjallet-planprogram-samrad (Malung-Sälens kommuns samrådssida; the rules read the
# question heading lower down): the bold heading is the title
MALUNG = _rader(
    ("Malung-Sälens kommun", True, 11.5),
    ("Logotyp för Malung-Sälens kommun", False, 8.5),
    ("Planprogram Faxfjället", True, 13.0),
    ("Ett förslag till planprogram nordväst om Stötenområdet är nu föremål för samråd med berörda myndigheter", False, 10.5),
    ("och sakägare enligt PBL 5:11. Syftet med planprogrammet är att kommunen ska kunna skapa sig ett brett", False, 10.5),
    ("strategiskt beslutsunderlag i ett tidigt skede som skall hjälpa till att hålla samman kommande", False, 10.5),
    ("detaljplaneläggning av området.", False, 10.5),
    ("Planprogramsområdet är ca 900 hektar och stort och ligger inom fastigheterna Transtrands Kronopark 1:144", False, 10.5),
    ("och", False, 10.5),
    ("Sörsjön 8:15, belägna vid foten av Faxfjället, vid Görälvens dalgång.", False, 10.5),
    ("Planprogrammet syftar till att beskriva visionen för utbyggnad av en fritidsdestination vid Faxfjället.", False, 10.5),
    ("Har du synpunkter på förslaget?", True, 11.5),
    ("Skicka synpunkterna till stadsbyggnadskontoret senast 30 September 2022. Den som inte senast detta datum", False, 10.5),
)


def test_modellens_rubrik_ersatter_reglernas_fraga_med_skal() -> None:
    regel = Found("Har du synpunkter på förslaget", MALUNG[11], "största rubriken")
    fick = _learned_titel(MALUNG, regel, Found("Malung-Sälens kommun", MALUNG[0], "brevhuvudet"))
    assert fick is not None and fick.value == "Planprogram Faxfjället"
    assert "före, reglernas högst" in fick.skal  # --forklara says why


@pytest.mark.parametrize("regel", [
    "regional transportplan för perioden 2022-2033",  # the heading's span with a hyphen
    "regional transportplan för perioden 2022–2033",  # the body's with an en dash
])
def test_reglernas_arsspann_med_bindestreck_namnger_mer(regel: str) -> None:
    """prov4/regionjh-lanstransportplan (regionjh.se): under the page's name 'Länstransportplan' the heading
    'Möjlighet att lämna synpunkter på regional transportplan för perioden 2022-2033' gives the rules' title; in
    four other layouts the title model chose the page's name (0,33 against 0,01). A span of years written with a
    hyphen is years the model's title lacks, as with an en dash; a date or a number with a hyphen is none."""
    assert titelmodell.rules_name_more(regel, "Länstransportplan")
    assert titelmodell.YEAR_WORD.findall("2022-03-15 dnr 2015-231 KS 2019/00366") == []
