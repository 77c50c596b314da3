// journal-bench: what the send journal costs per message, on its crash-safe settings (WAL,
// synchronous=FULL): the plan of 10,000 messages written once, then for each message an intent
// and an outcome, each its own transaction on disk, as `advocate send` records them. The same
// records written by Python's sqlite3 with the same schema and settings run as the reference,
// in the same run, on the same disk.
//
//   swift run -c release journal-bench [MESSAGES]

import AdvocacyFixtures
import AdvocacyPlugins
import Foundation

let count = CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1]) ?? 10_000 : 10_000
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("journal-bench-\(getpid())")
defer { try? FileManager.default.removeItem(at: folder) }
let out = folder.appendingPathComponent("out")
try BuiltMailing.write(to: out, campaign: "bench", mailing: "launch", recipients: BuiltMailing.recipients(count))
let plan = try SendPlan(out: out, campaign: "bench", mailing: "launch")

let start = ContinuousClock.now
let journal = try SendJournal.create(at: JournalLocation(out: out, campaign: "bench", mailing: "launch").database, plan: plan)
let planned = ContinuousClock.now
for message in plan.messages {
    try journal.recordIntent(message.messageID)
    try journal.recordOutcome(message.messageID, .sent, reply: "250 2.0.0 Ok: queued as 4Xyz")
}
journal.close()
let recorded = ContinuousClock.now

let reference = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("reference.py").path
let python = Process()
python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
python.arguments = ["python3", reference, folder.appendingPathComponent("reference.sqlite").path, String(count)]
let pipe = Pipe()
python.standardOutput = pipe
try python.run()
let pythonOutput = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
python.waitUntilExit()

func seconds(_ duration: Duration) -> Double { Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18 }
let perMessage = seconds(recorded - planned) / Double(count)
print(String(format: "swift : plan of %d in %.3f s; intent + outcome %.3f ms a message (%.0f messages/s at most)",
             count, seconds(planned - start), perMessage * 1000, 1 / perMessage))
print("python: " + pythonOutput.trimmingCharacters(in: .whitespacesAndNewlines))
