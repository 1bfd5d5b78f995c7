"""The header block of a printed e-mail (Outlook's 'Från: / Skickat: / Till: / Kopia: / Ämne:').

A missiv that arrives as a printed e-mail is read like a letter, but its header says other things
than a letterhead: 'Ämne:' is the title, 'Till:' and 'Kopia:' are the recipients (us), never the
reply address, and 'Från:' is the person who sent it. A value runs on over the following lines
until the next label.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from remiss.domain import Line
from remiss.modelldata import modell_toml


@lru_cache(maxsize=1)
def etiketter() -> dict[str, tuple[str, ...]]:
    """Return each header field's label words (modeller/epostrubrik.toml)."""
    data = modell_toml("epostrubrik.toml")
    return {falt["namn"]: tuple(falt["ord"]) for falt in data["falt"]}


@lru_cache(maxsize=1)
def _label() -> re.Pattern[str]:
    """Return the pattern of a header line: a label word, a colon, the value."""
    words = sorted((w for ws in etiketter().values() for w in ws), key=len, reverse=True)
    alternatives = "|".join(map(re.escape, words))
    return re.compile(rf"^(?P<label>{alternatives})\s*:\s*(?P<value>.*)$", re.IGNORECASE)


HEAD_LINES = 40  # the header block stands at the top


@dataclass(frozen=True)
class Falt:
    """One header field: its value (continuation lines joined), the line it starts on and its last line."""

    value: str
    line: Line
    last: Line | None = None  # the last continuation line (None: the value is on `line` alone)


def read_mail_header(lines: Sequence[Line]) -> dict[str, Falt]:
    """Given a document's lines, return its printed e-mail header fields, or {} when it has none.

    A header needs 'Från:' and 'Ämne:' (or 'Till:'), or 'Till:' and 'Ämne:', within its first lines, one
    label per line; or 'Till:' and 'Bifogade filer:' on the first lines.
    """
    found: dict[str, Falt] = {}
    current: str | None = None
    last: Line | None = None
    for line in lines[:HEAD_LINES]:
        text = line.text.strip()
        match = _label().match(text)
        if match:
            key = next(k for k, words in etiketter().items() if match.group("label").lower() in words)
            if key in found:
                break  # a second 'Från:': a quoted mail below the first
            found[key] = Falt(match.group("value").strip().lstrip("|").strip(), line)  # 'Ämne: | …' (cells)
            current, last = key, line
        elif current is not None and _continues(current, line, last, found[current].value):
            previous = found[current]
            found[current] = Falt(f"{previous.value} {text.lstrip('|').strip()}".strip(), previous.line, line)
            last = line
        elif found:
            break
    if "fran" in found and ("amne" in found or "till" in found) or "till" in found and "amne" in found:
        return found  # also a print whose 'Från:' has no name to show: 'Till:' and 'Ämne:'
    first = min((lines.index(f.line) for f in found.values()), default=len(lines))
    if "till" in found and "bilagor" in found and first < 3:
        return found  # a print with neither sender nor subject to show, under the mailbox's name
    return {}


def body_lines(header: dict[str, Falt], lines: Sequence[Line]) -> list[Line]:
    """Given a mail header and the document's lines, return the lines under the header (the mail's text)."""
    ends = [f.last or f.line for f in header.values()]
    index = max((i for i, line in enumerate(lines) if any(line is e for e in ends)), default=-1)
    return list(lines[index + 1 :])


def _continues(key: str, line: Line, previous: Line | None, value: str) -> bool:
    """Return True when a line without a label goes on with the value above it: by position when the
    label line was read in cells (the value column), else for the list of recipients, and for the list
    of attached files while it names files ('missiv 2017.docx') or the line above ended in ';'."""
    if previous is not None and len(previous.cells_x) >= 2 and line.x0 is not None:
        return _in_value_cell(line, previous)
    if key == "bilagor":
        return value.endswith((";", ",")) or bool(FILE_NAME.search(line.text)) and len(line.text) < 120
    return key in ("till", "kopia")


FILE_NAME = re.compile(r"\.(?:pdf|docx?|xlsx?|odt|pptx?|zip|txt|rtf)\b", re.IGNORECASE)


def _in_value_cell(line: Line, previous: Line | None) -> bool:
    """Return True when a line without a label is the wrapped rest of the value above it: it starts in the
    value column of the label line above ('Ämne: | Remiss Ds 2015:36 … för' / 'arbetstagare') and follows
    it closely (less than two line heights below)."""
    if previous is None or len(previous.cells_x) < 2 or line.x0 is None or line.top is None:
        return False
    if previous.top is None or previous.bottom is None:
        return False
    height = max(previous.bottom - previous.top, 1.0)
    return abs(line.x0 - previous.cells_x[1]) < 3 and 0 < line.top - previous.top < 2 * height


def recipients(header: dict[str, Falt]) -> set[str]:
    """Given a mail header, return the lower-case addresses in its 'Till:' and 'Kopia:' fields."""
    from remiss.instanser import EMAIL

    return {
        address.lower().rstrip(".")
        for key in ("till", "kopia")
        if key in header
        for address in EMAIL.findall(header[key].value)
    }
