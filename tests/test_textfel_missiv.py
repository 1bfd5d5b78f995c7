"""Missiv fields on real texts with a transcript's flaws (bench/bench_textfel.py, session 15): a heading run
into the paragraph after it, a page's paragraphs joined into one block. Each test holds the real excerpt as
the flawed rendering lays it out, its source named in the docstring."""

from __future__ import annotations

from remiss.extract import extract_remiss
from tests.test_riktiga_missiv import _styled, part_of


def test_kommentera_i_pdf_fil_ar_ingen_uppmaning_om_arendet() -> None:
    """prov7/mcf-maritima-olyckor-remiss with its paragraphs joined (ett_stycke, Word): the call line
    under the remiss heading ends in a full stop, so the sub-heading 'Kommentera i pdf-fil' was read as the
    call that names the matter ('i pdf-fil'); a preposition after 'Kommentera' says how to comment, it names
    no matter."""
    namn = ("Nationellt stöd: Beredskapsplanering av maritima olyckor med utsläpp av olja eller andra"
            " skadliga ämnen")
    text = "\n".join([
        f"## Remiss av {namn}",
        f"Välkommen att lämna synpunkter på förslag på {namn} Nationell samordningsgrupp för oljeskadeskydd"
        " (NSO) har tagit fram förslag till ett nationellt stöd för beredskapsplanering som nu remitteras.",
        "### Kommentera i pdf-fil",
        "Vid specifika kommentarer på text i vägledningen önskar vi att dessa läggs i PDF-filen.",
        "### Svara på remissen",
        "Länsstyrelserna kan med fördel samordna sina synpunkter. Skicka ditt svar med e-post eller brev"
        " till registrator@mcf.se senast den 7 maj. Märk ditt svar med diarienummer MCF 2026-02702. Svar på"
        " remissen lämnas senast den 7 maj 2026",
    ])
    remiss = extract_remiss("x.docx", part_of(_styled(text)))
    assert remiss is not None
    assert remiss.titel == namn


def test_var_valkomna_ar_en_frist_i_efterhand() -> None:
    """prov/kronoberg-kulturplan-avslutad with its paragraphs joined (ett_stycke): a page on a closed
    remiss says 'Alla var välkomna att lämna synpunkter … senast 25 juni'; the invitation in the past tense
    is no deadline (the present 'välkomna' inside 'var välkomna' is past), so the page stays under the
    missiv threshold."""
    from remiss.split import MISSIV_GRANS, _has_deadline, bedom_missiv
    from tests.test_riktiga_missiv import lines_of

    text = """Region Kronoberg
Remissperioden avslutad för Kronobergs kulturplan
Förslag till ny kulturplan antogs under kulturnämndens sammanträde torsdagen den
29 april 2021 och gick sedan ut på remiss. Alla var välkomna att lämna synpunkter på
hela eller delar av planen genom att skicka ett yttrande till Region Kronoberg senast
25 juni. Nu är remisstiden avslutad och 33 yttranden skickades in. Remissvar Läs
remissvaren här"""
    lines = lines_of(text)
    assert not _has_deadline(" ".join(line.text for line in lines))
    assert bedom_missiv(lines).poang < MISSIV_GRANS
    assert _has_deadline("Alla är välkomna att lämna synpunkter senast den 25 juni 2021.")
