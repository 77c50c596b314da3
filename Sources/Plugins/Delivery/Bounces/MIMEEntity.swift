import Foundation

/// One MIME entity of returned mail, parsed strictly and within bounds: its header, its content
/// type and parameters, its body decoded from base64 where it says so, and for a multipart its
/// parts. Hostile mail gets no further than ``maximumDepth`` levels and ``maximumParts`` parts.
struct MIMEEntity {
    static let maximumDepth = 6
    static let maximumParts = 64

    /// The entity's header.
    let headers: MailHeaders
    /// `type/subtype`, lower-case; `text/plain` when the header gives none.
    let type: String
    /// The content type's parameters, names lower-case.
    let parameters: [String: String]
    /// The body, transfer encoding undone.
    let body: ArraySlice<UInt8>
    /// The parts, for a multipart.
    let parts: [MIMEEntity]

    /// The entity in `bytes`; `nil` when its header is not one or it passes the bounds.
    init?(_ bytes: ArraySlice<UInt8>, depth: Int = 0) {
        guard depth <= Self.maximumDepth, let headers = MailHeaders(bytes) else { return nil }
        self.headers = headers
        (type, parameters) = Self.contentType(headers["Content-Type"] ?? "text/plain")
        let raw = bytes[headers.bodyStart...]
        if headers["Content-Transfer-Encoding"]?.lowercased() == "base64" {
            let text = String(decoding: raw, as: UTF8.self)
            body = Array(Data(base64Encoded: text, options: .ignoreUnknownCharacters) ?? Data())[...]
        } else {
            body = raw
        }
        if type.hasPrefix("multipart/"), let boundary = parameters["boundary"], !boundary.isEmpty {
            var parts: [MIMEEntity] = []
            for slice in Self.split(body, boundary: Array(boundary.utf8)).prefix(Self.maximumParts) {
                if let part = MIMEEntity(slice, depth: depth + 1) { parts.append(part) }
            }
            self.parts = parts
        } else {
            parts = []
        }
    }

    /// Every entity in this one, itself first, depth first.
    var all: [MIMEEntity] { [self] + parts.flatMap(\.all) }

    /// The type and the parameters of a `Content-Type:` value.
    static func contentType(_ value: String) -> (String, [String: String]) {
        let pieces = value.split(separator: ";", omittingEmptySubsequences: true)
        let type = pieces.first.map { String($0).trimmingSpaces.lowercased() } ?? "text/plain"
        var parameters: [String: String] = [:]
        for piece in pieces.dropFirst() {
            guard let equals = piece.firstIndex(of: "=") else { continue }
            let name = String(piece[..<equals]).trimmingSpaces.lowercased()
            var value = String(piece[piece.index(after: equals)...]).trimmingSpaces
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") { value = String(value.dropFirst().dropLast()) }
            parameters[name] = value
        }
        return (type, parameters)
    }

    /// The parts between `--boundary` lines, the preamble and epilogue left out.
    private static func split(_ body: ArraySlice<UInt8>, boundary: [UInt8]) -> [ArraySlice<UInt8>] {
        let delimiter: [UInt8] = [0x2D, 0x2D] + boundary
        var parts: [ArraySlice<UInt8>] = []
        var partStart: Int?
        var lineStart = body.startIndex
        while lineStart < body.endIndex {
            var lineEnd = lineStart
            while lineEnd < body.endIndex, body[lineEnd] != 0x0A { lineEnd += 1 }
            let line = body[lineStart..<lineEnd]
            if line.starts(with: delimiter) {
                if let start = partStart {
                    var end = lineStart
                    if end > start, body[end - 1] == 0x0A { end -= 1 }
                    if end > start, body[end - 1] == 0x0D { end -= 1 }
                    parts.append(body[start..<end])
                }
                let rest = line.dropFirst(delimiter.count)
                if rest.starts(with: [0x2D, 0x2D]) { return parts }
                partStart = min(lineEnd + 1, body.endIndex)
                guard parts.count <= maximumParts else { return parts }
            }
            lineStart = lineEnd + 1
        }
        return parts
    }
}
