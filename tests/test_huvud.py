"""The key-value header reader (remiss/huvud.py): labels as data, label and value paired by geometry."""
# ruff: noqa: E501

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from remiss.domain import Line
from remiss.huvud import familjer, forsta, las_huvud

MODELL = Path(__file__).resolve().parent.parent / "modeller" / "huvud.toml"
DATA = tomllib.loads(MODELL.read_text(encoding="utf-8"))


def rader(*texts: str) -> list[Line]:
    """Given row texts, return Lines without boxes (as a DOCX gives them)."""
    return [Line(text=text, page=1, number=i) for i, text in enumerate(texts, 1)]


def rad(text: str, top: float, x0: float, *, cells_x: tuple[float, ...] = (), x1: float | None = None,
        number: int = 1) -> Line:
    """Return a Line with a box, 10 points high, as a PDF read by position gives it."""
    return Line(text=text, page=1, number=number, top=top, bottom=top + 10, x0=x0,
                x1=x1 if x1 is not None else x0 + 6 * len(text), size=10.0, cells_x=cells_x)


EXEMPEL = [(f["namn"], e["rader"], e["varde"]) for f in DATA["familj"] for e in f["exempel"]]
MOTEXEMPEL = [(f["namn"], m) for f in DATA["familj"] for m in f["motexempel"]]


@pytest.mark.parametrize(("familj", "texts", "varde"), EXEMPEL, ids=lambda v: str(v)[:40])
def test_varje_exempel_ger_sin_familj_sitt_varde(familj: str, texts: list[str], varde: str) -> None:
    """Every example in modeller/huvud.toml gives its family the value written beside it."""
    found = forsta(las_huvud(rader(*texts)), familj)
    assert found is not None and found.varde == varde


@pytest.mark.parametrize(("familj", "texts"), MOTEXEMPEL, ids=lambda v: str(v)[:40])
def test_inget_motexempel_ger_familjen_ett_varde(familj: str, texts: list[str]) -> None:
    """No counter-example in modeller/huvud.toml gives its family a value."""
    assert forsta(las_huvud(rader(*texts)), familj) is None


def test_varje_familj_har_exempel_och_motexempel_och_inga_dubbletter() -> None:
    """Each family has examples and counter-examples; no label word belongs to two families."""
    seen: dict[str, str] = {}
    for familj in DATA["familj"]:
        assert familj["exempel"] and familj["motexempel"], familj["namn"]
        assert familj["varde"] in ("datum", "dnr", "text")
        for word in familj["ord"]:
            key = word.rstrip(":").lower()
            assert key not in seen, f"{word} i både {seen.get(key)} och {familj['namn']}"
            seen[key] = familj["namn"]
    assert {f.namn for f in familjer()} >= {"datum", "dnr", "er_referens", "avsandare", "handlaggare"}


def test_varde_under_etiketten_i_cellen_som_borjar_pa_samma_x() -> None:
    """'Datum | Diarienummer' over a row of three cells: each label takes the cell that starts under it."""
    lines = [
        rad("Datum | Diarienummer", 100, 300, cells_x=(300, 420), x1=490),
        rad("Socialkontoret | 2024-03-01 | KS 2024/123", 112, 72, cells_x=(72, 301, 421), x1=480, number=2),
    ]
    falt = las_huvud(lines)
    assert [(f.familj, f.varde, f.satt) for f in falt] == [
        ("datum", "2024-03-01", "under"), ("dnr", "KS 2024/123", "under")]
    assert falt[1].rader == (lines[0], lines[1]) and falt[1].rad is lines[1]


def test_varde_under_som_inte_borjar_under_etiketten_tas_inte() -> None:
    """A row below that starts far from the label's left edge is not its value."""
    lines = [rad("Diarienummer", 100, 420), rad("KS 2024/123", 112, 72, number=2)]
    assert las_huvud(lines) == []


def test_rad_langt_under_ar_inget_varde() -> None:
    """A row a paragraph below the label row is not its value."""
    lines = [rad("Diarienummer", 100, 72), rad("KS 2024/123", 160, 72, number=2)]
    assert las_huvud(lines) == []


def test_rad_med_etiketter_over_rad_med_varden_i_ordning() -> None:
    """A row of labels alone over a row of values: the values are taken in the labels' order."""
    lines = [rad("Datum Diarienummer", 100, 72), rad("2018-03-26 401-790-18", 112, 72, number=2)]
    assert [(f.familj, f.varde) for f in las_huvud(lines)] == [("datum", "2018-03-26"), ("dnr", "401-790-18")]


