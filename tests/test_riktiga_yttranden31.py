"""ytt31 (session 25): prov23's kontroll and typing misses (informed: prov23 is reported), each fixed as a
class in the rules.

The sentences are quoted from the real documents in tests/korpus/prov23/ (source in each <id>.txt); the
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
    _lines,
    _regler,
    _stallning,
    igenkanda,
    utan_typmodell,
)

ELEVERNAS = (
    "Remissvar",
    "Här finns Elevernas riksförbunds remissvar på statliga utredningar och lagförslag. Innan regeringen tar "
    "beslut om nya förslag läser de remissvaren för att få en uppfattning om vad berörda parter tycker. Vi "
    "svarar därför på remisser för att föra fram elevers röst i frågor som rör elever. Remissvar är "
    "en viktig "
    "del i att stärka barnrättsperspektivet och elevers röst inför nya förändringar och lagar.",
    "2023",
    "Elevernas riksförbunds tillstyrker att elever lättare ska få läsa i snabbare takt och på en högre nivå. "
    "Vi ser mycket positivt på att regeringen ändrat i de föreslagna lydelserna utifrån Elevernas "
    "riksförbunds föregående remissvar, och numera inkluderar elevers inflytande över sin skolgång. […]",
    "Elevernas riksförbund välkomnar SOU 2022:70, och är mycket positiva till att våld mot barn "
    "prioriteras i "
    "en samlad strategi. Vi tillstyrker strategins övergripande mål, långsiktiga mål, struktur, genomförande "
    "och prioriterade insatsområden inom alla fem mål, med förebehåll för invändningar och "
    "synpunkter i vissa "
    "delar. […]",
    "Elevernas riksförbunds övergripande uppfattning till förslaget är positiv. Vi förespråkar "
    "ämnesbetyg med "
    "hänsyn till minskad stress hos eleverna, och en mer rättvis betygssättning till följd av det mer "
    "holistiska bedömningssättet. […]",
    "Elevernas riksförbund bifaller förslaget och ser positivt på att det samiska språket får ett "
    "tredje spår "
    "för nybörjare. Våra huvudsakliga synpunkter är att urfolket och den nationella minoriteten samer bör ha "
    "tolkningsföreträde i processen, att elever måste få möjlighet att utvärdera kursplanen efter "
    "implementering […]",
    "Elevernas riksförbunds avslår författningsförslaget. Detta med hänsyn till oro över ett minskat "
    "elevinflytande i praktiken, och risk för minskad motivation hos eleverna när makt över sin egen "
    "skolgång reduceras. […]",
)


@REGLER_OCH_MODELL
def test_organisationens_sida_med_sina_remissvar_ar_ingen_remissvar(
    tmp_path: Path, request: pytest.FixtureRequest, regler_ensamma: bool
) -> None:
    """prov23/elevernas-riksforbund-remissvar-lista (https://elevernasriksforbund.se/remissvar/): a student
    organisation's page of its answers, a few lines of each ('Här finns Elevernas riksförbunds remissvar på
    statliga utredningar och lagförslag', then 'tillstyrker …', 'bifaller förslaget', 'avslår
    författningsförslaget' under each other). The cues already said no (the collection cue
    'samling-av-remissvar' against it); the type model, sure of a yttrande (0,72) from the stance words, made
    it one. A list or archive of answers is no answer: the collection cue keeps the type model out, as a
    report of others' answers does: annat."""
    _regler(request, regler_ensamma)
    assert igenkanda(_docx(tmp_path / "e.docx", *ELEVERNAS)) == []


