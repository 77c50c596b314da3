public import AdvocacyCore
internal import CCmarkGFM
import Foundation

/// Which images a Markdown text may show, and how they reach the HTML: only as `data:`
/// addresses, so that whatever prints or displays the HTML needs nothing beside it and never
/// reads a file or fetches a URL for it.
///
/// An image written as `data:image/…` is kept as it is. An image written as a path is a file
/// inside the project, relative to the project folder (`![chart](Campaigns/images/chart.png)`),
/// read when the text is rendered and embedded as a `data:` address. Anything else (a web
/// address, `file:`, an absolute path, a path leading out of the project) is refused with an
/// ``AdvocateError`` of kind ``AdvocateError/Kind/invalidInput`` naming the image and its line.
public struct MarkdownImages: Sendable {
    /// The most bytes an image file may have.
    public static let maximumFileBytes = 8 << 20
    /// The file types an image may have, by lower-case extension, with their media types.
    public static let mediaTypes = [
        "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif",
        "webp": "image/webp", "svg": "image/svg+xml",
    ]

    /// The project image files are read from; `nil` allows `data:` images only.
    public let project: Project?

    /// Only `data:` images; no file is read.
    public static let dataOnly = MarkdownImages(filesIn: nil)

    /// `data:` images, and image files inside `project`.
    public init(filesIn project: Project?) {
        self.project = project
    }

    /// Replaces the address of every image in `document` by its `data:` address.
    func embed(in document: CmarkDocument) throws(AdvocateError) {
        var images: [OpaquePointer] = []
        let iterator = cmark_iter_new(document.root)
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            if cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator),
                cmark_node_get_type(node) == CMARK_NODE_IMAGE
            {
                images.append(node)
            }
        }
        cmark_iter_free(iterator)
        for image in images {
            let address = cmark_node_get_url(image).map { String(cString: $0) } ?? ""
            switch dataAddress(for: address) {
            case .success(let data):
                cmark_node_set_url(image, data)
            case .failure(let reason):
                throw AdvocateError(
                    .invalidInput,
                    "The image '\(Self.shown(address))' at line \(cmark_node_get_start_line(image)) \(reason.message).")
            }
        }
    }

    /// Why an image was refused, as the end of a sentence.
    struct Refusal: Error {
        let message: String
    }

    /// The `data:` address that shows the image written as `address`.
    func dataAddress(for address: String) -> Result<String, Refusal> {
        if address.lowercased().hasPrefix("data:") {
            guard address.lowercased().hasPrefix("data:image/"), address.contains(",") else {
                return .failure(Refusal(message: "is a data: address that is not an image; give a data:image/… address"))
            }
            return Self.checked(address)
        }
        let path = address.removingPercentEncoding ?? address
        let scheme = path.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        guard !scheme.contains(":"), !path.hasPrefix("//"), !path.contains(where: { $0.isASCII && $0.asciiValue! < 0x20 }) else {
            return .failure(Refusal(
                message: "is not a file inside the project; advocate prints no image from the web or elsewhere: "
                    + "copy it into the project and give its path from the project folder, or embed it as a data:image/… address"))
        }
        guard let project else {
            return .failure(Refusal(message: "names a file, but here only data:image/… addresses are allowed"))
        }
        let url: URL
        switch project.containedFile(path, what: "the image") {
        case .failure(let error):
            return .failure(Refusal(message: "cannot be used: \(error.message)"))
        case .success(let contained):
            url = contained
        }
        guard let type = Self.mediaTypes[url.pathExtension.lowercased()] else {
            return .failure(Refusal(message: "is not a PNG, JPEG, GIF, WebP or SVG file; give one of those"))
        }
        let bytes: [UInt8]
        do {
            bytes = try InputFile.read(url.path, what: "the image")
        } catch {
            return .failure(Refusal(message: error.kind == .missingInput
                ? "does not exist or cannot be read; give the path of an image inside the project"
                : "is not a regular file (a FIFO, a device, a folder) or is far too large; give the path of an image file inside the project"))
        }
        guard bytes.count <= Self.maximumFileBytes else {
            return .failure(Refusal(message: "is \(bytes.count) bytes long, more than the \(Self.maximumFileBytes) advocate embeds; make it smaller"))
        }
        return Self.checked("data:\(type);base64,\(Data(bytes).base64EncodedString())")
    }

    /// `address` if what it holds is a picture, or an SVG with nothing that reads or fetches
    /// (the check partner logos and layouts get: ``EmbeddedData``), else why not.
    private static func checked(_ address: String) -> Result<String, Refusal> {
        switch EmbeddedData.check(address) {
        case .accepted: .success(address)
        case .notData: .failure(Refusal(message: "is not a data: address"))
        case .refused(let why): .failure(Refusal(message: "cannot be embedded: \(why)"))
        }
    }

    /// An address as a message shows it: at most 80 characters, control characters as `?`.
    static func shown(_ address: String) -> String {
        let cut = address.count > 80 ? address.prefix(77) + "…" : Substring(address)
        return String(cut.map { $0.isASCII && ($0.asciiValue! < 0x20 || $0.asciiValue! == 0x7F) ? "?" : $0 })
    }
}
