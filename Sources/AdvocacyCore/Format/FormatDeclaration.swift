/// The whole campaign format in force: the core's sections (``CampaignFormat``) with the keys
/// and sections the registered stages add. Decoding reads every mapping through it, and the
/// JSON Schema and the format reference can be generated from it.
public struct FormatDeclaration: Sendable {
    /// The core's format, without any stage's keys.
    public static let core = FormatDeclaration()

    /// Every section, the core's first.
    public let sections: [FormatSection]
    /// Names of core sections an extension adds keys to but the core does not have, which
    /// ``problems`` reports.
    let unknownExtended: [String]
    private let indices: [String: Int]
    /// The core sections whose mappings keep what stages read from them (``StageData``): only
    /// readers of these run.
    public static let sectionsWithStageData: Set<String> = ["campaign", "audience", "mailing"]

    /// The stages' readers, by core section name, in the order the stages are registered.
    let readers: [String: [FormatExtension.Reader]]
    /// The stages' checks, in the order the stages are registered.
    let checks: [FormatExtension.Check]

    /// The core format extended by `extensions`; keys added to a section the core does not
    /// have are left out (and reported by ``problems``).
    public init(extendedBy extensions: [FormatExtension] = []) {
        var sections = CampaignFormat.sections
        for (index, section) in sections.enumerated() {
            sections[index] = section.adding(extensions.flatMap { $0.keys[section.name] ?? [] })
        }
        sections += extensions.flatMap(\.sections)
        self.sections = sections
        let core = Set(CampaignFormat.sections.map(\.name))
        unknownExtended = extensions.flatMap(\.keys.keys).filter { !core.contains($0) }.sorted()
        readers = Dictionary(grouping: extensions.flatMap(\.readers), by: \.key).mapValues { $0.map(\.value) }
        checks = extensions.compactMap(\.check)
        indices = Dictionary(sections.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The campaign's keys an overlay inherits only when its `inherit:` names them
    /// (``FormatField/holdsPeople``), in the order declared.
    public var peopleKeys: [String] {
        self["campaign"]?.fields.filter(\.holdsPeople).map(\.key) ?? []
    }

    /// The section called `name`; every name the core decodes with is declared.
    public subscript(name: String) -> FormatSection? {
        indices[name].map { sections[$0] }
    }
}
