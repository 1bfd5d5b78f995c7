"""Layout dependences found by `bench_layoutbyte --nya` (session 12): remisslistor set in two text columns
(brevtabell, a5, hogerblock) read right in the document's own one-column layout and wrong in another. Each
cause has a unit test on lines with their cell edges (left AND right), and the corpus text rendered in the
layout that failed (as bench_layoutbyte does) is read right."""

# ruff: noqa: E501  (the documents' own lines are kept as they stand)

from __future__ import annotations

import copy
from pathlib import Path

from remiss.domain import Line
from remiss.instanser import find_instanser
from remiss.kontroll import kontrollera_fil
from remiss.layout import Piece, rows_of
from remiss.numrerad_lista import numbered_list
from remiss.split import _names_continue, _numbering_continues

VANSTER, HOGER = 94.2, 321.7  # the two text columns' left edges in brevtabell


def _las(spec_id: str, layout: str, format_: str, tmp_path: Path) -> Path:
    """Render a corpus spec in another layout (as bench_layoutbyte does) and return the file."""
    from bench import bench_layoutbyte
    from tests.korpus import rendera

    spec = copy.deepcopy(next(s for s in rendera.specs() if s["id"] == spec_id))
    spec.update(layout=layout, format=format_)
    return bench_layoutbyte._bygg(rendera, spec, tmp_path)


def _ratt(mapp: str, spec_id: str, layout: str, tmp_path: Path) -> bool:
    """Return True when the list read from the spec rendered in layout is right as the corpus counts it
    (F1 of the normalised name sets at least jamfor.F1_GRANS)."""
    from tests.korpus import jamfor

    dok = next(d for d in jamfor.dokument((mapp,)) if d.id == spec_id)
    return jamfor.jamfor(dok, jamfor.kor(_las(spec_id, layout, "pdf", tmp_path)))["remissinstanser"].ratt


def _rad(cells: list[tuple[str, float, float]], top: float, *, page: int = 1) -> Line:
    """A row of cells (text, left, right) as the reader makes it: cells joined by ' | ', both edges kept."""
    text = " | ".join(c for c, _, _ in cells)
    if len(cells) == 1:
        return Line(text=text, page=page, number=0, top=top, size=11.0, x0=cells[0][1], x1=cells[0][2])
    return Line(text=text, page=page, number=0, top=top, size=11.0, x0=cells[0][1], x1=cells[-1][2],
                cells_x=tuple(x0 for _, x0, _ in cells), cells_x1=tuple(x1 for _, _, x1 in cells))


def _rubrik() -> Line:
    return Line(text="Remissinstanser", page=1, number=0, top=100, size=11.0, x0=77.2, x1=159.4)


# --- a cell's right edge is read -------------------------------------------------------------------------

def test_cellens_hogra_kant_lases() -> None:
    """Each cell of a row keeps where its text ends, beside where it starts: a column has both edges."""
    pieces = [Piece("Göteborgs universitet", 94.2, 300, 206.1, 311, 11.0, False),
              Piece("samverkan (ViS)", 321.8, 300, 395.7, 311, 11.0, False)]
    (row,) = rows_of(pieces)
    assert row.text == "Göteborgs universitet | samverkan (ViS)"
    assert row.cells_x == (94.2, 321.8) and row.cells_x1 == (206.1, 395.7)


# --- a wrapped rest continues the name in its own column, not the row's first ----------------------------

