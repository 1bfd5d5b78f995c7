"""Layout dependences found by `bench_layoutbyte missiv yttranden --nya` at the start of session 39 (helper
layout39): fields right in a real document's own layout and wrong in one of the letter forms of sessions 8–9
(tests/korpus/rendera_brev.py). Each class has a named test with the corpus text rendered in the form where it
failed (as the bench renders it), and a test of the same class in other words."""

# ruff: noqa: E501  (the documents' own lines are kept as they stand)

from __future__ import annotations

import copy
from pathlib import Path

from remiss.domain import Line
from tests.test_layout38 import _rubrik


def _utfall(mapp: str, spec_id: str, layout: str, format_: str, tmp_path: Path) -> dict:  # type: ignore[type-arg]
    """Return the comparison of every field read from the spec rendered in another layout (bench_layoutbyte)."""
    from bench import bench_layoutbyte
    from tests.korpus import jamfor, rendera

    spec = copy.deepcopy(next(s for s in rendera.specs(mapp) if s["id"] == spec_id))
    spec.update(layout=layout, format=format_)
    dok = next(d for d in jamfor.dokument((mapp,)) if d.id == spec_id)
    fil = bench_layoutbyte._bygg(rendera, spec, tmp_path)
    return jamfor.jamfor(dok, jamfor.kor(fil))


def _ratt(mapp: str, spec_id: str, layout: str, format_: str, falt: str, tmp_path: Path) -> bool:
    """Return True when the field read from the spec rendered in another layout is right."""
    return bool(_utfall(mapp, spec_id, layout, format_, tmp_path)[falt].ratt)


def _stycke(texter: list[str], *, size: float = 12.0, radavstand: float = 1.3) -> list[Line]:
    """Lines of running text one under the other at a paragraph's line spacing."""
    return [Line(text=text, page=1, number=i + 1, top=100.0 + i * size * radavstand, size=size,
                 x0=74.0, x1=74.0 + 5.5 * len(text)) for i, text in enumerate(texter)]


# --- what a sentence names after its colon, wrapped to a line of its own, is no new document (split) ------------

def test_lanken_efter_kolon_ar_ingen_ny_remiss(tmp_path: Path) -> None:
    """missiv/regionostergotland-rus-revidering-remiss in the hogerblock and a5 forms: the notice's last
    sentence '… lämna synpunkter på Region Östergötlands webbplats för regional utveckling:' ends its line, and
    the link it names, 'Remiss av reviderad Utvecklingsstrategi för Östergötland', wraps to a line of its own:
    it was read as another remiss's title, and the file gave two remisser (the second with no sender and no
    deadline, a false entry in the register) and the first no title."""
    for layout in ("hogerblock", "a5"):
        utfall = _utfall("missiv", "regionostergotland-rus-revidering-remiss", layout, "pdf", tmp_path)
        assert utfall["dokumenttyp"].ratt and utfall["titel"].ratt


def test_lanken_efter_kolon_i_annan_ordalydelse() -> None:
    """The same class in other words: 'Remiss av …' on the line under running text that ends with a colon, at
    the paragraph's line spacing, starts no document; under a gap, or set larger, it still does."""
    from remiss.split import _document_starts

    stycke = _stycke(["Kommunen har tagit fram ett förslag till ny avfallsplan för åren 2026 till 2030. Det",
                      "går att lämna synpunkter fram till den 30 april 2026. Läs mer och svara på webbplatsen:",
                      "Remiss av förslag till avfallsplan för Ludvika kommun"])
    assert _document_starts(stycke) == [0]
    glapp = [*stycke[:2], Line(text=stycke[2].text, page=1, number=3, top=stycke[1].top + 40.0, size=12.0)]
    assert _document_starts(glapp) == [0, 2]
    stor = [*stycke[:2], Line(text=stycke[2].text, page=1, number=3, top=stycke[2].top, size=16.0, bold=True)]
    assert _document_starts(stor) == [0, 2]


# --- a bold heading wrapped after a common noun: its rest is no letterhead (avsandare._organisation_on_top) ----

