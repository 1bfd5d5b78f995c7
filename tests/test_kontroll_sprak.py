"""How each wording of a ställningstagande is read, on DOCX yttranden built here (README: Läsregler)."""

from __future__ import annotations

from pathlib import Path

import pytest

from remiss.kontroll import kontrollera_fil
from tests.test_kontroll_hjalp import skriv_yttrande

SAMMANFATTNING = ["Programmet samlar stadens arbete mot hemlöshet i fem mål."]

LASREGLER = [
    ("Arbetslivsnämnden tillstyrker förslaget.", "tillstyrker"),
    ("Förslaget tillstyrks av Arbetslivsnämnden.", "tillstyrker"),
    ("Arbetslivsnämnden har tillstyrkt förslaget.", "tillstyrker"),
    ("Arbetslivsnämnden beslutar att förslaget tillstyrkes.", "tillstyrker"),
    ("Arbetslivsnämnden beslutar att tillstyrka förslaget.", "tillstyrker"),
    ("ARBETSLIVSNÄMNDEN TILLSTYRKER FÖRSLAGET.", "tillstyrker"),
    ("Arbetslivsnämnden tillstyrker inte förslaget.", "avstyrker"),
    ("Arbetslivsnämnden kan inte tillstyrka förslaget.", "avstyrker"),
    ("Arbetslivsnämnden anser inte att förslaget bör tillstyrkas.", "avstyrker"),
    ("Arbetslivsnämnden beslutar att inte tillstyrka förslaget.", "avstyrker"),
    ("Arbetslivsnämnden avstyrker motionen.", "avstyrker"),
    ("Motionen avstyrks.", "avstyrker"),
    ("Arbetslivsnämnden föreslår att motionen avslås.", "avstyrker"),
    ("Arbetslivsnämnden föreslår att motionen bifalls.", "tillstyrker"),
    ("Arbetslivsnämnden avstår från yttrande.", "avstar"),
    ("Arbetslivsnämnden avstår från att yttra sig.", "avstar"),
    ("Arbetslivsnämnden avstår att yttra sig i ärendet.", "avstar"),
    ("Arbetslivsnämnden avstår från att lämna yttrande.", "avstar"),
    ("Arbetslivsnämnden avstår.", "avstar"),
    ("Arbetslivsnämnden ställer sig bakom förslaget.", "tillstyrker"),
    ("Arbetslivsnämnden ställer sig i huvudsak bakom förslaget.", "tillstyrker"),
    ("Arbetslivsnämnden ställer sig inte bakom förslaget.", "avstyrker"),
    ("Arbetslivsnämnden ställer sig positiv till förslaget.", "tillstyrker"),
    ("Arbetslivsnämnden ställer sig negativ till förslaget.", "avstyrker"),
    ("Arbetslivsnämnden har inget att erinra mot förslaget.", "tillstyrker"),
    ("Arbetslivsnämnden har inga invändningar mot förslaget.", "tillstyrker"),
    ("Arbetslivsnämnden har inga synpunkter på förslaget.", "avstar"),
    ("Arbetslivsnämnden tillstyrker förslaget och har inga ytterligare synpunkter.", "tillstyrker"),
    (
        "Arbetslivsnämnden tillstyrker förslaget, t.ex. enl. prop. 2022/23:1 och bet. 2022/23:SoU1.",
        "tillstyrker",
    ),
    ("Arbetslivsnämnden tillstyrker förslaget trots att det inte är helt finansierat.", "tillstyrker"),
    ("Arbetslivsnämnden tillstyrker förslaget, inte minst för att det stärker samverkan.", "tillstyrker"),
    ("Arbetslivsnämnden tillstyrker inte bara förslaget utan även dess bilagor.", "tillstyrker"),
    ("Arbetslivsnämnden föreslår att motionen ska anses besvarad.", None),
    # stances without tillstyrka/avstyrka (README: Läsregler)
    ("Arbetslivsnämnden ser positivt på förslaget.", "tillstyrker"),
    ("Därför ser nämnden mycket positivt på utredningens förslag.", "tillstyrker"),
    ("Arbetslivsnämnden ser negativt på förslaget.", "avstyrker"),
    ("Arbetslivsnämnden är negativ till förslaget.", "avstyrker"),
    ("Arbetslivsnämnden ställer sig generellt positiv till förslaget.", "tillstyrker"),
    ("Arbetslivsnämnden har ingen erinran mot förslaget.", "tillstyrker"),
    ("Arbetslivsnämnden lämnar förslaget utan erinran.", "tillstyrker"),
    ("Arbetslivsnämnden ser ingen anledning att invända mot förslaget.", "tillstyrker"),
    ("Arbetslivsnämnden delar utredningens bedömning.", "tillstyrker"),
    ("Arbetslivsnämnden instämmer i utredningens förslag.", "tillstyrker"),
    ("Arbetslivsnämnden anser att förslaget bör genomföras.", "tillstyrker"),
    ("Arbetslivsnämnden anser inte att förslaget bör genomföras.", "avstyrker"),
    ("Arbetslivsnämnden anser att förslaget inte ska införas.", "avstyrker"),
    ("Arbetslivsnämnden kan inte ställa sig bakom förslaget.", "avstyrker"),
    ("Arbetslivsnämnden avvisar förslaget.", "avstyrker"),
    ("Arbetslivsnämnden motsätter sig förslaget.", "avstyrker"),
    ("Arbetslivsnämnden har inga synpunkter.", "avstar"),
    ("Arbetslivsnämnden har inget att tillägga.", "avstar"),
    ("Arbetslivsnämnden avstår från att lämna synpunkter.", "avstar"),
    # welcoming the proposal is support without the word (korpus README: do-dagersattning,
    # jamstalldhetsmyndigheten-utokat-skydd); welcoming a part or an aim is no stance on the remiss
    ("Arbetslivsnämnden välkomnar förslaget.", "tillstyrker"),
    ("Arbetslivsnämnden välkomnar att frågan utreds.", None),
    ("Arbetslivsnämnden välkomnar flera av förslagen.", None),
    ("Arbetslivsnämnden stödjer den modell som föreslås i betänkandet.", "tillstyrker"),
    ("Arbetslivsnämnden stödjer inte den modell som föreslås i betänkandet.", "avstyrker"),
    ("Arbetslivsnämnden är positiv till en utökad tillsyn.", None),  # a view on a part, no stance alone
    ("Arbetslivsnämnden tillstyrker förslaget i huvudsak men avstyrker förslaget om taxa.", "tillstyrker"),
    ("Arbetslivsnämnden ser positivt på att frågan utreds.", None),
]


