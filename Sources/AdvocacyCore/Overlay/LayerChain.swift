import Foundation

/// Reads a campaign file and, through `extends:`, every file beneath it, stopping at a cycle,
/// a missing parent or a path that leaves the project.
struct LayerChain {
    /// More layers than this is surely a mistake.
    static let maximumDepth = 16

    let project: Project

    /// The layers, the file extended last first and the campaign's own file last, and the
    /// problems found; the layers stop where a problem was found.
    func layers(for file: String, bytes: [UInt8]) -> ([Layer], [Diagnostic]) {
        var layers: [Layer] = []
        var diagnostics: [Diagnostic] = []
        var next: (file: String, bytes: [UInt8])? = (file, bytes)
        while let (file, bytes) = next {
            next = nil
            let source = SourceText(bytes: bytes)
            let yaml = YAMLLoader.load(bytes, file: file, source: source)
            diagnostics += yaml.diagnostics
            guard let root = yaml.root else {
                layers.insert(Layer(file: file, name: CampaignFile.id(ofPath: file), root: YAMLNode(.mapping([]), at: SourceLocation(file: file, line: 1, column: 1)), source: source), at: 0)
                break
            }
            let layer = Layer(file: file, name: root["id"]?.scalar?.text ?? CampaignFile.id(ofPath: file), root: root, source: source)
            layers.insert(layer, at: 0)
            guard let extends = layer.extends else { break }
            switch parent(named: extends, of: layers) {
            case .success(let parent): next = parent
            case .failure(let problem): diagnostics.append(problem)
            }
        }
        return (layers, diagnostics)
    }

    private func parent(named node: YAMLNode, of chain: [Layer]) -> Result<(file: String, bytes: [UInt8]), Diagnostic> {
        guard let reference = node.scalar?.text, !reference.isEmpty else {
            return .failure(.error("'extends' should name a campaign or template, such as 'extends: decent-work'", at: node.location))
        }
        let file: String
        do {
            file = try locate(reference)
        } catch {
            return .failure(.error("\(error.message) (\(Self.describe(chain)))", at: node.location))
        }
        let standardized = URL(fileURLWithPath: file).standardizedFileURL.path
        if chain.contains(where: { URL(fileURLWithPath: $0.file).standardizedFileURL.path == standardized }) {
            let cycle = chain.map(\.file).reversed() + [file]
            return .failure(.error("these campaigns extend each other in a circle: \(cycle.joined(separator: " → ")); break the circle", at: node.location))
        }
        if chain.count >= Self.maximumDepth {
            return .failure(.error("more than \(Self.maximumDepth) campaigns extend one another here; that is surely a mistake", at: node.location))
        }
        do {
            return .success((file, try InputFile.read(file, what: "the extended file")))
        } catch {
            return .failure(.error(error.message, at: node.location))
        }
    }

    /// The file for an `extends:` value: an id in `Campaigns/` or `Campaigns/templates/`, or a
    /// path inside the project.
    private func locate(_ reference: String) throws(ContainmentError) -> String {
        if reference.contains("/") || CampaignFile.extensions.contains(where: { reference.hasSuffix(".\($0)") }) {
            let url = try project.containedFile(reference, what: "the extended file").get()
            guard FileManager.default.fileExists(atPath: url.path) else {
                throw ContainmentError(message: "the extended file '\(reference)' does not exist")
            }
            return Project.displayPath(url)
        }
        for folder in [Project.campaignsFolder, Project.templatesFolder] {
            for ext in CampaignFile.extensions {
                let url = project.root.appendingPathComponent(folder).appendingPathComponent("\(reference).\(ext)")
                guard FileManager.default.fileExists(atPath: url.path) else { continue }
                let contained = try project.containedFile("\(folder)/\(reference).\(ext)", what: "the extended campaign").get()
                return Project.displayPath(contained)
            }
        }
        let known = project.campaignFiles().map(CampaignFile.id(ofPath:))
        throw ContainmentError(message: "there is no campaign or template '\(reference)' to extend\(Suggestion.clause(for: reference, among: known))")
    }

    /// "chain: a.yaml → b.yaml", for messages about a broken chain.
    private static func describe(_ chain: [Layer]) -> String {
        "chain: " + chain.map(\.file).reversed().joined(separator: " → ")
    }
}
