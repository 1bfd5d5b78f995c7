"""Real documents the corpus reads wrong (missiv19: the reported prov17, tolka's misses), each miss as a named
test with the document's own wording (sources in the '# source:' line of each tests/korpus/prov17/<id>.txt)."""

# ruff: noqa: E501  (the documents' own lines are kept as they stand)

from __future__ import annotations

import tomllib
from pathlib import Path

from remiss.domain import Handling, Page
from remiss.extract import extract_remiss
from remiss.extract.svarsvag import spelled_body
from remiss.split import find_missiv
from tests.test_riktiga_missiv15 import lines_of, part_of
from tests.test_riktiga_missiv18 import styled

MODELLER = Path(__file__).parents[1] / "modeller"

# prov17/landskrona-plantan1-granskning (landskrona.se, the plan page printed: the web print's line breaks)
LANDSKRONA = """Landskrona stad
Plantan 1, detaljplan för granskning
Stadsbyggnadsförvaltningen har upprättat förslag till detaljplan för fastigheten
Plantan 1, Landskrona stad. Stadsbyggnadsförvaltningen beslutade 2019-10-22 PLAN
§ 9 att skicka rubricerade detaljplaneförslag på granskning. Granskning pågår
2019-10-30 till och med 2019-11-14.
Planförslaget
Stadsbyggnadsförvaltningen har upprättat förslag till detaljplan för fastigheten
Plantan 1, Landskrona stad. Stadsbyggnadsförvaltningen beslutade 2019-10-22 PLAN
§ 9 att skicka rubricerade detaljplaneförslag på granskning.
Syftet med detaljplanen är att ändra och reglera gällande markanvändning inom
planområdet genom att C (centrum) utökas till att även omfatta S (skola), D (vård)
och K (kontor). Markanvändning S (skola) bekräftar nuvarande markanvändning.
Detaljplanen strider ej mot gällande översiktsplan.
Här kan du läsa handlingarna
Planförslaget finns även tillgängligt på Stadsbiblioteket i Landskrona,
museet i Landskrona och i Stadshusets foajé.
Så här lämnar du synpynkter
Ev. synpunkter skall insändas skriftligen och vara stadsbyggnadsnämnden tillhanda
senast 2019-11-14. Synpunkter skickas till:
Stadsbyggnadsförvaltningen
Planavdelningen, Stadshuset
261 80 Landskrona
eller
registrator.sb@landskrona.se
Den som inte framfört skriftliga synpunkter senast under utställningstiden kan förlora
rätten att senare överklaga beslutet att anta detaljplanen."""


def landskrona() -> list:
    """Return the Landskrona page's lines, its heading in 15 pt bold over 10.5 pt text."""
    return styled(LANDSKRONA, {1: 15.0, 6: 11.5, 14: 11.5, 17: 11.5})


def test_beslutsparagraf_i_en_mening_efter_radbrytning_startar_inget_protokoll() -> None:
    """prov17/landskrona-plantan1 (the worst miss: 'ingen remiss hittades'): a decision's paragraph cited in a
    sentence where the line break put the mark first ('… beslutade 2019-10-22 PLAN' / '§ 9 att skicka
    rubricerade detaljplaneförslag på granskning.') starts no protocol extract: the page is one missiv, not a
    notice cut into three parts, two of them typed protokollsutdrag before any missiv score."""
    handling = Handling(fil="x.pdf", pages=(Page(number=1, lines=tuple(landskrona())),))
    parts = find_missiv(handling)
    assert [part.dokumenttyp for part in parts] == ["missiv"]
    remiss = extract_remiss("x.pdf", parts[0])
    assert remiss is not None
    assert (remiss.svarsdatum, remiss.svarsadress) == ("2019-11-14", "registrator.sb@landskrona.se")


def test_namnden_som_svaren_ska_vara_tillhanda_fore_forvaltningen() -> None:
    """prov17/landskrona-plantan1: 'Ev. synpunkter skall insändas skriftligen och vara stadsbyggnadsnämnden
    tillhanda' names the nämnd the views are to reach; the förvaltning that prepares the plan and takes the
    post is the office working for it: the sender is the city with the nämnd (README: the body before
    'tillhanda')."""
    remiss = extract_remiss("x.pdf", part_of(landskrona()))
    assert remiss is not None
    assert remiss.avsandare == "Landskrona stad, Stadsbyggnadsnämnden"


