"""yttr42 (session 42): yttrande fields on prov40's misses and older leftovers, fixed per class.

1. A date with a mistyped year in the länsstyrelse's form ('planbeskrivningen 212-07-13') is no number beside a
   plan's number ('… i Stockholm Dp 2008-21530-54', Stockholm's class digits after the serial):
   prov40/gustavianska-parken-albano-yttrande.
2. A whole proposal called unlawful ('stadens förslag till detaljplan … är lagstridigt', 'strider mot
   plan- och bygglagen') rejects it without the stance word, as 'saknar lagligt stöd' does: the same document.
3. The body's code in capitals before the own number in a flattened head row ('2003-02-25 RA 04-2002/3938'):
   yttranden/riksarkivet-arkiv-for-alla-yttrande.
4. The agency's letters before the diarium's code, as the heading's last sentence ('… (ArK). Ra-KS 2021/18.'):
   yttranden/tillvaxtanalys-riksarkivet-foreskrifter-remissvar.
5. Welcoming a compound of the title's short head word ('välkomnar en tillfällig pandemilag' under
   'Remissyttrande av Promemoria Covid 19 lag'): yttranden/svenskhandel-covid19-lag-remissyttrande.

The first case of each test quotes the document, the others are the same class in other words, written here.
"""

# ruff: noqa: E501  (the documents' own lines are kept as they stand)

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_kontroll_riktiga import _docx, _lines, _stallning, igenkanda, korpus_stycken
from tests.test_riktiga_typ36 import _med_titel

KORPUS = Path(__file__).resolve().parent / "korpus"
GUSTAVIANSKA = "prov40/gustavianska-parken-albano-yttrande"


# 1. a date with a mistyped year beside a plan's number


def test_felskrivet_datum_ar_inget_dnr_bredvid_planens_nummer(tmp_path: Path) -> None:
    """prov40/gustavianska-parken-albano-yttrande, the letter's opening paragraphs: the plan's number closing the
    heading, 'Dp 2008-21530-54' (was '212-07-13', the outline's date of the plan description)."""
    stycken = korpus_stycken(GUSTAVIANSKA)
    slut = next(i for i, rad in enumerate(stycken) if rad.startswith("3. Sammanfattning"))
    [kontroll] = igenkanda(_docx(tmp_path / "g.docx", *stycken[: slut + 1]))
    assert kontroll.diarienummer == "Dp 2008-21530-54"


@pytest.mark.parametrize(
    ("rader", "vantat"),
    [
        (("Djurgården och Vasastaden i Stockholm Dp 2008-21530-54",
          "1. Kritik av stadsbyggnadskontorets konsekvensbedömning i den reviderade planbeskrivningen",
          "212-07-13 och av den kompletterande miljökonsekvensbeskrivningen. (s. 2 ff.)"), "Dp 2008-21530-54"),
        (("Yttrande över detaljplan för kvarteret Tornet, Dp 2017-09500",
          "Samrådshandlingen daterad 201-03-15 har granskats."), "Dp 2017-09500"),
        # a plan's number alone keeps its class digits; the date-like number alone stays (it may be a länsstyrelse's)
        (("Detaljplan för Albano Dp 2008-21530-54",), "Dp 2008-21530-54"),
        (("Länsstyrelsens beslut 212-07-13",), "212-07-13"),
        # two real numbers say nothing, as before
        (("551-42517-2013 och 551-12345-2014",), None),
        # a date in a plan's code is still no number ('SBN 2022-06-16')
        (("beslut SBN 2022-06-16 §",), None),
    ],
)
def test_datumlikt_nummer_bredvid_annat_utan_etikett(rader: tuple[str, ...], vantat: str | None) -> None:
    """modeller/dnr.toml [utan_etikett.datumlikt]: dropped only when another number without a label stands."""
    from remiss.extract.dnr import utan_etikett_dnr

    assert utan_etikett_dnr(_lines(*rader)) == vantat


