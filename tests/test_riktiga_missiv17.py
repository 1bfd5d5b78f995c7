"""Real documents the corpus reads wrong (missiv17: tests/korpus/kanda_fel.json, prov15 and older), each miss as a
named test with the document's own wording (sources in the '# source:' line of each tests/korpus/<mapp>/<id>.txt)."""

# ruff: noqa: E501  (the documents' own lines are kept as they stand)

from __future__ import annotations

from remiss.domain import Del, Line
from remiss.extract import extract_remiss
from remiss.split import MISSIV_GRANS, bedom_missiv


def lines_of(text: str) -> list[Line]:
    """Given text, return Line objects in 10 pt, one per non-empty line."""
    rows = [row.strip() for row in text.strip().splitlines() if row.strip()]
    return [Line(text=row, page=1, number=i, size=10.0) for i, row in enumerate(rows, 1)]


def part_of(lines: list[Line]) -> Del:
    """Given lines, return a missiv part scored as find_missiv scores it."""
    return Del(dokumenttyp="missiv", forsta_sida=1, sista_sida=1, lines=tuple(lines),
               bedomning=bedom_missiv(lines))


# prov15/lomma-fjelie-detaljplan-samrad (lomma.se, arkiv/nyheter 2022-10-06; the page's date field empty, its
# section with its topics in the next cell)
LOMMA = """Lomma kommun
Datum:
Nyheter: Bygga bo & miljö, Trafik & resor
Samråd av förslag till detaljplan för del av Fjelie 2:10 m fl i Flädie
Planområde
Kommunstyrelsen har beslutat upprätta detaljplan för del av Fjelie 2:10 med flera. Detaljplanens syfte är att möjliggöra för anläggandet av ett stationsområde i Flädie.
Planförslaget hålls tillgängligt för samråd under tiden 6 oktober - 27 oktober 2022 i receptionen på kommunhuset, Hamngatan 3 i Lomma under expeditionstid.
Lämna synpunkter
Synpunkter ska skriftligen, med namn och postadress, ha inkommit till Samhällsbyggnadsnämnden, Lomma kommun, 234 81 LOMMA eller samhallsbyggnadsnamnd@lomma.se, senast 27 oktober 2022."""


def test_nyhetsavdelningen_med_sina_amnen_ar_kommunens_egen_nyhet() -> None:
    """prov15/lomma: the site's news section with its topics ('Nyheter: Bygga bo & miljö, Trafik & resor') over a
    notice that itself asks for synpunkter by a date is the kommun's own news, as the bare 'Nyheter' is: no page
    about remisser. (A headline after the colon, 'Nyheter: Ytterligare möjligheter att …', stays a news item.)"""
    bedomning = bedom_missiv(lines_of(LOMMA))
    assert "sida om remisser, inte en remiss" not in dict(bedomning.signaler)
    assert bedomning.poang >= MISSIV_GRANS


# prov15/simrishamn-kvarnby-skillinge-skola-granskning (simrishamn.se, Utställda planer; a word missing in the
# source, 'Synpunkter ska skriftligen vara … tillhanda')
SIMRISHAMN = """Simrishamns kommun
Detaljplan för Kvarnby 15:217 (Skillinge skola)
Diarienummer 2017/254
Detaljplan för Kvarnby 15:217 (Skillinge skola), Skillinge, Simrishamns kommun, Skåne län, är föremål för granskning under tiden 25 november – 21 december 2017.
Kommunala beslut
Samhällsbyggnadsnämnden beslutade 2017-11-16 § 177 att godkänna planen för granskning.
Upplysning
Frågor beträffande detaljplanen kan ställas till:
Kontakt Simrishamn 0414-81 90 00. Planarkitekt David Tufvesson, 0414-81 92 53.
Den som inte framfört sina synpunkter skriftligt senast under granskningstiden kan förlora rätten att överklaga antagandebeslutet. Synpunkter ska skriftligen vara Simrishamns kommun, Samhällsbyggnadsförvaltningen/Planenheten, 272 80 SIMRISHAMN eller simrishamns.kommun@simrishamn.se tillhanda senast 2017-12-21."""


def test_forvaltningen_fore_snedstrecket_och_enheten_i_svarens_postadress() -> None:
    """prov15/simrishamn: the förvaltning with its enhet after a slash in the replies' postal address
    ('Simrishamns kommun, Samhällsbyggnadsförvaltningen/Planenheten, 272 80 SIMRISHAMN') is the unit answers go
    to (README, Facit: the förvaltning, never the enhet under it), before the nämnd that decided."""
    remiss = extract_remiss("x.pdf", part_of(lines_of(SIMRISHAMN)))
    assert remiss is not None
    assert remiss.avsandare == "Simrishamns kommun, Samhällsbyggnadsförvaltningen"


