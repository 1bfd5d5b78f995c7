"""Sammanställning av remissvar: who answered a remiss, what each said, who is missing.

`sammanstall(remiss, mapp)` reads every answer in the folder (PDF, DOCX, or an e-mail with the answer
attached), checks each with the kontroll stages (ställningstagande, sammanfattning), finds its sender and
matches it to the missiv's remissinstanser with the organisation matcher. An answer from a body not on
the list, or whose sender cannot be read, is kept apart in `ovriga` with the reason; it is never forced
onto an instans. An unreadable file is listed with its error and the others go on.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from remiss.domain import Line, Remiss
from remiss.errors import RemissError
from remiss.sammanstall.lasa import Svarsdokument, las_svarsfil, svarsfiler
from remiss.sammanstall.matcha import Instanslista, Traff
from remiss.sammanstall.typer import Avsandare, Lasfel, Sammanstallning, Svar

__all__ = ["Lasfel", "Sammanstallning", "Svar", "sammanstall", "saknade"]

MAX_SAMMANFATTNING = 600


def sammanstall(
    remiss: Remiss,
    mapp: str | Path,
    *,
    organisationer: object = None,
    post_id: int | None = None,
    max_sidor: int = 2000,
) -> Sammanstallning:
    """Given a remiss (its missiv) and the folder of answers, return the compiled answers."""
    from remiss.match import _organisationer

    lista = Instanslista(tuple(remiss.remissinstanser), _organisationer(organisationer))  # type: ignore[arg-type]
    svar: list[Svar] = []
    fel: list[Lasfel] = []
    anmarkningar: list[str] = []
    for path in svarsfiler(mapp):
        try:
            dokument = las_svarsfil(path, max_sidor=max_sidor)
        except RemissError as exc:
            fel.append(Lasfel(fil=str(path), fel=exc.message))
            continue
        if all(ar_missiv(dok) for dok in dokument):
            anmarkningar.append(f"{path}: är ett missiv (har en lista över remissinstanser), inget svar")
            continue
        valda, andra = valj_dokument(dokument, remiss)
        if andra:
            anmarkningar.append(
                f"{path}: {andra} yttrande{'n' if andra > 1 else ''} om andra remisser hoppades över"
            )
        svar += [las_svar(dok, remiss, lista, hor_till=hor) for dok, hor in valda]
    return ordna(remiss, lista, svar, fel=fel, post_id=post_id, anmarkningar=anmarkningar)


def ordna(
    remiss: Remiss,
    lista: Instanslista,
    svar: list[Svar],
    *,
    fel: list[Lasfel] | None = None,
    post_id: int | None = None,
    anmarkningar: list[str] | None = None,
) -> Sammanstallning:
    """Given read answers, return them ordered by the missiv's list, the later of two marked as counting."""
    matchade = [s for s in svar if s.instans is not None]
    ovriga = [s for s in svar if s.instans is None]
    ordning = {i.namn: n for n, i in enumerate(remiss.remissinstanser)}
    matchade = markera_galler(matchade)
    matchade.sort(
        key=lambda s: (ordning.get(s.grupp or s.instans or "", len(ordning)), s.instans or "", _tid(s))
    )
    return Sammanstallning(
        remiss=remiss,
        svar=tuple(matchade),
        saknas=tuple(saknade(remiss, matchade)),
        ovriga=tuple(ovriga),
        fel=tuple(fel or ()),
        post_id=post_id,
        anmarkningar=tuple(anmarkningar or ()),
    )


def _tid(svar: Svar) -> tuple[str, str, str]:
    """Return the sort key of an answer in time: when it came (or its date), then file and attachment."""
    return (svar.inkom or svar.datum or "", svar.fil, svar.bilaga or "")


def markera_galler(svar: list[Svar]) -> list[Svar]:
    """Given matched answers, return them with only the latest per instans marked as the one that counts."""
    senast: dict[str, Svar] = {}
    for s in svar:
        key = s.instans or ""
        if key not in senast or _tid(s) >= _tid(senast[key]):
            senast[key] = s
    return [replace(s, galler=senast[s.instans or ""] is s) for s in svar]