def test_datumlikt_exempel_och_motexempel() -> None:
    """Every example of modeller/dnr.toml [utan_etikett.datumlikt] gives its number; no counter-example is date-like."""
    from remiss.extract.dnr import _DNR_DATA, DATUMLIKT, utan_etikett_dnr

    data = _DNR_DATA["utan_etikett"]["datumlikt"]
    for exempel in data["exempel"]:
        assert utan_etikett_dnr(_lines(exempel["rad"])) == exempel["dnr"]
    for varde in data["motexempel"]:
        assert DATUMLIKT.fullmatch(varde) is None, varde


# 2. a whole proposal called unlawful


@pytest.mark.parametrize(
    ("mening", "vantat"),
    [
        ("3. Sammanfattning av Kommitténs skäl för bedömningen att stadens förslag till detaljplan för exploateringen av Albano är lagstridigt. (s.8 f.)", "avstyrker"),  # was null
        ("Vi anser att planförslaget är olagligt.", "avstyrker"),
        ("Planförslaget strider mot plan- och bygglagen.", "avstyrker"),
        ("Föreningen menar att förslaget till detaljplan strider mot miljöbalken.", "avstyrker"),
        ("Planförslaget står i strid med plan- och bygglagen.", "avstyrker"),
        ("Vi bedömer att förslaget strider mot EU-rätten.", "avstyrker"),
        ("Förslaget strider mot gällande lagstiftning.", "avstyrker"),
        # asked not to be adopted: 'får inte' forbids as 'ska inte' does
        ("Detaljplanen är lagstridig och får inte antas.", "avstyrker"),
        ("Detaljplanen får inte antas.", "avstyrker"),
        # in conflict with something other than a law: no stance
        ("Planförslaget strider mot gällande översiktsplan.", None),
        ("Planförslaget står i strid med översiktsplanen.", None),
        ("Förslaget strider inte mot lagen.", None),
        # a named part, a part of the proposal, a condition, or something else called unlawful: no stance
        ("Förslaget om avgifter för tillsyn är lagstridigt.", None),
        ("Delen av förslaget som gäller avgifter är lagstridig.", None),
        ("Förslaget är lagstridigt om det inte kompletteras med en dispens.", None),
        ("Vi anser att dagens ordning är lagstridig.", None),
        ("Förslaget är inte lagstridigt.", None),
    ],
)
def test_lagstridigt_forslag_ar_avstyrkan(mening: str, vantat: str | None) -> None:
    """The remitted proposal as a whole called unlawful rejects it without the stance word (stallningstagande.jsonl
    forslaget-ar-lagstridigt, forslaget-strider-mot-lag)."""
    assert _stallning(mening) == vantat


def test_lagstridigt_i_dispositionen(tmp_path: Path) -> None:
    """prov40/gustavianska-parken-albano-yttrande, the letter up to its outline: avstyrker (was null)."""
    stycken = korpus_stycken(GUSTAVIANSKA)
    slut = next(i for i, rad in enumerate(stycken) if rad.startswith("3. Sammanfattning"))
    [kontroll] = igenkanda(_docx(tmp_path / "g.docx", *stycken[: slut + 1]))
    assert kontroll.stallningstagande == "avstyrker"


# 3. the body's code before the own number in a flattened head row


@pytest.mark.parametrize(
    ("rader", "vantat"),
    [
        (("Datum Diarienr", "2003-02-25 RA 04-2002/3938", "Ert datum Ert diarienr", "2002-11-26 Ku2002/2145/Ka"),
         "RA 04-2002/3938"),  # was '04-2002/3938'
        (("Datum Dnr", "2019-04-05 KST 12-2019/345 Ert datum Er referens"), "KST 12-2019/345"),
        # a number without letters, and a label in capitals, stay as they were
        (("Datum Dnr Försvarsdepartementet 2012-12-14 37-1175/12:2 103",), "37-1175/12:2"),
        (("Datum DNR 37-1175/12:2 Handläggare",), "37-1175/12:2"),
    ],
)
def test_kod_fore_eget_nummer_i_huvudrad(rader: tuple[str, ...], vantat: str) -> None:
    """The own number of a head row read as one line keeps its body's code in capitals (kontroll.hitta)."""
    from remiss.kontroll.hitta import _flattened_head_dnr

    assert _flattened_head_dnr(_lines(*rader)) == vantat


# 4. the agency's letters before the diarium's code, the heading's last sentence


