import AdvocacyFixtures
import Foundation

/// The mailing both sides of the benchmark write: a letter to the cooperative's members in
/// French, Dutch and English, with placeholders for the recipient and the campaign, and the
/// members it goes to, generated from a seed and written as a tab-separated file both read.
enum BenchMailing {
    /// One language's texts: the subject, the Markdown body (the text part) and its HTML.
    struct Texts: Codable {
        var subject: String
        var text: String
        var html: String
    }

    static let campaign = "decent-work"
    static let mailing = "members-call"
    static let secret = "bench secret, never a real one"
    static let date = Date(timeIntervalSince1970: 1_795_944_600)

    static let bodies: [String: (subject: String, markdown: String)] = [
        "fr": ("{{campaign.title}} : {{recipient.first_name}}, votre voix compte", """
            {{recipient.salutation}} {{recipient.last_name}},

            La coopérative défend un **travail décent** pour toutes et tous : des contrats stables, \
            une protection sociale complète et une rémunération juste pour les artistes et les \
            indépendants. Vous êtes membre de {{recipient.organisation}} et votre voix compte.

            - Signez notre appel avant le 15 décembre ;
            - Parlez-en autour de vous ;
            - Lisez notre note de position : [{{paper.title}}]({{paper.url}}).

            Merci pour votre engagement, {{recipient.first_name}}.

            L'équipe de la coopérative
            """),
        "nl": ("{{campaign.title}}: {{recipient.first_name}}, uw stem telt", """
            {{recipient.salutation}} {{recipient.last_name}},

            De coöperatie komt op voor **waardig werk** voor iedereen: stabiele contracten, \
            volledige sociale bescherming en een eerlijke verloning voor kunstenaars en \
            zelfstandigen. U bent lid van {{recipient.organisation}} en uw stem telt.

            - Teken onze oproep vóór 15 december;
            - Vertel het verder;
            - Lees ons standpunt: [{{paper.title}}]({{paper.url}}).

            Bedankt voor uw inzet, {{recipient.first_name}}.

            Het team van de coöperatie
            """),
        "en": ("{{campaign.title}}: {{recipient.first_name}}, your voice counts", """
            {{recipient.salutation}} {{recipient.last_name}},

            The cooperative stands for **decent work** for everyone: stable contracts, full \
            social protection and fair pay for artists and freelancers. You are a member of \
            {{recipient.organisation}} and your voice counts.

            - Sign our call before 15 December;
            - Tell the people around you;
            - Read our position paper: [{{paper.title}}]({{paper.url}}).

            Thank you for your commitment, {{recipient.first_name}}.

            The cooperative's team
            """),
    ]

    static let campaignValues: [String: [String: String]] = [
        "fr": ["campaign.title": "Travail décent", "paper.title": "Pour un travail décent", "paper.url": "https://coop.example/fr/travail-decent.pdf"],
        "nl": ["campaign.title": "Waardig werk", "paper.title": "Voor waardig werk", "paper.url": "https://coop.example/nl/waardig-werk.pdf"],
        "en": ["campaign.title": "Decent work", "paper.title": "For decent work", "paper.url": "https://coop.example/en/decent-work.pdf"],
    ]

    /// Writes `count` members as `email, first name, last name, language, salutation,
    /// organisation`, one a line, tab-separated, from the contact generator without its
    /// deliberate faults (the lists stage would have dropped or merged them).
    static func writeRecipients(_ count: Int, to path: String) throws {
        var options = ContactGenerator.Options()
        options.duplicateEvery = 0
        options.invalidEvery = 0
        options.lookalikeEvery = 0
        options.lineBreakEvery = 0
        options.internationalDomainEvery = 0
        options.decomposedEvery = 0
        let generator = ContactGenerator(options)
        guard FileManager.default.createFile(atPath: path, contents: nil) else { throw CocoaError(.fileWriteUnknown) }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        var chunk = ""
        for index in 0..<count {
            let row = generator.row(index).map { $0.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ") }
            let spelling = row[3].lowercased()
            let language = spelling.hasPrefix("fr") ? "fr" : spelling.hasPrefix("n") ? "nl" : "en"
            chunk += [row[0], row[1], row[2], language, row[4], row[5]].joined(separator: "\t") + "\n"
            if chunk.utf8.count > 1 << 20 {
                try handle.write(contentsOf: Data(chunk.utf8))
                chunk = ""
            }
        }
        try handle.write(contentsOf: Data(chunk.utf8))
    }
}
