"""Meeting packages and long PDFs built from real corpus documents: are the documents in them found?

The mission: `remiss tolka` reads a long PDF where the missiv is one page among many and a meeting
package that holds many documents; `remiss kontrollera` finds the yttranden in it. This bench builds
such files from the real corpus (tests/korpus/<mapp>/*.pdf, the reported folders only) with a fixed seed:
packages of 5–15 documents in random order, remisser, yttranden and other documents mixed, some under a
generated kallelse with its föredragningslista; packages of the documents that carry no page counter
(web prints, mails: most corpus PDFs count their pages, and the split uses that); and long PDFs where
one missiv stands among 50–200 pages of other real documents. Each file is run as a user runs it (the
functions `jamfor.kor` calls) and each document's part is compared with its truth (the comparison of
tests/korpus/jamfor.py), and with what the tool finds in the document read alone: a package may cost
nothing a document alone does not.

A remiss document is found when exactly one remiss starts on its pages; it is missed (none), split (two
or more), or merged (none of its own, the remiss before it runs over its pages); a remiss starting in a
document that is no remiss is false. `--visa` lists every boundary error (document, pages, what was
found), and each field a file gets wrong that the document alone gets right.
Usage: .venv/bin/python bench/bench_paket.py [--visa]
"""

from __future__ import annotations

import collections
import random
import re
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FRO = 14  # the fixed seed: the same packages every run
PAKET = 12  # packages of PAKET_STORLEK documents
PAKET_STORLEK = (5, 15)
MED_KALLELSE = 0.5  # share of the packages under a generated kallelse
UTAN = 4  # packages of documents without page counters (web prints, mails): UTAN_STORLEK documents
UTAN_STORLEK = (5, 10)
LANGA = 3  # long PDFs: one missiv among LANG_SIDOR pages of other documents
LANG_SIDOR = (50, 200)
ANDEL = {"remiss": 0.4, "yttrande": 0.35, "annat": 0.25}


@dataclass(frozen=True)
class Plats:
    """A corpus document placed in a built file: the document and its pages there (from 1)."""

    dok: Any  # jamfor.Dokument
    forsta: int
    sista: int


@dataclass
class Fel:
    """One boundary error: which file, which document, what went wrong."""

    fil: str
    dok: str
    sidor: tuple[int, int]
    slag: str
    detalj: str


def _pooler(jamfor: Any) -> dict[str, list[Any]]:
    """Return the corpus PDFs by type (the reported folders only: jamfor.MAPPAR without the independent
    held-out set, bench_korpus.OBERONDE, whose documents are never named)."""
    from bench_korpus import OBERONDE

    pool: dict[str, list[Any]] = collections.defaultdict(list)
    for dok in jamfor.dokument(tuple(m for m in jamfor.MAPPAR if m not in OBERONDE)):
        if dok.fil.suffix.lower() == ".pdf" and dok.fil.exists():
            pool[dok.facit["dokumenttyp"]].append(dok)
    return pool


def _kallelse(target: Path, doks: list[Any], rng: random.Random) -> Path:
    """Write a one-page kallelse whose föredragningslista names the package's documents."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(target), pagesize=A4)
    dag = f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    rows = ["KALLELSE", "Arbetslivsnämnden", f"Sammanträdesdatum {dag}", "Tid 13.00",
            "Plats Stadshuset, sal 2", "", "Föredragningslista", "1. Val av justerare",
            "2. Godkännande av dagordningen"]
    for number, dok in enumerate(doks, start=3):
        titel = str(dok.facit.get("titel") or dok.id.replace("-", " ")).replace("\n", " ")[:80]
        slag = {"remiss": "Remiss:", "yttrande": "Yttrande över remiss:"}.get(dok.facit["dokumenttyp"],
                                                                               "Anmälan:")
        rows.append(f"{number}. {slag} {titel}")
    rows += ["", "Anna Andersson", "Ordförande"]
    y = 800.0
    for row in rows:
        pdf.drawString(55, y, row[:95])
        y -= 15
    pdf.showPage()
    pdf.save()
    return target


def _bygg(target: Path, doks: list[Any], omslag: Path | None) -> list[Plats]:
    """Write the documents (after the cover, if any) into one PDF; return where each one stands."""
    import pypdfium2 as pdfium

    out = pdfium.PdfDocument.new()
    if omslag is not None:
        out.import_pages(pdfium.PdfDocument(str(omslag)))
    platser = []
    for dok in doks:
        source = pdfium.PdfDocument(str(dok.fil))
        forsta = len(out) + 1
        out.import_pages(source)
        platser.append(Plats(dok, forsta, len(out)))
        source.close()
    out.save(str(target))
    return platser


def _sidor(dok: Any) -> int:
    """Return a corpus PDF's page count."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(dok.fil))
    try:
        return len(pdf)
    finally:
        pdf.close()


