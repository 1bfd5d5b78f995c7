"""The jinja2 environment Word templates render in: a sandbox that runs no code, reads no file, ends.

A template is a document anyone with write access to a shared drive can change, so it is untrusted input.
It renders in jinja2's ImmutableSandboxedEnvironment with tighter rules on top:
- only the tags if/elif/else, for, set (one line) and with; include, import, extends, macro, call, filter,
  block sets and recursive loops are refused when the template is read, naming the tag;
- attributes only on `loop` (loop.index …) and a few harmless text methods (upper, strip …);
- a short list of filters; range() of at most GRANS_RANGE steps; all loops of a render together at most
  GRANS_VARV turns; a text built in the template at most GRANS_TEXT characters; the output of one part of
  the document at most GRANS_UTDATA characters;
- no loader: nothing outside the template can be read.
Every refusal is a MallSparr (a jinja2 SecurityError) whose message is one Swedish sentence.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from jinja2 import BaseLoader, StrictUndefined, nodes, pass_eval_context
from jinja2.compiler import CodeGenerator, Frame
from jinja2.environment import Template
from jinja2.exceptions import SecurityError, TemplateSyntaxError
from jinja2.ext import Extension
from jinja2.filters import sync_do_join
from jinja2.lexer import Token, TokenStream
from jinja2.runtime import LoopContext
from jinja2.sandbox import ImmutableSandboxedEnvironment

GRANS_RANGE = 1_000
GRANS_VARV = 10_000
GRANS_TEXT = 1_000_000
GRANS_UTDATA = 20_000_000
GRANS_TALBITAR = 10_000

TILLATNA_TAGGAR = frozenset({"if", "elif", "else", "endif", "for", "endfor", "set", "with", "endwith"})
TILLATNA_FILTER = frozenset({"abs", "capitalize", "count", "d", "default", "e", "escape", "first", "float",
                             "int", "join", "last", "length", "lower", "reverse", "round", "string",
                             "striptags", "title", "trim", "truncate", "upper", "wordcount"})
TEXTMETODER = frozenset({"capitalize", "endswith", "isalpha", "isdigit", "islower", "isupper", "lower",
                         "lstrip", "rstrip", "split", "startswith", "strip", "title", "upper"})
MALLGLOBALER = frozenset({"range"})
TAGGAR_TEXT = "if, for, set och with"
EJ = "vilket inte är tillåtet i en mall"


class MallSparr(SecurityError):
    """A template tried something the sandbox refuses; the message is one Swedish sentence."""


class ForbjudenTagg(TemplateSyntaxError):
    """A template uses a tag that is not allowed (include, import, macro …); `tagg` names it."""

    def __init__(self, tagg: str, lineno: int, name: str | None, filename: str | None) -> None:
        self.tagg = tagg
        super().__init__(f"mallen använder {{% {tagg} %}}, som inte är tillåtet i en mall "
                         f"(tillåtna taggar: {TAGGAR_TEXT}). Ta bort taggen i Word.", lineno, name, filename)


def _kontrollera_taggar(stream: TokenStream) -> Iterator[Token]:
    """Given jinja's token stream, yield it unchanged, raising ForbjudenTagg at the first refused tag."""
    forsta: str | None = None
    i_tagg = tilldelning = False
    for token in stream:
        if token.type == "block_begin":
            i_tagg, forsta, tilldelning = True, None, False
        elif i_tagg and forsta is None and token.type == "name":
            forsta = token.value
            if forsta not in TILLATNA_TAGGAR:
                raise ForbjudenTagg(forsta, token.lineno, stream.name, stream.filename)
        elif i_tagg and token.type == "assign":
            tilldelning = True
        elif i_tagg and forsta == "for" and token.type == "name" and token.value == "recursive":
            raise ForbjudenTagg("for … recursive", token.lineno, stream.name, stream.filename)
        elif token.type == "block_end":
            if forsta == "set" and not tilldelning:
                raise ForbjudenTagg("set %}…{% endset", token.lineno, stream.name, stream.filename)
            i_tagg = False
        yield token


