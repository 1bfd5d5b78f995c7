"""The one place the spaCy pipeline is assembled: blank Swedish, abbreviations, sentences, lemmas, patterns.

`load_nlp()` is cached and imports spaCy only when first called, so commands that do not need
language analysis never pay for it. Lemmas come from simplemma (its Swedish dictionary loads on the
first token that needs it); the ställningstagande patterns are data in `modeller/stallningstagande.jsonl`.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from remiss.errors import ConfigError

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


@lru_cache(maxsize=1)
def load_nlp() -> Any:
    """Return the cached pipeline: spacy.blank("sv") + abbreviations + sentencizer + lemmas + patterns."""
    import spacy

    _register_lemma_component()
    nlp = spacy.blank("sv")
    for abbreviation in FORKORTNINGAR:
        for variant in {abbreviation, abbreviation.capitalize()}:
            nlp.tokenizer.add_special_case(variant, [{"ORTH": variant}])
    nlp.add_pipe("sentencizer")
    nlp.add_pipe(LEMMA_KOMPONENT)
    ruler = nlp.add_pipe("entity_ruler", config={"validate": True})
    ruler.add_patterns([{k: p[k] for k in ("id", "label", "pattern")} for p in load_patterns()])
    return nlp


@lru_cache(maxsize=1)
def load_patterns() -> tuple[dict[str, Any], ...]:
    """Return the ställningstagande patterns from modeller/stallningstagande.jsonl, checked."""
    text = resources.files("modeller").joinpath(MONSTERFIL).read_text(encoding="utf-8")
    patterns = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            pattern = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ConfigError(
                f"rad {number} är inte giltig JSON ({exc.msg}). Rätta mönsterfilen.",
                fil=f"modeller/{MONSTERFIL}",
            ) from exc
        _check_pattern(pattern, number)
        patterns.append(pattern)
    return tuple(patterns)


def _check_pattern(pattern: dict[str, Any], number: int) -> None:
    """Raise ConfigError when a pattern lacks id, label or token list, or has an unknown label."""
    if not isinstance(pattern, dict) or not {"id", "label", "pattern"} <= set(pattern):
        raise ConfigError(f"rad {number} saknar id, label eller pattern.", fil=f"modeller/{MONSTERFIL}")
    if pattern["label"] not in ("TILLSTYRKER", "AVSTYRKER", "AVSTAR"):
        raise ConfigError(
            f"rad {number} har okänd label {pattern['label']!r} (TILLSTYRKER, AVSTYRKER eller AVSTAR).",
            fil=f"modeller/{MONSTERFIL}",
        )


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
    """Given a Doc, set each alphabetic token's lemma from simplemma (lower case) and return the Doc."""
    for token in doc:
        token.lemma_ = lemma(token.lower_) if token.is_alpha else token.lower_
    return doc


@lru_cache(maxsize=50_000)
def lemma(word: str) -> str:
    """Given a lower-case Swedish word, return its lemma (simplemma, loaded on first use)."""
    import simplemma

    return str(simplemma.lemmatize(word, lang="sv")).lower()
