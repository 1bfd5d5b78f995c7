"""A study: given the organisation the rules found as the sender, can a learned choice of its unit (a nämnd,
förvaltning, styrelse, utskott, kontor, sektor the text names, or none) generalise to senders never seen?

usage: PYTHONPATH=. /work/venv-trana/bin/python tests/korpus/studie_enhetsmodell.py [--forsta] [--alla]

Every corpus remiss outside the independent set (bench_korpus.OBERONDE) is read as `tolka` reads it (the
missiv part, `trana_titelmodell.missiv_rader`). Those whose truth's organisation is a kommun, stad, region,
landsting or förbund ('Lessebo kommun, Kommunstyrelsen', or the bare 'Lessebo kommun') are the training
remisser; their candidates are the units the text names (`remiss.enhetsmodell.kandidater`),
labelled right when the truth names that unit. A logistic regression scores each candidate; the model names
the best one when its probability reaches a threshold, else none.

Leave one set out over modelltraning.PROVMANGDER: trained without the set, the threshold chosen by leave one
folder out inside the training folders (nested), then applied to the set's remisser to the organisation the
rules found, (a) at the set's first run (kanda_fel.json at trana_titelmodell.FORSTA_KORNINGEN: the value the
rules gave when it was a miss, the set's truth then when it was not) and (b) with today's rules (`tolka` now).
'Model' replaces the rules' unit by the model's choice (or none); 'combination' keeps the rules' sender unless
the model's best unit reaches a second threshold (also nested) and differs from the rules' unit. Each column
is counted against today's truth; 'made wrong' counts senders right under the rules and wrong after.
'fyll' adds the model's unit only where the rules named the organisation alone; 'fyll0' is the filling with
the threshold that makes none of the training sets' right senders (today's rules) wrong and, among those, the
most of their first-run senders right. --forsta chooses the other thresholds on the training sets' first-run
senders instead of today's; --alla leaves every corpus folder out in turn (the informed ones have no first
run). The result is in the korpus README (Titelmodellen, 'Samma studie för avsändarens enhet').
"""

from __future__ import annotations

import json
import pickle
import re
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "korpus"), str(ROOT / "bench")]

import jamfor  # noqa: E402
import modelltraning  # noqa: E402
import trana_titelmodell as titel  # noqa: E402

from remiss import enhetsmodell  # noqa: E402

CACHE = Path("/tmp/studie_enhetsmodell.pickle")
ORG = enhetsmodell.ORG
TROSKLAR = [round(0.05 * i, 2) for i in range(2, 20)]
MIN_DF = 2
# the thresholds are chosen on the training sets' senders as today's rules give them, or (--forsta) as the
# rules gave them at those sets' first runs (the regime of a set never seen)
FORSTA_TROSKEL = "--forsta" in sys.argv
# --alla: leave each corpus folder out in turn, the informed ones too (no first run there: 'första' is None)
ALLA_MAPPAR = "--alla" in sys.argv
C = 1.0


@dataclass
class Post:
    """One remiss: folder, id, today's truth, the rules' sender at the set's first run and today, its text."""

    mapp: str
    id: str
    sann: str | None
    forsta: str | None
    idag: str | None
    lines: list[Any]
    joined: str
    kand: dict[str, list[enhetsmodell.Kandidat]] = field(default_factory=dict)

    def kandidater(self, org: str) -> list[enhetsmodell.Kandidat]:
        if org not in self.kand:
            self.kand[org] = enhetsmodell.kandidater(org, self.lines, self.joined)
        return self.kand[org]


dela = enhetsmodell.dela


def forsta_korningen(mapp: str) -> dict[str, str | None]:
    """Return the rules' sender at the set's first run for each of its remisser: the value given when it was
    a miss ('' when no remiss was found, '…' cut values kept cut), the truth then when it was not."""
    commit = titel.FORSTA_KORNINGEN[mapp]

    def show(path: str) -> str:
        return subprocess.run(["git", "show", f"{commit}:{path}"], cwd=ROOT, capture_output=True, text=True,
                              check=True).stdout

    fel = json.loads(show("tests/korpus/kanda_fel.json"))
    files = subprocess.run(["git", "ls-tree", "--name-only", commit, f"tests/korpus/{mapp}/"], cwd=ROOT,
                           capture_output=True, text=True, check=True).stdout.split()
    out: dict[str, str | None] = {}
    for path in files:
        if not path.endswith(".json"):
            continue
        ident = Path(path).stem
        facit = json.loads(show(path))
        if facit.get("dokumenttyp") != "remiss":
            continue
        miss = fel.get(f"{mapp}/{ident}", {})
        if "avsandare" in miss:
            fick = miss["avsandare"].split(", fick ", 1)[1]
            fick = re.split(r": (?=[a-zåäö'])", fick, maxsplit=1)[0]
            out[ident] = "" if fick == "(ingen remiss hittades)" else None if fick == "null" else fick
        elif "dokumenttyp" in miss:
            out[ident] = ""
        else:
            out[ident] = facit.get("avsandare")
    return out