def test_radbruten_rest_i_andra_spalten_hor_till_sin_spalt(tmp_path: Path) -> None:
    """missiv/rk-u2021-urval-extraordinara-handelser in brevtabell: 'Gymnastik- och idrottshögskolan |
    Riksförbundet Vuxenutbildning i' over 'Göteborgs universitet | samverkan (ViS)'. The row was judged as a
    whole: its first cell is a name, so 'samverkan (ViS)' was joined to it ('Göteborgs universitet samverkan
    (ViS)'). Each cell is now a name or the rest of the name above it in its own column. In a5 a lone
    'Lunds universitet' under 'Luleå tekniska universitet' stays a name: its first word would have fit."""
    rader = [_rubrik(),
             _rad([("Folkbildningsrådet", VANSTER, 181.0), ("Myndigheten för yrkeshögskolan", HOGER, 470.3)], 120),
             _rad([("Gymnastik- och idrottshögskolan", VANSTER, 253.0), ("Riksförbundet Vuxenutbildning i", HOGER, 470.3)], 134),
             _rad([("Göteborgs universitet", VANSTER, 206.1), ("samverkan (ViS)", HOGER, 395.7)], 148),
             _rad([("Högskolan i Borås", VANSTER, 180.0), ("Statens skolverk", HOGER, 394.9)], 162),
             _rad([("Linnéuniversitetet", VANSTER, 176.0), ("Utredningen om genomförande av", HOGER, 475.9)], 176),
             _rad([("Luleå tekniska universitet", VANSTER, 222.0), ("högskoleprovet (U2020:05)", HOGER, 443.0)], 190),
             _rad([("Lunds universitet", VANSTER, 180.0), ("Örebro universitet", HOGER, 403.8)], 204)]
    names = [i.namn for i in find_instanser(rader)[0]]
    assert names == ["Folkbildningsrådet", "Gymnastik- och idrottshögskolan", "Göteborgs universitet",
                     "Högskolan i Borås", "Linnéuniversitetet", "Luleå tekniska universitet", "Lunds universitet",
                     "Myndigheten för yrkeshögskolan", "Riksförbundet Vuxenutbildning i samverkan (ViS)",
                     "Statens skolverk", "Utredningen om genomförande av högskoleprovet (U2020:05)",
                     "Örebro universitet"]
    for layout in ("brevtabell", "a5"):
        assert _ratt("missiv", "rk-u2021-urval-extraordinara-handelser", layout, tmp_path)


def test_versal_rest_nar_ordet_inte_fick_plats_pa_raden_ovanfor(tmp_path: Path) -> None:
    """missiv/rk-n2018-miljozoner in brevtabell: 'Branschföreningen Svensk' over 'Fordonsanpassning (BSF)'
    in the first column. The rest starts in upper case; it is the name's because 'Fordonsanpassning' could
    not have stood after 'Svensk' before the second column starts (the line's right edge plus the word's
    width), and 'Svensk' asks for a word after it. 'Funktionsrätt Sverige' under 'DHR' stays a name: the
    line above it ends far from the column's edge."""
    rader = [_rubrik(),
             _rad([("Borås kommun", VANSTER, 162.6), ("Naturvårdsverket", HOGER, 401.4)], 120),
             _rad([("Branschföreningen Svensk", VANSTER, 213.9), ("Norrköpings kommun", HOGER, 421.6)], 134),
             _rad([("Fordonsanpassning (BSF)", VANSTER, 208.6), ("Polismyndigheten", HOGER, 402.4)], 148),
             _rad([("DHR", VANSTER, 115.1), ("Riksförbundet för rörelsehindrade barn och", HOGER, 518.4)], 162),
             _rad([("Funktionsrätt Sverige", VANSTER, 190.9), ("ungdomar (RBU)", HOGER, 398.6)], 176),
             _rad([("Försäkringskassan", VANSTER, 177.9), ("Socialstyrelsen", HOGER, 387.9)], 190)]
    names = [i.namn for i in find_instanser(rader)[0]]
    assert names == ["Borås kommun", "Branschföreningen Svensk Fordonsanpassning (BSF)", "DHR",
                     "Funktionsrätt Sverige", "Försäkringskassan", "Naturvårdsverket", "Norrköpings kommun",
                     "Polismyndigheten", "Riksförbundet för rörelsehindrade barn och ungdomar (RBU)",
                     "Socialstyrelsen"]
    assert _ratt("missiv", "rk-n2018-miljozoner", "brevtabell", tmp_path)


# --- a numbered list in two columns: sub-items, a name broken over the column break, 'ska' in a name -----

