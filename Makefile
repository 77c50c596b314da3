# advocate: `make demo` builds every campaign in Campaigns/; `make test` runs the whole suite.
# Both install what is missing first (scripts/setup.sh).

SWIFT ?= swift
# CI treats warnings as errors and adds a run of the tests under AddressSanitizer.
ifeq ($(CI),true)
STRICT_FLAGS := -Xswiftc -warnings-as-errors
endif

.PHONY: setup build demo test test-sanitized test-install bench docs man install clean

setup:
	@scripts/setup.sh

build: setup
	$(SWIFT) build $(STRICT_FLAGS)

# The demo's mailings carry unsubscribe tokens made with a secret anyone can read: they are
# for proofreading, never for sending (docs/mailings.md). Set your own to build real ones.
DEMO_UNSUBSCRIBE_SECRET ?= demo-secret-for-proofreading-only

demo: build
	@for campaign in Campaigns/*.yaml; do \
	  ADVOCATE_UNSUBSCRIBE_SECRET="$(DEMO_UNSUBSCRIBE_SECRET)" .build/debug/advocate build "$$campaign" || exit $$?; \
	done

test: setup
	$(SWIFT) build --build-tests $(STRICT_FLAGS)
	$(SWIFT) test --skip-build
	$(MAKE) test-install
ifeq ($(CI),true)
	$(MAKE) test-sanitized
endif

# The suite again with AddressSanitizer, in its own build folder: advocate calls C.
# Leak detection is off: LeakSanitizer reports leaks inside XCTest's own runner and
# Foundation's Process.run on this toolchain, which would fail every run.
test-sanitized: setup
	ASAN_OPTIONS=detect_leaks=0 $(SWIFT) test --sanitize=address --scratch-path .build-asan

# Release builds of advocate and the benchmark, then the figures (see README).
bench: setup
	$(SWIFT) build -c release
	$(SWIFT) run -c release advocate-bench
	$(SWIFT) run -c release markdown-bench
	$(SWIFT) run -c release lists-bench
	$(SWIFT) run -c release journal-bench
	$(SWIFT) run -c release send-bench
	$(SWIFT) run -c release mailing-bench

# The JSON Schemas editors read (schema/) and the format reference (docs/reference.md), written
# again from the format declaration; a test fails while the committed copies differ.
docs: build
	@for document in campaign partner translations; do \
	  .build/debug/advocate schema --for $$document > schema/$$document.schema.json || exit $$?; \
	done
	.build/debug/advocate schema --markdown > docs/reference.md

# Installs advocate, its man page and its bash, zsh and fish completions under
# $(DESTDIR)$(PREFIX); CONFIGURATION=debug installs the debug build instead of a release one.
PREFIX ?= /usr/local
DESTDIR ?=
CONFIGURATION ?= release
MANUAL := .build/plugins/GenerateManual/outputs/advocate/advocate.1

# The man page, from the command line's own declarations (swift-argument-parser's plugin).
man: setup
	$(SWIFT) package $(STRICT_FLAGS) plugin generate-manual --configuration $(CONFIGURATION)

install: man
	$(SWIFT) build -c $(CONFIGURATION) $(STRICT_FLAGS) --product advocate
	@set -e; bin="$$($(SWIFT) build -c $(CONFIGURATION) --show-bin-path)/advocate"; root="$(DESTDIR)$(PREFIX)"; \
	install -d "$$root/bin" "$$root/share/man/man1" "$$root/share/bash-completion/completions" \
	  "$$root/share/zsh/site-functions" "$$root/share/fish/vendor_completions.d"; \
	install -m 755 "$$bin" "$$root/bin/advocate"; \
	install -m 644 $(MANUAL) "$$root/share/man/man1/advocate.1"; \
	"$$bin" --generate-completion-script bash > "$$root/share/bash-completion/completions/advocate"; \
	"$$bin" --generate-completion-script zsh > "$$root/share/zsh/site-functions/_advocate"; \
	"$$bin" --generate-completion-script fish > "$$root/share/fish/vendor_completions.d/advocate.fish"; \
	echo "installed advocate $$("$$root/bin/advocate" --version) under $$root"

# make install into empty folders (with PREFIX, then with DESTDIR), checked by scripts/check-install.sh.
test-install:
	scripts/check-install.sh

clean:
	rm -rf .build .build-asan out
