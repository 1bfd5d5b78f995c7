"""Real missiv text the corpus never held (varld44): regeringen.se remiss pages in civictechsweden/g0vse (branch
`data`, folder `remisser/`) whose deadline sentence is not the bench's fixed formula, and kommun notices from the
search tool's `pages` corpus. Each miss is a named test with the page's own sentence (its address in a comment),
then the same class in other words, so that the fix is not keyed to one page."""

# ruff: noqa: E501  (the pages' own lines are kept as they stand)

from __future__ import annotations

import pytest

from remiss.extract.svarsdatum import find_svarsdatum
from remiss.extract.text import Text
from tests.test_extract import lines_of


def svarsdatum(text: str) -> str | None:
    """Given a page's text, return the svarsdatum the tool reads."""
    found, _ = find_svarsdatum(Text.of(lines_of(text)))
    return found.value if found else None


G0VSE = "https://github.com/civictechsweden/g0vse/blob/data/remisser/"

# --- 'Sista dag att besvara remissen är …': the deadline with the verb 'besvara' ---------------------------------


def test_sista_dag_att_besvara_remissen() -> None:
    """g0vse remisser/2016/06/remiss-ds-201618-ytterligare-atgarder-for-att-genomfora-eu-direktiv-om-manskliga-vavnader-och-celler.md:
    'Sista dag att besvara remissen är den 1 september 2016.' gave no svarsdatum ('svara på' was read, 'besvara'
    not); also remiss-sou-2017111-…, remiss-av-sou-202310-… and, with the weekday, remiss-sou-20239-…"""
    text = """Remiss Ds 2016:18 Ytterligare åtgärder för att genomföra EU-direktiv om mänskliga vävnader och celler
Här kan du ta del av till vilka instanser som regeringen har remitterat Ds 2016:18 Ytterligare åtgärder för att genomföra EU-direktiv om mänskliga vävnader och celler.
Sista dag att besvara remissen är den 1 september 2016."""
    assert svarsdatum(text) == "2016-09-01"


@pytest.mark.parametrize(
    ("mening", "vantat"),
    [
        # g0vse remisser/2023/03/remiss-sou-20239-ett-statligt-huvudmannaskap-for-personlig-assistans.md
        ("Sista dag att besvara remissen är fredagen den 9 juni 2023.", "2023-06-09"),
        ("Sista dagen att besvara promemorian är den 4 mars 2024.", "2024-03-04"),
        ("Sista datum att besvara enkäten och remissen är 2021-11-30.", "2021-11-30"),
    ],
)
def test_besvara_i_andra_ord(mening: str, vantat: str) -> None:
    """'besvara' in other sentences: the weekday, 'dagen', another object, an ISO date."""
    assert svarsdatum(mening) == vantat


# --- the same sentence with a slip of the keyboard: the deadline is still the deadline ---------------------------


@pytest.mark.parametrize(
    ("mening", "vantat", "kalla"),
    [
        ("Sista dag att svra på remissen är den 7 augusti 2023.", "2023-08-07", "2023/04/remiss-av-sou-202270-en-uppvaxt-fri-fran-vald.md"),
        ("Sista dag at svara på remissen är den 10 mars 2022.", "2022-03-10", "remiss-forfattningsandringar-inom-omradet-social-tjanst"),
        ("Sista dag attsvara på remissen är den 29 januari 2025.", "2025-01-29", "2024/10/remiss-ds-202426.md"),
        ("Sista dag att att svara på remissen är den 21 januari 2025.", "2025-01-21", "remiss-sou-202460-starkt-stod-till-anhoriga"),
        ("Sista dag att svar på remissen är den 3 november 2025.", "2025-11-03", "remiss-av-tullverkets-hemstallan-om-andringar"),
        ("Sista dg att svara på remissen är den 14 april 2024.", "2024-04-14", "2024/01/remiss-sou-202382.md"),
    ],
)
def test_sista_dag_med_skrivfel(mening: str, vantat: str, kalla: str) -> None:
    """g0vse (G0VSE + kalla): 'svra', 'at svara', 'attsvara', 'att att', 'svar på', 'dg' each gave no
    svarsdatum; the formula is the same sentence, the date stands right after it."""
    assert svarsdatum(mening) == vantat


