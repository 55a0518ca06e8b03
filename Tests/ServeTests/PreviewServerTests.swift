import Foundation
@testable import Serve
import Testing

/// The preview server on a free port, fetched over HTTP while lessons change on disk.
@Suite struct PreviewServerTests {
    @Test func servesPagesWithTheReloadScriptAndSafeHeaders() async throws {
        try await ServeProcess.with() { server in
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
    }

    @Test func traversalIsRefused() async throws {
        try await ServeProcess.with() { server in
            let attempts = [
                "/../course.yaml", "/../notebooks/a.md", "/assets/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd",
                "/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd", "/..%2f..%2fetc%2fpasswd", "/%252e%252e/etc/passwd", "//etc/passwd",
                "/%2fetc%2fpasswd", "/etc/passwd", "/./a.html", "/assets/..", "/..", "/.descent-cache", "/a.html%00.txt",
                "/..\\..\\etc\\passwd", "/%5c..%5cetc%5cpasswd", "http://example.com/../etc/passwd", "/" + String(repeating: "../", count: 12) + "etc/passwd",
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
    }

    @Test func anEditReloadsTheOpenPageWithTheNewText() async throws {
        try await ServeProcess.with() { server in
            let events = try await EventStreamClient.open(port: server.port)
            let first = try await events.nextReload()
            #expect(events.headers["content-type"] == "text/event-stream; charset=utf-8")
            #expect(events.headers["cache-control"] == "no-store")
            try server.write(ServeProcess.lesson("First", order: 1, body: "The edited text."), to: "a.md")
            let second = try await events.nextReload()
            #expect(second == first + 1)
            let page = try await HTTPTestClient.get(port: server.port, "/a.html")
            #expect(page.body.contains("The edited text."))
            #expect(!page.body.contains("The original text."))
            #expect(page.body.contains("var generation = \"\(second)\""))
            // Only the edited lesson ran again.
            #expect(await server.wait(for: "Changed a\\.md: rebuilt a\\.md in [0-9]+ ms; no problems", timeout: 10) != nil, "\(server.stderr)")
        }
    }

    @Test func aBrokenEditShowsTheProblemsWithTheLastGoodPageOneClickAway() async throws {
        try await ServeProcess.with() { server in
            let events = try await EventStreamClient.open(port: server.port)
            let first = try await events.nextReload()
            let path = server.notebooks.appendingPathComponent("a.md").path
            let broken = ServeProcess.lesson("First", order: 1, body: "Broken now.\n\n```{descent}\n:loss: reg\n:x: [-5, 5]\n:y: [-5, 5]\n:epoch: 10\n```")
            try server.write(broken, to: "a.md")
            #expect(try await events.nextReload() == first + 1)
            let problems = try await HTTPTestClient.get(port: server.port, "/a.html")
            #expect(problems.status == 200)
            #expect(problems.body.contains("descent-problems"))
            // Exactly as the CLI prints it: place, message, source line, caret.
            #expect(problems.body.contains("\(path):12:2: error: unknown option 'epoch' for {descent}; did you mean 'epochs'?\n"))
            #expect(problems.body.contains("    |\n 12 | :epoch: 10\n    |  ^~~~~\n"))
            #expect(problems.body.contains("href=\"/a.html?last-good\""))
            #expect(problems.body.contains("descent-live-reload"))
            #expect(await server.wait(for: "\(NSRegularExpression.escapedPattern(for: path)):12:2: error: unknown option 'epoch'", timeout: 10) != nil)
            let lastGood = try await HTTPTestClient.get(port: server.port, "/a.html?last-good")
            #expect(lastGood.body.contains("The original text."))
            // The other lesson is unaffected.
            #expect(try await HTTPTestClient.get(port: server.port, "/b.html").body.contains("More text."))
            let listed = try await HTTPTestClient.get(port: server.port, "/_descent/problems")
            #expect(listed.body.contains(":12:2: error: unknown option"))
            // Fixing the file clears it.
            try server.write(ServeProcess.lesson("First", order: 1, body: "Fixed text."), to: "a.md")
            #expect(try await events.nextReload() == first + 2)
            let fixed = try await HTTPTestClient.get(port: server.port, "/a.html")
            #expect(fixed.body.contains("Fixed text."))
            #expect(!fixed.body.contains("descent-problems"))
        }
    }

    @Test func aNewLessonUpdatesTheIndexAndItsNeighbours() async throws {
        try await ServeProcess.with() { server in
            let events = try await EventStreamClient.open(port: server.port)
            let first = try await events.nextReload()
            try server.write(ServeProcess.lesson("Third", order: 3, body: "Brand new."), to: "c.md")
            #expect(try await events.nextReload() == first + 1)
            #expect(try await HTTPTestClient.get(port: server.port, "/").body.contains("Third"))
            #expect(try await HTTPTestClient.get(port: server.port, "/c.html").body.contains("Brand new."))
            // b.md's page now links forward to the new lesson; a.md's is untouched.
            #expect(try await HTTPTestClient.get(port: server.port, "/b.html").body.contains("c.html"))
            #expect(await server.wait(for: "Changed c\\.md: rebuilt b\\.md, c\\.md in", timeout: 10) != nil, "\(server.stderr)")
            // Removing it removes its page.
            try FileManager.default.removeItem(at: server.notebooks.appendingPathComponent("c.md"))
            #expect(try await events.nextReload() == first + 2)
            #expect(try await HTTPTestClient.get(port: server.port, "/c.html").status == 404)
            // A course.yaml change reaches every page.
            try server.write("title: Renamed course\n", to: "course.yaml")
            #expect(try await events.nextReload() == first + 3)
            #expect(try await HTTPTestClient.get(port: server.port, "/a.html").body.contains("Renamed course"))
            #expect(try await HTTPTestClient.get(port: server.port, "/").body.contains("Renamed course"))
        }
    }

    @Test func pollingFollowsEditsToo() async throws {
        try await ServeProcess.with(nil, ["--poll"]) { server in
            #expect(server.stderr.contains("watching with polling"))
            let events = try await EventStreamClient.open(port: server.port)
            let first = try await events.nextReload()
            try server.write(ServeProcess.lesson("First", order: 1, body: "Polled edit, longer than before."), to: "a.md")
            #expect(try await events.nextReload() == first + 1)
            #expect(try await HTTPTestClient.get(port: server.port, "/a.html").body.contains("Polled edit"))
        }
    }

    @Test func anEndlessLoopEndsAtTheTimeLimitWhileTheServerKeepsServing() async throws {
        // Two endless lessons keep every build thread of a 2-core machine busy until the limit.
        let limit = 6.0
        try await ServeProcess.with(nil, ["--time-limit", "\(Int(limit))"]) { server in
            let events = try await EventStreamClient.open(port: server.port)
            let first = try await events.nextReload()
            // Saving, waiting and fetching happen on a thread of their own and are timed there,
            // so the suite's other tests, busy on this process's shared threads, cannot
            // make the server look slow.
            let (answered, statuses, roundDone) = try await HTTPTestClient.offPool { () throws -> (Duration, [Int], Bool) in
                let clock = ContinuousClock()
                let start = clock.now
                try server.write(ServeProcess.lesson("First", order: 1, body: "```{code}\nn = 0\nwhile True:\n    n += 1\n```"), to: "a.md")
                try server.write(ServeProcess.lesson("Second", order: 2, body: "```{code}\nm = 0\nwhile True:\n    m += 1\n```"), to: "b.md")
                Thread.sleep(forTimeInterval: 0.3)
                var statuses: [Int] = []
                for _ in 0..<5 {
                    let index = try HTTPTestClient.getBlocking(port: server.port, "/", timeout: limit)
                    statuses.append(index.body.contains("Live course") ? index.status : -1)
                }
                return (clock.now - start, statuses, server.stderr.contains("Changed"))
            }
            // Requests are answered while the loops spin, well before the limit (the bound is
            // loose because the machine running the suite is busy).
            #expect(statuses == [200, 200, 200, 200, 200])
            #expect(answered < .seconds(limit - 1), "the requests waited for the time limit (\(answered))")
            #expect(!roundDone, "the round had not finished when the requests were answered")
            #expect(try await events.nextReload(timeout: 60) > first)
            let problems = try await HTTPTestClient.get(port: server.port, "/a.html")
            #expect(problems.body.contains("TimeoutError: script stopped after \(Int(limit)) s, its time limit"))
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
