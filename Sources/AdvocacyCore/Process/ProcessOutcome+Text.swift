extension ProcessOutcome {
    /// Standard output as text, every character exactly as the program wrote it (emoji,
    /// combining marks and all; nothing normalised). Check ``outputTruncated`` first: a limit
    /// can cut a character in two.
    /// - Throws: ``AdvocateError/Kind/invalidInput`` naming the first byte that is not UTF-8;
    ///   nothing is ever replaced.
    public func outputText() throws(AdvocateError) -> String {
        try Self.text(standardOutput, stream: "standard output", of: program)
    }

    /// Standard error as text, exactly as the program wrote it; see ``outputText()``.
    /// - Throws: ``AdvocateError/Kind/invalidInput`` naming the first byte that is not UTF-8.
    public func errorText() throws(AdvocateError) -> String {
        try Self.text(standardError, stream: "standard error", of: program)
    }

    private static func text(_ bytes: [UInt8], stream: String, of program: String) throws(AdvocateError) -> String {
        if let offset = firstInvalidUTF8(in: bytes) {
            let byte = "0x" + String(bytes[offset], radix: 16, uppercase: true)
            throw AdvocateError(
                .invalidInput,
                "the \(stream) of '\(program)' is not valid UTF-8 at byte \(offset) (\(byte)); make the program write UTF-8")
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The offset of the first byte that does not begin a well-formed UTF-8 sequence, if any.
    private static func firstInvalidUTF8(in bytes: [UInt8]) -> Int? {
        var parser = UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    /// The last lines a program wrote on stderr, as a clause to end a message with.
    public static func tail(of bytes: [UInt8]) -> String {
        let lines = String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isNewline).suffix(5)
        return lines.isEmpty ? "" : "; it said:\n" + lines.map { "    \($0)" }.joined(separator: "\n")
    }
}
