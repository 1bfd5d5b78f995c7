"""Registering files: tolka in worker processes, store with one writer, one outcome per remiss or file."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from remiss.domain import Remiss
from remiss.errors import RegisterError, RemissError
from remiss.register.service import DuplicateError, Register
from remiss.sprak import antal


@dataclass(frozen=True)
class Tolkad:
    """A file after tolka: its hash and the remisser found (as dicts), or the error message."""

    fil: str
    sha256: str = ""
    remisser: tuple[dict[str, Any], ...] = ()
    fel: str | None = None
    obs: tuple[str, ...] = ()  # notices while reading, e.g. that the OCR bound stopped OCR


@dataclass(frozen=True)
class Utfall:
    """What happened to one remiss (or one file): registrerad, dubblett, ingen, fel or provad (dry run)."""

    fil: str
    utfall: str
    id: int | None = None
    text: str = ""
    varningar: tuple[str, ...] = ()


def tolka_en(fil: str, egen_instans: str | None = None, organisationer: str | None = None,
             max_ocr_sidor: int | None = None) -> Tolkad:
    """Given a file, return its hash and remisser; any failure becomes the Tolkad's error text."""
    from remiss.ocr import MAX_OCR_SIDOR, OcrGrans
    from remiss.pipeline import tolka_fil

    obs: list[str] = []
    grans = OcrGrans(max_sidor=MAX_OCR_SIDOR if max_ocr_sidor is None else max_ocr_sidor, obs=obs.append)
    try:
        found = tolka_fil(fil, egen_instans=egen_instans, organisationer=organisationer, ocr_grans=grans)
        from remiss.read import sha256_of

        return Tolkad(fil=fil, sha256=sha256_of(fil), remisser=tuple(r.to_dict() for r in found),
                      obs=tuple(obs))
    except RemissError as exc:
        return Tolkad(fil=fil, fel=exc.line())
    except OSError as exc:
        return Tolkad(fil=fil, fel=f"{fil}: filen kan inte läsas ({exc.strerror or exc}).")
    except Exception as exc:  # noqa: BLE001 - one bad file must not stop the batch
        return Tolkad(fil=fil, fel=f"{fil}: oväntat fel vid tolkning ({type(exc).__name__}: {exc}).")


def _tolka_args(args: tuple[str, str | None, str | None, int | None]) -> Tolkad:
    """Given (file, egen_instans, organisationer, max_ocr_sidor), return tolka_en's result (for the pool)."""
    return tolka_en(*args)


def tolka_alla(filer: Iterable[str], *, jobb: int = 2, egen_instans: str | None = None,
               organisationer: str | None = None, max_ocr_sidor: int | None = None) -> Iterator[Tolkad]:
    """Given files, yield each file's Tolkad in order, parsing in `jobb` worker processes when above one."""
    args = [(fil, egen_instans, organisationer, max_ocr_sidor) for fil in filer]
    if jobb <= 1 or len(args) <= 1:
        yield from (_tolka_args(a) for a in args)
        return
    from remiss.arbetare import pool as arbetspool

    with arbetspool(jobb) as pool:  # its workers end if this process is killed
        yield from pool.map(_tolka_args, args, chunksize=1)


def registrera_tolkad(reg: Register, tolkad: Tolkad, *, handlaggare: str | None = None,
                      eget_dnr: str | None = None, user: str | None = None,
                      dry_run: bool = False, inkommen: str | None = None) -> list[Utfall]:
    """Given a register and a parsed file, store each remiss in its own transaction; return the outcomes.

    `inkommen` is the day a remiss came in when it has none of its own (an e-mail has its Date).
    """
    from remiss.pipeline import ingen_remiss_text

    if tolkad.fel:
        return [Utfall(tolkad.fil, "fel", text=tolkad.fel)]
    if not tolkad.remisser:
        return [Utfall(tolkad.fil, "ingen", text=ingen_remiss_text(tolkad.fil))]
    if eget_dnr and len(tolkad.remisser) > 1:
        text = (f"{tolkad.fil}: filen innehåller {len(tolkad.remisser)} remisser; "
                "--eget-dnr kan bara anges för en remiss åt gången.")
        return [Utfall(tolkad.fil, "fel", text=text)]
    return [_registrera_en(reg, tolkad, Remiss.from_dict(data), handlaggare, eget_dnr, user, dry_run,
                           inkommen) for data in tolkad.remisser]


def _registrera_en(reg: Register, tolkad: Tolkad, remiss: Remiss, handlaggare: str | None,
                   eget_dnr: str | None, user: str | None, dry_run: bool, inkommen: str | None) -> Utfall:
    """Given one remiss of a parsed file, add it (or check it on a dry run) and return the outcome.

    A remiss from an e-mail is keyed on its missiv's hash (the attachment's bytes), so the mail
    and the missiv saved from it are the same remiss.
    """
    sha256 = remiss.epost.missiv_sha256 if remiss.epost is not None else tolkad.sha256
    try:
        if dry_run:
            existing = reg.duplicate_of(remiss, sha256)
            if existing is not None:
                return Utfall(tolkad.fil, "dubblett", existing, f"redan registrerad som #{existing}")
            return Utfall(tolkad.fil, "provad", None, _beskriv(remiss))
        post = reg.add(remiss, sha256=sha256, kalla_fil=tolkad.fil, handlaggare=handlaggare,
                       eget_dnr=eget_dnr, user=user, inkommen=inkommen)
    except DuplicateError as exc:
        return Utfall(tolkad.fil, "dubblett", exc.id, exc.line())
    except RegisterError as exc:
        return Utfall(tolkad.fil, "fel", None, f"{tolkad.fil}: {exc.line()}")
    return Utfall(tolkad.fil, "registrerad", post.id, _beskriv(remiss), post.varningar)


def _beskriv(remiss: Remiss) -> str:
    """Given a Remiss, return a one-line description: dnr, title and svarsdatum."""
    parts = [remiss.diarienummer or "utan dnr", remiss.titel or "utan titel"]
    text = " ".join(parts)
    return f"{text} (svarsdatum {remiss.svarsdatum or 'saknas'})"


def summary(utfall: list[Utfall], filer: int) -> str:
    """Given every outcome and the number of files, return the Swedish summary line."""
    count = {kind: sum(1 for u in utfall if u.utfall == kind)
             for kind in ("registrerad", "provad", "dubblett", "ingen", "fel")}
    parts = [f"{antal(filer, 'fil', 'filer')}: {count['registrerad']} registrerade"]
    if count["provad"]:
        parts.append(f"{count['provad']} skulle registreras")
    parts.append(f"{count['dubblett']} redan registrerade")
    parts.append(f"{count['ingen']} utan remiss")
    parts.append(f"{count['fel']} med fel")
    return ", ".join(parts) + "."
