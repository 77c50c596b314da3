/// The rules an address must follow, as the normaliser checks them: one pass over the bytes for
/// the plain ASCII address almost every row has, and the general checks, which also find the
/// words for what is wrong.
extension AddressNormaliser {
    /// Checks in one pass the address almost every row has: ASCII, a local part of `atext` and
    /// single inner dots, a domain of two or more LDH labels without punycode and a top-level
    /// label that is not all digits. `nil` leaves the address, valid or not, to the general path,
    /// which also finds the words for what is wrong.
    static func plainASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> (at: Int, hasUpper: Bool)? {
        var hasUpper = false
        var i = 0, previous: UInt8 = 0x2E  // as if a dot came before, so a leading dot fails
        while i < bytes.count, bytes[i] != 0x40 {
            let byte = bytes[i]
            guard isAtext(byte) || (byte == 0x2E && previous != 0x2E) else { return nil }
            hasUpper = hasUpper || (byte &- 0x41 < 26)
            previous = byte
            i += 1
        }
        let at = i
        guard at <= 64, previous != 0x2E, at < bytes.count, bytes.count - at - 1 <= 253 else { return nil }
        var labelStart = at + 1, labels = 0, allDigits = true
        for i in (at + 1)...bytes.count {
            guard i < bytes.count, bytes[i] != 0x2E else {
                let length = i - labelStart
                guard length > 0, length <= 63, bytes[labelStart] != 0x2D, bytes[i - 1] != 0x2D,
                    !(length >= 4 && bytes[labelStart + 2] == 0x2D && bytes[labelStart + 3] == 0x2D)
                else { return nil }
                labels += 1
                labelStart = i + 1
                if i < bytes.count { allDigits = true }
                continue
            }
            let byte = bytes[i]
            guard isLDH(byte) else { return nil }
            hasUpper = hasUpper || (byte &- 0x41 < 26)
            allDigits = allDigits && (byte &- 0x30 < 10)
        }
        guard labels >= 2, !allDigits else { return nil }
        return (at, hasUpper)
    }

    /// Why `local` cannot be a local part, or `nil` when it can.
    static func localPartProblem(_ local: String.UnicodeScalarView, bytes: Int) -> String? {
        guard bytes <= 64 else { return "its local part is longer than 64 bytes" }
        if local.first == "\"" { return "quoted local parts are not accepted" }
        if local.first == "." || local.last == "." { return "its local part starts or ends with a dot" }
        var previous: Unicode.Scalar = "@"
        for scalar in local {
            defer { previous = scalar }
            if scalar == ".", previous == "." { return "it has two dots in a row" }
            if scalar.isASCII {
                if isAtext(UInt8(scalar.value)) || scalar == "." { continue }
                return scalar == " " ? "it holds a space" : "it holds '\(scalar.escaped(asASCII: true))', which an address cannot hold unquoted"
            }
            switch scalar.properties.generalCategory {
            case .spaceSeparator, .lineSeparator, .paragraphSeparator, .control, .format, .unassigned, .surrogate, .privateUse:
                return "it holds the character U+\(String(scalar.value, radix: 16, uppercase: true)), which an address cannot hold"
            default:
                continue
            }
        }
        return nil
    }

    /// Whether an ASCII local part is valid, checked byte by byte: the fast path, which leaves
    /// finding the words for a problem to ``localPartProblem(_:bytes:)``.
    static func isPlainLocalPart(_ local: UnsafeBufferPointer<UInt8>) -> Bool {
        guard local.count <= 64, local.first != 0x2E, local.last != 0x2E else { return false }
        var previous: UInt8 = 0
        for byte in local {
            guard isAtext(byte) || (byte == 0x2E && previous != 0x2E) else { return false }
            previous = byte
        }
        return true
    }

    /// RFC 5322 `atext`: letters, digits and ``!#$%&'*+-/=?^_`{|}~``.
    /// As a bit mask over ASCII, looked up rather than compared: bits 0–63, then 64–127.
    @inline(__always)
    static func isAtext(_ byte: UInt8) -> Bool {
        inMask(byte, low: 0xA3FF_ACFA_0000_0000, high: 0x7FFF_FFFF_C7FF_FFFE)
    }

    /// Letters, digits and the hyphen, the characters of a domain label.
    @inline(__always)
    static func isLDH(_ byte: UInt8) -> Bool {
        inMask(byte, low: 0x03FF_2000_0000_0000, high: 0x07FF_FFFE_07FF_FFFE)
    }

    @inline(__always)
    static func inMask(_ byte: UInt8, low: UInt64, high: UInt64) -> Bool {
        let mask = byte < 64 ? low : byte < 128 ? high : 0
        return (mask >> UInt64(byte & 63)) & 1 != 0
    }

    static func containsPunycode(_ domain: UnsafeBufferPointer<UInt8>) -> Bool {
        var labelStart = 0
        for i in 0...domain.count where i == domain.count || domain[i] == 0x2E {
            if i - labelStart >= 4, domain[labelStart] | 0x20 == 0x78, domain[labelStart + 1] | 0x20 == 0x6E,
                domain[labelStart + 2] == 0x2D, domain[labelStart + 3] == 0x2D
            {
                return true
            }
            labelStart = i + 1
        }
        return false
    }

    /// Why an ASCII domain cannot receive mail, or `nil` when it can: at least two labels of
    /// letters, digits and inner hyphens, at most 63 bytes each and 253 in all, and a top-level
    /// label that is not all digits.
    static func domainProblem(_ domain: UnsafeBufferPointer<UInt8>) -> String? {
        let text = String(decoding: domain, as: UTF8.self)
        if domain.first == 0x5B { return "address literals such as '\(text)' are not accepted" }
        guard domain.count <= 253 else { return "its domain is longer than 253 bytes" }
        var labelStart = 0, labels = 0, lastLabelAllDigits = true
        for i in 0...domain.count where i == domain.count || domain[i] == 0x2E {
            let label = UnsafeBufferPointer(rebasing: domain[labelStart..<i])
            guard !label.isEmpty else { return "its domain '\(text)' has an empty label" }
            guard label.count <= 63 else { return "its domain '\(text)' has a label longer than 63 bytes" }
            guard label.first != 0x2D, label.last != 0x2D else { return "a label of its domain '\(text)' starts or ends with a hyphen" }
            for byte in label where !(byte == 0x2D || (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)) {
                let character = Unicode.Scalar(byte).escaped(asASCII: true)
                return "its domain '\(text)' holds '\(character)', which a domain name cannot hold"
            }
            lastLabelAllDigits = label.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
            labels += 1
            labelStart = i + 1
        }
        guard labels >= 2 else { return "its domain '\(text)' has no dot, so it cannot be a mail domain" }
        guard !lastLabelAllDigits else { return "its domain '\(text)' ends in a number, not a top-level domain" }
        return nil
    }
}
