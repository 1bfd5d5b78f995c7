"""Layout and text-flaw dependences found by `bench_layoutbyte` and `bench_textfel` in session 26 (helper
robust26) on the reported sets prov23/ and prov24/, never run through these benches before: fields right in a
real document's own layout (or as built) and wrong in another layout (or with a transcript's flaw). Each cause
has a named test with the corpus text rendered where it failed (as the benches do) and a test of the same
class in other words that fails without the fix."""

# ruff: noqa: E501  (the documents' own lines are kept as they stand)

from __future__ import annotations

from pathlib import Path

import pytest

from remiss.domain import Del, Line
from tests.test_layout13 import _ratt


def _textfel(mapp: str, spec_id: str, fel: str, falt: str, tmp_path: Path) -> bool:
    """Return True when the field read from the spec in its own layout with one transcript flaw (as
    bench_textfel does) is right as the corpus counts it."""
    from bench import bench_textfel
    from tests.korpus import jamfor, rendera

    spec = next(s for s in rendera.specs(mapp) if s["id"] == spec_id)
    dok = next(d for d in jamfor.dokument((mapp,)) if d.id == spec_id)
    utfall = bench_textfel._las(jamfor, rendera, spec, bench_textfel.FEL[fel], tmp_path, dok)
    return utfall is not None and utfall[falt].ratt


# --- an address in a sentence wrapped over lines is no footer (remiss.clean) ----------------------------------

@pytest.mark.parametrize("layout", ["webbutskrift", "liggande"])
@pytest.mark.parametrize("falt", ["avsandare", "svarsadress"])
def test_adress_i_meningen_over_radbrytningen_ar_ingen_sidfot(layout: str, falt: str, tmp_path: Path) -> None:
    """prov24/grankulla-ak218-utkast-framlagt (Grankulla stad's notice of a framlagt planutkast) printed from
    the browser and on landscape A4: the sentence that says where the views go wraps so a line opens
    'utskottet senast 14.5.2018. Postadress: Grankulla stad, samhällstekniska utskottet, PB 52, 02701
    GRANKULLA, e-postadress: …' (or 'samhällstekniska utskottet, PB 52, …'); two address labels and a postcode
    made the line an address footer, and the sender and the reply address went with it. A line that goes on
    with the sentence of the line above (that ends in a word, this one opens in lower case) is the text's
    (clean._goes_on)."""
    assert _ratt("prov24", "grankulla-ak218-utkast-framlagt", layout, falt, tmp_path)


def test_adress_i_meningen_over_radbrytningen_i_annan_ordalydelse() -> None:
    """The same class in other words: the views go to another body, the sentence breaks elsewhere; a footer
    of labels under a closing line is still a footer."""
    from remiss.clean import footer_indexes

    mening = [
        "Synpunkter på förslaget lämnas skriftligen till miljö- och",
        "byggnämnden senast 1.6.2024. Postadress: Ort kommun, miljö- och byggnämnden, PB 12, 12345 ORT, besöksadress:",
        "Storgatan 1. Välkommen med dina synpunkter.",
    ]
    assert footer_indexes(mening) == set()
    sidfot = ["Med vänlig hälsning", "Postadress: Box 1, 123 45 Ort Besöksadress: Storgatan 1 Telefon: 0123-456 00"]
    assert footer_indexes(sidfot) == {1}


# --- a heading last on a page has its text on the next (remiss.split.trim_missiv) ----------------------------

@pytest.mark.parametrize("layout", ["hogerblock", "a5"])
def test_rubrik_sist_pa_sidan_har_sin_text_pa_nasta(layout: str, tmp_path: Path) -> None:
    """prov24/torsby-lis-plan-utstallning-kungorelse (Torsby kommun's kungörelse of the LIS-plan's
    utställning) with the label block at the right margin and as an A5 booklet: page 1 ends with the heading
    'Har du frågor?' and page 2 opens with 'Om du har några frågor är du välkommen att höra av dig till
    samhällsplanerare Sara' / 'Johansson, 0560-160 18 …'; the missiv was cut after page 1 and the contact was
    lost. No document ends with a heading of its own: the page under it goes on with the missiv
    (split._heading_over_break)."""
    assert _ratt("prov24", "torsby-lis-plan-utstallning-kungorelse", layout, "handlaggare", tmp_path)


