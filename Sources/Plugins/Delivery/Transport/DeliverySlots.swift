/// A count of deliveries that may run at once: a task takes a slot or waits for one, in order.
actor DeliverySlots {
    private var free: Int
    private var waiting: [CheckedContinuation<Bool, Never>] = []
    private var closed = false

    /// Slots for `count` deliveries at once.
    init(count: Int) {
        free = max(1, count)
    }

    /// Takes a slot, waiting for one if all are taken; false once the slots are closed.
    func acquire() async -> Bool {
        if closed { return false }
        if free > 0 {
            free -= 1
            return true
        }
        return await withCheckedContinuation { waiting.append($0) }
    }

    /// Gives a slot back, to the longest waiting task if there is one.
    func release() {
        if !waiting.isEmpty {
            waiting.removeFirst().resume(returning: !closed)
        } else {
            free += 1
        }
    }

    /// Refuses every later ``acquire()``, and every task still waiting.
    func close() {
        closed = true
        for waiter in waiting { waiter.resume(returning: false) }
        waiting.removeAll()
    }
}
