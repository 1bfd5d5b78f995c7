"""ytt37 (session 31): an organisation's own page about its answer whose headline does not name it.

An organisation's page or press release about its own remissvar, the headline not naming it
("Transportstyrelsens förslag till föreskrifter …", "Remissvar på tandvårdsutredningen"), the text telling the
organisation in the third person ("Svensk Kollektivtrafiks har svarat på Transportstyrelsens remiss …",
"Privattandläkarna har i dag lämnat in remissvar … Privattandläkarna anser att …") over a link "Ta del av
remissvaret" / "Läs hela remissvaret här." (prov2/svenskkollektivtrafik-egenskapskrav,
yttranden/ptl-tandvardsutredningen-remissvar, facit yttrande), was annat with the rules alone: one
organisation the head does not name as the subject that has answered is a report of another's answer
(`annans-rost`), and the link did not outweigh it. Now a link line that publishes the answer by its definite
form alone, naming no owner, with one organisation only as the subject of the text's verbs, makes that
organisation's answer the page's own (`struktur._en_svarande_med_eget_svar`). A paper's item names whose
answer it links ("Läs Byggföretagens remissvar här", ytt36's rule stays), and a page on several organisations'
answers tells more than one (prov13/folkhogskolor-statligt-inflytande-remissvar stays annat).

With it, a name the subject match ran on into a lower-case connector ("instämmer Privattandläkarna i
utredningens …" gave "privattandläkarna i") is read without it, so one organisation is not counted as two.

The corpus's PDFs of the two pages carry the organisation's name as a letterhead over the headline
("Privattandläkarna" / "1 september 2021" / "Remissvar på tandvårdsutredningen"), which made them yttrande
already; their text without it (the .txt, here as a DOCX of its paragraphs: a page copied without its site's
head, a newswire's copy) was annat. No document of the corpus as run changes (the whole corpus with the rules
alone 126 missed fields before and after; uppdatera_kanda_fel 0 removed, 0 new); the structural families of
the corpus's texts change for these two pages only. The paper items of the corpus on one organisation's answer
(yttranden/offentligaaffarer-esv-jamforelser, yttranden/lakartidningen-vardval-remissvar-nyhet,
yttranden/orebronyheter-raddabarnen-nyhet, yttranden/tjugofyra7-raddningstjanst-remissvar) have no such link.
What the text does not tell: a paper that links the answer as "Läs remissvaret här" after telling one
organisation's answer reads as that organisation's page.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_kontroll_riktiga import (  # noqa: F401 - the fixture
    REGLER_OCH_MODELL,
    _docx,
    _regler,
    igenkanda,
    korpus_stycken,
    utan_typmodell,
)


@REGLER_OCH_MODELL
@pytest.mark.parametrize(
    "namn", ["prov2/svenskkollektivtrafik-egenskapskrav", "yttranden/ptl-tandvardsutredningen-remissvar"]
)
def test_egen_sida_med_lank_till_remissvaret_ar_yttrande(
    tmp_path: Path, request: pytest.FixtureRequest, regler_ensamma: bool, namn: str
) -> None:
    """The pages' own words without their PDF's letterhead: the organisation in the third person over 'Ta del
    av remissvaret' / 'Läs hela remissvaret här.' (both were annat with the rules alone)."""
    _regler(request, regler_ensamma)
    assert len(igenkanda(_docx(tmp_path / "e.docx", *korpus_stycken(namn)))) == 1


