/// Where written bytes go, a chunk at a time: a file, a pipe, a buffer in a test.
public typealias ByteSink = (UnsafeBufferPointer<UInt8>) throws(ListError) -> Void

/// Bytes on their way to a ``ByteSink``: appended to a buffer that is handed over each time it
/// passes 64 KiB, so that a list of a million rows is never in memory at once.
struct ChunkedOutput {
    private static let chunk = 1 << 16
    private(set) var buffer: [UInt8] = []
    private let sink: ByteSink

    init(_ sink: @escaping ByteSink) {
        self.sink = sink
        buffer.reserveCapacity(Self.chunk + 4096)
    }

    mutating func append(_ byte: UInt8) { buffer.append(byte) }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) { buffer.append(contentsOf: bytes) }

    mutating func append(_ text: String) { buffer.append(contentsOf: text.utf8) }

    /// Hands the buffer over if it has passed the chunk size; call between records.
    mutating func flushIfFull() throws(ListError) {
        if buffer.count >= Self.chunk { try flush() }
    }

    /// Hands over whatever is buffered.
    mutating func flush() throws(ListError) {
        guard !buffer.isEmpty else { return }
        try buffer.withUnsafeBufferPointer { (bytes) throws(ListError) in try sink(bytes) }
        buffer.removeAll(keepingCapacity: true)
    }
}
