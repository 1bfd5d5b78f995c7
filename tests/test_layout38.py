"""Layout dependences found by `bench_layoutbyte missiv yttranden` at the start of session 38 (helper layout38):
fields right in a real document's own layout and wrong in another. Each class has a named test with the corpus
text rendered in the layout where it failed (as the bench renders it), and a test of the same class in other
words."""

# ruff: noqa: E501  (the documents' own lines are kept as they stand)

from __future__ import annotations

import copy
from pathlib import Path

from remiss.domain import Line


def _ratt(mapp: str, spec_id: str, layout: str, format_: str, falt: str, tmp_path: Path) -> bool:
    """Return True when the field read from the spec rendered in another layout is right (bench_layoutbyte)."""
    from bench import bench_layoutbyte
    from tests.korpus import jamfor, rendera

    spec = copy.deepcopy(next(s for s in rendera.specs(mapp) if s["id"] == spec_id))
    spec.update(layout=layout, format=format_)
    dok = next(d for d in jamfor.dokument((mapp,)) if d.id == spec_id)
    fil = bench_layoutbyte._bygg(rendera, spec, tmp_path)
    return bool(jamfor.jamfor(dok, jamfor.kor(fil))[falt].ratt)


def _rubrik(texter: list[tuple[str, float, bool]], *, luft: float = 5.0) -> list[Line]:
    """Lines of (text, size, bold) one under the other, `luft` points apart (a heading's wrapped lines)."""
    out, top = [], 100.0
    for i, (text, size, bold) in enumerate(texter):
        out.append(Line(text=text, page=1, number=i + 1, top=top, bottom=top + size, size=size, bold=bold,
                        x0=77.0, x1=77.0 + 5.5 * len(text)))
        top += size + luft
    return out


# --- a bold heading wrapped after a comma: its rest is no letterhead (avsandare._organisation_on_top) ----------

def test_rubrikens_rest_efter_kommatecken_ar_ingen_avsandare(tmp_path: Path) -> None:
    """missiv/helsingborg-edeforsen-granskning in the rk and tabell PDF layouts: the heading 'Ändring av
    stadsplan (1283K-10141) för norra delen av' / 'Svensgårdsområdet, fastigheten Edeforsen 1med flera,' /
    'Ödåkra, Helsingborgs stad' wraps so that its last line is only the place and the city, and that line was
    read as the first organisation on top ('Ödåkra, Helsingborgs stad'); in the Word layout the heading is one
    paragraph and the sender is the nämnd the answers go to."""
    assert _ratt("missiv", "helsingborg-edeforsen-granskning", "rk", "pdf", "avsandare", tmp_path)
    assert _ratt("missiv", "helsingborg-edeforsen-granskning", "tabell", "pdf", "avsandare", tmp_path)


def test_rubrikens_rest_efter_kommatecken_i_annan_ordalydelse() -> None:
    """The same class in other words: a plan heading wrapped after its list of properties ('…, fastigheten
    Lärkan 2 med flera,' / 'Sörbo, Ludvika kommun') gives no sender; a short bold letterhead over the heading
    still does."""
    from remiss.extract.avsandare import _organisation_on_top

    rubrik = _rubrik([("Detaljplan för del av kvarteret Stenen, fastigheten", 13.0, True),
                      ("Lärkan 2 och Lärkan 3 med flera,", 13.0, True),
                      ("Sörbo, Ludvika kommun", 13.0, True),
                      ("Syftet med detaljplanen är att möjliggöra fler bostäder i området.", 10.5, False)])
    assert _organisation_on_top(rubrik) is None
    brevhuvud = _rubrik([("Ludvika kommun", 13.0, True),
                         ("Detaljplan för Lärkan 2", 13.0, True),
                         ("Syftet med detaljplanen är att möjliggöra fler bostäder i området.", 10.5, False)])
    found = _organisation_on_top(brevhuvud)
    assert found is not None and found.value == "Ludvika kommun"


# --- a protocol's matter by who asked is no letterhead in the title's reading (core.title_from_layout) -------

def test_hemstallan_fran_namnden_ombruten_ar_titeln(tmp_path: Path) -> None:
    """missiv/goteborg-ks-remittering-forvarv-bolagsfastigheter in the web layout: the protocol's heading
    'Hemställan från exploateringsnämnden gällande' / 'möjligheter' / 'att förvärva fastigheter som kommunala
    bolag ska' / 'avyttra' wraps after 'gällande', and its first line alone looked like an organisation's name
    set large (the letterhead), so the title fell to the section heading 'Propositionsordning'."""
    assert _ratt("missiv", "goteborg-ks-remittering-forvarv-bolagsfastigheter", "webb", "pdf", "titel", tmp_path)


def test_hemstallan_fran_namnden_i_annan_ordalydelse() -> None:
    """The same class in other words: 'Begäran från kulturnämnden om' / 'utökad budget för stadsbiblioteket'
    set large is the title, joined; a board's name alone over a heading is still passed as the letterhead."""
    from remiss.extract.core import title_from_layout

    sidan = _rubrik([("§ 112 Dnr KS 2023/45", 10.5, False),
                     ("Begäran från kulturnämnden om", 15.0, True),
                     ("utökad budget för stadsbiblioteket", 15.0, True),
                     ("Beslut", 11.5, True),
                     ("Ärendet remitteras till kulturnämnden för yttrande.", 10.5, False)])
    found = title_from_layout(sidan)
    assert found is not None and found.value == "Begäran från kulturnämnden om utökad budget för stadsbiblioteket"


# --- a heading's rest in parentheses on the next line (core._open_end) ------------------------------------------