@pytest.mark.parametrize(("mening", "vantat"), LASREGLER)
def test_lasregel(tmp_path: Path, mening: str, vantat: str | None) -> None:
    """The beslut sentence is read as the documented ställningstagande."""
    fil = skriv_yttrande(tmp_path / "y.docx", beslut=[mening], sammanfattning=SAMMANFATTNING)
    [kontroll] = kontrollera_fil(fil)
    assert kontroll.stallningstagande == vantat
    if vantat:
        assert kontroll.stallningstagande_del == "beslut"
        assert kontroll.stallningstagande_kalla.text == mening
        assert kontroll.brister == ()
    else:
        assert [b.kod for b in kontroll.brister] == ["SAKNAR_STALLNINGSTAGANDE"]


def test_blandat_stallningstagande_ar_ingen_brist(tmp_path: Path) -> None:
    """'tillstyrker A men avstyrker B' is reported as mixed with its parts, not as a conflict."""
    fil = skriv_yttrande(
        tmp_path / "y.docx",
        sammanfattning=SAMMANFATTNING,
        beslut=[
            "Arbetslivsnämnden tillstyrker förslaget om fler platser men avstyrker förslaget om nya avgifter."
        ],
    )
    [kontroll] = kontrollera_fil(fil)
    assert (kontroll.stallningstagande, kontroll.delar) == ("blandat", ("tillstyrker", "avstyrker"))
    assert kontroll.brister == ()


