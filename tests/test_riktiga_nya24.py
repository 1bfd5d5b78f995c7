"""Real pages of the kinds the held-out sets show and the corpus had few of (nya24, tests/korpus/missiv/ and
tests/korpus/yttranden/): an association's member news on a remiss it received, a transport authority's survey on
two drafts, a Finland-Swedish town's news of a plan proposal put on view, a parliamentary committee's statement
that 'omfattar statsrådets ståndpunkt', an association's news on its joint answer. Each first-run miss is a named
test with the page's own wording (sources in the '# source:' line of each tests/korpus/<mapp>/<id>.txt), then the
same class in other wording."""

# ruff: noqa: E501  (the documents' own lines are kept as they stand)

from __future__ import annotations

from remiss.extract import extract_remiss
from remiss.extract.core import clean_title
from remiss.split import classify
from tests.test_kontroll_riktiga import _stallning
from tests.test_riktiga_missiv15 import headed, part_of

# missiv/famna-privat-sjukvardsforsakring-nyinkommen-remiss (famna.org, 2019): an association's member news on a
# remiss it received, asking members to take part in its own answer, without a deadline
FAMNA = """Nyinkommen remiss – behov att synliggöra idéburen sektor och säkerställa behovsprincipen
Lagändringarna ska förtydliga att inom offentligt finansierad hälso- och sjukvårdsverksamhet får hälso- och sjukvård ges inom ramen för en privat sjukvårdsförsäkring enbart om människovärde-, behovs- och solidaritetsprinciperna inte åsidosätts.
Vi noterar att den idéburna sektorn är osynliggjord i remissen. På enstaka ställen räknas vi förmodligen in under ”privata företag”, utan åtskillnad mellan den idéburna sektorn och den privata. Dessutom poängteras på ett par ställen att regeringen vill reglera så att aktörerna som verkar i välfärden har verksamheten som främsta drivkraft och inte vinstintresset, trots att det är kärnan hos Famnas medlemmars verksamheter osynliggörs sektorn. Dessa är några av de centrala perspektiv som Famna kommer lyfta i sitt remissvar.
Vill du som medlem vara en del i utformandet av remissvaret eller har kommentarer och funderingar kring remissen så kontakta Felicia Lindelöw.
Ta del av remissen här.
Senast uppdaterad 2019-08-27"""


def test_medlemmar_bjuds_in_till_det_egna_remissvaret() -> None:
    """missiv/famna-privat-sjukvardsforsakring-nyinkommen-remiss: 'Vill du som medlem vara en del i utformandet
    av remissvaret … så kontakta Felicia Lindelöw' asks the members for views to the association's own answer
    (missiv.toml medverka_i_eget_svar, a request without a deadline, split.BER_OM_SVAR): a missiv; the sender is
    the one that will bring them up 'i sitt remissvar' (avsandare.OWN_ANSWER_SUBJECT) and the contact the person
    after 'så kontakta' (kontakt.toml sa_kontakta_namn)."""
    lines = headed(FAMNA, 0)
    assert classify(lines) == "missiv"
    remiss = extract_remiss("x.pdf", part_of(lines))
    assert remiss is not None
    assert (remiss.avsandare, remiss.handlaggare.namn) == ("Famna", "Felicia Lindelöw")


def test_medverka_i_eget_svar_i_annan_ordalydelse() -> None:
    """Another association in other words: 'Vill ni vara med och påverka förbundets remissvar …' is the same
    request; a page that tells how its members took part in an answer already sent asks nothing."""
    text = """Ny remiss om strandskyddet
Naturvårdsverket har skickat ett förslag om ändrade föreskrifter till oss. Våra medlemmar berörs i hög grad, och Riksförbundet kommer att ta upp deras erfarenheter i sitt yttrande.
Vill ni vara med och påverka förbundets remissvar så kontakta Anders Berg på kansliet."""
    lines = headed(text, 0)
    assert classify(lines) == "missiv"
    remiss = extract_remiss("x.pdf", part_of(lines))
    assert remiss is not None and remiss.handlaggare.namn == "Anders Berg"
    sent = """Vårt remissvar om strandskyddet
Våra medlemmar var med och utformade remissvaret, som skickades till Naturvårdsverket i maj."""
    assert classify(headed(sent, 0)) == "annat"


