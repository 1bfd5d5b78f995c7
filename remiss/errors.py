"""One exception hierarchy and the exit codes of the command line."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Exit statuses of `remiss`: scripts branch on these."""

    OK = 0
    FEL = 1  # an error: bad input, missing file, broken register
    ANVANDNING = 2  # click's usage error
    BRISTER = 3  # `kontrollera` found brister in a yttrande


class RemissError(Exception):
    """Base of every error we raise; its message is one Swedish line for the user."""

    exit_code: ExitCode = ExitCode.FEL

    def __init__(self, message: str, *, fil: str | None = None, sida: int | None = None) -> None:
        self.message = message
        self.fil = fil
        self.sida = sida
        super().__init__(self.line())

    def line(self) -> str:
        """Return the one-line message with file and page when known, safe for the screen (no passwords,
        no control characters)."""
        from remiss.terminal import till_skarm

        where = ""
        if self.fil:
            where = f"{self.fil}"
            if self.sida:
                where += f", sida {self.sida}"
            where += ": "
        return till_skarm(where + self.message)


class InputError(RemissError):
    """The input file cannot be read (missing, not a PDF, encrypted, truncated, no text)."""


class NoTextLayerError(InputError):
    """A PDF page has no text layer and OCR is not available."""


class ConfigError(RemissError):
    """The configuration file is missing or malformed."""


class RegisterError(RemissError):
    """The register cannot be opened or a change is refused."""


class EjKlartError(RemissError):
    """A yttrande still has brister or placeholders, so it cannot be marked besvarad (exit code 3)."""

    exit_code = ExitCode.BRISTER


class TemplateError(RemissError):
    """A Word template is broken or uses an unknown placeholder."""
