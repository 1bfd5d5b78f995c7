"""Real documents the corpus reads wrong (missiv17: tests/korpus/kanda_fel.json, prov15 and older), each miss as a
named test with the document's own wording (sources in the '# source:' line of each tests/korpus/<mapp>/<id>.txt)."""

# ruff: noqa: E501  (the documents' own lines are kept as they stand)

from __future__ import annotations

from remiss.domain import Del, Line
from remiss.extract import extract_remiss
from remiss.split import MISSIV_GRANS, bedom_missiv


def lines_of(text: str) -> list[Line]:
    """Given text, return Line objects in 10 pt, one per non-empty line."""
    rows = [row.strip() for row in text.strip().splitlines() if row.strip()]
    return [Line(text=row, page=1, number=i, size=10.0) for i, row in enumerate(rows, 1)]


def part_of(lines: list[Line]) -> Del:
    """Given lines, return a missiv part scored as find_missiv scores it."""
    return Del(dokumenttyp="missiv", forsta_sida=1, sista_sida=1, lines=tuple(lines),
               bedomning=bedom_missiv(lines))


# prov15/lomma-fjelie-detaljplan-samrad (lomma.se, arkiv/nyheter 2022-10-06; the page's date field empty, its
# section with its topics in the next cell)
LOMMA = """Lomma kommun
Datum:
Nyheter: Bygga bo & miljö, Trafik & resor
Samråd av förslag till detaljplan för del av Fjelie 2:10 m fl i Flädie
Planområde
Kommunstyrelsen har beslutat upprätta detaljplan för del av Fjelie 2:10 med flera. Detaljplanens syfte är att möjliggöra för anläggandet av ett stationsområde i Flädie.
Planförslaget hålls tillgängligt för samråd under tiden 6 oktober - 27 oktober 2022 i receptionen på kommunhuset, Hamngatan 3 i Lomma under expeditionstid.
Lämna synpunkter
Synpunkter ska skriftligen, med namn och postadress, ha inkommit till Samhällsbyggnadsnämnden, Lomma kommun, 234 81 LOMMA eller samhallsbyggnadsnamnd@lomma.se, senast 27 oktober 2022."""


def test_nyhetsavdelningen_med_sina_amnen_ar_kommunens_egen_nyhet() -> None:
    """prov15/lomma: the site's news section with its topics ('Nyheter: Bygga bo & miljö, Trafik & resor') over a
    notice that itself asks for synpunkter by a date is the kommun's own news, as the bare 'Nyheter' is: no page
    about remisser. (A headline after the colon, 'Nyheter: Ytterligare möjligheter att …', stays a news item.)"""
    bedomning = bedom_missiv(lines_of(LOMMA))
    assert "sida om remisser, inte en remiss" not in dict(bedomning.signaler)
    assert bedomning.poang >= MISSIV_GRANS
