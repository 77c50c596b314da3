import AdvocacyCore
import AdvocacyPlugins
import Testing

/// The language of a message: one, or two joined by `+`, ordered as a campaign says.
@Suite("Mail languages")
struct MailLanguageTests {
    @Test(arguments: [("fr", "fr"), ("fr+nl", "fr+nl"), ("NL+FR", "nl+fr"), ("fr + nl", "fr+nl")])
    func aLanguageOrTwoAreRead(_ text: String, _ expected: String) {
        #expect(MailLanguage(parsing: text)?.description == expected)
    }

    @Test(arguments: ["", "fr+", "fr+fr", "fr+nl+en", "français", "x1"])
    func anythingElseIsNotAMailLanguage(_ text: String) {
        #expect(MailLanguage(parsing: text) == nil)
    }

    @Test func aBilingualMessageFollowsTheCampaignsOrder() throws {
        let codes = try ["en", "nl", "fr"].map { try #require(LanguageCode($0)) }
        let message = try #require(MailLanguage(parsing: "fr+nl"))
        #expect(message.ordered(by: codes).description == "nl+fr")
        #expect(message.isBilingual && message.single == nil)
        #expect(MailLanguage(codes[0]).single == codes[0])
    }
}
