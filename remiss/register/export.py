"""Exports of the deadline list (table, CSV, JSON, XLSX, ICS) and the whole register as JSON (backup)."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import click

from remiss.errors import RegisterError
from remiss.limits import KONTROLLTECKEN, rimligt_datum
from remiss.register.lista import Rad
from remiss.register.status import SCHEMA_VERSION

EXPORT_FORMAT = "remiss-register"
EXPORT_VERSION = 2  # 2: each remiss carries its riktning and its remissvar (1 is still read)

COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "Nr"), ("eget_dnr", "Eget dnr"), ("avsandare", "Avsändare"), ("avsandare_dnr", "Avsändarens dnr"),
    ("titel", "Titel"), ("svarsdatum", "Svarsdatum"), ("arbetsdagar_kvar", "Arbetsdagar kvar"),
    ("status", "Status"), ("handlaggare", "Handläggare"), ("sammantrade", "Sammanträde"),
    ("beredning", "Tjänsteskrivelse klar"), ("beslutsvag", "Beslutsväg"),
)

# Characters that make Excel or LibreOffice read a cell as a formula (OWASP "CSV injection").
FORMELTECKEN = ("=", "+", "-", "@", "\t", "\r")
_RADBRYTNING = re.compile(r"[\t\r\n]+")

# --- the deadline list -------------------------------------------------------------------------


def ren_text(text: str) -> str:
    """Given a text from a document, return it without control characters (tab and line break: a space)."""
    return KONTROLLTECKEN.sub("", _RADBRYTNING.sub(" ", text))


def ar_formel(text: str) -> bool:
    """Given a cell's text, return True when a spreadsheet would read it as a formula."""
    return text.lstrip(" ").startswith(FORMELTECKEN)


def append_safe(sheet: Any, values: list[Any], *, radbrytningar: bool = False) -> None:
    """Given an openpyxl sheet and a row, append it with text cleaned and formula-like text kept as text."""
    clean = [(_utan_styrtecken(v) if radbrytningar else ren_text(v)) if isinstance(v, str) else v
             for v in values]
    sheet.append(clean)
    for cell in sheet[sheet.max_row]:
        if isinstance(cell.value, str) and ar_formel(cell.value):
            cell.data_type = "s"  # text, never a formula (openpyxl takes "=…" as one)
            cell.quotePrefix = True  # Excel keeps it text also when the cell is edited


def _utan_styrtecken(text: str) -> str:
    """Given a text, return it without control characters but with its line breaks (a wrapped cell)."""
    return KONTROLLTECKEN.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def csv_cell(value: Any) -> Any:
    """Given a cell value, return it safe for CSV: text cleaned, a formula start behind an apostrophe."""
    if value is None:
        return ""
    if not isinstance(value, str):
        return value
    text = ren_text(value)
    return "'" + text if ar_formel(value) or ar_formel(text) else text


def _cut(text: str | None, width: int) -> str:
    """Given a text and a width, return it cleaned for the screen and shortened with an ellipsis."""
    from remiss.terminal import ren

    text = ren(text or "")
    return text if len(text) <= width else text[: width - 1] + "…"


XLSX_FORSENAD = "FFC7CE"  # Excel's light red: the svarsdatum has passed
XLSX_BRADSKANDE = "FFEB9C"  # Excel's light yellow: few working days left, or no svarsdatum


