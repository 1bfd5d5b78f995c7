"""Domain types: frozen dataclasses with to_dict()/from_dict(), shared by every stage.

Pages, lines and words are our own plain types: pdfplumber pages, pypdfium2 objects,
spaCy docs and SQLAlchemy rows never cross a module boundary.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Stallningstagande = Literal["tillstyrker", "avstyrker", "avstar"]
STALLNINGSTAGANDEN: tuple[str, ...] = ("tillstyrker", "avstyrker", "avstar")
Dokumenttyp = Literal["missiv", "yttrande", "protokollsutdrag", "kallelse", "annat"]


# --- reading -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Word:
    """A word on a page with its box in PDF points (top-left origin) and font."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    bold: bool = False
    size: float = 0.0


_STORE = object.__setattr__  # how a frozen dataclass stores a field (Line.__init__)


@dataclass(frozen=True, init=False)
class Line:
    """A line of text on a page; `number` counts from 1 within the page."""

    text: str
    page: int
    number: int
    top: float | None = None
    bold: bool = False
    ocr: bool = False
    cells_x: tuple[float, ...] = ()  # left edge (points) of each ' | ' cell, when read by position
    size: float = 0.0  # font size in points (0 when unknown: DOCX, OCR)
    x0: float | None = None  # left edge in points, when read by position
    x1: float | None = None  # right edge in points, when read by position
    bottom: float | None = None  # lower edge in points from the page top, when read by position
    cells_x1: tuple[float, ...] = ()  # right edge (points) of each ' | ' cell, beside cells_x
    # each word that reading joined, as the document writes it ('identitets- märkningar', remiss.clean
    # .avstavade_ord): a title keeps the document's words (titel36); no part of the line's identity
    avstavat: tuple[str, ...] = field(default=(), compare=False)

    def __init__(self, text: str, page: int, number: int, top: float | None = None, bold: bool = False,
                 ocr: bool = False, cells_x: tuple[float, ...] = (), size: float = 0.0,
                 x0: float | None = None, x1: float | None = None, bottom: float | None = None,
                 cells_x1: tuple[float, ...] = (), avstavat: tuple[str, ...] = ()) -> None:
        """The __init__ @dataclass would write, each field stored by object.__setattr__ bound once (a frozen
        dataclass's own looks it up for every field, and a long PDF makes thousands of lines). Storing into
        `self.__dict__` at once would be faster still, but the dict then keeps its own keys instead of sharing
        them: 2,6 times the memory per line. tests/test_fart17.py checks fields, order and defaults."""
        store = _STORE
        store(self, "text", text)
        store(self, "page", page)
        store(self, "number", number)
        store(self, "top", top)
        store(self, "bold", bold)
        store(self, "ocr", ocr)
        store(self, "cells_x", cells_x)
        store(self, "size", size)
        store(self, "x0", x0)
        store(self, "x1", x1)
        store(self, "bottom", bottom)
        store(self, "cells_x1", cells_x1)
        store(self, "avstavat", avstavat)


@dataclass(frozen=True)
class Page:
    """One page: its number (from 1), its lines, and whether the text came from OCR."""

    number: int
    lines: tuple[Line, ...]
    ocr: bool = False
    width: float = 0.0
    height: float = 0.0
    furniture: tuple[Line, ...] = ()  # a Word file's footers and later pages' headers: shown, never read

    @property
    def text(self) -> str:
        """Return the page's text, one line per line."""
        return "\n".join(line.text for line in self.lines)


@dataclass(frozen=True)
class Handling:
    """A read document (PDF or DOCX): its path, its pages and its sha256."""

    fil: str
    pages: tuple[Page, ...]
    sha256: str = ""

    @property
    def lines(self) -> list[Line]:
        """Return every line of every page in order."""
        return [line for page in self.pages for line in page.lines]


@dataclass(frozen=True)
class Del:
    """A part of a Handling found by splitting: its type and its page range (inclusive)."""

    dokumenttyp: Dokumenttyp
    forsta_sida: int
    sista_sida: int
    lines: tuple[Line, ...] = ()
    bedomning: Any = None  # remiss.split.Bedomning for a missiv: its score and signals
    # for a missiv: the lines before it that may open its page (remiss.split.oppning), where a listing page
    # names the sender of the remisser it lists ('På den här sidan listar Strålsäkerhetsmyndigheten …')
    oppning: tuple[Line, ...] = ()


# --- extracted fields ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Kalla:
    """Where a field was read: page number and the source line; `ocr` when read by OCR.

    `epost` says the field came from an e-mail: "rubrik" (a header line such as From or Subject;
    sida is then 0) or "brödtext" (a line of the mail's text, which was read as the missiv).
    """

    sida: int
    text: str
    ocr: bool = False
    epost: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"sida": self.sida, "text": self.text}
        if self.ocr:
            data["ocr"] = True
        if self.epost:
            data["epost"] = self.epost
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Kalla:
        return cls(sida=data["sida"], text=data["text"], ocr=bool(data.get("ocr", False)),
                   epost=data.get("epost"))


@dataclass(frozen=True)
class Epost:
    """The e-mail a remiss came in: sender address, subject, Date (ISO, local time) and the missiv.

    `missiv` is the attachment's file name, or "brödtext" when the mail's text is the missiv;
    `missiv_sha256` is the hash of that attachment (or of the text), the register's key.
    """

    fil: str
    missiv: str
    missiv_sha256: str
    fran: str | None = None
    amne: str | None = None
    datum: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Epost | None:
        if not data:
            return None
        return cls(fil=data["fil"], missiv=data["missiv"], missiv_sha256=data["missiv_sha256"],
                   fran=data.get("fran"), amne=data.get("amne"), datum=data.get("datum"))


