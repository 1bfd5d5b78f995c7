"""prov40's missiv misses on its first run and older leftovers (missiv42): avsändare, svarsadress, handläggare and
remissinstanser, each miss as a named test with the document's own wording (sources in the '# source:' line of
tests/korpus/<mapp>/<id>.txt), then the same class in other wording (a paraphrase written for the test, so the fix
is not keyed to the document's words)."""

# ruff: noqa: E501  (the documents' own lines are kept as they stand)

from __future__ import annotations

import pytest

from tests.test_riktiga_missiv37 import _instanser, _remiss

# prov40/njordr-bothnia-offshore-omega-samrad (a skärgård association's blog re-posting the invitation)
NJORDR = """Samråd
Avgränsningssamråd avseende planerad vindpark samt internkabelläggning i Sveriges ekonomiska zon i Bottenviken – Bothnia Offshore Omega
Njordr Offshore Wind AB bjuder in till avgränsningssamråd enligt 6 kap. 29 § miljöbalken avseende möjligheten att etablera vindkraft i Sveriges ekonomiska zon i havsområdet Bottenviken, cirka 55 kilometer sydöst om Luleå. Den planerade vindparken omfattar upp till 83 vindkraftverk med en maximal totalhöjd om 330 meter.
Denna inbjudan går ut till myndigheter, företag och organisationer som kan beröras av eller ha synpunkter på den planerade vindparken.
Till samrådet har vi tagit fram en samrådshandling som beskriver det planerade projektet. Samrådshandlingen bifogas denna inbjudan tillsammans med bilagor.
Vi önskar få in synpunkter och information som är relevant för det fortsatta utredningsarbetet skriftligen. Märk yttrandet med ”Bothnia Offshore Omega” och skicka det senast den 28 februari 2023 till:
njordr.samrad@ecogain.se
alternativt via brev till:
Ecogain AB
Bothnia Offshore Omega
United Spaces
Östra Hamngatan 16
411 09 Göteborg
Med vänliga hälsningar,
Ecogain AB, på uppdrag av Njordr Offshore Wind.
Bilagor: Samradshandling Bilaga 3 Bilaga 4"""


def test_njordr_samradsadressen_ar_ingen_persons() -> None:
    """First run: svarsadress null ('njordr.samrad@' read as 'förnamn.efternamn'). 'samrad' is a function's
    word, as 'remiss' and 'plan' are: the project's samråd box the views are sent to."""
    assert _remiss(NJORDR).svarsadress == "njordr.samrad@ecogain.se"


def test_njordr_markningen_i_adressblocket_ar_ingen_handlaggare() -> None:
    """First run: handläggare 'Bothnia Offshore Omega', the line under 'Ecogain AB' in the postal address. The
    text asks the answers to be marked with it ('Märk yttrandet med ”Bothnia Offshore Omega”'): the mark, no
    person (facit: no contact person)."""
    handlaggare = _remiss(NJORDR).handlaggare
    assert handlaggare is None or handlaggare.namn is None


def test_njordr_adressblocket_efter_via_brev_till_ar_ingen_lista() -> None:
    """First run: remissinstanser 'Ecogain AB', 'Bothnia Offshore Omega', 'United Spaces', 'Östra Hamngatan 16',
    'Med vänliga hälsningar': the postal address after 'alternativt via brev till:' read as a list. The list is
    the kinds the invitation goes out to ('Denna inbjudan går ut till myndigheter, företag och organisationer
    som …'); the 'eller' inside the relative clause joins its verbs, no receivers. (The facit has 'företag och
    organisationer som …' as one name; README, Facit, divides at the last 'och' without 'samt', as
    missiv/vattenfall-gysinge-samrad-2019's 'markägare och enskilda som …' is divided: three names.)"""
    assert [i.namn for i in _remiss(NJORDR).remissinstanser] == [
        "myndigheter", "företag", "organisationer som kan beröras av eller ha synpunkter på den planerade vindparken"]


@pytest.mark.parametrize("text", [
    "Remissen har skickats ut till kommunerna i länet.\nSynpunkter kan också lämnas per post till:\nVindbolaget AB\nProjekt Storberget\nAtt: Projektgruppen\nStora Nygatan 12\n123 45 Norrby\nMed vänliga hälsningar,\nVindbolaget AB",
    "Förslaget remitteras till följande instanser.\nSvaren kan även skickas med brev till:\nVindbolaget AB\nFältkontoret\nProjekt Storberget\nNorra Strandgatan 3\n123 45 Norrby\nMed vänliga hälsningar,\nVindbolaget AB",
])
def test_postadressen_efter_brevvagen_ar_ingen_lista(text: str) -> None:
    """Other wording: the address block after a postal route ('per post till:', 'med brev till:'), a street of two
    words ('Stora Nygatan 12'): an address, no list of instanser."""
    assert not {"Vindbolaget AB", "Stora Nygatan 12", "Norra Strandgatan 3"} & set(_instanser(text))


