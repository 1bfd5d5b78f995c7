"""Sender, title and list misses as classes (rest46, session 46): a regeringen.se page whose answers, after a
reorganisation, are held by another department than the one they were to reach ('Här kan du ta del av de
remissvar som kommit in till Klimat- och näringslivsdepartementet …' over 'Remissvaren ska ha kommit in till
Miljödepartementet senast …') took the holder as the sender; a sändlista's two columns run together row by row;
and two titles lost only when the layout changes (bench_layoutbyte): a bold samråd invitation wrapped over two
lines, and a printed mail whose subject repeats a company's news headline. Real lines from the g0vse mirror of
regeringen.se's remiss pages (bench/bench_g0vse.py) and the same kinds in words written for the test."""

# ruff: noqa: E501  (the documents' own lines are kept as they stand)

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from remiss.extract import extract_remiss
from remiss.instanser import find_instanser
from tests.test_layout39 import _epost, _ratt
from tests.test_riktiga_missiv15 import lines_of, part_of
from tests.test_riktiga_rest45 import GOTEBORG  # missiv/goteborg-sbk-vastlanken-nordstan-samrad-sandlista

# g0vse remisser/2022/11/remiss-av-miljodepartementets-promemoria-permanent-insamling-av-statistik-om-miljoprovning.md
# (regeringen.se; Miljödepartementet went into Klimat- och näringslivsdepartementet in October 2022)
MILJO_STATISTIK = """Remiss av Miljödepartementets promemoria Permanent insamling av statistik om miljöprövning
Här kan du ta del av de remissvar som kommit in till Klimat- och näringslivsdepartementet på
promemoria Permanent insamling av statistik om miljöprövning. Övriga yttranden finns tillgängliga i departementet.
Remissvaren ska ha kommit in till Miljödepartementet senast den 22 december 2022."""

# g0vse remisser/2022/12/remiss-av-eu-kommissionens-forslag-till-forordning-om-forpackningar-och-forpackningsavfall.md
# (its first lines)
MILJO_FORPACKNINGAR = """Remiss av EU-kommissionens förslag till förordning om förpackningar och förpackningsavfall
Här kan du ta del av de remissvar som kommit in till Klimat- och näringslivsdepartementet på EU-kommissionens förslag till förordning om förpackningar och förpackningsavfall.
Remissvaren ska ha kommit in till Miljödepartementet senast den 10 februari 2023."""

# the same kind in other words: an agency's page after the task moved, the answers' holder first
HAMNAVGIFTER = """Remiss av förslag till föreskrifter om hamnavgifter
Här kan du ta del av de yttranden som har kommit in till Trafikverket på förslaget till föreskrifter.
Remissvaren ska ha kommit in till Sjöfartsverket senast den 1 mars 2025."""


@pytest.mark.parametrize(
    ("text", "avsandare"),
    [
        (MILJO_STATISTIK, "Miljödepartementet"),
        (MILJO_FORPACKNINGAR, "Miljödepartementet"),
        (HAMNAVGIFTER, "Sjöfartsverket"),
    ],
)
def test_svaren_skulle_komma_in_till_avsandaren_inte_till_den_som_har_dem(text: str, avsandare: str) -> None:
    """'de remissvar som kommit in till X' says who holds the answers now; 'Remissvaren ska ha kommit in till
    Y senast …' says whom the remiss asked them of: Y is the sender (first run: X, the holder)."""
    remiss = extract_remiss("x.md", part_of(lines_of(text)))
    assert remiss is not None
    assert remiss.avsandare == avsandare


# missiv/goteborg-sbk-vastlanken-nordstan-samrad-sandlista: the sändlista's two columns run together row by row
# (tests/test_riktiga_rest45.GOTEBORG, the lines as the PDF extraction gives them)
# the same kind in other words: two columns run together, a name open at 'i' and one at its comma waiting a
# row for their rest, 'och' between capitalised words, and a column's heading around a name
MORBY_TVA_SPALTER = """Sändlista
Byggnadsnämnden/förvaltningen Boende, Kulturnämnden och Mörby museer hyresgäster, fastighetsägare
Stadsdelsnämnden/förvaltning i Mörbys spårvägar Norr Trafikverket Statliga och regionala Mörby Energi AB
myndigheter m.fl. Länsstyrelsen Polismyndigheten Räddningstjänsten Skolverket"""


