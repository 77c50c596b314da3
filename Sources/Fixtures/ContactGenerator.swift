/// Deterministic contact exports of any size from a seed, as CRMs and spreadsheets produce them:
/// names in French, Dutch, German, Spanish, Italian and Polish, languages written every which
/// way, duplicates (the same address in another case, with other fields filled), invalid
/// addresses, lookalike addresses, quoted line breaks, delimiters and quotes inside fields, and
/// cells a spreadsheet would take for a formula. Row `i` depends only on the seed and `i`, so
/// a million rows can be written without holding them. ``CSVExport`` writes them out.
public struct ContactGenerator: Sendable {
    /// What to put in the rows besides plain contacts.
    public struct Options: Sendable {
        /// The seed; the same seed gives the same rows.
        public var seed: UInt64 = 1
        /// Every `n`-th row repeats an earlier row's address in another case (0: never).
        public var duplicateEvery = 41
        /// Every `n`-th row has an invalid or missing address (0: never).
        public var invalidEvery = 251
        /// Every `n`-th row has an earlier address with a lookalike character (0: never).
        public var lookalikeEvery = 503
        /// Every `n`-th row's organisation holds a line break, in quotes (0: never).
        public var lineBreakEvery = 307
        /// Every `n`-th row has an address at an international domain (0: never).
        public var internationalDomainEvery = 97
        /// Every `n`-th row's first name is written decomposed (NFD), as macOS may (0: never).
        public var decomposedEvery = 151
        /// Only what Windows-1252 can encode: no Polish names, no lookalikes, no decomposed
        /// names, no international domains.
        public var windows1252Safe = false

        /// Options with the defaults above.
        public init() {}
    }

    /// The header every generated export has, in the mixed languages real exports use.
    public static let header = ["E-mail", "Prénom", "Nom", "Langue", "Civilité", "Organisation", "Tags", "Consent newsletter", "Membre depuis"]

    /// The options rows are made with.
    public let options: Options

    /// A generator.
    public init(_ options: Options = Options()) {
        self.options = options
    }

    /// Row `index` (from 0), one value per column of ``header``.
    public func row(_ index: Int) -> [String] {
        if every(options.invalidEvery, index) {
            var row = plainRow(index)
            row[0] = Self.invalidAddresses[index / options.invalidEvery % Self.invalidAddresses.count]
            return row
        }
        if every(options.duplicateEvery, index), index > 0 {
            return duplicate(of: earlierRow(before: index), index: index)
        }
        if !options.windows1252Safe, every(options.lookalikeEvery, index), index > 0 {
            var row = plainRow(earlierRow(before: index))
            row[0] = lookalike(of: row[0], index: index)
            return row
        }
        return plainRow(index)
    }

    /// Rows `0..<count`.
    public func rows(_ count: Int) -> [[String]] { (0..<count).map(row) }

    /// A contact as exported, with no quirk but those of its own values.
    private func plainRow(_ index: Int) -> [String] {
        var random = SplitMix(seed: options.seed, index: index)
        let pools = ContactNames.all.filter { !options.windows1252Safe || $0.isWindows1252Safe }
        let names = pools[random.next(pools.count)]
        var first = names.firstNames[random.next(names.firstNames.count)]
        let last = names.lastNames[random.next(names.lastNames.count)]
        let domains = !options.windows1252Safe && every(options.internationalDomainEvery, index) ? Self.internationalDomains : Self.domains
        let email = "\(ContactNames.asciiFolded(first)).\(ContactNames.asciiFolded(last))\(index)@\(domains[random.next(domains.count)])"
        if !options.windows1252Safe, every(options.decomposedEvery, index) {
            first = String(first.decomposedScalars)
        }
        let language = random.next(20) == 0 ? "" : names.spellings[random.next(names.spellings.count)]
        let organisations = options.windows1252Safe ? Self.organisations : Self.organisations + ["Spółdzielnia Łódź"]
        var organisation = organisations[random.next(organisations.count)]
        if every(options.lineBreakEvery, index) { organisation += "\nService membres" }
        let tags = Self.tags[random.next(Self.tags.count)]
        let consent = Self.consents[random.next(Self.consents.count)]
        let since = "20\(10 + random.next(14))-0\(1 + random.next(9))-1\(random.next(10))"
        return [email, first, last, language, names.salutations[random.next(names.salutations.count)], organisation, tags, consent, since]
    }

