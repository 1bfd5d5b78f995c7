"""typ36 (session 36): document type, ställningstagande and sammanfattning on real documents (prov34 reported).

1. A kommun's project page written after the samråd, still naming the samråd period in its first paragraph:
   "Samrådet pågår mellan den 24 november och 12 januari 2021." over "Planförslaget var ute på samråd 24
   november 2020 - 12 januari 2021. … Nu jobbar kommunen med att gå igenom inkomna yttranden"
   (prov34/haninge-aby-detaljplan-samrad-avslutat, facit annat) scored 8 and was a remiss. A period's end that
   the text also tells as an ended step is no deadline (`split._deadline_kind`), and the kommun going through
   the answers now is an ended samråd (missiv.toml `avslutad`).
2. "B. Sammanfattning av centrala synpunkter" (prov34/filmivast-framtidens-filmpolitik-yttrande): a summary
   heading numbered with a capital letter (or a Roman numeral) and its point was not read as one
   (`avsnitt.RUBRIKNUMMER`).
3. "Film Väst välkomnar en helstatlig filmpolitik." under the title "Framtidens Filmpolitik" (the same
   document, facit tillstyrker) gave no stance: welcoming the matter the title names, by its head word, is
   support without the stance word as "välkomnar förslaget" (`valkomna-titelns-sak`, with the note
   "Otydligt ställningstagande"); welcoming anything else is no finding.
4. "Förslag till Riktlinjer … tillstryks under förutsättning att …"
   (missiv/goteborg-trafiknamnden-parkeringsriktlinjer-yttrande): the stance word misspelt, two letters
   swapped, as the existing `avstryka-felstavning` (`tillstryka-felstavning`).

The first test of each class quotes the document (tests/korpus/<mapp>/<id>.txt); the others are the same class
in other words; those marked 'was …' read otherwise before the change.
"""

# ruff: noqa: E501  (the documents' own lines are kept as they stand)

from __future__ import annotations

from pathlib import Path

import pytest

from remiss.kontroll.avsnitt import rubrik
from remiss.split import _deadline_kind
from tests.test_kontroll_riktiga import (  # noqa: F401 - the fixture
    _docx,
    _lines,
    _stallning,
    igenkanda,
    korpus_stycken,
    utan_typmodell,
)
from tests.test_riktiga_typ35 import _typ  # the type and signals of a web print

KORPUS = Path(__file__).resolve().parent / "korpus"



# 1. a project page written after the samråd

HANINGE = "prov34/haninge-aby-detaljplan-samrad-avslutat"


@pytest.mark.parametrize("typmodell", [False, True])
def test_projektsida_efter_samradet_ar_annat(typmodell: bool) -> None:
    """prov34/haninge-aby-detaljplan-samrad-avslutat, the page's words: annat (was a missiv, 8)."""
    typ, skal = _typ("\n".join(korpus_stycken(HANINGE)), typmodell=typmodell)
    assert typ == "annat"
    assert any(s.startswith("avslutad") for s in skal)


def test_samma_period_som_avslutad_ger_ingen_frist() -> None:
    """The first paragraph's period in the present, the same period told as ended below: no deadline (was
    'frist')."""
    text = ("Samrådet pågår mellan den 24 november och 12 januari 2021. Samtliga planhandlingar och utredningar "
            "kommer att finnas tillgängliga efter samrådstidens slut. Vad händer nu? Planförslaget var ute på "
            "samråd 24 november 2020 - 12 januari 2021. Syftet med samrådet var att hämta in synpunkter på "
            "planförslaget.")
    assert _deadline_kind(text) is None


@pytest.mark.parametrize(
    "text",
    [
        # the same page in other words (was a deadline)
        "Granskningen pågår från den 3 mars till den 31 mars 2022. Vad händer nu? Planförslaget var ute på "
        "granskning 3 mars - 31 mars 2022. Nu arbetar kommunen med att sammanställa inkomna synpunkter.",
        "Samrådstiden är 1 juni till 30 augusti 2023. Samrådet genomfördes 1 juni - 30 augusti 2023 och nu "
        "jobbar vi med att gå igenom synpunkterna.",
    ],
)
def test_samma_period_som_avslutad_i_andra_ord(text: str) -> None:
    """A period told in the present and the same period told as ended: no deadline."""
    assert _deadline_kind(text) is None


