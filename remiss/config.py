"""The configuration file remiss.toml: the kommun, the nämnd, its meetings and the register URL."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, fields
from datetime import date
from pathlib import Path
from typing import Any

from remiss.errors import ConfigError

CONFIG_ENV = "REMISS_CONFIG"
DEFAULT_NAME = "remiss.toml"

_TEXT_FIELDS = ("kommun", "namnd", "namnd_genitiv", "forvaltning", "postadress", "besoksadress", "telefon",
                "epost", "webbplats", "ordforande", "forvaltningschef", "samverkan")
_OPTIONAL_TEXT_FIELDS = ("organisationer", "databas", "anvandare")
MAX_TEXT = 1000  # characters in one text setting
MAX_KONFIG = 1 << 20  # bytes of remiss.toml
MAX_BEREDNINGSTID = 365  # days
MAX_OCR_SIDOR = 100_000
MAX_SAMMANTRADEN = 1000
_EPOST = re.compile(r"[^@\s<>,;\"]+@[^@\s<>,;\"]+\.[^@\s<>,;\"]+")
_STYRTECKEN = re.compile(r"[\x00-\x1f\x7f-\x9f]")  # a line break would reach a mail header or file name


@dataclass(frozen=True)
class Config:
    """Settings of one nämnd: names and address block, meeting dates, beredningstid, files and register."""

    kommun: str = "Borås Stad"
    namnd: str = "Arbetslivsnämnden"
    namnd_genitiv: str = "Arbetslivsnämndens"
    forvaltning: str = "Arbetslivsförvaltningen"
    postadress: str = "501 80 Borås"
    besoksadress: str = "Österlånggatan 72"
    telefon: str = "033-35 70 00 vxl"
    epost: str = "arbetsliv@boras.se"
    webbplats: str = "boras.se"
    ordforande: str = ""
    forvaltningschef: str = ""
    samverkan: str = "Förvaltningens samverkansgrupp (FSG)."
    sammantradesdagar: tuple[date, ...] = ()
    beredningstid: int = 21
    max_ocr_sidor: int = 50  # scanned pages OCR:ed per file at most (about 8 s a page)
    paminnelse_arbetsdagar: int = 5
    organisationer: str | None = None
    databas: str | None = None
    anvandare: str | None = None
    fil: str | None = None  # the file the settings were read from (None: defaults)


def find_config(path: str | Path | None = None) -> Path | None:
    """Given a path or None, return the config file to read (argument, REMISS_CONFIG, ./remiss.toml)."""
    if path is not None and str(path) != "":
        chosen = Path(path)
        if not chosen.is_file():
            raise ConfigError("konfigurationsfilen finns inte. Ange en befintlig fil med --config "
                              "eller skapa en med `remiss init`.", fil=str(chosen))
        return chosen
    env = os.environ.get(CONFIG_ENV)
    if env:
        chosen = Path(env)
        if not chosen.is_file():
            raise ConfigError(f"konfigurationsfilen i {CONFIG_ENV} finns inte. Rätta variabeln "
                              "eller skapa filen med `remiss init`.", fil=str(chosen))
        return chosen
    local = Path.cwd() / DEFAULT_NAME
    return local if local.is_file() else None


def load_config(path: str | Path | None = None) -> Config:
    """Given a path (or None to search), return the Config; defaults when no file is found."""
    chosen = find_config(path)
    if chosen is None:
        return Config()
    from remiss.limits import check_size

    check_size(chosen, MAX_KONFIG, vad="konfigurationsfilen")
    try:
        text = chosen.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"konfigurationsfilen kan inte läsas ({exc}). Spara den som UTF-8.",
                          fil=str(chosen)) from exc
    return parse_config(text, fil=str(chosen))


def parse_config(text: str, *, fil: str = DEFAULT_NAME) -> Config:
    """Given the text of a remiss.toml, return the Config or raise ConfigError naming file and line."""
    import tomllib  # here: a run without remiss.toml (as most `tolka` runs) never imports the parser

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(_toml_message(str(exc)), fil=fil) from exc
    return config_from_dict(data, fil=fil, text=text)


def config_from_dict(data: dict[str, Any], *, fil: str = DEFAULT_NAME, text: str = "") -> Config:
    """Given parsed TOML, return the Config; unknown keys and wrong types raise ConfigError."""
    known = {f.name for f in fields(Config)} - {"fil"}
    values: dict[str, Any] = {}
    for key, value in data.items():
        where = _line_of(text, key)
        if key not in known:
            raise ConfigError(f"{where}okänd inställning '{key}'. Tillåtna: {', '.join(sorted(known))}.",
                              fil=fil)
        values[key] = _check_value(key, value, where, fil)
    return Config(**values, fil=fil)


def _check_value(key: str, value: Any, where: str, fil: str) -> Any:
    """Given a key and its TOML value, return the value as Config stores it or raise ConfigError."""
    if key in _TEXT_FIELDS or key in _OPTIONAL_TEXT_FIELDS:
        if not isinstance(value, str):
            raise ConfigError(f"{where}'{key}' ska vara en text inom citattecken.", fil=fil)
        if _STYRTECKEN.search(value):
            raise ConfigError(f"{where}'{key}' innehåller en radbrytning eller ett styrtecken; skriv värdet "
                              "på en rad.", fil=fil)
        if len(value) > MAX_TEXT:
            raise ConfigError(f"{where}'{key}' är {len(value)} tecken, fler än {MAX_TEXT}.", fil=fil)
        if key == "epost" and value and not _EPOST.fullmatch(value):
            raise ConfigError(f"{where}'epost' ska vara en e-postadress, t.ex. \"arbetsliv@boras.se\".",
                              fil=fil)
        return value
    if key in ("beredningstid", "paminnelse_arbetsdagar"):
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_BEREDNINGSTID:
            raise ConfigError(f"{where}'{key}' ska vara ett heltal dagar, 0–{MAX_BEREDNINGSTID}.", fil=fil)
        return value
    if key == "max_ocr_sidor":
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_OCR_SIDOR:
            raise ConfigError(f"{where}'max_ocr_sidor' ska vara ett heltal sidor, 0–{MAX_OCR_SIDOR}.",
                              fil=fil)
        return value
    if key == "sammantradesdagar":
        return _dates(value, where, fil)
    raise ConfigError(f"{where}okänd inställning '{key}'.", fil=fil)  # pragma: no cover - guarded above


def _dates(value: Any, where: str, fil: str) -> tuple[date, ...]:
    """Given a TOML list of dates (or ISO strings), return them sorted and unique."""
    if not isinstance(value, list) or len(value) > MAX_SAMMANTRADEN:
        raise ConfigError(f"{where}'sammantradesdagar' ska vara en lista med datum (högst "
                          f"{MAX_SAMMANTRADEN}), t.ex. [2026-01-27].", fil=fil)
    result: set[date] = set()
    for item in value:
        if isinstance(item, date) and not hasattr(item, "hour"):
            result.add(item)
            continue
        try:
            result.add(date.fromisoformat(str(item)))
        except ValueError as exc:
            raise ConfigError(f"{where}'{item}' i 'sammantradesdagar' är inget datum (ÅÅÅÅ-MM-DD).",
                              fil=fil) from exc
    from remiss.limits import datumfel

    for day in sorted(result):
        problem = datumfel(day, "sammanträdesdagen")
        if problem:
            raise ConfigError(f"{where}{problem}", fil=fil)
    return tuple(sorted(result))


def _line_of(text: str, key: str) -> str:
    """Given the TOML text and a top-level key, return "rad N: " for its line, or "" when not found."""
    match = re.search(rf"^\s*{re.escape(key)}\s*=", text, flags=re.MULTILINE)
    if not match:
        return ""
    return f"rad {text.count(chr(10), 0, match.start()) + 1}: "


def _toml_message(message: str) -> str:
    """Given tomllib's English message, return a Swedish line with the line and column."""
    match = re.search(r"\(at line (\d+), column (\d+)\)", message)
    what = re.sub(r"\s*\(at (line \d+, column \d+|end of document)\)", "", message)
    if match:
        where = f"rad {match.group(1)}, kolumn {match.group(2)}"
    else:
        where = "i slutet av filen"
    return f"{where}: felaktig TOML ({what}). Rätta raden och försök igen."