def _sida(texter: list[tuple[str, bool]], page: int) -> list[Line]:
    return [Line(text=t, page=page, number=i, top=100.0 + 20 * i, bottom=112.0 + 20 * i, size=11.0, bold=b)
            for i, (t, b) in enumerate(texter)]


def test_rubrik_sist_pa_sidan_i_annan_ordalydelse() -> None:
    """The same class in other words: another heading ('Kontakt') ends page 1, the person stands in the first
    sentence of page 2; a page that opens with a bold title (a remitted report) is still cut."""
    from remiss.split import trim_missiv

    forsta = _sida([("Ny översiktsplan för Ort kommun", True),
                    ("Kommunen ställer ut förslaget till ny översiktsplan under våren.", False),
                    ("Lämna dina synpunkter senast den 1 juni 2024 till kommun@ort.se.", False),
                    ("Kontakt", True)], 1)
    andra = _sida([("Vill du veta mer om planen kan du ringa planarkitekt Anna Berg", False),
                   ("på telefon 0123-456 78 eller skriva till anna.berg@ort.se.", False),
                   ("Utställningen", True),
                   ("Förslaget finns också på biblioteket under dess öppettider.", False)], 2)
    rapport = _sida([("Översiktsplan för Ort kommun 2040", True),
                     ("Planen beskriver hur mark och vatten ska användas i hela kommunen.", False),
                     ("Den visar var nya bostäder kan byggas och var naturen ska sparas.", False),
                     ("Inledning", True),
                     ("Kommunen ska enligt lag ha en aktuell översiktsplan.", False)], 2)
    assert trim_missiv(Del("missiv", 1, 2, tuple(forsta + andra))).sista_sida == 2
    assert trim_missiv(Del("missiv", 1, 2, tuple(forsta + rapport))).sista_sida == 1


# --- a department-form number is read whole in every layout (modeller/dnr.toml) ------------------------------

@pytest.mark.parametrize("layout", ["tabell", "webb", "hogerblock", "webbutskrift", "a5"])
def test_hogskolans_nummer_i_departementsform_las_helt(layout: str, tmp_path: Path) -> None:
    """prov24/ju-akademisk-frihet-remissyttrande (Jönköping University's remissyttrande, 'DATUM DIARIENR' /
    '2020-09-01 JU 2020/1824-16 YTTRANDE'): in its own layout the number beside the letterhead's name was
    read whole ('Jönköping University | JU 2020/1824-16'); where the number stands on a line of its own or
    only under 'DIARIENR', the reader cut '-16' as a Gotland-style class after the serial ('KS2008/0120-51').
    A number in a department's form ('JU', 'UD', 'FI' …, remiss.kontroll.hitta.REMISS_FORM) has no such
    class: it is read whole wherever it stands."""
    assert _ratt("prov24", "ju-akademisk-frihet-remissyttrande", layout, "diarienummer", tmp_path)


@pytest.mark.parametrize(
    ("varde", "delat"),
    [
        ("UD 2019/0456-12", ("UD 2019/0456-12", None)),
        ("FI 2021/1234-03", ("FI 2021/1234-03", None)),
        # a kommun's code keeps its class after the serial (yttranden/gotland-rs-koll-framat)
        ("KS2008/0120-51", ("KS2008/0120", "51")),
        ("BUN 2009/147:61", ("BUN 2009/147", "61")),
    ],
)
def test_departementsform_med_bindestreck_i_annan_ordalydelse(varde: str, delat: tuple[str, str | None]) -> None:
    """The same class with other numbers: a department's code in capitals is no kommun's code with a class."""
    from remiss.extract.dnr import split_klassificering

    assert split_klassificering(varde) == delat


# --- the signature run onto one line or onto the last sentence (remiss.extract.avsandare.find_enhet) ---------

