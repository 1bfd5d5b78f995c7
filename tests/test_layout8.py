"""Letter forms real senders print (session 8): a browser's print band, a running header repeated at the
same place, headings in bold only, lists in two text columns. Each cause has a unit test, and a corpus
text rendered in the form (tests/korpus/rendera_brev.py, as bench_layoutbyte --nya does) is read right."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from remiss.clean import _running, band_indexes, clean_pages, print_band
from remiss.domain import Line
from remiss.split import _numbering_continues

KORPUS = Path(__file__).parent / "korpus"


# --- a browser's print band (Chrome over and under the page, Firefox under it) ---------------------------

@pytest.mark.parametrize("text", [
    "2026-12-03 08:15 | Remiss av: SOU 2015:60 - Delrapport från Sverigeförhandlingen",
    "https://www.regeringen.se/remisser/2015/06/remiss-av-sou-201560/ | 1/3",
    "Sida 1 av 3 | 2026-12-03 08:15",
    "12/3/26, 8:15 AM | Förslag till ny avfallsplan",
    "https://kf.sydnarke.se/nyheter/forslag 2/3",
])
def test_utskriftsband_fran_webblasaren(text: str) -> None:
    """Date and time of printing beside the page title, the address beside 'n/N': the browser's band."""
    assert print_band(text)


@pytest.mark.parametrize("text", [
    "2026-12-03 | Dnr KS 2024/123",  # a letterhead's date and dnr: no time of day
    "Svar senast 2024-03-01 kl. 12:00",  # a deadline with its hour, in a sentence
    "2024-03-01 kl. 12.00 möte i stadshuset",
    "https://www.uppsala.se/remisser",  # an address alone is text (a link at the end of a notice)
    "Möjligheter finns t o m 24 mars att lämna synpunkter på förslaget.",
])
def test_inget_utskriftsband(text: str) -> None:
    """A date without a time of day, a deadline's hour or a bare address is the letter's own text."""
    assert not print_band(text)


def test_bandet_letas_bara_i_sidans_kanter() -> None:
    """Only the first two and last two lines of a page can be the band."""
    texts = ["2026-12-03 08:15 | Titel", "Rubrik", "Brödtext 2026-12-03 08:15 | x", "Mer", "Slut",
             "https://a.se/x | 1/1"]
    assert band_indexes(texts) == {0, 5}


def _las(spec_id: str, layout: str, format_: str, tmp_path: Path) -> Path:
    """Render a corpus spec in another layout (as bench_layoutbyte does) and return the file."""
    from bench import bench_layoutbyte
    from tests.korpus import rendera

    spec = copy.deepcopy(next(s for s in rendera.specs() if s["id"] == spec_id))
    spec.update(layout=layout, format=format_)
    return bench_layoutbyte._bygg(rendera, spec, tmp_path)


def _facit(mapp: str, ident: str) -> dict:  # type: ignore[type-arg]
    return json.loads((KORPUS / mapp / f"{ident}.json").read_text(encoding="utf-8"))


def test_utskriven_webbsida_bandet_ar_sidmobler_och_ger_inget_ar(tmp_path: Path) -> None:
    """missiv/sydnarke-kf-avfallsplan-2017 printed from a browser: 't o m 24 mars' takes the notice's
    year (2017-02-02), not the print date's ('2026-12-03 08:15' over the page); the band is furniture."""
    from remiss.pipeline import tolka_fil
    from remiss.read import read_file

    fil = _las("sydnarke-kf-avfallsplan-2017", "webbutskrift", "pdf", tmp_path)
    sida = read_file(fil).pages[0]
    assert any("08:15" in line.text for line in sida.furniture)
    assert not any("08:15" in line.text or "1/1" in line.text for line in sida.lines)
    (remiss,) = tolka_fil(fil)
    assert str(remiss.svarsdatum) == "2017-03-24"


# --- a running header at the same place on every later page ---------------------------------------------

def _rad(text: str, page: int, number: int, top: float, x0: float = 68.0) -> Line:
    return Line(text=text, page=page, number=number, top=top, x0=x0, size=12.0)


