"""Corrections of a registered remiss's parsed fields, and undoing the last change, as before → after values.

A field lives in a column (what `lista` sorts and filters on), in the stored Remiss (`data`, what `visa`,
`utkast` and `svar` read), or in both; `FIELDS` says where. Every change is a pair of plain JSON values
keyed by the field's log name, so the same code applies a correction and undoes it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from remiss.errors import RegisterError
from remiss.register.db import remisser, remissinstanser

# log name -> (column in remisser or None, key in the stored Remiss or None)
FIELDS: dict[str, tuple[str | None, str | None]] = {
    "status": ("status", None),
    "handlaggare": ("handlaggare", None),
    "eget_dnr": ("eget_dnr", None),
    "svarsdatum": ("svarsdatum", "svarsdatum"),
    "ursprungligt_svarsdatum": ("ursprungligt_svarsdatum", None),
    "titel": ("titel", "titel"),
    "avsandare": ("avsandare", "avsandare"),
    "avsandare_dnr": ("avsandare_dnr", "diarienummer"),
    "datum": ("datum", "datum"),
    "svarsadress": ("svarsadress", "svarsadress"),
    "kopia": (None, "kopia"),
    "handlaggare_avsandare": (None, "handlaggare"),
    "remissinstanser": (None, "remissinstanser"),
    "varningar": (None, "varningar"),
}
DATE_COLUMNS = ("svarsdatum", "ursprungligt_svarsdatum", "datum")

# A warning about a field that has been set by hand no longer applies: the words that name the field.
WARNING_WORDS: dict[str, str] = {
    "svarsdatum": r"svarsdatum",
    "titel": r"\btitel",
    "avsandare": r"avsändare",
    "avsandare_dnr": r"diarienummer|\bdnr\b",
    "datum": r"(?<!svars)datum",
    "svarsadress": r"svarsadress",
    "kopia": r"\bkopia",
    "handlaggare_avsandare": r"handläggare",
}

EMAIL = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[A-Za-z]{2,}$")


@dataclass(frozen=True)
class Rattelser:
    """The parsed fields a user sets by hand (None: leave as it is)."""

    titel: str | None = None
    avsandare: str | None = None
    diarienummer: str | None = None
    svarsadress: str | None = None
    kopia: tuple[str, ...] | None = None
    datum: str | None = None
    handlaggare_avsandare: str | None = None
    ny_instans: tuple[str, ...] = field(default=())
    ta_bort_instans: tuple[str, ...] = field(default=())

    def tom(self) -> bool:
        """Return True when nothing is to be corrected."""
        return self == Rattelser()


def _text(value: str | None, what: str) -> str | None:
    """Given a typed text, return it trimmed; an empty one is refused."""
    if value is None:
        return None
    from remiss.limits import rensa

    cleaned = " ".join(rensa(value).split())
    if not cleaned:
        raise RegisterError(f"{what} kan inte vara tom; skriv det rätta värdet.")
    return cleaned


def _email(value: str, what: str) -> str:
    """Given a typed e-mail address, return it trimmed; something that is no address is refused."""
    cleaned = value.strip().strip("<>").strip()
    if not EMAIL.match(cleaned):
        raise RegisterError(f"{what} '{value}' är ingen e-postadress; skriv t.ex. ks.diarium@kommun.se.")
    return cleaned


def _iso_date(value: str, what: str) -> str:
    """Given a typed date, return it as ISO 8601; a malformed one is refused."""
    from remiss.limits import datumfel

    try:
        day = date.fromisoformat(value.strip())
    except ValueError as exc:
        raise RegisterError(f"{what} '{value}' är inget datum; skriv ÅÅÅÅ-MM-DD.") from exc
    problem = datumfel(day, what)
    if problem:
        raise RegisterError(problem)
    return day.isoformat()


def parse_kontakt(text: str) -> dict[str, str | None]:
    """Given "Namn, telefon, e-post" in any order, return the sender's handläggare as a dict."""
    namn: list[str] = []
    telefon = epost = None
    for part in (p.strip() for p in re.split(r"[,;]", text)):
        if not part:
            continue
        if "@" in part:
            epost = _email(part, "e-postadressen")
        elif re.fullmatch(r"[+\d][\d\s\-()/]{4,}", part):
            telefon = part
        else:
            namn.append(part)
    return {"namn": ", ".join(namn) or None, "telefon": telefon, "epost": epost}


def current_values(row: Any, instanser: list[dict[str, Any]]) -> dict[str, Any]:
    """Given a remisser row and its instanser rows, return every field's current value as JSON."""
    data = row.data or {}
    values: dict[str, Any] = {}
    for name, (column, key) in FIELDS.items():
        if name == "remissinstanser":
            values[name] = [_instans_json(i) for i in instanser]
        elif column is not None:
            value = getattr(row, column)
            values[name] = value.isoformat() if isinstance(value, date) else value
        else:
            values[name] = data.get(key or name)
    values["kopia"] = list(values["kopia"] or [])
    values["varningar"] = list(values["varningar"] or [])
    return values


def _instans_json(row: dict[str, Any]) -> dict[str, Any]:
    """Given a remissinstanser row, return the instans as stored in the Remiss."""
    return {k: row.get(k) for k in ("namn", "epost", "grupp", "omfattning", "kanoniskt_namn", "matchning")}


