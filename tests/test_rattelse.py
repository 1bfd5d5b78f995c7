"""Correcting a registered remiss's parsed fields, and undoing the last change, in the library and the CLI."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from remiss.cli import cli
from remiss.errors import RegisterError
from remiss.register import open_register
from remiss.register.rattelse import Rattelser, parse_kontakt
from remiss.register.status import normalise_status
from tests import test_register_fixtures as fixtures
from tests.test_register_fixtures import make_remiss

db_url = fixtures.db_url


def saknar_svarsadress() -> object:
    """Return a remiss whose svarsadress and kopia were not found, with the warning tolka gives."""
    return replace(make_remiss(1), svarsadress=None, kopia=(),
                   varningar=("Hittade ingen svarsadress (e-post) i missivet: läs missivet och fyll i med "
                              "`remiss uppdatera ID --svarsadress ADRESS`.", "datumet 2029-08-29 verkar fel"))


def test_every_parsed_field_can_be_corrected_and_is_logged(db_url: str) -> None:
    """Each corrected field is stored (column and Remiss) and logged before → after; the parsed one stays."""
    with open_register(db_url) as reg:
        post = reg.add(saknar_svarsadress(), sha256="a" * 64, kalla_fil="x.pdf")
        ratt = Rattelser(titel="Rätt titel", avsandare="Socialdepartementet", diarienummer="S2023/01234",
                         svarsadress="s.remissvar@regeringskansliet.se", kopia=("a@b.se", "A@b.se", "c@d.se"),
                         datum="2023-11-28", handlaggare_avsandare="Eva Ek, 08-405 10 00, eva.ek@gov.se",
                         ny_instans=("Arbetslivsnämnden",), ta_bort_instans=("Nämnd 2",))
        updated = reg.update(post.id, rattelser=ratt, user="u")
        remiss = updated.remiss
        assert (remiss.titel, remiss.avsandare, remiss.diarienummer) == ("Rätt titel", "Socialdepartementet",
                                                                          "S2023/01234")
        assert (remiss.svarsadress, remiss.kopia, remiss.datum) == ("s.remissvar@regeringskansliet.se",
                                                                    ("a@b.se", "c@d.se"), "2023-11-28")
        assert (remiss.handlaggare.namn, remiss.handlaggare.telefon, remiss.handlaggare.epost) == (
            "Eva Ek", "08-405 10 00", "eva.ek@gov.se")
        assert [i.namn for i in remiss.remissinstanser] == ["Nämnd 1", "Nämnd 3", "Arbetslivsnämnden"]
        assert [r["namn"] for r in reg.instanser(post.id)] == ["Nämnd 1", "Nämnd 3", "Arbetslivsnämnden"]
        assert remiss.varningar == ()  # both warnings name a field that is now set (svarsadress, datum)
        event = reg.history(post.id)[-1]
        assert event.handelse == "uppdaterad"
        assert event.fore is not None and event.efter is not None
        assert event.fore["svarsadress"] is None
        assert event.efter["svarsadress"] == "s.remissvar@regeringskansliet.se"
        assert (event.fore["avsandare_dnr"], event.efter["avsandare_dnr"]) == ("KS 2026-00001", "S2023/01234")
        assert reg.history(post.id)[0].efter["titel"] == "Remiss: Ärende nummer 1"


def test_a_correction_moves_the_list_columns(db_url: str) -> None:
    """`lista` filters on columns: a corrected sender is found under its new name."""
    from remiss.config import Config
    from remiss.register.lista import Filter, lista

    with open_register(db_url) as reg:
        post = reg.add(make_remiss(1), sha256="a" * 64, kalla_fil="x.pdf")
        reg.update(post.id, rattelser=Rattelser(avsandare="Länsstyrelsen i Västra Götalands län"))
        rader = lista(reg, Config(), idag=make_date(), filter=Filter(avsandare="Länsstyrelsen"))
        assert [r.id for r in rader] == [post.id]


def make_date() -> object:
    from datetime import date

    return date(2026, 11, 1)


def test_bad_corrections_are_refused_and_nothing_changes(db_url: str) -> None:
    """An address that is none, an unknown instans or an empty title is refused; the post is unchanged."""
    with open_register(db_url) as reg:
        post = reg.add(make_remiss(1), sha256="a" * 64, kalla_fil="x.pdf")
        with pytest.raises(RegisterError, match="'ks.diarium' är ingen e-postadress"):
            reg.update(post.id, rattelser=Rattelser(titel="Ny", svarsadress="ks.diarium"))
        with pytest.raises(RegisterError, match="remissinstansen 'Nämnd 9' finns inte"):
            reg.update(post.id, rattelser=Rattelser(ta_bort_instans=("Nämnd 9",)))
        with pytest.raises(RegisterError, match="'Nämnd 1' är redan remissinstans"):
            reg.update(post.id, rattelser=Rattelser(ny_instans=("Nämnd 1",)))
        with pytest.raises(RegisterError, match="titeln kan inte vara tom"):
            reg.update(post.id, rattelser=Rattelser(titel="  "))
        assert reg.get(post.id).remiss == make_remiss(1)
        assert len(reg.history(post.id)) == 1


def test_undo_walks_back_one_change_at_a_time(db_url: str) -> None:
    """--angra restores the values before the last change, even a closed status, as its own event."""
    with open_register(db_url) as reg:
        post = reg.add(saknar_svarsadress(), sha256="a" * 64, kalla_fil="x.pdf")
        reg.update(post.id, rattelser=Rattelser(svarsadress="ks@boras.se", ta_bort_instans=("Nämnd 1",)))
        reg.update(post.id, status="avskriven")
        undone = reg.undo(post.id, anteckning="fel remiss", user="u")
        assert undone.handelse == "ångrad" and undone.efter is not None
        assert undone.efter["status"] == "inkommen" and undone.efter["anteckning"] == "fel remiss"
        assert reg.get(post.id).status == "inkommen"
        reg.undo(post.id)
        back = reg.get(post.id)
        assert back.remiss.svarsadress is None and back.remiss.varningar == saknar_svarsadress().varningar
        assert [r["namn"] for r in reg.instanser(post.id)] == ["Nämnd 1", "Nämnd 2", "Nämnd 3"]
        assert [r["epost"] for r in reg.instanser(post.id)][0] == "n1@boras.se"
        with pytest.raises(RegisterError, match="ingen ändring att ångra för #1"):
            reg.undo(post.id)
        assert [e.handelse for e in reg.history(post.id)] == ["registrerad", "uppdaterad", "uppdaterad",
                                                              "ångrad", "ångrad"]


def test_extended_svarsdatum_reaches_the_stored_remiss(db_url: str) -> None:
    """After --svarsdatum the post's Remiss (what utkast and svar read) carries the new date."""
    with open_register(db_url) as reg:
        post = reg.add(make_remiss(1), sha256="a" * 64, kalla_fil="x.pdf")
        updated = reg.update(post.id, svarsdatum="2027-01-15")
        assert updated.remiss.svarsdatum == "2027-01-15"
        assert updated.ursprungligt_svarsdatum == "2026-12-11"


