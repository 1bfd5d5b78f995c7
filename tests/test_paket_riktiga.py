"""Packages built from two or three real corpus PDFs: each document is found as it is read alone.

A meeting package or a bundled PDF holds documents one after another; bench/bench_paket.py measures the
same on packages of 5–15 corpus documents and on long PDFs. Each test is named after the class it broke.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from remiss.domain import Line
from remiss.pipeline import tolka_fil
from remiss.split import page_counter, split_documents

KORPUS = Path(__file__).resolve().parent / "korpus"


def _paket(target: Path, *namn: str) -> tuple[Path, list[tuple[int, int]]]:
    """Given corpus documents ('missiv/x'), write them one after another into one PDF; return it and the
    pages (from 1) each stands on."""
    import pypdfium2 as pdfium

    out = pdfium.PdfDocument.new()
    sidor = []
    for name in namn:
        path = KORPUS / f"{name}.pdf"
        if not path.exists():
            pytest.skip(f"{path} finns inte")
        source = pdfium.PdfDocument(str(path))
        forsta = len(out) + 1
        out.import_pages(source)
        sidor.append((forsta, len(out)))
        source.close()
    out.save(str(target))
    return target, sidor


def _ensam(name: str) -> list[dict[str, object]]:
    """Return what tolka finds in a corpus document read alone (its fields, without file and pages)."""
    return [_falt(r.to_dict()) for r in tolka_fil(KORPUS / f"{name}.pdf")]


def _falt(remiss: dict[str, object]) -> dict[str, object]:
    """Return a remiss's fields that a package must not change."""
    return {k: remiss[k] for k in ("diarienummer", "avsandare", "titel", "svarsdatum", "svarsadress")}


def _rad(text: str, number: int = 1, page: int = 1) -> Line:
    """Return a line of text."""
    return Line(text=text, page=page, number=number)


@pytest.mark.parametrize(("text", "vantat"), [
    ("1(2)", (1, 2)),
    ("1 (16) REMISS", (1, 16)),
    ("Näringsdepartementet | 2(2)", (2, 2)),
    ("Sida 1 av 3", (1, 3)),
    ("MISSIV Sida 1(1)", (1, 1)),
    ("Remissvaren ska ha kommit in senast den 1 (en) december 2023 till Kommunstyrelsen", None),
    ("3 (2)", None),
])
def test_sidraknare_i_sidans_kant(text: str, vantat: tuple[int, int] | None) -> None:
    """A page counter is read from a short line at the page's edge, in the forms Swedish letters use."""
    assert page_counter([_rad(text), _rad("Brödtext", 2)]) == vantat


def test_sida_ett_enligt_raknaren_oppnar_ett_dokument(tmp_path: Path) -> None:
    """A web notice headed 'Nyheter' under its counter '1(1)' after a two-page missiv is its own document:
    before, nothing on it read as a title and it ran into the missiv before it (both remisser found)."""
    fil, sidor = _paket(tmp_path / "p.pdf", "missiv/rk-n2016-00487", "missiv/sodertalje-avfallsforeskrifter")
    remisser = tolka_fil(fil)
    assert [tuple(r.sidor) for r in remisser] == sidor
    assert [_falt(r.to_dict()) for r in remisser] == \
        _ensam("missiv/rk-n2016-00487") + _ensam("missiv/sodertalje-avfallsforeskrifter")


def test_sidan_efter_sista_raknade_sidan_oppnar_ett_dokument(tmp_path: Path) -> None:
    """An uncounted page (a printed mail) after a page counted 'Sida 1(1)' opens a document: before, the
    missiv ran into the news item before it and its remiss was read with the news item's title."""
    fil, sidor = _paket(tmp_path / "p.pdf", "yttranden/kkv-effektivare-konkurrensregler",
                        "missiv/s-orebro-drogpolitisk-handlingsplan")
    remisser = tolka_fil(fil)
    assert [tuple(r.sidor) for r in remisser] == sidor[1:]
    assert [_falt(r.to_dict()) for r in remisser] == _ensam("missiv/s-orebro-drogpolitisk-handlingsplan")


def test_regeringskansliets_lista_forst_efter_annat_dokument(tmp_path: Path) -> None:
    """A Regeringskansliet missiv that opens with its list (counter '1 (2)') after a newspaper's page is
    found, and the newspaper's page gives no remiss."""
    fil, sidor = _paket(tmp_path / "p.pdf", "prov10/kuriren-lulea-transportplan-remissvar",
                        "missiv/rk-x2015-koll-pa-anlaggningen")
    remisser = tolka_fil(fil)
    assert [tuple(r.sidor) for r in remisser] == sidor[1:]
    assert [_falt(r.to_dict()) for r in remisser] == _ensam("missiv/rk-x2015-koll-pa-anlaggningen")


