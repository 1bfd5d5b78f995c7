"""typ32 (session 32): the classes prov30's yttrande misses showed, fixed in general (prov30 reported).

1. A private person's letter with comments on a named plan, its case number under the heading and no
   "Yttrande" anywhere: "Synpunkter på detaljplan Årstafältet park" / "Dnr 2011-03366" / "Jag tillbringar
   mycket av min fritid … Hur tänker ni … Jag ser fram emot att höra från er!"
   (prov30/arstagolf-arstafaltet-synpunkter, facit yttrande) was annat: its "jag … jag" is the cue of a writer
   about others' answers (-4). A heading that names the plan or proposal the letter comments on
   (`synpunkter-pa-namngiven-plan-i-rubrik`, and the two headings naming another body's proposal or a remitted
   report) with the case's number or another head field under it is a letter filed in that case
   (`Igenkanning.brev_i_arende`): the first person is the writer's own voice, and the number weighs as one cue
   more. A kommun's page inviting synpunkter on the plan under the same heading (its deadline and address
   weigh against) and a news item on neighbours' protests (no case number, others told) stay no yttrande.
2. An organisation's news item on its own answer, "Gård & Djurhälsans hållning i remissvaret är att vi
   avstyrker förslaget med följande argument:", took no stance (facit avstyrker): the link at the end of the
   page, "Läs det fullständiga remissvaret:" / "Remissvar avseende SOU 2022:58" / "• Bättre förutsättningar …"
   (the subtitle a list item in the page's file), was read as the title of a yttrande starting there, two
   lines long, and the news above it as what came before that yttrande
   (prov30/gardochdjurhalsan-djursjukvard-remissvar). A title under a line that introduces a link to the
   answer (`hitta.LANKINLEDNING`), with fewer than forty words after it, is the link's text; the page is then
   read as a whole, and its stance is found; also under a link line without its colon ("Här kan du läsa hela
   remissvaret", "Läs hela yttrandet här."). A yttrande introduced so with its own text under the title stays
   one. The same stance without the word, the proposal rejected in the passive ("Vår hållning är att förslaget
   ska avvisas", "… bör förkastas"), is avstyrker as "förslaget bör avslås" was (`planen-bor-avbrytas`).

3. An organisation's notice of its own answer told in the past tense: "I förra veckan lämnade
   Personskadeförbundet RTP synpunkter på remissen …" (prov30/rtp-trafikforsakring-remissvar) fell short of
   the threshold with the rules alone (the type model took it). "lämnade … synpunkter på", also with the
   subject after the verb or a time between, weighs as "har lämnat synpunkter på" (`lamnade-synpunkter-pa`). A
   news item on two organisations' answers stays a report. Not taken: the same for the page's author
   ("Kvinnors Nätverk lämnade i oktober remissvar till utredningen …",
   prov30/kvinnonet-vald-nara-relationer-remissvar, annat with the rules alone as a report of another's
   answer): naming the opening organisation the sender in the past tense made such a news item an own answer.

The first test of each class quotes the page (tests/korpus/prov30/<id>.txt); the others are the same class in
other words; those marked 'was …' read otherwise before the change.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_kontroll_riktiga import (  # noqa: F401 - the fixture
    REGLER_OCH_MODELL,
    _docx,
    _regler,
    igenkanda,
    korpus_stycken,
    utan_typmodell,
)

KORPUS = Path(__file__).resolve().parent / "korpus"


def _stycken(namn: str) -> list[str]:
    """Return the paragraphs of a prov30 page's text (without the source line)."""
    return korpus_stycken(f"prov30/{namn}")


# 1. A letter with comments on a named plan, its case number under the heading


@REGLER_OCH_MODELL
def test_enskilds_synpunkter_pa_detaljplan_med_dnr_ar_yttrande(
    tmp_path: Path, request: pytest.FixtureRequest, regler_ensamma: bool
) -> None:
    """prov30/arstagolf-arstafaltet-synpunkter: 'Synpunkter på detaljplan Årstafältet park' / 'Dnr 2011-03366'
    over a letter in the first person (was annat, with the rules alone and with the type model)."""
    _regler(request, regler_ensamma)
    [kontroll] = igenkanda(_docx(tmp_path / "a.docx", *_stycken("arstagolf-arstafaltet-synpunkter")))
    assert kontroll.diarienummer == "2011-03366"
    assert kontroll.stallningstagande is None


