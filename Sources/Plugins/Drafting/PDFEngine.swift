import AdvocacyCore
import Foundation

/// The external program that prints a paper's HTML to PDF: Debian's `weasyprint` unless a
/// campaign names another, called as `PROGRAM [ARGUMENTS…] INPUT.html OUTPUT.pdf`.
struct PDFEngine {
    /// The program and the arguments before the input and output paths.
    let command: [String]
    let projectRoot: URL
    /// The build's folder for temporary files (``BuildContext/temporaryFolder``).
    let temporaryFolder: URL

    /// The PDF of `html`, printed in a folder of its own inside the build's temporary folder,
    /// removed afterwards, which is also the engine's `TMPDIR`.
    /// `SOURCE_DATE_EPOCH` is fixed, so that weasyprint writes the same bytes every time.
    func pdf(of html: String) async throws(AdvocateError) -> [UInt8] {
        guard let program = command.first, !program.isEmpty else {
            throw AdvocateError(.usage, "the draft stage's pdf-engine option is empty; name a program, such as [weasyprint]")
        }
        let folder = temporaryFolder.appendingPathComponent("pdf-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("paper.html"), output = folder.appendingPathComponent("paper.pdf")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(html.utf8).write(to: input)
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
            throw AdvocateError(
                .unavailable,
                "a PDF was asked for, but the PDF engine '\(program)' cannot be run (\(error.message)); install Debian's weasyprint (apt-get install weasyprint), or name another engine with the draft stage's pdf-engine option")
        }
        guard outcome.termination == .exited(0), let bytes = FileManager.default.contents(atPath: output.path) else {
            let errors = String(decoding: outcome.standardError.suffix(2000), as: UTF8.self)
            throw AdvocateError(.internalError, "the PDF engine '\(program)' failed (\(outcome.termination)): \(errors)")
        }
        return Array(bytes)
    }
}
