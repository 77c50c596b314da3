import AdvocacyFixtures
import Foundation
import Testing

/// Terminal manners: `--version`, `-q`/`-v`, progress only where someone watches, colour only
/// on a terminal and never with `NO_COLOR`, and an example in every command's help.
struct OutputMannersTests {
    /// A sample campaign with one warning (a hashtag read as a comment) at line 5.
    static let warned = SampleCampaign.yaml(id: "sample").replacingOnce("  en: A fair price\n", with: "  en: Rehearsals are work. #PayArtists\n")
    /// A sample campaign with one error: an unknown key.
    static let broken = SampleCampaign.yaml(id: "sample").replacingOnce("status: review", with: "status: review\ndemads: []")

    /// Runs `advocate arguments…` in `project` with a terminal as its standard streams, through
    /// util-linux's `script`, with `environment` instead of the test's `NO_COLOR` and `TERM`.
    static func onTerminal(_ project: TemporaryProject, _ arguments: [String], environment: [String: String] = ["TERM": "xterm"]) throws -> ProcessResult {
        let settings = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        let command = (["env", "-u", "NO_COLOR", "-u", "TERM"] + settings + [AdvocateProcess.executable.path] + arguments)
            .map { "'\($0)'" }.joined(separator: " ")
        return try ExternalProgram(name: "script").run(["-qec", command, "/dev/null"], in: project.root)
    }

    @Test func versionPrintsTheVersion() throws {
        let result = try AdvocateProcess.run(["--version"], in: FileManager.default.temporaryDirectory)
        #expect(result.status == 0)
        #expect(result.stdout.wholeMatch(of: /[0-9]+\.[0-9]+\.[0-9]+\n/) != nil, "\(result.stdout)")
    }

    @Test func progressShowsOnATerminalOrWithVerboseAndNeverWithQuiet() throws {
        let project = try TemporaryProject()
        try project.campaign("sample.yaml", SampleCampaign.yaml())
        // "[1/N] draft": the first stage of the default pipeline, however many stages it has.
        let progress = "] draft\n"

        #expect(try !project.advocate("build", "sample").stderr.contains(progress))
        let verbose = try project.advocate("build", "-v", "sample")
        #expect(verbose.status == 0)
        #expect(verbose.stderr.hasPrefix("Building sample (fr, nl, en) into out/sample/\n[1/"), "\(verbose.stderr)")
        #expect(verbose.stderr.contains(progress), "\(verbose.stderr)")
        let terminal = try Self.onTerminal(project, ["build", "sample"])
        #expect(terminal.stdout.contains("] draft\r\n"), "\(terminal.stdout)")
        let quiet = try Self.onTerminal(project, ["build", "-q", "sample"])
        #expect(quiet.status == 0)
        #expect(!quiet.stdout.contains("] draft"), "\(quiet.stdout)")
        #expect(quiet.stdout.contains("out/sample/manifest.json"), "results are still printed: \(quiet.stdout)")

        let both = try project.advocate("build", "-q", "-v", "sample")
        #expect(both.status == 64)
        #expect(both.stderr.contains("-q and -v contradict each other"))
    }

    @Test func quietHidesWarningsButNotErrors() throws {
        let project = try TemporaryProject()
        try project.campaign("sample.yaml", Self.warned)
        #expect(try project.advocate("validate", "sample").stderr.contains("warning: ' #PayArtists'"))
        let quiet = try project.advocate("validate", "-q", "sample")
        #expect(quiet.status == 0)
        #expect(!quiet.stderr.contains("warning:"), "\(quiet.stderr)")

        try project.campaign("sample.yaml", Self.broken)
        let failing = try project.advocate("validate", "-q", "sample")
        #expect(failing.status == 65)
        #expect(failing.stderr.contains("error: unknown key 'demads'"), "\(failing.stderr)")
    }

    /// (name, environment, whether the error label is coloured)
    static let colourCases: [(String, [String: String], Bool)] = [
        ("a terminal", ["TERM": "xterm"], true),
        ("a terminal with NO_COLOR", ["TERM": "xterm", "NO_COLOR": "1"], false),
        ("a dumb terminal", ["TERM": "dumb"], false),
    ]

    @Test(arguments: colourCases.map(\.0))
    func colourOnlyOnATerminalWithoutNoColor(name: String) throws {
        let (_, environment, coloured) = try #require(Self.colourCases.first { $0.0 == name })
        let project = try TemporaryProject()
        try project.campaign("sample.yaml", Self.broken)
        let result = try Self.onTerminal(project, ["validate", "sample"], environment: environment)
        #expect(result.stdout.contains("error: unknown key 'demads'") || result.stdout.contains("\u{1B}[1;31merror:\u{1B}[0m unknown key 'demads'"), "\(result.stdout)")
        #expect(result.stdout.contains("\u{1B}[") == coloured, "\(result.stdout.debugDescription)")
    }

    @Test func noColourWhenStderrIsNotATerminal() throws {
        let project = try TemporaryProject()
        try project.campaign("sample.yaml", Self.broken)
        let result = try project.advocate(["validate", "sample"], environment: ["TERM": "xterm"])
        #expect(result.status == 65)
        #expect(result.stderr.contains("error: unknown key 'demads'"))
        #expect(!result.stderr.contains("\u{1B}"))
    }

    /// Every command and subcommand, as `advocate --experimental-dump-help` lists them.
    static func commandPaths() throws -> [[String]] {
        try commands().map(\.path)
    }

    /// Every command and subcommand with the long names of its options and flags.
    static func commands() throws -> [(path: [String], options: [String])] {
        let dump = try AdvocateProcess.run(["--experimental-dump-help"], in: FileManager.default.temporaryDirectory)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any])
        func walk(_ command: [String: Any], _ path: [String]) -> [([String], [String])] {
            let arguments = command["arguments"] as? [[String: Any]] ?? []
            let options = arguments.flatMap { ($0["names"] as? [[String: Any]] ?? []).filter { $0["kind"] as? String == "long" }.compactMap { $0["name"] as? String } }
            let subcommands = command["subcommands"] as? [[String: Any]] ?? []
            return [(path, options)] + subcommands.flatMap { sub in
                let name = sub["commandName"] as? String ?? ""
                return name == "help" ? [] : walk(sub, path + [name])
            }
        }
        return walk(try #require(root["command"] as? [String: Any]), []).filter { !$0.0.isEmpty }
    }

    @Test func everyCommandsHelpShowsAnExample() throws {
        let paths = try Self.commandPaths()
        #expect(paths.contains(["schema"]) && paths.contains(["i18n", "status"]))
        for path in paths {
            let help = try AdvocateProcess.run(["help"] + path, in: FileManager.default.temporaryDirectory)
            #expect(help.status == 0)
            let invocation = "  advocate " + path.joined(separator: " ")
            #expect(help.stdout.contains("Examples:\n"), "advocate help \(path.joined(separator: " ")): \(help.stdout)")
            #expect(help.stdout.contains(invocation), "advocate help \(path.joined(separator: " ")) shows no '\(invocation)…'")
            let short = try AdvocateProcess.run(path + ["-h"], in: FileManager.default.temporaryDirectory)
            #expect(short.stdout.contains(invocation))
        }
    }
}
