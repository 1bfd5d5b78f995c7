"""recache: patterns compiled in one run are rebuilt in the next, equal to what re.compile makes."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from remiss import recache

SOURCES = [
    (r"(?P<dag>[0-3]?\d)\s+(?P<manad>januari|februari)(?:\s+(?P<ar>\d{4}))?", re.IGNORECASE),
    (r"\bremiss(?:en|er)?\b|sändlista", 0),
    (r"(?<!när\s)remisstiden\s+är\s+slut", re.IGNORECASE | re.MULTILINE),
    # bytes patterns (limits.py's PDF stream checks) are kept as text patterns are (stad32)
    (rb"(?<![A-Za-z])stream\r?\n", 0),
    (rb"<!\s*(?:DOCTYPE|ENTITY)", re.IGNORECASE),
]


@pytest.fixture
def cache(pattern_cache: Path) -> Path:
    """A cache file in tmp_path, bytecode writing on, and nothing loaded yet (conftest's pattern_cache)."""
    return pattern_cache


def test_patterns_saved_are_loaded_equal_and_used_by_re_compile(cache: Path) -> None:
    """After save and load, re.compile returns the rebuilt pattern: same code, groups and matches."""
    compiled = [re.compile(source, flags) for source, flags in SOURCES]
    assert recache.save() >= len(SOURCES)
    re.purge()
    assert recache.load() >= len(SOURCES)
    for (source, flags), original in zip(SOURCES, compiled, strict=True):
        loaded = re.compile(source, flags)
        assert loaded is not original  # rebuilt from the file, not compiled again in this process
        assert loaded == original  # Pattern equality compares the pattern, flags and code
        assert loaded.groupindex == original.groupindex and loaded.groups == original.groups
    match = re.compile(*SOURCES[0]).search("senast 5 Januari 2025")
    assert match is not None and match.group("manad") == "Januari" and match.group("ar") == "2025"
    assert re.compile(*SOURCES[3]).search(b"1 0 obj\nstream\nx") is not None
    assert recache.save() == 0  # nothing new compiled: the file is not written again


def test_a_broken_or_missing_file_leaves_re_as_it_is(cache: Path) -> None:
    """No file, or a file that is not a pattern cache: nothing is loaded and nothing fails."""
    assert recache.load() == 0
    cache.write_bytes(b"\x00not marshal")
    assert recache.load() == 0
    assert re.compile(*SOURCES[1]).search("Sändlista") is None  # case-sensitive, as compiled


def test_nothing_is_written_when_bytecode_is_not(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """PYTHONDONTWRITEBYTECODE (sys.dont_write_bytecode) keeps the cache unwritten too."""
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    re.compile(*SOURCES[2])
    assert recache.save() == 0
    assert not cache.exists()


def test_a_memo_is_kept_per_source(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Answers stored under one source come back for it, never for a changed source."""
    monkeypatch.setattr(recache, "_MEMOS", {})
    kept = recache.memo("prov", b"def f(): pass")
    kept[("remiss", 2)] = (True, ("remiss",), None)
    recache.save()
    monkeypatch.setattr(recache, "_MEMOS", {})
    assert recache.memo("prov", b"def f(): pass") == {("remiss", 2): (True, ("remiss",), None)}
    assert recache.memo("prov", b"def f(): return 1") == {}


def test_fastsearch_answers_from_the_memo_are_those_computed() -> None:
    """Each kept answer of fastsearch._parsed equals the one computed from the pattern now."""
    from remiss import fastsearch, split

    patterns = [s.monster for s in split.signaler()] + [split.MISSIV_CUE, split.LIST_CUE, split.TITLE_MISSIV]
    remembered = [fastsearch._parsed(p) for p in patterns]
    fastsearch._parsed.cache_clear()
    saved = dict(fastsearch._MEMO)
    try:
        fastsearch._MEMO.clear()
        assert [fastsearch._parsed(p) for p in patterns] == remembered
    finally:
        fastsearch._MEMO.update(saved)
        fastsearch._parsed.cache_clear()


def test_dataclass_methods_from_kept_code_are_those_compiled(cache: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """A dataclass made from kept code works as one compiled anew; its texts are kept for the next run."""
    import dataclasses

    monkeypatch.setattr(recache, "_MEMOS", {})
    monkeypatch.setattr(recache, "_DATACLASS_CODE", [])
    monkeypatch.setattr(dataclasses, "exec", None, raising=False)  # undone after the test: no exec of ours
    monkeypatch.delattr(dataclasses, "exec")
    assert recache.keep_dataclass_code()
    assert recache.keep_dataclass_code()  # a second call keeps the first

    def make() -> type:
        @dataclasses.dataclass(frozen=True)
        class Rad:
            text: str
            sida: int = 1
            ord: tuple[str, ...] = dataclasses.field(default_factory=tuple)

        return Rad

    first = make()
    kept = recache._DATACLASS_CODE[0]
    assert kept and all(text.startswith("def __create_fn__") for text in kept)
    recache.save()  # the memo is written with the patterns
    monkeypatch.setattr(recache, "_MEMOS", {})
    assert recache.memo(recache.dataclass_memo_name(), b"").keys() == kept.keys()  # read back, as next run
    second = make()
    for rad in (first, second):
        row = rad("Remiss", 2)
        assert row == rad("Remiss", 2) and row != rad("Remiss", 3) and hash(row) == hash(rad("Remiss", 2))
        assert repr(row).endswith("Rad(text='Remiss', sida=2, ord=())")
        assert rad.__init__.__annotations__["return"] is None  # not '_return_type': no __future__ flag
        with pytest.raises(dataclasses.FrozenInstanceError):
            row.text = "x"  # type: ignore[misc]


def test_a_run_holds_more_patterns_than_res_own_limit(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Past 512 patterns none is dropped: a tolka run compiles ~600, and a dropped one was compiled again."""
    monkeypatch.setattr(re, "_MAXCACHE", 512)
    recache.hold_all_patterns()
    first = re.compile("mönster-0")
    for number in range(1, 700):
        re.compile(f"mönster-{number}")
    assert re.compile("mönster-0") is first
    assert recache.save() >= 700


def test_patterns_built_from_a_set_are_the_same_in_every_process() -> None:
    """A pattern of words from a set is ordered the same whatever the hash seed: the stored one is used."""
    import os
    import subprocess

    kod = "from remiss.huvud import _label_re; print(_label_re().pattern)"
    utdata = {
        subprocess.run([sys.executable, "-c", kod], capture_output=True, text=True, check=True,
                       env={**os.environ, "PYTHONHASHSEED": seed}, cwd=Path(__file__).parent.parent).stdout
        for seed in ("1", "2", "3")
    }
    assert len(utdata) == 1


def test_a_memo_saved_for_a_new_source_replaces_the_old_one(cache: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """An edited source (a model file) leaves one memo file behind, its newest, not one per version."""
    monkeypatch.setattr(recache, "_MEMOS", {})
    recache.memo("prov", b"version 1")["svar"] = 1
    recache.memo("provet", b"annat")["svar"] = 3  # another memo whose name begins alike is kept
    recache._save_memos()
    monkeypatch.setattr(recache, "_MEMOS", {})
    recache.memo("prov", b"version 2")["svar"] = 2
    recache._save_memos()
    kept = sorted(p.name.split("-")[1] for p in cache.parent.glob("memo-*.marshal"))
    assert kept == ["prov", "provet"]
    monkeypatch.setattr(recache, "_MEMOS", {})
    assert recache.memo("prov", b"version 2") == {"svar": 2}


def test_only_the_patterns_a_run_asks_for_are_built(cache: Path) -> None:
    """A stored pattern the run never uses is not built: re's cache holds just what was asked for."""
    for source, flags in SOURCES:
        re.compile(source, flags)
    assert recache.save() >= len(SOURCES)
    re.purge()
    assert recache.load() >= len(SOURCES)
    cached = re._cache  # type: ignore[attr-defined]
    assert not any(source == key[1] for key in cached for source, _ in SOURCES)  # nothing built at load
    used = re.compile(*SOURCES[1])
    assert (str, SOURCES[1][0], SOURCES[1][1]) in cached and used.search("en remiss") is not None
    assert not any(key[1] == SOURCES[0][0] for key in cached)


def test_when_the_file_is_full_the_patterns_unused_longest_go_first(cache: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """A run that uses a stored pattern keeps it over stored patterns it did not use, whatever their age.

    The file once kept only the newest patterns: a run using more than it held lost some of its own
    each time and compiled them again in the next run.
    """
    monkeypatch.setattr(recache, "MAX_PATTERNS", 4)
    monkeypatch.setattr(recache, "_MEMOS", {})  # no memo file written, no pattern of its own compiled
    for number in range(4):
        re.compile(f"gammalt-{number}")
    recache.save()
    re.purge()
    recache.load()
    re.compile("gammalt-0")  # the oldest stored, used in this run
    re.compile("nytt-1")
    recache.save()
    monkeypatch.setattr(recache, "_LOADED", {})
    re.purge()
    recache.load()
    kept = [key[1] for key in recache._LOADED]
    assert kept == ["gammalt-2", "gammalt-3", "gammalt-0", "nytt-1"]
