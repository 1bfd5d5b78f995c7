"""prov22's first-run title miss as a class (titel24, session 24): a how-to lead-in before the matter ('Så här
tycker du till om den nya översiktsplanen'), the page's heading telling the reader how to take part. The class is
tried on the reported page as it stands and in other wording (a paraphrase written for the test), set large and
bold and in the body's size (source in the '# source:' line of tests/korpus/prov22/skara-op2040-samrad-tyck-till.txt)."""

# ruff: noqa: E501  (the documents' own lines are kept as they stand)

from __future__ import annotations

from dataclasses import replace

import pytest

from remiss import titelmodell
from remiss.extract.core import clean_title
from tests.test_riktiga_missiv15 import lines_of
from tests.test_riktiga_missiv24 import PEDERSORE
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


# The first runs' titles that were no candidate of the title model (titel24, part two): the matter named on a
# line that opens with the cue word, capitalised ('Avseende ny 150 kV kraftledning …'), and a notice's bold
# heading that runs on with its procedure, law and period past RUBRIK_TECKEN.

# prov11/umeaenergi-dava-savar-samrad (umeaenergi.se, the samråd's page)
UMEA = """Fortsatt samråd Dåva-Sävar
Avseende ny 150 kV kraftledning mellan stationerna Dåva och Sävar i Umeå kommun, Västerbottens län.
Samråd har skett mellan december 2020 och januari 2021 med flera alternativa sträckningar.
Samrådet gäller:
En ny 150 kV ledning mellan station Dåva och station Sävar, Umeå kommun, Västerbottens län."""


def _kandidater(text: str, fet: int | None = None) -> list[str]:
    """Return the title model's candidates' texts for text's lines, line `fet` set as a bold 14 pt heading."""
    rader = lines_of(text)
    if fet is not None:
        rader[fet] = replace(rader[fet], size=14.0, bold=True)
    return [k.text for k in titelmodell.kandidater(rader)]


@pytest.mark.parametrize(
    ("rad", "vantat"),
    [
        ("Avseende ny 150 kV kraftledning mellan stationerna Dåva och Sävar i Umeå kommun, Västerbottens län.",  # the page's own
         "ny 150 kV kraftledning mellan stationerna Dåva och Sävar i Umeå kommun, Västerbottens län"),
        ("Avseende planerad vindkraftpark Norrberget i Sollefteå kommun, Västernorrlands län.",
         "planerad vindkraftpark Norrberget i Sollefteå kommun, Västernorrlands län"),
        ("Gällande ombyggnad av dammen vid Norrfors kraftverk i Umeälven, Vännäs kommun, Västerbottens län.",
         "ombyggnad av dammen vid Norrfors kraftverk i Umeälven, Vännäs kommun, Västerbottens län"),
    ],
)
def test_ledord_forst_pa_raden_oppnar_arendet(rad: str, vantat: str) -> None:
    """A line that opens with the cue word ('Avseende …', 'Angående …', 'Gällande …') names the matter after
    it as the same word inside a sentence does: the title model has it as a candidate
    (prov11/umeaenergi-dava-savar-samrad, at the first run no candidate; titelmodell.START).
    source: http://www.umeaenergi.se/om-oss/offentliga-handlingar/samrad-dava-savar"""
    text = UMEA.replace(UMEA.splitlines()[1], rad, 1)
    assert vantat in _kandidater(text)


# prov14/mellerstaosterbotten-etapplandskapsplan5 (keski-pohjanmaa.fi, the notice)
MELLERSTA = """17.08.2021
Kungörelse: Förslaget till etapplandskapsplan 5 för Mellersta Österbotten framlägges offentligt i enlighet med markanvändnings- och bygglagen 895/1999 § 12 under perioden 17.8.-15.9.2021.
KUNGÖRELSE
Berörda kommuners medlemmar och intressenterna har rätt att göra anmärkning mot planförslaget."""


@pytest.mark.parametrize(
    ("rubrik", "vantat"),
    [
        ("Kungörelse: Förslaget till etapplandskapsplan 5 för Mellersta Österbotten framlägges offentligt i enlighet med markanvändnings- och bygglagen 895/1999 § 12 under perioden 17.8.-15.9.2021.",  # the page's own
         "Förslaget till etapplandskapsplan 5 för Mellersta Österbotten"),
        ("Kungörelse: Förslaget till landskapsplan för Österbotten 2040 framläggs offentligt i enlighet med markanvändnings- och bygglagen 132/1999 § 62 under perioden 1.3.-31.3.2022.",
         "Förslaget till landskapsplan för Österbotten 2040"),
        ("Meddelande: Utkastet till delgeneralplan för Kvarnbacken i Nykarleby framlägges offentligt i enlighet med markanvändnings- och bygglagen 132/1999 § 65 under perioden 3.5.-2.6.2022.",
         "Utkastet till delgeneralplan för Kvarnbacken i Nykarleby"),
    ],
)
def test_lang_fet_rubrik_rensas_som_rubrik(rubrik: str, vantat: str) -> None:
    """A bold heading longer than RUBRIK_TECKEN that runs on with its procedure, law and period is cleaned as a
    heading, so the title model has the plan's name as a candidate (prov14/mellerstaosterbotten-etapplandskapsplan5:
    the first run's title was the whole heading, and the name no candidate).
    source: https://www.keski-pohjanmaa.fi/sv/notice,kungorelse-forslaget-till-etapplandskapsplan-5-for-mellersta-osterbotten-framlagges-offentligt-i-enlighet-med-markanvandnings-och-bygglagen-8951999-12-under-perioden-17-8-15-9-2021.html"""
    text = MELLERSTA.replace(MELLERSTA.splitlines()[1], rubrik, 1)
    assert vantat in _kandidater(text, fet=1)