@pytest.mark.usefixtures("utan_typmodell")
@pytest.mark.parametrize(
    "stycken",
    [
        # the brief's form: a headline of the stance, the organisation told as having answered (was annat)
        ("Nej till sänkt skatt på vitt snus",
         "Byggföretagen har svarat på Finansdepartementets remiss om ändrade regler för ROT-avdraget. "
         "Byggföretagen anser att förslaget riskerar att öka svartarbetet i branschen.",
         "Byggföretagen avstyrker därför förslaget i sin helhet och föreslår att regeringen i stället "
         "utreder frågan vidare.",
         "Ladda ner remissvaret"),
        # another sender, another order: the link first with its file, the stance before the answer
        # (was annat)
        ("Ja till fler vindkraftverk till havs",
         "Läs remissvaret (pdf, 250 kB)",
         "Svensk Vindenergi välkomnar Energimyndighetens förslag om nya områden för havsbaserad vindkraft. "
         "Svensk Vindenergi har svarat på remissen och menar att tillståndsprocessen måste gå snabbare."),
        # with 'sitt remissvar' the rules already read it
        ("Skärpta krav på hyresvärdar",
         "Hyresgästföreningen har lämnat in sitt remissvar på promemorian om stärkt besittningsskydd. "
         "Hyresgästföreningen tillstyrker förslaget men anser att det bör gälla även andrahandsuthyrning.",
         "Läs hela remissvaret här."),
    ],
)
def test_egen_sida_med_lank_till_remissvaret_i_andra_ord(tmp_path: Path, stycken: tuple[str, ...]) -> None:
    """The class in other words, with the rules alone: one organisation's answer told and linked as 'the
    answer' is its own page, a yttrande."""
    assert len(igenkanda(_docx(tmp_path / "a.docx", *stycken))) == 1


@REGLER_OCH_MODELL
@pytest.mark.parametrize(
    "stycken",
    [
        # several organisations' answers over a bare link: a report
        ("Branschen delad om nya byggregler",
         "Byggföretagen har svarat på Boverkets remiss om nya byggregler. Byggföretagen anser att förslaget "
         "är för detaljerat. Fastighetsägarna välkomnar däremot förslaget och Fastighetsägarna menar att det "
         "förenklar byggandet.",
         "Ladda ner remissvaret"),
        # the link names whose answer it is, named before it: a paper's item (ytt36)
        ("Nej till sänkt skatt på vitt snus",
         "Byggföretagen har svarat på Finansdepartementets remiss om ändrade regler för ROT-avdraget. "
         "Byggföretagen anser att förslaget riskerar att öka svartarbetet i branschen.",
         "Läs Byggföretagens remissvar här"),
    ],
)
def test_sida_om_andras_svar_med_lank_ar_annat(
    tmp_path: Path, request: pytest.FixtureRequest, regler_ensamma: bool, stycken: tuple[str, ...]
) -> None:
    """A page on several answers, or a link naming the answer's owner the text named before: annat."""
    _regler(request, regler_ensamma)
    assert igenkanda(_docx(tmp_path / "n.docx", *stycken)) == []


@REGLER_OCH_MODELL
def test_folkhogskolornas_genomgang_av_flera_svar_ar_annat(
    tmp_path: Path, request: pytest.FixtureRequest, regler_ensamma: bool
) -> None:
    """prov13/folkhogskolor-statligt-inflytande-remissvar: RIO's and OFI's answers quoted, 'Ladda ner hela
    RIOs remissvar här': a page on several answers stays annat."""
    _regler(request, regler_ensamma)
    stycken = korpus_stycken("prov13/folkhogskolor-statligt-inflytande-remissvar")
    assert igenkanda(_docx(tmp_path / "f.docx", *stycken)) == []


def test_namnet_utan_bindeord_och_nakna_lanken() -> None:
    """'instämmer Privattandläkarna i utredningens förslag' names one organisation, not 'privattandläkarna i';
    the bare link is the definite answer without an owner."""
    from remiss.kontroll.struktur import NAKEN_LANK, _subjekt, load_drag

    rost = next(d for d in load_drag() if d.id == "annans-rost").monster.pattern
    text = ("Privattandläkarna har i dag lämnat in remissvar. När det gäller tandvård till barn instämmer "
            "Privattandläkarna i utredningens förslag.")
    assert _subjekt(rost, text, "remissvar på tandvårdsutredningen") == (set(), {"privattandläkarna"})
    for lank in ("Läs hela remissvaret här.", "Ladda ner remissvaret", "Ta del av remissvaret (pdf, 300 kB)"):
        assert NAKEN_LANK.match(lank)
    for lank in ("Läs Byggföretagens remissvar här", "Läs mer om remissen"):
        assert not NAKEN_LANK.match(lank)
