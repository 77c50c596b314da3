/// An address's two normalised forms, as cells of the arena.
struct NormalisedAddress {
    /// For the envelope: the local part as written, `@`, the domain lower-case in ASCII form.
    var envelope: Cell
    /// For finding duplicates: the envelope with its local part case-folded too.
    var key: Cell
}

/// Why a cell is not an address we can write to.
enum AddressProblem: Error, Equatable {
    /// The cell is empty.
    case missing
    /// The cell holds something that is not a valid address; `why` finishes "… because …".
    case invalid(why: String)
}

/// Checks addresses and writes their envelope and key forms, for the practical subset of RFC
/// 5321/6531 that mail relays accept: an unquoted local part of at most 64 bytes (ASCII `atext`
/// and dots, or any non-ASCII character that is not a space or a control), and a domain of at
/// least two labels that IDNA accepts. Quoted local parts and address literals are refused.
///
/// The local part is kept as written, not even put in NFC, because it names a mailbox that only
/// its server can interpret; case-folding it for the key is the one liberty taken, since no
/// real mailbox differs from another by case alone. A non-ASCII letter is never folded to an
/// ASCII one, so the Kelvin sign `K` stays apart from `k` and a lookalike stays a different
/// address, reported rather than merged.
enum AddressNormaliser {
    /// The forms of the address in `cell`, appended to the arena; international domains
    /// through `domains`. ASCII parts are checked and lower-cased byte by byte; only a non-ASCII
    /// local part or domain goes through String.
    static func normalise(_ cell: Cell, in arena: ByteArena, domains: DomainCache) -> Result<NormalisedAddress, AddressProblem> {
        guard !cell.isEmpty else { return .failure(.missing) }
        let bytes = arena.bytes(cell)
        guard bytes.count <= 254 else { return .failure(.invalid(why: "it is longer than 254 bytes")) }
        guard let at = bytes.lastIndex(of: 0x40) else { return .failure(.invalid(why: "it has no '@'")) }
        guard at > 0 else { return .failure(.invalid(why: "there is nothing before the '@'")) }
        guard at < bytes.count - 1 else { return .failure(.invalid(why: "there is no domain after the '@'")) }
        if let plain = plainASCII(bytes) {
            return .success(plain.hasUpper ? lowerCased(cell, at: at, in: arena) : NormalisedAddress(envelope: cell, key: cell))
        }
        let local = UnsafeBufferPointer(rebasing: bytes[..<at])
        let domain = UnsafeBufferPointer(rebasing: bytes[(at + 1)...])

        let localIsASCII = local.allSatisfy { $0 < 0x80 }
        let localText = localIsASCII ? "" : String(decoding: local, as: UTF8.self)
        if !localIsASCII || !isPlainLocalPart(local),
            let problem = localPartProblem(String(decoding: local, as: UTF8.self).unicodeScalars, bytes: local.count)
        {
            return .failure(.invalid(why: problem))
        }
        var asciiDomain: String?
        if domain.allSatisfy({ $0 < 0x80 }), !containsPunycode(domain) {
            if let problem = domainProblem(domain) { return .failure(.invalid(why: problem)) }
        } else {
            let written = String(decoding: domain, as: UTF8.self)
            switch domains.ascii(written) {
            case .success(var ascii):
                if let problem = ascii.withUTF8({ domainProblem($0) }) { return .failure(.invalid(why: problem)) }
                asciiDomain = ascii
            case .failure(let failure):
                return .failure(.invalid(why: "its domain '\(written)' is not valid: \(failure.message)"))
            }
        }

        let foldedLocal = localIsASCII ? nil : keyFold(localText)
        let localChanges = localIsASCII ? local.contains { $0 >= 0x41 && $0 <= 0x5A } : foldedLocal != localText
        let domainChanges = asciiDomain != nil || domain.contains { $0 >= 0x41 && $0 <= 0x5A }
        guard localChanges || domainChanges else { return .success(NormalisedAddress(envelope: cell, key: cell)) }
        let lowerDomain = asciiDomain ?? String(decoding: domain, as: UTF8.self).lowercased()
        let written = String(decoding: local, as: UTF8.self)
        let key = (foldedLocal ?? written.lowercased()) + "@" + lowerDomain
        return .success(write(envelope: written + "@" + lowerDomain, key: key, in: arena))
    }

