public import AdvocacyCore

/// How a message greets its recipient, right for their language and for what their data says:
/// "Madame la Ministre", "Geachte heer De Smet", "Dear Minister", or a neutral form when the
/// data says nothing ("Madame, Monsieur").
public enum Salutation {
    /// The salutation `contact` gets in `language`, without a trailing comma: the contact's
    /// `salutation` column when it holds a whole salutation rather than a title such as `Mme`,
    /// else the audience's salutation in that language, else one made from the contact's
    /// role, institution, gender, title and names.
    public static func of(_ contact: Contact, in language: LanguageCode, audience: AudienceMailing?) -> String {
        let own = contact.salutation
        if !own.isEmpty, !AddressForm.isTitle(own) { return own }
        if let chosen = audience?.salutation?[language] { return chosen }
        let form = AddressForm(
            gender: contact.gender, salutation: own, role: contact.role, institution: contact.institution,
            firstName: contact.firstName, lastName: contact.lastName)
        return SalutationPhrases.phrase(for: form, in: language.code)
    }
}
