"""typ43 (session 43): whose voice, and which stance? prov41's misses (last session's blind set), fixed as classes.

1. A trade paper's article on an organisation's remissvar, read as the organisation's own: "Drivkraft Sverige (fd
   SPBI) i remissvar:" over "”Konsekvenserna för svenska företag behöver utredas”"
   (prov41/proffs-drivkraft-inriktningsunderlag-remissvar, tidningenproffs.se, facit annat). The kicker gave the
   heading cue "yttrande-i-rubrik", the organisation is the text's only voice and its vd is quoted: nothing of the
   form told the paper from the organisation's own press release. A kicker that attributes the quoted headline
   to a named organisation's answer ("X i remissvar:", "X i remissyttrande: ”…”") is the paper's way of telling
   whose words it reports, as a journalist's verdict in the headline is (`yttrandestruktur.jsonl`
   rubrikens-anforing-ur-svaret, family referat, `struktur.UTGIVARENS_REFERAT`: it counts also where the
   organisation is the subject of the text). Measured over the corpus's source texts: one page has such a kicker
   (this one); "Så här skriver föreningen i sitt remissvar:" (prov14/slaktforskare-lindesberg-kulturprogram-
   remissvar) and "Riksförbundet lyfter fram följande synpunkter i sitt yttrande:" (yttranden/rsm-uppdragsarkeologi),
   own yttranden, are sentences, no name before "i … remissvar:".
2. A part rejected in the first person: "… och vi motsätter oss därför den delen av förslaget" beside "SPSF
   bejakar förslaget att ljuddämpare inte längre ska jämställas med skjutvapen …"
   (prov41/spsf-vapendirektivet-ds2018-1-remissvar, facit null). "motsätter sig den delen av förslaget" was read
   (motsatta-sig), "motsätter oss/mig" only with the remitted matter right after it (motsatta-oss-forslaget), so
   the one stance left was the support of one named part: tillstyrker. `stallningstagande.jsonl`
   motsatta-oss-en-del reads "motsätter oss/mig den delen / de delar …" as a stance on a part; beside a part
   supported the answer has parts both ways and none on the whole: blandat, the truth's null.
3. The headline-verdict trait of typ42 ("X sågar …", "X dömer ut …") re-checked: over the corpus it fires on three
   pages, all annat (prov14/natursidan-sof-vindkraftsforslag, prov8/batliv-sportfiskarna-fiskelag,
   yttranden/publikt-migrationsverket-nyhet), on no yttrande. Its verbs were matched in any case, so a media list
   in an own yttrande ("SVT Halland - Sågar förslag om regionindelning", yttranden/regionhalland-enigt-svar-
   regionfragan, beyond the opening there) would have read as a headline's verdict had it stood in the opening:
   the verbs are now lower case only, as in a headline's sentence.
4. A notice of an open remiss headed by it, read as a yttrande by the learned type alone: "Remiss Ändrade regler
   för vattenskoter (SOU: 2022:49)" over the inquiry's proposals told and a link to regeringen.se's page
   (prov41/bullernatverket-vattenskoter-remiss, facit annat; typmodell yttrande 0,77, no cue, no structure). A
   page headed by the remiss itself ("Remiss X", "Remiss av …", "Remiss: …" in its first lines,
   `signaler.REMISSRUBRIK`) on which nothing of an answer is found (no cue for a remissvar and no structural
   family beyond the remitted document named, `Igenkanning.tyst`) tells the remiss; the learned type does not
   make it a yttrande (`signaler.om_remissen`). Measured over the corpus's yttranden and annat: 33 have such a
   heading in their first three lines; every yttrande among them (29) has a cue or a structural family of an
   answer (an answer under the remiss's heading says that it answers), and so have the three other annat. Of
   the 28 yttranden the learned type recognises where the rules did not, five have nothing of an answer either
   (yttranden/iogtnto-serveringsforbud-alkohol-yttrande, yttranden/lnf-lund-oversiktsplan-remissyttrande,
   yttranden/westgota-fjallar-hedared-vindkraft-yttrande, prov15/alandsdelegationen-sjalvstyrelselag-
   forhandssynpunkter, prov27/travtranarna-svenskfodd-remissvar), none under a remiss's heading: they keep the
   model's yttrande.
5. A rejection in principle of every fee: "Vi anser varje pålaga på seglaren och besättning är av ondo och kommer
   inte att öka antalet aktiva seglare." under "Generellt:" over a remiss on a new fee model
   (prov31/swe24metre-avgiftsmodell-remissvar, facit avstyrker, confirmed in typ33; was null). Every fee, tax or
   charge ("varje/all/alla/samtliga (nya) pålagor/avgifter/skatter") called harmful or unacceptable ("av ondo",
   "förkastlig", "oacceptabel", "skadlig") rejects the kind of measure a fee proposal consists of, without the
   stance word (`stallningstagande.jsonl` varje-avgift-ar-av-ondo, an opinion read as implied: the note
   "Otydligt ställningstagande"). Only fees, taxes and charges: "varje form av diskriminering är av ondo" is no
   stance. Over the corpus's source texts the form stands in this answer only.

Not fixed, measured (prov42 not read):
* prov41/mariefredstidning-nykvarn-sundsvik-samrad (a local paper's report of a kommun's samråd, deadline without
  a way to answer): by the README's rule a paper's news on another's open remiss is annat, and it passes nothing on
  to its reader (the kommun "bjuder in", "den som har synpunkter kan lämna dem"), so the facit stands; but the
  kommun's own notices say the same in the third person ("Härryda kommun bjuder in …"), and of the 270 remisser
  with a deadline but no reply address and no contact, 8 name no way to answer either: left.
* The older third-party pages (musiknyheter, almalander, smakom; lygnerns's facit doubtful, typ42): the signals
  the brief names stand mostly on own yttranden: "har … lämnat remissvar" 7 yttranden / 1 annat, "har … lämnat
  sitt/ett remissvar|yttrande" 29 / 2, a closing "Läs hela remissvaret/yttrandet (här)" 29 / 4, a caption "NN,
  vd/ordförande …" 7 yttranden / 3 annat / 3 remisser; "Foto:/Bild:/Text:" lines 3 / 12 / 7 (typ42's counts
  stand).
"""

