"""Missiv fields on real texts with a transcript's flaws (bench/bench_textfel.py, session 15): a heading run
into the paragraph after it, a page's paragraphs joined into one block. Each test holds the real excerpt as
the flawed rendering lays it out, its source named in the docstring."""

from __future__ import annotations

import pytest

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


RVN_ETT_STYCKE = """Två dansare från Norrdans som dansar.
Foto: Carl Thorborg
## Kulturplan på remiss
2022-04-01 10:14
Efter en dynamisk process med bred delaktighet i klusterdialoger, samråd och
intervjuer så är Kulturplanen äntligen färdig för att gå ut på remiss. Välkommen att
spela in ditt svar! Den regionala kulturplanen för Västernorrland bygger på
förordningen (2010:2012) om statsbidrag inom Kultursamverkansmodellen. Nämnden
har fattat beslut om att den nya kulturplanen ska bli tydligare genom att:
• de övergripande målen minskas till antalet;
• samverkansparter ges möjlighet att enas kring gemensamma prioriteringar;
• målsättningarna för verksamheterna är mer övergripande och uppföljningsbara.
Kulturplanen skapar goda förutsättningar för kultur i Västernorrland genom de
övergripande målsättningarna:
• I Västernorrland vill vi skapa jämlik tillgång till kultur för alla
Remissen finns tillgänglig för er att besvara fram till den 24 juni. Remissversion,
Kulturplan för Västernorrland 2023-2026 (pdf) Vi kommer att ge en introduktion till
remissen under en öppen kulturdialog den 11 april kl 12. Här ansluter du till mötet via
Teams. Varmt välkommen!
Tillbaka till toppen"""

ATVIDABERG_ETT_STYCKE = """Åtvidabergs kommun
## Förslag till nytt naturvårdsprogram är ute på remiss
Alla som är intresserade av kommunens naturvårdsarbete har möjlighet att lämna
synpunkter fram till den 2 maj. Samhällsbyggnadsförvaltningen uppdaterar
kommunens naturvårdsprogram från 2002. Naturvårdsprogrammet är ett
sektorsprogram som företräder naturvårdens intressen vid upprätande av planer,
ärendehantering eller andra åtgärder. Det är också en kunskapskälla. I programmet
allmänheten att lämna synpunkter på remissversionen. Yttrande ska komma in senast
den 2 maj 2016 till Åtvidabergs kommun. Information och förslag finns här på
kommunens hemsida, se under " För invånare" och " Park och natur" Förslag till nytt
naturvårdsprogram för Åtvidabergs kommun
Publicerad av: Göran Börkén
Senast ändrad: 2016-04-06 Kommunen med framåtanda
Åtvidabergs kommun
Adelswärdsgatan 7 Box 206
597 25 Åtvidaberg"""


@pytest.mark.parametrize(
    ("text", "titel"),
    [
        # missiv/rvn-kulturplan-2022 (ett_stycke; rubrik_i_stycket puts the link first on its line): the
        # file link ends at the file's kind
        (RVN_ETT_STYCKE, "Kulturplan för Västernorrland 2023-2026"),
        # prov6/atvidaberg-naturvardsprogram-remiss (ett_stycke): the link ends the paragraph, after a quote
        (ATVIDABERG_ETT_STYCKE, "Förslag till nytt naturvårdsprogram för Åtvidabergs kommun"),
    ],
)
def test_lankens_hela_namn_inne_i_stycket(text: str, titel: str) -> None:
    """A link under the text that names the document in full ('Remissversion, Kulturplan för Västernorrland
    2023-2026 (pdf)') was a line of its own; a transcript that joins the paragraphs runs it into the
    paragraph, where it still gives the heading's bare kind its full name."""
    remiss = extract_remiss("x.pdf", part_of(_styled(text)))
    assert remiss is not None and remiss.titel == titel


def test_namnet_i_en_mening_ar_ingen_lank() -> None:
    """The heading's title opening a sentence with a verb ('Kulturplan för Västernorrland 2023-2026 är …')
    or running on into the next line in lower case is no link: the heading's title stays."""
    text = """## Kulturplan på remiss
Remissen finns tillgänglig för er att besvara fram till den 24 juni 2022. Kulturplan för
Västernorrland 2023-2026 är ett förslag från Nämnden för hållbar utveckling. Kulturplan för
hela länet
tas fram vart fjärde år."""
    remiss = extract_remiss("x.pdf", part_of(_styled(text)))
    assert remiss is not None and remiss.titel == "Kulturplan"


