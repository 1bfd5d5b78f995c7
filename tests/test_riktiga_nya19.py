"""Real remiss notices from senders the corpus lacked (nya19, tests/korpus/missiv/), each first-run miss as a
named test with the page's own wording (sources in the '# source:' line of each tests/korpus/missiv/<id>.txt)."""

# ruff: noqa: E501  (the documents' own lines are kept as they stand)

from __future__ import annotations

from remiss.extract import extract_remiss
from tests.test_riktiga_missiv15 import headed, part_of

# missiv/jokkmokk-lis-plan-samrad (jokkmokk.se, 2019)
JOKKMOKK = """LIS-plan 2019
Samråd av ny LIS-plan – Landsbygdsutveckling i strandnära läge, tillägg till översiktsplanen
Förslag till ny LIS-plan för Jokkmokks kommun är på samråd mellan 2019-07-03 och 2019-09-30.
LIS-planen är ett tematiskt tillägg till den kommuntäckande översiktsplanen och har som syfte att ta fram områden där det är lämpligt med ny eller kompletterande bebyggelse i strandnära lägen.
Planhandlingen finns även utställd på samhällsbyggaravdelningens anslagstavla, kommunhuset, Västra Torggatan 11, Jokkmokk.
Möjlighet att lämna synpunkter på planförslaget
Den som har synpunkter på förslagen får framföra dessa senast den 16:e september 2019. Synpunkterna skickas till Samhälls- och infrastrukturfunktionen, Jokkmokks kommun, Västra Torggatan 11, 962 85 Jokkmokk, eller till registraturen@jokkmokk.se.
Märk ditt brev eller email med ärende och diarinr 2019:648.
Publicerad: 2019-07-01 16:55. Ändrad: 2019-09-10 14:21."""


def test_diarinr_ar_en_etikett_och_synpunkterna_skickas_till_ar_ingen_lista() -> None:
    """missiv/jokkmokk-lis-plan-samrad: 'diarinr' is the page's short form of diarienummer ('Märk ditt brev …
    med ärende och diarinr 2019:648'); 'Synpunkterna skickas till X, Jokkmokks kommun, Västra Torggatan 11, …'
    (the definite plural) is the reply address, no list of instanser; the section heading 'Möjlighet att
    lämna synpunkter på planförslaget' names only 'the proposal': the title is the page's heading."""
    remiss = extract_remiss("x.pdf", part_of(headed(JOKKMOKK, 0, 5)))
    assert remiss.diarienummer == "2019:648"
    assert not remiss.remissinstanser
    assert remiss.titel == "LIS-plan 2019"


# missiv/ovanaker-ungmansomradet-samrad (ovanaker.se), the sentence wrapped before 'skickas till:'
OVANAKER = """Förslag till detaljplan för förskola samt bostäder i Ungmansområdet, Alfta
Förslaget till detaljplanen är nu ute på samråd och synpunkter kan lämnas till och med 2 maj.
Önskar man inkomma med synpunkter på förslaget kan detta göras skriftligen under
samrådstiden och skickas till:
Ovanåkers kommun
Kommunstyrelseförvaltningen
Hanna Gäfvert
828 80 Edsbyn
eller till plan@ovanaker.se
Senast uppdaterad"""


def test_ombruten_mening_som_slutar_skickas_till_ar_ingen_listrubrik() -> None:
    """missiv/ovanaker-ungmansomradet-samrad: a line in lower case that ends '… och skickas till:' continues the
    sentence above it; the address block under it is the reply address, no list of instanser."""
    remiss = extract_remiss("x.pdf", part_of(headed(OVANAKER, 0)))
    assert not remiss.remissinstanser
    assert remiss.svarsadress == "plan@ovanaker.se"
    assert remiss.handlaggare.namn == "Hanna Gäfvert"