# ruff: noqa: E501  (the documents' own lines are kept as they stand)

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_kontroll_riktiga import (  # noqa: F401 - the fixture
    REGLER_OCH_MODELL,
    _docx,
    _lines,
    _regler,
    _stallning,
    igenkanda,
    korpus_stycken,
    utan_typmodell,
)
from tests.test_riktiga_annat39 import _sakert_yttrande

PROFFS = "prov41/proffs-drivkraft-inriktningsunderlag-remissvar"
SPSF = "prov41/spsf-vapendirektivet-ds2018-1-remissvar"


# 1. A paper's kicker attributing the quoted headline to an organisation's answer


@REGLER_OCH_MODELL
def test_tidningens_overrad_ur_annans_remissvar_ar_inget_yttrande(
    tmp_path: Path, request: pytest.FixtureRequest, regler_ensamma: bool
) -> None:
    """prov41/proffs-drivkraft-inriktningsunderlag-remissvar (tidningenproffs.se): 'Drivkraft Sverige (fd SPBI) i
    remissvar:' over the quoted headline is the paper's kicker; the page reports Drivkraft Sverige's answer (was
    yttrande)."""
    from remiss.kontroll.struktur import bedom

    _regler(request, regler_ensamma)
    stycken = korpus_stycken(PROFFS)
    assert "rubrikens-anforing-ur-svaret" in bedom(_lines(*stycken)).familjer["referat"][1]
    assert igenkanda(_docx(tmp_path / "p.docx", *stycken)) == []


@pytest.mark.parametrize(
    "stycken",
    [
        ("Svensk Handel i remissyttrande: ”Förslaget slår mot handeln”",
         "Svensk Handel har lämnat sitt remissvar på utredningen om handelns villkor. Svensk Handel anser att "
         "förslaget om en ny avgift bör dras tillbaka."),
        ("Sveriges Åkeriföretag i sitt remissvar:",
         "”Sänk inte kraven på säkerhet”",
         "I sitt remissvar på Trafikverkets förslag avstyrker Sveriges Åkeriföretag den nya modellen.",
         "– Förslaget riskerar trafiksäkerheten, säger förbundets vd Anna Berg."),
    ],
)
def test_overrad_ur_remissvar_andra_ord(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, stycken: tuple[str, ...]) -> None:
    """The same class in other words: a kicker 'X i remissyttrande: ”…”' or 'X i sitt remissvar:' over the text
    makes a report, also where the organisation speaks in it and the learned type is sure of a yttrande."""
    from remiss.kontroll.struktur import bedom

    assert bedom(_lines(*stycken)).referat
    _sakert_yttrande(monkeypatch)
    assert igenkanda(_docx(tmp_path / "o.docx", *stycken)) == []


@pytest.mark.parametrize(
    "rad",
    [
        "Så här skriver föreningen i sitt remissvar:",  # prov14/slaktforskare-lindesberg-kulturprogram-remissvar
        "Riksförbundet lyfter fram följande synpunkter i sitt yttrande:",  # yttranden/rsm-uppdragsarkeologi
        "Svea hovrätt anför i sitt yttrande:",  # prov24/svjt-1926-hovratternas-yttranden-notis
        "Läs mer i remissvaret:",
    ],
)
def test_mening_som_leder_in_ett_citat_ar_ingen_overrad(rad: str) -> None:
    """The controls: a sentence leading into a quote from an answer, in an own yttrande or a report, is no
    kicker: no proper name right before 'i … remissvar:'."""
    from remiss.kontroll.struktur import bedom

    familjer = bedom(_lines(rad, "”Vi avstyrker förslaget.”")).familjer
    assert "rubrikens-anforing-ur-svaret" not in familjer.get("referat", (0, ()))[1]


