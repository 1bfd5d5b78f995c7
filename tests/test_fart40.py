"""Session 40's speed-ups of `remiss tolka` change no result: each shortcut answers as what it replaces.

1. The pattern cache keeps every pattern a run used, however many: a `tolka` run used 1 547 and the file held
   1 500, so each run lost 47 of its own, compiled them again in the next and wrote the whole file anew.
2. `split._nyhetslista_utan_fraga` asks `kontroll.struktur.daterade_inlagg` only for a page that may be a
   list of dated posts (`split._kan_ha_daterade_inlagg`): importing the kontroll package cost a `tolka` run
   some 50 M instructions. The prefilter must say True wherever daterade_inlagg finds two posts.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from remiss import recache, split
from remiss.domain import Line
from remiss.kontroll import struktur
from tests.test_riktiga_annat39 import FABOD

ROOT = Path(__file__).resolve().parent.parent


def _lines(*texts: str) -> list[Line]:
    return [Line(text=text, page=1, number=i + 1) for i, text in enumerate(texts)]


def test_a_run_using_more_patterns_than_the_file_holds_keeps_all_of_its_own(
    pattern_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A run that uses more patterns than MAX_PATTERNS stores them all; the next run compiles none of them
    and writes nothing (before: the file kept the last MAX_PATTERNS, the run's first ones were lost)."""
    monkeypatch.setattr(recache, "MAX_PATTERNS", 4)
    sources = [f"monster-{number}" for number in range(6)]
    for source in sources:
        re.compile(source)
    assert recache.save() >= len(sources)
    re.purge()
    assert recache.load() >= len(sources)
    assert all((str, source, 0) in recache._LOADED for source in sources)
    for source in sources:
        re.compile(source)
    assert recache.save() == 0  # all built from the file: nothing new to write


