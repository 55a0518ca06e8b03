import Foundation
import Testing

/// A `descent serve` process started by a test on a free port, its standard error collected
/// as it comes. The built binary runs on its own, so the suite's other tests, busy on the
/// test process's threads, cannot slow the server down.
final class ServeProcess: @unchecked Sendable {
    let process = Process()
    let notebooks: URL
    private let lock = NSLock()
    private var collected = ""
    private(set) var port: UInt16 = 0

    /// Standard error so far.
    var stderr: String { lock.withLock { collected } }

    /// The `descent` executable beside the test bundle.
    static var binary: URL {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: dir.appendingPathComponent("descent").path), dir.path != "/" {
            dir = dir.deletingLastPathComponent()
        }
        return dir.appendingPathComponent("descent")
    }

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("descent-serve-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func lesson(_ title: String, order: Int, body: String) -> String {
        "---\ntitle: \(title)\norder: \(order)\n---\n\n\(body)\n"
    }

    /// A course of two lessons (plus `extra`) in a fresh folder.
    static func course(_ extra: [String: String] = [:]) throws -> URL {
        let notebooks = try temporaryFolder().appendingPathComponent("notebooks")
        try FileManager.default.createDirectory(at: notebooks, withIntermediateDirectories: true)
        try "title: Live course\n".write(to: notebooks.appendingPathComponent("course.yaml"), atomically: true, encoding: .utf8)
        var files = ["a.md": lesson("First", order: 1, body: "The original text."), "b.md": lesson("Second", order: 2, body: "More text.")]
        for (name, text) in extra { files[name] = text }
        for (name, text) in files { try text.write(to: notebooks.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return notebooks
    }

    /// Runs `body` with a started server and stops the server afterwards, whatever happens.
    static func with(_ notebooks: URL? = nil, _ arguments: [String] = [], _ body: (ServeProcess) async throws -> Void) async throws {
        let server = try ServeProcess(notebooks: notebooks ?? course(), arguments: ["--port", "0"] + arguments)
        do {
            try await server.awaitStart()
            try await body(server)
        } catch {
            _ = await server.interrupt()
            throw error
        }
        _ = await server.interrupt()
    }

    private func awaitStart() async throws {
        let port = try #require(await wait(for: "at http://127\\.0\\.0\\.1:([0-9]+)/", timeout: 60), "\(stderr)")
        self.port = try #require(UInt16(port))
        #expect(await wait(for: "Built [0-9]+ lessons?", timeout: 60) != nil, "\(stderr)")
    }

    init(notebooks: URL, arguments: [String]) throws {
        self.notebooks = notebooks
        process.executableURL = Self.binary
        process.arguments = ["serve", notebooks.path] + arguments
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

    /// The first capture group (or whole match) of `pattern` in standard error after
    /// `offset` characters, waiting at most `timeout` seconds.
    func wait(for pattern: String, after offset: Int = 0, timeout: Double) async -> String? {
        let deadline = Date(timeIntervalSinceNow: timeout)
        let regex = try! NSRegularExpression(pattern: pattern)
        // The text is checked once more after the deadline: when the suite keeps every
        // thread busy, this task may wake only after the deadline has passed.
        while true {
            let running = process.isRunning
            let text = String(stderr.dropFirst(offset))
            if let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) {
                return String(text[Range(match.range(at: match.numberOfRanges > 1 ? 1 : 0), in: text)!])
            }
            if !running || Date() >= deadline { return nil }
            try? await Task.sleep(for: .milliseconds(20))
        }
    }

    /// Sends SIGINT (Ctrl-C) and waits for the exit status, killing it after `timeout` seconds.
    func interrupt(timeout: Double = 20) async -> Int32? {
        guard process.isRunning else { return process.terminationStatus }
        kill(process.processIdentifier, SIGINT)
        let deadline = Date(timeIntervalSinceNow: timeout)
        while process.isRunning && Date() < deadline { try? await Task.sleep(for: .milliseconds(20)) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            return nil
        }
        return process.terminationStatus
    }

    func write(_ text: String, to name: String) throws {
        try text.write(to: notebooks.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    /// `descent ARGUMENTS` to the end, with its exit status and standard error.
    static func run(_ arguments: [String]) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let data = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    deinit {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
        }
    }
}
