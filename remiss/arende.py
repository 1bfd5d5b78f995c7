"""A positive reading of the remitted matter: the noun phrase built round a document's kind.

The title rules strip what stands around the matter (a call, a procedure, a time, a page's label). This
reads the matter itself: a document's kind ('plan', 'program', 'strategi', 'föreskrifter', 'naturreservat', a
report number 'SOU 2018:54' …) with what qualifies it before ('förslag till', 'ny', 'den nya', an owner or a
name) and after (a year, a name, 'för/i/över …'), taken from the page's headings first (the phrase that names
most, then the largest heading), then from a sentence that sends the matter out (remiss, samråd, granskning,
synpunkter …), then from the other opening text. Vocabulary: modeller/arende_fras.toml. The title model
(`remiss.titelmodell`) marks the candidates the reading found (titel21: leave one held-out set out, the model
alone 75 → 82 of 121, the rules and the model 43 → 68 of 104 first-run titles, none made wrong;
`tests/korpus/studie_arende.py`, which also runs the same reading on spaCy's tokens and Matcher).

Tokens are words as `spacy.blank("sv")` splits them (a hyphen or a colon inside a word or number stays, a
trailing hyphen stays, 'm.fl.' is one token), made here by a pattern so that `tolka` does not load spaCy.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from remiss.domain import Line

RADER = 40  # the opening lines read
RUBRIKRADER = 15  # the lines a heading may stand on
SEND = re.compile(r"\b(?:remiss\w*|samråd\w*|gransk\w*|utställ\w*|synpunkt\w*|yttra\w*|yttrande\w*|"
                  r"tyck\w*\s+till|påverka|remitter\w*|kungör\w*|inbjud\w*)", re.IGNORECASE)
YEAR = re.compile(r"^(?:19|20)\d{2}(?:\s*[-–/]\s*(?:19|20)?\d{2})?$")
NUMBER = re.compile(r"^\d+(?::\d+)?[a-zA-Z]?$|^[A-ZÅÄÖ]{1,3}\d+$")
# the abbreviations that keep their stops ('m.fl.', 'dir.'), then numbers with a colon or a dash, words with
# an inner hyphen or colon and a trailing hyphen ('Vatten-' of 'Vatten- och avloppsplan'), then any one sign
TOKEN = re.compile(
    r"(?:https?://|www\.)\S*[\w/]|[\w.-]+@[\w.-]+\w|[\w-]+(?:/[\w-]+){2,}/?"  # an address or a path
    r"|\d+(?:\.\d+)+(?![\wåäö])"  # a date or a number with stops ('10.9.2018')
    r"|(?:m\.fl\.|m\.m\.|t\.ex\.|bl\.a\.|s\.k\.|dir\.|Dir\.|prop\.|bet\.|kap\.|nr\.)(?!\w)"
    r"|\d+(?:[:/–-]\d+)*[a-zA-ZåäöÅÄÖ]?(?![\wåäöÅÄÖ])"
    r"|[^\W\d_](?:[\w]|[-:](?=[\w]))*-?"
    r"|[\w]+"
    r"|\S"
)


@dataclass(frozen=True)
class Tok:
    """One token: its text, as a spaCy token gives it (`text`, `is_punct`, `is_alpha`)."""

    text: str

    @property
    def is_punct(self) -> bool:
        return not any(c.isalnum() for c in self.text)

    @property
    def is_alpha(self) -> bool:
        return self.text.isalpha()


@dataclass
class Fras:
    """One phrase the reading found: its text, where (0 heading, 1 sending sentence, 2 other text), the
    heading's rank by size (0 largest), its place in the text and what it names beyond the kind."""

    text: str
    kalla: int
    rang: int
    plats: int
    mer: int
    slag: str = ""
    delar: frozenset[str] = field(default_factory=frozenset)


def tokens(text: str) -> list[Tok]:
    """Return the text's tokens."""
    return [Tok(t) for t in TOKEN.findall(text)]


@functools.cache
def _fras() -> dict[str, Any]:
    from remiss.modelldata import modell_toml

    return modell_toml("arende_fras.toml")


