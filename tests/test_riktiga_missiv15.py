"""Real remiss notices from new senders (missiv15, tests/korpus/missiv/), each miss as a named test with the
page's own wording (sources in the '# source:' line of each tests/korpus/missiv/<id>.txt)."""

# ruff: noqa: E501  (the documents' own lines are kept as they stand)

from __future__ import annotations

from dataclasses import replace

from remiss.domain import Del, Line
from remiss.extract import extract_remiss
from remiss.split import MISSIV_GRANS, bedom_missiv


def lines_of(text: str) -> list[Line]:
    """Given text, return Line objects in 10 pt, one per non-empty line."""
    rows = [row.strip() for row in text.strip().splitlines() if row.strip()]
    return [Line(text=row, page=1, number=i, size=10.0) for i, row in enumerate(rows, 1)]


def headed(text: str, *headings: int) -> list[Line]:
    """Return the lines of text, the given line indexes set as 18 pt bold headings."""
    lines = lines_of(text)
    for index in headings:
        lines[index] = replace(lines[index], size=18.0, bold=True)
    return lines


def part_of(lines: list[Line]) -> Del:
    """Given lines, return a missiv part scored as find_missiv scores it."""
    return Del(dokumenttyp="missiv", forsta_sida=1, sista_sida=1, lines=tuple(lines),
               bedomning=bedom_missiv(lines))


# missiv/jamtkraft-krokom-follinge-samrad (jamtkraft.se, nyhetsrum, 2020-03-13)
JAMTKRAFT = """Planerade samrådsmöten ställs in på grund av coronaviruset
Med anledning av spridningen av coronaviruset måste vi dessvärre ställa in samrådsmötena angående planerna att bygga en ny kraftledning från Krokom till Föllinge.
Publicerad 2020-03-13
Samrådsmötena ställs in, men samrådet fortsätter
Jämtkraft Elnät AB har tidigare skickat ut en inbjudan till samråd med anledning av planerna att bygga en ny kraftledning från Krokom till Föllinge. Vi måste nu dessvärre ställa in dessa möten med anledning av spridningen av coronaviruset.
Vad innebär detta för projektet?
Samrådet fortsätter hela perioden fram till den 8 april trots att själva mötena inte blir av. Vi vill fortfarande ha era synpunkter för det fortsatta arbetet i projektet.
Skicka gärna dina synpunkter via mejl eller ring till oss!
Jessica Raftsjö-Lindberg
072-588 50 58
jessica.raftsjolindberg@sweco.se
Ronny Asplund
063-14 93 48
samrad@jamtkraft.se"""


def test_installda_samradsmoten_men_samradet_fortsatter_ar_en_remiss() -> None:
    """missiv/jamtkraft-krokom-follinge-samrad: a company's news that the samråd's meetings are cancelled but
    the samråd goes on asks for views ('Vi vill fortfarande ha era synpunkter', 'Skicka gärna dina synpunkter
    via mejl … till oss'): a remiss. The company that 'har tidigare skickat ut en inbjudan till samråd' sends it;
    the heading is news of the meetings, the title what the samråd is on ('planerna att bygga en ny
    kraftledning …')."""
    lines = headed(JAMTKRAFT, 0, 3)
    assert bedom_missiv(lines).poang >= MISSIV_GRANS
    remiss = extract_remiss("x.pdf", part_of(lines))
    assert remiss is not None
    assert remiss.avsandare == "Jämtkraft Elnät AB"
    assert remiss.titel == "ny kraftledning från Krokom till Föllinge"
    assert remiss.svarsdatum == "2020-04-08"


# missiv/enae-futurena-samrad (enae.se/futurena/samrad)
ENA = """Samråd
INBJUDAN TILL SAMRÅD ENLIGT MILJÖBALKEN –
Ena Energi AB bjuder in till samråd inför ansökan om tillstånd för ny energiproduktion enligt 9 kap. Miljöbalken. För att ta del av samrådsunderlaget klicka på länken nedan.
Ladda ner eller läs Samrådsunderlag
Samrådet kommer kungöras i lokaltidningen 27/12 och 17/1.
Den som vill lämna synpunkter på den planerade verksamheten och dess miljökonsekvenser är välkommen att göra det skriftligen till futurena@enae.se senast 28 februari 2025."""


