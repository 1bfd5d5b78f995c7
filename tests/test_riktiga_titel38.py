"""prov36's title misses as kinds (titel38, session 38): a news headline about the remiss round's time ('Förlängd
svarstid på remissrundan för vårdprogram') was taken whole, though the round is the procedure and its matter what
it is on; the call's 'förslaget till' was cut before a capital ('Tyck till om förslaget till Unesco-ansökan'),
though the title keeps it (tests/korpus/README.md, Facit); a forum post's greeting line ('Till alla logopeder i
Sverige som utreder läs- och skrivsvårigheter') was taken as the title, though it names the readers; and an older
one: a headline's 'på gång' ('Ny översiktsplan på gång'), and a call in the text ('Läs den digitala
översiktsplanen') read as an owner's genitive. Real lines from the corpus (the '# source:' lines of the
tests/korpus/*/*.txt files) and the same kinds in words written for the test (another sender, 'Mörby')."""

# ruff: noqa: E501  (the documents' own lines are kept as they stand)

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from remiss.extract.core import clean_title, greeting_heading
from remiss.extract.titel import kind_spoken_of
from tests.test_riktiga_titel22 import titel

TITEL_TOML = Path(__file__).resolve().parents[1] / "modeller" / "titel.toml"

# prov36/rcc-vardprogram-forlangd-svarstid (cancercentrum.se, the RCC's own news)
RCC = """Förlängd svarstid på remissrundan för vårdprogram
Sidan publicerades 25 november 2020
Svarstiden i den pågående remissrundan för vårdprogram och SVF förlängs till den 15 februari 2021. Information om nytt svarsdatum och aktuella mejladresser finns i följebrevet till respektive dokument.
Nationella vårdprogram på remissrunda
Covid-19-pandemin innebär just nu en ökande belastning vården och därför har flera regioner begärt mer tid i den pågående remissrundan för vårdprogram och SVF. Remissrundan startade den 16 november och planerades pågå i två månader enligt RCC:s ordinarie rutiner.
RCC i samverkan har hörsammat önskemålen och beslutat att förlänga svarstiden med en månad. Nytt svarsdatum för remissrundan är den 15 februari."""

# the same kind in other words: another sender's news on its round, a new last day
MORBY_RUNDA = """Ny svarstid för remissen om regional cykelplan för Mörby län
Publicerad 3 mars 2025
Svarstiden för remissen om regional cykelplan för Mörby län förlängs till den 30 april 2025. Svaren skickas till region@morby.se."""


@pytest.mark.parametrize(
    ("text", "rubrik", "arende"),
    [
        (RCC, "Förlängd svarstid på remissrundan för vårdprogram", "vårdprogram"),
        (MORBY_RUNDA, "Ny svarstid för remissen om regional cykelplan för Mörby län", "regional cykelplan för Mörby län"),
    ],
)
def test_rubrik_om_remissrundans_tid(text: str, rubrik: str, arende: str) -> None:
    """A headline about the round's time names the round, a procedure: the title is what the round is on (first
    run: the whole headline)."""
    assert titel(text, {rubrik: 18.0}) == arende


@pytest.mark.parametrize(
    ("rubrik", "arende"),
    [
        ("Förlängd svarstid på remissrundan för vårdprogram", "vårdprogram"),
        ("Påminnelse om remissen av förslag till kulturplan", "förslag till kulturplan"),
        ("Remissrunda startar för nationellt vårdprogram vid hypofystumörer", "nationellt vårdprogram vid hypofystumörer"),
        # a time for no round, or nothing after it, stays
        ("Ny tid för bokbussen i Mörby", "Ny tid för bokbussen i Mörby"),
        ("Förlängd svarstid på remissen", "Förlängd svarstid på remissen"),
    ],
)
def test_remissrundans_ram_i_rubriken(rubrik: str, arende: str) -> None:
    """modeller/titel.toml [[fore]] svarstid_for_remissrundan: the round, its time and a reminder of it go."""
    assert clean_title(rubrik) == arende


# prov36/storkriket-biosfar-unescoansokan-remiss (storkriket.se, the initiative's remiss page)
STORKRIKET = """Tyck till om förslaget till Unesco-ansökan
Mellan 1 september och 31 oktober kunde alla som ville tycka till om Storkrikets förslag till Unescoansökan om att bilda ett biosfärområdeFör att underlätta och klargöra vad remissen gäller och hur du går tillväga har vi tagit fram en guide.
Här nedan hittar du guiden, förslaget till Unescoansökan och tillhörande bilaga.
Vem får tycka till?
Alla får tycka till."""


def test_forslaget_till_star_kvar_efter_uppmaningen() -> None:
    """'Förslaget till' before the matter stays (README, Facit), also before a capital (first run:
    'Unesco-ansökan'); 'förslaget på' still goes ('… förslaget på Program för …')."""
    assert titel(STORKRIKET, {"Tyck till om förslaget till Unesco-ansökan": 18.0}) == "förslaget till Unesco-ansökan"
    assert clean_title("Tyck till om förslaget till Kulturplan för Mörby") == "förslaget till Kulturplan för Mörby"
    assert clean_title("Tyck till om förslaget på Program för ekologisk hållbarhet") == "Program för ekologisk hållbarhet"


