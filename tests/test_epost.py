"""Remisser by e-mail: .eml and .msg read by `remiss tolka`, the missiv found among attachments and text.

Test mails are built from real documents: the sample missiv in samples/ (checked against their facit),
the real Borås missiv in the seeds (as the text of a mail) and the real corpus in ../shared/korpus.
.msg files are written by aspose-email-foss from the same email.message.EmailMessage as the .eml.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from email.message import EmailMessage
from pathlib import Path

import pytest
from click.testing import CliRunner

from remiss.cli import cli
from remiss.epost import ar_epost
from remiss.epost.tolka import inkommen_datum, text_handling, titel_av_amne
from remiss.errors import InputError
from remiss.pipeline import tolka_fil

from .conftest import ROOT, SAMPLES, SEEDS

FORMAT = ("eml", "msg")
FACIT = SAMPLES / "facit"
KORPUS = next((p for p in (ROOT / "tests" / "korpus" / "delad", ROOT.parent / "shared" / "korpus" / "docs")
               if p.is_dir()), None)
PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
DATUM = "Mon, 14 Oct 2024 23:30:00 +0000"  # 01:30 on 15 October in Sweden (CEST)


# --- building test mails ---------------------------------------------------------------------------


def epost(text: str = "Hej,\n\nbifogat finns remissen.\n\nMed vänlig hälsning\nRegistraturen",
          bilagor: list[tuple[str, bytes, str]] = (), *, amne: str = "Remiss",  # type: ignore[assignment]
          fran: str = "Region Halland <regionen@regionhalland.se>", datum: str | None = DATUM,
          html: str | None = None, inre: list[EmailMessage] = ()) -> EmailMessage:  # type: ignore[assignment]
    """Return a mail with the text (or only HTML), attachments (name, bytes, MIME type) and nested mails."""
    mail = EmailMessage()
    mail["From"] = fran
    mail["To"] = "diarium@boras.se"
    mail["Subject"] = amne
    if datum:
        mail["Date"] = datum
    if html is not None:
        mail.set_content(html, subtype="html")
    else:
        mail.set_content(text)
    for namn, data, typ in bilagor:
        maintype, subtype = typ.split("/")
        mail.add_attachment(data, maintype=maintype, subtype=subtype, filename=namn)
    for inner in inre:
        mail.add_attachment(inner)
    return mail


def spara(mail: EmailMessage, path: Path, fmt: str) -> Path:
    """Write the mail as .eml (its bytes) or .msg (aspose-email-foss) and return the path."""
    target = path.with_suffix(f".{fmt}")
    if fmt == "eml":
        target.write_bytes(bytes(mail))
    else:
        from aspose.email_foss.msg import MapiMessage

        MapiMessage.from_email_message(mail).save(str(target))
    return target


def sample(name: str) -> bytes:
    """Return the bytes of a sample document."""
    return (SAMPLES / name).read_bytes()


def facit(name: str) -> dict:
    """Return the first remiss of a sample's facit."""
    return json.loads((FACIT / f"{name}.json").read_text(encoding="utf-8"))["remisser"][0]


def seed_missiv() -> str:
    """Return the real Borås missiv (KS 2022-00304) from seed 003 as its text, one line per line."""
    text = (SEEDS / "003_d8405c6242cc630e.txt").read_text(encoding="utf-8")
    start = text.index("MISSIV \nSida")
    end = text.index("033 357165", start) + len("033 357165")
    return "\n".join(line.rstrip() for line in text[start:end].split("\n"))


def som_epost_text(markdown: str) -> str:
    """Given a stored source text (Markdown from g0vse), return it as the text part of a mail shows it.

    '# ' before headings goes and a link `[t](mailto:a "…")` becomes `t <a>`, as Outlook writes links.
    """
    text = re.sub(r"^#+\s*", "", markdown, flags=re.M)
    text = re.sub(r"\[([^\]]*)\]\((?:mailto:)?([^)\s]+)(?:\s+\"[^\"]*\")?\)", r"\1 <\2>", text)
    return text.replace("**", "")


def run(*args: str) -> tuple[int, str, str]:
    """Run `remiss ARGS`; return exit code, stdout and stderr."""
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


MAIN_FIELDS = ("diarienummer", "avsandare", "titel", "datum", "svarsdatum", "svarsadress")


def fields(remiss: object) -> dict:
    """Return the main fields and remissinstans names of a Remiss."""
    data = remiss.to_dict()  # type: ignore[attr-defined]
    return {**{k: data[k] for k in MAIN_FIELDS},
            "remissinstanser": [r["namn"] for r in data["remissinstanser"]]}


