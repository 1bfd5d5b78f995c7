"""How should the rules' document type and the learned type (remiss.typmodell) be combined? A study.

usage: PYTHONPATH=. /work/venv-trana/bin/python tests/korpus/studie_typpolicy.py   (needs scikit-learn)

Two places combine them with thresholds: `remiss.split.med_typmodell` (tolka: a single short document the
missiv score typed is made a missiv when the model says remiss, or no missiv when it says yttrande or, very
sure, annat) and `remiss.kontroll.med_typmodell` (kontroll: a short file read as a whole that the cues did
not recognise is a yttrande when the model says so). This script measures, on the held-out sets of earlier
sessions (modelltraning.PROVMANGDER, each typed at its first run by code that had never seen its senders),
what other thresholds would have done:

1. The rules' own type of each document (the model silenced: `typmodell.bedom_text` answers 1/3 for every
   type) and, at each combination point the run reaches, the text the model reads there and the rules'
   state (the score's type and whether a signal speaks against a missiv; whether the cues recognised a
   yttrande). Taken twice: with today's code on every set (baseline "nu": the current rules, which have
   been fixed against these sets since), and at each set's first run (baseline "första"). For prov12–prov15
   the first-run code already had the model, so that code is checked out (a git worktree under the
   temporary directory) and run silenced the same way; for prov5–prov11 (before the model) the first run's
   type is read from kanda_fel.json at the commit that wrote it (a document not among the dokumenttyp misses
   had the right type, a miss says what the rules gave), and where today's run reaches a combination point
   its text and state are borrowed (an approximation: the first run's own points are not known).
2. For each set S, the type model trained without S (as trana_typmodell --utvardera) gives its probabilities
   at S's points.
3. A policy is six thresholds: in tolka annat→remiss, remiss→yttrande (no missiv), remiss→annat; in
   kontroll annat→yttrande, yttrande→annat, yttrande→remiss (the last two take away a yttrande the cues
   found; today never). A threshold is a probability, 'max' (the model's likeliest type: "the model when
   the rules say annat") or never. Today's policy: 0.7 (and no signal against), 0.7, 0.9; 0.7, never, never.
4. Nested leave-one-set-out: for each S the policy is chosen on the other sets (most right, then fewest made
   wrong, then the most cautious) and scored on S. The sum over S is the honest figure; the policy chosen on
   all sets is the one the code would take.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
KORPUS = ROOT / "tests" / "korpus"

# each set's first run: the commit trana_titelmodell.FORSTA_KORNINGEN names; for these its code had the model
MODELL_VID_FORSTA = ("prov12", "prov13", "prov14", "prov15", "prov16", "prov17", "prov18", "prov19", "prov20",
                     "prov21", "prov22", "prov23", "prov24", "prov25", "prov26", "prov27", "prov28",
                     "prov29", "prov30", "prov31", "prov32", "prov33", "prov34", "prov35",
                     "prov36", "prov37", "prov38", "prov39", "prov40", "prov41", "prov42", "prov43", "prov44",
                     "prov45")
CACHE = Path(tempfile.gettempdir()) / "studie_typpolicy"

ALDRIG = 2.0  # a threshold never reached
MAX = -1.0  # the model's likeliest type
TRÖSKLAR = (MAX, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, ALDRIG)
TRÖSKLAR_BORT = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95, ALDRIG)
IDAG = ((0.7, 0.7, 0.9), (0.7, ALDRIG, ALDRIG))  # (tolka: a→r, r→y, r→a), (kontroll: a→y, y→a, y→r)


# ---------------------------------------------------------------------------------------------- collection

def samla(rot: Path, mappar: list[str], vand: bool = False) -> dict[str, Any]:
    """Run the tool of the tree `rot` on the folders' documents with the type model silenced; return per
    document '<mapp>/<id>' its type and the combination points reached (run in its own process). With `vand`
    the model turns tolka's type at its point the other way (annat→missiv where no signal speaks against,
    missiv→annat): kontroll reads a whole file as a yttrande only when tolka finds no missiv in it, so
    kontroll's point depends on tolka's decision."""
    sys.path[:0] = [str(rot), str(rot / "tests" / "korpus")]
    import jamfor

    from remiss import typmodell as tm

    assert Path(tm.__file__).resolve().is_relative_to(rot.resolve()), tm.__file__
    original = tm.bedom_text
    punkter: dict[str, dict[str, Any]] = {}

    def tyst(text: str) -> Any:
        ram = sys._getframe(2)  # bedom_text <- bedom <- med_typmodell
        modul = ram.f_globals.get("__name__", "")
        p = dict(original(text).sannolikheter)
        svar = {k: 1 / 3 for k in p}
        if modul == "remiss.split":
            signaler = ram.f_locals["bedomning"].signaler
            punkt = {"typ": ram.f_locals["typ"], "mot": any(w < 0 for _, w in signaler)}
            if vand:
                svar = {k: float(k == (tm.REMISS if punkt["typ"] == "annat" else tm.YTTRANDE)) for k in p}
        elif modul == "remiss.kontroll":
            punkt = {"igenkant": bool(ram.f_locals["igenkant"])}
        else:
            raise RuntimeError(f"typmodellen frågad från {modul}")
        punkter.setdefault(modul.split(".")[1], {**punkt, "text": text, "p": p})
        return tm.Typbedomning(svar)

    tm.bedom_text = tyst
    out = {}
    for dok in jamfor.dokument(tuple(mappar)):
        punkter = {}
        typ = jamfor.funnen_typ(jamfor.kor(dok.fil))
        out[dok.nyckel] = {"typ": typ, "facit": dok.facit["dokumenttyp"], **punkter}
    return out


def _mappnamn(mappar: list[str]) -> str:
    """Return a short file-name part for a list of sets: the first, the last and a hash of them all (36 sets
    joined in full passed the file system's 255-character limit in session 42)."""
    summa = hashlib.sha1("-".join(mappar).encode()).hexdigest()[:10]
    return f"{mappar[0]}-{mappar[-1]}-{len(mappar)}-{summa}" if mappar else "inga"


def samlat(rev: str, mappar: list[str]) -> dict[str, Any]:
    """Return `samla` for the tree at commit `rev` ('' for this worktree), cached under the temp dir."""
    CACHE.mkdir(exist_ok=True)
    namn = rev or subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                                 text=True, check=True).stdout.strip()
    fil = CACHE / f"{namn}-{_mappnamn(mappar)}.json"
    if rev == "" and subprocess.run(["git", "status", "--porcelain", "remiss", "modeller"], cwd=ROOT,
                                    capture_output=True, text=True).stdout.strip():
        fil = CACHE / f"arbete-{_mappnamn(mappar)}.json"
        fil.unlink(missing_ok=True)  # uncommitted code: never trust a cache
    if not fil.exists():
        rot = ROOT
        if rev:
            rot = CACHE / f"trad-{rev}"
            if not rot.exists():
                subprocess.run(["git", "worktree", "add", "--detach", str(rot), rev], cwd=ROOT, check=True,
                               capture_output=True)
        kod = ("import sys, json; sys.path.insert(0, sys.argv[1]); import studie_typpolicy as s; "
               "ut = sys.argv[-1]; d = s.samla(s.Path(sys.argv[2]), sys.argv[4:-1], sys.argv[3] == 'vand'); "
               "open(ut, 'w', encoding='utf-8').write(json.dumps(d, ensure_ascii=False))")
        data = {}
        for vand in ("rak", "vand"):
            ut = fil.with_suffix(f".{vand}")
            subprocess.run([sys.executable, "-c", kod, str(KORPUS), str(rot), vand, *mappar, str(ut)],
                           cwd=rot, check=True)
            data[vand] = json.loads(ut.read_text(encoding="utf-8"))
            ut.unlink()
        for nyckel, rad in data["rak"].items():  # tolka's decision turned: the type and kontroll's point then
            annan = data["vand"][nyckel]
            if rad.get("split") and not (rad["split"]["typ"] == "annat" and rad["split"]["mot"]):
                rad["vand"] = {"typ": annan["typ"], "kontroll": annan.get("kontroll")}
        fil.write_text(json.dumps(data["rak"], ensure_ascii=False), encoding="utf-8")
        if rev:  # the checked-out tree is no longer needed: the cache holds what was read from it
            subprocess.run(["git", "worktree", "remove", "--force", str(rot)], cwd=ROOT, check=True)
    return json.loads(fil.read_text(encoding="utf-8"))


