"""Layout and text-flaw dependences found by `bench_layoutbyte` and `bench_textfel` in session 30 (helper
robust30) on the reported set prov28/, never run through these benches before, and the older leftovers: fields
right in a real document's own layout (or as built) and wrong in another layout (or with a transcript's flaw).
Each cause has a named test with the corpus text rendered where it failed (as the benches do), or the page's own
pieces as the reader gets them, and a test of the same class in other words that fails without the fix."""

# ruff: noqa: E501  (the documents' own lines are kept as they stand)

from __future__ import annotations

import copy
import shutil
from pathlib import Path

import pytest

from remiss.domain import Line


def _rader(texter: list[str]) -> list[Line]:
    """Lines one under the other, as the reader gives a page's text."""
    return [Line(text=t, page=1, number=i + 1, top=60.0 + 14 * i, bottom=70.0 + 14 * i, size=10.0, x0=40.0)
            for i, t in enumerate(texter)]


def _ratt_libreoffice(mapp: str, spec_id: str, layout: str, falt: str, tmp_path: Path) -> bool:
    """Return True when the field read from the spec's Word layout saved as PDF by LibreOffice is right."""
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) saknas")
    from bench import bench_layoutbyte
    from tests.korpus import jamfor, rendera

    spec = copy.deepcopy(next(s for s in rendera.specs(mapp) if s["id"] == spec_id))
    spec.update(layout=layout, format="libreoffice")
    dok = next(d for d in jamfor.dokument((mapp,)) if d.id == spec_id)
    fil = bench_layoutbyte._bygg(rendera, spec, tmp_path)
    return bool(jamfor.jamfor(dok, jamfor.kor(fil))[falt].ratt)


# --- a case number broken at its hyphen by the line break (kontroll.hitta._hela_nummer) ------------------------

def test_nummer_brutet_vid_bindestrecket_med_libreoffice(tmp_path: Path) -> None:
    """prov28/kronofogden-kreditupplysning-yttrande in the table layout saved as PDF by LibreOffice: the title's
    line '… kreditupplysning (Ju2008/4277/L2) Dnr 801-' / '13764-08/112 2008-09-04' breaks the own number after
    its first hyphen, and the yttrande's number became '801'. A labelled number that ends the line at a hyphen
    takes the digits that open the next line."""
    assert _ratt_libreoffice("prov28", "kronofogden-kreditupplysning-yttrande", "tabell", "diarienummer", tmp_path)


def test_nummer_brutet_vid_bindestrecket_i_annan_ordalydelse() -> None:
    """The same class in other words: another body's number in another form, broken at its hyphen after the
    label, is read whole; a span of years broken at the line end, and a label whose next line opens with words,
    are left as they are."""
    from remiss.kontroll.hitta import _hela_nummer

    hela = _hela_nummer(_rader(["Svar på remiss om regional utvecklingsstrategi, Diarienummer: RS 05-",
                                "0219-21. Regionstyrelsen har tagit del av förslaget."]))
    assert hela[0].text.endswith("Diarienummer: RS 05-0219-21")
    assert hela[1].text.startswith("0219-21.")
    ar = _rader(["Nämnden har under åren 2019-", "2021 arbetat med frågan."])
    assert [r.text for r in _hela_nummer(ar)] == [r.text for r in ar]
    ord_ = _rader(["Vårt dnr 801-", "anges i ämnesraden."])
    assert [r.text for r in _hela_nummer(ord_)] == [r.text for r in ord_]


# --- a number only in the letterhead, which the web and e-mail layouts do not print (bench_layoutbyte) ---------

