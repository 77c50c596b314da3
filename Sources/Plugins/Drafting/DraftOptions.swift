import AdvocacyCore

/// The options of the `draft` stage.
struct DraftOptions: StageOptionSet {
    var listSources = true
    var numberDemands = true
    var html = true
    var pdf = false
    var pdfEngine = Command(PDFEngine.defaultCommand)
    var layout: ProjectPath?

    static let options: [StageOptionField<Self>] = [
        .init("list-sources", \.listSources, help: "End the paper with the numbered list of sources."),
        .init("number-demands", \.numberDemands, help: "Number the demands 1, 2, 3…"),
        .init("html", \.html, help: "Write the paper as HTML for print, beside the Markdown."),
        .init("pdf", \.pdf, help: "Also print the HTML to PDF with the PDF engine."),
        .init("pdf-engine", \.pdfEngine, help: "The program (and its first arguments) that prints HTML to PDF: PROGRAM … INPUT OUTPUT; the default, weasyprint, runs sealed."),
        .init("layout", \.layout, help: "A Mustache layout for the HTML, a path inside the project (default: the partner's, else the built-in one)."),
    ]

    /// Whether the paper is laid out in HTML at all: for the HTML file or for the PDF.
    var laysOut: Bool { html || pdf }
}