def test_blandat_i_tva_meningar(tmp_path: Path) -> None:
    """Two beslut sentences about different parts are a mixed stance too."""
    fil = skriv_yttrande(
        tmp_path / "y.docx",
        sammanfattning=SAMMANFATTNING,
        beslut=[
            "Arbetslivsnämnden tillstyrker del 1 av programmet.",
            "Arbetslivsnämnden avstyrker del 2 av programmet.",
        ],
    )
    [kontroll] = kontrollera_fil(fil)
    assert kontroll.stallningstagande == "blandat"
    assert kontroll.brister == ()


def test_motstridigt_i_beslutet(tmp_path: Path) -> None:
    """Tillstyrker and avstyrker of the same thing in the beslut is a conflict."""
    fil = skriv_yttrande(
        tmp_path / "y.docx",
        sammanfattning=SAMMANFATTNING,
        beslut=["Arbetslivsnämnden tillstyrker förslaget.", "Arbetslivsnämnden avstyrker förslaget."],
    )
    [kontroll] = kontrollera_fil(fil)
    assert [b.kod for b in kontroll.brister] == ["MOTSTRIDIGT_STALLNINGSTAGANDE"]


def test_avstar_och_tillstyrker_ar_motstridigt(tmp_path: Path) -> None:
    """Avstår and a stance in the same beslut is a conflict."""
    fil = skriv_yttrande(
        tmp_path / "y.docx",
        sammanfattning=SAMMANFATTNING,
        beslut=["Arbetslivsnämnden avstår från att yttra sig.", "Arbetslivsnämnden tillstyrker remissen."],
    )
    [kontroll] = kontrollera_fil(fil)
    assert "MOTSTRIDIGT_STALLNINGSTAGANDE" in [b.kod for b in kontroll.brister]


def test_brodtexten_slutar_i_annat_an_beslutet(tmp_path: Path) -> None:
    """Beslut tillstyrker while the body concludes avstyrker: a conflict, with the body's page."""
    fil = skriv_yttrande(
        tmp_path / "y.docx",
        sammanfattning=SAMMANFATTNING,
        beslut=["Arbetslivsnämnden tillstyrker förslaget."],
        brodtext=["Förslaget saknar finansiering.", "Arbetslivsnämnden avstyrker därför förslaget."],
    )
    [kontroll] = kontrollera_fil(fil)
    assert kontroll.stallningstagande == "tillstyrker"
    assert [b.kod for b in kontroll.brister] == ["MOTSTRIDIGT_STALLNINGSTAGANDE"]
    assert "avstyrker" in kontroll.brister[0].text


def test_brodtexten_slutar_som_beslutet(tmp_path: Path) -> None:
    """A body that discusses and ends in the same stance as the beslut is no conflict."""
    fil = skriv_yttrande(
        tmp_path / "y.docx",
        sammanfattning=SAMMANFATTNING,
        beslut=["Arbetslivsnämnden tillstyrker förslaget."],
        brodtext=[
            "Nämnden avstyrker inte förslaget om avgifter, men vill se en uppföljning.",
            "Arbetslivsnämnden tillstyrker därför förslaget med ovanstående kommentarer.",
        ],
    )
    [kontroll] = kontrollera_fil(fil)
    assert kontroll.brister == ()


def test_stallningstagande_bara_i_brodtexten(tmp_path: Path) -> None:
    """A stance only in the body is taken, with the brist STALLNINGSTAGANDE_UTANFOR_BESLUT."""
    fil = skriv_yttrande(
        tmp_path / "y.docx",
        sammanfattning=SAMMANFATTNING,
        beslut=["Arbetslivsnämnden lämnar yttrande enligt nedan."],
        brodtext=["Arbetslivsnämnden ställer sig bakom programmet."],
    )
    [kontroll] = kontrollera_fil(fil)
    assert (kontroll.stallningstagande, kontroll.stallningstagande_del) == ("tillstyrker", "brodtext")
    assert [b.kod for b in kontroll.brister] == ["STALLNINGSTAGANDE_UTANFOR_BESLUT"]


