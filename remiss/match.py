"""Match remissinstanser and senders to the kommun's organisations (modeller/<kommun>.json).

A name is cleaned by a chain of small normalisers (see NORMALISERARE) and then looked up:
first exactly (name, alias or förkortning after normalisation), then with rapidfuzz. The fuzzy
score is the better of `fuzz.ratio` and `fuzz.token_sort_ratio` on the normalised names;
`token_set_ratio` is not used, because it scores a subset as 100 ("Kulturnämnden i Umeå kommun"
against "Kulturnämnden"). A score below TROSKEL is never taken: the name is reported as unknown,
with a warning only when the best candidate scored at least VARNINGSGRANS (a near miss worth a
look); names far from every organisation (state agencies, associations) stay quietly unknown.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, Literal

from remiss.domain import Remissinstans
from remiss.errors import ConfigError

TROSKEL = 88.0
"""Lowest fuzzy score taken as a match (0–100)."""

VARNINGSGRANS = 70.0
"""Lowest best score that still gives a warning when below TROSKEL."""

TVETYDIG_MARGINAL = 2.0
"""Two organisations scoring within this margin above TROSKEL make the match unsure."""

TYPER: tuple[str, ...] = ("nämnd", "bolag", "parti", "förvaltning", "myndighet", "övrig")
FALT: frozenset[str] = frozenset({"namn", "typ", "forkortning", "epost", "alias", "namnd", "extern"})
STANDARDFIL = "boras.json"
EGEN_INSTANS = "Arbetslivsnämnden"

Via = Literal["exakt", "alias", "fuzzy"]

# --- normalisation: a chain of small cleaners --------------------------------------------------

_EPOST = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
_PARENTES = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_NUMRERING = re.compile(r"^\s*(?:\d{1,3}\s*[.):]|[a-zåäö]\)|[-–—•*·▪◦‣●○■□➢►>])\s*", re.IGNORECASE)
_OMFATTNING = re.compile(
    r"\s*[,:;\u2013\u2014-]\s*(?:avsnitt|kapitel|kap\.|bilaga|del|sid(?:an|orna)?)\s+\d.*$", re.IGNORECASE)
_STRECK = re.compile(r"[\u2010-\u2015\u2212\u00ad\ufe63\uff0d]")
_SAMMANSATT = re.compile(r"\s*-\s*(och|eller|samt)\b")
_SLUTTECKEN = re.compile(r"[\s.,;:!?*|/\\-]+$")
_BOLAGSFORMER: tuple[str, ...] = ("ab", "aktiebolag", "publ", "ekonomisk förening", "ek för", "hb", "kb")
_FORMER = "|".join(_BOLAGSFORMER)
_BOLAGSFORM = re.compile(rf"^(?:(?:{_FORMER})\b\s*)+|(?:\s*\b(?:{_FORMER}))+$")
_ORGANORD = r"(?:nämnd|nämnden|styrelsen|förvaltningen|kansliet|kontoret|revisionen|fullmäktige|partiet|erna)"
STANDARDORT = "borås"


def _unicode(namn: str) -> str:
    """Given a name, return it in NFKC form without soft hyphens or PDF hyphen marks."""
    return unicodedata.normalize("NFKC", namn).replace("\u00ad", "").replace("\ufffe", "")


def _utan_epost(namn: str) -> str:
    """Given a name, return it without e-mail addresses and table bars."""
    return (_EPOST.sub(" ", namn) if "@" in namn else namn).replace("|", " ")  # '@' in every address


def _utan_parentes(namn: str) -> str:
    """Given a name, return it without a parenthesised scope such as "(avsnitt 5)"."""
    return _PARENTES.sub(" ", namn)


def _utan_omfattning(namn: str) -> str:
    """Given a name, return it without a trailing scope such as ", avsnitt 5 och 6" or "– kapitel 3"."""
    return _OMFATTNING.sub("", namn)


def _utan_numrering(namn: str) -> str:
    """Given a list line, return it without its number ("1.", "2)") or bullet."""
    return _NUMRERING.sub("", namn)


def _gemener(namn: str) -> str:
    """Given a name, return it case-folded."""
    return namn.casefold()


def _streck(namn: str) -> str:
    """Given a name, return it with every dash as "-" and "Fritids- och" as "fritids och"."""
    namn = _STRECK.sub("-", namn)
    return _SAMMANSATT.sub(r" \1", namn)


def _och(namn: str) -> str:
    """Given a name, return it with "&" and "+" written as "och"."""
    return re.sub(r"\s*[&+]\s*", " och ", namn)


def _slutskiljetecken(namn: str) -> str:
    """Given a name, return it without trailing punctuation."""
    return _SLUTTECKEN.sub("", namn.strip())


def _bolagsform(namn: str) -> str:
    """Given a name, return it without a leading or trailing legal form (AB, aktiebolag …)."""
    kvar = _BOLAGSFORM.sub("", namn.strip()).strip(" ,")
    return kvar or namn


@lru_cache(maxsize=8)
def _ortsmonster(ort: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Given the kommun's place name ("borås"), return the patterns of its prefix and suffix."""
    plats = re.escape(ort)
    prefix = re.compile(rf"^{plats}\s+(?:stads?|kommuns?)\s+(?=\S.*{_ORGANORD}$)")
    suffix = re.compile(rf"(\S)\s*,?\s+(?:i\s+)?{plats}(?:\s+(?:stad|kommun))?$")
    return prefix, suffix


