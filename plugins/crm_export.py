#!/usr/bin/env python3
"""An advocate plugin: exports a campaign's mailings as a CRM mass-mailing import file.

It speaks advocate's plugin protocol 1.1 (docs/plugins.md): it reads a handshake line and a
request line from stdin and answers with a handshake line and a response line on stdout.
For each mailing and each language being built it writes one row of
`crm/mailings.csv`, in the column layout of a CRM's mass-mailing import (CiviCRM's
"Mailing" import: Subject, Body, Language, Group), and reports a mailing whose audience
has no title in a language as a content problem of the campaign.

It answers a check request (`"type": "check"`, sent by `advocate validate`) with the same
problems and no file, and lists the "check" capability in its handshake to say it can.

Options (under `options:` in the campaign's pipeline entry):
  delimiter   the CSV delimiter, "," (default) or ";"
"""
import csv
import io
import json
import sys

PROTOCOL = "1.1"


def cell(text):
    """A CSV cell a spreadsheet will not run as a formula."""
    if text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + text
    return text


def answer(response):
    print(json.dumps({"type": "handshake", "protocol": PROTOCOL, "plugin": "crm-export",
                      "capabilities": ["files", "diagnostics", "check"]}, ensure_ascii=False))
    print(json.dumps(dict(response, type="response"), ensure_ascii=False))


def main():
    lines = [line for line in sys.stdin.read().splitlines() if line.strip()]
    handshake, request = json.loads(lines[0]), json.loads(lines[1])
    if handshake.get("protocol", "").split(".")[0] != PROTOCOL.split(".")[0]:
        sys.exit(f"crm-export speaks protocol {PROTOCOL}, advocate sent {handshake.get('protocol')}")

    campaign = request["campaign"]
    delimiter = request.get("options", {}).get("delimiter", ",")
    if delimiter not in (",", ";"):
        answer({"diagnostics": [{"severity": "error", "message": f"the delimiter must be ',' or ';', not {delimiter!r}"}]})
        return

    audiences = {audience["id"]: audience for audience in campaign["audiences"]}
    problems = []
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(["Subject", "Body", "Language", "Group"])
    for mailing in campaign["mailings"]:
        audience = audiences.get(mailing["audience"], {})
        for language in request["languages"]:
            group = audience.get("title", {}).get(language)
            if group is None:
                problems.append({"severity": "error", "key": f"audiences.{mailing['audience']}.title",
                                 "message": f"the audience of mailing '{mailing['id']}' has no title in '{language}', which the CRM needs as a group name"})
                continue
            subject = mailing["subject"].get(language) or mailing["subject"].get(campaign["languages"][0], "")
            body = mailing["body"].get(language) or mailing["body"].get(campaign["languages"][0], "")
            writer.writerow([cell(subject), cell(body), language, cell(group)])

    if problems or request.get("type") == "check":
        answer({"diagnostics": problems})
    else:
        answer({"files": [{"path": "crm/mailings.csv", "text": buffer.getvalue()}]})


if __name__ == "__main__":
    main()
