"""`remiss kontrollera`: check that yttranden have a clear ställningstagande and a sammanfattning."""

from __future__ import annotations

import json
import sys
from typing import Any

import click

from remiss.click_sv import exempel
from remiss.commands.common import parse_idag
from remiss.errors import ExitCode, RegisterError


@click.command("kontrollera", epilog=exempel(
    'remiss kontrollera "Yttrande ALN 2024-00031.docx"',
    'remiss kontrollera --register sammantrade_2024-03-26.pdf'))
@click.argument("filer", nargs=-1, required=True, type=click.Path())
@click.option(
    "--json", "as_json", is_flag=True, help="Skriv resultatet som JSON (en lista, en post per yttrande)."
)
@click.option(
    "--register",
    "mot_register",
    is_flag=True,
    help="Jämför också med registret: okänt diarienummer, passerat svarsdatum, avsändaren i "
    '"Beslutet expedieras till".',
)
@click.option(
    "--databas",
    metavar="URL",
    default=None,
    help="Registrets databas-URL (standard: REMISS_DATABAS, remiss.toml, annars remiss.db).",
)
@click.option("--idag", metavar="ÅÅÅÅ-MM-DD", default=None, help="Jämför svarsdatum med detta datum.")
@click.option("--max-sidor", default=2000, show_default=True, help="Största antal sidor som läses.")
@click.pass_context
def kontrollera(
    ctx: click.Context,
    filer: tuple[str, ...],
    as_json: bool,
    mot_register: bool,
    databas: str | None,
    idag: str | None,
    max_sidor: int,
) -> None:
    """Kontrollera yttranden (DOCX eller PDF, även hela sammanträdeshandlingar).

    Varje yttrande ska ha ett tydligt ställningstagande (tillstyrker, avstyrker eller avstår från att
    yttra sig) i beslutet och en sammanfattning. Slutkod 0: inga brister, 3: brister hittades,
    1: en fil kunde inte läsas.
    """
    from remiss.batch import felrad, run_batch
    from remiss.kontroll import kontrollera_fil
    from remiss.kontroll.rapport import format_kontroll, format_sammanfattning
    from remiss.terminal import ren

    debug = bool(ctx.obj and ctx.obj.get("debug"))
    today = parse_idag(idag)
    if mot_register and not as_json:
        from remiss.commands.common import visa_register
        from remiss.config import load_config

        visa_register(databas, load_config().databas)
    register = _open_register(databas) if mot_register else None

    def visa(fil: str, found: list[Any]) -> None:  # human output file by file, as each is read
        if not found:
            click.echo(f'{fil}: inget yttrande hittades (ingen rubrik "Yttrande över remiss …" eller '
                       '"Svar på remiss …").', err=True)
        for kontroll in found:
            click.echo(ren(format_kontroll(kontroll)) + "\n")

    try:
        batch = run_batch(
            filer,
            lambda fil: kontrollera_fil(fil, register=register, idag=today, max_sidor=max_sidor),
            debug=debug,
            on_error=lambda fil, exc: click.echo(felrad(exc), err=True),
            on_result=None if as_json else visa,
        )
    finally:
        if register is not None:
            register.close()
    kontroller = [k for _, found in batch.results for k in found]
    if as_json:
        click.echo(json.dumps([k.to_dict() for k in kontroller], ensure_ascii=False, indent=2))
    click.echo(format_sammanfattning(kontroller, filer=len(filer), fel=len(batch.errors)), err=True)
    if batch.errors:
        sys.exit(ExitCode.FEL)
    if any(k.brister for k in kontroller):
        sys.exit(ExitCode.BRISTER)


def _open_register(databas: str | None) -> Any:
    """Return the opened register for --register, or raise InputError when the register is not installed."""
    try:
        from remiss.register import open_register
    except ImportError as exc:
        raise RegisterError("registret finns inte i den här installationen; kör utan --register.") from exc
    return open_register(databas, skapa=False)


COMMANDS = {"kontrollera": kontrollera}
