import AdvocacyPlugins
import Testing

extension Rendering {
    /// CommonMark and each GitHub extension, rendered exactly as cmark-gfm renders them.
    struct MarkdownRendererTests {
        struct Case: CustomTestStringConvertible, Sendable {
            let name: String
            let markdown: String
            let html: String
            var options: MarkdownRenderer.Options = []

            var testDescription: String { name }
        }

        static let cases: [Case] = [
            Case(name: "empty", markdown: "", html: ""),
            Case(
                name: "emphasis and links",
                markdown: "*Sociale* en **solidaire**: [SMART](https://smart.coop \"Coöperatie\").\n",
                html: "<p><em>Sociale</em> en <strong>solidaire</strong>: "
                    + "<a href=\"https://smart.coop\" title=\"Coöperatie\">SMART</a>.</p>\n"),
            Case(
                name: "accented French and Dutch",
                markdown: "# Économie sociale\n\nDe coöperatie één, naïef — « guillemets » l’été, Ærø ŒUVRE ß 🙂\n",
                html: "<h1>Économie sociale</h1>\n<p>De coöperatie één, naïef — « guillemets » l’été, Ærø ŒUVRE ß 🙂</p>\n"),
            Case(
                name: "strikethrough",
                markdown: "Une ~~vieille~~ nouvelle économie, ~sans~ fin.\n",
                html: "<p>Une <del>vieille</del> nouvelle économie, <del>sans</del> fin.</p>\n"),
            Case(
                name: "autolinks",
                markdown: "Voir www.smart.coop et https://smart.coop/fr?x=1.\n",
                html: "<p>Voir <a href=\"http://www.smart.coop\">www.smart.coop</a> et "
                    + "<a href=\"https://smart.coop/fr?x=1\">https://smart.coop/fr?x=1</a>.</p>\n"),
            Case(
                name: "mail autolink",
                markdown: "Écrivez à info@smart.coop.\n",
                html: "<p>Écrivez à <a href=\"mailto:info@smart.coop\">info@smart.coop</a>.</p>\n"),
            Case(
                name: "table",
                markdown: "| Taal | Leden | Groei |\n|:-----|------:|:-----:|\n| Nederlands | 12 000 | *+3 %* |\n| Français | 21 000 |\n",
                html: """
                    <table>
                    <thead>
                    <tr>
                    <th align="left">Taal</th>
                    <th align="right">Leden</th>
                    <th align="center">Groei</th>
                    </tr>
                    </thead>
                    <tbody>
                    <tr>
                    <td align="left">Nederlands</td>
                    <td align="right">12 000</td>
                    <td align="center"><em>+3 %</em></td>
                    </tr>
                    <tr>
                    <td align="left">Français</td>
                    <td align="right">21 000</td>
                    <td align="center"></td>
                    </tr>
                    </tbody>
                    </table>

                    """),
            Case(
                name: "footnotes",
                markdown: "Le BIT[^ilo] et la coopérative[^2].\n\n[^ilo]: Organisation internationale du travail, 2022.\n[^2]: Une note.\n",
                html: """
                    <p>Le BIT<sup class="footnote-ref"><a href="#fn-ilo" id="fnref-ilo" data-footnote-ref>1</a></sup> \
                    et la coopérative<sup class="footnote-ref"><a href="#fn-2" id="fnref-2" data-footnote-ref>2</a></sup>.</p>
                    <section class="footnotes" data-footnotes>
                    <ol>
                    <li id="fn-ilo">
                    <p>Organisation internationale du travail, 2022. \
                    <a href="#fnref-ilo" class="footnote-backref" data-footnote-backref aria-label="Back to content">↩</a></p>
                    </li>
                    <li id="fn-2">
                    <p>Une note. <a href="#fnref-2" class="footnote-backref" data-footnote-backref aria-label="Back to content">↩</a></p>
                    </li>
                    </ol>
                    </section>

                    """),
            Case(
                name: "straight punctuation by default",
                markdown: "\"Oui\" -- dit-il... l'été\n",
                html: "<p>&quot;Oui&quot; -- dit-il... l'été</p>\n"),
            Case(
                name: "smart punctuation",
                markdown: "\"Oui\" -- dit-il... l'été\n",
                html: "<p>“Oui” – dit-il… l’été</p>\n",
                options: .smartPunctuation),
            Case(name: "soft breaks by default", markdown: "a\nb\n", html: "<p>a\nb</p>\n"),
            Case(name: "hard breaks", markdown: "a\nb\n", html: "<p>a<br />\nb</p>\n", options: .hardBreaks),
        ]

        @Test(arguments: cases)
        func renders(_ example: Case) throws {
            #expect(try MarkdownRenderer(options: example.options).html(example.markdown) == example.html)
        }

        @Test(arguments: cases)
        func rendersWellFormedHTML(_ example: Case) throws {
            let reading = try HTMLReader.read(try MarkdownRenderer(options: example.options).html(example.markdown))
            #expect(reading.nestingProblems.isEmpty)
            #expect(reading.otherMarkup.isEmpty)
        }

        @Test func tableCellsAreWhereTheHeaderSays() throws {
            let html = try MarkdownRenderer().html(Self.cases.first { $0.name == "table" }!.markdown)
            let reading = try HTMLReader.read(html)
            #expect(reading.tags.filter { $0 == "th" }.count == 3)
            #expect(reading.tags.filter { $0 == "td" }.count == 6)
            #expect(reading.attributes.filter { $0.name == "align" }.map(\.value)
                == ["left", "right", "center", "left", "right", "center", "left", "right", "center"])
        }
    }
}
