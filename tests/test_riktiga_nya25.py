"""Real pages of the kinds the held-out sets show and the corpus had few of (nya25, tests/korpus/missiv/ and
tests/korpus/yttranden/): a kommun's short news of a plansamråd with 'Sista dag för yttrande' over its unit's
staff list, a kommun's news of an extended granskning with the reply address unit first, a kommun's page on the
samråd for a new översiktsplan, a patient organisation's news on its answer ('steg i rätt riktning'). Each
first-run miss is a named test with the page's own wording (sources in the '# source:' line of each
tests/korpus/<mapp>/<id>.txt), then the same class in other wording."""

# ruff: noqa: E501  (the documents' own lines are kept as they stand)

from __future__ import annotations

from remiss.extract import extract_remiss
from remiss.extract.core import clean_title
from remiss.split import classify
from tests.test_kontroll_riktiga import _stallning
from tests.test_riktiga_missiv15 import headed, part_of

# missiv/dorotea-domherren-plansamrad (dorotea.se, 2018): a kommun's short news of a plansamråd, the deadline
# as a label, the unit's staff list under it (the transcript cuts 'Telefon:' from its number)
DOROTEA = """Plansamråd
Plansamråd för Domherren 16
Syftet med detaljplanen är att möjliggöra för ny vårdbyggnad/sjukstuga i Dorotea. För sjuk- och ambulanstransport med helikopter möjliggörs även för en akut landningsplats för helikopter. Avsikten med detaljplanen är också att, utifrån de nya förutsättningarna, anpassa markanvändningen för omkringliggande fastigheter.
Läs kungörelsen här
Sista dag för yttrande 2018-07-05
Uppdaterad den 13 juni 2018
Miljö & Bygg
Expedition Miljö & Bygg
Telefon:
0942 - 141 61
miljo.bygg@dorotea.se
Miljö- och byggchef
Nicke Grahn
Telefon:
0942 - 141 63
nicke.grahn@dorotea.se
Byggnadsinspektör
Per Nilsson
Telefon:
0942 - 141 60
per.nilsson@dorotea.se
Miljöinspektör
Jörgen Sikström
Telefon:
0942 - 141 62
jorgen.sikstrom@dorotea.se
Livsmedelsinspektör
Vakant"""


def test_plansamrad_med_sista_dag_ar_en_remiss() -> None:
    """missiv/dorotea-domherren-plansamrad: 'Plansamråd för Domherren 16' is a samråd on a named matter with the
    procedure in one word (missiv.toml samrad), and 'Sista dag för yttrande 2018-07-05' its deadline: a missiv
    (with the uncertain missiv's warning); the title is the matter after 'Plansamråd för' (titel.toml
    samrad_for); the unit's staff list under the text, each block headed by a job title, names no handläggare
    (personer._staff_directory)."""
    lines = headed(DOROTEA, 0, 1)
    assert classify(lines) == "missiv"
    remiss = extract_remiss("x.docx", part_of(lines))
    assert remiss is not None
    assert (remiss.titel, remiss.svarsdatum, remiss.handlaggare.namn) == ("Domherren 16", "2018-07-05", None)


def test_plansamrad_i_annan_ordalydelse() -> None:
    """An avgränsningssamråd likewise; a 'plansamråd' only named in passing, with no deadline, asks nothing; a
    page's contact block of one person stays the handläggare."""
    text = """Avgränsningssamråd för vindpark Höjden
Bolaget planerar sex vindkraftverk norr om byn.
Sista dag för synpunkter 2024-03-01"""
    assert classify(headed(text, 0)) == "missiv"
    assert clean_title("Plansamråd för kvarteret Falken") == "kvarteret Falken"
    passing = """Nyheter från kommunen
Kommunen höll plansamråd för Domherren 16 i fjol. Detaljplanen vann laga kraft i våras."""
    assert classify(headed(passing, 0)) == "annat"
    one = DOROTEA.split("Byggnadsinspektör")[0]
    remiss = extract_remiss("x.docx", part_of(headed(one, 0, 1)))
    assert remiss is not None and remiss.handlaggare.namn == "Nicke Grahn"


# missiv/osby-levande-centrum-forlangd-granskning (osby.se, 2017): a kommun's news of an extended granskning,
# the reply address with the förvaltning's short name before the kommun
OSBY = """Förlängd granskningstid på förslag till "Ett levande centrum"
Granskningstiden för förslaget på visionsdokumentet Ett levande centrum - vision 2025, har förlängts till den 30 juni 2017. Syftet med visionsdokumentet är att öka attraktiviteten i Osby centrum och ge förslag på flera olika åtgärder för ett mer trivsamt centrum.
Samhällsbyggnadsförvaltningen på Osby kommun har på uppdrag av kommunstyrelsen upprättat förslag till Ett levande centrum – vision 2025.
Eventuella synpunkter eller anmärkningar ska, för att kunna beaktas, ha kommit in skriftligen med namn och adress, senast den 30 juni 2017.
Adressen är: Samhällsbyggnad, Osby kommun, 283 80 Osby."""


def test_forlangd_granskningstid_och_enheten_forst_i_adressen() -> None:
    """missiv/osby-levande-centrum-forlangd-granskning: the title is the heading after 'Förlängd
    granskningstid på' (core: the procedure's new period before 'på'), and the sender the kommun with the
    förvaltning its reply address names first by its short name, 'Samhällsbyggnad, Osby kommun, 283 80 Osby'
    (avsandare._reply_address, _reply_unit)."""
    remiss = extract_remiss("x.pdf", part_of(headed(OSBY, 0)))
    assert remiss is not None
    assert remiss.avsandare == "Osby kommun, Samhällsbyggnad"
    assert clean_title(OSBY.split("\n")[0]) == 'förslag till "Ett levande centrum"'
    # (in the other layouts the heading is read whole, and a description before a quoted name goes, but not
    # 'förslag till', which a title keeps: core.QUOTED_NAME)
    assert remiss.titel == 'förslag till "Ett levande centrum"'


