"""Swedish texts for click's own messages (help, usage errors), installed before any command is built."""

from __future__ import annotations

import sys
from typing import Any

import click.core
import click.decorators
import click.exceptions
import click.formatting
import click.types

SVENSKA: dict[str, str] = {
    "Show this message and exit.": "Visa den här hjälpen och avsluta.",
    "Show the version and exit.": "Visa versionen och avsluta.",
    "Usage:": "Användning:",
    "Options": "Flaggor",
    "Commands": "Kommandon",
    "Error: {message}": "Fel: {message}",
    "Try '{command} {option}' for help.": "Skriv '{command} {option}' för hjälp.",
    "Missing argument": "Argument saknas",
    "Missing option": "Flagga saknas",
    "Missing parameter": "Parameter saknas",
    "Missing parameter: {param_name}": "Parameter saknas: {param_name}",
    "Missing command.": "Kommando saknas.",
    "No such command {name!r}.": "Kommandot {name!r} finns inte.",
    "No such option {name!r}.": "Flaggan {name!r} finns inte.",
    "Option {name!r} does not take a value.": "Flaggan {name!r} tar inget värde.",
    "Invalid value for {param_hint}: {message}": "Ogiltigt värde för {param_hint}: {message}",
    "Invalid value: {message}": "Ogiltigt värde: {message}",
    "Aborted!": "Avbrutet.",
    "default: {default}": "standard: {default}",
    "env var: {var}": "miljövariabel: {var}",
    "{value!r} is not a valid {number_type}.": "{value!r} är inget {number_type}.",
    "{value} is not in the range {range}.": "{value} är inte tillåtet ({range}).",
    "{name} {filename!r} is not readable.": "{name} {filename!r} går inte att läsa.",
    "{name} {filename!r} is not writable.": "{name} {filename!r} går inte att skriva.",
    "{name} {filename!r} is not executable.": "{name} {filename!r} går inte att köra.",
    "Could not open file {filename!r}: {message}": "Kunde inte öppna filen {filename!r}: {message}",
    "{value!r} is not a valid UUID.": "{value!r} är inget giltigt UUID.",
    "Argument {name!r} takes {nargs} values.": "Argumentet {name!r} tar {nargs} värden.",
    "Invalid start character for option ({option})": "Ogiltigt första tecken i flaggan ({option})",
    "Value must be an iterable.": "Värdet måste vara en lista.",
    "Missing {param_type}": "{param_type} saknas",
    "unknown error": "okänt fel",
    "required": "krävs",
    "(dynamic)": "(beräknas)",
    "Positional arguments": "Argument",
    "{name} {filename!r} does not exist.": "{name} {filename!r} finns inte.",
    "{name} {filename!r} is a directory.": "{name} {filename!r} är en mapp.",
    "{name} {filename!r} is a file.": "{name} {filename!r} är en fil.",
    "Choose from:\n\t{choices}": "Välj bland:\n\t{choices}",
    "file": "filen",
    "directory": "mappen",
    "path": "sökvägen",
}


PLURAL: dict[str, tuple[str, str]] = {
    "{value!r} is not {choice}.": ("{value!r} är inte {choice}.", "{value!r} är inget av {choices}."),
    "Did you mean {possibility}?": ("Menade du {possibility}?", "(Menade du något av: {possibilities}?)"),
    "Option {name!r} requires an argument.": ("Flaggan {name!r} kräver ett värde.",
                                              "Flaggan {name!r} kräver {nargs} värden."),
    "{value!r} does not match the format {format}.": ("{value!r} har inte formatet {format}.",
                                                      "{value!r} har inget av formaten {formats}."),
    "Takes {nargs} values but 1 was given.": ("Tar {nargs} värden men 1 gavs.",
                                              "Tar {nargs} värden men {len} gavs."),
    "{len_type} values are required, but {len_value} was given.": (
        "{len_type} värden krävs, men {len_value} gavs.", "{len_type} värden krävs, men {len_value} gavs."),
    "Got unexpected extra argument ({args})": (
        "Oväntat extra argument ({args})",
        "Oväntade extra argument ({args})",
    ),
}


def ngettext(singular: str, plural: str, count: int) -> str:
    """Given click's singular and plural message and a count, return the Swedish form."""
    forms = PLURAL.get(singular)
    if forms is None:
        return singular if count == 1 else plural
    return forms[0] if count == 1 else forms[1]


def _(message: str) -> str:
    """Given one of click's English messages, return it in Swedish (unknown ones as they are)."""
    return SVENSKA.get(message, message)


def exempel(*rader: str) -> str:
    """Given example command lines, return a help epilog "Exempel:" that click prints line by line."""
    return "Exempel:\n\n\b\n" + "\n".join(f"  $ {rad}" for rad in rader)


def _describe_range(self: Any) -> str:
    """Describe a number range in Swedish for help and errors: "minst 1", "högst 9", "1–32"."""
    low = None if self.min is None else self.min + (1 if self.min_open else 0)
    high = None if self.max is None else self.max - (1 if self.max_open else 0)
    if low is None:
        return f"högst {high}"
    if high is None:
        return f"minst {low}"
    return f"{low}–{high}"


_command_init = click.core.Command.__init__


def _init_command(self: click.core.Command, *args: Any, **kwargs: Any) -> None:
    """Build a command whose usage line says [FLAGGOR] instead of click's [OPTIONS]."""
    _command_init(self, *args, **kwargs)
    if self.options_metavar == "[OPTIONS]":
        self.options_metavar = "[FLAGGOR]"


def install() -> None:
    """Make click's modules use the Swedish texts, Swedish type names and number ranges."""
    modules = [click.core, click.decorators, click.exceptions, click.formatting, click.types]
    parser = sys.modules.get("click.parser")
    if parser is not None:
        modules.append(parser)
    for module in modules:
        module._ = _  # type: ignore[attr-defined]
        if hasattr(module, "ngettext"):
            module.ngettext = ngettext  # type: ignore[attr-defined]
    click.types.IntParamType.name = "heltal"
    click.types.IntRange.name = "heltal"
    click.types.FloatParamType.name = "decimaltal"
    click.types.FloatRange.name = "decimaltal"
    click.types._NumberRangeBase._describe_range = _describe_range  # type: ignore[method-assign]
    click.core.Command.__init__ = _init_command  # type: ignore[method-assign]
