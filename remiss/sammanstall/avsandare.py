"""Who sent an answer: the replying body, read from the places a Swedish yttrande names it.

Tried in order, the first that gives a name decides: the header's "Instans" (Borås layout), a
protokollsutdrag's body ("Utdrag ur protokoll fört vid Kulturnämndens sammanträde"), the beslut heading
("Tekniska nämndens beslut"), the letterhead, the subject of the stance sentence ("AB Bostäder i Borås
ställer sig bakom …"), the signature ("För Servicenämnden"), and for an e-mail its subject line (the
missiv asks for the instans's name there), the sender's name and address. The kommun itself ("Borås
Stad") and the remiss's own sender (the addressee of the answer) are never taken as the answer's sender.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from remiss.domain import Line
from remiss.sammanstall.lasa import Svarsdokument
from remiss.sammanstall.typer import Avsandare

ETIKETT = re.compile(
    r"^(?:instans|avsändare|från|remissinstans|organisation)\s*:?\s*(?P<value>.*)$", re.IGNORECASE
)
ORGORD = re.compile(
    r"(?:nämnden|nämnd|styrelsen|förvaltningen|kontoret|kansliet|revisionen|fullmäktige|departementet"
    r"|myndigheten|verket|inspektionen|länsstyrelsen|kommun|region|förbund|förbundet|föreningen|förening"
    r"|partiet|kyrkan|församling|stiftelsen|rådet|\bAB\b|aktiebolag|\bstad\b|bostäder\b|hus\b|hem\b|missionen"
    r"|jouren|armén|krets|universitet|högskolan|polisen|centrum\b|institutet)",
    re.IGNORECASE,
)
PROTOKOLL = re.compile(
    r"(?:protokoll\w*\s+(?:fört\s+)?(?:vid|från|för)\s+|sammanträde\s+med\s+)(?P<org>[A-ZÅÄÖ][^,.;:]{2,70}?)"
    r"(?:s\s+(?:sammanträde|arbetsutskott|möte)|\s+(?:den\s+)?\d|\s*[,.;:]|\s*$)",
)
MENING = re.compile(
    r"^(?P<org>[A-ZÅÄÖ][\wåäöéü&\-–., ]{2,80}?)\s+(?:har\s+(?:i\s+dag\s+)?beslutat|beslutar|beslöt|beslutade"
    r"|tillstyrker|avstyrker|avstår|ställer\s+sig|har\s+inget|har\s+inga|har\s+ingen|vill|lämnar|anser"
    r"|föreslår|instämmer|är\s+positiv|ser\s+positivt|välkomnar)\b",
)
UNDERSKRIFT = re.compile(r"^(?:för|på)\s+(?P<org>[A-ZÅÄÖ].{2,70}?)(?:s\s+vägnar)?\s*[,.]?$", re.IGNORECASE)
AMNE_PREFIX = re.compile(r"^(?:(?:sv|re|vs|fw|fwd|vb|ang|angående)\s*:\s*)+", re.IGNORECASE)
AMNE_ORD = re.compile(
    r"\b(?:remissvar|remissyttrande|yttrande|svar\s+på\s+remiss(?:en)?|svar|remiss|från|dnr|diarienummer)\b"
    r"\s*:?",
    re.IGNORECASE,
)
GENERISKA = frozenset(
    {
        "nämnden",
        "förvaltningen",
        "styrelsen",
        "kommunen",
        "vi",
        "jag",
        "den",
        "det",
        "förslaget",
        "remissen",
        "bolaget",
        "föreningen",
        "myndigheten",
        "verket",
        "regionen",
        "staden",
        "organisationen",
    }
)
EJ_NAMN = re.compile(
    r"^(?:datum|dnr|diarienummer|sida|handläggare|telefon|e-post|postadress|besöksadress|hemsida|webbplats"
    r"|sammanfattning|beslut|ärendet|bakgrund|yttrande|remissvar|remiss|tjänsteskrivelse|skrivelse|missiv"
    r"|synpunkter|svar|angående|ang|ärende|hej|hälsningar"
    r"|protokoll\w*|sammanträdesdatum|paragraf|§|till|mottagare|kopia|justerandes|ordförande|sekreterare"
    r"|förvaltningschef)\b",
    re.IGNORECASE,
)
TITELORD = re.compile(r"\s(?:på|över|om|angående|avseende|gällande|rörande)\s")  # a title, not a name
MAX_BREVHUVUD = 14
MAX_UNDERSKRIFT = 16


def hitta_avsandare(
    dok: Svarsdokument,
    *,
    ar_namn: Callable[[str], bool],
    utesluten: Callable[[str], bool],
    kand_epost: Callable[[str], str | None],
    kand_namn: Callable[[str], bool] | None = None,
) -> Avsandare | None:
    """Given an answer document, return its sender and where it was read, or None when nothing names it.

    `ar_namn(text)` says whether a short line names a known organisation (or looks like one),
    `utesluten(text)` whether a name is the kommun itself or the remiss's sender, and
    `kand_epost(adress)` the organisation an e-mail address belongs to, and `kand_namn(text)` says
    whether a text names a remissinstans or one of the kommun's organisations (default: `ar_namn`).
    """
    ok = _godtagbar(utesluten)
    kand_namn = kand_namn or ar_namn
    steg: list[tuple[str, Callable[[], str | None]]] = [
        ("instans", lambda: _etikett(_huvud(dok), ok)),
        ("protokoll", lambda: _protokoll(dok.lines[:30], ok)),
        ("beslut", lambda: dok.avsnitt.namnd if dok.avsnitt.namnd and ok(dok.avsnitt.namnd) else None),
        ("rubrik", lambda: _rubrik(dok, ok, ar_namn)),
        ("brevhuvud", lambda: _brevhuvud(_huvud(dok), ok, ar_namn)),
        ("mening", lambda: _mening(dok, ok)),
        ("underskrift", lambda: _underskrift(dok.lines[-MAX_UNDERSKRIFT:], ok, ar_namn, kand_namn)),
    ]
    for kalla, hitta in steg:
        namn = hitta()
        if namn:
            return Avsandare(namn=_rensa(namn), kalla=kalla)
    return _fran_epost(dok, ok, ar_namn, kand_epost)


def _godtagbar(utesluten: Callable[[str], bool]) -> Callable[[str], bool]:
    """Given the exclusion test, return the test a candidate name must pass (not generic, not excluded)."""

    def ok(namn: str) -> bool:
        namn = _rensa(namn)
        return (
            bool(namn)
            and namn.casefold() not in GENERISKA
            and not EJ_NAMN.match(namn)
            and not utesluten(namn)
        )

    return ok


def _rensa(namn: str) -> str:
    """Given a candidate name, return it without list marks, trailing punctuation, dates and dnr."""
    namn = re.split(r"\s+(?:datum|dnr|diarienummer|sida)\b|\s+\d{4}-\d{2}-\d{2}", namn, flags=re.IGNORECASE)[
        0
    ]
    return re.sub(r"^[\s\-–•*]+|[\s.,:;|]+$", "", " ".join(namn.split()))


def _huvud(dok: Svarsdokument) -> Sequence[Line]:
    """Return the lines before the yttrande's title (its header), or the first lines of a whole document."""
    return dok.huvud