def test_nummer_bara_i_brevhuvudet_ar_inget_layoutberoende(tmp_path: Path) -> None:
    """prov28/bolagsverket-forenklingar-aktiebolagslagen-yttrande in the web layout: the own number 'AD
    41-626/2009' stands only in the letterhead ('Vårt ärendenummer'), which the web layout does not print, so
    the document as rendered names only the department's '(dnr Ju2009/3395/L1)', which the facit rules give
    it. The bench counts such a number apart, not as a layout dependence; a number the variant prints is
    still compared."""
    from bench import bench_layoutbyte
    from tests.korpus import jamfor, rendera

    spec = copy.deepcopy(next(s for s in rendera.specs("prov28")
                              if s["id"] == "bolagsverket-forenklingar-aktiebolagslagen-yttrande"))
    spec.update(layout="webb", format="pdf")
    fil = bench_layoutbyte._bygg(rendera, spec, tmp_path)
    assert bench_layoutbyte._ej_utskrivet(jamfor, fil, "diarienummer", "AD 41-626/2009")
    assert not bench_layoutbyte._ej_utskrivet(jamfor, fil, "diarienummer", "Ju2009/3395/L1")
    assert not bench_layoutbyte._ej_utskrivet(jamfor, fil, "titel", "AD 41-626/2009")
    bth = copy.deepcopy(next(s for s in rendera.specs("prov25") if s["id"] == "bth-urval-extraordinara-handelser-yttrande"))
    bth.update(layout="tabell", format="pdf")  # the number broken in the header's narrow cell is printed
    fil = bench_layoutbyte._bygg(rendera, bth, tmp_path)
    assert not bench_layoutbyte._ej_utskrivet(jamfor, fil, "diarienummer", "BTH 1.4.1.-0053-2021")


def _stil(texter: list[tuple[str, float, bool]], *, luft: float = 12.0) -> list[Line]:
    """Lines of (text, size, bold) one under the other with `luft` points of space between (a transcript's
    source lines kept as paragraphs: a paragraph's gap after each)."""
    out, top = [], 100.0
    for i, (text, size, bold) in enumerate(texter):
        out.append(Line(text=text, page=1, number=i + 1, top=top, bottom=top + size, size=size, bold=bold,
                        x0=72.0, x1=72.0 + 5.5 * len(text)))
        top += size + luft
    return out


def _word(texter: list[tuple[str, float, bool]]) -> list[Line]:
    """Word paragraphs of (text, size, bold): no positions, one line each."""
    return [Line(text=t, page=1, number=i + 1, size=size, bold=bold) for i, (t, size, bold) in enumerate(texter)]


# --- a numbered item a transcript ran onto the last line of a page (split._numbering_continues) ---------------

def test_numrerad_punkt_inkord_sist_pa_sidan_med_radstycken(tmp_path: Path) -> None:
    """missiv/rk-u2017-ett-oppnare-och with the source's lines kept as paragraphs: the title broken over three
    lines moves the list down so that page 1 ends with '39 Malmö högskola 40 Mälardalens högskola' (the source
    runs the two items onto one line) and page 2 opens '41 Stockholms konstnärliga högskola'; the list's
    numbering did not go on from 39, the missiv was cut after page 1 and lost the deadline and the list's rest.
    The items a transcript ran onto a numbered line count, each one more than the one before."""
    from tests.test_layout26 import _textfel

    assert _textfel("missiv", "rk-u2017-ett-oppnare-och", "radstycken", "svarsdatum", tmp_path)
    assert _textfel("missiv", "rk-u2017-ett-oppnare-och", "radstycken", "remissinstanser", tmp_path)


def test_numrerad_punkt_inkord_i_annan_ordalydelse() -> None:
    """The same class in other words: a kommun list whose page ends '17 Ortby kommun 18 Storby kommun' over
    '19 Region Ortland'; a number inside a name is no item, and a list that skips a number does not go on."""
    from remiss.split import _numbering_continues

    assert _numbering_continues(["16 Länsstyrelsen i Ortlands län", "17 Ortby kommun 18 Storby kommun"],
                                ["19 Region Ortland", "20 Trafikverket"])
    assert not _numbering_continues(["16 Länsstyrelsen i Ortlands län", "17 Föreningen 3 Kvinnor"],
                                    ["19 Region Ortland"])
    assert not _numbering_continues(["17 Ortby kommun 18 Storby kommun"], ["21 Region Ortland"])


