"""Fields right in a real document's own layout and wrong in another layout or with a transcript's flaw
(bench/bench_layoutbyte.py, bench/bench_textfel.py; session 18, prov16): each test holds the real excerpt as
the failing layout or flaw sets it, its document and layout named in the docstring."""

from __future__ import annotations

from remiss.domain import Line
from remiss.extract.avsandare import find_avsandare
from remiss.extract.personer import find_handlaggare
from remiss.extract.text import Text
from tests.test_layout17 import _rader

FAXFJALLET_SLUT = [
    "Har du synpunkter på förslaget?",
    "Skicka synpunkterna till stadsbyggnadskontoret senast 30 September 2022. Den som inte senast detta "
    "datum",
    "har framfört skriftliga synpunkter kan förlora rätten att överklaga ett beslut att anta detaljplanen.",
    "Ange namn på planen och diarienummer: KS.2012:498 vid ett yttrande.",
    "Du kan skicka ditt yttrande till: plan@malung-salen.se",
    "eller Malung-Sälens kommun",
    "Stadsbyggnadskontoret Box 14",
    "782 21 Malung Ansvarig handläggare: Ronja Backsell",
    "19 Juni 2024",
]


def test_ansvarig_handlaggare_inkord_efter_postadressen() -> None:
    """prov16/malung-salen-faxfjallet-planprogram-samrad and prov16/malung-salen-polisstation-granskning with
    the heading-like postal line run into the paragraph after it (bench_textfel rubrik_i_stycket, and for the
    Polisstation also ett_stycke; sources: malung-salen.se, 'Planprogram Faxfjället', 'Polisstation i Sälen'):
    '782 21 Malung Ansvarig handläggare: Ronja Backsell'. The label 'Ansvarig handläggare' was read only at a
    line's start, and the transcript's cutting of a run-together contact block knew 'Handläggare' only with a
    capital, so the line stood whole and no one was named."""
    handlaggare, rad = find_handlaggare(_rader(FAXFJALLET_SLUT))
    assert handlaggare.namn == "Ronja Backsell"
    assert rad is not None and rad.number == 8
    # the page's paragraphs run into one (ett_stycke): the label after the address in a long line
    ett = " ".join(FAXFJALLET_SLUT[1:-1]).replace("Ronja Backsell", "Matilda Bolin")
    handlaggare, _ = find_handlaggare(_rader([FAXFJALLET_SLUT[0], ett, "Text"]))
    assert handlaggare.namn == "Matilda Bolin"
    # a sentence that names the responsible handläggare in words is no label ('… ansvarig handläggare på
    # förvaltningen'): nobody is read from it
    mening = _rader(["Frågor om planen besvaras av ansvarig handläggare på förvaltningen, se webben."])
    assert find_handlaggare(mening)[0].namn is None


SCANERGY = [
    "Scanergy",
    "Inbjudan till samråd 2014-11-25",
    "Samrådsinbjudan 2014-11-25",
    "For information in English please contact Sebastian Prause, +46 54 771 68 07.",
    "«Namn_1»",
    "«Adress»",
    "«PostNr» «Postort»",
    "Inbjudan till samråd om planerad vindkraftsanläggning ”Duvhällen vindpark”",
    "Välkomna på samråd om Duvhällen vindpark i klubbstugan vid Hammargärdets",
    "IP i Alberga (Hammargårdsvägen 1, Stora Sundby), torsdagen den 18",
    "december 2014 kl 16.00 – 20.00.",
    "Samrådet hålls som ett öppet hus med en utställning där aktuell information om",
    "projektet ges.",
    "Bakgrund Scanergy undersöker möjligheten att etablera Duvhällen vindpark ca 4 km norr om",
    "Alberga tätort. Eskilstuna kommun har i sin översiktsplan pekat ut området som lämpligt",
]


