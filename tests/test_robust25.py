"""Layout and text-flaw dependences found by `bench_layoutbyte` and `bench_textfel` in session 25 (helper
robust25): fields right in a real document as built and wrong with a transcript's flaw. Each cause has a named
test with the corpus text rendered with the flaw (as the bench does) and a test of the same class in other
words."""

from __future__ import annotations

from pathlib import Path

import pytest

from remiss.domain import Line
from remiss.extract.text import Text


def _med_fel(mapp: str, spec_id: str, fel: str, falt: str, tmp_path: Path) -> bool:
    """Return True when the field read from the spec rendered in its own layout with one transcript flaw
    (bench_textfel.FEL) is right as the corpus counts it."""
    from bench import bench_textfel
    from tests.korpus import jamfor, rendera

    spec = next(s for s in rendera.specs(mapp) if s["id"] == spec_id)
    dok = next(d for d in jamfor.dokument((mapp,)) if d.id == spec_id)
    utfall = bench_textfel._las(jamfor, rendera, spec, bench_textfel.FEL[fel], tmp_path, dok)
    return utfall is not None and utfall[falt].ratt


# --- a one-word heading run into the sentence before its subject ------------------------------------------

def test_rubrikordet_inledning_fore_ministeriet(tmp_path: Path) -> None:
    """missiv/fi-finansministeriet-oppethallning-utlatande (lausuntopalvelu.fi, a Finnish ministry's request
    for comments) with its headings run into the paragraph after (bench_textfel rubrik_i_stycket): 'Inledning
    Finansministeriet begär ert utlåtande om …' made 'Inledning Finansministeriet' the one who remits. A
    section's one-word heading before a name is no part of it (modeller/kontakt.toml [rubrik_i_meningen])."""
    assert _med_fel("missiv", "fi-finansministeriet-oppethallning-utlatande", "rubrik_i_stycket", "avsandare",
                    tmp_path)


@pytest.mark.parametrize("fel", ["rubrik_i_stycket", "ett_stycke"])
def test_nyhetens_kategori_fore_bolaget_som_bjuder_in(fel: str, tmp_path: Path) -> None:
    """missiv/sormlandvatten-renhallningsordning-2019 (Sörmland Vatten's news on the samråd, as Word) with
    the news category 'Renhållning' run into the paragraph under it: 'Renhållning Sörmland Vatten bjuder in
    berörda till samråd …' was taken as a fuller name than the letterhead's 'Sörmland Vatten'."""
    assert _med_fel("missiv", "sormlandvatten-renhallningsordning-2019", fel, "avsandare", tmp_path)


@pytest.mark.parametrize(
    ("rader", "avsandare"),
    [
        (["Förslag till ny vattenplan", "Bakgrund Havs- och vattenmyndigheten remitterar härmed ett förslag "
          "till ny vattenplan. Synpunkter lämnas senast den 1 juni 2025 till hav@havochvatten.se."],
         "Havs- och vattenmyndigheten"),
        (["Samråd om ny kraftledning", "Samråd Vattenfall Eldistribution AB bjuder in till samråd om en ny "
          "ledning mellan Ort och By. Synpunkter lämnas senast den 1 juni 2025."],
         "Vattenfall Eldistribution AB"),
    ],
)
def test_rubrikord_fore_avsandaren_i_annan_ordalydelse(rader: list[str], avsandare: str) -> None:
    """The same class in other words: another heading word, another sender, another verb."""
    from remiss.extract.avsandare import find_avsandare

    lines = [Line(text=t, page=1, number=i) for i, t in enumerate(rader, 1)]
    found = find_avsandare(lines, Text.of(lines))
    assert found is not None and found.value == avsandare


def test_rubrik_i_meningens_exempel() -> None:
    """modeller/kontakt.toml [rubrik_i_meningen]: every example loses its heading word, no counter-example
    changes."""
    from remiss.extract.avsandare import _after_heading_word
    from remiss.extract.personer import kontakt_modell

    data = kontakt_modell()["rubrik_i_meningen"]
    for exempel in data["exempel"]:
        fore, efter = exempel.split(" => ")
        assert _after_heading_word(fore) == efter
    for motexempel in data["motexempel"]:
        assert _after_heading_word(motexempel) == motexempel


