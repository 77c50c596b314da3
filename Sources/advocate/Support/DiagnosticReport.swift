import AdvocacyCore

/// Prints the diagnostics of loaded campaigns in the compiler style, and counts them.
struct DiagnosticReport {
    private(set) var errors = 0
    private(set) var warnings = 0

    /// Prints `loaded`'s diagnostics to stderr, with warnings raised to errors when `strict`.
    mutating func print(_ loaded: LoadedCampaign, strict: Bool) {
        print(loaded.diagnostics(strict: strict), sources: loaded.sources)
    }

    /// Prints `diagnostics` to stderr, showing lines from `sources`.
    mutating func print(_ diagnostics: [Diagnostic], sources: [String: SourceText]) {
        let renderer = DiagnosticRenderer(sources: sources)
        for diagnostic in diagnostics {
            switch diagnostic.severity {
            case .error: errors += 1
            case .warning: warnings += 1
            }
            if diagnostic.severity == .warning, Terminal.manners.quiet { continue }
            Terminal.error(Terminal.coloured(renderer.render(diagnostic)))
        }
    }

    /// "2 errors and 1 warning", or `nil` when there is nothing to say.
    var summary: String? { Diagnostic.summary(errors: errors, warnings: warnings) }
}
