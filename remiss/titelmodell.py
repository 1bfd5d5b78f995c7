"""The learned title: which of a missiv's lines, or two or three of them joined, names the remitted matter.

The rules (`extract.core.choose_titel`, modeller/titel.toml) were written phrase by phrase: on each held-out
set's first run they had 1 to 3 titles in 10 right (22 of 73 on prov5–prov13). Candidates here are the first
lines of the missiv part, alone and joined with the one or two below, each as it stands, as the rules turn a
heading into a title (`extract.core.clean_title`, the procedure and the frame around the matter stripped)
and the stretches of a sentence that may name the matter ('Remissen gäller …'); each is described by a few
features (place, length, casing, font size and weight against the body, a cue word on or above its line, its
words) and scored by a logistic regression trained on the corpus by `tests/korpus/trana_titelmodell.py` with
scikit-learn. Trained each time without the set it was tried on, the model alone picked 41 of the 73 titles
right (but only 7 of 18 on missiv15, a set it never saw, as today's rules did). So the rules decide, and the
model replaces their title only when it is sure enough, well ahead and finds theirs unlikely (`overrules`).
The weights are data (modeller/titelmodell.json) read here in plain Python.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from remiss.domain import Line
from remiss.layout import gap_between

MODELLFIL = "titelmodell.json"
RADER = 15  # the opening lines the candidates come from (the titles of 342 of the 349 corpus remisser whose
# title is a candidate stand in the first 12)
SPANN = 3  # a candidate joins at most this many lines
MAX_TECKEN = 300
RUBRIK_TECKEN = 160  # a longer span is a sentence: read for the matter inside it, not cleaned as a heading
# (unless it is one bold line: a heading that runs on, titel24)
TOKEN = re.compile(r"[a-zåäöéü]{2,}")
CUE = re.compile(r"^(?:remiss\w*|samråd\w*|ärende|ämne|angående|avser|gäller|rubrik|kungörelse|granskning|"
                 r"utställning|underrättelse|inbjudan|missiv|re|sv|vb|fwd|fw)\b", re.IGNORECASE)
LABEL = re.compile(r"^(?:ämne|ärende|angående|avser|gäller|rubrik|re|sv|vb|fwd|fw)\s*:\s*", re.IGNORECASE)
VERBS = frozenset(
    "är har ska skall kan kommer finns blir var hade vill får önskar bjuder inbjuds skickas lämnas".split())
YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
REPORT_NUMBER = re.compile(r"\b(?:SOU|Ds|dir\.?|prop\.?)\s*\d{4}\s*:\s*\d+", re.IGNORECASE)
DATE = re.compile(r"\b\d{1,2}\s+(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)\w*|\d{4}-\d{2}-\d{2}",
                  re.IGNORECASE)
# a word that names a document's kind, at its end ('avfallsplan', 'förslag') or its start ('föreskrifterna')
KIND_ENDS = ("plan", "program", "strategi", "policy", "förordning", "lag", "betänkande", "promemoria",
             "rapport", "utredning", "förslag", "ordning", "taxa", "vision", "direktiv")
KIND_STARTS = ("föreskrift", "riktlinje", "detaljplan", "översiktsplan", "ändring", "handlingsplan")


@dataclass(frozen=True)
class Kandidat:
    """One candidate title: its text, the first line it comes from (index in the lines), how many lines it
    joins, and how it was made ('rad' as it stands, 'ren' cleaned as a heading, 'ram' the frame stripped);
    `radslut` for a stretch of a sentence ('del') that ends only where its last line does while the sentence
    goes on below ('… samrådsförslaget för ny översiktsplan' / 'och nu är det dags …'), or any candidate that
    starts where its first line does while the sentence came from above ('Nu begär Kammarkollegiet ett' /
    'förtydligande av …'): the line break cut it, so whether it is made at all depends on the layout."""

    text: str
    index: int
    rader: int
    satt: str
    line: Line
    radslut: bool = False
    # (titel28) a span as it stands that the rules clean into another text ('Framläggning av förslaget till
    # delgeneralplan för Masaby …', the procedure left on): the model weighs that it is the raw line
    rensas: bool = False
    # the positive reading of the matter (remiss.arende): where it found this text as a phrase round a
    # document's kind (0 a heading, 1 a sentence that sends the matter out, 2 other text; -1 not found), and
    # whether it is the reading's best phrase
    arende: int = -1
    arende_basta: bool = False
    # (robust29) a span as it stands whose last line the sentence goes on from below ('Förslaget till
    # upphävande … i Mariestad samråddes' / 'under augusti …'): the line break ended it, as `radslut` does a
    # stretch; the model's best so made overrules no rules' title (another layout would not make it)
    kapad: bool = False
    # (layout38) a candidate whose first line is a bold heading's wrapped rest, the line above set alike right
    # over it and ending no sentence ('Hallå där Johan Lagerholm, Jeanette Blackert och Per' / 'Willén,
    # styrelserepresentanter …'): the line break cut the heading there; it fills no title the rules left empty
    i_rubrik: bool = False


def _joined(lines: Sequence[Line]) -> str:
    """Given lines, return their text joined with a space, a word broken at its hyphen joined whole."""
    from remiss.extract.core import join_wrapped

    text = ""
    for line in lines:
        text = join_wrapped(text, line.text.strip())
    return text


def _variants(raw: str) -> list[tuple[str, str]]:
    """Given a span's text, return (text, how) for it as it stands, as the rules clean a heading, and with
    the procedure and frame around the matter stripped (the rules' own steps, `extract.core`)."""
    from remiss.extract.core import clean_title, frame_stripped, procedure_frame_stripped

    out = [(raw, "rad")]
    unlabelled = LABEL.sub("", raw)
    if unlabelled != raw and unlabelled:
        out.append((unlabelled, "etikett"))
    # (titel27) the heading cleaned as the rules clean it, the procedure around the matter stripped too
    # ('Framläggning av …', '… ställs ut'): a title the rules never give is no candidate of its own
    cleaned = clean_title(unlabelled)
    if cleaned:
        cleaned = procedure_frame_stripped(cleaned, raw) or cleaned
        out.append((cleaned, "ren"))
        unframed = frame_stripped(cleaned)
        if unframed and unframed != cleaned:
            out.append((unframed, "ram"))
    return out


# a matter named inside a sentence: after a cue ('samråd om', 'förslag till', 'Remissen gäller'), up to the
# sentence's verb or stop ('… är nu ute på remiss.', '…, KF §15/2011.')
# (titel24: also the cue word that opens a line, capitalised: 'Avseende ny 150 kV kraftledning mellan …')
START = re.compile(r"(?:^(?:Avseende|Angående|Gällande|Rörande|Beträffande)\s+|"
                   r"^|\b(?:om|av|gäller|avseende|angående|gällande|rörande|på|för|utföra|heter|"
                   r"remissversion\w*|remissutgåva\w*|utkastet\s+till|förslag(?:et)?\s+(?:till|på|om)|"
                   r"[Ll]äs)\s+|[”\"]|:\s+)(?=\S)")
STOP = re.compile(r"(?:[.,;”\"]\s|[.;”\"]?$|\s+(?:är|har|som|finns|ska|samråds|ställs|berör|tagits|"
                  r"och\s+miljö|nu|för\s+samråd|\(pdf|pdf)\b)")


def _fragments(raw: str) -> list[tuple[str, bool, bool]]:
    """Given a span's text, return the stretches of it that may name the matter inside a sentence, each with
    whether it runs to the span's end and whether it starts at the span's start."""
    starts = sorted({m.end() for m in START.finditer(raw)})[:6]
    ends = sorted({m.start() for m in STOP.finditer(raw)} | {len(raw)})
    out = []
    for start in starts:
        for end in [e for e in ends if e > start + 3][:4]:
            piece = raw[start:end].strip(" ,.;:”\"")
            if piece and piece != raw:
                out.append((piece, end == len(raw), start == 0))
    return out


def _heading_wrapped_above(above: Line, line: Line) -> bool:
    """Return True when line is a bold heading's wrapped rest: the line above set alike (bold, same size),
    no gap between, ending no sentence.

    Not the rules' core._same_heading: this wants the positions known (a Word file's lines have none: no
    candidate is marked there), sizes within half a point, and no sentence's stop above."""
    if not (above.bold and line.bold and above.size and abs(above.size - line.size) < 0.5):
        return False
    if above.page != line.page or above.top is None or above.bottom is None or line.top is None:
        return False
    if above.text.rstrip().endswith((".", "!", "?", ":", ";")):
        return False
    return not gap_between(above, line)


def _sentence_goes_on(span: Sequence[Line], after: Line | None) -> bool:
    """Return True when the span's last line ends no sentence and the line after it goes on in lower case."""
    last = span[-1].text.rstrip()
    return after is not None and not last.endswith((".", "!", "?", ":", ";")) \
        and after.text.strip()[:1].islower()


def kandidater(lines: Sequence[Line]) -> list[Kandidat]:
    """Given a missiv's lines, return its title candidates (each text once, the earliest way it was made),
    each marked where the positive reading of the matter found it (`remiss.arende`)."""
    from remiss import arende

    out = _kandidater(lines)
    basta, alla = arende.las(lines)
    kallor: dict[str, int] = {}
    for fras in alla:
        key = _key(fras.text)
        kallor[key] = min(kallor.get(key, fras.kalla), fras.kalla)
    best = _key(basta.text) if basta is not None else None
    return [replace(k, arende=kallor[_key(k.text)], arende_basta=_key(k.text) == best)
            if _key(k.text) in kallor else k for k in out]


def _kandidater(lines: Sequence[Line]) -> list[Kandidat]:
    """Given a missiv's lines, return its title candidates (each text once, the earliest way it was made)."""
    seen: dict[str, int] = {}  # a text's key: its place in out
    out: list[Kandidat] = []
    top = list(lines[:RADER])
    for index in range(len(top)):
        for n in range(1, SPANN + 1):
            span = top[index : index + n]
            if len(span) < n or not span[-1].text.strip() or not span[0].text.strip():
                break
            raw = _joined(span)
            if len(raw) > MAX_TECKEN:
                break
            # (titel24: a bold heading is cleaned however long, when it runs on with its procedure, law and
            # period: 'Kungörelse: Förslaget till etapplandskapsplan 5 för … framlägges offentligt i enlighet
            # med … under perioden 17.8.-15.9.2021.')
            heading = n == 1 and span[0].bold
            # (robust27) a span that starts where its first line does while the sentence came from the line
            # above ('Nu begär Kammarkollegiet ett' / 'förtydligande av …'): a line break cut it at its start
            cut_start = index > 0 and _sentence_goes_on([lines[index - 1]], span[0])
            in_heading = index > 0 and _heading_wrapped_above(lines[index - 1], span[0])
            short = len(raw) <= RUBRIK_TECKEN or heading
            variants = _variants(raw) if short else [(raw, "rad")]
            cleaned = any(satt != "rad" and _key(x) != _key(raw) for x, satt in variants)
            made = [(x, satt, cut_start) for x, satt in variants]
            cut = _sentence_goes_on(span, lines[index + n] if index + n < len(lines) else None)
            if n < SPANN:
                made += [(x, "del", at_end and cut or at_start and cut_start)
                         for x, at_end, at_start in _fragments(raw)]
            for text, satt, radslut in made:
                key = _key(text)
                kapad = cut and satt != "del"
                made_here = Kandidat(text, index, n, satt, span[0], radslut, satt == "rad" and cleaned,
                                     kapad=kapad, i_rubrik=in_heading)
                if key and key not in seen:
                    seen[key] = len(out)
                    out.append(made_here)
                elif key and satt != "del" and out[seen[key]].satt == "del":
                    # (titel27) a heading's text, first made as a stretch of a longer span's sentence
                    # ('Kyrkslätts kommun Framläggning av förslaget till …'): the heading it is, as the rules
                    # read it
                    out[seen[key]] = made_here
                elif key and not radslut and out[seen[key]].radslut:
                    out[seen[key]] = replace(out[seen[key]], radslut=False)  # also made where no line cut it
                if key and not kapad and out[seen[key]].kapad:
                    out[seen[key]] = replace(out[seen[key]], kapad=False)
                if key and not in_heading and out[seen[key]].i_rubrik:
                    out[seen[key]] = replace(out[seen[key]], i_rubrik=False)
    return out


def _key(text: str) -> str:
    """Given a candidate's text, return it as the corpus compares titles (case, spaces, end stops)."""
    text = re.sub(r"\s+", " ", text.translate(str.maketrans("–—", "--"))).strip()
    return re.sub(r"[\s.,;:!?]+$", "", text).strip(" \"”“").casefold()


def _bucket(value: float, edges: Sequence[float]) -> int:
    """Return how many of the edges value reaches."""
    return sum(value >= edge for edge in edges)


@functools.lru_cache(maxsize=512)
def _cue(line: str) -> str:
    """Given a line's text, return its cue word first on it ('remiss', 'ämne'), shortened, or ''."""
    match = CUE.match(line.strip())
    return match.group(0).lower()[:8] if match else ""


def _text_features(text: str, toks: Sequence[str]) -> dict[str, float]:
    """Given a candidate's text and its words in lower case, return the features its words give: a year, a
    report number, a date, a document kind, a verb of a sentence."""
    f: dict[str, float] = {}
    if any(c.isdigit() for c in text):
        if YEAR.search(text):
            f["ar"] = 1
        if REPORT_NUMBER.search(text):
            f["sou"] = 1
        if DATE.search(text):
            f["datum"] = 1
    if any(t.endswith(KIND_ENDS) or t.startswith(KIND_STARTS) for t in toks):
        f["slag"] = 1
    if not VERBS.isdisjoint(toks):
        f["verb"] = 1
    return f


def egenskaper(k: Kandidat, lines: Sequence[Line], body: float) -> dict[str, float]:
    """Given a candidate, the lines it came from and the body font size, return its features by name (a
    present feature 1.0)."""
    text = k.text
    words = text.split()
    f: dict[str, float] = {
        f"pos={_bucket(k.index, (1, 2, 3, 5, 8, 12, 20, 35))}": 1,
        f"sida={min(k.line.page, 3)}": 1,
        f"rader={k.rader}": 1,
        f"satt={k.satt}": 1,
        f"ord={_bucket(len(words), (2, 3, 5, 8, 12, 18, 25))}": 1,
    }
    if text[:1].isupper():
        f["versal_forst"] = 1
    if text[:1].islower():
        f["gemen_forst"] = 1
    if text.isupper() and len(text) > 3:
        f["versaler"] = 1
    end = k.line.text.rstrip()[-1:] if k.rader == 1 else ""
    if text.rstrip().endswith(".") or end == ".":
        f["punkt"] = 1
    if text.rstrip().endswith("?"):
        f["fraga"] = 1
    if k.rensas:
        f["rensas"] = 1
    if ":" in text:
        f["kolon"] = 1
    if "|" in text:
        f["cell"] = 1
    if "@" in text or "http" in text or "www." in text:
        f["adress"] = 1
    toks = TOKEN.findall(text.lower())
    f.update(_text_features(text, toks))
    cue = _cue(k.line.text)
    if cue:
        f[f"cue_rad={cue}"] = 1
    if k.index > 0:
        above = lines[k.index - 1].text.strip()
        if _cue(above):
            f["cue_ovan"] = 1
        if not above:
            f["tom_ovan"] = 1
    span = lines[k.index : k.index + k.rader]
    if body and k.line.size:
        ratio = k.line.size / body
        f[f"storlek={_bucket(ratio, (0.95, 1.08, 1.25, 1.5, 2.0))}"] = 1
        if k.rader > 1 and any(abs(x.size - k.line.size) > 0.5 for x in span):
            f["blandad_storlek"] = 1
        if k.index + k.rader < len(lines) and abs(lines[k.index + k.rader].size - k.line.size) <= 0.5:
            f["samma_storlek_under"] = 1
    else:
        f["storlek_okand"] = 1
    if all(x.bold for x in span):
        f["fet"] = 1
    for word in set(toks[:12]):
        f[f"w={word}"] = 1
    if words:
        f[f"forsta={words[0].lower()[:12]}"] = 1
    if k.arende >= 0:  # the positive reading found this text as a phrase round a document's kind
        f["arende"] = 1
        f[f"arende_kalla={k.arende}"] = 1
        if k.arende_basta:
            f["arende_basta"] = 1
    return f


@dataclass(frozen=True)
class Modell:
    """The stored model: an intercept and a weight per feature name."""

    intercept: float
    vikter: dict[str, float]


@functools.cache
def modell() -> Modell:
    """Return the stored model, read once per process (ConfigError for a broken file)."""
    from remiss.modelldata import las_modell

    return las_modell(MODELLFIL, lambda data: Modell(float(data["intercept"]),
                                                     {str(k): float(v) for k, v in data["vikter"].items()}))


def poang(f: dict[str, float], m: Modell) -> float:
    """Given a candidate's features, return its score (the logistic regression's log-odds)."""
    return m.intercept + sum(m.vikter.get(name, 0.0) * value for name, value in f.items())


@dataclass(frozen=True)
class Titelbedomning:
    """The model's reading of a missiv: each candidate's probability of being the title (softmax over the
    candidates' scores), best first."""

    kandidater: tuple[tuple[Kandidat, float], ...]

    @property
    def basta(self) -> tuple[Kandidat, float] | None:
        """Return the likeliest candidate and its probability, or None when there is none."""
        return self.kandidater[0] if self.kandidater else None

    def sannolikhet(self, titel: str) -> float:
        """Return the probability the model gives a title (0 when it is no candidate)."""
        key = _key(titel)
        return sum(p for k, p in self.kandidater if _key(k.text) == key)


def bedom(lines: Sequence[Line]) -> Titelbedomning:
    """Given a missiv's lines, return the model's probability of each candidate."""
    from remiss.layout import body_size

    m = modell()
    body = body_size(lines[:80])
    scored = [(k, poang(egenskaper(k, lines, body), m)) for k in kandidater(lines)]
    if not scored:
        return Titelbedomning(())
    top = max(s for _, s in scored)
    exps = [(k, math.exp(s - top)) for k, s in scored]
    total = sum(e for _, e in exps)
    return Titelbedomning(tuple(sorted(((k, e / total) for k, e in exps), key=lambda kp: -kp[1])))


# how sure the model must be to overrule the rules: its best candidate at least SAKER and FORSPRANG ahead of
# the rules' title, which (when they found one) has at most OSANNOLIK. Chosen on the held-out sets' first
# runs, each scored by the model trained without it, the policy picked for each set on the other sets' runs
# (tests/korpus/studie_titelpolicy.py): 33 → 51 of 83 titles right, none made wrong (the earlier 0.5 / 0.2
# without a lead: 47); picked on all of them: 0.2, 0.2 and a lead of 0.2 (52 with FYLL)
SAKER = 0.2
OSANNOLIK = 0.2
FORSPRANG = 0.2
# where the rules found no title the model fills one only from this (as before): at 0.2 any short text has a
# candidate that likely ('Budgetuppföljning' over a budget line), and a remiss would be read out of no remiss
FYLL = 0.5


def overrules(bedomning: Titelbedomning, regel: str | None, avsandare: str | None = None,
              rad: Line | None = None) -> Kandidat | None:
    """Given the model's reading, the rules' title (None: they found none) and the sender read, return the
    candidate that replaces the title: the model's best when it is likely enough and well ahead of the rules'
    title, which is unlikely, and the best no line that is never a title (`never_title`, `no_title`); when the
    rules' title is no candidate but cut out of one (the model cannot weigh it), the best from FYLL, as a
    missing title is filled, unless it is the same matter in other words (`same_matter`) or the rules' names
    more; else None. With the line the rules read their title from (`rad`) among the lines the model reads, a
    candidate of the same words on other lines does not count as made (layout38: 'Översiktsplanen' opening a
    sentence's line in one layout, never made in another, weighs the sentence's first word, not the rules'
    reading); a line below them ('Lämna synpunkter på detaljplanen' far down a page) is weighed as before."""
    best = bedomning.basta
    if best is None or best[1] < SAKER or never_title(best[0].text, avsandare) or no_title(best[0].text):
        return None
    if regel is None:  # (layout38: not a stretch opening inside a wrapped heading, nor a sentence's subject)
        cut = best[0].i_rubrik or _statement_subject(best[0])
        return best[0] if best[1] >= FYLL and not cut else None
    here = rad is not None and any(_covers(k, rad) for k, _ in bedomning.kandidater)  # a line the model reads
    made = [k for k, _ in bedomning.kandidater
            if _key(k.text) == _key(regel) and (not here or rad is None or _covers(k, rad))]
    if made and all(k.radslut for k in made):
        return None  # made only as a stretch a line end cut: another layout's line breaks would not make it
    if best[0].kapad:
        return None  # nor the model's best, a line the sentence goes on from (robust29)
    if not made:
        # a title the model cannot make, cut out of a line it reads after a frame ('till 14 oktober 2018 -
        # Översiktsplan för …' of 'Förlängd samrådstid till …'), is one it cannot weigh: it is replaced as a
        # missing title is filled (FYLL), not by the same matter in other words, nor when the rules' names
        # more (titel23; before it never). A title read below the lines it reads ('Detaljplan för
        # verksamheter och …' of prov5/goteborg-heden, the text's full name of the plan) or out of a
        # sentence ('ny plan för …' of 'Vi har … tagit fram förslag på en ny plan för …', missiv/s-jonkoping
        # in the PDF layouts) it knows nothing of: that stays.
        cut = any(framed_cut(regel, k.text) for k, _ in bedomning.kandidater)
        return best[0] if cut and best[1] >= FYLL and may_replace_unmade(regel, best[0].text) else None
    q = bedomning.sannolikhet(regel)
    if q > OSANNOLIK or best[1] - q < FORSPRANG or _key(regel) == _key(best[0].text):
        return None
    return None if rules_name_more(regel, best[0].text) else best[0]


def _covers(kandidat: Kandidat, rad: Line) -> bool:
    """Return True when the candidate's lines hold `rad` (same page, its number within the candidate's)."""
    first = kandidat.line
    if first.page != rad.page:
        return False
    return first.number <= rad.number < first.number + max(kandidat.rader, 1)


def _statement_subject(kandidat: Kandidat) -> bool:
    """Return True for a stretch that is only the subject opening a statement on its line ('Detaljplanen' of
    'Detaljplanen är utställd för granskning mellan den 29 november 2019 …', layout38): the plan the sentence
    speaks of, no name; a layout whose paragraph is one line makes it as likely as a heading."""
    line = kandidat.line.text.strip()
    return (kandidat.satt == "del" and kandidat.rader == 1 and len(kandidat.text.split()) == 1
            and line.startswith(kandidat.text.strip()) and STATEMENT.match(line) is not None
            and len(line.split()) >= STATEMENT_WORDS)


def framed_cut(regel: str, text: str) -> bool:
    """Given the rules' title and a candidate's text, return True when the rules' is the candidate's rest
    after a frame: every word before it a procedure's, a call's, a label's or a frame's word of
    titel.toml [arende], or a number, and one of them a marker (a procedure, a call, an address:
    'Förlängd samrådstid' before 'till 14 oktober 2018 - Översiktsplan för …', 'UNDERRÄTTELSE om Samråd'
    before '- standardförfarande - …'); not a sentence's part ('Vi har … tagit fram förslag på en', nor
    its stretch's article 'en')."""
    r, t = _key(regel), _key(text)
    index = t.find(r) if r else -1
    return _only_frame(re.findall(r"\w[\w-]*", t[:index]) if index > 0 else [])


def _only_frame(words: list[str]) -> bool:
    """Return True when every word is a frame's word of titel.toml [arende] (a procedure's, a call's, a
    label's, a number) and one of them a marker (a procedure, a call, an address): the words around a matter
    that only frame it (`framed_cut`, `_framed_in_rules`)."""
    from remiss.extract.core import _frame_words

    _, marker, frame = _frame_words()
    return any(marker.match(w) for w in words) and all(frame.match(w) for w in words)


def may_replace_unmade(regel: str, modell: str) -> bool:
    """Given a rules' title the model cannot make (no candidate) and the model's, return True when the
    model's may replace it: not the same matter in other words (`same_matter`), not the rules' beginning cut
    (`_cut_of`), and the rules' names no more (`rules_name_more`)."""
    return not (same_matter(regel, modell) or _cut_of(regel, modell) or rules_name_more(regel, modell))


def _cut_of(regel: str, modell: str) -> bool:
    """Given the rules' title and the model's, return True when the model's is the rules' beginning and the
    rules' goes on with more than the procedure or frame their own cleaners strip ('förslag till föreskrifter
    om ändring i Läkemedelsverkets' of '… Läkemedelsverkets föreskrifter (HSLF-FS 2016:34) om …': a line end
    cut the model's)."""
    from remiss.extract.core import frame_stripped, procedure_frame_stripped

    r, m = _key(regel), _key(modell)
    return r.startswith(m) and r != m and _key(frame_stripped(procedure_frame_stripped(regel))) != m


# the words that only say a matter is new or proposed ('Nytt förslag på översiktsplan', 'ny översiktsplan')
NEW_OR_PROPOSED = re.compile(r"^(?:ny|nya|nytt|förslag\w*|utkast\w*)$", re.IGNORECASE)


def same_matter(regel: str, modell: str) -> bool:
    """Given the rules' title and the model's, return True when they name the same matter in other words: the
    same words by their first letters once articles, small words and the words that only say it is new or
    proposed are left out ('ny översiktsplan' and 'Nytt förslag på översiktsplan', missiv/kalmar)."""
    def content(text: str) -> list[str]:
        words = re.findall(r"[\wåäöÅÄÖ-]+", text)
        return sorted(w.lower()[:STEM] for w in words
                      if w.lower() not in SMALL | ARTICLES and not NEW_OR_PROPOSED.match(w))

    ours = content(modell)
    return bool(ours) and ours == content(regel)


# a file list's or a link's text ('… Filer (klicka på respektive fil för att läsa som pdf)', 'Pdf, 133.9 kB')
# or a web page's navigation ('Skip to content Sök')
CHROME = re.compile(r"\bklicka\b|\bpdf\b|\b\d+(?:[.,]\d+)?\s*[kM]B\b|^(?:skip\s+to|hoppa\s+till)\b",
                    re.IGNORECASE)


# the deadline a call gives at its end ('Tyck till om detaljplan för Lägret senast 8/12', '… senast den 1
# mars')
DEADLINE_END = re.compile(r"\bsenast\s+(?:den\s+)?\d{1,2}(?:[./]\d{1,2}\.?(?:\d{2,4})?|\s+[a-zåäö]+\.?)"
                          r"(?:\s+\d{4})?\s*!?$", re.IGNORECASE)


# a statement about the matter, no name of it: a definite subject or a pronoun and its verb first ('Planen
# anger kommunernas viljeinriktning för vattenanvändningen …', missiv/karlskrona-havsplan-utstallning, facit
# null; 'Syftet är att …', 'Vi vill ha dina synpunkter på …'; titel28: no truth in the corpus starts so)
STATEMENT = re.compile(r"^(?:(?:Den|Det|De|Denna|Detta|Dessa|Vi|Man)|[A-ZÅÄÖ][a-zåäö]+(?:en|et|na|rna))\s+"
                       r"(?:[a-zåäö]+(?:ar|er|ir|or|är)|är|har|ska|skall|kan|vill|får|blir|måste)\s+\S")
STATEMENT_WORDS = 6  # a statement runs on; a short heading with a verb second is left to the model
# a stretch that starts with a conjunction is the rest of a heading whose first word was stripped ('och
# handlingar På webben' out of 'Utställning och handlingar' / 'På webben', prov21/karlstad-op2050-granskning-
# nyhet; titel28: no truth in the corpus starts so)
LEADING_CONJUNCTION = re.compile(r"^(?:och|samt|eller)\s", re.IGNORECASE)


def no_title(text: str) -> bool:
    """Given the model's candidate, return True when it is no title whatever the rules read: cut after a small
    word or a comma ('ny klimat- och energistrategi för'), a file list's, a link's or a web page's navigation
    text (CHROME), a call's deadline at its end ('… senast 8/12', titel27: no truth in the corpus has one),
    a whole question to the reader that names no document ('Vilken klimatpolitik bör vi ha de närmaste fyra
    åren?', as the rules read it, titel27), a statement with its subject and verb first ('Planen anger …',
    titel28), a stretch that starts with a conjunction ('och handlingar På webben', titel28), an interview's
    heading that names the people asked ('Hallå där NN, …'), a greeting or addressee line ('Till alla …',
    titel38) or a sub-heading on the procedure's next step or
    its contact ('Efter slutfört samråd', 'Kontakt'; titel30), a heading that names only the samråd
    ('Inbjudan till samråd'; titel32), a whole sentence with its full stop or the sender's stance after the
    remiss label ('Nyinkommen remiss – behov att …'; rest45), or one word that names no document
    ('Konsekvensutredning', 'Nyheter')."""
    from remiss.extract.core import (
        WHOLE_QUESTION,
        _frame_words,
        _one_word_document,
        greeting_heading,
        interview_heading,
        step_heading,
    )
    from remiss.extract.titel import stance_heading, statement_heading

    t = text.strip()
    if UNFINISHED.search(t) or CHROME.search(t) or DEADLINE_END.search(t):
        return True
    if STATEMENT.match(t) and len(t.split()) >= STATEMENT_WORDS or LEADING_CONJUNCTION.match(t):
        return True
    if WHOLE_QUESTION.match(t) and not _frame_words()[0].search(t):
        return True
    if interview_heading(t) or greeting_heading(t) or step_heading().match(t) or _samrad_only(t):
        return True
    if statement_heading(t) or stance_heading(t):  # (rest45) a whole sentence, a stance after the label
        return True
    return len(t.split()) == 1 and not _one_word_document(t.strip(" .:"))


def _samrad_only(text: str) -> bool:
    """Return True for a heading that names only a samråd or its meeting, nothing it is held on ('Inbjudan
    till samråd', 'Välkommen till samrådsmöte', 'Avgränsningssamråd'; titel32, prov30/kappala-miljotillstand-
    samrad: the model's 0,58 for 'Inbjudan till samråd' filled the title the rules left empty)."""
    from remiss.extract.core import SAMRAD_HEADING, clean_title, generic_heading

    cleaned = clean_title(text)
    return SAMRAD_HEADING.match(text) is not None and (not cleaned or generic_heading(cleaned))


# a line of a date and its label only ('Sammanträdesdatum: 2025-02-05', 'Publicerad 8 maj 2018')
DATE_LABEL = re.compile(r"^(?:(?:sammanträdes|besluts|publicerings)?datum|publicerad|uppdaterad|den|senast)$",
                        re.IGNORECASE)


# (titel29) a letterhead's or contact box's line: a telephone number with or without its label ('Telefon:
# 0225-55000', 'Tel 0123-456 78', '072-588 50 58', '+46 8 123 45 67'), an e-mail address, a postal code with
# its town ('783 30 Säter') or a box ('Box 100'), or an address's label ('Besöksadress: Rådhuset, Säter')
CONTACT = re.compile(
    r"\b(?:tel(?:efon)?(?:nummer|nr)?|tfn|mobil(?:nummer)?|växel(?:n)?|fax)\b\.?\s*:?\s*(?:\+|\d)"
    r"|(?:\+46\s?|(?<![\w/:.-])0)\d{1,3}(?:\s*[-–]\s*|\s+|/)\d[\d\s-]{3,10}\d\b"
    r"|[\w.+-]+@[\w-]+\.[\w.-]+"
    r"|(?<![\w/:.-])\d{3}\s?\d{2}\s+(?-i:[A-ZÅÄÖ])[\wåäöÅÄÖ-]+|\bbox\s+\d+"
    r"|\b(?:besöks|post|gatu)?adress\s*:",
    re.IGNORECASE,
)


def never_title(text: str, avsandare: str | None = None) -> bool:
    """Given a candidate title and the sender read (or None), return True for a line that is never a title,
    however large the letterhead sets it: the sender's name, or part of it ('Göteborgs Stad' of 'Göteborgs
    Stad, Kommunstyrelsen'), an organisation's name alone ('Umeå kommun', 'Vattenfall Eldistribution AB',
    'Kommunstyrelsen'; not a document it owns, 'Region Blekinges Länstransportplan'), a date with its
    label ('Sammanträdesdatum: 2025-02-05'), or a line with a telephone number, an e-mail address or a postal
    address (CONTACT: a Word letterhead's 'Säters kommun Telefon: 0225-55000', titel29), or a section's
    heading on the plan's purpose or the procedure's course ('Detaljplanens syfte och innehåll',
    'Planprocessen', titel.toml [syftesrubrik] and [processrubrik], session 35), or a person's name with a
    role after its comma, a photo's caption or a byline ('Lena Hellberg, projektledare för …', titel42:
    prov40/vasyd-regional-avloppsrening-samradsinbjudan in the rk and tabell layouts)."""
    from remiss.extract.core import _org_name, aspect_heading, process_heading

    if CONTACT.search(text) or aspect_heading(text) or process_heading(text) or _captioned_person(text):
        return True
    key = _key(text)
    if avsandare and key in {_key(part) for part in [avsandare, *avsandare.split(",")] if part.strip()}:
        return True
    toks = TOKEN.findall(text.lower())
    if _org_name(text.strip()) and "slag" not in _text_features(text, toks):
        return True
    rest = [w for w in re.split(r"[\s:,.–-]+", YEAR.sub(" ", DATE.sub(" ", text))) if w]
    return DATE.search(text) is not None and all(DATE_LABEL.match(w) for w in rest)


def _captioned_person(text: str) -> bool:
    """Return True for a person's name, a comma and a role in lower case after it ('Lena Hellberg,
    projektledare för …', 'Anna Berg, planarkitekt'): who a caption or a byline shows, no document."""
    from remiss.extract.personer import is_person

    name, comma, role = text.strip().partition(",")
    return bool(comma) and role.strip()[:1].islower() and 2 <= len(name.split()) <= 3 and is_person(name)


# (a code with its number goes on the name too: 'detaljplan för Ny skola F-6, Filipstad'; and a plan's area
# after a comma, a part or a property with its number: '…, del av Kallax 13:5 samt …', '…, Kallax 13:23')
QUALIFIER = re.compile(r"^[\s,–-]*(?:(?:för|i|och|samt|inom|vid|mellan|med|del\s+av)\b|\d|[a-zåäö]{1,3}-?\d"
                       r"|[\wåäö-]+\s+\d+:\d+"
                       # (rapport39: an act's number in brackets, its name going on: 'och förordningen' /
                       # '(1994:1808) om behöriga myndigheter …', a heading's line end)
                       r"|\((?:SFS|SOU|Ds)?\s*(?:19|20)\d{2}:\d+\))", re.IGNORECASE)
UNFINISHED = re.compile(r"(?:,|\b(?:och|samt|eller|av|för|till|om|i|på|med|vid))\s*$", re.IGNORECASE)
NAME = re.compile(r"(?<=\s)[A-ZÅÄÖ][\wåäöÅÄÖ-]{3,}")
# a year alone or in a span of years ('2022-2033', '2022–2033'), not in a date or a number ('2022-03-15',
# '2015-231')
YEAR_WORD = re.compile(r"(?<![\d/:.])(?:(?<!\d-)|(?<=(?:19|20)\d\d-))(?:19|20)\d{2}(?![\d/:.]\d)"
                       r"(?!-(?!(?:19|20)\d{2}(?![\d/:.-]\d))\d)")
# a date alone after the rules' title: the page's date line, no qualifier ('26.04.2021', '3 maj 2021'), also
# with its time ('12.11.2021 10:01')
DATE_AFTER = re.compile(r"^[\s,–-]*(?:den\s+)?(?:\d{1,2}\.\d{1,2}\.(?:(?:19|20)?\d{2})?"
                        r"|(?:19|20)\d{2}-\d{2}-\d{2}|\d{1,2}\s+(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)"
                        r"[a-zå]*(?:\s+(?:19|20)\d{2})?)"
                        # (titel26: with the time of day, '12.11.2021 10:01', a notice page's published line)
                        r"(?:\s+(?:kl\.?\s*)?\d{1,2}[:.]\d{2})?\s*$", re.IGNORECASE)
STEM = 6
SMALL = frozenset("till om av för på i och med vid".split())


def rules_name_more(regel: str, modell: str) -> bool:
    """Given the rules' title and the model's, return True when the rules' names the matter better in a way
    the model, scoring lines and their parts one by one, cannot weigh: the model's is the rules' beginning
    without its qualifier ('Kulturplan' of 'Kulturplan för Västernorrland 2023-2026') or cut at a comma, the
    rules' with a word of the next line ('… Södra Lappland Inbjudan') or with the frame the rules stripped
    ('Promemoria om otillåten avfallstransport', 'Remissmöte om …'), the rules' words with some left out
    ('Region Blekinges Länstransportplan'), a part of a matter the rules read out of a sentence
    ('dammsäkerhetshöjande åtgärder vid Brududdens vattenkraftverk'), a reading without the name the rules'
    has ('Förslag till nya naturreservat' for 'Naturreservatet Heråmaden i Dals-Eds kommun') or its year
    ('Lidingös nya översiktsplan' for 'Översiktsplan 2050 för Lidingö stad') or with an owner it has not
    ('Örebro kommuns …'), a heading that names no matter ('Inbjudan att lämna synpunkter') or one word that
    names no document ('Publicerings')."""
    from remiss.extract.core import (
        OWNER_OF_MATTER,
        PLACE_FUTURE,
        _one_word_document,
        clean_title,
        generic_heading,
    )
    from remiss.extract.titel import holds_as_apposition

    r, m = _key(regel), _key(modell)
    if len(modell.split()) == 1 and not _one_word_document(modell.strip(" .:")):
        return True
    if holds_as_apposition(regel, modell):
        return False  # the rules' is a description with the model's as its apposition: the document's own
        # name ('Ett förslag till ny kommunvision, Vision 2030,' and 'Vision 2030', titel28)
    if _framed_in_rules(regel, modell):
        return False  # the rules' title is the model's in a frame the rules did not strip ('Vi vill ha
        # dina synpunkter på den nya översiktsplanen!', 'Inbjudan till samråd: Degerfors Energi- och …')
    bare = PROPOSAL_BEFORE.sub("", m)  # ('förslag till' before it names no more)
    if any(r.startswith(x) and r[len(x):].startswith(",") for x in (m, bare)):
        return True  # the rules' goes on after a comma: a place, a part or a code ('…, Logistik Bålsta')
    if _bare_kind(modell) and len(regel.split()) >= 3 and not _names_kind(regel):
        return True  # a kind alone ('nya folkhälsopolicyn') for the policy's own name
    if _same_words(PROPOSAL_BEFORE.sub("", regel), modell):
        return True  # the rules' is the model's with 'Förslag till' (README: it stays) ('idrottspolitiska
        # program' for 'Förslag till idrottspolitiskt program')
    if _furniture_before(regel, modell):
        return True
    if generic_heading(modell) or clean_title(modell) != modell.strip():
        return True
    if PLACE_FUTURE.match(modell.strip()):
        return True  # a place's development under a call ('Huddinges utveckling'), no document (kalla37)
    if OWNER_OF_MATTER.match(modell) and not OWNER_OF_MATTER.search(regel):
        return True
    if _same_words(regel, modell):
        return True  # the same matter in another form ('den nya avfallsplanen', 'ny avfallsplan'): the rules'
    if r.startswith(m):
        return (QUALIFIER.match(r[len(m):]) is not None or UNFINISHED.search(modell) is not None
                or _wrapped_on(regel, modell) or _named_after_kind(regel, modell))
    if m.startswith(r):
        if DATE_AFTER.match(m[len(r):]):
            return True  # the rules' with the page's date line joined ('… delgeneralplan' / '26.04.2021')
        return QUALIFIER.match(m[len(r):]) is None
    if r in m:
        return not _kind_named_fuller(regel, modell)
    if m in r:
        return regel[:1].islower() or _head_cut(regel, m)
    words = set(re.findall(r"\w[\w-]*", m)) - SMALL  # a small word more is no more ('förslag till …')
    if words and words <= set(re.findall(r"\w[\w-]*", r)):
        return True
    if _kind_spelt_out(regel, modell):
        return True
    if set(YEAR_WORD.findall(r)) - set(YEAR_WORD.findall(m)):
        return True
    if _holds_by_stem(regel, modell):
        return True
    stems = {w[:STEM] for w in re.findall(r"\w[\w-]*", m)}
    return any(name.lower()[:STEM] not in stems for name in NAME.findall(regel))


def _framed_in_rules(regel: str, modell: str) -> bool:
    """Given the rules' title and the model's, return True when the rules' is the model's with only a frame
    around it that the rules did not strip: the words before and after it are all frame words of titel.toml
    [arende] (a call, an address to the reader, a procedure, a time) with at least one marker ('Vi vill ha
    dina synpunkter på' before 'den nya översiktsplanen!', 'Inbjudan till samråd:' before 'Degerfors Energi-
    och klimatprogram'), or a label before a dash or a colon (titel.toml [etikett], 'Planering – Utbyggnad
    E4'). The frame is recognised by its words, not by a pattern per wording, so a sender's new wording of a
    known frame still counts. The model's must name a document's kind or be the label's rest: the frame
    around a bare word is no matter's frame."""
    from remiss.extract.core import answer_stripped
    from remiss.extract.etikett import label_stripped

    r, m = _key(regel), _key(modell)
    if m and m != r and _key(answer_stripped(regel)) == m:
        return True  # an answer word before the matter ('Respons på översiktsplanen', titel25; the matter
        # names a document's kind, more than the kind alone, as answer_stripped asks)
    if not m or m == r or len(m.split()) < 2:
        return False
    if _key(label_stripped(regel)) == m:
        return True
    index = r.find(m)
    if index < 0 or not _names_kind(modell):
        return False
    words = re.findall(r"\w[\w-]*", f"{r[:index]} {r[index + len(m):]}")
    return _only_frame(words) and (index == 0 or not r[index - 1].isalnum())


def _kind_named_fuller(regel: str, modell: str) -> bool:
    """Given the rules' title, a document's kind alone ('översiktsplan'), and the model's that holds it,
    return True when the model's names the same document more fully and holds no frame: a proposal, a
    qualifier, a name, a year or a 'för/i/över …' around the kind, no address, call or procedure ('förslag
    till ny översiktsplan för Härryda kommun', prov13/harryda-op-samrad-kungorelse's first run)."""
    from remiss.extract.core import _frame_words

    if not _bare_kind(regel):
        return False
    r = _key(regel)
    index = modell.casefold().find(r)  # (in the model's own text: its capitals mark a name)
    if index < 0:
        return False
    _, marker, _ = _frame_words()
    rest = re.findall(r"\w[\w-]*", modell[:index] + " " + modell[index + len(r):])
    if not rest or any(marker.match(w) for w in rest):
        return False
    return any(w[:1].isupper() or w[:1].isdigit() or w.lower() in COMPLEMENT for w in rest)


# what a kind's complement opens with ('för Härryda kommun')
COMPLEMENT = frozenset({"för", "i", "över", "inom"})
ARTICLES = frozenset({"den", "det", "de", "en", "ett"})
# a document's kind alone with its article, 'ny' or an owner's word ('nya folkhälsopolicyn', 'den nya planen')
BARE_KIND = re.compile(r"^(?:(?:den|det|de|nya|ny|nytt|kommunens)\s+)*[\wåäö-]+$", re.IGNORECASE)


def _names_kind(text: str) -> bool:
    """Return True when the text names a document's kind as the positive reading does (`remiss.arende`)."""
    from remiss import arende

    return bool(arende.treffar(arende.tokens(text.rstrip("…"))))


PROPOSAL_BEFORE = re.compile(r"^\s*förslag(?:et)?\s+(?:till|på)\s+", re.IGNORECASE)
WORD = re.compile(r"[\wåäöÅÄÖ:-]+")


def _kind_spelt_out(regel: str, modell: str) -> bool:
    """Given the rules' title and the model's, return True when the rules' names no document's kind and the
    model's words but its kind are a name or a number all in the rules' ('detaljplan 157 Södra Näs' for 'Dp
    157 Södra Näs planändring'): the same plan with its kind spelt out names no more."""
    if _names_kind(regel):
        return False
    rest = [w for w in WORD.findall(modell) if w.lower() not in SMALL and not _names_kind(w)]
    named = any(w[:1].isupper() or w[:1].isdigit() for w in rest)
    return named and {w.lower() for w in rest} <= {w.lower() for w in WORD.findall(regel)}


def _bare_kind(text: str) -> bool:
    """Return True for a document's kind alone ('nya folkhälsopolicyn'): no name, year or complement."""
    return BARE_KIND.match(text.strip()) is not None and _names_kind(text)


def _head_cut(regel: str, m: str) -> bool:
    """Given the rules' title and the model's key, a part inside it, return True when what goes before the
    model's part in the rules' is no frame the rules' own cleaners strip but the matter's head: the model cut
    'Det nödvändiga ska vara tillåtet – en lag om' off 'internationellt hälso- och sjukvårdssamarbete'. A
    procedure or a call before it ('Samråd om detaljplan …') is stripped, and the model's part may win."""
    from remiss.extract.core import frame_stripped, procedure_frame_stripped

    kept = _key(frame_stripped(procedure_frame_stripped(regel)))
    return m in kept and not kept.startswith(m)


def _same_words(regel: str, modell: str) -> bool:
    """Given the rules' title and the model's, return True when they are the same words in another form: the
    article, the definite ending or the adjective's ending alone differ ('Samråd för den nya avfallsplanen'
    and the text's 'ny avfallsplan', which the model took in some layouts and not in others), or a hyphen
    spelt as a space ('Bärstad-Smörsoppsvägen' and the text's 'Bärstad Smörsoppsvägen')."""
    def stems(text: str) -> list[str]:
        words = [w.lower() for w in re.findall(r"[\wåäöÅÄÖ]+", text) if w.lower() not in ARTICLES]
        return sorted(w[:4] if len(w) >= 4 else w[:2] for w in words)

    ours, theirs = stems(modell), stems(regel)
    return bool(ours) and ours == theirs and _key(regel) != _key(modell)


def _furniture_before(regel: str, modell: str) -> bool:
    """Given the rules' title and the model's, return True when the model's is a letter's or page's field
    line that names no matter joined to the rules' title or its beginning ('Dm Enligt sändlista' over
    'Konsekvensutredning och förslag till nya föreskrifter …' where another layout sets the letterhead's
    fields as a line of their own right over the heading): the field is no part of the matter."""
    from remiss.extract.core import generic_heading

    words, r = modell.split(), _key(regel)
    for k in range(1, min(FURNITURE_WORDS, len(words) - 1) + 1):
        rest = _key(" ".join(words[k:]))
        head = " ".join(words[:k])
        qualifies = any(w.lower() in QUALIFYING for w in words[:k])  # 'Förslag till …' names the matter
        if generic_heading(head) and not qualifies and rest and (r.startswith(rest) or rest.startswith(r)):
            return True
    return False


FURNITURE_WORDS = 4  # the most words of a field line before the heading ('Remiss Dnr Enligt sändlista')
# words a page's generic heading shares with a matter's name, where they qualify it ('Förslag till nytt …')
QUALIFYING = frozenset("förslag förslaget utkast utkastet till om på ny nytt nya omarbetad reviderad".split())


def _wrapped_on(regel: str, modell: str) -> bool:
    """Given the rules' title and the model's, its beginning, return True when the rules' goes on in lower
    case with words their own cleaners keep: a heading wrapped over a line end that the rules joined and the
    model cut ('… riktlinje för arbetet med mänskliga' / 'rättigheter och likvärdig service'), not a
    procedure or a call after the matter ('Översiktsplanen ute på granskning')."""
    from remiss.extract.core import frame_stripped, procedure_frame_stripped

    rest = regel.split()[len(modell.split()):]
    if not rest or not rest[0][:1].islower():
        return False
    if not _no_procedure(rest):
        return False  # 'framlagd till påseende 25.01-03.03.2023', 'ute på granskning'
    kept = _key(frame_stripped(procedure_frame_stripped(regel)))
    return kept.startswith(_key(modell)) and len(kept) > len(_key(modell))


def _named_after_kind(regel: str, modell: str) -> bool:
    """Given the rules' title and the model's, its beginning, return True when the model's ends in an owner's
    word for a document's kind and the rules' goes on with that document's name in capitals: the heading
    wrapped after the kind ('Jordbruksverkets och Livsmedelsverkets rapport' / 'Reglering av veterinärpersonal
    med mera vid höjd beredskap', rapport40). A procedure, a call or a date after it is no name."""
    words = modell.split()
    rest = regel.split()[len(words):]
    if len(words) < 2 or not rest or not rest[0][:1].isupper() or not words[-1].lower().endswith(KIND_ENDS):
        return False
    return _no_procedure(rest)


def _no_procedure(words: list[str]) -> bool:
    """Given the words after a title, return True when none is a procedure word of titel.toml's
    forfarande_ram, a date or a number: they go on naming the matter."""
    from remiss.extract.core import _procedure_or_date, _titel_modell

    ram = _titel_modell()["forfarande_ram"]
    procedure = {w for key in ("efter", "efter_med_mal", "mal", "borjar") for phrase in ram[key]
                 for w in phrase.split()}
    return not any(_procedure_or_date(w) or w.lower() in procedure or re.search(r"\d", w) for w in words)


# small words that bind a name's parts ('till', 'över' and others are titel.toml's ramord)
LINKS = frozenset("inom från mellan samt eller under efter genom utan andra".split())
# what a proposal is called around the matter ('Förslag till detaljplan …'): no word of the matter's name
PROPOSAL_WORD = re.compile(r"^(?:förslag|utkast|remissversion|remissutgåva)\w*$", re.IGNORECASE)


def _holds_by_stem(regel: str, modell: str) -> bool:
    """Given the rules' title and the model's, return True when the rules' holds every word of the model's
    by its first letters and names more besides, as the rules ask of a document a notice names under its
    loose heading (`extract.core._named_document`: 'Riktlinjer för bidrag till föreningslivet inom kultur och
    fritid' under 'Tyck till om nya riktlinjer för föreningsbidraget'); a procedure, a date or what a proposal
    is called ('Förslag till …') is no more."""
    from remiss.extract.core import _frame_words, _procedure_or_date

    def words(text: str) -> list[str]:
        return [w.lower() for w in re.findall(r"[\wåäöÅÄÖ-]{4,}", text)
                if not _procedure_or_date(w) and not PROPOSAL_WORD.match(w) and not _frame_words()[2].match(w)
                and w.lower() not in LINKS]

    ours, theirs = words(modell), words(regel)
    held = ours and all(any(w[:4] == x[:4] for x in theirs) for w in ours)
    return bool(held) and any(x[:STEM] not in {w[:STEM] for w in ours} for x in theirs)