def facit_fields(name: str) -> dict:
    """Return the same fields from a sample's facit."""
    data = facit(name)
    return {**{k: data[k] for k in MAIN_FIELDS},
            "remissinstanser": [r["namn"] for r in data["remissinstanser"]]}


# --- the missiv among the attachments ---------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMAT)
def test_missiv_attached_with_bilagor(tmp_path: Path, fmt: str) -> None:
    """A mail with the missiv and two bilagor gives the missiv's fields, the bilagor's names and inkommen."""
    mail = epost(bilagor=[("Remissmissiv RS 2024-00456.pdf", sample("region_halland.pdf"), PDF),
                          ("Bilaga 1 Regional plan.pdf", sample("ovrigt/budget_001.pdf"), PDF),
                          ("Tidplan.xlsx", b"PK\x03\x04 not really", "application/vnd.ms-excel")])
    found = tolka_fil(spara(mail, tmp_path / "remiss", fmt))
    assert len(found) == 1
    remiss = found[0]
    assert fields(remiss) == facit_fields("region_halland")
    assert remiss.fil == str(tmp_path / f"remiss.{fmt}")
    assert remiss.inkommen == "2024-10-15"
    assert remiss.bilagor == ("Bilaga 1 Regional plan.pdf", "Tidplan.xlsx")
    assert remiss.epost is not None and remiss.epost.missiv == "Remissmissiv RS 2024-00456.pdf"
    assert remiss.epost.fran == "regionen@regionhalland.se"
    assert remiss.epost.datum == "2024-10-15T01:30:00+02:00"
    assert remiss.kallor["inkommen"].epost == "rubrik"
    assert not any("svarsadress" in v or "titel" in v for v in remiss.varningar)


@pytest.mark.parametrize("fmt", FORMAT)
def test_other_missiv_among_bilagor_gives_no_fields(tmp_path: Path, fmt: str) -> None:
    """When a bilaga is itself a missiv, the one named as the missiv wins and the bilaga gives nothing."""
    mail = epost(bilagor=[("Bilaga 3 tidigare remiss.pdf", sample("hemloshet.pdf"), PDF),
                          ("Missiv.pdf", sample("lansstyrelsen_vg.pdf"), PDF)])
    found = tolka_fil(spara(mail, tmp_path / "m", fmt))
    assert [r.diarienummer for r in found] == [facit("lansstyrelsen_vg")["diarienummer"]]
    text = json.dumps([r.to_dict() for r in found], ensure_ascii=False)
    assert facit("hemloshet")["diarienummer"] not in text
    assert found[0].bilagor == ("Bilaga 3 tidigare remiss.pdf",)


def test_second_missiv_by_name_gets_a_warning(tmp_path: Path) -> None:
    """Two attachments named as missiv: one is read, the other is named in a warning, never merged."""
    mail = epost(bilagor=[("Missiv hemlöshet.pdf", sample("hemloshet.pdf"), PDF),
                          ("Missiv regional plan.pdf", sample("region_halland.pdf"), PDF)])
    found = tolka_fil(spara(mail, tmp_path / "m", "eml"))
    assert len(found) == 1
    chosen = found[0].epost.missiv  # type: ignore[union-attr]
    other = ({"Missiv hemlöshet.pdf", "Missiv regional plan.pdf"} - {chosen}).pop()
    assert found[0].bilagor == (other,)
    assert (f"bilagan {other} kan också vara ett missiv men lästes inte (missivet är {chosen}). Tolka den "
            "för sig om den är en egen remiss.") in found[0].varningar


def test_unnamed_attachments_are_tried_until_the_missiv(tmp_path: Path) -> None:
    """Names that say nothing: the attachments are read in turn until one holds a missiv."""
    mail = epost(bilagor=[("dokument1.pdf", sample("ovrigt/uppfoljning_004.pdf"), PDF),
                          ("dokument2.pdf", sample("ulricehamn_ks.pdf"), PDF)])
    found = tolka_fil(spara(mail, tmp_path / "m", "eml"))
    assert fields(found[0]) == facit_fields("ulricehamn_ks")
    assert found[0].epost.missiv == "dokument2.pdf"  # type: ignore[union-attr]
    assert found[0].bilagor == ("dokument1.pdf",)


@pytest.mark.parametrize("fmt", FORMAT)
def test_docx_missiv_attached(tmp_path: Path, fmt: str) -> None:
    """A DOCX missiv is read like a .docx file."""
    mail = epost(bilagor=[("Remiss RUS.docx", sample("vgr_utvecklingsstrategi.docx"), DOCX)])
    found = tolka_fil(spara(mail, tmp_path / "m", fmt))
    assert fields(found[0]) == facit_fields("vgr_utvecklingsstrategi")


