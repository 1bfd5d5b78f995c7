"""The header block of a printed e-mail (Outlook's 'Från: / Skickat: / Till: / Kopia: / Ämne:').

A missiv that arrives as a printed e-mail is read like a letter, but its header says other things
than a letterhead: 'Ämne:' is the title, 'Till:' and 'Kopia:' are the recipients (us), never the
reply address, and 'Från:' is the person who sent it. A value runs on over the following lines
until the next label.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from remiss.domain import Line


@lru_cache(maxsize=1)
def etiketter() -> dict[str, tuple[str, ...]]:
    """Return each header field's label words (modeller/epostrubrik.toml)."""
    data = tomllib.loads(resources.files("modeller").joinpath("epostrubrik.toml").read_text(encoding="utf-8"))
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
    """One header field: its value (continuation lines joined) and the line it starts on."""

    value: str
    line: Line


def read_mail_header(lines: Sequence[Line]) -> dict[str, Falt]:
    """Given a document's lines, return its printed e-mail header fields, or {} when it has none.

    A header needs 'Från:' and 'Ämne:' (or 'Till:') within its first lines, one label per line.
    """
    found: dict[str, Falt] = {}
    current: str | None = None
    for line in lines[:HEAD_LINES]:
        text = line.text.strip()
        match = _label().match(text)
        if match:
            key = next(k for k, words in etiketter().items() if match.group("label").lower() in words)
            if key in found:
                break  # a second 'Från:': a quoted mail below the first
            found[key] = Falt(match.group("value").strip(), line)
            current = key
        elif current in ("till", "kopia", "bilagor") and found:
            previous = found[current]
            found[current] = Falt(f"{previous.value} {text}".strip(), previous.line)
        elif found:
            break
    if "fran" in found and ("amne" in found or "till" in found):
        return found
    return {}


def recipients(header: dict[str, Falt]) -> set[str]:
    """Given a mail header, return the lower-case addresses in its 'Till:' and 'Kopia:' fields."""
    from remiss.instanser import EMAIL

    return {
        address.lower().rstrip(".")
        for key in ("till", "kopia")
        if key in header
        for address in EMAIL.findall(header[key].value)
    }
