import AdvocacyCore
import AdvocacyPlugins
import Foundation
import Testing

extension Rendering {
    /// Pathological Markdown finishes: it renders, or it is refused up front with a message naming
    /// what is too large. No timing is asserted; a case that hung would hang the suite.
    struct MarkdownLimitsTests {
        enum Outcome: Sendable {
            /// Renders, and the HTML passes the check.
            case renders(@Sendable (String) -> Bool)
            /// Is refused as invalid input with a message containing this.
            case refused(String)
        }

        struct Case: CustomTestStringConvertible, Sendable {
            let name: String
            let markdown: @Sendable () -> String
            let outcome: Outcome
            let options: MarkdownRenderer.Options

            init(
                _ name: String, _ markdown: @escaping @Sendable () -> String, _ outcome: Outcome,
                options: MarkdownRenderer.Options = []
            ) {
                self.name = name
                self.markdown = markdown
                self.outcome = outcome
                self.options = options
            }

            var testDescription: String { name }
        }

        static func repeated(_ text: String, _ count: Int) -> String { String(repeating: text, count: count) }

        /// Plain French prose, without markup: about 10 MB in one paragraph.
        static let prose = repeated("La coopérative défend l’économie sociale et solidaire, où le travail décent prime. ", 120_000)

        static let cases: [Case] = [
            Case("50,000 comment openings", { repeated("<!--", 50_000) }, .renders { $0.isEmpty }),
            Case("50,000 comment openings after text", { "a" + repeated("<!--", 50_000) }, .renders {
                $0.hasPrefix("<p>a&lt;!--&lt;!--") && !$0.contains("<!--")
            }),
            Case("block quotes 10,000 deep", { repeated("> ", 10_000) + "a\n" }, .renders {
                $0.hasPrefix(repeated("<blockquote>\n", 10_000) + "<p>a</p>\n</blockquote>\n")
            }),
            Case("list items 10,000 deep", { repeated("* ", 10_000) + "a\n" }, .renders {
                $0.hasPrefix(repeated("<ul>\n<li>\n", 9_999) + "<ul>\n<li>a</li>\n</ul>\n</li>\n</ul>\n")
            }),
            Case("list items indented 1,000 deep", {
                (0..<1_000).map { repeated("  ", $0) + "* a\n" }.joined()
            }, .renders { $0.components(separatedBy: "<ul>").count == 1_001 }),
            Case("50,000 nested brackets", { repeated("[", 50_000) + "a" + repeated("]", 50_000) }, .renders {
                $0 == "<p>" + repeated("[", 50_000) + "a" + repeated("]", 50_000) + "</p>\n"
            }),
            Case("10,000 nested links", { repeated("[", 10_000) + "a" + repeated("](b)", 10_000) }, .renders {
                $0.contains("<a href=\"b\">a</a>")
            }),
            Case("emphasis runs of 50,000", { repeated("*", 50_000) + "a" + repeated("*", 50_000) }, .renders {
                $0.contains("<strong>") && $0.hasSuffix("</p>\n")
            }),
            Case("emphasis nested 10,000 deep", {
                repeated("*a **a ", 10_000) + "b" + repeated(" a** a*", 10_000)
            }, .renders { $0.components(separatedBy: "<em>").count == 10_001 }),
            Case("table of 1,000 columns", {
                "|" + repeated("a|", 1_000) + "\n|" + repeated("-|", 1_000) + "\n" + repeated("|" + repeated("b|", 1_000) + "\n", 50)
            }, .renders { $0.components(separatedBy: "<td>").count == 50_001 }),
            Case("10 MB paragraph", { prose }, .renders {
                $0 == "<p>" + prose.dropLast() + "</p>\n"
            }),

            Case("17 MB of text", { repeated("a", 17 << 20) },
                 .refused("This Markdown text is 17825792 bytes long, more than the 16777216 bytes advocate renders")),
            Case("table of 5,000 columns", {
                "|" + repeated("a|", 5_000) + "\n|" + repeated("-|", 5_000) + "\n|b|\n"
            }, .refused("The Markdown table at line 1 has 5000 columns, more than the 1000 advocate renders")),
            Case("table padded from 2,000 one-cell rows", {
                "|" + repeated("a|", 1_000) + "\n|" + repeated("-|", 1_000) + "\n" + repeated("x\n", 2_000)
            }, .refused("the table at line 1 has 2001 rows of 1000 columns; split it into smaller tables")),
            Case("50,000 lines like delimiter rows in one paragraph", { repeated("a\n-|-\n", 50_000) },
                 .refused("the paragraph at line 1 has 50000 lines that look like a table's delimiter row "
                    + "(only '-', '|' and ':') in 200000 bytes; put a blank line before each table")),
            Case("delimiter rows with vertical tabs", { repeated("a|b\n-\u{0B}\n", 30_000) },
                 .refused("the paragraph at line 1 has 30000 lines that look like a table's delimiter row")),
            Case("rows of 5,000 cells under a one-column header", {
                "|a|\n|-|\n" + repeated("|" + repeated("b|", 5_000) + "\n", 100)
            }, .refused("the paragraph at line 1 has lines of up to 5000 table cells (separated by '|')")),
            Case("setext headings without blank lines", { repeated(repeated("mot ", 200) + "\n---\n", 5_000) },
                 .renders { $0.components(separatedBy: "<h2>").count == 5_001 }),
            Case("10 MB paragraph of links and emphasis", {
                repeated("Une *économie* [sociale](https://smart.coop) et ", 200_000)
            }, .refused("the paragraph at line 1 has 200000 link or footnote brackets among 400000 emphasis")),
            Case("links after emphasis", { repeated("*[a](b)", 30_000) },
                 .refused("the paragraph at line 1 has 30000 link or footnote brackets among 30000 emphasis")),
            Case("footnote references after emphasis", { repeated("[^1]*", 30_000) + "\n\n[^1]: x\n" },
                 .refused("the paragraph at line 1 has 30000 link or footnote brackets among 30000 emphasis")),
            Case("unfinished CDATA", { repeated("a <![CDATA[", 50_000) },
                 .refused("the paragraph at line 1 has 50000 unfinished raw HTML openings ('<?' or '<![') in 550000 bytes")),
            Case("unfinished processing instructions", { repeated("a <? ", 50_000) },
                 .refused("the paragraph at line 1 has 50000 unfinished raw HTML openings")),
            Case("one long word of www.", { repeated("www.a_", 50_000) },
                 .refused("the word at line 1 is 300000 characters long without a space and has 50000 places")),
            Case("5,000,000 nested block quotes", { repeated("> ", 5_000_000) },
                 .refused("This Markdown text may make up to 10000002 elements")),
            Case("5,000,000 alternating emphasis markers", { repeated("*_", 2_500_000) },
                 .refused("This Markdown text may make up to 10000002 elements")),
            Case("2,500,000 list items", { repeated("- a\n", 2_500_000) },
                 .refused("This Markdown text may make up to 10000002 elements")),
            Case("5,000,000 w, each its own text node", { repeated("w", 5_000_000) },
                 .refused("This Markdown text may make up to 5000002 elements")),
            Case("1,700,000 web addresses", { repeated("www.a ", 1_700_000) },
                 .refused("This Markdown text may make up to 10200002 elements")),
            Case("2,500,000 periods with smart punctuation", { repeated("a.", 2_500_000) },
                 .refused("This Markdown text may make up to 2500002 elements"), options: .smartPunctuation),
            Case("2,500,000 periods", { repeated("a.", 2_500_000) }, .renders { $0.hasPrefix("<p>a.a.a.") }),
        ]

