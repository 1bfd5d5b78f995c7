"""Swedish singular/plural and local (Swedish) time in human output."""

from __future__ import annotations

from remiss.sprak import antal, lokal_tid


def test_antal_ger_singular_for_ett() -> None:
    """One file is "1 fil", two are "2 filer", none are "0 filer"."""
    assert [antal(n, "fil", "filer") for n in (0, 1, 2)] == ["0 filer", "1 fil", "2 filer"]


def test_lokal_tid_vinter_och_sommar() -> None:
    """A UTC time is shown in Swedish time: +1 h in winter, +2 h in summer."""
    assert lokal_tid("2026-11-24T05:50:55+00:00") == "2026-11-24 06:50"
    assert lokal_tid("2026-07-01T10:00:00+00:00") == "2026-07-01 12:00"
    assert lokal_tid("2026-07-01T12:00:00+02:00") == "2026-07-01 12:00"


def test_lokal_tid_utan_varde() -> None:
    """No time is shown as a dash; something unreadable is shown as it is."""
    assert lokal_tid(None) == "–"
    assert lokal_tid("igår") == "igår"
