import AdvocacyCore

/// What ends every message in one language: the partner's name, postal address and legal
/// mentions, the paper's address when the mailing links it, and the unsubscribe link, as
/// plain text and as HTML. The partner's texts are escaped here; the links are slots
/// (`{{fr.unsubscribe.url}}`) filled per recipient.
struct MailingFooter {
    let text: String
    let html: String

    /// The footer in `language` of a partner whose identity in that language is `identity`.
    init(language: LanguageCode, identity: PartnerIdentity?, linksPaper: Bool) {
        let labels = Self.labels[language.code] ?? Self.labels["en"]!
        let slot = { (name: String) in "{{\(language.code).\(name)}}" }
        var lines: [String] = []
        if let identity {
            // An address often starts with the name already.
            if identity.address.lines.first != identity.name.text { lines.append(identity.name.text) }
            lines += identity.address.lines
            lines += identity.legal?.lines ?? []
        }
        var text = "-- \n" + lines.map { $0 + "\n" }.joined()
        var html = "<footer>\n<p>" + lines.map(Self.escaped).joined(separator: "<br>\n") + "</p>\n"
        if linksPaper {
            text += "\(labels.paper): \(slot("paper.url"))\n"
            html += "<p><a href=\"\(slot("paper.url"))\">\(Self.escaped(labels.paper))</a></p>\n"
        }
        text += "\(labels.unsubscribe): \(slot("unsubscribe.url"))\n"
        html += "<p><a href=\"\(slot("unsubscribe.url"))\">\(Self.escaped(labels.unsubscribe))</a></p>\n</footer>\n"
        self.text = text
        self.html = html
    }

    /// `text` with `&`, `<`, `>`, `"` and `'` as character references.
    static func escaped(_ text: String) -> String {
        var bytes: [UInt8] = []
        HTMLEscaping.append(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The footer's words per language: the paper link's and the unsubscribe link's.
    private static let labels: [String: (paper: String, unsubscribe: String)] = [
        "fr": ("Notre document de position", "Se désinscrire"),
        "nl": ("Ons standpunt", "Uitschrijven"),
        "en": ("Our position paper", "Unsubscribe"),
        "de": ("Unser Positionspapier", "Abmelden"),
        "it": ("Il nostro documento di posizione", "Annulla l'iscrizione"),
        "es": ("Nuestro documento de posición", "Darse de baja"),
        "pt": ("O nosso documento de posição", "Cancelar a subscrição"),
    ]
}
