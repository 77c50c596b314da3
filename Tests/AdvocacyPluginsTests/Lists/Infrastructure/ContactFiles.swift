import AdvocacyPlugins
import Foundation

/// A throwaway folder of contact files for one test, removed when the test ends.
final class ContactFiles {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("advocate-lists-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    /// The path of `name` in the folder.
    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// Writes `text` as UTF-8 to `name` and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, bytes: Array(text.utf8))
    }

    /// Writes raw bytes to `name` and returns its path.
    @discardableResult
    func write(_ name: String, bytes: [UInt8]) throws -> String {
        try Data(bytes).write(to: folder.appendingPathComponent(name))
        return path(name)
    }

    /// Writes `text` to `name` and reads it as the only source, with `dialect` and `columns`.
    func book(_ text: String, named name: String = "contacts.csv", dialect: CSVDialect = CSVDialect(), columns: [String: ContactField] = [:]) throws -> ContactBook {
        try ContactBook(reading: [ContactSource(path: write(name, text), dialect: dialect, columns: columns)])
    }

    /// The error reading `text` as the only source gives, or `nil` if it reads.
    func error(_ text: String, named name: String = "contacts.csv", dialect: CSVDialect = CSVDialect()) throws -> ListError? {
        try error(bytes: Array(text.utf8), named: name, dialect: dialect)
    }

    /// The error reading `bytes` as the only source gives, or `nil` if it reads.
    func error(bytes: [UInt8], named name: String = "contacts.csv", dialect: CSVDialect = CSVDialect()) throws -> ListError? {
        let source = ContactSource(path: try write(name, bytes: bytes), dialect: dialect)
        do {
            _ = try ContactBook(reading: [source])
            return nil
        } catch {
            return error
        }
    }
}
