"""Study: would a stricter gate on the rules' ställningstagande read the stance of senders never seen better?

usage: python tests/korpus/studie_stansgrind.py [--visa]   (no extra packages; --visa lists each gated stance)

stans17 (studie_stansmodell.py) found that at each held-out set's first run the rules read stances too
eagerly: 12 of their misses were a stance where the truth has none, and the answer 'null' always beat them.
This study asks whether a gate that keeps the rules' stance only when its evidence is strong, and otherwise
says null, would have done better on those first runs, without a learned model.

The evidence is recovered from the first runs themselves: for each held-out set (prov5–prov16) the code of
the commit that wrote its first run into kanda_fel.json (FORSTA_KORNINGEN) is unpacked from git and run on
the set with a light trace (`spela_in`: the yttrande's sections, the findings of the beslut and the body, and
the judged stance with its sentence). The traced stance is checked against the first run's recorded misses
(kanda_fel.json at that commit). Today's code is traced on every folder the same way. The gate's criteria
(`kriterier`) are computed from the trace alone, the same way for old and new code:

* plats: the stance stands in the beslut, in a sammanfattning section, or at the body's edge (its first two or
  last KANT sentences, before the signature);
* helhet: it is about the whole (not marked a part by the rules, its object names no part: brister.pa_del);
* stark: a stance word (tillstyrker, avstyrker, avstår, ställer sig bakom, inga synpunkter …), not an opinion
  without one (`omdome` in modeller/stallningstagande.jsonl: välkomnar, positiv till …);
* egen: the sender's own voice, not a report of another's view ("enligt utredningen", "X anser att");
* oreserverad: not hedged ("i princip", "under förutsättning att", "med vissa förbehåll", "delvis").

Gates (each keeps the rules' stance or says null; 'blandat' and null pass as they are): G0 only a stance in
the beslut section; G1 plats; G2 plats och helhet; G3 the beslut, or plats, helhet and stark; Kh, Ks, Ke, Ko
one criterion alone; G4 at least t criteria; G5 a set of required criteria (one of 32). KANT, t and the set
are chosen by nested leave-one-set-out on the other held-out sets (target: right answers; a tie goes to the
milder gate). Each gate is scored per set on the first run and on today's rules, and on the informed folders
(today's code: what merge.sh would see). The traces are cached in CACHE (about a minute to make).

The result (korpus README, "Stansgrind") was negative: no gate wins honestly, none was built in.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any
from unittest import mock

ROOT = Path(__file__).resolve().parents[2]
KOD = Path(os.environ.get("STANSGRIND_KOD", ROOT))  # the code traced: today's, or an old commit's unpacked
sys.path[:0] = [str(KOD), str(ROOT / "tests" / "korpus")]

import jamfor  # noqa: E402

PROV = ("prov5", "prov6", "prov7", "prov8", "prov9", "prov10", "prov11", "prov12", "prov13", "prov14",
        "prov15", "prov16")
# the commit that wrote each set's first run into kanda_fel.json (trana_titelmodell.FORSTA_KORNINGEN; prov5
# its session's end; prov15 234e992, the session's end with the first run's counts; prov16 9f05e69, both
# rounds)
FORSTA_KORNINGEN = {"prov5": "254ca5d", "prov6": "70c1f4d", "prov7": "21390d9", "prov8": "a2d9a45",
                    "prov9": "cae24d1", "prov10": "df60670", "prov11": "36c19b5", "prov12": "f7858e0",
                    "prov13": "3616636", "prov14": "9282723", "prov15": "234e992", "prov16": "9f05e69"}
CACHE = Path(tempfile.gettempdir()) / "studie_stansgrind"
INGET = "(inget yttrande hittades)"
NOLL = "null"
STANSER = ("tillstyrker", "avstyrker", "avstar")
DELAR = ("beslut", "sammanfattning", "brodtext")


# --- the trace: run by today's code and by each first run's code (only APIs all of them share) ---

def spela_in(mappar: list[str]) -> list[dict[str, Any]]:
    """Return, for each yttrande document of the folders, what the code under KOD reads in its first yttrande:
    the sections' texts, the findings given to `bedom` and its judged stance with the stance's sentence."""
    import remiss.kontroll as kontroll

    spar: list[dict[str, Any]] = []
    split, find, bedom = kontroll.split_avsnitt, kontroll.find_fynd, kontroll.bedom

    def split_(yttrande: Any) -> Any:
        avsnitt = split(yttrande)
        spar.append({n: [x.text for x in getattr(avsnitt, n)] for n in DELAR})
        return avsnitt

    def find_(blocks: Any, *, del_: str, namnd: Any) -> Any:
        found = find(blocks, del_=del_, namnd=namnd)
        spar[-1][f"block_{del_}"] = [b.text for b in blocks]
        spar[-1][f"fynd_{del_}"] = [asdict(f) for f in found]
        return found

    def bedom_(beslut: Any, brodtext: Any, **kw: Any) -> Any:
        out = bedom(beslut, brodtext, **kw)
        spar[-1]["in_beslut"] = [asdict(f) for f in beslut]  # after the head's and title's whole-readings
        spar[-1]["in_brodtext"] = [asdict(f) for f in brodtext]
        spar[-1]["ut"] = {"varde": out.stallningstagande, "del": out.del_, "delar": list(out.delar),
                          "mening": out.kalla.text if out.kalla else None}
        return out

    rader = []
    with mock.patch.object(kontroll, "split_avsnitt", split_), \
            mock.patch.object(kontroll, "find_fynd", find_), mock.patch.object(kontroll, "bedom", bedom_):
        for mapp in mappar:
            for facit in sorted((ROOT / "tests" / "korpus" / mapp).glob("*.json")) if KOD == ROOT else \
                    sorted((KOD / "tests" / "korpus" / mapp).glob("*.json")):
                sanning = json.loads(facit.read_text(encoding="utf-8"))
                if sanning["dokumenttyp"] != "yttrande":
                    continue
                spar.clear()
                found = kontroll.kontrollera_fil(facit.with_name(sanning["fil"]))
                post = found[0].to_dict() if found else None
                rader.append({"mapp": mapp, "id": facit.stem,
                              "sanning": sanning.get("stallningstagande") or NOLL,
                              "fick": INGET if post is None else post["stallningstagande"] or NOLL,
                              "spar": spar[0] if spar and post is not None else None})
    return rader


def _kodnyckel() -> str:
    """Return a hash of today's code and data (remiss/, modeller/): the cache key of today's trace."""
    h = hashlib.sha1()
    for fil in sorted([*(ROOT / "remiss").rglob("*.py"), *(ROOT / "modeller").glob("*.*")]):
        h.update(fil.read_bytes())
    return h.hexdigest()[:12]


def spelat(namn: str, mappar: list[str], kod: Path) -> list[dict[str, Any]]:
    """Return the trace of the folders by the code in `kod`, from the cache or run in a subprocess."""
    fil = CACHE / f"{namn}.json"
    if not fil.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        env = {**os.environ, "STANSGRIND_KOD": str(kod), "PYTHONPATH": str(kod)}
        subprocess.run([sys.executable, __file__, "--spela-in", str(fil), *mappar], env=env, check=True,
                       cwd=kod)
    return json.loads(fil.read_text(encoding="utf-8"))


def gammal_kod(commit: str, mapp: str) -> Path:
    """Return a folder with the commit's remiss/, modeller/ and the set's corpus folder unpacked from git."""
    mal = CACHE / f"kod-{commit}"
    if not (mal / "remiss").exists():
        mal.mkdir(parents=True, exist_ok=True)
        arkiv = subprocess.run(["git", "archive", commit, "remiss", "modeller", f"tests/korpus/{mapp}"],
                               cwd=ROOT, capture_output=True, check=True).stdout
        with tempfile.TemporaryFile() as tmp:
            tmp.write(arkiv)
            tmp.seek(0)
            with tarfile.open(fileobj=tmp) as tar:
                tar.extractall(mal, filter="data")
    return mal


def forsta_missar(mapp: str) -> dict[str, str]:
    """Return the stance the first run recorded for each of the set's yttranden it got wrong."""
    text = subprocess.run(["git", "show", f"{FORSTA_KORNINGEN[mapp]}:tests/korpus/kanda_fel.json"], cwd=ROOT,
                          capture_output=True, text=True, check=True).stdout
    return {nyckel.split("/", 1)[1]: fel["stallningstagande"].split(", fick ", 1)[1]
            for nyckel, fel in json.loads(text).items()
            if nyckel.startswith(f"{mapp}/") and "stallningstagande" in fel}