# missiv/alvsbyn-altuna-samrad (alvsbyn.se, 2019)
ALVSBYN = """Samråd om detaljplan för fastigheten Älvsbyn 24:39 och del av Älvsbyn 24:1 på Altuna industriområde
Detaljplanen finns utställd under perioden 2019-09-13 – 2019-10-04 på Miljö- och byggkontoret. Den som har synpunkter på förslaget kan framföra dessa senast 4 oktober 2019 till: Miljö- och byggkontoret, Älvsbyns kommun, 942 85 ÄLVSBYN. Det går också bra att under samrådstiden skicka synpunkter via e-post till kommunen@alvsbyn.se.
Upplysningar om planen ges under samrådstiden av Erik Isaksson, samhällsplanerare eller Ingrid Karlsson, miljö- och byggchef. De nås via kommunens växel på telefon 0929-170 00 eller via e-post till mb@alvsbyn.se"""


def test_upplysningar_ges_under_samradstiden_av_ger_handlaggaren() -> None:
    """missiv/alvsbyn-altuna-samrad: 'Upplysningar om planen ges under samrådstiden av Erik Isaksson, …' names
    the contact with the time the questions are for between the verb and 'av' (modeller/kontakt.toml)."""
    remiss = extract_remiss("x.pdf", part_of(headed(ALVSBYN, 0)))
    assert remiss.handlaggare.namn == "Erik Isaksson"


# missiv/alvkarleby-op2050-samrad (alvkarleby.se, 2018), the site's contact box over the news
ALVKARLEBY = """Gå till innehåll
Kontakta kommunen och lämna synpunkter
Kontakta kommunen
Öppet:Måndag - fredag 8-12, 13-16
Telefon:026-830 00
E-post:kommun@alvkarleby.se
Besök:Centralgatan 3, Skutskär
Ny översiktsplan
Just nu är förslaget till den nya översiktsplanen ute på samråd. Till och med 29 juni kan du ta del av materialet och lämna synpunkter.
Översiktsplanen siktar mot år 2050 och beskriver hur kommunen planerar att utveckla den fysiska miljön.
Sidan granskades senast 2018-05-28"""


def test_kontaktrutans_uppmaning_ar_ingen_avsandare_och_sidans_datum_ingen_frist() -> None:
    """missiv/alvkarleby-op2050-samrad: 'Kontakta kommunen och lämna synpunkter' is the site's contact box, no
    letterhead (the page names no kommun: no sender); 'Sidan granskades senast 2018-05-28' is the page's own
    date, its 'senast' no deadline: the deadline is 'Till och med 29 juni', the year taken from the page's date."""
    remiss = extract_remiss("x.pdf", part_of(headed(ALVKARLEBY, 7)))
    assert remiss.avsandare is None
    assert remiss.svarsdatum == "2018-06-29"


# missiv/ockero-hjalvik-samradsmote (ockero.se), the political decisions listed over the answer's way
OCKERO = """Samrådsmöte om detaljplan för Hjälvik
Samrådsmötet äger rum 29 augusti kl 17.00 i Kommunhuset.
Viktigt att förtydliga är också att samrådsmöten inte är en arena för politisk diskussion. Politiskt beslut om planbesked togs:
2014-09-23 (Au § 166)
2014-10-14 (KS § 164)
2015-11-03 (KS § 121)
2015-11-26 (KF § 121)
Så kan du påverka:
Samrådet pågår 30 juni – 8 september. Under denna tid har du möjligheten att inkomma med synpunkter till:
diarium.sb@ockero.se
eller via vanlig post till: Öckerö kommun
Kommunstyrelsen/Samhällsbyggnad
475 80 Öckerö"""


def test_beslutens_datum_ger_inget_ar_at_en_frist_utan_ar() -> None:
    """missiv/ockero-hjalvik-samradsmote: '2014-09-23 (Au § 166)' … '2015-11-26 (KF § 121)' are the dates of the
    decisions on the plan, not the page's own date: 'Samrådet pågår 30 juni – 8 september' has no year, and the
    page has no date of its own, so there is no deadline (README: nothing is guessed)."""
    remiss = extract_remiss("x.pdf", part_of(headed(OCKERO, 0)))
    assert remiss.svarsdatum is None
    assert remiss.svarsadress == "diarium.sb@ockero.se"


