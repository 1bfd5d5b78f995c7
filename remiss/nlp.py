"""The one place the spaCy pipeline is assembled: blank Swedish, abbreviations, sentences, lemmas, patterns.

`load_nlp()` is cached and imports spaCy only when first called, so commands that do not need
language analysis never pay for it. Lemmas come from simplemma's Swedish dictionary: the forms of the
words the patterns use (`lemma_table()`, kept in the user's cache folder after the first run); the
ställningstagande patterns are data in `modeller/stallningstagande.jsonl`.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
import types
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

# Abbreviations that end in a period but do not end a sentence (FACTS.md: the sentencizer broke after them).
FORKORTNINGAR: tuple[str, ...] = (
    "prop.",
    "bet.",
    "dir.",
    "kl.",
    "enl.",
    "t.ex.",
    "bl.a.",
    "m.m.",
    "s.k.",
    "dvs.",
    "d.v.s.",
    "ca.",
    "nr.",
    "kap.",
    "jfr.",
    "resp.",
    "fr.o.m.",
    "t.o.m.",
    "o.s.v.",
    "osv.",
    "p.g.a.",
    "pga.",
    "inkl.",
    "exkl.",
    "ang.",
    "bil.",
    "tf.",
    "st.",
    "f.d.",
    "mfl.",
    "m.fl.",
    "o.d.",
    "a.a.",
    "el.",
    "ff.",
    "kr.",
    "milj.",
)
MONSTERFIL = "stallningstagande.jsonl"
LEMMA_KOMPONENT = "remiss_lemman"


def import_spacy() -> Any:
    """Return the spacy module, imported without its command-line package.

    spaCy's `__init__` imports `spacy.cli.info` only to offer `spacy.info()`, and with it the whole
    command line (typer, downloads): 0.6–0.8 s here that the library never uses. A stand-in takes
    its place while spacy is imported; should a spaCy version need the real one, the import is
    done again the ordinary way.
    """
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    cli = types.ModuleType("spacy.cli")
    cli.__path__ = []  # a package, so 'spacy.cli.info' can be found in sys.modules
    info = types.ModuleType("spacy.cli.info")
    info.info = lambda *args, **kwargs: None  # type: ignore[attr-defined]
    stand_ins = {"spacy.cli": cli, "spacy.cli.info": info}
    sys.modules.update(stand_ins)
    try:
        import spacy

        return spacy
    except Exception:  # noqa: BLE001 - any failure: forget the partial import and do it properly
        for name in [m for m in sys.modules if m == "spacy" or m.startswith("spacy.")]:
            del sys.modules[name]
        import spacy

        return spacy
    finally:
        for name, module in stand_ins.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]


@lru_cache(maxsize=1)
def load_nlp() -> Any:
    """Return the cached pipeline: spacy.blank("sv") + abbreviations + sentencizer + lemmas + patterns."""
    spacy = import_spacy()

    _register_lemma_component()
    nlp = spacy.blank("sv")
    for abbreviation in FORKORTNINGAR:
        for variant in {abbreviation, abbreviation.capitalize()}:
            nlp.tokenizer.add_special_case(variant, [{"ORTH": variant}])  # type: ignore[union-attr]
    nlp.add_pipe("sentencizer")
    nlp.add_pipe(LEMMA_KOMPONENT)
    ruler = nlp.add_pipe("entity_ruler", config={"validate": True})
    patterns = [{k: p[k] for k in ("id", "label", "pattern")} for p in load_patterns()]
    ruler.add_patterns(patterns)  # type: ignore[attr-defined]
    return nlp


@lru_cache(maxsize=1)
def load_patterns() -> tuple[dict[str, Any], ...]:
    """Return the ställningstagande patterns from modeller/stallningstagande.jsonl, checked (ConfigError
    names the bad line)."""
    from remiss.modelldata import las_jsonl

    return las_jsonl(MONSTERFIL, _checked_pattern, "Rätta mönsterfilen.")


def _checked_pattern(pattern: Any) -> dict[str, Any]:
    """Given one line of the pattern file, return it (ValueError when it lacks id, label or token list, or
    has an unknown label)."""
    if not isinstance(pattern, dict) or not {"id", "label", "pattern"} <= set(pattern):
        raise ValueError("saknar id, label eller pattern")
    if pattern["label"] not in ("TILLSTYRKER", "AVSTYRKER", "AVSTAR"):
        raise ValueError(f"har okänd label {pattern['label']!r} (TILLSTYRKER, AVSTYRKER eller AVSTAR)")
    return pattern


def may_match(texts: Iterable[str]) -> bool:
    """Given texts, return False only when no ställningstagande pattern can match in any of them.

    Every pattern has a token that must be there (no OP '?' or '*') and names its words: a LOWER, TEXT
    or ORTH string or IN list, or a LEMMA (a word form simplemma's table gives that lemma, or the lemma
    itself: the lemma component sets `table.get(lower, lower)`). A text holding none of these words in
    lower case cannot give an entity, so the caller need not load spaCy (0.4–2 s) for it. Exact: a
    pattern without such a token makes every text one that may match.
    """
    words = _required_words()
    if words is None:
        return True
    return any(words.search(text.lower()) for text in texts)


@lru_cache(maxsize=1)
def _required_words() -> re.Pattern[str] | None:
    """Return the pattern of the words one of which every ställningstagande match holds (None: no such
    set, some pattern has no token whose words are known); of a pattern's required tokens the one whose
    shortest word is longest is taken, as 'de' or 'är' stands in every text."""
    forms: dict[str, set[str]] = {}
    for form, lemma in lemma_table().items():
        forms.setdefault(lemma, set()).add(form)
    words: set[str] = set()
    for pattern in load_patterns():
        known = [w for w in (_token_words(token, forms) for token in pattern["pattern"]) if w]
        if not known:
            return None
        words |= max(known, key=lambda w: min(map(len, w)))  # the rarest: 'tillstyrk…' before 'att'

    if not words or "" in words:
        return None
    return re.compile(_trie(_shortest(words)))


def _shortest(words: set[str]) -> list[str]:
    """Given words, return those that hold no other of them: a text holds one of these if it holds any."""
    kept: list[str] = []
    for word in sorted(words, key=lambda w: (len(w), w)):
        if not any(shorter in word for shorter in kept):
            kept.append(word)
    return kept


def _trie(words: list[str]) -> str:
    """Given words of which none begins another, return a pattern finding any of them, their common
    beginnings shared ('tillstyrk(?:a|er|…)'): `re` then tries one branch per character, not every word."""
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})

    def branch(node: dict[str, Any]) -> str:
        parts = [re.escape(char) + branch(child) for char, child in sorted(node.items())]
        return "" if not parts else parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"

    return branch(root)


def _token_words(token: dict[str, Any], forms: dict[str, set[str]]) -> set[str] | None:
    """Given a required pattern token and {lemma: its word forms}, return the lower-case words one of which
    the matched token is, or None when the token is optional or names no words (a REGEX, NOT_IN, a flag)."""
    if token.get("OP") not in (None, "+"):
        return None
    for key, value in token.items():
        values = [value] if isinstance(value, str) else value.get("IN") if isinstance(value, dict) else None
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            continue
        if key == "LEMMA":
            return {form for lemma in values for form in forms.get(lemma, set()) | {lemma}}
        if key in ("LOWER", "TEXT", "ORTH"):
            return {v.lower() for v in values}
    return None


def pattern_by_id() -> dict[str, dict[str, Any]]:
    """Return the patterns keyed by their id."""
    return {p["id"]: p for p in load_patterns()}


def _register_lemma_component() -> None:
    """Register the simplemma-backed lemma component with spaCy once."""
    from spacy.language import Language

    if Language.has_factory(LEMMA_KOMPONENT):
        return
    Language.component(LEMMA_KOMPONENT, func=_set_lemmas)


def _set_lemmas(doc: Any) -> Any:
    """Given a Doc, set each token's lemma from the simplemma table (lower case when not a pattern word)."""
    table = lemma_table()
    for token in doc:
        lower = token.lower_
        token.lemma_ = table.get(lower, lower)
    return doc


