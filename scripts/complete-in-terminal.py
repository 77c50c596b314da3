#!/usr/bin/python3
"""Types a command line and Tab into an interactive shell on a pseudo-terminal, as a person at a
prompt would, and succeeds when the shell's completion brings WANT to the screen.

    complete-in-terminal.py WANT LINE SETUP SHELL [ARGUMENT…]

SETUP runs first (loading the completion script); then LINE is typed, then Tab. zsh and fish
only complete at an interactive prompt (fish 3's `complete -C` has no cursor to hand the
script), hence the terminal. Used by scripts/check-install.sh; gives up after ten seconds.
"""
import os
import pty
import select
import signal
import sys
import time


def main():
    want, line, setup, shell = sys.argv[1].encode(), sys.argv[2].encode(), sys.argv[3].encode(), sys.argv[4:]
    pid, terminal = pty.fork()
    if pid == 0:
        os.environ["TERM"] = "dumb"
        os.execvp(shell[0], shell)

    def read_until(needle):
        seen, deadline = b"", time.monotonic() + 10
        while time.monotonic() < deadline:
            if select.select([terminal], [], [], 0.1)[0]:
                try:
                    chunk = os.read(terminal, 65536)
                except OSError:
                    break
                if not chunk:
                    break
                seen += chunk
                if needle in seen:
                    return seen, True
        return seen, False

    # The marker is split in what is typed, so that only the shell's echo of it matches.
    os.write(terminal, setup + b"; echo SET''UP\r")
    seen, found = read_until(b"SETUP")
    if found:
        os.write(terminal, line + b"\t")
        seen, found = read_until(want)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    if not found:
        sys.stdout.write(seen.decode(errors="replace")[-600:] + "\n")
    return 0 if found else 1


if __name__ == "__main__":
    sys.exit(main())
