import Foundation
import Engine
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A long-lived thread with a large stack on which one session family runs its scripts.
///
/// A session and its copies share one worker, so everything a lesson computes happens on one
/// thread, as in a notebook kernel: the engine's autograd state (grad mode, the order of graph
/// nodes) is per thread, like PyTorch's. The large stack lets deep recursion end in
/// `RecursionError` rather than overflow. Different lessons use different workers and may run
/// in parallel.
///
/// When the last session using a worker goes away, its thread is kept for the next session
/// (at most `maxIdle` such threads): starting a thread with a large stack costs about as much
/// as a small script's run. A kept thread first returns the stack pages its runs touched
/// beyond the top `keptStackBytes` to the system, as a thread's exit does, and the next
/// session's first job finds the thread's state (grad mode, print options, class patches)
/// reset as on a new thread.
final class ScriptWorker: @unchecked Sendable {
    /// The job slot the thread waits on; the thread keeps only this, so the worker can go away.
    private final class Mailbox: @unchecked Sendable {
        let condition = NSCondition()
        var job: (() -> Void)?
        var done = false
        var stopped = false
        /// Set when the worker went away and the thread was kept: the thread trims its stack
        /// and resets its state before anything else.
        var recycle = false
    }

    private let mailbox: Mailbox
    private let callers = NSLock()
    static let stackSize = 1 << 29
    /// Idle threads kept for new sessions.
    static let maxIdle = 2
    /// Stack a kept thread keeps committed (its top, where the next run starts).
    static let keptStackBytes = 256 << 10

    private static let poolLock = NSLock()
    nonisolated(unsafe) private static var idle: [Mailbox] = []

    init() {
        ScriptWorker.poolLock.lock()
        let kept = ScriptWorker.idle.popLast()
        ScriptWorker.poolLock.unlock()
        if let kept {
            mailbox = kept
            return
        }
        mailbox = Mailbox()
        let mailbox = self.mailbox
        let thread = Thread {
            let stackLow = ScriptWorker.stackLowAddress()
            while true {
                mailbox.condition.lock()
                while mailbox.job == nil && !mailbox.stopped && !mailbox.recycle { mailbox.condition.wait() }
                if mailbox.recycle {
                    mailbox.recycle = false
                    mailbox.condition.unlock()
                    ScriptWorker.recycleThread(stackLow: stackLow)
                    continue
                }
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
        ScriptWorker.poolLock.lock()
        let keep = ScriptWorker.idle.count < ScriptWorker.maxIdle
        if keep { ScriptWorker.idle.append(mailbox) }
        ScriptWorker.poolLock.unlock()
        if keep { mailbox.recycle = true } else { mailbox.stopped = true }
        mailbox.condition.broadcast()
        mailbox.condition.unlock()
    }

    /// The address of a local of the caller: near the top of the stack when called first
    /// thing on a new thread.
    @inline(never)
    private static func stackAddress() -> UInt {
        var marker = 0
        return withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
    }

    /// A lower bound of the calling new thread's stack that lies inside its own mapping: the
    /// stack (`stackSize` bytes, thread storage at its top) ends `stackSize` below the top;
    /// the margin covers the thread storage and the first frames, so the bound never reaches
    /// a neighbouring mapping.
    private static func stackLowAddress() -> UInt? {
        let margin: UInt = 1 << 20
        let top = stackAddress()
        guard top > UInt(stackSize) else { return nil }
        return top - UInt(stackSize) + margin
    }

    /// Makes the calling (kept) thread as a new one: the stack below its top
    /// `keptStackBytes` goes back to the system, and its per-thread state is dropped.
    private static func recycleThread(stackLow: UInt?) {
        GradMode.resetThreadState()
        PrintOptionsStorage.reset()
        _ = LibraryClassPatches.exchange(nil)
        #if canImport(Glibc)
        guard let stackLow else { return }
        let here = stackAddress()
        let page = UInt(sysconf(Int32(_SC_PAGESIZE)))
        guard here > stackLow + UInt(keptStackBytes) + page else { return }
        let start = (stackLow + page - 1) & ~(page - 1)
        let end = (here - UInt(keptStackBytes)) & ~(page - 1)
        guard end > start else { return }
        _ = madvise(UnsafeMutableRawPointer(bitPattern: start), Int(end - start), Int32(MADV_DONTNEED))
        #endif
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
