"""The register commands through the CLI: messages, exit codes, files written."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

import remiss.pipeline
from remiss.cli import cli
from remiss.domain import Remiss
from remiss.errors import InputError
from remiss.register import open_register
from tests import test_register_fixtures as fixtures
from tests.test_register_fixtures import make_remiss

db_url = fixtures.db_url
ROOT = Path(__file__).resolve().parent.parent
PAKET = sorted((ROOT / "samples" / "paket").glob("*.pdf"))

CONFIG_2026 = """\
sammantradesdagar = [2026-10-27, 2026-11-24, 2026-12-08]
beredningstid = 21
anvandare = "registrator"
"""


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, db_url: str) -> dict[str, str]:
    """Run in an empty directory with a config of meetings and the register (URL also in REMISS_DATABAS)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "remiss.toml").write_text(CONFIG_2026 + f'databas = "{db_url}"\n', encoding="utf-8")
    monkeypatch.delenv("REMISS_CONFIG", raising=False)
    monkeypatch.setenv("REMISS_DATABAS", db_url)
    return {"url": db_url}


def fake_tolka(remisser: dict[str, list[Remiss] | Exception]) -> object:
    """Given file names and what tolka should return for each, return a stand-in for tolka_fil."""

    def tolka_fil(fil: str, **_: object) -> list[Remiss]:
        found = remisser[Path(fil).name]
        if isinstance(found, Exception):
            raise found
        return found

    return tolka_fil


def write_files(tmp_path: Path, *names: str) -> list[str]:
    """Given names, write small distinct files and return their paths."""
    for name in names:
        (tmp_path / name).write_bytes(f"%PDF-1.4 {name}".encode())
    return [str(tmp_path / name) for name in names]


def run(*args: str) -> object:
    """Given arguments, run `remiss` in-process and return the result (stderr kept apart)."""
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


# --- registrera ----------------------------------------------------------------------------------


def test_registrera_reports_duplicates_and_goes_on_past_bad_file(env: dict[str, str], tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """Good files are registered, a broken one is reported, the summary is printed and the exit is 1."""
    monkeypatch.setattr(remiss.pipeline, "tolka_fil", fake_tolka({
        "a.pdf": [make_remiss(1)], "b.pdf": InputError("filen är trasig", fil="b.pdf"),
        "c.pdf": [make_remiss(2), replace(make_remiss(3), sidor=(5, 6))], "d.pdf": []}))
    files = write_files(tmp_path, "a.pdf", "b.pdf", "c.pdf", "d.pdf")
    result = run("registrera", "--jobb", "1", *files)
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        "#1 registrerad: KS 2026-00001 Remiss: Ärende nummer 1 (svarsdatum 2026-12-11)",
        "#2 registrerad: KS 2026-00002 Remiss: Ärende nummer 2 (svarsdatum 2026-12-11)",
        "#3 registrerad: KS 2026-00003 Remiss: Ärende nummer 3 (svarsdatum 2026-12-11)"]
    assert "Fel: b.pdf: filen är trasig" in result.stderr
    assert f"{files[3]}: ingen remiss hittades" in result.stderr
    assert result.stderr.splitlines()[-1] == ("4 filer: 3 registrerade, 0 redan registrerade, 1 utan remiss, "
                                              "1 med fel.")
    again = run("registrera", "--jobb", "1", files[0])
    assert again.exit_code == 0
    assert again.stdout.strip() == f"{files[0]}: redan registrerad som #1 (samma fil)"
    with open_register(env["url"]) as reg:
        assert reg.count() == 3
        assert reg.history(1)[0].anvandare == "registrator"


