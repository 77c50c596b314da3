extension LoadedCampaign {
    /// `diagnostics` as the author of this campaign can act on them: a problem a stage found in
    /// a value inherited from a file this campaign extends (a template's line, which a partner
    /// does not own) points at this campaign's own file, where writing the value overrides it,
    /// with the inherited line as a note. Problems in the campaign's own file, its partner
    /// profile or its layout are left where they are.
    public func pointingAtOwnFile(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        let inheritedFiles = Set(layers.dropLast().map(\.file)).subtracting([file])
        guard !inheritedFiles.isEmpty else { return diagnostics }
        let anchor = campaign?.id.location.file == file ? campaign?.id.location : nil
        return diagnostics.map { diagnostic in
            guard inheritedFiles.contains(diagnostic.location.file) else { return diagnostic }
            let layer = layers.first { $0.file == diagnostic.location.file }?.name ?? diagnostic.location.file
            let note = Diagnostic.Note(
                "the value at fault is inherited from '\(layer)' here; write it in \(file) to change it for this campaign",
                at: diagnostic.location)
            return Diagnostic(
                diagnostic.severity, diagnostic.message, at: anchor ?? SourceLocation(file: file, line: 1, column: 1),
                notes: [note] + diagnostic.notes)
        }
    }
}