def las() -> list[Post]:
    """Read every remiss outside the independent set (cached in /tmp between runs)."""
    if CACHE.exists():  # (plain tuples: a Post pickled from __main__ would not load elsewhere)
        return [Post(*t) for t in pickle.loads(CACHE.read_bytes())]
    from remiss.extract.text import Text

    utan = modelltraning.oberoende()
    forsta = {m: forsta_korningen(m) for m in modelltraning.PROVMANGDER}
    out = []
    for dok in jamfor.dokument(tuple(m for m in jamfor.MAPPAR if m not in utan)):
        if dok.facit["dokumenttyp"] != "remiss":
            continue
        lines = titel.missiv_rader(dok.fil)
        remisser = jamfor.kor(dok.fil)["remisser"]
        idag = remisser[0].get("avsandare") if remisser else ""
        out.append(Post(dok.mapp, dok.id, dok.facit.get("avsandare"), forsta.get(dok.mapp, {}).get(dok.id),
                        idag, lines, Text.of(lines).joined))
    CACHE.write_bytes(pickle.dumps([(p.mapp, p.id, p.sann, p.forsta, p.idag, p.lines, p.joined)
                                    for p in out]))
    return out


def ratt(value: str | None, sann: str | None) -> bool:
    """Return True when the sender is the truth as the corpus compares it ('': no remiss, never right)."""
    return value != "" and jamfor.norm(value) == jamfor.norm(sann)


def exempel(poster: list[Post]) -> list[tuple[Post, str, str | None]]:
    """The training remisser: (post, the truth's organisation, the truth's unit or None), with candidates."""
    out = []
    for p in poster:
        delad = dela(p.sann)
        if delad and p.kandidater(delad[0]):
            out.append((p, delad[0], delad[1]))
    return out


def fit(ex: list[tuple[Post, str, str | None]]) -> Any:
    from collections import Counter

    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    x, y = [], []
    for p, org, unit in ex:
        for k in p.kandidater(org):
            x.append(k.egenskaper)
            y.append(int(unit is not None and enhetsmodell.fold(k.text) == enhetsmodell.fold(unit)))
    antal = Counter(n for f in x for n in f)
    x = [{n: v for n, v in f.items() if antal[n] >= MIN_DF} for f in x]
    return make_pipeline(DictVectorizer(), LogisticRegression(C=C, max_iter=5000)).fit(x, y)


def basta(pipe: Any, p: Post, org: str) -> tuple[str | None, float]:
    """The model's best unit for the organisation and its probability (None, 0 without candidates)."""
    kand = p.kandidater(org)
    if not kand:
        return None, 0.0
    prob = pipe.predict_proba([k.egenskaper for k in kand])[:, 1]
    i = int(prob.argmax())
    return kand[i].text, float(prob[i])


def med_modellen(value: str | None, unit: str | None, prob: float, troskel: float) -> str | None:
    """The sender with the model's unit for the rules' organisation (the model alone)."""
    delad = dela(value)
    if delad is None:
        return value
    return f"{delad[0]}, {unit}" if unit and prob >= troskel else delad[0]


def kombination(value: str | None, unit: str | None, prob: float, troskel: float) -> str | None:
    """The rules' sender, its unit replaced by the model's when the model is sure (prob ≥ troskel)."""
    delad = dela(value)
    if delad is None or not unit or prob < troskel:
        return value
    if delad[1] and enhetsmodell.fold(delad[1]) == enhetsmodell.fold(unit):
        return value
    return f"{delad[0]}, {unit}"


def fyllning(value: str | None, unit: str | None, prob: float, troskel: float) -> str | None:
    """The rules' sender, the model's unit added when the rules named none and the model is sure."""
    delad = dela(value)
    if delad is None or delad[1] or not unit or prob < troskel:
        return value
    return f"{delad[0]}, {unit}"


SATT = (med_modellen, kombination, fyllning)
NAMN = ("modell", "komb", "fyll", "fyll0")  # fyll0: the filling with the threshold that harms none


def val_av_troskel(poster: list[Post], scorer: Callable[[Post, str], tuple[str | None, float]],
                   regel: Callable[[Post], str | None], satt: Callable[..., str | None]) -> float:
    """The threshold that makes the most senders right on these remisser (ties: the highest)."""
    best, best_n = TROSKLAR[-1], -1
    cache = {}
    for p in poster:
        delad = dela(regel(p))
        cache[id(p)] = scorer(p, delad[0]) if delad else (None, 0.0)
    for t in reversed(TROSKLAR):
        n = sum(ratt(satt(regel(p), *cache[id(p)], t), p.sann) for p in poster)
        if n > best_n:
            best, best_n = t, n
    return best


