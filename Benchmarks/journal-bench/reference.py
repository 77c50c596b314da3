"""The journal benchmark's yardstick: the same records as advocate's send journal, written with
Python's sqlite3 on the same settings (WAL, synchronous=FULL), one transaction each.

Usage: python3 reference.py DATABASE COUNT
"""
import sqlite3
import sys
import time


def main():
    path, count = sys.argv[1], int(sys.argv[2])
    start = time.perf_counter()
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = FULL")
    db.execute("BEGIN")
    db.execute("CREATE TABLE recipient(messageID TEXT PRIMARY KEY NOT NULL, address TEXT NOT NULL, state TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, reply TEXT)")
    db.execute("CREATE TABLE event(id INTEGER PRIMARY KEY, messageID TEXT NOT NULL, kind TEXT NOT NULL, reply TEXT, at TEXT NOT NULL)")
    ids = ["bench.launch.%d@advocate.invalid" % index for index in range(count)]
    for index, message_id in enumerate(ids):
        db.execute("INSERT INTO recipient(messageID, address, state) VALUES (?, ?, 'planned')", (message_id, "person%d@members.example" % index))
    db.execute("COMMIT")
    planned = time.perf_counter()
    for message_id in ids:
        for state, reply in (("intent", None), ("sent", "250 2.0.0 Ok: queued as 4Xyz")):
            db.execute("BEGIN")
            db.execute("UPDATE recipient SET state = ?, reply = coalesce(?, reply) WHERE messageID = ?", (state, reply, message_id))
            db.execute("INSERT INTO event(messageID, kind, reply, at) VALUES (?, ?, ?, strftime('%Y-%m-%dT%H:%M:%SZ'))", (message_id, state, reply))
            db.execute("COMMIT")
    db.close()
    done = time.perf_counter()
    per_message = (done - planned) / count
    print("plan of %d in %.3f s; intent + outcome %.3f ms a message (%.0f messages/s at most)" % (count, planned - start, per_message * 1000, 1 / per_message))


main()
