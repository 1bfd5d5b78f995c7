"""Extraction: dates, diarienummer, lists and whole missiv from the seed meeting packages."""

from __future__ import annotations

from datetime import date

import pytest

from remiss.clean import footer_indexes
from remiss.dates import find_dates
from remiss.domain import Del, Line
from remiss.extract import Text, extract_remiss, find_svarsdatum, split_klassificering
from remiss.instanser import find_instanser

from .conftest import SAMPLES


def lines_of(text: str, page: int = 1) -> list[Line]:
    """Given text, return Line objects, one per non-empty line."""
    rows = [row.strip() for row in text.strip().splitlines() if row.strip()]
    return [Line(text=row, page=page, number=i) for i, row in enumerate(rows, 1)]


def part_of(text: str) -> Del:
    lines = lines_of(text)
    return Del(dokumenttyp="missiv", forsta_sida=1, sista_sida=1, lines=tuple(lines))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Remissvaren ska ha kommit in till Kommunstyrelsen senast den 11 december 2022.", "2022-12-11"),
        ("Sista svarsdatum är den 31 augusti 2022.", "2022-08-31"),
        ("ska ha kommit in senast den **2022-08-31**. Remissvaren skickas", "2022-08-31"),
        ("Sista dag att svara på remissen är den 6 oktober 2025.", "2025-10-06"),
        ("Svaren ska ha kommit in senast tisdagen den 1 mars 2016 kl. 12.00.", "2016-03-01"),
        ("Remissvaren ska vara oss tillhanda senast 5/3 2024.", "2024-03-05"),
        ("ska ha kommit in till nämnden senast den den 12 juni 2024.", "2024-06-12"),
    ("Ni kan lämna synpunkter på förslaget till och med den 15 mars 2024.", "2024-03-15"),
    ("Remisstiden går ut den 4 mars 2024.", "2024-03-04"),
    ("Svar senast: 2024-05-01", "2024-05-01"),
        (
            "Remissvaren ska ha kommit in till Individ- och familjeomsorgsnämnden "
            "senast\nden 30 november 2022.",
            "2022-11-30",
        ),
    ],
)
def test_svarsdatum_forms(text: str, expected: str) -> None:
    """Every Swedish deadline form found in real missiv gives the ISO date."""
    found, _ = find_svarsdatum(Text.of(lines_of(text)), default_year=2022)
    assert found is not None and found.value == expected


def test_deadline_without_year_takes_missiv_year() -> None:
    """'senast den 1 mars' without a year takes the year of the missiv date."""
    found, _ = find_svarsdatum(Text.of(lines_of("Svar senast den 1 mars.")), default_year=2024)
    assert found is not None and found.value == "2024-03-01"


def test_dates_ignore_paragraph_and_dnr() -> None:
    """Neither '3 kap. 5 §', 'S2023/01234' nor a phone number is read as a date."""
    assert find_dates("enligt 3 kap. 5 § och S2023/01234, tel 033-35 54 28") == []
    assert find_dates("den 6 oktober 2025")[0].value == date(2025, 10, 6)


@pytest.mark.parametrize(
    ("raw", "dnr", "klass"),
    [
        ("KS 2022-00304 1.1.1.1", "KS 2022-00304", "1.1.1.1"),
        ("ALN 2022-00096", "ALN 2022-00096", None),
        ("S2023/01234", "S2023/01234", None),
    ],
)
def test_split_klassificering(raw: str, dnr: str, klass: str | None) -> None:
    """The classification code is kept apart from the diarienummer."""
    assert split_klassificering(raw) == (dnr, klass)


def test_footer_is_dropped_but_handlaggare_phone_kept() -> None:
    """An address footer is furniture; a lone 'Telefon: …' in a contact block is not."""
    texts = [
        "Postadress",
        "501 80 Borås",
        "Besöksadress",
        "Kungsgatan 55",
        "E-post",
        "x@boras.se",
        "Telefon",
        "033-35 70 00",
        "Remiss: Plan",
        "Telefon: 033-35 35 64",
    ]
    assert footer_indexes(texts) == set(range(8))


