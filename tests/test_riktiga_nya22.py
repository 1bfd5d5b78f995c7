"""Real pages of the kinds the held-out sets show and the corpus had few of (nya22, tests/korpus/missiv/ and
tests/korpus/yttranden/): a society's stadgeremiss to its members, companies' samråd before a permit, an agency's
kungörelse, a federation's proposal after its closed internal remiss, a disability organisation's remissvar to a
riksdag committee and a private person's blog about her own views sent to Trafikverket. Each first-run miss is a
named test with the page's own wording (sources in the '# source:' line of each tests/korpus/<mapp>/<id>.txt),
then the same class in other wording."""

# ruff: noqa: E501  (the documents' own lines are kept as they stand)

from __future__ import annotations

from pathlib import Path

from remiss.extract import extract_remiss
from remiss.kontroll import kontrollera_fil
from remiss.split import bedom_missiv, classify
from tests.test_kontroll_riktiga import _docx, igenkanda
from tests.test_riktiga_missiv15 import headed, part_of

# missiv/ridsportforbundet-organisation-forslag-5dok (5dok.org, 2013): the federation board's proposal after an
# internal remiss, the remiss's period in the past
RIDSPORT = """Ridsportens framtida organisation och finansiering
ORGANISATIONSPROJEKTET
2011-2013
n Kortversion av Ridsportens Organisation och framtida finansiering n Remiss – Ridsportens framtida organisation och finansiering
Remissinstanser: Svenska Ridsportförbundets medlemsföreningar och distriktsförbund.
Remisstid: Remissvaren skulle ha inkommit 15 januari 2013.
Behandling: Efter remisstidens utgång har förbundsstyrelsen, med styrgruppens
slutrapport, remissen, inkomna remissvar och egna överväganden, utarbetat ett
förslag som kommer att föreläggas förbundsstämman 18 maj 2013.
Sammanfattning
Remissinstans har varit Svenska Ridsportförbundets föreningar (913) och distrikt (19). 93 föreningar och 19 distrikt har svarat på remissen."""


def test_forslag_efter_avslutad_intern_remiss_ar_inget_missiv() -> None:
    """missiv/ridsportforbundet-organisation-forslag-5dok: 'Remissvaren skulle ha inkommit 15 januari 2013', 'Efter
    remisstidens utgång har förbundsstyrelsen … utarbetat ett förslag' and '93 föreningar … har svarat på
    remissen' tell of a remiss that is over (missiv.toml avslutad): the labels 'Remissinstanser:' and
    'Remisstid:' do not make the proposal a missiv."""
    lines = headed(RIDSPORT, 0)
    assert any(name == "avslutad" for name, _ in bedom_missiv(lines).signaler)
    assert classify(lines) == "annat"


def test_avslutad_remiss_i_annan_ordalydelse() -> None:
    """The same closed round in other words stays no missiv; a missiv's own plan for the answers ('Efter
    remisstidens utgång sammanställs svaren') is no closed round."""
    efterhand = headed("""Nytt idéprogram
Remisstid: Svaren skulle ha kommit in senast den 1 mars 2020.
Efter remisstidens utgång har styrelsen gått igenom svaren. 41 föreningar har svarat på remissen.""", 0)
    assert any(name == "avslutad" for name, _ in bedom_missiv(efterhand).signaler)
    assert classify(efterhand) == "annat"
    missiv = headed("""Remiss: Nytt idéprogram
Styrelsen skickar härmed ut förslaget på remiss till föreningarna. Svaren ska ha kommit in senast den 1 mars 2020.
Efter remisstidens utgång sammanställs svaren inför stämman.""", 0)
    assert not any(name == "avslutad" for name, _ in bedom_missiv(missiv).signaler)
    assert classify(missiv) == "missiv"


