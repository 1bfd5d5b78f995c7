"""Real documents the corpus reads wrong (missiv18: tests/korpus/kanda_fel.json, the reported prov16), each miss
as a named test with the document's own wording (sources in the '# source:' line of each
tests/korpus/prov16/<id>.txt)."""

# ruff: noqa: E501  (the documents' own lines are kept as they stand)

from __future__ import annotations

from dataclasses import replace

from remiss.domain import Line
from remiss.extract import extract_remiss
from remiss.split import classify
from tests.test_riktiga_missiv15 import lines_of, part_of


def styled(text: str, sizes: dict[int, float]) -> list[Line]:
    """Return the lines of text at 10.5 pt, the given line indexes bold at the given size (a web print)."""
    lines = [replace(line, size=10.5) for line in lines_of(text)]
    for index, size in sizes.items():
        lines[index] = replace(lines[index], size=size, bold=True)
    return lines


# prov16/malung-salen-faxfjallet-planprogram-samrad (malung-salen.se, the plan page's print version)
MALUNG = """Malung-Sälens kommun
Logotyp för Malung-Sälens kommun
Planprogram Faxfjället
Ett förslag till planprogram nordväst om Stötenområdet är nu föremål för samråd med berörda myndigheter och sakägare enligt PBL 5:11.
Planprogrammet syftar till att beskriva visionen för utbyggnad av en fritidsdestination vid Faxfjället.
Har du synpunkter på förslaget?
Skicka synpunkterna till stadsbyggnadskontoret senast 30 September 2022. Den som inte senast detta datum har framfört skriftliga synpunkter kan förlora rätten att överklaga ett beslut att anta detaljplanen.
Ange namn på planen och diarienummer: KS.2012:498 vid ett yttrande.
Du kan skicka ditt yttrande till:
plan@malung-salen.se
eller
Malung-Sälens kommun
Stadsbyggnadskontoret
Box 14
782 21 Malung
Ansvarig handläggare: Ronja Backsell"""


def test_diariets_kod_med_punkt_fore_ar_och_lopnummer() -> None:
    """prov16/malung-salen (both pages): 'Ange namn på planen och diarienummer: KS.2012:498 vid ett yttrande'
    asks the answer to carry the number; the diarium's code with a dot before the year and colon
    (modeller/dnr.toml, 'diarium/år:löpnummer') is a diarienummer."""
    remiss = extract_remiss("x.pdf", part_of(styled(MALUNG, {0: 11.5, 2: 13.0, 5: 11.5})))
    assert remiss is not None
    assert remiss.diarienummer == "KS.2012:498"


def test_planens_namn_i_versaler_ar_ingen_avsandare_och_fragan_ingen_titel() -> None:
    """prov16/malung-salen-faxfjallet: the largest heading 'Planprogram Faxfjället' is the plan's kind and its
    place's name, both capitalised: a title, no sender's name (an organisation is never named by a document's
    kind); the smaller question 'Har du synpunkter på förslaget?' asks the reader and names no matter."""
    remiss = extract_remiss("x.pdf", part_of(styled(MALUNG, {0: 11.5, 2: 13.0, 5: 11.5})))
    assert remiss is not None
    assert remiss.titel == "Planprogram Faxfjället"


def test_jafragan_till_lasaren_ar_ingen_titel() -> None:
    """prov16/malung-salen-faxfjallet: a yes/no question to the reader set as the largest heading ('Har du
    synpunkter på förslaget?') names no matter, as 'Vad tycker du …?' names none: the plan's heading is the
    title."""
    remiss = extract_remiss("x.pdf", part_of(styled(MALUNG, {0: 11.5, 2: 12.0, 5: 13.0})))
    assert remiss is not None
    assert remiss.titel == "Planprogram Faxfjället"


