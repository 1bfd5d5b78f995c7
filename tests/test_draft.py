"""Yttrandeutkast: the ställningstagande sentence, the sammanfattning proposal, rendering and writing."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from remiss import draft
from remiss.cli import cli
from remiss.config import Config
from remiss.domain import Del, Handling, Krav, Line, Page, Remiss
from remiss.draft import (
    PLATSHALLARE_STALLNINGSTAGANDE,
    skriv_atomiskt,
    skriv_utkast,
    stallningstagande_mening,
    svenskt_datum,
)
from remiss.errors import InputError, RemissError
from remiss.read import sha256_of
from remiss.sammanfattning import (
    FORSLAG,
    att_satser,
    eget_avsnitt,
    foresla_sammanfattning,
    nyckelmeningar,
    rader_ur_delar,
    remissobjekt,
)

from .conftest import write_pdf

CONFIG = Config(ordforande="Lars-Åke Johansson", forvaltningschef="Tina Arekvist Lundell")


def make_remiss(**changes: object) -> Remiss:
    """Return a motion remiss like the seeds' (Kommunstyrelsen, KS 2022-00304)."""
    values: dict[str, object] = dict(
        fil="remiss.pdf", sidor=(1, 1), diarienummer="KS 2022-00304", klassificering="1.1.1.1",
        avsandare="Kommunstyrelsen", titel="Motion: Utveckla stödet för anhöriga till kriminella",
        datum="2022-10-03", svarsdatum="2022-12-11", svarsadress="KS.diarium@boras.se",
        krav=Krav(sammanfattning=True, stallningstagande=True))
    values.update(changes)
    return Remiss(**values)  # type: ignore[arg-type]


def make_handling(*pages: list[str]) -> Handling:
    """Given the lines of each page, return a Handling."""
    return Handling(fil="remiss.pdf", pages=tuple(
        Page(number=n, lines=tuple(Line(text=t, page=n, number=i) for i, t in enumerate(lines, 1)))
        for n, lines in enumerate(pages, 1)))


def texts(path: Path) -> list[str]:
    """Given a .docx, return the text of every body paragraph and table row (python-docx)."""
    from docx import Document

    document = Document(str(path))
    rows = [p.text for p in document.paragraphs]
    for table in document.tables:
        rows.extend(" | ".join(c.text for c in row.cells) for row in table.rows)
    return rows


def headings(path: Path) -> list[str]:
    """Given a .docx, return the texts of its Heading-styled paragraphs."""
    from docx import Document

    return [p.text for p in Document(str(path)).paragraphs if p.style.name.startswith("Heading")]


# --- pure text --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("titel", "objekt"), [
    ("Motion: Utveckla stödet för anhöriga till kriminella", "motionen"),
    ("Remiss: Motion: Handlingsplan mot skolsegregationen", "motionen"),
    ("Program mot hemlöshet", "programmet"),
    ("Borås Stads Miljöprogram", "programmet"),
    ("Riktlinjer för Kulturmiljövården", "riktlinjerna"),
    ("Riktlinjer – delaktighet och inflytande för medborgare", "riktlinjerna"),
    ("Plan för klimatanpassning", "planen"),
    ("Förslag till Handlingsplan för suicidprevention", "planen"),
    ("Energi- och klimatstrategi", "strategin"),
    ("Strategi för digitalisering", "strategin"),
    ("Policy för medborgardialog", "policyn"),
    ("Inköpspolicy", "policyn"),
    ("Betänkandet En ny lag om kommunal räddningstjänst (SOU 2023:12)", "betänkandet"),
    ("Ett stärkt stöd till barn och unga i samhällsvården (SOU 2023:66)", "betänkandet"),
    ("Promemorian Ändrade regler om kommunal redovisning (Ds 2015:40)", "promemorian"),
    ("Ändrade regler om kommunal redovisning", "remissen"),
    ("Uppföljning av Överenskommelsen", "remissen"),
    ("Detaljplan för kv. Ekorren", "planen"),
    (None, "remissen"),
])
def test_remissobjekt(titel: str | None, objekt: str) -> None:
    """The object of the decision sentence follows the title."""
    assert remissobjekt(titel) == objekt


