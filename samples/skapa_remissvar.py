"""Skapa exempel på remissvar till samples/remissvar/: svar på seed-remissen om delaktighet och inflytande.

Körs som `.venv/bin/python samples/skapa_remissvar.py [--ut MAPP]`. Deterministiskt (reportlab
`invariant=1`, DOCX och e-post med fasta tidsstämplar). Svaren är skrivna i flera layouter: Borås
yttranden (ett riktigt, sida 24 i samples/paket/sammantrade_003.pdf), andra organisationers
remissvarsbrev, ett protokollsutdrag, ett Word-dokument, e-post med svaret som bilaga och i brödtexten,
ett svar från en organisation som inte är remissinstans (Naturvårdsverkets riktiga yttrande, korpus k05),
ett svar utan avsändare och en trasig fil. Brödtexterna är hämtade ur riktiga yttranden: Arbetslivs-
nämndens yttrande över samma remiss (seed 003), Stockholms stads PM 2016:122 om Demokratiutredningen
(docplayer.se/32932407), Huddinge kommuns svar på SOU 2018:22 (docplayer.se/114808613) och Eskilstuna
kommuns yttrande över RUFS 2010 (5dok.org/document/y4wk14pk); källorna står vid varje text.

`facit.json` skrivs från samma data: för varje fil vilken remissinstans som svarat (eller null),
ställningstagandet, datum, om svaret är sent och om det är det som gäller; och listan över dem som saknas.
"""

from __future__ import annotations

import argparse
import io
import json
import re
import zipfile
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from generera import FONT, S_DELAKTIGHET  # the missiv these answer, and the fonts (DejaVu when installed)
from generera import FONT_BOLD as BOLD
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas

ROOT = Path(__file__).resolve().parent.parent
UT = ROOT / "samples" / "remissvar" / "delaktighet"
PAKET = ROOT / "samples" / "paket" / "sammantrade_003.pdf"
K05 = ROOT.parent / "shared" / "korpus" / "docs" / "k05_nv_regionindelning.pdf"

TITEL = S_DELAKTIGHET.titel
# Real text: Arbetslivsnämndens yttrande över samma remiss (seed 003, sammantrade_003.pdf s. 24).
ALN_TEXT = (
    "Delaktighet skapar förståelse för det demokratiska systemet och dokumentet ligger i linje med "
    "tillitsresans arbete och framtagandet av det nya styr och ledningssystemet."
)
# Real text: Stockholms stad, PM 2016:122 (docplayer.se/32932407), om Demokratiutredningen.
STHLM_TEXT = (
    "Uppdraget har varit att utreda hur engagemanget inom den representativa demokratin kan öka och "
    "breddas samt möjligheten till delaktighet i och inflytande mellan de allmänna valen. "
    "Kommunfullmäktige bör anta riktlinjer eller principer om när och inför vilka beslut som "
    "medlemmarna ska ges tillfälle att framföra sina synpunkter samt hur medborgardialoger ska "
    "genomföras."
)
# Real text: Huddinge kommun, svar på remiss SOU 2018:22 (docplayer.se/114808613).
HUDDINGE_TEXT = (
    "Remissinstanserna är medvetna om de problem som finns hos rådande system och är i grunden "
    "positivt inställda till de förändringar som föreslås, men redovisar även en del synpunkter "
    "på innehållet."
)
# Real text: Eskilstuna kommun, yttrande över RUFS 2010 (5dok.org/document/y4wk14pk).
ESKILSTUNA_TEXT = (
    "Förslaget innehåller en rimlig och genomtänkt vision, övergripande mål och strategi. "
    "Den föreslagna målbilden bör dock diskuteras ytterligare mellan de aktuella aktörerna."
)