@pytest.mark.parametrize(
    "text",
    [
        # an earlier step ended, the current one open: the current period's end is the deadline
        "Planförslaget var ute på samråd 1 mars - 31 mars 2022. Nu är förslaget ute på granskning mellan den "
        "1 oktober och 22 oktober 2022. Synpunkter lämnas senast den 22 oktober 2022.",
        "Samrådet genomfördes 1 juni - 30 augusti 2023. Granskningen pågår mellan den 2 och 23 februari 2024.",
        # missiv/hallstahammar-dp157-sodra-nas-granskning: the label's period runs into the sentence on the
        # earlier samråd, and the same date is asked for in the present (a first version read no deadline)
        "Granskningstid 17 maj - 18 juni 2021 Planen har tidigare varit ute på samråd under tiden 7 december - 15 "
        "januari 2021. Planen är nu reviderad och ute på granskning vilket är det andra tillfället där du är "
        "välkommen att tycka till om förslaget. Dina synpunkterna ska ha inkommit senast den 18 juni 2021 till: "
        "kommunstyrelsen@hallstahammar.se",
    ],
)
def test_tidigare_skede_avslutat_och_nytt_oppet_har_frist(text: str) -> None:
    """Not the class: the ended step has other dates than the open one, or the date is asked for now."""
    assert _deadline_kind(text) == "frist"


@pytest.mark.parametrize(
    ("text", "traff"),
    [
        ("Nu jobbar kommunen med att gå igenom inkomna yttranden och bedöma hur planförslaget kan komma att "
         "påverkas av synpunkterna.", True),
        ("Kommunen arbetar nu med att sammanställa de inkomna synpunkterna.", True),
        ("Nu håller vi på att gå igenom alla synpunkter.", True),
        # the missiv's plan for the answers, not the answers now being gone through
        ("Efter samrådet går kommunen igenom inkomna synpunkter och sammanställer dem i en "
         "samrådsredogörelse.", False),
        ("Inkomna yttranden sammanställs i en samrådsredogörelse.", False),
    ],
)
def test_kommunen_gar_nu_igenom_svaren(text: str, traff: bool) -> None:
    """The kommun going through the answers now: an ended samråd (missiv.toml `avslutad`)."""
    from remiss.split import signaler

    avslutad = next(s for s in signaler() if s.namn == "avslutad")
    assert (avslutad.monster.search(text) is not None) is traff


def test_oppet_samrad_med_plan_for_svaren_ar_remiss() -> None:
    """Not the class: an open samråd telling what happens after it stays a missiv."""
    text = ("Samråd om detaljplan för Åby 1:39\nSamrådet pågår mellan den 24 november 2020 och 12 januari "
            "2021. Synpunkter lämnas skriftligen till kommunen senast den 12 januari 2021. Vad händer sedan? "
            "Efter samrådet går kommunen igenom inkomna yttranden och sammanställer dem i en "
            "samrådsredogörelse.")
    assert _typ(text)[0] == "missiv"


# 2. a summary heading numbered with a letter


@pytest.mark.parametrize(
    ("rad", "slag"),
    [
        ("B. Sammanfattning av centrala synpunkter", "sammanfattning"),  # prov34/filmivast (was None)
        ("A) Sammanfattning", "sammanfattning"),  # was None
        ("II. Sammanfattande synpunkter", "sammanfattning"),  # was None
        ("1. Sammanfattning", "sammanfattning"),
        # not a summary
        ("A. Remissvar Framtidens Filmpolitik (Ds 2015:31)", None),
        ("B. Bakgrund", None),
        ("Bilaga Sammanfattning", None),
    ],
)
def test_sammanfattningsrubrik_med_bokstav(rad: str, slag: str | None) -> None:
    """A heading numbered with a capital letter or a Roman numeral and its point is read as its kind."""
    assert rubrik(rad) == slag


# 3. welcoming the matter the title names

FILMIVAST = "prov34/filmivast-framtidens-filmpolitik-yttrande"


@pytest.mark.usefixtures("utan_typmodell")
def test_valkomnar_titelns_sak_ar_tillstyrkan(tmp_path: Path) -> None:
    """prov34/filmivast-framtidens-filmpolitik-yttrande, the letter's first paragraphs: tillstyrker (was null)
    with the note that the stance is read from an opinion, and a summary (was none)."""
    stycken = korpus_stycken(FILMIVAST)
    slut = next(i for i, rad in enumerate(stycken) if rad.startswith("Den regionala erfarenheten"))
    [kontroll] = igenkanda(_docx(tmp_path / "f.docx", *stycken[: slut + 1]))
    assert kontroll.stallningstagande == "tillstyrker"
    assert kontroll.har_sammanfattning
    assert any(a.startswith("Otydligt ställningstagande") for a in kontroll.anmarkningar)


