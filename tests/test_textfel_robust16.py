"""Fields on real texts with a transcript's flaw (bench/bench_textfel.py, session 16): each test holds the
real excerpt as the flawed rendering sets it, its document and flaw named in the docstring."""

from __future__ import annotations

from pathlib import Path

import pytest

from remiss.kontroll import kontrollera_fil
from tests.test_kontroll_riktiga import _docx


def test_organets_paragraf_och_numret_pa_en_rad_i_protokollhuvudet(tmp_path: Path) -> None:
    """yttranden/gotland-rs-koll-framat (source: https://gotland.se/38219, the web print of Regionstyrelsen's
    protocol) with its head's fields run together (bench_textfel rubrik_i_stycket, ett_stycke): 'AU § 102
    KS2008/0120-51' on one line, the working committee's paragraph before the case's number."""
    fil = _docx(
        tmp_path / "g.docx",
        "§ 107 Remiss. KOLL framåt. Handlingsprogram för kollektivtrafiken",
        "Utskrivet från: http://gotland.se/38219",
        "SAMMANTRÄDESPROTOKOLL Regionstyrelsen",
        "2008-05-29",
        "KS § 107",
        "Remiss. KOLL framåt. Handlingsprogram för kollektivtrafiken",
        "AU § 102 KS2008/0120-51",
        "- Näringsdepartementet 2008-03-11",
        "- Tekniska nämnden arbetsutskottet § 134/2008",
        "Näringsdepartementet har inbjudit Gotlands kommun att lämna synpunkter på Vägverkets och "
        "Banverkets förslag till nationellt handlingsprogram för kollektivtrafikens långsiktiga utveckling "
        "– KOLL framåt.",
        "Ledningskontoret har upprättat förslag till yttrande.",
        "Kommunstyrelsens beslut",
        "• Efter komplettering i enlighet med vad som framkom under överläggningen avges yttrande i "
        "överensstämmelse med ledningskontorets förslag.",
    )
    assert kontrollera_fil(fil)[0].diarienummer == "KS2008/0120"


def test_kommatecken_mellan_manad_och_ar() -> None:
    """missiv/hylte-vastra-akralt-samrad ('Samrådet pågår under tiden 27 december, 2016 – 6 februari, 2017.'):
    the comma before the year left '27 december' without a year, read as the next 27 December after the
    page's date; with the paragraphs run together (bench_textfel ett_stycke, rubrik_i_stycket) that date
    won the deadline. Source: http://www.hylte.se/byggabomiljo/samhallsplanering/detaljplaner/
    pagaendedetaljplaner/vastraakralt189mfl.4.383ba4a1591c4f05c91b16.html"""
    from remiss.dates import find_dates

    text = "Samrådet pågår under tiden 27 december, 2016 – 6 februari, 2017."
    assert [d.value.isoformat() for d in find_dates(text)] == ["2016-12-27", "2017-02-06"]


def test_samradstiden_med_kommatecken_fore_aret_i_ett_stycke() -> None:
    """missiv/hylte-vastra-akralt-samrad with its paragraphs joined (bench_textfel ett_stycke): the
    consultation's period with a comma before each year and the page's 'Sidan uppdaterades: 2017-03-20'
    as the only full date after it; the deadline is 6 February 2017."""
    from remiss.extract import extract_remiss
    from tests.test_riktiga_missiv import _styled, part_of

    text = "\n".join([
        "## Detaljplan för Västra Åkralt 1:89 m fl.",
        "Plankarta",
        "Ett förslag till detaljplan för Västra Åkralt 1:89 har upprättats av BSV arkitekter & ingenjörer AB"
        " i samråd med Hylte kommun. Samrådet pågår under tiden 27 december, 2016 – 6 februari, 2017."
        " Berörda och intresserade är välkomna till Samrådsmöte torsdagen den 26 januari 2017, kl 17:00"
        " i Hörsalen (kommunhuset), Storgatan 8, 314 80 Hyltebruk. Eventuella synpunkter på planförslaget"
        " ska lämnas skriftligen, vara försedda med tydlig namnunderskrift, adress och i förekommande fall"
        " fastighetsbeteckning, och vara inkomna till Samhällsbyggnadskontoret, Storgatan 8, 314 80"
        " Hyltebruk, senast måndagen den 6 februari, 2017. Det går även bra att maila in skrivelser till"
        " sbk@hylte.se.",
        "Samrådshandlingar: Sidan uppdaterades: 2017-03-20",
    ])
    remiss = extract_remiss("x.docx", part_of(_styled(text)))
    assert remiss is not None
    assert str(remiss.svarsdatum) == "2017-02-06"


_MELLERSTA = [  # prov14/mellerstaosterbotten-etapplandskapsplan5, its closing paragraphs
    "Berörda kommuners medlemmar och intressenterna har rätt att göra anmärkning mot planförslaget. "
    "Skriftliga anmärkningar skall ges senast den 15.9.2021 till Mellersta Österbottens förbunds "
    "landskapsstyrelse per post eller e-post till följande adresser:",
    "Postadress: Strandgatan 14, 67100 Karleby E-post: kirjaamo@keski-pohjanmaa.fi",
    "Karleby 13.8.2021",
    "Mellersta Österbottens förbund Landskapsstyrelsen",
]