def test_samradsrubrik_med_bara_lagrummet_ger_ansokan_samradet_foregar() -> None:
    """missiv/enae-futurena-samrad: the headings name only the samråd and its lagrum ('Samråd', 'INBJUDAN TILL
    SAMRÅD ENLIGT MILJÖBALKEN –'); the lagrum is no project, the title is what the application the samråd comes
    before is for ('samråd inför ansökan om tillstånd för ny energiproduktion enligt 9 kap. Miljöbalken')."""
    remiss = extract_remiss("x.pdf", part_of(headed(ENA, 0, 1)))
    assert remiss is not None
    assert remiss.titel == "ny energiproduktion"
    assert remiss.avsandare == "Ena Energi AB"


# missiv/tingsryd-op-boendemiljoer (tingsryd.se, nyheter)
TINGSRYD = """Förslag till ny översiktsplan
Hur kan Tingsryds kommun skapa attraktiva boendemiljöer?
Tingsryds kommun håller på att ta fram en ny översiktsplan som ska visa hur kommunen avser att utvecklas fram till år 2030.
Vi vill ha in dina synpunkter
Skriftligt yttrande skall senast 2018-06-25 ha inkommit till
Miljö- och byggnadsförvaltningen
Box 88
362 22 TINGSRYD
e-post mbf@tingsryd.se"""


def test_fragerubrik_under_overraden_fogas_inte_till_titeln_och_postorten_i_versaler_ger_kommunen() -> None:
    """missiv/tingsryd-op-boendemiljoer: a question set like the kicker above it ('Förslag till ny
    översiktsplan' over 'Hur kan Tingsryds kommun skapa attraktiva boendemiljöer?') is a heading of its own,
    not the kicker wrapped. The unit on lines of its own over a box and a postal town in capitals ('Miljö- och
    byggnadsförvaltningen' / 'Box 88' / '362 22 TINGSRYD') is the kommun's."""
    remiss = extract_remiss("x.pdf", part_of(headed(TINGSRYD, 0, 1)))
    assert remiss is not None
    assert remiss.titel == "Förslag till ny översiktsplan"
    assert remiss.avsandare == "Tingsryds kommun, Miljö- och byggnadsförvaltningen"


# missiv/s-lidingo-op2050-samrad (socialdemokraternailidingo.se, 2024-04-24)
LIDINGO = """Förslaget till Lidingös nya översiktsplan ute för samråd
Nu har det politiska styret presenterat sitt förslag till Översiktsplan 2050 för Lidingö stad.
Mellan den 15 april och 10 juni 2024 är planförslaget ute på samråd.
Synpunkter skickas till OP2024@lidingo.se Märk din synpunkt med diarienummer LS 2023/110."""


def test_rubrik_med_agare_och_slag_ute_for_samrad_ger_planens_namn_med_ar() -> None:
    """missiv/s-lidingo-op2050-samrad: '… ute för samråd' is the procedure (not 'ute' left over), and a heading
    that names the plan by its owner and kind alone ('Lidingös nya översiktsplan') gives the name the text
    gives it with its year and place ('Översiktsplan 2050 för Lidingö stad')."""
    remiss = extract_remiss("x.pdf", part_of(headed(LIDINGO, 0)))
    assert remiss is not None
    assert remiss.titel == "Översiktsplan 2050 för Lidingö stad"
    assert remiss.avsandare == "Lidingö stad"


# missiv/sater-leader-nedre-dalalven-strategi (sater.se, nyheter)
SATER = """Möjlighet att lämna synpunkter på Leader Nedre Dalälvens strategi
Utifrån den behovsanalys som genomförts i samband med lokala processmöten under våren 2021 har Leader Nedre Dalälven nu en remissversion av den lokala utvecklingsstrategin för år 2023 – 2027 klar.
Utifrån insatsområdena kommer företagare, föreningar med flera i Säters kommun att kunna söka Leaderprojekt och pengar kommande period så det är viktigt att aktuella insatsområden är beskrivna i strategin.
Lämna synpunkter
Lämna dina synpunkter på remissversionen senast 24 september genom att mejla till info@nedredalalven.se."""


