"""A title's label: the words before the matter that name the page's section, the procedure, or who announces
it and when ('- standardförfarande - …', 'Planering – …', 'Kungörelse byggnadsnämnden den 10 oktober 2019'),
read from modeller/titel.toml [etikett]."""

from __future__ import annotations

import functools
import re
from typing import Any

from remiss.extract.titel import stamp_stripped

# a label ends at a dash with a space after it or at a colon ('Planering – Utbyggnad E4', 'Samhällsplanering:
# …'); a hyphen inside a word ('LIS-plan', 'Hallsbergs-Falla') is no end; (titel41) or at a full stop before
# a capital, the label a sentence of its own ('2020-02-19 Samråd enligt miljöbalken. Ny kaj och hamnplan i
# Hargshamn', a company's page; not 'enligt 6 kap. miljöbalken', a chapter's abbreviation)
LABEL_END = re.compile(r"(?:\s+[-–—]|[–—:]|\.(?=\s+(?-i:[A-ZÅÄÖ])))\s+")
LABEL_WORDS = 10  # a label is short: 'Kungörelse från miljö- och byggnadsnämnden den 10 oktober 2019'
MONTH = re.compile(r"(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[a-zå]*")


@functools.cache
def _data() -> tuple[frozenset[str], tuple[str, ...], frozenset[str], frozenset[str], frozenset[str],
                     re.Pattern[str]]:
    """Return (the label's words, its words' endings, the words that only bind, the notice and procedure
    words, the words no matter starts with, the law a procedure is held by) from titel.toml."""
    from remiss.modelldata import modell_toml

    data: dict[str, Any] = modell_toml("titel.toml")
    ram = data["forfarande_ram"]
    binding = frozenset(ram["binder"]) | {"och", "den", "på", "för", "från", "till"}
    procedure = frozenset(ram["fore"]) | {"kungörelser", "meddelande", "underrättelsen", "kungörelsen"}
    words = (frozenset(data["etikett"]["ord"]) | procedure | frozenset(ram["fore_attribut"]) | binding
             | frozenset(data["sidrubrik"]["ord"]))
    # the law a procedure is held by, its chapter and section first ('enligt 6 kap. 30 § plan- och bygglagen')
    law = re.compile(rf"\benligt\s+(?:[\w.§-]+\s+){{0,4}}?(?:{laws()})(?![\wåäö])", re.IGNORECASE)
    return words, tuple(data["etikett"]["slut"]), binding, procedure, frozenset(ram["inte_arende"]), law


@functools.cache
def laws() -> str:
    """Return the laws a procedure is held by (titel.toml [etikett] lag) as a pattern's alternation, a space
    as any whitespace ('miljöbalken|plan-\\s+och\\s+bygglagen|…'); also titel.toml's [[fore]] '{lag}'."""
    from remiss.modelldata import modell_toml

    names = modell_toml("titel.toml")["etikett"]["lag"]
    return "|".join(re.escape(law).replace(r"\ ", r"\s+") for law in names)


def _label_word(word: str) -> bool:
    """Return True for a word of a label: titel.toml [etikett], a date's or a number's."""
    words, ends, _, _, _, _ = _data()
    return (word in words or word.endswith(ends) or word.isdigit() or MONTH.fullmatch(word) is not None)


def _words(text: str) -> list[str]:
    """Return the words of text in lower case."""
    return re.findall(r"[\wåäö]+", text.lower())


def is_label(text: str) -> bool:
    """Return True when every word of text is a label's word and one is more than a binding word
    ('standardförfarande', 'Planering', 'Kungörelse byggnadsnämnden den 10 oktober 2019'); the law the
    procedure is held by belongs to it ('Samråd enligt miljöbalken', titel41)."""
    words = _words(_data()[5].sub(" ", text))
    binding = _data()[2]
    return (0 < len(words) <= LABEL_WORDS and all(_label_word(w) for w in words)
            and any(w not in binding and not w.isdigit() for w in words))


def label_heading(text: str) -> bool:
    """Return True for a heading that is only a notice's or a procedure's label, who announces it and when
    ('Kungörelse byggnadsnämnden den 10 oktober 2019'): it names no matter."""
    procedure = _data()[3]
    return is_label(text) and any(w in procedure for w in _words(text))


def names_matter(text: str) -> bool:
    """Return True when text may be a matter after a label: two words or a named steering document, no word
    that no matter starts with first, no label itself."""
    from remiss.extract.core import _one_word_document

    words = text.split()
    if not words or words[0].lower().strip(",.") in _data()[4] or words[0][:1].isdigit() or is_label(text):
        return False
    return len(words) >= 2 or _one_word_document(text)


def label_stripped(title: str) -> str:
    """Given a heading's text, return it without the labels before a dash or colon (titel.toml [etikett]):
    '- standardförfarande - Landsbygdsutveckling i strandnära läge' gives 'Landsbygdsutveckling i strandnära
    läge', 'Planering – Utbyggnad E4' 'Utbyggnad E4'. What is left must name a matter, else the title is
    returned as it is."""
    rest = title.strip()
    stripped = False
    while True:
        rest = rest.lstrip(" -–—:")
        end = LABEL_END.search(rest)
        # (titel41) the day between the label and the matter ('Samråd – 2020-02-19 – Ny kaj i Mörby hamn')
        after = stamp_stripped(rest[end.end():]) if end is not None else ""
        if end is None or not is_label(rest[: end.start()]) or not names_matter(after):
            break
        rest, stripped = after, True
    return rest if stripped else title
