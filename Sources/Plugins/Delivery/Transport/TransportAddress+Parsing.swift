public import AdvocacyCore

extension TransportAddress {
    /// Reads a `--via` value.
    /// - Throws: ``AdvocateError/Kind/usage`` for anything else, and for an address that holds a
    ///   password, without repeating it: the message names the variables to use instead.
    public init(parsing text: String) throws(AdvocateError) {
        if text == "sendmail" {
            self = .sendmail(program: "sendmail")
            return
        }
        if text.hasPrefix("sendmail:") {
            let program = String(text.dropFirst("sendmail:".count))
            guard program.hasPrefix("/") else {
                throw AdvocateError(.usage, "--via sendmail:PATH needs an absolute path to the program, such as sendmail:/usr/sbin/sendmail")
            }
            self = .sendmail(program: program)
            return
        }
        let security: SMTPRelay.Security
        let rest: Substring
        if text.lowercased().hasPrefix("smtp://") {
            (security, rest) = (.startTLS, text.dropFirst("smtp://".count))
        } else if text.lowercased().hasPrefix("smtps://") {
            (security, rest) = (.implicitTLS, text.dropFirst("smtps://".count))
        } else {
            throw AdvocateError(.usage, "--via takes sendmail, sendmail:/path/to/program, smtp://host[:port] or smtps://host[:port]; got '\(Self.withoutSecrets(text))'")
        }
        self = .smtp(try Self.relay(from: rest.hasSuffix("/") ? rest.dropLast() : rest, security: security, whole: text))
    }

    private static func relay(from text: Substring, security: SMTPRelay.Security, whole: String) throws(AdvocateError) -> SMTPRelay {
        var hostPort = text
        var user: String?
        if let at = text.lastIndex(of: "@") {
            let userInfo = text[..<at]
            if userInfo.contains(":") {
                throw AdvocateError(.usage, "--via must not hold a password; give it in the variable \(SMTPCredentials.passwordVariable), or name a file holding it in \(SMTPCredentials.passwordFileVariable)")
            }
            guard let decoded = String(userInfo).removingPercentEncoding, !decoded.isEmpty else {
                throw AdvocateError(.usage, "the user in --via '\(whole)' is empty or badly percent-encoded")
            }
            user = decoded
            hostPort = text[text.index(after: at)...]
        }
        let host: Substring
        var portText: Substring?
        if hostPort.hasPrefix("[") {
            guard let close = hostPort.firstIndex(of: "]") else {
                throw AdvocateError(.usage, "the IPv6 address in --via '\(whole)' lacks its closing ']'")
            }
            host = hostPort[hostPort.index(after: hostPort.startIndex)..<close]
            let after = hostPort[hostPort.index(after: close)...]
            if !after.isEmpty {
                guard after.hasPrefix(":") else { throw AdvocateError(.usage, "--via '\(whole)' has something after the host that is not ':PORT'") }
                portText = after.dropFirst()
            }
        } else if let colon = hostPort.firstIndex(of: ":") {
            host = hostPort[..<colon]
            portText = hostPort[hostPort.index(after: colon)...]
        } else {
            host = hostPort
        }
        guard !host.isEmpty, host.allSatisfy({ $0.isLetter || $0.isNumber || "-._:".contains($0) }) else {
            throw AdvocateError(.usage, "--via '\(whole)' names no valid relay host")
        }
        var port = security == .startTLS ? 587 : 465
        if let portText {
            guard let number = Int(portText), (1...65535).contains(number) else {
                throw AdvocateError(.usage, "the port in --via '\(whole)' is not a number from 1 to 65535")
            }
            port = number
        }
        return SMTPRelay(host: String(host), port: port, security: security, user: user)
    }

    /// The text with anything between `//` and `@` cut out, for an error message.
    private static func withoutSecrets(_ text: String) -> String {
        guard let scheme = text.range(of: "//"), let at = text.lastIndex(of: "@"), at > scheme.upperBound else { return text }
        return String(text[..<scheme.upperBound]) + "…" + String(text[at...])
    }
}
