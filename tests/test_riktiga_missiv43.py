"""prov41's missiv misses on its first run (missiv43): diarienummer, svarsadress, avsändare and titel, each miss as a
named test with the document's own wording (sources in the '# source:' line of tests/korpus/prov41/<id>.txt), then
the same class in other wording (a paraphrase written for the test, so the fix is not keyed to the document's
words), and guards for what the fix must leave alone."""

# ruff: noqa: E501  (the documents' own lines are kept as they stand)

from __future__ import annotations

import pytest

from remiss.extract.titel import kind_only, name_in_text
from tests.test_riktiga_missiv37 import _remiss

# prov41/gnesta-hammersta-detaljplan-samrad (the kommun's plan page; the date line over the heading left out)
GNESTA = """Tillägg till detaljplaner för Hammersta 4:1 m fl
En detaljplan för upphävande av del av byggnadsplaner i Hammerstaområdet, Gnesta kommun har upprättats och sänds nu ut på samråd. Områden som idag är planlagda som allmän plats - park- och plantering, odling samt kvartersmark - lantbruksändamål berörs och avses minskas.
Förslaget till detaljplan finns utställt för samråd mellan den 18 februari 2019 och 18 mars 2019, på kommunens hemsida www.gnesta.se/detaljplaner samt i kommunhuset på Västra Storgatan 15 och Medborgarkontoret, Tidnings-rummet, Marieströmsgatan 3. Kan ej kommunens hemsida nås, kontakta Annika Pettersson 0158 - 27 51 76 för att få hela detaljplaneförslaget som papperskopia. Bilaga till detta brev; Sakägare förminskad plankarta.
Samrådsmöte kommer att hållas onsdag 6 mars kl 18:30 i B-salen, Elektron, Kommunhuset, Storgatan 15.
Frågor?
Eventuella frågor besvaras av Tomas Enqvist, Planeringschef eller Christer Hedberg, Handläggare se kontakt.
Synpunkter
Synpunkter på planförslaget ska skriftligen vara tillhanda senast 18 mars 2019.
Gnesta kommun
Samhällsbyggnadsförvaltningen
646 80 Gnesta
eller gnesta.kommun@gnesta.se. Märk brevet med nummer PLAN.2017.1
Senast publicerad 2019-04-04"""


def test_gnesta_numret_i_markningen_ar_diarienumret() -> None:
    """First run: diarienummer null. 'Märk brevet med nummer PLAN.2017.1' asks the answers to carry the case's
    number (README, Facit: the marking's number is the dnr, as 'Märk yttrandet med diarienummer …'); the form
    code.year.serial with dots (modeller/dnr.toml 'diarium.år.löpnummer') and the bare word 'nummer' after
    'med' as its label."""
    assert _remiss(GNESTA).diarienummer == "PLAN.2017.1"


def test_gnesta_adressen_efter_postadressen_ar_svarsadressen() -> None:
    """First run: svarsadress null (the address scored 0.5: no send phrase). The postal address stands as a
    sentence of its own right after the one that asks for the views ('… ska skriftligen vara tillhanda senast
    18 mars 2019.'), then 'eller gnesta.kommun@gnesta.se': the e-mail is the other way to send them."""
    assert _remiss(GNESTA).svarsadress == "gnesta.kommun@gnesta.se"


def test_gnesta_markningen_gor_ingen_handlaggare() -> None:
    """Guard (missiv42: 'Märk yttrandet med ”X”' is no person): the marking's number leaves the contact for
    questions as the handläggare."""
    handlaggare = _remiss(GNESTA).handlaggare
    assert handlaggare is not None and handlaggare.namn == "Tomas Enqvist"


@pytest.mark.parametrize(("text", "dnr"), [
    ("Samråd om detaljplan för Exempelby 2:3\nSynpunkter ska lämnas senast den 4 maj 2024 till "
     "samhallsbyggnad@exempelby.se. Märk ditt brev med nummer KS.2023.45 och ange ditt namn.", "KS.2023.45"),
    ("Samråd om detaljplan för Exempelby 2:3\nSynpunkter ska lämnas senast den 4 maj 2024 till "
     "samhallsbyggnad@exempelby.se. Märk yttrandet med nummer SBN 2023/118.", "SBN 2023/118"),
])
def test_numret_i_markningen_i_andra_ord(text: str, dnr: str) -> None:
    """Other wording: 'Märk ditt brev med nummer …' with the dotted form and with a form the list knows."""
    assert _remiss(text).diarienummer == dnr


