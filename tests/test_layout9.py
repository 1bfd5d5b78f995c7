"""Letter forms of the hidden set not tried before (session 9): a right header table of label|value
cells with a two-column list filled row by row over the page break (`hogertabell`), an e-mail printed
from Outlook with its header in a label column (`epostutskrift`) and Word's own heading and list styles
(`wordstilar`). Each cause has a unit test, and a corpus text rendered in the form (as bench_layoutbyte
--nya does) is read right."""

from __future__ import annotations

import copy
import json
from pathlib import Path

from remiss.domain import Line
from remiss.extract.dnr import find_diarienummer_header
from remiss.extract.epostrubrik import body_lines, read_mail_header
from remiss.instanser import _cell_numbers, parse_list
from remiss.split import _continues_list, _names_continue

KORPUS = Path(__file__).parent / "korpus"


def _las(spec_id: str, layout: str, format_: str, tmp_path: Path) -> Path:
    """Render a corpus spec in another layout (as bench_layoutbyte does) and return the file."""
    from bench import bench_layoutbyte
    from tests.korpus import rendera

    spec = copy.deepcopy(next(s for s in rendera.specs() if s["id"] == spec_id))
    spec.update(layout=layout, format=format_)
    return bench_layoutbyte._bygg(rendera, spec, tmp_path)


def _facit(mapp: str, ident: str) -> dict:  # type: ignore[type-arg]
    return json.loads((KORPUS / mapp / f"{ident}.json").read_text(encoding="utf-8"))


def _rad(text: str, number: int, top: float, x0: float = 54.0, cells: tuple[float, ...] = ()) -> Line:
    return Line(text=text, page=1, number=number, top=top, bottom=top + 11, x0=x0, size=11.0, cells_x=cells)


# --- an Outlook print: the header's labels in one column, the values in the next --------------------------

def test_epostrubrikens_varde_i_egen_cell_och_radbrutet_i_vardekolumnen() -> None:
    """'Ämne: | Remiss Ds 2015:36 … för' / 'arbetstagare' (prov/rk-a2015-1903 printed from Outlook): the
    cell mark is no part of the value, and the line in the value column under it is its rest."""
    rader = [_rad("Registrator", 1, 30), _rad("Från: | Arbetsmarknadsdepartementet", 2, 60, cells=(54, 145)),
             _rad("Till: | registrator@kommunen.se", 3, 74, cells=(54, 145)),
             _rad("Ämne: | Remiss Ds 2015:36 Genomförande av EU:s direktiv om fri rörlighet för", 4, 88,
                  cells=(54, 145)),
             _rad("arbetstagare", 5, 102, x0=145),
             _rad("Bifogade filer: rk-a2015-1903.pdf", 6, 116),
             _rad("Remiss Ds 2015:36 Genomförande av EU:s direktiv om fri rörlighet för arbetstagare", 7,
                  150)]
    rubrik = read_mail_header(rader)
    assert rubrik["fran"].value == "Arbetsmarknadsdepartementet"
    assert rubrik["amne"].value.endswith("för arbetstagare") and not rubrik["amne"].value.startswith("|")
    assert [line.number for line in body_lines(rubrik, rader)] == [7]  # the file's name swallows no text


def test_epostrubrik_utan_fran_med_till_och_amne() -> None:
    """A print whose 'Från:' has no name to show: 'Till:' and 'Ämne:' make the header (the receiving
    address is ours, never the reply address)."""
    rader = [_rad("Till: | registrator@kommunen.se", 1, 60, cells=(54, 145)),
             _rad("Ämne: | Lagförslag om reform av kommunstrukturen på Åland", 2, 74, cells=(54, 145))]
    assert set(read_mail_header(rader)) == {"till", "amne"}
    assert not read_mail_header([_rad("Till: Justitiedepartementet", 1, 60)])


