"""Faster case-insensitive search: an IGNORECASE pattern run without the flag over lower-cased text.

Python's `re` finds no literal or charset prefix for a case-insensitive pattern of cased letters,
so it tries the whole pattern at every position of the text; the same pattern without the flag,
over the text in lower case, skips ahead by its first characters and runs about twice as fast.
The two find exactly the same matches (same spans) when the pattern's letters are lower case
Latin-1 (characters without case, such as '–', are fine), with no inline flag changes or back
references (`twin` checks the parsed pattern), and the text holds none of the few characters
whose case folds into Latin-1 or whose lower case is longer (`safe_text`). Otherwise the original
pattern is used, so a result never depends on the shortcut.

Before any search the text is checked for the pattern's required strings (`required`): one of
them is part of every match, so a text holding none of them cannot match and is skipped with a
substring test (most documents hold no missiv signal at all).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from re import _constants as c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any, Generic, TypeVar

T = TypeVar("T")
_NOCASE = int(re.IGNORECASE)  # plain ints: flags as RegexFlag make the compiler's flag tests slow

# Characters outside Latin-1 that fold (IGNORECASE) onto a Latin-1 letter or lower-case to two
# characters: İ ı Ÿ ſ Μ μ ẞ K (Kelvin) Å (Ångström). Computed over all of Unicode with `re`.
_UNSAFE = re.compile("[\u0130\u0131\u0178\u017f\u039c\u03bc\u1e9e\u212a\u212b]")


def safe_text(text: str) -> bool:
    """Return True when lower-casing text keeps every case-insensitive match of a twin pattern.

    The same as `_UNSAFE.search(text) is None`, by nine substring tests: a test for a character wider
    than any of the text's is answered without a scan (a Swedish text is mostly Latin-1, its
    characters one byte each), where `re` steps through the whole text with its character set.
    """
    return text.isascii() or (
        "\u0130" not in text and "\u0131" not in text and "\u0178" not in text and "\u017f" not in text
        and "\u039c" not in text and "\u03bc" not in text and "\u1e9e" not in text and "\u212a" not in text
        and "\u212b" not in text
    )


class _PerPattern(Generic[T]):
    """A function of a pattern (and more arguments) cached by the pattern's identity.

    functools.lru_cache would hash the pattern on every call, and a Pattern's hash runs over its
    whole compiled code (kilobytes for a long pattern): slower than the answer for a short line.
    The patterns are kept, so an identity is never reused while cached.
    """

    def __init__(self, function: Callable[..., T]) -> None:
        self.function = function
        self.found: dict[tuple[Any, ...], tuple[re.Pattern[str], T]] = {}
        self.__doc__ = function.__doc__

    def __call__(self, pattern: re.Pattern[str], *args: Any) -> T:
        key = (id(pattern), *args)
        hit = self.found.get(key)
        if hit is not None and hit[0] is pattern:
            return hit[1]
        if len(self.found) >= 512:
            self.found.clear()
        value = self.function(pattern, *args)
        self.found[key] = (pattern, value)
        return value

    def cache_clear(self) -> None:
        """Forget every answer."""
        self.found.clear()


def _per_pattern(function: Callable[..., T]) -> _PerPattern[T]:
    """Decorate a function of a pattern to cache its answers by the pattern's identity."""
    return _PerPattern(function)


@dataclass(frozen=True)
class _Parsed:
    """What a pattern's parse tree (without IGNORECASE) says: whether a twin is exact, its required strings
    and the strings every match begins with (as written; `_starts` picks and lower-cases them)."""

    lower: bool
    strings: tuple[str, ...] | None
    first: tuple[str, ...] | None


@_per_pattern
def _parsed(pattern: re.Pattern[str]) -> _Parsed | None:
    """Given a pattern, return what its parse says (None for a bytes pattern or one the parser refuses).

    The answer depends only on the pattern and this module's code: it is kept between runs
    (`remiss.recache.memo`, named after this file's contents) like the compiled patterns.
    """
    if not isinstance(pattern.pattern, str):
        return None
    key = (pattern.pattern, pattern.flags)
    known = _MEMO.get(key)
    if known is not None:
        return _Parsed(*known)
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags & ~_NOCASE)
    except re.error:
        return None
    lower = (bool(pattern.flags & _NOCASE) and not tree.state.flags & _NOCASE
             and _lower_only(tree.data))
    found = _required(tree.data)
    first = _first_strings(tree.data)
    parsed = _Parsed(lower=lower, strings=tuple(sorted(found)) if found else None,
                     first=tuple(sorted(first)) if first else None)
    _MEMO[key] = (parsed.lower, parsed.strings, parsed.first)
    return parsed