def saknade(remiss: Remiss, svar: list[Svar] | tuple[Svar, ...]) -> list[str]:
    """Given the matched answers, return the listed instanser (in list order) that have not answered."""
    besvarade = {s.instans for s in svar} | {s.grupp for s in svar if s.grupp}
    ute: list[str] = []
    for instans in remiss.remissinstanser:
        if instans.namn not in besvarade and instans.namn not in ute:
            ute.append(instans.namn)
    return ute


# --- one answer ---------------------------------------------------------------------------------------


def valj_dokument(
    dokument: list[Svarsdokument], remiss: Remiss
) -> tuple[list[tuple[Svarsdokument, bool | None]], int]:
    """Given the answer documents of one file, return those that answer this remiss and how many did not.

    In a file with several yttranden (a meeting package) only those that name the remiss (its dnr or
    title) are taken; a single document is always kept (set apart later when it answers another remiss).
    """
    bedomda: list[tuple[Svarsdokument, bool | None]] = [(dok, hor_till(dok, remiss)) for dok in dokument]
    if len(bedomda) == 1:
        return bedomda, 0
    sakra = [par for par in bedomda if par[1]]
    return sakra, len(bedomda) - len(sakra)


YTTRANDEPREFIX = re.compile(
    r"^(?:yttrande|remissyttrande|remissvar|svar|protokollsutdrag)?\s*(?:över|på|angående|avseende|gällande"
    r"|rörande|om)?\s*(?:en\s+)?(?:remiss(?:en)?)?\s*(?:[:–-]|av|om|över|gällande)?\s*",
    re.IGNORECASE,
)


def hor_till(dok: Svarsdokument, remiss: Remiss) -> bool | None:
    """Return True when the answer names the remiss (dnr or title), False when it names another, else None."""
    from rapidfuzz import fuzz, utils

    text = " ".join(line.text for line in dok.lines[:60])
    if remiss.diarienummer and _dnr(remiss.diarienummer) in _dnr(text):
        return True
    titel = _ren(remiss.titel or "")
    if len(titel) < 8:
        return None
    amne = YTTRANDEPREFIX.sub("", dok.titel).strip() if dok.titel else ""
    if amne and fuzz.partial_ratio(titel, amne, processor=utils.default_process) >= 85:
        return True
    if fuzz.partial_ratio(titel, text, processor=utils.default_process) >= 92:
        return True
    if dok.hittad and innehallsord(amne) and not innehallsord(titel) & innehallsord(amne):
        if fuzz.token_sort_ratio(titel, amne, processor=utils.default_process) < 80:
            return False  # a title about something else, without one content word in common
    return None


ALLMANNA_ORD = frozenset(
    {
        "remiss",
        "remis",
        "yttra",
        "yttran",
        "försla",
        "motion",
        "progra",
        "angåen",
        "avseen",
        "gällan",
        "rörand",
        "övergr",
        "betänk",
        "promem",
        "samråd",
        "synpun",
        "riktli",
        "policy",
        "strate",
        "handli",
        "utredn",
        "översy",
        "inrikt",
        "uppföl",
        "förord",
        "ändrin",
    }
)


def innehallsord(text: str) -> set[str]:
    """Given a title, return the first six letters of its content words (five letters or more)."""
    ord_ = {w[:6] for w in re.findall(r"[a-zåäöéü]{5,}", text.casefold())}
    return ord_ - ALLMANNA_ORD


MISSIVRAD = re.compile(r"^\s*(?:\w+\s+)?remissinstanser\s*:?\s*$", re.IGNORECASE)


def ar_missiv(dok: Svarsdokument) -> bool:
    """Return True for a missiv put among the answers: no yttrande title, but a list of remissinstanser."""
    return not dok.hittad and any(MISSIVRAD.match(line.text) for line in dok.lines)


