"""Title and list misses as classes (rest45, session 45): a press release's bold lead that is a whole sentence
('Utgivarnas styrelse är överens om att … måste stärkas och utvecklas.') and a members' news heading whose
part after the remiss label is the sender's stance ('Nyinkommen remiss – behov att synliggöra …') were taken as
the title, though a title names the matter and neither names one (null when nothing else does); and the
matter read from a sentence in its definite running form ('tycka till om förslaget till detaljplan för
Karlslund 3:4') though the page names it as such too ('handlingar tillhörande förslag till detaljplan för
Karlslund 3:4'); a web form's heading that alone names the plan ('Synpunkt Hästen 4 m.fl'); and a sändlista
whose two columns a text extraction ran together row by row (remiss.hopskriven_lista). Real lines from the
corpus (the '# source:' lines of the tests/korpus/*/*.txt files) and the same kinds in words written for the test
(another sender, 'Mörby')."""

# ruff: noqa: E501  (the documents' own lines are kept as they stand)

from __future__ import annotations

import tomllib
from dataclasses import replace
from pathlib import Path

import pytest

from remiss.extract import extract_remiss
from remiss.extract.titel import bare_proposal, form_matter, stance_heading, statement_heading
from remiss.hopskriven_lista import run_together_block
from remiss.instanser import find_instanser
from tests.test_riktiga_missiv15 import lines_of, part_of
from tests.test_riktiga_missiv31 import UTGIVARNA  # prov29/utgivarna-sjalvreglering-synpunkter
from tests.test_riktiga_titel22 import titel

TITEL_TOML = Path(__file__).resolve().parents[1] / "modeller" / "titel.toml"


# the same kind in other words: an association's bold lead, a sentence on what it wants
MORBY_LEDARE = """Pressmeddelande 2025-03-03
Mörby byalags styrelse anser att föreningens arbete med bygdens vägar måste bli bättre och öppnare.
Styrelsen vill höra vad medlemmarna tycker innan årsmötet. Som underlag bifogas styrelsens promemoria.
Synpunkter lämnas senast den 1 maj 2025 till byalaget@morby.se."""

# missiv/famna-privat-sjukvardsforsakring-nyinkommen-remiss (famna.org, a members' news item; its lines as the
# printed page wraps them)
FAMNA = """Nyinkommen remiss – behov att synliggöra idéburen
sektor och säkerställa behovsprincipen
Lagändringarna ska förtydliga att inom offentligt finansierad hälso- och
sjukvårdsverksamhet får hälso- och sjukvård ges inom ramen för en privat
sjukvårdsförsäkring enbart om människovärde-, behovs- och solidaritetsprinciperna
inte åsidosätts. Det ska tydliggöras att kostnadseffektivitetsprincipen är underordnad
dessa principer.
Remissen berör de privata vårdgivare som ger vård inom ramen för
sjukvårdsförsäkringar och offentligt finansierad hälso- och sjukvård, och omfattar
alltså inte verksamheter som är helt privat finansierade.
Vi noterar att den idéburna sektorn är osynliggjord i remissen. På enstaka ställen
räknas vi förmodligen in under ”privata företag”, utan åtskillnad mellan den idéburna
sektorn och den privata. Dessutom poängteras på ett par ställen att regeringen vill
reglera så att aktörerna som verkar i välfärden har verksamheten som främsta
drivkraft och inte vinstintresset, trots att det är kärnan hos Famnas medlemmars
verksamheter osynliggörs sektorn. Dessa är några av de centrala perspektiv som
Famna kommer lyfta i sitt remissvar.
Vill du som medlem vara en del i utformandet av remissvaret eller har kommentarer
och funderingar kring remissen så kontakta Felicia Lindelöw.
Ta del av remissen här.
Senast uppdaterad 2019-08-27"""

# the same kind in other words: a federation's news on a remiss it got, its stance after the label
MORBY_STANDPUNKT = """Ny remiss – viktigt att föreningslivet får vara med
Förbundet har fått en ny remiss från kommunen. Vi kommer att lyfta föreningarnas roll i vårt svar.
Vill du som medlem vara med och forma svaret, hör av dig till Anna Berg senast den 1 april 2025."""


