# EcoSecurity: set-up, tests, demo and packaging on Debian 12 or 13.
# `make test` and `make demo` install whatever is missing first; a second run skips it.

SHELL := /bin/bash
PLUGIN := ecosecurity
SYSPY := /usr/bin/python3
VENV := .venv
PY := $(VENV)/bin/python
BUILD := build
# a folder that holds the plugin as `ecosecurity`, for QGIS_PLUGINPATH
PLUGINDIR := $(BUILD)/plugins
QGIS_ENV := QT_QPA_PLATFORM=offscreen GDAL_PAM_ENABLED=NO QGIS_PLUGINPATH=$(abspath $(PLUGINDIR)) \
            QGIS_CUSTOM_CONFIG_PATH=$(abspath $(BUILD)/qgis-profile)
APT_PACKAGES := qgis qgis-providers python3-qgis python3-gdal python3-scipy python3-plotly gdal-bin \
                python3-venv python3-pip qttools5-dev-tools
# files of the installed plugin (the zip and the plugin folder hold these only)
PLUGIN_FILES := metadata.txt __init__.py plugin.py LICENSE README.md algorithms resources
DEMO_OUT ?= $(abspath $(BUILD)/demo)
# the CPU build of PyTorch that the tests use where a wheel exists for this Python
TORCH ?= torch==2.13.0+cpu

.PHONY: all install system venv plugin-link lint test unit qt6-check demo zip deploy clean \
        bench models translations ts screenshots

all: test

install: system venv plugin-link translations

# The compiled translations (resources/i18n/*.qm) from the sources in i18n/*.ts.
LOCALES := zh_CN
QM_FILES := $(LOCALES:%=resources/i18n/ecosecurity_%.qm)
translations: $(QM_FILES)

resources/i18n/ecosecurity_%.qm: i18n/ecosecurity_%.ts | system
	@mkdir -p resources/i18n
	lrelease -silent $< -qm $@

# Rewrite i18n/*.ts after strings changed: new strings appear unfinished, to be translated.
ts: venv plugin-link
	$(QGIS_ENV) $(PY) i18n/catalogue.py $(abspath $(PLUGINDIR)) $(LOCALES)

# Debian's QGIS and GDAL; skipped when every package is already installed.
system:
	@if dpkg -s $(APT_PACKAGES) >/dev/null 2>&1; then \
	  echo "Debian packages: already installed"; \
	else \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -q && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q --no-install-recommends $(APT_PACKAGES); \
	fi

# A venv on the system Python that sees Debian's numpy, scipy, GDAL and QGIS; pip may not
# replace Debian's numpy or scipy (GDAL's gdal_array is built against that numpy; on
# Debian 12 a numpy 2 breaks it and QGIS), hence the constraints.
venv: $(VENV)/.installed

$(VENV)/.installed: requirements-test.txt requirements-optional.txt | system
	@[ -x $(PY) ] || $(SYSPY) -m venv --system-site-packages $(VENV)
	$(SYSPY) -c "import numpy, scipy; print('numpy==' + numpy.__version__); print('scipy==' + scipy.__version__)" > $(VENV)/constraints.txt
	$(PY) -m pip install -q --disable-pip-version-check -c $(VENV)/constraints.txt -r requirements-test.txt
	$(PY) -m pip install -q --disable-pip-version-check -c $(VENV)/constraints.txt -r requirements-optional.txt \
	  || echo "Optional accelerators could not be installed; the tools fall back to scipy."
	@# PyTorch for the LSTM: the CPU build only, named by its +cpu label, which only a wheel
	@# folder or an index of CPU builds holds (pip's find-links or extra index URL); PyPI has
	@# none, and its Linux torch is a CUDA build of several GB. None for this Python: the
	@# LSTM test skips and says why.
	$(PY) -m pip install -q --disable-pip-version-check --only-binary=:all: -c $(VENV)/constraints.txt "$(TORCH)" \
	  || echo "No CPU build of PyTorch ($(TORCH)) for this Python: the LSTM test will skip."
	@# the JRC MSPA engine, a test oracle only (never used by the plugin)
	$(PY) tests/mspa_oracle.py
	@touch $@