class Brev:
    """A simple A4 letter: lines of text placed top-down, wrapped, with page breaks."""

    def __init__(self, path: Path, titel: str) -> None:
        self.c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
        self.c.setTitle(titel)
        self.y = A4[1] - 60
        self.sida = 1

    def rad(self, text: str, *, x: float = 70, size: float = 11, bold: bool = False, luft: float = 4) -> None:
        """Write one paragraph, wrapped to the page width."""
        font = BOLD if bold else FONT
        for line in _wrap(text, font, size, A4[0] - 60 - x):
            if self.y < 80:
                self.c.showPage()
                self.y = A4[1] - 60
            self.c.setFont(font, size)
            self.c.drawString(x, self.y, line)
            self.y -= size + 3
        self.y -= luft

    def huvud(self, vanster: list[str], hoger: list[tuple[str, str]]) -> None:
        """Write a letterhead at the left and label/value pairs at the right (Borås layout)."""
        top = self.y
        for text in vanster:
            self.rad(text, bold=text == vanster[0], luft=0)
        y_left = self.y
        self.y = top
        for label, value in hoger:
            self.rad(label, x=360, size=8, luft=0)
            self.rad(value, x=360, luft=2)
        self.y = min(self.y, y_left) - 24

    def spara(self) -> None:
        self.c.save()


def _wrap(text: str, font: str, size: float, avail: float) -> list[str]:
    words, lines, current = text.split(), [], ""
    for word in words:
        trial = f"{current} {word}".strip()
        if pdfmetrics.stringWidth(trial, font, size) <= avail or not current:
            current = trial
        else:
            lines.append(current)
            current = word
    return lines + ([current] if current else [])


def boras_yttrande(
    path: Path,
    *,
    namnd: str,
    genitiv: str,
    datum: str,
    dnr: str,
    beslut: str,
    sammanfattning: str | None,
    text: str,
) -> None:
    """A yttrande in Borås Stad's layout: header block, title, beslut, sammanfattning, ärendet, signatures."""
    brev = Brev(path, f"Yttrande över Remiss: {TITEL}")
    brev.huvud(["Borås Stad", namnd], [("Datum", datum), ("Instans", namnd), ("Dnr", dnr)])
    brev.rad(f"Yttrande över Remiss: {TITEL}", size=15, bold=True, luft=12)
    brev.rad(f"{genitiv} beslut", size=13, bold=True)
    brev.rad(beslut, luft=10)
    if sammanfattning:
        brev.rad("Sammanfattning", size=13, bold=True)
        brev.rad(sammanfattning, luft=10)
    brev.rad("Ärendet i sin helhet", size=13, bold=True)
    brev.rad(text, luft=10)
    brev.rad("Beslutsunderlag", size=13, bold=True)
    brev.rad(f"1. Bilaga Remiss {TITEL}.", luft=10)
    brev.rad("Beslutet expedieras till", size=13, bold=True)
    brev.rad("1. Kommunstyrelsen, ks.diarium@boras.se", luft=20)
    brev.rad("Anna Andersson", luft=0)
    brev.rad("Ordförande", luft=10)
    brev.rad("Erik Eriksson", luft=0)
    brev.rad("Förvaltningschef")
    brev.spara()


def brev_remissvar(
    path: Path,
    *,
    org: str,
    adress: list[str],
    datum: str,
    rubrik: str,
    stycken: list[str],
    underskrift: list[str],
) -> None:
    """A remissvar letter from an organisation outside the förvaltning layout: letterhead, addressee, text."""
    brev = Brev(path, rubrik)
    brev.rad(org, size=14, bold=True, luft=2)
    brev.rad(f"Datum: {datum}", size=9, luft=18)
    for rad in adress:
        brev.rad(rad, x=330, luft=0)
    brev.y -= 24
    brev.rad(rubrik, size=14, bold=True, luft=10)
    for stycke in stycken:
        brev.rad(stycke, luft=8)
    brev.y -= 12
    for rad in underskrift:
        brev.rad(rad, luft=0)
    brev.spara()