# prov17/borgholm-solberga-detaljplan-granskning (borgholm.se, the notice's print page)
BORGHOLM = """Utskriftsdatum: 13 November 2019
Detaljplan för Solberga 3:1 m.fl.
Kommunen har tagit fram ett förslag till detaljplan för del av Solberga 3:1 m.fl. Detaljplanen syftar till att möjliggöra en bostadsutveckling mellan Borgholm och Köpingsvik samt en utveckling av våtmarksområdet längs kusten vid Solbergaområdet .
Förslaget finns nu tillgängligt för granskning, vilket innebär att allmänheten kan ta del av förslaget samt inkomma med synpunkter. Granskningen pågår mellan 21:e januari t.o.m. 11:e februari 2019
Eventuella skrivelser med synpunkter på granskningshandlingen ska vara försedda med namn, adress och en fastighetsbeteckning. Ange detaljplan Solbergamarken dnr 2015-231 i ämnesfältet. Skrivelsen skickas till: miljobyggnadsnamnden@borgholm.se
Vi tar företrädesvis emot synpunkter per e-post men du kan även skicka synpunkterna till: Kommunledningsförvaltningen, Borgholms kommun, Box 52, 387 21 Borgholm, senast den 11:e februari 2019.
Den som inte senast under granskningsskedet lämnat synpunkter på planförslaget, kan förlora rätten att överklaga detaljplanen.
Upplysningar om detaljplaneförslaget ges av planarkitekt Thomas Nilausen."""


def test_namndens_epostlada_fore_forvaltningen_i_postalternativet() -> None:
    """prov17/borgholm-solberga: the views go first to the nämnd's mailbox ('Skrivelsen skickas till:
    miljobyggnadsnamnden@borgholm.se'), the post to the förvaltning only as the other way ('Vi tar företrädesvis
    emot synpunkter per e-post men du kan även skicka synpunkterna till: Kommunledningsförvaltningen, …'): the
    sender is the kommun with the nämnd the mailbox spells (modeller/kontakt.toml [namndfalt])."""
    remiss = extract_remiss("x.pdf", part_of(styled(BORGHOLM, {1: 16.0})))
    assert remiss is not None
    assert remiss.avsandare == "Borgholms kommun, Miljö- och byggnadsnämnden"


def test_namndfaltens_exempel() -> None:
    """modeller/kontakt.toml [namndfalt]: each example mailbox is spelt as the nämnd it names; no
    counterexample names one."""
    data = tomllib.loads((MODELLER / "kontakt.toml").read_text(encoding="utf-8"))["namndfalt"]
    for example in data["exempel"]:
        address, _, name = example.partition(" => ")
        assert spelled_body(address) == name
    assert not any(spelled_body(address) for address in data["motexempel"])


# prov17/ulricehamn-gallstad-detaljplan-antagande (ulricehamn.se, the plan page after the adoption)
ULRICEHAMN = """Pågående detaljplan, Gällstad 1:132
Avsikten med detaljplanen är att möjliggöra byggnation av vård- och omsorgsboende och förskola i första hand. Även möjlighet för flerbostadshus och villor planeras. Under 2018 utfördes bland annat arkeologisk undersökning, naturinventering och geoteknisk undersökning.
Antagande 2 juni 2022
Kommunstyrelsen har den 2 juni 2022 §166/2022 beslutat att anta detaljplan Gällstad 1:132, m.fl., Gällstad. Antagandehandlingar hittar du via länkarna längre ner på denna sida, i stadshusets foajé och på Höjdgatan 3 i Ulricehamn. Datum för tillkännagivande: 9 juni 2022.
Beslutet kan överklagas under tre veckor från den dag beslutet tillkännagavs på kommunens anslagstavla. Den som vill överklaga beslutet ska göra det skriftligen senast den 30 juni 2022. Om inget överklagande inkommit och länsstyrelsen beslutar att planen inte ska överprövas får planen laga kraft den 1 juli 2022.
Vem får överklaga?
Beslutet att anta detaljplanen får överklagas av dig som under samrådstiden och/eller granskningstiden skriftligen har framfört synpunkter som inte blivit tillgodosedda.
Överklagande skickas till:
Kommunstyrel"""


def test_antagen_plan_med_overklagandeanvisning_ar_ingen_remiss() -> None:
    """prov17/ulricehamn-gallstad: a page on an adopted plan ('Kommunstyrelsen har … beslutat att anta
    detaljplan …') with how to appeal ('Beslutet kan överklagas …', 'Den som vill överklaga beslutet ska göra
    det skriftligen senast den 30 juni 2022'): the deadline is the appeal's, no one is asked for views
    (modeller/missiv.toml overklagandeanvisning): annat, also with the learned type."""
    from remiss.split import classify_scored

    assert classify_scored(lines_of(ULRICEHAMN), typmodell=True)[0] == "annat"


def test_granskningens_varning_om_overklagande_ar_ingen_anvisning() -> None:
    """prov17/landskrona-plantan1: a granskning's warning ('Den som inte framfört skriftliga synpunkter senast
    under utställningstiden kan förlora rätten att senare överklaga beslutet att anta detaljplanen') tells how
    to keep the right to appeal: no appeal's instruction, the page stays a remiss."""
    from remiss.split import bedom_missiv

    assert not any(name == "overklagandeanvisning" for name, _ in bedom_missiv(landskrona()).signaler)
