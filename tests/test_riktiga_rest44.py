"""rest44 (session 44): misses left by this session's helpers, fixed as classes.

1. A water council passing a Vattenmyndighet's samråd on to its readers
   (prov37/lygnerns-vattenrad-vattenmyndighetens-samrad, https://lygnernsvattenrad.se/vattenradets-samrad-ar-
   kring-atgardsprogram/): the remitting authority opens a later sentence by its full name with its district
   ('Vattenmyndigheten i Västerhavets vattendistrikt kommer dessutom att genomföra digitala möten …'); that
   name is the sender when no letterhead or remitting verb names one. Its heading 'Vattenmyndighetens samråd
   är igång' names no matter; the sentence 'samråder vattenmyndigheterna om <ärendet>' does. 'Om du vill delta
   men inte fått inbjudan så hör av dig till NN' names who takes a meeting's sign-ups, no handläggare
   (modeller/kontakt.toml [motesdeltagande]).
2. NCC's list page of samråd (https://ncc.se/ballast/hitta/stockholms-lan/samradshandlingar): the heading
   'Samrådshandlingar - Stockholms län' names the page and the county it sorts by; the title is the matter of
   the invitation on a line of its own below ('Inbjudan till undersökningssamråd … om fortsatt
   terminalverksamhet i Älvnäs, Ekerö kommun.').
3. HEMAB's 'Inbjudan samråd vindkraft' (https://www.hemab.se/nyhetsarkiv/arkivnyheter/
   inbjudansamradvindkraft.5.9ff5141118345c5438800013908.html): 'Vi inbjuder nämligen till samråd …, vilket
   HEMAB frivilligt låtit Länsstyrelsen påbörja.' names the company that is 'we' later in the same sentence.
"""

from __future__ import annotations

from remiss.extract import extract_remiss
from remiss.split import classify
from tests.test_riktiga_missiv15 import headed, part_of

LYGNERN = "\n".join((
    'Vattenmyndighetens samråd är igång',
    'Den 1 november 2020 – 30 april 2021 samråder vattenmyndigheterna om förvaltningen av sjöar, '
    'vattendrag, grundvatten och kustnära vatten 2021 – 2027.',
    'Den 19 januari kl. 18:30-20:30 bjuder vattenrådet in till informationsmöte som länsstyrelsen håller '
    'i. Mötet sker digitlat. Om du vill delta men inte fått inbjudan så hör av dig till Peter Nolbrant '
    '(se kontakt).',
    'Vattenmyndigheten i Västerhavets vattendistrikt kommer dessutom att genomföra digitala möten för '
    'olika målgrupper inom distrikt, med start 2021.',
    'Samrådshandlingarna finns att ladda ner från Vattenmyndigheternas webbplats: '
    'www.vattenmyndigheterna.se/samrad.',
    'Vattenmyndigheten ser helst att man använder det webbformulär som har tagits fram för att svara på '
    'samrådet. Välj ut de delar som du eller din organisation känner er berörda av.',
))


def test_vattenmyndigheten_med_distrikt_som_inleder_en_mening_ar_avsandaren() -> None:
    """The authority named with its district as a sentence's subject is the sender of the samråd passed on."""
    lines = headed(LYGNERN, 0)
    assert classify(lines) == "missiv"
    remiss = extract_remiss("x.pdf", part_of(lines))
    assert remiss is not None
    assert remiss.avsandare == "Vattenmyndigheten i Västerhavets vattendistrikt"


def test_samradets_rubrik_utan_arende_ger_det_som_meningen_samrader_om() -> None:
    """'X:s samråd är igång' names no matter; 'samråder vattenmyndigheterna om <ärendet>' does."""
    remiss = extract_remiss("x.pdf", part_of(headed(LYGNERN, 0)))
    assert remiss is not None
    assert remiss.titel == ("förvaltningen av sjöar, vattendrag, grundvatten och kustnära vatten 2021 – 2027")


def test_den_som_tar_emot_anmalan_till_ett_mote_ar_ingen_handlaggare() -> None:
    """'Om du vill delta men inte fått inbjudan så hör av dig till NN' names who takes the sign-ups."""
    remiss = extract_remiss("x.pdf", part_of(headed(LYGNERN, 0)))
    assert remiss is not None
    assert remiss.handlaggare.namn is None


