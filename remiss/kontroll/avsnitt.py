"""Splitting a yttrande by its headings: beslut, sammanfattning, body, expedieras till."""

from __future__ import annotations

import re

from remiss.domain import Line
from remiss.kontroll.hitta import NAMN, ORGANISATION, ROLL, SIDFOT_ETIKETT
from remiss.kontroll.typer import Avsnitt, Yttrandedel

BESLUT = re.compile(
    r"^(?:(?P<namnd>[^\d.:;]{2,60}?)s\s+beslut|(?:[\wåäö]+s\s+)?förslag\s+till\s+beslut"
    r"|beslut|förslag\s+till\s+yttrande|beslutsförslag)\s*:?$",
    re.IGNORECASE,
)
# "Sammanfattning av betänkandet" (the matter summed up, like "Ärendet sammanfattat" in the shared rules),
# "Sammanfattning av Svenska Röda Korsets synpunkter", "Sammanfattning av synpunkterna",
# "Sjöfartsverkets sammanfattning och övergripande synpunkter", "1. Sammanfattade synpunkter",
# "Sammanfattning av remissvaret", "Folkbildningsrådets remissvar i korthet:", "Sammanfattning, allmänna
# synpunkter och kommentarer", "Sammanfattning och bakgrund till remissvaret", "Inledande summering av vårt
# yttrande:", "Ärendet i korthet" (a tjänsteskrivelse's summary heading), "Remissen i korthet:" (over the
# points of an organisation's own page on its answer), "Sammanfattning/Bakgrund" (a
# tjänsteskrivelse's two headings in one), "Sammanfattande kommentarer:", "Svebios synpunkter i
# sammanfattning:", "Våra huvudsakliga synpunkter:", "Sammanfattningsvis anser vi:" over points: the summary
# of the answer
# A heading's number: "1. Sammanfattade synpunkter", also a capital letter or a Roman numeral with its point
# or parenthesis ("B. Sammanfattning av centrala synpunkter" after "A. Remissvar Framtidens Filmpolitik (Ds
# 2015:31)", prov34/filmivast-framtidens-filmpolitik-yttrande; typ36)
RUBRIKNUMMER = r"(?:\d{1,2}\.?\s+|(?-i:[A-H]|[IVX]{1,4})[.)]\s+)"
SAMMANFATTNING = re.compile(
    # (a genitive before the summary's noun: "Folkbildningsrådets remissvar i korthet"; not an abbreviation
    # before 'i korthet' alone, "KS i korthet", a press release's digest of a board's meeting)
    r"^" + RUBRIKNUMMER + r"?(?:(?-i:[A-ZÅÄÖ])[\wåäö:-]*s\s+(?!i\s+korthet))?"
    r"(?:sammanfattning(?:\s+av\s+(?:ärendet|yttrandet|remissvaret|(?:det\s+)?(?:remitterade\s+)?(?:[\wåäö]+s\s+)?(?:betänkandet"
    r"|förslag(?:et|en)?|remissen|utredningen|promemorian|rapporten)|(?:\S+\s+){0,4}?(?:synpunkter(?:na)?"
    r"|ställningstaganden(?:a)?|kommentarer(?:na)?|yttrande|remissvar)))?"
    r"(?:\s*,\s*(?:\S+\s+){0,2}?(?:synpunkter|slutsatser|ställningstaganden|kommentarer))*"
    r"(?:(?:\s+och\s+|\s*/\s*)(?:\S+\s+){0,2}?(?:synpunkter"
    r"|slutsats(?:er)?|ställningstagande(?:n)?|kommentarer|bakgrund|bedömning|förslag\s+till\s+beslut"
    r"|förslag(?:en)?|allmänt|generellt|inledning|övergripande)"
    r"(?:\s+(?:till|av|för)\s+(?:vårt\s+|det\s+)?(?:remissvaret|remissyttrandet|yttrandet|svaret))?)?"
    r"|ärendet\s+sammanfattat"
    r"|kort\s+sammanfattning"
    # the summary heading in another word: an English "Executive Summary" (also quoted, '”Executive Summary”'
    # in prov18/garphytte-forvaltningsplan-yttrande), "Summary", the Swedish "Sammandrag"
    r"|[”\"“]?(?:executive\s+)?summary[”\"“]?|sammandrag"
    r"|sammanfatt(?:ande|ade)\s+(?:synpunkt(?:er)?|bedömning(?:ar)?|slutsats(?:er)?|kommentar(?:er)?"
    r"|reflektioner|iakttagelser|ställningstagande(?:n)?|omdöme)"
    # (yttr45) with a second noun joined ("Sammanfattande synpunkter och förslag")
    r"(?:\s+och\s+(?:förslag|kommentarer|slutsatser|synpunkter|rekommendationer|ställningstaganden))?"
    # the summary named second after the general part or the introduction it is joined to ("Inledning och
    # sammanfattning", "Allmänt och sammanfattning", "Övergripande synpunkter och sammanfattning")
    r"|(?:inledning|allmänt|(?:allmänna|övergripande|generella)\s+(?:synpunkter|kommentarer))\s+och\s+"
    r"sammanfattning"
    r"|(?:inledande\s+)?summering(?:\s+av\s+(?:vårt\s+|vår\s+|våra\s+)?(?:yttrande(?:t)?|remissvar(?:et)?"
    r"|synpunkter(?:na)?))?"
    r"|(?:(?:vårt\s+|våra\s+)?(?:remissvar(?:et)?|remissen|yttrande(?:t)?|synpunkter(?:na)?|svar(?:et)?|ärendet"
    r"|ställningstaganden(?:a)?|kommentarer(?:na)?|slutsatser(?:na)?)\s+|det\s+viktigaste\s+)?"
    r"i\s+korthet"
    # the points' noun before the summary ("Svebios synpunkter i sammanfattning:", "Våra synpunkter i
    # sammandrag"), the main points named so ("Våra huvudsakliga synpunkter:", "Föreningens viktigaste
    # slutsatser"; not "Övergripande synpunkter", general comments), and the summing-up adverb over points
    # ("Sammanfattningsvis anser vi:", with its colon: without it the line is a sentence's beginning)
    r"|(?:vårt\s+|våra\s+)?(?:synpunkter(?:na)?|slutsatser(?:na)?|ställningstaganden(?:a)?|kommentarer(?:na)?"
    r"|remissvar(?:et)?|yttrande(?:t)?)\s+i\s+(?:sammanfattning|sammandrag)"
    r"|(?:vår\s+|våra\s+)?(?:huvudsakliga|viktigaste|främsta)\s+(?:synpunkter|slutsatser|ställningstaganden"
    r"|kommentarer)(?:\s+i\s+(?:korthet|sammandrag|sammanfattning))?"
    # (yttr45) the adverb alone with its colon ("Sammanfattningsvis:" over points)
    r"|sammanfattningsvis(?:\s+[\wåäö]+){0,4}\s*:)\s*:?$",
    re.IGNORECASE,
)
BRODTEXT = re.compile(
    r"^(?:ärendet\s+i\s+sin\s+helhet|ärendet|ärendebeskrivning|bakgrund|bedömning"
    r"|förvaltningens\s+bedömning|nämndens\s+synpunkter|synpunkter|yttrande|motivering"
    r"|motivering\s+till\s+beslut|överväganden|konsekvenser|övriga\s+synpunkter)\s*:?$",
    re.IGNORECASE,
)
EXPEDIERAS = re.compile(r"^(?:beslutet\s+)?expedieras(?:\s+till)?\s*:?\s*(?P<rest>.*)$", re.IGNORECASE)
AVSLUT = re.compile(
    r"^(?:beslutsunderlag|samverkan|bilagor|bilaga|handlingar|underlag|protokollsanteckning"
    r"|reservation|justerandes\s+signatur)\s*:?$",
    re.IGNORECASE,
)
SIDMARKERING = re.compile(
    r"^(?:Sida\s*)?\d+\s*\(\s*\d+\s*\)$|^Sida$|^SKRIVELSE$|^TJÄNSTESKRIVELSE$|.*\bSida\s*\d+\s*\(\s*\d+\s*\)$"
)
_MAX_RUBRIK = 80
# A PDF sets a heading letter-spaced; its text layer or a 5dok transcript breaks the word into pieces
# ("Sa m m a nfa ttning"): at least this many pieces, half of them one or two letters long.
SPARRAD_MINST = 4
INLINE = re.compile(r"^(?P<rubrik>[^:]{3,60}):\s+(?P<rest>\S.*)$")
# A transcript (docplayer, 5dok) runs a letter's headings into its paragraph: "… avstyrks i sin helhet.
# Sammanfattning Förslaget till lagändring strider …". The heading word alone between two sentences of a
# long line is the heading.
TRANSKRIPT_RAD = 30  # a line this long can hold a sentence before the heading
# After a line that ends no sentence (a title, a dnr; not a clause going on after a comma) the run-in heading
# opens a line only with a sentence of its own after it, at least this long ("Sammanfattning Bankföreningen
# instämmer i utredningens slutsats …" under the title's last line "betalkonto med grundläggande funktioner")
RADSTART_TEXT = 40
# the summary heading's word as a transcript runs it into its paragraph: capitalised, or in another word
# ('… yrkanden. ”Executive Summary” Övergripande Kommentarer …', "Sammandrag"); "Summary" alone inside a line
# is an English word, not a heading
SAMMANFATTNINGSORD = (
    r"(?-i:Sammanfattning|SAMMANFATTNING|Sammandrag|SAMMANDRAG"
    r"|[”\"“]?(?:Executive|EXECUTIVE)\s+(?:Summary|summary|SUMMARY)[”\"“]?)"
)
# "Sammanfattning och bakgrund", "Sammanfattning och synpunkter": the heading with its second word run in
SAMMANFATTNING_OCH = (
    r"(?:\s+och\s+(?:bakgrund|synpunkter|slutsatser|bedömning|förslag\s+till\s+beslut|allmänt|inledning)"
    r"|/(?-i:Bakgrund|bakgrund)"
    # "Sammanfattning av synpunkterna Autism- och Aspergerförbundet välkomnar …", "Sammanfattning av
    # remissvaret KFO avstyrker …", "Sammanfattning av ärendet Kommissionens …": what is summed up, run in.
    # Not "Sammanfattning av betänkandet X (SOU …)": in a run-together list of beslutsunderlag that names a
    # document (yttranden/sll-ls-dricksvattenforsorjning-skrivelse)
    r"|\s+av\s+(?:ärendet|yttrandet|remissvaret|synpunkterna"
    r"|(?:vårt|våra|[\wåäö-]+s)\s+(?:synpunkter|remissvar|yttrande)))?"
)
# The heading also follows the transcript's words without a full stop when the text after it opens with a
# capital: "… Thomas Jågas Kommunbiolog Sammanfattning/Bakgrund Vattenmyndigheten i …", "… (Ds 2013:49)
# Sammanfattning Universitetskanslersämbetet har …", or with its first list item ("… men inledande
# sammanfattning. Sammanfattning - Utredaren bygger …"); the word capitalised inside a line is the heading.
INBAKAD_SAMMANFATTNING = re.compile(
    r"(?:(?<=[.!?])|(?<=[\wåäöÅÄÖ)]))\s+(?:\d{1,2}\.?\s+)?" + SAMMANFATTNINGSORD
    + SAMMANFATTNING_OCH
    + r"(?:\s+(?=[A-ZÅÄÖ][a-zåäöA-ZÅÄÖ]|[-–•]\s+[A-ZÅÄÖ])|\s*$)"
)
# The same run-in heading may open a wrapped line of the transcript, after a line that ends a sentence
# ("… området avfallshantering." / "Sammanfattning Avfall Sverige välkomnar att förslaget …").
INBAKAD_RADSTART = re.compile(
    r"^\s*" + RUBRIKNUMMER + "?" + SAMMANFATTNINGSORD + SAMMANFATTNING_OCH
    + r"\s+(?=[A-ZÅÄÖ][a-zåäöA-ZÅÄÖ]|[-–•]\s+[A-ZÅÄÖ])"
)
# A transcript may also join the heading to the short line above it, the title's last words: "Covid-19-lag
# Sammanfattning" over "Vi yrkar avslag på förslaget …". The heading word closing a short line that reads
# as no sentence, with the text opening the next line, is the heading.
INBAKAD_RADSLUT = re.compile(r"^(?P<fore>[^.!?:;,]{2,50}?)\s+(?-i:Sammanfattning|SAMMANFATTNING)\s*$")


