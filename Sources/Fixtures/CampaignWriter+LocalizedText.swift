extension CampaignWriter {
    /// How one language's Markdown is written.
    private enum BlockStyle: CaseIterable {
        case literal, literalStripped, folded, doubleQuoted, plain
    }

    /// Writes `key:` and a one-line text in every language: as a flow mapping when short, or as
    /// a block mapping whose values are plain, single- or double-quoted.
    mutating func localizedLine(_ key: String, _ text: Trilingual, indent: Int) {
        let length = Language.allCases.reduce(0) { $0 + text[$1].utf8.count }
        if length < 90, random.chance(60) {
            let values = Language.allCases.map { "\($0.rawValue): \(scalar(text[$0], inFlow: true))" }
            line(indent, "\(key): { \(values.joined(separator: ", ")) }")
        } else {
            line(indent, key + ":")
            for language in Language.allCases {
                line(indent + 2, "\(language.rawValue): \(scalar(text[language], inFlow: false))")
            }
        }
    }

    /// Writes `key:` and a Markdown text in every language: mostly as literal blocks (`|`), the
    /// way people write them, else folded (`>`), double-quoted or plain, a style per language.
    mutating func localizedMarkdown(_ key: String, _ body: MarkdownBody, indent: Int) {
        line(indent, key + ":")
        let roll = random.below(100)
        for language in Language.allCases {
            let rendered = body.rendered(in: language)
            let style: BlockStyle = switch roll {
            case 0..<60: .literal
            case 60..<75: body.isProse ? .folded : .literal
            default: random.pick(styles(for: rendered))
            }
            write(rendered, language: language, style: style, indent: indent + 2)
        }
    }

    /// A one-line text as a plain scalar when that reads back unchanged, else quoted.
    mutating func scalar(_ text: String, inFlow: Bool) -> String {
        let roll = random.below(100)
        if roll < 60, YAMLScalars.isPlain(text, inFlow: inFlow) { return text }
        if roll < 80 { return YAMLScalars.singleQuoted(text) }
        return YAMLScalars.doubleQuoted(text, escapingNonASCII: random.chance(50))
    }

    /// The styles that can carry `rendered`: folding would join a list's lines, and a plain
    /// scalar holds one paragraph without YAML's indicators.
    private func styles(for rendered: [MarkdownBody.Rendered]) -> [BlockStyle] {
        BlockStyle.allCases.filter { style in
            switch style {
            case .literal, .literalStripped, .doubleQuoted: true
            case .folded: rendered.allSatisfy(\.isProse)
            case .plain: rendered.count == 1 && rendered[0].isProse && YAMLScalars.isPlain(rendered[0].text, inFlow: false)
            }
        }
    }

    /// Writes one language's blocks under its language key, in `style`.
    private mutating func write(_ rendered: [MarkdownBody.Rendered], language: Language, style: BlockStyle, indent: Int) {
        let key = language.rawValue + ": "
        switch style {
        case .literal, .literalStripped, .folded:
            let indicator = style == .folded ? ">" : style == .literal ? "|" : "|-"
            line(indent, key + indicator + (random.chance(3) ? "  # \(language.rawValue) text" : ""))
            for (index, block) in rendered.enumerated() {
                if index > 0 { blankLine() }
                if block.isProse {
                    wrappedLine(indent + 2, "", block.text, continuation: indent + 2)
                } else {
                    for text in block.text.split(separator: "\n") { line(indent + 2, String(text)) }
                }
            }
        case .doubleQuoted:
            let text = rendered.map(\.text).joined(separator: "\n\n")
            let quoted = YAMLScalars.doubleQuoted(text, escapingNonASCII: random.chance(50))
            wrappedLine(indent, key, quoted, continuation: indent + 2)
        case .plain:
            wrappedLine(indent, key, rendered[0].text, continuation: indent + 2)
        }
    }
}
