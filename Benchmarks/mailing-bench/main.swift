// mailing-bench: the cooperative's membership mailing, in French, Dutch and English,
// personalised, multipart/alternative (text and HTML, optionally with a 200 kB attachment),
// written as one mbox and as one .eml file per member, by advocate's message layer in a child
// process and by the plain-Python reference (`reference.py`, the `email` package and
// `string.Template`) in another, each measured alone; prints messages per second, peak
// memory at 35,000 and 350,000 members, and the ratio.
//
//   swift run -c release mailing-bench [--attachment] [MEMBERS [REFERENCE-MEMBERS]]
//
// The reference writes 5,000 members unless told otherwise: at a few hundred messages a
// second, 35,000 would take minutes; its rate per message is what the ratio compares.
//
// Targets: 35,000 messages in under 2 s as mbox, at least 50 times the reference's rate, and
// the same peak memory at 35,000 and 350,000 members.

import AdvocacyFixtures
import AdvocacyPlugins
import Foundation

var arguments = Array(CommandLine.arguments.dropFirst())
if arguments.count == 6, arguments[0] == "--run", let format = MailingWork.Format(rawValue: arguments[1]) {
    try MailingWork.run(format: format, recipients: arguments[2], texts: arguments[3], folder: arguments[4], attachment: arguments[5] == "1")
    exit(0)
}
let attachment = arguments.contains("--attachment")
arguments.removeAll { $0 == "--attachment" }
let members = arguments.first.flatMap { Int($0) } ?? 35_000
let referenceMembers = arguments.dropFirst().first.flatMap { Int($0) } ?? min(members, 5_000)
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mailing-bench-\(getpid())").path
try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(atPath: folder) }

// Each language's Markdown is rendered once, as the mailing stage does; both sides read the result.
var texts: [String: BenchMailing.Texts] = [:]
for (language, body) in BenchMailing.bodies {
    texts[language] = BenchMailing.Texts(subject: body.subject, text: body.markdown + "\n", html: try MarkdownRenderer().html(body.markdown))
}
let textsPath = folder + "/texts.json"
try JSONEncoder().encode(texts).write(to: URL(fileURLWithPath: textsPath))

let sizes = [members, members * 10, referenceMembers]
for size in Set(sizes) { try BenchMailing.writeRecipients(size, to: folder + "/members-\(size).tsv") }
print("\(members) and \(members * 10) members, fr/nl/en, multipart/alternative\(attachment ? " with a 200 kB attachment" : "")")

let reference = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("reference.py").path
func swift(_ format: MailingWork.Format, _ size: Int) throws -> Measured {
    let out = folder + "/swift-\(format)-\(size)"
    defer { try? FileManager.default.removeItem(atPath: out) }
    return try Measured.run([CommandLine.arguments[0], "--run", format.rawValue, folder + "/members-\(size).tsv", textsPath, out, attachment ? "1" : "0"])
}
func python(_ format: MailingWork.Format, _ size: Int) throws -> Measured {
    let out = folder + "/python-\(format)-\(size)"
    defer { try? FileManager.default.removeItem(atPath: out) }
    return try Measured.run(["python3", reference, format.rawValue, folder + "/members-\(size).tsv", textsPath, out, attachment ? "1" : "0"])
}

func report(_ name: String, _ size: Int, _ run: Measured) {
    let rate = String(format: "%9.0f", Double(size) / run.seconds), seconds = String(format: "%7.2f", run.seconds)
    let megabytes = String(format: "%5.0f", Double(run.peakBytes) / 1e6)
    print("\(name) \(String(size).padding(toLength: 7, withPad: " ", startingAt: 0)): \(seconds) s, \(rate) messages/s, peak \(megabytes) MB\(run.status == 0 ? "" : ", FAILED with status \(run.status)")")
    for line in run.output.split(separator: "\n") { print("    \(line)") }
}

let swiftMbox = try swift(.mbox, members)
report("swift  mbox", members, swiftMbox)
let swiftMboxLarge = try swift(.mbox, members * 10)
report("swift  mbox", members * 10, swiftMboxLarge)
let swiftEml = try swift(.eml, members)
report("swift  eml ", members, swiftEml)
let pythonMbox = try python(.mbox, referenceMembers)
report("python mbox", referenceMembers, pythonMbox)
let pythonEml = try python(.eml, referenceMembers)
report("python eml ", referenceMembers, pythonEml)
let runs = [swiftMbox, swiftMboxLarge, swiftEml, pythonMbox, pythonEml]
guard runs.allSatisfy({ $0.status == 0 }) else { exit(1) }

let mboxRatio = (Double(members) / swiftMbox.seconds) / (Double(referenceMembers) / pythonMbox.seconds)
let emlRatio = (Double(members) / swiftEml.seconds) / (Double(referenceMembers) / pythonEml.seconds)
print(String(format: "ratio: %.0f× the reference's rate as mbox, %.0f× as .eml files", mboxRatio, emlRatio))
print(String(format: "peak memory: %.0f MB at %d members, %.0f MB at %d", Double(swiftMbox.peakBytes) / 1e6, members, Double(swiftMboxLarge.peakBytes) / 1e6, members * 10))
let targets = [
    ("\(members) messages in under 2 s as mbox", swiftMbox.seconds < 2),
    ("at least 50× the reference's rate (mbox)", mboxRatio >= 50),
    ("the same peak memory at \(members) and \(members * 10) members (within 10%)", Double(swiftMboxLarge.peakBytes) <= Double(swiftMbox.peakBytes) * 1.1),
]
for (target, met) in targets { print("\(met ? "met" : "MISSED"): \(target)") }
