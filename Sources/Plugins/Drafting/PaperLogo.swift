import AdvocacyCore
import Foundation

/// A partner's logo as a `data:` address, so that the HTML carries it and a PDF engine needs
/// no file beside it.
enum PaperLogo {
    /// The logo the partner names, read from the project, or `nil` when it names none.
    static func dataURI(of partner: PartnerProfile, in project: Project) throws(AdvocateError) -> String? {
        guard let logo = partner.logo else { return nil }
        let bytes: Data
        switch project.containedFile(logo.value, what: "the logo") {
        case .failure(let error):
            throw refused(error.message, logo, partner)
        case .success(let url):
            guard let read = FileManager.default.contents(atPath: url.path) else {
                throw refused("the logo '\(logo.value)' named in \(partner.file) does not exist or cannot be read; give the path of an image inside the project", logo, partner)
            }
            bytes = read
        }
        let type: String
        switch (logo.value as NSString).pathExtension.lowercased() {
        case "svg": type = "image/svg+xml"
        case "png": type = "image/png"
        case "jpg", "jpeg": type = "image/jpeg"
        default:
            throw refused("the logo '\(logo.value)' named in \(partner.file) is not an SVG, PNG or JPEG file; give one of those", logo, partner)
        }
        return "data:\(type);base64,\(bytes.base64EncodedString())"
    }

    private static func refused(_ message: String, _ logo: Located<String>, _ partner: PartnerProfile) -> AdvocateError {
        AdvocateError(.invalidInput, message, diagnostics: [.error(message, at: logo.location)])
    }
}
