"""`remiss svar`: the .eml parses back with the standard library with the right headers and attachments."""

from __future__ import annotations

import os
import time
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from remiss import draft
from remiss.cli import cli
from remiss.config import Config
from remiss.domain import Krav, Remiss
from remiss.errors import InputError, RemissError
from remiss.mail import amnesrad, skriv_svar

CONFIG = Config()


def make_remiss(**changes: object) -> Remiss:
    """Return a Kommunstyrelsen remiss with a reply address and a copy address."""
    values: dict[str, object] = dict(
        fil="remiss.pdf", sidor=(1, 1), diarienummer="KS 2022-00304", avsandare="Kommunstyrelsen",
        titel="Program mot hemlöshet", svarsdatum="2022-12-11", svarsadress="KS.diarium@boras.se",
        kopia=("anna.andersson@boras.se",))
    values.update(changes)
    return Remiss(**values)  # type: ignore[arg-type]


def regeringskansliet() -> Remiss:
    """Return a Regeringskansliet remiss that asks for Word and an accessible PDF."""
    return make_remiss(diarienummer="S2023/01234", avsandare="Socialdepartementet",
                       titel="Betänkandet En ny socialtjänstlag (SOU 2020:47)",
                       svarsadress="s.remissvar@regeringskansliet.se", kopia=("s.fs@regeringskansliet.se",),
                       krav=Krav(amnesrad="S2023/01234 {remissinstans}", filformat=("docx", "pdf")))


def parse(path: Path) -> EmailMessage:
    """Given an .eml path, return the parsed message (standard library, modern policy)."""
    with path.open("rb") as handle:
        return BytesParser(policy=policy.default).parse(handle)  # type: ignore[return-value]


@pytest.fixture
def yttrande(tmp_path: Path) -> Path:
    """A finished yttrande .docx (a real draft)."""
    return draft.skriv_utkast(make_remiss(), config=CONFIG, stallningstagande="tillstyrker",
                              utfil=tmp_path / "Yttrande ALN 2022-00089.docx").fil


@pytest.fixture
def fardigt(yttrande: Path) -> Path:
    """The draft as the handläggare leaves it: the proposed sammanfattning rewritten, [FÖRSLAG] gone."""
    import docx

    document = docx.Document(str(yttrande))
    for paragraph in document.paragraphs:
        if paragraph.text.startswith("[FÖRSLAG]"):
            for run in paragraph.runs[1:]:
                run.text = ""
            paragraph.runs[0].text = "Nämnden ser programmet som ett bra stöd för arbetet mot hemlöshet."
    document.save(str(yttrande))
    return yttrande


def test_headers_and_attachment(tmp_path: Path, yttrande: Path) -> None:
    """To, Cc, Subject, X-Unsent and the .docx attachment come back from the parsed .eml."""
    result = skriv_svar(make_remiss(), yttrande, config=CONFIG, utfil=tmp_path / "svar.eml")
    message = parse(result.fil)
    assert message["To"] == "KS.diarium@boras.se"
    assert message["Cc"] == "anna.andersson@boras.se"
    assert message["Subject"] == "KS 2022-00304 Arbetslivsnämnden"
    assert message["X-Unsent"] == "1"
    assert message["From"] == "Arbetslivsnämnden <arbetsliv@boras.se>"
    body = message.get_body(preferencelist=("plain",))
    assert body is not None
    assert "Arbetslivsnämndens yttrande över remissen Program mot hemlöshet" in body.get_content()
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename() == "Yttrande ALN 2022-00089.docx"
    assert attachment.get_content_type().endswith("wordprocessingml.document")
    assert attachment.get_content() == yttrande.read_bytes()
    assert result.bilagor == ("Yttrande ALN 2022-00089.docx",)


def test_subject_as_missiv_demands() -> None:
    """The missiv's own subject line wins; otherwise "<dnr> <nämnd>"."""
    assert amnesrad(make_remiss(krav=Krav(amnesrad="Remissvar KS 2022-00304")), "Arbetslivsnämnden") \
        == "Remissvar KS 2022-00304"
    assert amnesrad(make_remiss(), "Arbetslivsnämnden") == "KS 2022-00304 Arbetslivsnämnden"
    assert amnesrad(make_remiss(krav=Krav(amnesrad="KS 2022-00304 {remissinstans}")), "Arbetslivsnämnden") \
        == "KS 2022-00304 Arbetslivsnämnden"


