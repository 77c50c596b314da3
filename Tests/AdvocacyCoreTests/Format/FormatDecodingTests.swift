@testable import AdvocacyCore
import Testing

/// The decoder takes its keys from the declaration: it accepts exactly the declared keys of
/// each section, reports exactly the declared required keys missing, and a key added to the
/// declaration is accepted without touching the decoder's checks.
struct FormatDecodingTests {
    /// Each core section the campaign loader decodes, with how to reach it: `INNER` stands for
    /// the mapping under test.
    static let cases: [(section: String, yaml: String)] = [
        ("campaign", "INNER"),
        ("demand", "INNER"),
        ("source", "INNER"),
        ("audience", "INNER"),
        ("mailing", "INNER"),
        ("pipeline stage", "[INNER]"),
        ("template", "INNER"),
        ("template variable", "{ version: 1.0.0, variables: [INNER] }"),
        ("glossary term", "[INNER]"),
        ("language policy", "{ fr: INNER }"),
        ("partner profile", "INNER"),
        ("sender", "INNER"),
        ("plugin", "INNER"),
        ("translation record", "INNER"),
    ]

    @Test(arguments: cases)
    func anEmptyMappingLacksExactlyTheRequiredKeys(section name: String, yaml: String) throws {
        let section = try #require(FormatDeclaration.core[name])
        let messages = Self.decode(name, yaml.replacingOccurrences(of: "INNER", with: "{}"))
        let missing = messages.compactMap { message -> String? in
            guard let range = message.range(of: " has no '"), message.hasSuffix("'; add it") else { return nil }
            return String(message[range.upperBound...].dropLast("'; add it".count))
        }
        #expect(Set(missing) == Set(section.requiredKeys), "\(messages)")
    }

    @Test(arguments: cases)
    func everyDeclaredKeyIsAcceptedAndNoOther(section name: String, yaml: String) throws {
        let section = try #require(FormatDeclaration.core[name])
        let inner = "{ " + (section.keys + ["zzz-unknown"]).map { "\($0): ~" }.joined(separator: ", ") + " }"
        let messages = Self.decode(name, yaml.replacingOccurrences(of: "INNER", with: inner))
        let unknown = messages.filter { $0.hasPrefix("unknown key") }
        #expect(unknown.count == 1 && unknown.allSatisfy { $0.hasPrefix("unknown key 'zzz-unknown' in ") }, "\(unknown)")
    }

    @Test func anOptionalKeyAddedToTheDeclarationIsAcceptedByTheDecoder() {
        let yaml = "{ id: fair-price, title: Prix, body: Texte, note: to check }"
        #expect(Self.decode("demand", yaml) == ["unknown key 'note' in demand 'fair-price'"])
        let note = FormatField("note", .text(.line), help: "A note for the team.", example: "to check")
        let format = FormatDeclaration(extendedBy: [FormatExtension(keys: ["demand": [note]])])
        #expect(Self.decode("demand", yaml, format: format) == [])
    }

    @Test func aStagesKeysAreUnknownWhenTheStageIsNotRegistered() {
        let messages = Self.decode("audience", "{ id: press, title: Press, where: { has-tag: press } }")
        #expect(messages == ["unknown key 'where' in audience 'press'"])
    }

    /// The messages of decoding `yaml` as the section `name`, in a French campaign.
    static func decode(_ name: String, _ yaml: String, format: FormatDeclaration = .core) -> [String] {
        let loaded = YAMLLoader.load(Array(yaml.utf8), file: "test.yaml")
        guard let node = loaded.root else { return loaded.diagnostics.map(\.message) }
        var decoder = NodeDecoder(format: format)
        decoder.declaredLanguages = [LanguageCode(unchecked: "fr")]
        decoder.sourceLanguage = LanguageCode(unchecked: "fr")
        switch name {
        case "campaign": return Campaign.decode(node, file: "test.yaml", format: format).1.map(\.message)
        case "partner profile": return PartnerProfile.decode(node, file: "test.yaml").1.map(\.message)
        case "demand": _ = decoder.demand(node, index: 1)
        case "source": _ = decoder.source(node, index: 1)
        case "audience": _ = decoder.audience(node, index: 1)
        case "mailing": _ = decoder.mailing(node, index: 1)
        case "pipeline stage": _ = decoder.pipeline(node, declaredAt: node.location)
        case "template", "template variable": _ = decoder.template(node)
        case "glossary term": _ = decoder.glossary(node)
        case "language policy": _ = decoder.translationPolicy(node)
        case "sender": _ = decoder.sender(node, what: "the sender")
        case "plugin": _ = decoder.pluginDeclaration(node)
        case "translation record": _ = decoder.translationRecord(node, key: "title")
        default: Issue.record("no way to decode '\(name)'")
        }
        return (loaded.diagnostics + decoder.diagnostics).map(\.message)
    }
}
