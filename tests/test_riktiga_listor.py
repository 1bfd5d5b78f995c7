"""Real remisslistor that were misread, each as a named test with the document's own lines.

The sources are in tests/korpus/missiv/ (the id in each docstring; regeringen.se pages from the
g0vse archive, rendered as letters). A PDF line carries its left edge, size and cells as the
reader gives them; a DOCX paragraph has no left edge.
"""

# ruff: noqa: E501  (the documents' own lines are kept as they stand)

from __future__ import annotations

from remiss.domain import Line
from remiss.instanser import find_instanser
from remiss.numrerad_lista import parse_numbered


def pdf(
    text: str,
    x0: float = 92.0,
    *,
    page: int = 1,
    size: float = 10.5,
    cells: tuple[float, ...] = (),
    bold: bool = False,
) -> Line:
    """Given a PDF line's text and layout, return the Line as the reader makes it."""
    return Line(text=text, page=page, number=0, size=size, x0=x0, cells_x=cells, bold=bold)


def docx(text: str, *, bold: bool = False) -> Line:
    """Given a DOCX paragraph, return the Line (no left edge, no size)."""
    return Line(text=text, page=1, number=0, bold=bold)


def heading() -> Line:
    """Return Regeringskansliet's bold 'Remissinstanser' heading."""
    return pdf("Remissinstanser", 77.9, size=11.5)


def namn(lines: list[Line]) -> list[str]:
    """Given a missiv's lines, return the names find_instanser reads."""
    return [instans.namn for instans in find_instanser(lines)[0]]


def test_nummer_utan_punkt_och_delat_nummer() -> None:
    """rk-n2018-forordning-om-eko: '1 Förvaltningsrätten i Göteborg' (no dot) and '3 7 Transportarbetareförbundet'."""
    lines = [
        heading(),
        pdf("1 Förvaltningsrätten i Göteborg"),
        pdf("2 Forskningsrådet för miljö, areella näringar och samhällsbyggande", 91.2),
        pdf("36 Sveriges Åkeriföretag", 91.3),
        pdf("3 7 Transportarbetareförbundet", 91.3),
        pdf("38 Transportindustriförbundet", 91.3),
    ]
    assert namn(lines) == [
        "Förvaltningsrätten i Göteborg",
        "Forskningsrådet för miljö, areella näringar och samhällsbyggande",
        "Sveriges Åkeriföretag",
        "Transportarbetareförbundet",
        "Transportindustriförbundet",
    ]


def test_sidhuvud_mellan_sidorna_och_meningen_efter_listan() -> None:
    """rk-u2016-vissa-skollagsfragor, rk-u2017-universitetskanslersambetets-rapport-forslag: the running
    header 'Utbildningsdepartementet' (9 pt) on page 2 and the sentence after the list are no instanser."""
    lines = [
        heading(),
        pdf("40 Nybro kommun", 91.4),
        pdf("41 Perstorps kommun", 91.4),
        pdf("Utbildningsdepartementet", 71.6, page=2, size=9.0),
        pdf("42 Ronneby kommun", 91.4, page=2),
        pdf("43 Sala kommun", 91.4, page=2),
        pdf("Här kan du ta del av till vilka instanser regeringen har remitterat", 77.9, page=2),
        pdf("Universitetskanslersämbetets rapport Förslag till examensbeskrivning för", 77.8, page=2),
    ]
    assert namn(lines) == ["Nybro kommun", "Perstorps kommun", "Ronneby kommun", "Sala kommun"]


def test_parentes_med_kommatecken_ar_ett_namn() -> None:
    """rk-n2016-redovisning-av-regeringsuppdrag: commas inside the parenthesis separate no names, and a
    parenthesis left open at the line end goes on on the next line."""
    lines = [
        heading(),
        pdf("24. Sveriges lantbruksuniversitet (Fakulteten för landskapsarkitektur, trädgårds- och", 91.2),
        pdf(
            "produktionsvetenskap, Fakulteten för naturresurser och jordbruksvetenskap, Fakulteten för", 90.9
        ),
        pdf("skogsvetenskap)", 91.4),
        pdf("25. Naturhistoriska riksmuseet", 91.2),
        pdf("30. Lantbrukarnas Riksförbund (LRF Skog, LRF Trädgård, LRF Växtodling)", 91.3),
        pdf("31. Lovanggruppen", 91.3),
    ]
    assert namn(lines) == [
        "Sveriges lantbruksuniversitet (Fakulteten för landskapsarkitektur, trädgårds- och "
        "produktionsvetenskap, Fakulteten för naturresurser och jordbruksvetenskap, Fakulteten för "
        "skogsvetenskap)",
        "Naturhistoriska riksmuseet",
        "Lantbrukarnas Riksförbund (LRF Skog, LRF Trädgård, LRF Växtodling)",
        "Lovanggruppen",
    ]


def test_tva_spalter_med_rest_utanfor_spalten() -> None:
    """rk-n2017-delbetankande-detaljplanekravet-sou: a wrapped rest set left of both columns ('(Formas)',
    'Byggnads nämnds sekreterare') belongs to the item placed last, and the list goes on."""
    two = (92.0, 318.4)
    lines = [
        heading(),
        pdf("5. Växjö tingsrätt, mark- och | 10. Forskningsrådet för miljö, areella", cells=two),
        pdf("miljödomstolen | näringar och samhällsbyggande", 91.8, cells=(91.8, 318.4)),
        pdf("(Formas)", 77.8),
        pdf("11. Fortifikationsverket | 55. Upplands-Väsby kommun", cells=two),
        pdf("54. Stockholms läns landsting | 98. Föreningen Sveriges", 91.7, page=2, cells=two),
        pdf("Bygglovgranskare och", 318.7, page=2),
        pdf("Byggnads nämnds sekreterare", 77.9, page=2),
        pdf("99. Föreningen Sveriges stadsbyggare | 112. Skogssällskapet", 91.5, page=2, cells=two),
        pdf("Här kan du ta del av till vilka instanser regeringen har remitterat SOU 2017:64", 77.9, page=2),
    ]
    assert parse_numbered(lines[1:]) == [
        "Växjö tingsrätt, mark- och miljödomstolen",
        "Forskningsrådet för miljö, areella näringar och samhällsbyggande (Formas)",
        "Fortifikationsverket",
        "Stockholms läns landsting",
        "Upplands-Väsby kommun",
        "Föreningen Sveriges Bygglovgranskare och Byggnads nämnds sekreterare",
        "Föreningen Sveriges stadsbyggare",
        "Skogssällskapet",
    ]


def test_sidhuvud_i_annan_storlek_fogas_inte_till_namnet() -> None:
    """rk-u2017-specialpedagogisk-kompetens-i: the 9 pt running header between two pages of a numbered
    list is skipped, not joined to the last name as a wrapped rest."""
    lines = [
        pdf("41 Perstorps kommun", 91.4),
        pdf("Utbildningsdepartementet", 71.6, page=2, size=9.0),
        pdf("42 Ronneby kommun", 91.4, page=2),
    ]
    assert parse_numbered(lines) == ["Perstorps kommun", "Ronneby kommun"]


def test_onumrerad_docx_lista_med_forkortning_pa_egen_rad() -> None:
    """rk-n2018-boverket-lovbefriade (DOCX): '(Formas)' on a line of its own is the name's short form,
    'Kungl. Tekniska Högskolan' has an abbreviation, 'Hela Sverige ska leva' is a name, not a sentence."""
    lines = [
        docx("Näringsdepartementet"),
        docx("Remissinstanser", bold=True),
        docx("Forskningsrådet för miljö, areella näringar och samhällsbyggande"),
        docx("(Formas)"),
        docx("Fortifikationsverket"),
        docx("Kulturmiljö främjandet"),
        docx("Kungl. Tekniska Högskolan"),
        docx("Lika Unika, Federationen mänskliga rättigheter för personer med"),
        docx("funktionsnedsättning"),
        docx("Riksorganisationen Hela Sverige ska leva"),
        docx("Samfundet S:t Erik"),
    ]
    assert namn(lines) == [
        "Forskningsrådet för miljö, areella näringar och samhällsbyggande (Formas)",
        "Fortifikationsverket",
        "Kulturmiljö främjandet",
        "Kungl. Tekniska Högskolan",
        "Lika Unika, Federationen mänskliga rättigheter för personer med funktionsnedsättning",
        "Riksorganisationen Hela Sverige ska leva",
        "Samfundet S:t Erik",
    ]


