"""prov21's first-run title misses as classes (titel23, session 23): the package's word before the matter ('Planförslag
gällande revidering av del av dagsmark delgeneralplan', 'Beredningsmaterialet för M3 Detaljplan för … läggs fram')
and the kind and its addressees after a dash ('… – remiss till alla medlemmar'). Each class is tried on the
reported page as it stands and in other wording (a paraphrase written for the test), set large and bold as the
pages set their headings (sources in the '# source:' line of each tests/korpus/prov21/<id>.txt)."""

# ruff: noqa: E501  (the documents' own lines are kept as they stand)

from __future__ import annotations

import tomllib
from dataclasses import replace
from pathlib import Path

import pytest

from remiss import titelmodell
from remiss.extract.core import _learned_titel, clean_title, material_stripped
from remiss.extract.text import Found
from tests.test_riktiga_missiv15 import lines_of
from tests.test_riktiga_missiv23 import KRISTINESTAD  # prov21/kristinestad, the notice board's post
from tests.test_riktiga_titel22 import titel

TITEL_TOML = Path(__file__).resolve().parent.parent / "modeller" / "titel.toml"


# prov21/sibbo-m3-danielsbacka-beredningsmaterial (sipoo.fi, the notice's page)
SIBBO = """< Kungörelser
01.11.2018
Beredningsmaterialet för M3 Detaljplan för Massby Danielsbacka bostadsområde läggs fram
Markanvändningssektionen har beslutat lägga fram beredningsmaterialet för detaljplan för Massby Danielsbacka bostadsområde (plan M3). I beredningsmaterialet ingår detaljplanebeskrivningen med bilagor samt två alternativa utkast till detaljplanekarta.
Beredningsmaterialet är framlagt 1.11.–3.12.2018 vid kundbetjäningsdisken i Sockengården. Eventuella åsikter om beredningsmaterialet ska lämnas in skriftligt senast 3.12.2018 till Sibbo kommun, Utvecklings- och planläggningscentralen, PB 7, 04131 SIBBO eller per e-post till registrering@sibbo.fi."""


@pytest.mark.parametrize("storlek", [10.0, 16.0])
@pytest.mark.parametrize(
    ("rubrik", "vantat"),
    [
        ("Planförslag gällande revidering av del av dagsmark delgeneralplan",  # the page's own
         "revidering av del av dagsmark delgeneralplan"),
        ("Planförslag gällande ändring av Bötombergets detaljplan", "ändring av Bötombergets detaljplan"),
        ("Samrådshandlingar för ny översiktsplan för Näsby kommun", "ny översiktsplan för Näsby kommun"),
        ("Granskningshandling avseende detaljplan för Kvarnen 4", "detaljplan för Kvarnen 4"),
        ("Förslag gällande ny avfallsplan för Mora kommun", "ny avfallsplan för Mora kommun"),
        ("Remissunderlag för revidering av renhållningsordningen", "revidering av renhållningsordningen"),
    ],
)
def test_handlingarnas_ord_fore_arendet(rubrik: str, vantat: str, storlek: float) -> None:
    """The package's word and its preposition before a matter that names a document's kind ('Planförslag
    gällande', 'Samrådshandlingar för', 'Granskningshandling avseende', 'Remissunderlag för') say what is laid out,
    not what is remitted: the title is the matter (prov21/kristinestad-dagsmark-delgeneralplan-forslag, first
    run the heading whole; titel.toml [materialram]).
    source: https://www.kristinestad.fi/kungorelser/planforslag-gallande-revidering-av-del-av-dagsmark-delgeneralplan"""
    text = KRISTINESTAD.replace(KRISTINESTAD.splitlines()[0], rubrik, 1)
    assert titel(text, {rubrik: storlek}) == vantat


