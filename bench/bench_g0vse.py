"""Regeringskansliets remissidor (civictechsweden/g0vse, branch `data`, folder `remisser/`): recall at scale.

Every one of the ~3,100 pages is a regeringen.se remiss page, so each must be read as a remiss.
Fields are checked where the page states them in a fixed formula the check can read on its own:
"Sista dag att svara på remissen är den D M ÅÅÅÅ" / "Remissvaren ska ha kommit in till X senast den …"
(svarsdatum), "Diarienummer: X" (dnr), "… kommit in till X-departementet" (avsändare), and the
remissinstanser where the Markdown marks a list under a "Remissinstanser" heading (F1 of the names).
The pages are Markdown: each is read as lines (headings unmarked, links as their text), the page's
"Diarienummer:" glued to its heading split off as the page shows it. This is a check on real text at
scale, not träffsäkerhet on unseen senders (many of these pages' classes were fixed against).

    .venv/bin/python bench/bench_g0vse.py [SÖKVÄG-TILL-G0VSE-GIT]
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


def main(argv: list[str] | None = None) -> int:
    """Read every g0vse remiss page; print recall and the formula fields' accuracy."""
    sys.path.insert(0, str(ROOT))
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
            if m := DEPARTMENT.search(flat):
                got = (remiss.avsandare or "") if remiss else ""
                falt["avsandare"][m.group(1).lower() in got.lower()] += 1
            if (want := _markdown_list(text)) is not None:
                names = {_norm(i.namn) for i in remiss.remissinstanser} if remiss else set()
                listor.append(_f1(set(want), names))
    total = sum(typer.values())
    print(f"g0vse (regeringen.se, {total} remissidor; robusthetsprov i stor skala, inte träffsäkerhet):")
    print(f"  kända igen som remiss  {typer['missiv']:5}/{total:<5} {100 * typer['missiv'] / total:5.1f} %"
          f"  (annat {typer['annat']}, yttrande {typer['yttrande']})")
    for namn, c in sorted(falt.items()):
        n = c[True] + c[False]
        andel = 100 * c[True] / n
        print(f"  {namn:22} {c[True]:5}/{n:<5} {andel:5.1f} %  (där sidan säger det med sin fasta fras)")
    if listor:
        bra = sum(f >= 0.95 for f in listor)
        medel = sum(listor) / len(listor)
        andel = 100 * bra / len(listor)
        print(f"  remissinstanser        {bra:5}/{len(listor):<5} {andel:5.1f} %  (F1 ≥ 0,95 "
              f"där sidans Markdown har en lista under rubriken Remissinstanser; medel-F1 {medel:.2f})")
    return 0


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
        for follow in rows[index + 1 :]:
            if not follow.strip():
                blank = True
                continue
            match = LIST_ITEM.match(follow)
            if match:
                items.append(_norm(match.group(1)))
                blank = False
            elif items and not blank and not follow.startswith("#"):
                items[-1] = _norm(f"{items[-1]} {follow}")  # '10. Forskningsrådet …' over '(Formas)'
            else:
                break
        if len(items) >= MIN_LIST:
            return items
    return None


def _norm(name: str) -> str:
    """Return a name compared loosely: no link, no number, lower case, single spaces, no end stop."""
    name = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", name)
    name = re.sub(r"^\d+[.)]?\s+", "", name.strip()).lower()
    return re.sub(r"\s+", " ", name).strip(" .,;")


def _f1(want: set[str], got: set[str]) -> float:
    """Return the F1 of got against want (0 when nothing matches)."""
    hit = len(want & got)
    if not hit:
        return 0.0
    precision, recall = hit / len(got), hit / len(want)
    return 2 * precision * recall / (precision + recall)


def _lines(text: str, line_type: type, clean_text: object) -> list:  # type: ignore[type-arg]
    """Given a page's Markdown, return its visible lines as Line objects on page 1."""
    rows = []
    for row in text.splitlines():
        row = re.sub(r"^#+\s*", "", clean_text(row)).strip()  # type: ignore[operator]
        row = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", row)
        row = re.sub(r"\*\*([^*]+)\*\*", r"\1", row)  # bold as the page shows it, without its marks
        rows.extend(part.strip() for part in row.replace("Diarienummer:", "\nDiarienummer:").split("\n"))
    rows = [r for r in rows if r]
    return [line_type(text=r, page=1, number=i) for i, r in enumerate(rows, 1)]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