def format_tabell(rader: Sequence[Rad], *, color: bool = False) -> str:
    """Given list rows, return a text table; late rows red and urgent ones yellow when color is on."""
    if not rader:
        return "Inga remisser att visa."
    head = ["Nr", "Eget dnr", "Avsändare", "Avs. dnr", "Titel", "Svarsdatum", "Arbd", "Status",
            "Handläggare", "Beslutsväg"]
    cells = [[str(r.id), r.eget_dnr or "", _cut(r.avsandare, 24), r.avsandare_dnr or "", _cut(r.titel, 40),
              r.svarsdatum.isoformat() if r.svarsdatum else "saknas",
              "" if r.arbetsdagar_kvar is None else str(r.arbetsdagar_kvar), r.status, r.handlaggare or "",
              r.beslutsvag] for r in rader]
    cells = [[_cut(c, 10_000) for c in row] for row in cells]  # no control characters reach the terminal
    widths = [max(len(head[i]), *(len(row[i]) for row in cells)) for i in range(len(head))]
    lines = ["  ".join(h.ljust(w) for h, w in zip(head, widths, strict=True)).rstrip()]
    for rad, row in zip(rader, cells, strict=True):
        line = "  ".join(c.rjust(w) if i in (0, 6) else c.ljust(w)
                         for i, (c, w) in enumerate(zip(row, widths, strict=True))).rstrip()
        if color and rad.forsenad:
            line = click.style(line, fg="red", bold=True)
        elif color and (rad.bradskande or rad.svarsdatum is None):
            line = click.style(line, fg="yellow")
        lines.append(line)
    return "\n".join(lines)