def test_forslaget_till_agarens_plan_far_planens_namn() -> None:
    """missiv/s-lidingo-op2050-samrad: with 'Förslaget till' kept, a heading that names the plan by its owner and
    kind ('Förslaget till Lidingös nya översiktsplan ute för samråd') still gets the plan's name the text gives."""
    text = """Förslaget till Lidingös nya översiktsplan ute för samråd
Nu har det politiska styret presenterat sitt förslag till Översiktsplan 2050 för Lidingö stad.
Mellan den 15 april och 10 juni 2024 är planförslaget ute på samråd. Synpunkter skickas till OP2024@lidingo.se"""
    assert titel(text, {"Förslaget till Lidingös nya översiktsplan ute för samråd": 18.0}) == "Översiktsplan 2050 för Lidingö stad"


# prov36/logopedforum-riktlinjer-las-skriv-synpunkter (logopedforum.se, a working group's post)
LOGOPED = """Till alla logopeder i Sverige som utreder läs- och skrivsvårigheter
Under nätverksträffen 2015 aktualiserades behovet av riktlinjer för logopediska läs-och skrivutredningar, delvis som en följd av SBU-rapporten som kom 2014. På mötet togs initiativ till att forma en arbetsgrupp. Arbetet med riktlinjerna förankrades hos Slof.
Nu, två år senare, har arbetsgruppen kommit fram med ett förslag. Förslaget har granskats av referensgruppen, och deras synpunkter har tillvaratagits i möjligaste mån i denna version av riktlinjerna.
Eftersom syftet med riktlinjerna är att de ska vara kliniskt tillämpbara och till hjälp för alla logopeder i Sverige, lägger vi nu ut förslaget för alla att läsa igenom som en form av slutlig granskning.
Vi uppmuntrar härmed alla som vill att lämna synpunkter på vårt förslag. Vi behöver ha in era synpunkter senast den 31:a maj. Ni skickar synpunkterna till adressen riktlinjer@logopedbyran.se"""

# the same kind in other words: a greeting to members over a text that speaks of its policy
MORBY_HEJ = """Hej alla medlemmar!
Styrelsen har länge sett behovet av en policy för föreningens sociala medier, och nu finns ett förslag.
Vi vill att policyn ska vara enkel att använda. Läs policyn och skicka dina synpunkter senast den 1 juni 2025 till styrelsen@morbyforening.se."""


@pytest.mark.parametrize(
    ("text", "arende"),
    [
        (LOGOPED, "riktlinjer för logopediska läs-och skrivutredningar"),
        (MORBY_HEJ, "policy för föreningens sociala medier"),
    ],
)
def test_halsningsrad_ar_ingen_titel(text: str, arende: str) -> None:
    """A greeting or addressee line names the readers, however large: the title is the document the text speaks
    of by its kind in the definite form ('riktlinjerna', 'policyn'), named in full where it stands with what it is
    for (first run: the greeting)."""
    rubrik = text.splitlines()[0]
    assert titel(text, {rubrik: 16.0}) == arende


def test_halsningsrad_utan_arende_ger_ingen_titel() -> None:
    """A greeting over a text that names no document of a kind gives no title, not the greeting."""
    text = """Till alla medlemmar i Mörby hembygdsförening
Vi har fått en fråga från kommunen och vill höra vad ni tycker. Skicka dina synpunkter senast den 1 juni 2025 till info@morbyhembygd.se."""
    assert titel(text, {text.splitlines()[0]: 16.0}) is None


def test_slaget_namnges_fullt_en_gang() -> None:
    """titel.kind_spoken_of: two kinds spoken of alike, or a kind never named with what it is for, give none."""
    assert kind_spoken_of("Planen och policyn. Läs planen och policyn.") is None
    assert kind_spoken_of("Läs riktlinjerna. Riktlinjerna är klara.") is None


def test_halsningsradens_exempel() -> None:
    """modeller/titel.toml [halsningsrad]: each example is a greeting, no counterexample is."""
    data = tomllib.loads(TITEL_TOML.read_text(encoding="utf-8"))["halsningsrad"]
    for exempel in data["exempel"]:
        assert greeting_heading(exempel), exempel
    for motexempel in data["motexempel"]:
        assert not greeting_heading(motexempel), motexempel


# missiv/ystad-op2030-utstallning-2020 (ystad.se, the plan's page)
YSTAD = """Ny översiktsplan på gång
Här kan du läsa mer om förslaget till ny översiktsplan för byar och landsbygd i Ystads kommun. Läs den digitala översiktsplanen.
Klicka här för att läsa öp
Förslaget på den nya översiktsplanen var ute på samråd under tiden 15 februari – 30 april 2019. Många synpunkter kom in under samrådstiden och nu ställs ett omarbetat förslag ut på utställning från 19 oktober till och med 31 december 2020.
Lämna dina synpunkter genom funktionen ”Tyck till” i den digitala planen nedan eller skicka dem med epost till sam@ystad.se."""


def test_pa_gang_och_uppmaningen_att_lasa() -> None:
    """'… på gång' after the matter says the work goes on (like '… på samråd'), and 'Läs den digitala
    översiktsplanen' is a call, no owner's genitive (no genitive takes an article after it): the heading's 'Ny
    översiktsplan' (facit; first 'Ny översiktsplan på gång', then 'Läs den digitala översiktsplanen')."""
    assert titel(YSTAD, {"Ny översiktsplan på gång": 18.0}) == "Ny översiktsplan"
    assert clean_title("Ny avfallsplan för Mörby är på gång!") == "Ny avfallsplan för Mörby"
