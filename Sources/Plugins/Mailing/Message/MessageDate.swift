public import Foundation

/// Dates as mail writes them, in English and in UTC whatever the locale, computed from the
/// seconds since 1970 rather than through a formatter: the `Date` header's RFC 5322 form
/// (`Sun, 29 Nov 2026 21:12:17 +0000`) and an mbox separator's `asctime` form
/// (`Sun Nov 29 21:12:17 2026`).
public enum MessageDate {
    private static let weekdays = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// The RFC 5322 form of `date`, in UTC: `Sun, 29 Nov 2026 21:12:17 +0000`.
    public static func rfc5322(_ date: Date) -> String {
        let p = parts(date)
        return "\(p.weekday), \(p.day) \(p.month) \(p.year) \(p.time) +0000"
    }

    /// The `asctime` form of `date`, in UTC, as an mbox `From ` line ends: `Sun Nov 29 21:12:17 2026`,
    /// the day padded to two characters with a space.
    public static func asctime(_ date: Date) -> String {
        let p = parts(date)
        return "\(p.weekday) \(p.month) \(p.day < 10 ? " " : "")\(p.day) \(p.time) \(p.year)"
    }

    private static func parts(_ date: Date) -> (weekday: String, day: Int, month: String, year: Int, time: String) {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let inDay = seconds - days * 86_400
        let (year, month, day) = civil(fromDays: days)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let time = "\(two(inDay / 3600)):\(two(inDay / 60 % 60)):\(two(inDay % 60))"
        let weekday = weekdays[((days % 7) + 7) % 7]
        return (weekday, day, months[month - 1], year, time)
    }

    /// The year, month and day of the day `days` after 1970-01-01 in the proleptic Gregorian
    /// calendar (Howard Hinnant's `civil_from_days`).
    private static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
