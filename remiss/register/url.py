"""The register's URL: which database a command uses, and a notice when it is not the configured one.

No SQLAlchemy here: `remiss lista` reads a SQLite register without it (see remiss.register.lista).
"""

from __future__ import annotations

import os
from pathlib import Path

from remiss.terminal import dolj_losenord

DATABASE_ENV = "REMISS_DATABAS"
DEFAULT_SQLITE = "remiss.db"


def resolve_url(url: str | None = None) -> str:
    """Given a URL, a file path or None, return an SQLAlchemy URL (argument, REMISS_DATABAS, config, file)."""
    chosen = url or os.environ.get(DATABASE_ENV)
    if not chosen:
        from remiss.config import load_config

        chosen = load_config().databas
    if not chosen:
        chosen = DEFAULT_SQLITE
    if "://" not in chosen:
        chosen = f"sqlite:///{Path(chosen).expanduser()}"
    return chosen


def annat_register(valt: str | None, konfigurerat: str | None, *, kalla: str = "--databas") -> str | None:
    """Given the register asked for (or None) and the configured one, return a Swedish notice if they differ.

    The notice names the register used (password hidden) and where the choice came from (`kalla`),
    so a register given by --databas or REMISS_DATABAS is never a surprise. A register typed on the
    command line when remiss.toml names none is what the user chose: no notice.
    """
    if not valt or (kalla == "--databas" and not konfigurerat):
        return None
    used, configured = _comparable(valt), _comparable(konfigurerat or DEFAULT_SQLITE)
    if used == configured:
        return None
    where = "i remiss.toml" if konfigurerat else "i mappen"
    return dolj_losenord(f"Obs: registret {used} används (från {kalla}), inte det konfigurerade "
                         f"{configured} ({where}).")


def _comparable(url: str) -> str:
    """Given a register URL or file path, return it in a form two names of the same register share."""
    resolved = resolve_url(url)
    if resolved.startswith("sqlite:///") and "mode=memory" not in resolved:
        path, sep, query = resolved[len("sqlite:///"):].partition("?")
        return str(Path(path).expanduser().resolve()) + sep + query
    return resolved
