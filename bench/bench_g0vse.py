"""Regeringskansliets remissidor (civictechsweden/g0vse, branch `data`, folder `remisser/`): recall at scale.

Every one of the ~3,100 pages is a regeringen.se remiss page, so each must be read as a remiss.
Fields are checked where the page states them in a fixed formula the check can read on its own:
"Sista dag att svara på remissen är den D M ÅÅÅÅ" / "Remissvaren ska ha kommit in till X senast den …"
(svarsdatum), "Diarienummer: X" (dnr), "… kommit in till X-departementet" (avsändare), the
remissinstanser where the Markdown marks a list under a "Remissinstanser" heading (F1 of the names), the
titel as the page's own H1 heading without its remiss frame ("Remiss av promemorian X" → "X", the rule in
tests/korpus/README.md, checked against the corpus's hand truths by tests/test_bench_g0vse.py), the
svarsadress as the first function address (not a person's) in the sentence asking for the answers by
e-mail, and the handläggare as the person the Markdown links by mailto in a "Frågor … kan ställas till" /
"… kontaktas" sentence.
The pages are Markdown: each is read as lines (headings unmarked, links as their text), the page's
"Diarienummer:" glued to its heading split off as the page shows it. This is a check on real text at
scale, not träffsäkerhet on unseen senders (many of these pages' classes were fixed against).

    .venv/bin/python bench/bench_g0vse.py [SÖKVÄG-TILL-G0VSE-GIT] [--visa]   (--visa: list each miss)
"""

from __future__ import annotations

import collections
import re
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MIRROR = Path("/work/.mirror/civictechsweden+g0vse/repo")
MONTHS = "januari februari mars april maj juni juli augusti september oktober november december".split()
DEADLINE = re.compile(
    r"(?:Sista dag att svara på remissen är|Remissvaren ska ha kommit in till [^.]*? senast)(?: den)?\s+"
    r"(\d{1,2})\s+([a-zåä]+)\s+(\d{4})"
)
DNR = re.compile(r"Diarienummer:\s*([A-ZÅÄÖa-zåäö]{1,4}\s?\d{4}/\d+(?:/[A-Za-zÅÄÖåäö]+)?)")
DEPARTMENT = re.compile(r"(?:kommit in till|kommit till|inkommit till) (\w+departementet)")
# (rest46) the department the deadline sentence names goes first: a page whose answers another department now
# holds tells that first ('de remissvar som kommit in till Klimat- och näringslivsdepartementet' over
# 'Remissvaren ska ha kommit in till Miljödepartementet senast'); the sender is whom the remiss asked
ASKED_DEPARTMENT = re.compile(r"(?:ska|skulle) ha kommit in till (?:[\w-]+ och )?(\w+departementet)")


NOTE = {
    "": "där sidan säger det med sin fasta fras",
    "titel": "sidans H1-rubrik utan remissramen",
    "svarsadress": "funktionsadressen i stycket som ber om svaren per e-post",
    "handlaggare": "personen i 'Frågor … kan ställas till', annars kopian på svaret",
}


