# ruff: noqa: E501, E741
"""A study: is today's way of weighing the rules' title against the learned title model
(`remiss.titelmodell.overrules`) the best honest one for senders the code never saw, and does a change of the
model help?

usage: PYTHONPATH=. /work/venv-trana/bin/python tests/korpus/studie_titelpolicy.py [--modell NAMN ...]

Data (cached in /tmp between runs): every corpus remiss outside the independent set, (a) as the training
script reads it (`trana_titelmodell.las_korpus`: candidates and features of the missiv part), and (b) as
`tolka` runs today: at the step that weighs the model (`extract.core._learned_titel`) the rules' own title,
how it was found ('remissrubrik' is never second-guessed), the sender read, and the candidates with their
features and guards (`never_title`, the sender's line), taken from the lines that step is given.

Baselines for the rules' title: the rules at each held-out set's first run (kanda_fel.json at
`trana_titelmodell.FORSTA_KORNINGEN`: the value given when it was a miss, cut at 50 characters; the truth then
when it was not; remisser where no remiss was found are left out, as in the training script's figure; how it
was found is borrowed from today's rules when today's title is the same) and today's rules (all corpus
folders). Probabilities: for a held-out set, the model trained without it (leave one set out over
modelltraning.PROVMANGDER); for the nested choice of a policy for set k, each other set j scored by the model
trained without both j and k; for the informed folders, five-fold cross-validation (as the training script)
and the model trained on everything (what the tool runs: 'hel').

A policy replaces the rules' title by the model's best candidate when its probability reaches S, it is no
never-title and not on the sender's line, and: the rules found none; or the rules' title is a candidate with
probability at most O, the best leads it by at least M, and the guards (`rules_name_more`) do not hold the
rules' as naming more (G: guards on); or (U) the rules' title is no candidate at all. Today's: S 0.5, O 0.2,
M 0, U off, G on. The nested choice picks, for each held-out set, the policy with the most right titles on
the other sets' first runs (then fewest made wrong, then the most cautious). The result is in the korpus
README (Titelmodellen, 'Policystudien').
"""

from __future__ import annotations

import itertools
import os
import pickle
import random
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "korpus"), str(ROOT / "bench")]

import jamfor  # noqa: E402
import trana_titelmodell as titel  # noqa: E402
from modelltraning import PROVMANGDER, oberoende  # noqa: E402

from remiss import titelmodell  # noqa: E402

CACHE = Path(os.environ.get("STUDIE_TITELPOLICY_CACHE", "/tmp/studie_titelpolicy.pickle"))


@dataclass
class Korning:
    """The step that weighs the model in one run of `tolka` on a remiss: the rules' title (None: none), how
    it was found, the sender, the candidates' texts, features and guards, and the title the tool gave."""

    regel: str | None
    skal: str
    texter: list[str]
    egenskaper: list[dict[str, float]]
    aldrig: list[bool]  # never_title(text, sender) or the candidate on the sender's line
    verktyget: str | None
    radslut: list[bool]  # a stretch a line end cut (Kandidat.radslut): not the rules' title as the model knows it


@dataclass
class Post:
    """One corpus remiss: its training data (candidates as the training script reads them), today's run
    (None when tolka found no remiss) and the rules' title at its set's first run ('' none found)."""

    data: titel.Remissdata
    idag: Korning | None
    forsta: str | None
    radslut: list[bool]  # for data's candidates


def _spela_in(fil: Path) -> tuple[Korning | None, str | None]:
    """Run tolka on a file; return the first remiss's weighing step (as recorded) and its title."""
    from remiss.extract import core
    from remiss.layout import body_size
    from remiss.pipeline import tolka_fil

    inspelat: list[Korning] = []
    original = core._learned_titel

    def spela(lines: Any, found: Any, avsandare: Any = None) -> Any:
        kand = titelmodell.kandidater(lines)
        body = body_size(lines[:80])
        avs = avsandare.value if avsandare else None
        inspelat.append(Korning(
            found.value if found else None, found.skal if found else "", [k.text for k in kand],
            [titelmodell.egenskaper(k, lines, body) for k in kand],
            [titelmodell.never_title(k.text, avs) or (avsandare is not None and k.line == avsandare.line)
             for k in kand], None, [k.radslut for k in kand]))
        return original(lines, found, avsandare)

    core._learned_titel = spela
    try:
        remisser = tolka_fil(fil)
    finally:
        core._learned_titel = original
    if not remisser or not inspelat:
        return None, None
    k = inspelat[0]
    k.verktyget = remisser[0].to_dict().get("titel")
    return k, k.verktyget