def protokoll(path: Path) -> None:
    """A protokollsutdrag: the nämnd's § with its decision (kontroll finds no yttrande title after a §)."""
    brev = Brev(path, "Protokollsutdrag")
    brev.rad("Kulturnämnden", size=14, bold=True, luft=0)
    brev.rad("PROTOKOLLSUTDRAG", size=9, luft=2)
    brev.rad("Sammanträdesdatum 2022-11-22", size=9, luft=18)
    brev.rad("§ 145", size=13, bold=True, luft=4)
    brev.rad(f"Yttrande över remiss: {TITEL}", size=13, bold=True, luft=0)
    brev.rad("Dnr KUN 2022-00231", size=9, luft=10)
    brev.rad("Kulturnämndens beslut", size=12, bold=True)
    brev.rad(
        "Kulturnämnden tillstyrker förslaget till riktlinjer för delaktighet och inflytande för medborgare.",
        luft=10,
    )
    brev.rad("Ärendet", size=12, bold=True)
    brev.rad("Kommunstyrelsen har remitterat förslaget till Kulturnämnden. " + STHLM_TEXT, luft=10)
    brev.rad("Justerandes signatur", size=8, luft=0)
    brev.rad("Utdragsbestyrkande", size=8)
    brev.spara()


def servicenamnden_docx(path: Path) -> None:
    """A yttrande written in Word: heading styles, 'Förslag till beslut', 'har inget att erinra'."""
    from docx import Document

    doc = Document()
    doc.core_properties.created = datetime(2022, 11, 30, tzinfo=UTC)
    doc.core_properties.modified = datetime(2022, 11, 30, tzinfo=UTC)
    doc.add_paragraph("Servicenämnden")
    doc.add_paragraph("2022-11-30")
    doc.add_paragraph("Dnr SN 2022-00412")
    doc.add_heading(f"Yttrande över remiss {TITEL}", level=1)
    doc.add_heading("Förslag till beslut", level=2)
    doc.add_paragraph("Servicenämnden har inget att erinra mot förslaget till riktlinjer.")
    doc.add_heading("Sammanfattning", level=2)
    doc.add_paragraph(
        "Servicenämnden ser att riktlinjerna ger ett gemensamt stöd för dialog med invånarna. " + ALN_TEXT
    )
    doc.add_heading("Ärendet", level=2)
    doc.add_paragraph(HUDDINGE_TEXT)
    buffer = io.BytesIO()
    doc.save(buffer)
    path.write_bytes(_fast_zip(buffer.getvalue()))


