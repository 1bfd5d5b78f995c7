"""Small pieces the command modules share: option parsing that is the same everywhere."""

from __future__ import annotations

from datetime import date

import click


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
