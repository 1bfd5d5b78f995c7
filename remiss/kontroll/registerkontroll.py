"""Checks against the remiss register (`--register`): known diarienummer, svarsdatum, expedieras till."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Any, Protocol

from remiss.domain import Brist
from remiss.extract.dnr import DNR_RE
from remiss.kontroll.brister import EXPEDIERAS_SAKNAR_AVSANDARE, OKANT_DIARIENUMMER, SVARSDATUM_PASSERAT
from remiss.kontroll.typer import Yttrandekontroll

AVSLUTADE = frozenset({"besvarad", "avstar", "avskriven"})


class Uppslag(Protocol):
    """What the check needs of a register: find a post by the sender's or the own diarienummer."""

    def find_by_diarienummer(self, dnr: str) -> Any: ...


def kontrollera_mot_register(
    kontroll: Yttrandekontroll, register: Uppslag, *, idag: date, andra_dnr: tuple[str, ...] = ()
) -> Yttrandekontroll:
    """Given a checked yttrande and a register, return it with the register's brister added."""
    kandidater = [d for d in (kontroll.diarienummer, *andra_dnr) if d]
    post = next((p for p in (register.find_by_diarienummer(d) for d in dict.fromkeys(kandidater)) if p), None)
    if post is None:
        shown = kontroll.diarienummer or "utan diarienummer"
        brist = Brist(
            OKANT_DIARIENUMMER,
            f"Diarienumret ({shown}) finns inte i registret. Registrera remissen "
            "med `remiss registrera` eller rätta diarienumret.",
        )
        return replace(kontroll, brister=kontroll.brister + (brist,))
    return replace(kontroll, brister=kontroll.brister + _post_brister(kontroll, post, idag))


def _post_brister(kontroll: Yttrandekontroll, post: Any, idag: date) -> tuple[Brist, ...]:
    """Given the register post of a yttrande, return the svarsdatum and expedieras brister."""
    brister = []
    svarsdatum = getattr(post, "svarsdatum", None)
    if (
        svarsdatum
        and getattr(post, "status", None) not in AVSLUTADE
        and date.fromisoformat(svarsdatum) < idag
    ):
        brister.append(
            Brist(
                SVARSDATUM_PASSERAT,
                f"Svarsdatum {svarsdatum} har passerat (remiss #{post.id}). "
                "Be avsändaren om anstånd eller skicka yttrandet omgående.",
            )
        )
    remiss = getattr(post, "remiss", None)
    avsandare = getattr(remiss, "avsandare", None)
    if avsandare and not _names(avsandare, getattr(remiss, "svarsadress", None), kontroll.expedieras_till):
        listed = "; ".join(kontroll.expedieras_till) or "avsnittet saknas"
        brister.append(
            Brist(
                EXPEDIERAS_SAKNAR_AVSANDARE,
                f'"Beslutet expedieras till" nämner inte avsändaren '
                f"{avsandare} ({listed}). Lägg till {avsandare}.",
            )
        )
    return tuple(brister)


def _names(avsandare: str, svarsadress: str | None, expedieras: tuple[str, ...]) -> bool:
    """Return True when the expedieras-till lines name the sender (by name or reply address)."""
    text = _normal(" ".join(expedieras))
    if not text:
        return False
    if svarsadress and svarsadress.lower() in text:
        return True
    name = _normal(avsandare)
    if name in text:
        return True
    from rapidfuzz import fuzz

    return fuzz.partial_ratio(name, text) >= 90


def _normal(text: str) -> str:
    """Return text lower case with punctuation and numbering removed, spaces collapsed."""
    text = re.sub(r"(?<!\w)\d+\.\s*", " ", text.lower())
    return " ".join(re.sub(r"[^\w@.\- ]", " ", text).split())


def dnr_i_text(lines: Any) -> tuple[str, ...]:
    """Given lines, return the diarienummer mentioned in them ("KS 2022-00304"), also across a line break."""
    text = " ".join(line.text for line in lines)
    found = [m.group("dnr").strip() for m in DNR_RE.finditer(text)]
    return tuple(dict.fromkeys(d for d in found if re.match(r"^[A-ZÅÄÖ]", d) or "/" in d))