# (yttr45) A summarising lead-in sentence over points is the summary's heading in a sentence of its own:
# "SO har sammanfattningsvis följande synpunkter och påpekanden på förslaget:" over dash points inside a
# transcript's paragraph (prov43/so-manadsuppgift-yttrande), "UTOM anser sammanfattningsvis att:" over
# bullets, "Våra huvudsakliga synpunkter är följande:". A sentence ending in a colon, with a summarising word
# (`LEDORD`), and points right after it (on its line, or opening the next). Not a colon over a quote or
# plain text ("Svaret löd i korthet enligt följande:" over the answer quoted), and not an aim ("vars främsta
# syfte är att samordna … när det gäller: upphovsrätt …").
LEDORD = (
    r"sammanfattningsvis|i\s+sammandrag|i\s+sammanfattning|i\s+korthet|sammanfattande"
    r"|(?:huvudsakliga|viktigaste|främsta|centrala)\s+(?:synpunkter|slutsatser|ställningstaganden|kommentarer"
    r"|invändningar|påpekanden)"
)
LEDMENING = re.compile(
    r"(?:^|(?<=[.!?])\s+)(?-i:[A-ZÅÄÖ])[^.!?:]{0,160}?\b(?:" + LEDORD + r")\b[^.!?:]{0,160}?:",
    re.IGNORECASE,
)
PUNKT_FORST = re.compile(r"^\s*(?:[-–•*▪●·]|\d{1,2}[.)])\s+\S")


