"""A publication's own number on a heading line is the document's name, no diarienummer (g0vse, 41)."""

import pytest

from remiss.extract.core import stamp_stripped


@pytest.mark.parametrize("rubrik", [
    # g0vse remiss-av-ds.202228-en-fortsatt-starkt-arbetsloshetsforsakring: the Ds number written with a dot
    "Ds.2022:28 En fortsatt stärkt arbetslöshetsförsäkring",
    # the same class in other words: a betänkande's number in brackets last
    "Remiss av betänkandet Fri hyressättning vid nyproduktion av bostäder (SOU 2021:50)",
    "Prop.2023:12 Ändrade regler om föräldrapenning",
])
def test_publikationens_nummer_star_kvar(rubrik: str) -> None:
    assert stamp_stripped(rubrik) == rubrik


@pytest.mark.parametrize(("rubrik", "vantat"), [
    # g0vse remiss-n201704696rs: the ministry's diarienummer before the matter is no part of it
    ("N2017/04696/RS Ändringar i jaktförordningen", "Ändringar i jaktförordningen"),
    ("Remiss av förslag till ny avfallsplan (KS 2023/145)", "Remiss av förslag till ny avfallsplan"),
    ("Dnr SOU 2023/145 Remiss av förslag till ny avfallsplan", "Remiss av förslag till ny avfallsplan"),
])
def test_diarienumret_tas_bort(rubrik: str, vantat: str) -> None:
    assert stamp_stripped(rubrik) == vantat