def _ort(namn: str, ort: str = STANDARDORT) -> str:
    """Given a name, return it without "Borås Stads " before an organ's name, or "(i) Borås" at the end."""
    if not ort:
        return namn
    prefix, suffix = _ortsmonster(ort)
    return suffix.sub(r"\1", prefix.sub("", namn)).strip() or namn


def _blanksteg(namn: str) -> str:
    """Given a name, return it with runs of white space as one space, trimmed."""
    return " ".join(namn.split())


def _rapidfuzz(namn: str) -> str:
    """Given a name, return rapidfuzz's default_process of it (punctuation to spaces), spaces collapsed."""
    return _blanksteg(_rf()[2].default_process(namn))


NORMALISERARE: tuple[Callable[[str], str], ...] = (
    _unicode, _utan_epost, _utan_parentes, _utan_omfattning, _utan_numrering, _gemener, _streck, _och,
    _blanksteg, _slutskiljetecken, _bolagsform, _ort, _rapidfuzz,
)


def normalisera(namn: str, ort: str = STANDARDORT) -> str:
    """Given an organisation name as written (and the kommun's place name), return its normalised form."""
    for steg in NORMALISERARE:
        namn = _ort(namn, ort) if steg is _ort else steg(namn)
    return namn


def ort_for(kommun: str) -> str:
    """Given a kommun's name ("Borås Stad", "Umeå kommun"), return its place name normalised ("borås")."""
    ord_ = kommun.split()
    return _rapidfuzz(_gemener(ord_[0])) if ord_ else ""


# --- organisation data -------------------------------------------------------------------------


@dataclass(frozen=True)
class Organisation:
    """One organisation of the kommun: canonical name, type, abbreviation, e-mail and aliases."""

    namn: str
    typ: str
    forkortning: str | None = None
    epost: str | None = None
    alias: tuple[str, ...] = ()
    namnd: str | None = None  # for a förvaltning: the nämnd it serves
    extern: bool = False  # outside the kommun: matched only by its exact names, never fuzzily


@dataclass(frozen=True)
class Match:
    """A name matched to a canonical organisation name, with its score and how it was found."""

    kanoniskt_namn: str
    score: float
    via: Via


