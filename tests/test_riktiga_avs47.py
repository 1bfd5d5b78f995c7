"""Senders and titles the code did not find on unseen senders (avs47, session 47): the blind set prov45's misses
as classes. A signature under place and date whose organisation has its kind in the indefinite form ('Kouvola
8.7.2019 Kymmenedalens avfallsnämnd'), a request sent to an organisation's member kommuner ('Till
medlemskommunerna inom Vasa sjukvårdsdistrikt har … skickats en utlåtandebegäran'), an organ in the genitive that
decides ('Vänsterpartiets kongress 2012 beslutade …'); a heading that opens with a notice word ('Meddelande
beträffande …'), a request's matter in a sentence ('en utlåtandebegäran gällande utkast till …') and the measure
an application is made for ('synpunkter inför en tillståndsansökan … för åtgärder vid …'). Real lines of the
prov45 documents (tests/korpus/prov45/*.txt) and the same kinds in words written for the test."""

# ruff: noqa: E501  (the documents' own lines are kept as they stand)

from __future__ import annotations

import re

import pytest

from remiss.extract import extract_remiss
from remiss.extract.avsandare import _members_requested, _organ_owner, _signed_place_date
from remiss.extract.core import procedure_frame_stripped
from remiss.extract.personer import kontakt_modell
from remiss.extract.text import Text
from tests.test_riktiga_missiv15 import headed, lines_of, part_of

# prov45/kymmenedalen-avfallsnamnd-avfallshanteringsbestammelser-meddelande (kymenjatelautakunta.fi)
KYMMENEDALEN = """Meddelande beträffande förändring av avfallshanteringsbestämmelser
Kymmenedalens avfallsnämnd bereder i enlighet med 91 § en fråga som berör förändring av kommunala avfallshanteringsbestämmelser. Enligt förslaget skulle gemensamma avfallshanteringsbestämmelser som beaktar den nya avfallslagstiftningens inverkan antas inom Kymmenedalens avfallsnämnds verksamhetsområde.
Avfallshanteringsbestämmelserna berör städerna Fredrikshamn, Kotka och Kouvola samt kommunerna Iitti, Lappträsk, Miehikkälä, Mäntyharju, Pyttis och Vederlax. Utkastet till avfallshanteringsbestämmelserna finns till påseende på Kymmenedalens avfallsnämnds webbsida www.kymenjatelautakunta.fi under perioden 10.7.–16.8.2019.
För dem, vars livsmiljö, arbete eller övriga förhållanden kan påverkas avsevärt av frågans lösning, reserveras en möjlighet att uttrycka sin åsikt om saken. Eventuella åsikter adresserade till Kymmenedalens avfallsnämnd bör levereras skriftligen senast 16.8.2019 kl. 15.00 antingen per post till Kymmenedalens avfallsnämnd, adress PL 32, 45701 Kuusankoski eller kymenjatelautakunta@kouvola.fi .
Utlåtandet bör rubriceras ”utlåtande om avfallshanteringsbestämmelserna”.
Vid behov ger tilläggsuppgifter från 22.7.2019 Arja Soini, tfn 020 615 5545
Kouvola 8.7.2019 Kymmenedalens avfallsnämnd"""

# prov45/sydosterbotten-avfallsnamnd-avfallshanteringsbestammelser-kungorelse (kristinestad.fi, the notice's end)
SYDOSTERBOTTEN = """Kungörelse gällande revidering av avfallshanteringsbestämmelser
Sydösterbottens avfallsnämnd som är gemensam avfallshanteringsmyndighet för Storå, Bötom, Kaskö, Kauhajoki, Kristinestad, Kurikka (för Jurvas del), Närpes och Östermark har berett ett utkast till nya avfallshanteringsföreskrifter för området. Målet är att avfallshanteringsbestämmelserna ska träda i kraft 1.3.2020.
Alla, på vilkas livsmiljö, arbete eller övriga förhållanden avfallshanteringsbestämmelserna kan inverka, ska ges möjlighet att framföra sin åsikt i ärendet. Åsikterna skickas skriftligen senast 13.12.2019 kl. 14 till jatelautakunta@teuva.fi eller Sydösterbottens avfallsnämnd, PB 25, 64701 ÖSTERMARK.
Tilläggsuppgifter ges av avfallsombudet Anna-Kaisa Riskula, anna-kaisa.riskula@teuva.fi, tfn 040 641 8125.
Östermark 11.11.2019
Sydösterbottens avfallsnämnd"""