@pytest.mark.parametrize(("varde", "titel", "mening"), [
    ("tillstyrker", "Motion: Utveckla stödet", "Arbetslivsnämnden tillstyrker motionen."),
    ("avstyrker", "Motion: Utveckla stödet", "Arbetslivsnämnden avstyrker motionen."),
    ("tillstyrker", "Program mot hemlöshet", "Arbetslivsnämnden tillstyrker programmet."),
    ("avstyrker", "Betänkandet En ny lag (SOU 2023:12)", "Arbetslivsnämnden avstyrker betänkandet."),
    ("avstyrker", "Uppföljning av Överenskommelsen", "Arbetslivsnämnden avstyrker remissen."),
    ("tillstyrker", "Riktlinjer för Kulturmiljövården", "Arbetslivsnämnden tillstyrker riktlinjerna."),
    ("avstar", "Riktlinjer för Kulturmiljövården", "Arbetslivsnämnden avstår från att yttra sig."),
    (None, "Program mot hemlöshet", PLATSHALLARE_STALLNINGSTAGANDE),
])
def test_stallningstagande_mening(varde: str | None, titel: str, mening: str) -> None:
    """Each value gives one correct Swedish sentence; no value gives the marked placeholder."""
    assert stallningstagande_mening(varde, "Arbetslivsnämnden", titel) == mening


def test_placeholder_text_is_exact() -> None:
    """The placeholder is exactly the text `remiss kontrollera` looks for."""
    assert PLATSHALLARE_STALLNINGSTAGANDE == ("[STÄLLNINGSTAGANDE SAKNAS – välj tillstyrker, avstyrker "
                                              "eller avstår]")


def test_unknown_stallningstagande_is_refused() -> None:
    """A value outside tillstyrker/avstyrker/avstar is an InputError in Swedish."""
    with pytest.raises(InputError, match="okänt ställningstagande 'kanske'"):
        stallningstagande_mening("kanske", "Arbetslivsnämnden", "Plan")


def test_svenskt_datum() -> None:
    """ISO dates become Swedish running text without a leading zero."""
    assert svenskt_datum("2022-12-11") == "11 december 2022"
    assert svenskt_datum("2023-03-01") == "1 mars 2023"
    assert svenskt_datum(None) == ""


# --- the sammanfattning proposal ----------------------------------------------------------------------

MOTION = [
    "Motion: Utveckla stödet för anhöriga till kriminella",
    "I Sverige finns cirka 30 000 barn som har en förälder i fängelse eller frivård.",
    "Med anledning av ovanstående föreslår jag Kommunfullmäktige besluta:",
    "Att lämplig nämnd utreder hur anhörigstödet kan utvecklas i Borås Stad till att",
    "även omfatta anhöriga till kriminella.",
    "Att stödet följs upp årligen.",
    "Borås den 24 februari 2022",
    "Anna Andersson (S)",
]


def test_att_satser_joined_across_lines() -> None:
    """A motion's att-satser come back whole, each starting with "att"."""
    assert att_satser(MOTION) == [
        "att lämplig nämnd utreder hur anhörigstödet kan utvecklas i Borås Stad till att även omfatta "
        "anhöriga till kriminella.",
        "att stödet följs upp årligen.",
    ]


def test_att_sats_broken_before_att() -> None:
    """A line starting with lowercase "att" that continues an unfinished att-sats is not a new one."""
    rows = ["Med anledning av detta föreslås Kommunfullmäktige besluta:",
            "- Att Kommunstyrelsen uppdras att identifiera och föreslå åtgärder för",
            "att utveckla arbetet.",
            "- Att samtliga anställda ska få en grundutbildning."]
    assert att_satser(rows) == ["att Kommunstyrelsen uppdras att identifiera och föreslå åtgärder för att "
                                "utveckla arbetet.", "att samtliga anställda ska få en grundutbildning."]


def test_att_sats_inline_in_missiv() -> None:
    """"föreslås besluta att …" on one line of the missiv is an att-sats too."""
    rows = ["Se vidare i motionen där Kommunfullmäktige föreslås besluta att lämplig nämnd utreder hur",
            "anhörigstödet kan utvecklas.", "Yttranden ska innehålla ett tydligt ställningstagande."]
    assert att_satser(rows) == ["att lämplig nämnd utreder hur anhörigstödet kan utvecklas."]


def test_motion_proposal_is_marked() -> None:
    """The proposal for a motion starts with [FÖRSLAG] and lists its att-satser."""
    handling = make_handling(["Remissinstanser", "1. Arbetslivsnämnden"], MOTION)
    paragraphs = foresla_sammanfattning(make_remiss(), handling)
    assert paragraphs[0] == f"{FORSLAG} Motionen föreslår"
    assert paragraphs[1].startswith("– att lämplig nämnd utreder")
    assert len(paragraphs) == 3


