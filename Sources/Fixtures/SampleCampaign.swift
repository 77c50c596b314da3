/// A small, valid campaign for tests: every field used once or twice, every text in fr, nl
/// and en. Tests change a line of it to make exactly the mistake they are about.
public enum SampleCampaign {
    /// The campaign, with `id` as its id (save it as `<id>.yaml`).
    public static func yaml(id: String = "sample") -> String {
        yaml(id: id, summaryLine: "summary: { fr: Un résumé., nl: Een samenvatting., en: A summary. }")
    }

    /// The campaign with its `summary:` line replaced by `summaryLine`.
    static func yaml(id: String, summaryLine: String) -> String {
        """
        id: \(id)
        title:
          fr: Un juste prix
          nl: Een eerlijke prijs
          en: A fair price
        languages: [fr, nl, en]
        partner: smart-be
        status: review
        \(summaryLine)
        context:
          fr: |
            Le contexte, en *Markdown*.
          nl: |
            De context, in *Markdown*.
          en: |
            The context, in *Markdown*.
        demands:
          - id: fair-price
            title: { fr: Un juste prix, nl: Een eerlijke prijs, en: A fair price }
            body:
              fr: Payer le temps réellement travaillé.
              nl: Betaal de werkelijk gewerkte tijd.
              en: Pay for the time actually worked.
            sources: [ilo-2022, council-2019]
          - id: protection
            title: { fr: Une protection sociale, nl: Sociale bescherming, en: Social protection }
            body: { fr: Sans trous., nl: Zonder gaten., en: Without gaps. }
            sources: [council-2019]
        sources:
          - id: council-2019
            title: Council Recommendation on access to social protection for workers and the self-employed
            publisher: Council of the European Union
            year: 2019
            url: https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32019H1115(01)
          - id: ilo-2022
            title: Resolution concerning decent work and the social and solidarity economy
            publisher: International Labour Conference
            year: 2022
        audiences:
          - id: members
            title: { fr: Membres, nl: Leden, en: Members }
        mailings:
          - id: launch
            audience: members
            subject: { fr: Lancement, nl: Lancering, en: Launch }
            body: { fr: Bonjour, nl: Hallo, en: Hello }

        """
    }

    /// `yaml` (the sample campaign, changed or not) with its mailing `launch` ready to be
    /// written: a send date and an unsubscribe page and address, which the pre-send check
    /// requires of a mailing whose audience selects contacts.
    public static func readyToMail(_ yaml: String) -> String {
        yaml.replacingOccurrences(
            of: "  - id: launch\n    audience: members\n",
            with: "  - id: launch\n    audience: members\n    date: 2026-11-29\n"
                + "    unsubscribe: { url: \"https://smart-be.example/unsubscribe?t={{token}}\", mailto: unsubscribe@smart-be.example }\n")
    }
}
