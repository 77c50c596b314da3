import AdvocacyPlugins
import Testing

extension Rendering {
    /// Hostile Markdown never puts a script, an event handler, a dangerous address or raw markup in
    /// the HTML: checked on the exact output and by an independent HTML reader. Images have
    /// their own policy (MarkdownImageTests).
    struct MarkdownSafetyTests {
        struct Case: CustomTestStringConvertible, Sendable {
            let name: String
            let markdown: String
            let html: String

            init(_ name: String, _ markdown: String, _ html: String) {
                self.name = name
                self.markdown = markdown
                self.html = html
            }

            var testDescription: String { name }
        }

        static let cases: [Case] = [
            Case("script block", "<script>alert(1)</script>\n", ""),
            Case("inline script", "Texte <script>alert(1)</script> ici.\n", "<p>Texte alert(1) ici.</p>\n"),
            Case("img onerror block", "<img src=x onerror=alert(1)>\n", ""),
            Case("inline img onerror", "Voir <img src=x onerror=alert(1)> ici.\n", "<p>Voir  ici.</p>\n"),
            Case("raw anchor", "<a href=\"javascript:alert(1)\">x</a>\n", "<p>x</p>\n"),
            Case("inline raw anchor", "Un <a href=\"javascript:alert(1)\">lien</a>.\n", "<p>Un lien.</p>\n"),
            Case("style and iframe", "<style>p{}</style>\n\n<iframe src=\"https://evil.example\"></iframe>\n", ""),
            Case("javascript link", "[x](javascript:alert(1))\n", "<p>x</p>\n"),
            Case("upper-case javascript link", "[x](JAVASCRIPT:alert(1))\n", "<p>x</p>\n"),
            Case("mixed-case javascript link", "[x](JaVaScRiPt:alert(1))\n", "<p>x</p>\n"),
            Case("pointy javascript link", "[x](<javascript:alert(1)>)\n", "<p>x</p>\n"),
            Case("entity-encoded javascript link", "[x](&#106;avascript:alert(1))\n", "<p>x</p>\n"),
            Case("javascript link with &colon;", "[x](javascript&colon;alert(1))\n", "<p>x</p>\n"),
            Case("reference javascript link", "[x][ref]\n\n[ref]: javascript:alert(1)\n", "<p>x</p>\n"),
            Case("javascript autolink", "<javascript:alert(1)>\n", "<p>javascript:alert(1)</p>\n"),
            Case("upper-case javascript autolink", "<JAVASCRIPT:alert(1)>\n", "<p>JAVASCRIPT:alert(1)</p>\n"),
            Case("vbscript link", "[x](vbscript:msgbox(1))\n", "<p>x</p>\n"),
            Case("file link", "[x](file:///etc/passwd)\n", "<p>x</p>\n"),
            Case("data link", "[x](data:text/html;base64,PHNjcmlwdD4=)\n", "<p>x</p>\n"),
            Case("comment block", "<!-- commentaire -->\n", ""),
            Case("inline comment", "Texte <!-- commentaire --> ici.\n", "<p>Texte  ici.</p>\n"),
            Case("CDATA and processing instruction", "a <![CDATA[x]]> b <?php echo 1; ?> c\n", "<p>a  b  c</p>\n"),
            Case(
                "title injection", "[x](https://example.org \"\\\" onmouseover=\\\"alert(1)\")\n",
                "<p><a href=\"https://example.org\" title=\"&quot; onmouseover=&quot;alert(1)\">x</a></p>\n"),
            Case(
                "address injection", "[x](https://example.org/\"onmouseover=\"alert(1))\n",
                "<p><a href=\"https://example.org/%22onmouseover=%22alert(1)\">x</a></p>\n"),
            Case(
                "footnote label injection", "a[^x\"><script>]\n\n[^x\"><script>]: b\n",
                """
                <p>a<sup class="footnote-ref"><a href="#fn-x%22%3E%3Cscript%3E" id="fnref-x%22%3E%3Cscript%3E" \
                data-footnote-ref>1</a></sup></p>
                <section class="footnotes" data-footnotes>
                <ol>
                <li id="fn-x%22%3E%3Cscript%3E">
                <p>b <a href="#fnref-x%22%3E%3Cscript%3E" class="footnote-backref" data-footnote-backref \
                aria-label="Back to content">↩</a></p>
                </li>
                </ol>
                </section>

                """),
            Case("script in code", "`<script>alert(1)</script>`\n", "<p><code>&lt;script&gt;alert(1)&lt;/script&gt;</code></p>\n"),
            Case(
                "safe links stay", "[site](https://smart.coop) [mail](mailto:info@smart.coop) [page](#top) [doc](papers/fr.html)\n",
                "<p><a href=\"https://smart.coop\">site</a> <a href=\"mailto:info@smart.coop\">mail</a> "
                    + "<a href=\"#top\">page</a> <a href=\"papers/fr.html\">doc</a></p>\n"),
        ]

        @Test(arguments: cases)
        func rendersExactly(_ example: Case) throws {
            #expect(try MarkdownRenderer().html(example.markdown) == example.html)
        }

        @Test(arguments: cases)
        func independentReaderFindsNothingActive(_ example: Case) throws {
            let html = try MarkdownRenderer().html(example.markdown)
            let reading = try HTMLReader.read(html)
            let active: Set = ["script", "style", "iframe", "object", "embed", "svg", "math", "form", "base", "meta", "link"]
            #expect(reading.tags.filter(active.contains).isEmpty)
            #expect(reading.attributes.filter { $0.name.hasPrefix("on") }.isEmpty)
            #expect(reading.attributes.filter { ["href", "src"].contains($0.name) && Self.isDangerous($0.value) }.isEmpty)
            #expect(reading.otherMarkup.isEmpty)
            #expect(reading.nestingProblems.isEmpty)
            for fragment in ["<script", "<!--", "<?", "<![", "onerror=", "onmouseover=\""] {
                #expect(!html.lowercased().contains(fragment), "\(fragment) in \(html)")
            }
        }

        /// A second, simpler reading of the policy: what a browser would take as the scheme.
        static func isDangerous(_ address: String) -> Bool {
            let squeezed = address.unicodeScalars.filter { $0.value > 0x20 }.map(Character.init)
            let lowered = String(squeezed).lowercased()
            return ["javascript:", "vbscript:", "file:", "data:"].contains { lowered.hasPrefix($0) }
        }
    }
}
