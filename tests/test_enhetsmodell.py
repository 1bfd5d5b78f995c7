# ruff: noqa: E501
"""The learned unit of the sender (remiss.enhetsmodell): its file, its arithmetic, and the filling `tolka` does
where the rules named the organisation alone.

The excerpts are quoted from real documents in tests/korpus/prov12/ and prov15/ (source in each <id>.txt's
first line). Lessebo's sender was 'Lessebo kommun' at prov12's first run (kanda_fel.json at f7858e0); the
model was trained on it since, so the test pins how the filling works, not how well the model does on senders
it never saw (`tests/korpus/trana_enhetsmodell.py --utvardera` says that).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from remiss import enhetsmodell
from remiss.domain import Line
from remiss.extract.text import Found, Text

ROOT = Path(__file__).resolve().parents[1]


def _lines(*texts: str) -> list[Line]:
    return [Line(text=text, page=1, number=i + 1) for i, text in enumerate(texts)]


def _fyll(org: str, lines: list[Line]) -> Found | None:
    return enhetsmodell.fyll(Found(org, lines[0], "regel"), lines, Text.of(lines))


# prov12/lessebo-lisplan-utstallning (https://lessebo.se/arkiv/nyhetsarkiv/nyheter/2021-11-17-utstallning-aktualisering-av-oversiktsplanen.html)
LESSEBO = _lines(
    "Utställning: Aktualisering av översiktsplanen",
    "Meddelande: Lessebo kommun ställer ut förslag till aktualisering av översiktsplanen.",
    "Utställningstid: 15 november 2021 – 7 januari 2022.",
    "På grund av rådande läge finns planhandlingarna endast att ta del av digitalt. Eventuella synpunkter på "
    "planförslaget ska lämnas skriftligen till kommunstyrelsen senast fredag den 7 januari 2022, antingen via "
    "e-post till kommunstyrelsen@lessebo.se eller med vanlig post till Lessebo kommun 365 80 Lessebo.",
    "Information i planärendet lämnas av planarkitekt Sayf Noel, tfn. 0478-125 53. E-post sayf.noel@lessebo.se",
)
# prov15/ragunda-op2050-samrad-kungorelse (https://ragunda.se/kommunochpolitik/politikochmoten/digitalanslagstavla/anslagstavla/kungorelseomsamradforoversiktsplanragunda2050.1621.html)
RAGUNDA = _lines(
    "Kungörelse om samråd för översiktsplan Ragunda 2050",
    "Ragunda kommun",
    "Ragunda kommun har tagit fram ett förslag på en ny kommunövergripande översiktsplan. Under perioden 19 juni "
    "till 29 september 2023 så är översiktsplanen ute på samråd, vilket innebär att vi vill veta vad ni tycker om vårt förslag.",
    "Synpunkter kan även lämnas skriftligt via mail till kommun@ragunda.se eller per brev till Ragunda kommun, "
    "Box 150, 844 21 Hammarstrand. Sista dag att lämna synpunkter är den 29 september 2023.",
)


def test_modellfilen_laddas_med_troskel() -> None:
    data = json.loads((ROOT / "modeller" / enhetsmodell.MODELLFIL).read_text(encoding="utf-8"))
    m = enhetsmodell.modell()
    assert m.troskel == data["troskel"] and 0 < m.troskel < 1
    assert m.vikter and "prov46" not in data["mappar"]


def test_modellen_raknar_som_scikit_learn() -> None:
    # the file holds candidates' features with the probability scikit-learn gave them when it was trained
    data = json.loads((ROOT / "modeller" / enhetsmodell.MODELLFIL).read_text(encoding="utf-8"))
    assert len(data["kontroll"]) >= 3
    for prov in data["kontroll"]:
        assert enhetsmodell.sannolikhet(prov["egenskaper"], enhetsmodell.modell()) == pytest.approx(
            prov["sannolikhet"], abs=1e-4)


def test_fyllningen_lagger_till_enheten_svaren_ska_till() -> None:
    found = _fyll("Lessebo kommun", LESSEBO)
    assert found is not None and found.value == "Lessebo kommun, Kommunstyrelsen"
    assert found.skal.startswith("enhetsmodellen: 0,")


def test_ingen_enhet_namnd_ger_organisationen_ensam() -> None:
    found = _fyll("Ragunda kommun", RAGUNDA)
    assert found is not None and found.value == "Ragunda kommun"


def test_bara_organisation_ensam_fylls() -> None:
    # the rules' unit is never replaced, and an organisation without units (a company, an agency) gets none
    assert _fyll("Lessebo kommun, Miljönämnden", LESSEBO).value == "Lessebo kommun, Miljönämnden"  # type: ignore[union-attr]
    assert _fyll("Trafikverket", LESSEBO).value == "Trafikverket"  # type: ignore[union-attr]
    assert enhetsmodell.fyll(None, LESSEBO, Text.of(LESSEBO)) is None
