import FlyingFox
import FlyingSocks
import Foundation
import Notebook
import Script
import Site

/// What `descent serve` was asked for.
public struct ServeOptions: Sendable {
    /// The folder of lessons (and `course.yaml`).
    public var notebooks: String
    /// The address to listen on: loopback unless asked otherwise.
    public var host: String = "127.0.0.1"
    /// The port; 0 picks a free one.
    public var port: UInt16 = 8000
    /// Where the build cache lives; nil for `.descent-cache` beside the lesson folder.
    public var cacheFolder: String?
    public var useCache = true
    public var watch: WatchMode = .automatic
    /// How long a burst of saves must be quiet before the rebuild starts.
    public var quiet: Duration = .milliseconds(10)
    /// The step budget and time limit of every script run.
    public var limits: ScriptLimits = .standard

    public init(notebooks: String) { self.notebooks = notebooks }
}

/// A running preview: an HTTP server over a site folder that follows the lessons on disk.
///
/// The server (FlyingFox) answers on Swift's shared threads; builds run on `BuildThreads`
/// of their own, so a lesson stuck until the script time limit never delays a request.
public final class PreviewServer: Sendable {
    /// The port it listens on (the one picked when 0 was asked for).
    public let port: UInt16
    /// `http://HOST:PORT/`.
    public let url: String
    /// How changes are noticed: `inotify` or `polling`.
    public let watching: String
    private let server: HTTPServer
    private let hub: ReloadHub
    private let threads: BuildThreads
    private let watcher: any FolderWatcher
    private let changes: ChangeQueue
    private let loop: Task<Void, Never>
    private let serving: Task<Void, Never>
    private let folder: String
    private let rounds: RoundLog

    /// Binds the address, then builds the course in the background and follows changes.
    /// `onRound` hears of every finished round (the first included).
    public static func start(_ options: ServeOptions, onRound: (@Sendable (RoundSummary) -> Void)? = nil) async throws(Diagnostic) -> PreviewServer {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: options.notebooks, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .error(ServeMessage.noSuchPath(options.notebooks), at: nil)
        }
        let address = try ListenAddress(host: options.host, port: options.port)
        try address.checkFree()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("descent-serve-\(getpid())-\(UUID().uuidString.prefix(8))").path
        do {
            try FileManager.default.createDirectory(atPath: folder + "/assets", withIntermediateDirectories: true)
        } catch {
            throw .error(ServeMessage.cannotWrite(folder, error.localizedDescription), at: nil)
        }
        let state = StateBox()
        let hub = ReloadHub()
        let handler = PreviewHandler(folder: folder, state: state, hub: hub)
        let server = HTTPServer(config: .init(address: address.socketAddress, timeout: 30, logger: .disabled), handler: handler)
        let serving = Task { _ = try? await server.run() }
        do {
            try await server.waitUntilListening(timeout: 5)
        } catch {
            serving.cancel()
            try? FileManager.default.removeItem(atPath: folder)
            throw .error(ServeMessage.cannotListen(address.description, error.localizedDescription), at: nil)
        }
        let port = await Self.boundPort(server) ?? options.port

