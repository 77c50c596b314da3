#!/usr/bin/python3
"""A recording stand-in for sendmail, for advocate's tests.

Run as `sendmail_standin.py DIR ARGUMENTS…` (the test writes a wrapper that adds DIR). Each run
records its arguments and the bytes it read on standard input as DIR/runs/NNNNNN.json and
NNNNNN.eml, then ends as DIR/control.json says, per recipient (the last argument) or for all:

    {"exit": {"ADDRESS": 75, "*": 0}, "ignore_input": ["ADDRESS"]}

An address in "ignore_input" makes it exit 0 at once, reading nothing and recording only its
arguments.
"""
import json
import os
import sys


def main():
    folder, arguments = sys.argv[1], sys.argv[2:]
    try:
        with open(os.path.join(folder, "control.json"), encoding="utf-8") as file:
            control = json.load(file)
    except FileNotFoundError:
        control = {}
    recipient = arguments[-1] if arguments else ""
    runs = os.path.join(folder, "runs")
    os.makedirs(runs, exist_ok=True)
    name = os.path.join(runs, "%d-%d" % (os.getpid(), len(os.listdir(runs))))
    ignore = recipient in control.get("ignore_input", [])
    data = b"" if ignore else sys.stdin.buffer.read()
    codes = control.get("exit", {})
    code = 0 if ignore else codes.get(recipient, codes.get("*", 0))
    for suffix, content in ((".eml", data), (".json", json.dumps({"arguments": arguments, "read_input": not ignore, "exit": code}).encode())):
        with open(name + suffix + ".tmp", "wb") as file:
            file.write(content)
        os.replace(name + suffix + ".tmp", name + suffix)
    return code


if __name__ == "__main__":
    sys.exit(main())