def _memo() -> dict[Any, Any]:
    """Return the kept answers of _parsed for this version of this module (an empty dict on any trouble)."""
    try:
        from remiss import recache

        return recache.memo("fastsearch", Path(__file__).read_bytes())
    except Exception:  # noqa: BLE001 - a cache: without it every pattern is parsed
        return {}


@_per_pattern
def twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """Given an IGNORECASE pattern, return the same pattern without the flag, or None when not equivalent."""
    parsed = _parsed(pattern)
    if parsed is None or not parsed.lower:
        return None
    return re.compile(pattern.pattern, pattern.flags & ~_NOCASE)  # through re's cache (remiss.recache)


FOLDED_KEPT = 64  # texts whose folded form is kept (fold)


@dataclass(frozen=True)
class Folded:
    """A text and, when lower-casing keeps every match (`safe_text`), its lower-case form, and that form as
    Latin-1 (`latin`): where required and start strings (all Latin-1) are looked for."""

    text: str
    lowered: str | None
    latin: str | None = None


def _latin(lowered: str | None) -> str | None:
    """Given a lower-cased text, return it with each character beyond Latin-1 as '?' (the same length and
    positions), or as it is when it has none.

    A text holding one such character ('–', '”', '•') is stored with two bytes a character, and every
    look-up of a Latin-1 string in it ('remiss' in text, find) first widens the string and then compares
    two bytes at a time, about twice the work. A Latin-1 string stands at a position of the lower-cased
    text exactly when it stands there in this one, unless it holds '?' (then it may stand at more
    positions: a search tried there finds nothing the pattern does not), so no match is ever missed.
    """
    if lowered is None or lowered.isascii():
        return lowered
    try:
        lowered.encode("latin-1")  # a copy of a one-byte text's own bytes
    except UnicodeEncodeError:
        return lowered.encode("latin-1", "replace").decode("latin-1")
    return lowered


@lru_cache(maxsize=FOLDED_KEPT)
def fold(text: str) -> Folded:
    """Given a text, return it with its lower-case form for the twin patterns (checked once).

    The last texts folded are kept: a document's text is scored by several readers in turn (the missiv
    score, its svarsdatum candidates), and lower-casing a long text costs far more than finding it again.
    """
    if not safe_text(text):
        return Folded(text, None)
    try:
        data = text.encode("latin-1")  # a one-byte text's own bytes
    except UnicodeEncodeError:
        lowered = text.lower()
        return Folded(text, lowered, _latin(lowered))
    lowered = data.translate(_LATIN1_LOWER).decode("latin-1")  # = text.lower(), about ten times as fast
    return Folded(text, lowered, lowered)


# each Latin-1 character's lower case, itself a Latin-1 character ('Å' 'å', 'É' 'é', 'ß' 'ß'): str.lower()
# looks every character up in Unicode's tables, bytes.translate reads one table
_LATIN1_LOWER = bytes(ord(chr(code).lower()) for code in range(256))


def search(pattern: re.Pattern[str], folded: Folded) -> bool:
    """Return True when pattern (IGNORECASE) matches somewhere in the folded text."""
    if not possible(pattern, folded):
        return False
    fast = twin(pattern)
    starts = _starts(pattern) if folded.lowered is not None else None
    if starts is not None and folded.lowered is not None:
        if fast is not None:
            return _match_at_starts(fast, folded.lowered, folded.latin or folded.lowered, starts)
        return _match_at_starts(pattern, folded.text, folded.latin or folded.lowered, starts)
    if fast is None or folded.lowered is None:
        return pattern.search(folded.text) is not None
    return fast.search(folded.lowered) is not None


