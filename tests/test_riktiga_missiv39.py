"""Real documents the corpus read wrong (missiv39: avsändare and titel, the weakest first-run fields of the blind
sets), each miss as a named test with the document's own wording (sources in the '# source:' line of each
tests/korpus/<mapp>/<id>.txt), then the same class in other wording (a paraphrase written for the test, so the fix
is not keyed to the document's words)."""

# ruff: noqa: E501  (the documents' own lines are kept as they stand)

from __future__ import annotations

import pytest

from tests.test_riktiga_missiv37 import _remiss

# prov37/leader-alh-utvecklingsstrategi-remissversion (astridlindgrenshembygd.se, the remiss version's page)
ALH = """Remissversion: utvecklingsstrategi för Astrid Lindgrens Hembygd 2023-2027
Nu finns det en remissversion av lokal utvecklingsstrategi för Astrid Lindgrens Hembygd. Strategin har arbetats fram genom digitala workshops med nuvarande och kommande medlemskommuner, finansiärsmöten och enkätundersökning med representanter från bland annat kommuner, myndigheter, organisationer, allmänheten, föreningar och näringsliv.
Ladda ner remissversionen via denna länk (pdf):
Utvecklingsstrategi_remissversion_2023 – 2027 Leader Astrid Lindgrens Hembygd_2 september
Dina synpunkter är viktiga, vi vill gärna få din återkoppling senast 15 september, maila dina synpunkter till info@alhembygd.se . Har du frågor, kontakta gärna tf verksamhetsledare Ingmarie Söderblom.
Länk till mer information om arbetsprocessen inför Leader 2023-2027 och alla inbjudningar per kommun:
Leader 2023-2027 och inbjudningar till workshop framtidens landsbygd
Styrelsen (LAG) för Leader Astrid Lindgrens Hembygd"""


def test_alh_styrelsen_som_undertecknar_ger_organisationen() -> None:
    """prov37/leader-alh-utvecklingsstrategi-remissversion (first run: avsändare null): the board that signs the
    page on a line of its own ('Styrelsen (LAG) för Leader …') names the organisation it is the board of, the
    sender when nothing else names one (README, Facit: the organisation the text names)."""
    assert _remiss(ALH).avsandare == "Leader Astrid Lindgrens Hembygd"


@pytest.mark.parametrize(("underskrift", "avsandare"), [
    ("Styrelsen för Exempelby Hembygdsförening", "Exempelby Hembygdsförening"),
    ("Styrelsen i Norra Vikens Byalag", "Norra Vikens Byalag"),
    ("Exempelby Byalags styrelse", "Exempelby Byalag"),
    ("Med vänlig hälsning Styrelsen för Leader Sydost", "Leader Sydost"),
    ("Med vänliga hälsningar\nStyrelsen för Leader Sydost", "Leader Sydost"),
    # the board alone, or of 'föreningen', names no one
    ("Styrelsen", None),
    ("Styrelsen för föreningen", None),
    ("Föreningens styrelse", None),
])
def test_styrelsens_underskrift_i_andra_ord(underskrift: str, avsandare: str | None) -> None:
    """Other wording: 'Styrelsen för/i X' and 'X:s styrelse' as the last line give X, also under the closing
    greeting (not 'Styrelsen för' cut at the name's capital); the board without a name gives none."""
    text = ("Remiss av nya stadgar\nStyrelsen har tagit fram ett förslag till nya stadgar. Lämna dina "
            "synpunkter senast den 1 mars 2024 via formuläret på webbplatsen.\n" + underskrift)
    assert _remiss(text).avsandare == avsandare


def test_styrelsen_i_lopande_text_ar_ingen_underskrift() -> None:
    """A board in a sentence of the text ('Styrelsen för X har beslutat …', not a line of its own) is not read
    as the signature."""
    text = ("Remiss av nya stadgar\nLämna dina synpunkter senast den 1 mars 2024 via formuläret.\n"
            "Styrelsen för Exempelby Hembygdsförening har beslutat att skicka förslaget på remiss. Välkommen "
            "med dina synpunkter på förslaget.")
    assert _remiss(text).avsandare != "Styrelsen för Exempelby Hembygdsförening"