def test_unused_patterns_fill_the_room_the_run_leaves(
    pattern_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Beside the run's own, the patterns it did not use stay as MAX_PATTERNS leaves room, the ones unused
    longest going first; all of them when the room is larger than they are."""
    monkeypatch.setattr(recache, "MAX_PATTERNS", 4)
    for number in range(2):
        re.compile(f"gammalt-{number}")
    recache.save()
    re.purge()
    recache.load()
    for number in range(3):
        re.compile(f"nytt-{number}")
    recache.save()
    monkeypatch.setattr(recache, "_LOADED", {})
    re.purge()
    recache.load()
    assert [key[1] for key in recache._LOADED] == ["gammalt-1", "nytt-0", "nytt-1", "nytt-2"]
    monkeypatch.setattr(recache, "MAX_PATTERNS", 10)
    re.compile("nyast")
    recache.save()
    monkeypatch.setattr(recache, "_LOADED", {})
    re.purge()
    recache.load()
    assert [key[1] for key in recache._LOADED] == ["gammalt-1", "nytt-0", "nytt-1", "nytt-2", "nyast"]


# pages that are lists of dated posts (daterade_inlagg finds two or more): the prefilter must let them through
INLAGGSSIDOR = [
    FABOD,
    (  # a club's news list, ISO dates run into the posts, newest first (test_riktiga_annat39)
        "2023-09-14 Styrelsen har haft sitt höstmöte och beslutade bland annat om nya medlemsavgifter för "
        "nästa år. Protokollet finns hos sekreteraren.",
        "Nästa möte hålls i november.",
        "2023-06-02 Kommunen har skickat förslaget till ny översiktsplan på remiss och vill ha synpunkter "
        "senast den 31 augusti 2023. Planen berör flera av våra fiskevatten.",
        "Handlingarna finns på kommunens webbplats.",
    ),
    (  # a blog's month: each post under its date line (struktur's own example)
        "onsdag 15 maj 2013", "Handisam rapport", "Handisam har lämnat sitt remissvar om tillgänglighet.",
        "Läs mer", "onsdag 1 maj 2013", "Underkänner Byggkravsutredningens slutsatser",
        "Handisam underkänner i sitt remissvar utredningens slutsatser.",
    ),
    (  # the list's label before the date, the time after it
        "Publicerad: 28 augusti 2013 kl. 10.22", "Nytt remissvar", "Vi har svarat på remissen om vägar.",
        "Mer om svaret", "Publicerad: 2013-06-02", "Årsmöte", "Föreningen höll sitt årsmöte.",
    ),
    (  # a transcript that ran the dates with their weekday into the text
        "Läs artikeln här. onsdag 1 maj 2013 Underkänner Byggkravsutredningens slutsatser Handisam, som "
        "granskat förslaget, avstyrker. fredag 12 april 2013 Nytt från förbundet Styrelsen har sammanträtt.",
    ),
    (  # the Värnamo kommun's news list (test_riktiga_annat39): dated posts that ask for views
        "På gång med nya översiktsplanen", "• 01 mars 2018", "Karttjänst för ny översiktsplan",
        "Nu finns den karttjänst som hör till samrådsmaterialet för förslaget till ny översiktsplan.",
        "• 16 januari 2018", "Nu är översiktsplanen utställd för samråd.",
        "Förslaget till ny översiktsplan är utställt för samråd. Maila dina synpunkter till "
        "samhallsbyggnad@varnamo.se senast den 6 april.",
    ),
]
# an ordinary missiv (the samples' Borås remiss, shortened): no weekday, one date line, no post opening with
# its date
MISSIV = (
    "REMISS", "Mikael Lund, 033-35 35 64", "Mikael.lund@boras.se", "Miljö- och konsumentnämnden",
    "Remiss av Miljöprogram", "Förslag till beslut",
    "Miljöförvaltningen föreslår att Miljö- och konsumentnämnden beslutar tillstyrka att förslag",
    "till Borås Stads Miljöprogram går ut på remiss enligt missiv.",
    "Borås Stads miljöprogram ersätter från och med 1 januari 2023 tidigare beslutade miljömål",
    "Miljöförvaltningen", "Datum", "2022-05-10", "Dnr", "2022-1430",
    "miljöprogrammet, samt en miljöberättelse där arbetet med att nå åtgärder rapporteras in.",
)


@pytest.mark.parametrize("sida", INLAGGSSIDOR + [MISSIV])
def test_the_prefilter_lets_every_list_of_posts_through(sida: tuple[str, ...]) -> None:
    """Where daterade_inlagg finds two posts or more, _kan_ha_daterade_inlagg is True; and
    _nyhetslista_utan_fraga answers as before the prefilter (the posts first, then the page's own ask and
    reply address)."""
    lines = _lines(*sida)
    poster = struktur.daterade_inlagg(lines)
    assert split._kan_ha_daterade_inlagg(lines) or len(poster) < 2
    assert split._nyhetslista_utan_fraga(lines) == _nyhetslista_fore(lines)


def test_the_examples_are_what_they_stand_for() -> None:
    """The lists above are lists of posts, the missiv is none and the prefilter keeps it from the kontroll
    package; the news list that asks nothing is annat's, the kommun's own is not."""
    assert all(len(struktur.daterade_inlagg(_lines(*sida))) >= 2 for sida in INLAGGSSIDOR)
    assert not split._kan_ha_daterade_inlagg(_lines(*MISSIV))
    assert split._nyhetslista_utan_fraga(_lines(*FABOD))
    assert not split._nyhetslista_utan_fraga(_lines(*INLAGGSSIDOR[-1]))


def _nyhetslista_fore(lines: list[Line]) -> bool:
    """_nyhetslista_utan_fraga as it was before the prefilter (main 27a0dfee)."""
    from remiss.extract.core import find_svarsadress
    from remiss.extract.text import Text

    if len(struktur.daterade_inlagg(lines)) < 2:
        return False
    text = Text.of(list(lines))
    return split.OWN_ASK.search(text.joined) is None and find_svarsadress(text)[0] is None


RADER = [
    "onsdag 15 maj 2013", "Onsdag den 1 maj 2013", "15 maj, 2013 kl. 10.22", "07 maj 2014 17:01",
    "Publicerad: 28 augusti 2013", "Publicerad: 2013-08-28", "publicerat den 3 sept. 2019, 09:15",
    "• 16 januari 2018", "Inlagt 2020-01-02 kl 8.05 –", "2022-05-10", "Datum 2022-05-10", "31 augusti 2022",
    "Läs artikeln här. onsdag 1 maj 2013 Underkänner slutsatserna", "Söndagen den 3 mars 2019 Möte i byn",
    "2020-03-20 En särskild utredare har under 2018-2019 haft i uppdrag att se över lagstiftningen.",
    "– 2020-05-22 ”Gårdar anses för små – men gör stor nytta” FSF har tillsammans med andra skrivit.",
    "Sista svarsdatum är den 31 augusti 2022.", "Remiss av Miljöprogram", "Dnr 2022-1430", "",
]


@pytest.mark.parametrize("rad", RADER + [rad.upper() for rad in RADER])
def test_each_date_that_opens_a_post_is_one_the_prefilter_reads(rad: str) -> None:
    """Line by line: a post's date line (struktur's _datumrad with the list's labels) ends with a date
    (INLAGG_DATUMSLUT), a date run into the text (INKORD_DATUMRAD) has a weekday (INLAGG_VECKODAG), a post
    run in (INKORD_ISODATUM) opens with its ISO date (INLAGG_ISOSTART)."""
    etikett = next(d.monster.pattern for d in struktur.load_drag() if d.id == struktur.INLAGG)
    text = " ".join(rad.split())
    if struktur._datumrad(etikett).match(text.lower()):
        assert split.INLAGG_DATUMSLUT.search(text.lower())
    if struktur.INKORD_DATUMRAD.search(text):
        assert split.INLAGG_VECKODAG.search(text)
    if struktur.INKORD_ISODATUM.match(text):
        assert split.INLAGG_ISOSTART.match(text)


def test_the_prefilter_reads_struktur_s_dates() -> None:
    """The prefilter's months and time are struktur's, and struktur's date line still ends with the day, the
    month and the year: change them together (split.INLAGG_*)."""
    assert split.INLAGG_MANADER == struktur.MANADER
    assert split.INLAGG_KLOCKSLAG == struktur.KLOCKSLAG
    assert struktur.DATUM.endswith(rf"\d{{1,2}}\s+(?:{struktur.MANADER})\.?\s*,?\s+\d{{4}}")
    assert struktur.INKORD_ISODATUM.pattern.startswith(r"^\W*(?P<datum>(?:19|20)\d\d-[01]\d-[0-3]\d)\s")
    assert "(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)" in struktur.INKORD_DATUMRAD.pattern


def test_tolka_on_the_sample_package_imports_no_kontroll() -> None:
    """A `tolka` of the samples' meeting package (bench_tolka's pages) reads no page as a list of posts and
    imports none of the kontroll package's eleven modules."""
    code = (
        "import sys\nfrom pathlib import Path\nfrom remiss.pipeline import tolka_fil\n"
        "for fil in sorted(Path('samples/paket').glob('*.pdf')):\n    tolka_fil(fil)\n"
        "print(sorted(m for m in sys.modules if m.startswith('remiss.kontroll')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_instans_addresses_pattern_is_the_same_in_every_run() -> None:
    """The pattern of the instanser's own addresses (core._without_instans_addresses) lists them longest
    first, equals in their own order: with the set's order (the hash seed's) each run built a pattern of
    its own and wrote the pattern cache anew (six orders of three addresses of one length in the samples'
    package). Which rows it takes out is the same: a search for any of the addresses."""
    code = (
        "import re\nfrom remiss.domain import Line, Remissinstans\nfrom remiss.extract.core import "
        "_without_instans_addresses\nfrom remiss.extract.text import Text\n"
        "instanser = [Remissinstans(n, f'{n}.diarium@boras.se')\n"
        "             for n in ('son', 'van', 'aln', 'ff', 'ifon')]\n"
        "lines = [Line(text='Sociala omsorgsnämnden | son.diarium@boras.se', page=1, number=1)]\n"
        "kvar, _ = _without_instans_addresses(lines, Text.of(lines), instanser)\n"
        "print(len(kvar), [key[1] for key in re._cache if 'diarium' in str(key[1])])\n"
    )
    outs = {subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout for seed in range(1, 6)}
    assert len(outs) == 1 and outs.pop().startswith("0 [")