def test_package_attachment_gives_every_missiv(tmp_path: Path) -> None:
    """A PDF attachment with two missiv gives two remisser, both with the mail's inkommen."""
    mail = epost(bilagor=[("handlingar.pdf", sample("tva_missiv.pdf"), PDF)])
    found = tolka_fil(spara(mail, tmp_path / "m", "eml"))
    assert [r.diarienummer for r in found] == ["TN 2024-00088", "LFN 2024-00102"]
    assert {r.inkommen for r in found} == {"2024-10-15"}


@pytest.mark.parametrize("fmt", FORMAT)
def test_zip_attachment_is_opened(tmp_path: Path, fmt: str) -> None:
    """A ZIP attachment's PDF is read; the ZIP's other members are bilagor named inside the ZIP."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Missiv.pdf", sample("marks_kommun_avfallsplan.pdf"))
        archive.writestr("Bilagor/Avfallsplan.pdf", sample("ovrigt/budget_001.pdf"))
    mail = epost(bilagor=[("remisshandlingar.zip", buffer.getvalue(), "application/zip")])
    found = tolka_fil(spara(mail, tmp_path / "m", fmt))
    assert fields(found[0]) == facit_fields("marks_kommun_avfallsplan")
    assert found[0].epost.missiv == "remisshandlingar.zip/Missiv.pdf"  # type: ignore[union-attr]
    assert found[0].bilagor == ("remisshandlingar.zip/Avfallsplan.pdf",)


@pytest.mark.parametrize("fmt", FORMAT)
def test_forwarded_mail_inside_mail(tmp_path: Path, fmt: str) -> None:
    """A remiss forwarded as an attachment: the inner mail's missiv is found, inkommen is the outer Date."""
    inner = epost(bilagor=[("Missiv.pdf", sample("sjuharad_kommunalforbund.pdf"), PDF)],
                  fran="Boråsregionen <info@borasregionen.se>", amne="Remiss: Delregional strategi",
                  datum="Tue, 05 Dec 2023 10:00:00 +0100")
    outer = epost("Hej, se nedan. /Kollega", fran="Kollega <kollega@boras.se>", amne="VB: Remiss",
                  datum="Thu, 07 Dec 2023 08:15:00 +0100", inre=[inner])
    found = tolka_fil(spara(outer, tmp_path / "m", fmt))
    assert fields(found[0]) == facit_fields("sjuharad_kommunalforbund")
    assert found[0].inkommen == "2023-12-07"


@pytest.mark.parametrize("inner_fmt", FORMAT)
def test_saved_mail_file_attached(tmp_path: Path, inner_fmt: str) -> None:
    """A saved .msg or .eml dragged into a mail as a file is opened like a forwarded mail."""
    inner = epost(bilagor=[("Missiv.pdf", sample("goteborg_jamlik_stad.pdf"), PDF)],
                  fran="Göteborgs Stad <stadsledningskontoret@goteborg.se>")
    saved = spara(inner, tmp_path / "remissen", inner_fmt).read_bytes()
    typ = "application/vnd.ms-outlook" if inner_fmt == "msg" else "application/octet-stream"
    outer = epost("Se bifogat meddelande.", bilagor=[(f"Remissen.{inner_fmt}", saved, typ)],
                  fran="Kollega <kollega@boras.se>")
    found = tolka_fil(spara(outer, tmp_path / "yttre", "eml"))
    assert fields(found[0]) == facit_fields("goteborg_jamlik_stad")
    assert found[0].bilagor == ()


def test_signed_mail_is_read(tmp_path: Path) -> None:
    """An S/MIME signed mail (multipart/signed, not encrypted) is read; the signature is no bilaga."""
    content = EmailMessage()
    content.set_content("Hej, se bifogad remiss.")
    content.add_attachment(sample("region_halland.pdf"), maintype="application", subtype="pdf",
                           filename="Missiv.pdf")
    signature = EmailMessage()
    signature.set_content(bytes(300), maintype="application", subtype="pkcs7-signature", filename="smime.p7s")
    signed = epost("")
    signed.clear_content()
    signed.set_type("multipart/signed")
    signed.set_param("protocol", "application/pkcs7-signature")
    signed.attach(content)
    signed.attach(signature)
    found = tolka_fil(spara(signed, tmp_path / "signerad", "eml"))
    assert fields(found[0]) == facit_fields("region_halland")
    assert found[0].bilagor == ()


