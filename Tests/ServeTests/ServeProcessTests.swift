import Foundation
import Testing

/// `descent serve` as a user runs it: Ctrl-C, a taken port, a bad host.
@Suite struct ServeProcessTests {
    @Test func servesTheCourseUntilCtrlC() async throws {
        try await ServeProcess.with() { serving in
            #expect(serving.stderr.contains("Serving \(serving.notebooks.path)/ at http://127.0.0.1:\(serving.port)/"))
            #expect(serving.stderr.contains("Built 2 lessons"))
            let page = try await HTTPTestClient.get(port: serving.port, "/a.html")
            #expect(page.status == 200)
            #expect(page.body.contains("The original text."))
            #expect(await serving.interrupt() == 0)
            #expect(serving.stderr.contains("Stopped (Ctrl-C)."))
            // The port is free again.
            #expect(throws: (any Error).self) { try HTTPTestClient.getBlocking(port: serving.port, "/", timeout: 1) }
        }
    }

    @Test func aPortInUseIsAClearErrorAndExitOne() async throws {
        try await ServeProcess.with() { first in
            let result = try ServeProcess.run(["serve", first.notebooks.path, "--port", String(first.port)])
            #expect(result.status == 1)
            #expect(result.stderr.contains("error: cannot listen on 127.0.0.1:\(first.port): the port is already in use"), "\(result.stderr)")
            #expect(await first.interrupt() == 0)
        }
    }

