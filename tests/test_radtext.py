"""extract.text.LineText: the lines joined by line breaks, and the line an offset falls in."""

from __future__ import annotations

from remiss.domain import Line
from remiss.extract.text import LineText, Text


def _lines(*rows: str) -> list[Line]:
    return [Line(text=row, page=1, number=i) for i, row in enumerate(rows, 1)]


def test_rader_fogas_med_radbrytning_och_strippas() -> None:
    """Each line stands stripped on its own row, so a pattern's line start sees where a line begins."""
    rows = LineText.of(_lines("  Inbjudan till samråd ", "Vi på Exempel AB bjuder in"))
    assert rows.joined == "Inbjudan till samråd\nVi på Exempel AB bjuder in"


def test_utskrivet_mejls_celler_blir_mellanslag_utom_nar_de_ska_sta_kvar() -> None:
    """A printed mail's ' | ' between cells becomes a space; cells=False keeps the line as it stands."""
    lines = _lines("Ämne: | Turvas arbetsgrupp har kommit med ett förslag")
    assert LineText.of(lines).joined == "Ämne: Turvas arbetsgrupp har kommit med ett förslag"
    assert LineText.of(lines, cells=False).joined == "Ämne: | Turvas arbetsgrupp har kommit med ett förslag"


def test_raden_for_en_position() -> None:
    """The line an offset in the joined text falls in, by index and as the line itself."""
    lines = _lines("Rubrik", "Exempel kommun planerar", "en ny väg")
    rows = Text.of(lines).by_line()
    at = rows.joined.index("planerar")
    assert rows.index_at(at) == 1
    assert rows.line_at(at) is lines[1]
    assert rows.line_at(rows.joined.index("väg")) is lines[2]
    assert rows.line_at(0) is lines[0]
