"""yttr45 (session 45): the ställningstagande and the sammanfattning of prov43's misses, fixed per class.

1. An avstår limited to parts ('avstår från yttrande i de delar som avser sanktionssystemen', 'Vad gäller
   kapitel 5 avstår …', 'I övrigt avstår …') is a limit, no avstår for the whole (modeller/stallning.toml
   [avstar_om_del]): prov43/kkrva-kex-utredningen-remissvar.
2. A page's own headline above the answer's title, with a lead introducing the answer right under it
   ('Akademien avvisar KEX-utredningen' / 'Akademiens presidium har idag … inlämnat följande yttrande över
   KEX-utredningen.'), states the answer's stance; 'avvisar X-utredningen' rejects the remitted report: the
   same document.
3. Support verbs outside the usual list on the proposal as a whole ('vitsordar förslaget', 'ansluter sig till
   förslaget', 'understöder förslaget'): prov43/sfpo-livsmedelsverket-fiskarter-yttrande; and the same class
   the other way or as an attitude ('tar avstånd från förslaget', 'förkastar', 'positivt inställd till',
   'ställer sig kritiskt till', 'ser fram emot att förslaget genomförs'), in words written here.
4. A summarising lead-in sentence over points ('SO har sammanfattningsvis följande synpunkter och påpekanden på
   förslaget:' inside a transcript's paragraph over dash points) is the summary's heading:
   prov43/so-manadsuppgift-yttrande.

The first case of each test quotes the document, the others are the same class in other words, written here.
"""

# ruff: noqa: E501  (the documents' own lines are kept as they stand)

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from tests.test_kontroll_riktiga import _docx, _stallning, igenkanda, korpus_stycken

STALLNING_TOML = Path(__file__).resolve().parent.parent / "modeller" / "stallning.toml"
KKRVA = "prov43/kkrva-kex-utredningen-remissvar"
SFPO = "prov43/sfpo-livsmedelsverket-fiskarter-yttrande"


# 1. an avstår limited to parts


@pytest.mark.parametrize(
    ("meningar", "vantat"),
    [
        (("Kungl Krigsvetenskapsakademien yttrar sig över den övergripande frågan om en skärpt exportkontroll av krigsmateriel gentemot icke-demokratiska stater är motiverad och avstår från yttrande i de delar som avser sanktionssystemen.",), None),
        (("Nämnden avstår från att yttra sig i de delar som rör skolväsendet.",), None),
        (("Vad gäller förslagen i kapitel 5 avstår förbundet från att lämna synpunkter.",), None),
        (("I övrigt avstår nämnden från att yttra sig.",), None),
        (("Kommunen avstår från att yttra sig över förslaget om avgifter.",), None),
        # beside a stance, the limit takes nothing from it, and makes no 'blandat'
        (("Förbundet tillstyrker förslaget.", "Förbundet avstår från att yttra sig i de delar som rör skatterna."), "tillstyrker"),
        (("Nämnden avstyrker förslaget om avgifter.", "Nämnden avstår från att yttra sig i de delar som rör vården."), "avstyrker"),
        # an avstår on the whole stays one, also 'När det gäller remissen …'
        (("Nämnden avstår från att yttra sig.",), "avstar"),
        (("Regelrådet avstår därför från att yttra sig i detta ärende.",), "avstar"),
        (("När det gäller remissen avstår nämnden från att yttra sig.",), "avstar"),
        (("Med hänvisning till detta avstår förbundet från att lämna några synpunkter på förslagen i promemorian.",), "avstar"),
    ],
)
def test_avstar_avgransat_till_delar_ar_inget_avstaende(meningar: tuple[str, ...], vantat: str | None) -> None:
    """prov43/kkrva-kex-utredningen-remissvar: 'avstår från yttrande i de delar som avser sanktionssystemen' (was
    avstar) limits the answer to the rest; no avstår for the whole."""
    assert _stallning(*meningar) == vantat


def test_avstar_om_del_exemplen() -> None:
    """modeller/stallning.toml [avstar_om_del]: every example gives no stance, every counter-example avstår."""
    data = tomllib.loads(STALLNING_TOML.read_text(encoding="utf-8"))["avstar_om_del"]
    for mening in data["exempel"]:
        assert _stallning(mening) is None, mening
    for mening in data["inte_exempel"]:
        assert _stallning(mening) == "avstar", mening


# 2. the page's headline above the answer's own title


