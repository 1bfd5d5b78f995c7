"""Titles by class (titel41, session 41): what a heading's own line carries around the matter and the registrator
must not see in the list: the day the post was put up and a procedure's label with the law it is held by
('2020-02-19 Samråd enligt miljöbalken. Ny kaj och hamnplan i Hargshamn', prov39's miss), the label's end
written as a full stop, the label and the matter run together with no stop ('Inbjudan till samråd' / 'Ny kaj …'
joined from two lines, a transcript's 'nbjudan till samråd enligt 6 kap 4 Miljöbalken Flytt av …'), the
diarienummer on the heading's line ('…, Dnr KS 2023/145'), a notice board's fields over the notice's line with
the plan ('Organ: …' / 'Granskning av detaljplan för …'), and a call whose time comes first ('Fortfarande möjligt
att lämna synpunkter om Biltema'). Real lines from the corpus (the '# source:' lines of the
tests/korpus/*/*.txt files) and the same classes in words written for the test (another sender, 'Mörby')."""

# ruff: noqa: E501  (the documents' own lines are kept as they stand)

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from remiss.extract.core import clean_title, generic_heading, notice_field
from remiss.extract.titel import stamp_stripped
from tests.test_riktiga_titel22 import titel

TITEL_TOML = Path(__file__).resolve().parents[1] / "modeller" / "titel.toml"

# prov39/hargshamn-ny-kaj-samrad-2020 (hargshamn.se, the harbour company's own list of posts)
HARGSHAMN = """Hargs Hamn AB
{rubrik}
Hargs Hamn AB har för avsikt att söka tillstånd hos mark-och miljödomstolen för att anlägga en upp till ca 200 m lång ny stödmurskaj med anslutande hamnplan och erosionsskydd inom befintligt hamnområde, öster om befintlig yttre kaj. Tillstånd för muddring och sprängning för detta har redan tidigare meddelats av mark- och miljödomstolen, så kajen kan anläggas på en redan sprängd och muddrad yta.
Det går bra att lämna synpunkter fram till 2020-03-10 till Stefan Engberg,
eller tel.nr: 0173-76 80 40
Åtgärderna och förutsedd miljöpåverkan beskrivs närmare i ett samrådsunderlag som du kan hämta genom att klicka på länken nedan:"""


@pytest.mark.parametrize("rader", [
    ["2020-02-19 Samråd enligt miljöbalken. Ny kaj och hamnplan i Hargshamn"],
    # the PDF's print wraps the heading after 'och'
    ["2020-02-19 Samråd enligt miljöbalken. Ny kaj och", "hamnplan i Hargshamn"],
])
def test_hargshamn_datum_och_forfarandets_etikett_ar_ingen_del_av_titeln(rader: list[str]) -> None:
    """prov39/hargshamn-ny-kaj-samrad-2020 (first run: the whole heading). The post's date and the procedure's
    label with its law, ended by a full stop, stand before the matter: the title is what follows."""
    text = HARGSHAMN.format(rubrik="\n".join(rader))
    assert titel(text, dict.fromkeys(rader, 16.0)) == "Ny kaj och hamnplan i Hargshamn"


