"""Layout and text-flaw dependences found by `bench_layoutbyte` and `bench_textfel` in session 30 (helper
robust30) on the reported set prov28/, never run through these benches before, and the older leftovers: fields
right in a real document's own layout (or as built) and wrong in another layout (or with a transcript's flaw).
Each cause has a named test with the corpus text rendered where it failed (as the benches do), or the page's own
pieces as the reader gets them, and a test of the same class in other words that fails without the fix."""

# ruff: noqa: E501  (the documents' own lines are kept as they stand)

from __future__ import annotations

import copy
import shutil
from pathlib import Path

import pytest

from remiss.domain import Line


def _rader(texter: list[str]) -> list[Line]:
    """Lines one under the other, as the reader gives a page's text."""
    return [Line(text=t, page=1, number=i + 1, top=60.0 + 14 * i, bottom=70.0 + 14 * i, size=10.0, x0=40.0)
            for i, t in enumerate(texter)]


def _ratt_libreoffice(mapp: str, spec_id: str, layout: str, falt: str, tmp_path: Path) -> bool:
    """Return True when the field read from the spec's Word layout saved as PDF by LibreOffice is right."""
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) saknas")
    from bench import bench_layoutbyte
    from tests.korpus import jamfor, rendera

    spec = copy.deepcopy(next(s for s in rendera.specs(mapp) if s["id"] == spec_id))
    spec.update(layout=layout, format="libreoffice")
    dok = next(d for d in jamfor.dokument((mapp,)) if d.id == spec_id)
    fil = bench_layoutbyte._bygg(rendera, spec, tmp_path)
    return bool(jamfor.jamfor(dok, jamfor.kor(fil))[falt].ratt)


# --- a case number broken at its hyphen by the line break (kontroll.hitta._hela_nummer) ------------------------

def test_nummer_brutet_vid_bindestrecket_med_libreoffice(tmp_path: Path) -> None:
    """prov28/kronofogden-kreditupplysning-yttrande in the table layout saved as PDF by LibreOffice: the title's
    line '… kreditupplysning (Ju2008/4277/L2) Dnr 801-' / '13764-08/112 2008-09-04' breaks the own number after
    its first hyphen, and the yttrande's number became '801'. A labelled number that ends the line at a hyphen
    takes the digits that open the next line."""
    assert _ratt_libreoffice("prov28", "kronofogden-kreditupplysning-yttrande", "tabell", "diarienummer", tmp_path)


def test_nummer_brutet_vid_bindestrecket_i_annan_ordalydelse() -> None:
    """The same class in other words: another body's number in another form, broken at its hyphen after the
    label, is read whole; a span of years broken at the line end, and a label whose next line opens with words,
    are left as they are."""
    from remiss.kontroll.hitta import _hela_nummer

    hela = _hela_nummer(_rader(["Svar på remiss om regional utvecklingsstrategi, Diarienummer: RS 05-",
                                "0219-21. Regionstyrelsen har tagit del av förslaget."]))
    assert hela[0].text.endswith("Diarienummer: RS 05-0219-21")
    assert hela[1].text.startswith("0219-21.")
    ar = _rader(["Nämnden har under åren 2019-", "2021 arbetat med frågan."])
    assert [r.text for r in _hela_nummer(ar)] == [r.text for r in ar]
    ord_ = _rader(["Vårt dnr 801-", "anges i ämnesraden."])
    assert [r.text for r in _hela_nummer(ord_)] == [r.text for r in ord_]


# --- a number only in the letterhead, which the web and e-mail layouts do not print (bench_layoutbyte) ---------

def test_nummer_bara_i_brevhuvudet_ar_inget_layoutberoende(tmp_path: Path) -> None:
    """prov28/bolagsverket-forenklingar-aktiebolagslagen-yttrande in the web layout: the own number 'AD
    41-626/2009' stands only in the letterhead ('Vårt ärendenummer'), which the web layout does not print, so
    the document as rendered names only the department's '(dnr Ju2009/3395/L1)', which the facit rules give
    it. The bench counts such a number apart, not as a layout dependence; a number the variant prints is
    still compared."""
    from bench import bench_layoutbyte
    from tests.korpus import jamfor, rendera

    spec = copy.deepcopy(next(s for s in rendera.specs("prov28")
                              if s["id"] == "bolagsverket-forenklingar-aktiebolagslagen-yttrande"))
    spec.update(layout="webb", format="pdf")
    fil = bench_layoutbyte._bygg(rendera, spec, tmp_path)
    assert bench_layoutbyte._ej_utskrivet(jamfor, fil, "diarienummer", "AD 41-626/2009")
    assert not bench_layoutbyte._ej_utskrivet(jamfor, fil, "diarienummer", "Ju2009/3395/L1")
    assert not bench_layoutbyte._ej_utskrivet(jamfor, fil, "titel", "AD 41-626/2009")