# missiv/republikanska-stadgar-remiss (republikanskaforeningen.se, 2018): a society's stadgeremiss to its members
REPUBLIKANSKA = """Remiss stadgar
Republikanska föreningens medlemmar kan lämna synpunkter på förslaget till nya stadgar.
Stadgegruppen har presenterat förslag till ny stadgar och medlemmar kan nu inkomma med synpunkter. Remissvar ska vara Republikanska föreningens kansli (info@repf.se) tillhanda senast den 3 september 2018. Därefter kommer Republikanska föreningens styrelse att behandla remisserna och fastställa förslaget till nya stadgar inför kongressen i april 2019."""


def test_foreningen_vars_kansli_svaren_ska_vara_tillhanda_ar_avsandare() -> None:
    """missiv/republikanska-stadgar-remiss: 'Remissvar ska vara Republikanska föreningens kansli (info@repf.se)
    tillhanda senast …' names the organisation that asks, its office in the genitive (avsandare._held_by)."""
    lines = headed(REPUBLIKANSKA, 0)
    assert classify(lines) == "missiv"
    remiss = extract_remiss("x.pdf", part_of(lines))
    assert remiss is not None
    assert (remiss.avsandare, remiss.svarsadress, remiss.svarsdatum) == (
        "Republikanska föreningen", "info@repf.se", "2018-09-03")


def test_svaren_ska_vara_tillhanda_i_annan_ordalydelse() -> None:
    """The same route in other words: an organisation's name of several words before 'tillhanda', its board in
    the genitive; a bare nämnd ('vara Kommunstyrelsen tillhanda') is left to the kommun's own rules."""
    text = """Förslag till nytt handlingsprogram på remiss
Styrelsen skickar härmed ut förslaget på remiss till lokalavdelningarna. Synpunkter ska vara Svenska Kennelklubbens styrelse tillhanda senast den 15 april 2024."""
    remiss = extract_remiss("x.pdf", part_of(headed(text, 0)))
    assert remiss is not None and remiss.avsandare == "Svenska Kennelklubben"
    text = """Förslag till ny avfallsplan på remiss
Förslaget skickas härmed på remiss. Synpunkter ska vara Kommunstyrelsen tillhanda senast den 15 april 2024."""
    remiss = extract_remiss("x.pdf", part_of(headed(text, 0)))
    assert remiss is None or remiss.avsandare != "Kommunstyrelsen"


# missiv/bergsstaten-kvarnforsliden-kungorelse (sgu.se/bergsstaten, 2023): an agency's kungörelse of an application
BERGSSTATEN = """6 mars 2023
Ansökan om bearbetningskoncession
Bergsstaten har den 13 januari 2022 mottagit en ansökan om bearbetningskoncession avseende guld från Björkdalsgruvan AB inom undersökningstillståndet Björkdal nr 31.
Området som benämns ”Kvarnforsliden K nr 2” är beläget i omedelbar anslutning till Björkdalsgruvan AB:s befintliga gruvområdes östra delar, ca 35 km nordväst om Skellefteå stad i Skellefteå kommun, Västerbottens län.
Eventuella invändningar mot ansökan om bearbetningskoncession ska göras skriftligen till Bergsstaten på mineinspect@bergsstaten.se och ska vara Bergsstaten tillhanda senast den 7 april 2023.
Eventuella invändningar mot miljökonsekvensbeskrivningen ska göras till Länsstyrelsen Västerbotten och ska vara Länsstyrelsen Västerbotten tillhanda senast den 7 april 2023."""


def test_kungorelsens_myndighet_och_adress_for_invandningar() -> None:
    """missiv/bergsstaten-kvarnforsliden-kungorelse: the agency the objections are to be in the hands of is the
    sender, not the kommun where the mine lies ('… i Skellefteå kommun'), and 'till Bergsstaten på
    mineinspect@…' sends the objections to the box (an objection is an answer: core.ANSWER)."""
    remiss = extract_remiss("x.pdf", part_of(headed(BERGSSTATEN, 1)))
    assert remiss is not None
    assert (remiss.avsandare, remiss.svarsadress) == ("Bergsstaten", "mineinspect@bergsstaten.se")
    assert remiss.svarsdatum == "2023-04-07"


