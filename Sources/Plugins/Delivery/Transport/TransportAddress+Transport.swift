public import AdvocacyCore
public import Foundation

extension TransportAddress {
    /// The transport this address names, with `settings`, and a password from `environment`
    /// when the address names a user.
    /// - Throws: ``AdvocateError/Kind/usage`` for `--insecure` with a relay that is not on
    ///   loopback or uses `smtps://`, and for a user without a password;
    ///   ``AdvocateError/Kind/unavailable`` for a sendmail program that is not there;
    ///   ``AdvocateError/Kind/missingInput`` for a trusted-certificates or password file that
    ///   cannot be read.
    public func makeTransport(
        settings: TransportSettings, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(AdvocateError) -> any MailTransport {
        switch self {
        case .sendmail(let program):
            return try SendmailTransport(program: program, settings: settings)
        case .smtp(let relay):
            if settings.insecure {
                guard relay.security == .startTLS else {
                    throw AdvocateError(.usage, "--insecure applies to smtp:// only; smtps:// is always encrypted")
                }
                guard relay.isLoopback else {
                    throw AdvocateError(.usage, "--insecure is allowed only for a relay on this machine (localhost, 127.0.0.1, ::1), not '\(relay.host)': a remote relay must be reached with STARTTLS")
                }
            }
            let credentials = try relay.user.map { user throws(AdvocateError) in try SMTPCredentials(user: user, environment: environment) }
            return try SMTPTransport(relay: relay, credentials: credentials, settings: settings)
        }
    }
}