def test_kontakt_for_fragor_om_samradet_ar_fortfarande_handlaggare() -> None:
    """A contact for questions on the samråd itself stays the handläggare (no meeting words)."""
    text = LYGNERN.replace("Om du vill delta men inte fått inbjudan så hör av dig till",
                           "Har du frågor om samrådet så hör av dig till")
    remiss = extract_remiss("x.pdf", part_of(headed(text, 0)))
    assert remiss is not None
    assert remiss.handlaggare.namn == "Peter Nolbrant"


# https://ncc.se/ballast/hitta/stockholms-lan/samradshandlingar
NCC = "\n".join((
    "Samrådshandlingar - Stockholms län",
    "Här hittar ni aktuella handlingar för pågående samråd inom Stockholms län.",
    "Inbjudan till undersökningssamråd enligt 6 kap. 23-24 §§ miljöbalken om fortsatt terminalverksamhet "
    "i Älvnäs, Ekerö kommun.",
    "NCC Industry AB planerar att ansöka om tillstånd för en fortsatt terminalverksamhet på fastigheten "
    "Asknäs 1:310 i Ekerö kommun. Undersökningssamråd kommer att hållas med länsstyrelsen, "
    "tillsynsmyndigheten samt de enskilda som kan antas bli särskilt berörda av verksamheten (boende inom "
    "500 meters avstånd från verksamhetsområdet).",
    "Inget möte kommer att hållas på grund av pågående utbrott av Coronaviruset. Skriftliga synpunkter på "
    "den planerade verksamheten tas dock tacksamt emot till och med den 10 juli 2020.",
    "• Skriv till kalle.andersson@wsp.com alternativt WSP Sverige AB, Att: Kalle Andersson, Box 574, 201 25 "
    "Malmö.",
))


def test_listsidans_rubrik_med_lan_ger_inbjudans_arende() -> None:
    """'Samrådshandlingar - Stockholms län' names the page; the invitation below names the matter."""
    lines = headed(NCC, 0)
    assert classify(lines) == "missiv"
    remiss = extract_remiss("x.pdf", part_of(lines))
    assert remiss is not None
    assert (remiss.titel, remiss.avsandare) == ("fortsatt terminalverksamhet i Älvnäs, Ekerö kommun",
                                                "NCC Industry AB")


def test_listsidans_rubrik_med_kommun_ar_generisk() -> None:
    """A kind in the plural with a kommun or county after a dash names no matter; a plan's name does."""
    from remiss.extract.core import generic_heading

    assert generic_heading("Samrådshandlingar - Stockholms län")
    assert generic_heading("Samrådshandlingar – Ekerö kommun")
    assert not generic_heading("Översiktsplan 2040 – Ekerö kommun")


# https://www.hemab.se/nyhetsarkiv/arkivnyheter/inbjudansamradvindkraft.5.9ff5141118345c5438800013908.html
HEMAB = "\n".join((
    "Inbjudan samråd vindkraft",
    "Fram till 31 mars har du som är berörd av en eventuell utbyggnad av ny vindkraft intill Vårdkasen "
    "chansen att säga vad du tycker om planerna.",
    "Vi inbjuder nämligen till samråd enligt Miljöbalken, vilket HEMAB frivilligt låtit Länsstyrelsen "
    "påbörja.",
    "Mer information/Annons i dagspress",
))


def test_vi_inbjuder_med_bolaget_namngivet_i_samma_mening() -> None:
    """'Vi inbjuder … till samråd …, vilket HEMAB …': the company named in the sentence is 'we'."""
    lines = headed(HEMAB, 0)
    assert classify(lines) == "missiv"
    remiss = extract_remiss("x.pdf", part_of(lines))
    assert remiss is not None
    assert remiss.avsandare == "HEMAB"


def test_vi_inbjuder_med_bolaget_i_annan_ordalydelse() -> None:
    """The same with a company's name and legal form after 'som'."""
    from remiss.extract.avsandare import WE_INVITE

    match = WE_INVITE.search("Vi bjuder härmed in till samråd om en ledning, som Mörby Energi AB planerar.")
    assert match is not None and match.group("org") == "Mörby Energi AB"
    assert WE_INVITE.search("Vi bjuder in till samråd, som Länsstyrelsen leder.") is None
