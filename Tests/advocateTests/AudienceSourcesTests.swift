import AdvocacyFixtures
import Foundation
import Testing

/// An audience's `contacts:` through the real binary: it draws on every export a person was
/// read from, not only the first, so a representative who is also a member stays a representative.
struct AudienceSourcesTests {
    /// Ann is in both exports, members first; Bob only in the representatives' export; Cleo only a member.
    private func project() throws -> TemporaryProject {
        let project = try TemporaryProject()
        try project.write("members.csv", "email,first name,language\nann@x.example,Ann,fr\ncleo@x.example,Cleo,nl\n")
        try project.write("representatives.csv", "email,first name,language\nANN@x.example,Anne,fr\nbob@x.example,Bob,en\n")
        try project.campaign("sample.yaml", SampleCampaign.readyToMail(SampleCampaign.yaml()).replacingOnce("audiences:\n  - id: members\n", with: """
            contacts:
              - id: members
                file: members.csv
              - id: representatives
                file: representatives.csv
            audiences:
              - id: representatives
                title: { fr: Élus, nl: Verkozenen, en: Representatives }
                contacts: [representatives]
              - id: members

            """))
        return project
    }

    @Test func aRepresentativeWhoIsAlsoAMemberIsInTheRepresentativesList() throws {
        let project = try project()
        let result = try project.advocate("lists", "sample", "--write", "lists")
        #expect(result.status == 0, "stderr was:\n\(result.stderr)")
        let list = String(decoding: try project.read("lists/representatives.csv"), as: UTF8.self)
        #expect(list.contains("ann@x.example"), "the list was:\n\(list)")
        #expect(list.contains("bob@x.example"), "the list was:\n\(list)")
        #expect(!list.contains("cleo@x.example"), "the list was:\n\(list)")
    }
}
