"""Hostile values in the register: formula cells, control characters, extreme dates and ids (CLI)."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from pathlib import Path

import pytest
import sqlalchemy as sa

from remiss.register import open_register
from tests import test_register_fixtures as fixtures
from tests.test_register_cli import env, run  # noqa: F401 - the env fixture
from tests.test_register_fixtures import make_remiss

db_url = fixtures.db_url

HOSTILE_TITLES = ("=HYPERLINK(\"http://x.se\",\"klicka\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A2)",
                  "\tTAB först", "\rCR först", "Titel med ESC\x1b[31m och BEL\x07 och NUL\x00")


@pytest.fixture
def hostile(env: dict[str, str]) -> dict[str, str]:  # noqa: F811 - pytest fixture use
    """A register whose titles start with formula characters or hold control characters."""
    with open_register(env["url"]) as reg:
        for n, titel in enumerate(HOSTILE_TITLES, start=1):
            reg.add(replace(make_remiss(n), titel=titel), sha256=f"{n:064d}", kalla_fil=f"{n}.pdf")
    return env


def test_csv_never_starts_a_cell_with_a_formula_character(hostile: dict[str, str], tmp_path: Path) -> None:
    """Every text cell that a spreadsheet would run gets a leading apostrophe; control characters go."""
    assert run("lista", "--format", "csv", "-o", "lista.csv", "--idag", "2026-11-01").exit_code == 0
    rows = list(csv.reader(io.StringIO((tmp_path / "lista.csv").read_text(encoding="utf-8-sig")),
                           delimiter=";"))
    titles = [row[4] for row in rows[1:]]
    assert sorted(titles) == sorted(["'=HYPERLINK(\"http://x.se\",\"klicka\")", "'+1+cmd|' /C calc'!A0",
                                     "'-2+3", "'@SUM(A1:A2)", "' TAB först", "' CR först",
                                     "Titel med ESC och BEL och NUL"])
    for row in rows[1:]:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), row
            assert not any(ord(ch) < 32 for ch in cell), row


def test_xlsx_writes_formula_text_as_text_and_drops_control_characters(hostile: dict[str, str],
                                                                        tmp_path: Path) -> None:
    """The workbook is written (no IllegalCharacterError) and no cell is a formula."""
    from openpyxl import load_workbook

    result = run("lista", "--format", "xlsx", "-o", "lista.xlsx", "--idag", "2026-11-01")
    assert result.exit_code == 0, result.stderr
    sheet = load_workbook(tmp_path / "lista.xlsx").active
    cells = [cell for row in sheet.iter_rows(min_row=2) for cell in row]
    assert all(cell.data_type != "f" for cell in cells)
    titles = {cell.value for cell in sheet["E"][1:]}
    assert "=HYPERLINK(\"http://x.se\",\"klicka\")" in titles
    assert "Titel med ESC och BEL och NUL" in titles
    formula = next(cell for cell in sheet["E"][1:] if str(cell.value).startswith("="))
    assert formula.data_type == "s" and formula.quotePrefix


def test_ics_has_no_control_characters(hostile: dict[str, str]) -> None:
    """The calendar export strips ESC and BEL from the summary."""
    result = run("lista", "--format", "ics", "--idag", "2026-11-01")
    assert result.exit_code == 0
    assert b"\x1b" not in result.stdout_bytes and b"\x07" not in result.stdout_bytes


# --- dates ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31", "1899-12-31"])
def test_uppdatera_refuses_an_implausible_svarsdatum(hostile: dict[str, str], day: str) -> None:
    """An extreme svarsdatum is refused with one line and nothing changes."""
    result = run("uppdatera", "1", "--svarsdatum", day)
    assert result.exit_code == 1
    assert result.stderr == (f"Fel: svarsdatum {day} är inget rimligt datum; det ska ligga mellan 1990-01-01 "
                             "och 2100-12-31. Skriv ÅÅÅÅ-MM-DD.\n")
    assert len(json.loads(run("historik", "1", "--json").stdout)) == 1


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31"])
def test_output_survives_a_stored_extreme_date(hostile: dict[str, str], day: str) -> None:
    """A date put in the register by an older version or by hand: lista, ics, csv and visa still work."""
    engine = sa.create_engine(hostile["url"])
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE remisser SET svarsdatum = :d WHERE id = 1"), {"d": day})
    engine.dispose()
    table = run("lista", "--idag", "2026-11-01")
    assert table.exit_code == 0 and "orimligt svarsdatum" in table.stdout
    for fmt in ("csv", "json", "ics"):
        assert run("lista", "--format", fmt, "--idag", "2026-11-01").exit_code == 0
    shown = run("visa", "1", "--idag", "2026-11-01")
    assert shown.exit_code == 0
    assert f"Svarsdatum:          {day} (orimligt svarsdatum" in shown.stdout


def test_idag_outside_the_window_is_a_usage_error(hostile: dict[str, str]) -> None:
    """`--idag 9999-12-31` is refused before any date arithmetic."""
    result = run("lista", "--inom", "5", "--idag", "9999-12-31")
    assert result.exit_code == 2 and "inget rimligt datum" in result.stderr


# --- ids ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("command", [["visa"], ["historik"], ["uppdatera", "--anteckning", "x"]])
@pytest.mark.parametrize("id", [str(2**70), "99999999999", "0", "-1"])
def test_id_out_of_range_is_not_found(hostile: dict[str, str], command: list[str], id: str) -> None:
    """An id no database can hold is "finns ingen", not an overflow."""
    result = run(command[0], *command[1:], "--", id)
    assert result.exit_code == 1
    assert result.stderr == f"Fel: det finns ingen remiss #{int(id)} i registret. Se `remiss lista`.\n"


# --- a damaged register and a held lock -----------------------------------------------------------


@pytest.fixture
def damaged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A SQLite register of 40 remisser whose remisser table root page is overwritten with garbage."""
    import sqlite3

    path = tmp_path / "skadat.db"
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("REMISS_CONFIG", raising=False)
    monkeypatch.setenv("REMISS_DATABAS", str(path))
    (tmp_path / "remiss.toml").write_text(f'databas = "{path}"\n', encoding="utf-8")  # the configured one
    with open_register(str(path)) as reg:
        for n in range(1, 41):
            reg.add(make_remiss(n), sha256=f"{n:064d}", kalla_fil=f"{n}.pdf")
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'remisser'").fetchone()[0]
    conn.close()
    with open(path, "r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\xa5" * page_size)
    return path


