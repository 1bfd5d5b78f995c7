"""The schema of a register export (`remiss export`), checked with pydantic before `import` writes anything.

Every error names the record (its place in the file and its id) and the field, in Swedish.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, field_validator

from remiss.errors import RegisterError
from remiss.limits import datumfel
from remiss.register.status import STATUSES

MAX_ID = 2**31 - 1  # PostgreSQL integer
MAX_TEXT = 100_000
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _iso_date(value: Any) -> Any:
    """Given a JSON value, return it as a date when it is an ISO string; refuse numbers and odd dates."""
    if value is None or value == "":
        return None
    if not isinstance(value, str) or not _ISO.match(value):
        raise ValueError("ska vara ett datum ÅÅÅÅ-MM-DD")
    try:
        day = date.fromisoformat(value)
    except ValueError as exc:
        raise ValueError(f"'{value}' är inget datum") from exc
    problem = datumfel(day, "datumet")
    if problem:
        raise ValueError(problem.split(". Skriv")[0])
    return day


def _iso_text(value: Any) -> Any:
    """Given a JSON value, return it (an ISO date string, kept as text) after checking it as a date."""
    return None if _iso_date(value) is None else value


Datum = Annotated[date | None, BeforeValidator(_iso_date)]
Id = Annotated[int, Field(strict=True, ge=1, le=MAX_ID)]
Text = Annotated[str, Field(strict=True, max_length=MAX_TEXT)]
Valfri = Annotated[str | None, Field(strict=True, max_length=MAX_TEXT)]


class Handelse(BaseModel):
    """One event of a remiss's log."""

    model_config = ConfigDict(extra="ignore")

    id: Id
    tid: Text
    anvandare: Text
    handelse: Text
    fore: dict[str, Any] | None = None
    efter: dict[str, Any] | None = None


class Remissvar(BaseModel):
    """One stored answer to a remiss we sent (`remiss sammanstall --spara`), as in the table remissvar."""

    model_config = ConfigDict(extra="forbid")

    ordning: Annotated[int, Field(strict=True, ge=1, le=1_000_000)]
    instans: Valfri = None
    grupp: Valfri = None
    fil: Annotated[str, Field(strict=True, min_length=1, max_length=4096)]
    bilaga: Valfri = None
    sha256: Annotated[str | None, Field(strict=True, max_length=64)] = None
    avsandare: Valfri = None
    datum: Annotated[str | None, BeforeValidator(_iso_text)] = None
    sen: Annotated[bool, Field(strict=True)]
    stallningstagande: Annotated[str | None, Field(strict=True, max_length=20)] = None
    har_sammanfattning: Annotated[bool, Field(strict=True)]
    sammanfattning: Valfri = None
    galler: Annotated[bool, Field(strict=True)]
    orsak: Valfri = None


class Post(BaseModel):
    """One remiss of the export with its columns, the Remiss as JSON and its events."""

    model_config = ConfigDict(extra="allow")

    id: Id
    sha256: Annotated[str, Field(strict=True, min_length=1, max_length=64)]
    forsta_sida: Annotated[int | None, Field(strict=True, ge=1, le=1_000_000)] = None
    kalla_fil: Annotated[str, Field(strict=True, min_length=1, max_length=4096)]
    avsandare: Valfri = None
    avsandare_dnr: Valfri = None
    klassificering: Valfri = None
    titel: Valfri = None
    datum: Datum = None
    svarsdatum: Datum = None
    ursprungligt_svarsdatum: Datum = None
    svarsadress: Valfri = None
    status: str
    handlaggare: Valfri = None
    eget_dnr: Valfri = None
    data: dict[str, Any]
    registrerad: Annotated[str, Field(strict=True, min_length=1, max_length=40)]
    andrad: Annotated[str, Field(strict=True, min_length=1, max_length=40)]
    handelser: list[Handelse] = []
    riktning: Literal["inkommande", "utgaende"] = "inkommande"
    remissvar: list[Remissvar] = []

    @field_validator("status")
    @classmethod
    def _known_status(cls, value: str) -> str:
        if value not in STATUSES:
            raise ValueError(f"okänd status '{value}' (tillåtna: {', '.join(STATUSES)})")
        return value

    @field_validator("data")
    @classmethod
    def _a_remiss(cls, value: dict[str, Any]) -> dict[str, Any]:
        from remiss.domain import Remiss

        try:
            Remiss.from_dict(value)
        except Exception as exc:  # noqa: BLE001 - any failure means the data is no Remiss
            raise ValueError(f"är ingen remiss ({type(exc).__name__}: {exc})") from None
        return value


class Export(BaseModel):
    """The whole export: format marker, version and the remisser."""

    model_config = ConfigDict(extra="ignore")

    remisser: list[Post]


_SVENSKA = {
    "int_type": "ska vara ett heltal", "int_parsing": "ska vara ett heltal",
    "string_type": "ska vara en text", "dict_type": "ska vara ett objekt", "list_type": "ska vara en lista",
    "missing": "saknas", "less_than_equal": "är för stort", "greater_than_equal": "är för litet",
    "string_too_long": "är för lång", "string_too_short": "är tom", "model_type": "ska vara ett objekt",
    "bool_type": "ska vara true eller false", "literal_error": "ska vara inkommande eller utgaende",
    "extra_forbidden": "är inget fält i ett remissvar",
}


def validera_export(data: Any) -> Export:
    """Given parsed JSON, return the validated Export; raise RegisterError naming the record and field."""
    try:
        export = Export.model_validate(data)
    except ValidationError as exc:
        raise RegisterError(_beskriv(dict(exc.errors()[0]), data, exc.error_count())) from None
    _unika(export)
    return export


def _beskriv(error: dict[str, Any], data: Any, antal: int) -> str:
    """Given pydantic's first error and the data, return one Swedish line naming record and field."""
    loc = list(error["loc"])
    where = "exporten"
    if len(loc) >= 2 and loc[0] == "remisser" and isinstance(loc[1], int):
        post = data["remisser"][loc[1]]
        ident = post.get("id") if isinstance(post, dict) else None
        where = f"remiss nr {loc[1] + 1} i filen" + (f" (id {ident})" if isinstance(ident, int) else "")
        loc = loc[2:]
    field = ".".join(str(part) for part in loc) or "posten"
    message = _SVENSKA.get(error["type"]) or str(error.get("msg", "")).removeprefix("Value error, ")
    more = f" (och {antal - 1} fel till)" if antal > 1 else ""
    return f"exporten är felaktig: {where}: {field} {message}{more}. Inget har importerats."


def _unika(export: Export) -> None:
    """Given an export, raise RegisterError when a remiss id or an event id appears twice."""
    seen: dict[int, int] = {}
    events: set[int] = set()
    for number, post in enumerate(export.remisser, 1):
        if post.id in seen:
            raise RegisterError(f"exporten är felaktig: remiss nr {number} i filen har samma id {post.id} "
                                f"som nr {seen[post.id]}. Inget har importerats.")
        seen[post.id] = number
        for event in post.handelser:
            if event.id in events:
                raise RegisterError(f"exporten är felaktig: remiss nr {number} i filen (id {post.id}): "
                                    f"händelse-id {event.id} finns två gånger. Inget har importerats.")
            events.add(event.id)