def _etikett(lines: Sequence[Line], ok: Callable[[str], bool]) -> str | None:
    """Given header lines, return the value of an "Instans" / "Avsändare" label (same or next line)."""
    for index, line in enumerate(lines):
        cells = [c.strip() for c in line.text.split("|")]
        if len(cells) > 1 and index + 1 < len(lines):
            value = _cell_under(cells, lines[index + 1].text)
            if value and ok(value):
                return value
        match = ETIKETT.match(line.text.strip())
        if not match:
            continue
        value = match.group("value").strip()
        if not value and index + 1 < len(lines):
            value = lines[index + 1].text.strip()
        if value and ok(value):
            return value
    return None


def _cell_under(cells: list[str], below: str) -> str | None:
    """Given a row of labels ("Datum | Instans | Dnr") and the row below, return the value under "Instans"."""
    values = [c.strip() for c in below.split("|")]
    for index, cell in enumerate(cells):
        if len(values) == len(cells) and re.fullmatch(r"(?:instans|avsändare|från)\s*:?", cell, re.I):
            return values[index]
    return None


def _protokoll(lines: Sequence[Line], ok: Callable[[str], bool]) -> str | None:
    """Given the first lines, return whose protocol this is ("fört vid Kulturnämndens sammanträde")."""
    text = " ".join(line.text.strip() for line in lines)
    match = PROTOKOLL.search(text)
    if match and ok(match.group("org")):
        return match.group("org")
    return None


SVARSORD = r"(?i:yttrande|remissvar|remissyttrande|svar)"
RUBRIK_FRAN = re.compile(
    rf"\b{SVARSORD}\s+från\s+(?P<org>[A-ZÅÄÖ][^,:;()]{{2,70}}?)"
    r"(?:\s+(?:över|på|angående|avseende|gällande|om|till|i\s+ärende)\b|\s*[,:;(]|$)"
)
RUBRIK_GENITIV = re.compile(rf"^(?P<org>[A-ZÅÄÖ][^,:;()]{{2,70}}?)s\s+{SVARSORD}\b")


