import Foundation
@testable import Serve
import Testing

/// A real browser follows an edit: headless Chromium opens a served page, the lesson changes
/// on disk, and the page shows the new text without anyone reloading it.
///
/// The page's title is read through Chromium's DevTools HTTP endpoint (`/json/list`), which
/// lists every open tab with its current title; no browser automation library is needed.
@Suite struct BrowserReloadTests {
    static let chromium: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(.enabled(if: chromium != nil, "skipped: no chromium found (/usr/bin/chromium); install Debian's `chromium` package to run the browser test"),
          .timeLimit(.minutes(2)))
    func chromiumShowsAnEditWithoutAManualReload() async throws {
        try await ServeProcess.with() { server in
            let profile = FileManager.default.temporaryDirectory.appendingPathComponent("descent-chromium-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: profile, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: profile) }
            let browser = Process()
            browser.executableURL = URL(fileURLWithPath: try #require(Self.chromium))
            browser.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                                 "--no-default-browser-check", "--disable-extensions", "--remote-debugging-port=0",
                                 "--user-data-dir=\(profile.path)", "http://127.0.0.1:\(server.port)/a.html"]
            browser.standardOutput = FileHandle.nullDevice
            browser.standardError = FileHandle.nullDevice
            try browser.run()
            defer {
                browser.terminate()
                let deadline = Date(timeIntervalSinceNow: 5)
                while browser.isRunning && Date() < deadline { usleep(50_000) }
                if browser.isRunning { kill(browser.processIdentifier, SIGKILL) }
            }
            // Chromium writes the port it picked into the profile folder.
            let portFile = profile.appendingPathComponent("DevToolsActivePort")
            var devtools: UInt16?
            let deadline = Date(timeIntervalSinceNow: 30)
            while devtools == nil {
                if let text = try? String(contentsOf: portFile, encoding: .utf8), let line = text.split(separator: "\n").first { devtools = UInt16(line) }
                if devtools == nil {
                    if Date() >= deadline { break }
                    try await Task.sleep(for: .milliseconds(50))
                }
            }
            let port = try #require(devtools, "chromium did not start its DevTools endpoint")
            #expect(try await Self.waitForTitle(containing: "First", devtools: port, timeout: 30), "the page did not open")
            // A reload the page's event stream might miss while connecting is still caught: the
            // stream names the latest round as soon as it connects.
            try server.write(ServeProcess.lesson("Edited in the editor", order: 1, body: "The browser shows this."), to: "a.md")
            #expect(try await Self.waitForTitle(containing: "Edited in the editor", devtools: port, timeout: 30),
                    "the open page did not reload by itself")
            #expect(try await HTTPTestClient.get(port: server.port, "/a.html").body.contains("The browser shows this."))
        }
    }

    /// Polls the open tabs until one's title contains `text`.
    static func waitForTitle(containing text: String, devtools port: UInt16, timeout: Double) async throws -> Bool {
        let deadline = Date(timeIntervalSinceNow: timeout)
        while true {
            if let list = try? await HTTPTestClient.get(port: port, "/json/list", timeout: 2),
               let json = try? JSONSerialization.jsonObject(with: Data(list.body.utf8)) as? [[String: Any]],
               json.contains(where: { ($0["type"] as? String) == "page" && (($0["title"] as? String)?.contains(text) ?? false) }) {
                return true
            }
            if Date() >= deadline { return false }
            try await Task.sleep(for: .milliseconds(50))
        }
    }
}
