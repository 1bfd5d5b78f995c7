"""The register library: add, duplicates, updates and transitions, events, migrations, list, exports."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa

from remiss.config import Config
from remiss.errors import RegisterError
from remiss.register import DuplicateError, open_register
from remiss.register import db as regdb
from remiss.register.export import (
    XLSX_FORSENAD,
    export_register,
    format_csv,
    format_ics,
    format_json,
    format_tabell,
    import_register,
    xlsx_bytes,
)
from remiss.register.lista import ORDFORANDEBESLUT, Filter, beslutsvag, lista, svensk_nyckel
from remiss.register.workdays import add_workdays, is_workday, workdays_between
from tests import test_register_fixtures as fixtures
from tests.test_register_fixtures import make_remiss

db_url = fixtures.db_url

MEETINGS = (date(2026, 8, 25), date(2026, 9, 29), date(2026, 10, 27), date(2026, 11, 24), date(2026, 12, 8))
CONFIG = Config(sammantradesdagar=MEETINGS, beredningstid=21)


# --- add, get, duplicates ----------------------------------------------------------------------


def test_add_and_get_keep_every_field(db_url: str) -> None:
    """A registered remiss comes back equal, with its instanser rows and one event."""
    remiss = make_remiss(1)
    with open_register(db_url) as reg:
        post = reg.add(remiss, sha256="a" * 64, kalla_fil="in/remiss_1.pdf", user="registrator")
        assert post.id >= 1
        again = reg.get(post.id)
        assert again.remiss == remiss
        assert (again.status, again.svarsdatum) == ("inkommen", "2026-12-11")
        assert again.ursprungligt_svarsdatum is None
        assert (again.sha256, again.kalla_fil) == ("a" * 64, "in/remiss_1.pdf")
        assert [r["namn"] for r in reg.instanser(post.id)] == ["Nämnd 1", "Nämnd 2", "Nämnd 3"]
        events = reg.history(post.id)
        assert [(e.handelse, e.anvandare) for e in events] == [("registrerad", "registrator")]
        assert events[0].efter and events[0].efter["svarsdatum"] == "2026-12-11"


def test_handlaggare_at_registration_means_tilldelad(db_url: str) -> None:
    """A handläggare given at registration sets the status tilldelad; own dnr is kept."""
    with open_register(db_url) as reg:
        post = reg.add(make_remiss(1), sha256="a" * 64, kalla_fil="x.pdf", handlaggare="Eva Ek",
                       eget_dnr="ALN  2026-00031")
        assert (post.status, post.handlaggare, post.eget_dnr) == ("tilldelad", "Eva Ek", "ALN 2026-00031")
        assert reg.find_by_diarienummer("ALN 2026-00031") == replace(post, varningar=())
        assert reg.find_by_diarienummer("KS 2026-00001").id == post.id  # type: ignore[union-attr]
        assert reg.find_by_diarienummer("KS 1999-1") is None


def test_same_file_is_not_registered_twice(db_url: str) -> None:
    """The same sha256 (and first page) gives "redan registrerad som #N"."""
    with open_register(db_url) as reg:
        first = reg.add(make_remiss(1), sha256="a" * 64, kalla_fil="x.pdf")
        with pytest.raises(DuplicateError) as info:
            reg.add(make_remiss(2), sha256="a" * 64, kalla_fil="kopia.pdf")
        assert info.value.id == first.id
        assert f"redan registrerad som #{first.id}" in info.value.message
        assert reg.count() == 1


def test_two_remisser_of_one_package_are_both_kept(db_url: str) -> None:
    """A meeting package holds several missiv: same file hash, other pages, both stored."""
    with open_register(db_url) as reg:
        reg.add(make_remiss(1), sha256="a" * 64, kalla_fil="paket.pdf")
        reg.add(replace(make_remiss(2), sidor=(7, 8)), sha256="a" * 64, kalla_fil="paket.pdf")
        assert reg.count() == 2


def test_same_sender_dnr_is_not_registered_twice(db_url: str) -> None:
    """The same sender and diarienummer from another file is a duplicate; another sender is not."""
    with open_register(db_url) as reg:
        first = reg.add(make_remiss(1, dnr="KS 2022-00304"), sha256="a" * 64, kalla_fil="x.pdf")
        with pytest.raises(RegisterError, match=f"redan registrerad som #{first.id}"):
            reg.add(make_remiss(2, dnr="KS  2022-00304"), sha256="b" * 64, kalla_fil="y.pdf")
        other = reg.add(make_remiss(3, dnr="KS 2022-00304", avsandare="Länsstyrelsen"), sha256="c" * 64,
                        kalla_fil="z.pdf")
        assert other.id != first.id


def test_similar_title_from_same_sender_warns(db_url: str) -> None:
    """A similar title from the same sender is stored with a warning naming the other post."""
    with open_register(db_url) as reg:
        first = reg.add(make_remiss(1, titel="Remiss: Program mot hemlöshet 2026"), sha256="a" * 64,
                        kalla_fil="x.pdf")
        second = reg.add(make_remiss(2, titel="Remiss: program mot hemlöshet, 2026"), sha256="b" * 64,
                         kalla_fil="y.pdf")
        third = reg.add(make_remiss(3, titel="Remiss: Kulturmiljöprogram"), sha256="c" * 64,
                        kalla_fil="z.pdf")
        assert len(second.varningar) == 1 and f"#{first.id}" in second.varningar[0]
        assert third.varningar == ()


def test_unknown_id_is_swedish_error(db_url: str) -> None:
    """get, update, history and log_event on an unknown id raise RegisterError in Swedish."""
    with open_register(db_url) as reg:
        for call in (lambda: reg.get(99), lambda: reg.update(99, status="tilldelad"), lambda: reg.history(99),
                     lambda: reg.log_event(99, "utkast skrivet")):
            with pytest.raises(RegisterError, match="ingen remiss #99"):
                call()


# --- updates and events ------------------------------------------------------------------------


def test_status_chain_and_refused_transitions(db_url: str) -> None:
    """Status moves one step at a time; skipping or leaving a closed status is refused."""
    with open_register(db_url) as reg:
        post = reg.add(make_remiss(1), sha256="a" * 64, kalla_fil="x.pdf")
        with pytest.raises(RegisterError, match="från inkommen till beslutad; nästa steg är tilldelad"):
            reg.update(post.id, status="beslutad")
        for status in ("tilldelad", "under_beredning", "beslutad", "besvarad"):
            assert reg.update(post.id, status=status, user="u").status == status
        with pytest.raises(RegisterError, match="avslutad"):
            reg.update(post.id, status="avskriven")
        other = reg.add(make_remiss(2), sha256="b" * 64, kalla_fil="y.pdf")
        assert reg.update(other.id, status="avstar").status == "avstar"
        with pytest.raises(RegisterError, match="redan status"):
            reg.update(reg.add(make_remiss(3), sha256="c" * 64, kalla_fil="z.pdf").id, status="inkommen")


def test_new_svarsdatum_keeps_original(db_url: str) -> None:
    """Förlängd svarstid: the first svarsdatum is kept as ursprungligt_svarsdatum, once."""
    with open_register(db_url) as reg:
        post = reg.add(make_remiss(1), sha256="a" * 64, kalla_fil="x.pdf")
        reg.update(post.id, svarsdatum="2027-01-15")
        later = reg.update(post.id, svarsdatum="2027-02-01")
        assert (later.svarsdatum, later.ursprungligt_svarsdatum) == ("2027-02-01", "2026-12-11")
        with pytest.raises(RegisterError, match="inget datum"):
            reg.update(post.id, svarsdatum="15 januari")


def test_every_change_is_an_event_with_before_and_after(db_url: str) -> None:
    """Each update writes one event holding the changed fields before and after, and notes."""
    with open_register(db_url) as reg:
        post = reg.add(make_remiss(1), sha256="a" * 64, kalla_fil="x.pdf", user="reg")
        reg.update(post.id, handlaggare="Eva Ek", user="chef")
        reg.update(post.id, eget_dnr="ALN 2026-00031", anteckning="Diarieförd", user="reg")
        reg.update(post.id, anteckning="Ringt avsändaren", user="eva")
        reg.log_event(post.id, "utkast skrivet", user="eva", after={"fil": "utkast.docx"})
        events = reg.history(post.id)
        assert [e.handelse for e in events] == ["registrerad", "uppdaterad", "uppdaterad", "anteckning",
                                                "utkast skrivet"]
        assert events[1].fore == {"handlaggare": None, "status": "inkommen"}
        assert events[1].efter == {"handlaggare": "Eva Ek", "status": "tilldelad"}
        assert events[2].efter == {"eget_dnr": "ALN 2026-00031", "anteckning": "Diarieförd"}
        assert (events[3].fore, events[3].efter) == (None, {"anteckning": "Ringt avsändaren"})
        assert [e.anvandare for e in events] == ["reg", "chef", "reg", "eva", "eva"]
        with pytest.raises(RegisterError, match="inget att ändra"):
            reg.update(post.id, handlaggare="Eva Ek")


# --- schema ------------------------------------------------------------------------------------


def test_migrations_run_in_order_and_once(db_url: str) -> None:
    """A database at version 1 is brought to the latest version; opening again changes nothing."""
    engine = regdb.create_engine(db_url)
    try:
        assert regdb.migrate(engine, target=1) == 1
        with engine.connect() as conn:
            assert regdb.current_version(conn) == 1
            indexes = sa.inspect(conn).get_indexes("remisser")
            assert not any(ix["name"] == "ix_remisser_svarsdatum" for ix in indexes)
        assert regdb.migrate(engine) == regdb.LATEST
        assert regdb.migrate(engine) == regdb.LATEST
        with engine.connect() as conn:
            names = {ix["name"] for ix in sa.inspect(conn).get_indexes("remisser")}
            assert {"ix_remisser_svarsdatum", "ix_remisser_status"} <= names
            assert conn.execute(sa.select(sa.func.count()).select_from(regdb.schema_version)).scalar() == 1
    finally:
        engine.dispose()


def test_newer_schema_is_refused(db_url: str) -> None:
    """A register written by a newer program is refused with advice to update."""
    open_register(db_url).close()
    engine = regdb.create_engine(db_url)
    with engine.begin() as conn:
        conn.execute(regdb.schema_version.update().values(version=regdb.LATEST + 1))
    engine.dispose()
    with pytest.raises(RegisterError, match="Uppdatera remiss"):
        open_register(db_url)


def test_bad_url_is_swedish_error(tmp_path: Path) -> None:
    """An unusable URL or an unreachable server gives a RegisterError, without the password."""
    with pytest.raises(RegisterError, match="går inte att använda"):
        open_register("finnsinte+driver://x/y")
    with pytest.raises(RegisterError, match="kan inte öppnas") as info:
        open_register("postgresql+psycopg://remiss:hemligt@127.0.0.1:1/remiss?connect_timeout=2")
    assert "hemligt" not in info.value.message


def test_plain_path_and_env_give_sqlite(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A plain path is a SQLite file; REMISS_DATABAS is used when no URL is given."""
    assert regdb.resolve_url(str(tmp_path / "r.db")) == f"sqlite:///{tmp_path / 'r.db'}"
    monkeypatch.setenv("REMISS_DATABAS", "sqlite:///env.db")
    assert regdb.resolve_url(None) == "sqlite:///env.db"
    monkeypatch.delenv("REMISS_DATABAS")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("REMISS_CONFIG", raising=False)
    assert regdb.resolve_url(None) == "sqlite:///remiss.db"
    (tmp_path / "remiss.toml").write_text('databas = "sqlite:///från_config.db"\n', encoding="utf-8")
    assert regdb.resolve_url(None) == "sqlite:///från_config.db"


