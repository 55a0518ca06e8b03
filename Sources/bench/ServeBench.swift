import Foundation
import Serve
import Site

/// `swift run -c release bench serve [--edits 20] [--lesson 01-gradient-descent.md] [--notebooks DIR] [--poll]`:
/// starts the preview server on a copy of the course, lets the first build fill the cache,
/// then saves an edit of one lesson `edits` times and measures, for each, the time from the
/// save to the reload event arriving on an open event stream (as a browser's would), over
/// a real HTTP connection. Prints the median, minimum and maximum, and the rebuild's own
/// share (from the server's round log).
enum ServeBench {
    static func run(_ args: [String]) async {
        var edits = 20
        var notebooks = "notebooks"
        var lessonName = "01-gradient-descent.md"
        var watch = WatchMode.automatic
        var i = 0
        while i < args.count {
            let value = i + 1 < args.count ? args[i + 1] : ""
            switch args[i] {
            case "--edits": edits = max(1, Int(value) ?? edits); i += 1
            case "--notebooks": notebooks = value; i += 1
            case "--lesson": lessonName = value; i += 1
            case "--poll": watch = .polling
            default:
                print("bench serve: unknown argument \(args[i])")
                exit(2)
            }
            i += 1
        }
        let fm = FileManager.default
        let root = fm.temporaryDirectory.appendingPathComponent("descent-bench-serve-\(getpid())")
        let copy = root.appendingPathComponent("notebooks")
        try? fm.removeItem(at: root)
        do {
            try fm.createDirectory(at: root, withIntermediateDirectories: true)
            try fm.copyItem(at: URL(fileURLWithPath: notebooks), to: copy)
        } catch {
            print("bench serve: cannot copy \(notebooks): \(error)")
            exit(1)
        }
        defer { try? fm.removeItem(at: root) }
        let lesson = copy.appendingPathComponent(lessonName)
        guard let original = try? String(contentsOf: lesson, encoding: .utf8) else {
            print("bench serve: no lesson \(lessonName) in \(notebooks)")
            exit(1)
        }
        var options = ServeOptions(notebooks: copy.path)
        options.port = 0
        options.watch = watch
        options.cacheFolder = root.appendingPathComponent(".descent-cache").path
        let server: PreviewServer
        do {
            server = try await PreviewServer.start(options)
        } catch {
            print("bench serve: \(error.message)")
            exit(1)
        }
        guard let first = await server.waitForRounds(1, timeout: .seconds(120)) else {
            print("bench serve: the first build did not finish")
            exit(1)
        }
        print("cores: \(ProcessInfo.processInfo.activeProcessorCount); watching with \(server.watching)")
        print(String(format: "first build (cold cache): %.0f ms, %d lessons", SiteBench.milliseconds(first.duration), first.stats.lessons))
        guard let events = try? EventReader(port: server.port) else {
            print("bench serve: cannot open the event stream")
            exit(1)
        }
        _ = events.next(timeout: 10)
        var latencies: [Double] = [], rounds: [Double] = []
        let clock = ContinuousClock()
        for edit in 1...edits {
            // Each edit changes the lesson's text, so its page must be built again.
            let text = original + "\nEdit number \(edit) of the benchmark.\n"
            let start = clock.now
            try? Data(text.utf8).write(to: lesson, options: .atomic)
            guard events.next(timeout: 30) != nil else {
                print("bench serve: no reload event for edit \(edit)")
                exit(1)
            }
            latencies.append(SiteBench.milliseconds(clock.now - start))
            if let round = await server.waitForRounds(edit + 1, timeout: .seconds(5)) {
                rounds.append(SiteBench.milliseconds(round.duration))
                if round.rebuilt.count != 1 { print("  note: edit \(edit) rebuilt \(round.rebuilt.count) lessons") }
            }
            // Let the machine settle between edits, as between an author's saves.
            try? await Task.sleep(for: .milliseconds(50))
        }
        await server.stop()
        let sorted = latencies.sorted()
        print(String(format: "save of %@ → reload event, %d edits: median %.1f ms (min %.1f, max %.1f); rebuild round alone: median %.1f ms",
                     lessonName, edits, SiteBench.median(latencies), sorted.first ?? 0, sorted.last ?? 0, SiteBench.median(rounds)))
    }

    /// Reads `event: reload` lines from the preview's event stream over a plain socket.
    final class EventReader {
        let fd: Int32
        var text = ""

        init(port: UInt16) throws {
            fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = port.bigEndian
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let result = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            guard result == 0 else { throw CocoaError(.fileReadUnknown) }
            let request = Array("GET /_descent/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".utf8)
            _ = request.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        }

        deinit { close(fd) }

        /// The next reload event's round, or nil after `timeout` seconds.
        func next(timeout: Double) -> Int? {
            let deadline = Date(timeIntervalSinceNow: timeout)
            while Date() < deadline {
                if let range = text.range(of: "event: reload\ndata: "), let end = text[range.upperBound...].firstIndex(of: "\n") {
                    let value = Int(text[range.upperBound..<end])
                    text = String(text[end...])
                    return value
                }
                var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                guard poll(&poller, 1, Int32(max(1, deadline.timeIntervalSinceNow * 1000))) > 0 else { continue }
                var buffer = [UInt8](repeating: 0, count: 4096)
                let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
                guard n > 0 else { return nil }
                text += String(decoding: buffer.prefix(n), as: UTF8.self)
            }
            return nil
        }
    }
}
