import Foundation

/// The partner profiles of a project, in `Campaigns/partners/<id>.yaml`.
struct PartnerDirectory {
    let project: Project
    /// The format profiles are read through, with the keys registered stages add.
    var format: FormatDeclaration = .core

    /// Every partner id with a profile, sorted.
    var ids: [String] {
        Project.campaignFiles(in: project.root.appendingPathComponent(Project.partnersFolder)).map(CampaignFile.id(ofPath:))
    }

    /// The profile `reference` names, with the problems in its file, or a diagnostic at the
    /// reference when there is no such profile.
    func profile(_ reference: Located<String>) -> (PartnerProfile?, [Diagnostic], (String, SourceText)?) {
        let folder = project.root.appendingPathComponent(Project.partnersFolder)
        let url = CampaignFile.extensions.lazy
            .map { folder.appendingPathComponent("\(reference.value).\($0)") }
            .first { FileManager.default.fileExists(atPath: $0.path) }
        guard let url else {
            let hint = Suggestion.closest(to: reference.value, among: ids).map { "; did you mean '\($0)'?" }
                ?? (ids.isEmpty ? "" : " (partners: \(ids.joined(separator: ", ")))")
            return (nil, [.error("there is no partner profile '\(reference.value)' in \(Project.partnersFolder)/\(hint)", at: reference.location)], nil)
        }
        let bytes: [UInt8]
        do throws(AdvocateError) {
            let path = "\(Project.partnersFolder)/\(url.lastPathComponent)"
            if case .failure(let error) = project.containedFile(path, what: "the partner profile") {
                throw AdvocateError(.invalidInput, error.message)
            }
            bytes = try InputFile.read(Project.displayPath(url), what: "the partner profile")
        } catch {
            return (nil, [.error(error.message, at: reference.location)], nil)
        }
        let file = Project.displayPath(url)
        let yaml = YAMLLoader.load(bytes, file: file)
        var diagnostics = yaml.diagnostics
        var profile: PartnerProfile?
        if let root = yaml.root {
            let (decoded, problems) = PartnerProfile.decode(root, file: file, format: format)
            profile = decoded
            diagnostics += problems
            if let decoded { diagnostics += check(decoded) }
        }
        return (profile, diagnostics, (file, SourceText(bytes: bytes)))
    }

    /// The id matches the file, the logo is a file inside the project, and a text written per
    /// language has one in each language the partner lists (a warning: papers fall back).
    private func check(_ profile: PartnerProfile) -> [Diagnostic] {
        var diagnostics = profile.untranslatedTexts()
        let expected = CampaignFile.id(ofPath: profile.file)
        if !profile.id.value.isEmpty, profile.id.value != expected {
            diagnostics.append(.error("the partner id '\(profile.id.value)' differs from its file name '\(expected)'; rename one", at: profile.id.location))
        }
        if let logo = profile.logo {
            switch project.containedFile(logo.value, what: "the logo") {
            case .failure(let error):
                diagnostics.append(.error(error.message, at: logo.location))
            case .success(let url):
                guard let problem = InputFile.problem(at: Project.displayPath(url), what: "the logo") else { break }
                let message = problem.kind == .missingInput
                    ? "the logo '\(logo.value)' does not exist; give the path of an image inside the project" : problem.message
                diagnostics.append(.error(message, at: logo.location))
            }
        }
        return diagnostics
    }
}

extension Project {
    /// The partner profile `id`, read through `format` and checked, with its diagnostics and
    /// source lines.
    public func partnerProfile(_ id: String, format: FormatDeclaration) -> (profile: PartnerProfile?, diagnostics: [Diagnostic], sources: [String: SourceText]) {
        let reference = Located(id, at: SourceLocation(file: "--partner", line: 1, column: 1))
        let (profile, diagnostics, source) = PartnerDirectory(project: self, format: format).profile(reference)
        return (profile, diagnostics, source.map { [$0.0: $0.1] } ?? [:])
    }
}