def test_program_uses_its_own_sammanfattning() -> None:
    """For a program the proposal is the start of the program's own Sammanfattning section."""
    rows = ["Innehåll", "Sammanfattning ........ 3", "Sammanfattning",
            "Hemlöshet är en komplex problematik som skapar enorm utsatthet och som",
            "ofta grundar sig i flera olika orsaker. För att förebygga hemlöshet behövs både",
            "individuella och strukturella insatser.", "Bakgrund", "Programmet reviderades 2018."]
    assert eget_avsnitt(rows) == ("Hemlöshet är en komplex problematik som skapar enorm utsatthet och som "
                                  "ofta grundar sig i flera olika orsaker. För att förebygga hemlöshet "
                                  "behövs både individuella och strukturella insatser.")
    remiss = make_remiss(titel="Program mot hemlöshet")
    assert foresla_sammanfattning(remiss, make_handling(rows))[0].startswith(f"{FORSLAG} Hemlöshet är")


def test_other_remiss_gets_key_sentences() -> None:
    """Without att-satser or a Sammanfattning section, 2–4 key sentences are chosen, boilerplate left out."""
    rows = ["Betänkandet En ny lag om räddningstjänst",
            "Regeringen har gett en utredare i uppdrag att se över lagen om skydd mot olyckor.",
            "Utredningen föreslår att kommunernas ansvar för räddningstjänst förtydligas.",
            "Syftet är att skapa en mer effektiv och likvärdig räddningstjänst i hela landet.",
            "Remissvaren ska ha kommit in senast den 1 september 2023.",
            "Svaren bör lämnas per e-post till s.remissvar@regeringskansliet.se.",
            "Förslagen innebär att länsstyrelsernas tillsyn samordnas nationellt."]
    remiss = make_remiss(titel="Betänkandet En ny lag om räddningstjänst")
    [paragraph] = foresla_sammanfattning(remiss, make_handling(rows))
    assert paragraph.startswith(FORSLAG)
    assert "Syftet är att skapa" in paragraph
    assert "senast" not in paragraph and "@" not in paragraph
    assert 2 <= paragraph.count(". ") + 1 <= 4


# The cover page of Borås Stad's "Program mot hemlöshet" as it stands in the meeting package
# (seed 003, Individ- och familjeomsorgsnämnden, Borås Stad 2022): metadata, then "1 Inledning".
OMSLAG = ["Fastställt av: ", "Datum: ", "För revidering ansvarar: Individ- och familjeomsorgsnämnden",
          "För eventuell uppföljning och tidplan för denna ansvarar: Individ- och familjeomsorgs-", "nämnden",
          "Dokumentet gäller för: Individ- och familjeomsorgsnämnden", "Dnr: ",
          "Dokumentet gäller till och med: ", " 1 Inledning",
          "Hemlöshet representerar en av de mest extrema formerna av utanförskap och fattigdom. ",
          "Hemlösheten har fortsatt att öka under ett antal år. Socialtjänsten har det yttersta ansvaret ",
          "för boendelösningar för vissa grupper."]
MISSIV = ["Remiss: Program mot hemlöshet", "Remissinstanser", "1. Arbetslivsnämnden",
          "Remissvaren ska ha kommit in till Individ- och familjeomsorgsnämnden senast den 30 november 2022.",
          "Remissvaren skickas i elektronisk form till IFON.diarium@boras.se.",
          "Nämndens yttrande skall innehålla en kort sammanfattning."]


def test_proposal_never_takes_cover_page_metadata() -> None:
    """Cover-page metadata is skipped: the program's own "1 Inledning" is proposed, not "För eventuell …"."""
    remiss = make_remiss(titel="Program mot hemlöshet", sidor=(1, 1))
    [paragraph] = foresla_sammanfattning(remiss, make_handling(MISSIV, OMSLAG))
    assert paragraph.startswith(f"{FORSLAG} Hemlöshet representerar en av de mest extrema formerna")
    assert "uppföljning" not in paragraph and "Dnr" not in paragraph and "gäller" not in paragraph


def test_key_sentences_skip_metadata_read_as_one_line() -> None:
    """When the cover page's fields run into the text (one line), that "sentence" is never a key sentence."""
    rows = ["För eventuell uppföljning och tidplan för denna ansvarar: Individ- och familjeomsorgsnämnden "
            "Dokumentet gäller för: Individ- och familjeomsorgsnämnden Dnr: Dokumentet gäller till och "
            "med: 1 Inledning Hemlöshet representerar en av de mest extrema formerna av utanförskap och "
            "fattigdom.",
            "Programmet anger riktningen för stadens arbete mot hemlöshet under fyra år.",
            "Syftet är att förebygga hemlöshet och att fler ska få ett eget boende."]
    found = nyckelmeningar(rows, "Program mot hemlöshet")
    assert found and not any("uppföljning" in s or "Dnr" in s for s in found)