@pytest.mark.parametrize("storlek", [10.0, 16.0])
@pytest.mark.parametrize(
    ("rubrik", "vantat"),
    [
        ("Beredningsmaterialet för M3 Detaljplan för Massby Danielsbacka bostadsområde läggs fram",  # the page's own
         "M3 Detaljplan för Massby Danielsbacka bostadsområde"),
        ("Planmaterialet för detaljplan för Söderkulla centrum läggs fram", "detaljplan för Söderkulla centrum"),
        ("Beredningsmaterial gällande N12 Detaljplan för Nickby gård läggs nu fram", "N12 Detaljplan för Nickby gård"),
    ],
)
def test_beredningsmaterialet_laggs_fram(rubrik: str, vantat: str, storlek: float) -> None:
    """A Finnish notice's heading with the material's word before the plan and 'läggs fram' after it (the
    procedure's verb, titel.toml [forfarande_ram] efter): the title is the plan's name with its code
    (prov21/sibbo-m3-danielsbacka-beredningsmaterial, first run the heading whole).
    source: https://www.sipoo.fi/index.php?mid=1604&itemid=56070&a=viewItem"""
    heading = SIBBO.splitlines()[2]
    text = SIBBO.replace(heading, rubrik, 1)
    assert titel(text, {rubrik: storlek}) == vantat


@pytest.mark.parametrize(
    "rubrik",
    [
        "Lagförslag om reform av kommunstrukturen på Åland",  # missiv/aland-kommunstruktur-remiss: no kind after it
        "Förslag till ny avfallsplan",  # 'Förslag till' stays (README, Facit)
        "Förslag om uppgiftskrav för mycket tunna plastbärkassar",
        "Budgetförslag för 2025",
        "Författningsförslag om sanktioner för överträdelser av fartygsåtervinningsförordningen",  # g0vse: the proposal is remitted
        "Underlag för granskningen kan ni själv ladda ner",
        "underlag inför beslut om riktlinjer för forskning och innovation på energiområdet",  # prov2/rk-m2015: the underlag is remitted
        "Handlingsplan för grön infrastruktur",  # a kind, no package's word
        "Planförslaget",
    ],
)
def test_handlingarnas_ord_star_kvar_utan_arende(rubrik: str) -> None:
    """The package's word stays when what follows names no document's kind, and a proposal 'till/på/om' is the
    matter's own name."""
    assert material_stripped(rubrik) == rubrik


def test_materialramens_exempel() -> None:
    """modeller/titel.toml [materialram]: each example loses its package's word, each counterexample stays."""
    data = tomllib.loads(TITEL_TOML.read_text(encoding="utf-8"))["materialram"]
    for exempel in data["exempel"]:
        rubrik, vantat = (s.strip() for s in exempel.split("=>"))
        assert material_stripped(rubrik) == vantat, rubrik
    for rubrik in data["motexempel"]:
        assert material_stripped(rubrik) == rubrik, rubrik


# prov21/skoldkortel-intressepolitiskt-program-remiss (skoldkortelforbundet.se, the association's post)
SKOLDKORTEL = """Intressepolitiskt program för föreningen – remiss till alla medlemmar
På årsmötet i mars 2016 beslutades att Sköldkörtelföreningen skulle ta fram ett program för föreningens intressepolitik. Styrelsen har utarbetat ett förslag, som styrelsen föreslår antas vid föreningens årsmöte den 25 mars 2017.
Nu inbjuds alla medlemmar att inkomma med synpunkter. Synpunkterna sänds till info@skoldkortelforeningen.se före den 15 februari."""


@pytest.mark.parametrize("storlek", [10.0, 16.0])
@pytest.mark.parametrize(
    ("rubrik", "vantat"),
    [
        ("Intressepolitiskt program för föreningen – remiss till alla medlemmar",  # the page's own
         "Intressepolitiskt program för föreningen"),
        ("Verksamhetsplan 2025 – remiss till medlemsföreningarna", "Verksamhetsplan 2025"),
        ("Nya stadgar för förbundet - remissutskick till samtliga distrikt", "Nya stadgar för förbundet"),
        ("Idéprogram för partiet – öppen remiss bland medlemmarna", "Idéprogram för partiet"),
    ],
)
def test_remiss_till_mottagarna_efter_tankstreck(rubrik: str, vantat: str, storlek: float) -> None:
    """The kind and its addressees after a dash ('– remiss till alla medlemmar') say who is asked, not what is
    remitted (prov21/skoldkortel-intressepolitiskt-program-remiss, first run the heading whole; titel.toml
    [[efter]] tankstreck_remiss_till).
    source: https://skoldkortelforbundet.se/intressepolitiskt-program-for-foreningen-remiss-till-alla-medlemmar/"""
    text = SKOLDKORTEL.replace(SKOLDKORTEL.splitlines()[0], rubrik, 1)
    assert titel(text, {rubrik: storlek}) == vantat


