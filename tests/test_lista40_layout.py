"""Layout dependences left after session 39 and fixed by lista40 (`bench_layoutbyte --nya`): fields right in a
real document's own layout and wrong in one of the letter forms of tests/korpus/rendera_brev.py. Each class has
a named test with the corpus text rendered in the form where it failed, and a test in other words. The list
in the A5 booklet is in tests/test_riktiga_lista40.py."""

# ruff: noqa: E501  (the documents' own lines are kept as they stand)

from __future__ import annotations

from pathlib import Path

from remiss.domain import Line
from remiss.extract.text import Found
from tests.test_layout39 import _ratt


def _rad(text: str, top: float, *, bold: bool = False, size: float = 11.0) -> Line:
    """A line of a printed page: its text at 5.5 points a character from the left margin."""
    return Line(text=text, page=1, number=int(top), top=top, bottom=top + size, size=size, bold=bold,
                x0=60.0, x1=60.0 + 5.5 * len(text))


# --- a short bold line over the heading set alike is no sentence the heading goes on (core.title_from_layout) ---

def test_bilagans_rubrikrad_over_rubriken_ar_ingen_mening(tmp_path: Path) -> None:
    """missiv/goteborg-kultur-plan-kulturprogrammet-remissbrev in the epostutskrift form: 'Bilaga 3 - Brev till
    remissinstanser' and 'Remisshantering för Göteborgs Stads Plan för kulturprogrammet 2023 - 2026' are both
    bold at the body's size in the Outlook print (in the letter the heading is larger); the first ends in a
    word in lower case, so the heading was read as that line's sentence going on, and the sub-heading
    'Syftet med remissen' became the title."""
    assert _ratt("missiv", "goteborg-kultur-plan-kulturprogrammet-remissbrev", "epostutskrift", "pdf", "titel",
                 tmp_path)


def test_bilagans_rubrikrad_i_annan_ordalydelse() -> None:
    """The same class in other words: a short line with room left for the next line's first word ends there,
    and the bold line under it is a heading; a line that fills the width and ends in lower case still goes on
    into the next."""
    from remiss.extract.core import title_from_layout

    brodtext = "Kommunen har tagit fram ett förslag till ny avfallsplan som nu skickas till berörda nämnder."
    sidan = [_rad("Bilaga 1 - Brev till remissinstanser", 100, bold=True),
             _rad("Remisshantering för Kungsbacka kommuns avfallsplan 2026-2030", 115, bold=True),
             _rad(brodtext, 140),
             _rad("Syftet med remissen", 170, bold=True),
             _rad("Nämnderna får möjlighet att lämna synpunkter på förslaget innan det går vidare.", 185)]
    found = title_from_layout(sidan)
    assert found is not None and found.line is sidan[1]
    full = [_rad("Kommunstyrelsen har i dag beslutat att skicka förslaget till ny avfallsplan för", 100,
                 bold=True),
            _rad("Kungsbacka kommun på remiss till nämnderna och de kommunala bolagen", 115, bold=True),
            _rad(brodtext, 140),
            _rad("Syftet med remissen", 170, bold=True)]
    found = title_from_layout(full)
    assert found is None or found.line is not full[1]


# --- the procedure after a title completed from the text is no part of it (core._completed_sentence) ----------

def test_forfarandet_efter_planens_namn_i_meningen(tmp_path: Path) -> None:
    """missiv/kristianstad-hammar9151-dp-granskning in the webbutskrift form: the page's heading is only the
    property ('Hammar 9:151'); the sentence '… godkänna Detaljplan för del av Hammar 9:151 i' / 'Kristianstad
    för granskning.' breaks after 'i', and the title completed from where the text repeats it ran to the
    sentence's end, procedure and all ('… i Kristianstad för granskning')."""
    assert _ratt("missiv", "kristianstad-hammar9151-dp-granskning", "webbutskrift", "pdf", "titel", tmp_path)


def test_forfarandet_efter_planens_namn_i_annan_ordalydelse() -> None:
    """The same class in other words: a title cut after 'i' is completed to the sentence's end without the
    procedure it is put to ('för samråd'); a place alone completes it as before."""
    from remiss.extract.core import _completed_sentence

    rader = [_rad("Byggnadsnämnden beslutade den 3 mars att godkänna Detaljplan för del av Kvarnen 3:12 i", 100),
             _rad("Ludvika för samråd. Samrådstiden är 10 mars - 7 april 2026.", 115)]
    titel = Found("Detaljplan för del av Kvarnen 3:12 i", rader[0], "planens namn")
    assert _completed_sentence(titel, rader).value == "Detaljplan för del av Kvarnen 3:12 i Ludvika"
    rader[1] = _rad("Ludvika. Samrådstiden är 10 mars - 7 april 2026.", 115)
    assert _completed_sentence(titel, rader).value == "Detaljplan för del av Kvarnen 3:12 i Ludvika"
