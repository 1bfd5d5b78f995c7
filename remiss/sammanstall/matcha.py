"""Matching an answer's sender to the missiv's remissinstanser, with the organisation matcher.

The remissinstanser become a small organisation list of their own (each with its name as listed, its
canonical name, that organisation's aliases and förvaltningar, and its e-mail address), so the same
normalisation, threshold (TROSKEL) and ambiguity guard as everywhere else decide. A name below the
threshold is never forced onto an instans.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from remiss.domain import Remissinstans
from remiss.match import (
    TROSKEL,
    VARNINGSGRANS,
    Organisation,
    Organisationer,
    forslag,
    grupp_omfattar,
    match_namn,
)


@dataclass(frozen=True)
class Traff:
    """An answer's instans: the listed instans (or the listed group), the score, and a near miss."""

    instans: Remissinstans | None
    score: float | None = None
    grupp: str | None = None  # the listed group when the sender is covered by "Alla nämnder …"
    namn: str | None = None  # the name the answer is shown under (the instans as listed, or the sender)
    narmast: str | None = None  # best instans below the threshold (for the reason in `ovriga`)


@dataclass(frozen=True)
class Instanslista:
    """The missiv's remissinstanser with a matcher, and the kommun's organisations."""

    instanser: tuple[Remissinstans, ...]
    orgs: Organisationer

    @cached_property
    def enskilda(self) -> tuple[Remissinstans, ...]:
        """Return the instanser that are single bodies (not "Alla nämnder …")."""
        return tuple(i for i in self.instanser if not grupp_omfattar(i.namn, self.orgs.kommun))

    @cached_property
    def grupper(self) -> tuple[tuple[Remissinstans, frozenset[str]], ...]:
        """Return the group instanser with the organisation types each covers."""
        return tuple(
            (i, typer) for i in self.instanser if (typer := grupp_omfattar(i.namn, self.orgs.kommun))
        )

    @cached_property
    def matchare(self) -> Organisationer:
        """Return the instanser as an organisation list of their own (aliases from the kommun's file)."""
        poster = []
        sedda: set[str] = set()
        for instans in self.enskilda:
            if instans.namn in sedda:
                continue
            sedda.add(instans.namn)
            alias: list[str] = []
            forkortning = None
            org = self.orgs.get(instans.kanoniskt_namn) if instans.kanoniskt_namn else None
            if org is not None:
                alias += [org.namn, *org.alias]
                forkortning = org.forkortning
                alias += [f.namn for f in self.orgs.organisationer if f.namnd == org.namn]  # its förvaltning
                alias += [a for f in self.orgs.organisationer if f.namnd == org.namn for a in f.alias]
            poster.append(
                Organisation(
                    namn=instans.namn,
                    typ="övrig",
                    forkortning=forkortning,
                    epost=instans.epost.casefold() if instans.epost else None,
                    alias=tuple(dict.fromkeys(a for a in alias if a != instans.namn)),
                )
            )
        return Organisationer(kommun=self.orgs.kommun, organisationer=tuple(poster), fil="remissinstanser")

    def per_namn(self, namn: str) -> Remissinstans | None:
        """Given a listed name, return the first instans listed under it."""
        return next((i for i in self.enskilda if i.namn == namn), None)

    def matcha(self, namn: str) -> Traff:
        """Given a sender's name, return the instans it is (at or above the threshold), else a miss."""
        basta = forslag(namn, self.matchare)
        if basta is not None and basta.score >= TROSKEL:
            return Traff(self.per_namn(basta.kanoniskt_namn), basta.score, namn=basta.kanoniskt_namn)
        grupp = self._grupp(namn)
        if grupp is not None:
            return grupp
        narmast = basta.kanoniskt_namn if basta is not None and basta.score >= VARNINGSGRANS else None
        return Traff(None, basta.score if basta else None, narmast=narmast)

    def matcha_epost(self, adress: str | None) -> Traff | None:
        """Given an e-mail address, return the instans listed with it (the missiv's table), else None."""
        if not adress:
            return None
        for instans in self.enskilda:
            if instans.epost and instans.epost.casefold() == adress.casefold():
                return Traff(instans, 100.0, namn=instans.namn)
        return None

    def _grupp(self, namn: str) -> Traff | None:
        """Given a sender, return it under a listed group covering its kind ("Alla nämnder …"), else None."""
        if not self.grupper:
            return None
        traff = match_namn(namn, self.orgs)
        org = self.orgs.get(traff.kanoniskt_namn) if traff else None
        if org is None or org.extern:
            return None
        for instans, typer in self.grupper:
            if org.typ in typer or (org.typ == "förvaltning" and "nämnd" in typer and org.namnd):
                shown = self.orgs.get(org.namnd) if org.typ == "förvaltning" and org.namnd else org
                return Traff(
                    instans,
                    traff.score if traff else None,
                    grupp=instans.namn,
                    namn=shown.namn if shown else org.namn,
                )
        return None

    def kand_organisation(self, text: str) -> bool:
        """Return True when a short text names a remissinstans or one of the kommun's organisations."""
        basta = forslag(text, self.matchare)
        return (basta is not None and basta.score >= TROSKEL) or match_namn(text, self.orgs) is not None

    def epost_organisation(self, adress: str) -> str | None:
        """Given an e-mail address, return the instans or organisation it belongs to, else None."""
        traff = self.matcha_epost(adress)
        if traff is not None and traff.instans is not None:
            return traff.instans.namn
        org = self.orgs.per_epost.get(adress.casefold())
        return org.namn if org else None