@pytest.mark.parametrize("text", [
    "Granskning av detaljplan för Exempelby 2:3\nSynpunkter på förslaget ska vara kommunen tillhanda senast den 4 maj 2024.\n"
    "Exempelby kommun\nBygg- och miljöförvaltningen\nBox 12\n123 45 Exempelby\neller till bygg.miljo@exempelby.se.",
    "Samråd om ny översiktsplan\nDina synpunkter på förslaget vill vi ha senast den 4 maj 2024.\nExempelby kommun, "
    "Kommunstyrelsen, Storgatan 4, 123 45 EXEMPELBY alternativt kommunen@exempelby.se.",
])
def test_adressen_efter_postadressen_i_andra_ord(text: str) -> None:
    """Other wording: the postal address on lines of its own after the sentence with the deadline, a box or a
    street in it, 'eller till' and 'alternativt' before the e-mail."""
    assert _remiss(text).svarsadress in {"bygg.miljo@exempelby.se", "kommunen@exempelby.se"}


def test_adressen_efter_en_postadress_utan_fragan_om_synpunkter_ar_ingen_svarsadress() -> None:
    """Guard: a postal address and 'eller' after a sentence that speaks of the views but neither sends them nor
    gives their deadline (what happens to them) is the office's address, no reply route."""
    text = ("Samråd om detaljplan för Exempelby 2:3\nSynpunkter lämnas senast den 4 maj 2024 i kommunens e-tjänst.\n"
            "Planen gör det möjligt att bygga ett tjugotal nya bostäder i två och tre våningar längs Storgatan, med "
            "en ny gångväg ner mot sjön och en lekplats i kvarterets mitt.\nAlla synpunkter sammanställs sedan i en "
            "samrådsredogörelse.\nExempelby kommun\nStorgatan 4\n123 45 Exempelby\neller info@exempelby.se.")
    assert _remiss(text).svarsadress is None


# prov41/kramfors-braxen-detaljplan-samrad (the kommun's news; the date and section lines over the heading left out)
KRAMFORS = """Samråd för detaljplan i Kramfors Stad
Det finns nu möjlighet att framföra synpunkter på planförslaget för Kvarteren Braxen, Muraren med flera, detaljplan för Braxen 3-6, Limsta 18:291, 18:294 och 18:4, Hörnan 18:4 och Muraren 3-8.
Planförslagets syfte är att skapa möjligheter för förnyelse och utveckling av verksamhetsområdet mellan Kramfors centrum och Kyrkviken. Detaljplanerna är från mellan 1958 och 1991 och all kvartersmark planlagda med användningen industri. Genom åren har verksamheterna på området successivt bytts ut från industriverksamhet till en blandning av handel, service och verksamheter. Detaljplanerna begränsar utvecklingsmöjligheterna för området. I planförslaget görs användningarna för området mer flexibla genom att byta ut användningen industri mot kontor, verksamheter, handel och centrum. Planförslaget föreslår ingen ny infrastruktur eller byggrätt.
Planförslaget strider inte mot översiktsplanen.
Planförslaget i sin helhet hittar du under sidan Detaljplanering (länk).
Detaljplanen hanteras med standardförfarande med samråd, granskning och antagande. Om det inte framkommer några invändningar mot planen kan den övergå till att hanteras med begränsat standardförfarande och därmed antas efter samrådet.
Har du frågor och funderingar om planförslaget?
Kontakta gärna planhandläggare Ida Westman på telefonnummer 0612-803 61 eller via e-post till ida.westman@kramfors.se. Du hittar oss även på Ringvägen 34 i Kramfors.
Lämna dina skriftliga synpunkter senast den 1 oktober 2020 till
Miljö- och byggavdelningen, 872 80 Kramfors eller via e-post till mob@kramfors.se.
Rätten att överklaga
Den som inte framfört skriftliga synpunkter under samrådet eller granskningen och uppgett namn och fullständig adress kan senare förlora rätten att överklaga beslutet om att anta detaljplanen.
Uppdaterad: 2020-09-11 Sidansvarig: Ann-Cathrin Granbäck"""


