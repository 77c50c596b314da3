/// Pseudo-localisation: a text made longer and full of accents, still readable, so a layout can
/// be tested for translations before there are any. Placeholders (`{{…}}`), link targets
/// (`](…)`), autolinks (`<…>`) and HTML entities are kept as they are.
public enum PseudoLocalizer {
    /// `text`, accented and about 40 % longer, between ⟦ and ⟧.
    public static func localize(_ text: String) -> String {
        var result = ""
        var letters = 0
        var scalars = text.unicodeScalars[...]
        while let scalar = scalars.first {
            if let kept = verbatimRun(at: scalars) {
                result += String(String.UnicodeScalarView(kept))
                scalars = scalars.dropFirst(kept.count)
                continue
            }
            if let accented = accents[Character(scalar)] {
                result.append(accented)
                letters += 1
            } else {
                result.unicodeScalars.append(scalar)
            }
            scalars = scalars.dropFirst()
        }
        let (body, trailing) = splitTrailingNewlines(result)
        return "⟦" + body + String(repeating: "~", count: (letters * 2 + 4) / 5) + "⟧" + trailing
    }

    /// A run at the start of `scalars` that must stay as written, if any.
    private static func verbatimRun(at scalars: Substring.UnicodeScalarView) -> Substring.UnicodeScalarView? {
        let text = Substring(scalars)
        for (open, close) in [("{{", "}}"), ("](", ")"), ("<", ">"), ("&", ";")] where text.hasPrefix(open) {
            guard let end = text.dropFirst(open.count).range(of: close), text[text.startIndex..<end.upperBound].count <= 200 else { continue }
            return text[text.startIndex..<end.upperBound].unicodeScalars
        }
        return nil
    }

    private static func splitTrailingNewlines(_ text: String) -> (String, String) {
        var body = Substring(text)
        var trailing = ""
        while body.last == "\n" {
            body.removeLast()
            trailing += "\n"
        }
        return (String(body), trailing)
    }

    private static let accents: [Character: Character] = [
        "a": "à", "b": "ƀ", "c": "ç", "d": "đ", "e": "é", "f": "ƒ", "g": "ğ", "h": "ĥ", "i": "î", "j": "ĵ", "k": "ķ",
        "l": "ł", "m": "ɱ", "n": "ñ", "o": "ö", "p": "þ", "q": "ʠ", "r": "ř", "s": "š", "t": "ŧ", "u": "ü", "v": "ṽ",
        "w": "ŵ", "x": "ẋ", "y": "ý", "z": "ž",
        "A": "Å", "B": "Ɓ", "C": "Ç", "D": "Đ", "E": "É", "F": "Ƒ", "G": "Ğ", "H": "Ĥ", "I": "Î", "J": "Ĵ", "K": "Ķ",
        "L": "Ł", "M": "Ṁ", "N": "Ñ", "O": "Ö", "P": "Þ", "Q": "Ǫ", "R": "Ř", "S": "Š", "T": "Ŧ", "U": "Ü", "V": "Ṽ",
        "W": "Ŵ", "X": "Ẋ", "Y": "Ý", "Z": "Ž",
    ]
}
