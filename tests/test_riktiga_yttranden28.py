"""ytt28 (session 22): prov20's kontroll misses (informed: prov20 is reported), each fixed as a class in the
rules.

The sentences are quoted from the real documents in tests/korpus/prov20/ (source in each <id>.txt); the
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

SSD = (
    "Sjösportens Samarbetsdelegation – SSD",
    "Svenska Båtunionen – Svenska Kryssarklubben – Svenska Seglarförbundet",
    "Sjöfartsverket",
    "Samhälle och Sjöfart",
    "601 74 Norrköping",
    "Indragningar av fyrar",
    "Den 28 januari 2007 skrev vi i vårt yttrande till sjöfartsverket ett principiellt nej till indragning "
    "av "
    "fyrar i Bottenviken. Samtidigt bad vi om ett möte med sjöfartsverket för att diskutera frågan. Under "
    "våren "
    "kom det flera skrivelser om förslag på indragningar av fyrar, till slut runt hela vår kust.",
    "Den 8 maj 2007 blev det ett möte med sjöfartsverket (Båtlivsnämnden), där huvudfrågan var indragningar "
    "av "
    "fyrar, men där också frågan om kostnader för sjösäkerhet och sjöräddning diskuterades. Vid mötet "
    "vidhöll "
    "och motiverade vi vårt nej till indragningar och sjöfartsverket informerade om att de inte kommer att "
    "göra "
    "några indragningar före 2008.",
    "Med hänvisning till ovan säger SSD fortfarande nej till föreslagna indragningar längs hela kusten. Vi "
    "tror "
    "inte att detta är ett förslag som underlättar att nå målet med halva antalet olyckor. Vi vill inte ge "
    "oss "
    "in i diskussioner om den ena eller andra fyren förrän vi enats om principer, ansvar och kostnader.",
    "Svenska Båtunionen     Svenska Kryssarklubben      Svenska Seglarförbundet",
    "Ingarö 2007-06-19",
)


@REGLER_OCH_MODELL
def test_nej_till_forslaget_med_omvand_ordfoljd_avstyrker(
    tmp_path: Path, request: pytest.FixtureRequest, regler_ensamma: bool
) -> None:
    """prov20/ssd-indragning-fyrar-yttrande (http://xn--bf-eka.se/obf_skrivelser/ssd_indragning_av_fyrar.htm):
    'Med hänvisning till ovan säger SSD fortfarande nej till föreslagna indragningar längs hela kusten' is a
    no to the proposal without the stance word (README: avvisande utan ordet är avstyrker). The subject after
    the verb (inverted order after a fronted adverbial) and 'fortfarande' kept 'säga nej till' from
    matching."""
    _regler(request, regler_ensamma)
    [kontroll] = igenkanda(_docx(tmp_path / "s.docx", *SSD))
    assert kontroll.stallningstagande == "avstyrker"


@pytest.mark.parametrize(
    ("meningar", "varde"),
    [
        # the same class in other words: the subject after the verb, an adverb of time or manner
        (("Mot den bakgrunden säger föreningen alltjämt nej till den föreslagna vägdragningen.",),
         "avstyrker"),
        (("Därför säger vi återigen nej till förslaget.",), "avstyrker"),
        (("Sammantaget säger Naturskyddsföreningen ja till planförslaget.",), "tillstyrker"),
        (("Därmed säger förbundet bestämt ja till förslaget.",), "tillstyrker"),
        # another body's no, inverted, is no stance of the sender's; nor is a no to a part
        (("Därför säger regeringen nej till förslaget.",), None),
        (("I sitt beslut säger utredningen nej till en ny myndighet.",), None),
        (("Därför säger föreningen fortfarande nej till delar av förslaget.",), None),
    ],
)
def test_ja_eller_nej_med_omvand_ordfoljd_i_annan_ordalydelse(
    meningar: tuple[str, ...], varde: str | None
) -> None:
    """'säger X (fortfarande) nej/ja till …' with the subject after the verb is the sender's stance as 'X
    säger nej till …'; the remitting side as that subject is no sender, and a part stays a part."""
    assert _stallning(*meningar) == varde


UNGA_RORELSEHINDRADE = [
    "1(1)",
    "Förbundets inspel gällande utredningen om stärkt assistans",
    "Remissvar. Förbundet Unga Rörelsehindrade har den 1 oktober 2021 lämnat in sitt remissvar angående",
    "statens offentliga utredning Stärkt rätt till personlig assistans – Ökad rättssäkerhet för barn, fler",
    "grundläggande behov och tryggare sjukvårdande insatser.",
    "Nätverket Unga för tillgänglighet (Nuft) är ett samarbetsorgan mellan ett antal ungdomsförbund inom",
    "funktionsrättsrörelsen, där Förbundet Unga Rörelsehindrade ingår. Tidigare i år utsågs Nuft till",
    "remissinstans för utredningen Stärkt rätt till personlig assistans – Ökad rättssäkerhet för barn, fler",
    "grundläggande behov och tryggare sjukvårdande insatser (SOU 2021:37).",
    "Förbundets tillförordnade förbundsordförande Björn Häll Kellerman har på förbundsstyrelsens uppdrag",
    "författat ett svar på remissen. Idag, den 1 oktober 2021, lämnades det in till Socialdepartementet och",
    "publiceras här på förbundets hemsida, dels i filerna nedan, dels i text därunder. På regeringens sida "
    "gällande",
    "remissen kan du läsa både Förbundet Unga Rörelsehindrades och alla andra svarande instansers remissvar.",
    "Svar på remiss av S2021/04587,",
    "Stärkt rätt till personlig assistans (SOU 2021:37)",
    "till",
    "Enheten för socialtjänst och funktionshinderspolitik vid Socialdepartementet",
    "Nätverket Unga för tillgänglighet (Nuft) har av Socialdepartementet utsetts till remissinstans för den",
    "offentliga utredningen Stärkt rätt till personlig assistans (SOU 2021:37) med remiss- och diarienummer",
    "S2021/04587.",
    "Förbundet Unga Rörelsehindrade (härefter även benämnt ”förbundet”) är en av medlemsorganisationerna i",
    "Nuft.",
    "Förbundet Unga Rörelsehindrades förbundsstyrelse har givit undertecknad i uppdrag att författa "
    "förbundets",
    "remissvar.",
    "Eftersom processen med S2021/04587 har varit så pass öppen från socialministerns sida och det finns ett",
    "uttalat stöd från statsrådet att förslagen ska genomföras i sin hel",
]


@REGLER_OCH_MODELL
def test_kategorietikett_i_forsta_meningen_ar_ingen_andra_titel(
    tmp_path: Path, request: pytest.FixtureRequest, regler_ensamma: bool
) -> None:
    """prov20/ungarorelsehindrade-assistans-remissvar (http://ungarorelsehindrade.se/forbundets-inspel-gallande-
    utredningen-om-starkt-assistans/, the `vanster` layout): the news page's category label 'Remissvar.' run
    into the first sentence ('Remissvar. Förbundet Unga Rörelsehindrade har den 1 oktober 2021 lämnat in …')
    was read as a yttrande title, so the answer under its own title 'Svar på remiss av S2021/04587,' was a
    second yttrande. One yttrande, with the remiss's number the answer cites; the minister's support told
    ('det finns ett uttalat stöd från statsrådet att förslagen ska genomföras') is no stance of the sender's,
    and the saved text ends before the answer takes one: null."""
    from tests.conftest import write_pdf

    _regler(request, regler_ensamma)
    [kontroll] = igenkanda(write_pdf(tmp_path / "u.pdf", [UNGA_RORELSEHINDRADE]))
    assert kontroll.diarienummer == "S2021/04587"
    assert kontroll.stallningstagande is None


@pytest.mark.parametrize(
    ("rad", "titel"),
    [
        # the same class in other words: another label word, another sentence after it
        ("Yttrande. Föreningen lämnade i går sitt yttrande över förslaget till ny detaljplan.", False),
        ("Remissvar. Kommunen har svarat på Trafikverkets remiss om väg 27.", False),
        # a title with the label and the matter is still one
        ("Remissvar: Stärkt rätt till personlig assistans (SOU 2021:37)", True),
        ("Yttrande över betänkandet Stärkt rätt till personlig assistans", True),
    ],
)
def test_kategorietikett_fore_en_mening_i_annan_ordalydelse(rad: str, titel: bool) -> None:
    """'Remissvar.' or 'Yttrande.' closed by a full stop before a sentence with a finite verb is a label over
    the text, no title; the word before the matter ('Remissvar: …', 'Yttrande över …') is a title."""
    from remiss.kontroll.hitta import _is_title

    text = "Föreningen anser att förslaget bör genomföras i sin helhet och lämnar följande synpunkter."
    lines = _lines(rad, text)
    assert _is_title(lines, 0) is titel


@pytest.mark.parametrize(
    ("meningar", "varde"),
    [
        # the same class in other words: a minister's or the government's member's view told
        (("Det finns ett tydligt besked från ministern att förslaget bör genomföras.",), None),
        (("Enligt socialministerns uttalande bör förslagen genomföras snarast.",), None),
        # the sender's own view beside the minister's is the sender's
        (("Förbundet anser, liksom statsrådet, att förslaget bör genomföras.",), "tillstyrker"),
        (("Vi delar ministerns bedömning att förslaget bör genomföras.",), "tillstyrker"),
        # the Finnish government's postal address run into the answer's first line is no minister
        (("Till: Miljöministeriet, PB 35, 00023 Statsrådet Natur och Miljö anser att förslaget bör "
          "genomföras.",), "tillstyrker"),
    ],
)
def test_statsradets_stod_i_annan_ordalydelse(meningar: tuple[str, ...], varde: str | None) -> None:
    """A minister's support ('stöd från statsrådet att förslagen ska genomföras') is told, not taken; the
    sender's own verb or 'vi' beside it is its stance."""
    assert _stallning(*meningar) == varde


DEMENSFORBUNDET = (
    "Telefonrådgivning:",
    "010-175 50 56",
    "Demensförbundet svarar på remissen Nästa steg – Ökad kvalitet och jämlikhet i vård och omsorg för äldre "
    "personer",
    "Demensförbundet är remissinstans för betänkandet SOU 2022:41 ”Nästa steg – Ökad kvalitet och jämlikhet "
    "i "
    "vård och omsorg för äldre personer”.",
    "Utredningen har tagit fram förslag till en äldreomsorgslag som ska stödja en äldreomsorg med "
    "likvärdigt god "
    "kvalitet och en äldreomsorg som utgår från individens förutsättningar, behov och delaktighet.",
    "Demensförbundet lyfter bland annat fram betydelsen av att den nya äldreomsorgen ska ha ett "
    "förebyggande och "
    "personcentrerat perspektiv och ska inriktas på att vara hälsofrämjande.",
    "Sjukvården och omsorgen står idag inför stora utmaningar vad gäller bemanning, kompetens och "
    "personalens "
    "arbetsmiljö vilket också beskrivs i betänkandet. Här redogörs för att det behövs ett tydligare ramverk "
    "för "
    "styrning och uppföljning av äldreomsorgen och att gällande författningsreglering kring äldreomsorgen "
    "behöver "
    "förtydligas. Demensförbundet ser positivt på detta förtydligande då vi anser att det finns alltför "
    "stora "
    "skillnader mellan kommunerna, vilket innebär bristande likvärdighet i vård- och omsorg för personer med "
    "demenssjukdom och äldre.",
    "Demensförbundet välkomnar kompletteringen av den nya lagen men är samtidigt oroad över på vilket sätt "
    "en ny "
    "äldreomsorgslag trots satsningar som beskrivs i betänkandet ska garantera det som tidigare "
    "lagstiftning och "
    "tillsynsverksamhet inte lyckats med.",
    "Demensförbundet har närmare 9 000 medlemmar i cirka 110 lokala föreningar som jobbar för att utveckla "
    "vården "
    "och omsorgen i hela landet.",
    "Läs mer >>",
)


@REGLER_OCH_MODELL
def test_valkomnar_den_nya_lagen_tillstyrker(
    tmp_path: Path, request: pytest.FixtureRequest, regler_ensamma: bool
) -> None:
    """prov20/demensforbundet-aldreomsorgslag-remissvar (https://www.demensforbundet.se/demensforbundet-svarar-pa-
    remissen-nasta-steg-okad-kvalitet-och-jamlikhet-i-vard-och-omsorg-for-aldre-personer/): the betänkande
    proposes a new law, and 'välkomnar kompletteringen av den nya lagen' supports it without the stance word,
    as 'välkomnar förslaget' (README, stallningstagande); 'ser positivt på detta förtydligande' is a comment
    on a part beside it, and the worry after 'men' changes no main stance: tillstyrker."""
    _regler(request, regler_ensamma)
    [kontroll] = igenkanda(_docx(tmp_path / "d.docx", *DEMENSFORBUNDET))
    assert kontroll.stallningstagande == "tillstyrker"


@pytest.mark.parametrize(
    ("meningar", "varde"),
    [
        # the same class in other words: the new law, its introduction, the new legislation
        (("Förbundet välkomnar införandet av en ny äldreomsorgslag.",), "tillstyrker"),
        (("Vi välkomnar den nya lagstiftningen, men vill peka på några risker.",), "tillstyrker"),
        (("Föreningen välkomnar därför det nya regelverket.",), "tillstyrker"),
        # 'välkomnar att …' and a part of the law stay comments (README: 'välkomnar att …')
        (("Vi välkomnar att en ny lag införs.",), None),
        (("Vi välkomnar delar av den nya lagen.",), None),
        # beside a stance the other way it is a part, and the stance stands
        (("Förbundet välkomnar också den nya lagen.", "Förbundet avstyrker förslaget i dess helhet."),
         "avstyrker"),
    ],
)
def test_den_nya_lagen_i_annan_ordalydelse(meningar: tuple[str, ...], varde: str | None) -> None:
    """Welcoming the new law or its introduction is support for the remitted proposal without the stance word;
    'välkomnar att …' or a part of it is a comment."""
    assert _stallning(*meningar) == varde


@pytest.mark.parametrize(
    ("rad", "traff"),
    [
        # the same class in other words: the sender by name answers in the present, with 'nu' or 'i dag'
        ("Sveriges Stadsmissioner svarar i dag på remissen om ett nytt bostadsbidrag.", True),
        ("Riksförbundet HjärtLung svarar på betänkandet En sammanhållen god och nära vård.", True),
        # a missiv's instruction to the one who answers is none
        ("Den som svarar på remissen ombeds ange diarienumret.", False),
        ("När ni svarar på remissen, ange ert namn.", False),
    ],
)
def test_svarar_pa_remissen_i_annan_ordalydelse(rad: str, traff: bool) -> None:
    """'Demensförbundet svarar på remissen …' is the sender's own answer told in the present, as 'har svarat
    på remissen'; a missiv's 'den som svarar på remissen' names the reader."""
    from remiss.kontroll.signaler import poang

    assert ("svarar-pa-remissen" in poang(_lines(rad))[1]) is traff


HJARNKRAFT = (
    "Hjärnkraft säger ja till statlig assistans",
    "Hjärnkraft förordar ett statligt övertagande av den personlig assistansen. I remissvaret pekar dock "
    "förbundet också på vissa risker och oklarheter. Det krävs exempelvis att regeringen ser över andra "
    "viktiga "
    "frågor, så som hur rätten till personlig assistans ska bedömas, när och hur omprövningar ska ske samt "
    "vad "
    "väsentliga ändrade förhållanden innebär.",
    "Remissvar – Ett statligt huvudmannaskap för personlig assistans (SOU2023,9), juni 2023",
    "Dela gärna.",
)


@REGLER_OCH_MODELL
def test_egen_notis_med_stallningen_i_rubriken(
    tmp_path: Path, request: pytest.FixtureRequest, regler_ensamma: bool
) -> None:
    """prov20/hjarnkraft-statlig-assistans-remissvar (https://hjarnkraft.se/2023/06/13/hjarnkraft-sager-ja-till-
    statlig-assistans/): the association's own notice of its answer. The headline's subject speaks again in
    the text ('Hjärnkraft förordar …', 'förordar' a voice as 'förespråkar'), and the answer is offered under
    the text as a document with the remitted matter after the dash ('Remissvar – Ett statligt huvudmannaskap
    för personlig assistans …'): a answer to a named remiss. The stance stands only in the headline ('säger ja
    till statlig assistans'), read when the text under it states none: tillstyrker. With the rules alone the
    page was 'annat' (no voice, nothing answered)."""
    _regler(request, regler_ensamma)
    [kontroll] = igenkanda(_docx(tmp_path / "h.docx", *HJARNKRAFT))
    assert kontroll.stallningstagande == "tillstyrker"


@REGLER_OCH_MODELL
@pytest.mark.parametrize(
    ("stycken", "varde"),
    [
        # the same class in other words: another association, a no in the headline
        (("Seniorförbundet Trygg säger nej till höjd pensionsålder",
          "Seniorförbundet Trygg förordar att dagens regler får stå kvar. I remissvaret lyfter förbundet "
          "också "
          "frågan om hur äldre arbetstagare ska kunna omskolas.",
          "Remissvar – Höjd pensionsålder för fler i arbete (Ds 2019:2), mars 2019"), "avstyrker"),
        # the text's own stance goes before the headline's
        (("Seniorförbundet Trygg säger ja till höjd pensionsålder",
          "Seniorförbundet Trygg avstyrker dock förslaget i dess nuvarande form. I remissvaret lyfter "
          "förbundet "
          "också frågan om hur äldre arbetstagare ska kunna omskolas.",
          "Remissvar – Höjd pensionsålder för fler i arbete (Ds 2019:2), mars 2019"), "avstyrker"),
    ],
)
def test_rubrikens_stallning_i_annan_ordalydelse(
    tmp_path: Path, request: pytest.FixtureRequest, regler_ensamma: bool, stycken: tuple[str, ...], varde: str
) -> None:
    """A notice's headline sentence states the stance when the text under it states none; a stance in the
    text goes first."""
    _regler(request, regler_ensamma)
    [kontroll] = igenkanda(_docx(tmp_path / "t.docx", *stycken))
    assert kontroll.stallningstagande == varde


def test_rubrik_med_dokumentslaget_ar_ingen_mening() -> None:
    """A title naming the document's kind ('Yttrande över …', 'Remissvar – …') is no headline sentence."""
    from remiss.domain import Line
    from remiss.kontroll import rubrikens_fynd
    from remiss.kontroll.typer import Yttrandedel

    for titel, antal in (("Yttrande över förslaget att avslå ansökan", 0),
                         ("Remissvar – Förbundet säger nej till förslaget", 0),
                         ("Förbundet säger nej till förslaget", 1)):
        rader = (Line(text=titel, page=1, number=1), Line(text="Text.", page=1, number=2))
        yttrande = Yttrandedel(lines=rader, titel=titel, titelrader=1, titelindex=0, diarienummer=None)
        assert len(rubrikens_fynd(yttrande, None)) == antal, titel


ITPEDAGOGEN = (
    "Sveriges Skolledare förordar statligt huvudansvar för skolan",
    "Hem KOMMUNER Sveriges Skolledare förordar statligt huvudansvar för skolan",
    "Sveriges Skolledare förordar statligt huvudansvar för skolan",
    "Publicerat av: Redaktionen",
    "Sveriges Skolledare har svarat på remissen till utredningen Statens ansvar för skolan – ett besluts- "
    "och "
    "kunskapsunderlag.",
    "Sveriges Skolledare förordar att regeringen skyndsamt går vidare med förslag om statligt ansvar för "
    "finansiering och kompetensförsörjning, för att på sikt ha målet att genomföra ett fullt förstatligande "
    "av "
    "skolan.",
    "– Oklara ansvarsförhållanden mellan stat och kommun har lett till bristande likvärdighet som eleverna "
    "betalar priset för, säger Matz Nilsson, förbundsordförande för Sveriges Skolledare.",
    "Sveriges Skolledare har ombetts svara på remissen av utredningen Statens ansvar för skolan – ett "
    "besluts- "
    "och kunskapsunderlag (SOU 2022:53) Förbundet ser mycket positivt på att denna utredning kommit till "
    "stånd.",
)


@REGLER_OCH_MODELL
def test_redaktionens_artikel_om_en_organisations_svar_ar_annat(
    tmp_path: Path, request: pytest.FixtureRequest, regler_ensamma: bool
) -> None:
    """prov9/itpedagogen-skolledare-statligt-huvudansvar (https://it-pedagogen.se/sveriges-skolledare-forordar-
    statligt-huvudansvar/): a magazine's article 'Publicerat av: Redaktionen' about Sveriges Skolledares
    answer. With 'förordar' a voice the headline's organisation speaking again in the text made it the sender;
    a page that says an editorial staff published it is a publication's report, whoever speaks in it."""
    _regler(request, regler_ensamma)
    assert igenkanda(_docx(tmp_path / "i.docx", *ITPEDAGOGEN)) == []


@pytest.mark.parametrize(
    ("rad", "traff"),
    [
        # the same class in other words: another byline of an editorial staff
        ("Text: Redaktionen", True),
        ("Av: Nyhetsredaktionen", True),
        ("Skriven av redaktionen", True),
        # a web editor's login or a named editor is no byline of this kind
        ("Logga in webbredaktör", False),
        ("Publicerat av: Anna Svensson", False),
    ],
)
def test_redaktionens_byline_i_annan_ordalydelse(rad: str, traff: bool) -> None:
    """'Publicerat av: Redaktionen' and its forms tell a publication's own article."""
    from remiss.kontroll.struktur import load_drag

    [drag] = [d for d in load_drag() if d.id == "redaktionens-byline"]
    assert bool(drag.monster.search(rad)) is traff


PT_ARJEPLOG = (
    "Turistvägar",
    "Förbättringar av väg 629, Arjeplog-Sikselet-Lutton, väg 625, Korsträsk-Evebäcken- väg 95, samt väg 626, "
    "Evebäcken-Gargejaur, motiveras med att det handlar om turistvägar.På Strömvägen i centrala Arjeplog "
    "föreslås trafiksäkerhetsåtgärder i form av bland annat säkrare busshållplatser, och på Drottninggatan "
    "föreslås en delvis ny beläggning.",
    "En privatperson har inkommit med ansökan om att få köpa marken och placera ett bostadshus på ett "
    "grönområde intill fastigheten Rönnen 1 (på Kyrkholmen). Kommunstyrelsens au anser att grönområdet är "
    "viktigt att bevara, och avstyrker försäljning av marken.",
    "Yttrar sig inte",
    "Frågan om nya lokaler för BST-utbildningen skickas tillbaka till KFU-nämnden. Au saknar ett komplett "
    "beslutsunderlag.Kommunstyrelsens au avstår från att yttra sig i frågan om regional förvaltningsplan för "
    "stora rovdjur i Norrbottens län.",
    "- Vi har inte den kompetens som krävs för att ta ställning i frågan, säger kommunalrådet Bengt-Urban "
    "Fransson.",
)


@REGLER_OCH_MODELL
def test_tidningens_notiser_om_ett_utskotts_beslut_ar_annat(
    tmp_path: Path, request: pytest.FixtureRequest, regler_ensamma: bool
) -> None:
    """prov20/pt-arjeplog-ksau-notiser (https://pt.se/nyheter/arjeplog/artikel/rondell-prioriteras/jn85774j):
    a local newspaper's notes on the kommunstyrelse's arbetsutskott's decisions ('avstyrker försäljning av
    marken', 'avstår från att yttra sig i frågan om regional förvaltningsplan …'), the kommunalråd quoted on
    why: news about decisions, no answer. The stance words made it a yttrande with the rules alone; a
    politician quoted by office ('säger kommunalrådet NN') where no one speaks in the sender's own voice is a
    newspaper's account."""
    _regler(request, regler_ensamma)
    assert igenkanda(_docx(tmp_path / "p.docx", *PT_ARJEPLOG)) == []


REGION_VASTERBOTTEN = (
    "Region Västerbotten",
    "Större län: en förutsättning för tillväxt och utveckling",
    "I ett remissvar ställer sig Region Västerbottens förbundsstyrelse bakom Indelningskommitténs "
    "slutsatser och "
    "förslag i delbetänkandet ”Regional indelning – tre nya län” och stödjer ambitionen att försöka skapa "
    "jämstarka län.",
    "Förbundsstyrelsen anser att större regioner med en starkare roll i arbetet med regional tillväxt och "
    "utveckling är avgörande för att kunna möta och ta tillvara de möjligheter och utmaningar som beskrivs i "
    "delbetänkandet.",
    "Enligt Förbundsstyrelsen finns det i Västerbotten en politisk enighet för att ingå i ett gemensamt län "
    "eller "
    "en region med de tre grannlänen. Styrelsen ser det som en stor fördel att kunna bilda detta län 2018.",
    "– Vi ställer oss bakom Indelningskommitténs delbetänkande och hoppas att arbetet med att skapa "
    "jämnstarka "
    "län påbörjas så snart det går, säger Erik Bergkvist, regionråd i Västerbotten.",
)


@REGLER_OCH_MODELL
def test_citerat_politiskt_rad_i_annan_ordalydelse(
    tmp_path: Path, request: pytest.FixtureRequest, regler_ensamma: bool
) -> None:
    """The same class in other words: another paper's notes on a committee's and a nämnd's decisions, the
    oppositionsråd quoted."""
    _regler(request, regler_ensamma)
    notiser = (
        "Ny belysning på torget",
        "Torget i centrum får ny belysning under hösten. Kommunstyrelsens arbetsutskott avstyrker däremot "
        "motionen om fri parkering.",
        "Byggnadsnämnden avstår från att yttra sig över länsstyrelsens förslag till naturreservat.",
        "– Vi ser inte att pengarna räcker, säger oppositionsrådet Lars Ek (M).",
    )
    assert igenkanda(_docx(tmp_path / "k.docx", *notiser)) == []


def test_citerat_politiskt_rad_vager_inte_mot_egen_rost() -> None:
    """A politician quoted by office counts against an answer only where no one speaks in the sender's voice:
    the region's own page ('Styrelsen ser det som en stor fördel …', its regionråd quoted;
    yttranden/regionvasterbotten-indelning-nyhet) keeps its answer, the newspaper's notes do not."""
    from remiss.kontroll.signaler import igenkanning

    egen = igenkanning(_lines(*REGION_VASTERBOTTEN))
    assert "citerat-politiskt-rad" in egen.signaler and "citerat-politiskt-rad" in egen.bortsedda
    tidning = igenkanning(_lines(*PT_ARJEPLOG))
    assert "citerat-politiskt-rad" in tidning.signaler and "citerat-politiskt-rad" not in tidning.bortsedda


LAGTINGET_SIDA_1 = [
    "Ålands lagting",
    "Plenum den 3 december 2012 kl. 13.00",
    "PLENARPROTOKOLL",
    "Plenum börjar 1",
    "Remiss. 1",
    "1 Godkännande av konventionen om förebyggande av storolyckor inom industrin",
    "Landskapsregeringens yttrande (RP 5/2012-2013-s)",
    "Republikens presidents framställning (RP 5/2012-2013)",
    "Remiss. 3",
    "2 Alkoholförsäljning i färdmedel i trafik mellan Åland och utlandet",
    "Landskapsregeringens lagförslag (LF 5/2012-2013)",
    "Andra behandling. 9",
    "Plenum slutar 9",
    "Plenum börjar",
    "Närvaroregistrering 27 ledamöter närvarande.",
]
LAGTINGET_SIDA_2 = [
    "Ledamoten Sara Kemetter anhåller om ledighet från dagens plenum på grund av sjukt barn och",
    "från plenum 05.12.2012 på grund av privata angelägenheter. Ledamoten Christian Beijar",
    "anhåller om ledighet från dagens plenum på grund av sjukdom. Beviljas.",
    "REMISS",
    "1 Godkännande av konventionen om förebyggande av storolyckor inom industrin",
    "Landskapsregeringens yttrande (RP 5/2012-2013-s)",
    "Republikens presidents framställning (RP 5/2012-2013)",
    "Enligt arbetsordningens 44 § beslutar lagtinget på förslag av talmannen till vilket utskott ett",
    "ärende ska remitteras. Beslutet fattas efter avslutad diskussion. Talmannens förslag är att",
    "ärendet remitteras till social- och miljöutskottet.",
    "Diskussion.",
]


def test_remissrubrik_under_en_sidbrytning_ar_ingen_dokumentstart(tmp_path: Path) -> None:
    """prov20/lagtinget-plenum-remiss (https://www.lagtinget.ax/plenum/plenum-3-december-2012-kl-1300) in the
    `wordhuvud/libreoffice` layout (bench_layoutbyte): the plenary protocol's agenda heading 'Remiss' (set in
    capitals by the Word style) fell three lines down page 2, under the end of a paragraph running on from
    page 1, and was read as a new document's label: page 2 a missiv (score 3.5, 'etiketten REMISS'). A
    heading between paragraphs is one however near the page's top it falls; the protocol is no remiss."""
    from remiss.pipeline import tolka_fil
    from tests.conftest import write_pdf

    fil = write_pdf(tmp_path / "l.pdf", [LAGTINGET_SIDA_1, LAGTINGET_SIDA_2])
    assert tolka_fil(fil) == []


@pytest.mark.parametrize(
    ("sida_2", "dokument"),
    [
        # the same class in other words: a kommun's protocol, the heading after a page break's paragraph end
        (["redovisades för nämnden, som lade informationen till handlingarna efter en kort diskussion.",
          "Ordföranden tackade för redovisningen och förklarade punkten avslutad för dagen.",
          "REMISS",
          "Förslag till regional trafikförsörjningsplan från Region Exempel har kommit till nämnden.",
          "Nämnden beslutar att förvaltningen ska ta fram ett förslag till yttrande."], 1),
        # a document's label at the page's top, over its letterhead, still starts one
        (["REMISS",
          "Datum 2023-05-02",
          "Dnr KS 2023/114",
          "Förslag till regional trafikförsörjningsplan",
          "Region Exempel bjuder in er att lämna synpunkter på förslaget senast den 1 september 2023."], 2),
    ],
)
def test_remissrubrik_under_en_sidbrytning_i_annan_ordalydelse(
    tmp_path: Path, sida_2: list[str], dokument: int
) -> None:
    """A bare 'REMISS' under the end of a paragraph running on from the page before is a heading; at the
    page's top over a letterhead it is a document's label."""
    from remiss.read import read_file
    from remiss.split import split_documents
    from tests.conftest import write_pdf

    sida_1 = ["Protokoll", "Kommunstyrelsen 2023-05-02", *(
        f"Punkt {n}: information om ärende {n} där förvaltningen redogjorde för läget och de fortsatta"
        for n in range(1, 9))]
    fil = write_pdf(tmp_path / "p.pdf", [sida_1, sida_2])
    assert len(split_documents(read_file(fil))) == dokument


WIKIMEDIA = (
    "Synpunkter på uppföljande underlag om artikel 17",
    "Från Wikimedia",
    "Hoppa till navigering Hoppa till sök",
    "Se även: Synpunkter till justitiedepartementet om artikel 17",
    "Följande sida är de synpunkter som Wikimedia Sverige översände till Justitiedepartementet apropå "
    "artikel 17 "
    "och departementets uppföljande underlag, 22 juni 2020, som en del av genomförandet av EU:s "
    "upphovsrättsdirektiv i svensk lagstiftning.",
    "Vi tackar Justitiedepartementet för möjligheten att komma med inspel och synpunkter även vad gäller det "
    "uppföljande underlaget om artikel 17. I allmän mening tycker vi att det uppföljande underlaget på ett "
    "balanserat vis resonerar kring de berörda frågeställningarna, och följande synpunkter strävar efter att "
    "accentuera det, eller i de fall där vi har en annan uppfattning förtydliga vad vi menar.",
    "Sammanfattning",
    "På övergripande nivå menar vi att det är viktigt att följa direktivet relativt nära, eftersom ett "
    "viktigt "
    "övergripande mål är europeisk harmonisering. Vår utgångspunkt är att den sammanhållna riktningen bör "
    "utgå "
    "från användaren.",
)


@REGLER_OCH_MODELL
def test_tack_till_mottagaren_for_mojligheten_ar_ett_svar(
    tmp_path: Path, request: pytest.FixtureRequest, regler_ensamma: bool
) -> None:
    """prov20/wikimedia-artikel17-synpunkter (https://se.wikimedia.org/wiki/Synpunkter_p%C3%A5_uppf%C3%B6ljande_
    underlag_om_artikel_17): 'Vi tackar Justitiedepartementet för möjligheten att komma med inspel och
    synpunkter …' thanks the one who asked, named between 'tackar' and 'för', for the chance to answer: an
    answer to another's request (as 'har beretts tillfälle att'), and the cue 'tackar för möjligheten att
    lämna synpunkter'. With the rules alone the page was 'annat' (only the type model took it)."""
    _regler(request, regler_ensamma)
    [kontroll] = igenkanda(_docx(tmp_path / "w.docx", *WIKIMEDIA))
    assert kontroll.stallningstagande is None
    assert kontroll.har_sammanfattning


@pytest.mark.parametrize(
    ("rad", "signal", "drag"),
    [
        # the same class in other words: another receiver, another verb for giving views
        ("Föreningen tackar Naturvårdsverket för möjligheten att inkomma med synpunkter på vägledningen.",
         True, True),
        ("Vi vill tacka Socialdepartementet för tillfället att lämna våra kommentarer.", True, True),
        # thanks without the receiver are the cue alone; thanks for something else are neither
        ("Förbundet tackar för möjligheten att komma med inspel.", True, False),
        ("Vi tackar Kommunstyrelsen för möjligheten att delta i mötet.", False, False),
    ],
)
def test_tack_for_mojligheten_i_annan_ordalydelse(rad: str, signal: bool, drag: bool) -> None:
    """'tackar (X) för möjligheten att komma med/inkomma med/lämna synpunkter' is the sender's answer; the
    named receiver makes it one to another's request."""
    from remiss.kontroll.signaler import poang
    from remiss.kontroll.struktur import bedom

    assert ("tackar-for-mojligheten" in poang(_lines(rad))[1]) is signal
    svarar = bedom(_lines(rad)).familjer.get("svarar", (0, ()))[1]
    assert ("tackar-mottagaren-for-mojligheten" in svarar) is drag
