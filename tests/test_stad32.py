"""Speed work of session 32 (stad32): each shortcut gives what the code it stands in for gave."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from remiss import fastsearch, recache, split

ROOT = Path(__file__).resolve().parent.parent
KORPUS = ROOT / "tests" / "korpus"


def _corpus_texts() -> list[str]:
    """Return every real text of the corpus as written and joined to one line (as a page's lines are)."""
    texts = [path.read_text(encoding="utf-8") for path in sorted(KORPUS.glob("*/*.txt"))]
    assert len(texts) > 1000
    return texts + [" ".join(text.split("\n")) for text in texts]


def test_a_pages_missiv_signal_and_cue_are_what_the_patterns_own_searches_say() -> None:
    """trim_missiv's look for a missiv signal and for a cue on a page (fastsearch.search_any over the folded
    text) answers as the patterns' own searches, in turn, answered before: on every corpus text."""
    positive = [signal.monster for signal in split.signaler() if signal.vikt > 0]
    cues = (split.MISSIV_CUE, split.TRIM_CUE, split.TRIM_DEADLINE)
    signalled = cued = 0
    for text in _corpus_texts():
        folded = fastsearch.fold(text)
        expected = any(pattern.search(text) is not None for pattern in positive)
        assert split._missiv_signal(folded) == expected, text[:80]
        expected_cue = any(pattern.search(text) is not None for pattern in cues)
        assert fastsearch.search_any(cues, folded) == expected_cue, text[:80]
        signalled += expected
        cued += expected_cue
    assert signalled > 500 and cued > 500  # both answers occur: not only misses are compared


def test_so_far_is_searched_as_its_own_pattern_searches() -> None:
    """bedom_missiv's 'hittills' (SO_FAR, by fastsearch over the folded text) answers as the pattern's own
    search on every corpus text, and in other wording ('än så länge', 'så här långt')."""
    found = 0
    for text in _corpus_texts() + ["Än så länge har 12 svar kommit in.", "Så här långt: 3 yttranden."]:
        expected = split.SO_FAR.search(text) is not None
        assert fastsearch.search(split.SO_FAR, fastsearch.fold(text)) == expected, text[:80]
        found += expected
    assert found > 10


def test_search_any_stops_at_the_first_pattern_that_matches() -> None:
    """search_any answers True for the first pattern that matches, in other wording and order too."""
    folded = fastsearch.fold("Yttrandet ska ha kommit in senast den 1 mars 2024.")
    assert fastsearch.search_any((split.TRIM_CUE, split.MISSIV_CUE), folded)
    assert fastsearch.search_any((re.compile("saknas"), re.compile(r"\bsenast\b", re.IGNORECASE)), folded)
    assert not fastsearch.search_any((re.compile("saknas"), re.compile("SENAST")), folded)
    assert not fastsearch.search_any((), folded)


def test_a_tolka_run_compiles_the_same_patterns_whatever_the_hash_seed() -> None:
    """Every pattern a `tolka` run compiles is the same in every process (none is built from a set's order,
    which follows the hash seed): the next run finds them all stored and writes no pattern file again."""
    code = (
        "import re\nfrom remiss import recache\nrecache.hold_all_patterns()\n"
        "from remiss.pipeline import tolka_fil\n"
        f"tolka_fil({str(ROOT / 'samples' / 'rk_finansdepartementet.pdf')!r})\n"
        "print(sorted(repr(key) for key in re._cache))\n"
    )
    runs = {
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT,
                       env={**os.environ, "PYTHONHASHSEED": seed, "PYTHONDONTWRITEBYTECODE": "1"}).stdout
        for seed in ("1", "2", "3")
    }
    assert len(runs) == 1


@pytest.mark.parametrize("seed", ["1", "2"])
def test_menu_words_are_ordered_the_same_in_every_process(seed: str) -> None:
    """The web menu's words (avsandare._menu_words) are longest first and, among words as long, in
    alphabetical order: the same pattern whatever the hash seed."""
    code = "from remiss.extract.avsandare import _menu_words\nprint(_menu_words().pattern)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT,
                         env={**os.environ, "PYTHONHASHSEED": seed}).stdout
    from remiss.extract.avsandare import _menu_words

    assert out.strip() == _menu_words().pattern


def test_each_kind_of_run_keeps_its_own_dataclass_memo(pattern_cache: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """A `tolka` run loads the dataclass methods `tolka` runs made, not those of every command and test: the
    memo is named after the kind of run, as the pattern file is."""
    monkeypatch.setattr(recache, "_STARTED", ["tolka"])
    assert recache.dataclass_memo_name() == "dataclasses-tolka"
    recache.memo(recache.dataclass_memo_name(), b"")["def f(): pass"] = 1
    monkeypatch.setattr(recache, "_STARTED", ["kontrollera"])
    assert recache.memo(recache.dataclass_memo_name(), b"") == {}  # another kind's memo is its own
    recache._save_memos()
    assert [path.name.split("-")[2] for path in pattern_cache.parent.glob("memo-dataclasses-*")] == ["tolka"]
    monkeypatch.setattr(recache, "_STARTED", [])
    assert recache.dataclass_memo_name() == "dataclasses"  # no kind: one memo, as before
