"""`remiss tolka --forklara` and `--bild`: the explanation names tolka's winners, the pictures box them."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from remiss.cli import cli
from remiss.forklara.rader import SORTER
from remiss.forklara.text import UTAN_SKAL

from .conftest import ROOT, SAMPLES

KORPUS = sorted((ROOT / "tests" / "korpus" / "missiv").glob("*.pdf"))
PROV = sorted(
    [p for p in SAMPLES.glob("*") if p.suffix in (".pdf", ".docx")]
    + sorted((SAMPLES / "paket").glob("*.pdf"))
    + sorted((SAMPLES / "ovrigt").glob("*.pdf"))
)
FALT = {"Diarienummer": "diarienummer", "Avsändare": "avsandare", "Titel": "titel", "Datum": "datum",
        "Svarsdatum": "svarsdatum", "Svarsadress": "svarsadress", "Handläggare": "handlaggare",
        "Remissinstanser": "remissinstanser"}


def tolka_json(path: Path) -> list[dict]:
    """Given a file, return what plain `remiss tolka --json` prints for it."""
    result = CliRunner().invoke(cli, ["tolka", str(path), "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def forklara(path: Path) -> str:
    """Given a file, return what `remiss tolka FIL --forklara` prints (exit code 0)."""
    result = CliRunner().invoke(cli, ["tolka", str(path), "--forklara"])
    assert result.exit_code == 0, result.output
    return result.stdout


def expected(remiss: dict, falt: str) -> str:
    """Given a remiss as JSON and a field, return the value the explanation must print for it."""
    if falt == "handlaggare":
        value = remiss["handlaggare"]["namn"]
    elif falt == "remissinstanser":
        value = f"{len(remiss['remissinstanser'])} namn" if remiss["remissinstanser"] else None
    elif falt == "diarienummer" and remiss["klassificering"]:
        value = f"{remiss['diarienummer']} (klassificering {remiss['klassificering']})"
    else:
        value = remiss[falt]
    return value or "(tomt)"


def printed_winners(text: str) -> list[dict[str, str]]:
    """Given --forklara output, return per missiv that became a remiss the values it names ('Titel: X')."""
    out = []
    for block in re.split(r"^=== Missiv.*===$", text, flags=re.MULTILINE)[1:]:
        if "delen blir ingen remiss" in block:
            continue
        fields = {}
        for line in block.split("\nFält:\n", 1)[1].splitlines():
            head, _, value = line.partition(": ")
            if head in FALT:
                fields[FALT[head]] = value
        out.append(fields)
    return out


def check_winners(path: Path) -> str:
    """Given a file, assert --forklara names exactly the values `tolka --json` gives; return the text."""
    text = forklara(path)
    remisser = tolka_json(path)
    winners = printed_winners(text)
    assert len(winners) == len(remisser)
    for remiss, fields in zip(remisser, winners, strict=True):
        assert fields == {falt: expected(remiss, falt) for falt in FALT.values()}
    assert UTAN_SKAL not in text  # every winner says why it won
    return text


@pytest.mark.parametrize("path", PROV, ids=lambda p: p.relative_to(SAMPLES).as_posix())
def test_forklara_names_the_json_winners_on_every_sample(path: Path) -> None:
    """On every sample the explanation prints, per missiv, the value of each field that --json gives."""
    text = check_winners(path)
    assert f"\nFörklaring: {path}\n" in "\n" + text
    assert "Dokument i filen" in text


@pytest.mark.parametrize("path", KORPUS, ids=lambda p: p.stem)
def test_forklara_names_the_json_winners_on_real_missiv(path: Path) -> None:
    """On every real missiv of the corpus the explanation prints the values --json gives."""
    check_winners(path)


def rader(text: str) -> list[tuple[str, str, str, str]]:
    """Given --forklara output, return the rows of its line tables: (page, line, kind, text)."""
    out = []
    for line in text.splitlines():
        kinds = "|".join(map(re.escape, SORTER))
        match = re.match(r"^  (\d+)\s+(\d+)\s+(" + kinds + r")\s+(.*?)\s{2,}(.*)$", line)
        if match:
            out.append((match.group(1), match.group(2), match.group(3), match.group(5)))
    return out


def test_line_kinds_of_a_borås_missiv() -> None:
    """Each kind is given to the line that has it: title, list item, header label, page furniture, prose."""
    kinds = {text: kind for _, _, kind, text in rader(forklara(SAMPLES / "hemloshet.pdf"))}
    assert kinds["Remiss: Program mot hemlöshet"] == "rubrik"
    assert kinds["Remissinstanser"] == "rubrik"
    assert kinds["1. Arbetslivsnämnden"] == "listpunkt"
    assert kinds["35. Rädda barnen i Borås"] == "listpunkt"
    assert kinds["Dnr IFON 2022-00041 1.1.3.0"] == "etikett/värde"
    assert kinds["MISSIV"] == "sidhuvud/sidfot"
    assert kinds["e-postmeddelandet."] == "brödtext"
    assert set(kinds.values()) == set(SORTER)


def test_sections_follow_the_headings() -> None:
    """A list item stands in the list's section; the text after the list is not in it."""
    explanation = forklara(SAMPLES / "hemloshet.pdf").split("\nFörklaring: ", 1)[1]
    rows = [line for line in explanation.splitlines() if "Arbetslivsnämnden" in line
            or "Remissvaren skickas i elektronisk form" in line]
    assert re.search(r"listpunkt\s+Remissinstanser\s+1\. Arbetslivsnämnden", rows[0])
    assert "(efter listan)" in rows[1]


