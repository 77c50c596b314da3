extension ContactTable {
    /// The stored contact at `position` as a ``Contact`` value.
    func contact(at position: Int) -> Contact {
        func text(_ field: StoredField) -> String { self.text(cell(position, field)) }
        let row = rows[position]
        var contact = Contact(email: text(.address), origin: origin(of: position))
        contact.firstName = text(.firstName)
        contact.lastName = text(.lastName)
        contact.salutation = text(.salutation)
        contact.gender = text(.gender)
        contact.organisation = text(.organisation)
        contact.role = text(.role)
        contact.institution = text(.institution)
        contact.constituency = text(.constituency)
        contact.party = text(.party)
        contact.language = text(.language)
        contact.tags = text(.tags).split(separator: "|").map(String.init)
        contact.consents = CanonicalCells.consentList(text(.consents)).map { consent in
            Consent(purpose: String(decoding: consent.purpose, as: UTF8.self), given: CalendarDay(packed: consent.day))
        }
        contact.termStart = CalendarDay(packed: row.termStart)
        contact.termEnd = CalendarDay(packed: row.termEnd)
        contact.extra = extraCells(of: position).map { ExtraField(name: extraNames[Int($0.name)], value: self.text($0.value)) }
        return contact
    }
}

extension CalendarDay {
    /// The day packed as `yyyymmdd`, or `nil` for 0, which stands for no day.
    init?(packed: Int32) {
        guard packed != 0 else { return nil }
        self.init(year: Int(packed) / 10_000, month: Int(packed) / 100 % 100, day: Int(packed) % 100)
    }
}
