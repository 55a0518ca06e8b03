import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// `descent serve` run as a user runs it: the built binary, a real port, Ctrl-C to stop.
@Suite struct ServeCLITests {
    /// A running `descent serve` whose standard error is collected as it comes.
    final class Serving: @unchecked Sendable {
        let process = Process()
        private let lock = NSLock()
        private var collected = ""
        var stderr: String { lock.withLock { collected } }

        init(_ arguments: [String]) throws {
            process.executableURL = CLITests.binary
            process.arguments = arguments
            let err = Pipe()
            process.standardError = err
            process.standardOutput = FileHandle.nullDevice
            err.fileHandleForReading.readabilityHandler = { [weak self] handle in
                let data = handle.availableData
                guard let self, !data.isEmpty else { return }
                self.lock.withLock { self.collected += String(decoding: data, as: UTF8.self) }
            }
            try process.run()
        }

        /// Waits (at most `timeout` seconds) until standard error holds a match of `pattern`.
        func wait(for pattern: String, timeout: Double) -> String? {
            let deadline = Date(timeIntervalSinceNow: timeout)
            let regex = try! NSRegularExpression(pattern: pattern)
            while Date() < deadline {
                let text = stderr
                if let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) {
                    return String(text[Range(match.range(at: match.numberOfRanges > 1 ? 1 : 0), in: text)!])
                }
                if !process.isRunning { return nil }
                Thread.sleep(forTimeInterval: 0.02)
            }
            return nil
        }

        /// Waits for the process to end, killing it after `timeout` seconds.
        func waitForExit(timeout: Double) -> Int32? {
            let deadline = Date(timeIntervalSinceNow: timeout)
            while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
            if process.isRunning {
                process.terminate()
                kill(process.processIdentifier, SIGKILL)
                process.waitUntilExit()
                return nil
            }
            return process.terminationStatus
        }

        deinit {
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        }
    }

    static func fetch(_ url: String) async throws -> (Int, String) {
        var request = URLRequest(url: URL(string: url)!)
        request.timeoutInterval = 10
        let (data, response) = try await URLSession.shared.data(for: request)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    static func course() throws -> URL {
        let dir = try CLITests.temporaryFolder()
        let notebooks = dir.appendingPathComponent("notebooks")
        try FileManager.default.createDirectory(at: notebooks, withIntermediateDirectories: true)
        try "---\ntitle: Served lesson\n---\n\nHello from the lesson.\n".write(to: notebooks.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        return notebooks
    }

    @Test func servesTheCourseUntilCtrlC() async throws {
        let notebooks = try Self.course()
        let serving = try Serving(["serve", notebooks.path, "--port", "0"])
        let port = try #require(serving.wait(for: "at http://127\\.0\\.0\\.1:([0-9]+)/", timeout: 60), "\(serving.stderr)")
        #expect(serving.wait(for: "Built 1 lesson", timeout: 60) != nil, "\(serving.stderr)")
        let (status, body) = try await Self.fetch("http://127.0.0.1:\(port)/a.html")
        #expect(status == 200)
        #expect(body.contains("Hello from the lesson."))
        #expect(body.contains("descent-live-reload"))
        try "---\ntitle: Served lesson\n---\n\nEdited on disk.\n".write(to: notebooks.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        #expect(serving.wait(for: "Changed a\\.md: rebuilt a\\.md", timeout: 30) != nil, "\(serving.stderr)")
        #expect(try await Self.fetch("http://127.0.0.1:\(port)/a.html").1.contains("Edited on disk."))
        kill(serving.process.processIdentifier, SIGINT)
        #expect(serving.waitForExit(timeout: 20) == 0)
        #expect(serving.stderr.contains("Stopped (Ctrl-C)."))
    }

    @Test func aPortInUseIsAClearErrorAndExitOne() throws {
        // Hold a port with a listening socket of our own.
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) } }
        listen(fd, 1)
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
        let port = UInt16(bigEndian: address.sin_port)
        let result = try CLITests.run(["serve", try Self.course().path, "--port", String(port)])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: cannot listen on 127.0.0.1:\(port): the port is already in use"), "\(result.stderr)")
    }

    @Test func aBadHostIsRefused() throws {
        let result = try CLITests.run(["serve", try Self.course().path, "--host", "example.com", "--port", "0"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("--host must be an IP address"))
    }
}
