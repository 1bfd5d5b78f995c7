"""Real pages of the kinds the held-out sets show and the corpus had few of (nya23, tests/korpus/missiv/ and
tests/korpus/yttranden/): Finland-Swedish plan notices put on view, a company's invitation to a scoping samråd on
a kommun's notice board, a company's samråd page, a party association's remiss to its members, a disability
organisation's answer to an agency with the agency's number in its title. Each first-run miss is a named test
with the page's own wording (sources in the '# source:' line of each tests/korpus/<mapp>/<id>.txt), then the same
class in other wording."""

# ruff: noqa: E501  (the documents' own lines are kept as they stand)

from __future__ import annotations

from pathlib import Path

from remiss.extract import extract_remiss
from remiss.extract.core import find_titel, title_from_layout
from remiss.kontroll import kontrollera_fil
from remiss.split import classify
from tests.test_kontroll_riktiga import _docx, igenkanda
from tests.test_riktiga_missiv15 import headed, part_of

# missiv/narpes-planer-till-paseende (narpes.fi, 2019) and missiv/inga-generalplan-fastlandet-kungorelse
# (inga.fi, 2017): Finland-Swedish notices of plans put on view, the contact after 'Tilläggsuppgifter ger'
NARPES = """Planer till påseende
Enligt § 63 i MBL och § 30 i MBF meddelas att till allmänt påseende finns PDB och utkast till ändring för:
•    Ändring av del av Trutören benämnda stranddetaljplan
Materialet för dessa planer finns till påseende 11.2-12.3.2019 i stadshuset, mätning och planläggning och även här på hemsidan
Eventuella åsikter angående planerna skall senast 12.3.2019 tillställas:  Närpes stad/Enheten för mätning och planläggning, Kyrkvägen 2, 64200 Närpes. Tilläggsuppgifter ger Malin Haka tel. 040-1600931"""
INGA = """Generalplanen för fastlandet
Samhällstekniska nämnden har enligt 19 och 32 § i markanvändnings- och byggförordningen beslutat framlägga förslaget till generalplan för fastlandet. Planläggningsmaterialet finns till påseende 20.3 - 23.4.2017 i kommungården och på kommunens hemsida www.inga.fi/fastlandsgeneralplan
Eventuella anmärkningar bör skickas senast 23.4.2017 kl. 15.30 till adressen Ingå kommun/Samhällstekniska nämnden/PB 6, 10211 Ingå eller per e-post till plan@inga.fi
Tilläggsuppgifter ger planläggningschefen Minna Penttinen tel. 09 2951 5332, minna.penttinen@inga.fi"""


def test_tillaggsuppgifter_ger_namnger_kontakten() -> None:
    """missiv/narpes-planer-till-paseende, missiv/inga-generalplan-fastlandet-kungorelse: 'Tilläggsuppgifter ger
    Malin Haka tel. …' and 'Tilläggsuppgifter ger planläggningschefen Minna Penttinen' (a title in the definite
    form between) name the contact for questions (kontakt.toml tillaggsuppgifter_ger): the handläggare."""
    for text, namn in ((NARPES, "Malin Haka"), (INGA, "Minna Penttinen")):
        lines = headed(text, 0)
        remiss = extract_remiss("x.pdf", part_of(lines))
        assert remiss is not None and remiss.handlaggare.namn == namn


def test_narpes_kungorelse_ar_en_remiss() -> None:
    """missiv/narpes-planer-till-paseende: the notice of plans on view with the deadline for views is a missiv."""
    assert classify(headed(NARPES, 0)) == "missiv"


