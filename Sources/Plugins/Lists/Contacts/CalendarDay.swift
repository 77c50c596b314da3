/// A day in the calendar, with no time and no time zone: a term's first day, the day a consent
/// was given.
public struct CalendarDay: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The year, month (1–12) and day (1–31), packed as `yyyymmdd` so days compare as numbers.
    let packed: Int32

    /// A day, or `nil` when the month has no such day.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1,
            day <= Self.length(ofMonth: month, in: year)
        else { return nil }
        packed = Int32(year * 10_000 + month * 100 + day)
    }

    /// The day a cell gives: ISO `2024-07-16` (a time after it, as spreadsheets add, is ignored),
    /// or day first as European exports write it, `16/07/2024`, `16.07.2024` or `16-07-2024`.
    public init?(_ text: String) {
        var text = text
        guard let day = text.withUTF8({ CalendarDay(utf8: $0) }) else { return nil }
        self = day
    }

    /// The day in the UTF-8 bytes of a cell; see ``init(_:)``.
    init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        var i = 0
        func number(_ length: ClosedRange<Int>) -> Int? {
            var value = 0, digits = 0
            while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39, digits < length.upperBound {
                value = value * 10 + Int(bytes[i] - 0x30)
                digits += 1
                i += 1
            }
            return length.contains(digits) ? value : nil
        }
        func separator(_ allowed: (UInt8) -> Bool) -> UInt8? {
            guard i < bytes.count, allowed(bytes[i]) else { return nil }
            i += 1
            return bytes[i - 1]
        }
        guard let first = number(1...4), let mark = separator({ $0 == 0x2D || $0 == 0x2F || $0 == 0x2E }),
            let second = number(1...2), separator({ $0 == mark }) != nil, let third = number(1...4),
            i == bytes.count || bytes[i] == 0x20 || bytes[i] == 0x54  // the end, or a time after a space or `T`
        else { return nil }
        if first >= 1000 {
            self.init(year: first, month: second, day: third)
        } else if third >= 1000 {
            self.init(year: third, month: second, day: first)
        } else {
            return nil
        }
    }

    /// The year.
    public var year: Int { Int(packed) / 10_000 }
    /// The month, 1–12.
    public var month: Int { Int(packed) / 100 % 100 }
    /// The day of the month, 1–31.
    public var day: Int { Int(packed) % 100 }

    /// ISO 8601: `2024-07-16`.
    public var description: String {
        func padded(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
    }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool { lhs.packed < rhs.packed }

    private static func length(ofMonth month: Int, in year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