# --- the missiv in the text of the mail -----------------------------------------------------------------


EXPECTED_SEED = {"diarienummer": "KS 2022-00304", "avsandare": "Kommunstyrelsen",
                 "titel": "Motion: Handlingsplan mot skolsegregationen", "datum": "2022-09-20",
                 "svarsdatum": "2022-12-11", "svarsadress": "ks.diarium@boras.se",
                 "remissinstanser": ["Förskolenämnden", "Grundskolenämnden",
                                     "Gymnasie- och vuxenutbildningsnämnden", "Fritids- och folkhälsonämnden",
                                     "Individ- och familjeomsorgsnämnden", "Arbetslivsnämnden",
                                     "Samhällsbyggnadsnämnden"]}


@pytest.mark.parametrize("fmt", FORMAT)
def test_missiv_in_the_text(tmp_path: Path, fmt: str) -> None:
    """A mail whose text is a real missiv is read as a document; every field says it came from the text."""
    mail = epost(seed_missiv(), fran="KS diarium <KS.diarium@boras.se>", amne="Remiss: Motion",
                 datum="Tue, 20 Sep 2022 09:12:00 +0200")
    found = tolka_fil(spara(mail, tmp_path / "m", fmt))
    assert len(found) == 1
    remiss = found[0]
    assert {**fields(remiss), "svarsadress": (remiss.svarsadress or "").lower()} == EXPECTED_SEED
    assert remiss.epost is not None and remiss.epost.missiv == "brödtext"
    assert remiss.inkommen == "2022-09-20"
    assert remiss.bilagor == ()
    sources = {name: kalla.epost for name, kalla in remiss.kallor.items()}
    assert sources.pop("inkommen") == "rubrik"
    assert set(sources.values()) == {"brödtext"}
    assert remiss.kallor["svarsdatum"].text in seed_missiv()


TEXT_MISSIV = ("rk-n2017-delbetankande-detaljplanekravet-sou", "rk-u2016-pa-goda-grunder",
               "rk-x2023-ds-202315-fler")


# What a registrator needs from a mail's text; the titel and avsändare heuristics are measured by the corpus.
TEXT_FIELDS = ("dokumenttyp", "diarienummer", "svarsdatum", "remissinstanser", "handlaggare")


@pytest.mark.parametrize("dok_id", TEXT_MISSIV)
def test_real_missiv_as_the_text(tmp_path: Path, dok_id: str) -> None:
    """Regeringskansliet's remiss notices (real, tests/korpus/missiv) as a mail's text match the truth."""
    from tests.korpus import jamfor

    dok = next(d for d in jamfor.dokument(("missiv",)) if d.id == dok_id)
    text = som_epost_text(dok.fil.with_suffix(".txt").read_text(encoding="utf-8").split("\n", 1)[1])
    mail = epost(text, fran="Registrator <registrator@regeringskansliet.se>")
    found = [r.to_dict() for r in tolka_fil(spara(mail, tmp_path / "m", "eml"))]
    for remiss in found:  # the reading of the text is measured, not the From fallback
        remiss.update({k: None for k, v in remiss["kallor"].items() if v.get("epost") == "rubrik"})
    result = jamfor.jamfor(dok, {"remisser": found, "yttranden": []})
    wrong = {k: (u.vantat, u.fick) for k, u in result.items() if not u.ratt and k in TEXT_FIELDS}
    assert wrong == {}
    assert found[0]["epost"]["missiv"] == "brödtext"


def test_missiv_in_html_only_text(tmp_path: Path) -> None:
    """Outlook on the web sends HTML only: paragraphs and <br> become lines."""
    body = "".join(f"<p>{line}</p>" if line.strip() else "<p><br></p>" for line in seed_missiv().split("\n"))
    html = f"<html><head><style>p {{margin:0}}</style></head><body>{body}</body></html>"
    found = tolka_fil(spara(epost(html=html), tmp_path / "m", "eml"))
    assert {**fields(found[0]), "svarsadress": (found[0].svarsadress or "").lower()} == EXPECTED_SEED


def test_quoted_missiv_in_a_reply(tmp_path: Path) -> None:
    """A missiv quoted with '>' in a forwarded text is read without the quote marks."""
    quoted = "\n".join(f"> {line}" for line in seed_missiv().split("\n"))
    text = f"Hej!\nVidarebefordrar remissen nedan.\n\n-----Ursprungligt meddelande-----\n{quoted}"
    found = tolka_fil(spara(epost(text), tmp_path / "m", "eml"))
    assert found[0].diarienummer == "KS 2022-00304"
    assert found[0].svarsdatum == "2022-12-11"


