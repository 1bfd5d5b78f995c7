"""The register commands: registrera, lista, visa, uppdatera, historik, export, import, init."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar

import click

from remiss.click_sv import exempel
from remiss.commands.common import parse_idag, visa_register
from remiss.errors import ExitCode

F = TypeVar("F", bound=Callable[..., Any])



class StatusTyp(click.ParamType):
    """A status as users type it ("avstår", "under beredning", "under_beredning"): the stored key."""

    name = "status"

    def get_metavar(self, param: click.Parameter, ctx: click.Context | None = None) -> str:
        return "STATUS"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        from remiss.register.status import normalise_status, statuslista

        key = normalise_status(str(value))
        if key is None:
            self.fail(f"'{value}' är ingen status. Välj bland: {statuslista()}.", param, ctx)
        return key


STATUS = StatusTyp()
STATUSHJALP = "inkommen, tilldelad, under beredning, beslutad, besvarad, avstår eller avskriven"


def register_options(func: F) -> F:
    """Add --databas and --config (with their environment variables) to a command."""
    func = click.option("--config", "config_path", metavar="FIL", envvar="REMISS_CONFIG",
                        type=click.Path(dir_okay=False),
                        help="Konfigurationsfil (standard: REMISS_CONFIG eller ./remiss.toml).")(func)
    func = click.option("--databas", metavar="URL", envvar="REMISS_DATABAS",
                        help="Registrets databas: en fil eller en SQLAlchemy-URL, t.ex. postgresql+psycopg://…"
                             "  (standard: REMISS_DATABAS, remiss.toml, ./remiss.db).")(func)
    return func


def _open(databas: str | None, config_path: str | None, *, skapa: bool = False,
          tyst: bool = False) -> tuple[Any, Any]:
    """Given the options, return (Config, Register); only registrera and import create a new register.

    Unless `tyst` (machine output), a register other than the configured one is named on stderr.
    """
    from remiss.config import load_config
    from remiss.register import open_register
    from remiss.register.url import DEFAULT_SQLITE

    config = load_config(config_path)
    if not tyst:
        visa_register(databas, config.databas)
    return config, open_register(databas or config.databas or DEFAULT_SQLITE, skapa=skapa)


def _user(config: Any) -> str:
    """Given the config, return the name recorded in the event log."""
    from remiss.register.service import default_user

    return config.anvandare or default_user()


# --- registrera --------------------------------------------------------------------------------


@click.command("registrera", epilog=exempel(
    'remiss registrera inkommet/*.pdf',
    'remiss registrera remiss.pdf --handlaggare "Eva Ek" --eget-dnr "ALN 2024-00031"'))
@click.argument("filer", nargs=-1, required=True, type=click.Path())
@click.option("--handlaggare", metavar="NAMN", default=None, help="Handläggare (ger status tilldelad).")
@click.option("--eget-dnr", metavar="DNR", default=None, help="Eget diarienummer, t.ex. \"ALN 2024-00031\".")
@click.option("--jobb", metavar="N", default=2, show_default=True, type=click.IntRange(1, 32),
              help="Antal processer som tolkar filer samtidigt.")
@click.option("--inkommen", metavar="ÅÅÅÅ-MM-DD", default=None,
              help="Dagen remissen kom in, för filer utan eget datum (PDF, DOCX). En e-post (.eml, .msg) "
                   "har sitt eget. Standard: i dag.")
@click.option("--max-ocr-sidor", metavar="N", default=None, type=click.IntRange(0, 100_000),
              help="Högst så många skannade sidor per fil läses med OCR (standard: remiss.toml, annars 50).")
@click.option("--dry-run", is_flag=True, help="Tolka och kontrollera dubbletter men skriv inget.")
@register_options
def registrera(filer: tuple[str, ...], handlaggare: str | None, eget_dnr: str | None, jobb: int,
               inkommen: str | None, max_ocr_sidor: int | None, dry_run: bool, databas: str | None,
               config_path: str | None) -> None:
    """Tolka remisser (PDF, DOCX eller e-post .eml/.msg) och för in dem i registret.

    Samma fil eller samma avsändare och diarienummer registreras inte två gånger
    ("redan registrerad som #12"); det räknas inte som fel. En e-post och missivet
    sparat ur den är samma remiss. En fil som inte går att läsa stoppar inte de andra,
    men ger slutstatus 1.
    """
    from remiss.register.intake import registrera_tolkad, summary, tolka_alla
    from remiss.terminal import ren

    if inkommen:
        inkommen = _parse_date(inkommen, "--inkommen")
    config, reg = _open(databas, config_path, skapa=True)
    user = _user(config)
    utfall = []
    with reg:
        reg.close()  # the tolka workers are forked: they must not inherit an open database connection
        stream = tolka_alla(filer, jobb=jobb, egen_instans=config.namnd, organisationer=config.organisationer,
                            max_ocr_sidor=config.max_ocr_sidor if max_ocr_sidor is None else max_ocr_sidor)
        show_bar = sys.stderr.isatty() and len(filer) > 1
        with click.progressbar(stream, length=len(filer), label="Registrerar", file=sys.stderr,
                               hidden=not show_bar) as bar:
            for tolkad in bar:
                for text in tolkad.obs:
                    click.echo(ren(f"Obs: {text}"), err=True)
                for item in registrera_tolkad(reg, tolkad, handlaggare=handlaggare, eget_dnr=eget_dnr,
                                              user=user, dry_run=dry_run, inkommen=inkommen):
                    _report(item, show_bar)
                    utfall.append(item)
    if len(filer) > 1 or any(u.utfall in ("fel", "ingen") for u in utfall):
        click.echo(summary(utfall, len(filer)), err=True)
    if any(u.utfall == "fel" for u in utfall):
        sys.exit(ExitCode.FEL)


def _parse_date(value: str, option: str) -> str:
    """Given a date option's value, return it as ISO 8601, or raise a usage error."""
    from datetime import date

    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"'{value}' är inget datum: skriv ÅÅÅÅ-MM-DD.", param_hint=option) from None


