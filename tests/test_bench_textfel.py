"""The transcript flaws of bench/bench_textfel.py change the structure of a text, never its words."""

from __future__ import annotations

import re

from bench import bench_textfel
from tests.korpus import rendera


def _blocks(ident: str) -> list[rendera.Block]:
    spec = next(s for s in rendera.specs() if s["id"] == ident)
    _, kall = rendera.kalltext(spec)
    return rendera.ordnade(spec, rendera.block(spec, rendera.klipp(spec, kall)))


def _ord(blocks: list[rendera.Block]) -> list[str]:
    return " ".join(b.text for b in blocks).split()


def test_joining_flaws_keep_every_word_in_order() -> None:
    blocks = _blocks("msb-undantag-forsvarsmakten")
    for fel in (bench_textfel.rubrik_i_stycket, bench_textfel.ett_stycke):
        andrade = fel(blocks)
        assert len(andrade) < len(blocks)
        assert _ord(andrade) == _ord(blocks)
    joined = bench_textfel.rubrik_i_stycket(blocks)
    assert any(b.text.startswith("Remisstid Remisstiden pågår") for b in joined)  # heading run into the text


def test_broken_word_rejoins_to_the_source_and_page_header_only_adds_the_counter() -> None:
    blocks = _blocks("msb-undantag-forsvarsmakten")
    brutet = bench_textfel.avstavning(blocks)
    hel = re.sub(r"(\w)- (\w)", r"\1\2", " ".join(b.text for b in brutet))
    assert hel == " ".join(b.text for b in blocks)
    assert bench_textfel._brytpunkt("regeringen") == 4  # 'rege- ringen', as a typesetter breaks it
    sida = bench_textfel.sidraknare(blocks)
    extra = [w for w in _ord(sida) if w not in _ord(blocks)]
    assert extra[:2] == ["2", "2(3)"]


def test_ligatures_keep_the_words_in_nfkc() -> None:
    import unicodedata

    blocks = _blocks("finspang-op-samrad")  # 'Finspång', 'kommun@finspang.se'
    lig = bench_textfel.ligaturer(blocks)
    assert any("\ufb01" in b.text or "\ufb02" in b.text or "\ufb00" in b.text for b in lig)
    assert [unicodedata.normalize("NFKC", b.text) for b in lig] == [b.text for b in blocks]
