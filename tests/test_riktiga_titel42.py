"""Titles by class (titel42, session 42): a heading that is an invitation sentence gives the matter the samråd is
held on ('Nu bjuder VA SYD in allmänhet och berörda till samråd om en regional avloppsvattenrening', prov40's
miss: the whole sentence was the title), without the indefinite article before it (README, Facit); a samråd's
heading that names only the procedure over a text that says which application the sender is preparing ('Samråd
för miljöprövning' over '… håller Umeå kommun på att ta fram en tillståndsansökan enligt miljöbalken'). Real
lines from the corpus (the '# source:' lines of the tests/korpus/*/*.txt files) and the same classes in words
written for the test (another sender, 'Mörby')."""

# ruff: noqa: E501  (the documents' own lines are kept as they stand)

from __future__ import annotations

import pytest

from remiss.extract.core import clean_title
from tests.test_riktiga_titel22 import titel

# prov40/vasyd-regional-avloppsrening-samradsinbjudan (hallbaravloppsrening.vasyd.se, the sender's own news)
VASYD = """Lena Hellberg, projektledare för tillståndsprocessen i VA SYDs projekt Hållbar avloppsrening i ett växande Skåne
{rubrik}
Med start den 25 augusti till och med den 3 november bjuder VA SYD nu in till avgränsningssamråd enligt 6 kap miljöbalken. Det betyder att myndigheter, verksamheter, organisationer, boende och andra berörda nu kan lämna synpunkter på planerna för en ny regional reningsanläggning för vårt avloppsvatten.
– Nu får omgivningen möjlighet att lära känna projektet och lämna synpunkter. Vi ser fram emot kontakt med fler människor. Vi bjuder in till både digitala presentationer och öppet hus, säger Lena Hellberg, som ansvarar för samrådet och tillståndsprocessen på VA SYD.
Samrådet tar avstamp i ett samrådsunderlag, som beskriver hur VA SYD planerar att bygga och driva et robust system för att ta hand om avloppsvatten från flera kommuner och gemensamt möta en växande befolkning och en skarpare miljölagstiftning.
Över 60 000 får en inbjudan"""


@pytest.mark.parametrize("rader", [
    ["Nu bjuder VA SYD in allmänhet och berörda till samråd om en regional avloppsvattenrening"],
    # the PDF's layout wraps the heading before its last word
    ["Nu bjuder VA SYD in allmänhet och berörda till samråd om en regional", "avloppsvattenrening"],
])
def test_vasyd_inbjudans_mening_ger_arendet(rader: list[str]) -> None:
    """prov40/vasyd-regional-avloppsrening-samradsinbjudan (first run: the whole heading). The heading invites
    the public to a samråd on the matter, the invited between the verb and its particle's 'till': the title is
    the matter, without its indefinite article."""
    text = VASYD.format(rubrik="\n".join(rader))
    assert titel(text, dict.fromkeys(rader, 18.0)) == "regional avloppsvattenrening"


@pytest.mark.parametrize(("rubrik", "arende"), [
    ("Nu bjuder VA SYD in allmänhet och berörda till samråd om en regional avloppsvattenrening",
     "regional avloppsvattenrening"),
    # the same class in other words: the subject first, the invited listed with commas, another preposition
    ("Mörby Vatten inbjuder boende, fastighetsägare och verksamheter till samråd angående ett nytt vattenverk vid Norrsjön",
     "nytt vattenverk vid Norrsjön"),
    ("Nu bjuder Mörby Energi AB in alla berörda till avgränsningssamråd om en ny kraftledning mellan Eken och Björk",
     "ny kraftledning mellan Eken och Björk"),
    ("Trafikverket bjuder därför in boende och verksamma till samrådsmöte om väg 40 genom Mörby",
     "väg 40 genom Mörby"),
    ("Välkommen på samråd om en ny bro över Mörbyån", "ny bro över Mörbyån"),
    ("Välkomna till samråd om Fäbodberget vindkraftpark", "Fäbodberget vindkraftpark"),
    # as before: the plain invitation, and a name that opens with 'En' in capitals is the matter's own
    ("Kommunen bjuder in till samråd om förslag till ny renhållningsordning", "förslag till ny renhållningsordning"),
    ("Region Mörby bjuder in till dialog om En hållbar region 2040", "En hållbar region 2040"),
])
def test_inbjudan_till_samrad_om_arendet(rubrik: str, arende: str) -> None:
    """An invitation sentence before the matter ('X bjuder in Y till samråd om T', 'Välkommen på samråd om T')
    is no part of it; an indefinite article in lower case before T is none either."""
    assert clean_title(rubrik) == arende


# missiv/umea-norrbyskar-samrad-miljoprovning-2016 (umea.se, the samråd's page)
UMEA = """Startsida Umeå kommun
Samråd för miljöprövning
Inför saneringen av Norrbyskär håller Umeå kommun på att ta fram en tillståndsansökan enligt miljöbalken. Tillståndsansökan gäller bland annat anläggande av erosionskydd, brytning av morän i vattenområde, ny broförbindelse och utlastningsplats m m.
Lämna dina synpunkter senast 31 maj
Om du har synpunkter på den tillståndspliktiga verksamheten ska du framföra dem skriftligt till Umeå kommun med namn, adress och telefonnummer. Ange diarienummer KS000752/2008. Senast 31 maj 2016 vill vi ha dina synpunkter.
Dina synpunkter skickas till:
Umeå kommun, Mark och exploatering, 901 84 Umeå.
Samråd sker under perioden 2016-04-25 – 2016-05-31."""


def test_umea_ansokan_som_avsandaren_tar_fram() -> None:
    """missiv/umea-norrbyskar-samrad-miljoprovning-2016 (was 'miljöprövning', the procedure the heading names):
    under a samråd's heading that names only the procedure, the application the sender is preparing is what
    the samråd is held on."""
    assert titel(UMEA, {"Samråd för miljöprövning": 18.0}) == "tillståndsansökan enligt miljöbalken"


def test_ansokan_som_tas_fram_med_annan_avsandare() -> None:
    """The same class in other words: 'Mörby Energi AB håller just nu på att ta fram en ansökan om tillstånd
    för …' under 'Samråd för tillståndsprövning'."""
    text = UMEA.replace("Samråd för miljöprövning", "Samråd för tillståndsprövning").replace(
        "Inför saneringen av Norrbyskär håller Umeå kommun på att ta fram en tillståndsansökan enligt miljöbalken.",
        "Mörby Energi AB håller just nu på att ta fram en ansökan om tillstånd för vindkraft vid Björkberget.")
    assert titel(text, {"Samråd för tillståndsprövning": 18.0}) == "ansökan om tillstånd för vindkraft vid Björkberget"