def search_all(patterns: Sequence[re.Pattern[str]], folded: Folded) -> tuple[bool, ...]:
    """Return, for each pattern, whether it matches somewhere in the folded text (`search` for each, at once).

    Each pattern is taken apart into its top-level alternatives (`alternatives`: one of them matches
    where the whole does), and each alternative is searched by itself, the way `search` does it: not
    at all when the text holds none of its required strings, else only where one of its start strings
    stands, else over the whole text. A required string is looked for, and a start string's positions
    are found, once per text however many patterns share it (many signals begin with 'har' or 'är').
    """
    scan = _Scan(folded)
    return tuple(scan.found(pattern) for pattern in patterns)


def search_any(patterns: Iterable[re.Pattern[str]], folded: Folded) -> bool:
    """Return True when one of the patterns matches somewhere in the folded text: `search_all`'s look-ups,
    in order, stopping at the first pattern that matches."""
    scan = _Scan(folded)
    return any(scan.found(pattern) for pattern in patterns)


# id(pattern): (pattern, anchor, window)
_ANCHORS: dict[int, tuple[re.Pattern[str], re.Pattern[str], int]] = {}


def anchor(pattern: re.Pattern[str], anchor: re.Pattern[str], window: int) -> None:
    """Let search_all find pattern by its anchor: every match of pattern holds a match of anchor that begins
    at most window characters after the match's own start (the caller's promise; tested on the corpus).

    For a pattern that opens at every sentence and looks ahead through it ('a sentence that names a
    period … and a date'), which `re` tries at each sentence of a long text: the anchor (the date) is rare,
    so the pattern is tried only in the window before each of its matches.
    """
    _ANCHORS[id(pattern)] = (pattern, anchor, window)


def _anchored_plan(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], re.Pattern[str], int] | None:
    """Given a pattern, return (pattern, anchor, window) when it was anchored (`anchor`), else None."""
    found = _ANCHORS.get(id(pattern))
    return found if found is not None and found[0] is pattern else None


# an alternative of a pattern, its required strings (`_needles`), its twin and its start strings (`_starts`)
_Step = tuple[re.Pattern[str], tuple[tuple[str, ...], bool] | None, re.Pattern[str] | None,
              tuple[str, ...] | None]


@_per_pattern
def _plan(pattern: re.Pattern[str]) -> tuple[_Step, ...]:
    """Given a pattern, return for each of its alternatives what `_Scan.search` looks up for it (its required
    strings, twin and start strings), so that a search of many texts looks them up once."""
    return tuple((piece, _needles(piece), twin(piece), _starts(piece)) for piece in alternatives(pattern))


