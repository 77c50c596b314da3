extension ContactBook {
    /// Whether the exports give contacts `field`: always for the fields every contact has,
    /// for an extra column when some export has a column of that header.
    public func hasColumn(for field: ContactField) -> Bool {
        guard case .extra(let name) = field else { return true }
        return table.existingExtraNumber(name) != nil
    }
}
