"""Real pages of the kinds the held-out sets show and the corpus had few of (nya21, tests/korpus/missiv/ and
tests/korpus/yttranden/): a Finnish request for an utlåtande, a reminder of another's remiss under a picture's
caption, a blog reporting a deadline others got, an association's utställningsyttrande and a remissvar quoted
in one paragraph on a trade site. Each first-run miss is a named test with the page's own wording (sources in the
'# source:' line of each tests/korpus/<mapp>/<id>.txt), then the same class in other wording."""

# ruff: noqa: E501  (the documents' own lines are kept as they stand)

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from remiss.extract import extract_remiss
from remiss.kontroll import kontrollera_fil
from remiss.modelldata import modell_toml
from remiss.split import bedom_missiv, classify
from tests.test_kontroll_riktiga import _docx, igenkanda
from tests.test_riktiga_missiv15 import headed, lines_of, part_of

# missiv/fi-finansministeriet-oppethallning-utlatande (utlåtande.fi, 2023): a Finnish ministry's request in Swedish
FINANSMINISTERIET = """Utlåtande - Anvisning om öppethållning vid statliga myndigheter
Anvisning om öppethållning vid statliga myndigheter
Diarienummer för begäran om utlåtande: VN/3611/2023
Svarstiden gick ut: 15.8.2023
Uppgifter om begäran om utlåtande
Språket i begäran om utlåtande:
Inledning
Finansministeriet begär ert utlåtande om utkastet till anvisningen om öppethållning vid statliga myndigheter senast den 28 augusti 2023.
Bakgrund
Anvisningen om öppethållning vid statliga myndigheter gäller tillämpningen av de öppethållningsbestämmelser som trädde i kraft den 1 januari 2023."""


def test_begar_ert_utlatande_ar_en_remiss() -> None:
    """missiv/fi-finansministeriet-oppethallning-utlatande: 'Finansministeriet begär ert utlåtande om … senast den
    28 augusti 2023' asks the reader for an answer as 'ombeds yttra sig' does (missiv.toml inbjudan): a missiv, its
    dnr under the service's label 'Diarienummer för begäran om utlåtande:' (huvud.toml), the ministry that asks as
    its sender (a Finnish ministry's name ends in 'ministeriet') and the title without the service's 'Utlåtande - '
    (titel.toml utlatande_begaran)."""
    lines = headed(FINANSMINISTERIET, 0)
    assert classify(lines) == "missiv"
    assert any(name == "inbjudan" for name, _ in bedom_missiv(lines).signaler)
    remiss = extract_remiss("x.pdf", part_of(lines))
    assert remiss is not None
    assert (remiss.diarienummer, remiss.avsandare) == ("VN/3611/2023", "Finansministeriet")
    assert remiss.titel == "Anvisning om öppethållning vid statliga myndigheter"
    assert remiss.svarsdatum == "2023-08-28"


def test_begaran_om_utlatande_i_annan_ordalydelse() -> None:
    """The same request from another ministry, with the older diarium's number and 'ber om era utlåtanden'."""
    text = """Begäran om utlåtande: Utkast till regeringens proposition om ändring av vattenlagen
Diarienummer för begäran om utlåtande: OKM/21/040/2017
Miljöministeriet ber om era utlåtanden om utkastet. Utlåtandena ska lämnas senast den 15 mars 2018."""
    lines = headed(text, 0)
    assert classify(lines) == "missiv"
    remiss = extract_remiss("x.pdf", part_of(lines))
    assert remiss is not None and remiss.diarienummer == "OKM/21/040/2017"
    assert remiss.titel == "Utkast till regeringens proposition om ändring av vattenlagen"


