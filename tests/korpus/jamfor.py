"""The real corpus: list its documents, run the tool on each once, compare each field with the truth.

Used by tests/test_korpus.py, bench/bench_korpus.py and tests/korpus/uppdatera_kanda_fel.py. Every
document is `tests/korpus/<mapp>/<id>.pdf|docx` with its truth `<id>.json` (format: KORPUS README).
The tool is called as the CLI calls it: `remiss.pipeline.tolka_fil` (what `remiss tolka --json`
prints) and `remiss.kontroll.kontrollera_fil` (what `remiss kontrollera --json` prints).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

KORPUS = Path(__file__).resolve().parent
MAPPAR = (
    "delad", "missiv", "yttranden", "prov", "prov2", "prov3", "prov4", "prov5", "prov6", "prov7", "prov8",
    "prov9", "prov10", "prov11", "prov12", "prov13", "prov14", "prov15", "prov16",
    "prov17", "prov18", "prov19", "prov20", "prov21", "prov22", "prov23", "prov24", "prov25", "prov26",
    "prov27", "prov28", "prov29", "prov30", "prov31", "prov32", "prov33", "prov34", "prov35", "prov36",
    "prov37", "prov38", "prov39", "prov40", "prov41", "prov42", "prov43", "prov44",
    "prov45",
    "prov46",
)
KANDA_FEL = KORPUS / "kanda_fel.json"

FALT_REMISS = (
    "dokumenttyp",
    "diarienummer",
    "avsandare",
    "titel",
    "svarsdatum",
    "svarsadress",
    "remissinstanser",
    "handlaggare",
)
FALT_YTTRANDE = ("dokumenttyp", "diarienummer", "stallningstagande", "konflikt", "har_sammanfattning")
FALT_ANNAT = ("dokumenttyp",)
BLANDAT = "blandat"  # remiss.kontroll.BLANDAT, not imported here (jamfor loads the tool lazily)
F1_GRANS = 0.95  # remissinstanser pass when F1 of the normalised name sets reaches this

_DASHES = str.maketrans({"–": "-", "—": "-", "‑": "-", "−": "-"})
_NO_QUOTES = str.maketrans("", "", "\"”“„»«’‘`")  # not the apostrophe: "Barnombudsmannen's" stays


@dataclass(frozen=True)
class Dokument:
    """One corpus document: folder, id, file and truth."""

    mapp: str
    id: str
    fil: Path
    facit: dict[str, Any]

    @property
    def nyckel(self) -> str:
        """Return the key used in kanda_fel.json: '<mapp>/<id>'."""
        return f"{self.mapp}/{self.id}"

    @property
    def falt(self) -> tuple[str, ...]:
        """Return the fields compared for this document's type."""
        typ = self.facit["dokumenttyp"]
        return {"remiss": FALT_REMISS, "yttrande": FALT_YTTRANDE}.get(typ, FALT_ANNAT)


@dataclass(frozen=True)
class Utfall:
    """The comparison of one field: right or not, expected and actual value, and a score (F1)."""

    ratt: bool
    vantat: Any
    fick: Any
    poang: float | None = None


def dokument(mappar: tuple[str, ...] = MAPPAR) -> list[Dokument]:
    """Return every corpus document in the given folders, sorted by folder and id."""
    out = []
    for mapp in mappar:
        for sanning in sorted((KORPUS / mapp).glob("*.json")):
            facit = json.loads(sanning.read_text(encoding="utf-8"))
            fil = sanning.with_name(facit["fil"])
            out.append(Dokument(mapp=mapp, id=sanning.stem, fil=fil, facit=facit))
    return out


def kanda_fel() -> dict[str, dict[str, str]]:
    """Return the known misses {'<mapp>/<id>': {field: reason}}."""
    if not KANDA_FEL.exists():
        return {}
    return json.loads(KANDA_FEL.read_text(encoding="utf-8"))


_CACHE: dict[Path, dict[str, list[dict[str, Any]]]] = {}