def test_numrerad_lista_utan_rubrik_efter_meningen_om_remissen() -> None:
    """rk-n2018-forslag-till-europaparlamentets: no 'Remissinstanser' heading; the sentence 'till vilka
    remissinstanser som regeringen har remitterat …' introduces the numbered list."""
    lines = [
        pdf(
            "Här kan du ta del av till vilka remissinstanser som regeringen har remitterat förslag till", 77.9
        ),
        pdf("Europaparlamentets och rådets förordning om elektronisk godstransportinformation.", 77.9),
        pdf("Remissvaren ska ha kommit in till Näringsdepartementet senast den 29 augusti 2018.", 77.9),
        pdf("1. Biltrafikens Arbetsgivareförbund"),
        pdf("2. Branschföreningen Tågoperatörerna", 91.6),
        pdf("3. Datainspektionen", 91.7),
        pdf("26. Åklagarmyndigheten", 91.6),
    ]
    found, source = find_instanser(lines)
    assert [i.namn for i in found] == [
        "Biltrafikens Arbetsgivareförbund",
        "Branschföreningen Tågoperatörerna",
        "Datainspektionen",
        "Åklagarmyndigheten",
    ]
    assert source is lines[3]


def test_inga_instanser_i_numrerad_brodtext_utan_remissmening() -> None:
    """A numbered list of points ('1. Bakgrund') that no sentence about the remiss introduces is no list."""
    lines = [
        pdf("Innehåll", 77.9),
        pdf("1. Bakgrund"),
        pdf("2. Förslaget"),
        pdf("3. Konsekvenser"),
    ]
    assert find_instanser(lines) == ([], None)


def test_fet_inledning_som_slutar_med_till_kolon() -> None:
    """rk-n2015-passagerarfartyg-tabell: 'Inhämtande av synpunkter på promemorian … till:' (bold, no
    'Remissinstanser') introduces the numbered list."""
    lines = [
        pdf("Inhämtande av synpunkter på promemorian Registrering av", 83.8),
        pdf("ombordvarande på passagerarfartyg till:", 83.3),
        pdf("1. Stockholms tingsrätt", 84.0),
        pdf("2. Åklagarmyndigheten", 83.6),
        pdf("15. Transportindustriförbundet", 84.0),
        pdf("Synpunkterna ska ha kommit in till Näringsdepartementet (dnr 2015/07839/RS)", 77.6),
    ]
    assert namn(lines) == ["Stockholms tingsrätt", "Åklagarmyndigheten", "Transportindustriförbundet"]


def test_adress_efter_till_kolon_ar_ingen_lista() -> None:
    """'… lämna in dem i pappersform till:' before a postal address: the address lines are no instanser."""
    lines = [
        pdf("synpunkter är du välkommen att lämna in dem skriftligen eller i", 77.4),
        pdf("pappersform till:", 76.9),
        pdf("Kommunen", 77.2),
        pdf("Samhällsbyggnadsförvaltningen", 77.0),
        pdf("Box 100", 77.0),
        pdf("736 85 Orten", 91.1),
        pdf("Senast uppdaterad: 11 mars 2020", 77.3),
    ]
    assert find_instanser(lines) == ([], None)


def test_tva_onumrerade_spalter_utan_rubrik_med_radbrutna_namn() -> None:
    """rk-n2018-fiskerikontroll-lang-lista: two unnumbered columns after 'Här kan du ta del av till vilka
    instanser … har remitterat …'; a row of wrapped rests and a lone rest between full rows join the
    names above them, 'Fiskbranschens Riksförbund ·' loses the stray dot, 'Hela Sverige ska leva' is a name."""
    two = (91.9, 318.4)
    lines = [
        pdf("Här kan du ta del av till vilka instanser Näringsdepartementet har remitterat Förslag", 77.9),
        pdf("368 slutlig.", 77.7),
        pdf("Datainspektionen | Matfiskodlarna", 91.9, cells=two),
        pdf("Fiskbranschens Riksförbund · | Norrbottens Kustfiskare förbund", 91.9, cells=two),
        pdf("Forskningsrådet för miljö, areella | Producentorganisationen Gävlefisk", 91.9, cells=two),
        pdf("näringar och samhällsbyggande | GFPO", 91.8, cells=(91.8, 318.4)),
        pdf("Formas", 91.9),
        pdf("Förvaltningsrätten i Umeå | Riksdagens ombudsmän JO", 91.9, cells=two),
        pdf("Havs- och Kustfiskarnas | Riksrevisionen", 91.9, cells=two),
        pdf("Producentorganisation HKPO", 91.9),
        pdf("Hela Sverige ska leva | Samförvaltning norra Bohuslän", 91.9, cells=two),
        pdf("Remissvaren ska ha kommit in till Näringsdepartementet senast den 1 oktober 2018.", 77.9),
    ]
    assert namn(lines) == [
        "Datainspektionen",
        "Fiskbranschens Riksförbund",
        "Forskningsrådet för miljö, areella näringar och samhällsbyggande Formas",
        "Förvaltningsrätten i Umeå",
        "Havs- och Kustfiskarnas Producentorganisation HKPO",
        "Hela Sverige ska leva",
        "Matfiskodlarna",
        "Norrbottens Kustfiskare förbund",
        "Producentorganisationen Gävlefisk GFPO",
        "Riksdagens ombudsmän JO",
        "Riksrevisionen",
        "Samförvaltning norra Bohuslän",
    ]


def test_radbrutet_namn_i_andra_spalten() -> None:
    """rk-u2021-urval-extraordinara-handelser: 'samverkan (ViS)' at the second column's edge continues
    'Riksförbundet Vuxenutbildning i' in that column, not the first column's name."""
    two = (91.9, 318.4)
    lines = [
        pdf("Remissinstanser", 77.9),
        pdf("Göteborgs universitet | Riksförbundet Vuxenutbildning i", 91.5, cells=(91.5, 318.4)),
        pdf("samverkan (ViS)", 318.2),
        pdf("Högskolan i Borås | Statens skolverk", 91.9, cells=two),
        pdf(
            "Remissvaren ska ha kommit in till Utbildningsdepartementet senast den 3 mars 2021.", 77.9, page=2
        ),
    ]
    assert namn(lines) == [
        "Göteborgs universitet",
        "Högskolan i Borås",
        "Riksförbundet Vuxenutbildning i samverkan (ViS)",
        "Statens skolverk",
    ]


def test_numrerad_punkt_med_kommatecken_ar_ett_namn() -> None:
    """g0vse remisser/2018/04/remiss-av-den-fordjupade-oversynen-av-forsvarsmaktens-logistikforsorjning-…md
    (Försvarsdepartementet, not kept in the corpus: prov/ has that sender): '13 Offentliganställdas
    förhandlingsråd, OFR/S,P, O' is one numbered item; commas split names only on an unmarked line."""
    lines = [
        docx("Remissinstanser", bold=True),
        docx("12 Säkerhets- och försvarsföretagen, SOFF"),
        docx("13 Offentliganställdas förhandlingsråd, OFR/S,P, O"),
        docx("14 Seko, Service- och kommunikationsfacket"),
        docx("15 Sveriges akademikers centralorganisation, SACO-S"),
    ]
    assert namn(lines) == [
        "Säkerhets- och försvarsföretagen, SOFF",
        "Offentliganställdas förhandlingsråd, OFR/S,P, O",
        "Seko, Service- och kommunikationsfacket",
        "Sveriges akademikers centralorganisation, SACO-S",
    ]


