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

// Three rounds, the two sides taking turns, so that both meet the same load on a shared
// machine; each side's median round is its figure.
var ourRuns: [SendRun] = [], pythonRuns: [SendRun] = []
var received = 0
for round in 1...3 {
    let ours = try await SendRun.measure(folder: folder, port: sink.port, connections: connections)
    let afterOurs = try sink.count()
    let python = try SendRun.reference(script: here.appendingPathComponent("reference.py"), folder: folder, port: sink.port)
    let afterPython = try sink.count()
    print(String(format: "round %d: advocate %6.2f s, python %6.2f s", round, ours.seconds, python.seconds))
    guard ours.sent == count, afterOurs - received == count, python.sent == count, afterPython - afterOurs == count else {
        print("FAILED: not every message was sent and received once (advocate \(ours.sent), python \(python.sent); the relay received \(afterOurs - received) and \(afterPython - afterOurs))")
        exit(1)
    }
    received = afterPython
    ourRuns.append(ours)
    pythonRuns.append(python)
}

func median(_ runs: [SendRun]) -> SendRun { runs.sorted { $0.seconds < $1.seconds }[runs.count / 2] }
let ours = median(ourRuns), python = median(pythonRuns)
print(String(format: "advocate (%d connections, pipelining): %d messages in %.2f s, %.0f messages/s", connections, count, ours.seconds, Double(count) / ours.seconds))
print(String(format: "python smtplib (1 connection):        %d messages in %.2f s, %.0f messages/s", count, python.seconds, Double(count) / python.seconds))
let ratio = python.seconds / ours.seconds
print(String(format: "ratio: %.1f× the rate of Python's smtplib", ratio))
print("\(ratio >= 2 ? "met" : "MISSED"): at least 2× the rate of Python's smtplib")
