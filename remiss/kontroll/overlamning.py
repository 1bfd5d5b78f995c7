"""A decision that hands over a yttrande written elsewhere: the decision, not the text around it, decides.

"Bifogad skrivelse … överlämnas till Utbildningsdepartementet som Huddinge kommuns yttrande", "avges
yttrande i överensstämmelse med ledningskontorets förslag", "hänvisas till vad som sägs i promemorian"
(data: modeller/overlamnande.jsonl, with examples). Such a decision takes no stance itself; the stances in
the rest of a tjänsteskrivelse are the background (the internal remissinstanser' views, "Både
grundskolenämnden och gymnasienämnden ställer sig generellt positiva …"), not the decision. Only a stance
written with the decision (in its sentence or right beside it, `NARA` characters: "Stadsdelsnämnden
tillstyrker slutbetänkandet … Tjänsteutlåtandet översänds som eget yttrande") counts; when the hand-over
stands under the decision's own heading ("Förslag till beslut"), the decision is that section, and nothing
in the body below it is written with it ("Förvaltningen ser positivt på förslaget" under "Bedömning").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from remiss.domain import Line
from remiss.kontroll.typer import Fynd
from remiss.modelldata import las_jsonl

FIL = "overlamnande.jsonl"
NARA = 400  # characters between the hand-over and a stance written with it
MENINGSBORJAN = 50  # characters of a finding's sentence used to find it in the text


@lru_cache(maxsize=1)
def load_formler() -> tuple[tuple[str, re.Pattern[str], str], ...]:
    """Return the hand-over decisions of modeller/overlamnande.jsonl as (id, pattern, example)."""
    return las_jsonl(FIL, _formel)


def _formel(row: dict[str, Any]) -> tuple[str, re.Pattern[str], str]:
    """Given one line of the hand-over file, return (id, pattern, example) (ValueError without example)."""
    if not row["exempel"]:
        raise ValueError("exempel saknas")
    return row["id"], re.compile(row["monster"], re.IGNORECASE), row["exempel"]


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
