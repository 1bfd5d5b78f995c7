"""Pages that are neither a remiss nor a yttrande (annat38: new pages from kommuner already in some facit,
tests/korpus/missiv/): a news item on a referral back, plan pages written after the samråd, a samrådsredogörelse's
appendix of others' yttranden, a protocol on a plan after its samråd. The first run read all eight as annat and
both controls (the kommun's own news of an open samråd) as the remiss; the tests hold that, by the rules and with
the type model, in the pages' own words (sources in the '# source:' line of each <id>.txt). The one miss, a
title with the plan's kind after its name ('Östersund 2040 - reviderad översiktsplan'), is fixed as a class and
tested in the page's words and in other words."""

# ruff: noqa: E501  (the documents' own lines are kept as they stand)

from __future__ import annotations

import pytest

from remiss.extract.core import clean_title
from tests.test_riktiga_kalla37 import _typ
from tests.test_riktiga_titel22 import titel

# missiv/herjedalen-kf-aterremiss-fop-2023 (herjedalen.se): the council sent a proposal back, no remiss to the reader
HARJEDALEN = """Kommunfullmäktige återremitterade två ärenden
Kommunfullmäktige återremitterade två ärenden under mötet 28 juni 2023.
Kommunfullmäktige återremitterade budgetförslaget för 2024 och förslaget till ny fördjupad översiktsplan för Funäsdalen-Ljusnedal.
Återremitteringarna skedde genom minoritetsåterremiss, där det räcker med att en tredjedel av kommunfullmäktiges ledamöter röstar för att ärendet ska skickas tillbaka till beredande organ för åtgärd.
Senast uppdaterad: 28 juni 2023 16:50"""

# missiv/falun-fop-landsbygd-samrad-avslutat (falun.se): the plan page after the samråd, an address for questions
FALUN = """Fördjupad översiktsplan delar av landsbygden
Samrådet avslutades 1 juli 2018
Tack för visat intresse och engagemang. Totalt kom det in över 100 yttranden varav majoriteten kom från privatpersoner. Övriga yttranden kom från föreningar, exempelvis lokala intresseföreningar och sockenråd, företag, politiska partier, länsstyrelsen och andra myndigheter med flera.
Vad händer nu?
Nu arbetar vi med att sammanställa och kommentera alla synpunkter som kommit in i en så kallad samrådsredogörelse. I samrådsredogörelsen lämnas också förslag till hur planförslaget ska förändras.
När det omarbetade förslaget ställs ut finns möjligheter att lämna synpunkter ännu en gång. Under utställningstiden kommer samrådsredogörelsen att finnas på webben.
Utställningen förväntas ske under perioden november-januari 2021/2022.
Har du frågor och funderingar om samrådsförslaget så kan du höra av dig till Falu kommuns kontaktcenter via e-post eller telefon, kontaktcenter@falun.se eller 023-830 00.
Sidan uppdaterad 2021-09-11"""

# missiv/ostersund-op2040-bearbetas-efter-samrad (ostersund.se): the samråd over, the granskning not yet open
OSTERSUND_BEARBETAS = """Översiktsplan Östersund 2040
Översiktsplanen är ett strategiskt dokument som beskriver kommunens avsikter för den fysiska miljön i framtiden.
Det reviderade förslaget av Östersund 2040 bearbetas efter samråd
Nu bearbetas det nya förslaget till översiktsplanen Östersund 2040 efter att det var ute på samråd 20 april-20 juni.
Efter att bearbetningen är klar kommer det skickas för granskning.
Samrådsförslag Östersund 2040
Förslaget som skickades ut på samråd är en anpassning till nya förutsättningar, eftersom mycket har hänt sedan planen beslutades 2014."""

# missiv/sundsvall-op2040-inkomna-yttranden-bilaga (sundsvall.se): others' yttranden and the kommun's answers
SUNDSVALL_BILAGA = """Bilaga 5 Samrådsredogörelse Inkomna yttranden och svar på dessa
Tack för all fakta, positiva omdömen och förslag på förbättringar. Av utrymmesskäl har vi valt att inte ta med allt detta i sin helhet då det skulle göra samrådsredogörelsen väldigt omfattande.
I denna bilaga hittar ni alla inkomna yttranden och de svar vi sammanställt för dessa. Yttrandena är indelade i grupper efter var yttrandet kommer ifrån. Numret avser det löpnummer respektive yttrande har i kommunens ärende KS-2021-00442 Samråd om översiktsplan Sundsvall 2040.
Innehåll
A. Myndigheter, kommuner och regioner 13
Nr. 81. Timrå Kommun. 13
Nr. 95. Svenska Kraftnät 13
Nr. 239. Länsstyrelsen Västernorrland. 20"""