def utan_sparrning(text: str) -> str:
    """Given a heading whose letter-spaced word a transcript broke up ("Sa m m a nfa ttning", "S A M M A N F
    A T T N I N G"), return the word whole; any other line as it is."""
    tokens = text.split()
    if len(tokens) >= SPARRAD_MINST and 2 * sum(len(token) <= 2 for token in tokens) >= len(tokens):
        return "".join(tokens)
    return text


def rubrik(text: str) -> str | None:
    """Given a line, return the kind of heading it is (beslut, sammanfattning, brodtext, …)."""
    text = utan_sparrning(text.strip())
    if len(text) > _MAX_RUBRIK or text.endswith("."):
        return None
    for kind, pattern in (
        ("beslut", BESLUT),
        ("sammanfattning", SAMMANFATTNING),
        ("brodtext", BRODTEXT),
        ("avslut", AVSLUT),
    ):
        if pattern.match(text):
            return kind
    match = EXPEDIERAS.match(text)
    if match and len(match.group("rest")) < 60:
        return "expedieras"
    return None


def split_avsnitt(yttrande: Yttrandedel) -> Avsnitt:
    """Given a yttrande, return its lines grouped by section (page footers and signatures left out)."""
    groups: dict[str, list[Line]] = {"beslut": [], "sammanfattning": [], "brodtext": [], "expedieras": []}
    i_ordning: list[Line] = []  # the summary's and the body's lines as read
    kind = "brodtext"
    namnd = None
    seen: set[str] = set()
    fore = yttrande.lines[: yttrande.titelindex]
    titel = yttrande.lines[yttrande.titelindex : yttrande.titelindex + yttrande.titelrader]
    if any(rubrik(line.text) == "sammanfattning" for line in fore) or (
        len(titel) == 1 and rubrik(titel[0].text) == "sammanfattning"
    ):
        # a web page opens with "Sammanfattning" over its first paragraph, read as the title or as the
        # heading itself: what follows is the summary (yttranden/vardanalys-ansvaret-halso-sjukvard)
        kind = "sammanfattning"
        seen.add(kind)
        if fore and rubrik(titel[0].text) != "sammanfattning":
            groups[kind].extend(titel)
            i_ordning.extend(titel)
    elif titel and _rubrik_sist_i_titeln(titel[-1].text, yttrande.innehall):
        # "… Nacka kommun. Sammanfattning" closing the title's line: the text under it is the summary
        kind = "sammanfattning"
        seen.add(kind)
    for line in _ledmeningar(_split_transcript(_brutna_rubriker(_content_lines(yttrande.innehall)))):
        found = rubrik(line.text)
        inline = INLINE.match(line.text.strip()) if not found else None
        if inline and rubrik(inline.group("rubrik")) in groups.keys() - {"expedieras"}:
            kind = rubrik(inline.group("rubrik")) or kind  # "Sammanfattning: Programmet …" on one line
            seen.add(kind)
            groups[kind].append(
                Line(text=inline.group("rest"), page=line.page, number=line.number, ocr=line.ocr)
            )
            if kind in ("sammanfattning", "brodtext"):
                i_ordning.append(groups[kind][-1])
            continue
        if found:
            kind = found
            seen.add(found)
            if found == "beslut":
                namnd = namnd or _namnd(line.text)
            if found == "expedieras":
                rest = EXPEDIERAS.match(line.text.strip()).group("rest")  # type: ignore[union-attr]
                if rest:
                    groups["expedieras"].append(Line(text=rest, page=line.page, number=line.number))
            continue
        if kind in groups:
            groups[kind].append(line)
        if kind in ("sammanfattning", "brodtext"):
            i_ordning.append(line)
    return Avsnitt(
        beslut=tuple(groups["beslut"]),
        sammanfattning=tuple(groups["sammanfattning"]),
        brodtext=tuple(groups["brodtext"]),
        expedieras=tuple(_without_signatures(groups["expedieras"])),
        har_beslutsrubrik="beslut" in seen,
        har_sammanfattningsrubrik="sammanfattning" in seen,
        namnd=namnd,
        text_i_ordning=tuple(i_ordning),
    )


