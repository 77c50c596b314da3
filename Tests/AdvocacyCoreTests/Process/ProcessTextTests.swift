import AdvocacyCore
import Testing

/// Output kept as exact bytes, and decoded as UTF-8 without losing or inventing a character.
@Suite struct ProcessTextTests {
    struct Sample: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        var testDescription: String { name }
    }

    static let samples = [
        Sample(name: "accents and dashes", text: "Grève générale — Algemene staking — General strike"),
        Sample(name: "emoji with modifiers and joiners", text: "✊🏽 👩🏽‍🔧 🇧🇪 🏳️‍🌈"),
        Sample(name: "CJK", text: "合作社 協同組合 협동조합"),
        Sample(name: "combining marks, kept decomposed", text: "e\u{301} a\u{308} n\u{303} \u{928}\u{93F}"),
        Sample(name: "right to left", text: "تعاونية קואופרטיב"),
        Sample(name: "control characters and a byte order mark", text: "\u{0}\u{7}\t\r\n\u{FEFF}end"),
    ]

    @Test(arguments: samples)
    func echoesEveryCharacterExactly(_ sample: Sample) async throws {
        let folder = try ScriptFolder()
        let program = try folder.script("echo.sh", "exec cat")
        let bytes = Array(sample.text.utf8)
        let outcome = try await ProcessRunner.run(folder.request(program, input: bytes))
        #expect(outcome.standardOutput == bytes)
        let decoded = try outcome.outputText()
        #expect(Array(decoded.utf8) == bytes)
        #expect(decoded.unicodeScalars.elementsEqual(sample.text.unicodeScalars))
    }

    struct Garbled: CustomTestStringConvertible, Sendable {
        var name: String
        var printf: String
        var offset: Int
        var byte: String
        var testDescription: String { name }
    }

    static let garbled = [
        Garbled(name: "a byte that is never UTF-8", printf: #"ok \xff"#, offset: 3, byte: "0xFF"),
        Garbled(name: "a character cut short", printf: #"price: 5 \xe2\x82"#, offset: 9, byte: "0xE2"),
        Garbled(name: "an overlong encoding", printf: #"\xc0\xaf"#, offset: 0, byte: "0xC0"),
        Garbled(name: "an encoded surrogate", printf: #"é\xed\xa0\x80"#, offset: 2, byte: "0xED"),
        Garbled(name: "Latin-1 instead of UTF-8", printf: #"Gr\xe8ve"#, offset: 2, byte: "0xE8"),
    ]

    @Test(arguments: garbled)
    func reportsInvalidUTF8InsteadOfReplacingIt(_ case: Garbled) async throws {
        let folder = try ScriptFolder()
        let program = try folder.script("garble.sh", "printf '\(`case`.printf)'; printf '\(`case`.printf)' >&2")
        let outcome = try await ProcessRunner.run(folder.request(program))
        for (stream, decode) in [("standard output", outcome.outputText), ("standard error", outcome.errorText)] {
            let message = "the \(stream) of '\(program)' is not valid UTF-8 at byte \(`case`.offset) (\(`case`.byte)); make the program write UTF-8"
            #expect(throws: AdvocateError(.invalidInput, message)) { try decode() }
        }
    }
}
