public import AdvocacyCore
import Foundation

/// Returned mail as the sender keeps it: a Maildir (a folder with `new/` and `cur/`) or an mbox
/// file, each message handed on with where it came from. A message larger than
/// ``messageLimit`` is skipped and reported, never read whole.
public struct ReturnedMailbox {
    /// The largest message read; a bounce or complaint report is a few kilobytes.
    public static let messageLimit = 16 * 1024 * 1024

    /// One message, or why it was not read.
    public struct Message {
        /// `FILE` for a Maildir message, `FILE:LINE` for one in an mbox.
        public var origin: String
        /// The message; `nil` when it was too large to read.
        public var bytes: ArraySlice<UInt8>?
    }

    /// The path as given.
    public let path: String

    /// The mailbox at `path`.
    public init(path: String) { self.path = path }

    /// Calls `body` with each message in turn.
    public func forEach(_ body: (Message) throws(AdvocateError) -> Void) throws(AdvocateError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw AdvocateError(.missingInput, "\(path): there is no mailbox here (a Maildir folder or an mbox file)")
        }
        if isDirectory.boolValue {
            let folders = ["new", "cur"].map { URL(fileURLWithPath: path).appendingPathComponent($0) }
            guard folders.contains(where: { FileManager.default.fileExists(atPath: $0.path) }) else {
                throw AdvocateError(.invalidInput, "\(path): this folder is not a Maildir (it has neither new/ nor cur/)")
            }
            for folder in folders {
                let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
                for name in names {
                    let file = folder.appendingPathComponent(name)
                    let size = (try? file.resourceValues(forKeys: [.fileSizeKey, .isRegularFileKey])).flatMap { $0.isRegularFile == true ? $0.fileSize : nil }
                    guard let size else { continue }
                    let origin = Project.displayPath(file)
                    guard size <= Self.messageLimit, let data = try? Data(contentsOf: file) else {
                        try body(Message(origin: origin, bytes: nil))
                        continue
                    }
                    try body(Message(origin: origin, bytes: Array(data)[...]))
                }
            }
        } else {
            // A FIFO or a device would make the read below wait or never end: refused first, as
            // every file a user names is (InputFile).
            if let problem = InputFile.problem(at: path, what: "the mbox file") { throw problem }
            let data: Data
            do { data = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) } catch {
                throw AdvocateError(.missingInput, "\(path): cannot read the mbox file: \(error.localizedDescription)")
            }
            try Self.messages(inMbox: data, path: path, body)
        }
    }

    /// The messages of an mbox: each starts at a `From ` line at the start of the file or after
    /// an empty line; `>From ` lines inside are unquoted.
    private static func messages(inMbox data: Data, path: String, _ body: (Message) throws(AdvocateError) -> Void) throws(AdvocateError) {
        // Read through the mapping, not a copy: a year of returned mail need not fit in memory.
        let bytes = data
        guard bytes.starts(with: Array("From ".utf8)) else {
            throw AdvocateError(.invalidInput, "\(path):1:1: error: this is not an mbox file (it does not start with a 'From ' line)")
        }
        var line = 1, start: (index: Int, line: Int)?
        var index = 0
        var previousEmpty = true
        func finish(at end: Int) throws(AdvocateError) {
            guard let begun = start else { return }
            let origin = "\(path):\(begun.line)"
            guard end - begun.index <= messageLimit else {
                try body(Message(origin: origin, bytes: nil))
                return
            }
            var message: [UInt8] = []
            message.reserveCapacity(end - begun.index)
            var cursor = begun.index
            var atLineStart = true
            while cursor < end {
                if atLineStart, bytes[cursor] == 0x3E {
                    var probe = cursor
                    while probe < end, bytes[probe] == 0x3E { probe += 1 }
                    if bytes[probe..<min(probe + 5, end)].elementsEqual("From ".utf8) { cursor += 1 }
                }
                atLineStart = bytes[cursor] == 0x0A
                message.append(bytes[cursor])
                cursor += 1
            }
            try body(Message(origin: origin, bytes: message[...]))
        }
        while index < bytes.count {
            var end = index
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            let isFromLine = previousEmpty && bytes[index..<end].starts(with: "From ".utf8)
            if isFromLine {
                try finish(at: index)
                start = (min(end + 1, bytes.count), line + 1)
            }
            previousEmpty = end == index || (end == index + 1 && bytes[index] == 0x0D)
            index = end + 1
            line += 1
        }
        try finish(at: bytes.count)
    }
}
