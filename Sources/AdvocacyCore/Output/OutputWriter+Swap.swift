internal import CRenameExchange
import Foundation

/// The file-system steps that put a finished build in place, in order. A build killed after any
/// of them leaves `OUT/<id>/` whole: the previous output up to `manifest-written`, the new one
/// from `swapped` on.
enum SwapStep: String {
    /// The stages' temporary files are gone from the staging folder.
    case temporaryFilesRemoved = "temporary-files-removed"
    /// `manifest.json` is in the staging folder, which now holds a complete output.
    case manifestWritten = "manifest-written"
    /// One exchange put the staging folder at `OUT/<id>` and the previous output at the staging name.
    case swapped
    /// The previous output is removed.
    case previousRemoved = "previous-removed"

    /// Marks the step done. Test hook: with `ADVOCATE_TEST_CRASH_AFTER=<step>` in the environment,
    /// the process kills itself with SIGKILL here, so that the tests can see what a kill at that
    /// moment leaves. The variable is read here and nowhere else.
    func done() {
        if let name = getenv("ADVOCATE_TEST_CRASH_AFTER"), String(cString: name) == rawValue {
            kill(getpid(), SIGKILL)
        }
    }
}

extension OutputWriter {
    /// Puts the staging folder at `directory` with one atomic exchange (Linux's
    /// `renameat2(RENAME_EXCHANGE)`), or one `rename` when there is no previous output: there is
    /// no moment at which `directory` is missing. Returns whether a previous output was
    /// displaced, which then sits at the staging name.
    func swapIn() throws(AdvocateError) -> Bool {
        if advocate_exchange(staging.path, directory.path) == 0 { return true }
        var reason = errno
        if reason == ENOENT, !FileManager.default.fileExists(atPath: directory.path) {
            if rename(staging.path, directory.path) == 0 { return false }
            reason = errno
        }
        let cause = reason == EINVAL
            ? "its file system cannot exchange two folders atomically (renameat2 RENAME_EXCHANGE); use an --out folder on a local file system"
            : String(cString: strerror(reason))
        throw AdvocateError(.cannotCreateOutput, "cannot put the new output in place at '\(Project.displayPath(directory))': \(cause)")
    }

    /// Clears what interrupted builds left beside `directory`; called under the output's lock,
    /// so no other build is using them.
    ///
    /// The recovery rule: a leftover staging folder (`.<id>.partial-PID`, or `.<id>.previous-PID`
    /// from advocate before the atomic swap) is removed, except when `directory` is missing and
    /// the leftover holds a `manifest.json` (written last, so the folder is a complete output):
    /// then the newest such leftover is put back at `directory` first. With the atomic swap,
    /// `directory` is missing only before a first build has finished, or when someone removed it.
    static func clearLeftovers(beside directory: URL) {
        let parent = directory.deletingLastPathComponent(), name = directory.lastPathComponent
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        var leftovers = names.filter { $0.hasPrefix(".\(name).partial-") || $0.hasPrefix(".\(name).previous-") }
            .map { parent.appendingPathComponent($0) }
        if !FileManager.default.fileExists(atPath: directory.path) {
            let complete = leftovers.compactMap { folder in manifestDate(in: folder).map { (folder, $0) } }
            if let (newest, _) = complete.max(by: { $0.1 < $1.1 }), rename(newest.path, directory.path) == 0 {
                leftovers.removeAll { $0 == newest }
            }
        }
        for leftover in leftovers { discard(leftover) }
    }

    /// Removes an output folder, its manifest first, so that a folder half removed by a kill is
    /// never taken for a complete output. A symlink (someone made `OUT/<id>` one) is removed
    /// itself, and nothing through it.
    static func discard(_ folder: URL) {
        let type = (try? FileManager.default.attributesOfItem(atPath: folder.path))?[.type] as? FileAttributeType
        if type == .typeDirectory {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(manifestName))
        }
        try? FileManager.default.removeItem(at: folder)
    }

    private static func manifestDate(in folder: URL) -> Date? {
        let attributes = try? FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(manifestName).path)
        return attributes?[.modificationDate] as? Date
    }
}
