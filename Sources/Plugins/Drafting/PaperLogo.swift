import AdvocacyCore
import Foundation

/// A partner's logo as a `data:` address, so that the HTML carries it and a PDF engine needs
/// no file beside it.
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
        switch (logo.value as NSString).pathExtension.lowercased() {
        case "svg": type = "image/svg+xml"
        case "png": type = "image/png"
        case "jpg", "jpeg": type = "image/jpeg"
        default:
            throw refused("the logo '\(logo.value)' named in \(partner.file) is not an SVG, PNG or JPEG file; give one of those", logo, partner)
        }
        return "data:\(type);base64,\(Data(bytes).base64EncodedString())"
    }

    private static func refused(_ message: String, _ logo: Located<String>, _ partner: PartnerProfile) -> AdvocateError {
        AdvocateError(.invalidInput, message, diagnostics: [.error(message, at: logo.location)])
    }
}
