#!/usr/bin/python3
"""A fast SMTP sink for send-bench: both senders talk to it in the same run, so neither is
measured against a slower relay than the other.

It speaks just enough ESMTP for a sender (EHLO with PIPELINING, MAIL, RCPT, DATA, RSET, NOOP,
QUIT), answers pipelined commands in order, counts the messages and their bytes, and keeps
nothing else. It listens on 127.0.0.1, writes its port to DIR/port, and on SIGUSR1 writes
"MESSAGES BYTES" to DIR/count. It runs until it is killed, or until the benchmark that started
it is gone.
"""
import asyncio
import os
import signal
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "Tests", "Harness"))
from loopback import serve, write_atomically  # noqa: E402


class Totals:
    messages = 0
    data_bytes = 0


class Session(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport
        self.buffer = b""
        self.in_data = False
        transport.write(b"220 sink.test ESMTP\r\n")

    def data_received(self, data):
        self.buffer += data
        replies = []
        while True:
            if self.in_data:
                end = self.buffer.find(b"\r\n.\r\n")
                if end < 0 and self.buffer.startswith(b".\r\n"):
                    end, skip = 0, 3
                elif end >= 0:
                    skip = end + 5
                else:
                    break
                Totals.messages += 1
                Totals.data_bytes += end
                self.buffer = self.buffer[skip:]
                self.in_data = False
                replies.append(b"250 2.0.0 OK\r\n")
                continue
            line_end = self.buffer.find(b"\r\n")
            if line_end < 0:
                break
            line, self.buffer = self.buffer[:line_end], self.buffer[line_end + 2:]
            verb = line[:4].upper()
            if verb == b"EHLO":
                replies.append(b"250-sink.test\r\n250-PIPELINING\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n")
            elif verb == b"DATA":
                self.in_data = True
                replies.append(b"354 go ahead\r\n")
            elif verb == b"QUIT":
                replies.append(b"221 2.0.0 bye\r\n")
                self.transport.write(b"".join(replies))
                self.transport.close()
                return
            else:
                replies.append(b"250 2.0.0 OK\r\n")
        if replies:
            self.transport.write(b"".join(replies))


def main():
    folder = sys.argv[1]
    loop = asyncio.new_event_loop()
    server = loop.run_until_complete(loop.create_server(Session, "127.0.0.1", 0))

    def report():
        write_atomically(os.path.join(folder, "count"), b"%d %d\n" % (Totals.messages, Totals.data_bytes))

    loop.add_signal_handler(signal.SIGUSR1, report)
    serve(loop, server, folder)


if __name__ == "__main__":
    main()
