"""Kontroll fields on real texts in another layout or with a transcript's flaw (bench/bench_layoutbyte.py,
bench/bench_textfel.py, session 15): each test holds the real excerpt as that rendering sets it, its document
and layout or flaw named in the docstring."""

from __future__ import annotations

from pathlib import Path

from remiss.domain import Line
from remiss.kontroll import kontrollera_fil


def test_protokollhuvudets_nummer_under_en_ombruten_rubrik() -> None:
    """yttranden/gotland-rs-koll-framat as a web print (bench_layoutbyte webb/pdf): the paragraph's bold
    heading wraps over two lines, which pushed the case's number 'KS2008/0120-51' past the protocol head's
    six lines; the bold heading is no line of the head."""
    from remiss.kontroll.hitta import _protokollhuvudets_dnr

    rows = [
        (True, "SAMMANTRÄDESPROTOKOLL"),
        (False, "Regionstyrelsen"),
        (False, "2008-05-29"),
        (True, "KS § 107"),
        (True, "Remiss. KOLL framåt. Handlingsprogram för"),
        (True, "kollektivtrafiken"),
        (False, "AU § 102"),
        (False, "KS2008/0120-51"),
        (False, "- Näringsdepartementet 2008-03-11"),
    ]
    lines = [Line(text=t, page=1, number=i, bold=b) for i, (b, t) in enumerate(rows, 1)]
    assert _protokollhuvudets_dnr(lines) == "KS2008/0120"


def test_huvudets_nummer_forst_i_ett_wordstycke_med_hela_transkriptet(tmp_path: Path) -> None:
    """yttranden/sthlmhandelskammare-kapacitetsutredningen in Word (bench_layoutbyte tabell/docx,
    kommunmall, kommunflikar): the docplayer transcript is one paragraph of 2,000 characters whose head
    '1 Trafikverket TRV 2011/17304 Stockholm, den 30 mars' opens it; the number there is the own one."""
    from docx import Document

    doc = Document()
    doc.add_paragraph("Stockholms Handelskammare")
    doc.add_paragraph(
        "1 Trafikverket TRV 2011/17304 Stockholm, den 30 mars Remissvar avseende "
        "Kapacitetsutredningen Stockholms Handelskammare har givits tillfälle att lämna synpunkter "
        "i rubricerat ärende. Sammanfattning Kapacitetsutredningens huvudinriktning är bra med "
        "fokus på storstäderna och på godstransporterna. Utredningen har dock underskattat "
        "huvudstadsregionens befolkningsökning och därmed också underskattat det framtida behovet "
        "av infrastrukturkapacitet. Det krävs stora investeringar för att komma tillrätta med "
        "kapacitetsbristerna i järnvägsnätet i anslutning till huvudstadsregionen. En kraftig "
        "utbyggnad av tunnelbanenätet är nödvändigt för att öka kollektivtrafikandelen och avlasta "
        "vägnätet i regionens centrala och mest belastade delar. En östlig förbindelse är den "
        "viktigaste väginvesteringen efter Förbifart Stockholm.")
    fil = tmp_path / "h.docx"
    doc.save(str(fil))
    assert kontrollera_fil(fil)[0].diarienummer == "TRV 2011/17304"


def test_sammanfattning_av_betankandet_i_listan_over_beslutsunderlag() -> None:
    """yttranden/sll-ls-dricksvattenforsorjning-skrivelse in the left and e-mail layouts (bench_layoutbyte
    vanster/pdf, epost/pdf): the line break puts 'Sammanfattning av betänkandet En trygg
    dricksvattenförsörjning (SOU 2016:32)' first on a line of the beslutsunderlag; it names a document in
    the list, it is no heading over the answer's summary."""
    from remiss.kontroll.avsnitt import _split_transcript, rubrik

    texts = [
        "Beslutsunderlag Landstingsdirektörens tjänsteutlåtande den 31 oktober 2016 Förslag till"
        " yttrande",
        "Sammanfattning av betänkandet En trygg dricksvattenförsörjning (SOU 2016:32) Tillväxt- och",
        "regionplanenämndens protokollsutdrag den 29 september 2016 Tillväxt- och regionplanenämndens"
        " yttrande",
    ]
    lines = [Line(text=t, page=2, number=i) for i, t in enumerate(texts, 1)]
    ut = [line.text for line in _split_transcript(lines)]
    assert texts[1] in ut
    assert "sammanfattning" not in [rubrik(text) for text in ut]


