"""The organisation files in modeller/ are valid data: checked by remiss.match.validera."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from remiss.errors import ConfigError
from remiss.match import TYPER, load_organisationer, normalisera, validera

MODELLER = Path(__file__).resolve().parent.parent / "modeller"
FILER = sorted(f for f in MODELLER.glob("*.json")  # the learned models: weights, no organisations
               if f.name not in ("typmodell.json", "titelmodell.json", "enhetsmodell.json"))


def _data(fil: Path) -> dict:
    return json.loads(fil.read_text(encoding="utf-8"))


def test_det_finns_en_organisationsfil() -> None:
    """At least the Borås file is there."""
    assert MODELLER / "boras.json" in FILER


@pytest.mark.parametrize("fil", FILER, ids=lambda f: f.name)
def test_organisationsfilen_ar_giltig(fil: Path) -> None:
    """Every organisation file validates without problems."""
    assert validera(_data(fil)) == []


@pytest.mark.parametrize("fil", FILER, ids=lambda f: f.name)
def test_inga_dubbletter_efter_normalisering(fil: Path) -> None:
    """No name, alias or förkortning is shared by two entries after normalisation."""
    agare: dict[str, str] = {}
    for post in _data(fil)["organisationer"]:
        texter = [post["namn"], *post["alias"]] + ([post["forkortning"]] if post["forkortning"] else [])
        nycklar = [normalisera(text) for text in texter]
        assert len(nycklar) == len(set(nycklar)), post["namn"]
        for text, nyckel in zip(texter, nycklar, strict=True):
            assert nyckel not in agare, f"{text} ({post['namn']}) krockar med {agare.get(nyckel)}"
        agare.update(dict.fromkeys(nycklar, post["namn"]))


@pytest.mark.parametrize("fil", FILER, ids=lambda f: f.name)
def test_typer_och_epost(fil: Path) -> None:
    """Every typ is known and every e-mail is a lower-case address."""
    for post in _data(fil)["organisationer"]:
        assert post["typ"] in TYPER
        if post["epost"]:
            assert post["epost"] == post["epost"].lower() and post["epost"].count("@") == 1


def test_boras_har_seedernas_namnder_och_bolag() -> None:
    """Every nämnd and bolag the seeds list is in the Borås file under its canonical name."""
    orgs = load_organisationer()
    namn = {org.namn for org in orgs.organisationer}
    for krav in ("Kommunstyrelsen", "Arbetslivsnämnden", "Fritids- och folkhälsonämnden", "Förskolenämnden",
                 "Grundskolenämnden", "Gymnasie- och vuxenutbildningsnämnden",
                 "Individ- och familjeomsorgsnämnden", "Kulturnämnden", "Lokalförsörjningsnämnden",
                 "Miljö- och konsumentnämnden", "Samhällsbyggnadsnämnden", "Servicenämnden",
                 "Sociala omsorgsnämnden", "Stadsrevisionen", "Tekniska nämnden", "Valnämnden",
                 "Vård- och äldrenämnden", "Överförmyndarnämnden", "Borås Energi och Miljö AB",
                 "Borås Djurpark AB", "AB Bostäder i Borås", "Fristadbostäder AB", "AB Sandhultsbostäder",
                 "AB Toarpshus", "Viskaforshem AB", "Industribyggnader i Borås AB", "Inkubatorn i Borås AB",
                 "Nätkraft Borås AB", "Borås Kommuns Parkerings AB", "Borås TME AB",
                 "Akademiplatsen i Borås AB", "Arbetslivsförvaltningen", "Stadsledningskansliet",
                 "Miljöförvaltningen"):
        assert krav in namn, krav


def test_seedernas_diariumadresser() -> None:
    """The diarium addresses the seeds give are on the right organisations, in lower case."""
    orgs = load_organisationer()
    adresser = {org.namn: org.epost for org in orgs.organisationer}
    assert adresser["Arbetslivsnämnden"] == "aln.diarium@boras.se"
    assert adresser["Kommunstyrelsen"] == "ks.diarium@boras.se"
    assert adresser["Fritids- och folkhälsonämnden"] == "ff.diarium@boras.se"
    assert adresser["Individ- och familjeomsorgsnämnden"] == "ifon.diarium@boras.se"
    assert adresser["Sociala omsorgsnämnden"] == "son.diarium@boras.se"
    assert adresser["Vård- och äldrenämnden"] == "van.diarium@boras.se"
    assert adresser["Miljö- och konsumentnämnden"] == "miljo@boras.se"


def test_stavning_utan_bindestreck_ar_inget_alias() -> None:
    """"Fritids och folkhälsonämnden" is handled by normalisation, so it must not be an alias."""
    post = next(p for p in _data(MODELLER / "boras.json")["organisationer"]
                if p["namn"] == "Fritids- och folkhälsonämnden")
    assert "Fritids och folkhälsonämnden" not in post["alias"]


def _giltig() -> dict:
    return {"kommun": "Exempelby kommun", "organisationer": [
        {"namn": "Kommunstyrelsen", "typ": "nämnd", "forkortning": "KS", "epost": "ks@exempelby.se",
         "alias": []},
        {"namn": "Kulturnämnden", "typ": "nämnd", "forkortning": None, "epost": None, "alias": ["Kultur"]},
    ]}


def test_validera_godtar_en_liten_fil() -> None:
    """A minimal well-formed file has no problems."""
    assert validera(_giltig()) == []


@pytest.mark.parametrize(("andring", "vantat"), [
    (lambda d: d["organisationer"][1].update(typ="namnd"), "\"typ\" 'namnd' är okänd"),
    (lambda d: d["organisationer"][1].update(epost="kultur.exempelby.se"),
     "e-postadressen 'kultur.exempelby.se'"),
    (lambda d: d["organisationer"][1].update(alias=["kommunstyrelsen."]),
     "'kommunstyrelsen.' hos Kulturnämnden krockar med Kommunstyrelsen"),
    (lambda d: d["organisationer"][1].update(namn="KOMMUNSTYRELSEN"),
     "'KOMMUNSTYRELSEN' hos KOMMUNSTYRELSEN krockar med Kommunstyrelsen"),
    (lambda d: d["organisationer"][1].update(alias=["KULTURNÄMNDEN."]), "samma som ett annat av dess namn"),
    (lambda d: d["organisationer"][1].update(aliases=[]), "okänt fält \"aliases\""),
    (lambda d: d["organisationer"][1].update(epost="ks@exempelby.se"), "står på flera organisationer"),
    (lambda d: d["organisationer"][1].update(namnd="Fritidsnämnden"), "'Fritidsnämnden' hos Kulturnämnden"),
    (lambda d: d["organisationer"][1].update(extern="ja"), "\"extern\" ska vara true eller false"),
    (lambda d: d.pop("kommun"), "\"kommun\" saknas"),
    (lambda d: d.update(organisationer=[]), "\"organisationer\" saknas"),
])
def test_validera_hittar_felet(andring, vantat: str) -> None:
    """Each kind of broken entry is reported in Swedish."""
    data = _giltig()
    andring(data)
    problem = validera(data)
    assert any(vantat in p for p in problem), problem


def test_trasig_json_ger_configerror_med_fil_och_rad(tmp_path: Path) -> None:
    """A malformed JSON file raises ConfigError naming the file and the line."""
    fil = tmp_path / "trasig.json"
    fil.write_text('{"kommun": "X",\n "organisationer": [\n', encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_organisationer(fil)
    assert str(fil) in str(info.value) and "rad 3" in str(info.value)


def test_ogiltig_post_ger_configerror(tmp_path: Path) -> None:
    """A file with an unknown typ raises ConfigError that names the problem."""
    data = _giltig()
    data["organisationer"][0]["typ"] = "styrelse"
    fil = tmp_path / "fel.json"
    fil.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ConfigError, match="organisation 1: \"typ\" 'styrelse' är okänd"):
        load_organisationer(fil)


def test_saknad_fil_ger_configerror(tmp_path: Path) -> None:
    """A missing organisation file raises ConfigError, not OSError."""
    with pytest.raises(ConfigError, match="finns inte"):
        load_organisationer(tmp_path / "saknas.json")


def test_egen_fil_for_annan_kommun(tmp_path: Path) -> None:
    """Another kommun's file is loaded from its path."""
    fil = tmp_path / "exempelby.json"
    fil.write_text(json.dumps(_giltig(), ensure_ascii=False), encoding="utf-8")
    orgs = load_organisationer(fil)
    assert orgs.kommun == "Exempelby kommun"
    assert [o.namn for o in orgs.organisationer] == ["Kommunstyrelsen", "Kulturnämnden"]


