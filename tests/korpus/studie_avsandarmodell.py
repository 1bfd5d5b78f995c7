"""A study, not a model in use: would a learned ranking of sender candidates generalise better than the rules?

usage: python tests/korpus/studie_avsandarmodell.py   (needs scikit-learn: pip install '.[trana]')

As `trana_titelmodell.py` does for the title: every corpus remiss is read as `tolka` reads it (the missiv
part), its sender candidates are the names the text gives (stretches of one to six words of a line that end
in an organisation's word or start with one, 'X kommun, Y-förvaltningen' pairs, a genitive's name), each
labelled right when it is the truth's avsandare as `jamfor.norm` compares them; a logistic regression over a
few features (place, the organisation word, what stands before and after it, how often the text names it,
its words) ranks them. It prints the ceiling, then per earlier held-out set the model alone trained without
that set beside the rules' first run (korpus README). The result is in the korpus README (Titelmodellen).
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "korpus")]

import jamfor  # noqa: E402
import trana_titelmodell as titel  # noqa: E402

RADER = 80
WORD = re.compile(r"[\wÅÄÖåäöé&][\wÅÄÖåäöé&.-]*")
ORG_END = re.compile(r"(?:kommun|stad|region|regionen|landsting|landstinget|län|departementet|verket|"
                     r"myndigheten|inspektionen|styrelsen|nämnden|förvaltningen|kontoret|kollegiet|rådet|"
                     r"ombudsmannen|förbundet|föreningen|AB|kansliet|sverige|universitet|institutet|centrum)$",
                     re.IGNORECASE)
ORG_START = re.compile(r"^(?:länsstyrelsen|region|landstinget|kommunstyrelsen|stiftelsen|föreningen|"
                       r"förbundet)$", re.IGNORECASE)
HEAD = re.compile(r"(?:kommun|stad|region|landstinget|län)$", re.IGNORECASE)
UNIT = re.compile(r"(?:förvaltning|förvaltningen|nämnd|nämnden|kontoret|styrelsen|sektor)\w*$", re.IGNORECASE)
# the rules' avsandare at each set's first run (korpus README)
REGLERNAS_FORSTA = {"prov5": (9, 14), "prov6": (8, 12), "prov7": (5, 7), "prov8": (5, 11), "prov9": (1, 6),
                    "prov10": (0, 1), "prov11": (1, 6), "prov12": (1, 7), "prov13": (5, 9)}


def kandidater(lines: list[Any]) -> dict[str, dict[str, float]]:
    """Given a missiv's lines, return each sender candidate with its features."""
    out: dict[str, dict[str, float]] = {}
    antal: Counter[str] = Counter()
    for index, line in enumerate(lines[:RADER]):
        words = WORD.findall(line.text)
        for i in range(len(words)):
            for n in range(1, 7):
                if i + n > len(words):
                    break
                span = words[i : i + n]
                if not (ORG_END.search(span[-1]) or ORG_START.match(span[0])) or not span[0][:1].isupper():
                    continue
                text = " ".join(span).strip(".-")
                antal[text] += 1
                if text in out:
                    continue
                before = words[i - 1].lower() if i else "^"
                after = words[i + n].lower() if i + n < len(words) else "$"
                f = {f"pos={titel.titelmodell._bucket(index, (1, 3, 6, 12, 25, 50))}": 1.0, f"n={n}": 1.0,
                     f"slut={span[-1].lower()[-9:]}": 1.0, f"fore={before[:10]}": 1.0,
                     f"efter={after[:10]}": 1.0, f"forsta={span[0].lower()[:10]}": 1.0}
                if "@" in line.text:
                    f["epostrad"] = 1.0
                if index and not lines[index - 1].text.strip():
                    f["tom_ovan"] = 1.0
                if i == 0 and n == len(words):
                    f["hel_rad"] = 1.0
                if line.bold:
                    f["fet"] = 1.0
                out[text] = f
    heads = [t for t in out if HEAD.search(t)]
    units = [t for t in out if UNIT.search(t)]
    for h in heads[:6]:
        for u in units[:6]:
            out[f"{h}, {u}"] = {"par": 1.0, f"slut={u.split()[-1].lower()[-9:]}": 1.0}
    for text, f in out.items():
        f[f"antal={min(antal[text], 4)}"] = 1.0
        if text.endswith("s") and HEAD.search(text[:-1]):
            f["genitiv"] = 1.0
    return out


def main() -> int:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    data = []
    for dok in jamfor.dokument(tuple(m for m in jamfor.MAPPAR if m not in titel.oberoende())):
        if dok.facit["dokumenttyp"] != "remiss":
            continue
        kand = kandidater(titel.missiv_rader(dok.fil))
        sann = jamfor.norm(dok.facit.get("avsandare"))
        data.append((dok.mapp, sann, list(kand), [kand[t] for t in kand],
                     [int(jamfor.norm(t) == sann) for t in kand]))
    med = [d for d in data if d[1] is not None]
    print(f"tak: någon kandidat rätt för {sum(any(d[4]) for d in med)}/{len(med)} avsändare "
          f"(i prov5–prov13 {sum(any(d[4]) for d in med if d[0] in titel.PROVMANGDER)}/"
          f"{sum(d[0] in titel.PROVMANGDER for d in med)})")
    alla = ratt = regel = 0
    for mapp in titel.PROVMANGDER:
        prov = [d for d in data if d[0] == mapp]
        trana = [d for d in data if d[0] != mapp]
        pipe = make_pipeline(DictVectorizer(), LogisticRegression(C=1.0, max_iter=5000)).fit(
            [f for d in trana for f in d[3]], [y for d in trana for y in d[4]])
        n = 0
        for d in prov:
            if not d[3]:
                n += d[1] is None
                continue
            i = int(pipe.decision_function(d[3]).argmax())
            n += d[1] is not None and d[4][i] == 1
        r, rn = REGLERNAS_FORSTA[mapp]
        print(f"{mapp}: modellen {n}/{len(prov)}, reglernas första körning {r}/{rn}")
        alla, ratt, regel = alla + len(prov), ratt + n, regel + r
    print(f"sammanlagt modellen {ratt}/{alla}, reglernas första körningar {regel}/{alla}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