class _Scan:
    """One text searched for many patterns: the required strings and start positions found so far."""

    def __init__(self, folded: Folded) -> None:
        self.folded = folded
        self.limit = max(1, int(len(folded.text) * MAX_STARTS))
        self.holds: dict[str, bool] = {}  # a string: whether it stands in the lower-cased text
        self.holds_as_written: dict[str, bool] = {}  # the same in the text as written
        self.positions: dict[str, list[int] | None] = {}

    def found(self, pattern: re.Pattern[str]) -> bool:
        """Return what search(pattern, folded) returns, by the pattern's anchor (`anchor`) or its plan."""
        anchored = _anchored_plan(pattern)
        if anchored is not None:
            return self.anchored(*anchored)
        return any(self.planned(step) for step in _plan(pattern))

    def search(self, pattern: re.Pattern[str]) -> bool:
        """Return what search(pattern, folded) returns (the pattern whole as one step, `planned`)."""
        return self.planned((pattern, _needles(pattern), twin(pattern), _starts(pattern)))

    def planned(self, step: _Step) -> bool:
        """Return what search(pattern, folded) returns, given the pattern's step of a plan (`_plan`)."""
        pattern, needles, fast, starts = step
        folded = self.folded
        lowered = folded.lowered
        if needles is not None and not self._holds(needles):
            return False
        if lowered is not None:
            positions = self._start_positions(starts) if starts is not None else None
            if positions is not None:
                text = lowered if fast is not None else folded.text
                match = (fast or pattern).match
                return any(match(text, index) is not None for index in positions)
        if fast is None or lowered is None:
            return pattern.search(folded.text) is not None
        return fast.search(lowered) is not None

    def anchored(self, pattern: re.Pattern[str], anchor: re.Pattern[str], window: int) -> bool:
        """Return whether pattern matches in the text, tried only at the window's positions before each start
        of a match of anchor (`anchor`; overlapping starts too, so none is skipped)."""
        needles = _needles(anchor)
        if needles is not None and not self._holds(needles):
            return False
        lowered = self.folded.lowered
        fast_anchor = twin(anchor) if lowered is not None else None
        fast = twin(pattern) if lowered is not None else None
        anchor_text = lowered if fast_anchor is not None and lowered is not None else self.folded.text
        text = lowered if fast is not None and lowered is not None else self.folded.text
        match = (fast or pattern).match
        tried = 0  # positions below this are tried already
        for begin in self._anchor_starts(fast_anchor or anchor, anchor_text):
            for index in range(max(tried, begin - window), begin + 1):
                if match(text, index) is not None:
                    return True
            tried = begin + 1
        return False

    def _anchor_starts(self, anchor: re.Pattern[str], text: str) -> Iterator[int]:
        """Yield every position (ascending) where a match of anchor begins in text, overlapping ones too:
        tried only where one of its start strings stands, when it has them (`_starts`)."""
        starts = _starts(anchor) if self.folded.lowered is not None else None
        positions = self._start_positions(starts) if starts is not None else None
        if positions is not None:
            match = anchor.match
            yield from (index for index in positions if match(text, index) is not None)
            return
        hit = anchor.search(text)
        while hit is not None:
            yield hit.start()
            hit = anchor.search(text, hit.start() + 1)

    def _holds(self, needles: tuple[tuple[str, ...], bool]) -> bool:
        """Return True when one of a pattern's required strings stands in the text (`_needles`), or the text
        to look in is unknown; each string is looked for once per text."""
        strings, in_lowered = needles
        text = (self.folded.latin or self.folded.lowered) if in_lowered else self.folded.text
        if text is None:
            return True
        holds = self.holds if in_lowered else self.holds_as_written
        for string in strings:
            found = holds.get(string)
            if found is None:
                positions = self.positions.get(string, ()) if in_lowered else ()
                # (a start string's positions, found already, say whether it stands in the text: None is many)
                found = holds[string] = string in text if positions == () else positions != []
            if found:
                return True
        return False

    def _start_positions(self, starts: tuple[str, ...]) -> list[int] | None:
        """Return the positions (ascending) where one of starts stands, None when there are too many."""
        if len(starts) == 1:
            return self._positions(starts[0])
        found: set[int] = set()
        for start in starts:
            positions = self._positions(start)
            if positions is None:
                return None
            found.update(positions)
            if len(found) > self.limit:
                return None
        return sorted(found)

    def _positions(self, start: str) -> list[int] | None:
        """Return every position of start in the lower-cased text (None: more than the limit)."""
        if start in self.positions:
            return self.positions[start]
        if self.holds.get(start) is False:  # a required string found missing: it stands nowhere
            self.positions[start] = []
            return self.positions[start]
        lowered = self.folded.latin or self.folded.lowered  # (the same positions: `_latin`)
        assert lowered is not None
        positions: list[int] = []
        index = lowered.find(start)
        while index >= 0:
            positions.append(index)
            if len(positions) > self.limit:
                self.positions[start] = None
                return None
            index = lowered.find(start, index + 1)
        self.positions[start] = positions
        return positions


@_per_pattern
def alternatives(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], ...]:
    """Given a pattern, return its top-level alternatives, compiled alike (the pattern itself when none).

    The pattern matches at a position exactly when one of them does. A pattern whose alternatives
    could depend on each other (back references, conditionals, global inline flags, verbose) or that
    the splitter cannot read is kept whole.
    """
    source = pattern.pattern
    if not isinstance(source, str) or pattern.flags & re.VERBOSE or "|" not in source:
        return (pattern,)
    if re.search(r"\\[1-9]|\(\?P=|\(\?\(|^\(\?[aiLmsux]+\)", source):
        return (pattern,)
    pieces = _split_top(source)
    if pieces is None or len(pieces) < 2:
        return (pattern,)
    try:
        return tuple(re.compile(piece, pattern.flags) for piece in pieces)
    except re.error:
        return (pattern,)