def test_line_kinds_of_a_real_missiv() -> None:
    """On a real Regeringskansliet missiv the title, the list heading and the list items are found as such."""
    path = next(p for p in KORPUS if p.stem == "rk-n2015-4841")
    found = rader(forklara(path))
    kinds = {text: kind for _, _, kind, text in found}
    assert kinds["Remiss av: SOU 2015:60 - Delrapport från"] == "rubrik"
    assert kinds["Remissinstanser:"] == "rubrik"
    assert sum(kind == "listpunkt" for _, _, kind, _ in found) >= 40
    assert kinds["1 (3)"] == "sidhuvud/sidfot"


def test_title_line_is_a_heading_whatever_it_looks_like() -> None:
    """The line the title was read from is a rubrik, also when it looks like 'Label: value'."""
    path = next(p for p in KORPUS if p.stem == "lst-norrbotten-elfordon")
    kinds = {text: kind for _, _, kind, text in rader(forklara(path))}
    assert kinds["Remissversion: Plan för infrastruktur för elfordon och"] == "rubrik"
    assert kinds["425-6765-19"] == "etikett/värde"  # the dnr alone on its line is a header value


def test_missiv_score_and_its_signals_are_shown() -> None:
    """The missiv score printed is the split's score, with the signals that counted."""
    from remiss.read import read_file
    from remiss.split import find_missiv

    part = find_missiv(read_file(SAMPLES / "rk_finansdepartementet.pdf"))[0]
    text = forklara(SAMPLES / "rk_finansdepartementet.pdf")
    poang = f"{part.bedomning.poang:g}".replace(".", ",")
    assert f"Missivbedömning: {poang} poäng (missiv från 4,5" in text
    assert re.search(r"^  \+3\s+remissrubrik$", text, flags=re.MULTILINE)
    assert re.search(r"^  \+2,5\s+lista över remissinstanser$", text, flags=re.MULTILINE)


def test_svarsdatum_candidates_have_scores_and_reasons() -> None:
    """Every date of the missiv is a candidate with a score; the winner is marked and has the deadline cue."""
    block = forklara(SAMPLES / "rk_finansdepartementet.pdf").split("\nSvarsdatum: ")[1].split("\n\n")[0]
    lines = block.splitlines()
    assert lines[0] == "2016-03-01"
    assert re.match(r"^  ►\s+4,5\s+2016-03-01\s+2:8\s+svarsfras före datumet", lines[2])
    assert re.search(r"0\s+2015-11-30\s+1:2\s+inget svarsord vid datumet", block)
    assert "Därför: högst poäng (4,5)" in block


def test_dnr_candidates_show_header_and_text() -> None:
    """When the header and the text both give the dnr, both are candidates and the rule order is told."""
    block = forklara(SAMPLES / "hemloshet.pdf").split("\nDiarienummer: ")[1].split("\n\n")[0]
    assert re.search(r"►\s+–\s+IFON 2022-00041 1\.1\.3\.0\s+1:7\s+etiketten 'Dnr' i brevhuvudet, "
                     r"värdet till höger om etiketten på samma rad", block)
    assert re.search(r"\n\s+–\s+IFON 2022-00041\s+2:8\s+numret texten ber", block)
    assert "Ordning: numret texten ber" in block


