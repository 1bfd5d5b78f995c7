"""Train the learned document type (remiss.typmodell) on the real corpus and write modeller/typmodell.json.

usage: python tests/korpus/trana_typmodell.py [--utvardera]   (needs scikit-learn: pip install '.[trana]')

Every corpus document except the independent held-out set (bench_korpus.OBERONDE) is read as the tool reads
it (`remiss.read.read_file`, `remiss.typmodell.text_av`) and labelled by its truth's dokumenttyp. The model:
tf-idf of the words (sublinear counts, words in at least MIN_DF documents) and a multinomial logistic
regression with balanced classes. `--utvardera` first trains once per held-out set of earlier sessions without
that set and prints how many of its documents the model alone types right: the figure that says what the model
does on senders it never saw (the rules' first runs on the same sets are in the korpus README).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "korpus"), str(ROOT / "bench")]

import jamfor  # noqa: E402
from modelltraning import lamna_ut, oberoende, skriv_modellfil  # noqa: E402

from remiss import typmodell  # noqa: E402

MIN_DF = 3
C = 10.0
TECKEN = 2500  # the opening the model reads: the hidden sets keep ~2,000 characters of each page
KLASSER = (typmodell.ANNAT, typmodell.REMISS, typmodell.YTTRANDE)


def las_korpus() -> list[tuple[str, str, str]]:
    """Return (folder, text, type) of every trainable corpus document, as the tool reads it."""
    from remiss.read import read_file

    utan = oberoende()
    out = []
    for dok in jamfor.dokument(tuple(m for m in jamfor.MAPPAR if m not in utan)):
        typ = dok.facit["dokumenttyp"]
        if typ in KLASSER:
            out.append((dok.mapp, typmodell.text_av(read_file(dok.fil).lines), typ))
    return out


def _pipeline() -> Any:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    def forbered(text: str) -> str:
        return typmodell.SIFFRA.sub("0", text[:TECKEN].lower())

    vektor = TfidfVectorizer(preprocessor=forbered, token_pattern=typmodell.TOKEN.pattern, min_df=MIN_DF,
                             sublinear_tf=True)
    return make_pipeline(vektor, LogisticRegression(C=C, max_iter=5000, class_weight="balanced"))


def utvardera(data: list[tuple[str, str, str]]) -> None:
    """Print, per earlier held-out set, how many documents a model trained without it types right."""
    alla = ratt = 0
    for mapp, trana, prov in lamna_ut(data, lambda d: d[0]):
        pipe = _pipeline().fit([t for _, t, _ in trana], [y for _, _, y in trana])
        gissat = pipe.predict([t for _, t, _ in prov])
        n = sum(g == y for g, (_, _, y) in zip(gissat, prov, strict=True))
        print(f"{mapp}: {n}/{len(prov)} rätt typ utan {mapp} i träningen")
        alla, ratt = alla + len(prov), ratt + n
    print(f"sammanlagt {ratt}/{alla}")


def skriv(data: list[tuple[str, str, str]]) -> dict[str, Any]:
    """Train on all of `data`; return the model file's content, with check texts and their probabilities."""
    pipe = _pipeline().fit([t for _, t, _ in data], [y for _, _, y in data])
    vektor, regression = pipe[0], pipe[1]
    klasser = [str(k) for k in regression.classes_]
    ord_ = {
        word: [round(float(vektor.idf_[i]), 6), *(round(float(regression.coef_[k][i]), 6)
                                                 for k in range(len(klasser)))]
        for word, i in sorted(vektor.vocabulary_.items())
    }
    prov = [t[:600] for _, t, _ in data[:: max(1, len(data) // 5)]][:5]
    return {
        "beskrivning": "Dokumenttypens inlärda modell (remiss.typmodell), "
                       "skriven av tests/korpus/trana_typmodell.py",
        "mappar": sorted({m for m, _, _ in data}),
        "dokument": len(data),
        "klasser": klasser,
        "tecken": TECKEN,
        "intercept": [round(float(v), 6) for v in regression.intercept_],
        "ord": ord_,
        "kontroll": [{"text": t, "sannolikheter": [round(float(p), 6) for p in pipe.predict_proba([t])[0]]}
                     for t in prov],
    }


def main(argv: list[str]) -> int:
    data = las_korpus()
    if "--utvardera" in argv:
        utvardera(data)
    innehall = skriv(data)
    mal = skriv_modellfil(innehall, typmodell.MODELLFIL)
    print(f"{mal.relative_to(ROOT)}: {len(innehall['ord'])} ord, {innehall['dokument']} dokument "
          f"ur {', '.join(innehall['mappar'])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
