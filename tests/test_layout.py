"""Layout: text objects become rows with position, font size and weight (remiss.layout, remiss.read)."""

from __future__ import annotations

from pathlib import Path

from remiss.layout import Piece, Row, join_hyphenated, rows_of


def piece(text: str, x0: float, top: float, *, size: float = 10.0, bold: bool = False) -> Piece:
    """Return a Piece of text starting at (x0, top), about 6 points a character wide."""
    return Piece(text=text, x0=x0, top=top, x1=x0 + 5.0 * len(text), bottom=top + size, size=size, bold=bold)


def test_pieces_on_one_baseline_are_one_row_with_cells_at_wide_gaps() -> None:
    """A header drawn last comes first; pieces far apart on a row are cells, near ones are words."""
    rows = rows_of(
        [
            piece("Remissvaren ska ha kommit in", 55, 300),
            piece("Datum", 55, 100),
            piece("2024-03-01", 300, 100),
            piece("Dnr", 55, 115),
            piece("KS", 300, 115),
            piece("2024-00031", 313, 115),
        ]
    )
    assert [row.text for row in rows] == [
        "Datum | 2024-03-01",
        "Dnr | KS 2024-00031",
        "Remissvaren ska ha kommit in",
    ]
    assert rows[0].cells_x == (55, 300)


def test_row_is_bold_when_most_of_its_text_is_bold_and_keeps_its_size() -> None:
    """The weight of a row follows the majority of its characters; the size follows its longest piece."""
    (row,) = rows_of(
        [piece("Remiss: Riktlinjer för delaktighet", 55, 50, size=15, bold=True), piece("1", 200, 52)]
    )
    assert row.bold and row.size == 15


def test_line_end_hyphen_joins_the_word_but_not_before_och() -> None:
    """'remis-' + 'sen är' becomes 'remissen är'; 'Vård-' + 'och omsorg' keeps its dash."""

    def row(text: str) -> Row:
        return Row(text=text, cells_x=(), top=0, x0=0, size=10, bold=False)

    joined = join_hyphenated(
        [
            row("Sista dag att svara på remis-"),
            row("sen är den 6 oktober 2025."),
            row("Vård-"),
            row("och omsorgsnämnden"),
        ]
    )
    assert [r.text for r in joined] == [
        "Sista dag att svara på remissen",
        "är den 6 oktober 2025.",
        "Vård-",
        "och omsorgsnämnden",
    ]


def test_pdf_lines_carry_font_size_weight_and_position(tmp_path: Path) -> None:
    """A reportlab heading in Helvetica-Bold 15 reads as a bold 15-point line; body text as 10 points."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from remiss.read import read_file

    path = tmp_path / "rubrik.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont("Helvetica-Bold", 15)
    pdf.drawString(60, 780, "Öppen remiss för Hallands kulturplan")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(60, 750, "Yttranden ska vara inkomna senast den 15 augusti 2020.")
    pdf.drawString(400, 750, "Sida 1(1)")
    pdf.save()
    heading, body = read_file(path).pages[0].lines
    assert (heading.text, heading.bold, heading.size) == ("Öppen remiss för Hallands kulturplan", True, 15)
    assert body.text == "Yttranden ska vara inkomna senast den 15 augusti 2020. | Sida 1(1)"
    assert not body.bold and body.size == 10 and body.x0 is not None and round(body.x0) == 60


def test_rows_keep_their_right_and_lower_edge() -> None:
    """A row of one piece and a row of several keep their box (x1, bottom), so --bild can frame them."""
    from remiss.layout import Piece, rows_of

    alone = Piece("Remiss: Program", x0=70.0, top=100.0, x1=250.0, bottom=114.0, size=14.0, bold=True)
    left = Piece("Datum", x0=300.0, top=60.0, x1=330.0, bottom=70.0, size=10.0, bold=False)
    right = Piece("2024-03-15", x0=400.0, top=60.5, x1=455.0, bottom=70.5, size=10.0, bold=False)
    rows = rows_of([alone, left, right])
    boxes = [(r.x0, r.top, r.x1, r.bottom) for r in rows]
    assert boxes == [(300.0, 60.0, 455.0, 70.5), (70.0, 100.0, 250.0, 114.0)]
