import AdvocacyCore

extension PositionPaper {
    /// The paper as Markdown: title, date, summary, context, the demands with the sources each
    /// cites, and the list of sources. Titles are one line (``TextKind/line``), so each
    /// heading is one line.
    func markdown(listingSources: Bool, numberingDemands: Bool) -> String {
        var blocks: [String] = ["# \(Self.escaped(title.text))"]
        if let date { blocks.append(Self.escaped(date)) }
        blocks.append("## \(labels.summary)\n\n\(summary.text)")
        if let context, !context.text.isEmpty {
            blocks.append("## \(labels.context)\n\n\(context.text)")
        }
        blocks.append("## \(labels.demands)")
        for demand in demands {
            let number = numberingDemands ? "\(demand.number). " : ""
            var block = "### \(number)\(Self.escaped(demand.title.text))\n\n\(demand.body.text)"
            if !demand.citations.isEmpty {
                let references = demand.citations.map { "[\($0)]" }.joined(separator: ", ")
                block += "\n\n*\(labels.citedSources) \(references)*"
            }
            blocks.append(block)
        }
        if listingSources, !references.isEmpty {
            let items = references.map { "\($0.number). \(Self.citation($0.source))" }
            blocks.append("## \(labels.sources)\n\n" + items.joined(separator: "\n"))
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// Publisher, *title*, year, and the link: the form the list of sources uses. The link is
    /// an autolink, percent-encoded so that nothing in it can end it early.
    static func citation(_ source: Source) -> String {
        var text = "\(escaped(source.publisher.value)), *\(escaped(source.title.value))*, \(source.year.value)."
        if let url = source.url?.value { text += " <\(WebAddress.percentEncoded(url))>" }
        return text
    }

    /// Text shown as written, not read as Markdown emphasis, links or HTML.
    static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            if "\\`*_[]<>#|".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }
}
