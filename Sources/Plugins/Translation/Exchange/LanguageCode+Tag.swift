import AdvocacyCore

extension LanguageCode {
    /// The language of a tag as translation tools write it: `fr`, `fr_BE`, `nl-BE`, `de@formal`;
    /// the region or variant is dropped, since advocate's languages have none.
    init?(tag: String) {
        let language = tag.prefix { $0 != "_" && $0 != "-" && $0 != "@" && $0 != "." }
        self.init(language.lowercased())
    }
}
