import AdvocacyPlugins
import Foundation
import Testing

/// A mailing's `date:` as messages carry it: a day or a time with its offset, nothing else.
@Suite("Send dates")
struct SendDateTests {
    static let valid: [(String, TimeInterval)] = [
        ("2024-09-16", 1_726_444_800),
        ("2024-09-16T09:00:00+02:00", 1_726_470_000),
        ("2024-09-16T07:00Z", 1_726_470_000),
        ("2024-02-29T23:59:59-01:30", 1_709_256_599),
        ("1970-01-01", 0),
    ]

    @Test(arguments: valid)
    func aDayOrATimeWithItsOffsetIsOneMoment(_ text: String, _ seconds: TimeInterval) {
        #expect(SendDate.parse(text) == Date(timeIntervalSince1970: seconds))
    }

    @Test(arguments: ["2023-02-29", "2024-13-01", "16/09/2024", "2024-09-16T09:00", "2024-09-16T25:00Z", "2024-09-16 09:00Z", "tomorrow", ""])
    func anythingElseIsNotADate(_ text: String) {
        #expect(SendDate.parse(text) == nil)
    }
}