@pytest.mark.usefixtures("utan_typmodell")
@pytest.mark.parametrize(
    "stycken",
    [
        # the number in the heading, 'vi' and 'jag' of neighbours (was annat)
        ("Synpunkter på samrådshandling för detaljplan för Kv. Ugglan, dnr SBN 2023/123",
         "Vi som bor på Ugglegatan vill framföra följande. Jag har bott här i trettio år och jag ser att "
         "den nya bebyggelsen tar bort den enda lekplatsen i kvarteret.",
         "Hur har ni tänkt att barnen ska ta sig till skolan när gatan stängs?",
         "Med vänlig hälsning",
         "Karin Lind"),
        # an objection, the number on its own line (was annat)
        ("Erinran mot detaljplan för Norra hamnen",
         "Diarienummer: PLAN 2022-456",
         "Jag äger fastigheten Hamnen 4 och jag motsätter mig att byggrätten på grannfastigheten höjs till "
         "sex våningar. Det skuggar min tomt hela eftermiddagen.",
         "Jag hoppas att nämnden tar hänsyn till detta."),
        # a company's letter on the granskning, 'Angående' heading (was annat)
        ("Angående granskning av detaljplan för del av Sicklaön 13:3",
         "Er beteckning: KFKS 2019/345",
         "Jag skriver för Sicklaön Bygg AB, som äger grannfastigheten. Jag vill påpeka att den nya gatan "
         "dras över vår infart och att vi då inte kan ta emot leveranser."),
    ],
)
def test_brev_med_synpunkter_pa_namngiven_plan_i_andra_ord(tmp_path: Path, stycken: tuple[str, ...]) -> None:
    """The class in other words, with the rules alone: another writer, the case number in the heading or under
    it, another heading word."""
    assert len(igenkanda(_docx(tmp_path / "b.docx", *stycken))) == 1


@pytest.mark.usefixtures("utan_typmodell")
@pytest.mark.parametrize(
    "stycken",
    [
        # the kommun's page inviting synpunkter on the plan under the same heading: a remiss
        ("Synpunkter på detaljplan för Kv. Ugglan",
         "Dnr SBN 2023/123",
         "Stadsbyggnadsnämnden har beslutat att låta förslaget till detaljplan gå ut på samråd. Jag som "
         "planhandläggare svarar gärna på frågor, och jag finns på plats vid samrådsmötet.",
         "Synpunkter ska lämnas skriftligen senast den 12 maj 2023 till Stadsbyggnadsnämnden, Box 12, "
         "123 45 Staden."),
        # a news item on neighbours' protests: no case number, others told
        ("Synpunkter på detaljplan för Årstafältet väcker oro",
         "Grannarna i Årsta har lämnat in protestlistor mot planen. – Jag tycker att golfbanan ska vara "
         "kvar, jag spelar där varje vecka, säger Anna Svensson, som bor intill fältet.",
         "Stadsbyggnadskontoret väntas lägga fram ett reviderat förslag under hösten."),
    ],
)
def test_inbjudan_och_nyhet_om_plan_ar_inget_yttrande(tmp_path: Path, stycken: tuple[str, ...]) -> None:
    """A kommun's invitation and a news item under such a heading are no yttrande."""
    assert igenkanda(_docx(tmp_path / "c.docx", *stycken)) == []


def test_brev_i_arende_kraver_rubrik_och_huvud() -> None:
    """The letter in a case needs both the heading naming the plan and a head field: 'jag' stays a writer's
    cue under a bare heading. The explanation says which cues did not count and what the number weighed."""
    from remiss.domain import Line
    from remiss.kontroll.signaler import igenkanning

    def rader(*texter: str) -> list[Line]:
        return [Line(text=text, page=1, number=i + 1) for i, text in enumerate(texter)]

    brodtext = "Jag bor intill parken och jag vill att den finns kvar."
    med_dnr = igenkanning(rader("Synpunkter på detaljplan Årstafältet park", "Dnr 2011-03366", brodtext))
    utan_dnr = igenkanning(rader("Synpunkter på detaljplan Årstafältet park", brodtext))
    utan_rubrik = igenkanning(rader("Årstafältet park", "Dnr 2011-03366", brodtext))
    assert med_dnr.brev_i_arende and "jag-om-andras-svar" in med_dnr.bortsedda
    assert "räknas inte: jag-om-andras-svar, ärendets nummer +1" in med_dnr.forklaring()
    assert not utan_dnr.brev_i_arende and "jag-om-andras-svar" not in utan_dnr.bortsedda
    assert not utan_rubrik.brev_i_arende


# 2. A link to the answer at the end of the organisation's news item


def test_gard_och_djurhalsans_hallning_avstyrker() -> None:
    """prov30/gardochdjurhalsan-djursjukvard-remissvar (the corpus file: the link's subtitle is a list item
    there): the news item read as a whole, its stance found (was null: the link 'Remissvar avseende SOU
    2022:58' under 'Läs det fullständiga remissvaret:' was the title of a two-line yttrande)."""
    [kontroll] = igenkanda(KORPUS / "prov30" / "gardochdjurhalsan-djursjukvard-remissvar.docx")
    assert kontroll.stallningstagande == "avstyrker"
    assert kontroll.titel.startswith("Gård & Djurhälsans remissvar")
    assert kontroll.diarienummer is None


