import Foundation

/// The commands of a guide's ```console blocks (lines starting `$ `) with the output lines the
/// guide shows after each, which a run must print (lines with `…` stand for more and are skipped).
struct GuideExamples {
    struct Command {
        let line: String
        var expected: [String] = []
    }

    let commands: [Command]

    /// The examples of the Markdown `text`.
    init(markdown text: String) {
        var commands: [Command] = []
        var inConsole = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("```") {
                inConsole = !inConsole && line == "```console"
                continue
            }
            guard inConsole else { continue }
            if line.hasPrefix("$ ") {
                commands.append(Command(line: String(line.dropFirst(2))))
            } else if !line.isEmpty, !line.contains("…"), !commands.isEmpty {
                commands[commands.count - 1].expected.append(line)
            }
        }
        self.commands = commands
    }

    /// One bash script that runs the commands in order in one shell (so `cd` carries over),
    /// writing each one's output and exit status to `folder/<n>.out` and `folder/<n>.status`.
    func script(recordingIn folder: URL) -> String {
        commands.enumerated().map { index, command in
            let out = folder.appendingPathComponent("\(index).out").path, status = folder.appendingPathComponent("\(index).status").path
            return "\(command.line) > '\(out)' 2>&1 < /dev/null; echo $? > '\(status)'"
        }.joined(separator: "\n") + "\n"
    }
}