def test_kommunens_nyhet_om_en_annans_remiss_har_den_som_svarsadressens_doman_stavar() -> None:
    """missiv/sater-leader-nedre-dalalven-strategi: a kommun's news passing on a Leader association's remiss
    ('mejla till info@nedredalalven.se'); the answers go to the association, whose name's last words the
    address's domain spells: it is the sender, not the kommun the text names ('i Säters kommun')."""
    remiss = extract_remiss("x.pdf", part_of(headed(SATER, 0)))
    assert remiss is not None
    assert remiss.avsandare == "Leader Nedre Dalälven"
    assert remiss.svarsadress == "info@nedredalalven.se"


# missiv/staket-jarfalla-verksamhetsomrade-samrad (iloapp.staket.org, blogg, 2014)
STAKET = """STÄKETS FASTIGHETSÄGARE FÖRENING SFF
Kommunen planerar för ett verksamhetsområde i Stäket.
Järfälla kommun har skickat ut ett detaljplaneförslag som omfattar ett verksamhetsområde uppe vid Stäkets trafikplats.
Mot bakgrund av detta kommer vi ifrån SFF att tillskriva kommunen ett yttrande.
Skriftliga synpunkter på förslaget skall ha inkommit senast 15 oktober 2014 till Kommunstyrelseförvaltningen, Plan- och exploateringsavdelningen, 177 80 Järfälla, eller via e-post kommunstyrelsen@jarfalla.se
Upplysningar om planförslaget lämnas av Elenor Lennartsson, te!08-580 287 93, e-post elenor.Iennartsson@jarfalla.se."""


def test_forenings_blogg_om_kommunens_samrad_har_kommunen_som_svaren_gar_till() -> None:
    """missiv/staket-jarfalla-verksamhetsomrade-samrad: an association's blog (its name in capitals over the
    post) passing on the kommun's samråd with the kommun's reply address ('till Kommunstyrelseförvaltningen,
    Plan- och exploateringsavdelningen, 177 80 Järfälla'): the sender is the kommun with its förvaltning. The
    heading 'Kommunen planerar för ett verksamhetsområde i Stäket.' names the matter after the verb."""
    remiss = extract_remiss("x.pdf", part_of(headed(STAKET, 1)))
    assert remiss is not None
    assert remiss.avsandare == "Järfälla kommun, Kommunstyrelseförvaltningen"
    assert remiss.titel == "verksamhetsområde i Stäket"
    assert remiss.handlaggare is not None and remiss.handlaggare.namn == "Elenor Lennartsson"


def test_rubrikens_mening_bruten_fore_punkten_ar_ingen_organisation() -> None:
    """missiv/staket-jarfalla-verksamhetsomrade-samrad in a narrow web print (bench_layoutbyte, webb/pdf): the
    heading's sentence wrapped before its end ('Kommunen planerar för ett verksamhetsområde i' / 'Stäket.') is
    no organisation's name over the title: a line with a finite verb is a sentence."""
    text = STAKET.replace("i Stäket.\n", "i\nStäket.\n", 1)
    remiss = extract_remiss("x.pdf", part_of(headed(text, 0, 1, 2)))
    assert remiss is not None
    assert remiss.titel == "verksamhetsområde i Stäket"


def test_annans_svarsadress_ger_avsandaren_ocksa_utan_kommunens_namn() -> None:
    """missiv/sater-leader-nedre-dalalven-strategi printed with the kommun's name broken over lines ('i Säters'
    / 'kommun', bench_layoutbyte rk/pdf): with no sender found, the organisation whose name the answers'
    address's domain spells is the sender."""
    text = SATER.replace("i Säters kommun att", "i Säters\nkommun att", 1)
    remiss = extract_remiss("x.pdf", part_of(headed(text, 0)))
    assert remiss is not None
    assert remiss.avsandare == "Leader Nedre Dalälven"


# --- missiv15, andra omgången (webb15) ---