def test_text_missiv_with_a_bilaga(tmp_path: Path) -> None:
    """The text is the missiv and the PDF attachment is what is remitted: the attachment is a bilaga."""
    mail = epost(seed_missiv(), bilagor=[("Motion.pdf", sample("ovrigt/uppfoljning_004.pdf"), PDF)])
    found = tolka_fil(spara(mail, tmp_path / "m", "eml"))
    assert found[0].diarienummer == "KS 2022-00304"
    assert found[0].epost.missiv == "brödtext"  # type: ignore[union-attr]
    assert found[0].bilagor == ("Motion.pdf",)


def test_attached_missiv_beats_a_covering_text(tmp_path: Path) -> None:
    """A short covering text with a deadline loses to the attached missiv with all the fields."""
    text = ("Hej!\nHärmed översänds remiss av Regional plan för kompetensförsörjning.\n"
            "Remissvaren ska ha kommit in senast den 15 november 2024.\nMed vänlig hälsning\nRegion Halland")
    mail = epost(text, bilagor=[("RS 2024-00456.pdf", sample("region_halland.pdf"), PDF)])
    found = tolka_fil(spara(mail, tmp_path / "m", "eml"))
    assert fields(found[0]) == facit_fields("region_halland")
    assert found[0].epost.missiv == "RS 2024-00456.pdf"  # type: ignore[union-attr]


def test_text_handling_is_lines_of_one_page() -> None:
    """The text becomes one page of non-empty lines, spaces collapsed, quote marks and soft hyphens gone."""
    handling = text_handling("Remiss:  Avfallsplan\n\n> Svar senast\u00ad den 1 mars\n", "m.eml")
    assert [line.text for line in handling.lines] == ["Remiss: Avfallsplan", "Svar senast den 1 mars"]
    assert [line.number for line in handling.lines] == [1, 2]
    assert len(handling.pages) == 1 and len(handling.sha256) == 64


# --- what the headers give ----------------------------------------------------------------------------


def seed_without(*drop: str) -> str:
    """Return the seed missiv without the lines that contain any of the texts."""
    return "\n".join(line for line in seed_missiv().split("\n") if not any(d in line for d in drop))


def test_sender_is_svarsadress_only_when_missiv_names_none(tmp_path: Path) -> None:
    """Without a reply address in the missiv, the From address is used, with a warning and a kalla."""
    text = seed_without("elektronisk form till")
    found = tolka_fil(spara(epost(text, fran="Kommunstyrelsen <KS.Diarium@Boras.se>"), tmp_path / "m", "eml"))
    remiss = found[0]
    assert remiss.svarsadress == "ks.diarium@boras.se"
    assert remiss.kallor["svarsadress"].epost == "rubrik"
    assert remiss.kallor["svarsadress"].text == "From: Kommunstyrelsen <KS.Diarium@Boras.se>"
    assert any("From-rad" in v and "ks.diarium@boras.se" in v for v in remiss.varningar)


def test_sender_does_not_replace_the_missivs_address(tmp_path: Path) -> None:
    """A missiv that names its reply address keeps it, whoever sent the mail."""
    found = tolka_fil(spara(epost(seed_missiv(), fran="Någon <nagon@example.se>"), tmp_path / "m", "eml"))
    assert found[0].svarsadress.lower() == "ks.diarium@boras.se"  # type: ignore[union-attr]
    assert not any("From-rad" in v for v in found[0].varningar)


def test_subject_is_titel_when_missiv_has_none(tmp_path: Path) -> None:
    """Without a title in the missiv the Subject is the titel, without 'VB:' and 'Remiss:'."""
    text = seed_without("Remiss: Motion")
    mail = epost(text, amne="VB: Remiss: Handlingsplan mot skolsegregationen")
    remiss = tolka_fil(spara(mail, tmp_path / "m", "msg"))[0]
    assert remiss.titel == "Handlingsplan mot skolsegregationen"
    assert remiss.kallor["titel"].epost == "rubrik"
    assert remiss.kallor["titel"].text == "Subject: VB: Remiss: Handlingsplan mot skolsegregationen"


@pytest.mark.parametrize(("amne", "titel"), [
    ("SV: VB: Remiss: Avfallsplan 2025", "Avfallsplan 2025"),
    ("Fwd: [EXTERN] Remiss av SOU 2023:66", "SOU 2023:66"),
    ("Remiss - Trafikstrategi", "Trafikstrategi"),
    ("Remissvar önskas", "Remissvar önskas"),
    ("VB:", None),
    (None, None),
])
def test_titel_av_amne(amne: str | None, titel: str | None) -> None:
    """Reply and forward prefixes and a leading 'Remiss' go; the rest is kept."""
    assert titel_av_amne(amne) == titel


