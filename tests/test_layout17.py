"""Fields right in a real document's own layout and wrong in another layout or with a transcript's flaw
(bench/bench_layoutbyte.py, bench/bench_textfel.py; session 17, prov15): each test holds the real excerpt as
the failing layout or flaw sets it, its document and layout named in the docstring."""

from __future__ import annotations

from remiss.domain import Line
from remiss.extract.avsandare import find_avsandare
from remiss.extract.core import _plan_name
from remiss.extract.personer import find_handlaggare
from remiss.extract.text import Text


def _rader(texter: list[str], **stil: object) -> list[Line]:
    return [Line(text=t, page=1, number=i, **stil) for i, t in enumerate(texter, 1)]  # type: ignore[arg-type]


HASTHOLMEN_TEXT = [
    "Händer på öarna",
    "Karlskrona kommun har tagit fram ett förslag på ny Översiktsplan 2050, vilken alltså ska vara",
    "underlag för kommunens planering och utveckling fram till 2050. Fram till den 7 september har alla",
    "invånare möjlighet att lämna synpunkter på ÖP2050. Styrelsen i Hästholmen-Ytteröns",
    "Samhällsförening har satt samman ett förslag på synpunkter som vi har för avsikt att skicka in den 7",
    "september, se bifogat dokument.",
    "Styrelsen ser gärna att medlemmarna i Samhällsföreningen lämnar kommentarer på vårt förslag.",
    "Skicka dina synpunkter till HYS sekreterare mats.svensson@tyrens.se. Vi behöver dina synpunkter",
    "senaste den 6 september.",
    "Mvh",
    "Styrelsen i Hästholmen-Ytteröns Samhällsförening",
    "gm Mats Svensson, sekr",
]


def test_brevhuvudets_namn_ombrutet_i_sin_cell() -> None:
    """prov15/hastholmen-op2050-remissvar-medlemmar with the letterhead as a two-column table
    (bench_layoutbyte --nya brevtabell/pdf; source: http://xn--hstholmenyttern-0kb33a.se/index.php/136-op-2050-
    remissvar, the samhällsförening's page asking its members for views on Karlskrona's Översiktsplan 2050):
    the narrow letterhead cell wraps the name after its first word, 'Hästholmen-Ytteröns' / 'Samhällsförening'
    in the same bold 14 pt. Neither line alone was a name, so the kommun the text opens with ('Karlskrona
    kommun har tagit fram …') was taken as the sender, and the two lines joined as the largest heading were
    the title."""
    huvud = [Line(text=t, page=1, number=i, bold=True, size=14.0, x0=71.2)
             for i, t in enumerate(["Hästholmen-Ytteröns", "Samhällsförening"], 1)]
    text = [Line(text=t, page=1, number=i, size=11.0, x0=77.2) for i, t in enumerate(HASTHOLMEN_TEXT, 3)]
    rader = [*huvud, *text]
    found = find_avsandare(rader, Text.of(rader))
    assert found is not None and found.value == "Hästholmen-Ytteröns Samhällsförening"
    # two lines of a heading are no name: 'Detaljplan' / 'Kvarnby skola', and a first line that is an
    # organisation is read as before ('Länsstyrelsen' / 'Västra Götaland')
    for forsta, andra, inte in (("Detaljplan", "Kvarnby Skola", "Detaljplan Kvarnby Skola"),
                                ("Länsstyrelsen", "Västra Götaland", "Länsstyrelsen Västra Götaland")):
        rader = [Line(text=forsta, page=1, number=1, bold=True, size=14.0, x0=71.2),
                 Line(text=andra, page=1, number=2, bold=True, size=14.0, x0=71.2), *text]
        found = find_avsandare(rader, Text.of(rader))
        assert found is None or found.value != inte


def test_brevhuvudets_ombrutna_namn_ar_ingen_titel() -> None:
    """prov15/hastholmen-op2050-remissvar-medlemmar in brevtabell (as above): with the name known as the
    sender, the title is read without both its lines, not from the wrapped rest 'Samhällsförening' (14 pt)."""
    from remiss.domain import Del
    from remiss.extract.core import extract_remiss

    huvud = [Line(text=t, page=1, number=i, bold=True, size=14.0, x0=71.2)
             for i, t in enumerate(["Hästholmen-Ytteröns", "Samhällsförening"], 1)]
    rubrik = [Line(text=HASTHOLMEN_TEXT[0], page=1, number=3, bold=True, size=11.0, x0=77.2)]
    text = [Line(text=t, page=1, number=i, size=11.0, x0=77.2) for i, t in enumerate(HASTHOLMEN_TEXT[1:], 4)]
    remiss = extract_remiss("h.pdf", Del("missiv", 1, 1, (*huvud, *rubrik, *text)))
    assert remiss is not None
    assert remiss.avsandare == "Hästholmen-Ytteröns Samhällsförening"
    assert remiss.titel != "Samhällsförening"


