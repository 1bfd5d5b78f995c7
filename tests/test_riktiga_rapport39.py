"""Titles the title model cut at a line end inside an act's name (prov39, reported in session 41)."""

from remiss.titelmodell import rules_name_more


def test_lagens_nummer_efter_modellens_titel_ar_mer() -> None:
    # prov39/rk-2020-transportstyrelsen-luftfart-framstallan: the heading's first line ends at 'och
    # förordningen'; the rules joined the next line '(1994:1808) om behöriga myndigheter …'
    regel = ("Transportstyrelsens framställan om ändring i luftfartsförordningen (2010:770) och förordningen "
             "(1994:1808) om behöriga myndigheter på den civila luftfartens område")
    modell = "Transportstyrelsens framställan om ändring i luftfartsförordningen (2010:770) och förordningen"
    assert rules_name_more(regel, modell)


def test_omskrivning_med_sou_nummer() -> None:
    regel = "Remiss av betänkandet En ny lag (SOU 2021:12) om kommunal planering"
    assert rules_name_more(regel, "Remiss av betänkandet En ny lag")


def test_modellens_titel_med_lagens_nummer_namnger_mer() -> None:
    regel = "Ändring i förordningen"
    assert not rules_name_more(regel, "Ändring i förordningen (2010:770) om behöriga myndigheter")
