"""typ46 (session 46): prov44's two type misses, fixed as classes (korpus README, Facit).

2. An organisation's own short notice that its board has sent its attached answer in a consultation:
   "Styrelsen för samfälligheten har nu skickat bifogade yttrande till Tekniska nämnden." / "Kontaktperson för
   samfällighetens skrivelse är Kristina Berglund, se bifogade dokument."
   (prov44/kvarnakershamn-brackvattenverk-samrad-yttrande, facit yttrande; read as annat: the cue for an
   association's own answer, `yttrandesignaler.jsonl` egen-skrivelse-inskickad, had 'skickat in' and 'skickade'
   but not 'skickat' alone). The subject is the organisation by its own kind in the definite form ('styrelsen',
   'föreningen', 'samfälligheten', 'byalaget', 'vi'), which only its own page writes without naming it; another
   site's news names the organisation ('Riksarkivet lämnade sitt remissvar …', yttranden/almalander-riksarkivet-
   arkivutredningen, facit annat) and is not touched by this cue. 'Skickat ut' (a remiss sent out for views) is
   no answer.

The first test of each class quotes the page (tests/korpus/<folder>/<id>.txt); the others are the same class in
other words, written here.
"""

# ruff: noqa: E501  (the documents' own lines are kept as they stand)

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.test_kontroll_riktiga import (  # noqa: F401 - the fixture
    REGLER_OCH_MODELL,
    _docx,
    _regler,
    igenkanda,
    korpus_stycken,
    utan_typmodell,
)

KVARNAKERSHAMN = "prov44/kvarnakershamn-brackvattenverk-samrad-yttrande"
MODELLER = Path(__file__).resolve().parent.parent / "modeller"


def _yttrandesignal(namn: str) -> re.Pattern[str]:
    """Return the pattern of one cue in modeller/yttrandesignaler.jsonl."""
    for rad in (MODELLER / "yttrandesignaler.jsonl").read_text(encoding="utf-8").splitlines():
        if rad.strip() and json.loads(rad)["id"] == namn:
            return re.compile(json.loads(rad)["monster"], re.IGNORECASE)
    raise KeyError(namn)


# 2. An organisation's own notice that its board has sent its attached answer


@REGLER_OCH_MODELL
def test_samfallighetens_notis_om_skickat_yttrande_ar_yttrande(
    tmp_path: Path, request: pytest.FixtureRequest, regler_ensamma: bool
) -> None:
    """prov44/kvarnakershamn-brackvattenverk-samrad-yttrande: 'Styrelsen för samfälligheten har nu skickat
    bifogade yttrande till Tekniska nämnden.' (was annat)."""
    _regler(request, regler_ensamma)
    assert len(igenkanda(_docx(tmp_path / "k.docx", *korpus_stycken(KVARNAKERSHAMN)))) == 1


@pytest.mark.parametrize(
    ("text", "vantat"),
    [
        ("Styrelsen för samfälligheten har nu skickat bifogade yttrande till Tekniska nämnden.", True),
        ("Föreningen har skickat ett yttrande till kommunen om detaljplanen.", True),
        ("Byalaget har i dag skickat sina synpunkter till länsstyrelsen.", True),
        ("Samfälligheten har skickat bifogad skrivelse till Trafikverket.", True),
        ("Vi har skickat vårt remissvar till departementet.", True),
        ("Styrelsen har skickat ut förslaget till medlemmarna för synpunkter.", False),  # a round of its own
        ("Styrelsen har skickat ut synpunkter till medlemmarna.", False),
        ("Riksarkivet har skickat sitt yttrande till Kulturdepartementet.", False),  # named: whoever publishes
        ("Kommunstyrelsen har skickat yttrande till regeringen.", False),  # not 'styrelsen' of its own
    ],
)
def test_skickat_eget_svar_andra_ord(text: str, vantat: bool) -> None:
    """The same class in other words: the organisation by its own kind has sent its answer; not a round sent
    out, not a named organisation, not a kommun's board."""
    assert bool(_yttrandesignal("egen-skrivelse-inskickad").search(text)) == vantat
