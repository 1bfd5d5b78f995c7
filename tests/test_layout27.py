"""Layout and text-flaw dependences found by `bench_layoutbyte` and `bench_textfel` in session 27 (helper
robust27) on the reported set prov25/, never run through these benches before, and on the older folders: fields
right in a real document's own layout (or as built) and wrong in another layout (or with a transcript's flaw).
Each cause has a named test with the corpus text rendered where it failed (as the benches do) and a test of the
same class in other words that fails without the fix."""

# ruff: noqa: E501  (the documents' own lines are kept as they stand)

from __future__ import annotations

from pathlib import Path

import pytest

from remiss.domain import Handling, Line, Page
from tests.test_layout26 import _textfel


def _handling(texter: list[str]) -> Handling:
    lines = tuple(Line(text=t, page=1, number=i, top=100.0 + 20 * i, bottom=112.0 + 20 * i, size=11.0)
                  for i, t in enumerate(texter))
    return Handling(fil="t.pdf", pages=(Page(number=1, lines=lines),))


# --- a heading run into the answer's title with its colon (remiss.split.after_lead) ---------------------------

@pytest.mark.parametrize("fel", ["rubrik_i_stycket", "ett_stycke"])
def test_rubrik_med_kolon_inkord_i_yttrandets_titel(fel: str, tmp_path: Path) -> None:
    """prov25/tradplan-haga-station-samradsyttrande (Föreningen Trädplan Göteborg's samrådsyttrande) with a
    transcript's flaws: the page's lead 'Synpunkt på samråd Haga Station:' ran into the title under it,
    'Synpunkt på samråd Haga Station: Yttrande över Detaljplan för Västlänken, Station Haga …'; the answer's
    title was no longer found at a line's start, the deadline for its own supplements ('senast 5 dec 2014') made
    the page a missiv and the check found no yttrande. A short heading closed by its colon before a title is
    read past (split.after_lead, in the split's type and in the check's titles)."""
    assert _textfel("prov25", "tradplan-haga-station-samradsyttrande", fel, "dokumenttyp", tmp_path)


def test_rubrik_med_kolon_inkord_i_yttrandets_titel_i_annan_ordalydelse() -> None:
    """The same class in other words: another association and plan, 'Remissvar avseende' after the lead, the
    request to supplement with its date (before: a missiv, and no yttrande found); a missiv's
    own label before its colon ('Remiss: …', 'Begäran om yttrande: …') and a sentence are no lead."""
    from remiss.kontroll import kontrollera_handling
    from remiss.split import after_lead, classify

    texter = ["Vår kommentar till granskningen: Remissvar avseende detaljplan för Norra kajen i Ortby",
              "Föreningen Kajens vänner",
              "Föreningen vill att planen omarbetas så att kajens träd sparas och att gångstråket längs vattnet blir kvar.",
              "Vi ber också att få komplettera med fler synpunkter från medlemmarna senast den 1 mars 2024."]
    assert classify(_handling(texter).lines) == "yttrande"
    assert kontrollera_handling(_handling(texter))[0].igenkant
    assert after_lead(texter[0]).startswith("Remissvar avseende")
    assert after_lead("Remiss: Yttrande över förslag till ny taxa") == ""
    assert after_lead("Begäran om yttrande: Förslag till ny taxa") == ""
    assert after_lead("Vi har läst förslaget och vill säga följande. Detta: Yttrande") == ""
