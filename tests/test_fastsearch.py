"""fastsearch: an IGNORECASE pattern without the flag over lower-cased text finds the same spans."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from remiss import fastsearch
from remiss.domain import Line
from remiss.extract.svarsdatum import DEADLINE
from remiss.split import DOC_LABEL, HEADER_DATUM, LIST_CUE, MISSIV_CUE, TITLE_MISSIV, TITLE_YTTRANDE, signaler

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


@pytest.mark.parametrize(
    ("source", "flags", "expected"),
    [
        (r"remiss(?:en|er)?\s+till", re.IGNORECASE, ("remiss",)),  # the longer of two required runs
        (r"(?:skickas|sänds) på remiss till:?$", re.IGNORECASE, (" på remiss till",)),
        (r"ämnesrad(?:en)?\b|\bmärk\s+svaret", re.IGNORECASE, ("svaret", "ämnesrad")),  # one per branch
        (r"(?:ute\s+)?på\s+remiss|\bremisstid", re.IGNORECASE, ("remiss", "remisstid")),  # optional part out
        (r"(?:ab)+cd|x{2,}yy", 0, None),  # a branch with no run of three: nothing to test
        (r"senast|\d{4}", re.IGNORECASE, None),  # a branch without a string
        (r"^(?:MISSIV|REMISS)\b", 0, ("MISSIV", "REMISS")),  # case-sensitive: tested on the text as it is
        (r"(?i:remiss)\s+avseende", 0, ("avseende",)),  # a group changing flags is left out
    ],
)
def test_required_strings_of_a_pattern(source: str, flags: int, expected: tuple[str, ...] | None) -> None:
    """Every match holds one of the required strings; a part that may be missing gives none."""
    assert fastsearch.required(re.compile(source, flags)) == expected


def test_a_text_without_the_required_strings_is_skipped_and_the_same_is_found() -> None:
    """possible() is False only where the pattern finds nothing, over the seeds in three casings."""
    patterns = [*_patterns(), TITLE_MISSIV, LIST_CUE, DOC_LABEL, HEADER_DATUM, TITLE_YTTRANDE]
    skipped = 0
    for text in _texts():
        for line in text.splitlines():
            folded = fastsearch.fold(line)
            for pattern in patterns:
                if not fastsearch.possible(pattern, folded):
                    skipped += 1
                    assert pattern.search(line) is None, (pattern.pattern[:40], line)
    assert skipped > 1000


@pytest.mark.parametrize(
    ("source", "flags", "expected"),
    [
        (r"\bremiss(?:en|er)?\b", re.IGNORECASE, ("remiss",)),  # \b before the first character is passed over
        (r"(?<!när\s)(?:samråd|remiss)\s+är", re.IGNORECASE, ("remiss", "samråd")),  # so is a lookbehind
        (r"(?:inkomna\s+)?remissvar", re.IGNORECASE, ("inkomna", "remissvar")),  # an optional start: both
        (r"(?-i:Förslag)\s+till|beslutat", re.IGNORECASE, ("beslutat", "förslag")),  # lower case in the text
        (r"[A-ZÅÄÖ]\w+s\s+remissvar", 0, None),  # a class of letters: any position may start a match
        (r"(?:de|x)\s+som", re.IGNORECASE, None),  # a one-letter start occurs everywhere
        (r"\w*remiss", re.IGNORECASE, None),  # a start that may be empty
    ],
)
def test_start_strings_of_a_pattern(source: str, flags: int, expected: tuple[str, ...] | None) -> None:
    """Every match begins with one of the start strings (lower case); None when they cannot be known."""
    assert fastsearch._starts(re.compile(source, flags)) == expected


@pytest.mark.parametrize(
    ("source", "text", "found"),
    [
        (r"\bremiss\b", "Förremiss och remissen", False),  # \b sees the letter before the start string
        (r"\bremiss\b", "Förremiss, Remiss.", True),
        (r"(?<!när\s)remisstiden\s+är\s+slut", "När remisstiden är slut", False),  # the lookbehind too
        (r"(?<!när\s)remisstiden\s+är\s+slut", "Nu är remisstiden är slut", True),
        (r"(?<!när\s)remisstiden\s+är\s+slut", "När remisstiden, remisstiden är slut", True),
        (r"(?-i:Förslag)\s+till\s+beslut", "FÖRSLAG TILL BESLUT, förslag till beslut", False),
        (r"(?-i:Förslag)\s+till\s+beslut", "förslag till beslut. Förslag TILL beslut", True),
        (r"ab\w+|cd", "ab " * 200 + "abc", True),  # many candidates: one scan instead
    ],
)
def test_search_tried_at_the_start_strings_finds_what_the_pattern_finds(source: str, text: str,
                                                                        found: bool) -> None:
    """search() tried only where a start string stands answers as the pattern's own search."""
    pattern = re.compile(source, re.IGNORECASE)
    assert (pattern.search(text) is not None) == found
    assert fastsearch.search(pattern, fastsearch.fold(text)) == found