SIMRISHAMN_ETT_STYCKE = [
    "Diarienummer 2017/254 Detaljplan för Kvarnby 15:217 (Skillinge skola), Skillinge, Simrishamns kommun,",
    "Skåne län, är föremål för granskning under tiden 25 november – 21 december 2017. Planhandlingar Här kan",
    "du välja att titta på programhandlingarna genom att klicka på länkarna nedan. "
    "Planbeskrivning (pdf 2 Mb)",
    "Utställningslokaler Biblioteket i Simrishamn, Järnvägsgatan 2 Måndag-torsdag 10.30-19.00, fredag",
    "10.30-17.00, lördag 11.00-14.00 Stadshuset, foajén, Stortorget i Simrishamn Måndag-fredag 08.00-16.30",
    "Upplysning Frågor beträffande detaljplanen kan ställas till: Kontakt Simrishamn 0414-81 90 00.",
    "Planarkitekt David Tufvesson, 0414-81 92 53. Den som inte framfört sina synpunkter skriftligt "
    "senast under",
    "granskningstiden kan förlora rätten att överklaga antagandebeslutet. Synpunkter ska skriftligen vara",
    "Simrishamns kommun, Samhällsbyggnadsförvaltningen/Planenheten, 272 80 SIMRISHAMN eller",
    "simrishamns.kommun@simrishamn.se tillhanda senast 2017-12-21.",
]


def test_planens_namn_i_en_mening_som_fortsatter_pa_nasta_rad() -> None:
    """prov15/simrishamn-kvarnby-skillinge-skola-granskning with its paragraphs run into one (bench_textfel
    ett_stycke, rubrik_i_stycket; source: simrishamn.se, 'Detaljplan för Kvarnby 15:217 (Skillinge skola)'):
    the line breaks after '…, Simrishamns kommun,' and the sentence goes on 'Skåne län, är föremål för
    granskning …'. The plan's name under the heading was read as '… (Skillinge skola), Skillinge, Simrishamns
    kommun': a name cut at a comma where the sentence goes on, the places after it no part of it. In the own
    layout the rule gave the whole sentence ('… är föremål för granskning under tiden …') and only the title
    model kept the heading."""
    titel = "Detaljplan för Kvarnby 15:217 (Skillinge skola)"
    assert _plan_name(_rader(SIMRISHAMN_ETT_STYCKE), titel) is None
    egen = ["Diarienummer 2017/254",
            "Detaljplan för Kvarnby 15:217 (Skillinge skola), Skillinge, Simrishamns kommun, Skåne län, "
            "är föremål för",
            "granskning under tiden 25 november – 21 december 2017."]
    assert _plan_name(_rader(egen), titel) is None
    # a sentence under a short heading still gives the formal name before its verb
    kort = ["Detaljplan för Kvarnby 15:217 (Skillinge skola) är föremål för granskning."]
    found = _plan_name(_rader(kort), "Detaljplan för Kvarnby skola")
    assert found is not None and found.value == titel


def test_kommunens_kontakttjanst_fore_planarkitekten_i_samma_mening() -> None:
    """prov15/simrishamn-kvarnby-skillinge-skola-granskning with its paragraphs run into one (bench_textfel
    ett_stycke; source as above): 'Upplysning Frågor beträffande detaljplanen kan ställas till: Kontakt
    Simrishamn 0414-81 90 00. Planarkitekt David Tufvesson, 0414-81 92 53.' The heading run into the line kept
    the label from being read at the line's start, and the sentence's first name, the kommun's contact service
    'Kontakt Simrishamn', was taken for the person; the official is the one named by title after it."""
    handlaggare, _ = find_handlaggare(_rader(SIMRISHAMN_ETT_STYCKE))
    assert handlaggare.namn == "David Tufvesson"
    assert handlaggare.telefon == "0414-81 92 53"