def test_kravmeningen_ur_missivet_raknas_inte(tmp_path: Path) -> None:
    """The missiv's demand '(tillstyrker, avstyrker, avstår från att yttra sig)' in the body is no stance."""
    fil = skriv_yttrande(
        tmp_path / "y.docx",
        sammanfattning=SAMMANFATTNING,
        beslut=["Arbetslivsnämnden lämnar yttrande enligt nedan."],
        brodtext=[
            "Yttranden skall alltid innehålla ett tydligt ställningstagande till det "
            "remitterade ärendet (tillstyrker, avstyrker, avstår från att yttra sig)."
        ],
    )
    [kontroll] = kontrollera_fil(fil)
    assert kontroll.stallningstagande is None
    assert [b.kod for b in kontroll.brister] == ["SAKNAR_STALLNINGSTAGANDE"]


def test_annan_namnds_beslut_raknas_inte(tmp_path: Path) -> None:
    """Another nämnd's decision quoted in the body is not the yttrande's stance."""
    fil = skriv_yttrande(
        tmp_path / "y.docx",
        sammanfattning=SAMMANFATTNING,
        beslut=["Arbetslivsnämnden tillstyrker förslaget."],
        brodtext=["Miljö- och konsumentnämnden avstyrker att förslaget går ut på remiss."],
    )
    [kontroll] = kontrollera_fil(fil)
    assert kontroll.brister == ()


def test_utkastets_platshallare_upptacks(tmp_path: Path) -> None:
    """A draft's '[STÄLLNINGSTAGANDE SAKNAS – …]' and '[FÖRSLAG]' are placeholders, not stances."""
    fil = skriv_yttrande(
        tmp_path / "y.docx",
        beslut=["[STÄLLNINGSTAGANDE SAKNAS – välj tillstyrker, avstyrker eller avstår]"],
        sammanfattning=["[FÖRSLAG] Programmet samlar stadens arbete mot hemlöshet."],
    )
    [kontroll] = kontrollera_fil(fil)
    assert kontroll.stallningstagande is None
    assert kontroll.har_sammanfattning
    assert [b.kod for b in kontroll.brister] == ["SAKNAR_STALLNINGSTAGANDE", "PLATSHALLARE_KVAR"]
    assert "[STÄLLNINGSTAGANDE SAKNAS" in kontroll.brister[1].text
    assert "[FÖRSLAG]" not in kontroll.brister[1].text
    assert kontroll.anmarkningar and "[FÖRSLAG] (sida 1)" in kontroll.anmarkningar[0]


@pytest.mark.parametrize(
    "rest", ["«OrgNamn»", "XXX", "[VÄLJ STÄLLNINGSTAGANDE]", "Fel! Dokumentvariabel saknas."]
)
def test_andra_platshallare(tmp_path: Path, rest: str) -> None:
    """Word merge fields, XXX, [VÄLJ …] and Word's field errors are placeholders."""
    fil = skriv_yttrande(
        tmp_path / "y.docx",
        sammanfattning=SAMMANFATTNING,
        beslut=["Arbetslivsnämnden tillstyrker förslaget."],
        brodtext=[f"Kontakt: {rest}"],
    )
    [kontroll] = kontrollera_fil(fil)
    assert [b.kod for b in kontroll.brister] == ["PLATSHALLARE_KVAR"]
    assert rest in kontroll.brister[0].text


def test_avstar_kraver_ingen_sammanfattning(tmp_path: Path) -> None:
    """A yttrande that avstår needs no sammanfattning; one that tillstyrker does."""
    avstar = skriv_yttrande(tmp_path / "a.docx", beslut=["Arbetslivsnämnden avstår från yttrande."])
    tillstyrker = skriv_yttrande(tmp_path / "t.docx", beslut=["Arbetslivsnämnden tillstyrker förslaget."])
    assert kontrollera_fil(avstar)[0].brister == ()
    [kontroll] = kontrollera_fil(tillstyrker)
    assert [b.kod for b in kontroll.brister] == ["SAKNAR_SAMMANFATTNING"]
    assert not kontroll.har_sammanfattning