def _report(item: Any, bar: bool) -> None:
    """Given one outcome, print it: results on stdout, warnings and errors on stderr."""
    from remiss.terminal import ren

    prefix = "\n" if bar else ""
    item = replace(item, fil=ren(item.fil), text=ren(item.text),
                   varningar=tuple(ren(v) for v in item.varningar))
    if item.utfall == "registrerad":
        click.echo(f"{prefix}#{item.id} registrerad: {item.text}")
    elif item.utfall == "provad":
        click.echo(f"{prefix}skulle registreras: {item.text} ({item.fil})")
    elif item.utfall == "dubblett":
        click.echo(f"{prefix}{item.fil}: {item.text}")
    elif item.utfall == "ingen":
        click.echo(f"{prefix}{item.fil}: {item.text}.", err=True)
    else:
        click.echo(f"{prefix}Fel: {item.text}", err=True)
    for warning in item.varningar:
        click.echo(f"Varning: #{item.id}: {warning}", err=True)


# --- lista -------------------------------------------------------------------------------------


@click.command("lista", epilog=exempel(
    'remiss lista --inom 30',
    'remiss lista --format xlsx -o bevakning.xlsx'))
@click.option("--inom", metavar="DAGAR", type=click.IntRange(0, 36_600), default=None,
              help="Bara remisser med svarsdatum inom så många dagar (även försenade).")
@click.option("--forsenade", is_flag=True, help="Bara remisser vars svarsdatum har passerat.")
@click.option("--status", "statuses", multiple=True, type=STATUS,
              help=f"Bara denna status (kan upprepas): {STATUSHJALP}. Standard: alla öppna.")
@click.option("--handlaggare", metavar="NAMN", default=None, help="Bara denna handläggare.")
@click.option("--avsandare", metavar="TEXT", default=None, help="Bara avsändare som innehåller texten.")
@click.option("--format", "fmt", type=click.Choice(["tabell", "csv", "json", "xlsx", "ics"]),
              default="tabell", show_default=True, help="Utdataformat.")
@click.option("-o", "--output", metavar="FIL", type=click.Path(dir_okay=False), default=None,
              help="Skriv till fil i stället för skärmen (krävs för xlsx).")
@click.option("--force", is_flag=True, help="Skriv över en befintlig fil.")
@click.option("--idag", metavar="ÅÅÅÅ-MM-DD", default=None, help="Räkna som om det vore detta datum.")
@click.option("--utgaende", is_flag=True,
              help="Visa i stället remisser vi har skickat ut (sparade med `remiss sammanstall --spara`) "
                   "med vilka remissinstanser som saknas.")
