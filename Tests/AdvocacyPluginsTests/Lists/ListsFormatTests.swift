import AdvocacyCore
import AdvocacyPlugins
import Foundation
import Testing

/// The lists stage owns its part of the campaign format: the core does not name its keys,
/// neither in its declaration nor in its decoding or validation, and the format with every
/// built-in stage registered is sound.
struct ListsFormatTests {
    @Test func theCoreNamesNoneOfTheListsKeys() {
        #expect(CampaignFormat.campaign.field("contacts") == nil)
        #expect(CampaignFormat.campaign.field("suppression") == nil)
        for key in ["contacts", "where", "consent", "exclude"] { #expect(CampaignFormat.audience.field(key) == nil) }
        #expect(FormatDeclaration.core["contact source"] == nil)
    }

    @Test func theCoresSourcesNameNoneOfTheListsKeys() throws {
        let format = FormatExtension.lists
        let coreKeys = Set(FormatDeclaration.core.sections.flatMap(\.keys))
        let names = format.keys.values.flatMap { $0.map(\.key) } + format.sections.map(\.name)
            + format.sections.flatMap(\.keys).filter { !coreKeys.contains($0) }
        let core = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources/AdvocacyCore")
        let files = try #require(FileManager.default.enumerator(at: core, includingPropertiesForKeys: nil)).compactMap { $0 as? URL }
            .filter { $0.pathExtension == "swift" }
        #expect(files.count > 50)
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for name in Set(names) where text.contains("\"\(name)\"") {
                Issue.record("\(file.lastPathComponent) names the lists stage's '\(name)'")
            }
        }
    }

    @Test func theRegisteredStagesAddTheirKeys() throws {
        let format = BuiltinStages.registry.format
        #expect(try #require(format["campaign"]).keys == CampaignFormat.campaign.keys + ["date", "labels", "contacts", "suppression"])
        #expect(try #require(format["audience"]).keys == CampaignFormat.audience.keys + ["contacts", "where", "consent", "exclude", "language", "salutation"])
        #expect(format["contact source"] != nil && format["audience filter"] != nil)
        // An overlay inherits none of these unless its 'inherit:' names them.
        #expect(FormatDeclaration.core.peopleKeys == ["audiences", "mailings"])
        #expect(format.peopleKeys == ["audiences", "mailings", "contacts", "suppression"])
    }

    @Test func theFormatWithEveryBuiltInStageIsSound() {
        #expect(BuiltinStages.registry.format.problems == [])
    }
}
