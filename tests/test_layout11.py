"""Layout dependences found by `bench_layoutbyte` on prov3–prov10 and yttranden (session 11): a field right
in the document's own layout and wrong in another. Each cause has a unit test on lines, and the corpus text
rendered in the layout that failed (as bench_layoutbyte does) is read right."""

from __future__ import annotations

import copy
from pathlib import Path

from remiss.domain import Line
from remiss.kontroll import kontrollera_fil
from remiss.kontroll.hitta import _dnr_i_rubrikrad, _paragrafens_dnr, _title_rows
from remiss.kontroll.stallning import make_blocks
from remiss.split import _title_repeated


def _las(spec_id: str, layout: str, format_: str, tmp_path: Path) -> Path:
    """Render a corpus spec in another layout (as bench_layoutbyte does) and return the file."""
    from bench import bench_layoutbyte
    from tests.korpus import rendera

    spec = copy.deepcopy(next(s for s in rendera.specs() if s["id"] == spec_id))
    spec.update(layout=layout, format=format_)
    return bench_layoutbyte._bygg(rendera, spec, tmp_path)


def _rad(text: str, number: int, top: float, *, size: float = 10.5, bold: bool = False) -> Line:
    return Line(text=text, page=1, number=number, top=top, bottom=top + size * 0.95, x0=77.0, size=size,
                bold=bold)


# --- a web page's title over its heading: one document, broken over lines or not --------------------------

def test_webbsidans_titel_upprepad_under_den_ar_samma_dokument(tmp_path: Path) -> None:
    """prov9/stadsmissionerna-tryggare-bostadsomraden-remissvar: 'Remiss av betänkandet SOU 2023:57 –
    Åtgärder för tryggare bostadsområden' as the page's title, 'Regeringshuset', the same words again over
    'Diarienummer: Ju2023/02200'. On one line (a wider column) the repeat started a second document and the
    answer became a remiss plus a yttrande; broken over two lines (the page's own layout) it did not."""
    rader = [_rad("Remiss av betänkandet SOU 2023:57 – Åtgärder för tryggare bostadsområden", 1, 90,
                  size=13, bold=True),
             _rad("Regeringshuset", 2, 121, size=8.5),
             _rad("Remiss av betänkandet SOU 2023:57 – Åtgärder för tryggare bostadsområden", 3, 129)]
    assert _title_repeated(rader, 0, 2)
    assert not _title_repeated([rader[0], rader[1], _rad("Remiss av översiktsplan 2040", 3, 129)], 0, 2)
    for layout, format_ in (("vanster", "pdf"), ("tabell", "docx")):
        fil = _las("stadsmissionerna-tryggare-bostadsomraden-remissvar", layout, format_, tmp_path)
        from remiss.pipeline import tolka_fil

        assert tolka_fil(fil) == []
        assert [k.igenkant for k in kontrollera_fil(fil)] == [True]


# --- a list item in a PDF is its own paragraph, as in Word ------------------------------------------------

def test_punkt_i_pdf_ar_eget_stycke(tmp_path: Path) -> None:
    """prov5/folkbildningsradet-bibliotekslag-remissvar: '• Folkbildningsrådet stödjer förslaget att …' is one
    point of three (no stance on the whole, truth null). Read from a PDF the lines were one block and the
    bullet ended the sentence before ('… och kvalitet. •'), so the point read as the answer's stance."""
    rader = [_rad("Folkbildningsrådets remissvar i korthet:", 1, 100),
             _rad("• Folkbildningsrådet delar uppfattningen att varje kommun ska ha ett folkbibliotek.",
                  2, 114),
             _rad("• Folkbildningsrådet stödjer förslaget att det i den nya bibliotekslagen anges att",
                  3, 128),
             _rad("folkbibliotekens utbud ska präglas av allsidighet och kvalitet.", 4, 142)]
    assert [b.text[:30] for b in make_blocks(rader)] == [
        "Folkbildningsrådets remissvar ", "• Folkbildningsrådet delar upp", "• Folkbildningsrådet stödjer f"]
    fil = _las("folkbildningsradet-bibliotekslag-remissvar", "rk", "pdf", tmp_path)
    assert [k.stallningstagande for k in kontrollera_fil(fil)] == [None]


# --- the first paragraph broken into lines is no title ----------------------------------------------------

