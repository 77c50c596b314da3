public import AdvocacyCore

/// The list of one audience: each member once, in the language they get, and everyone who
/// matched the audience's filter but was left out, with the reason. Members and exclusions are
/// stored as positions in the book and made into values on demand.
public struct AudienceList {
    /// A member's place: the contact's position in the book, the language's position in the
    /// routing's languages, and how it was chosen.
    struct Member {
        var contact: Int32
        var language: UInt8
        var route: LanguageRouting.Route
    }

    /// An exclusion's place: the contact's position, and why.
    struct Left {
        var contact: Int32
        var reason: Exclusion.Reason
    }

    /// The audience.
    public let spec: AudienceSpec
    /// The campaign's languages, which members' languages index.
    public let languages: [LanguageCode]
    let book: ContactBook
    var members: [Member] = []
    var left: [Left] = []

    /// How many members.
    public var count: Int { members.count }

    /// The members in book order, each made into a ``Recipient`` when reached.
    public var recipients: some RandomAccessCollection<Recipient> {
        members.lazy.map { [book, languages] member in
            Recipient(contact: book[Int(member.contact)], language: languages[Int(member.language)], route: member.route)
        }
    }

    /// Everyone left out, in book order, each made into an ``Exclusion`` when reached.
    public var exclusions: some RandomAccessCollection<Exclusion> {
        left.lazy.map { [book] left in
            let position = Int(left.contact)
            return Exclusion(
                address: book.table.text(book.table.cell(position, .address)), origin: book.table.origin(of: position),
                reason: left.reason)
        }
    }

    /// Members per language, in the campaign's language order, languages without members left out.
    public var countsByLanguage: [(language: LanguageCode, count: Int)] {
        var counts = [Int](repeating: 0, count: languages.count)
        for member in members { counts[Int(member.language)] += 1 }
        return languages.indices.filter { counts[$0] > 0 }.map { (languages[$0], counts[$0]) }
    }
}

/// A member of an audience's list.
public struct Recipient: Hashable, Sendable {
    /// The contact.
    public var contact: Contact
    /// The language they get.
    public var language: LanguageCode
    /// How that language was chosen.
    public var route: LanguageRouting.Route
}
