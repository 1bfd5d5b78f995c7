"""Sammanställning av remissvar: every answer matched to its instans or kept apart, stance, missing list."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from functools import lru_cache
from pathlib import Path

import pytest

from remiss.domain import Remiss, Remissinstans
from remiss.sammanstall import sammanstall
from remiss.sammanstall.typer import Sammanstallning
from tests.conftest import SAMPLES, write_pdf

SVAR = SAMPLES / "remissvar" / "delaktighet"
FACIT = json.loads((SAMPLES / "remissvar" / "delaktighet.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=8)
def missiv(namn: str) -> Remiss:
    """Return the remiss read from a sample missiv (once per test run)."""
    from remiss.pipeline import tolka_fil

    return tolka_fil(SAMPLES / namn)[0]


@lru_cache(maxsize=1)
def delaktighet() -> Sammanstallning:
    """Return the sammanställning of the sample answers to the delaktighet remiss."""
    return sammanstall(missiv("delaktighet_inflytande.pdf"), SVAR)


def _alla(s: Sammanstallning) -> dict[str, list]:
    """Return every answer (matched or kept apart) per file name."""
    out: dict[str, list] = {}
    for svar in s.svar + s.ovriga:
        out.setdefault(Path(svar.fil).name, []).append(svar)
    return out


@pytest.mark.parametrize("fil", sorted(FACIT["svar"]))
def test_every_answer_is_matched_or_kept_apart(fil: str) -> None:
    """Each sample answer goes to the instans in the facit (or to ovriga, or to the errors), stance right."""
    facit = FACIT["svar"][fil]
    s = delaktighet()
    if facit["fel"]:
        assert fil in [Path(f.fil).name for f in s.fel]
        assert fil not in _alla(s)
        return
    [svar] = _alla(s)[fil]
    assert svar.instans == facit["instans"]
    assert svar.stallningstagande == facit["stallningstagande"]
    if facit["datum"]:
        assert svar.datum == facit["datum"]
    if facit["instans"]:
        assert (svar.sen, svar.galler) == (facit["sen"], facit["galler"])
    else:
        assert svar.orsak


def test_missing_list_is_exact_and_in_list_order() -> None:
    """The missing instanser are exactly those without an answer, in the missiv's order."""
    assert list(delaktighet().saknas) == FACIT["saknas"]


def test_json_has_the_documented_shape() -> None:
    """The JSON holds remiss, svar, saknas, ovriga and fel with the documented keys."""
    data = delaktighet().to_dict()
    assert set(data) == {"remiss", "svar", "saknas", "ovriga", "fel"}
    assert data["remiss"]["diarienummer"] == "KS 2022-00667"
    nycklar = {
        "instans",
        "fil",
        "avsandare",
        "datum",
        "sen",
        "stallningstagande",
        "har_sammanfattning",
        "sammanfattning",
        "kalla",
        "galler",
    }
    for svar in data["svar"]:
        assert nycklar <= set(svar) <= nycklar | {"bilaga", "grupp"}
    tn = next(s for s in data["svar"] if s["instans"] == "Tekniska nämnden")
    assert tn["kalla"] == {"sida": 1, "text": "Tekniska nämnden avstyrker riktlinjerna i nuvarande form."}
    assert tn["har_sammanfattning"] is True and tn["sammanfattning"].startswith(
        "Tekniska nämnden delar målet"
    )
    for ovrig in data["ovriga"]:
        assert {"fil", "avsandare", "orsak", "stallningstagande"} <= set(ovrig) and "instans" not in ovrig
    assert data["fel"][0]["fil"].endswith("trasig.pdf")
    json.dumps(data)


def test_the_later_of_two_answers_counts() -> None:
    """Two answers from Förskolenämnden are both shown; the later (2022-12-01) is the one that counts."""
    svar = [s for s in delaktighet().svar if s.instans == "Förskolenämnden"]
    assert [(s.datum, s.galler) for s in svar] == [("2022-11-18", False), ("2022-12-01", True)]


