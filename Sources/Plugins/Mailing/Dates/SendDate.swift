public import Foundation

/// The moment a mailing's messages carry in `Date:`, from what the campaign or the
/// environment says; never read from the clock, so that rebuilds give the same bytes.
public enum SendDate {
    /// A mailing's `date:`: a day (`2024-09-16`, midnight UTC) or a day and time with its
    /// offset (`2024-09-16T09:00:00+02:00`, `2024-09-16T07:00Z`); `nil` for anything else.
    public static func parse(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count, bytes[range].allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
            return bytes[range].reduce(0) { $0 * 10 + Int($1 - 0x30) }
        }
        guard bytes.count >= 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
              (1...12).contains(month), day >= 1, day <= Self.days(inMonth: month, of: year)
        else { return nil }
        var seconds = Int64(Self.daysSince1970(year: year, month: month, day: day)) * 86_400
        var offset = 0
        if bytes.count > 10 {
            guard bytes[10] == UInt8(ascii: "T"), bytes.count >= 16, bytes[13] == UInt8(ascii: ":"),
                  let hour = number(11..<13), let minute = number(14..<16), hour < 24, minute < 60
            else { return nil }
            var index = 16
            var second = 0
            if index < bytes.count, bytes[index] == UInt8(ascii: ":") {
                guard let value = number(17..<19), value < 60 else { return nil }
                second = value
                index = 19
            }
            if index == bytes.count - 1, bytes[index] == UInt8(ascii: "Z") {
                offset = 0
            } else {
                guard index + 6 == bytes.count, [UInt8(ascii: "+"), UInt8(ascii: "-")].contains(bytes[index]), bytes[index + 3] == UInt8(ascii: ":"),
                      let hours = number(index + 1..<index + 3), let minutes = number(index + 4..<index + 6), hours < 24, minutes < 60
                else { return nil }
                offset = (hours * 60 + minutes) * (bytes[index] == UInt8(ascii: "-") ? -1 : 1)
            }
            seconds += Int64(hour * 3600 + minute * 60 + second - offset * 60)
        }
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    private static func days(inMonth month: Int, of year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days from 1970-01-01 to the day, in the proleptic Gregorian calendar (Howard Hinnant's
    /// `days_from_civil`).
    static func daysSince1970(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