@pytest.mark.parametrize("text", [
    "Inbjudan till samråd om vindpark Storberget\nVindbolaget Storberget AB bjuder in till samråd om vindpark Storberget.\n"
    "Skicka dina synpunkter senast den 1 juni 2024 till:\nstorberget.samrad@konsulten.se",
    "Samråd om ny kraftledning\nNätbolaget AB bjuder in till samråd om en ny kraftledning.\n"
    "Synpunkter skickas senast den 1 juni 2024 till lina.samrad@konsulten.se.",
    "Samråd om vindpark Storberget\nVindbolaget AB bjuder in till samråd om en vindpark.\n"
    "Synpunkter skickas senast den 1 juni 2024 till vindpark.storberget@konsulten.se.",
    "Samråd om ny hamn\nHamnbolaget AB bjuder in till samråd inför sin ansökan om tillstånd.\n"
    "Synpunkter skickas senast den 1 juni 2024 till tillstand.hamnen@konsulten.se.",
])
def test_samradsadressen_i_andra_ord_ar_svarsadressen(text: str) -> None:
    """Other wording: a samråd's box named for the project ('storberget.samrad@', 'lina.samrad@', a first part
    that is also a first name; 'vindpark.storberget@', 'tillstand.hamnen@'): a function's address, not
    'förnamn.efternamn'."""
    assert _remiss(text).svarsadress is not None


def test_markningen_i_andra_ord_ar_ingen_handlaggare() -> None:
    """Other wording: 'Märk kuvertet med ”Vindpark Storberget”' and the mark on the line under the company in the
    postal address: no person."""
    text = ("Samråd om vindpark Storberget\nVindbolaget AB bjuder in till samråd om vindpark Storberget.\n"
            "Märk kuvertet med ”Vindpark Storberget” och skicka synpunkterna senast den 1 juni 2024 till:\n"
            "Vindbolaget AB\nVindpark Storberget\nBox 12\n123 45 Norrby")
    handlaggare = _remiss(text).handlaggare
    assert handlaggare is None or handlaggare.namn is None


# prov40/amhm-skogindustrier-miljotillstand-delgivning (the authority's anslagstavla)
AMHM = """Ålands Skogindustrier ansöker om nytt miljötillstånd
Publicerad 23.3.2020 08:00 | Uppdaterad 7.4.2020 15:30
Meddelandet är tillgängligt t.o.m. 16.4.2020 07:00
DELGIVNING
Ålands Skogindustrier, dnr 2013-787, ansöker om nytt miljötillstånd för fortsatt verksamhet med virkeshamn och biopanna i Godby i Finströms kommun.
Ansökan finns framlagd vid Ålands miljö- och hälsoskyddsmyndighets kansli under tiden 23 mars - 15 april 2020.
Inom samma tid har envar rätt att skriftligen yttra sig över ansökan till Ålands miljö- och hälsoskyddsmyndighet, Norragatan 17, 22100 Mariehamn.
Ärendet är planerat att tas till behandling på prövningsnämndens möte 13 maj 2020.
Denna delgivnings publiceringsdatum på ÅMHM:s webbplats www.amhm.ax är 23 mars 2020. Delgivningen anses ha skett den sjunde dagen efter att meddelandet publicerades på den elektroniska anslagstavlan, det vill säga den 30 mars 2020."""


def test_amhm_myndigheten_vid_vars_kansli_ansokan_ligger_ar_avsandaren() -> None:
    """First run: avsändare null. The authority named in the genitive before its office ('framlagd vid Ålands
    miljö- och hälsoskyddsmyndighets kansli') and again in the answers' postal address ('yttra sig över ansökan
    till Ålands miljö- och hälsoskyddsmyndighet, Norragatan 17, 22100 Mariehamn'): the sender, its name in the
    indefinite form with lower-case words as an authority's proper name has them."""
    assert _remiss(AMHM).avsandare == "Ålands miljö- och hälsoskyddsmyndighet"


