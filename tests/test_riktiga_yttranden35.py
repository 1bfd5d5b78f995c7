"""ytt35 (session 28): the classes prov26's yttrande misses showed, fixed in general (prov26 reported).

1. The main stance in the headline: a press release whose headline welcomes the remitted report ("Bilda
   välkomnar folkbildningsutredningen men betonar …") and whose body takes stances only on named parts (both
   ways, or one rejected) is the headline's value with an exception (korpus README, Blandat), not blandat
   (prov26/bilda-folkbildningsutredningen-remissvar). "välkomnar <namn>utredningen" right after the verb is
   support for the report the inquiry handed over (modeller/stallningstagande.jsonl `valkomna-utredningen`).
2. A qualifier of degree before a part named by its content grades that part: "avstyrker i huvudsak
   utredningens förslag om annorlunda reglering av prövning av föreningar" beside "tillstyrker utredningens
   förslag om skärpning av straffskalan" is stances on two parts both ways, no overall one: blandat, the
   truth's null (prov26/mangkamp-vapenlagstiftning-remissvar).

3. A trade paper's news on a proposal quoting an organisation's reaction (annat, not a yttrande): the stance
   stands only in quoted speech, by a person named with an organisation that the page's head does not name
   ("…, säger Mattias Andersson, Svensk Kollektivtrafik, som …"), and the text tells no answer of the
   organisation's (modeller/yttrandestruktur.jsonl `talesperson-for-annan-organisation`); a later speech dash
   without its attribution ("– Vi anser att regeringen bör besluta …", cut off) is quoted speech too, no first
   person of the text (prov26/dagensinfrastruktur-kamerabevakning-forslag).

The first test of each class quotes the page (tests/korpus/prov26/<id>.txt); the others are the same class in
other words, written here, each of which read otherwise before the change.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_kontroll_riktiga import (  # noqa: F401 - the fixture
    REGLER_OCH_MODELL,
    _docx,
    _lines,
    _regler,
    _stallning,
    igenkanda,
    utan_typmodell,
)

BILDA = (
    "Bilda välkomnar folkbildningsutredningen men betonar vikten av självförvaltning och stärkt demokrati",
    "Studieförbundet Bilda ser positivt på mycket i folkbildningsutredningen \"Bildning, utbildning och "
    "delaktighet – folkbildning i en ny tid\" (SOU 2024:42). I sitt remissvar lyfter Bilda fram vikten "
    "av att folkbildningen fortsätter vara en självständig kraft för bildning, utbildning och delaktighet "
    "i hela landet.",
    "Positiva förslag och viktiga avvikelser",
    "Bilda välkomnar utredningens förslag om att bevara självförvaltningsmodellen och konstaterar, i linje "
    "med bransch- och intresseorganisationen Studieförbunden i samverkan, att folkbildningen ska stå fri "
    "från politisk och administrativ detaljstyrning.",
    "Bilda avstyrker i likhet med Studieförbunden i samverkan förslaget att överföra anslagsfördelningen "
    "till Myndigheten för ungdoms- och civilsamhällesfrågor (MUCF), då de",
)


def _kontroll(tmp_path: Path, *stycken: str) -> str | None:
    """Return the stance the check reads in a DOCX of the paragraphs."""
    from remiss.kontroll import kontrollera_fil

    [kontroll] = kontrollera_fil(_docx(tmp_path / "y.docx", *stycken))
    return kontroll.stallningstagande


def test_rubrikens_stod_for_betankandet_med_en_avstyrkt_del(tmp_path: Path) -> None:
    """prov26/bilda-folkbildningsutredningen-remissvar (via.tt.se): the headline welcomes the report, the
    body welcomes one proposal and rejects another: tillstyrker with an exception (was blandat)."""
    assert _kontroll(tmp_path, *BILDA) == "tillstyrker"


def test_rubrikens_nej_med_delar_at_bada_hall(tmp_path: Path) -> None:
    """The class in other words, the other way: a headline that says no to the promemoria over a body
    supporting one proposal and rejecting another is avstyrker (was blandat)."""
    assert _kontroll(
        tmp_path,
        "Villaägarna säger nej till promemorian om fastighetsavgiften",
        "Villaägarnas riksförbund har lämnat sitt remissvar på Finansdepartementets promemoria "
        "(Fi2024/01234).",
        "Förbundet tillstyrker förslaget om ett tak för avgiften för pensionärer.",
        "Förbundet avstyrker däremot förslaget att avgiften ska räknas på taxeringsvärdet.",
    ) == "avstyrker"


def test_rubrikens_stod_efter_namnet_pa_utredningen(tmp_path: Path) -> None:
    """… and with the inquiry named after its matter and the rejection first: tillstyrker (was blandat)."""
    assert _kontroll(
        tmp_path,
        "Friluftsfrämjandet välkomnar Friluftslivsutredningen",
        "Friluftsfrämjandet har svarat på remissen av betänkandet Friluftsliv för alla (SOU 2025:12).",
        "Friluftsfrämjandet avstyrker förslaget om avgifter i nationalparkerna.",
        "Friluftsfrämjandet stödjer förslaget att skolan ska erbjuda friluftsdagar varje termin.",
    ) == "tillstyrker"


def test_rubrikens_stod_med_bara_en_avstyrkt_del(tmp_path: Path) -> None:
    """… and over a body that only rejects one named part: the headline's support for the whole with that
    part as the exception, tillstyrker (was the part's avstyrker)."""
    assert _kontroll(
        tmp_path,
        "Hyresgästföreningen välkomnar bostadsutredningen",
        "Hyresgästföreningen har lämnat sitt remissvar på betänkandet Ett hållbart bostadsbyggande "
        "(SOU 2025:40).",
        "Hyresgästföreningen avstyrker dock förslaget om fri hyressättning i nyproduktion.",
    ) == "tillstyrker"


def test_rubrik_utan_stallning_lamnar_delarna_blandade(tmp_path: Path) -> None:
    """A headline that states no stance leaves stances on parts both ways as they are: blandat (the
    truth's null)."""
    assert _kontroll(tmp_path, "Bilda om folkbildningsutredningen", *BILDA[1:]) == "blandat"


def test_inriktning_som_genomsyrar_utredningen_ar_inget_stod() -> None:
    """yttranden/famna-forum-ideburen-valfard-yttrande: "Vi välkomnar den inriktning som genomsyrar
    utredningen" welcomes the direction, the inquiry stands in a relative clause after it: no support for
    the report (the pattern takes the inquiry only right after the verb)."""
    from remiss.kontroll.stallning import find_fynd, make_blocks
    from remiss.nlp import pattern_by_id

    motexempel = pattern_by_id()["valkomna-utredningen"]["motexempel"].split(" (")[0]
    fynd = find_fynd(make_blocks(_lines(motexempel)), del_="brodtext", namnd=None)
    assert not [f for f in fynd if f.monster == "valkomna-utredningen"]
    assert _stallning("Förbundet välkomnar därför Arkivutredningen.") == "tillstyrker"


def test_i_huvudsak_fore_en_namngiven_del_ar_delen() -> None:
    """prov26/mangkamp-vapenlagstiftning-remissvar (docplayer transcript, cut off): 'avstyrker i huvudsak
    utredningens förslag om …' grades a stance on one named part; with a part supported the other way and
    no stance on the whole it is blandat (the truth's null; was avstyrker)."""
    assert _stallning(
        "Kapitel 2: Straffet för grova vapenbrott Förbundet tillstyrker utredningens förslag om skärpning av "
        "straffskalan för grovt vapenbrott.",
        "Kapitel 3: Prövning av föreningar för jakt eller målskytte Förbundet avstyrker i huvudsak "
        "utredningens förslag om annorlunda reglering av prövning av föreningar då dagens o",
    ) == "blandat"


def test_i_stort_sett_fore_en_namngiven_del_i_andra_ord() -> None:
    """The class in other words: 'i stort sett' before a proposal named by its content, the rejection of
    another after it: blandat (was tillstyrker)."""
    assert _stallning(
        "Nämnden tillstyrker i stort sett förslaget om en ny taxa för bygglov.",
        "Nämnden avstyrker förslaget att avgiften ska tas ut i förskott.",
    ) == "blandat"


def test_i_huvudsak_om_helheten_star_kvar() -> None:
    """'i huvudsak' about the whole stays the main stance over an exception: the proposals with the answer's
    comments ('förslagen med de synpunkter …') are the whole, and 'förslaget i huvudsak' too."""
    assert _stallning(
        "Förbundet tillstyrker i huvudsak betänkandets förslag med de synpunkter som framgår nedan.",
        "Förbundet avstyrker förslaget om en ny tillsynsmyndighet.",
    ) == "tillstyrker"
    assert _stallning(
        "Arbetslivsnämnden tillstyrker förslaget i huvudsak men avstyrker förslaget om taxa."
    ) == "tillstyrker"


DAGENSINFRASTRUKTUR = (
    "Nyheter",
    "Nytt förslag öppnar för ökad kamerabevakning i kollektivtrafiken",
    "Kollektivtrafikbranschen undantas från ansökningstvånget i Kamerabevakningslagen. Det framgår av "
    "förslaget från kamerabevakningsutredningen som lämnades till Justitiedepartementet den 27 februari.",
    "– Kollektivtrafikbranschen välkomnar förslaget. Kamerabevakning är inte en universallösning men kan "
    "bidra till färre situationer med hot och våld och leda till ett högre andel uppklarade brott, säger "
    "Mattias Andersson, Svensk Kollektivtrafik, som suttit med i utredningen som expert.",
    "Enligt förslaget kommer inte någon anmälningsplikt att krävas, men precis som övriga verksamheter som "
    "inte har krav på ansökningsförfarande är respektive part skyldig att pröva syftet och behovet utifrån "
    "dataskyddsförordningen.",
    "Det är inte bara branschen som ställer sig positiva till ökad kamerabevakning, utan även resenärerna.",
    "– Vi anser att regeringen bör besluta utefter utredningens goda förslag.",
)


@REGLER_OCH_MODELL
def test_facktidningens_nyhet_med_en_organisations_citat_ar_annat(
    tmp_path: Path, request: pytest.FixtureRequest, regler_ensamma: bool
) -> None:
    """prov26/dagensinfrastruktur-kamerabevakning-forslag (dagensinfrastruktur.se): the industry's reaction
    only in quotes by 'Mattias Andersson, Svensk Kollektivtrafik', a body the head does not name, and the
    closing '– Vi anser …' without its attribution (cut off): an article about a proposal, no yttrande."""
    from remiss.kontroll.struktur import bedom

    _regler(request, regler_ensamma)
    drag = bedom(_lines(*DAGENSINFRASTRUKTUR)).familjer
    assert "talesperson-for-annan-organisation" in drag["referat"][1]
    assert "rost" not in drag
    assert igenkanda(_docx(tmp_path / "d.docx", *DAGENSINFRASTRUKTUR)) == []


LANTBRUK = (
    "Förslag om sänkt dieselskatt för jordbruket",
    "Skatten på diesel i jord- och skogsbruket sänks med 1,70 kronor per liter enligt den promemoria som "
    "Finansdepartementet presenterade i dag.",
    "– Vi välkomnar förslaget. Det ger svenska bönder bättre villkor mot konkurrenterna i Danmark och "
    "Finland, säger Karin Holm, näringspolitisk chef på Lantbrukarnas Riksförbund.",
    "Sänkningen beräknas kosta staten 700 miljoner kronor om året och föreslås gälla från den 1 juli.",
    "– Vi anser att förslaget borde gälla även växthusnäringen.",
)


@REGLER_OCH_MODELL
@pytest.mark.parametrize(
    ("stycken", "yttrande"),
    [
        # the class in other words: the speaker's title before the organisation, another matter
        (LANTBRUK, False),
        # … 'säger NN på <organisation>', the stance first, no dash paragraph after it
        (("Transportnytt",
          "Trängselskatten i Göteborg höjs",
          "Trafikverkets förslag om högre trängselskatt i rusningstid skickades på remiss i går.",
          "– Transportföretagen stöder förslaget, men vi anser att intäkterna ska gå till vägunderhållet, "
          "säger Per Lind på Transportföretagen.",
          "Beslutet väntas i höst."), False),
        # … the organisation in the genitive before its spokesperson ('säger Transportföretagens vd NN')
        (("Transportnytt",
          "Trängselskatten i Göteborg höjs",
          "Trafikverkets förslag om högre trängselskatt i rusningstid skickades på remiss i går.",
          "– Vi välkomnar förslaget, men vi anser att intäkterna ska gå till vägunderhållet, säger "
          "Transportföretagens näringspolitiske chef Per Lind.",
          "Beslutet väntas i höst."), False),
        # not the class: the organisation's own news, its name in the headline
        (("Lantbrukarnas Riksförbund välkomnar sänkt dieselskatt", *LANTBRUK[1:]), True),
    ],
)
def test_citat_fran_annan_organisation_i_andra_ord(
    tmp_path: Path, request: pytest.FixtureRequest, regler_ensamma: bool, stycken: tuple[str, ...],
    yttrande: bool
) -> None:
    """A paper's news quoting a person of an organisation its head does not name, 'säger NN, <titel> på
    <organisation>' or 'säger NN på <organisation>', is a text about a reaction, no yttrande; the
    organisation's own news, naming itself in its headline, stays one."""
    _regler(request, regler_ensamma)
    assert bool(igenkanda(_docx(tmp_path / "c.docx", *stycken))) is yttrande


def test_egen_nyhet_om_sitt_remissvar_raknas_inte_som_citerad_hallning() -> None:
    """prov25/gbf-modernare-byggregler-remissvar (gbf.se): the association's own news tells its own answer
    ('Glasbranschföreningen håller i sitt remissvar med om …') and quotes its project leader 'för
    Glasbranschföreningens fasadföretag' under a headline without its name: no quoted view of another."""
    from remiss.kontroll.struktur import bedom

    stycken = (
        "(O)moderna byggregler utan fokus på hållbarhet och digitalisering",
        "REMISSVAR",
        "Glasbranschföreningen håller i sitt remissvar med om att det behövs en genomgripande översyn av "
        "byggreglerna.",
        "– När byggreglerna nu reformeras har vi en unik möjlighet att ge byggbranschen långsiktiga "
        "riktlinjer, säger Melinda Lemke, projektledare för Glasbranschföreningens fasadföretag.",
    )
    assert "referat" not in bedom(_lines(*stycken)).familjer
    # … also with the answer named before the organisation
    omvant = (stycken[0], stycken[1], "I sitt remissvar betonar Glasbranschföreningen att det behövs en "
              "genomgripande översyn av byggreglerna.", stycken[3])
    assert "referat" not in bedom(_lines(*omvant)).familjer


def test_repliken_efter_ett_namngivet_citat_ar_citat() -> None:
    """A speech dash after a quote whose speaker was named ('säger NN') is quoted speech though it names no
    one; a text that has quoted no one keeps its own dash paragraph ('– Vi anser …' in a list of points)."""
    from remiss.kontroll.struktur import FORSTA_PERSON_ORD, _utan_citatstycken

    assert not FORSTA_PERSON_ORD.search(_utan_citatstycken(_lines(*DAGENSINFRASTRUKTUR)))
    egen = ("Våra synpunkter på planen", "Föreningen har läst förslaget.",
            "– Vi anser att parken ska sparas.")
    assert FORSTA_PERSON_ORD.search(_utan_citatstycken(_lines(*egen)))


def test_en_regel_som_anfors_ar_ingen_citerad_person() -> None:
    """'enligt' citing a rule or a standard ('enligt Naturvårdsverkets anvisningar', 'enligt Svensk
    Standard, SS-EN …') names no quoted person of an organisation; 'enligt NN på <organisation>' does."""
    from remiss.kontroll.struktur import _talesperson_for_annan

    verb = "säger|enligt"
    assert not _talesperson_for_annan(verb, "Provtagning enligt Naturvårdsverkets anvisningar Postadress "
                                      "Besöksadress Telefon", "beslut")
    assert not _talesperson_for_annan(verb, "Mätningen görs enligt Svensk Standard, SS-EN 1234.", "yttrande")
    assert _talesperson_for_annan(verb, "Avgiften är hög enligt Per Lind på Transportföretagen.", "nyheter")