def test_forsta_stycket_radbrutet_ar_ingen_titel(tmp_path: Path) -> None:
    """prov7/friskola-etableringsstopp-remissvar (no heading in the stored text): 'Friskolornas riksförbund
    avstyrker bestämt utredningens förslag om att införa ett' / 'etableringsstopp …' is the first paragraph's
    first line in a PDF. Read as a title it took the avstyrkande with it, and only the other part's
    tillstyrkande was left: the answer read 'tillstyrker' where Word's one-line paragraph gave blandat."""
    fil = _las("friskola-etableringsstopp-remissvar", "rk", "pdf", tmp_path)
    (kontroll,) = kontrollera_fil(fil)
    assert kontroll.stallningstagande == "blandat"
    assert not kontroll.titel.startswith("Friskolornas riksförbund avstyrker")


# --- the number after a protocol paragraph that opens the heading -----------------------------------------

def test_protokollsparagrafens_nummer_forst_i_rubriken(tmp_path: Path) -> None:
    """yttranden/goteborg-avon-demografiska-utmaningar: '§ 118 N160-0080/23 Svar på remiss - motion om …'.
    A layout without the header values (web page, e-mail print) has the number only there."""
    assert _paragrafens_dnr([_rad("§ 118 N160-0080/23 Svar på remiss - motion om", 1, 100)]) == "N160-0080/23"
    assert _paragrafens_dnr([_rad("§ 97 EXF-2023-00229 Yttrande till kommunstyrelsen", 1, 100)]) \
        == "EXF-2023-00229"
    assert _paragrafens_dnr([_rad("§ 12 2023-04-25", 1, 100)]) is None  # a date, no heading after it
    fil = _las("goteborg-avon-demografiska-utmaningar", "webb", "pdf", tmp_path)
    assert [k.diarienummer for k in kontrollera_fil(fil)] == ["N160-0080/23"]


# --- a dnr label at the end of a head flattened into a heading line ---------------------------------------

def test_dnr_etikett_sist_i_utplattat_huvud(tmp_path: Path) -> None:
    """yttranden/suhf-hogre-utbildning-yttrande, a 5dok transcript: '1 (2) Sveriges universitets- 2015-10-27
    och högskoleförbund Dnr 0041-15' on one line in a wide column; the page counter and the date are no words
    of a clause, so the label stands early enough. Otherwise the remiss's 'U2015/03787/UH' was taken."""
    assert _dnr_i_rubrikrad("1 (2) Sveriges universitets- 2015-10-27 och högskoleförbund Dnr 0041-15", "") \
        == "0041-15"
    fil = _las("suhf-hogre-utbildning-yttrande", "vanster", "pdf", tmp_path)
    assert [k.diarienummer for k in kontrollera_fil(fil)] == ["0041-15"]


# --- a large title over four lines ------------------------------------------------------------------------

def test_stor_rubrik_over_fyra_rader(tmp_path: Path) -> None:
    """prov4/motala-strom-vattenrad-yttrande as a web page (15 pt): 'Remissyttrande gällande
    Vattenmyndighetens i' / … / 'miljökvalitetsnormer, dr. nr 537-5346-2014'. The title's closing number
    stood on its fourth line, past the three a title was read over."""
    rader = [_rad(t, i, 70 + 20 * i, size=15, bold=True) for i, t in enumerate(
        ["Remissyttrande gällande Vattenmyndighetens i", "Södra Östersjöns vattendistrikts förlag till",
         "åtgärdsprogram, förvaltningsplan och", "miljökvalitetsnormer, dr. nr 537-5346-2014"])]
    assert _title_rows([*rader, _rad("Övergripande synpunkter", 5, 160, size=11.5, bold=True)], 0) == 4
    fil = _las("motala-strom-vattenrad-yttrande", "webb", "pdf", tmp_path)
    assert [k.diarienummer for k in kontrollera_fil(fil)] == ["537-5346-2014"]


# --- a letterhead broken in its cell ----------------------------------------------------------------------

def test_brevhuvud_brutet_i_sin_cell(tmp_path: Path) -> None:
    """prov9/biv-raddningstjanst-remiss in a two-column letterhead table: 'Föreningen för brandteknisk' /
    'ingenjörsvetenskap' in the same 14 pt bold; the second line is the name's end, not another line."""
    from remiss.pipeline import tolka_fil

    fil = _las("biv-raddningstjanst-remiss", "brevtabell", "pdf", tmp_path)
    assert [r.avsandare for r in tolka_fil(fil)] == ["Föreningen för brandteknisk ingenjörsvetenskap"]


# --- a lone 'Yttrande' under the first paragraph is a section heading -------------------------------------

