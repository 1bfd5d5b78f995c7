"""The spaCy pipeline: abbreviations, sentences, lemmas and the ställningstagande patterns as data."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

from remiss.nlp import FORKORTNINGAR, load_nlp, load_patterns


def test_load_nlp_ar_cachad() -> None:
    """load_nlp() builds the pipeline once."""
    assert load_nlp() is load_nlp()
    assert load_nlp().pipe_names == ["sentencizer", "remiss_lemman", "entity_ruler"]


@pytest.mark.parametrize("forkortning", ["prop.", "bet.", "dir.", "kl.", "enl.", "t.ex.", "bl.a.", "m.m."])
def test_forkortning_bryter_inte_meningen(forkortning: str) -> None:
    """A sentence does not end after an abbreviation."""
    doc = load_nlp()(f"Nämnden hänvisar till {forkortning} 2022/23:1 som grund. Nästa mening börjar här.")
    assert len(list(doc.sents)) == 2
    assert forkortning in [t.text for t in doc]


def test_forkortningar_finns_i_listan() -> None:
    """The abbreviations named in FACTS.md are in the list."""
    assert {"prop.", "bet.", "dir.", "kl.", "enl.", "t.ex.", "bl.a.", "m.m."} <= set(FORKORTNINGAR)


@pytest.mark.parametrize(
    ("ord_", "lemma"),
    [
        ("tillstyrker", "tillstyrka"),
        ("tillstyrks", "tillstyrka"),
        ("tillstyrkt", "tillstyrka"),
        ("tillstyrkes", "tillstyrka"),
        ("Avstyrker", "avstyrka"),
        ("avstod", "avstå"),
        ("avslås", "avslå"),
    ],
)
def test_lemman(ord_: str, lemma: str) -> None:
    """Inflected and capitalised forms get their lemma."""
    assert load_nlp()(f"Nämnden {ord_} förslaget.")[1].lemma_ == lemma


def test_monster_matchar_lemman() -> None:
    """The patterns find tillstyrker, avstyrker and avstår by lemma."""
    doc = load_nlp()("Förslaget tillstyrktes. Motionen avstyrks. Nämnden avstår att yttra sig.")
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("tillstyrktes", "TILLSTYRKER"),
        ("avstyrks", "AVSTYRKER"),
        ("avstår att yttra", "AVSTAR"),
    ]


def test_monsterfilen_ar_giltig() -> None:
    """Every line of modeller/stallningstagande.jsonl is JSON with a unique id, a known label and examples."""
    text = resources.files("modeller").joinpath("stallningstagande.jsonl").read_text(encoding="utf-8")
    rows = [json.loads(line) for line in text.splitlines() if line.strip()]
    assert len(rows) == len(load_patterns())
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    assert {r["label"] for r in rows} == {"TILLSTYRKER", "AVSTYRKER", "AVSTAR"}
    assert all(r.get("exempel") for r in rows)


def test_exemplen_i_monsterfilen_hittas() -> None:
    """Every example of each pattern (' / '-separated, a note in parentheses left out) is found by it."""
    nlp = load_nlp()
    for row in load_patterns():
        for example in row["exempel"].split(" / "):
            example = example.split(" (")[0]
            assert row["id"] in [e.ent_id_ for e in nlp(example).ents], (row["id"], example)


def test_import_laddar_inte_spacy() -> None:
    """Importing remiss.nlp and remiss.kontroll does not import spaCy or simplemma."""
    code = (
        "import sys, remiss.nlp, remiss.kontroll\n"
        "print([m for m in ('spacy', 'simplemma') if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_lemmatabellen_sparas_och_lases(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The lemma table is built from simplemma once, written to the cache folder and read back from it."""
    from remiss import nlp

    monkeypatch.setenv("REMISS_CACHE", str(tmp_path))
    nlp.lemma_table.cache_clear()
    try:
        table = nlp.lemma_table()
        [cached] = list(tmp_path.glob("lemman-sv-*.json"))
        assert json.loads(cached.read_text(encoding="utf-8")) == table
        assert table["tillstyrktes"] == "tillstyrka" and table["avstod"] == "avstå"
        cached.write_text(json.dumps({"tillstyrker": "tillstyrka"}), encoding="utf-8")
        nlp.lemma_table.cache_clear()
        assert nlp.lemma_table() == {"tillstyrker": "tillstyrka"}
    finally:
        nlp.lemma_table.cache_clear()


def test_import_spacy_skips_its_command_line() -> None:
    """spaCy is imported without spacy.cli (slow, unused); the real one can still be imported after."""
    import subprocess
    import sys

    code = ("import sys\nfrom remiss.nlp import import_spacy\nspacy = import_spacy()\n"
            "print('cli' , 'spacy.cli' in sys.modules)\n"
            "print('sents', [s.text for s in (lambda n: (n.add_pipe('sentencizer'), n)[1])(spacy.blank('sv'))"
            "('Ett. Två.').sents])\n"
            "import spacy.cli\nprint('real', hasattr(spacy.cli, 'download'))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "cli False" in out and "sents ['Ett.', 'Två.']" in out and "real True" in out


def test_may_match_is_true_wherever_the_pipeline_finds_a_stance() -> None:
    """may_match lets spaCy be skipped only where nothing can be found: every pattern's examples, each
    text the pipeline finds an entity in, may match; a text without the patterns' words may not."""
    from remiss.nlp import may_match

    for pattern in load_patterns():
        for exempel in pattern["exempel"].split(" / "):
            if any(ent.ent_id_ == pattern["id"] for ent in load_nlp()(exempel).ents):
                assert may_match([exempel]), (pattern["id"], exempel)
    assert may_match(["Inledning.", "Nämnden TILLSTYRKER förslaget."])
    assert not may_match(["Kommunen har tagit del av remissen om vattenplanen.", "Med vänlig hälsning"])
    assert not may_match([])


def test_may_match_misses_no_entity_in_the_corpus_texts() -> None:
    """Over real yttranden (tests/korpus/yttranden), no paragraph with an entity is one may_match skips."""
    from remiss.nlp import may_match

    folder = Path(__file__).parent / "korpus" / "yttranden"
    paragraphs = [p for fil in sorted(folder.glob("*.txt"))[:80]
                  for p in fil.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    skipped = [p for p in paragraphs if not may_match([p])]
    assert len(skipped) > len(paragraphs) // 4  # the test has teeth: many paragraphs are skipped
    assert [p for doc, p in zip(load_nlp().pipe(skipped), skipped, strict=True) if doc.ents] == []
