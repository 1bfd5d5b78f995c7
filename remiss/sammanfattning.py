"""A proposed sammanfattning for a yttrande, built from the remiss itself.

For a motion: its att-satser; for a program, plan, strategi, riktlinjer or policy: its own
"Sammanfattning" section; otherwise the missiv's own description of the matter (its key sentences,
spaCy sentences, scored). Cover-page metadata, tables of contents and the missiv's boilerplate are never
taken; when nothing is left the template's instruction stays.
The result is marked "[FÖRSLAG]" so that the handläggare rewrites it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from remiss.domain import Del, Handling, Remiss

FORSLAG = "[FÖRSLAG]"
TOM = f"{FORSLAG} Skriv en kort sammanfattning av nämndens yttrande här."
MAX_SIDOR_EFTER = 40

# (suffix of a title word, the definite form used in the ställningstagande sentence)
OBJEKT: tuple[tuple[str, str], ...] = (
    ("motion", "motionen"),
    ("program", "programmet"),
    ("riktlinjer", "riktlinjerna"),
    ("riktlinje", "riktlinjen"),
    ("strategi", "strategin"),
    ("policy", "policyn"),
    ("planer", "planerna"),
    ("plan", "planen"),
    ("betänkandet", "betänkandet"),
    ("betänkande", "betänkandet"),
    ("promemorian", "promemorian"),
    ("promemoria", "promemorian"),
    ("reglemente", "reglementet"),
    ("taxa", "taxan"),
)
_PREFIX = re.compile(r"^\s*(remiss(en)?\s*(av|om|över)?\s*:?\s*|förslag\s+(till|på)\s+|borås\s+stads\s+|"
                     r"revider\w*\s+|nytt?\s+|uppdater\w*\s+)", re.IGNORECASE)
_START_NY_HANDLING = re.compile(r"^(Yttrande\s+(över\s+)?Remiss|Remissinstanser\b|Protokollsutdrag\b|"
                                r"§\s*\d+)",
                                re.IGNORECASE)
_BOILERPLATE = re.compile(
    r"remissinstans|remissvar|svarsdatum|senast\s+den|diari|@|ställningstagande|sammanfattning|reservation|"
    r"ämnesrad|yttrande|kontaktperson|telefon|e-post|www\.|https?:|sida\s+\d|postadress|besöksadress|"
    r"handläggare|tillstyrk|avstyrk|synpunkt|remiss|\bni\b|\ber\b|\bera\b|\bsvar|\bbox\s+\d|"
    r"\b\d{3}\s?\d{2}\s+[A-ZÅÄÖ][a-zåäö]+", re.IGNORECASE)
# Cover-page metadata of a styrdokument and tables of contents: never a sammanfattning.
_METADATA = re.compile(
    r"\bdnr\b|diarienummer|fastställ\w*\s+(av|den)|beslutad\w*\s+av|gäller\s+(till\s+och\s+med|för|från)|"
    r"för\s+(eventuell\s+)?(uppföljning|revidering)|ansvarar\s*:|dokument(namn|typ|ansvarig|et\s+gäller)|"
    r"giltig\w*\s+(till|från|t\.?o\.?m)|reviderad\w*\s*:|\binnehåll(sförteckning)?\b|\.{4,}|…{2,}",
    re.IGNORECASE)
_RUBRIKNUMMER = re.compile(r"(?:^|\s)\d+(?:\.\d+)*\s+[A-ZÅÄÖ][a-zåäö]+\b")


def _metadata(sentence: str) -> bool:
    """Given a sentence, return True when it is cover-page metadata, a table of contents or a form."""
    return bool(_METADATA.search(sentence) or _RUBRIKNUMMER.search(sentence) or sentence.count(":") >= 2)


_NYCKELORD = ("syfte", "syftar", "förslag", "föreslå", "mål", "innebär", "ska ", "ansvar", "övergripande",
              "utreda", "bidra", "strategi", "program", "riktlinje", "plan", "arbete")


def remissobjekt(titel: str | None) -> str:
    """Given a remiss title, return the definite noun of what is remitted ("motionen", "remissen")."""
    text = (titel or "").strip()
    for _ in range(3):
        text = _PREFIX.sub("", text)
    if re.match(r"motion\b", text, re.IGNORECASE):
        return "motionen"
    if re.search(r"\bSOU\s+\d{4}:\d+", text):
        return "betänkandet"
    if re.search(r"\bDs\s+\d{4}:\d+", text):
        return "promemorian"
    for word in re.findall(r"[\wåäöÅÄÖ-]+", text)[:4]:
        lower = word.lower()
        for suffix, noun in OBJEKT:
            if lower.endswith(suffix) and (lower == suffix or len(lower) > len(suffix) + 2):
                return noun
    return "remissen"


def _sidtext(handling: Handling, number: int) -> list[str]:
    """Given a Handling and a page number, return the page's non-empty lines."""
    page = handling.pages[number - 1]
    return [line.text.strip() for line in page.lines if line.text.strip()]