def _rubrik(dok: Svarsdokument, ok: Callable[[str], bool], ar_namn: Callable[[str], bool]) -> str | None:
    """Return the body named in the title: "Yttrande från Tekniska nämnden …", "Kulturnämndens yttrande …"."""
    titlar = [dok.titel] if dok.titel else [line.text for line in dok.lines[:MAX_BREVHUVUD]]
    for titel in titlar:
        titel = " ".join(titel.split())
        match = RUBRIK_FRAN.search(titel) or RUBRIK_GENITIV.match(titel)
        if match:
            namn = _rensa(match.group("org"))
            if ok(namn) and ar_namn(namn):
                return namn
    return None


def _brevhuvud(
    lines: Sequence[Line], ok: Callable[[str], bool], ar_namn: Callable[[str], bool]
) -> str | None:
    """Given the lines above the title, return the first short line naming an organisation."""
    for line in lines[:MAX_BREVHUVUD]:
        for cell in line.text.split("|"):
            text = _rensa(cell)
            if not cell.strip().endswith(".") and _kort_namn(text) and ok(text) and ar_namn(text):
                return text
    return None


def _kort_namn(text: str) -> bool:
    """Return True for a line short enough and shaped like a name (no sentence, no digits-only)."""
    return (
        2 < len(text) <= 70
        and len(text.split()) <= 9
        and not text.endswith(".")
        and not re.search(r"\d{3}|@|www\.|https?:", text)
        and not TITELORD.search(text)
        and text[:1].isupper()
    )


def _mening(dok: Svarsdokument, ok: Callable[[str], bool]) -> str | None:
    """Return the body named before the verb of the stance sentence or of a decision ("X beslutar …")."""
    kalla = dok.kontroll.stallningstagande_kalla
    texter = [kalla.text] if kalla else []
    texter += [line.text for line in dok.avsnitt.beslut[:6]]
    for text in texter:
        match = MENING.match(" ".join(text.split()))
        if match:
            namn = _rensa(match.group("org"))
            if len(namn.split()) <= 9 and ok(namn) and ORGORD.search(namn):
                return namn
    return None


def _underskrift(
    lines: Sequence[Line],
    ok: Callable[[str], bool],
    ar_namn: Callable[[str], bool],
    kand: Callable[[str], bool],
) -> str | None:
    """Given the last lines, return the body signing: "För Servicenämnden", or a line naming a known body
    ("Nämndsekreterare, Kulturnämnden")."""
    for line in reversed(lines):
        match = UNDERSKRIFT.match(line.text.strip())
        if match and ok(match.group("org")) and ar_namn(_rensa(match.group("org"))):
            return match.group("org")
    for line in reversed(lines):
        for part in reversed(line.text.split(",")):
            text = _rensa(part)
            if _kort_namn(text) and ok(text) and kand(text):
                return text
    return None


def _fran_epost(
    dok: Svarsdokument,
    ok: Callable[[str], bool],
    ar_namn: Callable[[str], bool],
    kand_epost: Callable[[str], str | None],
) -> Avsandare | None:
    """Given an answer that came by e-mail, return the sender from its subject, its From name or address."""
    epost = dok.epost
    if epost is None:
        return None
    amne = _amnesnamn(epost.amne)
    if amne and ok(amne) and ar_namn(amne):
        return Avsandare(namn=amne, kalla="amnesrad", epost=epost.fran_adress)
    org = kand_epost(epost.fran_adress) if epost.fran_adress else None
    if org and ok(org):
        return Avsandare(namn=org, kalla="e-post", epost=epost.fran_adress)
    if (
        epost.fran_namn
        and ok(epost.fran_namn)
        and ar_namn(_rensa(epost.fran_namn))
        and ORGORD.search(epost.fran_namn)
    ):
        return Avsandare(namn=_rensa(epost.fran_namn), kalla="avsandarnamn", epost=epost.fran_adress)
    return None


def _amnesnamn(amne: str) -> str:
    """Given a subject line ("SV: KS 2022-00667 Tekniska nämnden"), return the name left."""
    from remiss.extract.dnr import DNR_RE

    text = AMNE_PREFIX.sub("", amne.strip())
    text = DNR_RE.sub(" ", text)
    text = AMNE_ORD.sub(" ", text)
    return _rensa(re.sub(r"^[\s\-–:,]+", "", " ".join(text.split())))
