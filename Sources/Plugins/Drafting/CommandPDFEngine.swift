import AdvocacyCore
import Foundation

/// A PDF engine the campaign's owner named with the draft stage's `pdf-engine` option: a
/// program they trust, run as before, once per paper, as `PROGRAM [ARGUMENTS…] INPUT.html
/// OUTPUT.pdf`, through the process runner (no shell, a two-minute timeout). It is not sealed:
/// it reads and fetches whatever it chooses to. Its two files live in a folder inside the
/// build's staging folder, never in the system's temporary folder.
struct CommandPDFEngine {
    /// The program and the arguments before the input and output paths.
    let command: [String]
    let projectRoot: URL

    /// The PDF of each paper, printed in `folder`, which the caller removes afterwards.
    func print(_ papers: [PDFEngine.Paper], of campaign: String, in folder: URL) async throws(AdvocateError) -> [[UInt8]] {
        guard let program = command.first, !program.isEmpty else {
            throw AdvocateError(.usage, "the draft stage's pdf-engine option is empty; name a program, such as [weasyprint]")
        }
        let input = folder.appendingPathComponent("paper.html"), output = folder.appendingPathComponent("paper.pdf")
        var pdfs: [[UInt8]] = []
        for paper in papers {
            do {
                try? FileManager.default.removeItem(at: output)
                try Data(paper.html.utf8).write(to: input)
            } catch {
                throw AdvocateError(.cannotCreateOutput, "cannot write the paper for the PDF engine in \(folder.path): \(error.localizedDescription)")
            }
            let request = ProcessRequest(
                executable: program, arguments: Array(command.dropFirst()) + [input.path, output.path],
                workingDirectory: projectRoot, environment: ["SOURCE_DATE_EPOCH": "0", "TMPDIR": folder.path])
            let outcome: ProcessOutcome
            do {
                outcome = try await ProcessRunner.run(request)
            } catch where error.kind == .unavailable {
                throw PDFEngine.unavailable(program, error.message)
            }
            guard outcome.termination == .exited(0), let bytes = FileManager.default.contents(atPath: output.path) else {
                throw AdvocateError(
                    .internalError,
                    "the PDF engine '\(program)' failed on the paper of campaign '\(campaign)' in \(paper.language.code) (\(outcome.termination))\(ProcessOutcome.tail(of: outcome.standardError))")
            }
            pdfs.append(Array(bytes))
        }
        return pdfs
    }
}