def _rubrik_sist_i_titeln(text: str, innehall: tuple[Line, ...]) -> bool:
    """Return True when the summary heading closes the title's last line after a sentence's end, the text
    opening the next line (a landscape page's long line: "Yttrande över … Nacka kommun. Sammanfattning" over
    "Planarbetet bör avbrytas …"): the title's own line, so the split of the content never sees it."""
    match = INBAKAD_SAMMANFATTNING.search(text)
    return (
        match is not None
        and not text[match.end() :].strip()
        and text[: match.start()].rstrip().endswith((".", "!", "?"))
        and bool(innehall)
        and innehall[0].text.strip()[:1].isupper()
    )


# the summary of the remitted document named with its title and number, as a list of beslutsunderlag names it
# ('Beslutsunderlag …' / 'Sammanfattning av betänkandet En trygg dricksvattenförsörjning (SOU 2016:32)
# Tillväxt- och …' where a line break puts it first): a document, no heading over a paragraph
NAMNGER_DOKUMENT = re.compile(
    r"^Sammanfattning\s+av\s+(?:betänkandet|promemorian|utredningen|rapporten|departementsskrivelsen)\s+"
    r"[A-ZÅÄÖ][^.!?]{0,100}?\((?:SOU|Ds)\s+\d{4}:\d+\)"
)