def test_kramfors_planens_namn_ur_texten_ar_titeln() -> None:
    """First run: titel 'detaljplan i Kramfors Stad'. The heading names only the kind and where it lies; the text
    names the plan ('planförslaget för Kvarteren Braxen, …, Hörnan 18:4 och Muraren 3-8.'): the plan's name to
    the sentence's end is the title."""
    assert _remiss(KRAMFORS).titel == ("Kvarteren Braxen, Muraren med flera, detaljplan för Braxen 3-6, Limsta "
                                        "18:291, 18:294 och 18:4, Hörnan 18:4 och Muraren 3-8")


def test_kramfors_staden_i_rubriken_ar_ingen_avsandare() -> None:
    """First run: avsändare 'Kramfors Stad', the town the heading says the plan lies in ('… i Kramfors Stad'),
    no body. The page names the place ('i Kramfors') and its addresses are @kramfors.se: the kommun, as
    missiv/dorotea-domherren-plansamrad's 'i Dorotea' with @dorotea.se (facit null, which this test does not
    follow: see the report of missiv43)."""
    assert _remiss(KRAMFORS).avsandare == "Kramfors kommun"


@pytest.mark.parametrize(("title", "stem"), [
    ("detaljplan i Kramfors Stad", "detaljplan"),
    ("detaljplan i Exempelfors", "detaljplan"),
    ("ny översiktsplan inom Exempelby kommun", "översiktsplan"),
    ("detaljplan för Gamla staden", None),
    ("detaljplan i Exempelfors för bostäder", None),
])
def test_slaget_med_platsen_namnger_bara_slaget(title: str, stem: str | None) -> None:
    """The kind with where it lies after 'i' or 'inom' names only the kind; after 'för' the plan's own name
    begins."""
    assert kind_only(title) == stem


@pytest.mark.parametrize(("text", "name"), [
    ("Nu kan du lämna synpunkter på planförslaget för Kvarteret Eken 4 m.fl. Förslaget möjliggör bostäder.",
     "Kvarteret Eken 4 m.fl"),
    ("Välkommen att tycka till om detaljplaneförslaget för Norra hamnen, etapp 2. Handlingarna finns i "
     "kommunhuset.", "Norra hamnen, etapp 2"),
])
def test_planforslagets_namn_i_andra_ord(text: str, name: str) -> None:
    """Other wording: 'planförslaget för …' and 'detaljplaneförslaget för …' under a heading that names only the
    kind and the town; a dot inside 'm.fl.' does not end the name."""
    found = name_in_text("detaljplan i Exempelfors", text)
    assert found is not None and found[0] == name


def test_forslaget_med_ett_verb_ar_inget_namn() -> None:
    """Guard: a sentence after 'förslaget för' ('… för Eken är att bygga bostäder') is no name."""
    assert name_in_text("detaljplan i Exempelfors", "Syftet med planförslaget för Eken är att bygga bostäder.") is None


@pytest.mark.parametrize(("text", "avsandare"), [
    ("Samråd om ny cykelbana i Exempelfors Stad\nNu kan du tycka till om förslaget till cykelbana längs Storgatan. "
     "Skicka dina synpunkter senast den 4 maj 2024 till samhallsbyggnad@exempelfors.se.", "Exempelfors kommun"),
    ("Samråd om ny cykelbana i Västerås stad\nVästerås stad har tagit fram ett förslag till cykelbana. Skicka dina "
     "synpunkter senast den 4 maj 2024 till stadsbyggnad@vasteras.se.", "Västerås stad"),
])
def test_staden_som_plats_och_som_avsandare(text: str, avsandare: str) -> None:
    """Other wording: a town named only where the matter lies is no body (the place and the domain give the
    kommun); a kommun that calls itself 'stad' and acts in the text is the sender."""
    assert _remiss(text).avsandare == avsandare