def test_empty_field_says_why() -> None:
    """A field nothing was found for is printed '(tomt)' with the rule that was tried."""
    path = next(p for p in KORPUS if "lst-norrbotten-elfordon" in p.name)
    remiss = tolka_json(path)[0]
    empty = [name for name, falt in FALT.items() if expected(remiss, falt) == "(tomt)"]
    text = forklara(path)
    for name in empty:
        assert re.search(rf"^{name}: \(tomt\)\n(?:.*\n)*?  Tomt: ingen kandidat godtogs\. Regel: ", text,
                         flags=re.MULTILINE)


def test_no_missiv_shows_the_document_scores() -> None:
    """A file without a missiv lists its documents with their scores and says no part reached the limit."""
    text = forklara(SAMPLES / "ovrigt" / "budget_001.pdf")
    assert "Inget missiv: ingen del nådde missivgränsen" in text
    assert re.search(r"^  1–\d+\s+annat\s+-?\d", text, flags=re.MULTILINE)


def test_json_stays_clean_with_forklara() -> None:
    """With --json the JSON on stdout is that of plain --json; the explanation goes to stderr."""
    path = SAMPLES / "tva_missiv.pdf"
    result = CliRunner().invoke(cli, ["tolka", str(path), "--json", "--forklara"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == tolka_json(path)
    assert result.stderr.count("=== Missiv 1 av 2") == 1


def test_trace_is_closed_after_forklara() -> None:
    """After an explanation no trace stays open: a plain tolka records nothing and costs nothing."""
    from remiss import forklara as trace
    from remiss.forklara.kor import forklara_fil

    forklara_fil(SAMPLES / "hemloshet.pdf")
    assert not trace.aktiv()
    trace.kandidat("titel", "x", "y")  # a report without a trace is a no-op
    assert not trace.aktiv()


def test_forklara_refuses_email() -> None:
    """An e-mail is not explained: one Swedish line says to save the missiv and explain it."""
    path = SAMPLES / "remissvar" / "delaktighet" / "valnamnden.eml"
    result = CliRunner().invoke(cli, ["tolka", str(path), "--forklara"])
    assert result.exit_code == 1
    assert result.stderr.startswith("Fel: ") and "Spara missivet ur e-posten" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


# --- --bild ----------------------------------------------------------------------------------------


def bild(path: Path, mapp: Path, *extra: str) -> object:
    """Run `remiss tolka FIL --bild MAPP` and return the click result."""
    return CliRunner().invoke(cli, ["tolka", str(path), "--bild", str(mapp), *extra])


@pytest.mark.parametrize("name", ["tva_missiv.pdf", "hemloshet.pdf", "rk_socialdepartementet.pdf"])
def test_bild_writes_one_png_per_missiv_page(tmp_path: Path, name: str) -> None:
    """One PNG per page of each missiv, named after the file and page, twice the page size in points."""
    import pypdfium2 as pdfium
    from PIL import Image

    path = SAMPLES / name
    result = bild(path, tmp_path / "bilder")
    assert result.exit_code == 0, result.output
    pages = sorted({p for r in tolka_json(path) for p in range(r["sidor"][0], r["sidor"][1] + 1)})
    written = sorted((tmp_path / "bilder").glob("*.png"))
    assert [p.name for p in written] == sorted(f"{path.stem}-sida{p}.png" for p in pages)
    pdf = pdfium.PdfDocument(str(path))
    for page in pages:
        with Image.open(tmp_path / "bilder" / f"{path.stem}-sida{page}.png") as image:
            width, height = pdf[page - 1].get_size()
            assert abs(image.width - width * 2) <= 1 and abs(image.height - height * 2) <= 1
    pdf.close()


def test_bild_boxes_the_dnr_line_in_its_colour(tmp_path: Path) -> None:
    """Where the dnr stands on the page (found by pdfplumber) the picture is tinted and outlined in colour."""
    import pdfplumber
    import pypdfium2 as pdfium
    from PIL import Image, ImageChops

    from remiss.forklara.bild import FARGER

    path = SAMPLES / "hemloshet.pdf"
    assert bild(path, tmp_path).exit_code == 0
    with pdfplumber.open(path) as pdf:
        hit = pdf.pages[0].search("IFON 2022-00041")[0]
    plain = pdfium.PdfDocument(str(path))[0].render(scale=2).to_pil().convert("RGB")
    with Image.open(tmp_path / "hemloshet-sida1.png") as image:
        drawn = image.convert("RGB")
        box = tuple(int(v * 2) for v in (hit["x0"] - 6, hit["top"] - 6, hit["x1"] + 6, hit["bottom"] + 6))
        region = drawn.crop(box)
        changed = ImageChops.difference(region, plain.crop(box)).convert("L")
        changed = changed.point(lambda v: 255 if v > 8 else 0)
        share = changed.histogram()[255] / (region.width * region.height)
        assert share > 0.5  # the line is tinted
        colours = {colour for _, colour in region.getcolors(maxcolors=region.width * region.height)}
        assert FARGER["diarienummer"] in colours  # and outlined in the field's colour
        far = (20, drawn.height - 60, 120, drawn.height - 20)  # the page's lower left corner: untouched
        assert ImageChops.difference(drawn.crop(far), plain.crop(far)).getbbox() is None


def test_bild_keeps_an_existing_picture_without_force(tmp_path: Path) -> None:
    """A picture already there is not overwritten: one Fel line, exit 1; --force overwrites it."""
    path = SAMPLES / "tva_missiv.pdf"
    target = tmp_path / "tva_missiv-sida2.png"
    target.write_bytes(b"gammal")
    result = bild(path, tmp_path)
    assert result.exit_code == 1
    assert result.stderr == (f"Fel: {path}: bilden {target} finns redan. Använd --force för att skriva över "
                             "den, eller välj en annan mapp.\n")
    assert target.read_bytes() == b"gammal"
    assert not (tmp_path / "tva_missiv-sida1.png").exists()  # nothing written when one file is in the way
    assert bild(path, tmp_path, "--force").exit_code == 0
    assert target.read_bytes().startswith(b"\x89PNG")


def test_bild_on_docx_boxes_the_fields_on_the_laid_out_page(tmp_path: Path) -> None:
    """A Word file is laid out by LibreOffice and each field's line is boxed where it stands on that page."""
    import pypdfium2 as pdfium
    from PIL import Image

    from remiss.draft import till_pdf
    from remiss.forklara.bild import FARGER

    path = SAMPLES / "vgr_utvecklingsstrategi.docx"
    result = bild(path, tmp_path / "bilder")
    assert result.exit_code == 0, result.output
    assert [p.name for p in (tmp_path / "bilder").glob("*.png")] == ["vgr_utvecklingsstrategi-sida1.png"]
    pdf_path = till_pdf(path, tmp_path / "lagd.pdf")
    page = pdfium.PdfDocument(str(pdf_path))[0]
    textpage = page.get_textpage()
    searcher = textpage.search("RS 2023-04512")
    first = searcher.get_next()
    assert first is not None
    left, bottom, right, top = textpage.get_charbox(first[0])
    height = page.get_height()
    with Image.open(tmp_path / "bilder" / "vgr_utvecklingsstrategi-sida1.png") as image:
        drawn = image.convert("RGB")
        box = tuple(int(v * 2) for v in (left - 120, height - top - 6, right + 80, height - bottom + 6))
        region = drawn.crop(box)
        colours = {colour for _, colour in region.getcolors(maxcolors=region.width * region.height)}
    assert FARGER["diarienummer"] in colours


def test_bild_moves_word_lines_to_the_pdf_line_holding_the_value() -> None:
    """A Word line is found on the laid-out page by its text; the line holding the value wins, and a
    line found nowhere is left out."""
    from remiss.domain import Line
    from remiss.forklara.bild import Ruta, flytta_rutor

    word = {1: [Ruta("diarienummer", Line("Dnr | KS 2024/118", 1, 3), "KS 2024/118"),
                Ruta("titel", Line("Remiss av förslag till ny avfallsplan för Kungsörs kommun 2025–2030",
                                   1, 5), "förslag till ny avfallsplan för Kungsörs kommun 2025–2030"),
                Ruta("handlaggare", Line("Handläggare: Eva Ek", 1, 9), "Eva Ek")]}
    pdf = [Line("Kungsörs kommun", 1, 1, top=50.0), Line("Dnr KS 2024/118", 1, 2, top=70.0),
           Line("Datum 2024-05-02", 1, 3, top=90.0),
           Line("Remiss av förslag till ny avfallsplan för Kungsörs", 1, 4, top=120.0),
           Line("kommun 2025–2030", 1, 5, top=135.0), Line("Sida 2 (2)", 2, 1, top=30.0)]
    moved = flytta_rutor(word, pdf)
    assert [(r.falt, r.rad.number) for r in moved[1]] == [("diarienummer", 2), ("titel", 4)]


def test_bild_on_docx_without_libreoffice_says_what_to_do(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """Without LibreOffice a Word file gets one Swedish line, exit 1, and no folder is made."""
    import remiss.draft

    monkeypatch.setattr(remiss.draft, "soffice", lambda: None)
    path = SAMPLES / "vgr_utvecklingsstrategi.docx"
    result = bild(path, tmp_path / "bilder")
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Fel: {path}: bilder (--bild) av en Word-fil kräver LibreOffice")
    assert not (tmp_path / "bilder").exists()


def test_bild_on_a_scanned_page_boxes_by_ocr_lines(tmp_path: Path) -> None:
    """OCR lines know their top only: their boxes span the text column, and the picture is still made."""
    from PIL import Image

    from remiss.domain import Line
    from remiss.forklara.bild import Ruta, rita

    image = Image.new("RGB", (1190, 1684), "white")
    rita(image, [Ruta("svarsdatum", Line(text="senast 1 mars", page=1, number=3, top=100.0, ocr=True))],
         page_width=595.0)
    assert image.getpixel((600, 200)) != (255, 255, 255)  # inside the band
    assert image.getpixel((600, 400)) == (255, 255, 255)  # below it


def test_bild_boxes_only_the_cell_of_a_header_row(tmp_path: Path) -> None:
    """In a header row 'Datum | Diarienummer' the dnr's box covers its cell, not the date beside it."""
    import pdfplumber
    from PIL import Image

    from remiss.forklara.bild import FARGER

    path = SAMPLES / "lansstyrelsen_vg.pdf"
    assert bild(path, tmp_path).exit_code == 0
    with pdfplumber.open(path) as pdf:
        dnr = pdf.pages[0].search("451-12345-2023")[0]
        datum = pdf.pages[0].search("2024-03-15")[0]
    with Image.open(tmp_path / "lansstyrelsen_vg-sida1.png") as image:
        drawn = image.convert("RGB")

        def colours(hit: dict) -> set:
            box = tuple(int(v * 2) for v in (hit["x0"] - 5, hit["top"] - 5, hit["x1"] + 5, hit["bottom"] + 5))
            region = drawn.crop(box)
            return {colour for _, colour in region.getcolors(maxcolors=region.width * region.height)}

        assert FARGER["diarienummer"] in colours(dnr)
        assert FARGER["diarienummer"] not in colours(datum)
        assert FARGER["datum"] in colours(datum)


def test_readme_shows_real_forklara_output() -> None:
    """The README's --forklara example is what the command prints today (only list items cut out)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("$ remiss tolka samples/lansstyrelsen_vg.pdf --forklara\n", 1)[1].split("```", 1)[0]
    path = SAMPLES / "lansstyrelsen_vg.pdf"
    actual = forklara(path).split("\nFörklaring: ", 1)[1].replace(str(path), "samples/lansstyrelsen_vg.pdf")
    shown = block.rstrip("\n").splitlines()
    missing = []
    lines = iter(("Förklaring: " + actual).rstrip("\n").splitlines())
    for want in shown:
        if want == "  …":
            continue
        for line in lines:
            if line == want:
                break
            missing.append(line)
        else:
            raise AssertionError(f"README-raden finns inte i utdata: {want!r}")
    assert len(shown) > 60
    assert missing and all(" listpunkt " in line for line in missing)  # only list items were cut out


def test_bild_says_when_the_folder_cannot_be_made(tmp_path: Path) -> None:
    """A folder that cannot be made (a file stands in the way) gives one Fel line and exit 1."""
    (tmp_path / "fil").write_text("x")
    path = SAMPLES / "hemloshet.pdf"
    result = bild(path, tmp_path / "fil" / "bilder")
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Fel: {path}: mappen {tmp_path / 'fil' / 'bilder'} kan inte skapas (")
    assert result.stderr.rstrip().endswith("Välj en mapp du kan skriva i.")
