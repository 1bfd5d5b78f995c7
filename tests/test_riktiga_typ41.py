"""typ41 (session 41): whose voice is it? prov39's type misses (last session's blind set), fixed as classes.

1. A press release on the organisation's own remissvar read as annat: "Försvarshögskolan har idag lämnat in
   sitt remissvar på …" under "Försvarshögskolan" and "Pressmeddelande • Sep 15, 2009 18:28 CEST"
   (prov39/fhs-stodutredningen-remissvar-pressmeddelande, facit yttrande). 'har idag' before the verb and
   'lämnat in' for 'lämnat' were not read: the head's organisation was no subject of the text, so the genre
   cues (pressmeddelande, presskontakt) weighed against its own answer. Now 'har i dag/idag' as 'har nu', and
   'lämnat in' as 'skickat in', where the text's subject hands in its answer (`struktur._subjekt`,
   `_eget_svar`, and the author opening a page whose head names no one, `EGEN_FORFATTARE`).
2. A news site's page on two authorities' yttranden read as yttrande: "Nu har både Naturvårdsverket och
   Länsstyrelsen lämnat sitt yttrande till mark- och miljödomstolen" under the headline "Länsstyrelsen säger ja –
   byggnadsdom kan komma i juni" (prov39/bodenxt-h2-green-steel-yttranden, facit annat). The headline made
   Länsstyrelsen the head's organisation and so the text's own voice. Two organisations each told with its own
   answer ("både X och Y … sitt yttrande", "var sitt yttrande") are a report on them (`bada-organisationernas-
   svar`), also where the one is the headline's subject; not under a letterhead line with either name alone,
   not where the writer speaks in the first person, and not a joint answer ("ett gemensamt yttrande").
3. A page titled by the remitted proposal, "”Förslag till förordning om tillfälligt förbud mot servering av
   alkohol”", with "IOGT-NTO stöttar regeringens förslag …" (yttranden/iogtnto-serveringsforbud-alkohol-yttrande,
   facit yttrande) had no word of a remiss or an answer by annat39's gate (`kontroll.SVARETS_ORD`), so the
   learned type's yttrande (0,82) was not taken. A "förslag till förordning/lag" is a remitted document's kind,
   as a betänkande or a promemoria: the gate lets the learned type decide (it still decides; the rules alone
   leave the page annat).

The first test of each class quotes the page (tests/korpus/<folder>/<id>.txt); the others are the same class in
other words, written here. Not fixed: prov39/kth-forslag-forskningspolitik-nyhet ("I KTH:s remissvar
efterfrågas …" under "KTH", quotes of its vice-rector, no first person of the text's own and no link to the
answer: a newspaper's article on KTH's input reads the same; facit itself doubtful).
"""

# ruff: noqa: E501  (the documents' own lines are kept as they stand)

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_kontroll_riktiga import (  # noqa: F401 - the fixture
    REGLER_OCH_MODELL,
    _docx,
    _lines,
    _regler,
    igenkanda,
    utan_typmodell,
)
from tests.test_riktiga_annat39 import _sakert_yttrande

# 1. The organisation's own press release: 'har idag lämnat in sitt remissvar'

FHS = (
    "Försvarshögskolan",
    "Det globala säkerhetsläget ställer ökade krav på officersutbildning",
    "Pressmeddelande   •   Sep 15, 2009 18:28 CEST",
    "Försvarshögskolan har idag lämnat in sitt remissvar på \"Ett användbart och tillgängligt försvar - Stödet till Försvarsmakten\" (Fö 2009:A)",
    "- Försvarshögskolan bejakar behovet av översyn av all den statliga verksamhet som påverkar möjligheterna till att stärka Försvarsmaktens operativa förmåga, säger rektor Mats Ericson. Men vi anser inte att officersutbildning med bibehållen kvalitet är möjlig med de förslag som utredningen lägger, varken på grundläggande eller högre nivå.",
    "Läs hela remissvaret på www.fhs.se",
    "För mer information kontakta",
    "Rektor Mats Ericson, 08-553 42 501",
)


@REGLER_OCH_MODELL
def test_pressmeddelande_om_eget_inlamnat_remissvar(
    tmp_path: Path, request: pytest.FixtureRequest, regler_ensamma: bool
) -> None:
    """prov39/fhs-stodutredningen-remissvar-pressmeddelande (mynewsdesk.com, the university's press release):
    'har idag lämnat in sitt remissvar' under its own name is its own answer (was annat by the rules alone)."""
    _regler(request, regler_ensamma)
    assert len(igenkanda(_docx(tmp_path / "f.docx", *FHS))) == 1