def test_grouped_list_keeps_group_and_scope() -> None:
    """Obligatoriska/Valfria groups are kept; a scope in parentheses goes to omfattning."""
    lines = lines_of("""
        Obligatoriska remissinstanser:
        Arbetslivsnämnden
        Arbetsförmedlingen (avsnitt 5 och 6)
        Valfria remissinstanser:
        Länsstyrelsen Västra Götaland
        Remisstid:
        """)
    found, _ = find_instanser(lines)
    assert [(r.namn, r.grupp, r.omfattning) for r in found] == [
        ("Arbetslivsnämnden", "Obligatoriska", None),
        ("Arbetsförmedlingen", "Obligatoriska", "avsnitt 5 och 6"),
        ("Länsstyrelsen Västra Götaland", "Valfria", None),
    ]


def test_table_list_with_email() -> None:
    """A table row 'number name | e-mail' gives name and e-mail."""
    lines = lines_of("""
        Remissinstanser
        | 1. Arbetslivsnämnden | aln.diarium@boras.se |
        | 2. Fritids och folkhälsonämnden | ff.diarium@boras.se |
        Motionen inkom till Kommunfullmäktige 2022-02-24.
        """)
    found, _ = find_instanser(lines)
    assert [(r.namn, r.epost) for r in found] == [
        ("Arbetslivsnämnden", "aln.diarium@boras.se"),
        ("Fritids och folkhälsonämnden", "ff.diarium@boras.se"),
    ]


def test_inline_list() -> None:
    """'Remissen skickas till A, B och C.' gives three remissinstanser."""
    found, _ = find_instanser(
        lines_of(
            "Remissen skickas till Arbetslivsnämnden, Kulturnämnden och "
            "Servicenämnden. Svar senast den 1 mars 2024."
        )
    )
    assert [r.namn for r in found] == ["Arbetslivsnämnden", "Kulturnämnden", "Servicenämnden"]


MISSIV = """
MISSIV
Sida
1(1)
Datum
2022-09-20
Instans
Kommunstyrelsen
Dnr KS 2022-00304 1.1.1.1
Remiss: Motion: Handlingsplan mot skolsegregationen
Remissinstanser
1. Förskolenämnden
2. Arbetslivsnämnden
Remissvaren ska ha kommit in till Kommunstyrelsen senast den 11 december
2022. Remissvaren skickas i elektronisk form till KS.diarium@boras.se
Ange diarienummer KS 2022-00304 och remissinstansens namn i ämnesraden
på e-postmeddelandet.
Nämndens/bolagets yttrande skall innehålla en kort sammanfattning.
Yttranden skall alltid innehålla ett tydligt ställningstagande till det remitterade
Ingegerd Eriksson
Handläggare
033 357165
"""


def test_missiv_fields_and_sources() -> None:
    """A Borås missiv gives every field, each with the page and line it came from."""
    remiss = extract_remiss("m.pdf", part_of(MISSIV))
    assert remiss is not None
    assert (remiss.diarienummer, remiss.klassificering) == ("KS 2022-00304", "1.1.1.1")
    assert remiss.avsandare == "Kommunstyrelsen"
    assert remiss.titel == "Motion: Handlingsplan mot skolsegregationen"
    assert (remiss.datum, remiss.svarsdatum) == ("2022-09-20", "2022-12-11")
    assert remiss.svarsadress == "ks.diarium@boras.se"
    assert [r.namn for r in remiss.remissinstanser] == ["Förskolenämnden", "Arbetslivsnämnden"]
    assert remiss.handlaggare.namn == "Ingegerd Eriksson" and remiss.handlaggare.telefon == "033 357165"
    assert remiss.krav.sammanfattning and remiss.krav.stallningstagande
    assert remiss.krav.amnesrad == "KS 2022-00304 {remissinstans}"
    assert remiss.kallor["svarsdatum"].text.startswith("Remissvaren ska ha kommit in")
    assert remiss.varningar == ()


def test_deadline_before_date_is_warned() -> None:
    """A deadline before the missiv date gives a warning, not silence."""
    remiss = extract_remiss("m.pdf", part_of(MISSIV.replace("11 december\n2022", "11 december\n2021")))
    assert remiss is not None
    assert any("före missivets datum" in w for w in remiss.varningar)


def test_not_a_remiss_gives_none() -> None:
    """A budget text has no remiss: no invented fields."""
    assert (
        extract_remiss("b.pdf", part_of("Budgetuppföljning\nKommunbidraget budgeteras till 252 950 tkr."))
        is None
    )