def test_numrerad_lista_med_underpunkter_i_andra_spalten(tmp_path: Path) -> None:
    """missiv/rk-n2015-07635 in brevtabell: '46. Swedish Association for Testing, Inspection and
    Certification' with '- Swetic Sektion Fordonsbesiktning' and '- Swetic TK Lyft' under it in the second
    column, '47. Svenska Taxiförbundet' after them. The bullets ended the numbered list (a bulleted list after
    it is the documents sent); a bullet that the numbering goes on after in its column is a sub-item."""
    rader = [_rad([("16. Trafikverket", VANSTER, 180.0), ("46. Swedish Association for Testing,", HOGER, 480.2)], 120),
             _rad([("17. Trafikanalys", VANSTER, 170.0), ("Inspection and Certification", HOGER, 446.4)], 134),
             _rad([("18. VTI – statens väg- och", VANSTER, 240.0), ("- Swetic Sektion Fordonsbesiktning", HOGER, 479.1)], 148),
             _rad([("transportforskningsinstitut", VANSTER, 230.0), ("- Swetic TK Lyft", HOGER, 392.1)], 162),
             _rad([("19. Regelrådet", VANSTER, 160.0), ("47. Svenska Taxiförbundet", HOGER, 440.2)], 176)]
    names, _ = numbered_list(rader)
    assert names == ["Trafikverket", "Trafikanalys", "VTI – statens väg- och transportforskningsinstitut",
                     "Regelrådet", "Swedish Association for Testing, Inspection and Certification",
                     "Swetic Sektion Fordonsbesiktning", "Swetic TK Lyft", "Svenska Taxiförbundet"]
    efter = [Line(text="1. Länsstyrelsen i Stockholms län", page=1, number=0, x0=94.0),
             Line(text="2. Länsstyrelsen i Uppsala län", page=1, number=0, x0=94.0),
             Line(text="* Naturvårdsverkets redovisning av regeringsuppdrag", page=1, number=0, x0=94.0)]
    assert numbered_list(efter) == (["Länsstyrelsen i Stockholms län", "Länsstyrelsen i Uppsala län"], True)
    assert _ratt("missiv", "rk-n2015-07635", "brevtabell", tmp_path)


def test_namn_brutet_over_spaltbrytningen(tmp_path: Path) -> None:
    """missiv/rk-n2016-redovisning-av-regeringsuppdrag in brevtabell: '24. Sveriges lantbruksuniversitet
    (Fakulteten för …' at the first column's foot goes on at the second column's top ('jordbruksvetenskap,
    Fakulteten för' / 'skogsvetenskap)') beside items 1 and 2. The rest opened a column the list did not
    know and ended it; it is now the last name's of the column to its left."""
    rader = [_rad([("1. Göta hovrätt", VANSTER, 170.0), ("jordbruksvetenskap, Fakulteten för", HOGER, 479.9)], 120),
             _rad([("2. Jönköpings tingsrätt", VANSTER, 200.0), ("skogsvetenskap)", HOGER, 394.9)], 134),
             _rad([("3. Kammarrätten i Stockholm", VANSTER, 230.0), ("4. Naturhistoriska riksmuseet", HOGER, 460.6)], 148),
             _rad([("5. Sveriges lantbruksuniversitet", VANSTER, 250.0)], 162),
             _rad([("(Fakulteten för naturresurser och", VANSTER, 250.0)], 176)]
    names, whole = numbered_list(rader)
    assert whole and names[-2:] == ["Naturhistoriska riksmuseet", "Sveriges lantbruksuniversitet (Fakulteten för "
                                    "naturresurser och jordbruksvetenskap, Fakulteten för skogsvetenskap)"]
    adresser = [_rad([("1. Arbetslivsnämnden", 73.1, 180.4), ("aln.diarium@boras.se", 302.6, 410.4)], 120),
                _rad([("2. Fritids och folkhälsonämnden", 72.7, 231.1), ("ff.diarium@boras.se", 302.2, 402.3)], 134)]
    assert not any("@" in name for name in numbered_list(adresser)[0])  # samples/anhoriga_kriminella: an
    # address column in lower case is no name's rest
    for layout in ("brevtabell", "hogerblock"):
        assert _ratt("missiv", "rk-n2016-redovisning-av-regeringsuppdrag", layout, tmp_path)


