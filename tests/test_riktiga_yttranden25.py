"""ytt25 (session 19): prov17's yttrande misses (informed: prov17 is reported), each fixed as a class in the
rules.

The sentences are quoted from the real documents in tests/korpus/prov17/ (source in each <id>.txt); the
documents are built here in the shapes the real ones have. Each test is run with the rules alone (the type
model switched off, fixture `utan_typmodell`) and with the type model, which was trained on the reported
sets.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from remiss.kontroll import kontrollera_fil
from remiss.kontroll.signaler import poang
from tests.test_kontroll_riktiga import REGLER_OCH_MODELL, _docx, _lines, _regler, igenkanda, utan_typmodell  # noqa: F401 - the fixture

FVUU = (
    "Senast publicerat 24-05-2021 15:49",
    "Utlåtande FvUU 18/2021 rd EÄ 48/2019 rd Förvaltningsutskottet Utfallet för konsekvensbedömningar i "
    "författningsförslag - nuläge och utvecklingsbehov",
    "Till revisionsutskottet",
    "INLEDNING",
    "Remiss",
    "Utfallet för konsekvensbedömningar i författningsförslag - nuläge och utvecklingsbehov (EÄ 48/2019 "
    "rd): Ärendet har lämnats till förvaltningsutskottet för utlåtande i ärendet: Utfallet för "
    "konsekvensbedömningar i författningsförslag - nuläge och utvecklingsbehov (EÄ 48/2019 rd, eventuellt "
    "utlåtande). Utlåtandet ska lämnas till revisionsutskottet. Tidsfrist: 12.03.2021.",
    "Sakkunniga",
    "Utskottet har hört",
    "regeringsråd Päivi Pekkarinen",
    "inrikesministeriet",
    "Skriftligt yttrande har lämnats av",
    "justitieministeriet",
    "finansministeriet",
    "UTSKOTTETS ÖVERVÄGANDEN",
    "Inledning",
    "I överensstämmelse med revisionsutskottets begäran om utlåtande behandlar revisionsutskottet som eget "
    "ärende konsekvensbedömningarna av författningsförslagen. Revisionsutskottet har bett "
    "förvaltningsutskottet att särskilt utifrån dess eget arbete bedöma om det allmänt taget har gjorts "
    "konsekvensbedömningar.",
)


@REGLER_OCH_MODELL
def test_arendet_har_lamnats_till_utskottet_for_utlatande(
    tmp_path: Path, request: pytest.FixtureRequest, regler_ensamma: bool
) -> None:
    """prov17/fvuu-konsekvensbedomningar-utlatande (https://www.parliament.fi/SV/vaski/Lausunto/Sidor/
    FvUU_18+2021.aspx): a Finnish parliamentary committee's 'Utlåtande' to another committee, whose
    'Ärendet har lämnats till förvaltningsutskottet för utlåtande' is the matter handed to the answering body
    for its opinion, as prov14's grundlagsutskott 'Ärendet har remitterats till grundlagsutskottet för
    utlåtande' (har-remitterats-till). 'har lämnats till' without 'för utlåtande/yttrande' (an answer handed
    in) is not this cue."""
    _regler(request, regler_ensamma)
    [kontroll] = igenkanda(_docx(tmp_path / "f.docx", *FVUU))
    assert kontroll.stallningstagande is None
    for mening in (
        "Ärendet har lämnats till förvaltningsutskottet för utlåtande.",
        "Frågan har överlämnats till kulturnämnden för yttrande.",
    ):
        assert "har-remitterats-till" in poang(_lines(mening))[1], mening
    assert "har-remitterats-till" not in poang(_lines("Yttrandet har lämnats till kommunen i tid."))[1]


TERACOM = (
    "Teracoms synpunkter på MRTV:s rapport om Sändningsutrymme för marknätet under tillståndsperioden Ref: "
    "Ku 2013 / 1232 /MFI",
    "1 Stockholm Kulturdepartementet Enheten för medier, film och idrott Stockholm se Teracoms synpunkter "
    "på MRTV:s rapport om Sändningsutrymme för marknätet under tillståndsperioden Ref: Ku 2013 / 1232 /MFI "
    "Sammanfattning Teracom har fått möjlighet att kommentera Myndigheten för radio och tv:s rapport "
    "Sändningsutrymme för marksänd tv under tillståndsperioden och vill lämna följande kommentarer. Teracom "
    "har tidigare yttrat sig om den utredning angående sändningsutrymme som genomfördes av Stelacon och som "
    "ligger till grund för MRTV:s rapport. Delar av det yttrandet återges även i detta remissvar. Teracom "
    "stöder MRTV: s och PTS - slutsats att hela nuvarande frekvensutrymme ska fortsatt användas för "
    "marksänd tv. Det handlingsalternativet ger störst möjlighet för berörda parter att planera sin "
    "verksamhet och kommer att få minst påverkan i konsumentledet och ur säkerhetssynpunkt. Teracom anser "
    "därför att: Allt nuvarande sändningsutrymme måste tilldelas marknätet åtminstone under nästa "
    "tillståndsperiod Marknätet måste bestå av minst sju sändarnät oavsett frekvensplan",
)


@REGLER_OCH_MODELL
def test_departementsnummer_med_mellanslag_kring_snedstrecken(
    tmp_path: Path, request: pytest.FixtureRequest, regler_ensamma: bool
) -> None:
    """prov17/teracom-mrtv-sandningsutrymme-synpunkter (http://docplayer.se/1321640-…): a transcript's 'Ref:
    Ku 2013 / 1232 /MFI', a department number with spaces around its slashes, is the number 'Ku 2013/1232/MFI'
    (the answer has none of its own: the remiss's), as 'M2020/ 00750/ Me' broken after its slashes."""
    from remiss.kontroll.hitta import _hel_rad

    _regler(request, regler_ensamma)
    [kontroll] = igenkanda(_docx(tmp_path / "t.docx", *TERACOM))
    assert kontroll.diarienummer == "Ku 2013/1232/MFI"
    for rad, hel in (
        ("Ref: Ku 2013 / 1232 /MFI", "Ref: Ku 2013/1232/MFI"),
        ("Dnr: M2020/ 00750/ Me", "Dnr: M2020/00750/Me"),
        ("Dnr S 2019 / 04567", "Dnr S 2019/04567"),
        ("(Dnr Jo 2006/66)", "(Dnr Jo 2006/66)"),
    ):
        assert _hel_rad(_lines(rad)[0]).text == hel
    # the same number cut by the line break after its first slash (the landscape layout's long title line)
    from remiss.kontroll.hitta import _hela_nummer

    rader = _hela_nummer(_lines("… tillståndsperioden Ref: Ku 2013 /", "1232 /MFI", "Sammanfattning"))
    assert rader[0].text == "… tillståndsperioden Ref: Ku 2013/1232/MFI"
    # a count or a ratio with spaces is no number: no department code and year before the slash
    assert _hel_rad(_lines("svaren 12 / 40 och 2013 / 14")[0]).text == "svaren 12 / 40 och 2013 / 14"


@REGLER_OCH_MODELL
def test_stod_for_rapportens_slutsats_att_ar_tillstyrkan(
    tmp_path: Path, request: pytest.FixtureRequest, regler_ensamma: bool
) -> None:
    """prov17/teracom-mrtv-sandningsutrymme-synpunkter: 'Teracom stöder MRTV: s och PTS - slutsats att hela
    nuvarande frekvensutrymme ska fortsatt användas för marksänd tv', the answer's one stance, supports the
    remitted report's conclusion: tillstyrker (README: 'är positivt till Skolkommissionens slutsatser', the
    report's conclusions are the remitted matter); 'stöder inte' avstyrker; the conclusions of a särskilt
    yttrande (yttranden/svenskhandel-skatt-pa-modet) are not the report's."""
    _regler(request, regler_ensamma)
    [kontroll] = igenkanda(_docx(tmp_path / "t.docx", *TERACOM))
    assert kontroll.stallningstagande == "tillstyrker"
    for mening, varde in (
        ("Förbundet stöder rapportens slutsatser.", "tillstyrker"),
        ("Förbundet stöder inte utredningens slutsats att taxan ska höjas.", "avstyrker"),
        # the conclusions of a reservation beside the report are not the remitted matter
        ("Förbundet stöder slutsatserna i det särskilda yttrande som bifogas utredningen.", None),
    ):
        fil = _docx(tmp_path / "m.docx", "Yttrande över rapporten om taxor", mening)
        [kontroll] = kontrollera_fil(fil)
        assert kontroll.stallningstagande == varde, mening


TELE2 = (
    "Yttrande över konsultation om tilldelningen av 700 MHz-bandet",
    "1 Post- och telestyrelsen Att: Anna Beckius Box Stockholm Insänt via e-post till följande adress: "
    "Yttrande över konsultation om tilldelningen av 700 MHz-bandet Tele2 Sverige AB ( Tele2 ) har tagit del "
    "av konsultationen om tilldelningen av 700 MHzbandet, som remitterades av Post- och telestyrelsen ( PTS "
    ") den 11 juni Tele2 får härmed inkomma med följande yttrande. 1. Sammanfattning av Tele2:s synpunkter "
    "och förslag Bakgrund och utgångspunkter Tele2 ställer sig fullt ut bakom regeringens beslut att 700 "
    "MHz-bandet ska frigöras för annan användning än marksänd tv. Tele2 ställer sig fullt ut bakom PTS:s "
    "slutsats att mobilt bredband för kommersiella tjänster är den användning som genererar högst "
    "samhällsnytta i 700 MHz-bandet och att 700 MHz-bandet ska tilldelas för att möjliggöra sådan "
    "användning. Tele2 delar PTS:s bedömning om att dedikerat frekvensutrymme i 700 MHz-bandet inte ska "
    "avsättas för PPDR och att något exklusivt utrymme för trådlösa mikrofoner i 700 MHz-bandet inte "
    "behövs. Tele2 tillstyrker den av PTS rekommenderade bandplanen för 700 MHzbandet. Tele2 avstyrker den "
    "av regeringen beslutade tidpunkten för frigörandet av 700 MHz-bandet, det vill säga den 31 mars "
    "Eftersom utnyttjandet av 700 MHz-bandet i Sverige till följd av norska och danska marknätsändningar "
    "måste förväntas bli suboptimalt mellan åren 2017 och 2021, föreslår Tele2 att det svenska frigörandet "
    "och den nya tilldelningen av 700 MHz-bandet tidsmässigt samordnas med Norge och Danmark.",
)


@REGLER_OCH_MODELL
def test_stallningstaganden_till_namngivna_delar_at_bada_hallen_ar_blandat(
    tmp_path: Path, request: pytest.FixtureRequest, regler_ensamma: bool
) -> None:
    """prov17/tele2-700mhz-konsultation-yttrande (http://docplayer.se/37168504-…): 'Tele2 tillstyrker den av
    PTS rekommenderade bandplanen' and 'Tele2 avstyrker den av regeringen beslutade tidpunkten för
    frigörandet' take stances on things the consultation proposes or starts from, named by themselves (as
    'den modell som föreslås i betänkandet'), both ways; 'ställer sig bakom PTS:s slutsats att …' beside them
    is one more such thing: parts both ways and none on the whole, blandat (the truth's null; README,
    Blandat). The last sentence's avstyrker was read as the answer's stance on the whole."""
    _regler(request, regler_ensamma)
    [kontroll] = igenkanda(_docx(tmp_path / "t.docx", *TELE2))
    assert kontroll.stallningstagande == "blandat"
    assert set(kontroll.delar) == {"tillstyrker", "avstyrker"}
    # alone, support for the thing proposed is support for the remitted matter
    fil = _docx(tmp_path / "e.docx", "Yttrande över konsultation om bandplanen",
                "Bolaget tillstyrker den av PTS rekommenderade bandplanen.")
    [ensam] = kontrollera_fil(fil)
    assert ensam.stallningstagande == "tillstyrker"


KLOSTERGARDEN = (
    "Detaljplanen för Klostergårdens utbyggnad är",
    "utlagd för samråd i Klostergårdens Bibliotek.",
    "Byalaget uppmanar alla att ta del av den.",
    "De som har synpunkter på planen kan antingen skicka in dem till Byggnadsnämnden i eget namn eller "
    "delge Byalaget dem, så att vi eventuellt kan ta upp dem i Byalagets yttrande.",
    "Måndagen den 4 april 2005 klockan 19 har Byalaget ett extra möte i biblioteket.",
    "Vi kommer då att sammanställa Byalagets yttrande om byggplanen.",
    "Texten nedan är ett förslag till yttrande där man kan stryka synpunkter eller tillföra nya.",
    "Förslag till yttrande:",
)


@REGLER_OCH_MODELL
def test_forening_som_ber_om_synpunkter_till_sitt_svar_ar_inget_yttrande(
    tmp_path: Path, request: pytest.FixtureRequest, regler_ensamma: bool
) -> None:
    """prov16/klostergarden-byalag-detaljplan-yttrande-medlemmar (https://klostergardens-byalag.se/arkiv/2005/
    050404-mote.html): an association asking its members for views to take up in its own answer ('så att vi
    eventuellt kan ta upp dem i Byalagets yttrande', 'ett förslag till yttrande där man kan stryka synpunkter
    eller tillföra nya') is the request, as tolka reads it (missiv.toml synpunkter_till_eget_svar), not the
    answer, though the page ends with the heading 'Förslag till yttrande:' (the draft itself cut off)."""
    _regler(request, regler_ensamma)
    assert igenkanda(_docx(tmp_path / "k.docx", *KLOSTERGARDEN)) == []
    for mening in (
        "Idag skickades utkastet på förbundets remissvar på förslaget till ny plan ut till alla medlemmar "
        "för synpunkter.",
        "Vi hoppas att många ger oss feedback på utkastet till remissvar.",
    ):
        assert "synpunkter-till-eget-svar" in poang(_lines(mening))[1], mening
    # an answer that took views up is no request for them
    assert "synpunkter-till-eget-svar" not in poang(_lines(
        "Vi har tagit upp medlemmarnas synpunkter i föreningens yttrande."))[1]


def test_begaran_om_synpunkter_till_eget_svar_samma_i_tolka_och_kontroll() -> None:
    """The check's cue against a request for views to the sender's own answer is tolka's missiv cue: one
    phrasing in both files, so that the page tolka reads as the request is never the check's answer."""
    import json
    import tomllib
    from importlib import resources

    missiv = tomllib.loads(resources.files("modeller").joinpath("missiv.toml").read_text(encoding="utf-8"))
    [tolka] = [s["monster"] for s in missiv["signal"] if s["namn"] == "synpunkter_till_eget_svar"]
    rader = resources.files("modeller").joinpath("yttrandesignaler.jsonl").read_text(encoding="utf-8")
    [kontroll] = [r["monster"] for r in map(json.loads, filter(None, rader.splitlines()))
                  if r["id"] == "synpunkter-till-eget-svar"]
    assert kontroll == tolka


@REGLER_OCH_MODELL
def test_stod_for_flera_namngivna_forslag_at_samma_hall_ar_det_vardet(
    tmp_path: Path, request: pytest.FixtureRequest, regler_ensamma: bool
) -> None:
    """yttranden/svensktfriluftsliv-ett-land-att-besoka-remissvar (https://docplayer.se/amp/106171902-…):
    an answer limited to two chapters supports two named proposals and says nothing else ('Vi stödjer därför
    förslaget att låta Tillväxtverket …', 'Svenskt Friluftsliv stödjer förslaget att regeringen ger
    Tillväxtverket i uppdrag …'): stances on named parts all one way are that value (korpus README,
    Blandat), tillstyrker. One of them beside an opinion the other way stays a comment: no stance."""
    _regler(request, regler_ensamma)
    inledning = ("Remissvar: Ett land att besöka (SOU 2017:95)",
                 "Vi begränsar vårt remissvar till att omfatta kapitel 9 (Trafikutbud och transporter) samt "
                 "kapitel 10 (Naturturism).")
    fil = _docx(
        tmp_path / "s.docx", *inledning,
        "Svenskt Friluftsliv anser att kollektivtrafiken är mycket viktig för en hållbar besöksnäring. Vi "
        "stödjer därför förslaget att låta Tillväxtverket i samverkan med Trafikverket undersöka hur "
        "kollektivtrafiken bättre kan fånga besöksnäringens behov.",
        "Svenskt Friluftsliv stödjer förslaget att regeringen ger Tillväxtverket i uppdrag att genomföra en "
        "förstudie för analys av hur en växande turism ska kunna möta klimatutmaningarna.",
    )
    [kontroll] = kontrollera_fil(fil)
    assert kontroll.stallningstagande == "tillstyrker"
    at_bada_hallen = _docx(
        tmp_path / "b.docx", *inledning,
        "Svenskt Friluftsliv stödjer förslaget att låta Tillväxtverket undersöka kollektivtrafiken.",
        "Svenskt Friluftsliv är kritisk till förslaget om en ny avgift för naturturism.",
    )
    [kontroll] = kontrollera_fil(at_bada_hallen)
    assert kontroll.stallningstagande in (None, "blandat")


@REGLER_OCH_MODELL
def test_det_foreslagna_saknar_lagligt_stod_avstyrker(
    tmp_path: Path, request: pytest.FixtureRequest, regler_ensamma: bool
) -> None:
    """prov15/lidingonyheter-nsf-bradgarden-yttrande (https://www.lidingonyheter.se/naturskyddsforeningen-
    kritiserar-byggplanerna/): 'framförde vi att vi inte kan finna att det föreslagna upphävandet av
    strandskyddet inom en del av området skulle ha lagligt stöd' and 'Vi vidhåller dock vår uppfattning':
    what the plan proposes has no support in law, a rejection without the stance word (korpus README,
    Avvisande utan ordet), avstyrker; as 'Förslaget saknar lagligt stöd'. Without the negation no stance."""
    _regler(request, regler_ensamma)
    fil = _docx(
        tmp_path / "l.docx",
        "Naturskyddsföreningen kritiserar byggplanerna",
        "Synpunkter på granskningsförslaget till detaljplan för kv. Brädgården och Båtbyggaren omfattande "
        "fastigheterna Brädgården 5:13, Brädgården 5:14 med flera i stadsdelen Bo, Lidingö stad.",
        "I Naturskyddsföreningens yttrande över samrådsförslaget till rubricerade detaljplan framförde vi "
        "att vi inte kan finna att det föreslagna upphävandet av strandskyddet inom en del av området "
        "skulle ha lagligt stöd.",
        "Vi noterar att man i det reviderade förslaget till detaljplan inte har beaktat våra synpunkter. Vi "
        "vidhåller dock vår uppfattning.",
        "Den lagparagraf som man hänvisar till är således inte tillämplig.",
    )
    [kontroll] = igenkanda(fil)
    assert kontroll.stallningstagande == "avstyrker"
    for mening, varde in (
        ("Förslaget saknar lagligt stöd.", "avstyrker"),
        ("Vi anser att förslaget har lagligt stöd i miljöbalken.", None),
    ):
        [kontroll] = kontrollera_fil(_docx(tmp_path / "m.docx", "Yttrande över detaljplanen för Bo", mening))
        assert kontroll.stallningstagande == varde, mening


@REGLER_OCH_MODELL
def test_riksdagsutskottets_yttrandebeteckning_ar_yttrandets_etikett(
    tmp_path: Path, request: pytest.FixtureRequest, regler_ensamma: bool
) -> None:
    """prov17/sfu-subsidiaritet-2018-yttrande (http://riksdagen.se/sv/dokument-lagar/dokument/yttrande/
    uppfoljning-av-riksdagens-tillampning-av_H605SfU1y): 'Yttrande 2018/19:SfU1y', the kind with the riksdag
    committee's designation of its yttrande, labels the answer as 'Yttrande' alone does; with the rules alone
    tolka read a remiss as well ('ge övriga utskott tillfälle att yttra sig', a period 'under tiden den 1
    januari–31 december 2017' as its deadline)."""
    from remiss.pipeline import tolka_fil

    _regler(request, regler_ensamma)
    fil = _docx(
        tmp_path / "s.docx",
        "Socialförsäkringsutskottet",
        "Uppföljning av riksdagens tillämpning av subsidiaritetsprincipen",
        "Yttrande 2018/19:SfU1y",
        "Socialförsäkringsutskottets yttrande",
        "2018/19:SfU1y",
        "Uppföljning av riksdagens tillämpning av subsidiaritetsprincipen",
        "Till konstitutionsutskottet",
        "Enligt 7 kap. 8 § riksdagsordningen ska konstitutionsutskottet följa tillämpningen av "
        "subsidiaritetsprincipen och en gång om året meddela kammaren sina iakttagelser.",
        "Konstitutionsutskottet beslutade den 4 oktober 2018 att ge övriga utskott tillfälle att yttra sig "
        "över de iakttagelser som redovisas i en promemoria som konstitutionsutskottets kansli har "
        "upprättat.",
        "Konstitutionsutskottets uppföljning omfattar de subsidiaritetsprövningar som genomfördes i "
        "riksdagen, dvs. som ledde till beslut antingen i utskottet (protokollsutdrag eller utlåtande med "
        "förslag till motiverat yttrande) eller i kammaren (motiverat yttrande), under tiden den 1 "
        "januari–31 december 2017.",
        "Socialförsäkringsutskottet har under denna period genomfört en subsidiaritetsprövning. Utskottets "
        "yttrande tar sin utgångspunkt i det ärendet.",
        "Utskottets överväganden",
    )
    assert tolka_fil(fil) == []
    assert len(kontrollera_fil(fil)) == 1