def test_a_title_only_the_learned_model_gives_makes_no_remiss(monkeypatch: pytest.MonkeyPatch) -> None:
    """The title model may name a heading where the rules found none, but that alone is no remiss: a report's
    heading over a figure ('Budgetuppföljning') with no deadline, list, reply address or missiv score."""
    from remiss.extract import core
    from remiss.extract.text import Found

    part = part_of("Budgetuppföljning\nNämnden redovisar ett underskott på 3,1 mkr.")
    def modellens(lines: list[Line], found: Found | None, avsandare: Found | None) -> Found:
        return found or Found("Budgetuppföljning", lines[0], "modell")

    monkeypatch.setattr(core, "_learned_titel", modellens)
    assert extract_remiss("d.pdf", part) is None


# The truth for the missiv in the seed meeting packages, read from the seed text by hand.
SEED_TRUTH = {
    "sammantrade_000.pdf": [
        ("2022-1430", "Miljöförvaltningen", "Miljöprogram", "2022-08-31", "miljo@boras.se", 4, "Mikael Lund"),
        (
            "KS 2022-00216",
            "Kommunstyrelsen",
            "Motion: Utveckla stödet för anhöriga till kriminella",
            "2022-08-31",
            "ks.diarium@boras.se",
            7,
            "Mikael Andersson",
        ),
    ],
    "sammantrade_002.pdf": [
        (
            "FOFN 2023-00200",
            "Fritids- och folkhälsonämnden",
            "Uppföljning av Överenskommelsen",
            "2024-04-30",
            "ff.diarium@boras.se",
            28,
            "Isabell Berndtsson Warkki",
        ),
        (
            "KS 2023-00433",
            "Kommunstyrelsen",
            "Motion: Aktualisera arbetet med finskt förvaltningsområde i hela staden",
            "2024-04-19",
            "ks.diarium@boras.se",
            1,
            "Magnus Jungvid",
        ),
    ],
    "sammantrade_003.pdf": [
        (
            "KS 2022-00667",
            "Kommunstyrelsen",
            "Riktlinjer - delaktighet och inflytande för medborgare",
            "2022-12-05",
            "ks.diarium@boras.se",
            28,
            "Emma Lingefelt",
        ),
        (
            "IFON 2022-00041",
            "Individ- och familjeomsorgsnämnden",
            "Program mot hemlöshet",
            "2022-11-30",
            "ifon.diarium@boras.se",
            35,
            "Maria Svensson",
        ),
        (
            "KS 2022-00304",
            "Kommunstyrelsen",
            "Motion: Handlingsplan mot skolsegregationen",
            "2022-12-11",
            "ks.diarium@boras.se",
            7,
            "Ingegerd Eriksson",
        ),
    ],
}


@pytest.mark.parametrize("name", sorted(SEED_TRUTH))
def test_seed_packages(name: str) -> None:
    """Every missiv in a seed meeting package is found with the fields the seed text gives."""
    from remiss.extract import extract_remiss as extract
    from remiss.read import read_file
    from remiss.split import find_missiv

    path = SAMPLES / "paket" / name
    if not path.exists():
        pytest.skip("exempel-PDF saknas: kör make samples")
    handling = read_file(path)
    # the seed packages are the configured kommun's own meetings (Borås Stad): its bodies are named without it
    found = [extract(str(path), part, kommun="Borås Stad") for part in find_missiv(handling)]
    actual = [
        (
            r.diarienummer,
            r.avsandare,
            r.titel,
            r.svarsdatum,
            r.svarsadress,
            len(r.remissinstanser),
            r.handlaggare.namn,
        )
        for r in found
        if r
    ]
    assert actual == SEED_TRUTH[name]


@pytest.mark.parametrize("name", ["budget_001.pdf", "uppfoljning_004.pdf"])
def test_non_remiss_documents_give_nothing(name: str) -> None:
    """The budget and follow-up documents hold no remiss."""
    from remiss.read import read_file
    from remiss.split import find_missiv

    path = SAMPLES / "ovrigt" / name
    if not path.exists():
        pytest.skip("exempel-PDF saknas")
    assert find_missiv(read_file(path)) == []


REGERINGSKANSLIET = """
Regeringskansliet
Remiss
2023-06-15
S2023/01234
Socialdepartementet
Remissinstanser
Arbetsförmedlingen (avsnitt 5 och 6)
Barnombudsmannen
Sveriges Kommuner och Regioner
Remiss av SOU 2023:45 Ett starkare skydd för barn
Remissvaren ska ha kommit in till Socialdepartementet senast den 15 oktober 2023. Svaren bör
lämnas per e-post till s.remissvar@regeringskansliet.se och med kopia till s.fst@regeringskansliet.se.
Ange diarienummer S2023/01234 och remissinstansens namn i ämnesraden på e-postmeddelandet.
Svaret bör lämnas i två versioner: ett i wordformat och ett i tillgänglighetsanpassat pdf-format.
Anna Andersson
Departementssekreterare
"""


