public import AdvocacyCore

/// The position papers the `draft` stage wrote, published for later stages (a mailing that
/// links or attaches them): per language, the paths of its files inside the build's output
/// folder, Markdown first, then HTML and PDF when written, and the PDFs' bytes.
public struct PositionPapers: StageProduct, Sendable {
    /// "papers".
    public static let productName = "papers"

    /// The paths of each language's paper files, relative to the campaign's output folder.
    public internal(set) var files: [LanguageCode: [String]] = [:]
    /// Each language's PDF, when the stage printed one: what a mailing attaches.
    public internal(set) var pdfs: [LanguageCode: [UInt8]] = [:]
}