# 2. A part rejected in the first person beside a part supported


def test_vi_motsatter_oss_den_delen_ar_en_del(tmp_path: Path) -> None:
    """prov41/spsf-vapendirektivet-ds2018-1-remissvar, the transcript's first page: 'vi motsätter oss därför den
    delen av förslaget' rejects one part, 'SPSF bejakar förslaget att ljuddämpare …' supports another: no stance
    on the whole, blandat (the truth's null; was tillstyrker)."""
    from remiss.kontroll import kontrollera_fil

    sida = next(rad for rad in korpus_stycken(SPSF) if rad.startswith("1(7)"))
    [kontroll] = kontrollera_fil(_docx(tmp_path / "s.docx", sida))
    assert kontroll.stallningstagande == "blandat"
    assert {"avstyrker", "tillstyrker"} <= set(kontroll.delar)


@pytest.mark.parametrize(
    ("meningar", "vantat"),
    [
        (("Vi motsätter oss de delar av förslaget som rör jakten.",
          "Förbundet tillstyrker förslaget om längre tillstånd."), "blandat"),
        (("Jag motsätter mig den delen av planen som gäller parkeringen.",), "avstyrker"),
        # the remitted matter right after the verb: the whole, as before
        (("Vi motsätter oss förslaget.", "Vi tillstyrker förslaget om längre tillstånd."), "avstyrker"),
        # no object after the verb: a subset before it, a comment (prov5/roks-hallbar-socialtjanst-remissvar)
        (("Det finns också punkter som vi är frågande till och vissa som vi motsätter oss.",), None),
    ],
)
def test_motsatter_oss_en_del_andra_ord(meningar: tuple[str, ...], vantat: str | None) -> None:
    """The same class in other words, and the controls: 'motsätter oss/mig den delen / de delar …' is a stance on
    a part (alone, its value; beside a part the other way, blandat); the remitted matter right after the verb
    stays the whole, and no object after it stays no stance."""
    assert _stallning(*meningar) == vantat


# 4. A notice of an open remiss headed by it, with nothing of an answer

BULLER = "prov41/bullernatverket-vattenskoter-remiss"


@REGLER_OCH_MODELL
def test_notis_om_oppen_remiss_under_remissens_rubrik_ar_inget_yttrande(
    tmp_path: Path, request: pytest.FixtureRequest, regler_ensamma: bool
) -> None:
    """prov41/bullernatverket-vattenskoter-remiss (bullernatverket.se, under the site's name): 'Remiss Ändrade
    regler för vattenskoter (SOU: 2022:49)' over what the inquiry proposes, no cue and no structure of an answer:
    a notice of the remiss (was yttrande by the learned type, 0,77)."""
    _regler(request, regler_ensamma)
    assert igenkanda(_docx(tmp_path / "b.docx", "Bullernätverket", *korpus_stycken(BULLER))) == []


@pytest.mark.parametrize(
    "stycken",
    [
        ("Remiss av promemorian Ett starkare skydd för vattenmiljön",
         "I promemorian föreslås att länsstyrelserna ska få meddela föreskrifter om skyddszoner längs vattendrag. "
         "Förslaget innebär också att tillsynen flyttas till kommunerna. "
         "Skyddszonerna ska enligt promemorian vara minst sex meter breda och gälla alla vattendrag som "
         "är utmärkta på den allmänna kartan. Ändringarna föreslås träda i kraft den 1 januari 2026.",
         "Promemorian finns på regeringens webbplats."),
        ("Friluftsfrämjandet",
         "Remiss: Nya regler för allemansrätten (SOU 2024:12)",
         "Utredningen har sett över hur allemansrätten kan tydliggöras i lag. Utredningen föreslår att "
         "tältning i grupp ska kräva markägarens tillstånd. Vidare föreslås att kommunerna ska kunna "
         "meddela föreskrifter om eldning i naturen under torra perioder, och att länsstyrelsen ska föra "
         "tillsyn över markägarnas skyltning vid stränder och leder."),
    ],
)
def test_notis_om_oppen_remiss_andra_ord(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, stycken: tuple[str, ...]) -> None:
    """The same class in other words: a page headed 'Remiss av …' or 'Remiss: …' that tells the proposal and
    nothing of an answer is no yttrande, also where the learned type is sure of one."""
    _sakert_yttrande(monkeypatch)
    assert igenkanda(_docx(tmp_path / "n.docx", *stycken)) == []


