public import Foundation

/// What stages work on: the campaign, the languages being built, the output they write, and
/// the products they hand on to later stages.
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
    /// What earlier stages made for later ones: a stage publishes, a later one reads by type
    /// (see ``StageProduct``).
    public var products = StageProducts()
    /// Where files go; `nil` in a dry build, which keeps only the products.
    var output: OutputWriter?

    /// Creates a context that writes into `output`, or, without one, a dry build's context,
    /// which keeps only the products.
    public init(
        campaign: Campaign, languages: [LanguageCode], output: OutputWriter?, projectRoot: URL,
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
    /// A dry build writes nothing.
    public mutating func write(_ contents: String, to path: String, language: LanguageCode? = nil) throws {
        try output?.write(Array(contents.utf8), to: path, stage: currentStage, language: language)
    }

    /// Writes the bytes of a file of the build, such as a PDF, as ``write(_:to:language:)`` writes text.
    public mutating func write(_ bytes: [UInt8], to path: String, language: LanguageCode? = nil) throws {
        try output?.write(bytes, to: path, stage: currentStage, language: language)
    }

    /// Whether the build writes files: `false` in a dry build, which runs only the stages that
    /// provide the products a command reads. A stage may skip work whose only result is a file.
    public var writesFiles: Bool { output != nil }

    /// The files written so far.
    public var writtenFiles: [ManifestEntry] { output?.entries ?? [] }

    /// A folder for a stage's temporary files, inside the build's staging folder: never the
    /// system's temporary folder, so that not even a killed build leaves them anywhere else.
    /// It is removed before the output is put in place; what a stage keeps goes through `write`.
    /// A dry build has none.
    public var temporaryFolder: URL {
        get throws(AdvocateError) {
            guard let output else { throw AdvocateError(.internalError, "a dry build has no temporary folder; check writesFiles first") }
            return output.temporaryFolder
        }
    }
}

extension BuildContext {
    /// Writes `manifest.json` once every stage has run, and returns it.
    public func finishOutput() throws(AdvocateError) -> Manifest {
        guard let output else { throw AdvocateError(.internalError, "a dry build has no output to finish") }
        return try output.finish(campaign: campaign.id.value)
    }
}

extension BuildContext {
    /// Drops what the stages wrote, after a failure.
    public func abandonOutput() {
        output?.abandon()
    }
}