def test_sidans_rubrik_over_remissvaret(tmp_path: Path) -> None:
    """prov43/kkrva-kex-utredningen-remissvar as a Word file (the page's paragraphs): the headline 'Akademien
    avvisar KEX-utredningen' over the lead and the answer 'Remissvar – Skärpt exportkontroll …' gives avstyrker
    (was avstar from the limited avstår; null without the headline)."""
    stycken = korpus_stycken(KKRVA)
    [kontroll] = igenkanda(_docx(tmp_path / "k.docx", *stycken))
    assert kontroll.stallningstagande == "avstyrker"
    assert kontroll.stallningstagande_kalla.text == "Akademien avvisar KEX-utredningen"
    utan_rubrik = [rad for rad in stycken if rad != "Akademien avvisar KEX-utredningen"]
    [kontroll] = igenkanda(_docx(tmp_path / "u.docx", *utan_rubrik))
    assert kontroll.stallningstagande is None


def test_sidans_rubrik_i_pdf() -> None:
    """prov43/kkrva-kex-utredningen-remissvar as stored (PDF, the page counter over the headline): avstyrker."""
    from remiss.kontroll import kontrollera_fil

    [kontroll] = kontrollera_fil(Path(__file__).resolve().parent / "korpus" / f"{KKRVA}.pdf")
    assert kontroll.stallningstagande == "avstyrker"


@pytest.mark.parametrize(
    ("rubrik", "ingress", "vantat"),
    [
        ("Förbundet välkomnar utredningen", "Förbundet har idag lämnat följande yttrande till Kulturdepartementet.", "tillstyrker"),
        ("Föreningen stöder förslaget", "Föreningen har skickat in sitt remissvar till Miljödepartementet.", "tillstyrker"),
        ("Förbundet emot nya avgifter", "Förbundet har i dag lämnat följande yttrande över promemorian.", "avstyrker"),
        # another party's stance, or a headline without a lead introducing the answer: not the answer's stance
        ("Regeringen avvisar utredningen", "Förbundet har idag lämnat följande yttrande till Kulturdepartementet.", None),
        ("Förbundet välkomnar utredningen", "Utredningen presenterades i går av ministern.", None),
    ],
)
def test_sidrubrik_med_ingress(tmp_path: Path, rubrik: str, ingress: str, vantat: str | None) -> None:
    """The same class in other words: a headline over a lead that introduces the answer, the answer's own title
    and a body without a stance on the whole."""
    fil = _docx(
        tmp_path / "s.docx",
        rubrik,
        ingress,
        "Remissvar – Betänkandet Framtidens arkiv (SOU 2019:58)",
        "Förbundet har beretts möjlighet att yttra sig över betänkandet.",
        "Förbundet vill särskilt framhålla betydelsen av en långsiktig finansiering av verksamheten.",
    )
    [kontroll] = igenkanda(fil)
    assert kontroll.stallningstagande == vantat


@pytest.mark.parametrize(
    ("mening", "vantat"),
    [
        ("Akademien avvisar KEX-utredningen.", "avstyrker"),
        ("Förbundet avvisar därför Arkivutredningen.", "avstyrker"),
        ("Nämnden avvisar utredningen i sin helhet.", "avstyrker"),
        ("Vi avvisar den inriktning som genomsyrar utredningen.", None),
        # the headline verdict's other verbs on the report (README: an own heading's stance is the whole's)
        ("Förbundet stöder KEX-utredningen.", "tillstyrker"),
        ("Nämnden stödjer därför Arkivutredningen.", "tillstyrker"),
        ("Förbundet stöder inte utredningen.", "avstyrker"),
        ("Vi välkomnar KEX-utredningen.", "tillstyrker"),
        ("Förbundet stöder utredningen av nya regler för tillsynen.", None),
    ],
)
def test_avvisar_utredningen(mening: str, vantat: str | None) -> None:
    """'avvisar X-utredningen' (stallningstagande.jsonl avvisa-utredningen) rejects the report the inquiry
    delivered, as 'välkomnar utredningen' supports it; 'stöder utredningen' (stodja-utredningen) supports it,
    and a name with a hyphen before 'utredningen' is the report too."""
    assert _stallning(mening) == vantat


# 3. support verbs outside the usual list


def test_vitsordar_forslaget_i_sfpo(tmp_path: Path) -> None:
    """prov43/sfpo-livsmedelsverket-fiskarter-yttrande (the page's paragraphs as a Word file): 'SFPO vitsordar
    förslaget.' after the sentence describing the whole proposal gives tillstyrker (was null)."""
    [kontroll] = igenkanda(_docx(tmp_path / "s.docx", *korpus_stycken(SFPO)))
    assert kontroll.stallningstagande == "tillstyrker"


