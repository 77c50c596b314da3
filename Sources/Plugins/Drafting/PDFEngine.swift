import AdvocacyCore
import Foundation

/// What prints a build's papers from HTML to PDF.
///
/// By default, Debian's weasyprint through its Python API, sealed: one process prints every
/// paper of the build, reads nothing but the HTML it is given and the `data:` addresses in it,
/// and reaches no network (see ``SealedWeasyPrint``). A campaign may name another program
/// with the draft stage's `pdf-engine` option: a program the campaign's owner trusts, run once
/// per paper as `PROGRAM [ARGUMENTS…] INPUT.html OUTPUT.pdf`, unsealed (see ``CommandPDFEngine``).
enum PDFEngine {
    /// One paper to print: its language, which names it in errors, and its HTML.
    struct Paper {
        let language: LanguageCode
        let html: String
    }

    /// The `pdf-engine` option's default, which means the sealed weasyprint.
    static let defaultCommand = ["weasyprint"]

    case sealed
    case command([String])

    /// The engine the `pdf-engine` option names.
    init(command: [String]) {
        self = command == Self.defaultCommand ? .sealed : .command(command)
    }

    /// The PDF of each paper, in order. `SOURCE_DATE_EPOCH` is fixed, so that weasyprint writes
    /// the same bytes every time.
    /// - Throws: ``AdvocateError/Kind/unavailable`` when the engine cannot be run;
    ///   ``AdvocateError/Kind/invalidInput`` naming the campaign and the paper's language when a
    ///   paper takes more time or memory than allowed, or the engine refuses it.
    func print(_ papers: [Paper], of campaign: String, in context: BuildContext) async throws(AdvocateError) -> [[UInt8]] {
        guard !papers.isEmpty else { return [] }
        // The engine's temporary files (weasyprint's fonts, a custom engine's input and output)
        // go inside the staging folder, which the next build clears if this one is killed.
        let folder = try context.temporaryFolder.appendingPathComponent("pdf-engine")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw AdvocateError(.cannotCreateOutput, "cannot create the PDF engine's temporary folder '\(folder.path)': \(error.localizedDescription)")
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        switch self {
        case .sealed:
            return try await SealedWeasyPrint(projectRoot: context.projectRoot, temporaryFolder: folder).print(papers, of: campaign)
        case .command(let command):
            return try await CommandPDFEngine(command: command, projectRoot: context.projectRoot).print(papers, of: campaign, in: folder)
        }
    }

    /// The error when the engine cannot be run at all: exit 69, naming the package to install.
    static func unavailable(_ program: String, _ reason: String) -> AdvocateError {
        AdvocateError(
            .unavailable,
            "a PDF was asked for, but the PDF engine '\(program)' cannot be run (\(reason)); install Debian's weasyprint (apt-get install weasyprint), or name another engine with the draft stage's pdf-engine option")
    }

    /// The error for a paper the engine could not print in the time and memory allowed, or
    /// refused: exit 65, naming the campaign and the language.
    static func failed(_ paper: Paper, of campaign: String, _ reason: String) -> AdvocateError {
        AdvocateError(
            .invalidInput,
            "the PDF of campaign '\(campaign)' in \(paper.language.displayName) cannot be printed: \(reason); make its texts shorter or simpler (fewer, smaller tables and images, less nesting)")
    }
}