def test_ett_ord_overst_som_texten_har_som_subjekt_efter_inkord_rubrik() -> None:
    """prov16/scanergy-duvhallen-vindpark-samrad with its headings run into the paragraph after them
    (bench_textfel rubrik_i_stycket; source: spotidoc.com, Scanergy's 'Inbjudan till samråd' for Duvhällen
    vindpark, 2014-11-25): the one word on top, 'Scanergy', is the letterhead because the text opens a
    sentence with it ('Scanergy undersöker möjligheten …'); with the heading 'Bakgrund' run into that line
    the sentence no longer opened it, and no sender was read (in the own layout the letterhead repeated on
    the second page was no help either: it is the sentence that carries it)."""
    rader = _rader(SCANERGY)
    found = find_avsandare(rader, Text.of(rader))
    assert found is not None and found.value == "Scanergy"
    # a word in the middle of a sentence is no subject: 'Representanter från Scanergy kommer …' does not
    # make a lone word on top a name
    utan = [t.replace("Bakgrund Scanergy", "Representanter från Scanergy") for t in SCANERGY]
    rader = _rader(utan)
    found = find_avsandare(rader, Text.of(rader))
    assert found is None or found.value != "Scanergy"


KALMAR = ["Nytt förslag på översiktsplan nu för granskning",
          "Förra sommaren fick kommuninvånarna tycka till om samrådsförslaget för ny översiktsplan",
          "och nu är det dags för granskningen, som innebär ytterligare ett tillfälle att lämna",
          "synpunkter på den nya översiktsplanen.",
          "Publicerad: 11 april 2022"]


def test_reglernas_titel_som_radslutet_kapar_bedoms_inte_av_titelmodellen() -> None:
    """missiv/kalmar-oversiktsplan-granskning-2022 with a label block in the right margin and as an A5
    booklet (bench_layoutbyte --nya hogerblock/pdf, a5/pdf; source: kalmar.se, news 'Nytt förslag på
    översiktsplan nu för granskning', 2022-04-11): the rules read the heading as the plan's kind in its stage
    and take the text's name for it, 'ny översiktsplan' ('… samrådsförslaget för ny översiktsplan och nu är
    det dags …'). In the narrower column the line ends after 'översiktsplan', so the title model had the
    rules' title among its candidates only as a stretch the line end cut ('del' up to the line's end, a kind
    of candidate it learnt is rarely a title), found it very unlikely (0,03) and put the heading in its
    place; in the own layout (one line a paragraph) it could not make the rules' title and left it."""
    from remiss.domain import Del
    from remiss.extract.core import extract_remiss

    rubrik = Line(text=KALMAR[0], page=1, number=1, size=9.0, bold=True, x0=40.3)
    rader = [rubrik, *(Line(text=t, page=1, number=i, size=9.0, x0=40.3)
                       for i, t in enumerate(KALMAR[1:], 2))]
    remiss = extract_remiss("k.pdf", Del("missiv", 1, 1, tuple(rader)))
    assert remiss is not None and remiss.titel == "ny översiktsplan"
    # the same words ended by the sentence's own stop are a stretch the model may judge
    from remiss import titelmodell

    hel = [rubrik, Line(text="Förra sommaren fick invånarna tycka till om förslaget till ny översiktsplan.",
                        page=1, number=2, size=9.0, x0=40.3)]
    assert any(titelmodell._key(k.text) == "ny översiktsplan" and not k.radslut
               for k, _ in titelmodell.bedom(hel).kandidater)


def test_planens_namn_i_en_mening_som_bryts_inne_i_ortnamnet() -> None:
    """prov15/simrishamn-kvarnby-skillinge-skola-granskning with a label block in the right margin
    (bench_layoutbyte --nya hogerblock/pdf; source: simrishamn.se, 'Detaljplan för Kvarnby 15:217 (Skillinge
    skola)'): the narrower column breaks the sentence inside its last place, '… (Skillinge skola),
    Skillinge, Simrishamns kommun, Skåne' / 'län, är föremål för granskning under tiden …'. The line ended
    with no comma and the rest was too long for a wrapped name, so the sentence was not followed to its verb
    and the places after the name were read as part of it (session 17 mended the break after a comma)."""
    from remiss.extract.core import _plan_name

    titel = "Detaljplan för Kvarnby 15:217 (Skillinge skola)"
    rader = _rader(["Diarienummer 2017/254",
                    "Detaljplan för Kvarnby 15:217 (Skillinge skola), Skillinge, Simrishamns kommun, Skåne",
                    "län, är föremål för granskning under tiden 25 november – 21 december 2017.",
                    "Planhandlingar"])
    assert _plan_name(rader, titel) is None
    # the formal name under a short heading is still read when the sentence breaks the same way
    found = _plan_name(rader, "Detaljplan för Kvarnby skola")
    assert found is not None and found.value == titel