# missiv/kerstinlundgren-ideprogram-processen-blogg (kerstinlundgren.blogspot.com, 2012): a party member's blog
LUNDGREN = """lördag 29 december 2012
Idéprogram - processen...??
Det jag våndas för är idéernas förankring, om de tankar som förs fram bärs upp av medlemmar och förtroendevalda i vårt avlånga land. Det var och är inte inplanerat någon remisstid på programmet, det framgår tydligt av hemsidans beskrivning av processen. Där skulle partistyrelsen behandla programförslaget i januari och stämman i mars. Nu blev det dock ett mellanting så precis före jul fick alla ordföranden förslaget för att kunna "komma med synpunkter" senast den 5 februari. Synpunkter som sedan ska hinna bearbetas på 10 dagar innan partistyrelsen ska fatta beslut efter att också ha hunnit ta del av tankarna från rötterna."""


def test_frist_som_andra_fick_ar_ingen_remiss() -> None:
    """missiv/kerstinlundgren-ideprogram-processen-blogg: 'fick alla ordföranden förslaget för att kunna "komma med
    synpunkter" senast den 5 februari' tells of a deadline others got, in the past tense (missiv.toml
    frist_som_andra_fick), and 'inte inplanerat någon remisstid' denies a remiss period: the blog is no missiv."""
    bedomning = bedom_missiv(headed(LUNDGREN, 1))
    assert any(name == "frist_som_andra_fick" for name, _ in bedomning.signaler)
    assert not any(name == "ute_pa_remiss" for name, _ in bedomning.signaler)
    assert classify(headed(LUNDGREN, 1)) == "annat"


def test_frist_som_andra_fick_i_annan_ordalydelse() -> None:
    """The same report in other words (a local paper's item), and a missiv's own 'Ni fick …', which stays one."""
    rapport = """Skolan läggs ner
Kommunerna fick i mars möjlighet att yttra sig senast den 30 april, men bara två svarade.
Nämnden fattar beslut i juni."""
    assert classify(headed(rapport, 0)) == "annat"
    missiv = """Remiss: Förslag till skolplan
Ni fick i mars förslaget för att kunna lämna synpunkter senast den 30 april 2024.
Svaren skickas till kommunen@exempel.se."""
    assert classify(headed(missiv, 0)) == "missiv"


# missiv/sportfiskarna-vattern-forvaltningsplan-remiss (sportfiskarna.se): a reminder of another's remiss
SPORTFISKARNA = """Rödinglek i Huskvarna hamn, Vättern. Foto: Markus Lundgren, Sportfiskarna.
Förvaltningsplanen för fisk och fiske i Vättern är ute på remiss och vi påminner om att alla synpunkter är värdefulla. Deadline för synpunkter är 1 april.
Förvaltningsplanen är framtagen av Vätternvårdsförbundets utskott Samförvaltning Fiske tillsammans med myndigheter, forskare och olika kategorier fiskande och andra intressenter runt Vättern."""


def test_arendet_som_ar_ute_pa_remiss_ar_titeln_utan_rubrik() -> None:
    """missiv/sportfiskarna-vattern-forvaltningsplan-remiss: a page without a heading (a picture's caption over it)
    whose sentence opens 'Förvaltningsplanen för fisk och fiske i Vättern är ute på remiss' names the matter on
    remiss: the rules' title is the sentence's subject (titel.toml [ute_pa_remiss])."""
    from remiss.extract.core import _choose_titel

    found = _choose_titel(lines_of(SPORTFISKARNA))
    assert found is not None and found.value == "Förvaltningsplanen för fisk och fiske i Vättern"


def test_ute_pa_remiss_exemplen() -> None:
    """The examples and counter-examples of titel.toml [ute_pa_remiss], read by the same rule."""
    from remiss.extract.core import _matter_on_remiss

    data = modell_toml("titel.toml")["ute_pa_remiss"]
    for exempel in data["exempel"]:
        text, _, titel = exempel.partition(" => ")
        found = _matter_on_remiss(lines_of(text))
        assert found is not None and found.value == titel, exempel
    for motexempel in data["motexempel"]:
        assert _matter_on_remiss(lines_of(motexempel)) is None, motexempel


