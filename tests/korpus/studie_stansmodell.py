"""Study: would a learned ställningstagande, beside the rules, read the stance of senders never seen better?

usage: python tests/korpus/studie_stansmodell.py [--tecken]   (needs scikit-learn: pip install '.[trana]')

The rules (remiss/kontroll, modeller/stallningstagande.jsonl) are right on ~99 % of the informed folders,
which they were fixed against, but at each held-out set's first run (prov5–prov15, senders never seen) they
had 73 of 118 yttranden right. This study copies the title model's method (trana_titelmodell.py): every corpus
yttrande except the independent held-out set (bench_korpus.OBERONDE) is read as `remiss kontrollera` reads it
(the yttrande it finds, split in beslut, sammanfattning and body by `kontroll.avsnitt`); its sentences with an
evaluative word give features (the word's kind, negated or not, where it stands, the words of those
sentences, a vote over the document) and a multinomial logistic regression learns the truth's
stallningstagande (tillstyrker, avstyrker, avstar, null). Each held-out set is left out once; for each, the
rules' stance at its first run (kanda_fel.json at the commit that wrote it, FORSTA_KORNINGEN) is combined
with the model by a few policies, whose threshold is chosen by nested leave-one-set-out (on the other held-out
sets only, each with a model trained without it and the outer set), so every figure is on a set neither the
model nor the threshold saw. Nothing is written to modeller/: the result (korpus README, "Stansmodellen") was
negative.
"""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from unittest import mock

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "korpus"), str(ROOT / "bench")]

import jamfor  # noqa: E402
from modelltraning import PROVMANGDER, oberoende  # noqa: E402

C = 1.0
# --tecken: the second model, the whole text's character 3–5-grams (tf-idf, C_TECKEN), as a check that the
# first model's features are not what fails (chosen after word tf-idf with C 1, 10, 100 on the same sets)
TECKEN = False
C_TECKEN = 10.0
MIN_DF = 3  # a feature seen in fewer yttranden than this says nothing of the next sender
NOLL = "null"  # the truth's null (no overall stance) as a class
KLASSER = ("tillstyrker", "avstyrker", "avstar", NOLL)
# the commit that wrote each set's first run into kanda_fel.json (trana_titelmodell.FORSTA_KORNINGEN; for
# prov15 the session's end, 234e992, with the first run's counts in every field: c8028f1 wrote its README
# figures but not yet its misses)
FORSTA_KORNINGEN = {"prov5": "254ca5d", "prov6": "70c1f4d", "prov7": "21390d9", "prov8": "a2d9a45",
                    "prov9": "cae24d1", "prov10": "df60670", "prov11": "36c19b5", "prov12": "f7858e0",
                    "prov13": "3616636", "prov14": "9282723", "prov15": "234e992"}
INGET = "(inget yttrande hittades)"
TROSKLAR = (0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1.01)  # 1.01: never

# the evaluative words, by kind (written for this study from Swedish remiss usage, before any run)
KUE: dict[str, re.Pattern[str]] = {k: re.compile(v, re.IGNORECASE) for k, v in {
    "tillstyrk": r"\btillstyrk\w*",
    "stod": r"\bstöd(?:er|jer|ja|jas|s)?\b|\bställ\w*\s+(?:sig\s+|vi\s+oss\s+|oss\s+)?bakom\b"
            r"|\bbakom\s+förslag",
    "positiv": r"\bpositiv\w*|\bvälkomna\w*|\binstämm\w*|\bgodta\w*|\bbifall\w*|\bdelar\s+\w+\s+(?:bedömning|"
               r"uppfattning|slutsats)\w*|\bbra\b",
    "avstyrk": r"\bavstyrk\w*|\bavslå\w*|\bmotsätt\w*|\bavvis\w*",
    "negativ": r"\bnegativ\w*|\bkritisk\w*|\bifrågasätt\w*|\btveksam\w*|\boro(?:ad|as|ar|ande)?\b|\bemot\b|"
               r"\bbeklaga\w*|\bmissgynna\w*",
    "avsta": r"\bavstå\w*|\binga\s+(?:\w+\s+)?(?:synpunkter|kommentarer|erinringar)|\binget\s+att\s+"
             r"(?:erinra|invända|tillägga|anföra)|\bingen\s+erinran|\binga\s+invändningar|\bavsäg\w*",
    "forslag": r"\bförslag\w*|\bbetänkande\w*|\bpromemoria\w*|\butredning\w*",
    "bor": r"\bbör\b|\bmåste\b|\bbehöver\b",
}.items()}
NEGATION = frozenset({"inte", "ej", "icke", "aldrig", "knappast", "varken", "ingen", "inget", "inga"})
SATSGRANS = frozenset({",", ";", ":", "men", "utan", "eftersom", "dock", "däremot", "medan"})
TOKEN = re.compile(r"[a-zåäöéü]{2,}|[,;:]")
MENING = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9•–-])")