def wanted_changes(current: dict[str, Any], ratt: Rattelser) -> dict[str, Any]:
    """Given the current values and the corrections, return {field: new value} for what differs."""
    wanted: dict[str, Any] = {}
    texts = (("titel", _text(ratt.titel, "titeln")), ("avsandare", _text(ratt.avsandare, "avsändaren")),
             ("avsandare_dnr", _text(ratt.diarienummer, "diarienumret")))
    for name, value in texts:
        if value is not None:
            wanted[name] = value
    if ratt.svarsadress is not None:
        wanted["svarsadress"] = _email(ratt.svarsadress, "svarsadressen")
    if ratt.datum is not None:
        wanted["datum"] = _iso_date(ratt.datum, "datum")
    if ratt.kopia is not None:
        kopia: list[str] = []
        for address in ratt.kopia:
            cleaned = _email(address, "kopieadressen")
            if cleaned.casefold() not in {k.casefold() for k in kopia}:
                kopia.append(cleaned)
        wanted["kopia"] = kopia
    if ratt.handlaggare_avsandare is not None:
        wanted["handlaggare_avsandare"] = parse_kontakt(ratt.handlaggare_avsandare)
    if ratt.ny_instans or ratt.ta_bort_instans:
        wanted["remissinstanser"] = _instanser(current["remissinstanser"], ratt)
    return {k: v for k, v in wanted.items() if v != current.get(k)}


def warnings_after(current: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    """Given the current values and the changes, return {"varningar": …} without those on fields now set."""
    set_now = [k for k, v in changes.items() if k in WARNING_WORDS and v]
    remaining = [w for w in current["varningar"]
                 if not any(re.search(WARNING_WORDS[k], w, re.IGNORECASE) for k in set_now)]
    return {"varningar": remaining} if remaining != current["varningar"] else {}


def _instanser(current: list[dict[str, Any]], ratt: Rattelser) -> list[dict[str, Any]]:
    """Given the current instanser and the names to add and remove, return the new list."""
    result = list(current)
    for name in ratt.ta_bort_instans:
        wanted = " ".join(name.split()).casefold()
        keep = [i for i in result if wanted not in {(i.get("namn") or "").casefold(),
                                                   (i.get("kanoniskt_namn") or "").casefold()}]
        if len(keep) == len(result):
            names = ", ".join(i["namn"] for i in result[:8]) + (" …" if len(result) > 8 else "")
            raise RegisterError(f"remissinstansen '{name}' finns inte bland remissens remissinstanser"
                                f" ({names or 'inga'}).")
        result = keep
    for name in ratt.ny_instans:
        cleaned = _text(name, "remissinstansens namn") or ""
        if any((i.get("namn") or "").casefold() == cleaned.casefold() for i in result):
            raise RegisterError(f"'{cleaned}' är redan remissinstans för remissen.")
        result.append({"namn": cleaned, "epost": None, "grupp": None, "omfattning": None,
                       "kanoniskt_namn": None, "matchning": None})
    return result


def apply(conn: Connection, row: Any, changes: dict[str, Any], *, stamp: str) -> None:
    """Given a row and {field: new value}, write them to the columns, the Remiss and the instanser."""
    columns: dict[str, Any] = {}
    data = dict(row.data or {})
    for name, value in changes.items():
        column, key = FIELDS[name]
        if column is not None:
            columns[column] = date.fromisoformat(value) if column in DATE_COLUMNS and value else value
        if key is not None:
            data[key] = value
    if "avsandare" in changes or "avsandare_dnr" in changes:
        columns["identitet"] = _ny_identitet(conn, row, changes)
    if "remissinstanser" in changes:
        conn.execute(remissinstanser.delete().where(remissinstanser.c.remiss_id == row.id))
        rows = [{"remiss_id": row.id, "ordning": number, **instans}
                for number, instans in enumerate(changes["remissinstanser"], start=1)]
        if rows:
            conn.execute(remissinstanser.insert(), rows)
    conn.execute(remisser.update().where(remisser.c.id == row.id).values(**columns, data=data, andrad=stamp))


def _ny_identitet(conn: Connection, row: Any, changes: dict[str, Any]) -> str | None:
    """Given a row and a new sender or dnr, return its new identity key; one another remiss has is refused."""
    from remiss.register.db import identitet

    avsandare = changes.get("avsandare", row.avsandare)
    dnr = changes.get("avsandare_dnr", row.avsandare_dnr)
    key = identitet(avsandare, dnr)
    if key is not None:
        other = conn.execute(sa.select(remisser.c.id).where(remisser.c.identitet == key,
                                                            remisser.c.id != row.id)).scalar()
        if other is not None:
            raise RegisterError(f"remiss #{other} har redan avsändaren {avsandare} och diarienumret {dnr}; "
                                "rätta den i stället, eller kontrollera uppgifterna.")
    return key


def instanser_of(conn: Connection, remiss_id: int) -> list[dict[str, Any]]:
    """Given a remiss id, return its remissinstanser rows in listed order."""
    query = (sa.select(remissinstanser).where(remissinstanser.c.remiss_id == remiss_id)
             .order_by(remissinstanser.c.ordning))
    return [dict(r._mapping) for r in conn.execute(query)]


def last_undoable(events: list[Any]) -> Any | None:
    """Given a remiss's events in order, return the last change not yet undone, or None."""
    undone = {e.efter.get("angrar") for e in events if e.handelse == "ångrad" and isinstance(e.efter, dict)}
    for event in reversed(events):
        if event.handelse == "uppdaterad" and event.id not in undone:
            return event
    return None


def undo_changes(event: Any, current: dict[str, Any]) -> dict[str, Any]:
    """Given the event to undo and the current values, return {field: value before the event}."""
    before = event.fore or {}
    after = {k: v for k, v in (event.efter or {}).items() if k in FIELDS}
    for name, value in after.items():
        if name != "varningar" and current.get(name) != value:
            raise RegisterError(f"{name} har ändrats efter händelsen som skulle ångras; "
                                f"ändra det med `remiss uppdatera`.")
    return {name: before.get(name) for name in after}