    /// Checks in one pass the address almost every row has: ASCII, a local part of `atext` and
    /// single inner dots, a domain of two or more LDH labels without punycode and a top-level
    /// label that is not all digits. `nil` leaves the address, valid or not, to the general path,
    /// which also finds the words for what is wrong.
    private static func plainASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> (at: Int, hasUpper: Bool)? {
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

    /// The forms of a plain ASCII address with capitals: the domain lower-cased for the
    /// envelope, everything lower-cased for the key.
    private static func lowerCased(_ cell: Cell, at: Int, in arena: ByteArena) -> NormalisedAddress {
        let count = Int(cell.count)
        _ = arena.reserve(count * 2)
        let source = arena.base + Int(cell.start)
        let start = arena.count
        for i in 0..<count { arena.append(i > at ? CanonicalCells.asciiLower(source[i]) : source[i]) }
        let envelope = arena.cell(from: start)
        guard (0..<at).contains(where: { source[$0] >= 0x41 && source[$0] <= 0x5A }) else {
            return NormalisedAddress(envelope: envelope, key: envelope)
        }
        let keyStart = arena.count
        for i in 0..<count { arena.append(CanonicalCells.asciiLower(source[i])) }
        return NormalisedAddress(envelope: envelope, key: arena.cell(from: keyStart))
    }

    /// The key of an address given as text (a suppression list's, a lookup's), or `nil` when it
    /// is not a valid address.
    static func key(of address: String) -> String? {
        guard !address.isEmpty else { return nil }
        var address = address
        let arena = ByteArena(capacity: address.utf8.count * 3 + 64)
        address.withUTF8 { arena.append($0.baseAddress!, count: $0.count) }
        let written = arena.cell(FieldNormaliser.trimmed(arena.base, from: 0, to: arena.count))
        guard case .success(let forms) = normalise(written, in: arena, domains: DomainCache()) else { return nil }
        return arena.string(forms.key)
    }

    /// Appends the two forms; the key shares the envelope's cell when they are the same text.
    private static func write(envelope: String, key: String, in arena: ByteArena) -> NormalisedAddress {
        func append(_ text: String) -> Cell {
            let start = arena.count
            _ = arena.reserve(text.utf8.count)
            var text = text
            text.withUTF8 { arena.append($0.baseAddress!, count: $0.count) }
            return arena.cell(from: start)
        }
        let envelopeCell = append(envelope)
        return NormalisedAddress(envelope: envelopeCell, key: key == envelope ? envelopeCell : append(key))
    }

    /// The local part case-folded for the key, except that a non-ASCII character whose lower
    /// case is ASCII (the Kelvin sign) is kept as it is.
    static func keyFold(_ local: String) -> String {
        var folded = String.UnicodeScalarView()
        for scalar in local.unicodeScalars {
            let lower = scalar.properties.lowercaseMapping
            if scalar.isASCII || !lower.unicodeScalars.allSatisfy(\.isASCII) {
                folded.append(contentsOf: lower.unicodeScalars)
            } else {
                folded.append(scalar)
            }
        }
        return String(folded)
    }

    /// Why `local` cannot be a local part, or `nil` when it can.
    private static func localPartProblem(_ local: String.UnicodeScalarView, bytes: Int) -> String? {
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
    private static func isPlainLocalPart(_ local: UnsafeBufferPointer<UInt8>) -> Bool {
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
    private static func isAtext(_ byte: UInt8) -> Bool {
        inMask(byte, low: 0xA3FF_ACFA_0000_0000, high: 0x7FFF_FFFF_C7FF_FFFE)
    }

    /// Letters, digits and the hyphen, the characters of a domain label.
    @inline(__always)
    private static func isLDH(_ byte: UInt8) -> Bool {
        inMask(byte, low: 0x03FF_2000_0000_0000, high: 0x07FF_FFFE_07FF_FFFE)
    }

    @inline(__always)
    private static func inMask(_ byte: UInt8, low: UInt64, high: UInt64) -> Bool {
        let mask = byte < 64 ? low : byte < 128 ? high : 0
        return (mask >> UInt64(byte & 63)) & 1 != 0
    }

    private static func containsPunycode(_ domain: UnsafeBufferPointer<UInt8>) -> Bool {
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
