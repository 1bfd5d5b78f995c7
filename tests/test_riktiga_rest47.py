"""rest47 (session 47): prov45's handläggare, remissinstanser and type misses on senders the code never saw, fixed as
classes (korpus README, Facit).

1. The contact for questions in Finland-Swedish with the verb first, and the day the person answers from between
   the phrase and the name: 'Vid behov ger tilläggsuppgifter från 22.7.2019 Arja Soini, tfn 020 615 5545'
   (prov45/kymmenedalen-avfallsnamnd-avfallshanteringsbestammelser-meddelande; `modeller/kontakt.toml`
   ger_tillaggsuppgifter, and tillaggsuppgifter_ger with 'i ärendet' and 'vid behov'); and a name alone under
   'Kontaktuppgifter för frågor gällande samrådet:' (prov45/fiskevardsteknik-alafors-kvarn-samrad; what the questions
   concern after 'gällande', 'kring', 'angående', `personer._ETIKETT`).
2. The request for opinions sent to its receivers in the passive, the receivers fronted: 'Till medlemskommunerna
   inom Vasa sjukvårdsdistrikt har i maj 2019 skickats en utlåtandebegäran gällande …'
   (prov45/vasa-svd-grundavtal-utlatandebegaran; `instanser.request_sent`, `listor.toml` begaran): one receiver is a
   list when it names a body, not an open kind ('berörda nämnder').
3. Two documents read as answers that are neither remiss nor answer: an association's list of its own remissvar
   ('Nedan följer en sammanställning av remissgången …', 'har föreningen även tillfrågats och besvarat ett flertal
   övriga remisser', prov45/srpf-remisser-forteckning; `yttrandesignaler.jsonl` samling-av-remissvar and
   om-remissvar-i-allmanhet), and a board's proposal to send out a samrådsunderlag ('Förbundsstyrelsen föreslås
   besluta att översända samrådsunderlaget till medlemskommunerna med hemställan om synpunkter senast …',
   prov45/gr-forbundsstyrelsen-samradsunderlag-budget-2011; `missiv.toml` forslag_att_remittera and
   `yttrandesignaler.jsonl` forslag-att-remittera): the document that proposes a remiss asks nobody but the board.

The first test of each class quotes the page (tests/korpus/<folder>/<id>.txt); the others are the same class in
other words, written here.
"""

# ruff: noqa: E501  (the documents' own lines are kept as they stand)

from __future__ import annotations

from pathlib import Path

import pytest

from remiss.extract.personer import find_handlaggare
from remiss.instanser import find_instanser
from tests.test_kontroll_riktiga import (  # noqa: F401 - the fixture
    REGLER_OCH_MODELL,
    _docx,
    _lines,
    _regler,
    igenkanda,
    korpus_stycken,
    utan_typmodell,
)
from tests.test_riktiga_missiv15 import lines_of

KYMMENEDALEN = "prov45/kymmenedalen-avfallsnamnd-avfallshanteringsbestammelser-meddelande"
FISKEVARDSTEKNIK = "prov45/fiskevardsteknik-alafors-kvarn-samrad"
VASA = "prov45/vasa-svd-grundavtal-utlatandebegaran"
SRPF = "prov45/srpf-remisser-forteckning"
GR = "prov45/gr-forbundsstyrelsen-samradsunderlag-budget-2011"


# 1. The contact for questions


@pytest.mark.parametrize(("namn", "handlaggare"), [(KYMMENEDALEN, "Arja Soini"), (FISKEVARDSTEKNIK, "Erik Bergman")])
def test_kontakten_pa_sidorna(namn: str, handlaggare: str) -> None:
    """The pages' own lines: 'Vid behov ger tilläggsuppgifter från 22.7.2019 Arja Soini, tfn …' and 'Kontaktuppgifter
    för frågor gällande samrådet:' over 'Erik Bergman' (both were null)."""
    person, _ = find_handlaggare(lines_of("\n".join(korpus_stycken(namn))))
    assert person.namn == handlaggare


