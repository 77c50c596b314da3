import Foundation
import Testing

/// The guides in docs/: the commands of their examples run, in order, through the real binary,
/// each exiting 0 and printing the lines the guide shows after it.
struct GuideTests {
    static let root = RealCampaignsTests.repositoryRoot

    /// (guide, whether it starts in a copy of this repository's demo project or in an empty folder)
    static let guides: [(file: String, inDemoProject: Bool)] = [
        ("docs/guide-staff.md", false),
        ("docs/guide-translators.md", true),
        ("docs/guide-partners.md", true),
    ]

    @Test(arguments: guides.map(\.file))
    func theGuidesCommandsRunAsShown(file: String) throws {
        let inDemoProject = try #require(Self.guides.first { $0.file == file }).inDemoProject
        let text = try String(contentsOf: Self.root.appendingPathComponent(file), encoding: .utf8)
        let examples = GuideExamples(markdown: text)
        #expect(examples.commands.count >= 4, "\(file) has too few examples to be a guide")

        // Not inside a TemporaryProject: its Campaigns/ would be the project of a guide that
        // starts from nothing.
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("advocate-guide-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        let folder = work.appendingPathComponent("guide")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        if inDemoProject {
            for item in ["Campaigns", "schema", "plugins", "allowed-plugins.yaml"] {
                try FileManager.default.copyItem(at: Self.root.appendingPathComponent(item), to: folder.appendingPathComponent(item))
            }
        }
        let records = work.appendingPathComponent("records")
        try FileManager.default.createDirectory(at: records, withIntermediateDirectories: true)
        let path = AdvocateProcess.executable.deletingLastPathComponent().path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        let run = try ExternalProgram(name: "bash").run(["-c", examples.script(recordingIn: records)], in: folder, environment: ["PATH": path], timeout: .seconds(300))
        #expect(run.status == 0, "\(run.output)")

        for (index, command) in examples.commands.enumerated() {
            let status = try String(contentsOf: records.appendingPathComponent("\(index).status"), encoding: .utf8)
            let output = try String(contentsOf: records.appendingPathComponent("\(index).out"), encoding: .utf8)
            #expect(status == "0\n", "\(file): `\(command.line)` exited \(status):\n\(output)")
            for line in command.expected {
                #expect(output.contains(line), "\(file): `\(command.line)` did not print '\(line)':\n\(output)")
            }
        }
    }
}
