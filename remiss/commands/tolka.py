"""`remiss tolka`: read remiss PDFs and print their fields."""

from __future__ import annotations

import json
import sys
from typing import Any

import click

from remiss.click_sv import exempel
from remiss.commands.common import parse_idag
from remiss.errors import ExitCode


@click.command("tolka", epilog=exempel(
    'remiss tolka remiss.pdf',
    'remiss tolka sammantrade.pdf --json',
    'remiss tolka remiss.pdf --forklara',
    'remiss tolka remiss.pdf --bild bilder/'))
@click.argument("filer", nargs=-1, required=True, type=click.Path())
@click.option(
    "--json", "as_json", is_flag=True, help="Skriv resultatet som JSON (en lista, en post per remiss)."
)
@click.option(
    "--egen-instans",
    metavar="NAMN",
    default=None,
    help="Den egna nämnden (standard: från remiss.toml, annars Arbetslivsnämnden).",
)
@click.option(
    "--organisationer",
    metavar="FIL",
    default=None,
    type=click.Path(dir_okay=False),
    help="Organisationsfil för kommunen (standard: modeller/boras.json).",
)
@click.option("--idag", metavar="ÅÅÅÅ-MM-DD", default=None, help="Räkna dagar kvar från detta datum.")
@click.option("--max-sidor", default=2000, show_default=True, help="Största antal sidor som läses.")
@click.option("--ingen-ocr", is_flag=True, help="Läs inte skannade sidor med OCR (de ger då fel).")
@click.option("--max-ocr-sidor", metavar="N", default=None, type=click.IntRange(0, 100_000),
              help="Högst så många skannade sidor per fil läses med OCR (standard: remiss.toml, annars 50).")
@click.option("--forklara", is_flag=True,
              help="Visa varför: missivets rader med sort och avsnitt, missivpoängen och varje fälts "
                   "kandidater med poäng och skäl.")
@click.option("--bild", "bildmapp", metavar="MAPP", default=None, type=click.Path(file_okay=False),
              help="Skriv en PNG per missivsida till MAPP med varje fälts källrad inramad (bara PDF).")
@click.option("--force", is_flag=True, help="Skriv över befintliga bilder (med --bild).")
@click.option(
    "--config",
    "config_path",
    metavar="FIL",
    envvar="REMISS_CONFIG",
    default=None,
    type=click.Path(dir_okay=False),
    help="Konfigurationsfil (standard: ./remiss.toml).",
)
@click.pass_context
def tolka(
    ctx: click.Context,
    filer: tuple[str, ...],
    as_json: bool,
    egen_instans: str | None,
    organisationer: str | None,
    idag: str | None,
    max_sidor: int,
    ingen_ocr: bool,
    max_ocr_sidor: int | None,
    forklara: bool,
    bildmapp: str | None,
    force: bool,
    config_path: str | None,
) -> None:
    """Läs remisser (PDF, DOCX, e-post) och visa remissinstanser, svarsdatum, diarienummer m.m.

    Ett sammanträdespaket eller en lång PDF kan innehålla flera remisser: varje missiv blir en post.
    I en e-post hittas missivet bland bilagorna eller i texten; övriga bilagor listas.
    """
    from remiss.batch import felrad, run_batch
    from remiss.config import load_config
    from remiss.ocr import OcrGrans
    from remiss.pipeline import ingen_remiss_text, tolka_fil
    from remiss.report import format_remiss
    from remiss.terminal import ren

    debug = bool(ctx.obj and ctx.obj.get("debug"))
    today = parse_idag(idag)
    config = load_config(config_path)
    egen_instans = egen_instans or config.namnd
    organisationer = organisationer or config.organisationer

    def skriv_obs(text: str) -> None:
        click.echo(ren(f"Obs: {text}"), err=True)

    def skriv_framsteg(text: str) -> None:
        click.echo(ren(text), err=True)

    grans = OcrGrans(max_sidor=config.max_ocr_sidor if max_ocr_sidor is None else max_ocr_sidor,
                     obs=skriv_obs, framsteg=skriv_framsteg if sys.stderr.isatty() else None)

    options: dict[str, Any] = {"egen_instans": egen_instans, "organisationer": organisationer,
                               "max_sidor": max_sidor, "kommun": config.kommun, "ocr": not ingen_ocr,
                               "ocr_grans": grans}

    def las(fil: str) -> tuple[list[Any], str | None, Any]:  # the remisser, --forklara text, nearest part
        from remiss.split import narmast_missiv

        if not (forklara or bildmapp):
            found = tolka_fil(fil, **options)
            return found, None, None if found else narmast_missiv()
        from remiss.forklara.bild import skriv_bilder
        from remiss.forklara.kor import forklara_fil
        from remiss.forklara.text import format_forklaring

        forklaring = forklara_fil(fil, **options)
        if bildmapp:
            for path in skriv_bilder(forklaring, bildmapp, force=force):
                click.echo(f"Skrev {path}", err=True)
        near = None if forklaring.remisser else narmast_missiv()
        return forklaring.remisser, format_forklaring(forklaring) if forklara else None, near

    def visa(fil: str, result: tuple[list[Any], str | None, Any]) -> None:  # file by file, as each is read
        found, explanation, near = result
        if not as_json:
            if not found:
                click.echo(ren(f"{fil}: {ingen_remiss_text(fil, near)}."), err=True)
            for remiss in found:
                click.echo(ren(format_remiss(remiss, today=today)))
        if explanation is not None:
            click.echo(ren(explanation), err=as_json)  # beside --json the explanation goes to stderr

    batch = run_batch(
        filer,
        las,
        debug=debug,
        on_error=lambda fil, exc: click.echo(felrad(exc), err=True),
        on_result=visa,
    )
    if as_json:
        remisser = [remiss for _, (found, _, _) in batch.results for remiss in found]
        click.echo(json.dumps([r.to_dict() for r in remisser], ensure_ascii=False, indent=2))
    if len(filer) > 1:
        click.echo(batch.summary(), err=True)
    if batch.errors:
        sys.exit(ExitCode.FEL)


COMMANDS = {"tolka": tolka}
