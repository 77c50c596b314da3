/// The shape of one Markdown text, drawn once and shared by its translations so that they match:
/// paragraphs, headings, lists, links, and a letter's opening and closing.
struct MarkdownBody {
    /// One block of the text; the numbers index ``Phrasebook``'s lists.
    enum Block {
        case paragraph(sentences: [Int])
        case heading(Int)
        case list(items: [Int], ordered: Bool)
        case link(Int)
        case letterOpening
        case letterClosing

        /// Whether the block is running text, whose lines may be broken anywhere between words.
        var isProse: Bool {
            switch self {
            case .paragraph, .link: true
            case .heading, .list, .letterOpening, .letterClosing: false
            }
        }
    }

    /// One block in one language.
    struct Rendered {
        let text: String
        let isProse: Bool
    }

    let blocks: [Block]

    /// Whether every block is running text: only then may the text be folded (`>`).
    var isProse: Bool { blocks.allSatisfy(\.isProse) }

    /// The blocks in `language`, in order.
    func rendered(in language: Language) -> [Rendered] {
        blocks.map { block in
            let text = switch block {
            case .paragraph(let sentences): sentences.map { Phrasebook.sentences[$0][language] }.joined(separator: " ")
            case .heading(let heading): "### " + Phrasebook.headings[heading][language]
            case .list(let items, let ordered):
                items.enumerated()
                    .map { (ordered ? "\($0 + 1). " : "- ") + Phrasebook.listItems[$1][language] }
                    .joined(separator: "\n")
            case .link(let link): Phrasebook.links[link][language]
            case .letterOpening: Phrasebook.letterOpening[language]
            case .letterClosing: Phrasebook.letterClosing[language]
            }
            return Rendered(text: text, isProse: block.isProse)
        }
    }
}

extension MarkdownBody {
    /// A summary: one or two paragraphs.
    static func summary(using random: inout SplitMix64) -> MarkdownBody {
        MarkdownBody(blocks: (0...random.below(2)).map { _ in paragraph(using: &random) })
    }

    /// A demand's reasoning or a campaign's context: a paragraph, then up to three more blocks.
    static func argument(using random: inout SplitMix64) -> MarkdownBody {
        var blocks = [paragraph(using: &random)]
        for _ in 0..<random.below(4) {
            switch random.below(20) {
            case 0..<10: blocks.append(paragraph(using: &random))
            case 10..<14: blocks.append(list(using: &random))
            case 14..<17: blocks += [.heading(random.below(Phrasebook.headings.count)), paragraph(using: &random)]
            default: blocks.append(.link(random.below(Phrasebook.links.count)))
            }
        }
        return MarkdownBody(blocks: blocks)
    }

    /// A mailing: an opening, an argument, and a closing.
    static func letter(using random: inout SplitMix64) -> MarkdownBody {
        MarkdownBody(blocks: [.letterOpening] + argument(using: &random).blocks + [.letterClosing])
    }

    private static func paragraph(using random: inout SplitMix64) -> Block {
        .paragraph(sentences: random.distinct(1 + random.below(4), below: Phrasebook.sentences.count))
    }

    private static func list(using random: inout SplitMix64) -> Block {
        .list(items: random.distinct(2 + random.below(4), below: Phrasebook.listItems.count), ordered: random.chance(30))
    }
}