STARTER_TOML = '''\
# remiss.toml: inställningar för remiss (skapad med `remiss init`).
# Rader som börjar med # är kommentarer. Texter skrivs inom "citattecken", datum som 2026-01-27.

# Kommunen och nämnden som svarar på remisser.
kommun = "Borås Stad"
namnd = "Arbetslivsnämnden"
namnd_genitiv = "Arbetslivsnämndens"      # används i "Arbetslivsnämndens beslut"

# Förvaltningen och dess adressuppgifter (sidfoten i yttrandet).
forvaltning = "Arbetslivsförvaltningen"
postadress = "501 80 Borås"
besoksadress = "Österlånggatan 72"
telefon = "033-35 70 00 vxl"
epost = "arbetsliv@boras.se"
webbplats = "boras.se"

# Underskrifter och samverkan.
ordforande = ""                           # t.ex. "Anna Andersson"
forvaltningschef = ""                     # t.ex. "Bertil Berg"
samverkan = "Förvaltningens samverkansgrupp (FSG)."

# Nämndens sammanträden. `remiss lista` väljer det sista sammanträdet före svarsdatum.
sammantradesdagar = [
  # 2026-01-27, 2026-02-24, 2026-03-24,
]

# Antal kalenderdagar före sammanträdet som tjänsteskrivelsen ska vara klar.
beredningstid = 21

# Högst så många skannade sidor per fil läses med OCR (cirka 8 s per sida); resten hoppas över med ett
# meddelande. Kan ändras för en körning med --max-ocr-sidor.
# max_ocr_sidor = 50

# Kalendern (remiss lista --format ics) påminner så många arbetsdagar före svarsdatum.
paminnelse_arbetsdagar = 5

# Organisationsfil för kommunens nämnder och bolag (tomt: modeller/boras.json).
# organisationer = "modeller/boras.json"

# Registret: en SQLAlchemy-URL. Utan inställning används filen remiss.db i arbetskatalogen.
# Delat register i PostgreSQL: "postgresql+psycopg://användare:lösenord@server/remiss"
# databas = "sqlite:///remiss.db"

# Namnet som skrivs i händelseloggen (standard: inloggningsnamnet).
# anvandare = "registrator"
'''


def write_starter(path: str | Path, *, force: bool = False) -> Path:
    """Given a path, write the commented starter config there and return the path; refuse to overwrite."""
    from remiss.fileio import skriv_atomiskt

    target = Path(path)
    if target.exists() and not force:
        raise ConfigError("filen finns redan. Använd --force för att skriva över den.", fil=str(target))
    return skriv_atomiskt(STARTER_TOML.encode("utf-8"), target, force=force)
