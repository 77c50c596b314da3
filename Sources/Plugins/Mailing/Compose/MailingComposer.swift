public import AdvocacyCore
public import Foundation

/// Everything one mailing's messages share, prepared once: its texts in each language rendered
/// once, the sender, the date, the list headers, the attachments; then, per recipient, the
/// language they get, their headers and their values (``addressee(for:)``). The mailing
/// stage, the pre-send check and `advocate plan` all go through it, so that they agree on
/// who gets what.
public final class MailingComposer {
    /// The mailing.
    public let mailing: Mailing
    let campaign: Campaign
    let partner: PartnerProfile?
    let audience: AudienceMailing?
    let book: ContactBook
    /// The sender in each text language, whose name the partner may give per language.
    let senders: [LanguageCode: MailAddress]
    /// Where replies go, in each text language.
    let replyTos: [LanguageCode: MailAddress]
    /// The sender's domain, which Message-IDs and the List-Id end with.
    let domain: String
    /// The `Date:` of every message.
    public let date: Date
    let listID: ListID?
    let secret: [UInt8]
    /// The unsubscribe page split at its `{{token}}`s, made once.
    let unsubscribePage: [String]?
    /// The languages this build writes, and the order a bilingual message's texts come in.
    let languages: [LanguageCode]
    let order: [LanguageCode]
    /// The text chosen for readers of each language.
    public let choices: [LanguageCode: MailingTextChoice]
    /// Each text language's subject and body, rendered once.
    public let texts: [LanguageCode: LanguageText]
    let footers: [LanguageCode: MailingFooter]
    /// The paper's PDF in each language, when the mailing attaches it.
    let attachments: [LanguageCode: Attachment]
    /// The file name of the paper attached in each text language, when the mailing attaches it.
    public let attachmentNames: [LanguageCode: String]
    private var templates: [[LanguageCode]: ComposedTemplate] = [:]

    /// Problems of the mailing itself, found while preparing it: each at the campaign's
    /// file:line. A mailing with any writes no message.
    public private(set) var problems: [Diagnostic] = []