def test_rubrikens_rest_efter_ett_substantiv_ar_ingen_avsandare(tmp_path: Path) -> None:
    """missiv/helsingborg-edeforsen-granskning in the brevtabell and epostutskrift forms: the bold heading
    wraps as 'Ändring av stadsplan (1283K-10141) för norra delen av Svensgårdsområdet, fastigheten' /
    'Edeforsen 1med flera, Ödåkra, Helsingborgs stad' (layout38 took the wrap after the comma, one word later),
    and the second line was read as the first organisation on top."""
    for layout in ("brevtabell", "epostutskrift"):
        assert _ratt("missiv", "helsingborg-edeforsen-granskning", layout, "pdf", "avsandare", tmp_path)


def test_rubrikens_rest_efter_ett_substantiv_i_annan_ordalydelse() -> None:
    """The same class in other words: a long bold heading line ending on a word in lower case ('…,
    kvarteret') has its rest in the next line, no sender; a short letterhead line in lower case at its end
    ('Ludvika kommun') over the heading is still the sender."""
    from remiss.extract.avsandare import _organisation_on_top

    rubrik = _rubrik([("Detaljplan för bostäder vid norra delen av Stensjön, kvarteret", 13.0, True),
                      ("Lärkan 2 med flera, Sörbo, Ludvika kommun", 13.0, True),
                      ("Syftet med detaljplanen är att möjliggöra fler bostäder i området.", 10.5, False)])
    assert _organisation_on_top(rubrik) is None
    brevhuvud = _rubrik([("Ludvika kommun", 13.0, True),
                         ("Detaljplan för bostäder vid norra delen av Stensjön", 13.0, True),
                         ("Syftet med detaljplanen är att möjliggöra fler bostäder i området.", 10.5, False)])
    found = _organisation_on_top(brevhuvud)
    assert found is not None and found.value == "Ludvika kommun"


# --- a printed mail's subject that repeats the letter's heading is no title where the heading is none (core) ----

def test_amnet_som_upprepar_rubriken_ar_ingen_titel(tmp_path: Path) -> None:
    """missiv/vasteras-onsta-gryta-dp1901-granskning and missiv/lrf-sodermanland-folkrorelse-synpunkter in the
    epostutskrift form (facit null: the pages have no title): the Outlook print's 'Ämne:' repeats the letter's
    bold heading, two statements ('Detaljplanen är utställd för granskning mellan den 29 november 2019 och den
    13 januari 2020. Vi har förlängt granskningstiden.') or an interview's greeting ('Hallå där Johan
    Lagerholm, …, styrelserepresentanter i regionernas medlemsutskott.'); the heading gives no title in the
    letter, and the subject line gave it back as one."""
    assert _ratt("missiv", "vasteras-onsta-gryta-dp1901-granskning", "epostutskrift", "pdf", "titel", tmp_path)
    assert _ratt("missiv", "lrf-sodermanland-folkrorelse-synpunkter", "epostutskrift", "pdf", "titel", tmp_path)


def _epost(amne: list[str], brodtext: list[tuple[str, bool]]) -> list[Line]:
    """A printed mail: the header (the subject wrapped in the value column) over the letter's lines."""
    def rad(text: str, top: float, x0: float = 54.0, bold: bool = False, cells: tuple[float, ...] = ()) -> Line:
        return Line(text=text, page=1, number=int(top), top=top, bottom=top + 11, x0=x0, size=11.0, bold=bold,
                    cells_x=cells)

    rader = [rad("Till: | registrator@kommunen.se", 60, cells=(54, 145)),
             rad(f"Ämne: | {amne[0]}", 74, cells=(54, 145)),
             *(rad(t, 88 + 14 * i, x0=145) for i, t in enumerate(amne[1:])),
             rad("Bifogade filer: brev.pdf", 120)]
    return [*rader, *(rad(text, 150 + 15 * i, bold=bold) for i, (text, bold) in enumerate(brodtext))]


def test_amnet_som_upprepar_rubriken_i_annan_ordalydelse() -> None:
    """The same class in other words: a subject that the letter repeats in full as its bold heading, wrapped
    ('Planen har varit ute på samråd under hösten. Nu har' / 'vi tagit fram ett nytt förslag.'), is the
    heading; one the letter only opens a plain sentence with, or repeats in part, is still the mail's own."""
    from remiss.extract.core import _subject_is_heading
    from remiss.extract.epostrubrik import body_lines, read_mail_header

    amne = ["Planen har varit ute på samråd under hösten. Nu har", "vi tagit fram ett nytt förslag."]
    rader = _epost(amne, [("Planen har varit ute på samråd under hösten. Nu har vi tagit fram", True),
                          ("ett nytt förslag.", True), ("Syftet med planen är att bygga en skola.", False)])
    rubrik = read_mail_header(rader)
    assert _subject_is_heading(rubrik, body_lines(rubrik, rader))
    vanlig = _epost(["Samråd om detaljplan för Norra Vallby"],
                    [("Samråd om detaljplan för Norra Vallby pågår till den 3 mars.", False)])
    rubrik = read_mail_header(vanlig)
    assert not _subject_is_heading(rubrik, body_lines(rubrik, vanlig))
    del_av = _epost(["Samråd om detaljplan för Norra Vallby"], [("Samråd om detaljplan", True)])
    rubrik = read_mail_header(del_av)
    assert not _subject_is_heading(rubrik, body_lines(rubrik, del_av))