DAMAGED = ("Fel: registret är skadat (database disk image is malformed). Återställ från senaste export: "
           "`remiss import BACKUP.json --databas ny.db` (ett tomt register), eller från säkerhetskopian av "
           "databasfilen. `remiss kontrollera-register` visar skadan.\n")


@pytest.mark.parametrize("args", [["lista"], ["lista", "--format", "csv"], ["visa", "3"], ["historik", "3"],
                                  ["uppdatera", "3", "--anteckning", "x"], ["export"]])
def test_damaged_register_gives_one_line_without_sql(damaged: Path, args: list[str]) -> None:
    """Every register command on a damaged file says so in one line, with what to do, and no SQL."""
    result = run(*args)
    assert result.exit_code == 1
    assert result.stderr == DAMAGED
    assert "SELECT" not in result.stderr


def test_kontrollera_register_reports_damage_and_wholeness(damaged: Path, tmp_path: Path) -> None:
    """`kontrollera-register` runs PRAGMA integrity_check: exit 1 on the damaged file, 0 on a whole one."""
    result = run("kontrollera-register")
    assert result.exit_code == 1
    assert result.stderr.endswith(DAMAGED) and result.stderr.startswith("  ")
    whole = tmp_path / "helt.db"
    with open_register(str(whole)) as reg:
        reg.add(make_remiss(1), sha256="1" * 64, kalla_fil="1.pdf")
    ok = run("kontrollera-register", "--databas", str(whole))
    assert ok.exit_code == 0 and ok.stdout == f"Registret sqlite:///{whole} är helt.\n"


