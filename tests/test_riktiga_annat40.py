"""annat40 (session 40): the type and stance misses of prov38 (last session's blind set), fixed as classes.

1. A kommun's own call to a samråd on its detaljplan with no written deadline, only the meeting's date ('Geta
   kommun kallar härmed till samråd enligt 6 kap. 30 § …', prov38/geta-havsvidden-detaljplan-samrad): the
   sender's invitation to its samråd, so the remiss (register it and warn), as 'bjuder härmed in till samråd'.
2. A service page on how to ask an agency for an analysis ('om du skickar in en remiss till LFV', 'kan du skicka
   in en remissförfrågan', prov38/lfv-flyghinderanalys-remiss-att-tanka-pa): how others send it a remiss, an
   intake instruction, never a remiss however sure the learned type is.
3. A riksdag committee's betänkande page, labelled 'Betänkande 2014/15:AU11' with the chamber's decision
   (prov38/riksdagen-au11-arbetsformedlingen-betankande): the riksdag's own document of another kind, no answer
   to a remiss; a committee's yttrande ('Yttrande 2021/22:FiU2y') stays one.
4. 'i allt väsentligt tillstyrker propositionen och avstyrker motionsyrkandena'
   (prov38/riksdagen-fiu-2021-22-2y-riksbankslag-yttrande): the motions' yrkanden are others' proposals beside
   the remitted one, so the stance on the proposition is the main one: tillstyrker (was blandat).
5. 'anser att förslagen inte har potential att möta dessa' (the proposals' own intentions,
   prov38/konstnarsnamnden-kultursamhallet-sou-2023-58-yttrande): the remitted matter as a whole fails its own
   purpose, as 'förslaget motverkar sitt eget syfte' (typ33): avstyrker; a goal outside it or a qualified
   failure ('inte ensamt', 'inte fullt ut') is no stance.

The first test of each class quotes the page (tests/korpus/prov38/<id>.txt); the others are the same class in
other words, written here.
"""

# ruff: noqa: E501  (the documents' own lines are kept as they stand)

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_kontroll_riktiga import (  # noqa: F401 - the fixture
    _docx,
    _lines,
    _stallning,
    igenkanda,
    utan_typmodell,
)
from tests.test_riktiga_kalla37 import _typ

GETA = (
    "Samråd 23 november kl 14.00 gällande förslag till detaljplan för Havsvidden 5\n"
    "Publicerad 9.11.2022 10:00 | Uppdaterad 1.12.2022 06:55\n"
    "Geta kommun kallar härmed till samråd enligt 6 kap. 30 § i plan och bygglagen för landskapet Åland den 23 "
    "november kl 14.00 i Geta kommunkansli. Samrådet gäller detaljplanering av ett område på Havsvidden enligt "
    "bifogat förslag till detaljplan."
)


def test_kommunen_kallar_harmed_till_samrad_ar_remissen() -> None:
    """prov38/geta-havsvidden-detaljplan-samrad (geta.ax, the kommun's notice board): its own call to the
    samråd with only the meeting's date is the remiss (was annat, all remiss fields lost)."""
    from remiss.split import bedom_missiv

    lines = GETA.splitlines()
    assert any(name == "bjuder_in_till_samrad" for name, _ in bedom_missiv(_lines(*lines)).signaler)
    assert _typ(GETA) == "missiv"


def test_kallar_till_samrad_andra_ord() -> None:
    """The same call in other words ('vi kallar … till samrådsmöte'); what a stage is called ('Detta kallas
    samråd') or a call told afterwards ('kallade till samråd') is none."""
    from remiss.split import bedom_missiv

    def kallar(text: str) -> bool:
        return any(name == "bjuder_in_till_samrad" for name, _ in bedom_missiv(_lines(text)).signaler)

    assert kallar("Vi kallar därför till samrådsmöte om den nya vattenskyddsföreskriften den 4 maj.")
    assert kallar("Byggnadsnämnden kallar härmed till samråd om förslaget till detaljplan för Norra hamnen.")
    assert not kallar("Alla med intresse av förslaget har möjlighet att lämna synpunkter. Detta kallas samråd.")
    assert not kallar("Kommunen kallade till samråd i våras, och cirka 30 personer kom.")


LFV = (
    "Att tänka på\n"
    "Under denna rubrik har vi samlat information om hur vi vill att informationen som skickas till LFV skall se "
    "ut. För specifik information om tjänsten CNS-analys, som är den tjänst du får om du skickar in en remiss "
    "till LFV, se under CNS-analys i menyn till vänster.\n"
    "Om du av någon anledning inte vill ha en flyghinderanalys utförd, men ändå efterhöra om LFV har något att "
    "erinra, kan du skicka in en remissförfrågan. Kom ihåg att närliggande flygplats/flygplatser ofta kräver att "
    "en flyghinderanalys utförs för att tillstyrka etablering av hinder högre än 20 meter.\n"
    "Skicka i elektroniskt format med epost till: lfvcentralregistratur@lfv.se."
)