def las() -> list[Post]:
    """Read the corpus (cached in /tmp)."""
    if CACHE.exists():
        return pickle.loads(CACHE.read_bytes())
    data = titel.las_korpus()
    forsta = {m: titel.forsta_titlar(m) for m in PROVMANGDER}
    out = []
    for d in data:
        fil = next(x.fil for x in jamfor.dokument((d.mapp,)) if x.id == d.id)
        idag, _ = _spela_in(fil)
        f = forsta[d.mapp].get(d.id, d.titel) if d.mapp in forsta else None
        kand = titelmodell.kandidater(titel.missiv_rader(fil))
        assert [k.text for k in kand] == d.texter
        out.append(Post(d, idag, f, [k.radslut for k in kand]))
    CACHE.write_bytes(pickle.dumps(out))
    return out


# ---- the policies


@dataclass(frozen=True)
class Policy:
    """S: the best's least probability; O: the rules' title's most; M: the best's least lead over it; U:
    replace a rules' title that is no candidate; G: the guards (rules_name_more) on."""

    S: float
    O: float
    M: float
    U: bool
    G: bool
    F: float | None = None  # the least probability to fill a title the rules did not find (None: S)

    def __str__(self) -> str:
        return (f"S{self.S:.2f} O{self.O:.2f} M{self.M:.1f}{' U' if self.U else ''}"
                f"{'' if self.G else ' utan spärrar'}{'' if self.F is None else f' F{self.F:.1f}'}")

    def forsiktig(self) -> tuple[Any, ...]:
        """Sort key: the more cautious the larger."""
        return (self.G, not self.U, self.F or self.S, self.S, -self.O, self.M)


# the policy of session 15 (titelmodell15) to session 18, and the one the tool applies now
DAGENS = Policy(0.5, 0.2, 0.0, False, True)
NYA = Policy(titelmodell.SAKER, titelmodell.OSANNOLIK, titelmodell.FORSPRANG, False, True, titelmodell.FYLL)
POLICIES = [Policy(s, o, m, u, g, f) for s, o, m, u, g, f in itertools.product(
    (0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9), (0.05, 0.1, 0.2, 0.3, 0.5, 1.0), (0.0, 0.2, 0.4),
    (False, True), (True, False), (None, 0.5))]
MODELLEN_ENSAM = "modellen ensam"


@dataclass(frozen=True)
class Fall:
    """What a policy needs of one remiss and one baseline: the rules' title (None none; cut '…'), whether it
    came from the remiss heading, the candidates' probabilities and guards, and which candidates are right."""

    regel: str | None
    rubrik: bool
    regel_ratt: bool
    texter: tuple[str, ...]
    p: tuple[float, ...]
    aldrig: tuple[bool, ...]
    ratt: tuple[bool, ...]
    namn: str = ""
    traffar: tuple[int, ...] = ()  # the candidates that are the rules' title (a cut one: that begin like it)


def _traffar(regel: str | None, texter: Sequence[str], radslut: Sequence[bool]) -> tuple[int, ...]:
    """The candidates that are the rules' title (a cut one: that begin like it); none when one of them is a
    stretch a line end cut (the tool does not judge such a title, `titelmodell.overrules`)."""
    if regel is None:
        return ()
    kort = regel.endswith("…")
    r = jamfor.norm(regel.rstrip("…"))
    out = tuple(j for j, t in enumerate(texter) if (jamfor.norm(t).startswith(r) if kort else jamfor.norm(t) == r))
    return out if out and not all(radslut[j] for j in out) else ()


_RNM: dict[tuple[str, str], bool] = {}
_NT: dict[str, bool] = {}


