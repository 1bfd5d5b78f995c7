"""Real documents the corpus reads wrong (missiv16: tests/korpus/kanda_fel.json), each miss as a named test with
the document's own wording (sources in the '# source:' line of each tests/korpus/<mapp>/<id>.txt)."""

# ruff: noqa: E501  (the documents' own lines are kept as they stand)

from __future__ import annotations

from remiss.domain import Del, Line
from remiss.extract import extract_remiss
from remiss.split import bedom_missiv


def lines_of(text: str) -> list[Line]:
    """Given text, return Line objects in 10 pt, one per non-empty line."""
    rows = [row.strip() for row in text.strip().splitlines() if row.strip()]
    return [Line(text=row, page=1, number=i, size=10.0) for i, row in enumerate(rows, 1)]


def part_of(lines: list[Line]) -> Del:
    """Given lines, return a missiv part scored as find_missiv scores it."""
    return Del(dokumenttyp="missiv", forsta_sida=1, sista_sida=1, lines=tuple(lines),
               bedomning=bedom_missiv(lines))


# missiv/goteborg-ks-remiss-reglementen-rattighetsbaserade-rad (DeArbetarForDig/dearbetarfordig.se,
# data/graf/kf-2023-03-23.json, utdrag ur kommunstyrelsens protokoll 2022-04-27 § 349)
GOTEBORG_KS = """Utdrag ur Protokoll Sammanträdesdatum: 2022-04-27
Översyn av reglementen för kommunstyrelsens rättighetsbaserade råd § 349, 0905/21
Beslut
Ärendet återremitteras enligt yrkande från M, L, C, V, MP, S och D:
Stadsledningskontorets förslag till reglementen skickas på remiss till Göteborgs Stads HBTQ-råd, Göteborgs Stads pensionärsråd, Göteborgs Stads råd för funktionshinderfrågor, Göteborgs Stads råd för den nationella minoriteten romer samt Göteborgs Stads samråd med den sverigefinska minoriteten för inhämtande av synpunkter. Synpunkterna ska redovisas i oktober 2022.
Protokollsutdrag skickas till
Stadsledningskontoret - Återremiss
Dag för justering 2022-05-24
Kommunstyrelsen
Vid protokollet Sekreterare Mathias Sköld"""

# missiv/goteborg-kf-remittering-batupplaggning-saltholmen (DeArbetarForDig/dearbetarfordig.se,
# data/graf/kf-2024-10-10.json, utdrag ur kommunfullmäktiges protokoll 2023-06-19 § 5; the body's running
# header stands between two sections)
GOTEBORG_KF = """Utdrag ur Protokoll Sammanträdesdatum: 2023-06-19
Redovisning av uppdrag gällande båtuppläggning på Saltholmen § 5, 1313/22
Beslut
Enligt kommunstyrelsens förslag:
1. Trafiknämndens utredning remitteras till Göteborgs Stads Parkerings AB och Grefab AB med begäran om att bolagen ska återkomma till kommunstyrelsen med beskrivning av sina respektive bedömningar av förslagen.
Propositionsordning Ordföranden ställer först propositioner på kommunstyrelsens förslag och finner att kommunstyrelsens förslag har bifallits.
Kommunfullmäktige
Omröstning – huvudvotering Godkänd voteringsproposition: ”Ja för bifall till kommunstyrelsens förslag.”"""


def test_protokollsutdrag_har_kommunen_med_organet_vars_protokoll_det_ar() -> None:
    """The two Göteborg extracts: 'Utdrag ur Protokoll' with the body on a line of its own (the signature over
    'Vid protokollet', or the running header between sections) and the kommun named in the text ('Göteborgs
    Stads HBTQ-råd', 'Göteborgs Stads Parkerings AB'): the kommun with the body that decided, as the facit
    rule has another kommun's sender."""
    for text, expected in ((GOTEBORG_KS, "Göteborgs Stad, Kommunstyrelsen"),
                           (GOTEBORG_KF, "Göteborgs Stad, Kommunfullmäktige")):
        remiss = extract_remiss("x.pdf", part_of(lines_of(text)))
        assert remiss is not None
        assert remiss.avsandare == expected


# prov13/osterbotten-landskapsprogram-remiss (obotnia.fi, aktuellt från förbundet, 06.09.2017)
OSTERBOTTEN = """06.09.2017
Du kan påverka beredningen av landskapsprogrammet!
Utkastet till Österbottens landskapsprogram 2018–2021 och miljörapporten finns nu publicerade. Fram till den 5 oktober kan alla intresserade lämna skriftliga yttranden och utlåtanden om utkastet. Landskapsprogrammet skickas på remiss till kommunerna och till andra centrala intressenter."""

