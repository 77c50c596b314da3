/// The connections waiting for their next message.
actor ConnectionShelf {
    private var idle: [SMTPConnection] = []
    private var closed = false

    /// An idle connection the relay has not closed meanwhile, if there is one; closed ones are
    /// dropped on the way.
    func takeOpen() -> SMTPConnection? {
        while let connection = idle.popLast() {
            if connection.channel.isActive { return connection }
            connection.channel.close(promise: nil)
        }
        return nil
    }

    /// Keeps `connection` for a later message; false once the shelf is closed.
    func put(_ connection: SMTPConnection) -> Bool {
        guard !closed else { return false }
        idle.append(connection)
        return true
    }

    /// Refuses every later connection and hands back those it kept.
    func close() -> [SMTPConnection] {
        closed = true
        defer { idle = [] }
        return idle
    }
}
