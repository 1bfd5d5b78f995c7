"""Templates are untrusted: attack templates run no code, reach no internals, read no file, loop boundedly."""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest
from click.testing import CliRunner

from remiss.cli import cli
from remiss.draft import rendera
from remiss.errors import TemplateError
from remiss.mallmiljo import GRANS_RANGE, GRANS_VARV, ForbjudenTagg, Mallmiljo, MallSparr

from .conftest import write_pdf
from .test_draft import MOTION, make_remiss
from .test_mallar import sample_context


def class_walk(marker: Path) -> str:
    """Return a template using only `titel` and a loop variable that runs `touch marker` in plain jinja."""
    return ("{% for c in titel.__class__.__mro__[1].__subclasses__() %}{% if c.__name__ == '_wrap_close' %}"
            f"{{{{ c.__init__.__globals__['popen']('touch {marker}').read() }}}}{{% endif %}}{{% endfor %}}")


def attack_template(tmp_path: Path, *paragraphs: str) -> Path:
    """Given paragraphs, return a new Word template (python-docx) with `titel` and those paragraphs."""
    from docx import Document

    document = Document()
    document.add_paragraph("Yttrande över Remiss: {{ titel }}")
    for text in paragraphs:
        document.add_paragraph(text)
    path = tmp_path / "attack.docx"
    document.save(str(path))
    return path


def test_the_class_walk_really_runs_code_without_the_sandbox(tmp_path: Path) -> None:
    """The attack is real: plain jinja runs the command (so the tests below mean something)."""
    marker = tmp_path / "plain"
    jinja2.Environment().from_string(class_walk(marker)).render(titel="x")
    assert marker.exists()


