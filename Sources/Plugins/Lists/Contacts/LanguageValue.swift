/// The language a cell names, as an ISO 639-1 code: `fr` for `FR`, `fr-BE`, `fr_BE`, `fra`,
/// `Français`, `French` or `Frans`. A value it does not recognise is kept lower-case as written,
/// so that routing can say which language it could not serve.
enum LanguageValue {
    /// The code for `value`, already trimmed.
    static func code(_ value: UnsafeBufferPointer<UInt8>) -> String {
        // The fast path: two ASCII letters, in any case.
        if value.count == 2, isLetter(value[0]), isLetter(value[1]) {
            return String(decoding: [value[0] | 0x20, value[1] | 0x20], as: UTF8.self)
        }
        let lower = String(decoding: value, as: UTF8.self).lowercased()
        let primary = String(lower.prefix { $0 != "-" && $0 != "_" })
        if primary.count == 2, primary.unicodeScalars.allSatisfy({ isLetter(UInt8(truncatingIfNeeded: $0.value)) && $0.isASCII }) {
            return primary
        }
        return names[primary] ?? lower
    }

    private static func isLetter(_ byte: UInt8) -> Bool { byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A }

    /// ISO 639-2 codes and names of the languages exports most often spell out, in those languages
    /// and in English, French and Dutch.
    private static let names: [String: String] = {
        let table: [(String, [String])] = [
            ("fr", ["fra", "fre", "français", "francais", "french", "frans", "französisch", "francés", "francese", "francuski"]),
            ("nl", ["nld", "dut", "nederlands", "dutch", "néerlandais", "neerlandais", "vlaams", "flemish", "flamand", "niederländisch"]),
            ("en", ["eng", "english", "anglais", "engels", "englisch", "inglés", "inglese", "angielski"]),
            ("de", ["deu", "ger", "deutsch", "german", "allemand", "duits", "alemán", "tedesco", "niemiecki"]),
            ("es", ["spa", "español", "espanol", "castellano", "spanish", "espagnol", "spaans", "spanisch"]),
            ("it", ["ita", "italiano", "italian", "italien", "italiaans", "italienisch"]),
            ("pl", ["pol", "polski", "polish", "polonais", "pools", "polnisch"]),
            ("pt", ["por", "português", "portugues", "portuguese", "portugais", "portugees"]),
        ]
        return Dictionary(uniqueKeysWithValues: table.flatMap { code, names in names.map { ($0, code) } })
    }()
}
