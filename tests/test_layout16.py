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