# missiv/ostersund-op2040-samrad-pressmeddelande-2021 (ostersund.se, the kommun's press release): the control,
# its own news of the open samråd with a last day and no address
OSTERSUND_PM = """Östersund 2040 - reviderad översiktsplan ute på samråd
Publicerad 2021-04-20
Nu reviderar kommunen översiktsplanen Östersund 2040 och det nya förslaget är ute på samråd 20 april-20 juni. Förslaget är en anpassning till nya förutsättningar för den fysiska planeringen som tillkommit sedan planen antogs 2014.
Samråd pågår till den 20 juni
Nu hoppas kommunen på att få in synpunkter på det reviderade förslaget under samrådet som pågår till den 20 juni."""


@pytest.mark.parametrize("typmodell", [False, True])
@pytest.mark.parametrize("text", [HARJEDALEN, FALUN, OSTERSUND_BEARBETAS, SUNDSVALL_BILAGA],
                         ids=["aterremiss", "samrad_avslutat", "bearbetas_efter_samrad", "inkomna_yttranden"])
def test_sidor_efter_samradet_och_om_beslut_ar_annat(text: str, typmodell: bool) -> None:
    """A referral back, a page after the samråd (an address only for questions), an appendix of others' yttranden:
    no remiss to the reader and no yttrande of the sender's own (first run: annat, held)."""
    assert _typ(text, typmodell=typmodell) == "annat"


@pytest.mark.parametrize("typmodell", [False, True])
def test_egen_nyhet_om_oppet_samrad_ar_remissen(typmodell: bool) -> None:
    """The control: the kommun's own news of its open samråd with a last day is the remiss (korpus README, Facit),
    also without an address (first run: remiss, held)."""
    assert _typ(OSTERSUND_PM, typmodell=typmodell) == "missiv"


def test_ostersund_slaget_efter_planens_namn() -> None:
    """missiv/ostersund-op2040-samrad-pressmeddelande-2021: the plan's kind after its name and a dash only says what
    the named plan is; the title is the name (titel.toml [[efter]] slaget_efter_planens_namn; first run 'Östersund
    2040 - reviderad översiktsplan')."""
    assert titel(OSTERSUND_PM, {"Östersund 2040 - reviderad översiktsplan ute på samråd": 20.0}) == "Östersund 2040"


@pytest.mark.parametrize(
    ("rubrik", "arende"),
    [
        ("Mörby 2045 – ny översiktsplan", "Mörby 2045"),
        ("Mörby 2045 - förslag till ny översiktsplan", "Mörby 2045"),
        ("Kustplan Mörby 2030 — reviderad fördjupad översiktsplan", "Kustplan Mörby 2030"),
        # no year ending a name before the dash, or another kind after it: stays
        ("Fördjupning av översiktsplanen - Småstaden Vårgårda 2040", "Fördjupning av översiktsplanen - Småstaden Vårgårda 2040"),
        ("Detaljplan för Kvarnen 4 – ny detaljplan", "Detaljplan för Kvarnen 4 – ny detaljplan"),
        ("Mörby centrum - ny översiktsplan", "Mörby centrum - ny översiktsplan"),
    ],
)
def test_slaget_efter_planens_namn_i_andra_ord(rubrik: str, arende: str) -> None:
    """The same class in other words: another plan with its year and the kind after the dash; without the year the
    part before the dash is no plan's name, and another kind after it is not stripped."""
    assert clean_title(rubrik) == arende


def test_falun_svar_som_kom_in_rakade() -> None:
    """missiv/falun-fop-landsbygd-samrad-avslutat: 'Totalt kom det in över 100 yttranden' counts the answers that
    came in, which only a page written after the samråd can (missiv.toml inkomna_svar). The whole page was annat on
    the first run, but the type model read the page without its paragraphs on the work after the samråd as a remiss
    (remiss 0,77): the count now holds it by the rules."""
    assert _typ(FALUN, typmodell=True) == "annat"


def test_svar_som_kom_in_i_andra_ord() -> None:
    """The same class in other words: a page after another samråd counting what came in is annat; a granskning that
    tells what came in under the samråd and asks for answers now stays the remiss (the count is struck on a page
    that asks the reader to answer now, remiss.split.bedom_missiv)."""
    efter = """Vindbruksplan för Mörby kommun
Samrådet är nu över
Sammanlagt kom det in 45 synpunkter under samrådet. Vi går nu igenom dem och ändrar förslaget där det behövs.
Frågor om planen besvaras av kommunens kundtjänst, kundtjanst@morby.se."""
    assert _typ(efter) == "annat"
    assert _typ(efter, typmodell=True) == "annat"
    granskning = """Granskning av detaljplan för Kvarnen 4 i Mörby
Under samrådet kom det in 35 yttranden, som redovisas i samrådsredogörelsen.
Nu är planförslaget ute på granskning. Lämna dina synpunkter senast den 30 april 2025 till plan@morby.se eller Mörby kommun, Samhällsbyggnadsnämnden, 123 45 Mörby."""
    assert _typ(granskning) == "missiv"
    assert _typ(granskning, typmodell=True) == "missiv"
