/// The message's own headers, in the order mail clients show them.
extension MessageEncoder {
    mutating func writeHeaders(_ headers: MessageHeaders, subject: String, into buffer: inout [UInt8]) throws(MessageError) {
        field("Date", MessageDate.rfc5322(headers.date), into: &buffer)
        addressField("From", [headers.from], into: &buffer)
        guard !headers.to.isEmpty else { throw MessageError(.invalidHeaderValue(field: "To", why: "the message has no recipient")) }
        addressField("To", headers.to, into: &buffer)
        if let replyTo = headers.replyTo { addressField("Reply-To", [replyTo], into: &buffer) }
        guard !HeaderText.hasLineBreak(subject) else { throw MessageError(.lineBreakInHeader(field: "Subject")) }
        var line = HeaderLine("Subject", lineBreak: lineBreak, into: &buffer)
        if HeaderText.isPlainText(subject) {
            for word in subject.utf8.split(separator: 0x20) { line.append(word, into: &buffer) }
        } else if !subject.isEmpty {
            line.appendEncodedWords(subject, into: &buffer)
        }
        line.finish(into: &buffer)
        guard headers.messageID.value.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F && $0 != 0x3C && $0 != 0x3E }) else {
            throw MessageError(.invalidHeaderValue(field: "Message-ID", why: "'\(headers.messageID.value.debugDescription.dropFirst().dropLast())' holds a space, a control, '<', '>' or a non-ASCII character"))
        }
        field("Message-ID", headers.messageID.headerForm, into: &buffer)
        if let list = headers.listID {
            var line = HeaderLine("List-Id", lineBreak: lineBreak, into: &buffer)
            if let description = list.description { appendPhrase(description, to: &line, into: &buffer) }
            line.append("<\(list.identifier)>".utf8, into: &buffer)
            line.finish(into: &buffer)
        }
        if let unsubscribe = headers.listUnsubscribe {
            var line = HeaderLine("List-Unsubscribe", lineBreak: lineBreak, into: &buffer)
            let urls = [unsubscribe.https, unsubscribe.mailto].compactMap { $0 }
            for (index, url) in urls.enumerated() {
                line.append("<\(url)>".utf8, into: &buffer)
                if index < urls.count - 1 { line.appendAttached([0x2C], into: &buffer) }
            }
            line.finish(into: &buffer)
            if unsubscribe.https != nil { field("List-Unsubscribe-Post", "List-Unsubscribe=One-Click", into: &buffer) }
        }
        field("MIME-Version", "1.0", into: &buffer)
        if !headers.contentLanguage.isEmpty { try languageField(headers.contentLanguage, into: &buffer) }
    }

    /// Writes `name: value` on one line; for values this encoder makes itself, which are short
    /// ASCII.
    func field(_ name: String, _ value: String, into buffer: inout [UInt8]) {
        buffer.append(contentsOf: name.utf8)
        buffer.append(contentsOf: ": ".utf8)
        buffer.append(contentsOf: value.utf8)
        buffer.append(contentsOf: lineBreak)
    }

    /// Writes `Content-Language: fr, nl`; throws when a tag is not letters, digits and `-`.
    func languageField(_ languages: [String], into buffer: inout [UInt8]) throws(MessageError) {
        for language in languages {
            let bytes = Array(language.utf8)
            guard !bytes.isEmpty, bytes.count <= 35, bytes.allSatisfy(AddressNormaliser.isLDH) else {
                throw MessageError(.invalidHeaderValue(field: "Content-Language", why: "'\(language.debugDescription.dropFirst().dropLast())' is not a language tag such as fr or nl-BE"))
            }
        }
        field("Content-Language", languages.joined(separator: ", "), into: &buffer)
    }

    /// Writes the address header `name` with `addresses`, comma-separated, folded.
    func addressField(_ name: String, _ addresses: [MailAddress], into buffer: inout [UInt8]) {
        var line = HeaderLine(name, lineBreak: lineBreak, into: &buffer)
        for (index, address) in addresses.enumerated() {
            if let name = address.displayName {
                appendPhrase(name, to: &line, into: &buffer)
                line.append("<\(address.addrSpec)>".utf8, into: &buffer)
            } else {
                line.append(address.addrSpec.utf8, into: &buffer)
            }
            if index < addresses.count - 1 { line.appendAttached([0x2C], into: &buffer) }
        }
        line.finish(into: &buffer)
    }

    /// Appends a display name: atoms as they are, else a quoted string when it is printable
    /// ASCII, else its plain ASCII words as atoms and each run of the other words as encoded
    /// words; folded between words.
    ///
    /// Runs are kept apart by atoms where the name has them because readers disagree on the
    /// space between two encoded words of a phrase: RFC 2047 drops it, Python's `email` (3.11)
    /// keeps it. A run too long for one encoded word still splits; the space then goes inside
    /// the earlier word, as RFC 2047 wants.
    func appendPhrase(_ text: String, to line: inout HeaderLine, into buffer: inout [UInt8]) {
        if HeaderText.isAtomPhrase(text) {
            for word in text.utf8.split(separator: 0x20) { line.append(word, into: &buffer) }
        } else if HeaderText.isPlainText(text) {
            var quoted: [UInt8] = [0x22]
            for byte in text.utf8 {
                if byte == 0x22 || byte == 0x5C { quoted.append(0x5C) }
                quoted.append(byte)
            }
            quoted.append(0x22)
            for word in quoted.split(separator: 0x20) { line.append(word, into: &buffer) }
        } else if text.hasPrefix(" ") || text.hasSuffix(" ") || text.contains("  ") {
            line.appendEncodedWords(text, into: &buffer)
        } else {
            var run: [Substring] = []
            for word in text.split(separator: " ") {
                if HeaderText.isAtomPhrase(String(word)) {
                    if !run.isEmpty { line.appendEncodedWords(run.joined(separator: " "), into: &buffer) }
                    run.removeAll()
                    line.append(word.utf8, into: &buffer)
                } else {
                    run.append(word)
                }
            }
            if !run.isEmpty { line.appendEncodedWords(run.joined(separator: " "), into: &buffer) }
        }
    }
}