@dataclass(frozen=True)
class Organisationer:
    """The organisations of one kommun, as read from one file, with a lookup index."""

    kommun: str
    organisationer: tuple[Organisation, ...]
    fil: str = ""

    @cached_property
    def ort(self) -> str:
        """Return the kommun's place name, normalised ("Borås Stad" -> "borås")."""
        return ort_for(self.kommun)

    def normalisera(self, namn: str) -> str:
        """Given a name as written, return it normalised for this kommun."""
        return normalisera(namn, self.ort)

    def get(self, namn: str) -> Organisation | None:
        """Given a canonical name, return its Organisation, or None."""
        return self._per_namn.get(namn)

    @cached_property
    def _per_namn(self) -> dict[str, Organisation]:
        return {org.namn: org for org in self.organisationer}

    @cached_property
    def exakt(self) -> dict[str, tuple[Organisation, Via]]:
        """Return normalised name/alias/förkortning -> (organisation, via)."""
        index: dict[str, tuple[Organisation, Via]] = {}
        for org in self.organisationer:
            for text, via in _nycklar(org):
                index.setdefault(self.normalisera(text), (org, via))
        for nyckel, varde in list(index.items()):
            index.setdefault(nyckel.replace(" ", ""), varde)  # "Arbetslivs nämnden" (broken by OCR or PDF)
        return index

    @cached_property
    def fuzzy_nycklar(self) -> list[tuple[str, Organisation]]:
        """Return (normalised name or alias, organisation) pairs for fuzzy matching.

        Förkortningar and external organisations are left out: "Länsstyrelsen i Gotlands län" must not
        come close to "Länsstyrelsen i Västra Götalands län" just because the file names the latter.
        """
        return [(self.normalisera(text), org) for org in self.organisationer if not org.extern
                for text, via in _nycklar(org) if via != "förkortning"]

    @cached_property
    def minne(self) -> dict[str, Match | None]:
        """Return the cache of normalised name -> best candidate (names repeat across a package)."""
        return {}

    @cached_property
    def per_epost(self) -> dict[str, Organisation]:
        """Return lower-case e-mail address -> organisation."""
        return {org.epost.casefold(): org for org in self.organisationer if org.epost}


def _nycklar(org: Organisation) -> list[tuple[str, Any]]:
    """Given an organisation, return its names with how each matches: exakt, alias or förkortning."""
    keys: list[tuple[str, Any]] = [(org.namn, "exakt")]
    keys += [(alias, "alias") for alias in org.alias]
    if org.forkortning:
        keys.append((org.forkortning, "förkortning"))
    return keys


# --- loading and validating --------------------------------------------------------------------

_EPOSTFORMAT = re.compile(r"^[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$")


def validera(data: Any) -> list[str]:
    """Given the parsed JSON of an organisation file, return its problems in Swedish (empty = valid)."""
    if not isinstance(data, dict):
        return ["filen ska innehålla ett JSON-objekt med \"kommun\" och \"organisationer\""]
    problem: list[str] = []
    if not isinstance(data.get("kommun"), str) or not data["kommun"].strip():
        problem.append("\"kommun\" saknas eller är tom")
    poster = data.get("organisationer")
    if not isinstance(poster, list) or not poster:
        return problem + ["\"organisationer\" saknas eller är inte en icke-tom lista"]
    for nummer, post in enumerate(poster, 1):
        problem += [f"organisation {nummer}: {fel}" for fel in _validera_post(post)]
    if not problem:
        problem += _validera_unika(poster, ort_for(data.get("kommun") or ""))
    return problem


def _validera_post(post: Any) -> list[str]:
    """Given one entry of "organisationer", return what is wrong with it."""
    if not isinstance(post, dict):
        return ["ska vara ett JSON-objekt"]
    fel: list[str] = [f"okänt fält \"{nyckel}\" (tillåtna: {', '.join(sorted(FALT))})"
                      for nyckel in post if nyckel not in FALT]
    namn = post.get("namn")
    if not isinstance(namn, str) or not namn.strip():
        fel.append("\"namn\" saknas eller är tomt")
    elif namn != namn.strip():
        fel.append(f"\"namn\" '{namn}' har blanksteg i början eller slutet")
    if post.get("typ") not in TYPER:
        fel.append(f"\"typ\" {post.get('typ')!r} är okänd (tillåtna: {', '.join(TYPER)})")
    for nyckel in ("forkortning", "epost", "namnd"):
        if post.get(nyckel) is not None and (not isinstance(post[nyckel], str) or not post[nyckel].strip()):
            fel.append(f"\"{nyckel}\" ska vara en text eller null")
    epost = post.get("epost")
    if isinstance(epost, str) and not _EPOSTFORMAT.match(epost):
        fel.append(f"e-postadressen '{epost}' är felformad "
                   "(skriv den med gemener, t.ex. ks.diarium@boras.se)")
    if not isinstance(post.get("extern", False), bool):
        fel.append("\"extern\" ska vara true eller false")
    alias = post.get("alias", [])
    if not isinstance(alias, list) or not all(isinstance(a, str) and a.strip() for a in alias):
        fel.append("\"alias\" ska vara en lista med namn")
    return fel