# --- a heading line that ends with a comma goes on over a gap (core._open_end) ---------------------------------

def test_rubrikrad_som_slutar_med_kommatecken_med_radstycken(tmp_path: Path) -> None:
    """missiv/rk-u2017-forslag-till-europaparlamentets with the source's lines kept as paragraphs: the heading
    '… och Meddelande från kommissionen till Europaparlamentet, rådet,' / 'Europeiska ekonomiska och sociala
    kommittén och regionkommittén …' stands in blocks with space between, and the title ended at 'rådet,'. A
    heading cannot end on a comma: the next line set alike goes on with it."""
    from tests.test_layout26 import _textfel

    assert _textfel("missiv", "rk-u2017-forslag-till-europaparlamentets", "radstycken", "titel", tmp_path)


def test_rubrikrad_som_slutar_med_kommatecken_i_annan_ordalydelse() -> None:
    """The same class in other words: another ministry's remiss of a communication to several bodies; a heading
    line that ends on a word is still followed by a heading of its own."""
    from remiss.extract.core import find_titel

    lista = _stil([("Remiss av meddelande från kommissionen till rådet, Europaparlamentet,", 15.0, True),
                   ("Regionkommittén och Europeiska centralbanken om kapitalmarknadsunionen", 15.0, True),
                   ("Remissvaren ska ha kommit in senast den 1 juni 2024.", 11.0, False)], luft=24.0)
    found = find_titel(lista)
    assert found is not None and found.value.endswith("om kapitalmarknadsunionen")
    egen = _stil([("Remiss av meddelande från kommissionen om kapitalmarknadsunionen", 15.0, True),
                  ("Regionkommittén och Europeiska centralbanken", 15.0, True),
                  ("Remissvaren ska ha kommit in senast den 1 juni 2024.", 11.0, False)], luft=24.0)
    found = find_titel(egen)
    assert found is not None and found.value.endswith("om kapitalmarknadsunionen")


# --- a heading line that ends on a kind of place the next line names (core._open_end) ---------------------------

def test_rubrikrad_som_slutar_pa_stadsdelen_med_radstycken(tmp_path: Path) -> None:
    """missiv/goteborg-sbk-sankt-jorgens-vag-sandlista with the source's lines kept as paragraphs: 'Detaljplan
    för bostäder och verksamhet vid Sankt Jörgens väg, inom stadsdelen' / 'Backa i Göteborg' in two blocks with
    space between; the title ended at 'stadsdelen'. A heading that ends on a kind of place after a preposition
    ('inom stadsdelen', 'på fastigheten') goes on with the capitalised name on the next line set alike."""
    from tests.test_layout26 import _textfel

    assert _textfel("missiv", "goteborg-sbk-sankt-jorgens-vag-sandlista", "radstycken", "titel", tmp_path)


def test_rubrikrad_som_slutar_pa_stadsdelen_i_annan_ordalydelse() -> None:
    """The same class in other words: another kommun's plan broken before the property's name; a heading that
    ends on a place's name is followed by a heading of its own."""
    from remiss.extract.core import title_from_layout

    brodtext = [("Kommunen har tagit fram ett förslag till detaljplan för området.", 11.0, False)]
    brutet = _stil([("Detaljplan för förskola vid Kvarnvägen på fastigheten", 16.0, True),
                    ("Norrby 4:12 i Ortby", 16.0, True), *brodtext])
    found = title_from_layout(brutet)
    assert found is not None and found.value.endswith("på fastigheten Norrby 4:12 i Ortby")
    egen = _stil([("Detaljplan för förskola vid Kvarnvägen i Norrby", 16.0, True), ("Bakgrund", 16.0, True),
                  *brodtext])
    found = title_from_layout(egen)
    assert found is not None and found.value.endswith("vid Kvarnvägen i Norrby")


