"""Clean-up of session 39 (stad39): repeats folded into one piece of code, and the one edge the fold fixed."""

from __future__ import annotations

from remiss.domain import Line
from remiss.extract.core import _heading_block, _heading_wrapped, _labelled_document, choose_titel
from remiss.extract.text import Found


def _rubrik(texter: list[str], *, luft: float, size: float = 15.0) -> list[Line]:
    """Bold lines of one size one under the other, `luft` points apart (a heading's lines)."""
    out, top = [], 100.0
    for i, text in enumerate(texter):
        out.append(Line(text=text, page=1, number=i + 1, top=top, bottom=top + size, size=size, bold=True))
        top += size + luft
    return out


# --- core._labelled_document reads as _matched_matter does: an empty title is no title ----------------------

def test_etikett_som_bara_namnger_slaget_ger_ingen_tom_titel() -> None:
    """A label that names only the kind ('Remissen avser: Remissversion.', which cleaning leaves empty) gives
    no document, so the sentence below that names the remiss is the title; before, the label's empty title
    stopped the search and the title came out ''."""
    assert _labelled_document([Line("Remissen avser: Remissversion.", 1, 1)]) is None
    sidan = [Line("Remissen avser: Remissversion.", 1, 1),
             Line("Regionen skickar ut en remiss gällande förslag till regional kulturplan för Region "
                  "Exempel 2025–2028.", 1, 2)]
    found = choose_titel(sidan)
    assert found is not None
    assert found.value == "förslag till regional kulturplan för Region Exempel 2025–2028"


def test_etikett_som_namnger_dokumentet_ger_det() -> None:
    """'Handling som delges: X.' still gives X, cleaned as a title."""
    found = _labelled_document([Line("Handling som delges: Förslag till detaljplan för Kv Sprinten.", 1, 1)])
    assert found is not None and found.value == "Förslag till detaljplan för Kv Sprinten"


# --- core._heading_wrapped and core._heading_block share the lines under a heading -------------------------

def test_ombruten_rubrik_stannar_vid_luckan_rubrikblocket_gar_over_den() -> None:
    """_heading_wrapped joins the heading's lines set close in its face, not over an empty line's space;
    _heading_block, which has the title to look for, runs over the space until the title is in its text."""
    tatt = _rubrik(["Samråd om ny avfallsplan för", "Ale kommun 2025–2030"], luft=3.0)
    glest = _rubrik(["Samråd om ny avfallsplan för", "Ale kommun 2025–2030"], luft=14.0)
    assert _heading_wrapped(tatt, tatt[0]) == "Samråd om ny avfallsplan för Ale kommun 2025–2030"
    assert _heading_wrapped(glest, glest[0]) == "Samråd om ny avfallsplan för"
    titel = Found("ny avfallsplan för Ale kommun 2025–2030", glest[0])
    assert _heading_block(glest, titel) == "Samråd om ny avfallsplan för Ale kommun 2025–2030"
    assert _heading_block(glest, Found("ny avfallsplan", glest[0])) == "Samråd om ny avfallsplan för"
    annan = Found("avfallsplan för Lilla Edet", glest[0])  # not under it: the heading's own line
    assert _heading_block(glest, annan) == "Samråd om ny avfallsplan för"
