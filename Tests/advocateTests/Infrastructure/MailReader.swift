import Foundation
import Testing

/// Python's `email` package (`policy.default`) reading the messages a build wrote, as the
/// independent reader: every `.eml` under a folder, or every message of an mbox, with its
/// defects, headers, and each text part decoded.
enum MailReader {
    /// One message as Python reads it.
    struct Message: Decodable {
        /// Its file, relative to the folder read (for an mbox, the mbox and its position).
        var file: String
        var defects: [String]
        var headers: [String: String]
        /// Header names in order, each as often as it occurs.
        var names: [String]
        /// The plain-text part decoded, line breaks as LF.
        var plain: String?
        /// The HTML part decoded, line breaks as LF.
        var html: String?
        var plainLanguage: String?
        var attachments: [String]
        var longestLine: Int
    }

    private static let script = #"""
        import email, json, mailbox, os, re, sys
        from email import policy
        def read(raw, name):
            head = raw.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
            if all(b < 0x80 for b in head):
                msg = email.message_from_bytes(raw, policy=policy.default)
            else:
                # An SMTPUTF8 message (RFC 6532) has UTF-8 headers, which Python reads from text.
                msg = email.message_from_string(raw.decode("utf-8"), policy=policy.default)
            defects, plain, html, language, attachments = [], None, None, None, []
            for part in msg.walk():
                defects += [type(d).__name__ for d in part.defects]
                if part.is_multipart():
                    continue
                if part.get_filename():
                    attachments.append(part.get_filename())
                elif part.get_content_type() == "text/plain":
                    plain, language = part.get_content().replace("\r\n", "\n"), part.get("Content-Language")
                elif part.get_content_type() == "text/html":
                    html = part.get_content().replace("\r\n", "\n")
            headers = {}
            for key in msg.keys():
                value = msg[key]
                defects += [type(d).__name__ for d in getattr(value, "defects", ())]
                headers[key] = str(value)
            longest = max(len(line.rstrip(b"\r")) for line in raw.split(b"\n"))
            return {"file": name, "defects": defects, "headers": headers, "names": list(msg.keys()), "plain": plain,
                    "html": html, "plainLanguage": language, "attachments": attachments, "longestLine": longest}
        root, found = sys.argv[1], []
        for folder, _, files in sorted(os.walk(root)):
            for file in sorted(files):
                path = os.path.join(folder, file)
                if file.endswith(".eml"):
                    found.append(read(open(path, "rb").read(), os.path.relpath(path, root)))
                elif file.endswith(".mbox"):
                    box = mailbox.mbox(path)
                    for index, key in enumerate(box.keys()):
                        raw = re.sub(rb"(?m)^>(>*From )", rb"\1", box.get_bytes(key))
                        found.append(read(raw, "%s#%d" % (os.path.relpath(path, root), index)))
        print(json.dumps(found))
        """#

    /// Every message under `folder` (relative to `directory`), read by Python.
    static func messages(in folder: String, of directory: URL) throws -> [Message] {
        let result = try ExternalCheck.run("python3", ["-c", script, folder], in: directory)
        try #require(result.status == 0, "python3 said:\n\(result.stderr)")
        return try JSONDecoder().decode([Message].self, from: Data(result.stdout.utf8))
    }
}