def forsta_typer(mapp: str) -> dict[str, str]:
    """Return the rules' type at the set's first run for each of its documents typed wrong then."""
    from trana_titelmodell import FORSTA_KORNINGEN

    text = subprocess.run(["git", "show", f"{FORSTA_KORNINGEN[mapp]}:tests/korpus/kanda_fel.json"], cwd=ROOT,
                          capture_output=True, text=True, check=True).stdout
    return {nyckel: fick(fel["dokumenttyp"])
            for nyckel, fel in json.loads(text).items()
            if nyckel.startswith(f"{mapp}/") and "dokumenttyp" in fel}


def fick(orsak: str) -> str:
    """Return the type a kanda_fel.json dokumenttyp reason says the tool gave ('väntat a, fick b: why')."""
    return orsak.split(", fick ", 1)[1].split(":", 1)[0]


# ---------------------------------------------------------------------------------------------- simulation

@dataclass
class Dok:
    """One document of a held-out set: its truth, the rules' remisser and yttranden (0, 1, or 2 for more),
    kontroll's point, tolka's point (the rules' state there) and, were tolka's decision turned, the remisser,
    yttranden and kontroll's point then. A point's 'p' is the probabilities of the model that reads it."""

    nyckel: str
    mapp: str
    facit: str
    remisser: int
    yttranden: int
    kontroll: dict[str, Any] | None  # {'igenkant', 'p'}
    tolka: dict[str, Any] | None = None  # {'typ', 'mot', 'p'}
    vand: tuple[int, int, dict[str, Any] | None] | None = None

    @property
    def regeltyp(self) -> str:
        return typnamn(self.remisser, self.yttranden)


