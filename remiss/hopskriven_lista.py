"""A sändlista whose names a text extraction ran together into a paragraph (rest45).

A list set in two columns and copied as plain text comes out row by row across both columns, with no mark
between the names: 'Lantmäterimyndigheten Fastighetskontorets Luftfartsverket tillgänglighetsavd
Länsstyrelsen …' (missiv/goteborg-sbk-vastlanken-nordstan-samrad-sandlista: 'Fastighetskontorets
tillgänglighetsavd' in the left column wraps over two rows, 'Luftfartsverket' stands between its parts). The
names are read back by what ends a name and what starts one; a name's rest in lower case that follows a
finished name belongs to the name left open in the other column (rest46: also to a name open at its comma
a row up, and the place after a name open at 'i'; a column's heading read together with a name inside it
gives that name). What the text does not mark (two names of capitalised words in a row, 'Swedegas Svensk
Handel') stays wrong: the reading is partial by nature.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from remiss.domain import Line

# an agency's or a unit's word in the definite form ends its name: 'Polismyndigheten', 'Trafikverket',
# 'Fastighetsnämnden/kontoret' (its last part), 'Lokalsekretariatet'
AGENCY = re.compile(r"(?:myndigheten|verket|kontoret|nämnden|förvaltningen|styrelsen|institutet|"
                    r"sekretariatet|chefen|regionen|beredningen|tjänsten|inspektionen|ämbetet|rådet|förbundet|"
                    r"kansliet)$")
GROUP_WORD = re.compile(r"^(?:sakägare|övriga|myndigheter|organisationer|kommuner|föreningar|interna?|"
                        r"externa?)$", re.IGNORECASE)
NOTE_WORD = re.compile(r"^(?:utsänt|utskick|enligt)$", re.IGNORECASE)  # 'Utsänt enligt fastighetsförteckning'
SENTENCE_VERB = re.compile(r"\b(?:är|har|ska|skall|kan|kommer|finns|blir|var|hade|gäller|skickas|lämnas|bör)"
                           r"\b")
ACRONYM = re.compile(r"^[A-ZÅÄÖ]{2,6}$")
GENITIVE = re.compile(r"^[A-ZÅÄÖ][\wåäö.-]{3,}s$")  # 'Fastighetskontorets', 'Göteborgs': waits for its noun
COMMA_REACH = 3  # the names back a name open at its comma may wait for its rest: one row of two columns
HEADING_START = re.compile(r"^[A-ZÅÄÖ][a-zåäö]{3,}a$")  # a heading's plural adjective: 'Statliga', 'Övriga'
PLACE_KIND = re.compile(r"stad|kommun|län|region|hamn")  # 'i Göteborgs stad': the place's own kind
GROUP_END = re.compile(r"\bm\.\s?fl\.?$")  # 'Kommunala nämnder och bolag m.fl.': a column's heading
# a line of run-together names fills the width; a list with a name a line has short lines
LINE_WORDS, LINE_CHARS = 5, 60
MIN_LINES = 3
CAPITALISED = 0.4  # the share of words with a capital in a block of names


def run_together_block(lines: Sequence[Line]) -> list[Line] | None:
    """Given the lines under a list heading, return the lines of a paragraph of names run together (at
    least MIN_LINES long lines, many capitalised words, no cells, no sentence), or None."""
    block: list[Line] = []
    for line in lines:
        text = line.text.strip()
        if not text or " | " in text or len(line.cells_x) > 1:
            break
        if SENTENCE_VERB.search(text) or text.endswith(("!", "?", ":")):
            break  # a sentence, or a label: no list of names
        block.append(line)
    if len(block) < MIN_LINES:
        return None
    words = [w for line in block for w in line.text.split()]
    long_lines = sum(len(line.text.split()) >= LINE_WORDS and len(line.text.strip()) >= LINE_CHARS
                     for line in block)
    capitalised = sum(w[:1].isupper() for w in words) / len(words)
    if long_lines < len(block) - 1 or capitalised < CAPITALISED:
        return None
    return block


def run_together_names(text: str) -> list[str]:
    """Given a paragraph of names run together, return the names as read back (column headings, notes and
    group words dropped)."""
    names = _segment(text.split())
    out: list[str] = []
    for name in names:
        if not _heading(name):
            out.append(" ".join(name))
        elif GROUP_END.search(name[-1]):
            out.extend(" ".join(n) for n in _names_in_heading(name))
    return out


def _names_in_heading(name: list[str]) -> list[list[str]]:
    """Given a column's heading read as one name with the names around it ('Swedegas Statliga och regionala
    Västfastigheter, Distrikt Göteborg myndigheter m.fl.'), return those names: the words before the heading's
    capitalised adjective ('Statliga', 'Kommunala', 'Övriga') and each capitalised run inside it (rest46)."""
    start = next((i for i in range(len(name) - 1, -1, -1) if HEADING_START.match(name[i])), None)
    if start is None:
        return []
    found = [name[:start]] if start else []
    run: list[str] = []
    for word in name[start + 1 :]:
        if word[:1].isupper() or (run and run[-1].endswith(",")):
            run.append(word)
        elif run:
            found.append(run)
            run = []
    return [n for n in found if n]


def _heading(name: list[str]) -> bool:
    """Return True for a column's heading or note: 'Kommunala nämnder och bolag m.fl.', 'Sakägare',
    'Utsänt enligt fastighetsförteckning'."""
    return bool(GROUP_END.search(" ".join(name))) or (len(name) == 1 and bool(GROUP_WORD.match(name[0]))) \
        or bool(NOTE_WORD.match(name[0]))


def _agency(word: str) -> bool:
    """Return True for a capitalised agency's word in the definite form (its first part before a slash)."""
    return word[:1].isupper() and AGENCY.search(word.split("/")[0].lower()) is not None


