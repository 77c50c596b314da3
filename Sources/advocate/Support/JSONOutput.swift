import Foundation

/// Machine-readable stdout for `--json`: sorted keys, so the output is stable.
enum JSONOutput {
    static func print(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        Terminal.output(String(decoding: try encoder.encode(value), as: UTF8.self))
    }
}