def typnamn(remisser: int, yttranden: int) -> str:
    """Return the type jamfor.funnen_typ reports for so many remisser and yttranden (2: more than one)."""
    if remisser and yttranden:
        return "remiss+yttrande"
    if remisser:
        return "remiss" if remisser == 1 else "flera remisser"
    if yttranden:
        return "yttrande" if yttranden == 1 else "flera yttranden"
    return "annat"


def antal(typ: str) -> tuple[int, int]:
    """Return (remisser, yttranden) of a reported type (2: more than one)."""
    if typ == "remiss+yttrande":
        return 1, 1
    if typ.endswith("remisser"):
        return 2, 0
    if typ.endswith("yttranden"):
        return 0, 2
    return int(typ == "remiss"), int(typ == "yttrande")


def nar(p: dict[str, float], typ: str, grans: float) -> bool:
    """Return True when the model's probability of `typ` reaches `grans` (MAX: `typ` is its likeliest)."""
    if grans == MAX:
        return p[typ] >= max(p.values())
    return p[typ] >= grans


def tolka_vander(d: Dok, g: tuple[float, ...]) -> bool:
    """Return True when the tolka thresholds (annat→remiss, remiss→yttrande, remiss→annat) turn its type."""
    t = d.tolka
    if t is None or d.vand is None:
        return False
    p = t["p"]
    if d.remisser == 0:
        return nar(p, "remiss", g[0]) and not t["mot"]
    return nar(p, "yttrande", g[1]) or nar(p, "annat", g[2])