# --- working days and decision path ------------------------------------------------------------


def test_workdays_use_swedish_holidays() -> None:
    """Weekends, public holidays, midsommarafton, julafton and nyårsafton are not working days."""
    assert add_workdays(date(2024, 12, 18), 10) == date(2025, 1, 9)
    assert workdays_between(date(2024, 12, 18), date(2025, 1, 9)) == 10
    assert workdays_between(date(2025, 1, 9), date(2024, 12, 18)) == -10
    for day in (date(2026, 6, 19), date(2026, 12, 24), date(2026, 12, 31), date(2026, 6, 6),
                date(2026, 11, 28)):
        assert not is_workday(day), day
    assert is_workday(date(2026, 11, 24))


def test_decision_path_takes_last_meeting_on_or_before_svarsdatum() -> None:
    """The last meeting on or before svarsdatum, minus beredningstid, is the path."""
    path = beslutsvag(date(2026, 11, 30), "inkommen", idag=date(2026, 10, 1), sammantradesdagar=MEETINGS,
                      beredningstid=21)
    assert (path.sammantrade, path.beredning) == (date(2026, 11, 24), date(2026, 11, 3))
    assert "2026-11-24" in path.text and "2026-11-03" in path.text
    same_day = beslutsvag(date(2026, 11, 24), "tilldelad", idag=date(2026, 10, 1), sammantradesdagar=MEETINGS,
                          beredningstid=21)
    assert same_day.sammantrade == date(2026, 11, 24)