# --- the criteria, computed from a trace alone (old or new code alike) ---

# another's view reported: "enligt utredningen", "Utredningen anser att", "remissinstanserna …", "X har
# framfört", a view ascribed to someone else in the sentence before the stance word (written before any run)
REFERAT = re.compile(
    r"\benligt\s+(?!vår|min|nämndens|styrelsens|förbundets|föreningens|kommunens|regionens)\w+"
    r"|\b(?:anser|menar|bedömer|framhåller|påpekar|framför|framförde|skriver|uppger|föreslår|konstaterar)\s+"
    r"(?:utredningen|regeringen|departementet|promemorian|betänkandet|kommittén|utredaren|myndigheten)\b"
    r"|\b(?:utredningen|regeringen|departementet|promemorian|betänkandet|kommittén|utredaren)\s+"
    r"(?:anser|menar|bedömer|framhåller|föreslår|konstaterar|skriver)\b"
    r"|\bremissinstanser\w*|\bflera\s+(?:aktörer|organisationer|remissinstanser)\b",
    re.IGNORECASE,
)
# a hedged or conditional stance (written before any run)
RESERVATION = re.compile(
    r"\bi\s+princip\b|\bi\s+och\s+för\s+sig\b|\bunder\s+(?:förutsättning|förutsättningen|villkor)\b"
    r"|\bförutsatt\s+att\b|\bmed\s+(?:vissa\s+|några\s+)?(?:förbehåll|reservation\w*|tvekan)\b|\bdelvis\b"
    r"|\bpreliminär\w*|\bmed\s+(?:de\s+)?(?:synpunkter|invändningar|kommentarer|justeringar)\s+som\b"
    r"|\bi\s+vissa\s+delar\b|\bskulle\s+kunna\b|\bmöjligen\b|\beventuellt\b",
    re.IGNORECASE,
)
MENING = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9•–-])")
FORST = 2  # the body's first sentences that count as its opening (its summary)
KANTER = (2, 3, 5, 8)  # the last sentences of the body that count as its end; chosen nested


