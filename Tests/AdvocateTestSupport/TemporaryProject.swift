import AdvocacyFixtures
public import Foundation

/// A throwaway project folder with a `Campaigns/` folder, removed when the test ends.
public final class TemporaryProject {
    /// The project folder.
    public let root: URL

    /// A project with the sample partner profile `smart-be`, which the sample campaign names.
    public init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("advocate-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Campaigns/partners"), withIntermediateDirectories: true)
        try self.write("Campaigns/partners/smart-be.yaml", SamplePartner.yaml())
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    /// Writes a campaign file `Campaigns/<name>` and returns its path relative to the root.
    @discardableResult
    public func campaign(_ name: String, _ text: String) throws -> String {
        try campaign(name, bytes: Array(text.utf8))
    }

    /// Writes a file at `path` under the root.
    public func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Writes raw bytes as `Campaigns/<name>`.
    @discardableResult
    public func campaign(_ name: String, bytes: [UInt8]) throws -> String {
        try Data(bytes).write(to: root.appendingPathComponent("Campaigns/\(name)"))
        return "Campaigns/\(name)"
    }

    /// Runs `advocate` in the project.
    public func advocate(_ arguments: String...) throws -> ProcessResult {
        try advocate(arguments)
    }

    /// Runs `advocate` in the project, with `environment` added to the test's own and to
    /// ``environment``.
    public func advocate(_ arguments: [String], environment: [String: String] = [:]) throws -> ProcessResult {
        try AdvocateProcess.run(arguments, in: root, environment: self.environment.merging(environment) { $1 })
    }

    /// What every run in the project has in its environment: the unsubscribe secret a build
    /// that writes mailings needs (docs/mailings.md). A test of a build without one sets it empty.
    public var environment = ["ADVOCATE_UNSUBSCRIBE_SECRET": "test-secret-for-temporary-projects"]

    /// The contents of a file under the root.
    public func read(_ path: String) throws -> Data {
        try Data(contentsOf: root.appendingPathComponent(path))
    }
}