# prov45/vasa-svd-grundavtal-utlatandebegaran (vaasankeskussairaala.fi: the page has no heading)
VASA = """Till medlemskommunerna inom Vasa sjukvårdsdistrikt har i maj 2019 skickats en utlåtandebegäran gällande utkast till nytt grundavtal för en ny frivillig samkommun för Österbottens välfärdsområde. Kommunerna ger sina utlåtanden till grundavtalsutkastet senast 15.9.2019, se bilagorna nedan.
Efter detta arbetar bl.a. tjänstemän och styrgrupp vidare med grundavtalet på basen av kommunernas utlåtanden. Välfärdssamkommunens styrgrupp tar sedan beslut på sitt möte 2.10 om den fortsatta beredningen av grundavtalet, tidtabellen för godkännande och beslutandeprocessen."""

# prov45/vansterpartiet-partiprogram-forandringar-remiss (vansterpartiet.se)
VANSTERPARTIET = """Förslag till förändringar av partiprogrammet
Redigering i efterhand: Det här var det preliminära förslag programkommissionen lade fram. Det skarpa förslag de lade till kongressen finns här:
Vänsterpartiets kongress 2012 beslutade att initiera en bred diskussion om en socialistisk vision och strategi, något partiets programkommission arbetat på och diskuterat med många både inom och utom Vänsterpartiet sedan dess.
Med detta som utgångspunkt har programkommissionen nu lagt fram förslag till revideringar av partiprogrammet som du kan läsa om här. Det handlar till största delen om ändringar i partiprogrammets ”strategiska huvudlinjer”, som nästan helt skrivs om. Tanken är nu att dessa förslag ska bedrivas studier kring och diskuteras i partiet.
Synpunkter på förslagen kan skickas till [email protected] fram till den 15 november. Efter det skickar programkommissionen ut sitt slutliga förslag till kongressbehandling."""

# prov45/fiskevardsteknik-alafors-kvarn-samrad (fvt.se: the page has no heading)
FISKEVARDSTEKNIK = """Fiskevårdsteknik, som ombud för Birgitta Arkdal, inbjuder berörda markägare, myndigheter, föreningar och andra intressenter att inkomma med synpunkter inför en tillståndsansökan till Mark- och Miljödomstolen för åtgärder vid Alafors kvarn i Kungsbackaån.
Syftet med projektet är att förbättra möjligheten till fiskvandring inom Kungsbackaån vid Alafors kvarn, och samtidigt bidra till minskad risk för översvämningar. Hänsyn kommer att tas till kulturmiljövärdena på platsen.
Samråd med särskilt berörda är ett led i tillståndsprocessen. De synpunkter som lämnas beaktas i tillståndsprocessen.
Om ni önskar lämna skriftliga synpunkter, görs detta via e-post innan 2023-08-31 till Fiskevårdsteknik AB, Erik Bergman. Erik.bergman@fiskevardsteknik.se. Märk mailet med ”Alafors”
Kontaktuppgifter för frågor gällande samrådet:
Erik Bergman
Tel: 073 050 94 89
Mail: erik.bergman@fiskevardsteknik.se
Med vänlig hälsning,
Fiskevårdsteknik AB"""


def _remiss(text: str, *headings: int):  # noqa: ANN202 (a Remiss)
    """Return the remiss read from the text, the given lines set as headings."""
    remiss = extract_remiss("x.pdf", part_of(headed(text, *headings) if headings else lines_of(text)))
    assert remiss is not None
    return remiss


@pytest.mark.parametrize(
    ("text", "avsandare"),
    [(KYMMENEDALEN, "Kymmenedalens avfallsnämnd"), (SYDOSTERBOTTEN, "Sydösterbottens avfallsnämnd")],
)
def test_organisationen_under_ort_och_datum_med_sitt_slag_i_obestamd_form(text: str, avsandare: str) -> None:
    """prov45: a Finnish waste board's notice signed 'Kouvola 8.7.2019 Kymmenedalens avfallsnämnd' (or the
    organisation on the line under the place and date) is the sender, though its kind is in the indefinite
    form (first run: no sender)."""
    assert _remiss(text, 0).avsandare == avsandare


