import AdvocacyCore
import Foundation

/// A translation engine behind an external program (docs/translation.md): advocate writes one
/// JSON request with a batch of texts, the source and target languages and the glossary; the
/// program answers with one JSON object holding the translations.
struct TranslationHook {
    struct Request: Encodable {
        var type = "translate"
        var `protocol` = "1.0"
        let sourceLanguage: String
        let targetLanguage: String
        let glossary: [GlossaryEntry]
        let texts: [Text]
    }

    struct GlossaryEntry: Encodable {
        let term: String
        let translation: String
    }

    struct Text: Codable {
        let key: String
        let text: String
    }

    struct Response: Decodable {
        let translations: [Text]
    }

    let command: [String]
    let timeout: Int
    let projectRoot: URL

    /// The translations of `texts` from `source` into `target`, by key.
    func translate(_ texts: [Text], from source: LanguageCode, to target: LanguageCode, glossary: [GlossaryTerm]) async throws(AdvocateError) -> [String: String] {
        let request = Request(
            sourceLanguage: source.code, targetLanguage: target.code,
            glossary: glossary.map { GlossaryEntry(term: $0.term.value, translation: $0.rendering(in: target)) }, texts: texts)
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.sortedKeys]
        guard let input = try? encoder.encode(request) else { throw AdvocateError(.internalError, "cannot encode the translation request") }
        let name = command.first ?? ""
        let outcome = try await ProcessRunner.run(ProcessRequest(
            executable: name, arguments: Array(command.dropFirst()), workingDirectory: projectRoot,
            standardInput: Array(input) + [0x0A], timeout: .seconds(timeout)))
        switch outcome.termination {
        case .exited(0): break
        case .timedOut: throw AdvocateError(.unavailable, "the translation hook '\(name)' did not answer within \(timeout) s and was stopped")
        default: throw AdvocateError(.unavailable, "the translation hook '\(name)' failed (\(outcome.termination))\(ProcessOutcome.tail(of: outcome.standardError))")
        }
        guard let response = try? JSONDecoder().decode(Response.self, from: Data(outcome.standardOutput)) else {
            throw AdvocateError(.unavailable, "the translation hook '\(name)' did not answer with {\"translations\": [{\"key\", \"text\"}…]}")
        }
        return Dictionary(response.translations.map { ($0.key, $0.text) }, uniquingKeysWith: { first, _ in first })
    }
}