def test_tabellens_rubrikrad_ar_ingen_instans_och_epost_till_epost() -> None:
    """Issue 9, class 'Lists': the header row 'Remissinstans | E-post | Svar inkommet' of a kommun's list
    table is skipped; each row is one instans with its e-mail cell as epost."""
    lines = [
        docx("Remissinstanser", bold=True),
        docx("Remissinstans | E-post | Svar inkommet"),
        docx("Kommunstyrelsen | kommunstyrelsen@uppsala.se | Ja"),
        docx("Omsorgsnämnden | omsorgsnamnden@uppsala.se |"),
        docx("Svaren ska ha kommit in senast den 1 maj 2024."),
    ]
    found, _ = find_instanser(lines)
    assert [(i.namn, i.epost) for i in found] == [
        ("Kommunstyrelsen", "kommunstyrelsen@uppsala.se"),
        ("Omsorgsnämnden", "omsorgsnamnden@uppsala.se"),
    ]


def test_underrubriker_blir_grupp_och_inget_prefix_klipper_namn() -> None:
    """Issue 9, class 'Lists': sub-headings 'Nämnder', 'Bolag', 'Övriga' are kept as grupp for the names
    under them, and 'Yttrandefrihetskommittén' is a name although it begins like 'Yttrande'."""
    lines = [
        docx("Remissinstanser", bold=True),
        docx("Nämnder"),
        docx("Omsorgsnämnden"),
        docx("Bolag"),
        docx("Uppsalahem AB"),
        docx("Övriga"),
        docx("Yttrandefrihetskommittén"),
        docx("Yttrande"),
        docx("Nämnden tillstyrker förslaget."),
    ]
    found, _ = find_instanser(lines)
    assert [(i.namn, i.grupp) for i in found] == [
        ("Omsorgsnämnden", "Nämnder"),
        ("Uppsalahem AB", "Bolag"),
        ("Yttrandefrihetskommittén", "Övriga"),
    ]


def test_fet_underrubrik_i_pdf_ar_grupp_men_rubrik_av_listans_rang_avslutar() -> None:
    """A bold 10.5 pt 'Myndigheter' over plain names is a sub-heading; the bold 11 pt 'Kontaktperson' at
    the list heading's edge is a heading of the list's own rank and ends the list (its lines are no names)."""
    lines = [
        Line(text="Remissinstanser", page=1, number=0, size=11.0, x0=71.0, bold=True),
        Line(text="Myndigheter", page=1, number=0, size=10.5, x0=85.6, bold=True),
        pdf("Skogsstyrelsen", 85.6),
        pdf("Trafikverket Region Väst", 85.6),
        Line(text="Kontaktperson", page=1, number=0, size=11.0, x0=71.0, bold=True),
        pdf("Sofia Ekström, handläggare", 70.7),
        pdf("Telefon 010-224 45 67", 70.0),
    ]
    found, _ = find_instanser(lines)
    assert [(i.namn, i.grupp) for i in found] == [
        ("Skogsstyrelsen", "Myndigheter"),
        ("Trafikverket Region Väst", "Myndigheter"),
    ]


def test_samt_till_delar_namnen() -> None:
    """Issue 9, class 'Lists': 'Omsorgsnämnden samt till Uppsala konstnärsklubb och Studieförbunden i
    Uppsala län' is three instanser."""
    lines = [
        docx(
            "Remissen skickas till Omsorgsnämnden samt till Uppsala konstnärsklubb och Studieförbunden i "
            "Uppsala län."
        )
    ]
    assert namn(lines) == ["Omsorgsnämnden", "Uppsala konstnärsklubb", "Studieförbunden i Uppsala län"]


def test_sidfot_och_dnr_mellan_sidorna_blir_inga_instanser() -> None:
    """Issue 9, class 'Lists': the footer 'Telefonväxel: 08-405 10 00 Postadress …' and the dnr between
    two pages of an unnumbered list are no instanser, and the list goes on on the next page."""
    lines = [
        pdf("Remissinstanser", 77.9, size=11.5),
        pdf("Kommunstyrelsen"),
        pdf("Omsorgsnämnden"),
        pdf("Telefonväxel: 08-405 10 00 Postadress: 103 33 Stockholm", 77.0, size=8.5),
        pdf("Ju2024/02556", 450.0, page=2, size=9.0),
        pdf("Kulturnämnden", page=2),
        pdf("Yttrandefrihetskommittén", page=2),
        pdf("Svaren ska ha kommit in senast den 1 maj 2024.", 77.9, page=2),
    ]
    assert namn(lines) == ["Kommunstyrelsen", "Omsorgsnämnden", "Kulturnämnden", "Yttrandefrihetskommittén"]


def test_har_skickats_pa_remiss_till_och_punkter_i_tva_spalter() -> None:
    """aland-kommunstruktur-remiss (regeringen.ax): '… har skickats på remiss till:' opens a bulleted list
    in two columns; 'Ålands arbets- och' wraps onto 'studieservicemyndighet, AMS'."""
    two = (92.4, 319.0)
    lines = [
        pdf("Lagförslag om reform av kommunstrukturen på Åland", 78.2, size=15.0),
        pdf("Lagförslaget om reform av kommunstrukturen på Åland har skickats på remiss till:", 77.9),
        pdf("• Brändö kommun | • Ålands Idrott", 92.4, cells=two),
        pdf("• Eckerö kommun | • Ålands Natur & Miljö", 92.4, cells=two),
        pdf("• Ålands kommunförbund k.f. | • Skoldirektör på Kökar", 92.4, cells=two),
        pdf("• Ålands arbets- och | • Bildningschef på Kumlinge", 92.4, cells=two),
        pdf("studieservicemyndighet, AMS", 91.4),
        pdf("• Folkhälsan på Åland | • Räddningsverket", 92.4, cells=two),
        pdf("Remisstiden går ut den 11 maj 2018. Remisstiden har förlängts till 18 maj 2018.", 77.9),
    ]
    assert namn(lines) == [
        "Brändö kommun",
        "Eckerö kommun",
        "Ålands kommunförbund k.f",
        "Ålands arbets- och studieservicemyndighet, AMS",
        "Folkhälsan på Åland",
        "Ålands Idrott",
        "Ålands Natur & Miljö",
        "Skoldirektör på Kökar",
        "Bildningschef på Kumlinge",
        "Räddningsverket",
    ]


def test_underrubrikernas_ord_ar_data_med_exempel() -> None:
    """modeller/listor.toml: every example is a sub-heading, every counter-example is a name."""
    import tomllib
    from pathlib import Path

    from remiss.instanser import category

    data = tomllib.loads((Path(__file__).resolve().parent.parent / "modeller" / "listor.toml").read_text())
    assert all(category().match(e) for e in data["underrubriker"]["exempel"])
    assert not any(category().match(e) for e in data["underrubriker"]["inte_exempel"])


def test_sandlista_med_sidnummer_och_kolumnrubriker_pa_en_rad_i_tva_spalter() -> None:
    """prov3/lv-partihandel-sandlista (Läkemedelsverket, docplayer.se/107422773): the heading reads
    '2 Sändlista Dnr Remissinstans' (page number and column labels run in), the names stand in two
    columns, '(LDF)' and 'läkemedelsförmånsverket' are wrapped rests in their columns."""
    two = (91.9, 318.3)
    lines = [
        pdf("Bilagor: Sändlista Konsekvensutredning Förslag till nya föreskrifter", 77.9),
        pdf("2 Sändlista Dnr Remissinstans", 77.8, page=2, size=11.5, bold=True),
        pdf("Apotekarsocieteten | Svensk Dagligvaruhandel", 91.0, page=2, cells=two),
        pdf("Läkemedelsdistributörsförening en | Sveriges Veterinärförbund", 91.9, page=2, cells=two),
        pdf("(LDF)", 91.8, page=2),
        pdf("Läkemedelsindustriföreningen (LIF) | Tandvårds- och", 91.9, page=2, cells=(91.9, 317.6)),
        pdf("läkemedelsförmånsverket", 318.6, page=2),
        pdf("Socialstyrelsen | Vårdförbundet", 91.6, page=2, cells=(91.6, 317.7)),
        pdf("Statens veterinärmedicinska anstalt", 91.6, page=2),
        pdf("Adressuppgifter För kännedom: Socialdepartementet,", 76.9, page=2, size=8.5),
    ]
    assert namn(lines) == [
        "Apotekarsocieteten",
        "Läkemedelsdistributörsförening en (LDF)",
        "Läkemedelsindustriföreningen (LIF)",
        "Socialstyrelsen",
        "Statens veterinärmedicinska anstalt",
        "Svensk Dagligvaruhandel",
        "Sveriges Veterinärförbund",
        "Tandvårds- och läkemedelsförmånsverket",
        "Vårdförbundet",
    ]


