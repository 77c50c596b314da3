// send-bench: 10,000 messages to a local relay (`sink.py`, a fast SMTP sink both sides share),
// sent by advocate's SMTP transport and, in the same run, by a plain Python smtplib script
// (`reference.py`) reading the same message files; prints both rates and their ratio.
//
//   swift run -c release send-bench [MESSAGES] [CONNECTIONS]
//
// Target: at least twice the script's rate. Whatever the sending loop comes to do besides the
// transport (the send journal) belongs in `SendRun.measure`'s loop, so that it is measured too.

import AdvocacyPlugins
import Foundation

let arguments = CommandLine.arguments
let count = arguments.count > 1 ? Int(arguments[1]) ?? 10_000 : 10_000
let connections = arguments.count > 2 ? Int(arguments[2]) ?? 4 : 4
let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("send-bench-\(getpid())")
try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: folder) }

let messages = try BenchMessages.write(count, to: folder)
print("generated \(count) messages, \(String(format: "%.1f", Double(messages.bytes) / 1e6)) MB")
let sink = try Sink(script: here.appendingPathComponent("sink.py"), folder: folder)
defer { sink.stop() }

let ours = try await SendRun.measure(folder: folder, port: sink.port, connections: connections)
let afterOurs = try sink.count()
let python = try SendRun.reference(script: here.appendingPathComponent("reference.py"), folder: folder, port: sink.port)
let afterPython = try sink.count()

func line(_ name: String, seconds: Double, sent: Int, received: Int) -> String {
    String(format: "%@: %6d messages in %6.2f s, %7.0f messages/s (the relay received %d)", name, sent, seconds, Double(sent) / seconds, received)
}
print(line("advocate (\(connections) connections)", seconds: ours.seconds, sent: ours.sent, received: afterOurs))
print(line("python smtplib (1 connection)    ", seconds: python.seconds, sent: python.sent, received: afterPython - afterOurs))
guard ours.sent == count, afterOurs == count, python.sent == count, afterPython - afterOurs == count else {
    print("FAILED: not every message was sent and received once")
    exit(1)
}
let ratio = python.seconds / ours.seconds
print(String(format: "ratio: %.1f× the rate of Python's smtplib", ratio))
print("\(ratio >= 2 ? "met" : "MISSED"): at least 2× the rate of Python's smtplib")