def test_regeringskansliet_word_and_pdf_named_after_instans(tmp_path: Path, yttrande: Path) -> None:
    """Word + PDF asked for: both attached, named with the remissinstans's name (å ä ö survive)."""
    pdf = yttrande.with_suffix(".pdf")
    pdf.write_bytes(b"%PDF-1.7 test")
    os.utime(pdf, (time.time() + 5, time.time() + 5))
    result = skriv_svar(regeringskansliet(), yttrande, config=CONFIG, utfil=tmp_path / "svar.eml")
    message = parse(result.fil)
    assert message["Subject"] == "S2023/01234 Arbetslivsnämnden"
    assert message["To"] == "s.remissvar@regeringskansliet.se"
    assert message["Cc"] == "s.fs@regeringskansliet.se"
    names = [(a.get_filename(), a.get_content_type()) for a in message.iter_attachments()]
    assert names == [("Arbetslivsnämnden.docx",
                      "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                     ("Arbetslivsnämnden.pdf", "application/pdf")]
    assert list(message.iter_attachments())[1].get_content() == b"%PDF-1.7 test"


def test_pdf_asked_for_without_libreoffice(tmp_path: Path, yttrande: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """A PDF is asked for, none exists and LibreOffice is missing: a Swedish error, nothing written."""
    monkeypatch.setattr(draft.shutil, "which", lambda name: None)
    with pytest.raises(RemissError, match="missivet begär yttrandet även som PDF, men LibreOffice saknas"):
        skriv_svar(regeringskansliet(), yttrande, config=CONFIG, utfil=tmp_path / "svar.eml")
    assert not (tmp_path / "svar.eml").exists()


def test_missing_reply_address(tmp_path: Path, yttrande: Path) -> None:
    """No svarsadress: an error asking for --till; with --till the mail is written."""
    with pytest.raises(InputError, match="remissen saknar svarsadress. Ange mottagaren med --till"):
        skriv_svar(make_remiss(svarsadress=None), yttrande, config=CONFIG, utfil=tmp_path / "svar.eml")
    result = skriv_svar(make_remiss(svarsadress=None), yttrande, config=CONFIG, utfil=tmp_path / "svar.eml",
                        till="registrator@boras.se")
    assert parse(result.fil)["To"] == "registrator@boras.se"


def test_missing_yttrande(tmp_path: Path) -> None:
    """A yttrande path that does not exist is an InputError naming the file."""
    with pytest.raises(InputError, match="yttrandet finns inte"):
        skriv_svar(make_remiss(), tmp_path / "saknas.docx", config=CONFIG, utfil=tmp_path / "svar.eml")


def test_never_overwrites_eml(tmp_path: Path, yttrande: Path) -> None:
    """An existing .eml is kept without --force."""
    target = tmp_path / "svar.eml"
    target.write_text("gammal", encoding="utf-8")
    with pytest.raises(InputError, match="filen finns redan"):
        skriv_svar(make_remiss(), yttrande, config=CONFIG, utfil=target)
    assert target.read_text(encoding="utf-8") == "gammal"
    skriv_svar(make_remiss(), yttrande, config=CONFIG, utfil=target, force=True)
    assert parse(target)["X-Unsent"] == "1"


def test_cli_svar_from_file(tmp_path: Path, yttrande: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`remiss svar FIL --yttrande …` writes 'Svar <dnr>.eml' and prints recipient, subject, attachments."""
    import remiss.pipeline

    monkeypatch.setattr(remiss.pipeline, "tolka_fil", lambda fil, **kw: [make_remiss()])
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("REMISS_CONFIG", raising=False)
    (tmp_path / "remiss.pdf").write_bytes(b"%PDF-1.4")
    result = CliRunner().invoke(cli, ["svar", "remiss.pdf", "--yttrande", str(yttrande)])
    assert result.exit_code == 0, result.output
    assert result.output == (f"E-post: {tmp_path / 'Svar KS 2022-00304.eml'}\n"
                             "Till: KS.diarium@boras.se\nÄmne: KS 2022-00304 Arbetslivsnämnden\n"
                             "Bilagor: Yttrande ALN 2022-00089.docx\n")


def test_cli_markera_besvarad_needs_id(tmp_path: Path, yttrande: Path) -> None:
    """--markera-besvarad with a file is refused with one Swedish line."""
    (tmp_path / "remiss.pdf").write_bytes(b"%PDF-1.4")
    result = CliRunner().invoke(cli, ["svar", str(tmp_path / "remiss.pdf"), "--yttrande", str(yttrande),
                                      "--markera-besvarad"])
    assert result.exit_code == 1
    assert result.output == "Fel: --markera-besvarad kräver ett id i registret, inte en fil.\n"


def _registered(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[str, int]:
    """Return a register URL with one tilldelad remiss, and its id."""
    from remiss.register import open_register

    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("REMISS_CONFIG", raising=False)
    url = f"sqlite:///{tmp_path / 'r.db'}"
    with open_register(url) as reg:
        post = reg.add(make_remiss(), sha256="abc", kalla_fil=str(tmp_path / "remiss.pdf"))
        reg.update(post.id, status="tilldelad")
    return url, post.id


def test_cli_svar_markera_besvarad(tmp_path: Path, fardigt: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`remiss svar ID --markera-besvarad` writes the .eml, sets status besvarad and logs the mail."""
    from remiss.register import open_register

    url, post_id = _registered(tmp_path, monkeypatch)
    result = CliRunner().invoke(cli, ["svar", str(post_id), "--databas", url, "--yttrande", str(fardigt),
                                      "-o", "svar.eml", "--markera-besvarad"])
    assert result.exit_code == 0, result.output
    assert result.output.endswith("Registret: status besvarad.\n")
    assert parse(tmp_path / "svar.eml")["Subject"] == "KS 2022-00304 Arbetslivsnämnden"
    with open_register(url) as reg:
        assert reg.get(post_id).status == "besvarad"
        events = reg.history(post_id)
    assert events[-1].handelse == "svar" and "besvarad_trots" not in (events[-1].efter or {})


def test_cli_svar_vagrar_besvarad_for_ett_ofardigt_yttrande(tmp_path: Path, yttrande: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """A draft with the template's instruction left is not marked besvarad (exit 3); --force is logged."""
    from remiss.register import open_register

    url, post_id = _registered(tmp_path, monkeypatch)
    args = ["svar", str(post_id), "--databas", url, "--yttrande", str(yttrande), "-o", "svar.eml",
            "--markera-besvarad"]
    refused = CliRunner().invoke(cli, args)
    assert refused.exit_code == 3
    assert refused.output == (f"Fel: yttrandet är inte klart och markeras inte besvarat: PLATSHALLARE_KVAR, "
                              f"[FÖRSLAG] kvar i sammanfattningen. "
                              f"Se remiss kontrollera \"{yttrande}\", eller markera ändå med --force.\n")
    assert not (tmp_path / "svar.eml").exists()
    with open_register(url) as reg:
        assert reg.get(post_id).status == "tilldelad"
    forced = CliRunner().invoke(cli, [*args, "--force"])
    assert forced.exit_code == 0, forced.output
    with open_register(url) as reg:
        assert reg.get(post_id).status == "besvarad"
        last = reg.history(post_id)[-1]
    assert last.efter is not None
    assert last.efter["besvarad_trots"] == ["PLATSHALLARE_KVAR", "[FÖRSLAG] kvar i sammanfattningen"]


def test_cli_svar_uses_latest_draft(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`remiss svar ID` without --yttrande attaches the draft the register logged last."""
    from remiss.register import open_register

    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("REMISS_CONFIG", raising=False)
    url = f"sqlite:///{tmp_path / 'r.db'}"
    with open_register(url) as reg:
        post = reg.add(make_remiss(), sha256="abc", kalla_fil=str(tmp_path / "saknas.pdf"))
    runner = CliRunner()
    missing = runner.invoke(cli, ["svar", str(post.id), "--databas", url])
    assert missing.exit_code == 1
    assert missing.output == ("Fel: ange yttrandet med --yttrande FIL (registret har inget utkast för "
                              "remissen).\n")
    made = runner.invoke(cli, ["utkast", str(post.id), "--databas", url, "--stallningstagande", "avstar"])
    assert made.exit_code == 0, made.output
    result = runner.invoke(cli, ["svar", str(post.id), "--databas", url])
    assert result.exit_code == 0, result.output
    [attachment] = list(parse(tmp_path / "Svar KS 2022-00304.eml").iter_attachments())
    assert attachment.get_filename() == "Yttrande KS 2022-00304.docx"


def _register_with_remiss(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                          remiss: Remiss | None = None) -> tuple[str, int]:
    """Return the URL of a new register in tmp_path (the working directory) and the id of one remiss in it."""
    from remiss.register import open_register

    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("REMISS_CONFIG", raising=False)
    url = f"sqlite:///{tmp_path / 'r.db'}"
    with open_register(url) as reg:
        post = reg.add(remiss or make_remiss(), sha256="abc", kalla_fil=str(tmp_path / "saknas.pdf"))
    return url, post.id


def test_svar_refuses_a_file_an_imported_log_names(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An export whose event log names a local file as the draft: `svar ID` refuses it and writes nothing."""
    import json

    url, id = _register_with_remiss(tmp_path, monkeypatch)
    hemlig = tmp_path / "lonelista.docx"
    hemlig.write_bytes(b"PK hemligt")
    runner = CliRunner()
    export = json.loads(runner.invoke(cli, ["export", "--databas", url]).stdout)
    export["remisser"][0]["handelser"].append({"id": 99, "tid": "2026-01-01T10:00:00+01:00", "anvandare": "x",
                                               "handelse": "utkast", "fore": None,
                                               "efter": {"fil": str(hemlig)}})
    (tmp_path / "export.json").write_text(json.dumps(export), encoding="utf-8")
    ny = f"sqlite:///{tmp_path / 'ny.db'}"
    assert runner.invoke(cli, ["import", "--databas", ny, str(tmp_path / "export.json")]).exit_code == 0
    result = runner.invoke(cli, ["svar", str(id), "--databas", ny, "-o", "svar.eml"])
    assert result.exit_code == 1
    assert result.output == (f"Fel: {hemlig}: registret har ingen kontrollsumma för utkastet (t.ex. efter en "
                             "import), så det bifogas inte. Ange yttrandet med --yttrande FIL.\n")
    assert not (tmp_path / "svar.eml").exists()


def test_svar_refuses_a_changed_or_swapped_draft(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The register's draft attaches while unchanged; edited (or swapped for another file) it is refused."""
    url, id = _register_with_remiss(tmp_path, monkeypatch)
    runner = CliRunner()
    made = runner.invoke(cli, ["utkast", str(id), "--databas", url, "--stallningstagande", "avstar"])
    assert made.exit_code == 0, made.output
    utkast = tmp_path / "Yttrande KS 2022-00304.docx"
    assert runner.invoke(cli, ["svar", str(id), "--databas", url, "-o", "a.eml"]).exit_code == 0
    utkast.write_bytes(utkast.read_bytes() + b"\0")
    result = runner.invoke(cli, ["svar", str(id), "--databas", url, "-o", "b.eml"])
    assert result.exit_code == 1
    assert result.output == (f"Fel: {utkast.resolve()}: utkastet har ändrats sedan `remiss utkast` skrev "
                             "det. Ange den färdiga filen med --yttrande FIL.\n")
    assert not (tmp_path / "b.eml").exists()
    named = runner.invoke(cli, ["svar", str(id), "--databas", url, "-o", "c.eml", "--yttrande", str(utkast)])
    assert named.exit_code == 0, named.output
    utkast.unlink()
    gone = runner.invoke(cli, ["svar", str(id), "--databas", url, "-o", "d.eml"])
    assert gone.exit_code == 1 and "utkastet som registret skrev finns inte längre" in gone.output


def test_svar_attaches_the_bytes_it_checked_even_if_the_draft_is_swapped_after(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The draft is read once: a file swapped between the sha256 check and the attachment is not sent."""
    import remiss.mail

    url, id = _register_with_remiss(tmp_path, monkeypatch)
    runner = CliRunner()
    made = runner.invoke(cli, ["utkast", str(id), "--databas", url, "--stallningstagande", "avstar"])
    assert made.exit_code == 0, made.output
    utkast = tmp_path / "Yttrande KS 2022-00304.docx"
    checked = utkast.read_bytes()
    original = remiss.mail.registrets_utkast

    def check_then_swap(underlag: object) -> tuple[Path, bytes]:
        found = original(underlag)
        utkast.write_bytes(b"PK\x03\x04 en annan fil")  # swapped right after the check
        return found

    monkeypatch.setattr(remiss.mail, "registrets_utkast", check_then_swap)
    result = runner.invoke(cli, ["svar", str(id), "--databas", url, "-o", "svar.eml"])
    assert result.exit_code == 0, result.output
    message = parse(tmp_path / "svar.eml")
    (attachment,) = [part for part in message.iter_attachments() if part.get_filename().endswith(".docx")]
    assert attachment.get_content() == checked


def test_svar_does_not_attach_a_pdf_put_beside_the_draft(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """For a register draft, a newer PDF beside it that the register did not write is not attached."""
    url, id = _register_with_remiss(tmp_path, monkeypatch, regeringskansliet())
    runner = CliRunner()
    made = runner.invoke(cli, ["utkast", str(id), "--databas", url, "--stallningstagande", "avstar"])
    assert made.exit_code == 0, made.output
    utkast = tmp_path / "Yttrande S2023 01234.docx"
    assert utkast.is_file()
    utkast.with_suffix(".pdf").write_bytes(b"%PDF-1.4 annat dokument")
    monkeypatch.setattr("remiss.mail.soffice", lambda: None)
    result = runner.invoke(cli, ["svar", str(id), "--databas", url, "-o", "svar.eml"])
    assert result.exit_code == 1
    assert "missivet begär yttrandet även som PDF, men LibreOffice saknas" in result.output
    assert not (tmp_path / "svar.eml").exists()


def test_cc_never_repeats_an_address(tmp_path: Path, yttrande: Path) -> None:
    """An address listed twice, or equal to the recipient, is in the message once."""
    remiss = make_remiss(kopia=("anna.andersson@boras.se", "Anna.Andersson@boras.se", "ks.diarium@boras.se"))
    message = parse(skriv_svar(remiss, yttrande, config=CONFIG, utfil=tmp_path / "svar.eml").fil)
    assert message["To"] == "KS.diarium@boras.se"
    assert message["Cc"] == "anna.andersson@boras.se"
