public import AdvocacyCore
public import Foundation

/// Writes messages one after the other into an mbox file in the mboxrd form: each begins with
/// a fixed `From MAILER-DAEMON <date>` line, every line of a message that starts with `From `
/// after any number of `>` gets one more `>`, and a blank line ends each. The bytes go to the
/// sink in chunks as they come, so the file costs the memory of one chunk whatever its size.
public struct MailboxWriter {
    private let sink: OutputSink
    private let separator: [UInt8]
    private var chunk: [UInt8] = []
    private static let chunkSize = 256 * 1024

    /// A writer into `sink` whose separator lines carry `date` (the mailing's, not the clock's).
    public init(_ sink: OutputSink, date: Date) {
        self.sink = sink
        separator = Array("From MAILER-DAEMON \(MessageDate.asctime(date))\n".utf8)
        chunk.reserveCapacity(Self.chunkSize + 64 * 1024)
    }

    /// Appends the message `bytes` (written with ``MessageEncoder/LineBreaks/lf``).
    public mutating func append(_ bytes: [UInt8]) throws(AdvocateError) {
        chunk.append(contentsOf: separator)
        let count = bytes.count
        bytes.withUnsafeBufferPointer { message in
            var i = 0
            while i < count {
                if Self.isFromLine(message, at: i) { chunk.append(0x3E) }
                let end = memchr(message.baseAddress! + i, 0x0A, count - i).map {
                    message.baseAddress!.distance(to: $0.assumingMemoryBound(to: UInt8.self)) + 1
                } ?? count
                chunk.append(contentsOf: UnsafeBufferPointer(rebasing: message[i..<end]))
                i = end
            }
        }
        if bytes.last != 0x0A { chunk.append(0x0A) }
        chunk.append(0x0A)
        if chunk.count >= Self.chunkSize { try flush() }
    }

    /// Writes what is left; call once after the last message.
    public mutating func finish() throws(AdvocateError) {
        try flush()
    }

    private mutating func flush() throws(AdvocateError) {
        let sink = sink
        try chunk.withUnsafeBufferPointer { (bytes) throws(AdvocateError) in try sink.write(bytes) }
        chunk.removeAll(keepingCapacity: true)
    }

    /// Whether the line at `i` is `>*From `.
    static func isFromLine(_ message: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        var j = i
        while j < message.count, message[j] == 0x3E { j += 1 }
        guard j + 5 <= message.count else { return false }
        return message[j] == 0x46 && message[j + 1] == 0x72 && message[j + 2] == 0x6F && message[j + 3] == 0x6D && message[j + 4] == 0x20
    }
}
