extension Diagnostic {
    /// "2 errors and 1 warning", or `nil` when there is nothing to say.
    public static func summary(errors: Int, warnings: Int) -> String? {
        guard errors + warnings > 0 else { return nil }
        let parts = [(errors, "error"), (warnings, "warning")].filter { $0.0 > 0 }.map { "\($0.0) \($0.1)\($0.0 == 1 ? "" : "s")" }
        return parts.joined(separator: " and ")
    }
}