# prov14/klimatriksdagen-akutplan-remiss (klimataktion.se, 2020-07-10)
KLIMATRIKSDAGEN = """Akutplan för klimatet – på remiss till dig!
Under våren har Klimatriksdagens utskott jobbat intensivt med förberedelserna för att ta fram en akutplan för Sveriges klimatpolitik i närtid.
Nu när alla förslag är på plats ska de skickas ut på remiss till Klimatriksdagens medlemmar och ett antal andra viktiga instanser. Akutplanen riktar sig till våra beslutsfattare.
Här kan du läsa remissversionen av Klimatriksdagens akutplan.
Vill du lämna kommentarer på planen? Bli medlem i Klimatriksdagen! Alla medlemmar får en länk till ett remissformulär där man kan ge synpunkter."""

# missiv/norrstyrelsen-kammarkollegiet-fortydligande (norrstyrelsen.se, aktuellt)
NORRSTYRELSEN = """Kammarkollegiet begär förtydligande
Nu begär Kammarkollegiet ett förtydligande av ansökningarna vad gäller de geografiska gränsdragningarna. Senas den 24 april ska landsting och berörda kommunder yttra sig.
Läs Kammarkollegiets begäran om yttrande (pdf)"""


def test_remiss_till_grupper_och_andra_ar_ingen_lista() -> None:
    """prov13/osterbotten, prov14/klimatriksdagen: a remiss sent 'till kommunerna och till andra centrala
    intressenter' or 'till Klimatriksdagens medlemmar och ett antal andra viktiga instanser' goes to an open
    audience (kinds of bodies and 'all others'): it names no instans, remissinstanser stays empty (facit null)."""
    for text in (OSTERBOTTEN, KLIMATRIKSDAGEN):
        remiss = extract_remiss("x.pdf", part_of(lines_of(text)))
        assert remiss is not None
        assert remiss.remissinstanser == ()


def test_ska_a_och_b_yttra_sig_ar_en_lista() -> None:
    """missiv/norrstyrelsen: the bodies as subject after the deadline, the verb first ('Senas den 24 april ska
    landsting och berörda kommunder yttra sig'), are the instanser as they stand (the typo kept)."""
    remiss = extract_remiss("x.pdf", part_of(lines_of(NORRSTYRELSEN)))
    assert remiss is not None
    assert [r.namn for r in remiss.remissinstanser] == ["landsting", "berörda kommunder"]


# prov14/sjoskogen-vasterby-norra-detaljplan (sjoskogen.se, nyhet 2009-03-29)
SJOSKOGEN = """Ny detaljplan för Västerby Norra, möte i Sjöstugan 7 april
Programmet för detaljplan Västerby Norra är som många vet ute för att berörda och allmänhet kan yttra sig och skicka in synpunkter. Styrelsen har uppdraget att företräda medlemmarna i skrivelser. För att få största möjliga tankekraft, så hoppas vi att du kan ge en återkoppling på vad vi särskilt skall trycka på.
...på hemsidan. I forumet finns en rubrik, Detaljplan Norra Västerby. Där finns utförligare text om nuläget och de förslag till nyckelområden som kommer bilda underlag för yttrandet från Sjöskogens Villaförening.
mvh
Anders på uppdrag av Styrelsen"""


def test_organisation_som_ber_sina_medlemmar_ar_avsandaren() -> None:
    """prov14/klimatriksdagen, prov14/sjoskogen: an organisation that sends the remiss to its own members ('på
    remiss till Klimatriksdagens medlemmar', 'Bli medlem i Klimatriksdagen!') or asks them for views to its own
    answer ('… underlag för yttrandet från Sjöskogens Villaförening' to 'medlemmarna') sends it (README: an
    organisation that itself asks its members for views)."""
    for text, expected in ((KLIMATRIKSDAGEN, "Klimatriksdagen"), (SJOSKOGEN, "Sjöskogens Villaförening")):
        remiss = extract_remiss("x.pdf", part_of(lines_of(text)))
        assert remiss is not None
        assert remiss.avsandare == expected


# prov14/jomala-kalmarnas-delgeneralplan-samrad (jomala.ax, nyheter)
JOMALA = """Samråd - Delgeneralplaneändring Kalmarnäs
Offentlig delgivning
Ett förslag till ändring av Kalmarnäs delgeneralplan jämte beskrivning av den 17 december 2018 har arbetats fram.
Med anledning av detta hålls samråd enligt 30 § plan- och bygglag för landskapet Åland (ÅFS 2008:102) torsdagen den 21 mars 2019 kl. 18.30 vid kommunkansliet i Jomala. Planförslaget finns tillgängligt under Bilagor här på sidan.
Skriftliga synpunkter i anslutning till samrådet kan inlämnas till kommunkansliet fram till och med den 29 mars 2019 kl. 15.00.
Jomala den 4 mars 2019
På tjänstens vägnar:
Kommundirektör John Eriksson"""