def test_lang_mening_i_brodtext_rensas_inte() -> None:
    """The same long line in the body's weight is a sentence: read for the matter inside it, not cleaned as a
    heading (RUBRIK_TECKEN)."""
    rubrik = MELLERSTA.splitlines()[1]
    kandidater = _kandidater(MELLERSTA)
    assert rubrik in kandidater
    assert "Förslaget till etapplandskapsplan 5 för Mellersta Österbotten" not in kandidater


# prov22/pedersore-nederpurmo-delgeneralplan: the page (PEDERSORE) as tests/test_riktiga_missiv24.py holds it


@pytest.mark.parametrize(
    ("rubrik", "vantat"),
    [
        ("Ändring av Nederpurmo delgeneralplan. (flyttning av byggrätter)",  # the page's own
         "Ändring av Nederpurmo delgeneralplan"),
        ("Detaljplan för Kvarnen 4. (nya bostäder vid ån)", "Detaljplan för Kvarnen 4"),
        ("Utvidgning av Bennäs stranddelgeneralplan. (nya byggplatser)", "Utvidgning av Bennäs stranddelgeneralplan"),
    ],
)
def test_anmarkning_i_parentes_efter_punkt(rubrik: str, vantat: str) -> None:
    """A remark in parentheses after the heading's full stop ('… delgeneralplan. (flyttning av byggrätter)') says
    what the change is about; the title ends at the stop (prov22/pedersore-nederpurmo-delgeneralplan: the first run
    found no remiss, the rules' title had the remark).
    source: https://www.pedersore.fi/aktuellt/aktuella-planarende/"""
    text = PEDERSORE.replace(PEDERSORE.splitlines()[1], rubrik, 1)
    assert titel(text, {"Aktuella planärenden": 14.0, rubrik: 13.0}) == vantat


def test_parentes_efter_forkortning_star_kvar() -> None:
    """A parenthesis after an abbreviation's stop ('m.fl. (Lödde folkets park)') belongs to the name
    (prov15/kavlinge-lodde-folkets-park-granskning)."""
    rubrik = "Detaljplan för Löddeköpinge 12:3 m.fl. (Lödde folkets park)"
    assert clean_title(rubrik) == rubrik


# prov22/sunne-fop-tatort-granskning (sunne.se, the plan's page; its heading lost in the saved text, the first
# paragraph set large and bold in two lines by bench_layoutbyte's vanster and epost layouts)
SUNNE = """Sunne kommun
Nu kan du tycka till om förslaget till fördjupad översiktsplan för Sunne tätort.
Lämna dina synpunkter under perioden 9 mars – 11 maj 2022.
Nu finns ett reviderat planförslag – ett granskningsförslag – att lämna synpunkter på.
Utifrån de synpunkter som kommit in från allmänheten, myndigheter, företag och organisationer har Sunne kommun reviderat planförslaget och tagit fram ett granskningsförslag till en ny fördjupad översiktsplan för Sunne tätort.
9 mars – 11 maj 2022 (9 veckor) har du möjlighet att lämna dina synpunkter digitalt:
till kommun@sunne.se"""


@pytest.mark.parametrize(
    "tid",
    ["Lämna dina synpunkter under perioden 9 mars – 11 maj 2022.",  # the page's own
     "Lämna synpunkter senast 11 maj 2022.",
     "Skicka in dina synpunkter före 30 april 2023!"],
)
def test_uppmaning_med_bara_tiden_namnger_inget_arende(tid: str) -> None:
    """A call set as a heading that only says when to give views ('Lämna dina synpunkter under perioden 9 mars –
    11 maj 2022.') names no matter: the title is the document the call above names (prov22/sunne-fop-tatort-granskning
    in the vanster and epost layouts, 'Lämna dina synpunkter …' there; titel.toml [uppmaningsrubrik]).
    source: https://sunne.se/sv/kommun/bostad-och-teknik/Planer-och-utveckling/Oversiktlig-planering/Tatortsplaner/granskning-av-fordjupad-oversiktsplan-for-sunne-tatort/"""
    text = SUNNE.replace(SUNNE.splitlines()[2], tid, 1)
    rubriker = {SUNNE.splitlines()[1]: 13.0, tid: 13.0, "Sunne kommun": 11.5}
    assert titel(text, rubriker) == "fördjupad översiktsplan för Sunne tätort"