def test_inbyggd_fil_hittas_fran_annan_katalog(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """"modeller/boras.json" in a config works outside the repository: the bundled file is used."""
    monkeypatch.chdir(tmp_path)
    assert load_organisationer("modeller/boras.json") is load_organisationer()
    assert load_organisationer("boras.json").kommun == "Borås Stad"


def test_las_jsonl_names_the_bad_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The kontroll's JSON-lines rule files share one reader: a wrong line stops with its number."""
    from remiss import modelldata
    from remiss.kontroll import overlamning, signaler, struktur

    assert len(signaler.load_signaler()) > 10 and len(struktur.load_drag()) > 10
    assert overlamning.load_formler()
    (tmp_path / "regler.jsonl").write_text('{"id": "a", "exempel": "x"}\n\n{"id": "b", "exempel": ""}\n',
                                           encoding="utf-8")
    monkeypatch.setattr(modelldata, "modell_text", lambda fil: (tmp_path / fil).read_text(encoding="utf-8"))

    def regel(row: dict[str, str]) -> str:
        if not row["exempel"]:
            raise ValueError("exempel saknas")
        return row["id"]

    with pytest.raises(ConfigError, match=r"rad 3: exempel saknas\. Rätta regelfilen\."):
        modelldata.las_jsonl("regler.jsonl", regel, "Rätta regelfilen.")
    (tmp_path / "regler.jsonl").write_text('{"id": "a", "exempel": "x"}\n', encoding="utf-8")
    assert modelldata.las_jsonl("regler.jsonl", regel) == ("a",)
    (tmp_path / "regler.jsonl").write_text('{"id": "a", "exempel": "x"}\n{"id": \n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"rad 2 är inte giltig JSON \(.+\)\. Rätta regelfilen\."):
        modelldata.las_jsonl("regler.jsonl", regel, "Rätta regelfilen.")


def test_stallningsmonstren_lases_av_samma_lasare(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The stance pattern file is read by `las_jsonl` too: a pattern with an unknown label names its line."""
    from remiss import modelldata, nlp

    assert len(nlp.load_patterns()) > 10
    (tmp_path / nlp.MONSTERFIL).write_text(
        '{"id": "a", "label": "TILLSTYRKER", "pattern": []}\n{"id": "b", "label": "JA", "pattern": []}\n',
        encoding="utf-8")
    monkeypatch.setattr(modelldata, "modell_text", lambda fil: (tmp_path / fil).read_text(encoding="utf-8"))
    nlp.load_patterns.cache_clear()
    try:
        with pytest.raises(ConfigError, match=r"rad 2: har okänd label 'JA' .*Rätta mönsterfilen\."):
            nlp.load_patterns()
    finally:
        nlp.load_patterns.cache_clear()


def test_modell_text_is_the_packaged_file() -> None:
    """modell_text reads a model file from the package's folder, the text importlib.resources gives."""
    from importlib import resources

    from remiss.modelldata import modell_text

    for fil in ("fornamn.txt", "missiv.toml", "boras.json", "stallningstagande.jsonl"):
        assert modell_text(fil) == resources.files("modeller").joinpath(fil).read_text(encoding="utf-8")


def test_modell_toml_kept_between_runs_is_what_tomllib_reads(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """The TOML data kept between runs (recache's memo) is the data tomllib parses from the file."""
    import tomllib

    from remiss import modelldata, recache

    monkeypatch.setattr(recache, "cache_file", lambda: tmp_path / "re.marshal")
    monkeypatch.setattr(recache, "_MEMOS", {})
    for fil in ("dnr.toml", "missiv.toml", "listor.toml", "titel.toml"):
        parsed = tomllib.loads(modelldata.modell_text(fil))
        assert modelldata.modell_toml.__wrapped__(fil) == parsed  # parsed, and put in the memo
    recache._save_memos()
    assert len(list(tmp_path.glob("memo-toml-*.marshal"))) == 4
    monkeypatch.setattr(recache, "_MEMOS", {})
    monkeypatch.setattr(modelldata, "_parse_toml", None)  # not called: the data comes from the memo
    for fil in ("dnr.toml", "missiv.toml", "listor.toml", "titel.toml"):
        kept = modelldata.modell_toml.__wrapped__(fil)  # from the memo file
        assert kept == tomllib.loads(modelldata.modell_text(fil))
        assert list(kept) == list(tomllib.loads(modelldata.modell_text(fil)))  # same key order