@pytest.mark.parametrize(
    ("stallning_mening", "lank", "stallning"),
    [
        ("I vårt remissvar avstyrker vi utredningens förslag om att stänga jouren nattetid.",
         "Ladda ner hela remissvaret här:", "avstyrker"),  # was null
        ("Förbundets inställning är att vi tillstyrker förslaget.",
         "Läs vårt yttrande i sin helhet:", "tillstyrker"),  # was null
        ("I remissvaret ställer vi oss bakom förslaget.",
         "Här kan du läsa remissvaret:", "tillstyrker"),  # was null
        # the stance without the word, the proposal's rejection in the passive (was null)
        ("Vår hållning i remissvaret är att förslaget ska avvisas.",
         "Läs hela yttrandet här:", "avstyrker"),
        ("Förbundets hållning är att utredningens förslag bör förkastas.",
         "Ladda ner remissvaret:", "avstyrker"),
        # the link line without its colon, a sentence (was null)
        ("Förbundet tillstyrker förslaget.", "Här kan du läsa hela remissvaret", "tillstyrker"),
        ("Förbundet avstyrker förslaget.", "Läs hela yttrandet här.", "avstyrker"),
    ],
)
def test_lank_till_svaret_sist_i_andra_ord(
    tmp_path: Path, stallning_mening: str, lank: str, stallning: str
) -> None:
    """The class in other words: another organisation, another link line and stance wording, the link's title
    with its subtitle at the end."""
    [kontroll] = igenkanda(_docx(
        tmp_path / "l.docx",
        "Nyhet",
        "Veterinärförbundets remissvar om veterinär beredskap",
        "Utredningen om djurens hälso- och sjukvård föreslår att distriktsveterinärerna ska få stänga sin "
        "jour mellan klockan 23 och 06.",
        stallning_mening,
        lank,
        "Remissvar avseende Ds 2023:5",
        "• Veterinär beredskap i hela landet",
    ))
    assert kontroll.stallningstagande == stallning
    assert kontroll.titel == "Veterinärförbundets remissvar om veterinär beredskap"


def test_yttrande_under_lankrad_med_egen_text_ar_kvar(tmp_path: Path) -> None:
    """A yttrande introduced by such a line with its own text under its title is still the yttrande."""
    [kontroll] = igenkanda(_docx(
        tmp_path / "y.docx",
        "Nyhet",
        "Kommunstyrelsen har yttrat sig över förslaget till regional transportplan.",
        "Läs vårt yttrande nedan:",
        "Yttrande över förslag till regional transportplan 2026–2037",
        "Kommunen tillstyrker förslaget till regional transportplan. Kommunen vill särskilt lyfta fram "
        "behovet av mötesspår på Inlandsbanan och en utbyggd kollektivtrafik mellan tätorterna, som i dag "
        "saknar direkta förbindelser. Satsningarna på trafiksäkerhet är välkomna, men medlen till det "
        "kommunala vägnätet bör öka när fler resor ska ske med cykel och buss i hela länet.",
    ))
    assert kontroll.titel.startswith("Yttrande över förslag till regional transportplan")
    assert kontroll.stallningstagande == "tillstyrker"


# 3. An organisation's notice of its own answer told in the past tense


@pytest.mark.usefixtures("utan_typmodell")
def test_rtp_lamnade_synpunkter_pa_remissen_ar_yttrande() -> None:
    """prov30/rtp-trafikforsakring-remissvar: 'I förra veckan lämnade Personskadeförbundet RTP synpunkter på
    remissen …' (was annat with the rules alone: short of the threshold)."""
    assert len(igenkanda(KORPUS / "prov30" / "rtp-trafikforsakring-remissvar.pdf")) == 1


@pytest.mark.usefixtures("utan_typmodell")
@pytest.mark.parametrize(
    "stycken",
    [
        # the subject after the verb and a time first (was annat)
        ("Licensjakten behöver tydliga regler",
         "I förra veckan lämnade Svenska Jägareförbundet synpunkter på promemorian om licensjakt på varg. Vi "
         "ser i stort sett positivt på förslagen men anser att länsstyrelserna behöver mer resurser."),
        # the answer without article after the inverted subject (was annat)
        ("Nya regler för färdtjänst",
         "Nyligen lämnade DHR remissvar på utredningen om färdtjänst. Vi anser att resenärernas rätt till "
         "ledsagare måste stärkas."),
    ],
)
def test_egen_notis_i_preteritum_i_andra_ord(tmp_path: Path, stycken: tuple[str, ...]) -> None:
    """The class in other words, with the rules alone: another organisation, another order."""
    assert len(igenkanda(_docx(tmp_path / "p.docx", *stycken))) == 1


@pytest.mark.usefixtures("utan_typmodell")
def test_nyhet_om_flera_organisationers_svar_i_preteritum_ar_inget_yttrande(tmp_path: Path) -> None:
    """A news item telling two organisations' answers, each in its own words, stays a report of others'
    answers with the past tense's cue too."""
    fil = _docx(
        tmp_path / "n.docx",
        "Hård kritik mot fiskeutredningen",
        "Naturvårdsverket lämnade i går sitt remissvar på utredningen om fiskevård. Naturvårdsverket skriver "
        "i sitt remissvar att förslaget om avgifter är otydligt. Länsstyrelsen i Jämtland skriver i sitt "
        "remissvar att de små fiskevårdsområdena drabbas.",
    )
    assert igenkanda(fil) == []