def test_an_answer_by_mail_is_read_from_its_attachment_and_late_by_its_date() -> None:
    """The e-mail's PDF attachment is the answer; it was sent after the svarsdatum, so it is late."""
    [svar] = _alla(delaktighet())["SV KS 2022-00667.eml"]
    assert svar.bilaga == "Remissvar BEM.pdf" and svar.inkom == "2022-12-07" and svar.sen


def test_a_meeting_package_gives_only_the_yttrande_on_this_remiss(tmp_path: Path) -> None:
    """A whole meeting package as an answer: only the yttrande that names the remiss is taken."""
    shutil.copy(SAMPLES / "paket" / "sammantrade_003.pdf", tmp_path)
    s = sammanstall(missiv("delaktighet_inflytande.pdf"), tmp_path)
    assert [(x.instans, x.stallningstagande, x.datum) for x in s.svar] == [
        ("Arbetslivsnämnden", "tillstyrker", "2022-11-15")
    ]
    assert not s.ovriga and len(s.saknas) == 27
    assert any("andra remisser hoppades över" in a for a in s.anmarkningar)


def test_skolsegregation_answer_in_its_package(tmp_path: Path) -> None:
    """The seed package's yttrande over the skolsegregation motion answers that remiss: 6 of 7 missing."""
    shutil.copy(SAMPLES / "paket" / "sammantrade_003.pdf", tmp_path)
    s = sammanstall(missiv("skolsegregation.pdf"), tmp_path)
    assert [(x.instans, x.stallningstagande) for x in s.svar] == [("Arbetslivsnämnden", "tillstyrker")]
    assert "Arbetslivsnämnden" not in s.saknas and len(s.saknas) == 6


def test_a_group_instans_is_answered_by_its_members(tmp_path: Path) -> None:
    """Miljöprogrammet goes to "Alla nämnder …": Arbetslivsnämnden's answer counts for that group."""
    shutil.copy(SAMPLES / "paket" / "sammantrade_000.pdf", tmp_path)
    remiss = missiv("miljoprogram.pdf")
    s = sammanstall(remiss, tmp_path)
    [svar] = s.svar
    assert svar.instans == "Arbetslivsnämnden" and svar.grupp == remiss.remissinstanser[0].namn
    assert svar.stallningstagande == "tillstyrker"
    assert list(s.saknas) == [i.namn for i in remiss.remissinstanser[1:]]


# --- senders in other layouts, built here -----------------------------------------------------------


def _remiss(*namn: str, epost: dict[str, str] | None = None) -> Remiss:
    """Return a remiss from Kommunstyrelsen with these remissinstanser, matched to the organisations."""
    from remiss.pipeline import match_remiss

    epost = epost or {}
    instanser = tuple(Remissinstans(namn=n, epost=epost.get(n)) for n in namn)
    return match_remiss(
        Remiss(
            fil="m.pdf",
            sidor=(1, 1),
            diarienummer="KS 2023-00100",
            avsandare="Kommunstyrelsen",
            titel="Policy för medborgardialog",
            svarsdatum="2023-05-31",
            remissinstanser=instanser,
        )
    )


def _mail(path: Path, *, fran: str, amne: str, text: str) -> Path:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = fran, "ks.diarium@boras.se", amne
    msg["Date"] = format_datetime(datetime(2023, 5, 20, 10, 0, tzinfo=UTC))
    msg.set_content(text)
    path.write_bytes(bytes(msg))
    return path