# --- a heading does not run on into a whole sentence set alike (core.title_from_layout) --------------------------

def test_rubriken_gar_inte_in_i_ingressens_mening(tmp_path: Path) -> None:
    """missiv/republikanska-stadgar-remiss in the wordhuvud form (DOCX): the heading 'Remiss stadgar' and the
    lead 'Republikanska föreningens medlemmar kan lämna synpunkter på förslaget till nya stadgar.' are both
    bold at the body's size (in the web page the heading is larger), so the heading ran on into the lead, the
    two were one long sentence, and the lead alone became the title."""
    assert _ratt("missiv", "republikanska-stadgar-remiss", "wordhuvud", "docx", "titel", tmp_path)


def test_rubriken_gar_inte_in_i_ingressens_mening_i_annan_ordalydelse() -> None:
    """The same class in other words: 'Samråd avfallsplan' over 'Alla invånare kan lämna synpunkter på
    förslaget till ny avfallsplan.' set alike gives the heading's matter, not the lead; a heading whose rest
    is no sentence ('Samråd om ny avfallsplan för' / 'Ludvika kommun 2026–2030') still runs on."""
    from remiss.extract.core import _whole_statement, title_from_layout

    sidan = [Line(text=t, page=1, number=i + 1, bold=b, size=11.0) for i, (t, b) in enumerate([
        ("Samråd avfallsplan", True),
        ("Alla invånare kan lämna synpunkter på förslaget till ny avfallsplan.", True),
        ("Kommunen har tagit fram ett förslag till ny avfallsplan för åren 2026 till 2030.", False)])]
    found = title_from_layout(sidan)
    assert found is not None and found.line is sidan[0]
    assert _whole_statement("Alla invånare kan lämna synpunkter på förslaget till ny avfallsplan.")
    assert not _whole_statement("Ludvika kommun 2026–2030")
    assert not _whole_statement("Planen är klar. Nu kan du tycka till.")


# --- a wrapped paragraph's line is no call under the heading (core._call_below) ----------------------------------

def test_styckets_ombrutna_rad_ar_ingen_uppmaning(tmp_path: Path) -> None:
    """missiv/republikanska-stadgar-remiss in the hogertabell form: the paragraph under the heading wraps so
    that a line opens with its sentence, 'Remissvar ska vara Republikanska föreningens kansli (info@repf.se)
    tillhanda senast den 3 september' / '2018. Därefter kommer …', and the line alone, with no full stop, was
    read as a call naming the matter: the title became 'ska vara Republikanska föreningens kansli …'."""
    assert _ratt("missiv", "republikanska-stadgar-remiss", "hogertabell", "pdf", "titel", tmp_path)


def test_styckets_ombrutna_rad_i_annan_ordalydelse() -> None:
    """The same class in other words: a line whose sentence ends inside the next line, where another begins,
    at the paragraph's line spacing, goes on; a call heading wrapped onto a line that ends it does not."""
    from remiss.extract.core import _paragraph_goes_on

    stycke = _stycke(["Synpunkter på förslaget ska ha kommit in till kommunen senast den 30 april",
                      "2026. Därefter behandlar kommunstyrelsen förslaget och de synpunkter som kommit in."])
    assert _paragraph_goes_on(stycke, 0)
    rubrik = _stycke(["Lämna synpunkter på förslaget till ny avfallsplan för Ludvika",
                      "kommun 2026–2030."])
    assert not _paragraph_goes_on(rubrik, 0)


# --- the attention in a postal address wrapped before it or inside the name (personer) ---------------------------