def test_decision_path_too_late_means_ordforandebeslut() -> None:
    """No meeting before svarsdatum, or a beredning date that has passed: ordförandebeslut."""
    assert beslutsvag(date(2026, 8, 20), "inkommen", idag=date(2026, 8, 1), sammantradesdagar=MEETINGS,
                      beredningstid=21).text == ORDFORANDEBESLUT
    late = beslutsvag(date(2026, 11, 30), "inkommen", idag=date(2026, 11, 10), sammantradesdagar=MEETINGS,
                      beredningstid=21)
    assert (late.text, late.sammantrade, late.beredning) == (ORDFORANDEBESLUT, None, None)
    assert beslutsvag(date(2020, 3, 1), "inkommen", idag=date(2026, 11, 10), sammantradesdagar=MEETINGS,
                      beredningstid=21).text == ORDFORANDEBESLUT
    assert "saknas" in beslutsvag(date(2028, 3, 1), "inkommen", idag=date(2026, 11, 10),
                                  sammantradesdagar=MEETINGS, beredningstid=21).text
    assert beslutsvag(date(2026, 11, 30), "beslutad", idag=date(2026, 10, 1), sammantradesdagar=MEETINGS,
                      beredningstid=21).text == ""


def test_swedish_sort_key() -> None:
    """Å comes before Ä before Ö, all after Z, regardless of case."""
    names = ["Örebro", "Ängelholm", "Åmål", "Zinkgruvan", "alingsås", "Ödeshög"]
    assert sorted(names, key=svensk_nyckel) == ["alingsås", "Zinkgruvan", "Åmål", "Ängelholm", "Ödeshög",
                                                "Örebro"]