@pytest.mark.parametrize(
    ("text", "rubrik"),
    [
        (UTGIVARNA, "Utgivarnas styrelse är överens om att mediernas självreglering måste stärkas och utvecklas."),
        (MORBY_LEDARE, "Mörby byalags styrelse anser att föreningens arbete med bygdens vägar måste bli bättre och öppnare."),
    ],
)
def test_rubrik_som_ar_en_hel_mening_ar_ingen_titel(text: str, rubrik: str) -> None:
    """A bold lead that is a whole sentence, its full stop kept, states a view and names no matter; nothing
    below names one either: no title (first run: the whole sentence)."""
    assert titel(text, {rubrik: 14.0}) is None


@pytest.mark.parametrize(
    ("text", "rubriker"),
    [
        (FAMNA, ("Nyinkommen remiss – behov att synliggöra idéburen", "sektor och säkerställa behovsprincipen")),
        (MORBY_STANDPUNKT, ("Ny remiss – viktigt att föreningslivet får vara med",)),
    ],
)
def test_standpunkt_efter_remissetiketten_ar_ingen_titel(text: str, rubriker: tuple[str, ...]) -> None:
    """A news heading whose part after the remiss label is the sender's stance ('behov att …', 'viktigt att
    …') names no matter; the text names none: no title (first run: the whole heading)."""
    assert titel(text, dict.fromkeys(rubriker, 15.0)) is None


@pytest.mark.parametrize(
    "rubrik",
    [
        "Utgivarnas styrelse är överens om att mediernas självreglering måste stärkas och utvecklas.",
        "Kommunen har beslutat att skolan i Mörby ska byggas om under nästa år.",
    ],
)
def test_hel_mening_med_punkt(rubrik: str) -> None:
    """titel.statement_heading: a heading of some words with a finite verb and its full stop is a sentence."""
    assert statement_heading(rubrik)


@pytest.mark.parametrize(
    "rubrik",
    [
        "Detaljplan för Kvarnen 4 m.fl.",  # a name's abbreviation, no full stop
        "Förslaget till ny översiktsplan är ute på samråd.",  # names a document: the rules read its matter
        "Ny avfallsplan är klar.",  # short: left to the rules that read a news heading
        "Utgivarna vill stärka det självsanerande medieetiska systemet",  # no full stop: a heading
    ],
)
def test_inte_hel_mening(rubrik: str) -> None:
    """titel.statement_heading: a name's 'm.fl.', a heading naming a document, a short one or one without a
    full stop is left as it was."""
    assert not statement_heading(rubrik)


def test_standpunktsrubrikens_exempel() -> None:
    """modeller/titel.toml [standpunktsrubrik]: each example is a stance, no counterexample is."""
    data = tomllib.loads(TITEL_TOML.read_text(encoding="utf-8"))["standpunktsrubrik"]
    for exempel in data["exempel"]:
        assert stance_heading(exempel), exempel
    for motexempel in data["motexempel"]:
        assert not stance_heading(motexempel), motexempel


# missiv/ostersund-biltema-karlslund-granskning-2017 (ostersund.se, the kommun's news; its lines as the printed
# page wraps them, the link's screen-reader note 'länk till annan webbplats' run into the plan's number)
OSTERSUND = """Publicerad 2017-05-01
Fortfarande möjligt att lämna synpunkter om Biltema
Du kan fortfarande lämna synpunkter om det förslag till detaljplan som skulle göra det
möjligt för Biltema att etablera sig vid Lillängerondellen. Granskningsfasen av
detaljplaneprocessen pågår fram till den 8 maj.
Ändringar i detta omgjorda förslag till detaljplan är som vi tidigare berättat omlänk till
annan webbplats bland annat att byggnadens storlek minskats från 9 000 till 7 300
kvadratmeter och den maximala höjden minskats från 13 till 9 meter. Byggnaden har
också flyttats längre bort från Erikslund.
Det omgjorda förslaget har också kompletterats med ett antal utredningar, bland
annat om bullernivåer, trafikkapacitet och dagvattenhantering. Hela förslaget
inklusive utredningar och övriga bilagor hittar du på vår sida om detaljplaner på gång.
Läs mer och se handlingar tillhörande förslag till detaljplan för Karlslund 3:4länk till
annan webbplats
Handlingarna finns också att läsa i pappersform i Rådhusets foajé samt på Östersunds
bibliotek.
Så gör du för att tycka till
Du som vill tycka till om förslaget till detaljplan för Karlslund 3:4, som behandlar
förutsättningarna för Biltemas etablering, har flera vägar att gå.
Du kan skicka dina synpunkter via e-post till adressen
samhallsbyggnad@ostersund.se.
Du kan också skicka in synpunkter med vanlig post, då gör du det till följande adress:
Östersunds kommun
Samhällsbyggnad
831 82 Östersund
Kom ihåg att skriva tydligt vad du vill lämna synpunkter på!
Sista dag att lämna in synpunkter är den 8 maj.
Vad händer sedan?
När granskningstiden gått ut, sammanfattar planhandläggaren alla synpunkter som
kommit in i ett så kallat granskningsyttrande, där planhandläggaren också föreslår
hur synpunkterna ska behandlas. Kommunstyrelsen tar sedan ställning till
planhandläggarens förslag."""

