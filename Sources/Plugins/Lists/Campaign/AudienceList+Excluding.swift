extension AudienceList {
    /// Moves the members of `other` (a list of the same book) out of this list, recording that
    /// they were left out because they are in `other`'s audience.
    mutating func leaveOut(membersOf other: AudienceList) {
        let excluded = Set(other.members.map(\.contact))
        guard !excluded.isEmpty else { return }
        var kept: [Member] = []
        for member in members {
            if excluded.contains(member.contact) {
                left.append(Left(contact: member.contact, reason: .inAudience(other.spec.id)))
            } else {
                kept.append(member)
            }
        }
        members = kept
        left.sort { $0.contact < $1.contact }
    }

    /// Keeps only the contacts read from the sources numbered `sources` (their order in the
    /// campaign's `contacts:`), whether first or in a row merged into them: an audience drawing
    /// on some exports holds everyone in them, and no one else.
    mutating func restrict(toSources sources: Set<Int>) {
        let table = book.table
        members.removeAll { !table.wasRead(Int($0.contact), fromAnyOf: sources) }
        left.removeAll { !table.wasRead(Int($0.contact), fromAnyOf: sources) }
    }
}
