import Foundation
import Testing

/// The examples every command's help shows run as written, in order, in a copy of the demo
/// project, so that help cannot teach a command line advocate refuses. An example that needs
/// what the demo project lacks (a mail relay) ends with a comment saying so, `  # needs …`,
/// and is shown but not run.
struct HelpExamplesTests {
    /// The example lines of every command's help, in the order `--experimental-dump-help`
    /// lists the commands.
    static func examples() throws -> [String] {
        let dump = try AdvocateProcess.run(["--experimental-dump-help"], in: FileManager.default.temporaryDirectory)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any])
        func walk(_ command: [String: Any]) -> [String] {
            let discussion = command["discussion"] as? String ?? ""
            let own = discussion.components(separatedBy: "Examples:\n").dropFirst().first.map {
                $0.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.hasPrefix("advocate ") }
            } ?? []
            let subcommands = (command["subcommands"] as? [[String: Any]] ?? []).filter { $0["commandName"] as? String != "help" }
            return own + subcommands.flatMap(walk)
        }
        return walk(try #require(root["command"] as? [String: Any]))
    }

    @Test func everyExampleInTheHelpRuns() throws {
        let examples = try Self.examples().filter { !$0.contains(" # ") }
        #expect(examples.count >= 20)
        // Each line as a guide's console example, so that one runner serves both.
        let markdown = "```console\n" + examples.map { "$ " + $0 }.joined(separator: "\n") + "\n```\n"
        let guide = GuideExamples(markdown: markdown)

        let work = FileManager.default.temporaryDirectory.appendingPathComponent("advocate-help-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        let folder = work.appendingPathComponent("project"), records = work.appendingPathComponent("records")
        for made in [folder.appendingPathComponent("docs"), records] {
            try FileManager.default.createDirectory(at: made, withIntermediateDirectories: true)
        }
        for item in ["Campaigns", "schema", "plugins", "allowed-plugins.yaml"] {
            try FileManager.default.copyItem(at: RealCampaignsTests.repositoryRoot.appendingPathComponent(item), to: folder.appendingPathComponent(item))
        }
        let path = AdvocateProcess.executable.deletingLastPathComponent().path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        // A sender keeps the unsubscribe secret in the environment (docs/mailings.md); builds that write mailings need it.
        let environment = ["PATH": path, "ADVOCATE_UNSUBSCRIBE_SECRET": "help-examples-test-secret-0123456789"]
        let run = try ExternalProgram(name: "bash").run(["-c", guide.script(recordingIn: records)], in: folder, environment: environment, timeout: .seconds(600))
        #expect(run.status == 0, "\(run.output)")
        for (index, command) in guide.commands.enumerated() {
            let status = try String(contentsOf: records.appendingPathComponent("\(index).status"), encoding: .utf8)
            let output = try String(contentsOf: records.appendingPathComponent("\(index).out"), encoding: .utf8)
            #expect(status == "0\n", "`\(command.line)` exited \(status):\n\(output)")
        }
    }
}