@pytest.mark.parametrize(
    ("text", "namn"),
    [
        ("Vid behov ger tilläggsuppgifter från 22.7.2019 Arja Soini, tfn 020 615 5545", "Arja Soini"),
        ("Tilläggsuppgifter ger från 1.8.2019 planläggare Minna Penttinen tel. 09 2951 5332", "Minna Penttinen"),
        ("Tilläggsuppgifter i ärendet ger avfallsplanerare Anna Berg, tfn 020 615 5545", "Anna Berg"),
        ("Ytterligare information ger vid behov Per Holm tfn 06 123 4567", "Per Holm"),
        ("Närmare upplysningar om förslaget lämnar miljöinspektör Anna Holm, tfn 040 123 4567.", "Anna Holm"),
        ("Tilläggsuppgifter:\nArja Soini\ntfn 020 615 5545", "Arja Soini"),
        ("Kontaktuppgifter för frågor gällande samrådet:\nErik Bergman\nTel: 073 050 94 89", "Erik Bergman"),
        ("Kontakt för frågor kring samrådet:\nErik Bergman\nTel: 073 050 94 89", "Erik Bergman"),
        ("Kontaktperson för samrådet:\nErik Bergman\nTel: 073 050 94 89", "Erik Bergman"),
        # not the contact: the body under the place and date, a sentence about information
        ("Utlåtandet bör rubriceras ”utlåtande om avfallshanteringsbestämmelserna”.\nKouvola 8.7.2019 Kymmenedalens avfallsnämnd", None),
        ("Kommunen ger information till medborgarna om planen.\nAnna Berg är ordförande i nämnden.", None),
    ],
)
def test_kontakten_andra_ord(text: str, namn: str | None) -> None:
    """The same class in other words; not a body's signature or a sentence that gives information to others."""
    assert find_handlaggare(lines_of(text))[0].namn == namn


@pytest.mark.parametrize(
    ("text", "namn"),
    [
        ("Upplysningar ger Anna Berg, tfn 06 123 4567.", "Anna Berg"),
        ("Svar på frågor ger Anna Berg, tfn 06 123 4567.", "Anna Berg"),
        # the person first, Finland-Swedish: 'NN ger tilläggsuppgifter'
        ("Planläggare Anna Berg ger tilläggsuppgifter, tfn 06 123 4567.", "Anna Berg"),
        ("Anna Berg ger vid behov närmare upplysningar, tfn 06 123 4567.", "Anna Berg"),
        ("För tilläggsuppgifter kontakta Anna Berg, tfn 06 123 4567.", "Anna Berg"),
        ("Mer information om planen får du av Anna Berg, tfn 06 123 4567.", "Anna Berg"),
        # the call to contact under a heading's question is no part of the name (was 'Kontakta Anna Berg')
        ("Har du frågor? Kontakta Anna Berg, tfn 06 123 4567.", "Anna Berg"),
        ("Vid frågor: Ring Anna Berg, tfn 06 123 4567.", "Anna Berg"),
        # 'planläggare', the Finland-Swedish planner, is a job title before the name
        ("Kontaktperson:\nplanläggare Anna Berg\ntfn 06 123 4567", "Anna Berg"),
        # not a contact: information given to others, the body giving details later
        ("Anna Berg ger information till medborgarna.", None),
        ("Kommunen ger närmare upplysningar senare.", None),
    ],
)
def test_kontakten_fler_former(text: str, namn: str | None) -> None:
    """More forms of the contact on senders the code never saw: the noun first without a qualifier ('Upplysningar
    ger NN'), the person first ('Planläggare NN ger tilläggsuppgifter'), 'För tilläggsuppgifter kontakta NN', the
    object first ('Mer information … får du av NN'), the call to contact under a question heading."""
    assert find_handlaggare(lines_of(text))[0].namn == namn


# 2. The request for opinions sent to its receivers


