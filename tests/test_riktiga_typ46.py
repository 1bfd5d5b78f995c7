"""typ46 (session 46): prov44's two type misses, fixed as classes (korpus README, Facit).

1. The sender's own call, in the first person, for views on its own proposal or draft: "Möt rådet i Almedalen 30
   juni – Vi vill höra dina åsikter om vårt förslag!", "Nu finns en skiss på ett förslag med rekommendationer
   färdigt. Det vill vi gärna höra dina åsikter om!", "Här kan alla kommentera …"
   (prov44/samordningsradet-smarta-elnat-almedalen-synpunkter, facit remiss; read as annat: no date, no address, no
   list, so `split._concrete` made it annat at 1,5). The call is the remiss with or without a deadline
   (`missiv.toml` synpunkter_pa_eget_forslag, `split._fragar_om_eget_forslag`: a missiv with the uncertain
   missiv's warning when nothing speaks against it). The proposal is the sender's own ('vårt förslag', 'vi vill
   ha dina synpunkter på … förslaget'), not a citizen's ('kommentera ett e-förslag') and not another's ('Tyck
   till om kommunens cykelplan', a blog, missiv/ronnberg-sollentuna-cykelplan-blogg, annat); a call for views on
   a service or a web site names no proposal. Over the corpus's source texts the pattern finds two pages, both
   remisser (this and prov4/varmdo-oversiktsplan-granskning).
2. An organisation's own short notice that its board has sent its attached answer in a consultation:
   "Styrelsen för samfälligheten har nu skickat bifogade yttrande till Tekniska nämnden." / "Kontaktperson för
   samfällighetens skrivelse är Kristina Berglund, se bifogade dokument."
   (prov44/kvarnakershamn-brackvattenverk-samrad-yttrande, facit yttrande; read as annat: the cue for an
   association's own answer, `yttrandesignaler.jsonl` egen-skrivelse-inskickad, had 'skickat in' and 'skickade'
   but not 'skickat' alone). The subject is the organisation by its own kind in the definite form ('styrelsen',
   'föreningen', 'samfälligheten', 'byalaget', 'vi'), which only its own page writes without naming it; another
   site's news names the organisation ('Riksarkivet lämnade sitt remissvar …', yttranden/almalander-riksarkivet-
   arkivutredningen, facit annat) and is not touched by this cue. 'Skickat ut' (a remiss sent out for views) is
   no answer. The answer attached to the page ('skickat bifogade yttrande', '… skrivelse är NN, se bifogade
   dokument') is the page's link to it (`yttrandesignaler.jsonl` lank-till-egen-skrivelse), so that the notice
   is recognised without the opening 'har fått möjlighet att yttra sig' too; over the corpus's source texts the
   two cues change only this page and prov23/raddalovsta-lovstaverket-granskningsyttrande ('… skickat in
   granskningsyttrandet …, se bifogade filer'), both yttranden.
3. A party's news about the kommun's open remiss, told in the third person and never speaking as anyone:
   "Under 2015 har Sundsvalls kommun tillsammans med föreningar, företag och medborgare tagit fram ett
   landsbygdsprogram …", "Nu kan du som medborgare tycka till om förslaget som är ute på remiss fram till den 28
   mars.", "Mellan den 1 februari och den 28 mars kan alla som vill tycka till om förslaget.", the kommun's
   politician quoted after a dash; no contact, no address, no documents (prov14/v-sundsvall-landsbygdsprogram-remiss,
   facit annat, tveksamt). The rules read it as remiss at 7 (svarsdatum 2,5 for 'fram till den 28 mars',
   ute_pa_remiss 2, period_med_datum 2 for the same date as a period, ordet_remiss 0,5); only the learned type's
   annat 0,90, right at the threshold where `split.med_typmodell` lets it take a missiv away, made it annat, so it
   flipped with each retraining. The remitter's act of making the proposal told in the narrative order, the verb
   before the remitter ('… har Sundsvalls kommun … tagit fram', as typ45's '… bjuder kommunen in'), is another's act
   (`missiv.toml` [annans_nyhet] handling), and another's page weighs −4 like the score's other signs of one
   ('sida om remisser', nyhet_ur_pressmeddelande, annans_remissinformation, tidningsartikel), not −3: the deadline
   told twice (its end and its period) no longer outweighs it. Over the corpus's source texts the new act finds two
   pages, both annat (this and prov7/va-plan-samradsredogorelse); the weight changes no other page's type.

The first test of each class quotes the page (tests/korpus/<folder>/<id>.txt); the others are the same class in
other words, written here.
"""

# ruff: noqa: E501  (the documents' own lines are kept as they stand)

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.test_kontroll_riktiga import (  # noqa: F401 - the fixture
    REGLER_OCH_MODELL,
    _docx,
    _regler,
    igenkanda,
    korpus_stycken,
    utan_typmodell,
)