def kontroll_beslut(yttranden: int, k: dict[str, Any] | None, g: tuple[float, ...]) -> int:
    """Return the number of yttranden with the kontroll thresholds (annat→yttrande, yttrande→annat,
    yttrande→remiss) at its point `k`."""
    if k is None:
        return yttranden
    p = k["p"]
    if yttranden == 0 and nar(p, "yttrande", g[0]):
        return 1
    if yttranden == 1 and k["igenkant"] and (nar(p, "annat", g[1]) or nar(p, "remiss", g[2])):
        return 0
    return yttranden


def utfall(d: Dok, gs: tuple[float, ...], gk: tuple[float, ...]) -> str:
    """Return the type the tool reports for the document with the policy (tolka's, kontroll's thresholds)."""
    r, y, k = d.vand if tolka_vander(d, gs) else (d.remisser, d.yttranden, d.kontroll)  # type: ignore[misc]
    return typnamn(r, kontroll_beslut(y, k, gk))


def galler() -> tuple[list[tuple[float, ...]], list[tuple[float, ...]]]:
    """Return the tolka and the kontroll threshold triples tried."""
    return (list(itertools.product(TRÖSKLAR, TRÖSKLAR_BORT, TRÖSKLAR_BORT)),
            list(itertools.product(TRÖSKLAR, TRÖSKLAR_BORT, TRÖSKLAR_BORT)))


def matriser(doks: list[Dok], gs: list[tuple[float, ...]], gk: list[tuple[float, ...]]) -> dict[str, Any]:
    """Return per set [right, made wrong, made right] over every (tolka, kontroll) policy pair."""
    import numpy as np

    ut: dict[str, Any] = {}
    for d in doks:
        vander = np.array([tolka_vander(d, g) for g in gs])
        rak = np.array([typnamn(d.remisser, kontroll_beslut(d.yttranden, d.kontroll, g)) == d.facit
                        for g in gk])
        om = rak
        if d.vand is not None:
            r, y, k = d.vand
            om = np.array([typnamn(r, kontroll_beslut(y, k, g)) == d.facit for g in gk])
        ratt = np.where(vander[:, None], om[None, :], rak[None, :]).astype(np.int32)
        m = ut.setdefault(d.mapp, [np.zeros_like(ratt) for _ in range(3)])
        m[0] += ratt
        if d.regeltyp == d.facit:
            m[1] += 1 - ratt
        else:
            m[2] += ratt
    return ut


# families of policies the nested choice is made in: every direction free, or tied as today's code ties them
FAMILJER = {
    "alla riktningar fria": lambda s, k: True,
    "dagens form (a→r = r→y = a→y, r→a egen, kontroll tar aldrig bort)":
        lambda s, k: s[0] == s[1] == k[0] and k[1] == k[2] == ALDRIG,
    "bara annat→ (a→r, a→y; inget tas bort)": lambda s, k: s[1] == s[2] == k[1] == k[2] == ALDRIG,
    "en tröskel (a→r = r→y = a→y; r→a och bort aldrig)":
        lambda s, k: s[0] == s[1] == k[0] and s[2] == k[1] == k[2] == ALDRIG,
}


def valj(m: list[Any], gs: list[tuple[float, ...]], gk: list[tuple[float, ...]],
         familj: Any = None) -> tuple[int, int]:
    """Return the policy pair (of the family) with most right, then fewest made wrong, then the most cautious
    (the highest thresholds)."""
    import numpy as np

    def vikt(g: tuple[float, ...]) -> float:
        return sum(0.45 if x == MAX else x for x in g)

    forsiktig = np.array([vikt(g) for g in gs])[:, None] + np.array([vikt(g) for g in gk])[None, :]
    nyckel = m[0] * 1_000_000 - m[1] * 1000 + forsiktig  # thresholds sum to < 1000
    if familj is not None:
        inne = np.array([[familj(a, b) for b in gk] for a in gs])
        nyckel = np.where(inne, nyckel, -np.inf)
    i, j = np.unravel_index(int(np.argmax(nyckel)), nyckel.shape)
    return int(i), int(j)


