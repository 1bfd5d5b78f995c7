"""`remiss sammanstall`: formats, files, exit codes, the Word template; and --spara in the register."""

from __future__ import annotations

import json
import shutil
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from click.testing import CliRunner

from remiss.cli import cli
from tests import test_register_fixtures as fixtures
from tests.conftest import SAMPLES

db_url = fixtures.db_url  # an empty register: SQLite, and PostgreSQL when REMISS_TEST_PG_URL is set
MISSIV = str(SAMPLES / "delaktighet_inflytande.pdf")
SVAR = str(SAMPLES / "remissvar" / "delaktighet")
FACIT = json.loads((SAMPLES / "remissvar" / "delaktighet.json").read_text(encoding="utf-8"))
MALL = Path(__file__).resolve().parent.parent / "mallar" / "sammanstallning.docx"


def run(*args: str) -> object:
    return CliRunner().invoke(cli, list(args))


@pytest.fixture(scope="module")
def svar_utan_fel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return a copy of the sample answers without the broken file."""
    mapp = tmp_path_factory.mktemp("svar") / "svar"
    shutil.copytree(SVAR, mapp)
    (mapp / "trasig.pdf").unlink()
    return mapp


def test_table_in_list_order_then_missing_then_others() -> None:
    """The table lists answers in the missiv's order, then the missing, the others and the unreadable file."""
    result = run("sammanstall", MISSIV, "--svar", SVAR)
    assert result.exit_code == 1  # trasig.pdf could not be read
    out = result.output
    assert out.startswith(
        "Sammanställning av remissvar: Riktlinjer - delaktighet och inflytande för medborgare "
        "(KS 2022-00667)\nSvarsdatum 2022-12-05. 9 av 28 remissinstanser har svarat, "
        "1 efter svarsdatum, 19 saknas, 2 övriga svar, 1 fil kunde inte läsas."
    )
    order = [
        out.index(name)
        for name in (
            "Arbetslivsnämnden ",
            "Kulturnämnden ",
            "Tekniska nämnden ",
            "AB Bostäder Borås",
            "Saknas (19):",
            "Övriga svar",
            "Kunde inte läsas",
        )
    ]
    assert order == sorted(order)
    assert "   2. Fritids- och folkhälsonämnden" in out
    assert "ersatt av ett senare svar" in out


