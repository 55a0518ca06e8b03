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
