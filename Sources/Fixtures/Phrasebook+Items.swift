extension Phrasebook {
    /// What a demand is about: the stem of its id and its title.
    struct Topic: Sendable {
        let slug: String
        let title: Trilingual
    }

    /// A published document a demand can cite. Its title and publisher are not translated.
    struct Document: Sendable {
        let slug: String
        let title: String
        let publisher: String
        let year: Int
        let url: String?
    }

    /// People a mailing can go to.
    struct Group: Sendable {
        let slug: String
        let title: Trilingual
        let description: Trilingual
    }

    /// Why a mailing is sent: the stem of its id and its subject.
    struct Occasion: Sendable {
        let slug: String
        let subject: Trilingual
    }

    static let campaignTitle = Trilingual(
        "Campagne générée pour les essais et les mesures de performance",
        "Gegenereerde campagne voor tests en prestatiemetingen",
        "Generated campaign for tests and benchmarks")

    static let topics = [
        Topic(slug: "fair-price", title: Trilingual(
            "Un juste prix pour chaque prestation", "Een eerlijke prijs voor elke prestatie", "A fair price for every service")),
        Topic(slug: "social-protection", title: Trilingual(
            "Une protection sociale sans trous", "Sociale bescherming zonder gaten", "Social protection without gaps")),
        Topic(slug: "platform-work", title: Trilingual(
            "Transposer la directive «\u{A0}travail de plateforme\u{A0}» avec ambition",
            "De platformrichtlijn ambitieus omzetten", "Transpose the platform work directive with ambition")),
        Topic(slug: "shared-enterprise", title: Trilingual(
            "Reconnaître l’entreprise partagée", "De gedeelde onderneming erkennen", "Recognise the \"shared enterprise\"")),
        Topic(slug: "collective-bargaining", title: Trilingual(
            "Le droit de négocier collectivement, même pour les indépendants",
            "Collectief onderhandelen, ook voor zelfstandigen", "Collective bargaining, for the self-employed too")),
        Topic(slug: "late-payment", title: Trilingual(
            "Des paiements à 30\u{A0}jours, pas à 90", "Betaling binnen 30 dagen, niet 90", "Payment in 30 days, not 90")),
        Topic(slug: "sick-pay", title: Trilingual(
            "Des congés de maladie dès le premier jour", "Ziekte-uitkering vanaf de eerste dag", "Sick pay from the first day")),
        Topic(slug: "equality", title: Trilingual(
            "Œuvrer pour l’égalité entre femmes et hommes dans les arts",
            "Gelijkheid tussen vrouwen en mannen in de kunsten", "Equality between women and men in the arts")),
        Topic(slug: "one-desk", title: Trilingual(
            "Simplifier l'accès aux droits\u{A0}: un guichet unique",
            "Eenvoudiger toegang tot rechten: één loket", "Simpler access to rights: a single desk")),
    ]

    static let documents = [
        Document(
            slug: "ilo", title: "Resolution concerning decent work and the social and solidarity economy",
            publisher: "International Labour Conference, 110th Session", year: 2022,
            url: "https://www.ilo.org/resource/record-proceedings/ilc/110/resolution-concerning-decent-work-and-social-and"),
        Document(
            slug: "council",
            title: "Council Recommendation of 8 November 2019 on access to social protection for workers and the self-employed",
            publisher: "Council of the European Union", year: 2019,
            url: "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32019H1115(01)"),
        Document(
            slug: "unesco", title: "Recommendation concerning the Status of the Artist", publisher: "UNESCO", year: 1980,
            url: "https://www.unesco.org/en/legal-affairs/recommendation-concerning-status-artist"),
        Document(
            slug: "moniteur",
            title: "Loi portant création de la Commission du travail des arts et améliorant la protection sociale des travailleurs des arts",
            publisher: "Moniteur belge", year: 2022, url: "https://www.ejustice.just.fgov.be/eli/loi/2022/12/16/2022034279/justel"),
        Document(
            slug: "smart", title: "Le travail autonome en Belgique : état des lieux", publisher: "Smart Coop", year: 2023, url: nil),
        Document(
            slug: "ser", title: "Advies over de positie van zelfstandigen zonder personeel", publisher: "Sociaal-Economische Raad",
            year: 2020, url: nil),
        Document(
            slug: "plan", title: "L’impact de l’inflation sur les revenus des indépendant·es", publisher: "Bureau fédéral du Plan",
            year: 2023, url: "https://www.plan.be/publications?lang=fr&page=3"),
        Document(
            slug: "eurofound", title: "Self-employment in the EU: job quality and developments in social protection",
            publisher: "Eurofound", year: 2024, url: "https://www.eurofound.europa.eu/en/publications/2024/self-employment-eu"),
    ]

    static let audiences = [
        Group(
            slug: "federal-mps",
            title: Trilingual("Députés fédéraux", "Federale volksvertegenwoordigers", "Federal MPs"),
            description: Trilingual(
                "Les membres de la Chambre des représentants", "De leden van de Kamer van volksvertegenwoordigers",
                "Members of the Chamber of Representatives")),
        Group(
            slug: "meps",
            title: Trilingual("Eurodéputé·es belges", "Belgische Europarlementsleden", "Belgian MEPs"),
            description: Trilingual(
                "Les 22 élu·es belges au Parlement européen", "De 22 Belgische leden van het Europees Parlement",
                "The 22 Belgian members of the European Parliament")),
        Group(
            slug: "journalists",
            title: Trilingual("Journalistes", "Journalisten", "Journalists"),
            description: Trilingual(
                "Presse écrite, radio et télévision, en français et en néerlandais", "Geschreven pers, radio en televisie",
                "Print, radio and television")),
        Group(
            slug: "regions",
            title: Trilingual(
                "Gouvernements régionaux (Wallonie, Bruxelles, Flandre)", "Gewestregeringen (Wallonië, Brussel, Vlaanderen)",
                "Regional governments (Wallonia, Brussels, Flanders)"),
            description: Trilingual(
                "Ministres de l’Emploi et de l’Économie", "Ministers van Werk en Economie", "Ministers for work and the economy")),
        Group(
            slug: "members",
            title: Trilingual("Membres de Smart", "Leden van Smart", "Smart members"),
            description: Trilingual(
                "Celles et ceux qui partagent l’entreprise", "Wie de onderneming deelt", "Everyone who shares the enterprise")),
    ]

    static let occasions = [
        Occasion(slug: "launch", subject: Trilingual(
            "📣 Lancement de la campagne «\u{A0}Travail décent\u{A0}»", "📣 Lancering van de campagne \"Waardig werk\"",
            "📣 Launch of the \"Decent work\" campaign")),
        Occasion(slug: "reminder", subject: Trilingual(
            "Rappel\u{A0}: nos demandes", "Herinnering: onze vragen", "Reminder: our demands")),
        Occasion(slug: "meeting", subject: Trilingual(
            "Invitation à une rencontre le 12\u{A0}mars", "Uitnodiging voor een ontmoeting op 12 maart",
            "Invitation to a meeting on 12 March")),
        Occasion(slug: "thanks", subject: Trilingual(
            "Merci pour votre soutien\u{A0}!", "Bedankt voor uw steun!", "Thank you for your support!")),
        Occasion(slug: "results", subject: Trilingual(
            "Premiers résultats de la consultation", "Eerste resultaten van de raadpleging", "First results of the consultation")),
    ]

    static let letterOpening = Trilingual("Madame, Monsieur,", "Geachte mevrouw, geachte heer,", "Dear Sir or Madam,")

    static let letterClosing = Trilingual(
        "Bien cordialement,\nL’équipe plaidoyer de Smart", "Met vriendelijke groeten,\nHet pleitbezorgingsteam van Smart",
        "Kind regards,\nThe Smart advocacy team")
}