def test_ensam_yttrande_rubrik_under_forsta_stycket(tmp_path: Path) -> None:
    """missiv/heby-brandmannen-granskning: 'Yttrande' / 'Yttrande ställs skriftligen till Heby kommun …' is
    the notice's section on how to answer. In Word the first paragraph is one line, so the heading stood
    among the first eight lines, where a lone 'Yttrande' is the letterhead's kind: the notice read as a
    yttrande and no remiss was found (24 fields in the three Word layouts)."""
    from remiss.pipeline import tolka_fil
    from remiss.split import _typ_fore_poang

    rader = [Line(text=t, page=1, number=i) for i, t in enumerate(
        ["Heby kommun", "Underrättelse granskning Dpä 408 Brandmannen 1 och 2",
         "Mark- och planeringsenheten har upprättat ett förslag till ändring av detaljplan.",
         "Granskningtid: 2023-10-11 - 2023-11-01", "Planförfarande", "Detaljplanen handläggs med standard.",
         "Yttrande", "Yttrande ställs skriftligen till Heby kommun, eller till information@heby.se"])]
    assert _typ_fore_poang(rader) is None
    assert _typ_fore_poang([Line(text=t, page=1, number=i) for i, t in enumerate(
        ["Kommunstyrelsen", "Yttrande", "2023-01-01", "Svar på remiss av X"])]) == "yttrande"
    fil = _las("heby-brandmannen-granskning", "kommunmall", "docx", tmp_path)
    assert [(r.avsandare, r.svarsdatum) for r in tolka_fil(fil)] == [("Heby kommun", "2023-11-01")]


# --- a protocol heading on one line is no text before the paragraph ---------------------------------------

def test_protokollsrubrik_pa_en_rad_delar_inte_vid_paragrafen(tmp_path: Path) -> None:
    """missiv/goteborg-kn-remittering-kulturprogrammet in one wide column: 'Utdrag ur protokoll Kulturnämnden
    Sammanträdesdatum: 2021-12-16' and the 80-character bold heading over '§ 275, 1099/19' were read as text,
    so the paragraph started a new document and the title became '§ 275, 1099/19'."""
    from remiss.pipeline import tolka_fil

    for layout in ("vanster", "epost"):
        fil = _las("goteborg-kn-remittering-kulturprogrammet", layout, "pdf", tmp_path)
        assert [r.titel for r in tolka_fil(fil)] == [
            "förslag till Göteborgs Stads Plan för kulturprogrammet 2023-2026"]


def test_paragrafen_bruten_fore_sitt_nummer(tmp_path: Path) -> None:
    """missiv/goteborg-ks-remittering-gangkriminalitet as a web page: '… parallella samhällen i Göteborg §' /
    '821, 1668/20' (the heading at 15 pt breaks before the paragraph's number)."""
    from remiss.extract.dnr import _after_paragraph
    from remiss.pipeline import tolka_fil

    rader = [_rad("utvecklingen av parallella samhällen i Göteborg §", 1, 100, size=15, bold=True),
             _rad("821, 1668/20", 2, 120, size=15, bold=True)]
    found = _after_paragraph(rader)
    assert found is not None and found.value == "1668/20"
    fil = _las("goteborg-ks-remittering-gangkriminalitet", "webb", "pdf", tmp_path)
    assert [r.diarienummer for r in tolka_fil(fil)] == ["1668/20"]


# --- the body has begun when a sentence ends on a short line ----------------------------------------------

def test_brodtexten_har_borjat_nar_meningen_slutar_pa_kort_rad(tmp_path: Path) -> None:
    """missiv/vattenmyndigheten-bottenhavet-samrad-2019 in a wide column: the first sentence ends on a line of
    one word ('… kvaliteten på' / 'vattenmiljön.'), so 'Länsstyrelsen Västernorrland' further down (the
    kungörelse's 'Ansvarig för kungörelse') was taken as the letterhead; the sender is the one that
    'samråder'."""
    from remiss.pipeline import tolka_fil

    for layout in ("vanster", "epost"):
        fil = _las("vattenmyndigheten-bottenhavet-samrad-2019", layout, "pdf", tmp_path)
        assert [r.avsandare for r in tolka_fil(fil)] == ["Vattenmyndigheten i Bottenhavets vattendistrikt"]


# --- a footer's small print is no body under a closing link -----------------------------------------------

