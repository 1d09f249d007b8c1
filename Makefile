# Every target bootstraps .venv from pyproject.toml when it is missing or older than pyproject.toml.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test fuzz lint bench fmt clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

# Bytecode first (quick when up to date): where PYTHONDONTWRITEBYTECODE is set, an editable
# checkout would otherwise compile planner's modules again at every start.
demo: $(STAMP)
	@$(BIN)/python -m compileall -q planner
	$(BIN)/planner examples/plans/2025-26.toml

test: $(STAMP)
	$(BIN)/python -m pytest -n auto -q

# The fuzz of mutated plan files with its long budget (`make test` runs a few examples of each).
fuzz: $(STAMP)
	PLANNER_FUZZ=long $(BIN)/python -m pytest tests/fuzz -n auto -q

lint: $(STAMP)
	$(BIN)/ruff check planner tests benchmarks
	$(BIN)/ruff format --check planner tests benchmarks
	$(BIN)/lint-imports

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

fmt: $(STAMP)
	$(BIN)/ruff format planner tests benchmarks
	$(BIN)/ruff check --fix planner tests benchmarks

clean:
	rm -rf $(VENV) build dist *.egg-info