def _no_title(text: str) -> bool:
    if text not in _NT:
        _NT[text] = titelmodell.no_title(text)
    return _NT[text]


def _rules_name_more(regel: str, modell: str) -> bool:
    key = (regel, modell)
    if key not in _RNM:
        _RNM[key] = titelmodell.rules_name_more(regel, modell)
    return _RNM[key]


def utfall(pol: Policy | str, f: Fall) -> tuple[bool, bool]:
    """Return (right after, replaced) for a policy on one remiss."""
    if not f.p:
        return f.regel_ratt, False
    i = max(range(len(f.p)), key=f.p.__getitem__)
    if pol == MODELLEN_ENSAM:
        return f.ratt[i], True
    assert isinstance(pol, Policy)
    if f.rubrik or f.p[i] < pol.S or f.aldrig[i] or (pol.G and _no_title(f.texter[i])):
        return f.regel_ratt, False
    byt = False
    if f.regel is None:
        byt = f.p[i] >= (pol.F or pol.S)
    else:
        traffar = f.traffar
        if not traffar:
            byt = pol.U and not (pol.G and _rules_name_more(f.regel.rstrip("…"), f.texter[i]))
        elif i not in traffar:
            pr = sum(f.p[j] for j in traffar)
            byt = (pr <= pol.O and f.p[i] - pr >= pol.M
                   and not (pol.G and _rules_name_more(f.regel.rstrip("…"), f.texter[i])))
    return (f.ratt[i], True) if byt else (f.regel_ratt, False)


def rakna(pol: Policy | str, fall: list[Fall]) -> tuple[int, int, int]:
    """Return (right, made wrong, made right) over the cases."""
    ratt = gjorda_fel = ratta = 0
    for f in fall:
        r, _ = utfall(pol, f)
        ratt += r
        gjorda_fel += f.regel_ratt and not r
        ratta += r and not f.regel_ratt
    return ratt, gjorda_fel, ratta


# ---- the model (variants for part 2)


@dataclass(frozen=True)
class Modellval:
    """How the model is trained: C, the least document frequency of a feature, pairwise ranking, and a
    function that adds features to a candidate's (text, features) → features."""

    C: float = titel.C
    min_df: int = titel.MIN_DF
    parvis: bool = False
    extra: Callable[[str, dict[str, float]], dict[str, float]] | None = None


class Tranad:
    """A trained model as a score function over a candidate's features."""

    def __init__(self, pipe: Any, val: Modellval) -> None:
        self.pipe, self.val = pipe, val

    def sannolikheter(self, texter: list[str], egenskaper: list[dict[str, float]]) -> tuple[float, ...]:
        import numpy as np

        if not texter:
            return ()
        x = [_med_extra(self.val, t, f) for t, f in zip(texter, egenskaper, strict=True)]
        s = self.pipe.decision_function(x)
        p = np.exp(s - s.max())
        p /= p.sum()
        return tuple(float(v) for v in p)


def _med_extra(val: Modellval, text: str, f: dict[str, float]) -> dict[str, float]:
    return val.extra(text, f) if val.extra else f


def trana(data: list[titel.Remissdata], val: Modellval) -> Tranad:
    from collections import Counter

    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    feats = [[_med_extra(val, t, f) for t, f in zip(d.texter, d.egenskaper, strict=True)] for d in data]
    antal: Counter[str] = Counter(n for fs in feats for n in {n for f in fs for n in f})
    keep = [[{n: v for n, v in f.items() if antal[n] >= val.min_df} for f in fs] for fs in feats]
    if not val.parvis:
        x = [f for fs in keep for f in fs]
        y = [e for d in data for e in d.etiketter]
        return Tranad(make_pipeline(DictVectorizer(), LogisticRegression(C=val.C, max_iter=5000)).fit(x, y), val)
    # pairwise: each right candidate against each wrong one of the same remiss, both signs, no intercept
    vec = DictVectorizer().fit([f for fs in keep for f in fs])
    rows, y = [], []
    for d, fs in zip(data, keep, strict=True):
        lab = d.etiketter
        if not any(lab) or all(lab):
            continue
        m = vec.transform(fs)
        for a in [i for i, v in enumerate(lab) if v]:
            for b in [i for i, v in enumerate(lab) if not v]:
                rows.append(m[a] - m[b])
                y.append(1)
    import scipy.sparse as sp

    xp = sp.vstack(rows)
    x2 = sp.vstack([xp, -xp])
    y2 = y + [0] * len(y)
    reg = LogisticRegression(C=val.C, max_iter=5000, fit_intercept=False).fit(x2, y2)
    return Tranad(make_pipeline(vec, reg), val)