def _validera_unika(poster: list[dict[str, Any]], ort: str) -> list[str]:
    """Given valid entries, return clashes: duplicate names, aliases, förkortningar or e-mails."""
    problem: list[str] = []
    agare: dict[str, str] = {}
    namn = {post["namn"] for post in poster}
    for post in poster:
        egna: set[str] = set()
        texter = [post["namn"], *post.get("alias", [])]
        texter += [post["forkortning"]] if post.get("forkortning") else []
        for text in texter:
            nyckel = normalisera(text, ort)
            if nyckel in egna:
                problem.append(f"'{text}' hos {post['namn']} är samma som ett annat av dess namn efter "
                               "normalisering: ta bort det")
            elif nyckel in agare:
                problem.append(f"'{text}' hos {post['namn']} krockar med {agare[nyckel]} efter normalisering")
            egna.add(nyckel)
            agare.setdefault(nyckel, post["namn"])
        if post.get("namnd") and post["namnd"] not in namn:
            problem.append(f"\"namnd\" '{post['namnd']}' hos {post['namn']} finns inte i filen")
    epost = [post["epost"].casefold() for post in poster if post.get("epost")]
    problem += [f"e-postadressen {adress} står på flera organisationer"
                for adress in sorted({a for a in epost if epost.count(a) > 1})]
    return problem


def load_organisationer(path: str | Path | None = None) -> Organisationer:
    """Given a file path (None = the bundled modeller/boras.json), return the validated organisations."""
    if path is None:
        return _standard(STANDARDFIL)
    fil = Path(path)
    if not fil.exists() and fil.parent.name in ("", "modeller") and _inbyggd(fil.name):
        return _standard(fil.name)  # "modeller/boras.json" from a config, run outside the repository
    from remiss.errors import InputError
    from remiss.limits import MAX_ORGANISATIONER, regular_file

    try:
        stat = regular_file(fil, vad="organisationsfilen")  # /dev/zero or a FIFO is never read
    except InputError as exc:
        if not fil.exists():
            raise ConfigError("organisationsfilen finns inte; ange en befintlig JSON-fil "
                              "(se modeller/README.md)", fil=str(fil)) from exc
        raise ConfigError(f"organisationsfilen {exc.message}", fil=str(fil)) from exc
    if stat.st_size > MAX_ORGANISATIONER:
        raise ConfigError(f"organisationsfilen är {stat.st_size // (1 << 20)} MB, större än gränsen "
                          f"{MAX_ORGANISATIONER // (1 << 20)} MB; en kommuns organisationer ryms på några "
                          "hundra kB", fil=str(fil))
    return _fran_fil(str(fil), stat.st_mtime_ns)


def _inbyggd(namn: str) -> bool:
    """Given a file name, return whether the modeller package bundles a file of that name."""
    from importlib.resources import files

    return namn.endswith(".json") and files("modeller").joinpath(namn).is_file()


@lru_cache(maxsize=4)
def _standard(namn: str = STANDARDFIL) -> Organisationer:
    """Given a file name, return the organisations bundled under it in the modeller package."""
    from remiss.modelldata import modell_text

    return _tolka(modell_text(namn), f"modeller/{namn}")


@lru_cache(maxsize=16)
def _fran_fil(fil: str, _mtime_ns: int) -> Organisationer:
    """Given a path and its modification time (cache key), return its organisations."""
    try:
        text = Path(fil).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"organisationsfilen kan inte läsas ({exc.__class__.__name__}); "
                          "spara den som UTF-8", fil=fil) from exc
    return _tolka(text, fil)


