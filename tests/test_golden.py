"""Every sample remiss against its truth (samples/facit) and its reviewed golden output (samples/golden)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from remiss.facit import compare, load_facit

from .conftest import SAMPLES

FACIT = sorted((SAMPLES / "facit").glob("*.json"))
GOLDEN = SAMPLES / "golden"


def tolka_json(path: Path) -> list[dict]:
    """Given a sample file, return what `remiss tolka --json` gives for it, with a relative file name."""
    from remiss.pipeline import tolka_fil

    found = [r.to_dict() for r in tolka_fil(path)]
    for remiss in found:
        remiss["fil"] = path.relative_to(SAMPLES).as_posix()
    return found


def sample_for(facit: Path) -> Path:
    """Given a truth file, return the sample file it describes."""
    return SAMPLES / load_facit(facit)["fil"]


@pytest.mark.parametrize("facit", FACIT, ids=[f.stem for f in FACIT])
def test_facit(facit: Path) -> None:
    """Every field of every remiss in the sample is what the generator laid out."""
    truth = load_facit(facit)
    differences = compare(truth["remisser"], tolka_json(sample_for(facit)))
    assert differences == []


@pytest.mark.parametrize("facit", FACIT, ids=[f.stem for f in FACIT])
def test_golden(facit: Path, update_golden: bool) -> None:
    """The whole JSON output equals the reviewed golden file (regenerate with --update-golden)."""
    actual = tolka_json(sample_for(facit))
    golden = GOLDEN / f"{facit.stem}.json"
    if update_golden:
        GOLDEN.mkdir(exist_ok=True)
        golden.write_text(json.dumps(actual, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    if not golden.exists():
        pytest.skip("golden-fil saknas: kör make golden och granska diffen")
    assert json.loads(golden.read_text(encoding="utf-8")) == actual