def test_tabell_med_adressrader_mellan_namnen() -> None:
    """prov3/lv-hslf-fs-2016-34-sandlista (Läkemedelsverket, doczz.net/doc/7222948): the table read row
    by row puts the address column under each name ('Box 1136, 111 81 Stockholm', an e-mail hidden as
    '[email protected]', the column label 'Adressuppgifter'); a name broken around its address row
    ('Hälso- och sjukvårdens' … 'ansvarsnämnd', '…Läkemedelskommittéer, [email protected]' … 'LOK') is one."""
    lines = [
        pdf("Remissinstans", 83.1, page=2),
        pdf("Apotekarsocieteten", 83.0, page=2),
        pdf("Centralförbundet för alkohol- och", 83.2, page=2),
        pdf("narkotikaupplysning, CAN", 83.0, page=2),
        pdf("Folkhälsomyndigheten", 83.0, page=2),
        pdf("Adressuppgifter", 83.0, page=2),
        pdf("Box 1136, 111 81 Stockholm", 83.0, page=2),
        pdf("[email protected]", 83.8, page=2),
        pdf("831 40 Östersund", 83.5, page=2),
        pdf("E-hälsomyndigheten", 83.0, page=2),
        pdf("Ringvägen 100, 118 60 Stockholm", 83.0, page=2),
        pdf("Hälso- och sjukvårdens", 83.1, page=2),
        pdf("Box 3539, 103 69 Stockholm", 83.0, page=2),
        pdf("ansvarsnämnd", 83.3, page=2),
        pdf("[email protected]", 83.8, page=2),
        pdf("Nätverk för Sveriges Läkemedelskommittéer, [email protected]", 83.0, page=2),
        pdf("LOK", 83.0, page=2),
        pdf("Pensionärernas Riksorganisation", 83.0, page=2),
        pdf("Riksförbundet Attention, Neuropsykiatriska", 83.0, page=2),
        pdf("[email protected]", 83.8, page=2),
        pdf("funktionshinder", 83.1, page=2),
    ]
    assert namn(lines) == [
        "Apotekarsocieteten",
        "Centralförbundet för alkohol- och narkotikaupplysning, CAN",
        "Folkhälsomyndigheten",
        "E-hälsomyndigheten",
        "Hälso- och sjukvårdens ansvarsnämnd",
        "Nätverk för Sveriges Läkemedelskommittéer, LOK",
        "Pensionärernas Riksorganisation",
        "Riksförbundet Attention, Neuropsykiatriska funktionshinder",
    ]


# Kommunernas egna sändlistor: rader som de står i kommuners missiv (tabeller i Word, listor med
# underrubriker); skrivna här efter hur sändlistorna ser ut, inte hämtade ur ett visst dokument.


def test_tabell_med_kolumnen_svar_inkommit() -> None:
    """A kommun's table 'Remissinstans | E-postadress | Svar inkommit': 'Ja', 'Nej' and the date the answer
    came are no names, and a row with a date in its own cell is still a row."""
    lines = [
        docx("Remissen skickas till följande remissinstanser."),
        docx("Remissinstans | E-postadress | Svar inkommit", bold=True),
        docx("Kommunstyrelsen | kommunstyrelsen@vasteras.se | 2024-02-12"),
        docx("Socialnämnden | socialnamnden@vasteras.se | Ja"),
        docx("Kulturnämnden | | Nej"),
        docx("Pensionärsrådet | | "),
        docx("Svaren ska ha kommit in senast den 1 mars 2024."),
    ]
    found = find_instanser(lines)[0]
    assert [(i.namn, i.epost) for i in found] == [
        ("Kommunstyrelsen", "kommunstyrelsen@vasteras.se"),
        ("Socialnämnden", "socialnamnden@vasteras.se"),
        ("Kulturnämnden", None),
        ("Pensionärsrådet", None),
    ]


def test_word_tabell_med_grupprader_och_datum_for_svaret() -> None:
    """A DOCX table under 'Sändlista' with group rows 'Nämnder' and 'Bolag' and the column 'Svar inkommit'
    ('X', a date): every row is read, each under its group."""
    lines = [
        docx("Sändlista", bold=True),
        docx("Remissinstans | E-post | Svar inkommit"),
        docx("Nämnder"),
        docx("Kommunstyrelsen | kommunstyrelsen@lulea.se | X"),
        docx("Tekniska nämnden | tn@lulea.se |"),
        docx("Bolag"),
        docx("Luleå Energi AB | info@luleaenergi.se | 2024-02-01"),
        docx("Svaren ska ha kommit in senast den 1 mars 2024."),
    ]
    assert [(i.namn, i.grupp) for i in find_instanser(lines)[0]] == [
        ("Kommunstyrelsen", "Nämnder"),
        ("Tekniska nämnden", "Nämnder"),
        ("Luleå Energi AB", "Bolag"),
    ]


def test_samt_pa_sista_raden() -> None:
    """A list closed as a sentence: 'Tekniska nämnden samt' / 'Kultur- och fritidsnämnden.', or a last line
    'samt Kultur- och fritidsnämnden': 'samt' is no part of a name, and the last name is kept."""
    forst = [
        docx("Remissen skickas till:"),
        docx("Kommunstyrelsen,"),
        docx("Tekniska nämnden samt"),
        docx("Kultur- och fritidsnämnden."),
        docx("Svaren ska ha kommit in senast den 1 mars 2024."),
    ]
    sist = [
        docx("Remissinstanser", bold=True),
        docx("Kommunstyrelsen"),
        docx("Tekniska nämnden"),
        docx("samt Kultur- och fritidsnämnden"),
        docx("Svaren ska ha kommit in senast den 1 mars 2024."),
    ]
    punkter = [
        docx("Remissinstanser", bold=True),
        docx("• Kommunstyrelsen"),
        docx("• Tekniska nämnden samt"),
        docx("• Kultur- och fritidsnämnden"),
    ]
    expected = ["Kommunstyrelsen", "Tekniska nämnden", "Kultur- och fritidsnämnden"]
    assert namn(forst) == namn(sist) == namn(punkter) == expected


def test_tabell_over_tva_sidor_med_upprepad_rubrikrad_och_via() -> None:
    """A table over two pages whose header row 'Remissinstans | E-postadress' is repeated on page 2 (and a
    page counter between), and a name '(via socialförvaltningen)' kept whole (the match drops it)."""
    two = (72.0, 300.0)
    lines = [
        pdf("Remissinstanser", 72.0, size=12.0, bold=True),
        pdf("Remissinstans | E-postadress", 72.0, cells=two, bold=True),
        pdf("Kommunstyrelsen | ks@eskilstuna.se", 72.0, cells=two),
        pdf("Pensionärsrådet (via socialförvaltningen) | social@eskilstuna.se", 72.0, cells=two),
        pdf("Sida 1 av 2", 500.0, size=8.0),
        pdf("Remissinstans | E-postadress", 72.0, page=2, cells=two, bold=True),
        pdf("Socialnämnden | socialnamnden@eskilstuna.se", 72.0, page=2, cells=two),
        pdf("Eskilstuna Energi och Miljö AB | info@eem.se", 72.0, page=2, cells=two),
        pdf("Svaren ska ha kommit in senast den 1 mars 2024.", 72.0, page=2),
    ]
    assert namn(lines) == [
        "Kommunstyrelsen",
        "Pensionärsrådet (via socialförvaltningen)",
        "Socialnämnden",
        "Eskilstuna Energi och Miljö AB",
    ]