def test_titel_kapad_efter_preposition_fylls_i_ur_meningen_som_upprepar_den() -> None:
    """prov3/lv-hslf-fs-2016-34-sandlista with its heading run into the paragraph (rubrik_i_stycket): the
    heading's third line 'läkemedel och teknisk sprit' went into the sentence under it, so the title ended
    on 'utlämnande av'; the letter repeats the title in its first sentence, which completes it."""
    from remiss.domain import Line

    rows = [
        (11.5, True, "Läkemedelsverket"),
        (10.5, False, "Datum: 2016-10-12"),
        (10.5, False, "Dnr:"),
        (10.5, False, "3.1-2016-044482"),
        (10.5, False, "Enligt sändlista"),
        (13.0, True, "Remiss angående förslag till föreskrifter om ändring i Läkemedelsverkets"),
        (11.5, True, "föreskrifter (HSLF-FS 2016:34) om förordnande och utlämnande av"),
        (10.5, False, "läkemedel och teknisk sprit Läkemedelsverket översänder härmed förslag till"
                      " föreskrifter om ändring i"),
        (10.5, False, "Läkemedelsverkets"),
        (10.5, False, "föreskrifter (HSLF-FS 2016:34) om förordnande och utlämnande av läkemedel och"
                      " teknisk"),
        (10.5, False, "sprit."),
        (10.5, False, "Remissen skickas enbart per e-post."),
        (10.5, False, "Synpunkter på förslaget ska vara Läkemedelsverket tillhanda, gärna i wordformat och"
                      " per epost till registrator@lakemedelsverket.se, senast den 11 november 2016."),
    ]
    lines = [Line(text=t, page=1, number=i, size=s, bold=b) for i, (s, b, t) in enumerate(rows, 1)]
    remiss = extract_remiss("x.pdf", part_of(lines))
    assert remiss is not None
    assert remiss.titel == ("förslag till föreskrifter om ändring i Läkemedelsverkets föreskrifter (HSLF-FS"
                            " 2016:34) om förordnande och utlämnande av läkemedel och teknisk sprit")


def test_planens_namn_och_numret_i_en_ihopkord_faltrad() -> None:
    """prov5/goteborg-heden-samrad with its paragraphs joined (ett_stycke): the page's fields ('Diarienummer
    SBK' / 'BN0545/19' / 'Planens formella namn' / 'Detaljplan för …') run into one line. The plan's formal
    name opens inside the line and wraps a long rest; the office's code 'SBK' belongs to the label, as the
    number has its own letters glued to its digits."""
    text = """## Heden - Verksamheter och bostäder vid
## Smålandsgatan
Stadsdel Heden.
### Lämna synpunkter
Just nu befinner sig planen i samrådsskedet. Det innebär att du kan lämna skriftliga synpunkter på
förslaget.
### Synpunkter kan lämnas senast 2021-02-16
Förslaget visas på:
- Stadsbyggnadskontoret Köpmansgatan 20 på nedre plan
### Status och handlingar
1. Plan standardförfarande - samråd
samråd sammanfattas och kommenteras.
### Diarienummer
Diarienummer SBK BN0545/19 Planens formella namn Detaljplan för verksamheter
och kategoribostäder vid Smålandsgatan inom stadsdelen Heden"""
    remiss = extract_remiss("x.pdf", part_of(_styled(text)))
    assert remiss is not None
    assert remiss.titel == ("Detaljplan för verksamheter och kategoribostäder vid Smålandsgatan inom"
                            " stadsdelen Heden")
    assert remiss.diarienummer == "BN0545/19"


def test_kontorets_kod_fore_ett_nummer_med_mellanslag_hor_till_numret() -> None:
    """Mora kommun's 'Dnr MK KS 2019/00366' (prov8/mora-fop-granskning): the office's code before a number
    whose letters stand apart from its digits is part of it, as before."""
    from remiss.extract.dnr import dnr_after_label

    assert dnr_after_label("MK KS 2019/00366") == "MK KS 2019/00366"
    assert dnr_after_label("SBK BN0545/19 Planens formella namn") == "BN0545/19"


