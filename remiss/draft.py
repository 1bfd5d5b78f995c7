"""Yttrandeutkast: fill the förvaltning's Word template (mallar/yttrande.docx) for a remiss.

Pure parts (the ställningstagande sentence, the context) are plain functions; the template is
rendered with docxtpl in a sandboxed jinja2 environment (remiss.mallmiljo: autoescape, StrictUndefined,
no code, no other files, bounded loops), checked for refused tags and unknown placeholders first, and
the result is written atomically, never over an existing file without `force`.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from datetime import date
from io import BytesIO
from pathlib import Path
from typing import Any

from remiss.config import Config, load_config
from remiss.domain import STALLNINGSTAGANDEN, Handling, Remiss
from remiss.errors import InputError, RemissError, TemplateError
from remiss.fileio import skriv_atomiskt
from remiss.sammanfattning import foresla_sammanfattning, remissobjekt

MALLAR = Path(__file__).resolve().parent.parent / "mallar"
STANDARDMALL = MALLAR / "yttrande.docx"
PLATSHALLARE_STALLNINGSTAGANDE = "[STÄLLNINGSTAGANDE SAKNAS – välj tillstyrker, avstyrker eller avstår]"
DOKUMENTTYP = "TJÄNSTESKRIVELSE"
MANADER = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
           "oktober", "november", "december")

# Every placeholder the template may use, with its meaning (documented in mallar/README.md).
PLATSHALLARE: dict[str, str] = {
    "titel": "remissens titel utan inledande \"Remiss:\"",
    "diarienummer": "avsändarens diarienummer (t.ex. KS 2022-00304)",
    "klassificering": "avsändarens klassificeringskod (t.ex. 1.1.1.1), tom om okänd",
    "avsandare": "avsändaren (t.ex. Kommunstyrelsen)",
    "svarsdatum": "sista svarsdag i svensk form (11 december 2022)",
    "svarsdatum_iso": "sista svarsdag som ÅÅÅÅ-MM-DD",
    "svarsadress": "adressen svaret ska skickas till",
    "datum": "dagens datum (ÅÅÅÅ-MM-DD)",
    "dnr": "nämndens eget diarienummer med klassificering (tomt om okänt)",
    "dokumenttyp": "dokumenttypen i sidhuvudet (TJÄNSTESKRIVELSE)",
    "handlaggare_namn": "egen handläggares namn",
    "handlaggare_telefon": "egen handläggares telefon",
    "stallningstagande": "tillstyrker, avstyrker, avstar eller tomt",
    "rubrik": "rubriken efter vad som remitterats: \"Yttrande över betänkandet …\", \"… motionen …\"",
    "stallningstagande_mening": "meningen under \"<nämnd>s beslut\"",
    "sammanfattning": "lista med stycken: föreslagen sammanfattning, inleds med [FÖRSLAG]",
    "arendet": "lista med stycken: inledningen till \"Ärendet i sin helhet\"",
    "beslutsunderlag": "lista med rader (1. Bilaga Remiss: <titel>)",
    "expedieras_till": "lista med rader (avsändare, svarsadress)",
    "kommun": "kommunen (remiss.toml)",
    "namnd": "nämnden (remiss.toml)",
    "namnd_genitiv": "nämnden i genitiv (remiss.toml)",
    "forvaltning": "förvaltningen (remiss.toml)",
    "samverkan": "texten under Samverkan (remiss.toml)",
    "ordforande": "ordförandens namn (remiss.toml)",
    "forvaltningschef": "förvaltningschefens namn (remiss.toml)",
    "postadress": "förvaltningens postadress (remiss.toml)",
    "besoksadress": "förvaltningens besöksadress (remiss.toml)",
    "webbplats": "förvaltningens webbplats (remiss.toml)",
    "epost": "förvaltningens e-post (remiss.toml)",
    "telefon": "förvaltningens telefon (remiss.toml)",
}


@dataclass(frozen=True)
class Utkast:
    """A written draft: the .docx path, the PDF path when made, and the ställningstagande used."""

    fil: Path
    pdf: Path | None = None
    stallningstagande: str | None = None


# --- pure text ------------------------------------------------------------------------------------


def svenskt_datum(iso: str | None) -> str:
    """Given an ISO date (or None), return it in Swedish running text ("11 december 2022"), '' if unknown."""
    if not iso:
        return ""
    try:
        value = date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    return f"{value.day} {MANADER[value.month - 1]} {value.year}"


def ren_titel(titel: str | None) -> str:
    """Given a remiss title, return it without a leading "Remiss:" ('' when unknown)."""
    return re.sub(r"^\s*remiss\s*:\s*", "", titel or "", flags=re.IGNORECASE).strip()


def stor_bokstav(text: str) -> str:
    """Given a text, return it with its first letter capitalised ("betänkandet X" -> "Betänkandet X")."""
    return text[:1].upper() + text[1:]


# The first word of a title that names what is remitted, as it is written after "Yttrande över".
_SLAG = re.compile(r"^(program|plan|handlingsplan|riktlinjer|riktlinje|strategi|policy|taxa|reglemente|"
                   r"föreskrifter|förslag|översiktsplan|detaljplan|avfallsplan|lokal|regional|delregional)\b",
                   re.IGNORECASE)


def rubrik(titel: str | None) -> str:
    """Given a remiss title, return the draft's heading after what was remitted.

    "Motion: X" -> "Yttrande över motionen X"; "X (SOU 2023:71)" -> "Yttrande över betänkandet X (SOU …)";
    "Program mot hemlöshet" -> "Yttrande över program mot hemlöshet"; otherwise "Yttrande över remissen X".
    """
    text = ren_titel(titel)
    if not text:
        return "Yttrande över remiss"
    motion = re.match(r"motion\s*[:–-]\s*(.+)", text, re.IGNORECASE)
    if motion:
        return f"Yttrande över motionen {motion.group(1).strip()}"
    if re.match(r"motion(en)?\s+(om|angående|gällande|avseende|för)\b", text, re.IGNORECASE):
        return f"Yttrande över {text[0].lower()}{text[1:]}"
    for noun, pattern in (("betänkandet", r"\bSOU\s+\d{4}:\d+"), ("promemorian", r"\bDs\s+\d{4}:\d+")):
        if re.search(pattern, text):
            rest = re.sub(r"^(betänkande(t)?|promemoria(n)?)\s*:?\s+", "", text, flags=re.IGNORECASE)
            return f"Yttrande över {noun} {rest}"
    if _SLAG.match(text):
        return f"Yttrande över {text[0].lower()}{text[1:]}"
    return f"Yttrande över remissen {text}"


def stallningstagande_mening(stallningstagande: str | None, namnd: str, titel: str | None) -> str:
    """Given a ställningstagande value, the nämnd and the title, return the decision sentence in Swedish."""
    if stallningstagande is None:
        return PLATSHALLARE_STALLNINGSTAGANDE
    if stallningstagande not in STALLNINGSTAGANDEN:
        raise InputError(f"okänt ställningstagande '{stallningstagande}'. "
                         "Välj tillstyrker, avstyrker eller avstar.")
    if stallningstagande == "avstar":
        return f"{namnd} avstår från att yttra sig."
    return f"{namnd} {stallningstagande} {remissobjekt(titel)}."


def arendet_inledning(remiss: Remiss, namnd: str) -> list[str]:
    """Given a remiss, return the opening paragraphs of "Ärendet i sin helhet": what is asked and by when."""
    titel = ren_titel(remiss.titel)
    if remiss.avsandare:
        first = f"{remiss.avsandare} har remitterat {titel or 'en remiss'} till {namnd} för yttrande"
    else:
        first = f"{stor_bokstav(titel) or 'Remissen'} har remitterats till {namnd} för yttrande"
    if remiss.svarsdatum:
        first += f" senast {svenskt_datum(remiss.svarsdatum)}"
    first += "."
    if remiss.diarienummer:
        first += f" Remissens diarienummer är {remiss.diarienummer}."
    krav = []
    if remiss.krav.sammanfattning:
        krav.append("en kort sammanfattning")
    if remiss.krav.stallningstagande:
        krav.append("ett tydligt ställningstagande")
    if krav:
        first += f" {remiss.avsandare or 'Avsändaren'} begär att yttrandet innehåller {' och '.join(krav)}."
    return [first]


def expedieras_till(remiss: Remiss) -> list[str]:
    """Given a remiss, return the "Beslutet expedieras till" lines: the sender and its reply address."""
    parts = [p for p in (remiss.avsandare, remiss.svarsadress) if p]
    return [", ".join(parts)] if parts else ["Avsändaren (uppgift saknas i remissen)"]


def bygg_kontext(remiss: Remiss, *, config: Config, stallningstagande: str | None = None,
                 sammanfattning: list[str] | None = None, eget_dnr: str | None = None,
                 handlaggare: str | None = None, telefon: str | None = None,
                 idag: date | None = None) -> dict[str, Any]:
    """Given a remiss and the settings, return the template context (every key in PLATSHALLARE)."""
    titel = stor_bokstav(ren_titel(remiss.titel))
    context: dict[str, Any] = {
        "titel": titel,
        "rubrik": rubrik(remiss.titel),
        "diarienummer": remiss.diarienummer or "",
        "klassificering": remiss.klassificering or "",
        "avsandare": remiss.avsandare or "",
        "svarsdatum": svenskt_datum(remiss.svarsdatum),
        "svarsdatum_iso": remiss.svarsdatum or "",
        "svarsadress": remiss.svarsadress or "",
        "datum": (idag or date.today()).isoformat(),
        "dnr": eget_dnr or "",
        "dokumenttyp": DOKUMENTTYP,
        "handlaggare_namn": handlaggare or "",
        "handlaggare_telefon": telefon or "",
        "stallningstagande": stallningstagande or "",
        "stallningstagande_mening": stallningstagande_mening(stallningstagande, config.namnd, titel),
        "sammanfattning": list(sammanfattning or []),
        "arendet": arendet_inledning(remiss, config.namnd),
        "beslutsunderlag": [f"Bilaga Remiss: {titel}" if titel else "Bilaga Remiss"],
        "expedieras_till": expedieras_till(remiss),
    }
    for key in ("kommun", "namnd", "namnd_genitiv", "forvaltning", "samverkan", "ordforande",
                "forvaltningschef", "postadress", "besoksadress", "webbplats", "epost", "telefon"):
        context[key] = getattr(config, key)
    return context


def standardnamn(remiss: Remiss, eget_dnr: str | None = None, suffix: str = ".docx") -> str:
    """Given a remiss, return the default file name "Yttrande <dnr or titel>.docx" (safe characters)."""
    stem = eget_dnr or remiss.diarienummer or ren_titel(remiss.titel) or "remiss"
    stem = re.sub(r"[\\/:*?\"<>|\s]+", " ", stem).strip()[:80].strip()
    return f"Yttrande {stem}{suffix}"


# --- the template -----------------------------------------------------------------------------------


def _jinja_env() -> Any:
    """Return a fresh sandbox for one template (remiss.mallmiljo): autoescape, StrictUndefined, bounded."""
    from remiss.mallmiljo import Mallmiljo

    return Mallmiljo()


def _oppna_mall(mall: Path) -> Any:
    """Given a template path, return the DocxTemplate or raise TemplateError."""
    from docxtpl import DocxTemplate

    if not mall.is_file():
        raise TemplateError("mallen finns inte. Ange en befintlig .docx med --mall.", fil=str(mall))
    from remiss.limits import check_docx

    try:
        check_docx(mall)  # a zip bomb or a DTD is refused before python-docx unpacks the template
    except InputError as exc:
        raise TemplateError(f"mallen kan inte öppnas som Word-fil: {exc.message}", fil=str(mall)) from exc
    try:
        template = DocxTemplate(str(mall))
        template.init_docx()
    except Exception as exc:  # noqa: BLE001 - python-docx raises many kinds for a broken file
        raise TemplateError(f"mallen kan inte öppnas som Word-fil ({type(exc).__name__}). "
                            "Spara den i Word som .docx.", fil=str(mall)) from exc
    return template


def mallens_stycken(mall: Path) -> list[tuple[str, str]]:
    """Given a template path, return (where, text) for every paragraph of body, headers and footers."""
    from docx import Document
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn

    document = Document(str(mall))
    found: list[tuple[str, str]] = []

    def texts(element: Any, label: str, numbered: bool) -> None:
        for number, paragraph in enumerate(element.iter(qn("w:p")), 1):
            text = "".join(t.text or "" for t in paragraph.iter(qn("w:t")))
            found.append((f"{label} {number}" if numbered else label, text))

    texts(document.element.body, "stycke", True)
    for rel in document.part.rels.values():
        if rel.reltype.endswith(("/header", "/footer")):
            label = "sidhuvudet" if rel.reltype.endswith("/header") else "sidfoten"
            texts(parse_xml(rel.target_part.blob), label, False)
    return found


def _jinja_text(text: str) -> str:
    """Given a paragraph's text, return it with docxtpl's {%p/{%tr/{{r tags made plain jinja."""
    text = re.sub(r"\{%-?\s*(p|tr|tc|r)\s+", "{% ", text)
    return re.sub(r"\{\{-?\s*(p|tr|tc|r)\s+", "{{ ", text)


def _var_pattern(name: str) -> re.Pattern[str]:
    """Given a variable name, return a pattern finding it inside {{ }} or {% %}."""
    return re.compile(r"(\{\{|\{%)[^}]*\b" + re.escape(name) + r"\b")


def _plats(stycken: list[tuple[str, str]], name: str) -> str:
    """Given the template's paragraphs and a placeholder, return where it is ("stycke 7: '…'")."""
    pattern = _var_pattern(name)
    for where, text in stycken:
        if pattern.search(_jinja_text(text)):
            return f"{where}: '{_kort(text)}'"
    return "okänd plats"


def _kort(text: str, n: int = 60) -> str:
    """Given a text, return it shortened to n characters."""
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _syntaxplats(stycken: list[tuple[str, str]]) -> str:
    """Given the template's paragraphs, return where jinja finds a syntax error ('' when it finds none)."""
    from jinja2 import TemplateSyntaxError

    source = "\n".join(_jinja_text(text) for _, text in stycken)
    try:
        _jinja_env().parse(source)
    except TemplateSyntaxError as exc:
        where, text = stycken[min(max((exc.lineno or 1) - 1, 0), len(stycken) - 1)]
        return f" i {where}: '{_kort(text)}'"
    return ""


def kontrollera_mall(mall: Path, nycklar: set[str] | None = None) -> None:
    """Given a template and the known context keys, raise TemplateError on broken syntax or unknown names."""
    from jinja2 import TemplateSyntaxError

    from remiss.mallmiljo import MALLGLOBALER, ForbjudenTagg

    nycklar = (set(PLATSHALLARE) if nycklar is None else set(nycklar)) | MALLGLOBALER
    template = _oppna_mall(mall)
    try:
        undeclared = template.get_undeclared_template_variables(jinja_env=_jinja_env())
    except ForbjudenTagg as exc:
        plats = _syntaxplats(mallens_stycken(mall))
        raise TemplateError(f"mallen använder {{% {exc.tagg} %}}{plats}, som inte är tillåtet i en mall "
                            "(tillåtna taggar: if, for, set och with). Ta bort taggen i Word.",
                            fil=str(mall)) from exc
    except TemplateSyntaxError as exc:
        plats = _syntaxplats(mallens_stycken(mall))
        raise TemplateError(f"mallen har ett syntaxfel i en platshållare{plats} ({exc.message}). "
                            "Rätta {{ … }} / {% … %} i Word.", fil=str(mall)) from exc
    unknown = sorted(set(undeclared) - nycklar)
    if unknown:
        stycken = mallens_stycken(mall)
        name = unknown[0]
        more = f" (och {', '.join(unknown[1:])})" if len(unknown) > 1 else ""
        raise TemplateError(f"mallen använder okänd platshållare '{name}'{more} i {_plats(stycken, name)}. "
                            "Kända platshållare står i mallar/README.md.", fil=str(mall))


def rendera(mall: Path, context: dict[str, Any]) -> bytes:
    """Given a template and a context, return the filled .docx as bytes (TemplateError when it fails)."""
    from jinja2 import TemplateError as JinjaError

    from remiss.mallmiljo import MallSparr

    kontrollera_mall(mall, set(context))
    template = _oppna_mall(mall)
    try:
        template.render(context, jinja_env=_jinja_env(), autoescape=True)
    except MallSparr as exc:  # the sandbox refused something: its message is already Swedish
        raise TemplateError(str(exc.message), fil=str(mall)) from exc
    except JinjaError as exc:
        raise TemplateError(f"mallen kan inte fyllas i ({exc.message}). Kontrollera platshållarna i Word.",
                            fil=str(mall)) from exc
    except (ArithmeticError, LookupError, TypeError, ValueError, RecursionError, MemoryError) as exc:
        # a template is untrusted input: whatever its expressions raise is the template's error
        raise TemplateError(f"mallen kan inte fyllas i ({type(exc).__name__}: {exc}). "
                            "Kontrollera platshållarna i Word.", fil=str(mall)) from exc
    if context.get("titel"):  # the PDF's title for screen readers
        template.docx.core_properties.title = f"Yttrande över Remiss: {context['titel']}"
    if context.get("namnd"):
        template.docx.core_properties.author = str(context["namnd"])
    buffer = BytesIO()
    template.save(buffer)
    return buffer.getvalue()


SOFFICE_PLATSER = (r"C:\Program Files\LibreOffice\program\soffice.exe",
                   r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
                   "/Applications/LibreOffice.app/Contents/MacOS/soffice")


def soffice() -> str | None:
    """Return the LibreOffice program (soffice) when installed (PATH or its usual place), else None."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found:
        return found
    return next((p for p in SOFFICE_PLATSER if os.path.isfile(p)), None)


PDF_FILTER = 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}'


def till_pdf(docx: Path, target: Path | None = None, *, force: bool = False, timeout: float = 180) -> Path:
    """Given a .docx, write a tagged (accessible) PDF with LibreOffice headless and return its path."""
    program = soffice()
    if program is None:
        raise RemissError("LibreOffice saknas, så ingen PDF skapades. Installera LibreOffice "
                          "(Debian: apt install libreoffice-writer-nogui) eller spara som PDF i Word.")
    target = Path(target) if target else docx.with_suffix(".pdf")
    with tempfile.TemporaryDirectory(prefix="remiss-lo-") as tmp:
        profile, outdir = Path(tmp) / "profil", Path(tmp) / "ut"
        command = [program, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
                   "--convert-to", PDF_FILTER, "--outdir", str(outdir), str(docx)]
        try:
            result = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise RemissError(f"LibreOffice kunde inte starta eller blev inte klar ({exc}).",
                              fil=str(docx)) from exc
        produced = outdir / f"{docx.stem}.pdf"
        if not produced.is_file():
            detail = (result.stderr or result.stdout or "").strip().splitlines()[-1:] or ["inget svar"]
            raise RemissError(f"LibreOffice kunde inte skapa PDF:en ({detail[0]}).", fil=str(docx))
        return skriv_atomiskt(produced.read_bytes(), target, force=force)


# --- the whole draft -------------------------------------------------------------------------------


def skriv_utkast(remiss: Remiss, *, config: Config | None = None, handling: Handling | None = None,
                 stallningstagande: str | None = None, mall: str | Path | None = None,
                 utfil: str | Path | None = None, force: bool = False, pdf: bool = False,
                 eget_dnr: str | None = None, handlaggare: str | None = None, telefon: str | None = None,
                 idag: date | None = None) -> Utkast:
    """Given a remiss (and its file's text for the sammanfattning), write the draft and return its paths."""
    config = config or load_config()
    if pdf and soffice() is None:
        raise RemissError("LibreOffice saknas, så ingen PDF kan skapas. Installera LibreOffice "
                          "(Debian: apt install libreoffice-writer-nogui) eller kör utan --pdf.")
    sammanfattning = foresla_sammanfattning(remiss, handling)
    context = bygg_kontext(remiss, config=config, stallningstagande=stallningstagande,
                           sammanfattning=sammanfattning, eget_dnr=eget_dnr, handlaggare=handlaggare,
                           telefon=telefon, idag=idag)
    data = rendera(Path(mall) if mall else STANDARDMALL, context)
    target = Path(utfil) if utfil else Path.cwd() / standardnamn(remiss, eget_dnr)
    if target.suffix.lower() != ".docx":
        raise InputError("utkastet ska sparas som .docx. Ange ett filnamn som slutar på .docx med -o.",
                         fil=str(target))
    if pdf and target.with_suffix(".pdf").exists() and not force:
        raise InputError("filen finns redan. Använd --force för att skriva över den, eller välj ett annat "
                         "namn med -o.", fil=str(target.with_suffix(".pdf")))
    written = skriv_atomiskt(data, target, force=force)
    pdf_path = till_pdf(written, force=force) if pdf else None
    return Utkast(fil=written, pdf=pdf_path, stallningstagande=stallningstagande)


# --- where the remiss comes from: the register (ID) or a file (FIL) ---------------------------------


@dataclass(frozen=True)
class Underlag:
    """A remiss to answer, the text of its file (for the sammanfattning) and its register entry if any."""

    remiss: Remiss
    handling: Handling | None = None
    post_id: int | None = None
    status: str | None = None
    eget_dnr: str | None = None
    handlaggare: str | None = None
    senaste_utkast: str | None = None
    utkast_sha256: str | None = None  # the sha256 of senaste_utkast when `remiss utkast` wrote it
    utkast_pdf_sha256: str | None = None  # the same for the PDF written beside it (--pdf)


def ar_id(kalla: str) -> bool:
    """Given the ID|FIL argument, return True when it is a register id (digits, no such file)."""
    return kalla.strip().isdigit() and not Path(kalla).exists()


def register_url(databas: str | None, config: Config) -> str | None:
    """Given --databas and the config, return the register URL (argument, REMISS_DATABAS, config)."""
    return databas or os.environ.get("REMISS_DATABAS") or config.databas


def hamta_underlag(kalla: str, *, config: Config, databas: str | None = None, nr: int | None = None,
                   med_text: bool = True) -> Underlag:
    """Given ID|FIL, return the remiss from the register or the file (--nr picks one of several)."""
    if ar_id(kalla):
        return _fran_register(int(kalla), config=config, databas=databas, med_text=med_text)
    return _fran_fil(Path(kalla), config=config, nr=nr, med_text=med_text)


def _fran_register(post_id: int, *, config: Config, databas: str | None, med_text: bool) -> Underlag:
    """Given a register id, return the Underlag of that entry (its source file read when it still exists)."""
    from remiss.register import open_register

    with open_register(register_url(databas, config), skapa=False) as reg:
        post = reg.get(post_id)
        utkast = [h.efter for h in reg.history(post_id)
                  if h.handelse == "utkast" and isinstance(h.efter, dict) and h.efter.get("fil")]
    handling = None
    if med_text and post.kalla_fil and Path(post.kalla_fil).is_file():
        handling = _las_tyst(Path(post.kalla_fil))
    return Underlag(remiss=post.remiss, handling=handling, post_id=post.id, status=post.status,
                    eget_dnr=post.eget_dnr, handlaggare=post.handlaggare,
                    senaste_utkast=str(utkast[-1]["fil"]) if utkast else None,
                    utkast_sha256=_text(utkast[-1].get("sha256")) if utkast else None,
                    utkast_pdf_sha256=_text(utkast[-1].get("pdf_sha256")) if utkast else None)


def _text(value: Any) -> str | None:
    """Given a value from the event log, return it when it is a string, else None."""
    return value if isinstance(value, str) else None


def _las_tyst(path: Path) -> Handling | None:
    """Given a path, return its Handling, or None when it can no longer be read."""
    from remiss.read import read_file

    try:
        return read_file(path)
    except RemissError:
        return None


def _fran_fil(path: Path, *, config: Config, nr: int | None, med_text: bool) -> Underlag:
    """Given a remiss file, return the Underlag of its remiss (the nr:th when it holds several)."""
    from remiss.pipeline import tolka_fil
    from remiss.read import read_file

    if not path.exists():
        raise InputError("filen finns inte, och det är inget id i registret. "
                         "Ange en remiss-PDF eller ett id.",
                         fil=str(path))
    remisser = tolka_fil(path, egen_instans=config.namnd, organisationer=config.organisationer)
    if not remisser:
        raise InputError("ingen remiss (missiv) hittades i filen. Kontrollera att det är en remiss.",
                         fil=str(path))
    if nr is None and len(remisser) > 1:
        lista = "; ".join(f"{i}) {ren_titel(r.titel) or '?'} ({r.diarienummer or 'inget dnr'})"
                          for i, r in enumerate(remisser, 1))
        raise InputError(f"filen innehåller {len(remisser)} remisser: {lista}. Välj en med --nr.",
                         fil=str(path))
    index = (nr or 1) - 1
    if not 0 <= index < len(remisser):
        raise InputError(f"--nr {nr} finns inte: filen innehåller {len(remisser)} remisser.", fil=str(path))
    return Underlag(remiss=remisser[index], handling=read_file(path) if med_text else None)


def write_utkast(kalla: str, *, config: Config | None = None, databas: str | None = None,
                 nr: int | None = None, eget_dnr: str | None = None, handlaggare: str | None = None,
                 **options: Any) -> Utkast:
    """Given ID|FIL, write the draft; with an ID move the entry to under_beredning and log the draft."""
    config = config or load_config()
    underlag = hamta_underlag(kalla, config=config, databas=databas, nr=nr)
    utkast = skriv_utkast(underlag.remiss, config=config, handling=underlag.handling,
                          eget_dnr=eget_dnr or underlag.eget_dnr,
                          handlaggare=handlaggare or underlag.handlaggare, **options)
    if underlag.post_id is not None:
        _logga_utkast(underlag, utkast, config=config, databas=databas)
    return utkast


def _logga_utkast(underlag: Underlag, utkast: Utkast, *, config: Config, databas: str | None) -> None:
    """Given a written draft of a register entry, set status under_beredning and log the draft's path."""
    from remiss.read import sha256_of
    from remiss.register import open_register

    # the sha256 lets `remiss svar` attach this file only while it is the draft this register wrote
    after: dict[str, Any] = {"fil": str(utkast.fil.resolve()), "sha256": sha256_of(utkast.fil)}
    if utkast.pdf:
        after["pdf"] = str(utkast.pdf.resolve())
        after["pdf_sha256"] = sha256_of(utkast.pdf)
    if utkast.stallningstagande:
        after["stallningstagande"] = utkast.stallningstagande
    assert underlag.post_id is not None
    with open_register(register_url(databas, config), skapa=False) as reg:
        flytta_status(reg, underlag.post_id, "under_beredning", user=config.anvandare)
        reg.log_event(underlag.post_id, "utkast", user=config.anvandare, after=after)


STATUSKEDJA = ("inkommen", "tilldelad", "under_beredning", "beslutad", "besvarad")


def statussteg(nuvarande: str, mal: str) -> list[str]:
    """Given the current and the wanted status, return the steps of the chain between them ([] if none)."""
    if nuvarande not in STATUSKEDJA or mal not in STATUSKEDJA:
        return []
    start, slut = STATUSKEDJA.index(nuvarande), STATUSKEDJA.index(mal)
    return list(STATUSKEDJA[start + 1:slut + 1])


def flytta_status(reg: Any, post_id: int, mal: str, *, user: str | None) -> None:
    """Given an open register, move an entry forward along the status chain to `mal` (never backwards)."""
    for steg in statussteg(reg.get(post_id).status, mal):
        reg.update(post_id, status=steg, user=user)