def test_medlemmarnas_organisation_ar_avsandaren() -> None:
    """prov45/vasa-svd-grundavtal-utlatandebegaran: 'Till medlemskommunerna inom Vasa sjukvårdsdistrikt har …
    skickats en utlåtandebegäran …': the organisation the member kommuner are of asks (first run: no sender)."""
    assert _remiss(VASA).avsandare == "Vasa sjukvårdsdistrikt"


def test_organets_agare_i_genitiv_ar_avsandaren() -> None:
    """prov45/vansterpartiet-partiprogram-forandringar-remiss: 'Vänsterpartiets kongress 2012 beslutade …' and
    'inom och utom Vänsterpartiet': the party whose organs put the proposal forward (first run: no sender)."""
    assert _remiss(VANSTERPARTIET, 0).avsandare == "Vänsterpartiet"


def test_meddelande_betraffande_ar_ingen_del_av_titeln() -> None:
    """prov45/kymmenedalen-…-meddelande: the heading 'Meddelande beträffande förändring av …' gives what follows
    the notice word (first run: the heading whole)."""
    assert _remiss(KYMMENEDALEN, 0).titel == "förändring av avfallshanteringsbestämmelser"


def test_begarans_arende_i_en_mening_utan_rubrik() -> None:
    """prov45/vasa-svd-grundavtal-utlatandebegaran: a page without a heading; 'en utlåtandebegäran gällande
    utkast till nytt grundavtal …' names the matter (first run: no title)."""
    assert _remiss(VASA).titel == ("utkast till nytt grundavtal för en ny frivillig samkommun för Österbottens "
                                   "välfärdsområde")


def test_det_ansokan_galler_ar_titeln_utan_rubrik() -> None:
    """prov45/fiskevardsteknik-alafors-kvarn-samrad: 'synpunkter inför en tillståndsansökan till Mark- och
    Miljödomstolen för åtgärder vid Alafors kvarn i Kungsbackaån' names the matter, not the court (first run: no
    title)."""
    remiss = _remiss(FISKEVARDSTEKNIK)
    assert (remiss.titel, remiss.avsandare) == ("åtgärder vid Alafors kvarn i Kungsbackaån", "Fiskevårdsteknik AB")


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("Meddelande beträffande förändring av avfallshanteringsbestämmelser",
         "förändring av avfallshanteringsbestämmelser"),
        ("Tillkännagivande om utkast till avfallstaxa", "utkast till avfallstaxa"),
        ("Meddelande från styrelsen", "Meddelande från styrelsen"),
        ("Begäran om utlåtande gällande utkast till nytt grundavtal", "utkast till nytt grundavtal"),
        ("Utlåtandebegäran om förslaget till servicenätsplan", "förslaget till servicenätsplan"),
        ("Hörande om utkastet till ny förvaltningsstadga", "utkastet till ny förvaltningsstadga"),
    ],
)
def test_kungorelseordet_forst_i_rubriken(heading: str, title: str) -> None:
    """titel.toml [forfarande_ram]: a notice word or a request for opinions ('Begäran om utlåtande',
    'Utlåtandebegäran', 'Hörande') and its binding word before the matter go; a heading that names a sender after
    the notice word ('Meddelande från styrelsen') names no matter and stays."""
    assert procedure_frame_stripped(heading) == title


def _examples(section: str) -> list[tuple[str, str]]:
    """Return a kontakt.toml section's examples as (text, expected)."""
    return [tuple(example.split(" => ")) for example in kontakt_modell()[section]["exempel"]]  # type: ignore[misc]


@pytest.mark.parametrize(("text", "org"), _examples("ortdatum_underskrift"))
def test_ortdatum_underskrift_exempel(text: str, org: str) -> None:
    """kontakt.toml [ortdatum_underskrift]: each example's signature gives its organisation."""
    found = _signed_place_date(lines_of(text.replace(" / ", "\n")))
    assert found is not None and found.value == org


@pytest.mark.parametrize("text", kontakt_modell()["ortdatum_underskrift"]["motexempel"])
def test_ortdatum_underskrift_motexempel(text: str) -> None:
    """kontakt.toml [ortdatum_underskrift]: a person, a kind alone, no organisation."""
    assert _signed_place_date(lines_of(text.replace(" / ", "\n"))) is None


