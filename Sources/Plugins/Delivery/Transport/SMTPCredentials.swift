public import AdvocacyCore
import Foundation

/// The user and password an SMTP relay is logged in with. The password comes from the
/// environment (``passwordVariable``) or a file named there (``passwordFileVariable``), never
/// from a campaign or the command line, and is never printed: this value describes itself
/// without it.
public struct SMTPCredentials: Sendable, Equatable, CustomStringConvertible {
    /// The variable that holds the password itself.
    public static let passwordVariable = "ADVOCATE_SMTP_PASSWORD"
    /// The variable that names a file holding the password (one line; its line end is dropped).
    public static let passwordFileVariable = "ADVOCATE_SMTP_PASSWORD_FILE"

    /// The user to log in as.
    public let user: String
    /// The password.
    let password: String

    /// Credentials for `user`, with the password from `environment`.
    /// - Throws: ``AdvocateError/Kind/usage`` when neither variable is set, or both are;
    ///   ``AdvocateError/Kind/missingInput`` when the named file cannot be read.
    public init(user: String, environment: [String: String]) throws(AdvocateError) {
        let direct = environment[Self.passwordVariable]
        let file = environment[Self.passwordFileVariable]
        switch (direct, file) {
        case (let password?, nil):
            self.init(user: user, password: password)
        case (nil, let path?):
            guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                throw AdvocateError(.missingInput, "cannot read the password file '\(path)' named by \(Self.passwordFileVariable); check that it exists and is readable")
            }
            var password = Substring(text)
            if password.hasSuffix("\n") { password = password.dropLast() }
            if password.hasSuffix("\r") { password = password.dropLast() }
            self.init(user: user, password: String(password))
        case (nil, nil):
            throw AdvocateError(.usage, "the relay's user '\(user)' needs a password: set \(Self.passwordVariable), or name a file holding it in \(Self.passwordFileVariable)")
        case (_?, _?):
            throw AdvocateError(.usage, "both \(Self.passwordVariable) and \(Self.passwordFileVariable) are set; keep one")
        }
    }

    /// Credentials given directly, for tests and library users.
    public init(user: String, password: String) {
        self.user = user
        self.password = password
    }

    /// The user, and never the password.
    public var description: String { "user '\(user)' (password withheld)" }
}
