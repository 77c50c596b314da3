#!/usr/bin/python3
"""A real SMTP relay on loopback for advocate's tests, built on Debian's python3-aiosmtpd.

It listens on 127.0.0.1 on a free port, writes the port to DIR/port, and records every message
it accepts as DIR/messages/NNNNNN.eml (the bytes as received, after un-dot-stuffing) beside
NNNNNN.json (envelope, TLS, login, peer). A test steers it through DIR/control.json, read anew at
every command, so that it can change its mind during a run:

    {"rcpt": {"ADDRESS": "451 4.3.0 try later"},        reply to RCPT TO for that address
     "data": {"ADDRESS": "550 5.7.1 refused"},          final reply to a message for it
     "drop_after_data": ["ADDRESS"],                    record it, then close without a reply
     "stall": {"ADDRESS": SECONDS}}                     wait before the final reply

Options: --tls none|starttls|implicit (with --cert and --key), --auth USER:PASSWORD (with
--login-only to offer AUTH LOGIN and not PLAIN), --no-smtputf8, --no-pipelining. It runs until it is killed, or until the test that started it
is gone (a crashed test runner leaves no relay behind).
"""
import argparse
import asyncio
import json
import logging
import os
import ssl
import sys

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword

from loopback import serve, write_atomically


def load_control(folder):
    try:
        with open(os.path.join(folder, "control.json"), encoding="utf-8") as file:
            return json.load(file)
    except FileNotFoundError:
        return {}


class Recorder:
    def __init__(self, folder, pipelining):
        self.folder = folder
        self.messages = os.path.join(folder, "messages")
        os.makedirs(self.messages, exist_ok=True)
        self.count = 0
        self.pipelining = pipelining

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        session.host_name = hostname
        if self.pipelining:
            responses.insert(len(responses) - 1, "250-PIPELINING")
        return responses

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        reply = load_control(self.folder).get("rcpt", {}).get(address)
        if reply:
            return reply
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server, session, envelope):
        control = load_control(self.folder)
        recipients = envelope.rcpt_tos
        self.count += 1
        name = os.path.join(self.messages, "%06d" % self.count)
        transport = server.transport
        record = {
            "sender": envelope.mail_from,
            "recipients": recipients,
            "mail_options": envelope.mail_options,
            "tls": session.ssl is not None or (transport is not None and transport.get_extra_info("sslcontext") is not None),
            "login": session.login_data.decode("utf-8") if isinstance(session.login_data, bytes) else session.login_data,
            "peer": "%s:%s" % tuple(session.peer[:2]),
            "dropped": any(address in control.get("drop_after_data", []) for address in recipients),
        }
        for address in recipients:
            if address in control.get("data", {}):
                return control["data"][address]
        write_atomically(name + ".eml", envelope.original_content)
        write_atomically(name + ".json", json.dumps(record).encode("utf-8"))
        if record["dropped"]:
            transport.abort()
            return "451 4.3.0 dropped"
        for address in recipients:
            seconds = control.get("stall", {}).get(address)
            if seconds:
                await asyncio.sleep(seconds)
        return "250 2.0.0 OK queued as %06d" % self.count


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", required=True)
    parser.add_argument("--tls", choices=["none", "starttls", "implicit"], default="none")
    parser.add_argument("--cert")
    parser.add_argument("--key")
    parser.add_argument("--auth")
    parser.add_argument("--login-only", action="store_true")
    parser.add_argument("--no-smtputf8", action="store_true")
    parser.add_argument("--no-pipelining", action="store_true")
    arguments = parser.parse_args()
    logging.getLogger("mail.log").setLevel(logging.CRITICAL)

    context = None
    if arguments.tls != "none":
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(arguments.cert, arguments.key)

    authenticator = None
    if arguments.auth:
        user, password = arguments.auth.split(":", 1)

        def authenticator(server, session, envelope, mechanism, data):
            ok = isinstance(data, LoginPassword) and data.login == user.encode() and data.password == password.encode()
            return AuthResult(success=ok, handled=False, auth_data=data)

    recorder = Recorder(arguments.dir, pipelining=not arguments.no_pipelining)
    loop = asyncio.new_event_loop()

    def factory():
        return SMTP(
            recorder,
            hostname="relay.test",
            enable_SMTPUTF8=not arguments.no_smtputf8,
            decode_data=False,
            tls_context=context if arguments.tls == "starttls" else None,
            require_starttls=arguments.tls == "starttls",
            authenticator=authenticator,
            auth_required=authenticator is not None,
            auth_require_tls=arguments.tls == "starttls",
            auth_exclude_mechanism=["PLAIN"] if arguments.login_only else None,
            data_size_limit=None,
            loop=loop,
        )

    server = loop.run_until_complete(loop.create_server(
        factory, host="127.0.0.1", port=0, ssl=context if arguments.tls == "implicit" else None))
    serve(loop, server, arguments.dir)


if __name__ == "__main__":
    sys.exit(main())