# --- a line after a line of a lead that ends with a comma is no heading (core._after_comma) -------------------

def test_rad_efter_kommatecken_i_stor_ingress_med_radstycken(tmp_path: Path) -> None:
    """missiv/tillliv-organisationsstruktur-remiss with the source's lines kept as paragraphs: the lead set
    large and bold stands line by line with space between, and 'Skogsvägen 2, 290 40 Kyrkhult senast den 8
    mars. Använd gärna det' (after '… till Börje Karlsson,') became the title. A line set like the line above,
    which ends with a comma, goes on with that sentence also over a gap: no heading of its own."""
    from tests.test_layout26 import _textfel

    assert _textfel("missiv", "tillliv-organisationsstruktur-remiss", "radstycken", "titel", tmp_path)


def test_rad_efter_kommatecken_i_stor_ingress_i_annan_ordalydelse() -> None:
    """The same class in other words: another association's lead with the address after a comma; a short line
    with a comma over a heading (a place and a date) does not make the heading a sentence's rest."""
    from remiss.extract.core import _after_comma

    ingress = _stil([("Skicka era synpunkter, gärna samlade per förening, till kansliet,", 13.0, True),
                     ("Storgatan 5, 123 45 Ortby senast den 1 maj. Använd gärna det", 13.0, True)])
    assert _after_comma(ingress[0], ingress[1])
    ort = _stil([("Ortby, 2024", 13.0, True), ("Förslag till nya stadgar", 13.0, True)])
    assert not _after_comma(ort[0], ort[1])
    brodtext = _stil([("Skicka era synpunkter, gärna samlade per förening, till kansliet,", 11.0, False),
                      ("Förslag till nya stadgar", 13.0, True)])
    assert not _after_comma(brodtext[0], brodtext[1])


# --- a Word paragraph that breaks off mid-sentence goes on in the next (core._call_wrapped, _goes_on_from) -----

def test_uppmaning_i_wordstycken_mitt_i_meningen_med_radstycken(tmp_path: Path) -> None:
    """missiv/bollebygd-avfallsforeskrift-utstallning (Word) with the source's lines kept as paragraphs: 'Vi vill
    ha dina åsikter om föreskrifterna innan de tas upp för beslut om' / 'antagande i fullmäktige.' as two Word
    paragraphs; the first, with no full stop, was read as a call line naming the matter ('föreskrifterna innan
    …' became the title, and the heading the sender). A Word paragraph that breaks off mid-sentence goes on in
    the next set alike that opens in lower case: a sentence of the text, not a call set as a heading."""
    from tests.test_layout26 import _textfel

    assert _textfel("missiv", "bollebygd-avfallsforeskrift-utstallning", "radstycken", "titel", tmp_path)
    assert _textfel("missiv", "bollebygd-avfallsforeskrift-utstallning", "radstycken", "avsandare", tmp_path)


def test_uppmaning_i_wordstycken_i_annan_ordalydelse() -> None:
    """The same class in other words: another kommun's call broken before 'kommunfullmäktige i höst.'; a Word
    paragraph whose next opens with a capital stays alone."""
    from remiss.extract.core import _call_wrapped

    brutet = _word([("Ny taxa för vatten och avlopp", 14.0, True),
                    ("Vi vill gärna ha dina synpunkter på taxan innan den tas upp för beslut i", 11.0, False),
                    ("kommunfullmäktige i höst.", 11.0, False)])
    assert _call_wrapped(brutet, 1).endswith("för beslut i kommunfullmäktige i höst.")
    hel = _word([("Ny taxa för vatten och avlopp", 14.0, True),
                 ("Lämna synpunkter på förslaget till ny taxa", 11.0, False),
                 ("Förslaget finns på kommunens webbplats.", 11.0, False)])
    assert _call_wrapped(hel, 1) == "Lämna synpunkter på förslaget till ny taxa"


