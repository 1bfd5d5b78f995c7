"""The remissinstans list of a missiv: numbered, bulleted, tabled, grouped or inline."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import replace

from remiss import forklara
from remiss.domain import Line, Remissinstans
from remiss.hopskriven_lista import run_together_block, run_together_names
from remiss.modelldata import fraser, modell_toml
from remiss.numrerad_lista import BULLET, numbered_list

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
HEADING = re.compile(
    r"^(?!(?:synpunkter|svar|yttranden|remissvar)\s+från\b)"  # 'Synpunkter från remissinstanser': answers
    r"(?P<grupp>(?:[\wåäöÅÄÖ-]+\s+){0,2})remissinstanser\b(?!\s+genom\b)[^.]*?:?\s*$|"
    r"^(?:\d{1,3}\s+)?sändlista(?:\s+(?:dnr|remissinstans(?:er)?|mottagare|adress(?:uppgifter)?|"
    r"e-post(?:adress)?))*:?\s*$|"  # '2 Sändlista Dnr Remissinstans': page number and column labels run in
    # (lista43) the list named by its remiss: 'Sändlista för remiss ang. marint kulturreservat inom Haninge
    # kommun' (a kommun's sändlista quoted on a third party's page); a heading, no sentence
    r"^sändlista\s+(?:för|till|över|avseende|angående|ang\.|gällande)\s+[^:]{3,90}(?<![.!?])$|"
    r"^remissinstans\s*$|"  # the column label over a table of names ('Remissinstans' over the rows)
    r"^(?!(?:yttrande\w*|svar\w*|remissvar\w*|synpunkter\w*)\s)"  # 'Yttranden skickas till:': the address
    # a capital first: a line in lower case continues the sentence above ('… göras skriftligen under' /
    # 'samrådstiden och skickas till:' over an address block), it is no heading of its own
    r"(?=(?-i:[A-ZÅÄÖ]))"
    r"(?!(?:protokollsutdrag|utdrag|beslut(?:et)?|kopia)\s)"  # 'Protokollsutdrag skickas till': the extract's
    r"(?:\w+\s+){0,2}(?:skickas|skickats|sänds|sänts|går|gått)\s+(?:ut\s+)?(?:på\s+remiss\s+)?"
    # (missiv32) '… till följande instanser:', 'Remissen har skickats till nedanstående:'
    r"(?:för\s+yttrande\s+)?till(?:\s+(?:följande|nedanstående)(?:\s+(?:remiss)?instanser|\s+mottagare)?)?:?\s*$|"
    r"^(?:nr\.?\s*\|?\s*)?(?:remissinstans|mottagare|instans)(?:er)?"
    r"(?:\s*\|?\s*(?:e-post(?:adress)?|adress|diarieadress|svar\s+inkom\w*|kommentar))+\s*$",
    re.IGNORECASE,
)
GROUP = re.compile(
    r"^(?P<grupp>obligatoriska|valfria|frivilliga|övriga|externa|interna|"
    r"remissinstanser utöver[^:]*|för kännedom)\b[^:.]{0,40}:?\s*$|"
    r"^(?P<egen>[A-ZÅÄÖ][\wåäö-]*(?:\s+[\wåäö-]+){0,2}):\s*$",
    re.IGNORECASE,
)
TABLE_LABEL = re.compile(
    r"^(?:nr\.?\s*\|?\s*)?(?:remissinstans|mottagare|instans|namn|organisation|myndighet)(?:er|en)?$",
    re.IGNORECASE,
)  # the first cell of a table's header row ('Remissinstans | E-post | Svar inkommet')
TABLE_HEAD = re.compile(
    r"^(?:nr\.?\s*)?(?:remissinstans|mottagare|instans|namn|organisation)(?:er)?\s*(?:\|\s*)?"
    r"(?:e-post(?:adress)?|adress|diarieadress)\s*$",
    re.IGNORECASE,
)
ITEM = re.compile(
    r"^(?:(?P<num>\d{1,3})\s*[.)]|(?P<bare>\d{1,3})\s+(?=(?:\d\s)?[A-ZÅÄÖÉ(])|[-•–*·▪●○■]|\u2022)"
    r"\s*(?P<rest>\S.*)$"
)  # '12. Namn', '12) Namn', '12 Namn' (Regeringskansliet's lists have no dot), or a bullet
SCOPE = re.compile(
    r"\s*\((?P<scope>[^()]*(?:\b(?:avsnitt|kapitel|kap\.|bilaga|bilagor|del|delar|endast|sidan|sidorna|"
    r"sid\.|s\.|förslag(?:en|et)?|frågan|frågorna|betänkandet|promemorian|gäller|avseende|angående)\b|"
    r"\bbet\.\s|§)[^()]*)\)\s*$",  # '(bet. om sanktionsväxling)' is the scope, not the name
    re.IGNORECASE,
)
# (missiv38) an aside after the name, a clause in lower case of six words or more: '• Regionernas
# cancersamordnare (skickar i sin tur vidare till lokalt cancerråd/LPO cancer, …)' is no part of the name (a
# unit named in the parenthesis opens with a capital: 'Göteborgs universitet (Institutionen för biologi …)')
ASIDE = re.compile(r"\s*\((?P<scope>(?-i:[a-zåäö])[^()\s]*(?:\s+[^()\s]+){5,})\)\s*$")


@functools.cache
def _i_loptext() -> dict[str, list[str]]:
    """Return modeller/listor.toml's [i_loptext]: the verbs that lead in a list in a sentence, group words."""
    data = modell_toml("listor.toml")
    return data["i_loptext"]  # type: ignore[no-any-return]


@functools.cache
def group_word() -> re.Pattern[str]:
    """Return the pattern of a name in a sentence that opens with a group word ('länets kommuner')."""
    words = "|".join(map(re.escape, _i_loptext()["grupporden"]))
    return re.compile(rf"^(?:{words})\b", re.IGNORECASE)


@functools.cache
def inline_pattern() -> re.Pattern[str]:
    """Return the pattern of a sentence naming the instanser ('Remissen skickas till A, B och C.',
    'Strategin remitteras till länets kommuner, …'): the list starts with a capital or a group word."""
    verbs = fraser(sorted(_i_loptext()["verb"], key=len, reverse=True))
    words = "|".join(map(re.escape, _i_loptext()["grupporden"]))
    return re.compile(
        rf"(?i:(?:\b(?P<subjekt>[a-zåäö]+)\s+(?:{verbs})|på\s+remiss)\s+(?:ut\s+)?"
        rf"(?:för\s+yttrande\s+)?till\s+(?:[a-zåäö]+:\s*)?)(?P<list>(?:[A-ZÅÄÖ]|(?i:{words})\s)[^.]+)\."
    )


STOP = re.compile(
    r"^(?:remissvar(?:en|et)?|remisstid(?:en)?|svar(?:et|en)?|svarsdatum|svarsdag(?:en)?|sista|ange|"
    r"yttrande(?:t|n|na)?|nämndens|motionen|ärendet|aktuella|handläggare(?:n)?|kontakt(?:person(?:er)?)?|"
    r"frågor|underlag(?:et)?|bakgrund|bilag(?:a|an|or|orna)|med vänlig|hälsningar|i detta|enligt|"
    r"se vidare|remissen|den som|datum|dnr|kopia|för kännedom)\b",
    re.IGNORECASE,
)  # whole words only: 'Yttrandefrihetskommittén' is a name, 'Yttrande' a heading
@functools.lru_cache(maxsize=1)
def category() -> re.Pattern[str]:
    """Return the pattern of a list sub-heading without style (its words in modeller/listor.toml)."""
    data = modell_toml("listor.toml")
    words = "|".join(map(re.escape, data["underrubriker"]["ord"]))
    lage = "|".join(map(re.escape, data["underrubriker"]["lage"]))
    return re.compile(rf"^(?:{words})(?:\s+(?:{lage}))?\s*:?$", re.IGNORECASE)


ABBREVIATION_END = re.compile(r"\s[^\W\d_]\.(?:[^\W\d_]\.)+$")  # 'k.f.', 'u.p.a.' at a name's end
WORD = re.compile(r"(?<![\w/])[^\W\d_]{2,}(?![\w/])")  # a word of letters only: a name has one
LABEL_VALUE = re.compile(r"\b[A-ZÅÄÖa-zåäö-]{2,}:\s+\S")  # 'Telefonväxel: 08-405 10 00', a footer's label


INTRO = re.compile(
    r"till\s+vilka\s+(?:remiss)?instanser|remissinstanser|(?<!åter)remitter|"
    r"(?:skickas|skickats|sänds|sänts|går|gått)\s+(?:ut\s+)?(?:på\s+remiss\s+)?till\b|"
    # (missiv38) the act with a few words between it and 'till:' ending the sentence ('… har skickat
    # remissutskick till:', 'har skickats ut för synpunkter till:'), or the list's kind named: 'RCC
    # Mellansverige har skickat remissutskick till följande instanser:' over its bullets
    r"\b(?:skickat|sänt|skickats|sänts|skickas|sänds)\s+(?:ut\s+)?(?:[\wåäö-]+\s+){0,3}?till\s*:|"
    r"\btill\s+(?:följande|nedanstående)\s+(?:remiss)?(?:instanser|mottagare)\s*:",
    re.IGNORECASE,
)  # a sentence that introduces the list when no heading does
TITLE = re.compile(r"^remiss(?:\s*[:–—-]|\s+av\b)", re.IGNORECASE)
# a list of the remiss's files, not of instanser ('Missiv', 'Konsekvensutredning', 'Bilaga 3', 'Sändlista',
# 'Dokument COM(2018) 375 som bifogades remissen')
DOCUMENT_ITEM = re.compile(
    r"^(?:missiv|sändlista|dokument(?:et|en)?\b|bilaga\b|bilagor|konsekvensutredning|förslag\b|"
    r"remiss(?:promemoria|version|missiv)?\b|promemoria|skrivelse|följebrev|karta|samrådsunderlag|underlag\b)",
    re.IGNORECASE,
)

# (missiv33) a list of ways to answer: its lead ('… på något av följande sätt:', 'Så här lämnar du
# synpunkter:') and its items, each an instruction opening on a verb in the imperative ('Lämna synpunkter
# direkt i …', 'Skicka brev till: …', 'Klicka på fliken …')
WAYS_INTRO = re.compile(r"\bföljande\s+(?:sätt|vägar)\b|\bså\s+här\s+(?:lämnar|tycker|gör|svarar)\b",
                        re.IGNORECASE)
INSTRUCTION_ITEM = re.compile(
    r"^(?:lämna|skicka|skriv|mejla|maila|e-posta|ring|klicka|öppna|gå|besök|fyll|välj|använd|ladda|läs|"
    r"kontakta|logga|svara|posta|ange|märk|tyck|delta|kom|boka|anmäl)\s+(?-i:[a-zåäö])",
    re.IGNORECASE,
)
# a list item that is a clause or a proposal, never a body's name: 'att riksdagen beslutar om …', 'en
# tydligare styrning av …' (a report's proposals under 'MFD föreslår bland annat:' after the sentence about
# the remiss, prov25/rk-2016-mfd-funktionshinderspolitik, missiv27); a body is named, never 'att …', 'en …'
# (missiv29: 'att' before a body's name too, 'att Skolverket ska upprätta ett nationellt frånvaroregister …',
# a clause whatever follows it)
PROPOSAL_ITEM = re.compile(r"^(?:att\s+\S|(?:en|ett|hur|om|när|vilka|vad)\s+(?-i:[a-zåäö]))", re.IGNORECASE)
# an item that says what shall be done, not whom the remiss goes to: a clause with a modal or a passive verb
# over many words ('Försäkringskassan får i uppdrag att göra ett datalyft', 'Avdraget för arbetsresor höjs
# från 18,50 till 25 kronor per mil'); a body's name has neither
CLAUSE_ITEM = re.compile(
    r"^(?=(?:\S+\s+){5})(?:\S+\s+){0,8}?(?:ska|skall|bör|får|kan|måste|införs|höjs|sänks|utökas|ändras|"
    r"tas\s+bort|förlängs|avskaffas|upphävs|inrättas|förenklas|skärps)\s",
    re.IGNORECASE,
)
# the line right above a list that introduces the proposals, not the instanser: 'MFD föreslår bland annat:',
# 'I promemorian föreslås bl.a.:', 'Förslagen innebär i korthet:'
PROPOSAL_LEAD = re.compile(
    r"\b(?:föreslår|föreslås|föreslog|föreslagit|innebär)\b(?:[^.]|\.(?!\s))*:$"
    r"|\bförslag(?:en|et)?\s+i\s+(?:korthet|sammandrag)\s*:$"
    # (missiv29) 'Betänkandet som remitteras (SOU 2025:108) innehåller bland annat förslag om:'
    r"|\b(?:innehåller|omfattar|lämnar|presenterar|redovisar)\b(?:[^.]|\.(?!\s))*\bförslag\w*"
    r"(?:\s+(?:om|på|till|att|för))?\s*:$",
    re.IGNORECASE,
)


def find_instanser(lines: Sequence[Line]) -> tuple[list[Remissinstans], Line | None]:
    """Given a missiv's lines, return its remissinstanser and the line where the list starts.

    Every list heading is tried ('Sändlista' may also stand among the bilagor); the longest
    list wins.
    """
    texts = [line.text.strip() for line in lines]
    best: tuple[list[Remissinstans], Line | None] = ([], None)
    running = _running_heads(lines)
    for index, text in enumerate(texts):
        heading = HEADING.match(text)
        if heading and len(text) < 70:
            grupp = _group_name(heading.group("grupp"))
            first = index + 1 + _heading_goes_on(lines, index)  # the list starts under the whole heading
            found = parse_list(lines[first:], grupp=grupp, heading=lines[index], running=running)
            flat = run_together_block(lines[first:])
            if flat is not None and len(found) < len(flat):  # (rest45) names run together, no line each
                joined = " ".join(line.text.strip() for line in flat)
                found = [_instans(name, None, grupp) for name in run_together_names(joined)]
            names, whole = numbered_list(lines[first:])
            numbered = [_instans(name, None, grupp) for name in names]
            bullets = whole and _only_bullets_added(numbered, found, lines[first:])
            if len(numbered) >= len(found) or whole and len(numbered) >= 0.9 * len(found) or bullets:
                found = numbered
            if found and _only_persons(found, texts):
                continue  # 'Sändlista:' / 'Marjo Mäki-Krekola': the preparer named, no instanser
            if _roll_call(found):
                continue  # members with their party ('Daniel Bernmar (V), …'): a roll call, no instanser
            forklara.kandidat("remissinstanser", f"{len(found)} namn", "listan under rubriken", lines[index],
                              poang=len(found))
            if len(found) > len(best[0]):
                best = (found, lines[index])
    run_in = _run_in_list(lines)
    if run_in is not None and len(run_in[0]) > len(best[0]):
        best = run_in
    table = _email_table(lines)
    if len(table[0]) > len(best[0]):
        forklara.kandidat("remissinstanser", f"{len(table[0])} namn", "tabellen med gruppernas E-POST-kolumn",
                          table[1], poang=len(table[0]))
        best = table
    if best[0]:
        forklara.kandidat("remissinstanser", f"{len(best[0])} namn", "den längsta listan under en listrubrik",
                          best[1], poang=len(best[0]), vald=True)
        return best
    unheaded = _unheaded_list(lines)
    if unheaded is not None:
        forklara.kandidat("remissinstanser", f"{len(unheaded[0])} namn", "en numrerad lista efter meningen "
                          "om remissen", unheaded[1], poang=len(unheaded[0]), vald=True)
        return unheaded
    inline = _inline_list(lines)
    if inline[0]:
        forklara.kandidat("remissinstanser", f"{len(inline[0])} namn", "namnen i meningen 'Remissen skickas "
                          "till …'", inline[1], poang=len(inline[0]), vald=True)
        return inline
    addressed = _addressed_to(lines)
    if addressed[0]:
        forklara.kandidat("remissinstanser", "1 namn", "mottagarna i brevets inledande rad 'Till alla …'",
                          addressed[1], poang=1, vald=True)
    return addressed