# --- a deadline that has passed, told in the past: still the remiss's svarsdatum ---------------------------------


@pytest.mark.parametrize(
    ("mening", "vantat"),
    [
        # g0vse remisser/2016/07/remiss-sou-201648-regional-indelning--tre-nya-lan.md
        ("Svarstiden gick ut den 6 oktober 2016.", "2016-10-06"),
        # g0vse remisser/2019/…/remiss-av-utkast-till-lagradsremiss-en-konsultationsordning-…
        ("Sista svarsdag att svara på remissen var den 30 september 2019.", "2019-09-30"),
        # g0vse remisser/2022/…/remiss-av-promemorian-ny-beslutsordning-for-tillstand-att-ut…
        ("Remisstiden varade till om med den 22 april 2022.", "2022-04-22"),
        # the same in other words
        ("Svarstiden löpte ut den 3 maj 2021.", "2021-05-03"),
        ("Remisstiden varade till och med den 14 februari 2020.", "2020-02-14"),
    ],
)
def test_svarstiden_i_preteritum(mening: str, vantat: str) -> None:
    """'Svarstiden gick ut', 'Sista svarsdag att svara … var', 'Remisstiden varade till om med': the remiss's
    deadline told after it passed ('Remisstiden gick ut den …' was read already)."""
    assert svarsdatum(mening) == vantat


@pytest.mark.parametrize(
    "mening",
    [
        "Remissmötet hålls den 13 januari 2022 kl. 10.",
        "Anmälan om deltagande görs senast den 22 september till Tilde Eriksson.",
        "Sista dag att anmäla sig till remissmötet är den 3 maj 2021.",
    ],
)
def test_ingen_frist_for_svaren(mening: str) -> None:
    """A meeting or a registration is no deadline for the answers (unchanged by the fixes above)."""
    assert svarsdatum(mening) is None


# --- the hour between the deadline phrase and the day ------------------------------------------------------------


@pytest.mark.parametrize(
    ("mening", "vantat"),
    [
        # g0vse remisser/2020/…/remiss-om-pm-atgarder-for-att-underlatta-bradskande-…
        ("Remissvaren ska ha kommit in till Miljödepartementet senast kl. 12:00 den 11 juni 2020.", "2020-06-11"),
        # g0vse remisser/2024/…/remiss-av-forordning-om-andring-i-forordningen-199…
        ("Remissvaren ska ha kommit in till Klimat- och näringslivsdepartementet senast kl. 17:00 den 16 maj 2024.", "2024-05-16"),
        # the same in other words (g0vse has 'Sista dag att svara på remissen är klockan 13:00 den 7 oktober')
        ("Sista dag att svara på remissen är klockan 13:00 den 7 oktober 2021.", "2021-10-07"),
        ("Lämna dina synpunkter senast kl. 12.00 den 3 maj 2024.", "2024-05-03"),
    ],
)
def test_klockslaget_fore_dagen(mening: str, vantat: str) -> None:
    """'senast kl. 12:00 den 11 juni 2020': the hour with its abbreviation's full stop stood between 'senast' and
    the day, so the deadline phrase did not reach the date and the sentence broke at 'kl.'."""
    assert svarsdatum(mening) == vantat


def test_en_passerad_frist_slar_inte_fristen_som_texten_ber_om() -> None:
    """missiv/fi-finansministeriet-oppethallning-utlatande (lausuntopalvelu.fi, in the corpus): the portal's label
    'Svarstiden gick ut: 15.8.2023' read as a deadline (with the past-tense forms above) beat the letter's own
    'senast den 28 augusti 2023'; a deadline told as passed ranks under any deadline the text asks by."""
    text = """Diarienummer för begäran om utlåtande: VN/3611/2023
Svarstiden gick ut: 15.8.2023
Uppgifter om begäran om utlåtande
Inledning
Finansministeriet begär ert utlåtande om utkastet till anvisningen om öppethållning vid statliga myndigheter senast den 28 augusti 2023."""
    assert svarsdatum(text) == "2023-08-28"