    /// An earlier row's contact again: the address with other capitals, a first name left out,
    /// another tag, and the consent given with its day.
    private func duplicate(of earlier: Int, index: Int) -> [String] {
        var row = plainRow(earlier)
        let address = row[0]
        let at = address.lastIndex(of: "@")!
        row[0] = address[..<at].prefix(1).uppercased() + address[..<at].dropFirst() + address[at...].uppercased()
        if index % 2 == 0 { row[1] = "" }
        row[6] = "volunteers"
        row[7] = "2024-05-0\(1 + index % 9)"
        return row
    }

    /// `address` with one letter replaced by a character that looks the same.
    private func lookalike(of address: String, index: Int) -> String {
        let swaps: [(Character, Character)] = [("a", "\u{0430}"), ("e", "\u{0435}"), ("o", "\u{043E}"), ("k", "\u{212A}"), ("c", "\u{0441}")]
        for offset in 0..<swaps.count {
            let (plain, look) = swaps[(index + offset) % swaps.count]
            if let position = address.firstIndex(of: plain) {
                var changed = address
                changed.replaceSubrange(position...position, with: String(look))
                return changed
            }
        }
        // No letter to swap: a fullwidth first character does it.
        let first = address.unicodeScalars.first!
        return String(Character(Unicode.Scalar(first.value + 0xFEE0)!)) + address.dropFirst()
    }

    /// An earlier row that is a plain contact, for a duplicate or a lookalike to copy.
    private func earlierRow(before index: Int) -> Int {
        var random = SplitMix(seed: options.seed ^ 0x5EED, index: index)
        var earlier = random.next(index)
        while earlier > 0, every(options.invalidEvery, earlier) || every(options.duplicateEvery, earlier)
            || every(options.lookalikeEvery, earlier)
        {
            earlier -= 1
        }
        return earlier
    }

    private func every(_ n: Int, _ index: Int) -> Bool { n > 0 && index % n == n - 1 }

    static let domains = ["example.org", "example.be", "mail.example.net", "exemple.fr", "voorbeeld.nl", "beispiel.de", "smart.example"]
    static let internationalDomains = ["coopérative.example", "münchen.example", "łódź.example"]
    static let organisations = [
        "SMart", "Coopérative des Arts", "De Werkplaats vzw", "Atelier Zéro", "Kultur & Arbeit e.V.", "Dupont, Fils & Cie",
        "Café \"Le Zinc\"", "Muñoz y Asociados", "", "", "=SUM(A1:A2)", "-Atelier-", "@home",
    ]
    static let tags = ["members", "members|brussels", "members,ghent", "board", "", "press; members", "volunteers"]
    static let consents = ["yes", "yes", "", "no", "2023-04-12", "16/07/2024", "oui", "ja"]
    static let invalidAddresses = ["jean.dupont@", "@example.org", "no-at-sign.example.org", "marie dupont@example.org",
                                   "a@@example.org", "x@example", "bad..dots@example.org", ""]
}

private extension String {
    /// The string decomposed into base letters and combining accents (NFD) for the Latin letters
    /// the generated names use.
    var decomposedScalars: String.UnicodeScalarView {
        var scalars = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            if let (base, mark) = Self.decompositions[scalar] {
                scalars.append(base)
                scalars.append(mark)
            } else {
                scalars.append(scalar)
            }
        }
        return scalars
    }

    static let decompositions: [Unicode.Scalar: (Unicode.Scalar, Unicode.Scalar)] = [
        "é": ("e", "\u{0301}"), "É": ("E", "\u{0301}"), "è": ("e", "\u{0300}"), "ë": ("e", "\u{0308}"),
        "ï": ("i", "\u{0308}"), "ö": ("o", "\u{0308}"), "ü": ("u", "\u{0308}"), "ä": ("a", "\u{0308}"),
        "ñ": ("n", "\u{0303}"), "ç": ("c", "\u{0327}"), "ó": ("o", "\u{0301}"), "í": ("i", "\u{0301}"),
    ]
}

/// SplitMix64: a small, fast, good-enough generator, seeded per row.
struct SplitMix {
    private var state: UInt64

    init(seed: UInt64, index: Int) {
        state = seed &+ UInt64(truncatingIfNeeded: index) &* 0x9E37_79B9_7F4A_7C15
    }

    /// A number in `0..<bound`.
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return Int(z % UInt64(max(bound, 1)))
    }
}
