internal import CIDN2

/// International domain names through libidn2: IDNA2008 with the UTS #46 mapping, which
/// lower-cases and maps compatibility characters (a fullwidth `ｅ`, a Kelvin sign) the way DNS
/// resolvers do, so two spellings of one domain get one ASCII form.
enum IDNA {
    /// The ASCII (punycode) form of `domain`, such as `xn--cooprative-d7a.example` for
    /// `coopérative.example`, or libidn2's explanation of why it is not a valid domain name.
    static func ascii(_ domain: String) -> Result<String, IDNAFailure> {
        var output: UnsafeMutablePointer<CChar>?
        // Non-transitional processing keeps `ß` and `ς` as themselves, as browsers now do;
        // STD3 rules refuse the `_`, spaces and punctuation no mail domain can hold.
        let flags = Int32(IDN2_NFC_INPUT.rawValue | IDN2_NONTRANSITIONAL.rawValue | IDN2_USE_STD3_ASCII_RULES.rawValue)
        let status = idn2_to_ascii_8z(domain, &output, flags)
        // libidn2 allocates the result; it must be freed with idn2_free, not Swift.
        defer { idn2_free(output) }
        guard status == Int32(IDN2_OK.rawValue), let output else {
            return .failure(IDNAFailure(message: String(cString: idn2_strerror(status))))
        }
        return .success(String(cString: output))
    }

    /// The Unicode form of an ASCII domain whose labels may be punycode (`xn--…`), or `nil`
    /// when a label does not decode.
    static func unicode(_ domain: String) -> String? {
        var output: UnsafeMutablePointer<CChar>?
        let status = idn2_to_unicode_8z8z(domain, &output, 0)
        defer { idn2_free(output) }
        guard status == Int32(IDN2_OK.rawValue), let output else { return nil }
        return String(cString: output)
    }
}

/// Why libidn2 refused a domain, in its own words.
struct IDNAFailure: Error, Equatable {
    /// libidn2's message, such as "string contains a disallowed character".
    var message: String
}