def kor(fil: Path) -> dict[str, list[dict[str, Any]]]:
    """Given a corpus file, return what tolka and kontrollera find in it (each file run once per process)."""
    if fil not in _CACHE:
        from remiss.kontroll import kontrollera_fil
        from remiss.pipeline import tolka_fil

        remisser = [r.to_dict() for r in tolka_fil(fil)]
        yttranden = [y.to_dict() for y in kontrollera_fil(fil)]
        _CACHE[fil] = {"remisser": remisser, "yttranden": yttranden}
    return _CACHE[fil]


def norm(value: Any) -> Any:
    """Return a string casefolded, whitespace collapsed, dashes unified, quotes and end punctuation gone."""
    if not isinstance(value, str):
        return value
    text = value.translate(_DASHES).translate(_NO_QUOTES)
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"[\s.,;:!?]+$", "", text)
    return text.casefold() or None


def norm_dnr(value: Any) -> Any:
    """Return a diarienummer normalised like norm(), without spaces and a leading 'Dnr'."""
    text = norm(value)
    if not isinstance(text, str):
        return text
    text = re.sub(r"^(dnr|diarienummer)\s*[:.]?\s*", "", text)
    return re.sub(r"\s+", "", text) or None


def instanser_f1(vantat: list[Any] | None, fick: list[str]) -> tuple[float, float, float]:
    """Given expected and found names, return precision, recall and F1 of the normalised name sets."""
    a = {norm(_namn(v)) for v in vantat or []}
    b = {norm(v) for v in fick}
    if not a and not b:
        return 1.0, 1.0, 1.0
    traff = len(a & b)
    precision = traff / len(b) if b else 0.0
    recall = traff / len(a) if a else 0.0
    f1 = 2 * precision * recall / (precision + recall) if traff else 0.0
    return precision, recall, f1


def _namn(item: Any) -> str:
    """Return the name of a truth list item: a string, or a dict with 'namn' (and 'grupp')."""
    return item["namn"] if isinstance(item, dict) else item


def funnen_typ(resultat: dict[str, list[dict[str, Any]]]) -> str:
    """Given a run's result, return the document type the tool reports: remiss, yttrande, annat, or both."""
    remisser = resultat["remisser"]
    yttranden = [y for y in resultat["yttranden"] if y.get("igenkant", True)]  # a file checked as a whole
    # although nothing in it read as a yttrande is not typed yttrande
    if remisser and yttranden:
        return "remiss+yttrande"
    if remisser:
        return "remiss" if len(remisser) == 1 else f"{len(remisser)} remisser"
    if yttranden:
        return "yttrande" if len(yttranden) == 1 else f"{len(yttranden)} yttranden"
    return "annat"


def jamfor(dok: Dokument, resultat: dict[str, list[dict[str, Any]]] | None = None) -> dict[str, Utfall]:
    """Given a document (and optionally its run), return the comparison of each of its fields."""
    resultat = resultat if resultat is not None else kor(dok.fil)
    typ = dok.facit["dokumenttyp"]
    fick_typ = funnen_typ(resultat)
    out = {"dokumenttyp": Utfall(fick_typ == typ, typ, fick_typ)}
    if typ == "remiss":
        post = resultat["remisser"][0] if resultat["remisser"] else None
        for falt in FALT_REMISS[1:]:
            out[falt] = _jamfor_remissfalt(falt, dok.facit.get(falt), post)
    elif typ == "yttrande":
        post = resultat["yttranden"][0] if resultat["yttranden"] else None
        for falt in FALT_YTTRANDE[1:]:
            out[falt] = _jamfor_yttrandefalt(falt, dok.facit.get(falt), post)
    return out


def _jamfor_remissfalt(falt: str, vantat: Any, post: dict[str, Any] | None) -> Utfall:
    """Compare one missiv field; a document where no remiss was found has every field wrong."""
    if post is None:
        return Utfall(False, vantat, "(ingen remiss hittades)", 0.0 if falt == "remissinstanser" else None)
    if falt == "remissinstanser":
        namn = [r["namn"] for r in post.get("remissinstanser") or []]
        if vantat is None:
            return Utfall(not namn, None, namn or None, 1.0 if not namn else 0.0)
        f1 = instanser_f1(vantat, namn)[2]
        return Utfall(f1 >= F1_GRANS, vantat, namn, f1)
    fick = (post.get("handlaggare") or {}).get("namn") if falt == "handlaggare" else post.get(falt)
    lika = norm_dnr if falt == "diarienummer" else norm
    return Utfall(lika(vantat) == lika(fick), vantat, fick)


