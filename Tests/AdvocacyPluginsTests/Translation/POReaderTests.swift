import AdvocacyCore
import AdvocacyPlugins
import Foundation
import Testing

extension TranslationExchangeTests {
    @Suite struct POReaderTests {
        /// A header advocate would write, 12 lines with the blank one after it.
        static let header = """
            msgid ""
            msgstr ""
            "Project-Id-Version: decent-work\\n"
            "PO-Revision-Date: \\n"
            "Last-Translator: \\n"
            "Language-Team: \\n"
            "Language: fr\\n"
            "MIME-Version: 1.0\\n"
            "Content-Type: text/plain; charset=UTF-8\\n"
            "Content-Transfer-Encoding: 8bit\\n"
            "X-Generator: advocate\\n"
            "X-Source-Language: en\\n"

            """

        static func read(_ text: String) -> ExchangeReading {
            ExchangeFormat.po.read(Array(text.utf8), file: "fr.po")
        }

        @Test(arguments: [
            ("unterminated string", header + "\nmsgctxt \"k\"\nmsgid \"Fair price\nmsgstr \"\"\n",
             ["fr.po:15:7: error: this string has no closing quote; end it with \" on the same line"]),
            ("missing msgstr", header + "\nmsgctxt \"a\"\nmsgid \"A\"\n\nmsgctxt \"b\"\nmsgid \"B\"\nmsgstr \"\"\n",
             ["fr.po:15:1: error: this entry has a msgid but no msgstr; add msgstr \"\" after it"]),
            ("missing msgstr at the end", header + "\nmsgctxt \"a\"\nmsgid \"A\"\n",
             ["fr.po:15:1: error: this entry has a msgid but no msgstr; add msgstr \"\" after it"]),
            ("bad escape", header + "\nmsgctxt \"k\"\nmsgid \"A\"\nmsgstr \"x\\qy\"\n",
             ["fr.po:16:10: error: unknown escape '\\q'; use \\n, \\t, \\\", \\\\ or write the character itself"]),
            ("unknown keyword", header + "\nmsgctxt \"k\"\nmsgid \"A\"\nmsgtsr \"B\"\n",
             ["fr.po:16:1: error: unknown keyword 'msgtsr'; a PO entry is made of msgctxt, msgid and msgstr lines, each followed by a quoted string"]),
            ("text after a string", header + "\nmsgctxt \"k\"\nmsgid \"A\" \"B\"\nmsgstr \"\"\n",
             ["fr.po:15:11: error: unexpected text after the closing quote; put each string on its own line"]),
            ("string after no keyword", header + "\n#. note\n\"stray\"\nmsgctxt \"k\"\nmsgid \"A\"\nmsgstr \"\"\n",
             ["fr.po:15:1: error: this string follows no keyword; start it with msgctxt, msgid or msgstr"]),
            ("duplicate msgctxt", header + "\nmsgctxt \"k\"\nmsgid \"A\"\nmsgstr \"\"\n\nmsgctxt \"k\"\nmsgid \"B\"\nmsgstr \"\"\n",
             ["fr.po:18:1: error: the key 'k' has a second entry; keep one entry per msgctxt"]),
            ("plural entry", header + "\nmsgctxt \"k\"\nmsgid \"one member\"\nmsgid_plural \"%d members\"\nmsgstr[0] \"\"\n",
             ["fr.po:16:1: error: plural forms (msgid_plural) are not supported: advocate's texts have none; translate the entry with a single msgstr"]),
            ("no msgctxt", header + "\nmsgid \"A\"\nmsgstr \"B\"\n",
             ["fr.po:14:1: error: this entry has no msgctxt, so advocate cannot tell which text it translates; keep the msgctxt line (or the '#:' line) the file was sent with"]),
            ("msgstr without msgid", header + "\nmsgctxt \"k\"\nmsgstr \"B\"\n",
             ["fr.po:15:1: error: this msgstr has no msgid before it; each translation follows the msgid it translates"]),
            ("no header", "msgctxt \"k\"\nmsgid \"A\"\nmsgstr \"\"\n",
             ["fr.po:1:1: error: the file has no header entry (msgid \"\" with Language and Project-Id-Version); export it again with advocate"]),
            ("unknown language", header.replacingOccurrences(of: "Language: fr", with: "Language: klingon"),
             ["fr.po:7:1: error: the header's Language 'klingon' is not valid here; it must be a language code such as fr or nl"]),
            ("no source language", header.replacingOccurrences(of: "\"X-Source-Language: en\\n\"\n", with: ""),
             ["fr.po:2:1: error: the header has no X-Source-Language field; add a line \"X-Source-Language: …\\n\" to its msgstr"]),
            ("another charset", header.replacingOccurrences(of: "charset=UTF-8", with: "charset=ISO-8859-1"),
             ["fr.po:9:1: error: the header declares the charset 'ISO-8859-1'; save the file as UTF-8 and declare charset=UTF-8"]),
            ("octal escapes that are not UTF-8", header + "\nmsgctxt \"k\"\nmsgid \"A\"\nmsgstr \"\\351\"\n",
             ["fr.po:16:1: error: this string's escapes do not make valid UTF-8; write the characters themselves"]),
            ("several problems at once", header + "\nmsgctxt \"a\"\nmsgid \"A\nmsgstr \"\"\n\nmsgctxt \"b\"\nmsgid \"B\"\nmsgstr \"\\z\"\n",
             ["fr.po:15:7: error: this string has no closing quote; end it with \" on the same line",
              "fr.po:20:9: error: unknown escape '\\z'; use \\n, \\t, \\\", \\\\ or write the character itself"]),
        ])
        func reportsWhatIsWrongWhereItIs(_ name: String, text: String, expected: [String]) {
            let reading = Self.read(text)
            #expect(reading.diagnostics.map(\.description) == expected, "\(name)")
            #expect(reading.document == nil, "\(name)")
        }