def test_only_metadata_and_boilerplate_keeps_the_instruction() -> None:
    """A remitted document with only a cover page and a missiv with only boilerplate give the placeholder."""
    remiss = make_remiss(titel="Program mot hemlöshet", sidor=(1, 1))
    innehall = ["Innehåll", "1 Inledning ........ 3", "2 Syfte ........ 4", *OMSLAG[:8],
                "För eventuell uppföljning och tidplan för denna ansvarar Individ- och familjeomsorgsnämnden "
                "och Dokumentet gäller till och med 2026 enligt beslut."]
    assert foresla_sammanfattning(remiss, make_handling(MISSIV, innehall)) == [
        f"{FORSLAG} Skriv en kort sammanfattning av nämndens yttrande här."]


def make_del(typ: str, page: int, *texts: str) -> Del:
    """Return a split document of one page."""
    return Del(dokumenttyp=typ, forsta_sida=page, sista_sida=page,  # type: ignore[arg-type]
               lines=tuple(Line(text=t, page=page, number=i) for i, t in enumerate(texts, 1)))


def test_remitted_text_follows_or_precedes_the_missiv() -> None:
    """The remitted document is the one after the missiv about the title, else the one before it."""
    remiss = make_remiss(titel="Program mot hemlöshet", sidor=(2, 2))
    yttrande = make_del("yttrande", 1, "Yttrande över Remiss: Program mot hemlöshet", "Nämnden tillstyrker.")
    missiv = make_del("missiv", 2, "Remiss: Program mot hemlöshet", "Remissinstanser")
    program = make_del("annat", 3, "Program mot hemlöshet", "Sammanfattning", "Hemlösheten ökar.")
    other = make_del("annat", 4, "Anmälningsärenden", "Enkäter om biståndsbeslut.")
    assert rader_ur_delar(remiss, [yttrande, missiv, program, other]) == (
        ["Remiss: Program mot hemlöshet", "Remissinstanser"],
        ["Program mot hemlöshet", "Sammanfattning", "Hemlösheten ökar."])
    assert rader_ur_delar(remiss, [program, missiv, other])[1] == ["Program mot hemlöshet", "Sammanfattning",
                                                                     "Hemlösheten ökar."]
    assert rader_ur_delar(remiss, [yttrande, missiv, other])[1] == []


def test_no_text_gives_marked_prompt() -> None:
    """Without the remiss's text the proposal is a marked prompt to write one."""
    assert foresla_sammanfattning(make_remiss(), None)[0].startswith(FORSLAG)


# --- rendering ------------------------------------------------------------------------------------------


def test_render_reads_back(tmp_path: Path) -> None:
    """A rendered draft has every heading, the sentence, dnr, title, datum and expedieras till."""
    target = tmp_path / "utkast.docx"
    result = skriv_utkast(make_remiss(), config=CONFIG, stallningstagande="tillstyrker", utfil=target,
                          eget_dnr="ALN 2022-00047 1.1.3.1", handlaggare="Christian Fast",
                          telefon="033-35 54 28", idag=date(2022, 11, 15))
    assert result.fil == target
    rows = texts(target)
    assert headings(target) == ["Yttrande över motionen Utveckla stödet för anhöriga till kriminella",
                                "Arbetslivsnämndens beslut", "Sammanfattning", "Ärendet i sin helhet",
                                "Beslutsunderlag", "Samverkan", "Beslutet expedieras till"]
    assert "Arbetslivsnämnden tillstyrker motionen." in rows
    assert "1. Bilaga Remiss: Motion: Utveckla stödet för anhöriga till kriminella" in rows
    assert "1. Kommunstyrelsen, KS.diarium@boras.se" in rows
    assert "Förvaltningens samverkansgrupp (FSG)." in rows
    assert " | Dnr ALN 2022-00047 1.1.3.1" in rows
    assert "Christian Fast | Datum" in rows and "Handläggare | 2022-11-15" in rows
    assert "Lars-Åke Johansson\tTina Arekvist Lundell" in rows
    assert any(r.startswith("Kommunstyrelsen har remitterat Motion: Utveckla stödet för anhöriga till "
                            "kriminella till Arbetslivsnämnden för yttrande senast 11 december 2022.")
               for r in rows)
    assert any(r.startswith(FORSLAG) for r in rows)
    assert not any("{{" in r or "{%" in r for r in rows)
    from docx import Document

    title = Document(str(target)).core_properties.title
    assert title == "Yttrande över Remiss: Motion: Utveckla stödet för anhöriga till kriminella"


