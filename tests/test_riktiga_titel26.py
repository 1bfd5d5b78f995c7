"""prov24's first-run title misses as classes (titel26, session 26): a notice's heading that only says a detaljplan
of a kind is laid out, with its law ('UTKAST TILL DETALJPLANEÄNDRING FRAMLAGT (62 § …)'), taken by the title model
over the plan's name; a list page's heading of the posts' state ('Framlagda nu') over the plan's heading; the
procedure's noun before the matter ('Framläggning av förslaget till …'); and a samrådshandling's chapter whose
headings are a fact box ('Grundläggande fakta'), how to take part ('Så här kan du delta i samrådet') and what the kind
is ('Det här är en översiktsplan'), the matter named in the sentence that puts it on samråd ('… finns tillgänglig
för samråd'). Each class is tried on the reported page as it stands and in other wording (paraphrases written for
the test), set large and bold and in the body's size (sources in the '# source:' lines of the
tests/korpus/prov24/*.txt files)."""

# ruff: noqa: E501  (the documents' own lines are kept as they stand)

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from remiss import titelmodell
from remiss.extract.core import (
    clean_title,
    definition_heading,
    generic_heading,
    list_heading,
    notice_heading,
    procedure_frame_stripped,
)
from tests.test_riktiga_missiv26 import GRANKULLA as GRANKULLA_SIDA
from tests.test_riktiga_titel22 import titel

TITEL_TOML = Path(__file__).resolve().parent.parent / "modeller" / "titel.toml"

# prov24/grankulla-ak218-utkast-framlagt (kauniainen.fi, the city's page of an ongoing detaljplan)
# the page as tests/test_riktiga_missiv26.py quotes it, without the site menu's first word ('Valikko')
GRANKULLA = GRANKULLA_SIDA.split("\n", 1)[1]

# the same kind of notice from another town, in other words (written for the test)
BORGBY = """En del av kvarter 7 samt park- och trafikområden
FÖRSLAG TILL DETALJPLAN FRAMLAGT (65 § i MarkByggL och 27 § i MarkByggF)
Dp 412
En del av kvarter 7 samt park- och trafikområden
Planområdet omfattar en del av kvarter 7 samt park- och trafikområden i 3:e stadsdelen.
Syftet är att möjliggöra bostäder i kvarteret och att bevara parken vid stranden.
Förslaget är framlagt på anslagstavlan i stadshuset 3.9.2024–4.10.2024 samt på stadens webbplats.
Kommunmedlemmarna och intressenterna har rätt att framföra anmärkningar om planförslaget. Anmärkningarna ska lämnas skriftligen till tekniska nämnden senast 4.10.2024, e-post: registratur@borgby.fi.
Närmare upplysningar: planläggare Anna Lind tfn 040 123 4567
Borgby 2.9.2024
Tekniska nämnden"""


@pytest.mark.parametrize("storlek", [10.0, 13.0])
@pytest.mark.parametrize(
    ("text", "namn", "rubrik"),
    [
        (GRANKULLA, "En del av kvarter 92 samt rekreations- och gatuområden",  # the page's own
         "UTKAST TILL DETALJPLANEÄNDRING FRAMLAGT (62 § i MarkByggL och 30 § i MarkByggF)"),
        (BORGBY, "En del av kvarter 7 samt park- och trafikområden",
         "FÖRSLAG TILL DETALJPLAN FRAMLAGT (65 § i MarkByggL och 27 § i MarkByggF)"),
        (BORGBY, "En del av kvarter 7 samt park- och trafikområden", "Detaljplaneförslag utställt för granskning"),
    ],
)
def test_kungorelserubrik_med_bara_planens_slag(text: str, namn: str, rubrik: str, storlek: float) -> None:
    """A notice's heading that only says a detaljplan of a kind is laid out, with its law and code ('UTKAST TILL
    DETALJPLANEÄNDRING FRAMLAGT (62 § i MarkByggL och 30 § i MarkByggF)' joined with 'Ak 218') names no plan: the
    title is the plan's name on the page, and the title model's reading of the heading does not replace it
    (prov24/grankulla-ak218-utkast-framlagt, first run the model's 0,29 over the rules' right name; titel.toml
    [kungorelserubrik]).
    source: https://www.kauniainen.fi/sv/boende_och_miljo/planlaggning_och_markanvandning/planlaggning/pagaende_detaljplanering/ak_218_en_del_av_kvarter_92_samt_rekreations-_och_gatuomraden"""
    page = text.replace(text.splitlines()[1], rubrik, 1)
    assert titel(page, {namn: 16.0, rubrik: storlek}) == namn