@pytest.mark.parametrize(
    ("mening", "vantat"),
    [
        ("SFPO vitsordar förslaget.", "tillstyrker"),
        ("Förbundet vitsordar i huvudsak utredningens förslag.", "tillstyrker"),
        ("Vi vitsordar inte förslaget.", "avstyrker"),
        ("Förbundet ansluter sig till utredningens förslag.", "tillstyrker"),
        ("Därför ansluter vi oss i huvudsak till promemorians förslag.", "tillstyrker"),
        ("Myndigheten understöder förslaget.", "tillstyrker"),
        ("Förbundet understödjer i huvudsak utredningens förslag.", "tillstyrker"),
        # not the proposal: a disposition, an association, an att-clause
        ("Remissvarens disposition bör om möjligt ansluta sig till dispositionen i betänkandet.", None),
        ("Andra som vill stödja vår kamp är välkomna att ansluta sig till förbundet.", None),
        ("Myndigheten understöder att en reform av kommunstrukturen på Åland är önskvärd.", None),
        ("Vi vitsordar att uppgifterna i promemorian är riktiga.", None),
        # the same class: rejecting, and an attitude, in words outside the list
        ("Förbundet tar avstånd från förslaget.", "avstyrker"),
        ("Därför tar vi bestämt avstånd från utredningens förslag.", "avstyrker"),
        ("Vi förkastar förslaget.", "avstyrker"),
        ("Förbundet tillbakavisar utredningens förslag.", "avstyrker"),
        ("Förbundet är positivt inställt till förslaget.", "tillstyrker"),
        ("Vi är negativt inställda till förslaget.", "avstyrker"),
        ("Förbundet ställer sig kritiskt till förslaget.", "avstyrker"),
        ("Vi ser fram emot att förslaget genomförs.", "tillstyrker"),
        # a member's motion in the passive, a subset, others' attitude, an aim, another thing looked forward to
        ("Kevin Servin föreslog att stadsdirektörens förslag förkastas.", None),
        ("Branschföreningen är positivt inställd till flera av utredningens förslag, men det finns också förslag som föreningen är kritisk till.", None),
        ("Remissinstanserna är i grunden positivt inställda till de förändringar som föreslås.", None),
        ("Vi ställer oss kritiska till ambitionen att möjliggöra ännu mer handel.", None),
        ("Jag ser fram emot att ta del av remissinstansernas synpunkter på förslagen.", None),
        # the stance without the word in more forms: satisfied, against with the owner, a firm yes or no, wanting
        ("Vi är nöjda med förslaget.", "tillstyrker"),
        ("Förbundet är i huvudsak nöjt med utredningens förslag.", "tillstyrker"),
        ("Förbundet är emot utredningens förslag.", "avstyrker"),
        ("Förbundet säger ett tydligt nej till förslaget.", "avstyrker"),
        ("Förbundet säger ett rungande ja till förslaget.", "tillstyrker"),
        ("Vi vill att förslaget genomförs.", "tillstyrker"),
        ("Förbundet rekommenderar att förslaget inte genomförs.", "avstyrker"),
        ("Regeringen vill att förslaget genomförs.", None),
        ("Vi är nöjda med att förslaget har remitterats.", None),
    ],
)
def test_stodverb_utanfor_listan(mening: str, vantat: str | None) -> None:
    """'vitsordar', 'ansluter sig till', 'understöder' the proposal support it without the stance word
    (stallningstagande.jsonl vitsorda-forslaget, ansluta-sig-till-forslaget, understodja-forslaget); 'tar avstånd
    från', 'förkastar', 'tillbakavisar' reject it; 'positivt/negativt inställd till', 'ställer sig kritiskt till'
    and 'ser fram emot att förslaget genomförs' are the attitudes the list had in other words."""
    assert _stallning(mening) == vantat


# 4. a summarising lead-in sentence over points

SO = "prov43/so-manadsuppgift-yttrande"


def test_sammanfattande_inledning_i_transkriptets_stycke(tmp_path: Path) -> None:
    """prov43/so-manadsuppgift-yttrande (the docplayer transcript's paragraphs as a Word file): 'SO har
    sammanfattningsvis följande synpunkter och påpekanden på förslaget:' inside the page's paragraph, over dash
    points, is the summary's heading (was har_sammanfattning false)."""
    [kontroll] = igenkanda(_docx(tmp_path / "so.docx", *korpus_stycken(SO)))
    assert kontroll.har_sammanfattning is True
    assert kontroll.stallningstagande is None  # the points are comments: the stance stays null


