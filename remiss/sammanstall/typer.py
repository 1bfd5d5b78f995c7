"""Plain types of a sammanställning: one answer, one answer kept apart, one unreadable file, the whole."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from remiss.domain import Kalla, Remiss


@dataclass(frozen=True)
class Avsandare:
    """Who sent an answer: the name as written and where it was read (instans, beslut, brevhuvud …)."""

    namn: str
    kalla: str  # instans, protokoll, beslut, mening, brevhuvud, underskrift, amnesrad, e-post, avsandarnamn
    epost: str | None = None


@dataclass(frozen=True)
class Svar:
    """One answer to the remiss: its file, sender, date, stance, sammanfattning and matched instans."""

    fil: str
    avsandare: str | None
    datum: str | None  # ISO 8601
    stallningstagande: str | None
    har_sammanfattning: bool
    sammanfattning: str
    kalla: Kalla | None = None
    instans: str | None = None  # the remissinstans as listed in the missiv
    sen: bool = False
    galler: bool = True  # False for an earlier answer from the same instans
    bilaga: str | None = None  # the attachment's name when the answer came by e-mail
    inkom: str | None = None  # ISO date the e-mail was sent, when it came by e-mail
    grupp: str | None = None  # the listed group ("Alla nämnder …") the instans belongs to
    sidor: tuple[int, int] = (1, 1)
    avsandare_kalla: str | None = None
    orsak: str | None = None  # why it is kept apart (ovriga only)
    sha256: str = ""

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form of an answer in `svar` (documented in the README)."""
        data: dict[str, Any] = {
            "instans": self.instans,
            "fil": self.fil,
            "avsandare": self.avsandare,
            "datum": self.datum,
            "sen": self.sen,
            "stallningstagande": self.stallningstagande,
            "har_sammanfattning": self.har_sammanfattning,
            "sammanfattning": self.sammanfattning,
            "kalla": self.kalla.to_dict() if self.kalla else None,
            "galler": self.galler,
        }
        if self.bilaga:
            data["bilaga"] = self.bilaga
        if self.grupp:
            data["grupp"] = self.grupp
        return data

    def ovrig_dict(self) -> dict[str, Any]:
        """Return the JSON form of an answer kept apart in `ovriga`: no instans, with the reason."""
        data = {k: v for k, v in self.to_dict().items() if k not in ("instans", "galler", "grupp")}
        return {"fil": data.pop("fil"), "avsandare": data.pop("avsandare"), "orsak": self.orsak, **data}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Svar:
        """Given the JSON form (of `svar` or `ovriga`), return the Svar."""
        kalla = data.get("kalla")
        return cls(
            fil=data["fil"],
            avsandare=data.get("avsandare"),
            datum=data.get("datum"),
            stallningstagande=data.get("stallningstagande"),
            har_sammanfattning=bool(data.get("har_sammanfattning")),
            sammanfattning=data.get("sammanfattning") or "",
            kalla=Kalla.from_dict(kalla) if kalla else None,
            instans=data.get("instans"),
            sen=bool(data.get("sen")),
            galler=bool(data.get("galler", True)),
            bilaga=data.get("bilaga"),
            grupp=data.get("grupp"),
            orsak=data.get("orsak"),
        )


@dataclass(frozen=True)
class Lasfel:
    """A file in the answer folder that could not be read, with the Swedish error."""

    fil: str
    fel: str

    def to_dict(self) -> dict[str, Any]:
        return {"fil": self.fil, "fel": self.fel}


@dataclass(frozen=True)
class Sammanstallning:
    """The compiled answers to one remiss: answers per instans, the missing, the others, the errors."""

    remiss: Remiss
    svar: tuple[Svar, ...] = ()
    saknas: tuple[str, ...] = ()
    ovriga: tuple[Svar, ...] = ()
    fel: tuple[Lasfel, ...] = ()
    post_id: int | None = None
    anmarkningar: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form documented in the README (the issue's schema plus `fel`)."""
        remiss = self.remiss.to_dict()
        if self.post_id is not None:
            remiss = {"id": self.post_id, **remiss}
        return {
            "remiss": remiss,
            "svar": [s.to_dict() for s in self.svar],
            "saknas": list(self.saknas),
            "ovriga": [s.ovrig_dict() for s in self.ovriga],
            "fel": [f.to_dict() for f in self.fel],
        }