BROKEN_HEADING = 40  # characters: a heading this long may be broken over two lines by the page's width


def _heading_goes_on(lines: Sequence[Line], index: int) -> int:
    """Given the index of a list heading, return 1 when the next line is the rest of the heading broken over
    two lines (in its style, in lower case: 'Sändlista för remiss ang. marint kulturreservat inom Haninge' /
    'kommun'), else 0. A heading broken over two lines is one heading, its rest no name of the list."""
    if index + 1 >= len(lines):
        return 0
    heading, following = lines[index], lines[index + 1]
    rest = following.text.strip()
    head = heading.text.strip()
    if len(head) < BROKEN_HEADING or head.endswith(":") or not rest[:1].islower() or ITEM.match(rest):
        return 0  # ('Remissinstanser' over 'kommunstyrelsen': a short heading is whole, its next line a name)
    return int(following.bold == heading.bold and abs(following.size - heading.size) < 0.5)


# (missiv38) the letter's addressee line over its text, a kind of receivers with its quantifier: 'Till alla
# logopeder i Sverige som utreder läs- och skrivsvårigheter' (a forum post asking for views on a working
# group's proposal, prov36/logopedforum-riktlinjer-las-skriv-synpunkter): the kind as it stands, as a sentence
# directing the remiss to them gives it; not a web page's 'Till innehållet', not one body ('Till
# Läkemedelsverket', an answer's receiver)
ADDRESSED_TO = re.compile(r"^Till:?\s+(?P<namn>(?:alla|samtliga|berörda)\s+[a-zåäö][^.!?:]{2,120})$")
ADDRESSEE_LINES = 3


def _addressed_to(lines: Sequence[Line]) -> tuple[list[Remissinstans], Line | None]:
    """Given lines, return the kind of receivers an addressee line among the first names ('Till alla …'), the
    line wrapped onto lines in the same type that go on in lower case ('… läs- och' / 'skrivsvårigheter')."""
    shown = [line for line in lines if line.text.strip()]
    for index, line in enumerate(shown[:ADDRESSEE_LINES]):
        text = line.text.strip()
        for below in shown[index + 1 : index + 3]:
            if not below.text.strip()[:1].islower() or (below.bold, below.size) != (line.bold, line.size):
                break
            text = f"{text} {below.text.strip()}"
        match = ADDRESSED_TO.match(text)
        if match:
            return [_instans(match.group("namn"), None, None)], line
    return [], None


def _only_persons(found: Sequence[Remissinstans], texts: Sequence[str]) -> bool:
    """Return True when every name of a list is a person's: capitalised words without an organisation's word,
    with a common first name or spelled by an e-mail address in the text ('Sändlista:' over 'Marjo
    Mäki-Krekola' only, the preparer whose address is marjo.maki-krekola@vasa.fi, on a Finnish request)."""
    from remiss.extract.avsandare import first_names
    from remiss.extract.personer import is_person, name_spelled

    mailboxes = {name_spelled(re.sub(r"[._]", " ", m.split("@")[0])) for m in EMAIL.findall(" ".join(texts))}
    return all(
        is_person(instans.namn)
        and (instans.namn.split()[0] in first_names() or name_spelled(instans.namn) in mailboxes)
        for instans in found
    )


# A member of a body with the party's letters after the name, in a protocol's roll call or vote: 'Daniel
# Bernmar (V)', 'Karin Pleijel (MP)', 'Agne Nilsson (c)'.
PARTY_MEMBER = re.compile(
    r"\b(?P<namn>[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?(?:\s+[A-ZÅÄÖ][\wåäöéü-]+){1,3})\s+"
    r"\((?:S|V|MP|M|C|L|KD|SD|D|FI|Fi|FP|[svmcld]|mp|kd|sd|fi|fp)\)"
)


def _roll_call(found: Sequence[Remissinstans]) -> bool:
    """Return True when half the names of a list or more are members with their party after the name
    ('Daniel Bernmar (V)', 'Agne Nilsson (c)'): the members who voted or attended, listed in a protocol, no
    remissinstanser; a party or body with its abbreviation ('Göteborgsregionen (GR)') is no member."""
    from remiss.extract.personer import is_person

    members = 0
    for instans in found:
        match = PARTY_MEMBER.search(instans.namn)
        members += match is not None and is_person(match.group("namn"))
    return members >= 2 and members * 2 >= len(found)


def _only_bullets_added(
    numbered: list[Remissinstans], found: list[Remissinstans], lines: Sequence[Line]
) -> bool:
    """Return True when a reading without layout has every numbered name and more, and each name more
    starts a bulleted line: the documents sent, set beside the numbered list ('42. Världsnaturfonden WWF'
    over '* Naturvårdsverkets redovisning av' in the second column), no instanser."""
    names = {i.namn for i in numbered}
    extra = [i.namn for i in found if i.namn not in names]
    if not numbered or not extra or not names <= {i.namn for i in found}:
        return False
    bullets = [cell.strip()[1:].strip() for line in lines for cell in line.text.split(" | ")
               if BULLET.match(cell.strip())]
    return all(any(b.startswith(name[:20]) for b in bullets) for name in extra)


# A sändlista as a table per group, the group's name in capitals over an e-mail column
# ('KOMMUNALA FÖRVALTNINGAR | E-POST | ADRESS' / 'Fastighetskontoret | fastighetskontoret@…').
GROUP_TABLE_HEAD = re.compile(
    r"^(?P<grupp>[A-ZÅÄÖ][A-ZÅÄÖ0-9 ,&/.-]*?)\s+E-?POST(?:ADRESS)?(?:\s+(?:POST)?ADRESS)?\s*$"
)
TABLE_NOTE = re.compile(r"^(?:utsänt|utskick|enligt|se\s|via\s|samt\b)", re.IGNORECASE)


def _email_table(lines: Sequence[Line]) -> tuple[list[Remissinstans], Line | None]:
    """Given lines, return the names of a sändlista set as a table per group with an e-mail column.

    The first cell of a row is the name, the e-mail its address; a line in capitals under a group's
    head goes on with the group's name ('KOMMUNALA' / 'FÖRVALTNINGAR'), under a name in capitals with
    the name ('S:T JÖRGENS TRÄDGÅRD' / 'SAMFÄLLIGHETSFÖRENING'); 'Utsänt enligt fastighetsförteckning'
    says how a group is reached and names no one.
    """
    found: list[Remissinstans] = []
    first: Line | None = None
    grupp: str | None = None
    name_x: float | None = None  # the name column's left edge, from the group's head
    after_head = False
    misses = 0
    for line in lines:
        text = line.text.replace("|", " ").strip()
        if not text:
            continue
        head = GROUP_TABLE_HEAD.match(re.sub(r"\s+", " ", text))
        if head:
            grupp, after_head, misses = head.group("grupp").strip(" ,"), True, 0
            first = first or line
            name_x = _left(line)[0] if _left(line) else None
            continue
        if grupp is None:
            continue
        email = EMAIL.search(text)
        capitals = not re.search(r"[a-zåäö]", text)
        if capitals and not email:
            if after_head:
                grupp = f"{grupp} {text}"
            elif found and not re.search(r"[a-zåäö]", found[-1].namn):
                found[-1] = replace(found[-1], namn=f"{found[-1].namn} {text}")
            continue
        after_head = False
        left = _left(line)
        if not email and name_x is not None and left and left[0] > name_x + 30:
            continue  # the rest of a wrapped address ('rg.se'), in the e-mail column
        if not email and " | " in line.text:
            text = line.text.split(" | ")[0].strip()  # 'en | e': the name cell's rest, the address's
        name = (text[: email.start()] if email else text).strip(" ;,")
        if not name or TABLE_NOTE.match(name):
            continue
        if not email and found and found[-1].epost and found[-1].grupp == grupp:
            # every row has its address: a line without one is the rest of the name cell above, a word
            # broken where the cell ends when it is a few lower-case letters ('…förvaltning' / 'en')
            joiner = "" if re.fullmatch(r"[a-zåäö]{1,3}", name) else " "
            found[-1] = replace(found[-1], namn=f"{found[-1].namn}{joiner}{name}")
            continue
        if not email and len(name.split()) > 8:
            misses += 1
            if misses > 1:
                break
            continue
        found.append(_instans(name, email.group(0) if email else None, grupp))
    return found, first


RUN_IN = re.compile(
    r"^(?:\d{1,3}\s+)?(?:sändlista|remissinstanser(?:na)?|remisslista|mottagare)\s*:?\s+(?=1\s*[.)]\s*\S)|"
    r"(?<=\s)(?:sändlista|remissinstanser(?:na)?|remisslista)\s*:\s+(?=1\s*[.)]\s*[A-ZÅÄÖ])",
    re.IGNORECASE,
)  # 'Sändlista: 1. Arbetsförmedlingen 2. Hälso- och …': the list run into one paragraph (a transcript, OCR)


def _run_in_list(lines: Sequence[Line]) -> tuple[list[Remissinstans], Line | None] | None:
    """Given lines, return a numbered list run into a paragraph after its heading, or None.

    A transcript or an OCR reading joins the items of a list into lines that break anywhere
    ('… 2. Hälso- och sjukvårdens ansvarsnämnd 3.' / 'Inspektionen för vård och omsorg 4. …'):
    the items are the texts between the numbers 1, 2, 3 … in order; the paragraph goes on while
    its next line holds the next number.
    """
    for index, line in enumerate(lines):
        head = RUN_IN.search(line.text.strip())  # at the line's start, or with its colon inside a paragraph
        if head is None:
            continue
        text = line.text.strip()[head.end() :]
        names: list[str] = []
        expected, position = 1, 0
        following = iter(lines[index + 1 :])
        nxt: Line | None = None
        while True:
            start = _number_at(text, expected, position)
            if start is None:
                break
            end = _number_at(text, expected + 1, start[1])
            while end is None:  # the next number may be on the next line
                nxt = next(following, None)
                if nxt is None or _number_at(nxt.text.strip(), expected + 1, 0) is None:
                    break
                text = f"{text} {nxt.text.strip()}"
                end = _number_at(text, expected + 1, start[1])
            if end is None:
                last = _last_run_in_item(text[start[1] :])
                if nxt is not None and last == text[start[1] :].strip() and _continues_item(nxt.text.strip()):
                    last = f"{last} {nxt.text.strip()}"  # '… 14. Norrbottens' / 'läns lan': the name wrapped
                names.append(last)
                break
            names.append(text[start[1] : end[0]].strip())
            expected, position = expected + 1, end[0]
        found = [_instans(n, None, None) for n in names if n]
        if len(found) >= 2:
            return found, line
    return None


RUN_IN_END = re.compile(
    r"\s+(?:(?:Remissvar\w*|Svar\w*|Yttrande\w*|Synpunkter\w*|Remissen|Ni|Vi|Den|Det)\s+)?"
    r"(?:ska|skall|bör|har|kommer|önskas|senast|med\s+vänlig)\b.*$",
    re.IGNORECASE,
)  # '25. Statens institutionsstyrelse Remissvaren ska ha kommit in …': the sentence after the last item


def _last_run_in_item(text: str) -> str:
    """Given the text after a run-in list's last number, return the last name without the text after it."""
    return RUN_IN_END.sub("", text.strip()).strip()


def _number_at(text: str, number: int, position: int) -> tuple[int, int] | None:
    """Given text, return where the item number `number` ('7.', '7)') stands from position on: its span."""
    found = re.compile(rf"(?<![\w.]){number}\s*[.)](?=\s*\S|\s*$)\s*").search(text, position)
    return (found.start(), found.end()) if found else None


# (kalla39) the sentence before the list sends the answers, not the remiss: 'Synpunkter på planförslaget
# skickas till:' over 'Luleå kommun' / 'Kommunstyrelseförvaltningen' / … / '971 85 Luleå' (the postcode line
# read as the last name's address row, so no street line is left among the names to tell the address;
# missiv/lulea-storheden-1101-granskning-2024): the address the answers go to, no one the remiss goes to
ANSWERS_LEAD = re.compile(
    r"^\W*(?:(?:eventuella|ev\.|dina|era|skriftliga|inkomna)\s+){0,2}(?:synpunkter|synpunkterna|yttranden|yttrandet|"
    r"svar|svaret|svaren|remissvar|remissvaret|remissvaren|kommentarer|erinringar)\b",
    re.IGNORECASE,
)
# a postal address's own lines: the post box, the postcode and town, a street and its number (missiv42: also a
# street of two words, 'Östra Hamngatan 16', 'Stora Nygatan 12')
ADDRESS_LINE = re.compile(
    r"^(?:Box\s+\d+|\d{3}\s?\d{2}\s+[A-ZÅÄÖ]|(?:[A-ZÅÄÖ][a-zåäö]+\s+)?[A-ZÅÄÖ][a-zåäö]+(?:gatan|vägen|torget|gränd)"
    r"\s+\d)"
)
# (missiv42) the line right above the block is the answers' postal route: 'alternativt via brev till:',
# 'per post till:', 'med brev till:' (prov40/njordr-bothnia-offshore-omega-samrad, the list's sentence further
# up): the address the answers go to, no one the remiss goes to
POSTAL_ROUTE_LEAD = re.compile(r"\b(?:via|per|med)\s+(?:vanligt\s+)?(?:brev|post)\s+till\s*:$", re.IGNORECASE)
# (lista40) the sentence sending the remiss that runs into its list without a colon, the list's bullets right
# under it: 'Ett lagförslag om en ny blankettlag om livsmedel har skickats på remiss till' over '• Finans-
# avdelningen', '• Tullen', … (Ålands landskapsregering's remiss pages, prov38/aland-lr-blankettlag-livsmedel-
# remiss); a line that ends in 'till' without a list item under it is a sentence that wraps, no lead
OPEN_LEAD = re.compile(
    r"\b(?:skickas|skickats|sänds|sänts|går|gått)\s+(?:ut\s+)?(?:på\s+remiss\s+)?till$|"
    r"\b(?:remitteras|remitterats|remitterat|remitterar)\b[^.:]*\btill$",
    re.IGNORECASE,
)


