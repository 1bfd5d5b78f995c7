"""Every field of every real corpus document (tests/korpus/) against its hand-made truth.

A (document, field) listed in tests/korpus/kanda_fel.json is a known miss: strict xfail, so a fix
fails the run until the entry is removed (tests/korpus/uppdatera_kanda_fel.py does that).
"""

from __future__ import annotations

import json

import pytest

from tests.korpus import jamfor, rendera

DOKUMENT = jamfor.dokument()
KANDA = jamfor.kanda_fel()
# raised as the corpus grows: a lost folder fails the run
MINST = {
    "missiv": 100,
    "prov": 36,
    "prov2": 44,
    "prov3": 45,
    "prov4": 31,
    "prov5": 37,
    "prov6": 33,
    "prov7": 29,
    "prov8": 30,
    "prov9": 29,
    "prov10": 20,
    "prov11": 21,
    "prov12": 24,
    "prov13": 21,
    "prov14": 23,
    "prov15": 21,
    "prov16": 22,
    "prov17": 22,
    "prov18": 22,
    "prov19": 22,
    "prov20": 22,
    "prov21": 22,
    "prov22": 22,
    "prov23": 22,
    "prov24": 20,
    "prov25": 22,
    "prov26": 20,
    "prov27": 21,
    "prov28": 20,
    "prov29": 21,
    "prov30": 22,
    "prov31": 17,
    "prov32": 21,
    "prov33": 16,
    "prov34": 22,
    "prov35": 18,
    "prov36": 20,
    "prov37": 19,
    "prov38": 20,
    "prov39": 16,
    "prov40": 20,
    "prov41": 19,
    "prov42": 14,
    "prov43": 13,
    "prov44": 12,
    "prov45": 14,
    "prov46": 10,
}


def _fall() -> list[object]:
    """Return one pytest param per (document, field), known misses marked strict xfail."""
    out = []
    for dok in DOKUMENT:
        for falt in dok.falt:
            orsak = KANDA.get(dok.nyckel, {}).get(falt)
            marks = [pytest.mark.xfail(strict=True, reason=orsak)] if orsak else []
            out.append(pytest.param(dok, falt, id=f"{dok.nyckel}:{falt}", marks=marks))
    return out


@pytest.mark.parametrize(("dok", "falt"), _fall())
def test_falt(dok: jamfor.Dokument, falt: str) -> None:
    """The tool reads this field of this real document as its truth says."""
    utfall = jamfor.jamfor(dok)[falt]
    assert utfall.ratt, f"{dok.nyckel} {falt}: väntat {utfall.vantat!r}, fick {utfall.fick!r}"


def test_korpus_har_dokument_i_varje_mapp() -> None:
    """The corpus is not empty: the shared documents, missiv and the held-out set are all there."""
    per_mapp = {mapp: sum(d.mapp == mapp for d in DOKUMENT) for mapp in jamfor.MAPPAR}
    assert per_mapp["delad"] == 13
    assert all(per_mapp[mapp] >= antal for mapp, antal in MINST.items()), per_mapp


@pytest.mark.parametrize("dok", DOKUMENT, ids=[d.nyckel for d in DOKUMENT])
def test_facit_ar_valformad(dok: jamfor.Dokument) -> None:
    """Each truth file names an existing file, a source, and has exactly its type's fields."""
    facit = dok.facit
    assert dok.fil.exists(), dok.fil
    assert facit["dokumenttyp"] in ("remiss", "yttrande", "annat")
    assert facit.get("kalla"), "kalla saknas"
    assert facit.get("granskad", True), "facit är ett ogranskat förslag"
    assert set(dok.falt) <= set(facit), set(dok.falt) - set(facit)
    kalltext = dok.fil.with_suffix(".txt")
    assert kalltext.exists() and kalltext.read_text(encoding="utf-8").startswith("# source: ")
    if facit["dokumenttyp"] == "remiss" and facit["svarsdatum"] is not None:
        assert len(facit["svarsdatum"]) == 10 and facit["svarsdatum"][4] == "-"


def test_kanda_fel_namner_bara_befintliga_falt() -> None:
    """kanda_fel.json lists only documents and fields that exist (no stale entries)."""
    falt = {d.nyckel: set(d.falt) for d in DOKUMENT}
    stale = {k: sorted(set(v) - falt.get(k, set())) for k, v in KANDA.items()}
    assert {k: v for k, v in stale.items() if v} == {}