def test_regeringskansliet_list_before_title() -> None:
    """A state remiss with the list before the title, a copy address and two file formats."""
    from remiss.domain import Handling, Page
    from remiss.split import find_missiv

    handling = Handling(fil="rk.pdf", pages=(Page(number=1, lines=tuple(lines_of(REGERINGSKANSLIET))),))
    parts = find_missiv(handling)
    assert len(parts) == 1
    remiss = extract_remiss("rk.pdf", parts[0])
    assert remiss is not None
    assert (remiss.diarienummer, remiss.avsandare, remiss.datum) == (
        "S2023/01234",
        "Socialdepartementet",
        "2023-06-15",
    )
    assert remiss.titel == "SOU 2023:45 Ett starkare skydd för barn"
    assert (remiss.svarsadress, remiss.kopia) == (
        "s.remissvar@regeringskansliet.se",
        ("s.fst@regeringskansliet.se",),
    )
    assert [(r.namn, r.omfattning) for r in remiss.remissinstanser] == [
        ("Arbetsförmedlingen", "avsnitt 5 och 6"),
        ("Barnombudsmannen", None),
        ("Sveriges Kommuner och Regioner", None),
    ]
    assert remiss.krav.filformat == ("docx", "pdf")
    assert remiss.handlaggare.namn == "Anna Andersson"


MYNDIGHET = """
Socialstyrelsen
Stockholm den 12 april 2024
Dnr 3.4-12345/2024
Remiss av förslag till nationella riktlinjer för vård vid depression
Yttrandet ska vara Socialstyrelsen tillhanda senast den 3 juni 2024. Vänligen skicka ert yttrande till
registrator@socialstyrelsen.se och ange dnr 3.4-12345/2024.
Remissinstanser
Nr | Remissinstans | Diarieadress
1 | Sveriges Kommuner och Regioner | info@skr.se
2 | Borås Stad | boras.stad@boras.se
Kontaktperson för remissen är Anna Berg, tfn 08-123 45 67, anna.berg@socialstyrelsen.se.
"""


def test_state_agency_table_and_contact_sentence() -> None:
    """A myndighet's dnr, a three-column table with row numbers and a contact given in a sentence."""
    remiss = extract_remiss("s.pdf", part_of(MYNDIGHET))
    assert remiss is not None
    assert (remiss.diarienummer, remiss.avsandare) == ("3.4-12345/2024", "Socialstyrelsen")
    assert (remiss.datum, remiss.svarsdatum) == ("2024-04-12", "2024-06-03")
    assert remiss.svarsadress == "registrator@socialstyrelsen.se"
    assert [(r.namn, r.epost) for r in remiss.remissinstanser] == [
        ("Sveriges Kommuner och Regioner", "info@skr.se"),
        ("Borås Stad", "boras.stad@boras.se"),
    ]
    assert remiss.handlaggare.to_dict() == {
        "namn": "Anna Berg",
        "telefon": "08-123 45 67",
        "epost": "anna.berg@socialstyrelsen.se",
    }


EGEN_KOMMUN = """
Borås Stad
Kommunstyrelsen
Datum: 2025-01-15
Dnr: KS 2025-00042
Remiss angående riktlinjer för medborgardialog
Remissinstanser:
Arbetslivsnämnden, Kulturnämnden, Servicenämnden och Fritids- och folkhälsonämnden
Remissvaren ska ha kommit in till Kommunstyrelsen senast den 28 februari 2025.
"""


def test_own_kommun_letterhead_gives_the_namnd() -> None:
    """Under the own kommun's letterhead the nämnd is the sender; a comma list is split into names."""
    remiss = extract_remiss("k.pdf", part_of(EGEN_KOMMUN), kommun="Borås Stad")
    assert remiss is not None and remiss.avsandare == "Kommunstyrelsen"
    assert [r.namn for r in remiss.remissinstanser] == [
        "Arbetslivsnämnden",
        "Kulturnämnden",
        "Servicenämnden",
        "Fritids- och folkhälsonämnden",
    ]
    other = extract_remiss("k.pdf", part_of(EGEN_KOMMUN), kommun="Umeå kommun")
    assert other is not None and other.avsandare == "Borås Stad, Kommunstyrelsen"  # external: with its nämnd


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Kulturnämnden, Borås Energi och Miljö AB och Miljö- och konsumentnämnden",
            ["Kulturnämnden", "Borås Energi och Miljö AB", "Miljö- och konsumentnämnden"],
        ),
        (
            "Borås Djurpark, AB Bostäder i Borås och Tekniska nämnden",
            ["Borås Djurpark", "AB Bostäder i Borås", "Tekniska nämnden"],
        ),
        ("Borås Energi och Miljö AB och Kulturnämnden", ["Borås Energi och Miljö AB", "Kulturnämnden"]),
    ],
)
def test_split_names_keeps_och_inside_names(text: str, names: list[str]) -> None:
    """A list in a sentence is split at commas and the final 'och', never inside a name."""
    from remiss.instanser import split_names

    assert split_names(text) == names