@pytest.mark.parametrize(("typed", "key"), [("avstår", "avstar"), ("Avstår", "avstar"), ("avstar", "avstar"),
                                            ("under beredning", "under_beredning"),
                                            ("Under  beredning", "under_beredning"),
                                            ("under_beredning", "under_beredning"), ("besvarad", "besvarad"),
                                            ("avslutad", None)])
def test_status_as_users_type_it(typed: str, key: str | None) -> None:
    """Statuses are read with å/ä/ö, spaces and any case."""
    assert normalise_status(typed) == key


def test_kontakt_in_any_order() -> None:
    """"Namn, telefon, e-post" is split by what each part looks like."""
    assert parse_kontakt("anna@ks.se; Anna Berg") == {"namn": "Anna Berg", "telefon": None,
                                                      "epost": "anna@ks.se"}
    assert parse_kontakt("033-35 71 65, Per Ek")["telefon"] == "033-35 71 65"


# --- the command line --------------------------------------------------------------------------


@pytest.fixture
def registered(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A register with one remiss lacking its svarsadress, in REMISS_DATABAS; return its URL."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("REMISS_CONFIG", raising=False)
    url = f"sqlite:///{tmp_path / 'register.db'}"
    monkeypatch.setenv("REMISS_DATABAS", url)
    (tmp_path / "remiss.toml").write_text(f'anvandare = "registrator"\ndatabas = "{url}"\n', encoding="utf-8")
    with open_register(url) as reg:
        reg.add(saknar_svarsadress(), sha256="a" * 64, kalla_fil="x.pdf")
    return url


def run(*args: str) -> object:
    """Given arguments, run `remiss` in-process and return the result (stderr kept apart)."""
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_cli_corrects_and_the_warning_disappears(registered: str) -> None:
    """`uppdatera --svarsadress --kopia` prints before → after; `visa` no longer warns about the address."""
    before = run("visa", "1", "--idag", "2026-11-01")
    assert "Varning: Hittade ingen svarsadress" in before.stdout
    result = run("uppdatera", "1", "--svarsadress", "ks.diarium@boras.se", "--kopia", "a@b.se",
                 "--kopia", "c@d.se")
    assert result.exit_code == 0
    assert result.stdout == ("#1 uppdaterad: svarsadress: – → ks.diarium@boras.se; "
                             "kopia: – → a@b.se, c@d.se\n")
    after = run("visa", "1", "--idag", "2026-11-01")
    assert "Svarsadress:" in after.stdout and "ks.diarium@boras.se" in after.stdout
    assert "Kopia:" in after.stdout and "a@b.se, c@d.se" in after.stdout
    assert "Hittade ingen svarsadress" not in after.stdout
    assert "Varning: datumet 2029-08-29 verkar fel" in after.stdout
    data = json.loads(run("visa", "1", "--json").stdout)
    assert data["remiss"]["svarsadress"] == "ks.diarium@boras.se"


def test_cli_instanser_and_undo(registered: str) -> None:
    """Instanser are added and removed; --angra undoes it and says which change it took back."""
    result = run("uppdatera", "1", "--ny-instans", "Arbetslivsnämnden", "--ta-bort-instans", "Nämnd 2")
    assert result.stdout == "#1 uppdaterad: remissinstanser: +Arbetslivsnämnden, −Nämnd 2\n"
    undone = run("uppdatera", "1", "--angra", "--anteckning", "fel")
    assert undone.exit_code == 0
    assert undone.stdout.startswith("#1 ångrad: ångrar ändringen 20")
    assert undone.stdout.endswith("; remissinstanser: +Nämnd 2, −Arbetslivsnämnden; anteckning: fel\n")
    history = run("historik", "1").stdout
    assert "  registrator  ångrad\n" in history


def test_cli_status_in_swedish_and_undo_of_a_closed_status(registered: str) -> None:
    """`--status avstår` works; the refusal to reopen points to --angra, which reopens it."""
    assert run("uppdatera", "1", "--status", "avstår").stdout == "#1 uppdaterad: status: inkommen → avstår\n"
    refused = run("uppdatera", "1", "--status", "inkommen")
    assert refused.exit_code == 1
    assert refused.stderr == ("Fel: remissen är avslutad (status avstår) och kan inte få status inkommen. "
                              "Var det fel, ångra med `remiss uppdatera ID --angra`.\n")
    assert run("uppdatera", "1", "--angra").exit_code == 0
    assert "Status:" in run("visa", "1").stdout and "inkommen" in run("visa", "1").stdout
    unknown = run("uppdatera", "1", "--status", "klar")
    assert unknown.exit_code == 2
    assert ("'klar' är ingen status. Välj bland: inkommen, tilldelad, under beredning, beslutad, besvarad, "
            "avstår, avskriven.") in unknown.stderr
    both = run("uppdatera", "1", "--angra", "--titel", "X")
    assert both.exit_code == 2 and "--angra kan inte kombineras" in both.stderr


def test_a_corrected_dnr_keeps_the_register_identity(db_url: str) -> None:
    """A corrected sender and dnr become the remiss's identity; taking another remiss's is refused."""
    from remiss.register import DuplicateError

    with open_register(db_url) as reg:
        first = reg.add(make_remiss(1), sha256="a" * 64, kalla_fil="x.pdf")
        second = reg.add(make_remiss(2), sha256="b" * 64, kalla_fil="y.pdf")
        with pytest.raises(RegisterError, match="remiss #1 har redan avsändaren Kommunstyrelsen och "
                                                "diarienumret KS 2026-00001"):
            reg.update(second.id, rattelser=Rattelser(diarienummer="KS 2026-00001"))
        reg.update(first.id, rattelser=Rattelser(diarienummer="KS 2026-00099"))
        with pytest.raises(DuplicateError):  # the corrected dnr is what a new registration is compared with
            reg.add(make_remiss(99), sha256="c" * 64, kalla_fil="z.pdf")
        reg.add(make_remiss(1), sha256="d" * 64, kalla_fil="w.pdf")  # the old dnr is free again