def test_planens_namn_i_wordstycke_efter_preposition_med_radstycken(tmp_path: Path) -> None:
    """missiv/ockero-kretsloppspark-granskning-hyppeln (Word) with the source's lines kept as paragraphs:
    'Kommunstyrelsen i Öckerö kommun beslutade 2017-04-25 att genomföra granskning av' / 'detaljplan för Öckerö
    nya Kretsloppspark på fastigheten Heden 1:300 vid Hönö' / 'Pinan.'; the second paragraph, opening with
    'detaljplan för', was read as the plan's formal name under the heading, cut short. A Word paragraph that
    ends on a word no sentence ends on ('av', 'för', 'och' …) goes on in the next: when that one does not end
    the sentence either, it opens inside the sentence and holds no name of its own."""
    from tests.test_layout26 import _textfel

    assert _textfel("missiv", "ockero-kretsloppspark-granskning-hyppeln", "radstycken", "titel", tmp_path)


def test_planens_namn_i_wordstycke_efter_preposition_i_annan_ordalydelse() -> None:
    """The same class in other words: another kommun's decision broken before 'detaljplan för …', the sentence
    going on in a third paragraph; the formal name in a Word paragraph of its own (after a full stop) is still
    read."""
    from remiss.extract.core import _plan_name

    brutet = _word([("Byggnadsnämnden beslutade 2024-03-01 att ställa ut förslaget till", 11.0, False),
                    ("detaljplan för Ortby nya hamn på fastigheten Ortby 3:12 vid Storsjön", 11.0, False),
                    ("Norra. Granskningen pågår till den 1 maj.", 11.0, False)])
    assert _plan_name(brutet, "detaljplan Ortby hamn") is None
    egen = _word([("Byggnadsnämnden har beslutat att ställa ut förslaget.", 11.0, False),
                  ("detaljplan för Ortby nya hamn på fastigheten Ortby 3:12 vid Storsjön", 11.0, False),
                  ("Granskningen pågår till den 1 maj.", 11.0, False)])
    found = _plan_name(egen, "detaljplan Ortby hamn")
    assert found is not None and found.value.startswith("detaljplan för Ortby nya hamn")


# --- a news headline on a remiss sent now, over three lines (split._remiss_news_title) ---------------------------

def test_nyhetsrubrik_om_remiss_over_tre_rader_med_radstycken(tmp_path: Path) -> None:
    """prov28/rk-pm-2023-likvardiga-krav-utforare (the government's press release on its own remiss) with the
    source's lines kept as paragraphs: the headline 'Likvärdiga krav på mål och riktlinjer för alla utförare' /
    'av kommunal verksamhet' / 'skickas på remiss' stands on three lines, and only the first two were read
    together, so the page was no remiss (missiv30 reads the headline on one or two lines). A headline's lines
    that go on in lower case are read with it, up to three."""
    from tests.test_layout26 import _textfel

    assert _textfel("prov28", "rk-pm-2023-likvardiga-krav-utforare", "radstycken", "dokumenttyp", tmp_path)


def test_nyhetsrubrik_om_remiss_over_tre_rader_i_annan_ordalydelse() -> None:
    """The same class in other words: another ministry's proposal sent out on remiss over three lines; lines
    whose sentence ended with a full stop before 'skickas ut på remiss' make no headline."""
    from remiss.split import _remiss_news_title

    assert _remiss_news_title(["Nya regler för tillstånd till vindkraft på land", "och till havs i svensk",
                               "ekonomisk zon skickas ut på remiss", "Remisstiden pågår till den 1 juni."])
    assert not _remiss_news_title(["Nya regler för tillstånd till vindkraft på land", "gäller till havs.",
                                   "och förslaget skickas ut på remiss", "Remisstiden pågår till den 1 juni."])
