"""The statuses of a remiss in the register and the schema version (no database imports here)."""

from __future__ import annotations

import unicodedata

STATUSES: tuple[str, ...] = ("inkommen", "tilldelad", "under_beredning", "beslutad", "besvarad", "avstar",
                             "avskriven")
OPEN_STATUSES: tuple[str, ...] = ("inkommen", "tilldelad", "under_beredning", "beslutad")
CHAIN: tuple[str, ...] = ("inkommen", "tilldelad", "under_beredning", "beslutad", "besvarad")
SCHEMA_VERSION = 6  # the number of migrations in remiss.register.db.MIGRATIONS

# How each status is written for people (help, errors, `visa`); the stored value is the ASCII key.
STATUS_SV: dict[str, str] = {"under_beredning": "under beredning", "avstar": "avstår"}


def status_sv(status: str) -> str:
    """Given a stored status, return it as a Swedish reader writes it ("under beredning", "avstår")."""
    return STATUS_SV.get(status, status)


def statuslista() -> str:
    """Return every status in Swedish, comma-separated, for help and error messages."""
    return ", ".join(status_sv(s) for s in STATUSES)


def normalise_status(text: str) -> str | None:
    """Given a status as typed ("Avstår", "under beredning", "under_beredning"), return its key or None."""
    plain = unicodedata.normalize("NFKD", text.strip().casefold())
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    key = "_".join(plain.replace("-", " ").replace("_", " ").split())
    return key if key in STATUSES else None