def test_tom_sammanfattningsrubrik(tmp_path: Path) -> None:
    """A 'Sammanfattning' heading with no text under it is no sammanfattning."""
    fil = skriv_yttrande(
        tmp_path / "y.docx", beslut=["Arbetslivsnämnden tillstyrker förslaget."], sammanfattning=[]
    )
    [kontroll] = kontrollera_fil(fil)
    assert not kontroll.har_sammanfattning
    assert "tom eller för kort" in kontroll.brister[0].text


def test_annan_namnd_och_rubrik(tmp_path: Path) -> None:
    """Another kommun's nämnd and 'Svar på remiss' title are read the same way; dnr keeps its own form."""
    fil = skriv_yttrande(
        tmp_path / "y.docx",
        namnd="Socialnämnden",
        titel="Svar på remiss av betänkandet SOU 2023:5",
        dnr="Dnr SN 2023/145",
        beslut=["Socialnämnden tillstyrker betänkandets förslag."],
        sammanfattning=SAMMANFATTNING,
    )
    [kontroll] = kontrollera_fil(fil)
    assert (kontroll.titel, kontroll.diarienummer, kontroll.stallningstagande) == (
        "Svar på remiss av betänkandet SOU 2023:5",
        "SN 2023/145",
        "tillstyrker",
    )


def test_diarienummer_utan_klassificering(tmp_path: Path) -> None:
    """The klassificering after the diarienummer is stripped."""
    fil = skriv_yttrande(tmp_path / "y.docx", beslut=["Arbetslivsnämnden avstår från yttrande."])
    assert kontrollera_fil(fil)[0].diarienummer == "ALN 2024-00100"


def test_remissvar_utan_beslutsavsnitt(tmp_path: Path) -> None:
    """A remissvar with no '<Nämnd>s beslut' heading: the stance in the text counts, without a brist."""
    fil = skriv_yttrande(
        tmp_path / "y.docx",
        titel="Remissvar: Betänkandet En modern kommunallag (SOU 2024:10)",
        beslutsrubrik="",
        beslut=["Socialnämnden tillstyrker förslagen i betänkandet men avstyrker förslaget i avsnitt 5.3."],
        sammanfattning=SAMMANFATTNING,
        namnd="Socialnämnden",
    )
    [kontroll] = kontrollera_fil(fil)
    # the whole betänkande against one section: the main stance (README: Läsregler), never avstyrker
    assert (kontroll.stallningstagande, kontroll.stallningstagande_del) == ("tillstyrker", "brodtext")
    assert kontroll.brister == ()


def test_dagordningens_rad_ar_ingen_rubrik(tmp_path: Path) -> None:
    """An agenda line 'Yttrande över Remiss …' followed by its Dnr is not a yttrande."""
    from docx import Document

    document = Document()
    for text in (
        "Ärende",
        "Yttrande över Remiss: Program för test",
        "Dnr 2024-00100 1.1.3.1",
        "Delegationsbeslut",
    ):
        document.add_paragraph(text)
    document.save(str(tmp_path / "kallelse.docx"))
    assert kontrollera_fil(tmp_path / "kallelse.docx") == []


@pytest.mark.parametrize(
    "mening",
    [
        "Kommunstyrelsen har remitterat programmet och Arbetslivsnämnden tillstyrker det.",
        "Arbetslivsnämnden instämmer med Kommunstyrelsen och tillstyrker programmet.",
        "Kommunstyrelsen har begärt yttrande och nämnden tillstyrker programmet.",
    ],
)
def test_egen_namnd_efter_annan_organisation(tmp_path: Path, mening: str) -> None:
    """The own nämnd (or 'nämnden') named before the verb keeps the sentence, even after another one."""
    fil = skriv_yttrande(tmp_path / "y.docx", beslut=[mening], sammanfattning=SAMMANFATTNING)
    assert kontrollera_fil(fil)[0].stallningstagande == "tillstyrker"