def test_rubrikens_parentes_pa_nasta_rad(tmp_path: Path) -> None:
    """missiv/kristianstad-aspet-kungorelse-2015 in the vanster and epost layouts: 'Ändring av detaljplanen för
    Södra och Östra delarna av Äspet i Åhus' / '(område A), Kristianstads kommun', and the title ended before
    the parenthesis, which the line had room for (a source line break)."""
    assert _ratt("missiv", "kristianstad-aspet-kungorelse-2015", "vanster", "pdf", "titel", tmp_path)
    assert _ratt("missiv", "kristianstad-aspet-kungorelse-2015", "epost", "pdf", "titel", tmp_path)


def test_rubrikens_parentes_i_annan_ordalydelse() -> None:
    """The same class in other words: a line set alike that opens with a parenthesis in lower case goes on
    with the heading; one in capitals (a number, a label) is left to the other rules."""
    from remiss.extract.core import _open_end

    assert _open_end("Detaljplan för Norra Vallby", "(etapp 2), Västerås stad")
    assert not _open_end("Detaljplan för Norra Vallby", "(Dnr BN 2020/12)")


# --- the document a heading puts on the procedure, when the heading wraps (core._heading_wrapped) -------------

def test_dokumentet_i_ombruten_rubrik_om_forfarandet(tmp_path: Path) -> None:
    """missiv/ostersund-2040-granskning-2022 in the rk, tabell and web layouts: 'Tyck till om Östersunds
    framtid, översiktsplanen är ute på' / 'granskning' wraps before the procedure, so the heading's first line
    did not say what is 'ute på granskning' and the title kept the theme ('Östersunds framtid,
    översiktsplanen'); and the title model's 'Översiktsplanen', the first word of a sentence further down,
    counted as the rules' title made and weighed (it is made only where a line starts with it)."""
    for layout in ("rk", "tabell", "webb"):
        assert _ratt("missiv", "ostersund-2040-granskning-2022", layout, "pdf", "titel", tmp_path)


def test_dokumentet_i_ombruten_rubrik_i_annan_ordalydelse() -> None:
    """The same class in other words: 'Var med och tyck till om Ludvikas kultur, kulturplanen är' / 'ute på
    remiss' gives the document; the candidate of the same words counts as made only on the rules' lines."""
    from remiss import titelmodell
    from remiss.extract.core import _heading_wrapped

    sidan = _rubrik([("Tyck till om Ludvikas kultur, kulturplanen är ute på", 13.0, True),
                     ("remiss", 13.0, True),
                     ("Kulturplanen har tagits fram av kulturförvaltningen under året.", 10.5, False)])
    assert _heading_wrapped(sidan, sidan[0]).endswith("kulturplanen är ute på remiss")
    kandidat = titelmodell.Kandidat("Kulturplanen", 2, 1, "del", sidan[2])
    assert not titelmodell._covers(kandidat, sidan[0])
    assert titelmodell._covers(titelmodell.Kandidat("Ludvikas kultur, kulturplanen", 0, 2, "ren", sidan[0]),
                               sidan[0])


# --- the title model fills no title with a piece of a wrapped heading or a sentence's subject ----------------

def test_ingen_titel_ur_ombruten_rubrik_eller_meningens_subjekt(tmp_path: Path) -> None:
    """missiv/lrf-sodermanland-folkrorelse-synpunkter in the web layout: the interview heading 'Hallå där
    Johan Lagerholm, Jeanette Blackert och Per' / 'Willén, styrelserepresentanter i regionernas' /
    'medlemsutskott.' (no title) gave the model's 'Willén, styrelserepresentanter …', a stretch from inside
    the heading; missiv/vasteras-onsta-gryta-dp1901-granskning in the Word layouts and the web layout (facit
    null): 'Detaljplanen', the subject of 'Detaljplanen är utställd för granskning …', and 'förlängt
    granskningstiden.', the rest of a bold lead wrapped over lines."""
    assert _ratt("missiv", "lrf-sodermanland-folkrorelse-synpunkter", "webb", "pdf", "titel", tmp_path)
    assert _ratt("missiv", "vasteras-onsta-gryta-dp1901-granskning", "webb", "pdf", "titel", tmp_path)
    assert _ratt("missiv", "vasteras-onsta-gryta-dp1901-granskning", "tabell", "docx", "titel", tmp_path)


def test_ingen_titel_ur_ombruten_rubrik_i_annan_ordalydelse() -> None:
    """The same class in other words: a stretch starting on a bold heading's wrapped line is marked; one
    starting under a heading that ended with a full stop, or under a gap, is not; a sentence's subject alone
    ('Översiktsplanen' of 'Översiktsplanen är ute på samråd …') is no title to fill, a heading's word is."""
    from remiss import titelmodell

    sidan = _rubrik([("Hallå där Anna Berg och Per", 15.0, True),
                     ("Lund, ledamöter i styrelsens arbetsgrupp.", 15.0, True),
                     ("Vad händer nu?", 15.0, True)])
    assert titelmodell._heading_wrapped_above(sidan[0], sidan[1])
    assert not titelmodell._heading_wrapped_above(sidan[1], sidan[2])
    glest = _rubrik([("Ledningsbloggen", 15.0, True), ("Förslag på ny näringslivsstrategi", 15.0, True)], luft=14.0)
    assert not titelmodell._heading_wrapped_above(glest[0], glest[1])
    mening = Line("Översiktsplanen är ute på samråd mellan den 1 mars och 30 april 2021.", 1, 1)
    assert titelmodell._statement_subject(titelmodell.Kandidat("Översiktsplanen", 0, 1, "del", mening))
    rubrik = Line("Översiktsplanen", 1, 1, bold=True)
    assert not titelmodell._statement_subject(titelmodell.Kandidat("Översiktsplanen", 0, 1, "rad", rubrik))