def main(argv: list[str] | None = None) -> int:
    """Read every g0vse remiss page; print recall and the formula fields' accuracy."""
    sys.path.insert(0, str(ROOT))
    argv = list(argv or [])
    visa = "--visa" in argv
    argv = [a for a in argv if a != "--visa"]
    repo = Path(argv[0]) if argv else MIRROR  # run by bench/run.py without arguments
    if not repo.exists():
        print(f"g0vse: hoppar över (ingen spegel i {repo}; hämta civictechsweden/g0vse)")
        return 0
    from remiss.domain import Del, Line
    from remiss.extract import extract_remiss
    from remiss.read import clean_text
    from remiss.split import classify

    typer: collections.Counter[str] = collections.Counter()
    listor: list[float] = []
    falt: dict[str, collections.Counter[bool]] = collections.defaultdict(collections.Counter)
    missar: dict[str, list[tuple[str, str, str]]] = collections.defaultdict(list)
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(["git", "-C", str(repo), "archive", "data", "remisser"],
                                 capture_output=True, check=True).stdout
        tar_path = Path(tmp) / "r.tar"
        tar_path.write_bytes(archive)
        with tarfile.open(tar_path) as tar:
            tar.extractall(tmp, filter="data")
        pages = sorted(Path(tmp, "remisser").glob("*/*/*.md"))
        for page in pages:
            text = page.read_text(encoding="utf-8")
            lines = _lines(text, Line, clean_text)
            if not lines:
                continue
            typ = classify(lines)
            typer[typ] += 1
            flat = text.replace("\n", " ")
            remiss = None
            if typ == "missiv":
                remiss = extract_remiss(page.name, Del(dokumenttyp="missiv", forsta_sida=1, sista_sida=1,
                                                       lines=tuple(lines)))
            if (m := DEADLINE.search(flat)) and m.group(2) in MONTHS:
                want = f"{m.group(3)}-{MONTHS.index(m.group(2)) + 1:02d}-{int(m.group(1)):02d}"
                falt["svarsdatum"][bool(remiss and remiss.svarsdatum == want)] += 1
            if m := DNR.search(text):
                got = (remiss.diarienummer or "") if remiss else ""
                falt["diarienummer"][got.replace(" ", "") == m.group(1).replace(" ", "")] += 1
            if m := ASKED_DEPARTMENT.search(flat) or DEPARTMENT.search(flat):
                got = (remiss.avsandare or "") if remiss else ""
                falt["avsandare"][m.group(1).lower() in got.lower()] += 1
            if (want_titel := titel_oracle(text)) is not None:
                got = _space(remiss.titel or "") if remiss else ""
                ok = got == want_titel
                falt["titel"][ok] += 1
                if not ok:
                    missar["titel"].append((page.name, want_titel, got))
            if (want_adress := svarsadress_oracle(text)) is not None:
                got = (remiss.svarsadress or "").lower() if remiss else ""
                falt["svarsadress"][got == want_adress] += 1
                if got != want_adress:
                    missar["svarsadress"].append((page.name, want_adress, got))
            if (want_namn := handlaggare_oracle(text)) is not None:
                got = _space(remiss.handlaggare.namn or "") if remiss else ""
                falt["handlaggare"][got == want_namn] += 1
                if got != want_namn:
                    missar["handlaggare"].append((page.name, want_namn, got))
            if (want := _markdown_list(text)) is not None:
                names = {_norm(i.namn) for i in remiss.remissinstanser} if remiss else set()
                listor.append(_f1(set(want), names))
                if listor[-1] < 0.95:
                    saknas, extra = sorted(set(want) - names), sorted(names - set(want))
                    facit = f"{len(set(want))} namn, F1 {listor[-1]:.2f}"
                    fick = f"saknas {saknas[:6]}, extra {extra[:6]}"
                    missar["remissinstanser"].append((page.name, facit, fick))
    total = sum(typer.values())
    print(f"g0vse (regeringen.se, {total} remissidor; robusthetsprov i stor skala, inte träffsäkerhet):")
    print(f"  kända igen som remiss  {typer['missiv']:5}/{total:<5} {100 * typer['missiv'] / total:5.1f} %"
          f"  (annat {typer['annat']}, yttrande {typer['yttrande']})")
    for namn, c in sorted(falt.items()):
        n = c[True] + c[False]
        andel = 100 * c[True] / n
        print(f"  {namn:22} {c[True]:5}/{n:<5} {andel:5.1f} %  ({NOTE.get(namn, NOTE[''])})")
    if listor:
        bra = sum(f >= 0.95 for f in listor)
        medel = sum(listor) / len(listor)
        andel = 100 * bra / len(listor)
        print(f"  remissinstanser        {bra:5}/{len(listor):<5} {andel:5.1f} %  (F1 ≥ 0,95 "
              f"där sidans Markdown har en lista under rubriken Remissinstanser; medel-F1 {medel:.2f})")
    if visa:
        for namn, rows in sorted(missar.items()):
            print(f"\n{namn}: {len(rows)} fel")
            for sida, want, got in rows:
                print(f"  {sida}\n    facit  {want}\n    fick   {got}")
    return 0


# The remiss frame before the remitted matter in a regeringen.se heading, and the document's kind after it
# (tests/korpus/README.md: titel without "Remiss", "Remiss av", "Kungörelse:" and without "promemorian",
# "betänkandet", but with the SOU or Ds number). Written apart from the parser's own frames on purpose.
TITEL_FRAME = re.compile(
    r"^(?:Remiss(?:er|lista|instanser|promemoria|utskick)?|(?:Tilläggs)?[Rr]emittering|Kungörelse)\b"
    r"(?:\s+(?:av|om|avseende|angående|gällande|för|till|över)\b)?\s*[:–-]?\s*"
)
TITEL_KIND = re.compile(
    # (titel31: the inquiry in determinate form before what it is about, 'Remiss av utredningen om …', also
    # after the report's kind: 'Remiss av Slutbetänkandet av utredningen om …')
    r"^(?:utredningen(?:\s+av(?=\s)|(?=\s+(?:om|angående|avseende|rörande)\s))|"
    r"(?:(?:departements)?promemori(?:an|a)|(?:del|slut)?betänkande(?:t)?|rapporten|PM(?!\s*[A-ZÅÄÖ]{1,3}\d))"
    r"(?:/(?:promemorian|rapporten|betänkandet))?"
    r"(?:\s+(?:av|från)\s+utredningen(?:\s+av(?=\s)|(?=\s+(?:om|angående|avseende|rörande)\s)))?)"
    # (titel27: what the kind holds after a lower-case 'med': 'promemoria med förslag till …' gives
    # 'förslag till …')
    r"\s*:?\s+(?:(?:om|angående|avseende|rörande|(?-i:med))\s+)?",
    re.IGNORECASE,
)
TITEL_DNR_END = re.compile(r",\s*[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,3}\s?\d{4}/\d+(?:/\S+)?\s*$")
NOT_A_TITLE = re.compile(r"^(?:Remissvar|Återkallad)\b", re.IGNORECASE)