def _brutna_rubriker(lines: list[Line]) -> list[Line]:
    """Given lines, return them with a heading that the layout broke over two lines joined into one: the first
    line alone reads as no heading and ends no sentence, the two read together as one, set in the same size
    ("SAMMANFATTNING AV FÖRENINGEN SIE-GRUPPENS" / "SYNPUNKTER", prov35/sie-gruppen-bfn-bokforing-remissvar,
    typ37: not the heading "SAMMANFATTNING" over the text "AV FÖRENINGEN SIE-GRUPPENS" and a body heading
    "SYNPUNKTER")."""
    out: list[Line] = []
    skip = False
    for first, second in zip(lines, [*lines[1:], None], strict=False):  # (no lines: none to join)
        if skip:
            skip = False
            continue
        text = f"{first.text.strip()} {second.text.strip()}" if second is not None else ""
        if (second is not None and first.page == second.page and first.size == second.size
                and not first.text.rstrip().endswith((".", "!", "?", ":", ";", ","))
                and rubrik(first.text) is None and rubrik(text) is not None):
            # (no weight or place: the joined line is a heading, and split_avsnitt and _split_transcript read
            # a heading only by its text, rubrik(line.text); it never goes into a section's lines)
            out.append(Line(text=text, page=first.page, number=first.number, ocr=first.ocr, size=first.size))
            skip = True
            continue
        out.append(first)
    return out


