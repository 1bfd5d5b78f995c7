"""Read the data files in modeller/: a file's text (modell_text), a TOML file once per process (modell_toml),
and the rule files that hold one JSON object per line (the kontroll's cue, structure and hand-over files),
each line turned into a rule; a bad file or line stops with a ConfigError naming it."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

from remiss.errors import ConfigError

T = TypeVar("T")


def modell_text(fil: str) -> str:
    """Given a file name in modeller/ ('fornamn.txt'), return its text.

    Read from the package's folder: `importlib.resources` costs ~10 ms to import (tempfile, shutil, zipfile
    …), a tenth of `remiss tolka`'s own imports; it is used only for a package that is no folder (a zip).
    """
    import modeller

    for folder in modeller.__path__:
        path = Path(folder) / fil
        if path.is_file():
            return path.read_text(encoding="utf-8")
    from importlib import resources

    return resources.files("modeller").joinpath(fil).read_text(encoding="utf-8")


def fras(text: str) -> str:
    """Given a phrase from a word list in modeller/ ('ta fram'), return it as a regular expression: escaped,
    each space matching any run of white space (so a line break inside the phrase still matches)."""
    return re.escape(text).replace(r"\ ", r"\s+")


def fraser(words: Iterable[str]) -> str:
    """Given the phrases of a word list in modeller/, return them as one alternation of `fras` patterns, in
    the order given (sort longest first where a shorter phrase begins a longer one)."""
    return "|".join(fras(word) for word in words)


@functools.cache
def modell_toml(fil: str) -> dict[str, Any]:
    """Given a TOML file name in modeller/ ('missiv.toml'), return its data, read once per process (shared:
    never change it); a file that is not TOML raises ConfigError.

    tomllib is pure Python: the seven files `tolka` reads took ~20 ms to parse in every run. The data is
    kept between runs as the compiled patterns are (`remiss.recache.memo`, named after the file's text,
    so an edited file is parsed anew), when marshal can store it (no TOML dates).
    """
    import marshal

    from remiss import recache

    text = modell_text(fil)
    kept = recache.memo(f"toml-{Path(fil).stem}", text.encode("utf-8"))
    if isinstance(kept.get("data"), dict):
        return kept["data"]  # type: ignore[no-any-return]
    data = _parse_toml(text, fil)
    try:
        marshal.dumps(data)
    except ValueError:
        return data  # a value marshal cannot store (a date): parsed in every run
    kept["data"] = data
    return data


def _parse_toml(text: str, fil: str) -> dict[str, Any]:
    """Given a model file's text and name, return its data; a file that is not TOML raises ConfigError."""
    import tomllib

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"ogiltig TOML: {exc}. Rätta filen.", fil=f"modeller/{fil}") from exc


def las_modell(fil: str, bygg: Callable[[Any], T],
               spara: tuple[Callable[[T], Any], Callable[[Any], T]] | None = None) -> T:
    """Given a model's JSON file name in modeller/ ('titelmodell.json') and a function from its data to the
    model (raising ValueError, KeyError or TypeError when the data is wrong), return the model; a file that
    cannot be read or built raises ConfigError ('modeller/titelmodell.json går inte att läsa (…); installera
    om remiss'): the title, type and unit models' one reading.

    With `spara` (a function from the model to values marshal stores, and its inverse) the model is kept
    between runs as the compiled patterns are (`remiss.recache.memo`, named after the file's text, so a new
    file is read anew): parsing a large file's JSON costs more than reading back what it became.
    """
    try:
        text = modell_text(fil)
        if spara is None:
            return bygg(json.loads(text))
        return _sparad_modell(fil, text, bygg, *spara)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ConfigError(f"modeller/{fil} går inte att läsa ({exc}); installera om remiss") from exc


def _sparad_modell(fil: str, text: str, bygg: Callable[[Any], T], packa: Callable[[T], Any],
                   packa_upp: Callable[[Any], T]) -> T:
    """Given a model file's name and text, how to build the model and how to keep it, return the model: the
    one kept by an earlier run of the same text, or built from the JSON and kept for the next run."""
    from remiss import recache

    kept = recache.memo(f"modell-{Path(fil).stem}", text.encode("utf-8"))
    if "modell" in kept:
        try:
            return packa_upp(kept["modell"])
        except (ValueError, TypeError):
            pass  # a kept model that does not fit this code: built anew
    model = bygg(json.loads(text))
    kept["modell"] = packa(model)
    return model


def las_jsonl(fil: str, regel: Callable[[dict[str, Any]], T], rattelse: str = "Rätta filen.",
              ) -> tuple[T, ...]:
    """Given a file name in modeller/ and a function from one line's object to a rule (raising ValueError,
    KeyError or re.error when the line is wrong), return the rules; a wrong line raises ConfigError
    ("rad 7: exempel saknas. Rätta signalfilen.")."""
    text = modell_text(fil)
    out = []
    for number, raw in enumerate(text.splitlines(), 1):
        if not raw.strip():
            continue
        try:
            row = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise ConfigError(f"rad {number} är inte giltig JSON ({exc.msg}). {rattelse}",
                              fil=f"modeller/{fil}") from exc
        try:
            out.append(regel(row))
        except (ValueError, KeyError, re.error) as exc:
            raise ConfigError(f"rad {number}: {exc}. {rattelse}", fil=f"modeller/{fil}") from exc
    return tuple(out)
