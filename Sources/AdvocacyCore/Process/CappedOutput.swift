/// The bytes of one output stream, kept up to a limit. What comes after the limit is still read,
/// and dropped, so that the program never blocks on a full pipe.
struct CappedOutput: Sendable {
    /// The most bytes kept.
    let limit: Int
    /// The bytes kept, in order.
    private(set) var bytes: [UInt8] = []
    /// Whether the stream went past the limit.
    private(set) var truncated = false

    init(limit: Int) {
        self.limit = max(0, limit)
    }

    /// Keeps as much of `chunk` as the limit leaves room for.
    mutating func append(_ chunk: UnsafeRawBufferPointer) {
        let room = limit - bytes.count
        if chunk.count > room {
            truncated = true
        }
        bytes.append(contentsOf: chunk.prefix(room))
    }
}