def _med_titel(titel: str, *meningar: str) -> str | None:
    """Return the stance the check reads in a body text under a title."""
    from remiss.kontroll.brister import bedom
    from remiss.kontroll.stallning import find_fynd, make_blocks

    fynd = find_fynd(make_blocks(_lines(*meningar)), del_="brodtext", namnd=None, titlar=(titel,))
    return bedom([], fynd, har_beslutsrubrik=False).stallningstagande


@pytest.mark.parametrize(
    ("titel", "mening", "vantat"),
    [
        ("Framtidens Filmpolitik", "Film Väst välkomnar en helstatlig filmpolitik.", "tillstyrker"),  # was null
        ("Remissvar Framtidens Filmpolitik (Ds 2015:31)", "Vi välkomnar den nya filmpolitiken.", "tillstyrker"),
        ("Yttrande över Remiss: Nationell strategi för suicidprevention",
         "Regionen välkomnar en nationell strategi för suicidprevention.", "tillstyrker"),  # was null
        ("Remissvar: Ny avgiftsmodell för tävlingsverksamheten", "Klubben välkomnar en ny avgiftsmodell.",
         "tillstyrker"),  # was null
        # something else welcomed, or negated, or a headline's own opinion: no finding
        ("Framtidens Filmpolitik", "Film Väst välkomnar en bredare diskussion om filmens finansiering.", None),
        ("Framtidens Filmpolitik", "Film Väst välkomnar inte en helstatlig filmpolitik.", None),
        ("Film Väst välkomnar en helstatlig filmpolitik", "Film Väst välkomnar en helstatlig filmpolitik.",
         None),
        ("Yttrande över förslag till ändringar i plan- och bygglagen", "Nämnden välkomnar en ändring.", None),
    ],
)
def test_valkomnar_titelns_sak_i_andra_ord(titel: str, mening: str, vantat: str | None) -> None:
    """Welcoming the matter the title names (its head word, or that word's definite form) is support."""
    assert _med_titel(titel, mening) == vantat


def test_valkomnar_utan_titel_ar_inget_fynd() -> None:
    """Without a title, 'välkomnar en …' names no remitted matter: no stance."""
    assert _stallning("Film Väst välkomnar en helstatlig filmpolitik.") is None


# 4. the stance word misspelt


def test_felstavat_tillstyrks_i_beslutet() -> None:
    """missiv/goteborg-trafiknamnden-parkeringsriktlinjer-yttrande, the proposed decision: tillstyrker (was
    null)."""
    from remiss.kontroll.brister import bedom
    from remiss.kontroll.stallning import find_fynd, make_blocks

    fynd = find_fynd(
        make_blocks(_lines(
            "1. Förslag till Riktlinjer för mobilitets- och parkeringsplanering tillstryks under förutsättning "
            "att de kompletteringar och tydliggöranden som föreslås beaktas.",
            "2. Trafikkontorets tjänsteutlåtande översänds till byggnadsnämnden som trafiknämndens eget "
            "yttrande.",
        )),
        del_="beslut",
        namnd="Trafiknämnden",
    )
    assert bedom(fynd, [], har_beslutsrubrik=True).stallningstagande == "tillstyrker"


@pytest.mark.parametrize(
    ("mening", "vantat"),
    [
        ("Nämnden tilstyrker förslaget.", "tillstyrker"),  # was null
        ("Kommunstyrelsen tillstryker remissen i sin helhet.", "tillstyrker"),  # was null
        ("Nämnden tillstryker inte förslaget.", "avstyrker"),  # was null
    ],
)
def test_felstavat_stallningsord_i_andra_ord(mening: str, vantat: str) -> None:
    """The stance word with two letters swapped or one dropped is read as the word."""
    assert _stallning(mening) == vantat


@pytest.mark.parametrize(
    ("rader", "namn"),
    [
        (("Film i Väst AB", "YTTRANDE", "Framtidens Filmpolitik", "2015-06-18 Ds 2015:31",
          "A. Remissvar Framtidens Filmpolitik (Ds 2015:31)"), ["Remissvar Framtidens Filmpolitik"]),
        (("Nationell strategi för suicidprevention, SOU 2020:1",), ["Nationell strategi för suicidprevention"]),
        # the number inside a sentence, or no name before it
        (("Vi har tagit del av betänkandet (SOU 2020:1) och lämnar följande synpunkter.",), []),
        (("Ds 2015:31",), []),
    ],
)
def test_remissens_namn_pa_en_rad_i_huvudet(rader: tuple[str, ...], namn: list[str]) -> None:
    """A head line that names the remitted document with its number, alone: a name of the matter beside the
    title (a plain print takes the letterhead's first line as the title)."""
    from remiss.kontroll.stallning import remissens_namn

    assert remissens_namn(rader) == namn