@REGLER_OCH_MODELL
@pytest.mark.parametrize(
    ("stycken", "yttrande"),
    [
        # the same class in other words: another organisation's archive of its answers
        (("Våra remissvar",
          "Här samlar vi förbundets remissvar till regeringen och myndigheterna. Vi svarar på remisser som "
          "berör våra medlemmars villkor.",
          "Förbundet tillstyrker förslaget om en ny lag om yrkeshögskolan, men vill se en tydligare "
          "finansiering. Läs mer",
          "Förbundet avstyrker promemorians förslag om höjda avgifter för studerande. Läs mer",
          "Förbundet välkomnar betänkandet och stöder utredningens förslag om fler platser. Läs mer"), False),
        # one answer on its own page stays a yttrande: 'vårt remissvar', one remiss named
        (("Vårt remissvar om yrkeshögskolan",
          "Här finns vårt remissvar på promemorian Ett stärkt yrkeshögskoleutbud (U2023/01234). Förbundet "
          "tillstyrker förslaget om en ny lag om yrkeshögskolan men vill se en tydligare finansiering.",
          "Vi anser att utbildningarna behöver långsiktiga besked om sina platser, och att huvudmännen ska "
          "få besked i god tid före ansökningsomgången.",
          "Läs hela remissvaret här."), True),
        (("Remissvar: Ett stärkt yrkeshögskoleutbud",
          "Förbundet har svarat på Utbildningsdepartementets remiss av promemorian Ett stärkt "
          "yrkeshögskoleutbud. Förbundet tillstyrker förslaget om en ny lag om yrkeshögskolan men vill se en "
          "tydligare finansiering av utbildningarna, som i dag får besked för sent. Läs mer",
          "Förbundet anser att huvudmännen ska få besked i god tid före ansökningsomgången."), True),
    ],
)
def test_samling_av_egna_svar_i_annan_ordalydelse(
    tmp_path: Path, request: pytest.FixtureRequest, regler_ensamma: bool, stycken: tuple[str, ...],
    yttrande: bool
) -> None:
    """A page collecting an organisation's answers is no answer, with or without the type model; a page with
    the one answer ('Här finns vårt remissvar på promemorian …') is one."""
    _regler(request, regler_ensamma)
    assert bool(igenkanda(_docx(tmp_path / "s.docx", *stycken))) is yttrande


HS_OSTERGOTLAND = (
    "Hushållningssällskapet Östergötlands yttrande till vattenmyndigheten",
    "Hushållningssällskapet Östergötland har svarat på den remiss som har skickats ut gällande det nya "
    "vattendirektivet.",
    "Direktivet har som mål att säkerställa att det finns rent vatten att tillgå i framtiden. Detta "
    "tycker vi "
    "är mycket positivt och ställer oss bakom. Tyvärr är många av de åtgärder som är föreslagna inte "
    "lösningar som är tillämpbara i praktiken. Det får då som konsekvens att det inte gagnar syftet.",
    "Ett Hushållningssällskap har som uppgift att verka för landsbygdens utveckling och medverka "
    "till att det "
    "är möjligt att bo och arbeta där. Ett direktiv som detta är då viktigt att det beslutas på ett sätt som "
    "inte minskar möjligheterna till landsbygdens utveckling. Detta ligger till grunden för att "
    "Hushållningssällskapen i Sverige har svarat på remissen nationellt och Hushållningssällskapet "
    "Östergötland har svarat regionalt i Östergötland.",
    "Det svar som Hushållningssällskapet Östergötland lämnat in går att läsa via länken.",
    "Hushållningssällskapet Östergötlands yttrande till vattenmyndigheten.",
)


@REGLER_OCH_MODELL
def test_stod_for_ett_mal_som_meningen_fore_namnger_ar_inget_stallningstagande(
    tmp_path: Path, request: pytest.FixtureRequest, regler_ensamma: bool
) -> None:
    """prov23/hs-ostergotland-vattenmyndigheten-yttrande (https://hushallningssallskapet.se/hushallningssall
    skapet-ostergotlands-yttrande-till-vattenmyndigheterna/): 'Direktivet har som mål att säkerställa att det
    finns rent vatten … Detta tycker vi är mycket positivt och ställer oss bakom.' The support has no object
    of its own; it points back to the aim the sentence before names, and the measures are then criticised:
    support for an aim is a comment (README: 'välkomnar att …', 'ställer sig positiv till att …'), no
    stance: null (was tillstyrker)."""
    _regler(request, regler_ensamma)
    [kontroll] = igenkanda(_docx(tmp_path / "h.docx", *HS_OSTERGOTLAND))
    assert kontroll.stallningstagande is None


