"""bench_g0vse's oracles for titel, svarsadress and handläggare agree with the corpus's hand truths.

The oracles read a regeringen.se page's Markdown on their own (H1 heading without its remiss frame, the
function address in the answer paragraph, the person a "Frågor … kan ställas till" sentence links); here
they are held against every g0vse page in the corpus whose truth was set by hand (not prov9/).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import bench_g0vse

KORPUS = Path(__file__).resolve().parent / "korpus"
# never prov9/ (the held-out set)
MAPPAR = ("missiv", "prov", "prov2", "prov3", "prov4", "prov5", "prov6", "prov7", "prov8", "delad")


def _g0vse_sidor() -> list[Path]:
    sidor = []
    for mapp in MAPPAR:
        for txt in sorted((KORPUS / mapp).glob("*.txt")):
            if "civictechsweden/g0vse" in txt.read_text(encoding="utf-8").split("\n", 1)[0]:
                sidor.append(txt)
    return sidor


SIDOR = _g0vse_sidor()


def test_manga_g0vse_sidor_i_korpusen() -> None:
    assert len(SIDOR) >= 100


@pytest.mark.parametrize("txt", SIDOR, ids=lambda p: p.stem)
def test_orakel_stammer_med_facit(txt: Path) -> None:
    text = txt.read_text(encoding="utf-8").split("\n", 1)[1]
    facit = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
    if facit["dokumenttyp"] != "remiss":
        return
    assert bench_g0vse.titel_oracle(text) == bench_g0vse._space(facit["titel"])
    if (adress := bench_g0vse.svarsadress_oracle(text)) is not None:
        assert adress == facit["svarsadress"].lower()
    if (namn := bench_g0vse.handlaggare_oracle(text)) is not None:
        assert namn == bench_g0vse._space(facit["handlaggare"])


@pytest.mark.parametrize(("rubrik", "titel"), [
    ("# Remiss av promemorian Anvisade elavtal", "Anvisade elavtal"),
    ("# Remiss PM Vaccinationsbevis som smittskyddsåtgärd", "Vaccinationsbevis som smittskyddsåtgärd"),
    ("# Remiss av PM S2023:02147 Ytterligare anpassningar", "PM S2023:02147 Ytterligare anpassningar"),
    ("# Remiss SOU 2016:20 Föräldraledighet för statsråd?", "SOU 2016:20 Föräldraledighet för statsråd?"),
    ("# Remiss av Ds 2017:5 Effektivare sanktioner m.m.", "Ds 2017:5 Effektivare sanktioner m.m."),
    ("# Remiss av rapporten Framtiden kapacitetsmekanism på elmarknaden.",
     "Framtiden kapacitetsmekanism på elmarknaden"),
    ("# Remissvar Ds 2016:27 Frågor kring 2009 års renskötselkonvention", None),
    # g0vse remisser/2023/04: two kinds joined, both a kind (README: titel without 'promemorian', 'rapporten')
    ("# Remiss av promemorian/rapporten Slutna distributionssystem och interna nät",
     "Slutna distributionssystem och interna nät"),
])
def test_titelorakel(rubrik: str, titel: str | None) -> None:
    assert bench_g0vse.titel_oracle(rubrik + "\n\nText.") == titel


def test_svarsadress_och_handlaggare_ur_lankarna() -> None:
    text = ("Remissvaren ska ha kommit in senast den 12 februari 2016. Vi ser gärna att ni skickar dem per "
            "epost till [Näringsdepartementets registrator](mailto:n.registrator@regeringskansliet.se "
            '"Näringsdepartementets registrator") med kopia till [Peter Kalliopuro]'
            "(mailto:peter.kalliopuro@regeringskansliet.se).\n")
    assert bench_g0vse.svarsadress_oracle(text) == "n.registrator@regeringskansliet.se"
    assert bench_g0vse.handlaggare_oracle(text) == "Peter Kalliopuro"
    fraga = ("Frågor under remisstiden kan ställas till K A [Stefan Svensson](mailto:stefan.svensson@"
             'regeringskansliet.se "Stefan Svensson"), telefonnummer 08-405 16 74.')
    assert bench_g0vse.handlaggare_oracle(text + "\n" + fraga) == "K A Stefan Svensson"


def test_instanslistan_slutar_vid_en_annan_sorts_lista() -> None:
    """g0vse remisser/2016/01 (kronhjort): the numbered list under 'Remissinstanser' is followed by a bulleted
    list of the remitted documents, which are no instanser; an indented sub-list stays with its item."""
    text = ("## Remissinstanser:\n\n" + "\n".join(f"{i}. Instans {i}" for i in range(1, 7))
            + "\n    - Sektion A\n\n* [Naturvårdsverkets redovisning av regeringsuppdrag Kronhjort](/a/)\n"
            "* [Jägarnas Riksförbund har hemställt om allmän jakt på kronhjort (N2015/07540/FJR).](/b/)\n")
    assert bench_g0vse._markdown_list(text) == [*(f"instans {i}" for i in range(1, 7)), "sektion a"]


def test_not_i_parentes_efter_instansen_jamfors_inte() -> None:
    """g0vse remisser/2015 (exportkontroll): 'ABB AB (bet. om sanktionsväxling)' says which report the instans
    answers; the name is 'ABB AB'. A parenthesis that is part of a name ('(Formas)') stays."""
    assert bench_g0vse._norm("12. ABB AB (bet. om sanktionsväxling)") == "abb ab"
    assert bench_g0vse._norm("10. Forskningsrådet för miljö (Formas)") == "forskningsrådet för miljö (formas)"