def test_namndens_beslut_med_generisk_rubrik(tmp_path: Path) -> None:
    """Under 'Nämndens beslut' the sentence 'Arbetslivsnämnden tillstyrker …' counts."""
    fil = skriv_yttrande(
        tmp_path / "y.docx",
        beslutsrubrik="Nämndens beslut",
        beslut=["Arbetslivsnämnden tillstyrker förslaget."],
        sammanfattning=SAMMANFATTNING,
    )
    [kontroll] = kontrollera_fil(fil)
    assert (kontroll.stallningstagande, kontroll.stallningstagande_del) == ("tillstyrker", "beslut")


@pytest.mark.parametrize(
    "titel",
    [
        "Yttrande – Program mot hemlöshet",
        "Remissyttrande över Program mot hemlöshet",
        "YTTRANDE ÖVER REMISS: PROGRAM MOT HEMLÖSHET",
        "Yttrande angående förslag till program mot hemlöshet",
        "Yttrande över Remiss Motion: Borås ska bli en stad för alla",
    ],
)
def test_andra_rubriker(tmp_path: Path, titel: str) -> None:
    """Other common title forms are found as yttranden."""
    fil = skriv_yttrande(tmp_path / "y.docx", titel=titel, beslut=["Arbetslivsnämnden avstår från yttrande."])
    assert [k.titel for k in kontrollera_fil(fil)] == [titel]


def test_missivets_mening_om_svar_ar_ingen_rubrik(tmp_path: Path) -> None:
    """'Svar på remissen ska lämnas senast …' in a missiv is a sentence, not a yttrande title."""
    from docx import Document

    document = Document()
    for text in (
        "Datum",
        "2024-03-01",
        "Instans",
        "Kommunstyrelsen",
        "Dnr KS 2024-00304",
        "Remiss: Program",
        "Svar på remissen ska lämnas senast den 30 april 2024 till ks.diarium@boras.se.",
    ):
        document.add_paragraph(text)
    document.save(str(tmp_path / "missiv.docx"))
    assert kontrollera_fil(tmp_path / "missiv.docx") == []


def test_rubrik_bruten_fore_versal(tmp_path: Path) -> None:
    """A title broken after 'för' goes on with the next line even when it starts with a capital."""
    from docx import Document

    document = Document()
    for text in (
        "Dnr ALN 2024-00100",
        "Yttrande över Remiss: Riktlinjer för",
        "Borås Stads arbete med bidrag",
        "Arbetslivsnämndens beslut",
        "Arbetslivsnämnden avstår från yttrande.",
    ):
        document.add_paragraph(text)
    document.save(str(tmp_path / "y.docx"))
    [kontroll] = kontrollera_fil(tmp_path / "y.docx")
    assert kontroll.titel == "Yttrande över Remiss: Riktlinjer för Borås Stads arbete med bidrag"
    assert kontroll.stallningstagande == "avstar"


@pytest.mark.parametrize(
    "citat",
    ["”Kommunen avstyrker förslaget”", "“Kommunen avstyrker förslaget”", '"Kommunen avstyrker förslaget"'],
)
def test_citat_i_brodtexten_raknas_inte(tmp_path: Path, citat: str) -> None:
    """A stance inside quotation marks (Swedish, English or straight) is quoted text, not the nämnd's."""
    fil = skriv_yttrande(
        tmp_path / "y.docx",
        beslut=["Arbetslivsnämnden tillstyrker förslaget."],
        sammanfattning=SAMMANFATTNING,
        brodtext=[f"I remissen citeras {citat} från en tidigare remiss."],
    )
    assert kontrollera_fil(fil)[0].brister == ()


