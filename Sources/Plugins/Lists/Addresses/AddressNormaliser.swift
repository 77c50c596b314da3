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
    /// local part or domain goes through String. Throws only when the arena cannot grow.
    static func normalise(_ cell: Cell, in arena: ByteArena, domains: DomainCache) throws(AllocationFailure) -> Result<NormalisedAddress, AddressProblem> {
        guard !cell.isEmpty else { return .failure(.missing) }
        let bytes = arena.bytes(cell)
        guard bytes.count <= 254 else { return .failure(.invalid(why: "it is longer than 254 bytes")) }
        guard let at = bytes.lastIndex(of: 0x40) else { return .failure(.invalid(why: "it has no '@'")) }
        guard at > 0 else { return .failure(.invalid(why: "there is nothing before the '@'")) }
        guard at < bytes.count - 1 else { return .failure(.invalid(why: "there is no domain after the '@'")) }
        if let plain = plainASCII(bytes) {
            return .success(plain.hasUpper ? try lowerCased(cell, at: at, in: arena) : NormalisedAddress(envelope: cell, key: cell))
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
        return .success(try write(envelope: written + "@" + lowerDomain, key: key, in: arena))
    }

    /// The forms of a plain ASCII address with capitals: the domain lower-cased for the
    /// envelope, everything lower-cased for the key.
    private static func lowerCased(_ cell: Cell, at: Int, in arena: ByteArena) throws(AllocationFailure) -> NormalisedAddress {
        let count = Int(cell.count)
        _ = try arena.reserve(count * 2)
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
    ///
    /// Its arena holds one address, a few hundred bytes like the Strings made here: memory for
    /// it is refused only where Swift's own allocator, which makes every String, would already
    /// have stopped the process, so a refusal stops it too rather than read as "no address",
    /// which would let a suppressed address through.
    static func key(of address: String) -> String? {
        guard !address.isEmpty else { return nil }
        var address = address
        let arena = try! ByteArena(capacity: address.utf8.count * 3 + 64)
        address.withUTF8 { arena.append($0.baseAddress!, count: $0.count) }
        let written = arena.cell(FieldNormaliser.trimmed(arena.base, from: 0, to: arena.count))
        guard case .success(let forms) = try! normalise(written, in: arena, domains: DomainCache()) else { return nil }
        return arena.string(forms.key)
    }

    /// Appends the two forms; the key shares the envelope's cell when they are the same text.
    private static func write(envelope: String, key: String, in arena: ByteArena) throws(AllocationFailure) -> NormalisedAddress {
        func append(_ text: String) throws(AllocationFailure) -> Cell {
            let start = arena.count
            _ = try arena.reserve(text.utf8.count)
            var text = text
            text.withUTF8 { arena.append($0.baseAddress!, count: $0.count) }
            return arena.cell(from: start)
        }
        let envelopeCell = try append(envelope)
        return NormalisedAddress(envelope: envelopeCell, key: key == envelope ? envelopeCell : try append(key))
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
}
