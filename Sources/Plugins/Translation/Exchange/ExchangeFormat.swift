public import AdvocacyCore

/// The file formats translators exchange texts in.
public enum ExchangeFormat: String, Sendable, CaseIterable {
    /// gettext PO, read by Poedit, Lokalize, Weblate and most translation platforms.
    case po
    /// XLIFF 2.0, read by computer-assisted translation tools; XLIFF 1.2 is read too.
    case xliff

    /// The usual file extension, without its dot.
    public var fileExtension: String {
        switch self {
        case .po: "po"
        case .xliff: "xlf"
        }
    }

    /// The format a file extension (without its dot, any case) names: `po`, `xlf` or `xliff`.
    public init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "po": self = .po
        case "xlf", "xliff": self = .xliff
        default: return nil
        }
    }

    /// The document as a file in this format, UTF-8 encoded; the same document always gives the
    /// same bytes. Refuses a text the format cannot hold (a NUL character, say).
    public func write(_ document: ExchangeDocument) throws(AdvocateError) -> [UInt8] {
        switch self {
        case .po: Array(try POWriter.write(document).utf8)
        case .xliff: Array(try XLIFFWriter.write(document).utf8)
        }
    }

    /// A gettext template (POT) of the document: its texts with `Language` and every `msgstr`
    /// left empty, for `msgmerge` (see ``TranslationExport/template(for:)``).
    public static func gettextTemplate(_ document: ExchangeDocument) throws(AdvocateError) -> [UInt8] {
        Array(try POWriter.write(document, template: true).utf8)
    }

    /// Reads a file in this format strictly; `file` names it in diagnostics.
    public func read(_ bytes: [UInt8], file: String) -> ExchangeReading {
        switch self {
        case .po: POReader.read(bytes, file: file)
        case .xliff: XLIFFReader.read(bytes, file: file)
        }
    }
}