def test_word_lista_utan_punkter_med_forkortning_sist() -> None:
    """missiv/aland-kommunstruktur-remiss (regeringen.ax) as DOCX (bench_layoutbyte): without bullets the
    name 'Ålands kommunförbund k.f.' ends with a period, an abbreviation and no sentence; the list goes on."""
    lines = [
        docx("Lagförslaget om reform av kommunstrukturen på Åland har skickats på remiss till:"),
        docx("Brändö kommun"),
        docx("Eckerö kommun"),
        docx("Finströms kommun"),
        docx("Föglö kommun"),
        docx("Vårdö kommun"),
        docx("Ålands kommunförbund k.f."),
        docx("Ålands arbets- och studieservicemyndighet, AMS"),
        docx("Folkhälsan på Åland"),
        docx("Remisstiden går ut den 11 maj 2018. Remisstiden har förlängts till 18 maj 2018."),
    ]
    assert namn(lines)[-3:] == [
        "Ålands kommunförbund k.f",
        "Ålands arbets- och studieservicemyndighet, AMS",
        "Folkhälsan på Åland",
    ]


def test_namnlista_over_sidbrytning_med_sidnummer_och_radbrutna_rester() -> None:
    """A plain list runs on over a page break even when the page ends with a page counter and a wrapped
    name's rest between the names: they are dropped before the names are counted (LIST_RUN names)."""
    from remiss.split import LIST_RUN, _names_continue

    names = ["Blekinge tekniska högskola", "Boverket", "Brottsförebyggande rådet", "Domstolsverket",
             "Ekonomistyrningsverket", "Folkhälsomyndigheten", "Försvarsmakten", "Havs- och vattenmyndigheten",
             "Inspektionen för vård", "och omsorg", "Kammarkollegiet"]
    page_end = [*names[:9], "och omsorg", names[10], "2 (4)"]
    assert len([n for n in page_end if n[:1].isupper()]) - 1 >= LIST_RUN
    assert _names_continue(page_end, ["Kemikalieinspektionen", "Konjunkturinstitutet", "Kriminalvården"])
    assert not _names_continue(["Med vänlig hälsning", "Anna Berg", "Kommunstyrelsen", "2 (4)"],
                               ["Kemikalieinspektionen", "Konjunkturinstitutet", "Kriminalvården"])


def test_instanser_i_en_mening_med_gruppord() -> None:
    """prov4/regionblekinge-rus-aktualisering: 'Den aktualiserade … strategin remitteras till länets kommuner,
    Landstinget Blekinge, Länsstyrelsen i Blekinge och andra organisationer och föreningar som kan ha intresse
    av strategin.' (a name may open with a group word in lower case; 'och andra' separates)."""
    lines = [docx("Den aktualiserade regionala utvecklingsstrategin remitteras till länets kommuner, Landstinget Blekinge, Länsstyrelsen i Blekinge och andra organisationer och föreningar som kan ha intresse av strategin. Efter formell remissbehandling är planeringen att regionstyrelsen ska besluta.")]
    found, _ = find_instanser(lines)
    assert [i.namn for i in found] == [
        "länets kommuner", "Landstinget Blekinge", "Länsstyrelsen i Blekinge",
        "andra organisationer och föreningar som kan ha intresse av strategin",
    ]


def test_listor_i_loptext_ar_data_med_exempel() -> None:
    """modeller/listor.toml [i_loptext]: every example sentence gives its names, no counter-example any."""
    import tomllib
    from pathlib import Path

    data = tomllib.loads((Path(__file__).resolve().parent.parent / "modeller" / "listor.toml").read_text())
    for exempel in data["i_loptext"]["exempel"]:
        found, _ = find_instanser([docx(exempel["mening"])])
        assert [i.namn for i in found] == exempel["namn"]
    for mening in data["i_loptext"]["inte_exempel"]:
        assert find_instanser([docx(mening)])[0] == []


def test_synpunkter_fran_remissinstanser_ar_ingen_listrubrik() -> None:
    """missiv/regiondalarna-lansplan-2022: the heading 'Synpunkter från remissinstanser' is about the answers;
    the instanser stand in 'Förslaget … vänder sig i första hand till länets kommuner, …, vilka erbjuds …'."""
    lines = [
        docx("Förslaget till länsplan vänder sig i första hand till länets kommuner, grannregioner, Trafikverket, Länsstyrelsen och SKR samt andra myndigheter och organisationer inom och utom länet, vilka erbjuds att tycka till om förslaget under remissperioden 28 oktober 2021 – 1 februari 2022."),
        docx("Synpunkter från remissinstanser", bold=True),
        docx("Region Dalarna önskar synpunkter från remissinstanserna på länsplaneförslaget och miljökonsekvensbedömningen senast den 1 februari 2022."),
    ]
    found, _ = find_instanser(lines)
    assert [i.namn for i in found] == [
        "länets kommuner", "grannregioner", "Trafikverket", "Länsstyrelsen", "SKR",
        "andra myndigheter och organisationer inom och utom länet",
    ]


def test_remissinstanser_ar_lista_i_en_mening() -> None:
    """prov/regionskane-kulturplan-2020: 'Formella remissinstanser för … är de skånska kommunerna, Länsstyrelsen i
    Skåne län, Kommunförbundet Skåne samt politiska nämnder inom Region Skåne.' ('samt' separates)."""
    lines = [docx("Formella remissinstanser för Regional kulturplan för Skåne 2021-2024 är de skånska kommunerna, Länsstyrelsen i Skåne län, Kommunförbundet Skåne samt politiska nämnder inom Region Skåne. Dessutom välkomnar vi remissyttranden från andra aktörer, verksamheter eller organisationer.")]
    found, _ = find_instanser(lines)
    assert [i.namn for i in found] == [
        "de skånska kommunerna", "Länsstyrelsen i Skåne län", "Kommunförbundet Skåne",
        "politiska nämnder inom Region Skåne",
    ]


def test_yttranden_skickas_till_ar_ingen_listrubrik() -> None:
    """missiv/sll-folkhalsopolicy-2016: 'Yttranden skickas till:' over the postal address is where the answers go."""
    lines = [docx("Yttranden skickas till:", bold=True), docx("Hälso- och sjukvårdsförvaltningen"), docx("Box 6909"),
             docx("102 39 Stockholm"), docx("eller till registrator.hsf@sll.se")]
    assert find_instanser(lines)[0] == []


def test_listor_mottagare_i_loptext_ar_data_med_exempel() -> None:
    """modeller/listor.toml [mottagare_i_loptext]: the remiss sent to an audience in lower case ('berörda
    intressenter', 'markägare') is a list as it stands; every example gives its names, no counter-example any."""
    import tomllib
    from pathlib import Path

    data = tomllib.loads((Path(__file__).resolve().parent.parent / "modeller" / "listor.toml").read_text())
    for exempel in data["mottagare_i_loptext"]["exempel"]:
        found, _ = find_instanser([docx(exempel["mening"])])
        assert [i.namn for i in found] == exempel["namn"], exempel["mening"]
    for mening in data["mottagare_i_loptext"]["inte_exempel"]:
        assert find_instanser([docx(mening)])[0] == [], mening


def test_utskickat_pa_remiss_till_berorda_intressenter() -> None:
    """missiv/sjobo-va-plan-2017: 'Ett förslag till VA-plan för Sjöbo kommun är framtaget och utskickat på remiss
    till berörda intressenter.' The README truth keeps the audience as it stands."""
    lines = [
        pdf("VA-plan ute på remiss", size=16, bold=True),
        pdf("Ett förslag till VA-plan för Sjöbo kommun är framtaget och utskickat på remiss till berörda"),
        pdf("intressenter."),
        pdf("VA-planen är förvaltningsövergripande och den ger riktlinjerna för hur vi ska arbeta framåt, säger"),
    ]
    assert [i.namn for i in find_instanser(lines)[0]] == ["berörda intressenter"]


