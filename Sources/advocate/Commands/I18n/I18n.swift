import ArgumentParser

/// `advocate i18n …`: translation state, and the files translators work in.
struct I18n: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "i18n",
        abstract: "Translation state, and exchange files (PO, XLIFF) for translators.",
        discussion: "Examples:\n  advocate i18n status decent-work\n  advocate i18n export decent-work --lang nl --format po --all -o nl.po\n  advocate i18n import nl.po --lang nl",
        subcommands: [I18nStatus.self, I18nExport.self, I18nImport.self, I18nReview.self]
    )
}