# missiv/taby-husmodern6-samrad (taby.se, 2021)
TABY = """Lämna dina synpunkter på detaljplanen Husmodern 6
15 februari 2021, kl. 15:14 - Stadsplanering & trafik
Det är nu möjligt att lämna kommentarer på detaljplanen Husmodern 6 som är ute på samråd sedan den 12 februari.
Under rådande omständigheter och med hänsyn till Folkhälsomyndighetens rekommendationer håller Täby kommun inte ett öppet samrådsmöte för allmänheten, istället finns handlingar på taby.se/husmodern6.
Läs planhandlingarna i Täby kommunhus, Esplanaden 3
Kontakta ansvarig planarkitekt Sofi Tillander måndag till fredag 09.00-15.00 samt torsdag den 18 februari mellan 16.00-19.00.
Samrådstid: 12 Februari – 28 februari 2021"""


def test_webbadress_utan_www_ar_kommunens_doman() -> None:
    """missiv/taby-husmodern6-samrad: 'handlingar på taby.se/husmodern6' is the kommun's web address without
    'www.'; the kommun the text names whose name it spells ('Täby kommun') sends the notice."""
    remiss = extract_remiss("x.pdf", part_of(headed(TABY, 0)))
    assert remiss.avsandare == "Täby kommun"


# missiv/taby-fop-stadskarna-brf-samrad (brfstorstugan.com, 2017): a board passes the kommun's samråd on
TABY_BRF = """Fördjupning av översiktsplan för Täby stadskärna 2050
Kommunen genomför just nu ett samråd rörande fördjupning av översiktsplan för Täby stadskärna.
Kommunen anordnar samrådsträffar där man kan träffa politiker och tjänstemän
– Lördag 7 oktober kl 10-18, Täby Centrum
– Onsdag 25 oktober kl 16-21, Täby kommunhus
Synpunkter på planen ska ha inkommit till kommunen senast 12:e november 2017
Styrelsen planerar att skicka in ett yttrande men även enskilda medlemmar kan
lämna synpunkter på planen direkt till kommunen.
Styrelsen genom
Lars Hedström"""


def test_styrelsen_som_planerar_sitt_yttrande_ar_ingen_avsandare_kommunhuset_namnger_kommunen() -> None:
    """missiv/taby-fop-stadskarna-brf-samrad: 'Styrelsen planerar att skicka in ett yttrande' is a board that
    will answer, not the one that remits; the kommun that holds the samråd ('Kommunen genomför …') is named by
    its house ('Täby kommunhus')."""
    remiss = extract_remiss("x.pdf", part_of(headed(TABY_BRF, 0)))
    assert remiss.avsandare == "Täby kommun"
    assert remiss.svarsdatum == "2017-11-12"


# missiv/hofors-op2040-granskning (hofors.se, 2023): the answers go to the förvaltning Hofors shares
HOFORS = """Hofors Kommun logo, länk till startsida
Översiktsplan för Hofors kommun 2040 på granskning
Nu har arbetet med Hofors nya Översiktsplan kommit så långt så den är inne i en av de sista faserna, granskningsfasen.
Vart vänder du dig med dina synpunkter?
Har du synpunkter kan du lämna dessa till Västra Gästriklands Samhällsbyggnadsförvaltning (VGS) via e-post: vgs@sandviken.se eller via brev: Västra Gästriklands Samhällsbyggnadsförvaltning, 811 80 Sandviken.
Om du har synpunkter på förslag till Översiktsplan ska du ha framfört dessa skriftligen senast under granskningstiden.
Förslaget är ute på granskning mellan 2023-09-21 - 2023-11-21."""


def test_forvaltningen_flera_kommuner_delar_behaller_sitt_omrades_namn() -> None:
    """missiv/hofors-op2040-granskning: 'Västra Gästriklands Samhällsbyggnadsförvaltning' is a förvaltning
    Hofors, Ockelbo and Sandviken share, named by its area: the sender is the page's kommun with the
    förvaltning's whole name (as missiv/avesta-algen-samrad), not 'Samhällsbyggnadsförvaltningen'."""
    remiss = extract_remiss("x.pdf", part_of(headed(HOFORS, 1)))
    assert remiss.avsandare == "Hofors kommun, Västra Gästriklands Samhällsbyggnadsförvaltning"


