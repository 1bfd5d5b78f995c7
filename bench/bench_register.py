"""Benchmark of the register: `lista --inom 30` on 100 000 remisser, and `registrera` on one core vs two."""

from __future__ import annotations

import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ROWS = 100_000
TARGET_LISTA_S = 0.5
IDAG = date(2026, 11, 24)
SENDERS = ("Kommunstyrelsen", "Regeringskansliet", "Länsstyrelsen i Västra Götalands län",
           "Miljöförvaltningen", "Individ- och familjeomsorgsnämnden", "Ölands kommun", "Ängelholms kommun",
           "Åre kommun")


def build_register(url: str, rows: int = ROWS) -> float:
    """Given a URL, bulk insert `rows` remisser spread over four years and return the seconds it took."""
    import sqlalchemy as sa

    from remiss.domain import Remiss, Remissinstans
    from remiss.register import open_register
    from remiss.register.db import remisser

    rng = random.Random(1)
    started = time.perf_counter()
    with open_register(url) as reg, reg.engine.begin() as conn:
        batch = []
        for n in range(1, rows + 1):
            svar = IDAG + timedelta(days=rng.randint(-730, 730))
            past = svar < IDAG
            closed = past and rng.random() < 0.97  # a few late ones stay open
            status = rng.choice(("besvarad", "besvarad", "avstar", "avskriven")) if closed \
                else rng.choice(("inkommen", "tilldelad", "under_beredning", "beslutad"))
            sender = rng.choice(SENDERS)
            remiss = Remiss(fil=f"remiss_{n}.pdf", sidor=(1, 2), diarienummer=f"KS {svar.year}-{n:05d}",
                            avsandare=sender, titel=f"Remiss: Ärende {n}", svarsdatum=svar.isoformat(),
                            remissinstanser=(Remissinstans("Arbetslivsnämnden"),))
            batch.append({"sha256": f"{n:064x}", "forsta_sida": 1, "kalla_fil": remiss.fil,
                          "avsandare": sender, "avsandare_dnr": remiss.diarienummer, "titel": remiss.titel,
                          "svarsdatum": svar,
                          "status": status, "handlaggare": rng.choice((None, "Eva Ek", "Åsa Öberg")),
                          "data": remiss.to_dict(), "registrerad": "2026-01-01T08:00:00+01:00",
                          "andrad": "2026-01-01T08:00:00+01:00"})
            if len(batch) == 10_000:
                conn.execute(sa.insert(remisser), batch)
                batch = []
        if batch:
            conn.execute(sa.insert(remisser), batch)
    return time.perf_counter() - started


def time_library(url: str, config: object, runs: int = 5, direct: bool = True) -> tuple[float, float, int]:
    """Given a URL and config, return median seconds of lista(--inom 30) via SQLAlchemy and via sqlite3."""
    from remiss.register import open_register
    from remiss.register.lista import Filter, lista, lista_sqlite

    times: list[float] = []
    quick: list[float] = []
    count = 0
    with open_register(url) as reg:
        for _ in range(runs):
            started = time.perf_counter()
            count = len(lista(reg, config, idag=IDAG, filter=Filter(inom=30)))  # type: ignore[arg-type]
            times.append(time.perf_counter() - started)
    path = url.removeprefix("sqlite:///")
    for _ in range(runs if direct else 0):
        started = time.perf_counter()
        lista_sqlite(path, config, idag=IDAG, filter=Filter(inom=30))  # type: ignore[arg-type]
        quick.append(time.perf_counter() - started)
    return statistics.median(times), statistics.median(quick) if quick else 0.0, count