        let cacheFolder = options.cacheFolder ?? URL(fileURLWithPath: options.notebooks).standardizedFileURL
            .deletingLastPathComponent().appendingPathComponent(".descent-cache").path
        let site = PreviewSite(notebooks: options.notebooks, folder: folder,
                               cache: options.useCache ? BuildCache(folder: cacheFolder) : nil, limits: options.limits)
        let changes = ChangeQueue()
        let (watcher, watching) = FolderWatchers.start(folder: options.notebooks, mode: options.watch, quiet: options.quiet) { paths in
            changes.add(paths)
        }
        let threads = BuildThreads(count: ProcessInfo.processInfo.activeProcessorCount)
        let rounds = RoundLog()
        let loop = Task.detached {
            await withTaskExecutorPreference(threads) {
                var trigger: [String] = []
                var previous = PreviewState.initial
                while true {
                    // Changes that left the course as the last round built it (the tail of
                    // a save the watcher split in two) start no round and print nothing.
                    guard let round = await site.rebuild(after: previous.built ? trigger : nil) else {
                        guard let next = await changes.next() else { return }
                        trigger = next
                        continue
                    }
                    let printed = round.state.printed
                    let reload = !round.changedFiles.isEmpty || printed != previous.printed || round.state.failedPages != previous.failedPages
                        || round.state.courseFailed != previous.courseFailed || !previous.built
                    state.value = round.state
                    let generation = reload ? hub.current + 1 : hub.current
                    if reload { hub.announce(generation) }
                    // A trigger naming only an editor's temporary file (its rename over the
                    // lesson came while the course loaded) is shown with the lessons it changed.
                    let answered = trigger.contains(where: FolderWatchers.isCourseFile) ? trigger : trigger + round.changedSources
                    let summary = RoundSummary(trigger: answered, rebuilt: round.rebuilt, fromCache: round.fromCache, changedFiles: round.changedFiles,
                                               diagnostics: round.state.diagnostics, sources: round.state.sources,
                                               diagnosticsChanged: printed != previous.printed, generation: generation,
                                               duration: round.duration, stats: round.stats, first: !previous.built)
                    rounds.record(summary)
                    onRound?(summary)
                    previous = round.state
                    // Every change noticed while this round ran is one trigger for the next.
                    guard let next = await changes.next() else { return }
                    trigger = next
                }
            }
        }
        return PreviewServer(port: port, url: "http://\(address.urlHost):\(port)/", watching: watching, server: server, hub: hub, threads: threads,
                             watcher: watcher, changes: changes, loop: loop, serving: serving, folder: folder, rounds: rounds)
    }

    private init(port: UInt16, url: String, watching: String, server: HTTPServer, hub: ReloadHub, threads: BuildThreads,
                 watcher: any FolderWatcher, changes: ChangeQueue, loop: Task<Void, Never>,
                 serving: Task<Void, Never>, folder: String, rounds: RoundLog) {
        self.port = port
        self.url = url
        self.watching = watching
        self.server = server
        self.hub = hub
        self.threads = threads
        self.watcher = watcher
        self.changes = changes
        self.loop = loop
        self.serving = serving
        self.folder = folder
        self.rounds = rounds
    }

    /// Waits until `count` rounds have finished (the first build is round 1), at most
    /// `timeout`, and returns the latest round.
    public func waitForRounds(_ count: Int, timeout: Duration) async -> RoundSummary? {
        await rounds.wait(for: count, timeout: timeout)
    }

    /// Stops watching and serving, ends every event stream and removes the site folder.
    /// A lesson still running finishes on its own thread within the script time limit.
    public func stop() async {
        watcher.stop()
        changes.finish()
        loop.cancel()
        hub.close()
        await server.stop(timeout: 1)
        serving.cancel()
        threads.shutdown()
        try? FileManager.default.removeItem(atPath: folder)
    }

    private static func boundPort(_ server: HTTPServer) async -> UInt16? {
        switch await server.listeningAddress {
        case .ip4(_, let port)?, .ip6(_, let port)?: return port
        default: return nil
        }
    }
}

/// What one round of the preview did, for the terminal and for tests.
public struct RoundSummary: Sendable {
    /// The changed paths (relative to the lesson folder) that started the round; empty for the first.
    public var trigger: [String]
    /// Lessons run again or read from the cache, by path.
    public var rebuilt: [String]
    public var fromCache: Int
    /// Site files whose bytes changed.
    public var changedFiles: [String]
    public var diagnostics: [Diagnostic]
    public var sources: [String: String]
    public var diagnosticsChanged: Bool
    /// The round pages now show; open pages reload when it changes.
    public var generation: Int
    public var duration: Duration
    public var stats: CourseBuild.Stats
    public var first: Bool
}

/// How many rounds have finished and the latest one, for `waitForRounds` (only the latest
/// is kept: a long session must not accumulate every round's sources).
final class RoundLog: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    private var latest: RoundSummary?

    func record(_ summary: RoundSummary) {
        lock.withLock {
            count += 1
            latest = summary
        }
    }

    /// The latest round once at least `count` have finished, or nil after `timeout`.
    func wait(for count: Int, timeout: Duration) async -> RoundSummary? {
        let deadline = ContinuousClock.now + timeout
        while true {
            let found: RoundSummary? = lock.withLock { self.count >= count ? latest : nil }
            if let found { return found }
            if ContinuousClock.now >= deadline { return nil }
            try? await Task.sleep(for: .milliseconds(2))
        }
    }
}

/// The paths changed since the build loop last asked, bursts merged: changes that arrive
/// while a round runs make one trigger for the next round, not one round each.
final class ChangeQueue: @unchecked Sendable {
    private let lock = NSLock()
    private var pending: [String] = []
    private var waiter: CheckedContinuation<[String]?, Never>?
    private var finished = false

    /// Adds a burst (paths relative to the lesson folder).
    func add(_ paths: [String]) {
        let resume: (CheckedContinuation<[String]?, Never>, [String])? = lock.withLock {
            for path in paths where !pending.contains(path) { pending.append(path) }
            guard let waiter, !pending.isEmpty else { return nil }
            self.waiter = nil
            defer { pending = [] }
            return (waiter, pending)
        }
        if let (waiter, paths) = resume { waiter.resume(returning: paths) }
    }

    /// Ends the queue: a waiting or later `next` returns nil.
    func finish() {
        let waiting: CheckedContinuation<[String]?, Never>? = lock.withLock {
            finished = true
            defer { waiter = nil }
            return waiter
        }
        waiting?.resume(returning: nil)
    }

    /// Every path changed since the last call, in the order first seen; waits for one when
    /// there is none. Nil once finished. One caller at a time.
    func next() async -> [String]? {
        await withCheckedContinuation { (continuation: CheckedContinuation<[String]?, Never>) in
            let ready: [String]?? = lock.withLock {
                if !pending.isEmpty {
                    defer { pending = [] }
                    return .some(pending)
                }
                if finished { return .some(nil) }
                waiter = continuation
                return .none
            }
            if let ready { continuation.resume(returning: ready) }
        }
    }
}