# missiv/avesta-algen-samrad (avesta.se, samråd 2021)
AVESTA = """Detaljplan för Kvarteret norr om Älgen, Avesta kommun
Detaljplanens samråd pågår under tiden 22 februari t o m 29 mars 2021.
Eventuella synpunkter på planförslaget lämnas skriftligen till Västmanland-Dalarna miljö- och byggför-valtning, 774 81 Avesta, eller mejlas till miljö-bygg@avesta.se senast den 29 mars 2021. Den som inte senast under det kommande granskningsskedet framfört sina synpunkter skriftligen kan förlora rätten att senare överklaga ett beslut att anta detaljplanen."""


def test_kommunen_efter_planens_namn_stryks_och_forvaltningens_ord_avstavat_i_raden_lases_helt() -> None:
    """The kommun after a plan's name makes the plan ('…, Avesta kommun'); the reply route's unit that the
    transcript broke inside its line ('byggför-valtning') is read whole and gives the kommun its unit."""
    remiss = extract_remiss("x.pdf", part_of(headed(AVESTA, 0)))
    assert remiss is not None
    assert remiss.titel == "Detaljplan för Kvarteret norr om Älgen"
    assert remiss.avsandare == "Avesta kommun, Västmanland-Dalarna miljö- och byggförvaltning"


# missiv/lysekil-fossa-granskning (lysekil.se, kommunal anslagstavla, 2022-05-13)
LYSEKIL = """Meddelande om Granskning
Detaljplan Fossa 1:116, Skaftö, Lysekil
Samhällsbyggnadsförvaltningen har tagit fram ett förslag till detaljplan för Fossa 1:116.
Detaljplanen skickas nu ut på granskning mellan 2022-05-13 till och med 2022-06-05.
Handlingar kan även skickas i pappersform, hör i så fall av dig till Maria Gillberg, via kontaktcenter på telefon 0523 – 61 30 00 eller via mail; maria.gillberg@lysekil.se
Eventuella synpunkter på planförslaget önskar vi få skriftligt via mail, alternativt undertecknat via post senast 2022-06-05.
Obs! Skriv i yttrandet att det gäller ”detaljplan Fossa 1:116, dnr B-2018-261” samt ert namn och fastighetsbeteckning. Synpunkterna skickas till: e-post: planochbygg@lysekil.se eller via post: Samhällsbyggnadsförvaltningen, Planenheten, 453 80 Lysekil"""


def test_meddelande_om_granskning_ar_ingen_titel_planens_namn_under_ar_det() -> None:
    """'Meddelande om Granskning' names the notice and its procedure only: the title is the plan's name in
    the heading below; 'hör i så fall av dig till NN' names the contact."""
    remiss = extract_remiss("x.docx", part_of(headed(LYSEKIL, 0, 1)))
    assert remiss is not None
    assert remiss.titel == "Detaljplan Fossa 1:116, Skaftö, Lysekil"
    assert remiss.handlaggare.namn == "Maria Gillberg"
    assert remiss.diarienummer == "B-2018-261"


# missiv/vaxholm-lagret-granskning (vaxholm.se, nyhetsarkiv, 2021-11-25)
VAXHOLM = """Artikeln publicerades 25 november 2021
Tyck till om detaljplan för Lägret senast 8/12
Just nu pågår en granskning av ett förslag till detaljplan för Del av Lägret, Dp 422. Välkommen att delta och skicka in dina synpunkter till planenheten senast 8 december.
Förslag till detaljplan för Del av Lägret, Dp 422, var ute på samråd under hösten 2020. Efter samrådet har förslaget till detaljplan bearbetats efter inkomna yttranden.
Du kan delta i granskningen genom att skicka dina synpunkter på granskningsförslaget till planenheten, e-post: plan@vaxholm.se, senast 8 december 2021."""


def test_uppmaningens_korta_plannamn_ger_forslaget_som_texten_namnger_helt() -> None:
    """A call heading names the plan short ('detaljplan för Lägret'); the sentence below names the proposal
    in full, which is the title."""
    remiss = extract_remiss("x.pdf", part_of(headed(VAXHOLM, 1)))
    assert remiss is not None
    assert remiss.titel == "förslag till detaljplan för Del av Lägret, Dp 422"
    assert remiss.avsandare is None