# missiv/hrt-ring-i-busslinjer-enkat (hsl.fi, 2023): a transport authority's survey on two drafts, the deadline
# '13.3' without a year, the proposal going to 'HRT:s styrelse'
HRT = """Berätta din åsikt om två alternativ till nya busslinjer vid Ring I
Vi öppnar en enkät där du har möjligheten att berätta din åsikt om två olika alternativ till nya busslinjer vid Ring I. Du kan svara på enkäten fram till 13.3.
Planeringen av de nya busslinjerna vid Ring I har framskridit till utkastskedet. Nu kan du lämna synpunkt på två utkast och påverka utvecklingen av kollektivtrafiken vid Ring I.
Du kan svara på enkäten mellan 8.3–13.3. I efterhand analyserar vi resultaten från enkäten och utarbetar ett förslag om de nya busslinjerna till HRT:s styrelse, som behandlar förslaget våren 2023. De eventuella nya rutterna tas i bruk år 2025.
Vi hoppas att så många som möjligt kan besvara enkäten, så att vi kan planera den bästa kollektivtrafiken tillsammans. Svara på enkäten och påverka!"""


def test_beratta_din_asikt_med_frist_ar_en_remiss() -> None:
    """missiv/hrt-ring-i-busslinjer-enkat: 'Berätta din åsikt om …' asks the reader's views (missiv.toml
    tyck_till) and 'fram till 13.3' says until when: a missiv; the title is the heading's matter without the
    call (titel.toml sag_din_mening), the sender the authority whose board the proposal goes to
    (avsandare.ANSWERS_RECEIVER); no year, no page date: no deadline."""
    lines = headed(HRT, 0)
    assert classify(lines) == "missiv"
    remiss = extract_remiss("x.pdf", part_of(lines))
    assert remiss is not None
    assert (remiss.avsandare, remiss.titel, remiss.svarsdatum) == (
        "HRT", "två alternativ till nya busslinjer vid Ring I", None)


def test_beratta_din_asikt_i_annan_ordalydelse() -> None:
    """'Berätta vad du tycker om …' with a deadline, and another authority's board; the heading's call goes."""
    text = """Berätta vad du tycker om förslaget till cykelplan
Kommunen har tagit fram ett förslag till cykelplan. Lämna dina synpunkter senast den 4 maj 2025. Synpunkterna sammanställs i ett förslag till SLL:s styrelse, som beslutar om planen i juni."""
    lines = headed(text, 0)
    remiss = extract_remiss("x.pdf", part_of(lines))
    assert classify(lines) == "missiv"
    assert remiss is not None and (remiss.titel, remiss.avsandare) == ("förslaget till cykelplan", "SLL")
    assert clean_title("Berätta din åsikt om nya linjer i Vasa") == "nya linjer i Vasa"


def test_till_paseende_efter_arendet_stryks() -> None:
    """missiv/lovisa-valkom-delgeneralplan-forslag: '… till påseende 21.7–8.9.2023 –Presenteras på tillfälle i
    Valkom 29.8' after the matter is the procedure and its period (titel.toml till_paseende), not the title;
    also 'finns till påseende'."""
    assert clean_title("Förslaget till delgeneralplan för Valkom med närområden till påseende 21.7–8.9.2023 "
                       "–Presenteras på tillfälle i Valkom 29.8") == \
        "Förslaget till delgeneralplan för Valkom med närområden"
    assert clean_title("Ändring av detaljplan för Kvarnbacken finns till påseende 1.3–31.3.2024") == \
        "Ändring av detaljplan för Kvarnbacken"


# yttranden/miuu-green-deal-utlatande (eduskunta.fi, 2020): a Finnish parliamentary committee's statement on a
# government report, its operative clause under 'UTSKOTTETS UTLÅTANDE'
MIUU = ("Miljöutskottet meddelar", "att det omfattar statsrådets ståndpunkt med tonvikt på synpunkterna ovan.")


def test_omfattar_statsradets_standpunkt_tillstyrker() -> None:
    """yttranden/miuu-green-deal-utlatande: 'Miljöutskottet meddelar att det omfattar statsrådets ståndpunkt med
    tonvikt på synpunkterna ovan' supports the position of the matter referred to it, without the stance word
    (stallningstagande.jsonl omfatta-standpunkten)."""
    assert _stallning(" ".join(MIUU)) == "tillstyrker"