@pytest.mark.parametrize("fel", ["rubrik_i_stycket", "ett_stycke"])
def test_underskriftens_organisation_och_namnd_pa_en_rad(fel: str, tmp_path: Path) -> None:
    """prov23/gnosjo-ballhusbyn-granskning-kungorelse (Gnosjö kommun's kungörelse of a detaljplan's
    granskning) with a transcript's flaws: the signature 'GNOSJÖ KOMMUN' / 'Samhällsbyggnadsnämnden' ran onto
    one line ('GNOSJÖ KOMMUN Samhällsbyggnadsnämnden'), or onto the last sentence ('… att anta detaljplanen.
    GNOSJÖ KOMMUN Samhällsbyggnadsnämnden'); only the name over the nämnd was read, so the sender lost its
    nämnd. The organisation and its nämnd ending a line among the last ones is the signature too."""
    assert _textfel("prov23", "gnosjo-ballhusbyn-granskning-kungorelse", fel, "avsandare", tmp_path)


def test_underskriftens_organisation_och_namnd_pa_en_rad_i_annan_ordalydelse() -> None:
    """The same class in other words: another kommun and nämnd, the signature after the last sentence; the
    kommun and a nämnd named inside a sentence is no signature."""
    from remiss.extract.avsandare import find_enhet
    from remiss.extract.text import Text

    def rader(texter: list[str]) -> list[Line]:
        return [Line(text=t, page=1, number=i) for i, t in enumerate(texter)]

    signerad = rader(["Samråd om detaljplan för Norra hamnen", "Planförslaget finns på biblioteket.",
                      "Synpunkter ska ha kommit in senast den 3 maj 2024. ORTBY KOMMUN Byggnadsnämnden"])
    assert find_enhet("Ortby kommun", signerad, Text.of(signerad)) == "Byggnadsnämnden"
    i_meningen = rader(["Samråd om detaljplan för Norra hamnen",
                        "Planen har tagits fram av en konsult åt Ortby kommun Byggnadsnämnden"])
    assert find_enhet("Ortby kommun", i_meningen, Text.of(i_meningen)) is None
    adress = rader(["Samråd om detaljplan för Norra hamnen", "Synpunkter skickas senast den 3 maj 2024 till:",
                    "Ortby kommun Planeringskontoret", "Box 12", "123 45 Ortby"])
    assert find_enhet("Ortby kommun", adress, Text.of(adress)) is None


# --- an anslag's field 'Ansvarig' run onto its value (remiss.extract.personer) -------------------------------

@pytest.mark.parametrize("fel", ["rubrik_i_stycket", "ett_stycke"])
def test_anslagets_ansvarig_inkord_med_namnet(fel: str, tmp_path: Path) -> None:
    """prov23/ostragoinge-op-kungorelse-utstallning (Östra Göinge kommun's anslag of the översiktsplan's
    utställning: 'Organ' / 'Kommunstyrelsen' / … / 'Ansvarig' / 'Sandra Cornmark' / 'Kontakt' / 'Övrig
    information'): as built the person over the empty 'Kontakt' field is read; with the fields run onto their
    values ('Ansvarig Sandra Cornmark' / 'Kontakt Övrig information') or into one block ('… Samhällsbyggnads-
    avdelningen Ansvarig Sandra Cornmark Kontakt Övrig information …') nobody was. The anslag's field
    'Ansvarig' with a name right after it, no colon, names the contact (personer._find_handlaggare and the
    segmenting of a run-together block)."""
    assert _textfel("prov23", "ostragoinge-op-kungorelse-utstallning", fel, "handlaggare", tmp_path)


@pytest.mark.parametrize(
    ("texter", "namn"),
    [
        (["Organ Byggnadsnämnden", "Ansvarig Per Olsson", "Kontakt"], "Per Olsson"),
        (["Organ Byggnadsnämnden Datum då anslaget sätts upp 2024-03-01 Ansvarig Per Olsson Kontakt Övrig information"],
         "Per Olsson"),
    ],
)
def test_anslagets_ansvarig_i_annan_ordalydelse(texter: list[str], namn: str) -> None:
    """The same class in other words: another nämnd and person, the field on its own line or in one block."""
    from remiss.extract.personer import find_handlaggare

    lines = [Line(text=t, page=1, number=i) for i, t in enumerate(texter)]
    assert find_handlaggare(lines)[0].namn == namn