def test_utlatandebegaran_till_medlemskommunerna() -> None:
    """prov45/vasa-svd-grundavtal-utlatandebegaran: 'Till medlemskommunerna inom Vasa sjukvårdsdistrikt har i maj 2019
    skickats en utlåtandebegäran …' names its receivers, as they stand (was none)."""
    found, _ = find_instanser(lines_of("\n".join(korpus_stycken(VASA))))
    assert [i.namn for i in found] == ["medlemskommunerna inom Vasa sjukvårdsdistrikt"]


@pytest.mark.parametrize(
    ("text", "namn"),
    [
        ("Till Kommunförbundet och landskapets kommuner har nu sänts en begäran om yttrande över förslaget.",
         ["Kommunförbundet", "landskapets kommuner"]),
        ("Begäran om utlåtande sänds till Närpes stad, Kristinestad och Kaskö stad.", ["Närpes stad", "Kristinestad", "Kaskö stad"]),
        ("Till samtliga nämnder skickades i april en remissförfrågan om den nya policyn.", []),  # an open kind
        ("Till berörda nämnder har skickats en begäran om yttrande.", []),
        ("Till detta har i maj skickats en utlåtandebegäran.", []),  # a pronoun
        ("Begäran om utlåtande sänds till registrator@vasa.fi senast den 15 september.", []),  # the reply address
        # the statements asked of the bodies
        ("Utlåtande begärs av Närpes stad, Kristinestad och Kaskö stad.", ["Närpes stad", "Kristinestad", "Kaskö stad"]),
        ("Utlåtanden har begärts av medlemskommunerna och Österbottens förbund.", ["medlemskommunerna", "Österbottens förbund"]),
        ("Yttrande begärs från Kommunstyrelsen, Miljönämnden och Byggnadsnämnden senast den 1 mars.",
         ["Kommunstyrelsen", "Miljönämnden", "Byggnadsnämnden"]),
        ("Stadsstyrelsen beslutar att begära utlåtande om förslaget av tekniska nämnden och byggnadsnämnden.",
         ["tekniska nämnden", "byggnadsnämnden"]),
        ("Utlåtande begärs av allmänheten senast den 1 mars.", []),  # the public, one kind
        # how it is done in general (prov22/suomifi-begar-utlatanden-tjanst, annat)
        ("Lagberedare ska begära utlåtanden av medborgare och centrala intressentgrupper som en del av lagberedningsprocessen.", []),
        ("Nämnden begär utlåtanden av medborgare och intressentgrupper.", []),
    ],
)
def test_begaran_till_mottagare_andra_ord(text: str, namn: list[str]) -> None:
    """The same class in other words: the request fronted or as the subject, or the statements asked of the bodies
    ('Utlåtande begärs av X, Y och Z'); not an open kind, a pronoun, the public, kinds in a general description or
    the reply address."""
    assert [i.namn for i in find_instanser(lines_of(text))[0]] == namn


# 3. Neither remiss nor answer


@REGLER_OCH_MODELL
@pytest.mark.parametrize("namn", [SRPF, GR])
def test_forteckning_och_forslag_att_remittera_ar_inget_yttrande(
    tmp_path: Path, request: pytest.FixtureRequest, regler_ensamma: bool, namn: str
) -> None:
    """prov45/srpf-remisser-forteckning (an association's list of its own remissvar) and
    prov45/gr-forbundsstyrelsen-samradsunderlag-budget-2011 (a board's proposal to send out a samrådsunderlag) are
    no yttrande (were yttrande), and the proposal is no remiss (was remiss)."""
    from remiss.pipeline import tolka_fil

    _regler(request, regler_ensamma)
    fil = _docx(tmp_path / "a.docx", *korpus_stycken(namn))
    assert igenkanda(fil) == []
    assert tolka_fil(fil) == []