@pytest.mark.parametrize(
    "stycken",
    [
        # an answer under the remiss's heading says that it answers: the learned type may keep it
        ("Remiss av promemorian Ett starkare skydd för vattenmiljön",
         "I promemorian föreslås att länsstyrelserna ska få meddela föreskrifter om skyddszoner längs vattendrag. "
         "Skyddszonerna ska enligt promemorian vara minst sex meter breda och gälla alla vattendrag som är "
         "utmärkta på den allmänna kartan.",
         "Föreningen har tagit del av promemorian. Sex meter är för lite där marken lutar mot vattnet."),
        # no remiss heading: the learned type decides as before (a short letter the rules miss)
        ("Skyddszoner längs vattendrag",
         "I promemorian föreslås att länsstyrelserna ska få meddela föreskrifter om skyddszoner längs vattendrag. "
         "Skyddszonerna behövs för att vattnet ska nå god status, och sex meter är för lite där marken lutar "
         "mot vattnet. Lantbrukarna bör få ersättning för den mark som inte längre kan brukas."),
    ],
)
def test_svar_under_remissens_rubrik_tas_av_typmodellen(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, stycken: tuple[str, ...]
) -> None:
    """The controls: a page under the remiss's heading with a cue of an answer, and a page without the heading,
    stay the learned type's yttrande."""
    _sakert_yttrande(monkeypatch)
    assert len(igenkanda(_docx(tmp_path / "s.docx", *stycken))) == 1


# 5. A rejection in principle of every fee, in the answer's general section

SWE24 = "prov31/swe24metre-avgiftsmodell-remissvar"


def test_varje_palaga_ar_av_ondo_avstyrker(tmp_path: Path) -> None:
    """prov31/swe24metre-avgiftsmodell-remissvar (facit avstyrker, confirmed in typ33): under 'Generellt:' over a
    remiss on a new fee model, 'Vi anser varje pålaga på seglaren och besättning är av ondo …' rejects every fee
    the model consists of; the other parts are a conditional fee and a license called the wrong way (was null)."""
    from remiss.kontroll import kontrollera_fil

    [kontroll] = kontrollera_fil(_docx(tmp_path / "s.docx", *korpus_stycken(SWE24)))
    assert kontroll.stallningstagande == "avstyrker"
    assert any("Otydligt" in anmarkning for anmarkning in kontroll.anmarkningar)


@pytest.mark.parametrize(
    ("mening", "vantat"),
    [
        ("Alla nya avgifter på föreningslivet är förkastliga.", "avstyrker"),
        ("Föreningen anser att varje ny skatt på bensinen är skadlig för landsbygden.", "avstyrker"),
        # not a fee, a tax or a charge: no measure of the kind a rejection in principle is about
        ("Vi anser att varje form av diskriminering är av ondo.", None),
        # one fee named, no rejection of every one
        ("Avgiften för sanktion är för hög.", None),
    ],
)
def test_varje_avgift_andra_ord(mening: str, vantat: str | None) -> None:
    """The same class in other words, and the controls: every fee, tax or charge called harmful or unacceptable
    is a rejection without the stance word; every something else, or one fee, is none."""
    assert _stallning(mening) == vantat


# 6. The same notice in tolka: a link to the government's own page on the remiss, by its title


def test_notis_med_lank_till_regeringens_remissida_ar_ingen_remiss(tmp_path: Path) -> None:
    """prov41/bullernatverket-vattenskoter-remiss: the notice links the government's page on the remiss by its
    title and the site's name ('Remiss Ändrade regler för vattenskoter (SOU: 2022:49) - Regeringen.se'): another's
    information on the remiss, as 'Regeringens information om remissen hittar du här' (missiv.toml
    annans_remissinformation); under its 'Remiss X' heading the page was an uncertain missiv after the type model
    was retrained with prov41 (rapport41), now annat."""
    from remiss.pipeline import tolka_fil

    assert tolka_fil(_docx(tmp_path / "b.docx", "Bullernätverket", *korpus_stycken(BULLER))) == []


@pytest.mark.parametrize(
    ("text", "vantat"),
    [
        ("Remiss av promemorian Ett starkare skydd för vattenmiljön - Regeringen.se", True),
        ("Remissen finns på regeringen.se.", False),
        ("Läs mer på regeringen.se - Regeringen.se", False),
    ],
)
def test_lank_till_regeringens_remissida(text: str, vantat: bool) -> None:
    """A link line naming a remiss and ending '- Regeringen.se' is another's information on the remiss; the site
    named in a sentence, or a link without the remiss, is not."""
    from remiss.split import signaler

    [signal] = [s for s in signaler() if s.namn == "annans_remissinformation"]
    assert bool(signal.monster.search(text)) == vantat
