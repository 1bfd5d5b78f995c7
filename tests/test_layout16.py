"""Fields right in a real document's own layout and wrong in another (bench/bench_layoutbyte.py, session 16,
prov14/prov3/prov12): each test holds the real excerpt as the failing layout sets it, its document and
layout named in the docstring."""

from __future__ import annotations

import copy
from pathlib import Path

from remiss.clean import drop_furniture
from remiss.domain import Line


def _las(spec_id: str, layout: str, format_: str, tmp_path: Path) -> Path:
    """Render a corpus spec in another layout (as bench_layoutbyte does) and return the file."""
    from bench import bench_layoutbyte
    from tests.korpus import rendera

    spec = copy.deepcopy(next(s for s in rendera.specs() if s["id"] == spec_id))
    spec.update(layout=layout, format=format_)
    return bench_layoutbyte._bygg(rendera, spec, tmp_path)


def _rader(texter: list[str]) -> list[Line]:
    return [Line(text=t, page=1, number=i) for i, t in enumerate(texter, 1)]


def test_remiss_som_avsnittsrubrik_under_inledning_ar_ingen_dokumentetikett(tmp_path: Path) -> None:
    """prov14/grundlagsutskottet-gruu-23-2022 in Word (bench_layoutbyte tabell/docx, kommunmall,
    kommunflikar; source: eduskunta.fi, GrUU 23/2022 rd): the committee's utlåtande has the section
    heading 'Remiss' under 'INLEDNING'. A lone 'Remiss' was read as the letterhead's kind ('REMISS'), which
    in Word (the title on one line, so the heading among the first lines) started a missiv of its own. Under
    a section heading of the text a lone 'Remiss' heads a section; in the letterhead it stays the label."""
    from remiss.pipeline import tolka_fil

    rader = _rader([
        "Senast publicerat 02-05-2022 16:45",
        "Utlåtande GrUU 23/2022 rd RP 35/2021 rd Grundlagsutskottet Regeringens proposition till "
        "riksdagen med förslag till lagstiftning som kompletterar förordningarna om användning av "
        "Schengens informationssystem",
        "Till förvaltningsutskottet", "INLEDNING", "Remiss",
        "Regeringens proposition till riksdagen med förslag till lagstiftning som kompletterar "
        "förordningarna om användning av Schengens informationssystem (RP 35/2021 rd): Ärendet har "
        "remitterats till grundlagsutskottet för utlåtande om förvaltningsutskottets utkast för "
        "betänkande till förvaltningsutskottet."])
    assert [r.text for r in drop_furniture(rader)][4] == "Remiss"
    huvud = drop_furniture(_rader(["Kommunstyrelsen", "Remiss", "2024-03-01"]))
    assert [r.text for r in huvud][1] == "REMISS"  # in the letterhead the label stays
    for layout in ("tabell", "kommunmall", "kommunflikar"):
        assert tolka_fil(_las("grundlagsutskottet-gruu-23-2022", layout, "docx", tmp_path)) == []


def test_sandlistan_med_sidnumret_inkort_i_rubriken_hor_till_missivet(tmp_path: Path) -> None:
    """prov3/lv-partihandel-sandlista in the Word template (bench_layoutbyte kommunmall/docx, kommunflikar;
    source: Läkemedelsverket's remiss, dnr 581:2011/502100): the list page opens '2 Sändlista Dnr
    Remissinstans' (the transcript ran the page number into the heading) after a missiv counted '1 (1)'. The
    heading was not seen for the page number, so the page after the missiv's last opened a document of its
    own and the list was lost; without bullets (tabell/docx has them) nothing else kept it."""
    from remiss.pipeline import tolka_fil
    from remiss.split import _list_page

    assert _list_page(_rader(["2 Sändlista Dnr Remissinstans", "Apotekarsocieteten", "Apotekens Service AB"]))
    assert not _list_page(_rader(["2 Bakgrund", "Läkemedelsverket har …"]))
    for layout in ("kommunmall", "kommunflikar"):
        (remiss,) = tolka_fil(_las("lv-partihandel-sandlista", layout, "docx", tmp_path))
        assert len(remiss.remissinstanser) == 29


