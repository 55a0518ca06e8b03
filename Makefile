# Descent: `make site` sets up and builds the course; `make test` runs the tests.
SWIFT ?= swift
CONFIG ?= release
BIN = .build/$(CONFIG)/descent

.PHONY: site test deps build check bench clean conformance-release

# Installs libcmark-dev when it is missing (Debian), builds Descent, builds notebooks/ into site/.
site: deps build
	$(BIN) build notebooks --out site

deps:
	@if ! pkg-config --exists libcmark 2>/dev/null; then \
		echo "Installing libcmark-dev"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -q && $$SUDO apt-get install -y -q libcmark-dev pkg-config; \
	fi

build:
	$(SWIFT) build -c $(CONFIG) --product descent

test: deps
	$(SWIFT) test

# The conformance corpus run by the release binary (the tests run a debug build).
conformance-release: deps build
	tools/conformance-release.sh $(BIN)

check: deps build
	$(BIN) check notebooks

bench: deps
	$(SWIFT) run -c release bench

clean:
	rm -rf .build
