public import AdvocacyCore

extension StageDefinition {
    /// `lists`: each audience that selects contacts becomes `lists/<audience>.csv`, and
    /// `lists/report.json` counts members per audience and language and lists everyone left out,
    /// with the reason and the source row. It publishes the resolved audiences
    /// (``CampaignContacts``) for later stages, and for `advocate plan` and `lists`.
    public static let buildLists = StageDefinition(
        name: "lists",
        summary: "Builds each audience's distribution list from the campaign's contact exports, with a report of who was left out and why.",
        options: ListsOptions.self,
        provides: [CampaignContacts.self]
    ) { options in
        Stage(name: "lists", options: options) { context in
            let contacts: CampaignContacts
            do throws(ListError) {
                contacts = try CampaignContacts(context.campaign, projectRoot: context.projectRoot)
            } catch {
                throw AdvocateError(error.kind, "the contact files cannot be used", diagnostics: error.diagnostics)
            }
            context.products.publish(contacts)
            guard context.writesFiles, !context.campaign.contacts.isEmpty else { return }
            let format = ListCSVFormat(style: options.excel ? .excel : .standard)
            for list in contacts.lists {
                try context.writeStreaming(to: "lists/\(list.spec.id).csv") { sink throws(AdvocateError) in
                    try ListsOutput.stream(into: sink) { chunk throws(ListError) in try ListCSVWriter.write(list, format: format, to: chunk) }
                }
            }
            try context.writeStreaming(to: "lists/report.json") { sink throws(AdvocateError) in
                try ListsOutput.stream(into: sink) { chunk throws(ListError) in try ListReport.write(book: contacts.book, lists: contacts.lists, to: chunk) }
            }
        }
    }.owning(.lists)
}

/// Bridges the lists module's byte sinks to the build's output.
enum ListsOutput {
    /// Streams what `write` hands on into `sink`. When the sink fails (a full disk), its own
    /// error comes out, saying which file and why.
    static func stream(into sink: OutputSink, _ write: (@escaping ByteSink) throws(ListError) -> Void) throws(AdvocateError) {
        var failure: AdvocateError?
        do throws(ListError) {
            try write { bytes throws(ListError) in
                do throws(AdvocateError) {
                    try sink.write(bytes)
                } catch {
                    failure = error
                    throw ListError(error.kind, [])
                }
            }
        } catch {
            throw failure ?? AdvocateError(error.kind, "a list could not be written", diagnostics: error.diagnostics)
        }
    }
}
