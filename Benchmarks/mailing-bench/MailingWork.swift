import AdvocacyCore
import AdvocacyPlugins
import Foundation

/// The Swift side of the benchmark, run in a child process: the mailing's texts compiled once
/// per language, then per member of the tab-separated file (read a line at a time) the values,
/// the unsubscribe token and the message, written into one reused buffer and from it to one
/// mbox file or one `.eml` file per member, through the build's output writer.
enum MailingWork {
    enum Format: String {
        case mbox, eml
    }

    static func run(format: Format, recipients path: String, texts: String, folder: String, attachment: Bool) throws {
        let decoded = try JSONDecoder().decode([String: BenchMailing.Texts].self, from: Data(contentsOf: URL(fileURLWithPath: texts)))
        let pdf = attachment ? try Attachment(Array(repeating: 0x25, count: 200_000), filename: "position.pdf") : nil
        var templates: [String: MessageTemplate] = [:]
        for (language, texts) in decoded {
            let alternative = MIMEPart.multipart(.alternative, [
                .text(try TextPart(.plain, text: texts.text, language: language)),
                .text(try TextPart(.html, text: texts.html, language: language)),
            ])
            let body = pdf.map { MIMEPart.multipart(.mixed, [alternative, .attachment($0)]) } ?? alternative
            templates[language] = try MessageTemplate(subject: texts.subject, body: body)
        }
        let sender = try MailAddress("campagnes@coop.example", displayName: "Coopérative Solidaire")
        let list = try ListID("\(BenchMailing.mailing).\(BenchMailing.campaign).coop.example", description: "Coopérative Solidaire")
        let secret = Array(BenchMailing.secret.utf8)
        guard let file = fopen(path, "r") else { throw CocoaError(.fileReadNoSuchFile) }
        defer { fclose(file) }

        var output = try OutputWriter(directory: URL(fileURLWithPath: folder).appendingPathComponent(BenchMailing.campaign))
        var encoder = MessageEncoder(lineBreaks: format == .mbox ? .lf : .crlf)
        var buffer: [UInt8] = []
        var line: UnsafeMutablePointer<CChar>?
        var capacity = 0
        defer { free(line) }
        var count = 0

        /// The next member's message in `buffer`, and the language and address it went to;
        /// `nil` at the end of the file.
        func next() throws -> (language: String, address: String)? {
            let length = getline(&line, &capacity, file)
            guard length > 0, let line else { return nil }
            let fields = String(decoding: UnsafeRawBufferPointer(start: line, count: length - 1), as: UTF8.self)
                .split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let (email, first, last, language, salutation, organisation) = (fields[0], fields[1], fields[2], fields[3], fields[4], fields[5])
            var values = PlaceholderValues(BenchMailing.campaignValues[language]!)
            values["recipient.first_name"] = first
            values["recipient.last_name"] = last
            values["recipient.salutation"] = salutation.isEmpty ? (first.isEmpty ? "Bonjour" : first) : salutation
            values["recipient.organisation"] = organisation.isEmpty ? "la coopérative" : organisation
            let token = UnsubscribeToken.make(mailing: BenchMailing.mailing, address: email, secret: secret)
            let encodedAddress = email.replacingOccurrences(of: "@", with: "%40").replacingOccurrences(of: "+", with: "%2B")
            let headers = MessageHeaders(
                from: sender, to: [try MailAddress(email, displayName: [first, last].filter { !$0.isEmpty }.joined(separator: " "))],
                date: BenchMailing.date,
                messageID: MessageID.derived(campaign: BenchMailing.campaign, mailing: BenchMailing.mailing, recipient: email, domain: "coop.example"),
                listID: list,
                listUnsubscribe: try ListUnsubscribe(
                    https: "https://coop.example/unsubscribe?m=\(BenchMailing.mailing)&a=\(encodedAddress)&t=\(token)",
                    mailto: "mailto:unsubscribe@coop.example?subject=\(BenchMailing.mailing)"),
                contentLanguage: [language])
            buffer.removeAll(keepingCapacity: true)
            try encoder.encode(templates[language]!, headers: headers, values: values, into: &buffer)
            return (language, email)
        }

        switch format {
        case .mbox:
            var failure: (any Error)?
            try output.writeStreaming(to: "mailings/\(BenchMailing.mailing)/mailbox.mbox", stage: "mailing", language: nil) { sink throws(AdvocateError) in
                var mailbox = MailboxWriter(sink, date: BenchMailing.date)
                do {
                    while try next() != nil {
                        try mailbox.append(buffer)
                        count += 1
                    }
                } catch {
                    failure = error
                }
                try mailbox.finish()
            }
            if let failure { throw failure }
        case .eml:
            while let (language, address) = try next() {
                try output.write(buffer, to: "mailings/\(BenchMailing.mailing)/\(language)/\(address).eml", stage: "mailing", language: LanguageCode(language))
                count += 1
            }
        }
        let manifest = try output.finish(campaign: BenchMailing.campaign)
        let bytes = manifest.files.reduce(0) { $0 + $1.bytes }
        print("\(count) messages, \(String(format: "%.1f", Double(bytes) / 1e6)) MB in \(manifest.files.count) file(s)")
    }
}