@pytest.mark.parametrize(
    ("meningar", "varde"),
    [
        # the same class in other words: an aim stated, then support pointing back to it
        (("Planen syftar till att fler ska välja kollektivtrafiken.", "Det ställer vi oss bakom."), None),
        (("Syftet med förslaget är att korta handläggningstiderna.", "Detta ställer sig nämnden bakom."),
         None),
        (("Strategin har till syfte att minska utsläppen.", "Vi ställer oss positiva till detta."), None),
        # support with its own object, or after a sentence that names no aim, is the stance
        (("Direktivet har som mål att säkerställa rent vatten.", "Vi ställer oss bakom förslaget."),
         "tillstyrker"),
        (("Utredningen har arbetat i två år.", "Detta tycker vi är mycket positivt och ställer oss bakom."),
         "tillstyrker"),
        # support for the aim beside a stance on the proposal: the stance
        (("Planen syftar till att fler ska välja kollektivtrafiken.", "Det ställer vi oss bakom.",
          "Nämnden avstyrker dock förslaget."), "avstyrker"),
    ],
)
def test_stod_for_malet_i_annan_ordalydelse(meningar: tuple[str, ...], varde: str | None) -> None:
    """Support without an object of its own, or with 'detta'/'det', right after a sentence stating an aim
    ('har som mål att', 'syftar till', 'Syftet med … är att') is support for the aim: a comment."""
    assert _stallning(*meningar) == varde


def test_syfte_bakat_exempel() -> None:
    """Each example of modeller/stallning.toml [syfte_bakat] takes no stance; each counter-example is
    tillstyrker."""
    from remiss.modelldata import modell_toml

    data = modell_toml("stallning.toml")["syfte_bakat"]
    for meningar in data["exempel"]:
        assert _stallning(*meningar) is None, meningar
    for meningar in data["inte_exempel"]:
        assert _stallning(*meningar) == "tillstyrker", meningar


SAMI = (
    "Läs SAMI:s yttrande till lagförslaget",
    "Justitiedepartementet",
    "Enheten för immaterialrätt och transporträtt",
    "Att: Rickard Sobocki",
    "103 33 Stockholm",
    "e-post: [email protected]",
    "Betänkandet av utredningen om kollektiv rättighetsförvaltning på upphovsrättsområdet SOU 2015:47",
    "Sammanfattning",
    "SAMI är som utgångspunkt positivt inställt till ett EU gemensamt regelverk för kollektiv "
    "rättighetsförvaltning och tillstyrker att direktivet genomförs genom att en ny lag införs.",
    "SAMI uppfattar att direktivet är avsett att främja en sund kollektiv rättighetsförvaltning och "
    "menar att "
    "lagstiftningsarbetet därför måste genomsyras av en rimlig balans mellan rättighetshavarnas rättigheter "
    "och organisationernas förutsättningar att bedriva en kostnadseffektiv förvaltning.",
    "SAMI efterlyser en tydlig vägledning om när den nya lagens bestämmelser gäller utöver eller "
    "istället för "
    "befintlig associationsrättslig reglering.",
    "SAMI avstyrker formuleringen av styrelseledamots och vd:s skadeståndsansvar, förslagets 12 kap. "
    "4 § 1 st. "
    "SAMI menar att skadeståndsansvaret ska motsvara vad som gäller enligt den associationsrättsliga "
    "regleringen.",
    "Det bör framgå direkt i lagtexten, förslagets 5 kap. 4 § att stämman kan förfoga över utnämnande eller "
    "avskedande av styrelseledamöter genom föreskrifter i stadgarna. SAMI har påpekat att ordet "
    "”avskedande” känns främmande i sammanhanget.",
)


@REGLER_OCH_MODELL
def test_helheten_tillstyrkt_och_en_formulering_avstyrkt(
    tmp_path: Path, request: pytest.FixtureRequest, regler_ensamma: bool
) -> None:
    """prov23/sami-kollektiv-rattighetsforvaltning-yttrande (https://abcdocz.com/doc/4132947/): 'SAMI …
    tillstyrker att direktivet genomförs genom att en ny lag införs' supports the betänkande's whole (it
    implements the directive by a new law), and 'SAMI avstyrker formuleringen av styrelseledamots och vd:s
    skadeståndsansvar, förslagets 12 kap. 4 § 1 st.' rejects one wording. README, Blandat: a stance on the
    whole with exceptions for parts is the whole's value: tillstyrker (was avstyrker: the 'att' clause read as
    a part, the wording as the whole)."""
    _regler(request, regler_ensamma)
    [kontroll] = igenkanda(_docx(tmp_path / "s.docx", *SAMI))
    assert kontroll.stallningstagande == "tillstyrker"
    assert kontroll.har_sammanfattning is True


