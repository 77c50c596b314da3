import AdvocacyCore
import AdvocacyPlugins
import ArgumentParser

/// What the shell completes from the project around the current directory: campaign ids,
/// and the mailing ids and languages of the campaign already on the command line (of every
/// campaign when none is). Completion reads the campaigns without printing their problems.
enum ProjectCompletions {
    /// The ids of the project's campaigns that start with `prefix`.
    static func campaigns(_ words: [String], _ index: Int, _ prefix: String) -> [String] {
        ids().filter { $0.hasPrefix(prefix) }
    }

    /// The ids of the mailings that start with `prefix`.
    static func mailings(_ words: [String], _ index: Int, _ prefix: String) -> [String] {
        unique(named(by: words).flatMap { $0.mailings.map(\.id.value) }).filter { $0.hasPrefix(prefix) }
    }

    /// The language codes that start with `prefix`.
    static func languages(_ words: [String], _ index: Int, _ prefix: String) -> [String] {
        unique(named(by: words).flatMap { $0.languages.map(\.value.code) }).filter { $0.hasPrefix(prefix) }
    }

    private static func ids() -> [String] {
        Project.current.campaignFiles().map { CampaignFile.id(ofPath: $0) }
    }

    /// The campaigns `words` name, or every campaign of the project when they name none.
    private static func named(by words: [String]) -> [Campaign] {
        let project = Project.current
        let files = project.campaignFiles()
        let named = files.filter { file in words.contains { $0 == file || $0 == CampaignFile.id(ofPath: file) } }
        let loader = CampaignLoader(project: project, registry: BuiltinStages.registry, allowedPlugins: [])
        return (named.isEmpty ? files : named).compactMap { try? loader.load(file: $0).campaign }
    }

    private static func unique(_ values: [String]) -> [String] {
        var seen: Set<String> = []
        return values.filter { seen.insert($0).inserted }
    }
}

extension CompletionKind {
    /// The project's campaign ids.
    static var campaigns: CompletionKind { .custom(ProjectCompletions.campaigns) }
    /// The mailing ids of the campaign on the command line.
    static var mailings: CompletionKind { .custom(ProjectCompletions.mailings) }
    /// The languages of the campaign on the command line.
    static var languages: CompletionKind { .custom(ProjectCompletions.languages) }
}
