"""Finding yttranden in a Handling: each title with its header, ending where the next document starts."""

from __future__ import annotations

import re
from dataclasses import replace

from remiss.clean import PAGE_NUMBER
from remiss.domain import Handling, Line
from remiss.extract.dnr import (
    AGARKOD,
    ATTACHMENT_OF,
    DNR_LABEL,
    DNR_PATTERN,
    DNR_RE,
    dnr_after_label,
    find_diarienummer_header,
    find_diarienummer_text,
    glued_at_break,
    head_row_dnr,
    split_klassificering,
    unglue_klass,
    utan_etikett_dnr,
)
from remiss.huvud import bara_etiketter, efter_mottagaretikett, forsta_mottagaretikett
from remiss.kontroll.signaler import (
    FINIT_VERB,
    MENINGSGRANS,
    _storre_stil,
    ar_remissvar,
    igenkanning,
    poang,
    utan_eposthuvud,
)
from remiss.kontroll.typer import Yttrandedel
from remiss.split import EGEN_YTTRANDETITEL, after_lead, fortsatter_meningen

TITEL = re.compile(
    r"^(?:yttrande(?:\s+över)?(?:\s+en)?\s+remiss(?:en)?\b"
    r"|svar\s+på\s+(?:en\s+)?remiss(?:en)?\b"
    r"|remissyttrande\b|remissvar\b"
    r"|(?:gransknings|samråds|utställnings)yttrande\s+över\s+\S"
    r"|yttrande\s+(?:över|avseende|angående|gällande|rörande|om|med\s+anledning\s+av)\s+\S|yttrande\s*[:–-]\s+\S"
    # a Finland-Swedish body's "Utlåtande om förslag till …", "Utlåtande över utkastet …": its yttrande
    r"|utlåtande\s+(?:över|om|avseende|angående|gällande|rörande)\s+\S"
    # addressed: "Yttrande till Vattenmyndigheten Bottenhavet om …", "Yttrande från Kristinehamns kommun till
    # vattenmyndigheten (om samråd …)": the receiver named (by its name, or after the sender's, then also on
    # the next line), the matter after it or on the next line; a delegation list's row ("Yttrande till
    # tingsrätt avseende god man") names a kind of receiver, no one
    r"|yttrande\s+(?:från\s+\S+(?:\s+\S+){0,3}?\s+till(?:\s+\S+)?|till\s+(?-i:[A-ZÅÄÖ])\S*)(?:\s+\S+){0,4}?"
    r"(?:\s+(?:om|över|angående|avseende|gällande|rörande)(?:\s+\S|\s*$)|(?<=\S)\s*$))",
    re.IGNORECASE,
)
# A transcript's title names the remitted matter first and the answer's kind and sender after it, the page
# title's two parts joined ("RUFS aktualitet och användbarhet Remissvar från Stockholm Nordost"): the kind
# capitalised mid-line (a headline's "Kritik i remissvar från …" is a sentence), near the top of the document
TITEL_EFTER_AMNE = re.compile(
    r"^\S.{2,150}?\s(?:[–-]\s+)?(?-i:Remissvar|Remissyttrande|Yttrande)\s+från\s+(?-i:[A-ZÅÄÖ])[\wåäö-]*"
    r"(?:\s+[\wåäö-]+){0,4}\s*$"
)
TITEL_EFTER_AMNE_BRUTEN = re.compile(r"^\S.{2,150}?\s(?-i:Remissvar|Remissyttrande|Yttrande)\s+från\s*$")
TOPP_TITEL = 15  # lines: where such a title stands (under the recipient's head)
# The diarienummer rules are those of remiss.extract.dnr (labels, forms, klassificering): one set for tolka
# and kontroll. "Er referens", "Ert dnr" (the recipient's) are no label there either.
# The dnr of the remiss (Regeringskansliet's form, Fi2016/02568/K), taken when the yttrande has no own one.
# The department's code may be written in capitals ("Ert dnr JU2015/3364/L6", "UD2018/12345/FMR");
# a kommun's "KS2015/123" is no department number. An older or retyped one may have a space after the code
# ("ert diarienummer Jo 2009/2619", Jordbruksdepartementet).
# (the colon for the slash, as a transcript or an older letter writes it: "SOU 2011:68; Fi2011:4348")
REMISS_FORM = re.compile(r"^(?:[A-ZÅÄÖ][a-zåäö]?|UD|JU|FI|FÖ|SB)\s?\d{4}[/:]\d{2,6}")
PARAGRAF = re.compile(r"^(?:§\s*\d+\b|Protokollsutdrag\b|PROTOKOLLSUTDRAG\b)")
DATUM_RAD = re.compile(r"(?:^|\S)Datum$|^Datum\b|^Sammanträdesdatum\b", re.IGNORECASE)
# A web page or letter may set its own Datum/Diarienummer fields just under the title ("Yttrande över …" /
# "Datum: 180830" / "Diarienummer: X18-90867" / "Till: Justitiedepartementet"): within these first lines
# after the title a Datum row is the yttrande's own head, not the next document's.
EGET_HUVUD_RADER = 3
# the letter's recipient in the head under the title ("Utlåtande om förslag till …" / "04.05.2009 kl. 13:07" /
# "Till: Miljöministeriet, PB 35, 00023 Statsrådet"): the title opens a letter, wherever it stands on the page
# (also after the date a transcript ran into the line: "04.05.2009 kl. 13:07 Till: Miljöministeriet, …")
MOTTAGARRAD = re.compile(
    r"^\s*(?:(?:\d{1,2}\.\d{1,2}\.(?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)(?:\s+kl\.?\s*\d{1,2}[:.]\d\d)?\s+)?"
    r"Till\s*:\s*(?-i:[A-ZÅÄÖ])",
    re.IGNORECASE,
)
# a table's label cell wrapped onto two lines, its value beside the first: "Kammarkollegiets 3.1-4573-2022"
# over "diarienummer:" (the sender's own number; "Departementets | N2022/00845" is the remiss's)
OMBRUTEN_ETIKETT = re.compile(r"(?:[A-ZÅÄÖ][\wåäö-]*s(?:\s*\|\s*|\s+))?(?P<varde>[\w.:/-]*\d[\w.:/-]*)")
DOKUMENTSTART = re.compile(
    r"^(?:MISSIV\b|Missiv$|§\s*\d+\b|Sammanträdesdatum\b|Protokollsutdrag\b|PROTOKOLL(?:SUTDRAG)?\b"
    r"|Justerandes\s+signatur|ANMÄLNINGSÄRENDEN\b|DELEGATIONSBESLUT\b|KALLELSE\b|TJÄNSTESKRIVELSE\b"
    r"|SKRIVELSE\b|Remissinstanser\s*:?$)"
)
HUVUDRAD = re.compile(
    r"^(?:Datum|Instans|Handläggare|Sida|SKRIVELSE|TJÄNSTESKRIVELSE|MISSIV|ANMÄLNINGSÄRENDEN|\d+\s*\(\d+\)"
    r"|\d{4}-\d{2}-\d{2}(?:\s*Instans)?|Dnr\b.*|Diarienummer\b.*|Sammanträdesdatum|[\d\s\-+()]{6,}|\S+@\S+"
    r"|.*\d\s*Datum|.*\b(?:TJÄNSTESKRIVELSE|SKRIVELSE|MISSIV)\b.*|.*\bSida\s*\d+\s*\(\s*\d+\s*\))\s*$"
)
UNDERSKRIFT = re.compile(
    r"^(?:(?:vice\s+)?ordförande|förvaltningschef|förvaltningsdirektör|nämndsekreterare|sekreterare"
    r"|kommundirektör|stadsdirektör|avdelningschef|enhetschef)(?:\s*\|?\s+(?:förvaltningschef|sekreterare"
    r"|förvaltningsdirektör))?\s*$",
    re.IGNORECASE,
)
AVSLUTANDE = re.compile(
    r"^(?:beslutsunderlag|samverkan|(?:beslutet\s+)?expedieras(?:\s+till)?|bilagor)\s*:?$", re.IGNORECASE
)
NAMN = re.compile(r"^[A-ZÅÄÖ][\wåäöéü\-]+(?:\s+[A-ZÅÄÖ][\wåäöéü\-]+){1,3}$")
ROLL = re.compile(
    r"^(?:Ordförande|Förvaltningschef|Handläggare|Nämndsekreterare|Sekreterare|Kommundirektör"
    r"|Stadsdirektör|Avdelningschef|Enhetschef)\b",
    re.IGNORECASE,
)
SIDFOT_ETIKETT = re.compile(
    r"^(?:Postadress|Besöksadress|Hemsida|Webbplats|E-post|Telefon|Fax|Org\.?\s*nr"
    r"|Organisationsnummer|Bankgiro)\b",
    re.IGNORECASE,
)
POSTNUMMER_I_TEXT = re.compile(r"\b\d{3}\s?\d{2}\s+[A-ZÅÄÖ][a-zåäö]+")
POSTNUMMER = re.compile(r"^(?:Box\s+\d+,?\s*)?\d{3}\s?\d{2}\s+[A-ZÅÄÖ]\w+$")
ORGANISATION = re.compile(r"(?:nämnden|styrelsen|förvaltningen|kansliet|Stad|kommun|AB)$")
RUBRIK_EFTER = re.compile(
    r"^(?:.{2,60}s\s+beslut|förslag\s+till\s+beslut|beslut|sammanfattning|ärendet"
    r"\s+sammanfattat|ärendet\s+i\s+sin\s+helhet)\s*:?$",
    re.IGNORECASE,
)
OPPEN_SLUT = re.compile(
    r"(?:\s(?:för|och|mot|i|av|om|till|med|på|över|vid|inom|samt|inför|kring|från)|[–:-])\s*$", re.IGNORECASE
)
ENSAM_TITEL = re.compile(r"^\s*(?:yttrande|remissyttrande)\s*$", re.IGNORECASE)
# The document's kind as the value of a header field ("Dokument:" / "Remissyttrande", "Handlingstyp:" /
# "Yttrande"): the letterhead's label and value, not the title (that follows under the head).
ENSAMT_SLAG = re.compile(r"^\s*(?:yttrande|remissyttrande|remissvar)\s*$", re.IGNORECASE)
HUVUDETIKETT_RAD = re.compile(r"^\s*[A-ZÅÄÖ][\wåäö-]{1,20}\s*:\s*$")
# "Remissvar 02 nov." / "Remissvar M2022/01389": the word as a label before a date or dnr, not a title
ETIKETT_TITEL = re.compile(r"^\s*(?:remissvar|remissyttrande|yttrande)\b\W*(?P<rest>.*)$", re.IGNORECASE)
# The word as a news page's category label closed by a full stop and run into the item's first sentence
# ("Remissvar. Förbundet Unga Rörelsehindrade har den 1 oktober 2021 lämnat in sitt remissvar …"): a label
# over a sentence with a finite verb, no title (the answer's own title may follow further down)
ETIKETT_MENING = re.compile(
    r"^\s*(?:remissvar|remissyttrande|yttrande)\s*\.\s+(?-i:[A-ZÅÄÖ])[\wåäö-]*(?:\s+\S+){0,8}?\s+"
    r"(?:har|hade|är|var|kan|ska|skall|bör|får|vill|[a-zåäö]{2,}(?:ade|ar|er))\b"
    # the heading run into the answer's first sentence, no stop between ('Remissvar Srf konsulterna
    # tillstyrker förslaget till förordning, men …', a transcript): the sender's stance, no title
    r"|^\s*(?:remissvar|remissyttrande|yttrande)\s+(?-i:[A-ZÅÄÖ])[\wåäö-]*(?:\s+\S+){0,6}?\s+"
    r"(?:tillstyrker|avstyrker|stödjer|stöder|välkomnar|instämmer\s+i|avstår\s+från|ställer\s+sig\s+(?:bakom|positiv|negativ))\b",
    re.IGNORECASE,
)
# A title word that also heads news items and pages of received answers ("Remissvar om …", "Remissvar")
NYHETSORD_TITEL = re.compile(r"^\s*(?:remissvar|remissyttrande)\b", re.IGNORECASE)
ORD = re.compile(r"[A-Za-zÅÄÖåäöÉé]{4,}")
# "Remissvar från 2016-10-10:", "Yttrande daterat den 3 maj 2021": the word and a date, a label too
ETIKETT_DATUM = re.compile(
    r"\b(?:från|daterat?|inkom(?:met|mit)?|den|av)\b|\d{1,4}(?:[-./]\d{1,2}){0,2}"
    r"|\b(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\b",
    re.IGNORECASE,
)
MIN_KROPP = 2  # a title followed by fewer words than this (to the end of the file) is a link, not a yttrande
# a line that introduces a link to the answer ("Läs det fullständiga remissvaret:", "Ladda ner hela yttrandet
# här:", "Här kan du läsa hela remissvaret"): the title under it is the link's text, with at most a subtitle
# after it (fewer words than LANK_KROPP), not the start of a yttrande; the page above it is the notice about
# the answer
LANKINLEDNING = re.compile(
    r"^\W*(?:läs|ladda\s+(?:ner|ned|hem)|hämta|ta\s+del\s+av|här\s+(?:kan\s+du\s+läsa|finns|hittar\s+du))\s+"
    r"(?:\S+\s+){0,3}?(?:remissvar|remissyttrande|yttrande|svar|skrivelse)\w*(?:\s+[^\s:]+){0,3}?\s*[:.]?\s*$",
    re.IGNORECASE,
)
LANK_KROPP = 40
TITEL_FORTSATTNING = re.compile(r"^(?:över|angående|avseende|gällande|rörande|remiss)\b", re.IGNORECASE)
FORTSATTNING = re.compile(r"^[a-zåäö(–-]")
# a case number the line break cut after its body's letters: the title's line ends in them ('… för
# rörelsehindrade – TSF') and the next line is the number's digits alone ('2013-161'), one title
BRUTET_NUMMERS_BOKSTAVER = re.compile(r"(?<![\w-])[A-ZÅÄÖ]{2,6}$")
BRUTET_NUMMERS_SIFFROR = re.compile(r"^(?:19|20)?\d\d[-/]\d{1,6}(?:[-/]\d{1,6})?[.,)]?$")
MAX_TITELRAD = 200
TOPPRADER = 8
MAX_HUVUDRAD = 60  # a header line under the title is short
# In body text a dnr label counts only at the start of its line (or after a protocol's "§ 139/2016").
DNR_ETIKETT_FORST = re.compile(
    r"^\(?(?:§\s*\d+(?:/\d{2,4})?\s+)?(?:dnr|diarienummer|diarienr|ärendenr|ärendenummer|ärendebeteckning"
    r"|vårt\s+(?:dnr|diarienummer|diarienr|ärendenummer|ärendenr)|vår\s+beteckning|vår\s+referens)\b"
    r"(?:/[a-zåäö]{2,8}\b)*\.?:?",  # Skatteverket's 'Dnr/målnr/löpnr:'
    re.IGNORECASE,
)
# In body text a label inside a heading line (no sentence), a few words into its clause: "…förskolor i.
# Remiss från kommunstyrelseförvaltningen dnr TKN 2018/35", also with its number cut onto the next line
# ("… dnr TKN" / "2018/35 Dnr M"). Another layout's line break would have let the label open the line; in a
# sentence ("…, se ärendenummer RR 2023-184.") it names another case.
DNR_ETIKETT_I_RAD = re.compile(
    r"(?<!\ber\s)(?<!\bert\s)(?<![\w-])(?:dnr|diarienummer|diarienr|ärendenr|ärendenummer)\b(?:/[a-zåäö]{2,8}\b)*"
    r"\.?:?",
    re.IGNORECASE,
)
# A number closing the title, after a comma or in brackets ("…, förvaltningsplan och miljökvalitetsnormer,
# dr. nr 537-5346-2014", "… om djurförsök m.m. (Dnr 31-5787/10)"): the number the title cites, however the
# title is wrapped (alone on the line under it in one layout, at the end of its last line in another).
# a title closed by its reference with the text run on after it on the same line ("… familjemål (Ds 2020:18)
# Utifrån de utgångspunkter …", a transcript's first paragraph joined to its title): the title ends there
TITEL_MED_TEXT = re.compile(r"\([^()]*?\b(?:19|20)\d\d(?:/\d\d)?:\d+\)(?=\s+[A-ZÅÄÖ][a-zåäö]+\s+[a-zåäö])")
TITELSLUT_DNR = re.compile(
    r"[,(]\s*(?:dnr|diarienummer|diarienr|ärendenr|ärendenummer|(?:d[a-zåäö]{0,5}\.?\s*)?nr)\.?:?\s*"
    r"(?P<rest>[^,()]{3,30}?)\)?[.\s]*$",
    re.IGNORECASE,
)
# the case's number closing the title after a dash, no label: the body's letters, the year and the running
# number ("… – TSF 2013-161", "… - KS 2020/123"), not a year span or a date ("– 2021-2024", "– 2024-03-15")
TITELSLUT_EFTER_STRECK = re.compile(
    r"\s[–—-]\s+(?P<rest>(?-i:[A-ZÅÄÖ]{2,6})[\s-]?(?:19|20)\d{2}[-/]\d{1,6})\s*$"
    # … or in a parenthesis closing the heading ('Ang. detaljplan för del av Berthåga kyrkogård, Uppsala
    # kommun (PBN 2023-000288)', an association's letter in a plan's samråd, prov22, ytt30)
    r"|\s\((?P<inom>(?-i:[A-ZÅÄÖ]{2,6})[\s-]?(?:19|20)\d{2}[-/]\d{1,6})\)\s*$"
    # (yttr42) … or as the heading's last sentence, the agency's letters before the diarium's ('… allmänna
    # handlingar (ArK). Ra-KS 2021/18.', Riksarkivet's number closing an answer's heading)
    r"|(?<=[.)])\s+(?P<punkt>(?-i:(?:[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{1,3}-)?[A-ZÅÄÖ]{2,6})[\s-]?(?:19|20)\d{2}[-/]\d{1,6})"
    r"\.?\s*$"
)
# a protocol paragraph opening its heading, its organ's abbreviation before it ("AU § 102 KS2008/0120-51",
# the head's fields a transcript ran into one line)
PARAGRAF_FORST = re.compile(r"^(?:[A-ZÅÄÖ]{2,5}\s+)?§\s*\d{1,4}\s+")
# The own dnr without a label, as kommuner write it over a joint answer: "Kommunstyrelsen 20/279
# Socialnämnden 20/084" (the organ, then its number).
ORGAN_DNR = re.compile(
    r"\b[A-ZÅÄÖ][\wåäö-]*(?:nämnden|styrelsen)\s+(?P<dnr>(?:[A-ZÅÄÖ]{2,6}\s)?\d{2,4}[/-]\d{2,6})(?![\w/]|-\d)"
    # "Äldre samt vård- och omsorgsnämnden N160-0080/23": Göteborg's form, a letter and the number's parts
    r"|(?:nämnden|styrelsen)\s+(?P<bokstav>[A-ZÅÄÖ]\d{2,4}-\d{3,5}/\d{2})(?![\w/])"
)
# "Beslut i detta ärende (LED 2016/365) har fattats av …": the answer's own number in its closing line.
ARENDE_DNR = re.compile(
    r"\b(?:detta|vårt)\s+ärende\s*\(\s*(?:dnr\.?:?\s*)?(?P<rest>[^)]{3,30})\)", re.IGNORECASE
)
# The remitted matter's number standing alone right after the opening sentence that names it, no label
# ("Föreningen Gamla Lund har tagit del av reviderat förslag till … detaljplan för Vipemöllan 38 m fl i Lund,
# Lunds kommun. PÄ 25/2012a, 1281K-P129.", an association's answer in a plan's samråd): the case it answers; a
# small letter after the number is the case's revision ('25/2012a').
OPPNINGENS_DNR = re.compile(
    r"\b(?i:förslag|detaljplan|planförslag|planprogram|översiktsplan|remiss|samrådshandling|granskningshandling)"
    r"\w*\b[^.]{0,200}?[\wåäö)](?<!\bprop)(?<!\bbet)(?<!\bdir)(?<!\bjfr)(?<!\bnr)\.\s+"
    # (the number ends at a comma, a full stop or a space: not a riksdag number's '2017/18:190')
    r"(?P<dnr>(?:" + DNR_PATTERN + r")(?-i:[a-z])?)(?=[,.;]?(?:\s|$))"
)
OPPNING = 500  # characters of the answer's text: its opening sentence and the number after it
# Any dnr label in the head, also inside brackets ("… om bokföring (Dnr 10-19)") and Finnish "Dnro", and a
# Finland-Swedish letter's "Hänvisning:" (its reference to the request answered, "Hänvisning: YM1/500/2009"):
# read only when the answer has no number of its own (then the remiss's number is the one it cites).
# (missiv41) also a court's case number, the mål the court asked the yttrande in ('Mål nr 300-2002' in the
# head, prov39/nou-migrationsverket-upphandling-yttrande: the number of the case it answers, as the remiss's)
HUVUD_ETIKETT = re.compile(
    r"(?<!\ber\s)(?<!\bert\s)\b(?:dnro|dnr|diarienummer|diarienr|ärendenummer)\b\.?:?|\bhänvisning\s*:"
    r"|\bmål\s*nr\b\.?:?|\bmålnummer\b:?",
    re.IGNORECASE,
)
# a header row read as one line holds more labels than the dnr's (Datum, Handläggare, Er referens …)
ANDRA_HUVUDETIKETTER = re.compile(r"\b(?:Datum|Handläggare|Ert\s+datum|Er\s+referens|Tel|Telefon)\b")
HUVUDBORJAN = 80  # a long paragraph's head labels open it ("REMISSYTTRANDE 1 (5) Datum Diarienr …")
HUVUDZON = 10  # lines from the yttrande's start where its head (and the remiss it answers) is named
MAX_ORD_FORE_ETIKETT = 6  # "Social- och hälsovårdsministeriet 9.3.2017, Dnro …": a head's label stands early
# a page counter and a date in a head flattened to one line are no words of a clause ("1 (2) Sveriges
# universitets- 2015-10-27 och högskoleförbund Dnr 0041-15")
HUVUDMOBEL = re.compile(r"\b\d{1,3}\s?\(\s?\d{1,3}\s?\)|\b(?:19|20)\d\d-\d\d-\d\d\b")
# "M2020/ 00750/ Me": a department number broken after its slashes (a PDF transcript), or with spaces
# around them ("Ku 2013 / 1232 /MFI", a docplayer transcript); the code and a year before the first slash,
# so that a count ("12 / 40") or a season ("2013 / 14") is never one; a whole one ("Jo 2006/66") is kept
BRUTEN_DEPARTEMENTSDNR = re.compile(
    r"\b([A-ZÅÄÖ][a-zåäö]?\s?(?:19|20)\d{2})(?:\s+/\s*|/\s+)(\d{2,6})(?:\s*/\s*([A-ZÅÄÖ][\wåäö]{0,5}))?\b"
)
# the same number cut by the line break after its first slash ("… Ref: Ku 2013 /" / "1232 /MFI", a landscape
# page's long line), and the rest that opens the next line
BRUTEN_VID_RADSLUT = re.compile(r"\b[A-ZÅÄÖ][a-zåäö]?\s?(?:19|20)\d{2}\s*/\s*$")
NUMMER_FORST = re.compile(r"^\s*\d{2,6}(?:\s*/\s*[A-ZÅÄÖ][\wåäö]{0,5})?\b")
# (robust29) a label and a unit's code at a line's end, the number opening the next line ("… från
# kommunstyrelseförvaltningen dnr TKN" / "2018/35 Dnr M", a transcript that kept the source's lines)
KOD_VID_RADSLUT = re.compile(r"\b(?i:dnr|diarienummer|diarienr|ärendenr)[:.]?\s+[A-ZÅÄÖ]{2,6}\s*$")
KODENS_NUMMER = re.compile(r"^\s*(?:19|20)\d{2}[/-]\d{1,6}(?:[/-]\d{1,4})?\b")
# the same number cut inside its serial, in a narrow cell of a header table ("YTTRANDE 2009-05-19 Ku2009/24" /
# "1/KV"): the next line opens with the serial's rest and the unit's code
BRUTEN_I_LOPNUMRET = re.compile(r"\b[A-ZÅÄÖ][a-zåäö]?\s?(?:19|20)\d{2}/\d{1,5}$")
LOPNUMRETS_REST = re.compile(r"^\s*\d{1,5}/[A-ZÅÄÖ][\wåäö]{0,5}\b")
# "Diarienummer N135- 0509/17": a number broken after its hyphen (a transcript's line break), after a label
# or alone on its line (the header table's cell)
BRUTET_BINDESTRECK = re.compile(
    r"((?:\b(?:dnr|diarienummer|diarienr|ärendenr)[:.]?\s+|^\s*)(?:[A-ZÅÄÖ]{1,6}\s?)?[A-ZÅÄÖ]{0,4}\d{1,6})"
    r"- (\d)",
    re.IGNORECASE,
)
# (robust30) the same number broken at its hyphen by the line break ("… (Ju2008/4277/L2) Dnr 801-" /
# "13764-08/112 2008-09-04", a Word letter saved as PDF), and the rest that opens the next line
BINDESTRECK_VID_RADSLUT = re.compile(
    r"(?:\b(?:dnr|diarienummer|diarienr|ärendenr)[:.]?\s+|^\s*)(?:[A-ZÅÄÖ]{1,6}\s?)?[A-ZÅÄÖ]{0,4}\d{1,6}-$",
    re.IGNORECASE,
)
BINDESTRECKETS_REST = re.compile(r"^\s*\d{1,6}(?:[-/]\d{1,6})*(?:/[A-ZÅÄÖ][\wåäö]{0,5})?\b")
# A file with no recognised yttrande is checked as one when it is this short (pages) and this long (words):
# a single letter or web page, not a meeting package or a report
MAX_SIDOR_HELHET = 12
MIN_ORD_HELHET = 40
# what an answer refers to: the remiss, the report or memo remitted, the answer itself; a budget or an
# agenda says none of these. A Finnish body's "Utlåtande över utkastet till …", an association's
# "Synpunkter om fågellivet angående … tillståndsansökan" name it in their own words.
SVARAR_PA = re.compile(
    r"\b(?:remiss|yttra|yttrande|betänkande|promemoria|SOU\s+\d{4}|Ds\s+\d{4}"
    r"|synpunkter\s+(?:på|om|över|angående|avseende|gällande)|utlåtande\s+(?:över|om|angående|gällande)"
    r"|utkast(?:et)?\s+till|tillståndsansökan|ansökan\s+om\s+tillstånd"
    r"|besvara\s+(?:\w+\s+)?förslag|förslaget\s+(?:till|om)\b|\w+s\s+förslag\s+(?:till|om|på)\b)",
    re.IGNORECASE,
)
# A line starting "Svar på remissen ska lämnas …" is a sentence in a missiv, not a title.
MENING = re.compile(
    r"\b(?:senast|lämnas|skickas|sänds|inkomma|inkommit|önskas|(?:ska|skall|bör)\s+(?:vara|ha|lämnas|skickas"
    r"|sändas|inkomma|komma|innehålla))\b",
    re.IGNORECASE,
)


