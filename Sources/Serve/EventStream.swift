import FlyingFox
import FlyingSocks
import Foundation

/// The Server-Sent Events of the preview: every open page holds one stream, and each
/// finished rebuild sends `event: reload` with the new round's number to all of them.
final class ReloadHub: @unchecked Sendable {
    private let lock = NSLock()
    private var streams: [UUID: AsyncStream<Data>.Continuation] = [:]
    private var generation = 0
    private var closed = false

    /// The round pages are currently built from (0 before the first build finishes).
    var current: Int { lock.withLock { generation } }

    /// Number of open streams.
    var listeners: Int { lock.withLock { streams.count } }

    /// A new stream that starts with the current round, then gets every later one.
    func subscribe() -> AsyncStream<Data> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<Data>.makeStream(bufferingPolicy: .bufferingNewest(16))
        continuation.onTermination = { [weak self] _ in
            guard let self else { return }
            _ = self.lock.withLock { self.streams.removeValue(forKey: id) }
        }
        lock.withLock {
            if closed {
                continuation.finish()
                return
            }
            // Browsers retry a dropped stream after `retry` milliseconds.
            continuation.yield(Data("retry: 500\n\n".utf8))
            continuation.yield(Self.event(generation))
            streams[id] = continuation
        }
        return stream
    }

    /// Announces round `generation` to every open page.
    func announce(_ generation: Int) {
        let targets = lock.withLock {
            self.generation = generation
            return Array(streams.values)
        }
        let event = Self.event(generation)
        for stream in targets { stream.yield(event) }
    }

    /// Ends every stream, so connections close and the server can stop.
    func close() {
        let targets = lock.withLock {
            closed = true
            defer { streams = [:] }
            return Array(streams.values)
        }
        for stream in targets { stream.finish() }
    }

    static func event(_ generation: Int) -> Data {
        Data("event: reload\ndata: \(generation)\n\n".utf8)
    }
}

/// An event stream as an HTTP body: chunks are sent as soon as they are yielded.
struct EventStreamBody: AsyncBufferedSequence, Sendable {
    typealias Element = UInt8
    let stream: AsyncStream<Data>

    func makeAsyncIterator() -> Iterator { Iterator(base: stream.makeAsyncIterator()) }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var base: AsyncStream<Data>.Iterator
        var pending: [UInt8] = []

        mutating func next() async throws -> UInt8? {
            guard let buffer = try await nextBuffer(suggested: 1) else { return nil }
            return buffer.first
        }

        mutating func nextBuffer(suggested count: Int) async throws -> [UInt8]? {
            while pending.isEmpty {
                guard let data = await base.next() else { return nil }
                pending = Array(data)
            }
            let take = Swift.min(Swift.max(count, 1), pending.count)
            let buffer = Array(pending.prefix(take))
            pending.removeFirst(take)
            return buffer
        }
    }
}
