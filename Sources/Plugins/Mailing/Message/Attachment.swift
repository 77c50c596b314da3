/// A file attached to messages (the position paper's PDF), encoded in base64 once when made
/// and copied into every message that carries it.
public final class Attachment: Sendable {
    /// The media type, such as `application/pdf`.
    public let mediaType: String
    /// The file name the recipient sees.
    public let filename: String
    /// The `Content-Language` of the file; `nil` for none.
    public let language: String?
    /// The file's size in bytes, before encoding.
    public let size: Int
    /// The base64 text, without line breaks; the encoder breaks it at 76 characters.
    let base64: [UInt8]

    /// An attachment of `bytes` named `filename`; throws when the name or the media type holds
    /// a line break, or the media type is not `type/subtype`.
    public init(_ bytes: [UInt8], filename: String, mediaType: String = "application/pdf", language: String? = nil) throws(MessageError) {
        guard !HeaderText.hasLineBreak(filename) else { throw MessageError(.lineBreakInHeader(field: "Content-Disposition")) }
        guard !filename.isEmpty else {
            throw MessageError(.invalidHeaderValue(field: "Content-Disposition", why: "the attachment's file name is empty"))
        }
        let typeBytes = Array(mediaType.utf8)
        let slashes = typeBytes.filter { $0 == 0x2F }.count
        guard slashes == 1, typeBytes.first != 0x2F, typeBytes.last != 0x2F,
            typeBytes.allSatisfy({ AddressNormaliser.isAtext($0) && $0 != 0x3D && $0 != 0x3F || $0 == 0x2F || $0 == 0x2E })
        else {
            throw MessageError(.invalidHeaderValue(field: "Content-Type", why: "'\(mediaType.debugDescription.dropFirst().dropLast())' is not a media type such as application/pdf"))
        }
        if let language, HeaderText.hasLineBreak(language) { throw MessageError(.lineBreakInHeader(field: "Content-Language")) }
        self.mediaType = mediaType.lowercased()
        self.filename = filename
        self.language = language
        size = bytes.count
        base64 = Base64.encoded(bytes)
    }
}