@pytest.mark.parametrize(("mening", "vantat"), [
    ("Handlingarna finns tillgängliga hos Nordlands miljö- och byggnadsnämnds registratur under tiden 1–20 maj 2024.",
     "Nordlands miljö- och byggnadsnämnd"),
    ("Handlingarna hålls tillgängliga på Statens fastighetsverks kansli till och med den 20 maj 2024.",
     "Statens fastighetsverk"),
    ("Den som vill yttra sig över ansökan kan göra det skriftligen till Nordlands miljömyndighet, Storgatan 4, 22100 Mariehamn.",
     "Nordlands miljömyndighet"),
])
def test_myndigheten_vid_sitt_kansli_eller_i_svarsadressen_i_andra_ord(mening: str, vantat: str) -> None:
    """Other wording: an authority's office in the genitive ('hos X:s registratur', 'på Xs kansli') or its postal
    address after 'till' (a street, a postcode): the sender when nothing else names it."""
    text = ("Norrby Hamn ansöker om nytt miljötillstånd\nKUNGÖRELSE\n"
            f"Norrby Hamn, dnr 2024-12, ansöker om nytt miljötillstånd för en ny hamn i Norrby.\n{mening}\n"
            "Synpunkter ska ha kommit in senast den 20 maj 2024.")
    assert _remiss(text).avsandare == vantat


# prov40/ostrands-elnat-bandsjon-kraftledning-samrad (the samråd's page on the group's website, its brand on top)
OSTRAND = """SCA
Samråd avseende ny kraftledning
Östrands Elnät AB avser att ansöka om nätkoncession för linje (tillstånd) för kraftledningar mellan station Bandsjön och Östrand i Timrå, Timrå kommun, Västernorrlands län. Ledningsåtgärden påkallas av att Biorefinery Östrand avser bygga ett nytt bioraffinaderi i anslutning till SCA Östrands massabruk i Timrå, där verksamheten kommer att vara i behov av elkraft.
Ledningsåtgärden kräver tillstånd, så kallad nätkoncession för linje. Som ett led i framtagandet av tillståndsansökan inbjuder härmed Östrand Elnät AB till kombinerat avgränsnings- och undersökningssamråd enligt miljöbalken 6 kap. 23–25 §§. Samrådet genomförs med Länsstyrelsen i Västernorrland, Timrå och Sundsvalls kommuner, övriga myndigheter samt enskilda och allmänhet som kan tänkas bli särskilt berörda av verksamheten.
Samrådet genomförs skriftligt men vi erbjuder berörda, som så önskar, att träffa oss för att diskutera projektet. Östrands Elnät har gett konsultföretaget AFRY i uppdrag att genomföra samråd samt upprätta erforderliga ansökningshandlingar.
Synpunkter
Vi välkomnar er att inkomma med synpunkter och information som är till hjälp i det fortsatta arbetet.
Era synpunkter önskar vi senast 27 oktober 2023 via:
Epost: sandra.soderlund@afry.com, eller via post:
ÅF-Industry AB
att: Sandra Söderlund,
169 99 Stockholm
Har ni frågor om projektet eller önskar beställa samrådsunderlaget är ni varmt välkomna att kontakta undertecknad eller Katrin Seuss på telefon 010-505 60 50."""


def test_ostrand_bolaget_som_haller_samradet_gar_fore_webbplatsens_varumarke() -> None:
    """First run: 'SCA', the website owner's brand over the page, named in the text only inside another name ('SCA
    Östrands massabruk'). The company that is to apply and invites to the samråd ('Östrands Elnät AB avser att
    ansöka om nätkoncession …', '… inbjuder härmed Östrand Elnät AB till … samråd') is the sender (facit, doubtful
    between the two spellings; the first, the applicant's, is taken)."""
    assert _remiss(OSTRAND).avsandare == "Östrands Elnät AB"


@pytest.mark.parametrize(("text", "vantat"), [
    ("NKG\nSamråd om ny vindpark\nNordvind Storberget AB planerar att söka tillstånd för en vindpark vid Storberget.\n"
     "Synpunkter lämnas senast den 1 juni 2024 till samrad@konsulten.se.", "Nordvind Storberget AB"),
    # the brand that acts in the text is the sender that holds the samråd through its company: it stands
    ("NVE\nSamråd om ny vindpark\nNVE bygger vindkraft i hela landet. Nordvind Storberget AB avser att ansöka om tillstånd för en vindpark.\n"
     "Synpunkter lämnas senast den 1 juni 2024 till samrad@nve.se.", "NVE"),
])
def test_samradets_bolag_fore_varumarket_i_andra_ord(text: str, vantat: str) -> None:
    """Other wording: a brand alone over the page, a company by its legal name that is to apply for the permit."""
    assert _remiss(text).avsandare == vantat