# ---- cases


def fall_forsta(post: Post, p: tuple[float, ...]) -> Fall | None:
    """The case at the set's first run (None when no remiss was found then)."""
    d = post.data
    if post.forsta == "":
        return None
    regel = post.forsta
    ratt_nu = regel is not None and jamfor.norm(regel) == jamfor.norm(d.titel) or regel is None and d.titel is None
    rubrik = bool(post.idag and post.idag.skal.startswith("remissrubrik")
                  and jamfor.norm(post.idag.regel) == jamfor.norm(regel))
    aldrig = tuple(titelmodell.never_title(t) for t in d.texter)
    return Fall(regel, rubrik, ratt_nu, tuple(d.texter), p, aldrig, tuple(bool(e) for e in d.etiketter),
                f"{d.mapp}/{d.id}", _traffar(regel, d.texter, post.radslut))


def fall_idag(post: Post, p: tuple[float, ...]) -> Fall:
    """The case under today's rules (a remiss not found: wrong, nothing to replace)."""
    d, k = post.data, post.idag
    if k is None:
        return Fall("", True, False, (), (), (), (), f"{d.mapp}/{d.id}")
    regel_ratt = jamfor.norm(k.regel) == jamfor.norm(d.titel)
    ratt = tuple(jamfor.norm(t) == jamfor.norm(d.titel) for t in k.texter)
    return Fall(k.regel, k.skal.startswith("remissrubrik"), regel_ratt, tuple(k.texter), p, tuple(k.aldrig), ratt,
                f"{d.mapp}/{d.id}", _traffar(k.regel, k.texter, k.radslut))


def main(argv: list[str]) -> int:
    poster = [p for p in las() if p.data.mapp not in oberoende()]
    print(f"{len(poster)} remisser, i dag {sum(p.idag is not None for p in poster)} funna")
    variant = argv[argv.index("--modell") + 1] if "--modell" in argv else "dagens"
    val = VARIANTER[variant]
    if "--sparrat" in argv:  # the choice only among policies with the guards on and U off (titel19)
        POLICIES[:] = [pol for pol in POLICIES if pol.G and not pol.U]
        variant += " spärrat"
    studera(poster, val, variant)
    return 0