def test_kungorelserubrikens_exempel() -> None:
    """modeller/titel.toml [kungorelserubrik]: each example names no matter, each counterexample is left as it is."""
    data = tomllib.loads(TITEL_TOML.read_text(encoding="utf-8"))["kungorelserubrik"]
    for rubrik in data["exempel"]:
        assert notice_heading().match(rubrik) and generic_heading(rubrik), rubrik
    for rubrik in data["motexempel"]:
        assert notice_heading().match(rubrik) is None and not generic_heading(rubrik), rubrik


@pytest.mark.parametrize(
    ("regel", "modell"),
    [
        ("En del av kvarter 92 samt rekreations- och gatuområden",  # prov24/grankulla's first run (model 0,29)
         "UTKAST TILL DETALJPLANEÄNDRING FRAMLAGT (62 § i MarkByggL och 30 § i MarkByggF) Ak 218"),
        ("En del av kvarter 7 samt park- och trafikområden", "Förslag till detaljplan framlagt (65 § MBL) Dp 412"),
        ("En del av kvarter 7 samt park- och trafikområden", "Planutkast framlagt Dp 12"),
    ],
)
def test_kungorelserubriken_ersatter_inte_planens_namn(regel: str, modell: str) -> None:
    """The title model's notice heading with only the plan's kind never replaces the rules' name of the plan."""
    assert titelmodell.rules_name_more(regel, modell)


# prov24/kyrkslatt-hirsala-stranddetaljplan-framlagda-nu (kyrkslatt.fi, the kommun's list of plans laid out)
HIRSALA = """Framlagda nu
Under denna rubrik publiceras projekt som är i en sådan planeringssituation att man kan påverka planläggningen. I kungörelserna ges anvisningar om förfaringssätten.
Framlagda nu:
Hirsala I, delvis ändring av stranddetaljplanen
Förslaget till stranddetaljplan för Hirsala I läggs fram enligt MBL 65 § och MBF 27 § 4.4 – 6.5.2022 vid planläggnings- och trafiksystemtjänsterna i kommunen, på adressen Ervastvägen 2, 02400 Kyrkslätt.
Man kan bekanta sig med handlingarna också vid kommunens servicepunkt samt i biblioteken i centrum, Masaby och Veikkola under framläggningstiden. Dessutom publiceras handlingarna och en presentationsvideo om planen på planläggningens webbplats på adressen: https://www.kyrkslatt.fi/37101-hirsala1-sv
Kommunmedlemmar och intressenter har rätt att lämna in anmärkning om planförslaget. Anmärkningarna ska lämnas in skriftligen till Kyrkslätts kommunstyrelse, på adressen Kyrkslätts kommun, registraturen, PB 20, 02401 Kyrkslätt, eller per e-post på adressen: kirjaamo@kirkkonummi.fi, innan framläggningstiden löper ut.
Planläggarens mottagningar tis 19.4 kl. 12 – 16 och mån 25.4 kl. 9 - 12.
Möten enligt tidsbokning, boka tid hos planläggaren Maria Pudas, maria.pudas@kirkkonummi.fi, tel. 040 126 9256"""


@pytest.mark.parametrize(
    ("rubrik", "post", "vantat"),
    [
        ("Framlagda nu", "Hirsala I, delvis ändring av stranddetaljplanen",  # the page's own
         "Hirsala I, delvis ändring av stranddetaljplanen"),
        ("Framlagda just nu", "Strandby II, ändring av stranddetaljplanen", "Strandby II, ändring av stranddetaljplanen"),
        ("Utställda nu", "Kvarnbacken, ändring av detaljplanen", "Kvarnbacken, ändring av detaljplanen"),
    ],
)
def test_listsidans_rubrik_med_nu(rubrik: str, post: str, vantat: str) -> None:
    """A list page's heading that only gives its posts' state with 'nu' ('Framlagda nu') names no matter: the title
    is the post's heading under it, and the title model's reading of its last word ('stranddetaljplanen') does not
    replace it (prov24/kyrkslatt-hirsala-stranddetaljplan-framlagda-nu, first run the model's 0,34 over the rules'
    'Framlagda nu'; titel.toml [listrubrik]).
    source: https://www.kyrkslatt.fi/framlagda-nu"""
    page = HIRSALA.replace("Framlagda nu:", f"{rubrik}:").replace("Framlagda nu", rubrik, 1)
    page = page.replace("Hirsala I, delvis ändring av stranddetaljplanen", post, 1)
    assert titel(page, {rubrik: 16.0, f"{rubrik}:": 13.0, post: 13.0}) == vantat