# the same kind in other words: a plan page that names the proposal bare in its link, definite in its call
MORBY_PLAN = """Nu kan du tycka till om nya bostäder vid Mörby strand
Kommunen har tagit fram ett förslag till detaljplan. Läs mer och se handlingar tillhörande förslag till detaljplan för Mörby 2:14länk till annan webbplats
Handlingarna finns också i kommunhusets entré.
Så gör du för att tycka till
Du som vill tycka till om förslaget till detaljplan för Mörby 2:14 kan skicka dina synpunkter till plan@morby.se senast den 8 maj 2025."""


@pytest.mark.parametrize(
    ("text", "rubriker", "arende"),
    [
        (OSTERSUND, {"Publicerad 2017-05-01": 15.0, "Fortfarande möjligt att lämna synpunkter om Biltema": 15.0,
                     "Så gör du för att tycka till": 11.5, "Vad händer sedan?": 11.5},
         "förslag till detaljplan för Karlslund 3:4"),
        (MORBY_PLAN, {"Nu kan du tycka till om nya bostäder vid Mörby strand": 15.0,
                      "Så gör du för att tycka till": 11.5}, "förslag till detaljplan för Mörby 2:14"),
    ],
)
def test_forslaget_i_bestamd_form_ger_plats_for_forslagets_namn(text: str, rubriker: dict[str, float],
                                                                 arende: str) -> None:
    """The matter read in its definite running form ('tycka till om förslaget till detaljplan för …') is the
    proposal the text also names bare ('handlingar tillhörande förslag till detaljplan för …', a link with its
    screen-reader note run in): the bare form is its name (first run: 'förslaget till …')."""
    assert titel_pa_sidan(text, rubriker) == arende


def titel_pa_sidan(text: str, rubriker: dict[str, float]) -> str | None:
    """Return the title tolka reads from text's lines as a printed page sets them: the lines in `rubriker`
    bold at their size, the others at the body's 10.5 points."""
    rader = [replace(rad, size=rubriker[rad.text], bold=True) if rad.text in rubriker else replace(rad, size=10.5)
             for rad in lines_of(text)]
    remiss = extract_remiss("x.pdf", part_of(rader))
    assert remiss is not None
    return remiss.titel


def test_bestamd_form_star_kvar_utan_namn_i_obestamd_form() -> None:
    """titel.bare_proposal: no bare form of the same matter in the text, or another matter bare: the title stands."""
    titeln = "förslaget till ny översiktsplan"
    assert bare_proposal(titeln, "Tyck till om förslaget till ny översiktsplan.") == titeln
    assert bare_proposal(titeln, "Ett förslag till ny översiktsplan för Mörby stad.") == titeln
    assert bare_proposal(titeln, "Förslag till ny översiktsplan. Läs det här.") == "Förslag till ny översiktsplan"


