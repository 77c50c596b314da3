internal import Crypto

/// The token an unsubscribe URL carries, which the organisation's web site checks without a
/// database: HMAC-SHA256, keyed with a secret only the organisation holds, of the mailing's id
/// and the recipient's address lower-cased, joined by a line feed; in base64url without padding
/// (43 characters). `docs/mailings.md` shows how to check one.
public enum UnsubscribeToken {
    /// The token for `address` in `mailing`, keyed with `secret`.
    public static func make(mailing: String, address: String, secret: [UInt8]) -> String {
        let code = HMAC<SHA256>.authenticationCode(for: message(mailing: mailing, address: address), using: SymmetricKey(data: secret))
        return base64url(Array(code))
    }

    /// Whether `token` is the one for `address` in `mailing` under `secret`, compared in
    /// constant time.
    public static func isValid(_ token: String, mailing: String, address: String, secret: [UInt8]) -> Bool {
        guard let code = decodeBase64url(token), code.count == SHA256.byteCount else { return false }
        return HMAC<SHA256>.isValidAuthenticationCode(code, authenticating: message(mailing: mailing, address: address), using: SymmetricKey(data: secret))
    }

    private static func message(mailing: String, address: String) -> [UInt8] {
        Array((mailing + "\n" + address.lowercased()).utf8)
    }

    private static func base64url(_ bytes: [UInt8]) -> String {
        var text = String(decoding: Base64.encoded(bytes), as: UTF8.self)
        text = String(text.map { $0 == "+" ? "-" : $0 == "/" ? "_" : $0 }.filter { $0 != "=" })
        return text
    }

    private static func decodeBase64url(_ token: String) -> [UInt8]? {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)
        var bits = 0, value: UInt32 = 0, out: [UInt8] = []
        for byte in token.utf8 {
            guard let digit = alphabet.firstIndex(of: byte) else { return nil }
            value = value << 6 | UInt32(digit)
            bits += 6
            if bits >= 8 {
                bits -= 8
                out.append(UInt8(truncatingIfNeeded: value >> UInt32(bits)))
            }
        }
        return out
    }
}