def test_title_without_remiss_prefix_comes_from_the_bold_heading(tmp_path) -> None:
    """A missiv without 'Remiss:' gets its first page's bold heading as title (from the read layout)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from remiss.pipeline import tolka_fil

    path = tmp_path / "utan_rubrikord.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    rows = [
        ("Helvetica", 10, "Servicenämnden"),
        ("Helvetica", 10, "Datum 2025-03-03"),
        ("Helvetica", 10, "Dnr SN 2025-00077"),
        ("Helvetica-Bold", 14, "Riktlinjer för inköp av livsmedel"),
        ("Helvetica-Bold", 11, "Remissinstanser"),
        ("Helvetica", 10, "1. Arbetslivsnämnden"),
        ("Helvetica", 10, "2. Förskolenämnden"),
        ("Helvetica", 10, "Remissvaren ska ha kommit in till Servicenämnden senast den 5 maj 2025."),
        ("Helvetica", 10, "Remissvaren skickas i elektronisk form till servicenamnden@boras.se."),
    ]
    y = 780
    for font, size, text in rows:
        pdf.setFont(font, size)
        pdf.drawString(60, y, text)
        y -= 22
    pdf.save()
    [remiss] = tolka_fil(path)
    assert remiss.titel == "Riktlinjer för inköp av livsmedel"
    assert remiss.kallor["titel"].sida == 1


def test_wrapped_name_in_plain_list_and_formats_with_abbreviation() -> None:
    """A long name wrapped onto a lower-case line stays one name; 't.ex. Word' still asks for Word."""
    text = """
        Remissinstanser
        Socialstyrelsen
        Myndigheten för familjerätt och
        föräldraskapsstöd
        Barnombudsmannen
        Remiss av betänkandet Barnets bästa (SOU 2023:87)
        Remissvaren ska ha kommit in senast den 17 maj 2024. Svaren lämnas per e-post till s.remissvar@rk.se.
        Svaret bör lämnas i två versioner: ett bearbetningsbart format (t.ex. Word) och ett i pdf.
        """
    remiss = extract_remiss("rk.pdf", part_of(text))
    assert remiss is not None
    assert [r.namn for r in remiss.remissinstanser] == [
        "Socialstyrelsen", "Myndigheten för familjerätt och föräldraskapsstöd", "Barnombudsmannen"]
    assert remiss.krav.filformat == ("docx", "pdf")
    assert remiss.titel == "Barnets bästa (SOU 2023:87)"


def test_remiss_dash_inside_a_sentence_starts_no_document() -> None:
    """'remiss – hur och varför' continuing a sentence on the next line is no new document."""
    from remiss.domain import Handling, Page
    from remiss.split import split_documents

    text = REGERINGSKANSLIET + (
        "Råd om hur remissyttranden utformas finns i Statsrådsberedningens promemoria Svara på\n"
        "remiss – hur och varför (SB PM 2021:1). Den kan laddas ner från regeringen.se.\n")
    handling = Handling(fil="rk.pdf", pages=(Page(number=1, lines=tuple(lines_of(text))),))
    assert [p.dokumenttyp for p in split_documents(handling)] == ["missiv"]


def test_two_columns_that_drift_apart_are_read_column_by_column() -> None:
    """Names in two columns are read down the first column, then the second, also where the rows drift."""
    from remiss.instanser import parse_list

    rows = [("Justitiekanslern | Malmö kommun", (72.0, 300.0)),
            ("Myndigheten för familjerätt och | Rädda Barnen", (72.0, 300.0)),
            ("föräldraskapsstöd", (72.0,)),
            ("Maskrosbarn", (300.0,)),
            ("Barnombudsmannen", (72.0,)),
            ("Bris", (300.0,)),
            ("Remissvaren ska ha kommit in senast den 17 maj 2024.", (72.0,))]
    lines = [Line(text=t, page=1, number=i, cells_x=x) for i, (t, x) in enumerate(rows, 1)]
    assert [r.namn for r in parse_list(lines)] == [
        "Justitiekanslern", "Myndigheten för familjerätt och föräldraskapsstöd", "Barnombudsmannen",
        "Malmö kommun", "Rädda Barnen", "Maskrosbarn", "Bris"]


def test_header_block_as_table_cells() -> None:
    """A header block set as a table ('Instans | Kommunstyrelsen') gives the same fields."""
    text = """
        Datum | 2022-09-20
        Instans | Kommunstyrelsen
        Dnr | KS 2022-00304 1.1.1.1
        Remiss: Motion: Handlingsplan mot skolsegregationen
        Remissinstanser
        1. Förskolenämnden
        Remissvaren ska ha kommit in till Kommunstyrelsen senast den 11 december 2022.
        """
    remiss = extract_remiss("t.pdf", part_of(text))
    assert remiss is not None
    assert (remiss.avsandare, remiss.datum, remiss.diarienummer, remiss.klassificering) == (
        "Kommunstyrelsen", "2022-09-20", "KS 2022-00304", "1.1.1.1")


def test_begaran_om_yttrande_is_a_remiss() -> None:
    """'Begäran om yttrande över …' is a remiss title like 'Remiss:'."""
    text = """
        Tranemo kommun
        2024-09-02
        Dnr KS 2024/312
        Begäran om yttrande över förslag till vattenplan
        Kommunstyrelsen i Tranemo kommun önskar synpunkter från Borås Stad.
        Yttrandet ska ha kommit in senast den 1 november 2024 till kommunstyrelsen@tranemo.se.
        """
    from remiss.domain import Handling, Page
    from remiss.split import find_missiv

    handling = Handling(fil="b.pdf", pages=(Page(number=1, lines=tuple(lines_of(text))),))
    [part] = find_missiv(handling)
    remiss = extract_remiss("b.pdf", part)
    assert remiss is not None
    assert (remiss.titel, remiss.svarsdatum, remiss.svarsadress) == (
        "förslag till vattenplan", "2024-11-01", "kommunstyrelsen@tranemo.se")


@pytest.mark.parametrize(("text", "formats"), [
    # Regeringskansliet's missiv (S2023, g0vse/remisser): both versions, the examples in parentheses
    ("Svaret bör lämnas i två versioner: den ena i ett bearbetningsbart format (t.ex. Word), den andra i ett "
     "format (t.ex. pdf) som följer tillgänglighetskraven enligt lagen (2018:1937) om tillgänglighet till "
     "digital offentlig service.", ("docx", "pdf")),
    ("Svaret bör lämnas i två versioner (Word och PDF).", ("docx", "pdf")),
    ("Svaret bör lämnas i två versioner. Remissinstansens namn ska anges i filnamnet.", ("docx", "pdf")),
    ("Yttrandet ska skickas i två versioner, en redigerbar och en tillgänglighetsanpassad.", ("docx", "pdf")),
    ("Svaren ska lämnas i Wordformat.", ("docx",)),
    ("Remissen finns i pdf-format på regeringen.se. Svaren bör lämnas per e-post.", ()),
])
def test_filformat_from_the_missiv(text: str, formats: tuple[str, ...]) -> None:
    """Sentences about the answer that ask for two versions or name formats give the formats."""
    from remiss.extract.core import find_filformat

    assert find_filformat(text.lower()) == formats


@pytest.mark.parametrize(
    ("start", "following", "glued"),
    [
        ("KS-", "2021-00442. När …", "KS-2021-00442. När …"),  # a prefix with its dash: joined as it is
        ("TKN", "2018/35 Dnr M", "TKN 2018/35 Dnr M"),  # a prefix alone: a space between
        ("511-9809-", "2021.", "511-9809-2021."),  # cut inside the number at its dash
        ("KS", "Kommunstyrelsen beslutar", None),  # the next line is no number's rest
        ("2021", "00442", None),  # the line ends in a whole number
    ],
)
def test_a_dnr_cut_at_a_line_break_is_glued_once_for_tolka_and_kontroll(start: str, following: str,
                                                                         glued: str | None) -> None:
    """extract.dnr and kontroll.hitta glue a number a line break cut with the same function."""
    from remiss.extract.dnr import glued_at_break

    assert glued_at_break(start, following) == glued
