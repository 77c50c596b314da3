import AdvocacyCore

/// Reads a gettext PO file strictly into entries, reporting every problem with its place.
///
/// It reads what gettext's own tools write: comments, flags, previous strings (`#|`), obsolete
/// entries (`#~`, skipped), all of C's escapes. It refuses what advocate never writes and could
/// not merge: plural forms, entries without `msgctxt`, and anything gettext would refuse too.
struct POReader {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []
    /// The complete entries without problems, in file order.
    private(set) var entries: [POEntry] = []
    private var entry = POEntry()
    /// Where a continuation string goes, for ordinary lines and for `#|` lines.
    private var slot: POEntry.Slot?
    private var previousSlot: POEntry.Slot?

    /// Reads `bytes`; `file` names it in diagnostics.
    static func read(_ bytes: [UInt8], file: String) -> ExchangeReading {
        let lines: [[Unicode.Scalar]]
        switch ExchangeText.lines(of: bytes, file: file) {
        case .lines(let decoded): lines = decoded
        case .unreadable(let problem):
            return ExchangeReading(document: nil, diagnostics: [problem], locations: ExchangeLocations(file: file))
        }
        var reader = POReader(file: file)
        for (index, line) in lines.enumerated() where reader.diagnostics.count < ExchangeReading.maximumProblems {
            reader.consume(line, number: index + 1)
        }
        reader.finishEntry()
        return reader.document()
    }

    /// Adds a problem, unless there are already too many.
    mutating func report(_ message: String, at location: SourceLocation, notes: [Diagnostic.Note] = []) {
        guard diagnostics.count < ExchangeReading.maximumProblems else { return }
        diagnostics.append(.error(message, at: location, notes: notes))
    }

    /// The location of a 0-based offset in a line.
    func location(line: Int, offset: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: offset + 1)
    }

    private mutating func consume(_ scalars: [Unicode.Scalar], number: Int) {
        let line: POLine
        do {
            line = try POLine.read(scalars)
        } catch {
            report(error.message, at: location(line: number, offset: error.offset))
            entry.isBroken = true
            (slot, previousSlot) = (nil, nil)
            return
        }
        switch line {
        case .blank:
            break
        case .continuation(let literal, let offset):
            continuation(literal, at: location(line: number, offset: offset), slot: slot)
        case .keyword(let keyword, let keywordOffset, let literal, let stringOffset):
            self.keyword(
                keyword, at: location(line: number, offset: keywordOffset),
                literal, quote: location(line: number, offset: stringOffset))
        case .extractedComment, .flags, .previous, .references, .otherComment:
            if entry.hasKeywords { finishEntry() }
            slot = nil
            comment(line, number: number)
        }
    }

    private mutating func comment(_ line: POLine, number: Int) {
        switch line {
        case .extractedComment(let text):
            entry.notes.append(text)
            previousSlot = nil
        case .references(let references):
            entry.references += references
            previousSlot = nil
        case .flags(let flags):
            entry.isFuzzy = entry.isFuzzy || flags.contains("fuzzy")
            previousSlot = nil
        case .previous(.keyword(let keyword, let keywordOffset, let literal, let stringOffset)):
            previousSlot = keyword == .msgid ? .previousSource : .ignored
            if keyword == .msgid {
                entry.previousSource = POEntry.Field(
                    keyword: location(line: number, offset: keywordOffset), literal,
                    at: location(line: number, offset: stringOffset))
            }
        case .previous(.continuation(let literal, let offset)):
            continuation(literal, at: location(line: number, offset: offset), slot: previousSlot)
        default:
            previousSlot = nil
        }
    }

    private mutating func continuation(_ literal: POStringLiteral, at quote: SourceLocation, slot: POEntry.Slot?) {
        guard let slot else {
            report("this string follows no keyword; start it with msgctxt, msgid or msgstr", at: quote)
            entry.isBroken = true
            return
        }
        entry[slot]?.append(literal, at: quote)
    }

    private mutating func keyword(_ keyword: POLine.Keyword, at location: SourceLocation, _ literal: POStringLiteral, quote: SourceLocation) {
        previousSlot = nil
        let field = POEntry.Field(keyword: location, literal, at: quote)
        switch keyword {
        case .msgctxt:
            if entry.hasKeywords { finishEntry() }
            entry.context = field
            slot = .context
        case .msgid:
            if entry.source != nil || entry.target != nil { finishEntry() }
            entry.source = field
            slot = .source
        case .msgstr:
            if entry.target != nil { finishEntry() }
            if entry.source == nil, !entry.isBroken {
                report("this msgstr has no msgid before it; each translation follows the msgid it translates", at: location)
                entry.isBroken = true
            }
            entry.target = field
            slot = .target
        case .plural(let name):
            if !entry.isBroken {
                report("plural forms (\(name)) are not supported: advocate's texts have none; translate the entry with a single msgstr", at: location)
            }
            entry.isBroken = true
            slot = .ignored
        }
    }

    /// Closes the entry being read: keeps it when complete, reports what it lacks otherwise.
    mutating func finishEntry() {
        defer {
            entry = POEntry()
            (slot, previousSlot) = (nil, nil)
        }
        guard !entry.isBroken, entry.context != nil || entry.source != nil || entry.target != nil else { return }
        guard let source = entry.source else {
            if let context = entry.context {
                report("this msgctxt has no msgid after it; an entry is msgctxt, msgid and msgstr", at: context.location)
            }
            return
        }
        guard entry.target != nil else {
            report("this entry has a msgid but no msgstr; add msgstr \"\" after it", at: source.location)
            return
        }
        entries.append(entry)
    }
}