        @Test(arguments: cases)
        func finishes(_ example: Case) {
            let markdown = example.markdown()
            let renderer = MarkdownRenderer(options: example.options)
            switch (Result { () throws(AdvocateError) in try renderer.html(markdown) }, example.outcome) {
            case let (.success(html), .renders(check)):
                #expect(check(html), "unexpected HTML starting \(html.prefix(200).debugDescription)")
            case let (.failure(error), .refused(fragment)):
                #expect(error.kind == .invalidInput)
                #expect(error.message.contains(fragment), "\(error.message)")
            case let (.success(html), .refused(fragment)):
                Issue.record("rendered \(html.utf8.count) bytes instead of refusing with \(fragment.debugDescription)")
            case let (.failure(error), .renders):
                Issue.record("refused: \(error.message)")
            }
        }

        @Test func refusalIsAWholeSentenceNamingTheLine() {
            let markdown = "# Titre\n\nUn paragraphe.\n\n" + Self.repeated("*[a](b)", 30_000) + "\n"
            #expect(throws: AdvocateError(
                .invalidInput,
                "This Markdown text would take too long to render (about 9000300000 steps, more than 1000000000): "
                    + "the paragraph at line 5 has 30000 link or footnote brackets among 30000 emphasis or "
                    + "strikethrough markers; split it into shorter paragraphs.")) {
                try MarkdownRenderer().html(markdown)
            }
        }

        @Test func limitsCanBeTightened() {
            let limits = MarkdownLimits(maximumBytes: 10, maximumElements: 100, maximumTableColumns: 2, maximumWork: 100)
            #expect(throws: AdvocateError(
                .invalidInput,
                "This Markdown text is 11 bytes long, more than the 10 bytes advocate renders; split it into smaller texts.")) {
                try MarkdownRenderer(limits: limits).html("Hello world")
            }
            let narrow = MarkdownLimits(maximumBytes: 100, maximumElements: 100, maximumTableColumns: 2, maximumWork: 100)
            #expect(throws: AdvocateError(
                .invalidInput,
                "The Markdown table at line 1 has 3 columns, more than the 2 advocate renders; split it into narrower tables.")) {
                try MarkdownRenderer(limits: narrow).html("a|b|c\n-|-|-\n")
            }
        }
    }
}
