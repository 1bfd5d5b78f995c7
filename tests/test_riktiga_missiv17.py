"""Real documents the corpus reads wrong (missiv17: tests/korpus/kanda_fel.json, prov15 and older), each miss as a
named test with the document's own wording (sources in the '# source:' line of each tests/korpus/<mapp>/<id>.txt)."""

# ruff: noqa: E501  (the documents' own lines are kept as they stand)

from __future__ import annotations

from remiss.domain import Line
from remiss.extract import extract_remiss
from remiss.split import MISSIV_GRANS, bedom_missiv
from tests.test_riktiga_missiv15 import lines_of, part_of

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


# prov15/hastholmen-op2050-remissvar-medlemmar (hästholmen-ytterön.se, 136-op-2050-remissvar; the page's news
# section 'Händer på öarna' as its heading)
HASTHOLMEN = """Hästholmen-Ytteröns Samhällsförening
Händer på öarna
Karlskrona kommun har tagit fram ett förslag på ny Översiktsplan 2050, vilken alltså ska vara underlag för kommunens planering och utveckling fram till 2050. Fram till den 7 september har alla invånare möjlighet att lämna synpunkter på ÖP2050. Styrelsen i Hästholmen-Ytteröns Samhällsförening har satt samman ett förslag på synpunkter som vi har för avsikt att skicka in den 7 september, se bifogat dokument.
Länken till remissvaret hittar du här: Remissvar
Styrelsen ser gärna att medlemmarna i Samhällsföreningen lämnar kommentarer på vårt förslag. Skicka dina synpunkter till HYS sekreterare mats.svensson@tyrens.se. Vi behöver dina synpunkter senaste den 6 september.
Mvh
Styrelsen i Hästholmen-Ytteröns Samhällsförening
gm Mats Svensson, sekr"""


def test_personen_vars_adress_synpunkterna_skickas_till_efter_sin_roll() -> None:
    """prov15/hastholmen: 'Skicka dina synpunkter till HYS sekreterare mats.svensson@tyrens.se' sends the views
    to a person's own address with the receiver's role between; the signature names the person ('gm Mats
    Svensson, sekr'): the handläggare (README, Facit: the person the answer is to be sent to)."""
    remiss = extract_remiss("x.pdf", part_of(lines_of(HASTHOLMEN)))
    assert remiss is not None
    assert remiss.handlaggare.namn == "Mats Svensson"


def test_nyhetsspaltens_namn_ar_ingen_titel() -> None:
    """prov15/hastholmen: the heading is the site's news column ('Händer på öarna'), it names no matter; the
    text names the proposal ('ett förslag på ny Översiktsplan 2050'): the plan is the title (titel.toml
    [sektionsrubrik])."""
    remiss = extract_remiss("x.pdf", part_of(lines_of(HASTHOLMEN)))
    assert remiss is not None
    assert remiss.titel == "Översiktsplan 2050"


def test_sektionsrubrikens_exempel() -> None:
    """modeller/titel.toml [sektionsrubrik]: each example is a news column's name (generic), no counterexample."""
    import tomllib
    from pathlib import Path

    from remiss.extract.core import generic_heading

    data = tomllib.loads((Path(__file__).parents[1] / "modeller" / "titel.toml").read_text(encoding="utf-8"))
    assert all(generic_heading(e) for e in data["sektionsrubrik"]["exempel"])
    assert not any(generic_heading(e) for e in data["sektionsrubrik"]["motexempel"])


def test_rubrik_som_slutar_med_en_genitiv_fortsatter_over_mellanrummet() -> None:
    """missiv/goteborg-ks-remittering-hemvardsbidrag (the source's line break inside the heading, rendered as two
    paragraphs with a gap): 'Remittering avseende förslag till revidering av Göteborgs' / 'Stads riktlinjer för
    hemvårdsbidrag', both bold 13 pt: a heading whose line ends in a genitive the next line's 'Stads' completes
    cannot end there, and runs on over the gap."""
    rows = [("§ 574 Ärendenummer SLK-2023-01116", 87.1, 97.4, 10.5, False),
            ("Remittering avseende förslag till revidering av Göteborgs", 109.4, 121.0, 13.0, True),
            ("Stads riktlinjer för hemvårdsbidrag", 137.8, 150.0, 13.0, True),
            ("Beslut", 167.1, 175.0, 11.5, True),
            ("Enligt stadsledningskontorets förslag:", 186.7, 196.1, 10.5, False),
            ("Kommunstyrelsen remitterar utan eget ställningstagande stadsledningskontorets", 200.0, 210.0, 10.5, False),
            ("tjänsteutlåtande och förslag till riktlinjer för hemvårdsbidrag till äldre samt vård- och", 212.0, 222.0, 10.5, False),
            ("omsorgsnämnden, nämnden för funktionsstöd, Göteborgs Stads pensionärsråd, för", 224.0, 234.0, 10.5, False),
            ("yttrande. Yttrandet ska ha inkommit senast tre månader efter beslut i kommunstyrelsen.", 236.0, 246.0, 10.5, False)]
    lines = [Line(text=t, page=1, number=i, size=size, bold=bold, top=top, bottom=bottom)
             for i, (t, top, bottom, size, bold) in enumerate(rows, 1)]
    remiss = extract_remiss("x.pdf", part_of(lines))
    assert remiss is not None
    assert remiss.titel == "förslag till revidering av Göteborgs Stads riktlinjer för hemvårdsbidrag"


# missiv/sap-goteborg-foreningsremisser (socialdemokraternagoteborg.se, kalendarium)
SAP_GOTEBORG = """Distriktsstyrelsen
Sista svarsdag på två föreningsremisser
13 september
På distriktsårskongressen 2020 behandlades två rapporter från organisationsutredningen och Valkommittéutredningen. Distriktsstyrelsen har nu skickat ut dem på remiss till föreningarna och stadsdelskretsarna.
Rekommendationen är att remisserna hanteras på ett medlemsmöte för att ge så många medlemmar som möjligt möjlighet att delta i diskussionen. Enskilda medlemmar kan inte besvara remisserna utan bara organisationerna. Sista svarsdag för remissvar är 13 september 2020.
Organisationsutredningens remiss hittar du här.
Valkommittéutredningens remiss hittar du här."""


def test_rubrik_som_raknar_remisserna_ger_det_texten_raknar_lika() -> None:
    """missiv/sap-goteborg: a heading that only counts the remisser ('Sista svarsdag på två föreningsremisser')
    names no matter; the text names what was sent out with the same count ('behandlades två rapporter från
    organisationsutredningen och Valkommittéutredningen. Distriktsstyrelsen har nu skickat ut dem på remiss')."""
    from dataclasses import replace

    lines = lines_of(SAP_GOTEBORG)
    lines[:2] = [replace(line, size=16.0, bold=True) for line in lines[:2]]  # the page's two headings
    remiss = extract_remiss("x.pdf", part_of(lines))
    assert remiss is not None
    assert remiss.titel == "två rapporter från organisationsutredningen och Valkommittéutredningen"
