"""ytt27 (session 21): prov19's kontroll misses (informed: prov19 is reported), each fixed as a class in the
rules.

The sentences are quoted from the real documents in tests/korpus/prov19/ (source in each <id>.txt); the
documents are built here in the shapes the real ones have. Each test is run with the rules alone (the type
model switched off, fixture `utan_typmodell`) and with the type model. After each real excerpt a paraphrase
of the same class in other words, written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_kontroll_riktiga import (  # noqa: F401 - the fixture
    REGLER_OCH_MODELL,
    _docx,
    _lines,
    _regler,
    _stallning,
    igenkanda,
    utan_typmodell,
)

FYSIOTERAPEUTERNA = (
    "2020-08-26 09:13",
    "Företagare, Nationella taxan, Påverkansarbete",
    "Ris och ros i remissvar till God och nära vård",
    "Fysioterapeuterna har skickat in sitt remissvar till den statliga utredningen ”God och nära vård – en "
    "reform för ett hållbart hälso- och sjukvårdsystem (SOU 2020:19).",
    "Läs hela remissvaret",
    "I utredningen finns positiva delar som det personcentrerade förhållningssättet och inkluderande "
    "arbetssätt.",
    "Förbundet är också positiv till och tillstyrker många av utredningens förslag så som att begreppet "
    "hemsjukvård ersätts med begreppet hälso- och sjukvård i hemmet. Fysioterapeuterna tillstyrker även "
    "utredningens förslag kring att reglering av individuell plan i lagstiftningen förtydligas.",
    "Saknas skarpa förslag",
    "Trots att prevention och rehabilitering tydligt lyfts fram i betänkandet saknas dock skarpa förslag som "
    "ytterligare stärker dessa områden.",
    "Oro gällande förslag kring nationella taxan",
    "Fysioterapeuterna ser med oro på de förslag som utredningen lägger kring nationella taxan och är "
    "kritiskt till de två föreslagna scenarier som beskrivs. Förbundet ser inte att något av dessa förslag "
    "ensamt har möjlighet att ersätta de fysioterapeuter som är verksamma på nationella taxan.",
)


@REGLER_OCH_MODELL
def test_stod_for_delar_och_kritik_mot_en_annan_del_ar_inget_samlat_stallningstagande(
    tmp_path: Path, request: pytest.FixtureRequest, regler_ensamma: bool
) -> None:
    """prov19/fysioterapeuterna-nara-vard-remissvar (https://www.fysioterapeuterna.se/Om-forbundet/nyheter/
    2020/2020/ris-och-ros-i-remissvaret-till-god-och-nara-vard-utredningen/): 'tillstyrker många av
    utredningens förslag' is a subset, 'tillstyrker även utredningens förslag kring att …' one named proposal
    (as 'förslaget om …'), and 'är kritiskt till de två föreslagna scenarier' a thing proposed, the other
    way: parts both ways and none on the whole, blandat (the truth's null; README, Blandat). The named
    proposal was read as the whole and the criticism not at all."""
    _regler(request, regler_ensamma)
    [kontroll] = igenkanda(_docx(tmp_path / "f.docx", *FYSIOTERAPEUTERNA))
    assert kontroll.stallningstagande == "blandat"
    assert set(kontroll.delar) == {"tillstyrker", "avstyrker"}


@pytest.mark.parametrize(
    ("meningar", "varde"),
    [
        # the same class in other words: a proposal named by its matter after another preposition, beside
        # criticism of a thing proposed
        (("Föreningen tillstyrker förslaget gällande en gemensam journal.",
          "Föreningen är dock negativ till den föreslagna avgiften."), "blandat"),
        (("Vi tillstyrker utredningens förslag angående tillsynen.",
          "Vi är starkt kritiska mot de föreslagna övergångsreglerna."), "blandat"),
        # named parts all one way keep their value (README, Blandat)
        (("Förbundet tillstyrker förslaget rörande tillsynen.",), "tillstyrker"),
        (("Förbundet avvisar förslaget gällande att avgiften ska höjas.",), "avstyrker"),
        # alone, an opinion on the thing proposed is on the remitted matter, both ways
        (("Kommunen är negativ till den föreslagna regleringen.",), "avstyrker"),
        (("Kommunen är positiv till de två föreslagna alternativen.",), "tillstyrker"),
        # a stance on the whole beside criticism of a thing proposed is the stance
        (("Förbundet tillstyrker förslaget.", "Förbundet är kritiskt till den föreslagna avgiften."),
         "tillstyrker"),
    ],
)
def test_namngiven_del_och_foreslagen_sak_i_annan_ordalydelse(meningar: tuple[str, ...], varde: str) -> None:
    """'förslaget gällande/angående/rörande …' names a part, as 'förslaget om …'; criticism of 'den
    föreslagna X' beside support for a named part is a part the other way: blandat, the truth's null."""
    assert _stallning(*meningar) == varde


LANSTEATRARNA = (
    "Länsteatrarna i Sverige har svarat på Kulturdepartementets remiss angående Återstartsutredningens "
    "betänkande Från kris till kraft – återstart för kulturen.",
    "– Vi ställer oss positiva till det fokus som läggs på konst och kultur i hela landet och att den "
    "nationella kulturpolitiken fått en genomlysning, skriver Robert Uitto, ordförande Länsteatrarna i "
    "Sverige och Michael Johansson, verksamhetsledare.",
    "– Vi ser att många av utredningens förslag handlar om att skapa strukturella förändringar som vi tror "
    "kan vara behjälpliga i att skapa en kulturell infrastruktur som fungerar i hela landet. Det är därför "
    "viktigt att kulturpolitiken, tillsammans med andra politikområden, skapar goda förutsättningar för de "
    "regionala scenkonstinstitutionerna att verka.",
    "Läs hela remissvaret här:",
)


@REGLER_OCH_MODELL
def test_stod_for_forslagets_fokus_ar_inget_stod_for_forslaget(
    tmp_path: Path, request: pytest.FixtureRequest, regler_ensamma: bool
) -> None:
    """prov19/lansteatrarna-aterstart-remissvar (http://www.lansteatrarna.se/nyheter/lansteatrarnas-
    remissvar-pa-aterstartsutredningen/): 'Vi ställer oss positiva till det fokus som läggs på konst och
    kultur i hela landet' supports the betänkande's focus, an aim, not its proposals (README: 'ställer sig
    positiv till att …' is a comment on a part or an aim), and 'många av utredningens förslag … kan vara
    behjälpliga' is a subset: no stance. The focus was read as the remitted matter ('det' as the object)."""
    _regler(request, regler_ensamma)
    [kontroll] = igenkanda(_docx(tmp_path / "l.docx", *LANSTEATRARNA))
    assert kontroll.stallningstagande is None


@pytest.mark.parametrize(
    ("meningar", "varde"),
    [
        # the same class in other words: support for the aim, the ambition, the intentions
        (("Förbundet välkomnar syftet med förslaget.",), None),
        (("Vi ställer oss bakom ambitionen i betänkandet.",), None),
        (("Nämnden ställer sig positiv till förslagets syfte.",), None),
        (("Föreningen välkomnar intentionerna i promemorian.",), None),
        # support for the aim beside a stance on the proposal: the stance
        (("Förbundet välkomnar syftet med förslaget men avstyrker förslaget.",), "avstyrker"),
        (("Vi delar ambitionen.", "Vi tillstyrker förslaget."), "tillstyrker"),
        # the proposal named first: support for the proposal
        (("Nämnden ställer sig bakom förslaget och dess syfte.",), "tillstyrker"),
        (("Vi ställer oss positiva till det förslag som läggs fram.",), "tillstyrker"),
    ],
)
def test_stod_for_syftet_i_annan_ordalydelse(meningar: tuple[str, ...], varde: str | None) -> None:
    """Support whose object opens with an aim word before the remitted matter's word ('välkomnar syftet med
    förslaget', 'positiv till förslagets syfte') is a comment on the aim; the proposal's word first is
    support for it."""
    assert _stallning(*meningar) == varde


@REGLER_OCH_MODELL
def test_sidraknaren_fore_avsandarens_namn_raknar_inga_svar(
    tmp_path: Path, request: pytest.FixtureRequest, regler_ensamma: bool
) -> None:
    """prov19/lansteatrarna-aterstart-remissvar in the `wordhuvud` layout (bench_layoutbyte): the header line
    'Länsteatrarna i Sverige | Sida 1 av 1' over 'Länsteatrarna i Sverige har svarat på Kulturdepartementets
    remiss …' read as '1 Länsteatrarna i Sverige har svarat på', answers counted ('manga-har-besvarat', a
    text about others' answers), and with the rules alone the page was no yttrande. A page counter counts
    no answers."""
    from remiss.kontroll.signaler import poang

    _regler(request, regler_ensamma)
    sidhuvud = "Länsteatrarna i Sverige | Sida 1 av 1"
    [kontroll] = igenkanda(_docx(tmp_path / "l.docx", sidhuvud, *LANSTEATRARNA))
    assert kontroll.stallningstagande is None
    # the same class in other words: another counter, another sender; answers counted still are
    for rad in ("Sidan 2 av 3 Föreningen har svarat på remissen.", "Sida 2 av 3 Förbundet har yttrat sig."):
        assert "manga-har-besvarat" not in poang(_lines(rad))[1], rad
    for rad in ("5 av 21 länsstyrelser har besvarat remissen.",
                "Totalt 40 organisationer har svarat på remissen."):
        assert "manga-har-besvarat" in poang(_lines(rad))[1], rad


def test_syftesordens_exempel() -> None:
    """Each example of modeller/stallning.toml's aim words takes no stance, and each counter-example is
    tillstyrker."""
    from remiss.modelldata import modell_toml

    syfte = modell_toml("stallning.toml")["syfte"]
    for mening in syfte["exempel"]:
        assert _stallning(mening) is None, mening
    for mening in syfte["inte_exempel"]:
        assert _stallning(mening) == "tillstyrker", mening


AMNESTY = (
    "Svensk rätt",
    "Remissvar angående internationell straffverkställighet",
    "Publicerad: 28 augusti 2013",
    "Amnesty har ingivit yttrande (remissvar) till Justitiedepartementet över SOU 2013:21 - Internationell "
    "straffverkställighet.",
    "Remissvar angående åldersgränser vid rekrytering av barnsoldader",
    "Publicerad: 11 mars 2013",
    "Amnesty har till Justitiedepartementet ingivit kompletterande yttrande (remissvar) över utkast till "
    "lagrådsremiss; lag om folkmord, brott mot mänskligheten och krigsförbrytelser. Läs yttrandet.",
    "Kompletterande remissbehandling: lag om internationella brott",
    "Publicerad: 28 februari 2013",
    "I november 2002 publicerades ett betänkade med bland annat förslag på ny lag om internationella brott. "
    "Remissbehandlingen var klar i april 2003. Ett utkast till detta har nu kommit och bland annat Amnesty "
    "har inbjudits att delta i kompletterande remissbehandling. Se bifogad fil.",
    "Frikännande hovrättsdom i folkrättsbrottmål",
    "Publicerad: 21 januari 2013",
    "Den serbiske medborgare som i januari 2012 dömdes av Stockholms tingsrätt för grovt folkrättsbrott har "
    "frikänts av Svea hovrätt. Läs domen i bifogat attachment.",
)


@REGLER_OCH_MODELL
def test_amnessida_med_daterade_notiser_om_svar_ar_annat(
    tmp_path: Path, request: pytest.FixtureRequest, regler_ensamma: bool
) -> None:
    """prov19/amnesty-svensk-ratt-remissvar (http://icc.amnesty.se/?page=3&category=9): a topic page of dated
    posts, each under its headline with the list's label before its date ('Publicerad: 28 augusti 2013'),
    two of them notices that Amnesty has given an answer: a list of posts, no single answer (ytt21: a page of
    several dated posts is a list), so the type model does not get to make it a yttrande. The label hid the
    date lines: only a date alone on its line opened a post."""
    _regler(request, regler_ensamma)
    assert igenkanda(_docx(tmp_path / "a.docx", *AMNESTY)) == []


@pytest.mark.parametrize(
    "datumrader",
    [
        # the same class in other words: other labels, ISO dates with a label, a time after the date
        ("Postat 2019-03-04", "Postat 2019-02-11", "Postat 2018-12-03"),
        ("Publicerat: 4 mars 2019 kl. 10.15", "Publicerat: 11 februari 2019 kl. 09.00",
         "Publicerat: 3 december 2018 kl. 14.30"),
    ],
)
def test_nyhetslista_med_etikett_fore_datumet_ar_en_forteckning(datumrader: tuple[str, ...]) -> None:
    """A news list whose posts each carry a labelled date line ('Postat 2019-03-04') is a list of posts (the
    structure's `flera-daterade-inlagg`); one post's published and updated dates in a row are not."""
    from remiss.kontroll.struktur import bedom

    rader = []
    for datum, rubrik in zip(datumrader, ("Vårt svar om strandskyddet", "Remissvar om avgifterna",
                                          "Vi har svarat på vattenplanen"), strict=True):
        rader += [rubrik, datum, "Föreningen har lämnat remissvar till kommunen. Läs svaret här."]
    assert "flera-daterade-inlagg" in bedom(_lines(*rader)).familjer.get("referat", (0, ()))[1]
    ett_inlagg = _lines("Vårt svar om strandskyddet", "Publicerad: 2019-03-04", "Uppdaterad: 2019-03-05",
                        "Föreningen har lämnat remissvar till kommunen om förslaget. Läs svaret här.")
    assert "referat" not in bedom(ett_inlagg).familjer


SVENSKT_NARINGSLIV_EPOST = (
    "Registrator",
    "Från: | Svenskt Näringsliv",
    "Till: | registrator@kommunen.se",
    "Ämne: | Remiss av Promemorian Förslag till förordning om tillfälligt förbud mot servering",
    "av alkohol.",
    "Bifogade filer: svensktnaringsliv-alkoholservering.pdf",
    "REMISSVAR16 november 2020",
    "Remiss av Promemorian Förslag till förordning om tillfälligt förbud mot servering av",
    "alkohol.",
    "MOTTAGARE",
    "Socialdepartementet",
    "Externt diarienummer",
    "S/2020/8228",
    "Promemorian Förslag till förordning om tillfälligt förbud mot servering av alkohol (S2020/08228)",
    "Svenskt Näringsliv vill med anledning av rubricerad departementspromemoria lämna följande kommentarer "
    "och ställningstagande.",
    "Kommentarer och ställningstagande",
    "Föreningen Svenskt Näringsliv har valt att inte kommentera det remitterade förslaget i alla delar, utan "
    "riktar in våra synpunkter på effekterna av de föreslagna restriktionerna.",
)


@pytest.mark.parametrize(
    ("rader", "dnr"),
    [
        # yttranden/svensktnaringsliv-alkoholservering printed from Outlook (bench_layoutbyte: epostutskrift)
        (SVENSKT_NARINGSLIV_EPOST, "S/2020/8228"),
        # the same class in other words: an English Outlook header over a letter whose own label stands low
        (("Från: Föreningen Svensk Handel", "Skickat: den 4 maj 2021 09:12", "Till: registrator@kommun.se",
          "Kopia: kansli@svenskhandel.se", "Ämne: Remissvar om förslaget till ny ordning för",
          "tillståndsprövning", "Bifogade filer: remissvar.pdf", "REMISSVAR", "4 maj 2021", "MOTTAGARE",
          "Finansdepartementet", "Vår referens", "SH 2021/55",
          "Förslaget till ny ordning för tillståndsprövning (Fi2021/01234)",
          "Svensk Handel lämnar härmed följande synpunkter på förslaget."), "SH 2021/55"),
    ],
)
def test_eposthuvudet_skjuter_inte_brevets_etikett_ur_huvudet(
    tmp_path: Path, rader: tuple[str, ...], dnr: str
) -> None:
    """A printed e-mail's header fields (with a subject wrapped onto a second line) over the letter push its
    own labelled number ('Externt diarienummer' / 'S/2020/8228') past the head's first ten lines: the head
    zone counts from the letter, and the department's number in the title ('(S2020/08228)') was taken."""
    from remiss.kontroll import kontrollera_fil

    [kontroll] = kontrollera_fil(_docx(tmp_path / "e.docx", *rader))
    assert kontroll.diarienummer == dnr


@pytest.mark.parametrize(
    ("rader", "dnr"),
    [
        # yttranden/sthlmhandelskammare-kapacitetsutredningen on a landscape page (bench_layoutbyte: liggande)
        (("1 (1)", "Stockholms Handelskammare",
          "1 Trafikverket TRV 2011/17304 Stockholm, den 30 mars Remissvar avseende Kapacitetsutredningen "
          "Stockholms Handelskammare har givits tillfälle att lämna synpunkte"), "TRV 2011/17304"),
        # the same class in other words: another recipient and number, a sentence after the fields
        (("Sida 1", "Företagarna Västra Götaland",
          "Kommunstyrelsen KS 2020/112 Borås, den 3 maj Yttrande över översiktsplanen Företagarna har tagit "
          "del av förslaget"), "KS 2020/112"),
        # a number inside the sentence is the text's, not the head's
        (("Sida 1", "Företagarna Västra Götaland",
          "Företagarna har tagit del av förslaget i ärende KS 2020/112 och lämnar synpunkter på det"), None),
    ],
)
def test_huvudets_falt_inkorda_i_textens_forsta_rad(rader: tuple[str, ...], dnr: str | None) -> None:
    """A wide page's line runs the head's fields on into the text's first sentence ('1 Trafikverket TRV
    2011/17304 Stockholm, den 30 mars Remissvar avseende … Stockholms Handelskammare har givits tillfälle …'):
    the line is read up to where the sentence begins, as a transcript's one paragraph is; the line was
    passed over whole because a finite verb stood on it."""
    from remiss.kontroll.hitta import _ihopkort_i_huvudet

    assert _ihopkort_i_huvudet(_lines(*rader)) == dnr


SKOGSINDUSTRIERNA = (
    "Remissvar: Regeringsuppdraget Informationsbehov för god miljöhänsyn",
    "Skogsindustrierna har beretts möjlighet att lämna synpunkter på ovanstående utredning och "
    "Skogsindustrierna ställer sig positiva till ett Skogsstyrelsen arbetar aktivt med att öka kvalitet och "
    "tillgänglighet för information som är en viktig del i att förbättra miljöhänsynen i skogsbruket.",
    "Skogsindustrierna anser att alltför stort fokus i rapporten lagts på avsnittet om sektorsansvar utan "
    "stöd i regeringsuppdraget som ju handlar om information och kvalitetssäkring. Inom målbildsdialogen har "
    "Skogsstyrelsen tillsammans med sektorn arbetat med underlag till en rapport kring sektorsansvaret.",
    "När det gäller förslagen kring systemtillsyn och nyckelbiotoper så anser Skogsindustrierna att de är "
    "så genomgripande att de lämpligen hanteras i en egen process med noggranna analyser och dialog med "
    "näringen.",
)


@REGLER_OCH_MODELL
def test_den_som_beretts_mojlighet_att_yttra_sig_ar_avsandaren(
    tmp_path: Path, request: pytest.FixtureRequest, regler_ensamma: bool
) -> None:
    """yttranden/skogsindustrierna-informationsbehov-remissvar (https://www.skogsindustrierna.se/vara-asikter/
    remissvar/…): a page whose head does not name the sender ('Remissvar: Regeringsuppdraget …'), where
    'Skogsindustrierna har beretts möjlighet att lämna synpunkter' and then 'Skogsindustrierna anser …':
    only the remiss's addressee writes that it has been given the opportunity, so it is the sender speaking,
    not another's voice reported (with 'Skogsstyrelsen' as a second subject the page read as a report of
    others' answers, and with the rules alone as 'annat')."""
    from remiss.kontroll.struktur import bedom

    _regler(request, regler_ensamma)
    assert len(igenkanda(_docx(tmp_path / "s.docx", *SKOGSINDUSTRIERNA))) == 1
    # the same class in other words: another sender, 'har getts tillfälle'
    annan = _lines("Remissvar: Förslag till nationell strategi för friluftslivet",
                   "Svenskt Friluftsliv har getts tillfälle att yttra sig över strategin. Svenskt "
                   "Friluftsliv anser att strategin är välgjord. Naturvårdsverket föreslår i strategin att …")
    assert "referat" not in bedom(annan).familjer
    # two others' views with nobody given the opportunity stay a report
    referat = _lines("Remissvaren om friluftsstrategin",
                     "Svenskt Friluftsliv anser att strategin är välgjord. Naturvårdsverket föreslår i "
                     "strategin att …")
    assert "referat" in bedom(referat).familjer
