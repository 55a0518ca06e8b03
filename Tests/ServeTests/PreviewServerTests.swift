import Foundation
import Notebook
import Script
@testable import Serve
import Testing

/// The preview server started inside the suite on a free port, fetched over HTTP.
@Suite struct PreviewServerTests {
    static func lesson(_ title: String, order: Int, body: String) -> String {
        "---\ntitle: \(title)\norder: \(order)\n---\n\n\(body)\n"
    }

    /// A course folder with two lessons, and a server on it.
    static func start(_ extra: [String: String] = [:], configure: (inout ServeOptions) -> Void = { _ in }) async throws -> (PreviewServer, URL) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("descent-serve-test-\(UUID().uuidString)")
        let notebooks = dir.appendingPathComponent("notebooks")
        try FileManager.default.createDirectory(at: notebooks, withIntermediateDirectories: true)
        try "title: Live course\n".write(to: notebooks.appendingPathComponent("course.yaml"), atomically: true, encoding: .utf8)
        var files = ["a.md": lesson("First", order: 1, body: "The original text."), "b.md": lesson("Second", order: 2, body: "More text.")]
        for (name, text) in extra { files[name] = text }
        for (name, text) in files { try text.write(to: notebooks.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        var options = ServeOptions(notebooks: notebooks.path)
        options.port = 0
        options.cacheFolder = dir.appendingPathComponent(".descent-cache").path
        configure(&options)
        let server = try await PreviewServer.start(options)
        return (server, notebooks)
    }

    static func write(_ text: String, to url: URL) throws {
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    @Test func servesPagesWithTheReloadScriptAndSafeHeaders() async throws {
        let (server, _) = try await Self.start()
        defer { Task { await server.stop() } }
        #expect(await server.waitForRounds(1, timeout: .seconds(30)) != nil)
        #expect(server.url == "http://127.0.0.1:\(server.port)/")
        let index = try await HTTPTestClient.get(port: server.port, "/")
        #expect(index.status == 200)
        #expect(index.headers["content-type"] == "text/html; charset=utf-8")
        #expect(index.headers["cache-control"] == "no-store")
        #expect(index.body.contains("Live course"))
        #expect(index.body.contains("id=\"descent-live-reload\""))
        #expect(index.body.contains("new EventSource(\"/_descent/events\")"))
        let page = try await HTTPTestClient.get(port: server.port, "/a.html")
        #expect(page.status == 200)
        #expect(page.body.contains("The original text."))
        #expect(page.body.contains("descent-live-reload"))
        let css = try await HTTPTestClient.get(port: server.port, "/assets/descent.css")
        #expect(css.status == 200)
        #expect(css.headers["content-type"] == "text/css; charset=utf-8")
        #expect(css.headers["cache-control"] == "no-store")
        #expect(!css.body.contains("descent-live-reload"))
        let text = try await HTTPTestClient.get(port: server.port, "/assets/build.txt")
        #expect(text.headers["content-type"] == "text/plain; charset=utf-8")
        let head = try await HTTPTestClient.get(port: server.port, "/a.html", method: "HEAD")
        #expect(head.status == 200)
        #expect(head.body.isEmpty)
        let post = try await HTTPTestClient.get(port: server.port, "/a.html", method: "POST")
        #expect(post.status == 405)
        let missing = try await HTTPTestClient.get(port: server.port, "/nothing.html")
        #expect(missing.status == 404)
        #expect(missing.headers["cache-control"] == "no-store")
    }

    @Test func traversalIsRefused() async throws {
        let (server, _) = try await Self.start()
        defer { Task { await server.stop() } }
        #expect(await server.waitForRounds(1, timeout: .seconds(30)) != nil)
        let attempts = [
            "/../course.yaml", "/../notebooks/a.md", "/assets/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd",
            "/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd", "/..%2f..%2fetc%2fpasswd", "/%252e%252e/etc/passwd", "//etc/passwd",
            "/%2fetc%2fpasswd", "/etc/passwd", "/./a.html", "/assets/..", "/..", "/.descent-cache", "/a.html%00.txt",
            "/..\\..\\etc\\passwd", "/%5c..%5cetc%5cpasswd", "http://example.com/../etc/passwd",
        ]
        for path in attempts {
            let response = try await HTTPTestClient.get(port: server.port, path)
            #expect(response.status == 404, "\(path) answered \(response.status)")
            #expect(!response.body.contains("root:"), "\(path)")
            #expect(!response.body.contains("Live course"), "\(path)")
        }
        // The site is still served.
        #expect(try await HTTPTestClient.get(port: server.port, "/a.html").status == 200)
    }

    @Test func anEditReloadsTheOpenPageWithTheNewText() async throws {
        let (server, notebooks) = try await Self.start()
        defer { Task { await server.stop() } }
        #expect(await server.waitForRounds(1, timeout: .seconds(30)) != nil)
        let events = try await EventStreamClient.open(port: server.port)
        let first = try await events.nextReload()
        #expect(events.headers["content-type"] == "text/event-stream; charset=utf-8")
        #expect(events.headers["cache-control"] == "no-store")
        try Self.write(Self.lesson("First", order: 1, body: "The edited text."), to: notebooks.appendingPathComponent("a.md"))
        let second = try await events.nextReload()
        #expect(second == first + 1)
        let page = try await HTTPTestClient.get(port: server.port, "/a.html")
        #expect(page.body.contains("The edited text."))
        #expect(!page.body.contains("The original text."))
        #expect(page.body.contains("var generation = \"\(second)\""))
        let round = try #require(await server.waitForRounds(2, timeout: .seconds(5)))
        #expect(round.rebuilt == [notebooks.appendingPathComponent("a.md").path])
        #expect(round.changedFiles == ["a.html"])
    }

    @Test func aBrokenEditShowsTheProblemsWithTheLastGoodPageOneClickAway() async throws {
        let (server, notebooks) = try await Self.start()
        defer { Task { await server.stop() } }
        #expect(await server.waitForRounds(1, timeout: .seconds(30)) != nil)
        let events = try await EventStreamClient.open(port: server.port)
        let first = try await events.nextReload()
        let path = notebooks.appendingPathComponent("a.md")
        let broken = Self.lesson("First", order: 1, body: "Broken now.\n\n```{descent}\n:loss: reg\n:x: [-5, 5]\n:y: [-5, 5]\n:epoch: 10\n```")
        try Self.write(broken, to: path)
        #expect(try await events.nextReload() == first + 1)
        let problems = try await HTTPTestClient.get(port: server.port, "/a.html")
        #expect(problems.status == 200)
        #expect(problems.body.contains("descent-problems"))
        #expect(problems.body.contains("\(path.path):12:2: error: unknown option &#39;epoch&#39; for {descent}; did you mean &#39;epochs&#39;?")
                || problems.body.contains("\(path.path):12:2: error: unknown option 'epoch' for {descent}; did you mean 'epochs'?"))
        #expect(problems.body.contains(" 12 | :epoch: 10\n"))
        #expect(problems.body.contains("|  ^~~~~"))
        #expect(problems.body.contains("href=\"/a.html?last-good\""))
        #expect(problems.body.contains("descent-live-reload"))
        let lastGood = try await HTTPTestClient.get(port: server.port, "/a.html?last-good")
        #expect(lastGood.body.contains("The original text."))
        // The other lesson is unaffected.
        #expect(try await HTTPTestClient.get(port: server.port, "/b.html").body.contains("More text."))
        let listed = try await HTTPTestClient.get(port: server.port, "/_descent/problems")
        #expect(listed.body.contains(":12:2: error: unknown option"))
        // Fixing the file clears it.
        try Self.write(Self.lesson("First", order: 1, body: "Fixed text."), to: path)
        #expect(try await events.nextReload() == first + 2)
        let fixed = try await HTTPTestClient.get(port: server.port, "/a.html")
        #expect(fixed.body.contains("Fixed text."))
        #expect(!fixed.body.contains("descent-problems"))
    }

    @Test func aNewLessonUpdatesTheIndexAndItsNeighbours() async throws {
        let (server, notebooks) = try await Self.start()
        defer { Task { await server.stop() } }
        #expect(await server.waitForRounds(1, timeout: .seconds(30)) != nil)
        let events = try await EventStreamClient.open(port: server.port)
        let first = try await events.nextReload()
        try Self.write(Self.lesson("Third", order: 3, body: "Brand new."), to: notebooks.appendingPathComponent("c.md"))
        #expect(try await events.nextReload() == first + 1)
        #expect(try await HTTPTestClient.get(port: server.port, "/").body.contains("Third"))
        #expect(try await HTTPTestClient.get(port: server.port, "/c.html").body.contains("Brand new."))
        // b.md's page now links forward to the new lesson.
        #expect(try await HTTPTestClient.get(port: server.port, "/b.html").body.contains("c.html"))
        let round = try #require(await server.waitForRounds(2, timeout: .seconds(5)))
        #expect(Set(round.rebuilt.map { URL(fileURLWithPath: $0).lastPathComponent }) == ["b.md", "c.md"])
        // Removing it removes its page.
        try FileManager.default.removeItem(at: notebooks.appendingPathComponent("c.md"))
        #expect(try await events.nextReload() == first + 2)
        #expect(try await HTTPTestClient.get(port: server.port, "/c.html").status == 404)
    }

    @Test func pollingFollowsEditsToo() async throws {
        let (server, notebooks) = try await Self.start { $0.watch = .polling }
        defer { Task { await server.stop() } }
        #expect(server.watching == "polling")
        #expect(await server.waitForRounds(1, timeout: .seconds(30)) != nil)
        let events = try await EventStreamClient.open(port: server.port)
        let first = try await events.nextReload()
        try Self.write(Self.lesson("First", order: 1, body: "Polled edit, longer than before."), to: notebooks.appendingPathComponent("a.md"))
        #expect(try await events.nextReload() == first + 1)
        #expect(try await HTTPTestClient.get(port: server.port, "/a.html").body.contains("Polled edit"))
    }

    @Test func anEndlessLoopEndsAtTheTimeLimitWhileTheServerKeepsServing() async throws {
        let (server, notebooks) = try await Self.start { $0.limits = ScriptLimits(timeLimit: 2) }
        defer { Task { await server.stop() } }
        #expect(await server.waitForRounds(1, timeout: .seconds(30)) != nil)
        let events = try await EventStreamClient.open(port: server.port)
        let first = try await events.nextReload()
        let loop = Self.lesson("First", order: 1, body: "```{code}\nn = 0\nwhile True:\n    n += 1\n```")
        let loop2 = Self.lesson("Second", order: 2, body: "```{code}\nm = 0\nwhile True:\n    m += 1\n```")
        let clock = ContinuousClock()
        let start = clock.now
        try Self.write(loop, to: notebooks.appendingPathComponent("a.md"))
        try Self.write(loop2, to: notebooks.appendingPathComponent("b.md"))
        // While both lessons spin, requests are answered at once.
        try await Task.sleep(for: .milliseconds(300))
        for _ in 0..<5 {
            let before = clock.now
            let index = try await HTTPTestClient.get(port: server.port, "/", timeout: 1)
            #expect(index.status == 200)
            #expect(clock.now - before < .milliseconds(500))
        }
        #expect(clock.now - start < .seconds(2), "the requests were answered before the time limit")
        #expect(try await events.nextReload(timeout: 30) > first)
        let problems = try await HTTPTestClient.get(port: server.port, "/a.html")
        #expect(problems.body.contains("TimeoutError: script stopped after 2 s, its time limit"))
    }

    @Test func aTakenPortIsAClearError() async throws {
        let (server, notebooks) = try await Self.start()
        defer { Task { await server.stop() } }
        var options = ServeOptions(notebooks: notebooks.path)
        options.port = server.port
        await #expect(throws: Diagnostic.self) { _ = try await PreviewServer.start(options) }
        do {
            _ = try await PreviewServer.start(options)
        } catch {
            #expect(error.message == "cannot listen on 127.0.0.1:\(server.port): the port is already in use (another server is running there; pick another with --port)")
        }
    }

    @Test func sitePathsAreResolvedInsideTheSiteOnly() {
        #expect(SitePath.resolve("/") == "index.html")
        #expect(SitePath.resolve("/a.html") == "a.html")
        #expect(SitePath.resolve("/assets/descent.css") == "assets/descent.css")
        #expect(SitePath.resolve("/part1/") == "part1/index.html")
        #expect(SitePath.resolve("/with%20space.html") == "with space.html")
        for bad in ["", "a.html", "/../x", "/a/../b", "/%2e%2e/x", "/%2E%2e%2Fx", "/%252e%252e/x", "//x", "/%2F/x", "/a//b",
                    "/.hidden", "/a\\b", "/%5C..", "/%00", "/c:/x", "/%zz"] {
            #expect(SitePath.resolve(bad) == nil, "\(bad)")
        }
    }

    @Test func theReloadScriptGoesIntoServedPagesOnly() {
        let page = "<html><body><p>x</p></body></html>\n"
        let served = ReloadScript.inject(into: page, generation: 7)
        #expect(served.contains("var generation = \"7\""))
        #expect(served.hasSuffix("</script>\n</body></html>\n"))
        #expect(ReloadScript.inject(into: "<p>no body</p>", generation: 1).hasSuffix("</script>\n"))
    }
}
