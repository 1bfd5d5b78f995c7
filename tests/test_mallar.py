"""The templates in mallar/: every one renders, has no unknown placeholders; errors name the place."""

from __future__ import annotations

from pathlib import Path

import pytest

from remiss.config import Config
from remiss.domain import Krav, Remiss
from remiss.draft import PLATSHALLARE, STANDARDMALL, bygg_kontext, kontrollera_mall, rendera
from remiss.errors import TemplateError

# The yttrande templates; mallar/sammanstallning.docx has its own context (tests/test_sammanstall_cli.py).
MALLAR = sorted(m for m in Path(STANDARDMALL).parent.glob("*.docx") if m.name != "sammanstallning.docx")
README = Path(STANDARDMALL).parent / "README.md"


def sample_context() -> dict[str, object]:
    """Return a full context for a sample remiss."""
    remiss = Remiss(fil="r.pdf", sidor=(1, 2), diarienummer="KS 2022-00304", avsandare="Kommunstyrelsen",
                    titel="Program mot hemlöshet", svarsdatum="2022-12-11", svarsadress="KS.diarium@boras.se",
                    krav=Krav(sammanfattning=True))
    return bygg_kontext(remiss, config=Config(), stallningstagande="tillstyrker",
                        sammanfattning=["[FÖRSLAG] Hemlöshet är en komplex problematik."])


def body_text(data: bytes) -> str:
    """Given .docx bytes, return all paragraph text of body, header and footer."""
    from io import BytesIO

    from docx import Document

    document = Document(BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    parts += [c.text for t in document.tables for row in t.rows for c in row.cells]
    for section in document.sections:
        parts += [p.text for p in section.header.paragraphs] + [p.text for p in section.footer.paragraphs]
        parts += [c.text for t in section.footer.tables for row in t.rows for c in row.cells]
    return "\n".join(parts)


def test_there_is_a_template() -> None:
    """mallar/ holds the yttrande template."""
    assert STANDARDMALL in MALLAR


@pytest.mark.parametrize("mall", MALLAR, ids=[m.name for m in MALLAR])
def test_template_renders_without_undeclared_variables(mall: Path) -> None:
    """Every template uses only documented placeholders and renders with no jinja left over."""
    context = sample_context()
    assert set(context) == set(PLATSHALLARE)
    kontrollera_mall(mall, set(context))
    text = body_text(rendera(mall, context))
    assert "{{" not in text and "{%" not in text
    assert "Program mot hemlöshet" in text


def test_every_placeholder_is_documented() -> None:
    """mallar/README.md names every placeholder the code provides."""
    readme = README.read_text(encoding="utf-8")
    missing = [name for name in PLATSHALLARE if f"`{name}`" not in readme]
    assert missing == []


def edited_template(tmp_path: Path, text: str) -> Path:
    """Return a copy of the standard template with one paragraph of `text` added to the body."""
    from docx import Document

    document = Document(str(STANDARDMALL))
    document.add_paragraph(text)
    path = tmp_path / "mall.docx"
    document.save(str(path))
    return path


def test_unknown_placeholder_is_named(tmp_path: Path) -> None:
    """A template with {{ xyz }} gives a TemplateError naming 'xyz' and its paragraph."""
    mall = edited_template(tmp_path, "Handläggarens chef: {{ xyz }}")
    with pytest.raises(TemplateError) as info:
        rendera(mall, sample_context())
    message = info.value.line()
    assert "mallen använder okänd platshållare 'xyz'" in message
    assert "Handläggarens chef: {{ xyz }}" in message
    assert message.startswith(str(mall))


def test_broken_syntax_is_located(tmp_path: Path) -> None:
    """Broken jinja syntax gives a TemplateError with the paragraph where it is."""
    mall = edited_template(tmp_path, "Trasig: {{ titel }")
    with pytest.raises(TemplateError) as info:
        kontrollera_mall(mall)
    message = info.value.line()
    assert "syntaxfel" in message
    assert "Trasig: {{ titel }" in message


def test_missing_template(tmp_path: Path) -> None:
    """A template path that does not exist is a TemplateError in Swedish."""
    with pytest.raises(TemplateError, match="mallen finns inte"):
        kontrollera_mall(tmp_path / "saknas.docx")


def test_not_a_docx(tmp_path: Path) -> None:
    """A file that is not a .docx is a TemplateError, not a traceback."""
    bad = tmp_path / "mall.docx"
    bad.write_text("inte word", encoding="utf-8")
    with pytest.raises(TemplateError, match="kan inte öppnas som Word-fil"):
        kontrollera_mall(bad)


def test_build_script_makes_a_valid_template(tmp_path: Path) -> None:
    """mallar/skapa_mall.py builds a template with exactly the documented placeholders."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("skapa_mall", Path(STANDARDMALL).parent / "skapa_mall.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    built = module.build(tmp_path / "ny.docx")
    kontrollera_mall(built)
    assert "Arbetslivsnämnden tillstyrker programmet." in body_text(rendera(built, sample_context()))


def test_unknown_attribute_is_a_template_error(tmp_path: Path) -> None:
    """{{ titel.xyz }} passes the name check but fails when filled in: a TemplateError, not a traceback."""
    mall = edited_template(tmp_path, "Fel: {{ titel.xyz }}")
    with pytest.raises(TemplateError, match="mallen kan inte fyllas i"):
        rendera(mall, sample_context())
