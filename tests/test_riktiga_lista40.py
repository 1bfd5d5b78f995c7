"""Remissinstanser misread in real documents, session 40 (lista40), each as a named test with the document's
own lines (the id in each docstring) and the same class in other words."""

# ruff: noqa: E501  (the documents' own lines are kept as they stand)

from __future__ import annotations

from remiss.domain import Line
from remiss.instanser import find_instanser


def pdf(text: str, x0: float = 92.4, *, size: float = 10.5) -> Line:
    """Given a PDF line's text, return the Line as the reader makes it."""
    return Line(text=text, page=1, number=0, size=size, x0=x0)


def namn(lines: list[Line]) -> list[str]:
    """Given a missiv's lines, return the names find_instanser reads."""
    return [instans.namn for instans in find_instanser(lines)[0]]


ORTER = ["Brändö", "Eckerö", "Finström", "Föglö", "Geta", "Hammarland", "Jomala", "Kumlinge", "Kökar",
         "Lemland", "Lumparland", "Saltvik", "Sottunga", "Sund", "Vårdö"]


def test_remiss_till_utan_kolon_med_underlista_av_orter() -> None:
    """prov38/aland-lr-blankettlag-livsmedel-remiss: the sentence sending the remiss runs into its bullets
    without a colon, and '• Jaktvårdsföreningarna i' opens a sub-list of fifteen places, set at the list's own
    indent; each place with the head is one instans."""
    lines = [
        pdf("Lagförslag om ny blankettlag om livsmedel", 78.2, size=15.0),
        pdf("Ett lagförslag om en ny blankettlag om livsmedel har skickats på remiss till", 77.9),
        pdf("• Finansavdelningen"),
        pdf("• Näringsavdelningen, enheten för jakt- och viltfrågor"),
        pdf("• Tullen"),
        pdf("• Ålands turistförbund"),
        pdf("• Fackförbunden på Åland"),
        pdf("• Jaktvårdsföreningarna i"),
        *[pdf(f"• {ort}") for ort in ORTER],
        pdf("Remisstiden går ut den 12 december 2022.", 77.9),
    ]
    assert namn(lines) == [
        "Finansavdelningen", "Näringsavdelningen, enheten för jakt- och viltfrågor", "Tullen",
        "Ålands turistförbund", "Fackförbunden på Åland", *[f"Jaktvårdsföreningarna i {ort}" for ort in ORTER],
    ]


def test_underlista_slutar_dar_indraget_gar_tillbaka() -> None:
    """The same class in other words: 'Länsstyrelserna i' over län set further in; the next item at the list's
    own indent ('Tullverket', one word like a place) is no part of the sub-list."""
    lines = [
        pdf("Promemorian har remitterats till", 77.9),
        pdf("• Naturvårdsverket"),
        pdf("• Länsstyrelserna i"),
        pdf("• Stockholms län", 110.0),
        pdf("• Uppsala län", 110.0),
        pdf("• Gotlands län", 110.0),
        pdf("• Tullverket"),
        pdf("• Sveriges Kommuner och Regioner"),
    ]
    assert namn(lines) == [
        "Naturvårdsverket", "Länsstyrelserna i Stockholms län", "Länsstyrelserna i Uppsala län",
        "Länsstyrelserna i Gotlands län", "Tullverket", "Sveriges Kommuner och Regioner",
    ]


def test_mening_som_bryts_efter_till_ar_ingen_listinledning() -> None:
    """A sentence that wraps after 'skickas till' goes on on the next line, without a list item under it: no
    list starts there; the sentence names the kinds of receivers as it does in running text."""
    lines = [
        pdf("Planförslaget skickas till", 77.9),
        pdf("berörda myndigheter och sakägare enligt plan- och bygglagen.", 77.9),
        pdf("Tyck till senast den 3 mars.", 77.9),
    ]
    assert namn(lines) == ["berörda myndigheter och sakägare enligt plan- och bygglagen"]


def rad(text: str, x0: float = 55.2, *, celler: tuple[float, ...] = (), sida: int = 1) -> Line:
    """Given a line of a list in two columns (cells split by ' | ', their left edges), return the Line."""
    return Line(text=text, page=sida, number=0, size=9.0, x0=x0, cells_x=celler)