@pytest.mark.parametrize(("text", "org"), _examples("medlemmar_tillfragas"))
def test_medlemmar_tillfragas_exempel(text: str, org: str) -> None:
    """kontakt.toml [medlemmar_tillfragas]: each example's sentence names the members' organisation."""
    match = _members_requested(text)
    assert match is not None and re.sub(r"\s+(?:i|för|och)$", "", match.group("org")) == org


@pytest.mark.parametrize("text", kontakt_modell()["medlemmar_tillfragas"]["motexempel"])
def test_medlemmar_tillfragas_motexempel(text: str) -> None:
    """kontakt.toml [medlemmar_tillfragas]: a place's kommuner, or members without a request, name no one."""
    assert _members_requested(text) is None


@pytest.mark.parametrize(("text", "org"), _examples("organets_agare"))
def test_organets_agare_exempel(text: str, org: str) -> None:
    """kontakt.toml [organets_agare]: each example names the organisation whose organ decides."""
    found = _organ_owner(Text.of(lines_of(text)))
    assert found is not None and found.value == org


@pytest.mark.parametrize("text", kontakt_modell()["organets_agare"]["motexempel"])
def test_organets_agare_motexempel(text: str) -> None:
    """kontakt.toml [organets_agare]: an owner the text never names in the nominative, or a first name, is none."""
    assert _organ_owner(Text.of(lines_of(text))) is None


# The same classes where the notice gives the sender another way (avs47, second part): the answers' postal
# address only, the running text only, a comma after the signature's place, a request without a pronoun.
def test_organisationen_i_svarens_postadress_med_slaget_i_obestamd_form() -> None:
    """prov45/sydosterbotten-…-kungorelse without its signature: '… till jatelautakunta@teuva.fi eller
    Sydösterbottens avfallsnämnd, PB 25, 64701 ÖSTERMARK.' names the sender by its post box."""
    unsigned = SYDOSTERBOTTEN.rsplit("\nÖstermark", 1)[0]
    assert _remiss(unsigned, 0).avsandare == "Sydösterbottens avfallsnämnd"


def test_organisationen_som_bereder_fragan_i_lopande_text() -> None:
    """prov45/kymmenedalen-…-meddelande without its signature and the answers' address: 'Kymmenedalens
    avfallsnämnd bereder i enlighet med 91 § en fråga som berör …' names the sender in the running text."""
    text = KYMMENEDALEN.rsplit("\nKouvola", 1)[0]
    text = re.sub(r"Eventuella åsikter[^\n]*", "Åsikter lämnas skriftligen senast 16.8.2019.", text)
    assert _remiss(text, 0).avsandare == "Kymmenedalens avfallsnämnd"


@pytest.mark.parametrize(
    ("text", "avsandare"),
    [
        ("Kungörelse om utkast till avfallstaxa\nUtkastet finns till påseende. Åsikter lämnas senast 1.3.2020.\n"
         "Kotka, 12.2.2020\nKymmenedalens avfallsnämnd", "Kymmenedalens avfallsnämnd"),
        ("Begäran om utlåtande\nVasa sjukvårdsdistrikt begär utlåtande om utkastet till grundavtal senast "
         "15.9.2019.", "Vasa sjukvårdsdistrikt"),
    ],
)
def test_samma_klasser_i_andra_ord(text: str, avsandare: str) -> None:
    """A comma after the signature's place ('Kotka, 12.2.2020'); 'X begär utlåtande om …' without 'ert'."""
    assert _remiss(text, 0).avsandare == avsandare


