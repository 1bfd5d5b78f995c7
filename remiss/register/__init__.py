"""The remiss register: SQLAlchemy Core over a SQLite file or PostgreSQL, with an event log."""

from remiss.register.service import (
    OPEN_STATUSES,
    STATUSES,
    DuplicateError,
    Handelse,
    Register,
    RegisterPost,
    open_register,
)

__all__ = ["OPEN_STATUSES", "STATUSES", "DuplicateError", "Handelse", "Register", "RegisterPost",
           "open_register"]