def find_yttranden(handling: Handling) -> list[Yttrandedel]:
    """Given a Handling, return each yttrande in it found by its title, with its lines, title and dnr.

    Yttranden are found by their title ("Yttrande över …", "Remissvar …") in context. A document without
    one may still be a remissvar as a whole: see `find_remissvar`.
    """
    lines = handling.lines
    starts = _title_starts(lines)
    found = []
    floor = 0
    for number, index in enumerate(starts):
        limit = starts[number + 1] if number + 1 < len(starts) else len(lines)
        start = _header_start(lines, index, floor)
        end = _document_end(lines, index + _title_rows(lines, index), limit)
        if _bar_titel(lines, index) and not ar_remissvar(lines[start:end]):
            continue  # "Remissvar om …" over a news item or a page of received answers: no yttrande
        if NYHETSORD_TITEL.match(lines[index].text) and poang(lines[start:end])[0] < 0:
            continue  # "Remissyttrande" over a page on the remiss system ("Regeringsformen 7:2"): no yttrande
        if _i_beslutslista(lines, index):
            continue  # "Utlåtande om …" as one item of a page on a meeting's decisions: no yttrande
        header = [line for line in lines[max(floor, index - 15) : index] if line.page == lines[index].page]
        before = lines[:start] if number == 0 else []
        ovanfor = [line for line in before[-HUVUDZON:] if line.page == lines[index].page]
        found.append(replace(_make_del(lines, start, index, end, header=header, before=before),
                             ovanfor=tuple(ovanfor)))
        floor = end
    return found