# missiv/kinda-oversiktsplan-samrad (kinda.se, nyheter)
KINDA = """Ny översiktsplan för Sjöriket Kinda
Den nya kommunövergripande översiktsplanen är nu ute på samråd! Det betyder att den som vill har möjlighet att tycka till om förslaget. Översiktsplanen tar sikte på nya mål för hur kommunens bebyggelse, platser och infrastruktur ska utvecklas framåt. Fram till och med söndagen den 26 februari har den som vill möjlighet att tycka till om översiktsplanen."""

# prov14/mellerstaosterbotten-etapplandskapsplan5 (keski-pohjanmaa.fi, kungörelse 17.08.2021)
MELLERSTA = """Offentliga tillkännagivanden
17.08.2021
KUNGÖRELSE
Förslaget till etapplandskapsplan 5 för Mellersta Österbotten framlägges offentligt i enlighet med markanvändnings- och bygglagen 895/1999 § 12 under perioden 17.8.-15.9.2021.
Berörda kommuners medlemmar och intressenterna har rätt att göra anmärkning mot planförslaget. Skriftliga anmärkningar skall ges senast den 15.9.2021 till Mellersta Österbottens förbunds landskapsstyrelse per post eller e-post till följande adresser:
Postadress: Strandgatan 14, 67100 Karleby
E-post: kirjaamo@keski-pohjanmaa.fi
Karleby 13.8.2021
Mellersta Österbottens förbund
Landskapsstyrelsen"""


def test_kommunen_ur_kansliet_planen_och_underskriften_under_ort_och_datum() -> None:
    """prov14/jomala: 'vid kommunkansliet i Jomala' names the kommun; missiv/kinda: the heading's
    'översiktsplan för Sjöriket Kinda' over 'Den nya kommunövergripande översiktsplanen' is the kommun's plan;
    prov14/mellerstaosterbotten: the notice signed 'Karleby 13.8.2021' / 'Mellersta Österbottens förbund' /
    'Landskapsstyrelsen' is sent by the förbund with its body."""
    for text, expected in ((JOMALA, "Jomala kommun"), (KINDA, "Kinda kommun"),
                           (MELLERSTA, "Mellersta Österbottens förbund, Landskapsstyrelsen")):
        remiss = extract_remiss("x.pdf", part_of(lines_of(text)))
        assert remiss is not None
        assert remiss.avsandare == expected


# missiv/goteborg-sbk-sankt-jorgens-vag-sandlista (DeArbetarForDig/dearbetarfordig.se, data/graf/kf-2023-02-23.json,
# the sändlista as read from its table: name | E-POST)
SANKT_JORGEN = """Sändlista samråd
Detaljplan för bostäder och verksamhet vid Sankt Jörgens väg, inom stadsdelen Backa i Göteborg
Dnr: 0587/14
Handläggare: Robin Stenberg
Remisstid: fr o m 10 mars 2021 t o m 21 april 2021
KOMMUNALA FÖRVALTNINGAR | E-POST | ADRESS
Fastighetskontoret | fastighetskontoret@fastighet.goteborg.se
Grundskoleförvaltningen | grundskola@grundskola.goteborg.se
Kulturnämnden | kultur@kultur.goteborg.se
Namnberedningen | Namnberedningen@kultur.goteborg.se
Kulturförvaltningen
Trafikkontoret | trafikkontoret@trafikkontoret.goteborg.se
STATLIGA MYNDIGHETER ETC | E-POST | ADRESS
Trafikverket | goteborg@trafikverket.se
Västtrafik | vasttrafik@vasttrafik.se"""


def test_sandlistans_rader_och_adresser_ar_ingen_avsandare() -> None:
    """missiv/goteborg-sbk-sankt-jorgens-vag-sandlista: a sändlista's rows ('Grundskoleförvaltningen |
    grundskola@grundskola.goteborg.se', a name wrapped onto its own row) say whom the remiss goes to: neither a
    row's name nor its address's domain (goteborg.se with 'i Göteborg') is the sender; the page names none."""
    remiss = extract_remiss("x.pdf", part_of(lines_of(SANKT_JORGEN)))
    assert remiss is not None
    assert len(remiss.remissinstanser) >= 6
    assert remiss.avsandare is None
