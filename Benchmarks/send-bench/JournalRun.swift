import AdvocacyCore
import AdvocacyPlugins
import Crypto
import Foundation

/// `advocate send`'s whole path on the benchmark's messages: the plan read from a manifest and
/// every file's SHA-256 checked, the journal created (WAL, `synchronous=FULL`), then for each
/// message an intent on disk, the hand-over through the SMTP transport and the outcome on disk.
enum JournalRun {
    /// Lays the messages in `folder` out as a build leaves a mailing: hard links under
    /// `out/bench/mailings/launch/`, and `out/bench/manifest.json` with each one's hash. Returns `out`.
    static func prepare(folder: URL) throws -> URL {
        let out = folder.appendingPathComponent("out")
        let mailing = out.appendingPathComponent("bench/mailings/launch/fr")
        try FileManager.default.createDirectory(at: mailing, withIntermediateDirectories: true)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".eml") }.sorted()
        var files: [[String: Any]] = []
        for name in names {
            let source = folder.appendingPathComponent(name)
            guard link(source.path, mailing.appendingPathComponent(name).path) == 0 else { throw CocoaError(.fileWriteUnknown) }
            let bytes = try Data(contentsOf: source)
            let digest = SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
            files.append(["path": "mailings/launch/fr/\(name)", "sha256": digest, "bytes": bytes.count, "stage": "mailing", "language": "fr"])
        }
        let manifest = try JSONSerialization.data(withJSONObject: ["campaign": "bench", "files": files], options: [.sortedKeys])
        try manifest.write(to: out.appendingPathComponent("bench/manifest.json"))
        return out
    }

    /// One send of the whole mailing with a new journal, timed from reading the plan to the last outcome.
    static func measure(out: URL, port: Int, connections: Int) async throws -> SendRun {
        try? FileManager.default.removeItem(at: out.appendingPathComponent(".send"))
        let transport = try TransportAddress(parsing: "smtp://127.0.0.1:\(port)")
            .makeTransport(settings: TransportSettings(connections: connections, insecure: true), environment: [:])
        let started = ContinuousClock.now
        let plan = try SendPlan(out: out, campaign: "bench", mailing: "launch")
        let journal = try SendJournal.create(at: JournalLocation(out: out, campaign: "bench", mailing: "launch").database, plan: plan)
        let sender = MailingSender(plan: plan, journal: journal, settings: SendSettings(parallel: connections * 2, attempts: 1, errorLimit: plan.messages.count + 1))
        let result = try await sender.run(through: transport, choices: .init())
        let elapsed = ContinuousClock.now - started
        journal.close()
        await transport.close()
        return SendRun(sent: result.status.count(.sent), seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }
}