class _Taggkontroll(Extension):
    """Refuses every tag outside TILLATNA_TAGGAR while the template is read (parse and compile alike)."""

    def filter_stream(self, stream: TokenStream) -> Iterable[Token]:
        """Given the token stream, return it checked."""
        return _kontrollera_taggar(stream)


class _IngenLaddare(BaseLoader):
    """A loader that refuses every file: a template can never read another file."""

    def get_source(self, environment: Any, template: str) -> Any:
        """Refuse to load `template`."""
        raise MallSparr(f"mallen försöker läsa en annan fil ('{template}'), {EJ}.")


class _Kodgenerator(CodeGenerator):
    """jinja's code generator with every loop counted and every concatenation (~) measured."""

    def visit_For(self, node: nodes.For, frame: Frame) -> None:
        """Wrap the loop's iterable in environment.begransa_slinga before generating the loop."""
        node.iter = nodes.Call(nodes.EnvironmentAttribute("begransa_slinga"), [node.iter], [], None, None)
        super().visit_For(node, frame)

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:  # type: ignore[override]
        """Generate the concatenation wrapped in environment.begransa_text."""
        self.write("environment.begransa_text(")
        super().visit_Concat(node, frame)
        self.write(")")


class _Malldel(Template):
    """A compiled part of the document whose render stops at GRANS_UTDATA characters."""

    def render(self, *args: Any, **kwargs: Any) -> str:
        """Render like jinja's Template.render, counting the output as it is produced."""
        ctx = self.new_context(dict(*args, **kwargs))
        delar: list[str] = []
        langd = 0
        try:
            for del_ in self.root_render_func(ctx):
                langd += len(del_)
                if langd > GRANS_UTDATA:
                    raise MallSparr(f"mallen ger mer än {GRANS_UTDATA:,} tecken text".replace(",", " ")
                                    + ", vilket inte är tillåtet i en mall. Kontrollera slingorna i Word.")
                delar.append(del_)
        except Exception:  # noqa: BLE001 - jinja's own handler re-raises with the template's traceback
            self.environment.handle_exception()
        return self.environment.concat(delar)  # type: ignore[attr-defined,no-any-return]


def storlek(varde: Any) -> Any:
    """Given a value built in a template, return it, or raise MallSparr when it is too large."""
    if isinstance(varde, (str, list, tuple)) and len(varde) > GRANS_TEXT:
        raise MallSparr(f"mallen bygger en text eller lista med {len(varde)} tecken eller delar; "
                        f"högst {GRANS_TEXT} är tillåtet i en mall.")
    if isinstance(varde, int) and varde.bit_length() > GRANS_TALBITAR:
        raise MallSparr("mallen räknar med ett för stort tal, vilket inte är tillåtet i en mall.")
    return varde


def _begransat(funktion: Callable[..., Any]) -> Callable[..., Any]:
    """Given a jinja filter, return it with its result measured by storlek (its pass_* marker kept)."""

    @functools.wraps(funktion)
    def filter_(*args: Any, **kwargs: Any) -> Any:
        return storlek(funktion(*args, **kwargs))

    return filter_


def _forbjudet_filter(namn: str) -> Callable[..., Any]:
    """Given a filter name, return a filter that refuses to run, naming it."""

    def filter_(*_args: Any, **_kwargs: Any) -> Any:
        raise MallSparr(f"mallen använder filtret '{namn}', som inte är tillåtet i en mall "
                        f"(tillåtna: {', '.join(sorted(TILLATNA_FILTER))}).")

    return filter_