@functools.cache
def _kind() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str], frozenset[str], frozenset[str]]:
    slag = _fras()["slag"]
    led = "|".join(re.escape(s) for s in sorted(slag["led"], key=len, reverse=True))
    andelser = "|".join(re.escape(a) for a in sorted(slag["andelser"], key=len, reverse=True) if a)
    kind = re.compile(rf"^[\wåäöéü-]*?(?:{led})(?:{andelser})?$")
    projekt = "|".join(re.escape(s) for s in slag["projekt"])
    project = re.compile(rf"^[\wåäö-]*?(?:{projekt})(?:en|et|n|ar|arna|er|erna)?$")
    return (kind, project, frozenset(slag["inte"]), frozenset(slag["ord"]), frozenset(slag["rapport"]))


def ar_slag(word: str) -> bool:
    """Return True when a word (lower case) is a document's or a project's kind, or ends in one ('detaljplan',
    'bergtäkt'; modeller/arende_fras.toml [slag]), not one of the words that only
    end like one ('förslag', 'planering')."""
    kind, project, inte, _, _ = _kind()
    return word not in inte and bool(kind.match(word) or project.match(word))


def treffar(doc: Sequence[Any]) -> list[tuple[str, int, int]]:
    """Return the kinds ('SLAG') and report numbers ('RAPPORT') in the tokens: (label, start, end), as spaCy's
    Matcher with the study's patterns gives them."""
    kind, project, inte, ord_, rapport = _kind()
    out = []
    for i, tok in enumerate(doc):
        low = tok.text.lower()
        if low not in inte and (kind.match(low) or project.match(low)) or low in ord_:
            out.append(("SLAG", i, i + 1))
        if tok.text in rapport and i + 1 < len(doc) and re.match(r"^\d{4}:\d+$", doc[i + 1].text):
            out.append(("RAPPORT", i, i + 2))
    return out


def _span(doc: Sequence[Any], start: int, end: int, text: str) -> str:
    """Return the text of tokens start..end as they stand in text (spaces kept)."""
    if start >= end:
        return ""
    words = [re.escape(t.text) for t in doc[start:end]]
    match = re.search(r"\s*".join(words), text)
    return match.group(0) if match else " ".join(t.text for t in doc[start:end])


def _is_name(tok: Any) -> bool:
    t = tok.text
    fras = _fras()
    if SEND.match(t) or t.lower() in fras["efter"]["stopp"]:
        return False  # the procedure's or the call's word ('Granskning', 'KUNGÖRELSE', 'Synpunkter')
    return t[:1].isupper() and t not in fras["fore"]["inte_namn"] and not t.isupper() or (
        t.isupper() and len(t) >= 2 and t.isalpha() and t not in fras["slag"]["rapport"])


def _adjective(word: str) -> bool:
    fore = _fras()["fore"]
    w = word.lower()
    return w in fore["bestamning"] or (len(w) > 5 and w.endswith(tuple(fore["adjektivslut"])))


def _left(doc: Sequence[Any], k: int) -> tuple[int, set[str]]:
    """Return where the phrase round the kind at token k begins, and what it has before the kind."""
    fore = _fras()["fore"]
    i, delar = k, set[str]()
    while i > 0:
        prev = doc[i - 1]
        low = prev.text.lower()
        if prev.text.endswith("-") and len(prev.text) > 2:  # 'Vatten-' of 'Vatten- och avloppsplan'
            i -= 1
            continue
        if low in ("och", "samt") and i >= 2 and doc[i - 2].text.endswith("-"):
            i -= 1
            continue
        if _adjective(prev.text):
            i, delar = i - 1, delar | {"bestamning"}
            continue
        if low in fore["artikel"] and i < k and _adjective(doc[i].text):
            i -= 1
            continue
        if low in fore["agare"] or (prev.text[:1].isupper() and low.endswith("s") and _is_name(prev)):
            i, delar = i - 1, delar | {"agare"}
            continue
        if _is_name(prev) and not prev.is_punct:
            i, delar = i - 1, delar | {"namn"}
            continue
        if low in fore["forslag_prep"] and i >= 2 and doc[i - 2].text.lower() in fore["forslag"]:
            i, delar = i - 2, delar | {"forslag"}
            continue
        if low == "om" and i >= 2 and doc[i - 2].text.lower() in fore["beslut"]:
            i -= 2
            continue
        if (low in fore["nominal_prep"] and i >= 2 and doc[i - 2].is_alpha
                and doc[i - 2].text.lower().endswith(tuple(fore["nominal_slut"]))
                and len(doc[i - 2].text) > 5 and not SEND.match(doc[i - 2].text)):
            i, delar = i - 2, delar | {"nominal"}
            continue
        break
    return i, delar