def test_tillaggsuppgifter_i_annan_ordalydelse() -> None:
    """The same contact in other words ('Tilläggsinformation om planförslaget lämnas av …', 'Närmare uppgifter
    ger …'); the phrase without a person after it gives no handläggare."""
    text = """Detaljplan för Storön till påseende
Planförslaget finns till påseende 2.5–1.6.2022. Eventuella anmärkningar ska lämnas skriftligen senast 1.6.2022 till planlaggning@exempel.fi.
Tilläggsinformation om planförslaget lämnas av stadsplanerare Anna Berg, tfn 06 123 4567."""
    remiss = extract_remiss("x.pdf", part_of(headed(text, 0)))
    assert remiss is not None and remiss.handlaggare.namn == "Anna Berg"
    text = text.replace("Tilläggsinformation om planförslaget lämnas av stadsplanerare Anna Berg, tfn 06 123 4567.",
                        "Närmare uppgifter ger stadsarkitekten Karl Ek, tfn 06 765 4321.")
    remiss = extract_remiss("x.pdf", part_of(headed(text, 0)))
    assert remiss is not None and remiss.handlaggare.namn == "Karl Ek"
    text = text.replace("Närmare uppgifter ger stadsarkitekten Karl Ek, tfn 06 765 4321.",
                        "Tilläggsuppgifter ger planläggningen på stadens webbplats.")
    remiss = extract_remiss("x.pdf", part_of(headed(text, 0)))
    assert remiss is not None and remiss.handlaggare.namn is None


# missiv/ox2-aurora-natanslutning-samrad (ox2.com): a company's samråd page, the consultant's person as contact
OX2 = """Samråd: Anslutning till svenska elnätet av vindpark Aurora
OX2 samråder under hösten gällande elnätsanslutningen av Aurora. Samrådet gäller anslutningsledning från vindparken fram till anslutningspunkten på land, och genomförs enligt bestämmelserna i 6 kap miljöbalken.
Synpunkter på projektet lämnas per e-post till aurora.grid@ox2.com eller via post till Aurora Nät AB, OX2, Box 2299, 103 17 Stockholm
Har du frågor om samrådsprocessen är du välkommen att kontakta OX2:s konsultbolag AFRY genom Emma Kruger på e-post: Emma.kruger@afry.com"""


def test_kontakta_bolaget_genom_en_person() -> None:
    """missiv/ox2-aurora-natanslutning-samrad: 'kontakta OX2:s konsultbolag AFRY genom Emma Kruger' names the
    person the questions go to (kontakt.toml kontakta_genom), not the company before 'genom'."""
    remiss = extract_remiss("x.pdf", part_of(headed(OX2, 0)))
    assert remiss is not None and remiss.handlaggare.namn == "Emma Kruger"


def test_kontakta_genom_i_annan_ordalydelse() -> None:
    """'kontakta kommunen genom planarkitekt NN' likewise; 'kontakta oss genom att ringa' names no one."""
    text = """Samråd om detaljplan för Bergsgatan
Synpunkter på förslaget lämnas senast den 3 maj 2024 till plan@exempel.se.
Vid frågor om planen kan du kontakta kommunen genom planarkitekt Olle Ström, tel. 0123-456 78."""
    remiss = extract_remiss("x.pdf", part_of(headed(text, 0)))
    assert remiss is not None and remiss.handlaggare.namn == "Olle Ström"
    text = text.replace("kontakta kommunen genom planarkitekt Olle Ström, tel. 0123-456 78.",
                        "kontakta oss genom att ringa växeln.")
    remiss = extract_remiss("x.pdf", part_of(headed(text, 0)))
    assert remiss is not None and remiss.handlaggare.namn is None


def test_bolaget_som_samrader_over_projektbolaget_i_adressen() -> None:
    """missiv/ox2-aurora-natanslutning-samrad: 'OX2 samråder under hösten …' names the one holding the samråd
    (avsandare.SAMRAD_HOST), not the project company in its postal address ('Aurora Nät AB, OX2, Box 2299');
    'aurora.grid@' after 'Synpunkter … lämnas per e-post till' is the project's address, not a person's, though
    'Aurora' is a first name: the text names the vindpark Aurora (core._project_named)."""
    remiss = extract_remiss("x.pdf", part_of(headed(OX2, 0)))
    assert remiss is not None
    assert (remiss.avsandare, remiss.svarsadress) == ("OX2", "aurora.grid@ox2.com")