@pass_eval_context
def _join(eval_ctx: Any, value: Any, d: str = "", attribute: Any = None) -> str:
    """jinja's join, refused before joining when the result would pass GRANS_TEXT."""
    delar = list(value)
    if len(delar) > GRANS_VARV or sum(len(str(x)) + len(d) for x in delar) > GRANS_TEXT:
        raise MallSparr(f"mallen slår ihop mer än {GRANS_TEXT} tecken med join, {EJ}.")
    return sync_do_join(eval_ctx, delar, d, attribute)


class Mallmiljo(ImmutableSandboxedEnvironment):
    """The sandbox for one rendering of a Word template (its loop count is per instance)."""

    code_generator_class = _Kodgenerator
    template_class = _Malldel
    intercepted_binops = frozenset({"*", "**", "%", "+"})

    def __init__(self) -> None:
        super().__init__(autoescape=True, undefined=StrictUndefined, loader=_IngenLaddare(),
                         extensions=[_Taggkontroll])
        self.globals.clear()
        self.globals["range"] = self.begransat_range
        tillatna = {namn: _begransat(self.filters[namn]) for namn in TILLATNA_FILTER}
        tillatna["join"] = _join
        self.filters = {namn: tillatna.get(namn) or _forbjudet_filter(namn) for namn in self.filters}
        self.varv = 0

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        """Allow only loop's attributes and the harmless text methods (and nothing starting with _)."""
        if not super().is_safe_attribute(obj, attr, value):
            return False
        return isinstance(obj, LoopContext) or (isinstance(obj, str) and attr in TEXTMETODER)

    def unsafe_undefined(self, obj: Any, attribute: str) -> Any:
        """Return an undefined that raises MallSparr naming the refused attribute."""
        return self.undefined(f"mallen använder '{attribute}' på ett värde, {EJ}. "
                              "Använd bara platshållarna i mallar/README.md.",
                              name=attribute, obj=obj, exc=MallSparr)

    def wrap_str_format(self, value: Any) -> None:
        """Never hand out str.format: it is refused like any other attribute outside TEXTMETODER."""
        return None

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        """Apply an operator, refusing text formatting with % and results larger than the bounds."""
        if operator == "%" and isinstance(left, str):
            raise MallSparr(f"mallen formaterar text med %, {EJ}. Skriv texten direkt.")
        if operator == "**" and isinstance(right, (int, float)) and abs(right) > 64:
            raise MallSparr("mallen räknar med ett för stort tal, vilket inte är tillåtet i en mall.")
        if operator == "*":
            for folj, antal in ((left, right), (right, left)):
                if isinstance(folj, (str, list, tuple)) and isinstance(antal, int) and antal > 0:
                    storlek_av(len(folj) * antal)
        return storlek(super().call_binop(context, operator, left, right))

    def begransat_range(self, *args: int) -> range:
        """range() for templates: at most GRANS_RANGE steps."""
        steg = range(*args)
        if len(steg) > GRANS_RANGE:
            raise MallSparr(f"mallen använder range() med {len(steg)} steg; högst {GRANS_RANGE} är tillåtet "
                            "i en mall.")
        return steg

    def begransa_slinga(self, iterable: Iterable[Any]) -> Iterator[Any]:
        """Given a loop's iterable, yield its items, counting every turn of every loop against GRANS_VARV."""
        for item in iterable:
            self.varv += 1
            if self.varv > GRANS_VARV:
                raise MallSparr(f"mallens slingor går mer än {GRANS_VARV} varv, {EJ}. "
                                "Kontrollera {% for %} i Word.")
            yield item

    def begransa_text(self, text: Any) -> Any:
        """Given the result of ~, return it, or raise MallSparr when it is too long."""
        return storlek(text)


def storlek_av(antal: int) -> None:
    """Given the length a repetition would have, raise MallSparr when it passes GRANS_TEXT."""
    if antal > GRANS_TEXT:
        raise MallSparr(f"mallen bygger en text eller lista med {antal} tecken eller delar; "
                        f"högst {GRANS_TEXT} är tillåtet i en mall.")
