"""Study (titel21, session 21): a POSITIVE reading of the remitted matter.

The title rules strip what is around the matter (a call, a procedure, a time, a page's label) and grow by
one wrapper pattern per class; about a third of the held-out sets' first-run title misses were such
wrappers. The reading (`remiss.arende`, vocabulary in `modeller/arende_fras.toml`) finds the matter
positively instead: the noun phrase built round a document's kind ('plan', 'program', 'strategi',
'föreskrifter', 'naturreservat', a report number 'SOU 2018:54' …) with its qualifiers before ('förslag
till', 'ny', 'den nya', an owner or a name) and its complements after (a year, a name, 'för/i/över …'); the
best phrase comes from the page's headings first, then from a sentence that sends the matter out (remiss,
samråd, granskning, synpunkter …), then from the other opening text. Here it runs on spaCy's
`spacy.blank("sv")` tokens with a `Matcher` over the same vocabulary (`--tokens`: the same phrase as on the
tool's own tokens in every corpus remiss).

It measures, on

(a) the recorded first-run title rows of prov5–prov19 (`trana_titelmodell.FORSTA_KORNINGEN`, read as the
    title model's evaluation reads them: a row in `kanda_fel.json` of that commit is the rules' value then,
    otherwise the rules had the truth; '' = no remiss found, left out of the together figures), and
(b) today's corpus titles (the tool's titles, cached in /tmp at the first run: remove
    /tmp/studie_arende_dagens.json to read them anew),

how many titles the reading gets right alone, and how many it fixes and breaks beside the rules' title: as a
fallback where the rules find none ('fyll'); replacing the rules' title when that names no document's kind
and the reading found one in a heading or a sending sentence ('ersatt'), or only a heading's phrase that
names more than its kind ('ersatt_rubrik'); its phrase inside the rules' title as the matter out of a
wrapper ('inuti'); and (c) as features ('egenskaper', what `remiss.titelmodell` now gives) or also a
candidate ('kandidat') of the title model, one held-out set left out at a time, the model alone and with the
rules as `trana_titelmodell.samspel` counts it, beside the model without them ('utan'), and on today's
corpus with the model trained on everything and with each remiss's set or fold left out.

    PYTHONPATH=. /work/venv-trana/bin/python tests/korpus/studie_arende.py [--visa] [--utan-modell]
        [--satt=utan,egenskaper,kandidat] [--utan-spacy] [--tokens] [--om]

The lines of each remiss are cached in /tmp (`--om` reads them again); a run takes about five minutes."""

from __future__ import annotations

import json
import pickle
import re
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "korpus"), str(ROOT / "bench")]

import jamfor  # noqa: E402
import trana_titelmodell as tt  # noqa: E402
from modelltraning import PROVMANGDER, lamna_ut, oberoende  # noqa: E402

from remiss import arende, titelmodell  # noqa: E402
from remiss.arende import Fras  # noqa: E402

CACHE = Path("/tmp/studie_arende_rader.pkl")
FRAS = tomllib.loads((ROOT / "modeller" / "arende_fras.toml").read_text(encoding="utf-8"))


# ---------------------------------------------------------------------------------------------------------
# the reading


_NLP: Any = None
_MATCHER: Any = None
SPACY = True  # the study reads with spaCy's tokens and Matcher; `--utan-spacy`: the tool's own tokens


def _nlp() -> tuple[Any, Any]:
    """Return spacy.blank('sv') with its abbreviations, and the Matcher of the kinds and report numbers
    (modeller/arende_fras.toml [slag])."""
    global _NLP, _MATCHER
    if _NLP is None:
        from remiss.nlp import FORKORTNINGAR, import_spacy

        spacy = import_spacy()
        from spacy.matcher import Matcher

        nlp = spacy.blank("sv")
        for abbreviation in FORKORTNINGAR:
            for variant in {abbreviation, abbreviation.capitalize()}:
                nlp.tokenizer.add_special_case(variant, [{"ORTH": variant}])
        slag = FRAS["slag"]
        led = "|".join(re.escape(s) for s in sorted(slag["led"], key=len, reverse=True))
        andelser = "|".join(re.escape(a) for a in sorted(slag["andelser"], key=len, reverse=True) if a)
        kind = rf"^[\wåäöéü-]*?(?:{led})(?:{andelser})?$"
        projekt = "|".join(re.escape(s) for s in slag["projekt"])
        matcher = Matcher(nlp.vocab, validate=True)
        matcher.add("SLAG", [[{"LOWER": {"REGEX": kind, "NOT_IN": slag["inte"]}}],
                             [{"LOWER": {"IN": slag["ord"]}}],
                             [{"LOWER": {"REGEX": rf"^[\wåäö-]*?(?:{projekt})(?:en|et|n|ar|arna|er|erna)?$",
                                         "NOT_IN": slag["inte"]}}]])
        matcher.add("RAPPORT", [[{"TEXT": {"IN": slag["rapport"]}}, {"TEXT": {"REGEX": r"^\d{4}:\d+$"}}]])
        _NLP, _MATCHER = nlp, matcher
    return _NLP, _MATCHER