def test_tidigare_dokuments_avsandare_smittar_inte_remissen(tmp_path: Path) -> None:
    """A department's remiss without a named sender, after a company's samråd and another organisation's
    yttrande in the same package, gets no sender, as alone: before, the page-opening rule searched every line
    of the file before the remiss and gave it the company's name ('SMA Mineral Persberg AB planerar att
    ansöka …', paket07 in bench_paket)."""
    namn = ("prov20/sma-gasgruvan-samrad", "yttranden/nacka-naturskydd-ryssbergen-yttrande",
            "missiv/rk-x2017-studiemedel-vid-utlandsstudier")
    fil, sidor = _paket(tmp_path / "p.pdf", *namn)
    remisser = tolka_fil(fil)
    assert [tuple(r.sidor) for r in remisser] == [sidor[0], sidor[2]]
    assert [_falt(r.to_dict()) for r in remisser] == _ensam(namn[0]) + _ensam(namn[2])
    assert remisser[1].avsandare is None


def test_listsidans_inledning_galler_aven_inne_i_ett_paket(tmp_path: Path) -> None:
    """A page listing remisser whose opening names the sender ('På den här sidan listar
    Strålsäkerhetsmyndigheten aktuella remisser …') gives that sender inside a package too, and only to the
    remisser on its page: before, the opening searched was the file's first lines (another document's) and
    the sender was lost, and a first fix gave it to the next document's remiss as well (paket03 in
    bench_paket)."""
    namn = ("missiv/rk-x2017-studiemedel-vid-utlandsstudier", "prov5/ssm-kosmetiska-solarier-remiss",
            "missiv/regionvarmland-varmlandsstrategin-2040-remiss")
    fil, _ = _paket(tmp_path / "p.pdf", *namn)
    remisser = tolka_fil(fil)
    assert [_falt(r.to_dict()) for r in remisser] == [f for n in namn for f in _ensam(n)]
    assert [r.avsandare for r in remisser][1:] == ["Strålsäkerhetsmyndigheten", None]


def test_okraknad_sandlista_efter_sista_sidan_hor_till_missivet() -> None:
    """An uncounted page headed 'Sändlista' after a missiv's last counted page ('2 (2)') stays with it."""
    from remiss.domain import Handling, Page

    def sida(nummer: int, rader: list[str]) -> Page:
        return Page(number=nummer, lines=tuple(_rad(t, i, nummer) for i, t in enumerate(rader, 1)))

    handling = Handling(fil="x.pdf", sha256="0", pages=(
        sida(1, ["1 (2)", "Kommunstyrelsen", "Remiss: Förslag till avfallsplan",
                 "Remissvaren ska ha kommit in senast den 1 december 2023."]),
        sida(2, ["2 (2)", "Med vänlig hälsning", "Anna Andersson"]),
        sida(3, ["Sändlista", "Barn- och utbildningsnämnden", "Miljönämnden", "Tekniska nämnden"]),
    ))
    assert [(d.forsta_sida, d.sista_sida) for d in split_documents(handling)] == [(1, 3)]


def _kontroll(fil: Path) -> list[tuple[tuple[int, int], str | None]]:
    """Return the pages and ställningstagande of each yttrande the check recognises in a file."""
    from remiss.kontroll import kontrollera_fil

    return [(tuple(k.sidor), k.stallningstagande) for k in kontrollera_fil(fil) if k.igenkant]  # type: ignore[misc]


def test_yttrande_utan_rubrik_i_paketet_lases_som_ensamt(tmp_path: Path) -> None:
    """An organisation's notice on its own remissvar without a yttrande title, between a missiv and another
    notice, is found with the stance it has alone: before, the check found yttranden only by their titles in
    a file of several documents."""
    namn = ("missiv/sodertalje-avfallsforeskrifter", "prov4/rodakorset-demokrati-remissvar",
            "yttranden/saco-tillganglighet-remissvar")
    fil, sidor = _paket(tmp_path / "p.pdf", *namn)
    ensam = [_kontroll(KORPUS / f"{n}.pdf") for n in namn[1:]]
    assert _kontroll(fil) == [(sidor[1], ensam[0][0][1]), (sidor[2], ensam[1][0][1])]