# --- lista ---------------------------------------------------------------------------------------


def _fill(reg: object) -> dict[str, int]:
    """Given a register, add five remisser with different deadlines and return their ids by name."""
    ids = {}
    specs = {"forsenad": ("2026-11-02", "Kommunstyrelsen"), "snart": ("2026-11-13", "Östra nämnden"),
             "snart2": ("2026-11-13", "Ängens nämnd"), "senare": ("2026-11-30", "Kommunstyrelsen"),
             "utan": (None, "Länsstyrelsen")}
    for n, (name, (svar, sender)) in enumerate(specs.items(), start=1):
        post = reg.add(make_remiss(n, svarsdatum=svar, avsandare=sender), sha256=f"{n:064d}",  # type: ignore
                       kalla_fil=f"{name}.pdf")
        ids[name] = post.id
    return ids


def test_lista_filters_and_sorts(db_url: str) -> None:
    """lista sorts by svarsdatum (then Swedish sender order) and filters by days, late, status, people."""
    idag = date(2026, 11, 10)
    with open_register(db_url) as reg:
        ids = _fill(reg)
        reg.update(ids["senare"], handlaggare="Eva Ek")

        def listed(**kwargs: object) -> list[int]:
            return [r.id for r in lista(reg, CONFIG, idag=idag, filter=Filter(**kwargs))]  # type: ignore

        assert listed() == [ids["utan"], ids["forsenad"], ids["snart2"], ids["snart"], ids["senare"]]
        # a remiss without svarsdatum is the one most at risk: it is never hidden by --inom or --forsenade
        assert listed(inom=5) == [ids["utan"], ids["forsenad"], ids["snart2"], ids["snart"]]
        assert listed(forsenade=True) == [ids["utan"], ids["forsenad"]]
        assert listed(inom=5, status=("tilldelad",)) == []
        assert listed(handlaggare="eva ek") == [ids["senare"]]
        assert listed(avsandare="östra") == [ids["snart"]]
        assert listed(status=("tilldelad",)) == [ids["senare"]]
        reg.update(ids["forsenad"], status="avskriven")
        assert ids["forsenad"] not in listed()