def test_inkommen_is_swedish_local_date() -> None:
    """Date is turned into the Swedish calendar day, summer and winter time alike."""
    from email.utils import parsedate_to_datetime

    assert inkommen_datum(parsedate_to_datetime("Sun, 01 Dec 2024 23:30:00 +0000")) == "2024-12-02"
    assert inkommen_datum(parsedate_to_datetime("Sun, 01 Dec 2024 22:59:00 +0000")) == "2024-12-01"
    assert inkommen_datum(parsedate_to_datetime("Mon, 14 Oct 2024 21:59:00 +0000")) == "2024-10-14"
    assert inkommen_datum(None) is None


def test_mail_without_date_has_no_inkommen(tmp_path: Path) -> None:
    """A mail without a Date header gives no inkommen (the register then uses the registration day)."""
    mail = epost(bilagor=[("Missiv.pdf", sample("region_halland.pdf"), PDF)], datum=None)
    remiss = tolka_fil(spara(mail, tmp_path / "m", "eml"))[0]
    assert remiss.inkommen is None and "inkommen" not in remiss.to_dict()


# --- the command line --------------------------------------------------------------------------------


def test_tolka_shows_mail_fields(tmp_path: Path) -> None:
    """`remiss tolka` prints inkommen, where the missiv was and the bilagor."""
    mail = epost(bilagor=[("Missiv.pdf", sample("region_halland.pdf"), PDF),
                          ("Sändlista.pdf", sample("ovrigt/budget_001.pdf"), PDF)])
    code, out, _ = run("tolka", "--idag", "2024-10-15", str(spara(mail, tmp_path / "m", "msg")))
    assert code == 0
    assert "  Inkommen:       2024-10-15\n" in out
    assert "  Missiv:         bilagan Missiv.pdf (från regionen@regionhalland.se)\n" in out
    assert "  Bilagor:        Sändlista.pdf\n" in out


def test_tolka_json_has_mail_keys(tmp_path: Path) -> None:
    """`tolka --json` gives inkommen, bilagor and the epost block; a PDF has none of them."""
    mail = epost(bilagor=[("Missiv.pdf", sample("region_halland.pdf"), PDF),
                          ("Karta.png", b"\x89PNG\r\n", "image/png")])
    code, out, _ = run("tolka", "--json", str(spara(mail, tmp_path / "m", "eml")))
    data = json.loads(out)[0]
    assert code == 0
    assert (data["inkommen"], data["bilagor"]) == ("2024-10-15", ["Karta.png"])
    assert data["epost"]["missiv"] == "Missiv.pdf" and len(data["epost"]["missiv_sha256"]) == 64
    code, out, _ = run("tolka", "--json", str(SAMPLES / "region_halland.pdf"))
    assert not {"inkommen", "bilagor", "epost"} & set(json.loads(out)[0])


@pytest.mark.parametrize("fmt", FORMAT)
def test_inline_logo_is_not_a_bilaga(tmp_path: Path, fmt: str) -> None:
    """An image shown in the text (a signature logo, with a Content-ID) is not listed as a bilaga."""
    mail = epost(html='<p>Hej, se bifogat missiv.</p><img src="cid:logo@regionhalland.se">')
    mail.add_related(b"\x89PNG\r\n\x1a\n" + bytes(64), maintype="image", subtype="png",
                     cid="<logo@regionhalland.se>", filename="logo.png")
    mail.add_attachment(sample("region_halland.pdf"), maintype="application", subtype="pdf",
                        filename="Missiv.pdf")
    found = tolka_fil(spara(mail, tmp_path / "m", fmt))
    assert found[0].diarienummer == "RS 2024-00456"
    assert found[0].bilagor == ()


def test_ar_epost() -> None:
    """Mails are known by their suffix, or by the Outlook file's signature; a PDF is not a mail."""
    assert ar_epost("x.EML") and ar_epost("x.msg")
    assert not ar_epost(SAMPLES / "region_halland.pdf")