def _namn(text: str) -> list[str]:
    return [i.namn for i in find_instanser(lines_of(text))[0]]


@pytest.mark.parametrize(
    ("text", "ratt"),
    [
        (GOTEBORG, ("Stadsdelsnämnden/förvaltning i Centrum", "Göteborgs spårvägar", "Higab")),
        (MORBY_TVA_SPALTER, ("Stadsdelsnämnden/förvaltning i Norr", "Mörbys spårvägar", "Trafikverket")),
    ],
)
def test_namn_oppet_vid_i_far_sin_plats_ur_nasta_rad(text: str, ratt: tuple[str, ...]) -> None:
    """'i' is a word, no letter a line break cut off, and a name open at 'i' waits for the place named bare
    in the next row; a genitive with a word in lower case ('Göteborgs spårvägar') is the other column's name
    (first run: 'Stadsdelsnämnden/förvaltning' without 'i', then 'Centrum Higab')."""
    namn = _namn(text)
    for namnet in ratt:
        assert namnet in namn, namnet


@pytest.mark.parametrize(
    ("text", "ratt"),
    [
        (GOTEBORG, ("Bostadsrättsinnehavare, hyresgäster, boende", "Västfastigheter, Distrikt Göteborg")),
        (MORBY_TVA_SPALTER, ("Boende, hyresgäster, fastighetsägare", "Kulturnämnden och Mörby museer",
                             "Mörby Energi AB")),
    ],
)
def test_namn_oppet_vid_kommatecken_och_namn_inne_i_spaltrubriken(text: str, ratt: tuple[str, ...]) -> None:
    """A name open at its comma takes the lower-case rest that comes after the other column's name ('Namnberedningen
    och GDA adresser' between); 'och' between capitalised words is one name; a column's heading ('Statliga och
    regionala … myndigheter m.fl.') read together with a name inside it gives that name, not nothing (first run:
    'Bostadsrättsinnehavare', 'GDA adresser hyresgäster, boende', the heading and its name dropped)."""
    namn = _namn(text)
    for namnet in ratt:
        assert namnet in namn, namnet
    assert not any(n.endswith("m.fl.") or n.startswith(("Statliga", "Kommunala")) for n in namn)


def test_tva_spalter_hela_listan() -> None:
    """The whole two-column list in other words is read back name by name."""
    assert _namn(MORBY_TVA_SPALTER) == [
        "Byggnadsnämnden/förvaltningen", "Boende, hyresgäster, fastighetsägare", "Kulturnämnden och Mörby museer",
        "Stadsdelsnämnden/förvaltning i Norr", "Mörbys spårvägar", "Trafikverket", "Mörby Energi AB",
        "Länsstyrelsen", "Polismyndigheten", "Räddningstjänsten", "Skolverket"]


# prov43/ncc-alvnas-terminal-undersokningssamrad (ncc.se, a list page's first post) in a narrower layout than
# its own (bench_layoutbyte rk/tabell/webb as PDF): the invitation's bold line wraps, its rest set alike
NCC_RUBRIK = "Samrådshandlingar - Stockholms län"
NCC_BROD = """Här hittar ni aktuella handlingar för pågående samråd inom Stockholms län.
NCC Industry AB planerar att ansöka om tillstånd för en fortsatt terminalverksamhet på fastigheten Asknäs 1:310 i Ekerö kommun.
Inget möte kommer att hållas på grund av pågående utbrott av Coronaviruset. Skriftliga synpunkter på den planerade verksamheten tas dock tacksamt emot till och med den 10 juli 2020.
• Skriv till kalle.andersson@wsp.com alternativt WSP Sverige AB, Att: Kalle Andersson, Box 574, 201 25 Malmö."""

# the same kind in other words (read right before rest46 too: a guard): a company's list page, its samråd
# invitation wrapped over two bold lines
MORBY_RUBRIK = "Samrådshandlingar - Mörby"
MORBY_BROD = """Här finns handlingarna för våra pågående samråd.
Mörby Grus AB planerar att ansöka om tillstånd för fortsatt täktverksamhet på fastigheten Berga 2:4.
Synpunkter lämnas senast den 1 juni 2025 till samrad@morbygrus.se."""