def test_lopande_sidhuvud_pa_samma_plats_tas_bort_fran_sida_2() -> None:
    """The sender drawn at the same place over pages 1–3 goes from page 2 on (page 1's is the letterhead),
    so a list running over the page break is not cut by it."""
    sidor = [
        [_rad("Utbildningsdepartementet", 1, 1, 48), _rad("Remiss av SOU 2017:35", 1, 2, 139, 74),
         _rad("30. Kungl. Tekniska högskolan | 62. Eskilstuna kommun", 1, 3, 745, 93)],
        [_rad("Utbildningsdepartementet", 2, 1, 48), _rad("63. Falköpings kommun", 2, 2, 135, 93)],
        [_rad("Utbildningsdepartementet", 3, 1, 48), _rad("131. Nationellt centrum", 3, 2, 135, 93)],
    ]
    kvar = [(line.page, line.text) for line in clean_pages(sidor)]
    assert (1, "Utbildningsdepartementet") in kvar
    assert (2, "Utbildningsdepartementet") not in kvar and (3, "Utbildningsdepartementet") not in kvar


def test_samma_text_pa_annan_plats_ar_inget_lopande_sidhuvud() -> None:
    """Letters whose first line names the sender at different places: no running header by place (page 2
    keeps its sender; the older rule of three pages in a row still takes page 3's)."""
    sidor = [[_rad("Utbildningsdepartementet", n, 1, 40 + 30 * n), _rad(f"Remiss {n}", n, 2, 200)]
             for n in (1, 2, 3)]
    assert not _running(sidor, 5)
    kvar = [(line.page, line.text) for line in clean_pages(sidor)]
    assert (2, "Utbildningsdepartementet") in kvar


def test_numreringen_fortsatter_efter_tva_spalters_hogsta_nummer() -> None:
    """A two-column list's page ends '30. … | 62. …': a page starting '63. …' goes on with it."""
    assert _numbering_continues(["30. Kungl. Tekniska högskolan | 62. Eskilstuna kommun"],
                                ["63. Falköpings kommun | 100. Landsorganisationen i Sverige, LO"])
    assert _numbering_continues(["24 Arbetsmiljöverket | 81 Landsorganisationen i Sverige (LO)"],
                                ["25 Arjeplogs kommun | 82 Lika Unika"])  # columns over the pages
    assert not _numbering_continues(["30. Kungl. Tekniska högskolan | 62. Eskilstuna kommun"],
                                    ["45. Linköpings universitet"])


def test_lista_over_sidor_med_lopande_sidhuvud_i_ram_med_etiketter(tmp_path: Path) -> None:
    """missiv/rk-u2017-samling-for-skolan with the department at the same place over every page
    (hogerblock): the list runs over its three pages and the deadline after it is read."""
    from remiss.pipeline import tolka_fil

    fil = _las("rk-u2017-samling-for-skolan", "hogerblock", "pdf", tmp_path)
    (remiss,) = tolka_fil(fil)
    assert str(remiss.svarsdatum) == "2017-08-05"
    facit = _facit("missiv", "rk-u2017-samling-for-skolan")
    assert len(remiss.remissinstanser) == len(facit["remissinstanser"])


# --- a numbered list in two text columns: wrapped names on rows of their own -----------------------------

def test_numrerad_lista_i_tva_textspalter_laser_radbrutna_namn_hela(tmp_path: Path) -> None:
    """missiv/rk-x2017-utbildning-undervisning-och printed from the web with the list in two text columns:
    a wrapped rest ('utbildningspolitisk utvärdering') stands beside the other column's next item; the
    numbers 1–120, whole, say how many names there are, so that reading is taken over a looser one."""
    from remiss.pipeline import tolka_fil

    fil = _las("rk-x2017-utbildning-undervisning-och", "webbutskrift", "pdf", tmp_path)
    (remiss,) = tolka_fil(fil)
    namn = [i.namn for i in remiss.remissinstanser]
    facit = _facit("missiv", "rk-x2017-utbildning-undervisning-och")["remissinstanser"]
    assert len(namn) == len(facit)
    assert "Institutet för arbetsmarknads- och utbildningspolitisk utvärdering" in namn


