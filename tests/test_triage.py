"""Triage: only the pages that need structure get the layout pass, and tolka reads the same as with all."""

from __future__ import annotations

from pathlib import Path

import pytest

from remiss import triage
from remiss.read import read_file
from remiss.split import MISSIV_SIDOR, split_documents

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
PROSA = ("Verksamheten har under året arbetat vidare med de mål som nämnden beslutade om. " * 12).strip()
MISSIV = (
    "Remiss: Ett stärkt stöd till barn och unga\r\nRemissinstanser\r\n1. Arbetslivsnämnden\r\n"
    "2. Kommunstyrelsen\r\nRemissvaren ska ha kommit in senast den 1 mars 2024.\r\n" + PROSA
)


def test_prose_pages_get_no_layout_but_the_first() -> None:
    """Sixty pages of report prose: only the first page is laid out."""
    assert triage.layout_sidor([PROSA] * 60) == {0}


def test_a_missiv_page_gets_layout_with_the_page_before_and_the_pages_after() -> None:
    """A missiv on page 37 of 60: the page before it (a start) and MISSIV_SIDOR - 1 pages after it."""
    texts = [PROSA] * 60
    texts[36] = MISSIV
    assert triage.layout_sidor(texts) == {0, 35, 36, *range(37, 36 + MISSIV_SIDOR)}


def test_a_list_going_on_keeps_the_window_open() -> None:
    """Pages that start with list items after a missiv are laid out past MISSIV_SIDOR."""
    lista = "\r\n".join(f"{n}. Instans nummer {n} i Sverige" for n in range(1, 40))
    texts = [PROSA] * 5 + [MISSIV] + [lista] * 8 + [PROSA] * 6
    chosen = triage.layout_sidor(texts)
    assert set(range(5, 15)) <= chosen
    assert chosen.isdisjoint(range(16, 20))


def test_another_document_closes_the_missiv_window() -> None:
    """A protocol § after a missiv ends the window: the pages after it are plain again."""
    texts = [PROSA] * 3 + [MISSIV, "§ 12 Dnr KS 2024-00012\r\nBudget 2025\r\n" + PROSA] + [PROSA] * 5
    assert triage.layout_sidor(texts) == {0, 2, 3, 4}


@pytest.mark.parametrize(
    "text",
    [
        "Datum\r\n2024-03-01\r\nDnr KS 2024-00031\r\n" + PROSA,  # a header block
        "Vår ref | YTTRANDE\r\n" + PROSA,  # a label beside another cell
        "Kommunstyrelsen Yttrande över remiss av betänkandet\r\n" + PROSA,  # a title after a name
        "Kort sida.",  # too little text: OCR and stamps decide on it
    ],
)
def test_pages_that_may_start_a_document_get_layout(text: str) -> None:
    """A header, a label or title word anywhere, or a short page: laid out."""
    assert 5 in triage.layout_sidor([PROSA] * 5 + [text] + [PROSA] * 3)


def _lang_pdf(tmp_path: Path, missiv: Path, *, fore: int = 36, total: int = 60) -> Path:
    """Return a PDF of `total` pages with the missiv from page fore + 1, report pages around it."""
    import pypdfium2 as pdfium

    filler = [pdfium.PdfDocument(str(SAMPLES / "ovrigt" / name)) for name in ("budget_001.pdf",
                                                                             "uppfoljning_004.pdf")]
    out = pdfium.PdfDocument.new()
    out.import_pages(filler[0], list(range(len(filler[0]))))
    out.import_pages(filler[1], list(range(fore - len(out))))
    source = pdfium.PdfDocument(str(missiv))
    out.import_pages(source)
    out.import_pages(filler[1], list(range(11, 11 + total - len(out))))
    path = tmp_path / "lang.pdf"
    out.save(str(path))
    assert len(out) == total
    return path


def test_missiv_on_page_37_of_60_is_read_with_all_its_fields(tmp_path: Path) -> None:
    """Regeringskansliet's missiv (list first, deadline and handläggare on pages 3–4) inside a long PDF."""
    from remiss.pipeline import tolka_fil

    missiv = SAMPLES / "rk_socialdepartementet.pdf"
    (alone,) = tolka_fil(missiv)
    (found,) = tolka_fil(_lang_pdf(tmp_path, missiv))
    assert found.sidor == (37, 40)
    expected, actual = alone.to_dict(), found.to_dict()
    for falt in ("diarienummer", "avsandare", "titel", "datum", "svarsdatum", "svarsadress", "kopia",
                 "handlaggare", "krav", "remissinstanser", "varningar"):
        assert actual[falt] == expected[falt], falt
    assert {k: v["sida"] - 36 for k, v in actual["kallor"].items()} == {
        k: v["sida"] for k, v in expected["kallor"].items()
    }


