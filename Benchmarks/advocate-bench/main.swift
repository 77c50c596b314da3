import AdvocacyCore
import Foundation

// Figures to compare between changes, printed as plain lines; a timing is never asserted.
// Run from the project root: `swift build -c release && swift run -c release advocate-bench`
// (the first command builds the `advocate` binary whose wall time is measured).

#if DEBUG
print("note: this is a debug build; run with `-c release` for figures worth comparing\n")
#endif

do {
    let loader = LoaderBenchmark(seed: 2024, approximateBytes: 12_000_000)
    try loader.run(repetitions: 5)
    print()
    let advocate = try AdvocateBinary()
    let project = Project.current
    try ValidateBenchmark(advocate: advocate, project: project).run(repetitions: 20)
    print()
    try advocate.checkGenerated(loader.yaml, in: project)
    print()
    try StatusBenchmark(advocate: advocate, project: project).run(repetitions: 10)
    print()
    try PaperBenchmark(advocate: advocate, project: project).run(repetitions: 5, pdfRepetitions: 3)
} catch {
    FileHandle.standardError.write(Data("advocate-bench: \(error)\n".utf8))
    exit(1)
}

/// Why the benchmark cannot go on, in a sentence that says what to do.
struct BenchmarkFailure: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