# missiv/goteborg-biskopsgarden-godvadersgatan-samrad-2024 (Göteborg's project page; the map's code line left out)
BISKOPSGARDEN = """Biskopsgården - utbyggnad av bostadshus vid Godvädersgatan
Syftet med planen är att en del av lägenheterna i Bostadsbolagets kvarter ska kunna byggas ut mot gårdarna så att de blir bättre anpassade för stora familjer.
Många invånare i Biskopsgården bor mycket trångbott vilket är ett stort problem. Bostadshusen byggdes på slutet av 1950-talet. Antalet bostäder i området förändras inte.
Vad händer just nu?
Samrådsperioden pågår under tiden 8 maj till 4 juni 2024, då har du möjlgihet att lämna synpunkter på detaljplanen.
Diarienummer
• Diarienummer Stadsbyggnadsförvaltningen SBF-2023-01341
• Planens formella namn Ändring av del av detaljplan för norra området (Godvädersgatan) inom stadsdelen Biskopsgården
Kontaktuppgifter
Viveca Risberg
Projektledare
Stadsbyggnadsförvaltningen
• Telefon 031-368 16 45
• E-post stadsbyggnad@stadsbyggnad.goteborg.se
Rebecka Olsson
Plankonsult
Stadsbyggnadsförvaltningen
• Telefon 031-368 23 33
• E-post stadsbyggnad@stadsbyggnad.goteborg.se
Markägare
Göteborgs stads bostadsaktiebolag"""


def test_biskopsgarden_kontaktpersonernas_adress_ar_ingen_svarsadress() -> None:
    """Known miss (kalla41): svarsadress 'stadsbyggnad@…', the e-mail in each contact's entry (name, role, unit,
    'Telefon …', 'E-post …') scored at the minimum as an address block's line. No sentence sends the views there
    (they are given in the e-tjänst): the contacts' address, no svarsadress (facit null)."""
    assert _remiss(BISKOPSGARDEN).svarsadress is None


def test_biskopsgarden_kommunen_som_agare_i_bolagets_namn_ar_ingen_avsandare() -> None:
    """Known miss (kalla41): avsändare 'Göteborgs stad, Stadsbyggnadsförvaltningen', read from the landowner
    'Göteborgs stads bostadsaktiebolag' with the addresses' domain. The kommun in the genitive names the company
    it owns, not itself as a body; the page names no kommun (facit null, as prov5/goteborg-heden-samrad)."""
    assert _remiss(BISKOPSGARDEN).avsandare is None


CONTACT_BOX = ("Samråd om detaljplan för Exempelby 2:3\nSynpunkter lämnas senast den 4 maj 2024 i kommunens e-tjänst.\n"
               "Planen gör det möjligt att bygga ett tjugotal nya bostäder i två och tre våningar längs Storgatan, "
               "med en ny gångväg ner mot sjön och en lekplats i kvarterets mitt.\nKontakt\nAnna Lindqvist\nPlanarkitekt\nSamhällsbyggnadsförvaltningen\nTelefon: 0123-45 67 89\n"
               "E-post: plan@exempelby.se")


def test_kontaktpersonens_adress_i_andra_ord() -> None:
    """Other wording: a contact's entry with its labels after colons, the views asked for in an e-tjänst."""
    assert _remiss(CONTACT_BOX).svarsadress is None


def test_adressen_i_kontaktraden_med_sandfras_ar_svarsadressen() -> None:
    """Guard: the same entry under a sentence that sends the views to it is the reply route."""
    text = ("Samråd om detaljplan för Exempelby 2:3\nSynpunkter skickas senast den 4 maj 2024 till "
            "samhällsbyggnadsförvaltningen:\nAnna Lindqvist\nPlanarkitekt\nTelefon: 0123-45 67 89\nE-post: plan@exempelby.se")
    assert _remiss(text).svarsadress == "plan@exempelby.se"


