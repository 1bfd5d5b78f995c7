"""Small pieces the command modules share: option parsing that is the same everywhere."""

from __future__ import annotations

from datetime import date

import click


def visa_register(databas: str | None, konfigurerat: str | None) -> None:
    """Print on stderr which register is used when --databas or REMISS_DATABAS is not the configured one."""
    import os

    from click.core import ParameterSource

    from remiss.register.url import DATABASE_ENV, annat_register

    kalla = "--databas"
    ctx = click.get_current_context(silent=True)
    if databas is None:
        databas, kalla = os.environ.get(DATABASE_ENV) or None, DATABASE_ENV
    elif ctx is not None and ctx.get_parameter_source("databas") is ParameterSource.ENVIRONMENT:
        kalla = DATABASE_ENV
    besked = annat_register(databas, konfigurerat, kalla=kalla)
    if besked:
        click.echo(besked, err=True)


def parse_idag(idag: str | None) -> date:
    """Given the --idag option, return the date it names (today when None), or raise a usage error."""
    if not idag:
        return date.today()
    from remiss.limits import datumfel

    try:
        day = date.fromisoformat(idag)
    except ValueError:
        raise click.BadParameter(f"'{idag}' är inget datum: skriv ÅÅÅÅ-MM-DD.", param_hint="--idag") from None
    problem = datumfel(day, "datumet")
    if problem:
        raise click.BadParameter(problem, param_hint="--idag")
    return day