@pytest.mark.parametrize(
    "rubrik",
    [
        "En ny kommunallag – för framtidens utmaningar",  # a report's subtitle after the dash
        "Ett Sverige – till för alla",
        "Kulturplan 2030 – remiss och dialog",
    ],
)
def test_undertitel_efter_tankstreck_star_kvar(rubrik: str) -> None:
    """A subtitle after a dash stays; only the remiss's kind with 'till/bland' and its addressees goes."""
    assert clean_title(rubrik) == rubrik


@pytest.mark.parametrize(
    ("regel", "modell", "vantat"),
    [
        # the first run's own, after the package's word is struck (prov21/kristinestad: the date line under it)
        ("revidering av del av dagsmark delgeneralplan", "revidering av del av dagsmark delgeneralplan 26.04.2021", True),
        # other wording (written for the test)
        ("Detaljplan för Kvarnen 4", "Detaljplan för Kvarnen 4 2021-04-26", True),
        ("Avfallsplan för Mora kommun", "Avfallsplan för Mora kommun, 3 maj 2021", True),
        # a year or a number after it is the name's ('Översiktsplan 2040')
        ("Översiktsplan för Mora kommun", "Översiktsplan för Mora kommun 2040", False),
    ],
)
def test_sidans_datum_efter_titeln_namnger_inget_mer(regel: str, modell: str, vantat: bool) -> None:
    """The model's candidate that is the rules' title with the page's date line joined ('26.04.2021') names
    nothing more: the rules' stays (`titelmodell.rules_name_more`); a year after it is part of the name."""
    assert titelmodell.rules_name_more(regel, modell) is vantat


# The held-out sets' first runs (prov5–prov20) where the rules' title was no candidate of the model at all (cut
# out of a line, a line below the opening ones) and the model had the matter: the model never replaced it
# (titel22: 'Kvar i klassen'; the study in tests/korpus/README.md, Titelmodellen, titel23)
def _bedomning(*kandidater: tuple[str, float, bool]) -> titelmodell.Titelbedomning:
    """Return a model's reading of the given (text, probability, cut by a line end) candidates, best first."""
    rad = lines_of("x")[0]
    return titelmodell.Titelbedomning(tuple(
        (titelmodell.Kandidat(text, 0, 1, "rad", rad, radslut), p) for text, p, radslut in kandidater))