def _tolka(text: str, fil: str) -> Organisationer:
    """Given the text of an organisation file and its name, return the organisations or raise ConfigError."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ConfigError(f"ogiltig JSON på rad {exc.lineno}, kolumn {exc.colno}: {exc.msg}; rätta filen",
                          fil=fil) from exc
    giltiga = _giltiga_filer()
    nyckel = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    if nyckel not in giltiga:
        problem = validera(data)
        if problem:
            fler = f" (och {len(problem) - 1} fel till)" if len(problem) > 1 else ""
            raise ConfigError(f"felaktig organisationsfil: {problem[0]}{fler}", fil=fil)
        if len(giltiga) < MAX_GILTIGA:
            giltiga[nyckel] = True
    orgs = tuple(Organisation(namn=post["namn"], typ=post["typ"], forkortning=post.get("forkortning"),
                              epost=post["epost"].casefold() if post.get("epost") else None,
                              alias=tuple(post.get("alias", [])), namnd=post.get("namnd"),
                              extern=post.get("extern", False))
                 for post in data["organisationer"])
    return Organisationer(kommun=data["kommun"].strip(), organisationer=orgs, fil=fil)


MAX_GILTIGA = 256  # organisation files remembered as valid (a file edited many times leaves its versions)


def _giltiga_filer() -> dict[Any, Any]:
    """Return the sha256 of the texts of organisation files found valid (`validera`), kept between runs as
    the compiled patterns are (`remiss.recache.memo`, named after this module's source and the installed
    rapidfuzz, whose `default_process` the check uses, so a changed check or an upgraded rapidfuzz validates
    anew): normalising every name, alias and förkortning of the bundled file cost some 14 million instructions
    of every `tolka` run (0,5 %). An empty dict on any trouble (every file is then validated)."""
    try:
        import importlib.util
        import os

        from remiss import recache

        spec = importlib.util.find_spec("rapidfuzz")
        rapidfuzz = f"{spec.origin}:{os.stat(spec.origin).st_mtime_ns}" if spec and spec.origin else "-"
        return recache.memo("organisationer", Path(__file__).read_bytes() + rapidfuzz.encode())
    except Exception:  # noqa: BLE001 - a cache: without it every file is validated
        return {}


def _organisationer(organisationer: Organisationer | str | Path | None) -> Organisationer:
    """Given organisations, a file path or None, return the organisations."""
    if isinstance(organisationer, Organisationer):
        return organisationer
    return load_organisationer(organisationer)


# --- matching ----------------------------------------------------------------------------------


_STOPPORD = frozenset({"och", "i", "för", "av", "med", "de", "den", "det", "till", "på", "samt", "eller"})
_HUVUDORD = re.compile(r"^(.+?)\s?(nämnden|nämnd|förvaltningen|förvaltning|styrelsen|styrelse)$")
_TOKENGRANS = 60.0


@lru_cache(maxsize=1)
def _rf() -> Any:
    """Return rapidfuzz's fuzz, process and utils modules, imported on first use."""
    from rapidfuzz import fuzz, process, utils

    return fuzz, process, utils


def _ratio(a: str, b: str) -> float:
    """Given two normalised texts, return rapidfuzz's ratio (no processor: they are normalised)."""
    return float(_rf()[0].ratio(a, b, processor=None))


def _innehallsord(namn: str) -> tuple[str, ...]:
    """Given a normalised name, return its words without stop words ("och", "i" …)."""
    return tuple(t for t in namn.split() if t not in _STOPPORD)


def _bestamning(a: str, b: str) -> float | None:
    """Given two names with the same kind of head ("…nämnden"), return the ratio of what precedes it."""
    ma, mb = _HUVUDORD.match(a), _HUVUDORD.match(b)
    if not ma or not mb or ma.group(2)[:5] != mb.group(2)[:5]:
        return None
    return _ratio(ma.group(1).strip(), mb.group(1).strip())


def _tackning(fraga: Sequence[str], nyckel: Sequence[str], ort: str) -> tuple[float, bool]:
    """Given the content words of a name and of a key, return the share of the name's letters covered.

    A word is covered when some word of the other side scores at least _TOKENGRANS with it. Only the
    name's own foreign words lower the share ("Kulturnämnden i Umeå kommun": "umeå", "kommun"); the
    kommun's place name ("borås") does not, nor do the key's words the name leaves out (a short form
    such as "Borås Energi"). The flag says whether any word on either side lacks a counterpart.
    """
    if not fraga or not nyckel:
        return 1.0, False
    fuzz, process, _ = _rf()

    def utan(ena: Sequence[str], andra: Sequence[str]) -> list[str]:
        return [x for x in ena if x not in andra and process.extractOne(
            x, andra, scorer=fuzz.ratio, processor=None, score_cutoff=_TOKENGRANS) is None]

    egna = utan(fraga, nyckel)
    frammande = sum(len(x) for x in egna if x != ort)
    return 1 - frammande / sum(len(x) for x in fraga), bool(egna or utan(nyckel, fraga))