def test_the_glued_label_words_are_those_every_match_holds() -> None:
    """split_glued_label skips a line without one of its words: they are the pattern's required ones."""
    from remiss import clean

    assert set(fastsearch.required(clean.GLUED_LABEL) or ()) == set(clean._GLUED_LABEL_WORDS)
    line = Line(text="Remiss av promemorian (Ds 2025:9)Diarienummer: U2025/00797", page=1, number=1)
    assert [part.text for part in clean.split_glued_label(line)] == [
        "Remiss av promemorian (Ds 2025:9)", "Diarienummer: U2025/00797"]


def test_footer_found_with_and_without_label_words_on_the_page() -> None:
    """A page without any inline label word skips the label search; the footer run is still found."""
    from remiss.clean import footer_indexes

    texts = ["Brödtext om remissen.", "Postadress", "Box 123", "Besöksadress", "Storgatan 1", "Telefon",
             "033-35 70 00"]
    assert footer_indexes(texts) == {1, 2, 3, 4, 5, 6}
    assert footer_indexes(["Brödtext om remissen.", "Box 123, 501 80 Borås"]) == set()


@pytest.mark.parametrize(
    ("source", "text"),
    [
        (r"\bremiss(?:en|er)?\b", "Remiss, remissen och förremiss; REMISSER remisserna"),
        (r"remiss\w*|remissvar", "remissvar remiss remissinstanser"),  # a match runs over a later start
        (r"(?-i:Förslag)\s+till|beslutat", "förslag till, Förslag till beslutat BESLUTAT"),
        (r"senast(?:\s+den)?\s+\d", "senast den 3, Senast 4 och senast den senast 5"),
    ],
)
def test_finditer_tried_at_the_start_strings_finds_what_finditer_finds(source: str, text: str) -> None:
    """finditer() tried only where a start string stands gives finditer's spans, in order."""
    pattern = re.compile(source, re.IGNORECASE)
    assert fastsearch._starts(pattern) is not None
    expected = [m.span() for m in pattern.finditer(text)]
    assert expected and [m.span() for m in fastsearch.finditer(pattern, fastsearch.fold(text))] == expected


def test_date_matches_are_those_of_finditer() -> None:
    """dates.date_matches, tried only at digits, finds DATE_RE.finditer's matches, groups included."""
    from remiss.dates import DATE_RE, date_matches

    tricky = ("12024-03-15, 1 2 3 mars 2024, 31/12 och 1.2.24, den 5:e maj, 20 24-1-2, ٣ mars, 2024-13-45 "
              "senast 1 oktober 2018. 19/20/21")
    for text in [*_texts(), tricky]:
        expected = [(m.span(), m.groupdict()) for m in DATE_RE.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in date_matches(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "senast 1 oktober 2018. Remisstiden går ut. Enl. 3 kap. 5 § ska svaret! Vad? Ja",
        "Svaren ska ha kommit in senast den 1 mars 2024.Inget mellanrum. tel. 033-35 35 00. Slut.",
        "inga meningsslut alls här",
        "." * 40 + " ...! ?",  # many start characters: one scan instead
    ],
)
def test_matches_tried_at_rare_start_characters_are_finditers(text: str) -> None:
    """fastsearch.matches over a short window gives finditer's matches (svarsdatum's sentence ends)."""
    from remiss.extract.svarsdatum import SENTENCE_END

    assert fastsearch._starts(SENTENCE_END, 1) == ("!", ".", "?")
    assert [m.span() for m in fastsearch.matches(SENTENCE_END, text)] == [
        m.span() for m in SENTENCE_END.finditer(text)]


def test_can_match_is_false_only_where_the_title_cannot_match() -> None:
    """can_match(TITLE_MISSIV, line) is False only for lines the pattern does not match (seeds, 3 casings)."""
    skipped = 0
    for text in _texts():
        for line in text.splitlines():
            if not fastsearch.can_match(TITLE_MISSIV, line.strip()):
                skipped += 1
                assert TITLE_MISSIV.match(line.strip()) is None, line
    assert skipped > 100
    assert fastsearch.can_match(TITLE_MISSIV, "REMISS: Förslag till ny lag")
    assert fastsearch.can_match(TITLE_MISSIV, "Remiſs: ſ folds to s")  # a special fold: the pattern decides


def test_search_all_answers_as_each_pattern_searched_alone() -> None:
    """search_all (alternatives one by one, shared look-ups) answers as each pattern's own search."""
    patterns = [*_patterns(), LIST_CUE, DOC_LABEL, HEADER_DATUM, TITLE_YTTRANDE]
    for text in _texts():
        for part in (text, *text.split("\n\n")):
            expected = tuple(pattern.search(part) is not None for pattern in patterns)
            assert fastsearch.search_all(patterns, fastsearch.fold(part)) == expected