@pytest.mark.parametrize(
    ("meningar", "varde"),
    [
        # the same class in other words: the whole supported, a wording, a text or a definition rejected
        (("Förbundet tillstyrker att direktivet genomförs i svensk rätt.",
          "Förbundet avstyrker dock lydelsen av 3 kap. 2 § i lagförslaget."), "tillstyrker"),
        (("Föreningen tillstyrker förslaget.",
          "Föreningen avstyrker skrivningen om ansvar i förslagets 5 kap."), "tillstyrker"),
        (("Myndigheten avstyrker promemorians förslag.",
          "Myndigheten tillstyrker däremot definitionen av begreppet tjänst."), "avstyrker"),
        (("Förbundet tillstyrker att lagförslaget antas.", "Förbundet avstyrker dock att avgiften höjs."),
         "tillstyrker"),
        # an 'att' clause about a part of the directive, in the genitive, stays a part
        (("Vi tillstyrker förslaget.", "Vi avstyrker att direktivets artikel 5 genomförs i förordning."),
         "tillstyrker"),
        # parts both ways, nothing on the whole: blandat (the truth's null)
        (("Föreningen tillstyrker formuleringen av 2 §.", "Föreningen avstyrker lydelsen av 3 §."),
         "blandat"),
    ],
)
def test_helhet_och_formulering_i_annan_ordalydelse(meningar: tuple[str, ...], varde: str) -> None:
    """A wording, a text or a definition of the proposal is a part; 'att' with the remitted matter's own word
    as its subject ('att direktivet genomförs', 'att lagförslaget antas') is the whole."""
    assert _stallning(*meningar) == varde


@pytest.mark.parametrize("grupp", ["delord", "det_remitterade_att"])
def test_delord_och_det_remitterade_exempel(grupp: str) -> None:
    """Each example of modeller/stallning.toml [delord] and [det_remitterade_att] gives its value."""
    from remiss.modelldata import modell_toml

    for meningar, varde in modell_toml("stallning.toml")[grupp]["exempel"]:
        assert _stallning(*meningar) == varde, meningar


LOVSTA = (
    "Granskningsyttrande över förslag till detaljplan",
    "Nu har vår jurist Gunilla Högberg Björck skickat in granskningsyttrandet över föreslagen "
    "detaljplan till "
    "Stockholms stadsbyggnadskontor gällande Lövstaverket, del av fastigheterna Hässelby villastad 36:1 och "
    "28:1 i stadsdelen Hässelby villastad, Dp 2017-09500, se bifogade filer (huvudinlaga och 3(4) bilagor).",
    "Utöver all vår tidigare kritik har den ansökta anläggningen nu blivit avsevärt större, med betydligt "
    "flera- och grövre skorstenar! Läs vår jurists yttrande (Yttrandedetaljplan221010) och bilaga 4 "
    "(Bilaga 4 "
    "221011, Synpunkter på Planbeskrivning_granskning) som jämför storleken!",
    "Bilaga 2 med fullmaktsgivare publiceras inte online.",
)


@REGLER_OCH_MODELL
def test_planens_nummer_utan_etikett(
    tmp_path: Path, request: pytest.FixtureRequest, regler_ensamma: bool
) -> None:
    """prov23/raddalovsta-lovstaverket-granskningsyttrande (https://raddalovsta.se/granskningsyttrande/): an
    association's notice of its granskningsyttrande names the plan's number after the plan, without a label:
    'Dp 2017-09500'. A plan case's number (the plan's kind or the plan committee's code, the year and the
    serial: modeller/dnr.toml 'planärende') is a dnr wherever it stands (was null)."""
    _regler(request, regler_ensamma)
    [kontroll] = igenkanda(_docx(tmp_path / "l.docx", *LOVSTA))
    assert kontroll.diarienummer == "Dp 2017-09500"
    assert kontroll.stallningstagande is None


