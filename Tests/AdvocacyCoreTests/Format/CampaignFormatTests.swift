import AdvocacyCore
import Testing

/// The declaration of the format can be walked whole, as the JSON Schema and the format
/// reference will be: every key is documented with an example, and every type it names exists.
struct CampaignFormatTests {
    @Test func theCoreFormatIsSound() {
        #expect(FormatDeclaration.core.problems == [])
    }

    @Test func aDeclarationWithFaultsIsCaught() {
        let faults = FormatSection("faults", help: "Faulty.", fields: [
            FormatField("a", .list(.identifier), help: "No full stop", example: "fair-price"),
            FormatField("a", .section("nowhere"), help: "Twice.", example: "{ x: [ }"),
        ])
        let extensions = [FormatExtension(keys: ["demnd": []], sections: [faults], readers: ["demand": { _, _, _ in }])]
        #expect(FormatDeclaration(extendedBy: extensions).problems == [
            "keys are added to the section 'demnd', which the core does not declare",
            "a reader is given for the section 'demand', which keeps no stage data; read keys of 'campaign' or 'audience'",
            "faults.a needs a sentence of help, ending with a full stop",
            "the example of faults.a does not fit its type: 'fair-price'",
            "faults.a is declared twice",
            "the example of faults.a is not YAML: '{ x: [ }'",
            "faults.a names the section 'nowhere', which is not declared",
        ])
    }

    @Test func aStageExtensionAddsKeysAndSectionsWithoutChangingTheCore() throws {
        let note = FormatField("note", .text(.line), help: "A note.", example: "to check")
        let extra = FormatSection("extra", help: "More.", fields: [note])
        let format = FormatDeclaration(extendedBy: [FormatExtension(keys: ["demand": [note]], sections: [extra])])
        #expect(try #require(format["demand"]).keys == CampaignFormat.demand.keys + ["note"])
        #expect(format["extra"] == extra)
        #expect(FormatDeclaration.core["demand"] == CampaignFormat.demand)
        #expect(FormatDeclaration.core["extra"] == nil)
    }
}
