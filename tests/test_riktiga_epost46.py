"""A missiv that arrives as the text of an e-mail (epost46): real corpus texts as a mail's text part.

Each test reads the real source text of a corpus missiv (`tests/korpus/<mapp>/<id>.txt`) cut as its file is
built (`rendera.klipp`: the notice's own words, without the site's navigation around it), writes it as the
text of an undated .eml as bench/bench_epost.py does, and asserts the fields its file gives.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from remiss.epost.tolka import text_handling
from remiss.pipeline import tolka_fil
from tests.korpus import jamfor, rendera
from tests.test_epost import epost, som_epost_text, spara


def _som_epost(mapp: str, dok_id: str, tmp_path: Path) -> list[dict]:
    """Return the remisser read from the corpus missiv's own words as the text of an undated mail."""
    dok = next(d for d in jamfor.dokument((mapp,)) if d.id == dok_id)
    text = dok.fil.with_suffix(".txt").read_text(encoding="utf-8").split("\n", 1)[1]
    spec = json.loads((rendera.BYGG / f"{dok_id}.json").read_text(encoding="utf-8"))
    mail = epost(som_epost_text(rendera.klipp(spec, text)), datum=None)
    return [r.to_dict() for r in tolka_fil(spara(mail, tmp_path / "m", "eml"))]


def _facit(mapp: str, dok_id: str) -> dict:
    """Return the truth of a corpus document."""
    return next(d.facit for d in jamfor.dokument((mapp,)) if d.id == dok_id)


# The notice's heading is the first short line standing alone: as a file it is set large and bold, as a
# mail's text it has no layout and the title was read from a sentence further down ('ändrad detaljplan
# för del', 'nya föreskrifter') or not at all.
RUBRIK_FORST = [
    ("missiv", "lulea-oringen-dp-granskning"),  # 'Detaljplan för del av centrum, del av Öringen 6 och …'
    ("missiv", "riksarkivet-gallring-remiss-nyhet"),  # 'Förslag till nya föreskrifter om gallring'
    ("prov36", "vanerkulle-biosfar-10arsutvardering-remiss"),  # '10-årsutvärdering av biosfärområdet'
    ("prov5", "rjl-hallbarhetsprogram-remiss"),  # 'Hållbarhetsprogram för Region Jönköpings län'
]


@pytest.mark.parametrize(("mapp", "dok_id"), RUBRIK_FORST)
def test_mail_text_heading_is_the_title(tmp_path: Path, mapp: str, dok_id: str) -> None:
    """A real notice pasted as a mail's text: its heading line standing alone at the top is the titel."""
    found = _som_epost(mapp, dok_id, tmp_path)
    assert jamfor.norm(found[0]["titel"]) == jamfor.norm(_facit(mapp, dok_id)["titel"])


def test_mail_text_heading_makes_the_notice_a_remiss(tmp_path: Path) -> None:
    """Mariehamn's stadsplan notice as a mail's text is a remiss, with the heading as its titel."""
    found = _som_epost("prov14", "mariehamn-sodra-lillangen-stadsplan", tmp_path)
    assert [r["titel"] for r in found] == ["Södra Lillängen (nr 971)"]


def test_heading_line_of_a_mail_text() -> None:
    """The first short line of its own is set as the heading; sentences, list items and lines that run
    on are body text, and a text without such a line keeps no sizes."""
    text = "Hej!\nHär kommer remissen.\n\nSamråd om ny avfallsplan\n\nKommunen har tagit fram ett förslag.\n"
    lines = text_handling(text, "m.eml").pages[0].lines
    assert [(x.text, x.bold, x.size) for x in lines] == [
        ("Hej!", False, 11.0), ("Här kommer remissen.", False, 11.0),
        ("Samråd om ny avfallsplan", True, 14.0), ("Kommunen har tagit fram ett förslag.", False, 11.0)]
    plain = text_handling("Kommunen har tagit fram ett förslag.\n\n- Bilaga 1\n", "m.eml").pages[0].lines
    assert {(x.bold, x.size) for x in plain} == {(False, 0.0)}


# A link in a mail's text part is its words and then its target in angle brackets, as Outlook writes it
# ('Försvarsmakten <https://…>'); the target is no part of the words (the remissinstans was
# 'Försvarsmakten </globalassets/regeringen/…>').
LANKAR = [("missiv", "rk-fo2018-logistikforsorjning"), ("missiv", "rk-fo2018-materielbehov")]


@pytest.mark.parametrize(("mapp", "dok_id"), LANKAR)
def test_link_targets_in_a_mail_text(tmp_path: Path, mapp: str, dok_id: str) -> None:
    """Regeringskansliet's remiss page as a mail's text (links written 'text <url>') gives its list."""
    dok = next(d for d in jamfor.dokument((mapp,)) if d.id == dok_id)
    text = dok.fil.with_suffix(".txt").read_text(encoding="utf-8").split("\n", 1)[1]
    mail = epost(som_epost_text(text), datum=None)
    found = [r.to_dict() for r in tolka_fil(spara(mail, tmp_path / "m", "eml"))]
    names = [r["namn"] for r in found[0]["remissinstanser"]]
    assert not [n for n in names if "<" in n]
    assert jamfor.instanser_f1(dok.facit["remissinstanser"], names)[2] >= jamfor.F1_GRANS


def test_link_target_dropped_address_kept() -> None:
    """A web link's target goes from a mail text's line; an address in angle brackets stays."""
    text = "Försvarsmakten <https://www.forsvarsmakten.se/>\nKontakt: Anna <anna@exempel.se>\nSe </a/b.pdf>\n"
    assert [x.text for x in text_handling(text, "m.eml").pages[0].lines] == [
        "Försvarsmakten", "Kontakt: Anna <anna@exempel.se>", "Se"]


def test_greeting_over_the_missiv_is_no_title(tmp_path: Path) -> None:
    """A greeting standing alone over the real Borås missiv ('Hej!') does not become its titel."""
    from tests.test_epost import seed_missiv

    found = tolka_fil(spara(epost(f"Hej!\n\n{seed_missiv()}"), tmp_path / "m", "eml"))
    assert (found[0].titel, found[0].diarienummer) == ("Motion: Handlingsplan mot skolsegregationen",
                                                        "KS 2022-00304")
