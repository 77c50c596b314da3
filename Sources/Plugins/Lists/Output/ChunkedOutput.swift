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

    /// Appends `number` in decimal digits, without making a String of it.
    func append(decimal number: Int) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { digits in
            var value = number.magnitude, start = digits.count
            repeat {
                start -= 1
                digits[start] = UInt8(0x30 + value % 10)
                value /= 10
            } while value > 0
            if number < 0 {
                start -= 1
                digits[start] = 0x2D
            }
            append(UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }

    /// The bytes `render` writes, collected rather than handed to a sink.
    static func rendering(_ render: (ChunkedOutput) -> Void) -> [UInt8] {
        var collected: [UInt8] = []
        let output = ChunkedOutput { (bytes) throws(ListError) in collected.append(contentsOf: bytes) }
        render(output)
        try? output.flush()
        return collected
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