def test_remissversionen_till_en_bred_malgrupp() -> None:
    """prov3/raa-riksintressen-remiss-nyhet: 'Remissversionen har skickats ut till en bred målgrupp som innefattar
    såväl centrala myndigheter som länsstyrelser, museer, Sveriges kommuner och landsting samt ett urval
    kommuner, regionförbund och privata konsulter inom området.' ('såväl A som B', 'samt', a name with 'och')."""
    lines = [
        pdf("Remissversionen har skickats ut till en bred målgrupp som innefattar såväl centrala myndigheter som"),
        pdf("länsstyrelser, museer, Sveriges kommuner och landsting samt ett urval kommuner, regionförbund och"),
        pdf("privata konsulter inom området. Senast den 3 mars 2014 önskas remissinstansernas synpunkter."),
    ]
    assert [i.namn for i in find_instanser(lines)[0]] == [
        "centrala myndigheter", "länsstyrelser", "museer", "Sveriges kommuner och landsting",
        "ett urval kommuner", "regionförbund", "privata konsulter inom området",
    ]


def test_inbjuder_till_undersokningssamrad_for() -> None:
    """missiv/vattenfall-gysinge-samrad-2019 (DOCX): 'Vattenfall Eldistribution AB inbjuder härmed till
    undersökningssamråd för myndigheter, organisationer, markägare och enskilda som kan antas bli särskilt
    berörda av verksamheten.' Then 'Synpunkter skickas till:' over the reply address, which is no list."""
    lines = [
        docx("Undersökningssamråd", bold=True),
        docx("Vattenfall Eldistribution AB inbjuder härmed till undersökningssamråd för myndigheter, organisationer, markägare och enskilda som kan antas bli särskilt berörda av verksamheten. Studerade sträckningar redovisas separat på karta."),
        docx("Synpunkter skickas till:"),
        docx("Vattenfall Eldistribution AB"),
    ]
    assert [i.namn for i in find_instanser(lines)[0]] == [
        "myndigheter", "organisationer", "markägare", "enskilda som kan antas bli särskilt berörda av verksamheten",
    ]


def test_sandlista_inflyttad_i_ett_stycke() -> None:
    """missiv/socialstyrelsen-yrkeskvalifikationer-missiv (a docplayer transcript): the numbered sändlista run
    into a paragraph that breaks anywhere, the item number 3 at one line's end and its name on the next."""
    lines = [
        pdf("2 (2)", 517.9, size=9.0),
        pdf("Sändlista: 1. Arbetsförmedlingen 2. Hälso- och sjukvårdens ansvarsnämnd 3.", 77.6),
        pdf("Inspektionen för vård och omsorg 4. Karolinska Institutet 5. Kommerskollegium 6.", 77.9),
        pdf("Regelrådet 7. Stockholms universitet 8. Tillväxtverket 9. Universitetskanslerämbetet", 77.9),
        pdf("10. Universitets- och högskolerådet 11. Landstinget Sörmland 12. Landstinget i", 78.0),
        pdf("Uppsala län 13. Landstinget Västmanland 14. Norrbottens läns lan", 77.8),
    ]
    assert [i.namn for i in find_instanser(lines)[0]] == [
        "Arbetsförmedlingen", "Hälso- och sjukvårdens ansvarsnämnd", "Inspektionen för vård och omsorg",
        "Karolinska Institutet", "Kommerskollegium", "Regelrådet", "Stockholms universitet", "Tillväxtverket",
        "Universitetskanslerämbetet", "Universitets- och högskolerådet", "Landstinget Sörmland",
        "Landstinget i Uppsala län", "Landstinget Västmanland", "Norrbottens läns lan",
    ]


def test_punktlista_efter_numrerad_lista_ar_handlingarna() -> None:
    """missiv/rk-n2015-08683 (in the kommunmall/docx and rk/pdf layouts): after '42. Världsnaturfonden WWF' a
    bulleted list names the documents sent ('• Naturvårdsverkets redovisning av regeringsuppdrag Kronhjort(…)',
    '• Jägarnas Riksförbund har hemställt om …'); bullets that no number follows are another list."""
    names = ["Sveriges Jordägareförbund", "Viltmästareförbundet", "Världsnaturfonden WWF"]
    rest = [
        "Naturvårdsverkets redovisning av regeringsuppdrag Kronhjort(N2015/06887/FJR)",
        "En utvärdering av svensk kronhjortsförvaltning, (Naturvårdsverkets rapport 6673).",
        "Jägarnas Riksförbund har hemställt om allmän jakt på kronhjort (N2015/07540/FJR).",
    ]
    for marker, line in (("•", lambda t: docx(t)), ("*", lambda t: pdf(t, 91.2))):
        lines = [docx("Remissinstanser:", bold=True) if marker == "•" else heading()]
        lines += [line(f"{n}. {name}") for n, name in enumerate(names, 40)]
        lines += [line(f"{marker} {text}") for text in rest]
        lines += [line("Remissvaren ska ha kommit in till Näringsdepartementet senast den 31 mars 2016.")]
        assert [i.namn for i in find_instanser(lines)[0]] == names, marker


def test_underpunkter_i_numrerad_lista_ar_instanser() -> None:
    """missiv/rk-n2015-07635: '46. Swedish Association for Testing, Inspection and Certification' / '- Swetic
    Sektion Fordonsbesiktning' / '- Swetic TK Lyft' / '47. Svenska Taxiförbundet': the numbering goes on after the
    bullets, so they are instanser under item 46 (the facit counts them)."""
    lines = [heading()] + [pdf(t, 91.4) for t in (
        "45. Sveriges Trafikskolors Riksförbund",
        "46. Swedish Association for Testing, Inspection and Certification",
        "- Swetic Sektion Fordonsbesiktning",
        "- Swetic TK Lyft",
        "47. Svenska Taxiförbundet",
    )]
    assert [i.namn for i in find_instanser(lines)[0]] == [
        "Sveriges Trafikskolors Riksförbund", "Swedish Association for Testing, Inspection and Certification",
        "Swetic Sektion Fordonsbesiktning", "Swetic TK Lyft", "Svenska Taxiförbundet",
    ]


def test_remissinstanser_inne_i_ett_transkriberat_stycke() -> None:
    """docplayer.se/4650244 (Jämtlands läns landstings sammanträdeshandlingar 2014, Socialdepartementets remiss
    S2014/4386/FS inskannad): the page read as one paragraph, 'Remissinstanser:' inside it and the numbered items
    run in ('1. Riksdagens ombudsmän GO) 2. Riksrevisionen 3. …'). The stored excerpt ends inside the list; the
    closing sentence here is the department's fixed formula, added to show that the text after the last item is
    no name."""
    text = ("3 .1 ~-~ REGERI NGSKANSLIET S2014/4386/FS Remiss Socialdepartementet Enheten för folkhälsa och sjukvård "
            "JÄMTLANDS LÄNS LANDSTING 2.0J!j -06- O 2 Dnr LS/ Os 2014:19 Statlig ersättning till barn och unga som "
            "insjuknat i narkolepsi efter pandemivaccinering Remissinstanser: 1. Riksdagens ombudsmän GO) "
            "2. Riksrevisionen 3. Hovrätten över Skåne och Blekinge 4. Kammarrätten i Göteborg 5. Stockholms tingsrätt "
            "6. Förvaltningsrätten i Stockholm 7. Justitiekanslern (JK) 8. Barnombudsmannen (BO) 9. Datainspektionen "
            "10. Ekonomistyrningsverket (ESV) 11. Folkhälsomyndigheten Remissvaren ska ha kommit in till "
            "Socialdepartementet senast den 1 september 2014.")
    assert [i.namn for i in find_instanser([pdf(text)])[0]] == [
        "Riksdagens ombudsmän GO)", "Riksrevisionen", "Hovrätten över Skåne och Blekinge", "Kammarrätten i Göteborg",
        "Stockholms tingsrätt", "Förvaltningsrätten i Stockholm", "Justitiekanslern (JK)", "Barnombudsmannen (BO)",
        "Datainspektionen", "Ekonomistyrningsverket (ESV)", "Folkhälsomyndigheten",
    ]


