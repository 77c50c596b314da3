#!/usr/bin/env bash
# Checks `make install` (run by `make test`): into an empty PREFIX, then under a DESTDIR, it puts
# the binary, the man page and the bash, zsh and fish completions in place; the binary runs, the
# man page renders, bash completes the project's campaign ids, mailing ids and languages, and zsh
# and fish load their scripts and complete a campaign id.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
check() { # check DESCRIPTION COMMAND…
  local what=$1; shift
  if "$@" >"$work/out" 2>&1; then echo "install: ok: $what"; else echo "install: FAILED: $what"; cat "$work/out"; failures=$((failures + 1)); fi
}
files=(bin/advocate share/man/man1/advocate.1 share/bash-completion/completions/advocate
       share/zsh/site-functions/_advocate share/fish/vendor_completions.d/advocate.fish)

make --no-print-directory install PREFIX="$work/prefix" CONFIGURATION="${CONFIGURATION:-debug}" >"$work/install.log" 2>&1 \
  || { cat "$work/install.log"; exit 1; }
for file in "${files[@]}"; do check "PREFIX: $file" test -s "$work/prefix/$file"; done
check "the installed binary prints its version" "$work/prefix/bin/advocate" --version
check "the man page renders and names the commands" bash -c "MANWIDTH=80 man -l '$work/prefix/share/man/man1/advocate.1' 2>/dev/null | grep -q 'advocate schema'"

make --no-print-directory install DESTDIR="$work/stage" PREFIX=/usr CONFIGURATION="${CONFIGURATION:-debug}" >"$work/install.log" 2>&1 \
  || { cat "$work/install.log"; exit 1; }
for file in "${files[@]}"; do check "DESTDIR: /usr/$file" test -s "$work/stage/usr/$file"; done

# bash completion, as bash runs it at a prompt in this project.
complete_line() { # complete_line LINE: the words bash would offer after LINE
  PATH="$work/prefix/bin:$PATH" bash -c '
    source "$1"; COMP_LINE="$2"; COMP_POINT=${#COMP_LINE}
    read -ra COMP_WORDS <<< "$COMP_LINE"; [[ "$COMP_LINE" == *" " ]] && COMP_WORDS+=("")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMPREPLY=()
    _advocate advocate "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
    printf "%s\n" "${COMPREPLY[@]}"' _ "$work/prefix/share/bash-completion/completions/advocate" "$1"
}
check "bash completes campaign ids" bash -c "$(declare -f complete_line); work='$work'; complete_line 'advocate build elec' | grep -qx elections-2024"
check "bash completes the mailing ids of the campaign given" bash -c "$(declare -f complete_line); work='$work'; complete_line 'advocate plan decent-work --mailing ' | grep -qx meps-letter"
check "bash completes the campaign's languages" bash -c "$(declare -f complete_line); work='$work'; complete_line 'advocate i18n export decent-work --lang ' | grep -qx nl"

# zsh and fish load their installed scripts, then complete a campaign id at a prompt in this
# project (on a pseudo-terminal: neither completes outside an interactive one).
shells=(env PATH="$work/prefix/bin:$PATH" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" HISTFILE=/dev/null)
check "zsh reads its completion script" zsh -n "$work/prefix/share/zsh/site-functions/_advocate"
check "zsh completes campaign ids" "${shells[@]}" scripts/complete-in-terminal.py elections-2024 'advocate build elec' \
  "fpath=('$work/prefix/share/zsh/site-functions' \$fpath); autoload -Uz compinit; compinit -u -D" zsh -f -i
check "fish loads its completion script" "${shells[@]}" fish --no-config -c "source '$work/prefix/share/fish/vendor_completions.d/advocate.fish'"
check "fish completes campaign ids" "${shells[@]}" scripts/complete-in-terminal.py elections-2024 'advocate build elec' \
  "source '$work/prefix/share/fish/vendor_completions.d/advocate.fish'" fish --no-config -i

if ((failures)); then echo "install: $failures checks failed"; exit 1; fi
echo "install: every check passed"