def _unheaded_list(lines: Sequence[Line]) -> tuple[list[Remissinstans], Line | None] | None:
    """Given lines, return a list without a heading that a sentence about the remiss introduces.

    'Här kan du ta del av till vilka instanser regeringen har remitterat …' or '… promemorian
    till:' followed by '1. Biltrafikens Arbetsgivareförbund', '2. …' (or by unnumbered names in
    columns): the list starts on the line after the sentence.
    """
    best: tuple[list[Remissinstans], Line | None] | None = None
    for index in range(1, len(lines)):
        previous = lines[index - 1].text.strip()
        item = ITEM.match(lines[index].text.strip())
        if not previous.endswith((".", ":")) and not (item and OPEN_LEAD.search(previous)):
            continue
        before = " ".join(other.text for other in lines[max(0, index - 6) : index])
        first = _numbered(item, 0)[0] if item else None
        if not (INTRO.search(before) or previous.endswith("till:") and first == 1):
            continue  # '… i pappersform till:' before an address is no list
        lead = _lead_sentence(lines, index)
        if lead.endswith(":") and INTRO.search(lead) and ANSWERS_LEAD.match(lead):
            continue  # 'Synpunkter på planförslaget skickas till:' right above: the answers' address
            # (kalla39); not 'Remissvaren ska ha kommit in till … senast …' between the list's sentence and it
        if POSTAL_ROUTE_LEAD.search(previous):
            continue  # '… alternativt via brev till:' over 'Ecogain AB' / … / '411 09 Göteborg': an address
        leads = (previous, lines[index].text.strip())
        if any(_proposal_lead(lead) for lead in leads):
            continue  # 'Utredningen föreslår bland annat:' right above: the list is the proposals'
        names, whole = numbered_list(lines[index:]) if first == 1 else ([], False)
        found = parse_list(lines[index:])
        if len(names) >= len(found) or whole and len(names) >= 0.9 * len(found):
            found = [_instans(name, None, None) for name in names]
        enough = 3 if first == 1 else 5  # an unnumbered run needs more names to count as a list
        if sum(bool(DOCUMENT_ITEM.match(i.namn)) for i in found) * 2 >= len(found):
            continue  # 'Nedanför hittar du UHR:s remiss:' over 'Missiv', 'Bilaga 3': the files
        if sum(_proposal_item(i.namn) for i in found) * 2 >= len(found):
            continue  # 'MFD föreslår bland annat:' over 'att riksdagen beslutar …': the proposals
        if any(ADDRESS_LINE.match(i.namn) for i in found):
            continue  # 'skickas till:' over 'Luleå kommun' / … / '972 35 Luleå': an address, no list
        instructions = sum(bool(INSTRUCTION_ITEM.match(i.namn)) for i in found)
        if WAYS_INTRO.search(before) or instructions * 2 >= len(found):
            continue  # 'gör du det genom något av följande sätt:' over 'Lämna synpunkter …', 'Skicka e-post
            # …': how to answer, no one the remiss goes to (missiv33, missiv/ostersund-2040-samrad-2021)
        if _roll_call(found):
            continue  # '… beslutat remittera ärendet … Omröstning begärs.' over 'Daniel Bernmar (V), Blerta
            # Hoti (S), …': the members who voted, no one the remiss goes to (lista35,
            # missiv/goteborg-ks-remittering-forvarv-bolagsfastigheter)
        if len(found) >= enough and (best is None or len(found) > len(best[0])):
            best = (found, lines[index])
    return best


def _lead_sentence(lines: Sequence[Line], index: int) -> str:
    """Given lines and a list's first line, return the last sentence before it: the line above, with the lines
    it goes on from when it opens in lower case ('Synpunkter på planförslaget ska' / 'skickas till:')."""
    start = index - 1
    while start > 0 and lines[start].text.strip()[:1].islower() \
            and not lines[start - 1].text.strip().endswith((".", "!", "?", ":")):
        start -= 1
    sentence = " ".join(line.text.strip() for line in lines[start:index])
    return re.split(r"(?<=[.!?])\s+", sentence)[-1]


def _proposal_item(namn: str) -> bool:
    """Return True for a list item that is a proposal, not a body: 'att …', 'en tydligare styrning av …', or
    a clause with a modal or passive verb ('Pensionsmyndigheten får i uppdrag att utreda …')."""
    return PROPOSAL_ITEM.match(namn) is not None or CLAUSE_ITEM.match(namn) is not None


def _proposal_lead(lead: str) -> bool:
    """Return True when a line introduces the proposals: PROPOSAL_LEAD after the last word on the remiss, if
    any ('Betänkandet som remitteras (SOU 2025:108) innehåller bland annat förslag om:'), not a proposal's
    word before the remiss's addressees ('Utredningens förslag remitteras till:')."""
    intro = [m.end() for m in INTRO.finditer(lead)]
    return PROPOSAL_LEAD.search(lead[intro[-1] :] if intro else lead) is not None


def _running_heads(lines: Sequence[Line]) -> frozenset[str]:
    """Given a document's lines, return the texts among the first three lines of two pages or more: a
    running head ('Näringsdepartementet' over every page of a letter), no heading of its own."""
    pages: dict[str, set[int]] = {}
    seen: dict[int, int] = {}
    for line in lines:
        seen[line.page] = seen.get(line.page, 0) + 1
        if seen[line.page] <= 3 and line.text.strip():
            pages.setdefault(line.text.strip(), set()).add(line.page)
    return frozenset(text for text, on in pages.items() if len(on) >= 2)


def parse_list(
    lines: Sequence[Line], *, grupp: str | None = None, heading: Line | None = None,
    running: frozenset[str] = frozenset(),
) -> list[Remissinstans]:
    """Given the lines after a 'Remissinstanser' heading, return the listed instanser.

    The list ends at a heading of the same or higher rank than its own (bold, set at least as
    large); a bold line of lower rank over names is a sub-heading, kept as `grupp`.

    Names set in two or more columns are read column by column, as the eye reads them; a name
    standing alone in the second column (columns that do not keep step) goes to that column.
    """
    texts = [line.text.strip() for line in lines]
    found: list[Remissinstans] = []
    grid: list[list[Remissinstans | None]] = []
    columns: list[float] = []  # left edges of the columns, learnt from rows with one name per column
    numbered: bool | None = None
    misses = 0
    last_item: Line | None = None
    last_number = 0
    sub_head: str | None = None  # an item open at its end over a sub-list of places ('Föreningarna i')

    def add(text: str, cells: tuple[float, ...], *, marked: bool = False) -> None:
        row: list[Remissinstans | None] = list(_items(text, grupp, marked=marked))
        if len(row) > 1 and len(cells) == len(row) and not columns:
            columns.extend(cells)
        single = row[0] if len(row) == 1 else None
        if grid and single is not None and not single.epost:
            column = _column_of(cells, columns)
            if column:
                padding: list[Remissinstans | None] = [None] * column
                grid.append(padding + _open_commas(row, text))
                return
            row = list(_split_run_together(single) or row)  # two columns too close to tell apart by the gap
        if len(row) > 1 or grid and single is not None and not single.epost:
            grid.append(_open_commas(row, text))  # a row of names in columns, or a short row of such a list
        else:
            flush()
            found.extend(r for r in row if r is not None)

    def flush() -> None:
        width = max((len(row) for row in grid), default=0)
        found.extend(_without_comma(item) for col in range(width) for row in grid
                     if col < len(row) and (item := row[col]))
        grid.clear()

    ends: dict[int, float] = {}  # column: right end of the text last set in it (where its line stopped)
    right = max((line.x1 for line in lines[:200] if line.x1 is not None), default=0.0)  # the text's margin
    cut = False  # the last name's row was broken by an address row: its rest may follow
    for position, (raw, line) in enumerate(zip(texts, lines, strict=True)):
        if position and len(columns) >= 2:
            ends.update((k, x1) for k, _, _, x1 in _column_cells(_ordered_cells(lines[position - 1]), columns)
                        if x1 is not None)
        line = _ordered_cells(line)
        raw, line = _without_status_cells(raw, line)
        text = HIDDEN_EMAIL.sub("", raw).strip()
        conjunction = re.match(r"(?:samt|och)\s+(?=[A-ZÅÄÖ])", text) if found else None
        if conjunction:
            text = raw = text[conjunction.end() :]  # 'samt Kultur- och fritidsnämnden': the last name
        if found and not grid and _address_row(raw):
            found[-1], cut = _with_email(found[-1], raw), True
            continue  # 'Box 1136, 111 81 Stockholm', 'registrator@x.se': the address of the name above
        if not text or COLUMN_LABEL.match(text):
            continue
        if TABLE_HEAD.match(text.replace("|", " ").strip()) or _header_row(text):
            continue
        if (found or grid) and REPEATED_HEAD.match(text):
            continue  # the list table's header row ('Remissinstans') repeated over its next page
        if (found or grid) and text in running and last_item is not None and line.page > last_item.page:
            continue  # the letter's running head over the list's next page, in the heading's style
        joiner = _rest_of_cut_name(text, cut, last_item) if found and not grid else None
        if joiner is not None:
            found[-1], cut = replace(found[-1], namn=f"{found[-1].namn}{joiner}{text}"), False
            continue
        cut = False
        goes_on = CONTINUES_LIST.match(text) if found or grid else None
        if goes_on:
            flush()  # 'Samt styrelserna för' over more names: the list goes on, whatever its style
            grupp = goes_on.group("grupp").rstrip(":").strip() or grupp
            continue
        # (lista43: a group's name in the heading's style is a group, 'Myndigheter utanför kommunen')
        if _same_rank(line, heading) and not category().match(text):
            break
        if _small_print_aside(line, last_item or heading):
            continue  # the sender in the page's footer under the list (in 8 pt, centred)
        sub = _sub_heading(text, line, lines, position)
        if sub is not None:
            flush()
            grupp = sub or grupp
            misses = 0
            last_number = 0
            continue
        if grid and len(columns) >= 2 and " | " in text and _row_in_columns(
                grid, line, columns, ends, _right_edges(columns, right), numbered=bool(numbered)):
            misses, last_item = 0, line
            last_number = max([last_number, *_row_numbers(text, last_number)])
            continue
        following = lines[position + 1 : position + 3]
        if grid and len(columns) >= 2 \
                and _wraps_in_columns(line, following, columns, numbered=bool(numbered)) \
                and _lone_cell_may_wrap(line, columns, ends, _right_edges(columns, right)):
            for cell, x in zip(text.split(" | "), line.cells_x or _left(line), strict=False):
                _wrap_in_grid(grid, cell.strip(), _column_of((x,), columns), any_text=True)
            continue
        if grid and len(columns) >= 2 and " | " not in text \
                and _lone_rest(grid, line, columns, ends, _right_edges(columns, right)):
            continue  # 'NÅP' under '• Norra Ålands pensionärsförening,' in its column
        if last_item is not None and _page_furniture(line, lines[position + 1 : position + 4], last_item):
            continue  # a running header or footer (another size) between two pages of the list
        item = ITEM.match(text)
        if item:
            number, rest = _numbered(item, last_number)
            after_numbers = numbered and number is None and (found or grid)
            if after_numbers and not _sub_items(texts[position:], last_number):
                break  # a bulleted list after the numbered one: the documents sent, another list
            numbered = numbered if numbered is not None else number is not None
            last_number = max([number or last_number, *_cell_numbers(text, last_number)])
            outdented = sub_head is not None and _left_of(line, last_item)  # back at the list's own indent
            if found and not grid and PLACE_ITEM.match(rest) and not outdented \
                    and (sub_head or OPEN_HEAD.search(found[-1].namn)):
                sub_head = sub_head or found.pop().namn  # '• Jaktvårdsföreningarna i' over '• Brändö', …
                found.append(_instans(f"{sub_head} {rest}", None, grupp))
            else:
                sub_head = None
                add(rest, line.cells_x, marked=True)
            misses, last_item = 0, line
            continue
        if _is_plain_item(text, numbered, found or [r for row in grid for r in row if r]):
            add(text, line.cells_x)
            misses, last_item = 0, line
            continue
        if grid and _continues_item(text) and _wrap_in_grid(grid, text, _column_of(_left(line), columns)):
            continue
        if found and not grid and _continues_last(text, found[-1].namn, numbered=bool(numbered)):
            found[-1] = _append_text(found[-1], text)
            continue
        if found and not grid and _last_after_conjunction(text, found[-1].namn):
            found.append(_instans(text, None, grupp))
            break  # 'Tekniska nämnden samt' / 'Kultur- och fritidsnämnden.': the sentence ends the list
        if (
            (found or grid)
            and numbered
            and _numbering_goes_on(texts[position + 1 : position + 4], last_number)
        ):
            continue  # a running header or footer inside the list
        misses += 1
        if (found or grid) and (misses >= 1 or STOP.match(text)):
            break
        if not found and misses > 2:
            break
    flush()
    return [_without_conjunction(r) for r in found if r.namn]


# (lista40) a list item that ends on 'i' (or 'på', 'inom') over a sub-list of places, each its own item: '•
# Jaktvårdsföreningarna i' over '• Brändö', '• Eckerö', … '• Vårdö' (prov38/aland-lr-blankettlag-livsmedel-
# remiss; the PDF sets the sub-list's bullets at the list's own indent); each place with the head is one
# instans ('Jaktvårdsföreningarna i Brändö'), as 'Kommunerna i' over 'Stockholms län', 'Uppsala län' would be.
# A place is one or two capitalised words, or a län ('Stockholms län'), without a body's word
OPEN_HEAD = re.compile(r"\S\s+(?:i|på|inom)$")
PLACE_ITEM = re.compile(r"^[A-ZÅÄÖ][a-zåäöé]+(?:[\s-][A-ZÅÄÖ][a-zåäöé]+)?(?:\s+län)?$")
REPEATED_HEAD = re.compile(r"^(?:remissinstans(?:er)?|mottagare|instans(?:er)?)\s*:?$", re.IGNORECASE)
STATUS_CELL = re.compile(
    r"^(?:ja|nej|x|inkommit|inkom|ej\s+inkommit|avstår|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}(?:\s+\d{4})?)$",
    re.IGNORECASE,
)  # a cell of the column 'Svar inkommit' (or 'Datum'): no name


# a heading that continues a list under another: 'Samt styrelserna för', 'Samt följande bolag:'
CONTINUES_LIST = re.compile(r"^(?:samt|liksom)\s+(?P<grupp>[^.]{2,40})$", re.IGNORECASE)


def _without_status_cells(text: str, line: Line) -> tuple[str, Line]:
    """Given a table row, return it without the cells saying whether the answer came ('Ja', '2024-02-12')."""
    if "|" not in text:
        return text, line
    cells = text.split("|")
    keep = [k for k, cell in enumerate(cells) if not STATUS_CELL.match(cell.strip())]
    if len(keep) == len(cells) or not keep:
        return text, line
    kept_text = " | ".join(cells[k].strip() for k in keep)
    edges = tuple(line.cells_x[k] for k in keep) if len(line.cells_x) == len(cells) else line.cells_x
    rights = tuple(line.cells_x1[k] for k in keep) if len(line.cells_x1) == len(cells) else line.cells_x1
    return kept_text, replace(line, text=kept_text, cells_x=edges, cells_x1=rights)


def _last_after_conjunction(text: str, last: str) -> bool:
    """Return True for the last name of a list closed by a period after a name ending in 'samt' or 'och'."""
    words = text.rstrip(".").split()
    return (
        re.search(r"\s(?:samt|och)$", last) is not None
        and text.endswith(".")
        and text[:1].isupper()
        and 1 <= len(words) <= 8
        and not STOP.match(text)
    )


def _without_conjunction(instans: Remissinstans) -> Remissinstans:
    """Given an instans, return it without a trailing 'samt' or 'och' that joined it to the next name."""
    namn = re.sub(r"\s+(?:samt|och)$", "", instans.namn)
    return replace(instans, namn=namn) if namn != instans.namn else instans


HIDDEN_EMAIL = re.compile(r"\[email\s*protected\]?", re.IGNORECASE)  # a web page's hidden address, as copied
POSTAL = re.compile(r"^(?i:box)\s+\d+\b|(?:^|,\s*)\d{3}\s?\d{2}\s+[A-ZÅÄÖ][a-zåäö]+")
COLUMN_LABEL = re.compile(
    r"^(?:adressuppgifter|adress|postadress|e-postadress|kontaktuppgifter|svar\s+inkom(?:mit|met|na))$",
    re.IGNORECASE,
)  # a table's column label standing alone among the rows (the table read row by row, cells below each other)


def _address_row(text: str) -> bool:
    """Return True for a row holding only an address: 'Box 1136, 111 81 Stockholm', an e-mail."""
    rest = EMAIL.sub("", text) if "@" in text else text  # '@' and '[' stand in every match of each
    rest = (HIDDEN_EMAIL.sub("", rest) if "[" in rest else rest).strip(" ,;|")
    if not rest:
        return bool(text.strip())
    return POSTAL.search(rest) is not None and len(rest) < 60


