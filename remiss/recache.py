"""Compiled regular expressions kept between runs, as Python keeps bytecode: `re.compile` costs nothing twice.

Python compiles every pattern anew in each process (parse and code generation in pure Python);
remiss compiles a few hundred at import, about 50 ms of every run. `load()` reads the patterns a
previous run used and lets `re` build one from its stored code with `_sre.compile` (what
`re._compiler.compile` itself ends with) the first time the run asks for it, so only what the run uses is
built. `save()` stores the patterns the run used, the ones it did not use before them, beside the
bytecode in `remiss/__pycache__/`: when the file is full the patterns unused longest are dropped first.

The stored code is only trusted as the compiler's own: the file is named after the Python version
and the `_sre` code format, and a pattern is stored only when the code computed for it rebuilds
a pattern equal to the compiled one (`Pattern.__eq__` compares pattern, flags and code). Any
failure (no such file, read-only directory, a `re` without these internals) leaves `re` as it is.
Nothing is written when Python is told not to write bytecode (`PYTHONDONTWRITEBYTECODE`).
"""

from __future__ import annotations

import marshal
import os
import re
import sys
import types
from array import array
from pathlib import Path
from typing import Any

_LOADED: dict[tuple[Any, ...], tuple[Any, ...]] = {}  # key in re's cache: the stored entry it came from
_KINDS = (str, bytes)  # the patterns stored: text and bytes (a bytes pattern never stored was compiled in
# every run, and the file written again at every run's end because a pattern of the run was missing from it)
MAX_PATTERNS = 1500  # those used last kept: a pattern edited in development leaves its old form behind; a
# run's own patterns are all kept, however many (a tolka run used 1 547 in session 40: with the file full it
# lost 47 of its own at every run, compiled them again in the next and wrote the whole file anew, 2.8 MB)
_COMPILE: list[Any] = []  # re._compiler.compile as it was, once load() has put _compile_kept in its place
MAX_HELD = 4000  # patterns re's cache holds in a run (its own limit, 512, is below what one run compiles)


_STARTED: list[str] = []  # the kind of run (a command's module) whose patterns are kept, once started


def start(kind: str = "") -> None:
    """Once per process: load the patterns stored by runs of this kind now, store this run's at exit.

    Each kind (`tolka`, `kontrollera` …) keeps its own file, so a run loads only what it compiles.
    """
    if _STARTED:
        return
    import atexit

    _STARTED.append(kind)
    hold_all_patterns()
    load()
    keep_dataclass_code()
    atexit.register(save)


def hold_all_patterns() -> None:
    """Let `re`'s cache hold every pattern of a run (MAX_HELD), not 512.

    `re` drops its oldest pattern when 512 are held; a `tolka` run uses about 600, so patterns dropped
    early were compiled again later (and again in every loop that calls `re.sub(r"\\s+", …)` with a
    string), and the next run, loading only the last 512, compiled ~600 anew instead of none.
    """
    if getattr(re, "_MAXCACHE", MAX_HELD) < MAX_HELD:
        re._MAXCACHE = MAX_HELD  # type: ignore[attr-defined]


def keep_dataclass_code() -> bool:
    """Let `dataclasses` reuse the compiled code of the methods it writes, kept between runs; True when on.

    `@dataclass` writes each class's `__init__`, `__repr__`, `__eq__` … as source text and compiles
    it with `exec` (about 1 ms a class, most of it compiling: some 40 classes in a `tolka` run). A
    module global `exec` in `dataclasses` is found before the builtin, so the text is compiled once,
    the way `exec` compiles it (no inherited `__future__` flags: `dataclasses` has none), and its code
    object kept in a memo (`memo`) named after this Python and the kind of run (`dataclass_memo_name`). The
    same text gives the same code.
    """
    import dataclasses

    if "exec" in vars(dataclasses):
        return vars(dataclasses)["exec"] is _exec_kept
    try:
        _DATACLASS_CODE.append(memo(dataclass_memo_name(), b""))
    except Exception:  # noqa: BLE001 - a cache: without it every method is compiled
        return False
    dataclasses.exec = _exec_kept  # type: ignore[attr-defined]
    return True


def dataclass_memo_name() -> str:
    """Return the name of the memo of dataclass methods for this kind of run (`start`).

    Each kind keeps its own, as it keeps its own patterns: one memo for every kind held the methods of
    all the classes any command or test had made (744 texts where a `tolka` run makes 233), and every run
    unmarshalled them all (some 3 ms of its start).
    """
    return f"dataclasses-{_STARTED[0]}" if _STARTED and _STARTED[0] else "dataclasses"