# prov40/sevab-strangnas-reningsverk-samrad-2018 (the company's own samråd page, its end)
SEVAB = """Samråd för förnyat tillstånd för Strängnäs reningsverk
SEVAB planerar att ansöka om tillstånd enligt miljöbalken för fortsatt drift av avloppsreningsverket i Strängnäs.
Synpunkter kan skickas in senast den 7 maj 2018 via e-post till kundservice@sevab.com eller till adressen:
Tillstånd SARV SEVAB
Box 32
645 21 Strängnäs
Du som har lämnat synpunkter 2016 behöver inte lämna samma synpunkter igen. De finns kvar hos oss.
Har du frågor är du välkommen att skicka e-post eller ringa till:
Ann-Christin på: ann-christin.abrahamsson@esem.se, telefon 016-10 61 83."""


def test_sevab_kontakten_med_bara_fornamnet_och_sin_adress_ar_handlaggaren() -> None:
    """First run: handläggare null ('Ann-Christin på: ann-christin.abrahamsson@esem.se', one name only). A
    capitalised word right before an address whose first part spells it, in the sentence about questions: the
    contact person by her first name, as the text writes her (facit; the surname only in the address)."""
    handlaggare = _remiss(SEVAB).handlaggare
    assert handlaggare is not None and handlaggare.namn == "Ann-Christin"


@pytest.mark.parametrize(("rad", "vantat"), [
    ("Frågor om samrådet besvaras av Jonas, jonas.ek@vindbolaget.se eller 070-123 45 67.", "Jonas"),
    ("Har ni frågor? Hör av er till Mirja via mirja.lund@vindbolaget.se.", "Mirja"),
    # an address that does not spell the word before it is no person's
    ("Har ni frågor? Skriv till Kundtjänst: info@vindbolaget.se.", None),
])
def test_fornamnet_vid_sin_adress_i_andra_ord(rad: str, vantat: str | None) -> None:
    """Other wording: a first name alone before the contact's own address in a sentence about questions."""
    text = ("Samråd om vindpark Storberget\nVindbolaget AB bjuder in till samråd om vindpark Storberget.\n"
            f"Synpunkter skickas senast den 1 juni 2024 till samrad@vindbolaget.se.\n{rad}")
    handlaggare = _remiss(text).handlaggare
    assert (handlaggare.namn if handlaggare else None) == vantat


# prov40/vasyd-regional-avloppsrening-samradsinbjudan (the kommunalförbund's own news; its caption, its heading)
VASYD = """Lena Hellberg, projektledare för tillståndsprocessen i VA SYDs projekt Hållbar avloppsrening i ett växande Skåne
Nu bjuder VA SYD in allmänhet och berörda till samråd om en regional avloppsvattenrening
Med start den 25 augusti till och med den 3 november bjuder VA SYD nu in till avgränsningssamråd enligt 6 kap miljöbalken. Det betyder att myndigheter, verksamheter, organisationer, boende och andra berörda nu kan lämna synpunkter på planerna för en ny regional reningsanläggning för vårt avloppsvatten."""


def test_vasyd_inbjudan_med_subjektet_mellan_verb_och_partikel_namnger_mottagarna() -> None:
    """First run: remissinstanser none. 'Nu bjuder VA SYD in allmänhet och berörda till samråd om …': the verb
    before its subject after an adverb, the particle after the subject, the kinds invited as in 'X bjuder in
    allmänhet och intresserade till samråd' (README, Facit, remissinstanser)."""
    assert _instanser(VASYD) == ["allmänhet", "berörda"]


@pytest.mark.parametrize(("rad", "vantat"), [
    ("Därför bjuder Vindbolaget AB in boende, fastighetsägare och verksamma i området till samråd om vindpark Storberget.",
     ["boende", "fastighetsägare", "verksamma i området"]),
    ("I dag bjuder kommunen härmed in myndigheter och allmänhet till samråd om den nya planen.",
     ["myndigheter", "allmänhet"]),
    ("Därför bjuder vi nu in markägare, boende och föreningar till samråd om vindparken.",
     ["markägare", "boende", "föreningar"]),
    # one kind alone is no list, as for 'X bjuder in fastighetsägare till samråd'
    ("Nu bjuder Vindbolaget in fastighetsägare till samråd om vindparken.", []),
])
def test_inbjudan_med_omvand_ordfoljd_i_andra_ord(rad: str, vantat: list[str]) -> None:
    """Other wording: an adverb first, the inviting body between the verb and 'in'."""
    assert _instanser(f"Samråd om vindpark Storberget\n{rad}") == vantat