def test_letterhead_under_the_kommun_and_the_addressee_are_not_the_sender(tmp_path: Path) -> None:
    """'Borås Stad' and the addressee Kommunstyrelsen are skipped; the nämnd under them is the sender."""
    write_pdf(
        tmp_path / "a.pdf",
        [
            [
                "Borås Stad",
                "Grundskolenämnden",
                "2023-05-12",
                "Kommunstyrelsen",
                "Yttrande över Policy för medborgardialog",
                "Förslag till beslut",
                "Nämnden föreslås tillstyrka policyn.",
                "Ärendet",
                "Policyn är tydlig och bra för eleverna.",
            ]
        ],
    )
    s = sammanstall(_remiss("Grundskolenämnden", "Kommunstyrelsen", "Kulturnämnden"), tmp_path)
    assert [(x.instans, x.stallningstagande, x.datum) for x in s.svar] == [
        ("Grundskolenämnden", "tillstyrker", "2023-05-12")
    ]
    assert list(s.saknas) == ["Kommunstyrelsen", "Kulturnämnden"]


def test_signature_names_the_sender(tmp_path: Path) -> None:
    """A letter without letterhead: 'För Samhällsbyggnadsnämnden' at the end names the sender."""
    write_pdf(
        tmp_path / "b.pdf",
        [
            [
                "Remissvar: Policy för medborgardialog",
                "Sammanfattning",
                "Vi ser positivt på policyn men saknar en plan för uppföljning.",
                "Vi avstyrker förslaget i nuvarande form.",
                "För Samhällsbyggnadsnämnden",
                "Eva Ek, ordförande",
            ]
        ],
    )
    s = sammanstall(_remiss("Samhällsbyggnadsnämnden", "Kulturnämnden"), tmp_path)
    assert [(x.instans, x.stallningstagande, x.har_sammanfattning) for x in s.svar] == [
        ("Samhällsbyggnadsnämnden", "avstyrker", True)
    ]


def test_a_near_miss_is_not_forced_onto_an_instans(tmp_path: Path) -> None:
    """'Vård- och omsorgsnämnden' is not Vård- och äldrenämnden: kept apart, with the near miss named."""
    write_pdf(
        tmp_path / "c.pdf",
        [
            [
                "Datum",
                "2023-05-02",
                "Instans",
                "Vård- och omsorgsnämnden",
                "Yttrande över remiss: Policy för medborgardialog",
                "Vård- och omsorgsnämndens beslut",
                "Vård- och omsorgsnämnden tillstyrker policyn.",
            ]
        ],
    )
    s = sammanstall(_remiss("Vård- och äldrenämnden", "Kulturnämnden"), tmp_path)
    assert not s.svar and list(s.saknas) == ["Vård- och äldrenämnden", "Kulturnämnden"]
    [ovrig] = s.ovriga
    assert ovrig.avsandare == "Vård- och omsorgsnämnden"
    assert (
        "finns inte bland remissinstanserna" in (ovrig.orsak or "")
        and "Vård- och äldrenämnden" in ovrig.orsak
    )


def test_a_body_not_on_the_list_goes_to_ovriga(tmp_path: Path) -> None:
    """Hyresgästföreningen answers although not asked: it is in ovriga with the reason, never an instans."""
    write_pdf(
        tmp_path / "d.pdf",
        [
            [
                "Hyresgästföreningen Region Västra Sverige",
                "2023-05-15",
                "Remissvar Policy för medborgardialog",
                "Hyresgästföreningen tillstyrker policyn och vill delta i dialogerna.",
            ]
        ],
    )
    s = sammanstall(_remiss("Kulturnämnden"), tmp_path)
    assert not s.svar and [o.avsandare for o in s.ovriga] == ["Hyresgästföreningen Region Västra Sverige"]