def test_kravmening_utan_parentes(tmp_path: Path) -> None:
    """'Ange om nämnden tillstyrker, avstyrker eller avstår från att yttra sig.' lists choices: no stance."""
    fil = skriv_yttrande(
        tmp_path / "y.docx",
        sammanfattning=SAMMANFATTNING,
        beslut=["Ange om nämnden tillstyrker, avstyrker eller avstår från att yttra sig."],
    )
    assert kontrollera_fil(fil)[0].stallningstagande is None


def test_yttrandet_slutar_vid_underskrifterna(tmp_path: Path) -> None:
    """Text after the signatures (the remitted motion, no header of its own) is not part of the yttrande."""
    from docx import Document

    fil = skriv_yttrande(
        tmp_path / "y.docx", beslut=["Arbetslivsnämnden tillstyrker motionen."], sammanfattning=SAMMANFATTNING
    )
    document = Document(str(fil))
    for text in ("Motion till Kommunfullmäktige: Fler platser", "Vi föreslår att förslaget avstyrks. [NAMN]"):
        document.add_paragraph(text)
    document.save(str(fil))
    [kontroll] = kontrollera_fil(fil)
    assert kontroll.brister == ()


def test_remissvar_till_regeringskansliet(tmp_path: Path) -> None:
    """A remissvar to Regeringskansliet: 'Remissvar', dnr Fi2023/01234, stance in the Sammanfattning."""
    from docx import Document

    document = Document()
    for text in (
        "Borås Stad",
        "Kommunstyrelsen",
        "Remissvar",
        "Diarienummer: Fi2023/01234",
        "Betänkandet En modern kommunallag (SOU 2023:12)",
        "Sammanfattning",
        "Borås Stad tillstyrker förslagen i betänkandet med de synpunkter som följer nedan.",
        "Synpunkter",
        "Förslaget i avsnitt 4 bör utredas vidare.",
        "Anna Andersson",
        "Ordförande",
    ):
        document.add_paragraph(text)
    document.save(str(tmp_path / "remissvar.docx"))
    [kontroll] = kontrollera_fil(tmp_path / "remissvar.docx")
    assert (
        kontroll.titel,
        kontroll.diarienummer,
        kontroll.stallningstagande,
        kontroll.har_sammanfattning,
    ) == ("Remissvar", "Fi2023/01234", "tillstyrker", True)
    assert kontroll.brister == ()


def test_inga_synpunkter_i_brodtexten_motsager_inte_beslutet(tmp_path: Path) -> None:
    """'har i övrigt inga synpunkter' at the end of the body does not contradict a beslut that tillstyrker."""
    fil = skriv_yttrande(
        tmp_path / "y.docx",
        beslut=["Arbetslivsnämnden tillstyrker förslaget."],
        sammanfattning=SAMMANFATTNING,
        brodtext=["Nämnden har i övrigt inga synpunkter."],
    )
    assert kontrollera_fil(fil)[0].brister == ()


def test_protokollsutdrag_bredvid_yttrandet_raknas_inte(tmp_path: Path) -> None:
    """'§ 45 … Yttrande över Remiss: …' beside the yttrande is its protokoll: only the yttrande is read."""
    from docx import Document

    document = Document()
    for text in (
        "Sammanträdesdatum",
        "2024-05-20",
        "§ 45 Dnr ALN 2024-00100",
        "Yttrande över Remiss: Program",
        "Arbetslivsnämndens beslut",
        "Arbetslivsnämnden tillstyrker programmet.",
        "Datum",
        "2024-05-20",
        "Dnr ALN 2024-00100",
        "Yttrande över Remiss: Program",
        "Arbetslivsnämndens beslut",
        "Arbetslivsnämnden tillstyrker programmet.",
    ):
        document.add_paragraph(text)
    document.save(str(tmp_path / "paket.docx"))
    [kontroll] = kontrollera_fil(tmp_path / "paket.docx")
    assert kontroll.sidor == (1, 1) and kontroll.stallningstagande == "tillstyrker"
    assert kontroll.titel == "Yttrande över Remiss: Program"


