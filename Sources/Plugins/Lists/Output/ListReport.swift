/// The JSON report of a build of lists: what each source gave, every row rejected and value
/// left out, every merge, every pair of lookalikes, and per audience the count per language and
/// route and everyone left out with the reason, source file and row. Arrays are in reading order,
/// one entry per line, so two reports diff well; nothing in it depends on the time or the machine.
///
/// ```json
/// {
///   "sources": [{"file": "members.csv", "rows": 3, "contacts": 2, "merged": 1, "rejected": 0}],
///   "contacts": 2,
///   "problems": [{"file": …, "row": 7, "line": 7, "problem": "invalid-address", "rejected": true, "message": …}],
///   "merges": [{"address": …, "kept": {"file", "row", "line"}, "merged": {"file", "row", "line", "address"}, "filled": ["first_name"]}],
///   "lookalikes": [{"address", "file", "row", "line", "resembles": {"address", "file", "row", "line"}, "skeleton"}],
///   "audiences": [{"id": "members", "purpose": "newsletter", "members": 2, "languages": {"fr": 1, "nl": 1},
///                  "routes": {"own": 2, "fallback": 0, "source": 0}, "excluded": 1,
///                  "exclusions": [{"address", "file", "row", "line", "reason": "no-consent", "message"}]}]
/// }
/// ```
public enum ListReport {
    /// Writes the report of `book` and `lists` to `sink`, a chunk at a time.
    public static func write(book: ContactBook, lists: [AudienceList], to sink: @escaping ByteSink) throws(ListError) {
        let out = ChunkedOutput(sink)
        out.append("{\n  \"sources\": [")
        for (index, source) in book.sources.enumerated() {
            out.append(index == 0 ? "\n    {\"file\": " : ",\n    {\"file\": ")
            JSONString.append(source.path, to: out)
            out.append(", \"rows\": \(source.rows), \"contacts\": \(source.contacts), \"merged\": \(source.merged), \"rejected\": \(source.rejected)}")
        }
        out.append(book.sources.isEmpty ? "],\n" : "\n  ],\n")
        out.append("  \"contacts\": \(book.count),\n")
        try array("problems", book.problems, to: out) { problem, out in
            origin(problem.origin, to: out)
            out.append(", \"problem\": \"\(problem.code)\", \"rejected\": \(problem.rejectsRow), \"message\": ")
            JSONString.append(problem.message, to: out)
        }
        try array("merges", book.merges, to: out) { merge, out in
            out.append("\"address\": ")
            JSONString.append(merge.address, to: out)
            out.append(", \"kept\": {")
            origin(merge.kept, to: out)
            out.append("}, \"merged\": {")
            origin(merge.merged, to: out)
            out.append(", \"address\": ")
            JSONString.append(merge.mergedAddress, to: out)
            out.append("}, \"filled\": [")
            for (index, field) in merge.filled.enumerated() {
                if index > 0 { out.append(", ") }
                JSONString.append(field.key, to: out)
            }
            out.append("]")
        }
        try array("lookalikes", book.lookalikes, to: out) { lookalike, out in
            out.append("\"address\": ")
            JSONString.append(lookalike.address, to: out)
            out.append(", ")
            origin(lookalike.origin, to: out)
            out.append(", \"resembles\": {\"address\": ")
            JSONString.append(lookalike.resembles, to: out)
            out.append(", ")
            origin(lookalike.resemblesOrigin, to: out)
            out.append("}, \"skeleton\": ")
            JSONString.append(lookalike.skeleton, to: out)
        }
        out.append("  \"audiences\": [")
        for (index, list) in lists.enumerated() {
            out.append(index == 0 ? "\n" : ",\n")
            try audience(list, to: out)
        }
        out.append(lists.isEmpty ? "]\n}\n" : "\n  ]\n}\n")
        try out.flush()
    }

    /// Writes the report to the file at `path`, atomically.
    public static func write(book: ContactBook, lists: [AudienceList], toFile path: String) throws(ListError) {
        let file = try AtomicFile(path: path)
        try write(book: book, lists: lists, to: file.write)
        try file.commit()
    }

    private static func audience(_ list: AudienceList, to out: ChunkedOutput) throws(ListError) {
        out.append("    {\"id\": ")
        JSONString.append(list.spec.id, to: out)
        out.append(", \"purpose\": ")
        if let purpose = list.spec.purpose { JSONString.append(purpose, to: out) } else { out.append("null") }
        out.append(", \"members\": \(list.count), \"languages\": {")
        for (index, entry) in list.countsByLanguage.enumerated() {
            out.append(index == 0 ? "" : ", ")
            JSONString.append(entry.language.code, to: out)
            out.append(": \(entry.count)")
        }
        var routes = [0, 0, 0]
        for member in list.members { routes[Int(member.route.rawValue)] += 1 }
        out.append("}, \"routes\": {\"own\": \(routes[0]), \"fallback\": \(routes[1]), \"source\": \(routes[2])}")
        out.append(", \"excluded\": \(list.left.count), \"exclusions\": [")
        // Straight from the book's storage: a list may leave out hundreds of thousands.
        // The parts that repeat (a source's name, a reason's words) are rendered once each.
        let table = list.book.table
        let files = table.sources.map { file in
            let rendered = ChunkedOutput.rendering { JSONString.append(file, to: $0) }
            return Array(", \"file\": ".utf8) + rendered + Array(", \"row\": ".utf8)
        }
        var endings: [Exclusion.Reason: [UInt8]] = [:]
        for (index, left) in list.left.enumerated() {
            let position = Int(left.contact)
            let row = table.rows[position]
            out.append(index == 0 ? "\n      {\"address\": " : ",\n      {\"address\": ")
            JSONString.append(table.bytes(table.cell(position, .address)), to: out)
            files[Int(row.source)].withUnsafeBufferPointer { out.append($0) }
            out.append(decimal: Int(row.row))
            out.append(", \"line\": ")
            out.append(decimal: Int(row.line))
            let ending = endings[left.reason] ?? ChunkedOutput.rendering { out in
                out.append(", \"reason\": \"\(Exclusion.code(for: left.reason))\", \"message\": ")
                JSONString.append(Exclusion.message(for: left.reason), to: out)
                out.append("}")
            }
            endings[left.reason] = ending
            ending.withUnsafeBufferPointer { out.append($0) }
            try out.flushIfFull()
        }
        out.append(list.left.isEmpty ? "]}" : "\n    ]}")
    }

    /// `"name": [` one object per line `],`.
    private static func array<Element>(
        _ name: String, _ elements: [Element], to out: ChunkedOutput,
        _ body: (Element, ChunkedOutput) -> Void
    ) throws(ListError) {
        out.append("  \"\(name)\": [")
        for (index, element) in elements.enumerated() {
            out.append(index == 0 ? "\n    {" : ",\n    {")
            body(element, out)
            out.append("}")
            try out.flushIfFull()
        }
        out.append(elements.isEmpty ? "],\n" : "\n  ],\n")
    }

    /// `"file": …, "row": …, "line": …`.
    private static func origin(_ origin: RowOrigin, to out: ChunkedOutput) {
        out.append("\"file\": ")
        JSONString.append(origin.file, to: out)
        out.append(", \"row\": \(origin.row), \"line\": \(origin.line)")
    }
}
