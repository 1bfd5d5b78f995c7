"""Session 36's speed-ups of `remiss tolka` change no result: each shortcut answers as what it replaces."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from remiss import fastsearch
from remiss.extract import svarsdatum
from remiss.read import _GLYPH, _holds_glyph, clean_text
from remiss.split import signaler

SEEDS = Path(__file__).resolve().parent / "seeds"
# real sentences with characters beyond Latin-1 ('–', '”', '•'), as a web page or a Word file's PDF has them
BREDA = [
    "Samrådstiden pågår 8 september – 29 september 2017. ”Vi vill ha dina synpunkter”, skriver kommunen.",
    "• Minnesanteckningar från mötet den 3 maj 2021 – närvarande: Anna Berg, Per Holm",
    "Vi går igenom vilka punkter som står på dagordningen – synpunkter lämnas senast under granskningstiden.",
    "Rätten att överklaga kan gå förlorad – lämna synpunkter senast den 15 november 2017.",
]


def _texts() -> list[str]:
    """Return the seed texts and the sentences above, as written and in capitals."""
    texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))] + BREDA
    return texts + [t.upper() for t in texts]


def test_fold_lowers_as_str_lower_and_keeps_positions_in_latin() -> None:
    """fold's lower case (by a Latin-1 table) is str.lower()'s; its Latin-1 form has the same length and
    differs only where a character beyond Latin-1 stands ('?')."""
    assert all(len(chr(code).lower()) == 1 and ord(chr(code).lower()) < 0x100 for code in range(0x100))
    for text in [*_texts(), "ÅÄÖ ÉÜ ß µ ÿ", "Remiſs", ""]:
        folded = fastsearch.fold(text)
        if not fastsearch.safe_text(text):
            assert folded.lowered is None and folded.latin is None
            continue
        assert folded.lowered == text.lower()
        assert folded.latin is not None and len(folded.latin) == len(folded.lowered)
        pairs = zip(folded.latin, folded.lowered, strict=True)
        assert all(a == b or (a == "?" and ord(b) > 0xFF) for a, b in pairs)


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # re takes the common 'm' out of the alternatives; 'm' alone starts too many words
        (r"\b(?:minnes|mötes)anteckningar\s+från", ("minnes", "mötes")),
        (r"\b(?:går|gick)\s+igenom", ("gick", "går")),
        # a single punctuation character starts few positions ('"Vi vill …", skriver kommunen')
        (r"(?:,|[«\"])\s*(?:skriver|uppger)\s+", ('"', ",", "«")),
        (r"(?:,|[”\"])\s*(?:skriver|uppger)\s+", None),  # '”' is beyond Latin-1: not looked for
        (r"(?:de|x)\s+som", None),  # a one-letter start is still not looked for
        (r"\s-\s?säger", None),  # nor a space
    ],
)
def test_start_strings_go_on_past_a_short_head(source: str, expected: tuple[str, ...] | None) -> None:
    """A short literal start goes on with what follows it; one punctuation character is a start string."""
    assert fastsearch._starts(re.compile(source, re.IGNORECASE)) == expected


def test_search_all_and_finditer_answer_as_the_patterns_on_wide_text() -> None:
    """search_all, search and finditer (start strings and required strings looked up in the Latin-1 form)
    answer as each pattern's own search over texts with characters beyond Latin-1."""
    patterns = [*(s.monster for s in signaler()), svarsdatum.DEADLINE, svarsdatum.POINTED_STAGE,
                svarsdatum.APPEAL_RIGHT]
    for text in _texts():
        for part in (text, *text.split("\n\n")):
            folded = fastsearch.fold(part)
            expected = tuple(pattern.search(part) is not None for pattern in patterns)
            assert fastsearch.search_all(patterns, folded) == expected
            assert tuple(fastsearch.search(pattern, folded) for pattern in patterns) == expected
            for pattern in (svarsdatum.DEADLINE, svarsdatum.POINTED_STAGE):
                assert [m.span() for m in fastsearch.finditer(pattern, folded)] == [
                    m.span() for m in pattern.finditer(part)]


def test_pointed_stage_and_appeal_right_read_as_before() -> None:
    """kandidater's stage ('senast under granskningstiden') and right to appeal, now looked up by fastsearch,
    are what the patterns' own searches give: the first match's stage in lower case."""
    text = BREDA[2] + " " + BREDA[3]
    first = next(fastsearch.finditer(svarsdatum.POINTED_STAGE, fastsearch.fold(text)))
    own = svarsdatum.POINTED_STAGE.search(text)
    assert own is not None and first.span() == own.span()
    assert first.group("stage").lower() == own.group("stage").lower() == "gransknings"
    assert fastsearch.search(svarsdatum.APPEAL_RIGHT, fastsearch.fold(BREDA[3]))


@pytest.mark.parametrize("text", ["Pressmeddelande • Maj 05, 2015 11:40 CEST", "1,2015", "05, 2015x",
                                  "a, 2015", ",2015", "Maj 5 ,2015", "senast den 30 juni"])
def test_day_comma_year_answers_as_before(text: str) -> None:
    """The month-first date's quick test ('05, 2015'), the comma first, answers as the digit-first pattern."""
    old = re.compile(r"\d,\s*(?:19|20)\d{2}\b")
    assert (svarsdatum._DAY_COMMA_YEAR.search(text) is None) == (old.search(text) is None)


@pytest.mark.parametrize("text", ["\uf0b7 BIL Sweden", "Kommunstyrelsen – remiss", "Åtgärder: ✓ klart",
                                  "• punkt", "vanlig text å ä ö", "", "◦ Länsstyrelsen"])
def test_glyph_test_answers_as_the_pattern(text: str) -> None:
    """A Latin-1 page is not searched for list glyphs: _holds_glyph answers as _GLYPH.search."""
    assert _holds_glyph(text) == (_GLYPH.search(text) is not None)


def test_a_glyph_bullet_is_still_read_as_a_bullet() -> None:
    """A Word bullet from the Private Use Area first on its line is read as '•'; a Latin-1 page is kept."""
    assert clean_text("\uf0b7 BIL Sweden\nText") == "• BIL Sweden\nText"
    assert clean_text("Remissinstanser:\nÅre kommun") == "Remissinstanser:\nÅre kommun"
