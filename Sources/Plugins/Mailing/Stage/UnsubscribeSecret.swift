public import AdvocacyCore
import Foundation

/// The secret unsubscribe tokens are made with: never in a campaign's YAML, which is reviewed
/// in git, but in the environment, as `ADVOCATE_UNSUBSCRIBE_SECRET`, or in the file that
/// `ADVOCATE_UNSUBSCRIBE_SECRET_FILE` names (its first line).
public enum UnsubscribeSecret {
    /// The variable holding the secret itself.
    public static let variable = "ADVOCATE_UNSUBSCRIBE_SECRET"
    /// The variable naming a file that holds it.
    public static let fileVariable = "ADVOCATE_UNSUBSCRIBE_SECRET_FILE"
    /// The fewest bytes a secret may have: shorter ones can be guessed.
    public static let minimumLength = 16

    /// The secret's bytes from `environment`; a build that writes messages without one is a
    /// usage error (64), since every message's unsubscribe link would be unverifiable.
    public static func read(from environment: [String: String]) throws(AdvocateError) -> [UInt8] {
        var secret: String
        if let value = environment[variable], !value.isEmpty {
            secret = value
        } else if let path = environment[fileVariable], !path.isEmpty {
            do {
                secret = try String(contentsOfFile: path, encoding: .utf8)
            } catch {
                throw AdvocateError(.missingInput, "\(fileVariable) names '\(path)', which cannot be read: \(error.localizedDescription)")
            }
            secret = String(secret.prefix { $0 != "\n" && $0 != "\r" })
        } else {
            throw AdvocateError(
                .usage,
                "writing mailings needs the unsubscribe secret: set \(variable), or \(fileVariable) to a file holding it (docs/mailings.md, 'Unsubscribe tokens'); it is never read from a campaign file")
        }
        guard secret.utf8.count >= minimumLength else {
            throw AdvocateError(.usage, "the unsubscribe secret has \(secret.utf8.count) bytes; give one of at least \(minimumLength), such as the output of 'openssl rand -hex 32'")
        }
        return Array(secret.utf8)
    }
}