@pytest.mark.parametrize(
    ("source", "pieces"),
    [
        (r"ab|c(?:d|e)|[|]f|\|g", ["ab", "c(?:d|e)", "[|]f", r"\|g"]),  # only top-level bars split
        (r"[]|]x|y", ["[]|]x", "y"]),  # a ']' first in a class is a character
        (r"(a)|\1", None),  # a back reference: kept whole
        (r"(?i)a|b", None),  # a global flag belongs to every alternative: kept whole
        (r"abc", None),
    ],
)
def test_alternatives_of_a_pattern(source: str, pieces: list[str] | None) -> None:
    """A pattern is taken apart at its top-level '|' only where the pieces mean the same together."""
    pattern = re.compile(source, re.IGNORECASE)
    found = fastsearch.alternatives(pattern)
    assert [p.pattern for p in found] == (pieces or [source])
    assert all(p.flags == pattern.flags for p in found)


def test_a_pattern_that_keeps_case_in_a_part_is_skipped_by_the_strings_of_its_other_parts() -> None:
    """LIST_CUE has no twin ('(?-i:R)emissinstanser'); its required strings still rule a text out."""
    assert fastsearch.twin(LIST_CUE) is None
    assert not fastsearch.possible(LIST_CUE, fastsearch.fold("Kallelse till sammanträde"))
    for text in ("REMISSINSTANSER", "Remissinstanser", "Enligt sändlista"):
        assert fastsearch.possible(LIST_CUE, fastsearch.fold(text))
        assert LIST_CUE.search(text)


KORPUS = Path(__file__).resolve().parent / "korpus"


def _anchored_signals() -> list:
    """Return the missiv signals searched by an anchor (modeller/missiv.toml `ankare`)."""
    return [signal for signal in signaler() if signal.ankare is not None]


def test_some_signal_is_searched_by_its_anchor() -> None:
    """period_med_datum, which opens at every sentence and looks through it, is searched by its date."""
    assert "period_med_datum" in {signal.namn for signal in _anchored_signals()}


@pytest.mark.parametrize("signal", _anchored_signals(), ids=lambda s: s.namn)
def test_anchored_signal_answers_as_its_pattern_on_every_corpus_text(signal) -> None:  # noqa: ANN001
    """Over every real text of the corpus, as written and joined to one line as bedom_missiv joins a
    document's lines, the search by the anchor answers as the pattern's own search (the anchor's promise)."""
    texts = [path.read_text(encoding="utf-8") for path in sorted(KORPUS.glob("*/*.txt"))]
    assert len(texts) > 1000
    found = 0
    for text in texts:
        for variant in (text, " ".join(text.split("\n"))):
            expected = signal.monster.search(variant) is not None
            found += expected
            scan = fastsearch._Scan(fastsearch.fold(variant))
            assert scan.anchored(signal.monster, signal.ankare, signal.ankarfonster) == expected, variant[:80]
    assert found > 50  # the signal does occur: the comparison is not only of misses


def test_period_found_by_its_date_however_far_into_the_sentence() -> None:
    """A period whose date begins up to 301 characters after the match's start (the space after the last
    sentence's full stop) is found by the anchor as by the pattern; one further in is found by neither."""
    signal = next(s for s in _anchored_signals() if s.namn == "period_med_datum")
    distances = {}
    for filler in range(0, 320):
        sentence = ("Inledning. Granskningen pågår " + "x" * filler
                    + " från den 6 november till 12 januari 2024, lämna synpunkter. Slut.")
        expected = signal.monster.search(sentence) is not None
        assert fastsearch.search_all([signal.monster], fastsearch.fold(sentence)) == (expected,), filler
        distances[sentence.index("från") - len("Inledning.")] = expected
    assert distances[301] and not distances[302]  # the window's edge: 301 characters from the match's start


@pytest.mark.parametrize(
    ("part", "text"),
    [
        ("Skolverket", "Statens skolverk och Skolverket"),
        ("Region", "Regionstyrelsen"),  # a word's start only: no
        ("styrelsen", "Regionstyrelsen"),  # a word's end only: no
        ("Lunds kommun", "Lunds kommun, kommunstyrelsen"),
        ("SKR", "SKR_bilaga"),  # '_' is a word character
        ("Länsstyrelsen i Skåne", "länsstyrelsen i Skåne"),  # case matters
        ("Kommun", "Kommun Kommunen"),
        ("Malmö", "Malmö"),
        ("a.b", "xa.b a.b"),  # the part is no pattern
        ("ö", "åö ö"),
    ],
)
def test_whole_words_in_finds_what_the_bounded_pattern_finds(part: str, text: str) -> None:
    """_whole_words_in answers as the pattern it replaced, (?<!\\w)PART(?!\\w)."""
    from remiss.extract.core import _whole_words_in

    assert _whole_words_in(part, text) == bool(re.search(rf"(?<!\w){re.escape(part)}(?!\w)", text))
