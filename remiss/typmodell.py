"""The learned document type: how likely a short document is a missiv, a yttrande or neither.

The rules (`remiss.split.classify_scored`, `remiss.kontroll.signaler`) were written phrase by phrase and
miss the next sender's wording: on the held-out sets' first runs they typed 137 of 178 documents right. A
linear model over the words of the document's opening (tf-idf with sublinear counts, multinomial logistic
regression) typed 152 of them right, trained each time without the set it was tried on
(`tests/korpus/trana_typmodell.py --utvardera`). So the rules decide, and the model is one more voice where
they fall short or contradict themselves: a transcript reply whose cues the rules miss, a consultation passed
on without a reply address, a reply headed 'Remiss avseende …'.

The model is data (modeller/typmodell.json: the words, their idf and one weight per type), trained on the
real corpus by `tests/korpus/trana_typmodell.py` with scikit-learn and read here in plain Python, so nothing
but the standard library runs at run time (~0,1 ms a document). The file is read once per process and the
model kept between runs as the compiled patterns are (`remiss.modelldata.las_modell`'s `spara`): parsing the
~400 KB of JSON and building a tuple per word cost 11–24 ms of a `tolka` run that asked the model (the heap of
a large run makes the many small objects dearer), the kept arrays ~1 ms.
"""

from __future__ import annotations

import functools
import math
import re
from array import array
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from remiss.domain import Line

MODELLFIL = "typmodell.json"
TOKEN = re.compile(r"\b\w\w+\b")  # scikit-learn's default token pattern
SIFFRA = re.compile(r"\d")

# the types the model knows, as the corpus truth names them
REMISS = "remiss"
YTTRANDE = "yttrande"
ANNAT = "annat"

# how sure the model must be to overrule the rules: to add a type they did not find (a yttrande or a missiv
# the cues missed, or to pick one of the two when the rules found both), and to take away a type they found
# (chosen on the held-out sets' first runs: 137 → 151 of 178 right, two made wrong)
SAKER = 0.7
MYCKET_SAKER = 0.9


@dataclass(frozen=True)
class Modell:
    """The stored model: the types, the number of characters read, and per word (by its place in `index`) its
    idf and one weight per type, the weights word by word in klasser's order (`vikter[i * len(klasser) + k]`).

    Flat arrays of doubles, not a tuple per word: 7 725 tuples of four floats were most of the load's cost, an
    array is one object (and keeps every float as the file gave it, so the predictions are the same)."""

    klasser: tuple[str, ...]
    tecken: int
    intercept: tuple[float, ...]
    index: dict[str, int]  # word -> its place
    idf: array[float]
    vikter: array[float]

    def packad(self) -> tuple[Any, ...]:
        """Return the model as values marshal stores (to keep it between runs: `fran_packad`)."""
        return (self.klasser, self.tecken, self.intercept, tuple(self.index), self.idf.tobytes(),
                self.vikter.tobytes())

    @classmethod
    def fran_packad(cls, packad: tuple[Any, ...]) -> Modell:
        """Given `packad`'s values, return the model (ValueError or TypeError when they are not one)."""
        klasser, tecken, intercept, words, idf, vikter = packad
        model = cls(tuple(klasser), int(tecken), tuple(intercept), _index(words),
                    array("d", idf), array("d", vikter))
        _kontrollera(model)
        return model


def _index(words: Iterable[str]) -> dict[str, int]:
    """Given the model's words in order, return each word's place."""
    return {word: i for i, word in enumerate(words)}


def _kontrollera(model: Modell) -> None:
    """Raise ValueError when the model's arrays do not hold an idf and a weight per type for each word."""
    if len(model.idf) != len(model.index) or len(model.vikter) != len(model.index) * len(model.klasser):
        raise ValueError("varje ord ska ha idf och en vikt per typ")
    if len(model.intercept) != len(model.klasser):
        raise ValueError("en skärning per typ")


@dataclass(frozen=True)
class Typbedomning:
    """The model's reading of one text: the likeliest type and the probability of each."""

    sannolikheter: dict[str, float]

    @property
    def typ(self) -> str:
        """Return the likeliest type."""
        return max(self.sannolikheter, key=lambda k: self.sannolikheter[k])

    def ar(self, typ: str, grans: float = SAKER) -> bool:
        """Return True when the model gives `typ` at least `grans` probability."""
        return self.sannolikheter.get(typ, 0.0) >= grans

    def forklaring(self) -> str:
        """Return the probabilities, readable: 'typmodell: yttrande 0,86, annat 0,10, remiss 0,04'."""
        ordning = sorted(self.sannolikheter.items(), key=lambda kv: -kv[1])
        return "typmodell: " + ", ".join(f"{typ} {p:.2f}".replace(".", ",") for typ, p in ordning)


@functools.cache
def modell() -> Modell:
    """Return the stored model, read once per process and kept between runs (ConfigError for a broken
    file)."""
    from remiss.modelldata import las_modell

    return las_modell(MODELLFIL, _modell_av, spara=(Modell.packad, Modell.fran_packad))


def _modell_av(data: dict[str, Any]) -> Modell:
    """Given the model file's data, return the model (ValueError when a word lacks its weights)."""
    klasser = tuple(data["klasser"])
    words = data["ord"]
    if any(len(values) != len(klasser) + 1 for values in words.values()):
        raise ValueError("varje ord ska ha idf och en vikt per typ")
    model = Modell(klasser, int(data["tecken"]), tuple(data["intercept"]),
                   _index(words), array("d", (values[0] for values in words.values())),
                   array("d", (weight for values in words.values() for weight in values[1:])))
    _kontrollera(model)
    return model


def text_av(lines: Sequence[Line]) -> str:
    """Given a document's lines, return the text the model reads: the lines joined, as read."""
    return "\n".join(line.text for line in lines)


def ord_i(text: str, tecken: int) -> Counter[str]:
    """Given a text, return the count of each word of its first `tecken` characters, lower case, digits as 0
    (the training's preprocessing: a year or a dnr says nothing of the type, only that there is one)."""
    return Counter(TOKEN.findall(SIFFRA.sub("0", text[:tecken].lower())))


def bedom_text(text: str) -> Typbedomning:
    """Given a text, return the model's probability of each type."""
    m = modell()
    vikter: dict[int, float] = {}  # a word's place -> its tf-idf, in the text's order of words
    for word, count in ord_i(text, m.tecken).items():
        i = m.index.get(word)
        if i is not None:
            vikter[i] = (1.0 + math.log(count)) * m.idf[i]
    norm = math.sqrt(sum(v * v for v in vikter.values())) or 1.0
    scores = list(m.intercept)
    typer = len(scores)
    for i, v in vikter.items():
        for k in range(typer):
            scores[k] += v / norm * m.vikter[i * typer + k]
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return Typbedomning({typ: e / total for typ, e in zip(m.klasser, exps, strict=True)})


def bedom(lines: Sequence[Line]) -> Typbedomning:
    """Given a document's lines, return the model's probability of each type. A printed mail's header
    ('Till:', 'Ämne:', 'Bifogade filer:') is not read, as `split.classify_scored` does not read it: the
    letter under it is the same letter printed from the mail program or on its own."""
    from remiss.extract.epostrubrik import body_lines, read_mail_header

    mail = read_mail_header(lines)
    return bedom_text(text_av(body_lines(mail, lines) if mail else lines))
