"""The positive reading of the remitted matter (remiss.arende, modeller/arende_fras.toml; titel21): the noun
phrase round a document's kind with its qualifiers and complements, from the headings first."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from remiss import arende
from remiss.titelmodell import kandidater, rules_name_more
from tests.test_riktiga_missiv15 import lines_of

FRAS_TOML = Path(__file__).resolve().parent.parent / "modeller" / "arende_fras.toml"
EXEMPEL = [e.split(" => ") for e in tomllib.loads(FRAS_TOML.read_text(encoding="utf-8"))["exempel"]["fraser"]]


@pytest.mark.parametrize(("text", "vantat"), EXEMPEL)
def test_exemplen(text: str, vantat: str) -> None:
    """modeller/arende_fras.toml [exempel]: each heading or sentence gives its phrase (that names most)."""
    fraser = arende.fraser(text, 0, 0, 0)
    assert fraser
    assert min(fraser, key=lambda f: (f.mer == 0, -f.mer, -len(f.text))).text == vantat


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("Detaljplan för Åby 6:38, 3:34 m.fl.", ["Detaljplan", "för", "Åby", "6:38", ",", "3:34", "m.fl."]),
        ("Vatten- och avloppsplan (VA-plan)", ["Vatten-", "och", "avloppsplan", "(", "VA-plan", ")"]),
        ("Översiktsplan 2018–2021!", ["Översiktsplan", "2018–2021", "!"]),
        ("SOU 2018:54 En effektivare", ["SOU", "2018:54", "En", "effektivare"]),
        ("på www.sundsvall.se/op2040.", ["på", "www.sundsvall.se/op2040", "."]),
    ],
)
def test_token_som_spacy(text: str, tokens: list[str]) -> None:
    """The tool's own tokens are spaCy's blank Swedish ones for what the reading reads (the study checks all
    corpus remisser: the same phrase on both in 477/477)."""
    assert [t.text for t in arende.tokens(text)] == tokens


def test_rubriken_forst_sedan_meningen_som_skickar_ut() -> None:
    """The heading's phrase before a sentence's fuller one; without a kind in the heading, the sentence that
    sends the matter out."""
    lines = lines_of("Vi vill ha dina synpunkter på den nya översiktsplanen!\n"
                     "Ett förslag till ny översiktsplan för Kalix kommun finns nu ute på samråd.")
    basta, _ = arende.las(lines)
    assert basta is not None and basta.text == "den nya översiktsplanen"
    lines = lines_of("Nu kan du tycka till\n"
                     "Ett förslag till ny översiktsplan för Kalix kommun finns nu ute på samråd.")
    basta, _ = arende.las(lines)
    assert basta is not None and basta.kalla == 1
    assert basta.text == "förslag till ny översiktsplan för Kalix kommun"


def test_titelmodellens_kandidater_markeras() -> None:
    """The title model's candidates that the reading found carry where it found them and which is its best."""
    lines = lines_of("Samråd om Kulturplan Laxå kommun för åren 2019-2022\n"
                     "Laxå kommun bjuder in till samråd.")
    marked = {k.text: (k.arende, k.arende_basta) for k in kandidater(lines) if k.arende >= 0}
    assert marked.get("Kulturplan Laxå kommun för åren 2019-2022") == (0, True)


@pytest.mark.parametrize(
    ("regel", "modell", "vantat"),
    [
        ("Detaljplanen för kvarter 4, Logistik Bålsta", "Detaljplanen för kvarter 4", True),
        ("Motalas nya översiktsplan, ÖP 2040", "Motalas nya översiktsplan", True),
        ("Detaljplan för Trönninge 11:6, Trönninge", "förslag till Detaljplan för Trönninge 11:6", True),
        ("God hälsa och minskade hälsoklyftor i befolkningen", "nya folkhälsopolicyn", True),
        ("Tidsplan för samrådsturné", "Översiktsplan för Överkalix kommun", False),
        ("Dp 157 Södra Näs planändring", "detaljplan 157 Södra Näs", True),
        ("Förslag till idrottspolitiskt program", "idrottspolitiska program", True),
        ("Samråd Grönprogram 2018/0153", "Grönprogram", False),
    ],
)
def test_reglernas_titel_efter_komma_eller_med_eget_namn(regel: str, modell: str, vantat: bool) -> None:
    """The rules' title that goes on after a comma (a place, a part, a code) names more than the model's cut
    at it; a kind alone does not replace a title of three words or more that names no kind; the same plan
    with its kind spelt out, or without 'Förslag till', names no more (titel21: the reading's features made
    the model take them in the corpus, in test_riktiga_missiv15's Hallstahammar and in bench_layoutbyte's
    webb layout of prov13/orebro)."""
    assert rules_name_more(regel, modell) is vantat