def visa(g: tuple[float, ...]) -> str:
    """Return thresholds as text: '0.7/0.7/0.9'."""
    return "/".join("max" if x == MAX else "aldrig" if x == ALDRIG else f"{x:g}" for x in g)


def las_dokument(rad: dict[str, Any], nyckel: str, facit: str) -> Dok:
    """Return a collected document (`samla`) as a Dok, with the probabilities of the tree's own model."""
    r, y = antal(rad["typ"])
    vand = None
    if rad.get("vand"):
        rv, yv = antal(rad["vand"]["typ"])
        vand = (rv, yv, rad["vand"]["kontroll"])
    return Dok(nyckel, nyckel.split("/")[0], facit, r, y, rad.get("kontroll"), rad.get("split"), vand)


def forsta_dok(nu: Dok, typ: str) -> Dok:
    """Return today's document with the rules' type at its first run, before the type model (the points of
    today's run, taken by tolka's state: approximate)."""
    r, y = antal(typ)
    if nu.tolka is None or nu.vand is None or r > 1 or nu.remisser > 1:
        return replace(nu, remisser=r, yttranden=y, vand=None)
    if r == nu.remisser:
        return replace(nu, remisser=r, yttranden=y, vand=(1 - r, y, nu.vand[2]))
    # tolka's state then is today's turned: its point's state and kontroll's points swap
    tolka = {**nu.tolka, "typ": "missiv" if r else "annat"}
    return replace(nu, remisser=r, yttranden=y, kontroll=nu.vand[2], tolka=tolka,
                   vand=(1 - r, y, nu.kontroll))


def lamnade_modeller() -> dict[str, Any]:
    """Return per held-out set the type model (a scikit-learn pipeline) trained without it."""
    import trana_typmodell as tt
    from modelltraning import lamna_ut

    return {mapp: tt._pipeline().fit([t for _, t, _ in trana], [y for _, _, y in trana])
            for mapp, trana, _ in lamna_ut(tt.las_korpus(), lambda d: d[0])}


def sannolikheter(doks: list[Dok], modeller: dict[str, Any]) -> list[Dok]:
    """Return the documents with the probabilities of the type model trained without each one's set."""
    ut = []
    for d in doks:
        pipe = modeller[d.mapp]
        klasser = [str(k) for k in pipe[1].classes_]

        def lamnad(punkt: dict[str, Any] | None) -> dict[str, Any] | None:
            if punkt is None:
                return None
            p = pipe.predict_proba([punkt["text"]])[0]  # noqa: B023 (used at once)
            return {**punkt, "p": dict(zip(klasser, (float(x) for x in p), strict=True))}  # noqa: B023

        vand = d.vand and (d.vand[0], d.vand[1], lamnad(d.vand[2]))
        ut.append(replace(d, kontroll=lamnad(d.kontroll), tolka=lamnad(d.tolka), vand=vand))
    return ut


def kontrollera_tillstand(doks: list[Dok], fatt: dict[str, str]) -> Iterator[str]:
    """Yield the documents for which today's policy, simulated with the tree's own model, does not give the
    type its run gave (`fatt`): the check that the simulation is the code."""
    for d in doks:
        fick_sim = utfall(d, *IDAG)
        if d.nyckel in fatt and fick_sim != typnamn(*antal(fatt[d.nyckel])):
            yield f"{d.nyckel}: simulerat {fick_sim}, körningen {fatt[d.nyckel]}"