def _with_email(instans: Remissinstans, text: str) -> Remissinstans:
    """Given an instans and its address row, return it with the row's e-mail when it had none."""
    email = EMAIL.search(text)
    return replace(instans, epost=email.group(0).lower()) if email and not instans.epost else instans


def _rest_of_cut_name(text: str, cut: bool, last_item: Line | None) -> str | None:
    """Given a line after a name, return how it joins the name when it is the rest cut off by the table row.

    A lower-case line after an address row ('Hälso- och sjukvårdens' / 'Box 3539, …' /
    'ansvarsnämnd'), or a short name in capitals after a name cut at a comma before its e-mail
    ('Nätverk för Sveriges Läkemedelskommittéer, [email protected]' / 'LOK').
    """
    if cut and _continues_item(text):
        return " "
    cut_at_email = last_item is not None and re.search(
        r",\s*(?:\S+@\S+|\[email[^\]]*\]?)\s*$", last_item.text.strip()
    )
    return ", " if cut_at_email and re.fullmatch(r"[A-ZÅÄÖ]{2,6}", text) else None


def _column_of(cells: tuple[float, ...], columns: list[float]) -> int:
    """Given a line's cell edges and the list's column edges, return the column it starts in (0: unknown)."""
    if not cells or len(columns) < 2:
        return 0
    nearest = min(range(len(columns)), key=lambda k: abs(columns[k] - cells[0]))
    return nearest if abs(columns[nearest] - cells[0]) < 8 else 0


COLUMN_TOLERANCE = 8.0  # points a cell may stand from its column's left edge
CELL_STEP = 100.0  # a Word table's cells without positions stand this far apart, in their order


def _ordered_cells(line: Line) -> Line:
    """Given a line, return it with its cells' order as their left edges when it was read without positions
    (a Word table's row): the list's columns are then the table's."""
    if line.x0 is not None or line.cells_x or " | " not in line.text:
        return line
    return replace(line, cells_x=tuple(CELL_STEP * k for k in range(line.text.count(" | ") + 1)))


def _column_cells(line: Line, columns: list[float]) -> list[tuple[int, str, float, float | None]]:
    """Given a line and a list's column edges, return its cells as (column, text, left, right), or []
    when a cell stands in no column or the line's edges are unknown."""
    texts = [t.strip() for t in line.text.split(" | ")]
    if len(texts) > 1 and len(line.cells_x) == len(texts) == len(line.cells_x1):
        boxes: list[tuple[float, float | None]] = list(zip(line.cells_x, line.cells_x1, strict=True))
    elif len(texts) > 1 and len(line.cells_x) == len(texts) and line.x0 is None:
        boxes = [(x, None) for x in line.cells_x]  # a Word table's row: its cells' order, no boxes
    elif len(texts) == 1 and line.x0 is not None and line.x1 is not None:
        boxes = [(line.x0, line.x1)]
    else:
        return []
    out = []
    for text, (x0, x1) in zip(texts, boxes, strict=True):
        nearest = min(range(len(columns)), key=lambda k: abs(columns[k] - x0))
        if abs(columns[nearest] - x0) >= COLUMN_TOLERANCE:
            return []
        if text:
            out.append((nearest, text, x0, x1))
    return out


def _right_edges(columns: list[float], right: float) -> list[float]:
    """Given a list's column edges and the text's right margin, return where each column's text must
    stop: before the next column starts (less a cell's padding); the last column as wide as the one
    before it, within the margin."""
    edges = [nxt - 6.0 for nxt in columns[1:]]
    last = columns[-1] + (columns[-1] - columns[-2]) if len(columns) >= 2 else right
    return [*edges, (min(last, right) if right else last) - 4.0]


def _row_in_columns(grid: list[list[Remissinstans | None]], line: Line, columns: list[float],
                    ends: dict[int, float], edges: list[float], *, numbered: bool) -> bool:
    """Given a row of cells in a list set in columns, add each cell to the grid as a name of its own or as
    the wrapped rest of the name above it in its column; return False (nothing added) for a row that is
    all names, or has a cell in no column or one that is neither a name nor a rest.

    A rest is a cell without a number in a numbered list, a cell in lower case or in parentheses, after a
    name cut at a hyphen or small word, and a cell whose first word could not have stood on the line
    above in its column ('Branschföreningen Svensk' / 'Fordonsanpassning (BSF)', 'Producentorganisationen
    Gävlefisk' / 'GFPO') when that line ends where a name goes on (a genitive, an adjective).
    """
    cells = _column_cells(line, columns)
    if len(cells) < 2:
        return False
    rests = [_rest_in_column(grid, k, text, x0, x1, ends, edges, numbered=numbered)
             for k, text, x0, x1 in cells]
    if not any(rests):
        return False
    names = [rest or _looks_like_name(ITEM.sub(r"\g<rest>", text))
             for rest, (_, text, _, _) in zip(rests, cells, strict=True)]
    if not all(names):
        return False
    row: list[Remissinstans | None] = [None] * len(columns)
    for rest, (k, text, _, _) in zip(rests, cells, strict=True):
        if rest:
            _wrap_in_grid(grid, text, k, any_text=True)
        else:
            item = ITEM.match(text)
            made = _instans(item.group("rest") if item else text, None, _grid_group(grid))
            row[k] = replace(made, namn=f"{made.namn},") if text.endswith(",") else made
    if any(row):
        grid.append(row)
    return True


def _lone_rest(grid: list[list[Remissinstans | None]], line: Line, columns: list[float],
               ends: dict[int, float], edges: list[float]) -> bool:
    """Given a line of one cell in a list set in columns, join it to the last name of its column when it is
    that name's wrapped rest (`_rest_in_column`); return whether it was."""
    cells = _column_cells(line, columns)
    if len(cells) != 1:
        return False
    column, text, x0, x1 = cells[0]
    if not _rest_in_column(grid, column, text, x0, x1, ends, edges, numbered=False):
        return False
    return _wrap_in_grid(grid, text, column, any_text=True)


def _open_commas(row: list[Remissinstans | None], text: str) -> list[Remissinstans | None]:
    """Given a grid row and its line, return the row with a comma kept after a name whose cell ends with one
    ('• Norra Ålands högstadiedistrikt,' over 'NÅHD'): its rest joins after the comma."""
    cells = [c.strip() for c in text.split("|") if c.strip()]
    items = [item for item in row if item is not None]
    if len(cells) != len(items):
        return row
    open_ = {id(item) for item, cell in zip(items, cells, strict=True) if cell.endswith(",")}
    return [replace(item, namn=f"{item.namn},") if item is not None and id(item) in open_ else item
            for item in row]


def _without_comma(item: Remissinstans) -> Remissinstans:
    """Return a grid's name without the comma kept for its rest, when no rest came."""
    return replace(item, namn=item.namn[:-1].rstrip()) if item.namn.endswith(",") else item


def _grid_group(grid: list[list[Remissinstans | None]]) -> str | None:
    """Return the group of the names in a grid (the sub-heading they stand under)."""
    return next((item.grupp for row in reversed(grid) for item in row if item is not None), None)


def _rest_in_column(grid: list[list[Remissinstans | None]], column: int, text: str, x0: float,
                    x1: float | None, ends: dict[int, float], edges: list[float], *, numbered: bool) -> bool:
    """Return True when a cell in a column is the wrapped rest of the last name in that column."""
    last = next((row[column] for row in reversed(grid) if column < len(row) and row[column]), None)
    if last is None or STOP.match(text) or len(text) > 60:
        return False
    if ITEM.match(text):
        return False
    short_form = last.namn.endswith(",") and ACRONYM.fullmatch(text)  # '… högstadiedistrikt,' / 'NÅHD'
    if numbered or text[:1].islower() or text[:1] == "(" or _ends_open(last.namn) or short_form \
            or last.namn.count("(") > last.namn.count(")"):
        return True
    end = ends.get(column)
    if end is None or x1 is None or column >= len(edges):
        return False
    did_not_fit = end + _first_word_width(text, x0, x1) > edges[column] - WRAP_SLACK
    return did_not_fit and (_name_goes_on(last.namn) or ACRONYM.fullmatch(text) is not None)


def _lone_cell_may_wrap(line: Line, columns: list[float], ends: dict[int, float], edges: list[float]) -> bool:
    """Given a line of one cell in a list set in columns, return False when it cannot be a wrapped rest: it
    stands in no column (a page number between the columns), or its first word would have fit on the line
    above in its column ('Lunds universitet' under 'Luleå tekniska universitet'). A row of cells may."""
    if " | " in line.text:
        return True
    cells = _column_cells(line, columns)
    if not cells:
        return line.x1 is None  # no box: nothing to tell
    column, text, x0, x1 = cells[0]
    if text[:1].islower() or column not in ends or x1 is None or column >= len(edges):
        return True
    return ends[column] + _first_word_width(text, x0, x1) > edges[column] - WRAP_SLACK


def _first_word_width(text: str, x0: float, x1: float) -> float:
    """Given a cell's text and edges, return the width of its first word and a space before it (points,
    from the cell's mean width of a character)."""
    return (x1 - x0) / max(len(text), 1) * (len(text.split()[0]) + 1)


WRAP_SLACK = 16.0  # points: the gutter between columns and a word's width are both estimates
ACRONYM = re.compile(r"[A-ZÅÄÖ]{2,6}")  # 'GFPO', a name's short form wrapped onto a line of its own
# a name's last word that another word must follow: a genitive or an adjective ('Sveriges', 'Kustfiskarnas',
# 'Svensk', 'Musikpedagogiska', 'Norra')
GOES_ON = re.compile(r"(?:\b[A-ZÅÄÖ][a-zåäö]+s|[a-zåäö]{3,}(?:ares|arnas|ernas|ens)|[a-zåäö]{2,}iska|"
                     r"\b(?:Svensk|Svenskt|Svenska|Norra|Södra|Västra|Östra|Mellersta|Nordiska|Nationella|Kungl\.))$")


def _name_goes_on(name: str) -> bool:
    """Return True for a name whose last word asks for another: a genitive or an adjective."""
    return GOES_ON.search(name) is not None and len(name.split()) <= 6


def _wraps_in_columns(line: Line, following: Sequence[Line], columns: list[float], *,
                     numbered: bool = False) -> bool:
    """Given a line inside a list set in columns, return True when it holds only wrapped rests.

    A row whose first cell starts in lower case ('näringar och samhällsbyggande | GFPO'), a lone cell
    between two full rows ('Formas'), and in a numbered list a short row without a number or bullet in
    any cell ('Institut | Stockholm' under '59. Stiftelsen Stockholms Musikpedagogiska | 60. Svenska
    Institutet för Kognitiv Psykoterapi i'; 'SVEMO' under the last row) continue the names above it.
    """
    text = line.text.strip()
    if line.x0 is None or STOP.match(text):
        return False
    if numbered and len(text) < 90 and not text.endswith(".") \
            and not any(ITEM.match(cell.strip()) for cell in text.split(" | ")):
        return True
    first = line.text.strip()[:1]
    if len(line.cells_x) >= 2:
        return first.islower()
    full_next = next((other for other in following if other.text.strip()), None)
    return (
        full_next is not None
        and len(full_next.cells_x) == len(columns)
        and len(line.text) < 40
        and not line.text.rstrip().endswith(".")
    )


def _wrap_in_grid(
    grid: list[list[Remissinstans | None]], text: str, column: int = 0, *, any_text: bool = False
) -> bool:
    """Given a grid, a lower-case line and the column it stands in, join it to that column's last name.

    A line standing in the second column ('samverkan (ViS)' at its left edge) continues the last
    name of that column; in the first column (or without a position) only a name cut off at a
    hyphen or a small word takes it.
    """
    for row in reversed(grid):
        item = row[column] if column < len(row) else None
        if item is not None:
            if column == 0 and not any_text and not _ends_open(item.namn):
                return False
            row[column] = _append_text(item, text)
            return True
    return False


def _left(line: Line) -> tuple[float, ...]:
    """Given a line, return its left edge as the cell edges _column_of reads (none without a position)."""
    return (line.x0,) if line.x0 is not None else ()


def _sub_items(texts: Sequence[str], last_number: int) -> bool:
    """Given the lines from a bullet on, return True when the numbering goes on after the bullets.

    '46. Swedish Association for …' / '- Swetic Sektion Fordonsbesiktning' / '- Swetic TK Lyft' /
    '47. Svenska Taxiförbundet': the bullets are instanser under item 46; bullets that no number
    follows are another list ('* Naturvårdsverkets redovisning …', the documents sent).
    """
    for text in texts[:30]:
        item = ITEM.match(text.strip())
        if item is None:
            return False
        number = _numbered(item, last_number)[0]
        if number is not None:
            return number == last_number + 1
    return False


def _row_numbers(text: str, last_number: int) -> list[int]:
    """Given a row of cells, return the item numbers its cells start with."""
    items = (ITEM.match(cell.strip()) for cell in text.split(" | "))
    return [number for item in items if item and (number := _numbered(item, last_number)[0]) is not None]


def _cell_numbers(text: str, last_number: int) -> list[int]:
    """Given a row of numbered names in columns ('45. Sveriges Åkeriföretag | 46. Swedish Association …'),
    return the numbers of its later cells: a list filled row by row goes on after the row's last number."""
    if " | " not in text:
        return []
    items = (ITEM.match(cell.strip()) for cell in text.split(" | ")[1:])
    return [number for item in items if item and (number := _numbered(item, last_number)[0]) is not None]


def _numbering_goes_on(texts: Sequence[str], last_number: int) -> bool:
    """Return True when one of the next lines is item number last_number + 1."""
    for text in texts:
        item = ITEM.match(text)
        if item and _numbered(item, last_number)[0] == last_number + 1:
            return True
    return False


def _numbered(item: re.Match[str], last_number: int) -> tuple[int | None, str]:
    """Given an ITEM match, return its number (None for a bullet) and the rest of the line.

    A number split by a stray space ('3 7 Transportarbetareförbundet' after item 36) is read
    as the one number that goes on from the last.
    """
    digits = item.group("num") or item.group("bare")
    rest = item.group("rest")
    if digits is None:
        return None, rest
    split = re.match(r"(\d)\s+(?=\S)", rest)
    if split and item.group("bare") and int(digits + split.group(1)) == last_number + 1:
        return last_number + 1, rest[split.end() :]
    return int(digits), rest


def _is_plain_item(text: str, numbered: bool | None, found: list[Remissinstans]) -> bool:
    """Return True for an unnumbered list line: a short name without sentence punctuation."""
    if numbered or STOP.match(text) or TITLE.match(text) or max(len(cell) for cell in text.split(" | ")) > 90:
        return False  # a row of a table of names is as long as its cells together
    if text.endswith((".", ":")) and not EMAIL.search(text) and not ABBREVIATION_END.search(text):
        return False  # a sentence, not 'Ålands kommunförbund k.f.' (an abbreviation ends the name)
    if LABEL_VALUE.search(text) and not EMAIL.search(text) or not WORD.search(text):
        return False  # 'Telefonväxel: 08-405 10 00 Postadress …', 'Ju2024/02556': page furniture, no name
    if re.match(r"\d{3}\s?\d{2}\s", text):
        return False  # a postal code line
    body = re.sub(r"^[|\s]*\d{1,3}[.)]\s*", "", text)
    verb = re.search(r"\b(?:skickas|lämnas|ska|skall|senast|ange|bör)\b", body, re.IGNORECASE)
    if (
        any(len(word) > 5 for word in re.findall(r"(\w+)\.\s", body))
        or re.search(r"\d{4}-\d{2}-\d{2}", body)
        or (verb and max(len(cell.split()) for cell in body.split("|")) > 5)
    ):
        return False  # a sentence ('Kungl. Tekniska högskolan', 'Hela Sverige ska leva' are names)
    if "|" in text:
        return True
    words = text.split()
    return 1 <= len(words) <= 12 and (text[:1].isupper() or text[:1].isdigit())