@pytest.mark.parametrize(
    ("regel", "rad", "modell", "p", "vantat"),
    [
        # the first runs' own (prov17/gotene-op2018-forlangd-samradstid, prov18/nordmaling-lis-samrad)
        ("till 14 oktober 2018 - Översiktsplan för Götene kommun 2018",
         "Förlängd samrådstid till 14 oktober 2018 - Översiktsplan för Götene kommun 2018",
         "Översiktsplan för Götene kommun 2018", 0.99, True),
        ("- standardförfarande - Landsbygdsutveckling i strandnära läge",
         "UNDERRÄTTELSE om Samråd - standardförfarande - Landsbygdsutveckling i strandnära läge",
         "Landsbygdsutveckling i strandnära läge", 0.69, True),
        # other wording (written for the test)
        ("till 1 mars 2024 - Avfallsplan för Mora kommun 2030", "Förlängd remisstid till 1 mars 2024 - Avfallsplan för Mora kommun 2030",
         "Avfallsplan för Mora kommun 2030", 0.8, True),
        # not sure enough: filled only as a missing title is (titelmodell.FYLL)
        ("till 1 mars 2024 - Avfallsplan för Mora kommun 2030", "Förlängd remisstid till 1 mars 2024 - Avfallsplan för Mora kommun 2030",
         "Avfallsplan för Mora kommun 2030", 0.45, False),
        # a title read below the lines the model reads: it knows nothing of it (prov5/goteborg-heden-samrad with
        # the model retrained on prov21: the text's full name of the plan, the model's the page's heading; and
        # prov20/gullspang-otterbacken-granskning's first run, a heading far down, stays too)
        ("Detaljplan för verksamheter och kategoribostäder vid Smålandsgatan inom stadsdelen Heden",
         "Heden - Verksamheter och bostäder vid Smålandsgatan", "Heden - Verksamheter och bostäder vid Smålandsgatan", 0.9, False),
        ("Detaljplanens olika steg", "Södra Otterbäcken", "Södra Otterbäcken", 0.57, False),
        # read out of a sentence (missiv/s-jonkoping-landsbygdsplan-synpunkter in the PDF layouts, where the
        # sentence wraps and a candidate holds the rules' title)
        ("ny plan för framtiden för kommunens mindre tätorter och landsbygden",
         "Vi har i kommunen varit med och tagit fram förslag på en ny plan för framtiden för kommunens mindre tätorter och landsbygden",
         "hur framtidens kommun ska byggas", 0.8, False),
        ("ny plan för framtiden för kommunens mindre tätorter och landsbygden",
         "en ny plan för framtiden för kommunens mindre tätorter och landsbygden",  # the sentence's stretch
         "hur framtidens kommun ska byggas", 0.8, False),
        # the same matter in other words (missiv/kalmar-oversiktsplan-granskning-2022: the rules' 'ny översiktsplan'
        # of the text, the heading's 'Nytt förslag på översiktsplan')
        ("ny översiktsplan", "Vi har ett nytt förslag: ny översiktsplan", "Nytt förslag på översiktsplan", 0.99, False),
        ("den nya avfallsplanen", "Tyck till om den nya avfallsplanen", "Förslag till ny avfallsplan", 0.9, False),
        # the rules' names more (titelmodell.rules_name_more), or goes on past the model's cut at a line end
        # (prov3/lv-hslf-fs-2016-34-sandlista in studie_arende's simulation)
        ("Kulturplan för Västernorrland 2023-2026", "Remiss: Kulturplan för Västernorrland 2023-2026", "Kulturplan", 0.9, False),
        ("förslag till föreskrifter om ändring i Läkemedelsverkets föreskrifter (HSLF-FS 2016:34) om förordnande",
         "Remiss av förslag till föreskrifter om ändring i Läkemedelsverkets föreskrifter (HSLF-FS 2016:34) om förordnande",
         "förslag till föreskrifter om ändring i Läkemedelsverkets", 0.9, False),
        # the rules' procedure after the model's is no more ('… ute på granskning')
        ("Detaljplan för Norra hamnen ute på granskning", "Granskning: Detaljplan för Norra hamnen ute på granskning",
         "Detaljplan för Norra hamnen", 0.9, True),
    ],
)
def test_reglernas_titel_utan_kandidat(regel: str, rad: str, modell: str, p: float, vantat: bool) -> None:
    """A rules' title the model cannot make but cut out of a line it reads after a frame ('till 14 oktober
    2018 - …' of 'Förlängd samrådstid till 14 oktober 2018 - …') is one it cannot weigh; the model replaces it as it fills a
    missing title, from FYLL, unless the rules' is the same matter in other words or names more
    (`titelmodell.overrules`)."""
    bedomning = _bedomning((modell, p, False), (rad, 1 - p, False))
    fick = titelmodell.overrules(bedomning, regel)
    assert (fick is not None and fick.text == modell) is vantat


def test_radslutets_kandidat_bedoms_inte() -> None:
    """A rules' title the model makes only as a stretch a line end cut is still not judged: another layout's
    line breaks would not make it (missiv/kalmar in hogerblock and a5, korpus README)."""
    bedomning = _bedomning(("Nytt förslag på översiktsplan", 0.9, False),
                           ("samrådsförslaget för ny översiktsplan", 0.05, True))
    assert titelmodell.overrules(bedomning, "samrådsförslaget för ny översiktsplan") is None


# prov17/gotene-op2018-forlangd-samradstid (gotene.se, the news archive's page)
GOTENE = """Gammal nyhet
Den här nyheten publicerades och är kanske inte aktuell längre.
Publicerad klockan .
Förlängd samrådstid till 14 oktober 2018 - Översiktsplan för Götene kommun 2018
Publicerad: klockan
Översiktsplanen syftar till att visa kommunens viljeinriktning kring den framtida mark och vattenanvändningen. Fem stycken områden har fått extra fokus i översiktsplanen: bostäder, infrastruktur, klimatanpassning, jordbruksmark och skogsmark samt arbetspendling."""


