"""What may reach the screen: document text without control characters, messages without passwords.

A PDF or an e-mail can carry terminal escape sequences (ESC ] 0; … sets the window title, ESC [ 2J
clears the screen, some terminals answer queries as if typed); human output passes document text
through `ren`. A database URL carries its password; every message passes through `dolj_losenord`.
"""

from __future__ import annotations

import re

# CSI (ESC [ … final), OSC (ESC ] … BEL or ST), DCS/SOS/PM/APC (ESC P|X|^|_ … ST), two-byte ESC x, C1 CSI
_SEKVENS = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"
                      r"|\x1b[PX^_][^\x1b]*(?:\x1b\\)?|\x1b[ -/]*[0-~]|\x9b[0-?]*[ -/]*[@-~]")
# C0 except tab and newline, DEL, C1, and the bidirectional overrides that reorder what is shown
_KONTROLL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_URL_LOSEN = re.compile(r"(?P<start>\b[a-zA-Z][a-zA-Z0-9+.\-]*://[^:/@\s'\"]*):(?P<losen>[^@\s'\"]*)@")
_PARAM_LOSEN = re.compile(r"(?P<start>\b(?:password|passwd|pwd|losenord)=)[^&\s'\"]*", re.IGNORECASE)


def utan_sekvenser(text: str) -> str:
    """Given text, return it without terminal escape sequences (the whole sequence, not only its ESC)."""
    return _SEKVENS.sub("", text)


def ren(text: str) -> str:
    """Given text from a document or the register, return it without escape sequences and control characters
    (tab and newline kept)."""
    return _KONTROLL.sub("", _SEKVENS.sub("", text))


def dolj_losenord(text: str) -> str:
    """Given a message, return it with passwords in URLs (user:lösen@, ?password=…) replaced by ***."""
    text = _URL_LOSEN.sub(lambda m: f"{m['start']}:***@", text)
    return _PARAM_LOSEN.sub(lambda m: f"{m['start']}***", text)


def till_skarm(text: str) -> str:
    """Given a message for the screen, return it cleaned and without passwords."""
    return dolj_losenord(ren(text))