def _ends_open(name: str) -> bool:
    """Return True for a name cut off at a line end: it ends with a hyphen or a small joining word."""
    return name.endswith("-") or re.search(r"\s(?:och|för|i|av|om|med|till|samt)$", name) is not None


def _header_row(text: str) -> bool:
    """Return True for a table's header row: two or more cells, the first a column label, no e-mail."""
    cells = [c.strip() for c in text.split("|") if c.strip()]
    return len(cells) >= 2 and TABLE_LABEL.match(cells[0]) is not None and not EMAIL.search(text)


def _page_furniture(line: Line, following: Sequence[Line], last_item: Line) -> bool:
    """Given a line after a list item, return True for page furniture: set in another size than the
    items, with the next line in the items' size on a later page ('Telefonväxel: …', the dnr)."""
    if not line.size or not last_item.size or abs(line.size - last_item.size) <= 0.4:
        return False
    same = next((o for o in following if o.size and abs(o.size - last_item.size) <= 0.4), None)
    return same is not None and same.page > last_item.page


def _small_print_aside(line: Line, anchor: Line | None) -> bool:
    """Return True for a line in clearly smaller print than the list's last item (or its heading) that
    stands well away from its left edge: the page's footer, no name."""
    if anchor is None or not line.size or not anchor.size or line.x0 is None or anchor.x0 is None:
        return False
    return line.size < 0.8 * anchor.size and abs(line.x0 - anchor.x0) > 40


def _same_rank(line: Line, heading: Line | None) -> bool:
    """Return True for a line set as a heading of the list heading's rank or higher (PDF: bold, as large)."""
    if heading is None or not line.bold or not heading.size or not line.size:
        return False
    at_edge = heading.x0 is None or line.x0 is None or line.x0 <= heading.x0 + 2
    return line.size >= heading.size - 0.1 and at_edge


def _sub_heading(text: str, line: Line, lines: Sequence[Line], position: int) -> str | None:
    """Given a list line, return the group it opens ('' when unnamed), or None when it is no sub-heading."""
    if len(text) >= 60 or STOP.match(text):
        return None
    group = GROUP.match(text)
    if group:
        return _group_name(group.group("grupp") or group.group("egen")) or ""
    if category().match(text) or _styled_heading(line, lines, position):
        return text.rstrip(":").strip()
    return None


def _styled_heading(line: Line, lines: Sequence[Line], position: int) -> bool:
    """Return True for a bold short line among plain list lines: a sub-heading ('Nämnder') by its style."""
    if not line.bold or len(line.text) > 40 or line.text.strip().endswith("."):
        return False
    following = next((other for other in lines[position + 1 : position + 3] if other.text.strip()), None)
    if following is None or following.bold:
        return False
    text = following.text.strip()
    return ITEM.match(text) is not None or _is_plain_item(text, None, [])  # over names, not a paragraph


def _left_of(line: Line, other: Line | None) -> bool:
    """Return True when line starts clearly left of other (both placed): back at a sub-list head's indent."""
    return other is not None and line.x0 is not None and other.x0 is not None and line.x0 < other.x0 - 4


def _continues_last(text: str, last: str, *, numbered: bool) -> bool:
    """Given a line and the name read last, return True when the line is the rest of that name.

    A short lower-case line in a numbered list or after an open name ('… för'), any line while
    the name's parenthesis is open, and a parenthesis alone ('(Formas)', the short name).
    """
    if _continues_item(text) and (numbered or _ends_open(last)):
        return True
    return last.count("(") > last.count(")") or re.fullmatch(r"\([^()]{1,40}\)", text) is not None


def _continues_item(text: str) -> bool:
    """Return True for a line that continues the previous item (a wrapped name)."""
    return len(text) < 40 and text[:1].islower() and not text.endswith(".")


def _append_text(instans: Remissinstans, text: str) -> Remissinstans:
    """Return the instans with a wrapped continuation joined to its name (a scope or an aside in parentheses
    that the wrap closes split off: '… (skickar i sin tur vidare till lokalt' / 'cancerråd/LPO cancer …)')."""
    joiner = "" if instans.namn.endswith("-") else " "
    namn = (instans.namn + joiner + text).strip()
    scope = None if instans.omfattning else SCOPE.search(namn) or ASIDE.search(namn)
    return Remissinstans(
        namn=namn[: scope.start()].strip(" ,;") if scope else namn,
        epost=instans.epost,
        grupp=instans.grupp,
        omfattning=scope.group("scope").strip() if scope else instans.omfattning,
    )


def _items(text: str, grupp: str | None, *, marked: bool = False) -> list[Remissinstans]:
    """Given one list line, return the instans (or several, for a table row of names) in it."""
    cells = [c.strip() for c in text.split("|") if c.strip() and not set(c.strip()) <= set("-: ")]
    cells = [c for c in cells if not re.fullmatch(r"\d{1,3}[.)]?", c)]  # a row-number column
    if not cells:
        return []
    if len(cells) == 1 and not marked and not EMAIL.search(text) and text.count(",") >= 2:
        names = split_names(text)
        if all(n.strip()[:1].isupper() and len(n.split()) <= 6 for n in names if n.strip()):
            return [_instans(n, None, grupp) for n in names if n.strip()]
    emails = [e for c in cells for e in EMAIL.findall(c)]
    names = [EMAIL.sub("", c).strip(" ,;") for c in cells]
    names = [re.sub(r"^(?:\d{1,3}\s*[.)]|[-•–*·▪●])\s*", "", n) for n in names if n]
    if not names:
        return []
    if not emails and len(names) > 1 and all(_looks_like_name(n) for n in names):
        return [_instans(n, None, grupp) for n in names]  # one row of a list set in columns
    name = " ".join(names) if len(names) > 1 and not emails else names[0]
    return [_instans(name, emails[0] if emails else None, grupp)]


def _split_run_together(instans: Remissinstans) -> list[Remissinstans] | None:
    """Given 'Gymnasie- och vuxenutbildningsnämnden Servicenämnden' (two cells run together), return both."""
    for match in re.finditer(r"\s+(?=[A-ZÅÄÖ])", instans.namn):
        left, right = instans.namn[: match.start()], instans.namn[match.end() :]
        if _whole_name(left) and _looks_like_name(right):
            return [replace(instans, namn=left), replace(instans, namn=right)]
    return None


def _whole_name(text: str) -> bool:
    """Return True when text ends like a whole organisation name ("Valnämnden", "Miljö AB")."""
    return NAME_END.search(text) is not None and (text.endswith("nämnden") or len(text.split()) >= 2)


def _looks_like_name(text: str) -> bool:
    """Return True for a cell that is an organisation name: capitalised, short, no sentence."""
    abbreviation = ABBREVIATION_END.search(text) is not None  # 'Ålands kommunförbund k.f.'
    short = bool(text) and text[:1].isupper() and len(text.split()) <= 8
    return short and (not text.endswith(".") or abbreviation)


def _instans(text: str, epost: str | None, grupp: str | None) -> Remissinstans:
    """Given a list item's text, return the Remissinstans with its scope split off."""
    text = re.sub(r"\s+", " ", text).strip(" ,;.·•▪")
    scope = SCOPE.search(text) or ASIDE.search(text)
    omfattning = None
    if scope:
        omfattning = scope.group("scope").strip()
        text = text[: scope.start()].strip(" ,;")
    return Remissinstans(
        namn=text, epost=epost.lower() if epost else None, grupp=grupp, omfattning=omfattning
    )


NAME_END = re.compile(
    r"(?:nämnden|styrelsen|kommun|\bAB|\bStad|regionen|region\s+\w+|förbundet|förbund|"
    r"verket|myndigheten|kansliet|revisionen|fullmäktige|departementet|universitet|högskolan|"
    r"\([^)]*\))$"
)


def split_names(text: str) -> list[str]:
    """Given 'A, B och C' (names in a sentence), return the names; 'och' inside a name is kept.

    Commas separate the names; the last part is split once at an 'och' (or 'samt') whose left
    side ends like a whole organisation name, so 'Borås Energi och Miljö AB' stays one name.
    """
    text = re.sub(r",?\s+samt\s+till\s+(?=[A-ZÅÄÖ])", ", ", text)  # 'A samt till B och C': three names
    parts = [p.strip() for p in _top_level_commas(text.strip().rstrip(".")) if p.strip()]
    if not parts:
        return []
    last = parts.pop()
    inside = _inside_known_names(last)
    splits = [
        (last[: m.start()].strip(), last[m.end() :].strip())
        for m in re.finditer(r"(?<!-)\s+(?:och|samt)\s+(?=[A-ZÅÄÖ])", last)
        if m.start() not in inside
    ]
    # 'Länsstyrelsen i Blekinge och andra organisationer och föreningar …': 'och' before a group word
    conjunctions = re.finditer(r"(?<!-)\s+(?:och|samt)\s+", last)
    # 'samt' separates whatever follows ('Kommunförbundet Skåne samt politiska nämnder …')
    group = next(
        (m for m in conjunctions if m.group().strip() == "samt" or group_word().match(last[m.end() :])), None
    )
    if group:  # 'Länsstyrelsen och SKR samt andra myndigheter …': the left part is split as a list's end
        left = split_names(", " + last[: group.start()].strip())
        return parts + [n for n in left if n.strip()] + [last[group.end() :].strip()]
    chosen = next((s for s in splits if NAME_END.search(s[0])), None)
    if chosen is None and parts:  # a list 'A, B och C' must end in 'och': the last one separates
        chosen = splits[-1] if splits else None
    parts.extend(chosen if chosen else [last])
    return parts


def _top_level_commas(text: str) -> list[str]:
    """Given 'A (B, C), D', return ['A (B, C)', 'D']: a comma inside parentheses separates nothing."""
    parts, depth, start = [], 0, 0
    for index, char in enumerate(text):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "," and depth <= 0:
            parts.append(text[start:index])
            start = index + 1
    parts.append(text[start:])
    return parts


def _inside_known_names(text: str) -> set[int]:
    """Given text, return the positions of ' och ' that lie inside a known organisation name."""
    positions: set[int] = set()
    lowered = text.lower()
    for name in _known_och_names():
        for found in re.finditer(re.escape(name), lowered):
            positions.update(m.start() + found.start() for m in re.finditer(r"\s+och\s+", name))
    return positions


@functools.cache
def _known_och_names() -> tuple[str, ...]:
    """Return the names (and aliases) with 'och' in them from the bundled organisation file, lower case."""
    try:
        from remiss.match import load_organisationer

        organisationer = load_organisationer()
    except Exception:  # noqa: BLE001 - without the file the text rules alone decide
        return ()
    names = [n for org in organisationer.organisationer for n in (org.namn, *org.alias)]
    return tuple(sorted({n.lower() for n in names if " och " in n}, key=len, reverse=True))


def _group_name(raw: str | None) -> str | None:
    """Given a group heading ('Obligatoriska remissinstanser:'), return its first word as written."""
    if not raw or not raw.strip():
        return None
    word = raw.strip().split()[0].rstrip(":")
    return word[:1].upper() + word[1:]


def _inline_list(lines: Sequence[Line]) -> tuple[list[Remissinstans], Line | None]:
    """Given lines, return instanser named in a sentence ('Remissen skickas till A, B och C.')."""
    joined = " ".join(line.text.strip() for line in lines)
    remitted = _remitted_names(joined, infinitive=True)
    if remitted is not None:
        start = joined.find(remitted[0]) if remitted else 0
        return [_instans(n, None, None) for n in remitted], _line_at(lines, start) if remitted else None
    matches = [*inline_pattern().finditer(joined), *COPULA_LIST.finditer(joined)]
    for match in sorted(matches, key=lambda m: m.start()):
        listed = LIST_END.split(match.group("list"), maxsplit=1)[0]  # '…, vilka erbjuds att tycka till
        listed = REMISS_FOR_YTTRANDE.split(listed, maxsplit=1)[0]  # '… och organisationer för synpunkter'
        listed = LIST_LEAD.sub("", listed.strip())  # 'är bland annat länets kommuner, …'
        listed = ETC_END.sub("", listed)  # (kalla37) '…, kommunerna m.fl.': the others unnamed
        subject_end = match.start() + len(match.group(0).split()[0])
        if ANSWERS_SENT.search(re.split(r"[.!?]\s", joined[max(0, match.start() - 120) : subject_end])[-1]):
            continue  # 'synpunkter … skickas till Länsstyrelsen Blekinge': a reply address
        if _open_audience(listed):
            continue  # 'till Klimatriksdagens medlemmar och ett antal andra viktiga instanser': no one named
        names = [n.strip() for n in split_names(listed) if n.strip()]
        if any(ADDRESS_LINE.match(n) for n in names):
            continue  # (kalla35) 'Dessa skickas till Kristianstads kommun, Byggnadsnämnden, 291 80
            # Kristianstad eller …' (the views of the sentence before): a postal address, no list
        named = sum(n[:1].isupper() for n in names) >= 2  # among names a category may stand ('grannregioner')
        # (missiv29) a list of kinds led by a group word is the audience the sentence sends to, each as
        # it stands ('Underrättelse om samråd skickas till berörda sakägare samt myndigheter och
        # organisationer'); not 'alla som …' / 'de som …' with examples ('Utställningen vänder sig till alla
        # som kan ha intresse av planen såsom kommunmedborgare, myndigheter, …'): anyone, no one named
        kinds = any(group_word().match(n) and not OPEN_WHO.match(n) for n in names)
        named = named or len(names) >= 2 and kinds
        # (missiv28) a body in the definite form among them is named too ('… skickas till kommunens nämnder,
        # pensionärsrådet och de politiska partierna', 'kulturföreningarna')
        found = [_instans(n, None, None) for n in names
                 if n[:1].isupper() or group_word().match(n) or named or _definite(n.split()[-1])]
        subject = (match.groupdict().get("subjekt") or "remissen").lower()
        if len(found) == 1 and (not found[0].namn[:1].isupper() or subject not in ("remissen", "ärendet")):
            continue  # 'remitteras till berörda nämnder', 'föreskrifterna som ska skickas till Länsstyrelsen'
        if found:
            if len(found) < len(names):
                # (kalla37) one body named and the kinds after it dropped ('Samrådsförslaget skickas därför
                # ut på remiss till Länsstyrelsen, myndigheter, föreningar, allmänhet med flera', a kommun's
                # press release): the sentence sends the remiss to all of them, each kind as it stands, where
                # the reading of the audience (_audience_list) holds the same body and more
                wider, anchor = _audience_list(lines, joined)
                if len(wider) > len(found) and {i.namn for i in found} <= {i.namn for i in wider}:
                    return wider, anchor
            return found, _line_at(lines, match.start("list"))
    return _audience_list(lines, joined)


