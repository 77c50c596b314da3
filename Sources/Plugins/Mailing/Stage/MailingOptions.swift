import AdvocacyCore

/// The options of the `mailing` stage.
struct MailingOptions: StageOptionSet {
    /// How the messages are written.
    enum Format: String, StageOptionChoice {
        /// One `.eml` file per recipient, `mailings/<mailing>/<lang>/<recipient>.eml`.
        case eml
        /// Every message of a mailing in one `mailings/<mailing>/mailbox.mbox`.
        case mbox
    }

    var format = Format.eml

    static let options: [StageOptionField<Self>] = [
        .init("format", \.format, help: "eml: one file per recipient in mailings/<mailing>/<lang>/; mbox: one mailings/<mailing>/mailbox.mbox."),
    ]
}