def _fast_zip(data: bytes) -> bytes:
    """Given a .docx, return it with fixed timestamps in the zip, so two runs give the same bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2022, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def epost(
    path: Path, *, fran: str, amne: str, tid: datetime, text: str, bilaga: tuple[str, bytes] | None = None
) -> None:
    """An e-mail as .eml: the answer attached (PDF) or in the body, with a fixed Message-ID."""
    msg = EmailMessage()
    msg["From"] = fran
    msg["To"] = "ks.diarium@boras.se"
    msg["Subject"] = amne
    msg["Date"] = format_datetime(tid)
    msg["Message-ID"] = f"<{path.stem}@exempel.invalid>"
    msg.set_content(text)
    if bilaga:
        msg.add_attachment(bilaga[1], maintype="application", subtype="pdf", filename=bilaga[0])
        msg.set_boundary("=====remiss-exempel=====")
    path.write_bytes(bytes(msg))


def aln_sida(path: Path) -> bool:
    """Page 24 of the meeting package (Arbetslivsnämndens real yttrande over this remiss) as its own PDF."""
    if not PAKET.exists():
        return False
    import pypdfium2 as pdfium

    src = pdfium.PdfDocument(str(PAKET))
    ny = pdfium.PdfDocument.new()
    ny.import_pages(src, [23])
    buffer = io.BytesIO()
    ny.save(buffer)
    data = re.sub(rb"CreationDate\(D:\d{14}", b"CreationDate(D:20221115000000", buffer.getvalue())
    noll = b"0" * 32
    data = re.sub(rb"/ID\[<[0-9A-F]{32}><[0-9A-F]{32}>\]", b"/ID[<" + noll + b"><" + noll + b">]", data)
    path.write_bytes(data)  # fixed date and ID: two runs give the same bytes
    return True


def skapa(ut: Path) -> dict:
    """Write every answer to `ut` and return the facit."""
    ut.mkdir(parents=True, exist_ok=True)
    facit: dict[str, dict] = {}

    def svar(
        fil: str,
        instans: str | None,
        stall: str | None,
        datum: str | None,
        *,
        sen: bool = False,
        galler: bool = True,
        fel: bool = False,
    ) -> None:
        facit[fil] = {
            "instans": instans,
            "stallningstagande": stall,
            "datum": datum,
            "sen": sen,
            "galler": galler,
            "fel": fel,
        }

    if aln_sida(ut / "Arbetslivsnämnden ALN 2022-00082.pdf"):
        svar("Arbetslivsnämnden ALN 2022-00082.pdf", "Arbetslivsnämnden", "tillstyrker", "2022-11-15")
    boras_yttrande(
        ut / "TN yttrande.pdf",
        namnd="Tekniska nämnden",
        genitiv="Tekniska nämndens",
        datum="2022-11-28",
        dnr="TN 2022-00517 1.1.3.1",
        beslut="Tekniska nämnden avstyrker riktlinjerna i nuvarande form.",
        sammanfattning="Tekniska nämnden delar målet men anser att riktlinjerna behöver konkreta "
        "former för hur synpunkter tas om hand. " + ESKILSTUNA_TEXT,
        text=STHLM_TEXT,
    )
    svar("TN yttrande.pdf", "Tekniska nämnden", "avstyrker", "2022-11-28")
    protokoll(ut / "protokoll 2022-11-22 § 145.pdf")
    svar("protokoll 2022-11-22 § 145.pdf", "Kulturnämnden", "tillstyrker", "2022-11-22")
    servicenamnden_docx(ut / "yttrande delaktighet.docx")
    svar("yttrande delaktighet.docx", "Servicenämnden", "tillstyrker", "2022-11-30")
    boras_yttrande(
        ut / "Förskolenämnden preliminärt.pdf",
        namnd="Förskolenämnden",
        genitiv="Förskolenämndens",
        datum="2022-11-18",
        dnr="FN 2022-00301 1.1.3.1",
        beslut="Förskolenämnden tillstyrker riktlinjerna.",
        sammanfattning=None,
        text=ALN_TEXT,
    )
    svar("Förskolenämnden preliminärt.pdf", "Förskolenämnden", "tillstyrker", "2022-11-18", galler=False)
    boras_yttrande(
        ut / "Förskolenämnden slutligt.pdf",
        namnd="Förskolenämnden",
        genitiv="Förskolenämndens",
        datum="2022-12-01",
        dnr="FN 2022-00301 1.1.3.1",
        beslut="Förskolenämnden avstyrker riktlinjerna och begär att barns delaktighet får ett eget avsnitt.",
        sammanfattning="Nämnden saknar barnperspektivet. " + HUDDINGE_TEXT,
        text=STHLM_TEXT,
    )
    svar("Förskolenämnden slutligt.pdf", "Förskolenämnden", "avstyrker", "2022-12-01")
    brev_remissvar(
        ut / "Remissvar Bostäder.pdf",
        org="AB Bostäder i Borås",
        adress=["Kommunstyrelsen", "Borås Stad", "501 80 Borås"],
        datum="2022-11-24",
        rubrik=f"Remissvar {TITEL} (KS 2022-00667)",
        stycken=[
            "Bolaget har tagit del av förslaget. " + HUDDINGE_TEXT,
            "AB Bostäder i Borås ställer sig bakom förslaget till riktlinjer.",
        ],
        underskrift=["Med vänlig hälsning", "Karin Berg", "VD, AB Bostäder i Borås"],
    )
    svar("Remissvar Bostäder.pdf", "AB Bostäder Borås", "tillstyrker", "2022-11-24")
    brev_remissvar(
        ut / "stadsrevisionen.pdf",
        org="Stadsrevisionen",
        adress=["Kommunstyrelsen", "501 80 Borås"],
        datum="2022-11-10",
        rubrik="Svar på remiss Riktlinjer - delaktighet och inflytande för medborgare",
        stycken=["Stadsrevisionen avstår från att yttra sig över remissen."],
        underskrift=["För Stadsrevisionen", "Per Persson"],
    )
    svar("stadsrevisionen.pdf", "Stadsrevisionen", "avstar", "2022-11-10")
    bilaga = ut / "_bilaga.pdf"
    brev_remissvar(
        bilaga,
        org="Borås Energi och Miljö AB",
        adress=["Borås Stad", "Kommunstyrelsen", "501 80 Borås"],
        datum="2022-12-06",
        rubrik=f"Yttrande över remiss {TITEL}",
        stycken=[
            ESKILSTUNA_TEXT,
            "Borås Energi och Miljö AB tillstyrker förslaget men vill att bolagens kunddialog räknas in.",
        ],
        underskrift=["Borås Energi och Miljö AB", "Lena Lund, kommunikationschef"],
    )
    epost(
        ut / "SV KS 2022-00667.eml",
        fran="Lena Lund <lena.lund@borasem.se>",
        amne="KS 2022-00667 Borås Energi och Miljö AB",
        tid=datetime(2022, 12, 7, 9, 12, tzinfo=UTC),
        text="Hej!\n\nBifogat finns vårt remissvar.\n\nLena Lund",
        bilaga=("Remissvar BEM.pdf", bilaga.read_bytes()),
    )
    bilaga.unlink()
    svar("SV KS 2022-00667.eml", "Borås Energi och Miljö AB", "tillstyrker", "2022-12-06", sen=True)
    epost(
        ut / "valnamnden.eml",
        fran="Valnämnden <valnamnden@boras.se>",
        amne="Svar på remiss KS 2022-00667",
        tid=datetime(2022, 11, 14, 13, 0, tzinfo=UTC),
        text="Hej,\n\nValnämnden avstår från att yttra sig över remissen Riktlinjer - delaktighet och "
        "inflytande för medborgare.\n\nMed vänlig hälsning\nValnämndens sekreterare",
    )
    svar("valnamnden.eml", "Valnämnden", "avstar", "2022-11-14")
    if K05.exists():
        (ut / "k05_nv_regionindelning.pdf").write_bytes(K05.read_bytes())
        svar("k05_nv_regionindelning.pdf", None, "tillstyrker", None)
    brev_remissvar(
        ut / "synpunkter.pdf",
        org="Synpunkter",
        adress=[],
        datum="2022-11-29",
        rubrik=f"Synpunkter på remiss {TITEL}",
        stycken=["Vi tillstyrker förslaget. " + ALN_TEXT],
        underskrift=["Med vänlig hälsning"],
    )
    svar("synpunkter.pdf", None, "tillstyrker", "2022-11-29")
    (ut / "trasig.pdf").write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog")
    svar("trasig.pdf", None, None, None, fel=True)
    besvarade = {f["instans"] for f in facit.values() if f["instans"]}
    instanser = [instans.namn for instans in S_DELAKTIGHET.instanser]  # the missiv's list (generera.py)
    data = {
        "remiss": "samples/delaktighet_inflytande.pdf",
        "svar": facit,
        "saknas": [i for i in instanser if i not in besvarade],
    }
    (ut.parent / "delaktighet.json").write_text(
        json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    return data


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ut", type=Path, default=UT, help="mappen svaren skrivs till")
    args = parser.parse_args()
    data = skapa(args.ut)
    print(f"{len(data['svar'])} svar i {args.ut}, {len(data['saknas'])} saknas")


if __name__ == "__main__":
    main()