        @Test func pointsAtTheFirstEntryOfADuplicateKey() throws {
            let reading = Self.read(Self.header + "\nmsgctxt \"k\"\nmsgid \"A\"\nmsgstr \"\"\n\nmsgctxt \"k\"\nmsgid \"B\"\nmsgstr \"\"\n")
            let duplicate = try #require(reading.diagnostics.first)
            #expect(duplicate.notes == [Diagnostic.Note("the first entry for 'k' is here", at: SourceLocation(file: "fr.po", line: 14, column: 1))])
        }

        @Test(arguments: [
            ("invalid UTF-8", Array((header + "\nmsgctxt \"k\"\nmsgid \"caf").utf8) + [0xE9] + Array("\"\nmsgstr \"\"\n".utf8),
             "fr.po:15:11: error: the file is not valid UTF-8 here; save it as UTF-8"),
            ("UTF-16", [0xFF, 0xFE] + Array("m".utf8), "fr.po:1:1: error: the file is saved as UTF-16; save it as UTF-8"),
        ])
        func refusesAFileThatIsNotUTF8(_ name: String, bytes: [UInt8], expected: String) {
            let reading = ExchangeFormat.po.read(bytes, file: "fr.po")
            #expect(reading.diagnostics.map(\.description) == [expected], "\(name)")
        }

        /// What gettext's tools and translators' editors write, beyond what advocate writes.
        @Test func readsWhatOtherToolsWrite() throws {
            let text = "\u{FEFF}" + Self.header.replacingOccurrences(of: "Language: fr", with: "Language: fr_BE") + """

                # A translator's own comment
                #: papers/fr/position-paper.md:12
                #. Title
                #, fuzzy, c-format
                #| msgid "Old "
                #| "text"
                msgctxt "a"
                msgid "New text"
                msgstr "Nouveau texte"

                  msgctxt "b"
                msgid "Tab\\there"
                msgstr "Tab\\x09l\\303\\240"

                #~ msgctxt "gone"
                #~ msgid "Removed"
                #~ msgstr "Supprimé"

                """
            let reading = Self.read(text.replacingOccurrences(of: "\n", with: "\r\n"))
            #expect(reading.diagnostics == [])
            let document = try #require(reading.document)
            #expect(document.targetLanguage == LanguageCode("fr"))
            #expect(document.units == [
                ExchangeUnit(key: "a", source: "New text", target: "Nouveau texte", state: .needsReview(.stale(previousSource: "Old text")), note: "Title"),
                ExchangeUnit(key: "b", source: "Tab\there", target: "Tab\tlà", state: .translated),
            ])
        }

        @Test func readsAFuzzyEntryWithoutTranslationAsNew() throws {
            let reading = Self.read(Self.header + "\n#, fuzzy\nmsgctxt \"k\"\nmsgid \"A\"\nmsgstr \"\"\n")
            #expect(try #require(reading.document).units.map(\.state) == [.new])
        }

        @Test func stopsAfterFiftyProblems() {
            let text = Self.header + String(repeating: "msgid \"x\n", count: 80)
            #expect(Self.read(text).diagnostics.count == ExchangeReading.maximumProblems)
        }
    }
}
