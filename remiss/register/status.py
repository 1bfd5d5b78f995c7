"""The statuses of a remiss in the register and the schema version (no database imports here)."""

from __future__ import annotations

STATUSES: tuple[str, ...] = ("inkommen", "tilldelad", "under_beredning", "beslutad", "besvarad", "avstar",
                             "avskriven")
OPEN_STATUSES: tuple[str, ...] = ("inkommen", "tilldelad", "under_beredning", "beslutad")
CHAIN: tuple[str, ...] = ("inkommen", "tilldelad", "under_beredning", "beslutad", "besvarad")
SCHEMA_VERSION = 6  # the number of migrations in remiss.register.db.MIGRATIONS
