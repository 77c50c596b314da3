import AdvocacyCore
import Foundation

/// The whole-process wall time of building every campaign's papers in every language, as a
/// user waits for `advocate build` over `Campaigns/`: with the PDFs the campaigns ask for, then
/// as HTML and Markdown only; the difference is what printing the PDFs costs.
struct PaperBenchmark {
    let advocate: AdvocateBinary
    let project: Project

    /// Copies the project's campaigns, partners and plugins into a temporary project and times,
    /// after a warm-up, `pdfRepetitions` rounds of one build per campaign with their PDFs, then
    /// `repetitions` rounds with the PDFs turned off.
    func run(repetitions: Int, pdfRepetitions: Int) throws {
        let files = project.campaignFiles()
        guard !files.isEmpty else {
            throw BenchmarkFailure("there are no campaigns in \(project.root.path)/\(Project.campaignsFolder); run the benchmark from the project root")
        }
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("advocate-bench-papers-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: copy) }
        try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
        for item in [Project.campaignsFolder, "plugins", "allowed-plugins.yaml"] {
            let source = project.root.appendingPathComponent(item)
            if FileManager.default.fileExists(atPath: source.path) {
                try FileManager.default.copyItem(at: source, to: copy.appendingPathComponent(item))
            }
        }
        let ids = files.map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent }
        let out = copy.appendingPathComponent("out").path

        func buildAll() throws {
            for id in ids {
                let result = try advocate.run(["build", id, "--out", out], in: copy, capturingErrors: true)
                guard result.status == 0 else {
                    throw BenchmarkFailure("advocate build \(id) fails (exit status \(result.status)): \(result.errors)")
                }
            }
        }

        try buildAll()
        let pdfs = (FileManager.default.enumerator(atPath: out)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".pdf") }.count
        let withPDF = try Timings.measure(repetitions: pdfRepetitions, buildAll)
        for file in ids.map({ copy.appendingPathComponent("\(Project.campaignsFolder)/\($0).yaml") }) {
            let text = try String(contentsOf: file, encoding: .utf8)
            try Data(text.replacingOccurrences(of: "options: { pdf: true }", with: "options: { pdf: false }").utf8).write(to: file)
        }
        try buildAll()
        let timings = try Timings.measure(repetitions: repetitions, buildAll)
        print("advocate build of every campaign's papers (\(ids.count) campaigns, every language), \(repetitions) rounds after a warm-up")
        print("  HTML and Markdown  wall time  min \(timings.best.milliseconds) ms   median \(timings.median.milliseconds) ms   (target < 500 ms)")
        print("  with PDFs          wall time  min \(withPDF.best.milliseconds) ms   median \(withPDF.median.milliseconds) ms   (\(pdfRepetitions) rounds)")
        print("  printing the \(pdfs) PDFs (with PDFs minus without, medians): \((withPDF.median - timings.median).milliseconds) ms   (target < 2000 ms)")
    }
}
