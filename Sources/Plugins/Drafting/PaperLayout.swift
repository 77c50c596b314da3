import AdvocacyCore
import Foundation
import Mustache

/// A Mustache layout for position papers: the default one, or a campaign's own file, checked
/// before use so that a tag naming an unknown field, or inserting a plain field unescaped, is
/// reported at the layout's file:line.
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
        var problems = Self.check(text, file: file)
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

    /// A diagnostic for every tag naming a field papers do not have, and for every tag that
    /// inserts something other than rendered Markdown without escaping it.
    static func check(_ text: String, file: String) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let characters = Array(text.unicodeScalars)
        var index = 0, line = 1, lineStart = 0
        while index < characters.count - 1 {
            if characters[index] == "\n" {
                line += 1
                lineStart = index + 1
            }
            guard characters[index] == "{", characters[index + 1] == "{" else {
                index += 1
                continue
            }
            let start = index
            let triple = index + 2 < characters.count && characters[index + 2] == "{"
            let closing = triple ? "}}}" : "}}"
            var end = index + (triple ? 3 : 2)
            let body = end
            while end < characters.count, !String(String.UnicodeScalarView(characters[end..<min(end + closing.count, characters.count)])).hasPrefix(closing) {
                end += 1
            }
            let tag = String(String.UnicodeScalarView(characters[body..<min(end, characters.count)])).trimmingCharacters(in: .whitespaces)
            let at = SourceLocation(file: file, line: line, column: start - lineStart + 1)
            index = min(end + closing.count, characters.count)
            guard let sigil = tag.unicodeScalars.first else { continue }
            if "!>=<$".unicodeScalars.contains(sigil) {
                // Comments, partials, delimiter changes and inheritance: nothing to check here.
                if sigil == "=" { return problems }  // Other delimiters: stop checking rather than guess.
                continue
            }
            let unescaped = triple || sigil == "&"
            let name = ("#^/&".unicodeScalars.contains(sigil) ? String(tag.dropFirst()) : tag).trimmingCharacters(in: .whitespaces)
            if name == "." || name.contains("(") { continue }
            let parts = name.split(separator: ".").map(String.init)
            if let unknown = parts.first(where: { !PaperPage.fieldNames.contains($0) }) {
                let known = PaperPage.fieldNames.sorted().joined(separator: ", ")
                problems.append(.error(
                    "the layout names '\(unknown)', which papers do not have\(Suggestion.clause(for: unknown, among: Array(PaperPage.fieldNames))) (fields: \(known))",
                    at: at))
            } else if unescaped, let last = parts.last, !PaperPage.htmlFieldNames.contains(last) {
                problems.append(.error(
                    "the layout inserts '\(name)' without escaping it; only rendered Markdown ('html' fields) may use {{{…}}} or {{&…}}: write {{\(name)}}",
                    at: at))
            }
        }
        return problems
    }
}