def _sakert_remiss(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the learned type sure of a remiss, whatever the text."""
    from remiss import typmodell

    sakert = typmodell.Typbedomning({"annat": 0.05, "remiss": 0.9, "yttrande": 0.05})
    monkeypatch.setattr(typmodell, "bedom", lambda lines: sakert)


def test_tjanstesida_om_att_skicka_in_en_remiss_ar_ingen_remiss(monkeypatch: pytest.MonkeyPatch) -> None:
    """prov38/lfv-flyghinderanalys-remiss-att-tanka-pa (lfv.se): how to send LFV a remiss for its analysis is
    an intake instruction, annat also when the learned type reads a remiss (was remiss by the model)."""
    from remiss.split import _remiss_intake

    assert _remiss_intake(_lines(*LFV.splitlines()))
    # a printed page breaks the sentence anywhere: the lines are read joined
    assert _remiss_intake(_lines("information om tjänsten CNS-analys, som är den tjänst du får om du skickar",
                                 "in en remiss till LFV, se under CNS-analys i menyn till vänster."))
    _sakert_remiss(monkeypatch)
    assert _typ(LFV, typmodell=True) == "annat"


def test_skicka_in_en_remiss_andra_ord() -> None:
    """The same instruction in other words; a remissinstans that sends in its answer is no intake."""
    from remiss.split import _remiss_intake

    assert _remiss_intake(_lines("Vill ni veta om ledningen berörs skickar ni in en remiss till oss via e-post."))
    assert not _remiss_intake(_lines("Ni skickar in ert remissvar till kommunstyrelsen senast den 3 maj."))
    assert not _remiss_intake(_lines("Remissen skickas till följande remissinstanser."))


AU11 = (
    "Arbetsförmedlingen",
    "Betänkande 2014/15:AU11",
    "Ärendet är avslutat",
    "Beslut",
    "Riksdagen har behandlat en skrivelse från regeringen samt två motioner som har lämnats med anledning av "
    "skrivelsen. Regeringens skrivelse handlar dels om Riksrevisionens rapport om Arbetsförmedlingens arbete vid "
    "varsel, dels om regeringens redovisning av ett tidigare tillkännagivande.",
    "Riksdagen gjorde ett nytt tillkännagivande till regeringen om att återuppta arbetet med en bred översyn av "
    "Arbetsförmedlingen, och att regeringen bör göra det snarast. Arbetsmarknadsutskottet, som har berett frågan, "
    "anser att det påbörjade förbättringsarbetet är bra, men att det inte står i motsats till en bred översyn av "
    "Arbetsförmedlingen.",
    "Riksdagens beslut",
    "Kammaren biföll utskottets förslag.",
)


@pytest.mark.usefixtures("utan_typmodell")
def test_riksdagens_betankande_ar_inget_yttrande(tmp_path: Path) -> None:
    """prov38/riksdagen-au11-arbetsformedlingen-betankande (riksdagen.se): the page labelled 'Betänkande
    2014/15:AU11' is the committee's report itself, no answer (was yttrande by the structure: a voice, a
    betänkande named, a decision heading)."""
    from remiss.kontroll.struktur import bedom

    assert "riksdagens-egen-handling" in bedom(_lines(*AU11)).familjer["om_remiss"][1]
    assert igenkanda(_docx(tmp_path / "b.docx", *AU11)) == []


def test_riksdagens_handling_andra_ord() -> None:
    """A motion's page is the riksdag's own document too; a committee's yttrande ('Yttrande 2021/22:FiU2y')
    and a yttrande that names the betänkande in a sentence are no such page."""
    from remiss.kontroll.struktur import bedom

    def egen(*texts: str) -> bool:
        return "om_remiss" in bedom(_lines(*texts)).familjer

    assert egen("Motion 2021/22:4297", "Riksdagen ställer sig bakom det som anförs i motionen.")
    assert not egen("Yttrande 2021/22:FiU2y", "Finansutskottet har beslutat att yttra sig över propositionen.")
    assert not egen("Vi tillstyrker förslagen i betänkande 2017/18:URF2 om Riksrevisionen.")


@pytest.mark.parametrize(
    ("mening", "vantat"),
    [
        # prov38/riksdagen-fiu-2021-22-2y-riksbankslag-yttrande (data.riksdagen.se)
        ("Utskottet föreslår att konstitutionsutskottet i allt väsentligt tillstyrker propositionen och avstyrker "
         "motionsyrkandena.", "tillstyrker"),
        ("Utskottet tillstyrker propositionen och avstyrker samtliga motionsyrkanden.", "tillstyrker"),
        # a kommun's answer to a motion remitted to it: the motion is the matter
        ("Nämnden avstyrker motionen.", "avstyrker"),
    ],
)
def test_motionsyrkanden_bredvid_propositionen_ar_undantag(mening: str, vantat: str) -> None:
    """Rejecting the motions' yrkanden beside the proposition is no second stance on the matter (README,
    'Kontrollera yttrandena': the main stance)."""
    assert _stallning(mening) == vantat


@pytest.mark.parametrize(
    ("mening", "vantat"),
    [
        # prov38/konstnarsnamnden-kultursamhallet-sou-2023-58-yttrande (konstnarsnamnden.se)
        ("Konstnärsnämnden välkomnar intentionerna i utredningen av kultursamverkansmodellen, men anser att "
         "förslagen inte har potential att möta dessa.", "avstyrker"),
        ("Vi bedömer att förslaget inte kan uppnå sitt syfte.", "avstyrker"),
        ("Utredningens förslag kommer inte att uppfylla sina egna intentioner.", "avstyrker"),
        # a qualified failure, or a goal outside the proposal, is a comment
        ("Förslaget kan inte ensamt uppnå syftet.", None),
        ("Förslaget kan inte fullt ut nå sitt syfte.", None),
        ("Förslaget räcker inte för att nå klimatmålen.", None),
    ],
)
def test_forslaget_nar_inte_sitt_syfte_ar_avstyrker(mening: str, vantat: str | None) -> None:
    """The remitted matter as a whole that cannot meet its own purpose is rejected without the word, as
    'förslaget motverkar sitt eget syfte' (README, typ33)."""
    assert _stallning(mening) == vantat