def test_omfattar_standpunkten_i_annan_ordalydelse() -> None:
    """Another committee and the government's position likewise; 'omfattar' of the scope is no stance."""
    assert _stallning("Ekonomiutskottet omfattar i huvudsak regeringens ståndpunkt.") == "tillstyrker"
    assert _stallning("Förslaget omfattar alla kommuner i landskapet.") is None


# yttranden/famna-forum-ideburen-valfard-yttrande (famna.org, 2020): the association's news on its joint answer,
# positive to two of the inquiry's proposals
FAMNA_SVAR = ("Utredningen föreslår också bland annat förändringar i Lagen om offentlig upphandling och Lagen om "
              "valfrihetssystem som skulle förbättra möjligheterna för idéburna aktörer att agera. Famna och Forum "
              "ser positivt på båda dessa förslag.")


def test_positiv_till_bada_forslagen_ar_en_synpunkt() -> None:
    """yttranden/famna-forum-ideburen-valfard-yttrande: 'ser positivt på båda dessa förslag' is about two of the
    proposals, a subset (delmangd.jsonl bada-forslagen; README: an opinion on a subset is a comment, no stance)."""
    assert _stallning(FAMNA_SVAR) is None


def test_bada_forslagen_i_annan_ordalydelse() -> None:
    """'välkomnar bägge förslagen' likewise; the proposals as a whole stay a stance."""
    assert _stallning("Förbundet välkomnar bägge förslagen om ändrade avgifter.") is None
    assert _stallning("Förbundet ser positivt på förslagen i betänkandet.") == "tillstyrker"


# missiv/nykarleby-norra-industriomradet-paseende (nykarleby.fi, 2017), in the DOCX layouts of bench_layoutbyte:
# a short notice whose signature with its date falls within the top lines
NYKARLEBY = """18.12.2017
Detaljplan och planeändring för norra industriområdet
Nedannämnt planförslag (förslag II) är på nytt offentligt framlagt till påseende fr.o.m. 20.12.2017 t.o.m. 22.1.2018 vid Nykarleby stadsbibliotek adress; Topeliusesplanaden 10 samt vid Stadshuset/tekniska avdelningen och på stadens hemsida (www.nykarleby.fi, Anslags-tavla/kungörelser; Norra industriområdet). Stadshuset håller stängt under tiden 27– 29.12.2017.
Detaljplan och planeändring för norra industriområdet
Detaljplan uppgörs för kvarteren 820 – 825. Planeområdet finns norr om centrum invid Jakobstadsvägens östra sida (lv 749).
Eventuella anmärkningar mot planförslaget skall inlämnas till stadsstyrelsen, adr. PB 29, 66901 Nykarleby före utgången av den tid förslaget varit framlagt till påseende.
Stadsstyrelsen i Nykarleby 20.12.2017"""


def test_underskrift_med_datum_ar_inget_brevhuvud() -> None:
    """missiv/nykarleby-norra-industriomradet-paseende in tabell/kommunmall DOCX: 'Stadsstyrelsen i Nykarleby
    20.12.2017' is the notice's signature with its date, not the letterhead at the top of a short page
    (avsandare.SIGNATURE_DATE_END): the sender is the town with the board the anmärkningar go to."""
    remiss = extract_remiss("x.docx", part_of(headed(NYKARLEBY, 1, 3)))
    assert remiss is not None and remiss.avsandare == "Nykarleby stad, Stadsstyrelsen"


def test_underskrift_med_datum_i_annan_ordalydelse() -> None:
    """Another board and an ISO date likewise; a letterhead without a date stays the sender."""
    text = NYKARLEBY.replace("Stadsstyrelsen i Nykarleby 20.12.2017", "Tekniska nämnden i Nykarleby 2017-11-01") \
        .replace("skall inlämnas till stadsstyrelsen", "skall inlämnas till tekniska nämnden")
    remiss = extract_remiss("x.docx", part_of(headed(text, 1, 3)))
    assert remiss is not None and remiss.avsandare is not None and "2017" not in remiss.avsandare