def _split_top(source: str) -> list[str] | None:
    """Split a pattern's source at its top-level '|' (outside groups and classes); None when unbalanced.

    The answer is kept between runs with _parsed's (`_MEMO`): splitting goes character by character.
    """
    key = ("|", source)
    known: tuple[str, ...] | bool | None = _MEMO.get(key)
    if known is None:
        pieces = _split_top_read(source)
        known = _MEMO[key] = tuple(pieces) if pieces is not None else False
    return list(known) if isinstance(known, tuple) else None


def _split_top_read(source: str) -> list[str] | None:
    """Split a pattern's source at its top-level '|' as `_split_top` says, reading it."""
    pieces: list[str] = []
    depth = 0
    begin = 0
    index = 0
    in_class = False
    while index < len(source):
        char = source[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            if char == "]":
                in_class = False
        elif char == "[":
            in_class = True
            index += 1
            if source[index : index + 1] == "^":
                index += 1
            if source[index : index + 1] == "]":  # a ']' first in a class is a character
                index += 1
            continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth < 0:
                return None
        elif char == "|" and depth == 0:
            pieces.append(source[begin:index])
            begin = index + 1
        index += 1
    if depth != 0 or in_class:
        return None
    pieces.append(source[begin:])
    return pieces


MAX_STARTS = 1 / 16  # more candidate positions than this share of the text: one scan is faster


def _match_at_starts(pattern: re.Pattern[str], text: str, lowered: str, starts: tuple[str, ...]) -> bool:
    """Return True when pattern matches in text, trying it only where one of its start strings stands.

    Every match begins where one of `starts` (`_starts`, lower case) stands in the lower-cased text
    (as long as text: `safe_text`), so a search is the same as a match tried at each such place
    (`match(text, pos)` sees the text before pos for lookbehinds and \\b, as `search` does).
    Python's `re` finds no prefix for a pattern that opens with \\b, a lookbehind or alternatives
    in groups, and tries it at every position.
    """
    positions = _start_positions(lowered, starts)
    if positions is None:
        return pattern.search(text) is not None
    match = pattern.match
    return any(match(text, index) is not None for index in positions)


def finditer(pattern: re.Pattern[str], folded: Folded) -> Iterator[re.Match[str]]:
    """Yield pattern's matches in the folded text, spans as in the text (matched strings maybe lower case)."""
    if not possible(pattern, folded):
        return iter(())
    fast = twin(pattern)
    starts = _starts(pattern) if folded.lowered is not None else None
    if starts is not None and folded.lowered is not None:
        text = folded.lowered if fast is not None else folded.text
        found = _matches_at_starts(fast or pattern, text, folded.latin or folded.lowered, starts)
        if found is not None:
            return iter(found)
    if fast is None or folded.lowered is None:
        return pattern.finditer(folded.text)
    return fast.finditer(folded.lowered)


def can_match(pattern: re.Pattern[str], text: str) -> bool:
    """Return False only when pattern.match(text) must fail: text does not begin with a start string.

    For a pattern whose lookaheads scan the whole line before its first letter is tried.
    """
    plan = _head_plan(pattern)
    if plan is None:
        return True
    starts, longest = plan
    head = text[:longest]
    return head.lower().startswith(starts) or not (head.isascii() or safe_text(head))  # ASCII is safe


@_per_pattern
def _head_plan(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], int] | None:
    """Given a pattern, return the strings that begin every match (`_starts`) and the longest one's length."""
    starts = _starts(pattern, 1)
    return None if starts is None else (starts, max(len(start) for start in starts))