def test_json_output(svar_utan_fel: Path) -> None:
    """--format json prints the documented JSON; without unreadable files the exit code is 0."""
    result = run("sammanstall", MISSIV, "--svar", str(svar_utan_fel), "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["saknas"] == FACIT["saknas"]
    assert {s["instans"] for s in data["svar"]} == {
        f["instans"] for f in FACIT["svar"].values() if f["instans"]
    }
    assert data["fel"] == []


def test_xlsx_one_row_per_instans(tmp_path: Path, svar_utan_fel: Path) -> None:
    """The Excel file has a header and one row per remissinstans in list order, then the others."""
    from openpyxl import load_workbook

    target = tmp_path / "svar.xlsx"
    result = run("sammanstall", MISSIV, "--svar", str(svar_utan_fel), "--format", "xlsx", "-o", str(target))
    assert result.exit_code == 0, result.output
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    assert rows[0][:3] == ("Nr", "Remissinstans", "Svar")
    instanser = [r for r in rows[1:] if r[0] is not None]
    assert [r[0] for r in instanser] == list(range(1, 29))
    forskola = instanser[2]
    assert forskola[1:3] == ("Förskolenämnden", "svar") and forskola[6] == "avstyrker"
    assert "tidigare svar 2022-11-18" in forskola[10]
    assert [r[2] for r in rows[1:] if r[0] is None] == ["övrigt", "övrigt"]
    assert sum(1 for r in instanser if r[2] == "saknas") == 19


def test_docx_is_the_compilation_in_the_template(tmp_path: Path, svar_utan_fel: Path) -> None:
    """The Word file has the title, a table row per answer and each answer's gist."""
    from docx import Document

    target = tmp_path / "svar.docx"
    result = run("sammanstall", MISSIV, "--svar", str(svar_utan_fel), "--format", "docx", "-o", str(target))
    assert result.exit_code == 0, result.output
    document = Document(str(target))
    text = "\n".join(p.text for p in document.paragraphs)
    assert text.startswith(
        "Sammanställning av remissvar\nRiktlinjer - delaktighet och inflytande för medborgare"
    )
    assert "Tekniska nämnden: avstyrker (2022-11-28)" in text
    assert "Fritids- och folkhälsonämnden" in text and "{{" not in text and "{%" not in text
    rows = [[c.text for c in row.cells] for row in document.tables[0].rows]
    assert rows[0][0] == "Remissinstans" and len(rows) == 1 + 10
    assert document.core_properties.title == "Sammanställning av remissvar"


def test_existing_file_is_not_overwritten(tmp_path: Path, svar_utan_fel: Path) -> None:
    """-o to an existing file fails with the usual message unless --force."""
    target = tmp_path / "finns.xlsx"
    target.write_bytes(b"gammal")
    result = run("sammanstall", MISSIV, "--svar", str(svar_utan_fel), "--format", "xlsx", "-o", str(target))
    assert result.exit_code == 1 and "filen finns redan. Använd --force" in result.output
    assert target.read_bytes() == b"gammal"


def test_missing_folder_and_spara_without_id(tmp_path: Path) -> None:
    """A missing answer folder and --spara with a file are one-line errors."""
    result = run("sammanstall", MISSIV, "--svar", str(tmp_path / "nej"))
    assert result.exit_code == 1
    assert (
        result.output == f"Fel: {tmp_path / 'nej'}: är ingen mapp. Ange mappen med remissvaren med --svar.\n"
    )
    result = run("sammanstall", MISSIV, "--svar", str(tmp_path), "--spara")
    assert result.exit_code == 1 and "--spara kräver ett id i registret" in result.output


# --- the Word template ----------------------------------------------------------------------------------


def _kontext() -> dict:
    from remiss.config import Config
    from remiss.pipeline import tolka_fil
    from remiss.sammanstall import sammanstall
    from remiss.sammanstall.utdata import docx_kontext

    return docx_kontext(sammanstall(tolka_fil(MISSIV)[0], SVAR), config=Config())


def test_template_has_only_documented_placeholders() -> None:
    """mallar/sammanstallning.docx uses exactly the context's names, all documented in mallar/README.md."""
    from remiss.draft import kontrollera_mall
    from remiss.sammanstall.utdata import PLATSHALLARE

    kontext = _kontext()
    assert set(kontext) == set(PLATSHALLARE)
    kontrollera_mall(MALL, set(kontext))
    readme = (MALL.parent / "README.md").read_text(encoding="utf-8")
    assert [n for n in PLATSHALLARE if f"`{n}`" not in readme] == []


def test_template_escapes_text(tmp_path: Path) -> None:
    """A '<' or '&' in an answer's gist comes through unchanged (autoescape in the shared rendering)."""
    from docx import Document

    from remiss.draft import rendera

    kontext = _kontext()
    kontext["rader"][0]["sammanfattning"] = "Kostnad < 5 mnkr & inga nya tjänster"
    text = "\n".join(p.text for p in Document(BytesIO(rendera(MALL, kontext))).paragraphs)
    assert "Kostnad < 5 mnkr & inga nya tjänster" in text


def test_build_script_makes_the_template(tmp_path: Path) -> None:
    """mallar/skapa_sammanstallning.py builds a template that renders with the context."""
    import importlib.util

    from remiss.draft import kontrollera_mall

    path = MALL.parent / "skapa_sammanstallning.py"
    spec = importlib.util.spec_from_file_location("skapa_sammanstallning", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    built = module.build(tmp_path / "ny.docx")
    kontrollera_mall(built, set(_kontext()))


# --- the register: --spara, visa, lista --utgaende, the migration ---------------------------------------


def test_spara_and_visa_and_lista_show_the_answers(tmp_path: Path, svar_utan_fel: Path) -> None:
    """--spara stores the answers (utgående); visa and lista --utgaende show who is missing."""
    from remiss.config import Config
    from remiss.register import open_register
    from remiss.register.lista import Filter, lista

    db = str(tmp_path / "r.db")
    assert run("registrera", MISSIV, "--databas", db).exit_code == 0
    assert "Riktlinjer - delaktighet" in run("lista", "--databas", db, "--status", "inkommen").output
    result = run("sammanstall", "1", "--svar", str(svar_utan_fel), "--spara", "--databas", db)
    assert result.exit_code == 0, result.output
    assert "Registret: svaren sparade mot #1 (riktning utgående)." in result.output
    again = run("sammanstall", "1", "--svar", str(svar_utan_fel), "--spara", "--databas", db)
    assert again.exit_code == 0  # replaces, does not add twice
    shown = run("visa", "1", "--databas", db, "--idag", "2022-11-20").output
    assert "Remissvar (9 av 28 remissinstanser har svarat):" in shown
    assert "  Tekniska nämnden: avstyrker (2022-11-28)" in shown
    assert "  Förskolenämnden: tillstyrker (2022-11-18, ersatt)" in shown
    assert "Saknas (19): " + ", ".join(FACIT["saknas"]) in shown
    assert "Riktlinjer" not in run("lista", "--databas", db, "--status", "inkommen").output  # we sent it
    with open_register(db) as reg:  # the same list through SQLAlchemy (PostgreSQL's path)
        assert lista(reg, Config(), idag=date(2022, 11, 1), filter=Filter(status=("inkommen",))) == []
    listed = run("lista", "--utgaende", "--databas", db).output
    assert listed.startswith(
        "#1  KS 2022-00667  Riktlinjer - delaktighet och inflytande för medborgare  "
        "svarsdatum 2022-12-05: 9 av 28 har svarat\n"
    )
    assert "    saknas: Fritids- och folkhälsonämnden, Grundskolenämnden" in listed
    events = json.loads(run("historik", "1", "--json", "--databas", db).output)
    sparade = [e for e in events if e["handelse"] == "remissvar"]
    assert [e["efter"]["svar"] for e in sparade] == [10, 10]
    assert sparade[0]["fore"] == {"svar": 0, "riktning": "inkommande"}
    data = json.loads(run("visa", "1", "--json", "--databas", db).output)
    assert len(data["remissvar"]) == 12 and sum(1 for r in data["remissvar"] if r["instans"] is None) == 2


def test_lista_utgaende_without_outgoing_remisser(tmp_path: Path) -> None:
    """lista --utgaende on a register without outgoing remisser says how to get one."""
    db = str(tmp_path / "r.db")
    assert run("registrera", MISSIV, "--databas", db).exit_code == 0
    assert run("lista", "--utgaende", "--databas", db).output.startswith("Inga utgående remisser i registret")


def test_migration_adds_riktning_to_an_old_register(tmp_path: Path) -> None:
    """A register at schema version 4 with a remiss gets riktning 'inkommande' and the remissvar table."""
    import sqlalchemy as sa

    from remiss.register import db as regdb
    from remiss.register import open_register
    from remiss.register.remissvar import riktning

    url = f"sqlite:///{tmp_path / 'gammal.db'}"
    engine = regdb.create_engine(url)
    regdb.migrate(engine, target=4)
    with engine.begin() as conn:
        assert "riktning" not in {c["name"] for c in sa.inspect(conn).get_columns("remisser")}
        conn.execute(
            regdb.remisser.insert().values(
                sha256="x" * 64,
                kalla_fil="m.pdf",
                status="inkommen",
                data={"fil": "m.pdf", "sidor": [1, 1]},
                registrerad="2022-01-01T00:00:00+00:00",
                andrad="2022-01-01T00:00:00+00:00",
            )
        )
    engine.dispose()
    with open_register(url) as reg:
        assert riktning(reg, 1) == "inkommande"
        assert sa.inspect(reg.engine).has_table("remissvar")


def test_spara_svar_in_sqlite_and_postgresql(db_url: str) -> None:
    """The register functions work alike on SQLite and PostgreSQL: store, read, list, leave out of lista."""
    from remiss.config import Config
    from remiss.pipeline import tolka_fil
    from remiss.register import open_register
    from remiss.register.lista import Filter, lista
    from remiss.register.remissvar import hamta_svar, lista_utgaende, riktning, spara_svar
    from remiss.sammanstall import sammanstall

    remiss = tolka_fil(MISSIV)[0]
    resultat = sammanstall(remiss, SVAR)
    with open_register(db_url) as reg:
        post = reg.add(remiss, sha256="a" * 64, kalla_fil=MISSIV)
        assert riktning(reg, post.id) == "inkommande"
        spara_svar(reg, post.id, resultat, user="test")
        spara_svar(reg, post.id, resultat, user="test")
        rader = hamta_svar(reg, post.id)
        assert len(rader) == len(resultat.svar) + len(resultat.ovriga)
        assert [r["instans"] for r in rader if r["galler"]] == [s.instans for s in resultat.svar if s.galler]
        [(utgaende, svar)] = lista_utgaende(reg)
        assert utgaende.id == post.id and len(svar) == len(rader)
        assert lista(reg, Config(), idag=date(2022, 11, 1), filter=Filter()) == []
        assert [h.handelse for h in reg.history(post.id)] == ["registrerad", "remissvar", "remissvar"]


def test_escape_sequences_in_an_answer_do_not_reach_the_screen(tmp_path: Path) -> None:
    """An answer file named with a terminal escape sequence is shown without it in the table."""
    from remiss.pipeline import tolka_fil
    from remiss.sammanstall import sammanstall
    from remiss.sammanstall.utdata import format_tabell
    from tests.conftest import write_pdf

    write_pdf(
        tmp_path / "svar\x1b[2J.pdf",
        [
            [
                "Datum",
                "2022-11-20",
                "Instans",
                "Kulturnämnden",
                "Yttrande över remiss: Riktlinjer - delaktighet och inflytande för medborgare",
                "Kulturnämnden tillstyrker riktlinjerna.",
            ]
        ],
    )
    assert "\x1b" in format_tabell(sammanstall(tolka_fil(MISSIV)[0], tmp_path))  # the text carries it
    result = run("sammanstall", MISSIV, "--svar", str(tmp_path))
    assert result.exit_code == 0 and "Kulturnämnden" in result.output
    assert "\x1b" not in result.output


def test_export_and_import_carry_the_remissvar(db_url: str, tmp_path: Path) -> None:
    """`export` holds each remiss's direction and stored answers; `import` restores them exactly."""
    from remiss.pipeline import tolka_fil
    from remiss.register import open_register
    from remiss.register.export import export_register, import_register
    from remiss.register.remissvar import hamta_svar, riktning, spara_svar
    from remiss.sammanstall import sammanstall

    remiss = tolka_fil(MISSIV)[0]
    with open_register(db_url) as reg:
        post = reg.add(remiss, sha256="a" * 64, kalla_fil=MISSIV)
        spara_svar(reg, post.id, sammanstall(remiss, SVAR), user="test")
        stored = hamta_svar(reg, post.id)
        data = json.loads(json.dumps(export_register(reg)))
    assert data["version"] == 2
    [exported] = data["remisser"]
    assert exported["riktning"] == "utgaende" and len(exported["remissvar"]) == len(stored) > 0
    target = f"sqlite:///{tmp_path / 'kopia.db'}"
    with open_register(target) as copy:
        assert import_register(copy, data) == 1
        assert riktning(copy, post.id) == "utgaende"
        without_ids = [{k: v for k, v in r.items() if k != "id"} for r in hamta_svar(copy, post.id)]
        assert without_ids == [{k: v for k, v in r.items() if k != "id"} for r in stored]
        assert json.loads(json.dumps(export_register(copy))) == data


def test_import_refuses_a_broken_remissvar_and_writes_nothing(tmp_path: Path) -> None:
    """A stored answer with a wrong type is refused with one line naming remiss and field."""
    from remiss.errors import RegisterError
    from remiss.pipeline import tolka_fil
    from remiss.register import open_register
    from remiss.register.export import export_register, import_register
    from remiss.register.remissvar import spara_svar
    from remiss.sammanstall import sammanstall

    remiss = tolka_fil(MISSIV)[0]
    with open_register(f"sqlite:///{tmp_path / 'a.db'}") as reg:
        post = reg.add(remiss, sha256="a" * 64, kalla_fil=MISSIV)
        spara_svar(reg, post.id, sammanstall(remiss, SVAR), user="test")
        data = json.loads(json.dumps(export_register(reg)))
    data["remisser"][0]["remissvar"][1]["sen"] = "ja"
    with open_register(f"sqlite:///{tmp_path / 'b.db'}") as copy:
        with pytest.raises(RegisterError) as caught:
            import_register(copy, data)
        assert str(caught.value) == ("exporten är felaktig: remiss nr 1 i filen (id 1): remissvar.1.sen ska "
                                     "vara true eller false. Inget har importerats.")
        assert copy.count() == 0