# A page reporting a meeting's decisions announces its items in a lead sentence ("Kimitoöns kommunstyrelse
# beslutade på sitt möte måndagen den 12 februari om bland annat följande ärenden:"): a title under it
# ("Utlåtande om behov av miljökonsekvensbedömning, …") heads one item of the list, not a document
BESLUTSLISTA = re.compile(
    r"\b(?:beslutade|beslöt|behandlade|fattade\s+beslut)\b[^.]{0,160}?\b(?:bland\s+annat\s+)?"
    r"(?:följande|nedanstående)\s+(?:ärenden|beslut|frågor)\s*:",
    re.IGNORECASE,
)
BESLUTSLISTA_RADER = 40  # lines above a title within which the lead sentence announces the list


def _i_beslutslista(lines: list[Line], index: int) -> bool:
    """Return True when a lead sentence above the title on its page announces a list of a meeting's
    decisions (BESLUTSLISTA): the title heads an item of that list."""
    page = lines[index].page
    above = [line.text for line in lines[max(0, index - BESLUTSLISTA_RADER) : index] if line.page == page]
    return BESLUTSLISTA.search(" ".join(above)) is not None


# A web page listing the body's answers one after another ("Här publicerar vi SPV:s remissvar": "Yttrande över
# betänkandet …" / "Till Arbetsmarknadsdepartementet" / two sentences / "Datum:", "Vår beteckning:" / a link
# to the pdf, then the next): at least this many titled parts, in a file of at most this many pages, and a
# part in the middle of them no longer than this many words. A meeting package's yttranden run a page or more.
FORTECKNING_MINST = 3
FORTECKNING_SIDOR = 3
FORTECKNING_ORD = 100