def test_ansvarig_utan_namn_efter_ar_ingen_etikett() -> None:
    """'Ansvarig för …' and 'Ansvarig utgivare' name a role, not the anslag's field with its person."""
    from remiss.extract.personer import find_handlaggare

    lines = [Line(text="Ansvarig för ärendet är Byggnadsnämnden Norr", page=1, number=0)]
    assert find_handlaggare(lines)[0].namn is None


# --- a decision's sub-heading run into its text (remiss.extract.core._sent_section) -------------------------

def test_beslutets_mellanrubrik_inkord_i_beslutet(tmp_path: Path) -> None:
    """prov23/borga-stadsstyrelsen-beslut-klimatprogram (Borgå stad's summary of the stadsstyrelse's
    decisions, one of which sends a programme out for answers) with the headings run into the paragraphs:
    'Klimat- och miljöprogram 2024–2027 Stadsstyrelsen beslutade enhälligt skicka begäran på utlåtanden …';
    no sub-heading stood on a line of its own and the page's heading 'Stadsstyrelsens beslut 5.6.2023' was
    the title. The words before the deciding body's 'beslutade' are the item's sub-heading."""
    assert _textfel("prov23", "borga-stadsstyrelsen-beslut-klimatprogram", "rubrik_i_stycket", "titel", tmp_path)


def test_beslutets_mellanrubrik_inkord_i_annan_ordalydelse() -> None:
    """The same class in other words: another body, other items, the remiss item second."""
    from remiss.extract.core import _sent_section
    from remiss.extract.text import Found

    texter = [("Kommunstyrelsens beslut 3.4.2024", True, 18.0),
              ("Val av ersättare Kommunstyrelsen beslutade enhälligt välja Per Olsson till ersättare.", False, 11.0),
              ("Avfallsplan 2025–2030 Kommunstyrelsen beslutade skicka utkastet till avfallsplan på remiss", False, 11.0),
              ("till nämnderna. Synpunkter ska lämnas senast den 30 maj 2024.", False, 11.0),
              ("Övriga ärenden I de övriga ärendena beslöt kommunstyrelsen enligt förslagen.", False, 11.0)]
    lines = [Line(text=t, page=1, number=i, top=100.0 + 20 * i, size=s, bold=b) for i, (t, b, s) in enumerate(texter)]
    found = _sent_section(lines, Found(lines[0].text, lines[0], "rubriken"))
    assert found is not None and found.value == "Avfallsplan 2025–2030"


# --- a section's heading in capitals under the title, set alike (remiss.extract.core.title_from_layout) -----

@pytest.mark.parametrize(("layout", "format_"), [("epostutskrift", "pdf"), ("wordhuvud", "docx")])
def test_avsnittsrubrik_i_versaler_under_titeln(layout: str, format_: str, tmp_path: Path) -> None:
    """prov22/oskarshamn-doderhult-forskola-samrad (Oskarshamns kommun's page on a detaljplan's samråd) as an
    Outlook print and in a Word template: the page's heading 'Detaljplan Döderhult förskola del av Oskarshamn
    3:2' and the section's heading under it, 'SYFTE OCH OMFATTNING', are set alike with no gap between, and
    the title ran on into the section's heading. A line in capitals under a heading in mixed case opens a
    heading of its own, unless the heading cannot end where it stands (core._in_capitals)."""
    from tests.korpus import jamfor
    from tests.test_layout13 import _las

    dok = next(d for d in jamfor.dokument(("prov22",)) if d.id == "oskarshamn-doderhult-forskola-samrad")
    fil = _las("oskarshamn-doderhult-forskola-samrad", layout, format_, tmp_path)
    assert jamfor.jamfor(dok, jamfor.kor(fil))["titel"].ratt


