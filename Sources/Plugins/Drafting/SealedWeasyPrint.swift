import AdvocacyCore
import Foundation

/// Debian's weasyprint, run through its Python API by ``script`` in one process for all of a
/// build's papers, which exchange over standard input and output, and the engine reads nothing
/// but the HTML and the `data:` addresses in it. What Python and weasyprint write to their
/// temporary folder (fonts, the probes that find the C libraries) goes to ``temporaryFolder``.
/// Bounded: at most ``memoryLimit`` bytes of address space, ``secondsPerPaper`` a paper, and the process
/// runner's timeout over the whole.
struct SealedWeasyPrint {
    let projectRoot: URL
    /// The engine's `TMPDIR`: a folder inside the build's staging folder.
    let temporaryFolder: URL
    /// The most address space the engine may use: 1 GiB, where the demo's papers need 150 MiB.
    var memoryLimit = 1 << 30
    /// The most seconds one paper may take: a minute, where the demo's take a fraction of one.
    var secondsPerPaper = 60
    /// The interpreter, looked up on the process runner's safe `PATH`: Debian's, which has the
    /// `weasyprint` module.
    var python = "python3"

    /// The PDF of each paper, in order.
    func print(_ papers: [PDFEngine.Paper], of campaign: String) async throws(AdvocateError) -> [[UInt8]] {
        let input: Data
        do {
            input = try JSONEncoder().encode(papers.map(\.html))
        } catch {
            throw AdvocateError(.internalError, "cannot encode the papers of '\(campaign)' for the PDF engine: \(error)")
        }
        // -I: the project folder, where it runs, is not on the module path, and PYTHON* variables are ignored.
        let request = ProcessRequest(
            executable: python, arguments: ["-I", "-c", Self.script, String(memoryLimit), String(secondsPerPaper)],
            workingDirectory: projectRoot, environment: ["SOURCE_DATE_EPOCH": "0", "TMPDIR": temporaryFolder.path], standardInput: Array(input),
            timeout: .seconds(secondsPerPaper * papers.count + 30), outputLimit: 1 << 30)
        let outcome: ProcessOutcome
        do {
            outcome = try await ProcessRunner.run(request)
        } catch where error.kind == .unavailable {
            throw PDFEngine.unavailable("weasyprint", error.message)
        }
        let pdfs = Self.frames(in: outcome.standardOutput)
        let reason = String(decoding: outcome.standardError.suffix(500), as: UTF8.self)
            .split(whereSeparator: \.isNewline).last.map(String.init) ?? ""
        switch outcome.termination {
        case .exited(0) where pdfs.count == papers.count && !outcome.outputTruncated:
            return pdfs
        case .exited(69):
            throw PDFEngine.unavailable("weasyprint", "\(python) cannot import it: \(reason)")
        case .exited(65) where pdfs.count < papers.count:
            throw PDFEngine.failed(papers[pdfs.count], of: campaign, reason)
        case .timedOut where pdfs.count < papers.count:
            throw PDFEngine.failed(papers[pdfs.count], of: campaign, "it takes too long to print (the engine was stopped)")
        case .signalled(let signal) where pdfs.count < papers.count:
            throw PDFEngine.failed(
                papers[pdfs.count], of: campaign,
                "the engine stopped on signal \(signal) while printing it, most likely for want of memory (it may use \(memoryLimit >> 20) MiB)")
        default:
            throw AdvocateError(
                .internalError,
                "the PDF engine weasyprint failed on the papers of '\(campaign)' (\(outcome.termination), \(pdfs.count) of \(papers.count) printed)\(ProcessOutcome.tail(of: outcome.standardError))")
        }
    }

    /// The PDFs in the engine's output, each as its length in decimal, a line feed and its
    /// bytes; an incomplete last one is dropped.
    static func frames(in output: [UInt8]) -> [[UInt8]] {
        var pdfs: [[UInt8]] = []
        var index = output.startIndex
        while let newline = output[index...].firstIndex(of: UInt8(ascii: "\n")),
            let length = Int(String(decoding: output[index..<newline], as: UTF8.self)), length >= 0,
            output.endIndex - (newline + 1) >= length
        {
            pdfs.append(Array(output[(newline + 1)..<(newline + 1 + length)]))
            index = newline + 1 + length
        }
        return pdfs
    }
}
