import AdvocacyCore
import AdvocacyPlugins
import Foundation
import Testing

extension TranslationExchangeTests {
    @Suite struct XLIFFWriterTests {
        private let document = ExchangeDocument(
            campaign: "decent-work", sourceLanguage: LanguageCode("en")!, targetLanguage: LanguageCode("nl")!,
            units: [
                ExchangeUnit(key: "demands.fair-price.title", source: "A \"fair\" price & <more>", state: .new, note: "Title of the demand"),
                ExchangeUnit(key: "demands.fair-price.body", source: "Line\r\nnext\u{1}", target: "Regel\r\nvolgende\u{1}",
                             state: .needsReview(.stale(previousSource: "Old & line"))),
                ExchangeUnit(key: "summary", source: "Summary", target: "Samenvatting", state: .needsReview(.draft)),
                ExchangeUnit(key: "context", source: "Context", target: "Context", state: .translated),
                ExchangeUnit(key: "sources", source: "Sources", target: "Bronnen", state: .reviewed),
            ])

        @Test func writesOneUnitWithOneSegmentPerText() throws {
            let text = String(decoding: try ExchangeFormat.xliff.write(document), as: UTF8.self)
            #expect(text == """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="nl">
                  <file id="decent-work" canResegment="no" xml:space="preserve">
                    <unit id="demands.fair-price.title">
                      <notes>
                        <note>Title of the demand</note>
                      </notes>
                      <segment state="initial">
                        <source>A "fair" price &amp; &lt;more&gt;</source>
                      </segment>
                    </unit>
                    <unit id="demands.fair-price.body">
                      <notes>
                        <note category="previous-source" appliesTo="source">Old &amp; line</note>
                      </notes>
                      <segment state="initial">
                        <source>Line&#xD;
                next<cp hex="0001"/></source>
                        <target>Regel&#xD;
                volgende<cp hex="0001"/></target>
                      </segment>
                    </unit>
                    <unit id="summary">
                      <segment state="initial">
                        <source>Summary</source>
                        <target>Samenvatting</target>
                      </segment>
                    </unit>
                    <unit id="context">
                      <segment state="translated">
                        <source>Context</source>
                        <target>Context</target>
                      </segment>
                    </unit>
                    <unit id="sources">
                      <segment state="reviewed">
                        <source>Sources</source>
                        <target>Bronnen</target>
                      </segment>
                    </unit>
                  </file>
                </xliff>

                """)
        }

        @Test func theSameDocumentGivesTheSameBytes() throws {
            #expect(try ExchangeFormat.xliff.write(document) == ExchangeFormat.xliff.write(document))
        }

        @Test func xmllintFindsItWellFormed() throws {
            let result = try ExternalProgram(name: "xmllint").run(["--noout", "-"], input: try ExchangeFormat.xliff.write(ExchangeSamples.document()))
            #expect(result.status == 0, "xmllint said: \(result.stderr)")
            #expect(result.stderr == "")
        }

        /// Python's ElementTree reads every unit back with the same id, state, texts and notes.
        @Test func elementTreeReadsWhatIsWritten() throws {
            let document = ExchangeSamples.document()
            let script = #"""
                import json, sys, xml.etree.ElementTree as ET
                ns = {"x": "urn:oasis:names:tc:xliff:document:2.0"}
                def text(element):
                    if element is None:
                        return None
                    parts = [element.text or ""]
                    for child in element:
                        if child.tag == "{urn:oasis:names:tc:xliff:document:2.0}ph":
                            parts.append(child.get("equiv") + (child.tail or ""))
                            continue
                        assert child.tag == "{urn:oasis:names:tc:xliff:document:2.0}cp", child.tag
                        parts.append(chr(int(child.get("hex"), 16)) + (child.tail or ""))
                    return "".join(parts)
                root = ET.fromstring(sys.stdin.buffer.read())
                file = root.find("x:file", ns)
                print(json.dumps({
                    "languages": [root.get("srcLang"), root.get("trgLang")],
                    "campaign": file.get("id"),
                    "units": [{
                        "key": unit.get("id"),
                        "state": unit.find("x:segment", ns).get("state"),
                        "source": text(unit.find("x:segment/x:source", ns)),
                        "target": text(unit.find("x:segment/x:target", ns)),
                        "notes": [[note.get("category"), note.text] for note in unit.findall("x:notes/x:note", ns)],
                    } for unit in file.findall("x:unit", ns)],
                }))
                """#
            let result = try ExternalProgram(name: "python3").run(["-c", script], input: try ExchangeFormat.xliff.write(document))
            #expect(result.status == 0, "python3 said: \(result.stderr)")
            let read = try JSONDecoder().decode(ElementTreeView.self, from: Data(result.stdout.utf8))
            #expect(read.languages == ["en", "fr"])
            #expect(read.campaign == "decent-work")
            #expect(read.units.map(\.key) == document.units.map(\.key))
            #expect(read.units.map(\.source) == document.units.map(\.source))
            #expect(read.units.map(\.target) == document.units.map(\.target))
            #expect(read.units.map(\.state) == document.units.map { unit in
                switch unit.state {
                case .new, .needsReview: "initial"
                case .translated: "translated"
                case .reviewed: "reviewed"
                }
            })
            #expect(read.units.map(\.notes) == document.units.map { unit in
                [unit.note.map { [nil, $0] }, unit.previousSource.map { ["previous-source", $0] }].compactMap { $0 }
            })
        }

        @Test(arguments: [
            ("a key with a space", ExchangeUnit(key: "demands.fair price", source: "x", state: .new),
             "the text id 'demands.fair price' cannot be an XLIFF id: use letters, digits, '.', '-' and '_' only"),
            ("a note with a control character", ExchangeUnit(key: "k", source: "x", state: .new, note: "bell\u{7}"),
             "the note or previous source of 'k' contains a control character XML cannot hold; remove it"),
        ])
        func refusesWhatXMLCannotCarry(_ name: String, unit: ExchangeUnit, message: String) {
            var document = document
            document.units = [unit]
            #expect(throws: AdvocateError(.invalidInput, message), "\(name)") {
                try ExchangeFormat.xliff.write(document)
            }
        }
    }
}

/// What the Python script above prints.
private struct ElementTreeView: Decodable {
    struct Unit: Decodable {
        var key: String
        var state: String
        var source: String
        var target: String?
        var notes: [[String?]]
    }

    var languages: [String]
    var campaign: String
    var units: [Unit]
}