def _split_transcript(lines: list[Line]) -> list[Line]:
    """Given lines, return them with a heading run into a transcript's long line ("… i sin helhet.
    Sammanfattning Förslaget …") on a line of its own, so the section under it is found."""
    out: list[Line] = []
    for number, line in enumerate(lines):
        if rubrik(line.text) is not None:
            out.append(line)  # a heading on its line, whole ("SAMMANFATTNING AV FÖRENINGEN SIE-GRUPPENS …")
            continue
        match = INBAKAD_SAMMANFATTNING.search(line.text) if len(line.text) > TRANSKRIPT_RAD else None
        previous = lines[number - 1].text.rstrip() if number else ""
        following = lines[number + 1].text.strip() if number + 1 < len(lines) else ""
        if not match and len(line.text) > TRANSKRIPT_RAD:
            match = INBAKAD_RADSTART.match(line.text)
            # the sentence after the heading, with its rest wrapped onto the next line in a narrow column
            # ('Sammanfattning Solvens II Utredningens förslag till' / 'genomförande av Solvens II-…')
            efter = line.text[match.end() :].rstrip() if match else ""
            if efter and not efter.endswith((".", "!", "?")) and following[:1].islower():
                efter = f"{efter} {following}"
            kort = len(efter) < RADSTART_TEXT if match else True
            if match and not previous.endswith((".", "!", "?")) and (kort or previous.endswith((",", ";"))):
                match = None  # after a title or a number the heading opens a paragraph: a sentence follows
        if match and not line.text[match.end() :].strip() and not following[:1].isupper():
            match = None  # "… helhet. Sammanfattning" at the line end: its text must open the next line
        slut = INBAKAD_RADSLUT.match(line.text.strip()) if not match else None
        if slut and following[:1].isupper() and not rubrik(line.text):
            out.append(Line(text=slut.group("fore"), page=line.page, number=line.number, ocr=line.ocr))
            out.append(Line(text="Sammanfattning", page=line.page, number=line.number, ocr=line.ocr))
            continue
        span = match.span() if match else None
        if span is None and len(line.text) > TRANSKRIPT_RAD:
            span = _inbakad_lang_rubrik(line.text, previous)
        fortsatter = previous.endswith((",", ";", "-", "–"))  # "… i det följande avsnittet," goes on
        forst = (
            _rubrik_forst(line.text) if span is None and len(line.text) > TRANSKRIPT_RAD and not fortsatter
            else None
        )
        rest = line.text[forst:].rstrip() if forst is not None else ""
        mening = len(rest) >= RADSTART_TEXT or rest.endswith(":")  # "Beslut Enligt … förslag:" opens one
        if not previous.endswith((".", "!", "?", ":")) and not mening:
            forst = None  # after a title the heading opens a paragraph: a sentence (or its opening) follows
        if forst is not None and NAMNGER_DOKUMENT.match(line.text[:forst].strip() + " " + rest):
            forst = None  # 'Sammanfattning av betänkandet En trygg … (SOU 2016:32)': a document in a list
        if forst is not None:  # "Beslut Enligt yrkande från …", "Sammanfattning Skatteverket tillstyrker …"
            for text in (line.text[:forst], line.text[forst:]):
                out.append(Line(text=text.strip(), page=line.page, number=line.number, ocr=line.ocr))
            continue
        lang = len(line.text) > TRANSKRIPT_RAD
        sist = _rubrik_sist(line.text, following) if span is None and lang else None
        if sist is not None:  # "… ny bibliotekslag. Folkbildningsrådets remissvar i korthet:" over its list
            for text in (line.text[:sist], line.text[sist:]):
                out.append(Line(text=text.strip(), page=line.page, number=line.number, ocr=line.ocr))
            continue
        if span is None:
            out.append(line)
            continue
        for text in (line.text[: span[0]], "Sammanfattning", line.text[span[1] :]):
            if text.strip():
                out.append(Line(text=text, page=line.page, number=line.number, ocr=line.ocr))
    return out