def _rubriker(texter: list[tuple[str, bool]]) -> list[Line]:
    return [Line(text=t, page=1, number=i, top=100.0 + 14 * i, bottom=110.0 + 14 * i, size=11.0, bold=b)
            for i, (t, b) in enumerate(texter)]


@pytest.mark.parametrize(
    ("texter", "titel"),
    [
        ([("Ny översiktsplan för Ortby kommun", True), ("PLANENS INNEHÅLL", True),
          ("Kommunen har tagit fram ett förslag till ny översiktsplan som nu är ute på samråd.", False),
          ("Lämna dina synpunkter senast den 1 juni 2024.", False)],
         "Ny översiktsplan för Ortby kommun"),
        # a heading that cannot end where it stands goes on into a name in capitals
        ([("Detaljplan för", True), ("KVARTERET GÄDDAN 4", True),
          ("Kommunen har tagit fram ett förslag till detaljplan som nu är ute på samråd.", False),
          ("Lämna dina synpunkter senast den 1 juni 2024.", False)],
         "Detaljplan för KVARTERET GÄDDAN 4"),
    ],
)
def test_avsnittsrubrik_i_versaler_i_annan_ordalydelse(texter: list[tuple[str, bool]], titel: str) -> None:
    """The same class in other words: another plan, another section's heading in capitals."""
    from remiss.extract.core import title_from_layout

    found = title_from_layout(_rubriker(texter))
    assert found is not None and found.value == titel


# --- a letterhead's unit alone is no title (remiss.extract.core._org_name) ----------------------------------

@pytest.mark.parametrize("layout", ["a5", "brevtabell"])
def test_brevhuvudets_sektion_ensam_ar_ingen_titel(layout: str, tmp_path: Path) -> None:
    """prov21/kristinestad-dagsmark-delgeneralplan-forslag (Kristinestad's planförslag for Dagsmark's
    delgeneralplan) as an A5 booklet and with the letterhead as a table: the letterhead 'Planläggnings-
    sektionen' is set larger than the page's heading, and the rules took it for the largest heading (the
    title model then won with the heading and the date under it, '… delgeneralplan 26.04.2021'). A unit's
    name alone ('-sektionen', '-avdelningen', '-enheten') is the sender's, as a nämnd's or kontor's is."""
    assert _ratt("prov21", "kristinestad-dagsmark-delgeneralplan-forslag", layout, "titel", tmp_path)


def test_brevhuvudets_sektion_ensam_i_annan_ordalydelse() -> None:
    """The same class in other words: another unit set large over the heading of another plan."""
    from remiss.extract.core import title_from_layout

    lines = [Line(text="Miljöavdelningen", page=1, number=0, top=50.0, bottom=62.0, size=14.0, bold=True),
             Line(text="Förslag till avfallsplan för Ortby kommun", page=1, number=1, top=90.0, bottom=100.0,
                  size=11.0, bold=True),
             Line(text="Kommunen har tagit fram ett förslag till ny avfallsplan som nu är ute på samråd.", page=1,
                  number=2, top=120.0, bottom=130.0, size=11.0),
             Line(text="Lämna dina synpunkter senast den 1 juni 2024.", page=1, number=3, top=135.0, bottom=145.0,
                  size=11.0)]
    found = title_from_layout(lines)
    assert found is not None and "avfallsplan" in found.value


# --- the call line under a heading wrapped onto the next line (remiss.extract.core._call_below) -------------

def test_uppmaningens_rad_ombruten_under_rubriken(tmp_path: Path) -> None:
    """prov20/samgrav-upplo-deponi-samrad (Samgräv Recycling's samrådsunderlag) printed from the browser: under
    the heading 'Samrådsunderlag' the call 'Inbjudan till samråd för ansökan om inert deponi på fastigheterna
    Upplo 1:1 2:1, 3:1, 4:1, 5:1 och 6:1.,' wraps onto 'Alingsås kommun.'; the rules read the call's first line
    only (in the own layout they cut it after 'fastigheterna', and the title model read it whole). The call's
    sentence is read to its full stop on the line it wraps onto, set alike without a gap (core._call_wrapped)."""
    assert _ratt("prov20", "samgrav-upplo-deponi-samrad", "webbutskrift", "titel", tmp_path)


