"""prov18's first-run title misses as classes (titel20, session 20): a label before the matter that only names
the procedure, the page's section or who announces it and when (modeller/titel.toml [etikett]). Each class is
tried on the reported page as it stands and with its heading in other wording, set large and bold and at body
size (sources in the '# source:' line of each tests/korpus/prov18/<id>.txt)."""

# ruff: noqa: E501  (the documents' own lines are kept as they stand)

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from remiss.extract.core import clean_title, generic_heading
from remiss.extract.etikett import label_stripped
from tests.test_riktiga_titel19 import titel

TITEL_TOML = Path(__file__).resolve().parent.parent / "modeller" / "titel.toml"

# prov18/nordmaling-lis-samrad (nordmaling.se, the notice board's archive; heading with the PBL procedure)
NORDMALING = """UNDERRÄTTELSE om Samråd - standardförfarande - Landsbygdsutveckling i strandnära läge
Artikeln publicerades 13 december 2022
Plan- och miljönämnden har tagit fram samrådshandlingar för tillägg till kommunens LIS-plan, Nordmalings kommun, Västerbottens län.
Syftet med tillägget till översiktsplanen för landsbygdsutveckling i strandnära lägen/tillägg till kommunens LIS-plan är att peka ut ytterligare ett område inom Nordmalings kommun där det så kallade LIS-skälet enligt 7 kap. 18 d § miljöbalken kan tillämpas.
Samråd
Planförslaget har upprättats med standardförfarande enligt plan- och bygglagen och samrådstiden är från och med 2021-12-20 till och med 2022-01-23. Under denna tid finns samrådshandlingarna tillgängliga på:
Eventuella synpunkter ska vara skriftliga och inlämnas, tillsammans med namn, adress och telefonnummer senast den 23 Januari 2022 till:
Nordmalings kommun, Plan- och byggenheten, 914 81 Nordmaling
eller via e-post: kommun@nordmaling.se
För upplysningar kontakta;
Tony Johansson, Byggnadsinspektör"""


@pytest.mark.parametrize("storlek", [18.0, None])
@pytest.mark.parametrize(
    "rubrik",
    [
        "UNDERRÄTTELSE om Samråd - standardförfarande - Landsbygdsutveckling i strandnära läge",  # the page's own
        "Underrättelse om granskning – utökat förfarande – Landsbygdsutveckling i strandnära läge",
        "Samråd, standardförfarande: Landsbygdsutveckling i strandnära läge",
        "Förenklat förfarande – Landsbygdsutveckling i strandnära läge",
    ],
)
def test_forfarandet_fore_arendet(rubrik: str, storlek: float | None) -> None:
    """The plan's procedure under the PBL before the matter ('- standardförfarande -') is a label, no part of it
    (prov18/nordmaling-lis-samrad: '- standardförfarande - Landsbygdsutveckling i strandnära läge').
    source: https://www.nordmaling.se/kommun/politik/anslagstavla/arkiv-kungorelser/2022-12-13-underrattelse-om-samrad---standardforfarande---landsbygdsutveckling-i-strandnara-lage"""
    assert titel(NORDMALING, rubrik, storlek) == "Landsbygdsutveckling i strandnära läge"


# prov18/vinhandlaren-e4-samfallighet (vinhandlaren.se, a samfällighet's blog; the post's category before its subject)
VINHANDLAREN = """Planering – Utbyggnad E4
Hej, i er brevlåda idag så har ni fått information om att Trafikverket planerar att bygga ut E4:an mellan Häggvik och Rotebro. Det har också gått att läsa om detta i lokaltidningen.
Styrelsen har sedan tidigare rent allmänt hört av sig till Trafikverket gällande de bullerskydd som gränsar mot samfälligheten som vi anser inte riktigt ger det skydd som man skulle önska.
Vi ska givetvis även inkomma med synpunkter även på denna direkta förfrågan från samfälligheten. Men innan vi gör det så önskar vi ta del av eventuella synpunkter från er medlemmar. Så om ni har något ni vill få med så skicka det till styrelsen@vinhandlaren.se senast den 23 mars. Man kan även som privatperson gå in och delge sina synpunkter direkt på https://e-tjanster-ka.trafikverket.se/samrad/Samradsyttrande.aspx?DiarieNummer=TRV%202019%2F81539&UppdragsNummer=167956
Vänligen Styrelsen"""


