"""Another's news about a remiss: should tolka let the learned type's annat overrule the rules' missiv sooner
where the page never speaks as the remitter? A study (typ45, session 45).

usage: PYTHONPATH=. /work/venv-trana/bin/python tests/korpus/studie_annans_nyhet.py   (scikit-learn, ~4 min)

`split.med_typmodell` turns the rules' missiv into annat only when the model is very sure (annat ≥ 0,9,
MYCKET_SAKER). prov41's and prov43's news about others' samråd and remisser (rules missiv) asked whether a
lower threshold should hold where the page has no voice of its own: no first person outside quotes, no e-mail
address, phone number or postal address, no word of an own contact, form or the remiss's documents and no call
of its own to its reader (`split._annans_nyhet_utan_svarsvag` without its third-person act). For every
document of the held-out sets prov5–prov42 the model is trained without the document's set (as trana_typmodell
--utvardera; prov43, the independent set, with the model trained on all the others) and its P(annat) is read:

1. on today's rules (the file's type by `split.classify_scored` without the model): how many remisser and
   others the rules type as missiv on a page without a voice, and how many of them the lower threshold turns
   to annat;
2. on the class's first-run misses (a page the truth calls annat that the set's first run read as a remiss,
   kanda_fel.json at trana_titelmodell.FORSTA_KORNINGEN): how many have no voice and how many of those the
   model trained without their set gives annat at each threshold.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "korpus"), str(ROOT / "bench")]

import jamfor  # noqa: E402
import trana_typmodell as tt  # noqa: E402
from modelltraning import PROVMANGDER, lamna_ut  # noqa: E402

TRÖSKLAR = (0.5, 0.6, 0.7, 0.8, 0.9)


def utan_rost(texts: list[str]) -> bool:
    """Return True when a page never speaks as anyone (`split._annans_nyhet_utan_svarsvag` without the
    act)."""
    from remiss import split
    from remiss.extract.text import PHONE_RE
    from remiss.instanser import EMAIL

    joined = "\n".join(texts)
    _, _, egen_kanal, forsta_person, uppmaning = split._annans_nyhet()
    if EMAIL.search(joined) or PHONE_RE.search(joined) or split.POSTAL_CODE.search(joined):
        return False
    own = split.CITAT.sub(" ", joined)
    return not (egen_kanal.search(joined) or forsta_person.search(own) or uppmaning.search(own))


def las() -> list[dict[str, Any]]:
    """Return every held-out document with its truth, the rules' type, its voice and the model's text."""
    from remiss import split, typmodell
    from remiss.read import read_file

    out = []
    for dok in jamfor.dokument((*PROVMANGDER, "prov43")):
        lines = read_file(dok.fil).lines
        typ, bedomning = split.classify_scored(lines)
        egen = bedomning is not None and any(n == split.REMISS_NEWS_SIGNAL for n, _ in bedomning.signaler)
        out.append({"nyckel": dok.nyckel, "mapp": dok.mapp, "facit": dok.facit["dokumenttyp"], "regel": typ,
                    "egen_rubrik": egen, "utan_rost": utan_rost([line.text for line in lines]),
                    "text": typmodell.text_av(lines)})
    return out


def sannolikheter(data: list[dict[str, Any]]) -> None:
    """Give each document P(annat) of the model trained without its set (prov43: trained on all the
    others)."""
    korpus = tt.las_korpus()
    modeller = {mapp: tt._pipeline().fit([t for _, t, _ in trana], [y for _, _, y in trana])
                for mapp, trana, _ in lamna_ut(korpus, lambda d: d[0])}
    modeller["prov43"] = tt._pipeline().fit([t for _, t, _ in korpus], [y for _, _, y in korpus])
    for d in data:
        modell = modeller[d["mapp"]]
        p = dict(zip(modell.classes_, modell.predict_proba([d["text"]])[0], strict=True))
        d["annat"] = float(p["annat"])


def forsta_fel() -> set[str]:
    """Return the documents the truth calls annat that their set's first run read as a remiss."""
    from trana_titelmodell import FORSTA_KORNINGEN

    out = set()
    for mapp, rev in FORSTA_KORNINGEN.items():
        visad = subprocess.run(["git", "show", f"{rev}:tests/korpus/kanda_fel.json"], cwd=ROOT,
                               capture_output=True, text=True)
        if visad.returncode:
            continue
        for nyckel, fel in json.loads(visad.stdout).items():
            orsak = fel.get("dokumenttyp", "")
            if nyckel.startswith(f"{mapp}/") and orsak.startswith("väntat annat, fick remiss"):
                out.add(nyckel)
    return out


def main() -> int:
    data = las()
    sannolikheter(data)
    utan = [d for d in data if d["regel"] == "missiv" and d["utan_rost"] and not d["egen_rubrik"]]
    print(f"dagens regler: missiv på en sida utan egen röst {dict(Counter(d['facit'] for d in utan))}"
          f" (av {sum(d['regel'] == 'missiv' for d in data)} missiv)")
    for grans in TRÖSKLAR:
        vanda = [d for d in utan if d["annat"] >= grans]
        print(f"  remiss→annat vid {grans:g}: {dict(Counter(d['facit'] for d in vanda))}  "
              + ", ".join(f"{d['nyckel']} {d['annat']:.2f}" for d in vanda if d["facit"] != "annat"))
    fel = [d for d in data if d["nyckel"] in forsta_fel()]
    utan_fel = [d for d in fel if d["utan_rost"]]
    print(f"första körningarnas annat→remiss: {len(fel)}, utan egen röst {len(utan_fel)}")
    for grans in TRÖSKLAR:
        print(f"  P(annat) ≥ {grans:g}: {sum(d['annat'] >= grans for d in utan_fel)}")
    for d in sorted(utan_fel, key=lambda d: -d["annat"]):
        print(f"    {d['nyckel']} {d['annat']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