# yttranden/skelderviken-byalag-valhallsskogen-utstallningsyttrande (skelderviken.se, 2010): a village
# association's answer to the exhibition of a detaljplan, as a blog post
SKELDERVIKEN = (
    "Till byggnadsnämnden, utställningsyttrande Förskola i Valhallsskogen",
    "Utställningsyttrande angående",
    "Detaljplan för del av fastigheten Skälderviken 175:118, förskola, Ängelholms kommun",
    "Skeldervikens byalag  beklagar, att byggnadsnämnden helt bortsett från de massiva protesterna mot samrådsförslaget från berörda fastighetsägare inkl Valhallskonsortiet och från byalaget.",
    "Vi noterar, att även länsstyrelsen i sitt samrådsyttrande betonat, att Valhallskogen har ett stort värde för det rörliga och tätortsnära friluftslivet och därför bör bevaras i sin helhet för detta ändamål.",
    "Med hänvisning till ovanstående och till vårt tidigare samrådsyttrande, vill byalaget ånyo protestera mot planförslaget, som innebär ett allvarligt avsteg från kommunens utfästelser i tidigare översiktsplaner att säkra Valhallskogen som oexploaterat skogsområde.",
    "För Skeldervikens byalag",
)


def test_byalagets_utstallningsyttrande_ar_ett_yttrande_som_avstyrker(tmp_path: Path) -> None:
    """yttranden/skelderviken-byalag-valhallsskogen-utstallningsyttrande: the association speaks for itself ('Vi
    noterar', yttrandestruktur.jsonl vi-tar-stallning) and names its own earlier answer ('vårt tidigare
    samrådsyttrande', vart-eget-svar): a yttrande; 'vill byalaget ånyo protestera mot planförslaget' rejects the
    remitted plan (stallningstagande.jsonl protestera-mot-forslaget)."""
    [kontroll] = igenkanda(_docx(tmp_path / "t.docx", *SKELDERVIKEN))
    assert kontroll.stallningstagande == "avstyrker"


def test_protestera_mot_forslaget_i_annan_ordalydelse(tmp_path: Path) -> None:
    """The same rejection in other words, and a protest against one point, which is no stance on the whole."""
    for mening, varde in (
        ("Föreningen protesterar kraftigt mot förslaget till ny detaljplan för hamnen.", "avstyrker"),
        ("Föreningen protesterar mot att parkeringen flyttas, men har i övrigt inga synpunkter.", None),
    ):
        fil = _docx(tmp_path / "m.docx", "Yttrande över förslag till detaljplan för hamnen", mening)
        [kontroll] = kontrollera_fil(fil)
        assert kontroll.stallningstagande == varde, mening


# yttranden/evertiq-eif-im-sanktionsavgifter-remissvar (evertiq.se): two associations' remissvar quoted whole,
# in one paragraph, on a trade site
EVERTIQ = (
    "EIF och IM lämnar remissvar om sanktionsavgifterna",
    "Nu har IM-föreningen och Elektronikindustriföreningen genom deras gemensamma VD Lena Norder, lämnat sitt remissvar till Miljödepartementet angående sanktionsavgifterna avseende producentansvaret.",
    "Till Miljödepartementet Remissvar på förslaget om ändrade sanktionsavgifter avseende producentansvar Vi är mycket positiva till de förändringar som nu föreslås avseende sanktionsavgifterna. Förslaget möter på ett konstruktivt sätt de brister vi påtalat i tidigare framförd kritik. Med de föreslagna ändringarna blir reglerna rimliga och logiska. Vi hade hoppats att regelverket skulle kunna gälla retroaktivt, då många hunnit hamna i en svår ekonomisk situation och ber er beakta möjligheterna att finna en lösning för detta. Med vänliga hälsningar Lena Norder EIF och IM",
)


