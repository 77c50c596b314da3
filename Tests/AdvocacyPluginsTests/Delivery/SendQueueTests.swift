@testable import AdvocacyPlugins
import Testing

/// The run's queue: temporary failures come back until their attempts are used, limits stop the
/// run, a relay that never takes anything is unavailable, and the rate limits space the messages.
struct SendQueueTests {
    @Test func aTemporaryFailureComesBackUntilItsAttemptsAreUsed() async throws {
        let queue = SendQueue(indices: [7], settings: SendSettings(attempts: 3, backoff: .zero))
        for attempt in 1...3 {
            let item = try #require(await queue.next())
            #expect(item.index == 7 && item.attempt == attempt)
            #expect(await queue.recordFailure(item, temporary: true, concernsRelay: false) == (attempt < 3))
        }
        #expect(await queue.next() == nil)
        #expect(await queue.failed == 1)
    }

    @Test func aPermanentFailureDoesNotComeBack() async throws {
        let queue = SendQueue(indices: [1, 2], settings: SendSettings(backoff: .zero))
        let first = try #require(await queue.next())
        #expect(await queue.recordFailure(first, temporary: false, concernsRelay: false) == false)
        #expect(await queue.next()?.index == 2)
        #expect(await queue.next() == nil)
    }

    @Test func theRunStopsAtTheErrorLimit() async throws {
        let queue = SendQueue(indices: Array(0..<10), settings: SendSettings(burst: 100, errorLimit: 3))
        for _ in 0..<3 {
            let item = try #require(await queue.next())
            _ = await queue.recordFailure(item, temporary: false, concernsRelay: false)
        }
        #expect(await queue.next() == nil)
        #expect(await queue.stop?.reason.contains("the limit (--error-limit) is 3") == true)
        #expect(await queue.relayUnreached == false)
    }

    @Test func aRelayThatFailsEveryTimeBeforeTakingAnythingStopsTheRunAsUnavailable() async throws {
        let queue = SendQueue(indices: Array(0..<10), settings: SendSettings(attempts: 1, burst: 3))
        for _ in 0..<3 {
            let item = try #require(await queue.next())
            _ = await queue.recordFailure(item, temporary: true, concernsRelay: true)
        }
        #expect(await queue.next() == nil)
        #expect(await queue.stop?.relayUnavailable == true)
        #expect(await queue.relayUnreached)
    }

    @Test func aSentMessageEndsABurst() async throws {
        let queue = SendQueue(indices: Array(0..<10), settings: SendSettings(attempts: 1, burst: 3))
        for round in 0..<6 {
            let item = try #require(await queue.next())
            if round % 2 == 0 { _ = await queue.recordFailure(item, temporary: true, concernsRelay: true) } else { await queue.recordSent() }
        }
        #expect(await queue.stop == nil)
        #expect(await queue.relayUnreached == false)
    }

    @Test(arguments: [(SendSettings(messagesPerSecond: 10), 100), (SendSettings(messagesPerHour: 3600), 1000), (SendSettings(messagesPerSecond: 10, messagesPerHour: 1800), 2000)])
    func theRateLimitsSpaceTheMessages(_ settings: SendSettings, _ milliseconds: Int) async throws {
        let queue = SendQueue(indices: [0, 1, 2], settings: settings)
        let first = try #require(await queue.next()), second = try #require(await queue.next()), third = try #require(await queue.next())
        #expect(second.due - first.due == .milliseconds(milliseconds))
        #expect(third.due - second.due == .milliseconds(milliseconds))
    }
}