@pytest.mark.parametrize("namn", [
    # an agency letter whose letterhead names it 'REMISSYTTRANDE' over 'Datum', 'Vår beteckning'
    # (Försäkringskassan)
    ("yttranden/cykelframjandet-regional-cykelplan-remissvar", "prov3/forsakringskassan-mer-trygghet"),
    # an agency letter with 'Datum: 2011-11-07' and 'Dnr/målnr/löpnr:' in its head (Skatteverket)
    ("yttranden/do-konsuppdelad-statistik", "yttranden/skatteverket-manadsuppgifter-yttrande"),
    # a kommun's answer as its nämnd's protokollsutdrag ('§ 16/2016 Dnr 2016/0066 MBN', Sollentuna)
    ("prov7/lulea-op2021-samradsredogorelse", "yttranden/sollentuna-mbnau-rokeriet"),
])
def test_svar_med_eget_huvud_eller_protokollsutdrag_i_paketet(tmp_path: Path, namn: tuple[str, str]) -> None:
    """An answer with a header block of its own or as a protocol's paragraph is found in a package as alone:
    before, a page with 'Datum' and 'Dnr' in its head was taken for the package's own tjänsteskrivelse and a
    protokollsutdrag was never read as an answer of its own."""
    fil, sidor = _paket(tmp_path / "p.pdf", *namn)
    ensam = _kontroll(KORPUS / f"{namn[1]}.pdf")
    assert ensam and [k for k in _kontroll(fil) if k[0][0] >= sidor[1][0]] == [(sidor[1], ensam[0][1])]


def test_yttrande_med_rubrik_slutar_dar_nasta_dokument_borjar(tmp_path: Path) -> None:
    """A titled yttrande ends where the page counter opens the next document: before, it ran on to the next
    title over the untitled answer after it, which was then never checked."""
    namn = ("yttranden/cykelframjandet-regional-cykelplan-remissvar", "yttranden/do-utokat-skydd")
    fil, sidor = _paket(tmp_path / "p.pdf", *namn)
    assert _kontroll(fil) == [(sidor[0], "tillstyrker"), (sidor[1], "tillstyrker")]


def test_yttrandets_nummer_kommer_inte_fran_grannen(tmp_path: Path) -> None:
    """A yttrande without a number of its own after a Regeringskansliet missiv in a package gets none, as
    alone: before, the missiv ahead of it in the file (read as its cover letter) gave it the department's
    number of that other remiss."""
    from remiss.kontroll import kontrollera_fil

    namn = ("missiv/rk-u2021-urval-extraordinara-handelser", "prov/jamstalldhetsmyndigheten-utokat-skydd")
    fil, sidor = _paket(tmp_path / "p.pdf", *namn)
    ensam = kontrollera_fil(KORPUS / f"{namn[1]}.pdf")[0].diarienummer
    i_paketet = [k.diarienummer for k in kontrollera_fil(fil) if tuple(k.sidor) == sidor[1]]
    assert i_paketet == [ensam]


def _kallelse(target: Path, punkter: list[str]) -> Path:
    """Write a one-page kallelse with its föredragningslista."""
    from tests.conftest import write_pdf

    rader = ["KALLELSE", "Arbetslivsnämnden", "Sammanträdesdatum 2026-10-16", "Tid 13.00",
             "Plats Stadshuset, sal 2", "", "Föredragningslista",
             *[f"{n}. {p}" for n, p in enumerate(punkter, start=1)], "Anna Andersson", "Ordförande"]
    return write_pdf(target, [rader])


def test_kallelsens_foredragningslista_ar_inget_yttrande(tmp_path: Path) -> None:
    """A kallelse whose agenda names the package's yttranden ('2. Yttrande över remiss: …') is no yttrande
    itself: before, read as if alone, its items made it one."""
    import pypdfium2 as pdfium

    omslag = _kallelse(tmp_path / "k.pdf", [
        "Val av justerare", "Godkännande av dagordningen", "Anmälan: regionskane kulturplan remissvar",
        "Remiss: Försvarsmaktens långsiktiga materielbehov (SOU 2018:7)", "Anmälan: horby namn pa gator",
        "Remiss: Regionala kulturplanen 2019–2022", "Remiss: Styrkraft i funktionshinderpolitiken SOU2019:23",
        "Remiss: Förslag till Nationell strategi för natur- och kulturvårdande skötsel",
        "Yttrande över remiss: kommun hallbar socialtjanst yttrande",
        "Remiss: Förslag till beslut om bildande av vattenskyddsområde i Heby kommun",
        "Yttrande över remiss: sveahovratt familjemal yttrande",
        "Yttrande över remiss: skatteverket manadsuppgifter yttrande",
        "Yttrande över remiss: diabetesforbundet fritt insulin remissvar"])
    fil, sidor = _paket(tmp_path / "p.pdf", "yttranden/sveahovratt-familjemal-yttrande")
    out = pdfium.PdfDocument.new()
    out.import_pages(pdfium.PdfDocument(str(omslag)))
    out.import_pages(pdfium.PdfDocument(str(fil)))
    out.save(str(tmp_path / "m.pdf"))
    assert [s for s, _ in _kontroll(tmp_path / "m.pdf")] == [(a + 1, b + 1) for a, b in sidor]