@dataclass(frozen=True)
class Yttrandedata:
    """One corpus yttrande: folder, id, truth (KLASSER), its features, and whether the tool found it today."""

    mapp: str
    id: str
    sanning: str
    egenskaper: dict[str, float]
    funnen: bool
    text: str = ""  # the sections' text, for the character model (--tecken)


def meningar(del_: dict[str, list[str]]) -> list[tuple[str, str]]:
    """Given a yttrande's section texts by name, return its sentences with their region: 'beslut',
    'samman' (the summary), 'forst' (the body's first two sentences), 'sist' (its last two) or 'brod'."""
    out: list[tuple[str, str]] = []
    for namn, region in (("beslut", "beslut"), ("sammanfattning", "samman")):
        out += [(s, region) for block in del_.get(namn, []) for s in MENING.split(block) if s.strip()]
    brod = [s for block in del_.get("brodtext", []) for s in MENING.split(block) if s.strip()]
    for i, s in enumerate(brod):
        out.append((s, "forst" if i < 2 else "sist" if i >= len(brod) - 2 else "brod"))
    return out


def _negerad(toks: list[str], start: int, slut: int) -> bool:
    """Given a sentence's tokens and a match's token span, return True when a negation stands in its clause
    within four tokens before it or two after ('tillstyrker inte', 'kan inte ställa sig bakom')."""
    i = start - 1
    while i >= max(0, start - 4) and toks[i] not in SATSGRANS:
        if toks[i] in NEGATION:
            return True
        i -= 1
    j = slut
    while j < min(len(toks), slut + 2) and toks[j] not in SATSGRANS:
        if toks[j] in NEGATION:
            return True
        j += 1
    return False


def _ord_med_negation(toks: list[str]) -> list[str]:
    """Given tokens, return them with the words in a negation's scope (to its clause's end) marked '¬'."""
    out, inne = [], False
    for t in toks:
        if t in SATSGRANS:
            inne = False
            continue
        out.append("¬" + t if inne else t)
        inne = inne or t in NEGATION
    return out


def egenskaper(del_: dict[str, list[str]]) -> dict[str, float]:
    """Given a yttrande's section texts, return its features by name."""
    f: dict[str, float] = {}
    rost = Counter()
    antal = 0
    for mening, region in meningar(del_):
        lag = mening.lower()
        traffar = [(k, m) for k, p in KUE.items() for m in p.finditer(lag)]
        if not traffar:
            continue
        antal += 1
        toks = TOKEN.findall(lag)
        for kind, match in traffar:
            fore = len(TOKEN.findall(lag[: match.start()]))
            neg = _negerad(toks, fore, fore + len(TOKEN.findall(match.group(0))))
            namn = kind + ("_inte" if neg else "")
            f[namn] = 1
            f[f"{namn}@{region}"] = 1
            polar = {"tillstyrk": 1, "stod": 1, "positiv": 1, "avstyrk": -1, "negativ": -1}.get(kind, 0)
            rost["pos" if polar * (-1 if neg else 1) > 0 else "neg" if polar else kind] += 1
        if {k for k, _ in traffar} - {"forslag", "bor"}:
            for w in set(_ord_med_negation(toks)):
                f[f"w={w}"] = 1
    f[f"meningar={_hink(antal, (1, 2, 4, 8, 16))}"] = 1
    pos, neg = rost["pos"], rost["neg"]
    rost_ = "ingen" if not pos + neg else "pos" if pos > 2 * neg else "neg" if neg > 2 * pos else "blandad"
    f[f"rost={rost_}"] = 1
    return f


def _hink(value: float, edges: Sequence[float]) -> int:
    return sum(value >= edge for edge in edges)


