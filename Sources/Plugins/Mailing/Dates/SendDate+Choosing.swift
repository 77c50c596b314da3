public import AdvocacyCore
public import Foundation

extension SendDate {
    /// The date `mailing`'s messages carry: its own `date:`, else `SOURCE_DATE_EPOCH` from
    /// `environment` (reproducible builds' convention), else midnight UTC of the campaign's
    /// `date:`. Without any of them the build has no date to give that does not come from the
    /// clock, and says so (65).
    public static func of(_ mailing: Mailing, in campaign: Campaign, environment: [String: String]) throws(AdvocateError) -> Date {
        if let written = mailing.settings.date, let date = parse(written.value) { return date }
        if let epoch = environment["SOURCE_DATE_EPOCH"] {
            guard let seconds = Int64(epoch), seconds >= 0 else {
                throw AdvocateError(.invalidInput, "SOURCE_DATE_EPOCH is '\(epoch)'; it should be a number of seconds since 1970, such as 1726473600")
            }
            return Date(timeIntervalSince1970: TimeInterval(seconds))
        }
        if let day = campaign.paperSettings.date?.value {
            return Date(timeIntervalSince1970: TimeInterval(daysSince1970(year: day.year, month: day.month, day: day.day) * 86_400))
        }
        throw AdvocateError(
            .invalidInput,
            "mailing '\(mailing.id.value)' has no date for its messages: give it 'date:' (such as 2024-09-16T09:00:00+02:00), give the campaign a 'date:', or set SOURCE_DATE_EPOCH; advocate never takes the date from the clock, so that rebuilds are identical",
            diagnostics: [.error("mailing '\(mailing.id.value)' has no date", at: mailing.id.location)])
    }
}
