"""Session 47 (paket47): the type model read cheaply, and asked of a package's documents on pages of their own.

The type model's file is read once per process and kept between runs as flat arrays (`remiss.typmodell.Modell`,
`remiss.modelldata.las_modell`'s `spara`): the predictions must be those of the plain reading of the file, on
every corpus text.
"""

from __future__ import annotations

import json
import math
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from remiss import typmodell

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "korpus"))

import jamfor  # noqa: E402


def _fil() -> dict[str, Any]:
    return json.loads((ROOT / "modeller" / typmodell.MODELLFIL).read_text(encoding="utf-8"))


def _sannolikheter_rakt_ur_filen(data: dict[str, Any], text: str) -> list[float]:
    """The model's probabilities computed straight from the file's data, word by word, as the file says
    scikit-learn computes them (sublinear tf-idf, L2 norm, one weight per type, softmax)."""
    ord_ = data["ord"]
    counts = Counter(typmodell.TOKEN.findall(typmodell.SIFFRA.sub("0", text[:data["tecken"]].lower())))
    tfidf = {w: (1.0 + math.log(n)) * ord_[w][0] for w, n in counts.items() if w in ord_}
    norm = math.sqrt(sum(v * v for v in tfidf.values())) or 1.0
    scores = list(data["intercept"])
    for w, v in tfidf.items():
        for k in range(len(scores)):
            scores[k] += v / norm * ord_[w][k + 1]
    exps = [math.exp(s - max(scores)) for s in scores]
    return [e / sum(exps) for e in exps]


def _korpustexter() -> list[str]:
    return [t.read_text(encoding="utf-8") for mapp in jamfor.MAPPAR
            for t in sorted((jamfor.KORPUS / mapp).glob("*.txt"))]


def test_typmodellen_ger_samma_sannolikheter_som_filen_pa_hela_korpusen() -> None:
    """The loaded model (flat arrays, kept between runs) gives every corpus text the probabilities of the plain
    reading of the file, within 1e-9."""
    data = _fil()
    texter = _korpustexter()
    assert len(texter) > 1500
    for text in texter:
        fick = typmodell.bedom_text(text).sannolikheter
        assert [fick[k] for k in data["klasser"]] == pytest.approx(_sannolikheter_rakt_ur_filen(data, text),
                                                                   abs=1e-9)


def test_typmodellen_som_sparas_mellan_korningar_ar_densamma() -> None:
    """The model as kept between runs (`Modell.packad`) comes back with the same words, idf and weights."""
    model = typmodell.modell()
    tillbaka = typmodell.Modell.fran_packad(model.packad())
    assert tillbaka == model


def test_typmodellen_lases_ur_minnet_andra_gangen(monkeypatch: pytest.MonkeyPatch) -> None:
    """The second process reads the model kept by the first (`recache.memo`), not the JSON."""
    from remiss import modelldata, recache

    minne: dict[Any, Any] = {}
    monkeypatch.setattr(recache, "memo", lambda name, source: minne)
    typmodell.modell.cache_clear()
    try:
        forsta = typmodell.modell()
        assert "modell" in minne
        monkeypatch.setattr(modelldata.json, "loads", lambda text: pytest.fail("JSON lästes igen"))
        typmodell.modell.cache_clear()
        assert typmodell.modell() == forsta
    finally:
        typmodell.modell.cache_clear()


def test_sparad_typmodell_som_inte_passar_lases_om(monkeypatch: pytest.MonkeyPatch) -> None:
    """A kept model that does not fit the code (a word without its weights) is built anew from the file."""
    from remiss import recache

    minne: dict[Any, Any] = {"modell": (("annat",), 2500, (0.0,), ("ord",), b"", b"")}
    monkeypatch.setattr(recache, "memo", lambda name, source: minne)
    typmodell.modell.cache_clear()
    try:
        assert len(typmodell.modell().index) == len(_fil()["ord"])
    finally:
        typmodell.modell.cache_clear()