@register_options
def lista(inom: int | None, forsenade: bool, statuses: tuple[str, ...], handlaggare: str | None,
          avsandare: str | None, fmt: str, output: str | None, force: bool, idag: str | None,
          utgaende: bool, databas: str | None, config_path: str | None) -> None:
    """Lista remisser efter svarsdatum med arbetsdagar kvar och beslutsväg.

    Beslutsvägen är nämndens sista sammanträde på eller före svarsdatum och dagen då
    tjänsteskrivelsen ska vara klar (sammanträdet minus beredningstiden). Hinns det
    inte: "ordförandebeslut eller begär förlängd svarstid".
    """
    from remiss.config import load_config
    from remiss.register.lista import Filter, lista_sqlite

    today = parse_idag(idag)
    if utgaende:
        from remiss.register.remissvar import format_utgaende, lista_utgaende
        from remiss.terminal import ren

        _, reg = _open(databas, config_path)
        with reg:
            click.echo(ren(format_utgaende(lista_utgaende(reg))))
        return
    if fmt == "xlsx" and not output:
        raise click.UsageError("--format xlsx kräver -o FIL.")
    config = load_config(config_path)
    if fmt == "tabell":
        visa_register(databas, config.databas)
    wanted = Filter(inom=inom, forsenade=forsenade, status=statuses, handlaggare=handlaggare,
                    avsandare=avsandare)
    sqlite_file = _sqlite_file(databas or config.databas)
    rader = lista_sqlite(sqlite_file, config, idag=today, filter=wanted) if sqlite_file else None
    if rader is None:  # PostgreSQL, a new file, or a schema to migrate: through SQLAlchemy
        from remiss.register.lista import lista as make_list

        config, reg = _open(databas, config_path, tyst=True)  # named above
        with reg:
            rader = make_list(reg, config, idag=today, filter=wanted)
    _write_list(rader, fmt, output, config, force=force)
    if fmt == "tabell" and not config.sammantradesdagar and rader:
        click.echo("Obs: inga sammantradesdagar i konfigurationen, så beslutsväg visas inte "
                   "(se `remiss init`).", err=True)


def _sqlite_file(url: str | None) -> Path | None:
    """Given the register URL (None: ./remiss.db), return the SQLite file it names when it exists."""
    url = url or "remiss.db"
    if url.startswith("sqlite:///"):
        url = url[len("sqlite:///"):]
    elif "://" in url:
        return None
    path = Path(url).expanduser()
    return path if "?" not in url and path.is_file() else None


def _write_list(rader: list[Any], fmt: str, output: str | None, config: Any, *, force: bool) -> None:
    """Given list rows and the format, write them to the file or to stdout."""
    from remiss.register import export

    if fmt == "xlsx":
        data = export.xlsx_bytes(rader)
    elif fmt == "tabell":
        color = output is None and sys.stdout.isatty()
        data = (export.format_tabell(rader, color=color) + "\n").encode("utf-8")
    elif fmt == "csv":
        data = ("\ufeff" + export.format_csv(rader)).encode("utf-8")
    elif fmt == "json":
        data = (export.format_json(rader) + "\n").encode("utf-8")
    else:
        data = export.format_ics(rader, namnd=config.namnd, paminnelse=config.paminnelse_arbetsdagar)
    _emit(data, output, force=force)


def _emit(data: bytes, output: str | None, *, force: bool) -> None:
    """Given bytes, write them to stdout, or atomically to the file (an existing one only with --force)."""
    from remiss.fileio import skriv_atomiskt

    if output is None:
        click.echo(data, nl=False)
        return
    skriv_atomiskt(data, Path(output), force=force)


# --- visa, uppdatera, historik -----------------------------------------------------------------


@click.command("visa", epilog=exempel(
    'remiss visa 4',
    'remiss visa 4 --json'))
@click.argument("id", type=int)
@click.option("--json", "as_json", is_flag=True, help="Skriv posten som JSON.")
@click.option("--idag", metavar="ÅÅÅÅ-MM-DD", default=None, help="Räkna som om det vore detta datum.")
@register_options
def visa(id: int, as_json: bool, idag: str | None, databas: str | None, config_path: str | None) -> None:
    """Visa en remiss i registret med remissinstanser och beslutsväg."""
    from remiss.register.views import format_post, post_dict

    today = parse_idag(idag)
    from remiss.register.remissvar import format_svar, hamta_svar
    from remiss.terminal import ren

    config, reg = _open(databas, config_path, tyst=as_json)
    with reg:
        post = reg.get(id)
        events = reg.history(id)
        svar = hamta_svar(reg, id)
    if as_json:
        click.echo(json.dumps({**post_dict(post), "remissvar": svar}, ensure_ascii=False, indent=2))
    else:
        click.echo(ren(format_post(post, config, idag=today, handelser=len(events))))
        if svar:
            click.echo("\n" + ren(format_svar(post, svar)))


