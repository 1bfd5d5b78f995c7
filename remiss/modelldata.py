"""Read the data files in modeller/: a TOML file once per process (modell_toml), and the rule files that hold
one JSON object per line (the kontroll's cue, structure and hand-over files), each line turned into a rule; a
bad file or line stops with a ConfigError naming it."""

from __future__ import annotations

import functools
import json
import re
import tomllib
from collections.abc import Callable
from importlib import resources
from typing import Any, TypeVar

from remiss.errors import ConfigError

T = TypeVar("T")


@functools.cache
def modell_toml(fil: str) -> dict[str, Any]:
    """Given a TOML file name in modeller/ ('missiv.toml'), return its data, read once per process (shared:
    never change it); a file that is not TOML raises ConfigError."""
    text = resources.files("modeller").joinpath(fil).read_text(encoding="utf-8")
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"ogiltig TOML: {exc}. Rätta filen.", fil=f"modeller/{fil}") from exc


def las_jsonl(fil: str, regel: Callable[[dict[str, Any]], T], rattelse: str = "Rätta filen.",
              ) -> tuple[T, ...]:
    """Given a file name in modeller/ and a function from one line's object to a rule (raising ValueError,
    KeyError or re.error when the line is wrong), return the rules; a wrong line raises ConfigError
    ("rad 7: exempel saknas. Rätta signalfilen.")."""
    text = resources.files("modeller").joinpath(fil).read_text(encoding="utf-8")
    out = []
    for number, raw in enumerate(text.splitlines(), 1):
        if not raw.strip():
            continue
        try:
            out.append(regel(json.loads(raw)))
        except (ValueError, KeyError, re.error) as exc:
            raise ConfigError(f"rad {number}: {exc}. {rattelse}", fil=f"modeller/{fil}") from exc
    return tuple(out)
