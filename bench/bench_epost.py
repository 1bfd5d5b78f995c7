"""E-mail on the real corpus: every missiv of tests/korpus as a mail, attached and as the mail's text.

For each missiv (truth "remiss") the script builds two mails with the standard library and, for .msg,
aspose-email-foss: (1) the document attached with a bilaga, saved as .msg; (2) the document's stored
source text (`<id>.txt`, the `# source` line dropped) as the text of an .eml. It reports

- parity: the attached mail gives exactly the file's fields (target: every document);
- the text mails: fields right against the truth, next to the file's own score (no target: the text is
  the web page or transcript the document was made from, not the document; a field taken from the
  mail's From or Subject counts as not found, the text is measured, and the text mail has no Date: the
  bench's Date is invented, and tolka gives a deadline without a year the year of the mail's Date).
  Markdown in a source text (g0vse) is shown as a mail program shows it: '# ' before headings dropped,
  a link `[t](mailto:a)` written `t <a>`, as Outlook writes links in the text part of a mail;
- seconds per mail.

`--visa [mapp|id …]` measures only the text mails (no .msg), also with the words the file is made of
(the source text cut as `tests/korpus/rendera.py` cuts it: without the site's navigation around the
notice), and prints per field the text mail, the cut text mail and the file, then every field the text
mail misses where the file is right.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Sequence
from email.message import EmailMessage
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.korpus import jamfor  # noqa: E402
from tests.test_epost import som_epost_text  # noqa: E402

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
DATUM = "Mon, 14 Oct 2024 09:30:00 +0200"


def _mail(text: str, bilagor: list[tuple[str, bytes, str]], *, datum: str | None = DATUM) -> EmailMessage:
    """Return a mail with the text and the attachments (name, bytes, MIME type), dated when `datum` is."""
    mail = EmailMessage()
    mail["From"] = "Registraturen <registrator@example.se>"
    mail["To"] = "diarium@boras.se"
    mail["Subject"] = "Remiss"
    if datum:
        mail["Date"] = datum
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


def kalltext(dok: jamfor.Dokument) -> str | None:
    """Given a corpus document, return its stored source text without the '# source' line, or None."""
    source = dok.fil.with_suffix(".txt")
    return source.read_text(encoding="utf-8").split("\n", 1)[1] if source.is_file() else None


def som_dokumentet(dok: jamfor.Dokument, text: str) -> str:
    """Given a document and its source text, return the words its file is made of (rendera.klipp)."""
    import json

    from tests.korpus import rendera

    spec = rendera.BYGG / f"{dok.id}.json"
    if not spec.is_file():
        return text
    return rendera.klipp(json.loads(spec.read_text(encoding="utf-8")), text)


def las_text(dok: jamfor.Dokument, text: str, tmp: str) -> list[dict[str, Any]]:
    """Given a document and a text, return the remisser tolka finds in it as the text of an undated .eml."""
    from remiss.pipeline import tolka_fil

    eml = Path(tmp) / f"{dok.id}.eml"
    eml.write_bytes(bytes(_mail(som_epost_text(text), [], datum=None)))
    return [_without_headers(r.to_dict()) for r in tolka_fil(eml)]


def _ratt(dok: jamfor.Dokument, remisser: list[dict[str, Any]]) -> dict[str, jamfor.Utfall]:
    """Given a document and the remisser found, return the comparison of each field but dokumenttyp."""
    result = jamfor.jamfor(dok, {"remisser": remisser, "yttranden": []})
    return {name: utfall for name, utfall in result.items() if name != "dokumenttyp"}


def _missiv(urval: Sequence[str] = ()) -> list[jamfor.Dokument]:
    """Return the missiv of the corpus (not the held-out set), only the named folders or ids when given."""
    from bench_korpus import OBERONDE  # the independent held-out set: never named here

    mappar = tuple(m for m in jamfor.MAPPAR if m not in OBERONDE)
    docs = [d for d in jamfor.dokument(mappar) if d.facit["dokumenttyp"] == "remiss"]
    return [d for d in docs if not urval or d.mapp in urval or d.nyckel in urval or d.id in urval]


def main(argv: list[str] | None = None) -> bool:
    """Run the corpus as mails, print parity and text-mail figures; return False when parity misses."""
    argv = list(argv or [])
    if "--visa" in argv:
        visa([a for a in argv if a != "--visa"])
        return True
    from aspose.email_foss.msg import MapiMessage

    from remiss.pipeline import tolka_fil

    docs = _missiv()
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
            text = kalltext(dok)
            if text is None:
                continue
            for kind, found in (("fil", alone), ("text", las_text(dok, text, tmp))):
                right[kind] += sum(utfall.ratt for utfall in _ratt(dok, found).values())
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


def visa(urval: list[str]) -> None:
    """Print per field the text mails (whole and cut source text) against the file, then each loss."""
    from remiss.pipeline import tolka_fil

    names = jamfor.FALT_REMISS[1:]
    count = {kind: dict.fromkeys(names, 0) for kind in ("text", "klippt", "fil")}
    losses: list[tuple[str, str, jamfor.Utfall]] = []
    texter = [(d, text) for d in _missiv(urval) if (text := kalltext(d)) is not None]
    docs = [dok for dok, _ in texter]
    with tempfile.TemporaryDirectory() as tmp:
        for dok, text in texter:
            fil = _ratt(dok, [r.to_dict() for r in tolka_fil(dok.fil)])
            hel = _ratt(dok, las_text(dok, text, tmp))
            klippt = _ratt(dok, las_text(dok, som_dokumentet(dok, text), tmp))
            for name in names:
                for kind, result in (("text", hel), ("klippt", klippt), ("fil", fil)):
                    count[kind][name] += result[name].ratt
                if fil[name].ratt and not hel[name].ratt:
                    losses.append((dok.nyckel, name, hel[name]))
    print(f"{len(docs)} missiv med källtext; fält rätt som e-postens text, som text med dokumentets ord "
          "(källtexten klippt som filen byggs) och som fil:")
    for name in names:
        print(f"  {name:<16} {count['text'][name]:>4} {count['klippt'][name]:>4} {count['fil'][name]:>4}")
    alla = " ".join(f"{sum(count[kind].values()):>4}" for kind in ("text", "klippt", "fil"))
    print(f"  {'alla':<16} {alla} av {len(docs) * len(names)}")
    print(f"fel i e-postens text som filen har rätt ({len(losses)}):")
    for nyckel, name, utfall in sorted(losses, key=lambda x: (x[1], x[0])):
        print(f"  {name:<16} {nyckel}  {jamfor._visa(name, utfall)}")


if __name__ == "__main__":
    sys.exit(0 if main(sys.argv[1:]) else 1)