@pytest.mark.parametrize("rubrik", ["Framlagda nu", "Framlagda just nu", "Utställda nu", "Pågående för närvarande"])
def test_listrubrik_med_nu(rubrik: str) -> None:
    """The posts' state alone with 'nu' is a list's heading."""
    assert list_heading(rubrik) and generic_heading(rubrik)


@pytest.mark.parametrize("rubrik", ["Nu framlagt: detaljplan för Kvarnen", "Framlagda planer i Kyrkslätt",
                                    "Nya avfallsföreskrifter nu"])
def test_inte_listrubrik_med_nu(rubrik: str) -> None:
    """A state with a named matter, or 'Nya …' (a new document), is no list's heading of that form."""
    assert not list_heading(rubrik)


# prov24/kyrkslatt-masaby-delgeneralplan-framlaggning (kyrkslatt.fi, the kommun's notice)
MASABY = """Kyrkslätts kommun
Framläggning av förslaget till delgeneralplan för Masaby (projekt 33000)
12.11.2021 10:01
Kategori: Kungörelse
Framläggning av förslaget till delgeneralplan för Masaby (projekt 33000)
Förslaget till delgeneralplan för Masaby läggs fram enligt MBL 65 § och MBF 19 §
15.11 – 17.12.2021 vid planläggnings- och trafiksystemtjänsterna i kommunen, på adressen Ervastvägen 2, 02400 Kyrkslätt.
Man kan bekanta sig med handlingarna också vid kommunens servicepunkt samt i biblioteken i centrum, Masaby och Veikkola under framläggningstiden:
Kommunmedlemmar och intressenter har rätt att lämna in anmärkning om planförslaget. Anmärkningarna ska lämnas in skriftligen till Kyrkslätts kommunstyrelse, på adressen Kyrkslätts kommun, registraturen, PB 20, 02401 Kyrkslätt, eller per e-post på adressen: kirjaamo@kirkkonummi.fi, innan framläggningstiden löper ut.
Kyrkslätt, 12.11.2021
Kommunstyrelsen"""


@pytest.mark.parametrize("storlek", [10.0, 16.0])
@pytest.mark.parametrize(
    ("rubrik", "vantat"),
    [
        ("Framläggning av förslaget till delgeneralplan för Masaby (projekt 33000)",  # the page's own
         "förslaget till delgeneralplan för Masaby (projekt 33000)"),
        ("Offentlig framläggning av detaljplaneförslaget för Kvarnbacken", "detaljplaneförslaget för Kvarnbacken"),
        ("Kungörelse om framläggning av förslag till stranddetaljplan för Sandviks udde",
         "förslag till stranddetaljplan för Sandviks udde"),
        ("Framläggande av utkastet till generalplan för Jakobstad", "utkastet till generalplan för Jakobstad"),
    ],
)
def test_framlaggning_fore_arendet(rubrik: str, vantat: str, storlek: float) -> None:
    """The procedure's noun before the matter in Finland's notices ('Framläggning av …', 'Offentlig framläggning
    av …') is the procedure, as 'Utställning av …' is (prov24/kyrkslatt-masaby-delgeneralplan-framlaggning, first
    run the heading whole; titel.toml [forfarande_ram] fore).
    source: https://www.kyrkslatt.fi/framlaggning-av-forslaget-till-delgeneralplan-for-masaby-projekt-33000"""
    text = MASABY.replace("Framläggning av förslaget till delgeneralplan för Masaby (projekt 33000)", rubrik)
    assert titel(text, {rubrik: storlek}) == vantat


@pytest.mark.parametrize("rubrik", ["Framläggning av förslaget", "Framläggning pågår"])
def test_framlaggning_utan_arende_star_kvar(rubrik: str) -> None:
    """Without a matter after it the procedure's noun stays (there is nothing else to call the heading)."""
    assert procedure_frame_stripped(rubrik) == rubrik