def test_numrerat_namn_med_ska_ar_inget_stycke(tmp_path: Path) -> None:
    """missiv/rk-n2015-4746 in brevtabell: '31. Borlänge kommun | 65. Hela Sveriges ska leva'. 'ska' made the
    item a sentence and ended the numbered list at 65; a sentence has more than five words."""
    rader = [_rad([("31. Borlänge kommun", VANSTER, 190.0), ("65. Hela Sveriges ska leva", HOGER, 434.2)], 120),
             _rad([("32. Bromölla kommun", VANSTER, 190.0), ("66. HSB Riksförbund", HOGER, 414.1)], 134)]
    assert numbered_list(rader)[0] == ["Borlänge kommun", "Bromölla kommun", "Hela Sveriges ska leva",
                                       "HSB Riksförbund"]
    assert _ratt("missiv", "rk-n2015-4746", "brevtabell", tmp_path)


# --- the list's next page is the missiv's -----------------------------------------------------------------

def test_sidan_efter_fortsatter_efter_andra_spaltens_hogsta_nummer(tmp_path: Path) -> None:
    """missiv/rk-u2017-specialpedagogisk-kompetens-i in brevtabell: page 1 ends with '33 Laxå kommun |
    funktionsnedsättning' (the rest of '64 Lika Unika, …'), page 2 starts with '65 Lärarförbundet'. The page
    was cut from the missiv: 65 follows neither 33 nor the last row's highest number, but the page's."""
    forra = ["31 Karlstads kommun | 64 Lika Unika, Federationen mänskliga", "32 Landskrona kommun | rättigheter för personer med",
             "33 Laxå kommun | funktionsnedsättning", "Utbildningsdepartementet"]
    assert _numbering_continues(forra, ["Sida 2(2)", "65 Lärarförbundet | 73 Sveriges Elevråd"])
    assert not _numbering_continues(forra, ["Sida 2(2)", "12 Bilaga | 13 Underlag"])
    assert _ratt("missiv", "rk-u2017-specialpedagogisk-kompetens-i", "brevtabell", tmp_path)


def test_sandlistans_adress_med_semikolon_efter(tmp_path: Path) -> None:
    """missiv/goteborg-sbk-sankt-jorgens-vag-sandlista in brevtabell: 'Statens geotekniska institut
    sgi@swedgeo.se;' among the page's last names. Without the address the name ended in ';' and was no name,
    so the names did not run on over the page and page 2 (Länsstyrelsen, Brf Sankt jörgens port …) was cut."""
    forra = ["Trafikkontoret trafikkontoret@trafikkontoret.goteborg.se", "Försvarsmakten högkvarterat exp-HKV@mil.se",
             "Lantmäteri Stadsbyggnadskontoret lantmateri@sbk.goteborg.se", "STATLIGA MYNDIGHETER ETC E-POST ADRESS",
             "Skanova Skanova-remisser-goteborg@skanova.se", "Statens geotekniska institut sgi@swedgeo.se;",
             "Swedavia info@swedavia.se", "Trafikverket goteborg@trafikverket.se"]
    forra = ["Räddningstjänsten raddningstjansten@rsgbg.se", "Social Hisingen socialhisingen@socialhisingen.goteborg.se",
             *forra]
    nasta = ["Sida 2(2)", "Helikopterflygplatser VGR helikopterflygplatser@vgregion.se", "Västtrafik vasttrafik@vasttrafik.se",
             "Länsstyrelsen vastragotaland@lansstyrelsen.se filskick@lansstyrelsen.se"]
    assert _names_continue([t for t in forra if "STATLIGA" not in t], nasta)
    for layout in ("brevtabell", "hogerblock"):
        assert _ratt("missiv", "goteborg-sbk-sankt-jorgens-vag-sandlista", layout, tmp_path)


