/// What the Markdown of generated campaigns is made of: sentences, headings, list items and links
/// about decent work, in French, Dutch and English.
///
/// The texts keep each language's typography — accents, ’ and « », the non-breaking spaces
/// (`\u{A0}`) French puts before `:`, `;`, `?` and `!` — and some hold what YAML must quote or
/// escape: `: `, ` #`, `"` and `'`.
enum Phrasebook {
    static let sentences = [
        Trilingual(
            "Les revenus des travailleurs autonomes sont irréguliers et leurs missions souvent courtes.",
            "Het inkomen van zelfstandige werkers is onregelmatig en hun opdrachten zijn vaak kort.",
            "The incomes of independent workers are irregular and their assignments often short."),
        Trilingual(
            "En période d’inflation, faire valoir un juste prix devient plus difficile encore.",
            "In tijden van inflatie wordt het nog moeilijker om een eerlijke prijs te krijgen.",
            "In times of inflation, obtaining a fair price becomes harder still."),
        Trilingual(
            "La protection sociale reste largement pensée pour des carrières linéaires.",
            "De sociale bescherming is nog grotendeels ontworpen voor lineaire loopbanen.",
            "Social protection is still largely designed for linear careers."),
        Trilingual(
            "Smart, coopérative de près de 35\u{A0}000 membres, place le travail décent au cœur de sa mission.",
            "Smart, een coöperatie van bijna 35.000 leden, plaatst waardig werk centraal in haar missie.",
            "Smart, a cooperative of almost 35,000 members, puts decent work at the heart of its mission."),
        Trilingual(
            "Nous demandons au gouvernement fédéral d’agir sans attendre\u{A0}: chaque mois compte.",
            "We vragen de federale regering om meteen te handelen: elke maand telt.",
            "We ask the federal government to act without delay: every month counts."),
        Trilingual(
            "Les élu·es européens ont adopté en 2024 une directive qui change la donne.",
            "De Europese verkozenen keurden in 2024 een richtlijn goed die alles verandert.",
            "European representatives adopted a directive in 2024 that changes the game."),
        Trilingual(
            "Ce n'est pas une faveur\u{A0}; c'est une question de justice.",
            "Dit is geen gunst; het is een kwestie van rechtvaardigheid.",
            "This is not a favour; it's a matter of justice."),
        Trilingual(
            "Les artistes, techniciennes et techniciens enchaînent les contrats de très courte durée.",
            "Kunstenaars en technici rijgen zeer korte contracten aan elkaar.",
            "Artists and technicians string together very short contracts."),
        Trilingual(
            "Qui reçoit une facture payée à 90\u{A0}jours finance, de fait, son propre client.",
            "Wie pas na 90 dagen betaald wordt, financiert in feite de eigen klant.",
            "Whoever is paid after 90 days is, in effect, financing their own client."),
        Trilingual(
            "La Belgique peut montrer l’exemple, comme elle l’a fait avec la loi de 2022 sur le travail des arts.",
            "België kan het voorbeeld geven, zoals met de wet van 2022 op het kunstwerk.",
            "Belgium can lead by example, as it did with the 2022 law on arts work."),
        Trilingual(
            "Les idées ne manquent pas\u{A0}; il s’agit maintenant de les mettre en œuvre pleinement.",
            "Aan ideeën geen gebrek; nu komt het erop aan ze volledig uit te voeren.",
            "There is no shortage of ideas; now they must be fully implemented."),
        Trilingual(
            "«\u{A0}Travailler autrement\u{A0}» ne doit pas vouloir dire «\u{A0}travailler sans droits\u{A0}».",
            "\"Anders werken\" mag niet \"werken zonder rechten\" betekenen.",
            "\"Working differently\" must not mean \"working without rights\"."),
        Trilingual(
            "Une coopérative n’est pas un intermédiaire\u{A0}: c’est une entreprise que ses membres partagent.",
            "Een coöperatie is geen tussenpersoon: het is een onderneming die haar leden delen.",
            "A cooperative is not a middleman: it is an enterprise its members share."),
        Trilingual(
            "Les données de l’ONSS montrent une hausse de 12\u{A0}% des activités complémentaires.",
            "De RSZ-cijfers tonen een stijging van 12% van de bijberoepen.",
            "Social security figures show a 12% rise in side activities."),
        Trilingual(
            "Ça ne coûte presque rien à l’État, et ça change tout pour celles et ceux qui créent.",
            "Het kost de staat bijna niets, en het verandert alles voor wie creëert.",
            "It costs the state almost nothing, and it changes everything for those who create."),
        Trilingual(
            "La recommandation du Conseil de 2019 invite déjà les États membres à combler ces lacunes.",
            "De aanbeveling van de Raad van 2019 vraagt de lidstaten al om die leemten te dichten.",
            "The 2019 Council Recommendation already invites member states to close these gaps."),
        Trilingual(
            "Nos membres ont été consultés lors de trois assemblées régionales, à Bruxelles, Liège et Gand.",
            "Onze leden werden geraadpleegd tijdens drie regionale vergaderingen, in Brussel, Luik en Gent.",
            "Our members were consulted at three regional meetings, in Brussels, Liège and Ghent."),
        Trilingual(
            "Partagez la campagne avec #TravailDécent et #SmartCoop.",
            "Deel de campagne met #WaardigWerk en #SmartCoop.",
            "Share the campaign with #DecentWork and #SmartCoop."),
        Trilingual(
            "On aurait tort d’être naïf\u{A0}: le marché ne corrigera pas seul ces déséquilibres.",
            "We mogen niet naïef zijn: de markt corrigeert die onevenwichten niet vanzelf.",
            "We should not be naïve: the market will not correct these imbalances by itself."),
        Trilingual(
            "Une réforme réussie se mesure à la sécurité qu’elle apporte, pas au nombre de formulaires.",
            "Een geslaagde hervorming meet je aan de zekerheid die ze brengt, niet aan het aantal formulieren.",
            "A successful reform is measured by the security it brings, not by the number of forms."),
        Trilingual(
            "Les finances publiques y gagneraient aussi\u{A0}: moins de précarité, c’est moins d’aides d’urgence.",
            "Ook de overheidsfinanciën winnen erbij: minder bestaansonzekerheid betekent minder noodhulp.",
            "Public finances would gain too: less precarity means less emergency aid."),
        Trilingual(
            "Cette mesure a été adoptée par l’assemblée générale à une très large majorité.",
            "Deze maatregel werd door de algemene vergadering met een zeer ruime meerderheid goedgekeurd.",
            "This measure was adopted by the general assembly by a very large majority."),
        Trilingual(
            "Il est temps de reconnaître la réalité\u{A0}: beaucoup de gens cumulent plusieurs statuts.",
            "Het is tijd om de werkelijkheid te erkennen: velen combineren meerdere statuten.",
            "It is time to recognise reality: many people combine several statuses."),
        Trilingual(
            "Le prix d’une journée de tournage, d’un concert ou d’une traduction doit refléter le travail réel, répétitions comprises.",
            "De prijs van een draaidag, een concert of een vertaling moet het werkelijke werk weerspiegelen, repetities inbegrepen.",
            "The price of a shooting day, a concert or a translation must reflect the real work, rehearsals included."),
    ]