def test_epostutskrift_av_missiv_huvudet_hor_till_brevet(tmp_path: Path) -> None:
    """missiv/rk-n2015-07991 forwarded and printed from Outlook: the header over the letter's heading
    'Remiss av promemoria …' is not a document of its own; the sender is 'Från:', the title the letter's."""
    from remiss.pipeline import tolka_fil

    fil = _las("rk-n2015-07991", "epostutskrift", "pdf", tmp_path)
    (remiss,) = tolka_fil(fil)
    facit = _facit("missiv", "rk-n2015-07991")
    assert remiss.avsandare == facit["avsandare"] == "Näringsdepartementet"
    assert remiss.titel == facit["titel"]
    assert remiss.svarsadress == facit["svarsadress"]


def test_epostutskrift_titel_ur_brevet_inte_brevladans_namn(tmp_path: Path) -> None:
    """missiv/alingsas-nolhaga-vattenskydd-samrad printed from Outlook: the subject repeats the notice's
    heading 'Kungörelse om samråd för Nolhaga vattenskyddsområde', which is read as in the notice; and
    missiv/aland-kommunstruktur-remiss: the mailbox's name 'Registrator' over the header is no title."""
    from remiss.pipeline import tolka_fil

    for ident in ("alingsas-nolhaga-vattenskydd-samrad", "aland-kommunstruktur-remiss"):
        (remiss,) = tolka_fil(_las(ident, "epostutskrift", "pdf", tmp_path))
        facit = _facit("missiv", ident)
        assert (remiss.titel, remiss.svarsadress) == (facit["titel"], facit["svarsadress"])


# --- a two-column list filled row by row, over the page break ---------------------------------------------

def test_radvis_tvaspaltig_numrering_fortsatter_efter_radens_sista_nummer() -> None:
    """'45. Sveriges Åkeriföretag | 46. Swedish Association …' then '- Swetic … | - Swetic …' and '47. …':
    the numbering goes on after the row's last number, so the bullets are items under 46."""
    assert _cell_numbers("45. Sveriges Åkeriföretag | 46. Swedish Association for Testing", 44) == [46]
    assert _cell_numbers("45. Sveriges Åkeriföretag", 44) == []
    cells = (73.0, 314.0)
    rader = [_rad("45. Sveriges Åkeriföretag | 46. Swedish Association for Testing", 1, 100, 73, cells),
             _rad("- Swetic Sektion Fordonsbesiktning | - Swetic TK Lyft", 2, 118, 73, cells),
             _rad("47. Svenska Taxiförbundet | 48. Trafikförsäkringsföreningen", 3, 136, 73, cells),
             _rad("59. Stiftelsen Stockholms Musikpedagogiska | 60. Svenska Institutet för Kognitiv", 4, 154,
                  73, cells),
             _rad("Institut | Psykoterapi", 5, 167, 73, cells),
             _rad("61. Teologiska Högskolan Stockholm AB", 6, 185, 73)]
    namn = [r.namn for r in parse_list(rader)]
    assert "Svenska Taxiförbundet" in namn and "Swetic TK Lyft" in namn
    assert "Stiftelsen Stockholms Musikpedagogiska Institut" in namn
    assert "Svenska Institutet för Kognitiv Psykoterapi" in namn and "Institut" not in namn


def test_tabellrader_med_namn_fortsatter_listan_pa_nasta_sida() -> None:
    """A page ending in rows 'Munkfors kommun | Myndigheten för samhällsskydd och beredskap' / '(MSB)' and
    the next starting 'Mörbylånga kommun | Nacka kommun': the list runs on; so does a list table whose
    header row 'Remissinstans' is repeated over the next page."""
    sida1 = [f"Kommun {n} | Myndighet {n}" for n in range(5)]
    sida1 += ["Munkfors kommun | Myndigheten för samhällsskydd", "(MSB)"]
    sida2 = ["Sida 2(2)", "Mörbylånga kommun | Nacka kommun", "Naturvårdsverket | Näringslivets regelnämnd"]
    assert _names_continue(sida1, sida2)
    assert not _names_continue(sida1, ["Sida 2(2)", "Bakgrund", "Regeringen gav i uppdrag att utreda det."])
    assert _continues_list(["Sida 3(3)", "Remissinstans | E-post", "Praktikertjänst AB"])