# --- a Word table of names, and the letter's running head over the list's next page ----------------------

def test_wordtabellens_rest_i_egen_cell_och_lang_rad(tmp_path: Path) -> None:
    """missiv/rk-n2018-boverket-lovbefriade in wordhuvud (the list in a ruled two-column Word table): the
    source's '(Formas)' on a line of its own stands in a row of its own ('(Formas) | Samhällsbyggarna'), and
    'Föreningen Sveriges Bygglovgranskare och Byggnadsnämndssekreterare | Skärgårdarnas riksförbund' is over
    90 characters as a row. The row ended the list after 25 of 97 names; a Word table's cells have no
    positions, so their order is their column, and a row is as long as its longest cell."""
    def rad(text: str) -> Line:
        return Line(text=text, page=1, number=0)

    rader = [Line(text="Remissinstanser", page=1, number=0, bold=True),
             rad("Fastighetsägarna Sverige | Riksorganisationen Hela Sverige ska leva"),
             rad("Forskningsrådet för miljö, areella näringar och samhällsbyggande | Samfundet S:t Erik"),
             rad("(Formas) | Samhällsbyggarna"),
             rad("Föreningen Sveriges Bygglovgranskare och Byggnadsnämndssekreterare | Skärgårdarnas riksförbund"),
             rad("(FSBS) | Smedjebackens kommun"),
             rad("Försvarsmakten | Statens centrum för arkitektur och design")]
    names = [i.namn for i in find_instanser(rader)[0]]
    assert names == ["Fastighetsägarna Sverige",
                     "Forskningsrådet för miljö, areella näringar och samhällsbyggande (Formas)",
                     "Föreningen Sveriges Bygglovgranskare och Byggnadsnämndssekreterare (FSBS)", "Försvarsmakten",
                     "Riksorganisationen Hela Sverige ska leva", "Samfundet S:t Erik", "Samhällsbyggarna",
                     "Skärgårdarnas riksförbund", "Smedjebackens kommun", "Statens centrum för arkitektur och design"]
    from tests.korpus import jamfor

    dok = next(d for d in jamfor.dokument(("missiv",)) if d.id == "rk-n2018-boverket-lovbefriade")
    fil = _las("rk-n2018-boverket-lovbefriade", "wordhuvud", "docx", tmp_path)
    assert jamfor.jamfor(dok, jamfor.kor(fil))["remissinstanser"].ratt


def test_brevets_lopande_huvud_over_listans_nasta_sida(tmp_path: Path) -> None:
    """missiv/rk-n2018-miljozoner in hogerblock: page 2 opens with 'Sida 2 av 2' and 'Näringsdepartementet' in
    bold 12 pt, the list heading's style, as on page 1; it ended the list before 'Umeå kommun' … 'Örebro
    kommun'. A text among the first lines of two pages is the letter's running head, no heading."""
    def rad(text: str, page: int, top: float, *, bold: bool = False, x0: float = 86.3) -> Line:
        size = 9.0 if text.startswith("Sida") else 12.0
        return Line(text=text, page=page, number=0, top=top, size=size, bold=bold, x0=x0, x1=x0 + 100)

    rader = [rad("Sida 1 av 2", 1, 22, x0=487.6), rad("Näringsdepartementet", 1, 48, bold=True, x0=68.3),
             rad("Remissinstanser", 1, 236, bold=True, x0=74.2), rad("Södertälje kommun", 1, 700),
             rad("Transportstyrelsen", 1, 740), rad("Sida 2 av 2", 2, 22, x0=487.6),
             rad("Näringsdepartementet", 2, 48, bold=True, x0=68.3), rad("Umeå kommun", 2, 122),
             rad("Uppsala kommun", 2, 139)]
    assert [i.namn for i in find_instanser(rader)[0]] == ["Södertälje kommun", "Transportstyrelsen", "Umeå kommun",
                                                          "Uppsala kommun"]
    assert _ratt("missiv", "rk-n2018-miljozoner", "hogerblock", tmp_path)