def test_uppmaningens_rad_ombruten_i_annan_ordalydelse() -> None:
    """The same class in other words: another call and matter wrapped after a comma, set in bold as Samgräv's
    (a sentence of the running text is no call line, wrapped or not: tests/test_layout28.py); a call that ends
    its sentence on its own line is read alone."""
    from remiss.extract.core import _call_below
    from remiss.extract.text import Found

    def rader(texter: list[str], fet: int = 2) -> list[Line]:
        return [Line(text=t, page=1, number=i, top=100.0 + 14 * i, bottom=110.0 + 14 * i, size=11.0, bold=i < fet)
                for i, t in enumerate(texter)]

    rubrik = Found("Samrådshandling", Line(text="Samrådshandling", page=1, number=0), "rubriken")
    ombruten = rader(["Inbjudan till samråd om ny vindkraftspark vid Norrberget,", "Ortby kommun.",
                      "Bolaget planerar att bygga tolv vindkraftverk."])
    found = _call_below(ombruten, rubrik)
    assert found is not None and found.value.endswith("Norrberget, Ortby kommun")
    hel = rader(["Inbjudan till samråd om ny vindkraftspark vid Norrberget.", "Bolaget planerar att bygga tolv verk."], 0)
    assert _call_below(hel, rubrik) is None
    # a Word file's paragraphs (no positions) are never one wrapped sentence (missiv/sundsvall-op2040-samrad)
    stycken = [Line(text=t, page=1, number=i) for i, t in enumerate(
        ["Nu kan du lämna synpunkter på översiktsplanen 2040", "Nu finns ett nytt förslag på översiktsplan 2040."])]
    found = _call_below(stycken, Found("Stora torget, Sundsvall", stycken[0], "rubriken"))
    assert found is not None and found.value == "översiktsplanen 2040"


# --- the page that holds the missiv's signals is the missiv's (remiss.split.trim_missiv) --------------------

@pytest.mark.parametrize("falt", ["avsandare", "svarsdatum"])
def test_sidan_med_missivets_signaler_hor_till_missivet(falt: str) -> None:
    """prov24/vaggeryd-op-samradshandling-inledning (the opening chapter of Vaggeryds kommun's digital
    samrådshandling) as a Word file saved as PDF by LibreOffice (tests/data/libreoffice/): the page breaks so
    that page 1 holds only the fact box ('Grundläggande fakta', the villages' populations) and page 2 opens with
    'Så här kan du delta i samrådet' / 'Översiktsplan för Vaggeryds kommun, samrådshandling 2022 finns
    tillgänglig för samråd under perioden 10 juni till 30 september 2022'; the missiv was cut after page 1
    and the sender and the deadline went. When the pages kept say nothing of a remiss, the page that holds
    the missiv's signals is kept (split._missiv_signal)."""
    from tests.korpus import jamfor

    fil = Path(__file__).parent / "data" / "libreoffice" / "vaggeryd-op-samradshandling-inledning.pdf"
    dok = next(d for d in jamfor.dokument(("prov24",)) if d.id == "vaggeryd-op-samradshandling-inledning")
    assert jamfor.jamfor(dok, jamfor.kor(fil))[falt].ratt


def test_sidan_med_missivets_signaler_i_annan_ordalydelse() -> None:
    """The same class in other words: a page of facts about another kommun, the invitation to another plan's
    samråd on the next page; a report's page after a first page that invites is still cut."""
    from remiss.split import trim_missiv

    fakta = _sida([("Ortby i siffror", True), ("Ortby kommun har 9 000 invånare och tre tätorter.", False),
                   ("Kommunens yta är 900 kvadratkilometer, mest skog och sjöar.", False),
                   ("Största arbetsgivare är kommunen och sågverket i Ortby.", False)], 1)
    texter = [("Var med och tyck till", True),
              ("Förslaget till ny översiktsplan finns tillgängligt för samråd under perioden", False),
              ("1 mars till 30 april 2024 på biblioteket och på kommunens webbplats.", False),
              ("Kommunen vill gärna få in synpunkter från så många som möjligt.", False)]
    assert trim_missiv(Del("missiv", 1, 2, tuple(fakta + _sida(texter, 2)))).sista_sida == 2
    rapport = _sida([("Översiktsplanens mål", True),
                     ("Planen ska ge förutsättningar för bostäder under perioden 2024 till 2040.", False),
                     ("Den visar var nya bostäder kan byggas och var naturen ska sparas.", False),
                     ("Kommunen ska enligt lag ha en aktuell översiktsplan.", False)], 2)
    assert trim_missiv(Del("missiv", 1, 2, tuple(_sida(texter, 1) + rapport))).sista_sida == 1