def test_remissvar_rubrik_over_nyhet_i_paket(tmp_path: Path) -> None:
    """A region's news item headed 'Remissvar - …' on the answers to its own plan is no yttrande in a package
    either, as alone: before, its bare title was judged on the text of the documents after it."""
    fil, sidor = _paket(tmp_path / "p.pdf", "prov/regionskane-kulturplan-remissvar",
                        "delad/k12_stockholm_pm_lat_fler")
    assert [s for s, _ in _kontroll(fil)] == sidor[1:]


def test_bar_sidsiffra_ett_i_foten_oppnar_ett_dokument(tmp_path: Path) -> None:
    """Two printed web notices without a page counter, each numbered '1' alone at its foot: the second opens
    its own document (before, it ran into the first and its remiss was lost)."""
    namn = ("prov6/toreboda-kulturpolitiskt-program", "missiv/sundsvall-op2040-samrad")
    fil, sidor = _paket(tmp_path / "p.pdf", *namn)
    remisser = tolka_fil(fil)
    assert [tuple(r.sidor) for r in remisser] == sidor
    assert [_falt(r.to_dict()) for r in remisser] == _ensam(namn[0]) + _ensam(namn[1])


@pytest.mark.parametrize(("rader", "vantat"), [
    (["Remiss: Förslag till plan", "Svar senast 1 mars 2024."], [1, 2]),
    (["Remiss: Förslag till plan", "Remissinstanserna som kommunen har valt ut för förslaget är"], [1]),
])
def test_bar_sidsiffra_efter_avslutad_sida(rader: list[str], vantat: list[int]) -> None:
    """A bare '1' at a page's foot opens a document only after a page that ended its sentence or its number:
    a '1' under a page that breaks mid-sentence is the rest of the text, no page number."""
    from remiss.domain import Handling, Page

    def sida(nummer: int, texter: list[str]) -> Page:
        return Page(number=nummer, lines=tuple(_rad(t, i, nummer) for i, t in enumerate(texter, 1)))

    andra = sida(2, ["Nyheter", "Kommunen har tagit fram nya föreskrifter", "1"])
    handling = Handling(fil="x.pdf", pages=(sida(1, rader), andra))
    assert [d.forsta_sida for d in split_documents(handling)] == vantat


def test_webbsidans_stora_rubrik_overst_oppnar_ett_dokument(tmp_path: Path) -> None:
    """A printed web page whose first line is its title set far larger than the body (18 pt over 10,5 pt)
    opens a document after a finished page: before, the kommun's notice before it and the answer ran together
    and were checked as one yttrande over both pages."""
    namn = ("missiv/nykoping-op2040-samrad-turne", "yttranden/kkv-postomradet")
    fil, sidor = _paket(tmp_path / "p.pdf", *namn)
    assert [s for s, _ in _kontroll(fil)] == sidor[1:]
    assert [tuple(r.sidor) for r in tolka_fil(fil)] == sidor[:1]


def test_sida_som_slutar_med_kort_rad_ar_avslutad(tmp_path: Path) -> None:
    """A page ending with a short line (a link, 'Relaterad information') is finished: a notice after it whose
    foot says '1' opens its own document (before, the remiss was lost in the answer before it)."""
    namn = ("yttranden/hav-myggbekampning", "missiv/funktionsratt-sthlm-folkhalsopolicy")
    fil, sidor = _paket(tmp_path / "p.pdf", *namn)
    remisser = tolka_fil(fil)
    assert [tuple(r.sidor) for r in remisser] == sidor[1:]
    assert [_falt(r.to_dict()) for r in remisser] == _ensam(namn[1])


def test_yttrande_som_bara_typmodellen_kanner_igen_i_paketet(tmp_path: Path) -> None:
    """A nature association's notice of its views on a översiktsplan, recognised alone only by the learned
    type (no yttrande title, no cue), is found in a package too, with the stance it has alone: before, a
    package's untitled documents were read by their cues only (paket07 in bench_paket: four such yttranden
    lost in the packages, six in the long PDFs)."""
    namn = ("missiv/rk-x2017-studiemedel-vid-utlandsstudier",
            "yttranden/lnf-lund-oversiktsplan-remissyttrande")
    fil, sidor = _paket(tmp_path / "p.pdf", *namn)
    ensam = _kontroll(KORPUS / f"{namn[1]}.pdf")
    assert len(ensam) == 1
    assert _kontroll(fil) == [(sidor[1], ensam[0][1])]