def test_sidfotens_avsandare_ar_ingen_brodtext_under_sidans_lank(tmp_path: Path) -> None:
    """yttranden/regionsamverkan-syd-indelning in a letter with the sender in the footer: the page's closing
    link 'Remissvar på Myndighetsgemensam indelning …' over 'Regionsamverkan Sydsverige' in 8 pt started a
    yttrande of its own (two words after it), and the answer's stance above was lost."""
    fil = _las("regionsamverkan-syd-indelning", "brevtabell", "pdf", tmp_path)
    assert [k.stallningstagande for k in kontrollera_fil(fil)] == ["tillstyrker"]


def test_paragrafens_nummer_ensamt_pa_raden(tmp_path: Path) -> None:
    """yttranden/goteborg-sn-nordost-demografiska-utmaningar printed from Outlook: '§ 142 N163-0105/23' on a
    line of its own under 'Utdrag ur protokoll Sammanträdesdatum: 2023-04-25'."""
    assert _paragrafens_dnr([_rad("§ 142 N163-0105/23", 1, 100)]) == "N163-0105/23"
    fil = _las("goteborg-sn-nordost-demografiska-utmaningar", "epostutskrift", "pdf", tmp_path)
    assert [k.diarienummer for k in kontrollera_fil(fil)] == ["N163-0105/23"]


# --- an organisation's name in 'Från:' that the text speaks as, broken over a line ------------------------

def test_fran_namnet_som_texten_talar_som_ombrutet(tmp_path: Path) -> None:
    """prov4/funktionsratt-lss-utredningen printed from Outlook: 'Från: | Funktionsrätt Sverige' looks like a
    person's name; the text speaks as it ('Funktionsrätt Sverige har ambitionen att avge …'), but the line
    broke inside the name ('… Funktionsrätt' / 'Sverige har ambitionen …'), so the organisation was read as
    the mail's handläggare and no sender."""
    from remiss.extract.core import _speaks_as
    from remiss.pipeline import tolka_fil

    bruten = [_rad("Inför remissen vill Funktionsrätt", 1, 100),
              _rad("Sverige har ambitionen att avge ett yttrande", 2, 114)]
    assert _speaks_as("Funktionsrätt Sverige", bruten)
    signatur = [_rad("Med vänlig hälsning", 1, 100), _rad("Anna Svensson", 2, 114), _rad("Utredare", 3, 128)]
    assert not _speaks_as("Anna Svensson", signatur)
    fil = _las("funktionsratt-lss-utredningen", "epostutskrift", "pdf", tmp_path)
    assert [(r.avsandare, r.handlaggare.namn or None) for r in tolka_fil(fil)] == [
        ("Funktionsrätt Sverige", None)]


# --- a wrapped sentence's rest is no heading --------------------------------------------------------------

def test_radbruten_mening_som_borjar_med_samradsredogorelse(tmp_path: Path) -> None:
    """missiv/mariestad-sprinten-upphavande-samrad in A5 and landscape: '… det finns en' / 'samrådsredogörelse
    redan i det här skedet.' put the word first on a line among the opening lines, where 'Samrådsredogörelse'
    is the heading of a compilation after the remiss (-8): the notice was no remiss."""
    from remiss.pipeline import tolka_fil

    for layout in ("a5", "liggande"):
        fil = _las("mariestad-sprinten-upphavande-samrad", layout, "pdf", tmp_path)
        assert [r.svarsdatum for r in tolka_fil(fil)] == ["2021-07-21"]


# --- a header value in small print under a large title ----------------------------------------------------

def test_litet_huvudvarde_under_stor_rubrik_ar_ingen_rest_av_den(tmp_path: Path) -> None:
    """missiv/goteborg-ks-remittering-avhoppare printed from a browser: 'Remittering av Göteborgs Stads
    riktlinje för arbete med' / 'avhoppare § 973, 1370/21' in 18 pt over '1370/21' in 8 pt. The short line
    starting with a digit read as the title's rest, and the paragraph was no longer last to strip."""
    from remiss.pipeline import tolka_fil

    fil = _las("goteborg-ks-remittering-avhoppare", "webbutskrift", "pdf", tmp_path)
    assert [r.titel for r in tolka_fil(fil)] == ["Göteborgs Stads riktlinje för arbete med avhoppare"]


# --- a heading's wrapped rest, a mail's header and a footer are no sender or title ------------------------