def test_etikettrad_efter_ett_dokumentord_pairas_inte_med_vanstermarginalen() -> None:
    """'REMISSVAR DATUM BETECKNING …' over a value at the left margin: the value is under REMISSVAR, not
    under a label (a real yttrande from Statens historiska museer, tests/korpus/prov2)."""
    lines = [rad("REMISSVAR DATUM BETECKNING ERT DATUM ER BETECKNING", 71, 77.9, x1=404),
             rad("Ku2001/341/Ka", 91, 77.9, x1=156.6, number=2)]
    assert las_huvud(lines) == []


def test_etikett_och_varde_i_olika_celler_pa_samma_rad() -> None:
    """'Ärendenr: | NV-05012-14' (Naturvårdsverket): the value is the next cell."""
    falt = las_huvud([rad("Ärendenr: | NV-05012-14", 130, 240, cells_x=(240, 360))])
    assert [(f.etikett, f.varde, f.satt) for f in falt] == [("Ärendenr", "NV-05012-14", "nästa cell")]


def test_er_referens_hålls_isär_från_vårt_diarienummer() -> None:
    """'Diarienummer 451-9410-2019 Er referens Fö2019/00661/RS' (Länsstyrelsen i Norrbotten)."""
    falt = las_huvud(rader("Diarienummer 451-9410-2019 Er referens Fö2019/00661/RS 1 (2)"))
    assert [(f.familj, f.varde) for f in falt] == [("dnr", "451-9410-2019"), ("er_referens", "Fö2019/00661/RS")]


def test_etikett_i_parentes_ar_en_hanvisning() -> None:
    """'Svar på: (BUMS) S2018:13 (Dnr S2020/05216/SF)' names the remiss's number, not a header field."""
    assert las_huvud(rader("Svar på: (BUMS) S2018:13 (Dnr S2020/05216/SF)")) == []


def test_etikett_i_lang_lopande_text_utan_kolon_ar_ingen_etikett() -> None:
    """A capitalised label word in a long sentence is no header label."""
    text = "Diarienummer KS 2024/12 ska anges när svaret skickas till kommunstyrelsen senast den 1 mars 2024."
    assert las_huvud(rader(text)) == []


def test_forklaring_sager_hur_etikett_och_varde_parades() -> None:
    """The explanation names the label and how the value was paired."""
    falt = las_huvud(rader("Vår referens", "KS/2023:145"))
    assert falt[0].forklaring() == "etiketten 'Vår referens' i brevhuvudet, värdet i raden under etiketten"


def test_cellrad_som_delas_behaller_varje_cells_kanter() -> None:
    """A header row cut into one line per cell ('Datum | Diarienummer') keeps each cell's left edge, so the
    value row below can be paired with its label by where it stands."""
    from remiss.clean import drop_furniture

    lines = [
        rad("Datum | Diarienummer", 67.5, 320.8, cells_x=(320.8, 420.8), x1=481.2),
        rad("2024-03-15 | 451-12345-2023", 79.0, 320.7, cells_x=(320.7, 420.0), x1=498.6, number=2),
    ]
    kept = drop_furniture(lines)
    assert [(line.text, line.x0) for line in kept[:2]] == [("Datum", 320.8), ("Diarienummer", 420.8)]
    assert [(f.familj, f.varde) for f in las_huvud(kept)] == [("datum", "2024-03-15"), ("dnr", "451-12345-2023")]


KORPUS = Path(__file__).resolve().parent / "korpus"


