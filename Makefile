# advocate: `make demo` builds every campaign in Campaigns/; `make test` runs the whole suite.
# Both install what is missing first (scripts/setup.sh).

SWIFT ?= swift
# CI treats warnings as errors and adds a run of the tests under AddressSanitizer.
ifeq ($(CI),true)
STRICT_FLAGS := -Xswiftc -warnings-as-errors
endif

.PHONY: setup build demo test test-sanitized bench clean

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

clean:
	rm -rf .build .build-asan out