# --- a number alone on a line that ends the paragraph above is no number alone -----------------------------

def test_nummer_som_avslutar_stycket_ovanfor_ar_inget_ensamt_dnr(tmp_path: Path) -> None:
    """prov2/rk-m2015-producentansvar in hogerblock and a5: '… Delredovisning av regeringsuppdrag' over
    'M2014/1900/Ke' in a narrower column. The regeringsuppdrag's number (the page gives no dnr of its own:
    truth null) stood alone on its line and was read as the letter's number; in the page's own layout it ends
    the line. A line that ends running text mid-sentence above it is the paragraph's; after '… dr. nr' the
    number is the label's (prov4/motala-strom-vattenrad-yttrande)."""
    from remiss.extract.dnr import find_diarienummer_header

    def rad(text: str, top: float) -> Line:
        return Line(text=text, page=1, number=0, top=top, size=12.0, x0=74.4, x1=74.4 + 5.2 * len(text))

    stycke = [rad("Här kan du ta del av de remissvar som har kommit till Miljö- och energidepartementet om", 100),
              rad("förpackningar, returpapper, elutrustning och batterier. Delredovisning av regeringsuppdrag", 114),
              rad("M2014/1900/Ke", 128), rad("Sista dag att svara på remissen är den 25 september 2015.", 142)]
    assert find_diarienummer_header(stycke) is None
    etikett = [rad("Remissyttrande gällande Vattenmyndighetens i Södra Östersjöns vattendistrikts", 100),
               rad("förlag till åtgärdsprogram, förvaltningsplan och miljökvalitetsnormer, dr. nr", 114),
               rad("537-5346-2014", 128)]
    found = find_diarienummer_header(etikett)
    assert found is not None and found.value == "537-5346-2014"
    bifogat = [rad("Bifogade filer: transportstyrelsen-miljomal-etappmal.pdf", 100),
               rad("TSG 2011-486 M2011/1516/Ma Remissvar 1(10)", 114)]  # prov2/transportstyrelsen, e-mail print
    found = find_diarienummer_header(bifogat)
    assert found is not None and found.value == "TSG 2011-486"
    titel = [rad("Remiss av promemoria Förlängning av det tillfälliga tilläggsbidraget till", 100),
             rad("barnfamiljer inom bostadsbidraget med anledning av höga levnadsomkostnader,", 114),
             rad("S2023/02496", 128)]  # prov/rk-s2023-02496 in the epost layout: the title ends at the comma
    found = find_diarienummer_header(titel)
    assert found is not None and found.value == "S2023/02496"
    from remiss.pipeline import tolka_fil

    for layout in ("hogerblock", "a5"):
        (remiss,) = tolka_fil(_las("rk-m2015-producentansvar", layout, "pdf", tmp_path))
        assert remiss.diarienummer is None


def test_kortform_efter_komma_i_sin_spalt(tmp_path: Path) -> None:
    """missiv/aland-kommunstruktur-remiss in a5: '• Mariehamns stad | • Norra Ålands högstadiedistrikt,' over
    '• Saltviks kommun | NÅHD', and '• Norra Ålands pensionärsförening,' over a lone 'NÅP' in the second
    column. The comma was stripped with the name, so the rest joined without it ('… högstadiedistrikt NÅHD')
    or stood as a name of its own ('NÅP'); a name whose cell ends with a comma keeps it for its short form."""
    rader = [_rubrik(),
             _rad([("• Kökars kommun", 56.2, 120.0), ("• Polisstyrelsen på Åland", 228.5, 318.5)], 120),
             _rad([("• Mariehamns stad", 56.2, 125.0), ("• Norra Ålands högstadiedistrikt,", 228.5, 348.5)], 134),
             _rad([("• Saltviks kommun", 56.2, 125.0), ("NÅHD", 227.5, 250.6)], 148),
             _rad([("• Ålands gymnasium", 56.2, 125.0), ("• Norra Ålands pensionärsförening,", 228.5, 357.6)], 162),
             _rad([("NÅP", 227.5, 243.5)], 176),
             _rad([("• Ålands handikappförbund", 56.2, 157.7)], 190)]
    names = [i.namn for i in find_instanser(rader)[0]]
    assert names == ["Kökars kommun", "Mariehamns stad", "Saltviks kommun", "Ålands gymnasium",
                     "Ålands handikappförbund", "Polisstyrelsen på Åland", "Norra Ålands högstadiedistrikt, NÅHD",
                     "Norra Ålands pensionärsförening, NÅP"]
    assert _ratt("missiv", "aland-kommunstruktur-remiss", "a5", tmp_path)