@pytest.mark.usefixtures("utan_typmodell")
@pytest.mark.parametrize(
    "stycken",
    [
        # another body, 'i dag' in two words, under its own name and the press room's label
        ("Sjöfartsverket",
         "Farlederna behöver underhållas",
         "Pressmeddelande   •   Mar 02, 2021 09:15 CET",
         "Sjöfartsverket har i dag lämnat in sitt remissvar på promemorian om nya farledsavgifter.",
         "Vi ser stora risker för sjöfarten i norra Sverige om avgifterna höjs så kraftigt, säger generaldirektören.",
         "För mer information kontakta presstjänsten, 010-478 40 00"),
        # no name over the page: the organisation opening the text as the one that has handed in its answer
        ("Farlederna behöver underhållas",
         "Pressmeddelande   •   Mar 02, 2021 09:15 CET",
         "Sjöfartsverket har idag lämnat in sitt remissvar på promemorian om nya farledsavgifter.",
         "Sjöfartsverket anser att förslaget riskerar sjöfarten i norra Sverige.",
         "För mer information kontakta presstjänsten, 010-478 40 00"),
    ],
)
def test_pressmeddelande_om_eget_inlamnat_remissvar_andra_ord(tmp_path: Path, stycken: tuple[str, ...]) -> None:
    """The same class in other words, by the rules alone: the press release of the body that has handed in its
    answer is that answer."""
    assert len(igenkanda(_docx(tmp_path / "s.docx", *stycken))) == 1


# 2. Two bodies each with its own yttrande: a report on them

BODENXT = (
    "Länsstyrelsen säger ja – byggnadsdom kan komma i juni",
    "Länsstyrelsen säger ja – byggnadsdom kan komma i juni",
    "Länsstyrelsen och Naturvårdsverket ger H2 Green Steel grönt ljus – men med vissa invändningar",
    "Nästa steg i tillståndsprocessen är nu byggnadsdomen som avgörs i juni.",
    "H2 Green Steel har ansökt om miljötillstånd för att påbörja bygget av stålverket och världens största gröna vätgasanläggning på Boden industrial park.",
    "Nu har både Naturvårdsverket och Länsstyrelsen lämnat sitt yttrande till mark- och miljödomstolen utifrån miljökonsekvensbeskrivningen som bolaget har tagit fram.",
    "Vill flytta groda",
    "Båda instanserna säger ja till att bolaget får tillstånd att gå vidare med bland annat de markarbeten som måste göras innan det kan byggas ett stålverk i Boden. Länsstyrelsen skriver också att det finns skäl att bevilja den byggnadsdom som företaget har ansökt om. Men vill samtidigt att bolaget gör vissa förtydliganden och kompletteringar när det handlar om artskyddet för enstaka djur och växter och när det handlar om vattenmiljön.",
    "H2 Green Steel har uppgett att dem vill flytta på grodorna för att säkerställa att dessa inte tar skada och länsstyrelsen skriver att denna åtgärd kräver dispens. Någon formell dispensansökan har inte presenterats för myndigheten och därför anser dem att förslaget behöver kompletteras.",
)


@REGLER_OCH_MODELL
def test_nyhet_om_tva_myndigheters_yttranden_ar_inget_yttrande(
    tmp_path: Path, request: pytest.FixtureRequest, regler_ensamma: bool
) -> None:
    """prov39/bodenxt-h2-green-steel-yttranden (bodenxt.se): a local news site's page on the two authorities'
    yttranden to the court is a report, though the headline has Länsstyrelsen as its subject (was yttrande)."""
    from remiss.kontroll.struktur import bedom

    _regler(request, regler_ensamma)
    assert "bada-organisationernas-svar" in bedom(_lines(*BODENXT)).familjer["referat"][1]
    assert igenkanda(_docx(tmp_path / "b.docx", *BODENXT)) == []