def test_modellen_ersatter_en_titel_den_inte_kan_gora() -> None:
    """End to end (prov17/gotene-op2018-forlangd-samradstid's first run): the rules' title a cut of the
    heading line ('till 14 oktober 2018 - Översiktsplan för Götene kommun 2018', no candidate), the model's the
    plan's name; the model replaces it.
    source: https://www.gotene.se/byggaboochmiljo/nyhetsarkivbyggaboochmiljo/forlangdsamradstidtill14oktober2018oversiktsplanforgotenekommun2018.25281.html"""
    rader = lines_of(GOTENE)
    rader[3] = replace(rader[3], size=18.0, bold=True)
    regel = Found("till 14 oktober 2018 - Översiktsplan för Götene kommun 2018", rader[3],
                  "största fetstilta eller stora rubriken på första sidan")
    fick = _learned_titel(rader, regel)
    assert fick is not None and fick.value == "Översiktsplan för Götene kommun 2018"


# prov21/pargas-norrby-detaljplan-paseende (pargas.fi, the notice's page; the Word copy sets the list item as '•')
PARGAS = """Till innehållet
TILL PÅSEENDE
Följande planförslag kommer att läggas fram offentligt:
• Ändring av detaljplanen för tomt 5 i kvarter 4 samt för en del av det intilliggande parkområdet i Norrby (21) stadsdel i Pargas. Planändringen kan komma att förutsätta ett markanvändningsavtal.
Förslaget finns offentligt framlagt under tiden 17.8 – 16.9.2019 på stadens webbplats (se nedanstående länkar). Samma material finns även att se på planläggningsenhetens anslagstavla i Pargas, adr. Strandvägen 28.
Eventuella anmärkningar om förslaget ska tillställas bygg- och miljönämnden, adr. Strandvägen 28, 21600 Pargas, eller elektroniskt till adressen bygg-miljonamnden@pargas.fi, före anslagstidens utgång.
16.8.2019
Bygg- och miljönämnden"""


@pytest.mark.parametrize("storlek", [10.0, 14.0])
@pytest.mark.parametrize(
    ("infor", "post", "vantat"),
    [
        ("Följande planförslag kommer att läggas fram offentligt:",  # the page's own
         "• Ändring av detaljplanen för tomt 5 i kvarter 4 samt för en del av det intilliggande parkområdet i Norrby (21) stadsdel i Pargas. Planändringen kan komma att förutsätta ett markanvändningsavtal.",
         "Ändring av detaljplanen för tomt 5 i kvarter 4 samt för en del av det intilliggande parkområdet i Norrby (21) stadsdel i Pargas"),
        ("Följande förslag läggs fram till påseende:",
         "- Detaljplan för kvarteret Smedjan i Borgå centrum. Planen möjliggör bostäder i fyra våningar.",
         "Detaljplan för kvarteret Smedjan i Borgå centrum"),
        ("Till allmänt påseende finns följande planutkast:",
         "• Stranddetaljplan för Västra Lillskär. Syftet är att pröva två nya byggplatser.",
         "Stranddetaljplan för Västra Lillskär"),
    ],
)
def test_kungorelsens_enda_listpost_ar_titeln(infor: str, post: str, vantat: str, storlek: float) -> None:
    """A notice whose heading names only the procedure ('TILL PÅSEENDE') and whose text lists the one proposal
    laid out under a line ending with a colon ('Följande planförslag kommer att läggas fram offentligt:') has the
    list item's first sentence as its title, when it names a document's kind (prov21/pargas-norrby-detaljplan-
    paseende, first run no remiss found, then no title).
    source: https://www.pargas.fi/web/tjanster/planer/Paseende/sv_SE/Pagas_NorrbyKv4T5_detaljplanandring_tillpaseende/"""
    rader = PARGAS.splitlines()
    text = "\n".join([*rader[:2], infor, post, *rader[4:]])
    assert titel(text, {"TILL PÅSEENDE": storlek}) == vantat


def test_kungorelsens_lista_med_flera_planer_ger_ingen_titel() -> None:
    """A notice that lists several plans under the colon (missiv/narpes-planer-till-paseende: three changes of
    plans, the first item's sentence wrapped over two lines) names no one matter: no list item is the title."""
    from remiss.extract.core import _listed_proposal

    rader = lines_of("""Planer till påseende
Enligt § 63 i MBL och § 30 i MBF meddelas att till allmänt påseende finns PDB och utkast till ändring för:
• Ändring av delområden av strandgeneralplanen. Ändringen gäller flyttning av
byggplatser
• Ändring av del av Trutören benämnda stranddetaljplan
• Ändring av del av Tjärlax camping benämnda stranddetaljplan""")
    assert _listed_proposal(rader) is None
