"""Session 47 (paket47): the type model read cheaply, and a package's untitled documents read as alone.

The type model's file is read once per process and kept between runs as flat arrays
(`remiss.typmodell.Modell`, `remiss.modelldata.las_modell`'s `spara`): the predictions must be those of the
plain reading of the file, on every corpus text. The check reads a package's untitled document with the
learned type as it reads it alone, but a body's own governing document is no yttrande
(`kontroll.eget_styrdokument`).
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
    """The loaded model (flat arrays, kept between runs) gives every corpus text the probabilities of the
    plain reading of the file, within 1e-9."""
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


def _styrdokumentets_exempel() -> dict[str, list[str]]:
    from remiss.modelldata import modell_toml

    return modell_toml("styrdokument.toml")["styrdokument"]


@pytest.mark.parametrize("text", _styrdokumentets_exempel()["exempel"])
def test_styrdokumentets_exempel_ar_egna_styrdokument(text: str) -> None:
    """Every example of modeller/styrdokument.toml is read as a body's own governing document."""
    from remiss.kontroll import eget_styrdokument

    assert eget_styrdokument(text)


@pytest.mark.parametrize("text", _styrdokumentets_exempel()["inte_exempel"])
def test_styrdokumentets_motexempel_ar_inga_styrdokument(text: str) -> None:
    """No counter-example of modeller/styrdokument.toml is: a yttrande over a riktlinje, one label alone."""
    from remiss.kontroll import eget_styrdokument

    assert not eget_styrdokument(text)


# the head of Arbetslivsnämndens riktlinje for its quality system (samples/paket/sammantrade_002.pdf p. 43,
# the page after the tjänsteskrivelse that proposes it), as the PDF's text gives it
RIKTLINJENS_HUVUD = """PLAN – aktiviteter, tidsram och ansvar
Normerande
POLICY – Borås Stads hållning
RIKTLINJER – rekommenderade sätt att agera
Fastställt av: Arbetslivsnämnden
Datum: 2024-xx-xx
För revidering ansvarar: Arbetslivsnämnden
Dokumentet gäller för: Arbetslivsnämnden
Dnr: XXXXXXXXXXXX
Dokumentet gäller till och med: 2028
Globala målen
Detta styrdokument bidrar till följande globala mål:
Inledning
Arbetslivsnämnden omfattas som utövare av socialtjänst av Socialstyrelsens föreskrift och
allmänna råd om ledningssystem för systematiskt kvalitetsarbete (SOSFS 2011:9)."""


def test_namndens_egen_riktlinje_ar_eget_styrdokument() -> None:
    """A nämnd's riktlinje names itself by its head's labels and 'Detta styrdokument', and answers no
    remiss."""
    from remiss.kontroll import eget_styrdokument

    assert eget_styrdokument(RIKTLINJENS_HUVUD)


def test_riktlinje_i_sammantradespaketet_ar_inget_yttrande() -> None:
    """samples/paket/sammantrade_002.pdf: Arbetslivsnämndens riktlinje for its quality system (pp. 43–46,
    untitled, the learned type yttrande 0,86: its words of views, checks and plans) is no yttrande in the
    package: its labels and 'Detta styrdokument' make it the nämnd's own governing document, and nothing in it
    answers a remiss. The package's two yttranden are found as before."""
    from remiss.kontroll import kontrollera_fil

    kontroller = kontrollera_fil(ROOT / "samples" / "paket" / "sammantrade_002.pdf")
    assert [k.sidor for k in kontroller] == [(9, 10), (21, 22)]
