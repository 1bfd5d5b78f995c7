"""Layout dependences found by `bench_layoutbyte` in session 24: fields right in a real document's own layout
and wrong in another. Each cause has a named test on lines as the reader makes them (or the words in other
wording), and the corpus text rendered in the layout that failed (as bench_layoutbyte does) is read right."""

from __future__ import annotations

from pathlib import Path

import pytest

from remiss.domain import Line
from remiss.extract.text import Text
from tests.test_layout13 import _ratt


@pytest.mark.parametrize("layout", ["rk", "tabell", "vanster", "webb", "epost"])
def test_rubrikens_rader_med_avstand_fortsatter_med_preposition(layout: str, tmp_path: Path) -> None:
    """missiv/ox2-aurora-natanslutning-samrad (https://www.ox2.com/sv/sverige/projekt/aurora/samrad-
    natanslutning/) as PDF: the web page's heading is two paragraphs set alike ('Anslutning till svenska
    elnätet' / 'av vindpark Aurora'); the space between them ended the heading after its first line. A line
    set alike that goes on with a preposition in lower case goes on with the heading
    (core._open_end, GOES_ON_WITH)."""
    assert _ratt("missiv", "ox2-aurora-natanslutning-samrad", layout, "titel", tmp_path)


@pytest.mark.parametrize(
    ("text", "follow", "goes_on"),
    [
        ("Anslutning till svenska elnätet", "av vindpark Aurora", True),
        # the same in other words: another matter, another preposition
        ("Ny detaljplan", "för kvarteret Linden i Mora", True),
        ("Förslag till ändrade föreskrifter", "om eldningsförbud", True),
        # a capitalised line opens something else
        ("Anslutning till svenska elnätet", "Samråd pågår", False),
        # (robust27: a line set alike in lower case goes on with the heading whatever its first word, as a
        # transcript's heading lines kept as paragraphs show: 'Landsbygdsutveckling i strandnära' / 'läge',
        # prov18/nordmaling-lis-samrad, test_layout27; this case said False before)
        ("Anslutning till svenska elnätet", "avfallsplan 2030", True),
    ],
)
def test_rubrik_som_fortsatter_med_preposition_i_annan_ordalydelse(
    text: str, follow: str, goes_on: bool
) -> None:
    """A heading's next line set alike that opens with a preposition in lower case cannot stand alone."""
    from remiss.extract.core import _open_end

    assert _open_end(text, follow) is goes_on


@pytest.mark.parametrize("layout", ["vanster", "epost"])
def test_bolaget_i_vardens_ombrutna_adress_ar_ingen_avsandare(layout: str, tmp_path: Path) -> None:
    """missiv/ox2-aurora-natanslutning-samrad in the left and e-mail layouts: the postal address wraps after
    the host's name ('… via post till Aurora Nät AB, OX2,' / 'Box 2299, 103 17 Stockholm'), so the project's
    company in the host's address was taken for the sender; 'OX2 samråder …' holds the samråd (the address is
    read over the line break, avsandare._with_next)."""
    assert _ratt("missiv", "ox2-aurora-natanslutning-samrad", layout, "avsandare", tmp_path)


def test_bolaget_i_vardens_ombrutna_adress_i_annan_ordalydelse() -> None:
    """The same with other companies: the host invites, the project company's name stands first in the
    host's address wrapped over two lines."""
    from remiss.extract.avsandare import find_avsandare

    rader = [
        "Samråd om ny nätstation vid Norrby",
        "Vindparken ska anslutas till regionnätet. Samråd pågår.",
        "Vindkraft Norr AB samråder under våren om nätstationen vid Norrby och ledningen till den.",
        "Synpunkter lämnas senast den 15 april 2025 per e-post till norrby@vindkraftnorr.se eller per post "
        "till Norrby Nät AB, Vindkraft Norr AB,",
        "Box 120, 901 02 Umeå",
    ]
    lines = [Line(text=t, page=1, number=i) for i, t in enumerate(rader, 1)]
    found = find_avsandare(lines, Text.of(lines))
    assert found is not None and found.value == "Vindkraft Norr AB"
