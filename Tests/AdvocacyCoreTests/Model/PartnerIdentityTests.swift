@testable import AdvocacyCore
import Testing

/// A partner's identity in one language: its own text, else the first of the chain, marked.
struct PartnerIdentityTests {
    static let profile = """
        id: smart-be
        name: Smart
        country: BE
        languages: [fr, nl, en]
        sender:
          name: { fr: Smart — plaidoyer, nl: Smart — beleidswerk }
          email: plaidoyer@smart-be.example
        address:
          fr: |
            Smart
            Bruxelles, Belgique
          nl: |
            Smart
            Brussel, België
        legal: { fr: Mentions légales. }

        """

    static func decoded(_ yaml: String) throws -> (PartnerProfile?, [Diagnostic]) {
        let loaded = YAMLLoader.load(Array(yaml.utf8), file: "smart-be.yaml")
        let root = try #require(loaded.root)
        return PartnerProfile.decode(root, file: "smart-be.yaml")
    }

    @Test(arguments: [
        ("fr", "Smart — plaidoyer", "fr", ["Smart", "Bruxelles, Belgique"], "fr", false),
        ("nl", "Smart — beleidswerk", "nl", ["Smart", "Brussel, België"], "nl", false),
        ("en", "Smart — plaidoyer", "fr", ["Smart", "Bruxelles, Belgique"], "fr", true),
    ])
    func eachLanguageGetsItsOwnTextOrTheChainsMarked(
        language: String, sender: String, senderLanguage: String, address: [String], addressLanguage: String, fallsBack: Bool
    ) throws {
        let (profile, problems) = try Self.decoded(Self.profile)
        #expect(problems.isEmpty, "\(problems)")
        let identity = try #require(profile).identity(in: LanguageCode(unchecked: language), for: nil)
        #expect(identity.sender.name.text == sender)
        #expect(identity.sender.name.language.code == senderLanguage)
        #expect(identity.address.lines == address)
        #expect(identity.address.language.code == addressLanguage)
        #expect(identity.address.fallsBack == fallsBack)
        #expect(identity.contact.email == "plaidoyer@smart-be.example", "no contact: the sender is the contact")
        #expect(identity.name.text == "Smart" && !identity.name.fallsBack, "a plain string is every language's, never a fallback")
        #expect(identity.legal?.text == "Mentions légales.")
    }

    @Test func aTextInALanguageThePartnerDoesNotListIsAnErrorAtItsKey() throws {
        let yaml = Self.profile.replacingOccurrences(of: "legal: { fr: Mentions légales. }", with: "legal: { fr: Mentions légales., it: Note legali. }")
        let (_, problems) = try Self.decoded(yaml)
        #expect(problems.map(\.description) == [
            "smart-be.yaml:15:33: error: the legal mentions has a text in Italian (it), which is not one of its 'languages' (fr, nl, en); add it to 'languages' or remove this text",
        ])
    }

    @Test func anEmptyTextIsAnError() throws {
        let (_, problems) = try Self.decoded(Self.profile.replacingOccurrences(of: "nl: Smart — beleidswerk", with: "nl: \"\""))
        #expect(problems.map(\.description) == [
            "smart-be.yaml:6:38: error: the Dutch (nl) text of the name of the sender is empty; write the text between the quotes, or remove the line",
        ])
    }
}
