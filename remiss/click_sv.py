"""Swedish texts for click's own messages (help, usage errors), installed before any command is built."""

from __future__ import annotations

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
    "{value!r} is not a valid {number_type}.": "{value!r} är inget giltigt {number_type}.",
    "{value} is not in the range {range}.": "{value} ligger inte inom {range}.",
    "{name} {filename!r} does not exist.": "{name} {filename!r} finns inte.",
    "{name} {filename!r} is a directory.": "{name} {filename!r} är en mapp.",
    "{name} {filename!r} is a file.": "{name} {filename!r} är en fil.",
    "Choose from:\n\t{choices}": "Välj bland:\n\t{choices}",
    "file": "filen",
    "directory": "mappen",
    "path": "sökvägen",
}


PLURAL: dict[str, tuple[str, str]] = {
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


def install() -> None:
    """Make click's modules use the Swedish texts."""
    for module in (click.core, click.decorators, click.exceptions, click.formatting, click.types):
        module._ = _  # type: ignore[attr-defined]
        if hasattr(module, "ngettext"):
            module.ngettext = ngettext  # type: ignore[attr-defined]
