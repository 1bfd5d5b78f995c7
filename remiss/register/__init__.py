"""The remiss register: SQLAlchemy Core over a SQLite file or PostgreSQL, with an event log.

The names are loaded on first use, so `remiss lista` can read a SQLite register without SQLAlchemy.
"""

from __future__ import annotations

from typing import Any

__all__ = ["OPEN_STATUSES", "STATUSES", "DuplicateError", "Handelse", "Register", "RegisterPost",
           "open_register"]


def __getattr__(name: str) -> Any:
    """Given a public name, import it from remiss.register.service on first use."""
    if name not in __all__:
        raise AttributeError(f"module 'remiss.register' has no attribute {name!r}")
    from remiss.register import service

    return getattr(service, name)