def test_positiva_till_de_forandringar_som_foreslas_ar_tillstyrkan(tmp_path: Path) -> None:
    """yttranden/evertiq-eif-im-sanktionsavgifter-remissvar: 'Vi är mycket positiva till de förändringar som nu
    föreslås' supports the remitted changes as a whole, as 'positiv till det föreslagna' does
    (stallningstagande.jsonl vara-positiv-till-andringarna-som-foreslas): tillstyrker, not a view on a part."""
    [kontroll] = igenkanda(_docx(tmp_path / "t.docx", *EVERTIQ))
    assert kontroll.stallningstagande == "tillstyrker"


def test_positiva_till_de_andringar_som_foreslas_i_annan_ordalydelse(tmp_path: Path) -> None:
    """The same support in other words, its negation, and a view on one change, which stays a view."""
    for mening, varde in (
        ("Förbundet är i huvudsak positivt till de ändringar som föreslås i promemorian.", "tillstyrker"),
        ("Förbundet är inte positivt till de ändringar som föreslås i promemorian.", "avstyrker"),
        ("Förbundet är positivt till en höjd avgift men har i övrigt inga synpunkter.", None),
    ):
        fil = _docx(tmp_path / "m.docx", "Yttrande över promemorian Ändrade avgifter", mening)
        [kontroll] = kontrollera_fil(fil)
        assert kontroll.stallningstagande == varde, mening


# yttranden/nt-gryt-hembygdsforening-reservat-remissvar (nt.se): a newspaper's article on an association's answer
NT_GRYT = (
    "Det görs i föreningens remissvar om nya naturreservatet där hembygdsgården ingår.",
    "Magnus Ek, som även är riksdagsledamot för Centern, vill veta hur föreningens möjligheter blir för att flytta eller uppföra byggnader.",
    "– Under senaste 50 åren har en hel del hänt på området, vi får förutsätta att verksamheten och det förvaltande uppdraget fortsätter utvecklas kommande decennier.",
    "För ändring av bryggor och kajer behövs tillstånd.",
    "I remissvaret påpekas även att åtgärder krävs för att säkra att reservatet inte blir en härd för insektsangrepp eller sjukdomar som sprider sig och skadar annan skog.",
)


def test_tidningens_artikel_om_foreningens_remissvar_ar_inget_yttrande(tmp_path: Path) -> None:
    """yttranden/nt-gryt-hembygdsforening-reservat-remissvar: the writer presents the one who speaks for the
    association with another role in an apposition ('Magnus Ek, som även är riksdagsledamot för Centern, vill veta
    …') and tells of 'föreningens remissvar' without the association speaking for itself: a report of another's
    answer (yttrandestruktur.jsonl person-med-annan-roll), which the learned type does not make a yttrande."""
    assert igenkanda(_docx(tmp_path / "t.docx", *NT_GRYT)) == []


def test_person_med_annan_roll_i_annan_ordalydelse(tmp_path: Path) -> None:
    """The same frame in other words, and the association's own page, which speaks for itself and stays one."""
    rapport = (
        "Byalaget kritiserar kommunens plan i sitt yttrande.",
        "Karin Holm, som också är ordförande i bygdegårdsföreningen, menar att vägen inte räcker till.",
        "I yttrandet framhålls att planen bör omarbetas.",
    )
    assert igenkanda(_docx(tmp_path / "r.docx", *rapport)) == []
    egen = (
        "Yttrande över samrådsförslaget till detaljplan för hamnen",
        "Vi anser att planen bör omarbetas.",
        "Karin Holm, som också är ordförande i bygdegårdsföreningen, har skrivit yttrandet för oss.",
    )
    assert len(igenkanda(_docx(tmp_path / "e.docx", *egen))) == 1


