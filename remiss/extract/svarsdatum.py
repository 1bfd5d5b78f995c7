"""Svarsdatum as scored candidates: every date the missiv names, scored by the cues of its sentence.

A deadline phrase right before the date ("senast den 15 januari", "Sista svarsdag är …") is the
strongest cue; a date in a sentence about answers or synpunkter with "fram till" or "före" counts
less; a date in a tidplan or a publication line counts nothing. A date without a year takes the
first year that puts it on or after the missiv's date (or, without one, the year of a full date
in the text naming the same day). One resolve step picks the best candidate and warns when the
document names several deadlines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from remiss import fastsearch, forklara
from remiss.dates import date_matches, parse_match
from remiss.extract.text import DECISION_REFERENCE, Found, Text
from remiss.modelldata import fraser, modell_toml

DEADLINE = re.compile(
    # (varld44: 'Sista svarsdag att svara på remissen var den 30 september 2019', g0vse)
    r"(?:senast|sista\s+svars(?:datum|dag(?:en)?)(?:\s+för\s+(?:remiss?)?svar(?:en)?|\s+att\s+(?:be)?svara\b[^.]{0,30}?)?|"
    r"svarsdatum|"
    # (the loan word too: 'Deadline för att skicka in remissyttranden är den 16 december 2018', a party's own
    # round of views among its branches; not 'Den 6 oktober var deadline …', the date before the word)
    # (missiv30: 'Sista dag för remissvar är 28 februari')
    # (varld44, g0vse: the verb 'besvara' and the page's slips of the keyboard, 'Sista dag att besvara
    # remissen är den 1 september 2016', 'Sista dag at svara', 'attsvara', 'att att svara', 'att svra', 'att
    # svar på remissen', 'Sista dg att svara')
    r"(?:sista\s+(?:da?g(?:en)?|datum(?:et)?)|deadline(?:n)?)\s+(?:för\s+(?:att\s+)?(?:remis)?svar|"
    r"(?:för\s+)?at?t\s*(?:att\s+)?(?:be)?sv(?:ara|ra|ar)\b|"
    r"för\s+(?:remiss)?(?:yttranden?|synpunkter)|"
    r"(?:för\s+)?att\s+(?:lämna|skicka\s+in)\s+(?:in\s+)?(?:era\s+|dina\s+)?(?:(?:remiss)?(?:synpunkter|yttranden?|åsikter)|(?:remis)?svar))"
    r"[^.]{0,30}?|"
    r"(?<![\wåäö])deadline(?=\s*:)|"  # 'Deadline: 10 oktober 2025' (the word as a label)
    r"svar(?:et|en)?\s+(?:ska|skall|bör)\s+[^.]{0,60}?(?:senast|före|tillhanda)|"
    r"(?:samråd|remiss|granskning|utställning)\w*\s+pågår\s+(?:fram\s+)?till(?:\s+och\s+med)?|"
    r"remisstid(?:en)?\s+(?:löper\s+ut|går\s+ut|gick\s+ut|pågår\s+till|slutar|har\s+förlängts\s+till|"
    r"(?:löper|pågår|gäller|är)\s+(?:t\.?\s?o\.?\s?m\b\.?|till\s+och\s+med|fram\s+till))|"
    # (missiv30) the time to answer by its other names and verbs: 'Svarstiden går ut den 15 mars',
    # 'Samrådstiden löper ut …', 'Remisstiden sträcker sig till …', 'Svarsfrist: 15 mars', 'Remissen stänger
    # den 15 mars', 'Kommunerna har tid till den 15 mars att svara', 'Förslaget är ute till och med …' (not
    # 'Remissen går ut den 1 februari', the day it is sent)
    r"(?:svars|samråds|gransknings|utställnings|remiss)(?:tid|period)(?:en)?\s+(?:löper\s+ut|går\s+ut|slutar|"
    r"(?:sträcker\s+sig|varar|pågår)\s+(?:fram\s+)?till(?:\s+och\s+med)?)|"
    r"(?:svars|remiss)frist(?:en)?(?:\s+(?:löper\s+ut|går\s+ut))?|"
    # (varld44, g0vse) the time to answer a remiss told after it passed: 'Svarstiden gick ut den 6 oktober
    # 2016', 'Remisstiden varade till om med den 22 april 2022' (only the answer's own time: a samrådstid that
    # 'gick ut' is an earlier step on a page that asks views on the next)
    r"(?:svars|remiss)tid(?:en)?\s+(?:gick|löpte)\s+ut|"
    r"(?:svars|remiss)tid(?:en)?\s+varade\s+(?:fram\s+)?till(?:\s+(?:och|om)\s+med)?|"
    r"(?:remissen|samrådet|granskningen|utställningen|remissrundan)\s+(?:stänger|avslutas|upphör|löper\s+ut)|"
    r"\bhar\s+tid\s+(?:på\s+sig\s+)?(?:fram\s+)?till(?:\s+och\s+med)?|"
    r"\b(?:är|finns)\s+ute\s+(?:fram\s+)?till(?:\s+och\s+med)?|"
    r"(?:förlängts|förlängs|skjutits\s+upp|flyttats)\s+till|tillhanda\s+senast|besvaras\s+senast|"
    # (missiv25) the time to answer extended, its object between: 'Kommunen har beslutat att förlänga
    # samrådstiden för det nya förslaget till 2018-02-28', 'förlängd svarstid till', 'förlänger remisstiden'
    r"förläng\w*\s+(?:[\wåäö]+\s+){0,2}?(?:samråds|remiss|svars|gransknings|utställnings)?(?:tid|period)(?:en)?"
    r"\b[^.]{0,60}?\btill(?:\s+och\s+med)?|"
    r"på\s+sig\s+(?:fram\s+)?till|"
    # (missiv30) the time given with 'på sig' after the date: 'Remissinstanserna har till den 11 oktober på
    # sig att skicka sina synpunkter till Regeringskansliet'
    r"\bhar\s+(?:fram\s+)?till(?:\s+och\s+med)?"
    r"(?=\s+(?:den\s+)?\d{1,2}\s+[a-zåäö]+\.?(?:\s+\d{4})?\s+på\s+sig\b)|"
    # (missiv29) the remiss or samråd sent until its date: 'Finansdepartementet skickar nu förslaget på
    # remiss till den 1 februari 2023', 'Planen är ute på samråd till och med 15 mars' (not in the past)
    r"på\s+(?:remiss|samråd|granskning|utställning)\s+(?:fram\s+)?till(?:\s+och\s+med)?|"
    r"yttrande\s+(?:önskas|ska\s+lämnas)\s+senast|"
    r"(?:synpunkter|svar\w*|yttrande\w*|remissvar\w*|tyck\w*\s+till)\b[^.]{0,80}?(?:till\s+och\s+med|t\.\s?o\.\s?m\.|före))"
    r"\s*:?\s*(?:är\s+)?"
    # (varld44, g0vse) the hour before the day: 'senast kl. 12:00 den 11 juni 2020', 'är klockan 13:00 den 7
    # oktober'
    r"(?:(?:kl\.?|klockan)\s*\d{1,2}(?:[.:]\d{2})?\s+)?"
    r"(?:(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?\s+)?(?:den\s+)*"
    r"(?=\*{0,2}\s*\d)",
    re.IGNORECASE,
)
# 'Tyck till före den 30 april 2021' (the imperative call to answer, as on a page passing a samråd on)
ANSWER_WORDS = re.compile(r"svar|synpunkt|yttra|remiss|inkomm|skicka|lämna|tyck\w*\s+till", re.IGNORECASE)
# the deadline words of such a sentence: 'fram till', 'före' (a word: never the 'före' of 'föreskrifter' or
# 'Föreningar'), a table's column 'Svarsdag', 'Nytt datum för inlämnande av skriftliga synpunkter … är'
UNTIL_WORDS = re.compile(
    r"fram\s+till|till\s+och\s+med|\bt\.?\s?o\.?\s?m\b|\bföre\b|senast|innan|pågår|"
    r"\bsvarsdag|\bsvarsdatum|\bdatum\s+för\s+(?:inlämn|att\s+(?:lämna|svara|yttra|skicka))",
    re.IGNORECASE,
)
NOT_DEADLINE = re.compile(
    r"publicerad|uppdaterad|daterad|beslut(?:ade|at)?\s+(?:den|i)|sammanträde|remitter(?:ade|at)|"
    r"inkom(?:mit)?\s+den|skrivelse\s+den|bearbet|\bbeslut\s+om|\bpågick\b|\bhar\s+pågått\b|\bvar\s+ute\b|"
    # the page's own date in its footer ('Sidan granskades senast 2018-05-28'): 'senast' is no deadline there;
    # nor in its label under the title ('Senast ändrad: 11 januari 2024', 'Senast granskad 2023-03-01')
    r"\bsidan\s+(?:granskades|uppdaterades|ändrades|publicerades|reviderades)\b|"
    r"\bsenast\s+(?:ändrad|ändrat|redigerad|reviderad|granskad|sparad|modifierad)\b",
    re.IGNORECASE,
)
# the end of a period ('Under tiden 20 mars–14 april genomförs samråd', 'från och med … till 15 januari'; a
# Finnish day and month end in a full stop before the dash: 'under tiden 28.4.–29.5.2021')
PERIOD_JOIN = re.compile(
    r"^\s*(?:\.?\s*[-–—]|till(?:\s+och\s+med)?|t\.\s?o\.\s?m\.|och)\s*(?:den\s+)?$", re.IGNORECASE
)
# a period whose first date is its day alone, the month and year told once at its end ('framlagt till påseende
# under tiden 7-21.10. 2015', 'pågår 3–17 mars 2026'): the date after the dash ends it, as after a full date
BARE_DAY_BEFORE = re.compile(r"(?<![\d.,:/-])\d{1,2}\.?\s*[-–—]\s*$")
# the words of a period's sentence; 'tillgänglig': 'Förslaget finns tillgängligt under perioden 14 juni 2019 -
# 30 september 2019' (the proposal is out for comment as long as it is available); a Finnish-Swedish plan put
# on view ('Förslaget finns offentligt framlagt under tiden 17.8 – 16.9.2019', 'framlägges', 'läggs fram')
PERIOD_WORDS = re.compile(
    r"samråd|remiss|synpunkt|yttra|ställ\w*\s+ut|utställ|granskning|kungör|tycka\s+till|tillgänglig|"
    r"framlag[dt]|framlägg|läggs\s+fram",
    re.IGNORECASE,
)
SCORE_PERIOD_END = 2.5
PERIOD_END_WHY = "slutet på en remiss- eller samrådsperiod"  # (remiss.split._has_deadline reads it)
# (remiss.split._deadline_kind reads it)
PAST_PERIOD_WHY = "en tidigare, avslutad period ('genomförde vi samråd')"
# a period told in the past ('Mellan 8 maj och 1 september genomförde vi samråd', 'ställdes ut för samråd
# under mellan 10 maj och 4 juli 2021'): an earlier, finished round, not the current deadline
# (also an earlier step of a plan on a page that lists them: 'Planförslaget var på samråd mellan den 1 januari
# 2018 till och med den 25 februari 2018 och granskades mellan den 21 november 2018 …', 'Samrådet har
# genomförts under perioden 2 april – 22 maj 2025'; the step the page asks views for is told in the present)
PAST_PERIOD = re.compile(
    r"\b(?:genomförde|genomfördes|genomfört|genomförts|hölls|pågick|har\s+pågått|ägde\s+rum|ställdes\s+ut|"
    # (the subject after the verb too: 'Därefter var det utställt mellan …')
    r"(?:var|har\s+(?:tidigare\s+|redan\s+)?varit)\s+(?:tidigare\s+)?(?:det\s+|den\s+|planen\s+|förslaget\s+)?"
    r"(?:ute|utställd|utställt|föremål\s+för|"
    r"på\s+(?:samråd|remiss|granskning|utställning))|"
    r"granskades|samråddes|samrådde|remitterades|kungjordes|skickades\s+ut|föregående|"
    # (missiv25) 'Mellan 15 september och 31 oktober har allmänheten haft möjlighet att tycka till' (the first
    # period of a samråd since extended)
    r"haft\s+(?:möjlighet|tillfälle)|"
    # ('Samrådstiden var 1 januari – 25 februari 2018', 'Utställningen var mellan …')
    r"(?:samråd|gransknings|granskningen|utställning|remiss)\w*\s+var(?=\s+(?:mellan|från|under|den\s+\d|\d))|"
    r"tidigare\s+(?:samråd|remiss|granskning)|"
    # (missiv28) the perfect with 'haft' and the step's word after the object ('Åsele kommun har under tiden
    # 2018-10-03 – 2018-11-01 haft kommunens förslag på en så kallad LIS-plan … på samråd'), and a step ended
    # ('Samrådet avslutades den 1 november', 'samrådstiden har gått ut')
    r"haft\s+(?:[\wåäö”\"-]+\s+){1,16}?(?:ute\s+)?på\s+(?:samråd|remiss|granskning|utställning)|"
    r"avslutades|(?:har|hade)\s+avslutats|är\s+avslutat|(?:gick|har\s+gått|löpte|har\s+löpt)\s+ut|"
    # ('Mellan 15 september och 31 oktober har allmänheten haft möjlighet att tycka till', '… har alla kunnat
    # lämna synpunkter'; prov23/sollentuna-op-forlangt-samrad)
    r"(?:har|hade)\s+(?:[\wåäö]+\s+){0,2}?(?:haft\s+möjlighet|kunnat\s+(?:lämna|tycka|yttra|skicka)))\b",
    re.IGNORECASE,
)
# the step told in the present after the past one in the same sentence: '… var på samråd i våras och är nu
# ute på granskning till och med den 23 september'
PRESENT_STEP = re.compile(r"\b(?:är|går|pågår|finns)\s+(?:nu\s+)?(?:ute\s+)?(?:på|för|till)?\s*"
                          r"(?:samråd|remiss|granskning|utställning)|\bnu\b|"
                          # (missiv28) '… ägde rum 1–30 mars och granskningen sker 1–30 juni'
                          r"\b(?:samråd|gransknings?|utställning|remiss)\w*\s+(?:sker|pågår|genomförs|hålls|"
                          r"äger\s+rum)\b|\bställs\s+(?:nu\s+)?ut\b", re.IGNORECASE)
SCORE_PAST_PERIOD = -2.0
# (missiv28) the step told in the present tense ('GRANSKNINGSTIDEN pågår från 2018-12-19 till och med
# 2019-02-19', 'Samrådet pågår nu mellan …'): the period the page asks views for now, before an earlier
# period on the same page however its end is told
PRESENT_PERIOD = re.compile(r"\bpågår\b|\b(?:är|finns)\s+nu\s+(?:ute\s+)?(?:på|för)\b", re.IGNORECASE)
SCORE_PRESENT_PERIOD = 0.25  # only between periods: never up to a deadline phrase (3)
# (missiv33) the answers asked for within a named stage: 'synpunkter … ska lämnas skriftligen senast under
# granskningstiden' over 'Samråd under tiden 11 maj – 10 juni' and 'Granskning under tiden: 10 oktober – 4
# november' (missiv/helsingborg-applet15-granskning): the end of the period that stage names
POINTED_STAGE = re.compile(
    r"\b(?:senast\s+)?(?:under|inom)\s+(?P<stage>gransknings|samråds|utställnings|remiss|kungörelse)tiden\b",
    re.IGNORECASE,
)
SCORE_POINTED_STAGE = 0.25  # only between periods, as SCORE_PRESENT_PERIOD
# (kalla35) views kept 'för att inte rätten att överklaga skall kunna gå förlorad' on a plan's page listing
# 'Samråd under tiden: 8 september – 29 september 2017' and 'granskning under tiden: 25 oktober – 15 november
# 2017' (missiv/helsingborg-edeforsen-granskning): the right to appeal is kept by views given by the end of
# the granskning (plan- och bygglagen 13 kap. 11 §), the stage the sentence points to without naming it
APPEAL_RIGHT = re.compile(r"\brätt(?:en|igheten)?\s+att\s+(?:\w+\s+)?överklaga", re.IGNORECASE)
# an answer due by a date without a deadline word: 'Senas den 24 april ska landsting och berörda kommuner
# yttra sig', 'Den 3 mars ska svaren ha kommit in'
MODAL_ANSWER = re.compile(
    r"\b(?:ska|skall|bör)\s+(?:[\wåäö]+\s+){0,5}?(?:yttra\s+sig|lämna\s+(?:in\s+)?(?:sina\s+|era\s+)?"
    r"(?:synpunkter|yttranden?|svar|åsikter)|svara\b|ha\s+(?:kommit\s+in|inkommit))",
    re.IGNORECASE,
)
# what to do by the date follows it: 'Möjligheter finns t o m 24 mars att lämna synpunkter på förslaget'
ANSWER_AFTER = re.compile(
    r"^\s*(?:på\s+(?:dig|er|sig)\s+)?(?:för\s+)?att\s+(?:lämna|skicka|inkomma|komma\s+in|yttra|svara|tycka)",
    re.IGNORECASE,
)
SCORE_ANSWER_AFTER = 1.5
SCORE_REPEATED = 0.5  # the same deadline told twice ('till och med 28 april 2023' … 'till och med 28 april')
# (missiv29: also 'Obligatorisk föranmälan senast måndag 7 november', a press conference's)
SIGN_UP = re.compile(r"\b(?:för)?anmäl(?:an|ningar|s|as|a)?\b|\b(?:för)?anmälningen\b", re.IGNORECASE)
SCORE_SIGN_UP = -1.0  # 'Anmälan till remissmötet görs … senast den 27 oktober' is no svarsdatum
# (missiv30) a sign-up or a meeting, and the sentence asks no views by the date ('För närvaro i
# konferenslokalen krävs anmälan till Eric Rönnols senast tisdag den 23 juni', a company's samråd meeting):
# no svarsdatum at all (with SCORE_SIGN_UP as low as an application's date, SCORE_APPLICATION); 'Anmälan och
# synpunkter lämnas senast …' asks views too
SCORE_MEETING_ONLY = -2.0
EXTENDED = re.compile(r"förläng|skjutits\s+upp|flyttats", re.IGNORECASE)
# 'Tiden för inlämnande av ansökningar … förlängs till 30.11.2024' (modeller/missiv.toml [frist_for_ansokan]):
# an application in one's own matter, no views on a proposal
SCORE_APPLICATION = -3.0
# (missiv31: also an EU act's date to be transposed by, 'ska de bestämmelser … som är nödvändiga för att följa
# direktivet vara antagna och offentliggjorda senast 23 september 2018', a regeringen.se article)
IN_FORCE = re.compile(
    r"träda\s+i\s+kraft|ikraftträd|vara\s+genomförd|ska\s+genomföras|införas|"
    r"vara\s+(?:antagna|antagen|antaget|införlivade?|införlivat)\s+och\s+offentliggjord",
    re.IGNORECASE,
)
SCORE_IN_FORCE = -2.0  # 'ska träda i kraft senast den 1 januari 2026' is when the change applies
# the sender's own answer onward ('Vi kommer att avge yttrande på denna remiss till Socialdepartementet senast
# 12 november'): an umbrella body forwarding a remiss to its members names its own deadline too; the members'
# is the one to answer by ('Vi tar därför tacksamt emot synpunkter … senast den 5 oktober')
OWN_ANSWER = re.compile(
    r"\bvi\s+(?:kommer\s+att\s+|ska\s+|skall\s+|avser\s+att\s+|planerar\s+att\s+)?"
    r"(?:avge|lämna|skicka|sända|ge\s+in)\w*\s+(?:\w+\s+){0,2}(?:yttrande|remissvar|svar)",
    re.IGNORECASE,
)
SCORE_OWN_ANSWER = -2.0
MONTHS = r"(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)"
# a member consultation's own deadline without a day ('Synpunkter bör du skicka till oss senast i mitten
# augusti för att vi ska kunna … göra en skrivelse till Borgholms kommun'): the dates the text names are the
# remitting body's route ('fram till den 3 september'), not the members' deadline, which is none
VAGUE_OWN_DEADLINE = re.compile(
    r"\btill\s+oss\s+senast\s+(?:i\s+)?(?:mitten|början|slutet)\s+(?:av\s+|på\s+)?" + MONTHS + r"\b",
    re.IGNORECASE,
)
# '… senast 1 oktober 2018. Remisstiden …'; not an abbreviation ('enligt Miljöbalken 15 kap. 42-44§§')
# (missiv30: nor 't.o.m.'/'fr.o.m.' before the date, 'Remissen är öppen t.o.m. 15 mars')
SENTENCE_END = re.compile(
    r"(?<![0-9])(?<!\bkap)(?<!\bjfr)(?<!\bnr)(?<!\btel)(?<!o\.m)[.!?]\s|(?<=\d{4})[.!?]\s"
)
SCORE_NO_ANSWER = -1.0  # 'Arbetet ska redovisas av länsstyrelserna senast 1 oktober 2018'
# (missiv31) the date an assignment or an inquiry reports by, in a sentence without a word of answers:
# 'Uppdraget ska redovisas senast den 31 januari 2025', 'Utredningen ska redovisa sitt slutbetänkande
# senast …', 'Senast den 7 november 2025 ska myndigheten börja lansera stödmaterial och redovisa en plan till
# Regeringskansliet' (regeringen.se press releases on its assignments): when the work is due, no svarsdatum
ASSIGNMENT_REPORT = re.compile(
    r"\b(?:ska|skall)\s+(?:[\wåäö]+\s+){0,6}?(?:slut|del)?(?:redovisa|rapportera)s?\b"
    r"|\b(?:uppdrag(?:et)?|arbetet|utredningen)\s+(?:ska|skall)\s+(?:vara\s+)?(?:slut|del)?(?:redovisa|rapportera)"
    r"(?:s|t|d)?\b",
    re.IGNORECASE,
)
SCORE_ASSIGNMENT = -1.0
SCORE_EXTENDED = 1.0  # 'Remisstiden har förlängts till 18 maj' beats the first 'går ut den 11 maj'
# (varld44) a deadline told as passed ('Svarstiden gick ut: 15.8.2023', 'Sista dag att svara på remissen var
# den …') is still the remiss's when it is the only one (3 − 1.25 ≥ MIN_SCORE), but any deadline phrase the
# text asks by now beats it, also one whose sentence lacks an answer word (3 − 1: 'Finansministeriet begär ert
# utlåtande … senast den 28 augusti 2023' under the portal's label 'Svarstiden gick ut: 15.8.2023')
PAST_DEADLINE = re.compile(r"\b(?:gick|löpte)\s+ut\b|\b(?:varade|var)\b", re.IGNORECASE)
SCORE_PAST_DEADLINE = -1.25
SCORE_DEADLINE_PHRASE = 3.0
SCORE_ANSWER_SENTENCE = 1.5
SCORE_PLAUSIBLE = 1.0
# a date given with its weekday, and the weekday is that date's ('ska senast måndagen den 24 januari 2022 ha
# inkommit' under the heading 'Svara skriftligt senast 23 januari 2022', a Sunday): the writer checked it
SCORE_WEEKDAY = 0.5
SCORE_NOT_DEADLINE = -2.0
MIN_SCORE = 1.5
MAX_MONTHS_AHEAD = 18


@dataclass(frozen=True)
class Kandidat:
    """A date the missiv names: value, score, why, and where (offset into the joined text)."""

    value: date
    score: float
    skal: tuple[str, ...]
    offset: int


def find_svarsdatum(
    text: Text, *, default_year: int | None = None, datum: date | None = None
) -> tuple[Found | None, list[str]]:
    """Given the joined text (and the missiv's date), return the deadline and warnings."""
    vague = VAGUE_OWN_DEADLINE.search(text.joined)
    if vague:  # the sender's own deadline has no day: the text's dates are another route's
        return None, [f"Avsändaren vill ha svaren {vague.group(0)!r}, utan datum: fyll i svarsdatum."]
    candidates = kandidater(text.joined, datum=datum, default_year=default_year)
    for candidate in candidates if forklara.aktiv() else ():
        why = "; ".join(candidate.skal) or "inget svarsord vid datumet"
        forklara.kandidat("svarsdatum", candidate.value.isoformat(), why, text.line_at(candidate.offset),
                          poang=candidate.score)
    best = [c for c in candidates if c.score >= MIN_SCORE]
    if not best:
        return None, []
    best.sort(key=lambda c: (-c.score, c.offset))
    winner = best[0]
    warnings = []
    rivals = sorted({c.value.isoformat() for c in best if c.score >= SCORE_DEADLINE_PHRASE})
    if len(rivals) > 1:
        warnings.append(
            f"Missivet nämner flera svarsdatum ({', '.join(rivals)}); {winner.value.isoformat()} används."
        )
    why = f"högst poäng ({winner.score:g}) av datumen med minst {MIN_SCORE:g}; vid lika poäng det första"
    return Found(winner.value.isoformat(), text.line_at(winner.offset), why.replace(".", ",")), warnings


def kandidater(joined: str, *, datum: date | None = None, default_year: int | None = None) -> list[Kandidat]:
    """Given the joined text of a missiv, return every date in it as a scored svarsdatum candidate."""
    folded = fastsearch.fold(joined)
    phrases = fastsearch.finditer(DEADLINE, folded)
    deadline_ends = {_date_start(joined, m.end()): m.start() for m in phrases}
    matches = date_matches(joined)  # one pass over the text for both loops
    full_dates = [parse_match(m) for m in matches]
    # a file's date in its link ('Granskning översiktsplan, 2022-05-19 (pdf) Pdf, 17.7 MB') is the file's,
    # not the page's own: no year for a deadline without one
    # neither is a decision's date in a list of them ('2015-11-26 (KF § 121)'): when the plan was decided on
    # nor is the day a proposal takes effect ('… ska träda i kraft den 1 januari 2018'): a date ahead, not the
    # page's (missiv30; README, Facit: the year comes from the document's own date)
    given = [(m, d) for m, d in zip(matches, full_dates, strict=True)
             if d is not None and d.year_given and not FILE_LINK_AFTER.match(joined, m.end())
             and not DECISION_REFERENCE.match(joined[m.end() : m.end() + 30].lstrip())
             and not _takes_effect(joined, m.start(), m.end())]
    known = [d.value for _, d in given]
    month_first = _month_first(joined)
    known += month_first
    # a page without its own date whose full dates are all its meetings' ('årsmöte den 25 mars 2017',
    # 'onsdagen den 1 februari 2017 kl 18.30'): those days give no year to a deadline without one (README,
    # Facit: the year comes from the document's own date)
    events_only = (datum is None and bool(given) and not month_first
                   and all(_meeting_date(joined, m) for m, _ in given))
    # (nor the month a piece of work began, 'Sedan april 2019 har arbetet … varit igång': missiv33,
    # missiv/regionuppsala-rus-ute-pa-remiss)
    known = known or [d for start, end, d in _months_named(joined)
                      if not _takes_effect(joined, start, end)
                      and not SINCE.search(joined[max(0, start - 12) : start])]
    known = known or _dnr_year(joined)
    reference_known = [] if events_only else known
    # (the first match of each, by fastsearch: most texts lack 'tiden' and 'överklaga', and `re` would try
    # the patterns at every character; 'stage' is read in lower case)
    pointed = next(fastsearch.finditer(POINTED_STAGE, folded), None)
    stage = pointed.group("stage").lower().removesuffix("s")[:6] if pointed else None  # 'gransk', 'samråd'
    if stage is None and fastsearch.search(APPEAL_RIGHT, folded):
        stage = "gransk"
    out = []
    previous_end: int | None = None
    previous_start: int | None = None
    section_end: int | None = None
    # a weekday fixes a date's year ('söndag den 19 november'): the same day named elsewhere without it
    # ('samråd mellan 20 september och 19 november') is that day
    named_days = {(d.month, d.day): d for m in matches if _weekday_before(m)
                  if (d := _resolve(m, datum=datum, default_year=default_year, known=known,
                                    reference_known=reference_known)) is not None}
    # a period's first date ('mellan 8 februari och 1 mars 2023', 'från 6 november till 12 januari'): when the
    # answers are first welcome, never the deadline, which its end is
    starts = {first.start() for first, then in zip(matches, matches[1:], strict=False)
              if PERIOD_JOIN.match(joined[first.end() : then.start()])}
    for match in matches:
        if _section_number(joined, match, section_end):
            section_end = match.end()
            continue  # 'avsnitten 5.1, 5.3, 9.3, 9.4, 10.1 och 10.2' are no dates (nor a period's end)
        after_date = (previous_end is not None and PERIOD_JOIN.match(joined[previous_end : match.start()])) \
            or BARE_DAY_BEFORE.search(joined[max(0, match.start() - 8) : match.start()])
        prior_end, previous_end = previous_end, match.end()
        prior_start, previous_start = previous_start, match.start()
        value = _day_named(match, named_days) or _resolve(match, datum=datum, default_year=default_year,
                                                          known=known, reference_known=reference_known)
        if value is None:
            continue
        score, why, offset = 0.0, [], match.start()
        if match.start() in deadline_ends:
            offset = deadline_ends[match.start()]
            score += SCORE_DEADLINE_PHRASE
            why.append("svarsfras före datumet")
            if _sent_before(joined, offset, match.start()):
                score += SCORE_PAST_PERIOD
                why.append("en remiss eller ett samråd som skickades ut förut ('skickades på remiss till …')")
            if _finns(EXTENDED, joined[offset : match.start()]):
                score += SCORE_EXTENDED
                why.append("förlängt svarsdatum")
            if PAST_DEADLINE.search(joined[offset : match.start()]):
                score += SCORE_PAST_DEADLINE
                why.append("fristen berättad som passerad ('Svarstiden gick ut')")
            sentence = _sentence_around(joined, match.start())
            if _finns(OWN_ANSWER, sentence):
                score += SCORE_OWN_ANSWER
                why.append("avsändarens eget svar vidare ('Vi kommer att avge yttrande … senast')")
            if _finns(SIGN_UP, sentence):
                score += SCORE_SIGN_UP
                why.append("sista dag för anmälan, inte för svaret")
            if _mote_utan_synpunkter(sentence):
                score += SCORE_MEETING_ONLY
                why.append("en anmälan eller ett möte, och meningen ber inte om synpunkter")
            if _ansokan(sentence):
                score += SCORE_APPLICATION
                why.append("sista dag för ansökningar, inte för svar")
            if _inne_i_parentes(joined[offset : match.start()]):
                score -= SCORE_DEADLINE_PHRASE
                why.append("svarsordet står i en parentes som slutar före datumet")
            if _finns(IN_FORCE, sentence) and not _finns(ANSWER_WORDS, sentence):
                score += SCORE_IN_FORCE
                why.append("när förslaget ska gälla, inte när svaret ska in")
            elif not _finns(ANSWER_WORDS, sentence):
                score += SCORE_NO_ANSWER
                why.append("meningen handlar inte om svar ('redovisas senast', 'sändas in till regeringen')")
                if _finns(ASSIGNMENT_REPORT, sentence):
                    score += SCORE_ASSIGNMENT
                    why.append("när ett uppdrag eller en utredning ska redovisas, inte när svaret ska in")
        elif after_date and _finns(PERIOD_WORDS, _sentence_around(joined, match.start())):
            score += SCORE_PERIOD_END
            why.append(PERIOD_END_WHY)
            if _finns(PRESENT_PERIOD, _sentence_around(joined, match.start())):
                score += SCORE_PRESENT_PERIOD
                why.append("perioden pågår nu ('Granskningstiden pågår från … till och med …')")
            lead = _period_lead(joined, prior_start) if prior_start is not None else ""
            if stage and re.search(rf"\b{stage}", lead, re.IGNORECASE):
                score += SCORE_POINTED_STAGE
                why.append("perioden för skedet som svarsmeningen pekar ut ('senast under granskningstiden')")
        elif match.start() in starts:
            pass  # the period's first day (its end follows): no deadline however its sentence asks
        else:
            sentence = _sentence_before(joined, match.start())
            around = _sentence_around(joined, match.start())
            answer_or_period = _finns(ANSWER_WORDS, around) or _finns(PERIOD_WORDS, around)
            if answer_or_period and _finns(UNTIL_WORDS, sentence):
                score += SCORE_ANSWER_SENTENCE
                why.append("i en mening om svar, samråd eller utställning med 'fram till/före/senast'")
                if ANSWER_AFTER.match(joined[match.end() : match.end() + 40]):
                    score += SCORE_ANSWER_AFTER
                    why.append("följt av vad som ska göras till dess ('t o m 24 mars att lämna synpunkter')")
            elif _finns(MODAL_ANSWER, around):
                score += SCORE_ANSWER_SENTENCE
                why.append("i en mening om när svaret ska in ('ska … yttra sig')")
        past = score and match.start() not in deadline_ends
        if past and _past_step(joined, match.start()):
            score += SCORE_PAST_PERIOD
            why.append(PAST_PERIOD_WHY)
        if score and _finns(NOT_DEADLINE, _own_words(joined, match.start(), prior_end)):
            score += SCORE_NOT_DEADLINE
            why.append("står vid ett publicerings- eller beslutsdatum")
        if score and datum is not None:
            if datum <= value and _months(datum, value) <= MAX_MONTHS_AHEAD:
                score += SCORE_PLAUSIBLE
                why.append("rimligt efter missivets datum")
        weekday = _weekday_before(match)
        if score and weekday and WEEKDAYS.index(weekday.group("dag").lower()) == value.weekday():
            score += SCORE_WEEKDAY
            why.append("veckodagen före datumet stämmer ('måndagen den 24 januari 2022')")
        out.append(Kandidat(value=value, score=score, skal=tuple(why), offset=offset))
    return _repeated(out)


def _period_lead(joined: str, start: int) -> str:
    """Given the offset of a period's first date, return the words before it since the last year or sentence
    end ('Granskning under tiden:' before '10 oktober – 4 november 2016'): what the period is of."""
    return re.split(r"\d{4}|[.!?]\s", joined[max(0, start - 60) : start])[-1]


# (missiv29) the remiss or samråd sent until its date told in the past: 'Planen skickades på samråd till den 3
# mars', 'Förslaget låg på remiss till och med …'
SENT_UNTIL = re.compile(r"^på\s+(?:remiss|samråd|granskning|utställning)\s", re.IGNORECASE)
SENT_IN_PAST = re.compile(r"\b(?:skickades|sändes|gick|låg|var|varit|remitterades)\b", re.IGNORECASE)


def _sent_before(joined: str, offset: int, date_start: int) -> bool:
    """Return True when the deadline phrase at offset is a remiss sent until the date ('på remiss till den 1
    februari') in a sentence told in the past ('Planen skickades på samråd till den 3 mars')."""
    if SENT_UNTIL.match(joined[offset:date_start]) is None:
        return False
    return _finns(SENT_IN_PAST, _sentence_before(joined, offset))


def _past_step(joined: str, offset: int) -> bool:
    """Return True when the date at offset ends a step told in the past ('Planförslaget var på samråd mellan
    … till och med den 25 februari 2018'): its sentence has a past-tense step, and no present step stands
    between the last past one before the date and the date ('… var på samråd i våras och är nu ute på
    granskning till och med …' is the present step's)."""
    sentence = _sentence_around(joined, offset)
    if not _finns(PAST_PERIOD, sentence):
        return False
    before = _sentence_before(joined, offset)
    past = [m.end() for m in PAST_PERIOD.finditer(before)]
    return not past or PRESENT_STEP.search(before, past[-1]) is None


@lru_cache(maxsize=1)
def _meeting_words() -> re.Pattern[str]:
    """Return the pattern of a meeting's word before its date (modeller/missiv.toml [motesdatum] ord), also
    as the last part of a compound ('förbundsstämman', 'medlemsmötet')."""
    words = modell_toml("missiv.toml")["motesdatum"]["ord"]
    return re.compile(rf"\b\w*(?:{fraser(words)})\b[^.!?]{{0,60}}$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _ansokan_ord() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Return the patterns of an application's words and of the words asking for views (modeller/missiv.toml
    [frist_for_ansokan])."""
    table = modell_toml("missiv.toml")["frist_for_ansokan"]
    return (re.compile(rf"\b(?:{fraser(table['ord'])})\b", re.IGNORECASE),
            re.compile(rf"\b(?:{fraser(table['synpunktsord'])})\b", re.IGNORECASE))


def _ansokan(sentence: str) -> bool:
    """Return True when a deadline's sentence is about applications handed in and asks for no views
    ('Tiden för inlämnande av ansökningar … förlängs till 30.11.2024'): no svarsdatum."""
    ansokan, synpunkter = _ansokan_ord()
    return _finns(ansokan, sentence) and not _finns(synpunkter, sentence)


@lru_cache(maxsize=1)
def _mote_ord() -> re.Pattern[str]:
    """Return the pattern of a meeting's word anywhere in a sentence (modeller/missiv.toml [motesdatum] ord,
    also as the last part of a compound: 'samrådsmötet', 'informationsträffen')."""
    words = modell_toml("missiv.toml")["motesdatum"]["ord"]
    return re.compile(rf"\b\w*(?:{fraser(words)})\b", re.IGNORECASE)


def _mote_utan_synpunkter(sentence: str) -> bool:
    """Return True when a deadline's sentence is a sign-up (SIGN_UP) or speaks of a meeting and asks for no
    views ('… krävs anmälan till Eric Rönnols senast tisdag den 23 juni'): the date is the meeting's, no
    svarsdatum."""
    if not (_finns(SIGN_UP, sentence) or _finns(_mote_ord(), sentence)):
        return False
    return not _finns(_ansokan_ord()[1], sentence)


def _inne_i_parentes(span: str) -> bool:
    """Return True when a deadline phrase's answer word stands inside a parenthesis that closes before the
    date ('initiativärenden (ärenden som … håller på att besvaras) till och med den 16 mars 2020': the date
    belongs to the sentence's own verb, 'redovisar … till och med')."""
    stangd = span.find(")")
    return stangd >= 0 and "(" not in span[:stangd]


TIME_AFTER = re.compile(r"^\s*,?\s*(?:kl\.?|klockan)\s*\d", re.IGNORECASE)


def _meeting_date(joined: str, match: re.Match[str]) -> bool:
    """Given a full date in the text, return True when it is a meeting's: a time after it ('1 februari 2017 kl
    18.30') or a meeting's word before it in its sentence ('vid föreningens årsmöte den 25 mars 2017';
    modeller/missiv.toml [motesdatum])."""
    if TIME_AFTER.match(joined, match.end()):
        return True
    return _meeting_words().search(_sentence_before(joined, match.start())) is not None


FILE_LINK_AFTER = re.compile(r"\s*(?:\((?:pdf|docx?|word)\)|(?:pdf|docx?|word)\s*,\s*[\d.,]+\s*[km]b\b)",
                             re.IGNORECASE)


# numbered sections, not dates: 'avsnitten 5.1, 5.3, 9.3, 9.4, 10.1 och 10.2', 'kapitel 4.2'
SECTION_BEFORE = re.compile(r"(?:\b(?:avsnitt\w*|kapitl?\w*|kap\.?|punkt\w*|bilag\w*|tabell\w*|figur\w*)\s+|"
                            r"\d{1,2}\.\d{1,2}\s*,\s*)$", re.IGNORECASE)
SECTION_AFTER = re.compile(r"\s*,\s*\d{1,2}\.\d{1,2}(?![\d.]?\d)")


SECTION_JOIN = re.compile(r"\s*(?:,|och|samt|&)\s*$", re.IGNORECASE)


def _section_number(joined: str, match: re.Match[str], section_end: int | None) -> bool:
    """Return True for a 'd.m' without a year in a list of numbers ('5.1, 5.3 … och 10.2'), after a section
    word ('kapitel 4.2') or joined to a section number just before it."""
    if not match.group("num") or match.group("ny") or "." not in match.group("num"):
        return False
    if section_end is not None and SECTION_JOIN.match(joined[section_end : match.start()]):
        return True
    before = joined[max(0, match.start() - 20) : match.start()]
    return bool(SECTION_BEFORE.search(before) or SECTION_AFTER.match(joined, match.end()))


def _finns(pattern: re.Pattern[str], text: str) -> bool:
    """Return True when pattern (IGNORECASE) matches in text: its search, by fastsearch (mostly skipped
    where the sentence lacks its words), over the sentence's lower case made once for all the patterns."""
    return fastsearch.search(pattern, _folded(text))


@lru_cache(maxsize=16)
def _folded(text: str) -> fastsearch.Folded:
    """Return text folded for fastsearch (a date's sentence is searched for several patterns in turn)."""
    return fastsearch.fold(text)


def _repeated(candidates: list[Kandidat]) -> list[Kandidat]:
    """Given the candidates, return them with the ones told twice as a deadline raised a little."""
    told = [c.value for c in candidates if c.score >= SCORE_DEADLINE_PHRASE]
    return [
        Kandidat(c.value, c.score + SCORE_REPEATED, (*c.skal, "samma svarsdatum står två gånger"), c.offset)
        if c.score >= SCORE_DEADLINE_PHRASE and told.count(c.value) > 1 else c
        for c in candidates
    ]


def _date_start(joined: str, end: int) -> int:
    """Given the end of a deadline phrase, return where the date after it starts (past '**' and spaces)."""
    index = end
    while index < len(joined) and joined[index] in "* ":
        index += 1
    return index


@lru_cache(maxsize=64)  # a date's sentence is asked for up to five times while it is scored
def _sentence_before(joined: str, offset: int) -> str:
    """Given an offset, return the sentence text before it (back to the last full stop)."""
    before = joined[max(0, offset - 200) : offset]
    ends = fastsearch.matches(SENTENCE_END, before)  # what re.split(SENTENCE_END, before)[-1] gives
    return before[ends[-1].end() :] if ends else before


def _own_words(joined: str, offset: int, prior_end: int | None) -> str:
    """Given a date's offset, return the words just before it that are its own: its sentence's last 60
    characters after any date before it ('Publicerad den 15 juni 2024' on a line without a full stop, then
    'Fram till den 15 oktober 2024 kan alla …': the publication belongs to the first date)."""
    before = _sentence_before(joined, offset)[-60:]
    if prior_end is not None and offset - prior_end < len(before):
        before = before[len(before) - (offset - prior_end) :]
    return before


@lru_cache(maxsize=64)
def _sentence_around(joined: str, offset: int) -> str:
    """Given an offset, return the sentence it stands in."""
    after = joined[offset : offset + 200]
    ends = fastsearch.matches(SENTENCE_END, after)  # what re.split(SENTENCE_END, after)[0] gives
    after = after[: ends[0].start()] if ends else after
    return _sentence_before(joined, offset) + after


def _resolve(
    match: re.Match[str], *, datum: date | None, default_year: int | None, known: list[date],
    reference_known: list[date] | None = None,
) -> date | None:
    """Given a date match, return its date; a missing year is inferred from the missiv's context (the full
    dates of `reference_known`, by default `known`; a day the text names in full gives its year anyway)."""
    parsed = parse_match(match, default_year=2000)  # a leap year: 29 februari parses
    if parsed is None:
        return None
    if parsed.year_given:
        return parsed.value
    month, day = parsed.value.month, parsed.value.day
    same_day = [d for d in known if (d.month, d.day) == (month, day)]
    if same_day:
        return same_day[0]
    reference = datum or _reference(known if reference_known is None else reference_known)
    if reference is None:
        return _safe_date(default_year, month, day) if default_year else None
    guess = _year_guess(reference, datum, month, day)
    weekday = _weekday_before(match)
    if weekday is None or guess is None:
        return guess
    # 'Fram till söndag den 19 november' under a page dated 2024: the weekday names the year (2023)
    target = WEEKDAYS.index(weekday.group("dag").lower())
    if guess.weekday() == target:
        return guess
    named = [d for y in (guess.year - 1, guess.year + 1)
             if (d := _safe_date(y, month, day)) and d.weekday() == target]
    return named[0] if named else guess


WEEKDAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
# a weekday just before a date without a year: 'söndag den 19 november', 'fredagen den 3 december'
WEEKDAY_BEFORE = re.compile(r"\b(?P<dag>(?i:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag))(?i:en)?"
                            r"\s+(?i:den\s+)?$")


def _weekday_before(match: re.Match[str]) -> re.Match[str] | None:
    """Given a date match, return the weekday written just before it ('söndag den'), if any."""
    return WEEKDAY_BEFORE.search(match.string, max(0, match.start() - 16), match.start())


def _day_named(match: re.Match[str], named_days: dict[tuple[int, int], date]) -> date | None:
    """Given a date match and the days whose year a weekday fixed, return the match's day from them when it
    has no year of its own."""
    if not named_days:
        return None
    parsed = parse_match(match, default_year=2000)
    if parsed is None or parsed.year_given:
        return None
    return named_days.get((parsed.value.month, parsed.value.day))


def _year_guess(reference: date, datum: date | None, month: int, day: int) -> date | None:
    """Given a date without a year and the missiv's reference date, return the first such date on or after
    the reference (a date shortly before the earliest date the text names is in its year)."""
    if datum is None:  # the earliest date the text names may itself be a deadline: a date shortly before it
        near = _safe_date(reference.year, month, day)  # is in the same year ('senast 21/4' … '28 april 2023')
        if near is not None and 0 < (reference - near).days <= NEAR_DAYS:
            return near
    for year in (reference.year, reference.year + 1):
        value = _safe_date(year, month, day)
        if value is not None and value >= reference:
            return value
    return None


NEAR_DAYS = 30
# the year in a diarienummer ('Ange diarienummer RÖ 2023/4311'): the case was opened that year, a reference
# for a deadline without a year when the text names no full date
DNR_YEAR = re.compile(
    r"(?i:\b(?:dnr|diarienummer|diarienr|ärendenummer|beteckning))\b[\s:.]*(?:[A-ZÅÄÖ]{1,5}\s*)?"
    r"(?P<y>(?:19|20)\d{2})\s*[/-]\s*\d"
)


def _dnr_year(joined: str) -> list[date]:
    """Given a text without full dates, return the first of January of its diarienummer's year, if any."""
    match = DNR_YEAR.search(joined)
    return [date(int(match.group("y")), 1, 1)] if match else []


MONTH_YEAR = re.compile(
    rf"\b(?P<m>{MONTHS})\s+(?P<y>(?:19|20)\d{{2}})\b",
    re.IGNORECASE,
)


# a press service's date with the month first ('Pressmeddelande • Maj 05, 2015 11:40 CEST'): the notice's own
# date, a reference for a deadline without a year ('senast den 30 juni')
MONTH_FIRST = re.compile(
    r"\b(?P<m>januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec)\.?\s+(?P<d>[0-3]?\d),\s*(?P<y>(?:19|20)\d{2})\b",
    re.IGNORECASE,
)


# (the comma first, the digit before it looked behind: `re` skips to each comma, where '\d' first is tried at
# every character)
_DAY_COMMA_YEAR = re.compile(r",(?<=\d,)\s*(?:19|20)\d{2}\b")


def _month_first(joined: str) -> list[date]:
    """Given a text, return its month-first dates ('Maj 05, 2015')."""
    from remiss.dates import MANADER

    found: list[date] = []
    if not _DAY_COMMA_YEAR.search(joined):  # the cheap part first: '05, 2015' must stand somewhere
        return found
    for match in MONTH_FIRST.finditer(joined):
        value = _safe_date(int(match.group("y")), MANADER[match.group("m").lower()], int(match.group("d")))
        if value is not None:
            found.append(value)
    return found


SINCE = re.compile(r"\b(?:sedan|alltsedan)\s+$", re.IGNORECASE)  # the words right before a month's name


def _months_named(joined: str) -> list[tuple[int, int, date]]:
    """Given a text without full dates, return its 'mars 2021' mentions as first days of those months, each
    with where it stands (start, end)."""
    from remiss.dates import MANADER

    return [(m.start(), m.end(), date(int(m.group("y")), MANADER[m.group("m").lower()], 1))
            for m in MONTH_YEAR.finditer(joined)]


# the day a proposal takes effect, told just before or after the date: 'ska träda i kraft den 1 januari
# 2018', 'föreslås gälla från och med den 1 juli 2024', 'Ikraftträdande: 1 juli 2024', 'Den 1 juli 2025 träder
# lagen i kraft'
EFFECT_BEFORE = re.compile(
    r"(?:träda|träder|trätt)\s+i\s+kraft|ikraftträd\w*|(?:gälla|gäller)\s+(?:från|fr\.?\s?o\.?\s?m\.?)",
    re.IGNORECASE,
)
EFFECT_AFTER = re.compile(r"[^.!?]{0,40}?\b(?:träd\w*|trätt)\s+(?:\w+\s+){0,3}?i\s+kraft\b", re.IGNORECASE)


def _takes_effect(joined: str, start: int, end: int) -> bool:
    """Return True when the date at start…end is the day something takes effect (EFFECT_BEFORE in the 60
    characters of its sentence before it, or EFFECT_AFTER after it): no reference for a year."""
    before = _sentence_before(joined, start)[-60:]
    return _finns(EFFECT_BEFORE, before) or EFFECT_AFTER.match(joined, end) is not None


def _reference(known: list[date]) -> date | None:
    """Given the full dates in a text, return the earliest of the recent ones: the notice's own date."""
    if not known:
        return None
    latest = max(known)
    return min(d for d in known if (latest - d).days <= 730)


def _safe_date(year: int, month: int, day: int) -> date | None:
    """Return date(year, month, day), or None when it does not exist (29 februari)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _months(start: date, end: date) -> int:
    """Return the number of whole months from start to end."""
    return (end.year - start.year) * 12 + end.month - start.month