def _jamfor_yttrandefalt(falt: str, vantat: Any, post: dict[str, Any] | None) -> Utfall:
    """Compare one yttrande field; a document where no yttrande was found has every field wrong."""
    if post is None:
        return Utfall(False, vantat, "(inget yttrande hittades)")
    if falt == "konflikt":
        fick: Any = any(b["kod"] == "MOTSTRIDIGT_STALLNINGSTAGANDE" for b in post.get("brister") or [])
        return Utfall(fick == bool(vantat), vantat, fick)
    fick = post.get(falt)
    if falt == "diarienummer":
        return Utfall(norm_dnr(vantat) == norm_dnr(fick), vantat, fick)
    if falt == "har_sammanfattning":
        return Utfall(bool(fick) == bool(vantat), vantat, fick)
    if falt == "stallningstagande" and fick == BLANDAT:
        # the tool's "blandat" (stances on parts both ways, none on the whole) is the truth's null (README)
        return Utfall(vantat is None, vantat, fick)
    return Utfall(norm(vantat) == norm(fick), vantat, fick)


def kort(varde: Any, bredd: int = 70) -> str:
    """Return a value as a short one-line string for reasons and reports."""
    text = json.dumps(varde, ensure_ascii=False) if not isinstance(varde, str) else varde
    return text if len(text) <= bredd else text[: bredd - 1] + "…"


def missar() -> dict[str, dict[str, str]]:
    """Run every document and return its wrong fields {'<mapp>/<id>': {field: 'väntat …, fick …'}}."""
    out: dict[str, dict[str, str]] = {}
    for dok in dokument():
        fel = {
            falt: _orsak(falt, utfall)
            for falt, utfall in jamfor(dok).items()
            if not utfall.ratt
        }
        if fel:
            out[dok.nyckel] = fel
    return out


def _orsak(falt: str, utfall: Utfall) -> str:
    """Return a short reason for a wrong field."""
    if falt == "remissinstanser" and utfall.poang is not None and isinstance(utfall.fick, list):
        antal = len(utfall.vantat or [])
        return f"F1 {utfall.poang:.2f}: {len(utfall.fick)} funna av {antal}"
    return f"väntat {kort(utfall.vantat, 50)}, fick {kort(utfall.fick, 50)}"


def main(argv: list[str]) -> int:
    """Print each field of the named documents ('missiv/rk-n2015-4841', or a folder) as right or wrong."""
    valda = [d for d in dokument() if not argv or d.nyckel in argv or d.mapp in argv]
    for dok in valda:
        print(f"{dok.nyckel}  ({dok.fil.name}, {dok.facit.get('layout', '')})")
        for falt, utfall in jamfor(dok).items():
            print(f"  {'rätt' if utfall.ratt else 'FEL '} {falt:<18} {_visa(falt, utfall)}")
    return 0


def _visa(falt: str, utfall: Utfall) -> str:
    """Return one field's comparison as text: the value, or expected and actual (names missing and extra)."""
    if utfall.ratt:
        return kort(utfall.vantat)
    if falt == "remissinstanser" and isinstance(utfall.fick, list) and utfall.vantat:
        vantat = {norm(_namn(v)) for v in utfall.vantat}
        fick = {norm(v) for v in utfall.fick}
        saknas, extra = sorted(vantat - fick)[:5], sorted(fick - vantat)[:5]
        return f"F1 {utfall.poang:.2f}; saknas {kort(saknas, 300)}; extra {kort(extra, 300)}"
    return f"väntat {kort(utfall.vantat)}  fick {kort(utfall.fick)}"


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(KORPUS.parents[1]))
    sys.exit(main(sys.argv[1:]))