def test_att_i_adressen_ombruten(tmp_path: Path) -> None:
    """missiv/bengtsfors-vgr-infrastruktur-synpunkter in the brevtabell and webbutskrift forms: the one-line
    address 'Västra Götalandsregionen, Koncernkontoret, avdelningen för kollektivtrafik och infrastruktur, att:
    Georgia Larsson, Box 1091, 405 23 Göteborg' wraps before 'att:' or inside the name ('…, att: Georgia' /
    'Larsson, Box 1091, …'), and the person answers go to was not read (the handläggare)."""
    assert _ratt("missiv", "bengtsfors-vgr-infrastruktur-synpunkter", "brevtabell", "pdf", "handlaggare", tmp_path)
    assert _ratt("missiv", "bengtsfors-vgr-infrastruktur-synpunkter", "webbutskrift", "pdf", "handlaggare", tmp_path)


def test_att_i_adressen_ombruten_i_annan_ordalydelse() -> None:
    """The same class in other words: 'Ludvika kommun, Samhällsbyggnadsförvaltningen,' / 'att: Karin Berg, Box
    12, 771 82 Ludvika' and '…, att: Karin' / 'Berg, Box 12, 771 82 Ludvika' give the person; an 'att' with no
    post box after the name gives none."""
    from remiss.extract.personer import _person_in_address_block

    for forsta, andra in (("Ludvika kommun, Samhällsbyggnadsförvaltningen,", "att: Karin Berg, Box 12, 771 82 Ludvika"),
                          ("Ludvika kommun, Samhällsbyggnadsförvaltningen, att: Karin", "Berg, Box 12, 771 82 Ludvika")):
        found = _person_in_address_block(_stycke([forsta, andra]))
        assert found is not None and found[0].namn == "Karin Berg"
    assert _person_in_address_block(_stycke(["Ludvika kommun, Samhällsbyggnadsförvaltningen,",
                                              "att: Karin Berg, som svarar på frågor om planen"])) is None


# --- 'the first lines' of a Word file are not its first paragraphs (avsandare._department_named_early) ----------

def test_departementet_langt_ner_i_wordfilen_ar_ingen_avsandare(tmp_path: Path) -> None:
    """prov32/rk-sou2024-28-insyn-skolvasendet in the Word layouts (facit null, as in every PDF layout): the
    department of 'En promemoria … som kompletterar Skolinformations-utredningens slutbetänkande har tagits
    fram inom Utbildningsdepartementet' stands in the page's fourth paragraph, which a Word file reads as its
    fourth line, within the 'first lines' that name the sender."""
    for layout in ("tabell", "kommunmall", "kommunflikar", "wordhuvud", "wordstilar"):
        assert _ratt("prov32", "rk-sou2024-28-insyn-skolvasendet", layout, "docx", "avsandare", tmp_path)


def test_departementet_langt_ner_i_annan_ordalydelse() -> None:
    """The same class in other words: a department in the first line ('Remiss av Finansdepartementets
    promemoria …') is the sender in a Word file too; one in a paragraph after three long ones is not."""
    from remiss.extract.avsandare import _department_named_early

    lang = "Kommunerna har under flera år efterfrågat ett tydligare regelverk för bidragen. " * 3
    forst = [Line(text="Remiss av Finansdepartementets promemoria om statliga bidrag", page=1, number=1),
             Line(text=lang, page=1, number=2)]
    found = _department_named_early(forst)
    assert found is not None and found.value == "Finansdepartementet"
    sent = [Line(text=lang, page=1, number=i + 1) for i in range(3)]
    sent.append(Line(text="Promemorian har tagits fram inom Finansdepartementet.", page=1, number=4))
    assert _department_named_early(sent) is None


# --- a page that says what the answer must hold is the missiv's (split.trim_missiv) ------------------------------

def test_sidan_om_vad_svaret_ska_innehalla_hor_till_missivet(tmp_path: Path) -> None:
    """missiv/eskilstuna-idunplan-granskning-2024 in the hogerblock form: the page breaks after the postal
    address, and page 2 holds only 'När du lämnar synpunkter ska du ange följande uppgifter:' over '•
    Detaljplan för del av Eskilshem 4:1 (Idunplan)' / '• Diarienummer SBYN/2024:153' / '• Ditt fullständiga
    namn'; the missiv was cut after page 1 (no cue of a missiv's own on page 2), and with it the diarienummer."""
    assert _ratt("missiv", "eskilstuna-idunplan-granskning-2024", "hogerblock", "pdf", "diarienummer", tmp_path)


