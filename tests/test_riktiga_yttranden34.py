"""ytt34 (session 27): a paper's article about an organisation's yttrande read as that yttrande, fixed as a
class in the structure rules (modeller/yttrandestruktur.jsonl, `talesperson-for-foreningen`).

A paper quoting an association's spokesperson names the association by its kind in the definite form,
'säger föreningens ordförande NN', 'NN, ordförande i hembygdsföreningen': it speaks about the organisation in
the third person. The organisation's own page or press release writes its own name ('säger Mellanskogs
ordförande …', prov25/mellanskog-skogsutredningen-remissvar) or speaks as 'vi', and the trait does not count
there (nor where the page links the answer it publishes). The words of the first test are quoted from
tests/korpus/prov17/bygdochnatur-myssjo-oviken-uranbrytning.txt; the others are the same class in other words,
written here, each of which was read as a yttrande before the change (or, for the own pages, stays one).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_kontroll_riktiga import (  # noqa: F401 - the fixture
    REGLER_OCH_MODELL,
    _docx,
    _lines,
    _regler,
    igenkanda,
    utan_typmodell,
)

BYGDOCHNATUR = (
    "De protesterar mot planer på uranbrytning",
    "Text: Fredrik Loberg",
    "– Både vår kulturbygd och viktig jordbruksmark riskerar att gå förlorad, säger Karin Paulsson, "
    "ordförande i Myssjö-Ovikens hembygdsförening.",
    "Regeringen är på väg att både ta bort det kommunala vetot och det nationella förbudet mot uranbrytning. "
    "I denna bygd finns ett utbrett organiserat motstånd mot gruvplanerna, som Myssjö-Ovikens "
    "hembygdsförening har anslutit sig till.",
    "– Ja, i föreningen har vi insett att vi måste protestera mot dessa planer, säger Karin Paulsson, "
    "ordförande i hembygdsföreningen.",
    "Tidigare i år har Myssjö-Ovikens hembygsförening lämnat sina skriftliga synpunkter i ett yttrande till "
    "länsstyrelsen.",
)


@REGLER_OCH_MODELL
def test_talesperson_vid_foreningens_slag_ar_referat(
    tmp_path: Path, request: pytest.FixtureRequest, regler_ensamma: bool
) -> None:
    """prov17/bygdochnatur-myssjo-oviken-uranbrytning (https://bygdochnatur.se/category/paverkan/): '…, säger
    Karin Paulsson, ordförande i hembygdsföreningen' — the association by its kind in the definite form after
    its spokesperson: a magazine's article about the association's yttrande, no answer (annat)."""
    from remiss.kontroll.struktur import bedom

    _regler(request, regler_ensamma)
    assert "talesperson-for-foreningen" in bedom(_lines(*BYGDOCHNATUR)).familjer["referat"][1]
    assert igenkanda(_docx(tmp_path / "b.docx", *BYGDOCHNATUR)) == []


@REGLER_OCH_MODELL
@pytest.mark.parametrize(
    ("stycken", "yttrande"),
    [
        # the class in other words: the headline's name as subject, the chair before the name in the genitive
        (("Naturskyddsföreningen sågar planen för Kalvholmen",
          "Naturskyddsföreningen i Norrtälje har lämnat ett yttrande över kommunens förslag till detaljplan "
          "för Kalvholmen.",
          "Föreningen anser att planen hotar strandskyddet och att området borde bli naturreservat.",
          "– Det här är ett av de sista orörda strandområdena i kommunen, säger föreningens ordförande Karin "
          "Lund.",
          "Kommunen räknar med att planen ska antas i höst."), False),
        # … 'menar NN som är ordförande i föreningen', no dash, another sender and matter
        (("Villaägarna: Avgiften är för hög",
          "Villaägarna i Sundsvall har yttrat sig över kommunens nya VA-taxa.",
          "Villaägarna avstyrker förslaget och menar att höjningen slår hårt mot pensionärer.",
          "Höjningen är orimlig, menar Per Olsson som är ordförande i föreningen.",
          "Kommunfullmäktige ska besluta om taxan i december."), False),
        # … 'enligt byalagets talesperson'
        (("Byalaget vill stoppa bygget i hamnen",
          "Norrby byalag har lämnat synpunkter på samrådsförslaget till detaljplan för hamnen.",
          "Byalaget avstyrker planen. Enligt byalagets talesperson Lars Ek blir husen för höga för "
          "kustmiljön.",
          "Samrådet pågår till den 30 april."), False),
        # not the class: the association's own page, 'vi' outside the quote
        (("Vårt yttrande om Kalvholmen",
          "Naturskyddsföreningen i Norrtälje har lämnat ett yttrande över kommunens förslag till detaljplan "
          "för Kalvholmen.",
          "Vi anser att planen hotar strandskyddet.",
          "– Det här är ett av de sista orörda strandområdena, säger föreningens ordförande Karin Lund."),
         True),
        # … its own page in the third person that publishes the answer ('Läs hela yttrandet här')
        (("Yttrande om Kalvholmen",
          "Naturskyddsföreningen i Norrtälje har lämnat ett yttrande över kommunens förslag till detaljplan "
          "för Kalvholmen.",
          "Föreningen anser att planen hotar strandskyddet.",
          "– Det här är ett av de sista orörda strandområdena, säger föreningens ordförande Karin Lund.",
          "Läs hela yttrandet här."), True),
    ],
)
def test_talesperson_i_tredje_person_i_annan_ordalydelse(
    tmp_path: Path, request: pytest.FixtureRequest, regler_ensamma: bool, stycken: tuple[str, ...],
    yttrande: bool
) -> None:
    """A paper's article quoting the association's chair or spokesperson by its kind ('säger föreningens
    ordförande NN', 'NN som är ordförande i föreningen', 'enligt byalagets talesperson') is a text about its
    yttrande; the association's own page ('vi', or the answer published) stays a yttrande."""
    _regler(request, regler_ensamma)
    assert bool(igenkanda(_docx(tmp_path / "t.docx", *stycken))) is yttrande


@REGLER_OCH_MODELL
def test_i_var_ar_arstiden_inte_forsta_person(
    tmp_path: Path, request: pytest.FixtureRequest, regler_ensamma: bool
) -> None:
    """'Det skriver Naturskyddsföreningen i Härjedalen i sitt yttrande' is reported speech about another's
    answer; the article's 'Länsstyrelsen beslutar i vår.' (this spring) was read as the first person 'vår'
    (our), which makes a page the organisation's own, and the article was read as a yttrande."""
    from remiss.kontroll.struktur import FORSTA_PERSON_ORD

    _regler(request, regler_ensamma)
    stycken = (
        "Kritik mot vindkraftsplanen",
        "Vindkraftverken hotar örnarna i området. Det skriver Naturskyddsföreningen i Härjedalen i sitt "
        "yttrande till länsstyrelsen.",
        "Naturskyddsföreningen anser att bolaget måste göra en ny inventering.",
        "Länsstyrelsen beslutar i vår.",
    )
    assert igenkanda(_docx(tmp_path / "v.docx", *stycken)) == []
    assert not FORSTA_PERSON_ORD.search("Planen antas i vår om inget händer.")
    assert FORSTA_PERSON_ORD.search("Frågan togs upp i vår förening.")
    assert FORSTA_PERSON_ORD.search("Läs vår remiss.")
