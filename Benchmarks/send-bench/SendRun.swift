import AdvocacyCore
import AdvocacyPlugins
import Foundation

/// One side's run: how many messages it sent, and how long that took.
struct SendRun {
    var sent: Int
    var seconds: Double

    /// advocate's side: reads each message file and delivers it through the SMTP transport,
    /// `connections` messages at a time, as `advocate send` would.
    static func measure(folder: URL, port: Int, connections: Int) async throws -> SendRun {
        let transport = try TransportAddress(parsing: "smtp://127.0.0.1:\(port)")
            .makeTransport(settings: TransportSettings(connections: connections, insecure: true), environment: [:])
        let lines = try String(contentsOf: folder.appendingPathComponent("envelopes.tsv"), encoding: .utf8).split(separator: "\n")
        let started = ContinuousClock.now
        var pending = lines.makeIterator()
        let sent = try await withThrowingTaskGroup(of: Bool.self) { group in
            var sent = 0
            var running = 0
            while true {
                // Keep twice as many deliveries under way as there are connections, and no more:
                // the messages are read as they are sent, never all held at once.
                while running < connections * 2, let line = pending.next() {
                    let fields = line.split(separator: "\t").map(String.init)
                    let message = try Data(contentsOf: folder.appendingPathComponent(fields[2]))
                    let envelope = try Envelope(sender: fields[0], recipient: fields[1], message: Array(message), messageID: fields[2])
                    group.addTask { await transport.deliver(envelope).isSent }
                    running += 1
                }
                guard let done = try await group.next() else { return sent }
                running -= 1
                if done { sent += 1 }
            }
        }
        await transport.close()
        return SendRun(sent: sent, seconds: seconds(ContinuousClock.now - started))
    }

    /// The reference script's side, timed from its start to its end.
    static func reference(script: URL, folder: URL, port: Int) throws -> SendRun {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [script.path, String(port), folder.path]
        let output = Pipe()
        process.standardOutput = output
        let started = ContinuousClock.now
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let elapsed = ContinuousClock.now - started
        let sent = Int(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        return SendRun(sent: process.terminationStatus == 0 ? sent : 0, seconds: seconds(elapsed))
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