def test_rest_vid_textens_marginal_fortsatter_namnet_som_bryts_i_andra_spalten() -> None:
    """missiv/rk-u2017-personuppgiftsbehandling-for-forskningsandamal in an A5 booklet (bench_layoutbyte --nya):
    '22 Statens beredning för medicinsk och' wraps in the second column ('social') beside '12
    Datainspektionen', and its last word stands alone at the text's margin left of both columns; later the
    list goes on at another indent after such a rest ('samhällsbyggande' / '97 Statens energimyndighet').
    The rest goes with the name that wraps, and the numbering going on keeps the list."""
    spalter = (55.2, 227.5)
    lines = [
        Line(text="Remissinstanser", page=1, number=0, size=10.0, x0=40.2, bold=True),
        rad("10 Rättsmedicinalverket | 21 Myndigheten för vård- och", celler=spalter),
        rad("11 Myndigheten för samhällsskydd och | omsorgsanalys", celler=spalter),
        rad("beredskap | 22 Statens beredning för medicinsk och", celler=spalter),
        rad("12 Datainspektionen | social", celler=spalter),
        rad("utvärdering", 40.2),
        rad("23 Statens institutionsstyrelse | 35 Södermanlands läns landsting", celler=spalter),
        rad("24 Myndigheten för delaktighet | 36 Östergötlands läns landsting", celler=spalter),
        rad("96 Forskningsrådet för miljö, areella", 227.5),
        rad("75 Linnéuniversitet"),
        rad("näringar och", 227.5),
        rad("samhällsbyggande", 40.3),
        rad("97 Statens energimyndighet", 49.2),
        rad("98 Statens väg- och transportforskningsinstitut", 49.2),
        rad("Remissvaren ska ha kommit in senast den 15 september 2017.", 40.2),
    ]
    names = namn(lines)
    assert "Datainspektionen" in names
    assert "Statens beredning för medicinsk och social utvärdering" in names
    assert "Forskningsrådet för miljö, areella näringar och samhällsbyggande" in names
    assert names[-2:] == ["Statens energimyndighet", "Statens väg- och transportforskningsinstitut"]


def docx(text: str) -> Line:
    """Given a Word paragraph's text, return the Line as the reader makes it (no position)."""
    return Line(text=text, page=1, number=0)


def test_tva_numrerade_instanser_pa_en_rad() -> None:
    """missiv/rk-u2017-ett-oppnare-och (a regeringen.se remiss page as text): four lines hold two numbered
    items each ('48 Askersunds kommun 49 Bergs kommun'); each is its own instans, the next number opening the
    second, and the numbers then run whole."""
    lines = [docx("Remissinstanser"), docx("46 Chalmers tekniska högskola AB"),
             docx("47 Stiftelsen Högskolan i Jönköping"), docx("48 Askersunds kommun 49 Bergs kommun"),
             docx("50 Enköpings kommun"), docx("Remissvaren ska ha kommit in till Utbildningsdepartementet.")]
    assert namn(lines) == ["Chalmers tekniska högskola AB", "Stiftelsen Högskolan i Jönköping",
                           "Askersunds kommun", "Bergs kommun", "Enköpings kommun"]


def test_tva_numrerade_instanser_pa_en_rad_i_andra_ord() -> None:
    """The same class in other words: a number inside a name that is not the next one stays in the name
    ('Länsstyrelsen 5 …' after item 2 is no item 3)."""
    lines = [docx("Remissinstanser"), docx("1 Boverket"), docx("2 Region Stockholm 3 Lantmäteriet"),
             docx("4 Fastighetsbolaget Kvarter 7 AB"), docx("5 Trafikverket")]
    assert namn(lines) == ["Boverket", "Region Stockholm", "Lantmäteriet", "Fastighetsbolaget Kvarter 7 AB",
                           "Trafikverket"]


EKO_BONUS = [
    "1 Förvaltningsrätten i Göteborg",
    "2 Forskningsrådet för miljö, areella näringar och samhällsbyggande",
    "3 Havs- och vattenmyndigheten",
    "4 Initiativet Fossilfritt Sverige",
    "5 Konjunkturinstitutet",
    "6 Konkurrensverket",
    "7 Kommerskollegium",
    "8 Naturvårdsverket",
    "9 Regelrådet",
    "10 Sjö fartsverket",
    "11 Statens geotekniska institut",
    "12 Sveriges meteorologiska och hydrologiska institut",
    "13 Tillväxtverket",
    "14 Trafik.analys",
    "15 Trafik.verket",
    "16 Transportstyrelsen",
    "17 VTI, Statens väg- och transportforskningsinstitut",
    "18 Delegationen för sjöfartsstöd",
    "19 Havsmiljöinstitutet i Göteborg",
    "20 IVL, Svenska Miljöinstitutet",
    "21 Luftförorenings- och klimatsekretariatet (AirClim)",
    "22 Maritimt forum",
    "23 Näringslivets regelnämnd",
    "24 Seko",
    "25 Sjöbefälsföreningen",
    "26 Sjöfartens Arbetsgivareförbund (SARF)",
    "27 Skogsindustrierna",
    "28 Skärgårdsredarna",
    "29 Svensk Sjöfart",
    "30 Svenska Naturskyddsföreningen",
    "31 Svenska Skeppshypotek",
    "32 Svenskt Näringsliv",
    "33 Sveriges Hamnar",
    "34 Sveriges Kommuner och Landsting",
    "35 Sveriges Skeppsmäklareförening",
    "36 Sveriges Åkeriföretag",
    "3 7 Transportarbetareförbundet",
    "38 Transportindustriförbundet",
]


def test_numret_delat_av_ett_mellanslag() -> None:
    """g0vse remisser/2018/03/remiss-av-forordning-om-eko-bonussystem (regeringen.se as text): '3 7
    Transportarbetareförbundet' after '36 Sveriges Åkeriföretag' is item 37 with its number broken by a space;
    the list goes on to 38 (it ended at 36, whole from 1, and the rest was joined to the name above)."""
    names = namn([docx("Remissinstanser"), *map(docx, EKO_BONUS)])
    assert len(names) == 38
    assert names[-3:] == ["Sveriges Åkeriföretag", "Transportarbetareförbundet", "Transportindustriförbundet"]