@pytest.mark.parametrize(
    ("text", "titel"),
    [
        ("Vasa sjukvårdsdistrikt begär utlåtande om utkastet till nytt grundavtal senast 15.9.2019. Utlåtandet "
         "skickas till kirjaamo@vshp.fi.", "utkastet till nytt grundavtal"),
        ("Miljöministeriet begär ert utlåtande om utkastet till förordning om avfall. Utlåtandena ska lämnas senast "
         "10.9.2018 till kirjaamo@ym.fi.", "utkastet till förordning om avfall"),
        ("Sydösterbottens avfallsnämnd har berett ett utkast till nya avfallshanteringsföreskrifter för området. "
         "Åsikterna skickas skriftligen senast 13.12.2019 till jatelautakunta@teuva.fi.",
         "utkast till nya avfallshanteringsföreskrifter för området"),
        ("Kommunstyrelsen har beslutat att skicka förslaget till bostadsförsörjningsprogram på remiss. Yttranden "
         "ska ha kommit in senast den 12 mars 2024 till ks@exempelby.se.", "förslaget till bostadsförsörjningsprogram"),
        ("Här kan du lämna synpunkter på utkastet till regional cykelstrategi för Västerbotten fram till den 12 mars "
         "2024. Skicka till region@exempel.se.", "regional cykelstrategi för Västerbotten"),
    ],
)
def test_arendet_i_en_mening_utan_rubrik(text: str, titel: str) -> None:
    """A notice without a heading names its matter in the request for opinions ('begär utlåtande om …'), the
    draft its sender has prepared ('har berett ett utkast till …'), the proposal it sends on remiss ('skicka
    förslaget till … på remiss'), or a call for views with the time after it ('… fram till den 12 mars 2024'):
    the matter as the text writes it, without the deadline (before: no title, or the time left on)."""
    assert _remiss(text).titel == titel


# (avs47, third part) how else a sender says in its running text that it asks, in words written for the test:
# the verbs of a request ('ber om utlåtanden', 'välkomnar synpunkter'), a Finnish body's formula ('ger härmed
# kommunerna tillfälle att yttra sig'), the decision to remit, and an association's board named with its
# association after 'i' (README Facit: the organisation, not its board)
@pytest.mark.parametrize(
    ("text", "avsandare", "titel"),
    [
        ("Ny avfallsplan\nNorrvatten AB välkomnar synpunkter på förslaget till ny avfallsplan. Synpunkter lämnas "
         "senast den 12 mars 2024 till info@norrvatten.se.", "Norrvatten AB", "Ny avfallsplan"),
        ("Utlåtandebegäran\nMiljöministeriet ber om utlåtanden om utkastet till statsrådets förordning om avfall. "
         "Utlåtandena ska lämnas senast 10.9.2018.", "Miljöministeriet",
         "utkastet till statsrådets förordning om avfall"),
        ("Remiss\nÖsterbottens förbund ger härmed kommunerna tillfälle att yttra sig över förslaget till "
         "landskapsöversikt. Utlåtandena ska lämnas senast 10.9.2018.", "Österbottens förbund", "landskapsöversikt"),
        ("Remiss om nya stadgar\nHej! Förbundsstyrelsen i Svenska Exempelförbundet har tagit fram ett förslag till "
         "nya stadgar. Svar senast den 12 mars 2024 till kansliet@exempel.se.", "Svenska Exempelförbundet",
         "nya stadgar"),
        ("Remiss\nRegionstyrelsen i Region Exempel har beslutat att remittera förslaget till regional "
         "utvecklingsstrategi. Svar senast den 12 mars 2024.", "Region Exempel, Regionstyrelsen",
         "regional utvecklingsstrategi"),
        ("Begäran om utlåtande\nNärpes stad begär utlåtande om förslaget till detaljplan för Centrum. Utlåtandet ska "
         "lämnas senast 10.9.2018.", "Närpes stad", "detaljplan för Centrum"),
        ("Kungörelse\nLandskapsregeringen har berett ett förslag till ny landskapslag om avfall. Åsikter lämnas "
         "senast 10.9.2018 till registratur@regeringen.ax.", "Landskapsregeringen",
         "förslag till ny landskapslag om avfall"),
    ],
)
def test_avsandaren_som_ber_om_svar_i_lopande_text(text: str, avsandare: str, titel: str) -> None:
    """The sender that asks in its running text is named ('X välkomnar synpunkter', 'X ber om utlåtanden', 'X
    ger härmed kommunerna tillfälle att yttra sig', 'X har beslutat att remittera', 'Förbundsstyrelsen i X'), and
    under a heading that names only the request or the notice ('Begäran om utlåtande', 'Kungörelse') the title
    is what the sentence asks on or has prepared (before: no sender, the board, or the label as title)."""
    remiss = _remiss(text, 0)
    assert (remiss.avsandare, remiss.titel) == (avsandare, titel)