def test_invandningar_till_myndigheten_i_annan_ordalydelse() -> None:
    """Another agency's kungörelse: erinringar to the agency at its box, in its hands by a date."""
    text = """Kungörelse
Ansökan om tillstånd till vattenverksamhet
Kammarkollegiet har mottagit en ansökan från Kraft AB om tillstånd till vattenverksamhet i Älvdalens kommun.
Eventuella erinringar ska lämnas skriftligen till Kammarkollegiet på registrator@kammarkollegiet.se och ska vara Kammarkollegiet tillhanda senast den 12 maj 2022."""
    remiss = extract_remiss("x.pdf", part_of(headed(text, 1)))
    assert remiss is not None
    assert (remiss.avsandare, remiss.svarsadress) == ("Kammarkollegiet", "registrator@kammarkollegiet.se")


# missiv/jehander-arvidsbo-naturgrustakt-samrad and missiv/ragnsells-lindveden-deponi-samrad (companies' samråd)
JEHANDER = """Samråd om Arvidsbo
Samråd enligt 6 kap. 4§ miljöbalken
Sand och Grus AB Jehander planerar att ansöka om tillstånd för en täkt av naturgrus på fastigheterna Svanby 2:50 m.fl. strax väster om Arvidsbo i Tierps kommun, Uppsala län. Som en del i tillståndsansökan genomför Jehander samråd enligt miljöbalken.
Synpunkter skickas senast den 18 november 2011 till WSP Environmental, att: Jonas Rune, 121 88 Stockholm Globen. Alla inkomna synpunkter kommer att bifogas ansökan."""
RAGNSELLS = """Inbjudan till samråd
Inbjudan sker med anledning av planerad ansökan om tillstånd för att täcka Lindvedens deponi i Trollhättans kommun.
Ragn-Sells Treatment & Detox AB avser att hos länsstyrelsens Miljöprövningsdelegation ansöka om tillstånd för att täcka Lindvedens deponi som ligger 1,8 km från RV 45 in på väg 2012 mot Sjuntorp.
Eventuella synpunkter över samrådsunderlaget ska ha inkommit till Ragn-Sells senast 9 januari 2023."""


def test_bolaget_som_ansoker_om_tillstand_ar_avsandare() -> None:
    """missiv/jehander-arvidsbo-naturgrustakt-samrad, missiv/ragnsells-lindveden-deponi-samrad: the company that
    'planerar att ansöka' or 'avser att hos … ansöka om tillstånd' holds the samråd (avsandare.SAMRAD_HOST), its
    whole name with 'och' and '&' ('Sand och Grus AB Jehander', not 'Grus AB Jehander'); the kommun where the
    deponi lies ('… i Trollhättans kommun' in the first line) is no sender."""
    jehander = extract_remiss("x.pdf", part_of(headed(JEHANDER, 0)))
    assert jehander is not None and jehander.avsandare == "Sand och Grus AB Jehander"
    ragnsells = extract_remiss("x.pdf", part_of(headed(RAGNSELLS, 0)))
    assert ragnsells is not None and ragnsells.avsandare == "Ragn-Sells Treatment & Detox AB"


def test_bolaget_som_ansoker_i_annan_ordalydelse() -> None:
    """Another company's samråd: 'har för avsikt att ansöka', its name with '&', over a heading naming the kommun
    where the quarry lies."""
    text = """Samråd om bergtäkt i Mora kommun
Berg & Grus Dalarna AB har för avsikt att ansöka om tillstånd för fortsatt bergtäkt vid Våmhus.
Synpunkter lämnas senast den 3 juni 2022 till samrad@berggrus.se."""
    remiss = extract_remiss("x.pdf", part_of(headed(text, 0)))
    assert remiss is not None and remiss.avsandare == "Berg & Grus Dalarna AB"