def test_samrader_och_projektets_adress_i_annan_ordalydelse() -> None:
    """Another company and project likewise; a person's address after the same phrase stays a person's when no
    project carries the first name."""
    text = """Samråd om solpark Linnea i Mörbylånga
Solkraft Norden samråder nu om en planerad solpark på södra Öland. Solparken Linnea omfattar cirka 40 hektar.
Synpunkter lämnas per e-post till linnea.sol@solkraftnorden.se eller via post till Linnea Sol AB, Solkraft Norden, Box 123, 392 31 Kalmar senast den 30 april 2025."""
    remiss = extract_remiss("x.pdf", part_of(headed(text, 0)))
    assert remiss is not None
    assert (remiss.avsandare, remiss.svarsadress) == ("Solkraft Norden", "linnea.sol@solkraftnorden.se")
    person = text.replace("linnea.sol@", "anna.berg@").replace("solpark Linnea", "solpark Norrgården").replace(
        "Solparken Linnea", "Solparken Norrgården")
    remiss = extract_remiss("x.pdf", part_of(headed(person, 0)))
    assert remiss is not None and remiss.svarsadress is None


# missiv/eckero-ox2-vindpark-avgransningssamrad (eckero.ax, 2022): a company's invitation to a scoping samråd
ECKERO = """Inbjudan till avgränsningssamråd för OX2:s planerade vindpark norr om Åland
Publicerad 16.11.2022 10:38 | Uppdaterad 16.11.2022 10:46
OX2 Åland planerar att etablera havsbaserade vindparker norr om Åland och bjuder nu in till avgränsningssamråd enligt 7 § i Landskapslag om miljökonsekvensbedömning och miljöbedömning.
Vi välkomnar också dina skriftliga synpunkter och behöver dem senast den 31 januari 2023. Lämna in dessa till Ålands miljö- och myndighet per e-post, kansliet@amhm.ax. Ange ”Yttrande dnr 2022-740” i meddelandefältet."""


def test_inbjudan_till_avgransningssamrad_ar_en_ram_kring_titeln() -> None:
    """missiv/eckero-ox2-vindpark-avgransningssamrad: 'Inbjudan till avgränsningssamråd för' is the procedure
    before the matter (titel.toml samrad_for, with avgränsnings- and undersökningssamråd), not the title."""
    remiss = extract_remiss("x.pdf", part_of(headed(ECKERO, 0)))
    assert remiss is not None
    assert remiss.titel == "OX2:s planerade vindpark norr om Åland"
    assert (remiss.avsandare, remiss.svarsadress, remiss.svarsdatum) == (
        "OX2 Åland", "kansliet@amhm.ax", "2023-01-31")


def test_avgransningssamrad_i_annan_ordalydelse() -> None:
    """An undersökningssamråd's invitation the same way; a samråd heading with no matter after it stays."""
    text = """Inbjudan till undersökningssamråd om ny kraftledning mellan Ås och Bö
Bolaget bjuder in till undersökningssamråd enligt miljöbalken. Synpunkter lämnas senast den 1 mars 2024 till samrad@exempel.se."""
    remiss = extract_remiss("x.pdf", part_of(headed(text, 0)))
    assert remiss is not None and remiss.titel == "ny kraftledning mellan Ås och Bö"


# missiv/mp-halland-regionprogram-remiss (halland.medlem.mp.se, 2018): a members' remiss under a breadcrumb
HALLAND = """Årsstämma 2018 >
Regionprogram remiss
Tyck till om det regionpolitiska handlingsprogrammet för nästa mandatperiod! Skicka dina synpunkter till halland@mp.se senast den 21 mars.
Remiss regionprogram"""


def test_brodsmula_som_slutar_med_pil_ar_ingen_rubrik() -> None:
    """missiv/mp-halland-regionprogram-remiss: 'Årsstämma 2018 >' over the page's heading is its path, the page
    itself left out (core.PATH_END): no heading line, no title."""
    lines = headed(HALLAND)  # a web print: no line set larger
    found = find_titel(lines) or title_from_layout(lines)
    assert found is None or not found.value.endswith(">")
    remiss = extract_remiss("x.pdf", part_of(lines))
    assert remiss is not None and remiss.titel != "Årsstämma 2018 >"


