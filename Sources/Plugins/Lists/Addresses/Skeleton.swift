import Foundation

/// What an address looks like, for telling lookalikes apart from duplicates: two different
/// addresses with one skeleton are reported, never merged. The skeleton is the address in NFKC
/// (a fullwidth `ｍ` becomes `m`, the Kelvin sign `K` becomes `K`), lower-case, with invisible
/// characters removed and a small, practical set of Cyrillic and Greek letters replaced by the
/// Latin letters they are indistinguishable from; a punycode domain is read in Unicode first.
/// This is a subset of the Unicode confusables (UTS #39) aimed at addresses, not the whole table.
enum Skeleton {
    /// The skeleton of an address as written; its domain's through `domains`.
    static func of(_ address: String, domains: DomainCache) -> String {
        guard let at = address.lastIndex(of: "@") else { return ofText(address[...]) }
        return ofText(address[..<at]) + "@" + domains.skeleton(String(address[address.index(after: at)...]))
    }

    /// The skeleton of a domain, read in Unicode if it has punycode labels.
    static func ofDomain(_ domain: String) -> String {
        let readable = domain.lowercased().contains("xn--") ? IDNA.unicode(domain) ?? domain : domain
        return ofText(readable[...])
    }

    /// The skeleton of a local part or a domain in Unicode: ASCII is only lower-cased.
    private static func ofText(_ text: Substring) -> String {
        guard !text.utf8.allSatisfy({ $0 < 0x80 }) else { return text.lowercased() }
        var skeleton = String.UnicodeScalarView()
        for scalar in String(text).precomposedStringWithCompatibilityMapping.lowercased().unicodeScalars {
            if invisible.contains(scalar.value) { continue }
            skeleton.append(latin[scalar.value].map { Unicode.Scalar($0)! } ?? scalar)
        }
        return String(skeleton)
    }

    /// Zero-width characters and the soft hyphen, which show as nothing.
    private static let invisible: Set<UInt32> = [0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF]

    /// Lower-case Cyrillic and Greek letters, and a few Latin ones, that look like a Latin letter.
    private static let latin: [UInt32: UInt32] = [
        // Cyrillic: а е о р с у х ѕ і ј һ ԁ ԛ ԝ ӏ
        0x0430: 0x61, 0x0435: 0x65, 0x043E: 0x6F, 0x0440: 0x70, 0x0441: 0x63, 0x0443: 0x79, 0x0445: 0x78,
        0x0455: 0x73, 0x0456: 0x69, 0x0458: 0x6A, 0x04BB: 0x68, 0x0501: 0x64, 0x051B: 0x71, 0x051D: 0x77,
        0x04CF: 0x6C,
        // Greek: α ο ρ ν ι κ υ χ
        0x03B1: 0x61, 0x03BF: 0x6F, 0x03C1: 0x70, 0x03BD: 0x76, 0x03B9: 0x69, 0x03BA: 0x6B, 0x03C5: 0x75,
        0x03C7: 0x78,
        // Latin lookalikes of Latin letters: dotless i, script g
        0x0131: 0x69, 0x0261: 0x67,
    ]
}