def test_tvaspaltig_radvis_lista_over_sidbrytning_i_hogertabell(tmp_path: Path) -> None:
    """missiv/rk-n2018-boverket-lovbefriade and missiv/rk-n2015-07635 in the hidden set's letter (header
    table at the right, the list in a two-column table filled row by row over two pages): every name."""
    from remiss.pipeline import tolka_fil

    for ident in ("rk-n2018-boverket-lovbefriade", "rk-n2015-07635"):
        (remiss,) = tolka_fil(_las(ident, "hogertabell", "pdf", tmp_path))
        facit = _facit("missiv", ident)["remissinstanser"]
        assert sorted(r.namn for r in remiss.remissinstanser) == sorted(facit)


def test_protokollsparagrafens_nummer_pa_raden_efter_rubriken() -> None:
    """'Remittering av Göteborgs Stads riktlinje för arbete med avhoppare § 973,' / '1370/21': a heading
    set larger wraps after the paragraph; the number on the next line is still the case's."""
    rader = [_rad("Kommunstyrelsen", 1, 40), _rad("Utdrag ur Protokoll Sammanträdesdatum: 2022-12-14", 2, 60),
             _rad("Remittering av Göteborgs Stads riktlinje för arbete med avhoppare § 973,", 3, 90),
             _rad("1370/21", 4, 106), _rad("Beslut", 5, 130)]
    found = find_diarienummer_header(rader)
    assert found is not None and found.value == "1370/21"


# --- Word's own styles: Heading 1/2, List Bullet, List Number ---------------------------------------------

def test_word_listans_nummer_ur_formatet(tmp_path: Path) -> None:
    """missiv/rk-fo2018-materielbehov as a Word letter with the sender in the header, label|value cells
    and the list in 'List Number' (the numbers from the style): the names without numbers, all of them."""
    from remiss.pipeline import tolka_fil

    (remiss,) = tolka_fil(_las("rk-fo2018-materielbehov", "wordstilar", "docx", tmp_path))
    facit = _facit("missiv", "rk-fo2018-materielbehov")
    assert [r.namn for r in remiss.remissinstanser] == facit["remissinstanser"]
    assert remiss.avsandare == facit["avsandare"]


# --- second part: the mail's header is not the text's opening; section headings; a wide letter head -------

def test_epostutskrift_fran_ar_brevhuvudet_och_texten_borjar_under_huvudet(tmp_path: Path) -> None:
    """missiv/nsva-rostanga-avloppsreningsverk-samrad printed from Outlook: 'Från: NSVA' is read as the
    letterhead, so the name the text defines ('Nordvästra Skånes Vatten och Avlopp AB, nedan kallat NSVA')
    is the sender; missiv/livsmedelsverket-sarnar-remiss: the letter's '1 (16) REMISS' under the mail's
    header still opens the text, so it is a remiss."""
    from remiss.pipeline import tolka_fil

    (remiss,) = tolka_fil(_las("nsva-rostanga-avloppsreningsverk-samrad", "epostutskrift", "pdf", tmp_path))
    assert remiss.avsandare == _facit("missiv", "nsva-rostanga-avloppsreningsverk-samrad")["avsandare"]
    (remiss,) = tolka_fil(_las("livsmedelsverket-sarnar-remiss", "epostutskrift", "pdf", tmp_path))
    assert remiss.avsandare == "Livsmedelsverket"


def test_protokollsrubrikens_titel_fogas_inte_med_beslut(tmp_path: Path) -> None:
    """missiv/goteborg-ks-remittering-avhoppare printed from Outlook, headings bold at the body's size: the
    paragraph's heading '… § 973, 1370/21' is not joined with the section heading 'Beslut' under it."""
    from remiss.pipeline import tolka_fil

    (remiss,) = tolka_fil(_las("goteborg-ks-remittering-avhoppare", "epostutskrift", "pdf", tmp_path))
    assert remiss.titel == _facit("missiv", "goteborg-ks-remittering-avhoppare")["titel"]


def test_yttrande_i_epostutskrift_kanns_igen_under_huvudet(tmp_path: Path) -> None:
    """yttranden/energiforetagen-intaktsram-remissvar printed from Outlook: the mailbox's name and the header
    over the news of the answer are not its title; the text under them is read as a remissvar."""
    from remiss.kontroll import kontrollera_fil

    fil = _las("energiforetagen-intaktsram-remissvar", "epostutskrift", "pdf", tmp_path)
    (yttrande,) = kontrollera_fil(fil)
    assert yttrande.igenkant and yttrande.stallningstagande == "avstyrker"