def test_render_footer_and_header(tmp_path: Path) -> None:
    """The footer has the förvaltning's addresses from the config; the header the document type."""
    from docx import Document

    config = Config(besoksadress="Kungsgatan 55", epost="test@boras.se")
    target = skriv_utkast(make_remiss(), config=config, utfil=tmp_path / "u.docx").fil
    section = Document(str(target)).sections[0]
    footer = [c.text for t in section.footer.tables for row in t.rows for c in row.cells]
    assert footer == ["Postadress", "Besöksadress", "Hemsida", "E-post", "Telefon",
                      "501 80 Borås", "Kungsgatan 55", "boras.se", "test@boras.se", "033-35 70 00 vxl"]
    assert "TJÄNSTESKRIVELSE" in section.header.paragraphs[0].text


def test_without_stallningstagande_the_placeholder_is_written(tmp_path: Path) -> None:
    """No --stallningstagande: the decision paragraph is the placeholder."""
    target = skriv_utkast(make_remiss(), config=CONFIG, utfil=tmp_path / "u.docx").fil
    assert PLATSHALLARE_STALLNINGSTAGANDE in texts(target)


def test_user_text_with_lt_and_amp_survives(tmp_path: Path) -> None:
    """A title with < and & comes out whole (autoescape)."""
    remiss = make_remiss(titel="Plan för <vatten> & avlopp", avsandare="Miljö- & konsumentnämnden")
    target = skriv_utkast(remiss, config=CONFIG, stallningstagande="avstyrker", utfil=tmp_path / "u.docx").fil
    rows = texts(target)
    assert "Yttrande över plan för <vatten> & avlopp" in rows
    assert "Arbetslivsnämnden avstyrker planen." in rows
    assert "1. Miljö- & konsumentnämnden, KS.diarium@boras.se" in rows


def test_default_name_in_working_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without -o the draft is 'Yttrande <dnr>.docx' in the working directory (/ made safe)."""
    monkeypatch.chdir(tmp_path)
    result = skriv_utkast(make_remiss(diarienummer="S2023/01234"), config=CONFIG)
    assert result.fil == tmp_path / "Yttrande S2023 01234.docx"
    result = skriv_utkast(make_remiss(), config=CONFIG, eget_dnr="ALN 2022-00047")
    assert result.fil.name == "Yttrande ALN 2022-00047.docx"


def test_never_overwrites_without_force(tmp_path: Path) -> None:
    """An existing file is kept unless force; with force it is replaced; no temp files remain."""
    target = tmp_path / "u.docx"
    target.write_bytes(b"gammal")
    with pytest.raises(InputError, match="filen finns redan. Använd --force"):
        skriv_utkast(make_remiss(), config=CONFIG, utfil=target)
    assert target.read_bytes() == b"gammal"
    skriv_utkast(make_remiss(), config=CONFIG, utfil=target, force=True)
    assert target.read_bytes()[:2] == b"PK"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["u.docx"]


def test_atomic_write_missing_dir(tmp_path: Path) -> None:
    """Writing into a folder that does not exist is a Swedish InputError."""
    with pytest.raises(InputError, match="mappen finns inte"):
        skriv_atomiskt(b"x", tmp_path / "saknas" / "u.docx")


def test_pdf_without_libreoffice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """--pdf without LibreOffice: a clear Swedish message and nothing written."""
    monkeypatch.setattr(draft.shutil, "which", lambda name: None)
    with pytest.raises(RemissError, match="LibreOffice saknas"):
        skriv_utkast(make_remiss(), config=CONFIG, utfil=tmp_path / "u.docx", pdf=True)
    assert list(tmp_path.iterdir()) == []


def test_existing_pdf_stops_before_writing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """--pdf with an existing PDF of the same name and no --force writes neither file."""
    monkeypatch.setattr(draft, "soffice", lambda: "soffice")
    (tmp_path / "u.pdf").write_bytes(b"%PDF gammal")
    with pytest.raises(InputError, match="u.pdf: filen finns redan"):
        skriv_utkast(make_remiss(), config=CONFIG, utfil=tmp_path / "u.docx", pdf=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["u.pdf"]


@pytest.mark.skipif(draft.soffice() is None, reason="LibreOffice (soffice) saknas")
def test_pdf_with_libreoffice(tmp_path: Path) -> None:
    """--pdf writes a PDF beside the .docx whose text has the title and the sentence."""
    from remiss.read import read_file

    result = skriv_utkast(make_remiss(), config=CONFIG, stallningstagande="avstar", utfil=tmp_path / "u.docx",
                          pdf=True)
    assert result.pdf == tmp_path / "u.pdf"
    data = result.pdf.read_bytes()
    assert b"/StructTreeRoot" in data  # tagged (accessible) PDF
    assert b"sv-SE" in data  # document language for screen readers
    text = "\n".join(line.text for line in read_file(result.pdf).lines)
    assert "Yttrande över motionen Utveckla stödet" in text
    assert "Arbetslivsnämnden avstår från att yttra sig." in text


# --- the command --------------------------------------------------------------------------------------


@pytest.fixture
def remiss_pdf(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A two-page remiss PDF (missiv + motion) whose extraction returns make_remiss()."""
    path = write_pdf(tmp_path / "remiss.pdf",
                     [["Remiss: Motion: Utveckla stödet", "Remissinstanser"], MOTION])
    import remiss.pipeline

    monkeypatch.setattr(remiss.pipeline, "tolka_fil",
                        lambda fil, **kw: [make_remiss(fil=str(fil), sidor=(1, 1))])
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("REMISS_CONFIG", raising=False)
    return path


