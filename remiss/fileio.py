"""Writing files safely: atomically (temp file + rename) and never over an existing file without force."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from remiss.errors import InputError


def skriv_atomiskt(data: bytes, target: Path, *, force: bool = False) -> Path:
    """Given bytes and a path, write them atomically (temp file + rename); keep an old file unless force."""
    target = Path(target)
    if target.exists() and not force:
        raise InputError("filen finns redan. Använd --force för att skriva över den, eller välj ett annat "
                         "namn med -o.", fil=str(target))
    if not target.parent.is_dir():
        raise InputError("mappen finns inte. Skapa den först eller välj en annan med -o.", fil=str(target))
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise InputError(f"filen kan inte skrivas ({exc.strerror}).", fil=str(target)) from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        if force:
            os.replace(tmp, target)
        else:
            _link_no_clobber(Path(tmp), target)
    except OSError as exc:
        raise InputError(f"filen kan inte skrivas ({exc.strerror or exc}).", fil=str(target)) from exc
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return target


def _link_no_clobber(tmp: Path, target: Path) -> None:
    """Given a written temp file, give it the target name unless that name appeared meanwhile."""
    try:
        os.link(tmp, target)
    except FileExistsError as exc:
        raise InputError("filen finns redan. Använd --force för att skriva över den.",
                         fil=str(target)) from exc
    except OSError:
        if target.exists():
            raise InputError("filen finns redan. Använd --force för att skriva över den.",
                             fil=str(target)) from None
        os.replace(tmp, target)
