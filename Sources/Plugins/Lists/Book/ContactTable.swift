/// The text cells every stored contact has, in storage order.
enum StoredField: Int, CaseIterable {
    /// The envelope address; then the dedupe key, which is the same cell when it is the same text;
    /// then the address as the file wrote it, for reports and lookalikes.
    case address, key, written
    case firstName, lastName, salutation, gender, organisation, role, institution, constituency, party
    /// The language code; the tags as `a|b`; the consents as `newsletter|petitions:2024-03-01`.
    case language, tags, consents

    /// How many cells a contact has.
    static let stride = allCases.count

    /// The cell that holds `field`, for the fields kept as text.
    init?(_ field: ContactField) {
        switch field {
        case .email: self = .address
        case .firstName: self = .firstName
        case .lastName: self = .lastName
        case .salutation: self = .salutation
        case .gender: self = .gender
        case .organisation: self = .organisation
        case .role: self = .role
        case .institution: self = .institution
        case .constituency: self = .constituency
        case .party: self = .party
        case .language: self = .language
        case .tags: self = .tags
        case .consents: self = .consents
        case .consent, .termStart, .termEnd, .extra: return nil
        }
    }

    /// The public field this cell holds; `nil` for the key and the address as written.
    var field: ContactField? {
        switch self {
        case .address: .email
        case .key, .written: nil
        case .firstName: .firstName
        case .lastName: .lastName
        case .salutation: .salutation
        case .gender: .gender
        case .organisation: .organisation
        case .role: .role
        case .institution: .institution
        case .constituency: .constituency
        case .party: .party
        case .language: .language
        case .tags: .tags
        case .consents: .consents
        }
    }
}

/// What a stored contact has besides its text cells.
struct StoredRow {
    /// Which source, and where in it.
    var source: UInt32
    var row: UInt32
    var line: UInt32
    /// The term's days, packed `yyyymmdd`; 0 when not known.
    var termStart: Int32
    var termEnd: Int32
    /// The contact's extra fields: a run of ``ContactTable/extras``.
    var extrasStart: UInt32
    var extrasCount: UInt32
}

/// An extra field of a stored contact: the column's name by number, and the value.
struct ExtraCell {
    var name: UInt32
    var value: Cell
}

/// Every kept contact of a book, compactly: per contact a fixed row of cells into one arena,
/// a few numbers, and a run of extra cells. No String is made until someone asks for a contact.
/// A ``RowBatch`` has the same layout, before duplicates are merged.
struct ContactTable {
    /// The text: arena 0 for what merges write, then one arena per stretch of file read, taken
    /// over whole from the batch that read it.
    var arenas = [ByteArena(number: 0)]
    /// ``StoredField/stride`` cells per contact.
    var cells = PlainVector<Cell>()
    var rows = PlainVector<StoredRow>()
    var extras = PlainVector<ExtraCell>()
    /// Extra columns' names, numbered in the order first seen across all sources.
    private(set) var extraNames: [String] = []
    private var extraNumbers: [String: UInt32] = [:]
    /// The sources' paths, numbered in the order they were read.
    var sources: [String] = []
    /// The later sources a contact was also read from, by contact, for the few contacts merged
    /// with a row of another export; a contact's first source is in its row.
    private(set) var laterSources: [Int: [UInt32]] = [:]

    var count: Int { rows.count }

    /// The cell of `field` of contact `contact`.
    @inline(__always)
    func cell(_ contact: Int, _ field: StoredField) -> Cell {
        cells[contact &* StoredField.stride &+ field.rawValue]
    }

    /// Moves the contact at `source` to `target`, an earlier place whose contact has gone.
    func move(_ source: Int, to target: Int) {
        let stride = StoredField.stride
        (cells.base + target * stride).update(from: cells.base + source * stride, count: stride)
        rows[target] = rows[source]
    }

    /// Keeps the first `count` contacts.
    func truncate(to count: Int) {
        cells.truncate(to: count * StoredField.stride)
        rows.truncate(to: count)
    }

    /// The number of the extra column called `name`, numbering it if new.
    mutating func extraNumber(_ name: String) -> UInt32 {
        if let number = extraNumbers[name] { return number }
        let number = UInt32(extraNames.count)
        extraNames.append(name)
        extraNumbers[name] = number
        return number
    }

    /// The number of the extra column called `name`, if any contact has it.
    func existingExtraNumber(_ name: String) -> UInt32? { extraNumbers[name] }

    /// The extra cells of contact `contact`.
    func extraCells(of contact: Int) -> UnsafeBufferPointer<ExtraCell> {
        let row = rows[contact]
        return extras.buffer(from: Int(row.extrasStart), count: Int(row.extrasCount))
    }

    /// Where contact `contact` was read.
    func origin(of contact: Int) -> RowOrigin {
        let row = rows[contact]
        return RowOrigin(file: sources[Int(row.source)], row: Int(row.row), line: Int(row.line))
    }

    /// Records that contact `contact` was also read from source number `source`.
    mutating func noteAlsoRead(_ contact: Int, from source: UInt32) {
        guard rows[contact].source != source, laterSources[contact]?.contains(source) != true else { return }
        laterSources[contact, default: []].append(source)
    }

    /// Whether contact `contact` was read from any of the sources numbered `numbers`: first, or
    /// in a row merged into it.
    func wasRead(_ contact: Int, fromAnyOf numbers: Set<Int>) -> Bool {
        if numbers.contains(Int(rows[contact].source)) { return true }
        return laterSources[contact]?.contains { numbers.contains(Int($0)) } ?? false
    }

    /// The arena merges write to.
    var arena: ByteArena { arenas[0] }

    /// The bytes of a cell, in whichever arena; valid until that arena grows.
    @inline(__always)
    func bytes(_ cell: Cell) -> UnsafeBufferPointer<UInt8> { arenas[cell.arena].bytes(cell) }

    /// The text of a cell.
    func text(_ cell: Cell) -> String { String(decoding: bytes(cell), as: UTF8.self) }
}
