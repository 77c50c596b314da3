import Foundation

/// A campaign file, read and checked: the campaign, the stages it would run, and every problem.
public struct LoadedCampaign: Sendable {
    /// The file, as shown in diagnostics.
    public var file: String
    /// The campaign, when the file could be decoded; check ``diagnostics`` before using it.
    public var campaign: Campaign?
    /// The stages the campaign runs, resolved against the registry.
    public var stages: [Stage]
    /// Every problem found, in file order.
    public var diagnostics: [Diagnostic]
    /// The file's lines, to show under diagnostics.
    public var source: SourceText

    /// The diagnostics with warnings raised to errors when `strict`.
    public func diagnostics(strict: Bool) -> [Diagnostic] {
        strict ? diagnostics.escalatingWarnings() : diagnostics
    }
}

/// Reads campaign files: YAML, then the model, then validation and the pipeline, reporting
/// every problem found in one pass.
public enum CampaignLoader {
    /// Files larger than this are refused before parsing: a campaign is far smaller.
    public static let maximumFileSize = 64 << 20

    /// Reads and checks the campaign in `file`.
    public static func load(file: String, registry: StageRegistry) throws(AdvocateError) -> LoadedCampaign {
        load(bytes: try read(file), file: file, registry: registry)
    }

    /// Checks a campaign given as bytes; `file` names it in diagnostics and must match its id.
    public static func load(bytes: [UInt8], file: String, registry: StageRegistry) -> LoadedCampaign {
        let source = SourceText(bytes: bytes)
        let yaml = YAMLLoader.load(bytes, file: file)
        var loaded = LoadedCampaign(file: file, campaign: nil, stages: [], diagnostics: yaml.diagnostics, source: source)
        guard let root = yaml.root else { return loaded }
        let (campaign, decodingProblems) = Campaign.decode(root, file: file)
        loaded.diagnostics += decodingProblems
        if let campaign {
            loaded.campaign = campaign
            loaded.diagnostics += CampaignValidator.validate(campaign)
            let (stages, pipelineProblems) = PipelineResolver.resolve(campaign.pipeline, registry: registry)
            loaded.stages = stages
            loaded.diagnostics += pipelineProblems
        }
        loaded.diagnostics = loaded.diagnostics.sortedByLocation()
        return loaded
    }

    /// The bytes of a file we were asked to read, or the reason we cannot.
    static func read(_ file: String) throws(AdvocateError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory) else {
            throw AdvocateError(.missingInput, "there is no campaign file at '\(file)'")
        }
        guard !isDirectory.boolValue else {
            throw AdvocateError(.invalidInput, "'\(file)' is a folder, not a campaign file")
        }
        guard let handle = FileHandle(forReadingAtPath: file) else {
            throw AdvocateError(.missingInput, "cannot open '\(file)'; check that it is readable")
        }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: maximumFileSize + 1)) ?? Data()
        guard data.count <= maximumFileSize else {
            throw AdvocateError(.invalidInput, "'\(file)' is larger than \(maximumFileSize >> 20) MB; a campaign file is far smaller")
        }
        return [UInt8](data)
    }
}
