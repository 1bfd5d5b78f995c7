"""Start a corpus document from a g0vse regeringen.se remiss page: source text, block spec, truth proposal.

    .venv/bin/python tests/korpus/nytt_g0vse.py remisser/2015/11/x.md rk-n2015-06917 missiv rk [pdf|docx] [2]

writes `<mapp>/<id>.txt` (the page as stored in the mirror), `bygg/<id>.json` (the spec) and
`<mapp>/<id>.json` (a truth *proposal*, marked "granskad": false). Read the page and correct the
truth by hand before it counts: the proposal is only there to save typing.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

KORPUS = Path(__file__).resolve().parent
MIRROR = Path("/work/.mirror/civictechsweden+g0vse/repo")
URL = "https://github.com/civictechsweden/g0vse/blob/data/"
DNR = re.compile(r"\b(?:Fi|S|Ju|N|U|M|A|I|Ku|KN|LI|UD|Fö|KLI|SB|Jo|L)20\d\d/\d{3,5}(?:/[A-Za-zÅÄÖåäö-]+)?")
DEP = re.compile(r"\b([A-ZÅÄÖ][a-zåäö]+departementet)\b(?!s)")
MANADER = "januari februari mars april maj juni juli augusti september oktober november december".split()
DATUM = re.compile(
    r"(?:senast|Sista dag[^.]*?(?:är|var))\s+(?:\w+dagen\s+)?(?:den\s+)?(\d{1,2}) (\w+) (\d{4})"
)
DEADLINE = re.compile(r"senast|Sista dag|Svaren bör|Ange diarienummer|Remissvaren (?:ska|bör|önskas)")


def las(path: str) -> str:
    """Return a g0vse file's text from the mirror's data branch."""
    return subprocess.run(["git", "-C", str(MIRROR), "show", f"data:{path}"], capture_output=True,
                          text=True, check=True).stdout


def forsta_exemplaret(text: str) -> tuple[str, str] | None:
    """Return klipp phrases for the first copy when the page text is stored twice, else None."""
    forsta = text.split("\n", 1)[0]
    andra = text.find(forsta, len(forsta))
    if andra < 0:
        return None
    fore = text[:andra].rstrip()
    return forsta, fore[-40:]


def spec_for(path: str, ident: str, mapp: str, layout: str, fmt: str, kolumner: int, text: str) -> dict:
    """Return the block spec of a g0vse page rendered as a letter."""
    spec: dict = {"id": ident, "mapp": mapp, "format": fmt, "layout": layout, "markdown": True}
    klipp = forsta_exemplaret(text)
    if klipp:
        spec["klipp"] = list(klipp)
    synlig = text[: text.find(klipp[1]) + len(klipp[1])] if klipp else text
    dep, dnr = DEP.search(synlig), DNR.search(synlig)
    if dep:
        spec["brevhuvud"] = dep.group(1)
    if dnr:
        spec["huvud"] = [dnr.group(0)]
    if kolumner > 1:
        spec["kolumner"] = kolumner
    if layout == "rk":
        rader = [r.strip() for r in synlig.split("\n") if r.strip()]
        forsta_punkt = next((i for i, r in enumerate(rader) if re.match(r"\d+\.?\s", r)), len(rader))
        flytta = [r[:50] for r in rader[1:forsta_punkt] if DEADLINE.search(r)]
        if flytta:
            spec["flytta"] = [re.sub(r"^#+\s*", "", f) for f in flytta]
    return spec


def forslag(spec: dict, text: str, kalla: str) -> dict:
    """Return a truth proposal from the page text (to be read and corrected by hand)."""
    from tests.korpus import rendera

    klippt = rendera.klipp(spec, text)
    rader = [r.strip() for r in klippt.split("\n") if r.strip()]
    prefix = r"^(Remiss av: |Remiss av |Remiss: |Remiss |Remisslista |Remissinstanser för )"
    titel = re.sub(prefix, "", rader[0])
    datum = DATUM.search(klippt)
    svarsdatum = None
    if datum and datum.group(2).lower() in MANADER:
        manad = MANADER.index(datum.group(2).lower()) + 1
        svarsdatum = f"{datum.group(3)}-{manad:02d}-{int(datum.group(1)):02d}"
    adress = re.search(r"[\w.-]+\.(?:registrator|remissvar)@regeringskansliet\.se", klippt)
    namn = [re.sub(r"^\d+\.?\s+", "", r) for r in rader if re.match(r"\d+\.?\s+\S", r)]
    namnform = r"([A-ZÅÄÖ]\w+(?: [A-ZÅÄÖ]\.)?(?: [A-ZÅÄÖ][\w-]+)+)"
    hand = re.search(r"(?:ställas till|kontakta|besvaras av)\s+" + namnform, klippt)
    return {
        "dokumenttyp": "remiss",
        "diarienummer": (spec.get("huvud") or [None])[0],
        "avsandare": spec.get("brevhuvud"),
        "titel": titel,
        "svarsdatum": svarsdatum,
        "svarsadress": adress.group(0) if adress else None,
        "remissinstanser": namn or None,
        "handlaggare": hand.group(1) if hand else None,
        "fil": f"{spec['id']}.{spec['format']}",
        "kalla": kalla,
        "layout": spec["layout"] + (f", {spec['kolumner']} kolumner" if spec.get("kolumner") else ""),
        "anteckning": "",
        "granskad": False,
    }


def main(argv: list[str]) -> int:
    """Write source text, spec and truth proposal for one g0vse page."""
    path, ident, mapp, layout = argv[:4]
    fmt = argv[4] if len(argv) > 4 else "pdf"
    kolumner = int(argv[5]) if len(argv) > 5 else 1
    text = las(path)
    kalla = URL + path
    (KORPUS / mapp / f"{ident}.txt").write_text(f"# source: {kalla}\n{text}", encoding="utf-8")
    spec = spec_for(path, ident, mapp, layout, fmt, kolumner, text)
    (KORPUS / "bygg" / f"{ident}.json").write_text(json.dumps(spec, ensure_ascii=False, indent=1) + "\n",
                                                  encoding="utf-8")
    sanning = KORPUS / mapp / f"{ident}.json"
    if not sanning.exists():
        sanning.write_text(json.dumps(forslag(spec, text, kalla), ensure_ascii=False, indent=2) + "\n",
                           encoding="utf-8")
    print(sanning.relative_to(KORPUS))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(KORPUS.parents[1]))
    sys.exit(main(sys.argv[1:]))