# prov24/vaggeryd-op-samradshandling-inledning (vaggeryd.se, the digital samrådshandling's first chapter)
VAGGERYD = """Huvudmeny
Bygga, bo och miljö
Inledning
Vaggeryds kommun ligger i nordvästra delen av Småland och har 14 746 invånare. Kommunen har en levande landsbygd med en del mindre tätorter och två större centralorter; Vaggeryd och Skillingaryd Kommunen har en landareal på ca 830 km².
Vaggeryds kommun är en skogskommun som präglas av barrskog och myr, i vissa stråk blandat med öppen odlingsmark. Terrängen i kommunen varierar kraftigt.
Grundläggande fakta
Folkmängd: 14 746 (2021-12-31)
Landareal: Cirka 830 kvadratkilometer
Centralorter: Vaggeryd (cirka 5500 invånare), Skillingaryd (cirka 4000 invånare)
Tätorter: Hok, Klevshult, bland övriga orter
Så här kan du delta i samrådet
Översiktsplan för Vaggeryds kommun, samrådshandling 2022 finns tillgänglig för samråd under perioden 10 juni till 30 september 2022. Översiktsplanen finns att ta del av på kommunens samtliga bibliotek, på kommunens webbplats, vaggeryds.se/oversiktsplan samt teaterfoajén Skillingehus. Fram till 30 september kan du lämna dina synpunkter på förslaget. Synpunkter ska lämnas in skriftligt och ditt namn och din adress ska framgå.
Det här är en översiktsplan
Alla kommuner ska ha en aktuell översiktsplan som omfattar hela kommunens yta."""

# another kommun's granskningshandling in other words (written for the test)
NASBY = """Bygga och bo
Inledning
Näsby kommun ligger vid kusten och har 9 800 invånare. Kommunen har tre tätorter och en stor skärgård.
Kort fakta
Folkmängd: 9 800
Landareal: 410 kvadratkilometer
Så deltar du i granskningen
Förslag till översiktsplan för Näsby kommun, granskningshandling 2024 finns nu tillgängligt för granskning under perioden 1 mars till 30 april 2024. Handlingarna finns i kommunhuset och på kommunens webbplats. Synpunkter lämnas skriftligt senast 30 april 2024 till kommunstyrelsen@nasby.se.
Vad är en översiktsplan?
Översiktsplanen visar hur kommunen vill att mark och vatten ska användas."""


@pytest.mark.parametrize("storlek", [12.0, 16.0])
@pytest.mark.parametrize(
    ("text", "rubriker", "vantat"),
    [
        (VAGGERYD, ["Inledning", "Grundläggande fakta", "Så här kan du delta i samrådet", "Det här är en översiktsplan"],
         "Översiktsplan för Vaggeryds kommun"),  # the page's own
        (NASBY, ["Inledning", "Kort fakta", "Så deltar du i granskningen", "Vad är en översiktsplan?"],
         "Förslag till översiktsplan för Näsby kommun"),
    ],
)
def test_samradshandlingens_kapitel(text: str, rubriker: list[str], vantat: str, storlek: float) -> None:
    """A samrådshandling's chapter whose headings name no matter (the chapter, a fact box, how to take part, what
    the kind is) has as its title the matter the sentence puts on samråd or granskning ('… finns tillgänglig för
    samråd'), without the version's kind and year after the comma (prov24/vaggeryd-op-samradshandling-inledning,
    first run the fact box's 'Grundläggande fakta'; core.STOP_TITLE, titel.toml [uppmaningsrubrik] monster and
    sats_verb, [definitionsrubrik], core.TITLE_SUFFIX).
    source: https://vaggeryd.se/bygga-bo-och-miljo/samhallsplanering/oversiktsplanering/ny-oversiktsplan-for-vaggeryds-kommun-samradshandling-2022/inledning.html"""
    assert titel(text, dict.fromkeys(rubriker, storlek)) == vantat


def test_definitionsrubrikens_exempel() -> None:
    """modeller/titel.toml [definitionsrubrik]: each example names no matter, each counterexample is left."""
    data = tomllib.loads(TITEL_TOML.read_text(encoding="utf-8"))["definitionsrubrik"]
    for rubrik in data["exempel"]:
        assert definition_heading().match(rubrik) and generic_heading(rubrik), rubrik
    for rubrik in data["motexempel"]:
        assert definition_heading().match(rubrik) is None, rubrik


@pytest.mark.parametrize(
    ("rubrik", "vantat"),
    [
        ("Översiktsplan för Vaggeryds kommun, samrådshandling 2022", "Översiktsplan för Vaggeryds kommun"),
        ("Förslag till översiktsplan för Näsby kommun, granskningshandling 2024",
         "Förslag till översiktsplan för Näsby kommun"),
        ("Havsplaner för Sverige, granskningshandling", "Havsplaner för Sverige"),
    ],
)
def test_handlingens_slag_och_ar_efter_kommat(rubrik: str, vantat: str) -> None:
    """The version's kind after a comma, with its year or date, is no part of the matter."""
    assert clean_title(rubrik) == vantat


@pytest.mark.parametrize("rubrik", ["Grundläggande fakta", "Kort fakta", "Fakta om kommunen", "Planfakta"])
def test_faktaruta_ar_ingen_titel(rubrik: str) -> None:
    """A fact box's label is never a title."""
    from remiss.extract.core import STOP_TITLE

    assert STOP_TITLE.match(rubrik)