NATURA_HUVUD = ["Natur och Miljö rf", "04.05.2009", "vi_publicerar/utlatanden",
                "Artiklar i Finlands Natur", "Så beräknas belastningen", "22.12.2014 kl. 12:40",
                "Stoppa klimatorättvisan", "05.12.2014 kl. 11:02", "Klimatförändringen märks i Bhutan",
                "05.12.2014 kl. 10:58", "Dags att ro klimatavtalet iland", "05.12.2014 kl. 10:54",
                "Kommunala avlopp under lupp", "05.12.2014 kl. 11:00"]
NATURA_ETT_STYCKE = [
    "04.05.2009 kl. 13:07 Till: Miljöministeriet, PB 35, 00023 Statsrådet Hänvisning: YM1/500/2009 Natur och",
    "Miljö har bekantat sig med miljöministeriets förslag till komplettering av nätverket Natura 2000 "
    "och vill",
    "som sin åsikt framföra följande: Miljöministeriets förslag är väl motiverat. Samtliga områden "
    "kompletterar",
    "på ett värdefullt sätt det nuvarande Natura 2000-nätverket. Natur och Miljö anser, att beslut i frågan "
    "kan och",
    "bör fattas utan dröjsmål på basen av det föreliggande förslaget. Gällande Långviken i Väståboland (f.d.",
    "landskapet Åland. Högaktningsfullt, Natur och Miljö rf Bernt Nordman, verksamhetsledare",
]


def test_mottagaren_och_hanvisningen_inkorda_efter_datumet() -> None:
    """prov15/naturochmiljo-natura2000-utlatande with its paragraphs run into one (bench_textfel ett_stycke;
    source: naturochmiljo.fi, Natur och Miljö rf:s utlåtande om förslag till komplettering av nätverket
    Natura 2000, 4.5.2009): the head under the title, '04.05.2009 kl. 13:07' / 'Till: Miljöministeriet,
    …' / 'Hänvisning: YM1/500/2009', is run into the first line of the text. The recipient was only seen at
    a line's start, so 'Utlåtande om …' in the middle of the page opened no yttrande; and the label
    'Hänvisning:' came after more than six words, the date's and the recipient's (a head's fields count from
    the field before)."""
    from remiss.domain import Handling, Page
    from remiss.kontroll import kontrollera_handling

    rader = [Line(text=t, page=1, number=i, size=10.5, x0=77.1) for i, t in enumerate(NATURA_HUVUD, 1)]
    rader[0] = Line(text=NATURA_HUVUD[0], page=1, number=1, size=11.5, bold=True, x0=77.1)
    rader.append(Line(text="Utlåtande om förslag till komplettering av nätverket Natura 2000", page=1,
                      number=len(rader) + 1, size=13.0, bold=True, x0=77.1))
    rader += [Line(text=t, page=1, number=len(rader) + i, size=10.5, x0=77.1)
              for i, t in enumerate(NATURA_ETT_STYCKE, 1)]
    (svar,) = kontrollera_handling(Handling("n.pdf", (Page(1, tuple(rader)),)))
    assert svar.diarienummer == "YM1/500/2009"


def test_planens_namn_pa_en_rad_for_sig_foljt_av_forfarandet() -> None:
    """prov14/burlov-sunnana-detaljplan-samrad with a label block in the right margin and as an A5 booklet
    (bench_layoutbyte --nya hogerblock/pdf, a5/pdf; source: burlov.se, 'Samråd för detaljplan för del av
    Sunnanå 12:3 m.fl., väster om Stora Bernstorps gård', 2018-02-16): the narrower column breaks the sentence
    '… beslutade den 5 februari 2018 att skicka ut förslag till' / 'detaljplan för del av Sunnanå 12:3 m.fl.,
    väster om Stora Bernstorps gård på samråd.', so a line opens at the plan's name, and the procedure the
    sentence sends it on ('på samråd') was read as part of the name."""
    titel = "detaljplan för del av Sunnanå 12:3 m.fl., väster om Stora Bernstorps gård"
    rader = _rader(["Burlövs kommuns planutskott beslutade den 5 februari 2018 att skicka ut förslag till",
                    "detaljplan för del av Sunnanå 12:3 m.fl., väster om Stora Bernstorps gård på samråd.",
                    "Syftet med detaljplanen är att pröva lämpligheten att utöka verksamhetsområdet på"])
    assert _plan_name(rader, titel) is None
    kort = _plan_name(rader, "detaljplan för Sunnanå")
    assert kort is not None and kort.value == titel