def format_csv(rader: Sequence[Rad]) -> str:
    """Given list rows, return CSV for Swedish Excel: semicolons, ISO dates (BOM added when written)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([title for _, title in COLUMNS])
    for rad in rader:
        data = rad.to_dict()
        writer.writerow([csv_cell(data[key]) for key, _ in COLUMNS])
    return out.getvalue()


def format_json(rader: Sequence[Rad]) -> str:
    """Given list rows, return a JSON list with ISO dates."""
    return json.dumps([r.to_dict() for r in rader], ensure_ascii=False, indent=2)


def xlsx_bytes(rader: Sequence[Rad]) -> bytes:
    """Given list rows, return an Excel workbook with date cells, filters and a frozen header."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    book = Workbook()
    sheet = book.active
    sheet.title = "Remisser"
    sheet.append([title for _, title in COLUMNS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    late = PatternFill("solid", start_color=XLSX_FORSENAD)
    urgent = PatternFill("solid", start_color=XLSX_BRADSKANDE)
    for rad in rader:
        append_safe(sheet, [getattr(rad, key) for key, _ in COLUMNS])
        fill = late if rad.forsenad else urgent if rad.bradskande or rad.svarsdatum is None else None
        if fill is not None:
            for cell in sheet[sheet.max_row]:
                cell.fill = fill
    for column in ("F", "J", "K"):
        for cell in sheet[column][1:]:
            cell.number_format = "yyyy-mm-dd"
    widths = {"A": 6, "B": 16, "C": 28, "D": 18, "E": 50, "F": 12, "G": 10, "H": 16, "I": 18, "J": 12,
              "K": 12, "L": 50}
    for column, width in widths.items():
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:L{max(len(rader) + 1, 2)}"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def format_ics(rader: Sequence[Rad], *, namnd: str = "nämnden", paminnelse: int = 5) -> bytes:
    """Given list rows, return an iCalendar file: all-day events per svarsdatum and beredning date.

    Each svarsdatum event carries a reminder (VALARM) at 08:00 `paminnelse` working days before.
    """
    from icalendar import Calendar

    calendar = Calendar()
    calendar.add("prodid", "-//remiss//bevakning av svarsdatum//SV")
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", f"Remisser {namnd}")
    stamp = datetime.now().astimezone()
    for rad in rader:
        label = f"{rad.titel or 'Remiss'} ({rad.avsandare or 'okänd avsändare'}"
        label += f", {rad.avsandare_dnr})" if rad.avsandare_dnr else ")"
        label = ren_text(label)
        if rad.svarsdatum and rimligt_datum(rad.svarsdatum):
            event = _event(f"remiss-{rad.id}-svarsdatum@remiss", rad.svarsdatum,
                           f"Svarsdatum #{rad.id}: {label}", rad, stamp)
            if paminnelse > 0:
                event.add_component(_alarm(rad.svarsdatum, paminnelse, f"Svarsdatum #{rad.id}: {label}"))
            calendar.add_component(event)
        if rad.beredning and rad.sammantrade:
            calendar.add_component(_event(
                f"remiss-{rad.id}-beredning@remiss", rad.beredning,
                f"Tjänsteskrivelse klar #{rad.id} (sammanträde {rad.sammantrade.isoformat()}): {label}", rad,
                stamp))
    return bytes(calendar.to_ical())


def _alarm(day: date, workdays: int, text: str) -> Any:
    """Given an all-day event's date, return a VALARM at 08:00 the given number of working days before."""
    from icalendar import Alarm

    from remiss.register.workdays import subtract_workdays

    before = day - subtract_workdays(day, workdays)
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", f"Påminnelse ({workdays} arbetsdagar kvar): {text}")
    alarm.add("trigger", -(before - timedelta(hours=8)))
    return alarm


def _event(uid: str, day: date, summary: str, rad: Rad, stamp: datetime) -> Any:
    """Given a stable UID, a day and a summary, return an all-day icalendar Event."""
    from icalendar import Event

    item = Event()
    item.add("uid", uid)
    item.add("dtstamp", stamp)
    item.add("dtstart", day)
    item.add("dtend", day + timedelta(days=1))
    item.add("summary", summary)
    details = [f"Status: {rad.status}"]
    if rad.handlaggare:
        details.append(f"Handläggare: {rad.handlaggare}")
    if rad.eget_dnr:
        details.append(f"Eget dnr: {rad.eget_dnr}")
    if rad.beslutsvag:
        details.append(f"Beslutsväg: {rad.beslutsvag}")
    item.add("description", "\n".join(ren_text(line) for line in details))
    item.add("transp", "TRANSPARENT")
    return item


# --- the whole register ------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    """Given a column value, return it JSON-ready (dates as ISO strings)."""
    return value.isoformat() if isinstance(value, date) else value


def export_register(reg: Any) -> dict[str, Any]:
    """Given a Register, return every remiss with its events, direction and remissvar as a JSON-ready dict."""
    import sqlalchemy as sa

    from remiss.register.db import handelser, remisser
    from remiss.register.remissvar import RIKTNING, remissvar

    def work(conn: Any) -> dict[str, Any]:
        events: dict[int, list[dict[str, Any]]] = {}
        for row in conn.execute(sa.select(handelser).order_by(handelser.c.id)):
            event = {k: v for k, v in row._mapping.items() if k != "remiss_id"}
            events.setdefault(row.remiss_id, []).append(event)
        svar: dict[int, list[dict[str, Any]]] = {}
        for row in conn.execute(sa.select(remissvar).order_by(remissvar.c.remiss_id, remissvar.c.ordning)):
            svar.setdefault(row.remiss_id, []).append(
                {k: v for k, v in row._mapping.items() if k not in ("id", "remiss_id")})
        posts = []
        for row in conn.execute(sa.select(remisser, RIKTNING).select_from(remisser).order_by(remisser.c.id)):
            data = {k: _plain(v) for k, v in row._mapping.items()}
            data["handelser"] = events.get(row.id, [])
            data["remissvar"] = svar.get(row.id, [])
            posts.append(data)
        return {"format": EXPORT_FORMAT, "version": EXPORT_VERSION, "schema_version": SCHEMA_VERSION,
                "remisser": posts}

    return reg._read(work)


def import_register(reg: Any, data: dict[str, Any]) -> int:
    """Given an empty Register and an export, store every remiss with its events; return the count."""
    import sqlalchemy as sa

    from remiss.register import db
    from remiss.register.db import remisser
    from remiss.register.exportschema import validera_export

    if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
        raise RegisterError("filen är ingen registerexport från `remiss export`.")
    version = data.get("version", 0)
    if not isinstance(version, int) or isinstance(version, bool):
        raise RegisterError("exporten är felaktig: 'version' ska vara ett heltal. Inget har importerats.")
    if version > EXPORT_VERSION:
        raise RegisterError("exporten är gjord med en nyare version av remiss. Uppdatera remiss.")
    validera_export(data)  # the whole file, before anything is written
    posts = data.get("remisser") or []

    def work(conn: Any) -> int:
        if conn.execute(sa.select(sa.func.count()).select_from(remisser)).scalar():
            raise RegisterError("registret är inte tomt. Importera till en ny databas (--databas), "
                                "så skrivs inget över.")
        for post in posts:
            _import_post(conn, post)
        if conn.dialect.name == "postgresql":
            for table in ("remisser", "remissinstanser", "handelser", "remissvar"):
                conn.execute(sa.text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                     f"COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"))
        return len(posts)

    try:
        return db.in_write(reg.engine, work)
    except (KeyError, TypeError, ValueError) as exc:
        raise RegisterError(f"exporten är trasig ({type(exc).__name__}: {exc}).") from exc


def _import_post(conn: Any, post: dict[str, Any]) -> None:
    """Given a connection and an exported remiss, insert it, its instanser, events, riktning and remissvar."""
    import sqlalchemy as sa

    from remiss.domain import Remiss
    from remiss.register.db import handelser, remisser, remissinstanser
    from remiss.register.remissvar import INKOMMANDE, remissvar
    from remiss.register.service import instans_rows, remiss_values

    remiss = Remiss.from_dict(post["data"])
    row = {k: post.get(k) for k in remisser.c.keys()}
    for key in ("datum", "svarsdatum", "ursprungligt_svarsdatum", "inkommen"):
        row[key] = date.fromisoformat(str(row[key])) if row[key] else None
    for key in ("sha256", "kalla_fil", "status", "registrerad", "andrad"):
        if not row[key]:
            raise KeyError(key)
    if row["forsta_sida"] is None:
        row["forsta_sida"] = remiss_values(remiss)["forsta_sida"]
    row["identitet"] = _ledig_identitet(conn, row.get("avsandare"), row.get("avsandare_dnr"))
    conn.execute(remisser.insert().values(**row))
    instanser = instans_rows(int(post["id"]), remiss)
    if instanser:
        conn.execute(remissinstanser.insert(), instanser)
    events = [{**{k: e.get(k) for k in ("id", "tid", "anvandare", "handelse", "fore", "efter")},
               "remiss_id": row["id"]} for e in post.get("handelser") or []]
    if events:
        conn.execute(handelser.insert(), events)
    riktning = post.get("riktning") or INKOMMANDE
    if riktning != INKOMMANDE:
        conn.execute(sa.text("UPDATE remisser SET riktning = :riktning WHERE id = :id"),
                     {"riktning": riktning, "id": row["id"]})
    svar = [{**{k: s.get(k) for k in remissvar.c.keys() if k not in ("id", "remiss_id")},
             "remiss_id": row["id"]} for s in post.get("remissvar") or []]
    if svar:
        conn.execute(remissvar.insert(), svar)


def _ledig_identitet(conn: Any, avsandare: str | None, dnr: str | None) -> str | None:
    """Given an imported remiss's sender and dnr, return its identity key, or None when an earlier one
    of the export already holds it (an old register's duplicate is imported as it is, without the key)."""
    import sqlalchemy as sa

    from remiss.register.db import identitet, remisser

    key = identitet(avsandare, dnr)
    if key is None or conn.execute(sa.select(remisser.c.id).where(remisser.c.identitet == key)).first():
        return None
    return key


def read_export(path: str | Path) -> dict[str, Any]:
    """Given a path to a JSON export, return its data; unreadable files raise RegisterError."""
    from remiss.limits import regular_file

    regular_file(path, vad="exporten")
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"), parse_constant=_no_constant)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise RegisterError(f"exporten kan inte läsas ({exc}).", fil=str(path)) from exc
    except RecursionError as exc:
        raise RegisterError("exporten är för djupt nästlad för att vara en registerexport. Inget har "
                            "importerats.", fil=str(path)) from exc
    except ValueError as exc:  # NaN or Infinity
        raise RegisterError(f"exporten är felaktig: {exc}. Inget har importerats.", fil=str(path)) from exc


def _no_constant(name: str) -> Any:
    """Refuse JSON's non-standard NaN, Infinity and -Infinity (json.loads would take them as floats)."""
    raise ValueError(f"talet {name} är inte tillåtet")
