import AdvocacyPlugins
import Foundation
import Testing

/// The unsubscribe token, and the Python snippet `docs/mailings.md` gives web sites to check one.
@Suite("Unsubscribe tokens")
struct UnsubscribeTokenTests {
    static let secret = Array("s3cret key of the cooperative".utf8)

    @Test("a token is 43 base64url characters, checks for its address in any case, and for nothing else")
    func token() {
        let token = UnsubscribeToken.make(mailing: "letter", address: "Sophie.Dubois@Federal.example", secret: Self.secret)
        #expect(token.count == 43)
        #expect(token.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
        #expect(token == UnsubscribeToken.make(mailing: "letter", address: "sophie.dubois@federal.example", secret: Self.secret))
        #expect(UnsubscribeToken.isValid(token, mailing: "letter", address: "SOPHIE.DUBOIS@federal.example", secret: Self.secret))
        #expect(!UnsubscribeToken.isValid(token, mailing: "call", address: "sophie.dubois@federal.example", secret: Self.secret))
        #expect(!UnsubscribeToken.isValid(token, mailing: "letter", address: "jo@federal.example", secret: Self.secret))
        #expect(!UnsubscribeToken.isValid(token, mailing: "letter", address: "sophie.dubois@federal.example", secret: Array("other".utf8)))
        #expect(!UnsubscribeToken.isValid(String(token.dropLast()) + "A", mailing: "letter", address: "sophie.dubois@federal.example", secret: Self.secret))
        #expect(!UnsubscribeToken.isValid("not a token!", mailing: "letter", address: "sophie.dubois@federal.example", secret: Self.secret))
    }

    static let addresses = ["sophie.dubois@federal.example", "Élodie.Lœillet@coopérative.example", "JO+news@Example.org"]

    @Test("the Python snippet of docs/mailings.md accepts our token and refuses a wrong one", arguments: addresses)
    func documentedSnippet(_ address: String) throws {
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../docs/mailings.md")
        let text = try String(contentsOf: docs, encoding: .utf8)
        let section = try #require(text.range(of: "## Verifying an unsubscribe token"))
        let start = try #require(text.range(of: "```python\n", range: section.upperBound..<text.endIndex))
        let end = try #require(text.range(of: "```", range: start.upperBound..<text.endIndex))
        let snippet = String(text[start.upperBound..<end.lowerBound])
        let token = UnsubscribeToken.make(mailing: "letter", address: address, secret: Self.secret)
        let script = snippet + """
            import sys
            secret, token, address = sys.argv[1].encode(), sys.argv[2], sys.argv[3]
            print(is_valid(token, secret, "letter", address), is_valid(token, secret, "call", address), unsubscribe_token(secret, "letter", address))
            """
        let result = try ExternalProgram(name: "python3").run(["-c", script, String(decoding: Self.secret, as: UTF8.self), token, address])
        #expect(result.status == 0, "python3 said: \(result.stderr)")
        #expect(result.stdout == "True False \(token)\n")
    }
}
