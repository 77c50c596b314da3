import AdvocacyCore

/// Where each line of a text starts, to turn an offset in Unicode scalars into a 1-based line
/// and column.
struct LineStarts {
    private let starts: [Int]

    init(_ text: [Unicode.Scalar]) {
        var starts = [0]
        for (offset, scalar) in text.enumerated() where scalar == "\n" { starts.append(offset + 1) }
        self.starts = starts
    }

    /// The location of `offset` in `file`.
    func location(of offset: Int, in file: String) -> SourceLocation {
        var low = 0, high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return SourceLocation(file: file, line: low + 1, column: offset - starts[low] + 1)
    }
}