# a page counter as letters set it ('1 (2)', 'Sida 1 av 3'): read by the bench itself, not by the tool
RAKNARE = re.compile(r"(?:^|[\s|])\d{1,3}\s*(?:\(\s*\d{1,3}\s*\)|av\s+\d{1,3})(?=$|[\s|])", re.IGNORECASE)


def _raknad(dok: Any) -> bool:
    """Return True when a corpus PDF's first page carries a page counter in its first or last lines."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(dok.fil))
    try:
        rows = [r.strip() for r in pdf[0].get_textpage().get_text_range().splitlines() if r.strip()]
    finally:
        pdf.close()
    return any(len(r) <= 80 and RAKNARE.search(r) for r in rows[:4] + rows[-3:])


def bygg_alla(tmp: Path, pool: dict[str, list[Any]]) -> list[tuple[str, Path, list[Plats]]]:
    """Build the packages and the long PDFs in tmp (fixed seed); return (name, path, placements) each."""
    rng = random.Random(FRO)
    typer = list(ANDEL)
    built = []
    for n in range(PAKET):
        count = rng.randint(*PAKET_STORLEK)
        doks: list[Any] = []
        while len(doks) < count:
            typ = rng.choices(typer, weights=[ANDEL[t] for t in typer])[0]
            dok = rng.choice(pool[typ])
            if dok not in doks:
                doks.append(dok)
        omslag = _kallelse(tmp / f"kallelse{n}.pdf", doks, rng) if rng.random() < MED_KALLELSE else None
        namn = f"paket{n + 1:02d}{'+kallelse' if omslag else ''}"
        built.append((namn, _bygg(tmp / f"{namn}.pdf", doks, omslag), doks))
    utan = {typ: [d for d in docs if not _raknad(d)] for typ, docs in pool.items()}
    for n in range(UTAN):
        count = rng.randint(*UTAN_STORLEK)
        doks = []
        while len(doks) < count:
            typ = rng.choices(typer, weights=[ANDEL[t] for t in typer])[0]
            dok = rng.choice(utan[typ])
            if dok not in doks:
                doks.append(dok)
        namn = f"utan{n + 1}"
        built.append((namn, _bygg(tmp / f"{namn}.pdf", doks, None), doks))
    for n in range(LANGA):
        missiv = rng.choice(pool["remiss"])
        target = rng.randint(*LANG_SIDOR)
        andra: list[Any] = []
        pages = 0
        rest = rng.sample(pool["yttrande"] + pool["annat"], len(pool["yttrande"]) + len(pool["annat"]))
        while pages < target and rest:
            dok = rest.pop()
            andra.append(dok)
            pages += _sidor(dok)
        andra.insert(rng.randint(0, len(andra)), missiv)
        namn = f"lang{n + 1}"
        built.append((namn, _bygg(tmp / f"{namn}.pdf", andra, None), andra))
    return [(namn, tmp / f"{namn}.pdf", platser) for namn, platser, _ in built]


def _var(platser: list[Plats], sida: int) -> Plats | None:
    """Return the document standing on a page (None: the cover)."""
    return next((p for p in platser if p.forsta <= sida <= p.sista), None)


def _per_dokument(platser: list[Plats], funna: list[dict[str, Any]]) -> dict[int, list[dict[str, Any]]]:
    """Given what a file's reading found (remisser or yttranden, each with its 'sidor'), return them grouped
    by the first page of the document they start on (0: the cover)."""
    per_dok: dict[int, list[dict[str, Any]]] = collections.defaultdict(list)
    for hittad in funna:
        plats = _var(platser, hittad["sidor"][0])
        per_dok[plats.forsta if plats else 0].append(hittad)
    return per_dok


def _remissfel(namn: str, platser: list[Plats], remisser: list[dict[str, Any]], jamfor: Any) -> tuple[
        dict[str, list[bool]], dict[str, list[bool]], list[Fel], collections.Counter[str]]:
    """Compare the remisser found in a built file with each document: fields in the file and alone, errors."""
    per_dok = _per_dokument(platser, remisser)
    i_fil: dict[str, list[bool]] = collections.defaultdict(list)
    ensam: dict[str, list[bool]] = collections.defaultdict(list)
    fel: list[Fel] = []
    antal: collections.Counter[str] = collections.Counter()
    for index, plats in enumerate(platser):
        funna = per_dok.get(plats.forsta, [])
        alone = jamfor.kor(plats.dok.fil)["remisser"]
        sidor = (plats.forsta, plats.sista)
        ar_remiss = plats.dok.facit["dokumenttyp"] == "remiss"
        if not ar_remiss:
            if len(funna) > len(alone):
                antal["falsk"] += 1
                fel.append(Fel(namn, plats.dok.nyckel, sidor, "falsk remiss",
                               f"{len(funna)} i filen, {len(alone)} ensam: {_rubrik(funna[0])}"))
            continue
        antal["väntad"] += 1
        antal["ensam hittad"] += bool(alone)
        for falt in jamfor.FALT_REMISS[1:]:
            _falt(jamfor._jamfor_remissfalt, falt, plats, alone, funna[:1] if len(funna) == 1 else [],
                  (ensam, i_fil), fel, namn)
        if len(funna) == 1:
            antal["hittad"] += 1
            continue
        if len(funna) > 1:
            antal["delad"] += 1
            detalj = "; ".join(f"s. {r['sidor'][0]}–{r['sidor'][1]} {_rubrik(r)}" for r in funna)
            fel.append(Fel(namn, plats.dok.nyckel, sidor, f"delad i {len(funna)}", detalj))
            continue
        before = [r for p in platser[:index] for r in per_dok.get(p.forsta, [])]
        over = [r for r in before if r["sidor"][1] >= plats.forsta]
        slag = "ihopslagen med föregående" if over else "missad"
        antal["ihopslagen" if over else "missad"] += 1
        alone_text = "ensam hittad" if alone else "missas också ensam"
        fel.append(Fel(namn, plats.dok.nyckel, sidor, slag, alone_text + (
            f"; {_rubrik(over[0])} s. {over[0]['sidor'][0]}–{over[0]['sidor'][1]}" if over else "")))
    for remiss in per_dok.get(0, []):
        antal["falsk"] += 1
        fel.append(Fel(namn, "(kallelsen)", tuple(remiss["sidor"]), "falsk remiss", _rubrik(remiss)))
    return i_fil, ensam, fel, antal


def _falt(jamfor_falt: Any, falt: str, plats: Plats, alone: list[dict[str, Any]], funna: list[dict[str, Any]],
          utfall: tuple[dict[str, list[bool]], dict[str, list[bool]]], fel: list[Fel], namn: str) -> None:
    """Compare one field of a document read alone and in the file; note it, and a field the file spoils."""
    from tests.korpus.jamfor import kort

    vantat = plats.dok.facit.get(falt)
    ensam, i_fil = jamfor_falt(falt, vantat, alone[0] if alone else None), \
        jamfor_falt(falt, vantat, funna[0] if funna else None)
    utfall[0][falt].append(ensam.ratt)
    utfall[1][falt].append(i_fil.ratt)
    if funna and ensam.ratt and not i_fil.ratt:
        fel.append(Fel(namn, plats.dok.nyckel, (plats.forsta, plats.sista), f"{falt} fel i filen",
                       f"fick {kort(i_fil.fick, 40)}, ensam {kort(ensam.fick, 40)}"))


def _rubrik(remiss: dict[str, Any]) -> str:
    """Return a remiss's title, short."""
    return repr(str(remiss.get("titel") or "")[:50])