def test_lista_rows_have_workdays_and_path(db_url: str) -> None:
    """Each row carries working days left, late/urgent flags and the decision path."""
    with open_register(db_url) as reg:
        ids = _fill(reg)
        rows = {r.id: r for r in lista(reg, CONFIG, idag=date(2026, 11, 2))}
    late = rows[ids["forsenad"]]
    assert late.arbetsdagar_kvar == 0 and not late.forsenad and late.bradskande
    soon = rows[ids["snart"]]
    assert soon.arbetsdagar_kvar == 9 and not soon.bradskande
    later = rows[ids["senare"]]
    assert (later.sammantrade, later.beredning) == (date(2026, 11, 24), date(2026, 11, 3))
    assert rows[ids["snart"]].beslutsvag == ORDFORANDEBESLUT
    assert rows[ids["utan"]].arbetsdagar_kvar is None and rows[ids["utan"]].svarsdatum is None


# --- list formats --------------------------------------------------------------------------------


def _rows(db_url: str, idag: date = date(2026, 11, 3)) -> list:
    """Given a register URL, fill it and return the list for the day (2026-11-03 by default)."""
    with open_register(db_url) as reg:
        _fill(reg)
        return lista(reg, CONFIG, idag=idag)


def test_tabell_colours_only_when_asked(db_url: str) -> None:
    """The text table has a header and one line per row; colour codes only with color=True."""
    rows = _rows(db_url, date(2026, 11, 10))
    plain = format_tabell(rows)
    assert plain.splitlines()[0].startswith("Nr") and len(plain.splitlines()) == len(rows) + 1
    assert "\x1b[" not in plain
    first = plain.splitlines()[1]
    assert "Länsstyrelsen" in first and "saknas" in first and first.endswith("svarsdatum saknas")
    coloured = format_tabell(rows, color=True)
    assert "\x1b[31m" in coloured and "\x1b[33m" in coloured
    assert format_tabell([]) == "Inga remisser att visa."


def test_csv_for_swedish_excel(db_url: str) -> None:
    """CSV uses semicolons, Swedish headers and ISO dates."""
    rows = _rows(db_url)
    parsed = list(csv.reader(io.StringIO(format_csv(rows)), delimiter=";"))
    assert parsed[0][:6] == ["Nr", "Eget dnr", "Avsändare", "Avsändarens dnr", "Titel", "Svarsdatum"]
    assert parsed[1][5] == "" and parsed[2][5] == "2026-11-02" and len(parsed) == len(rows) + 1


def test_json_has_iso_dates(db_url: str) -> None:
    """JSON rows have ISO dates and the decision path."""
    data = json.loads(format_json(_rows(db_url)))
    assert data[0]["svarsdatum"] is None and data[0]["beslutsvag"] == "svarsdatum saknas"
    assert data[1]["svarsdatum"] == "2026-11-02" and data[1]["forsenad"] is True
    assert data[4]["sammantrade"] == "2026-11-24" and data[4]["beredning"] == "2026-11-03"


