"""Bygg mallar/sammanstallning.docx (Sammanställning av remissvar) med python-docx.

Mallen redigeras av förvaltningen i Word; skriptet bygger om den från grunden (och skriver då över
ändringarna):  .venv/bin/python mallar/skapa_sammanstallning.py [UTFIL]
Typsnitt, sidhuvud och stilar är desamma som i yttrandemallen (mallar/skapa_mall.py).
Platshållarna (docxtpl/jinja2) står i mallar/README.md.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.shared import Cm

sys.path.insert(0, str(Path(__file__).resolve().parent))
from skapa_mall import RUBRIK, _cell_text, _font, ny_a4, spara  # noqa: E402

MALL = Path(__file__).resolve().parent / "sammanstallning.docx"
KOLUMNER = (
    ("Remissinstans", "{{ rad.instans }}", 5.0),
    ("Ställningstagande", "{{ rad.stallningstagande }}", 3.2),
    ("Datum", "{{ rad.datum }}", 2.6),
    ("Sammanfattning", "{{ rad.har_sammanfattning }}", 2.6),
    ("Anmärkning", "{{ rad.anmarkning }}", 3.6),
)


def _huvud(section: object) -> None:
    """Given the section, write the page header: kommun and förvaltning."""
    paragraph = section.header.paragraphs[0]  # type: ignore[attr-defined]
    run = paragraph.add_run("{{ kommun }}")
    _font(run, RUBRIK, 10, bold=True)
    rest = paragraph.add_run("\t{{ forvaltning }}")
    _font(rest, RUBRIK, 10, bold=False)


def _inledning(doc: object) -> None:
    """Write the title and the remiss's facts."""
    add = doc.add_paragraph  # type: ignore[attr-defined]
    add("Sammanställning av remissvar", style="Heading 1")
    add("{{ remiss_titel }}", style="Heading 2")
    add(
        "Diarienummer: {{ diarienummer }}. Remissen skickades av {{ avsandare }} {{ remiss_datum }} "
        "med sista svarsdag {{ svarsdatum }}."
    )
    add(
        "{{ antal_svar }} av {{ antal_instanser }} remissinstanser har svarat{{ sena_text }}. "
        "Sammanställd {{ datum }}."
    )


def _tabell(doc: object) -> None:
    """Write the table: a header row and one row per answer (docxtpl row loop)."""
    table = doc.add_table(rows=4, cols=len(KOLUMNER))  # type: ignore[attr-defined]
    table.style = "Table Grid"
    for col, (rubrik, _, bredd) in enumerate(KOLUMNER):
        _cell_text(table.rows[0].cells[col], rubrik, "Normal", bold=True)
        for row in table.rows:
            row.cells[col].width = Cm(bredd)
    table.rows[1].cells[0].paragraphs[0].add_run("{%tr for rad in rader %}")
    for col, (_, varde, _) in enumerate(KOLUMNER):
        table.rows[2].cells[col].paragraphs[0].add_run(varde)
    table.rows[3].cells[0].paragraphs[0].add_run("{%tr endfor %}")


def _loop(doc: object, item: str, items: str, texts: list[tuple[str, str | None]]) -> None:
    """Write a docxtpl paragraph loop with one paragraph per (text, style)."""
    add = doc.add_paragraph  # type: ignore[attr-defined]
    add(f"{{%p for {item} in {items} %}}")
    for text, style in texts:
        add(text, style=style)
    add("{%p endfor %}")


def _avsnitt(doc: object) -> None:
    """Write each answer's gist, the missing instanser and the other answers."""
    add = doc.add_paragraph  # type: ignore[attr-defined]
    add("Remissvaren i korthet", style="Heading 2")
    _loop(
        doc,
        "rad",
        "rader",
        [
            ("{{ rad.instans }}: {{ rad.stallningstagande }} ({{ rad.datum }})", "Heading 3"),
            ("{{ rad.sammanfattning }}", None),
        ],
    )
    add("Remissinstanser som inte har svarat", style="Heading 2")
    add("{{ saknas_text }}")
    _loop(doc, "namn", "saknas", [("{{ namn }}", "List Bullet")])
    add("Övriga svar", style="Heading 2")
    add("{{ ovriga_text }}")
    _loop(
        doc,
        "rad",
        "ovriga",
        [
            (
                "{{ rad.avsandare }} ({{ rad.fil }}): {{ rad.stallningstagande }}. {{ rad.orsak }}.",
                "List Bullet",
            )
        ],
    )


def build(path: Path = MALL) -> Path:
    """Given an output path, write the sammanställning template there and return the path."""
    doc, section = ny_a4()
    _huvud(section)
    _inledning(doc)
    _tabell(doc)
    _avsnitt(doc)
    return spara(doc, path, "Sammanställning av remissvar")


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else MALL
    print(build(target))