# --- the address block answers go to, run into the sentence that gives it ---------------------------------

def test_namnet_sist_i_ihopkord_svarsadress(tmp_path: Path) -> None:
    """missiv/ovanaker-ungmansomradet-samrad (Ovanåkers kommun's news on a samråd) with its paragraphs joined
    (bench_textfel ett_stycke): the postal address answers go to ran into the sentence, '… skickas till:
    Ovanåkers kommun Kommunstyrelseförvaltningen Hanna Gäfvert' over '828 80 Edsbyn'; the person stood on a
    line of her own only in the own layout. The name last after the organisation, over the postcode, is the
    person in the address (personer._addressee_run_in)."""
    assert _med_fel("missiv", "ovanaker-ungmansomradet-samrad", "ett_stycke", "handlaggare", tmp_path)


@pytest.mark.parametrize(
    ("rad", "namn"),
    [
        ("Yttranden skickas till: Mora kommun Samhällsbyggnadsförvaltningen Per Holm", "Per Holm"),
        ("Svar sänds senast 1 maj till Region Dalarna Regionala utvecklingsförvaltningen Anna Maria Berg",
         "Anna Maria Berg"),
        # no organisation before the name, or no first name: no addressee
        ("Synpunkter lämnas till: Per Holm", None),
        ("Synpunkter skickas till Mora kommun Samhällsbyggnad Norra Dalarna", None),
    ],
)
def test_namnet_sist_i_ihopkord_svarsadress_i_annan_ordalydelse(rad: str, namn: str | None) -> None:
    """The same class in other words: another kommun, another unit, another person."""
    from remiss.extract.personer import _addressee_run_in

    assert _addressee_run_in(rad) == namn


# --- a steering document's compound on an organisation's word, and 'remiss' after the matter --------------

@pytest.mark.parametrize("fel", ["ett_stycke", "rubrik_i_stycket"])
def test_regionprogram_remiss_ar_ingen_organisation(fel: str, tmp_path: Path) -> None:
    """missiv/mp-halland-regionprogram-remiss (a party association's member page) with its paragraphs
    joined (bench_textfel ett_stycke): the heading 'Regionprogram remiss' was read as an organisation's name
    ('region' in 'Regionprogram'), so the rules found no title and only the title model's reading of the
    link line 'Remiss regionprogram' gave one; with the link run into the paragraph the title was empty.
    A steering document's compound is no organisation (core._org_name, titel.toml [ensamt_ord]) and
    'remiss' after the matter is no part of it (titel.toml [[efter]] remiss_sist)."""
    assert _med_fel("missiv", "mp-halland-regionprogram-remiss", fel, "titel", tmp_path)


@pytest.mark.parametrize(
    ("rubrik", "titel"),
    [
        ("Regionplan 2050 remiss", "Regionplan 2050"),
        ("Landstingsprogram för folkhälsa", "Landstingsprogram för folkhälsa"),
        ("Förbundsstrategi remiss", "Förbundsstrategi"),
    ],
)
def test_styrdokument_pa_organisationsord_i_annan_ordalydelse(rubrik: str, titel: str) -> None:
    """The same class in other words: other documents on an organisation's word, set as the page's heading."""
    from remiss.extract.core import choose_titel

    lines = [Line(text=rubrik, page=1, number=1, top=60, bottom=75, size=15.0, bold=True)] + [
        Line(text=t, page=1, number=i, top=100 + 15 * i, bottom=110 + 15 * i, size=10.5)
        for i, t in enumerate(["Tyck till om förslaget! Skicka dina synpunkter till info@ort.se senast den "
                               "21 mars 2025.", "Förslaget tas sedan upp på stämman."], 2)]
    found = choose_titel(lines)
    assert found is not None and found.value == titel


def test_organisationen_som_rubrik_ar_fortfarande_ingen_titel() -> None:
    """An organisation's name over the heading stays the letterhead ('Region Halland', 'Regionstyrelsen')."""
    from remiss.extract.core import _org_name

    assert _org_name("Region Halland") and _org_name("Regionstyrelsen")
    assert _org_name("Landstinget i Värmland")
    assert not _org_name("Regionprogram remiss") and not _org_name("Regionplan 2050")