def test_brodsmula_i_annan_ordalydelse() -> None:
    """Another path line ending in '›' or '»' is no heading either; the heading under it is read."""
    for stig in ("Medlem › Remisser ›", "Kongress 2024 »"):
        text = f"""{stig}
Stadgeförslag på remiss
Tyck till om förslaget till nya stadgar! Skicka dina synpunkter till kansliet@exempel.se senast den 1 mars 2024."""
        remiss = extract_remiss("x.pdf", part_of(headed(text)))
        assert remiss is not None and remiss.titel != stig


# yttranden/neuroforbundet-parkeringstillstand-synpunkter (neuroforbundet.se, 2015): the agency's number after a
# dash closing the title
NEURO = (
    "Synpunkter angående Förslag till föreskrifter om ändring i Transportstyrelsens föreskrifter och allmänna råd om parkeringstillstånd för rörelsehindrade – TSF 2013-161",
    "Neuroförbundet har inbjudits att lämna synpunkter på rubricerat förslag.",
    "Neuroförbundets bedömning är att inte heller det nu aktuella förslaget tillgodoser Neuroförbundets medlemmars parkeringsbehov bättre än vad förordningstexten gör. Neuoförbundet avstyrker därför förslaget till föreskrifter och allmänna råd i de delar som gäller förutsättningar för parkeringstillstånd.",
)


def test_arendets_nummer_efter_tankstreck_i_titeln(tmp_path: Path) -> None:
    """yttranden/neuroforbundet-parkeringstillstand-synpunkter: '… rörelsehindrade – TSF 2013-161' closing the
    title is the case's number without a label (hitta.TITELSLUT_EFTER_STRECK: the body's letters, the year and
    the running number)."""
    [kontroll] = kontrollera_fil(_docx(tmp_path / "n.docx", *NEURO))
    assert kontroll.diarienummer == "TSF 2013-161"
    assert kontroll.stallningstagande == "avstyrker"


def test_nummer_efter_tankstreck_i_annan_ordalydelse(tmp_path: Path) -> None:
    """A kommun's number after the dash likewise; a year span or a date after the dash is none."""
    for titel, dnr in (("Yttrande över förslag till avfallsplan - KS 2020/123", "KS 2020/123"),
                       ("Yttrande över regional utvecklingsstrategi – 2021-2024", None),
                       ("Yttrande över förslag till avfallsplan – 2024-03-15", None)):
        fil = _docx(tmp_path / "y.docx", titel, "Nämnden har beretts tillfälle att yttra sig.",
                    "Nämnden tillstyrker förslaget.")
        [kontroll] = kontrollera_fil(fil)
        assert kontroll.diarienummer == dnr, titel


# yttranden/liljendal-svar-ks-utlatande-besvar (liljendal.info, 2008): a private person's reply to the kommun's
# utlåtande in his own appeal
LILJENDAL = (
    "SVAR PÅ LILJENDAL KOMMUNSTYRELSES UTLÅTANDE ANGÅENDE  Dnr 03974/08",
    "Enligt uppgifter jag fått, har kommunstyrelsen i Liljendal kommun godkänt föredragandes förslag till utlåtande angående Dnr 03974/08 så som utlåtandet formulerades i möteskallelsen. Jag önskar härmed att framföra mina synpunkter på detta utlåtande och samtidigt korrigera sakfel.",
    "Kommunstyrelsen konstaterar att besväret mot kommunfullmäktiges beslut § 13 den 11.6.2008 grundar sig huvudsakligen på politiska bedömningar och bör därför i sin helhet förkastas.",
    "Besväret innehåller en mängd bedömningar som till sin karaktär är politiska. Denna mening är helt befängd och saknar helt relevans. Vad avses med politisk karaktär? Och vad har det överhuvudtaget med saken att göra? Jag baserar mitt besvär på de juridiska aspekterna:",
    "* Obehörighet för tjänst",
    "* Försummelser i möteshandlingarna",
)


