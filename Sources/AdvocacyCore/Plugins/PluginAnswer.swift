import Foundation

/// Reads what a plugin wrote on stdout: its handshake line, then one response line, each a
/// JSON object; anything else is a protocol failure that names the plugin and the line.
enum PluginAnswer {
    static func parse(_ outcome: ProcessOutcome, plugin: String) throws(AdvocateError) -> (handshake: PluginProtocol.Handshake, response: PluginProtocol.Response) {
        guard !outcome.outputTruncated else {
            throw AdvocateError(.unavailable, "plugin '\(plugin)' wrote more than \(outcome.standardOutput.count) bytes; the protocol answers with one response")
        }
        let text: String
        do {
            text = try outcome.outputText()
        } catch {
            throw AdvocateError(.unavailable, "plugin '\(plugin)' broke the plugin protocol: \(error.message)")
        }
        let lines = text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }).filter { !$0.allSatisfy(\.isWhitespace) }
        guard lines.count == 2 else {
            throw AdvocateError(.unavailable, "plugin '\(plugin)' should answer with a handshake line and a response line, but wrote \(lines.count) line\(lines.count == 1 ? "" : "s")")
        }
        let handshake: PluginProtocol.Handshake = try decode(lines[0], line: 1, plugin: plugin)
        guard handshake.type == "handshake" else {
            throw AdvocateError(.unavailable, "plugin '\(plugin)' should begin with its handshake, but its first line is a '\(handshake.type)'")
        }
        guard PluginProtocol.major(of: handshake.protocol) == PluginProtocol.major(of: PluginProtocol.version) else {
            throw AdvocateError(.unavailable, "plugin '\(plugin)' speaks plugin protocol \(handshake.protocol), but advocate speaks \(PluginProtocol.version); use a version of the plugin made for protocol \(PluginProtocol.major(of: PluginProtocol.version))")
        }
        let response: PluginProtocol.Response = try decode(lines[1], line: 2, plugin: plugin)
        guard response.type == "response" else {
            throw AdvocateError(.unavailable, "plugin '\(plugin)' should answer with a 'response', not a '\(response.type)'")
        }
        return (handshake, response)
    }

    private static func decode<Message: Decodable>(_ line: Substring, line number: Int, plugin: String) throws(AdvocateError) -> Message {
        do {
            return try JSONDecoder().decode(Message.self, from: Data(line.utf8))
        } catch {
            let excerpt = line.count > 80 ? line.prefix(80) + "…" : line
            throw AdvocateError(.unavailable, "plugin '\(plugin)' answered with invalid JSON on line \(number) of its output (\(excerpt)); \(describe(error))")
        }
    }

    private static func describe(_ error: any Error) -> String {
        if case DecodingError.keyNotFound(let key, _) = error { return "'\(key.stringValue)' is missing" }
        if case DecodingError.typeMismatch(_, let context) = error { return "a value has the wrong type at '\(context.codingPath.map(\.stringValue).joined(separator: "."))'" }
        return "it is not JSON"
    }
}
