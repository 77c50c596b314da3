import AdvocacyCore
import AdvocacyPlugins
import Testing

/// The lists stage owns its part of the campaign format: the core does not name its keys, and
/// the format with every built-in stage registered is sound.
struct ListsFormatTests {
    @Test func theCoreNamesNoneOfTheListsKeys() {
        #expect(CampaignFormat.campaign.field("contacts") == nil)
        #expect(CampaignFormat.campaign.field("suppression") == nil)
        for key in ["contacts", "where", "consent", "exclude"] { #expect(CampaignFormat.audience.field(key) == nil) }
        #expect(FormatDeclaration.core["contact source"] == nil)
    }

    @Test func theRegisteredStagesAddTheirKeys() throws {
        let format = BuiltinStages.registry.format
        #expect(try #require(format["campaign"]).keys == CampaignFormat.campaign.keys + ["contacts", "suppression"])
        #expect(try #require(format["audience"]).keys == CampaignFormat.audience.keys + ["contacts", "where", "consent", "exclude"])
        #expect(format["contact source"] != nil && format["audience filter"] != nil)
    }

    @Test func theFormatWithEveryBuiltInStageIsSound() {
        #expect(BuiltinStages.registry.format.problems == [])
    }
}