def test_sammanfattande_inledning_ombruten_i_pdf(tmp_path: Path) -> None:
    """prov43/so-manadsuppgift-yttrande as a PDF prints it (the lines as the rk layout wraps them): the lead-in
    sentence opens on the line before its colon ('… Inkomna svar bifogas detta yttrande. SO har' /
    'sammanfattningsvis följande synpunkter och påpekanden på förslaget: - SO är positiv'); was false in every
    PDF layout."""
    from tests.conftest import write_pdf

    rader = [
        "Arbetslöshetskassornas Samorganisation",
        "1 1(7) Ert Dnr Fi2011/2588/S3 SO Dnr 177/11 Finansdepartementet Stockholm",
        "Yttrande från SO över: Månadsuppgift snabbt och enkelt (SOU 2011:40)",
        "Arbetslöshetskassornas Samorganisation, SO, har givits möjlighet att lämna",
        "synpunkter på rubricerat förslag. Utredningens förslag påverkar",
        "arbetslöshetskassorna både som uppgiftslämnare och som användare av uppgifterna.",
        "SO har inhämtat yttranden över förslaget från",
        "arbetslöshetskassorna. Inkomna svar bifogas detta yttrande. SO har",
        "sammanfattningsvis följande synpunkter och påpekanden på förslaget: - SO är positiv",
        "till det övergripande syftet som anges i utredningen och till utredningens ansats att",
        "automatisera så stor del av handläggningen som möjligt. - SO anser att månadsuppgiften",
        "bör innehålla uppgift om arbetad tid.",
    ]
    [kontroll] = igenkanda(write_pdf(tmp_path / "so.pdf", [rader]))
    assert kontroll.har_sammanfattning is True


@pytest.mark.parametrize(
    ("stycken", "vantat"),
    [
        # the lead-in on a paragraph of its own, the points as paragraphs under it
        (("Förbundet anser sammanfattningsvis att:", "• Förslaget saknar finansiering.", "• Kommunerna behöver längre tid."), True),
        (("Våra huvudsakliga synpunkter är följande:", "- Förslaget saknar finansiering.", "- Kommunerna behöver längre tid."), True),
        (("Föreningen har i sammandrag följande synpunkter: 1. Förslaget saknar finansiering. 2. Kommunerna behöver längre tid.",), True),
        # a colon over a quote or over plain text, an aim, or the adverb in a plain sentence: no summary
        (("Svaret löd i korthet enligt följande:", "”Det aktuella området är mycket attraktivt för friluftsaktiviteter.”"), False),
        (("Förbundets främsta syfte är att samordna medlemmarnas intressen när det gäller: upphovsrätt och avtal.",), False),
        (("Sammanfattningsvis anser förbundet att förslaget behöver kompletteras.", "- Förslaget saknar finansiering."), False),
    ],
)
def test_sammanfattande_inledning_over_punkter(tmp_path: Path, stycken: tuple[str, ...], vantat: bool) -> None:
    """The same class in other words: a sentence ending in a colon with a summarising word ('sammanfattningsvis',
    'i sammandrag', 'huvudsakliga synpunkter') over points."""
    fil = _docx(
        tmp_path / "s.docx",
        "Yttrande över betänkandet Framtidens arkiv (SOU 2019:58)",
        "Förbundet har beretts möjlighet att yttra sig över betänkandet och lämnar följande synpunkter.",
        *stycken,
        "Med vänlig hälsning",
    )
    [kontroll] = igenkanda(fil)
    assert kontroll.har_sammanfattning is vantat


@pytest.mark.parametrize(
    ("rad", "vantat"),
    [
        ("Det viktigaste i korthet", "sammanfattning"),
        ("Våra ställningstaganden i korthet", "sammanfattning"),
        ("Våra viktigaste synpunkter i korthet", "sammanfattning"),
        ("Sammanfattande synpunkter och förslag", "sammanfattning"),
        ("Sammanfattningsvis:", "sammanfattning"),
        # as before: an abbreviation's digest, general comments, the adverb without its colon
        ("KS i korthet", None),
        ("Övergripande synpunkter", None),
        ("Sammanfattningsvis", None),
    ],
)
def test_sammanfattningsrubriker_i_fler_ord(rad: str, vantat: str | None) -> None:
    """The summary's heading in words the vocabulary lacked: 'i korthet' after the stances or 'Det
    viktigaste', the main points 'i korthet', 'Sammanfattande synpunkter och förslag', 'Sammanfattningsvis:'."""
    from remiss.kontroll.avsnitt import rubrik

    assert rubrik(rad) == vantat