_DATACLASS_CODE: list[dict[Any, Any]] = []  # the memo: source text of a generated method, its code
MAX_DATACLASS_CODE = 4000  # texts kept at most (an edited class leaves its old texts behind)


def _exec_kept(source: Any, globals: Any = None, locals: Any = None, /) -> None:  # noqa: A002
    """Run source as `exec` does, compiling a text only the first time it is seen (in any run)."""
    if isinstance(source, str) and _DATACLASS_CODE:
        kept = _DATACLASS_CODE[0]
        code = kept.get(source)
        if not isinstance(code, types.CodeType):
            code = compile(source, "<string>", "exec", dont_inherit=True)
            if len(kept) < MAX_DATACLASS_CODE:
                kept[source] = code
        source = code
    exec(source, globals, locals)  # noqa: S102 - dataclasses' own generated code


_MEMOS: dict[Path, tuple[dict[Any, Any], int]] = {}  # file: the memo and how many entries it was loaded with
_MEMO_NAMES: dict[Path, str] = {}  # file: the memo's name


def memo(name: str, source: bytes) -> dict[Any, Any]:
    """Given a module's name and source, return a dict of answers kept between runs (the caller fills it).

    The file is named after a checksum of the source, so answers computed by an older version of
    the code are never used. Keys and values must be what marshal stores (str, int, tuple, None …).
    """
    import zlib

    path = cache_file().with_name(f"memo-{name}-{zlib.crc32(source):08x}-{len(source)}-{_tag()}.marshal")
    if path not in _MEMOS:
        try:
            loaded = marshal.loads(path.read_bytes())
            kept = loaded if isinstance(loaded, dict) else {}
        except Exception:  # noqa: BLE001 - no file or a broken one: start empty
            kept = {}
        _MEMOS[path] = (kept, len(kept))
        _MEMO_NAMES[path] = name
    return _MEMOS[path][0]


def _save_memos() -> None:
    """Write each memo that got new answers in this run."""
    for path, (kept, loaded) in _MEMOS.items():
        if len(kept) > loaded:
            path.parent.mkdir(exist_ok=True)
            partial = path.with_name(f"{path.name}.{os.getpid()}")
            partial.write_bytes(marshal.dumps(kept))
            os.replace(partial, path)
            if path in _MEMO_NAMES:
                _drop_older(path, _MEMO_NAMES[path])


def _drop_older(path: Path, name: str) -> None:
    """Given a memo's file and name, remove the files kept for other versions of its source (a model file
    edited many times leaves one file per version behind otherwise)."""
    same = re.compile(rf"memo-{re.escape(name)}-[0-9a-f]{{8}}-\d+-{re.escape(_tag())}\.marshal")
    for other in path.parent.glob(f"memo-{name}-*.marshal"):
        if other != path and same.fullmatch(other.name):
            other.unlink(missing_ok=True)


def cache_file() -> Path:
    """Return the path of the pattern cache for this Python, this `_sre` code format and this kind of run."""
    kind = f"{_STARTED[0]}-" if _STARTED and _STARTED[0] else ""
    return Path(__file__).resolve().parent / "__pycache__" / f"re-{kind}{_tag()}.marshal"


def _tag() -> str:
    """Return what names this Python and its `_sre` code format in a cache file's name."""
    import _sre

    return f"{sys.implementation.cache_tag}-{sys.hexversion:x}-{_sre.MAGIC}"


def load() -> int:
    """Read the stored patterns, each built when the run first asks for it; return how many (0 on failure).

    `re` compiles a pattern missing from its cache with `re._compiler.compile`; `_compile_kept` takes
    its place and builds a stored pattern from its code instead. A run that uses a few hundred of the
    stored patterns builds those, and `re`'s cache shows `save()` which they were.
    """
    try:
        from re import _compiler  # type: ignore[attr-defined]

        entries = marshal.loads(cache_file().read_bytes())
        added = 0
        for entry in entries:
            source, flags = entry[:2]
            _LOADED[(type(source), source, flags)] = entry
            added += 1
        if not _COMPILE:
            _COMPILE.append(_compiler.compile)
            _compiler.compile = _compile_kept
        if not isinstance(re._cache, _Held):  # type: ignore[attr-defined]
            re._cache = _Held(re._cache)  # type: ignore[attr-defined]
        return added
    except Exception:  # noqa: BLE001 - a cache: any trouble means compiling as usual
        return 0