# The plugin seen by QGIS as `ecosecurity`, whatever this checkout is called.
plugin-link:
	@mkdir -p $(PLUGINDIR)
	@ln -sfn $(CURDIR) $(PLUGINDIR)/$(PLUGIN)

unit: venv
	$(QGIS_ENV) $(PY) -m pytest -q tests -m "not qgis_process"

# ruff at the level ruff.toml sets (pyflakes' checks and pycodestyle's errors)
lint: venv
	$(PY) -m ruff check --no-cache .

test: install lint
	$(QGIS_ENV) $(PY) -m pytest -q -rfEs tests

# flake8-qgis's Qt6 rules (QGS4xx: QVariant types, renamed enums, removed Qt5 calls) must
# find nothing: QGIS 4 runs on Qt6. compat.py holds the only QVariant types, for QGIS < 3.38.
qt6-check: venv
	$(PY) -m flake8 --select=QGS4 --exclude=.venv,build,.git .
	@echo "flake8-qgis QGS4xx (Qt6): no findings"

demo: install
	@$(QGIS_ENV) DEMO_OUT=$(DEMO_OUT) $(PY) resources/sample/run_demo.py

# PNGs of the toolbox, a tool dialog, the network model in the Modeler and the Corsica network
# map, for the README. Qt's offscreen platform draws the widgets, no X server needed; the
# Corsica outputs come from `make demo`, run first when they are missing.
SCREENSHOTS := docs/screenshots
# fonts for legible Latin and Chinese text; optipng recompresses the PNGs losslessly (about 15 % smaller)
SCREENSHOT_PACKAGES := fonts-dejavu-core fonts-noto-cjk optipng
screenshots: install
	@dpkg -s $(SCREENSHOT_PACKAGES) >/dev/null 2>&1 || { SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q --no-install-recommends $(SCREENSHOT_PACKAGES); }
	@[ -f $(DEMO_OUT)/corsica_links.gpkg ] || $(MAKE) demo
	$(QGIS_ENV) DEMO_OUT=$(DEMO_OUT) $(PY) docs/make_screenshots.py $(SCREENSHOTS)
	optipng -quiet -o2 $(SCREENSHOTS)/*.png
	@ls -l $(SCREENSHOTS)/*.png

bench: install
	$(QGIS_ENV) ECOSECURITY_PLUGINS=$(abspath $(PLUGINDIR)) $(PY) benchmarks/run_all.py

# always rebuilt (it takes a second): the files git tracks, as in the working tree
zip: translations
	@rm -rf $(BUILD)/zip && mkdir -p $(BUILD)/zip/$(PLUGIN)
	git ls-files -z $(PLUGIN_FILES) | xargs -0 cp --parents -t $(BUILD)/zip/$(PLUGIN)
	cp --parents -t $(BUILD)/zip/$(PLUGIN) $(QM_FILES)
	cd $(BUILD)/zip && rm -f ../$(PLUGIN).zip && $(SYSPY) -m zipfile -c ../$(PLUGIN).zip $(PLUGIN)
	@echo "Installable plugin: $(abspath $(BUILD)/$(PLUGIN).zip) (QGIS: Plugins > Manage and Install > Install from ZIP)"

# Link this checkout into a QGIS profile (default profile unless PROFILE=name).
PROFILE ?= default
QGIS_PROFILE_DIR ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/$(PROFILE)
deploy:
	@mkdir -p $(QGIS_PROFILE_DIR)/python/plugins
	@ln -sfn $(CURDIR) $(QGIS_PROFILE_DIR)/python/plugins/$(PLUGIN)
	@echo "Linked $(CURDIR) as $(QGIS_PROFILE_DIR)/python/plugins/$(PLUGIN); enable it in Plugins > Manage and Install."

clean:
	rm -rf $(BUILD) .pytest_cache

# Rewrite the workflow models from resources/models/write_models.py.
models: install
	QT_HASH_SEED=0 $(QGIS_ENV) ECOSECURITY_PLUGINS=$(abspath $(PLUGINDIR)) $(PY) resources/models/write_models.py