def matches(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """Return pattern's matches in a short text, as finditer finds them, tried only where one can begin.

    For a pattern whose matches begin with a rare character ('.', '!', '?' after lookbehinds) in a
    short window of text, where a full scan would try the lookbehinds at every character.
    """
    starts = _starts(pattern, 1)
    if starts is not None and safe_text(text):
        found = _matches_at_starts(pattern, text, text.lower(), starts)
        if found is not None:
            return found
    return list(pattern.finditer(text))


def _matches_at_starts(pattern: re.Pattern[str], text: str, lowered: str,
                       starts: tuple[str, ...]) -> list[re.Match[str]] | None:
    """Return pattern's matches in text as finditer finds them, tried only where a start string stands.

    finditer takes the leftmost match, then searches on from its end; every match begins at a
    start position (`_match_at_starts`), so trying those in order from the last end is the same.
    None when there are too many positions, or a match is empty (finditer then steps on itself).
    """
    positions = _start_positions(lowered, starts)
    if positions is None:
        return None
    found: list[re.Match[str]] = []
    for hit in matches_at(pattern, text, sorted(positions)):
        if hit.end() == hit.start():
            return None
        found.append(hit)
    return found


def matches_at(pattern: re.Pattern[Any], text: Any, positions: Iterable[int]) -> Iterator[re.Match[Any]]:
    """Yield pattern's matches tried at positions (ascending), each one from the end of the last match.

    When every match begins at one of the positions and none is empty, these are finditer's matches
    (finditer takes the leftmost match, then searches on from its end). For str or bytes.
    """
    end = 0
    match = pattern.match
    for index in positions:
        if index < end:
            continue
        hit = match(text, index)
        if hit is not None:
            yield hit
            end = hit.end()


def _start_positions(lowered: str, starts: tuple[str, ...]) -> set[int] | None:
    """Return every position where one of starts stands in lowered (None: more than MAX_STARTS of it)."""
    limit = max(1, int(len(lowered) * MAX_STARTS))
    positions: set[int] = set()
    for start in starts:
        index = lowered.find(start)
        while index >= 0:
            positions.add(index)
            if len(positions) > limit:
                return None
            index = lowered.find(start, index + 1)
    return positions


MIN_REQUIRED = 3  # required strings shorter than this are not worth a substring test


def possible(pattern: re.Pattern[str], folded: Folded) -> bool:
    """Return False only when pattern cannot match in the folded text (none of its required strings)."""
    needles = _needles(pattern)
    if needles is None:
        return True
    strings, in_lowered = needles
    text = (folded.latin or folded.lowered) if in_lowered else folded.text
    if text is None:
        return True  # a text lower-casing could change (no folded form): not answered here
    for string in strings:  # a loop, not any() over a generator: called for every line and page
        if string in text:
            return True
    return False


@_per_pattern
def _needles(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], bool] | None:
    """Given a pattern, return its required strings and whether to look for them in the lower-cased text.

    An IGNORECASE pattern's required strings come from its case-insensitive parts (`_required` passes
    over a group that changes flags, such as `(?-i:…)`), so one of them stands, lower-cased, in the
    lower-cased text of every match, whether the pattern has a twin or not: in a `safe_text` a
    Latin-1 letter matches only characters with its lower case. None: nothing to look for.
    """
    parsed = _parsed(pattern)
    if parsed is None or parsed.strings is None:
        return None
    if not pattern.flags & _NOCASE:
        return parsed.strings, False
    if not all(ord(char) < 0x100 for string in parsed.strings for char in string):
        return None
    return tuple(sorted({string.lower() for string in parsed.strings})), True


MIN_START = 2  # start strings shorter than this occur too often to be worth looking for


@_per_pattern
def _starts(pattern: re.Pattern[str], min_start: int = MIN_START) -> tuple[str, ...] | None:
    """Given a pattern, return lower-case strings one of which begins every match in the lower-cased text.

    A Latin-1 character matches (IGNORECASE or not) only characters with its lower case in a
    `safe_text`, so the lower-cased strings stand in the lower-cased text wherever a match begins.
    """
    parsed = _parsed(pattern)
    if parsed is None:
        return None
    found = parsed.first
    if not found or any(len(string) < min_start and not _rare_start(string) for string in found):
        return None
    if any(ord(char) >= 0x100 for string in found for char in string):
        return None
    return tuple(sorted({string.lower() for string in found}))


def _rare_start(string: str) -> bool:
    """Return True for a start string of one punctuation character (',', '.', '"'): it stands a few times a
    line, not in every word as a letter does, so its positions are worth looking up (MAX_STARTS bounds
    them)."""
    return len(string) == 1 and not string.isalnum() and not string.isspace()


_ZERO_WIDTH = (c.AT, c.ASSERT, c.ASSERT_NOT)
LONG_HEAD = 3  # a literal start this long is looked for as it is (_first_strings)
MAX_HEADS = 8  # a short literal start goes on with at most this many strings after it