def _sparrar(fraga: str, nyckel: str, score: float, ort: str = "") -> float:
    """Given two normalised names and their base score, return the score lowered by the guards.

    Names with the same head ("…nämnden") score no more than what precedes the head does
    ("vård och omsorgs" vs "vård och äldreomsorgs"); a word without a counterpart in the other name
    keeps the score below TROSKEL, and foreign words ("Umeå") scale it by the share of letters covered,
    so "Kulturnämnden i Umeå kommun" falls far below Kulturnämnden while "Nätkraft" stays a near miss
    of "Nätkraft Borås AB".
    """
    bestamning = _bestamning(fraga, nyckel)
    if bestamning is not None:
        score = min(score, bestamning)
    andel, saknas = _tackning(_innehallsord(fraga), _innehallsord(nyckel), ort)
    if saknas:
        score = min(score * andel, TROSKEL - 1)
    return score


def _baspoang(fraga: str, nycklar: Sequence[str]) -> list[float]:
    """Given a normalised name and keys, return per key the better of ratio and token_sort_ratio.

    token_set_ratio is never used: it scores a subset as 100.
    """
    fuzz, process, _ = _rf()
    poang = [0.0] * len(nycklar)
    for scorer in (fuzz.ratio, fuzz.token_sort_ratio):
        for _, score, index in process.extract(fraga, nycklar, scorer=scorer, processor=None, limit=None):
            poang[index] = max(poang[index], float(score))
    return poang


def _kandidater(fraga: str, orgs: Organisationer) -> list[tuple[float, Organisation]]:
    """Given a normalised name, return (score, organisation) for the best organisations, best first.

    The guards only lower a score, so keys are tried in order of base score and the search stops once
    a base score can neither beat the leader nor come within TVETYDIG_MARGINAL of a leader above TROSKEL.
    """
    nycklar = orgs.fuzzy_nycklar
    baser = sorted(zip(_baspoang(fraga, [n for n, _ in nycklar]), nycklar, strict=True), key=lambda r: -r[0])
    basta: dict[str, tuple[float, Organisation]] = {}
    ledare = -1.0
    for bas, (nyckel, org) in baser:
        if bas < ledare - (TVETYDIG_MARGINAL if ledare >= TROSKEL else 0.0):
            break  # cannot beat the leader, nor come within the ambiguity margin of a sure leader
        score = _sparrar(fraga, nyckel, bas, orgs.ort)
        if org.namn not in basta or score > basta[org.namn][0]:
            basta[org.namn] = (score, org)
        ledare = max(ledare, score)
    return sorted(basta.values(), key=lambda par: -par[0])[:2]


def forslag(namn: str, organisationer: Organisationer | str | Path | None = None) -> Match | None:
    """Given a name, return the best candidate whatever its score (None for an empty name)."""
    orgs = _organisationer(organisationer)
    fraga = orgs.normalisera(namn)
    if fraga not in orgs.minne:
        orgs.minne[fraga] = _forslag(fraga, orgs)
    return orgs.minne[fraga]


def _forslag(fraga: str, orgs: Organisationer) -> Match | None:
    """Given a normalised name, return the best candidate among the organisations."""
    if not fraga:
        return None
    traff = orgs.exakt.get(fraga) or orgs.exakt.get(fraga.replace(" ", ""))
    if traff is not None:
        org, via = traff
        return Match(org.namn, 100.0, "exakt" if via == "exakt" else "alias")
    kandidater = _kandidater(fraga, orgs)
    if not kandidater:
        return None
    score, org = kandidater[0]
    if len(kandidater) > 1 and score >= TROSKEL and kandidater[1][0] >= score - TVETYDIG_MARGINAL:
        score = min(score, TROSKEL - 0.5)  # two organisations fit equally well: not safe
    return Match(org.namn, round(score, 1), "fuzzy")