def test_rubrikens_ombrutna_rest_ar_ingen_organisation_ovanfor_datum(tmp_path: Path) -> None:
    """prov6/lst-stockholm-tulka-naturreservat printed from a browser: 'Samråd om förslag till Tulka
    naturreservat i Norrtäle' / 'kommun' in 18 pt over 'Datum: 19 februari 2020': the wrapped 'kommun' is no
    organisation above the header's date."""
    from remiss.pipeline import tolka_fil

    fil = _las("lst-stockholm-tulka-naturreservat", "webbutskrift", "pdf", tmp_path)
    assert [r.avsandare for r in tolka_fil(fil)] == ["Länsstyrelsen i Stockholms län"]


def test_ebrevets_amne_ar_ingen_avsandare_nar_titeln_laggs_undan(tmp_path: Path) -> None:
    """missiv/landstinget-uppsala-regionbildning-2015 printed from Outlook: the press release's headline
    'Länets kommuner tillfrågas om regionbildning' is the title and the mail's 'Ämne:'; the sender read again
    without the title's line was read over the mail's header, and the subject line became the sender."""
    from remiss.pipeline import tolka_fil

    fil = _las("landstinget-uppsala-regionbildning-2015", "epostutskrift", "pdf", tmp_path)
    assert [r.avsandare for r in tolka_fil(fil)] == ["Landstinget i Uppsala län"]


def test_sidfotens_rad_i_liten_stil_startar_inget_dokument(tmp_path: Path) -> None:
    """missiv/orebro-taos-inbjudan-2023 in a letter with its letterhead repeated in the footer: 'Inbjudan att
    lämna synpunkter på remiss' in 8 pt at the foot of the only page started a second remiss."""
    from remiss.pipeline import tolka_fil

    fil = _las("orebro-taos-inbjudan-2023", "brevtabell", "pdf", tmp_path)
    assert len(tolka_fil(fil)) == 1


def test_bloggens_namn_over_rubriken_utan_luft(tmp_path: Path) -> None:
    """missiv/tanum-naringslivsstrategi-blogg: 'Ledningsbloggen' over 'Förslag på ny näringslivsstrategi' in
    the same heading style. With a gap between (the PDF the page was built as) the blog's name is the
    letterhead; in Word and an Outlook print no gap shows, and the two were one title."""
    from remiss.extract.core import _section_over_heading
    from remiss.pipeline import tolka_fil

    assert _section_over_heading("Ledningsbloggen", "Förslag på ny näringslivsstrategi")
    assert not _section_over_heading("Trafikplan", "För Eksjö kommun 2020–2030")
    for layout, format_ in (("tabell", "docx"), ("epostutskrift", "pdf")):
        fil = _las("tanum-naringslivsstrategi-blogg", layout, format_, tmp_path)
        assert [r.titel for r in tolka_fil(fil)] == ["Förslag på ny näringslivsstrategi"]


def test_ebrevets_amne_som_bara_ar_ett_datum(tmp_path: Path) -> None:
    """missiv/katrineholm-renhallningsordning-2014 printed from Outlook with the page's first heading, the
    date '1 juli 2014', as the subject: a date names no matter; the title is the notice's heading."""
    from remiss.pipeline import tolka_fil

    fil = _las("katrineholm-renhallningsordning-2014", "epostutskrift", "pdf", tmp_path)
    assert [r.titel for r in tolka_fil(fil)] == ["Förslag till reviderad renhållningsordning"]


def test_meningens_rest_pa_kort_rad_ar_ingen_rubrik(tmp_path: Path) -> None:
    """prov9/allianskane-reepaluremissen-nyhet on a landscape page: '… som ett särskilt' / 'yttrande till
    Region Skånes officiella.' put the sentence's rest on a short line of its own,
    which read as a heading with 'yttrande' in it: the party's news about the region's answer became a
    yttrande."""
    from remiss.kontroll.signaler import _rubrikrad

    rader = [_rad("Vi hade hellre sett att Allians för Skåne fick bifoga sitt eget yttrande som ett", 1, 100),
             _rad("yttrande till Region Skånes officiella.", 2, 114)]
    assert not _rubrikrad(rader[1].text, 1, rader)
    fil = _las("allianskane-reepaluremissen-nyhet", "liggande", "pdf", tmp_path)
    assert [k.igenkant for k in kontrollera_fil(fil)] in ([], [False])


def test_markningen_efter_radbrytning_ar_inget_dokumentnamn(tmp_path: Path) -> None:
    """prov7/lund-gronprogram-samrad printed from a browser: '… märk kuvertet' / '”Samråd Grönprogram
    2018/0153”.' is the label the answer carries, as it is on one line ('märk kuvertet ”…”'), not a fuller
    name of the document under the heading 'Samråd för Grönprogram'."""
    from remiss.pipeline import tolka_fil

    fil = _las("lund-gronprogram-samrad", "webbutskrift", "pdf", tmp_path)
    assert [r.titel for r in tolka_fil(fil)] == ["Grönprogram"]