# --- a Word link's field code in the text layer (remiss.read.clean_text) ----------------------------------

def test_lankens_faltkod_i_textlagret() -> None:
    """prov23/vastraharg-byalag-op-respons (Västra Hargs byalag's call for views to its joint answer) in the
    kommun template saved as PDF by LibreOffice (tests/data/libreoffice/): the link's field code stands in the
    text layer, 'Du gör det enklast med ett mail till: HYPERLINK' / '"mailto:fredrik.olofsson@yahoo.se"fredrik.
    olofsson@yahoo.se. Senast …', and the address glued to the code named nobody. The code goes, the link's
    text stays (read._FIELD_CODE)."""
    from tests.korpus import jamfor

    fil = Path(__file__).parent / "data" / "libreoffice" / "vastraharg-byalag-op-respons.pdf"
    dok = next(d for d in jamfor.dokument(("prov23",)) if d.id == "vastraharg-byalag-op-respons")
    assert jamfor.jamfor(dok, jamfor.kor(fil))["handlaggare"].ratt


@pytest.mark.parametrize(
    ("text", "ren"),
    [
        ('Skicka dina synpunkter till HYPERLINK "mailto:anna.berg@ort.se"anna.berg@ort.se senast 1 maj.',
         "Skicka dina synpunkter till anna.berg@ort.se senast 1 maj."),
        ('Läs planen på HYPERLINK\n"http://www.ort.se/plan"www.ort.se/plan i dag.', "Läs planen på \nwww.ort.se/plan i dag."),
        ("Ordet HYPERLINK utan kod står kvar.", "Ordet HYPERLINK utan kod står kvar."),
    ],
)
def test_lankens_faltkod_i_annan_ordalydelse(text: str, ren: str) -> None:
    """The same class in other words: another address, a web link over a line break (the line count kept)."""
    from remiss.read import clean_text

    assert clean_text(text) == ren


# --- a heading line with room left was not wrapped (remiss.extract.core._room_for) ---------------------------

def test_rubrik_med_plats_kvar_pa_raden_ar_inte_ombruten(tmp_path: Path) -> None:
    """prov18/s-stockholm-kongressprogramremiss (Stockholms partidistrikt's page on the party's congress
    programme remiss) as an Outlook print: the heading 'Kongressprogramremiss 2018' and the sub-heading
    'Kongressen 2019' are set alike with no gap, and the title ran on into the sub-heading. A line whose right
    edge leaves room for the next line's first word was not wrapped there: the heading ended (unless it cannot
    end where it stands)."""
    assert _ratt("prov18", "s-stockholm-kongressprogramremiss", "epostutskrift", "titel", tmp_path)


def _satt(texter: list[tuple[str, bool, float]]) -> list[Line]:
    """Lines with their left and right edges (x1 given), 14 points apart, 11 pt."""
    return [Line(text=t, page=1, number=i, top=100.0 + 14 * i, bottom=110.0 + 14 * i, size=11.0, bold=b,
                 x0=60.0, x1=x1) for i, (t, b, x1) in enumerate(texter)]


