/// Writes messages as RFC 5322 bytes: one recipient's headers and values through a compiled
/// ``MessageTemplate`` into a buffer the caller reuses, so a mailing of any size costs the
/// memory of one message. This is the loop a mailing runs per recipient.
///
/// What it writes is deterministic: boundaries are `=_advocate_<n>`, numbered in the order the
/// multiparts come, and can never occur in a part, since quoted-printable and base64 never
/// write `=_` and a text holding it is always quoted-printable.
public struct MessageEncoder {
    /// The line breaks a message is written with.
    public enum LineBreaks: Sendable {
        /// CRLF, as a message is sent and an `.eml` file holds it.
        case crlf
        /// LF, as an mbox file holds messages on Unix.
        case lf
    }

    let lineBreak: [UInt8]
    /// The text of one part, filled before it is encoded; kept to be reused.
    private var scratch: [UInt8] = []
    private var boundaries = 0

    /// An encoder writing `lineBreaks`.
    public init(lineBreaks: LineBreaks = .crlf) {
        lineBreak = lineBreaks == .crlf ? [0x0D, 0x0A] : [0x0A]
    }

    /// Appends the message `template` makes for the recipient with `headers` and `values`
    /// to `buffer`. Throws, leaving `buffer` as it was, when a placeholder has no value, a
    /// value bound for a header holds a line break, or a header cannot be written.
    public mutating func encode(
        _ template: MessageTemplate, headers: MessageHeaders, values: PlaceholderValues, into buffer: inout [UInt8]
    ) throws(MessageError) {
        let start = buffer.count
        do {
            scratch.removeAll(keepingCapacity: true)
            try template.subject.fill(values, into: &scratch)
            let subject = String(decoding: scratch, as: UTF8.self)
            try writeHeaders(headers, subject: subject, into: &buffer)
            boundaries = 0
            try writePart(template.body, values: values, into: &buffer)
        } catch {
            buffer.removeSubrange(start...)
            throw error
        }
    }

    /// The message as bytes (see ``encode(_:headers:values:into:)``).
    public mutating func encoded(_ template: MessageTemplate, headers: MessageHeaders, values: PlaceholderValues) throws(MessageError) -> [UInt8] {
        var buffer: [UInt8] = []
        try encode(template, headers: headers, values: values, into: &buffer)
        return buffer
    }

    /// Writes `part`'s headers, a blank line and its body; returns whether the body ended
    /// with a line break of its own (a text's does not belong to it).
    @discardableResult
    private mutating func writePart(_ part: MIMEPart, values: PlaceholderValues, into buffer: inout [UInt8]) throws(MessageError) -> Bool {
        switch part {
        case .text(let text):
            scratch.removeAll(keepingCapacity: true)
            try text.content.fill(values, into: &scratch)
            let lineBreak = lineBreak
            try scratch.withUnsafeBufferPointer { (content) throws(MessageError) in
                let encoding = TransferEncoding.choose(for: content)
                field("Content-Type", "text/\(text.subtype.rawValue); charset=utf-8", into: &buffer)
                field("Content-Transfer-Encoding", encoding.rawValue, into: &buffer)
                if let language = text.language { try languageField([language], into: &buffer) }
                buffer.append(contentsOf: lineBreak)
                switch encoding {
                case .sevenBit: TransferEncoding.appendSevenBit(content, lineBreak: lineBreak, to: &buffer)
                case .quotedPrintable: QuotedPrintable.append(content, lineBreak: lineBreak, to: &buffer)
                }
            }
            return false
        case .attachment(let attachment):
            field("Content-Type", attachment.mediaType, into: &buffer)
            var disposition = HeaderLine("Content-Disposition", lineBreak: lineBreak, into: &buffer)
            let parameters = Self.filenameParameters(attachment.filename)
            disposition.append("attachment;".utf8, into: &buffer)
            for (index, parameter) in parameters.enumerated() {
                disposition.append(parameter.utf8, into: &buffer)
                if index < parameters.count - 1 { disposition.appendAttached([0x3B], into: &buffer) }
            }
            disposition.finish(into: &buffer)
            field("Content-Transfer-Encoding", "base64", into: &buffer)
            if let language = attachment.language { try languageField([language], into: &buffer) }
            buffer.append(contentsOf: lineBreak)
            Base64.appendLines(attachment.base64, lineBreak: lineBreak, to: &buffer)
            return true
        case .multipart(let kind, let parts):
            boundaries += 1
            let boundary = Array("=_advocate_\(boundaries)".utf8)
            var line = HeaderLine("Content-Type", lineBreak: lineBreak, into: &buffer)
            line.append("multipart/\(kind.rawValue);".utf8, into: &buffer)
            line.append(Array("boundary=\"".utf8) + boundary + [0x22], into: &buffer)
            line.finish(into: &buffer)
            buffer.append(contentsOf: lineBreak)
            for child in parts {
                buffer.append(contentsOf: [0x2D, 0x2D] + boundary)
                buffer.append(contentsOf: lineBreak)
                if !(try writePart(child, values: values, into: &buffer)) { buffer.append(contentsOf: lineBreak) }
            }
            buffer.append(contentsOf: [0x2D, 0x2D] + boundary + [0x2D, 0x2D])
            buffer.append(contentsOf: lineBreak)
            return true
        }
    }

    /// The `filename` parameter: quoted when the name is short printable ASCII without `"`
    /// or `\`, else in RFC 2231's percent-encoded UTF-8 form, in numbered sections of at most
    /// 50 characters when longer (`filename*0*=utf-8''…`, `filename*1*=…`), each on its own line.
    static func filenameParameters(_ name: String) -> [String] {
        let bytes = Array(name.utf8)
        if bytes.count <= 60, bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != 0x22 && $0 != 0x5C }), !name.contains("=?") {
            return ["filename=\"\(name)\""]
        }
        var sections: [String] = [""]
        for byte in bytes {
            var piece = ""
            if AddressNormaliser.isLDH(byte) || byte == 0x2E || byte == 0x5F {
                piece.append(Character(Unicode.Scalar(byte)))
            } else {
                piece = "%" + String(Unicode.Scalar(Hex.upper[Int(byte >> 4)])) + String(Unicode.Scalar(Hex.upper[Int(byte & 0xF)]))
            }
            if sections[sections.count - 1].utf8.count + piece.utf8.count > 50 { sections.append("") }
            sections[sections.count - 1] += piece
        }
        if sections.count == 1 { return ["filename*=utf-8''" + sections[0]] }
        return sections.enumerated().map { index, section in "filename*\(index)*=" + (index == 0 ? "utf-8''" : "") + section }
    }
}
