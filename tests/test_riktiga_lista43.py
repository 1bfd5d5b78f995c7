"""Remisser and remissinstanser misread in real documents, session 43 (lista43): each miss as a named test
with the document's own lines (the id in each docstring), and the same class in other words."""

# ruff: noqa: E501  (the documents' own lines are kept as they stand)

from __future__ import annotations

from remiss.domain import Handling, Line, Page
from remiss.instanser import find_instanser
from remiss.pipeline import tolka_handling
from remiss.split import split_documents


def docx(text: str, *, page: int = 1, bold: bool = False, size: float = 11.0) -> Line:
    """Given a paragraph's text, return the Line as the DOCX reader makes it (no position)."""
    return Line(text=text, page=page, number=0, size=size, bold=bold)


def namn(lines: list[Line]) -> list[str]:
    """Given a missiv's lines, return the names find_instanser reads."""
    return [instans.namn for instans in find_instanser(lines)[0]]


def handling(pages: list[list[Line]]) -> Handling:
    """Given the lines of each page, return the Handling the reader makes of them."""
    return Handling(fil="x.pdf", pages=tuple(Page(number=n, lines=tuple(lines)) for n, lines in enumerate(pages, 1)))


# prov41/vrakskydd-haninge-marint-kulturreservat-remiss: a diving association's page (P2 – Svenskt Vrakskydd)
# that quotes a kommun's remiss in full, its cover letter and its sändlista, each under its own letterhead.
FORORD = [
    "P2 - Loggen",
    "Remiss för Dalarö Skeppsvrakområde",
    "Nedan återfinns den remiss som gått ut från Haninge Kommun rörande det planerade",
    "kulturreservatet kring vraken Jutholmsvraket, Anna Maria (Saltskutan) och",
    "Dalarövraket.",
    "Det är en ganska viktig sak eftersom det kan sätta en ny trend inom vrakdykningen i",
    "landet. Förslaget öppnar upp för en mellanlösning mellan dykförbud och fritt fram,",
    "Hela remissen består av följande delar:",
]
BREVHUVUD = [
    "Haninge kommun",
    "Kommunstyrelseförvaltningen",
    "9 december 2011",
    "Dnr KS 77/2011",
    "Samhällsutveckling",
    "Erik Josephson",
]
MISSIV = [
    "-------------------------------FÖRSÄTTSBLAD-------------------------------",
    *BREVHUVUD,
    "Enligt sändlista",
    "Remiss: Haninge kommuns förslag på marint kulturreservat",
    "Kommunstyrelseförvaltningen har upprättat ett förslag till marint kulturreservat inom",
    "Haninge kommun, Ni ges härmed tillfälle att lämna synpunkter på förslaget.",
    "Remisstid:",
    "Senast den 30 mars 2012 önskar vi era synpunkter.",
    "Era synpunkter skickar ni till:",
    "Haninge kommun",
    "Kommunstyrelseförvaltningen",
    "136 81 Haninge",
    "Alternativt: haningekommun (at) haninge.se",
    "Upplysningar:",
    "Lämnas av Erik Josephson, Kommunstyrelseförvaltningen,",
    "erik.josephson (at) haninge.se eller 08-606 81 34.",
    "Med vänliga hälsningar",
    "Martin Ragnar",
    "Utvecktingsdirektör",
]
SANDLISTA = [
    "-------------------------------SÄNDLISTA-------------------------------",
    *BREVHUVUD,
    "Sändlista för remiss ang. marint kulturreservat inom Haninge kommun",
    "Myndigheter utanför kommunen",
    "Riksantikvarieämbetet",
    "Länsstyrelsen i Stockholms län",
]


def vrakskydd() -> Handling:
    """Return the association's page as two pages: its words and the cover letter, then the sändlista."""
    return handling([[docx(t) for t in FORORD + MISSIV], [docx(t, page=2) for t in SANDLISTA]])


