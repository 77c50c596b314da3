// lists-bench: generates a contacts export of a million rows (~100 MB), then runs the whole
// lists path on it (read, normalise, deduplicate, filter, route, write) in a child process and
// the plain-Python reference (`reference.py`) on the same file, each measured alone, and prints
// both times and peak memories and their ratio.
//
//   swift run -c release lists-bench [ROWS]
//
// Targets: under 5 s, under 500 MB, at least 10 times faster than Python.

import AdvocacyFixtures
import Foundation

let arguments = CommandLine.arguments
if arguments.count == 4, arguments[1] == "--run" {
    try await ListsWork.run(csv: arguments[2], folder: arguments[3])
    exit(0)
}

let rows = arguments.count > 1 ? Int(arguments[1]) ?? 1_000_000 : 1_000_000
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lists-bench-\(getpid())").path
try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(atPath: folder) }

let csv = folder + "/contacts.csv"
let generation = ContinuousClock.now
let bytes = try CSVExport.plain.write(ContactGenerator(), rows: rows, toFile: csv)
print("generated \(rows) rows, \(String(format: "%.1f", Double(bytes) / 1e6)) MB, in \(ContinuousClock.now - generation)")

let reference = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("reference.py").path
let ours = try Measured.run([CommandLine.arguments[0], "--run", csv, folder + "/swift"])
let python = try Measured.run(["python3", reference, csv, folder + "/python"])

func report(_ name: String, _ run: Measured) {
    let seconds = String(format: "%6.2f", run.seconds), megabytes = String(format: "%5.0f", Double(run.peakBytes) / 1e6)
    print("\(name): \(seconds) s, peak \(megabytes) MB\(run.status == 0 ? "" : ", FAILED with status \(run.status)")")
    for line in run.output.split(separator: "\n") { print("    \(line)") }
}
report("swift ", ours)
report("python", python)
guard ours.status == 0, python.status == 0 else { exit(1) }
let ratio = python.seconds / ours.seconds
print(String(format: "ratio: %.1f× faster than Python", ratio))
let targets = [
    ("under 5 s", ours.seconds < 5),
    ("under 500 MB", ours.peakBytes < 500_000_000),
    ("at least 10× faster than Python", ratio >= 10),
]
for (target, met) in targets { print("\(met ? "met" : "MISSED"): \(target)") }