def match_namn(namn: str, organisationer: Organisationer | str | Path | None = None) -> Match | None:
    """Given a name as written (e.g. a sender), return its Match, or None below the threshold."""
    basta = forslag(namn, organisationer)
    return basta if basta is not None and basta.score >= TROSKEL else None


# --- remissinstanser ---------------------------------------------------------------------------

_GRUPP = re.compile(r"\b(alla|samtliga|kommunens|stadens|\w+ (?:stads|kommuns))\b.*"
                    r"\b(nämnder|nämnderna|bolag|bolagen|bolagsstyrelser|bolagsstyrelserna|styrelser|"
                    r"styrelserna|partier|partierna|förvaltningar|förvaltningarna)\b")
_ANNAN_ORT = re.compile(r"\b(kommun|kommuns|region|regions|län|läns)\b")
_GRUPPTYPER: tuple[tuple[str, str], ...] = (
    ("nämnd", r"\bnämnd"), ("bolag", r"\bbolag|\bstyrelse"), ("parti", r"\bparti"),
    ("förvaltning", r"\bförvaltning"),
)


def grupp_omfattar(namn: str, kommun: str = "Borås Stad") -> frozenset[str]:
    """Given a listed name, return the types it covers as a group ("alla nämnder …"), else empty."""
    text = _streck(_gemener(_unicode(namn)))
    if not _GRUPP.search(text):
        return frozenset()
    ort = ort_for(kommun)
    if ort not in text and _ANNAN_ORT.search(text.replace("kommunkoncern", "")):
        return frozenset()  # "alla nämnder i Umeå kommun": not ours
    return frozenset(typ for typ, monster in _GRUPPTYPER if re.search(monster, text))


_EXTERN_AVSANDARE = re.compile(
    r"\b(kommun|kommuns|stad|stads|region|regionen|länsstyrelsen|regeringskansliet|kommunalförbund|förbund)\b"
    r"|(departementet|myndigheten|verket|styrelsen i [a-zåäö]+ län)\b")
_EGNA_ORGAN: frozenset[str] = frozenset({"nämnd", "förvaltning", "parti", "övrig"})


def extern_avsandare(avsandare: str | None,
                     organisationer: Organisationer | str | Path | None = None) -> bool:
    """Given a sender's name, return whether it is clearly outside the kommun (another kommun, the state).

    Only positive evidence counts: an external organisation of the file, or a name like "Göteborgs Stad",
    "Ulricehamns kommun", "Finansdepartementet" that does not name the kommun's own place. An unknown
    internal sender ("Servicekontoret") is not external.
    """
    if not avsandare:
        return False
    orgs = _organisationer(organisationer)
    if "," in avsandare:  # 'Göteborgs Stad, Kommunstyrelsen': the organisation decides, not its nämnd
        avsandare = avsandare.split(",", 1)[0].strip()
    traff = match_namn(avsandare, orgs)
    org = orgs.get(traff.kanoniskt_namn) if traff else None
    if org is not None:
        return org.extern
    text = _streck(_gemener(_unicode(avsandare)))
    return not (orgs.ort and orgs.ort in text) and bool(_EXTERN_AVSANDARE.search(text))


def _avsandarens_eget_organ(instans: Remissinstans, org: Organisation, orgs: Organisationer) -> bool:
    """Given an instans an external sender lists and its match, return whether it is the sender's own organ.

    "Kulturnämnden" or "Moderaterna" in Göteborgs Stad's list are Göteborg's; a bolag, an external
    organisation or a name that says "Borås" are ours.
    """
    return (org.typ in _EGNA_ORGAN and not org.extern
            and orgs.ort not in _gemener(_unicode(instans.namn)))


@dataclass(frozen=True)
class _Resultat:
    """The outcome of matching one remissinstans."""

    instans: Remissinstans
    varning: str | None = None
    grupp: frozenset[str] = frozenset()
    forslag: str | None = None