def test_huvudets_varden_i_en_rad_med_handlaggarens_telefon(tmp_path: Path) -> None:
    """prov3/spsm-likvardig-skola as a web print and an e-mail (bench_layoutbyte webb/pdf, epost/pdf; source:
    Specialpedagogiska skolmyndighetens remissvar on SOU 2020:28): the transcript ran the head's values into
    one row without their labels, '2020-11-26 1 STY-2020/523 Johanna Jadstrand 010-473 58 49 …'. Only the
    rk layout's own header cell gave the number; the row opening with the date, the page and the number,
    the handläggare with the telephone after it, is the head's."""
    from remiss.extract.dnr import head_row_dnr
    from remiss.kontroll import kontrollera_fil

    rad = "2020-11-26 1 STY-2020/523 Johanna Jadstrand 010-473 58 49 Fredrik Malmberg 010-473 50 00 Till"
    assert head_row_dnr(rad) == "STY-2020/523"
    assert head_row_dnr("2018-08-28 SN 18/0098 Socialnämnden beslutade att remittera ärendet") is None
    for layout in ("webb", "epost"):
        (svar,) = kontrollera_fil(_las("spsm-likvardig-skola", layout, "pdf", tmp_path))
        assert svar.diarienummer == "STY-2020/523"


def test_inkord_sammanfattningsrubrik_vars_mening_bryts_i_smal_spalt(tmp_path: Path) -> None:
    """prov12/svenskforsakring-rorelsereglering-yttrande as a web print (bench_layoutbyte webb/pdf; source:
    docplayer transcript of Svensk Försäkring's yttrande on SOU 2011:68): the transcript ran the heading into
    its paragraph, and the narrow column breaks the line after 'Sammanfattning Solvens II Utredningens
    förslag till', under the title's last line (no full stop). The text after the heading was too short for a
    paragraph on its line alone; its sentence goes on on the next line, which opens in lower case."""
    from remiss.kontroll import kontrollera_fil
    from remiss.kontroll.avsnitt import _split_transcript

    rader = _rader(["Stockholm Rörelsereglering för försäkring och",
                    "tjänstepension, SOU 2011:68; Fi2011:4348",
                    "Sammanfattning Solvens II Utredningens förslag till",
                    "genomförande av Solvens II-direktivet är i huvudsak", "väl utformade."])
    assert "Sammanfattning" in [r.text.strip() for r in _split_transcript(rader)]
    titel = _rader(["Remiss om", "Sammanfattning Solvens II Utredningens förslag", "Solvens II"])
    assert "Sammanfattning" not in [r.text.strip() for r in _split_transcript(titel)]
    (svar,) = kontrollera_fil(_las("svenskforsakring-rorelsereglering-yttrande", "webb", "pdf", tmp_path))
    assert svar.har_sammanfattning


def test_samma_huvudblock_overst_pa_nasta_sida_ar_sidhuvudet(tmp_path: Path) -> None:
    """prov3/forsakringskassan-mer-trygghet in Word (bench_layoutbyte tabell/docx, kommunmall; source:
    Försäkringskassans remissyttrande on SOU 2015:21, dnr 016522-2015): the transcript keeps the running head
    of page 2, '2 (44)' / 'REMISSYTTRANDE' / 'Datum' / 'Vår beteckning' / '2015-08-14' / '016522-2015', and in
    Word it opens a page. The number's label is 'Vår beteckning', not 'Dnr', so the block was not known as the
    first page's and started a second yttrande; the same block of labels and values again is the running
    head."""
    from remiss.kontroll import kontrollera_fil
    from remiss.split import _document_starts

    huvud = ["REMISSYTTRANDE", "Datum", "Vår beteckning", "2015-08-14", "016522-2015"]
    sida1 = ["Försäkringskassan", "Datum 2015-08-14", "Vår beteckning 016522-2015", *huvud,
             "Socialdepartementet", "103 33 STOCKHOLM", "Mer trygghet och bättre försäkring", "(SOU 2015:21)",
             "LM Ericsons väg 30", "08-786 90 00", "www.forsakringskassan.se"]
    sida2 = [*huvud, "Innehåll", "Mer trygghet och bättre försäkring (SOU 2015:21) ............ 5"]
    rader = [Line(text=t, page=p, number=i) for p, sida in ((1, sida1), (2, sida2))
             for i, t in enumerate(sida, 1)]
    assert _document_starts(rader) == [0]
    for layout in ("tabell", "kommunmall"):
        assert len(kontrollera_fil(_las("forsakringskassan-mer-trygghet", layout, "docx", tmp_path))) == 1