def _dnr(text: str) -> str:
    """Return a text without white space, case folded, for finding a diarienummer in it."""
    return re.sub(r"\s+", "", text).casefold()


def _ren(titel: str) -> str:
    """Return a remiss title without "Remiss:" and a leading document kind ("Motion:")."""
    return re.sub(r"^\s*remiss\s*:\s*", "", titel, flags=re.IGNORECASE).strip()


def las_svar(
    dok: Svarsdokument, remiss: Remiss, lista: Instanslista, *, hor_till: bool | None = None
) -> Svar:
    """Given one answer document, return its Svar: sender, date, stance, gist and instans (or why none)."""
    from remiss.sammanstall.avsandare import hitta_avsandare

    avsandare = hitta_avsandare(
        dok,
        ar_namn=lambda t: _ar_namn(t, lista),
        utesluten=lambda t: _utesluten(t, remiss, lista),
        kand_epost=lista.epost_organisation,
        kand_namn=lista.kand_organisation,
    )
    inkom = dok.epost.datum if dok.epost else None
    datum = svarsdatum_i(dok) or inkom
    kontroll = dok.kontroll
    svar = Svar(
        fil=dok.fil,
        bilaga=dok.bilaga,
        avsandare=avsandare.namn if avsandare else None,
        avsandare_kalla=avsandare.kalla if avsandare else None,
        datum=datum,
        inkom=inkom,
        stallningstagande=kontroll.stallningstagande,
        har_sammanfattning=kontroll.har_sammanfattning,
        sammanfattning=karna(dok),
        kalla=kontroll.stallningstagande_kalla,
        sidor=kontroll.sidor,
        sen=_sen(inkom or datum, remiss.svarsdatum),
        sha256=dok.sha256,
    )
    if hor_till is False:
        return replace(svar, orsak=f"svarar på en annan remiss ({dok.titel})")
    traff = _traff(avsandare, dok, lista)
    if traff.instans is None:
        return replace(svar, orsak=_orsak(avsandare, traff))
    return replace(svar, instans=traff.namn or traff.instans.namn, grupp=traff.grupp)


def _traff(avsandare: Avsandare | None, dok: Svarsdokument, lista: Instanslista) -> Traff:
    """Given the sender, return its instans: by name, else by the e-mail address listed for an instans."""
    traff = lista.matcha(avsandare.namn) if avsandare else Traff(None)
    if traff.instans is None and dok.epost is not None and (avsandare is None or avsandare.kalla == "e-post"):
        return lista.matcha_epost(dok.epost.fran_adress) or traff
    return traff


def _orsak(avsandare: Avsandare | None, traff: Traff) -> str:
    """Return why an answer is kept apart: no sender found, or a sender not on the list."""
    if avsandare is None:
        return (
            "avsändaren kunde inte avgöras (varken Instans i sidhuvudet, beslutsrubrik, brevhuvud, "
            "underskrift eller avsändare i e-posten nämner en organisation)"
        )
    text = f"{avsandare.namn} finns inte bland remissinstanserna"
    if traff.narmast:
        from remiss.match import TROSKEL

        text += f" (närmast: {traff.narmast}, {traff.score:.0f} poäng; gränsen är {TROSKEL:.0f})"
    return text


def _ar_namn(text: str, lista: Instanslista) -> bool:
    """Return True when a short line names an organisation: a known one, or shaped like one."""
    from remiss.sammanstall.avsandare import ORGORD

    return bool(ORGORD.search(text)) or lista.kand_organisation(text)


def _utesluten(text: str, remiss: Remiss, lista: Instanslista) -> bool:
    """Return True for the kommun itself ("Borås Stad") and for the remiss's own sender (the addressee)."""
    from remiss.match import match_namn

    orgs = lista.orgs
    namn = orgs.normalisera(text)
    if namn in (orgs.normalisera(orgs.kommun), orgs.ort, "sverige"):
        return True
    if not remiss.avsandare:
        return False
    if namn == orgs.normalisera(remiss.avsandare):
        return True
    traff, mottagare = match_namn(text, orgs), match_namn(remiss.avsandare, orgs)
    return (
        traff is not None
        and mottagare is not None
        and traff.kanoniskt_namn == mottagare.kanoniskt_namn
        and lista.matcha(text).instans is None
    )


