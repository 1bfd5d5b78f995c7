"""typ38 (session 38): document type, ställningstagande and sammanfattning on real documents (prov36 reported).

1. "… och vi biträder i huvudsak därmed förslagen som presenteras i betänkandet."
   (prov36/kvaner-malmfalten-minoritetspolitik-yttrande, facit tillstyrker) gave no stance: 'biträda' a
   proposal is to support it (an agency's word: "Justitiekanslern biträder förslaget"), with 'i huvudsak' the
   whole (`stallningstagande.jsonl` bitrada-forslaget; 'biträder utredningens bedömning' counts in the decision
   only, as 'delar utredningens bedömning'); 'i allt väsentligt' is 'i huvudsak' before 'bakom' too
   (stalla-sig-bakom). Not the other sense, 'biträder kommunen i arbetet': its object is no proposal.
2. The heading "Sammanfattning och allmänt" over the answer's first paragraph (the same document, facit
   har_sammanfattning true) was no summary heading: the summary joined to the general part or the
   introduction ("Sammanfattning och allmänt", "Inledning och sammanfattning", "Övergripande synpunkter och
   sammanfattning") and the summing-up adjective with a singular noun ("Sammanfattande kommentar", "Sammanfattande
   slutsats") are (`avsnitt.SAMMANFATTNING`, and run into a transcript's line, `SAMMANFATTNING_OCH`).
3. A party's press release on its own counter-proposal in Sametinget's plenum that tells how the remiss round
   went ("Alla samebyar motsatte sig förslaget i remissrundan", prov36/samelandspartiet-motforslag-
   pressmeddelande, facit annat) was a yttrande: the rules said no (the press release's genre cue counted, -12),
   but the learned type read 'vårt motförslag', 'vi', 'yttrande' as an answer (0,72) and overruled them. How
   all or most of a remiss round's bodies answered is a text about others' answers, as '12 av 40
   remissinstanser avstyrker förslaget' is (`yttrandestruktur.jsonl` remissrundans-utfall, family referat):
   the learned type is then not asked. An organisation's own press release on its own answer stays a yttrande.
4. A region's own page on its answer, found in the search tool's pages corpus (Västra Götalandsregionen,
   regionstyrelsens beslut den 8 april: "… är Västra Götalandsregionen sammanfattningsvis positiv till
   inriktningen i utredningen och välkomnar ett snabbt genomförande"), gave no stance: 'sammanfattningsvis' between
   the verb and the stance was no adverb of the stance patterns as 'sammantaget' is (every list that has
   'sammantaget' now has it), and the direction ('inriktningen', 'huvuddragen') of the remitted document is the
   document, as 'ställer sig positiv till inriktningen i utredningen' already read (`vara-positiv-till-inriktningen`);
   its intentions are a part.

The first test of each class quotes the document (tests/korpus/<mapp>/<id>.txt); the others are the same class
in other words; those marked 'was …' read otherwise before the change.
"""

# ruff: noqa: E501  (the documents' own lines are kept as they stand)

from __future__ import annotations

from pathlib import Path

import pytest

from remiss.domain import Line
from remiss.kontroll.avsnitt import rubrik, split_avsnitt
from remiss.kontroll.struktur import bedom
from remiss.kontroll.typer import Yttrandedel
from tests.test_kontroll_riktiga import (  # noqa: F401 - the fixture
    REGLER_OCH_MODELL,
    _docx,
    _lines,
    _regler,
    _stallning,
    igenkanda,
    korpus_stycken,
    utan_typmodell,
)

KVANER = "prov36/kvaner-malmfalten-minoritetspolitik-yttrande"
SAMELANDSPARTIET = "prov36/samelandspartiet-motforslag-pressmeddelande"

# 1. 'biträder förslaget'


def test_bitrader_i_huvudsak_forslagen_tillstyrker() -> None:
    """prov36/kvaner-malmfalten-minoritetspolitik-yttrande, its stance sentence: tillstyrker (was null)."""
    assert _stallning(
        "Vi anser att förslagen utredaren presenterar i betänkandet tar utvecklingen i rätt riktning och för "
        "minoritetspolitiken med ganska ordentliga kliv framåt, och vi biträder i huvudsak därmed förslagen som "
        "presenteras i betänkandet."
    ) == "tillstyrker"