# --- headings in bold only (no size change) ------------------------------------------------------------

def test_yttrande_med_rubrik_bara_i_fetstil_hittas(tmp_path: Path) -> None:
    """yttranden/lo-vard-glesbygd with its title set in bold at the body's size over two lines
    (brevtabell): the title is a heading, so the remissvar is found as in its own layout."""
    from remiss.kontroll import kontrollera_fil

    fil = _las("lo-vard-glesbygd", "brevtabell", "pdf", tmp_path)
    assert len(kontrollera_fil(fil)) == 1


def test_kort_webbnotis_bradtextens_storlek_efter_tecken_inte_rader(tmp_path: Path) -> None:
    """yttranden/lo-vard-glesbygd printed from a browser: three title rows at 18 pt and three body rows at
    10 pt; the body is the size most characters are set in, so the title is larger and a heading."""
    from remiss.kontroll import kontrollera_fil

    fil = _las("lo-vard-glesbygd", "webbutskrift", "pdf", tmp_path)
    assert len(kontrollera_fil(fil)) == 1


@pytest.mark.parametrize(("mapp", "ident"), [
    ("missiv", "rk-n2015-06917"),  # the dnr alone under the title is no rest of it
    ("prov2", "rk-m2019-skb-kompletterande-yttrande"),  # '… enligt 17 kap.' / 'miljöbalken': no full stop
])
def test_titel_i_utskriven_webbsida(mapp: str, ident: str, tmp_path: Path) -> None:
    """A web page printed from a browser wraps its 18 pt title elsewhere than the page did: the title is
    joined over an abbreviation's point, and the diarienummer shown under it is not joined to it."""
    from remiss.pipeline import tolka_fil

    (remiss,) = tolka_fil(_las(ident, "webbutskrift", "pdf", tmp_path))
    assert remiss.titel == _facit(mapp, ident)["titel"]


def test_lang_cell_intill_nasta_kolumn_delas_vid_kolumnens_kant() -> None:
    """A Word table saved as PDF by LibreOffice: '4. Sveriges Kommuner och Landsting (SKL)' runs up to the
    second column, less than a column gap before '11. Falck Vägassistans'; the second column's left edge,
    where three other rows start a cell, splits it."""
    from remiss.layout import Piece, rows_of

    def piece(text: str, x0: float, top: float) -> Piece:
        return Piece(text=text, x0=x0, top=top, x1=x0 + 5.0 * len(text), bottom=top + 11, size=11.0,
                     bold=False)

    rows = rows_of([
        piece("1. Polismyndigheten", 90, 215), piece("8. Svenska Transportarbetareförbundet", 306, 215),
        piece("2. Transportstyrelsen", 90, 228), piece("9. Kommunal", 306, 228),
        piece("3. Trafikverket", 90, 241), piece("10. Assistancekåren", 306, 241),
        piece("4. Sveriges Kommuner och Landsting", 90, 254), piece("11. Falck Vägassistans", 266, 254),
        piece("Sista dag att svara på remissen är", 90, 319),
        piece("fredagen den 22 januari 2016.", 266, 319),
    ])
    assert rows[3].cells_x == ()  # a piece at 266, where no column starts, stays a word of the row
    rows = rows_of([
        piece("1. Polismyndigheten", 90, 215), piece("8. Svenska Transportarbetareförbundet", 306, 215),
        piece("2. Transportstyrelsen", 90, 228), piece("9. Kommunal", 306, 228),
        piece("3. Trafikverket", 90, 241), piece("10. Assistancekåren", 306, 241),
        piece("4. Sveriges Kommuner och Landsting (SKL)", 90, 254), piece("11. Falck Vägassistans", 306, 254),
    ])
    assert rows[3].text == "4. Sveriges Kommuner och Landsting (SKL) | 11. Falck Vägassistans"
    assert rows[3].cells_x == (90, 306)