SAMORDNINGSRADET = "prov44/samordningsradet-smarta-elnat-almedalen-synpunkter"
KVARNAKERSHAMN = "prov44/kvarnakershamn-brackvattenverk-samrad-yttrande"
SUNDSVALL = "prov14/v-sundsvall-landsbygdsprogram-remiss"
MODELLER = Path(__file__).resolve().parent.parent / "modeller"


def _yttrandesignal(namn: str) -> re.Pattern[str]:
    """Return the pattern of one cue in modeller/yttrandesignaler.jsonl."""
    for rad in (MODELLER / "yttrandesignaler.jsonl").read_text(encoding="utf-8").splitlines():
        if rad.strip() and json.loads(rad)["id"] == namn:
            return re.compile(json.loads(rad)["monster"], re.IGNORECASE)
    raise KeyError(namn)


def _missivsignal(namn: str) -> re.Pattern[str]:
    """Return the pattern of one missiv signal in modeller/missiv.toml."""
    from remiss.split import signaler

    [signal] = [s for s in signaler() if s.namn == namn]
    return signal.monster


# 1. The sender's own call for views on its own proposal


@REGLER_OCH_MODELL
def test_radets_egen_fraga_om_synpunkter_pa_sitt_forslag_ar_remiss(
    tmp_path: Path, request: pytest.FixtureRequest, regler_ensamma: bool
) -> None:
    """prov44/samordningsradet-smarta-elnat-almedalen-synpunkter: 'Vi vill höra dina åsikter om vårt förslag!' with
    no deadline and no address (was annat): a remiss with the uncertain missiv's warning, handläggare the first
    person under 'Ytterligare information' (the kanslichef, not the kommunikatör), no date, dnr or address."""
    from remiss.pipeline import tolka_fil

    _regler(request, regler_ensamma)
    [remiss] = tolka_fil(_docx(tmp_path / "s.docx", *korpus_stycken(SAMORDNINGSRADET)))
    assert remiss.handlaggare.namn == "Karin Widegren"
    assert (remiss.svarsdatum, remiss.diarienummer, remiss.svarsadress) == (None, None, None)
    assert any(varning.startswith("Osäkert om dokumentet är en remiss") for varning in remiss.varningar)


@pytest.mark.parametrize(
    ("text", "vantat"),
    [
        ("Möt rådet i Almedalen 30 juni – Vi vill höra dina åsikter om vårt förslag!", True),
        ("Nu finns en skiss på ett förslag med rekommendationer färdigt. Det vill vi gärna höra dina åsikter om!", True),
        ("Vi tar gärna emot dina synpunkter på utkastet till ny kulturstrategi.", True),
        ("Tyck till om vårt förslag till ny cykelplan!", True),
        ("Vad tycker du om vårt utkast till kulturplan?", True),
        ("Vi vill gärna ha era synpunkter på förslaget till ny avfallsplan.", True),
        ("Vi vill ha dina synpunkter på den nya översiktsplanen!", True),  # a new plan of its own
        ("Tyck till om vår nya cykelplan!", True),
        ("Tyck till om kommunens cykelplan", False),  # another's plan, a blog (annat)
        ("Vad tycker du om vår planering?", False),  # no document
        ("Vi vill gärna ha dina synpunkter på den nya webbplatsen.", False),
        ("Vad tycker du om vår nya lekplats?", False),
        ("Här finns även möjligheten att kommentera ett e-förslag.", False),  # a citizen's suggestion
        ("Vi vill gärna höra dina synpunkter på vårt medborgarförslag.", False),
        ("Vi vill gärna ha dina synpunkter på vår webbplats.", False),  # a feedback form
        ("Vad tycker du om biblioteket? Svara på vår enkät.", False),  # a survey on a service
        ("Kommunen vill höra dina åsikter om förslaget.", False),  # the third person: another's page may say it
        ("Välkommen till vårt seminarium om förslaget den 3 maj.", False),  # an event only
    ],
)
def test_eget_forslag_andra_ord(text: str, vantat: bool) -> None:
    """The same class in other words; not a citizen's suggestion, a service, a web site, another's plan, the
    third person or an event alone."""
    assert bool(_missivsignal("synpunkter_pa_eget_forslag").search(text)) == vantat


@pytest.mark.parametrize(
    ("rader", "vantat"),
    [
        (("Vi vill höra dina åsikter om vårt förslag!", "Ytterligare information", "Anna Exempel, kanslichef"), "missiv"),
        # a call that was: the consultation is over
        (("Vi vill höra dina åsikter om vårt förslag.", "Samrådet är nu avslutat."), "annat"),
    ],
)
def test_egen_fraga_utan_frist_ar_missiv_om_inget_talar_emot(rader: tuple[str, ...], vantat: str) -> None:
    """The call alone makes a missiv (the rules' own type, before the learned type) when no signal speaks against
    it."""
    from remiss.split import classify
    from tests.test_kontroll_riktiga import _lines

    assert classify(_lines(*rader)) == vantat


# 2. An organisation's own notice that its board has sent its attached answer