def test_ebrevshuvudet_i_brodtextens_storlek_ar_inget_stycke(tmp_path: Path) -> None:
    """prov5/lst-klimatanpassning-yttrande printed from Outlook: the mail's header, the letterhead row
    '2017-09-29 Ärendebeteckning 424-5784-2017 1(10)' and the address stand tight in the body's size. Read as
    one paragraph they hid the head, and the remiss's number was taken for the answer's own."""
    fil = _las("lst-klimatanpassning-yttrande", "epostutskrift", "pdf", tmp_path)
    assert [k.diarienummer for k in kontrollera_fil(fil)] == ["424-5784-2017"]


def test_planens_namn_brutet_fore_ett_namn(tmp_path: Path) -> None:
    """prov5/goteborg-heden-samrad in A5: 'Detaljplan för verksamheter och kategoribostäder vid Smålandsgatan
    inom stadsdelen' / 'Heden': the plan's formal name wrapped before the district's name, which starts with a
    capital; without it the name lacked the heading's 'Heden' and the short heading was the title."""
    from remiss.pipeline import tolka_fil

    fil = _las("goteborg-heden-samrad", "a5", "pdf", tmp_path)
    assert [r.titel for r in tolka_fil(fil)] == [
        "Detaljplan för verksamheter och kategoribostäder vid Smålandsgatan inom stadsdelen Heden"]


def test_fetstilt_ingress_las_inte_som_lang_rubrik(tmp_path: Path) -> None:
    """yttranden/snf-motala-varamon-yttrande in a letter with headings in bold at body size: the bold lead
    'Den 14 februari 2022 lämnade Naturskyddsföreningen i Motala in sitt yttrande. Vårt' / … / '… föreslår
    att föreslagen detaljplan som nu granskas kommer att avslås.' holds a sentence's end: no title to read
    over five lines (only a heading is), so the stance in its last line stays in the text."""
    for spec, layout, stance in (("snf-motala-varamon-yttrande", "brevtabell", "avstyrker"),
                                 ("regelradet-slu-intensivodling", "liggande", "avstar")):
        fil = _las(spec, layout, "pdf", tmp_path)
        assert [k.stallningstagande for k in kontrollera_fil(fil)] == [stance]


def test_rubrikens_rest_i_mindre_stil_med_gemen_ar_rubrikens(tmp_path: Path) -> None:
    """prov3/lv-hslf-fs-2016-34-sandlista printed from a browser: 'Remiss angående förslag till föreskrifter
    om ändring i' / 'Läkemedelsverkets' in 18 pt and 'föreskrifter (HSLF-FS 2016:34) om …' / 'läkemedel och
    teknisk sprit' in 10 pt: a rest in lower case goes on with the heading whatever its size (a header value
    in small print under the title, '1370/21', does not)."""
    from remiss.pipeline import tolka_fil

    fil = _las("lv-hslf-fs-2016-34-sandlista", "webbutskrift", "pdf", tmp_path)
    assert [r.titel for r in tolka_fil(fil)] == [
        "förslag till föreskrifter om ändring i Läkemedelsverkets föreskrifter (HSLF-FS 2016:34) om "
        "förordnande och utlämnande av läkemedel och teknisk sprit"]


def test_titeln_fortsatter_inte_pa_en_rad_dar_texten_borjat(tmp_path: Path) -> None:
    """yttranden/nacka-naturskydd-ryssbergen-yttrande, a web page's transcript: 'Yttrande över
    granskningsförslag till detaljplan för del av Ryssbergen, del av Sicklaön 13:3' / 'och del av 134:21, på
    västra Sicklaön, Nacka kommun. Sammanfattning Planarbetet bör' / … Where the line broke after
    'Sammanfattning' the heading run into the text was found; where it broke later the title took the line
    with the heading in it. A line with a sentence's end inside is no title's continuation."""
    for layout in ("webbutskrift", "epostutskrift"):
        fil = _las("nacka-naturskydd-ryssbergen-yttrande", layout, "pdf", tmp_path)
        fynd = [(k.stallningstagande, k.har_sammanfattning) for k in kontrollera_fil(fil)]
        assert fynd == [("avstyrker", True)]
