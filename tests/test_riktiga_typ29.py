"""typ29 (session 29): is a real remiss recognised at all? The class the new senders' pages showed.

A company's own invitation to its samråd under miljöbalken, where the company stands first in the sentence and
the verb follows 'och': 'Gasum AB har för avsikt att uppföra en ny biogasanläggning … och inbjuder härmed till
samråd enligt miljöbalken' (missiv/gasum-borlange-biogas-samrad). The signal `bjuder_in_till_samrad`
(modeller/missiv.toml) wanted the name right before the verb; the page was found as a remiss only because
the date to register for the meeting ('krävs anmälan till NN senast tisdag den 23 juni') read as a deadline.
Without that date it was an uncertain missiv, and the same invitation in other words with no date at all
was annat. 'härmed' makes it the inviter's own act; a paper's report ('… och bjuder in till samråd den 25
juni, skriver bolaget') stays annat.

The first test quotes the page (tests/korpus/missiv/gasum-borlange-biogas-samrad.txt, without the registration
sentence); the others are the same class in other words, each of which read otherwise before the change.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_kontroll_riktiga import _docx

KORPUS = Path(__file__).resolve().parent / "korpus" / "missiv"


def _typ(tmp_path: Path, *stycken: str) -> tuple[str | None, tuple[str, ...]]:
    """Return the type the tool reads in a DOCX of the paragraphs (None: nothing found) and its warnings."""
    from remiss.pipeline import tolka_fil

    resultat = tolka_fil(_docx(tmp_path / "d.docx", *stycken))
    if not resultat:
        return None, ()
    return resultat[0].dokumenttyp, tuple(resultat[0].varningar)


def _gasum_utan_anmalan() -> list[str]:
    text = (KORPUS / "gasum-borlange-biogas-samrad.txt").read_text(encoding="utf-8").split("\n", 1)[1]
    return [p for p in text.split("\n\n") if p.strip() and "anmälan till Eric" not in p]


def test_gasum_inbjuder_harmed_till_samrad_ar_en_saker_remiss(tmp_path: Path) -> None:
    typ, varningar = _typ(tmp_path, *_gasum_utan_anmalan())
    assert typ == "remiss"
    assert not any(v.startswith("Osäkert") for v in varningar)


def test_annat_bolag_och_inbjuder_harmed_utan_frist(tmp_path: Path) -> None:
    typ, _ = _typ(
        tmp_path,
        "Inbjudan till samråd",
        "Vattenkraft Norr AB har för avsikt att ansöka om tillstånd för ombyggnad av dammen vid Forsby och "
        "inbjuder härmed till samråd enligt miljöbalken.",
        "Vill du lämna synpunkter, kontakta Anna Berg, 070-123 45 67.",
    )
    assert typ == "remiss"


def test_bjuder_harmed_in_till_samrad_utan_rubrik(tmp_path: Path) -> None:
    typ, _ = _typ(
        tmp_path,
        "Täktbolaget Sten & Grus planerar att utöka brytningen vid Berga och bjuder härmed in närboende och "
        "myndigheter till samråd om ansökan om tillstånd.",
        "Synpunkter kan lämnas till Per Ek, per.ek@konsult.se.",
    )
    assert typ == "remiss"


def test_tidningens_referat_av_en_inbjudan_ar_annat(tmp_path: Path) -> None:
    typ, _ = _typ(
        tmp_path,
        "Biogas planeras i Borlänge",
        "Gasum vill bygga en biogasanläggning söder om Fågelmyra och bjuder in till samråd den 25 juni, "
        "skriver bolaget i ett pressmeddelande.",
        "Anläggningen ska ta emot 250 000 ton avfall per år.",
    )
    assert typ is None