# A body's decision to remit, in a protocol: 'Kommunstyrelsen remitterar utan eget ställningstagande
# stadsledningskontorets tjänsteutlåtande och förslag till riktlinjer för hemvårdsbidrag till äldre samt
# vård- och omsorgsnämnden, nämnden för funktionsstöd, Göteborgs Stads pensionärsråd, … för yttrande.' The
# subject is the deciding body ('Kulturnämnden remitterar', '1. Kommunstyrelsen remitterar'), not a
# description of a practice ('Socialtjänsten remitterar ärenden till Bostadsenheten').
REMITTING_DECISION = re.compile(
    r"\b(?:[\wåäö-]*(?:nämnden|styrelsen)|(?:kommun|regions?)?fullmäktige)\s+remitterar\b|"
    # the decision in the passive: 'Förslaget remitteras till …', '… skickas på remiss till …'
    r"\b(?:remitteras|(?:skickas|sänds)\s+(?:ut\s+)?på\s+remiss)(?=\s+till\b)",
    re.IGNORECASE,
)
# (missiv32) The decision in the infinitive, in a tjänsteskrivelse's or a protocol's proposal:
# 'Kommunstyrelsen beslutar att remittera förslaget till barn- och utbildningsnämnden, socialnämnden och
# kultur- och fritidsnämnden för yttrande', 'föreslås besluta att skicka förslaget på remiss till …'; read for
# the bodies only, as the perfect is, it types no protocol.
REMITTING_INFINITIVE = re.compile(
    r"\b(?:beslutar|beslöt|beslutade|besluta|föreslår|föreslås)\s+(?:\w+\s+){0,3}?att\s+"
    r"(?:remittera|skicka(?:\s+ut)?|sända)\b",
    re.IGNORECASE,
)
# The sender's own act in the perfect, in running text: 'Bergsstaten har remitterat ansökan och
# miljökonsekvensbeskrivningen till Länsstyrelsen Västerbotten' (a kungörelse, missiv/bergsstaten-
# kvarnforsliden-kungorelse, missiv27); read for the bodies only, no decision that types a protocol. Not the
# government's or a department's act a kommun passes on ('Regeringen har remitterat betänkandet till Exempelby
# kommun'): the reader is among those bodies, the kommun's own remiss goes to its nämnder.
REMITTED_PERFECT = re.compile(
    r"(?<!regeringen\s)(?<!departementet\s)\b(?:har|hade)\s+remitterat\b(?=[^.]{1,160}\btill\s)",
    re.IGNORECASE,
)
# The bodies end at 'för yttrande', 'med begäran om …', 'för inhämtande av synpunkter', or with the sentence.
REMISS_FOR_YTTRANDE = re.compile(
    r"\s*,?\s+(?:för\s+(?:eventuellt\s+)?(?:yttrande|synpunkter|inhämtande\s+av\s+synpunkter)|"
    # (lista35) the purpose in the infinitive: 'Ärendet remitteras till Göteborgs Stads råd för funktionsrätt
    # för att inhämta synpunkter.' (missiv/goteborg-ks-remittering-doftpolicy)
    r"för\s+att\s+(?:inhämta|lämna|ge|få\s+in|hämta\s+in)\s+(?:synpunkter|yttranden?|svar)|"
    r"för\s+att\s+(?:yttra\s+sig|svara)|"
    r"för\s+möjlighet\s+att|med\s+begäran\s+om)\b",
    re.IGNORECASE,
)
SENTENCE_END = re.compile(r"(?<![\s\d§])\.(?=\s|$)")
# 'till de remittenter som framgår under rubriken Remissinstanser': the list is elsewhere, no body
REFERENCE = re.compile(
    r"\b(?:som\s+framgår|under\s+rubriken|enligt\s+(?:bifogad(?:e)?\s+)?(?:sändlista|bilaga|lista)|"
    r"se\s+bilaga|enligt\s+sändlistan?)\b",
    re.IGNORECASE,
)
TILL = re.compile(r"(?<!\bsamt)(?<!\boch)\s+till\s+", re.IGNORECASE)


def remitting_decision(text: str) -> bool:
    """Return True when text holds a decision to remit to bodies ('Kommunstyrelsen remitterar … till …',
    'Förslaget remitteras till …')."""
    return _remitted_names(text) is not None  # named bodies, or a pointer to the list elsewhere


def _remitted_names(joined: str, *, infinitive: bool = False) -> list[str] | None:
    """Given a text, return the bodies a decision in it remits to; [] when it points to a list elsewhere,
    None when it holds no such decision.

    The remitted thing may hold 'till' itself ('förslag till riktlinjer') and even whole sentences (an
    amendment quoted in the decision): the bodies are after the last 'till' (not 'samt till') before
    'för yttrande' or the sentence's end, where the words read as a list of bodies.
    """
    decision = REMITTING_DECISION.search(joined) or _remitted_perfect(joined)
    if decision is None and infinitive:
        decision = _remitted_infinitive(joined)
    if decision is None:
        return None
    start = decision.end()
    ends = [m.start() for m in SENTENCE_END.finditer(joined, start, start + 2500)][:6]
    for end in ends or [len(joined)]:
        segment = joined[start:end]
        marker = REMISS_FOR_YTTRANDE.search(segment)
        if marker:
            segment = segment[: marker.start()]
        tills = list(TILL.finditer(segment))
        if not tills:
            continue
        listed = segment[tills[-1].end() :]
        if REFERENCE.search(listed):
            return []
        if _open_audience(listed):
            return None  # 'på remiss till kommunerna och till andra centrala intressenter': no one named
        names = _split_remitted(listed)
        if len(names) == 1 and group_word().match(names[0]):
            return None  # 'Ärendet remitteras till berörda nämnder för yttrande': a kind of body, no list
        if names and all(_listed_body(n) for n in names):
            return names
        if marker:
            break
    return None


def _remitted_infinitive(joined: str) -> re.Match[str] | None:
    """Given a text, return the decision to remit in the infinitive ('beslutar att remittera … till …') whose
    'skicka' sends on remiss ('att skicka förslaget på remiss till …'), or None."""
    for match in REMITTING_INFINITIVE.finditer(joined):
        sentence = joined[match.start() : match.start() + 240].split(". ")[0]
        if "remittera" in match.group(0).lower() or re.search(r"\bpå\s+remiss\s+till\b", sentence):
            return match
    return None


def _remitted_perfect(joined: str) -> re.Match[str] | None:
    """Return the sender's own 'har remitterat … till' in running text, not the page's sentence about the
    list ('Här kan du ta del av till vilka instanser Kulturdepartementet har remitterat promemorian …')."""
    for match in REMITTED_PERFECT.finditer(joined):
        sentence = re.split(r"[.!?]\s", joined[max(0, match.start() - 160) : match.start()])[-1]
        if not re.search(r"\btill\s+vilka\b", sentence, re.IGNORECASE):
            return match
    return None


def _listed_body(name: str) -> bool:
    """Return True when a part of a remitting sentence reads as a body, not as quoted or running text
    ('flytt av båtar och utökning av parkeringsplatser' names none)."""
    if len(name.split()) > 10 or re.search(r"[:”\"]|\b(?:att|ska|skall)\b", name):
        return False
    return _names_body(name) or group_word().match(name) is not None


def _split_remitted(listed: str) -> list[str]:
    """Given the bodies a decision remits to ('A, B och C'), return A, B and C.

    'samt till' goes on with the list; a trailing 'i enlighet med bilaga 2' is no body; 'styrelserna för
    A, B och C' names the companies; 'socialnämnderna Centrum, Hisingen, Nordost och Sydväst' is one
    part as written (the parts after a plural head name no body of their own); 'i Göteborgs Stad' after
    the last of three or more bodies is where they all are.
    """
    listed = re.split(r",\s+(?:i\s+enlighet\s+med|enligt)\s", listed, maxsplit=1)[0]
    listed = re.sub(r"\s+(?:samt|och)\s+till\s+", ", ", listed.strip().rstrip("."))
    parts: list[str] = []
    for part in _top_level_commas(listed):
        if parts and parts[-1].endswith("-"):
            parts[-1] = f"{parts[-1]},{part}"  # 'nämnden för äldre-, vård och omsorg': a suspended compound
        else:
            parts.append(part)
    names: list[str] = []
    for part in (p.strip() for p in parts):
        if names and PLURAL_HEAD.match(names[-1]) and _qualifiers(part):
            names[-1] = f"{names[-1]}, {part}"
            continue
        for name in _split_conjoined(part):
            names.append(re.sub(r"^styrelserna\s+för\s+", "", name, flags=re.IGNORECASE))
    if len(names) >= 3:
        names[-1] = re.sub(r"\s+i\s+[A-ZÅÄÖ]\w+s\s+(?:Stad|kommun)$", "", names[-1])
    return [n for n in names if n and WORD.search(n)]


PLURAL_HEAD = re.compile(r"^[\wåäö-]*(?:nämnderna|styrelserna|förvaltningarna)\s+\S", re.IGNORECASE)


def _qualifiers(text: str) -> bool:
    """Return True for words that qualify a plural head before them ('Hisingen', 'nordost och
    sydväst'): single words, none naming a body by itself."""
    words = re.split(r"\s+(?:och|samt)\s+", text.strip())
    return all(len(w.split()) == 1 and not BODY_WORD.search(w) for w in words)


BODY_WORD = re.compile(
    r"(?:nämnd|styrelse|förvaltning|kontor|myndighet|verk|råd|förbund|förening|bolag|kommun|region|"
    r"fullmäktige|stiftelse|AB)(?:en|et|er|erna|na)?$",
    re.IGNORECASE,
)


def _split_conjoined(text: str) -> list[str]:
    """Given 'A och B' or 'A samt B' from a list of bodies, return the bodies.

    A conjunction separates two bodies only when both sides name one: 'nämnden för demokrati och
    medborgarservice och överförmyndarnämnden' is two, 'äldre samt vård- och omsorgsnämnden' and
    'kultur och fritidsnämnden' are one ('äldre', 'kultur' and 'medborgarservice' name no body).
    """
    inside = _inside_known_names(text)
    for m in reversed(list(re.finditer(r"(?<!-)\s+(?:och|samt)\s+", text))):
        left, right = text[: m.start()].strip(), text[m.end() :].strip()
        if m.start() not in inside and _names_body(left) and _names_body(right):
            return [*_split_conjoined(left), right]
    return [text]


def _names_body(text: str) -> bool:
    """Return True when text starts or ends like a body's name: a capital ('Göteborgs Stads
    pensionärsråd') or a noun in its definite form ('nämnden för funktionsstöd', 'kommunstyrelsen')."""
    words = text.split()
    if not words:
        return False
    return words[0][:1].isupper() or any(_definite(w) for w in (words[0], words[-1]))


def _definite(word: str) -> bool:
    """Return True for a lower-case noun in its definite form ('överförmyndarnämnden', 'rådet')."""
    return bool(re.fullmatch(r"[a-zåäöé]{4,}(?:en|et|na)", word))


# The remiss sent to an audience named in lower case ('… utskickat på remiss till berörda intressenter.',
# 'Distriktsstyrelsen har nu skickat ut dem på remiss till föreningarna och stadsdelskretsarna.',
# 'Remissversionen har skickats ut till …', 'Remissen skickas till kommunstyrelsen, socialnämnden och
# Kommunal.', 'inbjuder härmed till undersökningssamråd för myndigheter, organisationer …'): the README
# truth keeps each as it stands ('berörda intressenter', 'markägare'), so a lower-case audience is a list
# when the sentence says the remiss itself goes to it.
@functools.cache
def audience_pattern() -> re.Pattern[str]:
    """Return the pattern of a sentence sending the remiss to an audience (modeller/listor.toml
    [mottagare_i_loptext]): '… utskickat på remiss till berörda intressenter.'"""
    data = _mottagare()

    def words(key: str) -> str:
        return "|".join(re.escape(w) for w in sorted(data[key], key=len, reverse=True))

    return re.compile(
        rf"(?i:\b(?:(?:{words('particip')})(?:\s+ut)?(?:\s+(?:dem|den|det|planen|förslaget|materialet))?"
        rf"\s+på\s+(?:bred\s+)?remiss\s+till"
        rf"|\b(?:{words('subjekt')})\s+(?:har\s+)?(?:nu\s+)?(?:skickats|skickas|sänts|sänds|gått|går)\s+"
        rf"(?:ut\s+)?(?:på\s+remiss\s+)?till"
        # (missiv37) also 'bjuder härmed in till …' and the samråd as a phrase (samrad_phrase: 'undersöknings-
        # och avgränsningssamråd', 'ett utökat samråd'; prov35/eon-kvillsfors-undersokningssamrad)
        rf"|(?P<inbjudan>\b(?:inbjuder|bjuder{ADVERBS}*\s+in){ADVERBS}*\s+till\s+{samrad_phrase()}{STATUTE}?"
        r"\s+för)"
        # (missiv28) 'Munkfors kommun har skickat förslaget till …', 'Samrådet vänder sig till …': two or more
        # (lista43: also in the present with 'nu' or 'härmed' and 'på remiss', 'Vi skickar nu förslaget på
        # remiss till …'; the bare present describes how the sender does with every proposal, 'Länsstyrelsen
        # skickar förslaget på remiss till sakägare …' on a page of three reserves,
        # missiv/lst-halland-boa-naturreservat-remiss: no list)
        rf"|(?P<flera>\b(?:(?:har|hade)\s+(?:nu\s+)?(?:skickat|sänt)|(?:skickar|sänder)\s+(?:nu|härmed))\s+(?:ut\s+)?"
        rf"(?:{words('objekt')})(?:\s+ut)?(?:\s+på\s+remiss)?\s+till"
        # (missiv32) with a date or a few words between ('Samrådet den 28 april vänder sig …'), 'riktar sig'
        # for the act itself ('Samrådet riktar sig till …'), and the receivers split round 'förutom' ('vänder
        # sig, förutom till enskilda, också till organisationer …', prov30/kappala-miljotillstand-samrad)
        # (missiv37: also a samråd named by its kind, 'Undersöknings- och avgränsningssamrådet riktar sig
        # till …')
        rf"|\b(?:(?:{SAMRAD_KIND}samrådet|{words('vander_sig')})(?:\s+(?!vänder\b)[\wåäö:-]+){{0,4}}?\s+vänder"
        rf"|(?:{SAMRAD_KIND}samrådet|{words('riktar_sig')})(?:\s+(?!riktar\b)[\wåäö:-]+){{0,4}}?\s+riktar)"
        rf"\s+sig"
        rf"(?:\s*,\s*förutom\s+till\s+(?P<forutom>[^,.]{{2,120}}?)\s*,\s*(?:också|även)"
        rf"|\s+(?:i\s+första\s+hand|främst))?\s+till)))"
        rf"\s+(?P<list>[^.]{{3,400}})\."
    )


ADVERBS = r"(?:\s+(?:härmed|nu|därför|också|även)\b)"  # between an invitation's verb, particle and object
# (missiv37) a samråd named by its kind, the first of two kinds written open ('undersöknings- och
# avgränsningssamråd', 'plansamråd'): the words before 'samråd' in one compound
SAMRAD_KIND = r"(?:[a-zåäö]+-\s+(?:och|eller)\s+)?[a-zåäö]*"
# the statute the samråd is held under, between it and its receivers ('till samråd enligt 6 kap. 4 §
# miljöbalken för myndigheter, …')
STATUTE = r"(?:\s+enligt\s+(?:\d+\s+kap\.?\s+(?:\d+\s*§\s+)?)?[\wåäö-]+)"


@functools.cache
def samrad_phrase() -> str:
    """Return the pattern of the samråd an invitation invites to: a kind of samråd (modeller/listor.toml
    [mottagare_i_loptext] inbjudan) after an article and an adjective ('ett utökat samråd', 'tidigt samråd'),
    also two kinds written open ('undersöknings- och avgränsningssamråd')."""
    kinds = "|".join(re.escape(w) for w in sorted(_mottagare()["inbjudan"], key=len, reverse=True))
    return rf"(?:ett\s+|en\s+)?(?:[a-zåäö]+[at]\s+)?{SAMRAD_KIND}(?:{kinds})\b"


# the subject after the verb when an adverb opens the sentence: a name in capitals ('VA SYD',
# 'Vindbolaget AB'), the body by its kind or 'vi' ('Nu bjuder vi in …') ('kommunen', 'bolaget')
INVERTED_SUBJECT = (r"(?:\s+(?-i:[A-ZÅÄÖ])[\wåäöÅÄÖ-]*(?:\s+(?-i:[A-ZÅÄÖ])[\wåäöÅÄÖ-]*){0,3}"
                    r"|\s+(?:vi|kommunen|staden|regionen|länsstyrelsen|bolaget|företaget|förbundet))")


