/// A small, valid partner profile for tests, to save as `Campaigns/partners/<id>.yaml`.
public enum SamplePartner {
    /// The profile, with `id` as its id and `languages` as its languages.
    public static func yaml(id: String = "smart-be", languages: String = "[fr, nl, en]") -> String {
        """
        id: \(id)
        name: Smart
        country: BE
        languages: \(languages)
        sender: { name: Smart, email: plaidoyer@smart-be.example }
        address: |
          Smart
          Bruxelles
        legal: Mentions légales.

        """
    }
}