    /// Prepares `mailing` of `campaign`, whose audience's contacts are in `book`, for the
    /// `languages` being built. `pdfs` are the papers' PDFs by language, for a mailing that
    /// attaches them, or `nil` when they are not printed (a plan, which writes nothing);
    /// `secret` keys the unsubscribe tokens (a plan passes any).
    /// The mailing's own problems are in ``problems``.
    public init(
        _ mailing: Mailing, of campaign: Campaign, partner: PartnerProfile?, book: ContactBook, languages: [LanguageCode],
        pdfs: [LanguageCode: [UInt8]]?, date: Date, secret: [UInt8], renderer: MarkdownRenderer = MarkdownRenderer(limits: .paper)
    ) {
        self.mailing = mailing
        self.campaign = campaign
        self.partner = partner
        self.book = book
        self.date = date
        self.secret = secret
        unsubscribePage = mailing.settings.unsubscribeURL.map { $0.value.components(separatedBy: "{{token}}") }
        self.languages = languages
        audience = campaign.audiences.first { $0.id.value == mailing.audience.value }?.mailing
        let settings = mailing.settings
        let campaignOrder = campaign.languages.map(\.value)
        order = settings.bilingualOrder.map(\.value) + campaignOrder.filter { !settings.bilingualOrder.map(\.value).contains($0) }
        var problems: [Diagnostic] = []
        let at = mailing.id.location

        // The texts each language's readers get, rendered once each.
        let status = TranslationStatus(campaign)
        var choices: [LanguageCode: MailingTextChoice] = [:]
        for language in campaign.languages.map(\.value) {
            choices[language] = MailingTextChoice.choose(for: language, of: mailing, in: campaign, status: status)
        }
        self.choices = choices
        var texts: [LanguageCode: LanguageText] = [:], footers: [LanguageCode: MailingFooter] = [:]
        for case .text(let language) in choices.values where texts[language] == nil {
            do {
                texts[language] = try LanguageText(mailing, in: language, renderer: renderer)
            } catch {
                problems += error.diagnostics.isEmpty ? [.error(error.message, at: at)] : error.diagnostics
            }
            footers[language] = MailingFooter(
                language: language, identity: partner?.identity(in: language, for: campaign), linksPaper: settings.paper?.value == .link)
        }
        self.texts = texts
        self.footers = footers

        // The sender and reply-to in each text language: the mailing's, else the partner's.
        var senders: [LanguageCode: MailAddress] = [:], replyTos: [LanguageCode: MailAddress] = [:]
        for language in texts.keys.sorted(by: { $0.code < $1.code }) {
            let identity = partner?.identity(in: language, for: campaign)
            let sender = settings.from.map { ($0.name.value, $0.email.value, $0.email.location) }
                ?? identity.map { ($0.sender.name.text, $0.sender.email, partner!.sender.email.location) }
            let reply = settings.replyTo.map { ($0.name.value, $0.email.value, $0.email.location) }
                ?? identity.map { ($0.contact.name.text, $0.contact.email, (partner!.contact ?? partner!.sender).email.location) }
            guard let (name, email, location) = sender else {
                problems.append(.error("mailing '\(mailing.id.value)' has no sender: give it 'from:', or give the campaign a 'partner:' whose profile has a 'sender:'", at: at))
                break
            }
            do throws(MessageError) {
                senders[language] = try MailAddress(email, displayName: name)
                if let (name, email, _) = reply { replyTos[language] = try MailAddress(email, displayName: name) }
            } catch {
                problems.append(.error("the sender or reply-to of mailing '\(mailing.id.value)' in \(language.code) cannot be used: \(error)", at: location))
                break
            }
        }
        self.senders = senders
        self.replyTos = replyTos
        let domain = senders.values.first?.domain ?? "invalid"
        self.domain = domain
        listID = try? ListID("\(mailing.id.value).\(campaign.id.value).\(domain)")

        // The paper attached, in each language a message of this build is written in: a build of
        // some languages (`build --lang`) needs only the papers its own readers' texts are in.
        let written = Set(languages.compactMap { language -> LanguageCode? in
            guard case .text(let text)? = choices[language] else { return nil }
            return text
        })
        var attachments: [LanguageCode: Attachment] = [:]
        if settings.paper?.value == .attach, let pdfs {
            for language in texts.keys.sorted(by: { $0.code < $1.code }) where written.contains(language) {
                guard let pdf = pdfs[language] else {
                    problems.append(.error(
                        "mailing '\(mailing.id.value)' attaches the position paper, but no \(language.code) PDF was made in this build: run the draft stage with 'pdf: true' before the mailing stage, or write 'paper: link'",
                        at: settings.paper?.location ?? at))
                    continue
                }
                do throws(MessageError) {
                    attachments[language] = try Attachment(pdf, filename: MailingComposer.attachmentName(campaign, language), language: language.code)
                } catch {
                    problems.append(.error("the \(language.code) paper cannot be attached: \(error)", at: settings.paper?.location ?? at))
                }
            }
        }
        self.attachments = attachments
        attachmentNames = settings.paper?.value == .attach ? Dictionary(uniqueKeysWithValues: texts.keys.map { ($0, MailingComposer.attachmentName(campaign, $0)) }) : [:]
        self.problems = problems
        self.problems += MailingChecks.mailingProblems(self)
    }

    /// The name the paper in `language` is attached under.
    static func attachmentName(_ campaign: Campaign, _ language: LanguageCode) -> String {
        "\(campaign.id.value)-\(language.code).pdf"
    }

    /// The compiled template of a message carrying the texts in `languages`, made once.
    func template(for languages: [LanguageCode]) throws(MessageError) -> ComposedTemplate {
        if let known = templates[languages] { return known }
        let parts = languages.compactMap { language in texts[language].map { ($0, footers[language]!) } }
        // A part in one language says so; a bilingual one leaves it to the message's
        // Content-Language and, in HTML, to each text's lang attribute.
        let language = languages.count == 1 ? languages[0].code : nil
        let alternative = MIMEPart.multipart(.alternative, [
            .text(try TextPart(.plain, text: MessageLayout.plainText(parts), language: language)),
            .text(try TextPart(.html, text: MessageLayout.html(parts), language: language)),
        ])
        let files = languages.compactMap { attachments[$0] }.map(MIMEPart.attachment)
        let body = files.isEmpty ? alternative : .multipart(.mixed, [alternative] + files)
        let composed = ComposedTemplate(template: try MessageTemplate(subject: MessageLayout.subject(parts.map(\.0)), body: body))
        templates[languages] = composed
        return composed
    }
}

/// A message template with each of its placeholders read once: the language it is in and what
/// it stands for.
struct ComposedTemplate {
    let template: MessageTemplate
    let slots: [(name: String, language: LanguageCode?, placeholder: MailPlaceholder?)]

    init(template: MessageTemplate) {
        self.template = template
        slots = template.placeholders.map { name in
            let (code, rest) = LanguageText.unprefixed(name)
            return (name, LanguageCode(code), try? MailPlaceholder.parse(rest).get())
        }
    }
}