@pytest.mark.parametrize(("rubrik", "arende"), [
    ("2020-02-19 Samråd enligt miljöbalken. Ny kaj och hamnplan i Hargshamn", "Ny kaj och hamnplan i Hargshamn"),
    # the same class in other words: another law with its chapter and section, a date in words, a notice's label
    ("12 mars 2024 Samråd enligt 6 kap. 30 § plan- och bygglagen. Detaljplan för Kvarnen 4",
     "Detaljplan för Kvarnen 4"),
    ("Underrättelse om granskning enligt 5 kap. 18 § plan- och bygglagen: Detaljplan för Kvarnen 4",
     "Detaljplan för Kvarnen 4"),
    ("Kungörelse. Detaljplan för Kvarnen 4", "Detaljplan för Kvarnen 4"),
    ("Samråd enligt väglagen. Ny gång- och cykelväg längs Ringvägen", "Ny gång- och cykelväg längs Ringvägen"),
    # a date alone before the matter, between the label and the matter, after the version's label or last
    ("2024-03-12 Detaljplan för Norra hamnen", "Detaljplan för Norra hamnen"),
    ("19 februari 2020 – Ny avfallsplan för Mörby", "Ny avfallsplan för Mörby"),
    ("Samråd – 2020-02-19 – Ny kaj i Mörby hamn", "Ny kaj i Mörby hamn"),
    ("Remissversion 2024-03-15 Kulturplan för Mörby", "Kulturplan för Mörby"),
    ("Översiktsplan Mörby 2040 – 2024-03-01", "Översiktsplan Mörby 2040"),
    ("Samråd 5 oktober – 29 oktober 2018", "Samråd 5 oktober – 29 oktober 2018"),  # a period's end
    # a heading in capitals, as the source writes it
    ("SAMRÅD ENLIGT MILJÖBALKEN. NY KAJ OCH HAMNPLAN I MÖRBY", "NY KAJ OCH HAMNPLAN I MÖRBY"),
    ("REMISS AV FÖRSLAG TILL NY AVFALLSPLAN, DNR KS 2023/145", "FÖRSLAG TILL NY AVFALLSPLAN"),
    ("Förslag till ny avfallsplan, 4 maj 2023", "Förslag till ny avfallsplan"),
    ("Ny avfallsplan – 2024-2027", "Ny avfallsplan – 2024-2027"),
    # not a chapter's abbreviation ('kap.'), nor a matter that ends with its own year or period
    ("Samråd enligt 6 kap. miljöbalken om ny kaj i Mörby", "ny kaj i Mörby"),
    ("Kulturplan 2024-2027", "Kulturplan 2024-2027"),
    ("2024-2027 Kulturplan för Mörby", "2024-2027 Kulturplan för Mörby"),
])
def test_datum_och_etikett_med_lagen_fore_arendet(rubrik: str, arende: str) -> None:
    """A date first and a procedure's label with the law it is held by, ended by a full stop, a colon or a dash,
    are no part of the matter; a period or a year inside the matter is."""
    assert clean_title(rubrik) == arende


def test_etiketten_med_lagen_ensam_namnger_inget_arende() -> None:
    """'2020-02-19 Samråd enligt miljöbalken' alone is a label: the page's heading names no matter."""
    assert generic_heading("2020-02-19 Samråd enligt miljöbalken")
    assert not generic_heading("Samråd enligt miljöbalken om ny kaj i Mörby")


# prov13/fortum-askim-ledning-samrad (docplayer's transcript of Fortum's letter; 'Inbjudan' lost its I)
FORTUM = "nbjudan till samråd enligt 6 kap 4 Miljöbalken Flytt av del av befintlig 4 kv-ledning"


@pytest.mark.parametrize(("rubrik", "arende"), [
    (FORTUM, "Flytt av del av befintlig 4 kv-ledning"),
    # the same class in other words: the heading's two lines joined, the label ends where the matter's capital is
    ("Inbjudan till samråd Ny kaj och hamnplan i Mörby", "Ny kaj och hamnplan i Mörby"),
    ("Kallelse till samråd enligt miljöbalken Vindpark Höjden i Mörby", "Vindpark Höjden i Mörby"),
])
def test_samradets_etikett_utan_skiljetecken_fore_arendet(rubrik: str, arende: str) -> None:
    """prov13/fortum-askim-ledning-samrad (first run: null; the title model's pick of the whole line once the
    rules stripped a samråd without a stop). The invitation to the samråd, or the law that ends its label, runs
    into the matter with its capital: the matter is what follows."""
    assert clean_title(rubrik) == arende


def test_inbjudan_over_en_ny_inbjudan_ar_ingen_etikett() -> None:
    """missiv/hemberget-ristrask-samrad: 'Inbjudan till samråd' over 'Inbjudan till samrådsmöte.' is two
    invitations, no label over a matter: the title stays the project's name above them."""
    text = """Risträsk i Vilhelmina, Södra Lappland
Inbjudan till samråd
Inbjudan till samrådsmöte.
Samrådsmöte i Pauträsk, Holken den 30 mars kl 18:30.
Vi önskar att ni tar tillfället i akt och lämnar era synpunkter, så att vi har ett bra underlag innan vi tar slutgiltig ställning till projektets utformning."""
    rubriker = {"Risträsk i Vilhelmina, Södra Lappland": 16.0, "Inbjudan till samråd": 16.0}
    assert titel(text, rubriker) == "Risträsk i Vilhelmina, Södra Lappland"