def test_citerad_remiss_med_forord_ar_en_remiss() -> None:
    """prov41/vrakskydd-haninge-marint-kulturreservat-remiss: the page's own words over the quoted letter
    ('Nedan återfinns den remiss …', 'Hela remissen består av följande delar:') are no second remiss, and the
    letter's head ('Haninge kommun' … 'Dnr KS 77/2011' … 'Enligt sändlista') belongs to the letter under it."""
    parts = split_documents(vrakskydd())
    assert [part.dokumenttyp for part in parts] == ["annat", "missiv"]
    assert parts[1].lines[0].text == "Haninge kommun"
    remisser = tolka_handling(vrakskydd())
    assert len(remisser) == 1
    remiss = remisser[0]
    assert remiss.titel == "Haninge kommuns förslag på marint kulturreservat"
    assert remiss.diarienummer == "KS 77/2011"
    assert remiss.svarsdatum == "2012-03-30"
    assert remiss.svarsadress == "haningekommun@haninge.se"
    assert [i.namn for i in remiss.remissinstanser] == ["Riksantikvarieämbetet", "Länsstyrelsen i Stockholms län"]


def test_forord_utan_pekare_delas_som_forut() -> None:
    """The same page without words pointing on to the remiss below: the split is as it was (a page's own text
    that says nothing of a quoted remiss is not folded into it by this rule)."""
    forord = [t for t in FORORD if "Nedan" not in t and "följande" not in t]
    parts = split_documents(handling([[docx(t) for t in forord + MISSIV]]))
    assert parts[-1].dokumenttyp == "missiv"
    assert parts[-1].lines[0].text == "Haninge kommun"  # the letterhead still goes with its letter


def test_brevhuvud_utan_nummer_flyttas_inte() -> None:
    """Short lines over a remiss title without a number line are no letterhead: the start stays at the title."""
    lines = [docx(t) for t in [
        "Vi har fått en remiss från kommunen och vill höra vad medlemmarna tycker om den innan vi svarar.",
        "Styrelsen",
        "Anna Andersson",
        "Bo Berg",
        "Remiss: Förslag till ny avfallsplan",
        "Synpunkter på förslaget ska ha kommit in senast den 1 mars 2024 till registrator@exempel.se.",
    ]]
    parts = split_documents(handling([lines]))
    assert parts[-1].lines[0].text == "Remiss: Förslag till ny avfallsplan"


def test_sandlista_for_remiss_med_grupp_i_rubrikens_stil() -> None:
    """prov41/vrakskydd-haninge-marint-kulturreservat-remiss (PDF): the heading 'Sändlista för remiss ang. …'
    broken over two lines in bold, the group 'Myndigheter utanför kommunen' in the same bold: the rest of the
    heading is no name, the group no end of the list."""
    lines = [
        docx("Sändlista för remiss ang. marint kulturreservat inom Haninge", bold=True, size=11.5),
        docx("kommun", bold=True, size=11.5),
        docx("Myndigheter utanför kommunen", bold=True, size=11.5),
        docx("Riksantikvarieä", size=10.5),
    ]
    assert namn(lines) == ["Riksantikvarieä"]
    assert find_instanser(lines)[0][0].grupp == "Myndigheter utanför kommunen"


def test_sandlista_med_grupper_i_andra_ord() -> None:
    """The same class in other words: a sändlista named by its matter, groups placed inside and outside the
    kommun, plain text."""
    lines = [docx(t) for t in [
        "Sändlista för remiss avseende ny renhållningsordning",
        "Nämnder inom kommunen",
        "Tekniska nämnden",
        "Miljö- och hälsoskyddsnämnden",
        "Myndigheter utanför kommunen",
        "Länsstyrelsen i Stockholms län",
    ]]
    assert namn(lines) == ["Tekniska nämnden", "Miljö- och hälsoskyddsnämnden", "Länsstyrelsen i Stockholms län"]


def test_rubrikens_rest_pa_egen_rad_i_brodtext() -> None:
    """The same heading broken over two lines in a Word file's plain style: its rest in lower case is no
    name."""
    lines = [docx(t) for t in [
        "Sändlista för remiss avseende förslag till ny renhållningsordning för",
        "kommunen",
        "Tekniska nämnden",
        "Länsstyrelsen i Stockholms län",
    ]]
    assert namn(lines) == ["Tekniska nämnden", "Länsstyrelsen i Stockholms län"]


