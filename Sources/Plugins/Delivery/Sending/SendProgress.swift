import Foundation

/// How a send is going, after each outcome: what the progress line shows.
public struct SendProgress: Sendable {
    /// Messages this run set out to send.
    public var total: Int
    /// Accepted by the relay in this run.
    public var sent: Int
    /// Failed in this run, for now or for good.
    public var failed: Int
    /// Seconds since the run began.
    public var elapsed: Double

    /// Messages a second so far.
    public var rate: Double { elapsed > 0 ? Double(sent + failed) / elapsed : 0 }

    /// Seconds left at the rate so far, if there is one.
    public var secondsLeft: Double? {
        rate > 0 ? Double(total - sent - failed) / rate : nil
    }

    /// `sent 120/400, failed 2, 38.5/s, 0:07 left`.
    public var line: String {
        let left = secondsLeft.map { Int($0.rounded()) }.map { ", \($0 / 60):\(String(format: "%02d", $0 % 60)) left" } ?? ""
        return "sent \(sent)/\(total), failed \(failed), \(String(format: "%.1f", rate))/s\(left)"
    }
}