def test_xlsx_has_dates_filter_and_frozen_header(db_url: str, tmp_path: Path) -> None:
    """The workbook opens in openpyxl with real date cells, an autofilter and a frozen first row."""
    from openpyxl import load_workbook

    rows = _rows(db_url)
    target = tmp_path / "lista.xlsx"
    target.write_bytes(xlsx_bytes(rows))
    sheet = load_workbook(target).active
    assert sheet["A1"].value == "Nr" and sheet["F1"].value == "Svarsdatum"
    assert sheet["F2"].value is None  # no svarsdatum: listed first
    assert sheet["F3"].is_date and sheet["F3"].value.date() == date(2026, 11, 2)
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:L{len(rows) + 1}"
    colours = {sheet[f"A{i}"].value: sheet[f"A{i}"].fill.start_color.rgb for i in range(2, len(rows) + 2)}
    late = {r.id for r in rows if r.forsenad}
    assert late and all(colours[i].endswith(XLSX_FORSENAD) for i in late)
    assert all(not colours[r.id].endswith(XLSX_FORSENAD) for r in rows if not r.forsenad)


def test_ics_has_stable_uids_and_all_day_events(db_url: str) -> None:
    """ICS parses back with icalendar: all-day events with UIDs that stay the same on re-export."""
    from icalendar import Calendar

    rows = _rows(db_url)
    first = Calendar.from_ical(format_ics(rows))
    events = list(first.walk("VEVENT"))
    uids = sorted(str(e["UID"]) for e in events)
    with_date = [r for r in rows if r.svarsdatum]
    with_path = [r for r in rows if r.beredning]
    assert len(events) == len(with_date) + len(with_path)
    assert f"remiss-{with_date[0].id}-svarsdatum@remiss" in uids
    assert f"remiss-{with_path[0].id}-beredning@remiss" in uids
    start = events[0].decoded("DTSTART")
    assert isinstance(start, date) and not hasattr(start, "hour")
    again = Calendar.from_ical(format_ics(rows))
    assert sorted(str(e["UID"]) for e in again.walk("VEVENT")) == uids


def test_ics_reminds_working_days_before() -> None:
    """A svarsdatum event has a VALARM at 08:00 five working days before (helgdagar skipped)."""
    from datetime import datetime, timedelta

    from icalendar import Calendar

    from remiss.register.lista import Rad

    # Svarsdatum 2025-01-09 (torsdag): fem arbetsdagar före är 2024-12-30 (julafton–annandag och helgen bort).
    rad = Rad(id=7, eget_dnr=None, avsandare="KS", avsandare_dnr="KS 1", titel="T",
              svarsdatum=date(2025, 1, 9), arbetsdagar_kvar=5, status="inkommen", handlaggare=None,
              sammantrade=None, beredning=None, beslutsvag="", forsenad=False)
    [event] = Calendar.from_ical(format_ics([rad])).walk("VEVENT")
    [alarm] = event.walk("VALARM")
    trigger = alarm.decoded("TRIGGER")
    assert datetime(2025, 1, 9) + trigger == datetime(2024, 12, 30, 8, 0)
    assert str(alarm["ACTION"]) == "DISPLAY" and "5 arbetsdagar kvar" in str(alarm["DESCRIPTION"])
    [other] = Calendar.from_ical(format_ics([rad], paminnelse=0)).walk("VEVENT")
    assert list(other.walk("VALARM")) == []
    assert timedelta(0) > trigger


# --- export and import ---------------------------------------------------------------------------


def test_export_import_round_trip_without_loss(db_url: str, tmp_path: Path) -> None:
    """Exporting, importing into an empty register and exporting again gives the same data."""
    with open_register(db_url) as reg:
        ids = _fill(reg)
        reg.update(ids["senare"], handlaggare="Eva Ek", svarsdatum="2026-12-01", eget_dnr="ALN 2026-1",
                   anteckning="Förlängt")
        reg.log_event(ids["snart"], "utkast skrivet", after={"fil": "utkast.docx"})
        data = json.loads(json.dumps(export_register(reg)))
        with pytest.raises(RegisterError, match="inte tomt"):
            import_register(reg, data)
    target = f"sqlite:///{tmp_path / 'kopia.db'}"
    with open_register(target) as copy:
        assert import_register(copy, data) == 5
        assert json.loads(json.dumps(export_register(copy))) == data
        assert copy.get(ids["senare"]).ursprungligt_svarsdatum == "2026-11-30"
        assert [r["namn"] for r in copy.instanser(ids["snart"])] == ["Nämnd 1", "Nämnd 2", "Nämnd 3"]
        new = copy.add(make_remiss(99), sha256="f" * 64, kalla_fil="ny.pdf")
        assert new.id == max(ids.values()) + 1


