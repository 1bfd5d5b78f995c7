"""Remisser by e-mail in the register: inkommen, bilagor, one remiss per missiv, migration 4."""

from __future__ import annotations

import json
from datetime import date
from email.message import EmailMessage
from pathlib import Path

import pytest
import sqlalchemy as sa
from click.testing import CliRunner

from remiss.cli import cli
from remiss.register import db as regdb
from remiss.register import open_register

from .conftest import SAMPLES
from .test_epost import PDF, bad_mail, epost, sample, seed_missiv, spara
from .test_register_fixtures import db_url as db_url_fixture

db_url = db_url_fixture


def run(*args: str) -> tuple[int, str, str]:
    """Run `remiss ARGS` with a clean environment; return exit code, stdout and stderr."""
    result = CliRunner(env={"REMISS_DATABAS": None, "REMISS_CONFIG": None}).invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def mail_med_missiv() -> EmailMessage:
    """Return the mail with region_halland.pdf as Missiv.pdf and a bilaga."""
    return epost(bilagor=[("Missiv.pdf", sample("region_halland.pdf"), PDF),
                          ("Sändlista.pdf", sample("ovrigt/budget_001.pdf"), PDF)])


def test_mail_is_registered_with_inkommen_and_bilagor(tmp_path: Path, mail_med_missiv) -> None:
    """A mail registers its missiv; the row has the mail's inkommen and bilagor, `visa` shows them."""
    db = str(tmp_path / "r.db")
    path = spara(mail_med_missiv, tmp_path / "m", "msg")
    code, out, err = run("registrera", "--databas", db, str(path))
    assert (code, err) == (0, "")
    assert out == "#1 registrerad: RS 2024-00456 Regional plan för kompetensförsörjning 2025–2028 " \
                  "(svarsdatum 2024-11-15)\n"
    with open_register(db) as reg:
        post = reg.get(1)
    assert (post.inkommen, post.bilagor, post.kalla_fil) == ("2024-10-15", ("Sändlista.pdf",), str(path))
    code, out, _ = run("visa", "--databas", db, "--idag", "2024-10-16", "1")
    assert "Inkommen:            2024-10-15\n" in out
    assert "Bilagor:             Sändlista.pdf\n" in out
    assert f"Källa:               {path}, sidor 1–2 (missiv: bilagan Missiv.pdf)\n" in out


@pytest.mark.parametrize("order", ["eml-msg", "msg-pdf", "pdf-eml"])
def test_same_remiss_is_registered_once(tmp_path: Path, mail_med_missiv, order: str) -> None:
    """The mail twice (as .eml and .msg), or the mail and the missiv saved from it: one remiss."""
    pdf = tmp_path / "Missiv.pdf"
    pdf.write_bytes(sample("region_halland.pdf"))
    files = {"eml": spara(mail_med_missiv, tmp_path / "m", "eml"),
             "msg": spara(mail_med_missiv, tmp_path / "m", "msg"), "pdf": pdf}
    first, second = (files[k] for k in order.split("-"))
    db = str(tmp_path / "r.db")
    assert run("registrera", "--databas", db, str(first))[0] == 0
    code, out, _ = run("registrera", "--databas", db, str(second))
    assert code == 0
    assert out == f"{second}: redan registrerad som #1 (samma fil)\n"
    with open_register(db) as reg:
        assert reg.count() == 1


def test_text_missiv_twice_is_one_remiss(tmp_path: Path) -> None:
    """A mail whose text is the missiv, saved as .eml and as .msg: registered once."""
    mail = epost(seed_missiv(), fran="KS <ks.diarium@boras.se>", datum="Tue, 20 Sep 2022 09:12:00 +0200")
    db = str(tmp_path / "r.db")
    code, out, _ = run("registrera", "--databas", db, str(spara(mail, tmp_path / "m", "eml")),
                       str(spara(mail, tmp_path / "m", "msg")))
    assert code == 0
    assert out.count("registrerad:") == 1 and out.count("redan registrerad som #1") == 1
    with open_register(db) as reg:
        assert reg.get(1).inkommen == "2022-09-20"


def test_pdf_gets_registration_day_or_the_option(tmp_path: Path) -> None:
    """A PDF's inkommen is today, or --inkommen; a mail keeps its own Date even with --inkommen."""
    db = str(tmp_path / "r.db")
    mail = spara(epost(bilagor=[("Missiv.pdf", sample("hemloshet.pdf"), PDF)]), tmp_path / "m", "eml")
    assert run("registrera", "--databas", db, str(SAMPLES / "region_halland.pdf"))[0] == 0
    assert run("registrera", "--databas", db, "--inkommen", "2024-03-01", str(SAMPLES / "miljoprogram.pdf"),
               str(mail))[0] == 0
    with open_register(db) as reg:
        assert [reg.get(i).inkommen for i in (1, 2, 3)] == [date.today().isoformat(), "2024-03-01",
                                                            "2024-10-15"]
        assert reg.history(2)[0].efter["inkommen"] == "2024-03-01"  # type: ignore[index]


