"""Remissinstanser misread in real documents, session 41 (lista41), each as a named test with the document's
own lines (the id in each docstring) and the same class in other words."""

# ruff: noqa: E501  (the documents' own lines are kept as they stand)

from __future__ import annotations

from remiss.domain import Line
from remiss.instanser import find_instanser


def docx(text: str) -> Line:
    """Given a DOCX paragraph's text, return the Line as the reader makes it (no position)."""
    return Line(text=text, page=1, number=0, size=11.0)


def namn(lines: list[Line]) -> list[str]:
    """Given a missiv's lines, return the names find_instanser reads."""
    return [instans.namn for instans in find_instanser(lines)[0]]


def test_samt_fore_sista_slaget_och_relativsats() -> None:
    """prov39/sveasolar-gullakra-solpark-samrad: 'samt' is the list's last separator, so the 'och' after it
    joins the last kind ('de enskilda berörda och den allmänhet …'), and the relative clause belongs to it;
    fourteen words, ten of them before 'som' at most, is a kind and no clause of the sentence."""
    lines = [
        docx("Gullåkra"),
        docx("Tillståndsprocessen för Projekt Gullåkra föregås av samråd där ett skriftligt undersöknings- och avgränsningssamråd kommer hållas under sommaren 2023. Samrådet vänder sig till länsstyrelsen, kommunen, övriga myndigheter och organisationer samt de enskilda berörda och den allmänhet som kan antas beröras av den planerade verksamheten. Samrådsunderlaget finns att ladda ner längst ner på sidan."),
    ]
    assert namn(lines) == [
        "länsstyrelsen", "kommunen", "övriga myndigheter och organisationer",
        "de enskilda berörda och den allmänhet som kan antas beröras av den planerade verksamheten",
    ]


def test_samt_fore_sista_slaget_i_andra_ord() -> None:
    """The same class in other words: 'samt' before the last kinds, two under one relative clause."""
    lines = [docx("Samrådet riktar sig till Trafikverket, kommunen samt fastighetsägare och boende som berörs av den nya vägen.")]
    assert namn(lines) == ["Trafikverket", "kommunen", "fastighetsägare och boende som berörs av den nya vägen"]


def test_och_som_sista_skiljetecken_delar_som_forut() -> None:
    """missiv/ox2-aurora-natanslutning-samrad, unchanged: without 'samt' the last 'och' is the list's last
    separator, and the kinds on either side are two."""
    lines = [docx("Samrådet vänder sig till länsstyrelsen i Kalmar, Kalmar kommun, Nybro kommun, Emmaboda kommun, övriga myndigheter och organisationer, de enskilt berörda och den allmänhet som kan antas beröras av den planerade verksamheten.")]
    assert namn(lines) == [
        "länsstyrelsen i Kalmar", "Kalmar kommun", "Nybro kommun", "Emmaboda kommun",
        "övriga myndigheter och organisationer", "de enskilt berörda",
        "den allmänhet som kan antas beröras av den planerade verksamheten",
    ]


def test_lang_relativsats_ar_ingen_lista() -> None:
    """A relative clause of more than ten words is a clause of the sentence, no kind: the list is not read."""
    lines = [docx("Samrådet vänder sig till länsstyrelsen, kommunen samt den allmänhet som kan antas beröras av den planerade verksamheten i området runt sjön och längs den nya vägen.")]
    assert namn(lines) == []