def spacy_tokens(text: str) -> tuple[Any, list[tuple[str, int, int]]]:
    """Return spaCy's tokens of the text and the Matcher's kinds and report numbers in them."""
    nlp, matcher = _nlp()
    doc = nlp(text)
    return doc, sorted((nlp.vocab.strings[m], s, e) for m, s, e in matcher(doc))


def las(lines: list[Any]) -> tuple[Fras | None, list[Fras]]:
    """Return the reading's best phrase and its phrases (remiss.arende.las on spaCy's or its own tokens)."""
    return arende.las(lines, spacy_tokens) if SPACY else arende.las(lines)


def jamfor_tokens(data: list[Any]) -> None:
    """Print on how many remisser the reading on spaCy's tokens and Matcher gives the same phrase as on the
    tool's own tokens (remiss.arende.tokens, which `tolka` uses so as not to load spaCy)."""
    lika = 0
    olika = []
    for d in data:
        a, _ = arende.las(d.rader, spacy_tokens)
        b, _ = arende.las(d.rader)
        if (a.text if a else None) == (b.text if b else None):
            lika += 1
        else:
            olika.append(f"{d.mapp}/{d.id}: spaCy {a.text if a else None!r}, egna {b.text if b else None!r}")
    print(f"spaCy:s token och Matcher mot verktygets egna token: samma fras i {lika}/{len(data)} remisser")
    for rad in olika[:10]:
        print(f"  {rad}")


# ---------------------------------------------------------------------------------------------------------
# the data


@dataclass
class Remiss:
    mapp: str
    id: str
    titel: str | None
    rader: list[Any]


def las_rader(om: bool) -> list[Remiss]:
    """Return every corpus remiss (not the independent set) with its missiv lines as `tolka` reads them."""
    if CACHE.exists() and not om:
        return pickle.loads(CACHE.read_bytes())
    utan = oberoende()
    out = []
    for dok in jamfor.dokument(tuple(m for m in jamfor.MAPPAR if m not in utan)):
        if dok.facit["dokumenttyp"] != "remiss":
            continue
        out.append(Remiss(dok.mapp, dok.id, dok.facit.get("titel"), tt.missiv_rader(dok.fil)))
    CACHE.write_bytes(pickle.dumps(out))
    return out


def dagens_titlar(data: list[Remiss]) -> dict[str, str | None | bool]:
    """Return the tool's title today for each remiss ('<mapp>/<id>'; False when it finds no remiss)."""
    cache = Path("/tmp/studie_arende_dagens.json")
    if cache.exists():
        return json.loads(cache.read_text(encoding="utf-8"))
    out: dict[str, str | None | bool] = {}
    for dok in jamfor.dokument(tuple(sorted({d.mapp for d in data}))):
        if dok.facit["dokumenttyp"] != "remiss":
            continue
        u = jamfor.jamfor(dok).get("titel")
        out[dok.nyckel] = False if u is None or u.fick == "(ingen remiss hittades)" else u.fick
    cache.write_text(json.dumps(out, ensure_ascii=False), encoding="utf-8")
    return out


def ratt(text: str | None, titel: str | None) -> bool:
    if text is None:
        return titel is None
    return titel is not None and jamfor.norm(text) == jamfor.norm(titel)


def lika_regel(text: str | None, regel: str | None) -> bool:
    """True when the reading's text is the rules' value (a first-run value cut at 50 characters, '…')."""
    if text is None or regel is None:
        return text is None and regel is None
    if regel.endswith("…"):
        return jamfor.norm(text).startswith(jamfor.norm(regel.rstrip("…")))
    return jamfor.norm(text) == jamfor.norm(regel)


def har_slag(text: str | None) -> bool:
    """True when the text names a document's kind (the reading's Matcher finds one)."""
    if not text:
        return False
    nlp, matcher = _nlp()
    return bool(matcher(nlp(text.rstrip("…"))))


# ---------------------------------------------------------------------------------------------------------
# the measures


