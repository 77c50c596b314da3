import AdvocacyCore
import Foundation
import Mustache

/// A Mustache layout for position papers: the default one, or a campaign's or partner's own
/// file, checked before use so that a tag naming an unknown field or inserting a plain field
/// unescaped, and markup or CSS that would reach outside the build (``LayoutMarkupCheck``), is
/// reported at the layout's file:line:column.
struct PaperLayout {
    /// Where the layout came from, for messages.
    let file: String
    private let template: MustacheTemplate

    /// The layout that ships with advocate.
    static let standard: PaperLayout = {
        do {
            return try PaperLayout(text: defaultText, file: "position-paper.html.mustache (built in)")
        } catch {
            fatalError("the built-in position-paper layout is broken: \(error)")
        }
    }()

    /// Reads and checks the layout at `path`, relative to the project root.
    static func load(_ path: String, in project: Project, declaredAt location: SourceLocation?) throws(AdvocateError) -> PaperLayout {
        let url: URL
        switch project.containedFile(path, what: "the layout") {
        case .failure(let error):
            throw AdvocateError(.invalidInput, error.message, diagnostics: location.map { [.error(error.message, at: $0)] } ?? [])
        case .success(let found):
            url = found
        }
        let bytes: [UInt8]
        do {
            bytes = try InputFile.read(Project.displayPath(url), what: "the layout")
        } catch {
            let message = error.kind == .missingInput
                ? "the layout '\(path)' does not exist or cannot be read; give the path of a .mustache file inside the project" : error.message
            throw AdvocateError(error.kind, message, diagnostics: location.map { [.error(message, at: $0)] } ?? [])
        }
        return try PaperLayout(text: String(decoding: bytes, as: UTF8.self), file: path)
    }

    /// Parses and checks a layout's text.
    init(text: String, file: String) throws(AdvocateError) {
        self.file = file
        let scalars = Array(text.unicodeScalars)
        let lines = LineStarts(scalars)
        let locate = { (offset: Int) in lines.location(of: offset, in: file) }
        let tags = LayoutTag.all(in: scalars)
        var problems = (Self.check(tags, locate: locate) + LayoutMarkupCheck(scalars, tags: tags, locate: locate).problems)
            .sorted { $0.location < $1.location }
        do {
            template = try MustacheTemplate(string: text)
        } catch let error as MustacheTemplate.ParserError {
            let at = SourceLocation(file: file, line: error.context.lineNumber, column: error.context.columnNumber)
            problems.insert(.error("the layout does not parse: \(error.error)", at: at), at: 0)
            template = try! MustacheTemplate(string: "")
        } catch {
            problems.insert(.error("the layout does not parse: \(error)", at: SourceLocation(file: file, line: 1, column: 1)), at: 0)
            template = try! MustacheTemplate(string: "")
        }
        if let first = problems.first {
            throw AdvocateError(.invalidInput, "\(first.location): \(first.message)", diagnostics: problems)
        }
    }

    /// The page rendered through the layout.
    func render(_ page: PaperPage) -> String {
        template.render(page.values)
    }

    /// A diagnostic for every tag that is not a plain field, section or comment, names a field
    /// papers do not have, or inserts something other than rendered Markdown unescaped.
    static func check(_ tags: [LayoutTag], locate: (Int) -> SourceLocation) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for tag in tags {
            let at = locate(tag.range.lowerBound)
            switch tag.kind {
            case .comment:
                continue
            case .refused(let what):
                problems.append(.error(
                    "the layout holds \(what), which is refused: a layout uses the default {{ }} delimiters, and only fields, sections and comments",
                    at: at))
                continue
            default:
                break
            }
            if tag.name == "." {
                problems.append(.error("\(tag.written) inserts the whole value of a section, which is refused; name the field to insert, such as {{title}}", at: at))
                continue
            }
            let parts = tag.name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            if let unknown = parts.first(where: { !PaperPage.fieldNames.contains($0) }) {
                let known = PaperPage.fieldNames.sorted().joined(separator: ", ")
                problems.append(.error(
                    "the layout names '\(unknown.isEmpty ? tag.name : unknown)', which papers do not have\(Suggestion.clause(for: unknown, among: Array(PaperPage.fieldNames))) (fields: \(known))",
                    at: at))
            } else if tag.kind == .unescaped, let last = parts.last, !PaperPage.htmlFieldNames.contains(last) {
                problems.append(.error(
                    "the layout inserts '\(tag.name)' without escaping it; only rendered Markdown ('html' fields) may use {{{…}}} or {{&…}}: write {{\(tag.name)}}",
                    at: at))
            }
        }
        return problems
    }
}