def forteckning(yttranden: list[Yttrandedel], sidor: int) -> bool:
    """Return True when the yttranden found by their titles are a list of short answers on a page or two:
    each a few lines, one after another (a förteckning, no yttrande of its own)."""
    if len(yttranden) < FORTECKNING_MINST or sidor > FORTECKNING_SIDOR:
        return False
    ord_ = sorted(sum(len(line.text.split()) for line in y.innehall) for y in yttranden)
    return ord_[len(ord_) // 2] <= FORTECKNING_ORD


def hela_som_yttrande(handling: Handling) -> Yttrandedel | None:
    """Given a Handling in which no yttrande was recognised, return the whole of it as one yttrande to check
    anyway, or None when it cannot be one: longer than MAX_SIDOR_HELHET pages (a package, a report), too
    few words, or a missiv (a remiss is not its own answer).

    The user asked to check this file: a yttrande without a title and with few remissvar cues (an agency's
    letter, a transcript, a private letter in a länsstyrelse's case headed by its number) is still checked,
    and the report says it was not recognised.
    """
    from remiss.split import split_documents

    lines = handling.lines
    if not lines or len(handling.pages) > MAX_SIDOR_HELHET:
        return None
    if sum(len(line.text.split()) for line in lines) < MIN_ORD_HELHET:
        return None
    if not any(SVARAR_PA.search(line.text) for line in lines) and not utan_etikett_dnr(lines[:HUVUDZON]):
        return None  # an answer names what it answers: a remiss, a betänkande, a promemoria, or the case by
        # the authority's number over a letter ("551-42517-2013 Hedared … Hedared 2015-10-18")
    if any(part.dokumenttyp == "missiv" for part in split_documents(handling)):
        return None
    return _som_helhet(lines)


def find_remissvar(handling: Handling) -> Yttrandedel | None:
    """Given a Handling with no yttrande title, return it as one yttrande if its cues make it a remissvar.

    A web page titled by the remitted matter, an agency letter headed "REMISSVAR", a tjänsteskrivelse or
    PM titled by the remiss, a kanslisvar, a protokollsutdrag on its own: by its cues (`signaler`, weights
    in modeller/yttrandesignaler.jsonl) and its structure (`struktur`, modeller/yttrandestruktur.jsonl).
    None when both fall short (a missiv, a budget) or the text reports others' answers (a news item). The
    reasons go with the yttrande (`igenkanning`), for the report.
    """
    lines = handling.lines
    if not lines:
        return None
    skal = igenkanning(lines)
    if not skal.ar_remissvar:
        return None
    return replace(_som_helhet(lines), igenkanning=skal.forklaring())


def _som_helhet(lines: list[Line]) -> Yttrandedel:
    """Given a whole document's lines, return them as one yttrande titled by its first line with words."""
    index, har_titel = _document_title(lines)
    whole = _make_del(lines, 0, index, len(lines))
    # a document opening with a paragraph (a docplayer transcript, a web notice's first sentence in one
    # Word paragraph) has no title: its first line is text to read, not a heading to skip
    return whole if har_titel else replace(whole, titelrader=0)


def _title_starts(lines: list[Line]) -> list[int]:
    """Return the indexes of yttrande titles, without a later line repeating a title (a link to the PDF)."""
    starts: list[int] = []
    for index in range(len(lines)):
        if not _is_title(lines, index):
            continue
        text = _key(lines[index].text)
        repeated = any(text.startswith(_key(lines[i].text)) for i in starts)
        if repeated and not _page_top(lines, index) and not _header_before(lines, index):
            continue  # "Yttrande över … Pdf, 608.8 kB." at the end of a web page
        if starts and _same_header(lines, starts[-1], index):
            starts.pop()  # "REMISSYTTRANDE 1 (37) Datum …" over "Remissyttrande över betänkandet …"
        elif starts and _rad_i_dokumentet(lines, starts[-1], index):
            continue  # "Remissvar till Utbildningsdepartementet (U2023/02898)" in the body under the title
        starts.append(index)
    if starts and (_words_after(lines, starts[-1]) < MIN_KROPP or _lankad_titel(lines, starts[-1])):
        starts.pop()  # "Remissvar på … " as the last line of a web page: a link to the PDF, no yttrande
    return starts


def _lankad_titel(lines: list[Line], index: int) -> bool:
    """Return True for a title under a line introducing a link to the answer (LANKINLEDNING) with few words
    after it: "Läs det fullständiga remissvaret:" / "Remissvar avseende SOU 2022:58" / "• Bättre …"."""
    return (index > 0 and LANKINLEDNING.match(lines[index - 1].text.strip()) is not None
            and _words_after(lines, index) < LANK_KROPP)


PROSA_MIN = 80  # characters: a line of running text, not an agenda item or a header field


def _prosa_efter(lines: list[Line], index: int) -> bool:
    """Return True when running text follows the title within a few lines (a sentence with a full stop)."""
    efter = lines[index + 1 : index + 5]
    return any(len(line.text.strip()) >= PROSA_MIN and "." in line.text for line in efter)


def _rad_i_dokumentet(lines: list[Line], first: int, index: int) -> bool:
    """Return True when the title at `index` is a line of the document titled at `first`: on the same page,
    set in the body's size under a title set larger, with no header (Dnr, Datum) of its own above it."""
    return (
        lines[first].page == lines[index].page
        and _storre_stil(lines[first], lines)
        and not _storre_stil(lines[index], lines)
        and not _header_before(lines, index)
    )


# a letter head's line as long as a wide column sets it ('Handläggare, direkttelefon Ert datum Er beteckning
# Lars Jakobsson, +46104784925 2015-04-20 AO Sjögeografi' is 105 characters at 10 pt on A4, more in landscape)
HUVUDRAD_MAX = 160


def _same_header(lines: list[Line], first: int, index: int) -> bool:
    """Return True when the title at `index` follows the one at `first` within the same letter head.

    Only a few short header lines (address, handläggare, e-mail; no sentence) stand between them on the page.
    """
    between = lines[first + _title_rows(lines, first) : index]
    return (
        len(between) <= TOPPRADER
        and lines[first].page == lines[index].page
        and all(len(line.text.strip()) <= HUVUDRAD_MAX and not line.text.rstrip().endswith(".")
                for line in between)
    )


def _words_after(lines: list[Line], index: int) -> int:
    """Return how many words stand after the title at `index` to the end of the lines (page counters not, nor
    a footer's small print: the sender's name under a printed page's closing link)."""
    from remiss.layout import body_size

    after = lines[index + _title_rows(lines, index) :]
    liten = body_size(lines) * 0.85
    return sum(len(line.text.split()) for line in after
               if not PAGE_NUMBER.match(line.text.strip()) and not 0 < line.size < liten)


def _key(text: str) -> str:
    """Return a title's words, lower case, for comparing titles."""
    return " ".join(re.findall(r"\w+", text.lower()))


def _page_top(lines: list[Line], index: int) -> bool:
    """Return True when line `index` is among the first lines of a later page (a title opening a page)."""
    page = lines[index].page
    above = sum(1 for line in lines[max(0, index - TOPPRADER) : index] if line.page == page)
    return page > 1 and above < TOPPRADER


def _header_before(lines: list[Line], index: int) -> bool:
    """Return True when a Dnr or Datum line stands in the 12 lines above line `index`."""
    above = lines[max(0, index - 12) : index]
    return any(DNR_LABEL.search(line.text) or DATUM_RAD.search(line.text) for line in above)


def _bar_titel(lines: list[Line], index: int) -> bool:
    """Return True for a "Remissvar …" title with nothing of a yttrande around it: no header, heading or dnr.

    Such a title ("Remissvar om framtidens regionala utvecklingspolitik" over a news item, "Remissvar" over
    a link to the received answers) makes a yttrande only when the text's cues agree (`signaler`).
    "Yttrande över …" and "Svar på remiss …" name the document itself and need no more.
    """
    if not NYHETSORD_TITEL.match(lines[index].text):
        return False
    after = lines[index + 1 : index + 10]
    return not (
        _header_before(lines, index)
        or any(RUBRIK_EFTER.match(line.text) for line in after)
        or any(DNR_LABEL.search(line.text) for line in lines[index : index + 3])
        or _page_top(lines, index)
        or _senare_sidas_huvud(lines, index)
    )


# a later page's counter in the line above a title, as a transcript keeps a page's head in the text
# ("SAMMANTRÄDESPROTOKOLL 2 (20)" / "§ 28 KS 2012/172" / "Remissvar Trafikverkets kapacitetsutredning")
SENARE_SIDRAKNARE = re.compile(r"(?<![\d(])(?:[2-9]|\d{2,3})\s?\(\s?\d{1,3}\s?\)\s*$")


def _senare_sidas_huvud(lines: list[Line], index: int) -> bool:
    """Return True when one of the three lines above line `index` ends with a later page's counter: a page
    begins there, in a transcript whose page breaks are gone (as `_page_top` in a laid-out PDF)."""
    return any(SENARE_SIDRAKNARE.search(line.text) for line in lines[max(0, index - 3) : index])


def _document_title(lines: list[Line]) -> tuple[int, bool]:
    """Return the index of a whole document's title (its first line with words, not a header line), and
    False when the document opens with a paragraph instead (no title: the first line is text)."""
    for index, line in enumerate(lines[:TOPPRADER * 2]):
        text = line.text.strip()
        # a PDF breaks the paragraph a Word file has on one line: a first line of prose (eight words and more)
        # whose paragraph ends a sentence ('… avstyrker bestämt utredningens förslag om att införa ett' / …)
        stycke = _stycke(lines, index) if len(text.split()) >= 8 and "|" not in text else ""
        if len(text) > MAX_TITELRAD or (len(text) > MAX_HUVUDRAD and text.endswith(".")) or (
                len(stycke) > MAX_HUVUDRAD and stycke.endswith(".")):
            # the answer's first sentence or a transcript's whole paragraph: the title, if any, stood
            # above it (a signature is none)
            return 0, index > 0
        if (
            len(re.findall(r"[A-Za-zÅÄÖåäö]{2,}", text)) >= 2
            and not HUVUDRAD.match(text)
            and not DNR_ETIKETT_FORST.match(text)  # "Dnr 2022-00059", not "Remiss … (Dnr 31-5787/10)"
            and "|" not in text
        ):
            return index, True
    return 0, True


STYCKE_MAX = 12  # lines read as one paragraph at most


def _stycke(lines: list[Line], index: int) -> str:
    """Return the running paragraph that line `index` opens in a PDF: the lines under it in the same size and
    weight, set tight (no paragraph gap), joined; "" when the line stands alone (a heading, a Word line)."""
    from remiss.kontroll.stallning import mid_sentence
    from remiss.kontroll.struktur import STYCKESLUCKA

    first = lines[index]
    if first.top is None and not first.bold:  # a Word paragraph goes on in the next where its sentence does
        word = [first]  # (a PDF's lines pasted as paragraphs: '… om att införa' / 'ett etableringsstopp …')
        for line in lines[index + 1 : index + STYCKE_MAX]:
            if not mid_sentence(word[-1], line):
                break
            word.append(line)
        return " ".join(line.text.strip() for line in word) if len(word) > 1 else ""
    if first.bold or first.top is None or first.bottom is None or first.bottom <= first.top:
        return ""
    hojd = first.bottom - first.top
    rader = [first]
    for line in lines[index + 1 : index + STYCKE_MAX]:
        forra = rader[-1]
        if (line.page != forra.page or line.bold or line.top is None or abs(line.size - first.size) > 0.5
                or line.top - (forra.bottom or forra.top or 0.0) > STYCKESLUCKA * hojd):
            break
        rader.append(line)
    return " ".join(line.text.strip() for line in rader) if len(rader) > 1 else ""


def _mening_fore(text: str) -> bool:
    """Return True when a sentence ends before 'Yttrande/Remissvar från …' on the line: the words close a
    paragraph a transcript ran on ('Handlingar Stadsledningskontorets tjänsteutlåtande den 18 november 2024.
    Yttrande från SD den 10'), no subject of a title."""
    slag = re.search(r"(?-i:Remissvar|Remissyttrande|Yttrande)\s+från\b", text)
    return bool(slag and re.search(r"[\wåäö]{2}[.!?]\s", text[: slag.start()]))


def _is_title(lines: list[Line], index: int) -> bool:
    """Return True when line `index` is a yttrande title in its context (header before or heading after)."""
    text = lines[index].text
    if ENSAM_TITEL.match(text) and index + 1 < len(lines) and TITEL_FORTSATTNING.match(lines[index + 1].text):
        text = f"{text} {lines[index + 1].text}"  # "Yttrande" / "över remiss av …" on two lines
    if index < TOPP_TITEL and TITEL_EFTER_AMNE_BRUTEN.search(text) and index + 1 < len(lines):
        text = f"{text} {lines[index + 1].text.strip()}"  # "… Remissvar från" / "Stockholm Nordost"
    if index < TOPP_TITEL and not TITEL.match(text) and TITEL.match(after_lead(text)):
        text = after_lead(text)  # "Synpunkt på samråd Haga Station: Yttrande över …": a transcript's join
    efter_amne = index < TOPP_TITEL and TITEL_EFTER_AMNE.match(text) and not _mening_fore(text)
    egen = index < TOPP_TITEL and EGEN_YTTRANDETITEL.match(text) and not fortsatter_meningen(lines, index)
    titel = TITEL.match(text) or efter_amne or egen
    if len(text) > MAX_TITELRAD or "|" in text or not titel or MENING.search(text):
        return False
    if text[:1].islower():
        return False  # "remissvar sammanställas och …": a sentence going on from the line above
    if ENSAMT_SLAG.match(text) and index and HUVUDETIKETT_RAD.match(lines[index - 1].text):
        return False  # "Dokument:" / "Remissyttrande": a header field's value, the title comes later
    label = ETIKETT_TITEL.match(text)
    rest = label.group("rest").strip() if label else ""
    if rest and not ORD.search(ETIKETT_DATUM.sub(" ", rest)):
        return False  # "Remissvar 02 nov.", "Remissvar M2022/01389", "Remissvar från 2016-10-10:": a label
    if rest and bara_etiketter(rest):
        return False  # "REMISSYTTRANDE Datum Vår beteckning 2015-08-14 016522-2015": a head row as one line
    if ":" in rest and not ORD.search(ETIKETT_DATUM.sub(" ", rest.split(":", 1)[0])):
        return False  # "Remissvar från 2016-10-10: UNICEF Sverige välkomnar …": the label run into the text
    if ETIKETT_MENING.match(text):
        return False  # "Remissvar. Förbundet … har lämnat in sitt remissvar …": a category label, a sentence
    if any(PARAGRAF.match(line.text) for line in lines[max(0, index - 4) : index]):
        return False  # a protokollsutdrag ("§ 45 … Yttrande över …"): the decision, not the yttrande
    heading_after = any(RUBRIK_EFTER.match(line.text) for line in lines[index + 1 : index + 10])
    if any(DNR_LABEL.search(line.text) for line in lines[index + 1 : index + 3]):
        # without a heading: an agenda item ("Yttrande över … / Dnr 2022-00059"); a title set larger than the
        # body over its own prose is the document's ("Yttrande över Förvaltningsplan … / Diarienummer: /
        # Vattenmyndigheten … har översänt förslag till … Norrtälje kommun för yttrande.")
        return heading_after or (_storre_stil(lines[index], lines) and _prosa_efter(lines, index))
    if index < 15 or _page_top(lines, index) or _header_before(lines, index):
        return True
    mottagare = any(MOTTAGARRAD.match(line.text) for line in lines[index + 1 : index + 1 + EGET_HUVUD_RADER])
    return heading_after or mottagare


def _make_del(
    lines: list[Line],
    start: int,
    index: int,
    end: int,
    header: list[Line] | None = None,
    before: list[Line] | None = None,
) -> Yttrandedel:
    """Given the header start, title index and end, return the yttrande spanning them.

    The diarienummer is the own one (header, the title and the lines right under it, then a label opening a
    line in the text); else the remiss's, also from `before`
    (a cover letter ahead of the first yttrande in the file).
    """
    title_rows = _title_rows(lines, index)
    sista = lines[index + title_rows - 1]
    slut = TITEL_MED_TEXT.search(sista.text)
    if slut:  # the text run on after the title's reference opens the body on a line of its own
        titelns, textens = sista.text[: slut.end()], sista.text[slut.end() :].strip()
        delad = [replace(sista, text=titelns), replace(sista, text=textens)]
        lines = [*lines[: index + title_rows - 1], *delad, *lines[index + title_rows :]]
        end += 1
    titel = " ".join(line.text.strip() for line in lines[index : index + title_rows])
    return Yttrandedel(
        lines=tuple(lines[start:end]),
        titel=re.sub(r"\s+", " ", titel),
        titelrader=title_rows,
        titelindex=index - start,
        diarienummer=_yttrandets_dnr(lines, start, index, end, header=header, before=before),
    )


def _yttrandets_dnr(
    lines: list[Line],
    start: int,
    index: int,
    end: int,
    *,
    header: list[Line] | None,
    before: list[Line] | None,
) -> str | None:
    """Return a yttrande's diarienummer: the sender's own, else the number of the remiss it answers.

    The own number stands in the header (Dnr, Vår referens, Vårt diarienummer …), under the title, at the
    start of a line in the text, in a header row flattened to one line ("Datum Dnr … 2015-04-20 STY
    2015-173"), after the organ ("Kommunstyrelsen 20/279") or in the closing line ("Beslut i detta ärende
    (LED 2016/365)"). A number in Regeringskansliet's form (S2020/06592, Fi2017/01644/OU) is the
    department's, the remiss's: cited in the title or header ("…, dnr S2020/06592"), it is taken only when
    the answer has no number of its own; so is a labelled number in the head ("(Dnr 10-19)", "Externt
    diarienummer S/2020/8228"), and last the department's number anywhere near the top.
    """
    lines = _hela_nummer(lines)
    header = _hela_nummer(header) if header is not None else None
    title_rows = _title_rows(lines, index)
    head = header if header is not None else lines[start:index]
    # the head zone counts from the letter's first line: a printed e-mail's header fields over it ("Från: |
    # Svenskt Näringsliv" … "Bifogade filer: …") push the letter's own labels ("Externt diarienummer" /
    # "S/2020/8228") down, and lines[start:index] is the head itself, not read twice
    brev = start + len(lines[start:end]) - len(utan_eposthuvud(lines[start:end]))
    zon = [*(header or []), *lines[start : min(end, max(brev + HUVUDZON, index + title_rows + 3))]]
    titel = " ".join(line.text.strip() for line in lines[index : index + title_rows])
    kandidater = (
        _diarienummer(head),
        # a header row flattened into the title ("YTTRANDE … Datum Dnr … STY 2015-173 Tel. 08-" /
        # "4050261 …"), read with its labels before the lines under it, whose next line holds the telephone
        _flattened_head_dnr(lines[index : index + title_rows + 1]),
        _diarienummer(_under_title(lines, index, title_rows, end)),
        _titelns_dnr(titel),
        _bilagans_dnr(zon),
        _rubrikradens_dnr(zon),
        _diarienummer(lines[index : min(end, index + 40)], brodtext=True),
        _protokollhuvudets_dnr(lines[start : min(end, index + 40)]),
        _ensamt_i_huvudet(zon),
        _ihopkort_i_huvudet(zon),
        _paragrafens_dnr(zon),
        _flattened_head_dnr(zon),
        _slagets_dnr(zon),
        _transkripthuvudets_falt(zon),
        _organ_dnr(zon),
        _arende_dnr(lines[index:end]),
        _oppningens_dnr(lines[start:end]),
    )
    egna = [dnr for dnr in kandidater if dnr and not REMISS_FORM.match(dnr)]
    if egna:
        return egna[0]
    remissens = [dnr for dnr in kandidater if dnr]
    if remissens:
        # the department's numbers ("Er beteckning N2014/3453/TE" / "N2014/3454/TE", a cell wrapped onto
        # its own line): the one read first in the head and title, wherever the layout broke the lines
        forst = _remiss_dnr([*head, *lines[index : index + title_rows]])
        remissens = [forst] if forst else remissens
    return (
        (remissens[0] if remissens else None)
        or _labelled_in_head(zon)
        or _remiss_dnr([*(before or []), *lines[start : min(end, index + 40)]])
        or utan_etikett_dnr(lines[start : min(end, index + 40)])
        or _markningens_dnr(lines[start:end])
    )


def _markningens_dnr(lines: list[Line]) -> str | None:
    """Return the number the text asks readers to mark their own answers with ('Märk ditt mail med
    diarienumret 2018KS/0824', a party's page on its yttrande that invites readers to send in theirs): the
    number of the case the yttrande answers, when nothing else gives one (dnr.find_diarienummer_text)."""
    from remiss.extract.text import Text

    found = find_diarienummer_text(Text.of(lines))
    return split_klassificering(found.value)[0] if found else None


def _hela_nummer(lines: list[Line]) -> list[Line]:
    """Return the lines with numbers a transcript broke made whole ("M2020/ 00750/ Me", "N135- 0509/17"),
    also a department number the line break cut after its first slash ("… Ref: Ku 2013 /" / "1232 /MFI") or
    inside its serial in a narrow cell ("Ku2009/24" / "1/KV") or at its hyphen ("Dnr 801-" / "13764-08/112"):
    its rest is read with the line it began on (the next line stays as it is: no line is left empty)."""
    lines = list(lines)
    for i in range(len(lines) - 1):
        if lines[i].text.rstrip()[-1:].isupper() and KOD_VID_RADSLUT.search(lines[i].text):
            rest = KODENS_NUMMER.match(lines[i + 1].text)
            if rest:  # "… dnr TKN" / "2018/35 Dnr M": the number of the code the line ended at
                lines[i] = replace(lines[i], text=f"{lines[i].text.rstrip()} {rest.group(0).strip()}")
            continue
        if BINDESTRECK_VID_RADSLUT.search(lines[i].text.rstrip()):
            rest = BINDESTRECKETS_REST.match(lines[i + 1].text)
            if rest:  # "Dnr 801-" / "13764-08/112": made whole below, as "Dnr 801- 13764-08/112" is
                lines[i] = replace(lines[i], text=f"{lines[i].text.rstrip()} {rest.group(0).strip()}")
            continue
        if "/" not in lines[i].text:
            continue
        if BRUTEN_VID_RADSLUT.search(lines[i].text):
            rest = NUMMER_FORST.match(lines[i + 1].text)
            if rest:
                lines[i] = replace(lines[i], text=f"{lines[i].text.rstrip()} {rest.group(0).strip()}")
        elif BRUTEN_I_LOPNUMRET.search(lines[i].text.rstrip()):
            rest = LOPNUMRETS_REST.match(lines[i + 1].text)
            if rest:  # "Ku2009/24" / "1/KV": one number, joined without a space
                lines[i] = replace(lines[i], text=f"{lines[i].text.rstrip()}{rest.group(0).strip()}")
    return [_hel_rad(line) for line in lines]


def _hel_rad(line: Line) -> Line:
    """Return the line with its broken numbers whole; the line itself when none is broken (most lines: the
    patterns need a '/' or a '- ', so the others are not searched)."""
    text = BRUTEN_DEPARTEMENTSDNR.sub(_hel_dnr, line.text) if "/" in line.text else line.text
    text = BRUTET_BINDESTRECK.sub(r"\1-\2", text) if "- " in text else text
    return line if text == line.text else replace(line, text=text)


def _bilagans_dnr(zon: list[Line]) -> str | None:
    """Return the number an attachment's row at the top names as the letter's it belongs to ('Bilaga 1 till Hk
    JR 714-2/2002 den 23 augusti 2002 …', run into the letterhead by a transcript, missiv35)."""
    for line in zon[:TOPPRADER]:
        value = head_row_dnr(line.text) if ATTACHMENT_OF.match(line.text.strip()) else None
        if value:
            return split_klassificering(value)[0]
    return None


def _titelns_dnr(titel: str) -> str | None:
    """Return the number closing a title ("…, dr. nr 537-5346-2014", "… m.m. (Dnr 31-5787/10)"), also after a
    dash without a label when it is a case number with its body's letters and year ("Synpunkter angående
    Förslag till föreskrifter om … parkeringstillstånd för rörelsehindrade – TSF 2013-161")."""
    titel = re.sub(r"\s+", " ", titel)
    match = TITELSLUT_DNR.search(titel) or TITELSLUT_EFTER_STRECK.search(titel)
    rest = (match.group("rest") or match.groupdict().get("inom") or match.groupdict().get("punkt") or "") \
        if match else ""
    found = DNR_RE.fullmatch(rest.strip()) if rest else None
    return split_klassificering(found.group(0))[0] if found else None


def _rubrikradens_dnr(zon: list[Line]) -> str | None:
    """Return the number closing a heading line in the head zone that is not the yttrande's title: a letter
    opens with its sender's name and sets the heading under it larger ('Föreningen Vårda Uppsala' / 'Ang.
    detaljplan för del av Berthåga kyrkogård, Uppsala kommun (PBN 2023-000288)'), also when the layout wraps
    the heading before the number's end ('… Uppsala kommun (PBN' / '2023-000288)' in the same style)."""
    rader = zon[:TOPPRADER]
    for i, line in enumerate(rader):
        texter = [line.text.strip()]
        nasta = rader[i + 1] if i + 1 < len(rader) else None
        if nasta is not None and (nasta.size, nasta.bold) == (line.size, line.bold) and line.size:
            texter.append(f"{texter[0]} {nasta.text.strip()}")  # a heading wrapped in its own style
        # (yttr42) a heading set larger than the text under it is one however long ('Remissvar: Förslag
        # till … (ArK). Ra-KS 2021/18.', 223 characters in 14 pt over 11 pt)
        storre = bool(line.size) and any(r.size and r.size < line.size - 1 for r in rader[i + 1 :])
        for text in texter:
            found = _titelns_dnr(text) if len(text) <= MAX_TITELRAD or storre else None
            if found:
                return found
    return None


# A protocol's head inside the document, under an e-mail or a cover letter ("§ 103" / "Sammanträdesprotokoll"
# / "Sammanträdesdatum" / "2017-10-02" / "KS 2016/0146"): its lines, each short, one of them the case's number
PROTOKOLLHUVUD = re.compile(
    r"^(?:sammanträdesprotokoll|sammanträdesdatum|protokollsutdrag|protokoll|utdrag\s+ur\s+protokoll|§\s*\d+)"
    r"(?:\s+(?:19|20)\d\d-\d\d-\d\d)?\s*$",
    re.IGNORECASE,
)
PROTOKOLLHUVUD_RADER = 6


def _protokollhuvudets_dnr(lines: list[Line]) -> str | None:
    """Return the number alone on its line in a protocol's head, without a label: the head's short lines
    after "Sammanträdesprotokoll", "Sammanträdesdatum" or "§ 103" ("2017-10-02" / "KS 2016/0146"), the
    protocol's own case (a quoted e-mail's "Ärende: TRN 2017-0052 - Svar på remiss …" names the remiss's)."""
    for number, line in enumerate(lines):
        if not PROTOKOLLHUVUD.match(line.text.strip()):
            continue
        # (the paragraph's heading set bold is no head line: a web print wraps it over more lines)
        rows = [row for row in lines[number + 1 : number + 1 + 2 * PROTOKOLLHUVUD_RADER] if not row.bold]
        for following in rows[:PROTOKOLLHUVUD_RADER]:
            text = following.text.strip()
            if len(text) > MAX_HUVUDRAD:
                break  # the head ends where the text begins
            alone = DNR_RE.fullmatch(text)
            if alone and not REMISS_FORM.match(alone.group("dnr")):
                return split_klassificering(alone.group(0))[0]
    return None


def _ensamt_i_huvudet(lines: list[Line]) -> str | None:
    """Return a number alone on its line in the head, before the text begins: a web answer's "Stockholm, 11
    juni 2021" / "Till: Justitiedepartementet" / "Gem 2021/0063" (the sender's own case, no label), the head's
    short lines up to the first long one; a printed e-mail's header fields over the letter ("Ämne: | …" over
    "JK 1510-17-8.1", an Outlook print) are no part of its head."""
    for line in utan_eposthuvud(lines):
        text = line.text.strip()
        if len(text) > MAX_HUVUDRAD:
            break  # the text begins
        alone = DNR_RE.fullmatch(text) or _efter_initialer(text)
        if alone and not REMISS_FORM.match(alone.group("dnr")) and not DATUM_ELLER_SPANN.fullmatch(text):
            return split_klassificering(alone.group(0))[0]
    return None


# the sender's initials before its own number, as a label ("Justitiekanslern" / "JK 1510-17-8.1"): taken only
# when the number's form has no letters of its own ("KS 2022-00304" is the diarium's code with its number)
INITIALER = re.compile(r"(?-i:[A-ZÅÄÖ]{2,5})\s+(?P<rest>\d\S*)")


def _efter_initialer(text: str) -> re.Match[str] | None:
    """Return the number after an organisation's initials on a line of their own ("JK 1510-17-8.1"), when
    the number in its own form has no letters (else the letters are the number's, matched whole)."""
    initialer = INITIALER.fullmatch(text)
    return DNR_RE.fullmatch(initialer.group("rest")) if initialer else None


def _ihopkort_i_huvudet(lines: list[Line]) -> str | None:
    """Return a number without a label that a transcript ran into the head's other fields, before the text
    begins: "Stockholm, 11 juni 2021 Till: Justitiedepartementet Gem 2021/0063 Remissunderlag" (the line
    under it joined on), "Kommunikationsministeriet LVM082:00/2015 Utlåtande över …": a case's letters
    first, a field or the line's start before it and a field or the line's end after it; a sentence's number
    is the text's. The line where the text begins is read up to its first sentence: a Word paragraph
    holding the whole transcript, or a wide page's line that runs the head's fields on into the text ("1
    Trafikverket TRV 2011/17304 Stockholm, den 30 mars Remissvar avseende … Stockholms Handelskammare har
    givits tillfälle …", a landscape page)."""
    for line in lines:
        text = line.text.strip()
        stop = min((m.start() for m in (MENINGSGRANS.search(text), FINIT_VERB.search(text)) if m),
                   default=len(text))
        lang = len(text) > MAX_TITELRAD or stop < len(text)
        if lang:  # the text begins on this line: its head is what comes before the text
            text = text[: min(stop, HUVUDBORJAN)].strip()
        elif text.endswith("."):
            break  # the text begins
        for found in DNR_RE.finditer(text):
            value = found.group("dnr")
            fore, efter = text[: found.start()].rstrip(), text[found.end() :].lstrip()
            if (
                re.match(r"[A-ZÅÄÖ][A-Za-zÅÄÖåäö]*[\s\d]", value)
                and not REMISS_FORM.match(value)
                and (not fore or re.search(r"(?:^|\s)[A-ZÅÄÖ\d][\wåäö-]*$", fore))
                and (not efter or efter[0].isupper())
                and not efter_mottagaretikett(fore)  # (missiv40) "… Er referens 2024-01-18 KS 2024/455"
            ):
                return split_klassificering(found.group(0))[0]
        if lang:
            break  # the text begins
    return None


DATUM_ELLER_SPANN = re.compile(r"(?:19|20)\d\d(?:-\d\d){0,2}|(?:19|20)\d\d\s*[-–/]\s*(?:19|20)?\d\d")


def _paragrafens_dnr(lines: list[Line]) -> str | None:
    """Return the number a protocol paragraph's heading opens with after the paragraph, as a kommun's
    protocol extract writes it ("§ 118 N160-0080/23 Svar på remiss - motion om …", "§ 142 N163-0105/23")."""
    for line in lines:
        text = line.text.strip()
        paragraf = PARAGRAF_FORST.match(text)
        found = DNR_RE.match(text, paragraf.end()) if paragraf else None
        if found and re.match(r"\s+[A-ZÅÄÖ][a-zåäö]|\s*$", text[found.end() :]):
            return split_klassificering(found.group(0))[0]  # before the heading's words, or alone
    return None


def _hel_dnr(match: re.Match[str]) -> str:
    """Return a department number broken at its slashes ("M2020/ 00750/ Me", "Ku 2013 / 1232 /MFI") whole
    again (a space after the code stays: "Ku 2013/1232/MFI")."""
    return "/".join(part for part in match.groups() if part)


# the own number in a form no [[form]] of modeller/dnr.toml holds, in the labelled row: digit groups joined
# by hyphen, slash or colon, a slash among them ('Datum Dnr Försvarsdepartementet 2012-12-14 37-1175/12:2
# 103', Kustbevakningen's; the label vouches for it, as the letter head's reader takes a labelled value of any
# form); at least three groups, so a date ('14/12') or a count is none. (yttr42) The body's code in capitals
# before it is the number's ('Datum Diarienr 2003-02-25 RA 04-2002/3938', Riksarkivet's), not a label ('DNR').
EGET_NUMMER_I_RAD = re.compile(
    r"(?<![\w/:.-])(?:(?!DNR\s|NR\s)[A-ZÅÄÖ]{2,6}\s)?(?=[\d:-]*/)\d{1,6}(?:[-/:]\d{1,6}){2,4}(?![\w/:-]|\.\d)"
)


def _flattened_head_dnr(lines: list[Line]) -> str | None:
    """Return the own dnr of a header row read as one line: "Datum Dnr … 2015-04-20 STY 2015-173 Tel.".

    A transcript in one paragraph ("REMISSYTTRANDE 1 (5) Datum Diarienr 2019-04-05 KST 2019/09 Ert datum …
    Kammarrätten inser …", a Word paragraph of 2,000 characters) is read for its first MAX_TITELRAD
    characters only, where its head stands; the line is read with the next ("… 2019-04-05 KST" / "2019/09
    Ert datum …"), the line break anywhere in the value.
    """
    for number, line in enumerate(lines):
        text = line.text[:MAX_TITELRAD]
        label = DNR_LABEL.search(text)
        lang = len(line.text) > MAX_TITELRAD
        if not label or not ANDRA_HUVUDETIKETTER.search(text) or (lang and label.start() > HUVUDBORJAN):
            continue  # "… se ärendenummer RR 2023-184." in a sentence is another case
        following = lines[number + 1].text[:MAX_TITELRAD] if number + 1 < len(lines) else ""
        rest = f"{text[label.end() :]} {following}"  # "… STY" / "2015-173 Tel."
        # (missiv40) what stands after the recipient's labels is theirs ("… Ert datum Er referens 2012-09-18
        # Fö2012/1345/SSP"): never the own number
        rest = rest[: mottagaren.start()] if (mottagaren := forsta_mottagaretikett(rest)) else rest
        for match in DNR_RE.finditer(rest):
            value = match.group("dnr")
            if not REMISS_FORM.match(value) and not re.fullmatch(r"(?:19|20)\d{2}-\d{2}(?:-\d{2})?", value):
                return split_klassificering(value)[0]
        eget = EGET_NUMMER_I_RAD.search(rest[:HUVUDBORJAN])
        if eget and not REMISS_FORM.match(eget.group(0)):
            return eget.group(0)
    return None


# A letter head flattened into a line without its labels names the document's kind, its date and its number
# in a row: "Stockholms läns landsting 1(2) Landstingsradsberedningen SKRIVELSE 2016-11-09 LS 2016-0837" (the
# kind in capitals, the full date): the number after them is the document's own
SLAG_DATUM = re.compile(
    r"(?<![\wåäöÅÄÖ])(?-i:SKRIVELSE|TJÄNSTESKRIVELSE|TJÄNSTEUTLÅTANDE|YTTRANDE|REMISSVAR|REMISSYTTRANDE"
    r"|PROTOKOLLSUTDRAG|PM|PROMEMORIA)\s+(?:19|20)\d\d-\d\d-\d\d\s+"
)


def _slagets_dnr(lines: list[Line]) -> str | None:
    """Return the number right after a head's kind and date without labels ("SKRIVELSE 2016-11-09 LS
    2016-0837"), in the head's first characters (a transcript runs it into the text)."""
    for line in lines:
        for match in SLAG_DATUM.finditer(line.text[:MAX_TITELRAD]):
            found = DNR_RE.match(line.text, match.end())
            if found and not REMISS_FORM.match(found.group("dnr")):
                return split_klassificering(found.group(0))[0]
    return None


def _organ_dnr(lines: list[Line]) -> str | None:
    """Return the first organ's number in a head listing them without a label ("Kommunstyrelsen 20/279")."""
    for line in lines:
        match = ORGAN_DNR.search(line.text)
        if match:
            return match.group("dnr") or match.group("bokstav")
    return None


def _oppningens_dnr(lines: list[Line]) -> str | None:
    """Return the number standing alone after the answer's opening sentence naming the remitted matter
    (OPPNINGENS_DNR: "… detaljplan för Vipemöllan 38 m fl i Lund, Lunds kommun. PÄ 25/2012a, 1281K-P129.")."""
    match = OPPNINGENS_DNR.search(" ".join(line.text.strip() for line in lines)[:OPPNING])
    return match.group("dnr") if match else None


def _arende_dnr(lines: list[Line]) -> str | None:
    """Return the number of "Beslut i detta ärende (LED 2016/365) har fattats av …" in the answer's text."""
    for line in lines:
        match = ARENDE_DNR.search(line.text)
        found = DNR_RE.search(match.group("rest")) if match else None
        if found:
            return found.group("dnr")
    return None


def _labelled_in_head(lines: list[Line]) -> str | None:
    """Return a labelled number anywhere on the head's lines, or on the line after a bare label."""
    for number, line in enumerate(lines):
        for label in HUVUD_ETIKETT.finditer(line.text):
            before = line.text[: label.start()]
            if MENINGSGRANS.search(before) or FINIT_VERB.search(before):
                break  # "2023, se ärendenummer RR 2023-184. Regelrådet har …": a sentence names another case;
                # the text a transcript ran on after the head's field is not its sentence ("MOTTAGARE
                # Socialdepartementet Externt diarienummer S/2020/8228 Promemorian … Svenskt Näringsliv vill")
            inom_parentes = before.rstrip().endswith("(")  # "… om bokföring (Dnr 10-19)", also broken
            # a head's fields run into one line count from the field before ("04.05.2009 kl. 13:07 Till:
            # Miljöministeriet, PB 35, 00023 Statsrådet Hänvisning: YM1/500/2009", a transcript's paragraph)
            falt = [m.end() for m in FALT_FORE.finditer(before)]
            narmast = before[falt[-1] :] if falt else before
            if (len(narmast.split()) > MAX_ORD_FORE_ETIKETT and not inom_parentes) or re.search(
                r"\b(?:se|jfr|enligt)\s*\(?\s*$", before
            ):
                continue  # "… vid sammanträde den 16 augusti 2023, se ärendenummer RR 2023-184."
            rest = line.text[label.end() :]
            value = dnr_after_label(rest)
            if value is None and not re.search(r"\d", rest) and number + 1 < len(lines):
                value = dnr_after_label(lines[number + 1].text)
            if value:
                return split_klassificering(value)[0]
    return None


# a head's field label with its colon before another's in one line: "Till:", "Från:", "Datum:"
FALT_FORE = re.compile(r"(?<![\wåäö])(?-i:[A-ZÅÄÖ][a-zåäö]+):\s")
TRANSKRIPTHUVUD_TECKEN = 400  # a transcript's flattened head: its fields stand in its first characters


# the dnr field's label capitalised with its colon, as a head writes it ("Diarienummer: RJL 2016/1476")
# (also with the owner's code before the colon: "Diarienummer HaV: 2298-2020", Havs- och vattenmyndighetens)
FALTETIKETT = re.compile(
    r"(?<![\wåäö])(?-i:Diarienummer|Dnr|DNR|Diarienr|Ärendenummer|Ärendenr)(?:\s+" + AGARKOD + r")?\s*:\s*"
)


def _transkripthuvudets_falt(lines: list[Line]) -> str | None:
    """Return the number of a dnr field inside a transcript's flattened head: "… Remiss: En ändamålsenlig
    kommunal redovisning förslag till yttrande Diarienummer: RJL 2016/1476 Beslut …" (a protocol extract run
    into one paragraph), the label capitalised with its colon in the paragraph's first characters; a sentence
    writes the label in lower case and without a colon ("se ärendenummer RR 2023-184")."""
    for number, line in enumerate(lines):
        # the field read on into the next line, where a narrow column broke it ('… Diarienummer HaV:' /
        # '2298-2020', '… Diarienummer' / 'HaV: 2298-2020')
        following = lines[number + 1].text if number + 1 < len(lines) else ""
        text = f"{line.text} {following}"
        for label in FALTETIKETT.finditer(text[:TRANSKRIPTHUVUD_TECKEN]):
            if label.start() >= len(line.text):
                break  # the next line's own field: read with its own line
            if re.search(r"\b(?:se|jfr|enligt|Ert?|ert?)\s*\(?\s*$", text[: label.start()]):
                continue
            value = dnr_after_label(text[label.end() :])
            if value:
                return split_klassificering(value)[0]
    return None


def _title_rows(lines: list[Line], index: int) -> int:
    """Return how many lines the title at `index` spans (a title broken over two or three lines)."""
    rows = 1
    while (
        rows < (MAX_RUBRIKRADER if _rubrikstil(lines[index], lines[index + rows : index + rows + 1])
                and not _meningsslut(lines[index : index + rows]) else 3)
        and index + rows < len(lines)
        and _continues_title(lines[index + rows - 1], lines[index + rows])
        and not TITEL_MED_TEXT.search(lines[index + rows - 1].text)
    ):
        rows += 1
    return rows


def _meningsslut(lines: list[Line]) -> bool:
    """Return True when lines hold a sentence's end inside ('… in sitt yttrande. Vårt'): a lead paragraph
    set in bold, no heading to read on past three lines."""
    return bool(re.search(r"[a-zåäö]\.\s+[A-ZÅÄÖ]", " ".join(line.text.strip() for line in lines)))


MAX_RUBRIKRADER = 5  # a title set large (a web page's 15 pt) breaks over more lines than one at body size


def _rubrikstil(title: Line, following: list[Line]) -> bool:
    """Return True when the line after the title is set in the title's own heading style (bold, same size)."""
    return bool(following) and title.bold and following[0].bold and title.size > 0 \
        and abs(following[0].size - title.size) < 0.5


def _continues_title(previous: Line, line: Line) -> bool:
    """Return True when `line` goes on with the title on `previous` (lower case, or after 'för', 'och', …)."""
    text = line.text.strip()
    if RUBRIK_EFTER.match(text) or previous.text.rstrip().endswith(".") or DNR_LABEL.search(text):
        return False
    if _meningsslut([line]):
        return False  # '… Nacka kommun. Sammanfattning Planarbetet bör': the text has begun on the line
    if FORTSATTNING.match(text) or (ENSAM_TITEL.match(previous.text) and TITEL_FORTSATTNING.match(text)):
        return True
    if BRUTET_NUMMERS_SIFFROR.match(text) and BRUTET_NUMMERS_BOKSTAVER.search(previous.text.rstrip()):
        return True
    return bool(OPPEN_SLUT.search(previous.text)) and len(text) <= 80 and not HUVUDRAD.match(text)


def _header_start(lines: list[Line], index: int, floor: int) -> int:
    """Return the index where the yttrande's header block (Datum, Instans, Dnr, handläggare) begins."""
    start = index
    for i in range(index - 1, max(floor, index - 15) - 1, -1):
        if lines[i].page != lines[index].page:
            break  # the lines above are the previous page's footer
        text = lines[i].text.strip()
        if HUVUDRAD.match(text) or _is_org(text) or text.startswith("Handläggare"):
            start = i
        elif lines[i + 1].text.startswith("Handläggare"):
            return i  # the handläggare's name above "Handläggare"
        else:
            break
    return start


def _is_org(text: str) -> bool:
    """Return True when a line is just an organisation name (Arbetslivsnämnden, Borås Stad)."""
    return len(text) <= 60 and not text.endswith(".") and bool(ORGANISATION.search(text.strip()))


def _document_end(lines: list[Line], after_title: int, limit: int) -> int:
    """Return the index where the yttrande ends: the next document's start, footer lines trimmed."""
    end = _back_over_header(lines, limit, after_title) if limit < len(lines) else limit
    for i in range(after_title, limit):
        if i - after_title < EGET_HUVUD_RADER and DATUM_RAD.search(lines[i].text.strip()):
            continue  # "Datum: 180830" / "Diarienummer: X18-90867" under a web yttrande's title: its own head
        if _starts_document(lines, i):
            end = _back_over_header(lines, i, after_title)
            break
    return min(_trim_footer(lines, after_title, end), _signature_end(lines, after_title, end))


def _signature_end(lines: list[Line], after_title: int, end: int) -> int:
    """Return the index after the signatures that close the yttrande (after Beslutsunderlag/expedieras)."""
    closing = next((i for i in range(after_title, end) if AVSLUTANDE.match(lines[i].text.strip())), None)
    if closing is None:
        return end
    i = next((j for j in range(closing + 1, end) if UNDERSKRIFT.match(lines[j].text.strip())), end)
    last = None
    while i < end and (UNDERSKRIFT.match(lines[i].text.strip()) or NAMN.match(lines[i].text.strip())):
        last = i if UNDERSKRIFT.match(lines[i].text.strip()) else last
        i += 1
    if last is None or any(
        AVSLUTANDE.match(line.text.strip()) for line in lines[last + 1 : min(end, last + 4)]
    ):
        return end  # no signatures, or "Beslutet expedieras till" still follows them
    return last + 1


def _starts_document(lines: list[Line], index: int) -> bool:
    """Return True when a new document starts at line `index` (header block, missiv, protokollsutdrag)."""
    text = lines[index].text.strip()
    if DOKUMENTSTART.match(text):
        return True
    window = [line.text.strip() for line in lines[index + 1 : index + 6]]
    if text == "Instans":
        return any(DNR_LABEL.search(t) for t in window)
    if DATUM_RAD.search(text) and text != "Sammanträdesdatum":
        return any(t == "Instans" or DNR_LABEL.search(t) for t in window)
    return False


def _back_over_header(lines: list[Line], index: int, floor: int) -> int:
    """Given a document start, return the index of the first line of its header block."""
    start = index
    for i in range(index - 1, floor, -1):
        text = lines[i].text.strip()
        if HUVUDRAD.match(text) or text.startswith("Handläggare") or _is_org(text):
            start = i
        elif text.startswith("Remiss") and i >= index - 4:
            start = i  # a missiv title ("Remiss: ...") just above "Remissinstanser"
        elif lines[i + 1].text.startswith("Handläggare"):
            return i
        else:
            break
    return start


def _trim_footer(lines: list[Line], floor: int, end: int) -> int:
    """Return `end` moved back over a trailing page footer (org name, Postadress, Besöksadress, …)."""
    labels = [i for i in range(max(floor, end - 16), end) if SIDFOT_ETIKETT.match(lines[i].text.strip())]
    if not labels or not all(_footerish(lines[i].text) for i in range(labels[-1], end)):
        return end
    cut = labels[-1]
    while cut - 1 > floor and _footer_before(lines, cut - 1, floor):
        cut -= 1
    return cut


def _footer_before(lines: list[Line], index: int, floor: int) -> bool:
    """Return True when line `index` continues a footer upwards: label, value, postal address, org."""
    text = lines[index].text.strip()
    if SIDFOT_ETIKETT.match(text) or POSTNUMMER.match(text) or _is_org(text):
        return True
    above = lines[index - 1].text.strip() if index - 1 > floor else ""
    return len(text) <= 45 and bool(SIDFOT_ETIKETT.match(above)) and len(above.split()) == 1


def _footerish(text: str) -> bool:
    """Return True for a line that can be part of a page footer (short, labels, address, e-mail)."""
    text = text.strip()
    return (
        len(text) <= 45 or bool(SIDFOT_ETIKETT.match(text) or POSTNUMMER_I_TEXT.search(text)) or "@" in text
    )


def _under_title(lines: list[Line], index: int, title_rows: int, end: int) -> list[Line]:
    """Return the title lines and the short lines right under them (a header block under the title)."""
    out = list(lines[index : index + title_rows])
    for line in lines[index + title_rows : min(end, index + title_rows + 3)]:
        if len(line.text.strip()) > MAX_HUVUDRAD:
            break
        out.append(line)
    return out


def _dnr_i_rubrikrad(text: str, following: str) -> str | None:
    """Return the number of a label inside a heading line, on the line or cut onto `following`.

    The label stands at most a few words into its clause, and the clause is no sentence (no finite verb,
    no "se", "jfr", "enligt" before the label).
    """
    for label in DNR_ETIKETT_I_RAD.finditer(text):
        clause = re.split(r"[.!?:;]\s+", text[: label.start()])[-1]
        rest = text[label.end() :]
        if (
            label.start() == 0
            or len(HUVUDMOBEL.sub(" ", clause).split()) > MAX_ORD_FORE_ETIKETT
            or FINIT_VERB.search(clause + re.split(r"[.!?;]\s+", rest)[0])
            or re.search(r"\b(?:se|jfr|enligt)\s*\(?\s*$", clause, re.IGNORECASE)
        ):
            continue
        value = dnr_after_label(rest)
        if value is None and rest.strip():  # "dnr TKN" / "2018/35 Dnr M": the number cut at the break
            glued = glued_at_break(rest.strip(), following.strip())
            value = dnr_after_label(glued) if glued else None
        elif value is None and following.strip()[:1].isdigit():  # the label ends the line
            value = dnr_after_label(following.strip())
        if value:
            return split_klassificering(value)[0]
    return None


def _fore_ombruten_etikett(text: str) -> str | None:
    """Return the value beside a label cell wrapped over two lines: "Kammarkollegiets 3.1-4573-2022" over
    "diarienummer:" (the label's first word, a genitive, and the value on one line; the label's end below)."""
    match = OMBRUTEN_ETIKETT.fullmatch(text.strip())
    return dnr_after_label(match.group("varde")) if match else None


def _remiss_dnr(lines: list[Line]) -> str | None:
    """Given lines, return the first diarienummer in Regeringskansliet's form (Fi2016/02568/K).

    A line may end between the department's code and its year ("… ert diarienummer Jo" / "2009/2619, har
    remitterats …", a web page printed narrow): each line is read with the start of the next.
    """
    for number, line in enumerate(lines):
        following = lines[number + 1].text.split(maxsplit=1)[0] if number + 1 < len(lines) else ""
        texts = (line.text, f"{line.text.rstrip()} {following}") if following else (line.text,)
        for text in texts:
            for match in DNR_RE.finditer(text):
                if REMISS_FORM.match(match.group("dnr")):
                    return match.group("dnr")
    return None


def _diarienummer(lines: list[Line], *, brodtext: bool = False) -> str | None:
    """Given header lines, return the first diarienummer without klassificering ("ALN 2022-00096").

    The header is read by `remiss.extract.dnr` (a label with its value on the line or the next, or a dnr
    alone on its line). In body text (`brodtext`) a label opening a line counts, or one a few words into a
    heading line (`_dnr_i_rubrikrad`): "se ärendenummer RR 2023-184" in a sentence names another case.
    """
    if brodtext:
        for number, line in enumerate(lines):
            text = unglue_klass(line.text.strip())
            label = DNR_ETIKETT_FORST.match(text)
            value = dnr_after_label(text[label.end() :]) if label else None
            bare = label and not re.search(r"\d", text[label.end() :])
            if bare and value is None and number + 1 < len(lines):
                value = dnr_after_label(lines[number + 1].text)  # "Dnr/målnr/löpnr:" over "131-512407-11/112"
            if bare and value is None and number:
                value = _fore_ombruten_etikett(lines[number - 1].text)
            if value is None and not label:
                value = _dnr_i_rubrikrad(text, lines[number + 1].text if number + 1 < len(lines) else "")
            if value:
                return split_klassificering(value)[0]
        return None
    # the text unglued, the place kept: the header reader pairs a label with its value by position
    unglued = [replace(line, text=unglue_klass(line.text)) for line in lines]
    found = find_diarienummer_header(unglued)
    return split_klassificering(found.value)[0] if found else None
