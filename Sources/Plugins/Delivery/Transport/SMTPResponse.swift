/// One whole reply from an SMTP relay: its code and its lines (a multi-line reply's lines in
/// order, each without the code and its separator).
struct SMTPResponse: Sendable, Equatable {
    /// The three-digit reply code.
    var code: Int
    /// The text of each line.
    var lines: [String]

    /// Whether the code is 2xx.
    var isPositive: Bool { (200..<300).contains(code) }
    /// Whether the code is 3xx (354 after `DATA`, 334 during `AUTH`).
    var isIntermediate: Bool { (300..<400).contains(code) }
    /// Whether the code is 4xx.
    var isTransient: Bool { (400..<500).contains(code) }

    /// The reply as the journal keeps it, with its enhanced status code (RFC 3463) read from the
    /// first line when it matches the reply's class.
    func reply(at step: DeliveryStep) -> RelayReply {
        var lines = lines
        var enhanced: String?
        if let first = lines.first {
            let word = first.prefix { $0 != " " }
            let parts = word.split(separator: ".", omittingEmptySubsequences: false)
            if parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
               parts[0] == "\(code / 100)" {
                enhanced = String(word)
                lines[0] = String(first.dropFirst(word.count).drop { $0 == " " })
            }
        }
        return RelayReply(code: code, enhancedCode: enhanced, lines: lines, step: step)
    }

    /// The result this reply stands for when it ends a delivery: 2xx sent, 4xx temporary,
    /// anything else permanent.
    func result(at step: DeliveryStep) -> DeliveryResult {
        if isPositive && step == .message { return .sent(reply: reply(at: step)) }
        if isTransient { return .temporaryFailure(reply: reply(at: step)) }
        if step.concernsRelay { return .temporaryFailure(reply: reply(at: step)) }
        return .permanentFailure(reply: reply(at: step))
    }
}