def test_adressraden_som_meningen_fore_inleder_ar_ingen_sidfot() -> None:
    """prov14/mellerstaosterbotten-etapplandskapsplan5 (source: a kungörelse of Mellersta Österbottens
    förbund, keski-pohjanmaa.fi) with a heading-like line run into the next (bench_textfel rubrik_i_stycket):
    'Postadress: … E-post: kirjaamo@…' on one line reads as a letter's address footer, but the sentence
    above introduces it ('… per post eller e-post till följande adresser:'): the text's own, kept."""
    from remiss.clean import footer_indexes

    assert footer_indexes(_MELLERSTA) == set()
    assert footer_indexes(["Med vänlig hälsning", *_MELLERSTA[1:2]]) == {1}  # a letter's footer still is


@pytest.mark.parametrize("rader", [
    _MELLERSTA,  # rubrik_i_stycket: the organisation and its body on one line
    [" ".join([*_MELLERSTA])],  # ett_stycke: the signature run into the end of the paragraph
], ids=["organ_pa_samma_rad", "inkord_i_stycket"])
def test_organisationen_under_ort_och_datum_ihopkord(rader: list[str]) -> None:
    """prov14/mellerstaosterbotten-etapplandskapsplan5 with its lines run together (bench_textfel
    rubrik_i_stycket, ett_stycke): 'Karleby 13.8.2021' / 'Mellersta Österbottens förbund Landskapsstyrelsen',
    or all of it at the end of one paragraph; the organisation and its body are still the sender."""
    from remiss.domain import Line
    from remiss.extract.avsandare import _signed_place_date

    lines = [Line(text=t, page=1, number=i) for i, t in enumerate(rader, 1)]
    found = _signed_place_date(lines)
    assert found is not None
    assert found.value == "Mellersta Österbottens förbund, Landskapsstyrelsen"


def test_mening_inkord_pa_tankstreckets_rad_under_namnet() -> None:
    """missiv/finspang-op-samrad (source: https://nyabergska.se/bobyggaochmiljo/samhallsplanering/
    oversiktsplanering/nyoversiktsplan.4.6164d0ce1677d17479f86a8.html) with the sub-heading run into the
    paragraph (bench_textfel rubrik_i_stycket): 'Framtid Finspång' over '- samråd för ny översiktsplan Just
    nu pågår arbetet med ny översiktsplan för Finspångs kommun.'; the sentence is no part of the heading."""
    from remiss.extract import extract_remiss
    from tests.test_riktiga_missiv import _styled, part_of

    text = "\n".join([
        "## Framtid Finspång",
        "- samråd för ny översiktsplan Just nu pågår arbetet med ny översiktsplan för Finspångs kommun.",
        "Miljö- och samhällsberedningen i Finspångs kommun har arbetat fram ett samrådsförslag till ny"
        " översiktsplan för Finspång.",
        "Samråd pågår mellan 21 januari 2019 till 17 april 2019.",
        "Om du lämnar synpunkter via e-post kommun@finspang.se är det viktiga att du anger följande"
        " uppgifter:",
    ])
    remiss = extract_remiss("x.pdf", part_of(_styled(text)))
    assert remiss is not None
    assert remiss.titel == "Framtid Finspång - ny översiktsplan"


_HANDISAM = [  # yttranden/tillgangligt-handisam-byggkrav-blogg, a blog's month page with two posts
    "onsdag 15 maj 2013",
    "Handisam rapport",
    "Handisam levererar i dag sin lägesbedömning och uppföljning av strategin för funktionshinderspolitiken "
    "2011-2016, Hur är läget? Uppföljningen visar ingen utveckling från tidigare rapport, och man anser att "
    "om målen ska vara uppnådda år 2016 så behöver insatserna från myndigheter, kommuner och "
    "arbetsgivare öka.",
    "Läs hela rapporten här.",
    "Debattartikel i SvD",
    "I dag skriver Handisams generaldirektör Carl Älfvåg och Maria Larsson (KD) i en debattartikel i SvD att "
    "ensamhet drabbar personer med funktionsnedsättning, och att levnadsförhållandena blir sämre.",
    "Läs artikeln här.",
    "onsdag 1 maj 2013",
    "Underkänner Byggkravsutredningens slutsatser",
    "Handisam, myndigheten för handikappolitisk samordning underkänner Byggkravsutredningens slutsatser om "
    "att ta bort möjligheten för kommunerna att utforma egna riktlinjer för tillgänglighet i sitt "
    "remissvar på byggkravsutredningen.",
    "Handisam tycker att förslaget är alltför dåligt underbyggt och att utredningen i huvudsak handlar om "
    "energihushållning, man underkänner därmed byggkravsutredningens slutsatser om att ta bort möjligheten "
    "för kommunerna att utforma egna riktlinjer för tillgänglighet.",
    "Läs hela remissvaret här.",
]