def test_rubrik_med_plats_kvar_pa_raden_i_annan_ordalydelse() -> None:
    """The same class in other words: another plan's heading and its sub-heading; a heading that filled its
    line goes on onto the next."""
    from remiss.extract.core import title_from_layout

    brodtext = [("Kommunen har tagit fram ett förslag till ny avfallsplan som nu är ute på remiss hos", False, 530.0),
                ("nämnderna och bolagen. Synpunkter ska lämnas senast den 30 maj 2024.", False, 420.0)]
    kort = _satt([("Avfallsplan 2030", True, 160.0), ("Remissversion maj", True, 170.0), *brodtext])
    found = title_from_layout(kort)
    assert found is not None and found.value == "Avfallsplan 2030"
    full = _satt([("Förslag till ny översiktsplan för Ortby kommun med fördjupningar för", True, 528.0),
                  ("tätorterna Ortby och Västerby", True, 250.0), *brodtext])
    found = title_from_layout(full)
    assert found is not None and found.value.endswith("tätorterna Ortby och Västerby")


# --- the repeated page header wrapped at another place after a transcript's counter (remiss.clean) ----------

def test_upprepat_sidhuvud_ombrutet_efter_sidraknaren(tmp_path: Path) -> None:
    """missiv/vasa-korsholm-sammanslagningsavtal-anmarkningar (Vasa stad's begäran om utlåtande on the merger
    agreement with Korsholm) with a page break left in the text (bench_textfel sidraknare): '2 2(3) Utlåtande -
    Förslag till sammanslagningsavtal för Vasa stad och Korsholms' over 'kommun Stadsstyrelsen i Vasa och …';
    the header repeated after the counter wraps at another place than on the first page, only its first line
    was taken off, and 'Vasa stad och Korsholms' was read as the first organisation. A line that ends inside
    the repeated header is the header's, and the header's rest is taken off the next line's start
    (clean._split_counter)."""
    assert _textfel("missiv", "vasa-korsholm-sammanslagningsavtal-anmarkningar", "sidraknare", "avsandare", tmp_path)


def test_upprepat_sidhuvud_ombrutet_i_annan_ordalydelse() -> None:
    """The same class in other words: another title wrapped elsewhere after the counter."""
    from remiss.clean import drop_furniture

    texter = ["Yttrande över förslag till", "avfallsplan för Ortby kommun",
              "Nämnden har tagit del av förslaget och lämnar följande synpunkter.", "Planen är väl genomarbetad.",
              "2 2(3) Yttrande över förslag till avfallsplan för", "Ortby kommun Nämnden tillstyrker förslaget."]
    lines = [Line(text=t, page=1, number=i) for i, t in enumerate(texter)]
    assert [line.text for line in drop_furniture(lines)][4:] == ["Nämnden tillstyrker förslaget."]


def test_forfarandets_rad_i_versaler_under_titeln_i_word(tmp_path: Path) -> None:
    """prov24/grankulla-ak218-utkast-framlagt in a Word template with Word's heading styles: 'En del av kvarter
    92 samt rekreations- och gatuområden' over 'UTKAST TILL DETALJPLANEÄNDRING FRAMLAGT (62 § i MarkByggL och
    30 § i MarkByggF)', both headings without positions; the title ran on into the procedure's line, whose
    capitals stop at the law's reference. A line that opens with words in capitals is a heading of its own."""
    from tests.korpus import jamfor
    from tests.test_layout13 import _las

    dok = next(d for d in jamfor.dokument(("prov24",)) if d.id == "grankulla-ak218-utkast-framlagt")
    fil = _las("grankulla-ak218-utkast-framlagt", "wordhuvud", "docx", tmp_path)
    assert jamfor.jamfor(dok, jamfor.kor(fil))["titel"].ratt


def test_forfarandets_rad_i_versaler_i_annan_ordalydelse() -> None:
    """The same class in other words: another plan, the procedure in capitals with its law in mixed case."""
    from remiss.extract.core import title_from_layout

    found = title_from_layout(_rubriker([("Kvarteret Linden i Ortby", True),
                                         ("FÖRSLAG TILL DETALJPLAN PÅ SAMRÅD (5 kap. 11 § PBL)", True),
                                         ("Kommunen har tagit fram ett förslag till detaljplan som nu är ute på samråd.", False),
                                         ("Lämna dina synpunkter senast den 1 juni 2024.", False)]))
    assert found is not None and found.value == "Kvarteret Linden i Ortby"
