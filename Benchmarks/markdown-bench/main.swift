// markdown-bench: MarkdownRenderer against Debian's cmark-gfm command-line tool, on the same
// deterministic 10 MB document, in the same run. Run with `swift run -c release markdown-bench`.
import AdvocacyPlugins
import Foundation

let runs = 5
let document = BenchmarkDocument.make(minimumBytes: 10_000_000)
let megabytes = Double(document.utf8.count) / 1_000_000
let lines = document.utf8.lazy.filter { $0 == UInt8(ascii: "\n") }.count
print("document: \(document.utf8.count) bytes, \(lines) lines")

let renderer = MarkdownRenderer()
var htmlBytes = 0
let ours = try Timings.measure(runs) { htmlBytes = try renderer.html(document).utf8.count }
print("html: \(htmlBytes) bytes")

let file = FileManager.default.temporaryDirectory.appendingPathComponent("markdown-bench-\(getpid()).md")
try Data(document.utf8).write(to: file)
let arguments = ["-e", "table", "-e", "strikethrough", "-e", "autolink", "-e", "tagfilter", "-e", "footnotes", file.path]
let cli = Result { try Timings.measure(runs) { try CommandLineTool.run("cmark-gfm", arguments) } }
try? FileManager.default.removeItem(at: file)

func report(_ name: String, _ timings: Timings) {
    let best = megabytes / timings.best.seconds, median = megabytes / timings.median.seconds
    print("\(name)  best \(timings.best.milliseconds) ms (\(best.rounded1) MB/s)  "
        + "median \(timings.median.milliseconds) ms (\(median.rounded1) MB/s)")
}

report("MarkdownRenderer.html", ours)
switch cli {
case let .success(cli):
    report("cmark-gfm CLI        ", cli)
    let ratio = cli.best.seconds / ours.best.seconds * 100
    print("ours / CLI, best of \(runs): \(ratio.rounded1) % of the CLI's throughput (target ≥ 80 %)")
case let .failure(error):
    print("cmark-gfm CLI: \(error); install Debian's cmark-gfm package (scripts/setup.sh)")
    exit(69)
}