# prov16/tomelilla-op-granskning-kungorelse (tomelilla.se, nyhet)
TOMELILLA = """Tomelilla kommun
Nyhet
Lyssna
Kungörelse, Översiktsplan för Tomelilla kommun
Översiktsplan för Tomelilla kommun finns utställd för granskning from 19 juli tom 30 september 2017.
Kommunstyrelsen i Tomelilla godkände upprättat planförslag och konsekvensbedömning med tillhörande miljökonsekvensbedömning för granskning 14 juni 2017 § 139.
Granskningstiden är 19 juli till den 30 september 2017.
Eventuella synpunkter ska lämnas skriftligen senast 30 september 2017 till Tomelilla kommun, Gustavs Torg 16, 273 80 Tomelilla, alternativt kommun@tomelilla.se.
För ytterligare information och frågor kontakta:
Plan- och exploateringschef Ulrika Ljung, 0417-183 00, ulrika.ljung@tomelilla.se, eller
Miljöstrateg Ida Abrahamsson, 0417-181 26, ida.abrahamsson@tomelilla.se.
KOMMUNSTYRELSEN"""


def test_kungorelse_med_kommatecken_fore_arendet() -> None:
    """prov16/tomelilla: 'Kungörelse, Översiktsplan för Tomelilla kommun': the notice's kind before the
    matter after a comma is the procedure's frame as after a colon (titel.toml [forfarande_ram])."""
    remiss = extract_remiss("x.pdf", part_of(styled(TOMELILLA, {3: 16.0})))
    assert remiss is not None
    assert remiss.titel == "Översiktsplan för Tomelilla kommun"


def test_kontakta_kolon_och_en_titel_med_och() -> None:
    """prov16/tomelilla: 'För ytterligare information och frågor kontakta:' over 'Plan- och
    exploateringschef Ulrika Ljung, 0417-183 00, …': the first person after the phrase, past a title of
    two joined words ('Plan- och exploateringschef'), is the handläggare."""
    remiss = extract_remiss("x.pdf", part_of(styled(TOMELILLA, {3: 16.0})))
    assert remiss is not None
    assert remiss.handlaggare.namn == "Ulrika Ljung"


# prov16/bjuv-op2040-granskning (bjuv.se, nyhetsarkiv 2024-05-31)
BJUV = """Bjuvs kommun
Bjuvs kommuns logga
Du kan lämna synpunkter på kommunens översiktsplan fram till 15 augusti
Förslaget på en ny översiktsplan är nu ute på granskning. Allmänheten har möjlighet att lämna in skriftliga synpunkter på planen till och med den 15 augusti.
Översiktsplan Bjuv 2040
Översiktsplanen redogör för kommunens långsiktiga utveckling för all mark- och vattenanvändning och den byggda miljöns utveckling, användande och bevarande.
Bjuvs kommun har upprättat ett granskningsförslag till en ny översiktsplan i enlighet med plan- och bygglagen. Förslaget är ute på granskning mellan 2024-05-31—2024-08-15. Du kan ta del av översiktplanen här:
Lämna synpunkter
Skriftliga synpunkter ska ha inkommit till Samhällsbyggnadsavdelningen, Bjuvs kommun, Box 501, 267 25 Bjuv eller till registrator.ks@bjuv.se senast den 15 augusti 2024.
Mer information
Översiktsplanerare Josephine Rosendahl
e-post josephine.rosendahl@bjuv.se
Översiktsplanerare Oscar Gustavsson Ekberg
e-post oscar.gustavssonekberg@bjuv.se
Samhällsbyggnadschef Niklas Ögren
e-post niklas.ogren@bjuv.se
Kontaktcenter: 042-458 50 00"""


def test_planens_namn_i_underrubriken_nar_rubriken_bara_sager_kommunens_plan() -> None:
    """prov16/bjuv: the heading's matter is only the owner and the kind ('Du kan lämna synpunkter på
    kommunens översiktsplan fram till 15 augusti'); the sub-heading under it names the plan of that kind
    ('Översiktsplan Bjuv 2040'): the title."""
    remiss = extract_remiss("x.pdf", part_of(styled(BJUV, {2: 18.0, 4: 13.0, 7: 13.0, 9: 13.0})))
    assert remiss is not None
    assert remiss.titel == "Översiktsplan Bjuv 2040"


