import Crypto

/// The short fingerprint of a source text that a translation records it was made from: the
/// first 16 hexadecimal digits of the SHA-256 of its UTF-8 bytes.
public enum TextHash {
    /// The fingerprint of `text`, exactly as written.
    public static func of(_ text: String) -> String {
        SHA256.hash(data: Array(text.utf8)).prefix(8).hexadecimal
    }
}
