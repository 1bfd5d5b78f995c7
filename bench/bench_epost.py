"""E-mail on the real corpus: every missiv of tests/korpus as a mail, attached and as the mail's text.

For each missiv (truth "remiss") the script builds two mails with the standard library and, for .msg,
aspose-email-foss: (1) the document attached with a bilaga, saved as .msg; (2) the document's stored
source text (`<id>.txt`, the `# source` line dropped) as the text of an .eml. It reports

- parity: the attached mail gives exactly the file's fields (target: every document);
- the text mails: fields right against the truth, next to the file's own score (no target: the text is
  the web page or transcript the document was made from, not the document; a field taken from the
  mail's From or Subject counts as not found, the text is measured). Markdown in a source text
  (g0vse) is shown as a mail program shows it: '# ' before headings dropped, a link `[t](mailto:a)`
  written `t <a>`, as Outlook writes links in the text part of a mail;
- seconds per mail.
"""

from __future__ import annotations

import sys
import tempfile
import time
from email.message import EmailMessage
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.korpus import jamfor  # noqa: E402
from tests.test_epost import som_epost_text  # noqa: E402

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _mail(text: str, bilagor: list[tuple[str, bytes, str]]) -> EmailMessage:
    """Return a mail with the text and the attachments (name, bytes, MIME type)."""
    mail = EmailMessage()
    mail["From"] = "Registraturen <registrator@example.se>"
    mail["To"] = "diarium@boras.se"
    mail["Subject"] = "Remiss"
    mail["Date"] = "Mon, 14 Oct 2024 09:30:00 +0200"
    mail.set_content(text)
    for namn, data, typ in bilagor:
        maintype, subtype = typ.split("/")
        mail.add_attachment(data, maintype=maintype, subtype=subtype, filename=namn)
    return mail


def _without_headers(remiss: dict) -> dict:
    """Return the remiss with the fields taken from the mail's headers (From, Subject) set to None."""
    return {k: None if remiss["kallor"].get(k, {}).get("epost") == "rubrik" else v for k, v in remiss.items()}


def _fields(remisser: list[dict]) -> list[dict]:
    """Return the compared fields of each remiss; a field taken from the mail's headers counts as missing."""
    names = ("diarienummer", "avsandare", "titel", "svarsdatum", "svarsadress", "remissinstanser",
             "handlaggare")
    return [{k: None if r["kallor"].get(k, {}).get("epost") == "rubrik" else r.get(k) for k in names}
            for r in remisser]


def main() -> bool:
    """Run the corpus as mails, print parity and text-mail figures; return False when parity misses."""
    from aspose.email_foss.msg import MapiMessage
    from bench_korpus import OBERONDE  # the independent held-out set: never named here

    from remiss.pipeline import tolka_fil

    mappar = tuple(m for m in jamfor.MAPPAR if m not in OBERONDE)
    docs = [d for d in jamfor.dokument(mappar) if d.facit["dokumenttyp"] == "remiss"]
    bilaga = (ROOT / "samples" / "ovrigt" / "budget_001.pdf").read_bytes()
    parity_miss: list[str] = []
    right = {"fil": 0, "text": 0}
    total = 0
    seconds = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for dok in docs:
            alone = [r.to_dict() for r in tolka_fil(dok.fil)]
            typ = PDF if dok.fil.suffix == ".pdf" else DOCX
            msg = Path(tmp) / f"{dok.id}.msg"
            mail = _mail("Hej, se bifogad remiss.", [(dok.fil.name, dok.fil.read_bytes(), typ),
                                                      ("Bilaga.pdf", bilaga, PDF)])
            MapiMessage.from_email_message(mail).save(str(msg))
            start = time.perf_counter()
            attached = [r.to_dict() for r in tolka_fil(msg)]
            seconds += time.perf_counter() - start
            if _fields(attached) != _fields(alone):
                parity_miss.append(dok.nyckel)
            source = dok.fil.with_suffix(".txt")
            if not source.is_file():
                continue
            text = som_epost_text(source.read_text(encoding="utf-8").split("\n", 1)[1])
            eml = Path(tmp) / f"{dok.id}.eml"
            eml.write_bytes(bytes(_mail(text, [])))
            in_text = [_without_headers(r.to_dict()) for r in tolka_fil(eml)]
            for kind, found in (("fil", alone), ("text", in_text)):
                result = jamfor.jamfor(dok, {"remisser": found, "yttranden": []})
                right[kind] += sum(1 for name, utfall in result.items()
                                   if name != "dokumenttyp" and utfall.ratt)
            total += len(jamfor.FALT_REMISS) - 1
    print(f"{len(docs)} missiv ur tests/korpus som e-post.")
    print(f"bifogade (.msg med en bilaga till): {len(docs) - len(parity_miss)} av {len(docs)} ger exakt "
          f"filens fält; {seconds / max(len(docs), 1):.2f} s per meddelande")
    for key in parity_miss:
        print(f"  skiljer sig: {key}")
    if total:
        print(f"källtexten som e-postens text: {right['text']} av {total} fält rätt "
              f"({100 * right['text'] / total:.1f} %); samma dokument som fil: {right['fil']} av {total} "
              f"({100 * right['fil'] / total:.1f} %)")
    return not parity_miss


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