def pattern_lemmas() -> frozenset[str]:
    """Return every lemma the patterns match on (the words whose inflections must be known)."""
    found: set[str] = set()
    for pattern in load_patterns():
        for token in pattern["pattern"]:
            value = token.get("LEMMA")
            if isinstance(value, str):
                found.add(value)
            elif isinstance(value, dict):
                found.update(value.get("IN", ()))
    return frozenset(found)


@lru_cache(maxsize=1)
def lemma_table() -> dict[str, str]:
    """Return {word form: lemma} from simplemma's Swedish dictionary for the pattern lemmas, cached on disk.

    simplemma needs ~0.9 s to load its whole Swedish dictionary; the few hundred forms the patterns
    need are kept in the user's cache folder (keyed by simplemma version and lemmas) after the first run.
    """
    lemmas = pattern_lemmas()
    path = _cache_path(lemmas)
    try:
        return dict(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError):
        pass
    table = _table_from_simplemma(lemmas)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.tmp")
        partial.write_text(json.dumps(table, ensure_ascii=False, sort_keys=True), encoding="utf-8")
        os.replace(partial, path)  # atomic: a parallel run never reads half a file
    except OSError:
        pass  # a read-only home: build the table again next time
    return table


def _table_from_simplemma(lemmas: frozenset[str]) -> dict[str, str]:
    """Given lemmas, return every word form simplemma's Swedish dictionary maps to one of them."""
    from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory

    dictionary = DefaultDictionaryFactory().get_dictionary("sv")
    table = {form.lower(): lemma for form, lemma in dictionary.items() if lemma in lemmas}
    table.update({lemma: lemma for lemma in lemmas})
    return table


def _cache_path(lemmas: frozenset[str]) -> Path:
    """Return the cache file of the lemma table for this simplemma version and these lemmas."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        simplemma_version = version("simplemma")
    except PackageNotFoundError:
        simplemma_version = "okand"
    key = hashlib.sha1("\n".join(sorted(lemmas)).encode()).hexdigest()[:12]
    base = os.environ.get("REMISS_CACHE") or os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    folder = Path(base) if os.environ.get("REMISS_CACHE") else Path(base) / "remiss"
    return folder / f"lemman-sv-{simplemma_version}-{key}.json"
