import Foundation
import Testing

/// Python's `email` package (`policy.default`) as the independent reader of the messages we
/// write: for each message, its decoded headers, the defects found on every part, and each
/// leaf's type, language, file name and decoded content.
enum PythonEmail {
    /// One message as Python reads it.
    struct Message: Decodable {
        var headers: [String: String]
        var addresses: [String: [Address]]
        var defects: [String]
        var parts: [Part]
        var longestLine: Int
    }

    /// One address of an address header.
    struct Address: Decodable, Equatable {
        var name: String
        var address: String
    }

    /// One leaf part.
    struct Part: Decodable {
        var type: String
        var language: String?
        var filename: String?
        var encoding: String?
        /// Text decoded, line breaks as LF; for a binary part, its bytes in hexadecimal.
        var content: String
    }

    private static let script = #"""
        import email, json, mailbox, re, sys
        from email import policy
        def read(raw):
            head = raw.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
            if all(b < 0x80 for b in head):
                msg = email.message_from_bytes(raw, policy=policy.default)
            else:
                # An SMTPUTF8 message (RFC 6532) has UTF-8 headers, which Python reads from text.
                msg = email.message_from_string(raw.decode("utf-8"), policy=policy.default)
            defects, parts = [], []
            for part in msg.walk():
                defects += [type(d).__name__ for d in part.defects]
                if part.is_multipart():
                    continue
                content = part.get_content()
                content = content.replace("\r\n", "\n") if isinstance(content, str) else content.hex()
                parts.append({"type": part.get_content_type(), "language": part.get("Content-Language"),
                              "filename": part.get_filename(), "encoding": part.get("Content-Transfer-Encoding"),
                              "content": content})
            headers, addresses = {}, {}
            for name in msg.keys():
                value = msg[name]
                defects += [type(d).__name__ for d in getattr(value, "defects", ())]
                headers[name] = str(value)
                if hasattr(value, "addresses"):
                    addresses[name] = [{"name": a.display_name, "address": a.addr_spec} for a in value.addresses]
            longest = max(len(line.rstrip(b"\r")) for line in raw.split(b"\n"))
            return {"headers": headers, "addresses": addresses, "defects": defects, "parts": parts, "longestLine": longest}
        data = sys.stdin.buffer.read()
        if sys.argv[1] == "mbox":
            path = sys.argv[2]
            box = mailbox.mbox(path)
            out = []
            for key in box.keys():
                raw = box.get_bytes(key)
                raw = re.sub(rb"(?m)^>(>*From )", rb"\1", raw)
                out.append(read(raw))
            json.dump(out, sys.stdout)
        elif sys.argv[1] == "files":
            json.dump([read(open(path, "rb").read()) for path in sys.argv[2:]], sys.stdout)
        else:
            json.dump([read(data)], sys.stdout)
        """#

    /// The message `bytes` as Python reads it.
    static func read(_ bytes: [UInt8]) throws -> Message {
        let messages = try run(["message"], input: bytes)
        return try #require(messages.first)
    }

    /// The messages of the mboxrd file at `path`, `>From ` lines unquoted, as Python reads them.
    static func readMailbox(at path: String) throws -> [Message] {
        try run(["mbox", path], input: [])
    }

    /// The messages in the files at `paths`, in order, as Python reads them.
    static func read(files paths: [String]) throws -> [Message] {
        try run(["files"] + paths, input: [])
    }

    private static func run(_ arguments: [String], input: [UInt8]) throws -> [Message] {
        let result = try ExternalProgram(name: "python3").run(["-c", script] + arguments, input: input)
        guard result.status == 0 else {
            Issue.record("python3 could not read the message: \(result.stderr)")
            return []
        }
        return try JSONDecoder().decode([Message].self, from: Data(result.stdout.utf8))
    }
}