def _alfa(text: str) -> str:
    """Return the text's letters and digits only, lower case (to find a sentence in lines however joined)."""
    return re.sub(r"[^0-9a-zåäöéü]", "", text.lower())


def _fynd(d: dict[str, Any]) -> Any:
    """Given a traced finding, return it as today's Fynd (fields an old one lacks take their defaults)."""
    from dataclasses import fields

    from remiss.kontroll.typer import Fynd

    namn = {f.name for f in fields(Fynd)}
    return Fynd(**{k: v for k, v in d.items() if k in namn})


def bevis(spar: dict[str, Any]) -> list[dict[str, Any]]:
    """Return the findings behind the judged stance: in its section, of its value, in its sentence (or all of
    its value there when the sentence is not among them)."""
    ut = spar["ut"]
    fynd = spar["in_beslut" if ut["del"] == "beslut" else "in_brodtext"]
    med = [f for f in fynd if f["varde"] == ut["varde"]]
    return [f for f in med if f["mening"] == ut["mening"]] or med


def _plats(spar: dict[str, Any], mening: str) -> tuple[str, int]:
    """Return where a body sentence stands ('samman', 'forst', 'brod') and how many body sentences follow
    it."""
    nyckel = _alfa(mening.rstrip("…"))[:40]
    if nyckel and nyckel in _alfa(" ".join(spar.get("sammanfattning") or [])):
        return "samman", 0
    meningar = [m for b in spar.get("block_brodtext") or [] for m in MENING.split(b) if _alfa(m)]
    for i, m in enumerate(meningar):
        a = _alfa(m)
        if nyckel[:25] and (a.startswith(nyckel[:25]) or nyckel[:25] in a):
            return ("forst" if i < FORST else "brod"), len(meningar) - 1 - i
    return "brod", 99


def kriterier(spar: dict[str, Any], kant: int) -> dict[str, bool]:
    """Return the criteria the judged stance's evidence meets (any one of its findings, or all for 'egen' and
    'oreserverad'): plats, helhet, stark, egen, oreserverad."""
    from remiss.kontroll.brister import on_whole
    from remiss.nlp import pattern_by_id

    monster = pattern_by_id()
    fynd = bevis(spar)
    platser = []
    for f in fynd:
        if f["del_"] == "beslut":
            platser.append(True)
            continue
        var, efter = _plats(spar, f["mening"])
        platser.append(var in ("samman", "forst") or efter < kant)
    return {
        "plats": any(platser),
        "helhet": any(on_whole(_fynd(f)) for f in fynd),
        "stark": any(not monster.get(f["monster"], {}).get("omdome") for f in fynd),
        "egen": not any(REFERAT.search(f["mening"]) for f in fynd),
        "oreserverad": not any(RESERVATION.search(f["mening"]) for f in fynd),
    }


KRITERIER = ("plats", "helhet", "stark", "egen", "oreserverad")
# a gate: given the criteria the evidence meets, keep the stance (True) or say null
Grind = Callable[[dict[str, bool]], bool]


