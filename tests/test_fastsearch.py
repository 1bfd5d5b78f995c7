"""fastsearch: an IGNORECASE pattern without the flag over lower-cased text finds the same spans."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from remiss import fastsearch
from remiss.extract.svarsdatum import DEADLINE
from remiss.split import MISSIV_CUE, TITLE_MISSIV, signaler

SEEDS = Path(__file__).resolve().parent / "seeds"


def _texts() -> list[str]:
    """Return the seed texts as written, in capitals and in title case (case must not matter)."""
    texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    assert texts, "tests/seeds saknar texter"
    return texts + [t.upper() for t in texts] + [t.title() for t in texts]


def _patterns() -> list[re.Pattern[str]]:
    """Return the case-insensitive patterns split and svarsdatum search with fastsearch."""
    return [DEADLINE, MISSIV_CUE, TITLE_MISSIV, *(s.monster for s in signaler())]


@pytest.mark.parametrize("pattern", _patterns(), ids=lambda p: p.pattern[:30])
def test_twin_finds_the_same_spans_as_the_pattern(pattern: re.Pattern[str]) -> None:
    """Over real text in three casings, the twin's spans equal the original's."""
    for text in _texts():
        expected = [m.span() for m in pattern.finditer(text)]
        folded = fastsearch.fold(text)
        assert [m.span() for m in fastsearch.finditer(pattern, folded)] == expected
        assert fastsearch.search(pattern, folded) == bool(expected)


def test_most_missiv_signals_get_a_twin() -> None:
    """The shortcut is used: every signal without an inline flag change has a twin."""
    plain = [s for s in signaler() if "(?-i" not in s.monster.pattern]
    assert plain and all(fastsearch.twin(s.monster) is not None for s in plain)


@pytest.mark.parametrize(
    "source",
    [
        r"(?-i:Förslag)\s+till",  # an inline flag change: the capital must stay a capital
        r"[A-ZÅÄÖ]\w+nämnden",  # an upper-case class
        r"Remiss",  # an upper-case letter
        r"(remiss)\s+\1",  # a back reference
        r"straße|ſ",  # a letter outside Latin-1 with case
    ],
)
def test_patterns_that_would_change_get_no_twin(source: str) -> None:
    """A pattern whose meaning depends on case in the pattern is searched as it is."""
    assert fastsearch.twin(re.compile(source, re.IGNORECASE)) is None


def test_text_with_a_special_fold_is_searched_as_it_is() -> None:
    """'ſ' matches 's' case-insensitively but lower-cases to itself: the original pattern is used."""
    pattern = re.compile(r"remissvar", re.IGNORECASE)
    folded = fastsearch.fold("Remiſſvar")
    assert folded.lowered is None
    assert fastsearch.search(pattern, folded)
    assert [m.span() for m in fastsearch.finditer(pattern, folded)] == [(0, 9)]
    assert fastsearch.fold("Remissvar – Ökad").lowered == "remissvar – ökad"
