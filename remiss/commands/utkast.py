"""`remiss utkast` and `remiss svar`: the yttrande draft in the template, and the reply e-mail."""

from __future__ import annotations

from datetime import date
from typing import Any

import click

from remiss.click_sv import exempel
from remiss.domain import STALLNINGSTAGANDEN
from remiss.errors import InputError

_CONFIG = click.option("--config", "config_fil", metavar="FIL", default=None, type=click.Path(dir_okay=False),
                       help="Konfigurationsfil (standard: REMISS_CONFIG eller ./remiss.toml).")
_DATABAS = click.option("--databas", metavar="URL", default=None,
                        help="Registrets databas: en fil eller en SQLAlchemy-URL (standard: REMISS_DATABAS, "
                             "remiss.toml, ./remiss.db).")
_NR = click.option("--nr", type=click.IntRange(min=1), default=None,
                   help="Vilken remiss i filen, när en PDF innehåller flera (1, 2, …).")


def _datum(value: str | None) -> date | None:
    """Given --datum, return the date (None when not given); a bad date is a usage error."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"'{value}' är inget datum (ÅÅÅÅ-MM-DD).", param_hint="--datum") from exc


@click.command("utkast", epilog=exempel(
    'remiss utkast 4 --stallningstagande tillstyrker',
    'remiss utkast remiss.pdf -o yttrande.docx --pdf'))
@click.argument("kalla", metavar="ID|FIL")
@click.option("--stallningstagande", type=click.Choice(STALLNINGSTAGANDEN), default=None,
              help="Nämndens ställningstagande. Utan flaggan skrivs en tydlig platshållare som "
                   "`remiss kontrollera` rapporterar.")
@click.option("--mall", metavar="FIL", default=None, type=click.Path(dir_okay=False),
              help="Word-mall med platshållare (standard: mallar/yttrande.docx).")
@click.option("-o", "--utfil", metavar="FIL", default=None, type=click.Path(dir_okay=False),
              help="Utkastets filnamn (standard: 'Yttrande <dnr>.docx' i arbetskatalogen).")
@click.option("--force", is_flag=True, help="Skriv över en befintlig fil.")
@click.option("--pdf", "pdf", is_flag=True, help="Skapa även en PDF med LibreOffice.")
@click.option("--dnr", "eget_dnr", metavar="DNR", default=None,
              help="Nämndens eget diarienummer, t.ex. 'ALN 2022-00059 1.1.3.1' (standard: från registret).")
@click.option("--handlaggare", metavar="NAMN", default=None,
              help="Egen handläggare (standard: från registret).")
@click.option("--telefon", metavar="NR", default=None, help="Handläggarens telefonnummer.")
@click.option("--datum", metavar="ÅÅÅÅ-MM-DD", default=None, help="Datum i sidhuvudet (standard: i dag).")
@_NR
@_CONFIG
@_DATABAS
def utkast(kalla: str, stallningstagande: str | None, mall: str | None, utfil: str | None, force: bool,
           pdf: bool, eget_dnr: str | None, handlaggare: str | None, telefon: str | None, datum: str | None,
           nr: int | None, config_fil: str | None, databas: str | None) -> None:
    """Skriv ett yttrandeutkast i förvaltningens Word-mall för en remiss.

    ID|FIL är ett id i registret eller en remiss-PDF. Med ett id flyttas remissen till
    status under_beredning och utkastets sökväg skrivs i händelseloggen.
    """
    from remiss.config import load_config
    from remiss.draft import write_utkast

    idag = _datum(datum)
    config = load_config(config_fil)
    _visa_register(kalla, databas, config)
    result = write_utkast(kalla, config=config, databas=databas, nr=nr, eget_dnr=eget_dnr,
                          handlaggare=handlaggare, telefon=telefon, stallningstagande=stallningstagande,
                          mall=mall, utfil=utfil, force=force, pdf=pdf, idag=idag)
    click.echo(f"Utkast: {result.fil}")
    if result.pdf:
        click.echo(f"PDF: {result.pdf}")
    if not stallningstagande:
        click.echo("Obs: inget ställningstagande valt; fyll i det i utkastet eller kör igen med "
                   "--stallningstagande tillstyrker|avstyrker|avstar.", err=True)


@click.command("svar", epilog=exempel(
    'remiss svar 4 --markera-besvarad',
    'remiss svar 4 --yttrande "Yttrande ALN 2024-00031.docx" -o svar.eml'))
@click.argument("kalla", metavar="ID|FIL")
@click.option("--yttrande", metavar="FIL", default=None, type=click.Path(dir_okay=False),
              help="Det färdiga yttrandet (.docx). Med ett id: standard är det senaste utkastet i registret.")
@click.option("-o", "--utfil", metavar="FIL", default=None, type=click.Path(dir_okay=False),
              help="E-postfilen (standard: 'Svar <dnr>.eml' i arbetskatalogen).")
@click.option("--till", metavar="ADRESS", default=None,
              help="Mottagare, om remissens svarsadress saknas eller ska ersättas.")
@click.option("--markera-besvarad", is_flag=True,
              help="Sätt status besvarad i registret (kräver ett id). Vägras om yttrandet har brister, "
                   "platshållare eller [FÖRSLAG] kvar (slutkod 3).")
@click.option("--force", is_flag=True,
              help="Skriv över en befintlig fil; med --markera-besvarad: markera trots brister (loggas).")
@_NR
@_CONFIG
@_DATABAS
def svar(kalla: str, yttrande: str | None, utfil: str | None, till: str | None, markera_besvarad: bool,
         force: bool, nr: int | None, config_fil: str | None, databas: str | None) -> None:
    """Skapa e-postmeddelandet (.eml) med yttrandet till remissens avsändare.

    Ämnesraden blir den som missivet kräver, bilagorna får de format missivet begär.
    Öppna filen i e-postprogrammet, granska och skicka.
    """
    from remiss.config import load_config
    from remiss.draft import ar_id
    from remiss.mail import write_svar

    if markera_besvarad and not ar_id(kalla):
        raise InputError("--markera-besvarad kräver ett id i registret, inte en fil.")
    config = load_config(config_fil)
    _visa_register(kalla, databas, config)
    result = write_svar(kalla, yttrande=yttrande, utfil=utfil, till=till, force=force, config=config,
                        databas=databas, nr=nr, markera_besvarad=markera_besvarad)
    click.echo(f"E-post: {result.fil}")
    from remiss.terminal import ren

    click.echo(ren(f"Till: {result.till}"))
    click.echo(ren(f"Ämne: {result.amne}"))
    click.echo(ren(f"Bilagor: {', '.join(result.bilagor)}"))
    if markera_besvarad:
        click.echo("Registret: status besvarad.")


COMMANDS = {"utkast": utkast, "svar": svar}


def _visa_register(kalla: str, databas: str | None, config: Any) -> None:
    """Given ID|FIL, --databas and the config: name a register other than the configured one on stderr."""
    from remiss.commands.common import visa_register
    from remiss.draft import ar_id

    if ar_id(kalla):
        visa_register(databas, config.databas)