LEDMENINGENS_RADER = 2  # lines before the colon's line that a wrapped lead-in sentence may open on (a PDF)


def _ledmeningar(lines: list[Line]) -> list[Line]:
    """Given lines, return them with a summary heading after each summarising lead-in sentence over points
    ("… svar bifogas detta yttrande. SO har sammanfattningsvis följande synpunkter och påpekanden på
    förslaget: - SO är positiv …", prov43/so-manadsuppgift-yttrande): the sentence stays where it stands (it
    may state a stance), the points after it are the summary. A PDF wraps the sentence: it may open on one
    of the lines before the one with its colon ("… bifogas detta yttrande. SO har" / "sammanfattningsvis
    följande synpunkter … på förslaget: - SO är positiv")."""
    out: list[Line] = []
    for number, line in enumerate(lines):
        fore = " ".join(
            previous.text.strip() for previous in lines[max(0, number - LEDMENINGENS_RADER) : number]
            if previous.page == line.page
        )
        following = lines[number + 1].text if number + 1 < len(lines) else ""
        slut = _ledmeningens_slut(line.text, following, fore)
        if slut is None:
            out.append(line)
            continue
        for text in (line.text[:slut], "Sammanfattning", line.text[slut:]):
            if text.strip():
                out.append(Line(text=text.strip(), page=line.page, number=line.number, ocr=line.ocr))
    return out


def _ledmeningens_slut(text: str, following: str, fore: str = "") -> int | None:
    """Return where the points begin after a summarising lead-in sentence whose colon stands in a line
    (`LEDMENING`, the sentence opening on the line or in `fore`, the lines before), with the points after it
    on the line or opening the next; else None. A heading already read as one is left."""
    if rubrik(text) is not None:
        return None
    helt = f"{fore} {text}" if fore else text
    borjan = len(helt) - len(text)
    for match in LEDMENING.finditer(helt):
        if match.end() <= borjan:
            continue  # the colon in a line before: that line's own
        rest = helt[match.end() :]
        if PUNKT_FORST.match(rest) or (not rest.strip() and PUNKT_FORST.match(following)):
            return match.end() - borjan
    return None


FORST_RUBRIKER = ("beslut", "sammanfattning", "brodtext", "avslut")


def _rubrik_forst(text: str) -> int | None:
    """Return where the text begins after a section heading that a transcript ran into its paragraph at the
    line's start ("Beslut Enligt yrkande från MP, S och V: …", "Sammanfattning Skatteverket tillstyrker …",
    "Handlingar Förvaltningens tjänsteutlåtande …", which ends the decision), or None.

    The heading is the fewest words that `rubrik` reads as a section heading (decision, summary, body,
    closing), followed by a capitalised word: no sentence opens with a heading's words followed by a new
    sentence's subject."""
    ord_ = list(re.finditer(r"\S+", text))
    for n in range(1, min(len(ord_), MAX_RUBRIKORD + 1)):
        if re.match(r"[A-ZÅÄÖ](?:[a-zåäö]|[A-ZÅÄÖ]+\b)", ord_[n].group()):  # a word or an acronym ("NTF,")
            if rubrik(text[: ord_[n - 1].end()]) in FORST_RUBRIKER:
                return ord_[n].start()
    return None


def _rubrik_sist(text: str, following: str) -> int | None:
    """Return where a section heading begins that a transcript ran onto the end of the paragraph before it,
    with its colon or over a list ("… på förslag till ny bibliotekslag. Folkbildningsrådets remissvar i
    korthet:", "… i samrådshandlingen. Sammanfattande synpunkter" / "– låt naturreservatet …"), or None: the
    line's last sentence, read whole as a heading."""
    slut = [m.end() for m in re.finditer(r"[.!?]\s+(?=[A-ZÅÄÖ])", text)]
    if not slut or not (text.rstrip().endswith(":") or re.match(r"[-–•]\s", following)):
        return None
    return slut[-1] if rubrik(text[slut[-1] :]) in FORST_RUBRIKER else None


