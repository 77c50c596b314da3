// send-bench: 10,000 messages to a local relay (`sink.py`, a fast SMTP sink both sides share),
// sent by advocate's SMTP transport and, in the same run, by a plain Python smtplib script
// (`reference.py`) reading the same message files; prints both rates and their ratio.
//
//   swift run -c release send-bench [MESSAGES] [CONNECTIONS]
//
// Target: at least twice the script's rate with the journal on: `JournalRun` sends the same
// files as `advocate send` does (plan checked, journal on disk before and after each message);
// the transport alone is measured too, so that the journal's own cost shows as the difference.

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
let out = try JournalRun.prepare(folder: folder)
let sink = try Sink(script: here.appendingPathComponent("sink.py"), folder: folder)
defer { sink.stop() }

// Three rounds, the two sides taking turns, so that both meet the same load on a shared
// machine; each side's median round is its figure.
var ourRuns: [SendRun] = [], pythonRuns: [SendRun] = [], journalRuns: [SendRun] = []
var received = 0
for round in 1...3 {
    let ours = try await SendRun.measure(folder: folder, port: sink.port, connections: connections)
    let afterOurs = try sink.count()
    let python = try SendRun.reference(script: here.appendingPathComponent("reference.py"), folder: folder, port: sink.port)
    let afterPython = try sink.count()
    let journaled = try await JournalRun.measure(out: out, port: sink.port, connections: connections)
    let afterJournaled = try sink.count()
    print(String(format: "round %d: advocate %6.2f s, python %6.2f s, advocate with the journal %6.2f s", round, ours.seconds, python.seconds, journaled.seconds))
    guard ours.sent == count, afterOurs - received == count, python.sent == count, afterPython - afterOurs == count,
          journaled.sent == count, afterJournaled - afterPython == count else {
        print("FAILED: not every message was sent and received once (advocate \(ours.sent), python \(python.sent), with the journal \(journaled.sent); the relay received \(afterOurs - received), \(afterPython - afterOurs) and \(afterJournaled - afterPython))")
        exit(1)
    }
    received = afterJournaled
    ourRuns.append(ours)
    pythonRuns.append(python)
    journalRuns.append(journaled)
}

func median(_ runs: [SendRun]) -> SendRun { runs.sorted { $0.seconds < $1.seconds }[runs.count / 2] }
let ours = median(ourRuns), python = median(pythonRuns), journaled = median(journalRuns)
print(String(format: "advocate (%d connections, pipelining): %d messages in %.2f s, %.0f messages/s", connections, count, ours.seconds, Double(count) / ours.seconds))
print(String(format: "python smtplib (1 connection):        %d messages in %.2f s, %.0f messages/s", count, python.seconds, Double(count) / python.seconds))
print(String(format: "advocate send, journal on (plan checked, WAL, synchronous=FULL): %d messages in %.2f s, %.0f messages/s", count, journaled.seconds, Double(count) / journaled.seconds))
print(String(format: "the journal's own cost: %.2f ms a message (with the journal minus the transport alone)", (journaled.seconds - ours.seconds) / Double(count) * 1000))
let ratio = python.seconds / ours.seconds, journaledRatio = python.seconds / journaled.seconds
print(String(format: "ratio: %.1f× the rate of Python's smtplib (transport alone), %.1f× with the journal on", ratio, journaledRatio))
print("\(journaledRatio >= 2 ? "met" : "MISSED"): at least 2× the rate of Python's smtplib with the journal on")