@dataclass(frozen=True)
class Remissinstans:
    """A remissinstans as listed, with its match to the kommun's organisations."""

    namn: str
    epost: str | None = None
    grupp: str | None = None
    omfattning: str | None = None
    kanoniskt_namn: str | None = None
    matchning: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Remissinstans:
        return cls(namn=data["namn"], epost=data.get("epost"), grupp=data.get("grupp"),
                   omfattning=data.get("omfattning"), kanoniskt_namn=data.get("kanoniskt_namn"),
                   matchning=data.get("matchning"))


@dataclass(frozen=True)
class Handlaggare:
    """The sender's handläggare: name, phone and e-mail, each possibly unknown."""

    namn: str | None = None
    telefon: str | None = None
    epost: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Handlaggare:
        data = data or {}
        return cls(namn=data.get("namn"), telefon=data.get("telefon"), epost=data.get("epost"))


@dataclass(frozen=True)
class Krav:
    """What the missiv demands of the answer."""

    sammanfattning: bool = False
    stallningstagande: bool = False
    amnesrad: str | None = None
    filformat: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "sammanfattning": self.sammanfattning,
            "stallningstagande": self.stallningstagande,
            "amnesrad": self.amnesrad,
            "filformat": list(self.filformat),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Krav:
        data = data or {}
        return cls(
            sammanfattning=bool(data.get("sammanfattning")),
            stallningstagande=bool(data.get("stallningstagande")),
            amnesrad=data.get("amnesrad"),
            filformat=tuple(data.get("filformat") or ()),
        )


@dataclass(frozen=True)
class Remiss:
    """A remiss (its missiv) as extracted from a file: every field with provenance."""

    fil: str
    sidor: tuple[int, int]
    diarienummer: str | None = None
    klassificering: str | None = None
    avsandare: str | None = None
    titel: str | None = None
    datum: str | None = None  # ISO 8601
    svarsdatum: str | None = None  # ISO 8601
    svarsadress: str | None = None
    kopia: tuple[str, ...] = ()
    remissinstanser: tuple[Remissinstans, ...] = ()
    handlaggare: Handlaggare = field(default_factory=Handlaggare)
    krav: Krav = field(default_factory=Krav)
    egen_instans_berord: bool | None = None
    varningar: tuple[str, ...] = ()
    kallor: dict[str, Kalla] = field(default_factory=dict)
    dokumenttyp: str = "remiss"
    inkommen: str | None = None  # ISO 8601: the day the remiss came in (an e-mail's Date, local time)
    bilagor: tuple[str, ...] = ()  # file names of the other attachments of the e-mail
    epost: Epost | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form documented in the README (inkommen, bilagor, epost only when known)."""
        data = {
            "fil": self.fil,
            "sidor": list(self.sidor),
            "dokumenttyp": self.dokumenttyp,
            "diarienummer": self.diarienummer,
            "klassificering": self.klassificering,
            "avsandare": self.avsandare,
            "titel": self.titel,
            "datum": self.datum,
            "svarsdatum": self.svarsdatum,
            "svarsadress": self.svarsadress,
            "kopia": list(self.kopia),
            "remissinstanser": [r.to_dict() for r in self.remissinstanser],
            "handlaggare": self.handlaggare.to_dict(),
            "krav": self.krav.to_dict(),
            "egen_instans_berord": self.egen_instans_berord,
            "varningar": list(self.varningar),
            "kallor": {name: k.to_dict() for name, k in self.kallor.items()},
        }
        if self.inkommen:
            data["inkommen"] = self.inkommen
        if self.bilagor:
            data["bilagor"] = list(self.bilagor)
        if self.epost is not None:
            data["epost"] = self.epost.to_dict()
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Remiss:
        """Given the JSON form, return the Remiss."""
        return cls(
            fil=data["fil"],
            sidor=(int(data["sidor"][0]), int(data["sidor"][1])),
            dokumenttyp=data.get("dokumenttyp", "remiss"),
            diarienummer=data.get("diarienummer"),
            klassificering=data.get("klassificering"),
            avsandare=data.get("avsandare"),
            titel=data.get("titel"),
            datum=data.get("datum"),
            svarsdatum=data.get("svarsdatum"),
            svarsadress=data.get("svarsadress"),
            kopia=tuple(data.get("kopia") or ()),
            remissinstanser=tuple(Remissinstans.from_dict(r) for r in data.get("remissinstanser") or ()),
            handlaggare=Handlaggare.from_dict(data.get("handlaggare")),
            krav=Krav.from_dict(data.get("krav")),
            egen_instans_berord=data.get("egen_instans_berord"),
            varningar=tuple(data.get("varningar") or ()),
            kallor={k: Kalla.from_dict(v) for k, v in (data.get("kallor") or {}).items()},
            inkommen=data.get("inkommen"),
            bilagor=tuple(data.get("bilagor") or ()),
            epost=Epost.from_dict(data.get("epost")),
        )


# --- checking yttranden --------------------------------------------------------------------------


@dataclass(frozen=True)
class Brist:
    """A problem found in a yttrande: a stable code and a Swedish text."""

    kod: str
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"kod": self.kod, "text": self.text}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Brist:
        return cls(kod=data["kod"], text=data["text"])
