public import Foundation

/// What stages work on: the campaign, the languages being built, and the output they write.
public struct BuildContext {
    /// The campaign being built, validated; stages such as `translate` may fill in texts.
    public var campaign: Campaign
    /// The languages to produce, in the campaign's order.
    public let languages: [LanguageCode]
    /// Warnings stages raise; errors are thrown instead.
    public var warnings: [Diagnostic] = []
    /// The stage running now; recorded with each file it writes.
    public internal(set) var currentStage = ""
    /// The project's root folder: external programs run there.
    public let projectRoot: URL
    /// The campaign's own file, beside which its translation records live.
    public let campaignFile: String
    /// The translation records of the campaign's own file, which a stage may add to.
    public var ownTranslationRecords: TranslationRecords
    /// The profile of the partner the campaign speaks for, if it names one: the identity a
    /// paper's title page and footer show.
    public var partner: PartnerProfile?
    var output: OutputWriter

    /// Creates a context that writes into `output`.
    public init(
        campaign: Campaign, languages: [LanguageCode], output: OutputWriter, projectRoot: URL,
        campaignFile: String = "", ownTranslationRecords: TranslationRecords = TranslationRecords()
    ) {
        self.campaign = campaign
        self.languages = languages
        self.output = output
        self.projectRoot = projectRoot
        self.campaignFile = campaignFile
        self.ownTranslationRecords = ownTranslationRecords
    }

    /// Writes a file of the build, at a path relative to the campaign's output folder, atomically,
    /// and records it in the manifest under the current stage.
    public mutating func write(_ contents: String, to path: String, language: LanguageCode? = nil) throws {
        try output.write(Array(contents.utf8), to: path, stage: currentStage, language: language)
    }

    /// Writes the bytes of a file of the build, such as a PDF, as ``write(_:to:language:)`` writes text.
    public mutating func write(_ bytes: [UInt8], to path: String, language: LanguageCode? = nil) throws {
        try output.write(bytes, to: path, stage: currentStage, language: language)
    }

    /// The files written so far.
    public var writtenFiles: [ManifestEntry] { output.entries }

    /// An empty folder for the current stage's temporary files, inside the build's staging
    /// folder: a killed build leaves nothing in the system's temporary folder, and the next build
    /// clears it. The stage removes it before it ends, or it becomes part of the output.
    public func temporaryFolder() throws(AdvocateError) -> URL {
        let folder = output.staging.appendingPathComponent(".\(currentStage)-temporary")
        do {
            try? FileManager.default.removeItem(at: folder)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw AdvocateError(.cannotCreateOutput, "cannot create the temporary folder '\(folder.path)': \(error.localizedDescription)")
        }
        return folder
    }
}

extension BuildContext {
    /// Writes `manifest.json` once every stage has run, and returns it.
    public func finishOutput() throws(AdvocateError) -> Manifest {
        try output.finish(campaign: campaign.id.value)
    }
}

extension BuildContext {
    /// Drops what the stages wrote, after a failure.
    public func abandonOutput() {
        output.abandon()
    }
}
