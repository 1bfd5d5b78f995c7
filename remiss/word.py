"""Word (.docx) text as a reader of the printed document sees it, in reading order.

A kommun's Word template keeps much of what a remiss says outside the body's plain paragraphs: the
letterhead (sender, Datum, Dnr, Handläggare) in the first page's HEADER, often as a table; the dnr in a
content control or a text box; the reply address as a hyperlink; the sändlista as a Word list whose
numbers are not in the text but in numbering.xml; changes tracked (an insertion is text, a deletion is
not). This module walks the WordprocessingML itself (python-docx only opens the package):

* the header of page 1 (the first-page header when the section has one, else the default header) comes
  first, then the body; footers and the headers of later pages are page furniture, kept apart;
* the body is cut into the pages its content starts: an explicit page break (`w:br w:type="page"`), a
  paragraph with "page break before" (its own or its style's) and a section break that starts a new
  page (nextPage, the default, oddPage, evenPage; a continuous one does not). A break where nothing has
  been read since the last starts no empty page. A section's own first-page (or default) header is its
  letterhead, read first on the page the section starts (its footers are furniture of that page, its
  running headers of the next, when the section has one). Word's cached layout (`lastRenderedPageBreak`,
  where the text happened to wrap when last saved) is not a break: it is no part of the content;
* block content controls (`w:sdt`), custom XML and text boxes (`w:txbxContent`, read once though Word
  writes it twice: DrawingML and its VML fallback) are read where they stand; nested tables too;
* a table row is one line, its cells joined by " | " (a merged cell counted once); a row whose cells
  hold several paragraphs is read as the rows the eye sees: the cells' n:th lines side by side;
* in a paragraph: runs, hyperlinks, inline content controls, insertions and simple fields' results are
  text; deletions, field codes (`instrText`), hidden text and a complex field's code are not; a soft
  line break starts a new line; a tab to a tab stop the paragraph's style sets (a letterhead's
  columns) is a cell gap " | ", another tab a space; a form field check box is "☒" or "☐";
* a list paragraph gets the label Word draws ("3.", "b)", "•") from its numbering definition;
* an imported chunk (w:altChunk: HTML, MHT, text or a whole .docx, as programs that write Word files
  put content in) is read where it stands; a file saved as Strict Open XML is read as the usual kind;
* a paragraph is bold when its visible runs are (direct, character or paragraph style, defaults) or
  it is a heading: a style named or based on Heading/Rubrik/Title, or an outline level; its size is
  the font size most of its characters are set in (so the title is the largest heading, as in a PDF).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from remiss.clean import avstavade_ord, las_avstavade

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_W14 = "http://schemas.microsoft.com/office/word/2010/wordml"


def _w(tag: str) -> str:
    """Return the Clark name of a w: tag."""
    return f"{{{W}}}{tag}"


_P, _TBL, _TR, _TC, _SDT, _SDTCONTENT = _w("p"), _w("tbl"), _w("tr"), _w("tc"), _w("sdt"), _w("sdtContent")
_R_RUN, _T, _VAL = _w("r"), _w("t"), _w("val")
_CHOICE, _FALLBACK, _ALTERNATE = f"{{{_MC}}}Choice", f"{{{_MC}}}Fallback", f"{{{_MC}}}AlternateContent"
_TXBX = _w("txbxContent")
# containers whose children are read as if they stood in the parent (inline or block)
_INLINE_CONTAINERS = {_w("hyperlink"), _w("smartTag"), _w("customXml"), _w("ins"), _w("moveTo"),
                      _w("fldSimple"), _w("dir"), _w("bdo"), _SDTCONTENT}
_SKIPPED = {_w("del"), _w("moveFrom"), _w("pPr"), _w("rPr"), _w("sdtPr"), _w("sdtEndPr"), _w("proofErr"),
            _w("bookmarkStart"), _w("bookmarkEnd"), _w("commentRangeStart"), _w("commentRangeEnd")}
_FALSE = {"0", "false", "off", "none"}
_HEADING_NAME = re.compile(r"^(?:heading|rubrik|title|titel)\b", re.IGNORECASE)
_MAX_LEVEL = 9  # outline levels 0–8 are headings; 9 is body text
DEFAULT_SIZE = 10.0  # Word's font size where neither the styles nor the defaults give one
# Wingdings and Symbol check boxes and bullets drawn with w:sym or a private-use character
_SYMBOLS = {"F0FE": "☒", "F0FD": "☒", "F078": "☒", "F0FB": "☒", "F0A8": "☐", "F06F": "☐", "F071": "☐",
            "F0B7": "•", "F0A7": "▪", "F0D8": "➢", "F076": "❖", "F0FC": "✓"}
_PRIVATE_BULLET = re.compile(r"[\ue000-\uf8ff]")


_PAGE = "page"  # the mark of a page break in the body's stream of lines
_PAGE_BREAK = "\x0c"  # a page break inside a paragraph's text, before it is cut into lines
_Piece = tuple[str, "bool | None", float]  # a piece of a paragraph's text, its bold and its size
_Props = tuple["bool | None", "float | None"]  # a paragraph style's bold and size


@dataclass(frozen=True)
class Block:
    """One read line of the document: its text, whether it is bold (a heading counts as bold) and the
    font size most of its characters are set in (points)."""

    text: str
    bold: bool = False
    size: float = 0.0
    # a mark in the body's stream, no line: "page" (a page break) or a section's end (its w:sectPr)
    mark: Any = field(default=None, compare=False, repr=False)
    # the words reading joined, as the paragraph writes them (Line.avstavat, titel36)
    avstavat: tuple[str, ...] = field(default=(), compare=False, repr=False)


@dataclass
class Sida:
    """One page of a Word file as its content starts it: its lines (its letterhead first) and furniture."""

    lines: list[Block] = field(default_factory=list)
    furniture: list[Block] = field(default_factory=list)


@dataclass
class Las:
    """What was read: the pages in reading order (page 1's header first), each with its furniture."""

    pages: list[Sida] = field(default_factory=lambda: [Sida()])

    @property
    def lines(self) -> list[Block]:
        """Return the lines of every page in order."""
        return [block for page in self.pages for block in page.lines]

    @property
    def furniture(self) -> list[Block]:
        """Return the furniture of every page in order."""
        return [block for page in self.pages for block in page.furniture]


@dataclass
class _Style:
    """The properties of one style that reading needs (inherited ones resolved by `_Styles`)."""

    name: str = ""
    based_on: str | None = None
    outline: int | None = None
    bold: bool | None = None
    size: float | None = None  # points
    tabs: bool = False  # the style sets tab stops of its own
    num: tuple[str | None, int | None] = (None, None)  # (numId, ilvl) of a list style
    page_break: bool | None = None  # the style's "page break before"


class _Styles:
    """The styles part: heading, bold and list numbering of a style id, resolved through basedOn."""

    def __init__(self, root: Any) -> None:
        self.styles: dict[str, _Style] = {}
        self.default_para: str | None = None
        self.default_bold = False
        self.default_size = DEFAULT_SIZE
        if root is None:
            return
        defaults = root.find(f"{_w('docDefaults')}/{_w('rPrDefault')}/{_w('rPr')}")
        self.default_bold = bool(defaults is not None and _on(defaults.find(_w("b"))))
        self.default_size = _size_of(defaults) or DEFAULT_SIZE
        for style in root.iter(_w("style")):
            style_id = style.get(_w("styleId")) or ""
            name, based = style.find(_w("name")), style.find(_w("basedOn"))
            ppr, rpr = style.find(_w("pPr")), style.find(_w("rPr"))
            self.styles[style_id] = _Style(
                name=name.get(_VAL, "") if name is not None else "",
                based_on=based.get(_VAL) if based is not None else None,
                outline=_outline(ppr),
                bold=_bold_of(rpr),
                size=_size_of(rpr),
                tabs=_tab_stops(ppr),
                num=_num_pr(ppr),
                page_break=_page_break_before(ppr),
            )
            if style.get(_w("type")) == "paragraph" and style.get(_w("default")) in ("1", "true", "on"):
                self.default_para = style_id

    def chain(self, style_id: str | None) -> Iterator[_Style]:
        """Yield a style and the styles it is based on (each once)."""
        seen: set[str] = set()
        current = style_id
        while current and current not in seen and current in self.styles:
            seen.add(current)
            style = self.styles[current]
            yield style
            current = style.based_on

    def heading(self, style_id: str | None) -> bool:
        """Return True when a paragraph style is a heading: named, based on one, or with an outline level."""
        for style in self.chain(style_id):
            if _HEADING_NAME.match(style.name) or style.outline is not None and style.outline < _MAX_LEVEL:
                return True
        return False

    def bold(self, style_id: str | None) -> bool | None:
        """Return the bold a style sets (through basedOn), or None when none sets it."""
        return next((s.bold for s in self.chain(style_id) if s.bold is not None), None)

    def tabs(self, style_id: str | None) -> bool:
        """Return True when a paragraph style (or one it is based on) sets tab stops of its own."""
        return any(s.tabs for s in self.chain(style_id))

    def size(self, style_id: str | None) -> float | None:
        """Return the font size a style sets (through basedOn), or None when none sets it."""
        return next((s.size for s in self.chain(style_id) if s.size is not None), None)

    def page_break(self, style_id: str | None) -> bool:
        """Return True when a paragraph style (through basedOn) sets "page break before"."""
        return bool(next((s.page_break for s in self.chain(style_id) if s.page_break is not None), False))

    def num(self, style_id: str | None) -> tuple[str | None, int | None]:
        """Return the (numId, ilvl) a paragraph style gives, each from the nearest style that sets it."""
        num_id = next((s.num[0] for s in self.chain(style_id) if s.num[0] is not None), None)
        level = next((s.num[1] for s in self.chain(style_id) if s.num[1] is not None), None)
        return num_id, level


def _on(element: Any) -> bool:
    """Return True for an on/off property element that is there and not switched off."""
    return element is not None and (element.get(_VAL) or "1").lower() not in _FALSE


def _bold_of(rpr: Any) -> bool | None:
    """Return the bold a run-properties element sets, or None when it sets none."""
    if rpr is None:
        return None
    bold = rpr.find(_w("b"))
    return None if bold is None else _on(bold)


def _tab_stops(ppr: Any) -> bool:
    """Return True when paragraph properties set a tab stop (not only clear one)."""
    tabs = ppr.find(_w("tabs")) if ppr is not None else None
    return tabs is not None and any(tab.get(_VAL) != "clear" for tab in tabs)


def _size_of(rpr: Any) -> float | None:
    """Return the font size (points) a run-properties element sets, or None when it sets none."""
    size = rpr.find(_w("sz")) if rpr is not None else None
    if size is None:
        return None
    half_points = _int(size.get(_VAL), 0)
    return half_points / 2 if 2 <= half_points <= 3276 else None


def _page_break_before(ppr: Any) -> bool | None:
    """Return the "page break before" a paragraph-properties element sets, or None when it sets none."""
    element = ppr.find(_w("pageBreakBefore")) if ppr is not None else None
    return None if element is None else _on(element)


def _outline(ppr: Any) -> int | None:
    """Return a paragraph-properties element's outline level, or None."""
    level = ppr.find(_w("outlineLvl")) if ppr is not None else None
    try:
        return int(level.get(_VAL)) if level is not None else None
    except (TypeError, ValueError):
        return None


def _num_pr(ppr: Any) -> tuple[str | None, int | None]:
    """Return the (numId, ilvl) of a paragraph-properties element (None where it sets none)."""
    num_pr = ppr.find(_w("numPr")) if ppr is not None else None
    if num_pr is None:
        return None, None
    num_id, level = num_pr.find(_w("numId")), num_pr.find(_w("ilvl"))
    return (num_id.get(_VAL) if num_id is not None else None,
            _int(level.get(_VAL)) if level is not None else None)


def _int(text: str | None, default: int = 0) -> int:
    """Return text as an int, or the default."""
    try:
        return int(text) if text is not None else default
    except ValueError:
        return default


# --- list numbering -------------------------------------------------------------------------------


@dataclass
class _Level:
    """One level of a list definition."""

    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    suffix: str = "tab"


class _Numbering:
    """The numbering part: the label Word draws before each list paragraph, counted in document order.

    Lists whose num points to the same abstract list count on together (as Word does); a num with a
    start override restarts the level the first time it is used; a deeper level restarts after a
    shallower one.
    """

    def __init__(self, root: Any) -> None:
        self.abstract: dict[str, dict[int, _Level]] = {}
        self.nums: dict[str, tuple[str, dict[int, int]]] = {}  # numId: (abstractNumId, start overrides)
        self.counts: dict[str, dict[int, int]] = {}
        self.used: set[str] = set()
        if root is None:
            return
        for abstract in root.iter(_w("abstractNum")):
            levels = {_int(lvl.get(_w("ilvl"))): _level(lvl) for lvl in abstract.iter(_w("lvl"))}
            self.abstract[abstract.get(_w("abstractNumId")) or ""] = levels
        for num in root.iter(_w("num")):
            ref = num.find(_w("abstractNumId"))
            overrides = {}
            for override in num.iter(_w("lvlOverride")):
                start = override.find(_w("startOverride"))
                if start is not None:
                    overrides[_int(override.get(_w("ilvl")))] = _int(start.get(_VAL), 1)
            self.nums[num.get(_w("numId")) or ""] = (ref.get(_VAL) if ref is not None else "", overrides)

    def label(self, num_id: str | None, level: int | None) -> str:
        """Return the label of the next paragraph of a list ("" for none), counting it."""
        if not num_id or num_id == "0" or num_id not in self.nums:
            return ""
        abstract_id, overrides = self.nums[num_id]
        levels = self.abstract.get(abstract_id, {})
        level = min(max(level or 0, 0), 8)
        counts = self.counts.setdefault(abstract_id, {})
        if num_id not in self.used:
            self.used.add(num_id)
            for lvl, start in overrides.items():
                counts[lvl] = start - 1
        definition = levels.get(level, _Level())
        counts[level] = counts.get(level, definition.start - 1) + 1
        for deeper in [lvl for lvl in counts if lvl > level]:
            del counts[deeper]  # a deeper level starts again under this item
        if definition.fmt == "none":
            return ""
        if definition.fmt == "bullet":
            return _bullet(definition.text)

        def number(match: re.Match[str]) -> str:
            lvl = int(match.group(1)) - 1
            value = counts.get(lvl, levels.get(lvl, _Level()).start)
            return _format(value, levels.get(lvl, _Level()).fmt if lvl != level else definition.fmt)

        return re.sub(r"%([1-9])", number, definition.text).strip()


def _level(lvl: Any) -> _Level:
    """Return a numbering level's definition."""
    out = _Level()
    start, fmt, text, suffix = (lvl.find(_w(t)) for t in ("start", "numFmt", "lvlText", "suff"))
    if start is not None:
        out.start = _int(start.get(_VAL), 1)
    if fmt is not None:
        out.fmt = fmt.get(_VAL) or "decimal"
    out.text = text.get(_VAL, "") if text is not None else ""
    if suffix is not None:
        out.suffix = suffix.get(_VAL) or "tab"
    return out


def _bullet(text: str) -> str:
    """Return the bullet a list level draws: a Symbol/Wingdings private-use character becomes '•'."""
    text = text.strip()
    if not text or _PRIVATE_BULLET.search(text) or text in ("o", "§", "Ø", "q", "ü", "v", "l", "n"):
        return "•"  # Symbol's and Wingdings' bullets, and Courier's 'o', drawn as glyphs of their fonts
    return text


def _format(value: int, fmt: str) -> str:
    """Return a list counter in a numbering format (decimal, letters, roman numerals)."""
    if fmt in ("lowerLetter", "upperLetter"):
        letters = ""
        n = max(value, 1)
        while n:
            n, rest = divmod(n - 1, 26)
            letters = chr(ord("a") + rest) + letters
        return letters.upper() if fmt == "upperLetter" else letters
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(max(value, 1))
        return roman if fmt == "upperRoman" else roman.lower()
    if fmt == "decimalZero":
        return f"{value:02d}"
    return str(value)


def _roman(value: int) -> str:
    """Return a positive number in roman numerals."""
    out = ""
    for number, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while value >= number:
            out += letters
            value -= number
    return out


# --- reading --------------------------------------------------------------------------------------


class _Reader:
    """Reads block content (a body, a header, a text box) into lines, keeping list and field state."""

    def __init__(self, styles: _Styles, numbering: _Numbering, part: Any = None, depth: int = 0) -> None:
        self.styles = styles
        self.numbering = numbering
        self.part = part  # the package part whose relationships the content's r:id attributes name
        self.depth = depth  # how many documents deep (an imported chunk's own chunks are not read again)
        self.fields: list[bool] = []  # a complex field per level: True once its code has ended (its result)
        self.pages = False  # reading the body's own paragraphs: page and section breaks are marked

    def blocks(self, parent: Any) -> list[Block]:
        """Return the lines of the block content under an element, in document order."""
        out: list[Block] = []
        for child in parent:
            tag = child.tag
            if tag == _P:
                out.extend(self.paragraph(child))
            elif tag == _TBL:
                out.extend(self.table(child))
            elif tag in (_SDT, _w("customXml")):
                content = child.find(_SDTCONTENT) if tag == _SDT else child
                if content is not None:
                    out.extend(self.blocks(content))
            elif tag == _ALTERNATE:
                out.extend(self.blocks(_choice(child)))
            elif tag == _w("altChunk"):
                out.extend(self.alt_chunk(child))
        return out

    def alt_chunk(self, chunk: Any) -> list[Block]:
        """Return the lines of an imported chunk (w:altChunk): HTML, plain text, MHT or a whole .docx.

        A program that writes Word files (a diary system, a report generator) can put content in as a
        chunk that Word converts the first time the file is opened; until someone saves it in Word, the
        text is only there.
        """
        try:
            target = self.part.related_parts[chunk.get(f"{{{_R}}}id")]
        except (AttributeError, KeyError):
            return []
        return [Block(text, bold, self.styles.default_size)
                for text, bold in _chunk_lines(target.content_type, target.blob, self.depth)]

    def paragraph(self, p: Any) -> list[Block]:
        """Return a paragraph's lines (a soft break starts a new one), its list label first, and then
        the lines of the text boxes anchored in it."""
        ppr = p.find(_w("pPr"))
        style_el = ppr.find(_w("pStyle")) if ppr is not None else None
        style = style_el.get(_VAL) if style_el is not None else self.styles.default_para
        marks = self.pages
        own_break = _page_break_before(ppr)
        before = marks and (own_break if own_break is not None else self.styles.page_break(style))
        own_level = _outline(ppr)
        heading = self.styles.heading(style) or own_level is not None and own_level < _MAX_LEVEL
        para = (self.styles.bold(style), self.styles.size(style))
        parts: list[_Piece] = []
        boxes: list[Any] = []
        self._inline(p, parts, boxes, para)
        while self.fields and not self.fields[-1]:
            self.fields.pop()  # a field code never runs past its paragraph: a broken field hides no more
        text = "".join(piece[0] for piece in parts)
        visible = [piece for piece in parts if piece[0].strip()]
        bold = heading or bool(visible) and all(piece[1] for piece in visible)
        size = _main_size(visible) or para[1] or self.styles.default_size
        num_id, level = _num_pr(ppr)
        if num_id is None:
            style_num, style_level = self.styles.num(style)
            num_id, level = style_num, level if level is not None else style_level
        label = self.numbering.label(num_id, level) if num_id else ""
        segments = text.split(_PAGE_BREAK)  # the text before a page break, and after each
        if label:
            first = next((i for i, segment in enumerate(segments) if segment.strip()), None)
            if first is not None:
                segments[first] = f"{label} {segments[first].lstrip()}"
        columns = _tab_stops(ppr) or self.styles.tabs(style)
        out = [Block("", mark=_PAGE)] if before else []
        for i, segment in enumerate(segments):
            if i:
                out.append(Block("", mark=_PAGE))
            out.extend(_blocks(segment, bold, size, columns=columns))
        self.pages = False  # a text box's breaks are not the body's
        for box in boxes:
            out.extend(self.blocks(box))
        self.pages = marks
        section = ppr.find(_w("sectPr")) if marks and ppr is not None else None
        if section is not None:
            out.append(Block("", mark=section))  # the section ends with this paragraph
        return out

    def _inline(self, parent: Any, parts: list[_Piece], boxes: list[Any], para: _Props) -> None:
        """Collect the visible text of a paragraph's inline content (with each piece's bold)."""
        for child in parent:
            tag = child.tag
            if tag == _R_RUN:
                self._run(child, parts, boxes, para)
            elif tag == _SDT:
                content = child.find(_SDTCONTENT)
                if content is not None:
                    self._inline(content, parts, boxes, para)
            elif tag == _w("fldSimple"):
                if "FORMCHECKBOX" in (child.get(_w("instr")) or ""):
                    continue  # a check box without its state: no text
                self._inline(child, parts, boxes, para)
            elif tag in _INLINE_CONTAINERS:
                self._inline(child, parts, boxes, para)
            elif tag == _ALTERNATE:
                self._inline(_choice(child), parts, boxes, para)
            elif tag == _w("oMath") or tag == _w("oMathPara"):
                continue

    def _run(self, run: Any, parts: list[_Piece], boxes: list[Any], para: _Props) -> None:
        """Collect a run's visible text; field codes, deletions and hidden text are not."""
        rpr = run.find(_w("rPr"))
        if rpr is not None and _on(rpr.find(_w("vanish"))):
            return
        bold, size = self._run_props(rpr, para)
        for child in run:
            tag = child.tag
            if tag == _w("fldChar"):
                self._field_char(child, parts, bold, size)
                continue
            if tag == _w("drawing") or tag == _w("pict") or tag == _ALTERNATE or tag == _w("object"):
                boxes.extend(_text_boxes(child))
                continue
            if self.fields and not all(self.fields):
                continue  # inside a field's code: its instruction, not its result
            if tag == _T:
                parts.append((child.text or "", bold, size))
            elif tag in (_w("tab"), _w("ptab")):
                parts.append(("\t", None, 0.0))
            elif tag == _w("br"):
                page = self.pages and child.get(_w("type")) == "page"
                parts.append((_PAGE_BREAK if page else "\n", None, 0.0))  # else a line or column break
            elif tag == _w("cr"):
                parts.append(("\n", None, 0.0))
            elif tag == _w("noBreakHyphen"):
                parts.append(("-", bold, size))
            elif tag == _w("sym"):
                parts.append((_SYMBOLS.get((child.get(_w("char")) or "").upper(), ""), bold, size))

    def _field_char(self, char: Any, parts: list[_Piece], bold: bool, size: float) -> None:
        """Follow a complex field: its code is hidden, its result shown; a form check box shows its box."""
        kind = char.get(_w("fldCharType"))
        if kind == "begin":
            self.fields.append(False)
            box = char.find(f"{_w('ffData')}/{_w('checkBox')}")
            if box is not None:
                checked = box.find(_w("checked"))
                checked = checked if checked is not None else box.find(_w("default"))
                parts.append(("☒ " if _on(checked) else "☐ ", bold, size))
        elif kind == "separate" and self.fields:
            self.fields[-1] = True
        elif kind == "end" and self.fields:
            self.fields.pop()

    def _run_props(self, rpr: Any, para: _Props) -> tuple[bool, float]:
        """Return a run's bold and size: direct, else its character style's, else the paragraph style's,
        else the document's defaults."""
        bold, size = _bold_of(rpr), _size_of(rpr)
        char_style = rpr.find(_w("rStyle")) if rpr is not None else None
        if char_style is not None:
            bold = bold if bold is not None else self.styles.bold(char_style.get(_VAL))
            size = size if size is not None else self.styles.size(char_style.get(_VAL))
        bold = bold if bold is not None else para[0] if para[0] is not None else self.styles.default_bold
        return bold, size if size is not None else para[1] or self.styles.default_size

    def table(self, tbl: Any) -> list[Block]:
        """Return a table's rows as lines, cells joined by ' | '; cells of several lines read side by side."""
        out: list[Block] = []
        marks, self.pages = self.pages, False  # a break in a cell does not cut the table
        for row in _rows(tbl):
            cells = [self._cell(tc) for tc in _cells(row)]
            cells = [c for c in cells if c]
            height = max((len(c) for c in cells), default=0)
            for i in range(height):
                row_cells = [c[i] for c in cells if i < len(c)]
                text = " | ".join(b.text for b in row_cells)
                size = _main_size([(b.text, None, b.size) for b in row_cells])
                out.append(Block(text, False, size))  # a table row is no heading (nor a bold letterhead)
        self.pages = marks
        return out

    def _cell(self, tc: Any) -> list[Block]:
        """Return a cell's non-empty lines (a merged cell's continuation has none)."""
        props = tc.find(_w("tcPr"))
        merge = props.find(_w("vMerge")) if props is not None else None
        if merge is not None and merge.get(_VAL) in (None, "continue"):
            return []
        return [b for b in self.blocks(tc) if b.text]


def _main_size(pieces: list[_Piece]) -> float:
    """Return the size most characters of the pieces are set in (0 when none has one)."""
    counts: dict[float, int] = {}
    for text, _, size in pieces:
        if size:
            counts[size] = counts.get(size, 0) + len(text.strip())
    return max(counts, key=lambda size: counts[size]) if counts else 0.0


def _rows(tbl: Any) -> Iterator[Any]:
    """Yield a table's own rows, also those inside row-level content controls (not a nested table's)."""
    return _own(tbl, _TR)


def _cells(row: Any) -> Iterator[Any]:
    """Yield a row's cells, also those inside cell-level content controls and custom XML."""
    return _own(row, _TC)


def _own(parent: Any, tag: str) -> Iterator[Any]:
    """Yield parent's children with tag, also those wrapped in content controls and custom XML."""
    for child in parent:
        if child.tag == tag:
            yield child
        elif child.tag in (_SDT, _w("customXml")):
            content = child.find(_SDTCONTENT) if child.tag == _SDT else child
            if content is not None:
                yield from _own(content, tag)


def _choice(alternate: Any) -> Any:
    """Return the content of an mc:AlternateContent to read: its first Choice, else its Fallback."""
    for child in alternate:
        if child.tag in (_CHOICE, _FALLBACK):
            return child
    return alternate


def _text_boxes(element: Any) -> list[Any]:
    """Return the text boxes in a drawing, picture or alternate content, each once.

    Word writes a text box twice, as DrawingML (mc:Choice) and as VML (mc:Fallback); only the first of
    the two is read, and a box inside a box is read with its outer box.
    """
    if element.tag == _ALTERNATE:
        element = _choice(element)
    found: list[Any] = []
    for box in element.iter(_TXBX):
        if any(a.tag == _TXBX for a in box.iterancestors()) or _in_fallback(box, element):
            continue
        found.append(box)
    return found


def _in_fallback(box: Any, top: Any) -> bool:
    """Return True when a text box stands in an mc:Fallback below `top` (the VML copy of a Choice)."""
    for ancestor in box.iterancestors():
        if ancestor is top:
            return False
        if ancestor.tag == _FALLBACK:
            return True
    return False


def _clean(text: str, *, columns: bool = False) -> str:
    """Return paragraph text with odd spaces as spaces, soft hyphens gone, each line stripped.

    A tab to a tab stop the paragraph (or its style) sets is a column gap, " | " as in a table row (a
    letterhead's "Kommunstyrelsen<tab>Datum<tab>Dnr", the header style's centre and right stops); so are
    two tabs in a row. A single tab at Word's default stops is a space ("Datum:<tab>2024-03-01"). A word a
    transcript broke inside the paragraph is read whole (`remiss.clean.AVSTAVAT`).
    """
    return _trimmed(las_avstavade(_spaced(text, columns=columns)))


def _trimmed(text: str) -> str:
    """Return each line of text without the cell separators at its ends, stripped."""
    return "\n".join(re.sub(r"^(?:\s*\|\s)+|(?:\s\|\s*)+$", "", line).strip() for line in text.split("\n"))


def _spaced(text: str, *, columns: bool = False) -> str:
    """Return paragraph text as _clean reads it before a broken word is read whole."""
    text = text.replace("\u00ad", "").replace("\u00a0", " ").replace("\u2009", " ").replace("\u202f", " ")
    text = text.replace("\r", "\n").replace("\x0b", "\n")
    text = re.sub(r"[ ]*\t[ ]*\t[\t ]*" if not columns else r"[ ]*\t[\t ]*", " | ", text)
    return re.sub(r"[ \t\u2002\u2003]+", " ", text)


def _blocks(segment: str, bold: bool, size: float, *, columns: bool = False) -> list[Block]:
    """Given a paragraph's text up to a page break, return its lines as Blocks, each with the words reading
    joined as the paragraph writes them (titel36: 'identitets- märkningar', a title keeps them)."""
    spaced = _spaced(segment, columns=columns)  # once: the lines as read, and the words as written
    lines = _trimmed(las_avstavade(spaced)).split("\n")
    if "- " not in segment:
        return [Block(line, bold, size) for line in lines]
    written = [avstavade_ord(line) for line in spaced.split("\n")]
    return [Block(line, bold, size, avstavat=words) for line, words in zip(lines, written, strict=True)]


# --- the document ---------------------------------------------------------------------------------


def read_document(document: Any, *, depth: int = 0) -> Las:
    """Given a python-docx Document, return its pages (page 1's header first) and their furniture."""
    part = document.part
    styles = _Styles(_part_element(part, "styles_part"))
    numbering = _Numbering(_part_element(part, "numbering_part"))
    reader = _Reader(styles, numbering, part, depth)
    body = document.element.body
    sections = [s for s in body.iter(_w("sectPr")) if _section_end(s, body)]  # the first section's first
    letterheads: list[Any] = []
    out = Las()
    starts = [0]  # the page each section starts on
    out.pages[0].lines.extend(_letterhead(reader, part, sections[0] if sections else None, letterheads))
    reader.fields.clear()
    reader.pages = True
    stream = reader.blocks(body)
    reader.pages = False
    read_since_break = False  # body text on the current page
    for block in stream:
        if block.mark is None:
            out.pages[-1].lines.append(block)
            read_since_break = read_since_break or bool(block.text.strip())
            continue
        if block.mark is _PAGE or block.mark not in sections[:-1]:
            if block.mark is _PAGE and read_since_break:
                out.pages.append(Sida())
                read_since_break = False
            continue
        following = sections[sections.index(block.mark) + 1]
        kind = following.find(_w("type"))
        if kind is not None and kind.get(_VAL) == "continuous":
            starts.append(len(out.pages) - 1)
            continue
        if read_since_break:
            out.pages.append(Sida())
            read_since_break = False
        starts.append(len(out.pages) - 1)
        reader.fields.clear()
        out.pages[-1].lines[:0] = _letterhead(reader, part, following, letterheads)
    while len(out.pages) > 1 and not any(b.text.strip() for b in out.pages[-1].lines):
        out.pages.pop()  # a break after the last text starts no page
    starts = [min(page, len(out.pages) - 1) for page in starts]
    seen = {b.text for b in out.lines}
    starts += [starts[-1]] * (len(sections) - len(starts))
    ends = [*starts[1:len(sections)], len(out.pages)]  # the page after each section's last
    for number, section in enumerate(sections):
        first = starts[number]
        for reference in section:
            if reference.tag not in (_w("headerReference"), _w("footerReference")):
                continue
            element = _related(part, reference.get(f"{{{_R}}}id"))
            if element is None or any(element is head for head in letterheads):
                continue
            later = reference.tag == _w("headerReference") and reference.get(_w("type")) != "first"
            page = first + 1 if later and first + 1 < ends[number] else first  # a running header: page 2 on
            reader.fields.clear()
            for block in reader.blocks(element):
                if block.text and block.text not in seen:
                    seen.add(block.text)
                    out.pages[page].furniture.append(block)
    return out


def _letterhead(reader: _Reader, part: Any, section: Any, used: list[Any]) -> list[Block]:
    """Return the lines of a section's own letterhead on its first page: its first-page header when it
    has "different first page", else its default header; none when it has no such header of its own
    (Word then repeats the previous section's) or that header was already read as a letterhead."""
    if section is None:
        return []
    title_page = _on(section.find(_w("titlePg")))
    header = _header_part(part, section, "first" if title_page else "default")
    if header is None or any(header is head for head in used):
        return []
    used.append(header)
    return reader.blocks(header)


def _section_end(sect_pr: Any, body: Any) -> bool:
    """Return True for a section's properties (the body's last, or a paragraph's), not an old revision's."""
    parent = sect_pr.getparent()
    return parent is body or parent.tag == _w("pPr") and parent.getparent().tag == _P


def _part_element(part: Any, name: str) -> Any:
    """Return the root element of the document's styles or numbering part, or None when it has none."""
    try:
        return getattr(part, f"_{name}").element if name == "styles_part" else getattr(part, name).element
    except (KeyError, NotImplementedError, AttributeError):
        return None


def _header_part(part: Any, section: Any, kind: str) -> Any:
    """Return the root of a section's header of a kind ('first', 'default'), or None."""
    if section is None:
        return None
    for reference in section.iter(_w("headerReference")):
        if reference.get(_w("type")) == kind:
            return _related(part, reference.get(f"{{{_R}}}id"))
    return None


def _related(part: Any, rid: str | None) -> Any:
    """Return the root element of a related header or footer part, or None."""
    if not rid:
        return None
    try:
        return part.related_parts[rid].element
    except (KeyError, AttributeError):
        return None


# --- imported chunks (w:altChunk) ---------------------------------------------------------------------

_HTML_BLOCKS = {"p", "div", "li", "tr", "table", "ul", "ol", "dl", "dt", "dd", "section", "article",
                "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer", "address",
                "center"}
_HTML_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_HTML_SKIPPED = {"script", "style", "head", "title", "meta", "noscript", "template"}
_DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _chunk_lines(content_type: str, blob: bytes, depth: int) -> list[tuple[str, bool]]:
    """Given an imported chunk's content type and bytes, return its (text, bold) lines."""
    kind = content_type.split(";")[0].strip().lower()
    if kind in ("text/html", "application/xhtml+xml"):
        return _html_lines(blob)
    if kind == "text/plain":
        text = blob.decode("utf-8-sig", errors="replace")
        return [(line, False) for line in (_clean(t) for t in text.splitlines()) if line]
    if kind == "message/rfc822":  # MHT: the HTML part of a saved web archive
        import email
        from email import policy

        message = email.message_from_bytes(blob, policy=policy.default)
        html = message.get_body(("html",)) if hasattr(message, "get_body") else None
        content = html.get_payload(decode=True) if html is not None else None
        return _html_lines(content) if isinstance(content, bytes) else []
    if kind.startswith(_DOCX_TYPE) and depth == 0:
        import io

        from docx import Document

        from remiss.limits import check_docx

        check_docx(io.BytesIO(blob), fil="(inbäddat Word-dokument)")
        inner = read_document(Document(io.BytesIO(blob)), depth=depth + 1)
        return [(b.text, b.bold) for b in inner.lines if b.text]
    return []


def _html_lines(blob: bytes) -> list[tuple[str, bool]]:
    """Given HTML bytes, return its text as (text, bold) lines: a block element per line, table cells
    joined by ' | ', list items with their number or bullet, headings bold."""
    from lxml import etree, html

    if not blob.strip():
        return []
    try:
        blob.decode("utf-8")  # most chunks are UTF-8 without saying so; else the page's own meta charset
        parser = html.HTMLParser(encoding="utf-8")
    except UnicodeDecodeError:
        parser = None
    try:
        root = html.fromstring(blob, parser=parser)
    except (etree.ParserError, ValueError):
        return []
    lines: list[tuple[str, bool]] = []
    current: list[str] = []
    bold = [False]

    def flush() -> None:
        text = _clean(re.sub(r"[\r\n]+", " ", "".join(current))).strip(" |")
        if text.strip():
            lines.append((text.strip(), bold[0]))
        current.clear()
        bold[0] = False

    def walk(element: Any, counters: list[int | None]) -> None:
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if tag in _HTML_SKIPPED or not tag:
            return
        if tag in _HTML_BLOCKS or tag == "br":
            flush()
        if tag in _HTML_HEADINGS:
            bold[0] = True
        if tag == "li" and counters:
            if counters[-1] is None:
                current.append("• ")
            else:
                counters[-1] += 1
                current.append(f"{counters[-1]}. ")
        if tag in ("td", "th") and current:
            current.append("\t\t")
        current.append(element.text or "")
        nested = [*counters, None if tag == "ul" else _int(element.get("start"), 1) - 1] \
            if tag in ("ul", "ol") else counters
        for child in element:
            walk(child, nested)
            if child.tail:
                current.append(child.tail)
        if tag in _HTML_BLOCKS:
            flush()

    walk(root, [])
    flush()
    return lines


# --- Strict Open XML ----------------------------------------------------------------------------------

_STRICT = re.compile(rb"http://purl\.oclc\.org/ooxml/(\w+)/")


# the main part of a Word template (.dotx, .dotm) or a document with macros (.docm): read as a document
_OTHER_MAIN = re.compile(rb"application/vnd\.(?:ms-word\.(?:document|template)\.macroEnabled|"
                         rb"openxmlformats-officedocument\.wordprocessingml\.template)\.main\+xml")
_MAIN = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def package(path: Any) -> Any:
    """Given a checked .docx path, return what python-docx opens: the path itself, or an in-memory copy
    for a file saved as "Strict Open XML" (Word's other .docx) or as a template or with macros.

    Strict names every element and relationship under purl.oclc.org/ooxml/… where the usual format has
    schemas.openxmlformats.org/…/2006/…; the elements are the same, so renaming them is enough. A template
    (.dotx) or a document with macros (.docm) differs only in its main part's content type (macros are
    never run here, only the text is read).
    """
    import io
    import zipfile

    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        strict = "_rels/.rels" in names and bool(_STRICT.search(archive.read("_rels/.rels")))
        types = archive.read("[Content_Types].xml") if "[Content_Types].xml" in names else b""
        other = bool(_OTHER_MAIN.search(types))
        if not strict and not other:
            return str(path)
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as copy:
            for info in archive.infolist():
                data = archive.read(info)
                if strict and info.filename.endswith((".xml", ".rels")):
                    data = _STRICT.sub(rb"http://schemas.openxmlformats.org/\1/2006/", data)
                if info.filename == "[Content_Types].xml":
                    data = _OTHER_MAIN.sub(_MAIN, data)
                copy.writestr(info.filename, data)
    out.seek(0)
    return out
