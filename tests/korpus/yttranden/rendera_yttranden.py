"""Render the corpus source texts (<id>.txt) of yttranden/ and prov/ to PDF or DOCX, keeping the wording.

Usage: .venv/bin/python tests/korpus/yttranden/rendera_yttranden.py [--force] [MAPP ...]

Each <id>.json names its file ("fil") and its layout ("layout"):
  brev    PDF, Times, title bold, short lines as bold headings, footer "Sida n(N)"
  webb    PDF, Helvetica, large title, as a printed web page (no page label)
  stycke  PDF, small Helvetica, each source line one justified paragraph (docplayer transcripts)
  docx    DOCX, title as Heading 1, short lines as Heading 2, the rest Normal paragraphs
A "delning" list in <id>.json splits a transcript joined into one paragraph before each of its phrases.
The text is the source text after its first line ("# source: ..."); every word is kept, nothing added
but the page label of the brev layout.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from xml.sax.saxutils import escape

KORPUS = Path(__file__).resolve().parent.parent
MAX_RUBRIK = 70


def block_lines(txt: Path) -> list[str]:
    """Return the non-empty lines of a source text, without its '# source:' line."""
    lines = txt.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines[1:] if line.strip()]


def split_at(lines: list[str], phrases: list[str]) -> list[str]:
    """Given lines and phrases in reading order, return the text split before each phrase (docplayer)."""
    text = " ".join(lines)
    out, start = [], 0
    for phrase in phrases:
        at = text.find(phrase, start + 1)
        if at <= start:
            continue
        out.append(text[start:at].strip())
        start = at
    out.append(text[start:].strip())
    return [part for part in out if part]


def is_heading(line: str) -> bool:
    """Return True for a line printed as a heading: short, not a sentence."""
    return len(line) <= MAX_RUBRIK and not line.endswith((".", ",", ";")) and not line[:1].islower()


def render_pdf(lines: list[str], out: Path, layout: str) -> None:
    """Write the lines as a PDF in the given layout (brev, webb, stycke)."""
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    font, bold = ("Times-Roman", "Times-Bold") if layout == "brev" else ("Helvetica", "Helvetica-Bold")
    size = 9 if layout == "stycke" else 11
    body = ParagraphStyle("body", fontName=font, fontSize=size, leading=size * 1.3, spaceAfter=size * 0.6)
    if layout == "stycke":
        body.alignment = TA_JUSTIFY
    title = ParagraphStyle("title", parent=body, fontName=bold, fontSize=18 if layout == "webb" else 14,
                           leading=22 if layout == "webb" else 18, spaceAfter=10)
    heading = ParagraphStyle("heading", parent=body, fontName=bold, spaceBefore=6)
    story = []
    for number, line in enumerate(lines):
        if number == 0 and layout != "stycke":
            story.append(Paragraph(escape(line), title))
        elif layout != "stycke" and is_heading(line):
            story.append(Paragraph(escape(line), heading))
        else:
            story.append(Paragraph(escape(line), body))
    story.append(Spacer(1, 2 * mm))

    def footer(canvas, doc):  # noqa: ANN001 - reportlab callback
        if layout != "brev":
            return
        canvas.saveState()
        canvas.setFont(font, 9)
        canvas.drawRightString(A4[0] - 20 * mm, A4[1] - 12 * mm, f"Sida {doc.page}({doc.antal})")
        canvas.restoreState()

    margin = 15 * mm if layout == "stycke" else 25 * mm

    def build(antal: int) -> int:
        doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=margin, rightMargin=margin,
                                topMargin=22 * mm, bottomMargin=20 * mm)
        doc.antal = antal
        doc.build(list(story), onFirstPage=footer, onLaterPages=footer)
        return doc.page

    pages = build(1)
    if layout == "brev" and pages != 1:
        build(pages)


def render_docx(lines: list[str], out: Path) -> None:
    """Write the lines as a DOCX: title Heading 1, short lines Heading 2, the rest Normal."""
    import docx

    document = docx.Document()
    for number, line in enumerate(lines):
        if number == 0:
            document.add_heading(line, level=1)
        elif is_heading(line):
            document.add_heading(line, level=2)
        else:
            document.add_paragraph(line)
    document.save(str(out))


def main(argv: list[str]) -> int:
    force = "--force" in argv
    mappar = [a for a in argv if not a.startswith("--")] or ["yttranden", "prov"]
    for mapp in mappar:
        for truth in sorted((KORPUS / mapp).glob("*.json")):
            facit = json.loads(truth.read_text(encoding="utf-8"))
            txt = truth.with_suffix(".txt")
            if not txt.exists() or "layout" not in facit:
                continue
            out = truth.with_name(facit["fil"])
            if out.exists() and not force:
                continue
            lines = block_lines(txt)
            if facit.get("delning"):
                lines = split_at(lines, facit["delning"])
            if facit["layout"] == "docx":
                render_docx(lines, out)
            else:
                render_pdf(lines, out, facit["layout"])
            print(f"{mapp}/{out.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
