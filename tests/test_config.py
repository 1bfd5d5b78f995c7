"""The configuration file: defaults, search order, the sample file, errors with file and line."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from remiss.config import STARTER_TOML, Config, load_config, parse_config, write_starter
from remiss.errors import ConfigError

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Run each test in an empty directory without REMISS_CONFIG."""
    monkeypatch.delenv("REMISS_CONFIG", raising=False)
    monkeypatch.chdir(tmp_path)


def test_defaults_without_file() -> None:
    """Without any file the defaults are Borås Stad and Arbetslivsnämnden."""
    config = load_config()
    assert config == Config()
    assert (config.kommun, config.namnd, config.namnd_genitiv) == ("Borås Stad", "Arbetslivsnämnden",
                                                                   "Arbetslivsnämndens")
    assert config.beredningstid == 21 and config.sammantradesdagar == ()


def test_sample_config_has_monthly_meetings() -> None:
    """samples/remiss.toml holds eleven meetings a year 2024–2027, none in July, all Tuesdays."""
    config = load_config(ROOT / "samples" / "remiss.toml")
    days = config.sammantradesdagar
    assert {d.year for d in days} == {2024, 2025, 2026, 2027}
    assert len(days) == 44
    assert all(d.weekday() == 1 for d in days)
    assert not [d for d in days if d.month == 7]
    assert list(days) == sorted(days)
    assert config.fil and config.fil.endswith("remiss.toml")


def test_search_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The argument wins over REMISS_CONFIG, which wins over ./remiss.toml."""
    (tmp_path / "remiss.toml").write_text('namnd = "Lokal"\n', encoding="utf-8")
    assert load_config().namnd == "Lokal"
    env = tmp_path / "env.toml"
    env.write_text('namnd = "Miljö"\n', encoding="utf-8")
    monkeypatch.setenv("REMISS_CONFIG", str(env))
    assert load_config().namnd == "Miljö"
    arg = tmp_path / "arg.toml"
    arg.write_text('namnd = "Argument"\n', encoding="utf-8")
    assert load_config(arg).namnd == "Argument"


def test_malformed_toml_names_file_and_line(tmp_path: Path) -> None:
    """A syntax error gives the file, the line and what is wrong."""
    bad = tmp_path / "bad.toml"
    bad.write_text('kommun = "Borås Stad"\nnamnd = \n', encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(bad)
    assert info.value.fil == str(bad)
    assert "rad 2, kolumn" in info.value.message
    assert "felaktig TOML" in info.value.message


def test_unknown_key_is_named() -> None:
    """An unknown key is an error naming the key and its line."""
    with pytest.raises(ConfigError) as info:
        parse_config('kommun = "X"\nnamn = "Y"\n', fil="x.toml")
    assert "okänd inställning 'namn'" in info.value.message
    assert info.value.message.startswith("rad 2: ")


def test_wrong_types_are_refused() -> None:
    """Text fields need strings, beredningstid a non-negative integer, meetings dates."""
    with pytest.raises(ConfigError, match="text inom citattecken"):
        parse_config("kommun = 3\n")
    with pytest.raises(ConfigError, match="heltal"):
        parse_config("beredningstid = -1\n")
    with pytest.raises(ConfigError, match="inget datum"):
        parse_config('sammantradesdagar = ["2026-13-01"]\n')


def test_dates_as_strings_are_accepted_sorted() -> None:
    """ISO strings and TOML dates both work; the result is sorted without duplicates."""
    config = parse_config('sammantradesdagar = ["2026-03-31", 2026-01-27, 2026-01-27]\n')
    assert config.sammantradesdagar == (date(2026, 1, 27), date(2026, 3, 31))


def test_missing_explicit_file_is_error(tmp_path: Path) -> None:
    """A --config path that does not exist is an error, not silent defaults."""
    with pytest.raises(ConfigError, match="finns inte"):
        load_config(tmp_path / "saknas.toml")


def test_starter_config_parses_and_is_not_overwritten(tmp_path: Path) -> None:
    """The starter file parses to the defaults and is not overwritten without force."""
    target = write_starter(tmp_path / "remiss.toml")
    assert parse_config(STARTER_TOML) == Config(fil="remiss.toml")
    with pytest.raises(ConfigError, match="--force"):
        write_starter(target)
    target.write_text("# ändrad\n", encoding="utf-8")
    write_starter(target, force=True)
    assert target.read_text(encoding="utf-8") == STARTER_TOML