def test_mail_matched_by_the_address_listed_for_the_instans(tmp_path: Path) -> None:
    """A mail whose text names no body is matched by the sender address the missiv lists for the instans."""
    _mail(
        tmp_path / "svar.eml",
        fran="Diakonicentrum <boras.diakonicentrum@svenskakyrkan.se>",
        amne="Svar på remiss",
        text="Hej!\n\nVi har tagit del av remissen och tillstyrker motionen.\n\nAnna",
    )
    remiss = _remiss(
        "Svenska kyrkan", "Kulturnämnden", epost={"Svenska kyrkan": "boras.diakonicentrum@svenskakyrkan.se"}
    )
    s = sammanstall(remiss, tmp_path)
    assert [(x.instans, x.stallningstagande, x.datum) for x in s.svar] == [
        ("Svenska kyrkan", "tillstyrker", "2023-05-20")
    ]


def test_mail_subject_names_the_instans(tmp_path: Path) -> None:
    """The missiv asks for the instans's name in the subject line: that names the sender of a bare mail."""
    _mail(
        tmp_path / "svar.eml",
        fran="Kim Ek <kim.ek@boras.se>",
        amne="SV: KS 2023-00100 Kulturnämnden",
        text="Hej,\n\nNämnden avstår från att yttra sig.\n\nKim",
    )
    s = sammanstall(_remiss("Kulturnämnden", "Tekniska nämnden"), tmp_path)
    assert [(x.instans, x.stallningstagande) for x in s.svar] == [("Kulturnämnden", "avstar")]


def test_unreadable_and_unsupported_files_are_listed_and_the_rest_go_on(tmp_path: Path) -> None:
    """An empty PDF and a .txt are errors with a Swedish reason; the good answer is still compiled."""
    (tmp_path / "tom.pdf").write_bytes(b"")
    (tmp_path / "anteckning.txt").write_text("hej", encoding="utf-8")
    (tmp_path / ".DS_Store").write_bytes(b"\0")
    write_pdf(
        tmp_path / "ok.pdf",
        [
            [
                "Datum",
                "2023-05-02",
                "Instans",
                "Kulturnämnden",
                "Yttrande över remiss: Policy för medborgardialog",
                "Kulturnämndens beslut",
                "Kulturnämnden tillstyrker policyn.",
            ]
        ],
    )
    s = sammanstall(_remiss("Kulturnämnden"), tmp_path)
    assert [x.instans for x in s.svar] == ["Kulturnämnden"]
    fel = {Path(f.fil).name: f.fel for f in s.fel}
    assert set(fel) == {"tom.pdf", "anteckning.txt"}
    assert "tom" in fel["tom.pdf"] and "filtypen .txt" in fel["anteckning.txt"]


@pytest.mark.parametrize(
    ("rader", "instans"),
    [
        (
            [
                "Datum | Instans | Dnr",
                "2023-05-02 | Kulturnämnden | KUN 2023-00031",
                "Yttrande över remiss: Policy för medborgardialog",
                "Förslag till beslut",
                "Nämnden tillstyrker policyn.",
            ],
            "Kulturnämnden",
        ),
        (
            [
                "Yttrande från Tekniska nämnden över Policy för medborgardialog",
                "2023-05-02",
                "Nämnden tillstyrker policyn i sin helhet.",
            ],
            "Tekniska nämnden",
        ),
        (
            [
                "Kulturnämndens yttrande över Policy för medborgardialog",
                "2023-05-02",
                "Nämnden tillstyrker policyn i sin helhet.",
            ],
            "Kulturnämnden",
        ),
        (
            [
                "Utdrag ur protokoll fört vid Tekniska nämndens sammanträde 2023-05-10",
                "§ 61",
                "Policy för medborgardialog",
                "Beslut",
                "Nämnden beslutar att tillstyrka policyn.",
            ],
            "Tekniska nämnden",
        ),
        (
            [
                "Svar på remiss om Policy för medborgardialog",
                "Nämnden tillstyrker policyn.",
                "Med vänlig hälsning",
                "Kim Ek",
                "Nämndsekreterare, Kulturnämnden",
            ],
            "Kulturnämnden",
        ),
    ],
    ids=["huvudtabell", "rubrik-fran", "rubrik-genitiv", "protokollsutdrag", "underskrift-med-roll"],
)
def test_sender_in_other_layouts(tmp_path: Path, rader: list[str], instans: str) -> None:
    """A header table, a title naming the body, a protocol, a signature with a role: each names the sender."""
    write_pdf(tmp_path / "svar.pdf", [rader])
    s = sammanstall(_remiss("Kulturnämnden", "Tekniska nämnden"), tmp_path)
    assert [(x.instans, x.stallningstagande) for x in s.svar] == [(instans, "tillstyrker")]


