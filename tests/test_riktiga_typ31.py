"""typ31 (session 31): the classes prov29's yttrande misses showed, fixed in general (prov29 reported).

1. A summary heading in other words than 'Sammanfattning': "Svebios synpunkter i sammanfattning:" over the
   points of an association's remissvar (prov29/svebio-reduktionsplikt-remissvar) was read as no summary. The
   points' noun before 'i sammanfattning'/'i sammandrag', the main points named so ("Våra huvudsakliga
   synpunkter:") and the summing-up adverb with its colon over points ("Sammanfattningsvis anser vi:") are the
   summary's heading (`kontroll.avsnitt.SAMMANFATTNING`); "Övergripande synpunkter" (general comments) and
   "Sammanfattningsvis anser vi att …" (a sentence) are not.
2. A press release's headline without its verb: "Svenska Tecknare emot sammanslagning av kulturmyndigheter"
   over the association's notice of its own answer (prov29/svenskatecknare-kulturmyndigheter-remissvar) took
   no stance (facit avstyrker). The headline leaves out 'är': read as "… säger nej till …" ('avvisar' and 'nej
   till' with any object too), "X positiva till Y" as "X är positiva till Y" (the stance rules then decide: a
   proposal is support, a part or an aim is none), only when the one taking the stance is the page's own
   organisation, named again under the headline, not others ("Remissinstanserna emot …").

The first test of each class quotes the page (tests/korpus/prov29/<id>.txt); the others are the same class in
other words; those marked 'was …' read otherwise before the change.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_kontroll_riktiga import _docx, igenkanda, utan_typmodell  # noqa: F401 - the fixture

PROV29 = Path(__file__).resolve().parent / "korpus" / "prov29"


def _stycken(namn: str) -> list[str]:
    """Return the paragraphs of a prov29 page's text (without the source line)."""
    text = (PROV29 / f"{namn}.txt").read_text(encoding="utf-8")
    return [rad.strip() for rad in text.splitlines() if rad.strip() and not rad.startswith("# source:")]


def _kontroll(tmp_path: Path, *stycken: str):  # noqa: ANN202 - a Yttrandekontroll
    """Return the one yttrande recognised in a DOCX of the paragraphs."""
    [kontroll] = igenkanda(_docx(tmp_path / "y.docx", *stycken))
    return kontroll


# 1. A summary heading in other words


def test_svebios_synpunkter_i_sammanfattning_ar_sammanfattning(tmp_path: Path) -> None:
    """prov29/svebio-reduktionsplikt-remissvar: 'Svebios synpunkter i sammanfattning:' over the points (was
    no summary)."""
    assert _kontroll(tmp_path, *_stycken("svebio-reduktionsplikt-remissvar")).har_sammanfattning


@pytest.mark.parametrize(
    "rubrik",
    [
        "Våra synpunkter i sammandrag:",  # was no summary
        "Våra huvudsakliga synpunkter:",  # was no summary
        "Förbundets viktigaste slutsatser",  # was no summary
        "Sammanfattningsvis anser vi:",  # was no summary
        "I korthet:",
    ],
)
def test_sammanfattningsrubrik_i_andra_ord(tmp_path: Path, rubrik: str) -> None:
    """The class in other words: another sender, the heading in another form, over points."""
    kontroll = _kontroll(
        tmp_path,
        "Remissvar: Ny lag om kommunal vattenförsörjning",
        "Sveriges Vattenförbund har beretts möjlighet att lämna yttrande över rubricerade promemoria.",
        rubrik,
        "• Kommunerna måste få behålla ansvaret för dricksvattnet.",
        "• Taxorna bör kunna differentieras efter kostnaderna.",
        "Bakgrund",
        "Promemorian föreslår en ny lag om kommunal vattenförsörjning som ska ersätta lagen om allmänna "
        "vattentjänster. Förbundet har följande synpunkter på förslagen.",
    )
    assert kontroll.har_sammanfattning