def test_huvudets_forkortning_som_subjekt_efter_en_inkord_rubrik(tmp_path: Path) -> None:
    """yttranden/dhb-funktionshinderpolitik-remissvar with its paragraphs joined (bench_textfel ett_stycke,
    rubrik_i_stycket): 'Funktionshinderpolitik DHB överlämnar synpunkter på Myndigheten för delaktighets
    betänkande …' under 'Riksförbundet DHB': the head's acronym is still the subject handing in the answer."""
    from tests.test_kontroll_riktiga import _docx

    fil = _docx(
        tmp_path / "d.docx",
        "Riksförbundet DHB",
        "Funktionshinderpolitik DHB överlämnar synpunkter på Myndigheten för delaktighets "
        "betänkande Genom dessa synpunkter vill DHB i samstämmighet med myndigheten lyfta och "
        "öka medvetenhet i frågan om att tillgängligheten i samhället måste förbättras. Men "
        "synpunkterna grundar sig i bland annat bristen på tydliga politiska åtaganden. Läs "
        "mer i det bifogade materialet!",
    )
    [kontroll] = kontrollera_fil(fil)
    assert kontroll.igenkant


# yttranden/neuroforbundet-parkeringstillstand-synpunkter in the left and e-mail layouts (bench_layoutbyte
# vanster/pdf, epost/pdf): the narrower column wraps the title between the case number's letters and digits
NEURO_VANSTER = [
    "Synpunkter angående Förslag till föreskrifter om ändring i Transportstyrelsens",
    "föreskrifter och allmänna råd om parkeringstillstånd för rörelsehindrade – TSF",
    "2013-161",
    "• Datum: 15-12-16, Publicerad av peter.andersson@neuroforbundet.se",
    "Neuroförbundet har inbjudits att lämna synpunkter på rubricerat förslag.",
    "Neuroförbundet avstyrker därför förslaget till föreskrifter och allmänna råd i de delar som gäller "
    "förutsättningar för parkeringstillstånd.",
]


def test_arendets_nummer_ombrutet_mellan_bokstaver_och_siffror(tmp_path: Path) -> None:
    """yttranden/neuroforbundet-parkeringstillstand-synpunkter (vanster/pdf, epost/pdf): '… rörelsehindrade –
    TSF' over '2013-161' is one number, 'TSF 2013-161' (as the own layout's one line gives it), not the digits
    alone; the title runs on over the number's line."""
    from tests.conftest import write_pdf

    [kontroll] = kontrollera_fil(write_pdf(tmp_path / "n.pdf", [NEURO_VANSTER]))
    assert kontroll.diarienummer == "TSF 2013-161"
    assert kontroll.titel is not None and kontroll.titel.endswith("– TSF 2013-161")


def test_nummer_ombrutet_efter_bokstaverna_i_annan_ordalydelse() -> None:
    """The same break with another body's letters and number form; letters that are a word of the line
    (lower case, or glued into a longer word) and a lone year span keep the number as it stands."""
    from remiss.extract.dnr import find_diarienummer_header

    def las(*rader: str) -> str | None:
        found = find_diarienummer_header([Line(text=t, page=1, number=i) for i, t in enumerate(rader, 1)])
        return found.value if found else None

    assert las("Yttrande över förslag till ny avfallsplan för kommunerna i norra länet – KS",
               "2020/123", "Kommunstyrelsen har beretts tillfälle att yttra sig.") == "KS 2020/123"
    assert las("Yttrande över Miljö- och byggnadsnämndens förslag till taxa, MBN",
               "2024-00412") == "MBN 2024-00412"
    assert las("Remissvar om parkering", "2021/45") == "2021/45"
    assert las("Yttrande över förslag till föreskrifter från Transportstyrelsen (TSFS",
               "2019/88") == "2019/88"
