import Foundation
@testable import Serve
import Testing

/// The watchers report each burst of saves once, with the names that changed.
@Suite struct FolderWatcherTests {
    final class Bursts: @unchecked Sendable {
        private let condition = NSCondition()
        private var bursts: [[String]] = []

        func add(_ burst: [String]) { condition.withLock { bursts.append(burst); condition.broadcast() } }

        /// The bursts so far once there are `count`, or what came within `timeout` seconds.
        func wait(for count: Int, timeout: Double) -> [[String]] {
            condition.lock()
            defer { condition.unlock() }
            let deadline = Date(timeIntervalSinceNow: timeout)
            while bursts.count < count && condition.wait(until: deadline) {}
            return bursts
        }
    }

    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("descent-watch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url.appendingPathComponent("part1"), withIntermediateDirectories: true)
        return url
    }

    @Test(arguments: [WatchMode.automatic, .polling])
    func aBurstOfSavesIsReportedOnce(mode: WatchMode) async throws {
        let dir = try Self.folder()
        let bursts = Bursts()
        let (watcher, kind) = FolderWatchers.start(folder: dir.path, mode: mode, quiet: .milliseconds(300)) { bursts.add($0) }
        defer { watcher.stop() }
        #expect(kind == (mode == .polling ? "polling" : "inotify"))
        let seen = try await HTTPTestClient.offPool { () throws -> [[String]] in
            for name in ["a.md", "b.md", "part1/c.md", ".a.md.swp", "b.md~"] {
                try "text of \(name)\n".write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
            }
            Thread.sleep(forTimeInterval: mode == .polling ? 0.6 : 0.5)
            return bursts.wait(for: 1, timeout: 10)
        }
        // inotify waits for the burst to go quiet; polling reports what one scan saw, so a
        // scan falling in the middle of the saves may split them in two.
        #expect(seen.count == 1 || (mode == .polling && seen.count == 2), "\(seen)")
        #expect(Set(seen.flatMap { $0 }) == ["a.md", "b.md", "part1/c.md"], "\(seen)")
    }

    @Test func foldersCreatedLaterAreWatchedToo() async throws {
        let dir = try Self.folder()
        let bursts = Bursts()
        let (watcher, _) = FolderWatchers.start(folder: dir.path, mode: .automatic, quiet: .milliseconds(50)) { bursts.add($0) }
        defer { watcher.stop() }
        let seen = try await HTTPTestClient.offPool { () throws -> [[String]] in
            try FileManager.default.createDirectory(at: dir.appendingPathComponent("part2"), withIntermediateDirectories: true)
            _ = bursts.wait(for: 1, timeout: 10)
            try "new\n".write(to: dir.appendingPathComponent("part2/d.md"), atomically: true, encoding: .utf8)
            return bursts.wait(for: 2, timeout: 10)
        }
        #expect(seen.flatMap { $0 }.contains("part2/d.md"), "\(seen)")
    }
}