def test_myndigheten_som_samrader_efter_ihopkorda_falt() -> None:
    """missiv/vattenmyndigheten-bottenhavet-samrad-2019 with its paragraphs joined (ett_stycke): the
    notice's fields ('Organ', 'Kungörelse', 'Ansvarig för kungörelse') run into the sentence whose subject
    is the sender, wrapped over the line: '… Länsstyrelsen Västernorrland Vattenmyndigheten' / 'i
    Bottenhavets vattendistrikt samråder inom vattenförvaltning …'."""
    text = """## Samråd inom vattenförvaltning
Vattenmyndigheten för Bottenhavets vattendistrikt ska enligt 5 kap.
vattenförvaltningsförordningen ta fram och hålla samråd om en preliminär översikt
över väsentliga frågor för förvaltningen av kvaliteten på vattenmiljön. Kungörelse
Organ Länsstyrelsen Västernorrland och Vattenmyndigheten Bottenhavet Kungörelse
2019-05-02 Ansvarig för kungörelse Länsstyrelsen Västernorrland Vattenmyndigheten
i Bottenhavets vattendistrikt samråder inom vattenförvaltning mellan den 2 maj och 1
november 2019. Samrådshandlingen heter: ”Viktiga vattenfrågor i Bottenhavets
vattendistrikt – översikt över väsentliga frågor inför arbetet med förvaltningsplan
2021-2027”. För att få tillgång till samrådshandlingen gå in på Vattenmyndigheternas
webbplats, www.vattenmyndigheterna.se. Handlingen finns också tillgänglig hos
aktförvarare på respektive länsstyrelse och kommun. För att besvara samrådet ser vi
gärna att ni fyller i tillhörande svarsformulär i Excel-format, men det går även bra
med ett skriftlig svar. Skicka svaret till:
vattenmyndigheten.vasternorrland@lansstyrelsen.se. Det går också bra att besvara
samrådet med brev till: Vattenmyndighetens kansli, Länsstyrelsen i Västernorrlands
län, 871 86 Härnösand. Kom ihåg att märka svaret med diarienummer
537-3151-2019. Vi vill ha svaren senast den 1 november 2019."""
    remiss = extract_remiss("x.pdf", part_of(_styled(text)))
    assert remiss is not None and remiss.avsandare == "Vattenmyndigheten i Bottenhavets vattendistrikt"


def test_handlingens_slag_efter_namnet_i_en_ihopkord_rad() -> None:
    """prov2/lst-vgotaland-heramaden with its headings run into the paragraph after them (rubrik_i_stycket):
    the list's entry 'Naturreservatet Heråmaden i Dals-Eds kommun' and its sub-line 'Förslag till beslut'
    (the document's kind) became one line; the kind after the name is no part of the title
    (modeller/titel.toml forslag_till_beslut)."""
    text = """## Förslag till nya naturreservat
Innan Länsstyrelsen tar beslut om att bilda ett nytt naturreservat skrivs ett förslag till beslut.
Länsstyrelsen skickar förslaget på remiss till sakägare (till exempel markägare), berörd kommun,
Skogsstyrelsen och intresseorganisationer. Förslaget till beslut ska bland annat innehålla:
• skälen till att bilda naturreservat
• förslag på föreskrifter
För mer information om ett förslag, kontakta ansvarig handläggare.
### Aktuella remisser
Naturreservatet Heråmaden i Dals-Eds kommun Förslag till beslut
Synpunkter lämnas senast den 1 juli 2014 till Länsstyrelsen i Västra Götalands län
Naturvårdsenheten"""
    remiss = extract_remiss("x.pdf", part_of(_styled(text)))
    assert remiss is not None and remiss.titel == "Naturreservatet Heråmaden i Dals-Eds kommun"


JAMTKRAFT = """## Planerade samrådsmöten ställs in på grund av coronaviruset
Med anledning av spridningen av coronaviruset måste vi dessvärre ställa in samrådsmötena angående planerna att bygga en ny kraftledning från Krokom till Föllinge.
Publicerad 2020-03-13
{mitten}
• Gravbränna bygdegård, 16 mars
• Aspåsnäsets bygdegård, 24 mars
### Vad innebär detta för projektet?
Samrådet fortsätter hela perioden fram till den 8 april trots att själva mötena inte blir av. Vi vill fortfarande ha era synpunkter för det fortsatta arbetet i projektet.{slut}"""  # noqa: E501


