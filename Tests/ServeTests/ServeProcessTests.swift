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
@Suite struct SaveCoalescingTests {
    /// `touch FILE` on an existing file: open for writing, set the times to now, close.
    static func touch(_ url: URL) {
        let fd = open(url.path, O_WRONLY)
        guard fd >= 0 else { return }
        _ = futimens(fd, nil)
        close(fd)
    }

    static func pause(_ milliseconds: UInt32) { usleep(milliseconds * 1000) }

    static func changedLines(_ stderr: String) -> [String] {
        stderr.split(separator: "\n").filter { $0.hasPrefix("Changed ") }.map(String.init)
    }

    /// Runs `steps` on a thread of its own, waits until `count` rebuild lines are printed,
    /// then a further `settle` seconds in which no other may appear; returns the lines.
    static func lines(_ server: ServeProcess, count: Int, settle: Double = 1.5, after steps: @escaping @Sendable () throws -> Void) async throws -> [String] {
        try await HTTPTestClient.offPool(steps)
        let deadline = Date(timeIntervalSinceNow: 60)
        while changedLines(server.stderr).count < count, Date() < deadline { try await Task.sleep(for: .milliseconds(20)) }
        try await Task.sleep(for: .seconds(settle))
        return changedLines(server.stderr)
    }

    @Test func eachSaveIsOneRebuildLine() async throws {
        try await ServeProcess.with() { server in
            let notebooks = server.notebooks
            let lesson = notebooks.appendingPathComponent("a.md")
            // A change that comes right after a round is taken for the tail of its save.
            try await Task.sleep(for: .seconds(1.2))

            // `touch` twice: one line, nothing to rebuild.
            var lines = try await Self.lines(server, count: 1) {
                Self.touch(lesson)
                Self.pause(40)
                Self.touch(lesson)
            }
            #expect(lines.count == 1, "\(server.stderr)")
            #expect(lines.last?.hasPrefix("Changed a.md: nothing to rebuild") == true, "\(lines)")

            // Write a temporary file, then rename it over the lesson (most editors).
            lines = try await Self.lines(server, count: 2) {
                let temporary = notebooks.appendingPathComponent("a.md.tmp")
                try ServeProcess.lesson("First", order: 1, body: "Saved by rename.").write(to: temporary, atomically: false, encoding: .utf8)
                Self.pause(40)
                _ = rename(temporary.path, lesson.path)
            }
            #expect(lines.count == 2, "\(server.stderr)")
            #expect(lines.last?.hasPrefix("Changed a.md: rebuilt a.md in ") == true, "\(lines)")

            // Move the lesson to a backup, then write it anew (vim with `backup`): the lesson is
            // never seen missing, so its neighbours and the index are not rebuilt.
            lines = try await Self.lines(server, count: 3) {
                let backup = notebooks.appendingPathComponent("a.md~")
                _ = rename(lesson.path, backup.path)
                Self.pause(40)
                try ServeProcess.lesson("First", order: 1, body: "Saved after a backup.").write(to: lesson, atomically: false, encoding: .utf8)
                Self.pause(40)
                try FileManager.default.removeItem(at: backup)
            }
            #expect(lines.count == 3, "\(server.stderr)")
            #expect(lines.last?.hasPrefix("Changed a.md: rebuilt a.md in ") == true, "\(lines)")

            // A save, then a `touch` while its round runs.
            lines = try await Self.lines(server, count: 4) {
                try ServeProcess.lesson("First", order: 1, body: "Saved, then touched.").write(to: lesson, atomically: true, encoding: .utf8)
                Self.pause(30)
                Self.touch(lesson)
            }
            #expect(lines.count == 4, "\(server.stderr)")
            #expect(lines.last?.hasPrefix("Changed a.md: rebuilt a.md in ") == true, "\(lines)")
            let page = try await HTTPTestClient.get(port: server.port, "/a.html")
            #expect(page.body.contains("Saved, then touched."))
        }
    }
}
