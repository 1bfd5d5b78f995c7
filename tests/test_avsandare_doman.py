"""The sender's kommun read by its addresses' domain (remiss.extract.avsandare): one helper for the domains
of a text and one for a name that is one of them, as itself or in the genitive ('Edets' of 'Lilla Edets
kommun'); the two-word kommun found both from a unit's kommun (`_two_word_name`) and from the text
(`_kommun_by_domain`)."""

from __future__ import annotations

from remiss.domain import Line
from remiss.extract import avsandare
from remiss.extract.text import Text


def _text(*rader: str) -> Text:
    return Text.of([Line(text=rad, page=1, number=i) for i, rad in enumerate(rader, 1)])


def test_domanerna_ur_epost_och_webbadresser() -> None:
    text = _text("Svar till miljo@lillaedet.se senast den 1 mars.",
                 "Handlingarna finns på www.ostragoinge.se/plan")
    assert avsandare._domains(text) == {"lillaedet", "ostragoinge"}


def test_namnet_eller_dess_genitiv_ar_domanen() -> None:
    assert avsandare._domain_name("lillaedet", {"lillaedet"})
    assert avsandare._domain_name("lillaedets", {"lillaedet"})  # 'Lilla Edets kommun'
    assert not avsandare._domain_name("lillaede", {"lillaed"})  # no genitive 's' to drop: not the same name
    assert not avsandare._domain_name("edets", {"lillaedet"})


def test_tva_ord_for_enhetens_kommun_och_ur_texten() -> None:
    text = _text("Lilla Edets kommun", "Samhällsbyggnadsnämnden",
                 "Synpunkter skickas till miljo@lillaedet.se.")
    assert avsandare._two_word_name("Edets kommun", text) == "Lilla Edets kommun"
    assert avsandare._two_word_name("Edets kommun", _text("Edets kommun", "info@edet.se")) == "Edets kommun"
    found = avsandare._kommun_by_domain(_text("Samråd om översiktsplan i Östra Göinge kommun.",
                                              "Synpunkter till kommun@ostragoinge.se senast 1 mars."))
    assert found is not None and found.value == "Östra Göinge kommun"