def test_protokollsutdrag_ensamt_ar_beslutet(tmp_path: Path) -> None:
    """A protokollsutdrag on its own (another kommun's answer) is read: its beslut is the stance (issue 9)."""
    from docx import Document

    document = Document()
    for text in (
        "Sammanträdesdatum",
        "2024-05-20",
        "§ 45 Dnr ALN 2024-00100",
        "Yttrande över Remiss: Program",
        "Arbetslivsnämndens beslut",
        "Arbetslivsnämnden tillstyrker programmet.",
    ):
        document.add_paragraph(text)
    document.save(str(tmp_path / "protokoll.docx"))
    [kontroll] = kontrollera_fil(tmp_path / "protokoll.docx")
    assert (kontroll.stallningstagande, kontroll.stallningstagande_del) == ("tillstyrker", "beslut")
    assert kontroll.diarienummer == "ALN 2024-00100"


def test_rubrik_och_text_pa_samma_rad(tmp_path: Path) -> None:
    """'Beslut: …' and 'Sammanfattning: …' with the text on the heading's line are read as sections."""
    from docx import Document

    document = Document()
    for text in (
        "Dnr SN 2024/12",
        "Yttrande över remiss av Avfallsplan 2024–2030",
        "Beslut: Socialnämnden tillstyrker avfallsplanen.",
        "Sammanfattning: Planen samlar kommunens mål för minskat avfall fram till 2030.",
        "Bakgrund: Kommunstyrelsen har remitterat planen.",
    ):
        document.add_paragraph(text)
    document.save(str(tmp_path / "y.docx"))
    [kontroll] = kontrollera_fil(tmp_path / "y.docx")
    assert (kontroll.stallningstagande, kontroll.stallningstagande_del, kontroll.har_sammanfattning) == (
        "tillstyrker",
        "beslut",
        True,
    )
    assert kontroll.brister == ()


def test_rubriken_yttrande_pa_egen_rad(tmp_path: Path) -> None:
    """'YTTRANDE' on its own line followed by 'Remiss: …' is one title."""
    from docx import Document

    document = Document()
    for text in (
        "Dnr ALN 2024-00100",
        "YTTRANDE",
        "Remiss: Program för test",
        "Arbetslivsnämndens beslut",
        "Arbetslivsnämnden avstår från yttrande.",
    ):
        document.add_paragraph(text)
    document.save(str(tmp_path / "y.docx"))
    assert [k.titel for k in kontrollera_fil(tmp_path / "y.docx")] == ["YTTRANDE Remiss: Program för test"]


@pytest.mark.parametrize("text", ["[FÖRSLAG] Skriv en kort sammanfattning av nämndens yttrande här.",
                                  "Skriv en kort sammanfattning av nämndens yttrande här.",
                                  "Klicka eller tryck här för att ange text."])
def test_mallens_instruktion_ar_en_platshallare(tmp_path: Path, text: str) -> None:
    """The template's own instruction left as sammanfattning is PLATSHALLARE_KVAR, [FÖRSLAG] or not."""
    fil = skriv_yttrande(tmp_path / "y.docx", sammanfattning=[text],
                         beslut=["Arbetslivsnämnden tillstyrker förslaget."])
    [kontroll] = kontrollera_fil(fil)
    assert "PLATSHALLARE_KVAR" in [b.kod for b in kontroll.brister]
    assert text.removeprefix("[FÖRSLAG] ") in kontroll.brister[-1].text


def test_en_vanlig_mening_med_har_ar_ingen_platshallare(tmp_path: Path) -> None:
    """'Här' in a real sentence is no instruction: 'Nämnden anger här sina synpunkter' has no imperative."""
    fil = skriv_yttrande(tmp_path / "y.docx", sammanfattning=SAMMANFATTNING,
                         beslut=["Arbetslivsnämnden tillstyrker förslaget."],
                         brodtext=["Nämnden anger här sina synpunkter på programmets tre delar."])
    [kontroll] = kontrollera_fil(fil)
    assert kontroll.brister == ()