def _ny_handling(rows: list[str]) -> bool:
    """Given a page's lines, return True when the page starts another document (yttrande, missiv, §)."""
    return any(_START_NY_HANDLING.match(t) for t in rows[:12])


def bilagans_sidor(remiss: Remiss, handling: Handling) -> list[int]:
    """Given a remiss and its file, return the pages of the remitted document."""
    first, last = remiss.sidor
    total = len(handling.pages)
    after: list[int] = []
    for number in range(last + 1, min(total, last + MAX_SIDOR_EFTER) + 1):
        if _ny_handling(_sidtext(handling, number)):
            break
        after.append(number)
    if after:
        return after
    before: list[int] = []
    for number in range(first - 1, max(0, first - 1 - MAX_SIDOR_EFTER), -1):
        if _ny_handling(_sidtext(handling, number)):
            break
        before.insert(0, number)
    return before


def remissens_rader(remiss: Remiss, handling: Handling) -> tuple[list[str], list[str]]:
    """Given a remiss and its file, return (the missiv's lines, the remitted document's lines)."""
    from remiss.split import split_documents

    parts = split_documents(handling)
    found = rader_ur_delar(remiss, parts)
    return found if found is not None else _rader_ur_sidor(remiss, handling)


def rader_ur_delar(remiss: Remiss, parts: list[Del]) -> tuple[list[str], list[str]] | None:
    """Given the split documents, return the missiv's lines and the remitted text (None: missiv not found)."""
    first, last = remiss.sidor
    index = next((i for i, p in enumerate(parts)
                  if p.dokumenttyp == "missiv" and p.forsta_sida <= first <= p.sista_sida), None)
    if index is None:
        return None
    own = parts[index].lines
    missiv = [line.text for line in own if line.page <= last]
    bilaga = [line.text for line in own if line.page > last]
    if not _om_titeln(bilaga, remiss.titel):
        bilaga = []  # the split left another document at the missiv's end
    following = _narliggande(parts[index + 1:], remiss.titel)
    bilaga += [t for part in following for t in (line.text for line in part.lines)]
    if not bilaga:
        preceding = _narliggande(list(reversed(parts[:index])), remiss.titel)
        bilaga = [line.text for part in reversed(preceding) for line in part.lines]
    return missiv, bilaga


_STOPPORD = {"motion", "remiss", "remissen", "förslag", "borås", "stads", "program", "plan", "riktlinjer",
             "strategi", "policy", "för", "och", "till", "mot", "med", "över", "inom", "samt"}


def _titelord(titel: str | None) -> list[str]:
    """Given a title, return the stems of its telling words (the word less a possible ending)."""
    words = re.findall(r"[a-zåäö]{5,}", (titel or "").lower())
    return [w[:max(7, len(w) - 3)] for w in words if w not in _STOPPORD]


def _narliggande(parts: list[Del], titel: str | None) -> list[Del]:
    """Given the documents next to a missiv (nearest first), return the run of those about the title."""
    chosen: list[Del] = []
    for part in parts:
        if part.dokumenttyp not in ("annat", "protokollsutdrag"):
            break
        if not _om_titeln([line.text for line in part.lines], titel):
            break
        chosen.append(part)
    return chosen


def _om_titeln(rows: list[str], titel: str | None) -> bool:
    """Given a document's lines, return True when its start mentions a telling word of the title."""
    stems = _titelord(titel)
    head = " ".join(rows[:60]).lower()
    return bool(stems) and any(stem in head for stem in stems)


def _rader_ur_sidor(remiss: Remiss, handling: Handling) -> tuple[list[str], list[str]]:
    """Given a remiss and its file, return the missiv's lines and the pages after (or before) it."""
    first, last = remiss.sidor
    missiv = [t for n in range(first, min(last, len(handling.pages)) + 1) for t in _sidtext(handling, n)]
    bilaga = [t for n in bilagans_sidor(remiss, handling) for t in _sidtext(handling, n)]
    return missiv, bilaga