def test_a_paraphrased_title_is_no_other_remiss(tmp_path: Path) -> None:
    """'Yttrande angående medborgardialogen' shares a content word with the remiss: it is an answer to it."""
    write_pdf(
        tmp_path / "a.pdf",
        [
            [
                "Datum",
                "2023-05-02",
                "Instans",
                "Kulturnämnden",
                "Yttrande angående medborgardialogen i kommunen",
                "Kulturnämndens beslut",
                "Kulturnämnden tillstyrker förslaget.",
            ]
        ],
    )
    s = sammanstall(_remiss("Kulturnämnden"), tmp_path)
    assert [x.instans for x in s.svar] == ["Kulturnämnden"] and not s.ovriga


def test_the_missiv_among_the_answers_is_skipped(tmp_path: Path) -> None:
    """The missiv itself in the answer folder is no answer: it is skipped with a note."""
    shutil.copy(SAMPLES / "skolsegregation.pdf", tmp_path)
    s = sammanstall(missiv("skolsegregation.pdf"), tmp_path)
    assert not s.svar and not s.ovriga and len(s.saknas) == 7
    assert any("är ett missiv" in a for a in s.anmarkningar)


def test_an_outlook_msg_with_the_answer_attached(tmp_path: Path) -> None:
    """An Outlook .msg (read by remiss.epost) with the yttrande as PDF attachment is an answer like a .eml."""
    from aspose.email_foss.msg import MapiMessage

    pdf = write_pdf(
        tmp_path / "bilaga.pdf",
        [
            [
                "Datum",
                "2023-05-09",
                "Instans",
                "Tekniska nämnden",
                "Yttrande över remiss: Policy för medborgardialog",
                "Tekniska nämndens beslut",
                "Tekniska nämnden avstyrker policyn.",
            ]
        ],
    )
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "Eva Ek <eva.ek@boras.se>", "ks.diarium@boras.se", "Remissvar"
    msg["Date"] = format_datetime(datetime(2023, 6, 2, 10, 0, tzinfo=UTC))
    msg.set_content("Hej, här kommer nämndens yttrande.")
    msg.add_attachment(pdf.read_bytes(), maintype="application", subtype="pdf", filename="Yttrande TN.pdf")
    mapp = tmp_path / "svar"
    mapp.mkdir()
    MapiMessage.from_email_message(msg).save(str(mapp / "svar.msg"))
    s = sammanstall(_remiss("Tekniska nämnden", "Kulturnämnden"), mapp)
    [svar] = s.svar
    assert (svar.instans, svar.stallningstagande, svar.bilaga) == (
        "Tekniska nämnden",
        "avstyrker",
        "Yttrande TN.pdf",
    )
    assert (svar.datum, svar.inkom, svar.sen) == ("2023-05-09", "2023-06-02", True)  # sent after 2023-05-31