@pytest.mark.parametrize(
    ("mening", "vantat"),
    [
        # the same class in other words (was null)
        ("Justitiekanslern biträder förslaget.", "tillstyrker"),
        ("Myndigheten biträder i allt väsentligt utredningens förslag.", "tillstyrker"),
        ("Förbundet ställer sig i allt väsentligt bakom utredningens förslag.", "tillstyrker"),
        ("Myndigheten kan inte biträda förslaget om en ny lag.", "avstyrker"),
        # not the class: the other sense (assisting someone), the assessment in the body text, history
        ("Länsstyrelsen biträder kommunen i arbetet med översiktsplanen.", None),
        ("Föredragande har varit biträdande avdelningschefen Tove Björnheden.", None),
        ("Vi biträder utredningens bedömning att frågan bör utredas vidare.", None),
        ("Även Domstolsverket biträdde förslaget i sitt remissvar 2015.", None),
    ],
)
def test_bitrada_forslaget_i_andra_ord(mening: str, vantat: str | None) -> None:
    """'Biträda' a proposal (or the remitted document) supports it; other objects are no stance."""
    assert _stallning(mening) == vantat


def test_bitrader_bedomningen_i_beslutet() -> None:
    """'biträder utredningens bedömning' in the decision is support, as 'delar utredningens bedömning' (was
    null)."""
    from remiss.kontroll.brister import bedom as bedom_stallning
    from remiss.kontroll.stallning import find_fynd, make_blocks

    fynd = find_fynd(make_blocks(_lines("Nämnden biträder utredningens bedömning.")), del_="beslut",
                     namnd="Nämnden")
    assert bedom_stallning(fynd, [], har_beslutsrubrik=True).stallningstagande == "tillstyrker"


# 2. a summary heading with its second part


def _sammanfattning(*rader: tuple[str, float]) -> tuple[tuple[str, ...], bool]:
    """Return the summary's lines and whether a summary heading was read, of a text under a title (each line
    with its font size)."""
    lines = tuple(Line(text=text, page=1, number=i + 1, size=size) for i, (text, size) in enumerate(rader))
    avsnitt = split_avsnitt(Yttrandedel(lines=lines, titel=lines[0].text, titelrader=1, titelindex=0))
    return tuple(line.text for line in avsnitt.sammanfattning), avsnitt.har_sammanfattningsrubrik


def test_sammanfattning_och_allmant_ar_sammanfattningsrubrik() -> None:
    """prov36/kvaner-malmfalten-minoritetspolitik-yttrande, the PDF's lines: the heading's text is the summary
    (was no summary heading)."""
    sammanfattning, har = _sammanfattning(
        ("dnr Ku2017/01534/DISK YTTRANDE 2017-10-03", 13.0),
        ("Delbetänkande, Nästa steg? Förslag för en stärkt minoritetspolitik (SOU 2017:60)", 10.5),
        ("Sammanfattning och allmänt", 13.0),
        ("Vi, kväner i Malmfälten, med meänkieli som minoritetsspråk, fokuserar i detta", 10.5),
        ("remissvar endast på områden som för oss är av central betydelse.", 10.5),
    )
    assert har
    assert sammanfattning[0].startswith("Vi, kväner i Malmfälten")


def test_sammanfattning_och_allmant_i_transkriptets_stycke(tmp_path: Path) -> None:
    """The same answer as its transcript gives it, the heading run into one paragraph with the head and the
    text: a summary (was har_sammanfattning false) and the stance tillstyrker (was null)."""
    (kontroll,) = igenkanda(_docx(tmp_path / "k.docx", *korpus_stycken(KVANER)))
    assert kontroll.har_sammanfattning
    assert kontroll.stallningstagande == "tillstyrker"


@pytest.mark.parametrize(
    ("text", "vantat"),
    [
        # the same class in other words (was None)
        ("Sammanfattning och allmänt", "sammanfattning"),
        ("Sammanfattning och inledning", "sammanfattning"),
        ("Inledning och sammanfattning", "sammanfattning"),
        ("Allmänt och sammanfattning", "sammanfattning"),
        ("Övergripande synpunkter och sammanfattning", "sammanfattning"),
        ("Sammanfattande kommentar", "sammanfattning"),
        ("Sammanfattande slutsats:", "sammanfattning"),
        # already read so
        ("Sammanfattning och slutsatser", "sammanfattning"),
        ("Sammanfattande synpunkter", "sammanfattning"),
        # not the class: the general part or the introduction alone, a sentence
        ("Allmänt", None),
        ("Inledning", None),
        ("Sammanfattningsvis och allmänt sett är förslaget bra.", None),
    ],
)
def test_sammanfattningsrubrik_med_andra_led(text: str, vantat: str | None) -> None:
    """The summary joined to the general part or the introduction, and the summing-up adjective with a noun in
    the singular, head the summary."""
    assert rubrik(text) == vantat


# 3. a press release that tells how a remiss round went