@pytest.mark.parametrize(
    ("rubrik", "inbjudan", "brod", "titel"),
    [
        (NCC_RUBRIK, ("Inbjudan till undersökningssamråd enligt 6 kap. 23-24 §§ miljöbalken",
                      "om fortsatt terminalverksamhet i Älvnäs, Ekerö kommun."),
         NCC_BROD, "fortsatt terminalverksamhet i Älvnäs, Ekerö kommun"),
        (NCC_RUBRIK, ("Inbjudan till undersökningssamråd enligt 6 kap. 23-24 §§ miljöbalken om fortsatt",
                      "terminalverksamhet i Älvnäs, Ekerö kommun."),
         NCC_BROD, "fortsatt terminalverksamhet i Älvnäs, Ekerö kommun"),
        (NCC_RUBRIK, ("Inbjudan till undersökningssamråd enligt 6 kap. 23-24 §§ miljöbalken om",
                      "fortsatt terminalverksamhet i Älvnäs, Ekerö kommun."),
         NCC_BROD, "fortsatt terminalverksamhet i Älvnäs, Ekerö kommun"),
        (MORBY_RUBRIK, ("Inbjudan till avgränsningssamråd enligt 6 kap. miljöbalken om",
                        "fortsatt täktverksamhet vid Berga norr om Mörby."),
         MORBY_BROD, "fortsatt täktverksamhet vid Berga norr om Mörby"),
    ],
)
def test_inbjudan_till_samrad_ombruten_over_tva_feta_rader(rubrik: str, inbjudan: tuple[str, str], brod: str,
                                                            titel: str) -> None:
    """A list page's heading names only the page; the samråd's bold invitation under it names the matter
    after 'om' also when a narrower layout wraps it over two lines set alike (first run: the page's heading
    'Samrådshandlingar - Stockholms län', or the sentence's 'tillstånd för en fortsatt terminalverksamhet …'
    when the first line ends at 'om')."""
    rader = [replace(rad, size=10.5) for rad in lines_of("\n".join((rubrik, *inbjudan, brod)))]
    rader[0] = replace(rader[0], size=13.0, bold=True)
    rader[1] = replace(rader[1], size=11.5, bold=True)
    rader[2] = replace(rader[2], size=11.5, bold=True)
    remiss = extract_remiss("x.pdf", part_of(rader))
    assert remiss is not None
    assert remiss.titel == titel


# --- a printed mail whose subject repeats a company's news headline (core: the sender-news rule) -------------


def test_utskrivet_e_brev_med_foretagets_nyhetsrubrik_som_amne(tmp_path: Path) -> None:
    """prov42/svensk-plastatervinning-motala-samrad in the epostutskrift form (bench_layoutbyte --nya): the
    Outlook print's 'Ämne:' repeats the company's headline 'Svensk Plaståtervinning vill växa i Motala', which
    names no matter; the title is what the company plans to apply for, as in its own layout (first run: the
    headline, since the rule for a news sentence about the sender skipped every printed mail)."""
    assert _ratt("prov42", "svensk-plastatervinning-motala-samrad", "epostutskrift", "pdf", "titel", tmp_path)


def test_utskrivet_e_brev_med_nyhetsrubrik_i_annan_ordalydelse() -> None:
    """The same class in other words: a mail whose subject repeats the bold headline 'Mörby Grus vill växa vid
    Berga' gives what the company plans to apply for."""
    rader = _epost(["Mörby Grus vill växa vid Berga"], [
        ("Mörby Grus vill växa vid Berga", True),
        ("Vi på Mörby Grus vill utöka vår täkt vid Berga för att kunna leverera mer ballast till bygget av nya", False),
        ("bostäder. För att kunna göra det planerar vi att ansöka om tillstånd enligt miljöbalken för fortsatt", False),
        ("och utökad täktverksamhet på fastigheten Berga 2:4, Mörby kommun.", False),
        ("Denna information är en del av det samråd som pågår med berörda myndigheter och allmänheten.", False),
        ("Synpunkter lämnas till samrad@morbygrus.se. Sista dag att lämna synpunkter är den 28 maj 2025.", False)])
    remiss = extract_remiss("x.pdf", part_of(rader))
    assert remiss is not None
    assert remiss.titel == ("tillstånd enligt miljöbalken för fortsatt och utökad täktverksamhet på fastigheten "
                            "Berga 2:4, Mörby kommun")
