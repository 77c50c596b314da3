import Foundation

/// The benchmark's messages: files of about 2 KB each, in French, Dutch and English, with lines
/// that start with a dot, and `envelopes.tsv` listing sender, recipient and file for each.
enum BenchMessages {
    /// Writes `count` messages into `folder` and returns their total size.
    static func write(_ count: Int, to folder: URL) throws -> (files: Int, bytes: Int) {
        var envelopes = ""
        var total = 0
        let bodies = [
            "Bonjour {name},\n\nL'économie sociale emploie des milliers de travailleurs en Belgique.\n.\n",
            "Beste {name},\n\nDe sociale economie verdient erkenning, zoals de IAO in 2022 besliste.\n..\n",
            "Dear {name},\n\nFreelancers deserve decent work and social protection.\n.signature\n",
        ]
        for index in 0..<count {
            let recipient = "member\(index)@example.org"
            let name = String(format: "%05d.eml", index)
            let body = bodies[index % 3].replacingOccurrences(of: "{name}", with: "member \(index)")
            let message = """
            From: SMart <campagnes@smart.example>
            To: <\(recipient)>
            Subject: Campaign update \(index)
            Message-ID: <bench\(index)@smart.example>
            Date: Sun, 29 Nov 2026 12:00:00 +0100
            MIME-Version: 1.0
            Content-Type: text/plain; charset=utf-8
            Content-Transfer-Encoding: 8bit

            \(body)\(String(repeating: "Une ligne de texte pour donner au message sa taille habituelle.\n", count: 24))
            """
            let bytes = Data(message.utf8)
            try bytes.write(to: folder.appendingPathComponent(name))
            total += bytes.count
            envelopes += "bounces@smart.example\t\(recipient)\t\(name)\n"
        }
        try Data(envelopes.utf8).write(to: folder.appendingPathComponent("envelopes.tsv"))
        return (count, total)
    }
}