def test_import_into_postgres_continues_ids(db_url: str, tmp_path: Path) -> None:
    """An import into either backend lets the next added remiss get the next free id."""
    source = f"sqlite:///{tmp_path / 'source.db'}"
    with open_register(source) as reg:
        _fill(reg)
        data = export_register(reg)
    with open_register(db_url) as target:
        import_register(target, data)
        assert target.add(make_remiss(42), sha256="e" * 64, kalla_fil="n.pdf").id == 6
        assert len(target.history(6)) == 1


def test_import_refuses_other_files() -> None:
    """A JSON file that is not a register export is refused."""
    with open_register("sqlite://") as reg, pytest.raises(RegisterError, match="ingen registerexport"):
        import_register(reg, {"remisser": []})


# --- the quick SQLite path and the holiday cache -------------------------------------------------


def test_lista_sqlite_matches_lista(tmp_path: Path) -> None:
    """Reading a SQLite file with sqlite3 alone gives exactly lista's rows, for every filter."""
    from remiss.register.lista import lista_sqlite

    path = tmp_path / "mapp med # och å" / "r.db"
    path.parent.mkdir()
    with open_register(str(path)) as reg:
        ids = _fill(reg)
        reg.update(ids["senare"], handlaggare="Eva Ek")
        for kwargs in ({}, {"inom": 5}, {"forsenade": True}, {"handlaggare": "Eva Ek"},
                       {"avsandare": "östra"},
                       {"status": ("tilldelad", "inkommen")}, {"inom": 30, "forsenade": True}):
            wanted = Filter(**kwargs)  # type: ignore[arg-type]
            expected = lista(reg, CONFIG, idag=date(2026, 11, 3), filter=wanted)
            assert lista_sqlite(path, CONFIG, idag=date(2026, 11, 3), filter=wanted) == expected, kwargs


def test_lista_sqlite_declines_old_schema_and_missing_file(tmp_path: Path) -> None:
    """The quick path answers None (use SQLAlchemy) for an older schema or a file that does not exist."""
    from remiss.register.lista import lista_sqlite

    assert lista_sqlite(tmp_path / "saknas.db", CONFIG, idag=date(2026, 11, 3)) is None
    engine = regdb.create_engine(f"sqlite:///{tmp_path / 'gammal.db'}")
    regdb.migrate(engine, target=2)
    engine.dispose()
    assert lista_sqlite(tmp_path / "gammal.db", CONFIG, idag=date(2026, 11, 3)) is None


def test_holidays_are_cached_on_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The first use writes the year's days off to the cache; later runs read the same days from it."""
    from remiss.register import workdays

    monkeypatch.setenv("REMISS_CACHE", str(tmp_path))
    workdays.holidays_of.cache_clear()
    try:
        first = workdays.holidays_of(2031)
        stored = json.loads(workdays.cache_file().read_text(encoding="utf-8"))
        assert stored["ar"]["2031"] == sorted(d.isoformat() for d in first)
        assert date(2031, 12, 24) in first and date(2031, 6, 20) in first  # julafton, midsommarafton
        workdays.holidays_of.cache_clear()
        monkeypatch.setattr(workdays, "_from_package", lambda year: pytest.fail("read the package again"))
        assert workdays.holidays_of(2031) == first
    finally:
        workdays.holidays_of.cache_clear()


def test_race_on_same_file_gives_duplicate(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """When another process stores the same file between the check and the insert, it is a duplicate."""
    from remiss.register import service

    with open_register(db_url) as reg:
        first = reg.add(make_remiss(1), sha256="a" * 64, kalla_fil="x.pdf")
        monkeypatch.setattr(service, "_refuse_duplicate", lambda *args: None)
        with pytest.raises(DuplicateError) as info:
            reg.add(make_remiss(2), sha256="a" * 64, kalla_fil="x.pdf")
        assert info.value.id == first.id
        assert reg.count() == 1 and len(reg.history(first.id)) == 1