def foresla_sammanfattning(remiss: Remiss, handling: Handling | None) -> list[str]:
    """Given a remiss and its file (or None), return the proposed sammanfattning as paragraphs."""
    if handling is None:
        return [TOM]
    missiv, bilaga = remissens_rader(remiss, handling)
    objekt = remissobjekt(remiss.titel)
    paragraphs: list[str] = []
    if objekt == "motionen":
        paragraphs = _motion(bilaga + missiv)
    if not paragraphs:
        paragraphs = _eget_avsnitt(bilaga)
    if not paragraphs:  # the missiv's own description of the matter, never the remitted document's cover
        paragraphs = _nyckelmeningar(missiv, remiss.titel or "")
    if not paragraphs:
        return [TOM]
    return [f"{FORSLAG} {paragraphs[0]}", *paragraphs[1:]]


# --- motion: att-satser ------------------------------------------------------------------------------

_BESLUTA = re.compile(r"föresl\w*\b.{0,80}?\bbesluta\w*\b\s*:?\s*(?P<rest>.*)$", re.IGNORECASE)
_ATT = re.compile(r"^[\s•\-–*\d.)]*\b[Aa]tt\s+\S")


def att_satser(rows: list[str]) -> list[str]:
    """Given the lines of a motion, return its att-satser ("att …") after "föreslår … besluta"."""
    for index, row in enumerate(rows):
        match = _BESLUTA.search(row)
        if not match:
            continue
        tail = [match.group("rest")] if match.group("rest").strip() else []
        found = _collect_att(tail + rows[index + 1:index + 40])
        if found:
            return found
    return []


def _collect_att(rows: list[str]) -> list[str]:
    """Given lines starting at an att-sats, return the att-satser joined across broken lines."""
    satser: list[str] = []
    for row in rows:
        if _ATT.match(row) and _ny_sats(row, satser[-1] if satser else None):
            satser.append(re.sub(r"^[\s•\-–*\d.)]*", "", row).strip())
        elif satser and not re.search(r"[.;!?]$", satser[-1]) and len(satser[-1]) < 600:
            satser[-1] += " " + row.strip()
        elif satser or len(satser) >= 10:
            break
        else:
            return []
    return [_sats(s) for s in satser]


def _ny_sats(row: str, previous: str | None) -> bool:
    """Given a line starting with "att" and the att-sats before it, return True when it starts a new one."""
    if previous is None or re.match(r"^\s*([•\-–*]|\d+[.)])", row) or row.lstrip().startswith("Att"):
        return True
    return bool(re.search(r"[.;,:]$", previous))


def _sats(text: str) -> str:
    """Given an att-sats, return it starting with lowercase "att" and ending with a full stop."""
    text = re.sub(r"\s+", " ", text).strip().rstrip(";,")
    text = "att" + text[3:] if text[:3].lower() == "att" else text
    return text if text.endswith((".", "!", "?")) else text + "."


def _motion(rows: list[str]) -> list[str]:
    """Given the lines of a motion remiss, return the sammanfattning built from its att-satser."""
    satser = att_satser(rows)
    if not satser:
        return []
    if len(satser) == 1:
        return [f"Motionen föreslår {satser[0]}"]
    return ["Motionen föreslår", *[f"– {s}" for s in satser]]


# --- program, plan …: its own Sammanfattning section -------------------------------------------------

_RUBRIKER = ("sammanfattning|ärendet sammanfattat", "syfte|syfte och mål|bakgrund och syfte",
             "inledning|bakgrund|ärendet|beskrivning av ärendet")


def eget_avsnitt(rows: list[str], *, max_meningar: int = 4) -> str:
    """Given the lines of a document, return the start of its "Sammanfattning" (else "Syfte", "Inledning")."""
    for rubriker in _RUBRIKER:
        text = _avsnitt(rows, re.compile(rf"^(\d+(\.\d+)*\.?\s*)?({rubriker})\s*:?$", re.IGNORECASE),
                        max_meningar)
        if text:
            return text
    return ""


def _avsnitt(rows: list[str], rubrik: re.Pattern[str], max_meningar: int) -> str:
    """Given lines and a heading pattern, return the first sentences of the section under that heading."""
    for index, row in enumerate(rows):
        if not rubrik.match(row.strip()):
            continue
        body: list[str] = []
        for line in rows[index + 1:index + 60]:
            if body and _rubrikrad(line) and body[-1].endswith((".", ":", "!", "?")):
                break
            body.append(line.strip())
        text = _join(body)
        sentences = [s for s in _meningar(text) if not _metadata(s)]
        if len(" ".join(sentences)) >= 40:
            return " ".join(sentences[:max_meningar])
    return ""


