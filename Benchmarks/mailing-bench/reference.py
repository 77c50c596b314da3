"""The mailing benchmark's yardstick: the same work as `mailing-bench` does, as a plain Python
script would do it with the standard library's `email` package and `string.Template`.

Reads each language's texts (subject, text, HTML rendered once from Markdown) and the members,
one a tab-separated line; per member fills the texts (values HTML-escaped in the HTML), makes
the unsubscribe token (HMAC-SHA256) and the Message-ID (SHA-256), builds a multipart/alternative
message (with the attachment when asked) with the same headers, and writes it to one mboxrd
file or to one `.eml` file per member.

Usage: python3 reference.py mbox|eml MEMBERS.tsv TEXTS.json OUTPUT-FOLDER 0|1
"""
import base64
import hashlib
import hmac
import html
import json
import os
import re
import sys
from datetime import datetime, timezone
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from string import Template

CAMPAIGN, MAILING, SECRET = "decent-work", "members-call", b"bench secret, never a real one"
DATE = datetime.fromtimestamp(1_795_944_600, timezone.utc)
CAMPAIGN_VALUES = {
    "fr": {"campaign.title": "Travail décent", "paper.title": "Pour un travail décent", "paper.url": "https://coop.example/fr/travail-decent.pdf"},
    "nl": {"campaign.title": "Waardig werk", "paper.title": "Voor waardig werk", "paper.url": "https://coop.example/nl/waardig-werk.pdf"},
    "en": {"campaign.title": "Decent work", "paper.title": "For decent work", "paper.url": "https://coop.example/en/decent-work.pdf"},
}
PLACEHOLDER = re.compile(r"\{\{\s*([A-Za-z0-9_.-]+)\s*\}\}|%7B%7B([A-Za-z0-9_.-]+)%7D%7D")
FROM_LINE = re.compile(rb"(?m)^(>*From )")


def template(text):
    """`{{a.b}}` (and a URL's `%7B%7Ba.b%7D%7D`) as string.Template's `${a_b}`."""
    text = text.replace("$", "$$")
    return Template(PLACEHOLDER.sub(lambda m: "${" + (m.group(1) or m.group(2)).replace(".", "_").replace("-", "_") + "}", text))


def main():
    fmt, members, texts_path, out, attach = sys.argv[1:6]
    with open(texts_path, encoding="utf-8") as f:
        texts = {lang: {k: template(v) for k, v in t.items()} for lang, t in json.load(f).items()}
    pdf = b"%" * 200_000 if attach == "1" else None
    folder = os.path.join(out, CAMPAIGN, "mailings", MAILING)
    os.makedirs(folder, exist_ok=True)
    mbox = open(os.path.join(folder, "mailbox.mbox"), "wb") if fmt == "mbox" else None
    separator = ("From MAILER-DAEMON " + DATE.strftime("%a %b %e %H:%M:%S %Y") + "\n").encode()
    sender = Address("Coopérative Solidaire", addr_spec="campagnes@coop.example")
    count = 0
    with open(members, encoding="utf-8") as f:
        for line in f:
            email, first, last, lang, salutation, organisation = line.rstrip("\n").split("\t")
            values = dict(CAMPAIGN_VALUES[lang])
            values["recipient.first_name"] = first
            values["recipient.last_name"] = last
            values["recipient.salutation"] = salutation or first or "Bonjour"
            values["recipient.organisation"] = organisation or "la coopérative"
            plain = {k.replace(".", "_"): v for k, v in values.items()}
            escaped = {k: html.escape(v) for k, v in plain.items()}
            t = texts[lang]
            token = base64.urlsafe_b64encode(hmac.new(SECRET, f"{MAILING}\n{email.lower()}".encode(), hashlib.sha256).digest()).rstrip(b"=").decode()
            digest = hashlib.sha256(f"{CAMPAIGN}\0{MAILING}\0{email.lower()}".encode()).hexdigest()[:32]
            msg = EmailMessage(policy=policy.default)
            msg["Date"] = format_datetime(DATE)
            msg["From"] = sender
            local, _, domain = email.rpartition("@")
            msg["To"] = Address(" ".join(x for x in (first, last) if x), local, domain)
            msg["Subject"] = t["subject"].substitute(plain)
            msg["Message-ID"] = f"<{digest}@coop.example>"
            msg["List-Id"] = f"Coopérative Solidaire <{MAILING}.{CAMPAIGN}.coop.example>"
            address = email.replace("@", "%40").replace("+", "%2B")
            msg["List-Unsubscribe"] = f"<https://coop.example/unsubscribe?m={MAILING}&a={address}&t={token}>, <mailto:unsubscribe@coop.example?subject={MAILING}>"
            msg["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
            msg["Content-Language"] = lang
            msg.set_content(t["text"].substitute(plain), cte="quoted-printable")
            msg.add_alternative(t["html"].substitute(escaped), subtype="html", cte="quoted-printable")
            if pdf is not None:
                msg.add_attachment(pdf, maintype="application", subtype="pdf", filename="position.pdf")
            if mbox is not None:
                data = msg.as_bytes(policy=policy.default.clone(linesep="\n"))
                mbox.write(separator)
                mbox.write(FROM_LINE.sub(rb">\1", data))
                mbox.write(b"\n" if data.endswith(b"\n") else b"\n\n")
            else:
                os.makedirs(os.path.join(folder, lang), exist_ok=True)
                with open(os.path.join(folder, lang, email + ".eml"), "wb") as out_file:
                    out_file.write(msg.as_bytes(policy=policy.SMTP))
            count += 1
    if mbox is not None:
        mbox.close()
    print(f"{count} messages")


main()
