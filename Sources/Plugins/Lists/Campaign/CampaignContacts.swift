public import AdvocacyCore
public import Foundation

/// A campaign's contacts made into its audiences' lists: the exports read into one book,
/// deduplicated, the suppression list applied, each audience filtered, consented, routed to a
/// language and stripped of the audiences it leaves out.
public struct CampaignContacts {
    /// Every contact of the campaign's exports, once.
    public let book: ContactBook
    /// The list of each audience that selects contacts, in the campaign's order.
    public let lists: [AudienceList]

    /// Reads `campaign`'s contact files, relative to `projectRoot`.
    public init(_ campaign: Campaign, projectRoot: URL) throws(ListError) {
        let sources = campaign.contacts.map { Self.source($0, root: projectRoot) }
        book = try ContactBook(reading: sources)
        var suppressions = SuppressionList()
        if let file = campaign.suppression {
            suppressions = try SuppressionList(reading: ContactSource(path: Project.displayPath(projectRoot.appendingPathComponent(file.value))))
        }
        let routing = LanguageRouting(languages: campaign.languages.map(\.value), fallbacks: campaign.fallbacks)
        var lists: [String: AudienceList] = [:]
        var ordered: [String] = []
        for audience in campaign.audiences {
            guard let selection = audience.selection else { continue }
            let spec = AudienceSpec(id: audience.id.value, filter: selection.filter.map(Self.filter) ?? .everyone, purpose: selection.consent?.value)
            var list = book.list(spec, suppressions: suppressions, routing: routing)
            if !selection.contacts.isEmpty {
                let chosen = Set(selection.contacts.compactMap { id in campaign.contacts.firstIndex { $0.id.value == id.value } })
                list.restrict(toSources: chosen)
            }
            lists[spec.id] = list
            ordered.append(spec.id)
        }
        for audience in campaign.audiences {
            for excluded in audience.selection?.exclude ?? [] {
                guard let other = lists[excluded.value] else { continue }
                lists[audience.id.value]?.leaveOut(membersOf: other)
            }
        }
        self.lists = ordered.compactMap { lists[$0] }
    }

    static func filter(_ filter: AudienceFilter) -> ContactFilter {
        switch filter {
        case .equals(let field, let value): .equals(ContactField(key: field.value), value)
        case .oneOf(let field, let values): .oneOf(ContactField(key: field.value), values)
        case .exists(let field): .exists(ContactField(key: field.value))
        case .hasTag(let tag): .hasTag(tag)
        case .inOffice(let day): CalendarDay(day.value).map { .inOffice(on: $0) } ?? .any([])
        case .not(let inner): .not(Self.filter(inner))
        case .all(let filters): .all(filters.map(Self.filter))
        case .any(let filters): .any(filters.map(Self.filter))
        }
    }

    private static func source(_ spec: ContactSourceSpec, root: URL) -> ContactSource {
        let delimiter: CSVDialect.Delimiter? = switch spec.delimiter?.value {
        case ",": .comma
        case ";": .semicolon
        case "tab": .tab
        default: nil
        }
        let encoding: CSVDialect.Encoding = spec.encoding?.value.lowercased() == "windows-1252" ? .windows1252 : .utf8
        // Shown as diagnostics show campaign files, so reports name the file as the user knows it.
        return ContactSource(
            path: Project.displayPath(root.appendingPathComponent(spec.file.value)),
            dialect: CSVDialect(delimiter: delimiter, encoding: encoding),
            columns: Dictionary(spec.columns.map { ($0.header, ContactField(key: $0.field)) }, uniquingKeysWith: { first, _ in first }),
            language: spec.language?.value)
    }
}