def las_korpus() -> list[Yttrandedata]:
    """Return every trainable corpus yttrande with its features, read as `remiss kontrollera` reads it."""
    import remiss.kontroll as kontroll
    from remiss.kontroll.avsnitt import split_avsnitt
    from remiss.kontroll.stallning import make_blocks
    from remiss.read import read_file

    fangade: list[dict[str, list[str]]] = []

    def fanga(fil: str, yttrande: Any, *, per_line: bool = False) -> Any:
        avsnitt = split_avsnitt(yttrande)
        fangade.append({n: [b.text for b in make_blocks(getattr(avsnitt, n), per_line=per_line)]
                        for n in ("beslut", "sammanfattning", "brodtext")})
        return kontroll.Yttrandekontroll(fil=fil, sidor=yttrande.sidor, diarienummer=None, titel="",
                                         stallningstagande=None)

    utan = oberoende()
    out = []
    with mock.patch.object(kontroll, "kontrollera_yttrande", fanga):  # the yttrande it finds, not its check
        for dok in jamfor.dokument(tuple(m for m in jamfor.MAPPAR if m not in utan)):
            if dok.facit["dokumenttyp"] != "yttrande":
                continue
            fangade.clear()
            handling = read_file(dok.fil)
            kontroll.kontrollera_handling(handling)
            del_ = fangade[0] if fangade else {"brodtext": [" ".join(x.text for x in handling.lines)]}
            text = " ".join(t for v in del_.values() for t in v)
            out.append(Yttrandedata(dok.mapp, dok.id, dok.facit.get("stallningstagande") or NOLL,
                                    egenskaper(del_), bool(fangade), text))
    return out


def _fit(data: list[Yttrandedata]) -> Any:
    if TECKEN:
        return _fit_tecken(data)
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    antal: Counter[str] = Counter(n for d in data for n in d.egenskaper)
    x = [{n: v for n, v in d.egenskaper.items() if antal[n] >= MIN_DF} for d in data]
    pipe = make_pipeline(DictVectorizer(), LogisticRegression(C=C, max_iter=5000))
    return pipe.fit(x, [d.sanning for d in data])


def _fit_tecken(data: list[Yttrandedata]) -> Any:
    """Return the second model: tf-idf of the character 3–5-grams of the whole text, C_TECKEN."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    vektor = TfidfVectorizer(min_df=MIN_DF, sublinear_tf=True, analyzer="char_wb", ngram_range=(3, 5))
    pipe = make_pipeline(vektor, LogisticRegression(C=C_TECKEN, max_iter=5000))
    return pipe.fit([d.text for d in data], [d.sanning for d in data])


def gissa(pipe: Any, prov: list[Yttrandedata]) -> list[tuple[str, float]]:
    """Return the model's likeliest class and its probability for each yttrande."""
    klasser = list(pipe.classes_)
    out = []
    for p in pipe.predict_proba([d.text if TECKEN else d.egenskaper for d in prov]):
        i = max(range(len(klasser)), key=lambda k: p[k])
        out.append((str(klasser[i]), float(p[i])))
    return out


def forsta_korningen(mapp: str) -> dict[str, str]:
    """Return the rules' stance at the set's first run for each of its yttranden that was wrong then: the
    value they gave ('null', 'blandat', a stance) or INGET when no yttrande was found."""
    text = subprocess.run(["git", "show", f"{FORSTA_KORNINGEN[mapp]}:tests/korpus/kanda_fel.json"], cwd=ROOT,
                          capture_output=True, text=True, check=True).stdout
    return {nyckel.split("/", 1)[1]: fel["stallningstagande"].split(", fick ", 1)[1]
            for nyckel, fel in json.loads(text).items()
            if nyckel.startswith(f"{mapp}/") and "stallningstagande" in fel}


def regelns(d: Yttrandedata, forsta: dict[str, str]) -> str:
    """Return the rules' stance at the first run ('blandat' is the truth's null as jamfor compares it)."""
    fick = forsta.get(d.id, d.sanning)
    return NOLL if fick == "blandat" else fick


# a policy: given the rules' stance, the model's class and probability and a threshold, return the stance
Policy = Callable[[str, str, float, float], str]
POLICYER: dict[str, Policy] = {
    # the model only where the rules found no stance
    "modellen där reglerna ger null": lambda r, m, p, t: m if r == NOLL and p >= t else r,
    # the model's null where the rules found a stance (most first-run misses were stances read into null)
    "modellens null över reglernas ställning": lambda r, m, p, t: m if r not in (NOLL, INGET) and m == NOLL
    and p >= t else r,
    # the model over the rules wherever it is sure
    "modellen när den är säker": lambda r, m, p, t: m if r != INGET and p >= t else r,
}


def utfall(policy: Policy, t: float, rader: list[tuple[Yttrandedata, str, str, float]]) -> tuple[int, int]:
    """Return (right, right stances made wrong) of a policy at threshold t over (yttrande, rules, model,
    probability)."""
    ratt = fel = 0
    for d, r, m, p in rader:
        svar = policy(r, m, p, t)
        ratt += svar == d.sanning
        fel += r == d.sanning and svar != d.sanning
    return ratt, fel


