import AdvocacyCore

/// The names of languages as each catalogue language writes them, for the note beside a text
/// shown in another language ("(in het Frans)"). A table rather than the system's locale
/// data, so that every build prints the same words on every platform, like ``PaperDate``.
enum PaperLanguageNames {
    /// The name of `language` as `reader` writes it; its English name when the table has none
    /// in `reader`, and its code when it has none at all.
    static func name(of language: LanguageCode, in reader: LanguageCode) -> String {
        names[reader.code]?[language.code] ?? names["en"]?[language.code] ?? language.code
    }

    private static let names: [String: [String: String]] = [
        "fr": ["fr": "français", "nl": "néerlandais", "en": "anglais", "de": "allemand", "es": "espagnol", "it": "italien", "pt": "portugais"],
        "nl": ["fr": "Frans", "nl": "Nederlands", "en": "Engels", "de": "Duits", "es": "Spaans", "it": "Italiaans", "pt": "Portugees"],
        "en": ["fr": "French", "nl": "Dutch", "en": "English", "de": "German", "es": "Spanish", "it": "Italian", "pt": "Portuguese"],
        "de": ["fr": "Französisch", "nl": "Niederländisch", "en": "Englisch", "de": "Deutsch", "es": "Spanisch", "it": "Italienisch", "pt": "Portugiesisch"],
        "es": ["fr": "francés", "nl": "neerlandés", "en": "inglés", "de": "alemán", "es": "español", "it": "italiano", "pt": "portugués"],
        "it": ["fr": "francese", "nl": "olandese", "en": "inglese", "de": "tedesco", "es": "spagnolo", "it": "italiano", "pt": "portoghese"],
        "pt": ["fr": "francês", "nl": "neerlandês", "en": "inglês", "de": "alemão", "es": "espanhol", "it": "italiano", "pt": "português"],
    ]
}