# missiv/botkyrka-hallunda-gard-granskning-2022 (botkyrka.se, the kommun's notice board)
BOTKYRKA = """Underrättelse om granskning
Organ: Samhällsbyggnadsnämden
Sammanträdesdatum: 21 december 2022
Anslaget datum: 19 december 2022
Nedtaget datum: 5 februari 2023
{rad}
Samhällsbyggnadsförvaltningen i Botkyrka kommun har upprättat ett förslag till detaljplan för Hallunda gård i Hallunda-Norsborg. Detaljplanen syftar till att bebygga platsen med väl gestaltade bostäder, kommunala och privata verksamheter, och värna den värdefulla kultur- och naturmiljön kring Hallunda gård.
Förslaget ställs ut för granskning under tiden 21 december 2022 till 5 februari 2023.
Vi behöver dina skriftliga synpunkter senast 5 februari 2023. Skriv till sbf@botkyrka.se"""


@pytest.mark.parametrize("rad", [
    "Granskning av detaljplan för Granskning av detaljplan för Hallunda gård, i stadsdelen Hallunda-Norsborg, Botkyrka kommun.",
    # the same line without the slip that wrote the procedure and the kind twice
    "Granskning av detaljplan för Hallunda gård, i stadsdelen Hallunda-Norsborg, Botkyrka kommun.",
    # the line wrapped by a narrower layout (rk, tabell, a5, epostutskrift …), its full stop on the rest
    "Granskning av detaljplan för Granskning av detaljplan för Hallunda gård, i stadsdelen\nHallunda-Norsborg, Botkyrka kommun.",
])
def test_anslagets_falt_over_raden_med_planen(rad: str) -> None:
    """missiv/botkyrka-hallunda-gard-granskning-2022 (first run: the sentence's 'detaljplan för Hallunda gård i
    Hallunda-Norsborg'). Under a heading that names only the notice, the board's fields ('Organ: …', 'Anslaget
    datum: …') are no lines of the text: the notice's own line names the plan, its procedure and its kommun
    stripped, the words a slip wrote twice once."""
    text = BOTKYRKA.format(rad=rad)
    assert titel(text, {"Underrättelse om granskning": 16.0}) == "detaljplan för Hallunda gård, i stadsdelen Hallunda-Norsborg"


def test_anslagets_falt_i_andra_ord() -> None:
    """Other wording: another board's fields and a samråd's line for another plan."""
    text = """Kungörelse
Nämnd: Byggnadsnämnden
Anslaget: 3 mars 2025
Tas ned: 31 mars 2025
Samråd om detaljplan för Kvarnen 4, Mörby kommun.
Byggnadsnämnden har beslutat att skicka ut ett förslag till detaljplan för kvarteret Kvarnen på samråd. Synpunkter lämnas senast den 31 mars 2025 till bn@morby.se."""
    assert titel(text, {"Kungörelse": 16.0}) == "detaljplan för Kvarnen 4"


# missiv/ostersund-biltema-karlslund-granskning-2017 (ostersund.se, the kommun's news)
OSTERSUND = """{rubrik}
Du kan fortfarande lämna synpunkter om det förslag till detaljplan som skulle göra det möjligt för Biltema att etablera sig vid Lillängerondellen. Granskningsfasen av detaljplaneprocessen pågår fram till den 8 maj.
Så gör du för att tycka till
Du som vill tycka till om förslaget till detaljplan för Karlslund 3:4, som behandlar förutsättningarna för Biltemas etablering, har flera vägar att gå.
Du kan skicka dina synpunkter via e-post till adressen samhallsbyggnad@ostersund.se.
Sista dag att lämna in synpunkter är den 8 maj."""