def test_riktad_remiss_till_roller() -> None:
    """prov41/du-institutioner-organisation-remiss: a högskola's news on its own remiss names the receivers
    inside the subject of the sending ('En riktad remiss till prefekter, högskoledirektör, dekaner samt
    studentkåren har skickats ut idag, …'): each role as it stands."""
    lines = [docx(t) for t in [
        "Remiss om institutionernas interna organisation",
        "Det partsgemensamma förslaget till institutionernas interna organisation går ut på riktad remiss.",
        "En riktad remiss till prefekter, högskoledirektör, dekaner samt studentkåren har skickats ut idag, 4 april, med sista svarsdag den 17 april. Högskolestyrelsen får information om förslaget på nästkommande styrelsemöte den 20 april.",
    ]]
    assert namn(lines) == ["prefekter", "högskoledirektör", "dekaner", "studentkåren"]


def test_skickas_nu_pa_remiss_till_roller_med_frist() -> None:
    """The same class in other words: an adverb before 'på remiss', and what the sending comes with after the
    last receiver (', med svar senast …') is no part of its name."""
    lines = [docx("Förslaget skickas nu på remiss till prefekter, högskoledirektör, dekaner samt studentkåren, med svar senast den 17 april.")]
    assert namn(lines) == ["prefekter", "högskoledirektör", "dekaner", "studentkåren"]


def test_remiss_till_en_enda_ar_ingen_lista() -> None:
    """One receiver inside the subject, or an open audience, is no list; nor is a decision sent to roles."""
    assert namn([docx("En remiss till Socialstyrelsen har skickats ut.")]) == []
    assert namn([docx("En remiss till alla som berörs har skickats ut.")]) == []
    assert namn([docx("Beslutet skickas till prefekter, dekaner och studentkåren.")]) == []


def test_skickar_pa_remiss_i_presens_och_preteritum() -> None:
    """The same class in other tenses: the sender's own act in the present ('Vi skickar nu förslaget på remiss
    till …') and the passive in the past ('Förslaget skickades ut på remiss till …'); the answers or a
    decision sent to the same roles are no list."""
    assert namn([docx("Vi skickar nu förslaget på remiss till prefekter, dekaner och studentkåren.")]) == ["prefekter", "dekaner", "studentkåren"]
    assert namn([docx("Förslaget skickades ut på remiss till prefekter, dekaner och studentkåren.")]) == ["prefekter", "dekaner", "studentkåren"]
    assert namn([docx("Synpunkterna skickades till prefekter, dekaner och studentkåren.")]) == []
    assert namn([docx("Kommunen skickar förslaget till Länsstyrelsen.")]) == []


def test_skickar_i_presens_utan_nu_beskriver_gangen() -> None:
    """missiv/lst-halland-boa-naturreservat-remiss (unchanged): the bare present describes how the sender does
    with every proposal ('Länsstyrelsen skickar förslaget på remiss till sakägare (till exempel markägare),
    berörd kommun, Skogsstyrelsen och intresseorganisationer.', a page of three reserves): no list."""
    lines = [docx("Länsstyrelsen skickar förslaget på remiss till sakägare (till exempel markägare), berörd kommun, Skogsstyrelsen och intresseorganisationer. Förslaget till beslut ska bland annat innehålla:")]
    assert namn(lines) == []


def test_mening_i_smal_spalt() -> None:
    """prov41/du-institutioner-organisation-remiss in a narrow column (a web print): lines under sixty
    characters that end on a comma or go on in lower case carry the sentence on, no heading over it."""
    lines = [docx(t) for t in [
        "En riktad remiss till prefekter,",
        "högskoledirektör, dekaner samt studentkåren",
        "har skickats ut idag, 4 april, med sista",
        "svarsdag den 17 april.",
    ]]
    assert namn(lines) == ["prefekter", "högskoledirektör", "dekaner", "studentkåren"]


def test_kort_rubrik_over_meningen_star_kvar() -> None:
    """A short heading over the sentence, the sentence opening with a capital, still stands apart: 'Så
    svarar remissinstanserna' is no part of the sentence's subject."""
    lines = [docx(t) for t in [
        "Remiss av förslag till ny taxa",
        "Förslaget skickas nu på remiss till prefekter, dekaner och studentkåren.",
    ]]
    assert namn(lines) == ["prefekter", "dekaner", "studentkåren"]