def policyer(regel: str | None, regel_ratt: bool, fras: Fras | None, titel: str | None) -> dict[str, bool]:
    """Return right or wrong per way of using the reading beside the rules' title (None: they found none)."""
    p = fras.text if fras else None
    ut = {"regler": regel_ratt, "ensam": ratt(p, titel)}
    ut["fyll"] = ratt(p, titel) if regel is None and p else regel_ratt
    ersatt = p is not None and fras is not None and fras.kalla <= 1 and (regel is None or not har_slag(regel))
    ut["ersatt"] = ratt(p, titel) if ersatt else regel_ratt
    # narrower: only a heading's phrase that names more than its kind
    smal = ersatt and fras is not None and fras.kalla == 0 and fras.mer > 0
    ut["ersatt_rubrik"] = ratt(p, titel) if smal else regel_ratt
    # the matter inside the rules' title: the rules kept a wrapper round the reading's phrase
    inne = False
    if p and regel:
        r, q = jamfor.norm(regel.rstrip("…")), jamfor.norm(p)
        inne = q != r and len(q) < len(r) and q in r
    ut["inuti"] = ratt(p, titel) if inne else regel_ratt
    return ut


def summera(rader: list[dict[str, bool]], namn: str) -> str:
    n = len(rader)
    regler = sum(r["regler"] for r in rader)
    delar = [f"{namn}: n {n}, reglerna {regler}"]
    for k in ("ensam", "fyll", "ersatt", "ersatt_rubrik", "inuti"):
        ratt_ = sum(r[k] for r in rader)
        if k == "ensam":
            delar.append(f"läsningen ensam {ratt_}")
            continue
        fix = sum(r[k] and not r["regler"] for r in rader)
        bryt = sum(r["regler"] and not r[k] for r in rader)
        delar.append(f"{k} {ratt_} (+{fix} −{bryt})")
    return "; ".join(delar)


def forsta(data: list[Remiss], visa: bool) -> None:
    """(a) The first-run rows of prov5–prov19."""
    print("(a) första körningarna, prov5–prov19 (alla remisser; 'fyll' och 'ersätt' bara där första "
          "körningen fann en remiss)")
    alla_ensam: list[bool] = []
    tillsammans: list[dict[str, bool]] = []
    for mapp in PROVMANGDER:
        fel = tt.forsta_titlar(mapp)
        rader = []
        for d in (x for x in data if x.mapp == mapp):
            fras, _ = las(d.rader)
            alla_ensam.append(ratt(fras.text if fras else None, d.titel))
            regel = fel.get(d.id, d.titel)
            if regel == "":
                continue
            rad = policyer(regel, d.id not in fel, fras, d.titel)
            rader.append(rad)
            if visa and (rad["ensam"] or not rad["regler"]):
                print(f"  {mapp}/{d.id}: facit {d.titel!r} | första {regel!r} | läsningen "
                      f"{fras.text if fras else None!r} ({'rätt' if rad['ensam'] else 'fel'})")
        tillsammans += rader
        print("  " + summera(rader, mapp))
    print(f"  läsningen ensam på alla remisser med facit i prov5–prov19: {sum(alla_ensam)}/{len(alla_ensam)}")
    print("  " + summera(tillsammans, "summa (remisser som första körningen fann)"))


def idag(data: list[Remiss], visa: bool) -> None:
    """(b) Today's corpus titles."""
    dagens = dagens_titlar(data)
    rader = []
    for d in data:
        regel = dagens.get(f"{d.mapp}/{d.id}")
        if regel is False:
            continue
        fras, _ = las(d.rader)
        rad = policyer(regel, ratt(regel, d.titel), fras, d.titel)  # type: ignore[arg-type]
        rader.append(rad)
        if visa and rad["regler"] != rad["ersatt"]:
            print(f"  {d.mapp}/{d.id}: facit {d.titel!r} | verktyget {regel!r} | läsningen "
                  f"{fras.text if fras else None!r}")
    print("(b) dagens korpus (verktyget kört nu)")
    print("  " + summera(rader, "alla mappar utom den oberoende"))
    inf = [r for r, d in zip(rader, [d for d in data if dagens.get(f'{d.mapp}/{d.id}') is not False],
                                 strict=True) if d.mapp not in PROVMANGDER]
    print("  " + summera(inf, "informerade mappar"))


# ---------------------------------------------------------------------------------------------------------
# the reading as the title model's candidate and feature


SATT = ("utan", "egenskaper", "kandidat")  # the ways the model may see the reading
VALDA = list(SATT)


