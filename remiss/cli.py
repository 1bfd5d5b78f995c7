"""The command line: a thin façade that loads each command lazily from remiss.commands."""

from __future__ import annotations

import gc
import importlib

import click

from remiss import click_sv
from remiss.errors import ExitCode, RemissError

click_sv.install()

# command name -> module in remiss.commands; each module exposes `command`.
COMMANDS: dict[str, str] = {
    "tolka": "tolka",
    "registrera": "register",
    "lista": "register",
    "visa": "register",
    "uppdatera": "register",
    "historik": "register",
    "export": "register",
    "import": "register",
    "init": "register",
    "kontrollera-register": "register",
    "utkast": "utkast",
    "svar": "utkast",
    "kontrollera": "kontrollera",
    "sammanstall": "sammanstall",
}

HELP: dict[str, str] = {
    "tolka": "Läs remisser (PDF, DOCX, e-post) och visa de fält som hittas.",
    "registrera": "Tolka remisser och för in dem i registret.",
    "lista": "Lista remisser i registret efter svarsdatum.",
    "visa": "Visa en remiss i registret.",
    "uppdatera": "Ändra status, handläggare eller svarsdatum för en remiss.",
    "historik": "Visa händelseloggen för en remiss.",
    "export": "Exportera hela registret som JSON (säkerhetskopia).",
    "import": "Läs in en registerexport (JSON) i ett tomt register.",
    "init": "Skriv en kommenterad startkonfiguration (remiss.toml).",
    "kontrollera-register": "Kontrollera att registrets databasfil är hel.",
    "utkast": "Skriv ett yttrandeutkast i förvaltningens Word-mall.",
    "svar": "Skapa e-postmeddelandet med yttrandet till avsändaren.",
    "kontrollera": "Kontrollera att yttranden har ställningstagande och sammanfattning.",
    "sammanstall": "Sammanställ remissvaren: vem har svarat, vad tycker de, vem saknas.",
}


class LazyGroup(click.Group):
    """A click group that imports a command's module only when that command runs."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        module_name = COMMANDS.get(cmd_name)
        if module_name is None:
            return None
        from remiss import recache

        recache.start(module_name)  # before the command's modules compile their patterns
        module = importlib.import_module(f"remiss.commands.{module_name}")
        if _EGEN_PROCESS:  # a test's process keeps Python's collector as it was
            _spara_importerat()
        return getattr(module, "COMMANDS", {}).get(cmd_name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """List the commands from HELP, so `remiss --help` imports no command module."""
        with formatter.section("Kommandon"):
            formatter.write_dl([(name, HELP[name]) for name in COMMANDS])

    def invoke(self, ctx: click.Context) -> object:
        """Run the command; turn our errors into one `Fel:` line and exit code 1."""
        debug = bool(ctx.params.get("debug"))
        try:
            return super().invoke(ctx)
        except RemissError as exc:
            if debug:
                raise
            click.echo(f"Fel: {exc.line()}", err=True)
            ctx.exit(exc.exit_code)
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except Exception as exc:  # noqa: BLE001 - last line of defence: no traceback without --debug
            if debug:
                raise
            from remiss.terminal import till_skarm

            click.echo(till_skarm(f"Fel: oväntat fel ({type(exc).__name__}: {exc}). Kör igen med --debug och "
                                  "rapportera felet."), err=True)
            ctx.exit(ExitCode.FEL)
        return None


GC_TROSKEL = 2000  # new objects between the collector's youngest passes (Python's own: 700)
_EGEN_PROCESS: list[bool] = []  # main() runs: the process is the command's own (not a test's CliRunner)


def _spara_importerat() -> None:
    """Let the cyclic garbage collector pass over what the imports made: modules, classes, functions and
    compiled patterns live to the end of the run, yet each full pass walked them again (gc.freeze), and
    let it run its youngest pass less often (a run makes tens of thousands of short-lived tuples and
    lines, few cycles). No result depends on it; about 1 % of a `tolka` run's instructions."""
    gc.freeze()
    gc.set_threshold(GC_TROSKEL, *gc.get_threshold()[1:])


@click.group(
    cls=LazyGroup,
    context_settings={"help_option_names": ["-h", "--help"]},
    options_metavar="[FLAGGOR]",
    subcommand_metavar="KOMMANDO [ARGUMENT]...",
)
@click.option("--debug", is_flag=True, help="Visa hela felspåret (traceback) vid fel.")
@click.version_option(package_name="remiss", message="remiss %(version)s", help="Visa versionen och avsluta.")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """remiss: tolka, registrera, besvara och kontrollera remisser.

    Läser inkomna remisser (PDF), håller ett register över svarsdatum,
    skriver yttrandeutkast i förvaltningens mall och kontrollerar yttranden
    inför nämndens sammanträde.
    """
    ctx.ensure_object(dict)
    ctx.obj["debug"] = debug


def main() -> None:
    """Entry point of the `remiss` script."""
    _EGEN_PROCESS.append(True)
    cli(prog_name="remiss")