def test_enheten_forst_i_annan_ordalydelse() -> None:
    """Another kommun's sector named first likewise; a kommun named first keeps its order; 'Förlängd
    samrådstid på …' strips as 'för'."""
    text = """Samråd om ny avfallsplan
Ydre kommun har tagit fram ett förslag till avfallsplan. Synpunkter ska ha kommit in senast den 15 mars 2024.
Skicka synpunkterna till: Samhällsutveckling, Ydre kommun, 573 74 Ydre."""
    remiss = extract_remiss("x.pdf", part_of(headed(text, 0)))
    assert remiss is not None and remiss.avsandare == "Ydre kommun, Samhällsutveckling"
    assert clean_title("Förlängd samrådstid på förslaget till grönplan") == "förslaget till grönplan"
    from remiss.extract.core import QUOTED_NAME
    assert QUOTED_NAME.fullmatch('förslag till "Ett levande centrum"') is None
    assert QUOTED_NAME.fullmatch('planerad vindkraftsanläggning "Duvhällen vindpark"') is not None


# missiv/torsas-oversiktsplan-samrad (torsas.se, 2023): a kommun whose name ends in s, at the end of one line,
# and the kind word opening the next sentence
TORSAS = """Samråd för ny översiktsplan
Torsås kommun har tagit fram ett förslag till ny översiktsplan för hela kommunen. Den är ute på samråd mellan 11 april – 30 juni 2023. Du kan besöka samrådsmöten för att lära dig mer om förslaget, men du kan också skicka in dina synpunkter till kommunen.
Förslag till översiktsplan för Torsås kommun
Översiktsplanen är digital, klicka på länken för att öppna den."""


def test_ortnamn_pa_s_ar_ingen_agare() -> None:
    """missiv/torsas-oversiktsplan-samrad: 'Torsås kommun' at a line's end and 'Översiktsplanen är digital'
    opening the next is no owner's genitive with the document's name (core._owned_name): the heading's
    matter stands, 'ny översiktsplan'."""
    remiss = extract_remiss("x.docx", part_of(headed(TORSAS, 0, 2)))
    assert remiss is not None and remiss.titel == "ny översiktsplan"


def test_ortnamn_pa_s_i_annan_ordalydelse() -> None:
    """Another place ending in s likewise (Bollnäs kommun); a real owner's genitive in running text stays the
    fuller name ('Skånes regionala utvecklingsstrategi – Det öppna Skåne 2030')."""
    text = TORSAS.replace("Torsås", "Bollnäs")
    remiss = extract_remiss("x.docx", part_of(headed(text, 0, 2)))
    assert remiss is not None and remiss.titel == "ny översiktsplan"
    skane = """Regional utvecklingsstrategi på remiss
Region Skåne har tagit fram ett förslag till Skånes regionala utvecklingsstrategi – Det öppna Skåne 2030. Synpunkter ska ha kommit in senast den 30 juni 2014 till registrator@skane.se."""
    remiss = extract_remiss("x.pdf", part_of(headed(skane, 0)))
    assert remiss is not None and remiss.titel == "Skånes regionala utvecklingsstrategi – Det öppna Skåne 2030"


# yttranden/parkinson-lakarintyg-remissyttrande (parkinsonforbundet.se, 2024): a patient organisation's news on
# its answer, support without the stance word
PARKINSON = "Parkinsonförbundet anser att utredningens förslag är steg i rätt riktning."


def test_steg_i_ratt_riktning_tillstyrker() -> None:
    """yttranden/parkinson-lakarintyg-remissyttrande: 'anser att utredningens förslag är steg i rätt riktning'
    is support for the proposals as a whole without the stance word, as 'förslaget är bra'
    (stallningstagande.jsonl forslaget-ar-steg-i-ratt-riktning)."""
    assert _stallning(PARKINSON) == "tillstyrker"


def test_steg_i_ratt_riktning_i_annan_ordalydelse() -> None:
    """'utgör ett första steg i rätt riktning' likewise; one named proposal, or something else than the
    proposals ('Regeringens satsning'), is no stance; negated it is no support."""
    assert _stallning("Förbundet menar att förslagen utgör ett första steg i rätt riktning.") == "tillstyrker"
    assert _stallning("Förslaget om ändrade avgifter är ett steg i rätt riktning.") is None
    assert _stallning("Regeringens satsning är ett steg i rätt riktning.") is None
    assert _stallning("Förslaget är inte ett steg i rätt riktning.") != "tillstyrker"


def test_sista_dag_for_yttrande_som_etikett() -> None:
    """missiv/dorotea-domherren-plansamrad's deadline line, 'Sista dag för yttrande 2018-07-05', is a label with
    the date right after (missiv.toml sista_dagen): a short notice with it and a named plan is a missiv also
    without the samråd's name in one word; the same words in the past ('… var 2023-03-12') ask nothing."""
    text = """Detaljplan för kvarteret Sparven
Syftet med detaljplanen är att möjliggöra nya bostäder i centrum.
Läs kungörelsen här
Sista dag för yttrande 2018-07-05"""
    assert classify(headed(text, 0)) == "missiv"
    assert classify(headed(text.replace("Sista dag för yttrande 2018-07-05", "Sista dag för synpunkter: 12 mars 2024"), 0)) == "missiv"
    past = """Detaljplan för kvarteret Sparven
Detaljplanen antogs i fjol. Sista dag för yttrande var 2023-03-12."""
    assert classify(headed(past, 0)) == "annat"