def _parenthesis_end(doc: Sequence[Any], j: int) -> int | None:
    """Return the index after a short parenthesis opening at j, or None."""
    return next((x + 1 for x in range(j + 1, min(len(doc), j + 8)) if doc[x].text == ")"), None)


def _right(doc: Sequence[Any], k: int) -> tuple[int, set[str]]:
    """Return where the phrase round the kind at token k ends (exclusive), and what it has after the kind."""
    efter = _fras()["efter"]
    stopp, prep, slut = set(efter["stopp"]), set(efter["prep"]), set(efter["sluttecken"])
    j, delar, n = k + 1, set[str](), len(doc)
    # a year, a number, a name or a short parenthesis right after the kind
    while j < n:
        tok = doc[j]
        if YEAR.match(tok.text):
            j, delar = j + 1, delar | {"ar"}
        elif NUMBER.match(tok.text) and j == k + 1:
            j, delar = j + 1, delar | {"nummer"}  # 'etapplandskapsplan 5'
        elif tok.text == "m.fl." and j > k + 1:
            j += 1
        elif _is_name(tok) and tok.text.lower() not in stopp:
            j, delar = j + 1, delar | {"namn"}
        elif tok.text.lower() in ("kommun", "stad", "län", "region") and "namn" in delar:
            j += 1
        elif tok.text == "(":
            close = _parenthesis_end(doc, j)
            if close is None:
                break
            j, delar = close, delar | {"parentes"}
        else:
            break
    # complements: 'för Vännäs kommun', 'i Uppvidinge kommun', 'över Sulfitenområdet'
    ord_ = 0
    while j < n and doc[j].text.lower() in prep and ord_ < efter["max_ord"]:
        start = j
        j += 1
        inne = 0
        while j < n and ord_ < efter["max_ord"]:
            tok = doc[j]
            low = tok.text.lower()
            if tok.text in slut or low in stopp:
                break
            if tok.text == ",":
                nxt = doc[j + 1] if j + 1 < n else None
                # a comma goes on to a part or a property ('…, del av Kallax 13:5', '6:38, 3:34 m.fl.')
                if nxt is not None and (nxt.text.lower() == "del" or NUMBER.match(nxt.text)):
                    j += 1
                    continue
                break
            if low == "och" and j + 1 < n and doc[j + 1].text.lower() in stopp:
                break
            if tok.text == "(":
                close = _parenthesis_end(doc, j)
                if close is None:
                    break
                j = close
                continue
            if low in prep and inne == 0:
                break
            j, inne, ord_ = j + 1, inne + 1, ord_ + 1
        if inne == 0:
            j = start
            break
        delar |= {"prep"}
    # a complement cut at a small word is no name: drop a dangling end
    while j > k + 1 and doc[j - 1].text.lower() in prep | {"och", ",", "samt"}:
        j -= 1
    return j, delar


def _label(doc: Sequence[Any], j: int) -> bool:
    """True at a field's label that ends a heading run on ('… Diarienummer: Fi2025/01067')."""
    return doc[j].text.lower() in ("diarienummer", "dnr", "publicerad", "uppdaterad") or (
        j + 1 < len(doc) and doc[j + 1].text == ":" and doc[j].text[:1].isupper())


Tokenizer = Callable[[str], tuple[Sequence[Any], list[tuple[str, int, int]]]]


def _own(text: str) -> tuple[Sequence[Any], list[tuple[str, int, int]]]:
    doc = tokens(text)
    return doc, treffar(doc)


