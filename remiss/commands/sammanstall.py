"""`remiss sammanstall`: who answered a remiss we sent, what each said, who is missing."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import click

from remiss.click_sv import exempel
from remiss.errors import ExitCode

FORMAT = ("tabell", "json", "xlsx", "docx")


@click.command("sammanstall", epilog=exempel(
    "remiss sammanstall 12 --svar inkomna_svar/",
    "remiss sammanstall remiss.pdf --svar inkomna_svar/ --format xlsx -o sammanstallning.xlsx"))
@click.argument("kalla", metavar="REMISS")
@click.option(
    "--svar",
    "mapp",
    metavar="MAPP",
    required=True,
    type=click.Path(),
    help="Mappen med remissvaren (PDF, Word, e-post som .eml eller .msg).",
)
@click.option(
    "--format", "fmt", type=click.Choice(FORMAT), default="tabell", show_default=True, help="Utdataformat."
)
@click.option(
    "-o",
    "--output",
    metavar="FIL",
    type=click.Path(dir_okay=False),
    default=None,
    help="Skriv till fil (standard för xlsx och docx: 'Sammanställning <dnr>.<format>').",
)
@click.option("--force", is_flag=True, help="Skriv över en befintlig fil.")
@click.option(
    "--spara",
    is_flag=True,
    help="För in svaren mot remissen i registret (kräver ett id); remissen räknas då som utgående.",
)
@click.option(
    "--mall",
    metavar="FIL",
    default=None,
    type=click.Path(dir_okay=False),
    help="Word-mall för docx (standard: mallar/sammanstallning.docx).",
)
@click.option(
    "--nr",
    type=click.IntRange(min=1),
    default=None,
    help="Vilken remiss i filen, när missivfilen innehåller flera (1, 2, …).",
)
@click.option("--max-sidor", default=2000, show_default=True, help="Största antal sidor som läses per svar.")
@click.option(
    "--config",
    "config_fil",
    metavar="FIL",
    default=None,
    type=click.Path(dir_okay=False),
    help="Konfigurationsfil (standard: REMISS_CONFIG eller ./remiss.toml).",
)
@click.option(
    "--databas",
    metavar="URL",
    default=None,
    help="Registrets databas: en fil eller en SQLAlchemy-URL (standard: REMISS_DATABAS, "
    "remiss.toml, ./remiss.db).",
)
def sammanstall(
    kalla: str,
    mapp: str,
    fmt: str,
    output: str | None,
    force: bool,
    spara: bool,
    mall: str | None,
    nr: int | None,
    max_sidor: int,
    config_fil: str | None,
    databas: str | None,
) -> None:
    """Sammanställ remissvaren på en remiss som vi har skickat ut.

    REMISS är ett id i registret eller missivfilen (PDF eller Word). Varje svar i MAPP läses:
    avsändare, datum, ställningstagande och sammanfattning, och knyts till en remissinstans i
    missivet. Svar från andra än remissinstanserna visas för sig (övriga). Slutkod 1 om någon
    fil inte kunde läsas; de andra sammanställs ändå.
    """
    from remiss.commands.common import visa_register
    from remiss.config import load_config
    from remiss.draft import ar_id
    from remiss.fileio import skriv_atomiskt
    from remiss.sammanstall import sammanstall_kalla, utdata
    from remiss.terminal import ren

    config = load_config(config_fil)
    if ar_id(kalla):
        visa_register(databas, config.databas)
    resultat = sammanstall_kalla(
        kalla, mapp, config=config, databas=databas, nr=nr, spara=spara, max_sidor=max_sidor
    )
    if fmt in ("xlsx", "docx"):
        data = (
            utdata.xlsx_bytes(resultat)
            if fmt == "xlsx"
            else utdata.docx_bytes(resultat, config=config, mall=mall)
        )
        target = skriv_atomiskt(data, Path(output or _standardnamn(resultat, fmt)), force=force)
        click.echo(f"Sammanställning: {target}")
        click.echo(utdata._summering(resultat), err=True)
    else:
        text = utdata.format_json(resultat) if fmt == "json" else ren(utdata.format_tabell(resultat))
        if output:
            skriv_atomiskt((text + "\n").encode("utf-8"), Path(output), force=force)
            click.echo(f"Sammanställning: {output}", err=True)
        else:
            click.echo(text)
    if fmt != "tabell" or output:
        for fel in resultat.fel:
            click.echo(ren(f"Fel: {fel.fil}: {fel.fel}"), err=True)
    for anmarkning in resultat.anmarkningar:
        click.echo(ren(f"Obs: {anmarkning}."), err=True)
    if spara and resultat.post_id is not None:
        click.echo(f"Registret: svaren sparade mot #{resultat.post_id} (riktning utgående).", err=True)
    if resultat.fel:
        sys.exit(ExitCode.FEL)


def _standardnamn(resultat: object, fmt: str) -> str:
    """Return the default file name: 'Sammanställning <dnr or title>.<fmt>' with safe characters."""
    remiss = resultat.remiss  # type: ignore[attr-defined]
    stem = remiss.diarienummer or remiss.titel or "remiss"
    stem = re.sub(r"[\\/:*?\"<>|\s]+", " ", stem).strip()[:80].strip()
    return f"Sammanställning {stem}.{fmt}"


COMMANDS = {"sammanstall": sammanstall}
