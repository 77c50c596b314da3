import AdvocacyCore

/// A placeholder a mailing's subject or body may use, by namespace: `{{recipient.first_name}}`
/// (a contact field or an export's column), `{{recipient.salutation}}`, `{{campaign.title}}`,
/// `{{campaign.id}}`, `{{paper.url}}`, `{{paper.language}}`, `{{vars.NAME}}` and
/// `{{unsubscribe.url}}`.
public enum MailPlaceholder: Sendable, Hashable {
    /// A field of the recipient's contact.
    case recipient(ContactField)
    /// The salutation made for the recipient in the text's language.
    case salutation
    /// The campaign's title in the text's language.
    case campaignTitle
    /// The campaign's id.
    case campaignID
    /// The paper's address online, in the text's language.
    case paperURL
    /// The language of the text, which the paper linked or attached is in.
    case paperLanguage
    /// A value of the campaign's `vars:`.
    case variable(String)
    /// The recipient's unsubscribe page.
    case unsubscribeURL

    /// The placeholder `name` names, or why it names none.
    public static func parse(_ name: String) -> Result<MailPlaceholder, PlaceholderProblem> {
        let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2, !parts[1].isEmpty else { return .failure(.unknownNamespace(name)) }
        let (namespace, key) = (parts[0], parts[1])
        switch namespace {
        case "recipient": return .success(key == "salutation" ? .salutation : .recipient(ContactField(key: key)))
        case "campaign":
            switch key {
            case "title": return .success(.campaignTitle)
            case "id": return .success(.campaignID)
            default: return .failure(.unknownName(name, known: ["campaign.title", "campaign.id"]))
            }
        case "paper":
            switch key {
            case "url": return .success(.paperURL)
            case "language": return .success(.paperLanguage)
            default: return .failure(.unknownName(name, known: ["paper.url", "paper.language"]))
            }
        case "vars": return .success(.variable(key))
        case "unsubscribe":
            return key == "url" ? .success(.unsubscribeURL) : .failure(.unknownName(name, known: ["unsubscribe.url"]))
        default: return .failure(.unknownNamespace(name))
        }
    }
}

/// Why a mailing's placeholder cannot be filled for anyone.
public enum PlaceholderProblem: Error, Sendable, Equatable, CustomStringConvertible {
    /// Not `recipient.`, `campaign.`, `paper.`, `vars.` or `unsubscribe.` followed by a name.
    case unknownNamespace(String)
    /// A namespace that has no such name.
    case unknownName(String, known: [String])

    public var description: String {
        switch self {
        case .unknownNamespace(let name):
            "{{\(name)}} is not a mail placeholder; they are {{recipient.FIELD}}, {{recipient.salutation}}, {{campaign.title}}, {{campaign.id}}, {{paper.url}}, {{paper.language}}, {{vars.NAME}} and {{unsubscribe.url}}"
        case .unknownName(let name, let known):
            "{{\(name)}} is not a mail placeholder\(Suggestion.clause(for: name, among: known))"
        }
    }
}
