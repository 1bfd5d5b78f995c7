"""Layout dependences found by `bench_layoutbyte --nya` (session 13): fields right in the document's own
layout and wrong in another. Each cause has a named test on lines as the reader makes them, and the corpus
text rendered in the layout that failed (as bench_layoutbyte does) is read right."""

# ruff: noqa: E501  (the documents' own lines are kept as they stand)

from __future__ import annotations

import copy
from pathlib import Path

from remiss.domain import Line
from remiss.instanser import find_instanser
from remiss.numrerad_lista import numbered_list

VANSTER, HOGER = 94.2, 321.7  # the two text columns' left edges in brevtabell


def _las(spec_id: str, layout: str, format_: str, tmp_path: Path) -> Path:
    """Render a corpus spec in another layout (as bench_layoutbyte does) and return the file."""
    from bench import bench_layoutbyte
    from tests.korpus import rendera

    spec = copy.deepcopy(next(s for s in rendera.specs() if s["id"] == spec_id))
    spec.update(layout=layout, format=format_)
    return bench_layoutbyte._bygg(rendera, spec, tmp_path)


def _ratt(mapp: str, spec_id: str, layout: str, falt: str, tmp_path: Path) -> bool:
    """Return True when the field read from the spec rendered in layout is right as the corpus counts it."""
    from tests.korpus import jamfor

    dok = next(d for d in jamfor.dokument((mapp,)) if d.id == spec_id)
    return jamfor.jamfor(dok, jamfor.kor(_las(spec_id, layout, "pdf", tmp_path)))[falt].ratt


def _rad(cells: list[tuple[str, float]], top: float, *, page: int = 1) -> Line:
    """A row of cells (text, left edge) as the reader makes it: cells joined by ' | '."""
    text = " | ".join(c for c, _ in cells)
    if len(cells) == 1:
        return Line(text=text, page=page, number=0, top=top, size=11.0, x0=cells[0][1])
    return Line(text=text, page=page, number=0, top=top, size=11.0, x0=cells[0][1],
                cells_x=tuple(x0 for _, x0 in cells))


# --- list geometry: the documents sent, bulleted beside the numbered list in its second column -------------

def test_punktlistan_bredvid_numrerade_listan_i_andra_spalten(tmp_path: Path) -> None:
    """missiv/rk-n2015-08683 in brevtabell and a5: the numbered list runs 1–42 in two columns and the
    documents sent ('* Naturvårdsverkets redovisning av' / 'regeringsuppdrag' / …) follow 42 in the second
    column, beside 7–36 in the first. A bullet's rest ending with a full stop ('rapport 6673).') ended the
    numbered list at 11, and the reading without layout, which took the bullets for names, won. A bulleted
    item's rest may end with a full stop; a numbered list 1–N read whole beats a reading that only adds
    names that start bulleted lines."""
    rader = [Line(text="Remissinstanser:", page=1, number=0, top=170, size=11.0, x0=77.2, bold=True),
             _rad([("41. Viltmästareförbundet", VANSTER)], 180),
             _rad([("6. Länsstyrelsen i Kronobergs län", VANSTER), ("42. Världsnaturfonden WWF", HOGER)], 279),
             _rad([("7. Länsstyrelsen i Kalmar län", VANSTER), ("* Naturvårdsverkets redovisning av", HOGER)], 294),
             _rad([("8. Länsstyrelsen i Blekinge län", VANSTER), ("regeringsuppdrag", HOGER)], 308),
             _rad([("9. Länsstyrelsen i Skåne län", VANSTER), ("* En utvärdering av svensk", HOGER)], 323),
             _rad([("10. Länsstyrelsen i Hallands län", VANSTER), ("kronhjortsförvaltning, (Naturvårdsverkets", HOGER)], 338),
             _rad([("rapport 6673).", HOGER)], 352),
             _rad([("11. Länsstyrelsen i Värmlands län", VANSTER)], 357),
             _rad([("12. Länsstyrelsen i Örebro län", VANSTER), ("* Jägarnas Riksförbund har hemställt om", HOGER)], 368),
             _rad([("allmän jakt på kronhjort", HOGER)], 382),
             _rad([("13. Länsstyrelsen i Västmanlands län", VANSTER)], 388),
             _rad([("(N2015/07540/FJR).", HOGER)], 396),
             Line(text="Remissvaren ska ha kommit in till Näringsdepartementet senast den 31 mars 2016.", page=1,
                  number=0, top=420, size=11.0, x0=77.2)]
    del rader[1]
    names, whole = numbered_list(rader[1:])
    assert names == ["Länsstyrelsen i Kronobergs län", "Länsstyrelsen i Kalmar län", "Länsstyrelsen i Blekinge län",
                     "Länsstyrelsen i Skåne län", "Länsstyrelsen i Hallands län", "Länsstyrelsen i Värmlands län",
                     "Länsstyrelsen i Örebro län", "Länsstyrelsen i Västmanlands län", "Världsnaturfonden WWF"]
    assert not whole  # the excerpt starts at 6
    for layout in ("brevtabell", "a5"):
        assert _ratt("missiv", "rk-n2015-08683", layout, "remissinstanser", tmp_path)


def test_numrerad_lista_hel_fran_ett_mot_punkter_lasta_som_namn() -> None:
    """The whole numbered list wins over a reading that has each of its names and, beyond them, only the
    texts of bulleted lines; not over one with a name more that no bullet starts."""
    rader = [Line(text="Remissinstanser", page=1, number=0, top=100, size=11.0, x0=77.2, bold=True),
             _rad([("1. Skogsstyrelsen", VANSTER), ("3. Sametinget", HOGER)], 120),
             _rad([("2. Naturvårdsverket", VANSTER), ("* Naturvårdsverkets rapport", HOGER)], 134),
             _rad([("(N2015/06887/FJR).", HOGER)], 140)]
    assert [i.namn for i in find_instanser(rader)[0]] == ["Skogsstyrelsen", "Naturvårdsverket", "Sametinget"]


# --- page furniture: a printed mail's header is not the letter -------------------------------------------

def test_typmodellen_laser_brevet_under_epostens_huvud(tmp_path: Path) -> None:
    """yttranden/skogsindustrierna-informationsbehov-remissvar in the Outlook print: the mailbox's name,
    'Till: | registrator@kommunen.se', 'Ämne: | Remissvar: …' and 'Bifogade filer: …' stood before the
    remissvar. The learned type read them with the letter (yttrande 0,69, under its threshold), so the
    check, which asks it of a remissvar its cues miss, did not recognise the letter it recognises printed on
    its own (0,74). The model reads what `split.classify_scored` reads: the letter under the header."""
    from remiss import typmodell as tm

    def rad(text: str) -> Line:
        return Line(text=text, page=1, number=0)

    brev = [rad("Remissvar: Regeringsuppdraget Informationsbehov för god miljöhänsyn"),
            rad("Skogsindustrierna har beretts möjlighet att lämna synpunkter på ovanstående utredning.")]
    huvud = [rad("Registrator"), rad("Till: | registrator@kommunen.se"),
             rad("Ämne: | Remissvar: Regeringsuppdraget Informationsbehov för god miljöhänsyn"),
             rad("Bifogade filer: skogsindustrierna-informationsbehov-remissvar.pdf")]
    assert tm.bedom(huvud + brev).forklaring() == tm.bedom(brev).forklaring()
    assert _ratt("yttranden", "skogsindustrierna-informationsbehov-remissvar", "epostutskrift", "dokumenttyp", tmp_path)
