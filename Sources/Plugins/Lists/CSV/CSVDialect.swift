/// How a contacts file is written: its delimiter and its character encoding.
public struct CSVDialect: Sendable, Equatable {
    /// The character between fields.
    public enum Delimiter: UInt8, Sendable, Equatable, CaseIterable {
        /// `,`, the RFC 4180 default and what most CRMs export.
        case comma = 0x2C
        /// `;`, what Excel writes where the decimal separator is a comma (Belgium, France…).
        case semicolon = 0x3B
        /// A tab, from "tab-separated" exports.
        case tab = 0x09

        /// The delimiter as the user would name it in a campaign: `,`, `;` or `tab`.
        public var name: String {
            switch self {
            case .comma: ","
            case .semicolon: ";"
            case .tab: "tab"
            }
        }
    }

    /// The character encoding of a file.
    public enum Encoding: String, Sendable, Equatable {
        /// UTF-8, with or without a byte order mark: the default.
        case utf8 = "utf-8"
        /// Windows-1252, the "ANSI" code page Excel on Windows uses for plain "CSV" in western
        /// Europe. A file that starts with a UTF-8 byte order mark is read as UTF-8 even so,
        /// since the mark says what the file is.
        case windows1252 = "windows-1252"
    }

    /// The delimiter, or `nil` to detect it from the header line: whichever of `,`, `;` and tab
    /// occurs most often outside quotes, `,` when none does.
    public var delimiter: Delimiter?
    /// The encoding the file declares; UTF-8 unless told otherwise.
    public var encoding: Encoding

    /// A dialect; by default the delimiter is detected and the encoding is UTF-8.
    public init(delimiter: Delimiter? = nil, encoding: Encoding = .utf8) {
        self.delimiter = delimiter
        self.encoding = encoding
    }
}