def studera(doks: list[Dok], rubrik: str) -> None:
    """Print rules alone, today's policy and the nested choice per set and in total."""
    from modelltraning import PROVMANGDER

    gs, gk = galler()
    m = matriser(doks, gs, gk)
    idag = gs.index(IDAG[0]), gk.index(IDAG[1])
    mappar = [s for s in PROVMANGDER if s in m]
    alla = {s: sum(d.mapp == s for d in doks) for s in mappar}
    regel = {s: sum(d.mapp == s and d.regeltyp == d.facit for d in doks) for s in mappar}
    print(f"\n== {rubrik}")
    print(f"{'mängd':<8}{'regler':>9}{'idag':>14}{'nästlat':>14}  vald på de andra mängderna "
          "(tolka a→r/r→y/r→a; kontroll a→y/y→a/y→r)")
    for f, (familj, ok) in enumerate(FAMILJER.items()):
        summa = [0] * 8
        for s in mappar:
            andra = [sum(m[t][k] for t in mappar if t != s) for k in range(3)]
            i, j = valj(andra, gs, gk, ok)
            rad = (regel[s], m[s][0][idag], m[s][1][idag], m[s][2][idag], m[s][0][i, j], m[s][1][i, j],
                   m[s][2][i, j])
            if f == 0:
                print(f"{s:<8}{rad[0]:>5}/{alla[s]:<3}{rad[1]:>6} (-{rad[2]} +{rad[3]}){rad[4]:>6} "
                      f"(-{rad[5]} +{rad[6]})  {visa(gs[i])}; {visa(gk[j])}")
            summa = [a + int(b) for a, b in zip(summa, (*rad, alla[s]), strict=True)]
        n = summa[7]
        print(f"{'summa':<8}{summa[0]:>5}/{n:<3}{summa[1]:>6} (-{summa[2]} +{summa[3]}){summa[4]:>6} "
              f"(-{summa[5]} +{summa[6]})  {familj}")
    hela = [sum(m[t][k] for t in mappar) for k in range(3)]
    i, j = valj(hela, gs, gk)
    for familj, ok in list(FAMILJER.items())[1:]:
        a, b = valj(hela, gs, gk, ok)
        print(f"  i urvalet, {familj}: {visa(gs[a])}; {visa(gk[b])}: {hela[0][a, b]}/{n}")
    print(f"vald på alla mängder (i urvalet, ingen ärlig siffra): {visa(gs[i])}; {visa(gk[j])}: "
          f"{hela[0][i, j]}/{n} (-{hela[1][i, j]} +{hela[2][i, j]}); idag {hela[0][idag]}/{n}")
    ingen = gs.index((ALDRIG,) * 3), gk.index((ALDRIG,) * 3)
    enskilda: tuple[tuple[str, tuple[int | None, int | None]], ...] = (
        ("bara tolkas", (None, ingen[1])), ("bara kontrollens", (ingen[0], None)),
        ("modellen när reglerna säger annat (max; max), inget annat",
         (gs.index((MAX, ALDRIG, ALDRIG)), gk.index((MAX, ALDRIG, ALDRIG)))))
    for namn, (x, y) in enskilda:
        if x is not None and y is not None:
            print(f"  {namn}: {hela[0][x, y]}/{n} (-{hela[1][x, y]} +{hela[2][x, y]})")
            continue
        sub = [h[x, :] if x is not None else h[:, y] for h in hela]
        k = int(max(range(len(sub[0])), key=lambda q: (sub[0][q], -sub[1][q])))
        g = gk[k] if x is not None else gs[k]
        print(f"  {namn} trösklar ensamma, bästa i urvalet {visa(g)}: {sub[0][k]}/{n} "
              f"(-{sub[1][k]} +{sub[2][k]})")
    per_typ(doks, (gs[idag[0]], gk[idag[1]]), (gs[i], gk[j]))
    print("  fel med dagens policy (modellen tränad utan mängden; a annat, r remiss, y yttrande):")
    kvar(doks, (gs[idag[0]], gk[idag[1]]))