def test_pages_the_triage_skips_are_plain_and_never_sources(tmp_path: Path) -> None:
    """Pages without layout have no sizes; every field of the missiv comes from a laid-out page."""
    from remiss.pipeline import tolka_handling

    path = _lang_pdf(tmp_path, SAMPLES / "rk_socialdepartementet.pdf")
    handling = read_file(path, triage=True)
    laid_out = {page.number for page in handling.pages if any(line.size for line in page.lines)}
    assert {37, 38, 39, 40} <= laid_out
    assert len(laid_out) < len(handling.pages) // 2
    (remiss,) = tolka_handling(handling)
    assert {kalla.sida for kalla in remiss.kallor.values()} <= laid_out


def test_laid_out_pages_are_those_the_triage_chose(tmp_path: Path) -> None:
    """read_file(triage=True) lays out exactly the pages layout_sidor picks from the plain text."""
    import pypdfium2 as pdfium

    path = _lang_pdf(tmp_path, SAMPLES / "rk_socialdepartementet.pdf")
    pdf = pdfium.PdfDocument(str(path))
    texts = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    chosen = {index + 1 for index in triage.layout_sidor(texts)}
    handling = read_file(path, triage=True)
    full = read_file(path)
    assert 0 < len(chosen) < len(texts)
    for page, whole in zip(handling.pages, full.pages, strict=True):
        if page.number in chosen:
            assert page.lines == whole.lines, page.number
        else:
            assert all(line.size == 0 and line.top is None for line in page.lines), page.number


@pytest.mark.parametrize("paket", sorted((SAMPLES / "paket").glob("*.pdf")), ids=lambda p: p.name)
def test_meeting_package_splits_the_same_with_triage(paket: Path) -> None:
    """A meeting package: the same documents, types, pages and missiv scores as with layout on every page."""

    def delar(handling: object) -> list[tuple[object, ...]]:
        return [
            (d.dokumenttyp, d.forsta_sida, d.sista_sida, d.bedomning.poang if d.bedomning else None)
            for d in split_documents(handling)  # type: ignore[arg-type]
        ]

    triaged, full = read_file(paket, triage=True), read_file(paket)
    assert delar(triaged) == delar(full)
    assert any(not any(line.size for line in page.lines) for page in triaged.pages)


@pytest.mark.parametrize("med_triage", [False, True])
def test_scanned_page_is_seen_as_it_is_read(monkeypatch: pytest.MonkeyPatch, med_triage: bool) -> None:
    """The mixed 20-page PDF names its scanned page 1 without OCR; the file is not opened a second time."""
    from remiss import ocr
    from remiss.errors import NoTextLayerError

    def opened_again(*args: object) -> list[int]:
        raise AssertionError("PDF:en öppnades en andra gång för att leta skannade sidor")

    monkeypatch.setattr(ocr, "available", lambda: False)
    monkeypatch.setattr(ocr, "scanned_pages", opened_again)
    with pytest.raises(NoTextLayerError, match="sidan är skannad") as info:
        read_file(SAMPLES / "skannade" / "blandad_20_sidor.pdf", triage=med_triage)
    assert info.value.sida == 1
    handling = read_file(SAMPLES / "paket" / "sammantrade_003.pdf", triage=med_triage)  # short text pages
    assert not any(page.ocr for page in handling.pages)


@pytest.mark.parametrize(
    "plain",
    [
        "Remiss:\tEtt  stärkt\u00a0stöd\r\n\r\n  1. Arbetslivs\ufffenämnden \r\nVård\ufffe\r\noch omsorg\r\n",
        "Sida\u20091 (2)\x0cNästa\u000bdel\r\rslut",
        "",
    ],
)
def test_a_plain_page_is_the_same_as_the_text_layer_fallback(plain: str) -> None:
    """A page read as plain text gives the same Lines as a page whose text objects lack text."""
    from remiss import read

    size = (595.0, 842.0)
    assert read._plain_page(3, plain, size) == read._make_page(3, read._plain_rows(plain), size)


def test_beslut_att_skicka_pa_remiss_ar_ingen_remiss() -> None:
    """missiv/knivsta-drogpolitiskt-program-ks: a (proposed) decision in the present tense that a programme
    'utsändes på remiss', 'att remisstiden fastställs', is the decision, not the remiss
    (modeller/missiv.toml beslut_om_remiss)."""
    from remiss.domain import Line
    from remiss.split import MISSIV_GRANS, bedom_missiv

    text = (
        "2 Handläggare Tjänsteskrivelse Diarienummer Paula Lindqvist Grinde Datum KS-2010/ Kommunstyrelsen "
        "Förslag till drogpolitiskt program för Knivsta kommun KS-2010/298 Förslag till beslut "
        "Kommunstyrelsen beslutar att förslag till drogpolitiskt program för Knivsta kommun utsändes på "
        "remiss till de instanser som omnämns i bilaga 1. att remisstiden fastställs till 31 augusti "
        "Remissvar bör vara Knivsta kommun tillhanda senast 31 augusti Svar sändes"
    )
    bedomning = bedom_missiv([Line(text=text, page=1, number=1)])
    assert any(s.startswith("beslut_om_remiss") for s in bedomning.skal)
    assert bedomning.poang < MISSIV_GRANS


