/// A deterministic Markdown document in the organisation's voice: headings, paragraphs with
/// emphasis and links, lists, tables and footnotes, in French, Dutch and English.
enum BenchmarkDocument {
    /// Sections appended until the document has at least `minimumBytes` bytes of UTF-8.
    static func make(minimumBytes: Int) -> String {
        var generator = Generator(seed: 2024)
        var document = "# Décent werk, économie sociale — benchmark\n\n"
        var section = 0
        while document.utf8.count < minimumBytes {
            section += 1
            document += generator.section(section)
        }
        return document
    }

    private static let words = [
        "coopérative", "économie", "sociale", "solidaire", "travail", "décent", "protection",
        "freelances", "indépendants", "membres", "élections", "reconnaissance", "Bruxelles",
        "coöperatie", "werknemers", "sociale", "zekerheid", "één", "naïef", "overheid", "Vlaanderen",
        "cooperative", "members", "decent", "work", "social", "protection", "résolution", "OIT",
        "façon", "où", "qu’ils", "l’été", "rémunération", "geïnd", "ruïne", "België", "Genève",
    ]

    private static let sites = ["https://smart.coop", "https://www.ilo.org/fr", "https://economie-sociale.be/nl"]

    /// A small linear congruential generator: the same document on every machine and run.
    private struct Generator {
        var state: UInt64

        init(seed: UInt64) { state = seed }

        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }

        mutating func word() -> String { BenchmarkDocument.words[next(BenchmarkDocument.words.count)] }

        mutating func words(_ count: Int) -> String { (0..<count).map { _ in word() }.joined(separator: " ") }

        mutating func sentence() -> String {
            var parts = [words(3 + next(6))]
            switch next(5) {
            case 0: parts.append("*\(words(2))*")
            case 1: parts.append("**\(words(1))**")
            case 2: parts.append("[\(words(2))](\(BenchmarkDocument.sites[next(3)])/\(next(1000)))")
            case 3: parts.append("~~\(word())~~")
            default: parts.append("`\(word())`")
            }
            parts.append(words(2 + next(5)))
            let text = parts.joined(separator: " ")
            return text.prefix(1).uppercased() + text.dropFirst() + "."
        }

        mutating func paragraph() -> String { (0..<(3 + next(4))).map { _ in sentence() }.joined(separator: " ") }

        mutating func section(_ number: Int) -> String {
            let title = words(3)
            var text = "## \(number). \(title.prefix(1).uppercased() + title.dropFirst())\n\n"
            text += paragraph() + "[^n\(number)]\n\n"
            text += paragraph() + "\n" + paragraph() + "\n\n"
            for item in 1...(3 + next(4)) {
                text += (number.isMultiple(of: 2) ? "\(item). " : "- ") + sentence() + "\n"
            }
            text += "\n| Taal | Leden | Part |\n|:-----|------:|:----:|\n"
            for _ in 0..<(2 + next(4)) {
                text += "| \(word()) | \(next(40_000)) | *\(next(100)) %* |\n"
            }
            text += "\n> " + sentence() + "\n\n"
            text += "[^n\(number)]: \(sentence()) Voir <\(BenchmarkDocument.sites[next(3)])>.\n\n"
            return text
        }
    }
}
