"""Speed work of session 17 (fart17): the shortcuts keep every result as it was."""

from __future__ import annotations

import dataclasses
import gc
import inspect

from click.testing import CliRunner

from remiss.cli import cli
from remiss.domain import Line


def test_line_init_is_the_dataclass_init() -> None:
    """Line's hand-written __init__ takes the fields in order with their defaults, as @dataclass's would."""
    params = list(inspect.signature(Line.__init__).parameters.values())[1:]
    fields = dataclasses.fields(Line)
    assert [p.name for p in params] == [f.name for f in fields]
    assert [p.default for p in params] == [
        inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default for f in fields
    ]
    twin = dataclasses.make_dataclass("Line", [(f.name, f.type, f) for f in fields], frozen=True)
    values = {"text": "Remiss", "page": 2, "number": 3, "top": 1.5, "bold": True, "cells_x": (1.0, 2.0),
              "size": 11.0, "x0": 1.0, "x1": 9.0, "bottom": 3.5, "cells_x1": (1.5, 9.0)}
    for given in (values, {"text": "x", "page": 1, "number": 1}):
        line = Line(**given)
        assert vars(line) == vars(twin(**given))
        assert list(vars(line)) == [f.name for f in fields]  # the same order: repr, pickling, asdict
    assert Line("a", 1, 2) == Line(text="a", page=1, number=2)
    assert hash(Line("a", 1, 2)) == hash(Line("a", 1, 2))
    assert dataclasses.replace(Line("a", 1, 2), text="b") == Line("b", 1, 2)


def test_cli_runner_keeps_the_collector() -> None:
    """Only the command's own process (main) freezes the imports and widens the collector's threshold."""
    before = gc.get_threshold()
    result = CliRunner().invoke(cli, ["tolka", "--help"])
    assert result.exit_code == 0
    assert gc.get_threshold() == before


def _random_texts(alphabet: str, count: int = 3000, longest: int = 40) -> list[str]:
    """Return reproducible random texts over an alphabet."""
    import random

    rng = random.Random(17)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, longest))) for _ in range(count)]


def test_safe_text_is_the_pattern() -> None:
    """safe_text's substring tests answer as the character class did."""
    from remiss import fastsearch

    for text in _random_texts("aÅs– \u0130\u0131\u0178\u017f\u039c\u03bc\u1e9e\u212a\u212bµ\u00ff\u0100x"):
        assert fastsearch.safe_text(text) == (fastsearch._UNSAFE.search(text) is None)


def test_las_avstavade_is_the_pattern() -> None:
    """A word broken inside its line is read whole where AVSTAVAT.sub would (an abbreviation's hyphen kept:
    at most four letters, no vowel), ligatures too; the label words and page numbers of clean are found as
    their patterns find them."""
    import re

    from remiss import clean

    def whole(match: re.Match[str]) -> str:
        word = re.search(r"[^\W\d_]*\Z", match.string[: match.end(1)]).group(0)  # type: ignore[union-attr]
        own = len(word) <= 4 and not re.search("[aeiouyåäöé]", word, re.IGNORECASE)
        return match.group(1) + ("-" if own else "") + match.group(2)

    texts = _random_texts("aé- -  oc hx\ufb01\ufb06Z", longest=30)
    texts += ["utred- ningens förslag", "för- och nackdelar", "a- b- c", "- a", "högriskskydd- en översyn",
              "Utbildnings- departementet", "ofﬁciell kommun@ﬁnspang.se", "4 kv- ledning", "tv- och radio"]
    for text in texts:
        letters = text.translate(clean.LIGATURER) if clean.LIGATUR.search(text) else text
        want = clean.AVSTAVAT.sub(whole, letters)
        assert clean.las_avstavade(text) == want
        assert clean._holds_ligature(text) == bool(clean.LIGATUR.search(text))
    for text in _random_texts("DnrDiarienummerÄendnu (2)av3 Sida", longest=20):
        assert clean._holds_label_word(text) == bool(re.search("|".join(clean._GLUED_LABEL_WORDS), text))
        assert clean._normalise(text) == re.sub(clean._PAGE_NO, "#", text.strip().lower())


def test_triage_line_breaks_are_the_pattern() -> None:
    """The triage joins a word broken over a line as the pattern alone did, also where no break stands."""
    from remiss import triage

    for text in _random_texts("ab-\ufffe\u00ad\x02\r\n ", longest=30):
        search = any(brytning in text for brytning in triage._BRYTNINGAR)
        assert search or triage._RADBRYTNING.search(text) is None


def test_one_space_is_the_pattern() -> None:
    """read._one_space collapses runs of spaces as _SPACES.sub(" ", …) does."""
    from remiss import read

    for text in _random_texts("a  \n\t", longest=30):
        assert read._one_space(text) == read._SPACES.sub(" ", text)