@pytest.mark.parametrize("rubrik", [
    "Fortfarande möjligt att lämna synpunkter om Biltema",
    # other words for the time still open
    "Nu är det möjligt att lämna synpunkter om Biltema",
    "Sista chansen att lämna synpunkter om Biltema",
])
def test_uppmaning_med_tiden_forst_namnger_bara_bolaget(rubrik: str) -> None:
    """missiv/ostersund-biltema-karlslund-granskning-2017 (first run: the whole heading). 'Fortfarande möjligt att
    lämna synpunkter om' is a call, as 'Möjlighet att lämna synpunkter om' is; what it is on is a company's name,
    no document: the title is the plan the text asks views on (facit has the link's 'förslag till', the call
    sentence says 'förslaget till')."""
    titeln = titel(OSTERSUND.format(rubrik=rubrik), {rubrik: 16.0})
    assert titeln is not None and titeln.endswith("detaljplan för Karlslund 3:4")


@pytest.mark.parametrize(("rubrik", "arende"), [
    ("Remiss av förslag till ny avfallsplan, Dnr KS 2023/145", "Remiss av förslag till ny avfallsplan"),
    ("Remiss av förslag till ny avfallsplan Dnr KS 2023/145", "Remiss av förslag till ny avfallsplan"),
    ("Remiss: Förslag till ny avfallsplan (KS 2023/145)", "Remiss: Förslag till ny avfallsplan"),
    ("Remiss: Förslag till ny avfallsplan (Dnr 2023-00145)", "Remiss: Förslag till ny avfallsplan"),
    ("Dnr KS 2023/145 – Remiss av förslag till ny avfallsplan", "Remiss av förslag till ny avfallsplan"),
    ("KS 2023/145 Remiss av förslag till ny avfallsplan", "Remiss av förslag till ny avfallsplan"),
    ("2020-02-19 Samråd enligt miljöbalken", "Samråd enligt miljöbalken"),
    # a period, a plan's code or a report's number is the matter's, no stamp
    ("Kulturplan 2024-2027", "Kulturplan 2024-2027"),
    ("Regional kulturplan (2024-2027)", "Regional kulturplan (2024-2027)"),
    ("Ändring av byggnadsplan (NJU-20)", "Ändring av byggnadsplan (NJU-20)"),
    ("PM S2023:02147 Ytterligare anpassningar till EU:s förordningar om medicinteknik",
     "PM S2023:02147 Ytterligare anpassningar till EU:s förordningar om medicinteknik"),
    ("Dnr KS 2023/145", "Dnr KS 2023/145"),
    # a road's number has no year (tests/test_riktiga_missiv15.py, Trafikverket's page)
    ("Väg 26/47, delen Mullsjö-Slättäng, mötesfri väg", "Väg 26/47, delen Mullsjö-Slättäng, mötesfri väg"),
    ("Ombyggnad av trafikplats (Väg 26/47)", "Ombyggnad av trafikplats (Väg 26/47)"),
])
def test_diarienummer_pa_rubrikens_rad(rubrik: str, arende: str) -> None:
    """The case's number on the heading's line, labelled or in brackets with its series' letters, first or
    last, is the register's own field, no part of the title; a year's period in brackets is the matter's."""
    assert stamp_stripped(rubrik) == arende


@pytest.mark.parametrize("rubrik", [
    "Remiss av förslag till ny avfallsplan, Dnr KS 2023/145",
    "Dnr KS 2023/145 – Remiss av förslag till ny avfallsplan",
    "Remiss: Förslag till ny avfallsplan (KS 2023/145)",
])
def test_diarienummer_pa_rubrikens_rad_i_titeln(rubrik: str) -> None:
    """First without the fix: 'förslag till ny avfallsplan, Dnr KS' (the procedure's stamp took the number and
    left its label), the heading run on into the text, the number kept in its brackets."""
    text = f"{rubrik}\nMörby kommun har tagit fram ett förslag. Synpunkter lämnas senast den 30 april 2025 till kommunen@morby.se."
    assert titel(text, {rubrik: 16.0}).lower() == "förslag till ny avfallsplan"


def test_anslagsfaltens_exempel() -> None:
    """modeller/titel.toml [anslagsfalt]: each example is a notice board's field, each counterexample a label
    before a matter (tests/test_riktiga_titel20.py reads those)."""
    data = tomllib.loads(TITEL_TOML.read_text(encoding="utf-8"))["anslagsfalt"]
    assert all(notice_field(e) for e in data["exempel"])
    assert not any(notice_field(e) for e in data["motexempel"])