# prov37/leader-vastrasmaland-strategi-remiss (leadervastrasmaland.se, the page on the strategy for 2023-2027)
VASTRA_SMALAND = """Leader 2023-2027
• Nu jobbar vi för fullt med strategiarbetet inför perioden 2023-2027 tillsammans med Eccola och ”Framtidsgruppen” samt alla er som bor och verkar i området. Under vår och sommar har vi jobbat intensivt med workshops och intervjuer samt SWOT analys. Inom kort skickar vi ut strategin på remiss och den finns tillgänglig här för synpunkter mellan 13-27 september. Har du frågor, kontakta oss på 0370-331030 eller info@leadervastrasmaland.se!
Vi kommer att erbjuda möjlighet att lämna synpunkter på strategin mellan 13-27 september
Strategi Leader Västra Småland remissversion
Enkät remissvar"""


def test_vastra_smaland_lanken_namnger_dokumentet_och_domanen_avsandaren() -> None:
    """prov37/leader-vastrasmaland-strategi-remiss (first run: avsändare null, titel 'Leader 2023-2027'): a
    heading that is only a name and a period of years names the programme period, no matter; the link's line
    'X remissversion' names the document on remiss; the name in it that the page's address spells
    (info@leadervastrasmaland.se) is the sender, also after the document's word before it ('Strategi …')."""
    remiss = _remiss(VASTRA_SMALAND)
    assert remiss.avsandare == "Leader Västra Småland"
    assert remiss.titel == "Strategi Leader Västra Småland"


@pytest.mark.parametrize(("rubrik", "lank", "titel"), [
    ("Leader Sydost 2023-2027", "Handlingsplan Leader Sydost – remissversion", "Handlingsplan Leader Sydost"),
    ("Norrskenet 2024–2030", "Utvecklingsprogram för Norrskenet (remissversion)", "Utvecklingsprogram för Norrskenet"),
])
def test_namn_och_period_som_rubrik_i_andra_ord(rubrik: str, lank: str, titel: str) -> None:
    """Other wording: a heading of a name with its span of years over the text, the link's line naming the
    document with its version word after a dash or in parentheses."""
    text = (f"{rubrik}\nVi har tagit fram ett förslag och vill gärna ha dina synpunkter senast den 1 mars 2024 "
            f"till info@exempel.se.\n{lank}")
    assert _remiss(text).titel == titel


@pytest.mark.parametrize("rubrik", ["Kulturplan 2024-2027", "Vision 2030"])
def test_slag_med_period_ar_titeln(rubrik: str) -> None:
    """A heading with a document's kind and its years ('Kulturplan 2024-2027'), or a name with one year, is the
    title as before, also over a version link."""
    text = (f"{rubrik}\nVi vill gärna ha dina synpunkter senast den 1 mars 2024 till info@exempel.se.\n"
            "Kulturplanen remissversion")
    assert _remiss(text).titel == rubrik


# Kinds that recur among the blind sets' first-run misses (prov25–prov37), each fixed for its document; the same
# kind in other wording, so the rule behind the fix is not narrower than the kind.

# (1) the sender named only in the signature (prov36/logopedforum-riktlinjer-las-skriv-synpunkter 'Logopedbyrån
# Dynamica Stockholm' under the signer's name; prov37/leader-alh-… 'Styrelsen (LAG) för Leader …')
SIGNATUR = ("Remiss av nya riktlinjer\nVi har tagit fram ett förslag till riktlinjer. Lämna synpunkter senast den "
            "1 mars 2024 till info@exempel.se.\n")


@pytest.mark.parametrize(("underskrift", "avsandare"), [
    # the organisation's name without a word of its kind, under the signer's name and title
    ("Med vänliga hälsningar\nAnna Berg\nVerksamhetsledare\nLeader Sydost", "Leader Sydost"),
    # the title and the organisation on one line after a comma
    ("Med vänliga hälsningar\nEva Lind\nOrdförande, Exempelby Byalag", "Exempelby Byalag"),
    # the organisation right under the greeting, no person
    ("Med vänlig hälsning\nExempelby Hembygdsförening", "Exempelby Hembygdsförening"),
    # no organisation: the signer's address, a bare board
    ("Med vänliga hälsningar\nAnna Berg\nStorgatan 5", None),
    ("Med vänlig hälsning\nStyrelsen", None),
])
def test_underskriftens_organisation_i_andra_ord(underskrift: str, avsandare: str | None) -> None:
    """Other wording of the signature: the organisation under the name and title in capitalised words, after the
    title and a comma, or right under the greeting with a word of its kind; an address or 'Styrelsen' alone
    names no one."""
    assert _remiss(SIGNATUR + underskrift).avsandare == avsandare