def test_tidningens_annonsmarkning_ar_ingen_remiss() -> None:
    """missiv/tandlakartidningen-tandvard-remiss-nyhet: 'Annons' alone on a line over an item that reports the
    government's remiss (instanser, deadline) is a newspaper's page about a remiss, not the remiss
    (modeller/missiv.toml [tidning])."""
    import tomllib

    from remiss.domain import Line
    from remiss.split import MISSIV_GRANS, bedom_missiv

    rows = [
        "Annons", "Annons", "Utredningen om jämlik tandhälsa ute på remiss",
        "Regeringen vill ha synpunkter på utredningen ”När behovet får styra – ett tandvårdssystem för en "
        "mer jämlik tandhälsa”. Därför har den skickats på remiss till tandvårdsorganisationer, föreningar "
        "och andra intressenter.",
        "Bland andra har utredningen gått ut på remiss till Sverige Tandläkarförbund, Tjänstetandläkarna, "
        "folktandvårdsorganisationer, specialistföreningar samt till myndigheter, regioner och kommuner.",
        "Remissvaren ska ha kommit in till socialdepartementet senast 1 september.",
    ]
    bedomning = bedom_missiv([Line(text=row, page=1, number=i) for i, row in enumerate(rows, 1)])
    assert ("tidningens annonsmärkning", -7.0) in bedomning.signaler
    assert bedomning.poang < MISSIV_GRANS - 1
    data = tomllib.loads((Path(__file__).resolve().parent.parent / "modeller" / "missiv.toml").read_text())
    assert data["tidning"]["exempel"].split(" / ")[0] in data["tidning"]["annonsrader"]


def test_sprakrad_med_remissfraser_som_exempel_ar_ingen_remiss() -> None:
    """missiv/mediesprak-lamna-synpunkter-pa-forslag: a language adviser's page quotes a remiss's phrases as
    examples ('Detaljplanen är öppen för synpunkter till 14 november.', 'ute på remiss') and advises on words
    ('Undvik "till påseende" …', 'Motsvarande finska uttryck är …'): it asks no one for views
    (modeller/missiv.toml, signal 'sprakrad')."""
    from remiss.domain import Line
    from remiss.split import MISSIV_GRANS, bedom_missiv

    rows = [
        "Lämna synpunkter på förslag",
        "Ibland får allmänheten bekanta sig med planer och förslag innan slutliga beslut fattas i våra "
        "kommuner.",
        'Undvik "till påseende" i det här sammanhanget. Det innebär nämligen att man får pröva på en vara '
        "ett tag.",
        "• Detaljplanen är öppen för synpunkter till 14 november.",
        "Motsvarande finska uttryck är till exempel pidetään nähtävänä och on julkisesti nähtävillä.",
        "• Synpunkter på förslaget kan lämnas under tiden som strukturplanen är ute på remiss.",
        "• Du har möjlighet att tycka till om förslagen till och med 9 maj.",
    ]
    bedomning = bedom_missiv([Line(text=row, page=1, number=i) for i, row in enumerate(rows, 1)])
    assert any(vikt == -6.0 for _, vikt in bedomning.signaler)
    assert bedomning.poang < MISSIV_GRANS


def test_guide_till_att_skriva_remissvar_ar_ingen_remiss() -> None:
    """prov7/valfrihetsfakta-skriva-remiss: a guide 'SÅ skriver du en remiss' says how remisser go in general
    ('Alla offentliga utredningar skickas ut på remiss', 'kan alla som vill skicka in synpunkter', 'svar … som
    skickas in till regeringen') and asks for no answer of its own (modeller/missiv.toml, 'om_remisser')."""
    from remiss.domain import Line
    from remiss.split import MISSIV_OSAKER, bedom_missiv

    rows = [
        "SÅ skriver du en remiss",
        "Alla offentliga utredningar skickas ut på remiss. Under en viss period – oftast tre månader men "
        "ibland kortare – kan alla som vill skicka in synpunkter.",
        "Remissvar kan skickas in av organisationer, företag och enskilda medborgare.",
        "Alla svar på remisser som skickas in till regeringen blir offentliga handlingar som vem som helst i "
        "efterhand kan begära ut.",
        "Här finns en guide med konkreta tips för du skriver ett remissvar.",
    ]
    bedomning = bedom_missiv([Line(text=row, page=1, number=i) for i, row in enumerate(rows, 1)])
    assert ("om_remisser", -2.0) in bedomning.signaler
    assert bedomning.poang < MISSIV_OSAKER
