"""Titles by class (titel42, session 42): a heading that is an invitation sentence gives the matter the samråd is
held on ('Nu bjuder VA SYD in allmänhet och berörda till samråd om en regional avloppsvattenrening', prov40's
miss: the whole sentence was the title), without the indefinite article before it (README, Facit); a samråd's
heading that names only the procedure over a text that says which application the sender is preparing ('Samråd
för miljöprövning' over '… håller Umeå kommun på att ta fram en tillståndsansökan enligt miljöbalken'). Real
lines from the corpus (the '# source:' lines of the tests/korpus/*/*.txt files) and the same classes in words
written for the test (another sender, 'Mörby')."""

# ruff: noqa: E501  (the documents' own lines are kept as they stand)

from __future__ import annotations

from dataclasses import replace

import pytest

from remiss.extract import extract_remiss
from remiss.extract.core import clean_title
from remiss.titelmodell import never_title
from tests.test_riktiga_missiv15 import lines_of, part_of
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


def test_vasyd_bildtextens_person_ar_ingen_titel() -> None:
    """prov40/vasyd-regional-avloppsrening-samradsinbjudan as the rk and tabell layouts set it: the photo's
    caption in small type over the heading ('Lena Hellberg, projektledare för …', 8,5 pt) was the title model's
    pick (0,42 against the rules' 0,02); a person's name with a role after its comma is never a title."""
    rader = ["Nu bjuder VA SYD in allmänhet och berörda till samråd om en", "regional avloppsvattenrening"]
    text = "VA SYD\n" + VASYD.format(rubrik="\n".join(rader)).replace("i ett växande Skåne", "i ett växande\nSkåne")
    lines = []
    for line in lines_of(text):
        if line.text in ("VA SYD", *rader):
            line = replace(line, size=12.0 if line.text == "VA SYD" else 13.0, bold=True)
        else:
            small = line.text.startswith("Lena Hellberg") or line.text == "Skåne"
            line = replace(line, size=8.5 if small else 10.5)
        lines.append(line)
    remiss = extract_remiss("x.pdf", part_of(lines))
    assert remiss is not None and remiss.titel == "regional avloppsvattenrening"


@pytest.mark.parametrize(("rad", "aldrig"), [
    ("Lena Hellberg, projektledare för tillståndsprocessen i VA SYDs projekt Hållbar avloppsrening i ett växande", True),
    ("Anna Berg, planarkitekt på Mörby kommun", True),
    ("Per Olsson, ordförande i miljönämnden", True),
    # a name of a document, a place or an organisation before the comma is no person
    ("Vision 2030, förslag till ny kommunvision", False),
    ("Detaljplan för Kvarnen 4, Mörby", False),
    ("Karl Johans torg, ombyggnad av torget", False),
])
def test_person_med_roll_ar_aldrig_titel(rad: str, aldrig: bool) -> None:
    """A person's name, a comma and a role in lower case is a caption or a byline, never a title."""
    assert never_title(rad) is aldrig


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


# prov6/kungsbacka-avfallsplan-samrad (kungsbacka.se, the kommun's news)
KUNGSBACKA = """Kungsbacka kommun
{rubrik}
Kungsbacka kommun har tillsammans med Göteborgsregionens tretton medlemskommuner arbetat fram ett förslag till ny avfallsplan för perioden 2021–2030. Nu kan du lämna synpunkter på den.
{mening}
Förslaget finns tillgängligt under perioden 14 juni 2019 - 30 september 2019.
Läs mer och lämna synpunkter"""


def test_kungsbacka_namnet_direkt_efter_slaget() -> None:
    """prov6/kungsbacka-avfallsplan-samrad (was 'ny avfallsplan', the heading's kind alone): under a heading that
    names only a kind, the text names the plan with its name right after the kind and before the sentence's
    verb ('förslaget till avfallsplan Göteborgsregionen minskar avfallet berör …'): the kind and the name."""
    text = KUNGSBACKA.format(rubrik="Tyck om ny avfallsplan", mening=(
        "Det nya förslaget till avfallsplan Göteborgsregionen minskar avfallet berör följande områden: "
        "Förebyggande av avfall, Återanvändning, Återvinning, Avfallshantering i fysisk planering, Användarfokus, "
        "Nedskräpning."))
    assert titel(text, {"Tyck om ny avfallsplan": 18.0}) == "avfallsplan Göteborgsregionen minskar avfallet"


@pytest.mark.parametrize(("rubrik", "mening", "vantat"), [
    # the same class in other words: another kind, another verb
    ("Ny kulturplan på remiss", "Förslaget till kulturplan Mörby 2030 omfattar fyra mål för kulturlivet.",
     "kulturplan Mörby 2030"),
    ("Tyck till om översiktsplanen", "Den nya översiktsplan Mörby växer hållbart är nu ute på samråd.",
     "översiktsplan Mörby växer hållbart"),
    # the kommun after the kind is where the plan is, no name: the heading's title stays
    ("Tyck om ny avfallsplan", "Förslaget till avfallsplan Mörby kommun berör hela kommunen.", "ny avfallsplan"),
    # a new sentence after the kind ('… avfallsplan. Mörby Vatten har …') names nothing
    ("Tyck om ny avfallsplan", "Vi har tagit fram en ny avfallsplan. Mörby Vatten har hjälpt till.", "ny avfallsplan"),
])
def test_namnet_efter_slaget_i_andra_ord(rubrik: str, mening: str, vantat: str) -> None:
    """A kind-only heading over a sentence that names the document as kind + name before its verb gives that name
    with its kind; a kommun after the kind, or a new sentence, gives none."""
    text = KUNGSBACKA.format(rubrik=rubrik, mening=mening)
    assert titel(text, {rubrik: 18.0}) == vantat
