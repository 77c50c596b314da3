import AdvocacyCore
import ArgumentParser
import Foundation

/// `advocate validate [PATH…]`: load and check campaigns, reporting every problem at once.
struct Validate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check campaigns and report every problem, with its file, line and column.",
        discussion: "With no PATH, checks every campaign in Campaigns/. A PATH is a campaign file, a folder of them, or a campaign id.\n\nExamples:\n  advocate validate\n  advocate validate --strict decent-work\n  advocate validate Campaigns/ --json"
    )

    @OptionGroup var options: CampaignOptions

    @Flag(help: "Print a machine-readable report on stdout.")
    var json = false

    @Argument(help: "Campaign files, folders or ids (default: every campaign in Campaigns/).", completion: .campaigns)
    var paths: [String] = []

    func run() async throws {
        try await reportingFailures {
            let files = try campaignFiles()
            let loader = options.loader
            var report = DiagnosticReport()
            var results: [FileResult] = []
            var missing: [AdvocateError] = []
            for file in files {
                do {
                    let loaded = await loader.checkingPlugins(of: try loader.load(file: file))
                    let errorsBefore = report.errors
                    report.print(loaded, strict: options.strict)
                    results.append(FileResult(loaded, strict: options.strict))
                    if !json, report.errors == errorsBefore, let campaign = loaded.campaign {
                        Terminal.output("ok \(file): \(Self.describe(campaign))")
                        for stage in loaded.stages {
                            for run in PipelineCommand.describePrograms(of: stage) { Terminal.output("    stage '\(stage.name)' \(run)") }
                        }
                    }
                } catch let error as AdvocateError {
                    Terminal.error("error: \(error)")
                    missing.append(error)
                }
            }
            if json { try JSONOutput.print(Report(files: results)) }
            let failed = results.filter { !$0.valid }.count
            if let summary = report.summary {
                Terminal.error("\(summary) in \(failed) of \(files.count) file\(files.count == 1 ? "" : "s")")
            }
            if let first = missing.first { throw ExitCode(first.kind.exitCode) }
            if report.errors > 0 { throw ExitCode(AdvocateError.Kind.invalidInput.exitCode) }
        }
    }

    /// The files to check: the arguments, with folders expanded and ids looked up.
    private func campaignFiles() throws(AdvocateError) -> [String] {
        let project = options.project
        guard !paths.isEmpty else {
            let files = project.campaignFiles()
            guard !files.isEmpty else {
                throw AdvocateError(.missingInput, "there are no campaign files (*.yaml) in \(Project.displayPath(project.root.appendingPathComponent(Project.campaignsFolder)))/")
            }
            return files
        }
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                let found = Project.campaignFiles(in: URL(fileURLWithPath: path))
                guard !found.isEmpty else { throw AdvocateError(.missingInput, "there are no campaign files (*.yaml) in '\(path)'") }
                files += found
            } else {
                files.append(try project.campaignFile(for: path))
            }
        }
        return files
    }

    static func describe(_ campaign: Campaign) -> String {
        let languages = campaign.languages.map(\.value.code).joined(separator: ", ")
        return "\(campaign.id.value), \(campaign.demands.count) demands, \(campaign.sources.count) sources, in \(languages)"
    }

    /// `--json`: one entry per file.
    struct Report: Encodable {
        let files: [FileResult]
    }

    struct FileResult: Encodable {
        /// The campaign file, named `file` as every project file is in advocate's JSON (docs/json.md).
        let file: String
        let campaign: String?
        let valid: Bool
        let diagnostics: [DiagnosticJSON]

        init(_ loaded: LoadedCampaign, strict: Bool) {
            let diagnostics = loaded.diagnostics(strict: strict)
            file = loaded.file
            campaign = loaded.campaign.map(\.id.value).flatMap { $0.isEmpty ? nil : $0 }
            valid = !diagnostics.hasErrors
            self.diagnostics = diagnostics.map(DiagnosticJSON.init)
        }
    }

    struct DiagnosticJSON: Encodable {
        let severity: String
        let file: String
        let line: Int
        let column: Int
        let message: String
        let notes: [NoteJSON]

        init(_ diagnostic: Diagnostic) {
            severity = diagnostic.severity.rawValue
            file = diagnostic.location.file
            line = diagnostic.location.line
            column = diagnostic.location.column
            message = diagnostic.message
            notes = diagnostic.notes.map { NoteJSON(file: $0.location.file, line: $0.location.line, column: $0.location.column, message: $0.message) }
        }
    }

    struct NoteJSON: Encodable {
        let file: String
        let line: Int
        let column: Int
        let message: String
    }
}
