#!/usr/bin/env bash
# Installs what advocate needs to build and test, and nothing that is already there.
# Safe to run any number of times. As root it installs with apt-get; otherwise it prints
# the command to run and stops.
set -euo pipefail

# Debian packages: the C libraries advocate links and the programs its tests use.
packages=(
  pkg-config                   # finds the C libraries below
  libyaml-dev                  # libyaml: the YAML parser (Sources/CYAML)
  libidn2-dev                  # libidn2: international domain names in contact addresses (Sources/CIDN2)
  libcmark-gfm-dev             # cmark-gfm: Markdown to HTML (Sources/CCmarkGFM)
  libcmark-gfm-extensions-dev  # cmark-gfm's GitHub extensions: tables, autolinks, strikethrough
  cmark-gfm                    # cmark-gfm's command-line tool, which markdown-bench measures against
  python3                      # plugins, hooks, and independent readers of what advocate writes
  python3-pip                  # installs the PyPI test helpers of requirements-test.txt (at the end)
  gettext                      # msgfmt and msgcat check the PO files advocate writes, in the tests
  libxml2-utils                # xmllint checks the XLIFF files advocate writes, in the tests
  weasyprint                   # prints position papers from HTML to PDF (the draft stage's pdf option)
  poppler-utils                # pdfdetach and pdftotext read the PDFs advocate prints, in the tests
  man-db                       # man renders the installed man page, in make test-install
  zsh                          # loads the installed zsh completion and completes with it, in make test-install
  fish                         # loads the installed fish completion and completes with it, in make test-install
  chromium                     # a real headless browser reads the preview site, in the tests
  libsqlite3-dev               # SQLite: the send journal (through GRDB.swift)
  sqlite3                      # the journal tests edit a send journal by hand, as a person would
  python3-aiosmtpd             # the loopback SMTP relay the sending tests and send-bench talk to
  openssl                      # makes the self-signed certificate of that relay, in the tests
  postfix                      # a real relay, started privately on loopback by the end-to-end send test
)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if ((${#missing[@]})); then
  if [[ $(id -u) -eq 0 ]]; then
    echo "setup: installing ${missing[*]}"
    apt-get update -qq
    # Postfix asks how it should deliver; a private instance configures itself in the tests.
    echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "setup: advocate needs these Debian packages: ${missing[*]}" >&2
    echo "setup: run: sudo apt-get install ${missing[*]}" >&2
    exit 69
  fi
fi

if ! command -v swift >/dev/null; then
  echo "setup: the Swift toolchain (6.2 or later, for swift-subprocess) is not on PATH; install it from swift.org" >&2
  exit 69
fi

# PyPI test helpers, pinned in requirements-test.txt (translate-toolkit: po2xliff, xliff2po and
# pofilter check the PO and XLIFF files advocate writes), installed for the python3 on PATH when
# a pinned version is missing. No network, no helpers: the setup fails rather than skip them.
requirements="$(dirname "$0")/../requirements-test.txt"
wanted=()
while read -r requirement; do
  requirement=${requirement%%#*}
  requirement=${requirement//[[:space:]]/}
  [[ -z $requirement ]] && continue
  installed=$(python3 -m pip show "${requirement%%==*}" 2>/dev/null | sed -n 's/^Version: //p')
  [[ $installed == "${requirement##*==}" ]] || wanted+=("$requirement")
done <"$requirements"
if ((${#wanted[@]})); then
  echo "setup: installing ${wanted[*]} from PyPI"
  # Debian marks its python3 as managed by apt (PEP 668); these helpers only serve the tests.
  if ! PIP_BREAK_SYSTEM_PACKAGES=1 python3 -m pip install --quiet --disable-pip-version-check --no-input "${wanted[@]}"; then
    echo "setup: pip could not install ${wanted[*]}: is PyPI (pypi.org) reachable from here?" >&2
    exit 69
  fi
fi
