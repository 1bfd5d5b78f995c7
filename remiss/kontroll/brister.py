"""Judging a yttrande: its ställningstagande from the findings, and its brister with stable codes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from remiss.domain import Brist, Kalla, Line
from remiss.kontroll.typer import BLANDAT, Avsnitt, Fynd

# Stable codes (README: "Bristkoder"). Never rename one: scripts branch on them.
SAKNAR_STALLNINGSTAGANDE = "SAKNAR_STALLNINGSTAGANDE"
MOTSTRIDIGT_STALLNINGSTAGANDE = "MOTSTRIDIGT_STALLNINGSTAGANDE"
STALLNINGSTAGANDE_UTANFOR_BESLUT = "STALLNINGSTAGANDE_UTANFOR_BESLUT"
SAKNAR_SAMMANFATTNING = "SAKNAR_SAMMANFATTNING"
PLATSHALLARE_KVAR = "PLATSHALLARE_KVAR"
OKANT_DIARIENUMMER = "OKANT_DIARIENUMMER"
SVARSDATUM_PASSERAT = "SVARSDATUM_PASSERAT"
EXPEDIERAS_SAKNAR_AVSANDARE = "EXPEDIERAS_SAKNAR_AVSANDARE"
BRISTKODER: tuple[str, ...] = (
    SAKNAR_STALLNINGSTAGANDE,
    MOTSTRIDIGT_STALLNINGSTAGANDE,
    STALLNINGSTAGANDE_UTANFOR_BESLUT,
    SAKNAR_SAMMANFATTNING,
    PLATSHALLARE_KVAR,
    OKANT_DIARIENUMMER,
    SVARSDATUM_PASSERAT,
    EXPEDIERAS_SAKNAR_AVSANDARE,
)

PLATSHALLARE = re.compile(
    r"\[[^\]\n]{0,100}?[A-ZÅÄÖ]{3,}[^\]\n]{0,100}?\]"  # [VÄLJ STÄLLNINGSTAGANDE], [FÖRSLAG], [NAMN]
    r"|«[^»\n]{1,60}»"  # Word merge fields «OrgNamn»
    r"|\bX{3,}\b|\bx{3,}\b"  # XXX
    r"|\{\{[^}\n]{0,60}\}\}|\{%[^%\n]{0,60}%\}"  # template tags left behind
    r"|Fel!\s+(?:Dokumentvariabel\s+saknas|Referenskälla\s+hittades\s+inte|Ingen\s+text)[^.\n]*\.?"
    r"|Error!\s+Reference\s+source\s+not\s+found\.?"
    r"|ÅÅÅÅ-MM-DD|\bLorem\s+ipsum\b"
    # the template's own instructions: "Skriv en kort sammanfattning av nämndens yttrande här.",
    # Word's "Klicka eller tryck här för att ange text."
    r"|\b(?:Skriv|Fyll\s+i|Ange|Beskriv|Infoga|Klistra\s+in|Lägg\s+till)\b[^.\n\[\]]{0,100}?\bhär\b\.?"
    r"|\bKlicka(?:\s+eller\s+tryck)?\s+här\s+för\s+att\s+(?:ange|skriva)\s+(?:text|datum)\.?"
)
MIN_SAMMANFATTNING_ORD = 4


@dataclass(frozen=True)
class Bedomning:
    """The judged ställningstagande of a yttrande: value, source, parts and brister."""

    stallningstagande: str | None
    kalla: Kalla | None
    del_: str | None
    delar: tuple[str, ...]
    brister: tuple[Brist, ...]


def bedom(beslut: list[Fynd], brodtext: list[Fynd], *, har_beslutsrubrik: bool) -> Bedomning:
    """Given the findings of the beslut section and of the body, return the judged ställningstagande."""
    beslut = _strong_or_weak(_foreslaget_bland_delar(beslut))
    brodtext = _foreslaget_bland_delar(brodtext)
    if beslut:  # only a strong stance on the whole in the body can contradict the beslut (README: konflikt is
        # never stances on different parts, "tillstyrker förslaget" beside "avstyrker förslaget om avgifter")
        return _from_beslut(beslut, [f for f in brodtext if not f.svag and on_whole(f)])
    brodtext = _strong_or_weak(brodtext)
    if brodtext:
        conclusion = _conclusion(brodtext)
        varde, delar = _value(conclusion)
        brister: tuple[Brist, ...] = ()
        if har_beslutsrubrik:  # a remissvar without a beslut section states its stance in the text
            brister = (
                Brist(
                    STALLNINGSTAGANDE_UTANFOR_BESLUT,
                    f"Ställningstagandet ({_name(varde, delar)}) står bara i brödtexten (sida "
                    f"{conclusion[0].sida}), inte i beslutet. Skriv det i beslutsmeningen.",
                ),
            )
        return Bedomning(varde, _kalla(conclusion[0]), "brodtext", delar, brister)
    brist = Brist(
        SAKNAR_STALLNINGSTAGANDE,
        "Yttrandet saknar ställningstagande: skriv i beslutet om nämnden "
        "tillstyrker, avstyrker eller avstår från att yttra sig.",
    )
    return Bedomning(None, None, None, (), (brist,))


def _foreslaget_bland_delar(found: list[Fynd]) -> list[Fynd]:
    """Return the findings with a stance on a thing the remiss proposes made a part when a stance the other
    way stands beside it, on a named part or on the whole ("Förbundet tillstyrker förslaget." beside "… är
    kritiskt till den föreslagna avgiften": the stance, with an exception; not the last sentence's value).

    "tillstyrker den modell … som föreslås i betänkandet" alone supports the remitted matter (README: "stöder
    X som föreslås i betänkandet"); beside "avstyrker förslaget om undergrupper" and "tillstyrker att det
    införs en ny lag" it is one of the parts the answer takes a stance on, both ways, with none on the whole:
    blandat (prov12/svenskforsakring-rorelsereglering-yttrande). Two such things the opposite ways are two
    parts: "tillstyrker den av PTS rekommenderade bandplanen" beside "avstyrker den av regeringen beslutade
    tidpunkten" (prov17/tele2-700mhz-konsultation-yttrande). With the stance word the part keeps its value
    (`del_bland_flera`); an opinion without it (`omdome`) is a comment (`bara_del`).
    """
    from dataclasses import replace

    from remiss.nlp import pattern_by_id

    patterns = pattern_by_id()

    def mot_del(fynd: Fynd) -> bool:
        return any(
            other.varde not in (fynd.varde, "avstar") and not other.svag for other in found
        )

    def som_del(fynd: Fynd) -> Fynd:
        if patterns.get(fynd.monster, {}).get("omdome"):
            return replace(fynd, bara_del=True)
        return replace(fynd, del_bland_flera=True)

    return [som_del(f) if f.foreslaget and not f.bara_del and mot_del(f) else f for f in found]


def _strong_or_weak(found: list[Fynd]) -> list[Fynd]:
    """Return the strong findings, or the weak ones ("inga synpunkter") when there is no strong one.

    Views on a part only ("är positiv till ett starkare skydd") are no stance by themselves: they count only
    beside a stance, where they can make it "blandat".
    """
    if all(f.bara_del for f in found):
        return []
    strong = [f for f in found if not f.svag]
    if strong and not any(on_whole(f) for f in strong):
        # "ESV har inga synpunkter på utredningens förslag … Vidare välkomnar ESV utredningens förslag om
        # att …": the weak stance on the whole stays the main one beside strong ones on parts only
        strong = sorted(strong + [f for f in found if f.svag and on_whole(f)], key=lambda f: f.meningsnummer)
    return strong or found


def _from_beslut(beslut: list[Fynd], brodtext: list[Fynd]) -> Bedomning:
    """Given findings in the beslut (and body), return the judged ställningstagande and any conflict."""
    varde, delar = _value(beslut)
    brister: list[Brist] = []
    conflict = _conflict_in_beslut(beslut)
    if conflict:
        brister.append(conflict)
    if brodtext:
        conclusion = _last_sentence(brodtext)
        outside = [f for f in conclusion if f.varde not in delar]
        if outside:
            brister.append(
                Brist(
                    MOTSTRIDIGT_STALLNINGSTAGANDE,
                    f"Beslutet säger {_name(varde, delar)} men brödtexten slutar i {outside[0].varde} "
                    f'(sida {outside[0].sida}: "{outside[0].mening}").',
                )
            )
    first = _mixed_sentence(beslut) if varde == BLANDAT else beslut[0]
    return Bedomning(varde, _kalla(first), "beslut", delar, tuple(brister))


def _mixed_sentence(found: list[Fynd]) -> Fynd:
    """Return the first finding whose sentence states more than one value, else the first finding."""
    for fynd in found:
        if len({f.varde for f in found if f.meningsnummer == fynd.meningsnummer}) > 1:
            return fynd
    return found[0]


def _conflict_in_beslut(beslut: list[Fynd]) -> Brist | None:
    """Return a MOTSTRIDIGT brist when the beslut says two things about one object (or avstår and more)."""
    values = {f.varde for f in beslut}
    if len(values) < 2:
        return None
    if "avstar" in values:
        return Brist(
            MOTSTRIDIGT_STALLNINGSTAGANDE,
            "Beslutet både avstår från att yttra sig och tar ställning "
            f"({', '.join(sorted(values - {'avstar'}))}). Välj ett.",
        )
    for first in beslut:
        for other in beslut:
            if (
                first.varde != other.varde
                and first.objekt == other.objekt
                and first.meningsnummer != other.meningsnummer
            ):
                return Brist(
                    MOTSTRIDIGT_STALLNINGSTAGANDE,
                    f"Beslutet både {first.varde} och {other.varde} samma sak "
                    f"({first.objekt or 'utan föremål'}). Välj ett.",
                )
    return None


def _conclusion(found: list[Fynd]) -> list[Fynd]:
    """Return the body's conclusion: the last sentence with a stance on the whole, else all stances on parts.

    "KFO avstyrker utredningens förslag om vinstbegränsningsmodell … KFO är positiva till utredningens
    förslag om reserverad upphandling": stances on parts only, both ways, so "blandat" (the truth's null);
    a stance on the whole earlier in the text outweighs a later one on a part (the main stance).
    """
    whole = [f for f in found if on_whole(f)]
    if whole:
        return _last_sentence([f for f in found if f.meningsnummer == whole[-1].meningsnummer])
    return found


def _last_sentence(found: list[Fynd]) -> list[Fynd]:
    """Return the findings of the last sentence that has any (the conclusion)."""
    last = found[-1].meningsnummer
    return [f for f in found if f.meningsnummer == last]


# A stance on the whole ("i huvudsak", or no part named) against stances only on parts ("avsnitt 6.3",
# "förslaget om …", "förslaget att bestämmelserna … ska upphävas", "avstyrker dock att detta även ska gälla
# målgruppen …") is the main stance: "tillstyrker i huvudsak … men avstyrker avsnitt 6.3" is tillstyrker.
# "tillstyrker bl a att gränsdragningen … tydliggörs": "bland annat" names some parts among others. The
# proposal named by its matter after another preposition is one too ("tillstyrker även utredningens förslag
# kring att reglering av individuell plan … förtydligas", "avvisar förslaget gällande att …"). A wording of
# the proposal ("avstyrker formuleringen av styrelseledamots … skadeståndsansvar", modeller/stallning.toml
# [delord]) is a part; "att" with the remitted matter's own word as its subject ("tillstyrker att direktivet
# genomförs", [det_remitterade_att]) is the whole. A motion's yrkanden are others' proposals beside the
# remitted one, no stance on it: "i allt väsentligt tillstyrker propositionen och avstyrker
# motionsyrkandena" (a riksdag committee's yttrande, prov38/riksdagen-fiu-2021-22-2y-riksbankslag-yttrande,
# annat40) is tillstyrker; a kommun's answer to a motion remitted to it takes its stance on "motionen", the
# matter itself.
HELHET = re.compile(
    r"\b(?:i huvudsak|i stort|i stora drag|i allt väsentligt|i sin helhet|i grunden|huvudsakligen"
    r"|övergripande|sammantaget)\b"
)
DEL_FRASER = (
    r"avsnitt\w*|kapitel|kap|del|delen|delar|punkt\w*|paragraf\w*|(?:till|på)\s+att"
    r"|[a-zåäö]*förslag\w*\s+(?:om|att|med|kring|gällande|angående|avseende|rörande|beträffande)"
    r"|i\s+den\s+del"
    r"|i\s+de\s+delar|vad\s+gäller|när\s+det\s+gäller|i\s+fråga\s+om|beträffande"
    r"|(?:några|vissa|flera|somliga|ett\s+par)\s+av"
    r"|bland\s+annat|bl\.?\s?a"
    r"|motionsyrkande\w*"
    # (typ44) an object opening with the indefinite article names one measure, not the remitted matter
    # ("motsätter sig en sammanslagning av målet om ekonomisk jämställdhet och målet om …",
    # prov42/kvinnolobby-jamstalldhetsmyndighet-yttrande): the remitted matter is definite ("förslaget",
    # "utredningens förslag", "betänkandet"); over the corpus's yttranden two stances had such an object read
    # as the whole
    r"|^(?:en|ett)\s+(?=[a-zåäö])"
)


@lru_cache(maxsize=1)
def del_monster() -> re.Pattern[str]:
    """Return the pattern of an object that names a part (DEL_FRASER, the wording words of
    modeller/stallning.toml [delord], an "att" clause about anything but the remitted matter)."""
    from remiss.modelldata import modell_toml

    data = modell_toml("stallning.toml")
    delord = "|".join(re.escape(o) for o in data["delord"]["ord"])
    remitterat = "|".join(re.escape(o) for o in data["det_remitterade_att"]["ord"])
    # the remitted matter's word, not in the genitive ("att direktivets artikel 5 genomförs" is a part), also
    # after an owner in the genitive ("att utredningens förslag genomförs")
    att = rf"^att\s+(?!(?:\w+s\s+)?(?:{remitterat})(?![a-zåäö]*s\b))"
    return re.compile(rf"\b(?:{DEL_FRASER}|(?:{delord})[a-zåäö]*|{att})\b")


def _value(found: list[Fynd]) -> tuple[str, tuple[str, ...]]:
    """Return the value of findings: the one value, the main one over exceptions, or "blandat" and parts."""
    delar = tuple(dict.fromkeys(f.varde for f in found))
    if len(delar) == 1:
        return delar[0], delar
    if set(delar) == {"tillstyrker", "avstar"} and _bara_inget_att_invanda(found):
        return "avstar", ("avstar",)  # "har inget att erinra och avstår därmed från att lämna synpunkter"
    helhet = [v for v in delar if all(on_whole(f) for f in found if f.varde == v)]
    if len(helhet) == 1 and all(not on_whole(f) for f in found if f.varde != helhet[0]):
        return helhet[0], delar
    return BLANDAT, delar


def _bara_inget_att_invanda(found: list[Fynd]) -> bool:
    """Return True when every tillstyrker of the findings is "inget att erinra/invända" (`viker_for_avstar` in
    the pattern file): no objection beside an explicit avstår is the avstår."""
    from remiss.nlp import pattern_by_id

    patterns = pattern_by_id()
    return all(patterns.get(f.monster, {}).get("viker_for_avstar") for f in found if f.varde == "tillstyrker")


def on_whole(fynd: Fynd) -> bool:
    """Return True when a finding is about the whole (qualified "i huvudsak", or naming no part)."""
    if fynd.bara_del or fynd.del_bland_flera:
        return False
    return fynd.remissens_namn or not pa_del(fynd.objekt)


# A proposal named by its content, or a section, stays a part however much of it the stance takes: "i
# huvudsak" before it grades the stance, it does not make the object the whole ("Förbundet avstyrker i
# huvudsak utredningens förslag om annorlunda reglering av prövning av föreningar",
# prov26/mangkamp-vapenlagstiftning-remissvar: one part; "tillstyrker i huvudsak förslagen med några
# synpunkter" stays the whole)
NAMNGIVEN_DEL = re.compile(
    r"\b[a-zåäö]*förslag\w*\s+(?:om|att|kring|gällande|angående|avseende|rörande|beträffande)\b"
    r"|\b(?:avsnitt\w*|kapitel|kap)\s+\d"
)


def pa_del(objekt: str) -> bool:
    """Return True when a stance's object names a part ("förslaget om …", "avsnitt 6.3") and not the whole: a
    qualifier of the whole ("i huvudsak") before a part named by its content grades that part."""
    if NAMNGIVEN_DEL.search(objekt):
        return True
    return not HELHET.search(objekt) and bool(del_monster().search(objekt))


def _name(varde: str, delar: tuple[str, ...]) -> str:
    """Return a readable name of a value ("blandat: tillstyrker och avstyrker")."""
    return f"blandat: {' och '.join(delar)}" if varde == BLANDAT else varde


def _kalla(fynd: Fynd) -> Kalla:
    """Return the source of a finding (marked when the page was read by OCR)."""
    return Kalla(sida=fynd.sida, text=fynd.mening, ocr=fynd.ocr)


def sammanfattning_brister(avsnitt: Avsnitt, stallningstagande: str | None) -> tuple[bool, tuple[Brist, ...]]:
    """Return whether there is a sammanfattning with text, and the brist when one is needed but missing."""
    words = sum(len(line.text.split()) for line in avsnitt.sammanfattning)
    har = avsnitt.har_sammanfattningsrubrik and words >= MIN_SAMMANFATTNING_ORD
    if har or stallningstagande == "avstar":
        return har, ()
    text = (
        "Rubriken Sammanfattning finns men texten under den är tom eller för kort."
        if avsnitt.har_sammanfattningsrubrik
        else 'Yttrandet saknar sammanfattning ("Sammanfattning" eller "Ärendet sammanfattat"), '
        "som missivet kräver."
    )
    return har, (Brist(SAKNAR_SAMMANFATTNING, text),)


FORSLAG_MARKERING = "[FÖRSLAG]"


def platshallare_brister(lines: tuple[Line, ...]) -> tuple[Brist, ...]:
    """Return a PLATSHALLARE_KVAR brist listing the draft placeholders left in the lines (with page).

    The '[FÖRSLAG]' that marks a proposed sammanfattning is not one: it is reported as an
    anmärkning by `forslag_anmarkningar`, since the text under it is a real sammanfattning.
    """
    found: dict[str, int] = {}
    for line in lines:
        for match in PLATSHALLARE.finditer(line.text):
            if match.group(0) != FORSLAG_MARKERING:
                found.setdefault(match.group(0), line.page)
    if not found:
        return ()
    shown = [f"{text} (sida {page})" for text, page in list(found.items())[:4]]
    more = f" och {len(found) - 4} till" if len(found) > 4 else ""
    return (
        Brist(
            PLATSHALLARE_KVAR,
            f"Platshållare kvar från utkastet: {', '.join(shown)}{more}. Fyll i eller ta bort dem.",
        ),
    )


def forslag_anmarkningar(lines: tuple[Line, ...]) -> tuple[str, ...]:
    """Return a note when the draft's proposed sammanfattning still carries its '[FÖRSLAG]' marking."""
    pages = sorted({line.page for line in lines if FORSLAG_MARKERING in line.text})
    if not pages:
        return ()
    return (f"Sammanfattningen är fortfarande märkt {FORSLAG_MARKERING} (sida {pages[0]}): granska förslaget "
            "och ta bort markeringen.",)


def underforstadd_anmarkning(bedomning: Bedomning, found: list[Fynd], namnd: str | None) -> tuple[str, ...]:
    """Return a note when the stance is read from a judgement only, not stated (`underforstadd` patterns).

    "Intentionerna med förslaget … kommer att gå om intet om utredningens förslag genomförs" rejects the
    proposal as a whole without saying "avstyrker" (korpus README: avvisande utan ordet is avstyrker): the
    value is read, but the nämndsekreterare checks for a stance a reader cannot take otherwise, so the check
    says where it was read and how to state it. No brist: the yttrande has a stance; no note when the same
    value also stands in words elsewhere. Judgements of the proposal's properties ("förslaget är olämpligt",
    "steg i rätt riktning") are flagged so; words for an attitude ("välkomnar", "motsätter sig") are not.
    """
    from remiss.nlp import pattern_by_id

    varde, kalla = bedomning.stallningstagande, bedomning.kalla
    if varde not in ("tillstyrker", "avstyrker") or kalla is None:
        return ()
    patterns = pattern_by_id()
    samma = [f for f in found if f.varde == varde and not f.bara_del]
    if not samma or any(not patterns.get(f.monster, {}).get("underforstadd") for f in samma):
        return ()
    subjekt = namnd or "Nämnden"
    return (
        f"Otydligt ställningstagande: {varde} läses ur ett omdöme om förslaget (sida {kalla.sida}), inte ur "
        f'ett uttryckligt ställningstagande. Skriv det, t.ex. "{subjekt} {varde} förslaget."',
    )