def _krav(*namn: str) -> Grind:
    return lambda k: all(k[n] for n in namn)


FASTA: dict[str, Grind] = {  # written before any run; KANT (for plats) chosen nested for each
    "G0 bara beslutet": lambda k: k["beslut"],
    "G1 plats": _krav("plats"),
    "G2 plats och helhet": _krav("plats", "helhet"),
    "G3 beslutet, eller plats, helhet och stark": lambda k: k["beslut"] or all(
        k[n] for n in ("plats", "helhet", "stark")),
    **{f"K{n[0]} {n}": _krav(n) for n in KRITERIER[1:]},  # each other criterion alone
}


def _poang(t: int) -> Grind:
    return lambda k: sum(k[n] for n in KRITERIER) >= t


def _delmangd(bits: int) -> Grind:
    namn = [n for i, n in enumerate(KRITERIER) if bits >> i & 1]
    return lambda k: all(k[n] for n in namn)


# the gates with a parameter chosen nested: (name, {parameter: gate}); each also takes KANT
VALDA: dict[str, dict[Any, Grind]] = {
    "G4 antal kriterier >= t": {t: _poang(t) for t in range(len(KRITERIER) + 1)},
    "G5 kravmängd vald nästlat": {bits: _delmangd(bits) for bits in range(2 ** len(KRITERIER))},
}


def svar(rad: dict[str, Any], grind: Grind, kant: int) -> str:
    """Return the answer of the gated rules for a traced yttrande: the rules' answer, or null when the gate
    drops their stance ('blandat' counts as null, as jamfor compares it)."""
    fick = rad["fick"]
    if fick == "blandat":
        return NOLL
    if fick not in STANSER:
        return fick
    k = kriterier(rad["spar"], kant)
    return fick if grind({**k, "beslut": rad["spar"]["ut"]["del"] == "beslut"}) else NOLL


def utfall(rader: list[dict[str, Any]], grind: Grind, kant: int) -> tuple[int, int, int]:
    """Return (right, right stances made wrong, wrong ones made right) of a gate over traced yttranden (each
    with its truth in 'sanning')."""
    ratt = fel = ratta = 0
    for rad in rader:
        fore = (NOLL if rad["fick"] == "blandat" else rad["fick"]) == rad["sanning"]
        efter = svar(rad, grind, kant) == rad["sanning"]
        ratt += efter
        fel += fore and not efter
        ratta += efter and not fore
    return ratt, fel, ratta


def valj(rader: list[dict[str, Any]], val: dict[Any, Grind]) -> tuple[Any, int]:
    """Return the parameter and KANT with most right answers on the rows (a tie to the milder gate: fewer
    stances dropped, then the wider edge)."""
    def mal(pk: tuple[Any, int]) -> tuple[int, int, int]:
        p, kant = pk
        tappade = sum(svar(r, val[p], kant) != (NOLL if r["fick"] == "blandat" else r["fick"]) for r in rader)
        return utfall(rader, val[p], kant)[0], -tappade, kant
    return max(((p, kant) for p in val for kant in KANTER), key=mal)


def _regel(rad: dict[str, Any]) -> str:
    """Return the rules' answer as jamfor compares it ('blandat' is null)."""
    return NOLL if rad["fick"] == "blandat" else rad["fick"]


def _grind(namn: str, ovriga: list[dict[str, Any]]) -> tuple[Grind, Any, int]:
    """Return a gate with its parameter and KANT chosen on other rows."""
    if namn in FASTA:
        return FASTA[namn], "-", valj(ovriga, {0: FASTA[namn]})[1]
    p, kant = valj(ovriga, VALDA[namn])
    return VALDA[namn][p], p, kant