@pytest.mark.parametrize("storlek", [18.0, None])
@pytest.mark.parametrize(
    "rubrik",
    ["Planering – Utbyggnad E4", "Samhällsplanering: Utbyggnad E4", "Nyheter – Utbyggnad E4",
     "Aktuellt: Utbyggnad E4"],
)
def test_avsnittet_fore_arendet(rubrik: str, storlek: float | None) -> None:
    """The section's or category's name before a dash or colon names the page's place, not the matter
    (prov18/vinhandlaren-e4-samfallighet: 'Planering – Utbyggnad E4').
    source: https://www.vinhandlaren.se/2021/03/19/planering-utbyggnad-e4/"""
    assert titel(VINHANDLAREN, rubrik, storlek) == "Utbyggnad E4"


# prov18/varberg-tronninge-samrad (varberg.se, the notice board's archive)
VARBERG = """Kungörelse byggnadsnämnden den 10 oktober 2019
för förslag till
Detaljplan för Trönninge 11:6, Trönninge, Varbergs kommun
finns utsänd för samråd till och med den 5 december 2019.
Undersökning har gjorts. Någon miljöbedömning krävs inte.
Planområdet ligger i södra delen av Trönninge cirka fem kilometer norr om Varbergs stadskärna. Detaljplanens syfte är att göra det möjligt för ökad bostadsbyggnation inom fastigheten Trönninge 11:6.
Upplysningar om planförslaget lämnas av planavdelningen, tel. 0340–88 000, e-post: bn@varberg.se.
Detaljplanen handläggs av love Gartman.
Eventuella synpunkter ska skriftligen ha kommit in till
Stadsbyggnadskontoret, 432 80 Varberg alternativt bn@varberg.se senast den 5 december 2019."""


@pytest.mark.parametrize("storlek", [18.0, None])
@pytest.mark.parametrize(
    "rubrik",
    [
        "Kungörelse byggnadsnämnden den 10 oktober 2019",  # the page's own
        "Kungörelse från miljö- och byggnadsnämnden 10 oktober 2019",
        "Underrättelse samhällsbyggnadsnämnden 2019-10-10",
        "Byggnadsnämndens kungörelse den 10 oktober 2019",
        "Kungörelser vecka 41",
    ],
)
def test_kungorelsens_rubrik_med_namnd_och_datum(rubrik: str, storlek: float | None) -> None:
    """A notice's heading that names only the notice, the nämnd that announces it and the date names no matter:
    the title is the plan the text below names (prov18/varberg-tronninge-samrad: 'Kungörelse byggnadsnämnden
    den 10 oktober 2019'; the kommun after the plan's name is no part of it, as in the corpus's practice).
    source: https://varberg.se/kommunpolitik/kommunensanslagstavla/arkivkungorelse/kungorelsebyggnadsnamndenden10oktober2019.5.511bb2da16db9856fe1b357a.html"""
    assert titel(VARBERG, rubrik, storlek) == "Detaljplan för Trönninge 11:6, Trönninge"


def test_etikettens_exempel() -> None:
    """modeller/titel.toml [etikett]: each example loses its label, each counterexample keeps its first part;
    each heading example names no matter, each heading counterexample may."""
    data = tomllib.loads(TITEL_TOML.read_text(encoding="utf-8"))["etikett"]
    for example in data["exempel"]:
        heading, expected = example.split(" => ")
        assert label_stripped(heading) == expected
        assert clean_title(heading) == expected
    for counter in data["motexempel"]:
        assert label_stripped(counter) == counter
    assert all(generic_heading(e) for e in data["rubrik_exempel"])
    assert not any(generic_heading(e) for e in data["rubrik_motexempel"])
