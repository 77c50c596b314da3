import NIOCore

/// The end of a relay connection's pipeline: collects whole replies from the bytes read, and
/// hands them, in order, to whoever waits for the next one. Lives on the channel's event loop.
///
/// A wait has a time limit; when it passes, or the connection breaks, the wait fails and the
/// channel is closed, so a stalled relay never holds a delivery.
final class SMTPReplyHandler: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer

    private var reader = SMTPReplyReader()
    private var ready = CircularBuffer<SMTPResponse>()
    private var waiter: (promise: EventLoopPromise<SMTPResponse>, timer: Scheduled<Void>)?
    private var failure: SMTPConnectionError?
    private var context: ChannelHandlerContext?

    func handlerAdded(context: ChannelHandlerContext) {
        self.context = context
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        self.context = nil
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let buffer = unwrapInboundIn(data)
        do {
            for response in try reader.read(buffer.readableBytesView) { ready.append(response) }
            serve()
        } catch {
            fail(.protocolViolation(error.description))
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        fail(.closed)
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        fail(.broken("\(error)"))
    }

    /// The next reply, or a failure once `timeout` has passed or the connection is gone.
    /// Called on `eventLoop`, the channel's.
    func nextReply(on eventLoop: any EventLoop, within timeout: TimeAmount, waitingFor what: String) -> EventLoopFuture<SMTPResponse> {
        if context == nil, ready.isEmpty {
            // The channel has closed and taken the handler out of its pipeline.
            return eventLoop.makeFailedFuture(failure ?? .closed)
        }
        let promise = eventLoop.makePromise(of: SMTPResponse.self)
        let timer = eventLoop.assumeIsolated().scheduleTask(in: timeout) { [self] in
            fail(.timedOut(what, timeout))
        }
        waiter = (promise, timer)
        serve()
        return promise.futureResult
    }

    /// The next `count` replies, in order (the answers to pipelined commands), each within
    /// `timeout` of the one before; called on `eventLoop`, the channel's.
    func nextReplies(
        _ count: Int, on eventLoop: any EventLoop, within timeout: TimeAmount, waitingFor what: String
    ) -> EventLoopFuture<[SMTPResponse]> {
        let promise = eventLoop.makePromise(of: [SMTPResponse].self)
        var collected: [SMTPResponse] = []
        func collect() {
            nextReply(on: eventLoop, within: timeout, waitingFor: what).assumeIsolated().whenComplete { result in
                switch result {
                case .success(let response):
                    collected.append(response)
                    if collected.count == count { promise.succeed(collected) } else { collect() }
                case .failure(let error):
                    promise.fail(error)
                }
            }
        }
        collect()
        return promise.futureResult
    }

    private func serve() {
        guard let waiter else { return }
        if let response = ready.popFirst() {
            self.waiter = nil
            waiter.timer.cancel()
            waiter.promise.succeed(response)
        } else if let failure {
            self.waiter = nil
            waiter.timer.cancel()
            waiter.promise.fail(failure)
        }
    }

    private func fail(_ error: SMTPConnectionError) {
        if failure == nil { failure = error }
        serve()
        context?.close(promise: nil)
    }
}

/// Why a relay connection cannot go on.
enum SMTPConnectionError: Error, CustomStringConvertible {
    /// The relay closed the connection.
    case closed
    /// Reading or writing failed (a TLS error, a reset).
    case broken(String)
    /// The relay said something that is not SMTP.
    case protocolViolation(String)
    /// No reply came in time.
    case timedOut(String, TimeAmount)

    var description: String {
        switch self {
        case .closed: "the relay closed the connection"
        case .broken(let reason): "the connection to the relay broke: \(reason)"
        case .protocolViolation(let reason): reason
        case .timedOut(let what, let limit): "the relay did not answer \(what) within \(limit.nanoseconds / 1_000_000_000) s"
        }
    }
}