def studera(forsta: dict[str, list[dict[str, Any]]], idag: list[dict[str, Any]], visa: bool) -> None:
    """Print each gate's right answers per held-out set on the first run and on today's rules, the right
    stances it makes wrong and the wrong ones it makes right, and the same on the informed folders."""
    sanning = {(r["mapp"], r["id"]): r["sanning"] for r in idag}
    for rader in forsta.values():
        for r in rader:
            r["sanning"] = sanning[(r["mapp"], r["id"])]  # today's truth (a few were corrected after)
    nu = {m: [r for r in idag if r["mapp"] == m] for m in PROV}
    namn = list(FASTA) + list(VALDA)
    for titel, data in (("första körningen", forsta), ("dagens regler (rättade mot mängderna)", nu)):
        print(f"\n== {titel}: rätt per mängd (rätta gjorda fel / fel gjorda rätt), nästlat ==")
        print(f"{'mängd':<7} {'n':>3} {'regler':>6} {'null':>4}  "
              + " ".join(f"{n.split()[0]:>10}" for n in namn))
        summa: Counter[str] = Counter()
        for mapp in PROV:
            rader = data[mapp]
            ovriga = [r for m in PROV if m != mapp for r in data[m]]
            celler = []
            for n in namn:
                grind, p, kant = _grind(n, ovriga)
                ratt, fel, ratta = utfall(rader, grind, kant)
                summa.update({n: ratt, f"{n}fel": fel, f"{n}ratta": ratta})
                celler.append(f"{ratt:>3} ({fel}/{ratta})")
                for r in rader if visa else []:
                    if svar(r, grind, kant) != _regel(r):
                        print(f"   {n.split()[0]} (param {p}, KANT {kant}) {mapp}/{r['id']}: {r['fick']} -> "
                              f"null (facit {r['sanning']}): {r['spar']['ut']['mening'][:120]}")
            regler = sum(_regel(r) == r["sanning"] for r in rader)
            noll = sum(r["sanning"] == NOLL for r in rader)
            summa.update(n=len(rader), regler=regler, noll=noll)
            print(f"{mapp:<7} {len(rader):>3} {regler:>6} {noll:>4}  " + " ".join(celler))
        print(f"{'summa':<7} {summa['n']:>3} {summa['regler']:>6} {summa['noll']:>4}  " +
              " ".join(f"{summa[n]:>3} ({summa[n + 'fel']}/{summa[n + 'ratta']})" for n in namn))
        alla = [r for m in PROV for r in data[m]]
        stanser = [r for r in alla if r["fick"] in STANSER]
        fel_null = sum(r["sanning"] == NOLL for r in stanser)
        inget = [r for r in alla if r["fick"] == INGET]
        ratt = sum(r["fick"] == r["sanning"] for r in stanser)
        beslut = sum(r["spar"]["ut"]["del"] == "beslut" for r in stanser)
        print(f"ställningar {len(stanser)} (rätt {ratt}, facit null {fel_null}, i beslutet {beslut}); en "
              f"fullkomlig grind (tar bort just dem med facit null) {summa['regler'] + fel_null}; inget "
              f"yttrande hittat {len(inget)} (facit null {sum(r['sanning'] == NOLL for r in inget)})")
    informerat = [r for r in idag if r["mapp"] not in PROV]
    print("\n== informerade mappar (dagens regler), parametern vald på de hållna mängdernas första körningar")
    print(f"{len(informerat)} yttranden, reglerna {sum(_regel(r) == r['sanning'] for r in informerat)}, "
          f"alltid null {sum(r['sanning'] == NOLL for r in informerat)}")
    alla_forsta = [r for m in PROV for r in forsta[m]]
    for n in namn:
        grind, p, kant = _grind(n, alla_forsta)
        ratt, fel, ratta = utfall(informerat, grind, kant)
        print(f"  {n:<45} param {p!s:>3} KANT {kant}: {ratt} ({fel} rätta gjorda fel, "
              f"{ratta} fel gjorda rätt)")
        for r in informerat if visa else []:
            if svar(r, grind, kant) != _regel(r):
                print(f"     {r['mapp']}/{r['id']}: {r['fick']} -> null (facit {r['sanning']})")


def forsta_korningar() -> dict[str, list[dict[str, Any]]]:
    """Return each held-out set's first run traced with its own code, checked against its recorded misses."""
    out = {}
    for mapp in PROV:
        commit = FORSTA_KORNINGEN[mapp]
        rader = spelat(f"forsta-{mapp}-{commit}", [mapp], gammal_kod(commit, mapp))
        missar = forsta_missar(mapp)
        for r in rader:  # the trace gives what the first run recorded: its miss, or the truth of then
            if missar.get(r["id"], r["sanning"]) not in (r["fick"], _regel(r)):
                raise SystemExit(f"{mapp}/{r['id']}: spåret gav {r['fick']}, första körningen "
                                 f"{missar.get(r['id'], r['sanning'])}")
        out[mapp] = rader
    return out


def main(argv: list[str]) -> int:
    if argv[:1] == ["--spela-in"]:
        Path(argv[1]).write_text(json.dumps(spela_in(argv[2:]), ensure_ascii=False), encoding="utf-8")
        return 0
    forsta = forsta_korningar()
    idag = spelat(f"idag-{_kodnyckel()}", list(jamfor.MAPPAR), ROOT)
    studera(forsta, idag, "--visa" in argv)
    return 0

if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