def test_inkord_listas_sista_namn_brutet_pa_nasta_rad(tmp_path: Path) -> None:
    """missiv/socialstyrelsen-yrkeskvalifikationer-missiv in the Outlook print: the transcript's run-in list
    'Sändlista: 1. Arbetsförmedlingen 2. … 14. Norrbottens' breaks before the last name's rest 'läns lan'
    (the transcript's flaw kept). The last name ended at the line; a short lower-case line after it is its
    rest, as between two numbers."""
    rader = [Line(text="Sändlista: 1. Arbetsförmedlingen 2. Hälso- och sjukvårdens ansvarsnämnd 3. Inspektionen för",
                  page=2, number=1),
             Line(text="vård och omsorg 4. Karolinska Institutet 5. Norrbottens", page=2, number=2),
             Line(text="läns lan", page=2, number=3)]
    names = [i.namn for i in find_instanser(rader)[0]]
    assert names == ["Arbetsförmedlingen", "Hälso- och sjukvårdens ansvarsnämnd", "Inspektionen för vård och omsorg",
                     "Karolinska Institutet", "Norrbottens läns lan"]
    assert _ratt("missiv", "socialstyrelsen-yrkeskvalifikationer-missiv", "epostutskrift", tmp_path)


def test_sidfotens_avsandare_i_liten_stil_ar_inget_namn_i_listan(tmp_path: Path) -> None:
    """prov5/fmi-registrering-remiss in brevtabell (the sender in the page's footer, 8 pt and centred): the
    footer's 'Fastighetsmäklarinspektionen' under the sändlista's last name 'Högskolan i Gävle' was read as a
    name; in prov5/uhr-behorighet-urval-remiss 'Sändlista', the last of the documents linked, found the
    footer's 'Universitets- och högskolerådet' as its one name (truth: no list). Small print well away from
    the list's edge is furniture."""
    def rad(text: str, top: float, *, x0: float = 88.2, size: float = 11.0) -> Line:
        return Line(text=text, page=2, number=0, top=top, size=size, x0=x0, x1=x0 + 5 * len(text))

    rader = [rad("Sändlista", 100, x0=77.0), rad("Fastighetsbyrån", 114), rad("Högskolan i Gävle", 128),
             rad("Fastighetsmäklarinspektionen", 790, x0=248.1, size=8.0)]
    assert [i.namn for i in find_instanser(rader)[0]] == ["Fastighetsbyrån", "Högskolan i Gävle"]
    assert _ratt("prov5", "fmi-registrering-remiss", "brevtabell", tmp_path)
    assert _ratt("prov5", "uhr-behorighet-urval-remiss", "brevtabell", tmp_path)


def test_yttrandets_dnr_brutet_i_smal_huvudcell(tmp_path: Path) -> None:
    """yttranden/livsmedelsverket-starkare-kommuner in tabell/pdf: the header table's narrow cells broke
    'Dnr 2020/01057' after '2020/0' (tests/test_huvud.py has the lines); the yttrande's own number is read
    whole, as in its own layout."""
    (kontroll,) = kontrollera_fil(_las("livsmedelsverket-starkare-kommuner", "tabell", "pdf", tmp_path))
    assert kontroll.diarienummer == "2020/01057"