def _matcha_en(instans: Remissinstans, orgs: Organisationer, extern: bool = False) -> _Resultat:
    """Given a remissinstans and whether the sender is external, return it matched or not, with warning."""
    okand = replace(instans, kanoniskt_namn=None, matchning=None)
    grupp = grupp_omfattar(instans.namn, orgs.kommun)
    if grupp:
        return _Resultat(okand, grupp=frozenset() if extern else grupp)
    basta = forslag(instans.namn, orgs)
    if extern and basta is not None:
        org = orgs.get(basta.kanoniskt_namn)
        if org is not None and _avsandarens_eget_organ(instans, org, orgs):
            return _Resultat(okand)
    via_epost = orgs.per_epost.get(instans.epost.casefold()) if instans.epost else None
    if basta is not None and basta.score >= TROSKEL:
        varning = None
        if via_epost is not None and via_epost.namn != basta.kanoniskt_namn:
            varning = (f"Remissinstansen '{instans.namn}' matchades mot {basta.kanoniskt_namn}, men "
                       f"e-postadressen {instans.epost} hör till {via_epost.namn}")
        traff = replace(instans, kanoniskt_namn=basta.kanoniskt_namn, matchning=basta.score)
        return _Resultat(traff, varning)
    if via_epost is not None:
        return _Resultat(replace(instans, kanoniskt_namn=via_epost.namn, matchning=100.0))
    if basta is None:
        return _Resultat(okand)
    okand = replace(okand, matchning=basta.score)
    if basta.score < VARNINGSGRANS:
        return _Resultat(okand)
    varning = (f"Remissinstansen '{instans.namn}' kunde inte matchas säkert "
               f"(bästa förslag: {basta.kanoniskt_namn}, {basta.score:.0f})")
    return _Resultat(okand, varning, forslag=basta.kanoniskt_namn)


def _egen(egen_instans: str, orgs: Organisationer) -> tuple[str, set[str]]:
    """Given the configured own instans, return its canonical name and the types of group that cover it."""
    traff = match_namn(egen_instans, orgs)
    org = orgs.get(traff.kanoniskt_namn) if traff else None
    if org is None:
        return egen_instans, set()
    typer = {org.typ}
    if any(annan.namnd == org.namn for annan in orgs.organisationer):
        typer.add("förvaltning")  # "alla förvaltningar" reaches the nämnd through its förvaltning
    return org.namn, typer


def _berord(resultat: Sequence[_Resultat], egen: str, typer: set[str], orgs: Organisationer) -> bool | None:
    """Given matched results and the own instans, return True, False or None (cannot tell)."""
    if not resultat:
        return None
    for res in resultat:
        namn = res.instans.kanoniskt_namn
        org = orgs.get(namn) if namn else None
        if namn == egen or (org is not None and org.namnd == egen) or typer & res.grupp:
            return True
    if any(res.forslag == egen for res in resultat):
        return None  # a near miss to the own instans: a human must look
    return False


def match_remissinstanser(
    instanser: Iterable[Remissinstans | str], *, egen_instans: str | None = EGEN_INSTANS,
    organisationer: Organisationer | str | Path | None = None, avsandare: str | None = None,
) -> tuple[list[Remissinstans], bool | None, list[str]]:
    """Given listed remissinstanser, return them matched, whether the own instans is berörd, and warnings.

    With the sender (`avsandare`) given and clearly external (another kommun), its own nämnder,
    förvaltningar and parties in the list are left unknown, without warnings: "Kulturnämnden" in
    Göteborgs Stad's list is not Borås Stad's Kulturnämnden.
    """
    egen_instans = egen_instans or EGEN_INSTANS
    orgs = _organisationer(organisationer)
    extern = extern_avsandare(avsandare, orgs)
    lista = [Remissinstans(namn=i) if isinstance(i, str) else i for i in instanser]
    resultat = [_matcha_en(instans, orgs, extern) for instans in lista]
    egen, typer = _egen(egen_instans, orgs)
    berord = _berord(resultat, egen, typer, orgs)
    varningar = [res.varning for res in resultat if res.varning]
    if not typer:
        varningar.append(f"Den egna instansen '{egen_instans}' finns inte i organisationsfilen {orgs.fil}: "
                         "rätta namnet i konfigurationen eller lägg till den i filen")
    return [res.instans for res in resultat], berord, varningar