@REGLER_OCH_MODELL
def test_partis_pressmeddelande_om_motforslag_ar_inget_yttrande(
    tmp_path: Path, request: pytest.FixtureRequest, regler_ensamma: bool
) -> None:
    """prov36/samelandspartiet-motforslag-pressmeddelande, the page's words: no yttrande (was one by the learned
    type, 0,72 against the rules' -12)."""
    _regler(request, regler_ensamma)
    assert igenkanda(_docx(tmp_path / "s.docx", *korpus_stycken(SAMELANDSPARTIET))) == []


@pytest.mark.parametrize(
    ("mening", "traff"),
    [
        ("Alla samebyar motsatte sig förslaget i remissrundan, men styrelsens förslag har inte förändrats.", True),
        # the same class in other words
        ("Samtliga kommuner avstyrkte förslaget i remissomgången.", True),
        ("De flesta remissinstanser var kritiska till förslaget i remissbehandlingen.", True),
        ("En majoritet av regionerna ställde sig bakom förslaget i sina remissvar.", True),
        # not the class: the sender's own answer, a round not yet held, one body
        ("Kommunen avstyrker förslaget i sitt remissvar.", False),
        ("Alla kommuner får yttra sig i remissrundan.", False),
        ("Länsstyrelsen motsatte sig förslaget i remissrundan.", False),
    ],
)
def test_remissrundans_utfall_ar_referat(mening: str, traff: bool) -> None:
    """How all or most of a remiss round's bodies answered: a report of others' answers (`referat`)."""
    familjer = bedom(_lines(mening)).familjer
    assert ("remissrundans-utfall" in familjer.get("referat", (0, ()))[1]) is traff


@REGLER_OCH_MODELL
def test_eget_pressmeddelande_om_eget_yttrande_forblir_yttrande(
    tmp_path: Path, request: pytest.FixtureRequest, regler_ensamma: bool
) -> None:
    """Not the class: a body's own press release on its answer ('Det beskedet gav Landstinget i Kalmar län …
    till den statliga Indelningskommittén', yttranden/ltkalmar-sydostra-sverige-yttrande) stays a yttrande with
    the learned type (the rules alone never read it)."""
    _regler(request, regler_ensamma)
    funna = igenkanda(_docx(tmp_path / "l.docx", *korpus_stycken("yttranden/ltkalmar-sydostra-sverige-yttrande")))
    assert len(funna) == (0 if regler_ensamma else 1)


# 4. the page's own answer 'sammanfattningsvis positiv till inriktningen i utredningen'

VGR = (
    "I yttrandet, som tagits fram av regionkansliets hälso- och sjukvårdsavdelning i samverkan med "
    "regionutvecklingssekretariatet, Sahlgrenska Universitetssjukhuset, Sahlgrenska Akademin samt Gothia Forum, är "
    "Västra Götalandsregionen sammanfattningsvis positiv till inriktningen i utredningen och välkomnar ett snabbt "
    "genomförande."
)


def test_sammanfattningsvis_positiv_till_inriktningen_i_utredningen() -> None:
    """Västra Götalandsregionen's page on its regionstyrelse's decisions of 8 April (the yttrande over Starka
    tillsammans, SOU 2013:87; the search tool's pages corpus): tillstyrker (was null)."""
    assert _stallning(VGR) == "tillstyrker"


@pytest.mark.parametrize(
    ("mening", "vantat"),
    [
        # the same classes in other words (was null): 'sammanfattningsvis' as 'sammantaget', and the direction
        # of the remitted document as the whole
        ("Kommunen är sammanfattningsvis positiv till förslaget.", "tillstyrker"),
        ("Regionen ställer sig sammanfattningsvis positiv till förslaget.", "tillstyrker"),
        ("Kommunen är i huvudsak positiv till den övergripande inriktningen i strategin.", "tillstyrker"),
        ("Regionen ser positivt på huvuddragen i förslaget.", "tillstyrker"),
        ("Kommunen är inte positiv till inriktningen i förslaget.", "avstyrker"),
        # already read so
        ("Regionen ställer sig positiv till inriktningen i utredningen.", "tillstyrker"),
        ("Kommunen är sammanfattningsvis kritisk till förslaget.", "avstyrker"),
        # not the class: the intentions (a purpose, a part), the direction of something else
        ("Kommunen är positiv till intentionerna i förslaget.", None),
        ("Kommunen är positiv till inriktningen i arbetet med tillsyn.", None),
    ],
)
def test_sammanfattningsvis_och_inriktningen_i_andra_ord(mening: str, vantat: str | None) -> None:
    """'Sammanfattningsvis' between the verb and the stance is 'sammantaget'; the direction ('inriktningen',
    'huvuddragen') of the remitted document is the document."""
    assert _stallning(mening) == vantat