def test_cli_utkast_from_file(remiss_pdf: Path, tmp_path: Path) -> None:
    """`remiss utkast FIL --stallningstagande …` writes the draft and says where."""
    result = CliRunner().invoke(cli, ["utkast", str(remiss_pdf), "--stallningstagande", "tillstyrker",
                                      "--dnr", "ALN 2022-00047 1.1.3.1"])
    assert result.exit_code == 0, result.output
    target = tmp_path / "Yttrande ALN 2022-00047 1.1.3.1.docx"
    assert result.output == f"Utkast: {target}\n"
    rows = texts(target)
    assert "Arbetslivsnämnden tillstyrker motionen." in rows
    assert any(r.startswith(f"{FORSLAG} Motionen föreslår") for r in rows)


def test_cli_utkast_refuses_overwrite(remiss_pdf: Path, tmp_path: Path) -> None:
    """A second run without --force exits 1 with one Swedish line; --force replaces the file."""
    runner = CliRunner()
    assert runner.invoke(cli, ["utkast", str(remiss_pdf), "-o", "u.docx"]).exit_code == 0
    again = runner.invoke(cli, ["utkast", str(remiss_pdf), "-o", "u.docx"])
    assert again.exit_code == 1
    assert again.output.endswith("Fel: u.docx: filen finns redan. Använd --force för att skriva över den, "
                                 "eller välj ett annat namn med -o.\n")
    forced = runner.invoke(cli, ["utkast", str(remiss_pdf), "-o", "u.docx", "--force", "--stallningstagande",
                                 "avstar"])
    assert forced.exit_code == 0
    assert "Arbetslivsnämnden avstår från att yttra sig." in texts(tmp_path / "u.docx")


def test_cli_utkast_without_stallningstagande_warns(remiss_pdf: Path) -> None:
    """Without --stallningstagande the command says the placeholder must be filled in."""
    result = CliRunner().invoke(cli, ["utkast", str(remiss_pdf), "-o", "u.docx"])
    assert result.exit_code == 0
    assert "Obs: inget ställningstagande valt" in result.output


def test_cli_utkast_missing_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A path that is neither a file nor an id is one Swedish error line."""
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["utkast", "saknas.pdf"])
    assert result.exit_code == 1
    assert result.output == ("Fel: saknas.pdf: filen finns inte, och det är inget id i registret. "
                             "Ange en remiss-PDF eller ett id.\n")


def test_cli_utkast_file_without_remiss(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file where no missiv is found is an error, not an empty draft."""
    import remiss.pipeline

    monkeypatch.setattr(remiss.pipeline, "tolka_fil", lambda fil, **kw: [])
    path = write_pdf(tmp_path / "budget.pdf", [["Budget 2023"]])
    result = CliRunner().invoke(cli, ["utkast", str(path)])
    assert result.exit_code == 1
    assert "ingen remiss (missiv) hittades i filen" in result.output
    assert not any(p.suffix == ".docx" for p in tmp_path.iterdir())


