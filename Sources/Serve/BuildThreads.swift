import Foundation

/// Threads of their own for building lessons, so a long or endless lesson never occupies
/// the threads Swift's concurrency shares with the HTTP server.
///
/// A lesson's evaluation is synchronous and waits for its script worker; on the shared
/// pool (one thread per core) two such lessons would stop every request until the script
/// time limit ends them. Builds run with this executor as their preference
/// (`withTaskExecutorPreference`), which their child tasks inherit.
final class BuildThreads: TaskExecutor, @unchecked Sendable {
    private let condition = NSCondition()
    private var jobs: [UnownedJob] = []
    private var stopped = false

    /// Starts `count` threads.
    init(count: Int) {
        for index in 0..<max(count, 1) {
            let thread = Thread { [self] in loop() }
            thread.name = "descent-build-\(index)"
            thread.start()
        }
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        condition.lock()
        jobs.append(job)
        condition.signal()
        condition.unlock()
    }

    /// Lets the threads end once the jobs queued so far are done.
    func shutdown() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }

    private func loop() {
        while true {
            condition.lock()
            while jobs.isEmpty && !stopped { condition.wait() }
            if jobs.isEmpty {
                condition.unlock()
                return
            }
            let job = jobs.removeFirst()
            condition.unlock()
            job.runSynchronously(on: asUnownedTaskExecutor())
        }
    }
}
