"""Human-readable Swedish output of extracted remisser."""

from __future__ import annotations

from datetime import date

from remiss.domain import Remiss


def format_remiss(remiss: Remiss, *, today: date) -> str:
    """Given a Remiss, return a readable Swedish summary with days left to svarsdatum."""
    return f"{remiss.fil} (sidor {remiss.sidor[0]}–{remiss.sidor[1]}): {remiss.titel}"