# --- contact blocks run together (bench_textfel on prov18–prov22) -----------------------------------------

@pytest.mark.parametrize(
    ("nyckel", "fel"),
    [
        ("prov21/tidaholm-op2030-samrad", "ett_stycke"),  # 'Marie Bengtzon Planarkitekt Telefon: …'
        ("prov18/nordmaling-lis-samrad", "ett_stycke"),  # 'För upplysningar kontakta; Tony' / 'Johansson, …'
        ("prov21/svedala-2517-detaljplan-samrad", "ett_stycke"),  # '… stadsarkitekt. Lowe Kisiel, …'
    ],
)
def test_handlaggare_i_ihopkort_kontaktblock(nyckel: str, fel: str, tmp_path: Path) -> None:
    """Three real pages with their paragraphs joined (bench_textfel ett_stycke): the title after the name in
    one capitalised word ('Planarkitekt', personer._person_name reads TITLE_FIRST after the name too), a
    semicolon typed for the colon after 'kontakta' (CONTACT_SENTENCE), and a signature with its title after
    a comma run into the sentence before it (personer._segment cuts after the full stop)."""
    mapp, spec_id = nyckel.split("/")
    assert _med_fel(mapp, spec_id, fel, "handlaggare", tmp_path)


@pytest.mark.parametrize(
    ("rader", "namn"),
    [
        (["Kontakt", "Lena Ek Miljöinspektör Telefon: 0123-456 78 E-post: lena.ek@ort.se"], "Lena Ek"),
        (["Har du frågor om planen så kontakta; Per", "Holm, planerare, tel 0123-456 79."], "Per Holm"),
        (["Vid frågor om förslaget kontakta vår miljöstrateg. Eva Lund, miljöstrateg eva.lund@ort.se "
          "0123-456 70"], "Eva Lund"),
    ],
)
def test_handlaggare_i_ihopkort_kontaktblock_i_annan_ordalydelse(rader: list[str], namn: str) -> None:
    """The same classes in other words: another title, another name, another kommun."""
    from remiss.extract.personer import find_handlaggare

    lines = [Line(text=t, page=1, number=i) for i, t in enumerate(rader, 1)]
    assert find_handlaggare(lines)[0].namn == namn


# --- the sender in a signature or an address run into the text ----------------------------------------------

@pytest.mark.parametrize(
    ("nyckel", "fel"),
    [
        ("prov20/sma-gasgruvan-samrad", "rubrik_i_stycket"),  # 'till: SMA Mineral Persberg AB' / 'Box 329'
        ("prov20/sma-gasgruvan-samrad", "ett_stycke"),  # '… till: SMA Mineral Persberg' / 'AB Box 329'
        ("prov18/v-gavle-regionalpolitiskt-program", "rubrik_i_stycket"),  # greeting, group, next paragraph
        ("prov18/v-gavle-regionalpolitiskt-program", "ett_stycke"),  # '… Med' / 'vänlig hälsning, Regional…'
        ("prov22/pedersore-nederpurmo-delgeneralplan", "rubrik_i_stycket"),  # '… kraft. Pedersöre den 6 …'
        ("prov22/pedersore-nederpurmo-delgeneralplan", "ett_stycke"),
    ],
)
def test_avsandaren_i_ihopkord_adress_eller_underskrift(nyckel: str, fel: str, tmp_path: Path) -> None:
    """Three real pages with a transcript's flaw: the postal address answers go to run into the sentence
    without a comma before the box (avsandare.POSTAL_SEND_TO; 'AB Box 329', a name's wrapped rest, is no
    letterhead), a group's signature run into the next paragraph or the greeting inside a line
    (avsandare._group_head, _greeting_in_line), and a notice's place and date run into the text
    (avsandare.PLACE_DATE_OPENS)."""
    mapp, spec_id = nyckel.split("/")
    assert _med_fel(mapp, spec_id, fel, "avsandare", tmp_path)