def _eget_avsnitt(rows: list[str]) -> list[str]:
    """Given the lines of a program/plan remiss, return its own sammanfattning as one paragraph."""
    text = eget_avsnitt(rows)
    return [text] if text else []


def _rubrikrad(line: str) -> bool:
    """Given a line, return True when it looks like a heading (short, no final punctuation, capital)."""
    text = re.sub(r"^\d+(\.\d+)*\.?\s+", "", line.strip())
    return (0 < len(text) < 60 and text[0].isupper() and not re.search(r"[.,;:!?\-–]$", text)
            and len(text.split()) <= 7)


def _join(lines: list[str]) -> str:
    """Given broken lines of running text, return them joined, hyphenated line ends mended."""
    text = ""
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if text.endswith("-") and line[:1].islower():
            text = text[:-1] + line
        else:
            text = f"{text} {line}" if text else line
    return re.sub(r"\s+", " ", text).strip()


# --- otherwise: key sentences ------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _nlp() -> Any:
    """Return the project's Swedish pipeline (remiss.nlp) or a blank Swedish one with a sentencizer."""
    try:
        from remiss.nlp import load_nlp  # type: ignore[import-not-found]

        return load_nlp()
    except ImportError:
        import spacy

        nlp = spacy.blank("sv")  # only when remiss.nlp is missing
        nlp.add_pipe("sentencizer")
        return nlp


def _meningar(text: str) -> list[str]:
    """Given running text, return its sentences."""
    nlp = _nlp()
    doc = nlp(text, disable=[name for name in nlp.pipe_names if name != "sentencizer"])
    return [s.text.strip() for s in doc.sents if s.text.strip()]


def _prosa(rows: list[str]) -> list[str]:
    """Given lines, return blocks of running text with headings and boilerplate lines left out."""
    blocks: list[list[str]] = [[]]
    for row in rows:
        if _rubrikrad(row) or _listrad(row):
            blocks.append([])
            continue
        current = blocks[-1]
        if current and _avbruten(current[-1]) and row[:1].isupper():
            blocks.append([])  # the line before was the end of a heading or a signature
        blocks[-1].append(row)
    return [_join(b) for b in blocks if b and re.search(r"[.!?]", " ".join(b))]


def _avbruten(line: str) -> bool:
    """Given a line, return True when it is short and unpunctuated (a heading's or signature's end)."""
    return len(line) < 50 and not re.search(r"[.!?:;,\-–]$", line)


def _listrad(line: str) -> bool:
    """Given a line, return True for a short numbered list item (a remissinstans, a table of contents row)."""
    return bool(re.match(r"^\s*\d+[.)]\s", line)) and len(line) < 90 and not line.rstrip().endswith(".")


def nyckelmeningar(rows: list[str], titel: str = "", *, antal: int = 3) -> list[str]:
    """Given the lines of a remiss, return its `antal` key sentences in document order."""
    title_words = {w.lower() for w in re.findall(r"\w{4,}", titel)}
    candidates: list[tuple[float, int, str]] = []
    seen: set[str] = set()
    index = 0
    for block in _prosa(rows):
        for sentence in _meningar(block):
            words = sentence.split()
            index += 1
            if not 6 <= len(words) <= 45 or _BOILERPLATE.search(sentence) or not sentence[0].isupper():
                continue
            if _metadata(sentence):
                continue
            if not sentence.endswith((".", "!", "?")) or sentence in seen:
                continue
            seen.add(sentence)
            lower = sentence.lower()
            score = 1.0 / (1.0 + 0.15 * index)
            score += 0.5 * sum(1 for k in _NYCKELORD if k in lower)
            score += 0.3 * sum(1 for w in title_words if w in lower)
            candidates.append((score, index, sentence))
    best = sorted(candidates, key=lambda c: (-c[0], c[1]))[:antal]
    return [s for _, _, s in sorted(best, key=lambda c: c[1])]


def _nyckelmeningar(rows: list[str], titel: str) -> list[str]:
    """Given the lines of a remiss, return its key sentences as one paragraph (empty when none)."""
    sentences = nyckelmeningar(rows, titel)
    if len(sentences) < 2:
        sentences = nyckelmeningar(rows, titel, antal=4) if sentences else []
    return [" ".join(sentences)] if sentences else []