def _yttrandefel(namn: str, platser: list[Plats], yttranden: list[dict[str, Any]], jamfor: Any) -> tuple[
        dict[str, list[bool]], dict[str, list[bool]], list[Fel], collections.Counter[str]]:
    """Compare the yttranden the check finds in a built file with each yttrande document and alone."""
    per_dok = _per_dokument(platser, [y for y in yttranden if y.get("igenkant", True)])
    i_fil: dict[str, list[bool]] = collections.defaultdict(list)
    ensam: dict[str, list[bool]] = collections.defaultdict(list)
    fel: list[Fel] = []
    antal: collections.Counter[str] = collections.Counter()
    for plats in platser:
        funna = per_dok.get(plats.forsta, [])
        alone = [y for y in jamfor.kor(plats.dok.fil)["yttranden"] if y.get("igenkant", True)]
        sidor = (plats.forsta, plats.sista)
        if plats.dok.facit["dokumenttyp"] != "yttrande":
            if len(funna) > len(alone):
                antal["falskt"] += 1
                fel.append(Fel(namn, plats.dok.nyckel, sidor, "falskt yttrande",
                               repr(funna[0]["titel"][:50])))
            continue
        antal["väntat"] += 1
        antal["ensam hittat"] += bool(alone)
        antal["hittat"] += bool(funna)
        for falt in jamfor.FALT_YTTRANDE[1:]:
            _falt(jamfor._jamfor_yttrandefalt, falt, plats, alone, funna, (ensam, i_fil), fel, namn)
        if len(funna) > 1:
            fel.append(Fel(namn, plats.dok.nyckel, sidor, f"yttrande delat i {len(funna)}",
                           "; ".join(repr(y["titel"][:40]) for y in funna)))
        elif not funna and alone:
            fel.append(Fel(namn, plats.dok.nyckel, sidor, "yttrande missat", "ensam hittat"))
    for ytt in per_dok.get(0, []):
        antal["falskt"] += 1
        fel.append(Fel(namn, "(kallelsen)", tuple(ytt["sidor"]), "falskt yttrande", repr(ytt["titel"][:50])))
    return i_fil, ensam, fel, antal


