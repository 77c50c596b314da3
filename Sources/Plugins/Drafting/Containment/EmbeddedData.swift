import Foundation

/// What a `data:` address in a layout or logo may hold: a PNG, JPEG, GIF or WebP image, a
/// font, or an SVG that passes ``SVGCheck``. Anything else is refused, whatever media type the
/// address declares: weasyprint draws data that is no picture it knows as SVG, so a
/// `data:image/png,<svg …>` is checked as the SVG it would become.
enum EmbeddedData {
    /// The verdict on an address.
    enum Verdict: Equatable {
        case accepted
        /// Not a `data:` address at all.
        case notData
        /// A `data:` address whose content is refused, and why.
        case refused(String)
    }

    /// How deep SVG may nest inside `data:` addresses inside SVG.
    static let maximumDepth = 3

    /// The verdict on `address`, an attribute value or `url()` argument already unescaped.
    static func check(_ address: String, depth: Int = 0) -> Verdict {
        let compact = String(address.trimmingASCIIWhitespace().unicodeScalars.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" })
        guard compact.lowercasedASCII.hasPrefix("data:"), let comma = compact.firstIndex(of: ",") else { return .notData }
        let header = String(compact[compact.index(compact.startIndex, offsetBy: 5)..<comma])
        let payload = compact[compact.index(after: comma)...]
        let bytes: [UInt8]
        // As weasyprint reads it: ";base64" exactly, else %-escapes. Base64 is read strictly
        // (no stray characters, right padding), so that no two readers can see two pictures.
        if header.hasSuffix(";base64") {
            guard let data = Data(base64Encoded: String(payload.filter { !$0.isWhitespace })) else {
                return .refused("its base64 does not decode")
            }
            bytes = Array(data)
        } else {
            guard let decoded = String(payload).removingPercentEncoding else { return .refused("its %-escapes do not decode to UTF-8 text") }
            bytes = Array(decoded.utf8)
        }
        if picture(in: bytes) != nil || isFont(bytes) { return .accepted }
        guard depth < maximumDepth else { return .refused("it nests SVG in data: addresses more than \(maximumDepth) deep") }
        switch SVGCheck.problems(in: bytes, file: "data:", depth: depth + 1) {
        case .notXML(let why):
            return .refused("it is neither a PNG, JPEG, GIF or WebP image, nor a font, nor well-formed SVG (\(why))")
        case .checked(let problems):
            guard let first = problems.first else { return .accepted }
            return .refused("its SVG \(first.message)")
        }
    }

    /// The raster formats weasyprint draws as pictures.
    enum Picture {
        case png, jpeg, gif, webp
    }

    /// The format `bytes` start with, if they start like a PNG, JPEG, GIF or WebP image.
    static func picture(in bytes: [UInt8]) -> Picture? {
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpeg }
        if bytes.starts(with: Array("GIF87a".utf8)) || bytes.starts(with: Array("GIF89a".utf8)) { return .gif }
        if bytes.starts(with: Array("RIFF".utf8)), bytes.count >= 12, Array(bytes[8..<12]) == Array("WEBP".utf8) { return .webp }
        return nil
    }

    private static func isFont(_ bytes: [UInt8]) -> Bool {
        [[0x00, 0x01, 0x00, 0x00], Array("OTTO".utf8), Array("true".utf8), Array("ttcf".utf8), Array("wOFF".utf8), Array("wOF2".utf8)]
            .contains { bytes.starts(with: $0) }
    }
}