def test_sidan_om_vad_svaret_ska_innehalla_i_annan_ordalydelse() -> None:
    """The same class in other words: 'När ni lämnar era yttranden ska ni ange …' on page 2 keeps the page; a
    remitted report's page that says what earlier answers stated ('I yttrandet anges att …') does not."""
    from remiss.domain import Del
    from remiss.split import trim_missiv

    def sidor(andra: list[str]) -> Del:
        forsta = ["Samråd om detaljplan för Norra Vallby", "Synpunkter lämnas senast den 3 mars 2026 till:",
                  "Ludvika kommun", "Samhällsbyggnadsförvaltningen", "771 82 Ludvika"]
        rader = [Line(text=t, page=1, number=i + 1) for i, t in enumerate(forsta)]
        rader += [Line(text=t, page=2, number=i + 1) for i, t in enumerate(andra)]
        return Del(dokumenttyp="missiv", forsta_sida=1, sista_sida=2, lines=tuple(rader))

    svar = ["När ni lämnar era yttranden ska ni ange följande:", "• Planens namn", "• Diarienummer KS 2026/12",
            "• Er organisations namn", "• Er postadress"]
    assert trim_missiv(sidor(svar)).sista_sida == 2
    rapport = ["Bakgrund", "I yttrandet anges att planen bör prövas mot riksintresset.",
               "Länsstyrelsen delade bedömningen i sitt granskningsyttrande.", "Planen antogs 2019.",
               "Området har sedan dess byggts ut i två etapper."]
    assert trim_missiv(sidor(rapport)).sista_sida == 1


# --- a diarienummer in quotes cut after its prefix at the line's end (dnr.glued_at_break) ------------------------

def test_diarienummer_i_citattecken_ombrutet_efter_prefixet(tmp_path: Path) -> None:
    """missiv/ockero-nya-centrum-dp1-granskning-2021 in the brevtabell form: 'Skriv ”Granskning – Öckerö Nya
    Centrum DP 1” och diarienummer ”SB' / '0193/15” i rubriken till ditt yttrande …' wraps inside the quoted
    number after its prefix, and the label's reading took the next line's '0193/15' alone (the same digits as
    the text's 'SB 0193/15', so its form won)."""
    assert _ratt("missiv", "ockero-nya-centrum-dp1-granskning-2021", "brevtabell", "pdf", "diarienummer", tmp_path)


def test_diarienummer_i_citattecken_ombrutet_i_annan_ordalydelse() -> None:
    """The same class in other words: '”KS' / '2026/12” i ämnesraden' is one number; a quoted word in
    capitals and lower case before a year is not cut ('”Granskning' / '2021 …')."""
    from remiss.extract.dnr import dnr_after_label, glued_at_break

    joined = glued_at_break("”KS", "2026/12” i ämnesraden när du svarar.")
    assert joined is not None and dnr_after_label(joined) == "KS 2026/12"
    assert glued_at_break("”Granskning", "2021 års förslag") is None


# --- a printed mail's unit is read from its letter, not with the header over it (core, enhetsmodell) -------------

def test_enheten_i_epostutskrift_lases_ur_brevet(tmp_path: Path) -> None:
    """missiv/huddinge-op2030-samrad-pressmeddelande in the epostutskrift form: the rules give 'Huddinge
    kommun' (the press release's first line) and the unit model adds 'Kommunstyrelsen' ('Kommunstyrelsen har nu
    beslutat att genomföra samråd …') at 0,75 in the page as published, but only 0,57 with the Outlook header's
    four lines over the letter (under the threshold): the unit fell off."""
    assert _ratt("missiv", "huddinge-op2030-samrad-pressmeddelande", "epostutskrift", "pdf", "avsandare", tmp_path)


def test_kort_amne_som_upprepar_rubriken_lases_som_rubriken(tmp_path: Path) -> None:
    """missiv/kristianstad-plasten2-dp-granskning in the epostutskrift form: the subject 'Plasten 2' repeats
    the page's heading in full, but is shorter than the twelve characters the check of a subject repeated in
    the text asks for, so the subject was the title, not what the heading gives in every other layout (the
    plan the text under it names, 'Detaljplan för Plasten 2 m.fl. i Kristianstad')."""
    assert _ratt("missiv", "kristianstad-plasten2-dp-granskning", "epostutskrift", "pdf", "titel", tmp_path)