    static let headings = [
        Trilingual("Pourquoi maintenant\u{A0}?", "Waarom nu?", "Why now?"),
        Trilingual("Ce que nous demandons", "Wat we vragen", "What we ask"),
        Trilingual("En pratique", "In de praktijk", "In practice"),
        Trilingual("Les chiffres", "De cijfers", "The figures"),
    ]

    static let listItems = [
        Trilingual(
            "un tarif de référence publié chaque année",
            "een referentietarief dat elk jaar wordt gepubliceerd",
            "a reference rate published every year"),
        Trilingual("l’indexation automatique des tarifs", "automatische indexering van de tarieven", "automatic indexation of rates"),
        Trilingual(
            "un délai de paiement de 30\u{A0}jours au plus", "een betalingstermijn van hoogstens 30 dagen",
            "a payment term of 30 days at most"),
        Trilingual("des droits ouverts dès le premier contrat", "rechten vanaf het eerste contract", "rights from the first contract"),
        Trilingual(
            "un guichet unique, en français, en néerlandais et en allemand",
            "één loket, in het Frans, het Nederlands en het Duits",
            "a single desk, in French, Dutch and German"),
        Trilingual(
            "la prise en compte des répétitions et de la préparation",
            "rekening houden met repetities en voorbereiding",
            "counting rehearsals and preparation"),
        Trilingual("**une évaluation publique** après deux ans", "**een openbare evaluatie** na twee jaar", "**a public evaluation** after two years"),
        Trilingual("des congés de maladie _dès le premier jour_", "ziekteverlof _vanaf de eerste dag_", "sick leave _from the first day_"),
    ]

    static let links = [
        link(
            "https://www.ilo.org/resource/record-proceedings/ilc/110/resolution-concerning-decent-work-and-social-and",
            "la résolution de l’OIT", "de IAO-resolutie", "the ILO resolution"),
        link("https://eur-lex.europa.eu/eli/dir/2024/2831/oj", "la directive (UE) 2024/2831", "richtlijn (EU) 2024/2831", "Directive (EU) 2024/2831"),
        link("https://smartbe.be/fr/etudes/?page=2&lang=fr#resultats", "notre étude", "onze studie", "our study"),
        link(
            "https://www.unesco.org/en/legal-affairs/recommendation-concerning-status-artist",
            "la Recommandation de l’UNESCO", "de Unesco-aanbeveling", "the UNESCO Recommendation"),
    ]

    /// A sentence pointing to `url` through a Markdown link.
    private static func link(_ url: String, _ fr: String, _ nl: String, _ en: String) -> Trilingual {
        Trilingual("Voir [\(fr)](\(url)).", "Zie [\(nl)](\(url)).", "See [\(en)](\(url)).")
    }
}