def test_eget_besvar_ar_inget_remissvar(tmp_path: Path) -> None:
    """yttranden/liljendal-svar-ks-utlatande-besvar: 'Jag baserar mitt besvär på …' is the writer's own appeal
    (yttrandestruktur.jsonl eget-overklagande, family om_remiss): no answer to a remiss, and the learned type
    (which said yttrande 0,73) is not asked: annat."""
    assert igenkanda(_docx(tmp_path / "l.docx", *LILJENDAL)) == []


def test_eget_overklagande_i_annan_ordalydelse(tmp_path: Path) -> None:
    """Another appeal in the first person likewise ('Vi överklagar härmed …', 'vårt överklagande'); a kommun's
    answer to a court on someone else's appeal ('Kommunen anser att överklagandet ska avslås') is not the writer's
    own and stays a yttrande. (An appeal full of a remissvar's cues, 'vi har lämnat synpunkter', is still read as
    one: the family only keeps the structure and the learned type from deciding.)"""
    overklagande = ("Bemötande i ärende 2022/45 om bygglov för fastigheten Ön 1:2",
                    "Byggnadsnämnden har skickat en skrivelse till förvaltningsrätten i ärendet. Bygglovet följer inte detaljplanen, vilket framgår av mitt överklagande.",
                    "Jag står därför fast vid mitt överklagande och begär att beslutet upphävs.")
    assert igenkanda(_docx(tmp_path / "o.docx", *overklagande)) == []
    svar = ("Yttrande i mål nr 1234-22 angående överklagande av bygglov",
            "Förvaltningsrätten har berett kommunen tillfälle att yttra sig över överklagandet.",
            "Kommunen anser att överklagandet ska avslås.")
    [kontroll] = igenkanda(_docx(tmp_path / "s.docx", *svar))
    assert kontroll.igenkant


# yttranden/kimitoon-ks-beslut-utlatande-ntm (kimitoon.fi, 2024): a kommun's page on its board's decisions, one
# of them an utlåtande
KIMITOON = (
    "Kommunstyrelsens beslut den 12 februari",
    "Kimitoöns kommunstyrelse beslutade på sitt möte måndagen den 12 februari om bland annat följande ärenden:",
    "Kompletteringsval, koncernbolag",
    "Kommunstyrelsen beslutade att utföra valet av styrelsemedlemmar till Fastighets Ab Kimitobacken Kiinteistö Oy på nytt på grund av formfel. Till det förnyade Kimitobackens styrelse valdes Johan Fredriksson, Riitta Lappalainen och Jari Lehtivaara.",
    "Utlåtande om behov av miljökonsekvensbedömning, Destia Oy:s planerade täktverksamhet i Galtarby",
    "En privatperson och 32 andra undertecknare har 27.10.2023 bett NTM-centralen i Egentliga Finland fatta beslut om huruvida den marktäkt som Destia Oy planerar i Galtarby i Kimitoöns kommun förutsätter tillämpning av förfarande vid miljökonsekvensbedömning i ett enskilt fall. Innan NTM-centralen i Egentliga Finland fattar beslut, begär den utlåtande av Kimitoöns kommun och Egentliga Finlands Förbund.",
    "Kommunstyrelsen gav under sitt möte 12.2.2024 utlåtande, där man ber Närings- miljö- och trafikcentralen att i sin bedömning avväga i vilken grad transportrutterna av stenmaterialet kan påverka naturvärden, människors hälsa, levnadsvillkor, trivsel samt samhällsstruktur, landskap, stadsbild och kulturarv.",
)


def test_utlatande_som_punkt_i_en_beslutslista_ar_inget_yttrande(tmp_path: Path) -> None:
    """yttranden/kimitoon-ks-beslut-utlatande-ntm: under 'beslutade på sitt möte … om bland annat följande
    ärenden:' the heading 'Utlåtande om behov av miljökonsekvensbedömning, …' heads one item of a page on the
    meeting's decisions (hitta.BESLUTSLISTA), not a document: no yttrande found by its title."""
    assert igenkanda(_docx(tmp_path / "k.docx", *KIMITOON)) == []


