/// Where written bytes go, a chunk at a time: a file, a pipe, a buffer in a test.
public typealias ByteSink = (UnsafeBufferPointer<UInt8>) throws(ListError) -> Void

/// Bytes on their way to a ``ByteSink``: copied into a buffer that is handed over each time it
/// passes 64 KiB, so that a list of a million rows is never in memory at once.
final class ChunkedOutput {
    private static let chunk = 1 << 16
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity = 2 * ChunkedOutput.chunk
    private var count = 0
    private let sink: ByteSink

    init(_ sink: @escaping ByteSink) {
        self.sink = sink
        buffer = .allocate(capacity: capacity)
    }

    deinit { buffer.deallocate() }

    @inline(__always)
    private func makeRoom(_ extra: Int) {
        guard count + extra > capacity else { return }
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: max(capacity * 2, count + extra))
        larger.update(from: buffer, count: count)
        buffer.deallocate()
        buffer = larger
        capacity = max(capacity * 2, count + extra)
    }

    @inline(__always)
    func append(_ byte: UInt8) {
        makeRoom(1)
        buffer[count] = byte
        count &+= 1
    }

    @inline(__always)
    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        makeRoom(bytes.count)
        (buffer + count).update(from: source, count: bytes.count)
        count &+= bytes.count
    }

    func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    /// Hands the buffer over if it has passed the chunk size; call between records.
    func flushIfFull() throws(ListError) {
        if count >= Self.chunk { try flush() }
    }

    /// Hands over whatever is buffered.
    func flush() throws(ListError) {
        guard count > 0 else { return }
        try sink(UnsafeBufferPointer(start: buffer, count: count))
        count = 0
    }
}