@pytest.mark.parametrize(
    ("missiv_fil", "paket", "stallning", "datum", "saknas"),
    [
        ("delaktighet_inflytande.pdf", "sammantrade_003.pdf", "tillstyrker", "2022-11-15", 27),
        ("skolsegregation.pdf", "sammantrade_003.pdf", "tillstyrker", "2022-11-15", 6),
        ("hemloshet.pdf", "sammantrade_003.pdf", "tillstyrker", "2022-11-15", 34),
        ("anhoriga_kriminella.pdf", "sammantrade_000.pdf", "tillstyrker", "2022-08-29", 6),
        ("miljoprogram.pdf", "sammantrade_000.pdf", "tillstyrker", "2022-08-29", 3),
        ("finskt_forvaltningsomrade.pdf", "sammantrade_002.pdf", "avstyrker", "2024-04-16", 0),
        ("overenskommelsen.pdf", "sammantrade_002.pdf", None, "2024-04-16", 27),
    ],
)
def test_seed_remisser_with_all_meeting_packages_as_answers(
    missiv_fil: str, paket: str, stallning: str | None, datum: str, saknas: int
) -> None:
    """With the three seed packages as the answer folder, each seed remiss gets exactly its own yttrande."""
    s = sammanstall(missiv(missiv_fil), SAMPLES / "paket")
    assert [(x.instans, Path(x.fil).name, x.stallningstagande, x.datum) for x in s.svar] == [
        ("Arbetslivsnämnden", paket, stallning, datum)
    ]
    assert len(s.saknas) == saknas and not s.ovriga and not s.fel


def test_the_first_line_of_a_whole_document_is_read_as_text(tmp_path: Path) -> None:
    """A mail whose first line is the decision: that line counts (it is no title to skip)."""
    _mail(
        tmp_path / "svar.eml",
        fran="Vård- och äldrenämnden <van.diarium@boras.se>",
        amne="KS 2023-00100",
        text="Nämnden har beslutat att avstå från att yttra sig över policyn.\n/ Registrator",
    )
    s = sammanstall(_remiss("Vård- och äldrenämnden", "Kulturnämnden"), tmp_path)
    assert [(x.instans, x.stallningstagande) for x in s.svar] == [("Vård- och äldrenämnden", "avstar")]


def test_associations_named_with_the_place_match_their_instans(tmp_path: Path) -> None:
    """'Svenska kyrkan i Borås', a signature 'Frälsningsarmén Borås', 'Kvinnojouren i Borås': the listed
    'Svenska kyrkan', 'Frälsningsarmén', 'Kvinnojouren Borås'; Hyresgästföreningen is kept apart."""
    write_pdf(
        tmp_path / "a.pdf",
        [
            [
                "Svenska kyrkan i Borås",
                "2022-11-21",
                "Till Individ- och familjeomsorgsnämnden",
                "Remissvar – Program mot hemlöshet",
                "Svenska kyrkan i Borås ställer sig bakom programmet.",
            ]
        ],
    )
    write_pdf(
        tmp_path / "b.pdf",
        [
            [
                "Synpunkter på Program mot hemlöshet",
                "2022-11-25",
                "Programmet saknar konkreta åtgärder för personer i akut hemlöshet.",
                "Vi avstyrker därför programmet i nuvarande form.",
                "Frälsningsarmén Borås",
                "Kårledare Anna Berg",
            ]
        ],
    )
    write_pdf(
        tmp_path / "c.pdf",
        [
            [
                "Kvinnojouren i Borås",
                "2022-11-29",
                "Svar på remiss om Program mot hemlöshet",
                "Kvinnojouren tillstyrker programmet.",
            ]
        ],
    )
    write_pdf(
        tmp_path / "d.pdf",
        [
            [
                "Hyresgästföreningen Borås",
                "2022-11-30",
                "Yttrande över Program mot hemlöshet",
                "Hyresgästföreningen tillstyrker programmet.",
            ]
        ],
    )
    s = sammanstall(missiv("hemloshet.pdf"), tmp_path)
    assert [(Path(x.fil).name, x.instans, x.stallningstagande) for x in s.svar] == [
        ("a.pdf", "Svenska kyrkan", "tillstyrker"),
        ("b.pdf", "Frälsningsarmén", "avstyrker"),
        ("c.pdf", "Kvinnojouren Borås", "tillstyrker"),
    ]
    assert [o.avsandare for o in s.ovriga] == ["Hyresgästföreningen Borås"]