# missiv/partille-gymnasieomradet-granskning (partille.se): the page opens with who drew up the proposal
PARTILLE = """Samhällsbyggnadskontoret har upprättat ett förslag till ändring av detaljplan för Partille 2:14 m.fl. Gymnasieområdet (847) och Stadsplan Skolområde norr om g:a Kronvägen (256). Syftet med planändringarna är att möjliggöra cirka 30 nya bostäder i ett flerbostadshus med innovativ estetisk utformning samt med god koppling till omgivande bebyggelse och stadspark. Förslaget ställs ut för granskning från den 20 juni till den 12 augusti.
Bakgrund
Syftet med detaljplan för Partille 2:14 m.fl. gymnasieområdet (847) var att skapa ett stadsmässigt kvarter i centrala Partille. Planens intentioner är i stort sett genomförda.
Planändringar
1. För att rymma det tänkta bostadshuset behöver en mindre del av detaljplanen för Partille 2:14 m.fl. gymnasieområdet (847) ändras.
Granskning 20 juni till 12 augusti
Planförslaget är förenligt med nu gällande översiktsplan, ÖP2035."""


def test_kontoret_som_har_upprattat_forslaget_ar_avsandare() -> None:
    """missiv/partille-gymnasieomradet-granskning: 'Samhällsbyggnadskontoret har upprättat ett förslag …' – a
    kommun's kontor that drew up the proposal sends it; the page names no kommun (Partille is a place and a
    property here), so the kontor alone (as missiv/lysekil-fossa-granskning)."""
    remiss = extract_remiss("x.pdf", part_of(headed(PARTILLE, 1, 3, 5)))
    assert remiss.avsandare == "Samhällsbyggnadskontoret"


# missiv/filipstad-ny-skola-samrad (filipstad.se, 2019): the logo's link read as text on top
FILIPSTAD = """Filipstads kommun startsida
Samråd av detaljplan för Ny skola, Filipstad
Filipstads kommun har upprättat ett förslag till detaljplan för Ny skola F-6, Filipstad.
Förslaget till detaljplan är enligt 5 kap. 11 § plan- och bygglagen nu tillgängligt för samråd under tiden 3 juni – 30 juni 2019.
Eventuella synpunkter på planförslaget skall skriftligen inkomma senast den 30 juni 2019. Synpunkter skickas till Filipstads kommun, Miljö- och stadsarkitektkontoret, Box 303, 682 27 Filipstad, via vår e-tjänst nedan eller till mos@filipstad.se.
Upplysningar lämnas av:
Lena Wahlgren, fysisk planerare, 0590-611 61 eller lena.wahlgren@filipstad.se"""


def test_logons_lank_till_startsidan_ger_kommunens_namn() -> None:
    """missiv/filipstad-ny-skola-samrad: 'Filipstads kommun startsida' is the logo's link read as text (as
    'Hofors Kommun logo, länk till startsida'): the kommun is 'Filipstads kommun', with the kontor its answers
    go to."""
    remiss = extract_remiss("x.pdf", part_of(headed(FILIPSTAD, 1)))
    assert remiss.avsandare == "Filipstads kommun, Miljö- och stadsarkitektkontoret"


# missiv/nordmaling-op-samrad-2017 (nordmaling.se, 2017): views by telephone to named persons
NORDMALING = """Lämna synpunkter på översiktsplanen till och med 31 juli
Ett utkast till ny översiktsplan för Nordmalings kommun finns nu tillgängligt för samråd. Samrådstiden är 27 april – 31 juli 2017.
Lämna synpunkter på förslaget senast 31 juli
Du kan lämna dina synpunkter på förslaget på följande sätt:
• via e-post: kommun@nordmaling.se
• via brev: Nordmalings kommun, Kungsvägen 41, 914 81 NORDMALING
• via telefon till Sune Höglander och Agneta Sahlström"""


def test_synpunkter_via_telefon_till_namngiven_person_ger_handlaggaren() -> None:
    """missiv/nordmaling-op-samrad-2017: 'via telefon till Sune Höglander och Agneta Sahlström', the page's
    only named contacts (modeller/kontakt.toml via_telefon_till): the first is the handläggare."""
    remiss = extract_remiss("x.pdf", part_of(headed(NORDMALING, 0, 2)))
    assert remiss.handlaggare.namn == "Sune Höglander"
