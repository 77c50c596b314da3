import Foundation

/// Inputs built to make linear work quadratic: many unknown keys in a translator's file, many
/// attributes on one XLIFF element, many dangling references in a campaign.
public enum HostileExchange {
    /// A PO file for the sample campaign (fr → nl) whose `count` entries all name texts the
    /// campaign does not have.
    public static func poWithUnknownKeys(_ count: Int) -> String {
        var text = "msgid \"\"\nmsgstr \"\"\n\"Project-Id-Version: sample\\n\"\n\"Language: nl\\n\"\n"
            + "\"Content-Type: text/plain; charset=UTF-8\\n\"\n\"X-Source-Language: fr\\n\"\n"
        for number in 0..<count {
            text += "\nmsgctxt \"demands.unknown-\(number).title\"\nmsgid \"Une revendication\"\nmsgstr \"Een eis\"\n"
        }
        return text
    }

    /// `count` attributes, ` a0="x" a1="x" …`, to put inside a start tag.
    public static func attributes(_ count: Int) -> String {
        (0..<count).map { " a\($0)=\"x\"" }.joined()
    }

    /// The sample campaign with its first demand citing `count` sources it does not have.
    public static func danglingReferences(_ count: Int) -> String {
        let cited = (0..<count).map { "      - missing-\($0)\n" }.joined()
        return SampleCampaign.yaml().replacingOccurrences(of: "    sources: [ilo-2022, council-2019]\n", with: "    sources:\n" + cited)
    }
}