@pytest.mark.parametrize(
    ("rader", "avsandare"),
    [
        (["Samråd om ny täkt", "Bolaget planerar en ny täkt vid Ort. Synpunkter lämnas senast den 1 maj "
          "2025. Skicka synpunkterna till: Nordsten Grus AB", "Box 12", "123 45 Ort"], "Nordsten Grus AB"),
        (["Förslag till nytt program", "Skicka svaren senast den 1 maj 2025 till anna@ort.se. Med vänliga "
          "hälsningar, Programkommittén för miljöfrågor Förslaget finns i filen nedan."],
         "Programkommittén för miljöfrågor"),
    ],
)
def test_avsandaren_i_ihopkord_adress_eller_underskrift_i_annan_ordalydelse(
    rader: list[str], avsandare: str
) -> None:
    """The same classes in other words: another company before its box, another group after the greeting."""
    from remiss.extract.avsandare import find_avsandare

    lines = [Line(text=t, page=1, number=i) for i, t in enumerate(rader, 1)]
    found = find_avsandare(lines, Text.of(lines))
    assert found is not None and found.value == avsandare


# --- a yttrande's title word run into the answer's first sentence -----------------------------------------

def test_remissvar_ihopkort_med_forsta_meningen_ar_ingen_titel(tmp_path: Path) -> None:
    """prov21/srfkonsulterna-elstod-remissvar (Srf konsulterna's answer on regeringen.se's page) with its
    heading run into the paragraph (bench_textfel rubrik_i_stycket): 'Remissvar Srf konsulterna tillstyrker
    förslaget till förordning, men vill framföra' was read as the yttrande's title, and the title's line is
    not searched for the stance. The title word run into a sentence with the sender's stance is no title
    (kontroll.hitta.ETIKETT_MENING)."""
    assert _med_fel("prov21", "srfkonsulterna-elstod-remissvar", "rubrik_i_stycket", "stallningstagande",
                    tmp_path)


@pytest.mark.parametrize(
    ("text", "rubrik"),
    [
        ("Remissvar Svensk Vindenergi avstyrker förslaget om ändrade", False),
        ("Yttrande Föreningen Gamla Staden ställer sig positiv till planen", False),
        # a title that names the matter stays one
        ("Remissvar Promemorian Skärpta regler för elstöd", True),
        ("Remissvar Delbetänkandet Starkare kommuner", True),
    ],
)
def test_titelord_ihopkort_med_stallning_i_annan_ordalydelse(text: str, rubrik: bool) -> None:
    """The same class in other words: another sender, another stance; a title naming the matter is none."""
    from remiss.kontroll.hitta import ETIKETT_MENING

    assert (ETIKETT_MENING.match(text) is None) is rubrik


# --- a staff list run together is no one's contact ----------------------------------------------------------

@pytest.mark.parametrize("fel", ["ett_stycke", "rubrik_i_stycket"])
def test_personallista_ihopkord_ar_ingen_handlaggare(fel: str, tmp_path: Path) -> None:
    """missiv/dorotea-domherren-plansamrad (Dorotea kommun's news on a plansamråd) with its paragraphs joined
    (bench_textfel): the unit's contact box of five staff ran into one line ('Miljö- och byggchef Nicke Grahn
    Telefon: … Byggnadsinspektör Per Nilsson Telefon: …'); cut into parts, each title stayed on its name's
    line, so the staff list (a title line over each name) was not seen and one of them was taken as the
    signature. The title run into the name is cut off as a line of its own (personer.segmenterade)."""
    assert _med_fel("missiv", "dorotea-domherren-plansamrad", fel, "handlaggare", tmp_path)


def test_personallista_ihopkord_i_annan_ordalydelse() -> None:
    """The same class in other words: another unit's staff, other titles, one line."""
    from remiss.extract.personer import find_handlaggare

    rad = ("Expedition Bygglovsenheten Telefon: 0123-456 00 bygglov@ort.se Stadsarkitekt Anna Berg Telefon: "
           "0123-456 01 anna.berg@ort.se Bygglovshandläggare Per Holm Telefon: 0123-456 02 per.holm@ort.se "
           "Miljöinspektör Eva Lund Telefon: 0123-456 03 eva.lund@ort.se")
    lines = [Line(text="Samråd om detaljplan för Norrby 1:2. Sista dag för yttrande 2025-05-01.", page=1,
                  number=1), Line(text=rad, page=1, number=2)]
    assert find_handlaggare(lines)[0].namn is None