def _ended(name: list[str]) -> bool:
    """Return True for a name that has ended: at 'AB', a closing parenthesis, a group's 'm.fl.', a group word
    alone, an acronym after a comma ('Högkvarteret, HKV') or an agency's word in the definite form."""
    last = name[-1]
    if last.endswith(","):
        return False
    if last == "AB" or last.endswith(")") or GROUP_END.search(last):
        return True
    if len(name) == 1 and GROUP_WORD.match(last):
        return True
    if ACRONYM.match(last) and len(name) > 1 and name[-2].endswith(","):
        return True
    return last[:1].isupper() and AGENCY.search(last.split("/")[-1].lower()) is not None


def _open(name: list[str]) -> bool:
    """Return True for a name left open at its end, its rest in the other column's next row: after a comma,
    a hyphen, 'och' or 'i', a genitive alone ('Fastighetskontorets'), an adjective after 'och' ('Statliga och
    regionala')."""
    last = name[-1]
    if last.endswith((",", "-")) or last in ("och", "i", "samt", "för"):
        return True
    if len(name) == 1 and GENITIVE.match(last):
        return True
    return last[:1].islower() and last.endswith("a") and len(name) >= 2 and name[-2] == "och"


def _segment(tokens: Sequence[str]) -> list[list[str]]:
    """Given the paragraph's words, return the names as lists of words."""
    pairs: dict[tuple[str, str], int] = {}
    for a, b in zip(tokens, tokens[1:], strict=False):
        if a[:1].isupper() and b[:1].isupper() and not _ended([a]):  # not 'AB' / 'Mörby …' after a name
            pairs[(a, b)] = pairs.get((a, b), 0) + 1
    siblings = {pair for pair, count in pairs.items() if count >= 2}  # 'Göteborg Energi …' starts names
    names: list[list[str]] = []
    target: list[str] | None = None  # the name the word before went to
    rest = False  # the word before continued a name left open in the other column
    for index, word in enumerate(tokens):
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        if target is None:
            names.append([word])
            target = names[-1]
            continue
        if re.fullmatch(r"[a-zåäö]", word) and _cut_letter(names, word):
            continue  # (rest46) a word of one letter that completes no word ('i', 'å') is a word
        if word[:1].islower() or word.startswith("("):
            target, rest = _lower(names, target, word, rest)
            continue
        if _new_name(names, target, word, following, siblings, rest):
            names.append([word])
            target, rest = names[-1], False
        elif not target[-1].endswith(",") and target[-1][:1].islower() and not _open(target):
            older = next((n for n in reversed(names) if n is not target and n[-1] == "i"), None)
            if older is not None:  # the place a name open at 'i' waits for ('förvaltning i' / 'Centrum')
                older.append(word)
                target, rest = older, True
            else:
                names.append([word])
                target, rest = names[-1], False
        else:
            target.append(word)
    return names


