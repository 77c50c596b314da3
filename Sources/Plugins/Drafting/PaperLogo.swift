import AdvocacyCore
import Foundation

/// A partner's logo as a `data:` address, so that the HTML carries it and a PDF engine needs
/// no file beside it; an SVG logo is checked first (``SVGCheck``), and a PNG or JPEG must be one.
enum PaperLogo {
    /// The logo the partner names, read from the project, or `nil` when it names none.
    static func dataURI(of partner: PartnerProfile, in project: Project) throws(AdvocateError) -> String? {
        guard let logo = partner.logo else { return nil }
        let bytes: [UInt8]
        switch project.containedFile(logo.value, what: "the logo") {
        case .failure(let error):
            throw refused(error.message, logo, partner)
        case .success(let url):
            do {
                bytes = try InputFile.read(Project.displayPath(url), what: "the logo")
            } catch {
                throw refused(error.kind == .missingInput
                    ? "the logo '\(logo.value)' named in \(partner.file) does not exist or cannot be read; give the path of an image inside the project"
                    : error.message, logo, partner)
            }
        }
        let type: String
        switch ((logo.value as NSString).pathExtension.lowercased(), EmbeddedData.picture(in: Array(bytes))) {
        case ("svg", _):
            type = "image/svg+xml"
            try checkSVG(Array(bytes), logo, partner)
        case ("png", .png):
            type = "image/png"
        case ("jpg", .jpeg), ("jpeg", .jpeg):
            type = "image/jpeg"
        case ("png", _), ("jpg", _), ("jpeg", _):
            // The PDF engine draws what is no picture it knows as SVG: a .png holding SVG
            // would escape the SVG check.
            throw refused("the logo '\(logo.value)' named in \(partner.file) is not the image its name says; save it as a real PNG or JPEG file, or name it .svg", logo, partner)
        default:
            throw refused("the logo '\(logo.value)' named in \(partner.file) is not an SVG, PNG or JPEG file; give one of those", logo, partner)
        }
        return "data:\(type);base64,\(Data(bytes).base64EncodedString())"
    }

    /// Refuses an SVG logo that is not well-formed XML, or holds anything ``SVGCheck`` refuses,
    /// at the partner file's `logo:` line, each problem naming its line in the SVG.
    private static func checkSVG(_ bytes: [UInt8], _ logo: Located<String>, _ partner: PartnerProfile) throws(AdvocateError) {
        let problems: [String]
        switch SVGCheck.problems(in: bytes, file: logo.value) {
        case .notXML(let why):
            problems = ["it is not an SVG advocate can check: \(why)"]
        case .checked(let found):
            problems = found.map { "\($0.location): it \($0.message)" }
        }
        guard !problems.isEmpty else { return }
        let diagnostics = problems.map { Diagnostic.error("the logo '\(logo.value)' is refused: \($0)", at: logo.location) }
        throw AdvocateError(.invalidInput, diagnostics[0].message, diagnostics: diagnostics)
    }

    private static func refused(_ message: String, _ logo: Located<String>, _ partner: PartnerProfile) -> AdvocateError {
        AdvocateError(.invalidInput, message, diagnostics: [.error(message, at: logo.location)])
    }
}