def test_jamfor_normaliserar() -> None:
    """The comparison ignores case, spacing, dash and quote forms, end punctuation and a 'Dnr' prefix."""
    assert jamfor.norm(" Remiss  av ”SOU 2024:8 – Bättre”. ") == jamfor.norm("remiss av SOU 2024:8 - bättre")
    assert jamfor.norm_dnr("Dnr KS 2023/145") == jamfor.norm_dnr("KS2023/145")
    assert jamfor.norm_dnr("Fi2022/03456") != jamfor.norm_dnr("Fi2022/03457")
    assert jamfor.instanser_f1(["A", "B"], ["a", "b", "c"])[2] == pytest.approx(0.8)
    assert json.loads(json.dumps(jamfor.instanser_f1(None, []))) == [1.0, 1.0, 1.0]


@pytest.mark.parametrize("spec", rendera.specs(), ids=lambda s: s["id"])
def test_blocken_foljer_kalltexten(spec: dict) -> None:
    """Each built document's blocks join back to its cut source text: no word added or changed."""
    _, text = rendera.kalltext(spec)
    klippt = rendera.klipp(spec, text)
    rendera.kontrollera(spec, klippt, rendera.block(spec, klippt), text)


# "Länsstyrelsen" alone names two different senders: Jönköping (missiv/) and Östergötland (prov/).
SAMMA_ORD_OLIKA_AVSANDARE = {"länsstyrelsen"}


def _avsandare(dok: jamfor.Dokument) -> str | None:
    """Return a document's normalised sender (the held-out sets' yttranden and annat name it too)."""
    return jamfor.norm(dok.facit.get("avsandare"))


# held-out sets: each shares no sender and no source page with any other folder
HALLS_UTANFOR = (
    "prov2", "prov3", "prov4", "prov5", "prov6", "prov7", "prov8", "prov9", "prov10", "prov11", "prov12",
    "prov13", "prov14", "prov15", "prov16", "prov17", "prov18", "prov19", "prov20",
    "prov21", "prov22", "prov23", "prov24", "prov25", "prov26", "prov27", "prov28",
    "prov29", "prov30", "prov31", "prov32", "prov33", "prov34", "prov35", "prov36",
    "prov37", "prov38", "prov39", "prov40", "prov41", "prov42", "prov43", "prov44",
    "prov45",
    "prov46",
)


@pytest.mark.parametrize("mapp", HALLS_UTANFOR)
def test_provmangd_har_egna_avsandare(mapp: str) -> None:
    """A held-out set shares no sender and no source page with any other folder (the other sets included)."""
    andra = [d for d in DOKUMENT if d.mapp != mapp]
    egna = [d for d in DOKUMENT if d.mapp == mapp]
    assert egna
    gemensamma = {_avsandare(d) for d in egna} & {_avsandare(d) for d in andra}
    assert gemensamma - {None} - SAMMA_ORD_OLIKA_AVSANDARE == set()
    assert {d.facit["kalla"] for d in egna} & {d.facit["kalla"] for d in andra} == set()


@pytest.mark.parametrize("mapp", HALLS_UTANFOR)
def test_provmangd_anger_avsandare_for_varje_dokument(mapp: str) -> None:
    """Every held-out truth names its sender (null only for a page naming none), so the check above bites."""
    saknas = [d.nyckel for d in DOKUMENT if d.mapp == mapp and "avsandare" not in d.facit]
    assert saknas == []


def test_kontrollen_fangar_ett_andrat_ord() -> None:
    """The join-back check rejects a block worded unlike the source, and a header value not in it."""
    spec = next(s for s in rendera.specs() if s["id"] == "rk-n2015-06917")
    _, text = rendera.kalltext(spec)
    klippt = rendera.klipp(spec, text)
    block = rendera.block(spec, klippt)
    rendera.kontrollera(spec, klippt, block, text)
    andrat = [rendera.Block(b.typ, b.text.replace("Boverket", "Bolagsverket"), b.plats) for b in block]
    with pytest.raises(rendera.SpecFel):
        rendera.kontrollera(spec, klippt, andrat, text)
    with pytest.raises(rendera.SpecFel):
        rendera.kontrollera({**spec, "huvud": ["N2015/99999/PUB"]}, klippt, block, text)
