/// Generates campaign files for tests and benchmarks: valid, as large as asked, and the same for
/// the same seed on every machine.
///
/// The YAML varies its style as hand-written files do — literal and folded block scalars, plain,
/// single- and double-quoted scalars with escapes, flow and block collections, comments — and
/// its texts are Markdown in French, Dutch and English with their accents and typography. Ids
/// are unique, every cited source and every mailing's audience exists, and every text is in all
/// three languages, so the campaign loads without a single error or warning.
public enum CampaignGenerator {
    /// The generated campaign's id: save it as `generated.yaml`.
    public static let id = "generated"

    /// One campaign document of about `approximateBytes` bytes, drawn from `seed`. However small
    /// the size asked, it has at least one demand, source, audience and mailing.
    public static func yaml(seed: UInt64, approximateBytes: Int) -> String {
        var writer = CampaignWriter(seed: seed)
        writer.header(seed: seed)
        let header = writer.take()
        let remaining = max(approximateBytes - header.utf8.count, 0)

        // Sources and audiences first, so that demands and mailings can refer to them.
        writer.line(0, "sources:")
        let sourceIDs = writer.items(until: remaining / 10) { writer, number in writer.source(number: number) }
        let sources = writer.take()
        writer.line(0, "audiences:  # who the mailings go to")
        let audienceIDs = writer.items(until: remaining / 20) { writer, number in writer.audience(number: number) }
        let audiences = writer.take()

        writer.line(0, "demands:")
        _ = writer.items(until: remaining * 6 / 10) { writer, number in writer.demand(number: number, citing: sourceIDs) }
        let demands = writer.take()
        writer.line(0, "mailings:")
        _ = writer.items(until: remaining / 4) { writer, number in writer.mailing(number: number, to: audienceIDs) }
        writer.pipeline()
        return [header, demands, sources, audiences, writer.take()].joined()
    }
}

extension CampaignWriter {
    /// Writes items numbered from 1 until the section holds `bytes`, at least one, and returns
    /// what `item` returns for each: their ids.
    fileprivate mutating func items(until bytes: Int, _ item: (inout CampaignWriter, Int) -> String) -> [String] {
        var ids: [String] = []
        repeat { ids.append(item(&self, ids.count + 1)) } while byteCount < bytes
        return ids
    }
}