@pytest.mark.parametrize(
    ("rad", "dnr"),
    [
        # the same class in other words: another plan, another code, in brackets or after the name
        ("Föreningen har lämnat synpunkter på detaljplanen för kvarteret Tornet (SBN 2021/118).",
         "SBN 2021/118"),
        ("Yttrande över planförslaget för Norra hamnen, DP 2019-1234, från Hamnens vänner", "DP 2019-1234"),
        ("Vi har skickat in vårt yttrande i ärendet Plan 2020/45 till nämnden.", "Plan 2020/45"),
        # a decision's date after the committee's code is no number, nor a plan without its serial
        ("Beslut om samråd i samhällsbyggnadsnämnden, beslut SBN 2022-06-16 §", None),
        ("Detaljplanen antogs i Dp 2017 års program.", None),
        # another body's number of the general form still needs a label
        ("Kommunstyrelsen beslutade i ärendet KS 2022-00304 att …", None),
    ],
)
def test_planens_nummer_i_annan_ordalydelse(rad: str, dnr: str | None) -> None:
    """A plan case's number stands without a label; a date after the code, or another form, does not."""
    from remiss.extract.dnr import utan_etikett_dnr

    assert utan_etikett_dnr(_lines(rad)) == dnr


@pytest.mark.parametrize(
    ("rader", "dnr"),
    [
        # bench_layoutbyte (rk, tabell, webb as PDF): the line breaks after the plan's code
        (("28:1 i stadsdelen Hässelby villastad, Dp", "2017-09500, se bifogade filer (huvudinlaga och 3(4)"),
         "Dp 2017-09500"),
        # the same class in other words: another code, another break
        (("Föreningen har lämnat synpunkter på detaljplanen för kvarteret Tornet, SBN", "2021/118."),
         "SBN 2021/118"),
    ],
)
def test_planens_nummer_ombrutet_efter_koden(rader: tuple[str, ...], dnr: str) -> None:
    """A plan's number broken over two lines after its code is read whole (the lines are read joined)."""
    from remiss.extract.dnr import utan_etikett_dnr

    assert utan_etikett_dnr(_lines(*rader)) == dnr


FRIS = (
    "Aktuellt från Sveriges riksdag: Behandling pågår av motionen om finlandssvenskarna i Sverige",
    "Just nu pågår i Sveriges riksdags Konstitutionsutskott, KU, behandlingen av en motion av "
    "Kerstin Lundgren "
    "(c) med syfte att ge även oss finlandssvenskar i Sverige status som nationell minoritet. Motionen har "
    "nummer 2014/15:539 och kan läsas",
    ".",
    "FRIS har delgett utskottet sina synpunkter i ett",
    "(klicka för att läsa) och återkommer efterhand med mer information.",
)


@REGLER_OCH_MODELL
def test_har_delgett_utskottet_sina_synpunkter(
    tmp_path: Path, request: pytest.FixtureRequest, regler_ensamma: bool
) -> None:
    """yttranden/fris-ku-motion-finlandssvenskar-synpunkter (http://www.fris.nu/aktuellt-om-motionen-om-
    finlandssvenskarna-i-sverige-i-sveriges-riksdag/): a federation's notice that it 'har delgett utskottet
    sina synpunkter' on a motion in the riksdag's committee. 'delge' is to hand something to its recipient:
    the sender's own answer, as 'har överlämnat sina synpunkter' (yttrandesignaler.jsonl
    lamnar-sitt-remissvar): a yttrande (was not found), no stance (the motion's aim is told), and the motion's
    number is no dnr."""
    _regler(request, regler_ensamma)
    [kontroll] = igenkanda(_docx(tmp_path / "f.docx", *FRIS))
    assert kontroll.stallningstagande is None
    assert kontroll.diarienummer is None