def _first_strings(items: Any) -> frozenset[str] | None:
    """Given parsed items in sequence, return strings one of which every match begins with (None: unknown).

    Zero-width items (\\b, ^, lookarounds) before the first character are passed over; a set is only
    returned where a character must be consumed, so a match never starts elsewhere.
    """
    for index, (op, av) in enumerate(items):
        if op in _ZERO_WIDTH:
            continue
        if op is c.LITERAL:
            run = []
            for next_op, next_av in items[index:]:
                if next_op is not c.LITERAL:
                    break
                run.append(chr(next_av))
            head = "".join(run)
            # a short head goes on with what follows it: `re` takes a common start out of alternatives
            # ('(?:minnes|mötes)anteckningar' is parsed 'm(?:innes|ötes)anteckningar'), and 'm' alone
            # starts too many words to be looked for
            rest = _first_strings(items[index + len(run) :]) if len(head) < LONG_HEAD else None
            if rest and len(rest) <= MAX_HEADS:
                return frozenset(head + string for string in rest)
            return frozenset({head})
        if op is c.IN:
            if all(member_op is c.LITERAL for member_op, _ in av):
                return frozenset(chr(member) for _, member in av)
            return None
        if op is c.BRANCH:
            branches = [_first_strings(branch.data) for branch in av[1]]
            return frozenset().union(*branches) if all(branches) else None  # type: ignore[arg-type]
        if op is c.SUBPATTERN:
            return _first_strings(av[3].data)  # a flag change keeps the strings: they are lower-cased
        if op is c.ATOMIC_GROUP:
            return _first_strings(av.data)
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            low, _high, body = av
            first = _first_strings(body.data)
            if low >= 1 or first is None:
                return first
            rest = _first_strings(items[index + 1 :])  # the repeat may be skipped
            return first | rest if rest else None
        return None
    return None


def required(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Given a pattern, return strings one of which every match contains (None when there are none to use).

    For an IGNORECASE pattern the strings are only used when it has a twin (letters lower case).
    """
    parsed = _parsed(pattern)
    return None if parsed is None else parsed.strings


def _required(items: Any) -> frozenset[str] | None:
    """Given parsed items in sequence, return the best set of strings one of which each match holds."""
    options: list[frozenset[str]] = []
    run: list[str] = []

    def flush() -> None:
        if len(run) >= MIN_REQUIRED:
            options.append(frozenset({"".join(run)}))
        run.clear()

    for op, av in items:
        if op is c.LITERAL:
            run.append(chr(av))
            continue
        flush()
        found: frozenset[str] | None = None
        if op is c.SUBPATTERN and not av[1] and not av[2]:  # a group without flag changes
            found = _required(av[3].data)
        elif op is c.ATOMIC_GROUP:
            found = _required(av.data)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
            found = _required(av[2].data)
        elif op is c.BRANCH:
            branches = [_required(branch.data) for branch in av[1]]
            if all(branches):
                found = frozenset().union(*branches)  # type: ignore[arg-type]
        if found:
            options.append(found)
    flush()
    return max(options, key=lambda strings: min(len(s) for s in strings), default=None)


def _lower_only(items: Any) -> bool:
    """Given parsed pattern items, return True when every letter is lower case Latin-1 and no flag changes."""
    for op, av in items:
        if op in (c.LITERAL, c.NOT_LITERAL):
            if not _lower_char(av):
                return False
        elif op is c.IN:
            if not _lower_only(av):
                return False
        elif op is c.RANGE:
            if not all(_lower_char(code) for code in range(av[0], av[1] + 1)):
                return False
        elif op is c.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if add_flags or del_flags or not _lower_only(sub.data):
                return False
        elif op is c.BRANCH:
            if not all(_lower_only(branch.data) for branch in av[1]):
                return False
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            if not _lower_only(av[2].data):
                return False
        elif op in (c.ASSERT, c.ASSERT_NOT):
            if not _lower_only(av[1].data):
                return False
        elif op is c.ATOMIC_GROUP:
            if not _lower_only(av.data):
                return False
        elif op not in (c.ANY, c.AT, c.CATEGORY, c.NEGATE):
            return False  # back references, conditionals and anything unknown: keep the original
    return True


def _lower_char(code: int) -> bool:
    """Return True for a lower-case Latin-1 character or a character without case (a digit, '–', '§')."""
    char = chr(code)
    if char.lower() != char:
        return False
    return code < 0x100 or char.upper() == char


_MEMO = _memo()
