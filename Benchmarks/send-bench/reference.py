#!/usr/bin/python3
"""send-bench's reference: Python's smtplib sends the same messages to the same relay, one
connection, one message after the other, as a plain script would.

    reference.py PORT FOLDER

FOLDER holds envelopes.tsv (sender, recipient, message file per line) and the message files.
Prints the number of messages sent.
"""
import smtplib
import sys


def main():
    port, folder = int(sys.argv[1]), sys.argv[2]
    sent = 0
    with open(folder + "/envelopes.tsv", encoding="utf-8") as envelopes, smtplib.SMTP("127.0.0.1", port) as relay:
        relay.ehlo("reference.test")
        for line in envelopes:
            sender, recipient, name = line.rstrip("\n").split("\t")
            with open(folder + "/" + name, "rb") as file:
                message = file.read()
            relay.sendmail(sender, [recipient], message)
            sent += 1
    print(sent)


if __name__ == "__main__":
    main()
