"""A title read out of a sentence that presents the remitted document: the document's own name as an
apposition after what it is ('Ett förslag till ny kommunvision, Vision 2030, är nu ute på remiss': 'Vision
2030'; titel28)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from remiss.dates import MANAD_NAMN
from remiss.domain import Line
from remiss.extract.dnr import DNR_PATTERN

# the description, one apposition and its closing comma (or the end): 'Ett förslag till ny kommunvision,
# Vision 2030,'; the description holds no comma, the name none
APPOSITION = re.compile(r"^(?P<desc>[^,]+?),\s+(?P<name>[^,]+?)\s*,?\s*$")
# the apposition after a title that is only the description ('ny kulturplan' + ', Kultur för alla, skickas …')
APPOSITION_AFTER = re.compile(r"^\s*,\s+(?P<name>[^,.]+?)\s*,")
# what the sentence goes on with after the apposition: its verb ('…, Vision 2030, är nu ute på remiss'), or
# where the document is after a verb before it ('Nu är förslaget till …, Översiktsplan 2040, ute på remiss'),
# or a relative clause on the whole ('…, Översiktsplan Mörby 2040, som nu skickas ut på samråd')
VERB_AFTER = re.compile(r"^\s*,?\s*(?:nu\s+)?(?:är|går|har|ska|skall|kommer|finns|blir|skickas|remitteras|"
                        r"ställs|läggs|hålls|sänds|som|ute\s+på|på\s+(?:remiss|samråd|granskning))\b",
                        re.IGNORECASE)
# a bare abbreviation ('FÖP', the kind's short form in 'förslag till fördjupad översiktsplan, FÖP, för Bro')
ABBREVIATION = re.compile(r"[A-ZÅÄÖ]{2,6}")
NAME_WORDS = 6  # a document's name in an apposition is short: 'Vision 2030', 'Kultur för alla', 'ÖP 2040'
# a kommun, stad or län after a plan's kind is who makes it or where, no name ('…, Ånge kommun')
PLACE = re.compile(r"\b(?:kommun|stad|län|region)\b", re.IGNORECASE)


def appositive_name(title: str, line: Line, following: str = "") -> str | None:
    """Given a title read out of a sentence, the line it was read from and the text after that line, return
    the document's own name when the title is its description and the sentence gives the name as an
    apposition before its verb ('Ett förslag till ny kommunvision, Vision 2030,' + 'är nu ute på remiss', or
    the title 'ny kulturplan' out of 'Förslaget till ny kulturplan, Kultur för alla, skickas …': the name);
    else None. The description is lower case after its first word and ends with the document's kind; the
    name starts with a capital or a figure and is short, no bare abbreviation of the kind ('…, FÖP, för
    Bro'), no place; a heading's own text is its own name ('Motalas nya översiktsplan, ÖP 2040')."""
    title = title.strip()
    text = f"{line.text.strip()} {following}".strip()
    start = text.find(title.rstrip(" ,"))
    if start < 0:
        return None
    rest = text[start + len(title.rstrip(" ,")):]
    match = APPOSITION.match(title)
    if match is not None:
        desc, name = match.group("desc"), match.group("name")
    else:
        match = APPOSITION_AFTER.match(rest)
        if match is None:
            return None
        desc, name, rest = title, match.group("name"), rest[match.end():]
    if not VERB_AFTER.match(rest):
        return None  # a heading, or a sentence that goes on with the description ('…, FÖP, för Bro')
    return name.strip() if _description(desc) and _name(name.strip()) else None


def _description(desc: str) -> bool:
    """Return True for what a document is, no name: lower case after its first word, no figure, its last
    word a kind ('Ett förslag till ny kommunvision', 'ny kulturplan')."""
    from remiss.extract.core import _kind_word

    words = desc.split()
    return (bool(words) and all(w[:1].islower() for w in words[1:]) and not re.search(r"\d", desc)
            and _kind_word().fullmatch(words[-1]) is not None)


def _name(name: str) -> bool:
    """Return True for a document's own name in an apposition: a capital or a figure first, short, no
    sentence, no bare abbreviation ('FÖP'), no place ('Ånge kommun'; one word without a figure may be a
    place)."""
    from remiss.extract.core import SENTENCE_VERB, _kind_word

    words = name.split()
    if (not name[:1].isupper() and not name[:1].isdigit() or len(words) > NAME_WORDS
            or SENTENCE_VERB.search(name) or ABBREVIATION.fullmatch(name) or PLACE.search(name)):
        return False
    return len(words) > 1 or bool(re.search(r"\d", name)) or _kind_word().fullmatch(name) is not None


# the words before a kind in a title that names only the kind ('ny översiktsplan', 'Förslag till
# kommunvision')
KIND_ONLY_WORDS = frozenset({"ny", "nya", "nytt", "den", "det", "förslag", "förslaget", "till", "kommunens",
                             "regionens", "vår", "vårt", "reviderad", "reviderade", "uppdaterad"})
TEXT_LINES = 15  # the lines under a heading where the text names its document


# (missiv43) where the kind lies, after it: 'detaljplan i Kramfors Stad' (out of 'Samråd för detaljplan i
# Kramfors Stad', prov41/kramfors-braxen-detaljplan-samrad) names the kind and a place, no plan; 'för' after
# the kind opens the plan's own name ('detaljplan för Gamla staden') and is no place
KIND_PLACE = re.compile(r"\s+(?:i|inom)\s+(?-i:[A-ZÅÄÖ])[\wåäö-]+(?:\s+(?:kommun|[Ss]tad|län))?$")


def kind_only(title: str) -> str | None:
    """Given a title, return its kind's stem when the title names only a document's kind ('Kommunvision',
    'ny översiktsplan', 'Förslag till kulturplan', also with where it lies, 'detaljplan i Kramfors Stad':
    'kommunvision', 'översiktsplan', 'kulturplan', 'detaljplan'), else None."""
    from remiss.extract.core import _kind_word

    words = KIND_PLACE.sub("", title.strip(" .:!")).split()
    kind = _kind_word().fullmatch(words[-1]) if words else None
    if kind is None or len(words) > 4 or any(w.lower() not in KIND_ONLY_WORDS for w in words[:-1]):
        return None
    return kind.group("stem").lower()


# (titel42) what a document does in the sentence that names it, after its name: 'Det nya förslaget till
# avfallsplan Göteborgsregionen minskar avfallet berör följande områden'
DOCUMENT_VERB = (r"\s+(?:nu\s+)?(?:är|går|har|ska|skall|kommer|finns|blir|skickas|remitteras|ställs|läggs|"
                 r"hålls|sänds|berör|omfattar|innehåller|beskriver|handlar|syftar|pekar)\b")


def name_in_text(title: str, text: str) -> tuple[str, int] | None:
    """Given a heading's title that names only a kind and the text under it, return the name the text gives a
    document of that kind as an apposition before its verb ('Kommunvision på remiss' over 'Ett förslag till ny
    kommunvision, Vision 2030, har tagits fram …', or between dashes: 'Vision 2030') and where the name
    starts; or the kind with the name right after it, no comma, before the document's verb, the kind then
    part of the name ('Tyck om ny avfallsplan' over '… förslaget till avfallsplan Göteborgsregionen minskar
    avfallet berör …': 'avfallsplan Göteborgsregionen minskar avfallet', titel42); else None."""
    from remiss.extract.core import KIND_ENDINGS

    stem = kind_only(title)
    if stem is None:
        return None
    kind = rf"(?<![\wåäö-])[\wåäö-]*?{re.escape(stem)}{KIND_ENDINGS}"
    # (missiv39) also set off by dashes: 'en ny vision – Exempelby 2040 – som nu skickas på remiss'
    dashed = rf"{kind}\s+[–—]\s+(?P<name>[^,.–—]{{2,80}}?)\s+[–—]"
    for pattern in (rf"{kind},\s+(?P<name>[^,.]{{2,80}}?)\s*,", dashed):
        for match in re.finditer(pattern, text, re.IGNORECASE):
            name = match.group("name").strip()
            if VERB_AFTER.match(text[match.end():]) and _name(name):
                return name, match.start("name")
    joined = (rf"(?<![\wåäö-])(?P<kind>[\wåäö-]*?{re.escape(stem)})\s+"
              rf"(?P<name>(?-i:[A-ZÅÄÖ])[^,.:;!?()–—]{{2,80}}?)(?={DOCUMENT_VERB})")
    for match in re.finditer(joined, text, re.IGNORECASE):
        name = match.group("name").strip()
        if _name(name):
            return f"{match.group('kind')} {name}", match.start("kind")
    return _proposal_for(stem, text)


# (missiv43) the proposal of the kind for a named area, the name to the sentence's end: 'synpunkter på
# planförslaget för Kvarteren Braxen, Muraren med flera, detaljplan för Braxen 3-6, …, Hörnan 18:4 och Muraren
# 3-8.' (prov41/kramfors-braxen-detaljplan-samrad under 'Samråd för detaljplan i Kramfors Stad'); a dot inside
# a word ('m.fl.') does not end it
PROPOSAL_FOR = r"förslag(?:et)?\s+för\s+(?P<name>(?-i:[A-ZÅÄÖ])(?:[^.!?]|\.(?=\S)){2,240}?)(?=\.(?:\s|$)|$)"
PROPOSAL_NAME_WORDS = 40  # a plan named by all its properties is long, a sentence is no name


def _proposal_for(stem: str, text: str) -> tuple[str, int] | None:
    """Given a kind's stem ('detaljplan') and the text under a heading that names only it, return the name the
    proposal of that kind is given ('planförslaget för Kvarteren Braxen, …'; the compound's last part, 'plan',
    is the kind's) up to the sentence's end, and where it starts; else None."""
    from remiss.extract.core import SENTENCE_VERB

    tail = re.escape(stem[-4:])
    pattern = rf"(?<![\wåäö-])[\wåäö-]*?{tail}e?{PROPOSAL_FOR}"
    match = re.search(pattern, text, re.IGNORECASE)
    if match is None:
        return None
    name = match.group("name").strip()
    if len(name.split()) > PROPOSAL_NAME_WORDS or SENTENCE_VERB.search(name):
        return None
    return name, match.start("name")


def holds_as_apposition(title: str, name: str) -> bool:
    """Return True when title is a sentence's description of a document with name as its apposition, closed
    by its comma ('Ett förslag till ny kommunvision, Vision 2030,' and 'Vision 2030'): the name is the
    document's own and the title names no more; a heading's own text ('Motalas nya översiktsplan, ÖP 2040')
    is no such part of a sentence."""
    match = APPOSITION.match(title.strip())
    if match is None or not title.rstrip().endswith(","):
        return False
    own = match.group("name").strip()
    return (own.casefold() == name.strip(" ,.").casefold() and _description(match.group("desc"))
            and _name(own))


# a samråd's heading that opens with the procedure, the project it is held on after it ('Avgränsningssamråd
# enligt miljöbalken för kapacitetsökning av …', 'Samråd om ny väg …'; titel32)
SAMRAD_FIRST = re.compile(r"^(?:inbjudan\s+till\s+|välkommen\s+till\s+)?(?:avgränsnings|undersöknings)?"
                          r"samråd(?:smöte)?\b", re.IGNORECASE)
# the kommun the project lies in, at the end: where it is, no part of what is done ('… i Österåkers kommun')
PROJECT_PLACE = re.compile(r"\s+(?:i|inom)\s+(?-i:[A-ZÅÄÖ])[\wåäö-]+s?\s+(?:kommun|stad)$")
PROPOSAL = re.compile(r"\bförslag", re.IGNORECASE)


def project_place_stripped(title: str, heading: str) -> str:
    """Given a title and the heading it was read from, return the title without the kommun the project lies
    in when the heading opens with a samråd and the title names a project, no document ('Avgränsningssamråd
    enligt miljöbalken för kapacitetsökning av Margretelunds avloppsreningsverk i Österåkers kommun':
    'kapacitetsökning av Margretelunds avloppsreningsverk'); a plan, a reserve or a proposal keeps its
    kommun ('Samråd om förslag till Tulka naturreservat i Norrtälje kommun')."""
    from remiss.extract.core import _frame_words

    place = PROJECT_PLACE.search(title)
    if (place is None or not SAMRAD_FIRST.match(heading.strip()) or title not in heading
            or _frame_words()[0].search(title) or PROPOSAL.search(title)):
        return title
    return title[: place.start()].strip(" ,")


# a question heading that asks what someone thinks of a document ('Vad tycker Sveriges tandläkare om
# utredningen jämlik tandhälsa?', 'Vad tycker du om betänkandet …?'; titel32)
ASKED_ABOUT = re.compile(r"^(?:vad|hur)\s+(?:tycker|tänker|anser|ser)\s+(?:[\wåäöÅÄÖ-]+\s+){0,3}?(?:om|på)\s+"
                         r"(?P<doc>[^?]{4,160}?)\s*\?$", re.IGNORECASE)
# the document asked about, named by its kind in the definite form first; the kind with its preposition is
# no part of the title (README, Facit: 'utredningen om …', titel31), nor is the inquiry's kind before its
# name ('utredningen jämlik tandhälsa'), nor the proposals in it ('förslagen i betänkandet En hållbar …')
ASKED_KIND = re.compile(r"^(?:förslag(?:en|et)\s+i\s+)?(?:utredningen|betänkandet|slutbetänkandet|"
                        r"delbetänkandet|promemorian|rapporten|remissen)"
                        r"(?:\s+(?:om|av|angående|gällande|rörande|kring))?\s+(?=\S)", re.IGNORECASE)
# the proposal asked about, which a title keeps ('förslaget till ny avfallsplan')
ASKED_PROPOSAL = re.compile(r"^(?:förslaget|förslagen|utkastet)\s+(?:till|om|på)\s+\S", re.IGNORECASE)


def asked_about(heading: str) -> str | None:
    """Given a question heading, return the document it asks what someone thinks of, without its kind
    ('Vad tycker Sveriges tandläkare om utredningen jämlik tandhälsa?': 'jämlik tandhälsa'; 'Vad tycker ni
    om förslaget till ny taxa?': 'förslaget till ny taxa'), else None: a question about a place or a
    matter that is no document names no title ('Vad tycker du om Mörby centrum?')."""
    match = ASKED_ABOUT.match(heading.strip())
    if match is None:
        return None
    doc = match.group("doc").strip(" ,")
    kind = ASKED_KIND.match(doc)
    if kind is not None:
        rest = doc[kind.end():].strip()
        return rest if len(rest.split()) >= 2 or re.search(r"\d", rest) else None
    return doc if ASKED_PROPOSAL.match(doc) else None


# a page's number that a transcript (docplayer, 5dok) sets first in each page's paragraph: '1 VÄGLEDNING …',
# '2 REMISSVERSION …', '3 1. FÖRORD …' (titel33)
PAGE_NUMBER = re.compile(r"^(?P<n>\d{1,3})\s+(?=\S)")
PAGE_NUMBER_LINES = 60  # the lines after the title's where the next page's number opens a paragraph


def page_number_stripped(title: str, line: Line, lines: Sequence[Line]) -> str:
    """Given a title, the line it was read from and the missiv's lines, return the title without the page's
    number a transcript set before it, when its line opens with that number and a line below opens with the
    next ('1 VÄGLEDNING Miljöprövning …' over '2 REMISSVERSION …': 'VÄGLEDNING Miljöprövning …'); a number
    that is the title's own ('2030 års …', '5G-nätet', '1177 Vårdguiden') has no next page's under it."""
    number = PAGE_NUMBER.match(title)
    if number is None or not line.text.strip().startswith(number.group(0)):
        return title
    following = str(int(number.group("n")) + 1)
    index = next((i for i, other in enumerate(lines) if other is line), None)
    if index is None or not any(_opens_with(other, following)
                                for other in lines[index + 1 : index + 1 + PAGE_NUMBER_LINES]):
        return title
    return title[number.end():]


def _opens_with(line: Line, number: str) -> bool:
    """Return True when line opens with number as a transcript's page number."""
    match = PAGE_NUMBER.match(line.text.strip())
    return match is not None and match.group("n") == number


# (titel33) a report's cover run into one line, as a transcript or a cover without sizes gives it: its stage
# after the report's name ('… 2025–2035 Remissversion 2024-03-15 Region Mörby'), a date and the organisation
# that issues it after the name (a report's number before it stays, as an SOU's: 'Rapport 2014:38 Översyn …')
STAGE_AFTER = re.compile(r"\s+[–—-]?\s*(?:remissversion(?:en)?|remissutgåva(?:n)?|remissupplaga(?:n)?|"
                         r"remisshandling|samrådshandling(?:en|ar)?|samrådsversion(?:en)?|"
                         r"granskningshandling(?:en|ar)?|utställningshandling(?:en|ar)?)\b.*$", re.IGNORECASE)
MONTHS = rf"(?i:{'|'.join(MANAD_NAMN)})"
DAY = rf"(?:(?:19|20)\d{{2}}-\d{{2}}-\d{{2}}|(?:\d{{1,2}}\s+)?{MONTHS}\s+(?:19|20)\d{{2}})"
DATE_AFTER = re.compile(rf"\s+{DAY}$")
# the organisation that issues the report, after its name
ISSUER = (r"(?:Region\s+[A-ZÅÄÖ][\wåäö-]+|[A-ZÅÄÖ][\wåäö-]+\s+(?:kommun|stad)"
          r"|Länsstyrelsen\s+i\s+[A-ZÅÄÖ][\wåäö-]+(?:\s+län)?)")
ISSUER_AFTER = re.compile(rf"\s+{ISSUER}$")
# the organisation with its date after it: a cover's foot, also where a frame cut the day ('… Region Mörby
# 2024-03')
ISSUED_AFTER = re.compile(rf"\s+{ISSUER}\s+(?:{DAY}|(?:19|20)\d{{2}}-\d{{2}})$")
# a word a date or an organisation after it belongs to ('Budget för mars 2024', 'Översiktsplan för Mörby
# kommun')
BINDS_ON = frozenset({"för", "i", "inom", "vid", "av", "om", "till", "över", "under", "från", "per", "den",
                      "och"})
COVER_ROUNDS = 3  # a date, an organisation, a date again: what a cover sets under its report's name


def cover_stripped(title: str) -> str:
    """Given a title, return it without what a report's cover sets around the report's name when a line ran
    them together: after the report's name the stage ('Remissversion', 'Samrådshandling') and what follows it,
    a date and the organisation that issues it ('Regional cykelstrategi för Mörby län 2025–2035 Remissversion
    2024-03-15 Region Mörby': the strategy's name); the organisation only where a stage or a date was cut,
    neither after a preposition ('Budget för mars 2024', 'Översiktsplan för Mörby kommun'); the name always
    keeps two words, and a title with nothing cut is returned as it is."""
    rest = title
    staged = STAGE_AFTER.sub("", rest)
    cut = staged != rest and len(staged.split()) >= 2
    rest = staged if cut else rest
    for _ in range(COVER_ROUNDS):
        dated = _cut_after(_cut_after(rest, ISSUED_AFTER), DATE_AFTER)
        issued = _cut_after(dated, ISSUER_AFTER) if (cut or dated != rest) else dated
        if issued == rest:
            break
        cut, rest = True, issued
    return rest.strip(" ,;:–—-") if cut else title


def _cut_after(title: str, pattern: re.Pattern[str]) -> str:
    """Return title without what pattern finds at its end, unless that leaves a preposition last or fewer than
    two words."""
    cut = pattern.sub("", title)
    words = cut.split()
    return cut if len(words) >= 2 and words[-1].lower() not in BINDS_ON else title


# (titel33b) the kommun, stad, region or landsting after a plan's name, set off by a comma: who makes the
# plan, no part of its name (README, Facit: '…, Trönninge, Varbergs kommun'); also 'Region Gotland',
# 'Helsingborgs stad', 'Stockholms läns landsting', 'Västra Götalandsregionen', with a län after it ('…,
# Vindelns kommun, Västerbottens län'); a name after a preposition is the plan's area and stays
# ('Översiktsplan för Region Gotland')
CAPITAL = r"(?-i:[A-ZÅÄÖ])[\wåäö-]+"
MAKER_AFTER = re.compile(
    rf",\s*(?:Region\s+{CAPITAL}(?:\s+{CAPITAL})?|{CAPITAL}\s+(?-i:kommun)|{CAPITAL}\s+stad"
    rf"|{CAPITAL}\s+(?-i:läns\s+landsting)|Landstinget\s+(?-i:i\s+)?{CAPITAL}(?:\s+(?-i:län))?"
    rf"|(?:{CAPITAL}\s+)?(?-i:[A-ZÅÄÖ])[\wåäö-]+(?-i:regionen))"
    rf"(?:,\s*(?:{CAPITAL}\s+)?{CAPITAL}\s+(?-i:län))?\s*\.?$",
    re.IGNORECASE,
)
# a plan's kind in its name: 'översiktsplan', 'Detaljplan', 'regionplan', 'havsplanen', 'planprogram',
# 'områdesbestämmelser'
PLAN_KIND = re.compile(r"\b[\wåäö]*(?:plan|planen|planer|planprogram(?:met)?|områdesbestämmelser(?:na)?)\b",
                       re.IGNORECASE)


def maker_stripped(title: str) -> str:
    """Given a title, return it without the kommun, stad, region or landsting after the plan's name that it
    names ('Förslag till översiktsplan Gotland 2040, Region Gotland': 'Förslag till översiktsplan Gotland
    2040'; 'Detaljplan för del av fastigheten Äpplet 15, Stattena, Helsingborgs stad'); a title that names no
    plan before the comma, or whose rest would be one word, is returned as it is."""
    maker = MAKER_AFTER.search(title)
    if maker is None:
        return title
    rest = title[: maker.start()].strip(" ,")
    if len(rest.split()) < 2 or PLAN_KIND.search(rest) is None:
        return title
    return rest


# (titel34) a heading's last words set on a line of their own in the body's face under it, as a web page's
# heading printed to PDF or a Word page's heading wrapped by hand: 'Förslag till bildande av naturreservatet
# Brajdgatskogen' (bold 13 pt) over 'i Bäls socken' (10,5 pt), then the text; the rest goes on in lower case,
# is short, has no verb and no full stop, and the text after it opens a sentence of its own
REST_WORDS = 6
REST_VERB = re.compile(r"\b(?:är|har|ska|skall|kan|kommer|finns|blir|var|hade|gäller|vill|får|bör|måste)\b",
                       re.IGNORECASE)
# the rest opens with a preposition ('i Bäls socken', 'inom Mörby tätort', 'för perioden 2025–2030'); a
# single word in lower case under a heading is an image's caption or an icon's name ('checkmark')
REST_OPENS = re.compile(r"(?:i|på|för|om|vid|inom|av|till|över|mellan|längs|utmed|kring|med|och|samt)\s+\S")
# a heading cut after a preposition or a conjunction goes on in any lower-case word ('… för' / 'fritidshus')
OPEN_HEADING = re.compile(r"\s(?:av|och|för|om|till|med|på|från|vid|över|inom|samt|i|mellan)$")
# a byline under a heading ('av Anna Berg', 'text och foto: …'): who wrote it, no part of the heading
BYLINE = re.compile(r"^(?:av|text|foto|bild)\b(?:\s+och\s+(?:text|foto|bild))?\s*:?\s+(?-i:[A-ZÅÄÖ])[\wåäö-]+"
                    r"(?:\s+(?-i:[A-ZÅÄÖ])[\wåäö-]+){0,2}$", re.IGNORECASE)
# a date or a time under a heading ('den 16 november 2022', 'kl. 15.06'): when it was published; a property's
# number is no time ('på fastigheten Mörby 3:14')
DATED = re.compile(rf"{DAY}|\d{{1,2}}\s+{MONTHS}|\bkl(?:\.|ockan)?\s*\d{{1,2}}[.:]\d{{2}}\b", re.IGNORECASE)
HEADING_END = (".", ":", "?", "!", ";")


# a name in a heading's rest: a capitalised word after its first, or a figure ('del av Obbola 19:1')
NAMED_REST = re.compile(r"\s(?:[A-ZÅÄÖ][\wåäö-]+|\d)")


def heading_rest(heading: str, line: Line, follow: Line, after: Line | None) -> bool:
    """Given a heading's text so far, its last line, the line under it set in another face and the line after
    that (None at the page's end), return True when that line is the heading's rest ('… naturreservatet
    Brajdgatskogen' over 'i Bäls socken' over 'Länsstyrelsen avser att …'): the heading is open (no end stop),
    the rest is short, no larger than the heading, opens with a preposition in lower case (any lower-case word
    when the heading ends on one), holds no verb, no end stop, no date and no byline ('av Anna Berg'), and the
    text after it opens in a capital or a figure; a paragraph's first line that goes on, an image's caption
    ('delaktighetstrappan') or an icon's name ('checkmark') is no rest."""
    rest = follow.text.strip()
    words = rest.split()
    opens = (REST_OPENS.match(rest) is not None and len(words) >= 2
             or OPEN_HEADING.search(heading.rstrip()) is not None)
    # (kalla40) a heading cut after its preposition may close with its own full stop on the rest, a name in
    # it: 'Lämna synpunkter på detaljplaneförslag för' / 'del av Obbola 19:1.' (missiv/umea-obbola191-…)
    closed = (rest.endswith(".") and OPEN_HEADING.search(heading.rstrip()) is not None
              and NAMED_REST.search(rest[:-1]) is not None and not rest[:-1].endswith(HEADING_END))
    rest = rest[:-1] if closed else rest
    if (not opens or not rest[:1].islower() or heading.rstrip().endswith(HEADING_END)
            or len(words) > REST_WORDS or rest.endswith((*HEADING_END, ",")) or REST_VERB.search(rest)
            or BYLINE.match(rest)
            or DATED.search(rest) or follow.page != line.page or (line.size and follow.size > line.size)):
        return False
    opened = after.text.strip()[:1] if after is not None and after.page == follow.page else ""
    return not opened or opened.isupper() or opened.isdigit()



# (titel36) a heading-like line cut after its preposition with the area's name alone on the line under it,
# as a transcript keeps a wrapped heading's lines: 'Samråd om förslag till detaljplan för handel på del av' /
# 'Produkthusområdet' (prov34/are-produkthusomradet-detaljplan-samrad, where the text's 'på fastigheten
# Mörviken 2:91' became the title)
NAME_REST_WORDS = 4


def name_rest(heading: str, rest: str) -> bool:
    """Given a heading-like line and the line under it, return True when that line is the name the heading was
    cut before: the heading ends on a preposition or a conjunction ('… på del av'), the line opens with a
    capital or a figure, is short and holds no verb and no end stop ('Produkthusområdet', 'Mörby 3:14')."""
    words = rest.split()
    return (OPEN_HEADING.search(heading.rstrip()) is not None and (rest[:1].isupper() or rest[:1].isdigit())
            and 0 < len(words) <= NAME_REST_WORDS and not rest.endswith((*HEADING_END, ","))
            and REST_VERB.search(rest) is None and DATED.search(rest) is None)

# (titel34) a call's heading in two parts, a theme and then the document with the procedure it is on: 'Tyck
# till om Östersunds framtid, översiktsplanen är ute på granskning'; the document is the matter, the theme no
# part of it (README, Facit: the heading's name for the matter)
TWO_PARTS = re.compile(r"(?P<theme>[^,]{3,80}),\s+(?P<doc>[^,]{3,80})")
ON_PROCEDURE = (r"\s+(?:är|går|finns|skickas|sänds|ställs|läggs)\s+(?:nu\s+)?(?:ute\s+|ut\s+)?"
                r"(?:på|för|till)\s+(?:remiss|samråd|granskning|utställning)\b")
DOC_WORDS = 4  # the document in such a heading is named short: 'översiktsplanen', 'den nya kulturplanen'


def clause_matter(title: str, heading: str) -> str:
    """Given a title and the heading it was read from, return the document when the title is a theme and,
    after a comma, the document the heading puts on a procedure ('Östersunds framtid, översiktsplanen' out of
    '… översiktsplanen är ute på granskning': 'översiktsplanen'); the theme names no document. Else the
    title as it is."""
    from remiss.extract.core import _kind_word

    parts = TWO_PARTS.fullmatch(title.strip())
    if parts is None:
        return title
    doc, theme = parts.group("doc").strip(), parts.group("theme")
    words = doc.split()
    if (len(words) > DOC_WORDS or _kind_word().fullmatch(words[-1]) is None
            or any(_kind_word().fullmatch(w) for w in theme.split())
            or not re.search(re.escape(doc) + ON_PROCEDURE, heading, re.IGNORECASE)):
        return title
    return doc


# (titel36) a title keeps the document's words: a word the text writes broken inside its line ('unika
# identitets- märkningar på tobaksförpackningar', regeringen.se's heading; 'Boende på (o)lika villkor-
# merkostnader', a dash whose space was lost) is read whole for the text's sake (remiss.clean.AVSTAVAT), and
# the title gives it back as written (README, Facit: the facit keeps the source's spelling)
WRITTEN_LINES = 4  # the title's line and the lines its heading wraps onto


def as_written(title: str, line: Line, lines: Sequence[Line]) -> str:
    """Given a title, the line it was read from and the missiv's lines, return the title with each word that
    reading joined on that line or the lines under it as those lines write it ('… unika identitetsmärkningar
    på …' from '… unika identitets- märkningar på …': 'identitets- märkningar')."""
    from remiss.clean import las_avstavade

    index = next((i for i, other in enumerate(lines) if other is line), None)
    own = [line] if index is None else lines[index : index + WRITTEN_LINES]
    for written in (word for other in own for word in other.avstavat):
        joined = las_avstavade(written)
        if joined != written:
            pattern = re.compile(rf"(?<![\wåäö-]){re.escape(joined)}(?![\wåäö-])")
            title = pattern.sub(written, title)  # (letters, a hyphen and a space: no escapes)
    return title



SPOKEN_OF = 2  # the definite uses of a kind that make it the document a text speaks of ('riktlinjerna' twice)
# what a document is for or on, after its kind, up to the clause's end: 'riktlinjer för logopediska läs-och
# skrivutredningar' (before ', delvis som en följd …')
KIND_FOR = (r"\s+(?:för|om|över|kring|vid|inom)\s+[^.,;:!?()]{4,100}?"
            r"(?=\s*[.,;:!?(]|\s+(?:som|och\s+(?:är|har|ska))\b|$)")


def kind_spoken_of(text: str) -> tuple[str, int] | None:
    """Given a post's text that names no matter in a heading, return the document it speaks of by its kind in
    the definite form (at least SPOKEN_OF times: 'Arbetet med riktlinjerna', 'syftet med riktlinjerna') named
    in full where the kind stands with what it is for ('behovet av riktlinjer för logopediska läs-och
    skrivutredningar, delvis …': 'riktlinjer för logopediska läs-och skrivutredningar'), and where that
    starts; else None (titel38)."""
    from remiss.extract.core import DEFINITE_ENDINGS, _kinds

    definite = re.compile(rf"(?<![\wåäö-])(?P<stem>[\wåäö-]*?(?:{_kinds()})){DEFINITE_ENDINGS}(?![\wåäö-])",
                          re.IGNORECASE)
    counts: dict[str, int] = {}
    for match in definite.finditer(text):
        stem = match.group("stem").lower()
        counts[stem] = counts.get(stem, 0) + 1
    spoken = [stem for stem, n in sorted(counts.items(), key=lambda kv: -kv[1]) if n >= SPOKEN_OF]
    if len(spoken) != 1:
        return None  # no kind, or two the text speaks of alike: no one document
    named = re.search(rf"(?<![\wåäö-]){re.escape(spoken[0])}(?:r|er|ar|or)?{KIND_FOR}", text, re.IGNORECASE)
    if named is None:
        return None
    return named.group(0).strip(), named.start()


# (titel41) the stamps a heading's own line may carry around the matter: the day the post was put up first
# ('2020-02-19 Samråd enligt miljöbalken. Ny kaj …', a company's list of posts; '19 februari 2020 –
# Detaljplan för …'; '19.2.2020 …'), and the case's diarienummer, labelled ('…, Dnr KS 2023/145', 'Dnr KS
# 2023/145 – Remiss av …') or in brackets with its series' letters ('… (KS 2023/145)'); no part of the
# matter
DATE_FIRST = re.compile(rf"^(?:(?:den\s+)?{DAY}|\d{{1,2}}\.\d{{1,2}}\.(?:19|20)\d{{2}})"
                        r"(?:,?\s+(?:kl\.?\s*)?\d{1,2}[.:]\d{2})?\s*(?:[-–—:|]\s*)?(?=(?-i:[A-ZÅÄÖ]))",
                        re.IGNORECASE)
# (the day after the matter, set off by a dash or a comma: 'Samrådshandling – Översiktsplan Mörby 2040
# – 2024-03-01'; a matter's own year or period stays, 'Kulturplan 2024-2027')
DATE_LAST = re.compile(rf"(?:\s*,|\s+[-–—])\s*(?:den\s+)?(?:{DAY}|\d{{1,2}}\.\d{{1,2}}\.(?:19|20)\d{{2}})"
                       r"\s*$", re.IGNORECASE)
# a period's first day before the dash ('Samråd 5 oktober – 29 oktober 2018'; not a plan's year, '… 2040 –')
PERIOD_START = re.compile(rf"(?:{MONTHS}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}\.\d{{1,2}}\.?(?:\d{{2,4}})?)\s*$")
DNR_LABEL = r"(?:(?:vårt|ert)\s+)?(?:dnr|diarienummer|diarienr|ärendenummer|ärendenr)\.?\s*:?\s*"
DNR = rf"(?:{DNR_PATTERN})(?:\s*\d{{1,2}}(?:\.\d{{1,3}}){{2,4}})?"
DNR_LAST = re.compile(rf"\s*[,;]?\s*(?:\(\s*(?P<label>{DNR_LABEL})?(?P<bracketed>{DNR})\s*\)"
                      rf"|{DNR_LABEL}{DNR})\s*$", re.IGNORECASE)
DNR_FIRST = re.compile(rf"^(?:(?P<label>{DNR_LABEL})|(?=(?-i:[A-ZÅÄÖ])))(?P<dnr>{DNR})"
                       r"\s*(?:[-–—:,|]\s*)?(?=\S)", re.IGNORECASE)
# an unlabelled number is a diarienummer with its year ('KS 2023/145'; not 'Väg 26/47', a road's number)
YEAR = re.compile(r"(?:19|20)\d{2}")
# a publication's own number, the document's name, not the case's ('Ds.2022:28 En fortsatt …',
# 'SOU 2021:50 …', g0vse's regeringen.se headings)
PUBLICATION = re.compile(r"^(?:SOU|Ds|Prop|Dir|SFS|Skr|Bet|COM|KOM)(?![a-zåäö])", re.IGNORECASE)


def stamp_stripped(title: str) -> str:
    """Given a heading's text, return it without the date first or last after a dash, and the labelled or
    bracketed diarienummer first or last ('Remiss av förslag till ny avfallsplan, Dnr KS 2023/145' gives
    'Remiss av förslag till ny avfallsplan'); a year or a period ('Kulturplan 2024-2027') is no diarienummer;
    what is left keeps two words, else the heading is returned as it is."""
    rest = title.strip()
    dated = DATE_FIRST.match(rest)
    if dated is not None and len(rest[dated.end():].split()) >= 2:
        rest = rest[dated.end():]
    first = DNR_FIRST.match(rest)
    if (first is not None and len(rest[first.end():].split()) >= 2
            and (first.group("label")
                 or YEAR.search(first.group("dnr")) and not PUBLICATION.match(first.group("dnr")))):
        rest = rest[first.end():]
    dated = DATE_LAST.search(rest)
    if (dated is not None and len(rest[: dated.start()].split()) >= 2
            and not PERIOD_START.search(rest[: dated.start()])):
        rest = rest[: dated.start()]
    last = DNR_LAST.search(rest)
    if last is not None and len(rest[: last.start()].split()) >= 2:
        bracketed = last.group("bracketed")
        if bracketed is None or last.group("label") or (bracketed[:1].isalpha() and YEAR.search(bracketed)
                                                        and not PUBLICATION.match(bracketed)):
            rest = rest[: last.start()]
    return rest if rest != title.strip() else title



# (rest45) a heading that is a whole sentence, its full stop kept, with a finite verb (a press release's bold
# lead: 'Utgivarnas styrelse är överens om att mediernas självreglering måste stärkas och utvecklas.',
# prov29/utgivarna-sjalvreglering-synpunkter): a view on the matter, no name of it
STATEMENT_VERB = re.compile(r"\b(?:är|har|ska|skall|kan|kommer|vill|får|bör|måste|blir|var|hade|anser|"
                            r"avser|beslutat|beslutade)\b")
STATEMENT_END = re.compile(r"(?<![.\w])[a-zåäö]{2,}\.$")  # a word's full stop, not a name's 'm.fl.'
STATEMENT_WORDS = 8  # a short news heading with a verb ('Ny avfallsplan är klar.') is left to the news rules


def statement_heading(heading: str, line: str | None = None) -> bool:
    """Return True for a heading that is a whole sentence: capitalised, at least STATEMENT_WORDS words, a
    finite verb on the heading's own line (`line`, when the heading was joined with lines under it) and a
    word's full stop at its end, naming no document of a kind ('Förslaget till ny översiktsplan är ute på
    samråd.' names one: the rules read its matter) and not opening with the remiss's label ('Remiss av
    promemorian X' over 'Här kan du ta del av …': the label's heading run into the sentence under it)."""
    from remiss.extract.core import _frame_words

    text = heading.strip()
    own = text if line is None else line.strip()
    if re.match(r"remiss\b", text, re.IGNORECASE) or STATEMENT_VERB.search(own) is None:
        return False
    sentence = STATEMENT_END.search(text) is not None and STATEMENT_VERB.search(text) is not None
    return (sentence and text[:1].isupper() and len(text.split()) >= STATEMENT_WORDS
            and _frame_words()[0].search(text) is None)


def stance_heading(heading: str) -> bool:
    """Return True for a heading that says the sender's stance after the remiss label ('Nyinkommen remiss –
    behov att synliggöra …', titel.toml [standpunktsrubrik]): a view, no matter."""
    from remiss.extract.core import _titel_modell

    pattern = re.compile(_titel_modell()["standpunktsrubrik"]["monster"], re.IGNORECASE)
    return pattern.match(heading.strip()) is not None


REMISS_LABEL = re.compile(r"^(?:ny|nya|nyinkommen|inkommen|aktuell|pågående)\s+remiss(?:er)?\s*[–—:-]\s*\S",
                          re.IGNORECASE)


def remiss_label(heading: str) -> bool:
    """Return True for a heading that opens with the label of a new remiss before a dash ('Nyinkommen remiss –
    …', 'Ny remiss: …'): the page says it is about a remiss, whatever the rest names."""
    return REMISS_LABEL.match(heading.strip()) is not None


# (rest45) the proposal in its definite form is the text's running reference to it ('tycka till om förslaget
# till detaljplan för Karlslund 3:4'); where the text also names it bare ('se handlingar tillhörande förslag
# till detaljplan för Karlslund 3:4', a link's name), that is its name (README, Facit: 'Förslag till' stays)
# a web page's note on a link, read out to a screen reader and copied with the link's last word ('Karlslund
# 3:4länk till annan webbplats')
LINK_NOTE = re.compile(r"länk\s+till\s+annan\s+webbplats(?:\s*,?\s*öppnas\s+i\s+(?:ett\s+)?nytt\s+fönster)?",
                       re.IGNORECASE)
DEFINITE_PROPOSAL = re.compile(r"^förslaget\s+till\s+(?P<matter>\S.*)$", re.IGNORECASE)


def bare_proposal(title: str, text: str) -> str:
    """Given a title 'förslaget till X' and the text it was read from, return 'förslag till X' as the text
    writes it when the text also names the proposal so, else the title."""
    match = DEFINITE_PROPOSAL.match(title.strip())
    if match is None:
        return title
    matter = r"\s+".join(re.escape(word) for word in match.group("matter").split())
    text = LINK_NOTE.sub(" ", text)
    # (the name ends where the matter does: not 'förslag till ny översiktsplan för Mörby stad', another)
    ends = r"(?=\s*(?:$|[.,;:!?)](?!\d))|\s+(?-i:[A-ZÅÄÖ]))"
    bare = re.search(rf"(?<![\w-])förslag\s+till\s+{matter}{ends}", text, re.IGNORECASE)
    return " ".join(bare.group(0).split()) if bare else title


# (rest45) a web form's heading that names the plan the views are on, by its property ('Synpunkt Hästen 4
# m.fl', missiv/taby-hasten4-granskning-2021: a kommun's plan page saved without its own heading, whose text
# says only 'detaljplanen'); the form stands under the text ('Eller använd formuläret nedan')
FORM_HEADING = re.compile(
    r"^(?:lämna\s+)?synpunkt(?:er)?\s+(?:på\s+|om\s+|för\s+)?(?P<name>(?-i:[A-ZÅÄÖ])[\wåäö-]+(?:\s+[\wåäö-]+){0,3}"
    r"\s+\d+(?::\d+)?(?:\s+m\.\s?fl\.?)?)$",
    re.IGNORECASE,
)


def form_matter(lines: Sequence[Line]) -> tuple[str, Line] | None:
    """Given a page's lines, return the property a web form's heading names the views on ('Synpunkt Hästen 4
    m.fl': 'Hästen 4 m.fl') with its line, or None."""
    for line in lines:
        match = FORM_HEADING.match(line.text.strip())
        if match is not None:
            return match.group("name"), line
    return None


# (avs47) where a notice without a heading names its matter: the request for opinions on it ('Vasa
# sjukvårdsdistrikt begär utlåtande om utkastet till nytt grundavtal senast 15.9.2019', 'Miljöministeriet
# begär ert utlåtande om utkastet till förordning …': what follows 'om', as the text writes it, up to the
# deadline or the sentence's end), or the draft its sender has prepared ('Mellersta Österbottens förbund har
# berett ett utkast till etapplandskapsplan 5.': 'utkast till …', which a title keeps, README Facit); read by
# remiss.extract.core._choose_titel when nothing else names the matter
MATTER_END = r"(?=\s+(?:senast|fram\s+till|till\s+och\s+med|före|innan|som|och\s+(?:ber|vill|önskar))\b|" \
             r"\s*[.!?;](?:\s|$)|\s*,\s|$)"
REQUEST_MATTER = re.compile(
    r"\b(?:begär|ber\s+om)\s+(?:härmed\s+|nu\s+)?(?:(?:ert|era|ditt|dina|in)\s+)?(?:skriftliga?\s+)?"
    r"(?:utlåtanden?|yttranden?|synpunkter|remissvar)\s+(?:om|över|på|gällande|angående|beträffande|avseende)\s+"
    rf"(?P<doc>[^.!?;]{{6,200}}?){MATTER_END}",
    re.IGNORECASE,
)
DRAFT_PREPARED = re.compile(
    r"\b(?:har\s+(?:nu\s+)?(?:berett|tagit\s+fram|upprättat|utarbetat|arbetat\s+fram)|bereder)\s+"
    rf"(?:ett\s+)?(?:nytt\s+)?(?P<doc>(?:utkast|förslag)\s+till\s+[^.!?;]{{4,200}}?){MATTER_END}",
    re.IGNORECASE,
)
# ... or the proposal it sends out on remiss ('Kommunstyrelsen har beslutat att skicka förslaget till
# bostadsförsörjningsprogram på remiss': 'förslaget till bostadsförsörjningsprogram', as the text writes it)
SENT_ON_REMISS = re.compile(
    r"\b(?:skicka|skickar|skickat|sända|sänder|sänt)\s+(?:ut\s+)?"
    r"(?P<doc>(?:förslaget|förslag|utkastet|utkast)\s+(?:till|på|om)\s+[^.!?;]{4,200}?)\s+(?:ut\s+)?på\s+remiss\b",
    re.IGNORECASE,
)