def test_remitteringsbeslut_namnger_instanserna_i_meningen() -> None:
    """missiv/goteborg-ks-remittering-hemvardsbidrag (Göteborgs kommunstyrelse § 574): the decision remits
    'till äldre samt vård- och omsorgsnämnden, nämnden för funktionsstöd, …, Göteborgs Stads råd för
    funktionshinderfrågor för yttrande'; the remitted thing holds 'till' itself ('förslag till riktlinjer'),
    the nämnder stand in lower case, 'äldre samt' is part of a nämnd's name. 'Protokollsutdrag skickas
    till' lists who gets the extract, no instanser."""
    lines = [
        pdf("§ 574 Ärendenummer SLK-2023-01116"),
        pdf("Kommunstyrelsen remitterar utan eget ställningstagande stadsledningskontorets"),
        pdf("tjänsteutlåtande och förslag till riktlinjer för hemvårdsbidrag till äldre samt vård- och"),
        pdf("omsorgsnämnden, nämnden för funktionsstöd, Göteborgs Stads pensionärsråd,"),
        pdf("Föreningen Anhörig Göteborg, Göteborgs Stads råd för funktionshinderfrågor för"),
        pdf("yttrande. Yttrandet ska ha inkommit senast tre månader efter beslut i kommunstyrelsen."),
        pdf("Protokollsutdrag skickas till", bold=True),
        pdf("Protokoll nr 19"),
        pdf("Till remissinstanser genom stadsledningskontoret"),
    ]
    assert namn(lines) == [
        "äldre samt vård- och omsorgsnämnden", "nämnden för funktionsstöd", "Göteborgs Stads pensionärsråd",
        "Föreningen Anhörig Göteborg", "Göteborgs Stads råd för funktionshinderfrågor",
    ]


def test_remitteringsbeslut_tva_namnder_med_och() -> None:
    """missiv/goteborg-ks-remittering-reglementen (§ 483): '… till nämnden för demokrati och medborgarservice
    och överförmyndarnämnden, med begäran om yttrande senast 2024-09-27.' The first 'och' is inside a
    nämnd's name ('medborgarservice' names no body), the second separates two."""
    lines = [
        docx("Kommunstyrelsen remitterar, utan eget ställningstagande, stadsledningskontorets förslag"),
        docx("till reglementsändringar till nämnden för demokrati och medborgarservice och"),
        docx("överförmyndarnämnden, med begäran om yttrande senast 2024-09-27."),
        docx("Protokollsutdrag skickas till", bold=True),
        docx("Nämnden för demokrati och medborgarservice och överförmyndarnämnden genom"),
        docx("stadsledningskontoret"),
    ]
    assert namn(lines) == ["nämnden för demokrati och medborgarservice", "överförmyndarnämnden"]


def test_remitteringsbeslut_utan_for_yttrande_och_flera_namnder_under_ett_huvudord() -> None:
    """missiv/goteborg-ks-remittering-avhoppare (Göteborgs kommunstyrelse 2022-12-14 § 973): the decision
    ends with the sentence, no 'för yttrande'; 'socialnämnderna Centrum, Hisingen, Nordost och Sydväst' is one
    part as written (the words after a plural head name no body of their own)."""
    lines = [pdf(
        "1. Kommunstyrelsen remitterar stadsledningskontorets förslag till Göteborgs Stads riktlinje för arbete "
        "med avhoppare till Polismyndigheten Storgöteborg, Kriminalvården, Statens institutionsstyrelse, "
        "föreningen KRIS och socialnämnderna Centrum, Hisingen, Nordost och Sydväst. Som en del i remitteringen "
        "till socialnämnderna ska synpunkter inhämtas från lokalt föreningsliv i respektive stadsområde."
    )]
    assert namn(lines) == [
        "Polismyndigheten Storgöteborg", "Kriminalvården", "Statens institutionsstyrelse", "föreningen KRIS",
        "socialnämnderna Centrum, Hisingen, Nordost och Sydväst",
    ]


def test_remitteringsbeslut_med_citerad_andring_fore_namnen() -> None:
    """missiv/goteborg-ks-remittering-gangkriminalitet (§ 821): the decision quotes an amendment of whole
    sentences before the bodies ('… nyttan med dem., till socialnämnderna …'): the list is where the words
    after the last 'till' read as bodies."""
    lines = [docx(
        "Kommunstyrelsen remitterar stadsledningskontorets förslag till Göteborgs Stads handlingsplan för att "
        "stoppa gängkriminalitet, nyrekrytering och utvecklingen av parallella samhällen, i enlighet med bilaga 1 "
        "till stadsledningskontorets tjänsteutlåtande med följande ändring enligt yrkande från D, M, L och KD: "
        "Det fjärde stycket i ”Göteborgs Stads handlingsplan …” ersätts med följande text: För att bredda "
        "rekrytering av vårdnadshavare aktuella för föräldraskapsprogram ska samverkan med civilsamhället ske. "
        "Avsikten med samverkan är att kunna informera fler föräldrar om pågående föräldraskapsprogram och nyttan "
        "med dem., till socialnämnderna Centrum, Hisingen, Nordost och Sydväst, grundskolenämnden, förskolenämnden "
        "samt idrotts- och föreningsnämnden."
    )]
    assert namn(lines) == [
        "socialnämnderna Centrum, Hisingen, Nordost och Sydväst", "grundskolenämnden", "förskolenämnden",
        "idrotts- och föreningsnämnden",
    ]


def test_remitteringsbeslut_styrelserna_for_och_upphangt_sammansattningsled() -> None:
    """missiv/goteborg-kn-remittering-kulturprogrammet (kulturnämnden 2021-12-16 § 275): 'nämnden för äldre-,
    vård och omsorg' is one name (a suspended compound before the comma), 'styrelserna för A, B … och E i
    Göteborgs Stad' names the companies (where they all are is no part of the last one), and ', i enlighet
    med bilagorna 1 och 3' before 'för yttrande' is no body."""
    lines = [pdf(
        "Kulturnämnden remitterar förslag till Göteborgs Stads Plan för kulturprogrammet 2023 - 2026 till "
        "byggnadsnämnden, nämnden för äldre-, vård och omsorg, socialnämnderna centrum, nordost, sydväst och "
        "Hisingen, trafiknämnden samt styrelserna för Business Region Göteborg, Göteborg & Co, Framtiden, Higab och "
        "GöteborgsLokaler i Göteborgs Stad, i enlighet med bilagorna 1 och 3 för yttrande senast 2022-03-31."
    )]
    assert namn(lines) == [
        "byggnadsnämnden", "nämnden för äldre-, vård och omsorg", "socialnämnderna centrum, nordost, sydväst och Hisingen",
        "trafiknämnden", "Business Region Göteborg", "Göteborg & Co", "Framtiden", "Higab", "GöteborgsLokaler",
    ]


def test_remitteringsbeslut_samt_till_och_hanvisning_till_annan_lista() -> None:
    """missiv/goteborg-ks-remittering-riktvarde-chefer (§ 689): '… och utbildningsnämnden samt till fackförbunden
    som är representerade i CSG, med begäran om yttrande …' goes on after 'samt till'; 'Protokollsutdrag skickas
    till Remissinstanser genom stadsledningskontoret' is the sending, no heading. missiv/goteborg-ks-remittering-
    manskliga-rattigheter (2025-02-05 § 122): 'till de remittenter som framgår under rubriken Remissinstanser' points
    to a list elsewhere: no instanser."""
    lines = [
        docx("Kommunstyrelsen remitterar utan eget ställningstagande, stadsledningskontorets tjänsteutlåtande och "
             "utredning gällande riktvärde för antal medarbetare per chef i Göteborgs Stad till socialnämnderna "
             "Nordost, Centrum, Sydväst och Hisingen, förskolenämnden, grundskolenämnden och utbildningsnämnden samt "
             "till fackförbunden som är representerade i CSG, med begäran om yttrande senast fyra månader efter "
             "beslut i kommunstyrelsen."),
        docx("Protokollsutdrag skickas till", bold=True),
        docx("Remissinstanser genom stadsledningskontoret"),
        docx("Dag för justering 2922-11-04"),
        docx("Vid protokollet Sekreterare Mathias Sköld"),
    ]
    assert namn(lines) == [
        "socialnämnderna Nordost, Centrum, Sydväst och Hisingen", "förskolenämnden", "grundskolenämnden",
        "utbildningsnämnden", "fackförbunden som är representerade i CSG",
    ]
    hanvisning = [docx(
        "Kommunstyrelsen remitterar, utan eget ställningstagande, Göteborgs Stads riktlinje för arbetet med mänskliga "
        "rättigheter och likvärdig service i enlighet med bilaga 2 till stadsledningskontorets tjänsteutlåtande till "
        "de remittenter som framgår under rubriken Remissinstanser med begäran om yttrande inom tre månader efter "
        "kommunstyrelsens beslut."
    )]
    assert namn(hanvisning) == []