@click.command("uppdatera", epilog=exempel(
    'remiss uppdatera 4 --handlaggare "Eva Ek" --eget-dnr "ALN 2024-00031"',
    'remiss uppdatera 4 --svarsadress ks.diarium@boras.se --kopia registrator@boras.se',
    'remiss uppdatera 4 --status "under beredning"',
    'remiss uppdatera 4 --angra --anteckning "Fel remiss"'))
@click.argument("id", type=int)
@click.option("--status", type=STATUS, default=None, help=f"Ny status: {STATUSHJALP}.")
@click.option("--handlaggare", metavar="NAMN", default=None, help="Egen handläggare.")
@click.option("--svarsdatum", metavar="ÅÅÅÅ-MM-DD", default=None,
              help="Nytt svarsdatum (förlängd svarstid); det ursprungliga sparas.")
@click.option("--eget-dnr", metavar="DNR", default=None, help="Eget diarienummer.")
@click.option("--titel", metavar="TEXT", default=None, help="Rätt titel.")
@click.option("--avsandare", metavar="NAMN", default=None, help="Rätt avsändare.")
@click.option("--diarienummer", metavar="DNR", default=None, help="Avsändarens diarienummer, rättat.")
@click.option("--datum", metavar="ÅÅÅÅ-MM-DD", default=None, help="Missivets datum, rättat.")
@click.option("--svarsadress", metavar="ADRESS", default=None, help="E-postadressen svaret ska till.")
@click.option("--kopia", metavar="ADRESS", multiple=True,
              help="Adress svaret ska i kopia till (kan upprepas; ersätter de tolkade).")
@click.option("--handlaggare-avsandare", metavar="TEXT", default=None,
              help='Avsändarens kontaktperson: "Namn, telefon, e-post".')
@click.option("--ny-instans", metavar="NAMN", multiple=True,
              help="Lägg till en remissinstans (kan upprepas).")
@click.option("--ta-bort-instans", metavar="NAMN", multiple=True,
              help="Ta bort en remissinstans (kan upprepas).")
@click.option("--angra", is_flag=True, help="Ångra den senaste ändringen (loggas som en egen händelse).")
@click.option("--anteckning", metavar="TEXT", default=None, help="En anteckning i händelseloggen.")
@register_options
def uppdatera(id: int, status: str | None, handlaggare: str | None, svarsdatum: str | None,
              eget_dnr: str | None, titel: str | None, avsandare: str | None, diarienummer: str | None,
              datum: str | None, svarsadress: str | None, kopia: tuple[str, ...],
              handlaggare_avsandare: str | None, ny_instans: tuple[str, ...],
              ta_bort_instans: tuple[str, ...], angra: bool, anteckning: str | None, databas: str | None,
              config_path: str | None) -> None:
    """Ändra eller rätta en remiss i registret; varje ändring loggas med före och efter.

    Status går inkommen → tilldelad → under beredning → beslutad → besvarad;
    avstår och avskriven går från varje öppen status. Fält som tolkats fel
    (titel, avsändare, diarienummer, datum, svarsadress, kopia, kontaktperson,
    remissinstanser) rättas med sina flaggor. --angra tar tillbaka den senaste
    ändringen.
    """
    from remiss.register.rattelse import Rattelser
    from remiss.register.views import format_change
    from remiss.terminal import ren

    rattelser = Rattelser(titel=titel, avsandare=avsandare, diarienummer=diarienummer,
                          svarsadress=svarsadress, kopia=kopia or None, datum=datum,
                          handlaggare_avsandare=handlaggare_avsandare,
                          ny_instans=ny_instans, ta_bort_instans=ta_bort_instans)
    if angra and (status or handlaggare or svarsdatum or eget_dnr or not rattelser.tom()):
        raise click.UsageError("--angra kan inte kombineras med andra ändringar; kör dem var för sig.")
    config, reg = _open(databas, config_path)
    with reg:
        if angra:
            last = reg.undo(id, anteckning=anteckning, user=_user(config))
            click.echo(f"#{id} ångrad: {format_change(last)}")
            return
        post = reg.update(id, status=status, handlaggare=handlaggare, svarsdatum=svarsdatum,
                          eget_dnr=eget_dnr, anteckning=anteckning, user=_user(config), rattelser=rattelser)
        last = reg.history(id)[-1]
    click.echo(ren(f"#{post.id} uppdaterad: {format_change(last)}"))


