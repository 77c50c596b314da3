public import Foundation

/// Where a mailing's journal lives: `OUT/.send/<campaign>/<mailing>.sqlite`, beside the build
/// output and never inside `OUT/<campaign>/`, which every build replaces whole.
public struct JournalLocation: Sendable {
    /// The folder of the campaign's journals.
    public let folder: URL
    /// The mailing's id.
    public let mailing: String

    /// The journal of `mailing` of `campaign` built under `out`.
    public init(out: URL, campaign: String, mailing: String) {
        folder = out.appendingPathComponent(".send").appendingPathComponent(campaign)
        self.mailing = mailing
    }

    /// The SQLite file.
    public var database: URL { folder.appendingPathComponent("\(mailing).sqlite") }
    /// The lock beside it.
    public var lock: URL { folder.appendingPathComponent("\(mailing).lock") }

    /// Where `--restart` moves the journal: `<mailing>.<UTC time>.sqlite`.
    func archive(at date: Date) -> URL {
        let stamp = ISO8601DateFormatter().string(from: date).replacingOccurrences(of: ":", with: "")
        return folder.appendingPathComponent("\(mailing).\(stamp).sqlite")
    }

    /// The journals of every mailing of `campaign` built under `out`, archived ones included.
    public static func journals(out: URL, campaign: String) -> [URL] {
        let folder = JournalLocation(out: out, campaign: campaign, mailing: "").folder
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".sqlite") }.sorted().map { folder.appendingPathComponent($0) }
    }
}
