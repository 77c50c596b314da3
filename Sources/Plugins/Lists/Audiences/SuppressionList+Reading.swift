extension SuppressionList {
    /// Reads a suppression export: a column of addresses found as in any contacts file, and,
    /// if present, a column of reasons (`reason`, `status`, `type`, `raison`, `reden`) and one of
    /// days (`date`, `since`, `suppressed`, `datum`). Rows whose address is not valid suppress
    /// nothing and are kept in ``problems``.
    public init(reading source: ContactSource) throws(ListError) {
        let book = try ContactBook(reading: [source])
        self.init()
        problems = book.problems
        for contact in book.contacts {
            let reason = Self.value(of: contact, among: ["reason", "status", "type", "raison", "reden"])
            let day = Self.value(of: contact, among: ["date", "since", "suppressed", "datum", "depuis", "sinds"])
            add(Entry(address: contact.email, reason: Reason(word: reason ?? ""), since: day.flatMap(CalendarDay.init)))
        }
    }

    /// The first extra field of `contact` whose folded header is one of `names`.
    private static func value(of contact: Contact, among names: Set<String>) -> String? {
        contact.extra.first { names.contains(HeaderSynonyms.fold($0.name)) }?.value
    }
}