@click.command("historik", epilog=exempel(
    'remiss historik 4'))
@click.argument("id", type=int)
@click.option("--json", "as_json", is_flag=True, help="Skriv händelserna som JSON.")
@register_options
def historik(id: int, as_json: bool, databas: str | None, config_path: str | None) -> None:
    """Visa händelseloggen för en remiss: tid, användare, händelse, före och efter."""
    from remiss.register.views import format_history
    from remiss.terminal import ren

    _, reg = _open(databas, config_path, tyst=as_json)
    with reg:
        events = reg.history(id)
    if as_json:
        click.echo(json.dumps([e.__dict__ for e in events], ensure_ascii=False, indent=2))
    else:
        click.echo(ren(format_history(events)))


# --- export, import, init ----------------------------------------------------------------------


@click.command("export", epilog=exempel(
    'remiss export -o register.json'))
@click.option("-o", "--output", metavar="FIL", type=click.Path(dir_okay=False), default=None,
              help="Skriv till fil (standard: skärmen).")
@click.option("--force", is_flag=True, help="Skriv över en befintlig fil.")
@register_options
def export_cmd(output: str | None, force: bool, databas: str | None, config_path: str | None) -> None:
    """Exportera hela registret som JSON (säkerhetskopia som `remiss import` läser)."""
    from remiss.register.export import export_register

    _, reg = _open(databas, config_path)
    with reg:
        data = export_register(reg)
    _emit((json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8"), output, force=force)
    if output:
        click.echo(f"{len(data['remisser'])} remisser exporterade till {output}.", err=True)


@click.command("import", epilog=exempel(
    'remiss import register.json --databas nytt.db'))
@click.argument("fil", type=click.Path(dir_okay=False))
@register_options
def import_cmd(fil: str, databas: str | None, config_path: str | None) -> None:
    """Läs in en registerexport (JSON) i ett tomt register, med id:n och händelser."""
    from remiss.register.export import import_register, read_export

    data = read_export(fil)
    _, reg = _open(databas, config_path, skapa=True)
    with reg:
        count = import_register(reg, data)
    click.echo(f"{count} remisser importerade.")


@click.command("kontrollera-register", epilog=exempel(
    'remiss kontrollera-register',
    'remiss kontrollera-register --databas /delad/remiss.db'))
@register_options
def kontrollera_register(databas: str | None, config_path: str | None) -> None:
    """Kontrollera att registrets databasfil är hel (SQLite: PRAGMA integrity_check).

    Slutstatus 0 när registret är helt, 1 när det är skadat; återställ då från senaste
    export med `remiss import`.
    """
    from remiss.config import load_config
    from remiss.register import db
    from remiss.register.service import refuse_new_file

    konfigurerat = load_config(config_path).databas
    visa_register(databas, konfigurerat)
    url = db.resolve_url(databas or konfigurerat)
    refuse_new_file(url)  # a check must not leave an empty remiss.db behind
    problems = db.integrity_check(url)
    shown = sa_url_without_password(url)
    if not problems:
        click.echo(f"Registret {shown} är helt.")
        return
    for problem in problems:
        click.echo(f"  {problem}", err=True)
    raise db.damaged_error(Exception(problems[0]))


def sa_url_without_password(url: str) -> str:
    """Given an SQLAlchemy URL, return it with the password hidden."""
    import sqlalchemy as sa

    return sa.engine.make_url(url).render_as_string(hide_password=True)


@click.command("init", epilog=exempel(
    'remiss init',
    'remiss init -o /delad/remiss.toml'))
@click.option("-o", "--output", metavar="FIL", default="remiss.toml", show_default=True,
              type=click.Path(dir_okay=False), help="Filen som skrivs.")
@click.option("--force", is_flag=True, help="Skriv över en befintlig fil.")
def init(output: str, force: bool) -> None:
    """Skriv en kommenterad startkonfiguration (remiss.toml) att fylla i."""
    from remiss.config import write_starter

    target = write_starter(output, force=force)
    click.echo(f"Skrev {target}. Fyll i sammantradesdagar och namn, och kör sedan `remiss lista`.")


COMMANDS = {"registrera": registrera, "lista": lista, "visa": visa, "uppdatera": uppdatera,
            "historik": historik, "export": export_cmd, "import": import_cmd, "init": init,
            "kontrollera-register": kontrollera_register}