# a clause set off between dashes, commas or in brackets inside a sentence (the statute's chapter with its
# stop, 'enligt 6 kap. 29 § miljöbalken', stays inside it)
INSERTED_CLAUSE = (r"\s+[-–]\s+(?:[^.!?\n–-]|\bkap\.){3,100}?\s+[-–]|,\s+(?:[^,.!?\n]|\bkap\.){3,100}?,"
                   r"|\s+\((?:[^()\n]){3,100}\)")


# (missiv32) the kinds invited to the samråd before it: 'Käppalaförbundet inbjuder allmänhet och intresserade
# till samråd med utökad krets …' (prov30/kappala-miljotillstand-samrad), 'Kommunen bjuder in myndigheter,
# organisationer och berörda sakägare till samråd' (README, Facit: a sentence that directs the samråd to
# them); two at least, as for 'Samrådet vänder sig till …' ('vi bjuder in fastighetsägare till samråd': no
# list), never an invitation to comment ('inbjuder härmed länets kommuner … att lämna synpunkter': who may
# answer)
@functools.cache
def invited_pattern() -> re.Pattern[str]:
    """Return the pattern of a sentence inviting kinds of receivers to the samråd ('… inbjuder allmänhet och
    intresserade till samråd'), the kinds in group 'list'."""
    samrad = samrad_phrase()
    return re.compile(
        # (also with the particle split from its verb by an adverb or an inserted clause, missiv33: 'bjuder
        # därför - i enlighet med miljöbalken (6 kap. 29§) - in allmänheten …', 'bjuder, enligt X, in …')
        # (missiv42: also the inviting body between the verb and its particle after an adverb, 'Nu bjuder VA
        # SYD in allmänhet och berörda till samråd om …', prov40/vasyd-regional-avloppsrening-samradsinbjudan)
        rf"\b(?:inbjuder|bjuder{INVERTED_SUBJECT}?{ADVERBS}*(?:{INSERTED_CLAUSE})?\s+in){ADVERBS}*\s+"
        rf"(?!till\s|dig\b|er\b|oss\b|dem\b)(?P<list>[^.!?]{{3,200}}?)\s+till\s+{samrad}"
        # ... and in the passive, the kinds the sentence's subject ('Myndigheter, organisationer och enskilda
        # som kan antas bli berörda inbjuds härmed till samråd enligt 6 kap. miljöbalken')
        r"|(?:^|(?<=[.!?:]\s)|(?<=\n))(?!(?:du|ni|vi|alla|de)\s)(?P<subjekt>[^.!?:\n]{3,200}?)\s+"
        # ('… bjuds härmed in till samråd', '… inbjuds härmed – enligt 6 kap. miljöbalken – till samråd')
        rf"(?:inbjuds|bjuds{ADVERBS}*(?:{INSERTED_CLAUSE})?\s+in){ADVERBS}*(?:{INSERTED_CLAUSE})?\s+till\s+"
        rf"{samrad}"
        # ... also with the verb first after an adverb (missiv37: 'Härmed inbjuds myndigheter, organisationer
        # och allmänheten till samråd')
        rf"|\b(?:härmed|nu|därför){ADVERBS}*\s+(?:inbjuds|bjuds{ADVERBS}*\s+in){ADVERBS}*\s+"
        rf"(?!till\s)(?P<efter>[^.!?]{{3,200}}?)\s+till\s+{samrad}",
        re.IGNORECASE,
    )


@functools.cache
def _mottagare() -> dict[str, list[str]]:
    """Return modeller/listor.toml's [mottagare_i_loptext]."""
    data = modell_toml("listor.toml")
    return data["mottagare_i_loptext"]  # type: ignore[no-any-return]


@functools.cache
def audience_lead() -> re.Pattern[str]:
    """Return the pattern of the words before an audience that are not of it ('en bred målgrupp som …')."""
    words = fraser(_mottagare()["ledord"])
    return re.compile(rf"^(?:{words})\s+(?:bland\s+annat\s+)?", re.IGNORECASE)


def _audience_list(lines: Sequence[Line], joined: str) -> tuple[list[Remissinstans], Line | None]:
    """Given lines and their joined text, return the audience a sentence says the remiss is sent to (missiv32:
    of every such sentence, 'inbjuder allmänhet och intresserade till samråd' and 'Samrådet … vänder sig,
    förutom till enskilda, också till organisationer …' in one invitation, each kind once)."""
    found: list[tuple[int, list[str]]] = []
    for match in audience_pattern().finditer(joined):
        names = _audience_names(match, joined)
        if names:
            found.append((match.start("list"), names))
    # (a short line without an end stop is a heading over the sentence, not the subject's start: SHORT_LINE)
    hard = _hard_joined(lines)
    for match in PASSIVE_SENT.finditer(hard):
        names = _passive_names(match, hard)
        if names:
            found.append((match.start("list"), names))
    for match in REMISS_TILL.finditer(hard):
        names = _remiss_till_names(match)
        if names:
            found.append((match.start("list"), names))
    for match in request_sent().finditer(hard):
        group = next(g for g in ("list", "efter", "av") if match.group(g))
        names = _request_names(match.group(group))
        if group == "av" and not any(_names_body(name) for name in names):
            names = []  # 'begära utlåtanden av medborgare och intressentgrupper': kinds, how it is done
        if names:
            found.append((match.start(group), names))
    for match in invited_pattern().finditer(hard):
        group = next(g for g in ("list", "subjekt", "efter") if match.group(g))
        names = _invited_names(match.group(group))
        if names:
            found.append((match.start(group), names))
    if found:
        found.sort(key=lambda item: item[0])
        names = list(dict.fromkeys(name for _, part in found for name in part))
        return [_instans(n, None, None) for n in names], _line_at(lines, found[0][0])
    for match in [*ANSWERING_BODIES.finditer(hard), *INVERTED_ANSWERING.finditer(hard)]:
        rubrik = INSKJUTEN_RUBRIK.match(match.group("list"))  # 'Så svarar remissinstanserna Berörda …'
        listed = match.group("list")[rubrik.end() if rubrik else 0 :]
        names = [n for n in _split_audience(listed) if n]
        if len(names) >= 2 and all(_short_kind(n) for n in names):
            return [_instans(n, None, None) for n in names], _line_at(lines, match.start("list"))
    return [], None


def _audience_names(match: re.Match[str], joined: str) -> list[str]:
    """Given a sentence sending the remiss to an audience (audience_pattern), return the audience's names, or
    [] when the sentence is a reply route, an address, a count or an open audience."""
    # (the 'flera' forms name what is sent, the remiss itself: no reply route whatever stands before)
    before = re.split(r"[.!?]\s", joined[max(0, match.start() - 120) : match.start()])[-1]
    if match.group("flera") is None and ANSWERS_SENT.search(before):
        return []  # 'Synpunkter på förslaget skickas till …': the reply address
    listed = LIST_END.split(match.group("list"), maxsplit=1)[0]
    listed = LIST_LEAD.sub("", audience_lead().sub("", listed.strip()))
    listed = re.sub(r"^såväl\s+(.+?)\s+som\s+", r"\1, ", listed)  # 'såväl A som B, C': A, B, C
    if match.group("forutom"):
        listed = f"{match.group('forutom')}, {listed}"  # 'förutom till enskilda, också till organisationer'
    if re.search(r"\b(?:adress|e-post|senast|registrator|@)", listed, re.IGNORECASE):
        return []  # an address, not an audience
    if re.match(r"(?:samt|och|alla)\s", listed, re.IGNORECASE):
        return []  # 'hur remissen går till samt alla remissinstanser': 'går till' is how it proceeds
    if AUDIENCE_COUNT.match(listed):
        return []  # 'har gått ut till ett 70-tal instanser och …': how many, the list is elsewhere
    if _open_audience(listed):
        return []  # 'till kommunerna och till andra centrala intressenter': an open audience, no one named
    if match.group("inbjudan") is not None:
        # (missiv37) 'inbjuder till samråd för A, B och C' as 'bjuder in A, B och C till samråd': two kinds at
        # least; not the plan the samråd is about ('bjuder in till samråd för ny detaljplan för …')
        return [] if SAMRAD_OBJECT.match(listed) else _invited_names(listed)
    names = [n for n in _split_audience(listed) if n]
    if match.group("flera") is not None and len(names) < 2:
        return []  # 'Kommunen har skickat förslaget till Länsstyrelsen': a step of the plan, no audience
    return names if names and all(_short_kind(n) for n in names) else []


# (missiv34) the remiss sent to its receivers in the passive, 'bland annat' or another adverb between the verb
# and 'till' ('Värmlands läns handlingsplan … har skickats ut på remiss. Den har bland annat skickats till
# kommuner, länsstyrelser, skogsbolag, naturvårdsorganisationer och berörda branschorganisationer.',
# prov32/lst-varmland-gron-infrastruktur-remiss; 'Förslaget har sänts till …', 'Programmet går ut till …',
# 'Strategin remitteras till kommuner, regioner och …'): the subject is the thing remitted or a pronoun for it
# after a sentence that sends it out (_passive_subject); two receivers at least, as for 'har skickat förslaget
# till' ('Förslaget har skickats till Länsstyrelsen': a step of the plan, no list)
PASSIVE_ADVERB = r"(?:\s+(?:bland\s+annat|bl\.\s?a\.|nu|också|även|därför|främst|i\s+första\s+hand))"
PASSIVE_SENT = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<subjekt>[^.!?\n]{2,120}?)(?:\s+(?:har|hade))?" + PASSIVE_ADVERB + "*"
    # (lista43: also in the past, 'Förslaget skickades ut på remiss till …', 'gick ut')
    r"\s+(?P<verb>(?:skickats|sänts|skickas|sänds|skickades|sändes)(?:" + PASSIVE_ADVERB + r"*\s+ut)?"
    r"|(?:gått|går|gick)"
    + PASSIVE_ADVERB + r"*\s+ut|remitter(?:as|ats)|(?:ligger|är|finns)" + PASSIVE_ADVERB + r"*\s+ute)"
    # (lista43: an adverb also before 'på remiss', 'skickas nu på remiss till …')
    + PASSIVE_ADVERB + r"*(?P<remiss>\s+på\s+(?:bred\s+)?remiss|\s+för\s+(?:yttrande|synpunkter))?"
    + PASSIVE_ADVERB + "*"
    # (also where the remiss lies: 'förslaget ligger nu ute på remiss hos berörda myndigheter och
    # organisationer')
    r"(?:\s+till|(?<=\bremiss)\s+hos)(?:\s+(?:bland\s+annat|bl\.\s?a\.))?\s+(?P<list>[^.!?\n]{3,400}?)\.(?=\s|$)",
    re.IGNORECASE,
)
# (lista43) the receivers inside the subject of the sending, after 'remiss till': 'En riktad remiss till
# prefekter, högskoledirektör, dekaner samt studentkåren har skickats ut idag, 4 april, med sista svarsdag den
# 17 april' (a högskola's news on its own internal remiss, prov41/du-institutioner-organisation-remiss); the
# remiss itself is sent out, so those after 'till' are its receivers, two at least
REMISS_TILL = re.compile(
    r"\bremiss(?:en)?\s+till\s+(?P<list>[^.!?\n]{3,300}?)\s+"
    r"(?:(?:har|hade)\s+(?:nu\s+)?(?:skickats|sänts|gått)|(?:nu\s+)?(?:skickas|sänds|går))\s+ut\b",
    re.IGNORECASE,
)


def _remiss_till_names(match: re.Match[str]) -> list[str]:
    """Given a sending whose subject holds its receivers (REMISS_TILL), return them, or [] for fewer than
    two, an address, a date, a count or an open audience."""
    listed = LIST_LEAD.sub("", match.group("list").strip())
    if re.search(r"\b(?:adress|e-post|senast|registrator)\b|@|\d", listed, re.IGNORECASE):
        return []
    if OPEN_WHO.match(listed) or AUDIENCE_COUNT.match(listed) or _open_audience(listed):
        return []
    names = [n for n in _split_audience(listed) if n]
    return names if len(names) >= 2 and all(_short_kind(n) for n in names) else []


# (rest47) the request for opinions itself sent to its receivers, the receivers fronted: 'Till
# medlemskommunerna inom Vasa sjukvårdsdistrikt har i maj 2019 skickats en utlåtandebegäran gällande …'
# (prov45/vasa-svd-grundavtal-utlatandebegaran), or the request as the subject: 'Begäran om utlåtande sänds
# till landskapets kommuner'; the words for the request are modeller/listor.toml [mottagare_i_loptext] begaran
SENT_VERB = (r"(?:skickats|sänts|översänts|skickas|sänds|översänds|skickades|sändes|översändes|"
             r"gått\s+ut|går\s+ut|gick\s+ut)")


@functools.cache
def request_sent() -> re.Pattern[str]:
    """Return the pattern of a request for opinions sent to its receivers ('Till X har … skickats en
    utlåtandebegäran', 'Begäran om yttrande skickas till X', 'Utlåtande begärs av X'), the receivers in group
    'list', 'efter' or 'av'."""
    request = fraser(sorted(_mottagare()["begaran"], key=len, reverse=True))
    asked = fraser(sorted(_mottagare()["begart"], key=len, reverse=True))
    start = r"(?:^|(?<=[.!?]\s)|(?<=\n))"
    return re.compile(
        rf"{start}till\s+(?P<list>[^.!?\n]{{3,200}}?)\s+(?:(?:har|hade)\s+(?:[^.!?\n]{{1,40}}?\s+)?)?{SENT_VERB}"
        rf"\s+(?:ut\s+)?(?:en\s+|ett\s+)?(?:{request})\b"
        rf"|{start}(?:en\s+|ett\s+)?(?:{request})\b[^.!?\n]{{0,160}}?\s+(?:har\s+|hade\s+)?{SENT_VERB}"
        rf"\s+(?:ut\s+)?till\s+(?P<efter>[^.!?\n]{{3,300}}?)(?=\s+(?:för|med|senast)\s|[.!?]|$)"
        # (also the statements asked of the bodies: 'Utlåtande begärs av Närpes stad, Kristinestad och Kaskö
        # stad', 'beslutar att begära utlåtande om förslaget av tekniska nämnden och byggnadsnämnden')
        rf"|\b(?:(?:ett\s+)?(?:{asked})\s+(?:(?:om|över|gällande|angående)\s+[^.!?\n]{{1,120}}?\s+)?"
        rf"(?:har\s+|hade\s+)?(?:begärs|begärts|begärdes)"
        rf"|(?<!ska\s)(?<!skall\s)(?<!bör\s)(?<!kan\s)(?<!måste\s)(?:begära|begär|begärde|begärt)\s+(?:in\s+)?(?:ett\s+|skriftliga?\s+)?(?:{asked})"
        rf"(?:\s+(?:om|över|gällande|angående)\s+[^.!?\n]{{1,120}}?)?)"
        rf"\s+(?:in\s+)?(?:av|från)\s+(?P<av>[^.!?\n]{{3,300}}?)(?=\s+(?:senast|före|om|över|gällande)\s|[.!?]|$)",
        re.IGNORECASE,
    )