# prov24/aef-billingegatan-samrad-inlaga (aef.nu, an association's post on the kommun's samråd)
AEF = """Billingegatan på samråd – grönområde ska bli tomter
Byggnadsnämnden har i dagarna skickat ut inbjudan till samråd angående upprättande av detaljplan runt Billingegatan. Detta strider mot den befintliga Översiktsplanen.
Den innebär att delar av ett område som nu är planerat som grönområde görs om till fastigheter med bebyggelse. Vi i ÄEF är tveksamma till ytterligare intrång i redan svårt kringskurna grönområden och planerar att skriva en inlaga om detta. Om du som medlem eller besökare är intresserad av att bidra i denna fråga, gör ett inlägg här nedan, eller skriv till ordförande@aef.nu
Se vidare på vår sida om Billingen
Posted in Uncategorized."""


@pytest.mark.parametrize("storlek", [10.0, 16.0])
@pytest.mark.parametrize(
    ("rubrik", "vantat"),
    [
        ("Billingegatan på samråd – grönområde ska bli tomter", "Billingegatan"),  # the page's own
        ("Kvarnparken på granskning – skogen ska bli bostäder", "Kvarnparken"),
        ("Norra hamnen på samråd – parken kan försvinna", "Norra hamnen"),
    ],
)
def test_platsens_namn_pa_samrad_med_nyhetssats(rubrik: str, vantat: str, storlek: float) -> None:
    """A news heading that puts a place's name on samråd and says after the procedure and a dash what will happen ('Billingegatan på
    samråd – grönområde ska bli tomter') has the place's name as its title: the clause after the dash, a subject
    and a finite verb, is the news, and the stage after a name (not after a kind alone, 'Avfallsplan på samråd')
    is the procedure (prov24/aef-billingegatan-samrad-inlaga, found as a remiss since missiv26; facit 'Billingegatan',
    tveksamt; core.TITLE_SUFFIX, core._place_name).
    source: https://www.aef.nu/?p=3094"""
    text = AEF.replace(AEF.splitlines()[0], rubrik, 1)
    assert titel(text, {rubrik: storlek}) == vantat


@pytest.mark.parametrize(
    "rubrik",
    [
        "SOU 2016:77 En gymnasieutbildning för alla – åtgärder för att alla unga ska påbörja och fullfölja en gymnasieutbildning",
        "Boverkets rapport 2015:28 – Åtgärder som kan undantas från kravet på bygglov",
        "Avfallsplan på samråd",
        "En ny kommunallag – för framtidens utmaningar",
        # (bench_g0vse: regeringen.se's reports with a subtitle after the dash)
        "SOU 2020:69, Äldre har aldrig varit yngre – allt fler kan och vill arbeta längre",
        "SOU 2017:58 Amerikansk inresekontroll vid utresa från Sverige – så kan avtalen genomföras",
    ],
)
def test_undertitel_och_slag_pa_samrad_star_kvar(rubrik: str) -> None:
    """A subtitle after a dash (its verb inside a clause of its own) and a kind alone on samråd stay as they are."""
    assert clean_title(rubrik) == rubrik


@pytest.mark.parametrize("rubrik", ["Frågor eller synpunkter kan ställas till:", "Frågor kan ställas till",
                                    "Eventuella frågor ska riktas till:"])
def test_kontaktblockets_inledning_ar_ingen_titel(rubrik: str) -> None:
    """The contact block's lead set as a heading ('Frågor eller synpunkter kan ställas till:', missiv/ragnsells-…,
    the first run's and today's title) is never a title."""
    from remiss.extract.core import STOP_TITLE

    assert STOP_TITLE.match(rubrik)


@pytest.mark.parametrize(
    ("regel", "modell"),
    [
        ("förslag till stranddetaljplan för Sandviks udde", "förslag till stranddetaljplan för Sandviks udde 12.11.2021 10:01"),
        ("Förslag till detaljplan för Kvarnen 4", "Förslag till detaljplan för Kvarnen 4 3 maj 2021 kl. 14.30"),
    ],
)
def test_sidans_datumrad_med_klockslag_namnger_inget_mer(regel: str, modell: str) -> None:
    """The title model's reading of the heading joined with the page's published line, its date and time of day
    ('12.11.2021 10:01' under the heading of prov24/kyrkslatt-masaby-delgeneralplan-framlaggning), names no more
    than the rules' heading (titelmodell.DATE_AFTER; the model retrained with prov24 took it in a paraphrase set
    large)."""
    assert titelmodell.rules_name_more(regel, modell)
