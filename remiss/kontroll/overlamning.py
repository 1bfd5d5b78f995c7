"""A decision that hands over a yttrande written elsewhere: the decision, not the text around it, decides.

"Bifogad skrivelse … överlämnas till Utbildningsdepartementet som Huddinge kommuns yttrande", "avges
yttrande i överensstämmelse med ledningskontorets förslag", "hänvisas till vad som sägs i promemorian"
(data: modeller/overlamnande.jsonl, with examples). Such a decision takes no stance itself; the stances in
the rest of a tjänsteskrivelse are the background (the internal remissinstanser' views, "Både
grundskolenämnden och gymnasienämnden ställer sig generellt positiva …"), not the decision. Only a stance
written with the decision (in its sentence or right beside it, `NARA` characters: "Stadsdelsnämnden
tillstyrker slutbetänkandet … Tjänsteutlåtandet översänds som eget yttrande") counts.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from remiss.domain import Line
from remiss.errors import ConfigError
from remiss.kontroll.typer import Fynd

FIL = "overlamnande.jsonl"
NARA = 400  # characters between the hand-over and a stance written with it
MENINGSBORJAN = 50  # characters of a finding's sentence used to find it in the text


@lru_cache(maxsize=1)
def load_formler() -> tuple[tuple[str, re.Pattern[str], str], ...]:
    """Return the hand-over decisions of modeller/overlamnande.jsonl as (id, pattern, example)."""
    text = resources.files("modeller").joinpath(FIL).read_text(encoding="utf-8")
    out = []
    for number, raw in enumerate(text.splitlines(), 1):
        if not raw.strip():
            continue
        try:
            row = json.loads(raw)
            if not row["exempel"]:
                raise ValueError("exempel saknas")
            out.append((row["id"], re.compile(row["monster"], re.IGNORECASE), row["exempel"]))
        except (ValueError, KeyError, re.error) as exc:
            raise ConfigError(f"rad {number}: {exc}. Rätta filen.", fil=f"modeller/{FIL}") from exc
    return tuple(out)


def _text(lines: tuple[Line, ...] | list[Line]) -> str:
    return " ".join(" ".join(line.text.split()) for line in lines)


def overlamnande(lines: tuple[Line, ...] | list[Line]) -> int | None:
    """Return where a hand-over decision stands in the lines' joined text, or None."""
    text = _text(lines)
    starts = [match.start() for _, monster, _ in load_formler() if (match := monster.search(text))]
    return min(starts) if starts else None


def med_beslutet(found: list[Fynd], lines: tuple[Line, ...] | list[Line], plats: int) -> list[Fynd]:
    """Return the findings written with the hand-over decision at `plats` (within NARA characters)."""
    text = _text(lines)
    out = []
    for fynd in found:
        i = text.find(" ".join(fynd.mening.split())[:MENINGSBORJAN])
        if i >= 0 and abs(i - plats) <= NARA:
            out.append(fynd)
    return out