# missiv/finspang-op-samrad (Finspångs kommuns sida, samråd 2019)
FINSPANG = """Framtid Finspång
- samråd för ny översiktsplan
Just nu pågår arbetet med ny översiktsplan för Finspångs kommun.
Miljö- och samhällsberedningen i Finspångs kommun har arbetat fram ett samrådsförslag till ny översiktsplan för Finspång. Enligt beslut i miljö- och samhällsberedningen 18 december 2018 sänds samrådsförslaget nu ut på samråd.
Samråd pågår mellan 21 januari 2019 till 17 april 2019.
Om du lämnar synpunkter via e-post kommun@finspang.se är det viktiga att du anger följande uppgifter:
- Rubriken "Samråd översiktsplan KS 2018.1318” ska stå i ämnesraden."""


def test_rubrikens_rest_efter_tankstreck_beredningen_och_markningen_i_amnesraden() -> None:
    """A short name over its rest after a dash is one heading, its procedure cut ('Framtid Finspång - ny
    översiktsplan'), no sender; a kommun's beredning that drafted the plan sends the kommun's remiss; the
    quoted marking that 'ska stå i ämnesraden' carries the dnr."""
    lines = headed(FINSPANG, 0)
    lines[1] = replace(lines[1], size=14.0, bold=True)
    remiss = extract_remiss("x.pdf", part_of(lines))
    assert remiss is not None
    assert remiss.titel == "Framtid Finspång - ny översiktsplan"
    assert remiss.avsandare == "Finspångs kommun"
    assert remiss.diarienummer == "KS 2018.1318"


def test_upplysningar_lamnas_framst_av_ger_handlaggaren() -> None:
    """'Upplysningar lämnas främst av Översiktsplanerare NN' names the contact (missiv/stenungsund-op2020-utstallning)."""
    text = """Utställning för Stenungsunds översiktsplan 2020
Utställningstiden varar från och med 2020-02-24 till och med 2020-04-24.
Upplysningar lämnas främst av Översiktsplanerare Birgitta Wall, tel. 0303-73 82 59
E-post: birgitta.wall@stenungsund.se
Eventuella synpunkter på förslaget skall skriftligen ha inkommit till Stenungsunds kommun, Samhällsbyggnad Plan, 444 82 Stenungsund eller via e-post till plan@stenungsund.se senast 24 april 2020."""
    remiss = extract_remiss("x.pdf", part_of(headed(text, 0)))
    assert remiss is not None
    assert remiss.handlaggare.namn == "Birgitta Wall"
    assert remiss.avsandare == "Stenungsunds kommun, Samhällsbyggnad"


# trafikverket.se, projektsidan för väg 26/47 Mullsjö-Slättäng (samråd 2020; sidan togs ur missiv/ när
# test_provmangd_har_egna_avsandare visade att Trafikverket är avsändare i prov3/)
TRAFIKVERKET = """Väg 26/47, delen Mullsjö-Slättäng, mötesfri väg
Vi planerar att bygga om befintlig väg mellan Mullsjö och Slättäng till en mötesfri väg. Vi gör det för att öka framkomligheten och trafiksäkerheten för trafikanter. Nu har du möjlighet att lämna synpunkter på vårt samrådsunderlag.
Lämna dina synpunkter så här:
- Det går även bra att skriva brev till Trafikverket, ärendemottagning, Box 810, 781 28 Borlänge, senast den 13 december 2020. Om du lämnar dina synpunkter via brev ska du  ange ärendenummer TRV 2020/115558."""


def test_myndigheten_i_svarens_postadress_med_kontoret_i_gemener() -> None:
    """The agency in the reply's postal address is the sender also with its office in lower case between
    ('Trafikverket, ärendemottagning, Box 810, …')."""
    remiss = extract_remiss("x.pdf", part_of(headed(TRAFIKVERKET, 0)))
    assert remiss is not None
    assert remiss.avsandare == "Trafikverket"
    assert remiss.diarienummer == "TRV 2020/115558"
    assert remiss.titel == "Väg 26/47, delen Mullsjö-Slättäng, mötesfri väg"