def studera(poster: list[Post], val: Modellval, namn: str) -> None:
    data = [p.data for p in poster]
    per_mapp = {m: [p for p in poster if p.data.mapp == m] for m in PROVMANGDER}
    loso = {m: trana([d for d in data if d.mapp != m], val) for m in PROVMANGDER}

    def pr(modell: Tranad, p: Post, idag: bool) -> tuple[float, ...]:
        if idag:
            return modell.sannolikheter(p.idag.texter, p.idag.egenskaper) if p.idag else ()
        return modell.sannolikheter(p.data.texter, p.data.egenskaper)

    forsta = {m: [f for p in per_mapp[m] if (f := fall_forsta(p, pr(loso[m], p, False)))] for m in PROVMANGDER}
    idag = {m: [fall_idag(p, pr(loso[m], p, True)) for p in per_mapp[m]] for m in PROVMANGDER}
    if "--snabb" in sys.argv:
        alla_forsta = [f for m in PROVMANGDER for f in forsta[m]]
        alla_idag = [f for m in PROVMANGDER for f in idag[m]]
        for pol in [DAGENS, NYA, Policy(0.3, 0.2, 0.2, False, True)]:
            a, b = rakna(pol, alla_forsta), rakna(pol, alla_idag)
            print(f"  [{namn}] {pol!s:28} {a[0]}/{len(alla_forsta)} (−{a[1]} +{a[2]}) | {b[0]}/{len(alla_idag)} "
                  f"(−{b[1]} +{b[2]})")
        ensam = sum(p.data.ratt(max(range(len(p.data.texter)), key=ff.__getitem__) if (ff := pr(loso[m], p, False))
                                else None) for m in PROVMANGDER for p in per_mapp[m])
        print(f"  [{namn}] modellen ensam {ensam}/{sum(map(len, per_mapp.values()))}")
        return
    ensam = sum(p.data.ratt(max(range(len(p.data.texter)), key=ff.__getitem__) if (ff := pr(loso[m], p, False))
                            else None) for m in PROVMANGDER for p in per_mapp[m])
    print(f"[{namn}] modellen ensam (lämna en mängd utanför): {ensam}/{sum(map(len, per_mapp.values()))}")
    # nested: each pair of sets left out together
    par: dict[frozenset[str], Tranad] = {}
    vald: dict[str, Policy] = {}
    vald_fyll: dict[str, Policy] = {}  # the choice with the filling kept at titelmodell.FYLL
    for k in PROVMANGDER:
        ovriga: list[Fall] = []
        for j in PROVMANGDER:
            if j == k:
                continue
            key = frozenset((j, k))
            if key not in par:
                par[key] = trana([d for d in data if d.mapp not in key], val)
            ovriga += [f for p in per_mapp[j] if (f := fall_forsta(p, pr(par[key], p, False)))]
        poang = {pol: rakna(pol, ovriga) for pol in POLICIES}
        vald[k] = max(POLICIES, key=lambda pol: (poang[pol][0], -poang[pol][1], pol.forsiktig()))
        fyll = [pol for pol in POLICIES if pol.F == titelmodell.FYLL]
        vald_fyll[k] = max(fyll, key=lambda pol: (poang[pol][0], -poang[pol][1], pol.forsiktig()))
    # the informed folders
    inf = [p for p in poster if p.data.mapp not in PROVMANGDER]
    random.Random(15).shuffle(inf)
    cv: list[Fall] = []
    for i in range(5):
        prov = inf[i::5]
        namnen = {(p.data.mapp, p.data.id) for p in prov}
        m = trana([d for d in data if (d.mapp, d.id) not in namnen], val)
        cv += [fall_idag(p, pr(m, p, True)) for p in prov]
    hel_modell = trana(data, val)
    hel = [fall_idag(p, pr(hel_modell, p, True)) for p in inf]
    alla_forsta = [f for m in PROVMANGDER for f in forsta[m]]
    alla_idag = [f for m in PROVMANGDER for f in idag[m]]
    basta = max(POLICIES, key=lambda pol: (rakna(pol, alla_forsta)[0], -rakna(pol, alla_forsta)[1],
                                           pol.forsiktig()))
    skriv_tabell(forsta, idag, vald, basta)
    print("\nmed fyllningen vid FYLL (en titel reglerna inte fann):")
    skriv_tabell(forsta, idag, vald_fyll, max([pol for pol in POLICIES if pol.F == titelmodell.FYLL],
                                              key=lambda pol: (rakna(pol, alla_forsta)[0], -rakna(pol, alla_forsta)[1],
                                                               pol.forsiktig())))
    print("\npolicy: första körningarna (gjorda fel, rättade) | dagens regler prov5–16 | informerade mappar "
          "femfaldigt / hel modell")
    for pol in [DAGENS, NYA, basta, *sorted(set(vald.values()), key=str), MODELLEN_ENSAM, *EXTRA]:
        a, b, c, d = (rakna(pol, x) for x in (alla_forsta, alla_idag, cv, hel))
        print(f"  {pol!s:28} {a[0]}/{len(alla_forsta)} (−{a[1]} +{a[2]}) | {b[0]}/{len(alla_idag)} "
              f"(−{b[1]} +{b[2]}) | {c[0]}/{len(cv)} (−{c[1]} +{c[2]}) / {d[0]} (−{d[1]} +{d[2]})")
    landskap(alla_forsta)
    hela = [fall_idag(p, pr(hel_modell, p, True)) for p in poster]
    for pol in [NYA, *sorted(set(vald.values()) - {NYA}, key=str)]:
        print(f"\n{pol} mot dagens policy:")
        for baslinje, fall in (("första", alla_forsta), ("dagens regler, lämna en mängd utanför", alla_idag),
                               ("informerade, femfaldigt", cv), ("hela korpusen, hel modell", hela)):
            for f in fall:
                a, b = utfall(DAGENS, f)[0], utfall(pol, f)[0]
                if a != b:
                    i = max(range(len(f.p)), key=f.p.__getitem__)
                    print(f"  {baslinje}: {f.namn} {'rätt' if b else 'FEL'}: {f.texter[i]!r} {f.p[i]:.2f} "
                          f"(reglernas {f.regel!r} {sum(f.p[j] for j in f.traffar):.2f})")
    troget = sum(utfall(NYA, f)[0] == (jamfor.norm(p.idag.verktyget) == jamfor.norm(p.data.titel))
                 for f, p in zip(hel, inf, strict=True) if p.idag)
    print(f"simulering mot verktyget (policyn i verktyget, hel modell, informerade): {troget}/"
          f"{sum(p.idag is not None for p in inf)} lika")


