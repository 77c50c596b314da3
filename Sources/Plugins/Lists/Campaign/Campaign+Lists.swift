public import AdvocacyCore

extension Campaign {
    /// The contact exports its audiences draw on, as the lists stage decoded them.
    public var contacts: [ContactSourceSpec] { stageData[ContactExports.self]?.sources ?? [] }
    /// The suppression list (unsubscribed, bounced, complained) applied to every audience.
    public var suppression: Located<String>? { stageData[ContactExports.self]?.suppression }
}

extension Audience {
    /// Where its members come from and who among them belongs, as the lists stage decoded
    /// them; `nil` when the audience selects no contacts.
    public var selection: AudienceSelection? { stageData[AudienceSelection.self] }
}
