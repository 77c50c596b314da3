"""The lists benchmark's yardstick: the same work as `lists-bench` does, as a plain Python
script would do it with the standard library's `csv` module.

Reads the contacts CSV, trims every field and puts it in NFC, lower-cases the address's
domain in its IDNA form (the `idna` codec), drops invalid addresses, merges duplicates
(the first row wins each field, later rows fill empty ones, tags are unioned), keeps the
members who consented to the newsletter, routes each to fr, nl or en (en otherwise), and
writes the list (formula cells neutralised) and a JSON report of exclusions.

Usage: python3 reference.py CONTACTS.csv OUTPUT-FOLDER
"""
import csv
import json
import os
import re
import sys
import unicodedata

YES = {"yes", "y", "true", "1", "x", "ok", "oui", "ja", "j", "sí", "si", "tak"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$|^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$")
LANGUAGES = {"fr": "fr", "français": "fr", "nl": "nl", "nederlands": "nl", "en": "en", "english": "en"}
NUMBER = re.compile(r"^[+-]?\d+([.,]\d+)?$")


def normalise_address(address):
    local, at, domain = address.rpartition("@")
    if not at or not local or not domain or " " in address or "@" in local or "." not in domain:
        return None
    try:
        domain = domain.lower().encode("idna").decode("ascii")
    except UnicodeError:
        return None
    return local + "@" + domain, local.lower() + "@" + domain


def cell(value):
    if value and value[0] in "=+-@\t\r" and not NUMBER.match(value):
        return "'" + value
    return value


def main(path, folder):
    contacts, order, exclusions = {}, [], []
    with open(path, newline="", encoding="utf-8-sig") as f:
        reader = csv.reader(f)
        header = [unicodedata.normalize("NFC", h.strip()) for h in next(reader)]
        for number, row in enumerate(reader, start=2):
            fields = dict(zip(header, (unicodedata.normalize("NFC", v.strip()) for v in row)))
            forms = normalise_address(fields.get("E-mail", ""))
            if forms is None:
                exclusions.append({"row": number, "reason": "invalid-address"})
                continue
            envelope, key = forms
            fields["E-mail"] = envelope
            fields["Tags"] = "|".join(t.strip() for t in re.split(r"[|,;]", fields.get("Tags", "")) if t.strip())
            kept = contacts.get(key)
            if kept is None:
                fields["row"] = number
                contacts[key] = fields
                order.append(key)
                continue
            for name, value in fields.items():
                if name == "Tags":
                    tags = kept["Tags"].split("|") if kept["Tags"] else []
                    lower = {t.lower() for t in tags}
                    tags += [t for t in value.split("|") if t and t.lower() not in lower]
                    kept["Tags"] = "|".join(tags)
                elif not kept.get(name) and value:
                    kept[name] = value

    os.makedirs(folder, exist_ok=True)
    members = 0
    with open(os.path.join(folder, "members.csv"), "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["email", "language", "salutation", "first_name", "last_name", "organisation"])
        for key in order:
            contact = contacts[key]
            if "members" not in (t.lower() for t in contact["Tags"].split("|")):
                continue
            consent = contact.get("Consent newsletter", "").lower()
            if consent not in YES and not DATE.match(consent):
                exclusions.append({"row": contact["row"], "address": contact["E-mail"], "reason": "no-consent"})
                continue
            language = contact.get("Langue", "").lower().replace("_", "-").split("-")[0]
            language = LANGUAGES.get(language, "en")
            members += 1
            writer.writerow([cell(v) for v in (contact["E-mail"], language, contact.get("Civilité", ""),
                                               contact.get("Prénom", ""), contact.get("Nom", ""),
                                               contact.get("Organisation", ""))])
    with open(os.path.join(folder, "report.json"), "w", encoding="utf-8") as f:
        json.dump({"contacts": len(order), "members": members, "exclusions": exclusions}, f, ensure_ascii=False, indent=1)
    print(f"contacts {len(order)} members {members} excluded {len(exclusions)}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