def test_sandlista_som_tabell_per_grupp_med_e_postkolumn() -> None:
    """missiv/goteborg-sbk-sankt-jorgens-vag-sandlista (Stadsbyggnadskontoret, Göteborg): one table per group,
    the group in capitals over 'E-POST | ADRESS', a name and its address per row; a name cell wrapped onto the
    next line (no address there) goes on with the name; 'Utsänt enligt fastighetsförteckning' names no one; a
    name in capitals wrapped onto a new page ('SAMFÄLLIGHETSFÖRENING') goes on with it."""
    lines = [
        pdf("Sändlista samråd", size=14, bold=True),
        pdf("Handläggare: | Robin Stenberg", cells=(92.0, 220.0)),
        pdf("KOMMUNALA | E-POST | ADRESS", cells=(92.0, 256.0, 517.0)),
        pdf("FÖRVALTNINGAR"),
        pdf("Fastighetskontoret | fastighetskontoret@fastighet.goteborg.se", cells=(92.0, 256.0)),
        pdf("Namnberedningen | Namnberedningen@kultur.goteborg.se", cells=(92.0, 256.0)),
        pdf("Kulturförvaltningen"),
        pdf("Lantmäteri Stadsbyggnadskontoret lantmateri@sbk.goteborg.se"),
        pdf("STATLIGA MYNDIGHETER ETC E-POST | ADRESS", cells=(92.0, 517.0)),
        pdf("Statens geotekniska institut | sgi@swedgeo.se;", cells=(92.0, 256.0)),
        pdf("SAKÄGARE | E-POST | ADRESS", cells=(92.0, 256.0, 517.0)),
        pdf("Utsänt enligt fastighetsförteckning"),
        pdf("BOSTADSRÄTTSINNEHAVARE, E-POST | ADRESS", cells=(92.0, 517.0)),
        pdf("HYRESGÄSTER, BOENDE"),
        pdf("Brf Sankt jörgens port | styrelsen.brfsjp@gmail.com Ordförande styrelsen", cells=(92.0, 256.0)),
        pdf("S:T JÖRGENS TRÄDGÅRD anis.babajic@gmail.com"),
        pdf("SAMFÄLLIGHETSFÖRENING", page=2),
    ]
    found = find_instanser(lines)[0]
    assert [i.namn for i in found] == [
        "Fastighetskontoret", "Namnberedningen Kulturförvaltningen", "Lantmäteri Stadsbyggnadskontoret",
        "Statens geotekniska institut", "Brf Sankt jörgens port", "S:T JÖRGENS TRÄDGÅRD SAMFÄLLIGHETSFÖRENING",
    ]
    assert found[0].epost == "fastighetskontoret@fastighet.goteborg.se"


def test_samt_styrelserna_for_fortsatter_listan() -> None:
    """missiv/goteborg-kultur-plan-kulturprogrammet-remissbrev (DOCX): 'Sändlista remissinstanser' over thirteen
    nämnder, then 'Samt styrelserna för' in the same heading style over five companies: one list."""
    lines = [
        docx("Sändlista remissinstanser", bold=True),
        docx("Byggnadsnämnden"),
        docx("Trafiknämnden"),
        docx("Samt styrelserna för", bold=True),
        docx("Business Region Göteborg"),
        docx("Higab"),
    ]
    assert namn(lines) == ["Byggnadsnämnden", "Trafiknämnden", "Business Region Göteborg", "Higab"]


def test_remitteringsbeslut_i_passiv_form() -> None:
    """missiv/goteborg-ks-remittering-agarstyrda-investeringar (kommunstyrelsen 2024-03-06 § 201): 'Förslaget
    remitteras till Göteborg Energi AB, …, Renova AB och Gryaab AB för yttrande.'; missiv/goteborg-ks-remiss-
    reglementen-rattighetsbaserade-rad (§ 349): '… skickas på remiss till Göteborgs Stads HBTQ-råd, … samt Göteborgs
    Stads samråd med den sverigefinska minoriteten för inhämtande av synpunkter.'; missiv/goteborg-kf-remittering-
    batupplaggning-saltholmen (fullmäktige § 5): '… remitteras till Göteborgs Stads Parkerings AB och Grefab AB med
    begäran om att bolagen ska återkomma till kommunstyrelsen …' (the list ends at 'med begäran om', not at a
    later 'till')."""
    assert namn([pdf(
        "Förslaget remitteras till Göteborg Energi AB, Förvaltnings AB Framtiden, Higab AB, Göteborgs Stads "
        "Kollektivtrafik AB, Renova AB och Gryaab AB för yttrande. Yttrandet ska beakta hur styrelserna bedömer …"
    )]) == ["Göteborg Energi AB", "Förvaltnings AB Framtiden", "Higab AB", "Göteborgs Stads Kollektivtrafik AB",
            "Renova AB", "Gryaab AB"]
    assert namn([docx(
        "Stadsledningskontorets förslag till reglementen skickas på remiss till Göteborgs Stads HBTQ-råd, Göteborgs "
        "Stads pensionärsråd samt Göteborgs Stads samråd med den sverigefinska minoriteten för inhämtande av "
        "synpunkter. Synpunkterna ska redovisas i oktober 2022."
    )]) == ["Göteborgs Stads HBTQ-råd", "Göteborgs Stads pensionärsråd",
            "Göteborgs Stads samråd med den sverigefinska minoriteten"]
    assert namn([pdf(
        "1. Trafiknämndens utredning remitteras till Göteborgs Stads Parkerings AB och Grefab AB med begäran om att "
        "bolagen ska återkomma till kommunstyrelsen med beskrivning av sina respektive bedömningar av förslagen och "
        "hur de kan bidra till flytt av båtar och utökning av parkeringsplatser."
    )]) == ["Göteborgs Stads Parkerings AB", "Grefab AB"]


def test_e_posttabell_med_radbrutna_celler() -> None:
    """missiv/goteborg-sbk-sankt-jorgens-vag-sandlista in a narrower layout: an address wrapped onto the next line
    in its own column ('rg.se') is no name, and a name cut where its cell ends ('Äldrevårdomsorgsförvaltning' /
    'en | e') goes on without a space."""
    lines = [
        pdf("KOMMUNALA | E-POST | ADRESS", 70.9, cells=(70.9, 235.0, 495.0)),
        pdf("Kretsloppochvatten | kretsloppochvatten@kretsloppochvatten.gotebo", 70.9, cells=(70.9, 235.0)),
        pdf("rg.se", 235.0),
        pdf("Kulturnämnden | kultur@kultur.goteborg.se", 70.9, cells=(70.9, 235.0)),
        pdf("Äldrevårdomsorgsförvaltning aldrevardomsorg@aldrevardomsorg.goteborg.s", 70.9),
        pdf("en | e", 70.9, cells=(70.9, 235.0)),
    ]
    assert [i.namn for i in find_instanser(lines)[0]] == [
        "Kretsloppochvatten", "Kulturnämnden", "Äldrevårdomsorgsförvaltningen",
    ]
