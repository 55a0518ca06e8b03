import Foundation

/// The process's standard output and error, buffered as CPython 3.11 buffers `sys.stdout`
/// and `sys.stderr`, for `descent run`: what a script prints reaches the terminal or pipe as
/// it runs, in the order `python FILE.py` would show it.
///
/// Standard output is unbuffered when `PYTHONUNBUFFERED` is set (non-empty, as `python -u`),
/// line-buffered when it is a terminal, and block-buffered otherwise: written out once more
/// than 8 KiB are pending (CPython's `io.DEFAULT_BUFFER_SIZE`; its exact split points
/// within a large write may differ), and whenever `flushOutput()` is called (`input()`
/// before it reads, the end of the run). Standard error is written at once, as CPython's
/// line-buffered stderr does for the newline-terminated reports written to it.
public final class StandardStreams {
    /// How standard output is buffered.
    public enum Buffering: Sendable {
        /// Every write goes out at once (`PYTHONUNBUFFERED`).
        case unbuffered
        /// Written out at each newline (a terminal).
        case line
        /// Written out when more than 8 KiB are pending (a pipe or a file).
        case block
    }

    /// How standard output is buffered.
    public let buffering: Buffering
    private var pending: [UInt8] = []
    private let lock = NSLock()

    /// Streams with the given buffering.
    public init(buffering: Buffering) {
        self.buffering = buffering
    }

    /// The buffering CPython chooses for this process: `PYTHONUNBUFFERED`, then whether
    /// standard output is a terminal.
    public static func forProcess() -> StandardStreams {
        if let flag = ProcessInfo.processInfo.environment["PYTHONUNBUFFERED"], !flag.isEmpty {
            return StandardStreams(buffering: .unbuffered)
        }
        return StandardStreams(buffering: isatty(1) == 1 ? .line : .block)
    }

    /// Writes `text` to standard output, through the buffer.
    public func writeOutput(_ text: String) {
        lock.withLock {
            pending.append(contentsOf: text.utf8)
            switch buffering {
            case .unbuffered: drain()
            case .line: if text.utf8.contains(UInt8(ascii: "\n")) { drain() }
            case .block: if pending.count > 8192 { drain() }
            }
        }
    }

    /// Writes `text` to standard error at once.
    public func writeError(_ text: String) {
        guard !text.isEmpty else { return }
        Self.writeAll(Array(text.utf8), to: 2)
    }

    /// Writes out what standard output holds (`sys.stdout.flush()`).
    public func flushOutput() {
        lock.withLock { drain() }
    }

    private func drain() {
        guard !pending.isEmpty else { return }
        Self.writeAll(pending, to: 1)
        pending.removeAll(keepingCapacity: true)
    }

    private static func writeAll(_ bytes: [UInt8], to fd: Int32) {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { return }
                offset += n
            }
        }
    }
}