def titel_oracle(text: str) -> str | None:
    """Given a page's Markdown, return its titel by the truth rule: the H1 heading without the glued
    "Diarienummer: …", the remiss frame and the document's kind; None without an H1 or on a page that is
    not the remiss itself (the answers' page, a withdrawn remiss)."""
    heading = next((row[2:] for row in text.splitlines() if row.startswith("# ")), None)
    if heading is None or NOT_A_TITLE.match(heading.strip()):
        return None
    heading = _space(re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", heading.split("Diarienummer:")[0]))
    titel = TITEL_FRAME.sub("", heading, count=1) if not heading.lower().startswith("remissmöte") else heading
    titel = TITEL_KIND.sub("", titel, count=1)
    titel = TITEL_DNR_END.sub("", titel).strip()
    if titel.endswith(".") and "." not in titel.rsplit(" ", 1)[-1][:-1]:
        titel = titel[:-1]  # the heading's full stop, not an abbreviation's ('m.m.', 'm.fl.' keep theirs)
    return titel or None


EMAIL = re.compile(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+\.[a-z]{2,}")
ANSWER_PARAGRAPH = re.compile(r"remissvar|\bsvaren\b|yttra|yttrande|synpunkter", re.IGNORECASE)
FUNCTION_ADDRESS = re.compile(r"registrat|remiss|diari|^[a-z]{1,3}[.-]", re.IGNORECASE)
PERSON = r"(?:[A-ZÅÄÖ]\.?\s){0,3}[A-ZÅÄÖ][a-zåäöéüóáíñ]+(?:[\s-][A-ZÅÄÖ][a-zåäöéüóáíñ]+)+"
PERSON_LINK = re.compile(rf"\[(?P<namn>{PERSON})\]\(mailto:")
CONTACT_VERB = (r"(?:frågor|upplysningar)[^.]{0,120}?"
                r"(?:besvaras\s+av|ställas\s+till|kontaktas|riktas\s+till|lämnas\s+av)")
CONTACT_SENTENCE = re.compile(  # a title in lower case may stand before the name: 'kontaktas ämnesrådet X'
    rf"{CONTACT_VERB}(?-i:\s+[a-zåäö]+){{0,4}}\s+(?:(?P<namn>(?-i:{PERSON}))\b(?!\])|"
    rf"(?P<initialer>(?-i:(?:[A-ZÅÄÖ]\.?\s){{1,3}}))?\[(?P<lank>(?-i:{PERSON}))\]\(mailto:)",
    re.IGNORECASE,
)


def _answer_paragraphs(text: str) -> list[str]:
    """Return the page's paragraphs (single-spaced) that ask for the answers and hold an e-mail address."""
    paragraphs = [_space(p) for p in re.split(r"\n\s*\n", text)]
    return [p for p in paragraphs if ANSWER_PARAGRAPH.search(p) and EMAIL.search(p)]


def svarsadress_oracle(text: str) -> str | None:
    """Given a page's Markdown, return the first function address (a registrator's, "s.remissvar@",
    "ud-nis@"; not a person's "förnamn.efternamn@") in the first paragraph asking for the answers with an
    e-mail address; None without one."""
    for paragraph in _answer_paragraphs(text):
        for address in EMAIL.findall(paragraph):
            if FUNCTION_ADDRESS.search(address.split("@")[0]):
                return address.lower()
    return None


def handlaggare_oracle(text: str) -> str | None:
    """Given a page's Markdown, return the contact person by the truth rule: the person a "Frågor … kan
    ställas till" / "… kontaktas" sentence names (with initials: "K A [Stefan Svensson]"), else the person
    the answers are also sent to, linked by mailto in the answer paragraph ("… registrator med kopia till
    [Peter Kalliopuro](mailto:…)"); None when neither is named (an address alone is no name)."""
    if match := CONTACT_SENTENCE.search(_space(text)):
        if match.group("namn"):
            return match.group("namn")
        return _space(f"{match.group('initialer') or ''}{match.group('lank')}")
    for paragraph in _answer_paragraphs(text):
        if match := PERSON_LINK.search(paragraph):
            return match.group("namn")
    return None


def _space(text: str) -> str:
    """Return text with soft hyphens removed and whitespace single."""
    return re.sub(r"\s+", " ", text.replace("\u00ad", "")).strip()


LIST_HEADING = re.compile(r"^#*\s*(?:\*\*)?(?:remissinstanser|sändlista|remisslista)\b", re.IGNORECASE)
LIST_ITEM = re.compile(r"^\s*(?:\d+\.|[-*])\s+(.+?)\s*$")
MIN_LIST = 5


def _markdown_list(text: str) -> list[str] | None:
    """Given a page's Markdown, return the items of its list under a list heading (an independent oracle:
    Markdown marks each item), a wrapped item's rest joined; None without such a list of MIN_LIST items."""
    rows = text.splitlines()
    for index, row in enumerate(rows):
        if not LIST_HEADING.match(row.strip()):
            continue
        items: list[str] = []
        blank = False
        kind = ""
        for follow in rows[index + 1 :]:
            if not follow.strip():
                blank = True
                continue
            match = LIST_ITEM.match(follow)
            if match and kind and _marker(follow) != kind and not follow[:1].isspace():
                break  # numbered names, then bullets linking the remitted documents: another list
            if match:
                kind = kind or _marker(follow)
                items.append(_norm(match.group(1)))
                blank = False
            elif items and not blank and not follow.startswith("#"):
                items[-1] = _norm(f"{items[-1]} {follow}")  # '10. Forskningsrådet …' over '(Formas)'
            else:
                break
        if len(items) >= MIN_LIST:
            return items
    return None


def _marker(row: str) -> str:
    """Return the kind of a Markdown list item's marker: 'nummer' ('12.') or the bullet ('-', '*')."""
    mark = row.strip()[:1]
    return "nummer" if mark.isdigit() else mark


def _norm(name: str) -> str:
    """Return a name compared loosely: no link, no number, lower case, single spaces, no end stop, no note
    in parentheses after it that opens in lower case ('ABB AB (bet. om sanktionsväxling)': which report the
    instans answers; '(Formas)' is part of the name and stays)."""
    name = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", name)
    name = re.sub(r"\s*\((?=[a-zåäö])[^()]*\)\s*$", "", name.strip())
    name = re.sub(r"^\d+[.)]?\s+", "", name.strip()).lower()
    return re.sub(r"\s+", " ", name).strip(" .,;")


def _f1(want: set[str], got: set[str]) -> float:
    """Return the F1 of got against want (0 when nothing matches)."""
    hit = len(want & got)
    if not hit:
        return 0.0
    precision, recall = hit / len(got), hit / len(want)
    return 2 * precision * recall / (precision + recall)


MAILTO = re.compile(r"\[([^\]]*)\]\(mailto:([^)\s]*)(?:\s+\"[^\"]*\")?\)")


def _mailto_text(match: re.Match[str]) -> str:
    """Return a mailto link as its text and, when the text is not the address, the address in brackets."""
    text, address = match.group(1), match.group(2)
    return text if address == text else f"{text} ({address})"


def _lines(text: str, line_type: type, clean_text: object) -> list:  # type: ignore[type-arg]
    """Given a page's Markdown, return its visible lines as Line objects on page 1."""
    from remiss.clean import avstavade_ord

    rows = []
    for raw in text.splitlines():
        row = re.sub(r"^#+\s*", "", clean_text(raw)).strip()  # type: ignore[operator]
        row = MAILTO.sub(_mailto_text, row)  # a mailto link as the corpus renders it: 'text (address)'
        row = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", row)
        row = re.sub(r"\*\*([^*]+)\*\*", r"\1", row)  # bold as the page shows it, without its marks
        written = avstavade_ord(raw)  # the words reading joined, as the page writes them (Line.avstavat)
        parts = row.replace("Diarienummer:", "\nDiarienummer:").split("\n")
        rows.extend((part.strip(), written) for part in parts)
    rows = [(r, w) for r, w in rows if r]
    return [line_type(text=r, page=1, number=i, avstavat=w) for i, (r, w) in enumerate(rows, 1)]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