# missiv/taby-hasten4-granskning-2021 (taby.se, the plan's page saved without its heading; facit doubtful, the
# plan is named only in the form's heading)
TABY = """Detaljplanens syfte och innehåll
Detaljplanens syftar till att fortsätta utbyggnaden av Täby parks tydliga stadsstruktur
med hög arkitektonisk kvalitet, varierad bebyggelse med attraktiva miljöer och ett
funktionsblandat innehåll. Planen kommer möjliggöra för blandad stadsbebyggelse
med cirka 600 bostäder i form av flerbostadshus, lokaler för centrumändamål i
bottenvåningarna, offentlig service i form av en förskola samt kontor i anslutning till
Boulevarden och Bergtorpsvägen. Fler användningar möjliggörs i syfte att skapa en
flexibilitet och möjlighet att innehållet ska kunna utvecklas över tid och efter behov.
Bebyggelsen är ordnad i en tydlig kvartersstruktur och ansluter i skala och
gestaltningsprinciper till de två intilliggande detaljplanerna.
Planprocessen
Planen upprättas med standardförfarande och enligt PBL 2010:900.
Detaljplanen godkändes för granskning av stadsbyggnadsnämnden den 20 april 2021.
Under utställningstiden finns handlingarna tillgängliga i kommunhusets entré,
Esplanaden 3.
Frågor om planförslaget ställs till ansvarig planarkitekt Sofia Thuresson Rudenschöld,
tfn 08-55 55 93 67 eller e-post sofia.rudenschold@taby.se
Synpunkter på förslaget ska ha inkommit skriftligt senast den 17 maj till Täby
kommun. Lämna dina synpunkter till sbn@taby.se eller posta till:
Täby kommun
Stadsbyggnadsnämnden
183 80 Täby
Ange Dnr SBN 2019/59-20 samt ditt namn och din adress.
De sakägare som senast under granskningen lämnat synpunkter som inte har
tillgodosetts har rätt att överklaga detaljplanen under prövningstiden efter beslut om
antagande. Synpunkter som framförts under samrådet behöver inte framföras på nytt.
Eller använd formuläret nedan.
Synpunkt Hästen 4 m.fl"""

# the same kind in other words: a plan page whose form alone names the property
MORBY_FORMULAR = """Planens syfte
Detaljplanen ska möjliggöra ett tiotal nya bostäder vid Mörby torg.
Granskning
Detaljplanen är ute på granskning. Synpunkter ska ha kommit in senast den 2 juni 2025 till plan@morby.se.
Eller använd formuläret nedan.
Lämna synpunkter på Kvarnen 3:4"""


@pytest.mark.parametrize(
    ("text", "rubriker", "arende"),
    [
        (TABY, {"Detaljplanens syfte och innehåll": 11.5, "Planprocessen": 11.5}, "Hästen 4 m.fl"),
        (MORBY_FORMULAR, {"Planens syfte": 15.0, "Granskning": 11.5}, "Kvarnen 3:4"),
    ],
)
def test_formularets_rubrik_namnger_fastigheten(text: str, rubriker: dict[str, float], arende: str) -> None:
    """A plan page whose headings name only its sections, whose text says only 'detaljplanen': the property
    the web form's heading names the views on is the matter (first run: null)."""
    assert titel_pa_sidan(text, rubriker) == arende


def test_formularrubrik_utan_fastighet() -> None:
    """titel.form_matter: a form heading that names no property ('Synpunkter', 'Lämna synpunkter på
    planen') names nothing."""
    assert form_matter(lines_of("Synpunkter\nLämna synpunkter på planen\nSynpunkt på förslaget")) is None


def test_remissrubrik_hopfogad_med_meningen_under_ar_ingen_hel_mening() -> None:
    """titel.statement_heading: a regeringen.se page's 'Remiss av promemorian X' run into the sentence under it
    ('Här kan du ta del av vilka instanser som … har remitterat …') is the label's heading, no statement; nor is a
    heading whose own line has no verb (bench_g0vse: the H1 title stayed)."""
    rubrik = "Remiss av promemorian Ytterligare skattesänkningar för personer över 65 år"
    block = f"{rubrik} Här kan du ta del av vilka instanser som Finansdepartementet har remitterat promemorian Ytterligare skattesänkningar för personer över 65 år."
    assert not statement_heading(block, rubrik)
    egen = "Översyn av regler för personer över 65 år i Mörby kommun"
    assert not statement_heading(f"{egen} Här kan du ta del av vilka som har fått remissen.", egen)