@pytest.mark.parametrize(
    ("rubrik", "vantat"),
    [
        ("Remissvar: Förslag till Riksarkivets föreskrifter och allmänna råd om tekniska krav vid framställning av elektroniska handlingar (TeK) och arkivrättsliga krav vid framställningen av allmänna handlingar (ArK). Ra-KS 2021/18.", "Ra-KS 2021/18"),
        ("Yttrande över förslag till föreskrifter om gallring. RA-KS 2019/123", "RA-KS 2019/123"),
        ("Yttrande över detaljplan för Tornet. KS 2020/123.", "KS 2020/123"),
        # a year or a sentence after the full stop is no number
        ("Remissvar: Strategi för arkiven. Ra 2021.", None),
        ("Remissvar: Strategi för arkiven 2021/22.", None),
    ],
)
def test_nummer_sist_i_rubriken_efter_punkt(rubrik: str, vantat: str | None) -> None:
    """A case number with its body's letters as the heading's last sentence is the number the heading cites."""
    from remiss.kontroll.hitta import _titelns_dnr

    assert _titelns_dnr(rubrik) == vantat


def test_tillvaxtanalys_rubrikens_nummer() -> None:
    """yttranden/tillvaxtanalys-riksarkivet-foreskrifter-remissvar: 'Ra-KS 2021/18' (was null) from the heading
    set larger than the text (223 characters, longer than a title line)."""
    [kontroll] = igenkanda(KORPUS / "yttranden/tillvaxtanalys-riksarkivet-foreskrifter-remissvar.docx")
    assert kontroll.diarienummer == "Ra-KS 2021/18"


# 5. welcoming a compound of the title's short head word


@pytest.mark.parametrize(
    ("titel", "mening", "vantat"),
    [
        ("Remissyttrande av Promemoria Covid 19 lag",
         "Svensk Handel välkomnar en tillfällig pandemilag men anser att utökade restriktioner omedelbart måste följas upp med kraftfulla stöd.",
         "tillstyrker"),  # was null
        ("Remissvar: Regional plan", "Förbundet välkomnar en regional cykelplan.", "tillstyrker"),
        # the short word alone, another kind of thing, or negated: no finding
        ("Remissyttrande av Promemoria Covid 19 lag", "Svensk Handel välkomnar en lag.", None),
        ("Remissyttrande av Promemoria Covid 19 lag", "Svensk Handel välkomnar en dialog om stöden.", None),
        ("Remissyttrande av Promemoria Covid 19 lag", "Svensk Handel välkomnar inte en tillfällig pandemilag.", None),
    ],
)
def test_valkomnar_sammansattning_med_titelns_korta_huvudord(titel: str, mening: str, vantat: str | None) -> None:
    """A compound whose last part is the title's short head word names the remitted kind of thing."""
    assert _med_titel(titel, mening) == vantat


# 6. the remitted kind's compound with 'förslag' as the object ('planförslaget', 'lagförslaget')


@pytest.mark.parametrize(
    ("mening", "vantat"),
    [
        ("Vi är positiva till planförslaget.", "tillstyrker"),
        ("Vi är positiva till lagförslaget.", "tillstyrker"),
        ("Föreningen är positiv till detaljplaneförslaget.", "tillstyrker"),
        ("Vi ser positivt på planförslaget.", "tillstyrker"),
        ("Vi ser negativt på planförslaget.", "avstyrker"),
        ("Vi är kritiska till planförslaget.", "avstyrker"),
        ("Vi stödjer programförslaget.", "tillstyrker"),
        ("Vi avvisar planförslaget.", "avstyrker"),
        # a proposal named after its own matter is a part, as 'förslaget om avgifter'
        ("Vi är positiva till avgiftsförslaget.", None),
        ("Vi är positiva till planförslaget men avstyrker förslaget om avgifter.", "tillstyrker"),
    ],
)
def test_forslag_sammansatt_med_det_remitterades_slag(mening: str, vantat: str | None) -> None:
    """A proposal compounded with the remitted document's kind ('planförslaget', 'lagförslaget', 'programförslaget')
    is the whole, as 'förslaget' and 'utredningsförslaget' are, in every opinion that takes the whole
    (stallningstagande.jsonl)."""
    assert _stallning(mening) == vantat