@pytest.mark.parametrize(
    "stycken",
    [
        ("Trafikverket säger ja till ny väg förbi Ljusdal",
         "Både Trafikverket och Länsstyrelsen har nu lämnat sina yttranden över kommunens förslag till vägplan.",
         "Trafikverket tillstyrker förslaget men vill att bullerfrågorna utreds vidare."),
        ("Grönt ljus för vindparken",
         "Härjedalens kommun och Länsstyrelsen har lämnat var sitt yttrande till mark- och miljödomstolen.",
         "Kommunen anser att parken kan byggas om fåglarna skyddas."),
    ],
)
def test_tva_organisationers_egna_svar_andra_ord(stycken: tuple[str, ...]) -> None:
    """The same class in other words: both bodies, each its own answer ('både … och', 'var sitt'), told by a
    page that is neither's."""
    from remiss.kontroll.struktur import bedom

    assert bedom(_lines(*stycken)).referat


@pytest.mark.parametrize(
    "stycken",
    [
        # the page's own letterhead names one of them alone on its line: its own page on both answers
        ("Länsstyrelsen",
         "Länsstyrelsen säger ja till byggnadsdom",
         "Nu har både Naturvårdsverket och Länsstyrelsen lämnat sitt yttrande till mark- och miljödomstolen."),
        # the writer speaks in the first person
        ("Byggnadsdom för stålverket",
         "Nu har både Naturvårdsverket och Länsstyrelsen lämnat sitt yttrande till domstolen. Vi anser att "
         "ansökan bör kompletteras innan domen meddelas."),
        # a joint answer is one answer
        ("Länsstyrelsen och Naturvårdsverket säger ja",
         "Länsstyrelsen och Naturvårdsverket har tillsammans lämnat ett gemensamt yttrande till domstolen."),
    ],
)
def test_tva_organisationers_svar_som_inte_ar_referat(stycken: tuple[str, ...]) -> None:
    """The controls: a letterhead line with one of the names, a writer's 'vi', a joint answer are not this
    trait."""
    from remiss.kontroll.struktur import bedom

    referat = bedom(_lines(*stycken)).familjer.get("referat", (0, ()))[1]
    assert "bada-organisationernas-svar" not in referat


# 3. A page titled by the remitted 'förslag till förordning' names what it answers

IOGT = (
    "”Förslag till förordning om tillfälligt förbud mot servering av alkohol”",
    "IOGT-NTO stöttar regeringens förslag till tillfälligt förbud mot servering av alkohol efter klockan 22.00. Men menar att ytterligare åtgärder bör tas mot bakgrund av alkoholkonsumtionens betydelse för smittspridningen av coronaviruset i Sverige.",
    "Alkoholen verkar dock ha en mycket bredare påverkan på smittspridningen i Sverige än endast på ställen med serveringstillstånd.",
    "Med tanke på detta föreslår IOGT-NTO att stärkta alkoholpolitiska åtgärder genomförs för att minska risken för människor att smittas.",
    "IOGT-NTO föreslår:",
    "Att alkoholskatten tillfälligt höjs (förslagsvis omkring 20 procent) så snart som administrativt möjligt, senast 1 januari 2021.",
)


def test_forslag_till_forordning_ar_ett_remitterat_dokument(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """yttranden/iogtnto-serveringsforbud-alkohol-yttrande (iogt.se, 'IOGT-nto tycker:'): the page titled by the
    remitted 'Förslag till förordning om …' names what it answers; a learned type sure of a yttrande makes it
    one (was annat: no word of a remiss)."""
    _sakert_yttrande(monkeypatch)
    assert len(igenkanda(_docx(tmp_path / "i.docx", *IOGT))) == 1


@pytest.mark.parametrize(
    ("text", "vantat"),
    [
        ("IOGT-NTO stöttar regeringens förslag till tillfälligt förbud mot servering av alkohol.", False),
        ("Förslag till förordning om tillfälligt förbud mot servering av alkohol", True),
        ("Förbundet välkomnar förslaget till ny lag om stöd till trossamfund.", True),
        ("Förslag till ändring i lagen om kommunala befogenheter", True),
        ("Förslaget till lagar om tullverksamhet är bra.", True),
        # a proposal of measures or a plan is no remitted document by these words
        ("Förbundet har tagit fram ett förslag till åtgärder för ökad trafiksäkerhet.", False),
        ("Förslag till lagstiftare: lyssna på medlemmarna", False),
    ],
)
def test_svarets_ord_forslag_till_lag_eller_forordning(text: str, vantat: bool) -> None:
    """'förslag(et) till (ny/ändrad/ändring i) förordning/lag' is a word of what an answer answers; a
    'förslag till åtgärder' is not, nor 'regeringens förslag till förbud' (the proposal's content)."""
    from remiss.kontroll import SVARETS_ORD

    assert bool(SVARETS_ORD.search(text)) is vantat