def _request_names(listed: str) -> list[str]:
    """Given the receivers of a request for opinions (request_sent), return them as they stand; one is enough
    when it names a body (a capital, or a kind in the definite form: 'medlemskommunerna inom …'), never a
    pronoun, an open kind ('berörda nämnder'), an address or a time."""
    listed = LIST_LEAD.sub("", listed.strip())
    if re.search(r"\b(?:adress|e-post|senast|registrator)\b|@|\d", listed, re.IGNORECASE):
        return []
    if OPEN_WHO.match(listed) or AUDIENCE_COUNT.match(listed) or _open_audience(listed):
        return []
    names = [n for n in _split_audience(listed) if n]
    if not names or not all(_short_kind(n) for n in names) or PRONOUN_SUBJECT.match(names[0]):
        return []
    head = names[0].split(" inom ")[0].split(" i ")[0]
    if len(names) == 1 and not (head[:1].isupper() or re.fullmatch(r"[a-zåäö]{4,}na", head.split()[0])):
        # 'Till berörda nämnder har skickats en remiss': a kind, no body named; nor one in the definite
        # singular, 'Utlåtande begärs av allmänheten' (the public, as 'Samrådet vänder sig till allmänheten')
        return []
    return names


PRONOUN_SUBJECT = re.compile(r"^(?:den|det|de|dessa|denna|detta)$", re.IGNORECASE)
# the sentence before a pronoun's that sends the thing out ('… har skickats ut på remiss.', 'Kommunen
# remitterar nu …', 'Förslaget är ute på samråd.')
SENT_OUT = re.compile(r"\bpå\s+(?:bred\s+)?(?:remiss|samråd)\b|\bremitter|\bute\s+på\s+", re.IGNORECASE)
SUBJECT_HEAD_END = re.compile(r"\s+(?:för|till|om|av|över|i|med|från|inom|gällande|avseende)\s",
                              re.IGNORECASE)


def _passive_subject(subject: str, before: str, *, remiss: bool) -> bool:
    """Return True when a passive sending sentence's subject is the thing remitted: a pronoun after a sentence
    that sends it out, a noun phrase whose head names the remiss or its document (modeller/listor.toml
    [mottagare_i_loptext] passiv_subjekt), or any subject when the verb says 'på remiss'/'remitteras'."""
    subject = subject.strip()
    if ANSWERS_SENT.search(subject):
        return False  # 'Synpunkterna har skickats till …': the answers, not the remiss
    if PRONOUN_SUBJECT.match(subject):
        return SENT_OUT.search(before) is not None
    head = SUBJECT_HEAD_END.split(subject, maxsplit=1)[0].split()[-1].lower()
    return remiss or head.endswith(tuple(_mottagare()["passiv_subjekt"]))


def _passive_names(match: re.Match[str], joined: str) -> list[str]:
    """Given a passive sending sentence (PASSIVE_SENT) and the text, return its receivers, or [] when its
    subject is no remiss or its list is an address, a count or an open audience."""
    before = re.split(r"[.!?]\s", joined[max(0, match.start() - 300) : match.start()].rstrip())[-1]
    remiss = match.group("remiss") is not None or match.group("verb").lower().startswith("remitter")
    if not _passive_subject(match.group("subjekt"), before, remiss=remiss):
        return []
    listed = LIST_END.split(match.group("list"), maxsplit=1)[0]
    listed = REMISS_FOR_YTTRANDE.split(listed, maxsplit=1)[0]
    listed = re.split(r"\s+för\s+att\s", listed, maxsplit=1)[0]  # '… och myndigheter för att de ska kunna …'
    listed = LIST_LEAD.sub("", audience_lead().sub("", listed.strip()))
    listed = re.sub(r"^såväl\s+(.+?)\s+som\s+", r"\1, ", listed)  # 'såväl A som B, C': A, B, C
    if re.search(r"\b(?:adress|e-post|senast|registrator|@)", listed, re.IGNORECASE):
        return []
    if re.match(r"(?:samt|och|alla)\s", listed, re.IGNORECASE) or OPEN_WHO.match(listed):
        return []
    if AUDIENCE_COUNT.match(listed) or _open_audience(listed) or REFERENCE.search(listed):
        return []
    if re.search(r"\d", listed):
        return []  # 'är ute på remiss till den 3 maj': a time, no receiver
    if "," not in listed and group_word().match(listed):
        # 'ligger nu ute på remiss hos berörda myndigheter och organisationer': two kinds under one word, as
        # the sentence writes them (kalla34, missiv/regionskane-utvecklingsstrategi-2019-remiss); one kind
        # alone ('remitteras till berörda nämnder') is no list
        return [listed.strip()] if re.search(r"\s(?:och|samt)\s", listed) else []
    names = [n for n in _split_audience(listed) if n]
    return names if len(names) >= 2 and all(_short_kind(n) for n in names) else []


# what a samråd is held for, not whom: the plan or the matter ('samråd för ny detaljplan för …', 'samråd för
# ändring av detaljplan', 'samråd för att …', 'samråd för den planerade verksamheten')
SAMRAD_OBJECT = re.compile(
    r"(?:att|en|ett|detta|denna|ny|nytt|nya|vår|vårt)\s"
    r"|[\wåäö-]*(?:plan|planen|program|programmet|ändring|upphävande|förslag|förslaget|projekt|projektet|"
    r"verksamhet|verksamheten|ansökan|område|området|fastighet|fastigheten)\b",
    re.IGNORECASE,
)


def _invited_names(listed: str) -> list[str]:
    """Given the kinds an invitation names before 'till samråd' ('allmänhet och intresserade'), return them,
    or [] for fewer than two, an open audience or a long clause."""
    # (a passive's subject opens its sentence: 'Fastighetsägare, … och andra berörda inbjuds …' is read as
    # kinds in lower case, so that an open audience stays one; 'Länsstyrelsen' in the definite is a body)
    listed = re.sub(r"\s+", " ", listed)  # (a list wrapped after a short line)
    kind_first = re.match(r"[A-ZÅÄÖ][a-zåäö]+(?:are|er|or|ar|ande|ende)\b", listed) is not None
    probe = listed[:1].lower() + listed[1:] if kind_first else listed
    if OPEN_WHO.match(probe) or _open_audience(probe) or re.search(r"@|\d", listed):
        return []
    names = [n for n in _split_audience(listed) if n]
    return names if len(names) >= 2 and all(_short_kind(n) for n in names) else []


def _hard_joined(lines: Sequence[Line]) -> str:
    """Given lines, return their texts joined as _audience_list joins them, with a line break after a short
    line or one that ends a sentence (a heading over the sentence, 'Så svarar remissinstanserna': the
    sentence starts under it) and a space where a long line wraps on into the next; (lista43) a short line
    wraps on too when it ends on a comma or the next goes on in lower case (a narrow column: 'En riktad remiss
    till prefekter,' / 'högskoledirektör, dekaner samt' / 'studentkåren har skickats ut …'), no heading."""
    texts = [line.text.strip() for line in lines]
    nexts = [*texts[1:], ""]
    return "".join(text + ("\n" if _line_ends(text, following) else " ")
                   for text, following in zip(texts, nexts, strict=True))


def _line_ends(text: str, following: str) -> bool:
    """Return True when a line ends where it stands: it ends a sentence, or is short and no comma or
    lower-case word carries it on into the next."""
    if text.endswith((".", "!", "?", ":")):
        return True
    return len(text) < SHORT_LINE and not text.endswith(",") and not following[:1].islower()


# the heading over the sentence that a transcript ran into it: 'Så svarar remissinstanserna Berörda nämnder
# och styrelser …' (the heading names the instances or their answering; the first body is capitalised)
INSKJUTEN_RUBRIK = re.compile(
    r"^[^,]{0,40}?\b(?:remissinstanser(?:na)?|remissvar(?:en|et)?|svara(?:r)?)\s+(?=[A-ZÅÄÖ])"
)


SHORT_LINE = 60


# an open audience, no list: every group the remiss goes to is a kind of body and the last is 'andra …', all
# others ('skickas på remiss till kommunerna och till andra centrala intressenter', '… till Klimatriksdagens
# medlemmar och ett antal andra viktiga instanser'); a list that names a body ('länets kommuner, Landstinget
# Blekinge … och andra organisationer') names its instanser
OPEN_END = re.compile(
    r"(?:^|,|\s(?:och|samt))\s+(?:till\s+)?(?:(?:ett\s+antal|några|flera|en\s+rad)\s+)?andra\s+[a-zåäö][^,]*$",
    re.IGNORECASE,
)
MEMBERS = re.compile(r"^[A-ZÅÄÖ][\wåäö-]*(?:s|:s)\s+medlemmar\b")  # the sender's own members: a group


def _open_audience(listed: str) -> bool:
    """Return True when a sentence's list ends in 'andra …' and names no body before it, only kinds."""
    end = OPEN_END.search(listed.strip().rstrip("."))
    if end is None:
        return False
    before = re.split(r",|\s(?:och|samt)\s", listed[: end.start()])
    return all(not part.strip() or part.strip()[:1].islower() or MEMBERS.match(part.strip())
               for part in (re.sub(r"^\s*till\s+", "", p) for p in before))


# the bodies as the subject of their answering: 'Berörda nämnder och styrelser i Västra Götalandsregionen och
# samtliga kommuner i Västra Götaland lämnar remissvar senast 31 december 2021' (two at least: a list)
ANSWERING_BODIES = re.compile(
    r"(?:^|[.!?:]\s+|\n)(?P<list>[A-ZÅÄÖ][^.!?:\n]{3,300}?)\s+(?:lämnar|ska\s+lämna|ombeds\s+lämna)\s+"
    r"(?:in\s+)?(?:sina\s+|sitt\s+|ett\s+)?(?:remissvar|remissyttranden?|yttranden?)\b"
)


# the same with the verb first after the deadline (V2): 'Senast den 24 april ska landsting och berörda
# kommuner yttra sig' (a pronoun is no body: 'ska ni yttra er', 'ska du lämna synpunkter'; nor a clause: '…
# ska det nya förslaget gå ut på remiss …, och den som vill kan lämna synpunkter')
INVERTED_ANSWERING = re.compile(
    r"\b(?:ska|skall|bör|ombeds)\s+(?!(?:du|ni|vi|man|de|dessa|alla|remissinstanserna|instanserna)\s)"
    r"(?P<list>[\wåäöÅÄÖ](?:(?!\b(?:kan|vill|att|som|det|den|ut|på|så)\b)[^.!?:\n]){3,200}?)\s+"
    r"(?:yttra\s+sig|lämna\s+(?:in\s+)?(?:sina\s+)?"
    r"(?:remissvar|remissyttranden?|yttranden?|synpunkter))\b"
)


# a count of the bodies, not the bodies: 'ett 70-tal instanser', 'drygt 200 organisationer', 'ett trettiotal'
AUDIENCE_COUNT = re.compile(
    r"^(?:(?:ett|drygt|cirka|ca\.?|omkring|närmare|över|fler\s+än|knappt)\s+)*"
    r"(?:\d[\d\s]*(?:-tal)?|[a-zåäö]+tal)\s+[a-zåäö]+",
    re.IGNORECASE,
)


# (lista41) a relative clause after a kind says whom it means ('den allmänhet som kan antas beröras av den
# planerade verksamheten'): the kind's own words are those before 'som', and the clause has ten at most
RELATIVE = re.compile(r"\s+som\s+", re.IGNORECASE)


def _short_kind(name: str) -> bool:
    """Return True when a receiver named in running text is a name or a kind, not a clause of the sentence:
    ten words at most, or ten before a relative clause and ten in it."""
    kind, *clause = RELATIVE.split(name, maxsplit=1)
    return len(kind.split()) <= 10 and all(len(c.split()) <= 10 for c in clause)


# 'med flera' / 'm.fl.' after the last receiver: the others, unnamed (kalla37)
ETC_END = re.compile(r",?\s+(?:med\s+flera|m\.\s?fl\.?|mfl\.?)$", re.IGNORECASE)


# (missiv42) the relative clause after the last kind ('… organisationer som kan beröras av eller ha synpunkter
# på den planerade vindparken', prov40/njordr-bothnia-offshore-omega-samrad): a conjunction in it joins its
# verbs, no receivers; the last 'och' before it still divides ('markägare och enskilda som kan antas …',
# missiv/vattenfall-gysinge-samrad-2019)
RELATIVE_CLAUSE = re.compile(r"\s+som\s")


def _split_audience(text: str) -> list[str]:
    """Given 'A, B samt C och D' (names or lower-case groups), return them; 'och' in a known name stays; the
    preposition repeated before each ('till A, till B och till C') is no part of a name."""
    text = re.sub(r"(?:^|(?<=,)|(?<=\soch)|(?<=\ssamt))\s*till\s+", " ", text).strip()
    text = ETC_END.sub("", text)  # (kalla37) '…, allmänhet med flera': the others unnamed, no receiver
    parts: list[str] = []
    commas = _top_level_commas(text.strip())
    for part in commas:
        parts.extend(p.strip() for p in re.split(r"\s+samt\s+", part) if p.strip())
    if not parts:
        return []
    if re.search(r"\s+samt\s+", commas[-1]):
        # (lista41) 'samt' is the list's last separator, so an 'och' after it joins one kind ('…, övriga
        # myndigheter och organisationer samt de enskilda berörda och den allmänhet som kan antas beröras …')
        return parts
    last = parts.pop()
    inside = _inside_known_names(last)
    # ('organisationer med intresse för miljöfrågor och vår verksamhet': 'och' before a possessive joins what
    # the receivers care about, no receiver of its own; missiv32)
    conjunction = r"(?<!-)\s+(?:och|eller)\s+(?!(?:vår|vårt|våra|er|ert|era|dess|deras|sin|sitt|sina)\s)"
    clause = RELATIVE_CLAUSE.search(last)  # (an 'eller' inside the clause joins its verbs, no receivers)
    splits = [m for m in re.finditer(conjunction, last)
              if m.start() not in inside and (clause is None or m.start() < clause.start())]
    if splits:
        parts.extend([last[: splits[-1].start()].strip(), last[splits[-1].end() :].strip()])
    else:
        parts.append(last)
    return parts


# 'Formella remissinstanser för Regional kulturplan för Skåne 2021-2024 är de skånska kommunerna,
# Länsstyrelsen i Skåne län, Kommunförbundet Skåne samt politiska nämnder inom Region Skåne.'
# (missiv34) also with 'finns' after 'bland': 'Bland remissinstanserna finns kommunerna i länet, Trafikverket
# och Region Gävleborg.'
COPULA_LIST = re.compile(
    r"(?i:\bremissinstanser(?:na)?\b[^.:]{0,100}?\s+är\s+|\bbland\s+remissinstanserna\s+"
    r"(?:finns|märks|återfinns|ingår)\s+)(?P<list>[^\s.][^.]+)\."
)
# (missiv34) the words that say the list is a selection, no part of its first name: 'till bland annat
# kommuner', 'är bland andra länets kommuner, …', 'till bl.a. berörda myndigheter'
LIST_LEAD = re.compile(r"^(?:bland\s+(?:annat|andra)|bl\.\s?a\.|bl\s+a|exempelvis|till\s+exempel)\s+",
                       re.IGNORECASE)
OPEN_WHO = re.compile(r"(?:alla|de|den)\s+som\b", re.IGNORECASE)  # 'alla som kan ha intresse av planen'
# (lista43) also what the sending comes with after the last receiver: '… samt studentkåren, med sista svarsdag
# den 17 april', '…, med svar senast …'
LIST_END = re.compile(r",\s+(?:vilka|som|där|och\s+de|för\s+att|med)\s")
# also the definite plural: 'Synpunkterna skickas till Samhälls- och infrastrukturfunktionen, …'
ANSWERS_SENT = re.compile(
    r"\b(?:synpunkter(?:na)?|svar(?:et|en)?|remissvar\w*|yttrande(?:t|n|na)?|frågor(?:na)?|anmälan)\b",
    re.IGNORECASE,
)


def _line_at(lines: Sequence[Line], offset: int) -> Line | None:
    """Given lines and an offset into their texts joined by spaces, return the line it falls in."""
    position = 0
    for line in lines:
        position += len(line.text.strip()) + 1
        if offset < position:
            return line
    return lines[-1] if lines else None
