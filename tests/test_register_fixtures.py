"""Shared fixtures of the register tests: one register URL per backend (SQLite file, PostgreSQL schema)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from remiss.domain import Handlaggare, Remiss, Remissinstans

PG_URL = os.environ.get("REMISS_TEST_PG_URL")


def pg_schema_url(base: str, schema: str) -> str:
    """Given a PostgreSQL URL and a schema, return the URL whose connections use that schema."""
    separator = "&" if "?" in base else "?"
    return f"{base}{separator}options=-csearch_path%3D{schema}"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Yield a URL of an empty register: a SQLite file, or a fresh schema in the test PostgreSQL."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'register.db'}"
        return
    if not PG_URL:
        pytest.skip("REMISS_TEST_PG_URL är inte satt (ingen PostgreSQL att testa mot)")
    import sqlalchemy as sa

    schema = f"t_{uuid.uuid4().hex[:16]}"
    engine = sa.create_engine(PG_URL)
    with engine.begin() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield pg_schema_url(PG_URL, schema)
    finally:
        with engine.begin() as conn:
            conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        engine.dispose()


def make_remiss(n: int = 1, *, dnr: str | None = None, avsandare: str = "Kommunstyrelsen",
                titel: str | None = None, svarsdatum: str | None = "2026-12-11",
                instanser: int = 3) -> Remiss:
    """Given a number and optional fields, return a Remiss as tolka would find it."""
    return Remiss(
        fil=f"remiss_{n}.pdf", sidor=(1, 2), diarienummer=dnr if dnr is not None else f"KS 2026-{n:05d}",
        klassificering="1.1.1.1", avsandare=avsandare, titel=titel or f"Remiss: Ärende nummer {n}",
        datum="2026-10-01", svarsdatum=svarsdatum, svarsadress="ks.diarium@boras.se",
        remissinstanser=tuple(Remissinstans(namn=f"Nämnd {i}", epost=f"n{i}@boras.se", grupp="Obligatoriska",
                                            kanoniskt_namn=f"Nämnd {i}", matchning=0.95)
                              for i in range(1, instanser + 1)),
        handlaggare=Handlaggare(namn="Ingegerd Eriksson", telefon="033 357165", epost=None),
        varningar=("datumet 2029-08-29 verkar fel",))
