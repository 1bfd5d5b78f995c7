"""Plain types of the check: a found yttrande, its sections, a found ställningstagande, the result."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from remiss.domain import Brist, Kalla, Line

# Value of `stallningstagande` when the beslut states different ställningstaganden for different parts.
BLANDAT = "blandat"


@dataclass(frozen=True)
class Yttrandedel:
    """A yttrande found in a Handling: its own lines (header to signatures), title and diarienummer."""

    lines: tuple[Line, ...]
    titel: str
    titelrader: int  # how many of `lines` (counted from `titelindex`) make up the title
    titelindex: int  # index in `lines` of the first title line
    diarienummer: str | None = None
    igenkanning: str = ""  # why a yttrande without a title was read as one (cues and structure), else ""
    # the lines above the first yttrande on its title's page, outside it: a page's own headline and the lead
    # that introduces the yttrande under it ("Akademien avvisar KEX-utredningen" / "Akademiens presidium
    # har idag … inlämnat följande yttrande över KEX-utredningen.")
    ovanfor: tuple[Line, ...] = ()

    @property
    def sidor(self) -> tuple[int, int]:
        """Return the first and last page of the yttrande."""
        return (self.lines[0].page, self.lines[-1].page)

    @property
    def innehall(self) -> tuple[Line, ...]:
        """Return the lines after the title."""
        return self.lines[self.titelindex + self.titelrader :]


@dataclass(frozen=True)
class Avsnitt:
    """A yttrande's text split by heading: beslut, sammanfattning, body, expedieras till."""

    beslut: tuple[Line, ...] = ()
    sammanfattning: tuple[Line, ...] = ()
    brodtext: tuple[Line, ...] = ()
    expedieras: tuple[Line, ...] = ()
    har_beslutsrubrik: bool = False
    har_sammanfattningsrubrik: bool = False
    namnd: str | None = None  # the nämnd named in "<Nämnd>s beslut"
    # the sammanfattning's and the body's lines in the order read: a transcript's line split at a run-in
    # heading ("… Nacka kommun. Sammanfattning Planarbetet bör" / "avbrytas …") gives parts of one line to
    # both
    text_i_ordning: tuple[Line, ...] = ()


@dataclass(frozen=True)
class Fynd:
    """A ställningstagande found in a sentence: value, part, page, sentence, pattern, flags."""

    varde: str  # tillstyrker, avstyrker, avstar
    del_: str  # "beslut" or "brodtext"
    sida: int
    mening: str
    monster: str
    negerad: bool = False
    svag: bool = False
    objekt: str = ""
    meningsnummer: int = 0
    bara_del: bool = False  # the pattern names a part ("positiv till en utvecklad samverkan"), not the whole
    ocr: bool = False
    # the object is a thing the remiss proposes, named by itself ("tillstyrker den regleringsteknik som
    # utredningen föreslår"): the whole when unopposed, one part beside a part the other way
    foreslaget: bool = False
    # such a thing beside a part the other way, with the stance word: a stance on a part, which counts (only
    # an opinion without the word on it is a comment, `bara_del`)
    del_bland_flera: bool = False
    # the sentence restates the remitted document's name ("tillstyrker förslaget att integritetsskyddet för
    # enskilda ska stärkas när kreditupplysning …" under "Ett starkare skydd för den enskildes integritet vid
    # kreditupplysning, DS 2008:34"): the whole, though its object reads as a named proposal
    remissens_namn: bool = False


@dataclass(frozen=True)
class Yttrandekontroll:
    """The result of checking one yttrande: what was found and its brister."""

    fil: str
    sidor: tuple[int, int]
    diarienummer: str | None
    titel: str
    stallningstagande: str | None
    stallningstagande_kalla: Kalla | None = None
    stallningstagande_del: str | None = None  # "beslut" or "brodtext"
    delar: tuple[str, ...] = ()  # the parts of a mixed ("blandat") ställningstagande
    har_sammanfattning: bool = False
    brister: tuple[Brist, ...] = ()
    expedieras_till: tuple[str, ...] = field(default=())
    anmarkningar: tuple[str, ...] = ()  # notes that are no brist (a proposal still marked [FÖRSLAG])
    igenkant: bool = True  # False: nothing in the file read as a yttrande; the whole file was checked as one
    igenkanning: str = ""  # why a yttrande without a title was read as one (cues and structure), else ""

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form documented in the README."""
        return {
            "fil": self.fil,
            "sidor": list(self.sidor),
            "diarienummer": self.diarienummer,
            "titel": self.titel,
            "stallningstagande": self.stallningstagande,
            "stallningstagande_kalla": self.stallningstagande_kalla.to_dict()
            if self.stallningstagande_kalla
            else None,
            "stallningstagande_del": self.stallningstagande_del,
            "delar": list(self.delar),
            "har_sammanfattning": self.har_sammanfattning,
            "brister": [b.to_dict() for b in self.brister],
            "expedieras_till": list(self.expedieras_till),
            "anmarkningar": list(self.anmarkningar),
            "igenkant": self.igenkant,
            "igenkanning": self.igenkanning,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Yttrandekontroll:
        """Given the JSON form, return the Yttrandekontroll."""
        kalla = data.get("stallningstagande_kalla")
        return cls(
            fil=data["fil"],
            sidor=(int(data["sidor"][0]), int(data["sidor"][1])),
            diarienummer=data.get("diarienummer"),
            titel=data["titel"],
            stallningstagande=data.get("stallningstagande"),
            stallningstagande_kalla=Kalla.from_dict(kalla) if kalla else None,
            stallningstagande_del=data.get("stallningstagande_del"),
            delar=tuple(data.get("delar") or ()),
            har_sammanfattning=bool(data.get("har_sammanfattning")),
            brister=tuple(Brist.from_dict(b) for b in data.get("brister") or ()),
            expedieras_till=tuple(data.get("expedieras_till") or ()),
            anmarkningar=tuple(data.get("anmarkningar") or ()),
            igenkant=bool(data.get("igenkant", True)),
            igenkanning=str(data.get("igenkanning") or ""),
        )