# missiv/umea-norrbyskar-samrad-miljoprovning-2016 (the kommun's samråd page)
UMEA = """Umeå kommun
Samråd för miljöprövning
Inför saneringen av Norrbyskär håller Umeå kommun på att ta fram en tillståndsansökan enligt miljöbalken. Tillståndsansökan gäller bland annat anläggande av erosionskydd, brytning av morän i vattenområde, ny broförbindelse och utlastningsplats m m.
Lämna dina synpunkter senast 31 maj
Om du har synpunkter på den tillståndspliktiga verksamheten ska du framföra dem skriftligt till Umeå kommun med namn, adress och telefonnummer. Ange diarienummer KS000752/2008. Senast 31 maj 2016 vill vi ha dina synpunkter.
Dina synpunkter skickas till:
Umeå kommun, Mark och exploatering, 901 84 Umeå.
Du kan också lämna dina synpunkter i formuläret här nedanför."""


def test_umea_kommunen_som_synpunkterna_framfors_till_utan_avdelningen_i_adressen() -> None:
    """Earlier runs: 'Umeå kommun, Mark och exploatering', the two-field name in the postal address read as a
    sector (as 'Åsele kommun, Miljö- och bygg'). The text sends the views in words to the kommun alone ('ska du
    framföra dem skriftligt till Umeå kommun med namn …'): the address's second part routes them inside it, an
    avdelning (README, Facit: never an avdelning or enhet), the kommun alone."""
    assert _remiss(UMEA).avsandare == "Umeå kommun"


@pytest.mark.parametrize(("mening", "vantat"), [
    ("Synpunkter ska lämnas skriftligt till Norrby kommun senast den 1 juni 2024.", "Norrby kommun"),
    # the views sent to the sector in words (or nowhere in words): the sector stands, as before
    ("Synpunkter ska lämnas skriftligt senast den 1 juni 2024.", "Norrby kommun, Kultur och fritid"),
])
def test_sektorn_i_adressen_nar_texten_sander_till_kommunen_i_andra_ord(mening: str, vantat: str) -> None:
    """Other wording: the views sent in words to the kommun, the postal address with a two-field name after it."""
    text = (f"Samråd om kulturplan\nNorrby kommun tar fram en kulturplan.\n{mening}\n"
            "Adressen är: Norrby kommun, Kultur och fritid, 123 45 Norrby.")
    assert _remiss(text).avsandare == vantat


# prov14/jomala-kalmarnas-delgeneralplan-samrad (the kommun's own notice on its website)
JOMALA = """Samråd - Delgeneralplaneändring Kalmarnäs
Offentlig delgivning
Ett förslag till ändring av Kalmarnäs delgeneralplan jämte beskrivning av den 17 december 2018 har arbetats fram.
Med anledning av detta hålls samråd enligt 30 § plan- och bygglag för landskapet Åland (ÅFS 2008:102) torsdagen den 21 mars 2019 kl. 18.30 vid kommunkansliet i Jomala. Planförslaget finns tillgängligt under Bilagor här på sidan.
Skriftliga synpunkter i anslutning till samrådet kan inlämnas till kommunkansliet fram till och med den 29 mars 2019 kl. 15.00.
Jomala den 4 mars 2019
På tjänstens vägnar:
Kommundirektör John Eriksson
Publicerad 22.3.2019
Uppdaterad 22.3.2019"""


def test_jomala_kommunkansliet_pa_orten_dar_delgivningen_skrivs_under() -> None:
    """Earlier runs: avsändare null ('kommunkansliet i Jomala' alone is a place, missiv16: an office's place may
    be a village of another kommun). The notice is signed at the same place ('Jomala den 4 mars 2019'): the
    kommun's own office, the kommun the sender (facit)."""
    assert _remiss(JOMALA).avsandare == "Jomala kommun"


@pytest.mark.parametrize(("underskrift", "vantat"), [
    ("Norrby den 4 mars 2019", "Norrby kommun"),
    # signed elsewhere: the office's place says nothing of whose it is
    ("Storby den 4 mars 2019", None),
])
def test_kommunkansliet_pa_underskriftens_ort_i_andra_ord(underskrift: str, vantat: str | None) -> None:
    """Other wording: 'i kommunhuset i X' and the place of the signature."""
    text = ("Samråd om detaljplan för Strandängen\nKungörelse\n"
            "Planförslaget finns tillgängligt i kommunhuset i Norrby under tiden 1–20 maj 2024.\n"
            "Skriftliga synpunkter kan lämnas till kommunen senast den 20 maj 2024.\n"
            f"{underskrift}\nPlanberedningen")
    assert _remiss(text).avsandare == vantat
