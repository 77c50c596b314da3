import CYAML

/// libyaml's event loop with nothing on top: the floor the loader is measured against.
enum BareLibYAML {
    /// Parses `bytes` to the end of the stream and returns how many events libyaml produced, or
    /// `nil` if it stopped on an error.
    static func countEvents(in bytes: [UInt8]) -> Int? {
        // Allocated, not a local variable: libyaml's parser must stay at one address.
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) == 1 else { return nil }
        defer { yaml_parser_delete(parser) }
        return bytes.withUnsafeBufferPointer { input in
            // libyaml reads the input in place; it stays valid until this closure returns.
            yaml_parser_set_input_string(parser, input.baseAddress, input.count)
            var event = yaml_event_t()
            var count = 0
            while true {
                guard yaml_parser_parse(parser, &event) == 1 else { return nil }
                count += 1
                let isStreamEnd = event.type == YAML_STREAM_END_EVENT
                yaml_event_delete(&event)
                if isStreamEnd { return count }
            }
        }
    }
}