def modelldata(data: list[Remiss], med: str) -> list[tt.Remissdata]:
    """Return the title model's data: 'utan' as before titel21 (the reading's features taken off);
    'egenskaper' as `remiss.titelmodell` now gives them (the candidates the reading found marked); 'kandidat'
    also the reading's best phrase as a candidate of its own."""
    from remiss.layout import body_size

    out = []
    for d in data:
        lines = d.rader
        body = body_size(lines[:80])
        kand = titelmodell.kandidater(lines)
        texter = [k.text for k in kand]
        feats = [titelmodell.egenskaper(k, lines, body) for k in kand]
        if med == "utan":
            feats = [{n: v for n, v in f.items() if not n.startswith("arende")} for f in feats]
        if med == "kandidat":
            fras, _ = las(lines)
            if fras is not None and titelmodell._key(fras.text) not in {titelmodell._key(t) for t in texter}:
                texter.append(fras.text)
                ord_ = titelmodell._bucket(len(fras.text.split()), (2, 3, 5, 8, 12, 18, 25))
                feats.append({"arende": 1, f"arende_kalla={fras.kalla}": 1, "arende_basta": 1,
                              "satt=arende": 1, f"ord={ord_}": 1})
        out.append(tt.Remissdata(d.mapp, d.id, d.titel, texter, feats))
    return out


def modellen(data: list[Remiss]) -> None:
    """(iii) The title model with and without the reading, one held-out set left out at a time."""
    for med in VALDA:
        md = modelldata(data, med)
        ensam = alla = fore = efter = gjorda = n = 0
        tak = 0
        for mapp, trana, prov in lamna_ut(md, lambda d: d.mapp):
            pipe = tt._fit(trana)
            fel = tt.forsta_titlar(mapp)
            for d in prov:
                i, _ = tt.basta(pipe, d)
                ensam += d.ratt(i)
                tak += any(d.etiketter)
                alla += 1
                utfall = tt.tillsammans(pipe, d, fel)
                if utfall is None:
                    continue
                regel_ratt, ok = utfall
                n += 1
                gjorda += regel_ratt and not ok
                fore, efter = fore + regel_ratt, efter + ok
        namn = {"utan": "utan läsningen (dagens modell)", "egenskaper": "läsningen som egenskaper",
                "kandidat": "läsningen som kandidat och egenskaper"}[med]
        print(f"  {namn}: modellen ensam {ensam}/{alla} (tak {tak}); reglerna och modellen {fore} → {efter} "
              f"av {n}, {gjorda} gjorda fel")


def modellen_idag(data: list[Remiss]) -> None:
    """(iii) on today's corpus: the tool's title today as the rules' title, the model (trained on everything,
    as the tool would run it; and with each remiss's fold left out) replacing it as `overrules` does."""
    import random

    dagens = dagens_titlar(data)
    for med in VALDA:
        md = modelldata(data, med)
        hela = tt._fit(md)
        informerat = [d for d in md if d.mapp not in PROVMANGDER]
        random.Random(15).shuffle(informerat)
        veck = {(d.mapp, d.id): k % 5 for k, d in enumerate(informerat)}
        pipes = {k: tt._fit([d for d in md if veck.get((d.mapp, d.id)) != k]) for k in range(5)}
        for mapp in PROVMANGDER:
            pipes[mapp] = tt._fit([d for d in md if d.mapp != mapp])  # type: ignore[index]
        def utanfor(d: tt.Remissdata, pipes: dict[Any, Any] = pipes, veck: dict[Any, int] = veck) -> Any:
            return pipes[veck[(d.mapp, d.id)]] if (d.mapp, d.id) in veck else pipes[d.mapp]

        for namn, valj in (("tränad på allt", lambda d, hela=hela: hela),
                           ("mängden eller vecket utanför", utanfor)):
            fix = bryt = n = 0
            lista = []
            for d in md:
                regel = dagens.get(f"{d.mapp}/{d.id}")
                if regel is False or not d.texter:
                    continue
                n += 1
                best = tt.modellens_titel(valj(d), d, regel)  # type: ignore[arg-type]
                if best is not None:
                    fore, efter = ratt(regel, d.titel), d.ratt(best)  # type: ignore[arg-type]
                    fix += efter and not fore
                    bryt += fore and not efter
                    if fore != efter:
                        lista.append(f"{d.mapp}/{d.id}: {regel!r} → {d.texter[best]!r}")
            mod = med
            print(f"  dagens korpus, {mod}, {namn}: {n} remisser, modellen byter {fix} fel till rätt och "
                  f"{bryt} rätt till fel")
            for rad in lista:
                print(f"    {rad}")


def main(argv: list[str]) -> int:
    data = las_rader("--om" in argv)
    if "--utan-spacy" in argv:
        global SPACY
        SPACY = False
    if "--tokens" in argv:
        jamfor_tokens(data)
        return 0
    for a in argv:
        if a.startswith("--satt="):
            VALDA[:] = a.split("=", 1)[1].split(",")
    visa = "--visa" in argv
    forsta(data, visa)
    idag(data, visa)
    if "--utan-modell" not in argv:
        print("(c) titelmodellen, lämna en hållen mängd utanför (prov5–prov19)")
        modellen(data)
        modellen_idag(data)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
