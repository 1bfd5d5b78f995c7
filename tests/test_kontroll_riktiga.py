"""Real-world misses of `remiss kontrollera` that are fixed, each with the real sentence or layout (issue 9).

The sentences are quoted from real yttranden in tests/korpus/ (source in each <id>.txt). The documents
are built here in the shapes the real ones have: a web page without a "Yttrande över" title, an agency
letter headed REMISSVAR, a cover letter followed by the yttrande, a kanslisvar.
"""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path

import pytest

from remiss.domain import Line
from remiss.kontroll import kontrollera_fil
from remiss.kontroll.signaler import load_signaler, poang


def igenkanda(fil: Path) -> list:
    """Return the yttranden recognised in a file (a short file checked as a whole without being
    recognised is no yttrande found)."""
    return [kontroll for kontroll in kontrollera_fil(fil) if kontroll.igenkant]


def korpus_stycken(namn: str) -> list[str]:
    """Given a corpus page as 'folder/name', return the paragraphs of its text (without the source line)."""
    text = (Path(__file__).resolve().parent / "korpus" / f"{namn}.txt").read_text(encoding="utf-8")
    return [rad.strip() for rad in text.splitlines() if rad.strip() and not rad.startswith("# source:")]


def _docx(path: Path, *paragraphs: str) -> Path:
    """Write the paragraphs as a DOCX (one paragraph each) and return its path."""
    from docx import Document

    document = Document()
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(str(path))
    return path


def _lines(*texts: str) -> list[Line]:
    return [Line(text=text, page=1, number=i + 1) for i, text in enumerate(texts)]


def _stallning(*meningar: str) -> str | None:
    """Return the stance the check reads in the sentences of a body text (one paragraph each)."""
    from remiss.kontroll.brister import bedom
    from remiss.kontroll.stallning import find_fynd, make_blocks

    fynd = find_fynd(make_blocks(_lines(*meningar)), del_="brodtext", namnd=None)
    return bedom([], fynd, har_beslutsrubrik=False).stallningstagande


# (what the real document looks like, its paragraphs, the stance it takes)
UTAN_RUBRIK = [
    (
        "Naturvårdsverkets nyhet om sitt remissvar (nv-riksintressen)",
        (
            "Behåll riksintressesystemet – förbättra tillämpningen",
            "Naturvårdsverket avstyrker förslaget om ett nytt system för riksintressen och "
            "allmänna intressen. "
            "Nuvarande bestämmelser i miljöbalken är i stort bra, men det finns behov att utveckla hur "
            "systemet för riksintressen fungerar i praktiken.",
        ),
        "avstyrker",
    ),
    (
        "Regelrådets kanslisvar (regelradet-borja-med-barnen)",
        (
            "Börja med barnen! En sammanhållen god och nära vård för barn och unga (SOU 2021:34)",
            "Rubricerade ärende har remitterats till Regelrådet.",
            "Såvitt Regelrådet kan bedöma medför förslaget inte effekter av sådan betydelse för företag att "
            "Regelrådet yttrar sig.",
        ),
        "avstar",
    ),
    (
        "Regelrådet avstår för svarstiden (regelradet-fohm-teknisk-sprit)",
        (
            "Förslag till nya föreskrifter om teknisk sprit och alkoholhaltiga preparat m.m.",
            "Rubricerade ärende har remitterats till Regelrådet.",
            "Regelrådet saknar möjlighet att behandla ärendet inom den angivna svarstiden och "
            "avstår därför från "
            "att yttra sig i detta ärende.",
        ),
        "avstar",
    ),
    (
        "Länsstyrelsens remissvar med rubriken REMISSVAR (lst-norrbotten-totalforsvaret)",
        (
            "REMISSVAR Datum 2019-11-11 Försvarsdepartementet Stockholm Diarienummer 451-9410-2019 "
            "Er referens Fö2019/00661/RS 1 (2)",
            "Förbättrat skydd för totalförsvaret (SOU 2019:34)",
            "(Fö2019/00661/RS) Länsstyrelsens yttrande",
            "Länsstyrelsen i Norrbottens är positiva till utredningens förslag till att stärka skyddet för "
            "totalförsvaret. Länsstyrelsen är också positiv till ett utökat uppdrag som en av fyra "
            "föreslagna "
            "granskningsmyndigheter. Länsstyrelsen har dock följande synpunkter på utredningens förslag.",
        ),
        "tillstyrker",
    ),
    (
        "Konkurrensverkets remissvar titulerat med betänkandet (k13)",
        (
            "Betänkandet Spänning i tillvaron – hur säkrar vi vår framtida elförsörjning?",
            "Konkurrensverket har i uppdrag att verka för en effektiv konkurrens. Yttrandet "
            "avgränsas till sådana "
            "aspekter som följer av Konkurrensverkets ansvarsområden.",
            "Konkurrensverket instämmer i utredningens bedömning.",
        ),
        None,
    ),
    (
        "Stockholms PM som hänvisar till promemorian (k12)",
        (
            "PM 2016:122 RIX (Dnr /2016) Låt fler forma framtiden! (SOU 2016:5) Remiss från "
            "Kulturdepartementet",
            "Borgarrådsberedningen föreslår att kommunstyrelsen beslutar följande.",
            "Som svar på remissen Låt fler forma framtiden! (SOU 2016:5) hänvisas till vad som "
            "sägs i promemorian.",
        ),
        None,
    ),
]


@pytest.mark.parametrize(("fall", "stycken", "vantat"), UTAN_RUBRIK, ids=[f[0] for f in UTAN_RUBRIK])
def test_remissvar_utan_yttranderubrik_hittas(
    tmp_path: Path, fall: str, stycken: tuple, vantat: str | None
) -> None:
    """A remissvar with no 'Yttrande över …' title is one yttrande, read for its stance."""
    [kontroll] = kontrollera_fil(_docx(tmp_path / "y.docx", *stycken))
    assert kontroll.stallningstagande == vantat


def test_lansstyrelsens_eget_dnr_inte_er_referens(tmp_path: Path) -> None:
    """'Diarienummer 451-9410-2019 Er referens Fö2019/00661/RS': the own number, not the department's."""
    [kontroll] = kontrollera_fil(_docx(tmp_path / "y.docx", *UTAN_RUBRIK[3][1]))
    assert kontroll.diarienummer == "451-9410-2019"


def test_folj_brev_och_yttrande_ar_ett_yttrande_med_remissens_dnr(tmp_path: Path) -> None:
    """SLL's cover letter then the yttrande (k09): one yttrande; its own dnr lost, so the remiss's."""
    fil = _docx(
        tmp_path / "y.docx",
        "Landstingsstyrelsens förvaltning",
        "BREV | (1)",
        "Diarienummer | LS",
        "Finansdepartementet Fi2016/02568/K",
        "Regional indelning - tre nya län (SOU 2016:48)",
        "Med anledning härav får landstingsstyrelsens förvaltning meddela att landstingsstyrelsen "
        "beslutat att "
        "avge bifogat yttrande till Finansdepartementet.",
        "Landstingsstyrelsen",
        "YTTRANDE",
        "LS",
        "Yttrande över delbetänkandet Regional indelning tre nya län (SOU 2016:48)",
        "Stockholms läns landsting har beretts möjlighet att yttra sig över Indelningskommitténs "
        "delbetänkande.",
    )
    [kontroll] = kontrollera_fil(fil)
    assert kontroll.diarienummer == "Fi2016/02568/K" and kontroll.stallningstagande is None


def test_arendenummer_i_en_mening_ar_inget_dnr(tmp_path: Path) -> None:
    """'se ärendenummer RR 2023-184' in a sentence names Regelrådet's earlier yttrande, not this one."""
    fil = _docx(
        tmp_path / "y.docx",
        "Yttrande över Skogsstyrelsens förslag till föreskrifter om förebyggande av växtskadegörare",
        "Regelrådets ställningstagande:",
        "Konsekvensutredningen uppfyller kraven",
        "Regelrådet yttrade sig över remissen vid sammanträde den 16 augusti 2023, se ärendenummer "
        "RR 2023-184.",
    )
    [kontroll] = kontrollera_fil(fil)
    assert kontroll.diarienummer is None and kontroll.stallningstagande is None


def test_lank_med_samma_titel_ar_inget_nytt_yttrande(tmp_path: Path) -> None:
    """HaV's page ends with a link repeating the title ('… Pdf, 608.8 kB.'): still one yttrande."""
    fil = _docx(
        tmp_path / "y.docx",
        "Yttranden 2 mars 2022",
        "Yttrande över underlagsrapport övergripande åtgärdsmål för förorenade sediment",
        "Havs-och vattenmyndigheten kan ställa sig bakom rapporten med de synpunkter som delges i "
        "detta yttrande.",
        "Dokument",
        "Yttrande över underlagsrapport övergripande åtgärdsmål för förorenade sediment Pdf, 608.8 kB.",
    )
    [kontroll] = kontrollera_fil(fil)
    assert kontroll.stallningstagande == "tillstyrker"


@pytest.mark.parametrize(
    ("mening", "vantat"),
    [
        ("Myndigheten för delaktighet är positiv till Boverkets förslag men har förslag på några "
         "kompletteringar.",
         "tillstyrker"),
        ("Diskrimineringsombudsmannen (DO) ställer sig i huvudsak positiv till utredningens förslag men med "
         "följande synpunkter.", "tillstyrker"),
        ("Naturvårdsverket är positiva till att plan- och bygglagens bestämmelser samordnas med "
         "miljöbalken.", None),
        ("Kommunen tillstyrker i huvudsak förslagen i betänkandet men avstyrker förslaget i avsnitt 6.3.",
         "tillstyrker"),
        ("Kommunen kan inte tillstyrka förslaget i nuvarande lydelse.", "avstyrker"),
        ("Konkurrensverket stöder postlagsutredningens förslag att Post- och telestyrelsen ska ges en "
         "konkurrensfrämjande roll även på postområdet.", "tillstyrker"),
        ("Mot denna bakgrund ställer sig DO positivt till förslaget i sin helhet.", "tillstyrker"),
        ("Stockholms läns landsting har beretts möjlighet att yttra sig över delbetänkandet.", None),
    ],
)
def test_riktiga_meningar(tmp_path: Path, mening: str, vantat: str | None) -> None:
    """Sentences from real remissvar are read as the truth rules say (README: Läsregler)."""
    fil = _docx(tmp_path / "y.docx", "Remissvar: Betänkandet (SOU 2024:1)", "Sammanfattning",
                "Kommunen har läst betänkandet noga.", "Ställningstagande", mening)
    [kontroll] = kontrollera_fil(fil)
    assert kontroll.stallningstagande == vantat


def test_missivets_krav_gor_inget_yttrande(tmp_path: Path) -> None:
    """A missiv asking for '(tillstyrker, avstyrker, avstår från att yttra sig)' is no remissvar."""
    fil = _docx(
        tmp_path / "m.docx",
        "Samhällsbyggnadsnämnden",
        "Remiss av förslag till grönplan",
        "Sista dag att svara på remissen är den 6 oktober 2025. Svaren skickas till "
        "samhallsbyggnad@boras.se.",
        "Yttranden skall alltid innehålla ett tydligt ställningstagande till det remitterade ärendet "
        "(tillstyrker, avstyrker, avstår från att yttra sig).",
    )
    assert igenkanda(fil) == []


def test_dokument_som_inte_ar_remissvar(tmp_path: Path) -> None:
    """A tjänsteskrivelse on guidelines and a detaljplan § are no yttranden (prov: annat)."""
    riktlinjer = _docx(
        tmp_path / "r.docx",
        "TJÄNSTESKRIVELSE 1 (2)",
        "Revidering av riktlinjer för ekonomiskt bistånd",
        "Förslag till beslut",
        "Socialnämnden godkänner delrevidering av riktlinjer för ekonomiskt bistånd.",
    )
    assert igenkanda(riktlinjer) == []


def test_signalfilen_ar_giltig() -> None:
    """Each cue in modeller/yttrandesignaler.jsonl has a unique id, a known place, a weight, an example."""
    text = resources.files("modeller").joinpath("yttrandesignaler.jsonl").read_text(encoding="utf-8")
    rows = [json.loads(line) for line in text.splitlines() if line.strip()]
    assert len(rows) == len(load_signaler())
    assert len({r["id"] for r in rows}) == len(rows)
    platser = ("rubrik", "text", "rad", "topp", "inledning")
    assert all(r["var"] in platser and r["vikt"] != 0 and r["exempel"] for r in rows)
    assert any(r["vikt"] < 0 for r in rows) and any(r["vikt"] > 0 for r in rows)


@pytest.mark.parametrize("signal", load_signaler(), ids=lambda s: s.id)
def test_signalens_exempel_hittas(signal) -> None:  # noqa: ANN001
    """Each example (every ' / '-separated one) is matched by its own cue: the data documents itself."""
    for exempel in signal.exempel.split(" / "):
        exempel = re.sub(r"\s+\(.*\)$", "", exempel)
        assert signal.id in poang(_lines(exempel))[1], exempel


# Misses found on the second set of real remissvar (tests/korpus/yttranden, December 2026)


def test_lank_sist_pa_sidan_ar_ingen_yttranderubrik(tmp_path: Path) -> None:
    """Regionsamverkan Sydsverige's page ends with a link 'Remissvar på …': the page is the remissvar."""
    fil = _docx(
        tmp_path / "y.docx",
        "Regionsamverkan Sydsveriges remissvar på ”Myndighetsgemensam indelning- samverkan på regional nivå”",
        "I slutet av mars 2018 skickade regeringskansliet indelningskommitténs slutbetänkande på remiss.",
        "Regionsamverkan Sydsverige ställer sig överlag positiva till förslagen men lämnar synpunkter "
        "angående regionernas beteckning.",
        "Remissvar på Myndighetsgemensam indelning-samverkan på regional nivå",
    )
    [kontroll] = kontrollera_fil(fil)
    assert kontroll.stallningstagande == "tillstyrker"


def test_remissvar_framfor_datum_eller_dnr_ar_ingen_rubrik(tmp_path: Path) -> None:
    """Teknikföretagen's page: 'Remissvar 02 nov.' and 'Remissvar M2022/01389' are labels: one yttrande."""
    fil = _docx(
        tmp_path / "y.docx",
        "Remissvar 02 nov.",
        "Teknikföretagens remisssvar om prövning och omprövning en del av den gröna omställningen",
        "Remissvar M2022/01389",
        "Teknikföretagen har lämnat synpunkter på den så kallade Miljöprövningsutredningen, SOU 2022:33.",
        "Teknikföretagen kan konstatera att det i utredningen finns förslag som kan skynda på "
        "tillståndsprocesserna, men samtidigt anser vi att det behövs betydligt skarpare reformer.",
    )
    [kontroll] = kontrollera_fil(fil)
    assert kontroll.diarienummer == "M2022/01389"
    assert kontroll.stallningstagande is None


def test_protokollets_bifall_till_yrkande_ar_inget_stallningstagande(tmp_path: Path) -> None:
    """Sollentuna KSAU § 139: 'bifaller hans yrkande' is the meeting's procedure; the own dnr follows '§'."""
    fil = _docx(
        tmp_path / "p.docx",
        "Sammanträdes- protokoll",
        "Kommunstyrelsens arbetsutskott",
        "§ 139/2016 Dnr 2016/0166 KS-2",
        "Diariekod: 013",
        "Svar på remiss från Kulturdepartementet gällande betänkandet Låt fler forma framtiden (SOU 2016:5)",
        "Ordförande Henrik Thunes (M) yrkar att kommunstyrelsens arbetsutskott föreslår kommunstyrelsen "
        "besluta följande:",
        "Kommunstyrelsen överlämnar bilaga 1 till Regeringen som Sollentuna kommuns yttrande över "
        "betänkandet.",
        "Ordföranden frågar om kommunstyrelsens arbetsutskott bifaller hans yrkande och finner att så är "
        "fallet.",
    )
    [kontroll] = kontrollera_fil(fil)
    assert kontroll.stallningstagande is None
    assert kontroll.diarienummer == "2016/0166 KS-2"


def test_en_enhets_synpunkt_ar_inte_namndens(tmp_path: Path) -> None:
    """Sollentuna MBNAU § 16: 'Bygglovsenheten har inget att invända' is one unit's view, not the nämnd's."""
    fil = _docx(
        tmp_path / "p.docx",
        "Sammanträdes- protokoll",
        "§ 16/2016 Dnr 2016/0066 MBN-2",
        "Samrådsförslag: Förslag till detaljplan för Rökeriet i Väsjön, Edsberg",
        "Sammanfattning",
        "Miljö- och byggnadsnämnden har inbjudits att lämna synpunkter till kommunstyrelsen.",
        "Miljö- och hälsoskyddsenhetens synpunkter framgår av bilagan.",
        "Bygglovsenheten har inget att invända mot förslaget.",
        "Miljö- och byggnadsnämnden antar bilagan till kontorets tjänsteutlåtande 2016-08-19.",
    )
    [kontroll] = kontrollera_fil(fil)
    assert kontroll.stallningstagande is None
    assert kontroll.har_sammanfattning
    assert kontroll.diarienummer == "2016/0066 MBN-2"


@pytest.mark.parametrize(
    "stycken",
    [
        ("Angående remiss över riktlinjer för jordbruksmark",
         "LRF anser det positivt att kommunledningen tagit initiativ till en utredning.",
         "Vi anser att remisstiden är alltför kort.",
         "Remissvaret i sin helhet läser ni här >>"),
        ("Några huvudpunkter som lyfts fram i yttrandet är:",
         "LRF tycker att Konkurrenskraftsutredningens förslag är ett bra underlag för en svensk "
         "livsmedelsstrategi.",
         "LRF skriver även i yttrandet att det är viktigt att regeringen skyndsamt stärker "
         "konkurrenskraften."),
    ],
    ids=["lrf-marks-angaende-remiss", "lrf-i-yttrandet"],
)
def test_organisationens_sida_om_sitt_remissvar_hittas(tmp_path: Path, stycken: tuple[str, ...]) -> None:
    """LRF's pages on its remissvar ('Angående remiss över …', '… i yttrandet') are found, no stance."""
    [kontroll] = kontrollera_fil(_docx(tmp_path / "y.docx", *stycken))
    assert kontroll.stallningstagande is None


def test_sammantradesinformation_ar_inget_yttrande(tmp_path: Path) -> None:
    """Malmö's 'Information från kommunstyrelsens sammanträde' lists decisions: no yttrande (annat)."""
    fil = _docx(
        tmp_path / "i.docx",
        "Information från kommunstyrelsens sammanträde den 4 februari 2015",
        "Denna information redogör kortfattat för kommunstyrelsens beslut i de ärenden som behandlades.",
        "5. Remiss från Miljödepartementet - Statskontorets redovisning Vägledning till en bättre tillsyn",
        "Miljödepartementet har remitterat rapporten Vägledning till en bättre tillsyn till Malmö kommun för "
        "synpunkter.",
        "Kommunstyrelsen beslutade:",
        "att avge yttrande till Miljödepartementet i enlighet med upprättat förslag från stadskontoret",
    )
    assert igenkanda(fil) == []


def test_monstrens_undantag_har_exempel() -> None:
    """A pattern's 'utom_objekt' (procedure, not stance) is data with an example that yields no stance."""
    from remiss.kontroll.stallning import find_fynd, make_blocks
    from remiss.nlp import load_patterns

    undantag = [p for p in load_patterns() if p.get("utom_objekt")]
    assert undantag
    for pattern in undantag:
        assert pattern["utom_exempel"]
        re.compile(pattern["utom_objekt"])
        fynd = find_fynd(make_blocks(_lines(pattern["utom_exempel"])), del_="brodtext", namnd=None)
        assert not [f for f in fynd if f.monster == pattern["id"]], pattern["id"]


def test_eget_pressmeddelande_om_sitt_remissvar_ar_ett_yttrande(tmp_path: Path) -> None:
    """prov2/skl-ansvarskommitten-pressmeddelande, relabelled yttrande (kontroll14, the lead's rule): the
    organisation's own press release stating its own answer to a named remiss in the third person is a web
    yttrande. The press release's label over the page makes the text the sender's own, so the genre weighs
    nothing against it; the date line's 'CEST' before the name is no part of it.
    http://www.mynewsdesk.com/se/pressreleases/genomfoer-ansvarskommittens-foerslag-163699"""
    fil = _docx(
        tmp_path / "p.docx",
        "Sveriges Kommuner och Landsting",  # the lines as the page breaks them
        "Genomför Ansvarskommitténs förslag",
        "Pressmeddelande • Aug 24, 2007 15:06 CEST",
        "Sveriges Kommuner och Landsting tillstyrker merparten av Ansvarskommitténs",
        "förslag i sitt remissyttrande, som på fredagen antogs av förbundets styrelse.",
        "Förbundet framhåller särskilt regeringens ansvar för att statens regionala indelning",
        "anpassas till den nya läns- och regionindelningen.",
        "– Processen är redan långt gången på flera håll i landet, säger SKL:s ordförande",
        "Anders Knape. För att värna helheten och likvärdigheten i den svenska",
        "samhällsorganisationen är det viktigt att vi nu inte stannar upp.",
    )
    [kontroll] = igenkanda(fil)
    assert kontroll.stallningstagande == "tillstyrker"
    assert "pressmeddelandets-etikett" in kontroll.igenkanning


# Misses of the reported sets prov/ and prov2/ (tests/korpus, kontroll3, December 2026): the class of each
# is fixed in modeller/stallningstagande.jsonl, the real sentence guards it.
STALLNING_PROV = [
    (
        "prov/jamstalldhetsmyndigheten-arbetstid: 'generellt' among the adverbs",
        "https://www.jamstalldhetsmyndigheten.se/2018/09",
        "Jämställdhetsmyndigheten ställer sig generellt positiv till utredningens förslag och lämnar "
        "synpunkter gällande",
        "tillstyrker",
    ),
    (
        "prov/riksdagen-ku-forsoksverksamhet: 'inte funnit anledning till erinran'",
        "https://data.riksdagen.se/dataset/dokument/yttr-1980-1989.html.zip",
        "Konstitutionsutskottet har från de synpunkter utskottet har att beakta inte funnit anledning till "
        "erinran mot regeringens förslag eller att göra något ställningstagande till motionerna.",
        "tillstyrker",
    ),
    (
        "prov2/kva-globala-klimatavtryck: negation before the verb in an att-clause",
        "https://www.kva.se/nyheter/akademien-kommenterar-miljomalsberedningens-delbetankande/",
        "Akademien anser att förslagen inte bör genomföras utan en övertygande analys av dessa frågor.",
        "avstyrker",
    ),
    (
        "prov2/transportstyrelsen-miljomal-etappmal: 'inga synpunkter' on one part is no avstår",
        "https://docplayer.se/amp/120887808-Transportstyrelsens-svar-pa-remiss-av-miljomalsberedningens-"
        "betankande-om-etappmal-och-naturvardsverkets-rapport-miljomalen-pa-ny-grund.html",
        "Transportstyrelsen har inga synpunkter på preciseringarna för detta mål, men instämmer i den "
        "diskussion som förs av Naturvårdsverket om att utveckla ytterligare preciseringar med en närmare "
        "tidshorisont (år 2050 och 2100).",
        None,
    ),
]


@pytest.mark.parametrize(
    ("fall", "kalla", "mening", "vantat"), STALLNING_PROV, ids=[f[0].split(":")[0] for f in STALLNING_PROV]
)
def test_stallning_i_provens_remissvar(
    tmp_path: Path, fall: str, kalla: str, mening: str, vantat: str | None
) -> None:
    """The real sentence of each fixed miss, in a remissvar without a beslut section, gives the truth."""
    fil = _docx(tmp_path / "y.docx", "Remissvar: Betänkandet (SOU 2024:1)", "Sammanfattning",
                "Myndigheten har läst betänkandet.", "Synpunkter", mening)
    [kontroll] = kontrollera_fil(fil)
    assert kontroll.stallningstagande == vantat, (fall, kalla)


def test_inga_synpunkter_pa_helheten_ar_fortfarande_avstar(tmp_path: Path) -> None:
    """'inga synpunkter på remissen' / '… att lämna' are about the whole: avstår (the rule is kept)."""
    for mening in ("Kommunen har inga synpunkter på remissen.", "Kommunen har inga synpunkter att lämna.",
                   "Kommunen har tagit del av förslaget och har inga synpunkter."):
        fil = _docx(tmp_path / "y.docx", "Remissvar: Betänkandet (SOU 2024:1)", mening)
        [kontroll] = kontrollera_fil(fil)
        assert kontroll.stallningstagande == "avstar", mening


def test_delar_bedomningen_bara_i_beslutet(tmp_path: Path) -> None:
    """'delar utredningens bedömning' is the stance in a beslut, a comment on one part in the body (k13)."""
    brodtext = _docx(tmp_path / "b.docx", "Remissvar: Betänkandet (SOU 2024:1)",
                     "Kommunen delar utredningens bedömning i avsnitt 4.")
    beslut = _docx(tmp_path / "s.docx", "Yttrande över betänkandet (SOU 2024:1)", "Förslag till beslut",
                   "Kommunstyrelsen delar utredningens bedömning.", "Ärendet",
                   "Kommunen har läst betänkandet.")
    assert kontrollera_fil(brodtext)[0].stallningstagande is None
    assert kontrollera_fil(beslut)[0].stallningstagande == "tillstyrker"


# Which documents are yttranden: misses of prov/, prov2/ and yttranden/ fixed in kontroll3 (the classes:
# an organisation's page on its own answer, a compound title word, news and collections of answers).
FINNS = [
    (
        "prov/jamstalldhetsmyndigheten-styrkraft: '<Myndighet>s remissvar på …' as the heading",
        ""
        ""
        ""
        "https://jamstalldhetsmyndigheten.se/aktuellt/publikationer/jamstalldhetsmyndighetens-remissvar-pa-sou-2019-23/",
        ("Jämställdhetsmyndighetens remissvar på SOU",  # the heading broken before "2019:23", as on the page
         "2019:23",
         "Jämställdhetsmyndighetens remissvar på ”Styrkraft i funktionshinderpolitiken” (SOU 2019:23).",
         "Jämställdhetsmyndigheten välkomnar statistikutveckling på funktionshinderområdet."),
    ),
    (
        "prov2/svenskkollektivtrafik-egenskapskrav: 'har svarat på … remiss', 'Ta del av remissvaret'",
        "https://www.svenskkollektivtrafik.se/aktuellt--debatt/remissvar/remissvar-2021/",
        ("2021-03-24",
         "Transportstyrelsens förslag till föreskrifter och allmänna råd om egenskapskrav",
         "Svensk Kollektivtrafiks har svarat på Transportstyrelsens remiss om förslag till föreskrifter och "
         "allmänna råd om egenskapskrav för vägar, gator, spårvägar och tunnelbanor.",
         "Den viktigaste synpunkten på förslagen är att det riskerar att leda till stora "
         "kostnadsökningar vid nybyggnad av tunnelbana och spårväg.",
         "Ta del av remissvaret"),
    ),
    (
        "yttranden/sv-styrkraft: '<Förbund> tycker att … utredningen', 'Läs hela svaret'",
        "https://www.sv.se/nyheter/remissvar/styrkraft-i-funktionshinderpolitiken",
        ("2020-01-02",
         "Styrkraft i funktionshinderspolitiken",
         "Studieförbundet Vuxenskolan tycker att det är mycket anmärkningsvärt att utredningen valt att "
         "degradera frågan om demokratisk delaktighet till en övrig fråga.",
         "Här behöver utredningen tänka om.",
         "Läs hela svaret som PDF"),
    ),
]


@pytest.mark.parametrize(("fall", "kalla", "stycken"), FINNS, ids=[f[0].split(":")[0] for f in FINNS])
def test_organisationens_eget_remissvar_hittas(tmp_path: Path, fall: str, kalla: str, stycken: tuple) -> None:
    """An organisation's page on its own remissvar is one yttrande without a stance (the truth: null)."""
    [kontroll] = kontrollera_fil(_docx(tmp_path / "y.docx", *stycken))
    assert kontroll.stallningstagande is None, (fall, kalla)


def test_granskningsyttrande_over_oversiktsplan(tmp_path: Path) -> None:
    """prov2/lst-granskningsyttrande-berg-op: 'Granskningsyttrande över …' is a yttrande title (compound).

    Source: https://docplayer.se/amp/135235802-Granskningsyttrande-over-kommuntackande-oversiktsplan-for-bergs-
    kommun.html
    """
    fil = _docx(
        tmp_path / "g.docx",
        "1 (6) Granskningsyttrande",
        "Samhällsenheten",
        "Datum Diarienummer",
        "2018-03-26 401-790-18",
        "Granskningsyttrande över kommuntäckande översiktsplan för Bergs kommun",
        "Sammanfattning",
        "Länsstyrelsen anser att översiktsplanen ger god vägledning för framtida mark- och "
        "vattenanvändning i kommunen. Översiktsplanen visar tydligt kommunens viljeinriktning.",
        "Bakgrund",
        "Bergs kommun har upprättat ett förslag till kommunomfattande översiktsplan.",
    )
    [kontroll] = kontrollera_fil(fil)
    assert kontroll.titel.startswith("Granskningsyttrande över")
    assert kontroll.har_sammanfattning and kontroll.stallningstagande is None
    assert kontroll.diarienummer == "401-790-18"


INGET_YTTRANDE = [
    (
        "prov2/fardbevis-jonkoping-remissvar: a generated news item headed 'Remissvar om …'",
        "https://fardbevis.se/jonkoping/trafikplanering/remissvar-om-framtidens-regionala-utvecklingspolitik",
        ("Remissvar om framtidens regionala utvecklingspolitik",
         "Regionstyrelsen i Jönköping har lämnat yttrande över SOU 2025:85 om framtidens regionala "
         "utvecklings- och landsbygdspolitik. Regionstyrelsen beslutade att godkänna arbetsutskottets "
         "förslag med ett tillägg från Kristdemokraterna. Yttrandet skickades till Landsbygds- och "
         "infrastrukturdepartementet.",
         "Sammanfattningen är AI-genererad och kan innehålla fel — läs originalkällan.",
         "Tidslinje"),
    ),
    (
        "prov/regionskane-kulturplan-remissvar: the page of received answers",
        ""
        ""
        ""
        "https://utveckling.skane.se/utvecklingsomraden/kulturutveckling/regional-kulturplan-for-skane1/remissvar/",
        ("Remissvar - Region kulturplan för Skåne 2021-2024",
         "Mellan den 13 februari och den 26 april 2020 var det möjligt att lämna synpunkter på den nya "
         "regionala kulturplanen för Skåne 2021-2024.",
         "Sista dag att skicka in yttranden var söndag 26 april. Knappt 80 remissvar har skickats in, "
         "27 från kommuner, 40 från kulturverksamheter och 9 övriga. Alla",
         "remissvar publiceras här nedan så snart som möjligt efter att de blivit registrerade och "
         "diarieförda.",
         "Inkomna remissvar"),
    ),
    (
        "prov/kronoberg-kulturplan-avslutad: 'Remissvar' over a link to the received answers",
        "https://blogg.regionkronoberg.se/kultur/remissperioden-avslutad-for-kronobergs-kulturplan/",
        ("Remissperioden avslutad för Kronobergs kulturplan",
         "Nu är remisstiden avslutad och 33 yttranden skickades in.",
         "Remissvar",
         "Läs remissvaren här"),
    ),
    (
        "prov2/gotland-kfn-kulturpolitiskt-program: a sentence going on with 'remissvar …' is no title",
        "https://gotland.se/36513",
        ("KFN § 20",
         "Kulturpolitiskt program - remissutgåva",
         "Dnr: KFN 2006/087-76",
         "Vid Kultur- och fritidsnämndens sammanträde 2008-01-23 presenterade förvaltningen ett förslag till "
         "en remissutgåva av det kulturpolitiska programmet för diskussion.",
         "Förvaltningen presenterade ett nytt förslag som omarbetats enligt de intentioner som nämnden givit "
         "uttryck för enligt ovan.",
         "Sista svarsdatum för remissomgången fastställdes till 28 mars. Därefter ska inkomna",
         "remissvar sammanställas och bearbetas och ett slutligt förslag till kulturpolitiskt",
         "program tas fram till nämndens sammanträde i april.",
         "Kultur- och fritidsnämndens beslut",
         "• Att uppdra åt förvaltningen att skyndsamt skicka ut programmet på remiss med sista svarsdatum "
         "28 mars."),
    ),
]


@pytest.mark.parametrize(
    ("fall", "kalla", "stycken"), INGET_YTTRANDE, ids=[f[0].split(":")[0] for f in INGET_YTTRANDE]
)
def test_nyhet_eller_samling_av_remissvar_ar_inget_yttrande(
    tmp_path: Path, fall: str, kalla: str, stycken: tuple
) -> None:
    """News about an answer, a page of received answers, a protocol on sending out a remiss: no yttrande."""
    assert igenkanda(_docx(tmp_path / "n.docx", *stycken)) == [], (fall, kalla)


# New real remissvar gathered for kontroll3 (tests/korpus/yttranden/, senders in no other folder); each miss
# they showed is fixed in general and guarded here with the real sentence.


def test_stalla_sig_bakom_ett_annat_yttrande_ar_inget_stallningstagande(tmp_path: Path) -> None:
    """oskarshamn-lsn-karntekniklag: 'ställa sig bakom KSO:syttrande' adopts a yttrande (source: 5dok.org).

    https://5dok.org/document/zlgee9jl-s%C3%A4kerhetsn%C3%A4mnden-beslutat-eget-yttrande-antakso-s-yttrande.html
    """
    fil = _docx(
        tmp_path / "y.docx",
        "Yttrande över utredningen Ny kärntekniklag – med förtydligat ansvar (SOU 201 9:1 6)",
        "Oskarshamns kommun är också remissinstans och kommunstyrelsen har den 18september beslutat att "
        "ställa sig bakom KSO:syttrande och avgivitdetta som eget yttrande till miljödepartementet.",
        "Säkerhetsnämnden har beslutat att som eget yttrande antaKSO:s yttrande. "
        "Yttrandet framgår av bilaga.",
    )
    [kontroll] = kontrollera_fil(fil)
    assert kontroll.stallningstagande is None


def test_motionens_yrkande_ar_inte_utskottets_stallningstagande(tmp_path: Path) -> None:
    """bou-investeringsbidraget: 'att riksdagen avslår regeringens förslag' quotes a motion (riksdagen.se).

    https://rixlex.riksdagen.se/sv/dokument-lagar/dokument/yttrande/investeringsbidraget-for-ny--och-ombyggnad-av_GF05BoU2
    """
    fil = _docx(
        tmp_path / "y.docx",
        "Bostadsutskottets yttrande 1991/92:BoU2y",
        "Finansutskottet har den 12 november 1991 beslutat att bereda bostadsutskottet tillfålle att yttra "
        "sig över proposition 1991/92:38 Inriktningen av den ekonomiska politiken jämte motioner.",
        "1991/92:Fil5 av Lars Werner m.fl. (v) vari yrkas",
        "12. att riksdagen avslår regeringens förslag till sänkt investeringsbidrag till bostäder.",
    )
    [kontroll] = kontrollera_fil(fil)
    assert kontroll.stallningstagande is None


NYA_REMISSVAR = [
    (
        "juu-kommissionens-arbetsprogram: an utskott given 'tillfälle att yttra sig'",
        ""
        ""
        ""
        "https://www.riksdagen.se/sv/dokument-lagar/dokument/yttrande/kommissionens-arbetsprogram-2014_H105JuU3y",
        ("Justitieutskottets yttrande",
         "Kommissionens arbetsprogram 2014",
         "Till utrikesutskottet",
         "Den 14 november 2013 beslutade utrikesutskottet att ge bl.a. justitieutskottet tillfälle att "
         "yttra sig över EU-kommissionens arbetsprogram för 2014 (KOM(2013) 739) i de delar det berör "
         "utskottets beredningsområde. Utskottet lämnar i yttrandet övergripande synpunkter på kommissionens "
         "arbetsprogram i dessa delar.",
         "Utskottet välkomnar att huvudtemat i kommissionens arbetsprogram är genomförande och resultat."),
    ),
    (
        "svensktnaringsliv-alkoholservering: 'REMISSVAR16 november', 'lämna följande kommentarer'",
        ""
        ""
        ""
        "https://www.svensktnaringsliv.se/material/remissvar/remiss-av-promemorian-forslag-till-forordning-om-"
        "tillfalligt-forb_1156949.html",
        ("REMISSVAR16 november 2020",
         "Promemorian Förslag till förordning om tillfälligt förbud mot servering av alkohol (S2020/08228)",
         "Svenskt Näringsliv vill med anledning av rubricerad departementspromemoria lämna följande "
         "kommentarer och ställningstagande.",
         "Kommentarer och ställningstagande",
         "Föreningen Svenskt Näringsliv har valt att inte kommentera det remitterade förslaget i alla "
         "delar."),
    ),
    (
        "arkitekt-modernare-byggregler: the organisation's own page quoting its chief is still its remissvar",
        "https://www.arkitekt.se/nyhet/remissyttrande-modernare-byggregler/",
        ("Remissyttrande Modernare byggregler",
         "Publicerad: 2020-05-05",
         "Sveriges Arkitekter har lämnat ett remissyttrande över betänkandet Modernare byggregler – "
         "förutsägbart, flexibelt och förenklat, SOU 2019:68 och har många invändningar.",
         "– Det är snarare tillämpning och uttolkningen som är problemet, säger Sveriges Arkitekters "
         "samhällspolitiska chef Margareta Wilhelmsson."),
    ),
]


@pytest.mark.parametrize(
    ("fall", "kalla", "stycken"), NYA_REMISSVAR, ids=[f[0].split(":")[0] for f in NYA_REMISSVAR]
)
def test_nya_remissvar_hittas(tmp_path: Path, fall: str, kalla: str, stycken: tuple) -> None:
    """Each of these real remissvar is one yttrande without a stance (the truth: null)."""
    [kontroll] = kontrollera_fil(_docx(tmp_path / "y.docx", *stycken))
    assert kontroll.stallningstagande is None, (fall, kalla)


def test_nagra_av_forslagen_ar_en_del(tmp_path: Path) -> None:
    """raa-riksintresseutredningen: 'motsätter sig några av förslagen' is a part, not the whole: blandat.

    https://www.raa.se/2017/03/riksantikvarieambetet-har-svarat-pa-riksintresseutredningen/ (the truth is
    null: stances on parts both ways and no overall one; the tool says blandat, which the truth format lacks)
    """
    fil = _docx(
        tmp_path / "y.docx",
        "Riksantikvarieämbetet har svarat på Riksintresseutredningen",
        # the source has no full stop after "beskrivningar": one sentence with both stances
        "Riksantikvarieämbetet tillstyrker därför utredningens förslag i de delar som rör tydligare roll- "
        "och ansvarsfördelning, krav på aktualitet och tydlighet i kriterier och beskrivningar "
        "Riksantikvarieämbetet motsätter sig några av förslagen i utredningen.",
    )
    [kontroll] = kontrollera_fil(fil)
    assert kontroll.stallningstagande == "blandat"
    assert not [b for b in kontroll.brister if b.kod == "MOTSTRIDIGT_STALLNINGSTAGANDE"]


def test_sida_med_inkomna_remissvar_ar_inget_yttrande(tmp_path: Path) -> None:
    """missiv/rk-n2017-remissvar-renskotsel: regeringen.se's 'Remissvar Ds 2016:27 …' lists the answers.

    https://github.com/civictechsweden/g0vse/blob/data/remisser/ (the page 'Här kan du ta del av de remissvar
    som har kommit till Näringsdepartementet'): a page of received answers, no yttrande.
    """
    fil = _docx(
        tmp_path / "r.docx",
        "Näringsdepartementet",
        "Remissvar Ds 2016:27 Frågor kring 2009 års renskötselkonvention",
        "Här kan du ta del av de remissvar som har kommit till Näringsdepartementet på Ds 2016:27 Frågor "
        "kring 2009 års renskötselkonvention.",
    )
    assert igenkanda(fil) == []


def test_ordforandebeslut_om_yttrande(tmp_path: Path) -> None:
    """'Ordförandebeslut: Yttrande över …' (brådskande ärende) is a yttrande; its Beslut holds the stance."""
    fil = _docx(
        tmp_path / "o.docx",
        "Datum 2023-05-10",
        "Dnr SN 2023/145",
        "Ordförandebeslut: Yttrande över remiss av betänkandet Framtidens socialtjänst (SOU 2020:47)",
        "Beslut",
        "Socialnämndens ordförande beslutar att ställa sig bakom förslagen i betänkandet.",
        "Ärendet",
        "Socialdepartementet har remitterat betänkandet till kommunen.",
    )
    [kontroll] = kontrollera_fil(fil)
    assert kontroll.titel.startswith("Ordförandebeslut: Yttrande över")
    assert (kontroll.stallningstagande, kontroll.stallningstagande_del) == ("tillstyrker", "beslut")
    assert kontroll.diarienummer == "SN 2023/145"


# kontroll4 (issue 9, item 7): other organisations' remissvar, each with the real text and its source.
KORTA_REMISSVAR = [
    (
        "prov4/svf-djurforsok-remissvar: headed only with the remiss title, 'har inget att erinra'",
        "http://www.svf.se/sv/Forbundet/Remissvar/Remissvar-2009-2010/",
        ("Sveriges Veterinärförbund | 2010-06-14",
         "Remiss Föreskrifter om ändring i Djurskyddsmyndighetens föreskrifter och allmänna råd (DFS 2004:4) "
         "om djurförsök m.m. (Dnr 31-5787/10)",
         "Jordbruksverket",
         "551 82  JÖNKÖPING",
         "Sveriges Veterinärförbund har beretts möjlighet att yttra sig över rubricerat förslag och "
         "har inget "
         "att erinra mot detsamma under förutsättning att substanser som kan användas i såväl kosmetika och "
         "hygienprodukter som läkemedel fortfarande får användas inom läkemedelsforskningen.",
         "Anders Lefrell"),
        "tillstyrker",
    ),
    (
        "prov4/svf-hasttavlingar-remissvar: the SOU title, 'har fått rubricerade ärende för yttrande'",
        "http://www.svf.se/ (Hästtävlingar - på lika villkor (SOU 2006:66))",
        ("Sveriges Veterinärförbund",
         "Hästtävlingar - på lika villkor (SOU 2006:66)",
         "Stockholm den 26 oktober 2006",
         "Jordbruksdepartementet",
         "(Dnr Jo 2006/66)",
         "Sveriges Veterinärförbund har fått rubricerade ärende för yttrande och har inget att erinra mot "
         "detsamma.",
         "Förbundet vill dock påpeka vikten av att lagar och föreskrifter gällnade smittksydd och djurskydd "
         "efterföljs och övervakas i samband med transporter mellan medlemsländerna."),
        "tillstyrker",
    ),
    (
        "prov3/konsumentsamverkan-lvfs-remissvar: 'Remiss: …' as heading, 'inte bör beslutas'",
        "docplayer (Sveriges Konsumenter i Samverkan till Läkemedelsverket)",
        ("Sveriges Konsumenter i Samverkan",
         "Läkemedelsverket",
         "Remiss: Förslag till ändring i Läkemedelsverkets föreskrifter (LVFS 1995:9) om tillämpning av "
         "läkemedelslagen",
         "Vi har med intresse tagit del av underlaget för rubricerade fråga och har följande synpunkter:",
         "Med hänvisning till att bl a motivet för denna reglering skulle vara konsumenternas bästa vill vi "
         "framhålla att Konsumenter i samverkans uppfattning är att den förslagna ändringen inte bör "
         "beslutas.",
         "Vi kan inte se några konsumentfördelar i förslaget, snarare att det får negativa konsekvenser för "
         "folkhälsan."),
        "avstyrker",
    ),
    (
        "yttranden/civilforsvarsforbundet-organisationsbidrag-remissvar: the blog about the own answer",
        "https://civil.se/blog/2010/09/06/vi-ar-inte-ensamma-om-att-tycka/",
        ("Vi är inte ensamma om att tycka",
         "Idag lämnade Civilförsvarsförbundet sitt svar på remissen om organisationsbidrag. I korta drag "
         "innebär svaret att förslaget sågas helt."),
        "avstyrker",
    ),
]


@pytest.mark.parametrize(("fall", "kalla", "stycken", "vantat"), KORTA_REMISSVAR,
                         ids=[f[0].split(":")[0] for f in KORTA_REMISSVAR])
def test_korta_remissvar_hittas(tmp_path: Path, fall: str, kalla: str, stycken: tuple, vantat: str) -> None:
    """A short remissvar headed only with the remiss title (or none) is one yttrande with its stance."""
    [kontroll] = kontrollera_fil(_docx(tmp_path / "y.docx", *stycken))
    assert kontroll.stallningstagande == vantat, (fall, kalla)


WEBBNOTISER_OM_EGET_SVAR = [
    (
        "yttranden/forum-folkrorelseutredningen-remissvar",
        "https://www.socialforum.se/article/folkrorelseutredningen-forums-remissvar/",
        ("Folkrörelseutredningen, Forums remissvar",
         "Forum lämnar nu in sitt remissvar på Folkrörelseutredningen, där vi konstaterar några intressanta "
         "förslag men där vi också har ett antal invändningar."),
    ),
    (
        "yttranden/svff-sammankomster-remissvar",
        "https://svff.svenskfotboll.se/nyheter/2020/11/remissvar-skarpta-regler/",
        ("Remissvar på skärpta regler för sammankomster",
         "SvFF har idag överlämnat sina synpunkter på regeringens föreslagna förbud mot allmänna "
         "sammankomster "
         "och offentliga tillställningar med fler än åtta deltagare.",
         "SvFF:s remissvar framhåller bland annat att det kan ifrågasättas om den föreslagna "
         "begränsningen av "
         "grundlagsskyddade fri- och rättigheter är ändamålsenlig och proportionerlig."),
    ),
]


@pytest.mark.parametrize(("fall", "kalla", "stycken"), WEBBNOTISER_OM_EGET_SVAR,
                         ids=[f[0] for f in WEBBNOTISER_OM_EGET_SVAR])
def test_notis_om_eget_remissvar_hittas(tmp_path: Path, fall: str, kalla: str, stycken: tuple) -> None:
    """An organisation's notice that it 'lämnar nu in sitt remissvar' is its yttrande (truth: no stance)."""
    [kontroll] = kontrollera_fil(_docx(tmp_path / "y.docx", *stycken))
    assert kontroll.stallningstagande is None, (fall, kalla)


def test_beretts_tillfalle_att_till_departementet_yttra_sig(tmp_path: Path) -> None:
    """prov3/sala-ks-regional-indelning: 'har beretts tillfälle att till Finansdepartementet yttra sig'.

    docplayer.se/112425780 (OCR noise in the head; only the SOU title 'SOU2016:48' without a space).
    """
    fil = _docx(
        tmp_path / "s.docx",
        "STYRELSEN",
        "KS 2016/155/1",
        "Regional indelning -tre nya län (SOU2016:48)",
        "Sala kommun har beretts tillfälle att till Finansdepartementet yttra sig över Indelningskommitténs "
        "delbetänkande Regionalindelning-tre nya lån (SOU 2016:48) som överlämnades den 30 juni 2016 till "
        "regeringen.",
    )
    [kontroll] = kontrollera_fil(fil)
    assert kontroll.stallningstagande is None


def test_fatt_mojligheten_att_lamna_synpunkter(tmp_path: Path) -> None:
    """prov3/trafikverket-fjarde-jarnvagspaketet: a PM 'Trafikverkets remissyttrande avseende …'."""
    fil = _docx(
        tmp_path / "t.docx",
        "Trafikverket",
        "PM – Trafikverkets remissyttrande avseende",
        "Remiss av promemorian Fjärde järnvägspaketet",
        "Inledning",
        "Trafikverket har fått möjligheten att lämna synpunkter på förslag till framtida lagstiftning inom "
        "järnvägsområdet i samband med remiss av Promemorian Fjärde järnvägspaketet.",
    )
    assert len(kontrollera_fil(fil)) == 1


STOD_UTAN_ORDET = [
    ("prov4/rodakorset-demokrati-remissvar",
     "Svenska Röda Korset välkomnar den vidare satsningen på att stärka demokratin som föreslås i "
     "betänkandet",
     "tillstyrker"),
    ("prov3/sjofartsverket-granser-i-havet",
     "Sjöfartsverket stödjer den modell för lagstiftning om Sveriges sjöterritorium och maritima zoner som "
     "föreslås i betänkandet.", "tillstyrker"),
    ("prov3/akeriforetag-tyngre-fordon",
     "Sveriges Åkeriföretag välkomnar Trafikverkets 1 och Transportstyrelsens 2 rapporter med förslag att "
     "tillåta tyngre och längre fordon för godstransporter på väg i Sverige.", "tillstyrker"),
    ("prov3/spsm-likvardig-skola",
     "Specialpedagogiska skolmyndigheten välkomnar förslaget att beslut om placering respektive mottagande "
     "vid samtliga kommunala och fristående skolor ska ske genom ett nationellt skolvalssystem.",
     "tillstyrker"),
    ("yttranden/rsm-demokrativillkor",
     "Sveriges Museer välkomnar promemorians förslag till att demokrativillkor införs för stöd ur Allmänna "
     "arvsfonden.", "tillstyrker"),
    ("prov3/forsakringsforbundet-diskonteringsranta",
     "När det gäller förslaget om en annan metod för diskontering av värdesäkrade kassaflöden kan förbundet "
     "varken avstyrka eller tillstyrka.", None),
    ("yttranden/st-regional-indelning-remissvar",
     "ST pekar i sitt remissvar som ställer sig positivt till att man tar ett ordentligt tag kring frågan om "
     "länsindelning.", None),
    ("prov4/soff-visselblasare",
     "SOFF är positiva till ett starkare skydd för personer som rapporterar missförhållanden.", None),
]


@pytest.mark.parametrize(("fall", "mening", "vantat"), STOD_UTAN_ORDET, ids=[f[0] for f in STOD_UTAN_ORDET])
def test_stod_utan_stallningsordet(tmp_path: Path, fall: str, mening: str, vantat: str | None) -> None:
    """'välkomnar förslaget', 'stödjer X som föreslås' are tillstyrker (README); a view on an aim is none."""
    [kontroll] = kontrollera_fil(_docx(tmp_path / "y.docx", "Yttrande över betänkandet", mening))
    assert kontroll.stallningstagande == vantat, fall


BLANDADE_DELAR = [
    (
        "prov4/kulturradet-kulturutredningen-remissvar: 'är positivt till …' and 'avvisar dock "
        "förslaget om …'",
        ("Remissvar Kulturutredningen",
         "Kulturrådet har lämnat sitt svar på det förslag till en reformerad kulturpolitik som "
         "Kulturutredningen presenterade i februari i år. Kulturrådet är positivt till en utvecklad "
         "samverkan, "
         "både med andra politikområden och med landsting, regioner och kommuner. Kulturrådet avvisar dock "
         "förslaget om en ny förvaltningsorganisation.",
         "Kulturrådet vill framhålla betydelsen av en nationell kulturpolitik där statens roll är "
         "kraftfull och "
         "tydlig och ställer sig positiv till att utredningen lyfter fram kulturens betydelse för "
         "samhällsutvecklingen."),
    ),
    (
        "yttranden/kfo-valfardsutredningen-remissvar: 'avstyrker … förslag om' and 'positiva till … "
        "förslag om'",
        ("KFOs remissvar på välfärdsutredningen",
         "Sammanfattning av remissvaret",
         "KFO avstyrker utredningens förslag om vinstbegränsningsmodell.",
         "KFO är positiva till utredningens förslag om reserverad upphandling, men ifrågasätter att "
         "utredningen "
         "inte lämnar fler skarpa förslag för idéburen sektor."),
    ),
]


@pytest.mark.parametrize(
    ("fall", "stycken"), BLANDADE_DELAR, ids=[f[0].split(":")[0] for f in BLANDADE_DELAR]
)
def test_delar_at_bada_hallen_ar_blandat(tmp_path: Path, fall: str, stycken: tuple) -> None:
    """Stances on parts both ways and none on the whole: blandat (the truth's null), no conflict."""
    [kontroll] = kontrollera_fil(_docx(tmp_path / "y.docx", *stycken))
    assert kontroll.stallningstagande == "blandat", fall
    assert not [b for b in kontroll.brister if b.kod == "MOTSTRIDIGT_STALLNINGSTAGANDE"]


@pytest.mark.parametrize("rubrik", [
    "Sammanfattning av Svenska Röda Korsets synpunkter",  # prov4/rodakorset-demokrati-remissvar
    "Sjöfartsverkets sammanfattning och övergripande synpunkter",  # prov3/sjofartsverket-granser-i-havet
    "1. Sammanfattade synpunkter",  # yttranden/visita-handelsmetoder-remissyttrande
    "Sammanfattning av remissvaret",  # yttranden/kfo-valfardsutredningen-remissvar
])
def test_sammanfattningsrubriker_i_remissvar(rubrik: str) -> None:
    """Real remissvar head their summary in these ways; each is a Sammanfattning heading."""
    from remiss.kontroll.avsnitt import rubrik as rubrik_av

    assert rubrik_av(rubrik) == "sammanfattning"
    assert rubrik_av("sammanfattning av de reflektioner och synpunkter som") is None  # a wrapped sentence


def test_tva_rubriker_i_samma_brevhuvud_ar_ett_yttrande(tmp_path: Path) -> None:
    """prov3/sjofartsverket-granser-i-havet: 'REMISSYTTRANDE 1 (37) Datum …' and the real title under it."""
    fil = _docx(
        tmp_path / "s.docx",
        "Sjöfartsverket",
        "Datum | Vår beteckning",
        "2015-08-24 | 15-01301",
        "REMISSYTTRANDE 1 (37) Datum Vår beteckning 2015-08-24 15-01301",
        "Handläggare, direkttelefon Ert datum Er beteckning Lars Jakobsson, +46104784925 2015-04-20 AO",
        "Utrikesdepartementet FMR Ambassadör Helena Ödmark 103 33 STOCKHOLM",
        "Remissyttrande över betänkandet ”Gränser i havet” (SOU 2015:10)",
        "Sjöfartsverket har tagit del av Utrikesdepartementets betänkande ”Gränser i havet” (SOU 2015:10).",
        "Sjöfartsverkets sammanfattning och övergripande synpunkter",
        "Sjöfartsverket stödjer den modell för lagstiftning om Sveriges sjöterritorium och maritima "
        "zoner som "
        "föreslås i betänkandet.",
    )
    [kontroll] = kontrollera_fil(fil)
    assert (kontroll.stallningstagande, kontroll.har_sammanfattning) == ("tillstyrker", True)


def test_dnr_inom_parentes_pa_egen_rad(tmp_path: Path) -> None:
    """prov4/svf-hasttavlingar-remissvar: the remiss's dnr stands alone as '(Dnr Jo 2006/66)'."""
    fil = _docx(
        tmp_path / "h.docx",
        "Sveriges Veterinärförbund",
        "Hästtävlingar - på lika villkor (SOU 2006:66)",
        "Stockholm den 26 oktober 2006",
        "Jordbruksdepartementet",
        "103 33 Stockholm",
        "(Dnr Jo 2006/66)",
        "Sveriges Veterinärförbund har fått rubricerade ärende för yttrande och har inget att erinra mot "
        "detsamma.",
    )
    [kontroll] = kontrollera_fil(fil)
    assert kontroll.diarienummer == "Jo 2006/66"


def test_lamnar_synpunkter_pa_betankandet(tmp_path: Path) -> None:
    """yttranden/saco-tillganglighet-remissvar: a web page 'ställer sig bakom … men lämnar … synpunkter'.

    https://www.saco.se/opinion--fakta/rapporter-och-remisser/remisser/2010/ (Ds 2010:20)
    """
    fil = _docx(
        tmp_path / "s.docx",
        "Bortom fagert tal – Om bristande tillgänglighet som diskriminering (Ds 2010:20)",
        "Saco ställer sig bakom flertalet av utredarens förslag, men lämnar även ett antal synpunkter på "
        "betänkandet.",
    )
    [kontroll] = kontrollera_fil(fil)
    assert kontroll.stallningstagande == "tillstyrker"


def test_skeptisk_till_en_del_mot_stod_for_en_annan_ar_blandat(tmp_path: Path) -> None:
    """yttranden/saco-langtidsutredningen-remissvar: 'stöder förslaget om …' and 'skeptiskt till …' (parts).

    https://www.saco.se/opinion--fakta/rapporter-och-remisser/remisser/2011/langtidsutredningen-2011/
    """
    fil = _docx(
        tmp_path / "l.docx",
        "Långtidsutredningen 2011",
        "Saco lämnar synpunkter på Långtidsutredningen.",
        "Bland de konkreta förslagen stöder Saco förslaget om ett garantiprogram för alla efter tre "
        "månaders arbetslöshet.",
        "Saco tror att utredningen överskattar effekten av arbetslöshetsvarierade a-kasseavgifter och "
        "ställer sig skeptiskt till förlängd arbetsgivarperiod i sjukförsäkringen.",
    )
    [kontroll] = kontrollera_fil(fil)
    assert kontroll.stallningstagande == "blandat"


def test_pressmeddelande_om_det_egna_remissvaret_ar_ett_yttrande(tmp_path: Path) -> None:
    """yttranden/hyresgastforeningen-allmannyttan-pressmeddelande, relabelled yttrande (kontroll14, the lead's
    rule): the organisation's own press release on its own answer. 'Hyresgästföreningens remissvar' under
    the press release's label is the own answer named; 'Föreningen' is the organisation of that kind.

    http://www.mynewsdesk.com/se/hyresgastforeningen/pressreleases/ (EU, allmännyttan och hyrorna)
    """
    fil = _docx(
        tmp_path / "p.docx",
        "Hyresgästföreningens remissvar om EU, allmännyttan och hyrorna: - Dagens regler räcker",
        "Pressmeddelande • Sep 08, 2008 14:37 CEST",
        "- Utredningen har felbedömt EUs regler. Vi menar att dagens regler räcker, säger Barbro Engman, "
        "förbundsordförande. Hyresgästföreningen ogillar förslagen om framtida hyresregler.",
        "Föreningen avstyrker förslaget om en särskild efterfrågeregel.",
        "Utredningens förslag om bostadsföretagen är överspelat av SKL: s förslag.",
    )
    [kontroll] = igenkanda(fil)
    assert kontroll.stallningstagande == "avstyrker"
    assert "egen-organisations-svar" in kontroll.igenkanning


def test_webbsidans_titel_sist_over_sidraknaren_ar_ingen_yttrandestart() -> None:
    """yttranden/regionsamverkan-syd-indelning printed as a web page (bench_layoutbyte): the page title
    'Remissvar på …' stands last, over 'Sida 1(1)'. A page counter is no body text, so that line starts no
    yttrande and the page is read whole (its stance 'ställer sig överlag positiva till förslagen' kept)."""
    from remiss.domain import Handling, Line, Page
    from remiss.kontroll.hitta import _title_starts, find_remissvar

    rows = [
        "Regionsamverkan Sydsverige",
        "Regionsamverkan Sydsveriges remissvar på",
        "”Myndighetsgemensam indelning- samverkan på",
        "regional nivå”",
        "I slutet av mars 2018 skickade regeringskansliet indelningskommitténs slutbetänkande på remiss.",
        "Regionsamverkan Sydsverige ställer sig överlag positiva till förslagen men lämnar",
        "synpunkter angående regionernas beteckning.",
        "Remissvar på Myndighetsgemensam indelning-samverkan på regional nivå",
        "Sida 1(1)",
    ]
    lines = [Line(text=t, page=1, number=i) for i, t in enumerate(rows, 1)]
    assert 7 not in _title_starts(lines)
    assert find_remissvar(Handling(fil="x.pdf", pages=(Page(number=1, lines=tuple(lines)),))) is not None


def test_organisationens_notis_om_sitt_remissvar_med_bereds_i_annan_mening(tmp_path: Path) -> None:
    """tco.se 'Starkare kommuner – med kapacitet att klara välfärdsuppdraget' (2020): the organisation's
    notice of its remissvar. 'dessa bereds i anslutning till de övriga utredningar' is 'bereda' (prepare),
    not an invitation ('bereds tillfälle att yttra sig'), so it does not count against an answer."""
    fil = _docx(
        tmp_path / "t.docx",
        "Starkare kommuner – med kapacitet att klara välfärdsuppdraget",
        "Samhällsekonomi",
        "Remissvar",
        "2020-10-01",
        "Förslagen handlar om strukturella åtgärder för utökad samverkan mellan kommuner, frivillig "
        "kommunsammanläggning, ekonomiska förutsättningar, digitalisering och kompetensförsörjning.",
        "TCO välkomnar utredningens arbete och dess förslag. Vi vill samtidigt påtala vikten av att dessa "
        "bereds i anslutning till de övriga utredningar på närliggande områden, såsom Tillitsdelegationen.",
        "Läs hela remissvaret här.",
    )
    [kontroll] = kontrollera_fil(fil)
    assert kontroll.stallningstagande == "tillstyrker"


def test_remissinstanser_som_subjekt_ar_inte_avsandarens_stallningstagande(tmp_path: Path) -> None:
    """vagvaletgbg.se 'Regeringen slarvar med remissvar från Motormännen': a proposition's heading quoted,
    'Remissinstanser som avstått från att yttra sig', reports others' answers, not the sender's stance."""
    fil = _docx(
        tmp_path / "v.docx",
        "Remissvar från Motormännen",
        "I regeringens proposition 2009/10:189 angående införande av trängselskatt i Göteborg har man "
        "skrivit följande:",
        "Remissinstanser som avstått från att yttra sig",
        "Sveriges kommuner och landsting samt Motormännens Riksförbund.",
        "Läs det faktiska remissvaret här.",
    )
    for kontroll in kontrollera_fil(fil):
        assert kontroll.stallningstagande != "avstar"


# (case, paragraphs as the real yttrande has them, the dnr the truth gives)
EGET_DNR_FORE_REMISSENS = [
    (
        "prov5/konsumentverket-spelmarknad-yttrande: 'Vårt diarienummer' before 'Ert diarienummer'",
        ("Konsumentverket",
         "Remissyttrande avseende betänkandet En omreglerad spelmarknad (SOU 2017:30)",
         "Remissyttrande: 3 juli 2017",
         "Betänkandet innefattar en välbehövlig och grundlig genomgång av en mycket komplex marknad. "
         "Konsumentverket välkomnar fokuset på spelansvar och konsumentskydd och ställer sig i stort positiv "
         "till utredningens slutsatser och förslag.",
         "Vårt diarienummer: 2017/507",
         "Ert diarienummer: Fi2017/01644/OU",
         "Finansdepartementet"),
        "2017/507",
    ),
    (
        "prov5/kommun-hallbar-socialtjanst-yttrande: the nämnders' numbers over a title citing the remiss's",
        ("Kommunstyrelsen 20/279 Socialnämnden 20/084 Omsorgsnämnden 20/056",
         "Äldreomsorgsnämnden 20/068 Socialdepartementet",
         "Yttrande över betänkande SOU 2020:47 Hållbar socialtjänst, dnr",
         "S2020/06592",
         "Sammanfattande synpunkter",
         "Kommunen instämmer i utredningens övergripande slutsatser och förslag i sin helhet."),
        "20/279",
    ),
    (
        "prov5/tullverket-tullagstiftning-yttrande: the header table read as one line",
        ("Tullverket",
         "YTTRANDE Rättsavdelningen Datum Dnr Annkatrin Hübinette 2015-04-20 STY 2015-173 Tel.",
         "08-4050261 Ert datum Er referens annkatrin.hybinette@tullverket.se 2015-02-25 Fi2015/700",
         "Finansdepartementet 103 33 STOCKHOLM",
         "Betänkandet (SOU 2015:5) En ny svensk tullagstiftning",
         "Inledning",
         "Tullverket ser positivt på utredningens ambition att skapa en modern tullagstiftning som är "
         "anpassad till den nya unionstullkodexens struktur."),
        "STY 2015-173",
    ),
    (
        "prov5/far-bokforing-remissvar: no own number, the remiss's '(Dnr 10-19)' in the title",
        ("FAR",
         "Bokföringsnämnden Box STOCKHOLM",
         "Stockholm 28 februari 2013",
         "Förslaget till nytt allmänt råd med tillhörande vägledning om",
         "bokföring (Dnr 10-19)",
         "FAR har beretts tillfälle att inkomma med synpunkter på Förslaget till nytt allmänt råd med "
         "tillhörande vägledning om bokföring (Dnr 10-19). FAR får med anledning av detta anföra följande.",
         "FAR är positiv till den ansats med ny struktur som det allmänna rådet har."),
        "10-19",
    ),
    (
        "yttranden/do-konsuppdelad-statistik: 'Beslut i detta ärende (LED 2016/365) har fattats av'",
        ("Könsuppdelad individbaserad statistik i myndigheternas årsredovisningar",
         "Remissvar 16 november 2016",
         "Diskrimineringsombudsmannens (DO) remissvar är avgränsat till frågor som berör DO:s "
         "verksamhetsområde. Mot denna bakgrund ställer sig DO positivt till förslaget i sin helhet.",
         "Beslut",
         "Beslut i detta ärende (LED 2016/365) har fattats av Lovisa Strömberg efter utredning och "
         "förslag från Olle Andersson Brynja."),
        "LED 2016/365",
    ),
    (
        "yttranden/skatteverket-manadsuppgifter-yttrande: 'Dnr/målnr/löpnr:' over its value",
        ("Skatteverkets yttranden",
         "Månadsuppgiftsutredningens betänkande Månadsuppgifter - snabbt och enkelt",
         "(SOU 2011:40)",
         "Datum: 2011-11-07",
         "Dnr/målnr/löpnr:",
         "131-512407-11/112",
         "Sammanfattning",
         "Skatteverket tillstyrker förslaget att arbetsgivare ska bli skyldiga att lämna kontrolluppgift en "
         "gång i månaden istället för som idag en gång om året."),
        "131-512407-11/112",
    ),
    (
        "yttranden/ktf-covid-tillstand-yttrande: 'Dnr: M2020/ 00750/ Me' broken after its slashes",
        ("KEMISK TEKNISKA FÖRETAGEN | YTTRANDE",
         "Dnr: M2020/ 00750/ Me",
         "Miljödepartementet",
         "Remiss gällande ”Promemorian Åtgärder för att underlätta brådskande ändringar av "
         "tillståndsprövade miljöfarliga verksamheter i samband med covid-19”",
         "KTF tillstyrker förslaget."),
        "M2020/00750/Me",
    ),
    (
        "yttranden/regelradet-skogsstyrelsen-vaxtskadegorare: 'se ärendenummer RR 2023-184' is another case",
        ("Yttrande över Skogsstyrelsens förslag till föreskrifter om förebyggande av växtskadegörare",
         "Regelrådets ställningstagande:",
         "Konsekvensutredningen uppfyller kraven",
         "Skogsstyrelsen remitterade den 7 juli 2023 Regelrådet separat och i ett tidigt skede i detta",
         "2023, se ärendenummer RR 2023-184. Regelrådet har bedömt att konsekvensutredningen"),
        None,
    ),
]


@pytest.mark.parametrize(
    ("fall", "stycken", "vantat"),
    EGET_DNR_FORE_REMISSENS,
    ids=[f[0].split(":")[0] for f in EGET_DNR_FORE_REMISSENS],
)
def test_eget_dnr_fore_remissens(tmp_path: Path, fall: str, stycken: tuple, vantat: str | None) -> None:
    """The sender's own number is the yttrande's dnr; the department's number it cites only when none."""
    [kontroll] = kontrollera_fil(_docx(tmp_path / "y.docx", *stycken))
    assert kontroll.diarienummer == vantat, fall


# (case, the real sentences, the stance the truth gives; "blandat" is the truth's null)
OMFANG_AV_STALLNINGSTAGANDET = [
    ("yttranden/srf-aldreomsorgslag-remissvar: 'försiktigt positiva' to the proposed law",
     ("SRF ställer sig försiktigt positiva till den föreslagna äldreomsorgslagen.",), "tillstyrker"),
    ("prov5/lansbibliotekarier-bibliotekslag-remissvar: behind the law's spirit, an aim, not the proposal",
     ("Sveriges Länsbibliotekarier (i texten förkortat SLB) ställer sig bakom lagens anda att tydliggöra "
      "synen på teknikneutralitet när det gäller biblioteksmedia och användarperspektivet.",), None),
    ("prov5/kommun-hallbar-socialtjanst-yttrande: the whole 'i sin helhet', then 'avstyrker dock' a part",
     ("Kommunen instämmer i utredningens övergripande slutsatser och förslag i sin helhet. Kommunen "
      "avstyrker dock förslaget om att boendestöd inom socialpsykiatri och skyddat boende för "
      "våldsutsatta ska kunna ges utan föregående behovsprövning.",), "tillstyrker"),
    ("prov5/crd-hallbar-socialtjanst-yttrande: 'förslaget att …' both ways, nothing on the whole",
     ("Civil Rights Defenders välkomnar ambitionen om att anlägga ett helhetsperspektiv på "
      "socialtjänstverksamheten och tillstyrker förslaget att socialtjänsten ska ha ett förebyggande "
      "perspektiv.",
      "Civil Rights Defenders avstyrker förslaget att bestämmelserna om särskilda avgifter ska upphävas.",
      "Vi avstyrker dock att detta även ska gälla målgruppen personer med funktionsnedsättning."), "blandat"),
    ("prov5/lst-klimatanpassning-yttrande: 'avstryker' (sic) a proposal whose own words say 'avslå'",
     ("Länsstyrelsen tillstyrker förslaget att det tillsätts en utredning med uppdrag att lämna ett förslag "
      "till nationell strategi.",
      "Länsstyrelsen avstryker förslaget att det ska finnas möjlighet att avslå bygglov trots att det är "
      "förenligt med detaljplan."), "blandat"),
]


@pytest.mark.parametrize(
    ("fall", "stycken", "vantat"),
    OMFANG_AV_STALLNINGSTAGANDET,
    ids=[f[0].split(":")[0] for f in OMFANG_AV_STALLNINGSTAGANDET],
)
def test_omfang_av_stallningstagandet(tmp_path: Path, fall: str, stycken: tuple, vantat: str | None) -> None:
    """The overall stance is on the whole; stances on named parts only, both ways, are blandat (README)."""
    [kontroll] = kontrollera_fil(_docx(tmp_path / "y.docx", "Yttrande över betänkandet", *stycken))
    assert kontroll.stallningstagande == vantat, fall
    assert not [b for b in kontroll.brister if b.kod == "MOTSTRIDIGT_STALLNINGSTAGANDE"]


# (case, paragraphs as the real page has them, the stance; the page is one remissvar)
REMISSVAR_UTAN_RUBRIK_2 = [
    ("yttranden/downforeningen-uppfoljning-remissvar: 'Vi har yttrat oss om remissen …', 'uppmanar … följa'",
     ("Vi har yttrat oss om remissen ”Betänkandet Uppföljning för utveckling – ett hållbart system för "
      "samlad kunskap om villkoren för barn och elever med funktionsnedsättning i förskola och skola "
      "(SOU 2023:95)” som låg ute till remiss under våren 2024.",
      "Yttrandet sker inom ramen för föreningens uppgift att främja ett samhälle där personer med Downs "
      "syndrom är jämbördiga medborgare med full delaktighet, jämlikhet och självbestämmande.",
      "Sammanfattning",
      "Svenska Downföreningen uppmanar regeringen att agera i enlighet med utredningen och följa de förslag "
      "som utredningen föreslår."), "tillstyrker"),
    ("yttranden/su-kriminologi-unga-remissvar: an institution's news on its answer, 'avvisar förslaget'",
     ("Kriminologiska institutionen är kritiska till regeringens förslag",
      "Kriminologiska institutionen avvisar förslaget om att frihetsberövande påföljder för unga ska "
      "verkställas vid fängelser samt införandet av en ny fängelselag för unga.",
      "Läs hela remissvaret till SOU 2023:44 här."), "avstyrker"),
    ("yttranden/kommunforbundet-fi-valfrihet-utlatande: Finland-Swedish 'utlåtande', no stance",
     ("Social- och hälsovårdsministeriet 9.3.2017, Dnro 152/03/2017",
      "Kommunförbundets utlåtande angående utkastet till lagstiftningen om valfrihet inom social- och "
      "hälsovården",
      "Kommunförbundets styrelse fattade beslut om utlåtandet 9.3.2017."), None),
    ("yttranden/unicef-barnkonventionen-remissvar: 'Remissvar från 2016-10-10:' is a label, not the title",
     ("Barnkonventionen blir svensk lag",
      "Remissvar på betänkandet Barnkonventionen blir svensk lag",
      "Remissvar från 2016-10-10:",
      "UNICEF Sverige välkomnar betänkandet av utredningen Barnkonventionen blir svensk lag, som sätter barn "
      "som rättighetsbärare i fokus."), "tillstyrker"),
]


@pytest.mark.parametrize(
    ("fall", "stycken", "vantat"),
    REMISSVAR_UTAN_RUBRIK_2,
    ids=[f[0].split(":")[0] for f in REMISSVAR_UTAN_RUBRIK_2],
)
def test_remissvar_utan_yttranderubrik_2(
    tmp_path: Path, fall: str, stycken: tuple, vantat: str | None
) -> None:
    """Remissvar pages of new senders are found as one yttrande with the truth's stance."""
    [kontroll] = kontrollera_fil(_docx(tmp_path / "y.docx", *stycken))
    assert kontroll.stallningstagande == vantat, fall


def test_kommunforbundets_dnro_ar_remissens_nummer(tmp_path: Path) -> None:
    """yttranden/kommunforbundet-fi-valfrihet-utlatande: no own number, the ministry's 'Dnro …' is taken."""
    stycken = REMISSVAR_UTAN_RUBRIK_2[2][1]
    [kontroll] = kontrollera_fil(_docx(tmp_path / "y.docx", *stycken))
    assert kontroll.diarienummer == "152/03/2017"


SIDOR_OM_ANDRAS_ELLER_MANGA_SVAR = [
    ("yttranden/bris-remissvar-lista: a page of the organisation's answers in general",
     ("Remissvar",
      "Bris ges möjlighet att yttra sig över exempelvis statliga utredningar och lagförslag som berör barn "
      "och unga och deras situation.",
      "Börja med barnen - En sammanhållen god och nära vård för barn och unga",
      "Bris tillstyrker flertalet av utredningens förslag och ser det som positivt att utredningen har ett "
      "särskilt fokus på insatser för att stärka barns psykiska hälsa.",
      "Hållbar socialtjänst – En ny socialtjänstlag",
      "Bris avstyrker två av utredningens förslag och är kritisk till andra delar av utredningens förslag.")),
    ("prov5/rus-lansstyrelsernas-remissvar-pm: a PM compiling the länsstyrelser's answers",
     ("RUS",
      "PM om länsstyrelsernas remissvar på Trafikverkets förslag på nationell transportplan 2022-2033",
      "Här kan du läsa sammanställningen av länsstyrelsernas yttrande.",
      "De flesta länsstyrelser är kritiska till att Trafikverkets planförslag inte bidrar till "
      "klimatmålen.")),
]


@pytest.mark.parametrize(
    ("fall", "stycken"),
    SIDOR_OM_ANDRAS_ELLER_MANGA_SVAR,
    ids=[f[0].split(":")[0] for f in SIDOR_OM_ANDRAS_ELLER_MANGA_SVAR],
)
def test_sida_om_manga_remissvar_ar_inget_yttrande(tmp_path: Path, fall: str, stycken: tuple) -> None:
    """A list of an organisation's answers, or a compilation of others' answers, is no yttrande."""
    assert igenkanda(_docx(tmp_path / "y.docx", *stycken)) == [], fall


def test_yttrande_med_remissens_rubrik_ar_ingen_remiss() -> None:
    """prov5/uka-hogskolestiftelser-yttrande: 'YTTRANDE 1(6) …' over 'Remiss av Högskolestiftelser …'."""
    from remiss.split import classify

    rader = _lines(
        "Universitetskanslersämbetet",
        "YTTRANDE 1(6) Avdelning Juridiska avdelningen Handläggare Teresa Edelman",
        "Regeringskansliet (Utbildningsdepartementet) Stockholm",
        "Remiss av Högskolestiftelser en ny verksamhet för ökad handlingsfrihet (Ds 2013:49)",
        "Sammanfattning",
    )
    assert classify(rader) == "yttrande"
    assert classify(_lines("BEGÄRAN OM YTTRANDE", "Remiss av promemorian X")) != "yttrande"


def test_remissvaret_i_korthet_ar_en_sammanfattning() -> None:
    """prov5/folkbildningsradet-bibliotekslag-remissvar: 'Folkbildningsrådets remissvar i korthet:'."""
    from remiss.kontroll.avsnitt import rubrik

    assert rubrik("Folkbildningsrådets remissvar i korthet:") == "sammanfattning"
    assert rubrik("Beslut i korthet") != "sammanfattning"


def test_remissvar_i_andra_layouter(tmp_path: Path) -> None:
    """bench_layoutbyte: real texts whose cue or dnr was found only in their own layout.

    yttranden/srf-aldreomsorgslag-remissvar ('I följande remissvar ger …', '… positiva till den föreslagna
    äldreomsorgslagen'), prov5/schizofreniforbundet-socialtjanstlag ('med vårt remissyttrande'),
    prov5/far-bokforing-remissvar ('(Dnr' / '10-19)' broken over two lines), prov5/tullverket-tullagstiftning-
    yttrande (the header row broken after 'STY').
    """
    srf = _docx(
        tmp_path / "srf.docx",
        "Synskadades Riksförbund",
        "I följande remissvar ger Synskadades Riksförbund synpunkter på valda delar av rubricerat "
        "betänkande. SRF ställer sig försiktigt positiva till den föreslagna äldreomsorgslagen.",
    )
    assert [k.stallningstagande for k in kontrollera_fil(srf)] == ["tillstyrker"]
    schizo = _docx(
        tmp_path / "s.docx",
        "Avgivet remissvar angående “En ny socialtjänstlag” SOU",
        "2020:47",
        "Framförallt vill vi med vårt remissyttrande lyfta behovet av en högre politisk ambitionsnivå än vad "
        "direktiven medger.",
    )
    assert len(kontrollera_fil(schizo)) == 1
    far = _docx(
        tmp_path / "f.docx",
        "FAR",
        "Bokföringsnämnden Box STOCKHOLM",
        "Förslaget till nytt allmänt råd med tillhörande vägledning om bokföring (Dnr",
        "10-19)",
        "FAR har beretts tillfälle att inkomma med synpunkter på Förslaget. FAR får med anledning av detta "
        "anföra följande.",
        "FAR är positiv till den ansats med ny struktur som det allmänna rådet har.",
    )
    assert [k.diarienummer for k in kontrollera_fil(far)] == ["10-19"]
    tull = _docx(
        tmp_path / "t.docx",
        "Tullverket",
        "YTTRANDE Rättsavdelningen Datum Dnr Annkatrin Hübinette 2015-04-20 STY",
        "2015-173 Tel. 08-4050261 Ert datum Er referens annkatrin.hybinette@tullverket.se",
        "2015-02-25 Fi2015/700",
        "Betänkandet (SOU 2015:5) En ny svensk tullagstiftning",
        "Tullverket ser positivt på utredningens ambition att skapa en modern tullagstiftning.",
    )
    assert [k.diarienummer for k in kontrollera_fil(tull)] == ["STY 2015-173"]


SIDOR_OM_REMISSVASENDET = [
    ("yttranden/styvbarn-remissvar-kategori: 'Remissvar' over 'Vad är en remiss?'",
     ("Samhällets Styvbarn", "Remissvar", "Samhällets Styvbarn svarar på remiss",
      "Vad är en remiss? Innan regeringen lägger förslag (propositioner) i riksdagen, eller beslutar om "
      "förordningar för hur statlig verksamhet skall skötas, så har den vanligen låtit utreda frågan. "
      "Utredningarna brukar gå på remiss. Det innebär att statliga myndigheter och olika "
      "samhällsorganisationer får möjlighet att kommentera utredningens förslag.")),
    ("yttranden/payback-remissyttrande-sida: 'Remissyttrande' over a page quoting Regeringsformen 7:2",
     ("Payback Sverige", "Remissyttrande",
      "Med anledning av att Payback Sverige meddelade att vi inskickat remissyttrande till Utredning kring "
      "bl.a. MC-Väst i domstolsförhandlingar har det ställts frågor kring villkoren för att skicka in "
      "remissyttranden.",
      "Sammanfattning",
      "Alla som önskar har rätt att skicka in ett remiss-yttrande till en utredning. enligt "
      "Regeringsformen 7:2.",
      "Regeringsformen stadgar i 7:2 följande: Vid beredningen av regeringsärenden ska behövliga "
      "upplysningar och yttranden inhämtas från berörda myndigheter.")),
]


@pytest.mark.parametrize(
    ("fall", "stycken"), SIDOR_OM_REMISSVASENDET, ids=[f[0].split(":")[0] for f in SIDOR_OM_REMISSVASENDET]
)
def test_sida_om_remissvasendet_ar_inget_yttrande(tmp_path: Path, fall: str, stycken: tuple) -> None:
    """A page explaining the remiss system (what a remiss is, RF 7:2) is no yttrande, titled or not."""
    assert igenkanda(_docx(tmp_path / "y.docx", *stycken)) == [], fall


def test_dnr_nar_libreoffice_bryter_rubriken(tmp_path: Path) -> None:
    """bench_layoutbyte --libreoffice: the dnr found where the layout's line breaks put it, not only where the
    document's own layout did.

    prov4/motala-strom-vattenrad-yttrande (the number ends the wrapped title's last line, after "dr. nr"),
    prov4/falkenberg-mhn-forskolor-yttrande (label and prefix close a heading line, the number opens the next;
    on page 2 the label stands inside the wrapped heading), prov5/tullverket-tullagstiftning-yttrande in
    kommunmall (the flattened header row broken after "Tel. 08-", the telephone number on the next line).
    """
    motala = _docx(
        tmp_path / "m.docx",
        "1 (1)",
        "Motala Ström Sydvästra Vattenråd",
        "Motala Ström Sydvästra Vattenråd",
        "Remissyttrande gällande Vattenmyndighetens i Södra Östersjöns",
        "vattendistrikts förlag till åtgärdsprogram, förvaltningsplan och",
        "miljökvalitetsnormer, dr. nr 537-5346-2014",
        "Övergripande synpunkter",
        "Vi tycker att den ökade fokuseringen på våra vatten, dess status och åtgärdsprogram för att göra "
        "förbättringar där så krävs är mycket glädjande.",
    )
    assert [k.diarienummer for k in kontrollera_fil(motala)] == ["537-5346-2014"]
    falkenberg = [
        "Miljö- och hälsoskyddsnämnden",
        "Protokoll 6 Miljö- och hälsoskyddsnämnden Sammanträdesdatum",
        "Sammanträdestid 09:30-11:30",
        "Innehåll 44 Riktlinjer för utformning av förskolor i och Anvisningar för",
        "utformning av förskolor i. Remiss från kommunstyrelseförvaltningen dnr TKN",
        "2018/35 Dnr M",
        "Informationssäkerhetspolicy Remiss från kommunstyrelseförvaltningen dnr KS Dnr M",
        "44 Riktlinjer för utformning av förskolor i Falkenbergs kommun och",
        "Anvisningar för utformning av förskolor i. Remiss från",
        "kommunstyrelseförvaltningen dnr TKN 2018/35 Dnr M",
        "Beslut",
        "Miljö- och hälsoskyddsnämnden lämnar följande yttrande:",
        "Nämnden ser positivt på att Kommunstyrelsen har gett Barn- och utbildningsnämnden tillsammans med "
        "Tekniska nämnden i uppdrag att ta fram ett dokument med anvisningar och riktlinjer för hur "
        "kommunens förskolor ska utformas.",
    ]
    brutet = _docx(tmp_path / "f1.docx", *falkenberg)
    assert [k.diarienummer for k in kontrollera_fil(brutet)] == ["TKN 2018/35"]
    inne = _docx(tmp_path / "f2.docx", *falkenberg[:3], *falkenberg[6:])
    assert [k.diarienummer for k in kontrollera_fil(inne)] == ["TKN 2018/35"]
    tull = _docx(
        tmp_path / "t.docx",
        "1 (1)",
        "Tullverket",
        "YTTRANDE Rättsavdelningen Datum Dnr Annkatrin Hübinette 2015-04-20 STY 2015-173 Tel. 08-",
        "4050261 Ert datum Er referens",
        "annkatrin.hybinette@tullverket.se 2015-02-25",
        "Fi2015/700",
        "Finansdepartementet 103 33 STOCKHOLM",
        "Betänkandet (SOU 2015:5) En ny svensk tullagstiftning",
        "Inledning",
        "Tullverket ser positivt på utredningens ambition att skapa en modern tullagstiftning som är "
        "anpassad till den nya unionstullkodexens struktur.",
    )
    assert [k.diarienummer for k in kontrollera_fil(tull)] == ["STY 2015-173"]


def test_dnr_i_en_mening_ar_inte_rubrikens() -> None:
    """A label inside a sentence ("…, se ärendenummer" / "RR 2023-184.") names another case."""
    from remiss.kontroll.hitta import _dnr_i_rubrikrad

    assert _dnr_i_rubrikrad("Regelrådet yttrade sig 2023, se ärendenummer", "RR 2023-184.") is None
    assert _dnr_i_rubrikrad("Kommunen har tidigare yttrat sig i ärendet dnr KS", "2020/12.") is None
    rubrik = "Remiss från kommunstyrelseförvaltningen dnr TKN"
    assert _dnr_i_rubrikrad(rubrik, "2018/35 Dnr M") == "TKN 2018/35"


def test_departementets_nummer_forst_i_las_ordning_nar_cellen_bryts(tmp_path: Path) -> None:
    """prov3/akeriforetag-tyngre-fordon in tabell/libreoffice: the cell "Er beteckning N2014/3453/TE
    N2014/3454/TE" wrapped, the second number alone on its line; the answer cites the first (the one read
    first in head and title), not the one the wrap left alone."""
    akeri = _docx(
        tmp_path / "a.docx",
        "Sveriges Åkeriföretag | Er beteckning N2014/3453/TE",
        "N2014/3454/TE",
        "Datum Vår beteckning 1(7) Er beteckning N2014/3453/TE N2014/3454/TE",
        "Näringsdepartementet Transportenheten STOCKHOLM",
        "Remissyttrande om rapporterna N2014/3453/TE och N2014/3454/TE",
        "gällande tyngre och längre fordon på det svenska vägnätet.",
        "Sammanfattning",
        "Sveriges Åkeriföretag välkomnar Trafikverkets och Transportstyrelsens rapporter med förslag att "
        "tillåta tyngre och längre fordon för godstransporter på väg i Sverige och lämnar följande "
        "synpunkter.",
    )
    assert [k.diarienummer for k in kontrollera_fil(akeri)] == ["N2014/3453/TE"]


# prov6/ (reported, kontroll7): the yttrande classes its first measurement missed, each with its real text.
def test_docplayer_yttrande_i_ett_stycke(tmp_path: Path) -> None:
    """prov6/brottsoffermyndigheten-sou-2004-61: a docplayer transcript is one paragraph opening with the
    letter head's label in capitals and its dnr ('1 YTTRANDE Dnr Adm 6107/04 …'): a yttrande, not 'annat'."""
    fil = _docx(
        tmp_path / "y.docx",
        "1 YTTRANDE Dnr Adm 6107/04 AB 2 Justitiedepartementet Kriminalpolitiska enheten STOCKHOLM "
        "Synpunkter på SOU 2004:61 Översyn av Brottsoffermyndigheten (Ju2004/4839/KRIM) "
        "Utredningen presenterar ett antal förslag om Brottsoffermyndigheten verksamhet som myndigheten "
        "tagit del av med särskilt "
        "intresse. Inledningsvis vill myndigheten också markera vikten av ett fortsatt tydligt "
        "brottsofferperspektiv.",
    )
    [kontroll] = kontrollera_fil(fil)
    assert kontroll.diarienummer == "Adm 6107/04"
    assert kontroll.stallningstagande is None
    # a missiv's label is another word, and the capitals label without a head is no cue
    assert "versal-etikett-med-huvud" not in poang(_lines("BEGÄRAN OM YTTRANDE Dnr 2024/1", "Remiss av X"))[1]
    assert "versal-etikett-med-huvud" not in poang(_lines("Yttrande från kommunen, datum 2024-01-01"))[1]


@pytest.mark.parametrize(
    ("kalla", "mening"),
    [
        ("prov6/vikonsumenter-djurskyddsforeskrifter",
         "Vi anser att verket bör dra tillbaka sitt förslag och låta det av regeringen beslutade "
         "vetenskapliga rådet göra en översyn."),
        ("prov6/djurskyddet-farhallning-remissvar",
         "Vi uppmanar därför Jordbruksverket att helt dra tillbaka förslaget i sin helhet och istället "
         "gör en fullständig översyn över dessa föreskrifter med hjälp av ett vetenskapligt råd."),
    ],
)
def test_dra_tillbaka_forslaget_ar_avstyrker(tmp_path: Path, kalla: str, mening: str) -> None:
    """Asking the remitting body to withdraw its proposal rejects it without the word: avstyrker."""
    fil = _docx(tmp_path / "y.docx", "Remissvar: Förslag till föreskrifter", "Sammanfattning",
                "Förbundet har läst förslaget.", "Synpunkter", mening)
    [kontroll] = kontrollera_fil(fil)
    assert kontroll.stallningstagande == "avstyrker", kalla


def test_tillstyrkt_paragraf_och_avvisad_helhet(tmp_path: Path) -> None:
    """prov6/djurskyddet-farhallning-remissvar: 'Sammanfattning, allmänna synpunkter och kommentarer' is a
    sammanfattning; 'tillstyrker paragrafändringen …' is a part, withdrawing 'förslaget i sin helhet' the
    whole: avstyrker, no conflict."""
    from remiss.kontroll.avsnitt import rubrik

    assert rubrik("Sammanfattning, allmänna synpunkter och kommentarer") == "sammanfattning"
    assert rubrik("Sammanfattning, bakgrund") is None
    fil = _docx(
        tmp_path / "y.docx",
        "Föreskrifter och allmänna råd om fårhållning",
        "Statens jordbruksverks föreskrifter och allmänna råd om fårhållning inom lantbruket m.m.",
        "Sammanfattning, allmänna synpunkter och kommentarer",
        "Sammanfattningsvis så tillstyrker Djurskyddet Sverige paragrafändringen angående rörelsefrihet.",
        "Däremot är vi kritiska mot tidpunkt för revideringen. Vi uppmanar därför Jordbruksverket att "
        "helt dra tillbaka förslaget i sin helhet och istället gör en fullständig översyn "
        "över dessa föreskrifter.",
        "Djurskyddet Sverige menar att många av ändringarna dessutom kommer att inverka negativt på "
        "djurvälfärden.",
    )
    [kontroll] = kontrollera_fil(fil)
    assert (kontroll.stallningstagande, kontroll.har_sammanfattning) == ("avstyrker", True)
    assert not [b for b in kontroll.brister if b.kod == "MOTSTRIDIGT_STALLNINGSTAGANDE"]


def test_organisationens_namn_utan_genitiv_over_remissvaret(tmp_path: Path) -> None:
    """prov6/biogassyd-klimatstrategi-remissvar: 'Biogas Syd remissvar på …' over the notis is the
    organisation's own answer (a name of capitalised words or an acronym; 'Inkomna remissvar på' is not)."""
    fil = _docx(
        tmp_path / "y.docx",
        "Biogas Syd remissvar på Skånes Klimat- och Energistrategi",
        "Klimatsamverkan Skåne, som består av Länsstyrelsen Skåne, Region Skåne och Kommunförbundet Skåne, "
        "har under 2017 tagit fram ett förslag på en ny klimat- och energistrategi för länet.",
    )
    assert len(kontrollera_fil(fil)) == 1
    assert "namn-remissvar-pa" not in poang(_lines("Inkomna remissvar på förslaget"))[1]


# New remissvar in yttranden/ (kontroll7, truth set before the first run): the classes they showed.
def test_remissvar_som_borjar_med_ett_stycke_har_ingen_titel(tmp_path: Path) -> None:
    """yttranden/vastsvensk-vattenkraft-remissvar: a docplayer transcript is one paragraph, headings run in
    ('… Avstyrkande Västsvensk Vattenkraftförening … yrkar att förslaget avstyrks i sin helhet. Sammanfattning
    Förslaget till lagändring …'). The paragraph is text, not a title to skip, and the run-in heading
    'Sammanfattning' between two sentences is the summary."""
    fil = _docx(
        tmp_path / "y.docx",
        " ".join((
            "Fabriksvägen 5 522 91 TIDAHOLM Org. nr: 802504-2196 Johan Hillström, ordförande Miljö- och",
            "energidepartementet 103 33 STOCKHOLM Remissvar avseende: Dnr M2017/01639/R Västsvensk",
            "Vattenkraftförening är en sammanslutning av innehavare till mindre vattenkraftverk i",
            "Västsverige. Vi har ombetts att yttra oss över rubricerande Promemoria i remiss och lämnar",
            "därför följande yttrande och synpunkter. Avstyrkande Västsvensk Vattenkraftförening har",
            "tagit del av förslaget till lagändring samt övrigt material i Promemorian och yrkar att",
            "förslaget avstyrks i sin helhet. Sammanfattning Förslaget till lagändring strider gravt",
            "mot fyra grundbultar i lagstiftning för ett demokratiskt rättssamhälle.",
        )),
        "enskilde ägaren får bruka sin egendom eller inte.",
    )
    [kontroll] = kontrollera_fil(fil)
    assert (kontroll.stallningstagande, kontroll.har_sammanfattning) == ("avstyrker", True)
    assert kontroll.diarienummer == "M2017/01639/R"


def test_radbruten_brodtext_ar_ingen_rubrik() -> None:
    """yttranden/grontsamhallsbyggande-vattenfall-klimatratt (a trade paper's news on Vattenfall's answer,
    'annat'): a paragraph's first line wrapped onto the next is body text, not a heading ('I sitt remissvar
    ger Vattenfall …' / '2022:21, vilken …', 'Betänkandet innehåller …' / 'lyfta bort …'); a title set
    larger than the body that wraps the same way stays a heading."""
    from remiss.kontroll.signaler import ar_remissvar

    rader = _lines(
        "Nyheter",
        "Vattenfall ser bra förslag i Klimaträttsutredningen:",
        "Våga implementera snabbt",
        "I sitt remissvar ger Vattenfall sitt bifall till delar av utredningen Rätt för klimatet SOU",
        "2022:21, vilken har till syfte att se över all relevant lagstiftning så att det",
        "klimatpolitiska ramverket får större genomslag.",
        "Betänkandet innehåller flera bra och enkelt genomförbara förslag som bland annat att",
        "lyfta bort strandskyddet för ledningar med linjekoncession samt teknikvalet vid högre",
        "spänningar.",
    )
    found = poang(rader)[1]
    assert "yttrande-i-rubrik" not in found and "betankandet-som-rubrik" not in found
    assert not ar_remissvar(rader)
    rubrik = [
        Line(text="Remissvar om Trafikverkets förslag till nationell plan för transportsystemet", page=1,
             number=1, size=18.0),
        Line(text="och dess konsekvenser för norra Sverige", page=1, number=2, size=18.0),
        *[Line(text=f"Brödtext rad {i}.", page=1, number=3 + i, size=11.0) for i in range(4)],
    ]
    assert "yttrande-i-rubrik" in poang(rubrik)[1]


@pytest.mark.parametrize(
    ("kalla", "stycken"),
    [
        ("yttranden/syre-djurskyddsregler-nyhet: a paper's notice, 'menar organisationen'",
         ("Radar · Nyhet", "Kritik mot nya djurskyddsregler",
          "I måndags gick remisstiden ut för Jordbruksverkets förslag till nya djurskyddsregler. Djurens "
          "rätt "
          "har svarat på remissen och är starkt kritiska.",
          "Djurens rätt menar att Jordbruksverket bör dra tillbaka förslaget och invänta resultat från det "
          "vetenskapliga råd som regeringen har gett Sveriges lantbruksuniversitet i uppdrag att bilda.",
          "Djurens rätt invänder bland annat mot tidigare di-avvänjning för grisar och fler individer per "
          "avdelning. Det kan bland annat leda till beteendestörningar och ökad antibiotikaanvändning, menar "
          "organisationen.")),
        ("yttranden/bengtheld-rfsl-remissvar-blogg: a blogger in the first person on RFSL's answer",
         ("fredag 1 juli 2016",
          "Sista remissdag var 23 juni. Jag planerar att inom närmaste veckan publicera en bloggpost om "
          "samtliga "
          "remissvar. Men redan nu granskar jag RFSL:s kommentarer. Men utredningen var också positiv till "
          "bl.a. "
          "en könsneutral föräldraskapslag.",
          ".... RFSL avstyrker utredningens förslag att inte tillåta donationer inom par där båda har ägg, "
          "om "
          "inte medicinska skäl finns....")),
    ],
    ids=["syre", "blogg"],
)
def test_andras_text_om_ett_remissvar_ar_inget_yttrande(tmp_path: Path, kalla: str, stycken: tuple) -> None:
    """kontroll7's check after the fixes: a paper or a blogger reporting someone's remissvar (attribution
    ', menar organisationen', 'enligt förbundet'; 'jag' twice) is no yttrande, whatever stance it quotes."""
    assert igenkanda(_docx(tmp_path / "y.docx", *stycken)) == [], kalla


def test_kort_mening_och_radbruten_sammanfattningsrubrik_i_andra_layouter(tmp_path: Path) -> None:
    """bench_layoutbyte on kontroll7's documents: in Word the paper's last line 'Här kan du ta del av
    Vattenfalls remissvar.' (short, a sentence with a finite verb) is no heading; in a PDF the transcript's
    run-in 'Sammanfattning' may end its line, with the summary opening the next."""
    from remiss.kontroll.avsnitt import _split_transcript

    gront = _docx(
        tmp_path / "g.docx",
        "Nyheter",
        "Vattenfall ser bra förslag i Klimaträttsutredningen: Våga implementera snabbt",
        "I sitt remissvar ger Vattenfall sitt bifall till delar av utredningen Rätt för klimatet SOU "
        "2022:21, "
        "vilken har till syfte att se över all relevant lagstiftning så att det klimatpolitiska ramverket "
        "får "
        "större genomslag.",
        "Mindre lagstiftningsprodukter som är förhållandevis enkla att handlägga bör skyndsamt läggas fram "
        "för "
        "riksdagen för snabb implementering.",
        "Här kan du ta del av Vattenfalls remissvar.",
    )
    assert igenkanda(gront) == []
    rader = _lines(
        "material i Promemorian och yrkar att förslaget avstyrks i sin helhet. Sammanfattning",
        "Förslaget till lagändring strider gravt mot fyra grundbultar i lagstiftning för ett",
    )
    assert [line.text for line in _split_transcript(rader)][1:] == [
        "Sammanfattning",
        "Förslaget till lagändring strider gravt mot fyra grundbultar i lagstiftning för ett",
    ]


def test_avstar_med_omvand_ordfoljd(tmp_path: Path) -> None:
    """prov7/friskola-olovlig-franvaro-yttrande: 'Med hänvisning till detta avstår förbundet från att lämna
    några synpunkter' (the subject after the verb) declines to comment: avstår, not no stance."""
    fil = _docx(
        tmp_path / "y.docx",
        "Friskolornas riksförbunds yttrande över departementspromemorian Olovlig frånvaro i skolan "
        "(U2010/4389/S)",
        "Friskolornas riksförbund (förbundet) har beretts möjlighet att lämna synpunkter på ovan "
        "rubricerade promemoria och vill anföra följande.",
        "Förbundet konstaterar att det i promemorian inte läggs några förslag som avser fristående skolor "
        "specifikt, utan förslaget gäller generellt oavsett skolhuvudman. Med hänvisning till detta avstår "
        "förbundet från att lämna några synpunkter på förslagen i promemorian.",
        "Stockholm den 1 december 2010",
        "Friskolornas riksförbund",
    )
    [kontroll] = kontrollera_fil(fil)
    assert kontroll.stallningstagande == "avstar"


def test_tillstyrker_bland_annat_ar_en_del(tmp_path: Path) -> None:
    """prov7/friskola-etableringsstopp-remissvar: 'avstyrker bestämt utredningens förslag om …' and later
    'tillstyrker bl a att gränsdragningen … tydliggörs' are stances on parts both ways ("bl a" names some
    parts among others), a real mix: blandat, not the last one's tillstyrker."""
    fil = _docx(
        tmp_path / "y.docx",
        "12 maj 2020",
        "Friskolornas riksförbund avstyrker bestämt utredningens förslag om att införa ett "
        "etableringsstopp för skolor med konfessionell inriktning, samt de alternativ till "
        "etableringsstopp som framförs.",
        "Kvalitet i svensk skola är en betydligt större fråga som berör alla skolhuvudmän, inte bara "
        "konfessionella skolor.",
        "Förbundet tillstyrker bl a att gränsdragningen mellan utbildning och undervisning tydliggörs, att "
        "begreppet konfession får en tydligare definition samt att Skolinspek",
    )
    [kontroll] = kontrollera_fil(fil)
    assert kontroll.stallningstagande == "blandat"


@pytest.mark.parametrize(
    ("kalla", "stycken"),
    [
        ("prov7/sr-uppsala-studentkar-kritisk: a radio news item, '… verksamhet menar kåren.'",
         ("uppsala", "Studentkåren kritisk till utredning",
          "Uppsala studentkår är kritisk i sitt remissvar om den så kallade kårobligatorieutredningen. "
          "Utredningens förslag ökar kårernas beroende av universitetet, och är inte rätt lösning för att "
          "säkra kvaliteten i studentmedverkan och studiesocial verksamhet menar kåren.",
          "Uppsala studentkår menar att bidraget borde betalas direkt till kårerna, för att bevara "
          "oberoendet.",
          "Håkan Rehn")),
        ("prov7/stenstrominfo-op-samrad-gotland: a blog, 'de som är negativa till olika förslag'",
         ("Äntligen är samrådet igång!",
          "Nu har vi gjort vår del av arbetet med att få ut Gotlands kommuns förslag till Översiktsplan på "
          "samråd. Ett av de tydligaste önskemålen var att hitta ett sätt att engagera gotlänningarna i "
          "samrådet och under diskussionerna framkom även att det brukar vara de som är negativa till olika "
          "förslag som är i klar majoritet av de som hör av sig med synpunkter. Vilket förstås är helt "
          "naturligt. Men det vore intressant att fånga in synpunkter även från dem som är positiva till "
          "olika förslag.",
          "Samrådet pågår till den 30 april.")),
    ],
    ids=["radionyhet", "konsultblogg"],
)
def test_referat_och_forslag_i_allmanhet_ar_inget_yttrande(
    tmp_path: Path, kalla: str, stycken: tuple
) -> None:
    """A news item attributing at the sentence end ('… menar kåren.', inverted: reported speech) and a blog
    on people 'positiva till olika förslag' (proposals in general, not the remitted one) are no yttrande."""
    assert igenkanda(_docx(tmp_path / "y.docx", *stycken)) == [], kalla


def test_kort_remissvar_fran_ett_lokalt_parti(tmp_path: Path) -> None:
    """prov7/safe-nassjo-folkhalsoprogram: a local party's short web remissvar ('Remissvar på …' and 'SAFE har
    diskuterat förslaget till …', the sender on its own reading of the proposal) is one yttrande."""
    fil = _docx(
        tmp_path / "y.docx",
        "Remissvar på folkhälsoprogrammet",
        "SAFE har diskuterat förslaget till folkhälsopolitiskt program och funnit att det täcker in det som "
        "har med folkhälsa att göra.",
        "Förslaget till folkhälsopolitiskt program förpliktigar och det kommer att krävas ett tålmodigt "
        "arbete för att de handlingsplaner som kommer att utarbetas ska kunna genomföras.",
        "För SAFE",
        "Uno Kenstam",
    )
    [kontroll] = kontrollera_fil(fil)
    assert kontroll.stallningstagande is None


def test_inbakad_sammanfattningsrubrik_i_radens_borjan() -> None:
    """prov7/avfallsverige-nationell-avfallsplan (docplayer transcript as PDF): the run-in 'Sammanfattning'
    opens a wrapped line after a line ending a sentence; it is the heading, the rest of the line its text."""
    from remiss.kontroll.avsnitt import _split_transcript

    rader = _lines(
        "I föreningen ingår, som associerade medlemmar, ett hundratal tillverkare, konsulter och",
        "entreprenörer aktiva inom området avfallshantering.",
        "Sammanfattning Avfall Sverige välkomnar att förslaget till nationell avfallsplan anger",
        "avfall från byggnads- och rivningssektorn som ett prioriterat område eftersom det",
    )
    assert [line.text for line in _split_transcript(rader)][2:4] == [
        "Sammanfattning",
        "Avfall Sverige välkomnar att förslaget till nationell avfallsplan anger",
    ]
    mitt_i = _lines(
        "Nämnden har läst förslaget och lämnar sina synpunkter i det följande avsnittet,",
        "Sammanfattning Avfall Sverige och kommunerna har olika roller i avfallsplaneringen",
    )
    assert len(_split_transcript(mitt_i)) == 2


# kontroll9: senders no folder had, truth set before the first run (yttranden/, December 2026)


def test_dokumentslaget_som_huvudets_varde_ar_ingen_rubrik(tmp_path: Path) -> None:
    """yttranden/si-akademisk-frihet-remissyttrande: the letterhead's fields 'Dokument:' / 'Remissyttrande'
    over the real title 'Remissyttrande Ändringar i högskolelagen …' make one yttrande, not two; its stance
    'SI har inga synpunkter på de förslag som framförs' and own dnr 'Diarienummer:' / '09041/2020'."""
    fil = _docx(
        tmp_path / "y.docx",
        "1 (1)", "Datum:", "2020-09-01", "Diarienummer:", "09041/2020", "Dokument:", "Remissyttrande",
        "Svenska institutet (SI) är en statlig myndighet som verkar för att öka omvärldens intresse och "
        "förtroende för Sverige.",
        "Remissyttrande Ändringar i högskolelagen för att främja den akademiska friheten",
        "Svenska institutet (SI) har beretts möjlighet att inkomma med synpunkter på ovanstående "
        "(diarienummer U2020/03053/UH). SI har inga synpunkter på de förslag som framförs.",
        "Beslut om detta yttrande har fattats av avdelningschef Kurt Bratteby.",
    )
    [kontroll] = kontrollera_fil(fil)
    assert (kontroll.stallningstagande, kontroll.diarienummer) == ("avstar", "09041/2020")


def test_sammanfattning_av_synpunkterna_och_sist_pa_titelraden() -> None:
    """yttranden/autism-tillganglighet-remissvar: 'Sammanfattning av synpunkterna' (the definite plural) is
    the summary heading; yttranden/skrivunder-pandemilag-remissyttrande: a transcript joined the heading to
    the title's last words, 'Covid-19-lag Sammanfattning' over 'Vi yrkar avslag …'."""
    from remiss.kontroll.avsnitt import _split_transcript, rubrik

    assert rubrik("Sammanfattning av synpunkterna") == "sammanfattning"
    rader = _lines(
        "Socialdepartementet 103 33 Stockholm Promemoria S2020/09214",
        "Covid-19-lag Sammanfattning",
        "Vi yrkar avslag på förslaget om en lag gällande särskilda begränsningar som det allmänna kan",
    )
    assert [line.text for line in _split_transcript(rader)][1:3] == ["Covid-19-lag", "Sammanfattning"]
    # the word ending a wrapped sentence's line ('… i denna') is no heading
    mening = _lines("Vi hänvisar till avsnittet om detta i vår Sammanfattning", "av promemorian.")
    assert len(_split_transcript(mening)) == 2


def test_kritisk_i_remissvaret_och_omvand_instammer_ar_blandat(tmp_path: Path) -> None:
    """yttranden/ptl-tandvardsutredningen-remissvar: 'är i remissvaret starkt kritiska till förslaget om
    prisreglering' (a grading and 'i remissvaret' between verb and word) and 'instämmer Privattandläkarna i
    utredningens förslag att …' (the subject after the verb): opinions without the stance word on parts
    both ways, no stance on the whole (truth null). Since ytt18 'instämmer i förslaget' is such an opinion
    (`omdome`, like 'stöder förslaget'): two of them on different parts are comments, as 'kritisk till
    förslaget om …' beside 'välkomnar förslaget om …' always were (before: blandat, also null)."""
    fil = _docx(
        tmp_path / "y.docx",
        "Remissvar på tandvårdsutredningen",
        "Privattandläkarna har i dag lämnat in remissvar på Tandvårdsutredningen (SOU 2021:8).",
        "Privattandläkarna är i remissvaret starkt kritiska till förslaget om prisreglering av det "
        "föreslagna tandhälsobesöket.",
        "När det gäller tandvård till barn och unga instämmer Privattandläkarna i utredningens förslag att "
        "högsta ålder för den fria barn- och ungdomstandvården ska återställas till 19 år.",
    )
    [kontroll] = kontrollera_fil(fil)
    assert kontroll.stallningstagande is None


EGNA_NOTISER = [
    ("yttranden/centrumforrattvisa-hovratter-remissyttrande: 'har gett in ett remissyttrande över'",
     ("Remiss", "Remissyttrande över promemorian ”En utvidgad möjlighet för hovrätter att avgöra tvistemål "
      "på handlingarna”",
      "Centrum för rättvisa har gett in ett remissyttrande över promemorian En utvidgad möjlighet för "
      "hovrätter att avgöra tvistemål på handlingarna – dvs utan muntlig förhandling.",
      "Centrum för rättvisa skriver i sitt remissyttrande att det finns en risk att den föreslagna "
      "lagändringen leder till att parternas möjlighet att begära förhandling i praktiken inskränks.")),
    ("yttranden/innovationsforetagen-nationell-plan-remissvar: 'har lämnat remissvar.' with the remiss's "
     "'Svar senast' under it",
     ("Remissvar: Nationell plan för transportinfrastrukturen 2022-2033",
      "Innovationsföretagen har lämnat remissvar.", "Innovationsföretagens synpunkter",
      "Transportsystemet i sin helhet måste bli ett tydligare verktyg för klimatarbetet.",
      "Läs hela remissvaret:", "Status", "Besvarad", "Svar senast", "28 februari 2022")),
    ("yttranden/ysdh-tolktjanst-remissvar: 'Vi lägger ut yttrandet här på vår hemsida'",
     ("Den 14 september skickades YSDH’s yttrande (remissvar) över slutbetänkandet (SOU 2022:11) in till "
      "Regeringskansliet. YSDH är inte en ordinarie remissinstans, vilket innebär att vår synpunkter "
      "tyvärr inte kommer publiceras på Regeringskansliets hemsida. Vi lägger ut yttrandet här på vår "
      "hemsida istället och skickar det även till brukarorgansationerna för kännedom.",
      "Kategorier: Har hänt")),
    ("yttranden/reumatikerforbundet-vardval-remissvar: the remissvar of the organisation the page enlists",
     ("Stora konsekvenser av föreslagen lagändring",
      "Reumatikerförbundet är bekymrat för konsekvensen av lagändringen för de patienter som idag "
      "uppsöker privata vårdgivare.",
      "Du kan läsa Reumatikerförbundets remissvar här.", "Bli medlem i Reumatikerförbundet!")),
]


@pytest.mark.parametrize(("fall", "stycken"), EGNA_NOTISER, ids=[f[0].split("/")[1].split(":")[0]
                                                                   for f in EGNA_NOTISER])
def test_organisationens_egen_notis_om_sitt_remissvar(tmp_path: Path, fall: str, stycken: tuple) -> None:
    """An organisation's own page on its answer ('har gett in ett remissyttrande', 'har lämnat remissvar.',
    'Vi lägger ut yttrandet', its own remissvar beside 'Bli medlem i …') is one yttrande."""
    assert len(kontrollera_fil(_docx(tmp_path / "y.docx", *stycken))) == 1, fall


def test_lang_remissvarsrubrik_i_ett_wordstycke(tmp_path: Path) -> None:
    """yttranden/swenurse-pandemivaccination-remissvar: the page's title 'Remissvar avseende förslag till
    föreskrifter om …' is one Word paragraph of 260 characters, set as a heading; with 'tackar för
    möjligheten att ge remissvar' it is one yttrande, and the heading 'Ställningstaganden' over no stance
    leaves it without one."""
    from docx import Document
    from docx.shared import Pt

    document = Document()
    titel = document.add_paragraph().add_run(
        "Remissvar avseende förslag till föreskrifter om behörighet för sjuksköterskor att ordinera "
        "läkemedel för vaccination mot sjukdomen covid-19 och föreskrifter om ändring i föreskrifterna och "
        "allmänna råden (SOSFS 2005:26) om hantering av smittförande avfall från hälso- och sjukvården"
    )
    titel.font.size = Pt(14)
    for text in (
        "Svensk sjuksköterskeförening tackar för möjligheten att ge remissvar på dessa viktiga förslag.",
        "Ställningstaganden",
        "Svensk sjuksköterskeförening har förståelse för att förslaget utarbetats mycket snabbt, men önskar "
        "ändå att ändringar bör övervägas.",
    ):
        document.add_paragraph().add_run(text).font.size = Pt(11)
    document.save(str(tmp_path / "y.docx"))
    [kontroll] = kontrollera_fil(tmp_path / "y.docx")
    assert kontroll.stallningstagande is None


ANDRAS_SVAR = [
    ("yttranden/jarnvagsnyheter-tagoperatorerna-nyhet: the answer is on its sender's own web site",
     ("Tågoperatörerna ger remissvar angående trafikrestriktioner", "Boden station. Foto: Christer Wiik",
      "Branschföreningen Tågoperatörerna accepterar inte Trafikverkets förslag och uppmanar därför "
      "myndigheten att slopa förslaget och precisera sina önskemål.",
      "Läs hela Tågoperatörernas remissvar:", "www.tagoperatorerna.se")),
    ("yttranden/dental24-tandvardsutredningen-remissvar-nyhet: a summary of many 'remittenter'",
     ("8 september 2021", "Remissvar på Tandvårdsutredningen – kända motsättningar, men idel beröm",
      "Det är i varje fall inget slarvjobb! De flesta remittenter stöder också de grundläggande förslagen i "
      "utredningen.",
      "Remittenterna ger i mångt och mycket tummen upp åt utredningen. ”Ser positivt på utredningens "
      "intention och på huvuddelen av de förslag som presenteras i utredningen.”")),
]


@pytest.mark.parametrize(("fall", "stycken"), ANDRAS_SVAR, ids=["tagoperatorerna", "dental24"])
def test_nyhet_om_andras_remissvar_ar_inget_yttrande(tmp_path: Path, fall: str, stycken: tuple) -> None:
    """A paper's notice pointing to the answer on its sender's web site, and a summary of what 'remittenterna'
    said, are no yttrande, whatever stance they quote."""
    assert igenkanda(_docx(tmp_path / "y.docx", *stycken)) == [], fall


def test_remissyttrande_som_rubrik_ar_ingen_remiss() -> None:
    """yttranden/centrumforrattvisa-hovratter-remissyttrande: 'Remiss' (the site's category) over
    'Remissyttrande över promemorian …' is an answer, no missiv; 'Remissyttranden ska …' still is a
    deadline sentence."""
    from remiss.split import classify

    rader = _lines(
        "Remiss",
        "Remissyttrande över promemorian ”En utvidgad möjlighet för hovrätter att avgöra tvistemål på",
        "handlingarna”",
        "Centrum för rättvisa har gett in ett remissyttrande över promemorian.",
    )
    assert classify(rader) == "yttrande"
    assert classify(_lines("Remissyttrande ska ha kommit in senast den 3 maj 2021.")) != "yttrande"


def test_webbyttrandets_egna_huvudfalt_under_titeln(tmp_path: Path) -> None:
    """yttranden/rmv-snabbare-lagforing: a web yttrande sets 'Datum: 180830' and 'Diarienummer: X18-90867'
    just under its title; that is its own head, not the next document's (the yttrande was cut after its
    title, its dnr and body lost)."""
    fil = _docx(
        tmp_path / "y.docx",
        "Yttrande över premomorian Snabbare lagföring (DS 2018:9)",
        "Datum: 180830",
        "Diarienummer: X18-90867",
        "Till: Justitiedepartementet",
        "Rättsmedicinalverket (RMV), som uttalar sig avseende de delar som berör myndighetens "
        "verksamhet, har "
        "beretts tillfälle att yttra sig över rubricerad promemoria och vill anföra följande.",
        "RMV ser positivt på att de vinster och framgångsfaktorer som försöksverksamheten gett upphov "
        "till tas "
        "till vara genom en utbyggnad efter år 2019.",
    )
    [kontroll] = kontrollera_fil(fil)
    assert kontroll.diarienummer == "X18-90867"
    assert kontroll.stallningstagande is None


def test_departementets_nummer_i_versaler_ar_remissens(tmp_path: Path) -> None:
    """yttranden/domstolsverket-myndighetsdatalagen (docplayer transcript): 'Ert dnr JU2015/3364/L6' is the
    department's number written in capitals, the remiss's, taken when the answer has none of its own; a
    kommun's 'KS2015/123' is no department number."""
    from remiss.kontroll.hitta import REMISS_FORM

    fil = _docx(
        tmp_path / "y.docx",
        "PM 1 (9) Justitiedepartementet Grundlagsenheten 103 33 Stockholm Yttrande över slutbetänkandet "
        "Myndighetsdatalagen (SOU 2015:39) Ert dnr JU2015/3364/L6 Det är en gedigen utredning som innehåller "
        "en omfattande redogörelse för gällande rätt och de ändringar som en ny reglering på EU-nivå "
        "kan komma "
        "att innebära. Domstolsverket anser att utredningen i allt väsentligt gjort välgrundade "
        "avvägningar men "
        "har i vissa fall synpunkter som utvecklas nedan.",
    )
    [kontroll] = kontrollera_fil(fil)
    assert kontroll.diarienummer == "JU2015/3364/L6"
    assert REMISS_FORM.match("UD2018/12345/FMR") and not REMISS_FORM.match("KS2015/123")


def test_myndighetens_beslutsformel_och_inga_synpunkter_pa_forslagen(tmp_path: Path) -> None:
    """yttranden/kammarkollegiet-sanktionsavgifter-djurskydd: an agency's web remissvar closing with its
    decision formula ('Detta yttrande har beslutats av …') and saying 'har kollegiet inga synpunkter på
    förslagen' is its own yttrande (its 'Remissvaret skickades till …' is no news item about someone else's):
    avstår. A guide's 'Remissvar av stor vikt beslutas av öd … efter föredragning' is no such formula."""
    fil = _docx(
        tmp_path / "y.docx",
        "Remissvar gällande Uppdraget att föreslå vilka bestämmelser på Djurskyddsområdet som bör "
        "omfattas av "
        "ett nytt sanktionsavgiftssystem",
        "Utifrån de aspekter som Kammarkollegiet har att beakta, har kollegiet inga synpunkter på "
        "förslagen. Vi "
        "vill dock göra följande kommentarer gällande avsnittet med konsekvenser för länsstyrelsen.",
        "Det bör också framhållas att Kammarkollegiet under de senaste åren fått flera nya administrativa "
        "sanktionsavgifter att hantera inom ramen för tilldelat anslag.",
        "Detta yttrande har beslutats av stf generaldirektör Martin Sundelius efter föredragning av "
        "enhetschef "
        "Peter von Wowern.",
        "Remissvaret skickades till Näringsdepartementet den 1 juli 2022.",
    )
    [kontroll] = kontrollera_fil(fil)
    assert kontroll.stallningstagande == "avstar"
    vagledning = _lines("Remissvar av stor vikt beslutas av öd Francisca Ramsberg efter föredragning.")
    assert "beslutsformel" not in poang(vagledning)[1]


def test_ombruten_etikett_med_vardet_bredvid_forsta_raden() -> None:
    """yttranden/kammarkollegiet-sanktionsavgifter-djurskydd (web layout): the label cell 'Kammarkollegiets
    diarienummer:' wraps, its value beside the first line ('Kammarkollegiets 3.1-4573-2022' over
    'diarienummer:'); that is the sender's own number, before the department's below it."""
    from remiss.kontroll.hitta import _diarienummer

    rader = _lines(
        "Remissvaret skickades till Näringsdepartementet den 1 juli 2022.",
        "Kammarkollegiets 3.1-4573-2022",
        "diarienummer:",
        "Departementets | N2022/00845",
        "diarienummer:",
    )
    assert _diarienummer(rader, brodtext=True) == "3.1-4573-2022"


def test_tjansteutlatande_som_transkript_i_ett_stycke(tmp_path: Path) -> None:
    """yttranden/landstinget-sormland-regional-indelning (docplayer transcript in one paragraph): 'där
    landstinget beretts möjlighet att lämna synpunkter' (no 'har' in the clause) and '1. Yttrandet
    godkänns.' make the tjänsteutlåtande a yttrande; the decision only hands over the yttrande (no stance),
    the run-in 'Sammanfattning' is its heading."""
    fil = _docx(
        tmp_path / "y.docx",
        "Landstinget Sörmland",
        "1 TJÄNSTEUTLÅTANDE SID 1(5) H A N D L Ä G G A R E D A T U M D I A R I E N R Mikael Törmä Staben för "
        "regional utveckling LS-LED Ä R E N D E G Å N G Landstingsstyrelsen Landstingsfullmäktige M Ö T "
        "E S D "
        "A T U M Remisyttrande - Delbetänkande av indelningskommittén - Regional indelning - tre nya "
        "län (SOU "
        "2016:48) Förslag till beslut Landstingsstyrelsens förslag till landstingsfullmäktiges beslut 1. "
        "Yttrandet godkänns. 2. Landstingsdirektören får i uppdrag att vidta lämpliga förberedelser för "
        "det fall "
        "att riksdagen under 2017 beslutar att en Svealandsregion ska bildas. Uppdraget ska fortlöpande "
        "rapporteras till landstingsstyrelsen. Sammanfattning Landstinget Sörmland har mottagit "
        "delbetänkandet "
        "Regional indelning tre nya län (SOU 2016:48) som skickats på remiss och där landstinget beretts "
        "möjlighet att lämna synpunkter.",
    )
    [kontroll] = kontrollera_fil(fil)
    assert kontroll.stallningstagande is None
    assert kontroll.har_sammanfattning


def test_sparrad_sammanfattningsrubrik(tmp_path: Path) -> None:
    """yttranden/lst-jonkoping-overgodning (5dok transcript of a PDF with letter-spaced headings): 'Sa m m a
    nfa ttning' is the heading Sammanfattning broken into pieces; a line of short words is not collapsed
    into a heading."""
    from remiss.kontroll.avsnitt import rubrik

    assert rubrik("Sa m m a nfa ttning") == "sammanfattning"
    assert rubrik("S A M M A N F A T T N I N G") == "sammanfattning"
    assert rubrik("Vi är i en ny tid nu") is None
    fil = _docx(
        tmp_path / "y.docx",
        "Stä rkt lo ka lt å tg ä rd sa rb e te - a tt nå",
        "m å le t Ing en ö ve rg ö d ning , SO U 2020:10",
        "Er beteckning: M2020/ 00554/ Nm",
        "Sa m m a nfa ttning",
        "Länsstyrelsen i Jönköpings län yttrar sig här över betänkandet Stärkt lokalt åtgärdsarbete - att nå "
        "målet Ingen övergödning, SOU 2020:10.",
        "Länsstyrelsen tillstyrker förslagen, med undantag av slopat biotopskydd för anlagda våtmarker.",
    )
    [kontroll] = kontrollera_fil(fil)
    assert kontroll.har_sammanfattning
    assert kontroll.stallningstagande == "tillstyrker"
    assert kontroll.diarienummer == "M2020/00554/Nm"


def test_delnummer_med_punkt_i_var_referens(tmp_path: Path) -> None:
    """yttranden/smhi-vattenforvaltning-yttrande: 'Vår referens: 2020/260/10.1' is read whole (it was cut
    to '2020/260/10'); 'Er referens: M2019/02246/Nm' is the department's."""
    fil = _docx(
        tmp_path / "y.docx",
        "Regeringskansliet Miljödepartementet, Vattenmiljö m.remissvar@regeringskansliet.se Datum: "
        "2020-04-29 "
        "Vår referens: 2020/260/10.1 Er referens: M2019/02246/Nm",
        "Yttrande över remiss av betänkandet En utvecklad vattenförvaltning SOU 2016:66",
        "SMHI har tagit del av rubricerade remisshandlingar och har följande synpunkter.",
        "SMHI är positiva till att översvämning och torka lyfts upp i arbetet och tas med i syftet.",
    )
    [kontroll] = kontrollera_fil(fil)
    assert kontroll.diarienummer == "2020/260/10.1"

# kontroll9, second round: five more pages, truth set before the run (first run after the fixes above: 8/17)


def test_stallningstagande_med_vi_oss_och_omvand_ordfoljd(tmp_path: Path) -> None:
    """yttranden/sveaskog-malbilder-remissyttrande: 'vi ställer oss bakom Dialogens beskrivningar av Målbilder
    för god miljöhänsyn' (reflexive 'oss'; the object names the remitted matter of the title 'Remissyttrande:
    Målbilder för god miljöhänsyn', so it is the whole, not a part); yttranden/sfs-tilltradesutredningen-
    remissvar: 'är SFS överlag positiva till Tillträdesutredningens förslag' (the subject after the verb)."""
    sveaskog = _docx(
        tmp_path / "s.docx",
        "Remissyttrande: Målbilder för god miljöhänsyn",
        "Sammanfattning",
        "Sveaskog anser att de framtagna förslagen till målbilder och hänsyn möjliggör en förbättrad hänsyn "
        "i "
        "skog och mark.",
        "Målbilder anges för mycket vida områden och Sveaskog vill betona att vi ställer oss bakom Dialogens "
        "beskrivningar av Målbilder för god miljöhänsyn. Vi har dock förslag till tillägg och ändringar.",
    )
    [kontroll] = kontrollera_fil(sveaskog)
    assert (kontroll.stallningstagande, kontroll.har_sammanfattning) == ("tillstyrker", True)
    sfs = _docx(
        tmp_path / "f.docx",
        "SFS lämnar synpunkter på Tillträdesutredningen",
        "SFS ordförande Caroline Sundberg lägger remissvaret på lådan.",
        "Som vi redan bloggat om är SFS överlag positiva till Tillträdesutredningens förslag. Idag var det "
        "dags "
        "att skicka in. Vi är även kritiska till att lämplighet för ett yrke kan bli avgörande för "
        "behörighet.",
    )
    [kontroll] = kontrollera_fil(sfs)
    assert kontroll.stallningstagande == "tillstyrker"


def test_kritisk_mot_och_det_forslaget_valkomnas_ar_delar(tmp_path: Path) -> None:
    """yttranden/allmannyttan-investeringsstod-remissvar: an organisation's own news on its answer, 'är dock
    kritisk mot förslaget att …' (a part, against: 'mot' as 'till', also a cue of a remissvar) and 'Det
    förslaget välkomnas av Sveriges Allmännytta' (passive, a proposal named before: a part, for): blandat."""
    fil = _docx(
        tmp_path / "y.docx",
        "Sveriges Allmännytta är dock kritisk mot förslaget att införa en särskild prioriteringsgrund för "
        "storstadsregionerna, vilket innebär att stödet främst riktas till smålägenheter.",
        "I remissvaret framhåller Sveriges Allmännytta också att det är byggaktörerna på de lokala "
        "marknaderna "
        "som har bäst kunskap om behov och efterfrågan på sina orter.",
        "Finansdepartementet har också föreslagit att de som ansöker om investeringsstöd måste förbinda sig "
        "att "
        "erbjuda kommunen att hyra fem procent av lägenheterna. Det förslaget välkomnas av Sveriges "
        "Allmännytta.",
    )
    [kontroll] = kontrollera_fil(fil)
    assert kontroll.stallningstagande == "blandat"


@pytest.mark.parametrize(
    ("fall", "stycken"),
    [
        ("yttranden/livetsgoda-gardsforsaljning-remissvar-nyhet",
         ("65 procent av remissvaren positiva till förslaget om gårdsförsäljning av alkohol",
          "Majoriteten av remissvaren ställer sig bakom utredningsförslaget om att tillåta gårdsförsäljning "
          "av "
          "alkohol. Det står klart vid en genomgång av de 155 remissvaren på utredningen.",
          "Ytterligare 15 remissinstanser har inget att erinra mot förslaget i stort. Så gott som samtliga "
          "av "
          "de 25 kommuner som svarat tillstyrker också utredningsförslaget.")),
        ("yttranden/bostadspolitik-platssamverkan-nyhet",
         ("Regeringens förslag om obligatorisk platssamverkan får skarp kritik från en majoritet av de 33 "
          "remissinstanser som hittills yttrat sig, skriver Fastighetstidningen.",
          "Den enda tydliga förespråkaren är Hyresgästföreningen, som tillstyrker alla delar av "
          "utredningen.")),
    ],
    ids=["livetsgoda", "bostadspolitik"],
)
def test_genomgang_av_manga_remissvar_ar_inget_yttrande(tmp_path: Path, fall: str, stycken: tuple) -> None:
    """A paper counting the answers ('Majoriteten av remissvaren', 'de 155 remissvaren', 'en majoritet av de
    33 remissinstanser') is no yttrande, however many stances it quotes."""
    assert igenkanda(_docx(tmp_path / "y.docx", *stycken)) == [], fall


def test_nyhetssajt_som_lagger_fram_en_organisations_synpunkter(tmp_path: Path) -> None:
    """yttranden/orebronyheter-raddabarnen-nyhet (kontroll9, third round): a local news site's article 'Rädda
    Barnen har svarat på remissen …' that presents 'Här följer Rädda Barnens viktigaste synpunkter:' is about
    someone else's answer, no yttrande; the organisation itself writes 'våra' or 'förbundets synpunkter'."""
    fil = _docx(
        tmp_path / "y.docx",
        "Mer behövs för att stärka barns rättigheter",
        "By on 10 maj, 2023",
        "Rädda Barnen har svarat på remissen Tryggare hem för barn (SOU 2022:71).",
        "Sammanfattningsvis ser Rädda Barnen att förslagen som presenteras är långt ifrån tillräckliga.",
        "Här följer Rädda Barnens viktigaste synpunkter:",
        "Rädda Barnen anser att det behövs en bredare översyn över hur barns rättigheter kan stärkas i "
        "föräldrabalken.",
    )
    assert igenkanda(fil) == []


def test_transkriptets_rubrik_i_forsta_stycket_i_alla_layouter(tmp_path: Path) -> None:
    """yttranden/domstolsverket-myndighetsdatalagen and skolverket-statens-styrning-yttrande in the other
    layouts (bench_layoutbyte): the letter's title run into the transcript's first paragraph ('… Stockholm
    Yttrande över slutbetänkandet …'), wrapped anywhere, counts when no heading was read; 'har anmodats
    yttra sig' (no 'att') is the invitation to answer. Both were read as no yttrande in one Word paragraph."""
    skolverket = _docx(
        tmp_path / "s.docx",
        "Skolverket",
        "1 YTTRANDE Riksdagens revisorer STOCKHOLM Statens styrning av skolan från målstyrning till "
        "uppsökande "
        "bidragsförmedling. Rapport 2001/02:13 Statens skolverk har anmodats yttra sig över rubricerad "
        "rapport. Förslagen i rapporten vänder sig i väsentliga delar till regeringen. Skolverkets yttrande "
        "koncentreras främst till de frågor som rör hur verket ser på och har hanterat sina uppgifter och "
        "uppdrag, med anknytning till det som tas upp i rapporten. Sammanfattning Revisorerna lägger ett "
        "antal förslag rörande styrningen av skolan och organisationen för denna. Skolverket har kritiska "
        "synpunkter på många av dessa förslag och inte minst på det sätt som förslagen byggs under. Många av "
        "förslagen riktar sig till regeringen och verket kommenterar i sitt yttrande fr.a. fakta och de "
        "delar "
        "som berör hur verket ser på och agerar i förhållande till tilldelade uppgifter.",
    )
    [kontroll] = kontrollera_fil(skolverket)
    assert kontroll.har_sammanfattning
    radbrutet = _lines(
        "PM 1 (9) Justitiedepartementet Grundlagsenheten 103",
        "33 Stockholm Yttrande över",
        "slutbetänkandet Myndighetsdatalagen (SOU 2015:39) Ert",
        "dnr JU2015/3364/L6 Det är en gedigen utredning som",
    )
    assert "yttranderubrik-i-transkript" in poang(radbrutet)[1]


def test_avstar_efter_framflyttad_bisats_med_negation(tmp_path: Path) -> None:
    """yttranden/arbetsgivarverket-skyddsutrustning-avstar: 'Då förslaget inte bedöms ha några … konsekvenser
    … avstår Arbetsgivarverket från att lämna synpunkter.' The 'inte' belongs to the fronted subordinate
    clause (no comma before the verb), not to 'avstår': avstår, not no stance."""
    fil = _docx(
        tmp_path / "y.docx",
        "Förslag till ändring av föreskrifter (AFS 2020:9) med särskilda bestämmelser om personlig "
        "skyddsutrustning med anledning av hotet från covid-19.",
        "Diarienummer: 2021/0746",
        "Arbetsgivarverket har fått möjlighet att ta del av, och lämna synpunkter på, ovanstående förslag på "
        "ändring.",
        "Då förslaget inte bedöms ha några arbetsgivarpolitiska konsekvenser för de statliga arbetsgivarna "
        "avstår Arbetsgivarverket från att lämna synpunkter.",
        "Beslut i detta ärende har fattats av kommunikationschef Lars Andrén.",
    )
    [kontroll] = kontrollera_fil(fil)
    assert kontroll.stallningstagande == "avstar"
    assert kontroll.diarienummer == "2021/0746"


def test_har_inga_synpunkter_som_hela_svaret(tmp_path: Path) -> None:
    """yttranden/arbetsgivarverket-afs-inga-synpunkter: an agency's whole answer 'Arbetsgivarverket har inga
    synpunkter.' after 'har fått möjlighet att ta del av, och lämna synpunkter på, ovanstående förslag' is a
    yttrande (it was read as none in Word): avstår."""
    fil = _docx(
        tmp_path / "y.docx",
        "Förslag på ändringar i Arbetsmiljöverkets föreskrifter om personlig skyddsutrustning (AFS 2020:9)",
        "Diarienummer: 2021/0446",
        "Arbetsmarknadsdepartementet",
        "Datum: 11 juni 2021",
        "Arbetsgivarverket har fått möjlighet att ta del av, och lämna synpunkter på, ovanstående förslag på "
        "ändring.",
        "Arbetsgivarverket har inga synpunkter.",
        "Beslut i detta ärende har fattats av kommunikationschef Lars Andrén. I den slutliga "
        "handläggningen av "
        "ärendet deltog arbetsmiljöexpert Tarja Nevala.",
    )
    [kontroll] = kontrollera_fil(fil)
    assert kontroll.stallningstagande == "avstar"
    assert kontroll.diarienummer == "2021/0446"


def test_versal_etikett_efter_kontaktuppgifter_i_transkript(tmp_path: Path) -> None:
    """yttranden/regionvarmland-landsbygdskommitten (kontroll10, third round): a region's remissvar as a
    docplayer transcript in one paragraph, the handläggare's contact details before the letterhead label
    'REMISSVAR REGIONSTYRELSEN Datum 2017-04-07', so the label does not open a line: still a yttrande, and one
    that takes no stance on the proposals (no dnr in the stored text)."""
    fil = _docx(
        tmp_path / "y.docx",
        "Avdelningen för regional tillväxt Bo-Josef Eriksson, 054-701 10 46 "
        "bo-josef.eriksson@regionvarmland.se "
        "REMISSVAR REGIONSTYRELSEN Datum 2017-04-07 Näringsdepartementet 103 33 Stockholm "
        "n.registrator@naringsdepartementet.se n.remisser.hl@regeringskansliet.se Sida 1(22) Remissvar för "
        "slutbetänkande av Parlamentariska landsbygdskommittén Inledning - Makt, ansvar och den regionala "
        "röran Det regionala utvecklingsuppdraget omfattar landsbygden! I Sverige ligger det regionala "
        "utvecklingsansvaret på den regionalt tillväxtansvariga aktören i länet.",
    )
    [kontroll] = kontrollera_fil(fil)
    assert kontroll.stallningstagande is None
    assert kontroll.diarienummer is None
    assert "versal-etikett-efter-kontaktuppgifter" in poang(_lines(
        "bo-josef.eriksson@regionvarmland.se REMISSVAR", "REGIONSTYRELSEN Datum 2017-04-07"))[1]


def test_myndighetens_forteckning_over_sina_remissvar_ar_inget_yttrande(tmp_path: Path) -> None:
    """yttranden/mucf-remisshantering-lista (kontroll10, third round): an agency's page listing its answers
    one sentence each ('MUCF avstår från att yttra sig …', '… ställer sig positiv till Klagomålsutredningens
    förslag', 'Vi ställer oss positiva till betänkandets förslag …') under 'lämnar ett antal remissvar till
    regeringen varje år' and 'Innan regeringen skriver en proposition …' is about its answers in general."""
    fil = _docx(
        tmp_path / "y.docx",
        "Remisshantering på Myndigheten för ungdoms- och civilsamhällesfrågor",
        "Myndigheten för ungdoms- och civilsamhällesfrågor lämnar ett antal remissvar till regeringen "
        "varje år.",
        "Synpunkter på utredningsförslag",
        "Innan regeringen skriver en proposition, ett förslag, får berörda myndigheter och organisationer "
        "lämna sina synpunkter på utredningsförslag.",
        "Aktuella remisser",
        "MUCF avstår från att yttra sig om förslaget men vill dock uppmärksamma att "
        "jämställdhetsperspektivet kan utvecklas i konsekvensutredningen.",
        "Myndigheten för ungdoms- och civilsamhällesfrågor ställer sig positiv till Klagomålsutredningens "
        "förslag.",
        "Vi ställer oss positiva till betänkandets förslag att en museilag införs.",
    )
    assert igenkanda(fil) == []


def test_tidningsnotis_om_flera_remissinstansers_svar(tmp_path: Path) -> None:
    """yttranden/svd-forsakringskassan-avstyrker (kontroll10, third round): a TT notice in a paper, 'Flera
    remissinstanser är kritiska …', 'Försäkringskassan skriver i sitt remissvar att … men avstyrker …',
    'Till de kritiska remissinstanser hör också LO och Reumatikerförbundet', with the agency's byline 'TT' on
    its own line: about several bodies' answers, no yttrande."""
    fil = _docx(
        tmp_path / "y.docx",
        "Försäkringskassan avstyrker förslag",
        "Flera remissinstanser är kritiska till regeringens förslag till förändringar i sjukförsäkringen.",
        "TT",
        "Försäkringskassan skriver i sitt remissvar att det är rimligt att nollklassade ska få möjlighet "
        "till ersättning från sjukförsäkringen, men avstyrker det förslag till lösning som regeringen "
        "presenterar.",
        "Till de kritiska remissinstanser hör också LO och Reumatikerförbundet.",
    )
    assert igenkanda(fil) == []


# kontroll9, fourth round: seven more pages, truth set before the run (first run after the fixes above: 14/23)


def test_tidning_om_remissvar_efter_remissvar_ar_inget_yttrande(tmp_path: Path) -> None:
    """yttranden/arbetet-las-remissvar-nyhet: a paper quoting several organisations ('Så skriver LO i sitt
    remissvar till regeringen …', 'I remissvar efter remissvar återkommer kritik …') is about many answers,
    no yttrande, though the one quoted sentence reads like an organisation's own."""
    fil = _docx(
        tmp_path / "y.docx",
        "”I praktiken har parterna i avtalet getts kompetens att stifta lag.”",
        "Så skriver LO i sitt remissvar till regeringen, om planerade ändringar av anställningsskydd och "
        "omställningsstöd.",
        "I remissvar efter remissvar återkommer kritik mot att den föreslagna lagstiftningen bygger på en "
        "överenskommelse gjord av delar av arbetsmarknadens parter.",
    )
    assert igenkanda(fil) == []


def test_pressmeddelande_som_ar_svaret_sjalvt(tmp_path: Path) -> None:
    """yttranden/jagarnasriksforbund-jaktforordningen-pressmeddelande: a press release that is the answer
    itself, with the answer's heading and the remiss's dnr ('… synpunkter på departementets remiss kring
    vissa ändringar i jaktförordningen (1987:905) Dnr: L2011/1649 …'), is a yttrande; a press release that
    tells of an answer ('Det menar KVS i sitt remissvar') stays none."""
    fil = _docx(
        tmp_path / "y.docx",
        "Pressmeddelande -",
        "Jägarnas Riksförbunds remissvar på förändringar i jaktförordningen",
        "Jägarnas Riksförbunds synpunkter på departementets remiss kring vissa ändringar i jaktförordningen "
        "(1987:905) Dnr: L2011/1649 (2910, 3210, 3214, 3224, 3404, 3428, L2012/116).",
        "Jägarnas Riksförbund anser att jakten och viltvården i landet fullt ut skall bedrivas enligt "
        "jaktlagens 4 och 27 §.",
    )
    (yttrande,) = kontrollera_fil(fil)
    assert yttrande.diarienummer == "L2011/1649"
    assert yttrande.stallningstagande is None
    berattat = _docx(
        tmp_path / "b.docx",
        "Kriminalvården välkomnar nytt lagförslag",
        "Pressmeddelande • Okt 04, 2005 11:33 CEST",
        "Det menar Kriminalvårdsstyrelsen, KVS, i sitt remissvar på Kriminalvårdskommitténs förslag till ny "
        "kriminalvårdslag (Framtidens kriminalvård, SOU 2005:54).",
    )
    assert igenkanda(berattat) == []


def test_inget_att_invanda_mot_att_en_fraga_utreds_ar_ingen_stallning(tmp_path: Path) -> None:
    """yttranden/suhf-hogre-utbildning-yttrande: 'Vi har inget att invända mot att frågan om dubbla examina
    utreds.' is about that matter, like 'positiv till att …'; 'inget att invända mot att förslaget
    genomförs' is the proposal, a stance."""
    stycken = (
        "Remiss av betänkandet Högre utbildning under 20 år (SOU 2015:70)",
        "Sveriges universitets- och högskoleförbund (SUHF) har fått möjligheten att svara på remiss på "
        "rubricerat betänkande. SUHF vill framföra några övergripande synpunkter.",
    )
    (yttrande,) = kontrollera_fil(_docx(
        tmp_path / "y.docx", *stycken, "Vi har inget att invända mot att frågan om dubbla examina utreds."
    ))
    assert yttrande.stallningstagande is None
    (helhet,) = kontrollera_fil(_docx(
        tmp_path / "h.docx", *stycken, "Vi har inget att invända mot att förslaget genomförs."
    ))
    assert helhet.stallningstagande == "tillstyrker"


def test_yttrande_i_transkriptets_brevhuvud_ar_ingen_remiss() -> None:
    """yttranden/suhf-hogre-utbildning-yttrande: a 5dok transcript flattens the letterhead into one line
    ('… högskoleförbund Dnr 0041-15 Tryckerigatan 8 YTTRANDE 111 28 Stockholm'); the kind label in it makes
    the letter an answer although its title cites the remiss ('Remiss av betänkandet …'). 'BEGÄRAN OM
    YTTRANDE' in such a line does not."""
    from remiss.split import classify

    rader = _lines(
        "1 (2) Sveriges universitets- 2015-10-27 och högskoleförbund",
        "Dnr 0041-15 Tryckerigatan 8 YTTRANDE 111 28 Stockholm",
        "Utbildningsdepartementet 103 33 Stockholm",
        "Remiss av betänkandet Högre utbildning under 20 år (SOU 2015:70)",
        "Sveriges universitets- och högskoleförbund (SUHF) har fått möjligheten att svara på remiss.",
    )
    assert classify(rader) == "yttrande"
    ombrutet = _lines(  # the same head wrapped elsewhere by another layout
        "1 (2) Sveriges universitets- 2015-10-27 och högskoleförbund Dnr 0041-15",
        "Tryckerigatan 8 YTTRANDE 111 28 Stockholm Utbildningsdepartementet 103 33",
        "Stockholm",
        "Remiss av betänkandet Högre utbildning under 20 år (SOU 2015:70)",
    )
    assert classify(ombrutet) == "yttrande"
    missiv = _lines("Dnr 2015/123 BEGÄRAN OM YTTRANDE", "Remiss av betänkandet Högre utbildning under 20 år")
    assert classify(missiv) != "yttrande"


def test_inledande_summering_ar_en_sammanfattning(tmp_path: Path) -> None:
    """yttranden/swedishedtech-laromedel-remisser: 'Inledande summering av vårt yttrande:' heads the summary
    of the answer; parts welcomed and parts opposed, nothing on the whole: blandat."""
    fil = _docx(
        tmp_path / "y.docx",
        "Remisser",
        "Swedish Edtech Industrys remissyttrande över slutbetänkandet SOU 2021:70 Slutbetänkande av "
        "Utredningen om stärkta skolbibliotek och läromedel. Officiell remissinstans.",
        "Inledande summering av vårt yttrande:",
        "Vi är positiva till att elevernas tillgång till läromedel åter ska garanteras via skollagen.",
        "Däremot vänder vi oss mot några av utredningens grundantaganden, slutsatser och förslag som vi "
        "menar missar målet och kan ge kontraproduktiva effekter.",
    )
    (yttrande,) = kontrollera_fil(fil)
    assert yttrande.har_sammanfattning is True


KAMMARRATT_HUVUD = (
    "REMISSYTTRANDE 1 (5) Datum Diarienr 2019-04-05 KST 2019/09 Ert datum Ert diarienr 2018-12-20 "
)
KAMMARRATT_TEXT = (
    "Ju2018/05292/L4 Justitiedepartementet Betänkandet Kompletteringar till den nya säkerhetsskyddslagen "
    "(SOU 2018:82) Kammarrätten inser att det finns ett behov av en skärpt reglering på det aktuella "
    "området. "
    "Kammarrätten lämnar följande synpunkter på det remitterade förslaget."
)


@pytest.mark.parametrize(
    "stycken",
    [
        (KAMMARRATT_HUVUD + KAMMARRATT_TEXT,),
        ("REMISSYTTRANDE 1 (5) Datum Diarienr 2019-04-05 KST", "2019/09 Ert datum Ert diarienr 2018-12-20 "
         + KAMMARRATT_TEXT),
    ],
    ids=["ett-stycke", "bruten-efter-prefixet"],
)
def test_transkriptets_platta_huvudrad_i_ett_langt_stycke(tmp_path: Path, stycken: tuple[str, ...]) -> None:
    """yttranden/kammarratten-sthlm-sakerhetsskydd in the other layouts (kontroll10, third round): the
    docplayer transcript's flattened head 'Datum Diarienr 2019-04-05 KST 2019/09 Ert datum Ert diarienr
    2018-12-20 Ju2018/05292/L4' as the opening of one Word paragraph of 2,000 characters, or broken after
    the prefix 'KST': the own number is KST 2019/09, not the department's and not '2019/09'."""
    [kontroll] = kontrollera_fil(_docx(tmp_path / "y.docx", "Kammarrätten", *stycken))
    assert kontroll.diarienummer == "KST 2019/09"


# kontroll9, fifth round: seven more pages, truth set before the run (first run after the fixes above: 10/15)


def test_transkript_med_remissyttrande_utan_over_och_egna_synpunkter(tmp_path: Path) -> None:
    """yttranden/sverigeshamnar-farleder-remissyttrande: a docplayer transcript in one paragraph, titled
    'Remissyttrande Vissa farleds- och hamnfrågor' without 'över', with 'en sammanfattning av våra synpunkter
    på promemorian', 'instämmer med bedömningen' and 'delar inte utredarens uppfattning': a yttrande, comments
    on parts and no stance, the run-in 'Sammanfattning' its summary."""
    fil = _docx(
        tmp_path / "y.docx",
        "Näringsdepartementet 103 33 Stockholm Stockholm 2018-02-05 Ref N2017/03200/SUBT Remissyttrande "
        "Vissa farleds- och hamnfrågor Sveriges Hamnar är ett medlemsförbund för hamnbranschen som samlar "
        "cirka 60 företag. Nedan en sammanfattning av våra synpunkter på promemorian och därefter en längre "
        "redogörelse med våra kommentarer. Sammanfattning Behovet av en ny förordning föranleds i hög grad "
        "av sakförhållanden inom EU. Att så nu sker är positivt. Sveriges Hamnar instämmer med bedömningen "
        "att införandet av Hamnförordningen kommer att få relativt små konsekvenser för de flesta svenska "
        "hamnar. "
        "Sveriges Hamnar delar inte utredarens uppfattning att de hamnar so",
    )
    (yttrande,) = kontrollera_fil(fil)
    assert yttrande.diarienummer == "N2017/03200/SUBT"
    assert yttrande.stallningstagande is None
    assert yttrande.har_sammanfattning is True


# kontroll9, sixth round: four more pages, truth set before the run (first run after the fixes above: 9/16)


def test_avstyrkte_i_bakgrunden_ar_ett_tidigare_svar(tmp_path: Path) -> None:
    """yttranden/iogtnto-alkoglass-remissyttrande: 'I remissbehandlingen av departementsskrivelsen (Ds
    2009:32) … avstyrkte Läkemedelsverket förslaget … Även IOGT-NTO avstyrkte förslaget i sitt remissvar.'
    tells of answers to an earlier remiss; the stance verb in the past tense outside a decision is no stance
    of this answer. A decision keeps it, and the present tense counts as before."""
    stycken = (
        "Remissyttrande över SOU 2017:59 ” Reglering av alkoglass m.fl. produkter”",
        "Ref: S2017/03686/FS",
        "1. Sammanfattning",
        "IOGT-NTO välkomnar att handeln med alkoholhaltiga preparat regleras i syfte att begränsa alkoholens "
        "skadeverkningar.",
        "2. Inledning",
        "I remissbehandlingen av departementsskrivelsen (Ds 2009:32) om avreglering av handeln med teknisk "
        "sprit och alkoholhaltiga preparat avstyrkte Läkemedelsverket förslaget på grund av att verket "
        "bedömde att det skulle leda till en rad negativa effekter. Även IOGT-NTO avstyrkte förslaget i sitt "
        "remissvar.",
    )
    (yttrande,) = kontrollera_fil(_docx(tmp_path / "y.docx", *stycken))
    assert yttrande.stallningstagande is None
    assert yttrande.har_sammanfattning is True
    (nu,) = kontrollera_fil(_docx(tmp_path / "n.docx", *stycken, "IOGT-NTO avstyrker förslaget."))
    assert nu.stallningstagande == "avstyrker"


def test_preteritum_har_exempel_som_inte_ger_stallning() -> None:
    """Each past form in the pattern file ('preteritum') has an example that gives no stance in body text
    and one in a decision."""
    from remiss.kontroll.stallning import find_fynd, make_blocks
    from remiss.nlp import load_patterns

    forms = [p for p in load_patterns() if p.get("preteritum")]
    assert forms
    for pattern in forms:
        blocks = make_blocks(_lines(pattern["preteritum_exempel"]))
        assert not [f for f in find_fynd(blocks, del_="brodtext", namnd=None) if f.monster == pattern["id"]]
        assert [f for f in find_fynd(blocks, del_="beslut", namnd=None) if f.monster == pattern["id"]]


def test_egen_notis_om_sin_remiss_och_de_flesta_forslag(tmp_path: Path) -> None:
    """yttranden/tobaksfakta-nikotinprodukter-remissvar-nyhet: 'Tobaksfakta skriver i sin remiss att …'
    ('remiss' for the answer, as people say it) is the sender's notice of its answer; 'välkomnar Tobaksfakta
    de flesta förslag som utredningen har lagt fram' is the main stance ('de flesta', 'flertalet', 'merparten'
    av förslagen, like 'i huvudsak': the corpus README's Facit, ytt18; 'flera av' is a subset), with 'kritisk
    till att …' an exception for a part: tillstyrker (the truth was null before the rule)."""
    fil = _docx(
        tmp_path / "y.docx",
        "I mars presenterades utredningen och nu är även remissvaren offentliga.",
        "Tobaksfakta skriver i sin remiss att utredarna missat möjlighet att lämna radikala förslag:",
        "Samtidigt välkomnar Tobaksfakta de flesta förslag som utredningen har lagt fram.",
        "Tobaksfakta är däremot kritisk till att snus och snussubstitut ska omfattas av livsmedelslagen.",
    )
    (yttrande,) = kontrollera_fil(fil)
    assert yttrande.stallningstagande == "tillstyrker"


def test_genomgang_av_inkomna_remissyttranden_ar_inget_yttrande(tmp_path: Path) -> None:
    """yttranden/tobaksfakta-tobakslagarna-remissyttranden-nyhet: 'Tobaksfakta har granskat de
    remissyttranden som hittills kommit in …', then what Visita, HRF and LO say: a review of others'
    answers, no yttrande, though 'LO har beslutat att avstå från att yttra sig' reads like an answer."""
    fil = _docx(
        tmp_path / "y.docx",
        "Tobaksfakta har granskat de remissyttranden som hittills kommit in till socialdepartementet om "
        "utredningen En översyn av tobakslagen och promemorian om e-cigaretter. Slutdatum är 1 juli.",
        "Nej till tillståndsplikt och rökfria uteserveringar säger Visita.",
        "Landsorganisationen, LO, har beslutat att avstå från att yttra sig om översynen av tobakslagen och "
        "e-cigaretterna. Däremot yttrar sig ytterligare ett av dess förbund.",
    )
    assert igenkanda(fil) == []


def test_transkript_remissvar_fran_avsandaren_angaende(tmp_path: Path) -> None:
    """yttranden/tobaksleverantorerna-tobakslagen-remissvar in the other layouts: the docplayer transcript as
    one long paragraph opening 'Remissvar från Svenska Tobaksleverantörsföreningen Angående SOU 2016:14 …'
    and 'vill inledningsvis tacka för möjligheten att lämna synpunkter' is a yttrande (it was one only where
    the PDF wrapped the title onto a line of its own)."""
    fil = _docx(
        tmp_path / "y.docx",
        "Svenska Tobaksleverantörsföreningen | S2016/01610/FS",
        "Remissvar från Svenska Tobaksleverantörsföreningen Angående SOU 2016:14 samt promemoria om "
        "e-cigaretter Diarienummer S2016/01610/FS Svenska Tobaksleverantörsföreningen (nedan även föreningen "
        "eller TLF ) är en intresseorganisation bestående av två av Sveriges största tobaksleverantörer. "
        "Inledning Svenska Tobaksleverantörsföreningen, TLF, vill inledningsvis tacka för möjligheten att "
        "lämna synpunkter på slutrapporten SOU 2016/14 från Tobaksdirektivsutredningen ( utredningen ). TLF "
        "stödjer ansvarsfull och vetenskapligt underbyggd reglering av marknaden för tobak.",
    )
    (yttrande,) = kontrollera_fil(fil)
    assert yttrande.diarienummer == "S2016/01610/FS"
    assert yttrande.stallningstagande is None


# kontroll11 (December 2026): a remissvar recognised by its structure, not by a phrase (struktur.py,
# modeller/yttrandestruktur.jsonl); texts quoted from tests/korpus/yttranden/<id>.txt


def test_strukturfilen_ar_giltig() -> None:
    """Each trait of modeller/yttrandestruktur.jsonl has a unique id, a family, a place, weight, example."""
    from remiss.kontroll.struktur import FAMILJER, PLATSER, load_drag

    text = resources.files("modeller").joinpath("yttrandestruktur.jsonl").read_text(encoding="utf-8")
    rows = [json.loads(line) for line in text.splitlines() if line.strip()]
    assert len(rows) == len(load_drag()) and len({r["id"] for r in rows}) == len(rows)
    assert all(r["familj"] in FAMILJER and r["var"] in PLATSER and r["vikt"] and r["exempel"] for r in rows)
    assert {r["familj"] for r in rows} == set(FAMILJER)


def _monsterdrag() -> list:
    from remiss.kontroll.struktur import load_drag

    return [drag for drag in load_drag() if drag.var != "logik"]


@pytest.mark.parametrize("drag", _monsterdrag(), ids=lambda d: d.id)
def test_dragets_exempel_hittas(drag) -> None:  # noqa: ANN001
    """Each example of a pattern trait (every ' / '-separated one) is found by the trait itself."""
    from remiss.kontroll.struktur import bedom

    for exempel in drag.exempel.split(" / "):
        exempel = re.sub(r"\s+\(.*\)$", "", exempel)
        familjer = bedom(_lines(*exempel.split(" … "))).familjer
        assert drag.id in familjer.get(drag.familj, (0, ()))[1], exempel


def test_egen_notis_om_remissvaret_ar_ett_yttrande(tmp_path: Path) -> None:
    """Formas' own page about its answer (formas-agenda2030-nyhet): the organisation over the page speaks
    and says it has answered; no phrase cue is enough on its own."""
    fil = _docx(
        tmp_path / "y.docx",
        "Formas",
        "Formas erbjuder sig att bli värdmyndighet för ny Agenda 2030-kommitté",
        "2019-06-18",
        "Nu har Formas överlämnat sina synpunkter till miljödepartementet angående slutbetänkandet om "
        "Sveriges fortsatta genomförande av Agenda 2030 för hållbar utveckling.",
        "I Agenda 2030-delegationens slutbetänkandet föreslås bland annat att det ska inrättas en ny "
        "kommitté som ska arbeta med uppföljning, utvärdering och förslag för åtgärder av Agenda 2030. "
        "Formas välkomnar detta och erbjuder sig att fungera som värdmyndighet för kommittén och dess "
        "sekretariat.",
        "Läs Formas remissvar.",
    )
    [kontroll] = igenkanda(fil)
    assert kontroll.stallningstagande is None
    assert "egen-avsandare-som-subjekt" in kontroll.igenkanning


def test_tidningens_notis_om_ett_remissvar_ar_inget_yttrande(tmp_path: Path) -> None:
    """A magazine's notice on ESV's answer (offentligaaffarer-esv-jamforelser): the organisation that has
    answered is not the page's own, and no one speaks in the sender's voice."""
    fil = _docx(
        tmp_path / "n.docx",
        "Myndigheternas systematiska jämförelser bör styras via fristående regeringsuppdrag",
        "Ekonomistyrningsverket har svarat på Finansdepartementets remiss om Systematiska jämförelser – för "
        "lärande i staten. ESV ser positivt på ett utökat arbete med systematiska jämförelser i "
        "statsförvaltningen. ESV instämmer dock inte i förslaget om att inrätta ett permanent program för "
        "systematiska jämförelser.",
    )
    assert igenkanda(fil) == []


def test_tidningens_genomgang_av_71_remissvar_ar_inget_yttrande(tmp_path: Path) -> None:
    """MSB's magazine on 71 answers (tjugofyra7-raddningstjanst-remissvar): several outside organisations
    take positions; stance words galore make no remissvar."""
    fil = _docx(
        tmp_path / "n.docx",
        "Nyhet",
        "Länsstyrelser kritiska mot att MSB föreslås ta över uppgifter",
        "Totalt har 71 remissvar inkommit. Många är positiva till mycket i utredningen.",
        "Länsstyrelserna avstyrker förslagen där MSB föreslås ansvariga istället för länsstyrelserna.",
        "Arbetsförmedlingen",
        "Tillstyrker förslaget att huvuddelen av arbetet som deltidsbrandman ska undantas vid beräkning av "
        "arbetslöshetsersättning. Arbetsförmedlingen anser samtidigt det kan finnas risk att",
    )
    assert igenkanda(fil) == []


def test_rad_i_brodtexten_ar_ingen_ny_yttranderubrik(tmp_path: Path) -> None:
    """Jernkontoret's page (jernkontoret-forskningsfinansiering): 'Remissvar till Utbildningsdepartementet
    (U2023/02898)' in body text under the larger title is one document, with the remiss's number."""
    from docx import Document
    from docx.shared import Pt

    document = Document()
    titel = document.add_paragraph().add_run("Yttrande över SOU 2023:59 Ny myndighetsstruktur")
    titel.font.size = Pt(16)
    for text in (
        "2023 presenterades forskningsfinansieringsutredningen, SOU 2023:59. Jernkontoret stödjer i sitt "
        "remissvar utredningens övergripande ambition.",
        "Remissvar till Utbildningsdepartementet (U2023/02898)",
        "Sammanfattning",
        "Jernkontoret representerar den svenska stålindustrin och är huvudman för det strategiska "
        "innovationsprogrammet Metalliska material.",
    ):
        document.add_paragraph().add_run(text).font.size = Pt(11)
    document.save(str(tmp_path / "y.docx"))
    [kontroll] = igenkanda(tmp_path / "y.docx")
    assert kontroll.diarienummer == "U2023/02898"


def _remissvar(tmp_path: Path, *stycken: str) -> Path:
    return _docx(tmp_path / "y.docx", "Remissvar: Betänkandet (SOU 2024:1)", *stycken)


def test_stallningsord_i_relativsats_ar_ingen_stallning(tmp_path: Path) -> None:
    """Ale kommun (ale-ks-trafikforsorjningsprogram): 'den inriktning som Beredningen … ställt sig bakom'
    names what another body supported (the supine without 'har': a subordinate clause), no stance."""
    fil = _remissvar(
        tmp_path,
        "Ale kommun lämnade synpunkter på strategisk inriktning i september och remissen blir därmed mer av "
        "en avstämning att den inriktning som Beredningen för hållbar utveckling ställt sig bakom har "
        "beaktats på ett korrekt sätt i det slutgiltiga förslaget.",
    )
    [kontroll] = kontrollera_fil(fil)
    assert kontroll.stallningstagande is None


def test_inga_synpunkter_pa_helheten_med_undantag_for_ett_forslag(tmp_path: Path) -> None:
    """ESV (esv-riksrevisionen-nyhet): 'inga synpunkter på utredningens förslag' is the stance on the whole;
    'välkomnar utredningens förslag om att …' welcomes one proposal, an exception: avstår."""
    fil = _remissvar(
        tmp_path,
        "ESV har inga synpunkter på utredningens förslag men kommentarer den nuvarande ordningen med tre "
        "riksrevisorer och effektivitetsrevisionens uppdrag.",
        "Vidare välkomnar ESV utredningens förslag om att begreppet samhällsnytta bör strykas ur 4 § lagen "
        "(2002:1022) om revision av statlig verksamhet m.m.",
    )
    [kontroll] = kontrollera_fil(fil)
    assert kontroll.stallningstagande == "avstar"


def test_beslut_som_overlamnar_yttrandet_tar_ingen_stallning(tmp_path: Path) -> None:
    """Huddinge (huddinge-ks-nyanlanda-elever, a transcript in one paragraph): the decision hands over the
    attached skrivelse 'som Huddinge kommuns yttrande'; the nämnder's positive views are background."""
    fil = _docx(
        tmp_path / "y.docx",
        "1 KOMMUNSTYRELSENS FÖRVALTNING KS-2013/ (6) HANDLÄGGARE Diana Jusufovic Kommunstyrelsen Utbildning "
        "för nyanlända elever (Ds 2013:6) svar på remiss från Utbildningsdepartementet Förslag till beslut "
        "Kommunstyrelsens beslut Bifogad skrivelse, bilaga 1, till kommunstyrelsens förvaltnings "
        "tjänsteutlåtande daterat den 26 april 2013, överlämnas till Utbildningsdepartementet som Huddinge "
        "kommuns yttrande över promemorian Utbildning för nyanlända elever (Ds 2013:6). Sammanfattning "
        "Huddinge kommun har fått Utbildningsdepartementets promemoria Utbildning för nyanlända elever (Ds "
        "2013:6) på remiss. I promemorian ges förslag på hur mottagandet och undervisningen av nyanlända "
        "elever i de obligatoriska skolformerna, gymnasieskolan och gymnasiesärskolan bör regleras. Därtill "
        "föreslås ett antal författningsändringar vad gäller rätten till utbildning och skolplikt. "
        "Betänkandet har gått på remiss till grundskolenämnden och gymnasienämnden. Både grundskolenämnden "
        "och gymnasienämnden ställer sig generellt positiva till förslagen i promemorian och till den "
        "tydlighet i begrepp och definitioner som föreslås.",
    )
    [kontroll] = igenkanda(fil)
    assert kontroll.stallningstagande is None
    assert kontroll.har_sammanfattning


def test_stallning_skriven_med_overlamnandet_galler(tmp_path: Path) -> None:
    """Majorna-Linné (goteborg-majorna-jamlik-halsa): 'Stadsdelsnämnden tillstyrker slutbetänkandet …
    Tjänsteutlåtandet översänds som eget yttrande': the stance stands with the hand-over, it counts; the
    number broken after its hyphen ('N135- 0509/17') is read whole."""
    fil = _docx(
        tmp_path / "y.docx",
        "Tjänsteutlåtande",
        "Utfärdat 2017-09-25 Diarienummer N135- 0509/17",
        "Yttrande över slutbetänkandet Nästa steg på vägen mot en mer jämlik hälsa (SOU 2017:47)",
        "Förslag till beslut i stadsdelsnämnden Majorna-Linné",
        "Stadsdelsnämnden tillstyrker slutbetänkandet SOU 2017:47 Nästa steg på vägen mot en mer jämlik "
        "hälsa med de synpunkter som framkommer under förvaltningens övervägande. Tjänsteutlåtandet "
        "översänds som eget yttrande till kommunstyrelsen.",
        "Sammanfattning av ärendet",
        "Kommissionens huvudsakliga uppdrag är att lämna förslag som kan bidra till att hälsoklyftorna i "
        "samhället minskar.",
    )
    [kontroll] = kontrollera_fil(fil)
    assert (kontroll.stallningstagande, kontroll.diarienummer) == ("tillstyrker", "N135-0509/17")
    assert kontroll.har_sammanfattning


def test_overlamnandets_exempel_hittas() -> None:
    """Each example of modeller/overlamnande.jsonl is found by its own pattern."""
    from remiss.kontroll.overlamning import load_formler

    for ident, monster, exempel in load_formler():
        for text in exempel.split(" / "):
            assert monster.search(text), (ident, text)


def test_arendet_i_korthet_ar_en_sammanfattningsrubrik(tmp_path: Path) -> None:
    """'Ärendet i korthet' heads a tjänsteskrivelse's summary; the words in running text do not."""
    med = _remissvar(tmp_path, "Ärendet i korthet", "Kommunen har fått betänkandet på remiss.")
    assert kontrollera_fil(med)[0].har_sammanfattning
    utan = _docx(
        tmp_path / "u.docx",
        "Remissvar: Betänkandet (SOU 2024:1)",
        "Vi ger här en sammanfattning av ärendet i korthet för nämnden och tillstyrker förslaget.",
    )
    assert not kontrollera_fil(utan)[0].har_sammanfattning


def test_inbakad_sammanfattning_och_bakgrund_i_transkript(tmp_path: Path) -> None:
    """A transcript runs 'Sammanfattning och bakgrund' into its paragraph after a sentence: the heading;
    the word inside a sentence is none."""
    med = _docx(
        tmp_path / "m.docx",
        "1 TJÄNSTESKRIVELSE Dnr KS 2019/12 Yttrande över remiss av promemorian Ett regelverk (Ds 2019:3) "
        "Förslag till beslut Kommunstyrelsen avstyrker förslaget. Sammanfattning och bakgrund Kommunen har "
        "fått promemorian på remiss från Finansdepartementet och har synpunkter på förslagen.",
    )
    assert kontrollera_fil(med)[0].har_sammanfattning
    utan = _docx(
        tmp_path / "u.docx",
        "1 TJÄNSTESKRIVELSE Dnr KS 2019/12 Yttrande över remiss av promemorian Ett regelverk (Ds 2019:3) "
        "Förslag till beslut Kommunstyrelsen avstyrker förslaget. I promemorian ges en sammanfattning och "
        "bakgrund till förslagen som kommunen har synpunkter på.",
    )
    assert not kontrollera_fil(utan)[0].har_sammanfattning



def test_organets_nummer_i_goteborgs_form(tmp_path: Path) -> None:
    """Göteborg's protocol extract (goteborg-avon-demografiska-utmaningar): 'Äldre samt vård- och
    omsorgsnämnden N160-0080/23' is the organ and its own number, a letter before the number's parts."""
    fil = _docx(
        tmp_path / "y.docx",
        "Äldre samt vård- och omsorgsnämnden N160-0080/23",
        "Utdrag ur protokoll Sammanträdesdatum: 2023-04-25",
        "Svar på remiss - motion om handlingsplan för att möta de demografiska utmaningarna i Göteborg",
        "Beslut",
        "Äldre samt vård- och omsorgsnämnden tillstyrker motionen.",
    )
    [kontroll] = kontrollera_fil(fil)
    assert kontroll.diarienummer == "N160-0080/23"


def test_egen_nyhet_som_epostutskrift(tmp_path: Path) -> None:
    """ESV's news on its answer (esv-riksrevisionen-nyhet) printed from e-mail: the header fields ('Från:',
    'Ämne:') are the sender and the title, the document's heading zone begins under them."""
    fil = _docx(
        tmp_path / "y.docx",
        "Registrator",
        "Från: | Ekonomistyrningsverket",
        "Till: | registrator@kommunen.se",
        "Ämne: | ESV förespråkar en förutsättningslös utredning av Riksrevisionens ledningsstruktur",
        "ESV förespråkar en förutsättningslös utredning av Riksrevisionens ledningsstruktur",
        "2018-05-15 | Nyhet",
        "Ekonomistyrningsverket (ESV) har svarat på riksdagsstyrelsens remiss Översyn av Riksrevisionens "
        "slutbetänkande (2017/18:URF2). ESV har inga synpunkter på utredningens förslag men kommentarer den "
        "nuvarande ordningen med tre riksrevisorer.",
        "ESV instämmer i bedömningen att en särskild utredning bör tillsättas.",
    )
    [kontroll] = igenkanda(fil)
    assert kontroll.stallningstagande == "avstar"


# kontroll12: agencies', regions' and landsting's answers and notices (tests/korpus/yttranden/, kontroll12)


def test_avstar_ifran_att_yttra_sig_med_remissens_nummer(tmp_path: Path) -> None:
    """Regelrådet's page in one paragraph: 'avstår Regelrådet ifrån att yttra sig' (inverted, 'ifrån') is
    avstår; 'ert diarienummer Jo 2009/2619' is the remiss's number, with a space after the department code
    (regelradet-slu-intensivodling)."""
    fil = _docx(
        tmp_path / "r.docx",
        "Regelrådet",
        "Sveriges Lantbruksuniversitets redovisning av regeringsuppdrag om möjligheter till intensivodling "
        "av skog Rubricerade ärende, ert diarienummer Jo 2009/2619, har remitterats till Regelrådet. Något "
        "slutligt förslag till författningstext har inte presenterats. Mot denna bakgrund avstår Regelrådet "
        "ifrån att yttra sig.",
    )
    kontroll = kontrollera_fil(fil)[0]
    assert kontroll.stallningstagande == "avstar"
    assert kontroll.diarienummer == "Jo 2009/2619"


def test_stalla_sig_bakom_ett_gemensamt_svar_ar_ingen_stallning(tmp_path: Path) -> None:
    """'ställa sig bakom och skicka in ett likalydande svar på … betänkande': both verbs take the answer,
    the region backs a joint answer, nothing of the betänkande (regionhalland-enigt-svar-regionfragan); a
    coordinated verb with the proposal as object still gives the stance."""
    svar = _docx(
        tmp_path / "s.docx",
        "Enigt svar på remiss från Halland i regionfrågan",
        "I dagarna har Region Halland och alla kommuner i Halland tagit beslut att ställa sig bakom och "
        "skicka in ett likalydande svar på Indelningskommitténs betänkande ”Regional indelning – tre nya "
        "län”. Remissvaren skickades till Finansdepartementet under onsdagen.",
    )
    assert kontrollera_fil(svar)[0].stallningstagande is None
    forslaget = _docx(
        tmp_path / "f.docx",
        "Remissvar: Regional indelning – tre nya län (SOU 2016:48)",
        "Regionstyrelsen har beslutat att ställa sig bakom och tillstyrka förslaget i betänkandet.",
    )
    assert kontrollera_fil(forslaget)[0].stallningstagande == "tillstyrker"


def test_forslaget_att_x_avstyrks_ar_en_del_bredvid_helheten(tmp_path: Path) -> None:
    """'Förslaget att utforma en servicegaranti … avstyrks.' (passive: the subject is the object) is one
    proposal, an exception beside a stance on the whole (Tillväxtverkets nyhet om sitt remissvar till
    landsbygdskommittén, mynewsdesk 2017; ur kontroll12, borttagen: avsändaren finns i prov7/)."""
    fil = _docx(
        tmp_path / "t.docx",
        "Remissvar till landsbygdskommittén (SOU 2017:1)",
        "Tillväxtverket tillstyrker i huvudsak kommitténs förslag.",
        "Förslaget att utforma en servicegaranti vid myndighetsutövning till små och medelstora företag "
        "avstyrks.",
    )
    assert kontrollera_fil(fil)[0].stallningstagande == "tillstyrker"


def test_saga_ja_till_det_foreslagna_ar_tillstyrker(tmp_path: Path) -> None:
    """'Landstinget Dalarnas svar [är] att man säger ja till Region Svealand' is support without the word
    (ltdalarna-storregion-nyhet), recognised as the landsting's own notice ('förslaget till remissyttrande
    gällande Indelningskommitténs förslag'); 'säger ja till grundtankarna i utredningen' is a part."""
    fil = _docx(
        tmp_path / "d.docx",
        "Landstinget Dalarna",
        "Ja till storregion i landstingsfullmäktige",
        "Landstingsfullmäktige har beslutat att godkänna förslaget till remissyttrande gällande "
        "Indelningskommitténs förslag till ny regionindelning.",
        "I korthet innebär Landstinget Dalarnas svar att man säger ja till Region Svealand. Ja, både till en "
        "ändrad landstingsindelning och en ändrad länsindelning.",
        "- Landstinget anser att sex jämnstarka regioner är rätt väg att gå, säger landstingsrådet.",
    )
    kontroll = igenkanda(fil)[0]
    assert kontroll.stallningstagande == "tillstyrker"
    del_ = _docx(
        tmp_path / "g.docx",
        "Remissvar: Forskning 2000 (SOU 1998:128)",
        "Universitetets styrelse säger enhälligt ja till grundtankarna i utredningen.",
    )
    assert kontrollera_fil(del_)[0].stallningstagande is None


def test_egen_notis_om_yttrandet_over_en_rapport(tmp_path: Path) -> None:
    """'Det är en av Norrstyrelsens slutsatser i yttrandet över kammarkollegiets rapport' with the body as
    subject: its own notice about its answer (norrstyrelsen-regionkommuner-yttrande)."""
    fil = _docx(
        tmp_path / "n.docx",
        "Norrstyrelsen",
        "Norrstyrelsen vill ha klartecken för att bilda region",
        "Vi är väl förberedda för att bilda Region Norrland 1 januari 2011. Det är en av Norrstyrelsens "
        "slutsatser i yttrandet över kammarkollegiets rapport ”Regionkommuner i Norra Sverige”.",
        "Norrstyrelsen delar också bedömningen att ett alternativ med alla fyra länen är att föredra.",
    )
    assert len(igenkanda(fil)) == 1


def test_tidningen_kallar_regionen_man_ar_inget_yttrande(tmp_path: Path) -> None:
    """A newspaper retelling a region's draft answer calls the region 'man' ('meddelar Region Värmland att
    man ställer sig bakom …', '”…”, skriver man i sitt förslag till remissvar'): a report, no yttrande
    (nwt-regionvarmland-sager-ja)."""
    fil = _docx(
        tmp_path / "v.docx",
        "Regionen säger ja till Västra Götaland",
        "I ett tjänsteutlåtande meddelar Region Värmland att man ställer sig bakom Indelningskommitténs "
        "förslag till nya regioner.",
        "”Region Värmland menar att argumenten för större jämnstarka regioner är både relevanta och goda. "
        "Region Värmland delar därför Indelningskommitténs förslag att dela in Sverige i sex större "
        "regioner”, skriver man i sitt förslag till remissvar.",
        "Ett slutgiltigt beslut tas under nästa veckas regionstyrelsemöte.",
    )
    assert igenkanda(fil) == []


def test_struktur_yttrande_i_huvudet_och_eget_yttrande() -> None:
    """yttranden/regionskane-run-romeleas-yttrande (kontroll13, a regional committee's YTTRANDE without a
    'Yttrande över' title, docplayer transcript): the document type in the head and the body speaking of
    'vårt yttrande' carry it by structure alone, whatever its cues."""
    from remiss.kontroll.signaler import Igenkanning
    from remiss.kontroll.struktur import bedom

    rader = _lines(
        "1 Regionala utvecklingsnämnden Peter Groth",
        "Folkhälsostrateg YTTRANDE Datum Dnr (6) Romeleås- och",
        "sjölandskapskommittén romeleasensjo@gmail.com Remiss.",
        "Förslag till strategi för utveckling av Romeleås- och sjölandskapet har fått rubricerade",
        "förslag till strategi för Romeleås- och Sjölandskapet. Riksintresse enligt 4 kap. 2 MB på remiss,",
        "och lämnar",
        "nedanstående kommentarer och reflektioner i vårt yttrande.",
    )
    struktur = bedom(rader)
    assert struktur.har("rost") and struktur.har("svarar") and struktur.har("huvud")
    assert Igenkanning(0, (), struktur).ar_remissvar
    assert "yttrande-i-huvudet" in struktur.forklaring()


def test_struktur_egen_plan_pa_remiss_ar_inget_svar() -> None:
    """A protocol paragraph that sends the body's own plan on remiss, or delegates the yttrande
    (yttranden/hultsfred-mbn-pbl-protokoll: 'uppdrar åt stadsarkitekten att upprätta förslag till
    yttrande'), is about a remiss: the structure alone does not make it a remissvar."""
    from remiss.kontroll.signaler import Igenkanning
    from remiss.kontroll.struktur import bedom

    rader = _lines(
        "SAMMANTRÄDESPROTOKOLL",
        "MBN § 12 Dnr 2006/14",
        "Remiss från Miljö- och samhällsbyggnadsdepartementet, PBL-kommitténs slutbetänkande",
        "Beslut",
        "Nämnden uppdrar åt stadsarkitekten att upprätta förslag till yttrande.",
        "Justerandes signatur Utdragsbestyrkande",
    )
    struktur = bedom(rader)
    assert struktur.om_remiss and struktur.har("huvud")
    assert not Igenkanning(0, (), struktur).ar_remissvar


def test_yttrandeetikett_i_gemener_over_remissens_rubrik_ar_ingen_remiss(tmp_path: Path) -> None:
    """A letter's kind alone on its line in ordinary case ('Yttrande') over the title of the remiss it answers
    ('Remiss om förslag till ändring av Statens jordbruksverks föreskrifter …') is the answer, not the remiss
    (hushallningssallskapet-direktstod-yttrande)."""
    from remiss.pipeline import tolka_fil

    fil = _docx(
        tmp_path / "h.docx",
        "Jordbruksverket",
        "Dnr 3.4.16-08365/2018",
        "Yttrande",
        "Remiss om förslag till ändring av Statens jordbruksverks föreskrifter om direktstöd (SJVFS 2014:41)",
        "Hushållningssällskapens Förbund har getts möjlighet att lämna synpunkter på förslag till ändring av "
        "Statens jordbruksverks föreskrifter (SJVFS 2014:41).",
        "Vi tycker att de förtydligande som är gjorda för vad som gäller för träda enligt § 27b är bra.",
        "I övrigt har vi inga synpunkter.",
    )
    assert tolka_fil(fil) == []
    # 'I övrigt har vi inga synpunkter.' after a comment closes the answer (ytt17, as prov10's
    # bo-skolverket-uppgiftsinsamling): no abstention from the whole; this document's facit says avstar
    # (a known miss, the two facit disagree)
    assert kontrollera_fil(fil)[0].stallningstagande is None


def test_partiets_yrkande_om_ett_yttrande_ar_inget_yttrande() -> None:
    """yttranden/sorundanet-yrkande-yttrande-forvaltningsratten (kontroll13, annat): a party's 'Yrkande
    angående “Yttrande till förvaltningsrätten”' quotes the proposal to adopt a yttrande; a member's document
    about a matter (yrkande, reservation, protokollsanteckning) is no yttrande."""
    from remiss.kontroll.signaler import ar_remissvar

    rader = _lines(
        "Sorundanet Nynäshamns kommunparti",
        "Yrkande angående “Yttrande till förvaltningsrätten”",
        "Bakgrund",
        "Förvaltningens förslag till beslut i rubricerat ärende är:",
        "Miljö- och samhällsbyggnadsnämnden beslutar att:",
        "1. Anta förvaltningens yttrande som sitt eget och överlämnar det till förvaltningsrätten.",
        "Yrkande",
        "Vi i Sorundanet Nynäshamns kommunparti bedömer att det finns fog för Konkurrensverkets bedömning",
        "i rubricerat ärende varför vi ej deltar i beslutet beträffande punkt 1 i yttrandet.",
    )
    assert "ledamotens-handling-i-rubrik" in poang(rader)[1]
    assert not ar_remissvar(rader)



def test_departementsnummer_brutet_efter_koden(tmp_path: Path) -> None:
    """A web page printed narrow breaks 'ert diarienummer Jo' / '2009/2619, har remitterats …': the remiss's
    number is read over the line end (regelradet-slu-intensivodling in the webb layout)."""
    from remiss.kontroll.hitta import _remiss_dnr

    rader = _lines(
        "av skog Rubricerade ärende, ert diarienummer Jo",
        "2009/2619, har remitterats till Regelrådet. Remissen",
    )
    assert _remiss_dnr(rader) == "Jo 2009/2619"


def test_forteckning_over_egna_remissvar_ar_inget_yttrande(tmp_path: Path) -> None:
    """'Här har vi samlat våra senaste remissvar och inspel till regeringen.' opens a list of the
    organisation's answers with short summaries: no one yttrande (livsmedelsforetagen-remisser-sida)."""
    fil = _docx(
        tmp_path / "l.docx",
        "Livsmedelsföretagen",
        "Remisser",
        "Här har vi samlat våra senaste remissvar och inspel till regeringen.",
        "EU-kommissionen vill stärka EFSA och förbättra kommunikationen kring livsmedelsrelaterade risker. "
        "Ambitionen välkomnas, men de föreslagna reglerna om öppen publicering av företagens vetenskapliga "
        "underlag är oproportionerliga. Detta framför vi i ett remissvar den 24 maj till Livsmedelsverket.",
        "pdf, 278.5 KB",
        "Sammanfattning från remissvaret: ”Livsmedelsföretagen menar att det hade varit mer lämpligt att "
        "först avsluta den kartläggning av frågan om påstådda dubbla kvalitetsstandarder inom EU som nu "
        "pågår.",
    )
    assert igenkanda(fil) == []


def test_struktur_protokollsutdragets_beslutsgang() -> None:
    """yttranden/sollentuna-ksau-lat-fler (a KSAU protokollsutdrag answering the Kulturdepartementet's
    remiss): the paragraph's own decision headings ('Överläggning i arbetsutskottet', 'Proposition',
    'Arbetsutskottets förslag') are a decision, so with the § head and the named remiss the structure alone
    carries it."""
    from remiss.kontroll.signaler import Igenkanning
    from remiss.kontroll.struktur import bedom

    rader = _lines(
        "Sammanträdes- protokoll",
        "Kommunstyrelsens arbetsutskott",
        "§ 139/2016 Dnr 2016/0166 KS-2",
        "Svar på remiss från Kulturdepartementet gällande betänkandet Låt fler forma framtiden (SOU 2016:5)",
        "I ärendet föreligger tjänsteutlåtande 2016-05-10 från kommunledningskontoret.",
        "Överläggning i arbetsutskottet",
        "Ordförande Henrik Thunes (M) yrkar att kommunstyrelsens arbetsutskott föreslår kommunstyrelsen",
        "Proposition",
        "Arbetsutskottets förslag",
    )
    struktur = bedom(rader)
    assert struktur.har("beslut") and struktur.har("huvud") and struktur.har("svarar")
    assert Igenkanning(0, (), struktur).ar_remissvar


def test_branschtidningens_citat_av_ett_namngivet_forbund_ar_referat(tmp_path: Path) -> None:
    """A trade paper quoting a named organisation's answer ('I sitt remissvar framgår att Jernkontoret anser
    …', '”…”, skriver Jernkontoret.') reports it, also when a narrow PDF column makes its first lines look
    like a head (metallerochgruvor-jernkontoret-kemikaliekontroll in the rk layout)."""
    fil = _docx(
        tmp_path / "j.docx",
        "Utredningen ”Framtidens kemikaliekontroll” har av regeringskansliet skickats på remiss. I sitt "
        "remissvar framgår att Jernkontoret anser att det är att bra att lagstiftning för kemikalier ses "
        "över.",
        "Jernkontoret invänder dock mot flera av förslagen i utredningen.",
        "”Kemikalielagstiftningen är idag EU-gemensam och måste så förbli.”, skriver Jernkontoret.",
    )
    assert igenkanda(fil) == []


def test_webbsidan_kallar_sig_nedanstaende_remissvar(tmp_path: Path) -> None:
    """A web page titled 'Remissvar <the remitted matter>' whose text calls itself 'Nedanstående remissvar
    är …' (the answer as subject, no 'i') is the sender's answer (prov8/bis-biblioteksstrategi-remissvar)."""
    fil = _docx(
        tmp_path / "b.docx",
        "Remissvar Demokratins skattkammare – Förslag till en nationell biblioteksstrategi 2019",
        "I mars 2019 presenterades utredningen för Nationell biblioteksstrategi sin rapport Demokratins "
        "skattkammare – Förslag till en nationell biblioteksstrategi.",
        "Nedanstående remissvar är en sammanfattning av diskussionen vid en medlemsträff september 2019 och "
        "andra synpunkter som framkommit om rapporten. Texten har sedan behandlats i föreningens styrelse.",
    )
    assert len(igenkanda(fil)) == 1


def test_yttrandet_tar_sikte_pa_ar_eget_yttrande(tmp_path: Path) -> None:
    """'Yttrandet tar i första hand sikte på …': the text names its own yttrande as subject, with a link
    to the whole answer (prov8/svenskscenkonst-public-service-yttrande, a notice without a title)."""
    fil = _docx(
        tmp_path / "s.docx",
        "Svensk Scenkonst tar inte ställning till utredningens förslag om hur public service ska regleras på "
        "ett ändamålsenligt sätt i ett nytt medielandskap. Yttrandet tar i första hand sikte på att bevaka "
        "viktiga frågor för scenkonsten som berörs av utredningen.",
        "Kulturuppdraget i sin helhet och scenkonsten specifikt behandlas dock i princip inte i utredningen.",
        "Läs hela remissvaret här",
    )
    assert len(igenkanda(fil)) == 1


def test_bloggen_om_remissyttrandet_fran_en_annan_ar_inget_yttrande(tmp_path: Path) -> None:
    """'… nämns i remissyttrandet från SKL som du kan ta del av här': a blog about someone else's answer
    (prov8/peterals-biblioteksstrategi-blogg); 'Remissvaret från Göteborgs Stad ska vara … tillhanda' is
    the sender's own."""
    fil = _docx(
        tmp_path / "p.docx",
        "nationell biblioteksstrategi",
        "SKL om förslaget till nationell biblioteksstrategi",
        "I regel brukar SKLs ståndpunkt gentemot staten vara att nya åtaganden som staten lägger på "
        "kommunerna också ska vara finansierade av staten och det är också något som nämns i "
        "remissyttrandet från SKL som du kan ta del av här.",
        "SKL menar också att många av förslagen i rapporten redan finns inskrivna i bibliotekslagen.",
        "SKL ser positivt på att det tas fram en strategi.",
    )
    assert igenkanda(fil) == []
    ids = poang(_lines("Remissvaret från Göteborgs Stad ska vara Socialdepartementet tillhanda."))[1]
    assert "annans-yttrande-fran" not in ids


def test_regeringen_bor_prioritera_forslagen_ar_tillstyrker(tmp_path: Path) -> None:
    """'Scen & Film anser att regeringen bör prioritera följande förslag i återstartsutredningen:' is
    support without a stance word (prov8/scenochfilm-aterstart-remissyttrande)."""
    fil = _docx(
        tmp_path / "f.docx",
        "Från kris till kraft – remissyttrande",
        "Scen & Film är en av de organisationer som i veckan har lämnat ett remissyttrande på den så kallade "
        "Återstartsutredningen, som presenterade betänkandet ”Från kris till kraft” i höstas.",
        "Scen & Film anser att regeringen bör prioritera följande förslag i återstartsutredningen:",
        "Ge stöd till konstnärer genom återstartsstipendier",
    )
    assert igenkanda(fil)[0].stallningstagande == "tillstyrker"


def test_sammanfattning_och_bakgrund_till_remissvaret_ar_sammanfattning() -> None:
    """'Sammanfattning och bakgrund till remissvaret' is the summary heading (prov8/kro-konstnar-oavsett-
    villkor); 'Sammanfattning och bakgrund till utredningen' is not the answer's summary."""
    from remiss.kontroll.avsnitt import rubrik

    assert rubrik("Sammanfattning och bakgrund till remissvaret") == "sammanfattning"
    assert rubrik("Sammanfattning och bakgrund till utredningen") is None


def test_svara_positivt_pa_forslaget_ar_tillstyrker(tmp_path: Path) -> None:
    """'beslutade … att svara positivt på förslaget till cykelstrategi' is support without a stance word
    (prov8/tierp-ks-cykelstrategi-beslut); 'svara negativt på förslaget' the other way."""
    fil = _docx(
        tmp_path / "t.docx",
        "Yttrande över förslag till cykelstrategi för Uppsala län",
        "Kommunstyrelsen i Tierp beslutade vid sammanträdet den 5 september att svara positivt på förslaget "
        "till cykelstrategi för länet från Region Uppsala.",
    )
    assert kontrollera_fil(fil)[0].stallningstagande == "tillstyrker"
    nej = _docx(
        tmp_path / "n.docx",
        "Yttrande över förslag till länsplan",
        "Nämnden beslutade att svara negativt på förslaget till ny länsplan.",
    )
    assert kontrollera_fil(nej)[0].stallningstagande == "avstyrker"


# kontroll15 and prov9 (December 2026): opinions without the stance word about parts, subsets of the
# proposals, and summary headings; the sentences are quoted from the real documents in tests/korpus.
def test_omdome_om_en_del_bland_flera_ar_ingen_stallning(tmp_path: Path) -> None:
    """'ser också positivt på förslaget med …' (an added item, yttranden/regionforbundet-sormland-landsbygd-
    pressmeddelande) is a comment on a part; 'välkomnar därför utredningens förslag om …' alone (yttranden/
    smhi-klimatanpassning-nyhet) is the stance on the remitted proposal."""
    del_ = _docx(
        tmp_path / "d.docx",
        "Yttrande över landsbygdskommitténs slutbetänkande",
        "Annars ser regionförbundet positivt på att ALMI föreslås få mer resurser för att stödja "
        "näringslivsutvecklingen på landsbygden.",
        "Regionförbundet ser också positivt på förslaget med en samhällsplanering som underlättar för "
        "landsbygdens utveckling och betonar möjligheten att lätta på regelverken kring riksintressen och "
        "strandskydd.",
    )
    assert kontrollera_fil(del_)[0].stallningstagande is None
    helt = _docx(
        tmp_path / "h.docx",
        "Yttrande över betänkandet om klimatanpassning",
        "SMHI välkomnar därför utredningens förslag om ett stärkt arbete med klimatanpassning i Sverige "
        "och en "
        "tydligare rollfördelning mellan ansvariga aktörer.",
    )
    assert kontrollera_fil(helt)[0].stallningstagande == "tillstyrker"


def test_omdome_i_en_punktlista_ar_en_del(tmp_path: Path) -> None:
    """prov5/folkbildningsradet-bibliotekslag-remissvar: '• Folkbildningsrådet stödjer förslaget att …' is one
    point of a list, support for one provision: no stance on the whole."""
    fil = _docx(
        tmp_path / "f.docx",
        "Yttrande över Ds 2012:13 Ny bibliotekslag",
        "• Folkbildningsrådet delar uppfattningen att varje kommun ska ha ett folkbibliotek.",
        "• Folkbildningsrådet stödjer förslaget att det i den nya bibliotekslagen anges att folkbibliotekens "
        "utbud av litteratur, medier och tjänster ska präglas av allsidighet och kvalitet.",
    )
    assert kontrollera_fil(fil)[0].stallningstagande is None


def test_de_forslag_som_ar_en_delmangd(tmp_path: Path) -> None:
    """prov9/fiskevattenagarna-besoksnaring-remissyttrande: 'välkomnar generellt de förslag som syftar till
    att …' is some of the proposals (modeller/delmangd.jsonl); yttranden/cykelframjandet-regional-cykelplan-
    remissvar: 'positiv till de förslag som framförs' is all of them."""
    del_ = _docx(
        tmp_path / "d.docx",
        "Yttrande över betänkandet Ett land att besöka (SOU 2017:95)",
        "Sveriges Fiskevattenägareförbund välkomnar generellt de förslag som syftar till att på allvar få "
        "upp "
        "besöksnäringen på den politiska agendan.",
    )
    assert kontrollera_fil(del_)[0].stallningstagande is None
    alla = _docx(
        tmp_path / "a.docx",
        "Yttrande över regional cykelplan för Stockholms län",
        "Sammantaget ställer sig remissgruppen positiv till de förslag som framförs.",
    )
    assert kontrollera_fil(alla)[0].stallningstagande == "tillstyrker"


def test_delmangdens_exempel_och_motexempel() -> None:
    """Each line of modeller/delmangd.jsonl finds its example and not its counter-example (checked on
    load)."""
    from remiss.kontroll.stallning import delmangder

    assert len(delmangder()) >= 2


def test_stallningsordet_om_flera_av_forslagen_ar_en_synpunkt(tmp_path: Path) -> None:
    """prov11/likvardigskola-jamlikhetskommissionen-remissvar (held-out set of session 11, measured before
    this fix): 'tillstyrker flera av utredningens förslag men vill …' supports a subset of the proposals, as
    'är positiv till flera av utredningens förslag' does: no stance on the whole (truth null)."""
    fil = _docx(
        tmp_path / "l.docx",
        "Remissvar Jämlikhetskommissionen SOU 2020:46",
        "Nätverket för en likvärdig skola delar i stort utredningens bild av likvärdighetsproblemen i "
        "skolväsendet och vill framhålla det positiva i att en och samma utredning tar ett grepp över alla "
        "skolformer från förskola till komvux. Nätverket för en likvärdig skola tillstyrker flera av "
        "utredningens förslag men vill samtidigt lyfta fram några förslag som vi anser saknas.",
    )
    assert kontrollera_fil(fil)[0].stallningstagande is None
    hela = _docx(
        tmp_path / "h.docx",
        "Remissvar Jämlikhetskommissionen SOU 2020:46",
        "Nätverket för en likvärdig skola tillstyrker utredningens förslag men vill samtidigt lyfta fram "
        "några förslag som vi anser saknas.",
    )
    assert kontrollera_fil(hela)[0].stallningstagande == "tillstyrker"


def test_kritisk_framfor_allt_mot_en_del_och_positiv_till_en_annan(tmp_path: Path) -> None:
    """yttranden/apoteksforeningen-apoteksmarknaden-remissvar: positive to one proposal, 'ställer mig framför
    allt kritisk till förslaget om …' to another: parts both ways, no stance on the whole."""
    fil = _docx(
        tmp_path / "k.docx",
        "Remissvar på SOU 2017:15 Kvalitet och säkerhet på apoteksmarknaden",
        "Branschföreningen är positivt inställd till flera av utredningens förslag, men det finns också "
        "förslag "
        "som föreningen är kritisk emot.",
        "Vi är också mycket positiva till utredningens förslag om farmaceutisk tjänst säger Johan Wallér "
        "vd på "
        "Sveriges Apoteksförening.",
        "-Jag ställer mig framför allt kritisk till förslaget om att enbart farmaceuter ska ingå i de "
        "flesta av "
        "recepthanteringens moment.",
    )
    assert kontrollera_fil(fil)[0].stallningstagande in (None, "blandat")


def test_kritisk_pa_en_del_punkter_bredvid_en_tillstyrkt_del_ar_blandat(tmp_path: Path) -> None:
    """prov8/lu-forskning2000-pressmeddelande: 'på en del punkter är man kritisk eller skeptisk' beside 'I
    princip
    tillstyrker vi förslaget om en organisation för forskningsråden': parts both ways."""
    fil = _docx(
        tmp_path / "l.docx",
        "Yttrande över utredningen Forskning 2000",
        "Universitetsstyrelsen instämmer följaktligen i många av de tankar och förslag som dukas upp i "
        "utredningen. Men på en del punkter är man kritisk eller skeptisk.",
        "- I princip tillstyrker vi förslaget om en organisation för forskningsråden med fyra forskningsråd, "
        "skriver universitetsstyrelsen.",
    )
    assert kontrollera_fil(fil)[0].stallningstagande == "blandat"


def test_bejakar_betankandets_forslag_ar_tillstyrker(tmp_path: Path) -> None:
    """prov9/kristnarad-tryggare-samhalle-yttrande: 'bejakar i generell mening delbetänkandets reflektioner …
    och förslag' is support without the stance word."""
    fil = _docx(
        tmp_path / "b.docx",
        "Yttrande över remiss: Vägar till ett tryggare samhälle (SOU 2022:67)",
        "Sveriges kristna råd bejakar i generell mening delbetänkandets reflektioner över situationens "
        "komplexitet och förslag på möjliga åtgärder.",
    )
    assert kontrollera_fil(fil)[0].stallningstagande == "tillstyrker"


def test_ser_positivt_pa_det_foreslagna_programmet_ar_tillstyrker(tmp_path: Path) -> None:
    """prov9/sydsvenskahk-trafikforsorjning-remissvar: 'Vi ser positivt på det föreslagna programmet' names
    the
    remitted programme without the word 'förslaget'."""
    fil = _docx(
        tmp_path / "s.docx",
        "Remissvar avseende Trafikförsörjningsprogram för Blekinge 2020–2023",
        "Vi ser positivt på det föreslagna programmet och ställer oss bakom de behov och målbilder som "
        "beskrivs. "
        "Det vi saknar är en tydligare fokusering på arbetsmarknadsförstoring.",
    )
    assert kontrollera_fil(fil)[0].stallningstagande == "tillstyrker"


def test_nyhetsrubrikens_stallningsord_hor_inte_till_arendet(tmp_path: Path) -> None:
    """yttranden/psykologforbundet-etablering-pressmeddelande: under 'Regeringens förslag om etablering av
    vårdgivare välkomnas', 'ser därför positivt på regeringens förslag om regler för etablering av
    vårdgivare' is about the remitted proposal itself, not a part."""
    from remiss.kontroll.stallning import find_fynd, helhet_enligt_titel, make_blocks

    fynd = find_fynd(
        make_blocks(_lines(
            "Psykologförbundet ser därför positivt på regeringens förslag om regler för etablering av "
            "vårdgivare "
            "som ska gälla alla yrkeskategorier inom vården.",
            "Vi är också positiva till förslaget om en nationell taxa.",  # a second part: both are parts
        )),
        del_="brodtext",
        namnd=None,
    )
    titel = "Regeringens förslag om etablering av vårdgivare välkomnas"
    assert [f.bara_del for f in helhet_enligt_titel(fynd, titel)] == [False, True]


def test_sammanfattning_snedstreck_och_sammanfattande_kommentarer() -> None:
    """'Sammanfattning/Bakgrund' (yttranden/falun-ks-vattenmyndigheten-yttrande) and 'Sammanfattande
    kommentarer:' (prov9/ksla-tre-regeringsuppdrag-yttrande) head the summary."""
    from remiss.kontroll.avsnitt import rubrik

    assert rubrik("Sammanfattning/Bakgrund") == "sammanfattning"
    assert rubrik("Sammanfattande kommentarer:") == "sammanfattning"
    assert rubrik("Kommentarer") is None


def test_overlamnandets_motexempel_ar_inget_overlamnande() -> None:
    """The counter-examples of modeller/overlamnande.jsonl hand over nothing: 'godkänner förslaget' is a
    stance,
    'lämnar följande synpunkter som svar på remissen' is the answer's own text."""
    from remiss.kontroll.overlamning import overlamnande

    rader = [json.loads(rad) for rad in resources.files("modeller").joinpath("overlamnande.jsonl")
             .read_text(encoding="utf-8").splitlines() if rad.strip()]
    motexempel = [text for rad in rader for text in rad.get("motexempel", "").split(" / ") if text]
    assert motexempel
    for text in motexempel:
        assert overlamnande(_lines(text)) is None, text


def test_beslutet_antar_yttrandet_tar_ingen_stallning(tmp_path: Path) -> None:
    """yttranden/rjl-kommunal-redovisning-protokollsutdrag: 'Regionstyrelsen föreslås Godkänna föreliggande
    yttrande som svar till Finansdepartementet' hands over a yttrande written elsewhere; the förvaltning's
    view
    further down the text is no stance of the decision."""
    fil = _docx(
        tmp_path / "r.docx",
        "Yttrande över En ändamålsenlig kommunal redovisning (SOU 2016:24)",
        "Förslag till beslut",
        "Regionstyrelsen godkänner föreliggande yttrande som svar till Finansdepartementet.",
        "Sammanfattning",
        "Region Jönköpings län har av Finansdepartementet getts möjlighet att yttra sig över rubricerade "
        "betänkande. Regionen stödjer de flesta av utredningens överväganden och förslag men lämnar "
        "synpunkter "
        "och förslag på alternativ hantering i några delar.",
        "Information i ärendet",
        "En särskild utredare har på regeringens uppdrag gjort en översyn av lagen om kommunal redovisning. "
        * 4,
        "Ekonomiavdelningen ser positivt på utredningens förslag och tillstyrker det i stort.",
    )
    assert kontrollera_fil(fil)[0].stallningstagande is None
# kontroll14 (December 2026): prov9's type misses and the new batch in tests/korpus/yttranden/, fixed by the
# structure of the text (`struktur`: the own answer named, the own publication, quoted speech, texts counting
# others' answers), each guarded with the real lines.
EGNA_SVAR_14 = [
    (
        "prov9/byggindustrier-boverket-remissvar: a press release, the name's abbreviation as the voice",
        "http://www.mynewsdesk.com/se/pressreleases/sveriges-byggindustrier-boverkets-allmaenna-raad-aer-foer-"
        "otydliga-det-kan-medfoera-merkostnader-foer-byggherrar-entreprenoerer-och-boende-574683",
        ("Sveriges Byggindustrier",
         "Sveriges Byggindustrier: Boverkets allmänna råd är för otydliga. Det kan medföra merkostnader för "
         "byggherrar, entreprenörer och boende",
         "Pressmeddelande • Feb 03, 2011 13:10 CET",
         "I remissvaret på Boverkets förslag att införa nya föreskrifter och allmänna råd om ändring av "
         "byggnad i "
         "byggreglerna, skriver Sveriges Byggindustrier (BI) att det är bra att ändringsreglerna förs in i "
         "Boverkets byggregler (BBR). BI konstaterar dock att de allmänna råden fortfarande är otydliga.",
         "BI anser också att Boverkets byggregler bör vara tillräckligt tydliga för att "
         "tillsynsmyndigheterna "
         "ska kunna göra en förutsägbar avvägning mellan olika samhällsmål.",
         "Läs hela remissvaret"),
    ),
    (
        "yttranden/kriminalvarden-kriminalvardslag-pressmeddelande: relabelled yttrande, the own press "
        "release",
        "http://www.mynewsdesk.com/se/pressreleases/kriminalvaarden-vaelkomnar-nytt-lagfoerslag-61329",
        ("Kriminalvården",
         "Kriminalvården välkomnar nytt lagförslag",
         "Pressmeddelande • Okt 04, 2005 11:33 CEST",
         "Förbättrad säkerhet och kontroll på fängelser och ökade chanser för intagna till en bättre "
         "återanpassning i samhället med ny kriminalvårdslag.",
         "Det menar Kriminalvårdsstyrelsen, KVS, i sitt remissvar på Kriminalvårdskommitténs förslag till ny "
         "kriminalvårdslag (Framtidens kriminalvård, SOU 2005:54).",
         "KVS välkomnar också andra förslag i säkerhetshöjande riktning, såsom bättre reglering av "
         "brevgranskning, besöksrum med glasruta och möjlighet att fotografera intagna."),
    ),
    (
        "yttranden/tranemo-gislaved-fop-yttrande: a kommun's own page naming 'vårt remissvar'",
        "https://tranemo.se/2023/03/tranemo-kommun-tar-chansen-att-yttra-sig/",
        ("Tranemo kommun tar chansen att yttra sig",
         "Riksväg 27 är en gemensam angelägenhet med Gislaveds kommun. Vi håller med om att framkomlighet, "
         "säkerhet och standard är av stort intresse på denna väg.",
         "Gislaveds kommun håller på att ta fram en fördjupad översiktsplan för Gislaved och Anderstorp, "
         "förslaget till planen är nu ute för granskning och då har vi som grannkommun möjlighet att "
         "tycka till.",
         "I vårt remissvar lyfter vi framförallt riksväg 27 som är en viktig transportlänk mellan "
         "Tranemo och "
         "Gislaveds kommuner."),
    ),
    (
        "yttranden/spf-halsinge-universitetssjukvard: the förbund's own answer, a link to it in full",
        "https://www.spfseniorerna.se/distrikt/halsingedistriktet/nyheter/kategori-3/2016/november/"
        "lat-landsting-bestamma-universitetssjukvarden/",
        ("Låt landsting bestämma universitetssjukvården",
         "Landstingen ska själva få avgöra om de vill överlåta driften av hälso- och sjukvård vid "
         "universitetssjukhus till någon annan. Så fungerar det i dag och så vill SPF Seniorerna att det ska "
         "fungera även fortsättningsvis.",
         "Det framgår av förbundets yttrande över en remiss där socialdepartementet föreslår att "
         "landstingen och "
         "regionerna inte ska få överlämna uppgiften till någon annan.",
         "SPF Seniorernas remissvar i sin helhet"),
    ),
    (
        "yttranden/techsverige-ai-reglering-remissvar: 'vår bedömning', the head's organisation's remissvar",
        "https://www.techsverige.se/2021/06/regleringsforslag-uppfyller-inte-kraven/",
        ("IT&Telekomföretagen",
         "Tyvärr är vår bedömning att det regleringsförslag som kommissionen presenterat inte uppfyller "
         "dessa "
         "krav. Det kommer att ge näringsliv, akademi och det offentliga stora extra kostnader.",
         "Ta del av IT&Telekomföretagens remissvar här"),
    ),
    (
        "prov8/lu-forskning2000-pressmeddelande: 'Pressmeddelande från …', the university's board as the "
        "voice",
        "http://www3.lu.se/info/pm/1999/pressm118.html",
        ("Pressmeddelande från informationsenheten vid Lunds universitet",
         "Solveig Ståhl, 046-222 70 16, 1999-01-29",
         "Ja till Forskning 2000",
         "Lunds universitets styrelse säger enhälligt ja till grundtankarna i utredningen Forskning 2000 - "
         "att forskningen behöver mer resurser, att den fria forskningen värnas och att forskarna får större "
         "inflytande över användningen av forskningsmedel. Styrelsen anser att utredningen är välgjord.",
         "- I princip tillstyrker vi förslaget om en organisation för forskningsråden med fyra "
         "forskningsråd,"),
    ),
]


@pytest.mark.parametrize(
    ("fall", "kalla", "stycken"), EGNA_SVAR_14, ids=[f[0].split(":")[0] for f in EGNA_SVAR_14]
)
def test_eget_svar_kontroll14_ar_ett_yttrande(tmp_path: Path, fall: str, kalla: str, stycken: tuple) -> None:
    """The sender's own page or press release on its own answer to a named remiss is a (web) yttrande."""
    assert len(igenkanda(_docx(tmp_path / "y.docx", *stycken))) == 1, (fall, kalla)


ANDRAS_SVAR_14 = [
    (
        "prov9/asylkommissionen-remissinstanser-protesterar: a text counting the answers received",
        "https://asylkommissionen.se/timeline/remissinstanserna-protesterar/",
        ("DEBATT - REMISSINSTANSERNA PROTESTERAR",
         "Trots den korta remisstiden inkommer mer än 60 svar till förslaget om en tillfällig asyllag. "
         "Praktiskt taget alla som yttrar sig, bland dem mr-organisationerna, kyrkor, UNHCR, "
         "Barnombudsmannen, "
         "fackförbund med flera underkänner på olika sätt regeringens förslag.",
         "Remissvar publicerade av regeringen"),
    ),
    (
        "prov9/pimli-snf-lanstransportplan-blogg: a blogger who has read someone's answer",
        "https://pimli.se/blogg/tag/kollektivtrafik/",
        ("SNF:s remissvar på Länstransportplan 2010-2021 region Dalarna",
         "Jag har just läst Svenska naturskyddsföreningens (SNF) remissvar på Länstransportplan 2010-2021. "
         "\"Länstransportplanens utformning är alldeles för inriktad på att fortsätta i samma spår som "
         "tidigare, d v s huvudfokus är på vägtransporterna!"),
    ),
    (
        "yttranden/orebrokuriren-region-storregion-remissvar: 'vi' only in a quoted chair's words",
        "https://www.orebrokuriren.se/2016/09/27/regionfullmaktige-sager-ja-till-foreslagen-ny-storregion/",
        ("Regionfullmäktige säger ja till föreslagen ny storregion",
         "Region Örebro län säger ja till att ingå i en Svealandsregion. Det beslutades av "
         "regionfullmäktige den "
         "27 september.",
         "Precis som cirka 350 andra remissinstanser har Region Örebro län blivit ombedd att skicka in ett "
         "remissvar till regeringen i frågan om ny regional indelning. I remissvaret, som behandlades på "
         "regionfullmäktige under tisdagen, ställer sig Region Örebro län positiv till Indelningskommitténs "
         "förslag om storregioner.",
         "– Vi välkomnar förslaget om större regioner eftersom vi ser att de nuvarande länen är för små "
         "för att "
         "möta framtida utmaningar, säger Marie-Louise Forsberg-Fransson (S), regionstyrelsens ordförande."),
    ),
]


@pytest.mark.parametrize(
    ("fall", "kalla", "stycken"), ANDRAS_SVAR_14, ids=[f[0].split(":")[0] for f in ANDRAS_SVAR_14]
)
def test_text_om_andras_svar_kontroll14_ar_inget_yttrande(
    tmp_path: Path, fall: str, kalla: str, stycken: tuple
) -> None:
    """A text about others' answers (a count of answers, a blogger reading one, a paper quoting a chair)."""
    assert igenkanda(_docx(tmp_path / "n.docx", *stycken)) == [], (fall, kalla)


def test_citerad_persons_vi_ar_inte_textens(tmp_path: Path) -> None:
    """A quoted person's 'vi' (a dash paragraph naming its speaker) is no first person of the text, and the
    quote going on after the naming is still the speaker's (prov9/allianskane-reepaluremissen-nyhet)."""
    from remiss.kontroll.struktur import _utan_citatstycken

    text = _utan_citatstycken(_lines(
        "Då valde Allians för Skåne att skicka in ett eget yttrande.",
        "– Därför har vi i dag bestämt att vi på regionstyrelsen på tisdag (7/2) ska yrka att Region "
        "Skåne ska "
        "besvara Reepaluremissen, säger Birte Sandberg (C). Och då göra vårt yttrande till Region Skånes "
        "officiella.",
        "– Hyresgästföreningen menar att dagens regler räcker, säger Barbro Engman, förbundsordförande. "
        "Hyresgästföreningen ogillar förslagen om framtida hyresregler.",
    ))
    assert "vårt yttrande" not in text and "Allians för Skåne" in text
    assert "Hyresgästföreningen ogillar förslagen" in text


def test_yttranderubrik_over_diarienummer_och_prosa(tmp_path: Path) -> None:
    """prov9/norrtalje-vattendistrikt-yttrande: a title set larger than the body, 'Diarienummer:' under it
    (its number lost in the transcript) and the answer's prose: the document's title, not an agenda line.
    http://docplayer.se/3806295-Yttrande-over-forvaltningsplan-miljokvalitetsnormer-atgardsprogram-och-"""
    from docx import Document

    document = Document()
    document.add_paragraph("Norrtälje kommun")
    document.add_paragraph("Samrådssvar dnr")
    document.add_paragraph("Att: Vattenmyndigheten Västerås")
    document.add_heading("Yttrande över Förvaltningsplan, Miljökvalitetsnormer, Åtgärdsprogram och "
                         "miljökonsekvensbeskrivning för Norra Östersjöns vattendistrikt", level=1)
    document.add_paragraph("Diarienummer:")
    document.add_paragraph("Vattenmyndigheten i Norra Östersjöns vattendistrikt har översänt förslag till "
                           "Förvaltningsplan, Miljökvalitetsnormer, Åtgärdsprogram och "
                           "miljökonsekvensbeskrivning "
                           "till Norrtälje kommun för yttrande.")
    document.add_paragraph("Samrådet sker under perioden 1 november 2014 till den 30 april Norrtälje kommun "
                           "lämnar "
                           "här sina synpunkter.")
    document.save(str(tmp_path / "y.docx"))
    [kontroll] = igenkanda(tmp_path / "y.docx")
    assert kontroll.titel.startswith("Yttrande över Förvaltningsplan")


def test_texten_sager_att_den_ar_ett_yttrande() -> None:
    """'Detta är ett samordnat yttrande från kommunstyrelsen …' (yttranden/kristinehamn-ks-vattenforvaltning-
    yttrande, studylibsv.com/doc/786373/…): the text says what it is, a cue whatever the title's layout;
    a text telling of another's answer says so of that one ('Detta är ett av 60 svar …' names none)."""
    rad = ("INFORMATION Detta är ett samordnat yttrande från kommunstyrelsen i Kristinehamns kommun till "
           "vilket synpunkter har tillförts genom yttrande från kommunens miljö- och byggnadsnämnd")
    assert "nedanstaende-remissvar" in poang(_lines(rad))[1]
    assert "nedanstaende-remissvar" not in poang(_lines("Detta är ett av 60 svar som kommit in."))[1]


def test_ledamoternas_delar_i_ett_protokoll_ar_inga_tecken_emot(tmp_path: Path) -> None:
    """yttranden/goteborg-ks-energipolitiska-mal in Word (bench_layoutbyte tabell/docx): a protocol answering
    a remiss (§, decision, the remiss named) holds the members' parts, 'Yrkande från MP, S och V …' and a note
    'Om jag hade fått rösta hade jag bifallit …': no cues against the protocol's own answer.
    https://github.com/DeArbetarForDig/dearbetarfordig.se/blob/a034da59b1a31b1bd016855a282f0e102ec1c30f/data/
    graf/ks-2024-02-07.json (§ 102)"""
    fil = _docx(
        tmp_path / "p.docx",
        "§ 102 Ärendenummer SLK-2023-01152",
        "Remiss från Klimat- och näringslivsdepartementet Promemorian Förslag om nya energipolitiska mål",
        "Beslut",
        "Enligt yrkande från MP, S och V:",
        "Yttrande över remiss Promemorian förslag om nya energipolitiska mål, i enlighet med yrkande från "
        "MP, S och V, översänds till Klimat- och näringslivsdepartementet.",
        "Handlingar",
        "Stadsledningskontorets tjänsteutlåtande den 22 januari 2024.",
        "Yrkande från MP, S och V särskilt yttrande C den 1 februari 2024.",
        "Yrkande från SD den 2 februari 2024.",
        "Yrkanden",
        "Karin Pleijel (MP) yrkar bifall till yrkande från MP, S och V den 1 februari 2024.",
        "Göteborgs Stad Kommunstyrelsen, protokoll",
        "Protokollsanteckningar",
        "Emmyly Bönfors (C) antecknar följande till protokollet: Om jag hade fått rösta hade jag bifallit "
        "yrkande från S, V, MP, särskilt yttrande C.",
    )
    assert len(igenkanda(fil)) == 1


@pytest.mark.parametrize(
    ("fall", "rad", "titel"),
    [
        # yttranden/falun-ks-vattenmyndigheten-yttrande (docplayer.se/1706674-…): the tjänsteskrivelse's title
        ("Falun", "Yttrande till Vattenmyndigheten Bottenhavet om åtgärdsprogram m.m. för Bottenhavets "
                  "vattendistrikt", True),
        # yttranden/kristinehamn-ks-vattenforvaltning-yttrande (studylibsv.com/doc/786373/…)
        ("Kristinehamn", "Yttrande från Kristinehamns kommun till vattenmyndigheten om samråd "
                         "vattenförvaltning 2015-2021", True),
        ("mottagaren ensam på raden", "Yttrande till Socialdepartementet", True),
        # the webb layout's line break after 'till' (bench_layoutbyte): the receiver on the next line
        ("Kristinehamn, radbrytning", "Yttrande från Kristinehamns kommun till", True),
        # a missiv's sentence about where to send the answer is no title
        ("missivets mening", "Yttrande till kommunstyrelsen ska lämnas senast den 30 april", False),
        ("löptext", "Yttrande till nämnden har beretts av förvaltningen och beslut fattas i maj.", False),
        # a delegation list's row (seed 002: 'Ärende | Lagrum | Delegat …'): a kind of receiver, no one
        ("delegationsordning", "Yttrande till tingsrätt avseende god man eller förvaltare\t11 kap. 16 § FB\t"
                               "1:e socialsekreterare", False),
    ],
)
def test_adresserad_yttranderubrik(fall: str, rad: str, titel: bool) -> None:
    """'Yttrande (från X) till Y om …': a title naming the receiver before the matter (a kommun's answer to
    the vattenmyndighet), or the receiver alone on the line; a sentence about the answer is none."""
    from remiss.kontroll.hitta import _is_title

    assert _is_title(_lines(rad, "Kommunstyrelsen föreslås besluta att anta yttrandet."), 0) is titel, fall


@pytest.mark.parametrize(
    ("fall", "rader"),
    [
        ("prov9/stadsmissionerna-tryggare-bostadsomraden-remissvar",
         ("Remiss av betänkandet SOU 2023:57 – Åtgärder för tryggare bostadsområden",
          "Diarienummer: Ju2023/02200",
          "Sveriges Stadsmissioner är oroade över utvecklingen av brottslighet och otrygghet i "
          "socioekonomiskt utsatta områden.",
          "Dock avstyrker Sveriges Stadsmissioner samtliga förslag som innebär att utsatta människor "
          "förlorar "
          "sina hem utan förvarning eller förankring av andra påföljder. Sveriges Stadsmissioner anser att "
          "utredningen genomgående förbiser hur konsekvenserna av de hyresrättsliga sanktionerna påverkar "
          "tryggheten.")),
        ("prov9/byggnadsvard-boverket-buller-remissyttrande",
         ("Remiss över förslag till ändring i Boverkets regler",
          "Byggnadsvårdsföreningen har skrivit ett remissyttrande över Förslag till Boverkets "
          "föreskrifter om "
          "skydd mot buller i byggnader och förslag till ändring i Boverkets byggregler.",
          "Föreningen befarar att det föreslagna nya regelverket kan komma att medföra minskade "
          "möjligheter för "
          "kommunen att uppfylla sitt ansvar.",
          "Föreningen anser också att det är anmärkningsvärt att förslaget till förändringar inte "
          "remitteras i "
          "sin helhet.",
          "Läs hela dokumentet här")),
    ],
)
def test_remissrubrik_over_eget_svar_ar_ingen_remiss(fall: str, rader: tuple) -> None:
    """A page headed 'Remiss av betänkandet …' whose text is the sender's own answer is no missiv for
    `tolka` (it asks no one to answer: no deadline, no address) and a yttrande for `kontrollera`."""
    from remiss.kontroll.signaler import ar_remissvar
    from remiss.split import classify

    lines = _lines(*rader)
    assert classify(lines) != "missiv", fall
    assert ar_remissvar(lines), fall





def test_tidigare_stallningstagande_ar_historia() -> None:
    """'Riksidrottsförbundet har tidigare ställt sig positiv till en ansökan …' (prov6/
    riksidrottsforbundet-os-remissvar) tells an earlier answer, as 'har i ett tidigare yttrande
    tillstyrkt' would; the answer's own stance is in the present ('tillstyrker, liksom tidigare, …')."""
    from remiss.kontroll.stallning import find_fynd, make_blocks

    def varden(text: str) -> list[str]:
        return [f.varde for f in find_fynd(make_blocks(_lines(text)), del_="brodtext", namnd=None)]

    assert varden(
        "Riksidrottsförbundet har tidigare ställt sig positiv till en ansökan av OS och Paralympics "
        "i Stockholm då vi ser att det kan vara en bra hävstång för satsningar på folkhälsa."
    ) == []
    assert varden("Miljönämnden har i ett tidigare yttrande tillstyrkt en liknande ordning.") == []
    assert varden("Nämnden tillstyrker, liksom tidigare, förslaget.") == ["tillstyrker"]


def test_stod_utan_ordet_for_forslaget_sjalvt() -> None:
    """Support without the stance word for the proposal itself (README): 'positiv till att förslaget
    genomförs', 'delar i allt väsentligt utredningens bedömningar och förslag'; but 'positiv till att
    förslaget till ny socialtjänstlag har en enhetlig struktur' (prov5/kommun-hallbar-socialtjanst-
    yttrande) is about a property of it, and 'positiv till intentionerna i strategin' about its aims."""
    from remiss.kontroll.stallning import find_fynd, make_blocks

    def varden(text: str) -> list[tuple[str, bool]]:
        fynd = find_fynd(make_blocks(_lines(text)), del_="brodtext", namnd=None)
        return [(f.varde, f.bara_del) for f in fynd]

    assert varden("Regionen är positiv till att förslaget genomförs.") == [("tillstyrker", False)]
    assert varden("Myndigheten delar i allt väsentligt utredningens bedömningar och förslag.") == [
        ("tillstyrker", False)
    ]
    assert all(del_ for _, del_ in varden(
        "Kommunen är positiv till att förslaget till ny socialtjänstlag har en enhetlig struktur."
    ))
    assert all(del_ for _, del_ in varden("Kommunen ställer sig positiv till intentionerna i strategin."))


def test_overlamnandet_under_beslutsrubriken_tar_ingen_stallning(tmp_path: Path) -> None:
    """yttranden/falun-ks-vattenmyndigheten-yttrande: 'Förslag till beslut 1. lämna yttrandet som sitt eget
    till Vattenmyndigheten Bottenhavet' hands over a yttrande; the decision is its own section, so the
    förvaltning's view in the text below ('Förvaltningen ser positivt på …') is no stance of it, however
    near. 'Yttrandet godkänns och översänds …' is the same in the passive."""
    for beslut in (
        "1. lämna yttrandet som sitt eget till Vattenmyndigheten Bottenhavet",
        "Yttrandet godkänns och översänds till Vattenmyndigheten Bottenhavet.",
    ):
        fil = _docx(
            tmp_path / "f.docx",
            "Yttrande över förslag till åtgärdsprogram för Bottenhavets vattendistrikt",
            "Förslag till beslut",
            beslut,
            "Bedömning",
            "Förvaltningen ser positivt på förslaget till åtgärdsprogram.",
        )
        assert kontrollera_fil(fil)[0].stallningstagande is None, beslut



def test_sammanfattning_inbakad_efter_namn_utan_punkt(tmp_path: Path) -> None:
    """A transcript runs the heading into its paragraph after the signer's title, without a full stop
    (yttranden/falun-ks-vattenmyndigheten-yttrande: '… Thomas Jågas Kommunbiolog Sammanfattning/Bakgrund
    Vattenmyndigheten i …'): the capitalised word inside the line is the heading."""
    stycke = (
        "Förslag till beslut 1. lämna yttrandet som sitt eget till Vattenmyndigheten Bottenhavet "
        "2. Förklarar beslutet omedelbart justerat Margaretha Åslund Miljö- och "
        "samhällsbyggnadschef Thomas Jågas Kommunbiolog Sammanfattning/Bakgrund "
        "Vattenmyndigheten i Bottenhavets vattendistrikt har upprättat Förslag till "
        "förvaltningsplan, Förslag till miljökvalitetsnormer och Förslag till åtgärdsprogram."
    )
    fil = _docx(
        tmp_path / "f.docx",
        "Yttrande till Vattenmyndigheten Bottenhavet om åtgärdsprogram",
        stycke,
    )
    assert kontrollera_fil(fil)[0].har_sammanfattning


def test_andra_namnders_stallning_under_kommunstyrelsens_beslut(tmp_path: Path) -> None:
    """A kommunstyrelse's tjänsteskrivelse reports the nämnders' answers ('Både grundskolenämnden och
    gymnasienämnden ställer sig generellt positiva …', delad/k10_huddinge_ks_mottagande): under a decision
    opened by its organ ('Kommunstyrelsen beslutar att …') another named nämnd's stance, also in two words
    ('Tekniska nämnden'), is not the sender's."""
    fil = _docx(
        tmp_path / "k.docx",
        "Yttrande över remiss av förslag till regional cykelstrategi",
        "Förslag till beslut",
        "Kommunstyrelsen beslutar att lämna synpunkter enligt nedan.",
        "Ärendet",
        "Remissen har skickats till nämnderna. Tekniska nämnden tillstyrker förslaget. "
        "Miljönämnden har inga synpunkter.",
    )
    assert kontrollera_fil(fil)[0].stallningstagande is None
    egen = _docx(
        tmp_path / "e.docx",
        "Yttrande över remiss av förslag till regional cykelstrategi",
        "Förslag till beslut",
        "Socialnämnden beslutar att lämna synpunkter enligt nedan.",
        "Ärendet",
        "Nämnden tillstyrker förslaget.",
    )
    assert kontrollera_fil(egen)[0].stallningstagande == "tillstyrker"


def test_forslaget_ar_valkommet_och_inga_synpunkter_pa_ett_kapitel() -> None:
    """'Förslaget är välkommet' is support without the stance word, like 'Förslaget välkomnas' (README);
    'inga synpunkter på förslagen i kapitel 4' is about a part, no avstår from the whole (like
    'inga synpunkter på preciseringarna för detta mål', prov2/transportstyrelsen-miljomal-etappmal)."""
    from remiss.kontroll.stallning import find_fynd, make_blocks

    def varden(text: str) -> list[str]:
        return [f.varde for f in find_fynd(make_blocks(_lines(text)), del_="brodtext", namnd=None)]

    assert varden("Förslaget är välkommet och kommunen har några synpunkter.") == ["tillstyrker"]
    assert varden("Det är välkommet att regionen tar fram en strategi.") == []
    assert varden("Kammarrätten har inga synpunkter på förslagen i kapitel 4.") == []
    assert varden("Kammarrätten har inga synpunkter på förslagen.") == ["avstar"]


def test_omdome_i_forfluten_form_ar_historia_och_planen_ar_det_remitterade() -> None:
    """'Därför har föreningen också välkomnat den nationella strategi som Energimyndigheten och Havs- och
    vattenmyndigheten gemensamt presenterat' (yttranden/svenskenergi-vattenverksamhet-remissvar) tells an
    opinion given elsewhere; a regional remiss is often a plan, a strategy or a programme, and welcoming it
    is support ('välkomnar den nya regionala cykelstrategin'), not its parts ('planens fokus på …')."""
    from remiss.kontroll.stallning import find_fynd, make_blocks

    def varden(text: str) -> list[str]:
        fynd = find_fynd(make_blocks(_lines(text)), del_="brodtext", namnd=None)
        return [f.varde for f in fynd if not f.bara_del]

    assert varden(
        "Därför har föreningen också välkomnat den nationella strategi som Energimyndigheten och "
        "Havs- och vattenmyndigheten gemensamt presenterat."
    ) == []
    assert varden("Regionen välkomnar den nya regionala cykelstrategin.") == ["tillstyrker"]
    assert varden("Förbundet har i sitt remissvar välkomnat förslaget.") == ["tillstyrker"]
    assert varden("Kommunen är negativ till avfallsplanen.") == ["avstyrker"]
    assert varden("Kommunen välkomnar planens fokus på barn och unga.") == []


def test_stallning_till_en_del_i_brodtexten_ar_ingen_motsagelse(tmp_path: Path) -> None:
    """README: konflikt is never stances on different parts; 'Nämnden tillstyrker förslaget' in the decision
    beside 'avstyrker förslaget om …' in the body is the main stance with an exception (as 'tillstyrker i
    huvudsak … men avstyrker avsnitt 6.3'), only a stance on the whole contradicts it."""
    fil = _docx(
        tmp_path / "k.docx",
        "Yttrande över förslag till cykelstrategi",
        "Förslag till beslut",
        "Nämnden tillstyrker förslaget.",
        "Bedömning",
        "Nämnden avstyrker förslaget om avgifter för cykelparkering.",
    )
    kontroll = kontrollera_fil(fil)[0]
    assert kontroll.stallningstagande == "tillstyrker"
    assert not [b for b in kontroll.brister if b.kod == "MOTSTRIDIGT_STALLNINGSTAGANDE"]


def test_sammanfattning_over_forsta_stycket_och_kan_inte_ta_stallning(tmp_path: Path) -> None:
    """yttranden/vardanalys-ansvaret-halso-sjukvard: the page opens with 'Sammanfattning' over a paragraph
    read as the title (the summary is there), and 'Men vi kan inte ta ställning till kommitténs bedömningar
    om …' beside 'Vi instämmer i förslagen om …' is no stance on the whole."""
    fil = _docx(
        tmp_path / "v.docx",
        "Sammanfattning",
        "Vi ser ett stort värde i den gedigna kunskapsgrund om bland annat centralisering och "
        "decentralisering samt huvudmannaskap som kommittén sammanställt.",
        "Men vi kan inte ta ställning till kommitténs bedömningar om ett helt eller delvis "
        "huvudmannaskap. Vårt remissvar fokuserar på centrala frågor som rör den statliga styrningen.",
        "Vi instämmer i förslagen om minskad användning av riktade statsbidrag och en mer renodlad "
        "statlig styrning.",
    )
    kontroll = kontrollera_fil(fil)[0]
    assert kontroll.stallningstagande in (None, "blandat")
    assert kontroll.har_sammanfattning


def test_stalla_sig_bakom_remissvaret_ar_ett_overlamnande(tmp_path: Path) -> None:
    """'beslutat att ställa sig bakom KSO:s yttrande och avgivit detta som eget yttrande' (the real form in
    modeller/stallningstagande.jsonl) and 'föreslås ställa sig bakom remissvaret' hand over an answer written
    elsewhere: no stance, and the förvaltning's view under its own heading is none of the decision's."""
    fil = _docx(
        tmp_path / "s.docx",
        "Yttrande över remiss av förslag till regional cykelstrategi",
        "Förslag till beslut",
        "Kommunstyrelsen föreslås ställa sig bakom remissvaret.",
        "Bedömning",
        "Förvaltningen ser positivt på förslaget till cykelstrategi.",
    )
    assert kontrollera_fil(fil)[0].stallningstagande is None


def test_avvisande_utan_ordet_nuvarande_ordning(tmp_path: Path) -> None:
    """yttranden/spf-halsinge-universitetssjukvard: 'ingenting framkommit i remissen som stöder att nuvarande
    ordning bör ändras' rejects the proposed change without the stance word (README: 'ändringen inte bör
    beslutas' is avstyrker); so does 'nuvarande ordning bör behållas'."""
    fil = _docx(
        tmp_path / "s.docx",
        "Låt landsting bestämma universitetssjukvården",
        "Det framgår av förbundets yttrande över en remiss där socialdepartementet föreslår att landstingen "
        "och regionerna inte ska få överlämna uppgiften till någon annan. Förbundet betonar för "
        "Regeringskansliet att ingenting framkommit i remissen som stöder att nuvarande ordning bör ändras.",
    )
    assert kontrollera_fil(fil)[0].stallningstagande == "avstyrker"
    from remiss.kontroll.stallning import find_fynd, make_blocks

    fynd = find_fynd(make_blocks(_lines("Förbundet anser att nuvarande ordning bör behållas.")),
                     del_="brodtext", namnd=None)
    assert [f.varde for f in fynd] == ["avstyrker"]


def test_sammanfattning_av_betankandet_ar_en_sammanfattningsrubrik() -> None:
    """The shared korpus rules count 'Ärendet sammanfattat' (the matter summed up) as a summary heading; so is
    'Sammanfattning av betänkandet', 'Sammanfattning av utredningens förslag' in a tjänsteskrivelse. A wrapped
    sentence is not."""
    from remiss.kontroll.avsnitt import rubrik

    assert rubrik("Sammanfattning av betänkandet") == "sammanfattning"
    assert rubrik("Sammanfattning av utredningens förslag") == "sammanfattning"
    assert rubrik("sammanfattning av de reflektioner och synpunkter som") is None


def test_preteritum_utan_artal_eller_aven_ar_svaret_berattat() -> None:
    """'Även IOGT-NTO avstyrkte förslaget i sitt remissvar' (yttranden/tobaksfakta-…: an earlier remiss) and
    '… i sitt remissvar 2009' tell history; the sender's own news about this answer tells it in the past
    without them ('I remissvaret välkomnade förbundet förslaget'): the stance."""
    from remiss.kontroll.stallning import find_fynd, make_blocks

    def varden(text: str) -> list[str]:
        return [f.varde for f in find_fynd(make_blocks(_lines(text)), del_="brodtext", namnd=None)]

    assert varden("Även IOGT-NTO avstyrkte förslaget i sitt remissvar.") == []
    assert varden("Förbundet välkomnade förslaget i sitt remissvar 2009.") == []
    assert varden("I remissvaret välkomnade förbundet förslaget.") == ["tillstyrker"]


def test_myndighetens_korta_svar() -> None:
    """Agency answers' short forms: 'inga synpunkter i sak' is avstår; 'har inget att erinra och avstår därmed
    från att lämna synpunkter' is avstår (no objection beside an explicit avstår, `viker_for_avstar`; the
    second verb is a stance of its own, no shared object); 'har inte haft möjlighet att yttra sig över
    förslaget' is a circumstance (`utom_fore`), no avstår."""
    from remiss.kontroll.brister import bedom
    from remiss.kontroll.stallning import find_fynd, make_blocks

    def varde(text: str) -> str | None:
        fynd = find_fynd(make_blocks(_lines(text)), del_="brodtext", namnd=None)
        return bedom([], fynd, har_beslutsrubrik=False).stallningstagande

    assert varde("Myndigheten har inga synpunkter i sak.") == "avstar"
    avstar = "Försvarsmakten har inget att erinra och avstår därmed från att lämna synpunkter."
    assert varde(avstar) == "avstar"
    assert varde("Myndigheten har inte haft möjlighet att yttra sig över förslaget i sin helhet.") is None
    assert varde("Myndigheten har inget att erinra mot förslaget.") == "tillstyrker"


def test_far_anfora_foljande_ar_ett_svar(tmp_path: Path) -> None:
    """TU – Medier i Sverige (slut10, tu-mediestod-tillganglighet-remissvar, a web answer without a heading
    and without the word remiss): 'har tagit del av rubricerad skrivelse och får anföra följande' is the
    authorities' standard opening of an answer, like 'lämnar följande synpunkter'."""
    fil = _docx(
        tmp_path / "tu.docx",
        "TU – Medier i Sverige har tagit del av rubricerad skrivelse och får anföra följande.",
        "1) Uppdraget",
        "Myndigheten för Press, Radio och TV (MPRT) har haft Kulturdepartementets uppdrag att ta fram ett "
        "underlag för den fortsatta beredningen av Medieutredningens förslag till nytt mediestöd.",
        "I uppdraget har legat att undersöka vilka medier och plattformar, utöver de textbaserade, som kan "
        "förväntas omfattas av ett nytt mediestöd.",
    )
    [kontroll] = kontrollera_fil(fil)
    assert kontroll.stallningstagande is None


def test_dnr_med_myndighetens_bokstaver_fore_serien(tmp_path: Path) -> None:
    """Ekobrottsmyndigheten (slut10, ebm-utredningsorder-yttrande, a docplayer transcript in one paragraph):
    'Dnr EBM A-2015/0728' is the agency's letters before a series letter; the label vouches for both."""
    fil = _docx(
        tmp_path / "ebm.docx",
        "Datum Sida YTTRANDE 2016-03-31 1 (6) Dnr EBM A-2015/0728 Justitiedepartementet (BIRS) "
        "ju.birs@regeringskansliet.se Yttrande över En europeisk utredningsorder (Ds 2015:57) "
        "Ekobrottsmyndigheten lämnar härmed sitt yttrande över rubricerad promemoria. Ekobrottsmyndigheten "
        "är positiv till utredningens olika förslag.",
    )
    [kontroll] = kontrollera_fil(fil)
    assert kontroll.diarienummer == "EBM A-2015/0728"


def test_egen_sida_i_vi_form_som_lankar_till_hela_remissvaret(tmp_path: Path) -> None:
    """Skärgårdarnas Riksförbund (slut10, srf-lis-strandskydd-remissvar, a web page without a heading):
    the sender speaks in the first person about a named remiss and announces where its whole answer is
    ('Hela remissvaret finns i nedanstående länk'): its own answer, published, is a yttrande."""
    fil = _docx(
        tmp_path / "srf.docx",
        "För oss som bor vid stränder är strandskyddsbestämmelserna viktiga. Vi stödjer en lagstiftning som "
        "skyddar stränderna mot ohämmad exploatering.",
        "Vi upplever att den nuvarande strandskyddslagstiftningen inte stödjer detta på ett bra sätt. SRF "
        "föreslår att det tillsätts en ny strandskyddsdelegation.",
        "Hela remissvaret finns i nedanstående länk.",
        "Remissvar – Naturvårdsverkets skrivelse Uppdrag att se över och föreslå förändringar i reglerna om "
        "landsbygdsutveckling i strandnära lägen",
    )
    [kontroll] = kontrollera_fil(fil)
    assert kontroll.igenkant


def test_nyhet_som_lankar_till_nagons_remissvar_ar_inget_yttrande(tmp_path: Path) -> None:
    """The counterpart: a third person's news about another's answer with the same link line has no
    first-person voice, so the link alone makes no yttrande."""
    fil = _docx(
        tmp_path / "nyhet.docx",
        "Kommunförbundet har svarat på Naturvårdsverkets skrivelse om strandskyddet. Förbundet anser att "
        "reglerna bör ses över, säger ordföranden till tidningen.",
        "Hela remissvaret finns i nedanstående länk.",
    )
    assert [k for k in kontrollera_fil(fil) if k.igenkant] == []


# ytt17: prov10's first-run misses fixed per class (informed: prov10 is reported)


def test_wordpress_dubbelprim_avslutar_citatet(tmp_path: Path) -> None:
    """Norrbottens Handelskammare (prov10/norrbottenshk-nationell-plan-remissyttrande, a WordPress page):
    WordPress sets the closing quotation mark after a digit as a double prime ('… 2018-2029″.'); read as a
    quote mark, the sentence ends there and the support after it ('är i stort positiv till Trafikverkets
    förslag') is not inside a quotation."""
    fil = _docx(
        tmp_path / "hk.docx",
        "Norrbottens Handelskammares remissyttrande till Trafikverket",
        "Den 16 november lämnade Norrbottens Handelskammare in ett remissyttrande till Trafikverket ”Förslag "
        "till nationell plan för transportsystemet 2018-2029″. Norrbottens Handelskammare är i stort positiv "
        "till Trafikverkets förslag till Nationellplan. Följande punkter pekar Norrbottens Handelskammare "
        "särskilt:",
        "Klicka här för att läsa remissyttrandet i sin helhet.",
    )
    [kontroll] = kontrollera_fil(fil)
    assert kontroll.stallningstagande == "tillstyrker"


def test_i_ovrigt_inga_synpunkter_ar_en_avslutning() -> None:
    """Barnombudsmannen (prov10/bo-skolverket-uppgiftsinsamling): after comments on a part, 'I övrigt lämnas
    inga synpunkter.' closes the answer; it does not abstain from the whole (README: comments without an
    overall stance are null). 'Myndigheten har inga synpunkter på förslaget' still abstains."""
    from remiss.kontroll.stallning import find_fynd, make_blocks

    blocks = make_blocks(_lines(
        "Barnombudsmannen hade dock gärna sett att bedömningar hade gjorts även i förhållande till andra "
        "relevanta rättigheter i barnkonventionen.",
        "I övrigt lämnas inga synpunkter.",
    ))
    assert find_fynd(blocks, del_="brodtext", namnd=None) == []
    [fynd] = find_fynd(make_blocks(_lines("Myndigheten har inga synpunkter på förslaget.")),
                       del_="brodtext", namnd=None)
    assert fynd.varde == "avstar"


def test_kort_notis_om_eget_utlatande_till_mottagaren(tmp_path: Path) -> None:
    """Statens ämbetsverk på Åland (prov10/ambetsverket-landskapsreformen-utlatande): a three-sentence web
    notice of the body's own 'utlåtande' (the Finland-Swedish yttrande) told in the past with its receiver
    ('avgav 18.4.2018 utlåtande till grundlagsutskottet') is its answer, without the words remiss/yttrande."""
    fil = _docx(
        tmp_path / "al.docx",
        "Utlåtande över landskapsreformen",
        "Statens ämbetsverk avgav 18.4.2018 utlåtande till grundlagsutskottet över den landskapsreform som "
        "planeras i riket.",
        "I samband med reformen skall det stiftas en särskild lag om Statens ämbetsverk på Åland. Utlåtandet "
        "kan läsas här.",
    )
    assert len(igenkanda(fil)) == 1


def test_foreningens_notis_denna_skrivelse_skickades_in(tmp_path: Path) -> None:
    """BGU, a local association (prov10/bgu-larjean-naturreservat-svar): 'BGU’s svar på förslaget …' (the
    genitive with a typographic apostrophe) over 'Denna skrivelse skickades idag in till
    Stadsbyggnadskontoret': the page shows its own letter sent to the receiver, an answer."""
    fil = _docx(
        tmp_path / "bgu.docx",
        "BGU’s svar på förslaget att bilda Lärjeåns Naturreservat",
        "Denna skrivelse skickades idag in till Stadsbyggnadskontoret men BGU’s förslag på beslut i frågan "
        "om att bilda Naturreservat Lärjedalen.",
        "Så här mycket jordbruksmark och skog anser Stadsbyggnadskontoret att det skall ingå i reservatet.",
    )
    assert len(igenkanda(fil)) == 1


def test_transkript_med_mottagarens_adresser_forst_och_ert_arendenummer(tmp_path: Path) -> None:
    """Norrbottens Kommuner (prov10/norrbottenskommuner-inriktningsunderlag-remissvar, a 5dok transcript):
    the receiver's e-mail addresses open it, the title 'Remissvar på …' is broken over two lines, and the
    receiver's number follows ('Ert ärendenummer' / 'diarienummer' / 'I2020/02739'): a letter citing the
    receiver's case is an answer, not a news item headed 'Remissvar …'."""
    fil = _docx(
        tmp_path / "nk.docx",
        "i.remissvar@regeringskansliet.se",
        "kopia",
        "i.nationellplan@regeringskansliet.se",
        "Remissvar på Inriktningsunderlag inför transportinfrastrukturplanering för",
        "perioden 2022—2033 och 2022—2037",
        "Ert ärendenummer",
        "diarienummer",
        "I2020/02739",
        "Norrbottens Kommuner är ett förbund som ägs av de fjorton kommunerna i länet. Norrbottens Kommuner "
        "är inte ombedd att komma med synpunkter på förslaget men frågan är angelägen för länets samtliga "
        "kommuner.",
        "Sammanfattande synpunkter",
        "Fördelningsmodellen behöver ses över för att bättre ta hänsyn till stora och växande volymer gods.",
    )
    [kontroll] = igenkanda(fil)
    assert kontroll.diarienummer == "I2020/02739"


def test_transkriptets_titel_amnet_forst_och_remissvar_fran_avsandaren(tmp_path: Path) -> None:
    """Stockholm Nordost (prov10/stockholm-nordost-rufs, a docplayer transcript in one paragraph): the
    receiver's head first ('Handläggare: … Stockholms läns landsting … Diarienummer LS'), then the title
    with the matter before the kind and sender ('RUFS aktualitet och användbarhet Remissvar från Stockholm
    Nordost'). A headline's 'Kritik i remissvar från …' (the kind in lower case, in a sentence) is none."""
    fil = _docx(
        tmp_path / "sn.docx",
        "Stockholm Nordost",
        "Handläggare: Mikael Engström Stockholms läns landsting tel. dir: Shula Gladnikoff Diarienummer LS "
        "tel. dir",
        "RUFS aktualitet och användbarhet Remissvar från Stockholm Nordost",
        "Bakgrund Landstingets tillväxt- och regionplaneringsutskott har beslutat att remittera RUFS "
        "underlag för att bedöma aktualitet och användbarhet under perioden 1 oktober - 20 december.",
    )
    [kontroll] = igenkanda(fil)
    assert kontroll.titel == "RUFS aktualitet och användbarhet Remissvar från Stockholm Nordost"
    from remiss.kontroll.hitta import TITEL_EFTER_AMNE

    assert not TITEL_EFTER_AMNE.match("Hård kritik i remissvar från Naturvårdsverket")


def test_portalnotis_med_kallrad_som_refererar_myndighetens_yttrande(tmp_path: Path) -> None:
    """de5stora.com (prov10/de5stora-nv-yttrande-notis): a portal's notice with a source line under its
    headline ('Naturvårdsverket,' / '2008-06-23') that attributes what it says to that agency ('Det skriver
    Naturvårdsverket i sitt yttrande över …') reports another's answer: no yttrande. The agency's own page
    has its name as a letterhead (no comma and date) and is one (bankforeningen-resolutionsavgift-nyhet)."""
    fil = _docx(
        tmp_path / "de5.docx",
        "Ytterligare utredning av förvaltningen nödvändig",
        "Naturvårdsverket,",
        "2008-06-23",
        "Ökad delegering av rovdjursförvaltningen till länsstyrelserna är positivt. Men det förutsätter ett "
        "tydligt och nationellt uppföljningssystem som är reglerat i författningen. Det skriver "
        "Naturvårdsverket i sitt yttrande över Miljödepartementets betänkande Rovdjuren och deras "
        "förvaltning.",
    )
    assert igenkanda(fil) == []
    eget = _docx(
        tmp_path / "eget.docx",
        "Naturvårdsverket",
        "Ytterligare utredning av förvaltningen nödvändig",
        "Ökad delegering av rovdjursförvaltningen till länsstyrelserna är positivt. Men det förutsätter ett "
        "tydligt och nationellt uppföljningssystem som är reglerat i författningen. Det skriver "
        "Naturvårdsverket i sitt yttrande över Miljödepartementets betänkande Rovdjuren och deras "
        "förvaltning.",
    )
    assert len(igenkanda(eget)) == 1


def test_blogg_om_ett_kommande_beslut_om_ett_yttrande(tmp_path: Path) -> None:
    """dalarnasframtid.se (slut10, yttranden/dalarnasframtid-infrastrukturplan-yttrande): a blog's note that
    a region's board 'skall … besluta om Dalarnas yttrande' tells of a decision to come on a draft; the text
    is about the answer, not the answer."""
    fil = _docx(
        tmp_path / "df.docx",
        "Region Dalarnas förslag till yttrande på infrastrukturplanen 2018-2029",
        "På onsdag 2017-12-06 skall Region Dalarnas direktion besluta om Dalarnas yttrande på Trafikverkets "
        "förslag till infrastrukturplan för perioden 2018-2029. Förslaget till yttrande är framtaget av "
        "regionens arbetsutskott.",
        "För den intresserade – klicka här så kommer du till förslaget. Förslaget finns på sidorna 134-150.",
    )
    assert igenkanda(fil) == []


FORENINGARS_NOTISER = [
    (
        "Samhällsföreningen Resö-Galtö (yttranden/resogalto-detaljplan-yttrande-notis)",
        (
            "Information från styrelsen",
            "Detaljplanen Resö3:12 m fl",
            "Ett planförslag för området vid fotbollsplanen har nyligen varit på remiss. Samhällsföreningen, "
            "som inte getts möjlighet att medverka i arbetet med förslaget, har skrivit ett yttrande över "
            "remissförslaget. Yttrandet pekar bl a på en allför hård exploatering i förslaget. Styrelsens "
            "yttrandet i sin helhet återfinns HÄR.",
        ),
    ),
    (
        "Brf Härkranken (yttranden/harkranken-sjostadshojden-yttrande)",
        (
            "Styrelsens yttrande kring projekt Sjöstadshöjden",
            "I samband med samråd kring projekt Sjöstadshöjden har styrelsen skickat in ett yttrande med ett "
            "antal synpunkter.",
            "Läs gärna föreningens yttrande med hänvisning till projekt Sjöstadshöjden (Diarienummer "
            "2016-13579) som skickades in 25 april 2022.",
        ),
    ),
    (
        "Marielunds vänner (yttranden/marielund-op-skrivelse)",
        (
            "Föreningens skrivelse om ÖP",
            "Utställningstiden för översiktsplanen för området gick ut 15 september. Styrelsen för "
            "Marielunds vänner har granskat utställningsförslaget och i tid lämnat sina synpunkter.",
            "Här hittar du skrivelsen i PDF och packad som zip.",
        ),
    ),
    (
        "Naturskyddsföreningen i Kungälv (yttranden/kungalv-naturskydd-nordtag-yttranden)",
        (
            "Detaljplan Nordtag, del av Kastellegården 1:52, 170816.",
            "I samrådsyttrandet 2016 är vi kritiska till byggnation på jordbruksmark samt har en del andra "
            "synpunkter att beakta. I yttrandet över Utställning 2017 efterlyser vi miljömålet “Ett rikt "
            "odlingslandskap” som ej beaktas i planen.",
        ),
    ),
]


@pytest.mark.parametrize(
    ("beskrivning", "stycken"), FORENINGARS_NOTISER, ids=[b for b, _ in FORENINGARS_NOTISER]
)
def test_forenings_notis_om_sin_skrivelse_pa_ett_samrad(beskrivning: str, stycken: tuple[str, ...],
                                                        tmp_path: Path) -> None:
    """ytt17, the class of prov10's BGU: an association's own short page about the letter it sent in a
    consultation (its kind, 'vi' or its board as the one who wrote or sent the yttrande, skrivelse or
    synpunkter; a link to it; 'I samrådsyttrandet … är vi kritiska') is its answer, a yttrande."""
    assert len(igenkanda(_docx(tmp_path / "n.docx", *stycken))) == 1, beskrivning


def test_forenings_overklagande_och_annans_artikel_ar_inga_yttranden(tmp_path: Path) -> None:
    """The counterparts (yttranden/harnosand-naturskydd-overklagande, skutberget-nwt-muminpark-notis): an
    association's appeal of an adopted plan and a site quoting a newspaper about its criticism."""
    overklagande = _docx(
        tmp_path / "o.docx",
        "Naturskyddsföreningen överklagar hotellet vid Kanaludden",
        "Naturskyddsföreningen har överklagat detaljplanen för hotell vid Kanaludden. Vi anser att planen "
        "strider mot strandskyddsbestämmelserna och riksintresset för kulturmiljö.",
    )
    artikel = _docx(
        tmp_path / "a.docx",
        "2018-07-02 ”För stor inskränkning av friluftslivet”",
        "Naturskyddsföreningen är kritisk till en etablering av en Muminpark på Skutberget och vill därför "
        "stoppa detaljplanen för området som varit på samråd.",
        "– Projektet innebär en för stor inskränkning i det rörliga friluftslivet.",
        "Läs hela artikeln på nwt.se » (kräver prenumeration)",
    )
    assert igenkanda(overklagande) == [] and igenkanda(artikel) == []


def test_planarbetet_bor_avbrytas_ar_avstyrker() -> None:
    """Naturskyddsföreningen i Nacka (yttranden/nacka-naturskydd-ryssbergen-yttrande): 'Planarbetet bör
    avbrytas' rejects the whole plan without the stance word, as 'förslaget bör dras tillbaka'."""
    from remiss.kontroll.stallning import find_fynd, make_blocks

    [fynd] = find_fynd(make_blocks(_lines(
        "Yttrande över granskningsförslag till detaljplan för del av Ryssbergen. Sammanfattning Planarbetet "
        "bör avbrytas – detta är den i miljöhänseende värsta planen sedan Tollareexploateringen.",
    )), del_="brodtext", namnd=None)
    assert fynd.varde == "avstyrker"


def test_har_besvarat_remissen_och_har_yttrat_sig_over_ar_svar() -> None:
    """ytt17: 'har besvarat … remiss' and 'har yttrat sig över … förslag' tell the sender's answer as 'har
    svarat på remissen' does (yttranden/bphr-pfas-produktregistret-yttrande, prov6/vikonsumenter-…); a text
    counting the answers ('Tio av landets 21 länsstyrelser har besvarat remissen', livetsgoda-…) is none."""
    from remiss.kontroll.signaler import ar_remissvar

    svar = _lines(
        "KemI-remiss om produktregistret och PFAS i kemiska produkter: Kansliets yttrande",
        "Kansliet har besvarat Kemikalieinspektionens remiss om rapportering av PFAS i produktregistret.",
    )
    assert "har-besvarat-remissen" in poang(svar)[1]
    yttrat = _lines(
        "Vi Konsumenter har yttrat sig över Jordbruksverkets förslag till nya djurskyddsföreskrifter för "
        "lantbrukets djur."
    )
    assert "har-besvarat-remissen" in poang(yttrat)[1]
    raknar = _lines(
        "Tio av landets 21 länsstyrelser har besvarat remissen. Av dessa är sju positiva till "
        "gårdsförsäljning.",
    )
    assert not ar_remissvar(raknar)


def test_instammer_i_forslag_om_i_punktlistan_ar_synpunkter(tmp_path: Path) -> None:
    """prov11/likvardigskola-jamlikhetskommissionen-remissvar (informed, after its report): 'Instämmer i
    utredningens förslag om …' on several list items supports single proposals, each a part, like 'stödjer
    förslaget att …' on a list item: no stance on the whole (truth null); alone about the proposal it is."""
    fil = _docx(
        tmp_path / "l.docx",
        "Nätverket för en likvärdig skola lämnar remissvar på Jämlikhetskommissionen",
        "Nätverket för en likvärdig skola svarar här på de delar av utredningen som berör skolväsendets "
        "likvärdighetsaspekter.",
        "• Nätverket för en likvärdig skola: Instämmer i utredningens förslag om ett utökat statligt ansvar "
        "för skolan.",
        "• Instämmer i utredningens förslag om förändrad fördelningsnyckel men anser att:",
        "• avdraget bör fastställas av riksdagen och skrivas in i Skollagen.",
    )
    assert kontrollera_fil(fil)[0].stallningstagande is None
    hela = _docx(
        tmp_path / "h.docx",
        "Remissvar på Jämlikhetskommissionen (SOU 2020:46)",
        "Nätverket för en likvärdig skola instämmer i utredningens förslag.",
    )
    assert kontrollera_fil(hela)[0].stallningstagande == "tillstyrker"


def test_stodjer_detta_forslag_efter_beskrivningen_av_ett_forslag(tmp_path: Path) -> None:
    """prov11/orientering-palett-civilsamhalle-remissvar (informed): an answer commenting chapter by chapter,
    'Utredningen föreslår att statliga myndigheter årligen skall rapportera …' then 'Kommentar från Svenska
    Orienteringsförbundet: Svenska Orienteringsförbundet stödjer detta förslag.': support for the one
    proposal just described, a part (truth null)."""
    fil = _docx(
        tmp_path / "o.docx",
        "Remissvar på betänkandet Palett för ett stärkt civilsamhälle (SOU2016:13)",
        "Svenska Orienteringsförbundet (SOFT) har givits tillfälle att lämna synpunkter på remissen av "
        "betänkandet Palett för ett stärkt civilsamhälle och ger i detta remissvar kommentarer till "
        "flertalet av de förslag som utredningen lägger.",
        "Kapitel 4.1.4 Att företräda en grupp – civilsamhället som röstbärare och opinionsbildare",
        "Utredningen föreslår att statliga myndigheter årligen skall rapportera de kontakter och samråd som "
        "myndigheten har haft med det civila samhället inom ramen för sitt uppdrag och när så har bedömts "
        "relevant.",
        "Kommentar från Svenska Orienteringsförbundet:",
        "Svenska Orienteringsförbundet stödjer detta förslag. Det är viktigt att statsmakterna och "
        "myndigheter ser det civila samhället som viktig ”stake holder” i samhällsutvecklingen.",
    )
    assert kontrollera_fil(fil)[0].stallningstagande is None


def test_stodjer_de_flesta_av_forslagen_ar_huvudhallningen(tmp_path: Path) -> None:
    """yttranden/rjl-kommunal-redovisning-protokollsutdrag's sentence (the corpus README's Facit, ytt18):
    'stödjer de flesta av utredningens överväganden och förslag' is the main stance, like 'stödjer flertalet
    av de förslag som läggs fram' (prov2/kva-skydd-av-arter); 'flera av' is a subset. (In the real protocol
    the decision hands over a yttrande written elsewhere, so its truth stays null.)"""
    stod = _docx(
        tmp_path / "s.docx",
        "Yttrande över En ändamålsenlig kommunal redovisning (SOU 2016:24)",
        "Regionen stödjer de flesta av utredningens förslag men lämnar synpunkter och förslag på alternativ "
        "hantering i några delar.",
    )
    assert kontrollera_fil(stod)[0].stallningstagande == "tillstyrker"


def test_eget_dnr_ensamt_i_protokollhuvudet_under_ett_e_brev(tmp_path: Path) -> None:
    """prov11/danderyd-ks-rufs2050-remissvar (informed): an e-mail ('Ärende: TRN 2017-0052 - Svar på remiss
    om RUFS 2050', the remiss's number) over the protocol, whose head has the case's number alone on its
    line after the meeting date ('Sammanträdesdatum' / '2017-10-02' / 'KS 2016/0146'): the own number."""
    fil = _docx(
        tmp_path / "d.docx",
        "Från: Monique.Wehlen@danderyd.se Till: TRF Funk Registrator",
        "Ärende: TRN 2017-0052 - Svar på remiss om RUFS 2050 Datum: den 10 oktober 2017 08:42:21",
        "Bilagor: Tjänsteutlåtande svar på remiss om Rufs 2050 utställnin.docx",
        "Hej,",
        "Bifogat översänds Danderyds kommuns remissvar om RUFS 2050. Ref. TRN 2017-0052 Med vänliga "
        "hälsningar",
        "Monique Wehlén",
        "TRN 2017-0052-37",
        "DANDERYDS KOMMUN",
        "Kommunstyrelsen",
        "§ 103",
        "Sammanträdesprotokoll",
        "Sammanträdesdatum",
        "2017-10-02",
        "KS 2016/0146",
        "Regional utvecklingsplan för Stockholmsregionen (RUFS) 2050",
        "Ärende",
        "Stockholm Nordost (StoNo) har utarbetat ett gemensamt yttrande som svar på remissen. Utöver det som "
        "framförs i det kommungemensamma yttrandet vill Danderyds kommun ytterligare beskriva det "
        "utredningsarbete som pågår om centrala Danderyd.",
        "Kommunledningskontorets förslag till beslut",
        "1. Kommunstyrelsen antar Stockholm Nordosts yttrande och överlämnar det till landstingets tillväxt- "
        "och regionplanenämnd.",
    )
    assert [k.diarienummer for k in kontrollera_fil(fil)] == ["KS 2016/0146"]


def test_sammanfattning_inne_i_transkriptets_stycke_fore_en_strecklista(tmp_path: Path) -> None:
    """prov11/fiskevattenagarna-miljomalen-yttrande (informed): a docplayer paragraph '… presenteras här
    nedan, men inledande sammanfattning. Sammanfattning - Utredaren bygger …': the heading before the
    first item of a dash list, run into the paragraph (at a line start in one layout, inside it in
    another)."""
    stycke = (
        "1 Yttrande 1(9) Yttrande över SOU 2014:50 Med miljömålen i fokus hållbar användning av mark och "
        "vatten, M2014/1595/Nm Fiskevattenägarna Dalarna-Gävleborg ser i huvudsak positivt på att man vill "
        "få en hållbar förvaltning av mark och vatten. Synpunkter lämnas i huvudsak på kapitel 19 och 20 och "
        "presenteras här nedan, men inledande sammanfattning. Sammanfattning - Utredaren bygger på flera "
        "ställen sin argumentation på påstående vilka inte är underbyggda. - En ekosystembaserad "
        "fiskförvaltning kräver att man även ser över annan lagstiftning som påverkar vatten."
    )
    fil = _docx(tmp_path / "f.docx", stycke)
    assert kontrollera_fil(fil)[0].har_sammanfattning
    radstart = _docx(
        tmp_path / "r.docx",
        "Yttrande över SOU 2014:50 Med miljömålen i fokus hållbar användning av mark och vatten",
        "Synpunkter lämnas i huvudsak på kapitel 19 och 20 och presenteras här nedan, men inledande "
        "sammanfattning.",
        "Sammanfattning - Utredaren bygger på flera ställen sin argumentation på påstående vilka inte är "
        "underbyggda. - En ekosystembaserad fiskförvaltning kräver att man även ser över annan lagstiftning.",
    )
    assert kontrollera_fil(radstart)[0].har_sammanfattning


def test_myndighetens_forteckning_over_korta_svar_ar_inget_yttrande(tmp_path: Path) -> None:
    """prov11/spv-remisser-forteckning (informed): 'Här publicerar vi SPV:s remissvar' over several short
    answers one after another ('Yttrande över …', two sentences, 'Datum:', 'Vår beteckning:', a pdf link):
    a list, no yttrande (truth annat). A meeting package's yttranden run a page or more each."""
    svar = []
    for titel, mening in (
        ("Yttrande över betänkandet Genomförande av minimilönedirektivet SOU 2023:36",
         "Statens tjänstepensionsverk har i övrigt inga synpunkter på förslagen i betänkandet."),
        ("Yttrande över SOU 2023:12 Förstärkt skydd för demokratin och domstolarnas oberoende",
         "Statens tjänstepensionsverk (SPV) har utifrån sitt uppdrag inga synpunkter på förslagen."),
        ("Yttrande över promemorian Ds 2023:13 En registerlag för Inspektionen för socialförsäkringen",
         "Statens tjänstepensionsverk tillstyrker förslaget som lämnas i promemorian."),
    ):
        svar += [titel, mening, "Detta yttrande har beslutats av generaldirektören Maria Humla efter "
                 "föredragning av verksjuristen Karin Erixon.", "• Datum: 2023-08-16",
                 "• Vår beteckning: MD 2023/184", "Remissvar Statens tjänstepensionsverk (pdf)"]
    fil = _docx(tmp_path / "s.docx", "Remisser", "Här publicerar vi SPV:s remissvar.", "2023", *svar)
    assert igenkanda(fil) == []


def test_kommunens_skrivelse_om_myndighetens_utskickade_forslag(tmp_path: Path) -> None:
    """prov11/vellinge-kso-kommuntal-skrivelse (informed): a kommun's letter to the Länsstyrelse about the
    preliminary figures it 'skickat till kommunerna', without the words remiss or yttrande: an answer to
    its proposal; 'kräver … att det preliminära fördelningstalet räknas om' rejects it (avstyrker)."""
    fil = _docx(
        tmp_path / "v.docx",
        "Carina Wutzlers skrivelse till Länsstyrelsen angående kommuntal för 2019",
        "Förslag på kommuntal för 2019 i Skåne län",
        "Vellinge kommun reagerar starkt på det preliminära kommuntal för anvisningar av nyanlända, som "
        "Länsstyrelsen skickat till kommunerna. Vellinge får enligt förslaget näst högsta fördelningstal i "
        "Skåne, vilket kommer att vara mycket problematiskt att klara av.",
        "Vellinge kommun menar också att Länsstyrelsen gör en kraftig underskattning av antalet självbosatta "
        "i kommunen.",
        "Med hänsyn tagen till ovanstående kräver Vellinge kommun att det preliminära fördelningstalet "
        "räknas om och skrivs ner till en nivå som är möjlig att klara av.",
        "Med vänliga hälsningar",
        "Carina Wutzler",
        "Kommunstyrelsens ordförande",
    )
    [kontroll] = igenkanda(fil)
    assert kontroll.stallningstagande == "avstyrker"


def test_numrerad_sammanfattningsrubrik_med_flera_ord_inne_i_transkriptet(tmp_path: Path) -> None:
    """yttranden/comhem-pts-natinfrastruktur-yttrande (ytt18, first run false): a docplayer paragraph '… till
    förmån för såväl konsumenter som samhälle. 2. Sammanfattning av Com Hems synpunkter och förslag Com Hem
    välkomnar …': the numbered heading of several words runs into the text; read up to the capitalised word
    that follows, as the heading vocabulary allows ('… synpunkter och förslag')."""
    fil = _docx(
        tmp_path / "c.docx",
        "1 Post- och telestyrelsen Konkurrensavdelningen Yttrande över promemorian Två förslag till "
        "reglering av marknaden för nätinfrastrukturtillträde (samråd 1) Com Hem AB ( Com Hem ) har tagit "
        "del av promemorian. Com Hem får härmed lämna följande yttrande. 1. Inledning Com Hem är en av "
        "Sveriges ledande tillhandahållare av tv, telefoni och bredband till förmån för såväl konsumenter "
        "som samhälle. 2. Sammanfattning av Com Hems synpunkter och förslag Com Hem välkomnar och delar "
        "PTS:s grundläggande inställning att den reglering som föreslås ska vara teknikneutral.",
    )
    assert kontrollera_fil(fil)[0].har_sammanfattning
    lopande = _docx(
        tmp_path / "l.docx",
        "Yttrande över promemorian Två förslag till reglering av marknaden",
        "Com Hem får härmed lämna följande yttrande. En sammanfattning av Com Hems synpunkter och förslag "
        "finns i bilagan till detta yttrande.",
    )
    assert not kontrollera_fil(lopande)[0].har_sammanfattning


def test_huvudets_slag_datum_och_nummer_utan_etiketter(tmp_path: Path) -> None:
    """yttranden/sll-ls-dricksvattenforsorjning-skrivelse (ytt18, first run null): a transcript's head without
    labels, 'Stockholms läns landsting 1(2) Landstingsradsberedningen SKRIVELSE 2016-11-09 LS 2016-0837': the
    number after the kind and the date is the document's own."""
    fil = _docx(
        tmp_path / "s.docx",
        "Stockholms läns landsting 1(2) Landstingsradsberedningen SKRIVELSE 2016-11-09 LS 2016-0837",
        "Landstingsstyrelsen",
        "Yttrande över betänkandet En trygg dricksvattenförsörjning (SOU 2016:32)",
        "Ärendebeskrivning Näringsdepartementet har genom remiss bjudit in Stockholms läns landsting att "
        "yttra sig över betänkandet En trygg dricksvattenförsörjning (SOU 2016:32).",
    )
    assert kontrollera_fil(fil)[0].diarienummer == "LS 2016-0837"


def test_de_flesta_forslagen_ar_bra_ar_stod_utan_ordet(tmp_path: Path) -> None:
    """yttranden/svensktvatten-dricksvattenutredningen-remissvar (ytt18, first run null): 'Utredningen är
    välgjord och de flesta förslagen är i huvudsak bra.' is support without the stance word for most
    proposals, the main stance (README, Facit); the criticism of one part is an exception."""
    fil = _docx(
        tmp_path / "v.docx",
        "Remissvar på Dricksvattenutredningen",
        "Utredningen är välgjord och de flesta förslagen är i huvudsak bra. En svaghet är att utredningen "
        "borde ha tagit kemikaliesamhällets faror på betydligt större allvar.",
        "I vårt remissvar lyfter vi fram att utredningen i huvudsak är gedigen och välgjord. Men beträffande "
        "kemikalieskyddet runt landets vattentäkter är vi kritiska.",
    )
    assert kontrollera_fil(fil)[0].stallningstagande == "tillstyrker"


def test_avstavat_ord_i_transkriptets_rad_lases_helt(tmp_path: Path) -> None:
    """prov11/likvardigskola-jamlikhetskommissionen-remissvar with a transcript's broken word
    (`bench_textfel` avstavning, ytt18): 'tillstyrker flera av utred- ningens förslag' is still a subset of
    the proposals (null); a broken stance word ('tillstyr- ker') is read whole; 'för- och nackdelar' stays."""
    for mening, vantat in (
        ("Nätverket för en likvärdig skola tillstyrker flera av utred- ningens förslag men vill understryka "
         "att det handlar om nödvändiga steg på vägen.", None),
        ("Nämnden tillstyr- ker förslaget.", "tillstyrker"),
        ("Nämnden ser både för- och nackdelar men avstyrker förslaget.", "avstyrker"),
    ):
        fil = _docx(tmp_path / "a.docx", "Remissvar Jämlikhetskommissionen SOU 2020:46", mening)
        assert kontrollera_fil(fil)[0].stallningstagande == vantat, mening


def test_dnr_falt_i_transkriptets_huvud_och_ensamt_i_webbsvarets_huvud(tmp_path: Path) -> None:
    """yttranden/rjl-kommunal-redovisning-protokollsutdrag: a protocol extract run into one paragraph, '…
    Remiss: En ändamålsenlig kommunal redovisning förslag till yttrande Diarienummer: RJL 2016/1476 Beslut …'
    (the field, capitalised with its colon) is the own number, not the department's 'Fi2016/01153/K' on the
    next page; yttranden/slf-motstandskraft-remissvar: 'Gem 2021/0063' alone on its line under 'Till:
    Justitiedepartementet' in a web answer's head (no label)."""
    fil = _docx(
        tmp_path / "r.docx",
        "Region Jönköpings län",
        "1 PROTOKOLL UTDRAG Regionstyrelsens arbetsutskott Tid: kl. 13:00-1:30 Plats: Regionens hus, sal A "
        "Malin Wengholm Ordförande Remiss: En ändamålsenlig kommunal redovisning förslag till yttrande "
        "Diarienummer: RJL 2016/1476 Beslut Regionstyrelsen föreslås Godkänna föreliggande yttrande som svar "
        "till Finansdepartementet Sammanfattning Region Jönköpings län har av Finansdepartementet getts "
        "möjlighet att yttra sig över rubricerade betänkande.",
        "2 MISSIV RJL2016/1476 Regionstyrelsen Yttrande över En ändamålsenlig kommunal redovisning (SOU "
        "2016:24) Fi2016/01153/K Förslag till beslut Regionstyrelsen godkänner föreliggande yttrande som "
        "svar till Finansdepartementet.",
    )
    assert kontrollera_fil(fil)[0].diarienummer == "RJL 2016/1476"
    webb = _docx(
        tmp_path / "s.docx",
        "Hoppa till innehåll",
        "Struktur för ökad motståndskraft (SOU 2021:25)",
        "Stockholm, 11 juni 2021",
        "Till: Justitiedepartementet",
        "Gem 2021/0063",
        "Remissunderlag",
        "Sveriges läkarförbund har fått rubricerat betänkande på remiss och vill framföra följande "
        "synpunkter. Läkarförbundet tillstyrker utredningens förslag.",
    )
    assert kontrollera_fil(webb)[0].diarienummer == "Gem 2021/0063"


def test_kort_webbsvar_som_namnger_forslaget_kontrolleras_och_kanns_igen(tmp_path: Path) -> None:
    """yttranden/lr-behorighet-remissvar: Lärarnas Riksförbunds short web answer ('ser stora problem med att
    besvara förslaget … föreslår att Skolverket samlar berörda organisationer till ett samråd') names what
    it answers without the words remiss and yttrande: it is checked as a whole, and the learned type
    recognises it."""
    fil = _docx(
        tmp_path / "l.docx",
        "Behörighet att undervisa i ämnen som inte är yrkesämnen",
        "Lärarnas Riksförbund ser stora problem med att besvara förslaget. Det skulle bland annat behövas en "
        "djupare diskussion kring vilka ämnen som ska hanteras.",
        "Lärarnas Riksförbund föreslår att Skolverket samlar berörda organisationer till ett samråd där "
        "frågorna kan diskuteras mera principiellt. Därefter kan synpunkter lämnas.",
    )
    [kontroll] = kontrollera_fil(fil)
    assert kontroll.igenkant
    assert kontroll.stallningstagande is None


def test_myndighetens_notis_om_skrivelse_till_annan_organisation(tmp_path: Path) -> None:
    """yttranden/nv-atgardsvalsstudier-skrivelse (ytt18, second round, first run annat): the agency's notice
    under its yttranden, 'Synpunkter på Trafikverkets arbete med åtgärdsvalsstudier' / one sentence /
    'Skrivelse till Trafikverket 2013-02-28.': its own letter to another body (the title names the other's
    work, the line its kind, receiver and date); 'ser positivt på att … införts' is no stance (null)."""
    fil = _docx(
        tmp_path / "n.docx",
        "Synpunkter på Trafikverkets arbete med åtgärdsvalsstudier",
        "Naturvårdsverket ser positivt på att åtgärdsvalsstudier införts som ett nytt steg i planeringen av "
        "transportsystemet. Skrivelse till Trafikverket 2013-02-28.",
    )
    [kontroll] = igenkanda(fil)
    assert kontroll.stallningstagande is None
@pytest.mark.parametrize(
    ("fore", "rad", "text"),
    [
        # yttranden/bankforeningen-betalkonto-remissyttrande with the heading run into its paragraph
        # (bench_textfel rubrik_i_stycket): after the title's last line, no full stop before it
        ("betalkonto med grundläggande funktioner",
         "Sammanfattning Bankföreningen instämmer i utredningens slutsats att bankernas befintliga",
         "Bankföreningen instämmer i utredningens slutsats att bankernas befintliga"),
        # yttranden/kfo-valfardsutredningen-remissvar: what is summed up run in, text opening with an acronym
        ("helhet i länk nedan, liksom även KFO:s debattartikel på temat i DN.",
         "Sammanfattning av remissvaret KFO avstyrker utredningens förslag om",
         "KFO avstyrker utredningens förslag om"),
        # yttranden/autism-tillganglighet-remissvar: 'Sammanfattning av synpunkterna' run in
        ("personer som är professionellt verksamma inom området.",
         "Sammanfattning av synpunkterna Autism- och Aspergerförbundet välkomnar förslaget att undantaget",
         "Autism- och Aspergerförbundet välkomnar förslaget att undantaget"),
        # yttranden/fgl-apoteksmarknaden-yttrande: after the title line ending in the remiss's number
        ("Kvalitet och säkerhet på apoteksmarknaden (SOU 2017:15) S2017/01576/FS",
         "Sammanfattning FGL tillstyrker merparten av utredningens förslag som berör distribution och",
         "FGL tillstyrker merparten av utredningens förslag som berör distribution och"),
    ],
)
def test_inbakad_sammanfattningsrubrik_efter_titel_eller_med_vad_som_sammanfattas(
    fore: str, rad: str, text: str
) -> None:
    from remiss.kontroll.avsnitt import _split_transcript

    delade = [line.text for line in _split_transcript(_lines(fore, rad))]
    assert delade[1:] == ["Sammanfattning", text]


def test_inbakad_sammanfattning_efter_titel_kraver_en_mening() -> None:
    """A short line 'Sammanfattning X' after a title is no run-in heading without a sentence after it."""
    from remiss.kontroll.avsnitt import _split_transcript

    assert len(_split_transcript(_lines("Remissvar till Utbildningsdepartementet (U2023/02898)",
                                        "Sammanfattning Jernkontoret 2023"))) == 2


def test_sammanfattning_av_betankandet_i_en_lista_over_beslutsunderlag_ar_ingen_rubrik() -> None:
    """yttranden/sll-ls-dricksvattenforsorjning-skrivelse (docplayer): the list of beslutsunderlag run
    together names a document 'Sammanfattning av betänkandet …'; that is no run-in summary heading."""
    from remiss.kontroll.avsnitt import _split_transcript

    rader = _lines("slutsunderlag Landstingsdirektörens tjänsteutlåtande den 31 oktober 2016 Förslag",
                   "till yttrande Sammanfattning av betänkandet En trygg dricksvattenförsörjning (SOU")
    assert [line.text for line in _split_transcript(rader)] == [line.text for line in rader]


@pytest.mark.parametrize(
    "mening",
    [
        # yttranden/goteborg-ks-energipolitiska-mal with 'Propositionsordning' run into the sentence
        "Propositionsordning Tjänstgörande ordföranden Daniel Bernmar (V) ställer propositioner på yrkandena "
        "och finner att Karin Pleijels yrkande bifallits.",
        # yttranden/goteborg-ks-energipolitiska-mal, 'Yrkanden' run in: a member's motion
        "Yrkanden Axel Darvik (L) yrkar bifall till stadsledningskontorets förslag och avslag på övriga "
        "yrkanden.",
        # yttranden/goteborg-exploateringsnamnden-demografiska-utmaningar
        "Propositionsordning Ordföranden Robert Hammarstrand (S) ställer proposition på yrkandena och finner "
        "att nämnden beslutat bifalla förvaltningens förslag.",
        # yttranden/goteborg-ks-trafikverket-vastlanken-haga: the chair puts both to the vote
        "Ordföranden ställer härefter propositioner på bifall respektive avslag på tilläggsyrkandet",
        # the same protocol, its sentence cut by the transcript: the vote's outcome in the supine
        "från D och finner att det avslagits.",
    ],
)
def test_motets_gang_ar_inget_stallningstagande(mening: str) -> None:
    """A protocol's procedure (a member's motion, the chair's proposition and finding) is no stance, also
    when a transcript has run its heading ('Yrkanden', 'Propositionsordning') into the sentence."""
    from remiss.kontroll.stallning import find_fynd, make_blocks

    assert find_fynd(make_blocks(_lines(mening)), del_="brodtext", namnd=None) == []


def test_namndens_slutsats_med_finner_att_ar_ett_stallningstagande() -> None:
    """'finner att förslaget kan tillstyrkas' is the body's own conclusion, not the chair's after a vote."""
    from remiss.kontroll.stallning import find_fynd, make_blocks

    fynd = find_fynd(make_blocks(_lines("Nämnden finner att förslaget kan tillstyrkas.")), del_="beslut",
                     namnd=None)
    assert [f.varde for f in fynd] == ["tillstyrker"]




def test_rubrik_ihop_med_stycket_efter_vid_radens_borjan(tmp_path: Path) -> None:
    """`bench_textfel` rubrik_i_stycket on yttranden/ (ytt18): a transcript runs a heading into the paragraph
    after it at the line's start, after a title without a full stop: 'Sammanfattning NTF,
    Nationalföreningen … har tagit del av …' is the summary heading (an acronym after it too); in a protocol
    'Beslut Äldre samt vård- och omsorgsnämnden: 1. tillstyrker motion …' is the decision and 'Handlingar
    Förvaltningens tjänsteutlåtande …' ends it, so the yrkanden after it are no part of the decision."""
    fil = _docx(
        tmp_path / "n.docx",
        "Remissvar på Transportstyrelsens rapport Förares användning av kommunikationsutrustning under färd",
        "Sammanfattning NTF, Nationalföreningen för Trafiksäkerhetens Främjande, har tagit del av "
        "Transportstyrelsens rapport och lämnar följande synpunkter.",
    )
    assert kontrollera_fil(fil)[0].har_sammanfattning
    protokoll = _docx(
        tmp_path / "p.docx",
        "§ 118 N160-0080/23 Svar på remiss - motion om handlingsplan för att möta de demografiska "
        "utmaningarna",
        "Beslut Äldre samt vård- och omsorgsnämnden: 1. tillstyrker motion om handlingsplan för att möta de "
        "demografiska utmaningarna i Göteborg stad.",
        "Handlingar Förvaltningens tjänsteutlåtande, 2023-03-02",
        "Yrkanden Peter Svensson (V) yrkar att nämnden avstyrker motion om handlingsplan för att möta de "
        "demografiska utmaningarna i Göteborgs Stad.",
    )
    [kontroll] = kontrollera_fil(protokoll)
    assert (kontroll.stallningstagande, kontroll.stallningstagande_del) == ("tillstyrker", "beslut")
    lopande = _docx(
        tmp_path / "l.docx",
        "Yttrande över rapporten",
        "Beslut om detta fattas av nämnden i juni. Nämnden tillstyrker förslaget.",
    )
    assert not kontrollera_fil(lopande)[0].har_sammanfattning


# --- ytt19 (session 13): prov12 reported (informed): news about another's answer, a short own notice,
# support without the stance word, parts both ways


def test_kort_egen_notis_skickar_harmed_vara_yttranden(tmp_path: Path) -> None:
    """prov12/midchamber-nationell-transportplan-remissvar: a chamber of commerce's short page 'skickar härmed
    våra yttranden till …' (the plural) with a link to its answer is its own answer: a yttrande."""
    fil = _docx(
        tmp_path / "m.docx",
        "Handelskammaren Mittsverige har tagit emot planförslaget från Trafikverket och skickar härmed våra "
        "yttranden till den nationella transportplanen 2022 – 2033 enligt nedan. Vi är en regional, "
        "politiskt obunden näringslivsorganisation som representerar 250 medlemmar från olika branscher i "
        "Västernorrlands- och Jämtlands län. Våra medlemsföretag har ca 22.000 anställda med en årlig "
        "omsättning som överstiger 80 miljarder kronor.",
        "Läs remissvaret här!",
    )
    [kontroll] = igenkanda(fil)
    assert kontroll.stallningstagande is None


@pytest.mark.parametrize(
    ("mening", "vantat"),
    [
        # prov12/boonatur-skarpnas-naturreservat-yttrande
        ("I stora drag är vi positiva till det föreslagna naturreservatet, men det finns en del punkter vi "
         "vill ta upp, som gör att naturreservatet bättre kan uppfylla reservatets syften.", "tillstyrker"),
        ("Föreningen är inte positiv till den föreslagna planen.", "avstyrker"),
        # prov12/snofed-terrangkorning-remissvar
        ("Det presenterade resultaten i förslaget är övergripande positiva och med hänvisning tagen till "
         "nedan detaljsynpunkter anser vi fyra organisationer att förslaget till ny terrängkörningslag är "
         "acceptabelt som det är skrivet.", "tillstyrker"),
        ("Förbundet anser att förslaget inte är acceptabelt.", "avstyrker"),
        ("Förslaget är acceptabelt endast om övergångsreglerna förlängs.", None),
        ("Förslaget är acceptabelt under förutsättning att finansieringen säkras.", None),
        ("Förslaget om avgifter är acceptabelt.", None),
    ],
)
def test_stod_utan_stallningsord_det_foreslagna_och_acceptabelt(mening: str, vantat: str | None) -> None:
    """Support for the remitted matter without the stance word: 'positiva till det föreslagna
    naturreservatet', 'förslaget … är acceptabelt som det är skrivet' is tillstyrker, with a negation
    avstyrker; on a condition ('endast om', 'under förutsättning att') or about one proposal ('förslaget om
    …') no stance."""
    from remiss.kontroll.brister import bedom
    from remiss.kontroll.stallning import find_fynd, make_blocks

    fynd = find_fynd(make_blocks(_lines(mening)), del_="brodtext", namnd=None)
    assert bedom([], fynd, har_beslutsrubrik=False).stallningstagande == vantat


def test_monstrens_villkorsundantag_har_exempel() -> None:
    """A pattern's 'utom_efter' (a condition after the match) is data with examples that yield no stance."""
    from remiss.kontroll.stallning import find_fynd, make_blocks
    from remiss.nlp import load_patterns

    undantag = [p for p in load_patterns() if p.get("utom_efter")]
    assert undantag
    for pattern in undantag:
        for exempel in pattern["utom_efter_exempel"].split(" (")[0].split(" / "):
            fynd = find_fynd(make_blocks(_lines(exempel)), del_="brodtext", namnd=None)
            assert not [f for f in fynd if f.monster == pattern["id"]], (pattern["id"], exempel)
# titel13 (session 13): diarienummer forms with a colon


def test_departementets_nummer_med_kolon_efter_sou_i_transkriptets_rubrik(tmp_path: Path) -> None:
    """prov12/svenskforsakring-rorelsereglering-yttrande (reported, informed): a docplayer transcript's head
    'Rörelsereglering …, SOU 2011:68; Fi2011:4348' writes the department's number with a colon where the
    slash was ('Fi2011:4348'); the SOU's number before it ('SOU 2011:68', with a space) is no dnr."""
    fil = _docx(
        tmp_path / "s.docx",
        "1 Finansdepartementet STOCKHOLM Yttrande Stockholm Rörelsereglering för försäkring och "
        "tjänstepension, SOU 2011:68; Fi2011:4348 Sammanfattning Solvens II Utredningens förslag till "
        "genomförande av Solvens II-direktivet är i huvudsak väl utformade. Svensk Försäkring anser det "
        "särskilt värdefullt att utredningen tydligt klargjort att konsolideringsfonden ingår i kapitalbasen "
        "som nivå 1-kapital. Svensk Försäkring avstyrker förslaget om undergrupper.",
    )
    [kontroll] = igenkanda(fil)
    assert kontroll.diarienummer == "Fi2011:4348"


def test_departementsnummer_med_kolon_ar_en_dnr_form_men_inte_sou_eller_sfs() -> None:
    """modeller/dnr.toml: a department's code glued to the year with a colon before the serial
    ('Fi2011:4348', 'Ju2019:1234') is a dnr; an SOU, Ds, SFS or prop. number ('SOU 2011:68', 'SFS 2018:123',
    'SOU2011:68' glued) is none."""
    from remiss.extract.dnr import DNR_RE

    for value in ("Fi2011:4348", "Ju2019:1234", "S2011:10822"):
        match = DNR_RE.search(value)
        assert match is not None and match.group("dnr") == value, value
    for text in ("SOU 2011:68", "SFS 2018:123", "Ds 2016:27", "SOU2011:68", "Prop2011:12", "SFS2018:123"):
        assert DNR_RE.search(text) is None, text


@pytest.mark.parametrize(
    ("meningar", "vantat"),
    [
        # prov12/svenskforsakring-rorelsereglering-yttrande (docplayer): parts both ways, none on the whole
        (("Svensk Försäkring avstyrker förslaget om undergrupper.",
          "Svensk Försäkring tillstyrker den regleringsteknik som utredningen föreslår med en kombination av "
          "lag, förordning och föreskrifter från Finansinspektionen.",
          "Svensk Försäkring tillstyrker att det införs en ny lag baserad på tjänstepensionsdirektivet."),
         "blandat"),
        # alone, the thing the remiss proposes is the remitted matter (README: 'stöder X som föreslås')
        (("Sjöfartsverket stödjer den modell för lagstiftning om Sveriges sjöterritorium och maritima zoner "
          "som föreslås i betänkandet.",), "tillstyrker"),
        (("Svensk Försäkring tillstyrker den regleringsteknik som utredningen föreslår.",
          "Svensk Försäkring tillstyrker att det införs en ny lag."), "tillstyrker"),
        # a stance on the whole beside it keeps the main stance (README: 'tillstyrker i huvudsak … men
        # avstyrker avsnitt 6.3')
        (("Kommunen tillstyrker i huvudsak förslagen i betänkandet.",
          "Kommunen tillstyrker den regleringsteknik som utredningen föreslår.",
          "Kommunen avstyrker dock förslaget i avsnitt 6.3."), "tillstyrker"),
    ],
)
def test_det_foreslagna_bland_delar_at_bada_hallen(meningar: tuple[str, ...], vantat: str) -> None:
    """A stance on a thing the remiss proposes, named by itself ('tillstyrker den regleringsteknik som
    utredningen föreslår'), is the whole when it stands alone or beside parts the same way; beside a stance
    the other way on a named part ('avstyrker förslaget om undergrupper') and none on the whole it is one of
    the parts: blandat (the truth's null)."""
    from remiss.kontroll.brister import bedom
    from remiss.kontroll.stallning import find_fynd, make_blocks

    fynd = find_fynd(make_blocks(_lines(*meningar)), del_="brodtext", namnd=None)
    assert bedom([], fynd, har_beslutsrubrik=False).stallningstagande == vantat
def test_beteckning_med_gemen_i_diariets_kod_och_kolon_i_transkriptets_huvud(tmp_path: Path) -> None:
    """yttranden/kristinehamn-ks-vattenforvaltning-yttrande: the transcript's flattened head 'Sida Yttrande
    1(1) Vårt datum Vår beteckning 2015-03-04 Ks/2015:34 Rev …' writes the diarium's code with a lower-case
    letter and a colon before the serial ('Ks/2015:34'): the sender's own number (modeller/dnr.toml)."""
    fil = _docx(
        tmp_path / "k.docx",
        "Sida Yttrande 1(1) Vårt datum Vår beteckning 2015-03-04 Ks/2015:34 Rev 2015-03-16, rev 2015-03-30 "
        "Kommunstyrelsen Stefan Johansson, 0550-858 97 Vattenmyndigheten Västerhavet Yttrande från "
        "Kristinehamns kommun till vattenmyndigheten om samråd vattenförvaltning 2015-2021 INFORMATION "
        "Detta är ett samordnat yttrande från kommunstyrelsen i Kristinehamns kommun till vilket synpunkter "
        "har tillförts genom yttrande från kommunens miljö- och byggnadsnämnd.",
    )
    [kontroll] = kontrollera_fil(fil)
    assert kontroll.diarienummer == "Ks/2015:34"


ARKITEKTER_NYHET = (
    "Nyheter",
    "Sveriges Arkitekter: ”Utredning om byggregler missar boendes behov”",
    "Utredningen Modernare byggregler – förutsägbart, flexibelt och förenklat tar inte hänsyn till de "
    "boendes perspektiv, hävdar Sveriges Arkitekter i sitt remissvar. Statens egna mål i fråga om god "
    "gestaltad livsmiljö och boendekvaliteter tappas bort, liksom klimatperspektivet. Förbundet avstyrker "
    "därför de flesta förslagen i utredningen.",
    "– Det kommittén för modernare byggregler föreslår skulle innebära att samhällets krav på "
    "bostadskvalitet försämras på ett sätt som inte är acceptabelt, säger förbundets samhällspolitiska chef "
    "Margareta Wilhelmsson.",
    "Utredarna konstaterar själva att produktivitetsutvecklingen och incitamenten för innovation i "
    "byggindustrin är låg och det är där huvudorsakerna till problemen ligger, anser Margareta Wilhelmsson "
    "och Katarina O Cofaigh, som tillsammans skrivit förbundets remissvar.",
)


def test_tidningens_anforing_av_en_namngiven_organisations_remissvar_ar_referat(tmp_path: Path) -> None:
    """prov12/svenskbyggtidning-arkitekter-byggregler: a trade paper attributes what it says to a named
    organisation's answer by reported speech ('…, hävdar Sveriges Arkitekter i sitt remissvar'), in the third
    person throughout, with no 'vi' outside the quotes, no link to the answer and the organisation no
    letterhead of the page: a report of another's answer, not recognised (also not by the learned type, which
    cannot see who speaks)."""
    assert igenkanda(_docx(tmp_path / "n.docx", *ARKITEKTER_NYHET)) == []


@pytest.mark.parametrize(
    ("fall", "huvud", "slut"),
    [
        # yttranden/bankforeningen-resolutionsavgift-nyhet: the site's section names the organisation
        ("sektion", ("Aktuellt från Sveriges Arkitekter",), ()),
        # the organisation's name alone over the page (its letterhead)
        ("brevhuvud", ("Sveriges Arkitekter",), ()),
        # yttranden/iffs-universitetsstyrning-remissyttrande: a line linking the answer ('Läs hela IFFS
        # remissyttrande.'): the page publishes it
        ("länk", (), ("Läs hela remissvaret här",)),
        # prov8/fastighetsagarna-hyressattning-remissvar: the text's own 'vi' outside the quotes
        ("vi", (), ("Vi är förvånade och besvikna över att utredaren har valt att följa en annan "
                    "uppfattning.",)),
    ],
)
def test_anforing_pa_organisationens_egen_sida_ar_ett_svar(
    tmp_path: Path, fall: str, huvud: tuple[str, ...], slut: tuple[str, ...]
) -> None:
    """The same reported speech on the organisation's own page is its own notice of its answer: its name as
    the page's letterhead or section, a link to the answer, or a 'vi' of the text's own make it a yttrande."""
    fil = _docx(tmp_path / "e.docx", *huvud, *ARKITEKTER_NYHET[1:3], *slut)
    assert len(igenkanda(fil)) == 1, fall


def test_tidningens_vi_om_en_annans_yttrande_ar_referat(tmp_path: Path) -> None:
    """prov12/varnamonu-arenafragan-yttrande: a local paper's 'vi' tells its readers of another's yttrande
    ('Vi ger er i detalj Värnamo kommuns inskickade yttrande', 'Nu kan vi som första medie berätta att
    kommunen har … skickat in sitt yttrande'): a report, no yttrande; and the deadline the paper retells in
    the past ('… berättade förvaltningschefen … att Värnamo kommun har fram till och med den 1 april på sig
    att komma in med …') asks the reader for nothing: no remiss either."""
    from remiss.read import read_file
    from remiss.split import classify

    fil = _docx(
        tmp_path / "v.docx",
        "Nyheter",
        "Kommunen har sagt sitt i arenafrågan",
        "Nyheter Vi ger er i detalj Värnamo kommuns inskickade yttrande till mark- och miljödomstolen.",
        "Värnamo kommun har sagt sitt i detaljplanefrågan. Bild: HMXW Arkitekter",
        "För några veckor sedan berättade förvaltningschefen Jesper du Rietz att Värnamo kommun har fram "
        "till och med den 1 april på sig att komma in med kompletteringar, synpunkter och aspekter gällande "
        "Naturskyddsföreningens överklagan gällande detaljplanen för den nya fotbollsarenan i Värnamo. Nu "
        "kan vi som första medie berätta att kommunen har satt ihop och skickat in sitt yttrande till mark- "
        "och miljödomstolen. Värnamo kommun yrkar att Naturskyddsföreningens överklagan ska avslås utifrån "
        "följande aspekter:",
    )
    assert igenkanda(fil) == []
    assert classify(read_file(fil).lines) == "annat"


@pytest.mark.parametrize(
    "mening",
    [
        "Vi är i stora drag positiva till förslaget.",
        "Nämnden ser i stora drag positivt på förslaget.",
        "Kommunen ställer sig i stora drag bakom förslaget.",
        "Nämnden tillstyrker i stora drag förslagen men avstyrker förslaget om avgifter.",
    ],
)
def test_i_stora_drag_ar_som_i_huvudsak(mening: str) -> None:
    """'i stora drag' qualifies a stance on the whole as 'i stort sett' and 'i huvudsak' do
    (prov12/boonatur-skarpnas-naturreservat-yttrande: 'I stora drag är vi positiva till det föreslagna
    naturreservatet'); beside an avstyrker of a named part the whole's value stands."""
    from remiss.kontroll.brister import bedom
    from remiss.kontroll.stallning import find_fynd, make_blocks

    fynd = find_fynd(make_blocks(_lines(mening)), del_="brodtext", namnd=None)
    assert bedom([], fynd, har_beslutsrubrik=False).stallningstagande == "tillstyrker"


def test_antal_svar_som_tar_stallning_ar_en_text_om_manga_svar(tmp_path: Path) -> None:
    """tffr.org (a magazine's review of the answers, `pages`, not in the corpus): '32 remissyttranden avvisar
    själva betänkandet …', a number of answers taking a stance, is a text about many answers, none of them:
    no yttrande, also not by the learned type."""
    fil = _docx(
        tmp_path / "t.docx",
        "32 remissyttranden avvisar själva betänkandet om ny tryck- och yttrandefrihetsgrundlag. – Det var "
        "inte vad vi frågade om, säger kommittéordföranden Göran Lambertz.",
        "Sågning av förslag till ny grundlag",
        "Yttrandefrihetskommittén bad om synpunkter på ett förslag med tre olika modeller för en ny "
        "grundlag; en ansvars-, en verksamhets- och en ändamålsmodell.",
        "Fyra, högt räknat fem, av svaren är entydigt positiva. Statens Kriminaltekniska laboratorium, "
        "Kronofogdemyndigheten, Datainspektionen, och Civil Rights Defenders tillstyrker någon av "
        "modellerna.",
    )
    assert igenkanda(fil) == []


def test_sammansatt_dnr_etikett_i_huvudraden(tmp_path: Path) -> None:
    """yttranden/skatteverket-manadsuppgifter-yttrande with its paragraphs joined (bench_textfel ett_stycke):
    'Datum: 2011-11-07 Dnr/målnr/löpnr: 131-512407-11/112' on one line — the label names three kinds of
    number, the value after it is the own dnr (session 13, lead)."""
    fil = _docx(
        tmp_path / "y.docx",
        "Skatteverket",
        "Skatteverkets yttranden",
        "Månadsuppgiftsutredningens betänkande Månadsuppgifter - snabbt och enkelt (SOU 2011:40)",
        "Datum: 2011-11-07 Dnr/målnr/löpnr: 131-512407-11/112",
        "Sammanfattning",
        "Skatteverket tillstyrker förslaget att arbetsgivare ska bli skyldiga att lämna kontrolluppgift en "
        "gång i månaden istället för som idag en gång om året. Förslaget är bra och underlättar arbetet mot "
        "svart arbetskraft.",
    )
    [kontroll] = igenkanda(fil)
    assert kontroll.diarienummer == "131-512407-11/112"


# --- textfel14 (session 14): bench_textfel's flaws on the kontroll side ---


@pytest.mark.parametrize(
    "huvud",
    [
        ("Stockholm, 11 juni 2021 Till: Justitiedepartementet Gem 2021/0063 Remissunderlag",),
        ("Stockholm, 11 juni 2021 Till: Justitiedepartementet", "Gem 2021/0063 Remissunderlag"),
    ],
)
def test_nummer_utan_etikett_ihopkort_med_huvudets_falt(tmp_path: Path, huvud: tuple[str, ...]) -> None:
    """yttranden/slf-motstandskraft-remissvar with its head run together (bench_textfel ett_stycke and
    rubrik_i_stycket): 'Gem 2021/0063' between 'Till: Justitiedepartementet' and the link 'Remissunderlag' is
    still the own number without a label (as yttranden/sthlmhandelskammare-kapacitetsutredningen's docplayer
    head '1 Trafikverket TRV 2011/17304 Stockholm, den 30 mars …')."""
    webb = _docx(
        tmp_path / "s.docx",
        "Hoppa till innehåll",
        "Struktur för ökad motståndskraft (SOU 2021:25)",
        *huvud,
        "Sveriges läkarförbund har fått rubricerat betänkande på remiss och vill framföra följande "
        "synpunkter. Läkarförbundet tillstyrker utredningens förslag.",
    )
    assert kontrollera_fil(webb)[0].diarienummer == "Gem 2021/0063"


def test_titel_med_forsta_stycket_efter_referensen(tmp_path: Path) -> None:
    """yttranden/sveahovratt-familjemal-yttrande with its paragraphs joined (bench_textfel ett_stycke): the
    title closed by its reference runs on into the first paragraph ('… familjemål (Ds 2020:18) Utifrån de
    utgångspunkter … har hovrätten ingen invändning mot förslagen i promemorian'): the title ends at the
    reference and the stance after it is read (not the later 'inga synpunkter på förslaget att …')."""
    from tests.conftest import write_pdf

    fil = write_pdf(tmp_path / "s.pdf", [[
        "Yttrande",
        "Datum 2020-12-03 Diarienummer HSV 2020/836",
        "Yttrande över promemorian Ökad rättssäkerhet",
        "och snabbare verkställighet i internationella familjemål (Ds 2020:18) Utifrån de",
        "utgångspunkter som domstolen har att beakta har hovrätten ingen invändning mot",
        "förslagen i promemorian, men önskar framföra följande synpunkter.",
        "Behövs det ett reservforum?",
        "I den nya lagen med kompletterande bestämmelser till förordningen föreslås en något",
        "ändrad bestämmelse om tillfälliga åtgärder jämfört med den nu gällande (2 § i",
        "förslaget jämfört med 8 § i den nuvarande kompletteringslagen). Hovrätten har inga",
        "synpunkter på förslaget att forumfrågan – i enlighet med uttryckssättet i förordningen",
        "– ska avgöras utifrån den ort där barnet vistas, i stället för barnets hemvist.",
    ]])
    [kontroll] = kontrollera_fil(fil)
    assert kontroll.titel.endswith("familjemål (Ds 2020:18)")
    assert kontroll.stallningstagande == "tillstyrker"


def test_etikett_med_datum_ihopkord_med_texten_ar_ingen_titel(tmp_path: Path) -> None:
    """yttranden/unicef-barnkonventionen-remissvar with its label run into the paragraph (bench_textfel
    rubrik_i_stycket): 'Remissvar från 2016-10-10: UNICEF Sverige välkomnar betänkandet …' is the label
    before the text, no title; the stance in the sentence is read."""
    from tests.conftest import write_pdf

    fil = write_pdf(tmp_path / "u.pdf", [[
        "UNICEF Sverige",
        "Barnkonventionen blir svensk lag",
        "• Remissvar på betänkandet Barnkonventionen blir svensk lag",
        "Remissvar från 2016-10-10: UNICEF Sverige välkomnar betänkandet av utredningen",
        "Barnkonventionen blir svensk lag, som sätter barn som rättighetsbärare i fokus.",
        "Synsättet på barn som en aktör snarare än objekt förtydligas och genomsyrar större",
        "delen av utredningen. Särskilt positivt är att barns rätt till delaktighet och inflytande",
        "så tydligt lyfts fram tillsammans med principen om barnets bästa.",
    ]])
    [kontroll] = kontrollera_fil(fil)
    assert kontroll.stallningstagande == "tillstyrker"


IFFS_RUBRIK = ("Illa, svagt, fel – IFFS kritiserar slutbetänkande om", "universitetsstyrning")
IFFS_TEXT = (
    "Regeringens utredning om universitetens och högskolornas styrning (SOU 2019:6),",
    "vars slutbetänkande kom tidigare i år, präglas enligt IFFS av en rad allvarliga brister",
    "som kan få dramatiska konsekvenser för Sverige som ledande kunskapsnation. En",
    "helhetssyn på den forskning som bedrivs i samhället saknas, ett flertal av slutsatserna",
    "och resonemangen i betänkandet är illa underbyggda, det saknas tillfredsställande",
    "konsekvensanalyser rörande många av de förslag som förs fram, och – menar IFFS i",
    "ett remissyttrande – den verklighetsbeskrivning som ligger till grund för",
    "diskussionerna avspeglar inte komplexiteten i de frågor och verksamheter som",
)


@pytest.mark.parametrize(
    "slut",
    [
        ("betänkandet berör. Läs hela IFFS remissyttrande.",),
        ("betänkandet berör.",
         "2 2(3) Illa, svagt, fel – IFFS kritiserar slutbetänkande om universitetsstyrning Läs hela",
         "IFFS remissyttrande."),
    ],
    ids=["ihop-med-stycket", "efter-sidraknaren"],
)
def test_lank_till_eget_svar_ihopkord_med_texten(tmp_path: Path, slut: tuple[str, ...]) -> None:
    """yttranden/iffs-universitetsstyrning-remissyttrande with its paragraphs joined or a page counter and
    the repeated title before the link (bench_textfel ett_stycke, sidraknare): 'Läs hela IFFS
    remissyttrande.' run into the paragraph, or broken after a transcript's '2 2(3) <title>', is still the
    link to the own answer: the institute's news on its own yttrande."""
    from tests.conftest import write_pdf

    fil = write_pdf(tmp_path / "i.pdf", [[*IFFS_RUBRIK, *IFFS_TEXT, *slut]])
    assert len(igenkanda(fil)) == 1


def test_huvudrad_med_slaget_ar_ingen_titel_och_inget_nytt_yttrande(tmp_path: Path) -> None:
    """prov3/forsakringskassan-mer-trygghet with its head joined (bench_textfel ett_stycke): 'REMISSYTTRANDE
    Datum Vår beteckning 2015-08-14 016522-2015', the head row read as one line and repeated at the top of
    the next page over the table of contents, is no title: one yttrande, not one per page."""
    from tests.conftest import write_pdf

    huvud = "REMISSYTTRANDE Datum Vår beteckning 2015-08-14 016522-2015"
    fil = write_pdf(tmp_path / "f.pdf", [
        ["Försäkringskassan", "1 (44)", huvud, "Socialdepartementet", "103 33 STOCKHOLM",
         "Mer trygghet och bättre försäkring", "(SOU 2015:21)", "Postadress Besöksadress Telefon",
         "103 51 Stockholm"],
        ["2 (44)", huvud, "Innehåll",
         "Mer trygghet och bättre försäkring (SOU 2015:21) ........................... 5 Disposition",
         "...................................................................... 5 Sammanfattning",
         "...................................................................... 5 Diskussion",
         "....................................................................... 7 Del 1: Ett",
         "rättvisande inkomstunderlag ....................................................... 7 Del 2: En",
         "långsiktigt hållbar sjukförsäkring ................................. 8 Del 3: Bättre stöd för",
         "återgång i arbete vid ohälsa .................................... 10 Del 4: En mer rättssäker",
         "arbetsskadeförsäkring ........................................ 13 Del 5: En trygg och rättvis",
         "arbetslöshetsförsäkring .................................. 13 Del 6: Bättre försäkringsskydd för",
         "vissa grupper ..................................... 14 Försäkringskassans svar på utredningens"],
    ])
    assert len(kontrollera_fil(fil)) == 1
# ytt20 (session 14): organisations' own answers as web notices, press releases and letters (prov13, informed)


def test_finlandssvenskt_utlatande_over_utkast_ar_ett_yttrande(tmp_path: Path) -> None:
    """prov13/slc-enskilda-vagar-utlatande: a Finnish förbund's 'Utlåtande över utkastet till …' to a
    ministry names what it answers without the words remiss or yttrande (it is checked as a whole), and
    'framför följande kommentarer över utkastet' is the sender's answer as 'lämnar följande' is."""
    fil = _docx(
        tmp_path / "s.docx",
        "Utlåtande över utkastet till lagen om enskilda vägar",
        "Kommunikationsministeriet",
        "LVM082:00/2015",
        "Utlåtande över utkastet till Regeringens proposition över lagen om enskilda "
        "vägar och vissa till den "
        "hörande lagar",
        "Svenska lantbruksproducenternas centralförbund SLC framför följande kommentarer över utkastet:",
        "Lagen om enskilda vägar är i behov av en förnyelse. Den gällande lagen är svårtydbar och det är "
        "välkommet att det finns en strävan att skapa en tydligare lag kring de enskilda vägarna.",
        "Tyvärr finns det också brister i det aktuella utkastet, som inte tjänar syftet att skapa en mindre "
        "byråkratisk förvaltning av särskilt små och i praktiken fungerande väglag.",
    )
    [kontroll] = igenkanda(fil)
    assert kontroll.stallningstagande is None


def test_synpunkter_pa_annans_tillstandsansokan_i_transkriptets_rubrik(tmp_path: Path) -> None:
    """prov13/borgstena-fagel-vindkraft-synpunkter: an association's 'Synpunkter om fågellivet angående Borås
    Energi och Miljös tillståndsansökan om etablering av vindkraft', the title run into the transcript's
    first paragraph with the sender and date: its answer to another's application, a yttrande."""
    fil = _docx(
        tmp_path / "b.docx",
        "Synpunkter om fågellivet angående Borås Energi och Miljös tillståndsansökan om "
        "etablering av vindkraft "
        "Vindkraftpark på fastigheterna Kållared 1:10, Borgstena 8:1, Borås Stad Borgstena Fågelsällskap, "
        "25/2 2013 1",
        "Inledning I och med att Borås Energi och Miljö AB ansöker om tillstånd att anlägga vindkraftverk "
        "nordost om Borgstena ser vi det som vår skyldighet att upplysa om den märkvärdiga naturen och dess "
        "rika fågelliv som vi omges av. Vi upplever att mycket viktig information saknas för "
        "tillståndsansökan. Vi anser därför att tillståndsprocessen måste stannas upp tills en fullkomlig "
        "sträckinventering har gjorts och saknade uppgifter fogas till utredningen.",
    )
    assert len(igenkanda(fil)) == 1


def test_pressmeddelande_som_lankar_hela_remissvaret_ar_eget(tmp_path: Path) -> None:
    """prov13/folkbildningsforbundet-kulturutredningen-remissvar: the press release's 'Hela remissvaret hittar
    du här:http://…' links the answer on the sender's own site: its own publication, so 'För mer information
    kontakta:' (a press release's genre) does not count against it."""
    fil = _docx(
        tmp_path / "f.docx",
        "Folkbildningsförbundet",
        "Nu har Folkbildningsförbundet, de nio studieförbundens intresseorganisation, "
        "lämnat sitt remissvar på "
        "Kulturutredningen. Förbundet är kritiskt till den korta remisstiden och man hade föredragit en "
        "parlamentarisk utredning. Folkbildningsförbundet anser att portföljmodellen "
        "måste utredas ytterligare.",
        "Hela remissvaret hittar du här:http://www.studieforbunden.se/Pages/remisser.html",
        "För mer information kontakta:Folkbildningsförbundets informatör Anna Morin: 0702-51 91 46, "
        "anna@studieforbunden.se",
    )
    [kontroll] = igenkanda(fil)
    assert kontroll.stallningstagande is None


def test_distriktssida_som_skickar_lasaren_till_den_som_svarat_ar_annat(tmp_path: Path) -> None:
    """prov13/sbkuppland-hundsport-yttrande: a district's page says that the national clubs 'har lämnat in ett
    gemensamt yttrande' and sends the reader on ('Läs mer på >> Brukshundklubben'): a text about another's
    answer, not recognised, also not by the learned type (which cannot see who speaks)."""
    fil = _docx(
        tmp_path / "u.docx",
        "Rimligt med undantag även för hundsporten",
        "Svenska Brukshundklubben (SBK) och Svenska Kennelklubben SKK) har lämnat in ett gemensamt yttrande "
        "till Socialdepartementet med ett förslag om att hundtävlingar ska omfattas av samma undantag som "
        "motionslopp i förordningen (2018:8) om särskilda begränsningar för att förhindra spridning av "
        "covid-19.",
        "Läs mer på >> Brukshundklubben",
    )
    assert igenkanda(fil) == []


def test_finlandskt_ministeriums_projektnummer_under_adressaten(tmp_path: Path) -> None:
    """prov13/slc-enskilda-vagar-utlatande: the ministry's project number alone under the addressee
    ('Kommunikationsministeriet' / 'LVM082:00/2015') is the number the utlåtande gives (as the text writes
    it)."""
    fil = _docx(
        tmp_path / "s.docx",
        "Utlåtande över utkastet till lagen om enskilda vägar",
        "Kommunikationsministeriet",
        "LVM082:00/2015",
        "Svenska lantbruksproducenternas centralförbund SLC framför följande kommentarer över utkastet:",
        "Lagen om enskilda vägar är i behov av en förnyelse. Den gällande lagen är svårtydbar och det är "
        "välkommet att det finns en strävan att skapa en tydligare lag kring de enskilda vägarna.",
    )
    [kontroll] = igenkanda(fil)
    assert kontroll.diarienummer == "LVM082:00/2015"


def test_sammanfattningsrubrik_med_kolon_sist_i_stycket(tmp_path: Path) -> None:
    """prov5/folkbildningsradet-bibliotekslag-remissvar with its paragraphs joined (bench_textfel
    ett_stycke): '… på förslag till ny bibliotekslag. Folkbildningsrådets remissvar i korthet:' closes the
    paragraph over the summary's list: still the summary's heading."""
    fil = _docx(
        tmp_path / "f.docx",
        "Folkbildningsrådet",
        "Ds 2012:13 Ny bibliotekslag",
        "Senast uppdaterad: 2012-09-20",
        "Folkbildningsrådet har erbjudits lämna synpunkter på förslag till ny bibliotekslag. "
        "Folkbildningsrådets remissvar i korthet:",
        "• Folkbildningsrådet delar uppfattningen att varje kommun ska ha ett folkbibliotek. Dessa ska vara "
        "tillgängliga för alla och anpassade till kommuninvånarnas behov.",
        "• Folkbildningsrådet anser att på folkbiblioteken ska allmänheten få låna litteratur avgiftsfritt.",
    )
    [kontroll] = kontrollera_fil(fil)
    assert kontroll.har_sammanfattning


def test_sammanfattningsrubrik_sist_pa_raden_over_en_lista(tmp_path: Path) -> None:
    """prov12/boonatur-skarpnas-naturreservat-yttrande with its paragraphs joined (bench_textfel ett_stycke):
    '… i samrådshandlingen. Sammanfattande synpunkter' closing a line over the list '– låt naturreservatet
    …' is the summary's heading."""
    from tests.conftest import write_pdf

    fil = write_pdf(tmp_path / "b.pdf", [[
        "Boo Miljö- och Naturvänner",
        "ORMINGE – Yttrande över samråd för Förslag till bildande av",
        "Skarpnäs naturreservat i Boo.",
        "Detta är tredje gången ett förslag till naturreservat i Skarpnäs är på samråd. Det",
        "första samrådet hölls 1999, men redan innan det så ingick Skarpnäsområdet bland de",
        "skogsområden, som Nacka kommun genom ett principbeslut 1985 skulle pröva som",
        "naturvårdsområden. Det har varit en lång och utdragen process med andra ord och",
        "Boo Miljö- och Naturvänner välkomnar, att det nu ser ut som att ett naturreservat i",
        "Skarpnäs ska bli verklighet. I stora drag är vi positiva till det föreslagna",
        "naturreservatet, men det finns en del punkter vi vill ta upp, som gör att",
        "naturreservatet bättre kan uppfylla reservatets syften så som de formuleras i",
        "samrådshandlingen. Sammanfattande synpunkter",
        "– låt naturreservatet följa nuvarande gräns för Kummelbergets verksamhetsområde",
        "– utöka naturreservatet med Vargskogen",
        "– slopa förslaget till hundrastområde i naturreservatet",
    ]])
    [kontroll] = kontrollera_fil(fil)
    assert kontroll.har_sammanfattning


def test_etiketterat_remissnummer_i_huvud_som_transkriptet_fogat_till_texten(tmp_path: Path) -> None:
    """yttranden/svensktnaringsliv-alkoholservering with its paragraphs joined (bench_textfel ett_stycke):
    'MOTTAGARE Socialdepartementet Externt diarienummer S/2020/8228 Promemorian … (S2020/08228) Svenskt
    Näringsliv vill …': the labelled number in the head is still read, though the text with its verbs runs on
    after it (a sentence before the label, 'se ärendenummer …', still names another case)."""
    fil = _docx(
        tmp_path / "s.docx",
        "Svenskt Näringsliv",
        "REMISSVAR16 november 2020",
        "Remiss av Promemorian Förslag till förordning om tillfälligt förbud mot servering av alkohol.",
        "MOTTAGARE Socialdepartementet Externt diarienummer S/2020/8228 Promemorian Förslag till förordning "
        "om tillfälligt förbud mot servering av alkohol (S2020/08228) Svenskt Näringsliv vill med anledning "
        "av "
        "rubricerad departementspromemoria lämna följande synpunkter.",
        "Kommentarer och ställningstagande",
        "Föreningen Svenskt Näringsliv har valt att inte kommentera det remitterade förslaget i alla delar, "
        "utan riktar in våra synpunkter på effekterna av de föreslagna restriktionerna.",
    )
    [kontroll] = kontrollera_fil(fil)
    assert kontroll.diarienummer == "S/2020/8228"


def test_remissvar_under_senare_sidas_huvud_i_transkript(tmp_path: Path) -> None:
    """prov2/ludvika-ksau-kapacitetsutredning with a transcript's page counter in the text (bench_textfel
    sidraknare): the page break is gone, but 'SAMMANTRÄDESPROTOKOLL 2 (20)' over '28 KS 2012/172 51' /
    'Remissvar Trafikverkets kapacitetsutredning' still opens a later page: the title is the paragraph's
    yttrande, with its number."""
    from tests.conftest import write_pdf

    fil = write_pdf(tmp_path / "l.pdf", [[
        "Ludvika",
        "SAMMANTRÄDESPROTOKOLL 1 (20) Plats Stadshuset, sessionssalen, Ludvika",
        "Dag och tid Tisdag den 20 mars 2012, kl. 13.25 15.45",
        "Övriga Jan Lindström, förvaltningschef Rune Wikström, ekonomichef Jan-Erik Eriksson, planeringschef",
        "Underskrifter 28 45 Sekreterare Ordförande Justerande Marianne Gidlund Ivan Eriksson HåGe Persson",
        "ANSLAG/BEVIS Protokollet från kommunstyrelsens arbetsutskott den 20 mars 2012, 28 45 är justerat",
        "och",
        "tillkännagivet genom anslag Anslås under tiden. -. Protokollet förvaras på kanslienheten",
        "Underskrift",
        "2 2(3) SAMMANTRÄDESPROTOKOLL 1 (20) Plats Stadshuset, sessionssalen, Ludvika",
        "SAMMANTRÄDESPROTOKOLL 2 (20)",
        "28 KS 2012/172 51",
        "Remissvar Trafikverkets kapacitetsutredning",
        "Beslut Arbetsutskottet lämnar yttrande i enlighet med mark- och planeringsenhetens förslag",
        "daterat den 20",
        "mars 2012.",
        "Av en tjänsteskrivelse från mark- och planeringsenheten daterad den 20 mars 2012 framgår att",
        "Trafikverket",
        "har av regeringen fått i uppdrag att analysera åtgärder för att öka kapaciteten och",
        "effektiviteten i",
        "transportsystemet. Kommunen är remissinstans för utredningen och remisstiden går ut sista mars",
        "2012.",
        "Remissvar till Trafikverket Akten",
    ]])
    [kontroll] = kontrollera_fil(fil)
    assert kontroll.diarienummer == "KS 2012/172"
@pytest.mark.parametrize(
    ("mening", "vantat"),
    [
        # prov13/svekatt-id-markning-remissvar: the inquiry proposes what the association wants
        ("SVEKATT har nu lämnat in sitt remissvar (se nedan) och vi hoppas att resultatet så småningom blir "
         "ett skarpt lagförslag.", "tillstyrker"),
        ("Vi hoppas att förslaget snart blir lag.", "tillstyrker"),
        ("Förbundet hoppas att utredningens förslag snabbt förverkligas.", "tillstyrker"),
        ("Vi hoppas att förslaget inte genomförs.", "avstyrker"),
        ("Vi hoppas att förslaget om avgifter genomförs.", None),  # one proposal: a part
        ("Vi hoppas att förslaget blir bättre.", None),
        # yttranden/nv-havet-och-manniskan: what the proposals lead to, no stance
        ("Naturvårdsverket hoppas att förslagen leder till att takten i åtgärdsarbetet ökar.", None),
        # prov13/naturbrukarna-artskydd-remissvar: a warning against the remitted guidelines being adopted
        ("I vårt svar varnar vi för att ett bakslag i detta arbete om riktlinjer anammas.", "avstyrker"),
        ("Förbundet varnar för att förslaget genomförs i sin nuvarande form.", "avstyrker"),
        ("Vi varnar för att förslaget inte genomförs.", "tillstyrker"),
        ("Vi varnar för att kostnaderna ökar om förslaget genomförs.", None),  # the consequences
        # prov13/borgstena-fagel-vindkraft-synpunkter: the examination of another's application halted
        ("Vi anser därför att tillståndsprocessen måste stannas upp tills en fullkomlig "
         "sträckinventering har "
         "gjorts och saknade uppgifter fogas till utredningen.", "avstyrker"),
    ],
)
def test_hopp_varning_och_stopp_utan_stallningsord(mening: str, vantat: str | None) -> None:
    """Without the stance word: hoping that the proposal becomes law or is carried out is support, warning
    that it is adopted or demanding that the examination be halted is rejection (README: avvisande utan
    ordet); about one proposal, or about its consequences, no stance."""
    from remiss.kontroll.brister import bedom
    from remiss.kontroll.stallning import find_fynd, make_blocks

    fynd = find_fynd(make_blocks(_lines(mening)), del_="brodtext", namnd=None)
    assert bedom([], fynd, har_beslutsrubrik=False).stallningstagande == vantat


def test_egen_sida_som_skickar_lasaren_vidare_ar_kvar_ett_svar(tmp_path: Path) -> None:
    """The same words on the answering club's own page (its name over the page, its own 'vi') stay its own
    notice: the reading hint to another page is no report when the sender speaks."""
    fil = _docx(
        tmp_path / "e.docx",
        "Svenska Brukshundklubben",
        "Rimligt med undantag även för hundsporten",
        "Svenska Brukshundklubben har lämnat in ett yttrande till Socialdepartementet med ett förslag om att "
        "hundtävlingar ska omfattas av samma undantag som motionslopp i förordningen (2018:8). Vi anser att "
        "förordningen bör ändras.",
        "Läs mer på Brukshundklubben",
    )
    assert len(igenkanda(fil)) == 1
def test_yttrande_fran_efter_en_mening_ar_ingen_titel(tmp_path: Path) -> None:
    """missiv/goteborg-ks-remittering-manskliga-rattigheter with 'Handlingar' run into its paragraph
    (bench_textfel rubrik_i_stycket): 'Handlingar Stadsledningskontorets tjänsteutlåtande den 18 november
    2024. Yttrande från SD den 10' / 'december 2024.' lists the decision's documents: a sentence ends before
    'Yttrande från', so it is no '<ämne> – Yttrande från <avsändare>' title and the remittering holds no
    yttrande."""
    from tests.conftest import write_pdf

    fil = write_pdf(tmp_path / "g.pdf", [[
        "Kommunstyrelsen",
        "Protokollsutdrag Sammanträdesdatum: 2025-02-05",
        "§ 122 Ärendenummer SLK-2024-00550",
        "Remittering av förslag till Göteborgs Stads riktlinje för arbetet med mänskliga",
        "rättigheter och likvärdig service",
        "Beslut Enligt stadsledningskontorets förslag:",
        "Kommunstyrelsen remitterar, utan eget ställningstagande, Göteborgs Stads riktlinje för arbetet med",
        "mänskliga rättigheter och likvärdig service i enlighet med bilaga 2 till stadsledningskontorets",
        "tjänsteutlåtande till de remittenter som framgår under rubriken Remissinstanser med begäran om",
        "yttrande inom tre månader efter kommunstyrelsens beslut.",
        "Tidigare behandling Bordlagt den 11 december 2024, § 1033 och den 22 januari 2025, § 64.",
        "Handlingar Stadsledningskontorets tjänsteutlåtande den 18 november 2024. Yttrande från SD den 10",
        "december 2024.",
        "Protokollsanteckningar Jörgen Fogelklou (SD) deltar inte i beslutet.",
        "Jörgen Fogelklou (SD) antecknar som yttrande en skrivelse från den 10 december 2024.",
        "Protokollsutdrag skickas till Till remittenter genom stadsledningskontoret",
    ]])
    assert igenkanda(fil) == []


def test_ministeriets_nummer_utan_etikett_i_ihopkord_huvudrad(tmp_path: Path) -> None:
    """prov13/slc-enskilda-vagar-utlatande with its head joined (bench_textfel ett_stycke, rubrik_i_stycket):
    'Kommunikationsministeriet LVM082:00/2015 Utlåtande över utkastet till Regeringens' names the number
    between the recipient and the title, without a label (letters glued to the digits)."""
    from tests.conftest import write_pdf

    fil = write_pdf(tmp_path / "s.pdf", [[
        "Svenska lantbruksproducenternas centralförbund SLC",
        "Utlåtande över utkastet till lagen om enskilda vägar",
        "Kommunikationsministeriet LVM082:00/2015 Utlåtande över utkastet till Regeringens",
        "proposition över lagen om enskilda vägar och vissa till den hörande lagar Svenska",
        "lantbruksproducenternas centralförbund SLC framför följande kommentarer över",
        "utkastet: Lagen om enskilda vägar är i behov av en förnyelse. Den gällande lagen är",
        "svårtydbar och det är välkommet att det finns en strävan att skapa en tydligare lag",
        "kring de enskilda vägarna. Enskilda vägar har en stor nationalekonomisk betydelse,",
        "särskilt med tanke på skogsbruk och den växande bioekonomin.",
    ]])
    assert kontrollera_fil(fil)[0].diarienummer == "LVM082:00/2015"


# ytt21: organisations' own short notices about their answer, and pages reporting others' answers
# (sources in tests/korpus/yttranden/<id>.txt)


def test_organisationen_overlamnar_synpunkter_pa_ett_betankande(tmp_path: Path) -> None:
    """Riksförbundet DHB's page (dhb-funktionshinderpolitik-remissvar, dhb.se): the organisation over the page
    hands in its views on a named betänkande and attaches them: its own answer, though no cue speaks."""
    fil = _docx(
        tmp_path / "d.docx",
        "Riksförbundet DHB",
        "Funktionshinderpolitik",
        "DHB överlämnar synpunkter på Myndigheten för delaktighets betänkande",
        "Genom dessa synpunkter vill DHB i samstämmighet med myndigheten lyfta och öka medvetenhet i "
        "frågan om "
        "att tillgängligheten i samhället måste förbättras.",
        "Men synpunkterna grundar sig i bland annat bristen på tydliga politiska åtaganden, åtgärder på de "
        "punkten FN kritiserat Sverige för, aktuell forskning och uppfyllelse av Barnkonventionen.",
        "Läs mer i det bifogade materialet!",
    )
    [kontroll] = igenkanda(fil)
    assert kontroll.stallningstagande is None
    assert "egen-organisations-svar" in kontroll.igenkanning


def test_egen_notis_om_samradsyttrandet_i_forsta_person(tmp_path: Path) -> None:
    """E22 AB's notice 'Skrivelse till Trafikverket' (e22-ronneby-nattarby-samradsyttrande, e22.eu): 'ställde
    vi oss' speaks in the sender's voice, a samrådsyttrande answers another's consultation, and the last
    sentence links the yttrande, also where a printed page's counter follows it on the next line."""
    from remiss.kontroll.struktur import bedom

    rader = [
        "Skrivelse till Trafikverket",
        "Det är glädjande när fler byggnationer kommer närmare genomförandet. Det",
        "meddelade också E22 AB Trafikverket i det samrådsyttrande som gjordes kring",
        "sträckan Ronneby Öst – Nättarby. Där ställde vi oss också mycket positiva till att",
        "sträckan ska byggas som motorväg, då det kommer förbättra tillgängligheten i",
        "regionen. Läs hela yttrandet här",
        "Sida 1(1)",
    ]
    familjer = bedom(_lines(*rader)).familjer
    assert "vi-tar-stallning" in familjer["rost"][1]
    assert "samradsyttrande" in familjer["svarar"][1]
    assert "lank-till-eget-svar" in familjer["publicerar"][1]
    [kontroll] = igenkanda(_docx(tmp_path / "e.docx", *rader[:-1]))
    assert kontroll.stallningstagande is None  # 'positiva till att sträckan ska byggas …': a part


def test_bloggens_manadssida_om_en_myndighets_remissvar_ar_inget_yttrande(tmp_path: Path) -> None:
    """A blog's month (tillgangligt-handisam-byggkrav-blogg, tillgangligt.blogspot.com): several posts, each
    under its own date line; the first post's headline 'Handisam rapport' names no sender of the page, and
    the post on Handisam's answer reports it."""
    fil = _docx(
        tmp_path / "b.docx",
        "onsdag 15 maj 2013",
        "Handisam rapport",
        "Handisam levererar i dag sin lägesbedömning och uppföljning av strategin för "
        "funktionshinderspolitiken "
        "2011-2016, Hur är läget?",
        "Läs hela rapporten här.",
        "onsdag 1 maj 2013",
        "Underkänner Byggkravsutredningens slutsatser",
        "Handisam, myndigheten för handikappolitisk samordning underkänner Byggkravsutredningens "
        "slutsatser om "
        "att ta bort möjligheten för kommunerna att utforma egna riktlinjer för tillgänglighet i sitt "
        "remissvar "
        "på byggkravsutredningen.",
        "Handisam tycker att förslaget är alltför dåligt underbyggt och att utredningen i huvudsak handlar "
        "om "
        "energihushållning.",
        "Läs hela remissvaret här.",
    )
    assert igenkanda(fil) == []


def test_myndighetens_egen_sida_med_en_datumrad_ar_kvar_ett_svar() -> None:
    """One dated post is no archive: an organisation's own notice under its date keeps its head."""
    from remiss.kontroll.struktur import bedom

    familjer = bedom(_lines(
        "onsdag 1 maj 2013",
        "Handisam",
        "I sitt remissvar anser Handisam att byggkravsutredningens förslag är alltför dåligt underbyggt.",
    )).familjer
    assert "referat" not in familjer
    assert "egen-avsandare-som-subjekt" in familjer["rost"][1]


def test_klubbens_sida_om_forbundens_gemensamma_yttrande_ar_inget_yttrande(tmp_path: Path) -> None:
    """A shooting club's page (trbg-vapendirektivet-gemensamt-yttrande, trbg.se): five federations the page
    does not name in its head have written a joint yttrande; 'Förslaget bör tas tillbaka' is theirs."""
    fil = _docx(
        tmp_path / "t.docx",
        "Justitiedepartementet har bett om yttrande över EU-kommissionens förslag till ändringar av "
        "vapendirektivet. Svenska Jägareförbundet, Svenska Skyttesportförbundet, Sveriges Dynamiska "
        "Sportskytteförbund, Svenska Skidskytteförbundet och Svenska Pistolskytteförbundet har författat ett "
        "gemensamt yttrande. Den korta sammanfattningen är att förslaget är ett hastverk med till delar "
        "oklar "
        "innebörd, men som skadar vår verksamhet och samtidigt missar målet. Förslaget bör tas tillbaka, "
        "beredas på gängse sätt och göras om. Utöver detta gemensamma yttrande har förbunden möjlighet att "
        "komplettera med egna yttranden.",
        "Hela remissvaret kan läsas, se länk nedan.",
    )
    assert igenkanda(fil) == []


def test_eget_gemensamt_yttrande_under_egen_rubrik_ar_inget_referat() -> None:
    """The same sentence on one of the federations' own pages (its name in the head) is its own answer."""
    from remiss.kontroll.struktur import bedom

    familjer = bedom(_lines(
        "Svenska Jägareförbundet",
        "Gemensamt yttrande om vapendirektivet",
        "Svenska Jägareförbundet, Svenska Skyttesportförbundet och Svenska Pistolskytteförbundet har "
        "författat "
        "ett gemensamt yttrande över EU-kommissionens förslag.",
    )).familjer
    assert "flera-organisationers-svar" not in familjer.get("referat", (0, ()))[1]


def test_forslaget_antaget_vore_ett_hot_ar_avvisande(tmp_path: Path) -> None:
    """Svenska industriminnesföreningen's notice (sim-vattenverksamhetsutredningen-remissvar, sim.se): 'Om
    utredningens förslag genomförs skulle det innebära ett starkt hot mot …' rejects the proposal without the
    stance word; a consequence with its own subject ('… ökar kostnaderna') takes no stance."""
    fil = _docx(
        tmp_path / "s.docx",
        "Remissvar om Vattenverksamhetsutredningen",
        "Vi har beretts tillfälle att yttra sig över delbetänkandet Ny prövning – förslag till ändrade "
        "vattenrättsliga regler (SOU 2013:69).",
        "Om utredningens förslag genomförs skulle det innebära ett starkt hot mot landets "
        "vattenverksamhetsanknutna kulturarv.",
    )
    [kontroll] = kontrollera_fil(fil)
    assert kontroll.stallningstagande == "avstyrker"
    fil = _docx(
        tmp_path / "k.docx",
        "Remissvar om Vattenverksamhetsutredningen",
        "Vi har beretts tillfälle att yttra sig över delbetänkandet Ny prövning – förslag till ändrade "
        "vattenrättsliga regler (SOU 2013:69).",
        "Om utredningens förslag genomförs ökar kostnaderna för de små kraftverken.",
    )
    [kontroll] = kontrollera_fil(fil)
    assert kontroll.stallningstagande is None


def test_planen_bor_inte_faststallas_ar_avvisande(tmp_path: Path) -> None:
    """Residents' letter to Trafikverket (onsala-vag940-arbetsplan-skrivelse, onsalavägen.se): 'Arbetsplanen
    bör inte fastställas förrän …' rejects the remitted plan without the stance word; a timetable ('strategin
    ska beslutas till sommaren', prov6/biogassyd-klimatstrategi-remissvar) takes no stance."""
    fil = _docx(
        tmp_path / "o.docx",
        "David Sjöstrand",
        "Knapegårdsvägen 1",
        "SE-439 93 Onsala",
        "Maria Edén",
        "Lilla Alelövsvägen 6",
        "439 32 Onsala",
        "Onsala 2013-11-24",
        "Trafikverket",
        "Angående Arbetsplan väg 940 Rösan – Forsbäck",
        "Samhällsekonomisk nytta",
        "Region Halland har fäst stor vikt vid det höga värdet på NNK, [4], då man prioriterat väg 940 i sin "
        "infrastrukturplan.",
        "Även Kungsbacka kommun har i sitt yttrande över Arbetsplan väg 940 Rösan – Forsbäck hänvisat till "
        "det höga värdet på NNK.",
        "Vi presenterar nedan ett antal väsentliga brister i presentationen av EVA-kalkylen. Så länge dessa "
        "brister kvarstår är det omöjligt för en utomstående att bedöma om det påstådda värdet på NNK är "
        "rimligt. Arbetsplanen bör inte fastställas förrän Trafikverket kompletterat underlaget.",
    )
    [kontroll] = kontrollera_fil(fil)
    assert kontroll.stallningstagande == "avstyrker"
    fil = _docx(
        tmp_path / "b.docx",
        "Biogas Syd remissvar på Skånes Klimat- och Energistrategi",
        "Den nya klimat- och energistrategin ska beslutas till sommaren och till dess kommer den gamla "
        "klimat- och energistrategin att gälla.",
    )
    assert all(k.stallningstagande is None for k in kontrollera_fil(fil))


def test_remissen_i_korthet_ar_en_sammanfattning(tmp_path: Path) -> None:
    """Västsvenska Handelskammaren's page (vshk-naringslivsstrategiskt-program-remissvar): 'Remissen i
    korthet:' over the points of its answer is a summary heading, like 'Ärendet i korthet'."""
    fil = _docx(
        tmp_path / "v.docx",
        "Remissvar till stadens näringslivsstrategiska program",
        "Västsvenska Handelskammaren har nu lämnat sitt remissvar till stadens näringslivsstrategiska "
        "program.",
        "Remissen i korthet:",
        "Förslaget om att näringslivets konsekvenser ska belysas regelbundet när staden fattar beslut i "
        "centrala frågor är välkommet",
        "Läs remissvaret i sin helhet",
    )
    [kontroll] = kontrollera_fil(fil)
    assert kontroll.har_sammanfattning


def test_myndighetens_nummer_utan_etikett_i_lanktexten(tmp_path: Path) -> None:
    """Naturbrukarna's blog post (prov13/naturbrukarna-artskydd-remissvar): the link text 'NV-08573-15' is
    Naturvårdsverket's case number, a form that needs no label (modeller/dnr.toml [utan_etikett]); a
    yttrande over several reports with several such numbers (prov9/ksla-tre-regeringsuppdrag-yttrande) has
    none of them."""
    fil = _docx(
        tmp_path / "n.docx",
        "Remissvar",
        "Föreningen har nu lämnat svar på något som heter ”Gemensamma riktlinjer för handläggning av "
        "artskyddsärenden i skogsbruket”. Det handlar om hur Skogsstyrelsen och Naturvårdsverket ska arbeta "
        "utifrån att det inkommer en anmälan om avverkning.",
        "Föreningens svar finner ni på denna länk NV-08573-15 Jag uppmanar många att läsa den och att "
        "försöka sätta sig in i allvaret. Själva riktlinjerna hittar ni på denna länk.",
        "I vårt svar varnar vi för att ett bakslag i detta arbete om riktlinjer anammas.",
    )
    [kontroll] = kontrollera_fil(fil)
    assert kontroll.diarienummer == "NV-08573-15"
    fil = _docx(
        tmp_path / "k.docx",
        "Yttrande över tre regeringsuppdrag:",
        "- Bevarandet av biologisk mångfald NV-05326-12 (Naturvårdsverket)",
        "- Sammanställd information om ekosystemtjänster NV-00841-12, 2012-10-31",
        "Kungl. Skogs- och Lantbruksakademien, KSLA, har beretts möjlighet att avge yttrande över ovan "
        "nämnda rapporter.",
    )
    [kontroll] = kontrollera_fil(fil)
    assert kontroll.diarienummer is None


def test_publicerad_och_uppdaterad_ar_inga_inlagg() -> None:
    """A page's published and updated dates over one text (prov6/sla-tibro-biblioteksplan: '07 maj 2014
    17:01' / '07 jan 2015 09:55') and a timeline's dates in a row (prov2/fardbevis-jonkoping-remissvar) are no
    list of posts."""
    from remiss.kontroll.struktur import _daterade_inlagg

    assert len(_daterade_inlagg(_lines(
        "07 maj 2014 17:01", "07 jan 2015 09:55", "Biblioteksplanen på remiss",
        "Nu ska förslaget till biblioteksplan 2015-2019 skickas ut på remiss.",
    ))) < 2
    assert len(_daterade_inlagg(_lines(
        "Remissvar om framtidens regionala utvecklingspolitik", "Regionstyrelsen har lämnat yttrande.",
        "Tidslinje", "23 september 2025", "3 september 2025", "Relaterat",
    ))) < 2


def test_klassen_efter_lopnumret_hor_inte_till_numret(tmp_path: Path) -> None:
    """Gotland's protocol paragraph (gotland-rs-koll-framat, gotland.se): 'KS2008/0120-51' alone under the
    paragraph is the case's number with its class '-51' after the serial; the diarienummer is without it."""
    fil = _docx(
        tmp_path / "g.docx",
        "SAMMANTRÄDESPROTOKOLL",
        "Regionstyrelsen",
        "2008-05-29",
        "KS § 107",
        "Remiss. KOLL framåt. Handlingsprogram för kollektivtrafiken",
        "AU § 102",
        "KS2008/0120-51",
        "Näringsdepartementet har inbjudit Gotlands kommun att lämna synpunkter på Vägverkets och "
        "Banverkets förslag till nationellt handlingsprogram för kollektivtrafikens långsiktiga utveckling – "
        "KOLL framåt.",
        "Ledningskontoret har upprättat förslag till yttrande.",
        "Kommunstyrelsens beslut",
        "Efter komplettering i enlighet med vad som framkom under överläggningen avges yttrande i "
        "överensstämmelse med ledningskontorets förslag.",
    )
    [kontroll] = kontrollera_fil(fil)
    assert kontroll.diarienummer == "KS2008/0120"


def test_pressmeddelande_om_flera_instansers_svar_i_smal_spalt() -> None:
    """Senea's press release (yttranden/senea-remissinstanser-elmatning) set in a narrow column (the letter
    layout of bench_layoutbyte): the answers themselves ('Remissvaren understryker …') are no sender in the
    head, and four bodies taking a position 'i sina respektive remissvar' is a report of others' answers."""
    from remiss.kontroll.struktur import bedom

    familjer = bedom(_lines(
        "1 (1)",
        "Remissinstanser vill ha modern elmätning Miljön,",
        "konsumenterna och konkurrensen tjänar på en moderniserad",
        "elmätning. Detta framgår av remissvaren på",
        "Energimyndighetens utredningsförslag ” Månadsvis avläsning",
        "av elmätare”. Naturvårdsverket, Konsumentverket, Konkurrensverket och Svenska Kraftnät tillstyrker",
        "Energimyndighetens förslag i sina respektive remissvar. - Remissvaren understryker att kravet på en",
        "moderniserad elmätning är mycket berättigat, säger Annette Brodin Rampe, VD för Senea AB.",
    )).familjer
    assert "rost" not in familjer
    assert "flera-organisationers-svar" in familjer["referat"][1]


def test_positiv_till_utredningens_slutsatser_ar_stod(tmp_path: Path) -> None:
    """Sveriges Skolledarförbund's press release (prov9/skolledarforbundet-skolkommissionen-pressmeddelande):
    'är positivt till Skolkommissionens slutsatser' supports the remitted report as a whole, like 'positiv
    till förslaget'; 'positiv till en utvecklad samverkan' remains a view on a part."""
    fil = _docx(
        tmp_path / "s.docx",
        "Skolkommissionens förslag är inget smörgåsbord",
        "Matz Nilsson, förbundsordförande i Sveriges Skolledarförbund, kommenterar förbundets remissvar på "
        "Skolkommissionens förslag Samling för skolan som skickats in till Regeringskansliet.",
        "Sveriges Skolledarförbund anser att förslagen har goda möjligheter att förbättra förutsättningarna "
        "för hög kvalitet i utbildningen och är positivt till Skolkommissionens slutsatser.",
    )
    assert [k.stallningstagande for k in kontrollera_fil(fil)] == ["tillstyrker"]
    fil = _docx(
        tmp_path / "k.docx",
        "Yttrande över Kulturutredningen",
        "Kulturrådet är positivt till en utvecklad samverkan, både med andra politikområden "
        "och med landsting.",
    )
    assert all(k.stallningstagande is None for k in kontrollera_fil(fil))


# ytt22 (session 16): prov14 misses (informed), each as a class of real documents
@pytest.mark.parametrize(
    ("mening", "vantat"),
    [
        # prov14/blacku-aurora-vindkraft-yttrande (https://blacku.se/2023/10/10/yttrande-i-arende-531-5716-2022-aurora/):
        # the site the applicant wants to build on is unsuitable: the application rejected without the word
        ("Området som OX2 vill exploatera är synnerligen olämpligt med tanke på att det passerar många "
         "miljoner fåglar genom området varje vår och höst.", "avstyrker"),
        ("Förslaget är oacceptabelt.", "avstyrker"),
        # prov14/nsf-norrkoping-tagstrategi-remissvar (https://norrkoping.naturskyddsforeningen.se/category/skrivelser):
        # the remitted strategy is no relevant scenario: rejection of the whole without the word
        ("Trafikgruppen skriver att förslaget Tågstrategisk målbild från Region Östergötland inte är ett "
         "relevant scenario för vad som är önskvärt 2040 för regionala trafiken utifrån behovet av "
         "omställning "
         "för att uppnå klimatmålen.", "avstyrker"),
        ("Planen är inte realistisk.", "avstyrker"),
        ("Förslaget om avgifter är olämpligt.", None),  # one proposal: a part
        ("Delen av förslaget som gäller avgifter är olämplig.", None),  # a part
        ("Förslaget är olämpligt om det inte kompletteras med en konsekvensanalys.", None),  # a condition
        ("Förslaget är inte relevant för vår verksamhet.", None),  # it does not concern the sender
        # delad/k04_nv_trafikbuller: a term, not the remitted proposal, is unsuitable: no stance
        ("Vi anser att begreppet riktvärde är olämpligt att använda i författningstext.", None),
    ],
)
def test_olampligt_eller_inte_rimligt_utan_stallningsord(mening: str, vantat: str | None) -> None:
    """Without the stance word: the remitted proposal (or the site applied for) is unsuitable, or is no
    realistic or relevant option, rejects the whole (README: avvisande utan ordet); about a part, on a
    condition, or about another thing, no stance."""
    from remiss.kontroll.brister import bedom
    from remiss.kontroll.stallning import find_fynd, make_blocks

    fynd = find_fynd(make_blocks(_lines(mening)), del_="brodtext", namnd=None)
    assert bedom([], fynd, har_beslutsrubrik=False).stallningstagande == vantat


def test_propositionens_lista_over_dem_som_avstatt_ar_inget_eget_avstaende(tmp_path: Path) -> None:
    """prov14/vagvalet-motormannen-remissvar (https://www.vagvaletgbg.se/regeringen-slarvar-med-remissvar-fran-
    motormannen/): a page quoting the bill's list 'Remissinstanser som avstått från att yttra sig' is about
    others' answers; the relative clause is no sender abstaining, so the page is no yttrande."""
    fil = _docx(
        tmp_path / "v.docx",
        "Regeringen slarvar med remissvar från Motormännen",
        "I regeringens proposition 2009/10:189 angående införande av trängselskatt i Göteborg har man "
        "skrivit "
        "följande:",
        "Remissinstanser som avstått från att yttra sig",
        "Sveriges kommuner och landsting samt Motormännens Riksförbund.",
        "Detta är helt fel.",
        "Motormännens Berndt Sehlstedt säger att “Det är regeringskansliet och finansdepartementet som "
        "slarvat "
        "och meddelat felaktigt att Motormännen inte svarat på remissen. Detta har jag påtalat och krävt att "
        "ett tillrättaläggande läggs ut på regeringens hemsida” .",
        "Läs det faktiska remissvaret här.",
        "Theo Papaioannou",
        "Vägvalet",
    )
    assert igenkanda(fil) == []
    assert "avstar-fran-att-yttra" in poang(_lines("Regelrådet avstår därför från att yttra sig i detta "
                                                   "ärende."))[1]


def test_privat_brev_i_lansstyrelsens_arende_med_numret_overst(tmp_path: Path) -> None:
    """yttranden/westgota-fjallar-hedared-vindkraft-yttrande (https://westgota-fjallar.webnode.se/news/anna-karins-
    yttrande/): a member's letter in the länsstyrelse's case on a wind farm, headed by the case's number
    without a label and the place and date, names what it answers by that number, not by the words
    'remiss' or 'yttrande': checked as a whole, the learned type recognises it, the number is its dnr."""
    fil = _docx(
        tmp_path / "w.docx",
        "551-42517-2013 Hedared                                                          Hedared 2015-10-18",
        "Vindkraftpark i Hedared",
        "Vi har idag Sveriges enda bevarade stavkyrka, vad händer med den? Det måste ju ändå vara ett "
        "oersättligt kulturarv!",
        "Själv bara jag älskar att gå i skogen och plocka både svamp och bär, eller varför inte bara "
        "lyssna på "
        "fåglarna. Vi har en hel del fågelliv i skogen runt omkring oss, tjäderspelsplats på flertalet "
        "ställen, "
        "fiskgjuse som häckar, tranor och tofsvipor för att nämna några arter.",
        "Våra härliga skogsstigar kommer att ersättas av 5 m breda vägar!!",
        "Min man som är med i Hedareds VVO funderar över jakten och djurlivet framöver. Vad kommer hända? "
        "Vårt "
        "landskap kommer bli sterilt framöver, inget liv och rörelse.",
        "Marken och vyerna förstörs!!",
        "Vår dotter med familj som enligt planerna kommer få ett vindkraftverk till granne är inte så "
        "glad, de "
        "flyttade till Hedared maj 2012 för att de ville bo på ett lugnt och härligt ställe.",
        "Inte jämte någon industritomt!",
        "Byalaget här i Hedared skickade ut en enkät när vi först fick höra om vindkraften och där svarade "
        "78% "
        "av Hedareds invånare NEJ! Det säger ganska mycket tycker jag.",
        "Tack för ordet!",
        "Vänliga hälsningar",
        "Anna-Karin Stensson",
        "Anna-Karin Stensson, Hedared",
        "Kassör i Föreningen Westgöta Fjällar – Bevara vår miljö",
    )
    [kontroll] = igenkanda(fil)
    assert kontroll.diarienummer == "551-42517-2013"
    assert kontroll.stallningstagande is None


def test_stod_som_aterger_remissens_namn_i_huvudet_ar_helheten(tmp_path: Path) -> None:
    """prov3/fi-remissvar-kreditupplysning (http://docplayer.se/3515038-Ett-starkare-skydd-for-den-enskildes-
    integritet-vid-kreditupplysning.html): 'tillstyrker förslaget att integritetsskyddet för enskilda ska
    stärkas när kreditupplysning …' restates the remitted Ds named with its number in the head ('Ett starkare
    skydd för den enskildes integritet vid kreditupplysning, DS 2008:34'): the whole, beside 'avstyrker
    förslaget om …' on parts, tillstyrker; a sentence that names only one proposal stays a part (blandat)."""
    huvud = (
        "1 REMISSVAR",
        "Justitiedepartementet FI Dnr Finansinspektionen",
        "Enheten för familjerätt och allmän förmögenhetsrätt (Anges alltid vid svar)",
        "Henrik Holmgren Stockholm P.O. Box 7821 SE Stockholm [Brunnsgatan 3] Tel Fax",
        "Ett starkare skydd för den enskildes integritet vid kreditupplysning, DS 2008:34.",
        "Ju2008/4277/L2",
        "Sammanfattning",
    )
    avstyrker = (
        "Finansinspektionen avstyrker förslaget om att kreditupplysningar om fysiska personer som inte är "
        "näringsidkare inte ska få innehålla uppgift om betalningsförsummelser om mindre belopp än 5 000 "
        "kronor. "
        "Finansinspektionen avstyrker förslaget om att en uppgift om att kreditupplysning lämnats om fysisk "
        "person som inte är näringsidkare (s.k. omfrågeuppgift), ska gallras senast efter ett år."
    )
    fil = _docx(tmp_path / "f.docx", *huvud,
                "Finansinspektionen tillstyrker förslaget att integritetsskyddet för enskilda ska stärkas "
                "när "
                "kreditupplysning tillhandahålls ur en databas.", avstyrker)
    [kontroll] = kontrollera_fil(fil)
    assert kontroll.stallningstagande == "tillstyrker"
    fil = _docx(tmp_path / "g.docx", *huvud,
                "Finansinspektionen tillstyrker förslaget att kreditupplysningskopian ska sändas till den "
                "omfrågade.", avstyrker)
    [kontroll] = kontrollera_fil(fil)
    assert kontroll.stallningstagande == "blandat"


# ytt23 (session 17): prov15's yttrande misses (informed: prov15 is reported), each fixed as a class in the
# rules: the type model was retrained with prov15 in its training data, so what it now gets right there is
# no evidence; these tests switch it off and ask the rules alone.
@pytest.fixture
def utan_typmodell(monkeypatch: pytest.MonkeyPatch) -> None:
    """Switch the learned type model off: it is sure of no type (a third each), so only the rules decide, in
    the check and in tolka's missiv score alike."""
    from remiss import typmodell

    ingen = typmodell.Typbedomning({"annat": 1 / 3, "remiss": 1 / 3, "yttrande": 1 / 3})
    monkeypatch.setattr(typmodell, "bedom", lambda lines: ingen)


# a test run twice, with the rules alone (the fixture above asked for) and with the type model
REGLER_OCH_MODELL = pytest.mark.parametrize("regler_ensamma", [True, False], ids=["regler", "med-typmodell"])


def _regler(request: pytest.FixtureRequest, regler_ensamma: bool) -> None:
    """Switch the type model off when the test asks for the rules alone."""
    if regler_ensamma:
        request.getfixturevalue("utan_typmodell")


@pytest.mark.usefixtures("utan_typmodell")
def test_vart_yttrande_i_talsprak_ar_eget_svar(tmp_path: Path) -> None:
    """prov15/s-hudiksvall-vagplan-745-yttrande (https://hudiksvall.socialdemokraterna.se/yttrande-pa-vagplan-
    vag-745/): 'vårat yttrande', the spoken form of 'vårt', is the sender's own answer as 'vårt yttrande'."""
    fil = _docx(
        tmp_path / "s.docx",
        "Yttrande på vägplan väg 745",
        "Ett enigt representantskap beslutade igår att anta ett yttrande på vägplan för väg 745 Bjuråker – "
        "Näsviken.",
        "Det går att ladda ner vårat yttrande här nedan som skickas in till Trafikverket samt våra politiska "
        "kamrater i riksdagens trafikutskott och infrastrukturminister Tomas Eneroth",
        "facebook Twitter Email",
    )
    [kontroll] = igenkanda(fil)
    assert kontroll.stallningstagande is None


@pytest.mark.usefixtures("utan_typmodell")
def test_styrelsen_har_gjort_en_skrivelse_ar_eget_svar(tmp_path: Path) -> None:
    """prov15/stalboga-byalag-vag896-skrivelse (http://stalboga.se/2020/02/05/synpunkter-till-trafikverket/):
    'Styrelsen för Stålboga byalag har gjort ytterligare en skrivelse, nu till Trafikverket' is the board's
    own answer, as 'har skrivit en skrivelse'; 'motsätter sig förslaget' rejects it."""
    fil = _docx(
        tmp_path / "s.docx",
        "Många argument till Trafikverket",
        "Styrelsen för Stålboga byalag har gjort ytterligare en skrivelse, nu till Trafikverket centralt, "
        "angående förslaget att Stålbogabor ska ta över väghållningsansvar för väg 896.",
        "Byalaget och övriga ägare till fastigheter i Stålboga motsätter sig förslaget om att byborna och "
        "sommarstugeägarna framöver ska ta över väghållningen av väg 896. I skrivelsen anges en mängd "
        "argument varför Trafikverket även i fortsättningen bör behålla ansvaret för väg Stålbogavägen.",
        "Styrelsen Stålboga byalag",
        "Gunilla Magnusson, ordförande",
    )
    [kontroll] = igenkanda(fil)
    assert kontroll.stallningstagande == "avstyrker"


@pytest.mark.usefixtures("utan_typmodell")
def test_har_svarat_pa_inbjudan_till_samrad_ar_eget_svar(tmp_path: Path) -> None:
    """prov15/friluftsframjandet-salem-kraftledning-samrad (https://www.friluftsframjandet.se/regioner/
    malardalen/lokalavdelningar/salem/friluftsmiljo/): 'har vi svarat på inbjudan till samråd … Svaret löd i
    korthet' is the sender's answer in a consultation, as 'har svarat på remissen' is in a remiss."""
    fil = _docx(
        tmp_path / "f.docx",
        "Friluftsmiljö",
        "Friluftsfrämjandet Salem är en remissinstans för att granska remisser från olika aktörer och vi "
        "lämnar även synpunkter på kommunens detaljplaner.",
        "Under 2020 har vi tagit del av flera detaljplaner från kommunen, men ingen som berör områden där "
        "friluftsliv idkas, varför vi inte har lämnat några synpunkter. Däremot har vi svarat på inbjudan "
        "till samråd enligt kap 6",
        "miljöbalken avseende planerat kraftledningsprojekt Kolbotten-Gärtuna, från Vattenfall "
        "Eldistribution AB, i augusti 2020. Svaret löd i korthet enligt följande:",
        "”Det aktuella området är mycket attraktivt för friluftsaktiviteter, både inom Friluftsfrämjandets "
        "ramar och för privatpersoner och andra organisationer. Vi ser inte att den föreslagna "
        "ombyggnationen kommer att förändra frilufts- och naturvärdet i området, så länge tillgängligheten "
        "inte blockeras av ombyggnationen.”",
        "För frågor kontakta gärna Anna Ridderstad Wollberg, friluftsmiljöombud, telefon: 070 - 508 33 54.",
    )
    [kontroll] = igenkanda(fil)
    assert kontroll.stallningstagande is None


@pytest.mark.usefixtures("utan_typmodell")
def test_i_organisationens_yttrande_framforde_vi_ar_eget_svar(tmp_path: Path) -> None:
    """prov15/lidingonyheter-nsf-bradgarden-yttrande (https://www.lidingonyheter.se/naturskyddsforeningen-
    kritiserar-byggplanerna/): 'I Naturskyddsföreningens yttrande över samrådsförslaget … framförde vi' is
    the organisation speaking of its own answer in the first person, as 'I samrådsyttrandet … är vi'."""
    fil = _docx(
        tmp_path / "l.docx",
        "Naturskyddsföreningen kritiserar byggplanerna",
        "Debatt10 april 2023 kl 04.014",
        "Synpunkter på granskningsförslaget till detaljplan för kv. Brädgården och Båtbyggaren omfattande "
        "fastigheterna Brädgården 5:13, Brädgården 5:14 med flera i stadsdelen Bo, Lidingö stad.",
        "I Naturskyddsföreningens yttrande över samrådsförslaget till rubricerade detaljplan framförde vi "
        "att vi inte kan finna att det föreslagna upphävandet av strandskyddet inom en del av området "
        "skulle ha lagligt stöd.",
        "Vi noterar att man i det reviderade förslaget till detaljplan inte har beaktat våra synpunkter. Vi "
        "vidhåller dock vår uppfattning.",
        "Helena Klangemo",
        "Ordförande Natursky",
    )
    assert len(igenkanda(fil)) == 1


@pytest.mark.usefixtures("utan_typmodell")
def test_finlandssvenskt_utlatande_om_forslag_med_hanvisning(tmp_path: Path) -> None:
    """prov15/naturochmiljo-natura2000-utlatande (https://naturochmiljo.fi/vi_publicerar/utlatanden/article-
    21960-9403-utlatande-om-forslag-till-komplettering-av-natverket-natura-2000): a Finland-Swedish body's
    'Utlåtande om förslag till …' is a yttrande's title, as 'Yttrande om' is, under a web page's article list;
    'Hänvisning: YM1/500/2009' is the ministry's reference (the remiss's number, the answer has none of its
    own); 'Miljöministeriets förslag är väl motiverat' supports the remitted proposal without the word."""
    artiklar = [rad for rubrik, dag in (
        ("Så beräknas belastningen", "22.12.2014 kl. 12:40"),
        ("Stoppa klimatorättvisan", "05.12.2014 kl. 11:02"),
        ("Klimatförändringen märks i Bhutan", "05.12.2014 kl. 10:58"),
        ("Dags att ro klimatavtalet iland", "05.12.2014 kl. 10:54"),
        ("Kommunala avlopp under lupp", "05.12.2014 kl. 11:00"),
    ) for rad in (rubrik, dag)]
    fil = _docx(
        tmp_path / "n.docx",
        "vi_publicerar/utlatanden",
        "Artiklar i Finlands Natur",
        *artiklar,
        "Utlåtande om förslag till komplettering av nätverket Natura 2000",
        "04.05.2009 kl. 13:07",
        "Till: Miljöministeriet, PB 35, 00023 Statsrådet",
        "Hänvisning: YM1/500/2009",
        "Natur och Miljö har bekantat sig med miljöministeriets förslag till komplettering av nätverket "
        "Natura 2000 och vill som sin åsikt framföra följande:",
        "Miljöministeriets förslag är väl motiverat. Samtliga områden kompletterar på ett värdefullt sätt "
        "det nuvarande Natura 2000-nätverket. Natur och Miljö anser, att beslut i frågan kan och bör fattas "
        "utan dröjsmål på basen av det föreliggande förslaget.",
        "Natur och Miljö anser, att Natura 2000-nätverket ännu efter de nu föreslagna kompletteringarna är "
        "otillräckligt.",
        "Högaktningsfullt,",
        "Natur och Miljö rf",
        "Bernt Nordman, verksamhetsledare",
    )
    [kontroll] = igenkanda(fil)
    assert kontroll.diarienummer == "YM1/500/2009"
    assert kontroll.stallningstagande == "tillstyrker"



@pytest.mark.usefixtures("utan_typmodell")
def test_styrelsen_svarade_myndigheten_och_motsatte_sig(tmp_path: Path) -> None:
    """prov15/larsmo-samfallighet-fiskodling-svar (https://larsmosamfallighet.fi/styrelsemotet-3-augusti/): a
    board's meeting notice 'Styrelse svarade RFV …' (the authority a company notified) tells its own answer;
    'Styrelsen motsatte sig alltså till försöksverksamhet i området' rejects the notified activity, in the
    past tense of the notice (no year, no 'även': not an earlier answer's history)."""
    fil = _docx(
        tmp_path / "l.docx",
        "Styrelsemötet 3 augusti",
        "16.09.2022 | Aktuellt, Styrelseprotokoll",
        "På mötet behandlades Ekofishs anmälan till Regionförvaltningsverket om planer att starta en "
        "försöksodling av små fiskyngel utanför Ådöm samt företagets ansökan om nyttjanderätt till området "
        "utanför Ådön.  Styrelse svarade RFV genom att hänvisa till delägarlagets extra stämma år 2019, där "
        "stämman beslöt att inte tillåta någon fiskodling i området.  Styrelsen motsatte sig alltså till "
        "försöksverksamhet i området.",
        "Vidare behandlade styrelsen försommarens skadegörelse på Hebenettan samt några muddringsanmälningar",
    )
    [kontroll] = igenkanda(fil)
    assert kontroll.stallningstagande == "avstyrker"


@pytest.mark.usefixtures("utan_typmodell")
def test_forenings_sida_om_sina_yttranden_i_allmanhet_ar_inget_yttrande(tmp_path: Path) -> None:
    """prov15/nsf-varmland-yttranden-handlingar (https://varmland-lan.naturskyddsforeningen.se/yttranden-och-
    andra-handlingar/): a county association's page on its answers and standing in general ('yttra oss i
    olika samhällsfrågor och remisser'), over the start of a list of them, is no yttrande; the page's title
    'Yttranden och andra handlingar' and its 'vi' had brought it within one point of one."""
    fil = _docx(
        tmp_path / "v.docx",
        "Yttranden och andra handlingar",
        "Här ligger en del av de handlingar som vi vill delge medlemmar och andra intresserade. Det är bl a "
        "yttranden över planerade förändringar för nyttjande av mark och natur m.m.",
        "I många fall är naturskyddsföreningen den enda oberoende intressenten inför en förändring kring "
        "miljö- och natur. Vi uppfyller därför en viktig roll med våra uttalanden.",
        "I många fall får föreningen möjlighet och kan själva ta initiativ till att yttra oss i olika "
        "samhällsfrågor och remisser. Vi är då en intressent som vilken som helst.",
        "Yttranden och andra handlingar",
        "2012",
        "Sep 2012 Yttrande över Bergviks skogs vindkraftprojekt Gräv",
    )
    assert igenkanda(fil) == []
    mening = (
        "I många fall får föreningen möjlighet och kan själva ta initiativ till att yttra oss i olika "
        "samhällsfrågor och remisser."
    )
    assert poang(_lines(mening))[0] < 0


@pytest.mark.usefixtures("utan_typmodell")
def test_organisationen_lamnar_in_ett_remissvar_ar_eget_svar(tmp_path: Path) -> None:
    """prov12/mellansvenskahk-nationell-plan-remissvar (https://mellansvenskahandelskammaren.se/remissvar-for-
    att-fortsatta-starka-besoksnaringen-industrin-och-en-hallbar-tillvaxt/): 'Mellansvenska Handelskammaren
    lämnar därför in ett remissvar som kräver …' is the organisation handing in its own answer, as 'lämnar in
    sitt remissvar'; recognised by the type model only until now."""
    fil = _docx(
        tmp_path / "m.docx",
        "I fokus",
        "Remissvar för att fortsätta stärka besöksnäringen, industrin och en hållbar tillväxt",
        "Trafikverkets förslag på ny nationell plan speglar inte den industriella, hållbara utvecklingen som "
        "sker i norra och mellersta Sverige och där har näringslivet i Dalarna och Gävleborg en stor roll. "
        "Tillsammans med sina medlemsföretag skickar Mellansvenska Handelskammaren därför in ett remissvar "
        "som kräver ett kraftigt omtag.",
        "Mellansvenska Handelskammaren lämnar därför in ett remissvar som kräver ett rejält omtag av "
        "Trafikverkets förslag med fokus på ökade investeringar på bland annat Ostkustbanan och Godsstråket "
        "genom Bergslagen.",
    )
    assert len(igenkanda(fil)) == 1


@pytest.mark.usefixtures("utan_typmodell")
def test_var_arbetsgrupp_har_skrivit_ett_remissvar_ar_eget_svar(tmp_path: Path) -> None:
    """prov14/nsf-norrkoping-tagstrategi-remissvar (https://norrkoping.naturskyddsforeningen.se/category/
    skrivelser): 'Vår trafikgrupp har skrivit ett remissvar på Region Östergötlands Tågstrategi' is the
    association's own answer written by its group, as 'styrelsen har skrivit ett yttrande'."""
    fil = _docx(
        tmp_path / "n.docx",
        "Remissvar på Tågstrategi",
        "Vår trafikgrupp har skrivit ett remissvar på Region Östergötlands Tågstrategi målbild 2040. "
        "Trafikgruppen skriver att förslaget Tågstrategisk målbild från Region Östergötland inte är ett "
        "relevant scenario för vad som är önskvärt 2040 för regionala trafiken utifrån behovet av "
        "omställning för att uppnå klimatmålen.",
    )
    [kontroll] = igenkanda(fil)
    assert kontroll.stallningstagande == "avstyrker"


@pytest.mark.usefixtures("utan_typmodell")
def test_artal_i_datumraden_ar_inget_antal_som_svarat(tmp_path: Path) -> None:
    """prov6/vikonsumenter-djurskyddsforeskrifter (https://www.vikonsumenter.org/2017/06/16/gor-om-och-gor-
    battre-jordbruksverket/): the dateline before the sender's name ('fredag 16 juni 2017' / 'Vi Konsumenter
    har yttrat sig över …') is no count of those who answered ('Tio av landets 21 länsstyrelser har besvarat
    remissen'): the organisation's own notice, recognised by the rules and not only the type model."""
    fil = _docx(
        tmp_path / "v.docx",
        "Vi Konsumenter är en ung, fristående och partipolitiskt obunden organisation för alla konsumenter.",
        "Gör om och gör bättre Jordbruksverket",
        "fredag 16 juni 2017",
        "Vi Konsumenter har yttrat sig över Jordbruksverkets förslag till nya djurskyddsföreskrifter för "
        "lantbrukets djur. VK, som inte var remissinstans, har kritiserat den korta remisstiden. Vi anser "
        "att verket bör dra tillbaka förslaget.",
    )
    datumrad = _lines("fredag 16 juni 2017", "Vi Konsumenter har yttrat sig över Jordbruksverkets förslag.")
    assert "manga-har-besvarat" not in poang(datumrad)[1]
    assert "manga-har-besvarat" in poang(_lines("Tio av landets 21 länsstyrelser har besvarat remissen."))[1]
    assert len(igenkanda(fil)) == 1