@pytest.mark.parametrize(
    ("fil", "vantat"),
    [
        # Länsstyrelsen i Norrbotten: 'Diarienummer 451-9410-2019 Er referens Fö2019/00661/RS 1 (2)'
        ("yttranden/lst-norrbotten-totalforsvaret.pdf",
         [("datum", "2019-11-11"), ("dnr", "451-9410-2019"), ("er_referens", "Fö2019/00661/RS")]),
        # Naturvårdsverket: 'Ärendenr: | NV-05012-14', the value in the next cell
        ("delad/k04_nv_trafikbuller.pdf", [("dnr", "NV-05012-14")]),
        # Konkurrensverket: 'Konkurrens, | Dnr 466/2025'
        ("delad/k13_konkurrensverket_elforsorjning.pdf", [("dnr", "466/2025")]),
        # Arboga kommun: 'Datum' over '2015-12-22'
        ("prov2/arboga-ks-regionalt-utvecklingsansvar.pdf", [("datum", "2015-12-22")]),
        # Word tables (no boxes): Huddinge's 'Handläggare | Björn Rosborg', Jämtlands läns landsting's
        # 'Jämtlands läns landsting | Dnr LS/842/2014'
        ("delad/k10_huddinge_ks_mottagande.docx", [("handlaggare", "Björn Rosborg")]),
        ("prov2/jll-ls-narkolepsi-ersattning.docx", [("dnr", "LS/842/2014")]),
    ],
)
def test_brevhuvudet_i_riktiga_dokument(fil: str, vantat: list[tuple[str, str]]) -> None:
    """The header fields of real letters (tests/korpus) are read with the right family and value."""
    from remiss.read import read_file

    lines = read_file(KORPUS / fil).pages[0].lines[:40]
    falt = las_huvud(lines)
    assert [(f.familj, f.varde) for f in falt if f.familj in {k for k, _ in vantat}][: len(vantat)] == vantat


