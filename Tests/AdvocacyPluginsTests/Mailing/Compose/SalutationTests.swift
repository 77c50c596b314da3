import AdvocacyCore
import AdvocacyPlugins
import Foundation
import Testing

/// Salutations made from what a contact's data says, in each language, and the overrides.
@Suite("Salutations")
struct SalutationTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let language: String
        var gender = "", salutation = "", role = "", institution = "", first = "", last = ""
        let expected: String
        var testDescription: String { "\(language): \(expected)" }
    }

    static let cases: [Case] = [
        Case(language: "fr", gender: "F", role: "Ministre de l'Emploi", first: "Claire", last: "Vandamme", expected: "Madame la Ministre"),
        Case(language: "fr", role: "Ministre des Indépendants", expected: "Madame la Ministre, Monsieur le Ministre"),
        Case(language: "fr", gender: "M", role: "Ministre-Président", expected: "Monsieur le Ministre-Président"),
        Case(language: "fr", salutation: "Mme", role: "Présidente de parti", expected: "Madame la Présidente"),
        Case(language: "fr", gender: "h", first: "Luc", last: "Dubois", expected: "Monsieur"),
        Case(language: "fr", expected: "Madame, Monsieur"),
        Case(language: "fr", gender: "F", institution: "Chambre des représentants", expected: "Madame la Députée"),
        Case(language: "nl", gender: "M", first: "Pieter", last: "de Smet", expected: "Geachte heer De Smet"),
        Case(language: "nl", salutation: "Mevr.", last: "Wouters", expected: "Geachte mevrouw Wouters"),
        Case(language: "nl", gender: "V", role: "Vlaams minister van Werk", expected: "Geachte mevrouw de Minister"),
        Case(language: "nl", role: "Staatssecretaris", expected: "Geachte Staatssecretaris"),
        Case(language: "nl", gender: "M", role: "Adviseur van de minister", last: "Peeters", expected: "Geachte heer Peeters"),
        Case(language: "nl", institution: "European Parliament", expected: "Geachte Europarlementslid"),
        Case(language: "nl", first: "Sander", last: "Jacobs", expected: "Geachte Sander Jacobs"),
        Case(language: "nl", expected: "Geachte heer, mevrouw"),
        Case(language: "en", gender: "F", role: "Minister of Economy", expected: "Dear Minister"),
        Case(language: "en", gender: "female", last: "Okafor", expected: "Dear Ms Okafor"),
        Case(language: "en", salutation: "Dr", role: "Minister for Employment", expected: "Dear Minister"),
        Case(language: "en", institution: "European Parliament", expected: "Dear Member of the European Parliament"),
        Case(language: "en", expected: "Dear Sir or Madam"),
        Case(language: "de", gender: "F", last: "Schmitz", expected: "Sehr geehrte Frau Schmitz"),
        Case(language: "pl", gender: "M", last: "Nowak", expected: "Dear Mr Nowak"),
    ]

    @Test(arguments: cases)
    func aSalutationSaysWhatTheDataSays(_ example: Case) throws {
        var contact = Contact(email: "a@x.example", origin: RowOrigin(file: "people.csv", row: 2, line: 2))
        (contact.gender, contact.salutation, contact.role, contact.institution) = (example.gender, example.salutation, example.role, example.institution)
        (contact.firstName, contact.lastName) = (example.first, example.last)
        let language = try #require(LanguageCode(example.language))
        #expect(Salutation.of(contact, in: language, audience: nil) == example.expected)
    }

    @Test func theContactsOwnSalutationWinsOverTheAudiencesWhichWinsOverTheData() throws {
        var contact = Contact(email: "a@x.example", origin: RowOrigin(file: "people.csv", row: 2, line: 2))
        contact.role = "Minister"
        let french = try #require(LanguageCode("fr")), dutch = try #require(LanguageCode("nl"))
        let location = SourceLocation(file: "c.yaml", line: 1, column: 1)
        let audience = AudienceMailing(language: nil, salutation: LocalizedText(
            [french: Located("Chère coopératrice, cher coopérateur", at: location)], kind: .line, at: location))
        #expect(Salutation.of(contact, in: french, audience: audience) == "Chère coopératrice, cher coopérateur")
        #expect(Salutation.of(contact, in: dutch, audience: audience) == "Geachte Minister")
        contact.salutation = "Beste Els"
        #expect(Salutation.of(contact, in: french, audience: audience) == "Beste Els")
    }
}