def test_bad_inkommen_is_a_usage_error(tmp_path: Path) -> None:
    """--inkommen that is no date: exit 2 and the format to use."""
    code, _, err = run("registrera", "--databas", str(tmp_path / "r.db"), "--inkommen", "1 mars",
                       str(SAMPLES / "region_halland.pdf"))
    assert code == 2
    assert "'1 mars' är inget datum: skriv ÅÅÅÅ-MM-DD." in err


def test_batch_of_mails_goes_on(tmp_path: Path, mail_med_missiv) -> None:
    """Good and bad mails in one batch: the good are registered, each bad gets one line, exit 1."""
    db = str(tmp_path / "r.db")
    paths = [bad_mail("smime", tmp_path, "msg"), spara(mail_med_missiv, tmp_path / "bra", "eml"),
             bad_mail("ingen", tmp_path, "msg"), bad_mail("tnef", tmp_path, "eml")]
    code, out, err = run("registrera", "--databas", db, "--jobb", "1", *map(str, paths))
    assert code == 1
    assert out.startswith("#1 registrerad: RS 2024-00456")
    lines = err.splitlines()
    assert lines[0].startswith(f"Fel: {paths[0]}: e-postmeddelandet är krypterat")
    assert lines[1] == (f"{paths[2]}: ingen remiss i e-postmeddelandet (ingen bilaga med ett missiv och "
                        "inget missiv i texten).")
    assert lines[2].startswith(f"Fel: {paths[3]}: e-postmeddelandet har bara en winmail.dat")
    assert lines[3] == "4 filer: 1 registrerade, 0 redan registrerade, 1 utan remiss, 2 med fel."
    assert "Traceback" not in err


def test_export_and_import_keep_inkommen_and_bilagor(tmp_path: Path, mail_med_missiv) -> None:
    """A register export carries inkommen and bilagor into the new register."""
    db = str(tmp_path / "r.db")
    run("registrera", "--databas", db, str(spara(mail_med_missiv, tmp_path / "m", "eml")))
    code, out, _ = run("export", "--databas", db)
    assert code == 0
    post = json.loads(out)["remisser"][0]
    assert (post["inkommen"], post["bilagor"]) == ("2024-10-15", ["Sändlista.pdf"])
    dump = tmp_path / "export.json"
    dump.write_text(out, encoding="utf-8")
    assert run("import", "--databas", str(tmp_path / "ny.db"), str(dump))[0] == 0
    with open_register(str(tmp_path / "ny.db")) as reg:
        assert (reg.get(1).inkommen, reg.get(1).bilagor) == ("2024-10-15", ("Sändlista.pdf",))


def test_migration_4_adds_inkommen_from_the_registration_day(db_url: str) -> None:
    """A register at version 3 gets inkommen (its registration day) and bilagor; new rows fill them."""
    engine = regdb.create_engine(db_url)
    try:
        regdb.migrate(engine, target=3)
        with engine.begin() as conn:
            columns = {c["name"] for c in sa.inspect(conn).get_columns("remisser")}
        if "inkommen" in columns:  # a fresh register is created with today's table: drop them to be version 3
            with engine.begin() as conn:
                conn.execute(sa.text("ALTER TABLE remisser DROP COLUMN inkommen"))
                conn.execute(sa.text("ALTER TABLE remisser DROP COLUMN bilagor"))
        with engine.begin() as conn:
            conn.execute(sa.text(
                "INSERT INTO remisser (sha256, forsta_sida, kalla_fil, status, data, registrerad, andrad) "
                "VALUES ('abc', 1, 'gammal.pdf', 'inkommen', '{\"fil\": \"gammal.pdf\", \"sidor\": [1, 1]}', "
                "'2023-05-04T23:10:00+02:00', '2023-05-04T23:10:00+02:00')"))
        assert regdb.migrate(engine) == regdb.LATEST
        with engine.connect() as conn:
            row = conn.execute(sa.select(regdb.remisser.c.inkommen, regdb.remisser.c.bilagor)).one()
        assert (row.inkommen, row.bilagor) == (date(2023, 5, 4), None)
    finally:
        engine.dispose()