DNR_DATA = tomllib.loads((MODELL.parent / "dnr.toml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("form", DNR_DATA["form"], ids=lambda f: f["namn"])
def test_varje_dnr_form_kanns_igen_i_sina_exempel(form: dict) -> None:
    """Every example of a dnr form in modeller/dnr.toml is read whole as a dnr; no counter-example is."""
    import re

    from remiss.extract.dnr import DNR_RE, is_year_span

    for value in form["exempel"]:
        assert re.fullmatch(form["monster"], value), value
        match = DNR_RE.fullmatch(value)
        assert match is not None and match.group("dnr") == value, value
    for value in form["motexempel"]:
        match = DNR_RE.fullmatch(value)
        assert match is None or is_year_span(value), value


@pytest.mark.parametrize("exempel", DNR_DATA["klass_efter_lopnummer"]["exempel"], ids=lambda e: e["varde"])
def test_klass_efter_lopnumret(exempel: dict) -> None:
    """Two digits after the serial ('KS2008/0120-51', modeller/dnr.toml [klass_efter_lopnummer]) are the class."""
    from remiss.extract.dnr import split_klassificering

    assert split_klassificering(exempel["varde"]) == (exempel["dnr"], exempel["klass"])


@pytest.mark.parametrize("varde", DNR_DATA["klass_efter_lopnummer"]["motexempel"])
def test_klass_efter_lopnumret_motexempel(varde: str) -> None:
    """A sub-number after a slash, a department's number or a year-serial number keeps its end."""
    from remiss.extract.dnr import split_klassificering

    assert split_klassificering(varde)[0] == varde


@pytest.mark.parametrize("exempel", DNR_DATA["utan_etikett"]["exempel"], ids=lambda e: e["dnr"])
def test_nummer_utan_etikett_exempel(exempel: dict) -> None:
    """A number of a form that needs no label (modeller/dnr.toml [utan_etikett]) is read where it stands."""
    from remiss.domain import Line
    from remiss.extract.dnr import utan_etikett_dnr

    assert utan_etikett_dnr([Line(text=exempel["rad"], page=1, number=1)]) == exempel["dnr"]


@pytest.mark.parametrize("rad_text", DNR_DATA["utan_etikett"]["motexempel"])
def test_nummer_utan_etikett_motexempel(rad_text: str) -> None:
    """A telephone number, an organisation number, a date or another form of dnr is no such number."""
    from remiss.domain import Line
    from remiss.extract.dnr import utan_etikett_dnr

    assert utan_etikett_dnr([Line(text=rad_text, page=1, number=1)]) is None


@pytest.mark.parametrize("exempel", DNR_DATA["huvudrad"]["exempel"], ids=lambda e: e["rad"])
def test_huvudradens_exempel(exempel: dict) -> None:
    """A short head row opening with a dnr (modeller/dnr.toml [huvudrad]) gives that dnr."""
    from remiss.extract.dnr import head_row_dnr

    assert head_row_dnr(exempel["rad"]) == exempel["dnr"]


@pytest.mark.parametrize("rad_text", DNR_DATA["huvudrad"]["motexempel"])
def test_huvudradens_motexempel(rad_text: str) -> None:
    """A row that is no head row with a dnr (a span of years, a date, a § with a label) gives none."""
    from remiss.extract.dnr import head_row_dnr

    assert head_row_dnr(rad_text) is None


def test_dnr_etiketten_i_lopande_text_kommer_ur_huvud_toml() -> None:
    """The running-text dnr label is built from modeller/huvud.toml's i_text words, never 'Er referens'."""
    from remiss.extract.dnr import DNR_LABEL

    for word in next(f["i_text"] for f in DATA["familj"] if f["namn"] == "dnr"):
        assert DNR_LABEL.search(f"Ange {word} KS 2024/1"), word
    assert DNR_LABEL.search("Er beteckning 2024/77") is None


def test_riksmote_ensamt_pa_en_rad_ar_inget_diarienummer() -> None:
    """yttranden/lu-barnkonventionen: '1998/99' alone on a line is riksdagens riksmöte (1998/99:LU1y), no dnr;
    '2016/155' alone is one."""
    from remiss.domain import Line
    from remiss.extract.dnr import find_diarienummer_header

    assert find_diarienummer_header([Line(text="FN:s konvention om barnets rättigheter", page=1, number=1),
                                     Line(text="1998/99", page=1, number=2)]) is None
    found = find_diarienummer_header([Line(text="2016/155", page=1, number=1)])
    assert found is not None and found.value == "2016/155"


def test_huvudtabell_last_kolumn_for_kolumn() -> None:
    """prov3/forsakringskassan-mer-trygghet in the rk layout (bench_layoutbyte): the header table comes
    out one cell a line, the labels first ('Datum', 'Vår beteckning'), then the values in the same order."""
    falt = las_huvud(rader("1 (44)", "REMISSYTTRANDE", "Datum", "Vår beteckning", "2015-08-14", "016522-2015",
                           "Socialdepartementet", "103 33 STOCKHOLM"))
    dnr = next(f for f in falt if f.familj == "dnr")
    assert dnr.varde == "016522-2015" and dnr.rad.text == "016522-2015"
    assert forsta(falt, "datum") is not None and forsta(falt, "datum").varde == "2015-08-14"  # type: ignore[union-attr]
    # a column whose values are not what the labels hold gives nothing
    assert not [f for f in las_huvud(rader("Datum", "Vår beteckning", "Socialdepartementet", "Remiss")) if f.familj == "dnr"]


def test_etiketter_pa_en_rad_med_vardena_efter_i_samma_ordning() -> None:
    """prov3/sjofartsverket-granser-i-havet (docplayer joins the header row): 'REMISSYTTRANDE 1 (37) Datum
    Vår beteckning 2015-08-24 15-01301'."""
    falt = las_huvud(rader("REMISSYTTRANDE 1 (37) Datum Vår beteckning 2015-08-24 15-01301"))
    assert [(f.familj, f.varde) for f in falt if f.familj in ("datum", "dnr")] == [("datum", "2015-08-24"), ("dnr", "15-01301")]


def test_dnr_brutet_i_smal_huvudcell_fortsatter_under_etiketten() -> None:
    """yttranden/livsmedelsverket-starkare-kommuner in the tabell layout (a narrow header table at the right):
    'Remissyttr 2020-06-01 Dnr 2020/0' over 'ande | 1057'. The cell broke the number where it was full and
    '2020/0' was read; the rest on the next line in the same size, starting where 'Dnr' starts, is the
    number's ('2020/01057'). tests/test_layout12.py reads the rendered corpus text."""
    rad = Line(text="Remissyttr 2020-06-01 Dnr 2020/0", page=1, number=3, top=93.9, size=10.5, x0=323.0, x1=522.3,
               bottom=104.0)
    under = Line(text="ande | 1057", page=1, number=4, top=107.9, size=10.5, x0=322.6, x1=489.5, bottom=116.0,
                 cells_x=(322.6, 464.9), cells_x1=(347.6, 489.5))
    dnr = forsta(las_huvud([rad, under]), "dnr")
    assert dnr is not None and dnr.varde == "2020/01057"
    stycke = Line(text="Sida 2 | 12", page=1, number=4, top=130.0, size=10.5, x0=322.6, x1=489.5,
                  cells_x=(322.6, 464.9), cells_x1=(350.0, 475.0))
    dnr = forsta(las_huvud([rad, stycke]), "dnr")
    assert dnr is not None and dnr.varde == "2020/0"  # a row further down is no rest of the cell