def studera(data: list[Yttrandedata]) -> None:
    """Print per held-out set the rules' first run, the model alone, always null, and each policy with its
    threshold chosen by nested leave-one-set-out."""
    mangder = [m for m in PROVMANGDER if any(d.mapp == m for d in data)]
    forsta = {m: forsta_korningen(m) for m in mangder}

    def rader(utan: set[str], mapp: str) -> list[tuple[Yttrandedata, str, str, float]]:
        prov = [d for d in data if d.mapp == mapp]
        pipe = _fit([d for d in data if d.mapp not in utan | {mapp}])
        gissat = gissa(pipe, prov)
        return [(d, regelns(d, forsta[mapp]), m, p) for d, (m, p) in zip(prov, gissat, strict=True)]

    yttre = {m: rader(set(), m) for m in mangder}
    inre = {(m, n): rader({m}, n) for m in mangder for n in mangder if n != m}
    summa: Counter[str] = Counter()
    print(f"{'mängd':<7} {'n':>3} {'regler':>6} {'modell':>6} {'null':>5}  " +
          "  ".join(f"P{i + 1}(t) fel" for i in range(len(POLICYER))))
    for mapp in mangder:
        r = yttre[mapp]
        n, regel = len(r), sum(x[1] == x[0].sanning for x in r)
        modell = sum(x[2] == x[0].sanning for x in r)
        noll = sum(x[0].sanning == NOLL for x in r)
        celler = []
        for i, policy in enumerate(POLICYER.values()):
            inre_rader = [x for n2 in mangder if n2 != mapp for x in inre[(mapp, n2)]]
            t = max(TROSKLAR, key=lambda t: (utfall(policy, t, inre_rader)[0]
                                             - utfall(policy, t, inre_rader)[1], t))
            ratt, fel = utfall(policy, t, r)
            summa[f"P{i}"] += ratt
            summa[f"P{i}fel"] += fel
            celler.append(f"{ratt:>2} ({t:.2f}) {fel}")
        summa.update(n=n, regel=regel, modell=modell, noll=noll)
        print(f"{mapp:<7} {n:>3} {regel:>6} {modell:>6} {noll:>5}  " + "  ".join(celler))
    print(f"{'summa':<7} {summa['n']:>3} {summa['regel']:>6} {summa['modell']:>6} {summa['noll']:>5}  " +
          "  ".join(f"{summa[f'P{i}']:>3}   fel {summa[f'P{i}fel']}" for i in range(len(POLICYER))))
    for i, namn in enumerate(POLICYER):
        print(f"P{i + 1}: {namn}")
    alla = [x for r in yttre.values() for x in r]
    funna = [x for x in alla if x[1] != INGET]
    print(f"de {len(funna)} yttranden första körningen fann: "
          f"reglerna {sum(x[1] == x[0].sanning for x in funna)}, "
          f"modellen ensam {sum(x[2] == x[0].sanning for x in funna)}, "
          f"alltid null {sum(x[0].sanning == NOLL for x in funna)}")
    for i, policy in enumerate(POLICYER.values()):  # the threshold chosen on the sets themselves
        bast = max(TROSKLAR, key=lambda t: (utfall(policy, t, alla)[0], t))
        print(f"P{i + 1} med tröskeln vald på mängderna själva (optimistiskt): t={bast:.2f} "
              f"{utfall(policy, bast, alla)[0]}/{len(alla)}, {utfall(policy, bast, alla)[1]} gjorda fel")
    forvirring = Counter((x[0].sanning, x[2]) for r in yttre.values() for x in r)
    print("modellen ensam, (sanning, modell):", dict(sorted(forvirring.items())))
    print("reglerna, (sanning, regler):",
          dict(sorted(Counter((x[0].sanning, x[1]) for r in yttre.values() for x in r).items())))


def main(argv: list[str]) -> int:
    global TECKEN
    TECKEN = "--tecken" in argv
    data = las_korpus()
    print(f"{len(data)} yttranden, {sum(not d.funnen for d in data)} som verktyget inte hittar i dag; "
          f"klasser {dict(Counter(d.sanning for d in data))}")
    studera(data)
    informerat = [d for d in data if d.mapp not in PROVMANGDER]
    random.Random(17).shuffle(informerat)
    n = 0
    for k in range(5):
        prov = informerat[k::5]
        namn = {(d.mapp, d.id) for d in prov}
        pipe = _fit([d for d in data if (d.mapp, d.id) not in namn])
        n += sum(m == d.sanning for d, (m, _) in zip(prov, gissa(pipe, prov), strict=True))
    print(f"informerade mappar, femfaldig korsvalidering: modellen ensam {n}/{len(informerat)}, "
          f"alltid null {sum(d.sanning == NOLL for d in informerat)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