# yttranden/fordelaktighet-handikappersattning-remissvar (fordelaktighet.se, 2018): a remissvar to a riksdag
# committee on a motion
FORDELAKTIGHET = (
    "Remissvar på motion till Riksdagen 2017/18:4088",
    "Remissvar på Motion till riksdagen, 2017/18:4088, med anledning av prop. 2017/18:190",
    "Reformerade stöd till personer med funktionsnedsättning (diarienummer 1810-2017/18)",
    "Förbundet FÖR delaktighet och jämlikhet tackar för inbjudan att svara på denna remiss. Vi avlämnar nedan vårt remissvar.",
    "Förbundet FÖR delaktighet och jämlikhet är en intressepolitisk organisation. Medlemmar är medborgare med funktionsnedsättning. Andra som vill ställa sig bakom vår jämlikhetskamp är välkomna att som solidaritetsmedlemmar ansluta sig till förbundet.",
    "Förbundet för delaktighet och jämlikhet delar motionärernas förslag som är att Riksdagen avslår regeringens förslag i den del som avser upphörande av de särskilda bestämmelserna om ersättning till blinda och gravt hörselskadade i 50 kap. Socialförsäkringsbalken.",
)


def test_delar_motionarernas_forslag_tillstyrker(tmp_path: Path) -> None:
    """yttranden/fordelaktighet-handikappersattning-remissvar: 'delar motionärernas förslag' supports the remitted
    motion without the stance word (stallningstagande.jsonl dela-forslaget); what the shared proposal says ('som
    är att Riksdagen avslår regeringens förslag …') is its content, not the sender's stance, and 'Andra som vill
    ställa sig bakom vår jämlikhetskamp' names the people the organisation invites, not its stance on the remiss:
    tillstyrker (förut blandat)."""
    [kontroll] = igenkanda(_docx(tmp_path / "f.docx", *FORDELAKTIGHET))
    assert kontroll.stallningstagande == "tillstyrker"
    assert kontroll.diarienummer == "1810-2017/18"


def test_delar_forslaget_i_annan_ordalydelse(tmp_path: Path) -> None:
    """The same support in other words, and the parts a text can share: 'delar av förslaget' (some of its parts)
    and 'alla som stöder …' in a presentation are no stance."""
    for mening, varde in (
        ("Föreningen delar utredningens förslag.", "tillstyrker"),
        ("Kommunen instämmer i promemorians förslag om att …", "tillstyrker"),
        ("Nämnden delar förslaget som är att riksdagen avslår propositionen.", "tillstyrker"),
    ):
        fil = _docx(tmp_path / "d.docx", "Yttrande över promemorian Ändrade avgifter",
                    "Vi har beretts tillfälle att yttra sig över promemorian.", mening)
        [kontroll] = kontrollera_fil(fil)
        assert kontroll.stallningstagande == varde, mening
    fil = _docx(tmp_path / "e.docx", "Yttrande över promemorian Ändrade avgifter",
                "Vi har beretts tillfälle att yttra sig över promemorian.",
                "Föreningen är öppen för alla. Alla som vill ställa sig bakom vårt arbete är välkomna som medlemmar.",
                "Vi har synpunkter på delar av förslaget.")
    [kontroll] = kontrollera_fil(fil)
    assert kontroll.stallningstagande is None


# yttranden/fargaregardsanna-trosa-forbifart-synpunkter (a private blog, 2016): her own views sent to Trafikverket
FARGAREGARDSANNA = (
    "Här kan ni läsa de synpunkter jag lämnade in till Trafikverket med uppmaningen att avbryta projekt Trosa förbifart/Infart västra Trosa.",
    "I have worked on a Save Trosa nature document to our Transportation authority that contains many good reasons for Trosa not to build a new big road through a landscape that could be nature reserve in the future.",
    "We need our nature, not a new road.",
)


def test_egna_synpunkter_till_trafikverket_ar_ett_yttrande_som_avstyrker(tmp_path: Path) -> None:
    """yttranden/fargaregardsanna-trosa-forbifart-synpunkter: 'de synpunkter jag lämnade in till Trafikverket'
    names the writer's own answer in the first person (yttrandestruktur.jsonl egna-synpunkter-inlamnade) given
    to the one who runs the matter (synpunkter-inlamnade-till): a remissvar; 'med uppmaningen att avbryta
    projekt …' rejects the proposed (stallningstagande.jsonl uppmaning-att-avbryta): avstyrker."""
    [kontroll] = igenkanda(_docx(tmp_path / "b.docx", *FARGAREGARDSANNA))
    assert kontroll.stallningstagande == "avstyrker"