def test_adressen_som_svaren_ska_vara_tillhanda() -> None:
    """prov15/simrishamn: 'Synpunkter ska skriftligen vara … eller simrishamns.kommun@simrishamn.se tillhanda
    senast 2017-12-21' sends the views to the address before 'tillhanda': the svarsadress."""
    remiss = extract_remiss("x.pdf", part_of(lines_of(SIMRISHAMN)))
    assert remiss is not None
    assert remiss.svarsadress == "simrishamns.kommun@simrishamn.se"


# prov15/kavlinge-lodde-folkets-park-granskning (kavlinge.se, digital anslagstavla 2022-05-13)
KAVLINGE = """Kävlinge kommun
Artikeln publicerades 13 maj 2022
Kungörelse: Granskning detaljplan för Löddeköpinge 12:3 m.fl. (Lödde folkets park)
Kommunstyrelsens planutskott beslutade den 26 april 2022 (§ 11) att godkänna upprättat förslag för granskning.
Planhandlingarna finns utställda för samråd den 12 maj till och med den 10 juni 2022 i Kävlinge kommunhus, biblioteket i Löddeköpinge och på kommunens hemsida, www.kavlinge.se/detaljplan.
Synpunkter ska lämnas skriftligen och ska innehålla namn, adress och fastighetsbeteckning.
Synpunkter kan lämnas via e-tjanst, planutskottet@kavlinge.se, eller
Kävlinge kommun
Kommunstyrelsens planutskott
244 80 Kävlinge
Synpunkter lämnas senast den 10 juni 2022."""


def test_namndens_utskott_i_svarens_postadress() -> None:
    """prov15/kavlinge: a nämnd's utskott in the replies' address block ('Kävlinge kommun' / 'Kommunstyrelsens
    planutskott' / '244 80 Kävlinge'), the utskott that also decided, is the unit (as the corpus has 'Ludvika
    kommun, Kommunstyrelsens arbetsutskott', 'Sollefteå kommun, Allmänna utskottet')."""
    remiss = extract_remiss("x.pdf", part_of(lines_of(KAVLINGE)))
    assert remiss is not None
    assert remiss.avsandare == "Kävlinge kommun, Kommunstyrelsens planutskott"


# prov15/vadstena-lastkopingsgatan-detaljplan-samrad (vaxandevadstena.se, no heading in the saved page)
VADSTENA = """Vadstena kommun
16 januari till 17 februari pågår samråd för detaljplan gällande området Vadstena 4:44, med syfte att öka antalet centralt belägna bostäder med hög tillgänglighet.
Programområdet är beläget öster om Lastköpingsgatan, direkt norr om vattenverket och ca 60 meter från Vätterns strand. Området är idag obebyggt och består av öppen gräsyta och parkering. Beslutet om samråd fattades av Samhällsbyggnadsnämnden den 13 december 2016.
Programhandlingarna finns under samrådstiden utställda på entréplan i kommunhuset (vardagar 08.00-16.00), Klosterledsgatan 35 samt på biblioteket, Slottsgatan 10 under dess öppettider.
Synpunkter ska lämnas in till Vadstena kommun, Plan- och bygglovavdelningen, 592 80 VADSTENA, eller via e-post till planochbygg@vadstena.se senast 17 februari 2017."""


def test_namnden_som_beslutet_fattades_av() -> None:
    """prov15/vadstena: the replies go to an avdelning (no unit, README Facit), and 'Beslutet om samråd fattades
    av Samhällsbyggnadsnämnden' names the nämnd that decides in the passive: the kommun with that nämnd."""
    remiss = extract_remiss("x.pdf", part_of(lines_of(VADSTENA)))
    assert remiss is not None
    assert remiss.avsandare == "Vadstena kommun, Samhällsbyggnadsnämnden"


def test_planen_som_samradet_pagar_for_utan_rubrik() -> None:
    """prov15/vadstena: a page without a heading whose first sentence says what the samråd is held for ('pågår
    samråd för detaljplan gällande området Vadstena 4:44, med syfte att …') has that plan as its title."""
    remiss = extract_remiss("x.pdf", part_of(lines_of(VADSTENA)))
    assert remiss is not None
    assert remiss.titel == "detaljplan gällande området Vadstena 4:44"


def test_pagar_for_exempel() -> None:
    """modeller/titel.toml [pagar_for]: each example sentence gives its matter, no counterexample gives one."""
    import tomllib
    from pathlib import Path

    from remiss.extract.core import clean_title, procedure_for

    data = tomllib.loads((Path(__file__).parents[1] / "modeller" / "titel.toml").read_text(encoding="utf-8"))
    for example in data["pagar_for"]["exempel"]:
        sentence, expected = example.split(" => ")
        match = procedure_for().search(sentence)
        assert match is not None and clean_title(match.group("doc")) == expected
    assert not any(procedure_for().search(s) for s in data["pagar_for"]["motexempel"])