def test_brett_brevhuvud_mellan_etikett_och_titel_ar_ett_yttrande(tmp_path: Path) -> None:
    """prov3/sjofartsverket-granser-i-havet: the transcript's letter head ('REMISSYTTRANDE 1 (37) Datum …',
    'Handläggare, direkttelefon Ert datum Er beteckning Lars Jakobsson, … AO Sjögeografi', 105 characters on
    one line in a wide column) over 'Remissyttrande över betänkandet …' is one yttrande, not two."""
    from remiss.kontroll import kontrollera_fil

    for layout in ("hogertabell", "liggande"):
        (yttrande,) = kontrollera_fil(_las("sjofartsverket-granser-i-havet", layout, "pdf", tmp_path))
        assert yttrande.stallningstagande == "tillstyrker" and yttrande.har_sammanfattning


def test_epostrubrik_med_bara_till_och_bifogade_filer_overst() -> None:
    """Under the mailbox's name, 'Till:' and 'Bifogade filer:' alone make a mail's header; lower down the
    page they do not (a letter's 'Till:' and 'Bilagor:')."""
    huvud = [_rad("Registrator", 1, 30), _rad("Till: | registrator@kommunen.se", 2, 60, cells=(54, 145)),
             _rad("Bifogade filer: mellerud-vita-sannar-vattenskydd.pdf", 3, 74)]
    assert set(read_mail_header(huvud)) == {"till", "bilagor"}
    brev = [_rad(f"Rad {n}", n, 20 + 10 * n) for n in range(1, 5)] + [
        _rad("Till: Kommunstyrelsen", 5, 80), _rad("Bilagor: Förslag", 6, 90)]
    assert not read_mail_header(brev)


def test_fran_som_texten_talar_som_ar_organisationen(tmp_path: Path) -> None:
    """prov4/funktionsratt-styrkraft-remiss and missiv/sormlandvatten-renhallningsordning-2019 printed from
    Outlook: 'Från: Funktionsrätt Sverige' looks like a person's name, but the text speaks as it
    ('Funktionsrätt Sverige har …'): the sender, not the handläggare; and
    prov2/svenskkollektivtrafik-egenskapskrav: the same name over the answer makes it the sender's own voice,
    so the answer is recognised."""
    from remiss.kontroll import kontrollera_fil
    from remiss.pipeline import tolka_fil

    for mapp, ident in (("prov4", "funktionsratt-styrkraft-remiss"),
                        ("missiv", "sormlandvatten-renhallningsordning-2019")):
        (remiss,) = tolka_fil(_las(ident, "epostutskrift", "pdf", tmp_path))
        facit = _facit(mapp, ident)
        assert (remiss.avsandare, remiss.handlaggare.namn) == (facit["avsandare"], facit["handlaggare"])
    fil = _las("svenskkollektivtrafik-egenskapskrav", "epostutskrift", "pdf", tmp_path)
    (yttrande,) = kontrollera_fil(fil)
    assert yttrande.igenkant


def test_sandlista_med_adresser_over_sidbrytningen(tmp_path: Path) -> None:
    """prov3/lv-hslf-fs-2016-34-sandlista (a sändlista with each name's postal and e-mail address under it,
    the transcript's '[email protected]' for every address) over three pages: the addresses at the pages'
    edges are no running header, the page starting 'Box 3274, 103 65 Stockholm' goes on with the list, and
    the table's header 'Remissinstans' repeated over it is no name."""
    from remiss.pipeline import tolka_fil

    facit = _facit("prov3", "lv-hslf-fs-2016-34-sandlista")["remissinstanser"]
    for layout in ("brevtabell", "liggande", "hogertabell"):
        (remiss,) = tolka_fil(_las("lv-hslf-fs-2016-34-sandlista", layout, "pdf", tmp_path))
        assert sorted(r.namn for r in remiss.remissinstanser) == sorted(facit)