    @Test func aBadHostIsRefused() throws {
        let result = try ServeProcess.run(["serve", try ServeProcess.course().path, "--host", "example.com", "--port", "0"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: --host must be an IP address"))
    }

    @Test func aMissingFolderIsRefused() throws {
        let result = try ServeProcess.run(["serve", "/nonexistent/notebooks", "--port", "0"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: no such folder: /nonexistent/notebooks"))
    }
}

/// One save is one rebuild line, however the editor writes the file and however the watcher
/// splits its events: each step below leaves more than the 10 ms quiet period between its
/// writes, as a slow editor or a busy machine does. The steps run on a thread of their own
/// (not the suite's busy shared pool), so their pauses stay close to what they ask for.
///
/// The server bridges pauses up to a bound (`InotifyWatcher.hold`, 250 ms, while a save is
/// visibly half done; `PreviewSite.echoWindow`, 1 s, for the tail of a save). A loaded
/// machine can stretch a 40 ms pause of the test's own thread past that bound; the writes
/// are then no longer one save, and the server is right to rebuild twice. So each step
/// times its writes: a step whose pauses the machine stretched past `stretched` is not
/// judged and runs again (the server's count is taken afresh); one that ran as written
/// must give exactly one line. A machine too busy to run any attempt as written fails the
/// test with the pauses it measured.
@Suite struct SaveCoalescingTests {
    /// `touch FILE` on an existing file: open for writing, set the times to now, close.
    static func touch(_ url: URL) {
        let fd = open(url.path, O_WRONLY)
        guard fd >= 0 else { return }
        _ = futimens(fd, nil)
        close(fd)
    }

    /// A pause longer than this, between two writes of one save, may outlast the server's
    /// bound (250 ms; less the time the watcher itself may wait to run).
    static let stretched: Duration = .milliseconds(150)

    /// The writes of one save, timed: `pause` sleeps, and records how long the thread was
    /// away from the last write.
    final class Writes: @unchecked Sendable {
        /// 0 for the first attempt of a save, then 1, 2…: a save run again writes new text,
        /// so that it changes the lesson again.
        let attempt: Int
        private var last: ContinuousClock.Instant?
        private(set) var longestPause: Duration = .zero

        init(attempt: Int) { self.attempt = attempt }

        /// `text`, marked with the attempt when this is not the first.
        func body(_ text: String) -> String { attempt == 0 ? text : "\(text) (attempt \(attempt + 1))" }

        func pause(_ milliseconds: UInt32) {
            usleep(milliseconds * 1000)
        }

        /// Call after each write: the time since the previous write counts as one pause.
        func wrote() {
            let now = ContinuousClock.now
            if let last { longestPause = max(longestPause, now - last) }
            last = now
        }
    }

    static func changedLines(_ stderr: String) -> [String] {
        stderr.split(separator: "\n").filter { $0.hasPrefix("Changed ") }.map(String.init)
    }

    /// Runs one save (`steps`, on a thread of its own), waits for its rebuild line, then a
    /// further `settle` seconds in which no other may appear; returns the lines it added.
    /// A save whose pauses the machine stretched is run again, up to `attempts` times.
    static func lines(_ server: ServeProcess, settle: Double = 1.5, attempts: Int = 5,
                      after steps: @escaping @Sendable (Writes) throws -> Void) async throws -> [String] {
        var measured: [Duration] = []
        for attempt in 0..<attempts {
            let before = changedLines(server.stderr).count
            let writes = Writes(attempt: attempt)
            try await HTTPTestClient.offPool { try steps(writes) }
            let deadline = Date(timeIntervalSinceNow: 60)
            while changedLines(server.stderr).count <= before, Date() < deadline { try await Task.sleep(for: .milliseconds(20)) }
            try await Task.sleep(for: .seconds(settle))
            if writes.longestPause <= stretched { return Array(changedLines(server.stderr).dropFirst(before)) }
            measured.append(writes.longestPause)
        }
        Issue.record("the machine stretched every attempt's pauses past \(stretched): \(measured)")
        return []
    }

    @Test func eachSaveIsOneRebuildLine() async throws {
        try await ServeProcess.with() { server in
            let notebooks = server.notebooks
            let lesson = notebooks.appendingPathComponent("a.md")
            // A change that comes right after a round is taken for the tail of its save.
            try await Task.sleep(for: .seconds(1.2))

            // `touch` twice: one line, nothing to rebuild.
            var lines = try await Self.lines(server) { writes in
                Self.touch(lesson)
                writes.wrote()
                writes.pause(40)
                Self.touch(lesson)
                writes.wrote()
            }
            #expect(lines.count == 1, "\(server.stderr)")
            #expect(lines.last?.hasPrefix("Changed a.md: nothing to rebuild") == true, "\(lines)")

            // Write a temporary file, then rename it over the lesson (most editors).
            lines = try await Self.lines(server) { writes in
                let temporary = notebooks.appendingPathComponent("a.md.tmp")
                try ServeProcess.lesson("First", order: 1, body: writes.body("Saved by rename.")).write(to: temporary, atomically: false, encoding: .utf8)
                writes.wrote()
                writes.pause(40)
                _ = rename(temporary.path, lesson.path)
                writes.wrote()
            }
            #expect(lines.count == 1, "\(server.stderr)")
            #expect(lines.last?.hasPrefix("Changed a.md: rebuilt a.md in ") == true, "\(lines)")

            // Move the lesson to a backup, then write it anew (vim with `backup`): the lesson is
            // never seen missing, so its neighbours and the index are not rebuilt.
            lines = try await Self.lines(server) { writes in
                let backup = notebooks.appendingPathComponent("a.md~")
                _ = rename(lesson.path, backup.path)
                writes.wrote()
                writes.pause(40)
                try ServeProcess.lesson("First", order: 1, body: writes.body("Saved after a backup.")).write(to: lesson, atomically: false, encoding: .utf8)
                writes.wrote()
                writes.pause(40)
                try FileManager.default.removeItem(at: backup)
                writes.wrote()
            }
            #expect(lines.count == 1, "\(server.stderr)")
            #expect(lines.last?.hasPrefix("Changed a.md: rebuilt a.md in ") == true, "\(lines)")

            // A save, then a `touch` while its round runs.
            lines = try await Self.lines(server) { writes in
                try ServeProcess.lesson("First", order: 1, body: writes.body("Saved, then touched.")).write(to: lesson, atomically: true, encoding: .utf8)
                writes.wrote()
                writes.pause(30)
                Self.touch(lesson)
                writes.wrote()
            }
            #expect(lines.count == 1, "\(server.stderr)")
            #expect(lines.last?.hasPrefix("Changed a.md: rebuilt a.md in ") == true, "\(lines)")
            let page = try await HTTPTestClient.get(port: server.port, "/a.html")
            #expect(page.body.contains("Saved, then touched."))
        }
    }
}
