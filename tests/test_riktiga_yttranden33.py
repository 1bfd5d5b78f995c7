"""ytt33 (session 27): prov25's kontroll and typing misses (informed: prov25 is reported), each fixed as a
class in the rules.

The sentences are quoted from the real documents in tests/korpus/prov25/ (source in each <id>.txt); the
documents are built here in the shapes the real ones have. Each test of a whole document is run with the rules
alone (the type model switched off, fixture `utan_typmodell`) and with the type model. After each real excerpt
a paraphrase of the same class in other words, written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_kontroll_riktiga import (  # noqa: F401 - the fixture
    REGLER_OCH_MODELL,
    _docx,
    _regler,
    _stallning,
    igenkanda,
    kontrollera_fil,
    utan_typmodell,
)

TRADPLAN = (
    "Synpunkt på samråd Haga Station",
    "Synpunkt på samråd Haga Station:",
    "Yttrande över Detaljplan för Västlänken, Station Haga med omgivning inom stadsdelarna Haga, Inom "
    "Vallgraven, Pustervik samt Vasastaden i Göteborg, Samrådshandling 30 september 2014",
    "Klagande",
    "Namn: Föreningen Trädplan Göteborg",
    "Saken",
    "Synpunkt på samråd / Yttrande över Detaljplan för ”Västlänken – Station Haga.”",
    "Vi ansöker även om att inkomma med ytterligare kompletteringar senast 5 dec 2014",
    "Yrkande",
    "Trädplan Göteborg yrkar på att detaljplanen för Station Haga revideras med hänsyn till de invändningar "
    "som framförs i bilagda dokument.",
    "Utred alternativ som skyddar våra Riksintressen, träd- och grönområden samt kulturmiljöer i Göteborg!",
)


@pytest.mark.usefixtures("utan_typmodell")
def test_yrkande_att_detaljplanen_revideras_avstyrker(tmp_path: Path) -> None:
    """prov25/tradplan-haga-station-samradsyttrande (http://www.tradplangoteborg.se/synpunkt-pa-samrad-haga-
    station/): 'yrkar på att detaljplanen för Station Haga revideras med hänsyn till de invändningar …'
    rejects the plan as it stands without the stance word, as 'kräver att … räknas om' (README: avvisande
    utan ordet); the plan's name after its word ('för Station Haga') and the verb 'revideras' were not
    read."""
    [kontroll] = kontrollera_fil(_docx(tmp_path / "t.docx", *TRADPLAN))
    assert kontroll.stallningstagande == "avstyrker"


@pytest.mark.parametrize(
    ("mening", "vantat"),
    [
        # the page's own words
        ("Trädplan Göteborg yrkar på att detaljplanen för Station Haga revideras med hänsyn till de "
         "invändningar som framförs i bilagda dokument.", "avstyrker"),
        # the same class in other words: another sender, another verb, another name of the remitted matter
        ("Föreningen begär att planprogrammet för Norra hamnen omarbetas i sin helhet.", "avstyrker"),
        ("Vi kräver att förslaget till ny översiktsplan revideras innan det går ut på granskning.",
         "avstyrker"),
        ("Hyresgästföreningen yrkar att detaljplanen inte antas.", "avstyrker"),
        ("Vi yrkar att förslaget avslås.", "avstyrker"),
        # the demand without a verb of asking, the plan first
        ("Planförslaget bör omarbetas i sin helhet.", "avstyrker"),
        ("Vi anser att översiktsplanen måste revideras innan den antas.", "avstyrker"),
        ("Utredningen bör därför göras om från början.", "avstyrker"),
        # the sender's own yrkande, the stance word after it: no meeting's procedure
        ("Vi yrkar avslag på lagförslaget.", "avstyrker"),
        ("Förbundet har gått igenom promemorian och yrkar att förslaget avstyrks i sin helhet.", "avstyrker"),
        # the rejection in other words still: wanting or proposing that it be withdrawn or reworked, the
        # planning work or the project stopped, 'bör avvisas', 'är emot', 'avråder från', 'motsätter oss'
        ("Vi vill att förslaget dras tillbaka.", "avstyrker"),
        ("Kommunen föreslår att förslaget omarbetas i sin helhet.", "avstyrker"),
        ("Föreningen kräver att planarbetet avbryts.", "avstyrker"),
        ("Vi anser att lagförslaget bör avvisas.", "avstyrker"),
        ("Vi är emot förslaget.", "avstyrker"),
        ("Föreningen är därför helt emot den föreslagna detaljplanen.", "avstyrker"),
        ("Myndigheten avråder från att förslaget genomförs.", "avstyrker"),
        ("Vi motsätter oss den föreslagna detaljplanen.", "avstyrker"),
        # and the support without the word the other way round: 'inga hinder', 'förordar att … genomförs'
        ("Vi ser inga hinder för att förslaget genomförs.", "tillstyrker"),
        ("Nämnden förordar att planförslaget antas.", "tillstyrker"),
        # not the class: a change asked for, a part, a timetable, a member's motion in a protocol
        ("Vi kräver att förslaget görs tydligare.", None),
        ("Föreningen kräver att planen revideras på några punkter.", None),
        ("Vi kräver att förslaget om avgifter görs om.", None),
        ("Planen bör revideras i vissa delar.", None),
        ("Planen ska revideras årligen.", None),
        ("Peter Svensson (V) yrkar att nämnden avstyrker motionen om handlingsplan.", None),
        ("Vi yrkar dock bifall till punkt 2 och 3.", None),
        ("Vi är emot att avgiften höjs.", None),
        ("Vi avråder från att införa en avgift.", None),
        ("Det finns inga hinder för att bevilja bygglov.", None),
        ("Vi vill att förslaget kompletteras.", None),
        # prov5/roks-hallbar-socialtjanst-remissvar: 'oss' with a subset before it, no object after
        ("Roks anser att det i utredningen finns ett flertal förslag som vi ser som positiva, men det finns "
         "också punkter som vi är frågande till och vissa som vi motsätter oss.", None),
    ],
)
def test_yrkande_att_forslaget_arbetas_om_i_annan_ordalydelse(mening: str, vantat: str | None) -> None:
    """A yrkande or demand that the remitted matter be revised, reworked, not adopted or rejected, or that it
    'bör/måste omarbetas', rejects it as it stands: avstyrker (README: avvisande utan ordet), as do 'är emot',
    'avråder från' and 'motsätter oss' the remitted matter; 'inga hinder för att förslaget genomförs' and
    'förordar att planförslaget antas' support it. A demand for a change ('görs tydligare'), for a part ('på
    några punkter', 'förslaget om avgifter', 'är emot att avgiften höjs'), a timetable ('ska revideras
    årligen') or a member's motion in a protocol is no stance."""
    assert _stallning(mening) == vantat



TILRF = (
    "2020 Modernare byggregler",
    "Nu har vi skickat in TILRF remissvar på remissen Modernare byggregler till Finansdepartementet. Du "
    "hittar dokumentet längre ner på den här sidan. Vi har valt att även lägga ut det publikt på hemsidans "
    "första-sida under Aktuellt. Nu är det bara att hoppas att det gör skillnad.",
    "Kommittén för Modernare byggregler har under hösten genomfört två hearings där TILRF deltagit. Den "
    "första genomfördes den 24 september. Där diskuterades de svenska byggreglerna med utgångspunkt i "
    "vägvalen och frågorna i rapporten Vägval för Sveriges nya byggregler.",
    "Den andra genomfördes den 19 november och där diskuterades kontrollsystemet, hur ser tillämpares "
    "problembild ut och vilka idéer finns om lösningar.",
    "Vi var indelade i förutbestämda grupper där varje enskild grupp innehöll representanter från olika "
    "samhällsintressen, så pass olika att det var svårt att komma överens om några slutsatser.",
    "Vi koncentrerar oss på att skriva vårt formella remissvar på betänkandet.",
)


@REGLER_OCH_MODELL
def test_forening_som_har_skickat_in_sitt_remissvar_ar_ett_yttrande(
    tmp_path: Path, request: pytest.FixtureRequest, regler_ensamma: bool
) -> None:
    """prov25/tilrf-modernare-byggregler-remissvar (https://tilrf.se/remisser/kommitten-for-modernare-
    byggregler/): 'Nu har vi skickat in TILRF remissvar på remissen …' (the name before the word without a
    genitive) and 'vårt formella remissvar' (an adjective before it): the association's own page about the
    answer it sent, without a stance, is a yttrande (README: an organisation's page about its own answer)."""
    _regler(request, regler_ensamma)
    assert len(igenkanda(_docx(tmp_path / "t.docx", *TILRF))) == 1


@REGLER_OCH_MODELL
@pytest.mark.parametrize(
    ("stycken", "yttrande"),
    [
        # the same class in other words: inverted order, the past tense, another sender and answer word
        (("Översiktsplan 2040",
          "I förra veckan skickade vi in föreningens yttrande över samrådsförslaget till översiktsplan 2040 "
          "till kommunen. Yttrandet finns längre ned på sidan.",
          "Under våren deltog föreningen i två dialogmöten som kommunen ordnade i Folkets hus. Mötena var "
          "välbesökta men frågorna var svåra att svara på, och tiden räckte inte till.",
          "Styrelsen fortsätter att följa planarbetet och återkommer till medlemmarna i höst."), True),
        (("Nya regler för båtlivet",
          "Förbundet deltog i två samrådsmöten med Transportstyrelsen under våren. Frågorna gällde främst "
          "registreringen av fritidsbåtar och avgifterna för den.",
          "Nu har vi lämnat ett remissvar på promemorian om båtregister till Infrastrukturdepartementet. Det "
          "finns att läsa på vår webbplats under Aktuellt.",
          "Styrelsen följer frågan vidare och återkommer till medlemmarna."), True),
        # 'vårt fullständiga remissvar': an adjective before the own answer
        (("Skogsvårdslagen",
          "Föreningen har följt utredningens arbete sedan starten och deltog i två hearingar under hösten. "
          "Frågorna var många och tiden kort.",
          "Här finns vårt fullständiga remissvar på betänkandet om en ny skogsvårdslag, som skickades till "
          "departementet i december.",
          "Styrelsen återkommer med mer information på årsmötet."), True),
        # the own answer in the first person and the remitting body as subject ('Boverket föreslår att …'):
        # the remiss told, no report of another's answer
        (("Nyheter", "Nya byggregler",
          "Vi har svarat på Boverkets remiss om nya byggregler för tillgänglighet. Läs vårt remissvar här.",
          "Boverket föreslår att kraven på tillgänglighet i småhus sänks och att kommunerna får pröva fler "
          "undantag. Förslaget har diskuterats i flera år och berör både nybyggda hus och ombyggnader av "
          "äldre hus i hela landet.",
          "Föreningen har under hösten träffat flera av de andra organisationerna på området och följer "
          "frågan vidare."), True),
        # a board's skrivelse in a county board's consultation: 'Vårt svar på förslaget', 'synpunkter på
        # länsstyrelsens förslag till …' (another's proposal in the genitive), 'Hela skrivelsen finns …'
        (("Nyheter 2023-04-12", "Vårt svar på förslaget om vindkraft",
          "Styrelsen har lämnat föreningens synpunkter på länsstyrelsens förslag till vindbruksplan för "
          "länet. Vi motsätter oss att området vid Stora mossen pekas ut som lämpligt för vindkraft.",
          "Synpunkterna skickades till länsstyrelsen den 10 april. Hela skrivelsen finns att läsa nedan."),
         True),
        # … but a local paper on the same, in the third person, stays a text on another's answer
        (("Lokalt", "Kritik mot vindbruksplanen",
          "Naturskyddsföreningen i Kalmar har lämnat synpunkter på länsstyrelsens förslag till "
          "vindbruksplan. Föreningen motsätter sig att området vid Stora mossen pekas ut som lämpligt för "
          "vindkraft.",
          "Enligt föreningen hotas flera fågelarter. Länsstyrelsen ska fatta beslut om planen under hösten, "
          "uppger planhandläggaren Eva Ek."), False),
    ],
)
def test_eget_inskickat_svar_i_annan_ordalydelse(
    tmp_path: Path, request: pytest.FixtureRequest, regler_ensamma: bool, stycken: tuple[str, ...],
    yttrande: bool
) -> None:
    """The sender saying in the first person that it has sent in its answer ('skickade vi in föreningens
    yttrande', 'Nu har vi lämnat ett remissvar på …') or naming 'vårt fullständiga remissvar' is its own page
    about its answer, also where the remitting body is the subject of what the text tells of the remiss."""
    _regler(request, regler_ensamma)
    assert bool(igenkanda(_docx(tmp_path / "s.docx", *stycken))) is yttrande


def test_citerad_persons_inskickade_svar_ar_inget_eget_svar() -> None:
    """A quoted chair's 'vi' in a newspaper ('– Vi har skickat in ett yttrande …, säger ordföranden NN.') is
    the speaker's: the page names no answer of its own by it."""
    from remiss.kontroll.struktur import bedom
    from tests.test_kontroll_riktiga import _lines

    rader = _lines("Föreningen kritisk till planen",
                   "Byalaget i Norrby är kritiskt till kommunens förslag till översiktsplan för kustområdet.",
                   "– Vi har skickat in ett yttrande till kommunen där trafiken tas upp, säger ordföranden "
                   "Anna Berg.")
    assert "vi-har-lamnat-in-svaret" not in bedom(rader).familjer.get("eget_svar", (0, ()))[1]
    assert "vi-har-lamnat-in-svaret" in bedom(rader[:2] + _lines("Vi har skickat in ett yttrande till "
                                                                 "kommunen.")).familjer["eget_svar"][1]


MUSIKINDUSTRIN = (
    "21 december 2021",
    "Kritiska röster i remissvar",
    "Remissvaren på regeringens förslag till uppdaterad upphovsrättslag finns nu publicerade. Ett hundratal "
    "svar finns offentliga, och de flesta större aktörer i musikbranschen har tagit tillfället i akt och "
    "kommenterat förslaget.",
    "Justitiedepartementets promemoria Upphovsrätten på den digitala inre marknaden har legat ute på remiss "
    "under hösten/vintern, och tiden för att komma in med svar gick ut förra veckan.",
    "Nu har remissvaren från de olika instanserna som bjudits in att svara publicerats på regeringens "
    "webbplats.",
    "Epidemic Sound, SYMF, STIM, IFPI, SKAP, SOM, SAMI, Statens musikverk, Spotify, Musikförläggarna, "
    "Musikerförbundet, Music Management Forum, KLYS och Copyswede har alla lämnat in remissvar, liksom Meta "
    "(Facebook), Google och andra aktörer.",
    "Eller, med andra ord, många organisationer anser att lagförslaget skiljer sig alldeles för mycket från "
    "de ursprungliga formuleringarna i direktivet.",
    "Här följer några utdrag från ett urval av de olika remissvaren.",
    "MMF Sweden kommenterar den föreslagna tidsgränsen kring det som beskrivs som ”rätt till ytterligare "
    "skälig ersättning”:",
)


@REGLER_OCH_MODELL
def test_artikel_om_publicerade_remissvar_ar_inget_yttrande(
    tmp_path: Path, request: pytest.FixtureRequest, regler_ensamma: bool
) -> None:
    """prov25/musikindustrin-upphovsratt-remissvar-publicerade (https://www.musikindustrin.se/2021/12/21/
    remissvar-publicerade/): a trade site on the published answers ('Remissvaren … finns nu publicerade',
    'Ett hundratal svar', 'utdrag från ett urval av de olika remissvaren') and a list of bodies that 'har alla
    lämnat in remissvar'. The headline's 'remissvar' and 'många organisationer anser att' made it a yttrande;
    the list was not read for 'alla' and the bare plural. A text on others' answers: annat."""
    _regler(request, regler_ensamma)
    assert igenkanda(_docx(tmp_path / "m.docx", *MUSIKINDUSTRIN)) == []


@REGLER_OCH_MODELL
@pytest.mark.parametrize(
    ("stycken", "yttrande"),
    [
        # the same class in other words: the list of bodies alone, 'också', 'sina remissvar'
        (("12 mars 2023", "Kritik i remissvar om båtregistret",
          "Transportstyrelsen, Svenska Båtunionen och Sjöräddningssällskapet har också lämnat sina remissvar "
          "på promemorian om ett nytt båtregister, liksom flera båtklubbar.",
          "Infrastrukturdepartementets promemoria har legat ute på remiss under hösten och tiden för att "
          "svara gick ut i januari.",
          "Många av dem anser att avgiften är för hög för de små föreningarna och att registret kommer att "
          "bli dyrt att driva."), False),
        # the answers published and counted, without a list
        (("2 juni 2022", "Remissvaren om strandskyddet",
          "Yttrandena över promemorian om strandskydd har nu publicerats på regeringens webbplats. Ett "
          "femtiotal remissinstanser har lämnat synpunkter.",
          "Miljödepartementets promemoria har legat ute på remiss under våren och tiden för att svara gick "
          "ut i maj.",
          "Många instanser anser att förslaget försvagar skyddet för djur- och växtlivet vid stränderna."),
         False),
        # not the class: the page's own joint answer, its name in the head
        (("Svenska Båtunionen",
          "Remissvar om båtregistret",
          "Svenska Båtunionen, Svenska Seglarförbundet och Svenska Kanotförbundet har lämnat ett gemensamt "
          "remissvar på promemorian om ett nytt båtregister till Infrastrukturdepartementet.",
          "Vi anser att förslaget är bra men att avgifterna måste hållas låga för föreningarna."), True),
    ],
)
def test_andras_publicerade_svar_i_annan_ordalydelse(
    tmp_path: Path, request: pytest.FixtureRequest, regler_ensamma: bool, stycken: tuple[str, ...],
    yttrande: bool
) -> None:
    """Several bodies the head does not name that 'har också lämnat sina remissvar', and answers published
    ('Yttrandena … har nu publicerats') or counted ('Ett femtiotal remissinstanser'), make a text on others'
    answers; a body's own joint answer, its name in the head, stays a yttrande."""
    _regler(request, regler_ensamma)
    assert bool(igenkanda(_docx(tmp_path / "s.docx", *stycken))) is yttrande


@pytest.mark.parametrize(
    ("rader", "dnr"),
    [
        # the page's own words: the university's number before the department's on one line of the head
        (("Blekinge Tekniska Högskola, BTH, 371 79 Karlskrona, 0455-38 50 00 Yttrande 2021-03-03",
          "BTH 1.4.1.-0053-2021 U2021/01271", "Utbildningsdepartementet", "Universitets- och högskoleenheten",
          "Remiss: Möjlighet för regeringen att frångå regeln för beredning av platser",
          "vid urval till högskolan vid extraordinära händelser i fredstid", "Yttrande",
          "Blekinge Tekniska Högskola (BTH) har beretts möjlighet att yttra sig över rubricerade remiss. BTH "
          "ställer sig bakom förslaget."), "BTH 1.4.1.-0053-2021"),
        # the same class in other words: another university, its number without a space after the letters
        (("Luleå tekniska universitet", "LTU-2.1.2-0123-2020 N2020/01234", "Näringsdepartementet",
          "Remissvar: Promemorian Bättre villkor för gruvnäringen",
          "Luleå tekniska universitet har getts tillfälle att yttra sig över promemorian och har inga "
          "invändningar mot förslagen."), "LTU-2.1.2-0123-2020"),
    ],
)
def test_larosatets_eget_nummer_med_klass_fore_departementets(
    tmp_path: Path, rader: tuple[str, ...], dnr: str
) -> None:
    """prov25/bth-urval-extraordinara-handelser-yttrande (5dok transcript): a university writes its number
    with the case's class inside ('BTH 1.4.1.-0053-2021', 'LTU-2.1.2-0123-2020'), a form that was not read, so
    the department's number on the same line was taken; the own number is the yttrande's
    (modeller/dnr.toml, 'lärosäte klass-löpnummer-år')."""
    [kontroll] = kontrollera_fil(_docx(tmp_path / "b.docx", *rader))
    assert kontroll.diarienummer == dnr