def inre_trosklar(poster: list[Post]) -> tuple[float, ...]:
    """Choose the model's and the combination's thresholds by leave one folder out inside `poster`."""
    mappar = sorted({p.mapp for p in poster})
    scores: dict[int, dict[str, tuple[str | None, float]]] = {}
    for mapp in mappar:
        pipe = fit(exempel([p for p in poster if p.mapp != mapp]))
        for p in poster:
            if p.mapp != mapp:
                continue
            scores[id(p)] = {}
            for value in (p.sann, p.idag, p.forsta):
                delad = dela(value)
                if delad and delad[0] not in scores[id(p)]:
                    scores[id(p)][delad[0]] = basta(pipe, p, delad[0])

    def scorer(p: Post, org: str) -> tuple[str | None, float]:
        return scores[id(p)].get(org, (None, 0.0))

    regel: Callable[[Post], str | None] = (lambda p: p.forsta) if FORSTA_TROSKEL else (lambda p: p.idag)
    trosklar = [val_av_troskel(poster, scorer, regel, satt) for satt in SATT]
    # the filling's threshold without harm: the one that makes the most of the training sets' first-run
    # senders right among those that make none of today's rules' right senders wrong (inner leave one out)
    def poang(t: float) -> tuple[int, int, float]:
        harm = gain = 0
        for p in poster:
            for value, kind in ((p.idag, "idag"), (p.forsta, "forsta")):
                delad = dela(value)
                if delad is None:
                    continue
                after = fyllning(value, *scorer(p, delad[0]), t)
                if kind == "idag":
                    harm += ratt(value, p.sann) and not ratt(after, p.sann)
                else:
                    gain += ratt(after, p.sann) - ratt(value, p.sann)
        return (-harm, gain, t)

    trosklar.append(max(TROSKLAR, key=poang))
    return tuple(trosklar)


def utvardera(poster: list[Post]) -> None:
    """Print the ceiling, then per earlier held-out set the rules (first run, today) beside the model, the
    combination and the filling, each trained and its threshold chosen without the set."""
    med = exempel(poster)
    enhet = [e for e in med if e[2]]
    tak = sum(any(enhetsmodell.fold(k.text) == enhetsmodell.fold(e[2]) for k in e[0].kandidater(e[1]))
              for e in enhet)
    print(f"träningsremisser {len(med)} (organisation med enheter och minst en kandidat), av dem med enhet "
          f"{len(enhet)}, enheten bland kandidaterna {tak}")
    namn = NAMN
    kolumner = ["första", *namn, "idag", *namn]
    print(f"{'mängd':7} {'n':>3} " + " ".join(f"{k:>9}" for k in kolumner) + "   trösklar")
    summa = [0] * 10
    summa_fel = [0] * 10
    mappar = sorted({p.mapp for p in poster}) if ALLA_MAPPAR else modelltraning.PROVMANGDER
    for mapp in mappar:
        prov = [p for p in poster if p.mapp == mapp]
        trana = [p for p in poster if p.mapp != mapp]
        trosklar = inre_trosklar(trana)
        pipe = fit(exempel(trana))
        rad, fel = [0] * 10, [0] * 10
        for p in prov:
            for j, regel in enumerate((p.forsta, p.idag)):
                delad = dela(regel)
                unit, prob = basta(pipe, p, delad[0]) if delad else (None, 0.0)
                varden = [regel, *[satt(regel, unit, prob, t)
                                   for satt, t in zip((*SATT, fyllning), trosklar, strict=True)]]
                for i, v in enumerate(varden):
                    rad[5 * j + i] += ratt(v, p.sann)
                    if i == 0 or ratt(regel, p.sann) == ratt(v, p.sann):
                        continue
                    vad = "gör fel" if ratt(regel, p.sann) else "rättar"
                    fel[5 * j + i] += ratt(regel, p.sann)
                    fore = ("första", "idag")[j]
                    print(f"    {mapp}/{p.id}: {fore} {namn[i - 1]} {vad}: {regel!r} → {v!r}")
        celler = [f"{rad[i]}/{len(prov)}" if i % 5 == 0 else f"{rad[i]}({fel[i]})" for i in range(10)]
        print(f"{mapp:7} {len(prov):>3} " + " ".join(f"{c:>9}" for c in celler) + f"   {trosklar}")
        summa = [a + b for a, b in zip(summa, rad, strict=True)]
        summa_fel = [a + b for a, b in zip(summa_fel, fel, strict=True)]
    n = sum(p.mapp in mappar for p in poster)
    celler = [f"{summa[i]}/{n}" if i % 5 == 0 else f"{summa[i]}({summa_fel[i]})" for i in range(10)]
    print(f"{'summa':7} {n:>3} " + " ".join(f"{c:>9}" for c in celler))


def main(argv: list[str]) -> int:
    utvardera(las())
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