@pytest.fixture
def remiss_pdf(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A remiss PDF whose extraction returns make_remiss(), in the working directory tmp_path."""
    path = write_pdf(tmp_path / "remiss.pdf", [["Remiss: Motion: Utveckla stödet", "Remissinstanser"],
                                              MOTION])
    import remiss.pipeline

    monkeypatch.setattr(remiss.pipeline, "tolka_fil",
                        lambda fil, **kw: [make_remiss(fil=str(fil), sidor=(1, 1))])
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("REMISS_CONFIG", raising=False)
    return path


ATTACKER = {
    "klassvandring": (class_walk, "mallen använder '__class__' på ett värde, vilket inte är tillåtet"),
    "os_popen_cycler": (lambda m: f"{{{{ cycler.__init__.__globals__.os.popen('touch {m}').read() }}}}",
                        "mallen använder okänd platshållare 'cycler'"),
    "include": (lambda m: "{% include '/etc/passwd' %}", "mallen använder {% include %} i stycke 2"),
    "import": (lambda m: "{% import '/etc/passwd' as p %}", "mallen använder {% import %} i stycke 2"),
    "extends": (lambda m: "{% extends '/etc/passwd' %}", "mallen använder {% extends %} i stycke 2"),
    "loopbomb": (lambda m: "{%p for i in range(50000000) %}\n{{ titel }}\n{%p endfor %}",
                 f"mallen använder range() med 50000000 steg; högst {GRANS_RANGE} är tillåtet i en mall."),
    "nastlade_slingor": (lambda m: "{% for i in range(1000) %}{% for j in range(1000) %}{{ titel }}"
                                   "{% endfor %}{% endfor %}",
                         f"mallens slingor går mer än {GRANS_VARV} varv"),
    "format": (lambda m: "{{ '{0.__class__.__mro__}'.format(titel) }}",
               "mallen använder 'format' på ett värde"),
    "minnesbomb": (lambda m: "{{ titel * 1000000000 }}", "högst 1000000 är tillåtet i en mall"),
}


@pytest.mark.parametrize("namn", sorted(ATTACKER))
def test_attack_template_is_refused_by_utkast(namn: str, remiss_pdf: Path, tmp_path: Path) -> None:
    """`remiss utkast FIL --mall attack.docx` exits 1 with one Swedish line, runs nothing, writes no draft."""
    marker = tmp_path / "PWNED"
    text, expected = ATTACKER[namn]
    mall = attack_template(tmp_path, *text(marker).split("\n"))
    result = CliRunner().invoke(cli, ["utkast", str(remiss_pdf), "--mall", str(mall), "-o", "ut.docx",
                                      "--stallningstagande", "tillstyrker"])
    assert result.exit_code == 1, result.output
    lines = result.output.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"Fel: {mall}: mallen"), result.output
    assert expected in lines[0]
    assert not marker.exists()
    assert not (tmp_path / "ut.docx").exists()
    assert "Traceback" not in result.output and "root:" not in result.output


@pytest.mark.parametrize("kalla", [
    "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "{{ joiner.__init__.__globals__ }}",
    "{{ lista.__class__.__base__.__subclasses__() }}",
    "{{ loop_fn.__globals__ }}",
    "{{ titel.upper.__self__ }}",
    "{{ (titel|list).pop() }}",
])
def test_the_sandbox_reaches_no_internals_even_with_objects_in_the_context(kalla: str) -> None:
    """Even given jinja's own Cycler or a function, the sandbox refuses their internals with MallSparr."""
    context = {"cycler": jinja2.utils.Cycler("a"), "joiner": jinja2.utils.Joiner(), "lista": ["a"],
               "loop_fn": class_walk, "titel": "x"}
    with pytest.raises(MallSparr):
        Mallmiljo().from_string(kalla).render(context)


@pytest.mark.parametrize("tagg", ["include 'x'", "import 'x' as y", "from 'x' import y", "extends 'x'",
                                  "macro m()", "call m()", "filter upper", "set x", "block b",
                                  "autoescape false"])
def test_refused_tags_are_named_when_the_template_is_read(tagg: str) -> None:
    """Every tag outside if/for/set/with is refused while parsing (before anything renders), naming it."""
    with pytest.raises(ForbjudenTagg) as info:
        Mallmiljo().parse(f"a {{% {tagg} %}} b")
    assert info.value.tagg.startswith(tagg.split()[0])


def test_allowed_template_features_still_work() -> None:
    """if, for with loop.index, one-line set, with, filters and small ranges render as in plain jinja."""
    kalla = ("{% set n = lista|length %}{% with x = titel|upper %}{{ x }}{% endwith %} {{ n }}:"
             "{% for r in lista %} {{ loop.index }}.{{ r|trim }}{% if loop.last %}!{% endif %}{% endfor %}"
             " {{ range(3)|join(',') }} {{ titel ~ '<&>' }} {{ titel.strip() }}")
    out = Mallmiljo().from_string(kalla).render(titel="Ab ", lista=[" a", "b "])
    assert out == "AB  2: 1.a 2.b! 0,1,2 Ab &lt;&amp;&gt; Ab"


def test_loop_budget_is_shared_by_all_loops_of_one_render() -> None:
    """Many loops each under the range bound together still stop at GRANS_VARV turns."""
    kalla = "{% for i in range(1000) %}.{% endfor %}" * 11
    with pytest.raises(MallSparr, match="varv"):
        Mallmiljo().from_string(kalla).render()
    assert len(Mallmiljo().from_string(kalla[: len(kalla) // 11 * 10]).render()) == 10_000


def test_doubling_with_concatenation_stops() -> None:
    """`{% set a = a ~ a %}` repeated cannot build a text larger than the bound."""
    kalla = "{% set a = 'xxxxxxxxxx' %}" + "{% set a = a ~ a %}" * 40 + "{{ a|length }}"
    with pytest.raises(MallSparr, match="bygger en text"):
        Mallmiljo().from_string(kalla).render()


def test_the_loader_refuses_every_file() -> None:
    """Even bypassing the tag check, the environment has no loader that can read a file."""
    with pytest.raises(MallSparr, match="läsa en annan fil"):
        Mallmiljo().get_template("/etc/passwd")


def test_standard_template_still_renders_in_the_sandbox() -> None:
    """The shipped template fills in as before (the sandbox allows what it uses)."""
    from remiss.draft import STANDARDMALL

    from .test_mallar import body_text

    text = body_text(rendera(STANDARDMALL, sample_context()))
    assert "Yttrande över program mot hemlöshet" in text
    assert "1. Bilaga Remiss: Program mot hemlöshet" in text


def test_refusal_is_a_template_error_with_the_file(tmp_path: Path) -> None:
    """rendera turns a refusal into TemplateError naming the template file."""
    mall = attack_template(tmp_path, "{{ titel.__class__ }}")
    with pytest.raises(TemplateError) as info:
        rendera(mall, sample_context())
    assert info.value.line() == (f"{mall}: mallen använder '__class__' på ett värde, vilket inte är "
                                 "tillåtet i en mall. Använd bara platshållarna i mallar/README.md.")