def test_egna_synpunkter_i_annan_ordalydelse(tmp_path: Path) -> None:
    """An association's own page in other words is one; a page telling of someone else's views is not."""
    egen = ("Nedan finns de synpunkter vi har skickat in till Länsstyrelsen om vindkraftsparken vid Bergsjön.",
            "Vi uppmanar länsstyrelsen att stoppa projektet.")
    [kontroll] = igenkanda(_docx(tmp_path / "e.docx", *egen))
    assert kontroll.stallningstagande == "avstyrker"
    annan = ("Här kan ni läsa de synpunkter som grannföreningen lämnade in till Länsstyrelsen om vindkraftsparken.",
             "Vindkraftsparken vid Bergsjön planeras med tolv verk.")
    assert igenkanda(_docx(tmp_path / "a.docx", *annan)) == []


# missiv/s-planaden-valprogram-synpunkter (a party association's page, 2017): views on the election programme to
# any of four members of the programme group, their own addresses
PLANADEN = """Vill du vara med……. ?
Syftet är att starta upp en dialog och diskussion om hur vårt valprogram inför valet 2018 ska se ut både till innehåll och utseende . Vi hoppas du vill vara med och framföra dina åsikter, idéer och förslag. Det finns också möjlighet att maila synpunkter och förslag till någon i den programgrupp som ska bearbeta inkomna synpunkter. Allt ska vara inlämnat senast 1/10.
sara.lindberg@friskaarbetsplatser.se
anna-carin.magnusson@nassjo.se
bo.w.zander@telia.com
5932johansson@telia.com
Tidsplan för programarbetet:
Sista inlämningsdag 1/10 2017
Programgruppen."""


def test_medlemmarnas_egna_adresser_ar_ingen_svarsadress() -> None:
    """missiv/s-planaden-valprogram-synpunkter: 'anna-carin.magnusson@…' (a double first name with its hyphen,
    core.PERSONAL_LOCAL) and '5932johansson@telia.com' (a number and a name at a public mail service,
    kontakt.toml [privat_epost]) are persons' addresses like the two others: no reply address."""
    remiss = extract_remiss("x.pdf", part_of(headed(PLANADEN, 0)))
    assert remiss is not None
    assert remiss.svarsadress is None
    assert remiss.svarsdatum == "2017-10-01"


def test_privata_adresser_i_annan_ordalydelse() -> None:
    """Other members' boxes ('karl-erik.svensson@…', '1962berg…' at gmail) are persons'; the association's box at
    the same service ('styrelsen.brf@gmail.com') stays its reply address."""
    import tomllib

    from remiss.extract.core import _private_numbered

    data = tomllib.loads((Path(__file__).resolve().parent.parent / "modeller" / "kontakt.toml").read_text())
    assert all(_private_numbered(a) for a in data["privat_epost"]["exempel"])
    assert not any(_private_numbered(a) for a in data["privat_epost"]["motexempel"])
    text = """Remiss: Förslag till nya stadgar
Styrelsen skickar härmed ut förslaget på remiss till medlemmarna. Synpunkter skickas senast den 1 mars 2024 till någon av oss:
karl-erik.svensson@gmail.com
1962bergstrom@gmail.com"""
    remiss = extract_remiss("x.pdf", part_of(headed(text, 0)))
    assert remiss is not None and remiss.svarsadress is None
    text = """Remiss: Förslag till nya stadgar
Styrelsen skickar härmed ut förslaget på remiss till medlemmarna. Synpunkter skickas senast den 1 mars 2024 till styrelsen.brf@gmail.com."""
    remiss = extract_remiss("x.pdf", part_of(headed(text, 0)))
    assert remiss is not None and remiss.svarsadress == "styrelsen.brf@gmail.com"