class _Held(dict):  # type: ignore[type-arg]
    """`re`'s cache of compiled patterns, which builds a stored pattern the first time a run asks for it.

    `re._compile` looks a pattern up in its cache before anything else; a stored one found missing there is
    built from its code at once (`_built`) and kept, as `re` would keep it. Its own way to a stored pattern
    (a KeyError caught, flag tests through `re.RegexFlag`'s enum operators, `_compile_kept`) cost some 6 µs a
    pattern, and a `tolka` run builds several hundred.
    """

    def __missing__(self, key: tuple[Any, ...]) -> Any:
        entry = _LOADED.get(key)
        pattern = _built(entry) if entry is not None and key[0] in _KINDS else None
        if pattern is None:
            raise KeyError(key)  # not stored (or broken): `re` compiles it its own way
        if len(self) >= getattr(re, "_MAXCACHE", MAX_HELD):
            self.pop(next(iter(self)), None)  # the oldest goes, as in `re._compile`
        self[key] = pattern
        return pattern


def _built(entry: tuple[Any, ...]) -> Any:
    """Given a stored entry, return its pattern built from its code, or None when the entry is broken."""
    try:
        import _sre

        source, _, final_flags, code, groups, groupindex, indexgroup = entry
        return _sre.compile(source, final_flags, _unpacked(code), groups, groupindex, indexgroup)
    except Exception:  # noqa: BLE001 - a broken entry: compile as usual
        return None


def _compile_kept(pattern: Any, flags: int = 0) -> Any:
    """Compile pattern as `re._compiler.compile` does: from its stored code when a run stored it."""
    entry = _LOADED.get((type(pattern), pattern, flags)) if isinstance(pattern, _KINDS) else None
    built = _built(entry) if entry is not None else None
    return built if built is not None else _COMPILE[0](pattern, flags)


def save() -> int:
    """Store the patterns this run used after those stored it did not use, when it compiled new ones; return
    how many the run used. The file keeps every pattern of the run and as many unused as MAX_PATTERNS leaves
    room for, those unused longest going first."""
    if sys.dont_write_bytecode:
        return 0
    try:
        _save_memos()
    except Exception:  # noqa: BLE001 - a cache: any trouble means the next run computes again
        pass
    try:
        cache = dict(re._cache)  # type: ignore[attr-defined]
        if all(key in _LOADED for key in cache):
            return 0
        entries = [entry for key, pattern in cache.items()
                   if (entry := _LOADED.get(key) or _entry(key, pattern)) is not None]
        unused = [entry for key, entry in _LOADED.items() if key not in cache]
        path = cache_file()
        path.parent.mkdir(exist_ok=True)
        partial = path.with_name(f"{path.name}.{os.getpid()}")
        room = max(MAX_PATTERNS - len(entries), 0)
        partial.write_bytes(marshal.dumps((unused[max(len(unused) - room, 0):] if room else []) + entries))
        os.replace(partial, path)  # another process may write at the same time: each file is whole
        return len(entries)
    except Exception:  # noqa: BLE001 - a cache: any trouble means the next run compiles as usual
        return 0


def _unpacked(code: bytes) -> list[int]:
    """Given a pattern's code as stored (unsigned 32-bit words), return it as the list _sre.compile takes."""
    words = array("I")
    words.frombytes(code)
    return words.tolist()


def _entry(key: tuple[Any, ...], pattern: Any) -> tuple[Any, ...] | None:
    """Given a key of `re`'s cache and its pattern, return what rebuilds it, or None when it cannot."""
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]

    kind, source, flags = key
    if kind not in _KINDS or not isinstance(pattern, re.Pattern):
        return None
    tree = _parser.parse(source, flags)
    code = [int(op) for op in _compiler._code(tree, flags)]  # plain ints: marshal takes no int subclass
    groupindex = dict(tree.state.groupdict)
    indexgroup = [None] * tree.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    groups = tree.state.groups - 1
    rebuilt = _sre.compile(source, flags | tree.state.flags, code, groups, groupindex, tuple(indexgroup))
    if rebuilt != pattern or rebuilt.groupindex != pattern.groupindex:
        return None
    packed = array("I", code).tobytes()  # 4 bytes a code: a list of ints would hold 8 to 36
    return (source, flags, flags | tree.state.flags, packed, groups, groupindex, tuple(indexgroup))