def test_held_write_lock_gives_up_after_the_busy_timeout(hostile: dict[str, str],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """Another process holding the write lock: `uppdatera` waits REMISS_VANTETID, then says so in one line."""
    import sqlite3

    if not hostile["url"].startswith("sqlite"):
        pytest.skip("SQLite:s skrivlås; PostgreSQL har lock_timeout")
    monkeypatch.setenv("REMISS_VANTETID", "0.5")
    holder = sqlite3.connect(hostile["url"].removeprefix("sqlite:///"), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        result = run("uppdatera", "1", "--anteckning", "väntar")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.exit_code == 1
    assert result.stderr == ("Fel: registret är låst av en annan process (väntade 0,5 s). Försök igen om en "
                             "stund, eller sätt REMISS_VANTETID till fler sekunder.\n")
    assert run("uppdatera", "1", "--anteckning", "nu").exit_code == 0


# --- import ---------------------------------------------------------------------------------------


def _export(tmp_path: Path) -> dict:
    """Return the export of the register the env points at, as data."""
    result = run("export")
    assert result.exit_code == 0
    return json.loads(result.stdout)


def _set(data: dict, index: int, key: str, value: object) -> dict:
    data["remisser"][index][key] = value
    return data


BROKEN_IMPORTS = [
    ("fel typ på id", lambda d: _set(d, 1, "id", "2"), "remiss nr 2 i filen: id ska vara ett heltal"),
    ("fel typ på datum", lambda d: _set(d, 0, "svarsdatum", 20261211),
     "remiss nr 1 i filen (id 1): svarsdatum ska vara ett datum ÅÅÅÅ-MM-DD"),
    ("dubblett-id", lambda d: _set(d, 2, "id", 1),
     "remiss nr 3 i filen har samma id 1 som nr 1"),
    ("jätte-id", lambda d: _set(d, 0, "id", 2**70), f"remiss nr 1 i filen (id {2**70}): id är för stort"),
    ("orimligt datum", lambda d: _set(d, 1, "svarsdatum", "9999-12-31"),
     "remiss nr 2 i filen (id 2): svarsdatum datumet 9999-12-31 är inget rimligt datum"),
    ("okänd status", lambda d: _set(d, 0, "status", "klar"),
     "remiss nr 1 i filen (id 1): status okänd status"),
    ("data är ingen remiss", lambda d: _set(d, 0, "data", {"sidor": "x"}),
     "remiss nr 1 i filen (id 1): data är ingen remiss"),
    ("händelse utan tid", lambda d: _set(d, 0, "handelser", [{"id": 1}]),
     "remiss nr 1 i filen (id 1): handelser.0.tid saknas"),
]


@pytest.mark.parametrize(("name", "change", "expected"), BROKEN_IMPORTS,
                         ids=[b[0] for b in BROKEN_IMPORTS])
def test_import_validates_the_whole_file_and_writes_nothing(hostile: dict[str, str], tmp_path: Path,
                                                            name: str, change: object, expected: str) -> None:
    """A broken export is refused with one line naming record and field; the new register stays empty."""
    data = change(_export(tmp_path))  # type: ignore[operator]
    (tmp_path / "trasig.json").write_text(json.dumps(data), encoding="utf-8")
    target = f"sqlite:///{tmp_path / 'ny.db'}"
    result = run("import", "trasig.json", "--databas", target)
    assert result.exit_code == 1, result.stdout
    stderr = _utan_registerbesked(result.stderr)
    assert stderr.startswith(f"Fel: exporten är felaktig: {expected}"), stderr
    assert stderr.endswith("Inget har importerats.\n") and stderr.count("\n") == 1
    with open_register(target) as reg:
        assert reg.count() == 0


@pytest.mark.parametrize(("name", "text", "expected"), [
    ("NaN", '{"format": "remiss-register", "version": 1, "remisser": [{"id": NaN}]}',
     "exporten är felaktig: talet NaN är inte tillåtet"),
    ("djup", '{"format": "remiss-register", "version": 1, "remisser": ' + "[" * 100_000 + "]" * 100_000 + "}",
     "exporten är för djupt nästlad"),
    ("version", '{"format": "remiss-register", "version": "1", "remisser": []}',
     "exporten är felaktig: 'version' ska vara ett heltal"),
])
def test_import_refuses_nan_depth_and_odd_version(hostile: dict[str, str], tmp_path: Path, name: str,
                                                  text: str, expected: str) -> None:
    """NaN, a 100000-deep array and a version as text are one line each, not a traceback."""
    (tmp_path / f"{name}.json").write_text(text, encoding="utf-8")
    result = run("import", f"{name}.json", "--databas", f"sqlite:///{tmp_path / 'ny.db'}")
    assert result.exit_code == 1
    stderr = _utan_registerbesked(result.stderr)
    assert expected in stderr and stderr.count("\n") == 1 and "oväntat" not in stderr


def _utan_registerbesked(stderr: str) -> str:
    """Given stderr of an import into ny.db (not the configured register), return it without that notice."""
    first, _, rest = stderr.partition("\n")
    if first.startswith("Obs: registret "):
        assert "ny.db används (från --databas)" in first, first
        return rest
    return stderr


def test_import_of_a_valid_export_still_works(hostile: dict[str, str], tmp_path: Path) -> None:
    """The schema accepts what `remiss export` writes (the hostile titles included)."""
    (tmp_path / "ok.json").write_text(json.dumps(_export(tmp_path)), encoding="utf-8")
    result = run("import", "ok.json", "--databas", f"sqlite:///{tmp_path / 'ny.db'}")
    assert result.exit_code == 0 and result.stdout == f"{len(HOSTILE_TITLES)} remisser importerade.\n"


def test_append_safe_for_every_workbook() -> None:
    """The row writer both XLSX exports use: formulas become text, control characters go, line breaks stay
    where asked (the sammanställning's wrapped summaries)."""
    from openpyxl import Workbook

    from remiss.register.export import append_safe

    sheet = Workbook().active
    append_safe(sheet, ["=1+1", "ok\x1b[0m\x07", "rad 1\r\nrad 2", "-3", 7, None], radbrytningar=True)
    append_safe(sheet, ["@x", "rad 1\nrad 2"])
    first = [cell.value for cell in sheet[1]]
    assert first == ["=1+1", "ok[0m", "rad 1\nrad 2", "-3", 7, None]
    assert [cell.data_type for cell in sheet[1]][:5] == ["s", "s", "s", "s", "n"]
    assert sheet["A1"].quotePrefix and sheet["D1"].quotePrefix and not sheet["C1"].quotePrefix
    assert [cell.value for cell in sheet[2]][:2] == ["@x", "rad 1 rad 2"] and sheet["A2"].quotePrefix
