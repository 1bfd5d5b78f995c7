"""Session 34's speed-ups of `remiss tolka` change no result: what they skip is only what a run before did."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from remiss import match
from remiss.errors import ConfigError


def _fil(tmp_path: Path, namn: str, organisationer: list[dict[str, object]]) -> Path:
    """Write an organisation file and return its path."""
    fil = tmp_path / namn
    fil.write_text(json.dumps({"kommun": "Exempelby kommun", "organisationer": organisationer},
                              ensure_ascii=False), encoding="utf-8")
    return fil


GILTIG = [{"namn": "Kommunstyrelsen", "typ": "nämnd", "forkortning": "KS"},
          {"namn": "Kulturnämnden", "typ": "nämnd", "alias": ["Kultur"]}]


def test_en_giltig_fil_valideras_en_gang(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A valid organisation file is validated once; the same text again (another path) is taken as valid."""
    minne: dict[object, object] = {}
    monkeypatch.setattr(match, "_giltiga_filer", lambda: minne)
    forsta = match.load_organisationer(_fil(tmp_path, "a.json", GILTIG))
    monkeypatch.setattr(match, "validera", lambda data: pytest.fail("validerad igen"))
    andra = match.load_organisationer(_fil(tmp_path, "b.json", GILTIG))
    assert andra.organisationer == forsta.organisationer and len(minne) == 1


def test_en_felaktig_fil_minns_aldrig_och_ger_samma_fel(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """A file with a problem is not remembered: each load reports the problem, whatever was loaded before."""
    minne: dict[object, object] = {}
    monkeypatch.setattr(match, "_giltiga_filer", lambda: minne)
    krock = [*GILTIG, {"namn": "Kulturnämnden.", "typ": "nämnd"}]
    for namn in ("c.json", "d.json"):
        with pytest.raises(ConfigError, match="krockar med Kulturnämnden"):
            match.load_organisationer(_fil(tmp_path, namn, krock))
    assert minne == {}


def test_en_annan_text_valideras_pa_nytt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file one character away from a remembered valid one is validated anew (and its clash found)."""
    minne: dict[object, object] = {}
    monkeypatch.setattr(match, "_giltiga_filer", lambda: minne)
    match.load_organisationer(_fil(tmp_path, "e.json", GILTIG))
    andrad = [GILTIG[0], {**GILTIG[1], "alias": ["Kommunstyrelsen"]}]
    with pytest.raises(ConfigError, match="krockar med Kommunstyrelsen"):
        match.load_organisationer(_fil(tmp_path, "f.json", andrad))


def test_minnet_heter_efter_installerad_rapidfuzz(monkeypatch: pytest.MonkeyPatch) -> None:
    """The memo of valid files is named after the installed rapidfuzz too: an upgrade (a rewritten package,
    whose default_process the clash check uses) gives another memo, so every file is validated anew."""
    from remiss import recache

    kallor: list[bytes] = []
    monkeypatch.setattr(recache, "memo", lambda namn, kalla: kallor.append(kalla) or {})
    match._giltiga_filer()
    import os

    tid = os.stat
    monkeypatch.setattr(os, "stat", lambda p, *a, **k: os.stat_result((*tid(p)[:8], 1, 1))
                        if "rapidfuzz" in str(p) else tid(p, *a, **k))
    match._giltiga_filer()
    assert len(kallor) == 2 and kallor[0] != kallor[1] and b"rapidfuzz" in kallor[0]


def test_tolka_utan_remiss_toml_laddar_inte_toml_tolken(tmp_path: Path) -> None:
    """Without a remiss.toml the configuration is read without importing tomllib (a plain run needs none)."""
    kod = ("import sys; from remiss.config import load_config; load_config(None); "
           "print('tomllib' in sys.modules)")
    miljo = {"PYTHONPATH": str(Path(__file__).resolve().parent.parent), "PATH": "/usr/bin:/bin"}
    ut = subprocess.run([sys.executable, "-c", kod], cwd=tmp_path, capture_output=True, text=True, check=True,
                        env=miljo)
    assert ut.stdout.strip() == "False"
