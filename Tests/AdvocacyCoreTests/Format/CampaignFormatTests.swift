import AdvocacyCore
import Testing

/// The declaration of the format can be walked whole, as the JSON Schema and the format
/// reference will be: every key is documented with an example, and every type it names exists.
struct CampaignFormatTests {
    @Test(arguments: CampaignFormat.sections.map(\.name))
    func everyKeyHasHelpAndAnExample(section name: String) throws {
        let section = try #require(FormatDeclaration.core[name])
        #expect(!section.help.isEmpty)
        #expect(!section.fields.isEmpty)
        for field in section.fields {
            #expect(field.help.hasSuffix("."), "\(name).\(field.key) needs a sentence of help")
            #expect(!field.example.isEmpty, "\(name).\(field.key) needs an example")
        }
    }

    @Test(arguments: CampaignFormat.sections.map(\.name))
    func keysAreUniqueInEachSection(section name: String) throws {
        let keys = try #require(FormatDeclaration.core[name]).keys
        #expect(Set(keys).count == keys.count)
    }

    @Test func sectionNamesAreUniqueAndEveryReferenceIsDeclared() {
        let names = CampaignFormat.sections.map(\.name)
        #expect(Set(names).count == names.count)
        for section in CampaignFormat.sections {
            for field in section.fields {
                for referenced in field.type.sectionNames {
                    #expect(FormatDeclaration.core[referenced] != nil, "\(section.name).\(field.key) names the undeclared section '\(referenced)'")
                }
            }
        }
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

extension FormatType {
    /// The sections this type refers to, at any depth.
    fileprivate var sectionNames: [String] {
        switch self {
        case .section(let name): [name]
        case .list(let inner), .map(let inner), .languageMap(let inner): inner.sectionNames
        default: []
        }
    }
}