@REGLER_OCH_MODELL
def test_samfallighetens_notis_om_skickat_yttrande_ar_yttrande(
    tmp_path: Path, request: pytest.FixtureRequest, regler_ensamma: bool
) -> None:
    """prov44/kvarnakershamn-brackvattenverk-samrad-yttrande: 'Styrelsen för samfälligheten har nu skickat
    bifogade yttrande till Tekniska nämnden.' (was annat)."""
    _regler(request, regler_ensamma)
    assert len(igenkanda(_docx(tmp_path / "k.docx", *korpus_stycken(KVARNAKERSHAMN)))) == 1


@pytest.mark.usefixtures("utan_typmodell")
@pytest.mark.parametrize(
    ("stycken", "vantat"),
    [
        (("Samråd om ny återvinningscentral", "Styrelsen har nu skickat bifogade skrivelse till miljönämnden.",
          "Kontaktperson för föreningens skrivelse är Anna Exempel, se bifogade dokument."), 1),
        # a kommun's news with its documents attached: no answer of its own
        (("Ny återvinningscentral", "Kommunen har tagit fram ett förslag till ny återvinningscentral, se bifogade filer.",
          "Kontaktperson är Anna Exempel."), 0),
        # a letter received by the board, attached: not its own
        (("Information från styrelsen", "Bifogat upprop/skrivelse från medlemmar har inkommit till styrelsen."), 0),
    ],
)
def test_bifogat_eget_svar_andra_ord(tmp_path: Path, stycken: tuple[str, ...], vantat: int) -> None:
    """The same class in other words, by the rules alone: the board's own sent answer attached is a yttrande; a
    kommun's attached documents and a letter the board received are not."""
    assert len(igenkanda(_docx(tmp_path / "b.docx", *stycken))) == vantat


@pytest.mark.parametrize(
    ("text", "vantat"),
    [
        ("Styrelsen för samfälligheten har nu skickat bifogade yttrande till Tekniska nämnden.", True),
        ("Föreningen har skickat ett yttrande till kommunen om detaljplanen.", True),
        ("Byalaget har i dag skickat sina synpunkter till länsstyrelsen.", True),
        ("Samfälligheten har skickat bifogad skrivelse till Trafikverket.", True),
        ("Vi har skickat vårt remissvar till departementet.", True),
        ("Styrelsen har skickat ut förslaget till medlemmarna för synpunkter.", False),  # a round of its own
        ("Styrelsen har skickat ut synpunkter till medlemmarna.", False),
        ("Riksarkivet har skickat sitt yttrande till Kulturdepartementet.", False),  # named: whoever publishes
        ("Kommunstyrelsen har skickat yttrande till regeringen.", False),  # not 'styrelsen' of its own
    ],
)
def test_skickat_eget_svar_andra_ord(text: str, vantat: bool) -> None:
    """The same class in other words: the organisation by its own kind has sent its answer; not a round sent
    out, not a named organisation, not a kommun's board."""
    assert bool(_yttrandesignal("egen-skrivelse-inskickad").search(text)) == vantat


# 3. Another's news about a kommun's open remiss, the kommun's making of the proposal told


@REGLER_OCH_MODELL
def test_partiets_nyhet_om_kommunens_remiss_ar_ingen_remiss(
    tmp_path: Path, request: pytest.FixtureRequest, regler_ensamma: bool
) -> None:
    """prov14/v-sundsvall-landsbygdsprogram-remiss: 'Under 2015 har Sundsvalls kommun … tagit fram ett
    landsbygdsprogram', the deadline told, no contact (was remiss by the rules, annat only by the learned type)."""
    from remiss.pipeline import tolka_fil

    _regler(request, regler_ensamma)
    assert tolka_fil(_docx(tmp_path / "v.docx", *korpus_stycken(SUNDSVALL))) == []


@pytest.mark.parametrize(
    ("stycken", "vantat"),
    [
        (("Under våren har Umeå kommun tagit fram ett förslag till cykelplan. Förslaget är ute på remiss till den 3 maj.",), True),
        (("I år har regionen tillsammans med kommunerna arbetat fram en ny strategi. Den är ute på remiss till den 3 maj.",), True),
        (("Under 2015 har Region Västerbotten tagit fram ett förslag till kulturplan.",), True),
        # the subject first: a kommun's own page may name itself so (not taken)
        (("Umeå kommun har tagit fram ett förslag till cykelplan. Förslaget är ute på remiss till den 3 maj.",), False),
        # the page speaks as the kommun: its first person, its contact
        (("Under våren har Umeå kommun tagit fram ett förslag till cykelplan. Vi vill ha dina synpunkter senast den 3 maj.",), False),
        (("Under våren har Umeå kommun tagit fram ett förslag till cykelplan.", "Kontakt: Anna Exempel, planerare"), False),
    ],
)
def test_kommunens_forslag_berattat_andra_ord(stycken: tuple[str, ...], vantat: bool) -> None:
    """The same class in other words: the making told with the verb before the remitter; not with the subject
    first, and not on a page that speaks as the kommun."""
    from remiss.split import _annans_nyhet_utan_svarsvag

    assert _annans_nyhet_utan_svarsvag(stycken) == vantat
