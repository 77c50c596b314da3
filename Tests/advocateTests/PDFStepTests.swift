import AdvocacyFixtures
import Foundation
import Testing

/// The PDF step through the real binary: it leaves nothing in the system's temporary folder,
/// even when killed, and a custom engine's files live inside the build's staging folder.
struct PDFStepTests {
    static let printing = "pipeline:\n  - stage: draft\n    options: { pdf: true }\n"

    /// The temporary folder is watched for the whole build, which is killed while it prints.
    @Test func printingUsesNoTemporaryFolderEvenWhenKilled() throws {
        let project = try TemporaryProject()
        try project.campaign("sample.yaml", SampleCampaign.yaml() + Self.printing)
        let temporary = project.root.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        func leftovers() -> [String] { (try? FileManager.default.contentsOfDirectory(atPath: temporary.path)) ?? [] }

        let whole = try project.advocate(["build", "sample"], environment: ["TMPDIR": temporary.path])
        #expect(whole.status == 0, "stderr was:\n\(whole.stderr)")
        #expect(leftovers().isEmpty, "\(leftovers())")

        let process = try AdvocateProcess.start(["build", "sample", "--out", "killed"], in: project.root, environment: ["TMPDIR": temporary.path])
        var seen: [String] = []
        var staged: ContinuousClock.Instant?
        while process.isRunning {
            seen += leftovers()
            let staging = (try? FileManager.default.contentsOfDirectory(atPath: project.root.appendingPathComponent("killed").path)) ?? []
            if staged == nil, staging.contains(where: { $0.hasPrefix(".sample.partial-") }) { staged = .now }
            // The Markdown and HTML take a few milliseconds; by then the engine is printing.
            if let staged, ContinuousClock.now - staged > .milliseconds(300) { kill(process.processIdentifier, SIGKILL) }
            usleep(5_000)
        }
        _ = process.wait()
        #expect(seen.isEmpty, "the build used the temporary folder: \(Set(seen))")
        #expect(leftovers().isEmpty, "\(leftovers())")
    }

    @Test func aCustomEnginesFilesLiveInsideTheStagingFolder() throws {
        let project = try TemporaryProject()
        try project.write("engine.py", """
            import sys
            with open("engine.log", "a") as log:
                log.write(sys.argv[1] + "\\n")
            with open(sys.argv[2], "wb") as pdf:
                pdf.write(b"%PDF-1.4 stand-in")
            """)
        try project.campaign(
            "sample.yaml", SampleCampaign.yaml() + "pipeline:\n  - stage: draft\n    options: { pdf: true, pdf-engine: [python3, engine.py] }\n")
        let result = try project.advocate("build", "sample")
        #expect(result.status == 0, "stderr was:\n\(result.stderr)")
        let inputs = String(decoding: try project.read("engine.log"), as: UTF8.self).split(separator: "\n")
        #expect(inputs.count == 3)
        let staging = project.root.appendingPathComponent("out").resolvingSymlinksInPath().path + "/.sample.partial-"
        #expect(inputs.allSatisfy { URL(fileURLWithPath: String($0)).resolvingSymlinksInPath().path.hasPrefix(staging) }, "\(inputs)")
        #expect(try project.read("out/sample/papers/nl/position-paper.pdf") == Data("%PDF-1.4 stand-in".utf8))
        let output = try FileManager.default.subpathsOfDirectory(atPath: project.root.appendingPathComponent("out/sample").path)
        #expect(!output.contains { $0.contains("temporary") }, "\(output)")
        #expect(!String(decoding: try project.read("out/sample/manifest.json"), as: UTF8.self).contains("temporary"))
    }
}