# missiv/goteborg-sbk-vastlanken-nordstan-samrad-sandlista (a kommunfullmäktige handling's text as a PDF
# extraction gave it: the sändlista's two columns run together row by row, its lines as the page wraps them)
GOTEBORG = """Sändlista
Försvarsmakten Högkvarteret, HKV Kommunala nämnder och Göteborgsregionen (GR) bolag m.fl.
Lantmäterimyndigheten Fastighetskontorets Luftfartsverket tillgänglighetsavd Länsstyrelsen
Fastighetsnämnden/kontoret Polismyndigheten Göteborg Energi AB (Fjärrvärme) PostNord Distribution
Göteborg Energi Gasnät AB Skanova Nätplanering D3N Göteborg Energi GothNet AB Statens geotekniska
institut Göteborg Energi Nät AB Swedavia AB Göteborgs Hamn AB Svenska Kraftnät Göteborgs Stads
Parkerings AB Trafikverket Idrotts- och Vattenfall Eldistribution AB föreningsnämnden/förvaltningen
Västfastigheter Ledningsstab, Kretslopp och Vatten Flygplatschefen Kulturnämnden/förvaltningen
Västtrafik AB Lokalsekretariatet Miljö- och Sakägare klimatnämnden/Miljöförvaltninge Utsänt enligt
fastighetsförteckning n
Bostadsrättsinnehavare, Namnberedningen och GDA adresser hyresgäster, boende Park- och
Hyresgästfören. Region V Sverige naturnämnden/förvaltningen Övriga Räddningstjänsten Storgöteborg
E.on Social resursnämnd Weum Gas AB Stadsdelsnämnden/förvaltning i Göteborgs spårvägar Centrum
Higab Stadsledningskontoret Jernhusen AB, Region Väst Trafiknämnden/kontoret Naturskyddsfören.i Gbg
Utbildningsnämnden/förvaltninge n Swedegas Svensk Handel Statliga och regionala Västfastigheter,
Distrikt Göteborg myndigheter m.fl. Älvstranden Utveckling AB Business Region Göteborg AB"""

# the same kind in other words: one column of names run together into a paragraph
MORBY_SANDLISTA = """Sändlista
Länsstyrelsen Trafikverket Mörby Energi AB Mörby Energi Nät AB Polismyndigheten Statens geotekniska institut
Kulturnämnden/förvaltningen Mörby Hamn AB Mörbyhus AB Svenska Kraftnät Lantmäterimyndigheten
Räddningstjänsten Idrotts- och föreningsnämnden Mörby Vatten AB Miljöförvaltningen Skolverket"""


def _namn(text: str) -> list[str]:
    return [i.namn for i in find_instanser(lines_of(text))[0]]


def test_sandlistans_spalter_inflatade_rad_for_rad() -> None:
    """A sändlista whose two columns a text extraction ran together row by row: the names are read back by
    what ends and starts a name, a lower-case rest going to the name left open in the other column
    ('Fastighetskontorets' … 'tillgänglighetsavd'); the columns' headings are no names. The reading is partial
    (capitalised names in a row stay together): most names right, none of the headings (first run: one row
    as one name, F1 0)."""
    namn = _namn(GOTEBORG)
    for ratt in ("Fastighetskontorets tillgänglighetsavd", "Luftfartsverket", "Göteborgsregionen (GR)",
                 "Idrotts- och föreningsnämnden/förvaltningen", "Vattenfall Eldistribution AB",
                 "Göteborg Energi Gasnät AB", "PostNord Distribution", "Statens geotekniska institut",
                 "Miljö- och klimatnämnden/Miljöförvaltningen", "Park- och naturnämnden/förvaltningen",
                 "Hyresgästfören. Region V Sverige", "Jernhusen AB, Region Väst", "Business Region Göteborg AB"):
        assert ratt in namn, ratt
    assert not any(n.endswith("m.fl.") or n in ("Sakägare", "Övriga") for n in namn)
    assert 40 <= len(namn) <= 52


def test_en_spalt_hopskriven() -> None:
    """One column of names run together is read back whole."""
    assert _namn(MORBY_SANDLISTA) == [
        "Länsstyrelsen", "Trafikverket", "Mörby Energi AB", "Mörby Energi Nät AB", "Polismyndigheten",
        "Statens geotekniska institut", "Kulturnämnden/förvaltningen", "Mörby Hamn AB", "Mörbyhus AB",
        "Svenska Kraftnät", "Lantmäterimyndigheten", "Räddningstjänsten", "Idrotts- och föreningsnämnden",
        "Mörby Vatten AB", "Miljöförvaltningen", "Skolverket"]


def test_lista_med_ett_namn_per_rad_och_lopande_text_lases_inte_hopskrivna() -> None:
    """run_together_block: a list with a name a line, or a paragraph of sentences under the heading, is no
    paragraph of names run together."""
    per_rad = lines_of("Länsstyrelsen i Mörby län\nTrafikverket Region Mitt\nMörby Energi AB\nPolismyndigheten")
    assert run_together_block(per_rad) is None
    prosa = lines_of("Remissen skickas till de myndigheter och organisationer som berörs av planen i Mörby.\n"
                     "Synpunkterna ska ha kommit in senast den 1 juni 2025 till kommunens registrator.\n"
                     "Den som inte har lämnat synpunkter kan förlora rätten att överklaga beslutet.")
    assert run_together_block(prosa) is None
