# The two commands that matter: `make run` and `make test`. Both set everything up first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SAMPLE := resources/samples/cbp-commissioner-magnus.txt

.PHONY: run test lint typecheck pytest test-slow bench system-deps clean dist dist-check install-desktop \
	translations translations-update quality

$(STAMP): pyproject.toml
	@bash packaging/system-deps.sh
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,dev]'
	@touch $(STAMP)

system-deps:
	@bash packaging/system-deps.sh

# Translations (resources/i18n/): the .ts sources are in git, the compiled .qm are not. lrelease comes
# with PySide6 (pyside6-lrelease in the venv). `make translations-update` re-reads the marked strings
# of editor_app/ui/ into the .ts files (editor_app.ts is the template for a new language).
I18N := resources/i18n
TS_TEMPLATE := $(I18N)/editor_app.ts
QM := $(patsubst %.ts,%.qm,$(filter-out $(TS_TEMPLATE),$(wildcard $(I18N)/editor_app_*.ts)))

translations: $(QM)

$(I18N)/%.qm: $(I18N)/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations-update: $(STAMP)
	$(BIN)/pyside6-lupdate -silent -extensions py -locations none -no-obsolete editor_app/ui \
		-ts $(TS_TEMPLATE) $(filter-out $(TS_TEMPLATE),$(wildcard $(I18N)/*.ts))

# Opens the user's copy of the sample (made in their data folder), never the tracked file itself.
run: $(STAMP) translations
	$(BIN)/editor-app $(SAMPLE)

lint: $(STAMP)
	$(BIN)/ruff check editor_app tests packaging
	$(BIN)/ruff format --check editor_app tests packaging

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m "not slow" $(PYTEST_ARGS)

test: lint typecheck pytest

test-slow: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m slow $(PYTEST_ARGS)

# The speed targets of the performance issue, measured (not asserted): one table of medians.
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.perf.bench $(BENCH_ARGS)

# Issue 13's measures on real news (PolNeAR's train compartment, a local copy: never in this repository)
# and on the written test articles. POLNEAR_DIR=path/to/PolNeAR make quality
quality: $(STAMP)
	@if [ -z "$(POLNEAR_DIR)" ]; then \
		echo "make quality needs a local copy of PolNeAR: git clone https://github.com/networkdynamics/PolNeAR"; \
		echo "then run: POLNEAR_DIR=path/to/PolNeAR make quality (only its data/train is read)"; \
	else $(BIN)/python -m tests.quality.polnear "$(POLNEAR_DIR)" $(QUALITY_ARGS); fi

clean:
	rm -rf $(VENV) build dist .mypy_cache .pytest_cache .ruff_cache $(QM)

# Packaging (docs/packaging.md). PyInstaller comes from the `packaging` extra; the one-folder bundle
# lands in dist/editor-app/. dist-check builds it and runs its self-test offscreen.
PACKAGING_STAMP := $(VENV)/.packaging-installed

$(PACKAGING_STAMP): $(STAMP) pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[packaging]'
	@touch $(PACKAGING_STAMP)

dist: $(PACKAGING_STAMP)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/editor-app.spec
	@du -sh dist/editor-app

dist-check: dist
	QT_QPA_PLATFORM=offscreen dist/editor-app/editor-app --self-test

# For the current user: .desktop file, icons, MIME type of the sidecars, AppStream metainfo.
install-desktop:
	$(PYTHON) packaging/linux/install_desktop.py
