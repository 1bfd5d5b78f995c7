"""Benchmark of remiss.match: import time, loading the organisation file, matching a 150-name list."""

from __future__ import annotations

import subprocess
import sys
import time

MAL_LISTA_S = 0.2  # 150 remissinstanser (a long Regeringskansliet list) matched in at most this
MAL_IMPORT_S = 0.3  # `import remiss.match` in a fresh interpreter (spaCy alone would take 0.7 s)

NAMN = [
    "Arbetsförmedlingen", "Försäkringskassan", "Socialstyrelsen", "Skolverket", "Statskontoret",
    "Kammarkollegiet", "Länsstyrelsen i Stockholms län", "Sveriges Kommuner och Regioner (SKR)",
    "Riksdagens ombudsmän (JO)", "Justitiekanslern", "Domstolsverket", "Migrationsverket",
    "Polismyndigheten", "Kriminalvården", "Boverket", "Naturvårdsverket", "Folkhälsomyndigheten",
    "Inspektionen för vård och omsorg", "Statens skolinspektion", "Göteborgs kommun", "Umeå kommun",
    "Svenska kyrkan", "Frälsningsarmén", "Solrosen Borås", "Kulturnämnden i Umeå kommun",
    "1. Arbetslivsnämnden", "2. Fritids och folkhälsonämnden", "Vård- och äldreomsorgsnämnden",
    "AB Sandhultbostäder", "Toarpshus", "Borås Elnät AB",
    "Alla nämnder och bolagsstyrelser i Borås Stads kommunkoncern",
]


def _import_tid() -> float:
    """Return the seconds a fresh interpreter needs for `import remiss.match` (best of three)."""
    tider = []
    for _ in range(3):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import remiss.match"], check=True)
        tider.append(time.perf_counter() - start)
    bas = min(_tid_tom() for _ in range(3))
    return min(tider) - bas


def _tid_tom() -> float:
    """Return the seconds a fresh interpreter needs to do nothing."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    return time.perf_counter() - start


ORTER = (
    "Alingsås Ale Bollebygd Borlänge Eskilstuna Falköping Gävle Göteborg Halmstad Helsingborg Herrljunga "
    "Jönköping Kalmar Karlstad Kiruna Kungsbacka Linköping Lund Luleå Malmö Mark Mölndal Norrköping Skövde "
    "Stockholm Sundsvall Svenljunga Tranemo Trollhättan Uddevalla Ulricehamn Umeå Uppsala Vara Varberg "
    "Västerås Växjö Vårgårda Örebro Östersund"
).split()
LAN = ("Stockholms", "Uppsala", "Skåne", "Hallands", "Jönköpings", "Kalmar", "Värmlands", "Örebro",
       "Dalarnas", "Norrbottens", "Västerbottens", "Gävleborgs", "Blekinge", "Gotlands")


def _lista() -> list[str]:
    """Return 150 distinct names like a long Regeringskansliet list with some Borås names."""
    namn = list(NAMN)
    namn += [f"{ort} kommun" for ort in ORTER]
    namn += [f"Länsstyrelsen i {lan} län" for lan in LAN]
    namn += [f"Socialnämnden i {ort}" for ort in ORTER]
    namn += [f"Region {lan.rstrip('s')}" for lan in LAN]
    namn += [f"Tekniska nämnden i {ort} kommun" for ort in ORTER]
    return list(dict.fromkeys(namn))[:150]


def main() -> bool:
    """Print the figures; return False when a target is missed."""
    from remiss.match import load_organisationer, match_remissinstanser

    start = time.perf_counter()
    orgs = load_organisationer()
    match_remissinstanser(["Kulturnämnden"], organisationer=orgs)
    forsta = time.perf_counter() - start

    lista = _lista()
    orgs.minne.clear()
    start = time.perf_counter()
    instanser, _, varningar = match_remissinstanser(lista, organisationer=orgs)
    tid = time.perf_counter() - start
    kanda = sum(1 for i in instanser if i.kanoniskt_namn)
    imp = _import_tid()

    print(f"import remiss.match:                 {imp * 1000:6.1f} ms (mål ≤ {MAL_IMPORT_S * 1000:.0f} ms)")
    print(f"läsa boras.json + första matchning:  {forsta * 1000:6.1f} ms")
    print(f"{len(lista)} olika remissinstanser:         {tid * 1000:6.1f} ms "
          f"(mål ≤ {MAL_LISTA_S * 1000:.0f} ms), {kanda} kända, {len(varningar)} varningar")
    for varning in varningar:
        print(f"  {varning}")
    return tid <= MAL_LISTA_S and imp <= MAL_IMPORT_S


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