# missiv/vasa-korsholm-sammanslagningsavtal-anmarkningar (utlåtande.fi, 2019): a Finnish city's request for
# anmärkningar (nya21, andra omgången)
VASA = """Utlåtande - Förslag till sammanslagningsavtal för
Vasa stad och Korsholms kommun
Diarienummer för begäran om utlåtande: Vaasa 1075/2017
Inledning
Stadsstyrelsen i Vasa och kommunstyrelsen i Korsholm har beslutat lägga fram det av kommunerna utarbetade förslaget till sammanslagningsavtal för kommunerna. Stadsstyrelsen i Vasa ger stadens invånare och andra som anser att saken berör dem möjlighet att i enlighet med 7 § i kommunstrukturlagen framställa anmärkningar om förslaget till sammanslagning av kommunerna.
Anmärkningarna ska framställas senast 20.2.2019. De kan också inlämnas skriftligen till Vasa stadsstyrelse, adress PB 3, 65101 Vasa, till stadskansliets registratur, Rådhusgatan 33 eller per e-post till adressen registraturen@vasa.fi.
Beredare
I frågor som gäller anmärkningen vänligen kontakta ärendets beredare, specialsakkunnig Marjo Mäki-Krekola per e-post marjo.maki-krekola@vasa.fi eller per telefon 040-4879194.
Sändlista:
Marjo Mäki-Krekola"""


def test_stadens_begaran_om_anmarkningar() -> None:
    """missiv/vasa-korsholm-sammanslagningsavtal-anmarkningar: the heading's wrapped rest after its open 'för'
    ('… sammanslagningsavtal för' / 'Vasa stad och Korsholms kommun') is what the proposal is for, no letterhead
    (avsandare.HEADING_OPEN_END); 'Stadsstyrelsen i Vasa ger … möjlighet att … framställa anmärkningar' names the
    board that asks (UNIT_AFTER_SUBJECT 'ger … möjlighet'); 'kontakta ärendets beredare, specialsakkunnig NN' names
    the contact (kontakt.toml kontakta_beredaren); a 'Sändlista:' that names only the preparer, whose address
    spells the name, lists no instanser (instanser._only_persons)."""
    lines = [replace(line, x0=56.0) for line in headed(VASA, 0, 1)]  # the heading's two lines, left edges together
    remiss = extract_remiss("x.pdf", part_of(lines))
    assert remiss is not None
    assert remiss.avsandare == "Vasa stad, Stadsstyrelsen"
    assert remiss.handlaggare is not None and remiss.handlaggare.namn == "Marjo Mäki-Krekola"
    assert remiss.remissinstanser == ()
    assert remiss.titel == "Förslag till sammanslagningsavtal för Vasa stad och Korsholms kommun"


def test_sandlista_med_personer_i_annan_ordalydelse() -> None:
    """A list of contact persons under a list heading is no list of instanser; a list of organisations is."""
    from remiss.instanser import find_instanser

    personer = lines_of("""Remissinstanser:
Anna Berg
Per Holm
Frågor besvaras av anna.berg@exempel.se och per.holm@exempel.se.""")
    assert find_instanser(personer)[0] == []
    organisationer = lines_of("""Remissinstanser:
Länsstyrelsen i Jämtlands län
Trafikverket""")
    assert [i.namn for i in find_instanser(organisationer)[0]] == ["Länsstyrelsen i Jämtlands län", "Trafikverket"]


def test_rubrik_fogad_med_underrubriken_som_upprepar_den() -> None:
    """missiv/fi-finansministeriet-oppethallning-utlatande in a Word template and an Outlook print
    (bench_layoutbyte --nya): the heading 'Utlåtande - Anvisning om …' joined with the sub-heading under it that
    repeats the name gave the name twice; the same words twice in a row are one title (core.DOUBLED)."""
    from remiss.extract.core import clean_title

    doubled = "Utlåtande - Anvisning om öppethållning vid statliga myndigheter Anvisning om öppethållning vid statliga myndigheter"
    assert clean_title(doubled) == "Anvisning om öppethållning vid statliga myndigheter"
    assert clean_title("Detaljplan för Kvarnen 4 Detaljplan för Kvarnen 4") == "Detaljplan för Kvarnen 4"
    assert clean_title("Plan för plan för skolan") == "Plan för plan för skolan"  # not the whole title twice