def test_cli_utkast_several_remisser_needs_nr(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A package with several remisser asks for --nr; --nr 2 picks the second."""
    import remiss.pipeline

    two = [make_remiss(), make_remiss(titel="Program mot hemlöshet", diarienummer="IFN 2022-00010")]
    monkeypatch.setattr(remiss.pipeline, "tolka_fil", lambda fil, **kw: two)
    monkeypatch.chdir(tmp_path)
    # a text layer: the file is read again for --nr, and a page of one letter would go to OCR
    path = write_pdf(tmp_path / "paket.pdf", [["Sammanträdespaket med två remisser", "Ärende 1 och 2"]])
    result = CliRunner().invoke(cli, ["utkast", str(path)])
    assert result.exit_code == 1
    assert ("filen innehåller 2 remisser: 1) Motion: Utveckla stödet för anhöriga till kriminella "
            "(KS 2022-00304); 2) Program mot hemlöshet (IFN 2022-00010). Välj en med --nr.") in result.output
    chosen = CliRunner().invoke(cli, ["utkast", str(path), "--nr", "2", "--stallningstagande", "tillstyrker"])
    assert chosen.exit_code == 0, chosen.output
    assert "Arbetslivsnämnden tillstyrker programmet." in texts(tmp_path / "Yttrande IFN 2022-00010.docx")


def test_tmp_files_do_not_leak_on_error(tmp_path: Path) -> None:
    """A refused write leaves no temporary file behind."""
    target = tmp_path / "u.docx"
    target.write_bytes(b"x")
    with pytest.raises(InputError):
        skriv_atomiskt(b"y", target)
    assert os.listdir(tmp_path) == ["u.docx"]


# --- with the register --------------------------------------------------------------------------------


def test_cli_utkast_from_register(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`remiss utkast ID` uses the entry's own dnr, moves it to under_beredning and logs the draft's path."""
    from remiss.register import open_register

    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("REMISS_CONFIG", raising=False)
    monkeypatch.delenv("REMISS_DATABAS", raising=False)
    url = f"sqlite:///{tmp_path / 'r.db'}"
    pdf = write_pdf(tmp_path / "remiss.pdf", [["Remiss: Motion: Utveckla stödet", "Remissinstanser"], MOTION])
    with open_register(url) as reg:
        post = reg.add(make_remiss(fil=str(pdf)), sha256="abc", kalla_fil=str(pdf), eget_dnr="ALN 2022-00047",
                       handlaggare="Christian Fast")
    result = CliRunner().invoke(cli, ["utkast", str(post.id), "--databas", url, "--stallningstagande",
                                      "avstyrker"])
    assert result.exit_code == 0, result.output
    target = tmp_path / "Yttrande ALN 2022-00047.docx"
    rows = texts(target)
    assert "Arbetslivsnämnden avstyrker motionen." in rows
    assert " | Dnr ALN 2022-00047" in rows and "Christian Fast | Datum" in rows
    assert any(r.startswith(f"{FORSLAG} Motionen föreslår") for r in rows)
    with open_register(url) as reg:
        assert reg.get(post.id).status == "under_beredning"
        last = reg.history(post.id)[-1]
    assert last.handelse == "utkast"
    assert last.efter == {"fil": str(target.resolve()), "sha256": sha256_of(target),
                          "stallningstagande": "avstyrker"}


def test_cli_utkast_uses_corrected_values(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """After `uppdatera --svarsdatum --titel --svarsadress` the draft carries the new values."""
    from remiss.register import open_register

    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("REMISS_CONFIG", raising=False)
    url = f"sqlite:///{tmp_path / 'r.db'}"
    with open_register(url) as reg:
        post = reg.add(make_remiss(), sha256="abc", kalla_fil=str(tmp_path / "borta.pdf"))
    runner = CliRunner()
    changed = runner.invoke(cli, ["uppdatera", str(post.id), "--databas", url, "--svarsdatum", "2023-01-20",
                                  "--titel", "Motion: Stöd till anhöriga", "--svarsadress", "ks@boras.se"])
    assert changed.exit_code == 0, changed.output
    result = runner.invoke(cli, ["utkast", str(post.id), "--databas", url, "-o", "u.docx"])
    assert result.exit_code == 0, result.output
    rows = texts(tmp_path / "u.docx")
    assert rows[0] == "Yttrande över motionen Stöd till anhöriga"
    inledning = next(r for r in rows if r.startswith("Kommunstyrelsen har remitterat"))
    assert "senast 20 januari 2023" in inledning and "11 december" not in inledning
    assert "1. Kommunstyrelsen, ks@boras.se" in rows


@pytest.mark.parametrize(("titel", "rubrik_"), [
    ("Remiss: Motion: Handlingsplan mot skolsegregationen", "Yttrande över motionen Handlingsplan mot "
                                                            "skolsegregationen"),
    ("Ett samlat grepp om hemlösheten (SOU 2023:71)", "Yttrande över betänkandet Ett samlat grepp om "
                                                      "hemlösheten (SOU 2023:71)"),
    ("Betänkandet En ny socialtjänstlag (SOU 2020:47)", "Yttrande över betänkandet En ny socialtjänstlag "
                                                        "(SOU 2020:47)"),
    ("Promemorian Ändrade regler (Ds 2023:5)", "Yttrande över promemorian Ändrade regler (Ds 2023:5)"),
    ("Program mot hemlöshet", "Yttrande över program mot hemlöshet"),
    ("Motion om bättre skolor", "Yttrande över motion om bättre skolor"),
    ("Uppföljning av Överenskommelsen", "Yttrande över remissen Uppföljning av Överenskommelsen"),
    (None, "Yttrande över remiss"),
])
def test_rubrik_follows_what_was_remitted(titel: str | None, rubrik_: str) -> None:
    """The heading names what was remitted: betänkandet, motionen, promemorian, the program, or the remiss."""
    assert draft.rubrik(titel) == rubrik_


def test_cli_utkast_unknown_id(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An id that is not in the register is one Swedish error line."""
    from remiss.register import open_register

    monkeypatch.chdir(tmp_path)
    open_register(f"sqlite:///{tmp_path / 'r.db'}").close()
    result = CliRunner().invoke(cli, ["utkast", "99", "--databas", f"sqlite:///{tmp_path / 'r.db'}"])
    assert result.exit_code == 1
    assert result.output.startswith("Fel: det finns ingen remiss #99 i registret.")


# --- with the yttrande check -------------------------------------------------------------------------


def granskad(path: Path) -> Path:
    """Given a draft, remove the [FÖRSLAG] marking as the handläggare does after reading the proposal."""
    from docx import Document

    document = Document(str(path))
    for paragraph in document.paragraphs:
        for run in paragraph.runs:
            run.text = run.text.replace(f"{FORSLAG} ", "")
    document.save(str(path))
    return path


@pytest.mark.parametrize("varde", ["tillstyrker", "avstyrker", "avstar"])
def test_draft_with_stallningstagande_passes_the_check(tmp_path: Path, varde: str) -> None:
    """A fresh draft with a ställningstagande and a proposal passes `kontrollera`; [FÖRSLAG] is a note."""
    kontroll = pytest.importorskip("remiss.kontroll")
    target = skriv_utkast(make_remiss(), config=CONFIG, stallningstagande=varde, utfil=tmp_path / "u.docx",
                          eget_dnr="ALN 2022-00047 1.1.3.1", handling=make_handling(MOTION)).fil
    [result] = kontroll.kontrollera_fil(target)
    assert (result.stallningstagande, result.brister) == (varde, ())
    assert all(FORSLAG in note for note in result.anmarkningar)


@pytest.mark.parametrize("varde", ["tillstyrker", "avstyrker", "avstar"])
def test_reviewed_draft_passes_the_check(tmp_path: Path, varde: str) -> None:
    """A draft with a ställningstagande, its proposal reviewed, passes `kontrollera` with that value."""
    kontroll = pytest.importorskip("remiss.kontroll")
    target = skriv_utkast(make_remiss(), config=CONFIG, stallningstagande=varde, utfil=tmp_path / "u.docx",
                          eget_dnr="ALN 2022-00047 1.1.3.1", handling=make_handling(MOTION)).fil
    [result] = kontroll.kontrollera_fil(granskad(target))
    assert (result.stallningstagande, result.har_sammanfattning, result.brister) == (varde, True, ())


def test_draft_without_stallningstagande_fails_the_check(tmp_path: Path) -> None:
    """Without a ställningstagande the check reports it missing and names the placeholder."""
    kontroll = pytest.importorskip("remiss.kontroll")
    target = skriv_utkast(make_remiss(), config=CONFIG, utfil=tmp_path / "u.docx").fil
    [result] = kontroll.kontrollera_fil(target)
    assert result.stallningstagande is None
    texts_ = " ".join(b.text for b in result.brister)
    assert PLATSHALLARE_STALLNINGSTAGANDE in texts_
    assert FORSLAG in " ".join(result.anmarkningar)


def test_draft_without_proposal_keeps_the_instruction_and_fails_the_check(tmp_path: Path) -> None:
    """With nothing to propose the template's instruction stays, and `kontrollera` reports it."""
    kontroll = pytest.importorskip("remiss.kontroll")
    target = skriv_utkast(make_remiss(), config=CONFIG, stallningstagande="tillstyrker",
                          utfil=tmp_path / "u.docx").fil
    for path in (target, granskad(target)):
        [result] = kontroll.kontrollera_fil(path)
        assert [b.kod for b in result.brister] == ["PLATSHALLARE_KVAR"]
        assert "Skriv en kort sammanfattning av nämndens yttrande här." in result.brister[0].text
