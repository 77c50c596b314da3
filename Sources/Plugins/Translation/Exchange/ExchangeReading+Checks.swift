public import AdvocacyCore

extension ExchangeReading {
    /// The reasons this file cannot be imported into `campaign`'s translations from
    /// `sourceLanguage` into `targetLanguage`: it was made for another campaign or language, or a
    /// translation to be used (translated or reviewed) has a broken placeholder (pointed at to
    /// its column), or has not exactly its source's placeholders. Each points at the place in the file. Empty when the file was not read.
    public func problems(importingInto campaign: String, from sourceLanguage: LanguageCode, to targetLanguage: LanguageCode) -> [Diagnostic] {
        guard let document else { return [] }
        var problems: [Diagnostic] = []
        if document.campaign != campaign {
            problems.append(.error("this file holds the texts of the campaign '\(document.campaign)', not of '\(campaign)'; import it into its own campaign", at: locations.campaign))
        }
        if document.sourceLanguage != sourceLanguage {
            problems.append(.error("this file was translated from \(document.sourceLanguage.displayName), but the campaign is written in \(sourceLanguage.displayName); export the texts again", at: locations.sourceLanguage))
        }
        if document.targetLanguage != targetLanguage {
            problems.append(.error("this file is a translation into \(document.targetLanguage.displayName), not \(targetLanguage.displayName); import it for \(document.targetLanguage.code)", at: locations.targetLanguage))
        }
        for unit in document.units {
            guard unit.state == .translated || unit.state == .reviewed, let target = unit.target else { continue }
            let location = locations.translations[unit.key] ?? locations.campaign
            let broken = PlaceholderScan(target).problems
            for problem in broken {
                let place = locations.translationTexts[unit.key]?.location(ofOffset: problem.offset) ?? location
                problems.append(.error("the translation of '\(unit.key)': \(problem.message)", at: place))
            }
            guard broken.isEmpty, let difference = PlaceholderDifference(source: unit.source, translation: target) else { continue }
            problems.append(.error(difference.message(forKey: unit.key), at: location))
        }
        return problems
    }
}
