import Foundation
import Script
@testable import Serve
import Testing

/// What a round answered, decided by the lessons' text rather than by when the watcher
/// happened to report which file: the race behind `SaveCoalescingTests`' rename step, made
/// to happen every time.
@Suite struct PreviewSiteTriggerTests {
    /// An editor writes `a.md.tmp`, and its rename over `a.md` lands while the round for the
    /// temporary file loads the course: that round rebuilds `a.md` and must say so (the line
    /// reads `Changed a.md: rebuilt a.md`, not `Changed a.md.tmp: …`); the rename's own event
    /// then finds the course as built and starts no round.
    @Test func aRoundTriggeredByATemporaryFileNamesTheLessonItsRenameChanged() async throws {
        let notebooks = try ServeProcess.course()
        let folder = try ServeProcess.temporaryFolder().path
        let site = PreviewSite(notebooks: notebooks.path, folder: folder, cache: nil, limits: .standard)
        let first = try #require(await site.rebuild())
        #expect(first.changedSources == ["a.md", "b.md", "course.yaml"])

        // The watcher reported only the temporary file; by the time the round reads the
        // folder, the rename has replaced the lesson.
        try ServeProcess.lesson("First", order: 1, body: "Saved by rename.").write(to: notebooks.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        let round = try #require(await site.rebuild(after: ["a.md.tmp"]))
        #expect(round.changedSources == ["a.md"])
        #expect(round.rebuilt.map { URL(fileURLWithPath: $0).lastPathComponent } == ["a.md"])
        // The rename's event: the course is as that round built it.
        #expect(await site.rebuild(after: ["a.md", "a.md.tmp"]) == nil)

        // A temporary file alone, the course unchanged: no round.
        #expect(await site.rebuild(after: ["b.md.swp.tmp"]) == nil)
    }
}