def svarsdatum_i(dok: Svarsdokument) -> str | None:
    """Return the answer's date (ISO): the header's date, else the first date near the top."""
    from remiss.dates import find_dates

    for lines in (dok.huvud, dok.lines[:25]):
        for line in lines:
            found = [d for d in find_dates(line.text) if d.year_given and 1990 <= d.value.year <= 2100]
            if found:
                return found[0].value.isoformat()
    return None


def _sen(datum: str | None, svarsdatum: str | None) -> bool:
    """Return True when the answer's date is after the svarsdatum (both ISO)."""
    return bool(datum and svarsdatum and datum[:10] > svarsdatum[:10])


def karna(dok: Svarsdokument) -> str:
    """Return the answer's gist: its sammanfattning, else its decision, else its first paragraph."""
    avsnitt = dok.avsnitt
    for lines in (avsnitt.sammanfattning, avsnitt.beslut, avsnitt.brodtext[:8]):
        lines = _fore_halsning(lines)
        text = " ".join(" ".join(line.text.split()) for line in lines).replace("\ufffe", "")
        text = re.sub(r"(\w)- (\w)", r"\1\2", text) if "- " in text else text
        if len(text.split()) >= 3:
            return kort(text)
    return ""


HALSNING = re.compile(
    r"^(?:med\s+vänlig\s+hälsning|vänliga\s+hälsningar|hälsningar|för\s+\S|på\s+.*vägnar"
    r"|justerandes\s+signatur|utdragsbestyrkande)",
    re.IGNORECASE,
)


def _fore_halsning(lines: tuple[Line, ...]) -> tuple[Line, ...]:
    """Given lines of a section, return them up to a closing greeting or signature ("Med vänlig hälsning")."""
    for index, line in enumerate(lines):
        if HALSNING.match(line.text.strip()):
            return lines[:index]
    return lines


def kort(text: str, n: int = MAX_SAMMANFATTNING) -> str:
    """Given a text, return it cut after the last full sentence within n characters (or at a word)."""
    if len(text) <= n:
        return text
    cut = text[:n]
    end = max(cut.rfind(". "), cut.rfind("! "), cut.rfind("? "))
    if end > n // 3:
        return cut[: end + 1]
    return cut.rsplit(" ", 1)[0] + " …"


# --- from the command line: ID or missiv file ---------------------------------------------------------


def sammanstall_kalla(
    kalla: str,
    mapp: str | Path,
    *,
    config: object = None,
    databas: str | None = None,
    nr: int | None = None,
    spara: bool = False,
    max_sidor: int = 2000,
) -> Sammanstallning:
    """Given REMISS (a register id or the missiv file) and the answer folder, return the sammanställning.

    With `spara` (an id only) the answers are stored against the remiss in the register, which then
    counts as sent by us (riktning utgående).
    """
    from remiss.config import Config, load_config
    from remiss.draft import ar_id, hamta_underlag, register_url
    from remiss.errors import InputError

    config = config if isinstance(config, Config) else load_config()
    if spara and not ar_id(kalla):
        raise InputError(
            "--spara kräver ett id i registret (remiss registrera missivet först), inte en fil.", fil=kalla
        )
    svarsfiler(mapp)  # a missing folder is an error before the missiv is read
    underlag = hamta_underlag(kalla, config=config, databas=databas, nr=nr, med_text=False)
    resultat = sammanstall(
        underlag.remiss,
        mapp,
        organisationer=config.organisationer,
        post_id=underlag.post_id,
        max_sidor=max_sidor,
    )
    if spara and underlag.post_id is not None:
        from remiss.register import open_register
        from remiss.register.remissvar import spara_svar

        with open_register(register_url(databas, config)) as reg:
            spara_svar(reg, underlag.post_id, resultat, user=config.anvandare)
    return resultat