def test_help_does_not_import_extract_msg() -> None:
    """`remiss tolka --help` loads no mail library."""
    import subprocess
    import sys

    code = ("import sys\nfrom remiss.cli import main\nsys.argv=['remiss','tolka','--help']\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "print([m for m in ('extract_msg', 'olefile', 'email.parser') if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "[]"


# --- bad mails -----------------------------------------------------------------------------------------


def bad_mail(kind: str, tmp_path: Path, fmt: str) -> Path:
    """Write one kind of bad mail in the format and return its path."""
    good = epost(bilagor=[("Missiv.pdf", sample("region_halland.pdf"), PDF)])
    if kind == "avkortad":
        data = spara(good, tmp_path / "hel", fmt).read_bytes()
        target = tmp_path / f"avkortad.{fmt}"
        target.write_bytes(data[: len(data) // 2])
        return target
    if kind == "ingen":
        return spara(epost("Hej! Vi ses på mötet på torsdag.\n/Anna"), tmp_path / "ingen", fmt)
    if kind == "smime":
        mail = epost("")
        mail.add_attachment(bytes(range(256)) * 8, maintype="application", subtype="pkcs7-mime",
                            params={"smime-type": "enveloped-data"}, filename="smime.p7m")
        if fmt == "eml":  # an encrypted .eml is one application/pkcs7-mime body
            mail = epost("")
            mail.set_content(bytes(range(256)) * 8, maintype="application", subtype="pkcs7-mime",
                             params={"smime-type": "enveloped-data"}, filename="smime.p7m")
            return spara(mail, tmp_path / "smime", fmt)
        from aspose.email_foss.msg import MapiMessage

        message = MapiMessage.from_email_message(mail)
        message.message_class = "IPM.Note.SMIME"  # what Outlook stores for an encrypted mail
        message.save(str(tmp_path / "smime.msg"))
        return tmp_path / "smime.msg"
    if kind == "tnef":
        mail = epost("Se bifogad fil.", bilagor=[("winmail.dat", b"\x78\x9f\x3e\x22" + bytes(600),
                                                  "application/ms-tnef")])
        return spara(mail, tmp_path / "tnef", fmt)
    if kind == "zipbomb":
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("missiv.pdf", bytes(8 * 1024 * 1024))
        return spara(epost(bilagor=[("handlingar.zip", buffer.getvalue(), "application/zip")]),
                     tmp_path / "bomb", fmt)
    if kind == "zipmanga":
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            for number in range(250):
                archive.writestr(f"fil{number}.txt", b"x")
        return spara(epost(bilagor=[("handlingar.zip", buffer.getvalue(), "application/zip")]),
                     tmp_path / "manga", fmt)
    if kind == "gammal_word":  # an old Word file: an OLE container like a real .doc (only the name is read)
        from aspose.email_foss.msg import MapiMessage

        ole = MapiMessage.from_email_message(epost("x")).to_bytes()
        return spara(epost("Se bifogat.", bilagor=[("Remiss.doc", ole, "application/msword")]),
                     tmp_path / "doc", fmt)
    if kind == "trasig_bilaga":
        mail = epost(bilagor=[("Missiv.pdf", sample("trasiga/avkortad.pdf"), PDF)])
        return spara(mail, tmp_path / "t", fmt)
    raise AssertionError(kind)


BAD = [
    ("avkortad", {"eml": "e-postmeddelandet är avkortat (en del slutar mitt i). Spara det på nytt från "
                         "e-postprogrammet.",
                  "msg": "Outlook-meddelandet (.msg) är trasigt eller avkortat och kan inte läsas. Spara det "
                         "på nytt från Outlook."}),
    ("smime", "e-postmeddelandet är krypterat eller signerat med S/MIME och kan inte läsas. Öppna det i "
              "Outlook och spara bilagorna, eller be avsändaren skicka det okrypterat."),
    ("tnef", "e-postmeddelandet har bara en winmail.dat (Outlooks TNEF-format) och bilagorna går inte "
             "att läsa. Öppna meddelandet i Outlook och spara det som .msg, eller be avsändaren skicka om "
             "det som vanlig e-post."),
    ("zipbomb", "bilagan handlingar.zip packas upp mer än 100 gånger (en zip-bomb?) och öppnas inte. Be "
                "avsändaren skicka filerna var för sig."),
    ("zipmanga", "bilagan handlingar.zip fler än 200 filer (en zip-bomb?) och öppnas inte. Be avsändaren "
                 "skicka filerna var för sig."),
    ("gammal_word", "bilagan Remiss.doc är i ett format som inte läses (.doc). Öppna den och spara den som "
                    "PDF eller .docx, och tolka den filen."),
    ("trasig_bilaga", "bilagan Missiv.pdf: PDF:en är trasig eller avkortad och kan inte öppnas. Hämta den på "
                      "nytt från avsändaren eller diariet."),
]


@pytest.mark.parametrize("fmt", FORMAT)
@pytest.mark.parametrize(("kind", "message"), BAD, ids=[kind for kind, _ in BAD])
def test_bad_mail_is_one_swedish_line(tmp_path: Path, fmt: str, kind: str, message: str | dict) -> None:
    """Each bad mail gives exactly one `Fel:` line naming the mail, exit code 1 and no traceback."""
    path = bad_mail(kind, tmp_path, fmt)
    expected = message[fmt] if isinstance(message, dict) else message
    code, out, err = run("tolka", str(path))
    assert (code, out) == (1, "")
    assert err == f"Fel: {path}: {expected}\n"


@pytest.mark.parametrize("fmt", FORMAT)
def test_mail_without_remiss_is_a_notice(tmp_path: Path, fmt: str) -> None:
    """No attachment and no missiv in the text: a notice, not an error."""
    path = bad_mail("ingen", tmp_path, fmt)
    code, out, err = run("tolka", str(path))
    assert (code, out) == (0, "")
    assert err == (f"{path}: ingen remiss i e-postmeddelandet (ingen bilaga med ett missiv och inget missiv "
                   "i texten).\n")


def test_mails_nested_too_deep(tmp_path: Path) -> None:
    """A mail inside a mail inside … more than five levels deep is refused with one line."""
    mail = epost(bilagor=[("Missiv.pdf", sample("region_halland.pdf"), PDF)])
    for _ in range(7):
        mail = epost("VB", inre=[mail])
    with pytest.raises(InputError, match="fler än 5 meddelanden inuti varandra"):
        tolka_fil(spara(mail, tmp_path / "djup", "eml"))


def test_not_a_mail(tmp_path: Path) -> None:
    """A PDF saved as .eml and a text file saved as .msg are refused with what to do."""
    fake_eml = tmp_path / "fel.eml"
    fake_eml.write_bytes(sample("region_halland.pdf"))
    fake_msg = tmp_path / "fel.msg"
    fake_msg.write_text("Hej", encoding="utf-8")
    with pytest.raises(InputError, match="är inte ett e-postmeddelande"):
        tolka_fil(fake_eml)
    with pytest.raises(InputError, match=re.escape("är inte ett Outlook-meddelande (.msg)")):
        tolka_fil(fake_msg)


def test_batch_goes_on_past_bad_mails(tmp_path: Path) -> None:
    """Bad mails among good ones: the good are read, each bad gets its line, the summary counts, exit 1."""
    good = spara(epost(bilagor=[("Missiv.pdf", sample("region_halland.pdf"), PDF)]), tmp_path / "bra", "msg")
    paths = [bad_mail("avkortad", tmp_path, "eml"), good, bad_mail("zipbomb", tmp_path, "msg"),
             bad_mail("ingen", tmp_path, "eml")]
    code, out, err = run("tolka", "--json", *map(str, paths))
    assert code == 1
    assert [r["diarienummer"] for r in json.loads(out)] == ["RS 2024-00456"]
    assert err.count("Fel: ") == 2 and "Traceback" not in err
    assert err.splitlines()[-1] == "4 filer: 2 lästa, 2 med fel."


# --- real documents: a mail with the document attached gives what the file gives -----------------------


def korpus_missiv() -> list[Path]:
    """Return the corpus documents whose truth says they are a missiv (remiss)."""
    if KORPUS is None:
        return []
    found = []
    for path in sorted([*KORPUS.glob("*.pdf"), *KORPUS.glob("*.docx")]):
        truth = next((t for t in (path.with_suffix(".json"), KORPUS.parent / "truth" / f"{path.stem}.json")
                      if t.is_file()), None)
        if truth and json.loads(truth.read_text(encoding="utf-8")).get("dokumenttyp") == "remiss":
            found.append(path)
    return found


PARITY = [SAMPLES / n for n in ("rk_socialdepartementet.pdf", "goteborg_jamlik_stad.pdf", "miljoprogram.pdf")]


@pytest.mark.parametrize("document", PARITY + korpus_missiv(), ids=lambda p: p.name)
def test_attached_real_document_reads_as_the_file(tmp_path: Path, document: Path) -> None:
    """A mail with the document and a bilaga attached gives the same fields as the document alone."""
    alone = tolka_fil(document)
    typ = PDF if document.suffix == ".pdf" else DOCX
    mail = epost(bilagor=[(document.name, document.read_bytes(), typ),
                          ("Bilaga.pdf", sample("ovrigt/budget_001.pdf"), PDF)])
    found = tolka_fil(spara(mail, tmp_path / "m", "msg"))
    assert [fields(r) for r in found] == [fields(r) for r in alone]