@pytest.mark.parametrize("stycken", [
    # rubrik_i_stycket: the second post's date line run into its headline
    [*_HANDISAM[:7], f"{_HANDISAM[7]} {_HANDISAM[8]}", *_HANDISAM[9:]],
    # ett_stycke: every post's paragraphs one block, the date line in the middle of it
    [_HANDISAM[0], " ".join(_HANDISAM[1:])],
], ids=["datum_i_rubriken", "datum_i_stycket"])
def test_bloggens_inkorda_datumrad_oppnar_ett_inlagg(tmp_path: Path, stycken: list[str]) -> None:
    """yttranden/tillgangligt-handisam-byggkrav-blogg (source: https://tillgangligt.blogspot.com/2013/05/)
    with its lines run together (bench_textfel rubrik_i_stycket, ett_stycke): the second post's 'onsdag 1 maj
    2013' is no line of its own but still opens a post, so the page of two posts is a list, no answer of
    Handisam's own."""
    [kontroll] = kontrollera_fil(_docx(tmp_path / "h.docx", *stycken))
    assert not kontroll.igenkant


def test_ligaturer_lases_som_bokstaver(tmp_path: Path) -> None:
    """prov14/mellerstaosterbotten-etapplandskapsplan5 (Word) with its text copied from a typeset PDF that
    keeps its ligatures (bench_textfel ligaturer): 'framlägges oﬀentligt' ('ﬀ' U+FB00) made the title's
    repetition in the text below unlike the heading, and 'kommun@ﬁnspang.se' (missiv/finspang-op-samrad)
    is no address; a ligature is read as the letters it joins."""
    from remiss.read import read_file

    fil = _docx(
        tmp_path / "l.docx",
        "Kungörelse: Förslaget till etapplandskapsplan 5 för Mellersta Österbotten framlägges oﬀentligt",
        "Om du lämnar synpunkter via e-post kommun@ﬁnspang.se är det viktiga att du anger ﬂera uppgifter:",
    )
    texts = [line.text for page in read_file(fil).pages for line in page.lines]
    assert texts == [
        "Kungörelse: Förslaget till etapplandskapsplan 5 för Mellersta Österbotten framlägges offentligt",
        "Om du lämnar synpunkter via e-post kommun@finspang.se är det viktiga att du anger flera uppgifter:",
    ]


def test_lang_mening_i_stor_stil_ombruten_over_rader_ar_ingen_rubrik() -> None:
    """missiv/karlskrona-havsplan-utstallning in the rk, tabell and webb PDF layouts (bench_layoutbyte; the
    source's lead sentence set large, facit: no title): 'Planen anger kommunernas viljeinriktning för' /
    'vattenanvändningen inom planområdet för att öka' / … / 'verksamhet till havs.' is one sentence wrapped
    over lines, no heading-like first line. Source: https://www.karlskrona.se/samhallsplanering-och-trafik/
    stadsutveckling/oversiktsplan/havsplan-for-blekinges-kustkommuner/"""
    from remiss.domain import Line
    from remiss.extract.core import _first_heading_line

    rader = [
        "Karlskrona kommun",
        "Planen anger kommunernas viljeinriktning för",
        "vattenanvändningen inom planområdet för att öka",
        "förutsägbarheten för den som bedriver någon form av",
        "verksamhet till havs.",
        "Geografiskt har havsplanen avgränsats till ett område som sträcker sig 300 meter från land och öar",
        "ut till och med territorialhavet.",
        "Utställningen genomförs under perioden 27 maj till 8 september 2019.",
    ]
    assert _first_heading_line([Line(text=t, page=1, number=i) for i, t in enumerate(rader, 1)]) is None


def test_beslutsrubriken_inkord_fore_vems_forslag_beslutet_foljer() -> None:
    """missiv/goteborg-kf-remittering-batupplaggning-saltholmen (Göteborgs Stads protokollsutdrag) with the
    heading run into the line under it (bench_textfel rubrik_i_stycket): 'Beslut Enligt kommunstyrelsens
    förslag:' names whose proposal the decision follows, not the sender at the top. Source: github.com/
    DeArbetarForDig/dearbetarfordig.se, data/graf/kf-2024-10-10.json (kf-2024-10-10-§414, utdrag ur
    kommunfullmäktiges protokoll 2023-06-19 § 5)"""
    from remiss.domain import Line
    from remiss.extract.avsandare import _organisation_on_top

    rader = [
        "1313/22",
        "Utdrag ur Protokoll Sammanträdesdatum: 2023-06-19",
        "Redovisning av uppdrag gällande båtuppläggning på",
        "Saltholmen § 5, 1313/22",
        "Beslut Enligt kommunstyrelsens förslag:",
        "1. Trafiknämndens utredning remitteras till Göteborgs Stads Parkerings AB",
    ]
    assert _organisation_on_top([Line(text=t, page=1, number=i) for i, t in enumerate(rader, 1)]) is None