# missiv/nykoping-op2040-samrad-turne (nykoping.se, nyhet 26 maj 2020; kanda_fel-rad, webb15 steg 3)
NYKOPING = """Turné på temat Nyköping 2040 – var med och tyck till
26 maj 2020
Är du nyfiken på hur kommunen ska utvecklas fram till år 2040? Då har du chansen att vara med och påverka förslaget på ny översiktsplan. Nu kan du träffa politiker och projektgruppen som har arbetat med förslaget på en rad platser i kommunen.
Samrådet startade 12 mars och sen dess har det kommit in hundratals synpunkter. Samrådstiden startade 12 mars och har förlängts till 26 juni."""


def test_turne_pa_temat_och_uppmaningen_efter_tankstrecket() -> None:
    """An event on a theme names the theme ('Turné på temat Nyköping 2040'), and the call after the dash
    ('– var med och tyck till') is no part of it."""
    remiss = extract_remiss("x.pdf", part_of(headed(NYKOPING, 0)))
    assert remiss is not None
    assert remiss.titel == "Nyköping 2040"


# missiv/hallstahammar-dp157-sodra-nas-granskning (hallstahammar.se, plansida, granskning 2021)
HALLSTAHAMMAR = """Dp 157 Södra Näs planändring
Telefon: 0220-24000
E-post: kundcenter@hallstahammar.se
Besöksadress: Norra Prästgårdsgatan 1, Hallstahammar
Postadress: Hallstahammars kommun, 734 80 Hallstahammar
Öppettider i kundcenter
1 sept - 31 maj (vintertid)
Kommunstyrelsen har gett i uppdrag att göra en planändring för detaljplan 157 Södra Näs
Granskningstid
17 maj - 18 juni 2021
Planen är nu reviderad och ute på granskning vilket är det andra tillfället där du är välkommen att tycka till om förslaget. Dina synpunkterna ska ha inkommit senast den 18 juni 2021 till: kommunstyrelsen@hallstahammar.se eller till Kommunstyrelsen, 734 80 Hallstahammar."""


def test_rubriken_fortsatter_inte_over_kontaktrutans_rader_in_i_nasta_rubrik() -> None:
    """The contact box under the heading is read as page furniture and dropped; the heading set alike after
    it ('Öppettider i kundcenter', a Word template's heading style) is no rest of the title."""
    lines = headed(HALLSTAHAMMAR, 0, 5)
    lines = [line for i, line in enumerate(lines) if i not in (1, 2, 3, 4)]  # the furniture read away
    remiss = extract_remiss("x.docx", part_of(lines))
    assert remiss is not None
    assert remiss.titel == "Dp 157 Södra Näs planändring"
    assert remiss.avsandare == "Hallstahammars kommun, Kommunstyrelsen"
    assert remiss.svarsadress == "kommunstyrelsen@hallstahammar.se"


# missiv/karlskrona-havsplan-utstallning (karlskrona.se; the stored text starts after the page's heading;
# kanda_fel-rad, webb15 steg 3)
KARLSKRONA = """Planen anger kommunernas viljeinriktning för vattenanvändningen inom planområdet för att öka förutsägbarheten för den som bedriver någon form av verksamhet till havs.
Geografiskt har havsplanen avgränsats till ett område som sträcker sig 300 meter från land och öar ut till och med territorialhavet.
Utställningen genomförs under perioden 27 maj till 8 september 2019.
Dina synpunkter ska ha inkommit senast den 8 sep 2019. Synpunkter lämnas till:
Karlskrona kommun,
Miljö- och samhällsbyggnadsförvaltningen,
371 83 Karlskrona
eller via e-post till: samhallsbyggnadsforvaltningen@karlskrona.se"""


def test_en_lang_mening_med_punkt_i_stor_stil_ar_ingen_rubrik() -> None:
    """One long sentence with its full stop set large (the page's heading lost) is prose, no title."""
    remiss = extract_remiss("x.docx", part_of(headed(KARLSKRONA, 0)))
    assert remiss is not None
    assert remiss.titel is None
    assert remiss.avsandare == "Karlskrona kommun, Miljö- och samhällsbyggnadsförvaltningen"