def time_cli(url: str, config_file: Path, runs: int = 5) -> float:
    """Given a URL and config file, return the median wall seconds of `remiss lista --inom 30` (a process)."""
    code = "import sys; from remiss.cli import main; sys.argv=['remiss']+sys.argv[1:]; main()"
    command = [sys.executable, "-c", code, "lista", "--inom", "30", "--idag", IDAG.isoformat(),
               "--databas", url, "--config", str(config_file)]
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def bench_lista(workdir: Path) -> bool:
    """Build the big register, time lista both ways, print the figures, return whether the target was met."""
    from remiss.config import load_config

    config_file = ROOT / "samples" / "remiss.toml"
    config = load_config(config_file)
    url = f"sqlite:///{workdir / 'stor.db'}"
    built = build_register(url)
    print(f"register med {ROWS} remisser byggt på {built:.1f} s (SQLite, bulk insert)")
    library, direct, count = time_library(url, config)
    print(f"lista --inom 30 i biblioteket: {library * 1000:.0f} ms via SQLAlchemy, "
          f"{direct * 1000:.0f} ms via sqlite3 ({count} rader)")
    cli = time_cli(url, config_file)
    print(f"remiss lista --inom 30 som process (inklusive Pythons start): {cli * 1000:.0f} ms "
          f"(mål ≤ {TARGET_LISTA_S * 1000:.0f} ms)")
    print(f"belastning (load average 1 min): {os.getloadavg()[0]:.1f}")
    bench_postgres(config)
    return cli <= TARGET_LISTA_S


def bench_postgres(config: object) -> None:
    """With REMISS_TEST_PG_URL set, time lista(--inom 30) on 100 000 remisser in PostgreSQL too."""
    base = os.environ.get("REMISS_TEST_PG_URL")
    if not base:
        print("PostgreSQL: REMISS_TEST_PG_URL är inte satt, hoppar över.")
        return
    import sqlalchemy as sa

    schema = f"bench_{os.getpid()}"
    engine = sa.create_engine(base)
    with engine.begin() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    try:
        url = f"{base}{'&' if '?' in base else '?'}options=-csearch_path%3D{schema}"
        built = build_register(url)
        with sa.create_engine(url).begin() as conn:
            conn.execute(sa.text("ANALYZE remisser"))
        library, _, count = time_library(url, config, direct=False)
        print(f"PostgreSQL: register byggt på {built:.1f} s, lista --inom 30 i biblioteket "
              f"{library * 1000:.0f} ms ({count} rader)")
    finally:
        with engine.begin() as conn:
            conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        engine.dispose()


def bench_registrera(workdir: Path) -> None:
    """Time `registrera` on 200 PDFs (copies of the samples) with one and with two worker processes."""
    pdfs = sorted((ROOT / "samples" / "paket").glob("*.pdf")) + sorted(ROOT.glob("samples/*.pdf"))
    if not pdfs:
        print("registrera: inga exempel-PDF:er i samples/, hoppar över (kör `make samples`).")
        return
    source = workdir / "pdf"
    source.mkdir()
    files = []
    for n in range(200):  # unique bytes per copy, so each is a new file to the register
        target = source / f"remiss_{n:03d}.pdf"
        target.write_bytes(pdfs[n % len(pdfs)].read_bytes() + f"\n% kopia {n}\n".encode())
        files.append(str(target))
    for jobs in (1, 2):
        url = f"sqlite:///{workdir / f'reg_{jobs}.db'}"
        code = "import sys; from remiss.cli import main; sys.argv=['remiss']+sys.argv[1:]; main()"
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", code, "registrera", "--jobb", str(jobs), "--databas", url,
                        *files], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        spent = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
        print(f"registrera 200 PDF:er med --jobb {jobs}: {spent:.1f} s ({200 / spent:.1f} filer/s), "
              f"CPU {cpu:.1f} s, belastning {os.getloadavg()[0]:.1f}")


def main() -> bool:
    """Run the register benchmarks, print the figures, return False when a target is missed."""
    workdir = Path(tempfile.mkdtemp(prefix="bench_register_"))
    try:
        ok = bench_lista(workdir)
        bench_registrera(workdir)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    print(f"CPU-kärnor: {os.cpu_count()}")
    return ok


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
