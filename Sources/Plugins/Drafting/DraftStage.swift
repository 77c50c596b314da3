public import AdvocacyCore

extension StageDefinition {
    /// `draft`: one position paper per language, at `papers/<lang>/position-paper.md`, `.html`
    /// and, when asked, `.pdf`; publishes where it wrote them (``PositionPapers``). Owns the
    /// campaign's `date:` and `labels:` (``FormatExtension/paper``).
    public static let draftPositionPapers = StageDefinition(
        name: "draft",
        summary: "Writes a position paper per language from the campaign's demands, arguments and sources: Markdown, HTML and, when asked, PDF.",
        options: DraftOptions.self,
        provides: [PositionPapers.self]
    ) { options in
        Stage(name: "draft", options: options, check: options.laysOut ? DraftCheck.check(layout: options.layout) : nil) { context in
            let project = Project(root: context.projectRoot)
            let layout = options.laysOut ? try paperLayout(options.layout, partner: context.partner, in: project) : nil
            let logo = try context.partner.flatMap { partner throws(AdvocateError) in try PaperLogo.dataURI(of: partner, in: project) }
            let renderer = PaperTexts.renderer(in: project)
            var printing: [PDFEngine.Paper] = []
            var papers = PositionPapers()
            for language in context.languages {
                let paper = PositionPaper(campaign: context.campaign, language: language)
                let markdown = paper.markdown(
                    listingSources: options.listSources,
                    numberingDemands: options.numberDemands)
                let folder = "papers/\(language.code)"
                try context.write(markdown, to: "\(folder)/position-paper.md", language: language)
                papers.files[language, default: []].append("\(folder)/position-paper.md")
                guard let layout else { continue }
                let page = try PaperPage(
                    paper: paper, partner: context.partner, logo: logo, campaign: context.campaign, renderer: renderer,
                    listingSources: options.listSources, numberingDemands: options.numberDemands)
                let html = layout.render(page)
                if options.html {
                    try context.write(html, to: "\(folder)/position-paper.html", language: language)
                    papers.files[language, default: []].append("\(folder)/position-paper.html")
                }
                // A dry build keeps no file, so it prints none.
                if options.pdf, context.writesFiles { printing.append(PDFEngine.Paper(language: language, html: html)) }
            }
            // Every paper in one run of the engine, which costs most in starting.
            let pdfs = try await PDFEngine(command: options.pdfEngine.words).print(printing, of: context.campaign.id.value, in: context)
            for (paper, pdf) in zip(printing, pdfs) {
                try context.write(pdf, to: "papers/\(paper.language.code)/position-paper.pdf", language: paper.language)
                papers.files[paper.language, default: []].append("papers/\(paper.language.code)/position-paper.pdf")
                papers.pdfs[paper.language] = pdf
            }
            context.products.publish(papers)
        }
    }.owning(.paper)

    /// The campaign's layout, else the partner's, else the built-in one.
    static func paperLayout(_ path: ProjectPath?, partner: PartnerProfile?, in project: Project) throws(AdvocateError) -> PaperLayout {
        if let path { return try PaperLayout.load(path.path, in: project, declaredAt: path.location) }
        if let layout = partner?.layout { return try PaperLayout.load(layout.value, in: project, declaredAt: layout.location) }
        return PaperLayout.standard
    }
}