@pytest.mark.parametrize(
    ("rad", "traff"),
    [
        # the same class in other words: another tense, another recipient
        ("Föreningen har nu delgivit kommunen sina synpunkter på detaljplanen.", True),
        ("Förbundet delger härmed Trafikverket våra synpunkter på vägplanen.", True),
        # a body that hands over a decision, or others' views, is no own answer
        ("Länsstyrelsen delger härmed beslutet till berörda fastighetsägare.", False),
        ("Kommunen har delgett sökanden grannarnas synpunkter.", False),
    ],
)
def test_delge_sina_synpunkter_i_annan_ordalydelse(rad: str, traff: bool) -> None:
    """'delge' with the sender's own answer or views ('sina synpunkter', 'våra synpunkter') is the own answer
    handed over; a decision or others' views handed over is not."""
    from remiss.kontroll.signaler import poang

    assert ("lamnar-sitt-remissvar" in poang(_lines(rad))[1]) is traff


GODJURIDIK = (
    "LSS-utredningen går ut på remiss",
    "I januari 2019 presenterades LSS-utredningen, ”Översyn av insatser enligt LSS och "
    "assistansersättningen” "
    "av den särskilda utredaren Gunilla Malmborg. Utredningen möttes av massiv kritik och troligen var vi "
    "ganska många som hoppades att utredningen skulle hamna i papperskorgen utan vidare åtgärder.",
    "Nu har regeringen beslutat att skicka utredningen på en remissrunda. Socialminister Lena "
    "Hallengren menar "
    "att de ser behov av ytterligare åtgärder för att förbättra den personliga assistansen och välkomnar "
    "remissinstansernas synpunkter.",
    "Svaren ska vara regeringen tillhanda senast 12 november 2020.",
    "Vi jurister har tidigare sammanfattat LSS-utredningen, läs här.",
    "Regeringens information om remissen hittar du här.",
    "Vill du komma i kontakt med oss?",
    "Mejla info@godjuridik.se eller ring oss på tfn 010-405 55 40",
)


@REGLER_OCH_MODELL
def test_annans_nyhet_om_regeringens_remiss_ar_ingen_remiss(
    tmp_path: Path, request: pytest.FixtureRequest, regler_ensamma: bool
) -> None:
    """prov16/godjuridik-lss-utredningen-remiss-nyhet (https://www.godjuridik.se/lss-utredningen-gar-ut-pa-
    remiss/): a law firm's news that the government sends the LSS inquiry on remiss, with the government's
    deadline for the remissinstanser ('Svaren ska vara regeringen tillhanda senast 12 november 2020') and a
    pointer to the remitter's own page ('Regeringens information om remissen hittar du här'); the reader is
    asked for nothing. README: the sender's own news on an open remiss is the remiss, another's news about it
    is annat (missiv.toml annans_remissinformation, -4: score 7 → 3). Was read as a remiss by the rules."""
    from remiss.pipeline import tolka_fil

    _regler(request, regler_ensamma)
    fil = _docx(tmp_path / "g.docx", *GODJURIDIK)
    assert tolka_fil(fil) == []
    assert igenkanda(fil) == []


@REGLER_OCH_MODELL
@pytest.mark.parametrize(
    ("stycken", "remiss"),
    [
        # the same class in other words: a union's news about a ministry's remiss, pointing to its page
        (("Ny hemtjänstlag ute på remiss",
          "Nu har Socialdepartementet skickat promemorian om nya regler för hemtjänsten på remiss. Sista dag "
          "att svara på remissen är den 3 mars 2025.",
          "Departementets information om remissen finns på regeringen.se.",
          "Vi återkommer med en analys av förslagen."), False),
        # a member organisation that forwards it and asks its members for their views stays a remiss
        (("Ny skollag ute på remiss",
          "Utbildningsdepartementet har skickat promemorian om en ny skollag på remiss, och förbundet är "
          "remissinstans. Regeringens information om remissen hittar du här.",
          "Vi vill ha dina synpunkter inför vårt remissvar. Skicka dem till remiss@forbundet.se senast den "
          "3 februari 2025."), True),
    ],
)
def test_annans_remissinformation_i_annan_ordalydelse(
    tmp_path: Path, request: pytest.FixtureRequest, regler_ensamma: bool, stycken: tuple[str, ...],
    remiss: bool
) -> None:
    """A page pointing to the remitter's own information about a remiss, asking the reader for nothing, is
    another's news (annat); one that also asks its members for views to its own answer is a remiss."""
    from remiss.pipeline import tolka_fil

    _regler(request, regler_ensamma)
    assert bool(tolka_fil(_docx(tmp_path / "r.docx", *stycken))) is remiss