def test_den_forsta_under_rubriken_mer_information() -> None:
    """prov16/bjuv: three officials with their titles under the heading 'Mer information' (no colon): the
    first one named is the handläggare, not the last signature-like name."""
    remiss = extract_remiss("x.pdf", part_of(styled(BJUV, {2: 18.0, 4: 13.0, 7: 13.0, 9: 13.0})))
    assert remiss is not None
    assert remiss.handlaggare.namn == "Josephine Rosendahl"


# prov16/scanergy-duvhallen-vindpark-samrad (spotidoc.com, a wind power company's invitation to samråd)
SCANERGY = """Scanergy
Inbjudan till samråd 2014-11-25
Samrådsinbjudan 2014-11-25
For information in English please contact Sebastian Prause, +46 54 771 68 07.
«Namn_1»
«Adress»
«PostNr» «Postort»
Inbjudan till samråd om planerad vindkraftsanläggning ”Duvhällen vindpark”
Välkomna på samråd om Duvhällen vindpark i klubbstugan vid Hammargärdets IP i Alberga (Hammargårdsvägen 1, Stora Sundby), torsdagen den 18 december 2014 kl 16.00 – 20.00.
Samrådet hålls som ett öppet hus med en utställning där aktuell information om projektet ges. Representanter från Scanergy kommer att finnas på plats under utställningen för att svara på frågor och ta emot synpunkter.
Bakgrund
Scanergy undersöker möjligheten att etablera Duvhällen vindpark ca 4 km norr om Alberga tätort.
Syftet med samråd
Syftet med samrådet är att alla som berörs av den planerade verksamheten ska få relevant information och ges möjlighet att i ett tidigt skede lämna synpunkter och komma med upplysningar. Under samrådstiden finns möjlighet att yttra sig skriftligen till Scanergy."""


def test_det_citerade_namnet_efter_en_beskrivning_ar_titeln() -> None:
    """prov16/scanergy: 'Inbjudan till samråd om planerad vindkraftsanläggning ”Duvhällen vindpark”': after
    the procedure, a description in lower case before a quoted name ('planerad vindkraftsanläggning') only
    says what the named project is: the quoted name is the title."""
    remiss = extract_remiss("x.pdf", part_of(styled(SCANERGY, {0: 11.5, 7: 13.0, 10: 11.5, 12: 11.5})))
    assert remiss is not None
    assert remiss.titel == "Duvhällen vindpark"


def test_kontakten_pa_engelska() -> None:
    """prov16/scanergy: 'For information in English please contact Sebastian Prause, +46 54 771 68 07.': the
    only person the letter names for questions is the handläggare (modeller/kontakt.toml)."""
    remiss = extract_remiss("x.pdf", part_of(styled(SCANERGY, {0: 11.5, 7: 13.0, 10: 11.5, 12: 11.5})))
    assert remiss is not None
    assert remiss.handlaggare.namn == "Sebastian Prause"


# prov16/klostergarden-byalag-detaljplan-yttrande-medlemmar (klostergardens-byalag.se, arkiv 2005)
KLOSTERGARDEN = """Detaljplanen för Klostergårdens utbyggnad är
utlagd för samråd i Klostergårdens Bibliotek.
Byalaget uppmanar alla att ta del av den.
De som har synpunkter på planen kan antingen skicka in dem till Byggnadsnämnden i eget namn eller delge Byalaget dem, så att vi eventuellt kan ta upp dem i Byalagets yttrande.
Måndagen den 4 april 2005 klockan 19 har Byalaget ett extra möte i biblioteket.
Vi kommer då att sammanställa Byalagets yttrande om byggplanen.
Texten nedan är ett förslag till yttrande där man kan stryka synpunkter eller tillföra nya.
Förslag till yttrande:"""


def test_foreningen_samlar_synpunkter_till_sitt_eget_yttrande() -> None:
    """prov16/klostergarden: a byalag asks those with views to give them to it 'så att vi eventuellt kan ta
    upp dem i Byalagets yttrande', with a draft where one 'kan stryka synpunkter eller tillföra nya': an
    organisation asking for views to its own answer is the remiss (README, Facit)."""
    assert classify(lines_of(KLOSTERGARDEN)) == "missiv"