def fraser(text: str, kalla: int, rang: int, plats: int, tokenizer: Tokenizer = _own) -> list[Fras]:
    """Return the matter phrases in one text (a heading or a sentence)."""
    doc, hits = tokenizer(text)
    fras = _fras()
    out = []
    for label, start, end in hits:
        if label == "RAPPORT":
            # the report's number and its name to the line's or the sentence's end
            j = end
            while j < len(doc) and doc[j].text not in (".", "!", "?", "|"):
                j += 1
            out.append(Fras(_span(doc, start, j, text).strip(" ,;:–-"), kalla, rang, plats, 3, "rapport",
                            frozenset({"rapport"})))
            continue
        if doc[start].text.lower().startswith(tuple(fras["slag"]["ram"])) and start + 1 < len(doc) \
                and doc[start + 1].text[:1].isupper():
            # 'promemorian Sänkt skatt för företag': the kind is the frame, its name is the matter, to the end
            j = start + 1
            while j < len(doc) and doc[j].text not in (".", "!", "?", "|") and not _label(doc, j):
                j += 1
            out.append(Fras(_span(doc, start + 1, j, text).strip(" ,;:–-"), kalla, rang, plats, 3, "ram",
                            frozenset({"namn"})))
            continue
        i, fore = _left(doc, start)
        j, efter = _right(doc, start)
        delar = frozenset(fore | efter)
        out.append(Fras(_span(doc, i, j, text).strip(" ,;:–-"), kalla, rang, plats, len(delar),
                        doc[start].text.lower(), delar))
    return [f for f in out if f.text]


def rubriker(lines: Sequence[Line]) -> list[tuple[int, Line]]:
    """Return the page's heading lines among the opening ones, largest first: set larger, or bold beside a
    body of another weight, short, not a sentence; a heading wrapped over lines in the same type is one."""
    from remiss.layout import body_size

    body = body_size(list(lines[:80])) or 0.0
    out = []
    for index, line in enumerate(lines[:RUBRIKRADER]):
        text = line.text.strip()
        if not text or len(text.split()) > 20 or re.search(r"[.]\s+\S", text):
            continue
        larger = bool(body and line.size and line.size >= body * 1.12)
        if larger or (line.bold and not all(x.bold for x in lines[:RADER])):
            out.append((index, line))
    joined: list[tuple[int, Line, int]] = []  # (index, line with the joined text, lines it spans)
    for index, line in out:
        if joined:
            last_index, last, rows = joined[-1]
            if (index == last_index + rows and abs((line.size or 0) - (last.size or 0)) < 0.3
                    and line.bold == last.bold):
                text = f"{last.text.strip()} {line.text.strip()}"
                joined[-1] = (last_index, replace(last, text=text), rows + 1)
                continue
        joined.append((index, line, 1))
    joined.sort(key=lambda x: (-(x[1].size or 0), x[0]))
    return [(index, line) for index, line, _ in joined]


def _rows(lines: Sequence[Line], index: int, heading: Line) -> int:
    """Return how many of the lines from index a (joined) heading spans."""
    n, text = 0, heading.text
    while index + n < len(lines) and lines[index + n].text.strip() and lines[index + n].text.strip() in text:
        n += 1
    return max(n, 1)


def las(lines: Sequence[Line], tokenizer: Tokenizer = _own) -> tuple[Fras | None, list[Fras]]:
    """Return the reading's best phrase for a missiv's lines (None: it found none) and every phrase found."""
    alla: list[Fras] = []
    heads = rubriker(lines)
    for rang, (index, line) in enumerate(heads):
        alla += fraser(line.text.strip(), 0, rang, index, tokenizer)
    if not heads and lines:
        alla += fraser(lines[0].text.strip(), 0, 0, 0, tokenizer)  # no heading in the layout: the first line
    head_idx = {index + n for index, line in heads for n in range(_rows(lines, index, line))}
    text = " ".join(line.text.strip() for index, line in enumerate(lines[:RADER]) if index not in head_idx)
    for offset, sentence in enumerate(re.split(r"(?<=[.!?])\s+", text)):
        alla += fraser(sentence, 1 if SEND.search(sentence) else 2, 0, 100 + offset, tokenizer)
    if not alla:
        return None, alla
    # the heading first, then a sending sentence, then the other text; a phrase that names more than its kind
    # first, then the one that names most, the largest heading, the earliest, the longest
    best = min(alla, key=lambda f: (f.kalla, f.mer == 0, -f.mer, f.rang, f.plats, -len(f.text)))
    return best, alla
