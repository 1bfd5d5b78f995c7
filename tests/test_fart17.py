"""Speed work of session 17 (fart17): the shortcuts keep every result as it was."""

from __future__ import annotations

import dataclasses
import gc
import inspect

from click.testing import CliRunner

from remiss.cli import cli
from remiss.domain import Line


def test_line_init_is_the_dataclass_init() -> None:
    """Line's hand-written __init__ takes the fields in order with their defaults, as @dataclass's would."""
    params = list(inspect.signature(Line.__init__).parameters.values())[1:]
    fields = dataclasses.fields(Line)
    assert [p.name for p in params] == [f.name for f in fields]
    assert [p.default for p in params] == [
        inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default for f in fields
    ]
    twin = dataclasses.make_dataclass("Line", [(f.name, f.type, f) for f in fields], frozen=True)
    values = {"text": "Remiss", "page": 2, "number": 3, "top": 1.5, "bold": True, "cells_x": (1.0, 2.0),
              "size": 11.0, "x0": 1.0, "x1": 9.0, "bottom": 3.5, "cells_x1": (1.5, 9.0)}
    for given in (values, {"text": "x", "page": 1, "number": 1}):
        line = Line(**given)
        assert vars(line) == vars(twin(**given))
        assert list(vars(line)) == [f.name for f in fields]  # the same order: repr, pickling, asdict
    assert Line("a", 1, 2) == Line(text="a", page=1, number=2)
    assert hash(Line("a", 1, 2)) == hash(Line("a", 1, 2))
    assert dataclasses.replace(Line("a", 1, 2), text="b") == Line("b", 1, 2)


def test_cli_runner_keeps_the_collector() -> None:
    """Only the command's own process (main) freezes the imports and widens the collector's threshold."""
    before = gc.get_threshold()
    result = CliRunner().invoke(cli, ["tolka", "--help"])
    assert result.exit_code == 0
    assert gc.get_threshold() == before