@pytest.mark.usefixtures("utan_typmodell")
@pytest.mark.parametrize(
    ("stycken", "vantat"),
    [
        (("Remisser", "Här finns en förteckning över förbundets remissvar.", "Betänkandet Framtidens skola (SOU 2024:1)",
          "Förbundets remissvar (mars 2024)", "Förslag till nya föreskrifter om buller", "Förbundets remissvar (februari 2024)"), 0),
        (("Våra remissvar", "Förbundet har under året svarat på ett tjugotal remisser.", "Förslag till nya föreskrifter om buller",
          "Förbundets remissvar (maj 2024): Förbundet anser att gränsvärdena bör sänkas."), 0),
        # an item per answer with its month and year, twice: a list
        (("Remisser", "Här publicerar vi våra remissvar.", "Förslag till ny skollag", "Förbundets remissvar (mars 2024)",
          "Förslag till nya föreskrifter om buller", "Förbundets remissvar (februari 2024)"), 0),
        # one answer with its date: the answer itself
        (("Remissvar: Förslag till ny skollag (SOU 2024:1)", "Förbundets remissvar (mars 2024)",
          "Förbundet tillstyrker förslaget om en ny skollag men anser att övergångstiden bör förlängas.",
          "Vi stödjer utredningens förslag i stort."), 1),
    ],
)
def test_forteckning_over_egna_remissvar_andra_ord(tmp_path: Path, stycken: tuple[str, ...], vantat: int) -> None:
    """The same class in other words, by the rules alone: a page listing the body's own answers is no yttrande."""
    assert len(igenkanda(_docx(tmp_path / "f.docx", *stycken))) == vantat


@pytest.mark.parametrize(
    ("rader", "vantat"),
    [
        (("Till Kommunstyrelsen", "Förslag till riktlinjer för vattenförsörjning",
          "Kommunstyrelsen föreslås besluta att remittera förslaget till nämnderna för yttrande senast den 30 april 2025."), "annat"),
        (("Till Kommunstyrelsen", "Förslag till riktlinjer för vattenförsörjning",
          "Kommunstyrelsens arbetsutskott föreslår kommunstyrelsen besluta att remittera förslaget till nämnderna för yttrande senast den 30 april 2025."), "annat"),
        # the decision taken: the protocol paragraph that remits is the remiss (missiv/goteborg-ks-remittering-*)
        (("Kommunstyrelsen remitterar förslaget till riktlinjer till byggnadsnämnden och miljönämnden för yttrande senast 2025-04-30.",), "missiv"),
    ],
)
def test_forslag_att_remittera_andra_ord(rader: tuple[str, ...], vantat: str) -> None:
    """A proposal to decide to send a remiss is no missiv; the decision that remits is."""
    from remiss.split import classify

    assert classify(_lines(*rader)) == vantat


@pytest.mark.usefixtures("utan_typmodell")
@pytest.mark.parametrize(
    "beslut",
    [
        "Kommunstyrelsens arbetsutskott föreslår kommunstyrelsen besluta att översända underlaget till medlemskommunerna med hemställan om synpunkter senast den 30 april 2025.",
        "Kommunstyrelsen beslutar att översända underlaget till medlemskommunerna med hemställan om synpunkter senast den 30 april 2025.",
    ],
)
def test_beslut_att_skicka_ut_eget_underlag_ar_inget_yttrande(tmp_path: Path, beslut: str) -> None:
    """A tjänsteskrivelse proposing or taking the decision to send the body's own material out for comments, its duty
    'bereda medlemskommunerna tillfälle att yttra sig' quoted, answers nothing: no yttrande (the decision and the
    head made it one)."""
    stycken = ("Dnr KS 2025/12", "Tjänsteskrivelse", "Till Kommunstyrelsen", "Förslag till samrådsunderlag om budget 2026",
               "Enligt förbundsordningen ska styrelsen bereda medlemskommunerna tillfälle att yttra sig över budgeten.",
               "Förslag till beslut", beslut)
    assert igenkanda(_docx(tmp_path / "b.docx", *stycken)) == []