def kvar(doks: list[Dok], pol: tuple[tuple[float, ...], ...]) -> None:
    """Print the documents today's policy leaves wrong: the rules' type, the model's at each point reached."""
    def visa_p(punkt: dict[str, Any] | None) -> str:
        if punkt is None:
            return "—"
        return " ".join(f"{k[0]}{v:.2f}" for k, v in sorted(punkt["p"].items()))

    for d in doks:
        fick_nu = utfall(d, *pol)
        if fick_nu != d.facit:
            print(f"    {d.nyckel}: facit {d.facit}, regler {d.regeltyp}, idag {fick_nu}; "
                  f"tolka {visa_p(d.tolka)}, kontroll {visa_p(d.kontroll)}"
                  + (f", kontroll om tolka vänder {visa_p(d.vand[2])}" if d.vand else ""))


Policy = tuple[tuple[float, ...], ...]


def per_typ(doks: list[Dok], idag: Policy, vald: Policy) -> None:
    """Print right per true type for rules alone, today's policy and the policy chosen on all sets, and
    the documents each changes."""
    for namn, (gs, gk) in (("idag", idag), ("vald", vald)):
        andrade = []
        for d in doks:
            fick_nu = utfall(d, gs, gk)
            if fick_nu != d.regeltyp:
                tecken = "+" if fick_nu == d.facit else "-" if d.regeltyp == d.facit else "~"
                andrade.append(f"{tecken}{d.nyckel} ({d.regeltyp}→{fick_nu}, facit {d.facit})")
        print(f"  {namn} ändrar: " + ("; ".join(andrade) or "inget"))
    for typ in ("remiss", "yttrande", "annat"):
        tre = [sum(d.facit == typ and d.regeltyp == typ for d in doks)]
        tre += [sum(d.facit == typ and utfall(d, *pol) == typ for d in doks) for pol in (idag, vald)]
        n = sum(d.facit == typ for d in doks)
        print(f"  {typ}: regler {tre[0]}, idag {tre[1]}, vald {tre[2]} av {n}")


def main(argv: list[str]) -> int:
    sys.path[:0] = [str(ROOT), str(KORPUS), str(ROOT / "bench")]
    from modelltraning import PROVMANGDER
    from trana_titelmodell import FORSTA_KORNINGEN

    data_nu = samlat("", list(PROVMANGDER))
    nu = [las_dokument(rad, nyckel, rad["facit"]) for nyckel, rad in data_nu.items()]
    kanda = json.loads((KORPUS / "kanda_fel.json").read_text(encoding="utf-8"))
    fatt = {d.nyckel: fick(kanda[d.nyckel]["dokumenttyp"]) if "dokumenttyp" in kanda.get(d.nyckel, {})
            else d.facit for d in nu}
    avvik = list(kontrollera_tillstand(nu, fatt))
    print(f"kontroll av simuleringen, dagens kod: {len(avvik)} avvikelser av {len(nu)}")
    for rad in avvik:
        print("  " + rad)
    forsta: list[Dok] = []
    for mapp in PROVMANGDER:
        fel = forsta_typer(mapp)
        if mapp not in MODELL_VID_FORSTA:
            forsta += [forsta_dok(d, fel.get(d.nyckel, d.facit)) for d in nu if d.mapp == mapp]
            continue
        data = samlat(FORSTA_KORNINGEN[mapp], [mapp])
        facit = {d.nyckel: d.facit for d in nu}  # the truth as it is today
        doks = [las_dokument(rad, nyckel, facit[nyckel]) for nyckel, rad in data.items() if nyckel in facit]
        avvik = list(kontrollera_tillstand(doks, {d.nyckel: fel.get(d.nyckel, d.facit) for d in doks}))
        print(f"kontroll av simuleringen, {mapp} vid {FORSTA_KORNINGEN[mapp]}: {len(avvik)} avvikelser av "
              f"{len(doks)} ({sum(d.mapp == mapp for d in nu)} i dag)")
        for rad in avvik:
            print("  " + rad)
        forsta += doks
    kod = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
                         ).stdout.strip()
    modeller = lamnade_modeller()
    studera(sannolikheter(forsta, modeller), "reglerna vid varje mängds första körning")
    studera(sannolikheter(nu, modeller), f"dagens regler (kod {kod})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