def test_bolaget_som_bjudit_in_efter_en_inkord_rubrik() -> None:
    """missiv/jamtkraft-krokom-follinge-samrad with its headings run into the paragraph
    (rubrik_i_stycket, Word): 'Samrådsmötena ställs in, men samrådet fortsätter Jämtkraft Elnät AB har
    tidigare skickat ut en inbjudan till samråd …' — the company, its name ending in 'AB', still invites
    to the samråd."""
    mitten = ("Samrådsmötena ställs in, men samrådet fortsätter Jämtkraft Elnät AB har tidigare skickat"
              " ut en inbjudan till samråd med anledning av planerna att bygga en ny kraftledning från"
              " Krokom till Föllinge.\nInställda samrådsmöten Följande samrådsmöten är alltså inställda:")
    slut = ("\nSkicka gärna dina synpunkter via mejl eller ring till oss!"
            "\nJessica Raftsjö-Lindberg 072-588 50 58\njessica.raftsjolindberg@sweco.se\nsamrad@jamtkraft.se")
    remiss = extract_remiss("x.docx", part_of(_styled(JAMTKRAFT.format(mitten=mitten, slut=slut))))
    assert remiss is not None and remiss.avsandare == "Jämtkraft Elnät AB"


def test_underskrift_inkord_i_sista_meningen() -> None:
    """missiv/jamtkraft-krokom-follinge-samrad with its paragraphs joined (ett_stycke, Word): the
    contacts run into the last sentence ('… ring till oss! Jessica Raftsjö-Lindberg 072-588 50 58
    jessica.raftsjolindberg@sweco.se Ronny Asplund 063-14 93 48 …'): the first is read."""
    mitten = ("### Samrådsmötena ställs in, men samrådet fortsätter\nJämtkraft Elnät AB har tidigare"
              " skickat ut en inbjudan till samråd med anledning av planerna att bygga en ny kraftledning"
              " från Krokom till Föllinge.")
    slut = (" Skicka gärna dina synpunkter via mejl eller ring till oss! Jessica Raftsjö-Lindberg"
            " 072-588 50 58 jessica.raftsjolindberg@sweco.se Ronny Asplund 063-14 93 48"
            " samrad@jamtkraft.se Kart")
    remiss = extract_remiss("x.docx", part_of(_styled(JAMTKRAFT.format(mitten=mitten, slut=slut))))
    assert remiss is not None
    assert remiss.handlaggare.namn == "Jessica Raftsjö-Lindberg"
    assert remiss.handlaggare.telefon == "072-588 50 58"


def test_en_fraga_over_svarens_postbox_ar_ingen_avsandare() -> None:
    """missiv/tingsryd-op-boendemiljoer with its headings run into the paragraph (rubrik_i_stycket, Word): the
    sub-heading 'Hur kan Tingsryds kommun skapa attraktiva boendemiljöer?' stands within four lines of the
    answers' post box once the lines between are joined; a question is no address line."""
    text = """## Förslag till ny översiktsplan
## Hur kan Tingsryds kommun skapa attraktiva boendemiljöer?
Tingsryds kommun håller på att ta fram en ny översiktsplan som ska visa hur kommunen avser att utvecklas fram till år 2030.
Vi vill ha in dina synpunkter Det finns ett flertal faktorer som kan vara avgörande vid valet av boplats.
Skriftligt yttrande skall senast 2018-06-25 ha inkommit till Miljö- och byggnadsförvaltningen
Box 88
362 22 TINGSRYD
e-post mbf@tingsryd.se"""  # noqa: E501
    remiss = extract_remiss("x.docx", part_of(_styled(text)))
    assert remiss is not None and remiss.avsandare == "Tingsryds kommun, Miljö- och byggnadsförvaltningen"


def test_planens_namn_inne_i_en_mening_ar_ingen_faltrad() -> None:
    """missiv/falun-fop-tatort-samrad-2017 in Word (bench_layoutbyte tabell/docx): the plan's name stands
    inside a paragraph's sentence ('Ett förslag till Fördjupad översiktsplan för Falu tätort och området runt
    Varpan är nu ute på samråd och vi behöver …'); read as a field line's name it ran on with the sentence."""
    text = "\n".join([
        "Falu kommun",
        "Publicerad 2017-02-17",
        "## Var med och påverka framtiden i Falun",
        "Nu planerar vi Faluns framtid – hur staden ska växa, vilken trafik vi ska ha, hur mycket gröna ytor"
        " som ska finnas och mycket annat. Ett förslag till Fördjupad översiktsplan för Falu tätort och"
        " området runt Varpan är nu ute på samråd och vi behöver dina synpunkter för att skapa ett hållbart"
        " och trivsamt framtida Falun.",
        "Vi behöver dina kommentarer och synpunkter senast 28 april.",
        "Läs förslaget och lämna dina synpunkter på falun.se/falunväxer",
    ])
    remiss = extract_remiss("x.docx", part_of(_styled(text)))
    assert remiss is not None
    assert remiss.titel == "Fördjupad översiktsplan för Falu tätort och området runt Varpan"
