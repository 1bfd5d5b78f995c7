"""Should kontroll trust the learned type's annat where the rules hear only a third-person voice? (typ44)

usage: PYTHONPATH=. /work/venv-trana/bin/python tests/korpus/studie_tredje_person.py   (needs scikit-learn)

Today kontroll never lets the learned type take away a yttrande the cues recognised (`kontroll.med_typmodell`;
studie_typpolicy's yttrande→annat direction changes nothing right or wrong at 0.8–0.9). A narrower direction:
only where the recognition has no voice of the page's own (no first person, no own answer named, no own
publication, no decision and no tjänsteskrivelse's head: the stances told in the third person that a news
item about others' answers also has). For every untitled short yttrande and annat of the held-out sets
(modelltraning.PROVMANGDER) that today's rules recognise as a remissvar, the type model trained without its
set gives P(annat); printed per threshold: the annat the direction would set right and the yttranden it would
make wrong, with the condition and without it.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "korpus"), str(ROOT / "bench")]

GRANSER = (0.6, 0.7, 0.8, 0.9)


def main() -> int:
    """Print what the conditional direction would do per threshold; return 0."""
    import jamfor
    import trana_typmodell as tt
    from bench_struktur import _handling
    from modelltraning import PROVMANGDER, lamna_ut

    from remiss import typmodell as tm
    from remiss.kontroll import utan_sidraknare
    from remiss.kontroll.hitta import find_yttranden
    from remiss.kontroll.signaler import igenkanning
    from remiss.split import MAX_SIDOR_TYPMODELL

    rader = []
    for dok in jamfor.dokument(tuple(m for m in jamfor.MAPPAR if m in PROVMANGDER)):
        typ = dok.facit["dokumenttyp"]
        if typ not in ("yttrande", "annat"):
            continue
        handling = _handling(dok.fil)
        handling = replace(handling, pages=utan_sidraknare(handling.pages))
        if find_yttranden(handling) or len(handling.pages) > MAX_SIDOR_TYPMODELL:
            continue
        tecken = igenkanning(handling.lines)
        if not tecken.ar_remissvar:
            continue
        s = tecken.struktur
        egen = s.forsta_person or s.eget_svar or any(s.har(f) for f in ("publicerar", "beslut", "huvud"))
        tredje = not egen
        rader.append((dok.mapp, dok.nyckel, typ, tredje, tm.text_av(handling.lines)))
    print(f"igenkända utan rubrik: {len(rader)}, bara tredje person: {sum(r[3] for r in rader)}")
    modeller = {mapp: tt._pipeline().fit([t for _, t, _ in trana], [y for _, _, y in trana])
                for mapp, trana, _ in lamna_ut(tt.las_korpus(), lambda d: d[0])}
    for grans in GRANSER:
        for villkor in (True, False):
            ratt, fel = [], []
            for mapp, nyckel, typ, tredje, text in rader:
                if villkor and not tredje:
                    continue
                pipe = modeller[mapp]
                p = dict(zip((str(k) for k in pipe[1].classes_), pipe.predict_proba([text])[0], strict=True))
                if p["annat"] >= grans:
                    (ratt if typ == "annat" else fel).append(f"{nyckel} {p['annat']:.2f}")
            namn = "bara tredje person" if villkor else "alla"
            print(f"yttrande→annat {grans} {namn}: rättade {len(ratt)}, gjorda fel {len(fel)}",
                  "; ".join(fel))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