def test_beslutslista_i_annan_ordalydelse(tmp_path: Path) -> None:
    """A nämnd's decisions in other words ('behandlade … följande ärenden:') likewise; a yttrande titled so with no
    such lead stays one."""
    lista = ("Byggnadsnämndens sammanträde den 3 maj",
             "Byggnadsnämnden behandlade på sammanträdet den 3 maj bland annat följande ärenden:",
             "Yttrande över förslag till regional utvecklingsstrategi",
             "Nämnden beslutade att lämna ett yttrande där den framför att strategin bör ta större hänsyn till landsbygden.")
    assert igenkanda(_docx(tmp_path / "b.docx", *lista)) == []
    ensam = ("Yttrande över förslag till regional utvecklingsstrategi",
             "Byggnadsnämnden har beretts tillfälle att yttra sig över förslaget.",
             "Nämnden tillstyrker förslaget.")
    [kontroll] = igenkanda(_docx(tmp_path / "e.docx", *ensam))
    assert kontroll.stallningstagande == "tillstyrker"


# yttranden/gamlalund-vipemollan-detaljplan-yttrande (gamlalund.se, 2012): an association's yttrande in short
# paragraphs, its name as the subject and no letterhead
GAMLALUND = (
    "Föreningen Gamla Lund har tagit del av reviderat förslag till förslag till detaljplan för Vipemöllan 38 m fl i Lund, Lunds kommun. PÄ 25/2012a, 1281K-P129.",
    "De synpunkter, som Föreningen Gamla Lund gav till det tidigare detaljplaneförslaget har beaktats i det reviderade förslaget. Detta gäller dels justering av väg och bebyggelse i områdets västra del, så planen bättre överensstämmer med det historiska planmönstret, dels utbyggd beskrivning av planens påverkan av kulturmiljön och av vilka byggnader som avses rivas. Föreningen Gamla Lund noterar detta med tillfredsställelse.",
    "Justeringarna av bebyggelsen i områdets norra och nordvästra del innebär ett förbättrat samspel med omgivningen. Föreningen Gamla Lund ställer sig även positiv till dessa justeringar.",
    "Styrelsen,",
    "genom Bo Larsson",
)


def test_den_som_tagit_del_av_forslaget_ar_avsandaren(tmp_path: Path) -> None:
    """yttranden/gamlalund-vipemollan-detaljplan-yttrande: 'Föreningen Gamla Lund har tagit del av reviderat
    förslag till … detaljplan' names the one answering the remitted proposal (yttrandestruktur.jsonl
    tagit-del-av-forslaget, svarar; yttrandesignaler.jsonl tagit-del-av-forslaget) and, like one that 'har
    beretts tillfälle', the sender (struktur._subjekt), whose 'ställer sig även positiv' is its own voice;
    'Föreningen X' is a name with its kind first (struktur._utan_slagord): a remissvar."""
    [kontroll] = igenkanda(_docx(tmp_path / "g.docx", *GAMLALUND))
    assert kontroll.igenkant


def test_tagit_del_av_forslaget_i_annan_ordalydelse(tmp_path: Path) -> None:
    """Another association in other words is one; a reader who has taken part of someone else's answer is not,
    nor a kind alone as subject ('Föreningen har tagit del av …' with no name in the text)."""
    egen = ("Stiftelsen Kulturarv Väst har med intresse tagit del av planförslaget för kvarteret Ugglan i Borås.",
            "Stiftelsen Kulturarv Väst ställer sig bakom förslaget att bevara de äldre byggnaderna, men vill att gatans sträckning utreds vidare.")
    [kontroll] = igenkanda(_docx(tmp_path / "e.docx", *egen))
    assert kontroll.igenkant
    lasare = ("Jag har tagit del av Naturskyddsföreningens remissvar över planförslaget för kvarteret Ugglan.",
              "Det är ett genomarbetat svar som alla borde läsa.")
    assert igenkanda(_docx(tmp_path / "l.docx", *lasare)) == []