def test_registrera_options_and_dry_run(env: dict[str, str], tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """--dry-run writes nothing; --handlaggare and --eget-dnr are stored; a warning goes to stderr."""
    monkeypatch.setattr(remiss.pipeline, "tolka_fil", fake_tolka({
        "a.pdf": [make_remiss(1, titel="Remiss: Program mot hemlöshet")],
        "b.pdf": [make_remiss(2, titel="Remiss: Program mot hemlösheten")]}))
    a, b = write_files(tmp_path, "a.pdf", "b.pdf")
    dry = run("registrera", "--dry-run", "--jobb", "1", a)
    assert dry.exit_code == 0 and dry.stdout.startswith("skulle registreras: KS 2026-00001")
    first = run("registrera", "--handlaggare", "Eva Ek", "--eget-dnr", "ALN 2026-00031", a)
    assert first.exit_code == 0
    second = run("registrera", b)
    assert "Varning: #2: liknande titel som #1" in second.stderr
    with open_register(env["url"]) as reg:
        post = reg.get(1)
        assert (post.status, post.handlaggare, post.eget_dnr) == ("tilldelad", "Eva Ek", "ALN 2026-00031")


def test_registrera_samples_end_to_end(env: dict[str, str]) -> None:
    """The sample meeting packages are registered with two worker processes, and only once."""
    from remiss.pipeline import tolka_fil

    assert PAKET, "samples/paket saknas"
    assert tolka_fil(PAKET[0]), "tolka hittar inga remisser i samples/paket"
    files = [str(p) for p in PAKET]
    first = run("registrera", "--jobb", "2", *files)
    assert first.exit_code == 0, first.stderr
    registered = [line for line in first.stdout.splitlines() if " registrerad: " in line]
    assert len(registered) >= len(files)
    again = run("registrera", "--jobb", "2", *files)
    assert again.exit_code == 0
    assert "0 registrerade" in again.stderr
    assert again.stdout.count("redan registrerad som #") == len(registered)
    listed = json.loads(run("lista", "--format", "json", "--idag", "2022-06-01").stdout)
    assert len(listed) == len(registered)
    assert [r["svarsdatum"] for r in listed] == sorted(r["svarsdatum"] for r in listed)


# --- lista ---------------------------------------------------------------------------------------


@pytest.fixture
def filled(env: dict[str, str]) -> dict[str, str]:
    """Register three remisser with different deadlines and return the env."""
    with open_register(env["url"]) as reg:
        for n, svar in enumerate(("2026-11-02", "2026-11-13", "2026-11-30"), start=1):
            reg.add(make_remiss(n, svarsdatum=svar), sha256=f"{n:064d}", kalla_fil=f"{n}.pdf",
                    user="registrator")
    return env


def test_lista_table_with_decision_path(filled: dict[str, str]) -> None:
    """The table lists by svarsdatum with working days and the decision path, no colour in a pipe."""
    result = run("lista", "--idag", "2026-11-01")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["Nr", "Eget", "dnr", "Avsändare", "Avs.", "dnr", "Titel", "Svarsdatum",
                                "Arbd", "Status", "Handläggare", "Beslutsväg"]
    assert [line.split()[0] for line in lines[1:]] == ["1", "2", "3"]
    assert lines[1].rstrip().endswith("ordförandebeslut eller begär förlängd svarstid")
    assert lines[3].rstrip().endswith("sammanträde 2026-11-24, klar senast 2026-11-03")
    assert "\x1b[" not in result.stdout
    late = run("lista", "--forsenade", "--idag", "2026-11-10")
    assert [line.split()[0] for line in late.stdout.splitlines()[1:]] == ["1"]
    soon = run("lista", "--inom", "12", "--idag", "2026-11-01", "--format", "json")
    assert [r["id"] for r in json.loads(soon.stdout)] == [1, 2]


def test_lista_files_csv_xlsx_ics(filled: dict[str, str], tmp_path: Path) -> None:
    """CSV has a BOM and semicolons, XLSX needs -o, ICS parses back."""
    from icalendar import Calendar
    from openpyxl import load_workbook

    result = run("lista", "--format", "csv", "-o", "lista.csv", "--idag", "2026-11-01")
    assert result.exit_code == 0
    raw = (tmp_path / "lista.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and raw.decode("utf-8-sig").startswith("Nr;Eget dnr;Avsändare")
    usage = run("lista", "--format", "xlsx")
    assert usage.exit_code == 2 and "--format xlsx kräver -o FIL" in usage.stderr
    assert run("lista", "--format", "xlsx", "-o", "lista.xlsx", "--idag", "2026-11-01").exit_code == 0
    assert load_workbook(tmp_path / "lista.xlsx").active.max_row == 4
    ics = run("lista", "--format", "ics", "--idag", "2026-11-01")
    events = list(Calendar.from_ical(ics.stdout_bytes).walk("VEVENT"))
    assert len(events) == 4  # three svarsdatum, one beredning date


def test_lista_bad_date_is_usage_error(filled: dict[str, str]) -> None:
    """--idag with a non-date exits 2 with a Swedish message."""
    result = run("lista", "--idag", "igår")
    assert result.exit_code == 2 and "inget datum" in result.stderr


# --- visa, uppdatera, historik -------------------------------------------------------------------


def test_uppdatera_visa_historik(filled: dict[str, str]) -> None:
    """uppdatera prints the change, refuses an impossible status, and historik shows every event."""
    done = run("uppdatera", "2", "--handlaggare", "Eva Ek", "--svarsdatum", "2026-12-01")
    assert done.exit_code == 0
    assert done.stdout.strip() == ("#2 uppdaterad: handlaggare: – → Eva Ek; status: inkommen → tilldelad; "
                                   "svarsdatum: 2026-11-13 → 2026-12-01; "
                                   "ursprungligt_svarsdatum: – → 2026-11-13")
    refused = run("uppdatera", "2", "--status", "besvarad")
    assert refused.exit_code == 1
    assert refused.stderr.strip() == ("Fel: status kan inte ändras från tilldelad till besvarad; "
                                      "nästa steg är under beredning (eller avstår/avskriven).")
    shown = run("visa", "2", "--idag", "2026-11-02")
    assert "Svarsdatum:          2026-12-01 (21 arbetsdagar kvar), ursprungligen 2026-11-13" in shown.stdout
    assert "Beslutsväg:          sammanträde 2026-11-24, klar senast 2026-11-03" in shown.stdout
    assert "Remissinstanser (3):" in shown.stdout
    history = run("historik", "2")
    lines = history.stdout.splitlines()
    assert [line.split()[2:] for line in lines[0::2]] == [["registrator", "registrerad"],
                                                          ["registrator", "uppdaterad"]]
    data = json.loads(run("historik", "2", "--json").stdout)
    assert data[1]["efter"]["handlaggare"] == "Eva Ek"
    missing = run("visa", "99")
    assert missing.exit_code == 1 and "ingen remiss #99" in missing.stderr


# --- export, import, init, config ----------------------------------------------------------------


def test_export_import_cli_round_trip(filled: dict[str, str], tmp_path: Path) -> None:
    """export -o and import into a new register give the same export."""
    run("uppdatera", "1", "--anteckning", "Ringt")
    assert run("export", "-o", "backup.json").exit_code == 0
    copy = f"sqlite:///{tmp_path / 'kopia.db'}"
    result = run("import", "backup.json", "--databas", copy)
    assert result.exit_code == 0 and result.stdout.strip() == "3 remisser importerade."
    again = run("export", "--databas", copy)
    assert json.loads(again.stdout) == json.loads((tmp_path / "backup.json").read_text(encoding="utf-8"))
    refused = run("import", "backup.json", "--databas", copy)
    assert refused.exit_code == 1 and "inte tomt" in refused.stderr


def test_init_writes_and_refuses_overwrite(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """init writes a starter remiss.toml and refuses to overwrite it without --force."""
    monkeypatch.chdir(tmp_path)
    assert run("init").exit_code == 0
    assert (tmp_path / "remiss.toml").read_text(encoding="utf-8").startswith("# remiss.toml")
    refused = run("init")
    assert refused.exit_code == 1
    assert refused.stderr.strip() == ("Fel: remiss.toml: filen finns redan. "
                                      "Använd --force för att skriva över den.")
    assert run("init", "--force").exit_code == 0


def test_malformed_config_names_file_and_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A broken remiss.toml stops the command with file, line and column."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "trasig.toml").write_text('kommun = "Borås"\nbereningstid = 14\n', encoding="utf-8")
    result = run("lista", "--config", "trasig.toml", "--databas", str(tmp_path / "r.db"))
    assert result.exit_code == 1
    assert result.stderr.startswith("Fel: trasig.toml: rad 2: okänd inställning 'bereningstid'")


def test_lista_on_sqlite_file_needs_no_sqlalchemy(filled: dict[str, str], tmp_path: Path) -> None:
    """`remiss lista` on an existing SQLite register answers without importing SQLAlchemy (fast start)."""
    import subprocess
    import sys

    if not filled["url"].startswith("sqlite"):
        pytest.skip("bara SQLite-filer läses utan SQLAlchemy")
    code = ("import sys\nfrom remiss.cli import main\n"
            f"sys.argv=['remiss','lista','--idag','2026-11-01','--databas',{filled['url']!r}]\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "print('SQLALCHEMY', 'sqlalchemy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=tmp_path).stdout
    assert "SQLALCHEMY False" in out
    assert len([line for line in out.splitlines() if line.strip()[:1].isdigit()]) == 3


def test_registrera_pool_goes_on_past_broken_files(env: dict[str, str]) -> None:
    """With two worker processes, broken files are reported and the good one is still registered."""
    from remiss.pipeline import tolka_fil

    good = ROOT / "samples" / "hemloshet.pdf"
    broken = [p for p in sorted((ROOT / "samples" / "trasiga").glob("*.pdf")) if p.stat().st_size < 4096][:2]
    assert good.exists() and broken, "exempelfilerna saknas"
    assert tolka_fil(good), "tolka hittar ingen remiss i samples/hemloshet.pdf"
    result = run("registrera", "--jobb", "2", str(broken[0]), str(good), *map(str, broken[1:]))
    assert result.exit_code == 1
    assert len([line for line in result.stdout.splitlines() if " registrerad: " in line]) >= 1
    assert result.stderr.count("Fel: ") == len(broken)
    assert result.stderr.splitlines()[-1].startswith(f"{len(broken) + 1} filer: ")