@pytest.mark.parametrize(
    "rubrik",
    ["Övergripande synpunkter", "Sammanfattningsvis anser vi att taxorna bör kunna differentieras"],
)
def test_allmanna_synpunkter_och_en_mening_ar_ingen_sammanfattningsrubrik(rubrik: str) -> None:
    """General comments' heading and a sentence opening with the adverb are no summary heading."""
    from remiss.kontroll.avsnitt import SAMMANFATTNING

    assert SAMMANFATTNING.match(rubrik) is None


# 2. A press release's headline without its verb


def test_svenska_tecknare_emot_sammanslagning_avstyrker(tmp_path: Path) -> None:
    """prov29/svenskatecknare-kulturmyndigheter-remissvar: 'Svenska Tecknare emot sammanslagning av
    kulturmyndigheter' over the association's notice of its answer (was null)."""
    kontroll = _kontroll(tmp_path, *_stycken("svenskatecknare-kulturmyndigheter-remissvar"))
    assert kontroll.stallningstagande == "avstyrker"


NOTIS = (
    "{rubrik}",
    "Lärarnas Samverkansråd har svarat på Utbildningsdepartementets remiss om promemorian Nationella prov i "
    "digital form. Rådet befarar att skolorna inte hinner förbereda sig och att eleverna drabbas.",
    "Läs hela remissvaret här.",
)


@pytest.mark.parametrize(
    ("rubrik", "stallning"),
    [
        ("Lärarnas Samverkansråd emot digitala nationella prov", "avstyrker"),  # was null
        ("Lärarnas Samverkansråd avvisar digitala nationella prov", "avstyrker"),  # was null
        ("Lärarnas Samverkansråd: nej till digitala nationella prov", "avstyrker"),  # was null
        ("Lärarnas Samverkansråd säger nej till digitala nationella prov", "avstyrker"),
        ("Lärarnas Samverkansråd positivt till förslaget om digitala prov", "tillstyrker"),  # was null
    ],
)
def test_rubrikens_stallning_utan_verb_i_andra_ord(tmp_path: Path, rubrik: str, stallning: str) -> None:
    """The class in other words: another sender's notice of its own answer, the stance in its headline."""
    kontroll = _kontroll(tmp_path, *(s.format(rubrik=rubrik) for s in NOTIS))
    assert kontroll.stallningstagande == stallning


@pytest.mark.parametrize(
    "rubrik",
    [
        "Lärarnas Samverkansråd inte emot digitala nationella prov",  # a negation between
        "Lärarnas Samverkansråd positivt till att proven blir digitala",  # positive to an aim: no stance
    ],
)
def test_rubrik_om_andras_stallning_tar_ingen(tmp_path: Path, rubrik: str) -> None:
    """A headline about others' stance, or with other words between, gives the own notice no stance."""
    from remiss.kontroll import kontrollera_fil

    kontroller = kontrollera_fil(_docx(tmp_path / "y.docx", *(s.format(rubrik=rubrik) for s in NOTIS)))
    assert all(k.stallningstagande is None for k in kontroller)


def test_rubrikens_sats() -> None:
    """The headline's left-out verb is put back only for the page's own organisation."""
    from remiss.kontroll import rubrikens_sats

    under = "Svenska Tecknare har svarat på regeringens remiss."
    assert rubrikens_sats("Svenska Tecknare emot sammanslagning", under) == (
        "Svenska Tecknare säger nej till sammanslagning"
    )
    assert rubrikens_sats("Svenska Tecknare positiva till ny lag", under) == (
        "Svenska Tecknare är positiva till ny lag"
    )
    regeringen = "Regeringen emot sammanslagning"
    assert rubrikens_sats(regeringen, "Regeringen har …") == regeringen
    assert rubrikens_sats("Kurs mot ny lag", under) == "Kurs mot ny lag"
    # others' stance, and a name the text under the headline never gives
    assert rubrikens_sats("Remissinstanserna emot sammanslagning", "Remissinstanserna …") == (
        "Remissinstanserna emot sammanslagning"
    )
    assert rubrikens_sats("Skolverket emot sammanslagning", under) == "Skolverket emot sammanslagning"
