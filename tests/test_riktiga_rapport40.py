"""Titles the title model cut after a document's kind (prov37 in the retraining with prov40, session 42)."""

from remiss.titelmodell import _named_after_kind, rules_name_more


def test_namnet_efter_rapportordet_ar_mer() -> None:
    # prov37/rk-2025-veterinarpersonal-hojd-beredskap: the heading breaks after 'rapport'; the model trained
    # with prov40 chose the first line (0,43) over the rules' whole heading
    regel = ("Jordbruksverkets och Livsmedelsverkets rapport Reglering av veterinärpersonal med mera vid "
             "höjd beredskap")
    modell = "Jordbruksverkets och Livsmedelsverkets rapport"
    assert rules_name_more(regel, modell)


def test_forfarande_eller_datum_efter_slaget_ar_inget_namn() -> None:
    assert not _named_after_kind("Kommunens översiktsplan Samråd", "Kommunens översiktsplan")
    assert not _named_after_kind("Kommunens avfallsplan 12 mars", "Kommunens avfallsplan")


def test_ett_ensamt_slagord_har_ingen_agare() -> None:
    assert not _named_after_kind("Rapport Reglering av veterinärpersonal", "Rapport")