def _new_name(names: list[list[str]], target: list[str], word: str, following: str,
              siblings: set[tuple[str, str]], rest: bool) -> bool:
    """Return True when a capitalised word starts a name of its own."""
    if rest and not _open(target):
        return True  # the other column's rest is done: a new row's name
    if (word, following) in siblings or _ended(target) or _agency(word) or NOTE_WORD.match(word):
        return True
    if target[-1].endswith(","):
        return False  # 'Jernhusen AB, Region Väst'
    if target[-1] == "i" and GENITIVE.match(word) and following[:1].islower() \
            and not PLACE_KIND.fullmatch(following):
        return True  # (rest46) a place after 'i' is bare ('förvaltning i' … 'Centrum'): 'Göteborgs spårvägar'
    if target[-1].endswith("-") or target[-1] == "och" and (len(target) < 2 or target[-2].endswith("-")
                                                          or target[-2].islower()):
        return True  # 'Idrotts- och' waits for its lower-case rest; the name between is the other column's
    # (rest46) 'och' between capitalised words joins one name ('Kretslopp och Vatten', 'Namnberedningen och
    # GDA adresser'); after a word in lower case it waits for one ('Kommunala nämnder och' … 'bolag m.fl.')
    # a genitive after a capitalised noun opens a new name ('Svenska Kraftnät' / 'Göteborgs Stads …')
    return bool(GENITIVE.match(word)) and target[-1][:1].isupper() and not GENITIVE.match(target[-1])


def _lower(names: list[list[str]], target: list[str], word: str, rest: bool) -> tuple[list[str], bool]:
    """Add a word in lower case to the name it goes on: the name before, unless that has ended and a name
    further back is open (the other column's rest); return the name and whether it was such a rest."""
    if word.startswith("(") or word == "och":
        target.append(word)
        return target, rest
    # a compound's first part with 'och' ('Park- och') is finished only by a word in lower case: the next one
    # that comes while the name before is not itself open
    hole = next((n for n in reversed(names) if n is not target and len(n) >= 2 and n[-1] == "och"
                 and n[-2].endswith("-")), None)
    if hole is not None and not _open(target):
        hole.append(word)
        return hole, True
    # (rest46) a name open at its comma a row up takes a lower-case rest once the name before has its own
    # lower-case word ('Bostadsrättsinnehavare,' … 'Namnberedningen och GDA adresser' … 'hyresgäster, boende')
    comma = next((n for n in names[-COMMA_REACH:] if n is not target and n[-1].endswith(",")), None)
    if comma is not None and len(target) >= 2 and target[-1][:1].islower() and not _open(target):
        comma.append(word)
        return comma, True
    if not _ended(target):
        target.append(word)
        return target, rest
    older = next((n for n in reversed(names) if n is not target and _open(n)), None)
    if older is None:
        target.append(word)
        return target, rest
    older.append(word)
    return older, True


def _cut_letter(names: list[list[str]], letter: str) -> bool:
    """Join a letter alone to the nearest word before it that it completes into an agency's word: the end
    of a word the source's line break cut ('Miljöförvaltninge' … 'n'); return whether it did."""
    for name in reversed(names):
        whole = name[-1] + letter
        if AGENCY.search(whole.split("/")[-1].lower()):
            name[-1] = whole
            return True
    return False
