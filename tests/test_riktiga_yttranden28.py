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

from tests.test_kontroll_riktiga import REGLER_OCH_MODELL, _docx, _lines, _regler, igenkanda, utan_typmodell  # noqa: F401 - the fixture


def _stallning(*meningar: str) -> str | None:
    """Return the stance the check reads in the sentences of a body text (one paragraph each)."""
    from remiss.kontroll.brister import bedom
    from remiss.kontroll.stallning import find_fynd, make_blocks

    fynd = find_fynd(make_blocks(_lines(*meningar)), del_="brodtext", namnd=None)
    return bedom([], fynd, har_beslutsrubrik=False).stallningstagande


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