def test_mottagarraden_overst_ar_ingen_avsandare() -> None:
    """The addressee line on top ('Till alla medlemmar i föreningen', the kind prov36's 'Till alla logopeder …'
    is) names whom the letter is to, never the sender (it held 'förening', an organisation's word)."""
    text = ("Till alla medlemmar i föreningen\nStyrelsen har tagit fram förslaget till nya stadgar för "
            "föreningen. Lämna synpunkter senast den 1 mars 2024 till info@exempel.se.")
    assert _remiss(text).avsandare is None


# (2) the owner of the proposal in the genitive (prov36/storkriket-…: 'tycka till om Storkrikets förslag till …')
def test_agaren_till_remissversionen_i_genitiv() -> None:
    """Other wording: the genitive before the remiss version ('Lämna synpunkter på Vattenrådets remissversion
    av …'), the owner named again in the nominative."""
    text = ("Remiss\nLämna synpunkter på Vattenrådets remissversion av åtgärdsplanen senast den 1 mars 2024. "
            "Vattenrådet sammanställer svaren.")
    assert _remiss(text).avsandare == "Vattenrådet"


# (3) the body that extends the answering time (prov36/rcc-vardprogram-…: 'RCC i samverkan har … beslutat att
# förlänga svarstiden')
@pytest.mark.parametrize("mening", [
    "Remisstiden förlängs av Miljöförbundet till den 1 mars 2024.",
    "Miljöförbundet har förlängt remisstiden till den 1 mars 2024.",
])
def test_forlangd_svarstid_i_passiv_och_supinum(mening: str) -> None:
    """Other wording: the passive with its agent ('Remisstiden förlängs av X'), the supine ('X har förlängt
    remisstiden')."""
    assert _remiss(f"Förlängd remisstid\nRemissen om nya riktlinjer pågår. {mening}").avsandare == "Miljöförbundet"


# (4) the heading on the remiss round's time before the matter (prov36/rcc-vardprogram-…: 'Förlängd svarstid på
# remissrundan för vårdprogram'), and on a step after the procedure (prov28: 'Efter slutfört samråd')
@pytest.mark.parametrize(("rubrik", "titel"), [
    ("Förlängd svarstid för remissen om cykelstrategin", "cykelstrategin"),
    ("Ny svarstid i remissrundan för kulturplanen", "kulturplanen"),
])
def test_svarstid_fore_arendet_i_bestamd_form(rubrik: str, titel: str) -> None:
    """Other wording: the matter one word in the definite form of a document's kind ('cykelstrategin')."""
    text = f"{rubrik}\nSvarstiden förlängs till den 1 mars 2024. Synpunkter till info@exempel.se."
    assert _remiss(text).titel == titel


def test_steg_efter_avslutad_granskning_ar_ingen_titel() -> None:
    """Other wording of the step heading: 'Efter avslutad granskning' (common gender) names no matter."""
    text = ("Efter avslutad granskning\nKommunen samråder om ansökan om tillstånd för vattenverksamhet. Lämna "
            "synpunkter senast den 1 mars 2024 till info@exempel.se.")
    assert _remiss(text).titel != "Efter avslutad granskning"


# (5) a meeting after a dash is no part of the matter (prov29/alvsala-…: 'naturreservat – extrastämma i september')
def test_oppet_mote_efter_tankstreck() -> None:
    """Other wording: '… – öppet möte den 5 mars' after the plan's name."""
    text = ("Kulturplan för Exempelby – öppet möte den 5 mars\nKommunen har tagit fram ett förslag till "
            "kulturplan. Lämna synpunkter senast den 1 mars 2024 till info@exempel.se.")
    assert _remiss(text).titel == "Kulturplan för Exempelby"


# (6) the document's name as an apposition under a heading that names only its kind (prov26/munkfors-vision-2030-
# remiss: 'Ett förslag till ny kommunvision, Vision 2030, är nu ute på remiss')
@pytest.mark.parametrize("mening", [
    "Ett förslag till ny kommunvision, Exempelby 2040, har tagits fram och är nu ute på remiss.",
    "Kommunen har tagit fram en ny kommunvision – Exempelby 2040 – som nu skickas på remiss.",
])
def test_namnet_som_apposition_i_andra_ord(mening: str) -> None:
    """Other wording: the subject of '… är nu ute på remiss' coordinated with another predicate ('… har tagits
    fram och är nu ute på remiss': the subject ends before 'har'), and the name between dashes."""
    text = (f"Kommunvision på remiss\n{mening} Lämna synpunkter senast den 1 mars 2024 till info@exempel.se.")
    assert _remiss(text).titel == "Exempelby 2040"


