# Task runner. `make demo` and `make test` create their own virtualenv in .venv.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: demo test bench lint samples golden clean venv

venv: $(STAMP)

# --compile-bytecode: uv writes no .pyc by default; without them a run under PYTHONDONTWRITEBYTECODE
# compiles spaCy's, thinc's and pydantic's sources each time (1–2 s of every `remiss kontrollera`).
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install -q --upgrade pip uv || true
	$(VENV)/bin/uv pip install -q --compile-bytecode --python $(PY) -e '.[test]' || $(VENV)/bin/pip install -q -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	bash samples/demo.sh

test: $(STAMP)
	$(PY) -m pytest

bench: $(STAMP)
	$(PY) bench/run.py

lint: $(STAMP)
	$(VENV)/bin/ruff check remiss tests bench samples
	$(VENV)/bin/mypy remiss

samples: $(STAMP)
	$(PY) samples/generera.py
	$(PY) samples/skanna.py

golden: $(STAMP)
	$(PY) -m pytest tests/test_golden.py --update-golden

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