_YTTRANDEFALT = ("stallningstagande", "konflikt", "har_sammanfattning", "diarienummer")


def _andel(varden: list[bool]) -> str:
    """Return 'right/total'."""
    return f"{sum(varden)}/{len(varden)}"


def kor_alla(visa: bool = False) -> dict[str, Any]:
    """Build and run every file; print the figures; return them (counts and fields) for tests."""
    sys.path.insert(0, str(ROOT))
    from remiss.kontroll import kontrollera_fil
    from remiss.pipeline import tolka_fil
    from tests.korpus import jamfor

    pool = _pooler(jamfor)
    summa: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        filer = bygg_alla(Path(tmp), pool)
        for grupp, valda in (("paket", [f for f in filer if f[0].startswith("paket")]),
                             ("paket utan sidräknare", [f for f in filer if f[0].startswith("utan")]),
                             ("långa PDF:er", [f for f in filer if f[0].startswith("lang")])):
            r_fil: dict[str, list[bool]] = collections.defaultdict(list)
            r_ensam: dict[str, list[bool]] = collections.defaultdict(list)
            y_fil: dict[str, list[bool]] = collections.defaultdict(list)
            y_ensam: dict[str, list[bool]] = collections.defaultdict(list)
            alla_fel: list[Fel] = []
            antal: collections.Counter[str] = collections.Counter()
            sidor = dokument = 0
            for namn, path, platser in valda:
                sidor += platser[-1].sista
                dokument += len(platser)
                remisser = [r.to_dict() for r in tolka_fil(path)]
                yttranden = [y.to_dict() for y in kontrollera_fil(path)]
                for (fil_f, ensam_f, fel, n), (mal_fil, mal_ensam) in (
                        (_remissfel(namn, platser, remisser, jamfor), (r_fil, r_ensam)),
                        (_yttrandefel(namn, platser, yttranden, jamfor), (y_fil, y_ensam))):
                    for falt, varden in fil_f.items():
                        mal_fil[falt] += varden
                    for falt, varden in ensam_f.items():
                        mal_ensam[falt] += varden
                    alla_fel += fel
                    antal.update(n)
            _skriv(grupp, len(valda), sidor, dokument, antal, r_fil, r_ensam, y_fil, y_ensam, alla_fel, visa)
            summa[grupp] = {"antal": dict(antal), "remissfalt": {k: sum(v) for k, v in r_fil.items()},
                            "fel": len(alla_fel)}
    return summa


def _skriv(grupp: str, filer: int, sidor: int, dokument: int, antal: collections.Counter[str],
           r_fil: dict[str, list[bool]], r_ensam: dict[str, list[bool]], y_fil: dict[str, list[bool]],
           y_ensam: dict[str, list[bool]], fel: list[Fel], visa: bool) -> None:
    """Print one group's figures (and its boundary errors with visa)."""
    print(f"{grupp}: {filer} filer, {sidor} sidor, {dokument} riktiga dokument")
    print(f"  remisser: väntade {antal['väntad']}, hittade ensamma {antal['ensam hittad']}; i filen rätt "
          f"avgränsade {antal['hittad']}, missade {antal['missad']}, delade {antal['delad']}, "
          f"ihopslagna {antal['ihopslagen']}, falska {antal['falsk']}")
    print(f"  {'fält':<20}{'i filen':>10}{'ensam':>10}")
    for falt, varden in r_fil.items():
        print(f"  {falt:<20}{_andel(varden):>10}{_andel(r_ensam[falt]):>10}")
    print(f"  yttranden: väntade {antal['väntat']}, hittade ensamma {antal['ensam hittat']}, i filen "
          f"{antal['hittat']}, falska {antal['falskt']}")
    for falt, varden in y_fil.items():
        print(f"  {falt:<20}{_andel(varden):>10}{_andel(y_ensam[falt]):>10}")
    remissfel = sum(1 for f in fel if "yttrande" not in f.slag and f.slag.split()[0] not in _YTTRANDEFALT)
    print(f"  gränsfel: {remissfel} för remisser, {len(fel) - remissfel} för yttranden"
          + ("" if visa else " (--visa listar dem)"))
    if visa:
        for f in fel:
            print(f"    {f.fil} s. {f.sidor[0]}–{f.sidor[1]} {f.dok}: {f.slag} ({f.detalj})")


def main() -> bool:
    """Print the package bench's figures; there is no target yet (it returns True)."""
    kor_alla(visa="--visa" in sys.argv)
    return True


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