# prov16/swedtrain-nationell-plan-utkast-medlemmar (swedtrain.org, 2022-01-24)
SWEDTRAIN = """Vad tycker du om förslaget till nationell plan?
Idag skickades utkastet på Swedtrains remissvar på Trafikverkets förslag till nationell plan för transportinfrastrukturen 2022-2033 ut till alla medlemmar för synpunkter och förslag.
När vi tar fram ståndpunkter och remissvar involverar vi de främsta experterna vi känner – våra medlemmar och vårt stora nätverk av experter på företagen. Syftet med detta är att ge alla en chans att lägga till, ändra och förbättra synpunkterna vi framför, för det är just så – genom att använda nätverkets samlade kompetens – som vi säkerställer att synpunkterna blir välförankrade och att bra exempel och viktiga frågeställningar tas upp.
Vi hoppas därför att många av er medlemmar nu tar chansen att ge oss feedback på utkastet till remissvar. Sista dag att kommentera är den 3 februari. Tillhör du en medlemsorganisation men saknar utkastet? Hör av dig till kansliet så hjälper vi dig."""


def test_utkastet_till_remissvar_ute_hos_medlemmarna() -> None:
    """prov16/swedtrain: an association sends 'utkastet på Swedtrains remissvar … ut till alla medlemmar för
    synpunkter' and asks for 'feedback på utkastet till remissvar', 'Sista dag att kommentera är den 3
    februari': it asks its members for views to its own answer, the remiss (README, Facit)."""
    assert classify(lines_of(SWEDTRAIN)) == "missiv"


def test_lasarfragans_exempel() -> None:
    """modeller/titel.toml [lasarfraga]: each example is a question to the reader that names no matter; no
    counterexample is one."""
    import tomllib
    from pathlib import Path

    from remiss.extract.core import generic_heading

    data = tomllib.loads((Path(__file__).parents[1] / "modeller" / "titel.toml").read_text(encoding="utf-8"))
    assert all(generic_heading(e) for e in data["lasarfraga"]["exempel"])
    assert not any(generic_heading(e) for e in data["lasarfraga"]["motexempel"])


def test_foreningens_eget_forslag_till_yttrande_ar_ingen_titel() -> None:
    """prov16/klostergarden: the heading 'Förslag till yttrande:' over the byalag's draft names its own answer,
    not the remitted matter; the plan the first sentence puts on samråd ('Detaljplanen för Klostergårdens
    utbyggnad är utlagd för samråd …', titel.toml [uppmaningsrubrik] sats_verb) is the title."""
    lines = lines_of(KLOSTERGARDEN)
    lines[-1] = replace(lines[-1], size=14.0, bold=True)
    remiss = extract_remiss("x.pdf", part_of(lines))
    assert remiss is not None
    assert remiss.titel == "Detaljplanen för Klostergårdens utbyggnad"


def test_forslaget_med_agare_som_texten_namnger_helt() -> None:
    """prov16/swedtrain: the question heading names the proposal short ('Vad tycker du om förslaget till
    nationell plan?'); the text names it in full with its owner ('Trafikverkets förslag till nationell plan
    för transportinfrastrukturen 2022-2033 ut till alla medlemmar'): the title, 'Förslag till' kept (README)."""
    lines = lines_of(SWEDTRAIN)
    lines[0] = replace(lines[0], size=16.0, bold=True)
    remiss = extract_remiss("x.pdf", part_of(lines))
    assert remiss is not None
    assert remiss.titel == "Trafikverkets förslag till nationell plan för transportinfrastrukturen 2022-2033"


def test_foreningen_som_namnger_sitt_eget_svar_ar_avsandare() -> None:
    """prov16/swedtrain and klostergarden: the organisation that names its own answer by its genitive in a
    sentence to or as its members ('utkastet på Swedtrains remissvar … ut till alla medlemmar', 'så att vi
    eventuellt kan ta upp dem i Byalagets yttrande') is the sender, named without the genitive's s."""
    for text, sender in ((SWEDTRAIN, "Swedtrain"), (KLOSTERGARDEN, "Byalaget")):
        remiss = extract_remiss("x.pdf", part_of(lines_of(text)))
        assert remiss is not None
        assert remiss.avsandare == sender