EXTRA = [Policy(0.5, 1.0, 0.0, False, True), Policy(0.5, 0.2, 0.0, True, True), Policy(0.5, 1.0, 0.0, True, True),
         Policy(0.5, 0.2, 0.0, False, False), Policy(0.7, 1.0, 0.0, True, True), Policy(0.5, 1.0, 0.2, False, True)]


def landskap(fall: list[Fall]) -> None:
    """Print the first runs' right titles (leave one set out, pooled) over S × (O, M), guards on, U off."""
    om = [(o, m) for o in (0.1, 0.2, 0.3, 0.5, 1.0) for m in (0.0, 0.2, 0.4)]
    print("\nförsta körningarna, rätt (gjorda fel), spärrar på, U av; kolumner O/M")
    print("| S | " + " | ".join(f"{o}/{m}" for o, m in om) + " |")
    for s_ in (0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 0.7):
        cells = []
        for o, m in om:
            r = rakna(Policy(s_, o, m, False, True), fall)
            cells.append(f"{r[0]} ({r[1]})")
        print(f"| {s_} | " + " | ".join(cells) + " |")


def skriv_tabell(forsta: dict[str, list[Fall]], idag: dict[str, list[Fall]], vald: dict[str, Policy],
                 basta: Policy) -> None:
    print("\n| mängd | n | första körn.: regler | förra trösklarna | nästlat vald | dagens regler | förra trösklarna "
          "| nästlat vald | vald policy |")
    print("|---|---|---|---|---|---|---|---|---|")
    summa = [0] * 11
    for m in PROVMANGDER:
        f, i = forsta[m], idag[m]
        r0 = sum(x.regel_ratt for x in f)
        a, b = rakna(DAGENS, f), rakna(vald[m], f)
        r1 = sum(x.regel_ratt for x in i)
        c, d = rakna(DAGENS, i), rakna(vald[m], i)
        print(f"| {m} | {len(f)} | {r0} | {a[0]} (−{a[1]} +{a[2]}) | {b[0]} (−{b[1]} +{b[2]}) | {r1}/{len(i)} "
              f"| {c[0]} (−{c[1]} +{c[2]}) | {d[0]} (−{d[1]} +{d[2]}) | {vald[m]} |")
        for n, v in enumerate((len(f), r0, *a, *b, r1, c[0], d[0])):
            summa[n] += v
    print(f"| summa | {summa[0]} | {summa[1]} | {summa[2]} (−{summa[3]} +{summa[4]}) | {summa[5]} (−{summa[6]} "
          f"+{summa[7]}) | {summa[8]} | {summa[9]} | {summa[10]} | |")
    print(f"bäst i urvalet (vald och räknad på samma första körningar): {basta}")


VARIANTER: dict[str, Modellval] = {
    "dagens": Modellval(),
    "C0.3": Modellval(C=0.3),
    "C3": Modellval(C=3.0),
    "df2": Modellval(min_df=2),
    "df5": Modellval(min_df=5),
    "parvis": Modellval(parvis=True),
}


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
