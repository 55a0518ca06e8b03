import Foundation

/// A long-lived thread with a large stack on which one session family runs its scripts.
///
/// A session and its copies share one worker, so everything a lesson computes happens on one
/// thread, as in a notebook kernel: the engine's autograd state (grad mode, the order of graph
/// nodes) is per thread, like PyTorch's. The large stack lets deep recursion end in
/// `RecursionError` rather than overflow. Different lessons use different workers and may run
/// in parallel. The thread ends when the last session using the worker goes away.
final class ScriptWorker: @unchecked Sendable {
    /// The job slot the thread waits on; the thread keeps only this, so the worker can go away.
    private final class Mailbox: @unchecked Sendable {
        let condition = NSCondition()
        var job: (() -> Void)?
        var done = false
        var stopped = false
    }

    private let mailbox = Mailbox()
    private let callers = NSLock()
    static let stackSize = 1 << 29

    init() {
        let mailbox = self.mailbox
        let thread = Thread {
            while true {
                mailbox.condition.lock()
                while mailbox.job == nil && !mailbox.stopped { mailbox.condition.wait() }
                if mailbox.stopped && mailbox.job == nil {
                    mailbox.condition.unlock()
                    return
                }
                var job = mailbox.job
                mailbox.condition.unlock()
                job?()
                // Released before the caller wakes: what the job captured (a session's
                // interpreter) is gone once `perform` returns.
                job = nil
                mailbox.condition.lock()
                mailbox.job = nil
                mailbox.done = true
                mailbox.condition.broadcast()
                mailbox.condition.unlock()
            }
        }
        thread.stackSize = ScriptWorker.stackSize
        thread.start()
    }

    deinit {
        mailbox.condition.lock()
        mailbox.stopped = true
        mailbox.condition.broadcast()
        mailbox.condition.unlock()
    }

    /// Runs `body` on the worker's thread and returns its result.
    func perform<T>(_ body: @escaping () -> T) -> T {
        nonisolated(unsafe) var result: T?
        perform { result = body() }
        guard let result else { preconditionFailure("the worker ran the job, so it set the result") }
        return result
    }

    /// Runs `body` on the worker's thread and waits for it; callers take turns.
    func perform(_ body: @escaping () -> Void) {
        callers.lock()
        defer { callers.unlock() }
        mailbox.condition.lock()
        mailbox.done = false
        mailbox.job = body
        mailbox.condition.broadcast()
        while !mailbox.done { mailbox.condition.wait() }
        mailbox.condition.unlock()
    }
}