@pytest.mark.parametrize(("text", "avsandare"), [
    ("Samråd om detaljplan för Eken 4\nNu kan du lämna synpunkter på detaljplanen. Markägare är Exempelby kommuns "
     "fastighetsbolag. Skicka synpunkter senast den 4 maj 2024 till plan@exempelby.se.", None),
    ("Samråd om detaljplan för Eken 4\nExempelby kommuns stadsbyggnadskontor har tagit fram ett förslag till "
     "detaljplan. Skicka synpunkter senast den 4 maj 2024 till plan@exempelby.se.", "Exempelby kommun"),
])
def test_kommunen_som_agare_i_andra_ord(text: str, avsandare: str | None) -> None:
    """Other wording: the kommun in the genitive before a company ('fastighetsbolag') names the company; before
    its own unit it names itself (guard)."""
    value = _remiss(text).avsandare
    assert value == avsandare or (avsandare is not None and value is not None and value.startswith(avsandare))


# Sala kommun's anslagstavla (sala.se, samråd om detaljplan för del av Mamre; the search tool's corpus 'pages'):
# the reply route's real lines, the postal address and the e-mail after 'eller till' in one sentence, the
# planner's own address in the contact box under it
SALA = """Samråd: Detaljplan för del av Mamre, kvarteret Durum - förlängd samrådstid
Samrådstid: 2019-06-26 - 2019-08-30
Syftet med detaljplanen är att möjliggöra bebyggelse för bostadsändamål och bostadsändamål i kombination med vård i norra delen av Mamre.
Synpunkter på planförslaget ska skriftligen lämnas till Kommunstyrelsens förvaltning, Samhällsbyggnadskontoret, Plan- och utvecklingsenheten, Box 304, 733 25 Sala eller till kommun.info@sala.se senast den 30 augusti 2019. Ange diarienummer: 2018/258
Kontakt
Robert Yngvesson, Planarkitekt
0224-74 73 22 robert.yngvesson@sala.se"""


def test_sala_adressen_efter_eller_till_och_numret_att_ange() -> None:
    """A real reply route of the same class (guard): the e-mail after the postal address and 'eller till' in
    the sentence that sends the views is the svarsadress, not the planner's in the contact box; 'Ange
    diarienummer: 2018/258' is the dnr."""
    remiss = _remiss(SALA)
    assert (remiss.svarsadress, remiss.diarienummer) == ("kommun.info@sala.se", "2018/258")


@pytest.mark.parametrize(("text", "avsandare"), [
    ("Samråd om ny cykelbana i Malmö stad\nNu kan du tycka till om förslaget till cykelbana längs Storgatan. "
     "Skicka dina synpunkter senast den 4 maj 2024 till stadsbyggnad@malmo.se.", "Malmö stad"),
    ("Samråd om ny cykelbana i Pargas stad\nNu kan du tycka till om förslaget till cykelbana längs Storgatan. "
     "Skicka dina synpunkter senast den 4 maj 2024 till stadsbyggnad@pargas.fi.", "Pargas stad"),
])
def test_stadskommunen_som_plats_ar_avsandaren(text: str, avsandare: str) -> None:
    """Guard: a kommun that calls itself 'stad' (modeller/kontakt.toml [stadskommuner]), named only where the
    matter lies, is still the sender."""
    value = _remiss(text).avsandare
    assert value is not None and value.startswith(avsandare)


def test_stadskommunernas_exempel() -> None:
    """modeller/kontakt.toml [stadskommuner]: each example heading with the addresses' domain gives its sender."""
    import tomllib
    from pathlib import Path

    data = tomllib.loads((Path(__file__).parent.parent / "modeller" / "kontakt.toml").read_text(encoding="utf-8"))
    for exempel in data["stadskommuner"]["exempel"]:
        rubrik, avsandare = exempel.split(" => ")
        domain = rubrik.split(" i ")[-1].split()[0].lower().translate(str.maketrans("åäö", "aao"))
        text = f"{rubrik}\nSkicka dina synpunkter senast den 4 maj 2024 till plan@{domain}.se."
        assert _remiss(text).avsandare == avsandare