# The summary heading's first word inside a transcript's line, numbered or not, after a sentence's end or at
# the line's start: "… såväl konsumenter som samhälle. 2. Sammanfattning av Com Hems synpunkter och
# förslag Com Hem välkomnar …"
LANG_RUBRIK_START = re.compile(
    r"(?:(?<=[.!?])\s+|^\s*)(?:\d{1,2}\.?\s+)?(?-i:Sammanfattning|SAMMANFATTNING)\s"
)
MAX_RUBRIKORD = 9


def _inbakad_lang_rubrik(text: str, previous: str) -> tuple[int, int] | None:
    """Return the span of a summary heading of several words run into a transcript's line, or None.

    "2. Sammanfattning av Com Hems synpunkter och förslag Com Hem välkomnar …": the words from
    "Sammanfattning" up to a capitalised word, as few as make a heading that `rubrik` reads as the
    summary's (its vocabulary, `SAMMANFATTNING`), after a sentence's end or opening the line under one.
    """
    for start in LANG_RUBRIK_START.finditer(text):
        if start.start() == 0 and previous and not previous.rstrip().endswith((".", "!", "?", ":")):
            continue
        rest = text[start.start() :].lstrip()
        offset = len(text) - len(rest)
        ord_ = list(re.finditer(r"\S+", rest))
        for n in range(2, min(len(ord_), MAX_RUBRIKORD + 1)):
            if ord_[n].group()[:1].isupper() and rubrik(rest[: ord_[n - 1].end()]) == "sammanfattning":
                return offset, offset + ord_[n].start()
    return None


# The organ that decides, first in the decision under a heading without its name ("Förslag till beslut" /
# "Kommunstyrelsen beslutar att …", "Regionstyrelsen föreslås …").
BESLUTANDE = re.compile(
    r"^\s*(?:\d{1,2}[.)]\s*)?(?P<organ>(?-i:[A-ZÅÄÖ])[\wåäö-]*(?:nämnden|styrelsen|fullmäktige|utskottet))\b",
    re.IGNORECASE,
)


def beslutande(beslut: tuple[Line, ...] | list[Line]) -> str | None:
    """Given the decision's lines, return the organ that opens it ("Kommunstyrelsen"), or None."""
    match = BESLUTANDE.match(beslut[0].text) if beslut else None
    return match.group("organ") if match else None


def _namnd(heading: str) -> str | None:
    """Given a beslut heading ("Arbetslivsnämndens beslut"), return the nämnd ("Arbetslivsnämnden")."""
    match = BESLUT.match(heading.strip())
    if match and match.group("namnd"):
        return match.group("namnd").strip()
    return None


def _content_lines(lines: tuple[Line, ...]) -> list[Line]:
    """Given lines, return them without page footers (Postadress … and their values) and page marks."""
    out: list[Line] = []
    skip_next = False
    for line in lines:
        text = line.text.strip()
        if skip_next:
            skip_next = False
            if len(text) <= 45:
                continue
        if SIDFOT_ETIKETT.match(text) and len(text) <= 45:
            skip_next = len(text.split()) == 1
            continue
        if SIDMARKERING.match(text):
            if out and out[-1].page == line.page and _is_footer_name(out[-1].text):
                out.pop()  # "Borås Stad" above the page number
            continue
        out.append(line)
    return out


def _is_footer_name(text: str) -> bool:
    """Return True for a short organisation line printed above a page number ("Borås Stad")."""
    text = text.strip()
    return len(text) <= 40 and not text.endswith(".") and bool(ORGANISATION.search(text))


def _without_signatures(lines: list[Line]) -> list[Line]:
    """Given the lines after "Beslutet expedieras till", return them without signature names and roles."""
    out = []
    for index, line in enumerate(lines):
        following = lines[index + 1].text if index + 1 < len(lines) else ""
        if ROLL.match(line.text.strip()) or (NAMN.match(line.text.strip()) and ROLL.match(following.strip())):
            break
        out.append(line)
    return out
