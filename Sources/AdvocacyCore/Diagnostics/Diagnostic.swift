/// One problem found in what the user wrote, pointing at the place to fix.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    /// How serious a problem is.
    public enum Severity: String, Sendable, Equatable, Comparable {
        case warning, error

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .warning && rhs == .error
        }
    }

    /// A secondary place that helps understand the problem, such as the first of two duplicates.
    public struct Note: Sendable, Equatable {
        /// Where the note points.
        public var location: SourceLocation
        /// What it says.
        public var message: String

        /// Creates a note.
        public init(_ message: String, at location: SourceLocation) {
            self.message = message
            self.location = location
        }
    }

    /// Whether this stops a build.
    public var severity: Severity
    /// Where the problem is.
    public var location: SourceLocation
    /// A whole sentence naming the thing at fault and what to do.
    public var message: String
    /// Other places worth looking at.
    public var notes: [Note]

    /// Creates a diagnostic.
    public init(_ severity: Severity, _ message: String, at location: SourceLocation, notes: [Note] = []) {
        self.severity = severity
        self.message = message
        self.location = location
        self.notes = notes
    }

    /// An error at `location`.
    public static func error(_ message: String, at location: SourceLocation, notes: [Note] = []) -> Diagnostic {
        Diagnostic(.error, message, at: location, notes: notes)
    }

    /// A warning at `location`.
    public static func warning(_ message: String, at location: SourceLocation, notes: [Note] = []) -> Diagnostic {
        Diagnostic(.warning, message, at: location, notes: notes)
    }

    /// The first line of the compiler-style form: `path:line:col: error: message`.
    public var description: String { "\(location): \(severity.rawValue): \(message)" }
}

extension Array where Element == Diagnostic {
    /// Whether any of these stops a build.
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// The same diagnostics with every warning raised to an error (`--strict`).
    public func escalatingWarnings() -> [Diagnostic] {
        map { diagnostic in
            var raised = diagnostic
            raised.severity = .error
            return raised
        }
    }

    /// In file, line and column order; stable for problems at the same place.
    public func sortedByLocation() -> [Diagnostic] {
        enumerated()
            .sorted { ($0.element.location, $0.offset) < ($1.element.location, $1.offset) }
            .map(\.element)
    }
}

/// A diagnostic can stop a step that cannot go on, such as following a broken `extends:`.
extension Diagnostic: Error {}