# (7) a heading on the procedure's time alone (the kind of prov36's 'Förlängd svarstid på remissrundan för
# vårdprogram' without the matter): the matter of the remiss the text says is under way
def test_forlangd_remisstid_utan_arendet_ger_remissen_som_pagar() -> None:
    """'Förlängd remisstid' over 'Remissen om nya riktlinjer för bidrag pågår.' names no matter; the remiss
    under way does."""
    text = ("Förlängd remisstid\nRemissen om nya riktlinjer för bidrag pågår. Remisstiden förlängs till den "
            "1 mars 2024. Synpunkter till info@exempel.se.")
    assert _remiss(text).titel == "nya riktlinjer för bidrag"


# (8) the call's sentence goes on after the document it names (missiv/ostersund-biltema-karlslund-granskning-2017:
# 'Du som vill tycka till om förslaget till detaljplan för Karlslund 3:4, som behandlar förutsättningarna för
# Biltemas etablering, har flera vägar att gå.')
@pytest.mark.parametrize("mening", [
    "Du som vill tycka till om förslaget till detaljplan för Karlslund 3:4, som behandlar förutsättningarna för Biltemas etablering, har flera vägar att gå.",
    "Du kan lämna synpunkter på förslaget till detaljplan för Karlslund 3:4 senast den 8 maj 2017 via e-post.",
])
def test_uppmaningens_dokument_slutar_fore_bisatsen(mening: str) -> None:
    """Under a heading that names no matter, the document the call names ends before a relative clause on it
    or the deadline (first run of the relative clause: the whole rest of the sentence as the title)."""
    text = (f"Tyck till\n{mening}\nDu kan skicka dina synpunkter via e-post till adressen "
            "samhallsbyggnad@ostersund.se.\nSista dag att lämna in synpunkter är den 8 maj 2017.")
    assert _remiss(text).titel == "detaljplan för Karlslund 3:4"


# (9) the question heading on what the reader thinks of the document (prov30/tandlakarforbundet-jamlik-tandhalsa-
# enkat: 'Vad tycker Sveriges tandläkare om utredningen jämlik tandhälsa?')
def test_fragerubrik_med_annat_verb() -> None:
    """Other wording: 'Hur ser du på förslaget till ny kulturplan?' (the question's verb 'ser … på'): the
    proposal, not the whole question."""
    text = ("Hur ser du på förslaget till ny kulturplan?\nExempelförbundet vill veta vad medlemmarna tycker "
            "inför förbundets remissvar. Svara på enkäten senast den 1 mars 2024.")
    assert _remiss(text).titel == "förslaget till ny kulturplan"


def test_mening_som_slutar_med_remissversion_namnger_inget() -> None:
    """A sentence that ends with the version word ('Här finns strategin som remissversion') is no link's name
    under a heading of a name and its years."""
    text = ("Leader Sydost 2023-2027\nVi vill gärna ha dina synpunkter senast den 1 mars 2024 till "
            "info@exempel.se.\nHär finns strategin som remissversion")
    assert _remiss(text).titel != "Här finns strategin"


# missiv/sater-leader-nedre-dalalven-strategi (sater.se): the domain spells the name without its first word
SATER = """Möjlighet att lämna synpunkter på Leader Nedre Dalälvens strategi
Utifrån den behovsanalys som genomförts i samband med lokala processmöten under våren 2021 har Leader Nedre Dalälven nu en remissversion av den lokala utvecklingsstrategin för år 2023 – 2027 klar.
Lämna dina synpunkter på remissversionen senast 24 september genom att mejla till info@nedredalalven.se.
Leader Nedre Dalälvens logga"""


def test_domanen_stavar_namnet_utan_dess_forsta_ord() -> None:
    """A name inside a run of capitalised words is read by the domain only after a document's kind ('Strategi
    Leader Västra Småland'), not after a word of the name the domain leaves out: 'Leader Nedre Dalälven' with
    info@nedredalalven.se stays whole (a layout dependence of the first widening, bench_layoutbyte)."""
    assert _remiss(SATER).avsandare == "Leader Nedre Dalälven"
